"""Query-side normalisation: comparable tokens for keyword queries (Arabic and English).

Characters are folded by the project's normaliser (``rasd.text.normalize``: no diacritics
or tatweel, unified alef/ya/ta marbuta, ASCII digits, case-folded Latin, hyphens as spaces),
so a query compares the way the entity matcher does.  On top of it, this module:

- drops the English possessive ("Syria's" → "syria");
- tokenises on word characters;
- peels Arabic proclitics: a token such as وللتحالف also answers to للتحالف / التحالف /
  تحالف, so a query word matches its forms with و ف ب ل ك and ال attached (``token_forms``).
"""

from __future__ import annotations

import re

from rasd.text.normalize import normalize as _fold

_POSSESSIVE = re.compile(r"(\w)'s\b")
_TOKEN = re.compile(r"\w+")

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"
_MIN_STEM = 2  # never strip a clitic that would leave fewer letters than this


def normalize(text: str) -> str:
    """Normalised text: comparable spelling, case-folded, single-spaced."""
    return _POSSESSIVE.sub(r"\1", _fold(text).text)


def tokens(text: str) -> list[str]:
    """Normalised word tokens of ``text`` (underscores count as separators)."""
    return [t for t in _TOKEN.findall(normalize(text).replace("_", " "))]


def _is_arabic(token: str) -> bool:
    return "\u0600" <= token[0] <= "\u06ff"


def token_forms(token: str) -> frozenset[str]:
    """Every form of ``token`` with its proclitics (و ف, then ب ل ك, then ال) peeled off.

    ``للتحالف`` is ل + التحالف with the alef of the article dropped, so it yields both
    ``التحالف`` and ``تحالف``.
    """
    forms = {token}
    if not token or not _is_arabic(token):
        return frozenset(forms)
    stems = [token]
    for conj in _CONJUNCTIONS:
        if token.startswith(conj) and len(token) - 1 >= _MIN_STEM:
            stems.append(token[1:])
    after_prep = list(stems)
    for stem in stems:
        if stem.startswith("لل") and len(stem) - 2 >= _MIN_STEM:
            after_prep.append(_ARTICLE + stem[2:])
            continue
        for prep in _PREPOSITIONS:
            if stem.startswith(prep) and len(stem) - 1 >= _MIN_STEM:
                after_prep.append(stem[1:])
    for stem in after_prep:
        forms.add(stem)
        if stem.startswith(_ARTICLE) and len(stem) - 2 >= _MIN_STEM:
            forms.add(stem[2:])
    return frozenset(forms)


def query_forms(word: str) -> frozenset[str]:
    """The forms a query word may take in text: itself and, for Arabic, without ال."""
    forms = {word}
    if word and _is_arabic(word) and word.startswith(_ARTICLE) and len(word) - 2 >= _MIN_STEM:
        forms.add(word[2:])
    return frozenset(forms)
