"""The analyzer's word caches stay bounded however large the stream's vocabulary grows.

A worker runs for weeks over news whose vocabulary never stops growing; a cache sized in the
hundreds of thousands of words grows the worker by well over 100 MB before it stops (the soak's
memory target is growth under 10 % after warm-up)."""

from __future__ import annotations

import gc
import random
import sys
import tracemalloc
from datetime import date

import pytest

from rasd.analyze import analyze
from rasd.events import textnorm
from rasd.events.lexicon import FORM_CACHE, SPELLING_CACHE, load_lexicon
from rasd.events.recent import Recent

_AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_AR_PREFIXES = ("", "و", "ب", "ل", "وال", "بال", "فال", "لل", "س")
_AR_SUFFIXES = ("", "ها", "هم", "ه", "ات", "ين")


def _distinct_words(count: int) -> list[tuple[str, str]]:
    rng = random.Random(5)
    words: dict[tuple[str, str], None] = {}
    while len(words) < count:
        if len(words) % 2:
            stem = "".join(rng.choice(_AR_LETTERS) for _ in range(rng.randint(3, 7)))
            words[(rng.choice(_AR_PREFIXES) + stem + rng.choice(_AR_SUFFIXES), "ar")] = None
        else:
            letters = (rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10)))
            words[("".join(letters), "en")] = None
    return list(words)


def _clear() -> None:
    for cached in (textnorm.normalize_word, textnorm.arabic_variants, textnorm.english_variants):
        cached.cache_clear()
    textnorm.word_info.cache_clear()


def test_word_caches_stop_growing_at_their_bound() -> None:
    words = _distinct_words(40_000)  # more than any of the caches holds
    _clear()
    tracemalloc.start()
    try:
        for word, lang in words:
            textnorm.word_info(word, lang)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        _clear()
    assert textnorm.word_info.cache_info().maxsize == textnorm.WORD_CACHE
    # about 25 MB at the bound; the former 131,072-word caches held ~45 MB after these words
    assert held < 32_000_000, f"word caches hold {held / 1e6:.1f} MB after 40,000 distinct words"


def test_a_word_seen_again_after_the_cache_turned_over_reads_the_same() -> None:
    first = textnorm.word_info("وبالعقوبات", "ar")
    for word, lang in _distinct_words(textnorm.WORD_CACHE + 100):
        textnorm.word_info(word, lang)
    assert textnorm.word_info("وبالعقوبات", "ar") == first
    assert "عقوبات" in first[1]


def test_a_lexicons_cache_of_word_readings_stays_bounded() -> None:
    lexicon = load_lexicon("ar")
    words = [w for w, lang in _distinct_words(3 * FORM_CACHE) if lang == "ar"]
    lexicon._form_tags.clear()
    for word in words:
        lexicon.tags([textnorm.word_info(word, "ar")[1]])
    assert len(words) > FORM_CACHE
    assert 0 < len(lexicon._form_tags) <= FORM_CACHE
    # a word read again after the cache started afresh gets the same cue groups
    sanctions = textnorm.word_info("والعقوبات", "ar")[1]
    first = lexicon.tags([sanctions])
    for word in words[:FORM_CACHE]:
        lexicon.tags([textnorm.word_info(word, "ar")[1]])
    assert lexicon.tags([sanctions]) == first


def test_a_lexicons_caches_of_spellings_stay_bounded_and_still_find_triggers() -> None:
    lexicon = load_lexicon("en")
    words = [w for w, lang in _distinct_words(6 * SPELLING_CACHE) if lang == "en"]
    assert len(words) > 2 * SPELLING_CACHE
    lexicon.words(words)
    for word in words:
        lexicon.is_trigger_word(word)
    assert 0 < len(lexicon._words) <= SPELLING_CACHE
    assert 0 < len(lexicon._raw_trigger) <= SPELLING_CACHE
    assert len(lexicon._classified) <= SPELLING_CACHE
    # after turning over, a sentence's trigger is still seen, and a sentence without one is not
    assert lexicon.any_trigger("The Treasury imposed sanctions on Monday".split())
    assert not lexicon.any_trigger("The minister visited the capital on Monday".split())


def _bench_articles(count: int) -> list[tuple[str, str]]:
    from bench.corpus import generate
    from rasd.kb.loader import load_kb
    from rasd.text.langid import detect_language

    return [(text, detect_language(text)) for text in generate(load_kb(), count, seed=3)]


def test_scanning_an_article_keeps_no_reference_to_its_text() -> None:
    # A reference held per article is a leak of the article's size: a week-long worker grew by
    # 3 MB per 1,000 articles when the compiled matcher kept its per-character table this way.
    from rasd.entities.matcher import get_matcher
    from rasd.kb.loader import load_kb
    from rasd.text.normalize import normalize

    matcher = get_matcher(load_kb())
    for text, _ in _bench_articles(6):
        nt = normalize(text)
        classes, encoded = nt.char_classes(), nt.copy_bytes()
        held = (sys.getrefcount(classes), sys.getrefcount(encoded), sys.getrefcount(nt.text))
        matcher.scan(nt)
        assert (sys.getrefcount(classes), sys.getrefcount(encoded), sys.getrefcount(nt.text)) == held


def test_analysing_the_same_articles_again_holds_no_more_memory() -> None:
    # Once the caches know an article's words, reading it again must allocate nothing that
    # outlives the call: what does is held per article for the life of the worker.
    from rasd.entities.tagger import tag_entities
    from rasd.events import extract_events
    from rasd.kb.loader import load_kb

    kb = load_kb()
    articles = _bench_articles(150)

    def analyse_all() -> None:
        for text, lang in articles:
            extract_events(text, lang, tag_entities(text, kb, lang=lang), None)

    analyse_all()
    analyse_all()
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        analyse_all()
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    grown = after - before
    assert grown < 40_000, f"{grown / len(articles):.0f} bytes held per article read again"


def test_a_recent_cache_never_holds_more_than_its_bound_and_keeps_what_is_in_use() -> None:
    cache: Recent[str, int] = Recent(1000)
    for n in range(10_000):
        cache.put(f"once-{n}", n)  # a stream of names seen once
        if n % 100 == 0:
            assert cache.get("in-use") in (None, 7)
            if cache.get("in-use") is None:
                assert n == 0  # stored once, then kept by being read
                cache.put("in-use", 7)
        assert len(cache) <= 1000
    assert cache.get("in-use") == 7
    assert cache.get("once-0") is None and cache.get("once-9999") == 9999


_SMALL = 2048  # the caches' bound in the tests below: the policy is the same at any size


@pytest.fixture
def small_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both lexicons with caches of ``_SMALL`` entries (put back afterwards), so that a stream
    turns them over many times in a second."""
    for lang in ("ar", "en"):
        lexicon = load_lexicon(lang)
        for name in ("_words", "_raw_trigger", "_form_tags"):
            monkeypatch.setattr(lexicon, name, Recent(_SMALL))
        monkeypatch.setattr(lexicon, "_classified", set())
        monkeypatch.setattr(lexicon, "_trigger_raw", set())


def test_a_lexicons_spellings_in_use_survive_a_stream_of_new_words(small_caches: None) -> None:
    lexicon = load_lexicon("en")
    words = [w for w, lang in _distinct_words(12 * _SMALL) if lang == "en"]
    first = lexicon.words(["sanctions"])[0]
    for start in range(0, len(words), 200):
        lexicon.words(words[start:start + 200])
        # still held after a batch of new words, before it is used again: a cache emptied when
        # full loses it at every turnover and reads it again from scratch (checked by
        # membership, not identity: the compiled core boxes a cached tuple anew on each return)
        assert "sanctions" in lexicon._words.young or "sanctions" in lexicon._words.old
        lexicon.words(["sanctions"])  # a word every article uses
    assert len(words) > 4 * _SMALL
    assert len(lexicon._words) <= _SMALL  # the bound holds
    assert lexicon.words(["sanctions"])[0] == first


def test_an_articles_events_are_the_same_before_and_after_the_caches_turn_over(small_caches: None) -> None:
    day = date(2025, 4, 14)
    texts = {
        "en": "The Treasury imposed sanctions on two Iranian banks on Monday, officials said.",
        "ar": "وفرضت وزارة الخزانة الأمريكية عقوبات على مصرفين إيرانيين يوم الاثنين.",
    }
    before = {lang: repr(analyze(text, lang=lang, published=day).events) for lang, text in texts.items()}
    for word, lang in _distinct_words(6 * _SMALL):
        lexicon = load_lexicon(lang)
        lexicon.words([word])
        lexicon.is_trigger_word(word)
        lexicon.tags([textnorm.word_info(word, lang)[1]])
    for lang in ("ar", "en"):
        caches = load_lexicon(lang)
        assert max(len(caches._words), len(caches._raw_trigger), len(caches._form_tags)) <= _SMALL
    after = {lang: repr(analyze(text, lang=lang, published=day).events) for lang, text in texts.items()}
    assert after == before
    assert "sanctions" in before["en"] and "sanctions" in before["ar"]
