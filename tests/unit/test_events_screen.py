"""The shortcuts of the event stage skip only work that could not have produced an event.

Two shortcuts are held against the full search: the article screen (``rasd.events.screen``),
which lets through every sentence where a trigger could match, and the sentence that names
no one (no mention, no anaphor, no sanctions target marker), which is left out before its
tokens are built. Both are checked on generated text and on the real articles of the gold
files (``../shared/gold``): the events found must be exactly those of the unshortened search.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.entities.tagger import tag_entities
from rasd.events import extract_events, extractor
from rasd.events.lexicon import load_lexicon
from rasd.events.screen import TriggerScreen
from rasd.events.sentences import build, split_spans
from rasd.kb.loader import default_kb

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold"

# Triggers whole, with clitics, with diacritics inside, split in two ("وق عت", "im posed"), the
# "لل" spelling of an "ال" trigger, next to names, anaphors and target markers.
WORDS = [
    "فرضت", "وفرضت", "فَرَضَت", "عقوبات", "على", "رفعت", "تعليق", "انضمت", "إلى", "وق", "عت", "ف", "رض",
    "للانضمام", "الانضمام", "سيفرض", "وقعت", "اتفاق", "البلدين", "الجانبين", "سوريا", "الولايات المتحدة",
    "imposed", "im", "posed", "Imposed", "sanctions", "on", "against", "lifted", "joined", "signed",
    "re", "establish", "the two countries", "they", "Syria", "Iran", "Khattab", "the EU", "Treasury",
    "talks", "stalled", "2014", "١٨٠", "يومًا",
]
SEPARATORS = [" ", " ", " ", ", ", "، ", ". ", "\n", "; ", " - ", '." ']


@st.composite
def news_like(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 50))):
        parts.append(draw(st.sampled_from(WORDS)))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


def _events(text: str, lang: str, published: date | None = None) -> list[dict]:
    entities = tag_entities(text, default_kb(), published=published, lang=lang)
    return [e.to_dict() for e in extract_events(text, lang, entities, published)]


def _unshortened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sentence with a trigger word is searched in full."""
    monkeypatch.setattr(extractor, "SHORTCUTS", False)


@FAST
@given(news_like(), st.sampled_from(["ar", "en"]))
def test_the_screen_lets_through_every_sentence_where_a_trigger_matches(text: str, lang: str) -> None:
    lex = load_lexicon(lang)
    assert lex.screen is not None
    spans = split_spans(text)
    screened = lex.screen.scan(text)
    assert screened is not None  # these words are all inside the byte alphabets
    marked = screened.marked(spans)
    for (start, end), mark in zip(spans, marked, strict=True):
        # whether any trigger matches, whatever the cues and names around it require
        matches = any(extractor._triggers(lex, s, [], needs=False) for s in build(text, start, end, lex))
        assert mark or not matches, text[start:end]


def test_the_screen_finds_split_clitic_and_marked_spellings() -> None:
    ar, en = load_lexicon("ar"), load_lexicon("en")
    assert ar.screen is not None and en.screen is not None
    for text, lex in (
        ("وق عت الدولتان اتفاقا.", ar),
        ("دعا للانضمام إلى التحالف.", ar),
        ("وفَرَضَتْ واشنطن عقوبات.", ar),
        ("The US im posed sanctions.", en),
        ("The EU IMPOSED sanctions.", en),
    ):
        screened = lex.screen.scan(text)
        assert screened is not None and screened.hits, text
        assert screened.marked(split_spans(text)) == [True], text
    quiet = en.screen.scan("The weather was fine. Markets rose on Monday.")
    assert quiet is not None and not quiet.hits


def test_text_outside_the_byte_alphabets_is_not_screened() -> None:
    lex = load_lexicon("en")
    assert lex.screen is not None
    assert lex.screen.scan("The EU imposed sanctions on \u4e2d\u56fd.") is None


def test_a_character_that_folds_to_two_is_not_screened_and_its_events_are_still_found() -> None:
    # "İ" folds to "i" + a combining dot: the one-byte view cannot hold that, so the text is
    # checked sentence by sentence, as before the character joined the Latin alphabet.
    lex = load_lexicon("en")
    assert lex.screen is not None
    text = "Türkiye imposed sanctions on Syria. İstanbul was calm."
    assert lex.screen.scan(text) is None
    entities = tag_entities(text, default_kb(), lang="en")
    assert [e.type for e in extract_events(text, "en", entities)] == ["sanctions.imposed"]


def test_a_key_holding_another_key_is_left_out() -> None:
    screen = TriggerScreen(["impose", "imposed", "reimpose", "lift"])
    assert screen.size == 2  # "impose" finds "imposed" and "reimpose" too


@FAST
@given(news_like(), st.sampled_from(["ar", "en"]), st.one_of(st.none(), st.just(date(2025, 11, 11))))
def test_shortcuts_find_the_events_of_the_full_search(text: str, lang: str, published: date | None) -> None:
    fast = _events(text, lang, published)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _unshortened(monkeypatch)
        full = _events(text, lang, published)
    assert fast == full


def test_shortcuts_find_the_events_of_the_full_search_on_the_gold_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(GOLD.glob("*.gold.jsonl"))
    if not files:
        pytest.skip(f"gold files not found in {GOLD}")
    articles = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    days = [date.fromisoformat(a["published"]) if a.get("published") else None for a in articles]
    fast = [_events(a["text"], a["lang"], day) for a, day in zip(articles, days, strict=True)]
    _unshortened(monkeypatch)
    full = [_events(a["text"], a["lang"], day) for a, day in zip(articles, days, strict=True)]
    assert fast == full
    assert sum(map(len, fast)) > 20  # the articles do hold events: the comparison is not empty
