"""Entity tagging: matcher hits -> linked entities (with disambiguation and offices) + unlinked.

Rules, in the order they are applied:

1. Among boundary-checked hits the longest wins and none overlap; a country's demonym inside
   an office title ("الرئيس السوري") is kept as well, so the title links the holder and the
   demonym links the state.
2. A plain alias links on its own. An ambiguous alias ("الشرع", "التحالف", "Assad") links only
   when the article supports it: another, unambiguous mention of the same entity; for a generic
   name of several words, a firm mention of its parent body ("Security Council" with "UN"); or
   (for a person) a title right before it, across a portfolio and a nationality for a full name
   ("وزير الخارجية السوداني علي يوسف").
3. A demonym links its state.
4. An office title links whoever held the office on the article's date (today without one),
   unless "former"/"السابق" qualifies it or another known person is named right after it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final

from rasd.entities.matcher import AliasEntry, EntryKinds, Hit, get_matcher
from rasd.entities.titles import (
    AR_STOPWORDS,
    COUNTERPART_WORDS,
    DEPUTY_WORDS,
    FORMER_WORDS,
    is_title,
)
from rasd.entities.unlinked import find_unlinked, ship_names
from rasd.kb.model import KBEntity, KnowledgeBase
from rasd.model import EntityResult, Mention
from rasd.text.normalize import NormalizedText, normalize, normalize_alias

__all__ = ["tag_entities"]

_WORD: Final = re.compile(r"[\w.']+")
_LED_BY_AR: Final = "بقياده"  # normalised: "بقيادة"
_LED_BY_EN: Final = " led "  # normalised: "-led "


def _pick_longest(hits: list[Hit]) -> list[Hit]:
    """The longest hits (then the leftmost) that overlap no longer one.

    ``hits`` come in the matcher's order: by end, and at one end the longest first. Walked
    from the right, a hit that ends at or before the start of the cluster so far overlaps
    nothing of it nor of what follows, so clusters of overlapping hits come out whole without
    sorting. A hit alone (most of them) is taken; a cluster is resolved on its own, longest
    first, which gives what the same rule applied to all hits at once gives. The result is in
    text order, each cluster's picks longest first.
    """
    picked: list[Hit] = []  # built backwards, reversed at the end
    cluster: list[Hit] = []
    cluster_start = sys.maxsize  # the first hit starts the first cluster
    for hit in reversed(hits):
        if hit[1] <= cluster_start:
            if len(cluster) == 1:
                picked.append(cluster[0])
            elif cluster:
                _resolve_backwards(cluster, cluster_start, picked)
            cluster = [hit]
            cluster_start = hit[0]
        else:
            cluster.append(hit)
            if hit[0] < cluster_start:
                cluster_start = hit[0]
    if len(cluster) == 1:
        picked.append(cluster[0])
    elif cluster:
        _resolve_backwards(cluster, cluster_start, picked)
    picked.reverse()
    return picked


def _resolve_backwards(cluster: list[Hit], cluster_start: int, picked: list[Hit]) -> None:
    """Append the picks of one cluster to ``picked`` (which is built backwards)."""
    cluster_end = cluster[0][1]  # walked backwards, the cluster's first hit ends last
    for hit in cluster:
        if hit[0] == cluster_start and hit[1] == cluster_end:
            # The usual cluster: one hit holds all the others ("the United States" holds
            # "United States"), so it is the longest and overlaps each of them.
            picked.append(hit)
            return
    if len(cluster) == 2:  # two hits that cross: the longer one, or the leftmost of equals
        a, b = cluster
        la, lb = a.nend - a.nstart, b.nend - b.nstart
        picked.append(a if la > lb or (la == lb and a.nstart < b.nstart) else b)
        return
    kept: list[Hit] = []
    # Longest first, then leftmost (no two hits share a span, so the index never decides).
    for _, _, i in sorted([(h.nstart - h.nend, h.nstart, i) for i, h in enumerate(cluster)]):
        hit = cluster[i]
        for k in kept:
            if hit.nstart < k.nend and k.nstart < hit.nend:
                break
        else:
            kept.append(hit)
    picked.extend(reversed(kept))


_new_mention = object.__new__
_set_start, _set_end, _set_text = (vars(Mention)[field].__set__ for field in ("start", "end", "text"))


def _mention(start: int, end: int, text: str) -> Mention:
    """``Mention(start, end, text)`` at half the cost: a frozen dataclass's ``__init__`` sets
    each field through ``object.__setattr__``; its slots are set here directly."""
    mention = _new_mention(Mention)
    _set_start(mention, start)
    _set_end(mention, end)
    _set_text(mention, text)
    return mention


def _words_before(text: str, nstart: int, count: int = 3) -> list[str]:
    # Skip back over an Arabic clitic glued to the hit (لـ، و…) to the previous word.
    i = nstart
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return _WORD.findall(text[max(0, i - 60) : i])[-count:]


# Capitalised words that stand before a surname without being a given name: function and time
# words (a sentence may start with them) and ranks, roles and parties that TITLE_WORDS lacks.
_NOT_GIVEN_NAMES: Final = frozenset(
    "the a an and but or nor if when while as so then now yet also however meanwhile earlier later "
    "yesterday today tonight last next this that these those after before since until on in at by for "
    "from with without under over against between during despite although though because why how what "
    "who where both neither either only even still said says asked told thanks dear outgoing incoming "
    "former late acting interim deputy vice colonel col lieutenant lt major maj brigadier marshal field "
    "admiral captain capt sergeant speaker chief director judge justice sultan shah tsar czar caliph imam "
    "cleric rebel militant candidate nominee republican democrat democratic conservative labour agent "
    "officer professor prof rabbi father saint st sir lord lady dame baron president-elect "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)


def _given_name_before(text: str, nt: NormalizedText, nstart: int) -> bool:
    """Whether a capitalised word that could be a given name stands right before the copy's
    ``nstart`` (one space between): not a title, rank, function word, initial or possessive."""
    start = nstart if nt.aligned else nt.start_of(nstart)
    if start < 2 or text[start - 1] != " ":
        return False
    end = start - 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "-'\u2019"):
        begin -= 1
    word = text[begin:end]
    if len(word) < 2 or not word[0].isupper() or not any(c.islower() for c in word[1:]):
        return False  # not capitalised, or an acronym ("US", "UN")
    if begin > 0 and text[begin - 1] not in " \n\t\"'\u201c(":
        return False  # "U.S.", "al-" or another glued form
    lower = word.lower()
    if lower.endswith(("'s", "\u2019s")) or lower in _NOT_GIVEN_NAMES or is_title([lower]):
        return False
    return True


def _word_after(text: str, nend: int) -> str:
    m = _WORD.match(text, nend + 1) if nend < len(text) and text[nend] == " " else None
    return m.group() if m else ""


def tag_entities(
    text: str,
    kb: KnowledgeBase,
    *,
    published: date | None = None,
    lang: str | None = "ar",
    nt: NormalizedText | None = None,
    unlinked: bool = True,
) -> list[EntityResult]:
    """Entities of ``text``: one result per KB entity with all its mentions, plus unlinked ones,
    sorted by first mention. Offsets are into ``text`` as given."""
    if not text:
        return []
    nt = nt or normalize(text)
    matcher = get_matcher(kb)
    all_hits, anchors = matcher.scan(nt)
    if lang != "en" and _ALI in nt.text:
        all_hits = _drop_preposition_names(all_hits, text, nt, kb)
    if lang != "ar" and anchors["en_ship"] and (ships := ship_names(nt, anchors)):
        all_hits = _drop_hits_in(all_hits, ships, nt)
    chosen = _pick_longest(all_hits)
    ntext = nt.text
    aligned = nt.aligned

    # entity id -> list of (nstart, nend); "firm" says whether an unambiguous mention exists.
    mentions: dict[str, list[tuple[int, int]]] = {}
    firm: set[str] = set()
    pending: list[tuple[Hit, list[AliasEntry]]] = []

    def link(entity_id: str, hit_span: tuple[int, int], is_firm: bool = True) -> None:
        if entity_id not in kb.entities:
            return
        mentions.setdefault(entity_id, []).append(hit_span)
        if is_firm:
            firm.add(entity_id)

    # What only office titles need (few articles have one): made on the first.
    person_hits: dict[int, Hit] | None = None
    day = published
    entities = kb.entities
    # Unlinked names must not overlap anything the KB knows, linked or not. A demonym may sit
    # inside an unlinked name ("وزارة الخارجية السورية").
    known: list[tuple[int, int]] = []
    dateline_media: dict[str, str] = {}  # phrase -> the newspaper a dateline named by it
    previous_end = -2
    for hit in chosen:
        span = hit[:2]  # (nstart, nend)
        kinds = hit.kinds or EntryKinds(hit.entries)
        ends_previous, previous_end = previous_end, hit.nend
        if kinds.surname and ends_previous != hit.nstart - 1 and _given_name_before(text, nt, hit.nstart):
            continue  # "Jay Carney" is not Mark Carney, "Maher al-Assad" not Bashar
        target = kinds.single_target
        if kinds.ambiguous and _in_dateline(text, *nt.span(hit.nstart, hit.nend)):
            # "دمشق - الشرق الأوسط:": the source of a dateline is the newspaper, not the region.
            media = [e.target for e in kinds.ambiguous
                     if (m := entities.get(e.target)) is not None and m.type == "MEDIA"]
            if len(set(media)) == 1:
                known.append(span)
                link(media[0], span)
                dateline_media[ntext[hit.nstart : hit.nend]] = media[0]
                continue
        if dateline_media and (paper := dateline_media.get(ntext[hit.nstart : hit.nend])):
            # The paper of the dateline, quoted again ("وقال مصدر لـ"الشرق الأوسط"").
            known.append(span)
            link(paper, span)
            continue
        if target is not None:
            # The common case, inlined: one plain name.
            known.append(span)
            if target in entities:
                spans = mentions.get(target)
                if spans is None:
                    mentions[target] = [span]
                else:
                    spans.append(span)
                firm.add(target)
            continue
        if kinds.known:
            known.append(span)
        if kinds.name_targets or kinds.ambiguous:
            pending.append((hit, kinds.names + kinds.ambiguous))
        elif kinds.demonym_targets:
            for target in kinds.demonym_targets:
                link(target, span)
        elif kinds.offices:
            if person_hits is None:
                person_hits = {h.nstart: h for h in chosen}
                day = day or datetime.now(tz=UTC).date()
            _link_office(hit, kinds.offices, kb, day, ntext, person_hits, all_hits, link)
            # Names inside the title still name themselves ("UN envoy for Yemen").
            _link_inner(hit, all_hits, link)

    # Ambiguous hits resolve once every firm mention of the article is known.
    lead: tuple[str | None, frozenset[str]] | None = None
    parents: set[str] | None = None
    bodies: dict[str, set[str]] | None = None
    for hit, candidates in pending:
        # A national body's generic name right after another state's name or demonym is that
        # state's body ("Brazilian Supreme Court", "Brazil's Supreme Court" in a story on the
        # United States): no candidate of a third state is it.
        states_before = {t for t, spans in mentions.items()
                         if any(0 <= hit.nstart - end <= 3 and ntext[end:hit.nstart].strip() in ("", "'s", "s")
                                for _, end in spans)
                         and (b := kb.entities.get(t)) is not None and b.type == "GPE"}
        if states_before:
            candidates = [e for e in candidates
                          if (b := kb.entities.get(e.target)) is None or b.type not in ("ORG", "FAC", "LAW")
                          or b.country is None or b.country in states_before]
        supported = [e.target for e in candidates if e.target in firm]
        if not supported:
            phrase = ntext[hit.nstart : hit.nend]
            supported = [e.target for e in candidates if _parent_supports(kb, e.target, phrase, firm)]
        if not supported:
            # A body firmly named supports the short names of its parent and the parent's own
            # parents ("Treasury" beside OFAC; "Congress" beside a Senate committee).
            if parents is None:
                parents = _ancestors(entities, firm)
            supported = [e.target for e in candidates if e.target in parents]
        if not supported:
            if lead is None:
                lead = _leading_state(kb, mentions, firm)
            phrase = ntext[hit.nstart : hit.nend]
            supported = [e.target for e in candidates
                         if _country_supports(kb, e.target, phrase, text, nt, hit, lead, mentions,
                                              all_hits)]
            if not supported:
                # No candidate is the leading state's: a generic body name ("the Treasury",
                # "الحركة الشعبية") is the body of the state whose other bodies the article
                # firmly names (the House and the Caesar Act; Morocco's other parties).
                if bodies is None:
                    bodies = _bodies_by_state(kb, firm)
                supported = [
                    e.target for e in candidates
                    if (c := _state_of(kb, e.target)) is not None
                    and bodies.get(c, set()) - {e.target}
                    and _country_supports(kb, e.target, phrase, text, nt, hit, (c, lead[1]),
                                          mentions, all_hits)
                ]
        if not supported:
            supported = [e.target for e in candidates
                         if _listed_with_state(kb, e.target, hit, ntext, mentions, firm)
                         and not _tail_of_a_longer_name(text, nt, hit)
                         or _after_state_cue(kb, e.target, candidates, ntext, hit)
                         or _city_in_context(kb, e.target, candidates, ntext, hit, all_hits)
                         or _quoted_party_name(kb, e.target, ntext, hit)
                         or _bloc_joined(kb, e.target, candidates, text, nt, hit)
                         or _bare_security_council_ar(e.target, ntext, hit, all_hits)]
        if supported and _tail_of_place_name(kb, supported, ntext, hit):
            continue  # "بصرى الشام", "رأس العين": the last word of another place's name
        if not supported:
            before = _words_before(ntext, hit.nstart)
            # (not "نظيره السوداني", "his Sudanese counterpart": after a counterpart, one word is
            # the counterpart's nationality, not a surname)
            counterpart = bool(before) and before[-1] in COUNTERPART_WORDS and " " not in ntext[hit.nstart : hit.nend]
            supported = [
                e.target for e in candidates
                if kb.entities.get(e.target) is not None
                and kb.entities[e.target].type == "PERSON"
                and not counterpart
                and (is_title(before) or " " in ntext[hit.nstart : hit.nend] and _titled(before))
            ]
            if len(set(supported)) > 1:
                # "President Clinton", "President Bush": the title says which of the namesakes
                supported = _holder_of_title(kb, sorted(set(supported)), before, day or datetime.now(tz=UTC).date())
        if len(set(supported)) == 1:
            link(supported[0], (hit.nstart, hit.nend), is_firm=False)
        elif not (kinds := _kinds_of(hit)).name_targets:
            if kinds.demonym_targets:
                # Unresolved as a name, the word is still an adjective of its country
                # ("Saudi officials").
                for target in kinds.demonym_targets:
                    link(target, (hit.nstart, hit.nend))
            else:
                # An ambiguous phrase that stays unresolved must not hide the plain names
                # inside it: "US military", "الجيش الأمريكي" still name the United States.
                _link_inner(hit, all_hits, link)

    if _LED_BY_AR in ntext or _LED_BY_EN in ntext:
        # A body named by who leads it ("the Saudi-led coalition", "التحالف بقيادة السعودية")
        # names its leader as well.
        for hit in chosen:
            if hit.kinds is not None and hit.kinds.single_target is None:
                continue
            phrase = ntext[hit.nstart : hit.nend]
            if (_LED_BY_AR in phrase or _LED_BY_EN in phrase) and (
                    EntryKinds(hit.entries).single_target in mentions):
                # the names after "led"/"بقيادة", not the body's own shorter names
                leaders = [h for h in all_hits if hit.nstart <= h.nstart and h.nend <= hit.nend
                           and _LED_BY_AR not in (p := ntext[h.nstart : h.nend])
                           and _LED_BY_EN not in p]
                _link_inner(hit, leaders, link)

    results: list[EntityResult] = []
    span_of = nt.span
    # Mention(start, end, text) at half the cost (see _mention), inlined for the usual case.
    new_mention, set_start, set_end, set_text = _new_mention, _set_start, _set_end, _set_text
    for entity_id, spans in mentions.items():
        entity = entities[entity_id]
        if len(spans) == 1:
            start, end = spans[0] if aligned else span_of(*spans[0])
            mention = new_mention(Mention)
            set_start(mention, start)
            set_end(mention, end)
            set_text(mention, text[start:end])
            found = [mention]
        else:
            found = []
            spans.sort()
            if aligned:
                last = None
                for span in spans:
                    if span != last:  # the same span twice (two offices, one holder) lie side by side
                        found.append(_mention(span[0], span[1], text[span[0] : span[1]]))
                        last = span
            else:
                seen: set[tuple[int, int]] = set()
                for nspan in spans:
                    # Two spans of the copy may map to one span of the original (expanded letters).
                    span = span_of(*nspan)
                    if span in seen:
                        continue
                    seen.add(span)
                    found.append(_mention(span[0], span[1], text[span[0] : span[1]]))
        results.append(
            EntityResult(
                entity.id, entity.name_en, entity.type, True, found,
                entity.name_ar, entity.sanctioned, tuple(entity.sanction_lists),
            )
        )
    if unlinked and any(anchors.values()):  # no anchor, no unlinked name
        known.sort()
        results.extend(find_unlinked(nt, lang, (), anchors, taken_in_copy=known))
    results.sort(key=lambda r: (r.mentions[0].start, -r.mentions[0].end))
    return results


# office titles and the offices (by the office id's last part) they name
_TITLE_OFFICES: Final[dict[str, frozenset[str]]] = {
    normalize_alias(title): frozenset(offices.split())
    for title, offices in (
        ("president", "president"), ("الرئيس", "president"), ("prime minister", "prime_minister"),
        ("premier", "prime_minister"), ("رئيس الوزراء", "prime_minister"), ("رئيس الحكومة", "prime_minister"),
        ("king", "king"), ("الملك", "king"), ("emir", "emir"), ("crown prince", "crown_prince"),
        ("ولي العهد", "crown_prince"), ("chancellor", "chancellor prime_minister"),
        ("foreign minister", "foreign_minister"), ("defense minister", "defence_minister"),
        ("defence minister", "defence_minister"), ("supreme leader", "supreme_leader"), ("المرشد", "supreme_leader"),
    )
}


def _holder_of_title(kb: KnowledgeBase, candidates: list[str], before: list[str], day: date) -> list[str]:
    """Among namesakes after an office title, the one who held that office on ``day``, or the
    only one who ever held it; all of them when the title does not tell them apart."""
    offices = _TITLE_OFFICES.get(" ".join(before[-2:])) or _TITLE_OFFICES.get(before[-1] if before else "")
    if not offices:
        return candidates
    terms = {c: [t for t in kb.entities[c].offices if t.office.rpartition(".")[2] in offices] for c in candidates}
    holders = [c for c in candidates if terms[c]]
    current = [c for c in holders if any(t.covers(day) for t in terms[c])]
    if len(current) == 1:
        return current
    return holders if len(holders) == 1 else candidates


def _titled(before: list[str]) -> bool:
    """Whether a title stands before a name, also across the portfolio and the nationality that
    Arabic puts between them: "وزير الخارجية السوداني علي يوسف" (definite words, no stopwords).
    Only for a name of two words or more: a one-word surname that is also a word ("السوداني"
    Sudanese, "الضيف" the guest) needs the title right before it."""
    for skip in range(3):
        words = before[: len(before) - skip]
        if not words:
            return False
        if is_title(words):
            return True
        last = words[-1]
        if not (last.startswith("ال") and last not in AR_STOPWORDS):
            return False
    return False


def _ancestors(entities: dict[str, KBEntity], firm: set[str]) -> set[str]:
    """The parents of the firmly named entities, and their parents in turn."""
    out: set[str] = set()
    for entity_id in firm:
        entity = entities.get(entity_id)
        while entity is not None and (parent := entity.parent) is not None and parent not in out:
            out.add(parent)
            entity = entities.get(parent)
    return out


def _parent_supports(kb: KnowledgeBase, target: str, phrase: str, firm: set[str]) -> bool:
    """A generic name of several words ("Security Council", "مجلس الأمن", "General Assembly")
    links the body of an organisation the article firmly names ("UN", "الأمم المتحدة"); a short
    form ("IMO", a ship number as often as a UN agency) still needs the body's own full name."""
    entity = kb.entities.get(target)
    if entity is None or entity.parent is None or entity.parent not in firm:
        return False
    words = phrase.split()
    if len(words) == 2 and words[0] == "the":
        # "the Council" beside the EU: one bare word, which another body the article firmly names
        # also bears ("the UN Security Council … the Council voted") would claim as well
        return not any(
            other != target and (body := kb.entities.get(other)) is not None and body.type == "ORG"
            and words[1] in body.name_en.casefold().split()
            for other in firm
        )
    return len(words) > 1


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a phrase is the source of a dateline: after "<place> -" at the start of a
    paragraph, before the colon ("دمشق - الشرق الأوسط:", "LONDON - (Reuters):")."""
    # the source may be quoted: بغداد - "الشرق الأوسط":
    after = text[end : end + 4].lstrip(' )"\u00bb\u201d')
    if not after.startswith(":"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].rstrip(' ("\u00ab\u201c')
    return 0 < len(head) <= 40 and head.endswith(("-", "\u2013"))


_LIST_GAPS: Final = frozenset({"", "and", "or", "&", "/", "\u0648", "\u0627\u0648"})  # و، أو

# Arabic words before a state's ambiguous name that make it the state: a destination or place
# ("إلى مالي", "في مالي"), a part of the country or its government ("شمال مالي", "حكومة مالي").
# مالي is also "financial", but no adjective follows these words. Folded as the copy is.
_AR_STATE_CUES: Final = frozenset(normalize(w).text for w in (
    "\u0625\u0644\u0649", "\u0641\u064a",  # إلى في
    "\u0634\u0645\u0627\u0644", "\u062c\u0646\u0648\u0628", "\u0634\u0631\u0642",
    "\u063a\u0631\u0628", "\u0648\u0633\u0637",  # شمال جنوب شرق غرب وسط
    "\u0639\u0627\u0635\u0645\u0629", "\u062d\u0643\u0648\u0645\u0629",
    "\u062c\u064a\u0634", "\u0634\u0639\u0628",  # عاصمة حكومة جيش شعب
))


def _after_state_cue(kb: KnowledgeBase, target: str, candidates: list[AliasEntry], ntext: str,
                     hit: Hit) -> bool:
    """An Arabic state name that is also a common word ("مالي") is the state after a word that
    only a place can follow, when no other place shares the name (عمان is Oman and Amman)."""
    entity = kb.entities.get(target)
    if entity is None or "iso2" not in entity.codes or hit.nstart == 0:
        return False
    if any(e.target != target and (o := kb.entities.get(e.target)) is not None
           and o.type in ("GPE", "LOC") for e in candidates):
        return False
    if ntext[hit.nstart - 1] != " ":
        return False  # a clitic glued to the name
    before = _words_before(ntext, hit.nstart, 1)
    return bool(before) and before[0] in _AR_STATE_CUES


# The UN Security Council (Q37470) named bare, "مجلس الأمن" without "الدولي", is its usual name in
# Arabic wire copy ("رفع مجلس الأمن العقوبات", "مجلس الأمن يشطب …"); a state's own council of that
# name is always qualified right after it ("القومي", "الوطني", "التركي"), or its longer name links.
_UN_SECURITY_COUNCIL: Final = "Q37470"
_AR_NATIONAL_COUNCIL_WORDS: Final = frozenset(normalize(w).text for w in (
    "\u0627\u0644\u0642\u0648\u0645\u064a", "\u0627\u0644\u0648\u0637\u0646\u064a",  # القومي الوطني
    "\u0627\u0644\u0627\u062a\u062d\u0627\u062f\u064a", "\u0627\u0644\u0623\u0639\u0644\u0649",  # الاتحادي الأعلى
    "\u0627\u0644\u0625\u0642\u0644\u064a\u0645\u064a", "\u0627\u0644\u062f\u0627\u062e\u0644\u064a",  # الإقليمي الداخلي
    "\u0627\u0644\u062c\u0645\u0627\u0639\u064a", "\u0648\u0627\u0644\u062f\u0641\u0627\u0639",  # الجماعي والدفاع
))


def _bare_security_council_ar(target: str, ntext: str, hit: Hit, all_hits: list[Hit]) -> bool:
    """"مجلس الأمن" alone is the UN Security Council, unless a word or a demonym right after it
    makes it a state's own council ("مجلس الأمن القومي", "مجلس الأمن التركي")."""
    if target != _UN_SECURITY_COUNCIL or ntext[hit.nstart : hit.nend].isascii():
        return False
    after = ntext[hit.nend : hit.nend + 40].split(maxsplit=1)
    if after and after[0].strip(".,\u060c:\u061b") in _AR_NATIONAL_COUNCIL_WORDS:
        return False
    # the demonym's hit starts after the space and the article "ال" glued to it
    return not any(hit.nend < h.nstart <= hit.nend + 3 and any(e.kind == "demonym" for e in h.entries)
                   for h in all_hits)


# English verbs of a state's membership of a body ("will rejoin the Commonwealth", "was suspended
# from the Commonwealth"): what follows them is a body of states
_MEMBERSHIP_VERBS_EN: Final = frozenset({
    "join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined", "rejoining", "readmitted",
    "readmit", "readmits", "left", "leave", "leaves", "leaving", "quit", "quits", "quitting",
    "suspended", "expelled"})
_LINKS_BEFORE_BODY_EN: Final = frozenset({"the", "to", "from"})


def _bloc_joined(kb: KnowledgeBase, target: str, candidates: list[AliasEntry], text: str,
                 nt: NormalizedText, hit: Hit) -> bool:
    """An English short name that is also a common word ("the Commonwealth") is the organisation
    when a verb of membership governs it ("will rejoin the Commonwealth", "was suspended from the
    Commonwealth"), it is the only organisation that bears the name, and the name ends there (not
    "joined the Commonwealth of the United States", "left the Commonwealth Stadium")."""
    entity = kb.entities.get(target)
    if entity is None or entity.type != "ORG" or entity.country is not None:
        return False
    if any(e.target != target and (o := kb.entities.get(e.target)) is not None and o.type == "ORG"
           for e in candidates):
        return False
    start, end = nt.span(hit.nstart, hit.nend)
    if not text[start:end].removeprefix("the ").removeprefix("The ")[:1].isupper():
        return False  # a common noun ("Otzma rejoins the coalition"), not the body's proper name
    after = _word_after(text, end)
    if after[:1].isupper() or after in ("of", "'s"):
        return False
    before = [w.lower() for w in _words_before(nt.text, hit.nstart, 3)]
    while before and before[-1] in _LINKS_BEFORE_BODY_EN:
        before.pop()
    return bool(before) and before[-1] in _MEMBERSHIP_VERBS_EN


def _listed_with_state(
    kb: KnowledgeBase, target: str, hit: Hit, ntext: str,
    mentions: dict[str, list[tuple[int, int]]], firm: set[str],
) -> bool:
    """A state whose name is also a first name or a US state ("Chad", "Georgia") is that state
    when listed right beside another state the article names firmly: "Chad and Niger",
    "Georgia, Ukraine and Moldova" (a comma, "and", "or" or a slash between the two)."""
    entity = kb.entities.get(target)
    if entity is None or "iso2" not in entity.codes:
        return False
    for other in firm:
        if other == target or "iso2" not in kb.entities[other].codes:
            continue
        for start, end in mentions.get(other, ()):
            if start >= hit.nend:
                gap = ntext[hit.nend:start]
            elif end <= hit.nstart:
                gap = ntext[end:hit.nstart]
            else:
                continue
            if len(gap) <= 6 and gap.strip(" ,") in _LIST_GAPS:
                return True
    return False


def _tail_of_a_longer_name(text: str, nt: NormalizedText, hit: Hit) -> bool:
    """Whether a capitalised word stands right before the hit, so that the hit is the last word
    of a longer name that the knowledge base does not hold: "the ten ASEAN Member States,
    Australia and New Zealand", "Lake Chad, Niger and Nigeria" (not the United States nor the
    state of Chad, however many states are listed beside them; not a sentence's first word,
    "Neighbouring Chad, Niger and Cameroon")."""
    if not _given_name_before(text, nt, hit.nstart):
        return False
    start = hit.nstart if nt.aligned else nt.start_of(hit.nstart)
    begin = start - 1
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "-'\u2019"):
        begin -= 1
    return text[:begin].rstrip(" \"'\u201c(")[-1:] not in ("", ".", "!", "?", "\n", ":")


# "على" (on) folds to "علي" (Ali) with ى -> ي: "العقوبات على لاريجاني" is no "Ali Larijani".
_ALI: Final = normalize("\u0639\u0644\u064a").text
_ALA: Final = "\u0639\u0644\u0649"  # على as written


def _drop_preposition_names(hits: list[Hit], text: str, nt: NormalizedText,
                            kb: KnowledgeBase) -> list[Hit]:
    """The hits less the person names that start with the preposition على, written with its
    alef maqsura, that folded to the given name علي. After a title ("الرئيس على عبد الله صالح",
    as Egyptian spelling writes Ali) the name stands."""
    ntext = nt.text
    entities = kb.entities
    out: list[Hit] = []
    for hit in hits:
        nstart = hit.nstart
        if (ntext.startswith(_ALI, nstart) and hit.nend > nstart + 4
                and ntext[nstart + 3] == " " and (nstart == 0 or not ntext[nstart - 1].isalpha()
                                                  or _clitic_before(ntext, nstart))):
            start = nstart if nt.aligned else nt.start_of(nstart)
            if text.startswith(_ALA, start) and all(
                    (e := entities.get(entry.target)) is not None and e.type == "PERSON"
                    for entry in hit.entries):
                before = _words_before(ntext, nstart, 4)
                while before and before[-1] in FORMER_WORDS:  # "الرئيس اليمني السابق على…"
                    before.pop()
                if not _titled(before):
                    continue
        out.append(hit)
    return out


def _drop_hits_in(hits: list[Hit], spans: list[tuple[int, int]], nt: NormalizedText) -> list[Hit]:
    """The hits less those that start inside one of ``spans`` (original offsets, past their
    first word): a ship's name is no mention of the person or place it honours ("HMS Queen
    Elizabeth", "HMAS Canberra"). A hit from the span's start is the ship itself (a KB entry)."""
    out: list[Hit] = []
    for hit in hits:
        start = nt.start_of(hit.nstart)
        if not any(s < start < e for s, e in spans):
            out.append(hit)
    return out


# Words a party's or a list's quoted name follows: "حزب جديد باسم "تحيا تونس"", "قائمة "سائرون"".
_AR_NAMED_BY: Final = frozenset(normalize(w).text for w in (
    "باسم", "حزب", "حركة", "تيار", "ائتلاف", "تحالف", "قائمة", "كتلة", "جبهة",
))
_QUOTES: Final = "\"'\u00ab\u00bb\u201c\u201d\u2018\u2019"


def _quoted_party_name(kb: KnowledgeBase, target: str, ntext: str, hit: Hit) -> bool:
    """An organisation's name that is also a phrase ("تحيا تونس", long live Tunisia) is the
    organisation when quoted right after a word that introduces a name ("باسم", "حزب")."""
    entity = kb.entities.get(target)
    start, end = hit.nstart, hit.nend
    if entity is None or entity.type != "ORG" or start < 2 or end >= len(ntext):
        return False
    if ntext[start - 1] not in _QUOTES or ntext[end] not in _QUOTES:
        return False
    before = _words_before(ntext, start - 1, 1)
    return bool(before) and before[0] in _AR_NAMED_BY


def _clitic_before(ntext: str, nstart: int) -> bool:
    """Whether one conjunction (و، ف) alone is glued before ``nstart`` ("وعلى")."""
    return ntext[nstart - 1] in "\u0648\u0641" and (nstart == 1 or not ntext[nstart - 2].isalpha())


# Arabic words after which a city's name that is also a common word ("مشهد" a scene) is the city
# when a place's context follows it: "في مشهد شمال شرقي إيران", "إلى مشهد الإيرانية".
_AR_PLACE_BEFORE: Final = frozenset(normalize(w).text for w in (
    "\u0641\u064a", "\u0625\u0644\u0649", "\u0645\u062f\u064a\u0646\u0629",  # في إلى مدينة
    "\u0628\u0645\u062f\u064a\u0646\u0629", "\u0648\u0645\u062f\u064a\u0646\u0629",  # بمدينة ومدينة
))
# The words that, right after such a name, make it a place: the directions ("شمال", "شمالي"…),
# "ضواحي"/"قرب"/"غرب"…
_AR_PLACE_AFTER: Final = frozenset(normalize(w).text for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "بالقرب",
    "شمالا", "جنوبا", "شرقا", "غربا",
))
# A city's name read as the first word of a longer name: after these words the word after them
# is the last word of a construct ("أهل الشام", "ريف دمشق") and still names the place.
_AR_CONSTRUCT_HEADS: Final = frozenset(normalize(w).text for w in (
    "مدينة", "ريف", "بلاد", "أهل", "أهالي", "عاصمة", "محافظة", "مطار", "جامعة", "سوق", "قلب",
    "شوارع", "ضواحي", "أطراف", "منطقة", "مناطق", "إقليم", "حكومة", "جيش", "شعب", "نظام", "سكان",
    "أبناء", "شمال", "جنوب", "شرق", "غرب", "وسط", "داخل", "خارج", "نحو", "باتجاه", "عبر",
    "حاكم", "محافظ", "والي", "ولاية", "مرفأ", "ميناء", "بوابة", "أسواق", "طريق", "اتجاه",
))


# What may stand between two places of one list: a comma or "و", and up to two more items
# (unknown names) each after its own comma or "و": "طهران وقم ومشهد".
_LIST_RUN: Final = re.compile(
    r"^(?:\s*(?:[,\u060c]\s*\u0648?|\u0648)[\u0621-\u064a]+){0,2}\s*(?:[,\u060c]\s*\u0648?|\u0648)?\s*$"
)


def _city_in_context(kb: KnowledgeBase, target: str, candidates: list[AliasEntry], ntext: str,
                     hit: Hit, all_hits: list[Hit]) -> bool:
    """A city whose Arabic name is also a common word ("مشهد" a scene, "مشهد" of no place) is the
    city after "في"/"إلى"/"مدينة" when a direction or the name of its country follows ("في مشهد
    شمال شرقي إيران") or the clause ends there ("وقنصليتها في مشهد،"), or when listed beside another place the article firmly names ("طهران
    ومشهد وتبريز")."""
    entity = kb.entities.get(target)
    if entity is None or entity.type != "GPE" or "iso2" in entity.codes or entity.country is None:
        return False
    if any(e.target != target for e in candidates):
        return False
    start, end = hit.nstart, hit.nend
    before = _words_before(ntext, start, 1)
    after = _word_after(ntext, end)
    if before and before[0] in _AR_PLACE_BEFORE and start > 0 and ntext[start - 1] == " " and (
            after in _AR_PLACE_AFTER or _names_state(kb, entity.country, ntext, end)
            # a scene is described ("في مشهد مؤثر"); a place may end the clause ("في مشهد،")
            or end == len(ntext) or ntext[end] in ".,\u060c\u061b;:\n"):
        return True
    # In a list of places: beside another place's name, firm or not ("طهران وقم ومشهد").
    for other in all_hits:
        s, e = other.nstart, other.nend
        gap = ntext[end:s] if s >= end else ntext[e:start] if e <= start else None
        if gap is None or len(gap) > 30 or not _LIST_RUN.match(gap):
            continue
        if any(entry.target != target and (o := kb.entities.get(entry.target)) is not None
               and o.type == "GPE" for entry in other.entries):
            return True
    return False


def _names_state(kb: KnowledgeBase, country: str, ntext: str, end: int) -> bool:
    """Whether the state ``country`` (an entity id or ISO code) is named right after ``end``
    ("مشهد الإيرانية", "مشهد بإيران")."""
    state = kb.entities.get(country)
    if state is None:
        return False
    m = _WORD.match(ntext, end + 1) if end < len(ntext) and ntext[end] in " \u060c," else None
    if m is None:
        return False
    word = m.group()
    names = {normalize(n).text for n in (state.name_ar or "",) if n}
    return word in names or any(word.endswith(n) for n in names if n) or (
        word.startswith("\u0627\u0644") and any(word[2:].startswith(n[:4]) for n in names if n))


_TA_MARBUTA: Final = (normalize("\u0629").text, "\u0629")
_NOT_PLACE_HEADS: Final = AR_STOPWORDS | _AR_STATE_CUES | _AR_CONSTRUCT_HEADS | _AR_PLACE_BEFORE


def _tail_of_place_name(kb: KnowledgeBase, supported: list[str], ntext: str, hit: Hit) -> bool:
    """Whether an ambiguous place name ("الشام", "العين") is the last word of a longer place's
    name that the knowledge base lacks: a definite word glued to no clitic, right after an
    indefinite word that is no preposition, cue or construct head ("بصرى الشام", "رأس العين")."""
    if not all((e := kb.entities.get(t)) is not None and e.type in ("GPE", "LOC") for t in supported):
        return False
    start = hit.nstart
    phrase = ntext[start:hit.nend]
    if " " in phrase or not phrase.startswith("\u0627\u0644") or start < 2 or ntext[start - 1] != " ":
        return False
    before = _words_before(ntext, start, 1)
    if not before:
        return False
    word = before[0]
    if not word or not ("\u0621" <= word[0] <= "\u064a") or word.startswith("\u0627\u0644"):
        return False
    if word.endswith(_TA_MARBUTA):
        return False  # a construct's head ("بلدية الخليل", "شرطة الشام"), not a place's first word
    stripped = word[1:] if word[0] in "\u0648\u0641\u0628\u0644" and len(word) > 3 else word
    return not ({word, stripped} & _NOT_PLACE_HEADS)


def _state_of(kb: KnowledgeBase, entity_id: str) -> str | None:
    entity = kb.entities.get(entity_id)
    return entity.country if entity is not None else None


def _bodies_by_state(kb: KnowledgeBase, firm: set[str]) -> dict[str, set[str]]:
    """State id -> the organisations and laws of that state the article firmly names."""
    out: dict[str, set[str]] = {}
    for entity_id in firm:
        entity = kb.entities.get(entity_id)
        if entity is not None and entity.type in ("ORG", "LAW") and entity.country is not None:
            out.setdefault(entity.country, set()).add(entity_id)
    return out


def _leading_state(
    kb: KnowledgeBase, mentions: dict[str, list[tuple[int, int]]], firm: set[str]
) -> tuple[str | None, frozenset[str]]:
    """The state the article is about (named more often than any other, demonyms included),
    and the states that places or bodies the article firmly names belong to."""
    counts = sorted(
        ((len(spans), entity_id) for entity_id, spans in mentions.items()
         if entity_id in firm and "iso2" in kb.entities[entity_id].codes),
        reverse=True,
    )
    lead = counts[0][1] if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]) else None
    homes = frozenset(
        country for entity_id in firm
        if (entity := kb.entities.get(entity_id)) is not None
        and entity.type in ("GPE", "FAC") and (country := entity.country) is not None
    )
    return lead, homes


def _country_supports(
    kb: KnowledgeBase, target: str, phrase: str, text: str, nt: NormalizedText, hit: Hit,
    lead: tuple[str | None, frozenset[str]], mentions: dict[str, list[tuple[int, int]]],
    all_hits: list[Hit],
) -> bool:
    """Context from the article's country. A state's ambiguous name ("Georgia", "Jordan") links
    when a city or site of that state is firmly named (Tbilisi, Amman). A generic name of a
    national body ("مجلس النواب", "the National Guard", "KGB") links the body of the state the
    article is about, or of the state named right before it ("Japan's Self-Defense Forces"):
    several words, or a capitalised acronym (a one-word Arabic alias such as "النصر" is a common
    word as often). A phrase that names its state itself ("البحرية الروسية", "the Russian navy")
    is left as it was: unresolved it names the state, the actor the event extractor needs."""
    entity = kb.entities.get(target)
    if entity is None:
        return False
    leading, homes = lead
    if entity.type == "GPE" and "iso2" in entity.codes:
        return target in homes
    if entity.type not in ("ORG", "FAC", "LAW") or entity.country is None:
        return False
    if any(h.nstart >= hit.nstart and h.nend <= hit.nend
           and any(e.target == entity.country for e in h.entries) for h in all_hits):
        return False
    if entity.country != leading and not any(
        0 <= hit.nstart - end <= 3 for _, end in mentions.get(entity.country, ())
    ):
        return False
    if " " in phrase.strip():
        return True
    start, end = nt.span(hit.nstart, hit.nend)
    word = text[start:end]
    return len(word) >= 3 and word.isascii() and word.isupper()


def _kinds_of(hit: Hit) -> EntryKinds:
    return hit.kinds or EntryKinds(hit.entries)


def _link_inner(outer: Hit, all_hits: list[Hit], link: Callable[..., None]) -> None:
    """Link the unambiguous names and demonyms strictly inside ``outer`` (longest first)."""
    inner = [h for h in all_hits
             if outer.nstart <= h.nstart and h.nend <= outer.nend and (h.nstart, h.nend) != (outer.nstart, outer.nend)
             and (_kinds_of(h).single_target is not None or _kinds_of(h).demonym_targets)]
    for hit in _pick_longest(inner):
        kinds = _kinds_of(hit)
        if kinds.single_target is not None:
            link(kinds.single_target, (hit.nstart, hit.nend))
        else:
            for target in kinds.demonym_targets:
                link(target, (hit.nstart, hit.nend))


def _link_office(hit, offices, kb, day, ntext, person_hits, all_hits, link) -> None:  # type: ignore[no-untyped-def]
    """Link an office title to its holder on ``day`` and to its country (through a demonym)."""
    before = _words_before(ntext, hit.nstart, 1)
    after = _word_after(ntext, hit.nend)
    # "former", or a deputy's title: someone other than the holder on ``day``
    former = after in FORMER_WORDS or bool(before) and (before[-1] in FORMER_WORDS or before[-1] in DEPUTY_WORDS)
    named_next = person_hits.get(hit.nend + 1) or person_hits.get(hit.nend + 2)
    for entry in offices:
        office = kb.offices.get(entry.target)
        if office is None:
            continue
        holders = kb.holders(office.id, day)
        if not former and len(holders) == 1:
            holder = holders[0]
            named = {e.target for e in named_next.entries if e.kind == "name"} if named_next else set()
            named_people = {t for t in named if t in kb.entities and kb.entities[t].type == "PERSON"}
            if not named_people or holder.id in named_people:
                link(holder.id, (hit.nstart, hit.nend))
        if office.country:
            # A generic body's name inside the title names the office's state's body: "حكومة
            # الوحدة الوطنية" (a government of national unity) in "رئيس حكومة الوحدة الوطنية",
            # the title of Libya's prime minister, is Libya's.
            for inner in all_hits:
                if hit.nstart <= inner.nstart and inner.nend <= hit.nend and inner is not hit:
                    for e in inner.entries:
                        body = kb.entities.get(e.target) if e.kind == "ambiguous" else None
                        if body is not None and body.type == "ORG" and body.country == office.country:
                            link(body.id, (inner.nstart, inner.nend))
            # The country's own word inside the title ("السوري" in "الرئيس السوري"), even one
            # ambiguous elsewhere: the title settles it ("Tajik" in "Tajik President").
            for inner in all_hits:
                if hit.nstart <= inner.nstart and inner.nend <= hit.nend and inner is not hit:
                    if any(e.target == office.country and e.kind in ("demonym", "name", "ambiguous")
                           for e in inner.entries):
                        link(office.country, (inner.nstart, inner.nend))
                        break
