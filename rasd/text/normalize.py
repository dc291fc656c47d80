"""Normalisation for matching, with a map back to the text as given.

The matcher never sees the article itself: it sees a folded copy in which Arabic diacritics,
tatweel, bidi marks and zero-width characters are gone, alef/yaa/taa-marbuta forms are unified,
digits are ASCII, Latin letters are lower-cased without accents, hyphens are spaces and runs of
white space are one space. HTML entities (``&amp;``) are decoded in the copy. ``NormalizedText``
keeps enough to turn a span of the copy back into Python string offsets of the original, so a
mention always points at the text as published.

Speed matters (thousands of articles per second): ordinary characters are folded with one
``str.translate`` per run, and only the rare characters that vanish or expand are handled one
by one, each recorded as a segment for the offset map.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

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

# Characters that map to one other character, decided here rather than by Unicode data.
_EXPLICIT: dict[str, str] = {
    "\u0671": "\u0627",  # alef wasla
    "\u0649": "\u064a",  # alef maqsura -> yaa
    "\u0629": "\u0647",  # taa marbuta -> haa (matching only)
    "\u06a9": "\u0643",  # Persian kaf
    "\u06cc": "\u064a",  # Persian yaa
    "\u06c0": "\u0647",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bf": "'", "\u02be": "'", "`": "'",
    "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u2212": " ", "\u00a0": " ", "\u060c": ",", "\u061b": ";", "\u061f": "?",
    "\u066b": ".", "\u066c": ",",
}
for _i in range(10):
    _EXPLICIT[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _EXPLICIT[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits

# Characters that disappear or may expand to several characters: handled outside translate().
_DROPPED = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u0300-\u036f"
)
_EXPANDING = "\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc\u0130\u00df"
_SPECIAL = re.compile(
    rf"(?P<drop>[{_DROPPED}]+)"
    rf"|(?P<entity>&(?:#[0-9]{{1,7}}|#[xX][0-9a-fA-F]{{1,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});)"
    r"|(?P<space>\s{2,})"
    rf"|(?P<expand>[{_EXPANDING}])"
)
_DROPPED_RE = re.compile(f"[{_DROPPED}]")


def fold_char(ch: str) -> str:
    """The matching form of one character (may be empty or several characters)."""
    if ch in _EXPLICIT:
        return _EXPLICIT[ch]
    if ch.isspace():
        return " "
    if _DROPPED_RE.match(ch):
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = "".join(_EXPLICIT.get(c, c) for c in out).lower()
    return "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))


class _OneToOneTable(dict[int, str]):
    """A lazily filled ``str.translate`` table; every entry is exactly one character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold_char(ch)
        value = folded if len(folded) == 1 else ch
        self[code] = value
        return value


_TABLE = _OneToOneTable()


class NormalizedText:
    """A folded copy of ``original`` plus the map from copy offsets back to original offsets."""

    __slots__ = ("original", "text", "_seg_norm", "_seg_src", "_seg_src_end")

    def __init__(self, original: str) -> None:
        self.original = original
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
                pieces.append(original[pos:upto].translate(_TABLE))
                npos += upto - pos
                pos = upto

        def replaced(out: str, start: int, end: int) -> None:
            nonlocal pos, npos
            if out:
                seg_norm.append(npos)
                seg_src.append(start)
                seg_src_end.append(end)
                pieces.append(out)
                npos += len(out)
            pos = end

        for m in _SPECIAL.finditer(original):
            identity(m.start())
            kind = m.lastgroup
            if kind == "drop":
                replaced("", m.start(), m.end())
            elif kind == "space":
                replaced(" ", m.start(), m.end())
            elif kind == "entity":
                decoded = html.unescape(m.group())
                if decoded == m.group():
                    identity(m.end())  # not an entity we know: the text is what it is
                else:
                    replaced("".join(fold_char(c) for c in decoded), m.start(), m.end())
            else:
                replaced(fold_char(m.group()), m.start(), m.end())
        identity(len(original))
        self.text = "".join(pieces)
        self._seg_norm = seg_norm
        self._seg_src = seg_src
        self._seg_src_end = seg_src_end

    def start_of(self, npos: int) -> int:
        """Original offset where the copy's character ``npos`` comes from."""
        if npos >= len(self.text):
            return len(self.original)
        i = bisect_right(self._seg_norm, npos) - 1
        if self._seg_src_end[i] < 0:
            return self._seg_src[i] + npos - self._seg_norm[i]
        return self._seg_src[i]

    def end_of(self, npos: int) -> int:
        """Original offset just after the copy's character ``npos``."""
        i = bisect_right(self._seg_norm, npos) - 1
        if self._seg_src_end[i] < 0:
            return self._seg_src[i] + npos - self._seg_norm[i] + 1
        return self._seg_src_end[i]

    def span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the copy's ``[nstart, nend)`` (``nend > nstart``)."""
        return self.start_of(nstart), self.end_of(nend - 1)


def normalize(text: str) -> NormalizedText:
    return NormalizedText(text)


@lru_cache(maxsize=65536)
def normalize_alias(alias: str) -> str:
    """The matching form of a knowledge-base alias: folded, single-spaced, stripped."""
    return " ".join(NormalizedText(alias).text.split())


# --- Arabic proclitics --------------------------------------------------------------------

_CONJ = ("", "\u0648", "\u0641")  # و ف
_PREP = ("", "\u0628", "\u0644", "\u0643")  # ب ل ك
_AL = "\u0627\u0644"  # ال
_LAM = "\u0644"

# What may stand before an alias inside the same word: conjunction + preposition (وب، فل، ك…).
PROCLITIC_PREFIXES: frozenset[str] = frozenset(c + p for c in _CONJ for p in _PREP) - {""}
# What may stand before an alias whose own article was taken off: وال، بال، لل، فال، كال…
ARTICLE_PREFIXES: frozenset[str] = frozenset(
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
