"""Language identification (ar / en / other) from the script and common words.

Good enough to route an article to the right lexicons, and fast: it looks at the first few
thousand characters only. An article mostly in Arabic script is Arabic; mostly Latin with
common English function words is English; anything else is "other".

Counting is done in C: a sample in one of the byte alphabets of ``rasd.text.bytefold`` is
counted with ``bytes.translate`` (letters of a script kept, the rest deleted) and split into
words with ``bytes.split``; any other sample with regexes over runs. Both give the same counts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from rasd.text import bytefold

__all__ = ["detect_language"]

_SAMPLE: Final = 4000
_ARABIC: Final = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN: Final = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_RUN: Final = re.compile(_ARABIC.pattern + "+")
_LATIN_RUN: Final = re.compile(_LATIN.pattern + "+")
_WORD: Final = re.compile(r"[A-Za-z']+")
_ENGLISH_WORDS: Final = frozenset(
    "the of and to in a is that for on with as was by it said from at be are has have were "
    "its an not this which he his they their will would after but who been also".split()
)
_ENGLISH_WORD_BYTES: Final = frozenset(w.encode("ascii") for w in _ENGLISH_WORDS)
# Count on the byte copy of the text where it has one (fast); tests turn it off to compare
# with the plain regex count.
BYTE_COUNTS = True


@cache
def _tables(alphabet: bytefold.ByteAlphabet) -> tuple[bytes, bytes, bytes]:
    """For one alphabet: the bytes to delete to keep Arabic letters only, the same for Latin
    letters, and a table turning word characters into their lower-case ASCII and the rest
    into spaces."""
    chars = alphabet.chars
    arabic = bytes(i for i, c in enumerate(chars) if not _ARABIC.match(c))
    latin = bytes(i for i, c in enumerate(chars) if not _LATIN.match(c))
    words = bytes(ord(c.lower()) if _WORD.match(c) else 0x20 for c in chars)
    return arabic, latin, words


def _counts(sample: str, *, settle: bool = False) -> tuple[int, int, int, int]:
    """Arabic letters, Latin letters, words and common English words of ``sample``.

    ``settle=True`` (for ``detect_language``) may count common words in the first half of the
    words only, when that many are already the English share of all words: the verdict is
    the one the full count gives, since more common words only raise the share.
    """
    encoded = bytefold.encode(sample) if BYTE_COUNTS else None
    if encoded is None:
        arabic = len(sample) - len(_ARABIC_RUN.sub("", sample))
        latin = len(sample) - len(_LATIN_RUN.sub("", sample))
        if latin <= arabic:
            return arabic, latin, 0, 0
        words = " ".join(_WORD.findall(sample)).lower().split()
        return arabic, latin, len(words), sum(1 for w in words if w in _ENGLISH_WORDS)
    alphabet, raw = encoded
    keep_arabic, keep_latin, word_table = _tables(alphabet)
    arabic = len(raw.translate(None, keep_arabic))
    latin = len(raw.translate(None, keep_latin))
    if latin <= arabic:
        return arabic, latin, 0, 0
    spaced = raw.translate(word_table)  # lower-case words between spaces
    if settle:
        # Words are runs of non-spaces: counted as run starts, without making the words.
        runs = spaced.translate(_RUN_TABLE)
        word_count = runs.count(b" w") + runs.startswith(b"w")
        half = spaced.find(b" ", len(spaced) // 2)
        if word_count and half > 0:
            common = sum(map(_ENGLISH_WORD_BYTES.__contains__, spaced[:half].split()))
            if common / word_count >= _ENGLISH_SHARE:
                return arabic, latin, word_count, common
    tokens = spaced.split()
    return arabic, latin, len(tokens), sum(map(_ENGLISH_WORD_BYTES.__contains__, tokens))


# Bytes of a ``_tables`` word text: a space stays, anything else (a word byte) becomes "w".
_RUN_TABLE: Final = bytes(0x20 if i == 0x20 else ord("w") for i in range(256))
# English prose has well over 15% function words; at 8% a text is taken for English.
_ENGLISH_SHARE: Final = 0.08


def detect_language(text: str) -> str:
    """Return "ar", "en" or "other" for ``text``."""
    sample = text[:_SAMPLE]
    arabic, latin, words, common = _counts(sample, settle=True)
    if arabic == 0 and latin == 0:
        return "other"
    if arabic >= latin:
        return "ar"
    if not words:
        return "other"
    # A short headline has at least one function word.
    if common / words >= _ENGLISH_SHARE or (words < 12 and common >= 1):
        return "en"
    return "other"
