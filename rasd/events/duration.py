"""Durations ("180 يومًا" → P180D, "for another year" → P1Y) and explicit dates in a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from rasd.events.textnorm import normalize_word

_NUM_WORDS: Final = {
    # English
    "a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
    # Arabic (normalised: ة→ه, أ→ا)
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8,
    "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "عشرين": 20, "ثلاثين": 30,
    "ستين": 60, "تسعين": 90, "مائه": 100, "مئه": 100,
}

# (normalised) the units of Arabic 11 to 19, before "عشر"/"عشرة" ("اثني عشر شهرا", "ثلاثة عشر يوما")
_TEEN_UNITS_AR: Final = {"احد": 1, "احدي": 1, "اثني": 2, "اثنا": 2, "اثنتي": 2, "اثنتا": 2, "ثلاث": 3, "ثلاثه": 3,
                         "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7,
                         "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9}
_TENS_AR: Final = frozenset({"عشر", "عشره"})

_UNITS: Final = {
    # unit word -> (ISO designator, count implied when the unit stands alone)
    "day": ("D", 1), "days": ("D", None), "week": ("W", 1), "weeks": ("W", None),
    "month": ("M", 1), "months": ("M", None), "year": ("Y", 1), "years": ("Y", None),
    "يوم": ("D", 1), "يوما": ("D", None), "ايام": ("D", None), "يومين": ("D", 2),
    "اسبوع": ("W", 1), "اسبوعا": ("W", None), "اسابيع": ("W", None), "اسبوعين": ("W", 2),
    "شهر": ("M", 1), "شهرا": ("M", None), "اشهر": ("M", None), "شهور": ("M", None), "شهرين": ("M", 2),
    "سنه": ("Y", 1), "سنوات": ("Y", None), "سنتين": ("Y", 2), "عام": ("Y", 1), "عاما": ("Y", None),
    "اعوام": ("Y", None), "عامين": ("Y", 2),
}

_WORD: Final = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")
# Words that announce a span of time; a unit without one ("14 عامًا" of war) is not a duration
# of the measure unless it directly follows the trigger phrase.
_LEADS: Final = frozenset({"for", "لمده", "مده", "ل", "طيله", "another", "further", "additional", "اضافيه", "اخري"})


def words_of(text: str) -> list[str]:
    """The normalised words of ``text`` as this module reads them."""
    return [normalize_word(w) for w in _WORD.findall(text)]


def is_time_unit(word: str) -> bool:
    """Whether the normalised ``word`` is a unit of time ("شهرا", "عام", "لعام")."""
    return word in _UNIT_FORMS


def find_duration(text: str, words: Sequence[str] | None = None) -> str | None:
    """The first "for N units" duration in ``text`` as ISO 8601, or None.

    ``words``: ``words_of(text)`` when the caller already has them (the sentence tokens)."""
    if words is None:
        words = words_of(text)
    if _UNIT_FORMS.isdisjoint(words):
        return None  # no unit of time: the common case
    for i, word in enumerate(words):
        unit = _UNITS.get(word) or _UNITS.get(word[1:] if word[:1] in "لب" else "")
        if unit is None:
            continue
        designator, implied = unit
        count: int | None = None
        lead_at = i
        if i > 0:
            prev = words[i - 1]
            if prev.isdigit():
                count, lead_at = int(prev), i - 1
            elif prev in _TENS_AR and i > 1 and words[i - 2] in _TEEN_UNITS_AR:
                # "اثني عشر شهرا" is twelve months, not ten
                count, lead_at = 10 + _TEEN_UNITS_AR[words[i - 2]], i - 2
            elif prev in _NUM_WORDS:
                count, lead_at = _NUM_WORDS[prev], i - 1
            elif prev[:1] in "لب" and (prev[1:].isdigit() or prev[1:] in _NUM_WORDS):
                # the number carries the preposition: "لستة أشهر", "لـ6 أشهر", "بثلاثة أشهر"
                count, lead_at = int(prev[1:]) if prev[1:].isdigit() else _NUM_WORDS[prev[1:]], i - 1
        if count is None and i + 1 < len(words) and words[i + 1] in _NUM_WORDS and words[i + 1] not in ("a", "an"):
            count = _NUM_WORDS[words[i + 1]]  # Arabic: "لمدة ستة أشهر" / "شهرًا واحدًا"
        if count is None:
            count = implied
        if count is None or count <= 0 or count > 10000:
            continue
        window = set(words[max(0, lead_at - 3):lead_at])
        if not window & _LEADS and not words[lead_at].startswith("ل"):
            continue
        return f"P{count}{designator}"
    return None


_MONTHS: Final = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "يونيه": 6, "يوليه": 7,  # Egyptian spellings (Al-Ahram: "30 يونيه")
    # Maghreb spellings (Echorouk, Hespress: "13 جوان 2019"; "ماي" is also Theresa May, so it
    # counts only beside a day, a year or "الماضي"/"المقبل": ``_AMBIGUOUS_MONTHS``)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
_NEXT: Final = frozenset({"next", "coming", "المقبل", "القادم", "المقبله", "القادمه"})
# Month names that are also other words ("may", "mar", the Levantine "آب" "father", the Maghrebi
# "ماي" "May" of Theresa May): months only when a date's other parts stand beside them.
_AMBIGUOUS_MONTHS: Final = ("may", "mar", "اب", "ماي")
# Every word that can open a month name (one word, or the first of "كانون الثاني"); the
# Maghrebi "ماي" is left out, so that a name alone ("تيريزا ماي") writes no date.
_MONTH_STARTS: Final = frozenset(name.split()[0] for name in _MONTHS) - {"ماي"}
_UNIT_FORMS: Final = frozenset(_UNITS) | {p + unit for p in "لب" for unit in _UNITS}  # "لمدة 180 يوما"، "ليوم"


def find_dates(text: str, published: date | None = None, words: Sequence[str] | None = None) -> list[str]:
    """Explicit dates in ``text``: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (month without a year
    takes the publication year, or the year before when it would fall after publication).

    ``words``: ``words_of(text)`` when the caller already has them (the sentence tokens)."""
    if words is None:
        words = words_of(text)
    if _MONTH_STARTS.isdisjoint(words) and not any(map(str.isdigit, words)):
        return []  # no month name and no number: no date (most sentences)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        month = _MONTHS.get(w)
        if month is None and i + 1 < len(words):
            month = _MONTHS.get(f"{w} {words[i + 1]}")
            if month is not None:
                i += 1
        if month is not None and w not in _AMBIGUOUS_MONTHS or (w in _AMBIGUOUS_MONTHS and _has_num(words, i)):
            day = _day(words, i)
            year = _year_after(words, i)
            if year is None and published is not None:
                year = published.year
                if (month, day or 1) > (published.month, published.day) and not (
                    i + 1 < len(words) and words[i + 1] in _NEXT
                ):
                    year -= 1
            if year is not None:
                out.append(f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}")
        elif _is_year(w) and not _year_is_consumed(words, i):
            out.append(w)
        i += 1
    return list(dict.fromkeys(out))


# The century comes first so that the regex engine can skip to its first digit in C; the
# look-behind then checks the character before it (same matches as a leading look-behind).
_YEAR: Final = re.compile(r"(?:19|20|١٩|٢٠)(?<![0-9٠-٩A-Za-z]..)[0-9٠-٩]{2}(?![0-9٠-٩A-Za-z])")


def years_in(text: str) -> list[int]:
    return [y for y in (int(normalize_word(m)) for m in _YEAR.findall(text)) if 1900 <= y <= 2100]


def _is_year(w: str) -> bool:
    return len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100


def _has_num(words: Sequence[str], i: int) -> bool:
    return (i > 0 and words[i - 1].isdigit()) or (i + 1 < len(words) and words[i + 1].isdigit())


def _day(words: Sequence[str], i: int) -> int | None:
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and words[j].isdigit() and 1 <= int(words[j]) <= 31 and len(words[j]) <= 2:
            return int(words[j])
    return None


def _year_after(words: Sequence[str], i: int) -> int | None:
    for j in range(i + 1, min(len(words), i + 4)):
        if _is_year(words[j]):
            return int(words[j])
    return None


def _year_is_consumed(words: Sequence[str], i: int) -> bool:
    """A year already used by a preceding month ("June 2, 2025", "11 تشرين الثاني/نوفمبر 2025")."""
    return any(words[j] in _MONTHS for j in range(max(0, i - 3), i))
