"""Sentence-level event extraction: triggers → status → roles → one event per real-world event.

Pipeline per article:

1. screen the article for trigger words in one pass (``screen``): an article without any has
   no event, and only the sentences where one was found are looked at; split into sentences
   (and clauses) with offsets; cap the work per sentence and article; a sentence that names
   no entity and refers back to none cannot give an event a participant and is skipped;
2. find triggers from the language's lexicon; a trigger counts only when its companion cue is
   near (a sanctions noun for sanctions types, an agreement noun for "signed"...), and
   competing sanctions triggers on the same noun keep the most specific ("تمديد تعليق" is a
   suspension, not an extension);
3. decide the status (``status.decide``) and drop demands and hypotheses;
4. fill roles from the tagged entities (``roles.assign``); an event with no participant at
   all is not emitted;
5. merge mentions of the same event (same type and alertability, overlapping participants),
   keeping the best evidence; then an undated alertable event that is also described as
   background, denied or stalled elsewhere in the article takes that status (precision first:
   an alert nobody should receive is worse than a missed duplicate).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial, reduce
from itertools import compress, repeat
from operator import and_, attrgetter, itemgetter, lt, or_
from typing import Any, Final, cast

from rasd.entities.titles import COUNTERPART_WORDS
from rasd.events.codes import ALERTABLE, codes_for, family, sanction_attributes
from rasd.events.dateline import byline_place_spans, dateline_spans
from rasd.events.duration import _MONTHS, _UNITS, find_dates, find_duration, is_time_unit, years_in
from rasd.events.kbinfo import (
    SANCTIONS_OFFICES,
    country_of,
    entity_of,
    heads_state,
    is_armed_force,
    is_bloc_of_states,
    is_central_bank,
    is_demonym,
    is_peace_mission,
    kb_entity,
    parent_id,
    programme_targets,
    sanctions_seat_body,
    state_of_capital_named,
    treaty_ids,
)
from rasd.events.lexicon import (
    MARKS_SANCTIONS_TARGET,
    REFERS_BACK,
    Lexicon,
    TriggerSpec,
    WordInfo,
    load_lexicon,
)
from rasd.events.participants import refine
from rasd.events.roles import (
    ENTERING_EN,
    IMPOSED_EN,
    INVESTMENT_EN,
    Placed,
    Roles,
    assign,
    borrow_actors,
    city_of_a_state,
    demonym_word_ar,
    envoy_of_remit_en,
    parenthetical_opened_ar,
    place,
    plural_subject,
    speaker_of_its,
    speaker_of_threat,
    speaker_state,
    state_before_envoy_en,
    unknown_name_after,
    warned_at_length_en,
    warner_and_warned_en,
)
from rasd.events.sentences import (
    ASIDE_TITLES_AR,
    Sentence,
    aside_before,
    aside_words,
    build,
    comma_before,
    index_tags,
    relative_aside_words,
    split_spans,
    with_aside_before_en,
)
from rasd.events.status import (
    COMES_AR,
    ENVOYS_EN,
    LEAD_BACK_EN,
    PROVIDES_AR,
    RELATIVE_AR,
    StatusDecision,
    clause_bounds,
    date_words,
    decide,
    duration_words,
    finite_verb_ar,
    last_index,
    passive_subject_en,
    pronoun_after_time_word_en,
)
from rasd.events.textnorm import TOKEN_SPLIT, normalize_word, variants, without_conjunction
from rasd.kb.model import KBEntity
from rasd.model import EntityRef, EntityResult, Event, Mention

log = logging.getLogger(__name__)

MAX_TRIGGERS: Final = 300  # per article: a flattened table of "sanctions" rows must not cost minutes
# The two shortcuts of ``extract`` (the article's trigger screen, and leaving out a sentence that
# can name no one) skip only work that finds nothing; tests turn them off to prove it.
SHORTCUTS = True
_ARABIC: Final = re.compile("[\u0600-\u06ff]")
_PASSIVE_ENDINGS: Final = ("ed", "en", "wn", "ut", "ck")  # of an English participle
_LISTING: Final = frozenset({"added", "designated", "blacklisted", "listed", "sanctioned"})
_LISTING_NEXT: Final = frozenset({"to", "by", "under", "as", "for", "on"})
_MARKS_INSIDE: Final = re.compile("[\u0610-\u061a]")
_CLOSING: Final = "\"'\u201d\u2019\u00bb)"  # quotes and brackets that may close a question
_LEAD_CHARS: Final = 400  # the headline, byline or dateline, and the first sentence of an article
_STATUS_RANK: Final = {"occurred": 0, "planned": 1, "negated": 2, "stalled": 3, "historical": 4}
# a football club's name in the knowledge base ("Juventus FC", "Manchester United F.C.", "Al Hilal
# SFC", "Real Madrid CF"): whoever joins it is a player or a coach, not a state joining a bloc
_CLUB_NAME: Final = re.compile(r"\s(?:F\.C\.|A\.F\.C\.|FC|AFC|SC|SFC|CF|S\.K\.|SK)$|^(?:FC|AFC|CF) ")


@dataclass(slots=True)
class _Candidate:
    sentence: Sentence
    index: int
    span: int
    spec: TriggerSpec


@dataclass(slots=True)
class _Found:
    type: str
    status: str
    fresh: bool
    actors: list[EntityResult]
    targets: list[EntityResult]
    instrument: EntityResult | None
    duration: str | None
    dates: list[str]
    evidence: Mention
    trigger: str
    confidence: float
    formal: bool
    members: int = 1
    extra_dates: list[str] = field(default_factory=list)
    # whether the group's "occurred" rests on its headline alone (set by ``_absorb``)
    headline_occurred: bool | None = None
    # read in a later clause of the headline ("قيس سعيد يقرر تعيين سفير.. وسوريا تعلن إعادة فتح
    # سفارتها"): a headline's tense too, though its evidence does not open the article
    later_headline_clause: bool = False


def guess_lang(text: str, lang: str) -> str:
    if lang in ("ar", "en"):
        return lang
    sample = text[:2000]
    return "ar" if len(_ARABIC.findall(sample)) > len(sample) / 4 else "en"


def extract(text: str, lang: str, entities: list[EntityResult], published: date | None) -> list[Event]:
    lex = load_lexicon(guess_lang(text, lang))
    screened = lex.screen.scan(text) if lex.screen is not None and SHORTCUTS else None
    if screened is not None and not screened.hits:
        return []  # no trigger word anywhere: most articles
    spans = split_spans(text)
    if lex.lang == "en":
        spans = _without_related(text, spans)
    article: _Article | None = None  # what only sentences with a trigger need, made at the first
    found: list[_Found] = []
    budget = MAX_TRIGGERS
    for s_start, s_end in spans if screened is None else compress(spans, screened.marked(spans)):
        parts = TOKEN_SPLIT.split(text[s_start:s_end])  # gap, word, gap, ..., gap
        words = parts[1::2]
        if not (words and lex.any_trigger(words)):
            continue
        if article is None:
            article = _Article(text, entities, spans, published)
        infos = lex.words(words)
        previous = partial(article.previous, s_start)  # asked for only when an anaphor needs it
        earlier = partial(plural_subject, text, spans, article.mentions, article.starts, s_start)
        # the last sanctions event of the two sentences before, whose parties "those measures"
        # of this one take over ("… lifted sanctions on Belarus. … kept an arms embargo in place.
        # Those measures were extended until 2017.")
        story = _sanctions_story_event(found, spans, s_start) if lex.lang == "en" and found else None
        if SHORTCUTS and not article.names_anyone(s_start, s_end) and not _may_name_anyone(
            lex, text, s_start, words, infos, previous
        ) and not (story is not None and _MEASURES_BACK_EN.search(text, s_start, s_end)):
            continue  # (its triggers no longer count towards MAX_TRIGGERS: they cost nothing)
        for s in build(text, s_start, s_end, lex, words, infos, parts):
            placed = bare = place(s, article.mentions, article.starts)
            if "conditional" in s.where:
                s = _no_condition_in_names(s, placed)
            if lex.lang == "en" and not _NAMING_WORDS_EN.isdisjoint(s.norms):
                placed = bare = [p for p in placed if not _state_names_another(s, text, p)]
            if lex.lang == "en" and _numbered_name_in(text, s_start, s_end):
                placed = bare = [p for p in placed if not _numbered_unit_name(s, text, p)]
            if lex.lang == "ar" and _UNION_AR in s.norms:
                placed = bare = _without_national_unions(s, placed)
            if "capital_stand_in" in s.where:
                placed = _with_stand_ins(text, s, placed, article.by_id)
            for cand in _resolve(_easing_by_exemption_en(_triggers(lex, s, placed))):
                budget -= 1
                # (a military presence keeps its places: there the city is where the troops are)
                mine = bare if family(cand.spec.type) == "military" else placed
                if lex.lang == "ar" and cand.spec.type == "agreement.signed":
                    mine = _without_envoy_posts_ar(s, mine)
                last = found[-1] if found and found[-1].evidence.start == s.start else None
                event = _build(
                    lex, text, cand, mine, previous, published, article.reference_year, article.by_id, earlier,
                    last, partial(article.past_guests, s_start), story,
                )
                if event is not None:
                    found.append(event)
                if budget <= 0:
                    log.info("event triggers capped at %d for one article", MAX_TRIGGERS)
                    break
        if budget <= 0:
            break
    _mark_later_headline_clauses(text, found)
    if lex.lang == "en" and found:
        _news_first(found)
        _last_week_behind(found)
        _headline_easing_as_lead(found)
    if lex.lang == "ar" and found:
        _headline_easing_as_lead(found)
    merged = _headline_told_below(_imposition_told_again(_accession_signed(_threat_restated(_merge(_demote(_merge(found)))))))
    if lex.lang == "ar" and any(g.type == "forces.integrated" and g.status == "occurred" for g in merged):
        merged = _next_phase_ar(text, spans, merged)
    # (demoted duplicates join their background group)
    merged.sort(key=lambda f: f.evidence.start)
    refs: dict[int, EntityRef] = {}  # one reference per entity of the article (they are immutable)
    return [_to_event(f, published, refs) for f in merged]


_NOT_READ: Final = -1  # (a reference year is between 1900 and 2100, or None)

# Headlines of other stories glued into the text by the page ("Keep reading / list of 4 items /
# … / end of list", "Read more: …", "Related: …"): what they report is not this article's news.
_RELATED_LIST: Final = re.compile(r"\blist of \d+ items?\b.*?\bend of list\b", re.I | re.S)
_RELATED_LINE: Final = re.compile(
    r"^[ \t]*(?:read more|related|read also|also read|see also|more on this)[ \t]*:[^\n]*", re.I | re.M
)
_RELATED_HINTS: Final = ("Read more", "READ MORE", "Related:", "RELATED:", "Related :", "RELATED :", "Also read",
                  "Read also", "See also", "More on this")


def _without_related(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without the sentences inside a block of related-story headlines (the checks
    for the words that open one run in C and find none in most articles)."""
    blocks: list[tuple[int, int]] = []
    if "end of list" in text:
        blocks += [m.span() for m in _RELATED_LIST.finditer(text)]
    if any(h in text for h in _RELATED_HINTS):
        blocks += [m.span() for m in _RELATED_LINE.finditer(text)]
    if not blocks:
        return spans
    return [sp for sp in spans if not any(b0 <= sp[0] < b1 for b0, b1 in blocks)]


class _EntitiesById(Mapping[str, EntityResult]):
    """The article's entities by id, indexed only when first asked (a capital standing for
    its state, which few events have)."""

    __slots__ = ("_entities", "_index")

    def __init__(self, entities: list[EntityResult]) -> None:
        self._entities = entities
        self._index: dict[str, EntityResult] | None = None

    def _table(self) -> dict[str, EntityResult]:
        if self._index is None:
            self._index = {e.id: e for e in self._entities if isinstance(e, EntityResult) and e.id}
        return self._index

    def __getitem__(self, key: str) -> EntityResult:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


class _Article:
    """The article-wide facts the sentences with a trigger draw on, made once per article and
    only when some sentence has a trigger (most articles have none)."""

    __slots__ = (
        "by_id", "mentions", "starts", "_previous", "_published", "_span_starts", "_spans", "_text", "_venue",
        "_year",
    )

    def __init__(
        self, text: str, entities: list[EntityResult], spans: list[tuple[int, int]], published: date | None
    ) -> None:
        self.mentions = _mentions(
            text, entities, dateline_spans(text) + _city_datelines(text, entities) + byline_place_spans(text)
        )
        self.starts = list(map(_FIRST, self.mentions))
        self.by_id = _EntitiesById(entities)
        self._text = text
        self._spans = spans
        self._span_starts = list(map(_FIRST, spans))
        self._published = published
        self._year: int | None = _NOT_READ
        self._previous: tuple[int, list[EntityResult]] = (-1, [])  # the last one asked for
        # whether a meeting's venue words stand before each mention (``_at_venue``), read once
        self._venue: dict[int, bool] = {}

    def reference_year(self) -> int | None:
        """The year "a later year" is measured against: publication's, else the latest year
        the article names (read only when a clause names a year)."""
        if self._year == _NOT_READ:
            published = self._published
            self._year = published.year if published else _reference_year(self._text)
        return self._year

    def names_anyone(self, s_start: int, s_end: int) -> bool:
        """Whether a mention starts in [s_start, s_end] (``roles.place`` looks no further)."""
        i = bisect_left(self.starts, s_start)
        return i < len(self.starts) and self.starts[i] <= s_end

    def previous(self, s_start: int) -> list[EntityResult]:
        """The entities mentioned in the last sentence before the one at ``s_start`` that
        mentions any (an anaphor there stands for them)."""
        if self._previous[0] != s_start:
            self._previous = (s_start, self._find_previous(s_start))
        return self._previous[1]

    def past_guests(self, s_start: int) -> list[EntityResult] | None:
        """When the sentence ``previous`` finds names only a guest or a go-between of the news
        ("South Sudan's president, whose government mediated the talks, attended the ceremony"),
        the entities of the sentence before it; else None."""
        a, b = self._previous_span(s_start)
        if a < 0 or not _GUESTS_EN.search(self._text, a, b):
            return None
        return self._find_previous(a)

    def _previous_span(self, s_start: int) -> tuple[int, int]:
        """Where the sentence ``previous`` finds begins and ends ((-1, -1): none)."""
        starts = self.starts
        i = bisect_left(starts, s_start) - 1
        while i >= 0:
            j = bisect_right(self._span_starts, starts[i]) - 1
            if j >= 0 and starts[i] < self._spans[j][1]:
                a, b = self._spans[j]
                if not all(map(self._at_venue, self.mentions[bisect_left(starts, a):bisect_left(starts, b)])):
                    return a, b
                i = bisect_left(starts, a) - 1
                continue
            i -= 1
        return -1, -1

    def _find_previous(self, s_start: int) -> list[EntityResult]:
        if s_start < 0:
            return []
        starts = self.starts
        i = bisect_left(starts, s_start) - 1
        while i >= 0:
            m_start = starts[i]
            j = bisect_right(self._span_starts, m_start) - 1
            if j >= 0 and m_start < self._spans[j][1]:
                a, b = self._spans[j]
                # (not a meeting's venue: "Meeting in Vienna, the ministers lifted…", then "the
                # ministers renewed it": the ministers are not Austria's; a sentence that names
                # only its venue names no one an anaphor after it may stand for)
                named = [m[2] for m in self.mentions[bisect_left(starts, a):bisect_left(starts, b)]
                         if not self._at_venue(m)]
                if named:
                    return named
                i = bisect_left(starts, a) - 1
                continue
            i -= 1  # a mention outside every sentence (between them): never counted
        return []

    def _at_venue(self, m: tuple[int, int, EntityResult]) -> bool:
        """Whether the venue words of ``_VENUE_BEFORE`` stand right before mention ``m``.

        (Cached by the mention's start: the answer depends on the article's text and that
        offset alone, and each trigger sentence asks again about the same sentences before it,
        so the search ran several times per mention.)"""
        at = self._venue.get(m[0])
        if at is None:
            at = self._venue[m[0]] = _VENUE_BEFORE.search(self._text, max(0, m[0] - 40), m[0]) is not None
        return at


# the words before a meeting's venue: "Meeting in Vienna, …", "talks held in Doha", an accord's
# place of signing: "the one signed in Rome in 2017" (and a scene set off by commas or opening
# a sentence: "On Sunday, in Port of Spain, the heads of government …")
_VENUE_BEFORE: Final = re.compile(
    r"(?:\b(?:meeting|met|meet|gathered|gathering|talks|summit|conference|session|convened|signed|sealed"
    r"|brokered|negotiated)"
    r"(?:\s+held)?\s+|(?:^|[,،.]\s*))(?:in|at|في)\s+(?:the\s+)?$",
    re.IGNORECASE | re.MULTILINE,  # (a sentence that opens with its scene: "In Khartoum, peace talks …")
)


def _may_name_anyone(
    lex: Lexicon,
    text: str,
    s_start: int,
    words: list[str],
    infos: list[WordInfo],
    previous: Callable[[], list[EntityResult]],
) -> bool:
    """Whether a sentence that mentions no entity can still yield an event: every event needs
    a participant, and without a mention the only ones are those an anaphor borrows from the
    previous sentence ("the two countries") and, in English, an unknown capitalised name after
    a sanctions target marker ("sanctions on Khattab"). Errs on the side of yes."""
    refs = reduce(or_, map(_REFS, infos), 0)
    if refs & REFERS_BACK and previous():
        for i in compress(range(len(infos)), map(and_, map(_REFS, infos), repeat(REFERS_BACK))):
            if lex.starts_group(infos, i, "anaphor"):
                return True
    if lex.lang == "en" and "the" in words and _into_the_army_en(" ".join(words)) and previous():
        return True  # "The rebels will be integrated into the army": the state named before (``_army_named_before``)
    if lex.lang == "ar" and any(w.endswith(_BARE_ARMY_WORDS_AR) for w in words) and previous():
        return True  # "ومن المقرر أن يدمج أربعمئة مقاتل في الجيش": the state named before (``_bare_army_after_ar``)
    if lex.lang == "en" and refs & MARKS_SANCTIONS_TARGET:
        pos = s_start
        for word, info in zip(words, infos, strict=True):
            pos = text.find(word, pos) + len(word)  # the end of this word (see ``build``)
            if info[6] & MARKS_SANCTIONS_TARGET and unknown_name_after(text, pos, []) is not None:
                return True  # (whether the marker tag really starts there is not checked: more yes)
    return False


_REFS: Final = itemgetter(6)  # of a WordInfo


def _with_stand_ins(
    text: str, s: Sentence, placed: list[Placed], by_id: Mapping[str, EntityResult]
) -> list[Placed]:
    """``placed`` and the capitals named alone for their government that the tagger left
    unlinked because the name is ambiguous ("Washington imposed sanctions…", "ties with
    Washington"), as their state; not "George Washington", "Washington Post", "Washington state"."""
    added: list[Placed] = []
    n = len(s.norms)
    for j in s.where["capital_stand_in"]:
        start, end = s.starts[j], s.ends[j]
        if not text[start].isupper() or any(p.first <= j <= p.last for p in placed):
            continue
        # (in a title-case headline, "Sanctions By Washington", "Washington Imposes…", the
        # capitalised neighbour is a small word or a trigger, not part of a name)
        if j > 0 and text[s.starts[j - 1]].isupper() and text[s.ends[j - 1]:start].isspace() and not (
            _title_word(s, j - 1)
        ):
            continue  # "George Washington"
        if j + 1 < n and text[s.ends[j]:s.starts[j + 1]].isspace() and (
            text[s.starts[j + 1]].isupper() and not _title_word(s, j + 1) or s.norms[j + 1] == "state"
        ):
            continue  # "Washington Post", "Washington state"
        state = state_of_capital_named(text[start:end])
        if state is None:
            continue
        entity = by_id.get(state.id) or entity_of(state)
        added.append(Placed(entity, j, j, start, end))
    if not added:
        return placed
    return sorted(placed + added, key=lambda p: (p.start, -p.end))


_TITLE_SMALL_WORDS: Final = frozenset(
    "and or to on by with against over for from in of as at says said will has have is are".split()
)


def _title_word(s: Sentence, k: int) -> bool:
    """Whether token ``k``, capitalised, is so only because its headline is in title case."""
    return s.norms[k] in _TITLE_SMALL_WORDS or k in s.openers


# --- triggers ------------------------------------------------------------------------------


def _triggers(lex: Lexicon, s: Sentence, placed: list[Placed], *, needs: bool = True) -> list[_Candidate]:
    """The trigger readings of sentence ``s``; ``needs=False`` skips each reading's context
    check (the screen's tests ask whether any trigger matches at all)."""
    out: list[_Candidate] = []
    norms, forms, future = s.norms, s.forms, s.future
    n = len(norms)
    triggers = lex.triggers
    for i in s.openers:  # most tokens start no trigger and are no split fragment
        here = forms[i] | future[i] if future[i] else forms[i]
        norm = norms[i]
        # (only across one space: "(أ ف ب): رفع" is an agency's initial, then a word)
        fragment = (len(norm) <= 2 and i + 1 < n and s.starts[i + 1] - s.ends[i] == 1
                    and lex.may_join(norm, norms[i + 1]))
        specs = lex.specs_for(here)  # (none: no reading begins a trigger)
        if not (fragment or specs):
            continue
        seen: set[tuple[str, int]] = set()
        if fragment:
            # some corpora split words ("وق عت"): try the fragment joined to the next token
            joined, joined_future = variants(norm + norms[i + 1], lex.lang)
            for form in sorted(joined | joined_future):  # sorted: the same result in every process
                for spec in triggers.get(form, ()):
                    if len(spec.words) == 1 and (not needs or _needs_met(lex, s, placed, i, 2, spec)):
                        seen.add((spec.type, 2))
                        out.append(_Candidate(s, i, 2, spec))
        # In the order of the sorted readings (``specs_for``): the first spec of a (type, span)
        # wins below, and every worker must find the same events.
        for spec in specs:
            span = len(spec.words)
            if span > 1 and not all(
                i + k < n and spec.words[k] in forms[i + k] for k in range(1, span)
            ):
                continue
            if (spec.type, span) in seen or (spec.needs and needs and not _needs_met(lex, s, placed, i, span, spec)):
                continue
            if i > 1 and norms[i - 1] in ("في", "فى") and s.first("abstract_of", max(0, i - 4), i - 1) >= 0:
                continue  # "حق الدول في إقامة علاقات": a right or a thought, no act
            if norms[i] == "frozen" and (i == 0 or "aux_before_participle" not in s.tags[i - 1]):
                continue  # "the release of frozen Iranian funds": an adjective, no act of freezing
            if spec.type == "sanctions.threatened" and i + span < n and "threatened_own_object" in s.tags[i + span]:
                continue  # "sanctions on those who threaten peace in Libya": the regime's criterion
            if (spec.type == "agreement.signed" and lex.lang == "en" and i > 0 and norms[i - 1] == "by"
                    and ("memorandum" in norms[i + span:i + span + 3] or "memoranda" in norms[i + span:i + span + 3])
                    and s.first("sanctions_noun", 0, i) >= 0):
                continue  # "extended the sanctions on Cuba … by signing a memorandum": the president's own instrument
            if spec.also == ("with_word",) and i + span < n and norms[i + span] == "to":
                continue  # "threatened to walk out of the talks with Europe over sanctions": another act
            if norm == "back" and spec.type == "alliance.joined" and LEAD_BACK_EN.isdisjoint(norms[max(0, i - 5):i]):
                continue  # "welcomed Syria back into the Arab League": told in passing (not "took … back into")
            if i > 0 and norms[i - 1] == "specially":
                continue  # a list's name, "its list of Specially Designated Nationals": no act
            if spec.passive and not any("passive_aux" in s.tags[k] for k in range(max(0, i - 2), i)):
                continue  # "the sanctions imposed on Iran have…": a participle, not the news
            if spec.verb and i > 0 and norms[i - 1] in _NOUN_OPENERS_EN:
                continue  # "Switzerland keeps the freeze on Assad's assets": a noun, nothing new
            if lex.lang == "en" and _kept_in_place_en(norms, i):
                continue  # "extended the regime, keeping in place the asset freeze": the noun, no placing
            if spec.type == "sanctions.suspended" and i + span < n and "membership" in s.tags[i + span]:
                continue  # "يعلق عضوية السودان ويلوح بعقوبات": a membership suspended, not sanctions
            if (spec.type == "sanctions.suspended" and lex.lang == "ar"
                    and _member_state_after(lex, s, placed, i + span, _MEMBER_REACH_AR)):
                # "علق مؤتمر الدول الأطراف في اتفاقية حظر الأسلحة الكيميائية … حقوق سوريا": the
                # treaty names the subject, the state's rights are what is suspended
                continue
            if spec.type in _EASING_TYPES and lex.lang == "ar" and _eases_words(s, i + span):
                continue  # "نجحت روسيا في تخفيف الصياغة", "رفعت طهران لهجتها": words softened, no measure
            if spec.type == "sanctions.suspended" and lex.lang == "ar" and norm.startswith(("باست", "وباست")):
                continue  # "باستثناء مواد الإغاثة من العقوبات": "except", not an exemption granted
            if spec.type == "agreement.signed" and norm in _SIGN_NOUNS_EN and i > 0 and norms[i - 1] in _SIGN_NOUN_OPENERS_EN:
                continue  # "in what diplomats saw as a sign of a truce": the noun, no signature
            if lex.lang == "en" and _in_unit_name_en(s, i, span):
                continue  # "The Czech 4th Rapid Deployment Brigade will join …": a unit's name, no deployment
            if lex.lang == "en" and _opens_a_known_name(placed, i):
                continue  # "Canada and the United States agreed to form a joint force": a name, no uniting
            if (lex.lang == "ar" and i > 0 and norms[i - 1] in COMES_AR and not finite_verb_ar(norm)
                    and i + span < n and norms[i + span].startswith("ال")):
                continue  # "ويأتي توقيع الاتفاقية في …": the act the item reported, told again as its sequel
            if (spec.type == "sanctions.threatened" and i > 0 and norms[i - 1] in _BACK_REFERENCE_EN
                    and i + 1 < n and norms[i + 1] in _SEQUEL_VERBS_EN):
                continue  # "The warning follows sanctions imposed by ECOWAS": the threat told before
            if (spec.type == "alliance.joined" and norm == "accession" and norms[max(0, i - 2):i] in _INSTRUMENT_OF
                    and any(c.spec.type == "alliance.joined" and c.sentence is s for c in out)):
                continue  # "became a member of NATO when the premier handed the instrument of accession to …"
            if (lex.lang == "ar" and family(spec.type) == "sanctions" and i > 0 and norms[i - 1] in RELATIVE_AR
                    and "relative_sanctions" not in spec.needs  # (the act on the measures: its own spec)
                    and not _MEASURES_AR.isdisjoint(norms[max(0, i - 6):i - 1])):
                continue  # "«إجراءات 24 مايو»، التي تحظر دخول السفن …": what measures in force do
            if "held_funds" in spec.needs and norm.startswith(_AND_THE_AR):
                continue  # "يشمل إعادة فتح الحدود … والإفراج عن أصول الدولة المجمدة": one item of the act told
            if spec.type == "military.presence" and lex.lang == "ar" and _attributive_participle_ar(s, i):
                continue  # "القوات الأمريكية الموجودة في العراق": troops named by where they are
            if spec.type == "sanctions.imposed" and _exempted_from(s, i, out):
                continue  # "استثنت الحكومة البنوك من إجراءات تجميد الأصول": the measure exempted from
            if lex.lang == "en" and spec.type == "sanctions.imposed" and spec.nominal and _exempted_from_en(s, i, out):
                continue  # "exempted Japan from its new sanctions on banks": the measure exempted from
            if spec.type == "sanctions.imposed" and _designation_left(s, i, out):
                continue  # "رفعت واشنطن الحزبين من تصنيف «المنظمات الإرهابية»": the designation left
            if (spec.type == "relations.restored" and lex.lang == "ar" and i > 0
                    and (norms[i - 1] in _PROCESS_AR or norms[i - 1] == "من"
                         and not _PROCESS_AR.isdisjoint(norms[max(0, i - 4):i - 1]))):
                continue  # "إكمال مسار طويل من تطبيع العلاقات": a process told, no step taken
            if spec.type == "relations.restored" and _called_home(s):
                continue  # "عاد السفير إلى بلاده للتشاور": called home, ties not restored
            if lex.lang == "ar" and family(spec.type) == "sanctions" and _own_export_ban(s, placed, i, span + spec.window):
                continue  # "إندونيسيا ترفع حظر تصدير زيت النخيل": a trade measure of its own
            if lex.lang == "ar" and spec.type == "sanctions.extended" and _renews_other(s, i + span):
                continue  # "جددت اليابان وأستراليا التزامهما باتفاق باريس": a commitment renewed
            if lex.lang == "en" and spec.type in ("sanctions.suspended", "sanctions.lifted") and spec.side == "both" and (
                norm.endswith("ed") or norm in _LIFT_VERBS_EN  # (a verb: "a sanctions waiver allowing…" is a noun)
            ) and _other_object_en(s, i + span):
                continue  # "it suspended high-level political contacts": its own object, not the sanctions before it
            if (lex.lang == "ar" and spec.type == "sanctions.lifted" and "arms_to_state" not in spec.needs
                    and "trade_curbs" not in spec.needs  # (its object is the curbs, checked in its need)
                    and "imposed_suspension" not in spec.needs  # (and the suspension laid on a state)
                    and _own_other_object(s, i + span, spec.window)):
                continue  # "أي مراجعة مرتبطة بإنهاء القمع": what ends is its own object, not sanctions before it
            if (lex.lang == "ar" and spec.type == "sanctions.suspended" and norm.endswith(_SUSPENSION_NOUN_AR)
                    and s.norms[i + span:i + span + 1] != [_APPLICATION_AR]
                    and _own_other_object(s, i + span, spec.window)):
                continue  # "عقوبات … شملت تعليق الاتصالات العسكرية": a tie suspended is one of the measures
            if lex.lang == "ar" and spec.type == "sanctions.suspended" and _waiver_withheld_ar(s, i):
                continue  # "لوحت … بإلغاء الإعفاءات الممنوحة للعراق": a waiver's end threatened, none granted
            if lex.lang == "ar" and family(spec.type) == "sanctions" and _power_of_instrument_ar(s, i):
                continue  # "ويتيح النظام للاتحاد فرض عقوبات على الأشخاص …": a power the regime gives, no act
            if spec.priority == 0 and lex.lang == "ar" and _other_act_before_noun_ar(lex, s, i + span, spec.window):
                continue  # "أقر المجلس قرارا يدعو إلى رفع العقوبات": the resolution asks for another act
            seen.add((spec.type, span))
            out.append(_Candidate(s, i, span, spec))
    if lex.lang == "en" and len(out) > 1:
        out = [c for c in out if not _participle_of_the_act_en(s, c, out)]
    return out


def _participle_of_the_act_en(s: Sentence, c: _Candidate, out: list[_Candidate]) -> bool:
    """(English) Whether ``c`` is a present participle set off by a comma after a trigger of the
    same type earlier in the sentence: "imposed sanctions on eleven officials, freezing any assets
    they hold" tells what the act does, not a second act (which would miss the first one's date)."""
    i = c.index
    if not (i > 0 and s.norms[i].endswith("ing") and s.text and "," in s.text[s.ends[i - 1]:s.starts[i]]):
        return False
    return any(o.spec.type == c.spec.type and o.index + o.span < i for o in out)


# (Arabic) verbs by which an instrument gives a power ("يتيح النظام للاتحاد فرض عقوبات"), and the
# instruments that give one: a sanctions regime, a framework, a law, a mechanism
_GIVES_POWER_AR: Final = frozenset({"يتيح", "تتيح", "يسمح", "تسمح", "يخول", "تخول", "يجيز", "تجيز", "يمكن", "تمكن"})
_INSTRUMENT_NOUNS_AR: Final = frozenset({"النظام", "الاطار", "القانون", "الاليه", "التشريع", "النص", "البند"})


def _power_of_instrument_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is what an instrument lets someone do, in the present
    ("ويتيح النظام للاتحاد فرض عقوبات على …", "يخول القانون الرئيس تعليق العقوبات"): a standing
    power described, not an act."""
    return any(not _GIVES_POWER_AR.isdisjoint(s.forms[k]) and s.norms[k + 1] in _INSTRUMENT_NOUNS_AR
               for k in range(max(0, t - 5), t - 1))


# the small words inside an accord's title ("Status of Visiting Forces Agreement")
_TITLE_JOINERS_EN: Final = frozenset({"of", "and", "on", "for", "the", "in", "between", "to", "concerning"})


def _titled_accord_end_en(s: Sentence, k: int) -> int:
    """(English) One past the last word of an accord's title-cased name that starts at token
    ``k`` (after "the"), when that word is an accord's noun ("the Basic Exchange and Cooperation
    Agreement"); else ``k``. A comma or a word in lower case (other than a joiner) ends the name."""
    if k < len(s.norms) and s.norms[k] == "the":
        k += 1
    end = k
    for j in range(k, min(len(s.norms), k + 12)):
        word = s.text[s.starts[j]:s.ends[j]]
        if j > k and comma_before(s, j):
            break
        if j > k and s.norms[j] in _TITLE_JOINERS_EN and word.islower():
            continue
        if not word[:1].isupper():
            break
        if "agreement_noun" in s.tags[j]:
            end = j + 1
    return end


# words that end a row of an accord's modifiers: a preposition, a relative or a new determiner
# opens another phrase ("signed a letter to the ministry and an agreement …")
_ROW_BREAKERS_EN: Final = frozenset({"with", "in", "on", "to", "for", "of", "by", "at", "from", "that", "which", "who",
                              "after", "before", "as", "under", "over", "the", "a", "an", "its", "their", "his",
                              "her", "this", "these", "those"})


def _accord_after_modifier_row_en(s: Sentence, k: int) -> int:
    """(English) One past an accord's noun that closes a row of lower-case modifiers joined by
    commas and "and", starting at token ``k`` (after an article): "signed a political, free trade
    and strategic partnership agreement", "a defence, security and intelligence cooperation
    accord"; else ``k``. The row is one noun phrase, however long, so its noun is the verb's
    object."""
    if k < len(s.norms) and s.norms[k] in ("a", "an", "the", "its", "their", "new"):
        k += 1
    joined = False
    for j in range(k, min(len(s.norms), k + 12)):
        word = s.text[s.starts[j]:s.ends[j]]
        if "agreement_noun" in s.tags[j]:
            return j + 1 if joined and j > k else k
        if not word.islower() or s.norms[j] in _ROW_BREAKERS_EN:
            return k
        joined = joined or s.norms[j] == "and" or (j > k and comma_before(s, j))
    return k


# verbs that keep measures as they are, before "in place" ("keeping in place the asset freeze")
_KEEPING_VERBS_EN: Final = frozenset({
    "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving", "remain", "remains",
    "remained", "remaining", "stay", "stays", "stayed", "staying"})


def _kept_in_place_en(norms: list[str], i: int) -> bool:
    """(English) Whether token ``i`` is the noun of "keeping in place", "left in place": what a
    renewal keeps, not a verb of placing (the keeping trigger tells it, and "put in place
    sanctions" is still a placing)."""
    return norms[i] in ("place", "places") and i > 1 and norms[i - 1] == "in" and norms[i - 2] in _KEEPING_VERBS_EN


# (Arabic) the end of a waiver told as what a threat would do, right before the waiver's noun
# (``waiver_withheld`` in ``ar.cues.yaml``): "بإلغاء الإعفاءات", "بسحب الإعفاء", "بعدم تمديد …"
_WAIVER_ENDING_AR: Final = frozenset(normalize_word(w) for w in ("بإلغاء", "بسحب", "بوقف"))
_NOT_RENEWING_AR: Final = frozenset(normalize_word(w) for w in ("تمديد", "تجديد"))
_NOT_AR: Final = normalize_word("بعدم")


def _waiver_withheld_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the waiver noun at ``i`` is the object of its own end ("هددت … بإلغاء
    الإعفاء الممنوح لتركيا من العقوبات"): the threat of ending it is the news, no waiver granted."""
    if i < 1:
        return False
    before = s.norms[i - 1]
    return before in _WAIVER_ENDING_AR or before in _NOT_RENEWING_AR and i > 1 and s.norms[i - 2] == _NOT_AR


def _other_act_before_noun_ar(lex: Lexicon, s: Sentence, k: int, window: int) -> bool:
    """(Arabic) Whether a trigger of another sanctions act (a lifting, an extension) comes between
    an adopting verb and the sanctions it would adopt: the verb adopts a text that asks for that
    act, and adopts no sanctions of its own."""
    for j in range(k, min(len(s.norms), k + window)):
        if "sanctions_noun" in s.tags[j]:
            return False
        if any(family(o.type) == "sanctions" and o.priority > 0 and o.type != "sanctions.imposed"
               # (an amendment that exempts no one is no other act: "أقر تعديلا على نظام
               # العقوبات … يضيف عشرين شخصا إلى القائمة" adopts listings)
               and not (o.also and all(s.first(g, j + 1, j + 1 + o.also_window) < 0 for g in o.also))
               for o in lex.specs_for(s.forms[j])):
            return True
    return False


_SANCTIONS_WORDS_AR: Final = ("sanctions_noun", "sanctions_law", "imposed_measures", "designation_noun", "freeze_noun",
                      "blacklist_noun", "suspended_membership", "back_to_membership")


def _own_export_ban(s: Sentence, placed: list[Placed], k: int, window: int) -> bool:
    """(Arabic) Whether the measure from token ``k`` is a state's ban on its own exports, with
    no one named with them (whose exports, where they would go: "إلى ليبيا")."""
    ban = s.first("own_export_ban", k, k + window)
    # (a ban, not sanctions: "عقوبات على صادرات النفط" are sanctions whoever's the oil)
    return ban >= 0 and s.first("sanctions_noun_strict", k, ban) < 0 and not any(
        ban < p.first <= ban + 10 for p in placed
    )


# (Arabic) the quarter of a state a city lies in ("في مدينة بوزنان غرب بولندا")
_QUARTERS_AR: Final = frozenset(normalize_word(w) for w in ("غرب", "شرق", "شمال", "جنوب", "وسط",
                                                            "غربي", "شرقي", "شمالي", "جنوبي"))


def _where_in_state_words(s: Sentence, k: int, placed: list[Placed]) -> int:
    """(Arabic) How many tokens from ``k`` tell where in a state the scene just named lies ("غرب
    بولندا" after "في مدينة بوزنان"): a quarter and a state; 0 if they do not follow."""
    if k >= len(s.norms) or s.norms[k] not in _QUARTERS_AR:
        return 0
    state = next((p for p in placed if p.first == k + 1 and p.entity.type == "GPE"), None)
    return 0 if state is None else state.last - k + 1


# (Arabic) the ordinals that may stand before what a verb sends or opens ("أول حامية", "ثاني قاعدة")
_ORDINALS_AR: Final = frozenset(normalize_word(w) for w in ("أول", "أولى", "ثاني", "ثالث", "ثانية", "ثالثة"))
# (Arabic) the words that open an aside telling a force's size ("، وقوامها نحو مئتي جندي،", "، ويبلغ
# عددها ألف عنصر،", "، التي تضم خمسمئة جندي،")
_SIZE_ASIDE_OPENERS_AR: Final = frozenset(normalize_word(w) for w in (
    "قوامها", "وقوامها", "قوامه", "وقوامه", "عددها", "وعددها", "ويبلغ", "وتضم", "ويضم", "تضم", "يضم", "التي", "الذي"))
_SIZE_ASIDE_LONGEST_AR: Final = 14  # tokens: a size and the units it is drawn from


def _size_aside_before_ar(s: Sentence, lo: int, t: int) -> int:
    """(Arabic) How many tokens an aside on a force's size, set off by commas and closing right
    before the verb at ``t``, takes up ("طلائع القوة الفرنسية، وقوامها نحو مئتي جندي من وحدات
    الاستجابة السريعة، حطت"); 0 if there is none."""
    a = aside_before(s, max(0, lo - _SIZE_ASIDE_LONGEST_AR), t, _SIZE_ASIDE_LONGEST_AR)
    return t - a if a >= 0 and s.norms[a] in _SIZE_ASIDE_OPENERS_AR else 0


def _called_home(s: Sentence) -> bool:
    """(Arabic) Whether the sentence calls an envoy home "للتشاور": not when the cue follows the
    recall's own noun, the recall a return to his post ends ("عاد السفير إلى باريس بعد ثلاثة أشهر
    من استدعائه للتشاور"), unless the journey told is home ("عاد إلى بلاده بعد استدعائه للتشاور")."""
    cues = s.where.get("recalled_for_consultation", ())
    return bool(cues) and ("gone_home" in s.where or any(k == 0 or not s.has("recall_noun", k - 1, k) for k in cues))


def _renews_other(s: Sentence, k: int) -> bool:
    """(Arabic) Whether a renewal verb ending before token ``k`` takes within four words (its
    subject between) a commitment, a call or a position for its object, before any sanctions
    word: what it renews is that, not a measure."""
    own = s.first("renewed_own_object", k, k + 4)
    return own >= 0 and all(s.first(g, k, own) < 0 for g in _SANCTIONS_WORDS_AR)


_LIFT_VERBS_EN: Final = frozenset({"lift", "lifts", "suspend", "suspends", "ease", "eases", "remove", "removes", "drop",
                            "drops", "scrap", "scraps", "end", "ends", "revoke", "revokes", "relax", "relaxes"})
_NUMBER_WORDS_EN: Final = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens dozen hundreds several".split())
# what may follow an English verb that has no object of its own there
_NO_OBJECT_EN: Final = frozenset({
    "on", "for", "until", "in", "by", "from", "at", "to", "after", "with", "last", "this", "and", "but",
    "or", "as", "since", "over", "against", "under", "early", "late", "earlier", "later", "today",
    "yesterday", "them", "it", "indefinitely", "temporarily", "partially", "partly", "fully", "also",
})


def _other_object_en(s: Sentence, k: int) -> bool:
    """(English) Whether a suspending or lifting verb ending before token ``k`` takes a noun of
    its own there, with no sanctions word in the next six tokens ("it suspended high-level
    political contacts, barred the Dutch ambassador"): a sanctions noun before the verb belongs
    to another phrase."""
    if k >= len(s.norms) or s.norms[k] in _NO_OBJECT_EN or s.norms[k] in _NUMBER_WORDS_EN or not s.norms[k].isalpha():
        return False  # (a count is of names: "drops three names")
    reach = k + 6 + _other_measure_first(s, k)
    found = [j for g in ("sanctions_noun", "sanctions_law", "waiver_noun", "blacklist_noun", "ban_noun")
             if (j := s.first(g, k, reach)) >= 0]
    if found and s.text and s.text[s.starts[k]:s.starts[k] + 1].isupper() and "," in s.text[s.ends[k]:s.starts[min(found)]]:
        # "ECOWAS suspends Guinea, threatens sanctions on coup makers": a name taken for the
        # object, the sanctions another verb's, past the comma (a state suspended from a body)
        return True
    return not found


def _other_measure_first(s: Sentence, k: int) -> int:
    """(English) How many tokens from ``k`` on name another measure lifted before the sanctions,
    joined to them by "and" ("the closure of borders and the economic sanctions"), else 0."""
    j = k
    while j < len(s.norms) and s.norms[j] in _OTHER_MEASURE_WORDS_EN:
        j += 1
    return j - k if "and" in s.norms[k:j] else 0


# the verbal noun of a suspension, whose object follows it as its annexed noun ("تعليق الاتصالات"),
# where a finite verb's subject would (so the check of its own object is for the noun alone)
_SUSPENSION_NOUN_AR: Final = "تعليق"
# "تعليق العمل بالبند 907": the application of a law suspended, the law further on
_APPLICATION_AR: Final = "العمل"


def _own_other_object(s: Sentence, k: int, window: int) -> bool:
    """(Arabic) Whether a lifting verb ending before token ``k`` takes a definite noun of its own
    there that is no sanctions word, and no sanctions word follows within ``window`` tokens
    ("إنهاء القمع", "رفع الأجور"): a sanctions noun before it belongs to another verb."""
    if k >= len(s.norms) or not s.norms[k].startswith(("ال", "بال", "وال")):
        return False
    return all(s.first(g, k, k + window) < 0 for g in _SANCTIONS_WORDS_AR)


_DETERMINERS_EN: Final = frozenset({"the", "a", "an", "any", "all", "of", "its", "their", "these", "those", "new", "fresh"})


# the cues of those the headline's verb "sanctions" takes for its object ("sanctions Iranian
# officials", "sanctions Chinese firms", "sanctions Russian bank")
_DESIGNEE_CUES_EN: Final = frozenset({"sanctioned_people", "designee_noun", "designee_one"})


def _sanctions_is_the_noun(s: Sentence, text: str, t: int, placed: list[Placed]) -> bool:
    """(English) Whether "sanctions" at ``t`` is the noun, not the headline verb ("Canada
    sanctions Iranian officials"): after a determiner, or after a name after one ("the EU
    sanctions"), or with a comma before the people it would take ("sanctions on Syria,
    officials said")."""
    before = t - 1
    name = next((p for p in placed if p.last == t - 1), None)
    if name is not None:
        before = name.first - 1
    if before >= 0 and s.norms[before] in _DETERMINERS_EN:
        return True
    people = next((k for k in range(t + 1, min(len(s.norms), t + 5))
                   if not _DESIGNEE_CUES_EN.isdisjoint(s.tags[k])), -1)
    return people > 0 and "," in text[s.ends[t]:s.starts[people]]


def _object_of_an_ing_word_en(s: Sentence, text: str, t: int, placed: list[Placed]) -> bool:
    """(English) Whether "sanctions" at ``t`` is the object of the lower-case -ing word right
    before it ("order underpinning sanctions on generals", "guidance explaining sanctions on
    oligarchs"): the noun, not the headline verb (a name so ending is its subject: "Beijing
    sanctions US firms")."""
    k = t - 1
    if k < 0 or any(p.first <= k <= p.last for p in placed):
        return False
    word = text[s.starts[k]:s.ends[k]]
    return len(word) > 5 and word.endswith("ing") and word.islower()


# "شدد على": to stress, where "شدد العقوبات" tightens them
_STRESS_AR: Final = frozenset(normalize_word(w) for w in ("شدد", "شددت", "يشدد", "تشدد", "وشدد", "وشددت", "مشددا", "مشددة"))


# what "إعادة" may redo that is no restoration ("إعادة بناء العلاقات", "إعادة النظر في")
_REDO_AR: Final = frozenset(normalize_word(w) for w in (
    "بناء", "تقييم", "النظر", "هيكلة", "صياغة", "ترتيب", "تنظيم", "تعريف", "رسم", "تشكيل", "ضبط"))


# a power granted to do something, which no one has done yet
_POWER_OF_AR: Final = frozenset(normalize_word(w) for w in (
    "صلاحية", "الصلاحية", "بصلاحية", "صلاحيات", "الصلاحيات", "بصلاحيات", "سلطة", "بسلطة", "السلطة"))
_POWER_TO_EN: Final = (["power", "to"], ["powers", "to"], ["authority", "to"])


# (normalised) a committee named after the sanctions it runs ("لجنة العقوبات"), the verb's
# subject: its name holds no measure renewed (though a committee that strikes a name "من
# قائمتها" lifts, its name standing for the measures)
_SANCTIONS_COMMITTEE_AR: Final = frozenset({"لجنه", "اللجنه"})

# a suspension or a waiver, which an Arabic extension verb may take for its object
_SUSPENSION_AR: Final = ("تعليق", "التعليق", "اعفاء", "الاعفاء", "الاعفاءات", "اعفاءات")


# the words of a measure lifted beside sanctions ("the closure of borders and the sanctions")
_OTHER_MEASURE_WORDS_EN: Final = frozenset({
    "the", "its", "their", "of", "and", "closure", "closures", "border", "borders", "land", "air", "sea",
    "airspace", "flight", "flights", "suspension", "no-fly", "zone", "blockade", "restrictions", "curfew",
})
# the words of a term and of its end ("for a further twelve months, until 31 January")
_TERM_WORDS_EN: Final = frozenset({
    "for", "until", "till", "through", "to", "by", "another", "a", "an", "further", "more", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "of", "the", "end", "mid",
})


_BEFORE: Final = "_before"
_NEAR: Final = "_near"
_LEAD: Final = "_lead"


def _also_group(name: str) -> str:
    """The cue group an ALSO name with a place suffix ("armed_units_before") stands for."""
    return name.removesuffix(_BEFORE).removesuffix(_NEAR).removesuffix(_LEAD)


def _also_range(name: str, i: int, span: int) -> tuple[int, int]:
    """Where an ALSO cue with a place suffix may start, around the trigger at ``i``."""
    if name.endswith(_NEAR):
        return max(0, i - 4), i + span + 3
    if name.endswith(_LEAD):
        # the subject of a lead, with its description, day and place before the verb ("أعلنت
        # أربعة فصائل عسكرية منضوية في «الجيش الوطني»، أمس الجمعة، اندماجها")
        return max(0, i - 14), i
    return max(0, i - 8), i


_THAT_WORDS_AR: Final = frozenset({"ان", "بان", "وان", "لان"})


def _clause_opens_between(s: Sentence, spec: TriggerSpec, i: int) -> bool:
    """(Arabic) Whether "إن"/"أن" opens a new clause between the lead's subject (the last cue of a
    ``_lead`` group before the verb at ``i``) and the verb: the subject is then another's."""
    for g in spec.also:
        if not g.endswith(_LEAD):
            continue
        lo, _ = _also_range(g, i, 0)
        last = max((k for k in range(lo, i) if _also_group(g) in s.tags[k]), default=-1)
        if last >= 0 and not _THAT_WORDS_AR.isdisjoint(s.norms[last + 1:i]):
            return True
    return False


def _force_made_from_en(s: Sentence, after: int) -> bool:
    """(English) Whether what a verb of making names before "from" is a force ("created a National
    Guard from the interior troops", "formed a new army from the militias"), not a council or a
    government made of soldiers and others."""
    f = s.first("from_word", after, len(s.norms))
    return f > after and (s.first("army_noun", after, f) >= 0 or s.first("joint_force", after, f) >= 0)


def _experts_on_a_survey_ar(s: Sentence, spec: TriggerSpec, after: int) -> bool:
    """(Arabic) Whether the military experts or trainers a verb sends go only to look at a site:
    "أرسلت الرياض فريقا من الخبراء العسكريين لمعاينة عدد من المواقع المقترحة" (a survey before a
    base, which the news may name as a plan of its own), not "أرسلت مدربين عسكريين لتدريب الجيش".
    The experts must be the first force the verb names ("العسكريين" of their name is no troops of
    its own; not "أرسلت قوات وخبراء لمعاينة …")."""
    k = s.first("military_trainers", after, after + max(spec.window, _SURVEY_PURPOSE_REACH))
    if k < 0 or s.first("base_noun", after, k) >= 0:
        return False
    return s.first("survey_purpose", k + 1, k + _SURVEY_PURPOSE_REACH) >= 0


# (normalised) the verbs and nouns of forces staying where they are ("ستبقى قوات أمريكية في قاعدة")
_STAY_WORDS_AR: Final = frozenset(normalize_word(w) for w in (
    "تبقى", "يبقى", "بقاء", "إبقاء", "أبقى", "أبقت", "يبقي", "تبقي"))
# how far after the staying verb the arrangement they stay out of may stand (the forces' name and
# their owner between: "تبقى القوات البحرية والجوية للحرس خارج الهيكلية")
_OUT_OF_ARRANGEMENT_REACH_AR: Final = 8


def _kept_out_of_arrangement_ar(s: Sentence, spec: TriggerSpec, after: int) -> bool:
    """(Arabic) Whether forces said to stay stay out of an arrangement: "كما تبقى القوات البحرية
    والجوية للحرس خارج الهيكلية الجديدة", "خارج إطار الاتفاق" (left out of a merger or an accord,
    which says nothing of where they are), not "ستبقى القوات خارج المدن" (a place)."""
    if not _STAY_WORDS_AR.intersection(spec.words):
        return False
    return s.first("outside_arrangement", after, after + _OUT_OF_ARRANGEMENT_REACH_AR) >= 0


# how far after the experts' noun the purpose of their survey may stand ("الخبراء العسكريين
# السعوديين لمعاينة": the noun's own words and a demonym between)
_SURVEY_PURPOSE_REACH: Final = 5


def _owner_of_own_unit_ar(s: Sentence, t: int, placed: list[Placed]) -> Placed | None:
    """(Arabic) The state whose army or ministry speaks before a unit "of its forces" ("أعلن الجيش
    الباكستاني أن وحدة من قواته ستتوجه إلى …": Pakistan, by the army's demonym), the last state
    or body (a ministry of defence) named in the words before the unit's noun."""
    k = s.first("own_unit", max(0, t - _OWN_UNIT_REACH_AR), t)
    if k < 0:
        return None
    return next((p for p in reversed(placed) if p.last < k and p.first >= k - _OWN_UNIT_REACH_AR
                 and p.entity.type in ("GPE", "ORG")), None)


# how far before the going verb the unit may stand, and its speaker before the unit
_OWN_UNIT_REACH_AR: Final = 10


def _named_words(placed: list[Placed], lo: int, hi: int) -> int:
    """How many tokens in [lo, hi) belong to names of the knowledge base."""
    return len({k for p in placed if p.last >= lo and p.first < hi for k in range(max(p.first, lo), min(p.last + 1, hi))})


_PACKAGE_VERB_REACH_AR: Final = 6  # words before a package where the verb adopting it stands


def _needs_met(lex: Lexicon, s: Sentence, placed: list[Placed], i: int, span: int, spec: TriggerSpec) -> bool:
    if not spec.needs:
        return True
    if spec.also and all(g.endswith((_BEFORE, _NEAR, _LEAD)) for g in spec.also):
        # a cue group named "X_before" is group X within eight words before the verb ("الألوية
        # الثلاثة ستنضم إلى القوات المسلحة": the units' noun); "X_near" is X as the verb's subject,
        # right before it or right after it ("أعلن الجيش الأردني أنه سيرسل وحدة طبية", "أرسلت
        # القوات المسلحة الإماراتية مستشفى ميدانيا"; not "قال الجيش إن وزارة الصحة أرسلت")
        if all(s.first(_also_group(g), *_also_range(g, i, span)) < 0 for g in spec.also):
            return False
        if any(g.endswith(_LEAD) for g in spec.also) and _clause_opens_between(s, spec, i):
            return False  # "قالت الفصائل إن شركتين أعلنتا اندماجهما": the units report another's act
    elif spec.also:
        start = i + span
        if spec.also_from_need:
            start = min((k for g in spec.needs if (k := s.first(g, i + span, len(s.norms))) >= 0), default=start)
        if all(s.first(g, start, start + spec.also_window) < 0 for g in spec.also):
            return False
    if "package_against" in spec.needs and s.first("package_adopted", max(0, i - _PACKAGE_VERB_REACH_AR), i) < 0:
        return False  # "والحزمة الثانية التي تستهدف قطاع النفط": no package adopted, a phase told
    if spec.type == "forces.integrated" and "from_word" in spec.needs and not _force_made_from_en(s, i + span):
        return False  # "formed a council from the army and the opposition": no force is made
    if spec.type == "alliance.joined" and lex.lang == "ar" and s.first("airline_subject", max(0, i - 4), i + span + 3) >= 0:
        return False  # "انضمت الخطوط الملكية المغربية إلى تحالف …": an airline's alliance is business
    if spec.type == "alliance.joined" and lex.lang == "ar" and s.first("firm_subject", max(0, i - 4), i) >= 0:
        return False  # ""المصرية للاتصالات" تنضم إلى تحالف …": a firm's coalition is business
    if spec.type == "military.presence" and lex.lang == "ar" and _experts_on_a_survey_ar(s, spec, i + span):
        return False  # "أرسلت فريقا من الخبراء العسكريين لمعاينة المواقع": a visit, no deployment
    if spec.type == "military.presence" and lex.lang == "ar" and _kept_out_of_arrangement_ar(s, spec, i + span):
        return False  # "تبقى القوات البحرية خارج الهيكلية الجديدة": left out of a merger, not stationed
    lo = i - spec.window if spec.side in ("before", "both") else i + span
    hi = i + span + spec.window if spec.side in ("after", "both") else i
    if lex.lang == "ar" and hi > i + span:
        # "فرضت وزارة الخزانة، الثلاثاء 5 نوفمبر/تشرين الثاني 2018، عقوبات": the day and date of
        # a lead, between the verb's subject and its object, do not count against the window
        extra = date_words(s, i + span, min(hi, len(s.norms)))
        while extra:  # (the date may run on past the window: count what it adds as well)
            hi += extra
            extra = date_words(s, hi - extra, min(hi, len(s.norms)))
        # and neither does a circumstance set off by commas ("علقت وزارة الخزانة، في الأيام
        # الأخيرة لإدارة ترامب، العقوبات")
        hi += aside_words(s, i + span, min(hi, len(s.norms)))
        if family(spec.type) == "forces":
            # nor what a relative clause says of the units merged, before the army they go into
            # ("دمجت هولندا لواءها الآلي، الذي يضم نحو ألفي عسكري، في الفرقة التابعة للجيش")
            hi += relative_aside_words(s, i + span, min(hi, len(s.norms)))
        # nor the scene ("وقع الرئيسان أمس في أنقرة مذكرة تفاهم", "في مدينة سوتشي")
        for k in range(i + span, min(hi, len(s.norms)) - 1):
            if s.norms[k] != "في":
                continue
            name_at = k + 2 if s.norms[k + 1] in _CITY_WORDS_AR else k + 1
            if (q := next((p for p in placed if p.first == name_at), None)) is not None and q.entity.type in ("GPE", "LOC"):
                hi += q.last - k + 1 + _where_in_state_words(s, q.last + 1, placed)
            elif name_at == k + 2:
                # (a city the knowledge base lacks: its one-word name after "مدينة")
                hi += 3 + _where_in_state_words(s, k + 3, placed)
        if family(spec.type) == "military":
            # nor a state's armed force named in full as the verb's subject ("أرسلت القوات المسلحة
            # الفرنسية ثلاثة آلاف جندي إلى مالي", "قوات الدفاع الوطني الإثيوبية"): the troops are
            # counted from the end of its name, as they were from a demonym after a bare "القوات"
            hi += _force_subject_words(i + span, placed)
            # nor an ordinal before the object ("افتتح الجيش الأمريكي أول حامية عسكرية دائمة")
            hi += sum(1 for k in range(i + span, min(hi, len(s.norms))) if s.norms[k] in _ORDINALS_AR)
    if lex.lang == "ar" and spec.type == "agreement.signed" and "agreement_noun" in spec.needs and hi > i + span and (
        _accord_after_named_subject(s, placed, i + span)
    ):
        return True
    if lex.lang == "ar" and lo < i and family(spec.type) == "military":
        # "إن طلائع القوة الفرنسية، وقوامها نحو مئتي جندي، حطت أمس في قاعدة …": the force's size,
        # set off by commas between the force and its verb, does not count against the window
        lo -= _size_aside_before_ar(s, lo, i)
    if lex.lang == "en" and lo < i and family(spec.type) == "military":
        # "About 300 Spanish soldiers, with Leopard tanks and infantry fighting vehicles, have
        # arrived": what the forces bring, set off by commas before the verb, does not count
        # against the window either
        lo -= with_aside_before_en(s, i)
    if lex.lang == "ar" and lo < i and family(spec.type) == "agreement" and placed:
        # "إن اتفاقية للدفاع المشترك بين مصر واليمن ستوقع": the parties named between the accord
        # and the verb after it do not count against the window
        lo -= len({k for p in placed if p.last >= lo and p.first < i for k in range(max(p.first, lo), min(p.last, i - 1) + 1)})
    if lex.lang == "en" and hi > i + span and spec.type == "sanctions.extended":
        # "renewed for twelve months, until 31 January 2018, the arms embargo on…": the term and
        # its end, between the verb and its object, do not count against the window
        k = i + span
        while k < len(s.norms) and (s.norms[k] in _TERM_WORDS_EN or s.norms[k].isdigit() or s.norms[k] in _MONTHS):
            k += 1
        hi += k - (i + span)
    if lex.lang == "en" and hi > i + span and family(spec.type) == "forces":
        # "the integration of the country's regional special forces": a possessive's "s" is no
        # word of its own and does not count against the window
        hi += _possessive_marks_en(s, i + span, min(hi, len(s.norms)))
    if lex.lang == "en" and hi > i + span and spec.type == "sanctions.lifted":
        # "lifted the closure of borders and the economic sanctions on Niger": another measure
        # lifted first, joined by "and", does not count against the window either
        hi += _other_measure_first(s, i + span)
    if lex.lang == "ar" and hi > i + span and spec.type in ("sanctions.extended", "sanctions.suspended"):
        # "مدد مجلس الاتحاد الأوروبي لستة أشهر أخرى العقوبات", "علقت الوزارة لمدة تسعين يوما
        # العقوبات": the term, between the verb and its object, does not count against the window
        seen = i + span
        while extra := sum(1 for k in range(seen, min(hi, len(s.norms)))
                           if "term_word" in s.tags[k] or s.norms[k].isdigit()):
            seen, hi = hi, hi + extra  # (the term may run on past the window: count what it adds)
        # "علقت وزارة التجارة الأميركية جانبا من القيود": the share of the measures it touches,
        # before their noun, does not count against the window either
        hi += _partitive_words_ar(s, i + span, min(hi, len(s.norms)))
        if "from_measure" in spec.needs and placed:
            # "أعفت الإدارة الأمريكية الشركة المشغلة لخط «نورد ستريم 2» ورئيسها التنفيذي ماتياس
            # فارنيغ … من العقوبات": the names of those exempted, between the verb and "من
            # العقوبات", do not count against the window either
            hi += _named_words(placed, i + span, min(hi, len(s.norms)))
    if lex.lang == "ar" and hi > i + span and placed and (
        family(spec.type) in ("forces", "relations", "agreement", "alliance") or spec.type == "sanctions.extended"
    ):
        # "شكلت تشاد والنيجر والسودان قوة عسكرية مشتركة", "تبادلت إيران والمغرب السفراء": the names
        # of a subject right after the verb (joined by و) do not count against the window either
        # (not for other sanctions: there a longer reach finds the measures of the verb's object's
        # clause; a renewal's subject is "مدد مجلس الاتحاد الأوروبي، يوم الاثنين، إطار العقوبات")
        k = i + span
        named = False
        while k < len(s.norms):
            if s.norms[k] in COUNTERPART_WORDS:
                # "وقع رئيس الوزراء الأسترالي أنتوني ألبانيزي ونظيره من بابوا غينيا الجديدة جيمس مارابي":
                # the counterpart of the subject (and "من" before his state) counts for nothing either
                step = 2 if k + 1 < len(s.norms) and s.norms[k + 1] == "من" else 1
                hi += step
                k += step
                continue
            if without_conjunction(s.norms[k]) in _HONORIFICS_AR:
                # "وقع صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء
                # مذكرة تفاهم": the honorifics and titles around the subject's name count for nothing,
                # the second signer's too ("وقع سيادة الرئيس محمود عباس وجلالة الملك عبد الله الثاني")
                hi += 1
                k += 1
                continue
            name = next((p for p in placed if p.first == k), None)
            if name is None and _heads_a_signer_ar(s, k, named) and not (
                    i > 0 and s.norms[i - 1] in _BEFORE_A_NOUN_PHRASE_AR):
                # (a clause's verb, not a verbal noun inside a phrase: "بعد يوم من توقيع حكومة …")
                # "مدد وزراء خارجية الاتحاد الأوروبي …": the office words heading the subject's name
                name = next((p for p in placed if k < p.first <= k + 2), None)
                if name is not None:
                    hi += name.first - k
                    k = name.first
                    continue
            if name is None:
                break
            named = True
            hi += name.last - name.first + 1
            k = name.last + 1
        if named:
            # after the subject, its meeting and the day ("… في اجتماعهم في بروكسل أمس الاثنين
            # العقوبات"): the verb's object follows them, and they count for nothing either
            end = k
            while end + 1 < len(s.norms):
                if s.norms[end] == "في" and s.norms[end + 1].startswith(_MEETING_AR):
                    end += 2
                elif s.norms[end] == "في" and (q := next((p for p in placed if p.first == end + 1), None)) is not None and (
                        q.entity.type in ("GPE", "LOC")):
                    end = q.last + 1
                elif "fresh_time" in s.tags[end]:
                    end += 1
                elif (place := _unknown_place_aside_ar(s, end)) > 0:
                    end += place
                else:
                    break
            hi = max(hi, end + spec.window)
    if "army_noun" in spec.needs and hi > i + span:
        # "integrated into the Sudan People's Liberation Army": the army's own long name, begun
        # within the window, is read to its end; and an army named by its acronym ("into the
        # SPLA") is an army by its full name
        hi = max([hi, *(p.last + 1 for p in placed if i + span <= p.first < hi)])
        # (or a peacekeeping mission the contingents are put into: "integrated into AMISOM")
        if any(i + span <= p.first < hi and (is_armed_force(p.entity) or is_peace_mission(p.entity))
               for p in placed):
            return True
    if lex.lang == "en" and "agreement_noun" in spec.needs and hi > i + span:
        # "signed the General Security of Military Information Agreement": an accord's own
        # title-cased name, begun right after the verb, is read to its end
        hi = max(hi, _titled_accord_end_en(s, i + span), _accord_after_modifier_row_en(s, i + span))
    if lex.lang == "en" and "blacklist_noun" in spec.needs and hi > i + span:
        # "removed the Institute of Forensic Science of China, a laboratory run by the Ministry of
        # Public Security, from a trade blacklist": an aside on the one removed does not count
        k = next((k for k in range(i + span + 1, min(hi, len(s.norms))) if comma_before(s, k)), -1)
        if k > 0:
            end = next((m for m in range(k + 1, min(k + 14, len(s.norms))) if comma_before(s, m)), -1)
            if end > 0:
                hi += end - k
    if lex.lang == "en" and lo < i and (k := passive_subject_en(s, i, spec.needs)) >= 0:
        lo = min(lo, k)  # "The sanctions imposed on Russia in 2014 were lifted on Tuesday"
    lo, hi = max(lo, 0), min(hi, len(s.norms))
    if lex.lang == "ar" and hi > i + span and spec.type == "sanctions.extended":
        # "مدد الرئيس الأمريكي دونالد ترامب، امس الجمعة، تعليق العقوبات": what is extended is the
        # suspension (a waiver kept), not the sanctions after it
        hi = next((k for k in range(i + span, hi) if s.norms[k].startswith(_SUSPENSION_AR)), hi)
    if lex.lang == "ar" and hi > i + span:
        # "رحب ناشطون بقرار التمديد، مطالبين بتوسيع العقوبات": what a demand that follows asks
        # for is not the trigger's object
        hi = next((k for k in range(i + span, hi) if "demanding" in s.tags[k]), hi)
    if lex.lang == "en" and s.norms[i] in _AIM_VERBS_EN and not _aimed_with_sanctions_en(s, i + span, hi):
        return False
    if spec.type == "alliance.joined" and (
            _joined_in_an_act_en(s, i + span) if lex.lang == "en" else _joined_in_an_act_ar(s, i + span)):
        return False
    if spec.type == "alliance.joined" and lex.lang == "ar" and (
            _business_coalition_ar(s, i + span, spec.window) or _business_coalition_before_ar(s, i + span)):
        return False
    if spec.type == "alliance.joined" and lex.lang == "en" and "member_noun" in spec.needs and (
            _member_of_a_business_alliance_en(s, i, i + span + spec.window)):
        return False
    if hi > i + span and family(spec.type) == "sanctions":
        # "expanded trade with China despite sanctions", "جهودها للتحايل على العقوبات": sanctions
        # defied or dodged are no object of the verb before
        hi = next((k for k in range(i + span, hi) if "sanctions_defied" in s.tags[k]), hi)
    for need in spec.needs:
        if need == "entity_after":
            # (a word of ``not_entity_after`` between them makes the name something else: the
            # court in "عاقبت محكمة جنايات القاهرة")
            veto_at = s.where.get("not_entity_after") or ()
            if any(i - 4 <= k < i for k in veto_at):
                continue  # the same body as the subject before the verb: "المحكمة تعاقب المتهمين"
            if any(i + span <= p.first < i + span + spec.window and p.entity.type != "LAW"
                   and not any(i + span <= k < p.first for k in veto_at) for p in placed):
                return True
            if lex.lang == "en" and spec.type == "sanctions.imposed" and s.text and unknown_name_after(
                s.text, s.ends[i + span - 1], placed, person_only=True
            ) is not None:
                return True  # "Britain sanctioned Viktor Lobanov": a person the knowledge base lacks
            continue
        if need == "state_after":
            # (English) a state or its capital right after the trigger ("… will return to Beirut"),
            # not called home "for consultations"
            # (nor home: "The US ambassador to Russia returned to Washington")
            home = {_state_id(p.entity) for p in placed if p.last < i and p.entity.type == "GPE"}
            if "consultations" not in s.norms and any(
                    i + span <= p.first < i + span + spec.window and p.entity.type == "GPE"
                    and _state_id(p.entity) not in home for p in placed):
                return True
            continue
        if need == "org_after":
            if any(i + span <= k < i + span + spec.window for k in s.where.get("not_alliance_noun", ())):
                continue  # "to join SkyTeam airline alliance": a business alliance, whoever is named
            # (Arabic) the day put between the verb and the body does not count: "انضمت تونس
            # رسميا، أول أمس الأربعاء، إلى الكوميسا"
            reach = spec.window + (
                date_words(s, i + span, min(len(s.norms), i + span + spec.window))
                + aside_words(s, i + span, min(len(s.norms), i + span + spec.window))
                if lex.lang == "ar" else 0)
            if lex.lang == "ar" and (subject := next((p for p in placed if p.first == i + span), None)) is not None:
                # "انضمت المملكة العربية السعودية رسميا إلى …": the subject's own long name neither
                reach += subject.last - subject.first
            if any(i + span <= p.first < i + span + reach and (
                p.entity.type == "ORG" or lex.lang == "ar" and p.entity.type == "LAW"
                and "agreement_noun" in s.tags[p.first]  # (Arabic) accords joined: "اتفاقيات أبراهام"
            ) for p in placed):
                return True
            continue
        if need == "partner_of_body":
            # (English) a grouping's partner status with the body named in it: "became a partner
            # country of BRICS", "will become a BRICS partner state" (not "the partner country of
            # the Hannover Messe", "an important partner country for Vietnam's textile industry")
            k = s.first("partner_noun", i + span, i + span + spec.window)
            if k >= 0 and any(
                    p.entity.type == "ORG" and (i + span <= p.first < k or k < p.first <= k + 5)
                    for p in placed):
                return True
            continue
        if need == "foreign_troops":
            # (Arabic) a troop noun with a state's demonym within two words after it ("قوات
            # مصرية", "العسكريين الروس"), or a state's force named in full ("مشاة البحرية
            # الأمريكية"): the state whose troops they are
            if any(lo <= j < hi and any(j < p.first <= j + _demonym_reach(s, j) and p.entity.type == "GPE" for p in placed)
                   for j in s.where.get("troops_noun", ())) or _own_troops_state(s, lo, hi - lo, placed) or any(
                    lo <= p.first < hi and (force := _force_state(p)) is not None and any(
                        lo <= q.first < hi and q.entity.type == "GPE" and _state_id(q.entity) != force.id
                        for q in placed)
                    for p in placed):
                return True  # (a force named in full, once a place of another state is named)
            continue
        if need == "counted_soldiers":
            # (Arabic) soldiers counted by the singular after a number, a state's demonym right
            # after it: "نحو سبعمئة عسكري أمريكي موجودون" (the singular alone is an adjective,
            # "تعاون عسكري", so the plural predicate after the demonym is what makes it soldiers)
            if i >= 2 and s.norms[i - 2] == _SOLDIER_COUNTED_AR and any(
                    p.first == i - 1 and p.entity.type == "GPE" for p in placed):
                return True
            continue
        if need == "waiver_in_sanctions_story":
            # (English) "extended for 90 days the waivers that let foreign companies work at …" in
            # an article on sanctions (not "the visa waiver programme", "fee waivers" elsewhere)
            if s.first("waiver_noun", i + span, i + span + spec.window) >= 0 and _SANCTIONS_STORY.search(s.text):
                return True
            continue
        if need == "envoy_back_to_state":
            # (English) an envoy and his post just before the verb, a state or its capital right
            # after it, other than the envoy's own ("France's ambassador to Italy returned to Rome")
            k = next((k for k in range(max(0, i - spec.window), i) if s.norms[k] in ENVOYS_EN), -1)
            # (his own state is named next to him, "the US ambassador", "France's ambassador"; the
            # state the ties are with may come earlier: "upgrading its relations with Iran, and its
            # ambassador will resume his duties in Tehran")
            home = {_state_id(p.entity) for p in placed if k - 4 <= p.last < k and p.entity.type == "GPE"
                    and not any(s.norms[j] in ("and", "with", "to") for j in range(p.last + 1, k))}
            if k >= 0 and "consultations" not in s.norms and any(
                    i + span <= p.first < i + span + 2 and p.entity.type == "GPE"
                    and _state_id(p.entity) not in home for p in placed):
                return True
            continue
        if need == "measures_named_before":
            # (English) "those measures" as the verb's subject, the sentence before naming the
            # sanctions they are ("… kept in place an arms embargo and an asset freeze. Those
            # measures were extended until February 28, 2017.")
            if s.first("measures_anaphor", lo, i) >= 0 and _SANCTIONS_BEFORE.search(_sentence_before(s)):
                return True
            continue
        if need == "issued_in_sanctions_story":
            # (English) a licence's issuing verb before it, in an article on sanctions
            if s.first("issue_verb", lo, i) >= 0 and _SANCTIONS_STORY.search(s.text) is not None:
                return True
            continue
        if need == "made_indefinite":
            # (English) the waiver's term made open-ended, the measures it waives named in the
            # sentence (sanctions, a sanctions law, export controls)
            if s.first("indefinite_word", lo, hi) >= 0 and any(
                    s.first(g, 0, len(s.norms)) >= 0 for g in _MEASURE_TAGS):
                return True
            continue
        if need == "relative_sanctions":
            if _sanctions_of_relative_en(s, i, placed) if lex.lang == "en" else _sanctions_of_relative_ar(s, i):
                return True
            continue
        if need == "sanctions_story":
            # (English) the sanctions named anywhere in the article
            if _SANCTIONS_STORY.search(s.text) is not None:
                return True
            continue
        if need == "foreign_force" and lex.lang == "ar" and s.first(need, i + span, i + span + spec.window) < 0:
            # any state's forces, by the demonym right after them ("انتشرت القوات البلجيكية في
            # رومانيا"), once a place of another state is named after them: a state's own forces
            # spreading out at home ("انتشرت القوات العراقية في الموصل") are no presence
            if any(i + span <= p.first < i + span + spec.window and p.entity.type == "GPE"
                   and _abroad(p, placed) for p in placed):
                return True
            if any(p.first == i + span and is_bloc_of_states(p.entity.id) and parent_id(p.entity.id) is None
                   for p in placed):
                # a bloc's forces ("انتشرت قوات حلف شمال الأطلسي في كوسوفو", "لتنتشر قوات
                # الاتحاد الأفريقي في البلاد"): no state's own army, abroad wherever they go (the
                # bloc itself, not one of its standing missions, "وتنتشر قوات «اليونيفيل» في جنوب
                # لبنان", named as background)
                return True
            continue
        if need == "base_site_abroad":
            # (Arabic) a base named after the verb and its subject, in another state than the
            # subject's: "ستستخدم الهند قاعدة عسكرية في موريشيوس" (not "ستستخدم مصر قاعدة محمد
            # نجيب العسكرية في تدريب قواتها", its own base)
            if any(i + span <= j < i + span + spec.window and _base_abroad(s, i + span, j, placed)
                   for j in s.where.get("base_site", ())):
                return True
            continue
        if need == "foreign_force_before":
            # (Arabic) "القوات الروسية ستنتشر": a foreign power's demonym right after a troops noun,
            # just before the verb
            if any(i - 3 <= k < i and k > 0 and ("troops_noun" in s.tags[k - 1] or _military_police_before(s, k))
                   for k in s.where.get("foreign_force", ())):
                return True
            if _troops_abroad_before(s, i, span, placed):
                return True
            continue
        if need == "member_state_after":
            # a member state right after a bloc's "suspended" ("suspended Guinea from its organs",
            # "suspended Niger's membership"), or after the membership word ("علق … عضوية غينيا")
            if _member_state_after(lex, s, placed, i + span, spec.window):
                return True
            continue
        if need == "member_state_before":
            # (English) the passive: "Mali was suspended by ECOWAS", "Niger has been suspended from
            # the bloc" (the state right before the auxiliaries)
            if any(p.entity.type == "GPE" and country_of(p.entity.id) is None and p.last < i <= p.last + 3
                   and set(s.norms[p.last + 1:i]) <= _PASSIVE_AUX_EN
                   and (p.first == 0 or s.norms[p.first - 1] not in _PREPOSITIONS_BEFORE_STATE_EN)
                   for p in placed):
                return True
            continue
        if need == "ban_from_state":
            # (English) a ban with a state "from" or "on" which its goods come after it: "its ban on
            # rough diamonds from Liberia", "the diamond ban on Sierra Leone" (not "a ban on smoking")
            if any(lo <= j < hi and _state_after_ban(s, j, placed) for j in s.where.get("ban_noun", ())):
                return True
            continue
        if need == "site_as_base":
            # (Arabic) "من" and a place right after the verb, a base's noun just after the place,
            # and a state named before the verb (or as its subject) that the place is not in
            if _site_taken_as_base(s, i, span, placed):
                return True
            continue
        if need == "led_mission":
            # (English) "the American-led mission", "US-led Hormuz mission": a state before "led"
            # and a mission's noun within two words after it
            if any(lo <= j < hi and s.first("mission_noun", j + 1, j + 4) >= 0
                   and any(p.last == j - 1 and p.entity.type == "GPE" for p in placed)
                   for j in s.where.get("led_word", ())):
                return True
            continue
        if need == "list_of_sanctioned":
            # (Arabic) a list named by who is on it, the sanctions they are under right after:
            # "سيضيف الاتحاد أسماء جديدة إلى قائمة الأشخاص والشركات الخاضعين لعقوبات"
            if any(lo <= j < hi and s.first("subject_to", j + 2, j + 7) >= 0
                   and s.first("sanctions_noun", j + 3, j + 9) >= 0 for j in s.where.get("to_list", ())):
                return True
            continue
        if need == "arms_to_state":
            # a state's arms trade named with the state it goes to: "suspended arms exports to
            # Saudi Arabia", "halted weapons sales to the Philippines", "أوقفت الدنمارك صادرات
            # الأسلحة إلى السعودية" (not the intransitive «التوقف عن بيع الأسلحة», a call to stop
            # that names no act)
            if lex.lang == "ar":
                if s.norms[i + span:i + span + 1] != ["عن"] and _arms_to_state_ar(s, lo, hi, placed) is not None:
                    return True
            elif s.first("arms_trade", lo, hi) >= 0 and _banned_to(s, i + span, placed) is not None:
                return True
            continue
        if need == "entry_ban_person":
            if span > 1 and s.norms[i + 1] == "entry":
                # "denied entry to Hun Sen": the person right after the trigger
                if any(i + span <= p.first <= i + span + 2 and p.entity.type == "PERSON" for p in placed):
                    return True
            elif _person_kept_out(s, i + span, min(len(s.norms), i + span + spec.window), placed):
                return True
            continue
        if need == "kept_out_ar":
            # (Arabic) a person kept out of a state: "منعته وأفراد أسرته من دخول الولايات المتحدة"
            if _kept_out_of_state_ar(s, i, span, min(len(s.norms) - 2, i + span + spec.window), placed):
                return True
            continue
        if need == "freeze_kept":
            # (English) "the freeze on Assad's assets": the assets (funds, accounts) frozen follow
            # within a name's length (not "the freeze on public hiring", "on fuel duty")
            if any(lo <= j < hi and s.first("freeze_object", j + 3, j + 11) >= 0 for j in s.where.get(need, ())):
                return True
            continue
        if need == "imposed_measures":
            # (whom the measures are on, named after "على": a state's, a group's, a person's; past
            # a span of time in the relative clause: "القيود التي فرضتها منذ أربع سنوات على …")
            for j in s.where.get(need, ()):
                if not lo <= j < hi:
                    continue
                relative = s.norms[j + 1] == "التي"
                first, last = j + 3 + relative, j + 4 + 2 * relative + _span_since_ar(s, j + 3)
                if _officials_kept_out_ar(s, first):
                    last += _ENTRANTS_AR  # "… على دخول مئة وثمانية وثمانين مسؤولا ليبيا": a travel ban
                if any(first <= p.first <= last for p in placed):
                    return True
            continue
        if need == "measures_against":
            # (Arabic) measures threatened "ضد" a state named right after: "باتخاذ إجراءات ضد الجزائر"
            group = lex.group(need)
            if any(lo <= j < hi and any(p.first == j + group.match_at(s.forms, j) and p.entity.type == "GPE"
                                        for p in placed) for j in s.where.get(need, ())):
                return True
            continue
        if need == "trade_curbs":
            # (Arabic) restrictions count only on a state's trade: "القيود على واردات … من تركيا"
            if any(lo <= j < hi and _curbs_on_state_trade_ar(s, j, placed) and not _duties_raised_ar(s, i, j)
                   for j in s.where.get(need, ())):
                return True
            continue
        if need == "sanctions_law":
            if any(lo <= p.first < hi and p.entity.type == "LAW" and p.entity.id not in treaty_ids() for p in placed):
                return True
        if need == "into_army" and lex.lang == "en" and (_into_a_new_force_en(s, lo, hi) or _into_a_states_force_en(s, lo, hi)):
            return True
        at = s.where.get(need)
        if at is not None:
            veto = s.where.get("not_" + need)  # the cue word in another sense ("حظر التجول")
            # (Arabic) "لإنهاء الحرب في أوكرانيا، ودخلت العقوبات حيز التنفيذ": a verb with its own
            # definite object does not reach a cue in the next clause
            own_object = lex.lang == "ar" and _own_object_ar(s, i, span)
            # (Arabic) "فرضت العقوبات الأمريكية أعباء ثقيلة على الاقتصاد": the sanctions right after
            # the verb, with an object of their own, are its subject: what they did, not who imposed them
            sanctions_subject = (lex.lang == "ar" and family(spec.type) == "sanctions"
                                 and _sanctions_as_subject_ar(s, i + span, placed))
            # (the name right after the verb: its subject in Arabic, not the deployed forces)
            subject = next((p for p in placed if p.first == i + span), None) if lex.lang == "ar" else None
            for j in at[bisect_left(at, lo):]:
                if j >= hi:
                    break
                if own_object and (j < i or j > i + span + 3 or s.clause[j] != s.clause[i]):
                    continue  # ("إزالة الأسماء من قائمة العقوبات": the object's own complement)
                if sanctions_subject and j == i + span:
                    continue
                if need == "base_noun" and subject is not None and subject.first <= j <= subject.last:
                    continue  # "نشرت القوات المسلحة الأردنية آلياتها": the forces are who deploys
                if need == "base_noun" and spec.words == ("access", "to") and _possessive_en(s, j):
                    continue  # "access to the Dutch brigade's expertise": what the unit has, not a base
                if need == "base_noun" and lex.lang == "ar" and _materiel_adjective_ar(s, j):
                    continue  # "أرسلت مساعدات عسكرية", "معدات غير عسكرية": goods sent, not soldiers
                if (need == "sanctions_noun" and family(spec.type) == "sanctions" and subject is not None
                        and subject.first <= j <= subject.last):
                    continue  # "ترخيص عام أصدره مكتب تنفيذ العقوبات المالية": the office's name, not its act
                if (need == "sanctions_noun" and lex.lang == "ar" and j > 0 and spec.type == "sanctions.extended"
                        and without_conjunction(s.norms[j - 1]) in _SANCTIONS_COMMITTEE_AR):
                    continue  # "مددت لجنة العقوبات … الإعفاء": the committee's name, not what it extends
                if not i <= j < i + span and not (veto and _vetoed(lex, s, need, j, veto)):
                    return True
    return False


# (normalised) the entry or travel that measures may be "on" ("القيود التي فرضتها على دخول
# مسؤولين ليبيين"): a travel ban, whose persons and their state follow past a number and a title
_ENTRY_AR: Final = frozenset(normalize_word(w) for w in ("دخول", "سفر"))
_ENTRANTS_AR: Final = 6
# (normalised) the officials whose entry or travel a state bars, as stems ("مسؤولين", "المسؤولين",
# "نواب", "قادة"), not pilgrims, tourists or foreigners kept out in an epidemic
_OFFICIALS_AR: Final = tuple(normalize_word(w) for w in (
    "مسؤول", "المسؤول", "نواب", "النواب", "قادة", "القادة", "ضباط", "الضباط", "أعضاء", "الأعضاء",
    "شخصيات", "الشخصيات", "وزراء", "الوزراء", "دبلوماسي", "الدبلوماسي"))


def _officials_kept_out_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether the measures' object at ``k`` is the entry or travel of officials, named
    within the reach past a number ("على دخول مئة وثمانية وثمانين مسؤولا ليبيا", "على سفر عشرة
    نواب"): a travel ban, a sanction; not the entry of pilgrims or foreigners in an epidemic."""
    return (k < len(s.norms) and s.norms[k] in _ENTRY_AR
            and any(w.startswith(_OFFICIALS_AR) for w in s.norms[k + 1:k + 1 + _ENTRANTS_AR]))
# (normalised) "military" as an adjective, which the soldier of ``base_noun`` ("عسكري") also reads
_MILITARY_ADJECTIVE_AR: Final = frozenset(normalize_word(w) for w in ("عسكرية", "العسكرية", "عسكري", "العسكري", "عسكريا"))
# (normalised) goods a state sends, which "military" qualifies without making them troops: aid,
# equipment, supplies, arms, a shipment; and "غير", which makes the goods non-military
_MATERIEL_AR: Final = frozenset(normalize_word(w) for w in (
    "مساعدات", "المساعدات", "مساعدة", "معونات", "المعونات", "معونة", "معدات", "المعدات", "إمدادات",
    "الإمدادات", "أسلحة", "الأسلحة", "ذخائر", "الذخائر", "عتاد", "العتاد", "تجهيزات", "التجهيزات",
    "شحنة", "شحنات", "الشحنة", "الشحنات", "غير"))
# (normalised) envoys and officials whom "military" qualifies as who they are, no troops: a
# delegation sent for talks ("أرسلت مصر وفدا عسكريا إلى ليبيا"), an attaché, a spokesman
_ENVOYS_AR: Final = frozenset(normalize_word(w) for w in (
    "وفد", "وفدا", "الوفد", "وفود", "الوفود", "ملحق", "ملحقا", "الملحق", "مسؤول", "مسؤولا",
    "المسؤول", "متحدث", "المتحدث", "ناطق", "الناطق", "مصدر", "المصدر"))


def _materiel_adjective_ar(s: Sentence, j: int) -> bool:
    """(Arabic) Whether the token at ``j`` is "military" qualifying goods or envoys, or negated
    ("مساعدات عسكرية", "أسلحة ومعدات عسكرية", "مساعدات غير عسكرية", "وفدا عسكريا"): arms and aid
    sent, and a delegation, are no troops, though the adjective reads as the soldier "عسكري" of
    ``base_noun`` (not "مستشارين عسكريين", "وحدات عسكرية", "تعزيزات عسكرية", which are men)."""
    if j < 1 or s.norms[j] not in _MILITARY_ADJECTIVE_AR:
        return False
    # (an envoy's noun as it stands: "وفد" starts as the conjunction "و" does)
    return without_conjunction(s.norms[j - 1]) in _MATERIEL_AR or s.norms[j - 1] in _ENVOYS_AR


# the head of an armed corps set up anew ("into a new auxiliary armed police force")
_FORCE_HEADS_EN: Final = frozenset({"force", "forces", "army", "police", "guard", "gendarmerie", "corps"})


def _into_a_new_force_en(s: Sentence, lo: int, hi: int) -> bool:
    """(English) Whether "into a new" in [lo, hi) leads, within four words, to the head of an
    armed corps: "absorbed 3,000 special police officers into a new auxiliary armed police force"
    (a corps set up to take the men in; not "absorbed the costs into a new budget")."""
    for k in range(lo, min(hi, len(s.norms)) - 3):
        if s.norms[k:k + 3] == ["into", "a", "new"]:
            return not _FORCE_HEADS_EN.isdisjoint(s.norms[k + 3:k + 7])
    return False


# words between a state's adjective and the head of its force ("the Colombian armed forces",
# "the Afghan National Army"), and the words that may follow the force's name when it ends
# there ("into the Croatian police on Thursday"; not "into the Colombian police database")
_FORCE_MODIFIERS_EN: Final = frozenset({"armed", "security", "national", "regular", "federal", "state"})
_AFTER_FORCE_NAME_EN: Final = frozenset({
    "on", "in", "at", "as", "under", "after", "before", "by", "from", "with", "this", "last", "next",
    "since", "for", "while", "when", "which", "who", "and", "over", "within", "during", "earlier",
    "later", "yesterday", "today", "until"})


def _into_a_states_force_en(s: Sentence, lo: int, hi: int) -> bool:
    """(English) Whether "into the" in [lo, hi) leads to a force named by its state's adjective:
    "integrated more than 800 Serb policemen into the Croatian police", "into the Malian armed
    forces" (the capitalised adjective, then the force's head, which ends the name: not "into the
    Colombian police database", nor "into the Croatian league side")."""
    for k in range(lo, min(hi, len(s.norms)) - 3):
        if s.norms[k:k + 2] != ["into", "the"] or not s.text[s.starts[k + 2]].isupper():
            continue
        j = k + 3
        while j < len(s.norms) and j < k + 5 and s.norms[j] in _FORCE_MODIFIERS_EN:
            j += 1
        if j >= len(s.norms) or s.norms[j] not in _FORCE_HEADS_EN:
            continue
        while j + 1 < len(s.norms) and s.norms[j + 1] in _FORCE_HEADS_EN:
            j += 1  # "the Croatian police force"
        if _possessive_en(s, j):
            continue  # "into the Afghan army's supply system": the army's thing, not the army
        ends_here = j + 1 == len(s.norms) or s.text[s.ends[j]:s.ends[j] + 1] not in (" ", "")
        if ends_here or s.norms[j + 1] in _AFTER_FORCE_NAME_EN:
            return True
    return False


def _possessive_en(s: Sentence, j: int) -> bool:
    """(English) Whether token ``j`` is in the possessive ("the brigade's expertise", "the
    troops' skills"): it then names whose the next noun is, and is not itself what is reached."""
    return s.text[s.ends[j]:s.ends[j] + 1] in ("'", "\u2019")


_MEASURES_AR: Final = frozenset(normalize_word(w) for w in (
    "إجراءات", "الإجراءات", "عقوبات", "العقوبات", "تدابير", "التدابير", "قيود", "القيود"))
_INSTRUMENT_OF: Final = (["instrument", "of"], ["instruments", "of"])  # (the deposit of a joining told already)
_PROCESS_AR: Final = frozenset({"مسار", "مسيره", "مسارا", "مسيرة"})  # (a path of normalisation: no step)
_BACK_REFERENCE_EN: Final = frozenset({"the", "this", "that", "its", "their"})  # (a noun trigger told before)
_SEQUEL_VERBS_EN: Final = frozenset({"follows", "followed", "comes", "came", "coincides", "coincided"})
_FLIGHTS_EN: Final = frozenset({"flights", "charter", "charters", "flight"})
# the measures whose object may be exports or flights "to" a state (``_banned_to``)
_KEPT_FROM_EN: Final = frozenset({"ban", "bans", "sanctions", "restrictions", "curbs", "controls", "limits"})
# nouns that are a ban only on a trade in arms ("lifted its halt on arms exports to Turkey"), not
# on talks or hiring (``ban_noun``)
_BAN_ON_TRADE_ONLY: Final = frozenset({"halt", "freeze", "moratorium", "suspension", "stop"})


def _curbs_on_state_trade_ar(s: Sentence, j: int, placed: list[Placed]) -> bool:
    """(Arabic) Whether the restrictions at token ``j`` are on a state's trade: the trade follows
    within a few words (past an adjective or a relative clause: "القيود المؤقتة التي فرضتها
    الشهر الماضي على واردات") and a state is named after it, as the goods' source, market or
    nationality ("… الخضر من مصر", "… إلى اليابان", "… النبيذ الأسترالي"); not restrictions on
    cash or travel, nor on a state's own imports with no other state named."""
    k = s.first("curbs_on_trade", j + 1, j + 1 + _CURBS_TO_TRADE_AR)
    if k >= 0 and any(k + 1 < p.first <= k + 1 + _TRADE_TO_STATE_AR and p.entity.type == "GPE" for p in placed):
        return True
    return _curbs_on_arms_to_state_ar(s, j, placed)


def _curbs_on_arms_to_state_ar(s: Sentence, j: int, placed: list[Placed]) -> bool:
    """(Arabic) Whether the restrictions at token ``j`` are on the arms sold to a state: «على»
    and an arms trade within a few words, the state it goes to after «إلى» or «لـ» ("القيود
    المفروضة على بيع الأسلحة والمعدات العسكرية إلى رواندا"). An arms trade names its market,
    so the restrictions are a state's embargo, as "الحظر على بيع الأسلحة إلى X" already is."""
    k = s.first("arms_trade", j + 1, j + 1 + _CURBS_TO_TRADE_AR)
    return k > j + 1 and s.norms[k - 1] in _ON_AR and _arms_to_state_ar(s, k, k + 1, placed) is not None


# (normalised) "رفع" of duties is their raising as often as their lifting ("رفعت واشنطن الرسوم
# على واردات الصلب إلى 25 في المئة"); duties "المفروضة" are lifted
_RAISE_AR: Final = frozenset(normalize_word(w) for w in ("رفع", "رفعت", "رفعا", "رفعوا", "يرفع", "ترفع", "يرفعون", "برفع"))
_DUTIES_AR: Final = frozenset(normalize_word(w) for w in ("الرسوم", "رسوما", "رسوم", "التعريفات"))
_DUTIES_IMPOSED_AR: Final = frozenset(normalize_word(w) for w in ("المفروضة", "فرضتها", "فرضها"))


def _duties_raised_ar(s: Sentence, i: int, j: int) -> bool:
    """(Arabic) Whether the verb at ``i`` is "رفع" and the measure at ``j`` duties not called
    imposed before their trade: a rise in them as likely as their end."""
    if without_conjunction(s.norms[i]) not in _RAISE_AR or without_conjunction(s.norms[j]) not in _DUTIES_AR:
        return False
    return _DUTIES_IMPOSED_AR.isdisjoint(s.norms[j + 1:j + 1 + _CURBS_TO_TRADE_AR])


# how far the trade may follow the restrictions, and the state the trade
_CURBS_TO_TRADE_AR: Final = 7
_TRADE_TO_STATE_AR: Final = 8


def _banned_to(s: Sentence, k: int, placed: list[Placed]) -> Placed | None:
    """(English) The state named after "to" when the trigger's object (from token ``k``) is a
    ban, sanctions or restrictions on exports or flights: "its ban on charter flights to Turkey",
    "imposed restrictions on exports of three chemicals to South Korea", or a state's arms trade
    ("suspended arms exports to Saudi Arabia", "lifted its halt on weapons sales to Turkey");
    else None."""
    arms = s.first("arms_trade", k, k + 4)
    j = next((j for j in range(k, min(len(s.norms), k + 4))
              if s.norms[j] in _KEPT_FROM_EN or s.norms[j] in _BAN_ON_TRADE_ONLY and arms > j), -1)
    if j >= 0 and (own := _own_imposer_clause_en(s, j + 1)) > 0:
        # "lifted the restrictions it placed on arms sales to Bahrain": who placed them, told
        # between the measure and its object, is read past
        if arms < 0:
            arms = s.first("arms_trade", j + 1 + own, j + 4 + own)
        j += own
    if arms >= 0 and (j < 0 or arms <= j + 3):
        j = arms - 2  # (the trade itself: its state follows as after "ban on exports")
    elif j < 0 or s.norms[j + 1:j + 2] != ["on"] or s.norms[j + 2:j + 3] != ["exports"] and (
        # (flights kept from a state by a ban only: "restrictions on flights to China" in an
        # epidemic are a health measure)
        _FLIGHTS_EN.isdisjoint(s.norms[j + 2:j + 4]) or s.norms[j] not in ("ban", "bans")
    ):
        return None
    # (arms sold to a state's armed forces go to that state: "arms sales to the Bahrain Defence
    # Force")
    return next((p for p in placed if j + 2 < p.first <= j + 10
                 and (p.entity.type == "GPE" or arms >= 0 and is_armed_force(p.entity))
                 and s.norms[p.first - 1 - (s.norms[p.first - 1] == "the")] == "to"), None)


# who put a measure in place, told right after it: "the restrictions it placed", "the ban they had
# imposed", "the sanctions which it imposed"
_IMPOSER_PRONOUNS_EN: Final = frozenset({"it", "they"})
_PLACED_VERBS_EN: Final = frozenset({"imposed", "placed", "put", "slapped", "levied"})


def _own_imposer_clause_en(s: Sentence, k: int) -> int:
    """(English) The length of a relative clause at token ``k`` that only says a pronoun put the
    measure before it in place ("it placed", "which they had imposed"); 0 when there is none."""
    j = k + (s.norms[k:k + 1] in (["which"], ["that"]))
    if s.norms[j:j + 1] and s.norms[j] in _IMPOSER_PRONOUNS_EN:
        j += 1 + (s.norms[j + 1:j + 2] == ["had"])
        if s.norms[j:j + 1] and s.norms[j] in _PLACED_VERBS_EN:
            return j + 1 - k
    return 0


# (normalised) "signed it", "issued it", "granted it" told of a measure in a relative clause with no
# relative pronoun ("إعفاء من العقوبات وقعه وزير الخارجية"), and how far after the measure's
# trigger it may stand (past "من العقوبات") and its signer after it (an office and a nationality)
_SIGNED_IT_AR: Final = frozenset(normalize_word(w) for w in (
    "وقعه", "وقعها", "أصدره", "أصدرها", "منحه", "منحها", "أقره", "أقرها",
    # (a state or body as a feminine subject: "أصدرته الولايات المتحدة")
    "وقعته", "وقعتها", "أصدرته", "أصدرتها", "منحته", "منحتها", "أقرته", "أقرتها"))
_MEASURE_TO_SIGNED_AR: Final = 4
_SIGNER_REACH_AR: Final = 5


def _signed_by_ar(s: Sentence, k: int, placed: list[Placed]) -> list[Placed]:
    """(Arabic) Who signed or issued the measure whose trigger ends at ``k``, named right after
    "وقعه", "أصدره" … within a few words and no comma between: a state or a body, the state of a
    minister told by his title and nationality ("وزير الخارجية الأمريكي") rather than the man,
    else a person; none when no such verb follows."""
    j = next((j for j in range(k, min(len(s.norms), k + _MEASURE_TO_SIGNED_AR)) if s.norms[j] in _SIGNED_IT_AR), -1)
    if j < 0:
        return []
    signers = [p for p in placed if j < p.first <= j + _SIGNER_REACH_AR and p.entity.linked
               and p.entity.type in ("PERSON", "GPE", "ORG")
               and not any(comma_before(s, m) for m in range(j + 1, p.first + 1))]
    bodies = [p for p in signers if p.entity.type != "PERSON"]
    return bodies or signers


# (normalised) "the name of" one delisted ("شطب … اسم فلان من القائمة"), the nouns that open a
# person's description before his name ("رجل الأعمال السعودي"), and how far the name may run
_NAME_OF_AR: Final = frozenset(normalize_word(w) for w in ("اسم", "اسمي"))
_DESCRIPTION_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("رجل", "رجلي", "سيدة", "المواطن", "المواطنة"))
_NAME_OF_REACH_AR: Final = 14  # tokens after the verb where "اسم" may stand (past a long subject and its day)
_DELISTED_NAME_WORDS: Final = (2, 4)  # a person's name: two to four words


def _delisted_name_ar(s: Sentence, lo: int, placed: list[Placed]) -> tuple[EntityResult, int, int] | None:
    """(Arabic) The person named after "اسم" of a delisting ("شطب مجلس الأمن اسم جبريل إبراهيم من
    قائمة العقوبات", "… اسم رجل الأعمال السعودي ياسين القاضي من …") whom the knowledge base lacks,
    as an unlinked person, with the tokens of his description before the name; else None (a name
    the knowledge base knows is placed already)."""
    k = next((j for j in range(lo, min(len(s.norms), lo + _NAME_OF_REACH_AR)) if s.norms[j] in _NAME_OF_AR), -1)
    if k < 0:
        return None
    end = next((j for j in range(k + 2, min(len(s.norms), k + 10)) if s.norms[j] == "من"), -1)
    if end < 0 or any(k < p.first < end and p.entity.type != "GPE" for p in placed):
        return None
    first = k + 1
    while first < end and (s.norms[first].startswith("ال") or s.norms[first] in _DESCRIPTION_NOUNS_AR):
        first += 1
    if not _DELISTED_NAME_WORDS[0] <= end - first <= _DELISTED_NAME_WORDS[1] or any(
        comma_before(s, j) for j in range(first, end)
    ) or any(p.first < end and p.last >= first for p in placed):
        # (a state's name is the state's: "شطبت واشنطن اسم كوريا الشمالية من القائمة")
        return None
    start, stop = s.starts[first], s.ends[end - 1]
    name = " ".join(s.text[start:stop].split())
    person = EntityResult(id=None, name=name, type="PERSON", linked=False, mentions=[Mention(start, stop, name)])
    return person, k + 1, first


# (normalised) a ban's noun right before the arms trade it bans ("حظر توريد الأسلحة"), and how far
# after its trigger's end the ban may stand ("فرض الاتحاد الأوروبي حظر …": the subject between)
_ARMS_BAN_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("حظر", "الحظر", "حظرا", "وحظر"))
_BAN_TO_ARMS_AR: Final = 5


# (normalised) the lead of a span of time told before the object ("مدد مجلس الأمن لمدة اثني عشر
# شهرا حظر توريد الأسلحة"), and how many words it may take to its unit
_DURATION_LEADS_AR: Final = frozenset(normalize_word(w) for w in ("لمدة", "مدة", "طيلة"))
_DURATION_REACH_AR: Final = 4


def _duration_between_ar(s: Sentence, lo: int) -> int:
    """(Arabic) How many words a span of time takes that opens within the ban's reach after
    ``lo`` ("لمدة اثني عشر شهرا", "لمدة عام"): the words the ban stands further away; else 0."""
    for k in range(lo, min(len(s.norms), lo + _BAN_TO_ARMS_AR)):
        if s.norms[k] in _DURATION_LEADS_AR:
            unit = next((j for j in range(k + 1, min(len(s.norms), k + 1 + _DURATION_REACH_AR))
                         if is_time_unit(s.norms[j])), -1)
            return unit - k + 1 if unit > 0 else 0
    return 0


def _banned_arms_to_state_ar(s: Sentence, lo: int, hi: int, placed: list[Placed]) -> Placed | None:
    """(Arabic) The state after «إلى» or «لـ» of an arms trade banned in [lo, hi), the ban's noun
    right before the trade ("حظر توريد الأسلحة إلى جنوب السودان"); else None."""
    k = s.first("arms_trade", lo + 1, hi)
    if k < 0 or s.norms[k - 1] not in _ARMS_BAN_NOUNS_AR:
        return None
    return _arms_to_state_ar(s, k, k + 1, placed)


def _arms_to_state_ar(s: Sentence, lo: int, hi: int, placed: list[Placed]) -> Placed | None:
    """(Arabic) The state an arms trade named in [lo, hi) goes to: after «إلى» or glued «لـ»,
    within seven tokens of the trade and no comma between ("صادرات الأسلحة إلى السعودية", "بيع
    الأسلحة للسعودية"); else None (arms made or sold at home name no state)."""
    k = s.first("arms_trade", lo, hi)
    if k < 0:
        return None
    for p in placed:
        if p.first <= k + 1 or p.entity.type != "GPE":
            continue
        if p.first > k + 8 or any(comma_before(s, j) for j in range(k + 1, p.first + 1)):
            return None
        if s.norms[p.first - 1] == "الي" or (p.start > s.starts[p.first] and s.text[p.start - 1] == "ل"):
            return p
    return None


def _exempted_from(s: Sentence, i: int, found: list[_Candidate]) -> bool:
    """(Arabic) Whether the trigger at ``i`` names the measure an exemption found before it
    exempts from ("يستثني الشركات من إجراءات تجميد الأصول"): the measure's "من" just before."""
    return any(i - 3 <= j < i for j in s.where.get("from_measure", ())) and any(
        c.spec.type == "sanctions.suspended" and "from_measure" in c.spec.needs and c.sentence is s for c in found
    )


def _exempted_from_en(s: Sentence, i: int, found: list[_Candidate]) -> bool:
    """(English) Whether the nominal trigger at ``i`` ("new", "fresh") names the measure an
    exemption found before it exempts from ("exempted Japan and ten EU states from its new
    sanctions on foreign banks"): "from" within the two words before it. The sanctions are
    named as the frame of the waiver, not imposed anew by those exempted."""
    return "from" in s.norms[max(0, i - 2):i] and any(
        c.spec.type == "sanctions.suspended" and c.sentence is s and c.index < i for c in found
    )


def _designation_left(s: Sentence, i: int, found: list[_Candidate]) -> bool:
    """(Arabic) Whether the trigger at ``i`` is the designation's noun that a lifting found
    before it takes a group out of ("رفعت واشنطن الحزبين من تصنيف «المنظمات الإرهابية»"): the
    designation's "من" just before, so no designation is made."""
    return i > 0 and (i - 1) in s.where.get("from_designation", ()) and any(
        c.spec.type == "sanctions.lifted" and "from_designation" in c.spec.needs and c.sentence is s for c in found
    )


# (English) what may follow a member state a bloc suspends: a preposition of the bodies or the
# cause ("from its organs", "over the coup", "until elections"), a day, a conjunction; not a noun
# that makes the state an attribute ("suspended Niger aid", "suspended Mali flights")
_AFTER_SUSPENDED_MEMBER_EN: Final = frozenset({
    "from", "on", "in", "over", "after", "for", "until", "following", "with", "and", "as", "at", "pending",
    "indefinitely", "immediately", "because", "amid", "last", "this", "earlier", "yesterday", "today",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "when", "but",
    "unless", "if", "which",
})


# (English) the auxiliaries of a passive ("has been suspended") and the prepositions that make a
# state before them no subject ("Flights to Mali were suspended", "Talks with Iran were suspended")
_PASSIVE_AUX_EN: Final = frozenset({"is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "also", "not"})
_PREPOSITIONS_BEFORE_STATE_EN: Final = frozenset({"to", "with", "from", "on", "in", "for", "of", "against", "into", "at",
                                           "by", "over", "between", "and"})


def _member_state_after(lex: Lexicon, s: Sentence, placed: list[Placed], start: int, window: int) -> bool:
    """A state suspended from a bloc, named from ``start`` on: in English within ``window``
    tokens and followed by what may follow it (or by "'s membership"); in Arabic right after a
    membership word ("عضوية", "مشاركة") that starts within ``window``."""
    if lex.lang == "ar":
        return any(start <= k < start + window and any(p.first == k + 1 and p.entity.type == "GPE" for p in placed)
                   for k in s.where.get("membership", ()))
    for p in placed:
        if not (start <= p.first < start + window and p.entity.type == "GPE" and country_of(p.entity.id) is None):
            continue
        k = p.last + 1
        if k >= len(s.norms) or comma_before(s, k) or s.norms[k] in _AFTER_SUSPENDED_MEMBER_EN:
            return True
        if s.norms[k] == "s" and k + 1 < len(s.norms) and "membership_word" in s.tags[k + 1]:
            return True
    return False


# (normalised) the counted soldiers a force is made of ("ستة آلاف عنصر من تشاد والكاميرون")
_SOLDIER_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "عنصر", "عناصر", "جندي", "جنديا", "جنود", "عسكري", "عسكريا", "عسكريين"))


# (Arabic) how many tokens a list of the states that send soldiers may run back to its "من"
_SENDERS_LIST_REACH_AR: Final = 12


def _soldiers_come_from_ar(s: Sentence, placed: list[Placed], p: Placed) -> bool:
    """(Arabic) Whether the state ``p`` is named, alone or in a list of states, right after
    soldiers and "من": where the soldiers come from ("ستة آلاف عنصر من تشاد والكاميرون"; a
    conjoined item the tagger leaves unnamed, "والكونغو", does not break the list)."""
    by_last = {q.last: q for q in placed if q.entity.type == "GPE"}
    k = p.first - 1
    while k > 0 and p.first - k <= _SENDERS_LIST_REACH_AR and (k in by_last or s.norms[k].startswith("و")):
        k = by_last[k].first - 1 if k in by_last else k - 1
    return k > 0 and s.norms[k] == "من" and s.norms[k - 1] in _SOLDIER_NOUNS_AR


def _senders_of_the_soldiers_as_actors_ar(s: Sentence, placed: list[Placed], roles: Roles) -> None:
    """(Arabic) Move to the actors the targets of a presence its soldiers come from: the states
    that send them to a mission, not where it goes ("لتنتشر قوات الاتحاد الأفريقي في البلاد بقوام
    ستة آلاف عنصر من تشاد والكاميرون")."""
    senders = [e for e in roles.targets
               if (p := roles.via.get(id(e))) is not None and _soldiers_come_from_ar(s, placed, p)]
    if senders:
        roles.targets = [e for e in roles.targets if all(e is not x for x in senders)]
        roles.actors.extend(senders)


# (Arabic) how far a suspending verb reaches for the membership word and its state: the
# ``window`` of the lexicon's member-state entry
_MEMBER_REACH_AR: Final = 12


def _body_the_member_is_in_ar(s: Sentence, t: int, placed: list[Placed]) -> Placed | None:
    """(Arabic) The bloc of states named "في" after the suspending verb at ``t``, past the
    membership word and the state: the body whose member is suspended ("حقوق سوريا وامتيازاتها في
    منظمة حظر الأسلحة الكيميائية", "عضوية فنزويلا في المنظمة" names none)."""
    return next((p for p in placed if t < p.first and p.first > 0 and s.norms[p.first - 1] == "في"
                 and is_bloc_of_states(p.entity.id)
                 and any(t < k < p.first for k in s.where.get("membership", ()))), None)


# (Arabic) the verb that opens a pluperfect: "وكان عسكريون قد استولوا على السلطة"
_KANA_OPENERS_AR: Final = frozenset({"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "فكان", "فكانت"})


def _suspended_since_ar(s: Sentence, t: int, clause: tuple[int, int]) -> bool:
    """(Arabic) Whether an imperfect verb of suspending ("فيعلق عضوية غينيا") is followed in its
    clause by "منذ": a membership suspended since an earlier day, a state that lasts."""
    bare = without_conjunction(s.norms[t])
    return bare[:1] in ("ي", "ت") and finite_verb_ar(bare) and "منذ" in s.norms[t + 1:clause[1]]


def _next_day_of_a_pluperfect_ar(s: Sentence, t: int, clause: tuple[int, int]) -> bool:
    """(Arabic) Whether the act is dated "في اليوم التالي" (or "الموالي") and the sentence before
    opens a pluperfect ("وكان … قد …"): the next day of a background is background."""
    norms = s.norms[clause[0]:clause[1]]
    if not any(w == "اليوم" and norms[j + 1:j + 2] in (["التالي"], ["الموالي"]) for j, w in enumerate(norms)):
        return False
    before = [normalize_word(w) for w in _sentence_before(s).split()]
    return bool(before) and before[0] in _KANA_OPENERS_AR and "قد" in before[1:8]


def _state_after_ban(s: Sentence, j: int, placed: list[Placed]) -> bool:
    """Whether a state is named "from" or "on" within six words after the ban at ``j`` (or,
    after an export ban, a company or any body: "lifted its export ban on ZTE", a denial of
    exports to it, is a sanction; a ban on a club or a product is not)."""
    export = s.norms[j] == "export" and s.norms[j + 1:j + 2] in (["ban"], ["bans"])
    # (who put the ban in place may be told between it and its object: "the ban it had imposed
    # on arms exports to Turkey"; ``o`` stands where the object's "on" is then one token after)
    o = j + _own_imposer_clause_en(s, j + 1)
    # (or a ban on exports to a state: "suspended its ban on exports of gallium to the United States")
    exports_to = s.norms[o + 1:o + 3] == ["on", "exports"] or (
        # or flights to a state: "lifted its ban on charter flights to Turkey"
        s.norms[o + 1:o + 2] == ["on"] and not _FLIGHTS_EN.isdisjoint(s.norms[o + 2:o + 4]))
    # a halt, freeze or moratorium is a ban only on a trade in arms ("lifted its halt on arms
    # exports to Turkey"), not on talks or hiring
    arms = s.norms[o + 1:o + 2] in (["on"], ["of"], ["to"]) and any(
        o + 1 < k <= o + 3 for k in s.where.get("arms_trade", ()))
    if s.norms[j] in _BAN_ON_TRADE_ONLY and not arms:
        return False
    exports_to = exports_to or arms
    # or a ban on trade with a state: "lifted the ban on trade with North Korea", "a ban on all
    # trade with Israel" (not "a ban on trading with unlicensed vendors": a state after "with")
    trade_with = s.norms[j] not in _BAN_ON_TRADE_ONLY and s.norms[o + 1:o + 2] == ["on"] and (
        not _TRADE_WORDS_EN.isdisjoint(s.norms[o + 2:o + 4]))
    # or a ban on investment in a state: "suspended its ban on new American investment in Myanmar"
    # (a country after "in", not a city or a sector; not "foreign" investment: "lifted its ban on
    # foreign investment in India's e-commerce" is a state's own rule at home)
    investment_in = s.norms[j] not in _BAN_ON_TRADE_ONLY and s.norms[o + 1:o + 2] == ["on"] and (
        not INVESTMENT_EN.isdisjoint(s.norms[o + 2:o + 5])) and "foreign" not in s.norms[o + 2:o + 5]
    for p in placed:
        if o < p.first <= o + (10 if exports_to else 7) and (p.entity.type == "GPE" or export and p.entity.type == "ORG"):
            k = p.first - 1 - (s.norms[p.first - 1] == "the")
            if s.norms[k] in ("from", "on", "against") or exports_to and s.norms[k] == "to":
                return True
            if trade_with and s.norms[k] == "with":
                return True
            if investment_in and s.norms[k] == "in" and country_of(p.entity.id) is None:
                return True  # (a state has no "country" of its own in the knowledge base; a city has)
    return False


_TRADE_WORDS_EN: Final = frozenset({"trade", "commerce", "dealings", "transactions"})


_NOUN_OPENERS_EN: Final = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her"})  # (``verb`` forms)
# "sign" as a noun (an indication: "a sign of a truce", "the first signs of a thaw"): the bare
# forms after an article or a possessive ("that" and "this" can open a relative clause: "the
# states that sign the treaty")
_SIGN_NOUNS_EN: Final = frozenset({"sign", "signs"})
_SIGN_NOUN_OPENERS_EN: Final = frozenset({"a", "an", "the", "its", "their", "his", "her", "first", "clear", "no"})
# the last word of a military unit's name ("Rapid Deployment Force", "Deployment Brigade")
_UNIT_NAME_ENDS_EN: Final = frozenset({
    "brigade", "brigades", "force", "forces", "division", "corps", "battalion", "regiment", "group",
    "command", "unit", "squadron", "wing", "team",
})


def _in_unit_name_en(s: Sentence, i: int, span: int) -> bool:
    """(English) Whether the trigger at ``i`` is a capitalised noun inside a unit's name: after a
    capitalised word or an ordinal inside the sentence, with a capitalised unit word right after
    it ("the 4th Rapid Deployment Brigade", "the Rapid Deployment Force"). A verb is never so read
    ("Deploys" in a title-case headline): only the forms in -ment."""
    end = i + span
    if not (0 < i and end < len(s.norms) and s.text and s.norms[end - 1].endswith(("ment", "ments"))):
        return False
    word, after = s.text[s.starts[i]:s.ends[end - 1]], s.text[s.starts[end]:s.ends[end]]
    before = s.text[s.starts[i - 1]:s.ends[i - 1]]
    return (
        word[:1].isupper()
        and after[:1].isupper()
        and s.norms[end] in _UNIT_NAME_ENDS_EN
        and (before[:1].isupper() or before[:1].isdigit())
    )


# the types whose verbs ease or end measures, and so also soften words ("تخفيف الصياغة")
_EASING_TYPES: Final = frozenset({"sanctions.lifted", "sanctions.suspended"})


def _person_kept_out(s: Sentence, lo: int, hi: int, placed: list[Placed]) -> bool:
    """(English) Whether a named person stands in [lo, hi) before an entry cue ("from entering")
    that a state or "the country" follows: "barred Hun Sen and his two sons from entering the
    country"."""
    for j in s.where.get("entry_cue", ()):
        if not lo <= j < hi or s.norms[j] == "entry":
            continue
        end = j + 2 + (s.norms[j + 1] not in ENTERING_EN)  # past "from entering", "from travelling to"
        if not any(lo <= p.first < j and p.entity.type == "PERSON" for p in placed) and (
            not s.text or unknown_name_after(s.text, s.ends[lo - 1], placed, person_only=True) is None
        ):
            continue  # (a person the knowledge base lacks: "barred Sali Berisha, Albania's former…")
        if s.norms[end:end + 2] in (["the", "country"], ["its", "territory"]) or any(
            end <= p.first <= end + 1 and p.entity.type == "GPE" for p in placed
        ):
            return True
    return False


# (Arabic) "من دخول" after a verb of keeping out, and the state's own land named without its name
_ENTERING_AR: Final = frozenset({"دخول", "الدخول"})
_OWN_LAND_AR: Final = ("اراضي", "البلاد")
_KEEPING_OUT_AR: Final = ("منع", "يمنع", "تمنع")
_OBJECT_PRONOUNS_AR: Final = ("ه", "ها", "هم", "هما")


def _kept_out_of_state_ar(s: Sentence, i: int, span: int, hi: int, placed: list[Placed]) -> bool:
    """(Arabic) Whether the verb at ``i`` keeps a person out of a state: "منعت الخارجية الوزير
    السابق من دخول الولايات المتحدة", "ومنعته وأفراد أسرته من دخول أراضيها" (the person named
    between the verb and "من دخول", or carried by the verb's pronoun; the state named right after
    "دخول", or its land). Not fans kept out of a stadium, nor protesters out of a square: no person,
    no state."""
    for j in range(i + span, hi):
        if s.norms[j] != "من" or s.norms[j + 1] not in _ENTERING_AR:
            continue
        verb = s.norms[i].lstrip("وف")
        person = (verb.startswith(_KEEPING_OUT_AR) and verb.endswith(_OBJECT_PRONOUNS_AR)) or any(
            i + span <= p.first < j and p.entity.type == "PERSON" for p in placed)
        state = s.norms[j + 2].startswith(_OWN_LAND_AR) or any(
            p.first == j + 2 and p.entity.type == "GPE" and country_of(p.entity.id) is None for p in placed)
        return person and state
    return False


def _own_object_ar(s: Sentence, i: int, span: int) -> bool:
    """(Arabic) Whether the verbal noun at ``i`` has its own object right after it: a definite
    noun that no cue group starts at ("لإنهاء الحرب في أوكرانيا", "إلغاء الرسوم"). Then a cue
    before it, in another clause or past the object's complement is not what it ends. (A verbal noun only: after a verb the
    definite noun may be its subject, "رفعت الحكومة العقوبات".)"""
    k = i + span
    return (span == 1 and k < len(s.norms) and s.norms[i].lstrip("وفل") in _ENDING_MASDARS_AR
            and s.norms[k].startswith("ال") and len(s.norms[k]) > 3 and not s.tags[k])


_AIM_VERBS_EN: Final = frozenset({"target", "targets", "targeted", "targeting"})


def _aimed_with_sanctions_en(s: Sentence, k: int, hi: int) -> bool:
    """(English) Whether the sanctions after a verb of aim (its object from token ``k``) are what
    it aims with: "targets Hezbollah financiers in new round of sanctions", "targeted Russian oil
    with fresh sanctions" ("with" or "in" before them, no comma between; not "targeted sanctions",
    the noun's adjective, nor "missiles targeted Kyiv, days after new EU sanctions")."""
    for m in range(k + 1, min(hi, len(s.norms))):
        if comma_before(s, m):
            return False
        if "sanctions_noun_strict" in s.tags[m]:
            return any(w in ("with", "in") for w in s.norms[k:m])
    return False


def _sanctions_as_subject_ar(s: Sentence, k: int, placed: list[Placed]) -> bool:
    """(Arabic) Whether the sanctions named at ``k``, right after a verb, are its subject: past
    their adjectives (a demonym, a word ending in ة that agrees with them) comes a definite noun
    that cannot agree with them ("شددت العقوبات الأوروبية الخناق") or an indefinite object in
    the accusative ("فرضت العقوبات واقعا جديدا", "أعباء ثقيلة"). Not "فرضت العقوبات الجديدة على إيران" (its
    object follows a preposition) nor a day ("فرضت العقوبات الاثنين")."""
    if k >= len(s.norms) or "sanctions_noun_strict" not in s.tags[k]:
        return False
    m = k + 1
    while m < len(s.norms) and m <= k + 3 and not comma_before(s, m) and (
            s.norms[m].endswith("ه") or any(p.first <= m <= p.last for p in placed)):
        m += 1  # (the adjectives of the sanctions: "الأمريكية الأحادية")
    if m >= len(s.norms) or comma_before(s, m) or s.tags[m] or date_words(s, m, m + 1):
        return False
    w = s.norms[m]
    if w.startswith("ال"):
        return len(w) > 4 and not w.endswith(("ه", "ي", "ين", "ون"))
    return len(w) > 3 and w.endswith(("ا", "اء")) and not w.endswith("يا") and w not in _ADVERBS_AR


# adverbs in the accusative that may stand after a verb's object ("فرضت العقوبات مجددا على …")
_ADVERBS_AR: Final = frozenset(normalize_word(w) for w in (
    "أيضا", "مجددا", "مؤخرا", "سابقا", "لاحقا", "أخيرا", "مؤقتا", "فورا", "أولا", "ثانيا", "غدا", "جزافا",
    # and the prepositions that end like them ("فرضت العقوبات جراء …")
    "أثناء", "إزاء", "جراء", "وراء", "سواء"))


# verbal nouns of ending, removing or extending, which name their object right after them
# ("تمديد الترخيص لا يعني رفع العقوبات": a licence extended, not the sanctions)
_ENDING_MASDARS_AR: Final = frozenset({"انهاء", "الغاء", "ازاله", "تمديد", "تجديد"})


def _decree_adopter(s: Sentence, t: int, placed: list[Placed], fam: str) -> EntityResult | None:
    """(Arabic) Who adopted the decree whose relative clause, or whose "يقضي" ("provides"), holds
    the trigger at ``t`` ("اعتمد مجلس الأمن القرار 2790، الذي مدد بموجبه …"): the last state or
    body named in the eight words before the decree's noun (the body acts through its act)."""
    r = s.first("relative", max(0, t - 3), t)
    if r < 0 and t > 0 and s.norms[t - 1] in PROVIDES_AR:
        r = t - 1  # "يصدر قرارا يقضي بإخضاع جميع القوات…": what the decree provides
    if r < 0 and fam == "forces" and t > 0 and "decree_noun" in s.tags[t - 1] and s.norms[t].startswith("ب"):
        r = t  # "أصدر الرئيس سلفا كير مرسوما بدمج مقاتلي المعارضة": the decree's object, after "ب"
    d = s.last("decree_noun", max(0, r - 5), r) if r >= 0 else -1
    if fam not in ("sanctions", "forces") or d < 0:
        return None
    # (forces are brought under the army by a head of state's decree: "البرهان يصدر قرارا")
    kinds = ("GPE", "ORG", "PERSON") if fam == "forces" else ("GPE", "ORG")
    ok = [p for p in placed if d - 8 <= p.first < d and p.entity.type in kinds]
    return ok[-1].entity if ok else None



# (English) the words of a name a state's name may stand in for something else: an airline's, a
# port's, a town's
_NAMING_WORDS_EN: Final = frozenset({"air", "airlines", "airways", "port", "town", "village", "township"})


def _state_names_another(s: Sentence, text: str, p: Placed) -> bool:
    """(English) Whether the state or capital at ``p`` names something else: an airline ("Korean
    Air", "Air India"), a port ("The Port of Tallinn signed a memorandum with the Port of
    Helsinki"), a town of the same name ("the neighbouring town of Berlin")."""
    if p.first > 1 and s.norms[p.first - 1] == "of" and (
        s.norms[p.first - 2] in ("town", "village", "township")
        or text[s.starts[p.first - 2]:s.ends[p.first - 2]] == "Port"
    ):
        return True
    return _airline_name(s, text, p)


# (English) a name joined to a number by a hyphen ("the Kharkiv-1 battalion")
_NUMBERED_NAME_EN: Final = re.compile(r"\w[-\u2010\u2011]\d")


def _numbered_name_in(text: str, start: int, end: int) -> bool:
    """Whether ``_NUMBERED_NAME_EN`` matches in ``text[start:end]``.

    (Every match holds one of its three hyphens, which ``str.find`` looks for without a copy
    and far faster than the search, whose pattern opens with ``\\w`` and so is tried at every
    character: most sentences have no hyphen and are done with here, with the same answer.)"""
    find = text.find
    if find("-", start, end) < 0 and find("\u2010", start, end) < 0 and find("\u2011", start, end) < 0:
        return False
    return _NUMBERED_NAME_EN.search(text, start, end) is not None


def _numbered_unit_name(s: Sentence, text: str, p: Placed) -> bool:
    """(English) Whether the place at ``p`` opens a numbered unit's name joined by a hyphen ("the
    Kharkiv-1 and Poltava battalions", "the Mosul-2 brigade"): a unit, no state or city as a party."""
    end = s.ends[p.last]
    return text[end:end + 1] in ("-", "\u2010", "\u2011") and text[end + 1:end + 2].isdigit()


# (English) what "Air" heads after a state's name when no airline is meant ("US Air Force")
_MILITARY_AIR_EN: Final = frozenset({"force", "forces", "defence", "defense", "base", "bases", "station", "command",
                              "wing", "corps", "guard", "national", "space", "power", "strike", "strikes"})


def _airline_name(s: Sentence, text: str, p: Placed) -> bool:
    """(English) Whether the state at ``p`` opens an airline's name the knowledge base lacks
    ("a codeshare with Korean Air", "Ethiopian Airlines"): a company, no state."""
    k = p.last + 1
    if p.entity.type != "GPE":
        return False
    if p.first > 0 and s.norms[p.first - 1] == "air" and text[s.starts[p.first - 1]:s.starts[p.first - 1] + 1] == "A":
        return True  # "Air India", "Air Algérie": the flag carrier, no state
    if k >= len(s.norms):
        return False
    if s.norms[k] in ("airlines", "airways"):
        return True
    return (s.norms[k] == "air" and text[s.starts[k]:s.starts[k] + 1] == "A"
            and (k + 1 >= len(s.norms) or s.norms[k + 1] not in _MILITARY_AIR_EN))


# (English) members of a legislature, whose acts are not their state's
_LEGISLATORS_EN: Final = frozenset({"senator", "senators", "lawmaker", "lawmakers", "legislator", "legislators",
                             "congressman", "congressmen", "congresswoman", "congresswomen", "mps", "mp",
                             "parliamentarians", "representatives", "congressional", "house", "senate"})


def _legislators_of(s: Sentence, p: Placed | None) -> bool:
    """(English) Whether the state named at ``p`` is the adjective of legislators ("US senators",
    "two Republican US lawmakers", "a US congressional delegation")."""
    return p is not None and p.entity.type == "GPE" and p.last + 1 < len(s.norms) and (
        s.norms[p.last + 1] in _LEGISLATORS_EN)


def _the_country_named_before(
    s: Sentence, t: int, clause: tuple[int, int], placed: list[Placed]
) -> EntityResult | None:
    """(Arabic) The state named last before «البلاد» ("the country"), in the same sentence, when
    «البلاد» opens the trigger's clause or stands right around the trigger as its subject."""
    k = next((j for j in range(max(clause[0], t - 4), min(len(s.norms), t + 3))
              if without_conjunction(s.norms[j]) == "البلاد" and s.norms[j - 1:j] != ["في"]), -1)
    if k < 0:
        return None
    return next((p.entity for p in reversed(placed) if p.last < k and p.entity.type == "GPE"), None)


# (Arabic) a bloc named by its common noun ("في المنظمة", "إلى الحلف")
_BODY_NOUNS_AR: Final = frozenset({"المنظمه", "الحلف", "التكتل", "المجموعه"})


def _the_body_named_before(
    s: Sentence, t: int, span: int, placed: list[Placed], roles: Roles
) -> EntityResult | None:
    """(Arabic) The organisation named last before the bloc's common noun that follows the
    trigger within eight words, in the same sentence (not one of the actors)."""
    k = next((j for j in range(t + span, min(len(s.norms), t + span + 8))
              if without_conjunction(s.norms[j]) in _BODY_NOUNS_AR), -1)
    if k < 0:
        return None
    return next((p.entity for p in reversed(placed) if p.last < t and p.entity.type == "ORG"
                 and all(p.entity is not a for a in roles.actors)), None)


def _heads_a_signer_ar(s: Sentence, k: int, named: bool) -> bool:
    """(Arabic) Whether the word at ``k`` is an office heading the name of the subject right after
    a verb: the first one's ("مدد وزراء خارجية الاتحاد الأوروبي"), or, once a name is read, the
    next one's, after "و" or an honorific ("وقع سيادة الرئيس محمود عباس وفخامة رئيس جمهورية
    السنغال ماكي سال": not an office in apposition after a name)."""
    if not named:
        return s.norms[k] in _SUBJECT_HEADS_AR
    joined = s.norms[k].startswith("و") or without_conjunction(s.norms[k - 1]) in _HONORIFICS_AR
    return joined and without_conjunction(s.norms[k]) in _SUBJECT_HEADS_AR


def _unknown_place_aside_ar(s: Sentence, k: int) -> int:
    """(Arabic) The words of a place the knowledge base does not link, set off by commas after a
    subject ("وقع سيادة الرئيس … ، اليوم الأحد، في عمان، اتفاقية"): "في" and one or two words
    closed by a comma, or 0. (A place it links is skipped by its mention.)"""
    if s.norms[k] != "في" or not comma_before(s, k):
        return 0
    return next((1 + n for n in (1, 2) if k + 1 + n < len(s.norms) and comma_before(s, k + 1 + n)
                 and not any(comma_before(s, j) for j in range(k + 1, k + 1 + n))), 0)


def _accord_after_named_subject(s: Sentence, placed: list[Placed], k: int) -> bool:
    """(Arabic) "وقع صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء،
    ووزير الخارجية الأمريكي أنتوني بلينكن، في العاصمة الأمريكية واشنطن أمس الأربعاء، اتفاقية
    التكامل …": the accord right after a comma within thirty words of the verb (ending at ``k``),
    when the words before that comma name its signers (a name right after the verb, or after its
    honorifics) and hold no verb of another clause."""
    first = k
    while first < len(s.norms) and s.norms[first] in _HONORIFICS_AR:
        first += 1
    if first < len(s.norms) and s.norms[first] in ASIDE_TITLES_AR:
        # "وقع رئيس مجلس الوزراء محمد شياع السوداني والرئيس الفرنسي …": the signer's office
        # before his name, a few words with no comma between
        first = next((p.first for p in placed if first < p.first <= first + _OFFICE_LONGEST_AR
                      and not any(comma_before(s, j) for j in range(first + 1, p.first + 1))), first)
    if not any(p.first == first for p in placed):
        return False
    for j in range(first + 1, min(len(s.norms), k + 30)):
        if "agreement_noun" in s.tags[j] and comma_before(s, j):
            return True
        if s.norms[j] in _CLAUSE_OPENERS_AR or s.future[j]:
            return False
    return False


# (Arabic) how many words an office may take before its holder's name ("رئيس مجلس الوزراء",
# "وزير الشؤون الخارجية والتعاون")
_OFFICE_LONGEST_AR: Final = 5
# (Arabic) words that open another clause ("أن", "الذي", "بعد أن"): a signing's object is not past them
_CLAUSE_OPENERS_AR: Final = frozenset({"ان", "بان", "الذي", "التي", "الذين", "لكن", "بينما", "حيث", "اذ", "عندما",
                                "فيما", "كما", "وقال", "قال", "واضاف", "اضاف", "واكد", "اكد"})


# "الاتحاد" as normalised: before a demonym the knowledge base does not name with it, a national
# federation or union ("الاتحاد الأردني" for the football federation named in full before), not
# the state ("الاتحاد الأوروبي", "الاتحاد الروسي" are names of their own, linked whole)
_UNION_AR: Final = normalize_word("الاتحاد")


def _without_national_unions(s: Sentence, placed: list[Placed]) -> list[Placed]:
    """(Arabic) ``placed`` without the states named only by a demonym right after "الاتحاد"."""
    return [p for p in placed
            if not (p.entity.type == "GPE" and p.first == p.last and p.first > 0 and s.norms[p.first - 1] == _UNION_AR)]


# an envoy who signs for his state: ambassadors and delegates ("وقع سفيرها لدى الصين")
_ENVOY_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "سفير", "سفيرها", "سفيره", "سفيرة", "سفيرتها", "سفيرته", "مندوب", "مندوبها", "مندوبه", "مندوبة",
    "ممثل", "ممثلها", "ممثله", "ممثلة"))
_AT_POST_AR: Final = frozenset(normalize_word(w) for w in ("لدى", "لدي"))


def _without_envoy_posts_ar(s: Sentence, placed: list[Placed]) -> list[Placed]:
    """(Arabic) ``placed`` without the states named only as the post of an envoy who signs:
    "وقع سفير الكويت لدى الصين والأمين العام للمنظمة مذكرة" is Kuwait's signing, China only
    the country the ambassador is accredited to (the envoy's own state, "سفير الكويت", stays, and
    so does a host named again, whose official signs with him: "ونائب وزير الخارجية الياباني")."""
    posts = [p for p in placed if p.entity.type == "GPE" and _envoy_post_ar(s, p.first)]
    if not posts:
        return placed
    # (the host named again, "ونائب وزير الخارجية الياباني", is the other signer's state: kept)
    again = {p.entity.id for p in placed if all(p is not q for q in posts)}
    return [p for p in placed if all(p is not q for q in posts) or p.entity.id in again]


def _envoy_post_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether token ``k`` follows "لدى" after an envoy noun, with at most his state's
    name between ("سفيرها لدى", "سفير الكويت لدى", "المندوب الدائم لمصر لدى")."""
    if k == 0 or s.norms[k - 1] not in _AT_POST_AR:
        return False
    return any(without_conjunction(s.norms[m]) in _ENVOY_NOUNS_AR or s.norms[m] in _ENVOY_NOUNS_AR
               for m in range(max(0, k - 5), k - 1))


# a verbal noun coordinated with "و": one more item of a list whose act the sentence tells
_AND_THE_AR: Final = normalize_word("وال")
# "الشرطة العسكرية" as normalised: a force whose state the demonym after it names, as after a
# troops noun ("بدأت الشرطة العسكرية الروسية تسيير دوريات"); the police alone stay at home
_MILITARY_POLICE_AR: Final = (normalize_word("الشرطة"), normalize_word("العسكرية"))


def _military_police_before(s: Sentence, k: int) -> bool:
    """(Arabic) Whether "الشرطة العسكرية" stands right before token ``k``."""
    return k >= 2 and (s.norms[k - 2], s.norms[k - 1]) == _MILITARY_POLICE_AR


def _troops_abroad_before(s: Sentence, i: int, span: int, placed: list[Placed]) -> bool:
    """(Arabic) "ثلاثمئة جندي إيطالي باتوا منتشرين في القاعدة الكويتية": any state's troops (its
    demonym right after a troops noun, up to twelve words before the verb: the aircraft sent with
    them may stand between), once a place of another state is named within six words after the
    verb (not the border they guard, "على الحدود مع سوريا")."""
    after = range(i + span, i + span + 6)
    if any(w in _ALONG_BORDER_AR for w in s.norms[i + span:i + span + 6]):
        return False
    places = {w for q in placed if q.first in after and q.entity.type in ("GPE", "LOC", "FAC")
              and (w := _state_id(q.entity)) is not None}
    return any(i - 12 <= p.first < i and p.first == p.last and p.first > 0 and p.entity.type == "GPE"
               and "troops_noun" in s.tags[p.first - 1] and places - {p.entity.id} for p in placed)


# (Arabic) troops along a border ("على الحدود مع سوريا") guard their own side of it
_ALONG_BORDER_AR: Final = frozenset({"الحدود", "حدود", "الحدوديه", "مع"})


def _base_abroad(s: Sentence, lo: int, j: int, placed: list[Placed]) -> bool:
    """(Arabic) Whether a state named in [lo, j) (the subject, before the base at ``j``) has a
    place of another state named within eight tokens after the base."""
    users = {_state_id(p.entity) for p in placed if lo <= p.first < j and p.entity.type == "GPE"} - {None}
    return bool(users) and any(
        j < q.first <= j + 8 and q.entity.type in ("GPE", "LOC", "FAC")
        and (where := _state_id(q.entity)) is not None and where not in users
        for q in placed
    )


def _site_taken_as_base(s: Sentence, i: int, span: int, placed: list[Placed]) -> bool:
    """(Arabic) "ستتخذ البحرية البريطانية من ميناء الدقم قاعدة لعملياتها": a place after "من"
    right after the verb (or its subject), a base's noun within three words after the place, and
    a state named within eight words before the verb, or as its subject, that the place is not in."""
    k = next((k for k in range(i + span, min(len(s.norms), i + span + 4)) if s.norms[k] == "من"), -1)
    site = next((q for q in placed if k >= 0 and k < q.first <= k + 2 and q.entity.type in ("GPE", "LOC", "FAC")), None)
    if site is None or s.first("base_site", site.last + 1, site.last + 4) < 0 or s.first(
        "not_base_site", site.last + 1, site.last + 4
    ) >= 0:
        return False
    if _armed_group_subject_ar(s, i):
        return False  # "جماعات متمردة تتخذ من جنوب ليبيا قاعدة لها": a hideout, no state's forces
    where = _state_id(site.entity)
    users = {_state_id(p.entity) for p in placed if i - 8 <= p.first < k and p is not site} - {None}
    return where is not None and bool(users) and where not in users


# (normalised) the nouns of armed groups that are no state's forces, and their adjectives
_ARMED_GROUP_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "جماعات", "جماعة", "الجماعات", "الجماعة", "ميليشيات", "ميليشيا", "الميليشيات", "مليشيات", "فصائل", "الفصائل",
    "متمردون", "متمردين", "المتمردون", "المتمردين", "مسلحون", "مسلحين", "المسلحون", "عصابات", "تنظيمات", "حركات"))
_ARMED_GROUP_SUBJECT_REACH_AR: Final = 3  # the group's noun and up to two adjectives before the verb


def _armed_group_subject_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the verb at ``i`` has armed groups for its subject right before it ("ومن
    جماعات متمردة تتخذ", "الميليشيات المسلحة التي تتخذ"): a base they take is a hideout."""
    lo = max(0, i - _ARMED_GROUP_SUBJECT_REACH_AR)
    return any(without_conjunction(w) in _ARMED_GROUP_NOUNS_AR or w in _ARMED_GROUP_NOUNS_AR
               or w.startswith("و") and w[1:] in _ARMED_GROUP_NOUNS_AR for w in s.norms[lo:i])


def _abroad(force: Placed, placed: list[Placed]) -> bool:
    """(Arabic) Whether a place named within eight tokens after the demonym ``force`` belongs
    to a state other than the demonym's."""
    for q in placed:
        if force.last < q.first <= force.last + 8 and q.entity.type in ("GPE", "LOC", "FAC") and (
            where := _state_id(q.entity)
        ) is not None and where != force.entity.id:
            return True
    return False


# (normalised) the singular a number takes for soldiers: "سبعمئة عسكري"
_SOLDIER_COUNTED_AR: Final = normalize_word("عسكري")

# (normalised) the participles of being somewhere: a trigger as the predicate only (indefinite)
_PRESENCE_PARTICIPLES_AR: Final = frozenset(
    normalize_word(w) for w in ("موجودة", "موجودون", "موجودين", "متواجدة", "متواجدون", "متواجدين"))


def _attributive_participle_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the token at ``i`` is a participle of presence with the article, an
    adjective of the troops before it ("القوات الموجودة في …") rather than their predicate."""
    return s.norms[i].startswith(("ال", "وال")) and s.norms[i].removeprefix("و").removeprefix("ال") in (
        _PRESENCE_PARTICIPLES_AR)


def _troops_state(s: Sentence, lo: int, window: int, placed: list[Placed]) -> EntityResult | None:
    """(Arabic) The state of the first troop noun from token ``lo`` on (within ``window``) that
    a demonym within two words after it names ("قوات مصرية", "العسكريين الروس")."""
    for j in s.where.get("troops_noun", ()):
        if lo <= j < lo + window:
            for p in placed:
                if j < p.first <= j + _demonym_reach(s, j) and p.entity.type == "GPE":
                    return p.entity
    # or a state's armed force named in full ("دفعة جديدة من مشاة البحرية الأمريكية")
    for p in placed:
        if lo <= p.first < lo + window and (state := _force_state(p)) is not None:
            return state
    return _own_troops_state(s, lo, window, placed)


def _demonym_reach(s: Sentence, j: int) -> int:
    """(Arabic) How far after the troop noun at ``j`` its demonym may stand: two words, three after
    "قوات حفظ السلام" ("قوات حفظ السلام الروسية")."""
    return 3 if j + 1 < len(s.norms) and s.norms[j + 1] == "حفظ" else 2


def _own_troops_state(s: Sentence, lo: int, window: int, placed: list[Placed]) -> EntityResult | None:
    """(Arabic) "أكدت فنلندا أن وحدة من قواتها البرية وصلت إلى إستونيا": troops whose pronoun
    ("قواتها", "جنوده") stands for the state that opens the sentence and speaks before "أن", once
    a place of another state is named after them."""
    j = next((j for j in s.where.get("troops_noun", ()) if lo <= j < lo + window
              and s.norms[j].endswith(("ها", "ه")) and s.norms[j][:-2 if s.norms[j].endswith("ها") else -1]
              in ("قوات", "جنود", "وحدات", "قطعات")), -1)
    if j < 0:
        return None
    k = s.last("complementizer", 0, j)
    speaker = next((state for p in placed if p.first < k and (state := _speaking_state(s, p)) is not None), None)
    if speaker is None:
        return None
    if any(p.first > j and p.entity.type == "GPE" and _state_id(p.entity) != speaker.id for p in placed):
        return speaker  # (the place after the troops: where they arrive)
    return None


# how far into a sentence the name of a speaking state's body may reach ("وأعلنت وزارة الدفاع
# النرويجية": the demonym closes it)
_SPEAKING_BODY_REACH: Final = 4


def _speaking_state(s: Sentence, p: Placed) -> EntityResult | None:
    """(Arabic) The state that ``p``, near the start of the sentence, names as the one who speaks:
    the state itself ("أكدت فنلندا"), one of its bodies the knowledge base links ("أعلنت وزارة
    الدفاع النرويجية" as the ministry), or the adjective that closes the name of its body ("أعلنت
    وزارة الدفاع النرويجية" unlinked); else None."""
    if p.entity.type == "GPE" and p.first <= 2:
        return p.entity
    if p.first > _SPEAKING_BODY_REACH:
        return None
    if p.entity.type == "ORG" and (state := country_of(p.entity.id)) is not None and state.type == "GPE":
        return entity_of(state)
    if p.entity.type == "GPE" and s.norms[p.first].startswith("ال") and s.norms[p.first - 1].startswith("ال"):
        return p.entity  # (a definite adjective after the body's definite noun: "الدفاع النرويجية")
    return None


def _force_subject_words(at: int, placed: list[Placed]) -> int:
    """(Arabic) The number of words of the state's armed force named from token ``at`` (right
    after a verb: its subject), else 0."""
    subject = next((p for p in placed if p.first == at), None)
    return subject.last - subject.first + 1 if subject is not None and _force_state(subject) is not None else 0


def _force_state(p: Placed) -> EntityResult | None:
    """The state whose armed force the mention names ("United States Marine Corps"), else None."""
    if not is_armed_force(p.entity):
        return None
    state = country_of(p.entity.id)
    return entity_of(state) if state is not None and state.type == "GPE" else None


def _eases_words(s: Sentence, j: int) -> bool:
    """(Arabic) Whether the object of an easing or lifting verb ending before ``j`` is a wording,
    a tone or a draft ("تخفيف الصياغة الأولى", "رفعت طهران لهجتها"): within three words (after a
    subject named between), with no sanctions noun before it ("رفع العقوبات ونص القرار" lifts)."""
    k = s.first("wording_object", j, j + 3)
    return k >= 0 and s.first("sanctions_noun", j, k) < 0


def _vetoed(lex: Lexicon, s: Sentence, need: str, j: int, veto: list[int]) -> bool:
    """Whether token ``j`` lies inside a phrase of cue group ``not_<need>`` (which starts at
    one of ``veto``): "قانون العقوبات" is the penal code, not sanctions."""
    group = lex.group("not_" + need)
    return any(k <= j < k + group.match_at(s.forms, k) for k in veto if k <= j)


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """Among nearby triggers of one family, keep the most specific (highest priority)."""
    if len(cands) <= 1:
        return cands
    cands = [c for c in cands if not _talks_on_another(c, cands)]
    keep: list[_Candidate] = []
    families: list[str] = []  # of each kept candidate
    for c in sorted(cands, key=_specific_first):
        fam = family(c.spec.type)
        for k, k_fam in zip(keep, families, strict=True):
            lo, hi = min(k.index, c.index), max(k.index, c.index)
            if _state_reading_beside_another_act(k, c):
                continue
            if k_fam == fam and k.sentence is c.sentence and abs(k.index - c.index) - max(
                date_words(k.sentence, lo, hi) + duration_words(k.sentence, lo, hi),
                aside_words(k.sentence, lo, hi),
            ) - _decree_words_ar(k.sentence, lo, hi) - _span_words_en(k.sentence, lo, hi) <= 4 and not _second_verb_ar(k, c):
                # a more specific trigger of the family is near (the day and date of a lead, a
                # length of time or a circumstance set off by commas between them do not count:
                # "رفعت الحكومة البريطانية، أمس الخميس، تجميد الأصول", "مدد الاتحاد لمدة عام حتى
                # مارس 2025 تجميد أصول …", "هددت الولايات المتحدة، في بيان …، بفرض عقوبات")
                break
        else:
            keep.append(c)
            families.append(fam)
    keep.sort(key=_INDEX)
    return keep


def _state_reading_beside_another_act(kept: _Candidate, other: _Candidate) -> bool:
    """Whether ``kept`` only tells how things stand (a reading with ``only_status``, as measures
    "left in place") and ``other`` is another act of its family: "extended for another year the
    regime on Yemen, leaving in place the asset freeze" is an extension, which the measures kept
    do not hide (they hide only a reading of their own type, the "place" of placing)."""
    return bool(kept.spec.only_status) and kept.spec.type != other.spec.type


# the words of a span or an end date between an extension verb and its object: "has extended
# until the end of 2024 its ban", "extended for another year the freeze"
_SPAN_WORDS_EN: Final = frozenset({"for", "until", "till", "through", "by", "another", "a", "further", "one", "the", "end",
                            "of", "year", "years", "month", "months", "week", "weeks", "day", "days", "six",
                            "three", "twelve", "two"})


def _span_words_en(s: Sentence, lo: int, hi: int) -> int:
    """(English) How many tokens in (lo, hi) right after ``lo`` write a span of time or an end
    date (digits included), when the run opens with "for", "until" or "by"."""
    if lo + 1 >= hi or s.norms[lo + 1] not in ("for", "until", "till", "through", "by"):
        return 0
    k = lo + 1
    while k < hi and (s.norms[k] in _SPAN_WORDS_EN or s.norms[k].isdigit()):
        k += 1
    return k - lo - 1


def _decree_words_ar(s: Sentence, lo: int, hi: int) -> int:
    """(Arabic) How many tokens in (lo, hi) name the order that carries a measure, and what it
    "provides for" ("أصدر الرئيس أمرا تنفيذيا يقضي بتمديد العقوبات"): the issuing verb and the
    measure are one act however long the order's name."""
    return sum(1 for k in range(lo + 1, hi) if "decree_noun" in s.tags[k] or s.norms[k] in PROVIDES_AR)


# (Arabic) talks, and what ties them to what they are about ("مفاوضات لإنشاء", "تتفاوض … على إقامة")
_TALKS_AR: Final = frozenset(normalize_word(w) for w in (
    "مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مباحثات", "المباحثات", "مشاورات", "المشاورات",
    "تفاوض", "التفاوض", "تتفاوض", "يتفاوض", "تفاوضت", "يتفاوضان", "تتفاوضان", "يتفاوضون"))
_ABOUT_AR: Final = frozenset(normalize_word(w) for w in ("على", "بشأن", "حول", "عن"))
_ACCORD_PREFIX_AR: Final = normalize_word("اتفاق")


def _base_under_talks_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the base built at ``t`` is what talks are about: "تجري الصين مفاوضات
    لإنشاء أول منشأة عسكرية لها", "تتفاوض روسيا مع السودان على إقامة قاعدة بحرية" (a base under
    negotiation is no plan yet, as English "in talks to set up a base" is none); not a base an
    agreement reached in the talks provides for ("بعد مفاوضات إلى اتفاق على إقامة قاعدة")."""
    tied = s.norms[t].startswith("ل") or (t > 0 and s.norms[t - 1] in _ABOUT_AR)
    if not tied:
        return False
    lo = max(clause_bounds(s, t)[0], t - 6)
    talks = [k for k in range(lo, t) if s.norms[k] in _TALKS_AR]
    return bool(talks) and not any(n.startswith((_ACCORD_PREFIX_AR, "ال" + _ACCORD_PREFIX_AR))
                                   for n in s.norms[talks[-1] + 1:t])


# what talks are "on": "talks on Sudan's return to the African Union", «مفاوضات بشأن رفع العقوبات»
_TALKS_ON: Final = frozenset({"on", "over", "about", "for", "بشان", "حول"})


def _talks_on_another(c: _Candidate, cands: list[_Candidate]) -> bool:
    """Whether ``c`` is talks read as an accord (``only_status``) whose object is another
    trigger, of another type, within six words: "Talks on Sudan's return to the African Union
    have stalled" is the return stalled, not an accord beside it."""
    if not c.spec.only_status or c.index + 1 >= len(c.sentence.norms) or c.sentence.norms[c.index + 1] not in _TALKS_ON:
        return False
    return any(o.sentence is c.sentence and o.spec.type != c.spec.type and c.index < o.index <= c.index + 7
               for o in cands)


def _second_verb_ar(a: _Candidate, b: _Candidate) -> bool:
    """(Arabic) Two triggers of different types where the later is a verb glued to و with its
    own pronoun object ("يمدد عقوباته على زيمبابوي ويعلقها عن 21 مسؤولا"): two acts, not
    two readings of one."""
    if a.spec.type == b.spec.type:
        return False
    later = b if b.index > a.index else a
    s = later.sentence
    word = s.text[s.starts[later.index]:s.ends[later.index]] if s.text else ""
    return word.startswith("و") and word.endswith(("ها", "هما", "هم", "ه")) and len(word) > 4


_EASING_FORMS_EN: Final = frozenset({"ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed", "relaxing",
                              "loosen", "loosens", "loosened", "loosening"})
# (Arabic, as written) a headline's easing: "الاتحاد الأوروبي يخفف قيود عقوباته على سوريا"
_EASING_FORMS_AR: Final = frozenset({"يخفف", "تخفف", "خفف", "خففت", "يخفّف", "تخفّف", "خفّف", "خفّفت", "تخفيف"})


# (English) a participle that tells an easing as the permit it issues, and the permit's nouns
_ISSUING_EN: Final = frozenset({"issuing", "granting", "giving"})
_PERMIT_NOUNS_EN: Final = frozenset({"licence", "license", "licences", "licenses", "waiver", "waivers"})


def _easing_by_exemption_en(cands: list[_Candidate]) -> list[_Candidate]:
    """(English) An easing told by the exemption it makes, a participle after a comma or "by":
    "eased the arms embargo on the Central African Republic, exempting small arms for its army
    from the ban" is a waiver for the ones exempted, the measure kept: a suspension, not a lifting
    (not "relaxed its sanctions, and it exempted no one from …": another clause's verb). So is an
    easing told as the licence or waiver it issues ("eased its sanctions on Belavia, issuing a
    general licence that lets British firms service its aircraft"), and the licence is that same
    act, no second event (``_permit_issued``)."""
    out = cands
    permits: list[tuple[Sentence, int, int]] = []  # (sentence, participle, permit noun) told as an easing
    for n, c in enumerate(cands):
        s = c.sentence
        if c.spec.type != "sanctions.lifted" or s.norms[c.index] not in _EASING_FORMS_EN or not s.text:
            continue
        e = next((k for k in range(c.index + 2, min(len(s.norms), c.index + 16)) if s.norms[k] == "exempting"), -1)
        exempting = e > 0 and ("," in s.text[s.ends[e - 1]:s.starts[e]] or s.norms[e - 1] == "by") and (
            "from" in s.norms[e + 1:e + 16]
        )
        by_permit = _permit_issued(s, c.index)
        if exempting or by_permit is not None:
            out = out if out is not cands else list(cands)
            out[n] = _Candidate(s, c.index, c.span, replace(c.spec, type="sanctions.suspended"))
            if by_permit is not None:
                permits.append((s, *by_permit))
    if permits:
        out = [c for c in out if not any(
            c.sentence is s and c.spec.type == "sanctions.suspended" and p < c.index <= k for s, p, k in permits)]
    return out


def _permit_issued(s: Sentence, t: int) -> tuple[int, int] | None:
    """(English) The participle and the licence or waiver noun of "…, issuing a (general)
    licence" (or "granting a waiver", or after "by") within sixteen words after the easing at
    ``t``, else None."""
    for k in range(t + 2, min(len(s.norms) - 1, t + 16)):
        if s.norms[k] not in _ISSUING_EN or not ("," in s.text[s.ends[k - 1]:s.starts[k]] or s.norms[k - 1] == "by"):
            continue
        noun = next((j for j in range(k + 1, min(len(s.norms), k + 5)) if s.norms[j] in _PERMIT_NOUNS_EN), -1)
        return (k, noun) if noun > 0 else None
    return None


def _specific_first(c: _Candidate) -> tuple[int, int, int]:
    return -c.spec.priority, -c.span, c.index


_INDEX: Final = attrgetter("index")


# --- one mention ---------------------------------------------------------------------------


def _build(
    lex: Lexicon,
    text: str,
    cand: _Candidate,
    placed: list[Placed],
    previous: Callable[[], list[EntityResult]],
    published: date | None,
    ref_year: Callable[[], int | None],
    by_id: Mapping[str, EntityResult],
    earlier: Callable[[], list[EntityResult]] | None = None,
    antecedent: _Found | None = None,
    past_guests: Callable[[], list[EntityResult] | None] | None = None,
    story: _Found | None = None,
) -> _Found | None:
    """The event of one trigger, or None; ``antecedent``: the event found last in the same
    sentence, whose parties a pronoun object ("but suspended them") takes over; ``story``: the
    last sanctions event of the two sentences before, whose parties "those measures" take over."""
    s, t, span, spec = cand.sentence, cand.index, cand.span, cand.spec
    if "sanctioned_people" in spec.needs and text[s.starts[t]:s.ends[t]].isupper():
        return None  # "MAGNITSKY-STYLE SANCTIONS (HONG KONG OFFICIALS) BILL": a title, no verb
    if lex.lang == "en" and text[s.start:s.end].rstrip().rstrip(_CLOSING).endswith("?"):
        return None  # "Will the US lift sanctions on Syria?": a question reports nothing
    if lex.lang == "en" and s.norms[t] == "designate" and text[s.starts[t] - 1:s.starts[t]] == "-":
        return None  # "Minister-designate Itamar Ben Gvir": a title, not a designation
    if lex.lang == "en" and spec.type == "sanctions.imposed" and s.norms[t].startswith("designat") and (
        _designated_as_other(s, t + span)
    ):
        return None  # "designate the plants as validated end users": a status given, no listing
    if lex.lang == "en" and spec.type == "sanctions.imposed" and t > 0 and s.norms[t - 1] in _ARTICLES_EN and (
        not _LIFTING_EN.isdisjoint(s.norms[clause_bounds(s, t)[0]:t]) and "but" not in s.norms[:t]
    ):
        return None  # "the measures lifted included … the freezing of state assets": what was lifted
    if lex.lang == "en" and spec.type == "sanctions.imposed" and _revoked_instrument_imposed_en(s, t):
        return None  # "revoked the executive orders that imposed sanctions on Myanmar": what is undone
    if lex.lang == "en" and spec.type == "sanctions.suspended" and not s.norms[t].startswith(
        ("exempt", "carve")
    ) and _suspended_from_body(s, t + span):
        # "the suspension of Niger from the bloc's organs": a membership, not sanctions (but an
        # exemption is always "from the travel ban")
        return None
    if "signed_statement" in spec.needs and antecedent is not None and antecedent.type == "relations.restored":
        # "restored relations on Monday, when the two ministers signed a joint statement": the
        # statement is how the ties were restored, no accord of its own
        return None
    if lex.lang == "en" and spec.type == "alliance.joined" and _joined_a_measure(s, text, placed, t + span):
        return None  # "joined the G7 price cap on Russian oil": a measure of the body, not the body
    if lex.lang == "en" and s.norms[t] == "sanctions" and spec.type == "sanctions.imposed" and (
        not _DESIGNEE_CUES_EN.isdisjoint(spec.needs)
    ) and (_sanctions_is_the_noun(s, text, t, placed) or _object_of_an_ing_word_en(s, text, t, placed)):
        # the noun, not the headline verb: "does not lift any of the EU sanctions on Syria,
        # officials said", "emergency order underpinning sanctions on generals"
        return None
    if lex.lang == "ar" and s.norms[t] in _STRESS_AR and s.norms[t + 1:t + 2] in (["علي"], ["على"]):
        return None  # "شدد على أن العقوبات ليست غاية": stressed, not tightened
    if lex.lang == "ar" and s.norms[t].endswith("اعاده") and s.norms[t + 1:t + 2] and s.norms[t + 1] in _REDO_AR:
        return None  # "إعادة بناء العلاقات", "إعادة تقييم العلاقات": ties rebuilt or reviewed, not restored
    if t > 0 and (s.norms[t - 1] in _POWER_OF_AR or s.norms[t - 2:t] in _POWER_TO_EN):
        return None  # "يمنح القانون الحكومة صلاحية تجميد الأصول", "gives the minister the power to freeze": a power, no act
    if lex.lang == "ar" and spec.type == "alliance.joined" and s.norms[t] in ("لتصبح", "ليصبح") and any(
        "انضم" in w for w in s.norms[:t]
    ):
        return None  # "الذي انضمت إليه أوكرانيا … لتصبح الدولة الطرف الـ125": the same accession, its result
    if lex.lang == "ar" and spec.type == "sanctions.imposed" and (
        _listed_content(s, t) or _kept_on(s, t) or s.first("regime_measures", max(0, t - 3), t) >= 0
        or _stays_in_force_ar(s, t) or _relieved_measure_ar(s, t)
    ):
        # "جدد التدابير المفروضة على حركة الشباب، بما فيها حظر توريد الأسلحة": their content;
        # "مع الإبقاء على حظر توريد الأسلحة": a measure left in force, not imposed; "التدابير
        # المتعلقة بحظر توريد الأسلحة": the name of a regime, whatever is done to it
        return None
    # Roles depend on the event family only, which the status decision never changes (a
    # threat is still a sanctions event), so the cheaper question goes first: who took part.
    clause = clause_bounds(s, t)
    passive = _passive(lex, s, t)
    roles: Roles = assign(lex, s, text, placed, t, span, spec, spec.type, clause, passive)
    if lex.lang == "en" and family(spec.type) == "agreement" and not roles.actors and not roles.targets:
        _signed_by_their_envoys(s, t, placed, roles)
    if lex.lang == "en" and not roles.actors and "warship_noun" in spec.needs and (
        navy := _warships_state_en(s, t, spec.window, placed)
    ) is not None and all(navy.id != e.id for e in roles.targets):
        roles.actors = [navy]  # "Russia's frigate Admiral Gorshkov, ... and two support ships arrived"
    if lex.lang == "en" and not roles.actors and family(spec.type) == "military" and (
        home := _home_base_state_en(s, t, spec.window)
    ) is not None and all(home.id != e.id for e in roles.targets):
        roles.actors = [home]  # "airmen from Dyess Air Force Base will deploy to Norway"
    if lex.lang == "en" and "envoy_back_to_state" in spec.needs and (sent := _its_envoy_sent_en(s, t, span, spec, placed)):
        # "The UAE is upgrading its relations with Iran, and its ambassador will resume his duties
        # in Tehran": "its" envoy is the subject's, the state of his post the other party
        roles.actors, roles.targets = [sent[0]], [sent[1]]
    if lex.lang == "en" and roles.actors:
        # "Two US senators threatened a Turkish shipyard with sanctions": legislators' acts are
        # not their state's (a senator named is a participant of his own)
        roles.actors = [e for e in roles.actors if not _legislators_of(s, roles.via.get(id(e)))]
    if not roles.actors and not passive and lex.lang == "ar" and (
        state := speaker_state(s, t, clause, placed)
    ) is not None and all(state.id != e.id for e in roles.targets):
        roles.actors = [state]  # "قال الوزير التركي إن بلاده ستفرض…": the speaker's state
    if not roles.actors and not passive and lex.lang == "en" and (
        speaker := speaker_of_its(s, t, clause[0], placed)
    ) is not None and all(speaker.id != e.id for e in roles.targets):
        roles.actors = [speaker]  # "ECOWAS said its troops would remain…": the speaker
    if lex.lang == "en" and spec.type == "sanctions.threatened" and (warned := warner_and_warned_en(s, t, placed)):
        # "The EU warned Georgia (that) it could face sanctions", "Washington warned Ankara that
        # Turkish banks could face sanctions": who warns threatens; who is warned is threatened
        roles.actors, roles.targets = [warned[0]], warned[1]
    elif lex.lang == "en" and spec.type == "sanctions.threatened" and not roles.actors and (
        warned := warned_at_length_en(s, t, placed)
    ):
        # (the people warned, named at length, stay targets beside their states)
        roles.actors = [warned[0]]
        roles.targets = [*warned[1], *(e for e in roles.targets if e.type == "PERSON" and e not in warned[1])]
    if not roles.actors and spec.type == "sanctions.threatened" and (
        speaker := speaker_of_threat(s, t, clause[0], placed, roles.targets, lex.lang == "ar")
    ) is not None and all(speaker.id != e.id for e in roles.targets):
        roles.actors = [speaker]  # "The EU said more sanctions will follow": who threatens
    if lex.lang == "en" and spec.type == "sanctions.threatened" and len(roles.actors) > 1:
        _drop_envoys_remit_en(s, placed, roles)
    if lex.lang == "en" and spec.type in _EASED_SANCTIONS and roles.targets:
        # "suspended the sanctions of the Caesar Act, except those on transactions involving Russia
        # and Iran": the states of the exception keep their measures, no targets of the easing
        _drop_the_excepted_en(s, text, t + span, clause[1], placed, roles)
    if lex.lang == "en" and spec.type == "relations.restored" and len(roles.actors) > 1:
        _drop_party_of_a_break_en(s, roles)
    if not roles.actors and not roles.targets and story is not None and "measures_named_before" in spec.needs:
        roles.actors, roles.targets = list(story.actors), list(story.targets)  # "Those measures were extended"
    if not roles.actors and not roles.targets and antecedent is not None and spec.words[-1] in ("them", "it") and (
        family(antecedent.type) == family(spec.type)
    ):
        # "extended its sanctions on Nicaragua by six months but suspended them for two bishops":
        # the second verb of the sentence, its measures those of the first, and so its parties
        roles.actors, roles.targets = list(antecedent.actors), list(antecedent.targets)
    if not roles.actors and not roles.targets and family(spec.type) == "forces" and (
        scene := _fronted_scene(s, text, placed)
    ) is not None:
        # "In Burundi, 800 former rebels were sworn into the National Defence Force": fighters
        # taken into an army, the state that opens the sentence as its scene takes them in
        roles.actors = [scene]
    if not roles.actors and not roles.targets and lex.lang == "en" and family(spec.type) == "forces" and (
        state := _army_named_before(s, t + span, _not_venues_en(s, [p for p in placed if p.last < t and p.entity.type in ("GPE", "ORG")])
                                    or (past_guests() if past_guests is not None else None) or previous(),
                                    spec.words[-1] == "it")
    ) is not None:
        # "Falintil will become the core of East Timor's new defence force. The guerrillas will be
        # integrated into the new force": the army "the" points back to is the state's named before
        # (in the sentence's own first clause first: "Afghanistan will dissolve its village militia,
        # and its members will be integrated into the army")
        roles.targets = [state]
    if not roles.actors and not roles.targets and lex.lang == "ar" and family(spec.type) == "forces" and (
        _bare_army_after_ar(s, t + span, placed)
    ) and (state := _army_named_before(s, t + span, previous(), into_it=True)) is not None:
        # "أدمج الجيش الصومالي أمس ستمئة مقاتل. ومن المقرر أن يدمج أربعمئة مقاتل آخرين في الجيش
        # الشهر المقبل": the bare "the army" is that of the one state named before, which takes
        # the fighters in
        roles.actors = [state]
    if not roles.actors and lex.lang == "en" and t > 1 and s.norms[t - 1] in ("that", "which") and (
        s.norms[t - 2] in _ENACTED_NOUNS_EN
    ) and (enactor := next((p for p in placed if clause[0] <= p.first < t - 2 and p.entity.type in ("GPE", "ORG", "PERSON")
                            and all(p.entity is not e for e in roles.targets)), None)):
        # "Angola's parliament passed a law that integrates the militias into the armed forces",
        # "Putin signed a decree that lifted the ban", "granted Ghana a licence that exempts …":
        # what the law, decree or licence does, who enacted or issued it does (a head of state
        # for his state, as when he lifts them himself)
        head = enactor.entity.type == "PERSON" and heads_state(enactor.entity.id) and country_of(enactor.entity.id)
        if head:
            roles.actors = [head if isinstance(head, EntityResult) else entity_of(head)]
        else:
            roles.actors = [enactor.entity]
            roles.via[id(enactor.entity)] = enactor
    if lex.lang == "en" and spec.type == "military.presence" and "to_use" in spec.also and (
        forces := _forces_let_in(s, t + span, placed)
    ) is not None:
        # "Ghana allows American troops to use the air base", "The agreement allows American
        # troops to use facilities in Ghana": the forces let in are the ones present; the state
        # that lets them in (or the one named as where) is the host
        hosts = [e for e in roles.actors + roles.targets if e.type == "GPE" and e.id != forces.entity.id]
        roles.actors, roles.targets = [forces.entity], hosts
        roles.via[id(forces.entity)] = forces
    if lex.lang == "en" and family(spec.type) == "sanctions" and not roles.targets and (
        dest := _banned_to(s, t + span, placed)
    ) is not None:
        # "lifted its ban on charter flights to Turkey", "its ban on exports of gallium to the
        # United States": the state the flights or goods were kept from is the target
        roles.targets = [dest.entity]
        roles.via[id(dest.entity)] = dest
    if lex.lang == "ar" and "arms_to_state" in spec.needs and (
        dest := _arms_to_state_ar(s, t + span, t + span + spec.window, placed)
    ) is not None:
        # "أوقفت الدنمارك صادرات الأسلحة إلى السعودية": the state the arms went to is the target,
        # not a second actor
        roles.actors = [e for e in roles.actors if e.id != dest.entity.id]
        roles.targets = [dest.entity]
        roles.via[id(dest.entity)] = dest
        if not roles.actors and (announcer := next((p for p in reversed(placed) if p.last < t and p.entity.type in ("GPE", "ORG")
                                                    and s.clause[p.first] == s.clause[t]), None)) is not None:
            # "أعلنت فرنسا استئناف صادرات الأسلحة إلى الإمارات": the verbal noun's actor is the
            # subject of the verb that announces it
            roles.actors = [announcer.entity]
            roles.via[id(announcer.entity)] = announcer
    if lex.lang == "ar" and spec.type == "sanctions.suspended" and (
        signers := _signed_by_ar(s, t + span, placed)
    ):
        # "إعفاء من العقوبات وقعه وزير الخارجية الأمريكي": who signed the waiver grants it, not
        # a state named before it ("ارتفعت العملة الإيرانية بعد الكشف عن إعفاء …")
        roles.actors = [p.entity for p in signers]
        roles.targets = [e for e in roles.targets if all(e.id != p.entity.id for p in signers)]
        for p in signers:
            roles.via[id(p.entity)] = p
    if lex.lang == "ar" and family(spec.type) == "sanctions" and not roles.targets and (
        dest := _banned_arms_to_state_ar(s, t, t + span + _BAN_TO_ARMS_AR + _duration_between_ar(s, t + span), placed)
    ) is not None:
        # "فرض الاتحاد الأوروبي حظر توريد الأسلحة إلى ميانمار": the state the banned arms would
        # go to is the embargo's target
        roles.targets = [dest.entity]
        roles.via[id(dest.entity)] = dest
    if lex.lang == "ar" and spec.type == "sanctions.lifted" and (
        delisted := _delisted_name_ar(s, t + span, placed)
    ) is not None:
        # "شطب مجلس الأمن اسم رجل الأعمال السعودي ياسين القاضي من قائمة العقوبات": the name after
        # "اسم" is who is delisted, though the knowledge base lacks it; the nationality of its
        # description is no target
        person, lo_desc, hi_desc = delisted
        roles.targets = [e for e in roles.targets
                         if (q := roles.via.get(id(e))) is None or not lo_desc <= q.first < hi_desc] + [person]
    if lex.lang == "en" and spec.type == "sanctions.threatened" and roles.targets and (
        (r := _any_one_who(s, t)) >= 0
    ):
        # "any state that buys drones from Iran risks sanctions": the threat is to whoever does
        # it; what the relative clause names (the seller) is not threatened
        roles.targets = [e for e in roles.targets if (q := roles.via.get(id(e))) is None or not r < q.first < t]
    if lex.lang == "en" and spec.type == "sanctions.threatened" and spec.words[:1] == ("with",) and (
        (k := last_index(s.norms, "list", clause[0], t)) >= 0
    ):
        # "The AU asked its commission to compile a list of the members of Niger's junta, with a
        # view to applying sanctions against them": those the list is of are threatened, who
        # asked for it threatens (not the listed state read as the subject)
        listed = [p for p in placed if k < p.first < t and p.entity.type in ("GPE", "PERSON", "ORG")]
        if listed:
            askers = [p.entity for p in placed if p.last < k and p.entity.type in ("GPE", "ORG")]
            roles.actors, roles.targets = askers[:1], [p.entity for p in listed]
    if "made_indefinite" in spec.needs and not roles.targets:
        # "its exemption for Samsung from its export controls on China": whom the waiver is for
        # ("for" stops a sanctions target elsewhere) and whom the controls are on
        mine = {e.id for e in roles.actors}
        roles.targets = [p.entity for p in placed if t + span <= p.first < clause[1]
                         and p.entity.type in ("GPE", "ORG", "PERSON") and p.entity.id not in mine]
    if not roles.actors and lex.lang == "en" and spec.words[0] == "or" and (
        setters := [p for p in placed if clause[0] <= p.first and p.last < t and p.entity.type in ("GPE", "ORG")]
    ):
        # "ECOWAS gave Niger's junta a month to restore the president or face economic sanctions":
        # who sets the deadline (the subject, opening the clause), and whom it is set for (those
        # before the trigger, over any named after it in another clause)
        setter = setters[:1] if setters[0].first <= clause[0] + 1 else []
        roles.actors = [p.entity for p in setter]
        if setters[len(setter):]:
            roles.targets = [p.entity for p in setters[len(setter):]]
    if not roles.actors and lex.lang == "ar" and (adopter := _decree_adopter(s, t, placed, family(spec.type))):
        roles.actors = [adopter]  # "اعتمد مجلس الأمن القرار 2790 الذي مدد بموجبه التدابير"
        if adopter.type == "PERSON" and heads_state(adopter.id):
            # "أصدر الرئيس سلفا كير مرسوما بدمج …": a head of state decrees for his state
            _add_state(roles, roles.actors, country_of(adopter.id))
    if not roles.actors and not passive and lex.lang == "ar" and (clause[0] > 0 and (
        s.norms[clause[0]] in ("كما", "وكما", "فكما")
    ) or t > 1 and s.norms[t - 1] in ("حين", "بينما", "وبينما", "فيما") and not any(p.first == t + 1 for p in placed)
    ) and (subject := _opening_subject(s, placed)) is not None and all(subject.id != e.id for e in roles.targets):
        # (and "أعلنت الإدارة الأمريكية خطة …، في حين فرضت عقوبات على سفن إيرانية": a verb after
        # "في حين" with no subject of its own)
        # "ألغى الرئيس الأمريكي مذكرة …، كما قرر تعليق العمل بالباب الثالث": the clause goes on
        # with the sentence's own subject
        roles.actors = [subject]
    if not roles.actors and not passive and lex.lang == "ar" and (
        country := _the_country_named_before(s, t, clause, placed)
    ) is not None:
        # "بعد أيام من دعوة المنظمة كولومبيا إلى الانضمام إليها، ومن المقرر أن تصبح البلاد العضو
        # السابع والثلاثين": "the country" is the state its own sentence named before it
        roles.actors = [country]
        roles.targets = [e for e in roles.targets if e is not country]
    if lex.lang == "ar" and family(spec.type) == "alliance" and not roles.targets and (
        body := _the_body_named_before(s, t, span, placed, roles)
    ) is not None:
        # "دعوة منظمة التعاون الاقتصادي والتنمية كولومبيا …، ومن المقرر أن تصبح البلاد العضو
        # السابع والثلاثين في المنظمة": "the organisation" its own sentence named before
        roles.targets = [body]
    if not roles.actors and lex.lang == "en" and not passive and (main := _main_subject_of_when_en(s, t, placed)) is not None:
        # "Britain first imposed sanctions on 22 February, when it froze the assets of five Russian
        # banks": "it" in a clause of time is the subject of its own sentence's main clause
        roles.actors = [main]
    if not roles.actors and lex.lang == "en" and (heads := _two_countries_headed_en(s, t, placed)):
        # "The joint statement issued after President Kagame received Claude Guéant, chief of staff
        # to President Nicolas Sarkozy, says that the two countries will reopen their embassies":
        # the two states whose heads the sentence names, not those of the sentence before
        roles.actors = heads
        roles.targets = [e for e in roles.targets if all(e.id != h.id for h in heads)]
    if not roles.actors and lex.lang == "en" and story is not None and story.type == spec.type and (
        _they_for_the_measures_en(s, t)
    ):
        # "Joly announced the measures on the sidelines of the summit in Djerba, Tunisia. They
        # freeze any assets the three hold in Canada": "they" are the measures, whose parties are
        # those of the sanctions told just before, not the names nearest the pronoun
        roles.actors = list(story.actors)
        roles.targets = roles.targets or list(story.targets)
    if not roles.actors and lex.lang == "en" and not passive and (
        first := _subject_before_and_it_en(s, t, placed)
    ) is not None:
        # "Chad's army is one of the strongest in the Sahel, and it has sent troops to Mali": "it"
        # after ", and" is the subject of the sentence's first clause, not a state named before
        roles.actors = [first]
        roles.targets = [e for e in roles.targets if e is not first]
    if not roles.actors and not passive and not (lex.lang == "en" and _a_company_speaks(s, t)):
        # ("فقد أعلن البلدان، بعد جلسة المباحثات التي عقدها …، إعادة العلاقات": the anaphor before
        # the phrase set off by commas)
        opened = parenthetical_opened_ar(s, text, clause[0], t) if lex.lang == "ar" and t > clause[0] + 2 else -1
        borrowed = borrow_actors(lex, s, opened if opened > clause[0] else t, clause, previous, spec.type, earlier)
        if borrowed:
            roles.actors = [e for e in borrowed if all(e is not x for x in roles.targets)]
            roles.borrowed = True
    if not roles.actors and lex.lang == "ar" and spec.type == "forces.integrated":
        # "يقضي بأن تدمج قوى الأسايش ضمن وزارة الداخلية السورية": the state whose ministry or army
        # takes the force in is who integrates it
        roles.actors = _destination_state(s, roles)
        roles.targets = [e for e in roles.targets if all(e is not a for a in roles.actors)]
    if not roles.actors and not roles.targets and lex.lang == "ar" and spec.type == "forces.integrated" and any(
        without_conjunction(w) in _UNITS_RELATIVE_AR for w in s.norms[max(0, t - 2):t]
    ) and (subject := _opening_subject(s, placed)) is not None and subject.type == "GPE":
        # "أطلقت حكومة جمهورية أفريقيا الوسطى … أولى الوحدات المختلطة، التي دمج فيها مقاتلون …
        # مع جنود من القوات المسلحة": units the state set up, the fighters merged in them its
        roles.actors = [subject]
    refine(s, text, roles, family(spec.type), lex.lang == "ar", by_id)
    troops_from = max(0, t - spec.window) if spec.side == "before" else t + span  # (subject first: before)
    reach = spec.window
    if spec.side == "before" and lex.lang == "ar" and (size := _size_aside_before_ar(s, troops_from, t)):
        troops_from, reach = max(0, troops_from - size), reach + size  # (past the force's size, as _needs_met reads it)
    if "foreign_troops" in spec.needs and (whose := _troops_state(s, troops_from, reach, placed)) is not None:
        # "وصلت إلى باماكو دفعة من الجنود الأتراك": the demonym of the troops says whose they
        # are, after "من" or after the destination's "إلى" alike
        roles.targets = [e for e in roles.targets if e.id != whose.id]
        roles.actors = [whose] + [e for e in roles.actors if e.id != whose.id]
        if not roles.targets:
            # "نزلت … مشاة البحرية الأميركية، ليرتفع عدد الجنود الأميركيين في لبنان": a state named
            # by its name beside troops whose state the demonym says is where they are (not a state
            # named by its own demonym: "القوات الأمريكية والبريطانية")
            named = {p.entity.id for p in placed if p.entity.type == "GPE" and not demonym_word_ar(s, p)}
            hosts = [e for e in roles.actors[1:] if e.type == "GPE" and e.id in named]
            roles.targets = hosts
            roles.actors = [e for e in roles.actors if e not in hosts]
        if spec.after == "target" and not roles.targets:
            return None  # (forces entering with no other state named: at home)
    if lex.lang == "en" and roles.actors and family(spec.type) == "alliance" and t > 0 and s.norms[t - 1] == "to":
        _inviter_is_the_bloc(s, t, roles)
    if family(spec.type) == "sanctions" and any(sanctions_seat_body(e.id) for e in roles.actors):
        # "the sanctions were extended by Brussels": the seat acts for the body it holds
        roles.actors = [entity_of(held) if (held := sanctions_seat_body(e.id)) is not None else e for e in roles.actors]
    if family(spec.type) not in ("military", "forces") and any(map(city_of_a_state, roles.actors + roles.targets)):
        # "Johannesburg will lift the water restrictions it imposed", "a contract to build the
        # railway from Mombasa to Nairobi": a city that is no capital acts for no state, and is no
        # party of a state's accord (a military presence keeps its places: the troops are there)
        roles.actors = [e for e in roles.actors if not city_of_a_state(e)]
        if family(spec.type) != "sanctions":
            roles.targets = [e for e in roles.targets if not city_of_a_state(e)]
    if family(spec.type) == "sanctions" and roles.actors and all(map(is_central_bank, roles.actors)) and (
        not roles.targets or _at_home(roles.actors, roles.targets)
    ):
        # "وفرض بنك المغرب عقوبات مالية على مؤسستين للأداء": a central bank's penalties on its
        # own state's banks and firms are a regulator's, not sanctions
        return None
    if {"further_measures", "consequences_word"} & set(spec.needs) and not _a_state_faces_en(s, t, placed, roles):
        return None
    if "ruin_verb" in spec.needs and not roles.actors:
        return None  # "The drought threatened to devastate Kenya's economy": economic ruin threatened by no one
    if "ruin_verb" in spec.needs and not roles.targets and (ruined := _ruined_en(s, t, placed)) is not None:
        roles.targets = [ruined]  # "threatened on Sunday to devastate Turkey economically"
    if "withdraw_verb" in spec.needs and (withdrawn := _ruined_en(s, t, placed, "withdraw_verb")) is not None and (
        withdrawn not in roles.targets
    ):
        # "threatened on Thursday to withdraw Sri Lanka's GSP+ status": the state whose trade
        # preferences are withdrawn is the one threatened, wherever the time puts it
        roles.targets = [*roles.targets, withdrawn]
    if "ruin_verb" in spec.needs and (not roles.targets or _at_home(roles.actors, roles.targets)):
        # ("The Nigeria Labour Congress threatened to cripple Nigeria's economy with a strike":
        # a state's own union or party threatens no sanctions, nor does a ruin of no state named)
        return None
    if lex.lang == "en" and family(spec.type) == "sanctions" and not roles.actors and roles.targets and (
        banks_states := {p.entity.id for p in placed if _named_for_its_central_bank_en(text, p.entity, placed, s.starts[t])}
    ) and all(_state_id(e) in banks_states for e in roles.targets):
        # "The Central Bank of Azerbaijan has imposed sanctions on a Baku insurance company": a
        # central bank the knowledge base lacks, named by its state before the verb, is the
        # regulator of its own state's firms (as the known "Central Bank of Egypt" is)
        return None
    if lex.lang == "en" and spec.type in ("sanctions.suspended", "sanctions.lifted") and not roles.targets:
        _law_waived_for(s, t, span, placed, roles)
    if "payments_to_government" in spec.needs and not roles.targets:
        _government_paid(s, t, span, placed, roles)
    if lex.lang == "ar" and roles.actors and family(spec.type) == "sanctions":
        _add_named_parent_ar(roles, placed)
    if lex.lang == "en" and roles.actors and family(spec.type) == "sanctions":
        _add_possessive_parent_en(s, roles, placed)
    if roles.actors and family(spec.type) == "sanctions" and (roles.targets or lex.lang == "en"):
        # the seed names the Treasury and the United States; and a subscription to a state's
        # measures must see its ministries' designations. (An Arabic measure with no target
        # stays the body's: its state alone would tie it to background that names the state.)
        _add_authoritys_state(roles)
    elif roles.actors and family(spec.type) == "relations":
        _add_authoritys_state(roles)  # "قرار وزارة الخارجية الكويتية إعادة سفيرها": Kuwait's ties
    elif lex.lang == "en" and family(spec.type) == "agreement":
        _add_heads_states(roles)
    elif lex.lang == "ar" and family(spec.type) == "agreement":
        _add_governments_states_ar(s, roles)
    elif family(spec.type) == "forces":
        _add_armys_state(roles)
        if lex.lang == "en":
            _joint_force_of_states(s, roles, placed)
    elif roles.actors and family(spec.type) == "military":
        # "members of Japan's Ground Self-Defense Force arrived in Iraq": a state's armed force
        # abroad stands for its state (a movement's fighters do not)
        _add_authoritys_state(roles, armed_force=True)
        _add_hosts_state(roles)
        if lex.lang == "en" and not roles.targets and _NAMED_BASE_EN.search(text, s.starts[t], s.end):
            _host_named_before(roles, previous())
    if lex.lang == "en" and family(spec.type) == "alliance" and s.norms[t] == "becoming" and comma_before(s, t) and (
        subject := _opening_subject(s, placed)
    ) is not None and subject.type == "GPE" and all(a.id != subject.id for a in roles.actors):
        # "Fiji has joined the framework, the initiative US President Joe Biden launched on Monday,
        # becoming its fourteenth member": the participle after a comma goes on with the sentence's
        # own subject, not a state its aside names; "its" is the body that subject joined
        roles.actors = [subject]
        roles.targets = roles.targets or [p.entity for p in placed if p.first < t and p.entity.type == "ORG"][:1]
    if family(spec.type) == "alliance" and roles.actors and not roles.targets and "body_anaphor" in spec.needs and (
        s.first("body_anaphor", t + span, t + span + 2) >= 0
    ) and (body := _bloc_named("", placed, t, previous, by_id)) is not None:
        roles.targets = [body]  # "to take the country back into the organisation": the bloc named before
    if lex.lang == "ar" and family(spec.type) == "alliance" and not roles.targets and _under_it_next_to_ar(s, t, span):
        _joined_under_its_accord_ar(s, t, placed, roles, _bloc_named("", placed, t, previous, by_id))
    if lex.lang == "ar" and family(spec.type) == "alliance" and roles.actors and not roles.targets and (
        _member_of_it_ar(s, t + span)
    ) and (bloc := _bloc_named("", placed, t, previous, by_id)) is not None and all(a.id != bloc.id for a in roles.actors):
        roles.targets = [bloc]  # "أن الولايات المتحدة ستنضم إليه بصفة مراقب": the bloc named before
    if family(spec.type) == "alliance" and roles.actors and not roles.targets and (
        told := _bloc_anaphor(s, t + span, 8 if "member_noun" in spec.needs else 3)
    ) is not None:
        # "أعلنت البرازيل … انضمام إندونيسيا إلى المجموعة", "Indonesia's accession to the bloc":
        # the bloc the report has named; none named, or a group described ("إلى المجموعة
        # الاستثمارية", "the group of investors"), no bloc
        bloc = _bloc_named(told, placed, t, previous, by_id) if told else None
        if bloc is None or all(a.id == bloc.id for a in roles.actors):
            return None
        # ("قمة إيكواس توافق على انضمام المغرب إلى المجموعة": the bloc that admits is the one joined)
        roles.actors = [a for a in roles.actors if a.id != bloc.id]
        roles.targets = [bloc]
    if lex.lang == "en" and family(spec.type) == "sanctions" and not roles.targets and _only_restrictions(s, clause) and (
        recipient := _aid_recipient_en(s, t + span, clause[1], placed)
    ) is not None:
        # "waived the restrictions that Congress placed on military assistance to Uzbekistan": the
        # state the aid goes to is the one the restrictions are on
        roles.targets = [recipient.entity]
        roles.via[id(recipient.entity)] = recipient
    if lex.lang == "en" and family(spec.type) == "sanctions" and not roles.targets and _only_restrictions(s, clause):
        # "The Reserve Bank of India has lifted the restrictions it imposed on a cooperative bank",
        # "extended the restrictions on sugar exports": restrictions on no one named are a
        # regulator's or a trade policy's, not sanctions
        return None
    if lex.lang == "en" and family(spec.type) == "sanctions" and _only_measures(s, clause) and not (
        _measures_on_a_name_en(s, text, clause, placed)
    ):
        # "lifted the lockdown measures imposed on Shanghai", "the measures it imposed on lending":
        # bare measures on no name, or on a city, are a health authority's or a regulator's
        return None
    if lex.lang == "en" and family(spec.type) == "military" and not roles.targets and (
        _HOME_FORCE_EN.search(text, s.start, s.end) or _RELIEF_WORK_EN.search(text, s.start, s.end)
        # (a flight or a voyage is a presence only where it ends abroad: "flew to Cold Lake in
        # Alberta after the air show" names no host; so is security taken over: "Afghan forces
        # took over security from NATO")
        or s.norms[t] in _TRAVEL_EN or "security" in spec.words
    ):
        # "Soldiers of the Sri Lanka Army, who were deployed across the district", "Kenyan soldiers
        # were deployed to help clear the flooded roads": at home, with no host named
        return None
    if lex.lang == "en" and spec.type == "military.presence" and _handed_over_as_aid_en(text, s, t + span):
        # "will send 15 Black Hawk helicopters to Ukraine as part of a military aid package": the
        # aircraft are given to the other state's forces; the sender keeps no force there
        return None
    if lex.lang == "ar" and family(spec.type) == "military" and _police_deploys_ar(s, t, span) and (
        not roles.targets or _at_home(roles.actors, roles.targets)
    ):
        # "ونشرت شرطة ولاية الخرطوم قوات إضافية حول الاستاد": a police (not a military police)
        # deploying with no other state named keeps order at home
        return None
    if lex.lang == "en" and family(spec.type) == "military" and not roles.targets and roles.actors and (
        _at_home(roles.actors, [p.entity for p in placed if p.first >= t + span and p.entity.type == "GPE"
                                and s.norms[p.first - 1] in _WHERE_EN])
    ):
        # "Ghanaian troops were deployed to bases in Ghana", "gives Ghanaian forces access to the
        # airport in Ghana": the only place named is the forces' own state (or a city of it)
        return None
    if lex.lang == "en" and spec.type == "forces.integrated" and _civil_integration_en(s, t):
        return None  # "Rwanda's minister of state for regional integration and a former army chief"
    if lex.lang == "en" and spec.type == "alliance.joined" and _body_of_cities_en(s, t + span):
        return None  # "Budapest has joined a European alliance of cities": a city's network, no state's
    if lex.lang == "en" and spec.type == "alliance.joined" and _peacekeeping_force_en(s, t + span):
        return None  # "soldiers will leave for Lebanon to join the UN peacekeeping force": troops, no member
    if lex.lang == "en" and spec.type == "alliance.joined" and _troops_join_en(s, t):
        return None  # "British troops joining the UN mission in South Sudan": soldiers sent, no member
    if lex.lang == "en" and spec.type == "military.presence" and s.norms[t + span - 1] == "for" and (
        not _destination_after_for_en(s, t + span, placed)
    ):
        return None  # "The soldiers left for home after six months in Mali": no state they set out for
    if family(spec.type) == "sanctions" and roles.instrument is not None:
        _programme_parties(roles)
    if lex.lang == "en" and family(spec.type) == "sanctions" and t > 1 and s.norms[t - 1] == "in":
        _joined_in_the_act_en(s, t, placed, roles)
    if lex.lang == "en" and spec.type == "forces.integrated" and not roles.actors and not roles.targets and (
        speaker := _speaker_of_integration_noun_en(s, t, placed)
    ) is not None:
        roles.actors.append(speaker)
    if lex.lang == "en" and spec.type == "forces.integrated" and not roles.actors and (
        owner := _state_of_forces_before_pronoun_en(s, t, placed)
    ) is not None:
        roles.actors.append(owner)
    if lex.lang == "ar" and "own_unit" in spec.needs and not roles.actors and (
        unit_owner := _owner_of_own_unit_ar(s, t, placed)
    ) is not None:
        roles.add("actor", unit_owner.entity, unit_owner)  # "أعلن الجيش الباكستاني أن وحدة من قواته ستتوجه"
    if lex.lang == "ar" and family(spec.type) == "sanctions" and spec.type != "sanctions.threatened" and (
        not roles.targets
    ) and (imposed_on := _imposed_on_past_a_long_object_ar(s, t + span, placed)) is not None:
        # "رفع المجلس حظر الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي المفروض على غينيا"
        roles.add("target", imposed_on.entity, imposed_on)
    if lex.lang == "ar" and spec.type == "agreement.signed" and _signed_as_the_joining_ar(s, t, span):
        return None
    if lex.lang == "ar" and "own_unit" in spec.needs and (not roles.targets or _at_home(roles.actors, roles.targets)):
        return None  # "توجهت وحدة من قواته إلى الحدود الشمالية": no other state, a move at home
    if lex.lang == "en" and "member_state_before" in spec.needs and not any(
        is_bloc_of_states(a.id) for a in roles.actors
    ) and (from_bloc := _bloc_suspended_from_en(s, t + span, placed)) is not None:
        # "Niger has been suspended from all activities of the African Union": the bloc the state
        # is suspended from suspends it
        roles.actors = [from_bloc.entity]
        roles.via[id(from_bloc.entity)] = from_bloc
        roles.targets = [e for e in roles.targets if e.id != from_bloc.entity.id]
    if not _plausible(spec.type, roles, lex.lang == "ar", _governments_of(s, text, roles) if lex.lang == "en" and (
        family(spec.type) in ("agreement", "relations")
    ) else ()):
        return None
    if "member_state_after" in spec.needs and not roles.actors and (
        suspender := next((p for p in reversed(placed) if p.last < t and is_bloc_of_states(p.entity.id)), None)
    ) is not None:
        # "ECOWAS announced the suspension of Mali", "the bloc said it suspended Niger": the bloc
        # named before it is the one that suspends (a member is suspended by its bloc only)
        roles.actors = [suspender.entity]
        roles.via[id(suspender.entity)] = suspender
    if lex.lang == "ar" and "member_state_after" in spec.needs and not any(is_bloc_of_states(a.id) for a in roles.actors) and (
        host_bloc := _body_the_member_is_in_ar(s, t, placed)
    ) is not None:
        # "علق مؤتمر الدول الأطراف حقوق سوريا وامتيازاتها في منظمة حظر الأسلحة الكيميائية": an
        # organ the knowledge base does not name suspends in the bloc named after, its own
        roles.actors = [host_bloc.entity]
        roles.via[id(host_bloc.entity)] = host_bloc
        roles.targets = [e for e in roles.targets if e.id != host_bloc.entity.id]
    if ("member_state_after" in spec.needs or "member_state_before" in spec.needs) and not any(
        is_bloc_of_states(a.id) for a in roles.actors
    ):
        return None  # "FIFA suspended Russia", "Germany suspended Mali flights": only a bloc suspends a member
    if ("suspension_noun" in spec.needs or "suspended_membership" in spec.needs or "back_to_membership" in spec.needs
         or "member_state_after" in spec.needs or "member_state_before" in spec.needs) and (
        not any(e.type == "GPE" for e in roles.targets)
    ):
        return None  # "The ICC lifted the suspension of Sri Lanka Cricket": a state's suspension only
    if lex.lang == "en" and spec.type in _ACTS_ON_SANCTIONS and not spec.passive and _company_subject_en(lex, s, t, clause[0]):
        return None  # "A Spanish low-cost airline extended its own suspension of flights": a firm's own step
    if lex.lang == "ar" and spec.type == "military.presence" and _base_under_talks_ar(s, t):
        return None  # "تجري الصين مفاوضات لإنشاء منشأة عسكرية": talks about a base, no plan yet
    if lex.lang == "ar" and spec.type == "military.presence":
        _senders_of_the_soldiers_as_actors_ar(s, placed, roles)
    if lex.lang == "en" and spec.type == "military.presence" and _sent_to_own_training_site_en(s, t, span, placed):
        return None  # "before they are sent to training centres": fighters gathered at home, no host
    if lex.lang == "en" and family(spec.type) == "agreement" and not roles.targets and _with_company(s, t, span):
        return None  # "Samoa signed an agreement with a cannery": a contract, no accord of states
    if lex.lang == "en" and family(spec.type) == "agreement" and not roles.actors and _firm_named_before_en(
        s, text, t, placed
    ):
        # "Barrick Mining said on Monday it had signed an agreement with Mali's government", "Nippon
        # Steel completes takeover after signing security pact with US government": a firm the
        # knowledge base does not hold, known by its name's last word, signs a contract
        return None
    if lex.lang == "en" and family(spec.type) == "agreement" and not roles.actors and (
        s.first("company_noun", max(clause[0], t - 3), t) >= 0
    ):
        return None  # "Glove maker signs German deal": a company's deal, whatever its partner's nationality
    if lex.lang == "en" and family(spec.type) == "agreement" and _demonym_deal_only(s, t, clause[0], roles):
        return None  # "Japanese partnership signed", "Chilean ship deal signed": whose deal, unsaid
    decision: StatusDecision = decide(lex, s, t, span, spec, spec.type, published, ref_year, clause, text)
    if lex.lang == "ar" and decision.status in ALERTABLE and _line_label_past(text, s.start, published, ref_year):
        decision = decision._replace(status="historical")  # a chronology's item told in the present
    if decision.status == "occurred" and lex.lang == "ar" and "member_state_after" in spec.needs and (
        _suspended_since_ar(s, t, clause) or _next_day_of_a_pluperfect_ar(s, t, clause)
    ):
        # "أما الاتحاد الأفريقي فيعلق عضوية غينيا منذ الانقلاب": a suspension in force since an
        # earlier day; "وكان عسكريون قد استولوا على السلطة … وعلّقت إيكواس في اليوم التالي عضوية
        # غينيا بيساو": the day after a background told in the pluperfect is background too
        decision = decision._replace(status="historical")
    if decision.status == "negated" and family(spec.type) == "sanctions" and _target_rejects(s, t, roles, placed):
        # "Iran rejects new EU sanctions on its drone makers", "زيمبابوي ترفض عقوبات جديدة على
        # الرئيس منانغاغوا": the target's reaction to sanctions others imposed, not a denial
        decision = decision._replace(status="occurred")
    if decision.status == "occurred" and lex.lang == "en" and spec.type == "sanctions.imposed":
        _target_rejects(s, t, roles, placed, condemns=True)  # (roles only: the status holds)
    if decision.status == "occurred" and lex.lang == "ar" and family(spec.type) == "military" and (
        _approved_sending_ar(s, t)
    ):
        # "وافق البرلمان التركي على إرسال قوات إلى …": a sending approved is still to be done
        decision = decision._replace(status="planned")
    if decision.status is None:
        return None
    event_type = decision.event_type
    if lex.lang == "en" and event_type == "sanctions.threatened" and roles.actors:
        _condition_subject_is_the_target_en(s, t, roles, placed)
    # The sentence without the white space around it (``str.strip`` strips what ``isspace`` calls space).
    untrimmed = text[s.start:s.end]
    sentence_text = untrimmed.strip()
    evidence_start = s.start + len(untrimmed) - len(untrimmed.lstrip())
    evidence_end = evidence_start + len(sentence_text)
    # The dates and durations module reads the sentence's own tokens unless a mark that only
    # the tokenizer keeps inside words (U+0610-U+061A) makes its words differ.
    same_words = _MARKS_INSIDE.search(text, s.start, s.end) is None
    duration = None
    if family(event_type) == "sanctions":
        duration = find_duration(text[s.starts[t]:s.end], s.norms[t:] if same_words else None)
    if event_type == "sanctions.lifted" and (
        _lifted_for_a_term(s, t, span, clause[1]) if lex.lang == "en" else _lifted_for_a_term_ar(s, t, span, clause[1])
    ):
        event_type = "sanctions.suspended"  # "eases Gertler sanctions for a year": relief for a term
    confidence = spec.weight + 0.05 * bool(roles.actors) + 0.05 * bool(roles.targets)
    confidence -= 0.1 if roles.borrowed else 0.0
    confidence -= 0.05 if decision.status == "planned" else 0.0
    return _Found(
        type=event_type,
        status=decision.status,
        fresh=decision.fresh,
        actors=roles.actors,
        targets=roles.targets,
        instrument=roles.instrument,
        duration=duration,
        dates=find_dates(sentence_text, published, s.norms if same_words else None),
        evidence=Mention(evidence_start, evidence_end, sentence_text),
        trigger=text[s.starts[t]:s.ends[t + span - 1]],
        confidence=max(0.3, min(0.99, confidence)),
        formal=s.has("formal", *clause),
    )


_UNDER_IT_AR: Final = frozenset({"بموجبه", "بموجبها", "وبموجبه", "وبموجبها", "بمقتضاه", "بمقتضاها"})


def _under_it_next_to_ar(s: Sentence, t: int, span: int) -> bool:
    """(Arabic) Whether "بموجبه" (under it: an accord's relative clause) stands right before or
    after the trigger ("اتفاق … تعود بموجبه إلى المنظمة")."""
    return (t > 0 and s.norms[t - 1] in _UNDER_IT_AR) or (t + span < len(s.norms) and s.norms[t + span] in _UNDER_IT_AR)


_TO_IT_AR: Final = frozenset({"اليه", "اليها"})  # (normalised) "إليه", "إليها"
_AS_MEMBER_AR: Final = frozenset({"بصفه", "عضوا", "كعضو"})  # (normalised) a rank told after it


def _member_of_it_ar(s: Sentence, after: int) -> bool:
    """(Arabic) Whether "إليه" or "إليها" right after the joining verb is followed by the rank
    joined ("ستنضم إليه بصفة مراقب", "انضمت إليها عضوا"): the pronoun stands for a body, not a
    person one joins ("انضم إليه وزير الخارجية")."""
    return after + 1 < len(s.norms) and s.norms[after] in _TO_IT_AR and s.norms[after + 1] in _AS_MEMBER_AR


def _joined_under_its_accord_ar(
    s: Sentence, t: int, placed: list[Placed], roles: Roles, bloc: EntityResult | None
) -> None:
    """(Arabic) "وقعت موريتانيا، أمس في أبوجا، اتفاق شراكة مع «إيكواس»، تعود بموجبه إلى المنظمة
    الإقليمية": the bloc the accord was made with, named before in the sentence, is the one joined
    under it, not a second member, and the state that signed, the sentence's subject however far
    back, is the one that joins (in ``roles``)."""
    if bloc is None or not any(p.entity.id == bloc.id and p.last < t for p in placed):
        return
    subject = _opening_subject(s, placed)
    if subject is None or subject.type != "GPE":
        return
    roles.actors = [a for a in roles.actors if a.id not in (bloc.id, subject.id)]
    roles.actors.insert(0, subject)
    roles.targets = [bloc]


_JOINED_AR: Final = frozenset(normalize_word(w) for w in ("انضم", "انضمت", "انضما", "انضمتا", "انضموا"))
_JOINED_REACH_AR: Final = 25  # words back from the signing to the joining it is the means of
_BY_SIGNING_AR: Final = frozenset(normalize_word(w) for w in ("بتوقيع", "بتوقيعها", "بتوقيعه", "عبر", "خلال"))


_PAVES_REACH_AR: Final = 6  # words after the signing to "تمهد لانضمامها"
_PAVE_WORDS_AR: Final = frozenset({"تمهد", "يمهد", "تمهيدا", "ممهده"})  # (normalised)


def _paves_its_joining_ar(after: list[str]) -> bool:
    """(Arabic) "ووقعت إيران مذكرة التزامات تمهد لانضمامها عضوا كاملا": a memorandum that paves
    the way to the signer's own joining is a step of that joining, no accord of its own."""
    return any(w in _PAVE_WORDS_AR and k + 1 < len(after) and after[k + 1].startswith(("لانضمام", "للانضمام"))
               for k, w in enumerate(after))


def _signed_as_the_joining_ar(s: Sentence, t: int, span: int) -> bool:
    """(Arabic) Whether the signing is the way a joining told before it in the sentence was made:
    "انضم السودان … إلى «اتفاقيات أبراهام»، بتوقيع وزير العدل على الإعلان الخاص بالاتفاقيات"
    (by signing, through signing): the signature is the joining told again, no accord of its own
    ("انضمت السويد إلى الحلف، ووقعت اتفاقا دفاعيا مع …" stays a signing); or a memorandum that
    paves the way to the signer's joining (``_paves_its_joining_ar``)."""
    if _paves_its_joining_ar(s.norms[t + span:t + span + _PAVES_REACH_AR]):
        return True
    if not any(without_conjunction(w) in _JOINED_AR for w in s.norms[max(0, t - _JOINED_REACH_AR):t]):
        return False
    return without_conjunction(s.norms[t]) in _BY_SIGNING_AR or (
        t > 0 and s.norms[t - 1] in _BY_SIGNING_AR and s.norms[t].startswith("توقيع"))


def _bloc_anaphor(s: Sentence, after: int, reach: int = 3) -> str | None:
    """The word of a bloc told by its kind alone after the trigger ("to the group", "إلى
    المجموعة"); "" for a group described ("the group of investors", "المجموعة الاستثمارية"),
    None when no such word follows within ``reach`` tokens."""
    k = s.first("bloc_anaphor", after, min(len(s.norms), after + 3))
    membership = False
    if k < 0 and reach > 3:
        # further off only as the body of a membership: "became the eighth member of the bloc"
        k = s.first("bloc_anaphor", after, min(len(s.norms), after + reach))
        membership = k > 1 and s.norms[k - 1] == "of" and "member_noun" in s.tags[k - 2]
        if not membership:
            k = -1
    if k < 0:
        return None
    end = k + (2 if s.norms[k] == "the" else 1)
    following = s.norms[end] if end < len(s.norms) else ""
    alone = following not in ("of", "for", "'s", "s") and not (
        following.startswith("ال") and following.endswith(("ية", "يه", "ي")))
    if following in ("'s", "s") and s.first("member_noun", end + 1, min(len(s.norms), end + 4)) >= 0:
        alone = True  # "became the bloc's eighth member": whose member, the bloc itself
    elif membership and not alone:
        return None
    return s.norms[k] if alone else ""


# the name of a bloc, an organisation of states: "Shanghai Cooperation Organisation", "BRICS"
_BLOC_NAME: Final = re.compile(
    r"\b(?:Organi[sz]ation|Union|Council|Community|League|Alliance|Forum|Group|Pact|Treaty|Cooperation"
    r"|Partnership|Association|Commonwealth)\b|^[A-Z][A-Z0-9-]{2,}$"
)


def _bloc_named(
    word: str,
    placed: list[Placed],
    t: int,
    previous: Callable[[], list[EntityResult]],
    by_id: Mapping[str, EntityResult],
) -> EntityResult | None:
    """The bloc "the group" or "المجموعة" stands for: the last named before the trigger in the
    sentence, else the one of the article whose Arabic name has that word ("المجموعة الاقتصادية
    لدول غرب إفريقيا"), else the last of the sentence before, else the only one the article names."""
    def bloc(e: EntityResult) -> bool:
        return (e.type == "ORG" and e.linked and _BLOC_NAME.search(e.name) is not None
                and country_of(e.id) is None)

    here = [p.entity for p in placed if p.last < t and bloc(p.entity)]
    if here:
        return here[-1]
    named = [e for e in by_id.values() if bloc(e)]
    if word.startswith("ال"):
        kind = [e for e in named if word in map(normalize_word, (e.name_ar or "").split())]
        if len(kind) == 1:
            return kind[0]
    before = [e for e in previous() if bloc(e)]
    if before:
        return before[-1]
    return named[0] if len(named) == 1 else None


# (Arabic) where a force is merged: "في", "ضمن", "إلى", "داخل"
_INTO_AR: Final = frozenset({"في", "ضمن", "الي", "داخل"})


def _destination_state(s: Sentence, roles: Roles) -> list[EntityResult]:
    """(Arabic) The state of a body (a ministry, an army) a force is merged into, named after
    «في»/«ضمن»/«إلى» among the targets, or named by the adjective of that army ("في الجيش
    الليبي"); none when no such body is named."""
    for e in roles.targets:
        p = roles.via.get(id(e))
        if p is None or p.first < 2:
            continue
        if e.type == "ORG" and s.norms[p.first - 1] in _INTO_AR and (state := country_of(e.id)) is not None:
            return [entity_of(state)]
        if e.type == "GPE" and "army_noun" in s.tags[p.first - 1] and s.norms[p.first - 2] in _INTO_AR:
            return [e]
    return []


_UNITS_RELATIVE_AR: Final = frozenset({"التي", "الذي", "اللتين", "اللذين"})  # (normalised: التى → التي)


def _a_company_speaks(s: Sentence, t: int) -> bool:
    """(English) Whether the pronoun before the trigger stands for a company that speaks: "A
    Solomon Islands company, National Fisheries Developments, said it had signed…" (whatever
    the sentence before named is not "it")."""
    c = s.last("complementizer", max(0, t - 6), t)
    return c > 0 and s.first("company_noun", max(0, c - 8), c) >= 0


def _main_subject_of_when_en(s: Sentence, t: int, placed: list[Placed]) -> EntityResult | None:
    """(English) The state or body that opens the sentence when the trigger's subject is "it"
    or "they" right after a comma and a word of time or cause ("…, when it froze the assets")."""
    if not pronoun_after_time_word_en(s, t, s.text):
        return None
    first = next((p for p in placed if p.first < 3), None)
    return first.entity if first is not None and first.last < t - 2 and first.entity.type in ("GPE", "ORG") else None


# (English) the words that may stand between "and it" and its verb: auxiliaries and adverbs
_AFTER_AND_IT_EN: Final = frozenset({
    "has", "had", "have", "is", "was", "will", "would", "could", "can", "may", "might", "also", "since",
    "already", "now", "then", "later", "recently", "twice", "once", "not", "never", "been",
})


def _two_countries_headed_en(s: Sentence, t: int, placed: list[Placed]) -> list[EntityResult]:
    """(English) The two states whose heads of state or government the sentence names before "the
    two countries" (or "both countries"), the trigger's subject within four words; else []."""
    k = next((i for i in range(max(1, t - 6), t) if s.norms[i] == "countries" and s.norms[i - 1] in ("two", "both")), -1)
    if k < 0:
        return []
    states: dict[str, EntityResult] = {}
    for p in placed:
        if p.last < k - 1 and p.entity.type == "PERSON" and heads_state(p.entity.id) and (
            state := country_of(p.entity.id)
        ) is not None:
            states.setdefault(state.id, entity_of(state))
    return list(states.values()) if len(states) == 2 else []


def _subject_before_and_it_en(s: Sentence, t: int, placed: list[Placed]) -> EntityResult | None:
    """(English) The state or body that opens the sentence as its subject ("Chad is strong",
    "Chad's army is …", "The EU …") when the trigger's subject is "it" after ", and" or ", but"
    ("…, and it has sent troops to Mali"); None when the sentence opens with anything else ("Talks
    with Chad failed, and it has sent …": the name is no subject, and "it" stays an anaphor)."""
    k = next((i for i in range(t - 1, max(2, t - 4) - 1, -1) if s.norms[i] == "it"), -1)
    if k < 0 or s.norms[k - 1] not in ("and", "but") or "," not in s.text[s.ends[k - 2]:s.starts[k - 1]]:
        return None
    if any(s.norms[i] not in _AFTER_AND_IT_EN for i in range(k + 1, t)):
        return None
    opener = next((p for p in placed if p.first <= 1), None)
    if opener is None or opener.first == 1 and s.norms[0] != "the" or opener.last >= k - 2:
        return None
    return opener.entity if opener.entity.type in ("GPE", "ORG") else None


def _opening_subject(s: Sentence, placed: list[Placed]) -> EntityResult | None:
    """(Arabic) The state or body named in the first six words of the sentence, where a verb-first
    sentence names its subject ("ألغى الرئيس الأمريكي …")."""
    for p in placed:
        if p.first >= 6:
            break
        if p.entity.type in ("GPE", "ORG"):
            return p.entity
    return None


def _target_rejects(
    s: Sentence, t: int, roles: Roles, placed: list[Placed], condemns: bool = False
) -> bool:
    """Whether the trigger is the sanctions noun a refusal verb takes for its object ("rejects
    new EU sanctions", "ترفض عقوبات جديدة"), said by the target itself: the refuser is the state
    of a target, or no target is left but the authority named inside the noun phrase. Then the
    refuser becomes a target and that authority the actor (in ``roles``). "Hungary rejected new
    sanctions on Russia" stays a refusal (Hungary is not Russia)."""
    # (``condemns``: "Rwanda condemned the new sanctions": a reaction told as such, no denial)
    k = next((i for i in range(t - 1, max(0, t - 4) - 1, -1)
              if ("condemn_verbs" if condemns else "negation_verbs") in s.tags[i]), -1)
    # (the trigger may be the noun's adjective: "new EU sanctions", "عقوبات جديدة")
    j = s.first("sanctions_noun", k + 1, t + 4) if k >= 0 else -1
    if j < 0 or not condemns and _REJECT.match(s.norms[k]) is None:
        return False
    inside = [p for p in placed if k < p.first < j]  # "new EU sanctions": the authority
    # the refuser: the first actor named before the verb (the subject; "زيمبابوي ترحب بإنهاء
    # برنامج العقوبات الأمريكية وترفض عقوبات جديدة…" names another before the verb too)
    lo = clause_bounds(s, k)[0]
    opener = next((p for p in placed if lo <= p.first <= lo + 1 and p.last < k), None)  # (SVO: the subject)
    before = [p for p in placed if p.last < k and any(e is p.entity for e in roles.actors)]
    if opener is None and not before:
        return False
    refuser = opener.entity if opener is not None else before[-1].entity
    others = [e for e in roles.targets if not any(e is p.entity for p in inside)]
    home = _state_id(refuser)
    if others and all(_state_id(e) != home for e in others):
        return False
    authority = [p.entity for p in inside if p.entity.type in ("GPE", "ORG")]
    roles.actors = authority + [e for e in roles.actors if e is not refuser and all(e is not a for a in authority)]
    roles.targets = [refuser, *[e for e in others if e is not refuser]]
    return True


# refusal verbs whose object can be the sanctions themselves: "rejects", "رفضت"
_REJECT: Final = re.compile(r"^(?:reject|rejects|rejected|rejecting|[وف]?[تي]?رفض|[وف]?رفضت)$")


def _joined_a_measure(s: Sentence, text: str, placed: list[Placed], k: int) -> bool:
    """(English) Whether the body named first after a joining verb ending before token ``k`` is
    only the owner of a measure or a meeting that follows it ("joined the G7 price cap", "joined
    NATO exercises", "joined the BRICS summit"): the state takes part in that, it joins no bloc."""
    end = min(len(s.norms), k + 4)
    name = next((p for p in placed if k <= p.first < end and p.entity.type == "ORG"), None)
    noun = s.first("alliance_noun", k, end)
    if name is None and noun < 0:
        return False
    last = name.last if name is not None and (noun < 0 or name.first <= noun) else noun
    # (right after it, past a space or a possessive only: not "joined NATO, the statement said")
    return last + 1 < len(s.tags) and "joined_measure" in s.tags[last + 1] and text[
        s.ends[last]:s.starts[last + 1]] in (" ", "'s ", "\u2019s ")


# "بما فيها", "بما في ذلك", "ومنها": what opens the list of a measure's contents
_INCLUDING_AR: Final = (["بما", "فيها"], ["بما", "فيه"], ["بما", "فيهما"], ["بما", "فيهم"], ["ومنها"], ["منها"],
                 ["ومن", "بينها"], ["من", "بينها"])
# a regime's terms told with "includes": "جدد … نظام العقوبات المفروض على هايتي، يشمل حظر السفر
# وتجميد الأصول" (only the measures' own nouns: "قرارا يشمل فرض عقوبات" is an act)
_CONTAINS_AR: Final = (["يشمل"], ["تشمل"], ["يتضمن"], ["تتضمن"])  # (asyndetic: a clause describing the regime just named)
_MEASURE_NOUNS_AR: Final = ("حظر", "وحظر", "تجميد", "وتجميد", "منع", "ومنع")


# (normalised) the measures named with the article, told before: whose terms a list describes
_THE_MEASURES_AR: Final = frozenset(normalize_word(w) for w in ("الإجراءات", "العقوبات", "التدابير", "القيود"))


def _listed_content(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` opens a list of what sanctions named just before it
    include ("…، بما فيها حظر توريد الأسلحة وتجميد الأصول"): their terms, not a new measure."""
    prior = _earlier_list_item_ar(s, t)
    if prior >= 0 and _listed_content(s, prior):
        # "الذي يشمل حظر توريد السلاح إلى الجماعات المسلحة في شرق البلاد وتجميد الأصول": a later
        # item of a listed measure, however long the first item's object
        return True
    k = -1
    # (a later item of the list too, joined by "و": "بما فيه حظر توريد الأسلحة إلى دارفور وتجميد
    # الأصول وحظر السفر", within eight words of the list's opening and in its clause)
    for end in range(t, max(0, t - 8) - 1, -1):
        if end < t and not (s.norms[t].startswith("و") and s.clause[end] == s.clause[t]):
            break
        k = next((end - len(w) for w in _INCLUDING_AR if s.norms[max(0, end - len(w)):end] == w), -1)
        if k < 0 and s.norms[t] in _MEASURE_NOUNS_AR:
            k = next((end - len(w) for w in _CONTAINS_AR if s.norms[max(0, end - len(w)):end] == w), -1)
        if k < 0 and s.norms[max(0, end - 3):end] == ["بما", "في", "ذلك"]:
            k = end - 3
        if k < 0 and s.norms[t] in _MEASURE_NOUNS_AR and _partitive_after_comma(s, end - 1):
            k = end - 1
        if k >= 0:
            break
    if k > 0 and any(without_conjunction(w) in _THE_MEASURES_AR for w in s.norms[max(0, k - 2):k]):
        # "إن التدابير، التي تشمل حظر السفر … وتجميد الأصول، ستبقى سارية": the terms of the
        # measures told before (not "ستفرض إجراءات جديدة تشمل تجميد أصول", new ones imposed)
        return True
    return k > 0 and any(s.first(g, max(0, k - 10), k) >= 0 for g in ("sanctions_noun", "imposed_measures"))


_LIST_ITEM_REACH_AR: Final = 12  # tokens from one measure of a list to the next, past the first one's object


def _earlier_list_item_ar(s: Sentence, t: int) -> int:
    """(Arabic) The measure noun of which the one at ``t``, joined by و with no comma before it
    ("… وتجميد الأصول"), is the next item in the same clause; -1 if none."""
    if not s.norms[t].startswith("و") or s.norms[t] not in _MEASURE_NOUNS_AR or comma_before(s, t):
        return -1
    for k in range(t - 1, max(-1, t - 1 - _LIST_ITEM_REACH_AR), -1):
        if s.clause[k] != s.clause[t]:
            return -1
        if s.norms[k] in _MEASURE_NOUNS_AR:
            return k
    return -1


# (normalised) the verbs that lift, suspend, ease or renew measures, and their verbal nouns after
# "ب" ("يقضي بتعليق"): a bare verbal noun may be an item of a list of measures itself ("شملت إغلاق
# الحدود وتعليق المعاملات وتجميد أصول الدولة")
_RELIEF_WORDS_AR: Final = frozenset(normalize_word(w) for w in (
    "رفعت", "يرفع", "ترفع", "برفع", "علق", "علقت", "يعلق", "تعلق", "بتعليق", "مدد", "مددت", "يمدد",
    "تمدد", "بتمديد", "ألغى", "ألغت", "يلغي", "تلغي", "بإلغاء", "خفف", "خففت", "يخفف", "تخفف", "بتخفيف"))
_IMPOSING_WORDS_AR: Final = frozenset(normalize_word(w) for w in ("فرض", "فرضت", "يفرض", "تفرض", "فرضا"))
_RELIEVED_LIST_LONGEST: Final = 16  # tokens from the verb to the last measure of its object


def _relieved_measure_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the measure noun at ``t``, joined by و ("وتجميد", "وحظر"), is a later item
    of what a lifting, suspending or renewing verb before it in the clause takes ("ويعلق القرار،
    بأثر فوري، الحظر التجاري وحظر الرحلات الجوية وتجميد الأرصدة"): a measure relieved, not a new
    one imposed (no comma right before it: "، وتجميد" may open an act of its own)."""
    if not s.norms[t].startswith("و") or s.norms[t] not in _MEASURE_NOUNS_AR or comma_before(s, t):
        return False
    for k in range(t - 1, max(0, t - _RELIEVED_LIST_LONGEST) - 1, -1):
        if s.clause[k] != s.clause[t]:
            return False
        if without_conjunction(s.norms[k]) in _RELIEF_WORDS_AR:
            return True
        if without_conjunction(s.norms[k]) in _IMPOSING_WORDS_AR:
            return False  # "علقت الحظر التجاري وفرضت حظر السفر وتجميد الأرصدة": the list of a new act
    return False


def _partitive_after_comma(s: Sentence, k: int) -> bool:
    """(Arabic) Whether ``k`` is a "من" just after a comma, opening what the sanctions named
    before consist of ("العقوبات الفردية المرتبطة به، من تجميد أصول وحظر سفر"), not a "from"
    or an "of" that belongs to the clause ("حذرت من تجميد أصول")."""
    return s.norms[k] == "من" and comma_before(s, k)




# "الإبقاء على", "أبقت على": keeping a measure in force
_KEEP_AR: Final = frozenset({"الابقاء", "والابقاء", "بالابقاء", "ابقي", "وابقي", "ابقت", "وابقت", "يبقي", "ويبقي",
                      "تبقي", "وتبقي", "ابقاء", "مبقيا", "مبقيه", "ومبقيا"})  # (مبقيا: "keeping", a participle)


def _kept_on(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is the object of "الإبقاء على"/"أبقى … على" (its
    subject may stand between: "أبقت الولايات المتحدة على حظر السلاح"; or the one it is kept on:
    "يبقي على الوزير السابق تجميد الأصول")."""
    return t > 1 and (s.norms[t - 1] == "علي" and not _KEEP_AR.isdisjoint(s.norms[max(0, t - 6):t - 1]) or any(
        s.norms[k] in _KEEP_AR and s.norms[k + 1] in _ON_AR for k in range(max(0, t - 6), t - 2)))


_ON_AR: Final = frozenset({"علي", "عليه", "عليها", "عليهم", "عليهما"})  # "على", and "on him", "on her", "on them"


# (normalised) a measure said to remain in force: "تبقى تدابير … وتجميد أصول … سارية بالكامل"
_REMAIN_AR: Final = frozenset(normalize_word(w) for w in (
    "تبقى", "يبقى", "ستبقى", "سيبقى", "وتبقى", "ويبقى", "تظل", "يظل", "ستظل", "سيظل", "وتظل", "ويظل"))
_IN_FORCE_AR: Final = frozenset(normalize_word(w) for w in (
    "سارية", "ساري", "سارية المفعول", "نافذة", "نافذ"))
_REMAIN_REACH_AR: Final = 8  # words from "تبقى" to the measure
_IN_FORCE_REACH_AR: Final = 14  # words from the measure to "سارية", past the listed ones


def _stays_in_force_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the measure at ``t`` is one of those said to remain in force ("إذ تبقى
    تدابير حظر الأسلحة وحظر السفر وتجميد أصول الأفراد … سارية بالكامل"), "تبقى" before it and
    "سارية" after it in the same sentence: a measure left as it was, not imposed."""
    return not _REMAIN_AR.isdisjoint(s.norms[max(0, t - _REMAIN_REACH_AR):t]) and not _IN_FORCE_AR.isdisjoint(
        s.norms[t + 1:t + 1 + _IN_FORCE_REACH_AR])


# (Arabic) a chronology's item: "أغسطس 2021: وزارة الخزانة الأمريكية تفرض عقوبات على…" — the date
# label that opens the line dates every event told on it, in the historic present or the past
# (a month may be written with both its names: "شباط/فبراير 2022:")
_LINE_LABEL: Final = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+)?(?:([^\W\d_]+(?:[ \t]*/[ \t]*[^\W\d_]+|[ \t][^\W\d_]+)?)[ \t]+)?(\d{4})[ \t]*:")


def _line_label_past(text: str, start: int, published: date | None, ref_year: Callable[[], int | None]) -> bool:
    """Whether the line holding ``start`` opens with a "[day] [month] year:" label two months
    or more before publication (a year before the reference year without ``published``)."""
    line = text.rfind("\n", 0, start) + 1
    m = _LINE_LABEL.match(text, line, min(len(text), line + 40))
    if m is None:
        return False
    month = None
    if m.group(1):
        names = [m.group(1)] if "/" not in m.group(1) else m.group(1).split("/")
        month = next((found for name in names
                      if (found := _MONTHS.get(" ".join(normalize_word(w) for w in name.split()))) is not None), None)
        if month is None:
            return False  # "المادة 2023:", a word that is no month: no date label
    year = int(m.group(2))
    if published is None:
        reference = ref_year()
        return reference is not None and year < reference
    if month is None:
        return year < published.year
    return (published.year - year) * 12 + published.month - month >= 2  # (weeks old is still news)


_INVITED: Final = frozenset({"invited", "invites", "invite"})


def _inviter_is_the_bloc(s: Sentence, t: int, roles: Roles) -> None:
    """"NATO formally invited Montenegro to join the alliance": the organisation that invites,
    named before the verb, is the one joined, not a joiner."""
    k = next((i for i in range(t - 2, max(-1, t - 8), -1) if s.norms[i] in _INVITED), -1)
    if k < 0:
        return
    for e in list(roles.actors):
        p = roles.via.get(id(e))
        if p is not None and p.last < k and e.type == "ORG":
            roles.actors.remove(e)
            if all(e is not x for x in roles.targets):
                roles.targets.append(e)


_ACTS_ON_SANCTIONS: Final = frozenset({"sanctions.imposed", "sanctions.lifted", "sanctions.suspended", "sanctions.extended"})
# what may stand between a subject and its verb ("the airline has also extended", "said it had")
_SUBJECT_GAP_EN: Final = frozenset({"has", "had", "have", "also", "said", "says", "it", "would", "will", "now", "then",
                             "again", "already", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday"})


def _company_subject_en(lex: Lexicon, s: Sentence, t: int, lo: int) -> bool:
    """(English) Whether a company's noun is the subject right before the trigger ("A Spanish
    low-cost airline extended its own suspension of flights", "A container line lifted the embargo
    it imposed"): a firm takes no state's measure."""
    k = s.last("company_noun", max(lo, t - 4), t)
    if k < 0:
        return False
    # (a phrase is tagged on its first word: its other words are part of the subject)
    end = k + max(1, lex.groups["company_noun"].match_at(s.forms, k)) - 1
    # (no comma between: "The US, which keeps sanctions on state companies, extended a waiver")
    return all(s.norms[j] in _SUBJECT_GAP_EN for j in range(end + 1, t)) and "," not in s.text[
        s.ends[end]:s.starts[t]]


def _demonym_deal_only(s: Sentence, t: int, lo: int, roles: Roles) -> bool:
    """(English) Whether the one party of a signing is a demonym opening the clause right before
    the accord's noun, with no subject of its own ("Japanese partnership signed", "Chilean ship
    deal signed"): a headline fragment that says only where the partner is from."""
    parties = roles.actors + roles.targets
    if len(parties) != 1 or parties[0].type != "GPE" or (p := roles.via.get(id(parties[0]))) is None:
        return False
    return (p.first <= lo + 1 and p.last < t and s.first("agreement_noun", p.last + 1, p.last + 3) >= 0
            and is_demonym(parties[0].id, s.text[p.start:p.end]))


_EASE_LIFT_EN: Final = frozenset({"ease", "eases", "eased", "easing", "lift", "lifts", "lifted", "lifting"})


def _lifted_for_a_term(s: Sentence, t: int, span: int, hi: int) -> bool:
    """(English) Whether a lifting verb's relief is given for a term ("eases Gertler sanctions for
    a year", "lifted the sanctions for six months") or only for a while ("temporarily eased"): a
    suspension, not an end. The term must come within eight words of the verb, before any
    participle that carries it ("imposed for 10 years")."""
    if s.norms[t] not in _EASE_LIFT_EN:
        return False
    if "temporarily" in s.norms[max(0, t - 2):t]:
        return True  # ("has temporarily lifted the ban")
    for k in range(t + span, min(hi, len(s.norms), t + span + 8)):
        if s.norms[k].endswith("ed") and k > t + span:
            return False  # ("lifted the sanctions imposed for ten years": the term is the imposition's)
        if s.norms[k] == "temporarily":
            return True
        if s.norms[k] == "for" and any(s.norms[j] in _UNITS for j in range(k + 1, min(len(s.norms), k + 4))):
            return True
    return False


# (Arabic) Words after which a term belongs to something else: a relative clause, or a span of
# time counted from or to something ("بعد ستة أشهر من المفاوضات", "منذ عشرين عامًا").
_TERM_STOPS_AR: Final = frozenset({"التي", "الذي", "الذين", "منذ", "بعد", "قبل", "خلال"})
_IMPOSED_AR: Final = frozenset({"المفروضه", "المفروض", "المفروضين"})
_TEMPORARY_AR: Final = frozenset({"موقتا", "موقت", "موقته", "الموقت", "الموقته"})


def _imposed_on_past_a_long_object_ar(s: Sentence, after: int, placed: list[Placed]) -> Placed | None:
    """(Arabic) Whom the measure is "imposed on" when the participle comes past a long object and
    its relative clause ("حظر الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي المفروض على
    غينيا"): the name right after "المفروض على", a state, a body or a person, when the search
    for a target stopped at the relative clause and found none."""
    end = min(len(s.norms) - 1, after + _IMPOSED_ON_REACH_AR)
    k = next((j for j in range(after, end) if s.norms[j] in _IMPOSED_AR and s.norms[j + 1] == "علي"), -1)
    if k < 0:
        return None
    return next((p for p in placed if p.first == k + 2 and p.entity.type in ("GPE", "ORG", "PERSON")), None)


# how far after a measure's verb its "imposed on" may come (a long object with its relative clause)
_IMPOSED_ON_REACH_AR: Final = 20


def _lifted_for_a_term_ar(s: Sentence, t: int, span: int, hi: int) -> bool:
    """(Arabic) Whether a lifting verb's relief is given for a term ("خففت واشنطن العقوبات على
    السودان لستة أشهر", "رفع الحظر لمدة 180 يومًا") or for a while ("رفعًا مؤقتًا", "بشكل مؤقت"):
    a suspension, as in English. The term must come within eight words of the verb, before a
    relative clause, and not right after "imposed" ("العقوبات المفروضة لمدة عشر سنوات" is the
    imposition's term)."""
    norms = s.norms
    end = min(hi, len(norms), t + span + 8)
    for k in range(t + span, end):
        if norms[k] in _TERM_STOPS_AR or (
            norms[k] in _IMPOSED_AR and find_duration("", norms[k + 1:k + 4]) is not None
        ):
            end = k
            break
        if norms[k] in _TEMPORARY_AR and (k == t + span or not norms[k].startswith("ال")):
            # (a definite "temporary" further on agrees with the measure's noun: "رفع القيود
            # المؤقتة" lifts temporary curbs for good; right after the verbal noun it is the
            # relief's: "الرفع المؤقت للعقوبات")
            return True
    return find_duration("", norms[t + span:end]) is not None


def _sent_to_own_training_site_en(s: Sentence, t: int, span: int, placed: list[Placed]) -> bool:
    """(English) Whether the forces go right after the trigger "to training centres" or "to
    cantonment sites" with no state named after them: fighters gathered for training or
    demobilisation under a peace deal ("British troops were sent to training camps in Kenya" is
    still a presence in Kenya)."""
    if s.first("own_training_site", t + span, t + span + 1) < 0:
        return False
    return not any(p.entity.type == "GPE" and t + span < p.first <= t + span + 8 for p in placed)


# (English) the last word of a firm's name: "Barrick Mining", "Nippon Steel", "Vale Resources"
_FIRM_NAME_ENDS_EN: Final = frozenset({
    "mining", "steel", "motors", "energy", "petroleum", "oil", "airlines", "airways", "telecom", "holdings",
    "corp", "corporation", "inc", "ltd", "limited", "plc", "resources", "minerals", "pharmaceuticals",
    "industries", "technologies", "shipping", "aerospace", "electric", "group",
})


def _firm_named_before_en(s: Sentence, text: str, t: int, placed: list[Placed]) -> bool:
    """(English) Whether a name of two or more capitalised words that ends with a firm's word
    ("Barrick Mining", "Nippon Steel") and that the knowledge base does not hold stands before
    the trigger as a subject (a verb of its own after it, no "of": not "the Ministry of Mining")."""
    for k in range(1, t):
        if s.norms[k] not in _FIRM_NAME_ENDS_EN or not text[s.starts[k]:s.starts[k] + 1].isupper():
            continue
        if not text[s.starts[k - 1]:s.starts[k - 1] + 1].isupper() or any(p.first <= k <= p.last for p in placed):
            continue
        if k + 1 < t and (s.norms[k + 1] == "of" or text[s.starts[k + 1]:s.starts[k + 1] + 1].isupper()):
            continue
        if k + 1 < len(s.norms) and "," in text[s.ends[k]:s.starts[k + 1]]:
            continue  # ("…, Vale Mining, a state firm, …": an aside, whoever signs)
        return True
    return False


# the steps that ease sanctions, whose exceptions name what stays in force
_EASED_SANCTIONS: Final = frozenset({"sanctions.lifted", "sanctions.suspended"})
# the words that open an exception: "except those on", "excluding the measures on"
_EXCEPT_EN: Final = frozenset({"except", "excepting", "excluding", "barring"})


def _drop_the_excepted_en(
    s: Sentence, text: str, after: int, hi: int, placed: list[Placed], roles: Roles
) -> None:
    """(English) Drop the targets named only after an exception that follows the eased measures
    (", except those on transactions involving Russia and Iran", "except for those on Russia"):
    what is excepted stays in force."""
    k = next((i for i in range(after, min(hi, len(s.norms))) if s.norms[i] in _EXCEPT_EN), -1)
    if k < 0:
        return
    excepted = {id(p.entity) for p in placed if p.first > k}
    kept = {id(p.entity) for p in placed if p.first < k}
    roles.targets = [e for e in roles.targets if id(e) not in excepted or id(e) in kept]


def _with_company(s: Sentence, t: int, span: int) -> bool:
    """(English) Whether "with" and a company's noun follow the trigger ("an agreement with a
    cannery", "has reached an agreement with the contractors")."""
    w = next((k for k in range(t + span, min(len(s.norms), t + span + 8)) if s.norms[k] == "with"), -1)
    return w >= 0 and s.first("company_noun", w + 1, w + 6) >= 0  # ("with a Pago Pago cannery")


def _fronted_scene(s: Sentence, text: str, placed: list[Placed]) -> EntityResult | None:
    """(English) The state of a sentence that opens "In <state>, …", else None."""
    if not s.norms or s.norms[0] != "in":
        return None
    p = next((q for q in placed if q.first == 1 and q.entity.type == "GPE"), None)
    return p.entity if p is not None and text[p.end:p.end + 1] == "," else None


_DEFENCE_BODY: Final = re.compile(r"\b(?:Department of Defen[cs]e|Ministry of Defen[cs]e|Defen[cs]e Ministry|"
                           r"Defen[cs]e Department|War Department|Department of War)\b")


def _add_named_parent_ar(roles: Roles, placed: list[Placed]) -> None:
    """"أوضحت وزارة الخزانة أن مكتب مراقبة الأصول الأجنبية التابع لها أدرج …": the body an acting
    office belongs to, named in the same sentence, acts with it (its state is added only as
    ``_add_authoritys_state`` allows)."""
    for e in list(roles.actors):
        parent = parent_id(e.id) if e.type == "ORG" else None
        if parent is None or any(parent == x.id for x in roles.actors + roles.targets):
            continue
        named = next((p.entity for p in placed if p.entity.id == parent), None)
        if named is not None:
            roles.actors.append(named)


def _add_possessive_parent_en(s: Sentence, roles: Roles, placed: list[Placed]) -> None:
    """(English) "The United Nations Security Council's ISIL (Da'esh) and Al-Qaida Sanctions
    Committee added …": the body an acting office belongs to, named in the possessive right
    before it, acts with it (as "the Council's committee" is the Council acting; a parent named
    anywhere else in the sentence may be another party, so only the possessive counts)."""
    for e in list(roles.actors):
        parent = parent_id(e.id) if e.type == "ORG" else None
        if parent is None or any(parent == x.id for x in roles.actors + roles.targets):
            continue
        office = next((p for p in placed if p.entity.id == e.id), None)
        if office is None:
            continue
        owner = next((p for p in placed if p.entity.id == parent and _possessive_en(s, p.last)
                      and office.first - p.last in (1, 2)), None)
        if owner is not None and (office.first == owner.last + 1 or s.norms[owner.last + 1] == "s"):
            roles.actors.append(owner.entity)


def _add_authoritys_state(roles: Roles, armed_force: bool = False) -> None:
    """"OFAC is designating six companies", "the Treasury added three Hezbollah financiers to the
    SDN list": the state whose body acts is an actor beside it (as the gold names the Treasury
    and the United States), when no state acts already (with ``armed_force``, only for a state's
    armed forces or its defence ministry: "The Pentagon is sending 1,300 more troops")."""
    if any(e.type == "GPE" for e in roles.actors):
        return
    for e in list(roles.actors):
        state = country_of(e.id) if e.type == "ORG" and (
            not armed_force or is_armed_force(e) or _DEFENCE_BODY.search(e.name)) else None
        if state is None or state.type != "GPE" or any(state.id == x.id for x in roles.actors + roles.targets):
            continue
        roles.actors.append(entity_of(state))


# words of an armed movement's or a militia's name, which is no state's army even where the
# knowledge base ties it to a state ("Syrian Democratic Forces", "Sudan People's Liberation Army")
_NOT_STATE_ARMY: Final = re.compile(r"Liberation|Democratic|Revolutionary|Resistance|Movement|Popular|Rebel|Front|"
                             r"Opposition|Militia|Mobili[sz]ation|Brigade|Rapid Support|Islamic|Free\b")


def _add_state(roles: Roles, role: list[EntityResult], state: KBEntity | None) -> None:
    """Append ``state`` (a knowledge-base state) to ``role`` unless it is missing, no state, or
    already a participant."""
    if state is not None and state.type == "GPE" and all(state.id != x.id for x in roles.actors + roles.targets):
        role.append(entity_of(state))


def _named_of_its_state(force: EntityResult) -> bool:
    """Whether an armed force's name ends in "of" and its state's full name ("Armed Forces of the
    Democratic Republic of the Congo"): the state's own army, whatever words of a movement's name
    ("Democratic", "Popular") the state's name holds (not "Syrian Democratic Forces")."""
    state = country_of(force.id)
    if state is None or not state.name_en:
        return False
    return re.search(rf"\bof (?:the )?{re.escape(state.name_en)}$", force.name) is not None


def _add_armys_state(roles: Roles) -> None:
    """"Its men have been integrated into the new Syrian army": a state's army taken part gives its
    state beside it, in the same role (not an armed movement's); so does a state's parliament or
    ministry that acts ("Iraq's parliament makes Shiite militias part of the armed forces")."""
    for role in (roles.actors, roles.targets):
        for e in list(role):
            if is_armed_force(e) and (not _NOT_STATE_ARMY.search(e.name) or _named_of_its_state(e)):
                _add_state(roles, role, country_of(e.id))
    if roles.actors and not any(e.type == "GPE" for e in roles.actors):
        for e in list(roles.actors):
            if e.type == "ORG" and _STATE_ORGAN.search(e.name) and (state := country_of(e.id)) is not None and any(
                n in e.name for n in (state.name_en, *state.demonyms.get("en", ()))
            ):
                # (named for the state: not "Kurdistan Regional Government", a region's)
                _add_state(roles, roles.actors, state)


# verbs of a break told beside a restoration ("after the Gambia broke with Taiwan", "after
# Panama cut its ties with Taipei")
_BREAK_VERBS_EN: Final = frozenset({"broke", "break", "breaks", "broken", "cut", "cuts", "severed", "severs", "ended",
                             "ends", "ending", "cutting", "severing", "breaking"})


def _drop_party_of_a_break_en(s: Sentence, roles: Roles) -> None:
    """(English) "The Gambia and China restored diplomatic relations, two years after the Gambia
    broke with Taiwan": with both parties of the restoration named, a state right after a break
    verb and "with" is the party of the old break, not a target of the new ties."""
    def after_a_break(e: EntityResult) -> bool:
        if (p := roles.via.get(id(e))) is None or p.first < 2 or s.norms[p.first - 1] != "with":
            return False
        return not _BREAK_VERBS_EN.isdisjoint(s.norms[max(0, p.first - 5):p.first - 1])
    roles.targets = [e for e in roles.targets if not after_a_break(e)]


def _drop_envoys_remit_en(s: Sentence, placed: list[Placed], roles: Roles) -> None:
    """(English) "The Australian ambassador to Cambodia warned Thailand": the state an envoy is
    sent to or charged with is his post, not a second state that threatens beside his own."""
    for p in placed:
        if (envoy := envoy_of_remit_en(s, p)) < 0 or (state := state_before_envoy_en(placed, envoy)) is None:
            continue
        if state.id != p.entity.id and any(a.id == state.id for a in roles.actors):
            roles.actors = [a for a in roles.actors if a.id != p.entity.id]


def _warships_state_en(s: Sentence, t: int, window: int, placed: list[Placed]) -> EntityResult | None:
    """(English) The state whose name or demonym stands right before a warship noun before the
    trigger ("Russia's frigate Admiral Gorshkov, the submarine Kazan and two
    support ships arrived in Havana", "a Chinese guided-missile destroyer ... docked"): the ships'
    flag, however long the list of ships that keeps it from the verb."""
    # (the ships named last first; a list of ships may put the first, with its flag, twice the
    # trigger's window away)
    for j in reversed([j for j in s.where.get("warship_noun", ()) if t - 2 * window <= j < t]):
        for p in placed:
            between = s.norms[p.last + 1:j]
            if p.entity.type == "GPE" and j - 3 <= p.last < j and "and" not in between and "," not in s.text[
                s.ends[p.last]:s.starts[j]
            ]:
                return p.entity
    return None


# the state whose air force names its home bases "… Air Force Base" (``us_home_base`` in
# ``en.cues.yaml``): the United States
_US_ID: Final = "Q30"


def _home_base_state_en(s: Sentence, t: int, window: int) -> EntityResult | None:
    """(English) The United States, when the forces of a military event are named only by the
    American base they come "from" before the trigger ("bombers from Dyess Air Force Base will
    deploy to Norway", "airmen from Shaw Air Force Base arrived in Poland"): a local paper's way
    of naming its own base's airmen or soldiers."""
    k = s.first("us_home_base", max(0, t - 2 * window), t)
    if k < 0 or "from" not in s.norms[max(0, k - 4):k + 1]:
        return None
    state = kb_entity(_US_ID)
    return entity_of(state) if state is not None else None


def _signed_by_their_envoys(s: Sentence, t: int, placed: list[Placed], roles: Roles) -> None:
    """(English) "The air forces of Norway, Sweden and Denmark are to be run as one ..., under a
    declaration of intent their commanders signed on Friday": an accord in a relative clause with
    no "that", signed by "their" officials, is the accord of the states the sentence named before
    the accord (its subject, however long the clause between; not a venue "in" or "at")."""
    k = next((k for k in range(t - 1, max(0, t - 4) - 1, -1) if s.norms[k] == "their"), -1)
    a = s.last("agreement_noun", max(0, k - 5), k) if k > 0 else -1
    if a < 0:
        return
    states = list({id(p.entity): p.entity for p in placed if p.last < a and p.entity.type == "GPE"
                   and s.norms[p.first - 1:p.first] not in (["in"], ["at"])}.values())
    if len(states) >= 2:
        roles.actors = states


def _joint_force_of_states(s: Sentence, roles: Roles, placed: list[Placed]) -> None:
    """(English) "Nigeria, Chad and Niger agreed that the Multinational Joint Task Force will have its
    headquarters in N'Djamena by July": a force of several states (no one state's own), the only
    actor of its making, is set up by the states its sentence names before it (it is the target;
    not the venue, "agreed in Abuja")."""
    if len(roles.actors) != 1 or not is_armed_force(force := roles.actors[0]) or country_of(force.id) is not None:
        return
    at = roles.via.get(id(force))
    states = list({id(p.entity): p.entity for p in placed if at is not None and p.last < at.first
                   and p.entity.type == "GPE" and s.norms[p.first - 1:p.first] not in (["in"], ["at"])}.values())
    if states:
        roles.actors = states
        roles.targets = [force, *(e for e in roles.targets if e is not force)]


# a state's own organs by their names: its parliament, government, ministries
_STATE_ORGAN: Final = re.compile(r"\b(?:Parliament|Council of Representatives|National Assembly|Ministry|Government|"
                          r"Cabinet|Senate|Congress|Duma|Majlis)\b")


def _add_heads_states(roles: Roles) -> None:
    """(English) "Ramaphosa and Ruto signed a defence cooperation agreement": the leaders of two
    states who sign, with no state named beside them, sign for the states they head."""
    parties = roles.actors + roles.targets
    heads = {state.id for e in parties
             if e.type == "PERSON" and heads_state(e.id) and (state := country_of(e.id)) is not None}
    if any(e.type == "GPE" for e in parties) or len(heads) < 2 and not (heads and roles.peace):
        # (one leader alone may sign at home: "Maduro's government signed an agreement with the
        # opposition"; but a peace with a movement is the state's: "President Gustavo Petro signed
        # a ceasefire with the ELN")
        return
    for role in (roles.actors, roles.targets):
        for e in list(role):
            if e.type == "PERSON" and heads_state(e.id):
                _add_state(roles, role, country_of(e.id))


# (Arabic) "حكومة الرئيس …", "حكومة رئيس الوزراء …": the words that name a leader's government
_GOVERNMENT_AR: Final = frozenset(normalize_word(w) for w in ("حكومة", "وحكومة", "بحكومة", "لحكومة"))
_LEADER_TITLES_AR: Final = frozenset(normalize_word(w) for w in ("الرئيس", "رئيس", "الوزراء", "الملك", "الأمير"))


def _add_governments_states_ar(s: Sentence, roles: Roles) -> None:
    """(Arabic) "غداة توقيع حكومة الرئيس نيكولاس مادورو والمعارضة اتفاقا": a head of state or
    government named as the one whose government signs stands for his state (named beside him)."""
    for role in (roles.actors, roles.targets):
        for e in list(role):
            p = roles.via.get(id(e))
            if p is None or e.type != "PERSON" or not heads_state(e.id):
                continue
            k = p.first - 1
            while k >= 0 and p.first - k <= 2 and s.norms[k] in _LEADER_TITLES_AR:
                k -= 1
            if k >= 0 and s.norms[k] in _GOVERNMENT_AR:
                _add_state(roles, role, country_of(e.id))


# fighters taken "into the army": the army named by a definite common noun
# (the army may be called by a name of its own: "into the Plurinational Armed Forces", "into
# the National Bolivarian Armed Forces")
_INTO_WORDS_EN: Final = frozenset({"into", "in", "to", "within"})
# (the possessive may come with an adjective: "into the country's unified forces", the army both
# sides' men make up)
_INTO_THE_ARMY_EN: Final = re.compile(r"\b(?:into|in|to|within) the (?:(?:country's |state's )?(?:new |national |regular |unified )?"
                               r"|(?:[A-Z][a-z]+ ){1,3}(?=Armed Forces|Army|Defen[cs]e Forces?))"
                               r"(?:army|armed forces|military|force|unified forces|defen[cs]e forces?|security forces)\b", re.I)


def _into_the_army_en(words: str) -> bool:
    """Whether ``_INTO_THE_ARMY_EN`` is found in ``words``.

    (Every match ends in "army", "military" or a word that holds "forc"; in ASCII text the
    pattern's case-insensitivity is ASCII's, so a text whose lower case holds none of the three
    cannot match, and three ``in`` scans cost far less than the search, which almost never
    finds anything. Other text is searched as before: there ``re.I`` also folds "ı" and "ſ".)"""
    if words.isascii():
        lower = words.lower()
        if "army" not in lower and "forc" not in lower and "military" not in lower:
            return False
    return _INTO_THE_ARMY_EN.search(words) is not None


# (English) how far after "suspended from" the bloc may be named ("from all activities of the
# African Union", "from the institutions of ECOWAS")
_SUSPENDED_FROM_REACH_EN: Final = 6


def _bloc_suspended_from_en(s: Sentence, after: int, placed: list[Placed]) -> Placed | None:
    """(English) The bloc of states named right after "from" that follows a passive "suspended"
    ending before ``after`` ("was suspended from ECOWAS", "has been suspended from all activities
    of the African Union"), with no comma between; else None."""
    if after >= len(s.norms) or s.norms[after] != "from":
        return None
    return next((p for p in placed if after < p.first <= after + _SUSPENDED_FROM_REACH_EN
                 and is_bloc_of_states(p.entity.id)
                 and not any(comma_before(s, k) for k in range(after + 1, p.first + 1))), None)


def _army_named_before(s: Sentence, after: int, named: list[EntityResult], into_it: bool = False) -> EntityResult | None:
    """(English) The one state the sentence before named, when the army the fighters go into is
    named only by a definite common noun right after the trigger ("into the army", "into the new
    force") or by the trigger's own "it" (``into_it``: "were integrated into it"); else None.
    (The caller passes over a sentence that names only a guest or a go-between:
    ``_Article.past_guests``.)"""
    if not into_it and 0 < after <= len(s.norms) and s.norms[after - 1] in _INTO_WORDS_EN:
        after -= 1  # (a trigger ending in its own "into": "incorporated into the army")
    if not into_it and (
        after >= len(s.starts) or not _INTO_THE_ARMY_EN.match(s.text[s.starts[after]:s.starts[after] + 48])
    ):
        return None
    states = {}
    at = s.starts[min(after, len(s.starts)) - 1]
    for e in named:
        if s.text and _in_opening_apposition_en(e, at, s.text):
            continue  # ("The Afghan Local Police, the force set up with American money, …": not America's army)
        # (a town named before stands for its state: "The rebels controlled Goma for a year. Their
        # fighters were integrated into the army": the Congolese army, not Goma's)
        state = (country_of(e.id) or e) if e.type == "GPE" and city_of_a_state(e) else (
            e if e.type == "GPE" else country_of(e.id) if e.type == "ORG" else None)
        if state is not None and state.type == "GPE":
            states[state.id] = state
    if len(states) != 1:
        return None
    state = next(iter(states.values()))
    return state if isinstance(state, EntityResult) else entity_of(state)


# (English) the head of a sentence up to a mention inside the apposition that follows its
# opening subject: "Falintil, the guerrilla army that fought Indonesian", "The Afghan Local Police,
# the village defence force set up with American" (the subject's first comma opens a phrase on
# "the", "a" or "an" that has not closed yet)
_OPENING_APPOSITION_EN: Final = re.compile(r"[A-Z][^,.;:!?\n]{0,60}, (?:the|a|an) [^,;:!?\n]*")
# (and what follows that mention up to the comma that closes the phrase)
_APPOSITION_CLOSES_EN: Final = re.compile(r"[^,;:!?\n]{0,80},")
_SENTENCE_GAP_EN: Final = re.compile(r"(?:[.!?][\"'\u201d\u2019]?\s+|\n\s*)")
_OPENING_REACH_EN: Final = 240  # characters looked back for the sentence's start


def _in_opening_apposition_en(e: EntityResult, before: int, text: str) -> bool:
    """(English) Whether ``e``'s last mention before offset ``before`` stands in the apposition
    set off by commas after the subject that opens its sentence ("The Afghan Local Police, the
    village defence force set up with American money a decade ago, is being dissolved"): what the
    subject was, not the state whose army takes its men in."""
    last = max((m for m in e.mentions if m.start < before), key=lambda m: m.start, default=None)
    if last is None:
        return False
    lo = max(0, last.start - _OPENING_REACH_EN)
    opening = lo
    for gap in _SENTENCE_GAP_EN.finditer(text, lo, last.start):
        opening = gap.end()
    if opening == lo and lo > 0:
        return False  # (the sentence's start is out of reach)
    return _OPENING_APPOSITION_EN.fullmatch(text, opening, last.start) is not None and (
        _APPOSITION_CLOSES_EN.match(text, last.end) is not None
    )


# (Arabic, normalised) the last word of an army named by its bare noun ("في الجيش", "في صفوف
# الجيش", "في القوات المسلحة")
_BARE_ARMY_ENDS_AR: Final = frozenset({"الجيش", "المسلحه"})
# the same as written, for a sentence's words before they are read
_BARE_ARMY_WORDS_AR: Final = ("الجيش", "المسلحة", "المسلحه")
# how far after the trigger that army may stand ("يدمج نحو أربعمئة مقاتل آخرين من التنظيم في الجيش")
_BARE_ARMY_REACH_AR: Final = 12


def _bare_army_after_ar(s: Sentence, after: int, placed: list[Placed]) -> bool:
    """(Arabic) Whether the army the fighters go into is named after the trigger by its bare
    definite noun, with no state's name or adjective after it ("في الجيش الشهر المقبل", not "في
    الجيش الصومالي"): the army of a state the report has named before."""
    k = s.first("army_into", after, min(len(s.norms), after + _BARE_ARMY_REACH_AR))
    if k < 0:
        return False
    end = next((m for m in range(k, min(len(s.norms), k + 4)) if s.norms[m] in _BARE_ARMY_ENDS_AR), -1)
    return end >= 0 and not any(p.first <= end + 1 and p.last >= k for p in placed)


def _not_venues_en(s: Sentence, named: list[Placed]) -> list[EntityResult]:
    """(English) The entities of ``named``, less the places told as where something was done
    ("signed an agreement in Khartoum on Sunday under which the faction's fighters will be
    integrated into the country's unified forces": the talks' host is not the country) when a
    party is named beside them."""
    venues = [p for p in named if p.entity.type == "GPE" and p.first > 0 and s.norms[p.first - 1] == "in"]
    if venues and len(venues) < len(named):
        return [p.entity for p in named if p not in venues]
    return [p.entity for p in named]


# (English) what a guest or a go-between does at a signing
_GUESTS_EN: Final = re.compile(r"\b(?:attended|attends|mediated|mediates|brokered|brokers|hosted|hosts|witnessed|"
                        r"witnesses|welcomed|welcomes)\b")


def _government_paid(s: Sentence, t: int, span: int, placed: list[Placed], roles: Roles) -> None:
    """(English) "stop all payments to the government of Haiti": the state (or the leader, with
    the state he heads) whose government the payments went to is the target."""
    cue = s.first("payments_to_government", t + span, min(len(s.norms), t + span + 3))
    if cue < 0:
        return
    whose = next((p.entity for p in placed if cue < p.first <= cue + 8 and p.entity.type in ("GPE", "PERSON")), None)
    if whose is None:
        return
    roles.targets.append(whose)
    if whose.type == "PERSON" and heads_state(whose.id) and (state := country_of(whose.id)) is not None:
        roles.targets.append(entity_of(state))


def _law_waived_for(s: Sentence, t: int, span: int, placed: list[Placed], roles: Roles) -> None:
    """(English) "waived the Jackson-Vanik amendment for the Soviet Union", "waived Section 907 of
    the Freedom Support Act for Azerbaijan": a sanctions statute named right after the verb bars
    trade with the state it is waived "for" (elsewhere "for" gives a reason, not a target)."""
    law = s.first("sanctions_law", t + span, min(len(s.norms), t + span + 3))
    if law < 0:
        return
    for j in range(law + 1, min(len(s.norms) - 1, law + 8)):
        if s.norms[j] != "for":
            continue
        after = (j + 1, j + 2) if s.norms[j + 1] in _ARTICLES_EN else (j + 1,)
        state = next((p.entity for p in placed if p.first in after and p.entity.type == "GPE"), None)
        if state is not None:
            roles.targets.append(state)
        return


# a base named by its own name: "to reinforce the Palmerola air base", "the bases of the Southern
# Command at Howard, Albrook and Fort Clayton"
_NAMED_BASE_EN: Final = re.compile(r"\b[A-Z][a-z]+ (?:air |naval |military |army )?(?:base|airbase|air station)\b|"
                            r"\bbases of the\b")


def _host_named_before(roles: Roles, named: list[EntityResult]) -> None:
    """(English) Troops sent to a base named by its own name, with no state named beside it:
    the one foreign state the sentence before named hosts them ("Honduras protested on Monday.
    The Pentagon is sending 800 more troops to reinforce the Palmerola air base")."""
    homes = {_state_id(a) for a in roles.actors}
    hosts = {e.id: e for e in named if e.type == "GPE" and e.id not in homes and _state_id(e) == e.id}
    if len(hosts) == 1:
        roles.targets.append(next(iter(hosts.values())))


def _add_hosts_state(roles: Roles) -> None:
    """"Australian troops arrived in Honiara", "وصلت القوات إلى بانغي": the state of the city the
    troops reach hosts them, a target beside the city (the gold names the host state). Not a
    territory whose control is its own story ("the Gaza Strip", "the West Bank", "the Golan
    Heights"): that is named as it is."""
    for e in list(roles.targets):
        state = country_of(e.id) if e.type in ("GPE", "LOC", "FAC") and not _TERRITORY.search(e.name) else None
        if state is None or state.type != "GPE" or state.id == e.id or any(
            state.id == x.id for x in roles.actors + roles.targets
        ):
            continue
        roles.targets.append(entity_of(state))


# (Arabic) the office words that head a subject's name ("وزراء خارجية الاتحاد الأوروبي")
# (normalised as ``Sentence.norms`` are: "رئيس" is read "رييس", "زعماء" "زعماء"; "الرئيس" heads a
# president's name: "وقع سيادة الرئيس محمود عباس وجلالة الملك …")
_SUBJECT_HEADS_AR: Final = frozenset(normalize_word(w) for w in (
    "وزراء", "وزير", "وزيرا", "وزيري", "رئيس", "رئيسا", "رئيسي", "الرئيس", "قادة", "زعماء", "خارجية", "حكومة",
    "حكومتا", "مجلس", "سفراء", "ممثلو", "ممثلي"))
# a recent time told by its unit and "past" ("الأسبوع الماضي", "العام الماضي"), normalised
_RECENT_UNITS_AR: Final = frozenset({"الاسبوع", "الشهر", "العام"})
_PAST_AR: Final = frozenset({"الماضي", "المنصرم"})
# the share of a whole named before it ("جانبا من القيود", "جزءا من العقوبات"), in normalised spelling
_PARTITIVES_AR: Final = frozenset({"جانبا", "جزءا", "جزء", "قسما", "بعض", "معظم", "اغلب", "غالبيه"})


def _partitive_words_ar(s: Sentence, lo: int, hi: int) -> int:
    """How many words in [lo, hi) name a share of what follows: the share's noun and the "من"
    after it."""
    return sum(1 + (k + 1 < len(s.norms) and s.norms[k + 1] == "من")
               for k in range(lo, hi) if s.norms[k] in _PARTITIVES_AR)


_HONORIFICS_AR: Final = frozenset({"صاحب", "السمو", "سمو", "الملكي", "الامير", "الشيخ", "جلاله", "فخامه", "معالي",
                            "سعاده", "سياده", "عطوفه", "دوله", "ولي", "العهد", "خادم", "الحرمين", "الشريفين", "الملك"})
_BEFORE_A_NOUN_PHRASE_AR: Final = frozenset({"من", "في", "بعد", "قبل", "منذ", "عقب", "اثر", "مع", "علي", "الي", "عن"})
# (Arabic) a meeting the subject holds ("في اجتماعهم", "في قمتهم", "في ختام اجتماعهم")
_MEETING_AR: Final = ("اجتماع", "قمه", "قمت", "لقاء", "جلسه", "جلست", "ختام", "دوره", "مؤتمر")
_TERRITORY: Final = re.compile(r"\b(?:Strip|Bank|Heights)$")
_ARTICLES_EN: Final = frozenset({"the", "a", "an"})
_CITY_WORDS_AR: Final = frozenset({"مدينه", "العاصمه", "منتجع"})  # "في مدينة سوتشي"
_SANCTIONS_STORY: Final = re.compile(r"\bsanction", re.IGNORECASE)
# the sanctions a sentence names that "those measures" of the next may stand for
_SANCTIONS_BEFORE: Final = re.compile(
    r"\b(?:sanctions|embargo(?:es)?|asset freezes?|freeze on (?:the )?assets|travel bans?|entry bans?|visa bans?"
    r"|restrictive measures|measures? (?:it|they) (?:had )?imposed)\b", re.IGNORECASE)


_MEASURES_BACK_EN: Final = re.compile(r"\b(?:those|these|such|the same|both|the) measures\b", re.IGNORECASE)


def _sanctions_story_event(found: list[_Found], spans: list[tuple[int, int]], s_start: int) -> _Found | None:
    """The last sanctions event found in the two sentences before the one at ``s_start``."""
    k = bisect_left(spans, (s_start, -1))
    since = spans[max(0, k - 2)][0]
    return next((f for f in reversed(found) if family(f.type) == "sanctions" and since <= f.evidence.start < s_start
                 and (f.actors or f.targets)), None)


_GROUPING_NOUNS_EN: Final = frozenset({"alliance", "coalition", "network", "league", "association", "union", "group"})
_LOCAL_PLACES_EN: Final = frozenset({"cities", "towns", "municipalities", "mayors", "councils", "regions", "villages"})


# the domains of an integration that is not of armed forces: "regional integration", "the ministry
# of European integration", "Euro-Atlantic integration", "economic integration"
_CIVIL_INTEGRATION_EN: Final = frozenset({
    "regional", "economic", "european", "euro-atlantic", "atlantic", "african", "continental", "monetary",
    "market", "trade", "social", "political", "digital", "caribbean", "eurasian", "financial", "fiscal",
})


def _civil_integration_en(s: Sentence, t: int) -> bool:
    """(English) Whether the noun "integration" at token ``t`` is named by a civil domain right
    before it ("Rwanda's minister of state for regional integration and a former army chief"):
    a title or a policy of states drawing closer, which the army named near it does not make a
    merger of forces."""
    return s.norms[t] == "integration" and t > 0 and s.norms[t - 1] in _CIVIL_INTEGRATION_EN


def _body_of_cities_en(s: Sentence, k: int) -> bool:
    """(English) Whether the body joined, named within six words from token ``k``, is one "of
    cities" (of towns, mayors, municipalities), one adjective maybe between: "a European alliance
    of cities that are testing low-emission zones", "a coalition of port cities"."""
    for j in range(k, min(len(s.norms) - 2, k + 6)):
        if s.norms[j] in _GROUPING_NOUNS_EN and s.norms[j + 1] == "of" and (
            s.norms[j + 2] in _LOCAL_PLACES_EN or j + 3 < len(s.norms) and s.norms[j + 3] in _LOCAL_PLACES_EN
        ):
            return True
    return False


def _peacekeeping_force_en(s: Sentence, k: int) -> bool:
    """(English) Whether what is joined, from token ``k``, is a peacekeeping force or mission ("to
    join the UN peacekeeping force in Lebanon"): soldiers sent to serve in it, no state becoming a
    member of a body (a coalition's mission joined stays a joining: "Britain joined the US-led
    maritime mission in the Gulf")."""
    for j in range(k, min(len(s.norms), k + 5)):
        if s.norms[j] in ("peacekeeping", "peacekeepers"):
            return True
        if s.norms[j] in ("of", "in", "to", "as", "on"):
            return False
    return False


def _troops_join_en(s: Sentence, t: int) -> bool:
    """(English) Whether the subject right before the verb of joining at token ``t`` is a body of
    troops ("British troops joining the United Nations mission in South Sudan", "Irish soldiers
    joined the force in Lebanon"): soldiers sent to serve in a mission or a force, not their state
    becoming a member of a body (which "Ireland joined ..." still tells)."""
    return s.first("presence_noun", max(0, t - 2), t) >= 0 and not comma_before(s, t)


def _destination_after_for_en(s: Sentence, k: int, placed: list[Placed]) -> bool:
    """(English) Whether a state's name (after "the" maybe) stands at token ``k``, right after the
    "for" of forces that "leave for" a place: "will leave for the Central African Republic"."""
    at = k + 1 if k < len(s.norms) and s.norms[k] == "the" else k
    return any(p.first == at and p.entity.type == "GPE" for p in placed)


def _possessive_marks_en(s: Sentence, lo: int, hi: int) -> int:
    """(English) How many tokens in [lo, hi) are the "s" of a possessive ("the country's"): an
    apostrophe, straight or curly, right before it."""
    return sum(1 for k in range(max(lo, 1), hi)
               if s.norms[k] == "s" and s.text[s.ends[k - 1]:s.starts[k]] in ("'", "’"))


_INTEGRATION_NOUNS_EN: Final = frozenset({"integration", "merger"})
_SAYING_EN: Final = frozenset({"said", "says", "announced", "announces", "stated", "declared", "confirmed", "confirms"})


def _speaker_of_integration_noun_en(s: Sentence, t: int, placed: list[Placed]) -> EntityResult | None:
    """(English) "Mozambique's interior ministry said that the integration of the Renamo militias
    into the police is under way": an integration told as a noun in the clause a verb of saying
    reports is the speaker's state's (a state named at most four words before the verb, and no
    other clause between the verb and "the integration")."""
    if s.norms[t] not in _INTEGRATION_NOUNS_EN or t < 3 or s.norms[t - 1] != "the":
        return None
    said = next((i for i in range(t - 2, max(0, t - 7), -1) if s.norms[i] in _SAYING_EN), -1)
    if said < 1 or any(s.norms[i] in ("and", "but", "while", "after") for i in range(said + 1, t - 1)):
        return None
    return next((p.entity for p in reversed(placed)
                 if p.last < said and said - p.last <= 4 and p.entity.type == "GPE"), None)


_FORCES_PRONOUNS_EN: Final = frozenset({"their", "its"})


def _state_of_forces_before_pronoun_en(s: Sentence, t: int, placed: list[Placed]) -> EntityResult | None:
    """(English) "Syria's armed factions have agreed to dissolve, and their fighters will be
    integrated into the Ministry of Defence": an integration whose subject opens with a possessive
    pronoun after "and" ("their fighters") is of the state whose armed force the sentence named
    before it in the possessive ("Syria's armed factions"; the only state before the pronoun)."""
    r = next((i for i in range(t - 1, max(0, t - 6), -1) if s.norms[i] in _FORCES_PRONOUNS_EN), -1)
    if r < 2 or s.norms[r - 1] != "and":
        return None
    states = [p for p in placed if p.last < r and p.entity.type == "GPE"]
    if len(states) != 1:
        return None
    k = states[0].last + 1  # the possessive's "s"
    if k + 1 >= r or s.norms[k] != "s" or not any("army_noun" in s.tags[j] for j in range(k + 1, min(r, k + 4))):
        return None
    return states[0].entity


# the measures named in the sentence before as "they" may stand for them
_MEASURES_NAMED_EN: Final = re.compile(r"\b(?:measures|sanctions|penalties|restrictions)\b", re.IGNORECASE)
_OWN_MEASURES_EN: Final = re.compile(r"\b(?:measures|sanctions|penalties|restrictions)\b")


def _they_for_the_measures_en(s: Sentence, t: int) -> bool:
    """(English) Whether "They" opens the sentence as the trigger's subject ("They freeze any
    assets …", "They also ban travel …") right after a sentence that names the measures ("announced
    the measures", "the sanctions"): the pronoun stands for them (not when the sentence names
    measures of its own: "They will impose sanctions of their own" is said of states)."""
    if not s.norms or s.norms[0] != "they" or t > 3 or any(w not in _AFTER_AND_IT_EN for w in s.norms[1:t]):
        return False
    if _OWN_MEASURES_EN.search(s.text, s.start, s.end) is not None:
        return False  # (a law's name is no measure of the sentence's own: "the Special Economic Measures Act")
    return _MEASURES_NAMED_EN.search(_sentence_before(s)) is not None


def _sentence_before(s: Sentence) -> str:
    """The text of the sentence before ``s`` in its article (up to its full stop), else ""."""
    end = s.text.rfind(".", 0, s.start)
    if end < 0:
        return ""
    begin = max(s.text.rfind(".", 0, end), s.text.rfind("\n", 0, end)) + 1
    return s.text[begin:end]
# the verbs that undo an instrument, and the instruments whose content a relative clause tells
_UNDOING_EN: Final = frozenset({
    "lifted", "revoked", "revokes", "revoke", "revoking", "repealed", "repeals", "repeal", "repealing",
    "rescinded", "rescinds", "rescind", "rescinding", "scrapped", "scraps", "annulled", "annuls",
    "cancelled", "canceled", "cancels", "overturned", "overturns", "terminated", "terminates", "ended",
    "ends", "withdrew", "withdraws",
})
_INSTRUMENT_NOUNS_EN: Final = frozenset({
    "order", "orders", "decree", "decrees", "law", "laws", "act", "regulation", "regulations",
    "resolution", "resolutions", "directive", "directives", "proclamation", "ordinance", "decision",
})


def _revoked_instrument_imposed_en(s: Sentence, t: int) -> bool:
    """(English) Whether the imposition at ``t`` is told by a relative clause whose subject is an
    instrument that the clause's own verb undoes: "revoked the executive orders that imposed
    sanctions on Myanmar", "repealed the decree which imposed an embargo on Turkey". The
    imposition is what the instrument did once, the revocation is the news (its target taken
    from the clause); a pluperfect ("that had imposed") is already read as background."""
    norms = s.norms
    # the relative pronoun, its verb right after it: the trigger itself ("that imposed") or the
    # verb before a nominal one ("that imposed sweeping new sanctions")
    p = next((k for k in range(t - 1, max(0, t - 5) - 1, -1) if norms[k] in ("that", "which")), -1)
    if p < 2 or p + 1 > t or norms[p + 1] not in IMPOSED_EN:
        return False
    lo = max(clause_bounds(s, t)[0], p - 6)
    nouns = [k for k in range(lo, p) if norms[k] in _INSTRUMENT_NOUNS_EN or "sanctions_law" in s.tags[k]]
    return bool(nouns) and nouns[-1] >= p - 2 and any(norms[k] in _UNDOING_EN for k in range(lo, nouns[-1]))


_LIFTING_EN: Final = frozenset({"lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "removed",
                         "scrapped", "rescinded", "revoked", "repealed"})


# what a waiver is "from" when it is no body ("a waiver from its export controls")
_MEASURE_TAGS: Final = frozenset({"sanctions_noun", "sanctions_law", "export_controls"})


def _suspended_from_body(s: Sentence, k: int) -> bool:
    """Whether "from the/all/its …" follows a suspension at token ``k`` before any sanctions
    noun: "suspended Mali from all its activities", "the suspension of Niger from the organs"
    (not "the suspension of sanctions from the start of May", nor "waivers from the sanctions on
    Venezuelan oil": the measures themselves a few words after "from the")."""
    n = len(s.norms)
    for j in range(k, min(n - 1, k + 5)):
        if "sanctions_noun" in s.tags[j] or "sanctions_law" in s.tags[j]:
            return False
        if s.norms[j] == "from":
            return s.norms[j + 1] in ("the", "all", "its", "their") and not any(
                not _MEASURE_TAGS.isdisjoint(s.tags[i]) for i in range(j + 2, min(n, j + 5)))
    return False


def _designated_as_other(s: Sentence, k: int) -> bool:
    """(English) Whether "as" and the status a designation gives follow within the clause, and
    the status is none of a listing's ("as a terrorist organisation", "as a state sponsor", "as
    a military end user"): "designated the plants as validated end users", "as a major non-NATO
    ally", "as a strategic partner" name a favour or a role, not a sanction. ``k`` is the token
    after the trigger, which is past the end when the trigger closes its sentence."""
    if k >= len(s.norms):
        return False  # "… which Washington has since designated": nothing follows, no status
    hi = min(clause_bounds(s, k)[1], k + 12)
    if s.first("ally_status", k, hi) >= 0:
        return True  # "designate Pakistan a major non-NATO ally": a status given without "as"
    at = next((j for j in range(k, hi) if s.norms[j] == "as"), -1)
    if at < 0:
        return False
    end = min(len(s.norms), at + 7)
    return all(s.first(g, at + 1, end) < 0 for g in ("hostile_status", "designation_object", "blacklist_noun",
                                                        "sanctions_noun"))


def _passive(lex: Lexicon, s: Sentence, t: int) -> bool:
    if lex.lang == "ar":
        return t > 0 and "passive_aux" in s.tags[t - 1]
    if not s.norms[t].endswith(_PASSIVE_ENDINGS):
        return False
    if s.norms[t] in _LISTING and t + 1 < len(s.norms) and s.norms[t + 1] in _LISTING_NEXT:
        return True  # "16 individuals added to a U.N. blacklist": no object, so a passive
    return any("passive_aux" in s.tags[k] for k in range(max(0, t - 2), t))


_RESTRICTIONS_EN: Final = frozenset({"restrictions", "restriction", "curbs", "limits", "controls"})


# (English) what a state receives, named before "to" and the state: "military assistance to Egypt"
_AID_NOUNS_EN: Final = frozenset({"assistance", "aid", "financing", "loans", "training"})
# and arms trade to a state ("arms sales to Taiwan"; not "sugar exports to Bangladesh": trade policy)
_TRADE_NOUNS_EN: Final = frozenset({"sales", "transfers", "exports", "deliveries"})
_ARMS_WORDS_EN: Final = frozenset({"arms", "weapons", "military", "defence", "defense"})
_AID_REACH_EN: Final = 12  # ("the restrictions that Congress placed on military assistance to Uzbekistan")


def _aid_recipient_en(s: Sentence, lo: int, hi: int, placed: list[Placed]) -> Placed | None:
    """(English) The state named as where aid or arms go, within reach after the trigger: "the
    restrictions … on military assistance to Uzbekistan", "curbs on arms sales to Taiwan" (a
    state right after "to", or after "to the")."""
    for k in range(lo, min(hi, lo + _AID_REACH_EN) - 1):
        aid = s.norms[k - 1] in _AID_NOUNS_EN or (s.norms[k - 1] in _TRADE_NOUNS_EN and s.norms[k - 2] in _ARMS_WORDS_EN)
        if s.norms[k] != "to" or not aid:
            continue
        at = k + 2 if s.norms[k + 1] == "the" else k + 1
        return next((p for p in placed if p.first == at and p.entity.type == "GPE"), None)
    return None


def _only_restrictions(s: Sentence, clause: tuple[int, int]) -> bool:
    """(English) Whether the clause's only sanctions word is "restrictions": no "sanctions",
    "embargo" or named sanctions law in it."""
    lo, hi = clause
    return (s.first("sanctions_noun_strict", lo, hi) < 0 and s.first("sanctions_law", lo, hi) < 0
            and not _RESTRICTIONS_EN.isdisjoint(s.norms[lo:hi]))


def _ruined_en(s: Sentence, t: int, placed: list[Placed], verb: str = "ruin_verb") -> EntityResult | None:
    """(English) The state whose ruin is threatened: the name right after the ruin's verb ("to
    devastate Turkey economically", "to destroy Iran's economy"); with ``verb`` another group of
    such verbs ("to withdraw Sri Lanka's trade preferences", "to strip Myanmar of its ...")."""
    k = s.first(verb, t + 1, t + 8)
    if k < 0:
        return None
    return next((p.entity for p in placed if p.first == k + 2 and p.entity.type == "GPE"), None)


_MEASURE_WORDS_EN: Final = frozenset({"measures", "measure"})
_MEASURES_DETERMINERS_EN: Final = frozenset({"the", "its", "their", "those", "these", "all"})


def _only_measures(s: Sentence, clause: tuple[int, int]) -> bool:
    """(English) Whether the clause's only sanctions words are a bare "measure(s)" told by what
    was done with them ("the measures it imposed", ``en.cues.yaml``): no "sanctions", "embargo"
    or named sanctions law in it."""
    lo, hi = clause
    at = [k for k in s.where.get("sanctions_noun", ()) if lo <= k < hi]
    return bool(at) and all(s.norms[k] in _MEASURE_WORDS_EN for k in at) and (
        s.first("sanctions_noun_strict", lo, hi) < 0 and s.first("sanctions_law", lo, hi) < 0)


def _measures_on_a_name_en(s: Sentence, text: str, clause: tuple[int, int], placed: list[Placed]) -> bool:
    """(English) Whether a bare measure of the clause is told with its determiner ("the measures
    it imposed", not "the lockdown measures imposed") and is on a name: the first "on" after it
    (past a date: "imposed in 2007 on Banco Delta Asia") opens a capitalised name that is no city,
    a capital either ("on Kosovo", not "on lending", "on travellers from India" or "on Shanghai")."""
    lo, hi = clause
    for m in (k for k in s.where.get("sanctions_noun", ()) if lo < k < hi and s.norms[k] in _MEASURE_WORDS_EN):
        if s.norms[m - 1] not in _MEASURES_DETERMINERS_EN:
            continue
        on = next((k for k in range(m + 1, min(hi, m + 8)) if s.norms[k] == "on"), -1)
        name = on + 1 + (on + 1 < hi and s.norms[on + 1] == "the")
        if on < 0 or name >= hi or not text[s.starts[name]].isupper():
            continue
        if not any(p.first == name and str(p.entity.id).startswith(_CITY_IDS) for p in placed):
            return True  # (a capital too: "the measures it imposed on Nairobi during the pandemic")
    return False


def _governments_of(s: Sentence, text: str, roles: Roles) -> tuple[EntityResult, ...]:
    """(English) The heads of state named as "the government of (President) X"."""
    out = []
    for e in roles.actors + roles.targets:
        p = roles.via.get(id(e))
        if p is not None and e.type == "PERSON" and _GOVERNMENT_OF.search(text, max(0, s.starts[p.first] - 30), s.starts[p.first]):
            out.append(e)
    return tuple(out)


# (English) a state's own army or guard named as such, deployed with no host named: at home
# (the soldiers of a named army or guard: "Soldiers of the Sri Lanka Army, who were deployed across
# the district"; not "the People's Liberation Army's support base" abroad)
_HOME_FORCE_EN: Final = re.compile(r"\b(?:[Ss]oldiers|[Tt]roops|[Mm]embers|[Pp]ersonnel|[Uu]nits) of the (?:[A-Z][\w.'-]+ ){1,3}"
                            r"(?:Army|National Guard)\b")
# aircraft and ships on their way (``military.presence``: "have flown to Misawa Air Base in Japan")
_TRAVEL_EN: Final = frozenset({"flown", "flew", "flies", "fly", "sailed", "sails", "sail"})
# work that armies do at home after a disaster (with no host named, no presence abroad)
_RELIEF_WORK_EN: Final = re.compile(r"\b(?:flood(?:s|ed|ing)?|cyclone|earthquake|wildfires?|landslides?|relief (?:efforts|work)"
                             r"|rescue (?:efforts|operations)|clear(?:ing)? the (?:roads|sand|debris|rubble))\b", re.I)
# arms given to another state's forces ("as part of a military aid package", "as aid", "under the
# latest security assistance package"), not a force of the sender's own; only in the trigger's own
# clause (not "deployed 3,000 troops to Poland, and Congress is debating a military aid package")
_ARMS_AID_EN: Final = re.compile(r"\b(?:as|under|in) (?:part of )?(?:(?:a|an|the|its|their) )?(?:(?:new|latest|additional"
                                 r"|further|next) )?(?:(?:military|security|defen[cs]e|weapons|arms) )?(?:aid|assistance)\b",
                                 re.I)
_ARMS_AID_REACH: Final = 14  # words after the trigger


def _handed_over_as_aid_en(text: str, s: Sentence, after: int) -> bool:
    """(English) Whether the clause right after a deployment's trigger (from the token ``after``)
    says the things sent are aid: "will send 15 helicopters to Ukraine as military aid"."""
    if after >= len(s.norms):
        return False
    start = s.starts[after]
    end = s.ends[min(len(s.norms), after + _ARMS_AID_REACH) - 1]
    stop = min((i for i in (text.find(",", start, end), text.find(";", start, end)) if i >= 0), default=end)
    return _ARMS_AID_EN.search(text, start, stop) is not None


_GOVERNMENT_OF: Final = re.compile(r"\b(?:government|administration|regime) of (?:(?:President|Prime Minister|King|Emir) )?$", re.I)


def _forces_let_in(s: Sentence, k: int, placed: list[Placed]) -> Placed | None:
    """(English) The state named (as a demonym or a name) right before a forces noun that opens
    the object at ``k``: "allows [American] troops to use", "permits [the US] military to…"."""
    for p in placed:
        if p.entity.type != "GPE" or not k <= p.first <= k + 1 or p.first == k + 1 and s.norms[k] != "the":
            continue
        if p.last + 1 < len(s.norms) and "base_noun" in s.tags[p.last + 1]:
            return p
    return None


_SPAN_OPENERS_AR: Final = frozenset({"منذ", "قبل"})


def _span_since_ar(s: Sentence, k: int) -> int:
    """(Arabic) The length of a span of time told from token ``k`` ("منذ أربع سنوات", "قبل
    عامين", "الأسبوع الماضي"), or 0."""
    if k + 1 < len(s.norms) and s.norms[k] in _RECENT_UNITS_AR and s.norms[k + 1] in _PAST_AR:
        return 2
    if k >= len(s.norms) or s.norms[k] not in _SPAN_OPENERS_AR:
        return 0
    end = next((m for m in range(k + 1, min(len(s.norms), k + 4)) if s.norms[m] in _UNITS), -1)
    return end - k + 1 if end > 0 else 0


def _sanctions_of_relative_en(s: Sentence, i: int, placed: list[Placed]) -> bool:
    """(English) Whether the verb at ``i`` closes a relative clause on sanctions named before it,
    its own subject a state or a body named between: "The sanctions that Washington imposed on
    Turkey", "the embargo, which the EU lifted on Friday" (the noun, then "that" or "which", then
    the subject right before the verb)."""
    r = next((k for k in range(i - 1, max(0, i - 7), -1) if s.norms[k] in ("that", "which")), -1)
    if r < 1 or "sanctions_noun_strict" not in s.tags[r - 1] and not (
            r > 1 and "sanctions_noun_strict" in s.tags[r - 2] and comma_before(s, r)):
        return False
    return any(p.first > r and p.last == i - 1 and p.entity.type in ("GPE", "ORG") for p in placed) and (
        _day_in_clause(s, i))


def _day_in_clause(s: Sentence, i: int) -> bool:
    """Whether a day of the news follows the relative clause's verb at ``i`` in its own clause
    (within ten words, no comma between): "that Washington imposed on Turkey on Monday" (not
    "Bush on Saturday lifted the sanctions that the United States imposed … in May 1998")."""
    for m in range(i + 1, min(len(s.norms), i + 11)):
        if comma_before(s, m):
            return False
        if "fresh_time" in s.tags[m] and s.norms[m] not in ("on", "now"):  # ("imposed on Pakistan")
            return True
    return False


def _sanctions_of_relative_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the verb at ``i`` opens a relative clause on sanctions named right before
    it: "العقوبات التي فرضتها واشنطن", "العقوبات الأمريكية التي رفعتها" (the noun, maybe one
    adjective, then «التي»)."""
    return i > 1 and s.norms[i - 1] in ("التي", "الذي") and any(
        "sanctions_noun_strict" in s.tags[k] or "sanctions_noun" in s.tags[k] for k in range(max(0, i - 3), i - 1)
    ) and _day_in_clause(s, i)


_JOINED_EN: Final = frozenset({"join", "joins", "joined", "joining"})


def _joined_in_an_act_en(s: Sentence, k: int) -> bool:
    """(English) Whether the verb of joining before token ``k`` joins others in an act, not a
    body: "Norway joined the EU in imposing sanctions on Russia", "joined France in calling for"
    ("in" and a verb's -ing form within eight words, no comma between)."""
    for m in range(k, min(len(s.norms) - 1, k + 8)):
        if m > k and comma_before(s, m):
            return False
        if s.norms[m] == "in" and s.norms[m + 1].endswith("ing") and len(s.norms[m + 1]) > 5 and (
                s.norms[m + 1] not in _ING_NOUNS_EN and not s.tags[m + 1]):
            return True
    return False


_ITS_EN: Final = frozenset({"its", "their"})


def _opens_a_known_name(placed: list[Placed], i: int) -> bool:
    """(English) Whether token ``i`` is the first word of a state's or a body's name of several
    words that the knowledge base knows ("United" in "the United States", "the United Nations"):
    a word of the name, not a verb."""
    return any(p.first == i < p.last and p.entity.type in ("GPE", "ORG") for p in placed)


def _member_of_a_business_alliance_en(s: Sentence, i: int, hi: int) -> bool:
    """(English) Whether the membership told at the verb ``i`` ("becoming its fourteenth full
    member") is of a business alliance joined earlier in the sentence: "its" before the member noun
    points back, and the grouping before the verb is an airline's or an industry's ("Royal Air Maroc
    joined the oneworld alliance on Wednesday, becoming its fourteenth member")."""
    member = s.first("member_noun", i + 1, min(hi, len(s.norms)))
    if member < 0 or not any(s.norms[k] in _ITS_EN for k in range(i + 1, member)):
        return False
    return any(i - 12 <= k < i for k in s.where.get("not_alliance_noun", ()))


def _business_coalition_ar(s: Sentence, lo: int, window: int) -> bool:
    """(Arabic) A coalition of firms within the window after a verb of joining ("انضمامها إلى
    تحالف دولي من شركات الاتصالات"): a business venture, however the coalition is qualified
    before its members are named, not an alliance of states."""
    return any(lo <= k < lo + window for k in s.where.get("not_alliance_noun", ()))


# (Arabic) a coalition of firms a sentence tells someone joined: "انضمامها إلى تحالف عالمي لشركات
# الطيران", "انضمت إلى تحالف دولي من شركات الاتصالات", "انضمت إلى تحالف شركات"
_BUSINESS_COALITION_JOINED_AR: Final = re.compile(
    r"انضم\S*\s+(?:\S+\s+){0,3}?إلى\s+(?:ال)?تحالف(?:\s+\S+){0,3}?\s+"
    r"(?:(?:ل|لل|من\s+(?:ال)?)(?:شركات|مصارف|بنوك|مستثمرين)|شركات)")


def _business_coalition_before_ar(s: Sentence, lo: int) -> bool:
    """(Arabic) Whether the coalition joined right after the verb is only "التحالف", the one the
    sentence before told someone joined as a coalition of firms: "أعلنت ناقلة جوية انضمامها إلى تحالف عالمي لشركات
    الطيران. وقال رئيسها إن الانضمام إلى التحالف سيضيف مئتي وجهة" (the same business venture told
    again, not an alliance of states)."""
    k = next((k for k in range(lo, min(len(s.norms), lo + 3)) if "alliance_noun" in s.tags[k]), -1)
    # (bare: no adjective after it, which would agree with it by "ال": "التحالف الدولي لأمن الملاحة"
    # is another coalition, named)
    return k >= 0 and s.norms[k] == "التحالف" and (k + 1 == len(s.norms) or not s.norms[k + 1].startswith("ال")) \
        and _BUSINESS_COALITION_JOINED_AR.search(_sentence_before(s)) is not None


def _joined_in_an_act_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether the verb of joining before token ``k`` joins others in an act: "انضمت
    النرويج إلى الاتحاد الأوروبي في فرض عقوبات على روسيا" («في» and the act's verbal noun within
    eight words, no comma between; not "انضمت إلى التحالف في الحرب على داعش", a coalition's war)."""
    for m in range(k, min(len(s.norms) - 1, k + 8)):
        if m > k and comma_before(s, m):
            return False
        if s.norms[m] == "في" and s.norms[m + 1] in _ACT_MASDARS_AR:
            return True
    return False


# the verbal nouns of the acts one state joins others in
_ACT_MASDARS_AR: Final = frozenset(normalize_word(w) for w in (
    "فرض", "رفع", "تمديد", "تعليق", "تخفيف", "إدانة", "الدعوة", "دعوة", "المطالبة", "مطالبة", "رفض", "التنديد",
    "تنديد", "مقاطعة", "تجميد", "حظر", "إدراج", "تصنيف"))


# nouns and names in -ing after "in" that date or place a joining ("joined NATO in spring")
_ING_NOUNS_EN: Final = frozenset({"spring", "morning", "evening", "beijing", "nanjing", "kunming", "wyoming", "reading",
                           "wellington", "darjeeling", "nothing"})


def _joined_in_the_act_en(s: Sentence, t: int, placed: list[Placed], roles: Roles) -> None:
    """(English) "Britain on Tuesday joined the US in imposing sanctions on the Houthi leaders":
    who joins another in the act is one of its actors too (the state or body named last before
    "joined", within six words, the day between counting for nothing)."""
    k = next((k for k in range(t - 2, max(-1, t - 10), -1) if s.norms[k] in _JOINED_EN), -1)
    if k <= 0:
        return
    subject = next((p for p in reversed(placed) if k - 6 <= p.last < k and p.entity.type in ("GPE", "ORG")), None)
    if subject is not None and all(a.id != subject.entity.id for a in roles.actors):
        roles.actors.append(subject.entity)


def _condition_subject_is_the_target_en(s: Sentence, t: int, roles: Roles, placed: list[Placed]) -> None:
    """(English) "If Russia invades, the United States will impose severe sanctions": who must
    not do what the condition names, before the comma that ends it, is whom the threat is aimed
    at, not one who threatens."""
    k = s.last("conditional", max(0, t - 20), t)
    end = next((m for m in range(k + 1, t) if comma_before(s, m)), -1) if k >= 0 else -1
    if end < 0:
        return
    inside = [e for e in roles.actors if (p := roles.via.get(id(e))) is not None and k < p.first < end]
    if inside and len(inside) < len(roles.actors):
        roles.actors[:] = [e for e in roles.actors if e not in inside]
        roles.targets.extend(e for e in inside if all(x.id != e.id for x in roles.targets))
    if not roles.targets and (p := next((p for p in placed if k < p.first < end and p.entity.type == "GPE"
                                         and ":place:" not in (p.entity.id or "")  # (a state, not "talks in Geneva")
                                         and all(a.id != p.entity.id for a in roles.actors)), None)) is not None:
        roles.targets.append(p.entity)  # ("If Serbia recognises the vote, the EU will impose sanctions")


def _programme_parties(roles: Roles) -> None:
    """The parties a sanctions programme names, for an event that names them only inside it ("EU
    sanctions against Russia extended for six months", "مدد الاتحاد الأوروبي العقوبات الأوروبية على
    روسيا"): the states it is on as targets, its authority (the programme's ``country``) as the
    actor, where the sentence gives none of its own."""
    assert roles.instrument is not None
    if not roles.targets:
        roles.targets = [entity_of(t) for t in programme_targets(roles.instrument.id)]
    if not roles.actors and roles.targets and (authority := country_of(roles.instrument.id)) is not None:
        roles.actors = [entity_of(authority)]


def _two_blocs_of_states(parties: list[EntityResult]) -> bool:
    """Whether two or more blocs of states are parties ("the African Union and the European Union
    signed a security agreement", "EFTA and Mercosur sign free trade agreement"): an accord of their
    member states, with no state named (one bloc with a firm or a city is no accord of states)."""
    return len({e.id for e in parties if is_bloc_of_states(e.id)}) >= 2


def _plausible(event_type: str, roles: Roles, ar: bool = False, governments: tuple[EntityResult, ...] = ()) -> bool:
    """Enough participants, of the right kind, for a user to act on (``governments``: the heads
    of state named as "the government of X", who stand for their states)."""
    if not roles.actors and not roles.targets:
        return False
    if not roles.targets and not any(e.linked for e in roles.actors):
        return False  # "the ministry" doing something to nobody named: nothing to alert on
    fam = family(event_type)
    parties = roles.actors + roles.targets
    if fam in ("agreement", "relations"):
        # (Arabic) a head of state or government signs for the state: "وقع البرهان الاتفاق
        # الإطاري مع قوى الحرية والتغيير"; two known movements sign a peace or a reconciliation
        # (``Roles.peace``: "Fatah and Hamas signed a reconciliation deal in Cairo")
        # (in English only "the government of President Nicolas Maduro": the government he heads)
        # (Arabic) and a foreign or finance minister, known as one, signs for his state too: "وقع
        # … ووزير الخزانة الأمريكي ستيفن منوشين … على «إعلان اتفاقيات أبراهام»"
        return roles.peace or _two_blocs_of_states(parties) or any(
            e.type == "GPE" or e.type == "PERSON" and (
                heads_state(e.id) and (ar or any(e is g for g in governments))
                or ar and fam == "agreement" and heads_state(e.id, SANCTIONS_OFFICES))
            for e in parties)
    if fam == "alliance" and roles.fought_only:
        return False
    if not ar and fam == "alliance" and roles.targets and all(_CLUB_NAME.search(e.name) for e in roles.targets):
        return False  # "Bayern Munich winger Leroy Sane joined Juventus": a transfer
    if fam in ("alliance", "military"):
        if ar and fam == "alliance" and not roles.targets and not any(e.type == "GPE" for e in roles.actors):
            return False  # (Arabic) a party joining a list it does not name: an electoral alliance
        if ar and fam == "alliance" and roles.targets and not any(e.type == "GPE" for e in roles.actors) and all(
            e.type == "ORG" and country_of(e.id) is not None for e in roles.targets
        ):
            return False  # (Arabic) a movement joining one state's party or coalition: domestic politics
        if not ar and fam == "alliance" and roles.actors and roles.targets and all(
            e.type == "ORG" and country_of(e.id) is not None for e in parties
        ) and len({_state_id(e) for e in parties}) == 1:
            # "with 136 Republicans joining Democrats", "the Greens joined the ruling coalition":
            # one state's party, caucus or body siding with another of the same state is domestic
            # politics, not a state joining a bloc
            return False
        homes = {_state_id(a) for a in roles.actors} if fam == "military" else set()
        if len(homes) == 1 and roles.targets and all(
            e.type in ("GPE", "LOC") and _state_id(e) in homes - {None} for e in roles.targets
        ):
            # "بنشر قوات في … كركوك", "Nigerian troops were deployed to Maiduguri": a state's own
            # troops at home (a place: a warship of the state's own navy is where it deploys, not
            # its home; and every party of that state: Ankara and Doha agreeing on a base in Qatar
            # is a presence)
            return False
        # who joins or deploys must be a state or an organisation ("Sane joined Galatasaray" is not)
        return bool(roles.actors)
    return True


# the prepositions of where forces are ("in Ghana", "to Accra"; not "from the United States")
_WHERE_EN: Final = frozenset({"in", "to", "into", "at", "across", "inside", "within", "throughout"})


# (Arabic) the verbs of approving a sending or a deployment (its noun after "على": "وافق مجلس
# النواب، في جلسة سرية …، على إرسال عناصر من القوات المسلحة"), and those nouns
_APPROVING_AR: Final = frozenset(normalize_word(w) for w in (
    "وافق", "وافقت", "يوافق", "توافق", "صادق", "صادقت", "يصادق", "تصادق", "صوت", "صوتت", "يصوت", "تصوت"))
# (and a move: "وافق البرلمان على نقل طائرات … إلى قاعدة الأزرق")
_SENDING_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("إرسال", "نشر", "ارسال", "نقل"))


def _approved_sending_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is a sending's noun after "على", with an approving
    verb at most 25 tokens back (a subject and a session told at length between). The noun may
    be a sending again ("على إعادة نشر قوات"), or what a request granted asks for, its requester
    between ("وافق الرئيس على طلب وزير الدفاع إعادة نشر قوات"): still to be done."""
    if t < 2 or s.norms[t] not in _SENDING_NOUNS_AR:
        return False
    on = t - 2 if s.norms[t - 1] == _AGAIN_AR else t - 1
    if s.norms[on] != "علي":
        on = next((k for k in range(on - 1, max(0, on - _REQUESTER_REACH_AR) - 1, -1)
                   if s.norms[k] == "علي" and s.norms[k + 1] in _REQUEST_NOUNS_AR), -1)
        if on < 0:
            return False
    # ("وافق" is no "و" glued to "افق": the word as written first)
    return any(s.norms[k] in _APPROVING_AR or without_conjunction(s.norms[k]) in _APPROVING_AR
               for k in range(max(0, on - 25), on))


# (Arabic) "again" before a sending's noun ("إعادة نشر"); the nouns of a request a verb grants
# ("على طلب", "على اقتراح"), and how many words its requester may take before the sending
_AGAIN_AR: Final = normalize_word("إعادة")
_REQUEST_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("طلب", "اقتراح", "مقترح", "توصية"))
_REQUESTER_REACH_AR: Final = 8


# (Arabic) a police named as the subject of a deploying verb (a "military police" is a force)
_POLICE_AR: Final = frozenset(normalize_word(w) for w in ("شرطة", "الشرطة", "وشرطة", "والشرطة", "الدرك", "والدرك"))
_MILITARY_AR: Final = normalize_word("العسكرية")


def _police_deploys_ar(s: Sentence, t: int, span: int) -> bool:
    """(Arabic) Whether a police is the subject right after the verb at ``t`` ("نشرت شرطة
    محافظة الإسكندرية قوات") or just before it ("الشرطة تنشر"), not a military police."""
    for k in (t + span, t - 1, t - 2):
        if 0 <= k < len(s.norms) and s.norms[k] in _POLICE_AR:
            return k + 1 >= len(s.norms) or s.norms[k + 1] != _MILITARY_AR
    return False


_FACING_PRONOUNS_EN: Final = frozenset({"it", "they"})


def _a_state_faces_en(s: Sentence, t: int, placed: list[Placed], roles: Roles) -> bool:
    """Whether the one that "would face further measures" (or "consequences": the modal before ``t``) is a state
    (or its capital) named right before the modal, or "it" for a state the sentence names ("warned
    Hungary that it could face new measures"): drivers or lenders facing them are no state."""
    subject = t - 2
    if subject < 0 or not any(e.type == "GPE" for e in roles.actors + roles.targets):
        return False
    return s.norms[subject] in _FACING_PRONOUNS_EN or any(
        p.last == subject and p.entity.type == "GPE" for p in placed
    )


# a state named only in its central bank's name: "the Central Bank of Azerbaijan", "Armenia's
# central bank", "the Kyrgyz National Bank" is not (no "central")
_CENTRAL_BANK_OF_EN: Final = re.compile(r"\bcentral\s+bank\s+of\s+(?:the\s+)?$", re.I)
_STATES_CENTRAL_BANK_EN: Final = re.compile(r"(?:'s|\u2019s)?\s+(?:national\s+)?central\s+bank\b", re.I)


def _named_for_its_central_bank_en(text: str, e: EntityResult, placed: list[Placed], verb_start: int) -> bool:
    """Whether the state ``e`` is named before the verb at ``verb_start`` only as its central
    bank ("The Central Bank of Azerbaijan has imposed sanctions on …")."""
    mentions = [p for p in placed if p.entity.id == e.id and p.entity.type == "GPE"]
    return bool(mentions) and all(
        p.end <= verb_start and (
            _CENTRAL_BANK_OF_EN.search(text, max(0, p.start - 24), p.start) is not None
            or _STATES_CENTRAL_BANK_EN.match(text, p.end) is not None
        )
        for p in mentions
    )


def _at_home(actors: list[EntityResult], places: list[EntityResult]) -> bool:
    """Whether places are named and every one of them is in the state of the (one) actor."""
    homes = {_state_id(a) for a in actors}
    return len(homes) == 1 and None not in homes and bool(places) and all(_state_id(p) in homes for p in places)


def _its_envoy_sent_en(
    s: Sentence, t: int, span: int, spec: TriggerSpec, placed: list[Placed]
) -> tuple[EntityResult, EntityResult] | None:
    """(English) For an envoy back at a post abroad introduced by "its"/"their" ("…, and its
    ambassador will resume his duties in Tehran"): the state that opens the sentence as its
    subject, and the state of the post after the verb (a capital stands for its state); else None."""
    k = next((k for k in range(t - 1, max(0, t - spec.window) - 1, -1) if s.norms[k] in ENVOYS_EN), -1)
    if k < 1 or s.norms[k - 1] not in ("its", "their"):
        return None
    subject = next((p for p in placed if p.first <= 3 and p.last < k and p.entity.type == "GPE"), None)
    post = next((p for p in placed if t + span <= p.first < t + span + 2 and p.entity.type == "GPE"), None)
    if subject is None or post is None:
        return None
    state = country_of(post.entity.id)
    there = entity_of(state) if state is not None else post.entity
    if _state_id(subject.entity) == _state_id(there):
        return None
    return subject.entity, there


def _state_id(e: EntityResult) -> str | None:
    """The id of the state ``e`` is or belongs to (a city, a ministry, a parliament)."""
    state = country_of(e.id)
    if state is not None:
        return state.id
    return e.id if e.type == "GPE" else None


def _no_condition_in_names(s: Sentence, placed: list[Placed]) -> Sentence:
    """Without the condition a word inside a person's name seemed to set: the "لو" of "ستيفان لو
    فول" and "جان إيف لو دريان" is the French article of the name, not "if"."""
    inside = [k for p in placed if p.entity.type == "PERSON"
              for k in range(p.first, p.last + 1) if "conditional" in s.tags[k]]
    if not inside:
        return s
    tags = list(s.tags)
    for k in inside:
        tags[k] = tags[k] - {"conditional"}
    return replace(s, tags=tags, where=index_tags(tags))


# --- merging -------------------------------------------------------------------------------


def _key(e: EntityResult) -> str:
    return e.id or e.name.casefold()


def _ids(entities: list[EntityResult]) -> set[str]:
    return {_key(e) for e in entities}


def _merge(found: list[_Found]) -> list[_Found]:
    groups: list[_Found] = []
    keys: list[set[str]] = []  # each group's participant keys (``_absorb`` keeps them current)
    for f in sorted(found, key=_merge_order):
        alert = f.status in ALERTABLE
        mine: set[str] | None = None
        for g, theirs in zip(groups, keys, strict=True):
            if g.type != f.type or (g.status in ALERTABLE) != alert:
                continue
            if mine is None:
                mine = _ids(f.actors + f.targets)
            if not theirs.isdisjoint(mine):
                if f.type.startswith("sanctions.") and _roles_reversed(g, f):
                    continue  # "Washington designated the Guards; Tehran answered in kind": two acts
                if f.type == "agreement.signed" and (_ANOTHER_ACCORD.search(f.evidence.text) or _ANOTHER_ACCORD.search(
                    g.evidence.text
                )) and _other_actors(g, f):
                    continue  # "Poland signed a similar agreement with Washington": another accord
                if alert and (g.status == "planned") != (f.status == "planned") and (
                    _other_actors(g, f) or _other_targets(g, f)
                    # ("وستدمج بقية الألوية … العام المقبل": a next step with its own time ahead)
                    or _TIME_AHEAD.search((f if f.status == "planned" else g).evidence.text) is not None
                ):
                    # one actor's plan is not another's act on the same target, nor a state's step
                    # of today its plan with another body ("joined the UN; will join the AU")
                    continue
                _absorb(g, f, theirs)
                break
        else:
            groups.append(f)
            keys.append(mine if mine is not None else _ids(f.actors + f.targets))
    return groups


# an accord told as another like the one in the news ("a similar agreement", "اتفاقية مماثلة")
_ANOTHER_ACCORD: Final = re.compile(
    r"\b(?:similar|separate|comparable|parallel)\s+(?:\w+\s+)?(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)"
    r"|memorand\w*)\b|(?:اتفاق|معاهد|مذكر)\w*\s+(?:\w+\s+)?مماثل",
    re.IGNORECASE)


# a time ahead named with a plan: what makes it a plan of its own, not a threat's words retold
# ("غدا" a word of its own: not the letters of "بغداد"; "في وقت لاحق", "at a later time")
_TIME_AHEAD: Final = re.compile(
    r"\b(?:next|tomorrow|coming|within)\b|\d|المقبل|القادم|\b[وف]?غدا\b|خلال الأيام|في وقت لاحق"
    r"|بعد \S+ (?:يوما|أيام|أسابيع|أشهر|شهرا)",
    re.IGNORECASE)


# (Arabic) a merger still to come: "ستدمج", "سيدمج", "ستُدمج" (the passive told by its vowel or not)
_WILL_MERGE_AR: Final = re.compile(r"(?<!\S)[وف]?(?:ست|سي)\u064f?دمج(?!\S)")
# (normalised) what tells more units of a merger already begun: "بقية الألوية", "وحدات أخرى",
# "تباعا", "خلال مرحلة ثانية", "بالطريقة نفسها"
_NEXT_PHASE_WORDS_AR: Final = frozenset({"بقيه", "اخري", "تباعا", "ثانيه", "الثانيه", "نفسها", "نفسه"})
_NEXT_PHASE_REACH_AR: Final = 6  # words either side of the verb searched for those words


def _next_phase_ar(text: str, spans: list[tuple[int, int]], groups: list[_Found]) -> list[_Found]:
    """A merger still to come of more units of one the article told done, in a later sentence
    that names no one anew ("وأضاف أن بقية الألوية ستدمج في فرق موحدة أخرى بحلول نهاية العام
    المقبل", "وأن الوزارة ستدمج دفعات أخرى من مقاتلي العشائر تباعا"): the next phase of that
    merger, planned, with its parties; it replaces what the sentence was read as on its own."""
    done = [g for g in groups if g.type == "forces.integrated" and g.status == "occurred"]
    first = min(g.evidence.start for g in done)
    out = list(groups)
    for start, end in spans:
        if start <= first or "دمج" not in text[start:end]:
            continue
        m = _WILL_MERGE_AR.search(text, start, end)
        if m is None or not _next_phase_words_ar(text[start:m.start()], text[m.end():end]):
            continue
        before = [g for g in done if g.evidence.start < start]
        if not before:
            continue
        sentence = text[start:end]
        lead = len(sentence) - len(sentence.lstrip())
        evidence = Mention(start + lead, start + len(sentence.rstrip()), sentence.strip())
        out = [g for g in out if not (g.type == "forces.integrated" and start <= g.evidence.start < end)]
        out.append(replace(before[-1], status="planned", fresh=False, evidence=evidence, trigger=m.group(0),
                           dates=[], extra_dates=[], members=1, headline_occurred=None))
    return out


def _next_phase_words_ar(before: str, after: str) -> bool:
    near = TOKEN_SPLIT.split(before)[1::2][-_NEXT_PHASE_REACH_AR:] + TOKEN_SPLIT.split(after)[1::2][:_NEXT_PHASE_REACH_AR]
    return any(normalize_word(w) in _NEXT_PHASE_WORDS_AR for w in near)


def _accession_signed(groups: list[_Found]) -> list[_Found]:
    """Without a signing that names no counterpart when the same actors joined an accord told as
    such (a LAW joined: "انضمت المملكة إلى «اتفاقيات أرتميس» … ووقع الرئيس التنفيذي … على
    الاتفاقيات"), or joined anything in the same sentence ("انضمت الكويت إلى منظمة شنغهاي … بعد أن
    وقع سفيرها … مذكرة منح الكويت هذه الصفة": the paper of the accession): the signature is the
    joining told again."""
    joined = [g for g in groups if g.type == "alliance.joined" and g.status in ALERTABLE]
    if not joined:
        return groups
    return [g for g in groups if not (
        g.type == "agreement.signed" and not g.targets and g.actors and g.status in ALERTABLE and any(
            _ids(g.actors) <= _ids(j.actors) and (
                any(e.type == "LAW" for e in j.targets) or j.evidence.start == g.evidence.start)
            for j in joined))]


# measures called like the article's measure: "فرض عقوبات مماثلة على الجضران", "similar sanctions"
_SIMILAR_MEASURES: Final = re.compile(
    r"(?:عقوبات|إجراءات|اجراءات|تدابير)\s+مماثل|\bsimilar\s+(?:sanctions|measures)\b", re.IGNORECASE)


def _imposition_told_again(groups: list[_Found]) -> list[_Found]:
    """Fold an occurred imposition that names no target into the article's occurred imposition
    that names one when it is the same measure told again: by a body of the same state ("الصين
    تفرض عقوبات على …" over "أعلنت وزارة الخارجية الصينية … فرض عقوبات على" a person the
    knowledge base lacks), or called similar to it, by another actor ("أعلنت وزارة الخزانة
    الأميركية فرض عقوبات مماثلة على …": the same listing, joined). An occurred lifting with no
    target is folded the same way into the lifting a body of its state names one for."""
    named = [g for g in groups if g.type in _TOLD_AGAIN_TYPES and g.status == "occurred" and g.targets]
    out: list[_Found] = []
    for f in groups:
        host = None
        if _unnamed_imposition(f):
            host = next((g for g in named if g.type == f.type and (
                _same_state_actors(f, g) or _SIMILAR_MEASURES.search(f.evidence.text))), None)
            if host is None:
                # "واشنطن تفرض عقوبات على «مروي غولد»" over "فرضت وزارة الخزانة الأميركية …
                # عقوبات على شركة «مروي غولد»": a firm the knowledge base lacks, the state's
                # measure told again by its body (or the body's by the state)
                host = next((g for g in out if _unnamed_imposition(g)
                             and (_same_state_actors(f, g) or _same_state_actors(g, f))), None)
        elif _unnamed_lifting(f):
            # "رفع الرئيس … العقوبات عن بوروندي" over "شطبت وزارة الخزانة بموجب الأمر أحد عشر
            # شخصا من قائمة العقوبات": the delistings by which the state's lifting is done
            host = next((g for g in named if g.type == f.type and _same_state_actors(f, g)), None)
        if host is None:
            out.append(f)
            continue
        _absorb(host, f, _ids(host.actors + host.targets))
    return out


def _headline_told_below(groups: list[_Found]) -> list[_Found]:
    """Fold a headline's event that names no actor and no party the knowledge base knows into
    the first event of its type and kind (an alert or not) that the body tells with actors: the
    headline announces the body's news ("برن ترفع حظر الدخول عن مسؤولين ليبيين", the capital
    unread, over "رفعت سويسرا … القيود التي فرضتها على دخول … مسؤولا ليبيا")."""
    out: list[_Found] = []
    for f in groups:
        host = None
        if _headline(f) and not f.actors and all(e.id is None for e in f.targets):
            below = [g for g in groups if g is not f and g.type == f.type and g.actors and not _headline(g)
                     and (g.status in ALERTABLE) == (f.status in ALERTABLE)]
            host = min(below, key=lambda g: g.evidence.start, default=None)
        if host is None:
            out.append(f)
            continue
        _absorb(host, f, _ids(host.actors + host.targets))
    return out


# the measures whose act a body of the same state may tell again without naming its target
_TOLD_AGAIN_TYPES: Final = frozenset({"sanctions.imposed", "sanctions.lifted"})


def _unnamed_lifting(f: _Found) -> bool:
    """An occurred lifting with actors and no target the knowledge base knows."""
    return f.type == "sanctions.lifted" and f.status == "occurred" and bool(f.actors) and not f.targets


def _unnamed_imposition(f: _Found) -> bool:
    """An occurred imposition with actors and no target the knowledge base knows."""
    return f.type == "sanctions.imposed" and f.status == "occurred" and bool(f.actors) and not f.targets


def _same_state_actors(f: _Found, g: _Found) -> bool:
    """Whether every actor of ``f`` is or belongs to a state among ``g``'s actors."""
    theirs = {_state_id(e) for e in g.actors} - {None}
    return bool(theirs) and all(_state_id(e) in theirs for e in f.actors)


def _threat_restated(groups: list[_Found]) -> list[_Found]:
    """Without a planned imposition that retells a threat its actors made earlier in the article
    and which names no time ahead: the threat's words retold ("The president wrote that the United
    States will impose large sanctions on Turkey" below "threatened to impose sanctions on
    Turkey") are the threat, not a plan beside it."""
    threats = [g for g in groups if g.type == "sanctions.threatened" and g.status == "occurred" and g.actors]
    if not threats:
        return groups
    return [g for g in groups if not (
        g.type == "sanctions.imposed" and g.status == "planned"
        and _TIME_AHEAD.search(g.evidence.text) is None
        and any(_retells(g, t) for t in threats)
    )]


_RESTATED_REACH: Final = 600  # characters after a threat within which its words may be quoted, targetless


def _retells(g: _Found, threat: _Found) -> bool:
    """Whether the plan ``g`` told after ``threat`` by the same actors is its words: against one of
    its targets, or against no one named, quoted right below it ("وقال ترامب: "سنفرض عليهم
    عقوبات لم يروا مثلها"": whom "عليهم" stands for is the threatened). Its actors are among the
    threat's parties, one of them an actor of the threat: the threatened may stand among them when
    named as an owner ("would bar the court's officials from entering the country, freeze …")."""
    if not g.actors:
        # a headline that names no one acting ("شينكر: عقوبات جديدة على سياسيين لبنانيين قريبا"),
        # its sanctions on one the threat names: the threat's headline
        return bool(g.targets) and _headline(g) and _ids(g.targets) <= _ids(threat.targets)
    actors = _ids(g.actors)
    if threat.evidence.start >= g.evidence.start or actors.isdisjoint(_ids(threat.actors)) or not (
        actors <= _ids(threat.actors + threat.targets)
    ):
        return False
    if g.targets:
        return not _ids(g.targets).isdisjoint(_ids(threat.targets))
    return 0 <= g.evidence.start - threat.evidence.end < _RESTATED_REACH


def _roles_reversed(g: _Found, f: _Found) -> bool:
    """Both name actors and targets, share a participant only across roles (one's actor the
    other's target) and none in the same role: a measure and the answer to it."""
    if not (g.actors and g.targets and f.actors and f.targets):
        return False
    return _ids(g.actors).isdisjoint(_ids(f.actors)) and _ids(g.targets).isdisjoint(_ids(f.targets))


def _other_actors(g: _Found, f: _Found) -> bool:
    """Both name actors, and none in common."""
    return bool(g.actors) and bool(f.actors) and _ids(g.actors).isdisjoint(_ids(f.actors))


def _other_targets(g: _Found, f: _Found) -> bool:
    """Both name targets, and none of one's is a participant of the other."""
    return bool(g.targets) and bool(f.targets) and _ids(g.targets).isdisjoint(_ids(f.actors + f.targets)) and (
        _ids(f.targets).isdisjoint(_ids(g.actors + g.targets))
    )


def _merge_order(f: _Found) -> tuple[float, int]:
    return -f.confidence, f.evidence.start


def _absorb(g: _Found, f: _Found, keys: set[str]) -> None:
    """Fold ``f`` into group ``g``; ``keys``: ``_ids(g.actors + g.targets)``, kept up to date."""
    same_target = not _ids(g.targets).isdisjoint(_ids(f.targets))
    # a headline whose target is a party of the plan ("ودمج الدعم السريع في الجيش" over "ينص على دمج
    # قوات الدعم السريع في القوات المسلحة", the forces its actor), or that names no target beside
    # a plan of the same actors that names none ("وسوريا تعلن إعادة فتح سفارتها بتونس"), is the plan's
    plan_of_the_headline = not _ids(g.targets).isdisjoint(_ids(f.actors + f.targets)) or (
        not (g.targets or f.targets) and _ids(f.actors) == _ids(g.actors))
    for e in f.actors:
        if (k := _key(e)) not in keys:
            g.actors.append(e)
            keys.add(k)
    for e in f.targets:
        if (k := _key(e)) not in keys:
            g.targets.append(e)
            keys.add(k)
    g.instrument = g.instrument or f.instrument
    g.duration = g.duration or f.duration
    g.fresh = g.fresh or f.fresh
    g.formal = g.formal or f.formal
    if g.headline_occurred is None:
        g.headline_occurred = g.status == "occurred" and _headline_tense(g)
    f_headline = f.status == "occurred" and _headline_tense(f)
    # a headline's present tense is the news's, not its time: "باكستان ترسل قوات إلى السعودية"
    # over a lead's "أنه سيرسل وحدة عسكرية" to the same state is planned (not over a plan for
    # another target: "جنوب السودان يصبح العضو 193" beside "ستنضم إلى الاتحاد الأفريقي")
    if g.headline_occurred and f.status == "planned" and plan_of_the_headline:
        g.status, g.headline_occurred = f.status, False
    elif f_headline and g.status == "planned" and same_target:
        pass
    elif _STATUS_RANK[f.status] < _STATUS_RANK[g.status]:
        g.status = f.status
        g.headline_occurred = f_headline
    elif f.status == "occurred" and not f_headline:
        g.headline_occurred = False
    g.extra_dates.extend(d for d in f.dates if d not in g.dates)
    g.members += 1
    g.confidence = min(0.99, g.confidence + 0.02)


def _headline_easing_as_lead(found: list[_Found]) -> None:
    """(English and Arabic) A headline's easing ("US eases FSB sanctions for tech importers",
    "استثناء إنساني لستة أشهر.. الاتحاد الأوروبي يخفف قيود عقوباته على سوريا") is the act the lead
    tells: when the first event of the body is a suspension (a licence, a waiver, an exemption)
    with a party of the headline's, the headline's vague "eases" is that suspension, not a lifting
    of its own."""
    heads = [f for f in found if f.type == "sanctions.lifted" and _headline_tense(f)
             and (f.trigger.lower() in _EASING_FORMS_EN or f.trigger in _EASING_FORMS_AR)]
    body = [f for f in found if not _headline_tense(f)]
    if not heads or not body:
        return
    first = min(f.evidence.start for f in body)
    lead = [f for f in body if f.evidence.start == first and f.type == "sanctions.suspended"]
    for h in heads:
        if any(_ids(h.actors + h.targets) & _ids(f.actors + f.targets) for f in lead):
            h.type = "sanctions.suspended"


def _news_first(found: list[_Found]) -> None:
    """(English) The first sentence that reports an event, when it is the headline or the lead,
    is the article's news: background told later does not make it background too."""
    first = min(f.evidence.start for f in found)
    if first < _LEAD_CHARS:
        for f in found:
            if f.evidence.start == first:
                f.fresh = True


# ("last Friday": a weekday of the week before the news, told below a lead of this week's)
_LAST_WEEK_EN: Final = re.compile(
    r"\blast (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_DAY_OF_NEWS_EN: Final = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:week|morning|evening)|on (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b", re.IGNORECASE)


def _last_week_behind(found: list[_Found]) -> None:
    """(English) An act told "last week" or "last month" after the lead, in an article whose
    news is dated this week ("on Wednesday", "today"), is the news's background: "Last week the
    U.S. Treasury imposed sanctions on two RSF commanders" below the council's vote "on
    Wednesday" (but "Turkey joined the coalition late last week", the lead, is the news)."""
    if not any(f.status in ALERTABLE and not _LAST_WEEK_EN.search(f.evidence.text)
               and _DAY_OF_NEWS_EN.search(f.evidence.text) for f in found):
        return
    for f in found:
        if (f.status == "occurred" and f.evidence.start >= _LEAD_CHARS
                and _LAST_WEEK_EN.search(f.evidence.text) and not _DAY_OF_NEWS_EN.search(f.evidence.text)):
            f.status = "historical"


# a sentence that opens by tying its act to the one told just before it: "At the same time,
# Ottawa imposed…", "وفي الوقت نفسه، فرضت…"
_SAME_TIME: Final = re.compile(
    r"^\W*(?:at\s+the\s+same\s+time|on\s+the\s+same\s+day|the\s+same\s+day|simultaneously|"
    r"و?في\s+الوقت\s+(?:نفسه|ذاته)|و?بالتزامن|و?في\s+اليوم\s+(?:نفسه|ذاته))\b",
    re.IGNORECASE,
)


def _same_time_as_news(g: _Found, groups: list[_Found]) -> bool:
    """Whether ``g``'s sentence opens with "at the same time" (or the like) and the last event
    told before it is news: then it is that news's time too, whatever background of the same
    kind the article tells later ("In January, Canada had imposed…")."""
    if _SAME_TIME.match(g.evidence.text) is None:
        return False
    start = g.evidence.start
    before = [f for f in groups if f is not g and f.evidence.end <= start]
    last = max(before, key=lambda f: f.evidence.end, default=None)
    return last is not None and last.status in ALERTABLE and start - last.evidence.end < 1500


# a presence told as lasting: what a host refuses when it accepts troops on rotation
_PERMANENT: Final = re.compile(r"\bpermanent|دائم", re.IGNORECASE)
# a refusal of combat troops limits the kind of force, and denies no sending of trainers or of
# forces told with no kind ("لا تنوي نشر قوات قتالية برية", "no combat troops"); not "ground
# forces", which may be all a state would send beside aircraft
_COMBAT: Final = re.compile(r"\bcombat\b|(?<!\S)(?:قتالية|قتالي|القتالية)(?!\S)", re.IGNORECASE)
# a refusal to deploy "outside" a place limits where troops go, and denies no sending to it
_OUTSIDE: Final = re.compile(r"\boutside\b|(?<!\S)خارج(?!\S)", re.IGNORECASE)


def _mark_later_headline_clauses(text: str, found: list[_Found]) -> None:
    """Mark what was read in the headline's first line after its first clause."""
    first_line_end = text.find("\n")
    for f in found:
        f.later_headline_clause = 0 < f.evidence.start < first_line_end


def _headline_tense(g: _Found) -> bool:
    """Whether ``g`` was read in any clause of the headline, whose tense is the news's, not its
    time."""
    return _headline(g) or g.later_headline_clause


def _headline(g: _Found) -> bool:
    """Whether ``g`` was read in the article's headline: its first line, with no full stop (two
    dots join a headline's clauses: "واشنطن تستثني أصول لوك أويل من عقوباتها.. وصوفيا تعين …")."""
    text = g.evidence.text.rstrip()
    return g.evidence.start == 0 and (text.endswith("..") or not text.endswith((".", "!", "?", "؟")))


_ANY_EN: Final = frozenset({"any", "every", "all"})


def _any_one_who(s: Sentence, t: int) -> int:
    """(English) The token of "that" or "who" after "any state", "any company", "all those"
    in the twelve words before the trigger at ``t``, else -1."""
    for k in range(t - 2, max(0, t - 12), -1):
        if s.norms[k] in ("that", "who", "which") and (
            s.norms[k - 1] in _ANY_EN or k > 1 and s.norms[k - 2] in _ANY_EN
        ):
            return k
    return -1


# (English) what a state enacts, whose relative clause tells what the state does by it
_ENACTED_NOUNS_EN: Final = frozenset({"law", "decree", "bill", "act", "ordinance", "resolution", "order", "statute",
                               "licence", "license", "waiver", "directive", "proclamation"})
# (English) a place named after "in" or "at" (one the knowledge base may lack: "in Obock")
_UNKNOWN_PLACE_EN: Final = re.compile(r"\b(?:in|at) [A-Z][a-z]+")


def _demote(groups: list[_Found]) -> list[_Found]:
    background = [g for g in groups if g.status not in ALERTABLE]
    for g in groups:
        if g.status not in ALERTABLE or g.fresh or _same_time_as_news(g, groups):
            continue
        headline = _headline(g)
        mine = _ids(g.targets) or _ids(g.actors)
        for b in background:
            if g.status == "planned" and b.status == "historical":
                continue  # "will reopen the office it had opened in 1994": a plan is not the past
            if headline and b.status == "historical":
                continue  # a headline tells the news: "واشنطن تفرض عقوبات …" beside a 2018 reimposition
            if headline and b.status == "negated" and family(g.type) == "sanctions" and not g.targets and (
                    b.targets or _ANY_MEASURE_AR.search(b.evidence.text)):
                # "واشنطن تفرض عقوبات على «مروي غولد»" (a firm the knowledge base lacks) beside "ولم
                # تفرض الخزانة … أي عقوبات على مسؤولين سودانيين": a denial of measures on others
                continue
            if (headline and b.status == "negated" and g.status == "occurred" and family(g.type) == "agreement"
                    and _ANY_ACCORD_AR.search(b.evidence.text)):
                # "العراق وفرنسا يوقعان اتفاقية شراكة" beside "ولم يوقع الجانبان أي صفقة لشراء
                # أسلحة": a denial of any deal of another kind is no denial of the accord the
                # headline announces (in the body it still tells what was not signed)
                continue
            if b.status == "negated" and g.actors and b.actors and not _ids(g.actors) & _ids(b.actors):
                continue  # "Jordan will not send troops to Gaza" beside Indonesia's plan to: another's refusal
            if (
                b.status == "negated"
                and _PERMANENT.search(b.evidence.text)
                and not _PERMANENT.search(g.evidence.text)
            ):
                continue  # troops to rotate beside "will not accept permanent bases": a refusal of more
            if (
                b.status == "negated"
                and family(g.type) == "military"
                and _COMBAT.search(b.evidence.text)
                and not _COMBAT.search(g.evidence.text)
            ):
                continue  # trainers sent beside "no combat troops": a limit on the kind, no refusal
            if (
                b.status == "negated"
                and family(g.type) == "military"
                and _OUTSIDE.search(b.evidence.text)
                and not _OUTSIDE.search(g.evidence.text)
            ):
                continue  # "سترسل قوات إلى الكويت" beside "لن تنتشر خارج الأراضي الكويتية": a limit, no refusal
            if (b.status == "negated" and family(g.type) == "military" and not g.targets and b.targets
                    and not _ids(g.actors) & _ids(b.targets) and _UNKNOWN_PLACE_EN.search(g.evidence.text)):
                # "troops will be stationed in Obock" (a town the knowledge base lacks) beside "no
                # plans to send troops to Yemen": a refusal for one named host is not for every place
                continue
            if b.status == "negated" and family(g.type) == "sanctions" and g.targets and (
                    _ids(b.targets) - _ids(g.targets)):
                # "a law that repeals the Caesar Act" on Syria beside "the repeal does not include
                # the sanctions on Bashar al-Assad": what a measure leaves out is no denial of it
                continue
            if b.status == "negated" and family(g.type) == "military" and _other_hosts(g, b):
                # "ستُرسل طائرات حربية إلى قاعدة إنجرليك" beside "لا خطط لإرسال قوات برية … إلى
                # سوريا": a refusal for one host is no denial of a deployment to another
                continue
            if g.type == "military.presence" and _arrival_beside_standing(g, b):
                continue  # frigates that "arrived" beside a base "kept since 2009": another presence
            if g.type == "forces.integrated" and b.status == "historical" and _other_unit_taken_in(g, b):
                # "ضم مجموعات … إلى ملاك الجيش" beside "ضمت في العام الماضي مجموعات … إلى «الفيلق
                # الخامس»": groups put into another unit, in the past, are another merger
                continue
            if b.status == "negated" and g.status == "planned" and _TIME_AHEAD.search(g.evidence.text) is not None:
                continue  # "ستنشر نحو مئتي جندي آخرين خلال الأسابيع المقبلة" beside "لا تعتزم إرسال قوات قتالية": a dated plan
            if b.type == g.type and mine & _ids(b.targets + b.actors) and not (
                # (an accord's parties are all its own: "Hungary and Chad signed a defence
                # agreement" is not Chad's stalled talks with the FACT rebels told again)
                b.status in ("stalled", "negated") and family(g.type) in ("agreement", "relations")
                and not mine <= _ids(b.targets + b.actors)
            ):
                log.debug("demoting %s to %s: also described as %s", g.type, b.status, b.status)
                g.status = b.status
                break
    return groups


# "أي عقوبات", "أي إجراءات": the measures a denial says were not taken (on others than the news's)
_ANY_MEASURE_AR: Final = re.compile(r"(?<!\S)أي\s+(?:عقوبات|إجراءات|اجراءات|تدابير|إجراء|اجراء)")
# "أي صفقة", "أي اتفاق": the deals a denial says were not signed (of another kind than the news's)
_ANY_ACCORD_AR: Final = re.compile(r"(?<!\S)أي\s+(?:صفق|اتفاق|اتفاقي|معاهد|مذكر|عقد|عقود)\w*")


# a force's arrival, the act a presence is reported by ("وصلت", "وصول", "arrived")
_ARRIVAL: Final = re.compile(r"(?:arriv|وصل|وصول|حط)\w*", re.IGNORECASE)
# a presence told as lasting from a past date ("منذ عام 2009", "since 1953")
_SINCE: Final = re.compile(r"\bsince\b|(?<!\S)منذ(?!\S)", re.IGNORECASE)


def _other_unit_taken_in(g: _Found, b: _Found) -> bool:
    """Whether the background merger ``b`` names a force or body it took fighters into (an ORG
    target) that the news merger ``g`` does not name."""
    return bool(_ids([e for e in b.targets if e.type == "ORG"]) - _ids(g.targets))


def _arrival_beside_standing(g: _Found, b: _Found) -> bool:
    """Whether ``g`` reports ships or troops arriving and ``b`` a presence of the past told as
    lasting "since" a date: a base a state has kept for years is no earlier telling of the
    forces arriving now ("بدأت المهمة عملياتها بعد وصول الفرقاطة" beside "وتحتفظ فرنسا منذ
    عام 2009 بقاعدة في أبوظبي")."""
    return (b.status == "historical" and _ARRIVAL.fullmatch(g.trigger) is not None
            and _SINCE.search(b.evidence.text) is not None and _SINCE.search(g.evidence.text) is None)


def _other_hosts(g: _Found, b: _Found) -> bool:
    """Both name hosts (targets), and no state of one's hosts is among the other's (a base
    counts as the state it lies in: "قاعدة إنجرليك" is Turkey's)."""
    if not g.targets or not b.targets:
        return False
    return {_state_id(e) or _key(e) for e in g.targets}.isdisjoint({_state_id(e) or _key(e) for e in b.targets})


# --- output --------------------------------------------------------------------------------


def _ref(e: EntityResult, refs: dict[int, EntityRef]) -> EntityRef:
    ref = refs.get(id(e))
    if ref is None:
        ref = refs[id(e)] = EntityRef(e.id, e.name, e.type)
    return ref


def _once_each(refs: list[EntityRef]) -> list[EntityRef]:
    """Each participant once: "US President Barack Obama continued …" names the United States
    by its adjective and again as the state its president acts for."""
    seen: set[str] = set()
    out: list[EntityRef] = []
    for r in refs:
        key = r.id or r.name
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _to_event(f: _Found, published: date | None, refs: dict[int, EntityRef]) -> Event:
    """The event of a merged group; ``refs``: the references already made in this article."""
    cameo, plover = codes_for(f.type, formal=f.formal)
    actors = _once_each([_ref(e, refs) for e in f.actors])
    targets = _once_each([_ref(e, refs) for e in f.targets])
    instrument = _ref(f.instrument, refs) if f.instrument else None
    sanction = None
    if family(f.type) == "sanctions":
        sanction = sanction_attributes(f.type, f.status, actors, targets, instrument, f.duration, published)
    return Event(
        type=f.type,
        status=f.status,
        actors=actors,
        targets=targets,
        evidence=f.evidence,
        cameo=cameo,
        plover=plover,
        confidence=f.confidence,
        instrument=instrument,
        duration=f.duration,
        dates=list(dict.fromkeys(f.dates + f.extra_dates)),
        sanction=sanction,
        trigger=f.trigger,
    )


# "KIGALI - Gabon and Togo on Friday joined…": a city in capitals opening a paragraph before a
# plain hyphen (the dateline pattern takes a plain hyphen only with a date: "NATO - the alliance
# said" is no dateline; a city, known as one, is)
_CAPS_CITY_DASH: Final = re.compile(r"[ \t]+[-\u2013\u2014]+[ \t]+")


def _city_datelines(text: str, entities: list[EntityResult]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for e in entities:
        if not isinstance(e, EntityResult) or e.type != "GPE" or not str(e.id).startswith(_CITY_IDS):
            continue
        for m in e.mentions or ():
            start, end = m.start, m.end
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                continue
            if (start == 0 or text[start - 1] == "\n") and text[start:end].isupper() and (
                dash := _CAPS_CITY_DASH.match(text, end)
            ) is not None:
                out.append((start, dash.end()))
    return out


_CITY_IDS: Final = ("rasd:place:", "rasd:extra:place:")


def _mentions(
    text: str, entities: list[EntityResult], datelines: list[tuple[int, int]]
) -> list[tuple[int, int, EntityResult]]:
    """Every usable mention, sorted; those inside a dateline are left out (where the story
    was filed is not who took part in it)."""
    n = len(text)
    # Typed loosely on purpose: the offsets of entities from outside (a message, a caller) are
    # checked below, not trusted; a compiled build would otherwise raise on a float one.
    out: list[tuple[Any, Any, EntityResult]] = [
        (m.start, m.end, e)
        for e in entities
        if isinstance(e, EntityResult) and isinstance(e.name, str)
        for m in cast(Any, e.mentions or ())
    ]
    # The offsets are checked all at once, in C; only a list with a bad one is filtered.
    starts = list(map(_FIRST, out))
    ends = list(map(_SECOND, out))
    if out and not (
        all(map(isinstance, starts, repeat(int))) and all(map(isinstance, ends, repeat(int)))
        and min(starts) >= 0 and max(ends) <= n and all(map(lt, starts, ends))
    ):
        out = [m for m in out if isinstance(m[0], int) and isinstance(m[1], int) and 0 <= m[0] < m[1] <= n]
    if datelines:
        out = [m for m in out if not any(d_start <= m[0] < d_end for d_start, d_end in datelines)]
    # By start, the longest first: two stable sorts (the second keeps the first's order among
    # equal starts) instead of a key function called per mention.
    out.sort(key=_SECOND, reverse=True)
    out.sort(key=_FIRST)
    return out


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _reference_year(text: str) -> int | None:
    years = years_in(text[:20000])
    return max(years) if years else None

