"""Normalisation for matching, with a map back to the text as given.

The matcher never sees the article itself: it sees a folded copy in which Arabic diacritics,
tatweel, bidi marks and zero-width characters are gone, alef/yaa/taa-marbuta forms are unified,
digits are ASCII, Latin letters are lower-cased without accents, hyphens are spaces and runs of
white space are one space (the rules are in ``rasd.text.fold``). HTML entities (``&amp;``) are
decoded in the copy. ``NormalizedText`` keeps enough to turn a span of the copy back into
Python string offsets of the original, so a mention always points at the text as published.

Speed matters (thousands of articles per second). A text written in one of the byte alphabets
of ``rasd.text.bytefold`` (nearly all news) is folded whole in C; any other text is folded with
one ``str.translate`` per run. Only the rare characters that vanish or expand, white-space runs
and entities are handled one run at a time, each recorded as a segment of the offset map.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final

from rasd.text import bytefold
from rasd.text.fold import DROPPED, EXPANDING, FOLD_TABLE, fold_char

__all__ = [
    "ARTICLE_PREFIXES",
    "PROCLITIC_PREFIXES",
    "NormalizedText",
    "arabic_stem_variants",
    "fold_char",
    "is_arabic_letter",
    "normalize",
    "normalize_alias",
]

_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The generic path's scanner (text outside the byte alphabets).
_SPECIAL: Final = re.compile(
    rf"(?P<drop>[{DROPPED}]+)"
    rf"|(?P<entity>{_ENTITY.pattern})"
    r"|(?P<space>\s{2,})"
    rf"|(?P<expand>[{EXPANDING}])"
)


def _generic_specials(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _SPECIAL.finditer(text):
        yield m.lastgroup or "", m.start(), m.end()


class NormalizedText:
    """A folded copy of ``original`` plus the map from copy offsets back to original offsets.

    ``use_byte_alphabets=False`` forces the generic path (tests compare the two paths).
    """

    __slots__ = ("original", "text", "aligned", "_seg_norm", "_seg_src", "_seg_src_end", "_classes", "_encoded")

    def __init__(self, original: str, *, use_byte_alphabets: bool = True) -> None:
        self.original = original
        encoded = bytefold.encode(original) if use_byte_alphabets else None
        specials: Iterable[tuple[str, int, int]]
        # On the byte path the copy is made in bytes too (``byte_pieces``, given up if a
        # decoded entity falls outside the alphabet), so the matcher need not encode it again.
        byte_pieces: list[bytes] | None = None
        if encoded is not None:
            alphabet, raw = encoded
            folded_raw = alphabet.fold_bytes(raw)
            folded: str | None = alphabet.decode(folded_raw)
            specials = alphabet.specials(raw)
            byte_pieces = []
        else:
            folded = None
            specials = _generic_specials(original)
        pieces: list[str] = []
        # Segment i starts at norm offset _seg_norm[i]. Identity segments (src_end == -1) map
        # char by char from _seg_src[i]; the others map every char to [_seg_src, _seg_src_end).
        seg_norm: list[int] = []
        seg_src: list[int] = []
        seg_src_end: list[int] = []
        pos = 0  # position in original
        npos = 0  # position in the copy

        def identity(upto: int) -> None:
            nonlocal pos, npos
            if upto > pos:
                seg_norm.append(npos)
                seg_src.append(pos)
                seg_src_end.append(-1)
                if folded is not None:
                    pieces.append(folded[pos:upto])
                    if byte_pieces is not None:
                        byte_pieces.append(folded_raw[pos:upto])
                else:
                    pieces.append(original[pos:upto].translate(FOLD_TABLE))
                npos += upto - pos
                pos = upto

        def replaced(out: str, start: int, end: int) -> None:
            nonlocal pos, npos, byte_pieces
            if out:
                seg_norm.append(npos)
                seg_src.append(start)
                seg_src_end.append(end)
                pieces.append(out)
                npos += len(out)
                if byte_pieces is not None:
                    out_raw = alphabet.encode(out)
                    if out_raw is None:
                        byte_pieces = None
                    else:
                        byte_pieces.append(out_raw)
            pos = end

        for kind, start, end in specials:
            if kind == "entity" and folded is not None:
                # The byte path only flags "&": is an entity really there?
                m = _ENTITY.match(original, start)
                if m is None:
                    continue
                end = m.end()
            identity(start)
            if kind == "drop":
                replaced("", start, end)
            elif kind == "space":
                replaced(" ", start, end)
            elif kind == "entity":
                token = original[start:end]
                decoded = html.unescape(token)
                if decoded == token:
                    identity(end)  # not an entity we know: the text is what it is
                else:
                    replaced("".join(fold_char(c) for c in decoded), start, end)
            else:
                replaced(fold_char(original[start:end]), start, end)
        # The copy in one byte alphabet, when made on the way (else made on demand).
        self._encoded: tuple[bytefold.ByteAlphabet, bytes] | None = None
        if pos == 0 and folded is not None:
            self.text = folded  # nothing vanished or collapsed: the copy is the folded text
            seg_norm, seg_src, seg_src_end = [0], [0], [-1]
            self._encoded = (alphabet, folded_raw)
        else:
            identity(len(original))
            self.text = "".join(pieces)
            if byte_pieces is not None:
                self._encoded = (alphabet, b"".join(byte_pieces))
        # One identity segment from the start (or none): copy offsets are original offsets.
        self.aligned = not seg_norm or (len(seg_norm) == 1 and seg_src[0] == 0 and seg_src_end[0] < 0)
        self._seg_norm = seg_norm
        self._seg_src = seg_src
        self._seg_src_end = seg_src_end
        self._classes: bytes | None = None

    def char_classes(self) -> bytes:
        """One byte per character of the copy: ``ALNUM`` if it is a letter or digit
        (``str.isalnum``), plus ``ARABIC_LETTER`` if it is an Arabic letter; so that the
        matcher asks about a position with an index into bytes, not a one-character string."""
        classes = self._classes
        if classes is None:
            encoded = self._encoded
            if encoded is None:
                encoded = self._encoded = bytefold.encode(self.text, remember=False)
            if encoded is not None:
                alphabet, raw = encoded
                classes = raw.translate(_class_table(alphabet))
            else:
                classes = self.text.translate(_CLASSES).encode("latin-1")
            self._classes = classes
        return classes

    def copy_bytes(self) -> tuple[bytefold.ByteAlphabet, bytes] | None:
        """The copy in one of the byte alphabets of ``rasd.text.bytefold`` (byte i stands for
        character i), or None when a character of it is in none of them."""
        if self._classes is None:
            self.char_classes()  # encodes the copy once for both
        return self._encoded

    def start_of(self, npos: int) -> int:
        """Original offset where the copy's character ``npos`` comes from."""
        if npos >= len(self.text):
            return len(self.original)
        if self.aligned:
            return npos
        i = bisect_right(self._seg_norm, npos) - 1
        if self._seg_src_end[i] < 0:
            return self._seg_src[i] + npos - self._seg_norm[i]
        return self._seg_src[i]

    def end_of(self, npos: int) -> int:
        """Original offset just after the copy's character ``npos``."""
        if self.aligned:
            return npos + 1
        i = bisect_right(self._seg_norm, npos) - 1
        if self._seg_src_end[i] < 0:
            return self._seg_src[i] + npos - self._seg_norm[i] + 1
        return self._seg_src_end[i]

    def span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the copy's ``[nstart, nend)`` (``nend > nstart``)."""
        if self.aligned and nend <= len(self.text):
            return nstart, nend
        if nstart >= len(self.text):
            return len(self.original), self.end_of(nend - 1)
        # start_of and end_of in one go: the end's segment is at or after the start's.
        seg_norm, seg_src, seg_src_end = self._seg_norm, self._seg_src, self._seg_src_end
        i = bisect_right(seg_norm, nstart) - 1
        start = seg_src[i] + nstart - seg_norm[i] if seg_src_end[i] < 0 else seg_src[i]
        last = nend - 1
        j = bisect_right(seg_norm, last, i) - 1
        end = seg_src[j] + last - seg_norm[j] + 1 if seg_src_end[j] < 0 else seg_src_end[j]
        return start, end


ALNUM, ARABIC_LETTER = 1, 2


def _class_of(ch: str) -> int:
    return (ALNUM if ch.isalnum() else 0) | (ARABIC_LETTER if is_arabic_letter(ch) else 0)


@lru_cache(maxsize=8)
def _class_table(alphabet: bytefold.ByteAlphabet) -> bytes:
    return bytes(_class_of(ch) for ch in alphabet.chars)


class _ClassTable(dict[int, str]):
    """``str.translate`` table of ``_class_of`` for text outside the byte alphabets."""

    def __missing__(self, code: int) -> str:
        value = self[code] = chr(_class_of(chr(code)))
        return value


_CLASSES: Final = _ClassTable()


def normalize(text: str) -> NormalizedText:
    return NormalizedText(text)


@lru_cache(maxsize=65536)
def normalize_alias(alias: str) -> str:
    """The matching form of a knowledge-base alias: folded, single-spaced, stripped."""
    return " ".join(NormalizedText(alias).text.split())


# --- Arabic proclitics --------------------------------------------------------------------

_CONJ: Final = ("", "\u0648", "\u0641")  # و ف
_PREP: Final = ("", "\u0628", "\u0644", "\u0643")  # ب ل ك
_AL: Final = "\u0627\u0644"  # ال
_LAM: Final = "\u0644"

# What may stand before an alias inside the same word: conjunction + preposition (وب، فل، ك…).
PROCLITIC_PREFIXES: Final[frozenset[str]] = frozenset(c + p for c in _CONJ for p in _PREP) - {""}
# What may stand before an alias whose own article was taken off: وال، بال، لل، فال، كال…
ARTICLE_PREFIXES: Final[frozenset[str]] = frozenset(
    {c + p + _AL for c in _CONJ for p in _PREP if p != _LAM} | {c + _LAM + _LAM for c in _CONJ}
)


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def arabic_stem_variants(alias_norm: str) -> list[str]:
    """Forms of a normalised Arabic alias that clitics or inflection produce.

    An alias that starts with the article also matches its stem when the text carries the
    article inside a clitic (للتحالف، والولايات); the caller marks these so that the stem
    alone (without ال before it) never matches.
    """
    if alias_norm.startswith(_AL) and len(alias_norm) > 4:
        return [alias_norm[2:]]
    return []
