"""The event stage's fast paths give exactly what the plain definitions give.

Each shortcut taken for speed (set checks before word loops, per-spelling word tables, regexes
rewritten so the engine can skip plain text, dates read from the sentence's own tokens) is held
against a straightforward version of the same rule, written here the way the extractor first
did it, on generated text full of the cases that matter: clitics, diacritics, split words
("وق عت"), punctuation runs, datelines, years and month names.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import accumulate

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.events import extractor, participants, sentences
from rasd.events.codes import EVENT_TYPES
from rasd.events.dateline import DATELINE_RE, dateline_spans
from rasd.events.duration import find_dates, find_duration, words_of, years_in
from rasd.events.lexicon import Lexicon, load_lexicon
from rasd.events.roles import Placed
from rasd.events.sentences import (
    _ABBREV,
    MAX_TOKENS,
    Sentence,
    _abbreviation_before,
    build,
    has_trigger,
    split_spans,
)
from rasd.events.status import clause_bounds
from rasd.events.textnorm import TOKEN_RE, TOKEN_SPLIT, normalize_word, variants, word_info
from rasd.model import EntityResult, Mention

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words that exercise triggers, cues, clitics, fragments of split words and dates.
WORDS = [
    "فرضت", "وفرضت", "عقوبات", "على", "رفعت", "تعليق", "قانون", "انضمت", "إلى", "لم", "سوف", "وقعت",
    "وق", "عت", "في", "فرض", "ف", "رض", "اتفاق", "سيفرض", "للتحالف", "يومًا", "١٨٠", "2014", "نوفمبر",
    "تشرين", "الثاني", "لمدة", "ستة", "أشهر", "وَقَّعَت", "imposed", "im", "posed", "sanctions", "on",
    "lifted", "li", "fted", "joined", "signed", "agreement", "not", "will", "by", "to", "with", "for",
    "another", "year", "June", "2", "2025", "may", "the", "U.S.", "Mr.", "said", "but", "US", "EU",
    "لكن", "ولكن", "بينما", "فيما", "وفيما", "غير", "إلا", "while", "Dr", "Sept", "A", "xA", "No", "\u064b",
]
SEPARATORS = [" ", " ", " ", ", ", "، ", ": ", ". ", "! ", "؟ ", "; ", "\n", "\n\n", " - ", "...", '." ', " (", ") "]


@st.composite
def news_like(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        parts.append(draw(st.sampled_from(WORDS)))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


text_strategy = st.one_of(news_like(), st.text(max_size=200))

# --- the plain definitions ---------------------------------------------------------------

_TOKEN_PLAIN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
_BOUNDARY_PLAIN = re.compile(r"[.!?؟]+[\"'”»)]*(?=\s)|\n+|[;؛]")
_YEAR_PLAIN = re.compile(r"(?<![0-9٠-٩A-Za-z])(?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![0-9٠-٩A-Za-z])")


def _is_trigger_plain(lex: Lexicon, raw: str) -> bool:
    _, forms, future = word_info(raw, lex.lang)
    return not (forms.isdisjoint(lex.triggers) and future.isdisjoint(lex.triggers))


def _has_trigger_plain(text: str, start: int, end: int, lex: Lexicon) -> bool:
    words = _TOKEN_PLAIN.findall(text, start, end)
    for i, word in enumerate(words):
        if _is_trigger_plain(lex, word):
            return True
        if len(word) <= 2 and i + 1 < len(words) and _is_trigger_plain(lex, word + words[i + 1]):
            return True
    return False


def _build_plain(text: str, start: int, end: int, lex: Lexicon) -> list[Sentence]:
    clause_words = {"ar": {"لكن", "ولكن", "بينما", "فيما", "غير", "إلا", "الا"}}.get(
        lex.lang, {"but", "while", "whereas", "however", "although", "though", "yet"}
    )
    out: list[Sentence] = []
    chunk: Sentence | None = None
    clause = 0
    prev_end = start
    for m in _TOKEN_PLAIN.finditer(text, start, end):
        if chunk is None or len(chunk.starts) >= MAX_TOKENS:
            if chunk is not None:
                chunk.end = prev_end
                out.append(chunk)
            chunk = Sentence(m.start(), end, [], [], [], [], [], [], [])
            clause = 0
        norm, forms, future = word_info(m.group(0), lex.lang)
        if chunk.starts and (m.start() - prev_end > 1 or text[prev_end] != " "):
            gap = text[prev_end:m.start()]
            # (a connector that begins with و or ف, "فيما", is no word with a clitic)
            bare = norm[1:] if lex.lang == "ar" and len(norm) > 3 and norm[0] in "وف" and norm not in clause_words else norm
            if ":" in gap or (("," in gap or "،" in gap) and bare in clause_words):
                clause += 1
        chunk.starts.append(m.start())
        chunk.ends.append(m.end())
        chunk.norms.append(norm)
        chunk.forms.append(forms)
        chunk.future.append(future)
        chunk.clause.append(clause)
        prev_end = m.end()
    if chunk is not None:
        chunk.end = end
        out.append(chunk)
    for sentence in out:
        sentence.tags = _tags_plain(lex, sentence.forms)
    return out


def _tags_plain(lex: Lexicon, forms: list[frozenset[str]]) -> list[frozenset[str]]:
    """Each token's cue groups: every word group that matches there, one group at a time."""
    named = dict(lex.groups)
    named.update({f"@target:{fam}": group for fam, group in lex.target_markers.items()})
    named.update({"@actor": lex.actor_markers, "@between": lex.between_markers, "@stop": lex.stop_markers})
    return [frozenset(name for name, group in named.items() if group.match_at(forms, i)) for i in range(len(forms))]


def _first_plain(s: Sentence, group: str, lo: int, hi: int) -> int:
    for i in range(max(lo, 0), min(hi, len(s.tags))):
        if group in s.tags[i]:
            return i
    return -1


def _last_plain(s: Sentence, group: str, lo: int, hi: int) -> int:
    for i in range(min(hi, len(s.tags)) - 1, max(lo, 0) - 1, -1):
        if group in s.tags[i]:
            return i
    return -1


def _clause_bounds_plain(s: Sentence, t: int) -> tuple[int, int]:
    lo = hi = t
    while lo > 0 and s.clause[lo - 1] == s.clause[t]:
        lo -= 1
    while hi + 1 < len(s.clause) and s.clause[hi + 1] == s.clause[t]:
        hi += 1
    return lo, hi + 1


def _split_plain(text: str) -> list[tuple[int, int]]:
    abbrev = re.compile(r"(?:\b[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Jan|Feb|Mar|Apr|"
                        r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Ltd|Co|vs|etc)$")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY_PLAIN.finditer(text):
        if m.group(0).startswith(".") and abbrev.search(text, max(0, m.start() - 5), m.start()):
            continue
        if text[pos:m.end()].strip():
            spans.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


# --- the comparisons ---------------------------------------------------------------------


@FAST
@given(text_strategy)
def test_tokens_are_those_of_the_plain_word_pattern(text: str) -> None:
    assert TOKEN_RE.findall(text) == _TOKEN_PLAIN.findall(text)


@FAST
@given(text_strategy)
def test_sentence_spans_are_those_of_the_plain_boundary_pattern(text: str) -> None:
    assert split_spans(text) == _split_plain(text)


@FAST
@given(text_strategy, st.sampled_from(["ar", "en"]))
def test_trigger_precheck_agrees_with_the_word_by_word_check(text: str, lang: str) -> None:
    lex = load_lexicon(lang)
    for start, end in split_spans(text):
        assert has_trigger(text, start, end, lex) == _has_trigger_plain(text, start, end, lex), text[start:end]


def test_trigger_precheck_finds_split_words_and_clitics() -> None:
    ar, en = load_lexicon("ar"), load_lexicon("en")
    for text, lex in (("وق عت الدولتان اتفاقا", ar), ("في فرض عقوبات", ar), ("وفرضت", ar), ("the US im posed", en)):
        assert has_trigger(text, 0, len(text), lex) == _has_trigger_plain(text, 0, len(text), lex)
    assert has_trigger("وق عت الدولتان اتفاقا", 0, 20, ar)
    assert not has_trigger("the weather was fine", 0, 20, en)


@FAST
@given(text_strategy, st.sampled_from(["ar", "en"]))
def test_sentence_tokens_tags_and_clauses_agree_with_the_plain_build(text: str, lang: str) -> None:
    lex = load_lexicon(lang)
    for start, end in split_spans(text):
        assert build(text, start, end, lex) == _build_plain(text, start, end, lex)


@FAST
@given(text_strategy, st.sampled_from(["ar", "en"]), st.integers(-3, 90), st.integers(-3, 90))
def test_tag_positions_openers_and_clauses_agree_with_plain_scans(text: str, lang: str, lo: int, hi: int) -> None:
    lex = load_lexicon(lang)
    for start, end in split_spans(text):
        for s in build(text, start, end, lex):
            for group in [*s.where, "stalled", "no such group"]:
                assert s.first(group, lo, hi) == _first_plain(s, group, lo, hi)
                assert s.last(group, lo, hi) == _last_plain(s, group, lo, hi)
                assert s.has(group, lo, hi) == (_first_plain(s, group, lo, hi) >= 0)
            n = len(s.norms)
            for t in range(n):
                assert clause_bounds(s, t) == _clause_bounds_plain(s, t)
                # every token the trigger search would look at is an opener
                fragment = len(s.norms[t]) <= 2 and t + 1 < n and lex.may_join(s.norms[t], s.norms[t + 1])
                if fragment or not (s.forms[t] | s.future[t]).isdisjoint(lex.triggers):
                    assert t in s.openers


def test_long_sentences_are_cut_into_chunks_like_the_plain_build() -> None:
    lex = load_lexicon("en")
    text = " ".join(["The EU imposed sanctions on Russia, but"] * 40) + "."
    fast = build(text, 0, len(text), lex)
    assert len(fast) > 1
    assert fast == _build_plain(text, 0, len(text), lex)


@FAST
@given(text_strategy)
def test_datelines_are_those_of_the_line_anchored_pattern(text: str) -> None:
    assert dateline_spans(text) == [m.span() for m in DATELINE_RE.finditer(text)]


def test_datelines_on_later_lines_and_right_after_each_other() -> None:
    text = "DAMASCUS (Rasd) - x\nBRUSSELS, Nov 10 (Reuters) - y\nأنقرة (نشرة رصد) - z"
    assert dateline_spans(text) == [m.span() for m in DATELINE_RE.finditer(text)]
    assert len(dateline_spans(text)) == 3


@FAST
@given(text_strategy)
def test_years_are_those_of_the_plain_year_pattern(text: str) -> None:
    assert years_in(text) == [y for y in (int(normalize_word(m)) for m in _YEAR_PLAIN.findall(text))
                              if 1900 <= y <= 2100]


@FAST
@given(news_like(), st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_dates_and_durations_from_sentence_tokens_match_those_from_the_text(text: str, published) -> None:
    words = [normalize_word(w) for w in _TOKEN_PLAIN.findall(text)]
    assert words == words_of(text)  # the extractor passes the sentence's tokens when they agree
    assert find_dates(text, published, words) == find_dates(text, published)
    assert find_duration(text, words) == find_duration(text)


def test_join_index_admits_every_split_trigger_of_the_lexicon() -> None:
    """Every trigger word cut after its first one or two letters (with or without a clitic)
    passes the cheap split-word condition, so the exact check always gets to see it."""
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        clitics = ("", "و", "ف", "ب", "ل", "وال", "لل") if lang == "ar" else ("",)
        for key in lex.triggers:
            for clitic in clitics:
                surface = clitic + key
                for cut in (1, 2):
                    if len(surface) <= cut:
                        continue
                    head, tail = surface[:cut], surface[cut:]
                    joined, future = variants(head + tail, lang)
                    if joined.isdisjoint(lex.triggers) and future.isdisjoint(lex.triggers):
                        continue  # this clitic does not combine with this word
                    assert lex.may_join(head, tail), (lang, head, tail)


@FAST
@given(text_strategy)
def test_words_and_offsets_from_the_split_are_those_of_the_word_pattern(text: str) -> None:
    """The extractor splits a sentence into gaps and words and sums lengths for the offsets."""
    for start, end in [(0, len(text)), *split_spans(text)]:
        parts = TOKEN_SPLIT.split(text[start:end])
        bounds = list(accumulate(map(len, parts), initial=start))
        found = list(zip(bounds[1:-1:2], bounds[2::2], strict=True))
        assert parts[1::2] == TOKEN_RE.findall(text, start, end)
        assert found == [m.span() for m in TOKEN_RE.finditer(text, start, end)]


@FAST
@given(st.lists(st.sampled_from(["Mr", "Sept", "ept", "A", "xA", "U.S", "Inc", "nc", "Ltd", "td", "vs", "No", "co", "\n", " ", "z"]),
                max_size=8))
def test_remembered_abbreviations_are_those_the_pattern_finds(pieces: list[str]) -> None:
    # every text ends in a period after some letters: the window before it is what is remembered
    text = "".join(pieces) + "."
    for end in [i for i, c in enumerate(text) if c == "."]:
        assert _abbreviation_before(text, end) == (_ABBREV.search(text, max(0, end - 5), end) is not None), text


def test_stripped_evidence_offsets_are_those_of_the_white_space_loop() -> None:
    for raw in [" The EU imposed sanctions.\n", "\u3000\u00a0x\t", "   ", "", "x", "\u200f \u0641\u0631\u0636 "]:
        start, end = 0, len(raw)
        while start < end and raw[start].isspace():
            start += 1
        while end > start and raw[end - 1].isspace():
            end -= 1
        stripped = raw.strip()
        assert (len(raw) - len(raw.lstrip()), len(raw) - len(raw.lstrip()) + len(stripped)) == (start, end)
        assert raw[start:end] == stripped


def test_trigger_specs_of_a_reading_set_follow_the_sorted_readings() -> None:
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        for raw in ["فرضت", "وفرضت", "سيفرض", "وقعت", "انضمت", "للتحالف", "imposed", "lifted", "signed", "sanctions"]:
            _, forms, future = word_info(raw, lang)
            for readings in (forms, forms | future):
                plain = [spec for form in sorted(readings) for spec in lex.triggers.get(form, ())]
                assert list(lex.specs_for(readings)) == plain, raw
                assert list(lex.specs_for(readings)) == plain  # and once more, from the cache
    assert {spec.type for specs in load_lexicon("ar").triggers.values() for spec in specs} <= set(EVENT_TYPES)


def _mentions_plain(text: str, entities: list, datelines: list[tuple[int, int]]) -> list:
    n = len(text)
    out = [
        (m.start, m.end, e)
        for e in entities
        if isinstance(e, EntityResult) and isinstance(e.name, str)
        for m in e.mentions or ()
        if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= n
    ]
    out = [m for m in out if not any(a <= m[0] < b for a, b in datelines)]
    return sorted(out, key=lambda m: (m[0], -m[1]))


@FAST
@given(
    st.lists(st.tuples(st.integers(-2, 25), st.integers(-2, 25), st.sampled_from([0, 1, 2])), max_size=12),
    st.sampled_from([[], [(0, 4)]]),
)
def test_mentions_checked_all_at_once_are_those_checked_one_by_one(spans: list, datelines: list) -> None:
    text = "DAMASCUS (Rasd) - Syria and Iran."
    entities: list = [EntityResult(id=f"e{k}", name=f"E{k}", type="GPE", linked=True) for k in range(3)]
    for start, end, k in spans:
        entities[k].mentions.append(Mention(start, end if (start + end) % 5 else float(end), "x"))  # type: ignore[arg-type]
    entities.append("not an entity")
    assert extractor._mentions(text, entities, datelines) == _mentions_plain(text, entities, datelines)


_TITLE_PIECES = ["the foreign minister of ", "Foreign Minister of the ", "ambassador to\n", "envoy for the  ",
                 "chief of ", "Syria", "Iran", "'s central bank", " said", "minister", " ", "\n", "of", "THE ",
                 "x", "Prime Ministers of ", "\u00a0", "envoy for ", "Envoy For\t"]


@FAST
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=8), st.sampled_from(["Syria", "Iran"]))
def test_title_before_a_state_is_found_as_by_the_plain_search(pieces: list[str], name: str) -> None:
    text = "".join(pieces) + name + " imposed sanctions."
    start = text.rindex(name)
    mention = Placed(EntityResult(id=None, name=name, type="GPE", linked=False), 0, 0, start, start + len(name))
    after = participants._TITLE_AFTER_EN.match(text, mention.end, min(len(text), mention.end + 60))
    before = participants._TITLE_BEFORE_EN.search(text, max(0, start - 40), start)
    plain = ((start, after.end(), "PERSON" if after.group("person") else "ORG") if after is not None
             else (before.start(), mention.end, "PERSON") if before is not None else None)
    sentence = build(text, 0, len(text), load_lexicon("en"))[0]  # (the English search reads the text)
    assert participants._title_phrase(sentence, text, mention, False) == plain, text


@FAST
@given(text_strategy)
def test_sentence_ends_found_from_their_first_character_are_those_of_the_pattern(text: str) -> None:
    assert sentences._boundaries(text) == [m.span() for m in sentences._BOUNDARY.finditer(text)]
