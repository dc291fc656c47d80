"""Second look at the participants that ``roles.assign`` found: who they really stand for.

Two kinds of name are not the party they seem to be:

- A state named only to describe a person or one of its bodies ("Syrian Interior Minister Anas
  Khattab", "Syria's interior minister", "وزير الداخلية السوري", "Iran's Revolutionary Guard",
  "Syria's central bank"): the sanctions are on the minister or the bank, not on the state.
  When the person or body is a participant too, the state is dropped; when it is not known,
  the target becomes the person or body described, unlinked ("Syria's interior minister"). An
  actor is left alone: a state does act through its ministers ("the Syrian foreign minister
  signed…").
- A capital standing for its government ("Washington imposed…", "Ankara and Baghdad signed…"):
  it is dropped when its own state is a participant as well, and an actor capital is replaced
  by its state (the knowledge base says which). Military presence keeps its places (there the
  city is where the base is), its deployer only stands for its state.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from rasd.entities.titles import DEPUTY_WORDS
from rasd.events.kbinfo import capital_ids, capital_state, entity_of
from rasd.events.roles import Placed, Roles, named_as_witness
from rasd.events.sentences import Sentence
from rasd.events.textnorm import normalize_word
from rasd.kb.model import KBEntity
from rasd.model import EntityResult, Mention

_ROLE_EN: Final = (
    r"(?:prime\s+ministers?|ministers?|president|premier|leader|commander|chief\s+executive|chief|officials?|oligarchs?"
    r"|businessm[ae]n|businesswom[ae]n|tycoons?|magnates?|billionaires?|moguls?|ambassador|envoy|general|spokes(?:man|woman|person)|king|prince"
    r"|emir|governor|mayor|head|director|bankers?|financiers?|diplomats?|ruler|dictator|strongman"
    r"|militia\s+leader|foreign\s+secretary|secretary|speaker|chancellor|crown\s+prince)"
)
# "Syria's interior minister", "Syrian Interior Minister", "the Iranian foreign minister"
# "Syria's central bank", "Iran's oil ministry": an institution of the state, not the state
_BODY_EN: Final = (
    r"(?:central\s+bank|bank|ministry|army|navy|air\s+force|airline|intelligence\s+(?:service|agency)"
    r"|(?:national\s+|state\s+)?oil\s+company|state\s+media|broadcaster"
    # a gang's or a cartel's home: "sanctions on the Foxtrot network, the Swedish criminal gang"
    # fall on the gang, not on the state it comes from
    r"|gangs?|cartels?|crime\s+(?:groups?|syndicates?|famil(?:y|ies))|mafias?|criminal\s+networks?)"
)
_NOT_TITLE_WORD: Final = r"(?!(?:and|or|as|the|a|an|over|after|for|to|in|on|by|with|that|which|who|said|says|its|his|her|their|from|at|of)\b)"
_TITLE_AFTER_EN: Final = re.compile(
    rf"(?:'s|\u2019s|')?(?:\s+{_NOT_TITLE_WORD}[A-Za-z-]+){{0,2}}?\s+(?:(?P<person>{_ROLE_EN})|{_BODY_EN})\b", re.I
)
_POSSESSIVE: Final = re.compile(r"(?:'s|\u2019s)\s+")
# "the foreign minister of Syria", "ambassador to Iran"
_TITLE_BEFORE_EN: Final = re.compile(rf"\b{_ROLE_EN}s?\s+(?:of|to|for)\s+(?:the\s+)?$", re.I)
_ROLE_AR: Final = frozenset(
    normalize_word(w)
    for w in (
        "وزير", "وزيرة", "رئيس", "سفير", "مبعوث", "قائد", "زعيم", "ناطق", "متحدث", "مسؤول",
        "مسؤولي", "مسؤولين", "رجل", "رجال", "حاكم", "أمير", "ملك", "نائب", "محافظ", "مدير",
        # the dual in construct: "عقوبات على رجلي أعمال لبنانيين"
        "رجلي", "رجلين",
        # the dual and the plural of the titles: "تعاقب وزيرين عراقيين", "على ثلاثة وزراء سوريين"
        "وزيرين", "وزيري", "وزيران", "وزراء", "نائبين", "نائبي", "نواب", "سفيرين", "سفراء", "قادة",
        "زعماء", "رؤساء", "مسؤولان", "مسؤولون", "ضباط", "حكام",
        # a national named: "عقوبات على المواطن الإيراني حسين رضائي" (not "مواطنين أمريكيين": a
        # group of a state's citizens, freed or exchanged, is told with its state)
        "مواطن", "المواطن", "مواطنة", "المواطنة",
        # a trade told as a person's title: "عقوبات على صراف لبناني", "رجل الأعمال"
        "صراف", "الصراف", "صرافين", "تاجر", "التاجر", "ممول", "الممول",
        # settlers of a state, named by their nationality: "عقوبات على أربعة مستوطنين إسرائيليين"
        "مستوطن", "المستوطن", "مستوطنين", "المستوطنين", "مستوطنون", "المستوطنون",
    )
)
_AR_TITLE_REACH: Final = 2  # "وزير الداخلية السوري": the demonym is at most two words after the title
# "شركة روسال الروسية", "بنك صادرات إيران": the demonym or name gives a firm its nationality; the
# firm, not the state, is the party (its name may take two words: "شركة جنرال إلكتريك الأمريكية")
_FIRM_AR: Final = frozenset(
    normalize_word(w) for w in ("شركة", "شركات", "شركتين", "شركتان", "مصرف", "مصارف", "مصرفين", "بنك",
                                "بنوك", "مجموعة",
                                # armed groups and listed bodies: "تصنيف أربعة فصائل عراقية مسلحة"
                                "فصيل", "فصائل", "فصيلين", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
                                "جماعات", "كيانات", "كيانين")
)
# "على وزيرين في حكومة الاحتلال الإسرائيلي": the government a title holder sits in
_GOVERNMENT_AR: Final = normalize_word("حكومة")
_AR_FIRM_REACH: Final = 3
# words that end a firm's name: "شركات مقرها في الإمارات" names where they are, not whose they are
_NOT_IN_FIRM_NAME: Final = frozenset(normalize_word(w) for w in ("في", "من", "مع", "على", "إلى", "عن", "مقرها"))
_MIN: Final = normalize_word("من")
# what ends a title's phrase: "الوزير إن إيران" is a minister who speaks of Iran
_CLAUSE_OPENERS_AR: Final = frozenset(normalize_word(w) for w in ("إن", "أن", "بأن", "إنه", "إنها", "أنه", "أنها", "قال",
                                                           "قالت", "وقال", "وقالت"))


def refine(
    s: Sentence,
    text: str,
    roles: Roles,
    fam: str,
    ar: bool,
    article_entities: Mapping[str, EntityResult],
) -> None:
    """Fix ``roles`` in place (see the module docstring)."""
    if fam in ("agreement", "relations") and (roles.actors or roles.targets):
        _drop_witnesses(text, roles, ar)
    if fam == "forces" and ar and roles.targets:
        # "دمج مقاتلي أهل السنة في الجيش الوطني بموافقة أمريكية": who approves or backs a merger
        # takes no part in it
        roles.targets[:] = [e for e in roles.targets if (via := roles.via.get(id(e))) is None
                            or _BACKER_AR.search(text, max(0, via.start - 12), via.start) is None]
    if not ar and fam == "relations" and ("mbass" in text[s.start:s.end] or "onsulate" in text[s.start:s.end]):
        _embassy_host_en(s, text, roles, article_entities)
    if all(e.type != "GPE" for e in roles.actors) and all(e.type != "GPE" for e in roles.targets):
        return  # both kinds of second look are about states and their cities only
    if not ar and fam == "sanctions" and roles.targets:
        _nationals(s, text, roles)
    # (English) a state's leader or ministry signs a pact for the state: the state stays a party
    _describers(s, text, roles, ar, keep_actor=not ar and fam in ("agreement", "relations"),
                keep_envoys=fam == "relations", keep_armies=fam in ("forces", "military"))
    if not ar and fam == "agreement" and roles.targets:
        _partner_capitals_en(text, roles, article_entities)
    if fam != "military":
        # (a capital that sanctions fall on is its state: "new sanctions on Damascus", "عقوبات على دمشق")
        _capitals(roles, article_entities,
                  targets_too=fam == "sanctions" or fam == "relations" or ar and (fam == "agreement" or roles.faced))
    else:  # (the places stay: a base's city is where it is; "لندن تحتفظ بقاعدة": the deployer's)
        _deployer_capitals(roles, article_entities)


# (English) an embassy named with the state or capital it is in: "its embassy in Tehran", "the
# embassy of Chile in Caracas"
_EMBASSY_IN_EN: Final = re.compile(
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?: [Gg]eneral)?)"
    r"(?: of (?:the )?[A-Z][\w'\u2019-]*(?: (?:of |the )*[A-Z][\w'\u2019-]*)*)? in (?:the )?(?=[A-Z])"
)


def _embassy_host_en(s: Sentence, text: str, roles: Roles, article_entities: Mapping[str, EntityResult]) -> None:
    """(English) Ties restored through an embassy that a state reopens "in" another state or its
    capital ("Kuwait reopened its embassy in Damascus", "Azerbaijan's embassy in Tehran has
    resumed its work"): the host is the counterpart, a target (the capital for its state), though
    a place after "in" is otherwise the scene."""
    from rasd.events.roles import city_of_a_state  # (not at import: ``roles`` is imported above)

    capitals = capital_ids()
    for m in _EMBASSY_IN_EN.finditer(text, s.start, s.end):
        if "at" in text[max(s.start, m.start() - 30):m.start()].split()[-4:]:
            continue  # "told reporters at the US embassy in Vilnius": where someone spoke, not the ties
        host = next((e for e in article_entities.values() if e.type == "GPE" and e.id
                     and any(x.start == m.end() for x in e.mentions)), None)
        if host is None or city_of_a_state(host):
            continue
        state = capital_state(host.id) if host.id in capitals else None
        if state is not None:
            host = _stand_in(state, article_entities)
        if all(e.id != host.id for e in roles.actors + roles.targets):
            roles.targets.append(host)
        return


def _describers(
    s: Sentence, text: str, roles: Roles, ar: bool, keep_actor: bool = False, keep_envoys: bool = False,
    keep_armies: bool = False,
) -> None:
    # (``keep_envoys``: "عاد السفير القطري إلى …": an ambassador of ties restored stands for his
    # state, the party; ``keep_armies``: "integrated into Djibouti's army": the state's army is
    # the state's, the party of a merger or a deployment)
    for role, people in (("actor", roles.actors), ("target", roles.targets)):
        for e in list(people):
            via = roles.via.get(id(e))
            if e.type != "GPE" or via is None:
                continue
            if _owner_named(text, via, roles, people):
                people.remove(e)  # "Iran's Islamic Revolutionary Guard Corps": the owner only
                continue
            phrase = _title_phrase(s, text, via, ar)
            if phrase is None:
                continue
            start, end, kind = phrase
            if keep_envoys and _ENVOY.search(text, start, end) is not None:
                continue
            if keep_armies and kind == "ORG" and _ARMY.search(text, start, end) is not None:
                continue
            if any(p.type == kind for p in people):
                if not (keep_actor and role == "actor"):
                    people.remove(e)  # the person is there: the demonym only described them
            elif role == "target":
                described = EntityResult(
                    id=None, name=" ".join(text[start:end].split()), type=kind, linked=False,
                    mentions=[Mention(start, end, text[start:end])],
                )
                people[people.index(e)] = described


# "a Sudanese-Ukrainian national", "two British-Iranian dual nationals", "an Iranian citizen": a
# person's nationality (a hyphen joins the demonyms of one person); "Saudi-Iranian talks" keeps
# its two parties, and "Iranian national security" is no person
_PERSON_NOUN_EN: Final = (
    r"(?:dual\s+)?(?:nationals?|citizens?|(?:business|sales)(?:m[ae]n|wom[ae]n)|journalists?|academics?"
    r"|activists?|researchers?|(?:aid\s+)?workers?|students?|tourists?|residents?)"
    r"(?!\s+(?:security|team|guard|assembly|council|congress|oil|bank|airline|army|police|interests?"
    r"|anthem|unity|front|salvation|carrier|day|income|budget|debt|elections?)\b)"
)
_COMPOUND_HEAD_EN: Final = re.compile(r"(?:-[A-Z][a-z]+)*\s+" + _PERSON_NOUN_EN + r"\b")
_COMPOUND_TAIL_EN: Final = re.compile(r"(?:[A-Z][a-z]+-)+$")


def _person_nationality(text: str, p: Placed) -> tuple[int, int] | None:
    """The span of "<demonym>[-<demonym>…] <person noun>" around the mention ``p`` of a state."""
    if text[p.end:p.end + 2] in ("'s", "\u2019s"):
        return None
    head = _COMPOUND_HEAD_EN.match(text, p.end, min(len(text), p.end + 80))
    if head is None:
        return None
    tail = _COMPOUND_TAIL_EN.search(text, max(0, p.start - 60), p.start)
    start = tail.start() if tail is not None else p.start
    hyphenated = tail is not None or text[p.end:p.end + 1] == "-"
    if not hyphenated and not re.match(r"\s+(?:dual\s+)?(?:nationals?|citizens?)\b", text[p.end:p.end + 30]):
        return None  # "Iranian businessman" alone is the title rule's (``_title_phrase``)
    return start, head.end()


def _nationals(s: Sentence, text: str, roles: Roles) -> None:
    """(English) A target state named only as a person's nationality is that person."""
    for e in list(roles.targets):
        via = roles.via.get(id(e))
        if e.type != "GPE" or via is None:
            continue
        span = _person_nationality(text, via)
        if span is None:
            continue
        start, end = span
        if _named_again(s, text, e, end):
            # "sanctions on two British-Iranian dual nationals and on Iran": the state is a
            # target in its own right too; the nationals join it
            if not any(t.id is None and t.mentions and t.mentions[0].start == start for t in roles.targets):
                roles.targets.append(EntityResult(
                    id=None, name=" ".join(text[start:end].split()), type="PERSON", linked=False,
                    mentions=[Mention(start, end, text[start:end])],
                ))
            continue
        if any(t.type == "PERSON" for t in roles.targets) or any(
            t.id is None and t.mentions and t.mentions[0].start == start for t in roles.targets
        ):
            roles.targets.remove(e)  # the person is there (or the other demonym made it so)
            continue
        roles.targets[roles.targets.index(e)] = EntityResult(
            id=None, name=" ".join(text[start:end].split()), type="PERSON", linked=False,
            mentions=[Mention(start, end, text[start:end])],
        )


def _named_again(s: Sentence, text: str, e: EntityResult, after: int) -> bool:
    """Whether the state ``e`` is named once more in the sentence after ``after``, on its own
    (not as another person's nationality nor a title's qualifier)."""
    for m in e.mentions:
        if not after <= m.start < s.end or m.end > s.end:
            continue
        p = Placed(e, -1, -1, m.start, m.end)
        if _person_nationality(text, p) is None and _TITLE_AFTER_EN.match(
                text, m.end, min(len(text), m.end + 60)) is None and not _POSSESSIVE.match(text, m.end, m.end + 4):
            return True
    return False


_ENVOY: Final = re.compile(r"سفير|سفراء|ambassador|envoy", re.IGNORECASE)
_ARMY: Final = re.compile(r"\b(?:army|military|armed\s+forces|navy|air\s+force)\b|جيش|الجيش|القوات\s+المسلحة", re.IGNORECASE)


# (Arabic) the approval or backing a step has, right before the backer's adjective or name
_BACKER_AR: Final = re.compile(r"(?:بموافقة|وبموافقة|بدعم|وبدعم|بمساندة|بتمويل|بإشراف|وبإشراف|بضوء\s+أخضر)\s+(?:من\s+)?$")


def _drop_witnesses(text: str, roles: Roles, ar: bool) -> None:
    """Drop the parties named only as who witnessed, hosted, sponsored or mediated the signing
    ("signed … in the presence of", "برعاية قطرية"), when other parties remain, or when the
    go-between is the only party named ("the government and the opposition will sign the agreement
    of a dialogue mediated by the former Togolese prime minister": the parties are unnamed)."""
    kept: list[list[EntityResult]] = []
    for people in (roles.actors, roles.targets):
        keep: list[EntityResult] = []
        for e in people:
            via = roles.via.get(id(e))
            if via is not None and named_as_witness(text, via, ar):
                continue
            keep.append(e)
        kept.append(keep)
    named = len(roles.actors) + len(roles.targets)
    # (a lone go-between only: where several are named, a run of titled names after the cue may
    # hold the parties too, "mediated by Turkey's president, Somalia's president and ...")
    if len(kept[0]) + len(kept[1]) < named and (kept[0] or named == 1):
        roles.actors[:], roles.targets[:] = kept


def _owner_named(text: str, via: Placed, roles: Roles, people: list[EntityResult]) -> bool:
    """Whether the state's mention is the possessive of another participant's mention."""
    owned = _POSSESSIVE.match(text, via.end, via.end + 4)
    if owned is None:
        return False
    return any(
        other is not None and other.start == owned.end()
        for other in (roles.via.get(id(p)) for p in people if p.type != "GPE")
    )


def _title_phrase(s: Sentence, text: str, p: Placed, ar: bool) -> tuple[int, int, str] | None:
    """(start, end, PERSON or ORG) of "<state> <title>" when the mention ``p`` of a state
    qualifies a title ("Syrian Interior Minister") or an institution ("Syria's central bank")."""
    if ar:
        for k in range(p.first - 1, max(-1, p.first - 1 - _AR_TITLE_REACH), -1):
            if _ruling_adjective_ar(s, k):
                continue  # "أعضاء المجلس العسكري الحاكم في ميانمار": the body rules, no governor
            if _bare_ar(s.norms[k]) in _ROLE_AR or s.norms[k] in _ROLE_AR:  # ("وزيرين": a و of its own)
                # "نائب رئيس غينيا الاستوائية": the deputy is the person, not the holder
                first = k - 1 if k > 0 and s.norms[k - 1] in DEPUTY_WORDS else k
                return s.starts[first], p.end, "PERSON"
            if s.norms[k] in _CLAUSE_OPENERS_AR:
                break  # "وقال الوزير إن إيران ستواجه…": the state opens a clause of its own
        for k in range(p.first - 1, max(1, p.first - 3), -1):
            if _bare_ar(s.norms[k]) == _GOVERNMENT_AR and s.norms[k - 1] == "في" and (
                _bare_ar(s.norms[k - 2]) in _ROLE_AR or s.norms[k - 2] in _ROLE_AR
            ):
                return s.starts[k - 2], p.end, "PERSON"  # ministers "في حكومة الاحتلال الإسرائيلي"
        for k in range(p.first - 1, max(-1, p.first - 1 - _AR_FIRM_REACH), -1):
            bare = _bare_ar(s.norms[k])
            if bare == _MIN and k > 0 and _bare_ar(s.norms[k - 1]) in _FIRM_AR:
                return s.starts[k - 1], p.end, "ORG"  # "شركات من تركيا والأردن": their origin
            if bare in _NOT_IN_FIRM_NAME or "membership" in s.tags[k]:
                # (a membership word: "علقت مجموعة الثماني عضوية روسيا" suspends the state's
                # membership of a bloc named "مجموعة", no Russian firm's group)
                break
            if bare in _FIRM_AR or s.norms[k] in _FIRM_AR:  # ("فصائل": its ف is no conjunction)
                return s.starts[k], p.end, "ORG"
        return None
    after = _TITLE_AFTER_EN.match(text, p.end, min(len(text), p.end + 60))
    if after is not None:
        return p.start, after.end(), "PERSON" if after.group("person") else "ORG"
    # The search tries a title at each of the 40 characters: first the cheap necessary
    # condition that the text before the name ends in "of ", "to ", "for " or "the ".
    ahead = text[max(0, p.start - 40):p.start]
    if not (ahead[-1:].isspace() and ahead.rstrip()[-3:].lower().endswith(_TITLE_LINKS)):
        return None
    before = _TITLE_BEFORE_EN.search(text, max(0, p.start - 40), p.start)
    if before is not None:
        return before.start(), p.end, "PERSON"
    return None


_TITLE_LINKS: Final = ("of", "to", "for", "the")  # the words that end ``_TITLE_BEFORE_EN``


# (Arabic) "الحاكم" after a definite word qualifies it ("المجلس العسكري الحاكم", "الحزب الحاكم"):
# "ruling", an adjective, not the title "governor" ("حاكم مصرف لبنان", "الحاكم العسكري للإقليم")
_RULING_AR: Final = frozenset(normalize_word(w) for w in ("الحاكم", "الحاكمة", "الحاكمين"))
_DEFINITE_PREFIXES_AR: Final = ("ال", "لل", "وال", "بال")


def _ruling_adjective_ar(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` is "ruling" after the definite noun or adjective before it."""
    return s.norms[k] in _RULING_AR and k > 0 and s.norms[k - 1].startswith(_DEFINITE_PREFIXES_AR)


def _bare_ar(norm: str) -> str:
    if len(norm) > 3 and norm[0] in "وف":
        norm = norm[1:]
    if len(norm) > 4 and norm.startswith("ال"):
        norm = norm[2:]
    return norm


def _stand_in(state: KBEntity, article_entities: Mapping[str, EntityResult]) -> EntityResult:
    """The state a capital stands for: the article's own entity for it, or one from the KB."""
    return article_entities.get(state.id) or entity_of(state)


def _deployer_capitals(roles: Roles, article_entities: Mapping[str, EntityResult]) -> None:
    """(Military presence) A capital deploying stands for its state ("Moscow ordered the
    deployment of Russian troops to Libya"): the state is the actor, and no target as well."""
    capitals = capital_ids()
    for e in list(roles.actors):
        state = capital_state(e.id) if e.id in capitals and e.type == "GPE" else None
        if state is None:
            continue
        roles.targets[:] = [x for x in roles.targets if x.id != state.id]
        if any(a.id == state.id for a in roles.actors):
            roles.actors.remove(e)
        else:
            roles.actors[roles.actors.index(e)] = _stand_in(state, article_entities)


# (English) the word that brings in the other party of an accord: "signed a pact with Manila"
_WITH_BEFORE_EN: Final = re.compile(r"\bwith\s+$")


def _partner_capitals_en(text: str, roles: Roles, article_entities: Mapping[str, EntityResult]) -> None:
    """(English) A capital named right after "with" as the other party of an accord stands for
    its state ("Tokyo signed a defence equipment transfer agreement with Manila"), as it does as
    the one that signs; a capital named otherwise (where the accord was signed) keeps its reading."""
    capitals = capital_ids()
    for e in list(roles.targets):
        via = roles.via.get(id(e))
        if e.type != "GPE" or e.id not in capitals or via is None or not _WITH_BEFORE_EN.search(
            text, max(0, via.start - 8), via.start
        ):
            continue
        state = capital_state(e.id)
        if state is None:
            continue
        if any(x.id == state.id for x in roles.actors + roles.targets):
            roles.targets.remove(e)  # "with Manila and the Philippines": the state is named already
        else:
            roles.targets[roles.targets.index(e)] = _stand_in(state, article_entities)


def _capitals(roles: Roles, article_entities: Mapping[str, EntityResult], targets_too: bool = False) -> None:
    capitals = capital_ids()
    if all(e.id not in capitals for e in roles.actors) and all(e.id not in capitals for e in roles.targets):
        return  # no capital among the participants (``capital_state`` would say None for each)
    ids = {e.id for e in roles.actors + roles.targets if e.id}
    for role, people in (("actor", roles.actors), ("target", roles.targets)):
        for e in list(people):
            if e.type != "GPE":
                continue
            state = capital_state(e.id)
            if state is None:
                continue
            if state.id in ids:
                people.remove(e)  # "Damascus and Syria": the state is named, the city adds nothing
            elif role == "actor" or targets_too:  # (Arabic ties and pacts: "العلاقات مع الدوحة")
                people[people.index(e)] = _stand_in(state, article_entities)
                ids.add(state.id)
