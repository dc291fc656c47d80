"""Folding a whole text in C through a one-byte alphabet: the fast path of ``normalize``.

``str.translate`` with a dict looks every character up one by one (30-40 ns each, a fifth of
the tagging budget on a 4 KB Arabic article). But nearly every news article is written in a
small alphabet: ASCII and Arabic, or ASCII and accented Latin, with the usual punctuation and
invisible marks. Each such alphabet fits in 256 characters, so the text can be encoded to
one byte per character with a charmap codec, folded with ``bytes.translate`` and decoded
back, all in C; the same bytes, translated to character classes, let plain byte regexes with
literal prefixes find what vanishes (diacritics, marks), what collapses (white-space runs)
and what may be an HTML entity. Offsets do not move: byte i is character i.

A text with a character outside both alphabets returns None and takes the generic path.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from rasd.text.fold import EXPANDING, FOLD_TABLE, is_dropped

__all__ = ["ALPHABETS", "ByteAlphabet", "encode"]

# Class bytes: what a character is, for finding the special runs.
_DROP, _SPACE, _AMP, _PLAIN = 0x01, 0x20, 0x26, 0x78
# Per kind: the class bytes that start a run, found with ``bytes.find`` (a fast substring
# search; a regex stops at every single space), and the class byte it goes on with.
_CLASS_RUNS: Final = (("drop", b"\x01", _DROP), ("space", b"\x20\x20", _SPACE), ("entity", b"&", -1))
_EXPANDING_RE: Final = re.compile(f"[{EXPANDING}]")


def _chars(*ranges: tuple[int, int] | str) -> list[str]:
    out: list[str] = []
    for r in ranges:
        out.extend(r if isinstance(r, str) else (chr(c) for c in range(r[0], r[1] + 1)))
    return out


_COMMON: Final = _chars(
    "\x00",  # the charmap codec builds its fast encoding map only if byte 0 is U+0000
    (0x09, 0x0D), (0x1C, 0x7E),
    "\u00a0\u00ad\u00ab\u00bb\u00b4\u00b7\u00b0\u00a9\u00a3\u00a7\u20ac\u2022\u2026\u2032\u2212"
    "\u02bc\u02be\u02bf\ufeff",
    (0x2010, 0x2015), (0x2018, 0x201F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x2069),
)
_ARABIC: Final = _chars(
    "\u060c\u061b\u061f", (0x0621, 0x063A), (0x0640, 0x065F), (0x0660, 0x066C),
    "\u0670\u0671\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0", (0x06F0, 0x06F9),
)
_LATIN: Final = _chars(
    # Not U+00A4 "¤" (the generic currency sign, unused in news): it leaves room for "İ".
    (0x00A1, 0x00A3), (0x00A5, 0x00FF),
    "\u011f\u011e\u015f\u015e\u0131\u0130\u0107\u010d\u0106\u010c\u0161\u0160\u017e\u017d\u0142\u0144"  # Turkish, Polish, Czech, Croatian
)


class ByteAlphabet:
    """Up to 256 characters that encode to one byte each, with their fold and class tables."""

    __slots__ = ("name", "_decoding", "_encoding", "_fold", "_classes")

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        chars = list(dict.fromkeys(c for c in candidates if not _EXPANDING_RE.match(c)))
        # A character whose folded form lies outside the alphabet cannot be folded here.
        while True:
            members = set(chars)
            kept = [c for c in chars if is_dropped(c) or FOLD_TABLE[ord(c)] in members]
            if len(kept) == len(chars):
                break
            chars = kept
        if len(chars) > 256:
            raise ValueError(f"byte alphabet {name!r} has {len(chars)} characters, at most 256 fit")
        self._decoding = "".join(chars).ljust(256, "\ufffe")  # U+FFFE: byte not in use
        self._encoding = codecs.charmap_build(self._decoding)
        index = {c: i for i, c in enumerate(chars)}
        fold = bytearray(range(256))
        classes = bytearray([_PLAIN]) * 256
        for c, i in index.items():
            if is_dropped(c):
                classes[i] = _DROP
                continue
            fold[i] = index[FOLD_TABLE[ord(c)]]
            if c.isspace():
                classes[i] = _SPACE
            elif c == "&":
                classes[i] = _AMP
        self._fold = bytes(fold)
        self._classes = bytes(classes)

    @property
    def chars(self) -> str:
        """The alphabet: byte i stands for ``chars[i]`` (U+FFFE where byte i is unused)."""
        return self._decoding

    def encode(self, text: str) -> bytes | None:
        """One byte per character of ``text``, or None if a character is not in the alphabet."""
        try:
            return codecs.charmap_encode(text, "strict", self._encoding)[0]
        except UnicodeEncodeError:
            return None

    def fold(self, raw: bytes) -> str:
        """The folded text of ``raw`` (from ``encode``), dropped characters still in place."""
        return self.decode(self.fold_bytes(raw))

    def fold_bytes(self, raw: bytes) -> bytes:
        """``fold`` before decoding: the folded text in this alphabet's bytes."""
        return raw.translate(self._fold)

    def decode(self, raw: bytes) -> str:
        """The text that ``raw`` encodes in this alphabet."""
        # A str decoding table is what the charmap codecs of the standard library pass too.
        return codecs.charmap_decode(raw, "strict", self._decoding)[0]  # type: ignore[arg-type]

    def specials(self, raw: bytes) -> list[tuple[str, int, int]]:
        """``(kind, start, end)`` of runs of dropped characters ("drop"), white-space runs of
        two or more ("space") and each "&" ("entity", a candidate to check on the text), in
        text order."""
        classes = raw.translate(self._classes)
        size = len(classes)
        found: list[tuple[str, int, int]] = []
        find = classes.find
        for kind, first, more in _CLASS_RUNS:
            start = find(first)
            while start >= 0:
                end = start + len(first)
                while end < size and classes[end] == more:
                    end += 1
                found.append((kind, start, end))
                start = find(first, end)
        found.sort(key=_start)
        return found


def _start(item: tuple[str, int, int]) -> int:
    return item[1]


ARABIC_ALPHABET: Final = ByteAlphabet("arabic", _COMMON + _ARABIC)
LATIN_ALPHABET: Final = ByteAlphabet("latin", _COMMON + _LATIN)
ALPHABETS: Final = (ARABIC_ALPHABET, LATIN_ALPHABET)


# The last text encoded and its encoding: language id, the normaliser and the event screen
# each encode the same article in turn (a text is immutable, so identity is enough).
_last: tuple[str, tuple[ByteAlphabet, bytes] | None] | None = None


def encode(text: str, *, remember: bool = True) -> tuple[ByteAlphabet, bytes] | None:
    """The text in the first alphabet that holds all of it, or None.

    ``remember=False`` for a text nobody else will encode (a folded copy): the article stays
    the one remembered."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    found = _encode(text)
    if remember:
        _last = (text, found)
    return found


def _encode(text: str) -> tuple[ByteAlphabet, bytes] | None:
    # Alef or lam: any Arabic text has them, so try the Arabic alphabet first.
    first, second = (
        (ARABIC_ALPHABET, LATIN_ALPHABET) if "\u0627" in text or "\u0644" in text
        else (LATIN_ALPHABET, ARABIC_ALPHABET)
    )
    for alphabet in (first, second):
        raw = alphabet.encode(text)
        if raw is not None:
            return alphabet, raw
    return None
