"""Sentence splitting for Arabic and English, as offsets into the text as given."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["split_sentences"]

# A sentence ends at . ! ? (Arabic ؟ too) or ؛ followed by space, or at a blank line / line end.
# Abbreviations such as "U.S." or "Gen." must not end a sentence: the lookbehinds skip single
# capitals and a few common English title abbreviations.
_ABBREVIATIONS: Final = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "no", "vs"})
_END: Final = re.compile(r"[.!?\u061f\u061b]+[\"'\u201d\u00bb)]*(?=\s)|\n\s*")
_LAST_WORD: Final = re.compile(r"(\w+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the "." at ``dot`` closes an initial ("U.S.") or a title ("Gen.")."""
    m = _LAST_WORD.search(text, max(0, dot - 8), dot)
    if m is None:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence, with surrounding white space left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
            continue
        end = m.end() if not m.group().isspace() else m.start()
        _append(text, start, end, spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
