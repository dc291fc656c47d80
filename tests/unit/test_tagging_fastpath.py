"""The fast paths of entity tagging give exactly what the plain paths give.

The matcher searches a copy written in a byte alphabet with one call to a byte automaton
(``ahocorasick_rs``) and any other copy with the plain character automaton; the tagger builds
``Mention`` objects without the dataclass ``__init__``; language id may stop counting English
function words half-way. Each is compared here with its plain counterpart on generated text.
"""

from __future__ import annotations

import dataclasses
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.entities import get_matcher
from rasd.kb.loader import load_kb
from rasd.kb.model import KnowledgeBase
from rasd.model import Mention
from rasd.text import detect_language
from rasd.text.normalize import NormalizedText


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


# Names, clitics, case variants, diacritics and characters that push a text off the byte
# alphabets (Greek, "İ"), so that both paths and both alphabets are exercised; names holding
# other names inside them, so that hits overlap with neither start nor end in common.
_PIECES = st.sampled_from(
    ["سوريا ", "لسوريا ", "وبالولايات المتحدة ", "الرئيس الأمريكي ", "الرئيس السوري ", "أحمد الشرع ", "الشرع ",
     "للتحالف الدولي ", "داعش", "وزير الداخلية أنس خطاب ", "وزارة الخارجية السورية ", "الأوروبي ", "قسد ",
     "Syria ", "SYRIA ", "syria ", "the United States ", "U.S. ", "US ", "us ", "EU ", "European ", "Trump's ",
     "Secretary of State Marco Rubio ", "Foreign Ministry ", "UN ", "un", "is ", "IS ", "Hayat Tahrir al-Sham ",
     "İstanbul ", "Erdoğan ", "Ωμέγα ", "&#937; ", "&#1575;", "&eacute;", "&nosuch;", " \u00a0 ", "\t", "قوات سوريا الديمقراطية ", "برنامج الأمم المتحدة الإنمائي ",
     "the Islamic State of Iraq and Syria ", "Crown Prince of Saudi Arabia ", "US-led coalition against ISIS ", "ﻻ", "\u064e", "\u0640", "&amp;", "-", "، ", ". ", "\n", "  ", "x", "ال"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_byte_automaton_scan_equals_the_plain_scan(text):
    matcher = get_matcher(_kb())
    nt = NormalizedText(text)
    fast_hits, fast_anchors = matcher.scan(nt)
    plain_hits, plain_anchors = matcher.scan(nt, fast=False)
    # The same hits in the same order (by end, longest first at one end), the same anchors.
    assert fast_hits == plain_hits
    assert fast_anchors == plain_anchors


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_copy_in_bytes_is_the_copy(text):
    for nt in (NormalizedText(text), NormalizedText(text, use_byte_alphabets=False)):
        encoded = nt.copy_bytes()
        if encoded is not None:
            alphabet, raw = encoded
            assert alphabet.decode(raw) == nt.text
        assert nt.char_classes() == NormalizedText(nt.original).char_classes()


def test_news_text_takes_the_byte_automaton():
    """The comparison above is only worth something if the fast path is the one taken."""
    matcher = get_matcher(_kb())
    for text in ("قال الرئيس الأمريكي دونالد ترامب إن سوريا", "Syria's Foreign Ministry said the US"):
        nt = NormalizedText(text)
        encoded = nt.copy_bytes()
        assert encoded is not None and encoded[0] in matcher._byte_automata
        assert matcher.scan(nt)[0]


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_tagging_with_either_scan_gives_the_same_entities(text):
    kb = _kb()
    matcher = get_matcher(kb)
    nt = NormalizedText(text)
    # what the tagger builds on: the hits and the unlinked-name anchors of the scan
    assert matcher.scan(nt) == matcher.scan(nt, fast=False)


def test_mentions_built_by_the_tagger_are_ordinary_mentions():
    from rasd.entities.tagger import _mention

    built, plain = _mention(3, 9, "Syria "), Mention(3, 9, "Syria ")
    assert type(built) is Mention
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    assert built.to_dict() == {"start": 3, "end": 9, "text": "Syria "}
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 4  # type: ignore[misc]


_LANG_PIECES = st.sampled_from(
    ["the ", "of ", "and ", "Syria ", "joined ", "coalition ", "sanctions ", "officials ", "Monday ", "x ",
     "der ", "Bundestag ", "hat ", "beschlossen ", "é ", "İ ", "سوريا ", "\n", ", "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LANG_PIECES, min_size=0, max_size=300).map("".join))
def test_language_id_that_stops_counting_decides_as_the_full_count(text):
    from rasd.text import langid

    arabic, latin, words, common = langid._counts(text[: langid._SAMPLE])  # every word counted
    if arabic == 0 and latin == 0:
        expected = "other"
    elif arabic >= latin:
        expected = "ar"
    elif words and (common / words >= 0.08 or (words < 12 and common >= 1)):
        expected = "en"
    else:
        expected = "other"
    assert detect_language(text) == expected
    settled = langid._counts(text[: langid._SAMPLE], settle=True)
    assert settled[:3] == (arabic, latin, words)
    assert settled[3] <= common
