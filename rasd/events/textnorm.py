"""Word-level normalisation and clitic variants used by the event lexicons.

This is a small private helper: the events stage matches words, not spans, so it only needs to
normalise one token at a time (offsets stay those of the token in the original text). It is kept
here, rather than borrowed from ``rasd.text``, so that event detection does not depend on the
entity side's normaliser changing under it; both follow the same rules (DESIGN.md).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Cache sizes in words. A cached Arabic word with its clitic readings takes about 1 KB, and a
# news stream's vocabulary never stops growing (names, numbers, misspellings), so a worker's
# caches fill to their bound: with these sizes that bound is about 25 MB. Larger caches bought no
# speed (the analyzer over 1,000 real and generated articles: 4.08 s of CPU with 131,072-word
# caches, 4.11 s with these), because the screen keeps most words from ever being looked up.
WORD_CACHE: Final = 16384
VARIANT_CACHE: Final = 8192

# Tashkeel, Quranic marks, superscript alef and tatweel carry no lexical meaning for matching.
_DIACRITICS: Final = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD: Final = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7",
        "٨": "8", "٩": "9", "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5",
        "۶": "6", "۷": "7", "۸": "8", "۹": "9", "’": "'", "‘": "'",
    }
)

# A word: letters/digits plus the Arabic marks that \w does not cover (so "يومًا" stays one token).
# ASCII and Arabic letter ranges come first only because the regex engine tests the items of a
# class in order: the set is that of [\w\u0610-\u061a\u064b-\u065f\u0670\u0640].
TOKEN_RE: Final = re.compile(r"[a-zA-Z\u0621-\u063a\u0641-\u064a0-9\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
# The same words with what lies between them: ``split`` of a span gives [gap, word, gap, word,
# ..., gap], so the offset of every word is a running sum of lengths (no search per word).
TOKEN_SPLIT: Final = re.compile(f"({TOKEN_RE.pattern})")

_SUFFIXES: Final = ("هما", "هم", "ها", "ه")
_CONJ: Final = ("و", "ف")
_PREP: Final = ("ب", "ل", "ك", "س")


@lru_cache(maxsize=WORD_CACHE)
def normalize_word(word: str) -> str:
    """Case-fold Latin, strip Arabic diacritics, unify alef/yaa/taa-marbuta and digits."""
    return _DIACRITICS.sub("", word).translate(_FOLD).casefold()


@lru_cache(maxsize=VARIANT_CACHE)
def arabic_variants(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """All readings of a normalised Arabic word with clitics removed.

    Returns ``(forms, future_forms)``: ``future_forms`` are the readings obtained by removing
    the future prefix س from an imperfect verb (سيفرض → يفرض), so the caller can mark the
    event as planned.
    """
    forms: set[str] = {word}
    future: set[str] = set()
    bases = [word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            bases.append(word[: -len(suffix)])
    for base in bases:
        forms.add(base)
        stage1 = [base]
        if len(base) >= 3 and base[0] in _CONJ:
            stage1.append(base[1:])
        for b1 in stage1:
            stage2 = [(b1, False)]
            if b1.startswith("لل") and len(b1) > 3:
                stage2.append(("ال" + b1[2:], False))
                stage2.append((b1[2:], False))
            if len(b1) > 3 and b1[0] in _PREP:
                stage2.append((b1[1:], b1[0] == "س"))
            for b2, is_future in stage2:
                # (the article comes off a stem of three letters or more: "الان" is "now", not
                # the "ان" of "إن لم")
                for b3 in (b2, b2[2:] if b2.startswith("ال") and len(b2) > 4 else None):
                    if not b3:
                        continue
                    if is_future:
                        if b3[:1] in ("ي", "ت", "ن", "ا"):
                            future.add(b3)
                    else:
                        forms.add(b3)
                        if b3 != b2:
                            forms.add(b2)
    return frozenset(forms), frozenset(future)


@lru_cache(maxsize=VARIANT_CACHE)
def english_variants(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """English needs no clitic stripping beyond the tokenizer; keep the same interface."""
    return frozenset((word,)), frozenset()


def variants(word: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    if lang == "ar":
        return arabic_variants(word)
    return english_variants(word)


@lru_cache(maxsize=WORD_CACHE)
def word_info(raw: str, lang: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """(normalised word, clitic-free forms, future-verb forms) of a word as written."""
    norm = normalize_word(raw)
    forms, future = variants(norm, lang)
    return norm, forms, future


def without_conjunction(norm: str) -> str:
    """An Arabic word as normalised, without the conjunction glued to it ("وفرضت" → "فرضت");
    a word of three letters or fewer keeps its first one ("وقع" is a verb)."""
    return norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
