"""Wire datelines: "DAMASCUS (Rasd) -", "BRUSSELS, Nov 10 (Reuters) -", "أنقرة (نشرة رصد) -".

A dateline says where the story was filed, not who took part in it, so a city named there must
never become an actor ("Damascus and Syria joined…"). A dateline opens the article or one of
its paragraphs: a short place name (Latin capitals, or a few Arabic words), an optional date,
the agency in parentheses, then a dash or a colon. The agency part is required: without it
"Turkey - the government said…" is not told apart from a dateline.
"""

from __future__ import annotations

import re
from typing import Final

_DASH: Final = r"[-\u2010-\u2015\u2212:]"
_AGENCY: Final = r"\([^()\n]{1,40}\)"
_DATE_EN: Final = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
_DATE_AR: Final = r"(?:[\s،,]+\d{1,2}\s+[\u0621-\u064a]{3,10}(?:\s+\d{4})?)?"
_PLACE_EN: Final = r"[A-Z][A-Z.'\u2019-]+(?:[ ,/]{1,2}[A-Z][A-Za-z.'\u2019-]+){0,3}"
_PLACE_AR: Final = r"[\u0621-\u064a\u064b-\u065f\u0640]{2,}(?:\s+[\u0621-\u064a\u064b-\u065f\u0640]{2,}){0,2}"

# CNN writes the place in title case, and since about 2015 without the dash: "Washington (CNN)
# -- The United States…", "Seoul, South Korea (CNN) --", "Vienna (CNN) Iran and…"
_PLACE_CNN: Final = r"[A-Z][a-z]+(?:,? [A-Z][a-z]+){0,3}"

# AP and most US papers give no agency: "WASHINGTON — The Treasury…", "NYON, Switzerland — UEFA…".
# Only a place in capitals (one word of four letters or more, or several) before an em or en
# dash: "Turkey - the government said…" stays no dateline.
# (the state after it in title case, or in dotted capitals: "TASHKENT, U.S.S.R., Jan. 10 —")
_PLACE_CAPS: Final = (r"(?:[A-Z][A-Z.'\u2019-]{3,}|[A-Z]{2,}(?: [A-Z]{2,}){1,2})"
               r"(?:, (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2,5}))?")

# Feeds that flatten the dash write a plain hyphen: "BRUSSELS, Oct 29 - The EU…". With a date
# the capitals are a dateline, not a shouted word ("NATO - the alliance said" has none).
_DATE_EN_NEEDED: Final = r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"

# Two filing cities joined by a slash are a dateline even before a plain hyphen and without a
# date: "WASHINGTON/HONG KONG - The United States…" (not "US/EU - talks": short words).

# The EU institutions' press releases give the day first, the year in full and no agency:
# "Brussels, 14 July 2025 - The Council today…", "Luxembourg, 23 June 2025 – …".
_DATE_DMY_NEEDED: Final = r",\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}"
# British and Commonwealth papers write the place in capitals before the same full date:
# "HONG KONG, 24 March 2016 - Our correspondent", "LAGOS, 3 May 2021 – The Senate…" (the date
# in full tells it from a shouted word before a dash).

# Arabic papers write the place and their own name in quotes on a line of its own, an agency
# after a dash: "الخرطوم: "السوداني" - وكالات", "الرياض - "المدينة"" (the paper's name is often a
# demonym: never a party either).
_PLACE_AR_LINE: Final = r"[\u0621-\u064a\u064b-\u065f\u0640]{2,}(?:[ \t]+[\u0621-\u064a\u064b-\u065f\u0640]{2,}){0,2}"
_SOURCE_LINE_AR: Final = (
    rf"{_PLACE_AR_LINE}[ \t]*[:\-\u2013][ \t]*[\"\u201c\u00ab][^\"\u201d\u00bb\n]{{2,30}}[\"\u201d\u00bb]"
    r"(?:[ \t]*[-\u2013][ \t]*[\u0621-\u064a ]{2,20})?[ \t]*$"
)

# Sudanese and other Arabic sites put the filing places and the full date before a dash, with no
# agency: "أديس أبابا 27 سبتمبر 2012 -", "بورتسودان/ واشنطن 16 يناير 2025 –" (the day, the month,
# one word or two, "كانون الثاني", and the year in full: a sentence does not open so).
_DATE_AR_FULL: Final = r"\d{1,2}[ \t]+[\u0621-\u064a]{3,10}(?:[ \t]+[\u0621-\u064a]{4,7})?[ \t]+\d{4}"
_FILED_AR: Final = rf"{_PLACE_AR_LINE}(?:[ \t]*/[ \t]*{_PLACE_AR_LINE})*[ \t،,]+{_DATE_AR_FULL}[ \t]*[-\u2013\u2014]+"

DATELINE_RE: Final = re.compile(
    rf"^[ \t\u200f\u200e\ufeff]*(?:(?:{_PLACE_EN}{_DATE_EN}|{_PLACE_AR}{_DATE_AR})\s*{_AGENCY}\s*{_DASH}+"
    rf"|{_PLACE_CAPS}{_DATE_EN} [\u2013\u2014]"
    rf"|{_PLACE_CAPS}{_DATE_EN_NEEDED} -{{1,2}} "
    rf"|{_PLACE_CAPS}(?:/{_PLACE_CAPS})+{_DATE_EN} [-\u2013\u2014]{{1,2}} "
    rf"|{_PLACE_CNN} \(CNN\)(?:\s*{_DASH}+)?"
    rf"|{_PLACE_CNN}{_DATE_DMY_NEEDED}\s*{_DASH}+ "
    rf"|{_PLACE_CAPS}{_DATE_DMY_NEEDED} [-\u2013\u2014]{{1,2}} "
    rf"|{_SOURCE_LINE_AR}"
    rf"|{_FILED_AR})",
    re.MULTILINE,
)


# A byline that names where its reporter files: "From Bernard Owusu, Accra", "By Timoci Vula,
# Suva", "| From our State House correspondent, Abuja", "From our own correspondent, Washington, and
# agencies". It opens a line or follows a "|" of the masthead line; the place after the comma is
# the reporter's, as a dateline's is, and takes no part in the story.
_BYLINE_WORD_EN: Final = r"(?:[A-Z][\w.'\u2019-]*|our|own|staff|special|correspondent|correspondents|reporter|reporters|in|and|de|van|von|bin|al)"
BYLINE_PLACE_RE: Final = re.compile(
    rf"(?:^|\|)[ \t]*(?:By|From)[ \t]+{_BYLINE_WORD_EN}(?:[ \t]+{_BYLINE_WORD_EN}){{0,5}}[ \t]*,[ \t]*"
    r"([A-Z][A-Za-z.'\u2019-]+(?:[ \t]+[A-Z][A-Za-z.'\u2019-]+){0,2})"
    r"(?=[ \t]*(?:$|\||,[ \t]*and[ \t]+(?:agencies|wires|staff)\b))",
    re.MULTILINE,
)
_BYLINE_LONGEST: Final = 160  # characters of a byline's line: a sentence of the story is longer


def byline_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the reporter's place in every byline of ``text`` (English)."""
    out: list[tuple[int, int]] = []
    for m in BYLINE_PLACE_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (line_end if line_end >= 0 else len(text)) - line_start <= _BYLINE_LONGEST:
            out.append(m.span(1))
    return out


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dateline that opens the text or one of its lines."""
    # Tried only at line starts (all that "^" allows) instead of letting the regex engine try
    # every character of the article; the matches are those of ``DATELINE_RE.finditer``.
    out: list[tuple[int, int]] = []
    pos = 0  # always a line start
    while pos >= 0:
        m = DATELINE_RE.match(text, pos)
        if m is not None:
            out.append(m.span())
            pos = _line_start_from(text, m.end())
        else:
            nxt = text.find("\n", pos)
            pos = nxt + 1 if nxt >= 0 else -1
    return out


def _line_start_from(text: str, pos: int) -> int:
    """The first line start at or after ``pos`` (-1 when none)."""
    if pos == 0 or text[pos - 1] == "\n":
        return pos
    nxt = text.find("\n", pos)
    return nxt + 1 if nxt >= 0 else -1
