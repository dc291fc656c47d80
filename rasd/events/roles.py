"""Who did it and to whom: actors, targets and instrument from the entities around a trigger.

Word order matters and differs by language:

- English SVO: the subject before the trigger acts ("The EU adopted sanctions on Russia"),
  except in the passive or after "faces"/"under", where it is the target ("North Korea faces
  new U.N. sanctions"); "by X" names the actor; an entity between an adjective trigger and the
  sanctions noun is the authority ("new U.N. sanctions").
- Arabic VSO and SVO: the entities right after a verb trigger are its subject ("فرضت الولايات
  المتحدة عقوبات على …"), and so are those before it ("سوريا انضمت …"), the subject of a masdar
  comes before it ("أعلنت وزارة الخزانة تمديد …").
- Both: an entity after a family's target marker (على/ضد/on/against; إلى/to; مع/with) is a
  target; "بين"/"between" introduces parties, who all act; a stop word (reason, relative
  clause, reporting verb) ends the search.

When no actor is named but the clause refers back ("البلدين", "the two countries", "he"),
the previous sentence's entities stand in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from operator import is_not
from typing import Final

from rasd.entities.titles import COUNTERPART_WORDS
from rasd.events.codes import family
from rasd.events.duration import _NUM_WORDS, _UNITS
from rasd.events.kbinfo import entity_of, is_demonym
from rasd.events.lexicon import Lexicon, TriggerSpec
from rasd.events.sentences import (
    ASIDE_OPENERS_AR,
    Sentence,
    aside_after_auxiliary_en,
    aside_before,
    aside_words,
    comma_before,
    fronted_while_clause_ar,
    gap_before,
    with_aside_before_en,
)
from rasd.events.status import finite_verb_ar, last_index, passive_subject_en
from rasd.events.textnorm import normalize_word, without_conjunction
from rasd.model import EntityResult, Mention

ACTOR_TYPES: Final = {
    "sanctions": {"GPE", "ORG"},
    "alliance": {"GPE", "ORG"},
    "agreement": {"GPE", "ORG", "PERSON"},
    "relations": {"GPE", "ORG"},
    "forces": {"ORG", "GPE"},
    "military": {"GPE", "ORG"},
}
TARGET_TYPES: Final = {
    "sanctions": {"GPE", "ORG", "PERSON"},
    "alliance": {"ORG"},
    "agreement": {"GPE", "ORG", "PERSON"},
    "relations": {"GPE", "ORG"},
    "forces": {"ORG", "GPE"},
    "military": {"GPE", "LOC", "FAC"},
}
_BEFORE_SPAN: Final = 10  # tokens searched before the trigger for its subject
# (English) adverbs of time or sequence that may stand between a subject and its verb
_TIME_ADVERBS_EN: Final = frozenset({"also", "separately", "simultaneously", "meanwhile", "subsequently", "later", "then",
                              "immediately", "quickly", "swiftly", "promptly", "formally", "officially"})


def _time_adverb_words_en(s: Sentence, lo: int, hi: int) -> int:
    """(English) How many words of [lo, hi) are adverbs of time ("also", "later") or the phrase
    "at the same time" (none after a relative pronoun: "Bahrain, which also had a dispute with
    Qatar, agreed…" keeps its reach; the clause is the subject's, not the verb's)."""
    if not _RELATIVE_PRONOUNS_EN.isdisjoint(s.norms[max(0, lo - 4):hi]):
        return 0
    words = s.norms[max(lo, hi - 8):hi]  # (the adverb next to the verb, not inside the subject)
    same_time = sum(4 for k in range(len(words) - 3) if words[k:k + 4] == ["at", "the", "same", "time"])
    return same_time + sum(w in _TIME_ADVERBS_EN for w in words)


_RELATIVE_PRONOUNS_EN: Final = frozenset({"which", "who", "whose", "whom", "that"})
_AFTER_SPAN: Final = 16  # tokens searched after the trigger


@dataclass(slots=True)
class Placed:
    """One mention of an entity, placed on the tokens of a sentence."""

    entity: EntityResult
    first: int  # token index
    last: int
    start: int  # char offsets
    end: int


@dataclass(slots=True)
class Roles:
    actors: list[EntityResult] = field(default_factory=list)
    targets: list[EntityResult] = field(default_factory=list)
    instrument: EntityResult | None = None
    borrowed: bool = False
    fought_only: bool = False  # the only name after the trigger is whom the parties fight
    # the mention that gave each participant its role (by ``id`` of the entity): a demonym in
    # "Syrian Interior Minister" says something else than "Syria" on its own
    via: dict[int, Placed] = field(default_factory=dict)
    # (Arabic) the targets are the subject of a face verb ("حذرت واشنطن أنقرة من أنها ستواجه
    # عقوبات"): a capital there is its government
    faced: bool = False
    # the clause speaks of peace, reconciliation or a ceasefire: two movements or armed groups
    # that sign one are parties even when no state signs ("وقعت حركتا فتح وحماس اتفاق المصالحة")
    peace: bool = False

    def add(self, role: str, entity: EntityResult, placed: Placed | None = None) -> None:
        # (identity, not equality: two mentions of one entity are the same object; ``is_not``
        # mapped in C instead of a generator)
        if not (all(map(is_not, repeat(entity), self.actors)) and all(map(is_not, repeat(entity), self.targets))):
            return
        (self.actors if role == "actor" else self.targets).append(entity)
        if placed is not None:
            self.via[id(entity)] = placed


def place(s: Sentence, mentions: list[tuple[int, int, EntityResult]], starts: list[int]) -> list[Placed]:
    """Mentions (sorted by start) that fall inside sentence ``s``, mapped to its tokens."""
    out: list[Placed] = []
    s_end, t_starts, t_ends = s.end, s.starts, s.ends
    if not t_starts:
        return out
    n, first_start = len(t_starts), t_starts[0]
    for m_start, m_end, entity in mentions[bisect_left(starts, s.start):bisect_right(starts, s_end)]:
        if m_end > s_end:
            continue
        first = bisect_right(t_starts, m_start) - 1
        if first < 0:
            first = 0
        if t_ends[first] <= m_start and first + 1 < n:
            first += 1
        last = bisect_left(t_starts, m_end) - 1
        if first_start <= m_end:  # (``first`` is always a token of the sentence)
            out.append(Placed(entity, first, last if last > first else first, m_start, m_end))
    return out


def assign(
    lex: Lexicon,
    s: Sentence,
    text: str,
    placed: list[Placed],
    t: int,
    span: int,
    spec: TriggerSpec,
    event_type: str,
    clause: tuple[int, int],
    passive: bool,
) -> Roles:
    fam = family(event_type)
    actor_ok = ACTOR_TYPES[fam]
    if spec.type == "sanctions.threatened" and lex.lang == "en":
        actor_ok = actor_ok | {"PERSON"}  # "Lammy warned that further sanctions would follow"
    target_ok = TARGET_TYPES[fam]
    roles = Roles([], [], None, False, False, {})
    lo, hi = clause
    ar = lex.lang == "ar"
    target_markers = lex.target_markers.get(fam)
    target_tag = _TARGET_TAGS.get(fam) or f"@target:{fam}"
    by_first: dict[int, Placed] = {}
    for p in placed:  # sorted by start, longest first: "Syrian Interior Minister" over "Syrian"
        if p.first not in by_first:
            by_first[p.first] = p
    tags_at = s.tags
    # "Saudi Arabia's Riyadh Air signs a deal": a company's country is no party (English)
    hidden: set[int] = set()  # (``id``s of the mentions that name no party)
    if not ar and fam != "sanctions" and ("'" in text[s.start:s.end] or "\u2019" in text[s.start:s.end]):
        for p in placed:
            if (end := _owned_name_end(s, text, p, by_first)) > 0:  # the country and the name's words
                hidden.update(id(q) for q in placed if q is p or p.last < q.first < end)
    sentence_text = text[s.start:s.end]
    if not ar and "non-" in sentence_text.lower():
        # "a major non-NATO ally", "non-EU states": the body a name is prefixed "non-" to is one
        # the state named is outside of, no party
        hidden.update(id(p) for p in placed if text[max(0, p.start - 4):p.start].lower() == "non-")
    if ("حدود" in sentence_text or "معبر" in sentence_text) if ar else (
            "order" in sentence_text or "rontier" in sentence_text or "crossing" in sentence_text):
        hidden.update(_border_qualifiers(s, placed, ar))  # "the border with Jordan"
    if ar and fam == "sanctions":
        # "عقوبات على أربعة عراقيين": people counted by their nationality, not their state
        hidden.update(id(p) for p in placed if p.entity.type == "GPE" and p.first > 0 and p.first == p.last
                      and s.norms[p.first].endswith(("يين", "يون")) and (
                          s.norms[p.first - 1].isdigit() or without_conjunction(s.norms[p.first - 1]) in _COUNTS_AR))
    if ar and fam == "sanctions" and ("من" in s.norms or "في" in s.norms):
        # "عقوبات على نائبين من «حزب الله»", "بينهم قائدان في فصائل الحشد الشعبي": the body the
        # people sanctioned are members of is told about them, no target of its own
        hidden.update(id(p) for p in placed if p.entity.type == "ORG" and _members_of(s, p.first))
    if ar and (scene := fronted_while_clause_ar(s, t)) is not None:
        # "وبينما كانت المدافع تهدر على تخوم إقليم تيغراي، جدد الرئيس الأمريكي …": the names of
        # the scene the act is set in are none of its parties
        hidden.update(id(p) for p in placed if scene[0] < p.first < scene[1])
    if ar and fam == "sanctions" and any(w in sentence_text for w in _CITIZEN_STEMS_AR):
        # "عقوبات على المواطن الروسي ألكسندر يرماكوف", "على قرصان روسي": a citizen, a hacker or a
        # trader told by his nationality is a person, not his state
        hidden.update(id(p) for p in placed if p.entity.type == "GPE" and p.first > 0
                      and without_conjunction(s.norms[p.first - 1]) in _CITIZEN_AR and demonym_word_ar(s, p))
    if ar and "نظير" in sentence_text and "الاتحاد" in sentence_text:
        # "ووقع الاتحاد مذكرة تفاهم مع نظيره الكويتي": the counterpart of a federation that no
        # name of the knowledge base covers is a federation too, not the state of its demonym
        bare_union = [k for k, w in enumerate(s.norms) if without_conjunction(w) == _UNION_AR
                      and not any(p.first <= k <= p.last for p in placed)]
        if bare_union:
            hidden.update(id(p) for p in placed if p.first > 0 and p.entity.type == "GPE"
                          and without_conjunction(s.norms[p.first - 1]).startswith("نظير")
                          and any(k < p.first for k in bare_union))
    if ar and ("لصالح" in sentence_text or "لمصلحة" in sentence_text):
        # "أي شركة تسهل معاملات لصالح القاعدة الصناعية العسكرية الروسية ستواجه عواقب": whom the
        # dealings are for is what a party is accused of helping, no party itself
        benefit = [k for k, w in enumerate(s.norms) if without_conjunction(w) in ("لصالح", "لمصلحه")]
        hidden.update(id(p) for p in placed if any(k < p.first <= k + 5 for k in benefit))
    if ar and fam in ("agreement", "relations", "alliance") and "مدين" in sentence_text:
        # "وقعا في مدينة ألماتي الكازاخستانية مذكرة": the state of the city where the act took
        # place is its venue, no party
        hidden.update(id(p) for p in placed if _venue_city_demonym_ar(s, p))
    if fam in ("agreement", "relations", "alliance") and any(w in sentence_text for w in _SEAT_WORDS):
        # "ووقع ترامب وأردوغان في البيت الأبيض مذكرة تفاهم", "signed at the Kremlin": the seat
        # where the signing took place is its venue, no party
        hidden.update(id(p) for p in placed if _in_a_seat(s, text, p, ar))
    if fam == "sanctions" and (ar or "ing " in sentence_text):
        # "blacklisted three Chinese firms accused of helping Russia's army", "for supplying Iran
        # with drones", "ستة أفراد متهمين بمساعدة روسيا": whom the targets are blamed for aiding
        # is no target itself
        abetting = [k for k, w in enumerate(s.norms) if (
            without_conjunction(w) in _ABETTING_AR if ar
            else w in _ABETTING_EN and k > 0 and s.norms[k - 1] in ("of", "for", "with"))]
        hidden.update(id(p) for p in placed if any(k < p.first <= k + 3 for k in abetting))
        # "مستوطنين متورطين في أعمال عنف ضد الفلسطينيين", "settlers involved in violence against
        # Palestinians": whom the targets harmed is no target either
        harmed = [k for k, w in enumerate(s.norms) if w in _AGAINST and any(
            without_conjunction(v) in _HARM_NOUNS for v in s.norms[max(0, k - 4):k])
            # ("اعتداءات على الفلسطينيين": "على" right after the harm's noun is whom it hit, not
            # whom the sanctions are on)
            or ar and w == _ON_AR and k > 0 and _harm_noun_ar(s.norms[k - 1])]
        hidden.update(id(p) for p in placed if any(k < p.first <= k + 2 for k in harmed))
    if not ar and " by " in sentence_text:
        # "the Sinjar Resistance Units, a Yazidi militia trained by the PKK, will be integrated":
        # who trained, backed or founded a party is told about it, no party itself
        hidden.update(id(p) for p in placed if p.first > 2 and s.norms[p.first - 1 - (s.norms[p.first - 1] == "the")] == "by"
                      and s.norms[p.first - 2 - (s.norms[p.first - 1] == "the")] in _SPONSORED_EN)
    if ("حسب" in sentence_text or "وفق" in sentence_text or "نقلا" in sentence_text) if ar else (
            "according to" in sentence_text):
        # "بحسب مصدر في وزارة الداخلية", "according to an official at the defence ministry": who
        # is quoted takes no part
        hidden.update(id(p) for p in placed if _attributed(s, p, ar))
    if ar and fam == "agreement" and "رحل" in sentence_text:
        # "اتفاقية لتسيير رحلات مباشرة إلى جدة والقاهرة": where the flights go, no party
        flights_to = [k for k, w in enumerate(s.norms) if w == "الي" and any(
            without_conjunction(v).startswith(("رحل", "الرحل")) for v in s.norms[max(0, k - 4):k])]
        hidden.update(id(p) for p in placed if any(k < p.first <= k + 5 for k in flights_to))
    if ar and fam == "sanctions" and "متجه" in sentence_text:
        # "يقتصر الإعفاء على الشحنات المتجهة إلى المجر": where the goods go, no party
        hidden.update(id(p) for p in placed if p.first > 1 and s.norms[p.first - 1] == "الي"
                      and s.norms[p.first - 2].startswith(("المتجه", "متجه")))
    if ar and fam == "sanctions" and "السفر" in sentence_text:
        # "قال وزير الخارجية الأسترالي إن بلاده ستفرض عقوبات … تشمل حظر السفر إلى أستراليا": the
        # land a travel ban keeps them out of, named before as the one imposing, is its own, no
        # target ("رفعت بريطانيا حظر السفر إلى مصر": a land named only there is the one it is on)
        hidden.update(id(p) for p in placed if p.first > 1 and s.norms[p.first - 1] == "الي"
                      and without_conjunction(s.norms[p.first - 2]) in _TRAVEL_AR
                      and any(q.first < p.first - 2 and q.entity.id == p.entity.id for q in placed))
    if ar and fam == "military" and "قادم" in sentence_text:
        # "هبطت في مطار عمان طلائع المظليين البريطانيين قادمة من قبرص": where the troops came from
        # is not where they are
        hidden.update(id(p) for p in placed if p.first > 1 and s.norms[p.first - 1] == "من"
                      and s.norms[p.first - 2].startswith("قادم"))
    if ar and fam != "sanctions" and not _MEETING_NOUNS_AR.isdisjoint(s.norms):
        # "قمة شرم الشيخ تقر إنشاء قوة عسكرية عربية مشتركة": the city a summit is named for is
        # where the leaders met, no party (a capital stands for its host state, a member of the
        # summit: "قمة باماكو تطلق القوة المشتركة لدول الساحل")
        hidden.update(id(p) for p in placed if p.first > 0 and s.norms[p.first - 1] in _MEETING_NOUNS_AR
                      and city_of_a_state(p.entity))
    if ar and fam == "sanctions" and not _MEETING_NOUNS_AR.isdisjoint(s.norms):
        # "مجلس الأمن يشطب خمسة من مسؤولي طالبان … عشية مؤتمر لندن": the meeting a measure is
        # timed by names the city where it meets, no target, a capital as well
        hidden.update(id(p) for p in placed if p.first > 1 and s.norms[p.first - 1] in _MEETING_NOUNS_AR
                      and without_conjunction(s.norms[p.first - 2]) in _BY_A_MEETING_AR)
    if ar and fam in ("agreement", "alliance") and not _TENSION_NOUNS_AR.isdisjoint(s.norms):
        # "وقعت تركيا والصومال اتفاقية دفاعية في ذروة التوتر مع إثيوبيا": the rival of the
        # tension the accord is set against is no party to it
        hidden.update(id(p) for p in placed if _rival_in_tension_ar(s, p))
    if ar and fam in ("agreement", "relations", "alliance") and not _NAMED_FOR_A_PLACE_AR.isdisjoint(s.norms):
        # "وقع المجلس مذكرة تفاهم مع جامعة البحرين", "اتفاق مع غرفة تجارة وصناعة عمان", "حفل
        # تكريم أبطال أولمبياد باريس": a university, a chamber or a games named for its state or
        # city, which the knowledge base may lack, is no state, and the place no party
        hidden.update(id(p) for p in placed if _named_for_a_place_ar(s, p))
    if ar and fam == "military" and "قاعد" in sentence_text:
        # "نقل طائرات … من قاعدة إنجرليك التركية إلى قاعدة الأزرق": the base the forces move
        # from, and its state, are where they were, not where they go
        hidden.update(id(p) for p in placed if _moved_from_a_base_ar(s, p.first))
    if ar and fam == "military" and "خارج" in sentence_text:
        # "إرسال عناصر من القوات المسلحة في مهام قتالية خارج حدود الدولة المصرية": the state the
        # troops go outside of is the one they leave, not where they are
        hidden.update(id(p) for p in placed if _outside_of(s, p.first))
    if not ar and fam == "sanctions" and "entry_cue" in s.where:
        # "barred Hun Sen from entering the United States": the state kept out of is where, not whom
        entry_ends = [j + 2 + (s.norms[j + 1] not in ENTERING_EN) for j in s.where["entry_cue"]]
        hidden.update(id(p) for p in placed if p.entity.type == "GPE" and any(
            p.first - (s.norms[p.first - 1] == "the") == k for k in entry_ends))
    apposed = aside_before(s, 0, t, 14) if not ar and ", " in sentence_text else -1
    if apposed > 0 and _describes_subject_en(s, text, apposed):
        # "Qatar, a close ally of the United States, signed…", "Norway, a NATO member, signed…":
        # who or what the subject is described by takes no part
        hidden.update(id(p) for p in placed if apposed <= p.first < t)
    else:
        apposed = -1
    if not ar and "Bank of" in sentence_text:
        # "The Bank of Zambia imposed a fine on three commercial banks": a bank named for its
        # state, which the knowledge base may lack, is the bank, not the state
        hidden.update(id(p) for p in placed if p.entity.type == "GPE" and s.norms[max(0, p.first - 2):p.first] == ["bank", "of"])
    if not ar and (" Corporation of " in sentence_text or " Company of " in sentence_text):
        hidden.update(id(p) for p in placed if _company_named_for_state_en(s, text, p))
    if not ar and (" College " in sentence_text or " University " in sentence_text):
        hidden.update(id(p) for p in placed if _college_named_for_city_en(s, text, p))
    if ar and fam == "sanctions":
        # "عاقبت كندا حاكم مصرف لبنان السابق رياض سلامة": the body in a person's title, named
        # with him, is his office, not a second target
        persons = [q.first for q in placed if q.entity.type == "PERSON"]
        # ("فرضت … عقوبات على المقررة الخاصة للأمم المتحدة فرانشيسكا ألبانيزي": the office's
        # words may take an adjective between, and the article)
        hidden.update(id(p) for p in placed if p.entity.type == "ORG" and p.first > 0
                      and any(s.norms[k].removeprefix("ال") in _OFFICE_HOLDERS_AR for k in range(max(0, p.first - 3), p.first))
                      and any(p.last < f <= p.last + 12 for f in persons))
    if ar and ("قضي" in sentence_text or "مسأل" in sentence_text or "مسال" in sentence_text):
        # "لا يعني التخلي عن القضية الفلسطينية": a people's cause, not its state as a party
        hidden.update(id(p) for p in placed if p.first > 0 and s.norms[p.first - 1] in _CAUSE_NOUNS_AR
                      and demonym_word_ar(s, p))
    if ar and fam != "military" and "مقر" in sentence_text:
        hidden.update(_seat_names(s, text, placed))  # "في مقر جهاز المخابرات العامة المصرية"
    if not ar and fam != "sanctions" and (
        s.where.get("company_noun") or s.where.get("commodity_noun") or not _PARTNER_EN.isdisjoint(s.norms)
        or "group" in s.norms
    ):
        hidden.update(id(p) for p in placed if _company_adjective(s, p, by_first))
    if not ar and fam not in ("sanctions", "alliance") and not _MEMBER_NOUNS_EN.isdisjoint(s.norms):
        # "signed an interline agreement with a Kenyan member of the network": the state's
        # adjective before one member of a grouping says where the member is from, no party
        hidden.update(id(p) for p in placed if _member_from_en(s, text, p))
    if not ar and fam == "sanctions" and s.where.get("company_noun"):
        # "lifted the suspension of a Karachi brokerage that it imposed": a city that speaks for
        # no one, named as a firm's home, is no party of the measure on the firm (a state so named
        # stays one: "sanctions on a Turkish firm" reach Turkey's trade)
        hidden.update(id(p) for p in placed if city_of_a_state(p.entity) and _company_adjective(s, p, by_first))
    if not ar and fam != "sanctions" and not _OWNED_EN.isdisjoint(s.norms):
        hidden.update(id(p) for p in placed if _owner_adjective_en(s, p))
    if not ar and fam == "sanctions" and "owned" in s.norms:
        hidden.update(id(p) for p in placed if _owner_of_sanctioned_firm_en(s, p))
    if not ar and fam == "sanctions" and "of" in s.norms:
        hidden.update(id(p) for p in placed if _where_assets_lie_en(s, p))
    if not ar and fam == "agreement" and s.where.get("local_place_noun"):
        hidden.update(id(p) for p in placed if _company_adjective(s, p, by_first, "local_place_noun"))
    if ar and fam in ("agreement", "relations", "sanctions") and (
        "شرك" in sentence_text or "مجمع" in sentence_text or "جمعي" in sentence_text or "بنك" in sentence_text
        or "مصرف" in sentence_text
        or "مجموع" in sentence_text or "موزع" in sentence_text or "مورد" in sentence_text or "مصنع" in sentence_text
        or "مشغل" in sentence_text or "دار" in sentence_text or "ناشر" in sentence_text
        or "مستشف" in sentence_text or "جامع" in sentence_text or "معهد" in sentence_text
        or "حرك" in sentence_text or "حزب" in sentence_text or "جبه" in sentence_text or "تيار" in sentence_text
        or "ملتق" in sentence_text or "حوار" in sentence_text or "ناد" in sentence_text or "كاديمي" in sentence_text
        or "»" in sentence_text or '"' in sentence_text
    ):
        hidden.update(id(p) for p in placed if _company_demonym_ar(s, p))
    if ar and "ترجم" in sentence_text:
        hidden.update(id(p) for p in placed if _translation_language_ar(s, p))
    if ar and fam == "agreement" and not _WORKS_AR.isdisjoint(s.norms):
        # "اتفاقية مع دار فرنسية لترجمة عشرين رواية لبنانية": the works' nationality, no party
        hidden.update(id(p) for p in placed if _nationality_of_works_ar(s, p))
    if ar and fam == "forces" and ("»" in sentence_text or '"' in sentence_text):
        hidden.update(id(p) for p in placed if _quoted_name_demonym_ar(s, p))
    if ar and fam == "sanctions" and ("المعني" in sentence_text or "المختص" in sentence_text):
        # "لجنة العقوبات … المعنية بتنظيمي داعش والقاعدة": the groups a committee deals with are
        # its remit, no party of its act (a state is kept: "لجنة العقوبات المعنية بليبيا")
        remit = [k for k, w in enumerate(s.norms) if without_conjunction(w) in _REMIT_AR]
        hidden.update(id(p) for p in placed if p.entity.type != "GPE" and any(
            k < p.first <= k + 4 and _SEAT_OF_BODY_AR.isdisjoint(s.norms[k + 1:p.first]) for k in remit))
    if ar and fam == "alliance" and "تابع" in sentence_text:
        # "انضمت مصر إلى بنك التنمية الجديد التابع لمجموعة بريكس": the body's owner is not joined
        hidden.update(id(p) for p in placed if not _OWNER_AR.isdisjoint(s.norms[max(0, p.first - 2):p.first]))
    if ar and fam == "agreement":
        # "وقعت شرطة دبي مذكرة تفاهم مع إحدى شركات التأمين": a city's police, municipality or
        # port is a local body, not its state
        hidden.update(id(p) for p in placed if p.first > 0 and s.norms[p.first - 1] in _LOCAL_BODIES_AR)
    if fam in ("agreement", "alliance") and s.where.get("agreement_noun"):
        hidden.update(id(p) for p in placed if _names_an_accord(s, text, p, ar))
    elif s.where.get("agreement_noun"):
        # "دمج الميليشيات في الجيش بموجب اتفاق نيروبي", "بموجب الاتفاق الموقع في جدة": the accord
        # an act follows names its city, or where it was signed, and neither takes part
        hidden.update(id(p) for p in placed if _names_an_accord(s, text, p, ar) or _accord_signed_in(s, p, ar))

    # --- before the trigger --------------------------------------------------------------
    start = max(lo, t - _BEFORE_SPAN)
    if s.first("fresh_time", start, t) >= 0:
        # ("The Security Council on Friday unanimously decided to keep the exemption", "وافقت
        # لجنة العقوبات التابعة لمجلس الأمن …، أمس الخميس، على استثناء": the day told between the
        # subject and its verb does not put the subject out of reach)
        start = max(lo, start - sum("fresh_time" in s.tags[k] for k in range(start, t)))
    if not ar:
        # (nor do adverbs of time between them: "the Office of Foreign Assets Control at the same
        # time issued a general licence", "The Treasury also issued a licence")
        start = max(lo, start - _time_adverb_words_en(s, start, t))
    if not ar and fam == "military":
        # (nor what the forces bring, set off by commas: "About 300 Spanish soldiers, with
        # Leopard tanks and infantry fighting vehicles, have arrived")
        start = max(lo, start - with_aside_before_en(s, t))
    if apposed > 0:
        start = max(lo, start - (t - apposed))  # (nor does the subject's apposition)
    if ar and spec.type == "sanctions.threatened" and start > lo and (aside := aside_words(s, max(lo, start - 8), t)):
        # "وحذرت وزارة الخارجية، في منشور على منصة إكس، القضاة من أنهم قد يواجهون عقوبات": where
        # the warning was given, set off by commas, does not part the warner from the warned,
        # and the platform it was posted on is no party
        hidden.update(_aside_media_ar(s, placed, start - aside, t))
        start = max(lo, start - aside)
    pronoun_subject = False
    reported = False  # the names before the trigger follow a reporting verb ("أعلنت X …")
    # the closest complementizer or stop before the trigger
    k = max(s.last("complementizer", start, t), s.last("before_stop", start, t)) if t > start else -1
    if not ar and k > start and aside_after_auxiliary_en(s.norms, k, "en"):
        # ("Ottawa has not, however, imposed sanctions": the aside stops nothing)
        k = max(s.last("complementizer", start, k), s.last("before_stop", start, k))
    complementizer = k
    if k < 0 and not ar:
        # a body's restrictive relative clause may be longer than the span: "The Security Council
        # committee that oversees the sanctions on al-Qaeda and the Islamic State group removed…"
        k = next((j for j in range(start - 1, max(lo, t - 2 * _BEFORE_SPAN) - 1, -1)
                  if s.norms[j] in _RESTRICTIVE_EN and j > lo and s.norms[j - 1] in _BODY_NOUNS_EN), -1)
    if k >= 0:
        # "أعلنت الولايات المتحدة أنها أدرجت …", "the US said it would …": the subject of the
        # reporting verb is the subject of the trigger
        # (not "أكد الناطق … أنه تم رفع العقوبات": the pronoun of "أنه" before a passive is
        # no one, and the speaker is not what the passive acts on)
        pronoun_subject = _pronoun_subject(s, k, ar, t) and not (ar and passive)
        reported = "complementizer" in s.tags[k] and without_conjunction(s.norms[k]) not in _THAT_WORDS
        start = k + 1
    # (the trigger's own words may be the face cue: "is no longer subject to UN sanctions")
    faced = passive or _face_cue_before(s, text, start, t, ar) or (not ar and s.first("face", t, t + span) >= 0)
    # "Turkey could face sanctions", "Iran risks US sanctions": the subject is the one threatened
    own_face = not ar and spec.type == "sanctions.threatened" and s.first("face", t, t + span) >= 0
    # (Arabic) "إن الشركات … قد تواجه عقوبات أمريكية", "إيران ستواجه عقوبات": the face verb is the
    # trigger itself; whoever stands before it is the one threatened (the adjective or a "من قبل"
    # after it names who threatens)
    ar_face = ar and spec.type == "sanctions.threatened" and (
        spec.after == "target" or s.first("face", t, t + span) >= 0)
    faced = faced or own_face or ar_face
    roles.faced = ar_face
    # (``_located`` is asked only about places: no one else is ever the scene)
    before = [p for p in placed if start <= p.first and p.last < t and (
        p.entity.type not in _SCENE_TYPES or not _located(lex, s, text, p, fam, ar, placed))
        and id(p) not in hidden]
    if ar and before and ("،" in sentence_text or "," in sentence_text):
        before = [p for p in before if not _in_closed_relative_ar(s, text, p, start, t)]
    if not ar and passive and before and (head := passive_subject_en(s, t, spec.needs)) >= 0:
        # "The sanctions that the EU imposed on Russia in 2014 were lifted": of the names telling
        # the subject, only whom the measures are "on" is what the passive acts on
        before = [p for p in before if p.first <= head or _after_on_en(s.norms, p.first)]
    if pronoun_subject and not before:
        # (past where the words were said, set off by commas: "وحذرت الوزارة، في منشور على منصة
        # إكس، القضاة من أنهم قد يواجهون عقوبات")
        reach = 8 + (aside_words(s, max(lo, start - 16), start - 1) if ar_face else 0)
        before = [p for p in placed if max(lo, start - reach) <= p.first and p.last < start - 1
                  and not _located(lex, s, text, p, fam, ar, placed) and id(p) not in hidden]
        t_anchor = start - 1
    elif ar and not before and k > lo and start < t and (stem := _BODY_STEMS_AR.get(without_conjunction(s.norms[start]))):
        # "أعلن الأمين العام لحلف شمال الأطلسي أن الحلف سينشر …", "قال المتحدث باسم الاتحاد
        # الأوروبي إن الاتحاد سيفرض …": the body named by its common noun after "أن" is the one
        # the reporting clause named
        named_body: Placed | None = next(
            (p for p in reversed(placed) if max(lo, k - 12) <= p.first and p.last < k
             and p.entity.type == "ORG" and stem in text[s.starts[p.first]:s.ends[p.last]]), None)
        before = [named_body] if named_body is not None else []
        t_anchor = t
    else:
        t_anchor = t
    if ar and not before and k > lo and s.norms[k] in _BUT_PRONOUNS_AR:
        # "مدد الاتحاد الأوروبي العقوبات على زيمبابوي، لكنه قرر تعليق حظر السفر": "but it" is
        # the subject that opens the sentence, not the names of the clause before
        opener = next((p for p in placed if p.first <= 2 and p.entity.type in actor_ok and id(p) not in hidden), None)
        if opener is not None and opener.last < k:
            before, t_anchor = [opener], opener.last + 1
    if ar and t > lo + 2 and (opened := parenthetical_opened_ar(s, text, lo, t)) > lo:
        # "أعلنت مصر وقطر، بعد مباحثات أجراها وزيرا الخارجية في الكويت أمس، استئناف العلاقات":
        # the phrase set off by commas tells when; the subject stands before it
        before = [p for p in placed if max(lo, opened - 8) <= p.first and p.last < opened
                  and id(p) not in hidden and (p.entity.type not in _SCENE_TYPES
                                               or not _located(lex, s, text, p, fam, ar, placed))]
        t_anchor = opened
    if not before and not ar and k > lo and s.norms[k] in _WHO_EN and t - k <= 3 and "," not in text[
        s.ends[k]:s.starts[t]
    ]:
        # the trigger inside a relative clause: "The 800 British soldiers, who arrived in Estonia
        # last week, are training": the relative pronoun stands for the names before it
        before = [p for p in placed if max(lo, k - 8) <= p.first and p.last < k and (
            p.entity.type not in _SCENE_TYPES or not _located(lex, s, text, p, fam, ar, placed))
            and id(p) not in hidden]
        t_anchor = k
    restrictive = not ar and k > lo and s.norms[k] in _RESTRICTIVE_EN and s.norms[k - 1] in _BODY_NOUNS_EN
    subject_from = lo
    if not ar and not restrictive and k > lo and s.norms[k] == "that" and s.norms[k - 1] in _RESTRICTED_HEADS_EN and (
        spec.type == "sanctions.threatened" or passive
    ):
        # "warned that Turkish banks that finance Iran's oil trade could face sanctions": the
        # clause on the banks names whom they deal with; the banks are the ones threatened
        restrictive = True
        subject_from = max(lo, s.last("complementizer", lo, k) + 1)
    if not ar and k > lo and (s.norms[k] in _RELATIVE_EN and "," in text[s.ends[k - 1]:s.starts[k]] and any(
        "," in text[s.ends[j - 1]:s.starts[j]] for j in range(max(k + 2, t - 3), t + 1)
    ) or restrictive):
        # (and with no commas after a body: "The Security Council committee that oversees the
        # sanctions on al-Qaida removed him from its list")
        # "The US, which keeps sanctions on …, [on Monday] extended a waiver": the subject stands
        # before the relative clause, whose names are not the trigger's parties
        subject = [p for p in placed if max(subject_from, k - _BEFORE_SPAN) <= p.first and p.last < k and (
            p.entity.type not in _SCENE_TYPES or not _located(lex, s, text, p, fam, ar, placed))
            and id(p) not in hidden]
        if subject or restrictive:
            before, t_anchor = subject, k
    if ar and t > lo and _circumstantial(s, text, t):
        # "حذر … بومبيو من أن بلاده ستحاسب أي سياسي لبناني، ملوحا بفرض عقوبات", "فرضت الولايات
        # المتحدة عقوبات على إيران، ملوحة بالمزيد": a participle after a comma (a حال) shares the
        # subject of the clause's first verb, not the names just before it
        before = []
        for main in placed:  # (the first name of the clause that is, or speaks for, a party)
            if not lo <= main.first < t or id(main) in hidden:
                continue
            if main.entity.type in actor_ok:
                roles.add("actor", main.entity, main)
            elif main.entity.type == "PERSON":
                from rasd.events.kbinfo import country_of  # (the KB is loaded only when asked)

                state = country_of(main.entity.id)
                if state is not None:
                    roles.add("actor", entity_of(state))
            else:
                continue
            break  # (a person of no known state: "بلاده" or the sentence before may say)
    elif ar and t > lo and (_coordinated_verb(s, text, t, span, by_first) or _svo_coordinated(s, t, span, lo, by_first)):
        # "مدد مجلس الأمن العقوبات على اليمن عاما آخر، ووسع قائمتها": a verb joined by و after a
        # comma shares the first verb's subject (the name right after it, or before it), not the
        # names just before the comma
        first_lo = k + 1 if k >= 0 else lo
        had = len(roles.actors)
        for main in placed:
            if not first_lo <= main.first < min(t, first_lo + 4) or id(main) in hidden:
                continue
            if main.first > 0 and target_tag in tags_at[main.first - 1]:
                break  # the first verb's object, not its subject
            if main.entity.type in actor_ok:
                roles.add("actor", main.entity, main)
                break
            if main.entity.type == "PERSON":
                from rasd.events.kbinfo import country_of  # (the KB is loaded only when asked)

                if (state := country_of(main.entity.id)) is not None:
                    roles.add("actor", entity_of(state))
                break  # (the subject is a person: not the names after it)
        if len(roles.actors) > had:
            before = []  # (no subject found: the names before the comma are all there is)
    if not ar and fam == "forces" and k > lo and s.norms[k] == "that" and (made := _force_made_before_en(s, k)) > lo:
        # "Putin created a National Guard that merges the internal troops and the riot police into a
        # single force": the new force's clause tells what it is made of, and who made the force
        # merges them
        before = [p for p in placed if max(lo, made - _BEFORE_SPAN) <= p.first and p.last < made and (
            p.entity.type not in _SCENE_TYPES or not _located(lex, s, text, p, fam, ar, placed))
            and id(p) not in hidden]
        t_anchor = made
    if not ar and fam == "military" and len(before) > 1:
        # "The US brigade has been in Poland on rotation": the place the forces are in is where
        # they are, and the subject stands before it
        hosts = [p for p in before if p.first > 0 and s.norms[p.first - 1] in ("in", "to") and p.entity.type in target_ok]
        if hosts and len(hosts) < len(before):
            for p in hosts:
                roles.add("target", p.entity, p)
            before = [p for p in before if p not in hosts]
    if not ar and fam in ("agreement", "relations") and k < 0 and t_anchor == t:
        before = _with_partner_named_at_length_en(s, text, placed, before, lo, t, hidden)
    group: list[Placed] = []
    for p in reversed(before):  # the contiguous group of names closest to the trigger
        anchor = group[-1].first if group else t_anchor
        gap = anchor - p.last
        if ar and not group and gap > 8:
            # "وافقت لجنة العقوبات التابعة لمجلس الأمن …، أمس الخميس، على استثناء": nor in Arabic
            gap -= sum("fresh_time" in tags_at[k] for k in range(p.last + 1, anchor))
        if ar and gap > (4 if group else 8) and ar_face:
            # "وحذرت وزارة الخارجية، في منشور على منصة إكس، القضاة من أنهم قد يواجهون عقوبات": where
            # the warning was given, set off by commas, does not part the warner from the warned
            gap -= aside_words(s, p.last + 1, anchor)
        if not ar and not group and gap > 8:
            # "The Security Council on Friday unanimously decided to keep the exemption": the day
            # between the subject and its verb does not put the subject farther off
            gap -= sum("fresh_time" in tags_at[k] for k in range(p.last + 1, anchor))
            if s.norms[p.last + 1:p.last + 2] == ["s"] and not _STATE_BODIES_EN.isdisjoint(s.norms[p.last + 2:p.last + 5]):
                # "Sudan's transitional government and an alliance of rebel groups signed": the
                # state's body it heads is the subject's own name
                gap -= 3
            if apposed > p.last:
                gap -= t - apposed  # "Qatar, a close ally of the United States, has signed"
            if fam == "military":
                gap -= with_aside_before_en(s, anchor)  # "Spanish soldiers, with Leopard tanks …, have arrived"
            if fam in ("agreement", "relations") and _partner_named_at_length_en(s, text, p.last, anchor):
                # "Congo's government and the Front for Patriotic Resistance of Ituri (FRPI)
                # signed": the other party's full name, however long, is the rest of the subject
                gap = min(gap, 8)
        if gap > (4 if group else 8) and not (group and _state_body_and(s, p.last, anchor, ar)) and not (
                # "The EU's arms embargo on China was imposed": the measure's owner, its noun and
                # what it bars stand between the owner and the target
                group and not ar and fam == "sanctions" and gap <= 6 and _authority_of(s, p, target_tag, t)) and not (
                group and not ar and fam in ("agreement", "relations") and _partner_named_at_length_en(s, text, p.last, t)):
            # ("Colombia's government and a dissident faction of the FARC signed": the state opens
            # a subject whose other party is told at length, however far back that puts it)
            break
        if not ar and not _SUBORDINATORS_EN.isdisjoint(s.norms[p.last + 1:anchor]) and (
                group or "," not in text[s.ends[p.last]:s.starts[anchor]]) and not (
                _said_after_the_en(s, p.last + 1, anchor)):
            # "TotalEnergies pulled out of Russia after the US imposed…", "Shell quit Iran after
            # the new US sanctions": the names before belong to another clause (but "The US,
            # after months of talks, imposed…")
            break
        if ar and _new_clause_between(s, text, p.last, anchor, t, span, by_first):
            # "فرضت الصين عقوبات على ليتوانيا، وردت ليتوانيا بفرض عقوبات على الصين": a verb glued
            # to و after a comma opens a clause of its own; the names before it are the other's
            break
        if not ar and group and p.first > 0 and target_tag in tags_at[p.first - 1] and anchor - p.last > 2 and (
                "," in text[s.ends[p.last]:s.starts[anchor]]):
            # "China imposed sanctions on Lithuania on Friday, and Lithuania imposed sanctions on
            # China": the object of the clause before is not one of this clause's subjects
            break
        group.append(p)
    if group and k < 0 and not ar and group[-1].first - start < 8:
        # the subject began before the span searched: "Yemen's internationally recognised
        # government and the separatist Southern Transitional Council signed…"
        earlier = [q for q in placed if lo <= q.first < start and q.entity.type == "GPE" and id(q) not in hidden]
        if earlier and _state_body_and(s, earlier[-1].last, group[-1].first, ar):
            group.append(earlier[-1])
    warned = group[0] if ar_face and pronoun_subject and len(group) > 1 else None
    # "حذرت وزارة الخارجية قضاة المحكمة من أنهم قد يواجهون عقوبات": the first name is the subject
    # of the warning verb, and those warned (named after it or not) are the pronoun's; it threatens
    warner = group[-1] if (
        ar_face and group and _warned_by(s, text, lo, group[-1])
        and (not _PRONOUNS_AR.isdisjoint(s.norms[group[0].last + 1:t]) or "risk_noun" in s.tags[t])
    ) else None  # (or "حذرت واشنطن باكستان من احتمال تعرضها لعقوبات": the pronoun is the masdar's)
    for p in reversed(group):
        if p is warner:
            if p.entity.type in actor_ok:
                roles.add("actor", p.entity, p)
        elif warned is not None and p is not warned:
            # "حذرت واشنطن أنقرة من أنها ستواجه عقوبات": "she" is whom the warning was for, the
            # name closest to it; the subject of the warning verb is who threatens
            if p.entity.type in actor_ok:
                roles.add("actor", p.entity, p)
        elif not ar and fam == "sanctions" and _authority_of(s, p, target_tag, t):
            if p.entity.type in actor_ok:  # "EU sanctions on Russia were extended"
                roles.add("actor", p.entity, p)
        elif faced and fam == "sanctions":
            if p.entity.type in target_ok:
                roles.add("target", p.entity, p)
        elif not ar and fam == "sanctions" and p.first > 0 and target_tag in tags_at[p.first - 1]:
            if p.entity.type in target_ok:  # "sanctions on Iran were lifted"
                roles.add("target", p.entity, p)

        elif spec.before == "target" and p.entity.type in target_ok:
            roles.add("target", p.entity, p)  # "The African Union admitted South Sudan as …"
        elif p.entity.type in actor_ok:
            roles.add("actor", p.entity, p)
        elif fam == "sanctions" and p.entity.type == "PERSON" and p is group[0] and _sanctions_officer(p.entity) and (
            not ar or s.first("decree_noun", p.last + 1, t) >= 0  # (Arabic: by the order he signs)
        ):
            # "President Volodymyr Zelensky on May 21 imposed sanctions on 189 vessels", "وقع ترامب
            # أمرا تنفيذيا بفرض عقوبات": a head of state or government who imposes, lifts or
            # threatens acts for the state
            roles.add("actor", _state_headed(p.entity), p)
        elif not ar and fam == "forces" and p.entity.type == "PERSON" and p is group[0] and _head_of_state(p.entity):
            # "Ouattara signed a decree merging the rebel Forces Nouvelles with the army": a head
            # of state who merges or integrates armed groups acts for his state, as he does when
            # he imposes sanctions
            roles.add("actor", _state_headed(p.entity), p)
    announcers = list(roles.actors) if reported and not pronoun_subject else []

    # --- after the trigger ---------------------------------------------------------------
    role = spec.after
    noun_end = -1
    if spec.nominal or own_face:
        role = "actor"  # "new U.N. sanctions": the authority sits between adjective and noun
        for j in range(t + 1, min(hi, t + 4)):
            if "sanctions_noun" in s.tags[j]:
                noun_end = j
                break
    j = t + span
    end = min(hi, t + span + _AFTER_SPAN)
    if not ar:
        end = _with_reach_end(s, text, j, end, ar)  # (a new subject after ", and" ends the clause)
    else:
        end = _concession_end_ar(s, j, end)  # ("مدد … العقوبات على روسيا رغم معارضة المجر")
        if fam == "sanctions":
            end = _pronoun_target_end_ar(s, j, end)
            end = _grounds_end_ar(s, j, end)  # ("أصول 40 فردا تتهمهم بالضلوع في ضم روسيا القرم")
            end = _emergency_about_end_ar(s, j, end, hi)  # ("… رقم 13894، والمتعلقة بالوضع في سوريا")
        if fam == "relations":
            end = _ties_cut_end_ar(s, j, end)  # ("تقيم علاقات مع الصين وتقطعها مع تايوان")
        if fam == "military":
            end = _base_gone_to_end_ar(s, j, end, hi)  # ("نقل طائرات … ونحو مئتين … إلى قاعدة الأزرق")
            end = _negated_conjunct_end_ar(s, j, end)  # ("أوروبا ترسل فرقاطاتها ولا تطلق النار على اليمن")
    # "the coalition against ISIS", "اتفاق لمكافحة الإرهاب": who is fought takes no part
    fights = fam != "sanctions"
    adversaries: list[Placed] = []
    marker: int | None = None  # the first target marker after the trigger ("on", "على")
    nominal = spec.nominal or own_face
    targets = roles.targets  # (the same list: ``roles.add`` appends to it)
    threat = spec.type == "sanctions.threatened" and not (own_face or ar_face)
    warners: list[EntityResult] | None = None  # the actors before a threat's "that" clause
    aside_end = -1  # (Arabic) the token after the last aside skipped
    while j < end:
        if nominal and j > noun_end >= 0 and role == "actor":
            role = "none"
        if ar and j > t + span and (skip := aside_words(s, j, j + 1)):
            j += skip  # "وصنفت الولايات المتحدة، في الشهر نفسه، فرع داعش": an aside, not the list's end
            aside_end = j  # (and its closing comma ends nothing either)
            continue
        if not ar and s.norms[j] in ("known", "called", "nicknamed") and (
            _comma_before(text, s, j) or s.norms[j - 1] == "also" and _comma_before(text, s, j - 1)
        ) and (close := next((m for m in range(j + 1, min(end, j + 7)) if _comma_before(text, s, m)), -1)) > 0:
            j = close  # "by President Mohamed Abdullahi Mohamed, known as Farmaajo, and …": a name's aside
            continue
        hit = by_first.get(j)
        if hit is None:
            tags = tags_at[j]
            if not ar and fam == "sanctions" and _comparison_en(s, j):
                # "threatened Iraq with sanctions harsher than those on Iran": the sanctions
                # compared with are others', and whom they are on is no target of these
                break
            if not tags:  # most words: no name, no marker, no stop, nothing that changes the role
                if (targets and role == "target" and _comma_before(text, s, j) and s.norms[j] not in _LIST_JOINERS
                        and j != aside_end):
                    break  # ", the Treasury said" / "، وذلك عقب": the list of participants is over
                j += 1
                continue
        if (hit is None and targets and role == "target" and _comma_before(text, s, j)
                and s.norms[j] not in _LIST_JOINERS and j != aside_end):
            break  # ", the Treasury said" / "، وذلك عقب": the list of participants is over
        if hit is not None and not ar and (
            _comma_before(text, s, j) or s.norms[j - 1] == "the" and _comma_before(text, s, j - 1)
        ) and _reporting_list(s, j, by_first):
            # ", France and Germany said": who reports the event, not who takes part; except that
            # who says a threat makes it (", the State Department said")
            if threat and not roles.actors and hit.entity.type in actor_ok:
                roles.add("actor", hit.entity, hit)
            break
        if hit is not None and hit.entity.type in _SCENE_TYPES and (
            _located(lex, s, text, hit, fam, ar, placed) and not (
                # ("المتعلقة بإثيوبيا": the ب of a target marker, no "in")
                ar and hit.first > 0 and target_tag in tags_at[hit.first - 1]
                or ar and _situation_in_state_ar(s, tags_at, target_tag, hit)
            ) or id(hit) in hidden
        ):
            j = hit.last + 1
            continue
        if hit is not None and hit.first > 1 and _WAR_ON.get(s.norms[hit.first - 1]) is not None and (
            without_conjunction(s.norms[hit.first - 2]) in _WAR_ON[s.norms[hit.first - 1]]
        ):
            # "مرتبطين بالحرب على أوكرانيا", "linked to the war in Ukraine": where the war is
            j = hit.last + 1
            continue
        if hit is not None:
            if role == "adversary":
                adversaries.append(hit)
                j = hit.last + 1
                continue
            if ar and hit.start > 0 and text[hit.start - 1] in "لب" and fam != "sanctions" and not (
                (hit.first == t + span or fam == "military" and _forces_before(tags_at, s.norms, t + span, hit.first))
                and text[hit.start - 2:hit.start] == "ال"
                and (hit.start < 3 or not text[hit.start - 3].isalpha())
            ):
                # clitic preposition glued to the name: للتحالف، لدمشق (not the article of the
                # demonym that ends the trigger, "انتشرت القوات الروسية", or of the forces' state,
                # "طائرات الدورية البحرية الألمانية"; a demonym further on in other events
                # qualifies another body, "انضم الاتحاد المصري إلى برنامج …", no state's act)
                role = "target"
            if (ar and fam == "sanctions" and not roles.actors and hit.first == hit.last and hit.first > 0
                    and "sanctions_noun" in tags_at[hit.first - 1] and s.norms[hit.first].endswith(("ي", "يه"))
                    and hit.entity.type in actor_ok):
                # "تم فرض عقوبات أمريكية": with no subject named, the adjective says who imposes
                roles.add("actor", hit.entity, hit)
            elif (not ar and nominal and role == "actor" and roles.actors and hit.last + 1 == noun_end
                  and hit.entity.type in target_ok):
                # "EU's new Russia sanctions", "Washington's fresh Iran sanctions": with the
                # authority named before, the state in the compound is whom they are on
                roles.add("target", hit.entity, hit)
            elif role == "actor" and hit.entity.type in actor_ok:
                roles.add("actor", hit.entity, hit)
            elif (not ar and faced and fam == "sanctions" and not roles.actors and hit.entity.type in actor_ok
                  and hit.last + 1 < len(s.norms) and "sanctions_noun" in tags_at[hit.last + 1]
                  and (targets or text[hit.start:hit.end] != hit.entity.name)):
                # "Iran was hit with new EU sanctions": with the one hit named before, the
                # sanctions' adjective says who imposes them; a demonym or a short name says it
                # even when the one hit is unknown ("Raimbek Matraimov was placed under American
                # sanctions"; not "placed under Iran sanctions", those on Iran)
                roles.add("actor", hit.entity, hit)
            elif (ar and fam == "sanctions" and role == "actor" and hit.first == t + span and not roles.actors
                  and hit.entity.type == "PERSON" and _sanctions_officer(hit.entity)):
                # "مدّد الرئيس الأميركي دونالد ترامب لعام إضافي …": the head of state right after the
                # verb, its subject, acts for the state
                roles.add("actor", _state_headed(hit.entity), hit)
            elif (not ar and fam == "sanctions" and role == "target" and s.norms[hit.last + 1:hit.last + 2] == ["s"]
                  and text[s.ends[hit.last]:s.ends[hit.last] + 1] in ("'", "’")
                  and (n := s.first("sanctions_noun", hit.last + 2, hit.last + 5)) >= 0
                  and any(target_tag in tags_at[k] and any(q.first in (k + 1, k + 2) for q in placed)
                          for k in range(n + 1, min(end, n + 3)))):
                # "Switzerland adopted the EU's latest sanctions on Belarus": whose sanctions they
                # are, not whom they are on (who acts, when no one else is named); but "eased
                # Iran's oil sanctions", with no "on" after, are those on Iran
                if not roles.actors and hit.entity.type in actor_ok:
                    roles.add("actor", hit.entity, hit)
            elif (not ar and fam == "sanctions" and role == "target"
                  and _demonym_owns_sanctions_en(s, text, hit, placed, target_tag, end)):
                # "announced the lifting of British sanctions on Zimbabwe": whose sanctions they
                # are, as with "Britain's sanctions on Zimbabwe" above (who acts, when no one
                # else is named); the state after "on" is whom they are on
                if not roles.actors and hit.entity.type in actor_ok:
                    roles.add("actor", hit.entity, hit)
            elif role == "target" and (hit.entity.type in target_ok or _accords(s, hit, fam, ar)):
                roles.add("target", hit.entity, hit)
            elif role == "between" and hit.entity.type in actor_ok | target_ok:
                roles.add("actor", hit.entity, hit)
            j = hit.last + 1
            continue
        if ar and fam == "agreement" and s.norms[j] in _ABOUT_AR:
            role = "none"  # "مذكرة تفاهم بشأن شمال سوريا": what the accord is about ("… بين X وY" names its parties again)
        elif fights and "adversary" in tags:
            role = "adversary"
        elif ar and "trade_object" in spec.needs and without_conjunction(s.norms[j]) == "مع" and j > t + span:
            role = "target"  # "علقت بريطانيا مفاوضات اتفاقية التجارة مع إسرائيل": whose trade is stopped
        elif target_tag in tags:
            role = "target"
            marker = j if marker is None else marker
            if (markers := lex.target_markers.get(fam)) is not None and markers.phrases:
                j += max(1, markers.match_at(s.forms, j)) - 1  # "with respect to": its "to" stops nothing
        elif "@actor" in tags and not (not ar and role == "target" and s.norms[j - 1] in _OWNED_BY_EN):
            role = "actor"
            j += max(1, lex.actor_markers.match_at(s.forms, j)) - 1  # "من قبل": its "قبل" stops nothing
        elif not ar and "@between" in tags and s.norms[j - 1] in _ROUTE_NOUNS_EN:
            role = "none"  # "a codeshare agreement on flights between Nigeria and Ghana": the route's ends
        elif ar and fam == "military" and "@between" in tags and _destination_between_ar(s, j):
            role = "target"  # "إرسال كتيبة إلى منطقة الحدود بين مالي والنيجر": where the forces go
        elif "@between" in tags and not (ar and s.norms[j] in _AMONG_AR):
            role = "between"
        elif ar and fam == "sanctions" and "relative" in tags and (
            "sanctions_noun" in tags_at[j - 1] or "imposed_measures" in tags_at[j - 1]
            # (the number may take two words: "الحزمة السابعة عشرة التي تستهدف روسيا")
            or j + 1 < end and "package_against" in tags_at[j + 1] and (
                "package_ordinal" in tags_at[j - 1] or "package_ordinal" in tags_at[j - 2])
            or j - 1 in s.where.get("imposed_suspension", ())
        ):
            # "العقوبات التي كانت مفروضة على إريتريا", "القيود التي فرضتها على هواوي", "الحزمة
            # الجديدة التي تستهدف إيران", "التعليق الذي فرضته على استفادة موريتانيا": the clause
            # says whom they are on
            pass
        elif (not ar and "location" in tags and (venue := by_first.get(j + 1)) is not None
              and (after_day := _past_day_en(s, venue.last + 1)) < len(s.tags)
              and ("@between" in s.tags[after_day] or "@actor" in s.tags[after_day] and fam == "agreement")
              and venue.entity.type in _SCENE_TYPES and _located(lex, s, text, venue, fam, ar, placed)):
            # "signed on Monday in Damascus between X and Y", "was signed in Asmara on Monday by
            # Somalia and Eritrea": the scene (and the day), then the parties
            j = after_day
            continue
        elif (warners is None and threat and "complementizer" in tags and s.norms[j] in _THAT_THREAT
              and (opener := _clause_subject(s, j, hi, by_first)) is not None and opener.entity.type in actor_ok):
            # "France warned that Washington would impose sanctions on Turkey", "حذرت فرنسا من أن
            # الاتحاد سيفرض…": who will impose them is named after "that", the warner only reports
            warners = roles.actors[:]
            roles.actors.clear()
            role = "actor"
        elif (not ar and threat and warners is None and roles.actors and not targets and s.norms[j] == "that"
              and s.norms[j + 1:j + 2] and s.norms[j + 1] in _WARNER_PRONOUNS_EN):
            # "France warned that it would impose sanctions on Kenya": the warner named before
            # itself threatens, and whom it threatens follows the clause's verb (a named subject
            # after "that" is the branch above; with no warner named, "it" is no one: "the
            # minister warned that it would take years to lift the sanctions on Iran")
            j += 2
            continue
        elif not ar and fam == "sanctions" and (k := _imposed_relative_en(s, j)) > 0:
            j = k  # "lifted the arms embargo which it had imposed on Liberia": its target follows
            continue
        elif not ar and s.norms[j] == "for" and (unit := next(
            (u for u in range(j + 1, min(end, j + 4)) if s.norms[u] in _UNITS), -1
        )) > 0:
            # "were renewed for another twelve months by EU foreign ministers": a span of time
            # stops no list, its "by" names who acts
            j = unit + 1
            continue
        elif ("@stop" in tags or "complementizer" in tags) and not _to_trigger(lex, s, j) and not (
            not ar and fam == "sanctions" and j <= t + span + 1 and s.norms[j] in ("in", "to")
            and s.first("sanctions_noun", j + 1, j + 4) >= 0
        ) and not (
            # "transactions incident to trade through Myanmar's ports", "entities linked to Iran's
            # drone programme": whom the dealings concern follows
            not ar and fam == "sanctions" and s.norms[j] == "to" and s.norms[j - 1] in _LINKED_TO_EN
        ) and not (
            # "suspended its ban on new American investment in Myanmar": the state the barred
            # investment goes to follows
            not ar and fam == "sanctions" and s.norms[j] == "in" and s.norms[j - 1] in INVESTMENT_EN
        ) and not (
            # "exempted the pipeline in Turkish waters from its sanctions on Iran": where the thing
            # exempted is, then what it is exempted from, whose target follows
            not ar and fam == "sanctions" and s.norms[j] == "in" and (f := last_index(s.norms, "from", j + 1, min(len(s.norms), j + 6))) > 0
            and s.first("sanctions_noun", f + 1, f + 4) >= 0
        ):
            # ("kept the exemption in its sanctions regime against ISIL", "a waiver to the
            # sanctions on Iran": the sanctions the trigger's noun belongs to, whose target follows)
            break
        elif ar and role == "actor" and spec.after == "actor" and "general_licence" in tags:
            role = "target"  # "أصدرت الخزانة ترخيصا عاما يسمح بالتعامل مع …": whom the licence covers
        elif ar and role == "actor" and spec.after == "actor" and _is_sanction_head(lex, s, j):
            role = "none"  # past the object noun: "فرضت X عقوبات" → what follows is not the subject
        j += 1

    if warners is not None and not roles.actors:
        roles.actors.extend(warners)  # the clause named no one after all
    if ar and fam in ("agreement", "relations") and roles.targets and roles.actors:
        # "وقع الرئيس أردوغان ونظيره الروسي فلاديمير بوتين … مذكرة تفاهم": the counterpart named
        # with the subject signs beside it
        for e in list(roles.targets):
            q = roles.via.get(id(e))
            if q is not None and any(s.norms[k] in COUNTERPART_WORDS for k in range(max(t, q.first - 3), q.first)):
                roles.targets.remove(e)
                roles.actors.append(e)

    # --- "with X" anywhere later in the clause names the counterpart of a pact -------------
    if fam in ("agreement", "relations") and target_markers is not None:
        with_end = _with_reach_end(s, text, t + span, hi, ar)
        if ar and fam == "relations":
            with_end = _ties_cut_end_ar(s, t + span, with_end)
        for p in placed:
            if t + span <= p.first < with_end and p.first > 0 and target_tag in s.tags[p.first - 1]:
                if p.entity.type in target_ok and all(p is not a for a in adversaries) and id(p) not in hidden:
                    roles.add("target", p.entity, p)

    if ar and spec.after == "target" and not roles.actors and roles.targets and _government_subject(
        s, t + span, roles.via.get(id(roles.targets[0]))
    ):
        # "دمجت الحكومة السورية قسد في الجيش": the state whose government the verb's subject is
        roles.actors.append(roles.targets.pop(0))
    elif ar and spec.after == "target" and not roles.actors and len(roles.targets) > 1:
        first = roles.via.get(id(roles.targets[0]))
        if first is not None and first.first == t + span and first.entity.type in actor_ok:
            # VSO "أدرجت وزارة الخزانة ثلاثة من ممولي حزب الله على قائمة": the name right
            # after the verb is its subject when an object follows
            roles.actors.append(roles.targets.pop(0))
            # and so are the names joined to it by و ("أدرجت السعودية والإمارات والبحرين 59 فردا")
            prev = first
            while roles.targets:
                nxt = roles.via.get(id(roles.targets[0]))
                if (nxt is None or nxt.first != prev.last + 1 or nxt.entity.type not in actor_ok
                        or not _joined_by_wa(text, s, nxt)):
                    break
                roles.actors.append(roles.targets.pop(0))
                prev = nxt
    elif ar and spec.after == "target" and not roles.actors and len(roles.targets) == 1:
        first = roles.via.get(id(roles.targets[0]))
        if (first is not None and first.first == t + span and first.entity.type in actor_ok
                and ((first.entity.name_ar or "").startswith(_AUTHORITY_AR)
                     or fam == "sanctions" and first.entity.type == "GPE" and not demonym_word_ar(s, first)
                     and finite_verb_ar(s.norms[t]) and _counted_after(s, first.last + 1))):
            # "وأدرجت وزارة الخزانة الأمريكية أكثر من 700 فرد وكيان على قائمة العقوبات": a ministry
            # or an office right after the verb lists; the object named no one the KB knows (so
            # does a state before a counted object: "أدرجت بريطانيا خمسة أفراد على قائمة العقوبات")
            roles.actors.append(roles.targets.pop(0))

    if ar and spec.after == "target" and not roles.actors and roles.targets:
        _body_of_subject_ar(s, t + span, roles)

    if announcers and len(roles.actors) > len(announcers) and any(
        all(e is not a for a in announcers) and ((q := roles.via.get(id(e))) is None or not named_as_witness(text, q, ar))
        for e in roles.actors
    ):
        # "أعلنت وزارة الخارجية انضمام سوريا": the masdar names its own subject; whoever
        # announced it is the source, not a party (not a go-between after it: "أعلنت السعودية
        # وإيران استئناف العلاقات … بوساطة صينية")
        roles.actors = [e for e in roles.actors if all(e is not a for a in announcers)]

    if fam == "sanctions" and not ar and not roles.targets and marker is not None:
        named = unknown_name_after(text, s.ends[marker], placed)
        if named is not None:
            roles.add("target", named)
    if fam == "sanctions" and not ar and "entry_ban_person" in spec.needs and not any(
        e.type == "PERSON" for e in roles.targets
    ):
        named = unknown_name_after(text, s.ends[t + span - 1], placed, person_only=True)  # "barred Sali Berisha"
        if named is not None:
            roles.targets.clear()  # (not the state of his title: "…, Albania's former president, from entering")
            roles.add("target", named)
    if fam == "sanctions" and not ar and not roles.targets and "entity_after" in spec.needs:
        named = unknown_name_after(text, s.ends[t + span - 1], placed, person_only=True)  # "sanctioned Viktor Lobanov"
        if named is not None:
            roles.add("target", named)

    if fam == "alliance" and not roles.targets and adversaries:
        joined = _fought_coalition(s, text, t + span, adversaries[0])
        if joined is not None:
            roles.add("target", joined)
        else:
            roles.fought_only = True  # "joined the fight against ISIS": no body was joined

    if fam == "alliance" and len(roles.actors) > 1:
        _drop_welcomers(s, roles, max(lo, t - _BEFORE_SPAN), t, ar)
    elif fam == "relations" and roles.actors:
        # "رحبت وزارة الخارجية التركية بإعادة فتح السفارة": who welcomes ties restored does not
        # restore them, even when no one else is named
        _drop_welcomers(s, roles, max(lo, t - _BEFORE_SPAN), t, ar, all_of_them=True)
    elif fam == "military" and roles.actors:
        # "وانتقدت إيران افتتاح القاعدة", "رحبت بغداد بنشر القوات": who decries or greets a
        # deployment does not deploy
        _drop_welcomers(s, roles, max(lo, t - _BEFORE_SPAN), t, ar, all_of_them=True,
                        verbs=_WELCOME | _DECRY, as_body=False)

    if not ar and fam == "sanctions" and not passive:
        _order_signer(s, placed, t, lo, roles, target_ok)
    if not ar and fam == "relations" and not passive:
        _participle_shares_subject_en(s, text, placed, t, roles, target_ok)
    if not ar and roles.actors and ("'" in sentence_text or "\u2019" in sentence_text):
        _possessors(text, placed, roles)
    if fam == "sanctions" and any(e.type == "PERSON" for e in roles.targets):
        # "sanctions on Putin's daughters", "رفعت اسم مستشار أوربان": the kin or the aide is
        # sanctioned, not the leader named for who they are
        roles.targets[:] = [e for e in roles.targets if e.type != "PERSON" or (q := roles.via.get(id(e))) is None
                            or not _principal_of_another(text, s, q, ar)]
    movements = sum(e.type == "ORG" and e.linked for e in roles.actors + roles.targets)
    if fam == "agreement" and (movements > 1 or not ar and movements == 1 and any(
        e.type == "PERSON" and _head_of_state(e) for e in roles.actors + roles.targets
    )):
        # (or, in English, a head of state and one movement: "President Gustavo Petro signed a
        # ceasefire with the ELN")
        clause_text = text[s.starts[lo]:s.ends[min(hi, len(s.ends)) - 1]]
        roles.peace = (_PEACE_AR if ar else _PEACE_EN).search(clause_text) is not None

    if ar and fam == "agreement" and roles.actors and all(_company_named_ar(s, roles.via.get(id(e))) for e in roles.actors):
        # "وقع مجمع سوناطراك مع شركة إيني الإيطالية اتفاقات جديدة لرفع إمدادات الغاز": a company's
        # deal is business, whoever its partner and wherever the gas goes
        roles.actors.clear()
        roles.targets.clear()
    if ar and fam == "agreement" and roles.actors and all(e.type == "PERSON" for e in roles.actors) and (
        _sanctions_officer(roles.actors[0]) and not _head_of_state(roles.actors[0])
        and not any(e.type == "GPE" for e in roles.targets)
    ):
        # "وقع وزير الخارجية سامح شكري مذكرة التفاهم": a foreign or finance minister who signs
        # with no state named signs for his state, as he does when he imposes sanctions (a head
        # of state or government alone keeps his name: "ووقع الرئيس سلفا كير والمعارضة المسلحة")
        roles.add("actor", _state_headed(roles.actors[0]))
    if ar and spec.type == "sanctions.threatened" and without_conjunction(s.norms[t]).lstrip("س").startswith(_EXPOSE_AR):
        _exposed(s, t, lo, placed, roles, actor_ok, target_ok)
    if ar and spec.type == "sanctions.threatened" and without_conjunction(s.norms[t]).startswith(_THREAT_VERBS_AR):
        _threatened_object_ar(s, t, roles, target_ok)
    if spec.type == "sanctions.suspended" and roles.actors and (r := _receiving_verb(s, t, ar)) >= 0:
        _received(s, placed, roles, r, t, hi, ar)
    if ar and spec.type == "sanctions.suspended" and len(roles.actors) > 1 and (
        without_conjunction(s.norms[t]) in _EXEMPT_WORDS_AR
    ):
        _exempted_object(text, s, t, span, roles)
    if ar and spec.type == "sanctions.suspended" and (g := _grant_before(s, t, lo)) >= 0:
        _granted(s, roles, placed, g, t, lo, actor_ok, target_ok, hidden)
    if ar and "from_measure" in spec.needs and (m := s.first("from_measure", t + span, hi)) >= 0:
        # "تستثني وزير خارجية طالبان من حظر السفر لزيارة الهند": past the measure, where the
        # exemption lets one go, not whom it is for
        roles.targets[:] = [e for e in roles.targets if (q := roles.via.get(id(e))) is None or q.first < m]
        if on_whom := _measures_on_ar(s, m - 1, placed, target_ok):
            # "تعفي المجر من عقوباتها على النفط والغاز الروسيين": measures on another are that
            # other's; the state exempted from them is no target (a person exempted from a travel
            # ban is: "تستثني وزير خارجية طالبان من حظر السفر")
            roles.targets[:] = list({id(p.entity): p.entity for p in on_whom}.values())
            for p in on_whom:
                roles.via[id(p.entity)] = p
            if any((q := roles.via.get(id(e))) is not None and q.first < t for e in roles.actors):
                # ("واشنطن تعفي المجر": with the subject before the verb, the one after it is exempted)
                roles.actors[:] = [e for e in roles.actors if (q := roles.via.get(id(e))) is None or q.first < t]

    if ar and not roles.actors and complementizer > lo and t == complementizer + 1 and without_conjunction(
        s.norms[complementizer]
    ) in ("ان", "بان") and _imperfect_ar(s.norms[t]):
        # "قرر الاتحاد الأوروبي أن يفرض عقوبات على روسيا": a verb right after "أن" (to do) has
        # the subject of the verb before it, when it names none of its own
        # (the subject just before "أن", or before "على أن"; not a name further back: "زيارة
        # للرئيس أردوغان …، ومن المنتظر أن يوقع خلالها البلدان")
        end = complementizer - 1 - (s.norms[complementizer - 1] == "علي")
        verb_subject: Placed | None = next(
            (p for p in placed if p.last == end and p.entity.type in actor_ok and id(p) not in hidden
             and not _located(lex, s, text, p, fam, ar, placed)), None)
        if s.first("anaphor", t + span, t + span + 4) >= 0:
            verb_subject = None  # the verb's own subject after it ("أن يوقع خلالها البلدان")
        if verb_subject is not None and not any(verb_subject.entity is e for e in roles.targets):
            roles.add("actor", verb_subject.entity, verb_subject)
    if ar and not roles.actors and t + span < min(hi, len(s.norms)) and (
        stem := _BODY_STEMS_AR.get(without_conjunction(s.norms[t + span]))
    ):
        # "على أن يوسع الاتحاد نظام العقوبات" after "منسق السياسة الخارجية في الاتحاد الأوروبي":
        # the body named by its common noun right after the verb is the one named before it
        named_before: Placed | None = next(
            (p for p in reversed(placed) if max(0, t - 40) <= p.first and p.last < t
             and p.entity.type == "ORG" and stem in text[s.starts[p.first]:s.ends[p.last]]), None)
        if named_before is not None:
            roles.add("actor", named_before.entity, named_before)

    if fights and roles.actors:
        # "The umbrella of armed groups, raised in 2014 to fight the Islamic State group, was
        # brought into the armed forces": whom the subject fights before the verb does not act
        roles.actors[:] = [e for e in roles.actors if (q := roles.via.get(id(e))) is None or q.first > t
                           or s.first("adversary", max(0, q.first - 3), q.first) < 0]

    if ar and roles.actors:
        # "عقوبات جديدة مرتبطة بالأزمة الأوكرانية، قررت بموجبها تجميد …": the state named by the
        # adjective of a crisis or a war is what the act is about, never who acts
        roles.actors[:] = [e for e in roles.actors if (q := roles.via.get(id(e))) is None or not _topic_demonym_ar(s, q)]

    # --- instrument: the nearest LAW in the sentence -------------------------------------
    laws = [p for p in placed if p.entity.type == "LAW"]
    if laws:
        roles.instrument = min(laws, key=lambda p: abs(p.first - t)).entity
    return roles


_GRANT_AR: Final = frozenset({"منح", "ومنح", "منحت", "ومنحت", "يمنح", "تمنح", "ويمنح", "وتمنح", "لمنح"})


_ABOUT_AR: Final = frozenset({"بشان", "وبشان", "حول"})
_EXPOSE_AR: Final = ("يعرض", "تعرض")
_EXPOSE_PRONOUNS_AR: Final = ("ها", "ه", "هم", "هما")
_WARN_STEMS_AR: Final = ("حذر", "يحذر", "تحذر", "محذر")


def _exposed(s: Sentence, t: int, lo: int, placed: list[Placed], roles: Roles, actor_ok: set[str],
             target_ok: set[str]) -> None:
    """(Arabic) "حذرت واشنطن القاهرة من أن شراء المقاتلات الروسية سيعرضها لعقوبات": whoever warns
    threatens; the one warned (or, with no one warned, the state that acts in the clause) is
    exposed. The names in the clause of what would expose it (the seller's adjective) take no
    part."""
    that = s.last("complementizer", max(lo, t - 16), t)
    warn = -1 if that < 0 else next((k for k in range(that - 1, max(lo, that - 12) - 1, -1)
                                     if "threat" in s.tags[k] or without_conjunction(s.norms[k]).startswith(_WARN_STEMS_AR)), -1)
    if warn < 0:
        # no one warns: observers' view of what may expose someone ("ما قد يعرض مؤسسات عراقية
        # لعقوبات ثانوية") threatens nothing
        roles.actors.clear()
        roles.targets.clear()
        return
    after_warn = [p for p in placed if warn < p.first < that and p.entity.type in actor_ok | target_ok]
    in_clause = [p for p in placed if that < p.first < t]
    states = [p for p in in_clause if p.entity.type == "GPE" and not s.norms[p.first].endswith(("يه", "ي", "يين", "يون"))]
    # (the warner named after the verb, or the sender of the letter it is in: "بعث وزير الخارجية
    # الأمريكي رسالة إلى نظيره الهندي يحذر فيها")
    warner = after_warn[0] if after_warn else next(
        (p for p in placed if lo <= p.first and p.last < warn and p.entity.type in actor_ok), None)
    warned = after_warn[1] if len(after_warn) > 1 else None
    exposed: list[EntityResult]
    if s.norms[t].endswith(_EXPOSE_PRONOUNS_AR):
        who = warned or (states[0] if states else None)
        exposed = [who.entity] if who is not None else []
    else:
        exposed = [e for e in roles.targets if (q := roles.via.get(id(e))) is not None and q.first > t]
    roles.targets[:] = exposed
    if warner is not None and warner.entity.type in actor_ok:
        roles.actors[:] = [warner.entity]
    elif warner is None:
        roles.actors[:] = [e for e in roles.actors if (q := roles.via.get(id(e))) is None or q.first < warn]


_DAY_WORDS_AR: Final = frozenset({"امس", "أمس", "اليوم", "الاحد", "الأحد", "الاثنين", "الثلاثاء", "الاربعاء",
                           "الأربعاء", "الخميس", "الجمعة", "السبت"})
_THREAT_VERBS_AR: Final = ("هدد", "يهدد", "تهدد", "توعد", "يتوعد", "تتوعد")


def _threatened_object_ar(s: Sentence, t: int, roles: Roles, target_ok: set[str]) -> None:
    """(Arabic) "هددت الولايات المتحدة باكستان بفرض عقوبات": the verb of threat takes its subject
    and then, right after it with no "و" between, its object, the one threatened, before the "ب" of
    what is threatened; that object is the target, not a second actor ("هددت الولايات المتحدة
    وبريطانيا بفرض عقوبات" keeps both actors)."""
    after = sorted(((q, e) for e in roles.actors if (q := roles.via.get(id(e))) is not None and q.first > t),
                   key=lambda pair: pair[0].first)
    if len(after) < 2:
        return
    (subject, _), (obj, entity) = after[0], after[1]
    k = obj.last + 1
    while k < len(s.norms) and k <= obj.last + 2 and s.norms[k] in _DAY_WORDS_AR:
        k += 1  # "هددت الولايات المتحدة تركيا أمس الأحد بفرض …"
    if (obj.first != subject.last + 1 or s.norms[obj.first].startswith("و") or entity.type not in target_ok
            or k >= len(s.norms) or not s.norms[k].startswith("ب")):
        return
    roles.actors[:] = [e for e in roles.actors if e is not entity]
    if entity not in roles.targets:
        roles.targets.append(entity)


_MEASURES_AR: Final = frozenset({"العقوبات", "عقوبات", "عقوباتها", "عقوباته", "الحظر", "حظر", "التدابير", "الاجراءات"})


def _measures_on_ar(s: Sentence, t: int, placed: list[Placed], target_ok: set[str]) -> list[Placed]:
    """(Arabic) Whom the measures an exemption at ``t`` is from are on: "إعفاء من العقوبات المفروضة
    على إيران", named by a demonym after what they are on ("من العقوبات على النفط الروسي") or past
    the relative clause of who imposed them ("من العقوبات التي فرضتها … على شركتي")."""
    on = next((k for k in range(t + 2, min(len(s.norms), t + 14)) if s.norms[k] == "علي" and any(
        s.norms[j].startswith(("المفروضه", "المفروضة")) or s.norms[j] in _MEASURES_AR for j in range(max(t + 1, k - 6), k)
    )), -1)
    return [p for p in placed if on >= 0 and on < p.first <= on + 3 and p.entity.type in target_ok]


_DESTINATION_REACH_AR: Final = 5  # "إلى منطقة الحدود الثلاثية بين": the place's words before "بين"


def _destination_between_ar(s: Sentence, j: int) -> bool:
    """(Arabic) Whether the "بين" at ``j`` closes a place forces are sent to ("إلى منطقة الحدود
    الثلاثية بين مالي والنيجر"): the states it names are where they go, not parties."""
    return any(s.norms[k] in _TO_AR for k in range(max(0, j - _DESTINATION_REACH_AR), j))


_BELONGING_TO_AR: Final = frozenset({"التابعه", "التابع", "التابعين"})
_SUBJECT_REACH_AR: Final = 8  # words of a VSO subject's description before its parent body
# the subordinate bodies a verb's subject may be ("لجنة العقوبات", "مكتب مراقبة الأصول"), not a
# listed company ("أُدرجت شركة الشحن التابعة للحرس الثوري": a passive, its owner no actor)
_SUBORDINATE_BODY_AR: Final = frozenset({"لجنه", "مكتب", "هيئه", "وحده", "اداره", "فريق", "دائره"})


def _body_of_subject_ar(s: Sentence, after: int, roles: Roles) -> None:
    """(Arabic) VSO "أدرجت لجنة العقوبات الخاصة بمالي، التابعة لمجلس الأمن، ثلاثة قياديين …":
    the body the verb's subject belongs to ("التابعة ل" X, before any object marker) acts through
    it, as "the Council's committee" is the Council acting; it is no target."""
    if after >= len(s.norms) or s.norms[after] not in _SUBORDINATE_BODY_AR:
        return
    for e in list(roles.targets):
        p = roles.via.get(id(e))
        if p is None or not after < p.first <= after + _SUBJECT_REACH_AR:
            continue
        if s.norms[p.first - 1] not in _BELONGING_TO_AR:
            continue
        if any(tag.startswith("@target") for k in range(after, p.first) for tag in s.tags[k]):
            continue  # "فرضت عقوبات على شركات التابعة لـ…": the object's owner, after "على"
        roles.targets.remove(e)
        roles.actors.append(e)
        return


def _counted_after(s: Sentence, k: int) -> bool:
    """(Arabic) Whether a count opens the phrase at token ``k``: "خمسة أفراد", "12 كيانا", "عدة
    شركات" (an object, after the subject)."""
    w = s.norms[k] if k < len(s.norms) else ""
    return w.isdigit() or w in _COUNTS_AR or w in ("اكثر", "نحو", "قرابه")


# "witnessed by Chinese Premier Li Qiang", "hosted by Malaysia", "in the presence of the Emir":
# who watches or hosts a signing is no party to it
_WITNESS_EN: Final = re.compile(
    r"\b(?:witnessed|hosted|attended|overseen|presided\s+over|observed|brokered|mediated|sponsored)\s+by\b"
    r"|\bin\s+the\s+presence\s+of\b|\bunder\s+the\s+auspices\s+of\b",
    re.I,
)
# (Arabic) who sponsored, mediated or attended: "برعاية قطرية", "بوساطة مصرية", "بحضور أمير قطر"
_WITNESS_AR: Final = re.compile(r"(?:برعاية|وبرعاية|بوساطة|وبوساطة|تحت\s+رعاية|بحضور|وبحضور|في\s+حضور)\s")
# what may stand between the Arabic cue and the witness: a few words, no punctuation
_WITNESS_GAP_AR: Final = re.compile(r"(?:[^\s،,.:؛]+\s+){0,4}")
# what may stand between the cue and the witness: titles, names, "and (by)", commas, and a title's
# time ("mediated by the former Togolese prime minister")
_WITNESS_GAP: Final = re.compile(r"(?:[\s,]+|\b(?:and|by|the|[A-Z][\w.'\u2019-]*|of|al|bin|prime|minister|president"
                          r"|premier|king|emir|crown|prince|leader|secretary|general|foreign|his|her|counterpart"
                          r"|former|outgoing)\b)*")



def named_as_witness(text: str, via: Placed, ar: bool) -> bool:
    """Whether the mention ``via`` names who witnessed, hosted, sponsored or mediated an act
    ("signed … in the presence of", "برعاية قطرية", "بوساطة صينية"), not a party to it."""
    cue, gap = (_WITNESS_AR, _WITNESS_GAP_AR) if ar else (_WITNESS_EN, _WITNESS_GAP)
    cues = list(cue.finditer(text, max(0, via.start - 120), via.start))
    return bool(cues) and gap.fullmatch(text, cues[-1].end(), via.start) is not None


def _grant_before(s: Sentence, t: int, lo: int) -> int:
    """(Arabic) The token of a verb of granting ("منح") shortly before the waiver at ``t``, or -1."""
    return next((j for j in range(t - 1, max(lo, t - 12) - 1, -1) if s.norms[j] in _GRANT_AR), -1)


_RECEIVED_EN: Final = frozenset({"won", "wins", "secured", "secures", "obtained", "obtains", "received", "receives",
                          "got", "gets"})
# (and a passive of giving: "was granted a waiver"; not "Britain granted an exemption")
_GIVEN_EN: Final = frozenset({"granted", "given", "awarded"})
_PASSIVE_BE_EN: Final = frozenset({"was", "were", "been", "is", "are"})
_RECEIVED_AR: Final = frozenset(normalize_word(w) for w in ("حصلت", "حصل", "تحصل", "يحصل", "نالت", "نال", "تلقت", "تلقى"))


def _receiving_verb(s: Sentence, t: int, ar: bool) -> int:
    """The token of a verb of receiving right before an exemption ("Hungary won an exemption",
    "was granted a waiver", «حصلت المجر على إعفاء»), else -1: its subject is the one exempted,
    not who exempts."""
    if ar:
        return t - 2 if t > 1 and s.norms[t - 1] in ("علي", "على") and without_conjunction(s.norms[t - 2]) in _RECEIVED_AR else (
            t - 3 if t > 2 and s.norms[t - 1] in ("علي", "على") and without_conjunction(s.norms[t - 3]) in _RECEIVED_AR else -1)
    return next((k for k in range(t - 1, max(0, t - 6), -1) if s.norms[k] in _RECEIVED_EN
                 or s.norms[k] in _GIVEN_EN and s.norms[k - 1] in _PASSIVE_BE_EN), -1)


def _received(s: Sentence, placed: list[Placed], roles: Roles, r: int, t: int, hi: int, ar: bool) -> None:
    """The exemption received at ``r`` (see ``_receiving_verb``): who received it leaves the
    actors (a target only when the measures' own target is not named); who exempts is the
    authority of the sanctions named with the noun ("from US sanctions", «من العقوبات الأمريكية»)."""
    exempted = [e for e in roles.actors if (q := roles.via.get(id(e))) is not None and (q.first < r or ar and q.first < t)]
    if not exempted:
        return
    roles.actors[:] = [e for e in roles.actors if all(e is not x for x in exempted)]
    authority = next((p for p in placed if t < p.first < hi and (
        p.first > 0 and "sanctions_noun" in s.tags[p.first - 1] if ar
        else p.last + 1 < len(s.tags) and "sanctions_noun" in s.tags[p.last + 1])), None)
    if authority is not None and all(authority.entity is not x for x in roles.actors):
        roles.targets[:] = [e for e in roles.targets if e is not authority.entity]
        roles.actors.append(authority.entity)
        roles.via[id(authority.entity)] = authority
    if not roles.targets:
        roles.targets[:] = exempted


# (Arabic) the verb and the masdar of exempting, whose object is the one exempted
_EXEMPT_WORDS_AR: Final = frozenset(normalize_word(w) for w in ("أعفى", "أعفت", "يعفي", "تعفي", "إعفاء", "بإعفاء"))


def _exempted_object(text: str, s: Sentence, t: int, span: int, roles: Roles) -> None:
    """(Arabic) "أعفت الولايات المتحدة المجر من العقوبات", "قررت واشنطن إعفاء المجر": the name
    that is the exempting verb's object (right after its subject, not joined to it by و) or the
    masdar's (right after it) is the one exempted: no actor, and no target either (whom the
    measures are on is)."""
    for k, e in enumerate(roles.actors):
        q = roles.via.get(id(e))
        if q is None or q.first < t + span:
            continue
        prev = roles.via.get(id(roles.actors[k - 1])) if k > 0 else None
        masdar_object = q.first == t + span and s.norms[t].endswith("اء")
        # (or further on, past a day or the object's head noun: "أعفت الإدارة الأمريكية، أمس
        # الأربعاء، الشركة المشغلة … ورئيسها التنفيذي الألماني ماتياس فارنيغ من العقوبات", "أعفت
        # وزارة الخزانة شركة لوك أويل": after the subject that follows the verb, a name not
        # joined to it by و is in the object)
        verb_object = prev is not None and prev.first >= t + span and not _joined_by_wa(text, s, q) and (
            q.first == prev.last + 1 or k == 1 and prev.first <= t + span + 1)
        if masdar_object or verb_object:
            del roles.actors[k:]
            return


def _granted(s: Sentence, roles: Roles, placed: list[Placed], g: int, t: int, lo: int, actor_ok: set[str],
             target_ok: set[str], hidden: set[int]) -> None:
    """(Arabic) "وافقت لجنة العقوبات … على منح وزير الخارجية … أمير خان متقي استثناء من حظر السفر":
    whom an exemption is granted to (the name right before it) is its target, who grants it (the
    subject before the verb, or right after it: "منحت واشنطن بغداد إعفاء") acts; a place after
    it is where the exemption lets one go."""
    objs = [p for p in placed if g < p.first and p.last < t and p.entity.type in target_ok and id(p) not in hidden]
    if not objs:
        return
    subject = [p for p in placed if lo <= p.first and p.last < g and p.entity.type in actor_ok and id(p) not in hidden]
    officer_state: EntityResult | None = None
    if not subject and objs[0].entity.type == "PERSON" and (g == 0 or s.norms[g - 1] not in _PREPOSITIONS_AR) and (
        _titled_right_after(s, g, objs[0].first)
    ) and _sanctions_officer(objs[0].entity):
        # "منح وزير الخارجية الأميركي أنتوني بلينكن العراق إعفاء": the officer named with his title
        # right after the verb grants for his state; he is not the one granted
        officer = objs.pop(0)
        # (the title and the name are two mentions of the officer; his state's adjective in his
        # title, "الأميركي", is none of the parties either)
        objs = [p for p in objs if p.entity is not officer.entity and not officer.first <= p.first <= officer.last]
        officer_state = _state_headed(officer.entity)
        roles.targets[:] = [e for e in roles.targets if e is not officer.entity]
        roles.via[id(officer_state)] = officer
        if not objs:
            roles.actors[:] = [officer_state]
            return
    told_after, grantee = _grantee_after_ar(s, t, placed)
    if not subject and (len(objs) > 1 or told_after) and objs[0].first <= g + 3 and objs[0].entity.type in actor_ok and (
        g == 0 or s.norms[g - 1] not in _PREPOSITIONS_AR
    ):
        # VSO: "منحت الولايات المتحدة العراق إعفاء"; and "منحت كندا إعفاء من العقوبات لشركة
        # روسية": with the one granted told after the waiver with «لـ», the name before it is
        # the subject
        subject = [objs.pop(0)]
    if told_after and not objs:
        objs = [grantee] if grantee is not None else []
        if not objs:
            roles.targets[:] = [p.entity for p in _measures_on_ar(s, t, placed, target_ok)]
            roles.actors[:] = [p.entity for p in subject]
            roles.via.update((id(p.entity), p) for p in subject)
            return
    # (the names of the one granted, close together: "وزير الخارجية في حكومة طالبان أمير خان متقي")
    k = len(objs) - 1
    while k > 0 and objs[k].first - objs[k - 1].last <= 2:
        k -= 1
    granted = objs[k:]
    subject = subject[-1:] or [p for p in objs[:k] if p.entity.type in actor_ok][:1]
    # ("منحت الولايات المتحدة العراق إعفاء من العقوبات المفروضة على إيران": the measures are on
    # Iran, whom they target; the one exempted from them is a party too)
    on_whom = _measures_on_ar(s, t, placed, target_ok)
    # (the one exempted from measures on another is no target of them: "India" in "منحت … الهند
    # إعفاء من العقوبات المفروضة على إيران")
    roles.targets[:] = list({id(p.entity): p.entity for p in (on_whom or granted)}.values())
    roles.actors[:] = [officer_state] if officer_state is not None else [p.entity for p in subject] or [
        e for e in roles.actors if all(e is not p.entity for p in granted)]
    for p in on_whom + granted + subject:
        roles.via[id(p.entity)] = p


# (normalised) a firm, a government or an officer a waiver is granted to, told after it with «لـ»
_GRANTEE_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "لشركة", "للشركة", "لشركات", "للشركات", "لمصرف", "للمصرف", "لمصارف", "لبنك", "للبنك", "لحكومة", "للحكومة",
    "لوزير", "للوزير", "لرئيس", "للرئيس"))
_GRANTEE_WINDOW: Final = 8  # tokens after the waiver where «لـ» may tell whom it is granted to
# (normalised) the offices among them, whose state, told by its adjective or name after the title,
# is the one granted when no person is named; a firm's nationality names none
_GRANTEE_OFFICES_AR: Final = frozenset(normalize_word(w) for w in (
    "لحكومة", "للحكومة", "لوزير", "للوزير", "لرئيس", "للرئيس"))
_AR_TITLE_STATE_REACH: Final = 3  # "لرئيس الوزراء السوري", "لوزير الخارجية الليبي": title, then state


def _grantee_after_ar(s: Sentence, t: int, placed: list[Placed]) -> tuple[bool, Placed | None]:
    """(Arabic) Whom the waiver at ``t`` is granted to, told after it with «لـ» ("إعفاء من العقوبات
    لشركة روسية", "… للعراق", "… لشركة غازبروم"): whether one is told, and its mention when a
    name is (a firm's nationality names none)."""
    for k in range(t + 1, min(len(s.norms), t + _GRANTEE_WINDOW)):
        if s.clause[k] != s.clause[t]:
            break
        if s.norms[k] in _GRANTEE_NOUNS_AR:
            # (its name, not its nationality: "لشركة غازبروم", not "لشركة روسية")
            named = next((p for p in placed if k <= p.first <= k + 1 and p.entity.type != "GPE"), None)
            if named is None and s.norms[k] in _GRANTEE_OFFICES_AR:
                # "لوزير الخارجية الليبي", "لحكومة العراق": an office unnamed is its state's
                named = next((p for p in placed if k < p.first <= k + _AR_TITLE_STATE_REACH
                              and p.entity.type == "GPE"), None)
            return True, named
        named = next((p for p in placed if p.first == k and p.start > s.starts[k]), None)
        if named is not None and s.norms[k].startswith("ل"):
            return True, named
    return False, None


_TITLE_STARTS_AR: Final = ("وزير", "رئيس", "نائب", "المتحدث")


def _titled_right_after(s: Sentence, g: int, first: int) -> bool:
    """(Arabic) Whether the words from the verb at ``g`` to the name at ``first`` are its title
    and nothing else ("منح وزير الخارجية الأميركي أنتوني بلينكن", "منح الوزير بلينكن"): a title
    word first, no preposition, at most five words."""
    between = s.norms[g + 1:first] or s.norms[g + 1:g + 2]  # (or the title the name's mention opens with)
    if not between:
        return False
    # (not ``without_conjunction``: "وزير" opens with the و of its root)
    head = between[0].removeprefix("و").removeprefix("ال")
    titled = between[0].removeprefix("ال").startswith(_TITLE_STARTS_AR) or head.startswith(_TITLE_STARTS_AR)
    return len(between) <= 5 and titled and _PREPOSITIONS_AR.isdisjoint(between)


ENTERING_EN: Final = frozenset({"entering", "visiting"})  # the entry cues of two words ("from entering")
_PLACE_TYPES: Final = frozenset({"GPE", "LOC", "FAC"})  # what ``_located`` may find to be the scene
_SCENE_TYPES: Final = _PLACE_TYPES | {"ORG"}  # and, in English, a body's seat: "at the White House"
_TARGET_TAGS: Final = {fam: f"@target:{fam}" for fam in TARGET_TYPES}
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their"})
_PHRASE_EDGE: Final = frozenset({"@target:alliance", "alliance_noun", "formal", "adversary"})


def _fought_coalition(s: Sentence, text: str, first: int, adversary: Placed) -> EntityResult | None:
    """An unlinked coalition for "joined the global coalition against ISIS" when the KB does
    not know that coalition: the words from the object noun to the name of whom it fights."""
    # the noun comes before ("coalition against ISIS") or after ("anti-ISIS coalition")
    nouns = [j for j in range(first, min(len(s.norms), adversary.last + 3)) if "alliance_noun" in s.tags[j]]
    if not nouns:
        return None  # "joined the fight against ISIS": nothing was joined
    k = min(nouns[0], adversary.first)
    while k - 1 >= max(first, nouns[0] - 3) and s.norms[k - 1] not in _DETERMINERS and not (
        s.tags[k - 1] & _PHRASE_EDGE
    ):
        k -= 1  # the adjectives of an English noun: "global", "US-led"
    start, end = s.starts[k], max(adversary.end, s.ends[nouns[0]])
    name = " ".join(text[start:end].split())
    return EntityResult(id=None, name=name, type="ORG", linked=False, mentions=[Mention(start, end, text[start:end])])


# "sanctions on Khattab", "sanctions against Rosneft and Gazprom Neft": a capitalised name the
# knowledge base does not know (or did not dare to link) is still who the sanctions are on.
_NAME_EN: Final = re.compile(
    r"\s+(?P<name>(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z]+)?"
    r"(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z]+)?){0,2})\b(?!['\u2019]s)"
)
_NOT_NAMES: Final = frozenset(
    "the a an its his her their this that these those monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec new more some all".split()
)


_HONORIFICS_EN: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir"})
_COMPANY_WORDS_EN: Final = frozenset({"ltd", "limited", "inc", "corp", "corporation", "company", "group", "holdings", "bank",
                               "este", "oeste", "sa", "llc", "plc", "gmbh", "ag", "co"})
# the last word of a place's name: "Broad Street", "Victoria Park", "Harbour Bridge"
_PLACE_NOUNS_EN: Final = frozenset(
    "street st road rd avenue ave lane boulevard square drive highway motorway bridge park quay "
    "harbour harbor pier beach bay river lake canal market centre center mall hall stadium airport "
    "station terminal school college hospital district estate ward way place terrace crescent "
    "close row gardens parade".split()
)


_ON_EN: Final = frozenset({"on", "against", "targeting"})


def _company_named_for_state_en(s: Sentence, text: str, p: Placed) -> bool:
    """(English) Whether the state at ``p`` ends a company's name ("the Water Supply Corporation
    of Zambia", "the Ports Company of Ghana"): the company, which the knowledge base may lack, is
    no state, and the state named in it no party."""
    k = p.first - 2
    return (p.entity.type == "GPE" and k >= 0 and s.norms[k + 1] == "of"
            and s.norms[k] in ("corporation", "company") and text[s.starts[k]].isupper())


def _college_named_for_city_en(s: Sentence, text: str, p: Placed) -> bool:
    """(English) Whether the place at ``p`` ends a college's name ("Trinity College Dublin",
    "King's College London", "University College Cork"): the college is no state, and its city
    no party to what it signs."""
    k = p.first - 1
    return (p.entity.type in ("GPE", "LOC") and k >= 0 and s.norms[k] in ("college", "university")
            and text[s.starts[k]].isupper())


def _after_on_en(norms: list[str], k: int) -> bool:
    """Whether the name at ``k`` follows "on" or "against" (maybe with "the" between)."""
    return (k >= 1 and norms[k - 1] in _ON_EN) or (k >= 2 and norms[k - 1] == "the" and norms[k - 2] in _ON_EN)


def unknown_name_after(
    text: str, pos: int, placed: list[Placed], *, person_only: bool = False
) -> EntityResult | None:
    """The capitalised name right after ``pos`` that no entity covers, as an unlinked person;
    with ``person_only``, only a name of two words or more, or one after "Mr" ("sanctioned Viktor
    Lobanov", "designated Mr Ermakov"; not "sanctioned Rs 2,800 crore", "designated Tabacalera")."""
    m = _NAME_EN.match(text, pos, min(len(text), pos + 80))
    if m is None:
        return None
    start, end = m.span("name")
    words = m.group("name").split()
    if words[0].casefold() in _NOT_NAMES or words[-1].casefold() in _PLACE_NOUNS_EN or any(
        p.start < end and start < p.end for p in placed
    ):
        return None  # ("the parking restrictions it imposed on Market Street": a street, no one)
    if len(words) > 1 and words[0] in _HONORIFICS_EN:
        start = text.index(words[1], start)  # "designated Mr Ermakov": the man is "Ermakov"
        words = words[1:]
    elif person_only and (len(words) < 2 or words[-1].casefold() in _COMPANY_WORDS_EN):
        return None
    name = " ".join(words)
    return EntityResult(id=None, name=name, type="PERSON", linked=False, mentions=[Mention(start, end, name)])


def borrow_actors(
    lex: Lexicon,
    s: Sentence,
    t: int,
    clause: tuple[int, int],
    previous: Callable[[], list[EntityResult]],
    event_type: str,
    earlier: Callable[[], list[EntityResult]] | None = None,
) -> list[EntityResult]:
    """Entities of the previous sentence (``previous()``), when the clause names its actor by
    an anaphor; for a plural one ("they", "the two countries") that sentence must name more
    than one party, else the last earlier sentence whose subject names several (``earlier()``)."""
    lo, _ = clause
    k = s.first("anaphor", max(lo, t - _BEFORE_SPAN), t + 4)
    if k < 0:
        return []
    ok = ACTOR_TYPES[family(event_type)]
    if lex.lang == "ar" and without_conjunction(s.norms[k]) in _TWO_SIDES_AR and any(
            without_conjunction(w) == _BETWEEN_AR for w in s.norms[:k]):
        # "عادت العلاقات بين اتحاد الكتاب ونقابة الممثلين …، ووقع الطرفان مذكرة": the two sides
        # are the two its own sentence named after "بين", never states of the sentence before
        return []
    if lex.lang == "ar" and s.norms[k + 1:k + 2] and s.norms[k + 1] in _STATES_COUNT_AR:
        # "أعلنت الدول الثلاث أنها ستطلق قوة عسكرية موحدة": the states a report has named,
        # states only (not the bloc they left, named beside them)
        for named in (previous(), earlier() if earlier is not None else []):
            states = list({id(e): e for e in named if e.type == "GPE"}.values())
            if len(states) > 1:
                return states
        return []
    # "وشطب المجلس … كيانات، بينها المصرف التجاري السوري": "the council" is a council (or the
    # bloc whose council it is), never a bank or a company the sentence before named
    candidates = previous()
    if lex.lang == "ar" and without_conjunction(s.norms[k]) in _LEADERS_AR:
        # "فقد وقع الرجلان الاتفاقية" after the sentence naming the crown prince and the prime
        # minister: the two leaders stand for the states they head
        candidates = [_state_headed(e) if e.type == "PERSON" and _head_of_state(e) else e for e in candidates]
    if earlier is not None and _plural_anaphor(s, k, lex.lang == "ar") and sum(
        e.type in ok and e.type != "PERSON" for e in {id(e): e for e in candidates}.values()
    ) < 2:
        # "The leaders also said they would set up a joint force" after "ECOWAS lifted…": one
        # bloc is not "they"; the parties are those of the last subject that named several
        several = [e for e in earlier() if e.type in ok and e.type != "PERSON"]
        if len(several) > 1:
            return several
        if lex.lang == "en" and s.norms[k] == "they":
            # "Lexmann, a Slovak lawmaker, welcomed the step. 'They lifted the sanctions …'": a
            # state named only by a speaker's nationality is not "they" (but "the two ministers"
            # may be named by their states' adjectives)
            from rasd.events.kbinfo import (
                named_as_adjective_before,  # (the KB is loaded only when asked)
            )

            candidates = [e for e in candidates if e.type != "GPE" or not named_as_adjective_before(e, s.start)]
    if s.norms[k].endswith(_COUNCIL_AR):
        named = [e for e in candidates if _COUNCIL_AR in (e.name_ar or "")]
        candidates = named or [e for e in candidates
                               if not any(w in (e.name_ar or "") for w in _NOT_COUNCIL_AR)]
    elif lex.lang == "ar" and without_conjunction(s.norms[k]) == _UNION_AR:
        if abs(k - t) > 1:
            return []  # (the verb's own subject only: not "في دول الاتحاد", "وزراء خارجية الاتحاد")
        # "the union" is a union the report has named (the European Union, the African Union),
        # never a state named beside it, nor a council whose name holds the word
        candidates = [e for e in candidates if e.type == "ORG" and normalize_word(e.name_ar or "").startswith(_UNION_AR)]
    elif lex.lang == "ar" and without_conjunction(s.norms[k]) == _THE_MOVEMENT_AR:
        if abs(k - t) > 2:
            return []  # (the subject of the verb or of its "قررت": not "حركة الملاحة في الميناء")
        # "the movement" is a movement the report has named (Hamas, Fatah), never the state
        # whose ties it resumes nor the faction's people ("الفصائل الفلسطينية")
        candidates = [e for e in candidates if e.type == "ORG"
                      and normalize_word(e.name_ar or "").startswith(_MOVEMENT_NAME_AR)]
    elif lex.lang == "en" and s.norms[k + 1:k + 2] in (["council"], ["bloc"]):
        # "Libya: Council prolongs sanctions … The Council today decided to extend them": "the
        # council" or "the bloc" is an organisation, never the state a headline's topic label named
        candidates = [e for e in candidates if e.type == "ORG"]
    elif "government" in s.norms[k:k + 2] or "kingdom" in s.norms[k:k + 2] or lex.lang == "ar" and (
        without_conjunction(s.norms[k]) in ("الحكومه", "المملكه", "البلاد")
    ):
        if "kingdom" in s.norms[k:k + 2] or without_conjunction(s.norms[k]) in ("المملكه", "البلاد"):
            # "the kingdom", "the country" is one state: the first the sentence before named
            return [e for e in candidates if e.type == "GPE"][:1]
        # "The government did not say when soldiers would be sent" after "The Liberal Democrats
        # … voted against the motion": a government is a state's, never the parties that spoke
        candidates = [e for e in candidates if e.type == "GPE"]
        if lex.lang == "en" and s.text:
            from rasd.events.kbinfo import (
                named_as_owner_before,  # (the KB is loaded only when asked)
            )

            # "… the Chinese-owned MMG … The government deployed 400 police officers": a firm's
            # owner is not the government
            candidates = [e for e in candidates if not named_as_owner_before(e, s.start, s.text)]
        if lex.lang == "en" and len({e.id or e.name for e in candidates}) > 1:
            # "Russia and China backed the request. The government signed a peace agreement with
            # the rebels": one government is not several states, and which one is not told
            return []
    elif lex.lang == "en" and "countries" in s.norms[k:k + 3]:
        # "the two countries", "both countries": states, not the court or the body named beside them
        candidates = [_as_state(e) for e in candidates if e.type == "GPE"]
        if len({e.id or e.name for e in candidates}) < 2 and earlier is not None:
            # (after "in the presence of the President of Ecuador and a judge of the Court": one
            # state is not two; the last subject that named several states)
            candidates = [_as_state(e) for e in earlier() if e.type == "GPE"]
    elif lex.lang == "ar" and without_conjunction(s.norms[k]) in _TWO_STATES_AR:
        # "أن البلدين سيوقعان…" after "المتحدث باسم الخارجية العراقية": "the two countries" are
        # states, so a ministry or a city the sentence before named stands for its state
        candidates = [_as_state(e) for e in candidates]
    if lex.lang == "en" and s.norms[k] in ("he", "she"):
        # a person: the state a head of state or government speaks for, else no one (not the
        # states the sentence before named beside him)
        person = next((e for e in candidates if e.type == "PERSON"), None)
        return [_state_headed(person)] if person is not None and _head_of_state(person) else []
    out: list[EntityResult] = []
    # ("It granted waivers to eight countries" after "The United States reimposed sanctions on
    # Iran": a singular pronoun stands for one, the first named)
    most = 1 if lex.lang == "en" and s.norms[k] in _SINGULAR_EN else 2
    if most == 1:
        # (the KB is loaded only when asked) "Ethio telecom signs Kenyan roaming deal. It has
        # signed …": an adjective is no antecedent
        from rasd.events.kbinfo import named_as_adjective_before

        candidates = [e for e in candidates if e.type != "GPE" or not named_as_adjective_before(e, s.start)]
        if s.text:
            # "China, Russia, Pakistan, Algeria, Somalia and Sierra Leone abstained. It renews …":
            # a state named as one of a list of three or more is not "it"
            candidates = [e for e in candidates if e.type != "GPE" or not _in_long_list(e, s.start, s.text)]
    for entity in candidates:
        if entity.type in ok and entity.type != "PERSON" and all(
            entity is not e and (entity.id is None or entity.id != e.id) for e in out
        ) and not city_of_a_state(entity):  # (the same state twice: a ministry and its state, "البلدين" after them)
            out.append(entity)
        if len(out) == most:
            break
    return out


# a capitalised name of up to four words after a comma or "and" (", and Sierra Leone"), or before one
_NAME_AFTER_COMMA: Final = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")
_NAME_BEFORE_COMMA: Final = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,\s+(?:and\s+)?|\s+and\s+)$")


def _in_long_list(e: EntityResult, before: int, text: str) -> bool:
    """Whether ``e``'s last mention before ``before`` stands in a list of three or more names
    ("China, Russia, Pakistan and Algeria")."""
    last = max((m for m in e.mentions if m.start < before), key=lambda m: m.start, default=None)
    if last is None:
        return False
    commas, at = 0, last.end
    while commas < 2 and (m := _NAME_AFTER_COMMA.match(text, at, last.end + 120)) is not None:
        commas, at = commas + 1, m.end()
    head = text[max(0, last.start - 120):last.start]
    while commas < 2 and (m := _NAME_BEFORE_COMMA.search(head)) is not None:
        commas, head = commas + 1, head[:m.start()]
    return commas >= 2


_LINKED_TO_EN: Final = frozenset({"incident", "related", "relating", "linked", "tied", "connected", "belonging"})
# (a ban on investment "in" a state; the extractor reads the same words after "a ban on")
INVESTMENT_EN: Final = frozenset({"investment", "investments", "investing"})
_WHEN_AR: Final = frozenset({"بعد", "قبل", "عقب", "اثر"})


def _with_reach_end(s: Sentence, text: str, lo: int, hi: int, ar: bool) -> int:
    """Where the counterpart of a pact can no longer be named by "with X" after its trigger: a
    new subject after ", and" ("signed an agreement with a supermarket chain, and a textile maker
    joined a consortium with Bolivian weavers"), a clause of another time ("بعد يومين فقط من
    إعلان واغادوغو قطع علاقاتها مع تايوان") or ties cut (the party of «قطع … مع» is the one left)."""
    for k in range(lo, hi):
        w = s.norms[k]
        if ar:
            if w in _WHEN_AR and "من" in s.norms[k + 1:k + 5] or without_conjunction(w).startswith("قطع"):
                return k
        elif w == "and" and "," in text[s.ends[k - 1]:s.starts[k]] and (
            s.norms[k + 1:k + 2] in (["a"], ["an"], ["the"]) or _named_subject_after_en(s, text, k + 1)
        ):
            return k
    return hi


# the verbs and auxiliaries that open a clause's predicate right after its subject
_PREDICATE_OPENERS_EN: Final = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "say", "did",
    "does", "do", "can", "could", "may", "might", "must", "should", "also"})


def _named_subject_after_en(s: Sentence, text: str, k: int) -> bool:
    """(English) Whether the tokens from ``k`` are names (capitalised words, joined by commas or
    "and") followed by a verb of their own: ", and Jordan, Morocco and Sudan have said their jets
    are taking part", ", and Germany said it would send trainers": a new clause with its own
    subject, whose names are no parties of the act before it (not the last of a list: "to Mali,
    Niger and Chad")."""
    j, named = k, False
    while j < min(len(s.norms), k + 10):
        if text[s.starts[j]:s.starts[j] + 1].isupper():
            named = True
        elif not (named and s.norms[j] == "and"):
            break
        j += 1
    return named and j < len(s.norms) and s.norms[j] in _PREDICATE_OPENERS_EN


def _past_day_en(s: Sentence, k: int) -> int:
    """(English) The token after "on Monday" (a day of the news) at ``k``, else ``k``."""
    if s.norms[k:k + 1] == ["on"] and k + 1 < len(s.tags) and "fresh_time" in s.tags[k + 1]:
        return k + 2
    return k


def city_of_a_state(e: EntityResult) -> bool:
    """Whether ``e`` is a city that speaks for no one: "The customs authority … said it would
    suspend penalties" after "Montevideo's container terminal", "Johannesburg will lift the water
    restrictions" (not a capital that stands for its government, ``capitals.yaml``; not a region,
    a federal state or a breakaway state, which may act: "Somaliland signed a memorandum")."""
    from rasd.events.kbinfo import (  # (KB loaded when asked)
        capital_ids,
        country_of,
        federal_state_ids,
    )

    if e.type != "GPE" or e.id is None or e.id in capital_ids() or e.id in federal_state_ids():
        return False
    if _REGION_NAME.search(e.name) or e.name in _REGIONS:
        return False
    state = country_of(e.id)
    return state is not None and state.id != e.id and state.type == "GPE"


_REGION_NAME: Final = re.compile(r"\b(?:Region|State|Governorate|Oblast|Province|Prefecture|Territory|Republic|Strip|"
                          r"Kordofan|Nile|Juba|Cyprus|Ireland)\b|\(state\)")
# regions and breakaway states named by their own name
_REGIONS: Final = frozenset({"Abkhazia", "South Ossetia", "Transnistria", "Somaliland", "Puntland", "Jubaland",
                      "Galmudug", "Hirshabelle",
                      "Xinjiang", "Nakhchivan", "Hadhramaut", "Crimea", "Donbas", "Darfur", "Tigray",
                      "Kurdistan", "Catalonia", "Scotland", "Wales", "Greenland", "Zanzibar", "Tibet"})


_COUNCIL_AR: Final = "مجلس"
_UNION_AR: Final = "الاتحاد"
_THE_MOVEMENT_AR: Final = "الحركه"  # (normalised: "الحركة")
_MOVEMENT_NAME_AR: Final = "حركه"  # how the Arabic names of Hamas, Fatah, Islamic Jihad begin
_LEADERS_AR: Final = frozenset({"الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "الرجلان", "الرجلين"})
_STATES_COUNT_AR: Final = frozenset({"الثلاث", "الاربع", "الخمس", "الست", "الثلاثه", "الاربعه"})  # "الدول الثلاث"
# (normalised) "the two sides", which name no kind of party (not "البلدان", two states), and "بين"
# that names the two sides of a bond or a dispute
_TWO_SIDES_AR: Final = frozenset({"الطرفان", "الطرفين", "الجانبان", "الجانبين"})
_BETWEEN_AR: Final = "بين"
_PLURAL_EN: Final = frozenset({"they", "both"})
_SINGULAR_EN: Final = frozenset({"it"})
_PLURAL_AR: Final = frozenset({"هم", "البلدين", "البلدان", "الطرفين", "الطرفان", "الجانبين", "الجانبان", "الدولتين",
                        "الدولتان", "الوزيران", "الوزيرين", "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين",
                        "الدول"})  # ("الدول الثلاث": only that phrase is an anaphor)


def _plural_anaphor(s: Sentence, k: int, ar: bool) -> bool:
    norm = s.norms[k]
    if ar:
        return without_conjunction(norm) in _PLURAL_AR
    return norm in _PLURAL_EN or (norm == "the" and s.norms[k + 1:k + 2] == ["two"])


_SUBJECT_REACH: Final = 4  # sentences that name anyone searched back for a plural subject
_SUBJECT_OPENING: Final = re.compile(r"[\s\"'\u201c\u2018(«-]*(?:(?:the|The|ال)\s+)?")
# what may stand between the names of one subject: "Niger's General Abdourahamane Tchiani, Mali's
# Colonel Assimi Goita and Burkina Faso's …", "Mali, Burkina Faso and Niger", "السعودية والإمارات"
_SUBJECT_GAP: Final = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:[A-Z][\w.'\u2019-]*|of|al|bin))*\s*(?:,|،)?\s*(?:(?:and|as well as|و)\s*)?"
)


def plural_subject(
    text: str,
    spans: list[tuple[int, int]],
    mentions: list[tuple[int, int, EntityResult]],
    starts: list[int],
    s_start: int,
) -> list[EntityResult]:
    """The parties of the last of the few sentences before ``s_start`` whose subject (the names
    that open it, one list) names more than one: what a plural anaphor refers to. A sentence
    whose subject is one name or a common noun ("ECOWAS lifted…", "the confederation will…")
    is passed over."""
    i = bisect_right([a for a, _ in spans], s_start) - 1
    named = 0
    for a, b in spans[max(0, i - 2 * _SUBJECT_REACH):max(0, i)][::-1]:
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        if lo == hi:
            continue
        named += 1
        if named > _SUBJECT_REACH:
            break
        opening = _SUBJECT_OPENING.match(text, a, b)
        pos = opening.end() if opening is not None else a
        out: list[EntityResult] = []
        for m_start, m_end, entity in mentions[lo:hi]:
            if m_start < pos:
                continue  # (a shorter mention inside the one taken)
            if m_start > pos and _SUBJECT_GAP.fullmatch(text, pos, m_start) is None:
                break
            if all(entity is not e for e in out):
                out.append(entity)
            pos = m_end
        if sum(e.type != "PERSON" for e in out) > 1:
            return out
    return []
_TWO_STATES_AR: Final = frozenset({"البلدين", "البلدان", "الدولتين", "الدولتان"})


# the past participles of imposing ("which it had imposed", "the order that slapped sanctions")
IMPOSED_EN: Final = frozenset({"imposed", "placed", "put", "slapped", "levied", "applied"})


# what follows "than" when sanctions are compared with others: "harsher than those on Iran",
# "tougher than the ones imposed on Russia", "wider than any on Cuba"
_COMPARED_WITH_EN: Final = frozenset({"those", "the", "any", "on", "against", "that"})


def _comparison_en(s: Sentence, j: int) -> bool:
    """(English) Whether token ``j`` opens the standard of a comparison ("than those on Iran")."""
    return s.norms[j] == "than" and s.norms[j + 1:j + 2] != [] and s.norms[j + 1] in _COMPARED_WITH_EN


def _imposed_relative_en(s: Sentence, j: int) -> int:
    """(English) The token after a relative clause at ``j`` that only says who imposed the
    measures, "which it had imposed", "that they imposed", so the target after it is the
    measures' (0 when there is none)."""
    norms = s.norms
    if norms[j] not in ("which", "that") or j + 2 >= len(norms):
        return 0
    if (k := j + 1 + (norms[j + 1] == "had")) < len(norms) - 1 and norms[k] in IMPOSED_EN and (
        s.first("sanctions_noun", k + 1, k + 4) >= 0
    ):
        # the relative pronoun its subject: "revoked the executive orders that imposed sanctions
        # on Myanmar", "repealed the decree which had imposed an embargo on Turkey": what the
        # instrument imposed, on whom, is what is undone (the measures' noun is passed over by
        # the caller)
        return k + 1
    if norms[j + 1] not in _PRONOUNS_EN:
        # a named subject of a few words: "that Paris imposed", "which the Malian government imposed"
        # (in the simple past: a pluperfect, "that the council had imposed", tells background)
        k = next((k for k in range(j + 2, min(len(norms), j + 6)) if norms[k] in IMPOSED_EN), -1)
        return k + 1 if k > 0 and norms[k - 1] not in ("be", "had", "been") else 0
    k = j + 2 + (norms[j + 2] == "had")
    return k + 1 if k < len(norms) and norms[k] in IMPOSED_EN else 0


def _as_state(e: EntityResult) -> EntityResult:
    """The state a ministry, a parliament or a city belongs to (``e`` itself otherwise)."""
    if e.type == "PERSON":
        return e
    from rasd.events.kbinfo import country_of  # (the KB is loaded only when one is asked)

    state = country_of(e.id)
    if state is None:
        return e
    return entity_of(state)


def _head_of_state(e: EntityResult) -> bool:
    from rasd.events.kbinfo import country_of, heads_state  # (the KB is loaded only when asked)

    return heads_state(e.id) and country_of(e.id) is not None


def _sanctions_officer(e: EntityResult) -> bool:
    """Whether the person ``e`` holds or held an office that imposes or lifts sanctions for
    the state: a head of state or government, a foreign or finance minister."""
    from rasd.events.kbinfo import (  # (KB loaded when asked)
        SANCTIONS_OFFICES,
        country_of,
        heads_state,
    )

    return heads_state(e.id, SANCTIONS_OFFICES) and country_of(e.id) is not None


def _state_headed(e: EntityResult) -> EntityResult:
    """The state of the head of state or government ``e`` (who must have one)."""
    from rasd.events.kbinfo import country_of  # (the KB is loaded only when one is asked)

    state = country_of(e.id)
    assert state is not None
    return entity_of(state)


# bodies that list and designate, never listed themselves as the subject of a listing verb
_AUTHORITY_AR: Final = ("وزارة", "مكتب مراقبة", "مجلس الأمن", "مجلس الاتحاد")
_NOT_COUNCIL_AR: Final = ("مصرف", "بنك", "شركة", "شركه")
_HIS_COUNTRY_AR: Final = frozenset({"بلاده", "بلادها", "بلادهم"})
# a war and its preposition: the name after them is where it is fought, no party of the event
_WAR_NOUNS_AR: Final = frozenset({"الحرب", "بالحرب", "حرب", "العدوان", "بالعدوان", "الغزو", "بالغزو", "الهجوم", "بالهجوم"})
_WAR_NOUNS_EN: Final = frozenset({"war", "invasion", "aggression", "conflict"})
_WAR_ON: Final[dict[str, frozenset[str]]] = {
    "علي": _WAR_NOUNS_AR, "على": _WAR_NOUNS_AR, "في": _WAR_NOUNS_AR,
    "on": _WAR_NOUNS_EN, "in": _WAR_NOUNS_EN, "against": _WAR_NOUNS_EN, "of": _WAR_NOUNS_EN,
}


def speaker_state(s: Sentence, t: int, clause: tuple[int, int], placed: list[Placed]) -> EntityResult | None:
    """(Arabic) "قال وزير الخارجية التركي إن بلاده ستفرض…": the state of the person who speaks,
    when the clause names its actor "بلاده" ("his country") before the trigger, or the trigger
    is in the first person plural ("وقال الوزير الأردني: سنوقع الاتفاقية", the speaker's state)."""
    lo, _ = clause
    # (and "قالت وزيرة الخارجية الأسترالية إن الحكومة ستفرض…": the government of whoever speaks;
    # "وقال وزير الدفاع العراقي إن الوزارة ستدمج…": the ministry of the minister who speaks)
    k = next((i for i in range(t - 1, max(lo, t - _BEFORE_SPAN) - 1, -1)
              if without_conjunction(s.norms[i]) in _HIS_COUNTRY_AR
              or i > 0 and without_conjunction(s.norms[i]) in ("الحكومه", "الوزاره", "الاداره")
              and s.norms[i - 1] in ("ان", "إن", "أن")), -1)
    if k < 0 and _WE_VERB_AR.match(s.norms[t]):
        k, lo = t, 0  # (the speaker is named before the quotation's clause)
    if k < 0:
        return None
    from rasd.events.kbinfo import country_of  # (the KB is loaded only when one is asked)

    for p in reversed(placed):
        if p.last < k and p.entity.type == "GPE" and p.first > 0 and any(
                without_conjunction(s.norms[i]).removeprefix("ال") in _SPEAKER_TITLES_AR
                or s.norms[i].removeprefix("ال") in _SPEAKER_TITLES_AR  # ("وزير": its و is no clitic)
                for i in range(max(lo, p.first - 2), p.first)):
            return p.entity  # "وحذر الوزير الألماني من أن بلاده ستفرض…": the title's state
        if p.last < k and (p.entity.type == "PERSON" or p.entity.type == "ORG" and _official_of(s, p, lo)) and (
            state := country_of(p.entity.id)
        ) is not None and state.type == "GPE":
            # (or "وقال مسؤول في وزارة الخارجية الأمريكية … إن الإدارة ستفرض…": the state of
            # the ministry whose official speaks)
            same = next((q.entity for q in placed if q.entity.id == state.id), None)
            return same or entity_of(state)
    return None


def _official_of(s: Sentence, p: Placed, lo: int) -> bool:
    """(Arabic) Whether the body at ``p`` is named as the speaker's employer: "مسؤول في وزارة
    الخارجية", "المتحدث باسم الوزارة" (a title at most three words before it)."""
    return any(s.norms[i].removeprefix("ال") in _SPEAKER_TITLES_AR
               or without_conjunction(s.norms[i]).removeprefix("ال") in _SPEAKER_TITLES_AR
               for i in range(max(0, p.first - 3), p.first))


def speaker_of_its(s: Sentence, t: int, lo: int, placed: list[Placed]) -> EntityResult | None:
    """(English) "ECOWAS said its troops would remain…", "Moscow says their instructors will
    stay": the state or body that speaks, when the words before the trigger name the actor
    only by "its" or "their" after a verb of saying ("said", "announced") right after the
    speaker's name."""
    k = next((i for i in range(t - 1, max(lo, t - _BEFORE_SPAN) - 1, -1) if s.norms[i] in ("its", "their")), -1)
    said = next((i for i in range(k - 1, max(lo, k - 5) - 1, -1) if s.norms[i] in _REPORTING), -1)
    if said < 1 or any(s.norms[i] in _REPORTING_SKIP_STOP for i in range(said + 1, k)):
        return None  # ("said on Monday that its force…"; not "said the deal lets its troops…")
    for p in reversed(placed):
        if p.last < said and said - p.last <= 3 and p.entity.type in ("GPE", "ORG"):
            return p.entity  # (a time may stand between: "ECOWAS on Monday said")
    return None


_REPORTING_SKIP_STOP: Final = frozenset({"the", "a", "an", "it", "they", "he", "she", "which", "who"})


def speaker_of_threat(
    s: Sentence, t: int, lo: int, placed: list[Placed], targets: list[EntityResult], ar: bool = False
) -> EntityResult | None:
    """(English) "The EU said more sanctions will follow if Russia refuses", "Britain said Iran
    could face sanctions": the state or body whose words announce sanctions ahead is who
    threatens them (a verb of saying at most six words before the trigger, the speaker's name
    right before it, no name between but the threatened)."""
    if ar:  # "وقال مسؤول أمريكي إن الحكومات … قد تتعرض لعقوبات": the "that" after the speaker
        said = s.last("complementizer", max(lo, t - 9), t)
    else:  # (or a warning: "SADC warned that anyone who blocks the reforms could face sanctions")
        said = next((i for i in range(t - 1, max(lo, t - 11) - 1, -1)
                     if s.norms[i] in _REPORTING or s.norms[i] in _WARNED_EN), -1)
    if said < 1 or any(
        said < p.first < t and all(p.entity.id != e.id for e in targets)
        and s.norms[p.first - 1] not in ("in", "at")  # (a place named as the scene: "reforms in Lesotho")
        for p in placed
    ):
        return None
    for p in reversed(placed):
        if p.last < said and said - p.last <= 3 and p.entity.type in ("GPE", "ORG"):
            if not ar and (envoy := envoy_of_remit_en(s, p)) >= 0 and (
                state := state_before_envoy_en(placed, envoy)
            ) is not None:
                return state  # ("the US special representative for Venezuela said": the US)
            return p.entity
    return None


# an envoy's titles, whose "for"/"to" names his remit or his post, not his state ("the US special
# representative for Venezuela", "the British envoy to Myanmar")
_ENVOY_TITLES_EN: Final = frozenset({"representative", "representatives", "envoy", "envoys", "ambassador", "ambassadors",
                              "coordinator", "rapporteur", "commissioner", "adviser", "advisor"})


def envoy_of_remit_en(s: Sentence, p: Placed) -> int:
    """(English) The token of an envoy's title when the name at ``p`` is his remit or post ("the
    US special representative [for] Venezuela"), else -1."""
    k = p.first - 1
    return k - 1 if k >= 1 and s.norms[k] in ("for", "to") and s.norms[k - 1] in _ENVOY_TITLES_EN else -1


def state_before_envoy_en(placed: list[Placed], envoy: int) -> EntityResult | None:
    """(English) The state or body named right before an envoy's title (its adjective: "the
    [US] special representative"), who speaks through him; else None."""
    return next((q.entity for q in reversed(placed) if q.last < envoy and envoy - q.last <= 3
                 and q.entity.type in ("GPE", "ORG")), None)


def warner_and_warned_en(
    s: Sentence, t: int, placed: list[Placed], reach: int = 12
) -> tuple[EntityResult, list[EntityResult]] | None:
    """(English) Who warns, right before a verb of warning up to ``reach`` words before the threat
    at ``t``, and the states or bodies named between that verb and the threat; None unless both."""
    w = next((i for i in range(t - 1, max(0, t - reach) - 1, -1) if s.norms[i] in _WARNING_EN), -1)
    if w < 1:
        return None
    # (a person too: "Josep Borrell warned Prime Minister Albin Kurti on Thursday that Pristina
    # would face sanctions if ..." is his threat, as a state's or a body's warning is theirs)
    warner_at = next((p for p in reversed(placed) if p.last < w and w - p.last <= 3
                      and p.entity.type in ("GPE", "ORG", "PERSON")), None)
    # ("the US special envoy for Sudan warned": the envoy's state warns, not his remit)
    warner = None if warner_at is None else warner_at.entity
    if warner_at is not None and (envoy := envoy_of_remit_en(s, warner_at)) >= 0:
        warner = state_before_envoy_en(placed, envoy) or warner
    warned = [p.entity for p in placed if w < p.first < t and p.entity.type in ("GPE", "ORG")
              and s.norms[p.first - 1] not in ("in", "at")]
    if warner is None or not warned or any(e.id == warner.id for e in warned):
        return None
    return warner, list({e.id or e.name: e for e in warned}.values())


# the pronouns by which a threat's "that" clause names the warner itself as its subject
_WARNER_PRONOUNS_EN: Final = frozenset({"it", "they", "he", "she", "we"})
_WARNED_REACH_EN: Final = 20  # words from the warning verb to the threat when "that" opens the threat


def warned_at_length_en(s: Sentence, t: int, placed: list[Placed]) -> tuple[EntityResult, list[EntityResult]] | None:
    """(English) "The leaders of IGAD have warned South Sudan's President Salva Kiir and the rebel
    leader Riek Machar that they would face an asset freeze": those warned named at length put the
    warning verb more than twelve words before the threat; with "that" and a pronoun right before
    the threat's verb (no comma between the warning and "that"), who warns and the states named
    between, and the people named there, are still the threat's parties."""
    k = next((i for i in range(t - 1, max(0, t - 4) - 1, -1) if s.norms[i] == "that"), -1)
    if k < 0 or s.norms[k + 1:k + 2] not in (["they"], ["he"], ["she"], ["it"]):
        return None
    found = warner_and_warned_en(s, t, placed, _WARNED_REACH_EN)
    if found is None:
        return None
    w = next(i for i in range(t - 1, max(0, t - _WARNED_REACH_EN) - 1, -1) if s.norms[i] in _WARNING_EN)
    if "," in s.text[s.ends[w]:s.starts[k]]:
        return None
    # (the people warned by name are threatened too: "Salva Kiir and ... Riek Machar")
    people = [p.entity for p in placed if w < p.first < k and p.entity.type == "PERSON" and p.entity is not found[0]]
    return found[0], list({e.id or e.name: e for e in [*found[1], *people]}.values())


# a verb in the first person plural, with its clitics: "سنوقع", "وسنوقعها", "وقعنا", "نبرم"
_WE_VERB_AR: Final = re.compile(r"^[وف]?س?ن(?:وقع|برم|فرض|رفع|نضم|نشر)|^[وف]?(?:وقعنا|ابرمنا|فرضنا|رفعنا|انضممنا)")


def _imperfect_ar(norm: str) -> bool:
    """(Arabic) Whether a trigger word is an imperfect verb by its shape ("يفرض", "تفرض", "يوسع"),
    not a masdar ("فرض", "تمديد", "تعليق")."""
    bare = without_conjunction(norm)
    return bare.startswith("ي") or (bare.startswith("ت") and len(bare) == 4)


# a body's common noun, and what its name holds: "الحلف" for "حلف شمال الأطلسي"
_BODY_STEMS_AR: Final = {"الحلف": "حلف", "الاتحاد": "اتحاد", "المنظمه": "منظمة", "الجامعه": "جامعة", "المجلس": "مجلس",
                  "التحالف": "تحالف"}
_OFFICE_HOLDERS_AR: Final = frozenset({"حاكم", "محافظ", "مدير", "مديره", "رئيس", "رئيسه", "امين", "قائد", "مؤسس",
                                # a body's envoys and officers ("المقررة الخاصة للأمم المتحدة", "المدعي العام")
                                "مقرر", "مقرره", "مبعوث", "مبعوثه", "مدعي", "مفوض", "مفوضه", "ممثل", "ممثله"})
# (Arabic) the meetings named for the city they are held in ("قمة العقبة", "مؤتمر الصخيرات")
# (normalised) the words that time a step by a meeting: "عشية مؤتمر لندن", "على هامش قمة …"
_BY_A_MEETING_AR: Final = frozenset(normalize_word(w) for w in ("عشية", "قبيل", "قبل", "بعد", "عقب", "خلال", "هامش"))
_MEETING_NOUNS_AR: Final = frozenset(normalize_word(p + w) for w in ("قمة", "مؤتمر", "اجتماع", "اجتماعات", "منتدى", "لقاء")
                              for p in ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف"))


# how far back the warning verb may stand from the warner's name: a body named inside another
# ("حذر مكتب شؤون نصف الكرة الغربي في وزارة الخارجية الأمريكية")
_WARNER_NAME_LONGEST: Final = 7


def _warned_by(s: Sentence, text: str, lo: int, p: Placed) -> bool:
    """(Arabic) Whether a warning verb stands right before ``p`` (two words), or opens the clause
    a few words before it with only the name of an office inside ``p``'s body between, no comma
    nor "أن" in it: ``p`` is the one who warns."""
    if s.first("threat", max(lo, p.first - 2), p.first) >= 0:
        return True
    k = s.first("threat", max(lo, p.first - _WARNER_NAME_LONGEST), p.first)
    return k >= 0 and s.norms[p.first - 1] in ("في", "لدى", "التابع", "التابعة") and not any(
        comma_before(s, m) or "complementizer" in s.tags[m] for m in range(k + 1, p.first))


def _aside_media_ar(s: Sentence, placed: list[Placed], lo: int, t: int) -> set[int]:
    """(Arabic) The ``id``s of the media named inside an aside set off by commas before the
    trigger ("، في منشور على منصة إكس،"): the channel the words went out on."""
    out: set[int] = set()
    for p in placed:
        if not (lo <= p.first < t and p.entity.type == "MEDIA"):
            continue
        opener = next((k for k in range(p.first - 1, max(0, p.first - 8), -1) if comma_before(s, k)), -1)
        if opener > 0 and s.norms[opener] in ASIDE_OPENERS_AR and any(
                comma_before(s, m) for m in range(p.last + 1, min(t + 1, p.last + 4))):
            out.add(id(p))
    return out


# (Arabic, normalised) the nouns of a tension or a dispute "with" a rival ("التوتر مع إثيوبيا",
# "توتر العلاقات مع", "الأزمة مع")
_TENSION_NOUNS_AR: Final = frozenset(normalize_word(p + w) for w in (
    "توتر", "خلاف", "خلافات", "أزمة", "نزاع", "تصعيد", "صراع", "قطيعة") for p in ("", "ال"))
_SETTLING_AR: Final = frozenset(normalize_word(p + w) for w in ("تسوية", "إنهاء", "حل", "احتواء", "تجاوز", "إنهائ")
                                  for p in ("", "ل", "ب", "و"))
_SOURED_TIES_AR: Final = frozenset({normalize_word("العلاقات"), normalize_word("علاقاتها"), normalize_word("علاقاته")})


def _rival_in_tension_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) Whether ``p`` is named after "مع" of a tension or a dispute ("في ذروة التوتر مع
    إثيوبيا", "في ظل توتر العلاقات مع أستراليا")."""
    k = p.first - 1
    if k < 1 or s.norms[k] != "مع":
        return False
    head = k - 2 if s.norms[k - 1] in _SOURED_TIES_AR and k > 1 else k - 1
    # (not a dispute the accord settles: "اتفاقية لتسوية الخلاف مع السودان")
    return s.norms[head] in _TENSION_NOUNS_AR and not (head > 0 and s.norms[head - 1] in _SETTLING_AR)


# (Arabic) the bodies and events named for their state or city ("جامعة البحرين", "غرفة تجارة
# وصناعة عمان", "أولمبياد باريس", "مهرجان القاهرة"), with "تجارة"/"صناعة" the words of a chamber's name between;
# without the article, as the first noun of a construct is (not "منحت الجامعة لدمشق مهلة": the
# League gave Damascus)
_NAMED_FOR_A_PLACE_AR: Final = frozenset(normalize_word(p + w) for w in (
    "جامعة", "غرفة", "معهد", "أكاديمية", "أولمبياد", "بلدية", "مستشفى", "متحف", "نادي",
    # (festivals and fairs: "مهرجان القاهرة السينمائي يوقع بروتوكول تعاون", "معرض الرياض للكتاب")
    "مهرجان", "معرض")
                              for p in ("", "و", "ب", "ل"))
_CHAMBER_WORDS_AR: Final = frozenset(normalize_word(p + w) for w in ("تجارة", "صناعة", "التجارة", "الصناعة")
                                     for p in ("", "و"))


def _named_for_a_place_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) Whether the state or city at ``p`` ends the name of a body or an event of
    ``_NAMED_FOR_A_PLACE_AR`` right before it (past a chamber's "تجارة وصناعة"): "جامعة البحرين"."""
    if p.entity.type not in ("GPE", "LOC") or p.first == 0:
        return False
    k = p.first - 1
    while k > 0 and p.first - k <= 2 and s.norms[k] in _CHAMBER_WORDS_AR:
        k -= 1
    return s.norms[k] in _NAMED_FOR_A_PLACE_AR


# (Arabic) the words between "خارج" and the state it names: "خارج حدود الدولة المصرية", "خارج
# الأراضي التركية", "خارج حدود البلاد"
_OUTSIDE_WORDS_AR: Final = frozenset(normalize_word(w) for w in (
    "حدود", "الحدود", "أراضي", "الأراضي", "الدولة", "دولة", "البلاد", "بلاد", "المملكة", "الجمهورية", "إقليم", "الإقليم"))


def _base_gone_to_end_ar(s: Sentence, j: int, end: int, hi: int) -> int:
    """(Arabic) Where the search for a deployment's host ends when the base the forces go to is
    named past a long list of what goes ("نقل طائرات الاستطلاع من طراز «تورنادو» وطائرة التزود
    بالوقود ونحو مئتين وستين عسكريا من قاعدة إنجرليك التركية إلى قاعدة الأزرق الجوية في الأردن"):
    past the base's name and its place, as its trigger reaches (``ar.triggers.yaml``)."""
    k = s.first("to_base", j, min(hi, j + _LONG_MOVE_AR))
    return max(end, min(hi, k + _BASE_PHRASE_AR)) if k >= 0 else end


# (Arabic) how far a long move's base may stand after its verb, and how many words its name and
# its place take ("قاعدة الأزرق الجوية في الأردن")
_LONG_MOVE_AR: Final = 30
_BASE_PHRASE_AR: Final = 8


def _moved_from_a_base_ar(s: Sentence, first: int) -> bool:
    """(Arabic) Whether the name at ``first`` stands between "من قاعدة" and the "إلى" of a move
    from one base to another ("من قاعدة إنجرليك التركية إلى قاعدة الأزرق الجوية في الأردن")."""
    for k in range(max(0, first - _FROM_BASE_REACH_AR), first):
        if s.norms[k] == "من" and s.norms[k + 1] in _BASE_WORDS_AR:
            to = next((j for j in range(first, min(len(s.norms), k + _FROM_BASE_REACH_AR + 2))
                       if s.norms[j] in _TO_AR), -1)
            return to > first
    return False


# (Arabic) a base's noun after "من", how far its name may run before "إلى", and "إلى"
_BASE_WORDS_AR: Final = frozenset(normalize_word(w) for w in ("قاعدة", "القاعدة", "قواعد", "القواعد"))
_FROM_BASE_REACH_AR: Final = 6
_TO_AR: Final = frozenset(normalize_word(w) for w in ("إلى", "الى"))
_TRAVEL_AR: Final = frozenset({"السفر", "سفر"})  # (normalised) a travel ban's noun, before "إلى" and its land


_CITIZEN_AR: Final = frozenset(normalize_word(w) for w in (
    "المواطن", "مواطن", "المواطنة", "مواطنة", "المواطنين", "مواطنين", "المواطنان", "مواطنا", "مواطنان",
    "قرصان", "القرصان", "قراصنة", "القراصنة", "تاجر", "التاجر", "تجار", "التجار", "ملياردير", "الملياردير"))
_CITIZEN_STEMS_AR: Final = ("مواطن", "قرصان", "قراصن", "تاجر", "تجار", "ملياردير")  # (a cheap check first)
# (normalised) people counted as members of a body: two or more, by the dual or a plural
_MEMBER_PEOPLE_AR: Final = frozenset(normalize_word(w) for w in (
    "نائبين", "نائبان", "قائدين", "قائدان", "قياديين", "قياديان", "عضوين", "عضوان", "مسؤولين",
    "مسؤولان", "قادة", "أعضاء", "نواب", "قيادات", "عناصر",
))
_BODY_PARTS_AR: Final = frozenset(normalize_word(w) for w in ("فصائل", "صفوف", "قيادة", "كتلة"))  # "في فصائل الحشد"


def _members_of(s: Sentence, first: int) -> bool:
    """(Arabic) Whether the name at token ``first`` is the body people counted before it belong
    to: "نائبين من «حزب الله»", "قائدان في فصائل الحشد الشعبي"."""
    k = first - 1
    if k >= 0 and s.norms[k] in _BODY_PARTS_AR:
        k -= 1
    return k >= 1 and s.norms[k] in ("من", "في") and without_conjunction(s.norms[k - 1]) in _MEMBER_PEOPLE_AR


def _outside_of(s: Sentence, first: int) -> bool:
    """(Arabic) Whether the name at token ``first`` follows "خارج", maybe past the nouns of a
    state's borders or land ("خارج حدود الدولة المصرية")."""
    k = first - 1
    while k >= 0 and first - k <= 3 and s.norms[k] in _OUTSIDE_WORDS_AR:
        k -= 1
    return k >= 0 and without_conjunction(s.norms[k]) in ("خارج", "بخارج", "لخارج")


_CAUSE_NOUNS_AR: Final = frozenset({"القضيه", "قضيه", "المساله", "القضايا", "للقضيه", "بالقضيه", "والقضيه"})
# the titles whose demonym names the speaker's state ("الوزير الألماني", "وزير الخارجية الأمريكي")
_SPEAKER_TITLES_AR: Final = frozenset(normalize_word(w) for w in (
    "وزير", "وزيره", "رئيس", "الرئيس", "سفير", "مبعوث", "متحدث", "ناطق", "مسؤول", "خارجيه", "دفاع", "ملك", "امير",
    "مندوب", "زعيم", "قائد"))


def _has(lex: Lexicon, group: str, s: Sentence, lo: int, hi: int) -> bool:
    return s.first(group, lo, hi) >= 0


# (Arabic) the heads of a state's own agencies, whose adjective names the state ("الحكومة السورية")
_GOVERNMENT_HEADS_AR: Final = frozenset({"الحكومه", "حكومه", "السلطات", "سلطات"})


def _government_subject(s: Sentence, after: int, p: Placed | None) -> bool:
    """(Arabic) Whether ``p``, a state, is named by the adjective of a government right after
    the verb (at ``after``): the verb's subject."""
    return (p is not None and p.entity.type == "GPE" and p.first == after + 1 and p.first == p.last
            and without_conjunction(s.norms[after]) in _GOVERNMENT_HEADS_AR)


def _is_sanction_head(lex: Lexicon, s: Sentence, j: int) -> bool:
    """Whether the sanctions noun at ``j`` is the verb's object ("فرضت X عقوبات"), not the end
    of a body's name ("شطبت لجنة العقوبات التابعة لمجلس الأمن …": the committee and its council
    are the subject still to come)."""
    return "sanctions_noun" in s.tags[j] and not (
        j > 0 and without_conjunction(s.norms[j - 1]) in _SANCTIONS_BODY_HEADS_AR)


# (normalised) the nouns of a body named after the sanctions it runs: "لجنة العقوبات"
_SANCTIONS_BODY_HEADS_AR: Final = frozenset({"لجنه", "اللجنه"})


def _to_trigger(lex: Lexicon, s: Sentence, j: int) -> bool:
    """"threatened to impose sanctions on Turkey": "to" before a trigger verb ends nothing."""
    return s.norms[j] == "to" and j + 1 < len(s.forms) and not s.forms[j + 1].isdisjoint(lex.trigger_words)


_THAT_WORDS: Final = frozenset({"ان", "بان", "انه", "انها", "that", "according"})


# ("sanctions on three companies …, including the aluminium giant Rusal": the list goes on)
_LIST_JOINERS: Final = frozenset({"and", "or", "as", "including", "و", "او"})
# "sanctions on three companies controlled by Oleg Deripaska", "on ships operated by Sovcomflot":
# the "by" names whose the targets are (a target too), not who imposes or lifts them (not "led"
# or "backed": "sanctions on Iran backed by the G7" names who stands behind the sanctions)
_OWNED_BY_EN: Final = frozenset({"controlled", "owned", "run", "operated", "managed", "held", "financed",
                          "funded", "founded", "chartered", "employed"})
# "on flights between Nigeria and Ghana", "slot charters on routes between Vietnam and India": the
# states after a route's noun are its ends, not parties of the agreement (a company's, mostly);
# the parties named before the verb, or after "between" next to the noun, still sign
_ROUTE_NOUNS_EN: Final = frozenset({"route", "routes", "flight", "flights", "service", "services", "sailing",
                                    "sailings", "loop", "loops", "lane", "lanes", "voyages", "connections"})
# "بينهم", "among them": the names that follow are some of the targets, not parties between
_AMONG_AR: Final = frozenset({"بينهم", "وبينهم", "بينها", "وبينها", "بينهن"})


def _joined_by_wa(text: str, s: Sentence, p: Placed) -> bool:
    """Whether the mention ``p`` is glued to a و that joins it to the name before ("والإمارات")."""
    start = s.starts[p.first]
    return start < p.start and text[start] == "و"


def _authority_of(s: Sentence, p: Placed, target_tag: str, t: int) -> bool:
    """"EU sanctions on Russia", "US restrictions against Venezuela": a name right before a
    sanctions noun whose target follows is who imposes them (in "Iran sanctions" with no
    target after, the name may be the target)."""
    k = p.last + 1
    owned = k < t and s.norms[k] == "s"
    if owned:
        k += 1  # a possessive's: "Switzerland's sanctions against Myanmar were suspended"
    if owned and k + 1 < t and s.norms[k] in _MEASURE_GOODS_EN:
        k += 1  # what the measure bars: "the EU's arms embargo on China was imposed in 1989"
    if k >= t or "sanctions_noun" not in s.tags[k]:
        return False
    while k + 1 < t and "sanctions_noun" in s.tags[k + 1]:
        k += 1  # "sanctions package", "asset freeze"
    if owned and p.entity.type == "ORG":
        return True  # a body's own measure, whether or not its target follows ("the EU's arms embargo was imposed")
    return k + 1 < len(s.tags) and target_tag in s.tags[k + 1]


# the goods a measure bars, named between its owner and its noun ("the EU's arms embargo")
_MEASURE_GOODS_EN: Final = frozenset({"arms", "weapons", "oil", "trade"})


def _reporting_list(s: Sentence, j: int, by_first: dict[int, Placed]) -> bool:
    """Whether the names from token ``j`` on (a list: "France, Britain and Germany") are the
    subject of a reporting verb that follows them ("… said", "… told reporters")."""
    n = len(s.norms)
    while j < n:
        hit = by_first.get(j)
        if hit is not None:
            j = hit.last + 1
        elif s.norms[j] in _LIST_JOINERS:
            j += 1
        else:
            return s.norms[j] in _REPORTING
    return False


_REPORTING: Final = frozenset({"said", "says", "say", "told", "tells", "reported", "reports", "announced", "added", "stated"})
_WARNED_EN: Final = frozenset({"warned", "warns", "warn", "cautioned", "cautions"})
_WARNING_EN: Final = _WARNED_EN | {"warning"}  # (and the participant of a warning, ``warner_and_warned_en``)


_RELATIVE_EN: Final = frozenset({"which", "who", "whose"})
_RELATIVE_AR: Final = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"})
_RESTRICTIVE_EN: Final = frozenset({"that", "which"})
_WHO_EN: Final = frozenset({"who", "which"})
# bodies a restrictive relative clause describes ("the committee that oversees …")
# who a restrictive "that" clause may tell of: "banks that finance …", "firms that ship …"
_RESTRICTED_HEADS_EN: Final = frozenset({
    "banks", "lenders", "companies", "firms", "entities", "individuals", "officials", "traders",
    "refiners", "refineries", "ships", "vessels", "exporters", "importers", "suppliers", "insurers",
})
_BODY_NOUNS_EN: Final = frozenset({
    "committee", "council", "panel", "body", "commission", "court", "tribunal", "agency",
    "office", "department", "ministry", "bloc", "union", "alliance",
})


# the verbs that make a new force ("created a National Guard that …", "set up a joint command that …")
_MADE_VERBS_EN: Final = frozenset({
    "create", "creates", "created", "creating", "form", "forms", "formed", "forming", "establish",
    "establishes", "established", "establishing", "set", "sets", "setting",
})
_MADE_REACH_EN: Final = 5  # words from the verb to the "that" after the new force's name


def _force_made_before_en(s: Sentence, k: int) -> int:
    """(English) The verb that makes a new force, whose name the relative "that" at ``k`` follows
    ("created a National Guard that merges …", "set up a joint command that brings together …"),
    within five words before it; -1 when there is none (a verb of another kind: "the units that
    the ministry merged")."""
    for j in range(k - 1, max(0, k - _MADE_REACH_EN - 1), -1):
        w = s.norms[j]
        if w in _MADE_VERBS_EN and (not w.startswith("set") or s.norms[j + 1] == "up"):
            return j
    return -1


def _state_body_and(s: Sentence, last: int, anchor: int, ar: bool) -> bool:
    """(English) "Yemen's internationally recognised government and the separatist …": the
    state's office and "and" between two parties, a longer gap than a bare list allows; and an
    organisation's members or leaders joined by "and" ("China and the ten members of ASEAN
    signed")."""
    if ar or anchor - last > 8:
        return False
    gap = s.norms[last + 1:anchor]
    if gap[:1] == ["and"] and gap[-1:] == ["of"] and not _MEMBERS_EN.isdisjoint(gap):
        return True
    if s.norms[last + 1:last + 2] != ["s"]:
        return False
    gap = s.norms[last + 2:anchor]
    if "and" not in gap:
        return False
    k = gap.index("and")
    return k > 0 and "office" in s.tags[last + 1 + k]


_THAT_THREAT: Final = frozenset({"that", "ان", "بان"})
_MEMBERS_EN: Final = frozenset({"members", "leaders", "states", "governments", "heads"})


def _circumstantial(s: Sentence, text: str, t: int) -> bool:
    """(Arabic) Whether the trigger is an active participle in the accusative right after a
    comma ("، ملوحا", "، مهددة", "، متوعدين"), or a verbal noun after "، في": a حال whose subject
    is the main verb's."""
    norm = s.norms[t]
    if t > 1 and s.norms[t - 1] == "في" and not finite_verb_ar(norm):
        # or a verbal noun after "، في" ("فتح المنفذ أمام الحجاج، في استثناء من إجراءات المقاطعة"):
        # the act told as what the main verb's act is, with the same subject
        gap = text[s.ends[t - 2]:s.starts[t - 1]]
        return "،" in gap or "," in gap
    if len(norm) < 4 or norm[0] != "م" or not norm.endswith(("ا", "ه", "ين")):
        return False
    gap = text[s.ends[t - 1]:s.starts[t]]
    return "،" in gap or "," in gap
# words that open a subordinate clause: the names before one belong to the main clause
_SUBORDINATORS_EN: Final = frozenset({"after", "before", "since", "until", "once", "because", "unless", "if"})
# the small words inside an organisation's full name ("Front for the Liberation of Azawad",
# "Union of Forces for Democracy and Development")
_NAME_JOINERS_EN: Final = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "del", "el", "in", "on"})


def _with_partner_named_at_length_en(
    s: Sentence, text: str, placed: list[Placed], before: list[Placed], lo: int, t: int, hidden: set[int]
) -> list[Placed]:
    """(English) The names before the verb when the subject is a state and another party told by
    its full name ("Congo's government and the Front for Patriotic Resistance of Ituri (FRPI)
    signed"): the state, however far back the name puts it, and not a place inside the name (Ituri
    names the front and takes no part)."""
    first = next((q for q in placed if lo <= q.first and q.last < t and id(q) not in hidden
                  and q.entity.type == "GPE" and _partner_named_at_length_en(s, text, q.last, t)), None)
    if first is None:
        return before
    return [first, *(p for p in before if p.first > first.last and not (
        p.entity.type in _PLACE_TYPES and s.norms[p.first - 1] in ("of", "in")))]


def _face_cue_before(s: Sentence, text: str, start: int, t: int, ar: bool) -> bool:
    """Whether a cue that the names before the trigger face the measures ("Iran, under sanctions
    since 2006, ...", "Russia could face ...") stands in [start, t). (English) Not a fronted
    "Under ...," that tells whose time or which accord it is ("Under Milei, Argentina declared
    Hamas a terrorist organisation", "Under the deal, Britain will lift its sanctions on Syria"),
    unless the phrase names sanctions itself ("Under US sanctions since 2018, Iran ...")."""
    f = s.first("face", start, t)
    if f < 0 or ar or f != 0 or s.norms[f] != "under":
        return f >= 0
    comma = next((k for k in range(f + 1, min(t, f + 8)) if "," in text[s.ends[k - 1]:s.starts[k]]), -1)
    if comma < 0 or s.first("sanctions_noun", f, comma) >= 0:
        return True
    return s.first("face", comma, t) >= 0


def _part_of_a_group_en(s: Sentence, text: str, words: range) -> int:
    """(English) The "of" that follows a part of a group at the start of ``words``: an article,
    at most two words that qualify the part (a name or an adjective: "the Kitgwang faction", "a
    breakaway faction", "the armed wing") and the part's noun ("a faction of", "the armed wing
    of"); -1 if the words open otherwise."""
    if len(words) < 4 or s.norms[words[0]] not in ("the", "a", "an"):
        return -1
    for j in range(words[1], min(words[-1], words[1] + 3)):
        if s.norms[j] in _GROUP_PARTS_EN:
            qualifiers = range(words[1], j)
            if s.norms[j + 1] == "of" and all(
                    text[s.starts[q]].isupper() or s.norms[q] in _PART_QUALIFIERS_EN for q in qualifiers):
                return j + 1
            return -1
    return -1


# a part of an armed group or movement that signs on its own ("a faction of the MFDC")
_GROUP_PARTS_EN: Final = frozenset({"faction", "wing", "branch", "offshoot"})
_PART_QUALIFIERS_EN: Final = frozenset({"breakaway", "splinter", "dissident", "rival", "armed", "military",
                                        "political", "main", "largest", "moderate", "hardline"})


def _partner_named_at_length_en(s: Sentence, text: str, last: int, anchor: int) -> bool:
    """(English) Whether the words between a state (``last``, maybe with its "'s government") and
    the verb at ``anchor`` are "and" and another party's name told in full: capitalised words and
    the small words of a name, maybe its acronym in brackets, with no comma ("Mali's government and
    the Coordination of Movements for the Liberation of Azawad signed"). The state is then the
    first of the two subjects, however long the other's name (not "Mali, whose army fought the
    rebels in Gao, signed", nor "the rebels from the north")."""
    k = last + 1
    if s.norms[k:k + 2] == ["s", "government"]:
        k += 2
    if k >= anchor or s.norms[k] != "and" or any(c in text[s.ends[last]:s.starts[anchor]] for c in ",;:"):
        return False
    words = range(k + 1, anchor)
    if not words or s.norms[words[0]] in ("the", "a", "an") and len(words) == 1:
        return False
    if (of := _part_of_a_group_en(s, text, words)) > 0:
        # "a faction of the Movement of Democratic Forces of Casamance (MFDC)", "the armed wing of
        # the Oromo Liberation Front": the party is a part of a group told by name, and the name
        # after "of" is the rest of the subject (one capitalised word is enough: "of the SPLA-IO")
        rest = range(of + 1, anchor)
        return any(text[s.starts[j]].isupper() for j in rest) and all(
            text[s.starts[j]].isupper() or s.norms[j] in _NAME_JOINERS_EN for j in rest)
    named = [j for j in words if text[s.starts[j]].isupper()]
    return len(named) >= 2 and all(
        j in named or s.norms[j] in _NAME_JOINERS_EN and j > words[0] or j == words[0] and s.norms[j] in ("the", "a", "an")
        for j in words)
_PREPOSITION_LIKE_EN: Final = frozenset({"after", "before", "since", "until"})
_DETERMINERS_EN: Final = frozenset({"the", "its", "their", "his", "her", "this", "last", "a"})


def _said_after_the_en(s: Sentence, lo: int, anchor: int) -> bool:
    """(English) Whether every subordinator in [lo, anchor) heads only a short noun phrase
    between a verb of saying and the "that" at ``anchor``: "Caracas said after the vote that it
    would restore relations" (the speaker is the subject of what follows "that"), not "Shell quit
    Iran after the new US sanctions"."""
    at = [k for k in range(lo, anchor) if s.norms[k] in _SUBORDINATORS_EN]
    return bool(at) and anchor < len(s.norms) and s.norms[anchor] == "that" and all(
        k > lo and "complementizer" in s.tags[k - 1] and s.norms[k] in _PREPOSITION_LIKE_EN
        and k + 1 < anchor and s.norms[k + 1] in _DETERMINERS_EN and anchor - k <= 5
        for k in at
    )
_BORDER_EN: Final = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "crossing", "crossings"})
_BORDER_AR: Final = ("حدود", "معبر", "منفذ")  # (the stems: الحدود، الحدودي، حدودها، المعبر، منافذ…)
_WITH: Final = frozenset({"with", "مع"})


def _is_border_word(norm: str, ar: bool) -> bool:
    if not ar:
        return norm in _BORDER_EN
    if len(norm) > 3 and norm[0] in "وفبل":
        norm = norm[1:]
    if norm.startswith("ال") or norm.startswith("لل"):
        norm = norm[2:]
    return norm.startswith(_BORDER_AR)


def _border_qualifiers(s: Sentence, placed: list[Placed], ar: bool) -> set[int]:
    """``id``s of the mentions of states that only say where a border runs: "the border with
    Jordan", "near the Turkish border", "Syria's border", "معبر نصيب الحدودي مع الأردن", "الحدود
    التركية", "الحدود السورية التركية". A place on a border is no party to what happens there."""
    out: set[int] = set()
    norms = s.norms
    last_hidden = -2
    for p in placed:
        if p.entity.type not in _PLACE_TYPES:
            continue
        k = p.first - 1
        if k >= 0 and norms[k] in _WITH:
            k -= 1
            if k >= 0 and (_is_border_word(norms[k], ar) or (
                    ar and k >= 1 and _is_border_word(norms[k - 1], ar))):
                out.add(id(p))  # "the border with Jordan", "معبر نصيب الحدودي مع الأردن"
                last_hidden = p.last
                continue
        if ar:
            if (p.first >= 1 and _is_border_word(norms[p.first - 1], ar)) or last_hidden == p.first - 1:
                out.add(id(p))  # "الحدود التركية", and the next demonym: "الحدود السورية التركية"
                last_hidden = p.last
            continue
        if _before_border(norms, p, {q.first: q for q in placed}, 0):
            out.add(id(p))  # "near the Turkish border", "the Syrian-Turkish border"
    return out


def _before_border(norms: list[str], p: Placed, by_first: dict[int, Placed], depth: int) -> bool:
    """(English) Whether a border word follows the name ``p``, maybe after "'s" or after one
    more name ("the Syrian-Turkish border", "the Lebanese and Syrian borders")."""
    n, j = len(norms), p.last + 1
    if j < n and norms[j] == "s":
        j += 1  # "Syria's border"
    if j >= n:
        return False
    if norms[j] in _BORDER_EN:
        return True
    if depth == 0 and norms[j] in ("and", "-"):
        j += 1
    q = by_first.get(j)
    return depth == 0 and q is not None and q.entity.type in _PLACE_TYPES and _before_border(
        norms, q, by_first, 1)
# verbs of greeting another's step: "Japan welcomed Sweden's accession", "رحبت ألمانيا بانضمام
# السويد" (normalised as ``Sentence.norms`` are: no hamza on alef, ى as ي, ة as ه)
_WELCOME: Final = frozenset(
    "welcome welcomed welcomes welcoming hailed hails praised praises congratulated congratulates "
    "applauded applauds رحب رحبت يرحب ترحب ترحيب مرحبا مرحبه رحبا رحبوا اشاد اشادت يشيد تشيد".split()
)


# verbs of decrying another's step: "Iran criticised the opening of the base", "انتقدت إيران
# افتتاح القاعدة", "نددت موسكو بنشر القوات" (normalised)
_DECRY: Final = frozenset(
    "criticised criticized criticises criticizes condemned condemns denounced denounces decried decries "
    "انتقد انتقدت ينتقد تنتقد ندد نددت يندد تندد ادان ادانت يدين تدين استنكر استنكرت يستنكر تستنكر".split()
)


def _drop_welcomers(s: Sentence, roles: Roles, lo: int, t: int, ar: bool, all_of_them: bool = False,
                    verbs: frozenset[str] = _WELCOME, as_body: bool = True) -> None:
    """"Japan welcomed Sweden's accession to NATO": who welcomes a join is not who joins; an
    alliance that welcomes its new member is the body joined ("NATO welcomed Finland's entry")
    (unless ``as_body`` is off: a bloc that decries a deployment is not where it goes)."""
    w = next((i for i in range(t - 1, lo - 1, -1)
              if (without_conjunction(s.norms[i]) if ar else s.norms[i]) in verbs), -1)
    if w < 0:
        return
    # (English SVO: the welcomer stands before the verb, the joiner after it: "Sweden's
    # accession"; Arabic VSO: the welcomer follows the verb, the joiner the masdar)
    edge = t if ar else w
    welcomers = [e for e in roles.actors if (v := roles.via.get(id(e))) is not None and v.last < edge]
    if not welcomers or len(welcomers) == len(roles.actors) and not all_of_them:
        return  # no one else named to join: leave the event as it was read
    roles.actors[:] = [e for e in roles.actors if all(e is not x for x in welcomers)]
    for e in welcomers:
        if as_body and e.type == "ORG" and not roles.targets:
            roles.targets.append(e)


def _clause_subject(s: Sentence, j: int, hi: int, by_first: dict[int, Placed]) -> Placed | None:
    """The name that opens the clause after the complementizer at ``j`` ("that the EU would…",
    "من أن الاتحاد الأوروبي سيفرض"), at most an article away; None for "that it would…"."""
    for i in range(j + 1, min(hi, j + 3)):
        hit = by_first.get(i)
        if hit is not None:
            return hit
        if s.norms[i] not in _DETERMINERS:
            return None
    return None


# "on them", "on him", "on her", "on both": the target told by a pronoun glued to على
_ON_PRONOUNS_AR: Final = frozenset({"عليهم", "عليه", "عليها", "عليهما"})


_CONCESSIVE_AR: Final = frozenset({"رغم", "برغم", "بالرغم", "ورغم", "وبرغم", "وبالرغم"})


def _concession_end_ar(s: Sentence, j: int, end: int) -> int:
    """(Arabic) Where the participants after a trigger end at a concession ("مدد الاتحاد الأوروبي
    العقوبات على روسيا رغم معارضة المجر", "على الرغم من عودة دمشق إلى الجامعة العربية"): who is
    named in what the act happens despite takes no part in it. A concession set off by commas
    between the verb's subject and its object ("فرضت واشنطن، رغم تحفظ حلفائها، عقوبات …") is an
    aside and ends nothing."""
    for k in range(j, end):
        opens = s.norms[k] in _CONCESSIVE_AR or (
            without_conjunction(s.norms[k]) == "علي" and k + 1 < len(s.norms) and s.norms[k + 1] == "الرغم")
        if opens and not (comma_before(s, k) and aside_words(s, k, k + 1)):
            return k
    return end


# a verb or noun of accusing, which opens the grounds of a measure ("تتهمهم بالضلوع في …")
_ACCUSING_AR: Final = frozenset({"تتهمهم", "يتهمهم", "تتهمه", "يتهمه", "تتهمها", "يتهمها", "اتهمتهم", "اتهمهم",
                          "بتهمه", "بتهم", "بتهمة"})


def _grounds_end_ar(s: Sentence, j: int, end: int) -> int:
    """(Arabic) Where the participants after a sanctions trigger end at the grounds of the
    measure ("تجميد أصول 40 فردا تتهمهم بالضلوع في ضم روسيا شبه جزيرة القرم", "على شركات بتهمة
    مساعدة إيران"): the states named in what the listed are accused of take no part in the act."""
    return next((k for k in range(j, end) if s.norms[k] in _ACCUSING_AR), end)


def _ties_cut_end_ar(s: Sentence, j: int, end: int) -> int:
    """(Arabic) Where ties cut with another state start, from ``j`` up to ``end``: "تقيم علاقات
    مع الصين وتقطعها مع تايوان" restores ties with China only; the state named after the cut is
    the one dropped, no party of the restoration."""
    return next((k for k in range(j, end) if "ties_cut" in s.tags[k]), end)


_EMERGENCY_AR: Final = frozenset(normalize_word(w) for w in ("الطوارئ", "طوارئ"))
_EMERGENCY_ABOUT_AR: Final = frozenset(normalize_word(w) for w in (
    "المتعلقة", "والمتعلقة", "الخاصة", "والخاصة", "بشأن", "وبشأن"))
_ABOUT_REACH: Final = 4  # how far past the window the "about" of an emergency may open (or before its end)
_ABOUT_TAIL: Final = 6  # "المتعلقة بالوضع في شمال شرقي سوريا": the words that tell what it is about


def _emergency_about_end_ar(s: Sentence, j: int, end: int, hi: int) -> int:
    """(Arabic) Where the participants after a trigger end when its object is a national emergency
    whose "about" clause opens just past the window, after the order it was declared by ("مدد …،
    لمدة عام إضافي، حالة الطوارئ الوطنية المعلنة بموجب الأمر التنفيذي رقم 13894، والمتعلقة
    بالوضع في شمال شرقي سوريا"): that clause names its target, so the window reaches over it."""
    if not any(s.norms[k] in _EMERGENCY_AR for k in range(j, end)):
        return end
    about = next((k for k in range(max(j, end - _ABOUT_TAIL), min(hi, end + _ABOUT_REACH))
                  if s.norms[k] in _EMERGENCY_ABOUT_AR), -1)
    return max(end, min(hi, about + _ABOUT_TAIL)) if about >= 0 else end


# (Arabic) "and not", "and will not", "and did not" opening a second verb of the same subject
_NEGATED_CONJUNCTS_AR: Final = frozenset(normalize_word(w) for w in ("ولا", "ولن", "ولم"))
_NOT_A_CLAUSE_AR: Final = frozenset(normalize_word(w) for w in ("سيما", "سيّما"))  # "ولا سيما": "especially"


def _negated_conjunct_end_ar(s: Sentence, j: int, end: int) -> int:
    """(Arabic) Where the participants after a deployment end when a negated verb of the same
    subject follows ("أوروبا ترسل فرقاطاتها ولا تطلق النار على اليمن"): what it does not do is
    another clause, whose names (here whom it does not fire on) are no senders."""
    return next((k for k in range(j, end) if s.norms[k] in _NEGATED_CONJUNCTS_AR
                 and s.norms[k + 1:k + 2] and s.norms[k + 1] not in _NOT_A_CLAUSE_AR), end)


def _pronoun_target_end_ar(s: Sentence, j: int, end: int) -> int:
    """(Arabic) Where the participants after a sanctions trigger end when its target is a
    pronoun right after it ("سنفرض عليهم عقوبات لم يروا مثلها، ستبدو العقوبات على إيران أمامها
    شيئا بسيطا"): at the next comma that opens no aside, since what follows is another clause,
    and its names (here the term of comparison) take no part."""
    k = next((k for k in range(j, min(end, j + 3)) if s.norms[k] in _ON_PRONOUNS_AR), -1)
    if k < 0:
        return end
    return next((m for m in range(k + 1, end) if comma_before(s, m) and not aside_words(s, m, m + 1)), end)


def _comma_before(text: str, s: Sentence, j: int) -> bool:
    gap = text[s.ends[j - 1]:s.starts[j]]
    return "," in gap or "،" in gap


_PRONOUNS_AR: Final = frozenset({"انها", "انه", "بانها", "بانه", "وانها", "وانه", "انهم", "بانهم", "انهما", "بانهما"})
_PRONOUNS_EN: Final = frozenset({"it", "they", "he", "she"})
_BUT_PRONOUNS_AR: Final = frozenset({"لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها", "ولكنهم", "ولكنهما"})
_POSSESSIVES_EN: Final = frozenset({"its", "their"})


def _pronoun_subject(s: Sentence, k: int, ar: bool, t: int | None = None) -> bool:
    if ar:
        return s.norms[k] in _PRONOUNS_AR
    # (and a possessive: "agreed that their High Commissioners would return to their posts",
    # "said its troops would stay": whose they are is the reporting verb's subject)
    if s.norms[k] == "that":
        return k + 1 < len(s.norms) and (s.norms[k + 1] in _PRONOUNS_EN or s.norms[k + 1] in _POSSESSIVES_EN)
    # "the US announced it will lift…", "the EU said on Monday it had agreed…"
    return t is not None and "complementizer" in s.tags[k] and any(
        s.norms[i] in _PRONOUNS_EN or i == k + 1 and s.norms[i] in _POSSESSIVES_EN for i in range(k + 1, min(t, k + 4))
    )


def _located(lex: Lexicon, s: Sentence, text: str, p: Placed, fam: str, ar: bool,
             placed: list[Placed] | None = None) -> bool:
    """A place named as the scene ("في نيويورك", "بنيويورك", "in Brussels", and every place of
    a list after it: "in Syria, Iran and Vietnam") takes no role, except as the host of a
    military presence."""
    if fam == "military" or p.entity.type not in ("GPE", "LOC", "FAC"):
        # "signed a declaration at the White House", "at NATO headquarters": the venue (English;
        # "sanctions aimed at the IRGC" keeps its target)
        return p.entity.type == "ORG" and not ar and fam not in ("military", "sanctions") and _at_venue(s, p)
    if ar and p.start > 0 and text[p.start - 1] == "ب":
        return True
    if ar and p.first > 1 and s.norms[p.first - 1] in _CITY_NOUNS_AR and "location" in s.tags[p.first - 2]:
        return True  # "في العاصمة القطرية الدوحة": the scene, the state's adjective before the city
    if ar and p.first > 2 and s.norms[p.first - 1] in ("عاصمه", "العاصمه") and any(
        "location" in s.tags[k] for k in range(max(0, p.first - 4), p.first - 1)
    ):
        return True  # "في جوبا عاصمة جنوب السودان": the scene's state, in apposition
    if not ar and p.first > 1 and s.norms[p.first - 1] == "the" and "location" in s.tags[p.first - 2] and (
        s.norms[p.last + 1:p.last + 2] in (["capital"], ["city"], ["port"], ["town"])
    ):
        return True  # "their summit in the Ghanaian capital": the scene, the state as its adjective
    if not ar and s.norms[p.last + 1:p.last + 2] == ["jurisdiction"]:
        return True  # "any property they hold under American jurisdiction": where the law reaches
    if not ar and fam == "sanctions" and _visited_place_en(s, p):
        # "announced the decision on a visit to Riyadh": where the visitor spoke (a sanctions
        # step only: a visit's host is often the other party of a signing or a restoration)
        return True
    if not ar and fam == "sanctions" and p.first > 1 and s.norms[p.first - 2] in INVESTMENT_EN:
        return False  # "its ban on new investment in Myanmar": where the barred money would go
    if ar and fam == "sanctions" and _people_of_state_ar(s, p):
        return False  # "عقوبات على قادة الانقلاب في النيجر": the state of the people sanctioned
    if p.first > 0 and "location" in s.tags[p.first - 1]:
        # (not "وقعت الحكومة الانتقالية في تشاد": the government of the state named)
        return not (ar and not _GOVERNMENT_AR.isdisjoint(s.norms[max(0, p.first - 3):p.first - 1]))
    for q in placed or ():  # the previous item of a list of places
        if q.end <= p.start and q is not p and _LIST_GAP.fullmatch(text, q.end, p.start):
            if q.first > 0 and _opening_scene(s, text, q.first - 1) and ("," in text[q.end:p.start]
                                                                          or "،" in text[q.end:p.start]):
                return False  # "In Kigali, Rwanda and France announced…": the scene, then the subject
            return _located(lex, s, text, q, fam, ar, placed)
    return False


# (Arabic) the situation a national emergency is about, told "in" its state ("المتعلقة بالوضع في
# سوريا"): the state is what the emergency is about, as in "المتعلقة بسوريا", not a scene
_SITUATION_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "بالوضع", "بالأوضاع", "بالحالة", "بالأزمة", "بالنزاع", "بالصراع", "الوضع", "الأوضاع", "الأزمة"))


def _situation_in_state_ar(s: Sentence, tags_at: list[frozenset[str]], target_tag: str, hit: Placed) -> bool:
    """(Arabic) Whether the state ``hit`` ends "<target marker> <situation> في [region words] X"
    ("المتعلقة بالوضع في شمال شرقي سوريا", "بشأن الأوضاع في جنوب السودان"): at most two
    words of region between "في" and the name."""
    for f in range(hit.first - 1, max(1, hit.first - 4), -1):
        if s.norms[f] in _IN_AR:
            return s.norms[f - 1] in _SITUATION_NOUNS_AR and target_tag in tags_at[f - 2]
    return False


# (Arabic) the people a measure is put on, by office or rank ("مسؤولين"، "قادة الانقلاب")
_PEOPLE_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "مسؤولين", "مسؤولي", "قادة", "زعماء", "ضباط", "وزراء", "أعضاء", "شخصيات", "سياسيين", "جنرالات",
    "قيادات", "مسؤولا", "قائد", "زعيم"))
_ON_AGAINST_AR: Final = frozenset(normalize_word(w) for w in ("على", "ضد"))


def _people_of_state_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) Whether the state after "في" at ``p`` is where the people a measure is put on
    belong: "فرضت عقوبات على مسؤولين في النيجر", "هددت بفرض عقوبات على قادة الانقلاب العسكري في
    غينيا بيساو" (their state, the measure's target), not the scene of the act: a people noun
    after "على" (or "ضد") within the five words before "في"."""
    if p.first < 3 or s.norms[p.first - 1] not in _IN_AR:
        return False
    for k in range(p.first - 2, max(-1, p.first - 7), -1):
        if s.norms[k] in _PEOPLE_NOUNS_AR:
            return k > 0 and (s.norms[k - 1] in _ON_AGAINST_AR or k > 1 and s.norms[k - 2] in _ON_AGAINST_AR)
    return False


_IN_AR: Final = frozenset({normalize_word("في")})


def _opening_scene(s: Sentence, text: str, k: int) -> bool:
    """Whether the location word at ``k`` opens the sentence or a phrase set off by a comma
    ("In Kigali, …", "Hours later, in Kigali, …")."""
    return "location" in s.tags[k] and (k == 0 or _comma_before(text, s, k))


_CITY_NOUNS_AR: Final = frozenset({"العاصمه", "مدينه"})
_GOVERNMENT_AR: Final = frozenset({"الحكومه", "حكومه", "السلطات", "سلطات"})


def _owned_name_end(s: Sentence, text: str, p: Placed, by_first: dict[int, Placed]) -> int:
    """The token after the name when the country ``p`` only says whose company follows it
    ("Saudi Arabia's Riyadh Air", "with China's Sinopec": capitalised words the knowledge base
    does not know, none of them an office: "Iran's Foreign Ministry" and "Turkey's Erdogan" keep
    their country), else 0."""
    if p.entity.type != "GPE" or text[p.end:p.end + 2].lower() not in ("'s", "\u2019s"):  # (or "TURKEY'S BOTAS")
        return 0
    k, n = p.last + 2, len(s.norms)
    if k >= n or s.norms[k - 1] != "s":
        return 0
    first = k
    while k < n and text[s.starts[k]].isupper() and "office" not in s.tags[k]:
        q = by_first.get(k)
        if q is not None:
            # a place may open the company's name ("Riyadh Air", "Dubai Ports"); a person or a
            # body named there is who acts ("Turkey's Erdogan")
            after = q.last + 1
            if q.entity.type not in _PLACE_TYPES or after >= n or after in by_first or not (
                text[s.starts[after]].isupper() and "office" not in s.tags[after]
            ):
                return 0
            k = after
            continue
        k += 1
    return k if k > first and (k == n or k not in by_first and "office" not in s.tags[k]) else 0


def _accords(s: Sentence, p: Placed, fam: str, ar: bool) -> bool:
    """(Arabic) Whether ``p`` is a treaty framework a state joins, which the KB types LAW
    ("انضمت كازاخستان إلى اتفاقيات أبراهام", "إلى معاهدة عدم الانتشار"): a name that opens with an
    accord's noun, not a statute ("قانون قيصر")."""
    return ar and fam == "alliance" and p.entity.type == "LAW" and "agreement_noun" in s.tags[p.first]


# (Arabic) the numbers that count people ("أربعة عراقيين", "خمسة ليبيين")
_COUNTS_AR: Final = frozenset(_NUM_WORDS) | {"عشرات", "مئات", "بضعه", "عده"}
# (English) the kind of accord a city's name stands before ("the Juba peace deal")
_ACCORD_KINDS_EN: Final = frozenset({"peace", "ceasefire", "cease-fire", "truce", "trade", "security", "framework",
                              "climate", "nuclear", "power-sharing", "normalisation", "normalization"})
# (English) a state's bodies named after its possessive ("Sudan's government")
_STATE_BODIES_EN: Final = frozenset({"government", "authorities", "army", "military", "forces", "president", "parliament",
                              "cabinet", "leaders", "junta"})
# the seats of government that host signings, as written (a building named after "في"/"at"/"in")
_SEAT_WORDS: Final = ("البيت الأبيض", "البيت الابيض", "الكرملين", "الإليزيه", "الاليزيه", "البنتاغون", "White House",
               "Kremlin", "Elysee", "Élysée", "Pentagon", "Downing Street")
_AT_AR: Final = frozenset({"في", "بالبيت", "داخل"})


_CITY_AR: Final = frozenset(normalize_word(w) for w in ("مدينة", "بمدينة"))


def _demonym_owns_sanctions_en(
    s: Sentence, text: str, hit: Placed, placed: list[Placed], target_tag: str, end: int
) -> bool:
    """(English) Whether ``hit`` is a demonym right before the sanctions' noun, with "on" (or
    another target marker) and a named party within two words after the noun: "the lifting of
    British sanctions on Zimbabwe", "most American sanctions on the two countries" say whose
    sanctions they are. Not a short name ("the lifting of Iran sanctions": those on Iran), and
    not without a party after the noun ("eased American sanctions last month")."""
    noun = hit.last + 1
    if noun >= len(s.norms) or "sanctions_noun" not in s.tags[noun]:
        return False
    if not is_demonym(hit.entity.id, text[hit.start:hit.end]):
        return False
    return any(
        target_tag in s.tags[k] and any(q.first in (k + 1, k + 2) for q in placed)
        for k in range(noun + 1, min(end, noun + 3))
    )


def _venue_city_demonym_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) Whether ``p`` is a one-word demonym right after a city's name in a phrase of place
    ("في مدينة ألماتي الكازاخستانية", "بمدينة جدة السعودية")."""
    if p.entity.type != "GPE" or p.first != p.last or p.first < 2:
        return False
    city = without_conjunction(s.norms[p.first - 2])
    return city in _CITY_AR and (city.startswith("ب") or p.first > 2 and s.norms[p.first - 3] in _AT_AR)


def _in_a_seat(s: Sentence, text: str, p: Placed, ar: bool) -> bool:
    """Whether ``p`` names a seat of government as the place of the act ("في البيت الأبيض",
    "at the White House", "in the Kremlin")."""
    name = text[s.starts[p.first]:s.ends[p.last]]
    if not any(w in name for w in _SEAT_WORDS) or p.first == 0:
        return False
    k = p.first - 1
    if not ar and s.norms[k] == "the" and k > 0:
        k -= 1
    return s.norms[k] in (_AT_AR if ar else ("at", "in", "inside"))


# (English) participles that say who stands behind a party ("a militia trained by the PKK")
_ABETTING_EN: Final = frozenset({"helping", "aiding", "assisting", "supplying", "supporting", "arming", "funding",
                          "financing", "backing", "equipping", "providing", "selling", "shipping"})
# (the masdar with its preposition, normalised: "بمساعدة", "لدعمها", "بتزويد")
_OWNER_AR: Final = frozenset(normalize_word(w) for w in ("التابع", "التابعة", "التابعين"))
_AGAINST: Final = frozenset({"ضد", "against"})
_ON_AR: Final = normalize_word("على")


def _harm_noun_ar(word: str) -> bool:
    """(Arabic) Whether ``word`` is a harm's noun, with its conjunction or its "ب"/"ل" ("متهمة
    بهجمات", "لاعتداءات")."""
    bare = without_conjunction(word)
    return bare in _HARM_NOUNS or bare[:1] in ("ب", "ل") and bare[1:] in _HARM_NOUNS
_HARM_NOUNS: Final = frozenset({"عنف", "العنف", "اعتداءات", "الاعتداءات", "هجمات", "الهجمات", "جرائم", "الجرائم",
                         "انتهاكات", "الانتهاكات", "violence", "attacks", "abuses", "crimes", "atrocities"})
_ABETTING_AR: Final = frozenset({"بمساعده", "بمساعدتها", "بمساعدته", "لمساعده", "لمساعدتها", "لمساعدته", "بدعم",
                          "بدعمها", "بدعمه", "لدعم", "لدعمها", "لدعمه", "بتزويد", "لتزويد", "لتزويدها",
                          "لتزويده", "بتمويل", "لتمويل", "لتمويلها", "لتمويله", "بتسليح", "لتسليح"})
_PARTNER_EN: Final = frozenset({"partner", "partners"})  # (a firm's, after a bare demonym: ``_company_adjective``)
_SPONSORED_EN: Final = frozenset({"trained", "backed", "supported", "armed", "funded", "financed", "founded", "created",
                           "sponsored", "equipped", "established"})


# what a state's name or demonym is hyphened to when it only says whose a thing is: "a
# Qatari-owned stud", "Russian-backed separatists", "a Dubai-based firm" (not "US-led": the
# leader of a coalition acts in it)
_OWNED_EN: Final = frozenset({"owned", "backed", "based", "funded", "financed", "controlled", "registered",
                       "flagged", "listed", "headquartered"})


def _owner_adjective_en(s: Sentence, p: Placed) -> bool:
    """(English) Whether the state at ``p`` is hyphened to an owner's participle ("Qatari-owned")."""
    k = p.last + 1
    return p.entity.type == "GPE" and k < len(s.norms) and s.norms[k] in _OWNED_EN and s.text[
        s.ends[p.last]:s.starts[k]] in ("-", "‐", "‑")


def _owner_of_sanctioned_firm_en(s: Sentence, p: Placed) -> bool:
    """(English) In a sanctions sentence, a state hyphened to "owned" ("a Turkish-owned company")
    says whose the sanctioned firm is, not the state sanctioned (not "state-owned", nor
    "Iranian-backed", whose patron may be the target)."""
    k = p.last + 1
    return _owner_adjective_en(s, p) and s.norms[k] == "owned"


def _company_adjective(
    s: Sentence, p: Placed, by_first: dict[int, Placed], noun: str = "company_noun"
) -> bool:
    """A state named only as a company's nationality: "a Saudi AI firm", "Turkish drone maker"
    (within three words, no office word or other name between); or, with ``noun``
    "local_place_noun", as a town's: "the Chinese city of Hangzhou"."""
    if p.entity.type != "GPE":
        return False
    if noun == "company_noun" and p.last + 1 < len(s.norms) and "commodity_noun" in s.tags[p.last + 1]:
        return True
    if noun == "company_noun" and s.norms[p.last + 1:p.last + 2] and s.norms[p.last + 1] in _PARTNER_EN and (
        p.first == 0 or s.norms[p.first - 1] not in _POSSESSIVES_EN
    ):
        return True  # "signs battery metals deal with Chinese partner" (not "with its Chinese partner")
    if noun == "company_noun" and _business_group_after(s, p):
        return True
    for k in range(p.last + 1, min(len(s.norms), p.last + 4)):
        if noun in s.tags[k]:
            return True
        if "office" in s.tags[k] or k in by_first or s.norms[k] in ("and", ",", "or"):
            return False
    return False


_MEMBER_NOUNS_EN: Final = frozenset({"member", "members"})


def _member_from_en(s: Sentence, text: str, p: Placed) -> bool:
    """(English) Whether a state is named by its demonym right before "member(s) of": "a Kenyan
    member of the network", "the Egyptian members of the committee" (a firm or people of a
    grouping, told by where they are from; the state by its own name, "India, a member of the
    group", is not so told)."""
    k = p.last + 1
    return (p.entity.type == "GPE" and k + 1 < len(s.norms) and s.norms[k] in _MEMBER_NOUNS_EN
            and s.norms[k + 1] == "of" and is_demonym(p.entity.id, text[p.start:p.end]))


def _business_group_after(s: Sentence, p: Placed) -> bool:
    """(English) Whether a bare demonym is followed by "group" after "with", as a headline names a
    firm: "signs feed deal with Norwegian group" (not "a Norwegian group of officers", nor "with
    its Norwegian group", nor a "battle group", whose word stands between)."""
    k = p.last + 1
    return (
        p.first > 0
        and s.norms[p.first - 1] == "with"
        and s.norms[k : k + 1] == ["group"]
        and s.norms[k + 1 : k + 2] != ["of"]
    )


_COMPANY_AR: Final = frozenset({"شركه", "الشركه", "شركات", "الشركات", "مجمع", "مجموعه", "مؤسسه",
                         # an association's name: "اتفاقية تعاون مع جمعية المرأة العمانية"
                         "جمعيه", "الجمعيه", "جمعيات", "الجمعيات",
                         # a hospital's or a university's: "مع مستشفى جامعي ألماني في برلين"
                         "مستشفي", "المستشفي", "مستشفيات", "جامعه", "الجامعه", "جامعات", "معهد", "المعهد",
                         # a bank's: "وقع بنكان مغربيان اتفاقا", "مع مصرف إماراتي"
                         "بنك", "البنك", "بنكان", "بنكين", "بنوك", "البنوك", "مصرف", "المصرف", "مصرفان",
                         "مصرفين", "مصارف", "المصارف",
                         # a trader's or a maker's: "اتفاقية مع موزع إسباني", "مع مصنع ياباني"
                         "موزع", "الموزع", "موزعين", "موزعون", "مورد", "المورد", "موردين", "موردون",
                         "مصنع", "المصنع", "مصانع", "المصانع",
                         # an operator's: "مذكرة تفاهم مع مشغل موانئ آسيوي"
                         "مشغل", "المشغل", "مشغلي"})
# whose nationality names no party either (but whose own deals are no business): a movement's,
# a party's ("زعيم الحركة الإسلامية السودانية": the man's movement, not Sudan)
_MOVEMENT_AR: Final = frozenset({"حركه", "الحركه", "حزب", "الحزب", "جبهه", "الجبهه", "تيار", "التيار",
                          # a forum's or a dialogue's: "معرقلي ملتقى الحوار السياسي الليبي"
                          "ملتقي", "الملتقي", "حوار", "الحوار",
                          # a sports club's or an academy's: "اتفاقية … مع ناد إسباني"
                          "ناد", "نادي", "النادي", "اكاديميه", "الاكاديميه"})
# a company named by its owner's pronoun: "عقوبات على شركة «…» وشركتها الأم الروسية", "رجل
# الأعمال … وشركته التركية", "مصرف «…» وفرعه الإيراني": the demonym after it is the firm's home
_OWNED_COMPANY_AR: Final = frozenset(normalize_word(w) for w in (
    "شركتها", "شركته", "شركتهما", "شركتهم", "شركاتها", "شركاته", "شركاتهم", "فرعها", "فرعه", "فروعها",
    "فروعه", "مصرفها", "مصرفه", "بنكها", "بنكه"))
_NATIONALITY_HOLDERS_AR: Final = _COMPANY_AR | _MOVEMENT_AR | _OWNED_COMPANY_AR
# a publishing house, whose nationality follows it indefinite: "وقعت دار نشر قطرية اتفاقية مع دار
# فرنسية" (not a definite one: "الدار البيضاء المغربية" is a city of the state)
_PUBLISHERS_AR: Final = frozenset({"دار", "ناشر"})
_INDEFINITE_HOLDERS_AR: Final = _NATIONALITY_HOLDERS_AR | _PUBLISHERS_AR


_LOCAL_BODIES_AR: Final = frozenset({"شرطه", "بلديه", "مطار", "ميناء", "غرفه", "بورصه", "جامعه", "مستشفي"}) | frozenset(
    # ports and airports by their state's adjective: "خدمات الشحن بين ميناء خالد والموانئ الهندية"
    normalize_word(w) for w in ("الموانئ", "موانئ", "والموانئ", "الميناء", "المطار", "المطارات", "مطارات"))


# what a freeze holds, named with the state where it lies: "freeze any US assets of …"
_HOLDINGS_EN: Final = frozenset({"assets", "property", "properties", "holdings", "accounts", "funds", "interests"})


def _where_assets_lie_en(s: Sentence, p: Placed) -> bool:
    """(English) A state named as where the assets frozen lie, their owner after "of": "The
    sanctions freeze any US assets of the four officials" (not "froze Russian central bank
    assets", the state's own)."""
    k = p.last + 1
    return (p.entity.type == "GPE" and k + 1 < len(s.norms) and s.norms[k] in _HOLDINGS_EN
            and s.norms[k + 1] == "of")


def _describes_subject_en(s: Sentence, text: str, a: int) -> bool:
    """(English) Whether the aside opening at token ``a`` is a noun phrase in apposition to a name
    right before its comma: "a close ally of…", "one of…", "the alliance's newest member" (not a
    list of names, "the United States, the EU and Britain", nor an adverbial, "in 2014")."""
    w = s.norms[a]
    if w not in ("a", "an", "one", "the") or a + 1 >= len(s.norms):
        return False
    if w == "the" and not text[s.starts[a + 1]:s.starts[a + 1] + 1].islower():
        return False  # ("the United States"): a name of a list
    return s.tags[a - 1] != frozenset() or text[s.starts[a - 1]:s.starts[a - 1] + 1].isupper()


_CLOSING_QUOTES: Final = frozenset({"»", '"', "\u201d"})


def _closing_quote_before(gap: str) -> bool:
    """Whether the text ``gap`` between two words is a quote that closes the first one: glued to
    it ('"الدعوة" الباكستانية'), not one that opens the second ('أن "الولايات المتحدة').
    ("»" only ever closes.)"""
    return gap.strip() in _CLOSING_QUOTES and (gap.strip() == "»" or not gap[:1].isspace())
# how many words before a demonym the quote that opens a unit's name may stand
_QUOTED_NAME_LONGEST: Final = 5
# (normalised) the endings of an adjective of nationality: "الجورجي", "اللبنانيه"
_NISBA_ENDINGS_AR: Final = ("ي", "يه")


def _quoted_name_demonym_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) A state named only as the last word of a quoted unit's name ("دمج «الفيلق الوطني
    الجورجي» في القوات المسلحة الأوكرانية"): the name's own adjective, no party (the unit is)."""
    if p.entity.type != "GPE" or p.last - p.first > 1 or not s.text or not s.norms[p.first].startswith("ال"):
        return False
    if not s.norms[p.last].endswith(_NISBA_ENDINGS_AR):
        return False  # (a state's own name closing a body's: «تجمع قوى تحرير السودان» acts for it)
    end = s.starts[p.last + 1] if p.last + 1 < len(s.starts) else len(s.text)
    gap = s.text[s.ends[p.last]:end]
    if not (gap[:1] == "»" or gap[:1] in _CLOSING_QUOTES and not gap.startswith('" ')):
        return False  # (the quote must close right on the demonym, a comma may follow it: "الجورجي»،")
    return any(_opening_quote(gap_before(s, k)) for k in range(max(0, p.first - _QUOTED_NAME_LONGEST), p.first))


def _opening_quote(gap: str) -> bool:
    """Whether the text ``gap`` before a word holds a quote that opens it ("«", or a '"' glued to
    the word)."""
    return "«" in gap or gap.endswith('"')


# what a committee is "concerned with" or "competent for": its remit
_REMIT_AR: Final = frozenset(normalize_word(w) for w in ("المعنية", "المعني", "المختصة", "المختص"))
# "لجنة العقوبات المعنية بتنظيم القاعدة في مجلس الأمن", "… التابعة لمجلس الأمن": the body the
# committee sits in ends its remit, and is no remit of its own
_SEAT_OF_BODY_AR: Final = frozenset(normalize_word(w) for w in ("في", "التابعة", "التابع", "لدى"))


# (normalised, without "و"/"ب"/"ل"/"في" before them) the nouns of what a matter is: a crisis, a war
_TOPIC_NOUNS_AR: Final = frozenset({"الازمه", "الحرب", "الصراع", "النزاع", "الملف", "القضيه"})


def _topic_demonym_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) A state named only by the adjective of a matter right before it: "الأزمة
    الأوكرانية", "بالحرب السورية", "للملف النووي" is no adjective of a state."""
    if p.entity.type != "GPE" or p.first == 0 or not s.norms[p.first].startswith("ال"):
        return False
    noun = s.norms[p.first - 1]
    for prefix in ("و", "ف", "ب", "ل"):
        if noun.startswith(prefix + "ال"):
            noun = noun[len(prefix):]
            break
    if noun.startswith("لل"):
        noun = "ال" + noun[2:]  # ("للأزمة": ل + الأزمة)
    return noun in _TOPIC_NOUNS_AR


def _translation_language_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) A language named as what a text is translated into or from: "لترجمة عشرين عنوانا
    عربيا إلى الفرنسية", "ترجمها من الألمانية" (a definite feminine demonym right after "إلى" or
    "من", a word of translating within eight words before it): no state."""
    k = p.first - 1
    if p.entity.type != "GPE" or p.first != p.last or k < 1 or s.norms[k] not in ("الي", "من"):
        return False
    word = s.norms[p.first]
    return word.startswith("ال") and word.endswith("يه") and any(
        "ترجم" in s.norms[j] for j in range(max(0, k - 8), k))


def _company_demonym_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) A state named only as a company's or an association's nationality: "وقع مجمع
    سوناطراك مع شركة إيني الإيطالية اتفاقات" (a demonym within three words after "شركة",
    "مجمع" or "جمعية")."""
    if p.entity.type != "GPE" or p.last - p.first > 1:
        return False  # (a demonym of one or two words: "الكورية الجنوبية")
    if not _definite_ar(s, p.first):
        # an indefinite one right after its noun, or after one adjective of it: "شركة مغربية",
        # "بنكان مغربيان", "مصرفان إسلاميان بحرينيان"
        if not demonym_word_ar(s, p):
            # the state's name closing a company's name, a chain of bare nouns ("شركة تنمية طاقة
            # عمان", "شركة نفط عمان"): the company's, not the state
            for k in range(p.first - 1, max(-1, p.first - 5), -1):
                if "complementizer" in s.tags[k]:
                    # "قال أمام نواب حزبه إن تركيا سترفع …": "إن" or "أن" opens a clause, whose
                    # subject is named after it; no company's name runs across it
                    return False
                if not _NATIONALITY_HOLDERS_AR.isdisjoint(s.forms[k]):
                    return k < p.first - 1
                if s.norms[k].startswith("ال") or s.norms[k] in _PREPOSITIONS_AR or s.norms[k] in ("و", "او"):
                    return False
            return False
        holders = _INDEFINITE_HOLDERS_AR
        if p.first > 0 and not holders.isdisjoint(s.forms[p.first - 1]):
            return True
        return p.first > 1 and not s.norms[p.first - 1].startswith("ال") and not holders.isdisjoint(
            s.forms[p.first - 2])
    if p.first > 0 and s.text and _closing_quote_before(s.text[s.ends[p.first - 1]:s.starts[p.first]]):
        # "«روسنفت» الروسية", "«كوسكو» الصينية", "جماعة "الدعوة" الباكستانية": the nationality of
        # the name quoted before it
        return True
    for k in range(p.first - 1, max(-1, p.first - 6), -1):
        if not _NATIONALITY_HOLDERS_AR.isdisjoint(s.forms[k]):
            return True
        if p.first - k >= 3 and (s.norms[k].startswith("ال") or s.norms[k] in _PREPOSITIONS_AR):
            return False  # (a long name is one of bare words: "شركة زد تي إي الصينية", not "الشركة مع الحكومة الصينية")
    return False


_ATTRIBUTION_AR: Final = frozenset({"بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "ووفق", "ووفقا", "نقلا"})


def _attributed(s: Sentence, p: Placed, ar: bool) -> bool:
    """Whether ``p`` names where the source a report is attributed to sits: within five words
    after "بحسب مصدر في", "وفقا لمسؤول في", "according to an official at", with no comma between."""
    for k in range(p.first - 1, max(-1, p.first - 6), -1):
        if k + 1 < p.first and _comma_before(s.text, s, k + 1):
            return False
        if ar and s.norms[k] in _ATTRIBUTION_AR or not ar and s.norms[k] == "to" and k > 0 and (
                s.norms[k - 1] == "according"):
            # (a source inside the body, not the body itself: "according to the Treasury" may
            # name who acted)
            return not _SOURCE_NOUNS.isdisjoint(s.norms[k + 1:p.first])
    return False


_SOURCE_NOUNS: Final = frozenset({"مصدر", "مصادر", "مسوول", "مسوولين", "مسوولون", "متحدث", "المتحدث", "ناطق", "الناطق",
                           "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson"})


# (normalised) works of culture, whose nationality after them ("رواية لبنانية", "أفلام مصرية")
# names where they were written or made, no party to a deal on them
_WORKS_AR: Final = frozenset(normalize_word(w) for w in (
    "رواية", "روايات", "الروايات", "كتاب", "كتب", "الكتب", "فيلم", "أفلام", "الأفلام", "مسلسل",
    "مسلسلات", "المسلسلات", "أغنية", "أغان", "أغاني", "قصيدة", "قصائد", "مسرحية", "مسرحيات",
    "مخطوطة", "مخطوطات", "المخطوطات", "لوحة", "لوحات", "اللوحات", "قصة", "قصص", "القصص"))


def _nationality_of_works_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) A state named only as the adjective of works of culture, right after their noun
    ("عشرين رواية لبنانية", "الأفلام المصرية")."""
    return (p.entity.type == "GPE" and p.first > 0 and demonym_word_ar(s, p)
            and without_conjunction(s.norms[p.first - 1]) in _WORKS_AR)


def _definite_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether token ``k`` bears the article: as written, since the folded copy also
    starts "ال" for the indefinite demonyms that begin "أل" ("دار ألمانية", "شركة ألبانية")."""
    if not s.text:
        return s.norms[k].startswith("ال")
    return s.text.startswith("\u0627\u0644", s.starts[k])  # ال


def demonym_word_ar(s: Sentence, p: Placed) -> bool:
    """(Arabic) Whether the mention is an adjective of nationality (ending in ي/ية/يان/يين…), not
    the state's name ("شركة مصر للطيران" names the company after the state)."""
    return s.norms[p.last].endswith(("ي", "يه", "يان", "يين", "يون", "يتان", "يتين"))


def _company_named_ar(s: Sentence, p: Placed | None) -> bool:
    """(Arabic) Whether the mention ``p`` names a company: "شركة إيني", "مجمع سوناطراك" (the noun
    before the name or, "شركة قطر للطاقة", its first word)."""
    return p is not None and p.entity.type == "ORG" and any(
        not _COMPANY_AR.isdisjoint(s.forms[k]) for k in range(max(0, p.first - 2), p.first + 1))


_SIGNED_PARTICIPLES: Final = frozenset({"signed", "الموقع", "الموقعه", "الموقعين", "المبرم", "المبرمه"})


def _accord_signed_in(s: Sentence, p: Placed, ar: bool) -> bool:
    """A city named as where an accord was signed, after its participle: "under the deal signed
    in Nairobi", "بموجب الاتفاق الموقع في جدة" (a city; a state's name there may be its party)."""
    k = p.first - 1
    return (p.entity.type == "GPE" and ":place:" in (p.entity.id or "") and k > 0
            and s.norms[k] in ("في", "in") and s.norms[k - 1] in _SIGNED_PARTICIPLES
            and s.first("agreement_noun", max(0, k - 4), k) >= 0)


def _names_an_accord(s: Sentence, text: str, p: Placed, ar: bool) -> bool:
    """A city that names an accord, not a party to it: "the Ankara Declaration", "the Doha
    Agreement" (a city before a capitalised accord noun), "إعلان أنقرة", "اتفاق الرياض" (a city
    right after the accord noun, with no second place joined by "و": "اتفاق أنقرة ودمشق" names
    the parties)."""
    if p.entity.type != "GPE" or ":place:" not in (p.entity.id or ""):
        return False  # (a city; a state's name before an accord is its party: "the Iran deal")
    if not ar:
        k = p.last + 1
        if k + 1 < len(s.norms) and s.norms[k] in _ACCORD_KINDS_EN and "agreement_noun" in s.tags[k + 1]:
            return True  # "Sudan and rebels sign Juba peace deal": the city names the kind of deal it is
        # (lower case after "the": "under the Nairobi agreement"; not "signed in Nairobi agreements")
        return k < len(s.norms) and "agreement_noun" in s.tags[k] and (
            text[s.starts[k]].isupper() or p.first > 0 and s.norms[p.first - 1] == "the")
    k = p.first - 1
    if k < 0 or "agreement_noun" not in s.tags[k] or p.first != p.last:
        return False
    nxt = p.last + 1
    return not (nxt < len(s.norms) and s.norms[nxt].startswith("و") and len(s.norms[nxt]) > 2)


# a trip's nouns: the place after "a visit to", "his tour of" is where someone went, no party
_VISIT_NOUNS_EN: Final = frozenset({"visit", "visits", "trip", "trips", "tour", "tours", "journey", "stopover"})


def _visited_place_en(s: Sentence, p: Placed) -> bool:
    """(English) Whether place ``p`` is the destination of a visit: "on a visit to Riyadh",
    "during his tour of the Gulf" (the visitor's words or acts take the host for no party)."""
    k = p.first - 1
    if k > 0 and s.norms[k] == "the":
        k -= 1
    return k > 0 and s.norms[k] in ("to", "of") and s.norms[k - 1] in _VISIT_NOUNS_EN


def _at_venue(s: Sentence, p: Placed) -> bool:
    k = p.first - 1
    if k > 0 and s.norms[k] == "the":
        k -= 1
    return k >= 0 and s.norms[k] in ("at", "inside")


_LIST_GAP: Final = re.compile(r"\s*(?:,|،)?\s*(?:and\s+|و\s*)?")


# "Obama signed an executive order lifting the sanctions on Myanmar": the participle's subject
# is who signed the order, and a state named in the order's phrase ("an order terminating the
# emergency with respect to Myanmar, lifting…") is what it is about
_SIGN_EN: Final = frozenset({"signed", "signs", "sign", "signing", "issued", "issues", "issue"})
_ORDER_EN: Final = frozenset({"order", "orders", "decree", "decrees", "directive", "directives", "proclamation",
                       "memorandum", "bill", "law"})


def _order_signer(s: Sentence, placed: list[Placed], t: int, lo: int, roles: Roles, target_ok: set[str]) -> None:
    """(English) The actor of a sanctions participle ("lifting", "imposing") that an order
    signed by someone carries out: the signer (a person stands for the state they lead)."""
    if not s.norms[t].endswith("ing"):
        return
    order = next((i for i in range(t - 1, max(lo, t - 12) - 1, -1) if s.norms[i] in _ORDER_EN), -1)
    if order < 0:
        return
    sign = next((i for i in range(order - 1, max(lo, order - 4) - 1, -1) if s.norms[i] in _SIGN_EN), -1)
    if sign < 0:
        return
    signer = next((p for p in reversed(placed) if p.last < sign and sign - p.last <= 4 and p.first >= lo), None)
    if signer is None or signer.entity.type not in ("PERSON", "GPE", "ORG"):
        return
    actor = signer.entity
    if actor.type == "PERSON":
        from rasd.events.kbinfo import country_of  # (the KB is loaded only when one is asked)

        state = country_of(actor.id)
        if state is None:
            return  # a signer of no known state
        actor = entity_of(state)
    for e in list(roles.actors):
        via = roles.via.get(id(e))
        if via is not None and sign < via.first < t:
            roles.actors.remove(e)  # named inside the order's phrase: what it is about
            if e.type in target_ok and all(e is not x for x in roles.targets) and e.id != actor.id:
                roles.targets.append(e)
    if all(e.id != actor.id for e in roles.actors):
        roles.actors.insert(0, actor)


def _participle_shares_subject_en(
    s: Sentence, text: str, placed: list[Placed], t: int, roles: Roles, target_ok: set[str]
) -> None:
    """(English) "Qatar has named a new envoy to Egypt, restoring full diplomatic relations": a
    participle after a comma shares the subject of its sentence, the state that opens it; a
    state named between (the envoy's post) is the counterpart, not a second actor."""
    if t < 1 or not s.norms[t].endswith("ing") or not _participle_after_comma_en(s, text, t):
        return
    subject = next((p for p in placed if p.first <= 1), None)
    if subject is None or subject.entity.type != "GPE" or any(e.id == subject.entity.id for e in roles.actors):
        return
    for e in list(roles.actors):
        via = roles.via.get(id(e))
        if via is not None and subject.last < via.first < t:
            roles.actors.remove(e)  # named in the main clause's object: the counterpart
            if e.type in target_ok and all(e is not x for x in roles.targets):
                roles.targets.append(e)
    roles.targets = [e for e in roles.targets if e.id != subject.entity.id]
    roles.actors.insert(0, subject.entity)


_PARTICIPLE_REACH_EN: Final = 12  # tokens back from "and" to the first participle of the pair


def _participle_after_comma_en(s: Sentence, text: str, t: int) -> bool:
    """(English) Whether the participle at ``t`` opens a clause after a comma, or is the second of
    two participles joined by "and" after one ("reopened the border, ending a closure of three
    years and restoring normal relations": both share the sentence's subject)."""
    if "," in text[s.ends[t - 1]:s.starts[t]]:
        return True
    if t < 3 or s.norms[t - 1] != "and":
        return False
    for k in range(t - 2, max(0, t - 1 - _PARTICIPLE_REACH_EN), -1):
        comma_before = "," in text[s.ends[k - 1]:s.starts[k]]
        if comma_before:
            return s.norms[k].endswith("ing")
    return False


def _coordinated_verb(s: Sentence, text: str, t: int, span: int, by_first: dict[int, Placed]) -> bool:
    """(Arabic) Whether the trigger is a verb glued to و right after a comma ("، ووسع", "، وشدد")
    with no name of its own right after it (the VSO subject: "، ووقعت مصر")."""
    if not s.norms[t].startswith("و") or len(s.norms[t]) < 4 or by_first.get(t + span) is not None or (
            by_first.get(t + span + 1) is not None):
        return False  # ("، ووقع خلالها المغرب": its own subject after an adverb)
    if text[s.starts[t]] != "و":
        return False
    gap = text[s.ends[t - 1]:s.starts[t]]
    return "،" in gap or "," in gap


# (Arabic) "في مقر", "بمقر", "داخل مقر": the seat of a body where something happens; the names
# of its phrase (the body, its nationality: "مقر جهاز المخابرات العامة المصرية", "مقر وزارة
# الخارجية المصرية بالقاهرة") say where, not who
_SEAT_AR: Final = frozenset({"مقر", "بمقر", "ومقر", "المقر", "بالمقر", "لمقر"})
_SEAT_REACH: Final = 6  # tokens of the seat's phrase
_SEAT_ENDS_AR: Final = frozenset({"مع", "بين", "على", "الي", "الى", "من", "عن", "و"})


def _seat_names(s: Sentence, text: str, placed: list[Placed]) -> set[int]:
    out: set[int] = set()
    seats = [i for i, norm in enumerate(s.norms) if norm in _SEAT_AR]
    for i in seats:
        if i == 0 or s.norms[i - 1] not in ("في", "داخل") and not s.norms[i].startswith("ب"):
            continue  # "مقر" as a subject or object ("افتتح مقرا"): no scene
        end = i + 1
        while end < len(s.norms) and end - i <= _SEAT_REACH and s.norms[end] not in _SEAT_ENDS_AR and not (
                _comma_before(text, s, end)):
            end += 1
        out.update(id(p) for p in placed if i < p.first < end)
    return out


# (whole words after their proclitics: "الإسلامية" is no "سلام")
_PEACE_AR: Final = re.compile(
    r"(?<![^\s«\"(])(?:[وفب]?(?:ال|لل)|[وفبل])?(?:مصالحه|مصالحة|سلام|هدنه|هدنة)(?![^\s،,.:»\")])"
    r"|وقفا?\s+(?:(?:دائم|دائما|شامل|شاملا|فوري|فوريا|نهائي|نهائيا|كامل|كاملا)\s+)?(?:لاطلاق|لإطلاق|إطلاق|اطلاق)\s+النار"
    r"|وقف\s+القتال"  # (a ceasefire may be "permanent": "اتفاقا لوقف دائم لإطلاق النار")
    r"|[اإأ]نهاء\s+الانقسام|الوحد[ةه]\s+الوطني[ةه]"  # (a unity accord: "إنهاء الانقسام")
    r"|(?<![^\s])[وفبل]?(?:توحيد|دمج)\s+(?:ال)?(?:قوات|جيش|جيوش|مؤسسه|مؤسسة)|قوه\s+مشتركه|قوة\s+مشتركة"
)
# (or the armies' unification a settlement brings: "signed an agreement to set up a joint force")
_PEACE_EN: Final = re.compile(r"\b(?:reconcil\w*|peace|ceasefire|cease-fire|truce|armistice|unity"
                       r"|joint (?:force|command|army)"
                       r"|(?:unif|merg|integrat)\w* (?:the |their |its )?(?:armed forces|armies|army|forces|units))\b", re.I)


# the kin, aides and circle of a person, named for him: "Putin's two daughters", "an aide to
# Orbán", "the son of Ramzan Kadyrov"; «ابنتي بوتين», «مستشار أوربان», «مدير مكتب أوربان»
_KIN_EN: Final = (r"(?:daughters?|sons?|wife|husband|children|brothers?|sisters?|nephews?|nieces?|cousins?|"
           r"son-in-law|daughter-in-law|relatives?|family|family members|girlfriend|partner|aides?|"
           r"advis[eo]rs?|chief of staff|spokes(?:man|woman|person)|associates?|allies|ally|cronies|"
           r"friends?|inner circle|bodyguards?|secretary|lawyers?|financiers?|backers?)")
_KIN_AFTER_EN: Final = re.compile(rf"['\u2019]s?\s+(?:(?:\w+|\d+)\s+){{0,2}}{_KIN_EN}\b")
_KIN_BEFORE_EN: Final = re.compile(rf"\b{_KIN_EN}\s+(?:of|to|close to)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){{0,3}}$")
_KIN_AR: Final = frozenset(normalize_word(w) for w in (
    "ابن", "ابنة", "ابنتي", "ابني", "أبناء", "بنات", "نجل", "نجلي", "أنجال", "زوجة", "زوج", "شقيق", "شقيقة",
    "أشقاء", "شقيقي", "صهر", "أقارب", "عائلة", "أسرة", "مستشار", "مستشارة", "مستشاري", "مساعد", "مساعدة",
    "مساعدي", "المقربين", "المقرب", "المقربة", "حلفاء", "معاوني", "معاون", "سكرتير", "محامي", "ممولي",
    "حارس", "حراس"))
_KIN_AR_TWO: Final = frozenset((normalize_word(a), normalize_word(b)) for a, b in (
    ("مدير", "مكتب"), ("مديرة", "مكتب"), ("رئيس", "ديوان"), ("أفراد", "عائلة"), ("أفراد", "أسرة"),
    ("المقربين", "من"), ("المقرب", "من"), ("المقربة", "من")))


def _principal_of_another(text: str, s: Sentence, q: Placed, ar: bool) -> bool:
    """Whether the person named at ``q`` is named only for whose kin, aide or circle the one
    sanctioned is: "Putin's daughters", "an aide to Orbán", «مستشار أوربان»."""
    if ar:
        k = q.first
        return k > 0 and (without_conjunction(s.norms[k - 1]) in _KIN_AR
                          or k > 1 and (without_conjunction(s.norms[k - 2]), s.norms[k - 1]) in _KIN_AR_TWO)
    return (_KIN_AFTER_EN.match(text, q.end, q.end + 48) is not None
            or _KIN_BEFORE_EN.search(text, max(0, q.start - 40), q.start) is not None)


def _possessors(text: str, placed: list[Placed], roles: Roles) -> None:
    """(English) "Machar's SPLA-IO signed…": the leader who owns an acting armed group or party
    is a party beside it."""
    for e in list(roles.actors):
        via = roles.via.get(id(e))
        if via is None or e.type != "ORG":
            continue
        owner = next((q for q in placed if q.entity.type == "PERSON" and q.end < via.start
                      and text[q.end:via.start] in ("'s ", "\u2019s ")), None)
        if owner is not None and all(owner.entity is not x for x in roles.actors + roles.targets):
            roles.actors.insert(roles.actors.index(e), owner.entity)
            roles.via[id(owner.entity)] = owner


def _new_clause_between(
    s: Sentence, text: str, last: int, anchor: int, t: int, span: int, by_first: dict[int, Placed]
) -> bool:
    """(Arabic) Between a name ending at ``last`` and ``anchor`` a word glued to و right after a
    comma opens a new clause: a verb, not a name of a list ("، والسعودية"); the trigger itself
    counts only when a name of its own follows it ("، وفرضت ليتوانيا")."""
    for j in range(last + 1, anchor + 1):
        if j in by_first or not s.norms[j].startswith("و") or len(s.norms[j]) < 4:
            continue
        if j == t and by_first.get(t + span) is None:
            continue
        if text[s.starts[j]] == "و" and "،" in text[s.ends[j - 1]:s.starts[j]]:
            return True
    return False


def _svo_coordinated(s: Sentence, t: int, span: int, lo: int, by_first: dict[int, Placed]) -> bool:
    """(Arabic) A headline's second present verb ("الاتحاد الأوروبي يرفع العقوبات عن سوريا ويمدد
    إجراءاته", "هادي يلغي الحرس والفرقة ويدمجهما"): the name that opens the clause right before
    its first present verb is the subject of both."""
    norm = s.norms[t]
    if len(norm) < 4 or not norm.startswith(("وي", "وت")) or by_first.get(t + span) is not None:
        return False
    opener = next((by_first[i] for i in range(lo, min(t, lo + 2)) if i in by_first), None)
    if opener is None or opener.last + 1 >= t:
        return False
    verb = s.norms[opener.last + 1]
    return len(verb) > 3 and verb.startswith(("ي", "ت"))


def _in_closed_relative_ar(s: Sentence, text: str, p: Placed, start: int, t: int) -> bool:
    """``p`` stands in a relative clause set off by commas and closed before the trigger:
    "أعلنت البرازيل، التي تتولى رئاسة مجموعة بريكس، انضمام إندونيسيا" (BRICS is no party of
    the accession the clause does not tell)."""
    opened = next((r for r in range(p.first - 1, max(start - 4, 1) - 1, -1) if s.norms[r] in _RELATIVE_AR), -1)
    if opened < 0 or not any(c in text[s.ends[opened - 1]:s.starts[opened]] for c in "،,"):
        return False
    return any(any(c in text[s.ends[j - 1]:s.starts[j]] for c in "،,") for j in range(p.last + 1, t + 1))


def _forces_before(tags_at: list[frozenset[str]], norms: list[str], lo: int, hi: int) -> bool:
    """(Arabic) Whether forces are named just before ``hi`` (from ``lo``), with no preposition
    between: the demonym at ``hi`` says whose they are ("طائرات الدورية البحرية الألمانية"), not
    where they go ("قوات وأسلحة للحلف على الأراضي الفنلندية")."""
    k = next((k for k in range(hi - 1, max(lo, hi - 4) - 1, -1)
              if "troops_noun" in tags_at[k] or "warcraft_noun" in tags_at[k]), -1)
    return k >= 0 and not any(w in _PREPOSITIONS_AR or w.startswith(("لل", "بال")) for w in norms[k + 1:hi])


_PREPOSITIONS_AR: Final = frozenset({"علي", "على", "في", "الي", "إلى", "من", "عن", "مع", "لدى", "لدي"})


# what opens an adverbial phrase set off by commas ("، بعد مباحثات …،", "، خلال زيارته …،")
_ADVERBIAL_OPENERS_AR: Final = frozenset({"بعد", "قبل", "خلال", "عقب", "إثر", "اثر", "اثناء", "أثناء", "في", "على"})


def parenthetical_opened_ar(s: Sentence, text: str, lo: int, t: int) -> int:
    """(Arabic) The first token of an adverbial phrase that opens after a comma and closes with
    a comma right before the trigger (or before the preposition that takes it: "اتفقت الحكومة
    والحركات، في ختام مفاوضات الدوحة، على دمج المقاتلين"), or -1."""
    def comma_before(k: int) -> bool:
        return any(c in text[s.ends[k - 1]:s.starts[k]] for c in "،,")

    close = t if comma_before(t) else t - 1 if s.norms[t - 1] in _PREPOSITIONS_AR and comma_before(t - 1) else -1
    if close < 0 or close < lo + 2:
        return -1
    for k in range(close - 2, max(lo, close - 32), -1):
        if comma_before(k):
            return k if s.norms[k] in _ADVERBIAL_OPENERS_AR else -1
    return -1
