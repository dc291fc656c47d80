"""Character folding rules: what each character of a text becomes in the matching copy.

Arabic diacritics, tatweel, bidi marks and zero-width characters vanish (``DROPPED``);
alef/yaa/taa-marbuta forms are unified; digits become ASCII; Latin letters lose case and
accents; hyphens become spaces. A few characters expand to several (ligatures, "ß":
``EXPANDING``; not "İ", whose lower case is two characters but whose fold is "i").
``FOLD_TABLE`` is the ``str.translate`` table of every character that folds to exactly one
character.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["DROPPED", "EXPANDING", "FOLD_TABLE", "fold_char", "is_dropped"]

# Characters that map to one other character, decided here rather than by Unicode data.
_EXPLICIT: Final[dict[str, str]] = {
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

# Regex character-class bodies: characters that disappear, and characters that may expand.
DROPPED: Final = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u0300-\u036f"
)
EXPANDING: Final = "\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc\u00df"
_DROPPED_RE: Final = re.compile(f"[{DROPPED}]")


def is_dropped(ch: str) -> bool:
    return _DROPPED_RE.match(ch) is not None


def fold_char(ch: str) -> str:
    """The matching form of one character (may be empty or several characters)."""
    if ch in _EXPLICIT:
        return _EXPLICIT[ch]
    if ch.isspace():
        return " "
    if is_dropped(ch):
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


FOLD_TABLE: Final = _OneToOneTable()
