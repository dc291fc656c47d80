"""The status of an event mention: occurred, planned, historical, negated, stalled, or dropped.

Cues are looked for in the trigger's clause, mostly just before the trigger, because a cue
further away usually belongs to another verb. Precedence (first that applies wins):

1. demand or hypothesis ("calls for sanctions", "urged to lift", "possible deployment", "قد
   ترفع") → no
   event; a threat cue or a condition turns an imposition into ``sanctions.threatened``;
2. negation (لم، لن، did not, denied) → negated;
3. a stall cue anywhere in the sentence (تعثرت، collapsed, talks broke down) → stalled;
4. background: relative clause about the sanctions ("وهي عقوبات فرضتها"), pluperfect (كان … قد),
   "since 2006", an explicit year before the article's, a month two or more months before
   publication → historical;
5. future (سـ, سوف, تعتزم, will, plans to, a later year, "next month" after the trigger) →
   planned;
6. otherwise occurred.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from typing import Final, NamedTuple

from rasd.events.duration import _MONTH_STARTS, _MONTHS, _NUM_WORDS, _UNITS
from rasd.events.lexicon import Lexicon, TriggerSpec
from rasd.events.sentences import (
    Sentence,
    aside_before,
    aside_words,
    comma_before,
    fronted_while_clause_ar,
)
from rasd.events.textnorm import normalize_word, without_conjunction

# Negators that do not negate the next verb: "لا سيما" (especially), "لا يزال" (still).
# ("لن يتردد في فرض عقوبات": a warning, read by the ``threat`` cues, not a denial)
# (Arabic) "without": a preposition of the noun after it, so its reach ends at a comma
_WITHOUT_AR: Final = frozenset({"دون", "بدون", "ودون", "وبدون"})
_NOT_NEGATION_AR: Final = frozenset({"سيما", "سيّما", "يزال", "تزال", "زال", "زالت", "يزالون", "بد",
                              "يتردد", "تتردد", "نتردد", "يترددوا", "اتردد"})
_EN_AUX_NEG: Final = frozenset({"didn", "doesn", "don", "wasn", "weren", "hasn", "haven", "hadn", "isn", "aren", "couldn", "wouldn"})
# "ليس من صلاحياتها النظر في قرار … فرض": these negate a whole nominal clause, not one verb.
_LONG_NEGATORS: Final = frozenset({"ليس", "ليست", "وليس", "وليست"})
# "قد" before an imperfect verb is "may" (before a perfect one it only stresses: "قد فرضت").
_QAD: Final = frozenset({"قد", "وقد", "فقد"})
_MAY_INCLUDE_AR: Final = frozenset({"تتضمن", "يتضمن", "تشمل", "يشمل", "تطال", "يطال"})
# "حتى 31 يوليو": a month after "until" is when something ends, not when it happened.
_UNTIL_AR: Final = frozenset({"حتي", "وحتي", "لغايه", "ولغايه", "غايه",  # (and "إلى غاية")
                       # a term "that ends" then ("لمدة عام ينتهي في الحادي والثلاثين من مايو 2026")
                       "ينتهي", "تنتهي", "وينتهي", "وتنتهي"})
_SCHEDULED_AR: Final = frozenset({"المقرره", "المقرر", "المزمع", "المزمعه", "المرتقب", "المرتقبه"})
_UNTIL_EN: Final = frozenset({"until", "till", "through"})  # "renewed until 31 January 2026"
_DEADLINE_EN: Final = frozenset({"by", "until", "till", "before"})
_DEADLINE_NOUNS_EN: Final = frozenset({"deadline", "expires", "expire", "expiry", "expiring", "expiration"})
_MONTH_BEFORE_EN: Final = frozenset({"in", "since", "early", "late", "mid", "until", "by"})  # "in May": the month
_WARNED: Final = frozenset({"warned", "warns", "warn", "threatened", "threatens", "threaten"})
_TO_OCCURRED: Final = frozenset({"voted", "decided", "agreed", "moved", "approved", "began", "started", "continued", "opted", "chose",
                          # a headline's present: "Bahrain and Qatar agree to restore relations"
                          "agree", "agrees", "vote", "votes", "decide", "decides",
                          # an order given by who has the power: "ordered American companies to stop
                          # all payments to the government of Panama"
                          "ordered", "orders", "directed", "directs", "instructed", "instructs"})


_THAT_AR: Final = frozenset({"ان", "بان", "انها", "انه", "بانها", "بانه"})
_THAT_IT_AR: Final = _THAT_AR - {"ان", "بان"}  # "من أنه": that it (the subject itself)
_IMPERFECT_AR: Final = frozenset("سيتن")  # "ستفرض", "تفرض", "سيفرض": a verb still to act


class StatusDecision(NamedTuple):  # (made for every candidate: a tuple is the cheapest immutable record)
    status: str | None  # None: not an event (demand, hypothesis, aspiration)
    event_type: str
    fresh: bool  # a "today / on Monday / أمس" cue: the report is news, not background


_MONTH_SECOND_AR: Final = frozenset({"تشرين", "كانون"})
# a month's name, or "الشهر" of "الشهر الجاري": what ``_month_age`` looks for
_MONTH_WORDS: Final = _MONTH_STARTS | {"الشهر", "ماي"}  # "تشرين الثاني": the month's second word
_DATE_LINKS_AR: Final = frozenset({"حتي", "وحتي", "من"})  # "حتى فبراير 2018", "الخامس من يونيو"


def _warned_reach_ar(s: Sentence, lo: int, t: int) -> int:
    """(Arabic) How far back from ``t`` a warning verb may stand and still govern the measure its
    "من أن" clause announces: fourteen tokens for a long subject, plus the words of a circumstance
    set off between the subject and "من أن" ("حذر مساعد وزير الخارجية …، في مقابلة مع «الحرة» أمس
    الأربعاء، من أن الولايات المتحدة ستفرض عقوبات"). The fourteen count from the clause's "من أن"
    when it stands right before the measure: the clause's own subject ("من أن الولايات المتحدة
    ستفرض") is not the warner's, whose title may be long ("حذرت مساعدة وزير الخزانة لشؤون تمويل
    الإرهاب والجرائم المالية …، خلال زيارة إلى أبوظبي ودبي، من أن …")."""
    opener = _warned_clause_opener_ar(s, lo, t)
    return (t - opener) + 14 + max(date_words(s, max(lo, opener - 24), opener), aside_words(s, max(lo, opener - 24), opener))


# how near the measure a warning's "من أن" must open its clause to be the measure's own
_WARNED_CLAUSE_LONGEST_AR: Final = 6


def _warned_clause_opener_ar(s: Sentence, lo: int, t: int) -> int:
    """(Arabic) The position of the "من" of a "من أن" clause that opens within a few tokens before
    the measure at ``t`` ("من أن الولايات المتحدة ستفرض"), or ``t`` itself if there is none."""
    for k in range(t - 1, max(lo, t - _WARNED_CLAUSE_LONGEST_AR) - 1, -1):
        if s.norms[k] == "من" and k + 1 < t and s.norms[k + 1] in _THAT_AR:
            return k
    return t


def date_words(s: Sentence, lo: int, hi: int) -> int:
    """How many of the Arabic tokens in [lo, hi) write a day or a date: a weekday, "أمس", a
    number, a month name in either calendar, "حتى" or "من" before one, an ordinal day before
    "من" and a month ("الخامس من يونيو")."""
    norms, tags = s.norms, s.tags
    n = len(norms)
    count = 0
    for k in range(lo, hi):
        w = norms[k]
        nxt = norms[k + 1] if k + 1 < n else ""
        if (w.isdigit() or w in _MONTH_STARTS or "fresh_time" in tags[k] or k > 0 and norms[k - 1] in _MONTH_SECOND_AR
                or w == "يوم" and k + 1 < n and "fresh_time" in tags[k + 1]  # "يوم الاثنين"
                or w in _DATE_LINKS_AR and (nxt.isdigit() or nxt in _MONTH_STARTS)
                or nxt == "من" and k + 2 < n and norms[k + 2] in _MONTH_STARTS
                # "حتى الرابع عشر من مارس": the first word of a compound day, and "حتى" before it
                or w in _ORDINAL_UNITS_AR and nxt in _ORDINAL_TENS_AR and norms[k + 2:k + 3] == ["من"]
                or w in _DATE_LINKS_AR and (nxt in _ORDINAL_UNITS_AR or nxt in _ORDINAL_ROUND_AR)):
            count += 1
    return count


_DURATION_LEADS_AR: Final = frozenset({"لمده", "مده", "طيله"})
_DURATION_WORDS_AR: Final = frozenset(w for w in _UNITS if not w.isascii()) | frozenset(
    w for w in _NUM_WORDS if not w.isascii()
) | {"اخري", "اضافيه"}


def duration_words(s: Sentence, lo: int, hi: int) -> int:
    """How many of the Arabic tokens in [lo, hi) write a length of time ("لمدة عام")."""
    return sum(_in_duration_ar(s.norms, k) for k in range(lo, hi))


def _in_duration_ar(norms: list[str], k: int) -> bool:
    """Whether token ``k`` is a word of a length of time ("لمدة عام", "لمدة ستة أشهر أخرى"),
    which stands between a verb and its object as a date does."""
    if norms[k] in _DURATION_LEADS_AR:
        return any(w in _DURATION_WORDS_AR or w.isdigit() for w in norms[k + 1:k + 3])
    return (norms[k] in _DURATION_WORDS_AR or norms[k].isdigit()) and any(
        w in _DURATION_LEADS_AR for w in norms[max(0, k - 3):k]
    )


def clause_bounds(s: Sentence, t: int) -> tuple[int, int]:
    """[lo, hi) of the tokens of the clause of token ``t`` (clause numbers never decrease)."""
    clause = s.clause
    if not clause[-1]:
        return 0, len(clause)  # one clause: the usual sentence
    c = clause[t]
    return bisect_left(clause, c, 0, t), bisect_right(clause, c, t)


def _month_age(
    s: Sentence, lo: int, hi: int, published: date, t: int = -1, english: bool = False
) -> tuple[int, int | None] | None:
    """Months between the latest month named in [lo, hi) and publication, with the days too
    when the date names its day ("في 10 من آذار", "on December 26"); None if no month is named.
    ``t``: the trigger, after which "of last year" may date another act (a relative clause). In
    English the day counts only for a date after the trigger or opening the clause ("blacklisted
    Rosneft … on October 22", "On October 22, …"): one inside a fronted phrase dates that
    phrase's own act ("In response to the test on February 3, the Council voted")."""
    holidays = _holiday_ages_en(s, lo, hi, published) if english else []
    if _MONTH_WORDS.isdisjoint(s.norms[lo:hi]):
        # no month name in the clause (most): one set operation in C
        return min(holidays, key=lambda age: age[1] or 0) if holidays else None
    ages: list[tuple[int, int | None]] = holidays
    for i in range(lo, hi):
        w = s.norms[i]
        first = i
        month = _MONTHS.get(w)
        if w == "الشهر" and s.norms[i + 1:i + 2] in (["الجاري"], ["الحالي"]):
            # "في السابع من الشهر الجاري": this month, dated by its day (alone it dates nothing)
            day = _day_of_month(s, i)
            if day is not None:
                ages.append((0, published.day - day if day <= published.day else None))
            continue
        if month is None and w in _MONTH_SECOND_AR and i + 1 < len(s.norms):
            # "في كانون الثاني", "تشرين الأول": the Levantine months of two words
            month = _MONTHS.get(f"{w} {s.norms[i + 1]}")
            i += 1  # (the day and the year are looked for around the month's last word)
        if month is None or w in ("may", "mar", "اب", "ماي", "march") and not _next_is_num(s, i) and not (
            i > 0 and s.norms[i - 1] in _MONTH_BEFORE_EN
        ) and not (english and _month_told_as_a_time_en(s, i)) and not (w in ("اب", "ماي") and (_day_of_month(s, i) is not None or s.norms[i + 1:i + 2] in _MONTH_AFTER_AR)):
            continue  # ("في الخامس من آب الماضي", "في ماي الماضي": the Levantine August and the
            # Maghrebi May, a day before them or "الماضي" after; not Theresa May)
        nxt = s.norms[i + 1] if i + 1 < len(s.norms) else ""
        if nxt in ("next", "المقبل", "القادم"):
            continue
        if not _UNTIL_AR.isdisjoint(s.norms[max(0, i - 2):i]) or not _UNTIL_EN.isdisjoint(s.norms[max(0, i - 2):i]):
            continue
        if not _SCHEDULED_AR.isdisjoint(s.norms[max(0, i - 6):i]):
            continue  # "الانتخابات المقررة في الرابع والعشرين من ديسمبر": a date ahead
        if any(_state_returned_to_ar(s, j) for j in range(max(0, first - 4), first)):
            continue  # "إلى ما كانت عليه قبل مارس 2021": the date of the state returned to
        if english and 0 <= t < i and any(
            s.norms[r] in _EN_RELATIVE and "had" in s.norms[r + 1:min(i, r + 7)] for r in range(t + 1, i)
        ):
            continue  # "removed him from the list, lifting the freeze that X had imposed on him in January"
        if english and 0 <= t < i and _present_perfect_before_en(s, t, lo) and "since" not in s.norms[max(lo, i - 3):i]:
            continue  # "has issued a general licence ... after the earthquakes that struck on 11 August": the
            # present perfect takes no past date of its own, so a later one is another act's
        if english and 0 <= t < i and date_of_a_framework_clause_en(s, t, i):
            continue  # "the first listings under the regime Ottawa set up last October": the regime's month
        if english and any(s.norms[j] == "since" and _news_despite_cue(s, j, lo) for j in range(max(lo, i - 6), i)):
            continue  # "for the first time since March 2022": the month measures the news
        if t >= 0 and i > t and _after_span_of(s, max(t + 1, i - 12), i):
            continue  # "دخلت مرحلة عملية، بعد ثلاثة أشهر على التمرد … في 24 حزيران": the earlier act's date
        if 0 <= t < i and any(_record_since_ar(s, j) for j in range(max(t + 1, i - 10), i)):
            continue  # "في أوسع إجراء من نوعه منذ انسحاب … في مايو الماضي": a record measured, no date of the act
        if any(s.norms[j] in _SINCE_AR and _object_participle(s, j) for j in range(max(lo + 1, i - 2), i)):
            continue  # "سفارتها المغلقة منذ فبراير 2022": the date of the object's state
        if 0 <= t < i and any(s.norms[j] in _DATED_PARTICIPLES_AR for j in range(max(t + 1, i - 3), i)):
            continue  # "على معرقلي الاتفاق الموقع في أكتوبر الماضي": the date of the accord, not the act
        if s.norms[max(0, i - 2):i] == ["end", "of"] and not _DEADLINE_EN.isdisjoint(s.norms[max(0, i - 4):i - 2]):
            continue  # a deadline, "by the end of November", "until the end of January": no date of the act
        if english and not _DEADLINE_NOUNS_EN.isdisjoint(s.norms[max(0, i - 5):i]):
            continue  # "moving the deadline to 21 January", "which expires on 9 March": a term's end
        year = None
        for j in range(i + 1, min(hi, i + 4)):
            if s.norms[j] in _UNTIL_EN or s.norms[j] in _UNTIL_AR:
                break  # "renewed in September until September 2025": the year is the end's
            if len(s.norms[j]) == 4 and s.norms[j].isdigit():
                year = int(s.norms[j])
                break
        if year is None and i < t and s.norms[i + 1:i + 4] == ["من", "العام", "الماضي"]:
            year = published.year - 1  # "ففي مايو من العام الماضي، أعلن … ثم أعادت فرض": last year
        if year is None and month > published.month and s.first("future", max(0, lo, i - 12), i) >= 0:
            # "is expected to visit in October" (in August): this year's, ahead (the future verb
            # may stand further back: "will travel to Rabat in the first days of April")
            year = published.year
        if year is None:
            year = published.year if month <= published.month else published.year - 1
        day = _day_of_month(s, first)
        days = None
        if day is not None and (
            not english or i > t >= 0 or i - lo <= 2 or _said_on(s, first) or _fronted_setting_en(s, lo, i, t)
        ):
            try:
                days = (published - date(year, month, day)).days
            except ValueError:  # "31 من نيسان": no such day; the month alone dates it
                days = None
        ages.append(((published.year - year) * 12 + published.month - month, days))
    # the latest month; of one month written twice ("في 18 تشرين الثاني/نوفمبر … تشرين الثاني"),
    # the mention with its day (a day is never compared with a missing one)
    return min(ages, key=lambda age: (age[0], age[1] is None, age[1] or 0)) if ages else None


# (English) the days of the year named by their feast, which date an act as a month and day do
# ("the defence budget that Obama signed on New Year's Eve"), as the words are normalised
_HOLIDAYS_EN: Final[dict[tuple[str, ...], tuple[int, int]]] = {
    ("new", "year", "s", "eve"): (12, 31),
    ("new", "year", "s", "day"): (1, 1),
    ("christmas", "eve"): (12, 24),
    ("christmas", "day"): (12, 25),
    ("boxing", "day"): (12, 26),
}
_HOLIDAY_STARTS_EN: Final = frozenset(words[0] for words in _HOLIDAYS_EN)


def _holiday_ages_en(s: Sentence, lo: int, hi: int, published: date) -> list[tuple[int, int | None]]:
    """(English) The months and days between each feast day named in [lo, hi) ("on New Year's
    Eve", "on Christmas Day") and publication: the latest such day not after publication."""
    if _HOLIDAY_STARTS_EN.isdisjoint(s.norms[lo:hi]):
        return []
    ages: list[tuple[int, int | None]] = []
    for i in range(lo, hi):
        for words, (month, day) in _HOLIDAYS_EN.items():
            if tuple(s.norms[i:i + len(words)]) != words or i + len(words) > hi:
                continue
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
            told = date(year, month, day)
            ages.append(((published.year - year) * 12 + published.month - month, (published - told).days))
    return ages


# what opens a fronted phrase of the act's own setting: "At the summit on June 12, …", "During
# talks in Seoul on 4 June, …" (not "In response to the test on February 3, …": another act's day)
_SETTING_OPENERS_EN: Final = frozenset({"at", "during"})


def _fronted_setting_en(s: Sentence, lo: int, i: int, t: int) -> bool:
    """(English) Whether the month at token ``i`` lies in a phrase opening the clause with "At" or
    "During" before the trigger at ``t``: the meeting it names is where the act took place, and its
    day the act's day ("At the summit on June 12, he and Kim signed a joint statement")."""
    return 0 <= lo < i < t and s.norms[lo] in _SETTING_OPENERS_EN


def _said_on(s: Sentence, i: int) -> bool:
    """(English) Whether the month at token ``i`` dates a statement: "said on August 11 that it
    would ease…" (the plan is as old as its announcement)."""
    return i >= 2 and s.norms[i - 1] == "on" and "complementizer" in s.tags[i - 2]


def _day_of_month(s: Sentence, i: int) -> int | None:
    """The day written with the month at token ``i``: "26 ديسمبر", "10 من آذار", "December 26",
    or in words, "السابع من نوفمبر", "الحادي والعشرين من مارس"."""
    norms = s.norms
    for k in (i - 1, i - 2 if i >= 2 and norms[i - 1] == "من" else -1, i + 1):
        if 0 <= k < len(norms) and norms[k].isdigit() and len(norms[k]) <= 2 and 1 <= int(norms[k]) <= 31:
            return int(norms[k])
    if i >= 2 and norms[i - 1] == "من":
        return _ordinal_day_ar(norms, i - 1)
    return None


# Arabic ordinal days as normalised: units, then the tens that may follow a unit
_ORDINAL_UNITS_AR: Final = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
                     "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
_ORDINAL_TENS_AR: Final = {"عشر": 10, "والعشرين": 20, "والعشرون": 20, "والثلاثين": 30, "والثلاثون": 30}
_ORDINAL_ROUND_AR: Final = {"العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}


def _ordinal_day_ar(norms: list[str], k: int) -> int | None:
    """The day in words ending before token ``k`` (its "من"): "السابع", "الحادي عشر",
    "الحادي والعشرين", "الثلاثين"; None if there is none or it is no day of a month."""
    last = norms[k - 1] if k >= 1 else ""
    before = norms[k - 2] if k >= 2 else ""
    day: int | None
    if last in _ORDINAL_TENS_AR and before in _ORDINAL_UNITS_AR and _ORDINAL_UNITS_AR[before] < 10:
        day = _ORDINAL_UNITS_AR[before] + _ORDINAL_TENS_AR[last]
    else:
        day = _ORDINAL_ROUND_AR.get(last) or (_ORDINAL_UNITS_AR.get(last) if last != "الحادي" else None)
    return day if day is not None and 1 <= day <= 31 else None


def _weeks_old(months: int, days: int | None, published: date) -> bool:
    """Whether a date ``months`` calendar months back (``days`` when its day is written) is the
    story's background rather than its news: a week back when the day is written ("في 23 يوليو
    الجاري" in a story of 31 July, "في 10 من آذار الماضي" in mid-April); without a day, two
    months back, or last month named in the second half of this one ("in December" in a story of
    25 January)."""
    if days is not None:
        return days >= 7  # (a week back is the story's background, as "الأسبوع الماضي" is)
    return months >= 2 or months == 1 and published.day >= 15


def _next_is_num(s: Sentence, i: int) -> bool:
    return (i + 1 < len(s.norms) and s.norms[i + 1].isdigit()) or (i > 0 and s.norms[i - 1].isdigit())


# the verb "علّق" and its noun: "suspend" with an object, "comment" with "على"
_COMMENT_FORMS_AR: Final = frozenset(normalize_word(w) for w in ("تعليق", "علق", "علقت", "يعلق", "تعلق"))
_ON_AR: Final = normalize_word("على")


def decide(
    lex: Lexicon,
    s: Sentence,
    t: int,
    span: int,
    spec: TriggerSpec,
    event_type: str,
    published: date | None,
    ref_year: Callable[[], int | None],
    clause: tuple[int, int] | None = None,
    text: str | None = None,
) -> StatusDecision:
    """The status of the trigger at token ``t`` (see the module docstring); ``clause`` is its
    ``clause_bounds`` when the caller has them. With the article ``text`` (English), a demand
    or stall cue set apart from the trigger by a comma belongs to another phrase ("After a coup
    attempt, the EU imposed…", "Trump, whose peace efforts stalled, imposed…")."""
    lo, hi = clause if clause is not None else clause_bounds(s, t)
    article = text
    if lex.lang != "en":
        text = None
    before = max(lo, t - 8)
    after = min(hi, t + span + 10)
    ar = lex.lang == "ar"
    fresh = s.first("fresh_time", lo, hi) >= 0
    if ar and fresh:
        # "ووقعوا في اليوم نفسه": the same day as a date told before, not today
        # ("لم تنضم أي دولة منذ ذلك الحين حتى إعلان الخميس": a day that ends a span, not the act's)
        at = s.where["fresh_time"]
        # ("لم ترفع … حتى الآن العقوبات …، وإن أصدرت الخزانة في كانون الثاني ترخيصا": a day
        # before a contrast's conjunction dates the other clause)
        fresh = any(not (s.norms[i].endswith("اليوم") and s.norms[i + 1:i + 2] in (["نفسه"], ["ذاته"]))
                    and (_UNTIL_AR.isdisjoint(s.norms[max(lo, i - 2):i]) or s.norms[i] in _NOW_AR)
                    and not (i < t and not _CONTRAST_AR.isdisjoint(s.norms[i + 1:t]))
                    # ("… أمس الاثنين، بعد أن أرسلت البرتغال مدربين في مايو الماضي": the day is
                    # the main clause's, the "بعد أن" clause has its own time)
                    and not (i < t and any(_opens_after_clause(s, k) for k in range(i + 1, t)))
                    # ("وفي أكتوبر الماضي، علق الاتحاد العمل بالعقوبات، تمهيدا للقرار الذي اتخذ
                    # اليوم": the day of a relative clause after the act is that clause's)
                    and not (i > t and not RELATIVE_AR.isdisjoint(s.norms[max(t + 1, i - 3):i]))
                    for i in at[bisect_left(at, lo):bisect_left(at, hi)])
    if not ar and fresh:
        # bare "on" counts only before a weekday/date, which the fresh_time list already holds
        # ("arrived in Kuwait in December, and flights begin on Monday": the day of a clause
        # joined by ", and" after the trigger is that clause's)
        fresh = any(s.norms[i] != "on" and "fresh_time" in s.tags[i]
                    and not (i > t and article is not None and _and_clause_between(s, article, t + span, i))
                    for i in range(lo, hi))

    if spec.fresh and not fresh:
        # "Last year, … when Azerbaijani troops crossed into Armenian territory": a crossing told
        # with no day of the news is as often background as news
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "في تعليق على العقوبات", "علقت واشنطن على العقوبات": the measures after "على"
    # are what is commented on; a suspension takes them as its object ("علقت واشنطن العقوبات
    # على روسيا", "تعليق العقوبات")
    if (
        ar
        and event_type == "sanctions.suspended"
        and not s.forms[t].isdisjoint(_COMMENT_FORMS_AR)
        and (
            (n := s.first("sanctions_noun", t + span, min(hi, t + span + 5))) > t + span
            and s.norms[n - 1] == _ON_AR
        )
    ):
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "تراجع الإدارة قرار تصنيف الحركة", "مراجعة قرار تصنيفها": a designation under
    # review is the story behind the review, no new measure
    if ar and event_type == "sanctions.imposed" and t > 0 and (
        k := t - 2 if s.norms[t - 1] in _DECISION_AR else t - 1
    ) >= 0 and (without_conjunction(s.norms[k]) in _REVIEW_AR or s.norms[t - 1] in _DECISION_AR and any(
        without_conjunction(w) in _REVIEW_AR for w in s.norms[max(lo, t - 6):t - 1]
    )):
        # (the reviewer may stand between: "وتراجع الإدارة الأمريكية قرار تصنيف حركة الشباب")
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "مدد الاتحاد العقوبات …، وتشمل تجميد الأصول وحظر السفر": what the measures
    # include, described, is no measure of its own
    if ar and event_type == "sanctions.imposed" and t > 0 and (without_conjunction(s.norms[t - 1]) in _DESCRIBING_AR and any(
        without_conjunction(w) in _EXTENDING_VERBS_AR for w in s.norms[:t - 1]
    ) or not finite_verb_ar(s.norms[t]) and any(
        without_conjunction(s.norms[k]) in _DESCRIBING_AR and s.norms[k + 1] in _MEASURES_AR for k in range(max(0, t - 30), t - 1)
    )):
        # (or with the measures named as the subject, however long the list: "وتشمل الإجراءات حظر
        # استيراد …، وتجميد أصول …")
        # (only beside an extension or a relief: beside an imposition the description is the
        # same measures, read with it)
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "…، لينتهي بذلك حظر السفر وتجميد الأصول المفروضان عليهما": measures that end
    # with a lifting are what it ends, no measure of their own
    if ar and event_type == "sanctions.imposed" and any(
        without_conjunction(w) in _ENDS_AR for w in s.norms[max(lo, t - 5):t]
    ):
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "وقال إن بلاده عرضت على المملكة العربية السعودية إقامة قاعدة مماثلة": a base, a
    # deal offered or proposed to another is no step taken (whoever accepts it takes it; sanctions
    # proposed are told as their own story)
    if ar and not event_type.startswith("sanctions.") and any(
        without_conjunction(w) in _OFFERED_AR for w in s.norms[max(lo, t - 8):t]
    ) and not finite_verb_ar(s.norms[t]):
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "قالت كندا إن فرض العقوبات على إيران ضروري": the measure named after "إن" as
    # the subject of a judgement is an opinion of it, nothing done
    if ar and t > 0 and s.norms[t - 1] in ("ان", "بان") and not finite_verb_ar(s.norms[t]) and (
        not _OPINION_AR.isdisjoint(s.norms[t + span:min(hi, t + span + 7)])
    ):
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) "إضافة إلى شطب …": "in addition to", no listing; "إطار يتيح فرض حظر سفر":
    # what a framework allows, nothing done; "رغم توقيعها على إعلان العلا": what the news is
    # set against
    if ar and event_type.startswith("sanctions.") and without_conjunction(s.norms[t]) in _ADDITION_AR and (
        s.norms[t + 1:t + 2] == ["الي"]
    ):
        return StatusDecision(None, event_type, fresh)
    if ar and event_type.startswith("sanctions.") and _enabling_before_ar(s, lo, t) and (
        _ADOPTING_AR.isdisjoint(map(without_conjunction, s.norms[lo:t]))
    ):  # (a framework adopted now that allows sanctions is their imposition: "اعتمد المجلس إطارا يسمح بفرض")
        return StatusDecision(None, event_type, fresh)
    if ar and event_type.startswith("sanctions.") and _enabled_list_ar(s, lo, t):
        return StatusDecision(None, event_type, fresh)
    if ar and t > 0 and (without_conjunction(s.norms[t - 1]) in _DESPITE_AR or s.norms[max(0, t - 3):t] == ["علي", "الرغم", "من"]):
        return StatusDecision("historical", event_type, fresh)
    if ar and t > 1 and s.norms[t - 1] == "الي" and any(
        s.norms[k] in _NOT_WORDS_AR and without_conjunction(s.norms[k + 1]) in _MANAGE_AR for k in range(max(lo, t - 8), t - 2)
    ):
        # "لم يتوصل الاتحاد الأوروبي حتى الآن إلى فرض عقوبات": not managed, not done
        return StatusDecision("negated", event_type, fresh)
    # 0. (Arabic) "وصف المتحدث باسم الخارجية الإيرانية العقوبات الجديدة بأنها إرهاب اقتصادي": the
    # new sanctions, by their article, are those the report told; a reaction to them is no new act
    if ar and event_type == "sanctions.imposed" and s.norms[t] == "الجديده" and any(
        without_conjunction(w) in _REACTION_VERBS_AR for w in s.norms[max(lo, t - 8):t]
    ):
        return StatusDecision(None, event_type, fresh)
    # 0. (Arabic) 'وقال سائق سوري: "كل يوم عقوبات جديدة"': a passer-by's words quoted, no act
    if ar and event_type.startswith("sanctions.") and _vox_pop_ar(s, t):
        return StatusDecision(None, event_type, fresh)
    # 0. (English) "joined an alliance of African banks", "a coalition of carmakers": a grouping
    # of businesses, whoever joins it
    if (
        text is not None
        and event_type == "alliance.joined"
        and any(
            s.norms[k + 1 : k + 2] == ["of"] and s.first("company_noun", k + 2, min(hi, k + 5)) >= 0
            for k in s.where.get("alliance_noun", ())
            if t + span <= k < t + span + 6
        )
    ):
        return StatusDecision(None, event_type, fresh)
    # 0. sport: a governing body disciplining a club or an athlete (or an exam board, its candidates)
    if (text is not None or ar) and event_type.startswith("sanctions.") and any(
        s.first(g, max(lo, t - 12), min(hi, t + span + 12)) >= 0 for g in ("sport", "exam_discipline")
    ):
        return StatusDecision(None, event_type, fresh)
    # (English) a court disciplining the lawyers before it: "a federal judge imposed sanctions on
    # two lawyers for citing fake cases"; a market regulator, the firms it licenses
    if text is not None and event_type.startswith("sanctions.") and any(
        s.first(g, max(lo, t - 12), min(hi, t + span + 12)) >= 0 for g in ("court_discipline", "market_discipline")
    ):
        return StatusDecision(None, event_type, fresh)
    if ar and event_type.startswith("sanctions.") and s.first("animal_health", 0, len(s.norms)) >= 0 and (
        s.first("sanctions_noun_strict", max(lo, t - 12), min(hi, t + span + 12)) < 0
    ):
        # a ban on poultry or livestock for a disease, or its end ("حظر استيراد الدواجن من …
        # بعد تسجيل بؤر لإنفلونزا الطيور"): a veterinary measure, unless called sanctions
        return StatusDecision(None, event_type, fresh)
    if ar and event_type.startswith("sanctions.") and _veterinary_headline_ar(s):
        return StatusDecision(None, event_type, fresh)
    if ar and event_type.startswith("sanctions.") and s.first("censorship", max(lo, t - 12), min(hi, t + span + 12)) >= 0 and (
        s.first("sanctions_noun_strict", max(lo, t - 12), min(hi, t + span + 12)) < 0
    ):
        # a censor's ban on a film or a book, or its end ("رفعت لجنة الرقابة الحظر … على عرض فيلم
        # تونسي"): the state's own censorship, no sanction, unless called sanctions
        return StatusDecision(None, event_type, fresh)
    # a player's or a coach's contract: "signed a new deal at the club's training ground"; a
    # football federation's pact with its counterpart ("وقع اتحاد الكرة اتفاقية تعاون مع نظيره")
    if (text is not None or ar) and event_type in ("agreement.signed", "relations.restored") and s.first(
        "sport", max(lo, t - 12), min(hi, t + span + 12)
    ) >= 0:  # (and a club's ties with its supporters restored)
        return StatusDecision(None, event_type, fresh)
    # (English) a player or a coach joining a club: "winger Leroy Sane has joined Galatasaray",
    # "the 29-year-old joined Juventus on a three-year contract"
    if text is not None and event_type == "alliance.joined" and any(
        s.first(g, max(lo, t - 12), min(hi, t + span + 12)) >= 0 for g in ("sport", "club_move")
    ):
        return StatusDecision(None, event_type, fresh)

    # 0. (Arabic) "بعد أسابيع من الخلاف حول دمج قوات الدعم السريع في الجيش": a step argued
    # over is held up, whatever else the sentence says of it
    if ar and _disputed_ar(s, t):
        return StatusDecision("stalled", event_type, fresh)

    # 1. demands, hypotheses, threats, conditions
    if text is not None and (k := _second_report(s, lo, t)) > lo:
        lo, before = k, max(k, t - 8)  # (what the first report supposes does not reach the second)
    if text is not None and t > 0 and s.norms[t - 1] == "any":
        # "a law that lets Congress review any easing of sanctions", "opposes any lifting of the
        # embargo": a kind of act spoken of, not one that happened or is planned
        return StatusDecision(None, event_type, fresh)
    if text is not None and spec.nominal and (k := s.first("unlikely_after", t + span, hi)) >= 0 and not any(
            comma_before(s, m) for m in range(t + span, k + 1)):
        # "new sanctions on Iran are unlikely this year": the measure is said not to be coming
        return StatusDecision(None, event_type, fresh)
    if text is not None and s.norms[t] in _LISTED_EN and t > 0 and s.norms[t - 1] in _BEFORE_ADJECTIVE_EN:
        # "collected rent for a designated Russian businessman", "the travel ban on listed
        # individuals": the participle as an adjective names someone listed before, it reports
        # no listing
        return StatusDecision(None, event_type, fresh)
    if text is not None and _span_after_before(s, lo, t, text):
        # "Its accession comes a year after Iran joined the group": the step the news is measured
        # from (not "reopened its embassy, twelve years after closing it": the news, then the past)
        return StatusDecision("historical", event_type, fresh)
    if text is not None and _asked_whether(s, t, text):
        # "asked whether the government intended to leave the CSTO and join NATO", "unclear
        # whether the EU will impose…": an act asked about
        return StatusDecision(None, event_type, fresh)
    if text is not None and s.norms[t] in ("base", "bases") and not _FORMER_BASE_EN.isdisjoint(s.norms[max(lo, t - 4):t]):
        return StatusDecision("historical", event_type, fresh)  # "flown to a former American air base"
    if text is not None and s.norms[t] in ("base", "bases") and _standing_base(s, lo, t):
        # "the only country that keeps a military base on our soil": a base held, told in the
        # present, is the setting, not a deployment (as "hosts" is no trigger)
        return StatusDecision(None, event_type, fresh)
    if ar and _implements_an_accord_ar(s, lo, t):
        # "تأتي الخطوة تنفيذا لاتفاق تطبيع العلاقات": the accord a step carries out was reached
        # before it, what it settled is the background of the step, not news of the day
        return StatusDecision("historical", event_type, fresh)
    if ar and _STANDING_LABEL_AR.match(s.norms[t]) and not s.future[t] and s.first("future", max(lo, t - 4), t) < 0:
        # "…، وتصنفها واشنطن منظمات إرهابية": a classification told in the present after "و",
        # in the body of a story, is how things stand (a headline's "واشنطن تصنف…" is news)
        return StatusDecision("historical", event_type, fresh)
    if not ar and event_type == "military.presence" and _record_of_missions_en(s, t):
        # "Ukraine has sent soldiers to the NATO-led missions in Kosovo and Afghanistan": forces
        # sent to missions in the plural are a record of contributions over the years, no sending
        return StatusDecision("historical", event_type, fresh)
    if not ar and event_type == "military.presence" and _record_after_a_ranking_en(s, t, text):
        # "Chad's army is one of the strongest in the Sahel, and it has sent troops to Mali": a
        # sending in the perfect told beside what ranks the force is a record of its deeds
        return StatusDecision("historical", event_type, fresh)
    if text is not None and _habitual_clause_en(s, t, text):
        # "Every time there are new sanctions, it is the family that pays", "whenever sanctions
        # are imposed, prices rise": what happens each time a kind of act comes, no act of its own
        return StatusDecision(None, event_type, fresh)
    if text is not None and _pending_on_any_en(s, t):
        # "a bill that would require the approval of Congress before any sanctions on Russia are
        # lifted": a step a rule waits on, told of whichever measure it may be, is no act
        return StatusDecision(None, event_type, fresh)
    if ar and _any_before(s, lo, t):
        # "نفى أن يكون القرار مرتبطا بأي اتفاقات ثنائية جرى توقيعها مسبقا": a kind of act spoken
        # of ("any agreements signed"), as the English "any lifting" is
        return StatusDecision(None, event_type, fresh)
    if ar and event_type == "sanctions.imposed" and not finite_verb_ar(s.norms[t]) and any(
        s.norms[k] in _RELIEF_VERBS_AR for k in range(max(lo, t - 6), t)
    ):
        # "رفعت الولايات المتحدة أمس الحظر التجاري وتجميد الأرصدة", "علقت تجميد الأرصدة": a measure
        # named as what a lifting, a suspension or a renewal acts on is no new imposition
        return StatusDecision(None, event_type, fresh)
    if ar and t > 1 and s.norms[t - 1] in _CEREMONY_AR and s.norms[t - 2] in _AROUND_AR:
        # "وقال الرئيس في تصريح عقب مراسم التوقيع": the time of a remark, after the signing told
        # before, not another signing
        return StatusDecision(None, event_type, fresh)
    if ar and _the_signing_as_a_time_ar(s, t, hi):
        # "وقال الكاظمي، في كلمة عقب التوقيع، إن الاتفاق …": the signing told before, named bare
        # as when a remark was made, as its ceremony is
        return StatusDecision(None, event_type, fresh)
    if ar and t > 0 and s.norms[t - 1].lstrip("وفبل") in _DEMONSTRATIVES_AR and s.norms[t].startswith("ال"):
        # "وكان من المقرر الاحتفاء بهذا الانضمام في حفل كبير": "this accession" is the one told
        # before, not another
        return StatusDecision(None, event_type, fresh)
    if ar and t > 0 and s.norms[t - 1] in _UNTIL_AR and not s.norms[t].endswith("ت"):
        # "ستواصل العمل مع أصدقائها حتى رفع هذا الحظر", "حتى ترفع": a goal or a time limit
        # (not a past verb: "حتى رفعت واشنطن العقوبات عام 2020" tells when something ended)
        return StatusDecision(None, event_type, fresh)
    # "failed to pass a resolution that would have blocked the plan to lift sanctions": the block
    # failed, so what it would have stopped goes ahead (the failure and the "would" are the block's)
    blocked = _failed_block(s, lo, t) if text is not None else -1
    if blocked >= 0:
        before = max(before, blocked + 1)
    if not ar and event_type == "agreement.signed" and any(
        s.norms[k:k + 3] == ["as", "a", "witness"] or s.norms[k:k + 2] == ["as", "witnesses"]
        for k in range(t + 1, min(hi, t + 8))
    ):
        return StatusDecision(None, event_type, fresh)  # "signed the document as a witness": no party
    if not ar and s.norms[t] in _SIGNING_NOUNS_EN and not _FUTURE_AUX_EN.isdisjoint(s.norms[t + 1:min(hi, t + 5)]):
        # "the signing ceremony will be held next week": ahead; "a signing ceremony would be
        # announced soon": not even set yet
        return StatusDecision(None if "announced" in s.norms[t + 1:min(hi, t + 7)] else "planned", event_type, fresh)
    if not ar and t > 2 and _describes_a_class_en(s, lo, t):
        return StatusDecision(None, event_type, fresh)  # "the countries that have imposed sanctions on Moscow"
    if text is not None and t > 0 and s.norms[t - 1] == "once" and (
        t == 1 or "," in text[s.ends[t - 2]:s.starts[t - 1]]
    ):
        return StatusDecision(None, event_type, fresh)  # "Once ratified, the treaty will…": a condition
    # (Arabic VSO puts the subject between the threat and its masdar: "لوّح الرئيس الأمريكي
    # دونالد ترامب بفرض عقوبات")
    # ("هددت واشنطن، الثلاثاء 13 يونيو، بفرض"; "هدد مجلس الوزراء، في ختام اجتماع عقده أمس، بفرض")
    reach = 7 + max(date_words(s, max(lo, t - 14), t), aside_words(s, max(lo, t - 20), t)) if ar else 4
    threat = s.first("threat", max(lo, t - reach), t) >= 0
    if ar and not threat and s.norms[t][:1] == "ب" and comma_before(s, t) and (
        (k := s.last("threat", max(0, t - 25), t)) >= 0 and any(comma_before(s, m) for m in range(k + 2, t))
        and not any(s.norms[m][:1] == "و" and len(s.norms[m]) > 3 and finite_verb_ar(s.norms[m]) for m in range(k + 1, t))
    ):  # (not past a verb of its own: "هدد الرئيس …، وقامت الولايات المتحدة، بعد أسبوع، بفرض")
        threat = True  # "هدد مجلس الوزراء، في ختام اجتماع استثنائي عقده أمس في أديس أبابا، بفرض": past an aside
    warned_that = False
    if ar and s.norms[t][:1] in _IMPERFECT_AR and (k := s.last("threat", max(lo, t - _warned_reach_ar(s, lo, t)), t)) >= 0:
        # "حذر وزير الخارجية الأمريكي مايك بومبيو من أن الولايات المتحدة ستفرض عقوبات": what a
        # warning says will be done, after its long subject and "أن" (the warning is the news)
        warned_that = not _THAT_AR.isdisjoint(s.norms[k + 1:t])
        threat = threat or warned_that
    if ar and not threat and event_type == "sanctions.imposed" and s.norms[t][:1] in _IMPERFECT_AR and (
        t == 0 or s.norms[t - 1] not in _NEGATORS_AR  # ("لم تفرض واشنطن أي حظر": a denial)
    ) and (
        (k := s.first("open_target", t + span, min(hi, t + span + 4))) >= 0 and s.norms[k + 2:k + 3] != ["حال"]
    ):
        # "ستفرض عقوبات على أي شركة تساعد النظام": sanctions promised to whoever may do a thing
        # are a warning (made now), not a measure taken
        threat = warned_that = True
    if not threat and text is not None and (k := s.last("threat", before, t - 1)) >= 0:
        # "warned that it would trigger…", "threatened Iran with crippling new sanctions"
        # ("warned on Monday that…", "warned Tehran that…")
        threat = s.norms[k] in _WARNED and ("that" in s.norms[k + 1:min(t, k + 5)] or "with" in s.norms[k + 1:t])
    if text is not None and (k := s.last("threat", before, t)) >= 0 and "against" in s.norms[k + 1:t]:
        return StatusDecision(None, event_type, fresh)  # "warned Europe against triggering the snapback"
    if text is not None and spec.type == "sanctions.threatened" and (
        (n := s.first("sanctions_noun", t + span, min(hi, t + span + 6))) > 0 and "against" in s.norms[t + span:n]
    ):
        return StatusDecision(None, event_type, fresh)  # "warned Washington against new sanctions"
    if ar and s.norms[t].startswith(("ب", "وب")) and any(
        s.norms[k] in _ACCUSE_AR for k in range(max(lo, t - 10), t)
    ):
        # "تتهم المجالس العسكرية المجموعة بالخضوع لنفوذ فرنسا، وبفرض عقوبات عليها": what one is
        # accused of is a grievance about past acts, not the measure of the day
        return StatusDecision(None, event_type, fresh)
    warning = False
    if ar and (w := _warning_participle(s, before, t)) >= 0 and (
        s.first("threat", w + 1, t) >= 0 or spec.words[0] in s.future[t]
    ):
        # "…، محذرا من أن بلاده مستعدة لفرض مزيد من العقوبات": a warning whose content is a
        # measure ahead is a threat, as "حذر من أن" is (not "محذرا من أن تخفيف العقوبات سيجعل…")
        threat = warned_that = warning = True
    if ar and (k := s.last("demand", before, t)) > 0 and s.norms[k - 1] in ("طالما", "لطالما"):
        # "في خطوة طالما طالبت بها السلطات الليبية، قرر المجلس تعديل …": a step long called for,
        # now taken (the call is the step's past, not a demand still open)
        before = k + 1
    if ar and _demanded_in_series(s, lo, before, t):
        return StatusDecision(None, event_type, fresh)
    if ar and t > 0 and s.norms[t - 1] in _BEFORE_AR and s.norms[t - 2:t - 1] != ["من"] and not finite_verb_ar(s.norms[t]):
        # "رفض أي لقاء مع نظيره الأمريكي … قبل رفع العقوبات": a step still awaited, the
        # condition of another (not "من قبل": "by")
        return StatusDecision(None, event_type, fresh)
    if ar and (_tied_as_condition_ar(s, lo, t) or _judged_ahead_ar(s, t)):
        # "وتربط أنقرة موافقتها بانضمام فنلندا إلى الحلف", "إن رفع العقوبات سيستغرق سنوات": a
        # step that another waits on, or one weighed before it is taken, has not happened
        return StatusDecision(None, event_type, fresh)
    reported = False  # "X said it would impose…": a stated intention, planned
    # "Turkey could face sanctions": for a trigger that is news only as a possibility, its
    # modal verb is no hypothesis (English)
    modal_en = spec.modal and text is not None and _modal_before(s, lo, t)
    # (Arabic: a finite verb after "،" opens a clause of its own, "طالبت كندا بالإفراج عن
    # المعتقلين، ولوحت بفرض عقوبات"; a masdar there is one more thing demanded)
    finite_ar = ar and finite_verb_ar(s.norms[t])
    # ("دعت الحكومة إلى خطوات أكثر حزما، في مقدمتها تصنيف الجماعة منظمة إرهابية": an item of the
    # steps demanded, however many words they took)
    demand_from = max(lo, t - 16) if ar and t > 1 and (
        s.norms[t - 1] in _LIST_HEADS_AR or " ".join(s.norms[t - 2:t]) in _LIST_HEADS_AR) else before
    # "Argentina has formally asked to become a global partner of NATO": a state's own request to
    # join is its application, a joining ahead (not a demand made of others)
    applied = not ar and text is not None and event_type == "alliance.joined" and _own_request_to_join(s, lo, t)
    if not modal_en and not warning and not applied and _cue_near(
        s, "demand", demand_from, t, t, article if finite_ar else text, ("،", ",") if finite_ar else (",",)
    ):
        reported = _reported_would(s, before, t, text, lo)
        if not reported:
            return StatusDecision(None, event_type, fresh)
    may = modal_en or ar and t > 0 and s.norms[t - 1] in _QAD and s.norms[t][:1] in ("ي", "ت", "ن") or (
        # what measures "may include": "إنها قد تتضمن تجميد أصول" (not "قد تم تجميد")
        ar and t > 1 and s.norms[t - 2] in _QAD and s.norms[t - 1] in _MAY_INCLUDE_AR)
    if may and not spec.modal:
        # "حذر من أنه قد يفرض عقوبات": the warner's own measure (not "حذر خبراء من أن واشنطن قد
        # تفرض", others' guess about a third party)
        own_warning = threat and t > 1 and s.norms[t - 2] in _THAT_IT_AR
        if not (ar and event_type == "sanctions.imposed" and (own_warning or s.first("conditional", before, after) >= 0)):
            return StatusDecision(None, event_type, fresh)  # "قد ترفع": may lift, a hypothesis
        threat = True  # "قد تفرض عقوبات إضافية إذا واصلت سياساتها": a warning, with its condition
    invited = False  # "NATO formally invited Montenegro to join the alliance": a joining ahead
    enabled = text is not None and _way_cleared(s, lo, t)
    if not ar and t > 0 and (inf := t - 1 if s.norms[t - 1] == "to" else _led_back_infinitive(s, t, lo)) >= 0:
        governor = s.norms[max(lo, inf - 3):inf] + _verb_before_gathering_en(s, lo, inf)
        if threat or any(w in ("threatened", "threatens", "threaten", "warned") for w in governor):
            threat = True
        elif s.first("future", max(lo, t - 5), t) >= 0:
            pass
        elif applied:
            invited = True
        elif reported and (w := s.last("demand", max(lo, t - 9), t)) >= 0 and (
                _intent_then_to(s, w, t) or _intent_then_to(s, w - 1, t)):
            pass  # "said it would apply in the coming months to join": planned
        elif event_type == "alliance.joined" and not _INVITED_EN.isdisjoint(governor):
            invited = True
        elif not _AUTHORISED_EN.isdisjoint(governor) or not _REQUEST_EN.isdisjoint(s.norms[max(lo, t - 10):t - 1]):
            # "authorised the government to send troops to Haiti", "approved a request by France
            # to build a base": a step ahead
            invited = True
        elif event_type == "relations.restored" and _permitted_infinitive_en(s, lo, inf):
            # "Jordan will allow Israel's embassy in Amman to reopen": the host's leave for another
            # state's mission to come back is the restoration, a step ahead (not leave for a
            # measure: "the framework that allows it to impose travel bans" is a power held)
            invited = True
        elif enabled:
            pass  # "clears the way for the Treasury to lift sanctions": planned (below)
        elif text is not None and _headline_infinitive(s, lo, t, text):
            invited = True  # "Indonesia to join BRICS": a headline's future (planned, below)
        elif (a := s.first("agreement_noun", max(lo, t - 8), t - 1)) >= 0 and s.first("signing", max(lo, a - 4), a) >= 0:
            pass  # "signed agreements with Israel on Tuesday to establish relations": the deal's aim
        elif not any(w in _TO_OCCURRED for w in governor) and not _voted_by_tally(s, lo, t):
            return StatusDecision(None, event_type, fresh)
    # (the trigger's own words are no condition: "no longer subject to UN sanctions")
    conditional = (
        s.first("conditional", before, t) >= 0 or _condition_after(s, t + span, after, event_type)
    ) or _fronted_condition(s, lo, t, text) or (
        reported and _reported_condition(s, lo, t, text)
    ) or (not ar and event_type == "sanctions.imposed" and _ahead_cue(s, max(lo, t - 5), t, ar)
          and _on_whoever_en(s, t + span, after))
    if conditional and _inside_condition(s, before, t, text):
        return StatusDecision(None, event_type, fresh)  # "if the EU imposes sanctions, Russia…"
    if event_type == "sanctions.imposed" and (threat or conditional):
        event_type = "sanctions.threatened"
    elif conditional and event_type != "sanctions.threatened":
        return StatusDecision(None, event_type, fresh)

    if ar and t > 0 and s.norms[t - 1] in _FILE_AR:
        # "ملف انضمام الجزائر إلى بريكس أغلق نهائيا": a file closed is a step abandoned; a file
        # open is a topic ("ناقشا ملف رفع العقوبات"), not an act
        shut = any(s.norms[k] in _CLOSED_AR for k in range(t + span, min(len(s.norms), t + span + 12)))
        return StatusDecision("negated" if shut else None, event_type, fresh)

    # 2. negation (and forces that leave: the presence ends)
    if text is not None and event_type == "military.presence" and _departing(s, lo, hi, t, span):
        return StatusDecision("negated", event_type, fresh)
    if _negated(lex, s, t, lo, text):
        return StatusDecision("negated", event_type, fresh)

    # 3. stalled talks, and a measure one member holds up
    if applied and _request_turned_down_en(s, t + span):
        return StatusDecision("stalled", event_type, fresh)  # "asked to join NATO, but the allies did not …"
    if text is not None and event_type.startswith("sanctions.") and blocked < 0 and _held_up(s, lo, t):
        return StatusDecision("stalled", event_type, fresh)
    if (_cue_near(s, "stalled", 0, len(s.norms), t, None if spec.only_status else text)
            or text is not None and _stalled_past_aside_en(s, t, text)) and not (
        _stalls_supposed(s, 2 if ar else 5) or ar and _stalls_backdrop(s, t + span)
        or blocked >= 0 and all(i < blocked or i > t for i in s.where.get("stalled", ()))
        or ar and _stall_before_after_clause(s, t)
        or text is not None and _stall_in_cause_clause_en(s, t)
    ):
        return StatusDecision("stalled", event_type, fresh)
    if spec.only_status:
        return StatusDecision(None, event_type, fresh)
    if ar and without_conjunction(s.norms[t]) in _REACH_PURPOSE_AR:
        # "يتوجه الرؤساء غدا إلى واغادوغو في مهمة وساطة للتوصل إلى اتفاق": what talks or a mission
        # aim at; whether it will be reached is open, so no signing is planned ("لتوقيع اتفاق" is
        # one); talks for it that stall are told above
        return StatusDecision(None, event_type, fresh)

    # 4. background ("The EU, which first imposed sanctions in 2014, extended them on Monday": the
    # clause between the subject and the trigger dates its own past, not the trigger)
    lo_past = _after_relative_clause(s, lo, t, text, spec.needs) if text is not None else (
        _after_relative_aside_ar(s, lo, t) if ar else lo)
    if lo_past > lo and _fronted_year_en(s, lo, lo_past, text):
        lo_past = lo  # "In 2016, the militias that fought in Mosul, among them …, were brought into"
    if lo_past == lo and _timeline_label_en(s, lo, text):
        lo_past = 0  # "October 2008: India and the United States sign …": the entry's date is the act's
    if text is not None and event_type == "military.presence" and _named_as_reason(s, lo, t):
        return StatusDecision("historical", event_type, fresh)
    if text is not None and event_type == "sanctions.threatened" and not fresh and _cause_of_past_step(s, lo, t):
        return StatusDecision("historical", event_type, fresh)
    if text is not None and _appositive_participle(s, t, text):
        return StatusDecision("historical", event_type, fresh)
    if text is not None and event_type == "sanctions.imposed" and not fresh and _standing_designation_en(s, t):
        # "the group that controls Idlib and is designated a terrorist organisation by the United
        # Nations": a listing in force, told of its subject as it stands, not the day's act
        return StatusDecision("historical", event_type, fresh)
    if text is not None and event_type == "military.presence" and s.norms[t] == "stationed" and t > 0 and (
        s.norms[t - 1] in ("are", "is")
    ):
        # "About 5,200 US soldiers are stationed in Iraq": troops there already, the background
        return StatusDecision("historical", event_type, fresh)
    if text is not None and event_type == "military.presence" and s.norms[t] == "deployed" and 0 < t < len(s.norms) - 1 and (
        s.norms[t - 1] in ("are", "is") and s.norms[t + 1] == "in"
    ):
        # "About 1,400 Italian soldiers are deployed in Iraq": so are troops deployed there (not
        # "are deployed to Lebanon each year": a rotation told, not a state)
        return StatusDecision("historical", event_type, fresh)
    if published is not None and _days_after_a_past_date(s, published, ar):
        return StatusDecision("historical", event_type, fresh)
    if published is not None and text is not None and not fresh and _pronoun_goes_on_with_a_dated_paragraph_en(
            s, published):
        return StatusDecision("historical", event_type, fresh)
    if not ar and published is not None and text is not None and _goes_on_with_an_episode_begun_before_en(s, published):
        return StatusDecision("historical", event_type, fresh)
    # (Arabic) "بسبب انتهاكات ارتكبت عام 2021": the reason's dates are the offence's, not the act's;
    # and "أعادت الإمارات سفيرها إلى الدوحة يوم الاثنين بعد أن سحبته عام 2017": those of a "بعد أن"
    # clause after the trigger are the earlier act's, not the main clause's
    hi_past = next((k for k in range(t + span, hi) if s.norms[k] in _REASON_AR or _opens_after_clause(s, k)), hi) if ar else hi
    if ar:
        # ("أعادتا سفيريهما، منهيتين أزمة اندلعت في آب 2009": so are those of the rift it ends)
        hi_past = next((k for k in range(t + 1, hi_past) if without_conjunction(s.norms[k]) in _ENDING_AR), hi_past)
    if not ar and fresh:
        hi_past = _other_clause_after_en(s, t + span, hi_past)
    if _historical(lex, s, t, lo_past, hi_past, published, ref_year, fresh, spec.needs, event_type in _RELIEF, text):
        return StatusDecision("historical", event_type, fresh)

    # 5. future
    if spec.modal:
        # "قد تواجه عقوبات", "ستواجه عقوبات إذا": the warning is the news; the present
        # "تواجه عقوبات" is background
        ahead = may or conditional or spec.words[0] in s.future[t] or s.first("future", max(lo, t - 6), t) >= 0
        return StatusDecision("occurred" if ahead else None, event_type, fresh)
    if text is not None and event_type != spec.type and conditional:
        # "If Iran does not comply, sanctions will be snapped back": the warning is the news
        return StatusDecision("occurred", event_type, fresh)
    if warned_that and event_type != spec.type:
        return StatusDecision("occurred", event_type, fresh)  # "حذر من أن بلاده ستفرض…": the warning
    if not ar and spec.type == "sanctions.threatened" and spec.words[0] in _EN_MODALS:
        return StatusDecision("occurred", event_type, fresh)  # "consequences, which could include sanctions"
    if event_type == "sanctions.threatened" and event_type != spec.type:
        # a measure told as a threat ("أكدت كندا أنها مستعدة لفرض عقوبات"): the threat is made now,
        # whatever lies ahead in the measure it names
        return StatusDecision("occurred", event_type, fresh)
    if event_type == "alliance.joined" and (_standing_bid_ar(s, lo, t) if ar else _standing_application_en(s, lo, t)):
        return StatusDecision(None, event_type, fresh)  # "a delicate time for Iceland's application to join"
    if spec.planned or reported or invited or enabled or spec.words[0] in s.future[t] or (
        ar and _expected_that_ar(s, t)
    ) or _ahead_cue(
        s, max(lo, t - 6), t, ar
    ) and not (not ar and _done_by_agreeing(s, t, event_type) and _agreed_to_en(s, max(lo, t - 6), t)) or (
        ar and not event_type.startswith("sanctions.") and _agreed_to_ar(s, lo, t)
    ) or (
        # "would bar the court's officials from entering the country, freeze any funds they hold
        # …": the modal of the list's first verb is the later verbs' too
        not ar and _modal_list_verb_en(s, lo, t)
    ) or (
        # "وأعلن أن باريس ستعيد نشر قواتها": the future of the verb whose object the masdar is
        ar and t > lo and not s.future[t - 1].isdisjoint(_AUX_BEFORE_MASDAR_AR)
    ) or (
        ar and _considered_ar(s, lo, t)
    ) or (
        # "ستكشف قريبا عن أشد جولة من العقوبات", "ستعلن حزمة من العقوبات": the package's verb
        ar and spec.words[0] in _PACKAGE_NOUNS_AR and any(s.future[k] for k in range(max(lo, t - 4), t))
    ) or (
        # "أعلنت أنها ستصدر الإعفاءات اللازمة", "ستمنح العراق إعفاء من العقوبات": the waiver is
        # the object of a verb of issuing or granting still ahead
        ar and spec.words[0] in _WAIVER_NOUNS_AR and any(s.future[k] for k in range(max(lo, t - 3), t))
    ):
        return StatusDecision("planned", event_type, fresh)
    if (k := s.first("future_time", t + span, after)) >= 0 and not (ar and spec.type == "sanctions.threatened") and (
        ar or _UNTIL_EN.isdisjoint(s.norms[max(t + span, k - 3):k])
    ):
        # (not the end of a term: "suspended its sanctions until November next year")
        # "… sanctions on Syria next month" (not "لوّح بفرض عقوبات في الأسابيع المقبلة": the
        # threat is made now, only what it threatens lies ahead)
        return StatusDecision("planned", event_type, fresh)
    if ar and _soon_after_ar(s, t + span, after):
        # "عقوبات جديدة على سياسيين لبنانيين قريبا", "تنضم السويد قريبا إلى الحلف": soon, ahead
        return StatusDecision("planned", event_type, fresh)
    if ar and _tomorrow_ar(s, t, span, before, after):
        return StatusDecision("planned", event_type, fresh)  # "تنضم تونس غدا إلى …": its day ahead
    if ar and (_under_accord_ar(s, t, span) or _by_the_accord_ar(s, t)) and not (
        spec.type == "alliance.joined" and _status_conferred_ar(s, t + span)
    ):
        # "اتفاقية … تبقى بموجبها السفن الحربية الروسية في المياه السورية": what the accord provides
        return StatusDecision("planned", event_type, fresh)
    if ar and t > 0 and s.norms[t - 1] in _AND_ON_AR and _provided_for(s, t):
        return StatusDecision("planned", event_type, fresh)  # "ينص الاتفاق على … وعلى دمج …"
    if ar and _provided_past_aside_ar(s, t):
        return StatusDecision("planned", event_type, fresh)  # "وينص الاتفاق، المؤلف من 25 بندا، على أن تدمج"
    if ar and _purpose(s.norms[t], spec.words[0]) and not any(
        _granted_request_ar(s, k) for k in range(max(lo, t - 6), t) if s.norms[k] in _REQUEST_AR
    ) and not (event_type == "relations.restored" and _statement_establishing_ar(s, t)):
        # ("وافق مجلس الأمن على طلب فرنسي لتعليق العقوبات": what the request granted asked for)
        if any(without_conjunction(w) in _PAVE_AR for w in s.norms[max(lo, t - 4):t]):
            # "وتمهد لتطبيع العلاقات": the way paved towards it, nothing yet decided
            return StatusDecision(None, event_type, fresh)
        return StatusDecision("planned", event_type, fresh)  # "اتفاق لإقامة قاعدة": to be built
    if ar and event_type == "forces.integrated" and _decided_setup_ar(s, lo, t):
        return StatusDecision("planned", event_type, fresh)  # "أقر القادة إنشاء قيادة عسكرية موحدة"
    if ar and event_type == "military.presence" and t > 0 and s.norms[t - 1] in _THAT_AR and not fresh and (
        not finite_verb_ar(s.norms[t]) and (t < 2 or s.norms[t - 2] not in ("قبل", "بعد", "منذ", "حتى", "حتي"))
    ):
        # "قال إن إرسال الجنود الأتراك إلى قطر لا يستهدف أي دولة": the sending spoken of, the
        # subject of what is said about it, not a report that it took place
        return StatusDecision("planned", event_type, fresh)
    # (Arabic: "القرار ٢١٤٠" is a resolution's number, not a year ahead)
    # (English: "lifted its sanctions on Guinea after the junta promised elections by 2026": a
    # clause of another act after the trigger keeps its years)
    end = _provision_at(s, t + span, hi) if ar else next(
        (k for k in range(t + span, hi) if s.norms[k] in _EN_OTHER_CLAUSE
         # (what an accord is about: "signed an agreement on holding a presidential election in 2024")
         or s.norms[k] in ("on", "for") and k + 1 < hi and s.norms[k + 1].endswith("ing")), hi
    )
    years = [y for y in _years(_without_plan_names(_without_end_dates(s, lo, end, ar))) if not ar or y <= 2100]
    if years and (reference := ref_year()) and min(years) > reference:
        return StatusDecision("planned", event_type, fresh)
    if text is not None and "military_adj" in spec.needs and _named_base_at_en(s, t, text):
        return StatusDecision(None, event_type, fresh)  # "a headquarters at Yokota Air Base": where it is
    if text is not None and "military_adj" in spec.needs and not fresh:
        # "referring to Russia's 102nd military base in Gyumri": a base named, with no verb
        # that sets it up and no day, is the setting (set up, it is "opened", "deployed to")
        return StatusDecision(None, event_type, fresh)
    return StatusDecision("occurred", event_type, fresh)


def _named_base_at_en(s: Sentence, t: int, text: str) -> bool:
    """(English) Whether the "Base" at ``t`` ends a base's proper name that follows "at", "from" or
    "near" ("now mostly an administrative headquarters at Yokota Air Base", "flew from Ramstein Air
    Base"): the place where something is or starts from, whatever the sentence's day, not a base
    set up (not "opened an air base at Tiyas": the lower-case noun is the base itself)."""
    if not text[s.starts[t]:s.ends[t]][:1].isupper():
        return False
    for k in range(t - 1, max(-1, t - 5), -1):
        if s.norms[k] in ("at", "from", "near"):
            return k < t - 1
        if s.norms[k] == "the" and k < t - 1 and k > 0 and s.norms[k - 1] in ("at", "from", "near"):
            return True
        if not text[s.starts[k]:s.ends[k]][:1].isupper():
            return False
    return False


def _other_clause_after_en(s: Sentence, start: int, hi: int) -> int:
    """(English) Where a clause of another act opens after the trigger (which ends before
    ``start``), else ``hi``: with the day of the act named, "voted on Wednesday to lift the
    suspension of Honduras, ... after the military removed its president in June 2009" dates the
    coup by that year, not the lifting."""
    return next((k for k in range(start, hi) if s.norms[k] in _EN_OTHER_CLAUSE or _offence_after_over_en(s, k)), hi)


# (English) what "over" opens when it gives a reason: an offence named with its determiner ("over
# the killing of …", "over its crackdown", "over their role in …")
_OVER_REASON_DETS_EN: Final = frozenset({"the", "its", "his", "her", "their", "a", "an", "what"})
# (and what it opens when it tells a time: "over the next six months", "over the past decade")
_OVER_TIME_EN: Final = frozenset({"next", "past", "last", "coming", "following", "previous", "weekend", "years",
                                  "months", "weeks", "days", "decades", "period", "course", "summer", "winter"})


def _offence_after_over_en(s: Sentence, k: int) -> bool:
    """(English) Whether "over" at ``k`` opens the reason for the act ("renewed on Monday the asset
    freeze on five Guineans over the killing of protesters at a stadium on 28 September 2009"):
    the dates after it are the offence's, not the act's; not a time ("over the next six months")
    nor an amount ("over 200 names")."""
    return (s.norms[k] == "over" and k + 2 < len(s.norms) and s.norms[k + 1] in _OVER_REASON_DETS_EN
            and s.norms[k + 2] not in _OVER_TIME_EN and s.norms[k - 1] not in _OVER_PARTICLE_VERBS_EN)


# (English) verbs whose particle "over" is no reason: "since Washington handed over the waterway",
# "took over the port"
_OVER_PARTICLE_VERBS_EN: Final = frozenset({"hand", "hands", "handed", "handing", "take", "takes", "took", "taken",
                                            "taking", "turn", "turns", "turned", "turning", "win", "wins", "won",
                                            "winning", "pass", "passes", "passed", "passing", "hold", "held"})


# what opens a provision's own start: "يبدأ تطبيقه مطلع عام 2027", "يسري اعتبارا من"
_STARTS_AR: Final = frozenset({"يبدا", "تبدا", "يسري", "تسري", "يدخل", "تدخل", "اعتبارا"})


def _provision_at(s: Sentence, after: int, hi: int) -> int:
    """(Arabic) Where a relative clause or a provision's start opens after the trigger (which
    ends before ``after``), else ``hi``: "اعتمد الاتحاد اليوم الحزمة …، والتي تتضمن حظرا … يبدأ
    تطبيقه مطلع عام 2027" — the year ahead is the ban's start, not the adoption's."""
    k = s.first("relative", after, hi)
    for j in range(after, hi if k < 0 else k):
        if s.norms[j] in _STARTS_AR or _accord_content_at_ar(s, j):
            return j
    return hi if k < 0 else k


# (Arabic) what opens an accord's content after its noun: "اتفاق على", "اتفاقا بشأن", "اتفاق حول"
_ABOUT_AR: Final = frozenset({"علي", "بشان", "حول"})


def _accord_content_at_ar(s: Sentence, j: int) -> bool:
    """(Arabic) Whether token ``j`` opens what an accord is about, right after its noun
    ("التوصل إلى اتفاق على إنهاء المهمة العسكرية للتحالف … في سبتمبر 2026"): the years there date
    what was agreed, not the agreeing, as "an agreement on holding elections in 2024" in English."""
    return j > 0 and s.norms[j] in _ABOUT_AR and s.first("agreement_noun", j - 1, j) >= 0


def _cue_near(
    s: Sentence, group: str, lo: int, hi: int, t: int, text: str | None, apart: tuple[str, ...] = (",",)
) -> bool:
    """Whether cue ``group`` starts in [lo, hi): anywhere there without ``text``, else only
    where no comma (one of ``apart``) sets it apart from the trigger at ``t``."""
    at = s.where.get(group)
    if at is None:
        return False
    for i in at[bisect_left(at, lo):]:
        if i >= hi:
            break
        if group == "demand" and _granted_request_ar(s, i) or group == "stalled" and (
            i == t or _collapsed_state_ar(s, i) or _stall_of_later_conjunct_ar(s, t, i)
        ) or (
            group in ("demand", "negation") and _anonymity_ar(s, i)
        ) or (
            group == "demand" and _force_name_ar(s, i)
        ):
            # (a request granted is no call; a trigger is no stall of itself: "وتوقف معظم أشكال
            # التبادل"; a source's wish to stay unnamed is neither a call nor a denial)
            continue
        if text is None or not any(mark in text[s.ends[min(i, t)]:s.starts[max(i, t)]] for mark in apart):
            return True
    return False


def _stall_of_later_conjunct_ar(s: Sentence, t: int, i: int) -> bool:
    """(Arabic) Whether the stall cue at ``i`` tells of a noun in a later conjunct, in the relative
    clause that qualifies it: "أعلنت كندا تخفيف العقوبات …، واستئناف برنامج المنح الذي توقف منذ
    سنوات" (the programme had stopped, not the easing). The conjunct opens after a comma with "و",
    and at least two words stand between it and the relative pronoun before the cue; a relative
    clause right after the trigger's own phrase ("رفع العقوبات، الذي تعثر") keeps the stall."""
    if i <= t:
        return False
    rel = next((r for r in range(i - 1, max(t, i - 3), -1) if s.norms[r] in RELATIVE_AR), -1)
    return rel > 0 and any(comma_before(s, k) and s.norms[k].startswith("و") and rel - k >= 2
                           for k in range(t + 1, rel))


def _force_name_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the cue at ``i`` is a definite noun right after a noun of troops: the name
    of a force ("قوات الدعم السريع"، "قوات الدعم الأمني"), no call for support."""
    return i > 0 and "troops_noun" in s.tags[i - 1] and s.norms[i].startswith("ال")


# (Arabic) the collapse of a state of affairs, no talks: "انهيار الاقتصاد", "انهيار العملة", "انهيار
# سيادة القانون", what a sanctioned official is blamed for
_COLLAPSE_AR: Final = frozenset(normalize_word(w) for w in ("انهيار", "وانهيار", "بانهيار"))
_STATES_AR: Final = frozenset(normalize_word(w) for w in (
    "الاقتصاد", "اقتصاد", "الاقتصادي", "العملة", "عملة", "الليرة", "الجنيه", "الدينار", "الريال",
    "سيادة", "الدولة", "مؤسسات", "المؤسسات", "القطاع", "النظام المالي", "الخدمات", "البنية"))


def _collapsed_state_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the stall cue at ``i`` is the collapse of an economy, a currency or the
    rule of law ("يتهمهم بالمساهمة في انهيار الاقتصاد"): a state of affairs, no stalled talks."""
    return (s.norms[i] in _COLLAPSE_AR and i + 1 < len(s.norms)
            and s.norms[i + 1] in _STATES_AR) or _feared_collapse_ar(s, i)


# (Arabic) the risk or the fear of what has not happened: "وسط تحذيرات من خطر انهياره", "مخاوف من انهيار"
_FEARED_AR: Final = frozenset(normalize_word(w) for w in (
    "خطر", "مخاطر", "خشية", "مخاوف", "تخوف", "تخوفا", "مخافة", "احتمال", "احتمالات"))
_COLLAPSE_STEM_AR: Final = normalize_word("انهيار")


def _feared_collapse_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the collapse at ``i`` is only feared, a risk or a fear right before it (or
    before its "من"): "وصلت القوات … وسط تحذيرات أمريكية من خطر انهياره" names a danger, no
    stalled step."""
    if not without_conjunction(s.norms[i]).startswith(_COLLAPSE_STEM_AR):
        return False
    k = i - 1 - (i > 0 and s.norms[i - 1] == "من")
    return k >= 0 and s.norms[k] in _FEARED_AR


# (Arabic) a request granted: "وافقت لجنة العقوبات على طلب سيئول استثناء الوزير", "بناء على طلب"
_REQUEST_AR: Final = frozenset(normalize_word(w) for w in ("طلب", "طلبات"))
_GRANTS_AR: Final = frozenset(normalize_word(w) for w in ("وافق", "وافقت", "ووافق", "ووافقت", "صادق", "صادقت", "بناء", "وبناء",
                                                  "موافقة", "بموافقة", "الموافقة", "وموافقة"))


# (Arabic) an unnamed source's formula: "طلب عدم الكشف عن اسمه", "فضل عدم ذكر هويته"
_UNNAMED_AR: Final = frozenset(normalize_word(w) for w in ("الكشف", "كشف", "ذكر", "نشر", "الإفصاح", "الافصاح"))
_NAME_AR: Final = ("اسم", "هويت", "هويه")


def _anonymity_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the cue at ``i`` belongs to a source's request to stay unnamed ("قال
    مسؤول، طلب عدم الكشف عن اسمه، إن الإدارة ستفرض…"): "عدم" itself, or the verb before it."""
    k = i + 1 if i + 1 < len(s.norms) and s.norms[i + 1] == "عدم" else i
    if s.norms[k] != "عدم" or k + 1 >= len(s.norms) or s.norms[k + 1] not in _UNNAMED_AR:
        return False
    return any(s.norms[j].startswith(_NAME_AR) for j in range(k + 2, min(len(s.norms), k + 5)))


def _granted_request_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the demand cue at ``i`` is a request that was granted ("وافقت لجنة
    العقوبات التابعة لمجلس الأمن على طلب", "بعد موافقة … على طلب"): what it asked for was done,
    it is no call still to be answered."""
    return s.norms[i] in _REQUEST_AR and i >= 2 and s.norms[i - 1] == _ON_AR and any(
        s.norms[k] in _GRANTS_AR for k in range(max(0, i - 9), i - 1)
    )




_TOMORROW_AR: Final = frozenset({"غدا", "وغدا"})
_YESTERDAY_AR: Final = frozenset({"امس", "وامس"})


def _tomorrow_ar(s: Sentence, t: int, span: int, before: int, after: int) -> bool:
    """(Arabic) A trigger in the present tense or a verbal noun ("تنضم", "تصبح", "توقيع") with
    "غدا" (tomorrow) near it and no "أمس" in its clause: its day lies ahead ("تنضم تونس غدا إلى
    …", "توقع الدولتان غدا اتفاقا"); a perfect keeps its own time ("وقعتا أمس اتفاقا يدخل حيز
    التنفيذ غدا" was signed)."""
    word = s.norms[t]
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    if not bare.startswith(("ي", "ت", "ن")) or bare.endswith("ت"):
        return False
    near = s.norms[before:t] + s.norms[t + span:after]
    return not _TOMORROW_AR.isdisjoint(near) and _YESTERDAY_AR.isdisjoint(near)


_UNDER_IT_AR: Final = frozenset({"بموجبها", "بموجبه", "بموجبهما", "بمقتضاها", "بمقتضاه", "وبموجبها", "وبموجبه"})


def _under_accord_ar(s: Sentence, t: int, span: int) -> bool:
    """(Arabic) A present tense right before or after «بموجبها» (under it: an accord's relative
    clause): what the accord provides for, still to be done ("اتفاقية تنتشر بموجبها قوات تركية
    في قطر"); a perfect ("انتشرت بموجبها") tells it done."""
    word = s.norms[t]
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    if not bare.startswith(("ي", "ت")) or bare.endswith("ت"):
        return False
    if not ((t > 0 and s.norms[t - 1] in _UNDER_IT_AR) or (
            t + span < len(s.norms) and s.norms[t + span] in _UNDER_IT_AR)):
        return False
    # (the text it refers back to is the nearest accord, law or decree before it: an accord's
    # terms are still to be carried out, a law's or a decree's take effect when it is passed:
    # "أقرت الجمعية تعديلا على القانون …، تضم بموجبه الميليشيا إلى القوات المسلحة")
    accord = s.last("agreement_noun", 0, t)
    return accord >= 0 and s.last("decree_noun", accord, t) < 0 and not any(
        w.startswith(("تعديل", "التعديل")) for w in s.norms[accord:t])


_BY_AR: Final = frozenset({"بموجب", "وبموجب", "بمقتضى", "وبمقتضى", "بمقتضي", "وبمقتضي"})
_CONFERRED_REACH_AR: Final = 6  # words from the trigger to "بصفة عضو منتسب"
# (normalised) the ranks short of full membership an accord confers as it is signed
_LESSER_RANKS_AR: Final = frozenset({"منتسب", "مشارك", "مراقب", "شريك"})


def _status_conferred_ar(s: Sentence, after: int) -> bool:
    """(Arabic) Whether "بصفة" and an associate's, observer's or partner's rank follow within a few
    words ("تعود بموجبه إلى المنظمة بصفة عضو منتسب"): a rank an accord confers as it is signed,
    not terms still to be carried out (a full membership under an accession treaty awaits its
    ratifications)."""
    for k in range(after, min(len(s.norms), after + _CONFERRED_REACH_AR)):
        if without_conjunction(s.norms[k]) == "بصفه":
            return any(w in _LESSER_RANKS_AR for w in s.norms[k + 1:k + 3])
    return False


def _present_ar(word: str) -> bool:
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    return bare.startswith(("ي", "ت")) and not bare.endswith("ت")


def _by_the_accord_ar(s: Sentence, t: int) -> bool:
    """(Arabic) A clause that opens "under the agreement" («وبموجب الاتفاقية،») and goes on in the
    present tense, at the trigger or at the verb that governs its masdar ("تتولى بريطانيا إنشاء
    …"): what the accord provides for, still to be done; a perfect ("وبموجب الاتفاق، انسحبت")
    tells it done."""
    b = next((k for k in range(max(0, t - 8), t) if s.norms[k] in _BY_AR), -1)
    if b < 0 or b + 1 >= t or "agreement_noun" not in s.tags[b + 1]:
        return False
    return any(_present_ar(s.norms[k]) and not s.tags[k] for k in range(b + 2, t)) or _present_ar(s.norms[t])


def finite_verb_ar(word: str) -> bool:
    """(Arabic) Whether a trigger word is a finite verb by its shape: a perfect of the third
    person feminine ("لوحت", "وفرضت") or an imperfect ("ويلوح", "يفرض"); not a masdar
    ("وفرض", "وتمديد"), which may continue a list of things demanded."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    return bare.endswith("ت") or bare.startswith("ي")


def _stall_before_after_clause(s: Sentence, t: int) -> bool:
    """(Arabic) Whether every stall cue comes before a "بعد أن" clause that holds the trigger:
    "وافقت الدول على تأجيل اعتماد الإطار، بعد أن هددت الولايات المتحدة بفرض عقوبات" (what was
    put off is the main clause's; the threat before it was made)."""
    at = s.where.get("stalled") or ()
    return bool(at) and all(i < t and any(_opens_after_clause(s, k) for k in range(i + 1, t)) for i in at)


def _opens_after_clause(s: Sentence, k: int) -> bool:
    """(Arabic) Whether token ``k`` opens a "بعد أن" (or "بعدما") clause."""
    return s.norms[k] in ("بعدما", "وبعدما") or s.norms[k] in ("بعد", "وبعد") and s.norms[k + 1:k + 2] == ["ان"]


# (English) words that open a clause of cause or time after a finite verb: "imposed sanctions on
# Mali after the junta failed to…", "because talks collapsed", "amid stalled talks"
_CAUSE_OPENERS_EN: Final = frozenset({"after", "because", "since", "when", "as", "following", "amid", "over"})


def _stall_in_cause_clause_en(s: Sentence, t: int) -> bool:
    """(English) Whether every stall cue follows the finite verb at ``t`` beyond a word opening a
    clause of cause or time ("ECOWAS imposed sanctions on Mali after the junta failed to present a
    timetable", "suspended Fiji because talks on elections collapsed"): the failure is why the act
    was taken, and the act itself took place. A verb only ("imposed", "suspends"), not a noun or an
    infinitive, whose stall may be the sentence's own ("Efforts to lift the sanctions after the
    vote stalled", "The lifting of sanctions after the vote has stalled")."""
    norm = s.norms[t]
    if t > 0 and (s.norms[t - 1] == "to" or s.norms[t - 1] in _NOUN_DETERMINERS_EN or s.norms[t - 1].endswith("'s")):
        return False
    if not (norm.endswith("ed") or norm.endswith("s") and not norm.endswith("ss") and "sanctions_noun" not in s.tags[t]):
        return False
    at = s.where.get("stalled") or ()
    return bool(at) and all(
        i > t + 1 and any(s.norms[k] in _CAUSE_OPENERS_EN for k in range(t + 1, i)) for i in at
    )


def _stalled_past_aside_en(s: Sentence, t: int, text: str) -> bool:
    """(English) Whether the subject noun at ``t`` is followed by an aside set off by commas and
    then "has (had, have) stalled": "The integration of the SDF, promised in a deal in March, has
    stalled", "The integration of the SDF, under an agreement that Sharaa and the SDF commander,
    Mazloum Abdi, signed on March 10, has stalled" (the aside's commas do not set the stall apart
    from the noun). Not after a verb ("extended the sanctions on Russia, and talks …, have
    stalled": the talks stalled), nor when the aside opens a clause of its own ("and", "but").
    The trigger may also be what talks are about ("Turkey's talks on joining the EU, opened in 2005,
    have been frozen in practice"), and the stall may follow "been" ("has been all but frozen")."""
    if t == 0 or not (
        s.norms[t - 1] in _NOUN_DETERMINERS_EN or s.norms[t - 1].endswith("'s") or _talks_about(s, t)
    ):
        return False
    first = next((k for k in range(t + 1, min(len(s.norms) - 2, t + 16)) if "," in text[s.ends[k - 1]:s.starts[k]]), -1)
    if first < 0 or s.norms[first] in _CLAUSE_OPENERS_EN:
        return False
    for k in range(first + 1, min(len(s.norms) - 1, first + 30)):
        if "," in text[s.ends[k - 1]:s.starts[k]] and s.norms[k] in _HAVE_EN:
            after = k + 2 if s.norms[k + 1] == "been" and k + 2 < len(s.norms) else k + 1
            return "stalled" in s.tags[after]
    return False


def _talks_about(s: Sentence, t: int) -> bool:
    """(English) Whether the trigger at ``t`` is what talks are held on: "talks on joining",
    "negotiations about joining" (the talks are the subject that stalls)."""
    return t >= 2 and s.norms[t - 1] in ("on", "about", "over") and s.norms[t - 2] in _TALKS_EN


_TALKS_EN: Final = frozenset({"talks", "negotiations", "discussions"})


_NOUN_DETERMINERS_EN: Final = frozenset({"the", "its", "their", "his", "her", "this", "that", "a", "an"})
_CLAUSE_OPENERS_EN: Final = frozenset({"and", "but", "or", "while", "whereas", "although", "though", "as", "so", "yet"})


def _stalls_supposed(s: Sentence, reach: int) -> bool:
    """Whether every stall cue of the sentence follows a condition within ``reach`` words: "يشدد
    العقوبات في حال فشل المفاوضات", "would reinstate the sanctions if the government failed to…"
    suppose a failure, they do not report one."""
    at = s.where.get("stalled") or ()
    return bool(at) and all(
        any("conditional" in s.tags[k] for k in range(max(0, i - reach), i)) for i in at
    )


_FILE_AR: Final = frozenset({"ملف", "وملف", "ملفات", "الملف", "بملف", "لملف"})
_CLOSED_AR: Final = frozenset({"اغلق", "اغلقت", "واغلق", "طوي", "طويت", "انتهي", "اقفل", "اقفلت", "مغلق", "مغلقا",
                        "اغلاق", "طي", "مطوي"})
_ACCUSE_AR: Final = frozenset({"اتهم", "واتهم", "اتهمت", "واتهمت", "يتهم", "ويتهم", "تتهم", "وتتهم", "يتهمون", "اتهموا",
                        "متهمه", "متهما", "متهمين", "اتهام", "اتهامات", "باتهام", "تتهمها", "يتهمها", "تتهمه",
                        "يتهمه", "اتهمها", "اتهمه"})
# a warning, in a participle or the present ("…، محذرا من أن", "تحذر من أن"): a demand cue
_WARNING_AR: Final = frozenset({"محذرا", "ومحذرا", "محذره", "ومحذره", "محذرين", "ومحذرين", "تحذر", "وتحذر", "يحذر",
                         "ويحذر"})


# what opens the items of a series just named ("خطوات …، في مقدمتها …", "أبرزها", "من بينها")
_LIST_HEADS_AR: Final = frozenset(normalize_word(w) for w in (
    "مقدمتها", "أبرزها", "أهمها", "بينها", "منها", "ومنها", "رأسها", "أولها", "بما فيها"))


# (Arabic) "ربط X بـY": X is made to wait on Y ("وتربط دمشق عودة السفراء برفع العقوبات")
_TIES_AR: Final = frozenset(normalize_word(w) for w in (
    "ربط", "ربطت", "ربطوا", "يربط", "تربط", "يربطان", "تربطان", "يربطون"))


def _tied_as_condition_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the "ب" masdar at ``t`` is the condition a verb of tying sets, a few
    words before it: "وتربط أنقرة موافقتها بانضمام فنلندا إلى الحلف" (the joining is awaited;
    not "وانضمت السويد … بعد أن ربطت تركيا موافقتها بتشديد القوانين", a verb of its own)."""
    if s.norms[t][:1] != "ب" or len(s.norms[t]) < 4:
        return False
    return any(without_conjunction(w) in _TIES_AR for w in s.norms[max(lo, t - 7):t])


# (Arabic) the predicates ahead that weigh a step named before them ("إن رفع العقوبات سيستغرق
# سنوات", "وأن رفع الحظر لاحقا لن يكون سهلا")
_WEIGHED_AHEAD_AR: Final = frozenset(normalize_word(w) for w in (
    "سيكون", "ستكون", "سيستغرق", "ستستغرق", "سيتطلب", "ستتطلب", "سيحتاج", "ستحتاج"))
_NOT_AHEAD_AR: Final = frozenset(normalize_word(w) for w in ("يكون", "تكون", "يستغرق", "تستغرق"))
# "بعد أن رفع": "أن" with a past verb after a time word, an act (not a masdar subject)
_TIME_BEFORE_THAT_AR: Final = frozenset(normalize_word(w) for w in ("بعد", "وبعد", "قبل", "منذ"))


def _judged_ahead_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the masdar at ``t`` opens an "إن"/"أن" clause whose predicate, right after
    its object, is a judgement ahead: "ويقول دبلوماسيون إن رفع العقوبات عن سوريا سيستغرق سنوات"
    (a step weighed, not taken). A relative clause or a comma before the predicate tells of an act
    ("إن رفع العقوبات، الذي أعلنته واشنطن أمس، سيفتح الباب")."""
    if t < 1 or finite_verb_ar(s.norms[t]) or s.norms[t - 1] not in ("ان", "وان", "بان", "لان"):
        return False
    if t > 1 and s.norms[t - 2] in _TIME_BEFORE_THAT_AR:
        return False
    for k in range(t + 1, min(len(s.norms), t + 10)):
        if comma_before(s, k) or s.norms[k] in RELATIVE_AR:
            return False
        if s.norms[k] in _WEIGHED_AHEAD_AR or s.norms[k] == "لن" and s.norms[k + 1:k + 2] and (
                s.norms[k + 1] in _NOT_AHEAD_AR):
            return True
    return False


def _demanded_in_series(s: Sentence, lo: int, before: int, t: int) -> bool:
    """(Arabic) Whether the trigger is what a demand asks for, beyond the demand cue's usual
    reach: a further masdar in its series, "وطالبت الوزارة الاتحاد الأوروبي ودوله الأعضاء باتخاذ
    خطوات مماثلة، وفرض عقوبات رادعة" (the demand's first term opens with "ب", the trigger with
    "و" before its object), or the "ب" masdar after a demand noun and who made it: "رفض المجلس
    مطالبات متكررة من حكومة جوبا والاتحاد الأفريقي ومنظمة إيغاد برفع الحظر"."""
    if s.norms[t][:1] == "ب" and (k := s.last("demand", max(lo, t - 16), before)) >= 0:
        return "من" in s.norms[k + 1:t]
    if _called_to_ar(s, lo, t):
        return True
    if t + 1 >= len(s.norms) or s.norms[t][:1] != "و" or len(s.norms[t]) < 4:
        return False
    if s.first("sanctions_noun_strict", t + 1, t + 2) < 0 and not _trade_halted_after_ar(s, t):
        return False  # ("وفرض الاتحاد عقوبات": a verb with its subject, a report)
    k = s.last("demand", max(lo, t - 24), before)
    # (the first term opens with "ب", or with the call's "إلى": "دعت … الحكومة إلى طرد السفير
    # ووقف صادرات الأسلحة إلى إسرائيل")
    return k >= 0 and any(s.norms[j][:1] == "ب" and len(s.norms[j]) > 3
                          or s.norms[j] == "الي" and s.norms[k] in _CALLS_TO_AR for j in range(k + 1, min(k + 12, t)))


def _trade_halted_after_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the masdar at ``t`` has a trade or an arms trade for its object, within
    the two words after it: "… بطرد السفير ووقف صفقة استيراد الغاز من إسرائيل" (a stop on trade
    named as one more step demanded, as "وفرض عقوبات" is; a trade word is no subject of a verb)."""
    return s.first("trade_object", t + 1, t + 3) >= 0 or s.first("arms_trade", t + 1, t + 2) >= 0


# (Arabic) the verbs and nouns of a call that take what they call for after "إلى" ("دعا … إلى فرض")
_CALLS_TO_AR: Final = frozenset(normalize_word(w) for w in (
    "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "دعوة", "الدعوة", "دعوات", "حث", "حثت", "حثوا",
    "يحث", "تحث", "ناشد", "ناشدت", "ناشدوا", "داعيا", "داعية", "داعين", "حاثا", "مناشدا"))
# (a relative clause or an "أن" clause between the call and "إلى" has a verb of its own, which the
# "إلى" may belong to: "دعا الوزير، بعد أن بادرت واشنطن إلى فرض عقوبات، إلى الحوار")
_OWN_CLAUSE_AR: Final = frozenset(normalize_word(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "أن", "بأن",
                                                      "لأن"))


def _called_to_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the verbal noun at ``t`` is what a call asks for with "إلى", past a long
    subject and object: "دعا سبعة وعشرون عضوا في الكونغرس الأمريكي وزير الخارجية أنتوني بلينكن إلى
    فرض عقوبات على الجزائر" (the call's own "إلى": no other "إلى" and no clause of another verb
    between; not "دعا إلى الالتزام بالاتفاق الذي أدى إلى رفع العقوبات", a step done)."""
    if t < 2 or s.norms[t - 1] != "الي" or finite_verb_ar(s.norms[t]):
        return False
    k = next((j for j in range(t - 2, max(lo, t - 16) - 1, -1) if s.norms[j].lstrip("و") in _CALLS_TO_AR), -1)
    return k >= 0 and all(w != "الي" and w not in _OWN_CLAUSE_AR for w in s.norms[k + 1:t - 1])


def last_index(words: list[str], word: str, lo: int, hi: int) -> int:
    """The last position of ``word`` in ``words[lo:hi]``, or -1."""
    return next((k for k in range(hi - 1, lo - 1, -1) if words[k] == word), -1)


# the days of the news (not "last week", "days ago": a pluperfect of those is background)
_NEWS_DAYS_AR: Final = frozenset(normalize_word(w) for w in (
    "اليوم", "أمس", "الأمس", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"))


def _day_after(s: Sentence, t: int, hi: int) -> bool:
    """(Arabic) Whether a day of the news is named within eight words after the trigger at
    ``t`` ("قد مددت، أول من أمس الخميس، …"), not after "الماضي" (a past weekday)."""
    return any(
        s.norms[k] in _NEWS_DAYS_AR and s.norms[k + 1:k + 2] not in (["الماضي"], ["الماضيه"])
        for k in range(t + 1, min(hi, t + 9))
    )


def _fresh_in_relative(s: Sentence, t: int, hi: int, text: str | None) -> bool:
    """(English) Whether a day of the news follows the trigger of a relative clause within it
    (before any verb of saying or comma): "fighters …, who were sworn into the army on Friday, the
    army said" (not "The EU, which imposed sanctions in 2012, said on Friday…", "The EU, which has
    blacklisted dozens of officials, on Monday renewed…")."""
    if text is None:
        return False
    for k in range(t + 1, min(hi, t + 9)):
        if "complementizer" in s.tags[k] or "," in text[s.ends[k - 1]:s.starts[k]]:
            return False
        if "fresh_time" in s.tags[k] and s.norms[k] != "on":
            return True
    return False


def _state_returned_to_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether token ``k`` is the "قبل" of "إلى ما كانت عليه قبل …": what follows
    dates the state things go back to, not the act."""
    return s.norms[k] in ("قبل", "قبيل") and k > 0 and s.norms[k - 1] in ("عليه", "عليها", "عليهما")


# "قانون … لسنة 2007": the year of a law's name, after a law's noun
_LAW_YEAR_AR: Final = frozenset({"لسنه", "لعام"})
_ISSUED_AR: Final = frozenset({"الصادر", "الصادره", "الصادرين"})
# participles that date the noun before them ("الاتفاق الموقع في أكتوبر", "القرار الصادر في")
_DATED_PARTICIPLES_AR: Final = _ISSUED_AR | {"الموقع", "الموقعه", "المبرم", "المبرمه", "المعلن", "المعلنه"}
_LAW_NOUNS_AR: Final = frozenset({"قانون", "القانون", "لقانون", "بقانون", "قانونا", "مرسوم", "المرسوم", "لائحه", "اللائحه"})


# conjunctions of contrast or concession that open another clause: "وإن", "لكن", "بينما"
_CONTRAST_AR: Final = frozenset({"وان", "لكن", "ولكن", "بينما", "فيما", "غير"})


# "وتصنفها", "ويصنفه": a present classification after "و" (with its object's pronoun or none)
_STANDING_LABEL_AR: Final = re.compile(r"^و[تي]صنف(?:ها|ه|هم|هما)?$")

# (Arabic) "in implementation of" an accord, before the accord's noun: "تنفيذا لاتفاق …"
_IN_FULFILMENT_AR: Final = frozenset({"تنفيذا", "وتنفيذا", "تطبيقا", "وتطبيقا"})
_ACCORD_AFTER_FULFILMENT_AR: Final = frozenset({"لاتفاق", "لاتفاقيه", "للاتفاق", "للاتفاقيه", "لاتفاقات"})


def _implements_an_accord_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` names what an accord a step implements settled:
    "تنفيذا لاتفاق تطبيع العلاقات", "تطبيقا لاتفاقية استئناف العلاقات" (the masdar right after the
    accord's noun: not "تنفيذا لاتفاق الرياض لدمج القوات", where the merger may be the step)."""
    return t - 2 >= lo and s.norms[t - 1] in _ACCORD_AFTER_FULFILMENT_AR and s.norms[t - 2] in _IN_FULFILMENT_AR


# "any": "بأي اتفاقات", "لأي عقوبات", "أي تخفيف للعقوبات"
_ANY_AR: Final = frozenset({"اي", "باي", "لاي", "واي", "وباي", "ولاي"})
# A listing participle after one of these is an adjective ("for a designated businessman")
_LISTED_EN: Final = frozenset({"designated", "listed"})
_BEFORE_ADJECTIVE_EN: Final = frozenset({"a", "an", "the", "for", "of", "to", "with", "on", "against", "any", "other",
                                  "two", "three", "several", "many"})


def _span_after_before(s: Sentence, lo: int, t: int, text: str) -> bool:
    """(English) "a year after", "two months after", "years after" within five words before the
    trigger, in its clause and no comma between: the trigger's act lies that long before the news
    (not "Two months after the coup, ECOWAS imposed…": a fronted phrase dates the news)."""
    for a in range(t - 1, max(lo, t - 6) - 1, -1):
        if s.norms[a] == "after" and a > lo and s.norms[a - 1] in _SPANS_EN:
            return "," not in text[s.ends[a]:s.starts[t]]
    return False


_SPANS_EN: Final = frozenset({"year", "years", "month", "months", "decade", "decades", "week", "weeks", "fortnight"})


def _asked_whether(s: Sentence, t: int, text: str) -> bool:
    """(English) "whether" within twelve words before the trigger, no comma between (a
    clause after the question's comma is the answer: "Asked whether…, he said the EU imposed…")."""
    for w in range(t - 1, max(0, t - 12) - 1, -1):
        if s.norms[w] == "whether":
            return "," not in text[s.ends[w]:s.starts[t]]
    return False


# present verbs of holding a base: "keeps a military base", "which has two bases"
_HOLDS_EN: Final = frozenset({"keeps", "keep", "has", "have", "maintains", "maintain", "hosts", "host", "operates",
                       "operate", "runs", "houses", "retains", "retain"})


def _standing_base(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether a present verb of holding governs the base noun at ``t`` from the
    four words before it ("keeps a military base", "has two air bases"), with no future or
    modal before that verb ("will have a base" is a plan)."""
    for b in range(t - 1, max(lo, t - 5) - 1, -1):
        if s.norms[b] in _HOLDS_EN:
            return s.norms[b - 1] not in _EN_MODALS_TO if b > lo else True
        if s.norms[b].endswith(("ed", "ing")):
            return False  # "has opened a military base": another verb governs the noun
    return False


def _headline_infinitive(s: Sentence, lo: int, t: int, text: str) -> bool:
    """(English) A headline's "to" of the future: the clause is only a name, then "to" and the
    trigger ("Indonesia to join BRICS", "Armenia to join International Criminal Court"): every
    word before "to" is capitalised or a name's "of"/"and"."""
    words = range(lo, t - 1)
    return 1 <= len(words) <= 5 and all(
        text[s.starts[i]].isupper() or s.norms[i] in ("of", "and", "the") and i > lo for i in words)


# (English) what opens a clause of a step still to come, which "any" then leaves open
_PENDING_OPENERS_EN: Final = frozenset({"before", "until", "unless", "once"})
_PASSIVE_BE_EN: Final = frozenset({"is", "are", "be", "been"})


# (English) what opens a clause of what happens each time ("every time", "each time", "whenever")
_EACH_TIME_EN: Final = (("every", "time"), ("each", "time"), ("whenever",))


# (English) a record of forces sent: the perfect of a sending, and the missions in the plural
_RECORD_SENDING_EN: Final = frozenset({"sent", "deployed", "contributed", "provided"})
_PERFECT_EN: Final = frozenset({"has", "have"})
_MISSIONS_EN: Final = frozenset({"missions", "operations"})
# (English) the verbs that rank a subject: "is one of the strongest", "are among the largest"
_RANKED_BE_EN: Final = frozenset({"is", "are", "remains", "remain"})


# (English) the words of a rough count ("more than 800", "over 1,200", "nearly 500")
_ROUGH_COUNT_EN: Final = (("more", "than"), ("over",), ("nearly",), ("almost",), ("some",))
_TALLY_FLOOR: Final = 100  # (a new step lists a few or some dozens; hundreds told roughly are a total)


def _running_total_en(s: Sentence, t: int, hi: int) -> bool:
    """(English) Whether a rough count of a hundred or more follows the perfect verb at ``t``
    within eight words: "has imposed sanctions on more than 800 Russian individuals", "have
    listed over 1,200 people" (not "has imposed sanctions on 14 Russian officials"). A sending is
    no tally: "has deployed more than 100 soldiers to Iraq" counts the force of one deployment."""
    if s.norms[t] in _RECORD_SENDING_EN:
        return False
    for k in range(t + 1, min(hi, t + 9)):
        for words in _ROUGH_COUNT_EN:
            n = len(words)
            if tuple(s.norms[k:k + n]) == words and k + n < len(s.norms):
                # (a thousands separator splits the number: "1,000" is "1" "000")
                thousands = k + n + 1 < len(s.norms) and len(s.norms[k + n + 1]) == 3 and s.norms[k + n + 1].isdigit()
                number = s.norms[k + n]
                if number.isdigit() and (thousands or int(number) >= _TALLY_FLOOR):
                    return True
    return False


def _record_of_missions_en(s: Sentence, t: int) -> bool:
    """(English) Whether the sending at ``t`` is in the present perfect ("has sent", "has also
    sent") and goes to missions or operations in the plural within ten words ("has sent soldiers
    to the NATO-led missions in Kosovo and Afghanistan"): a record, not one sending (not "has sent
    200 soldiers to the UN mission in Mali")."""
    if s.norms[t] not in _RECORD_SENDING_EN or not _PERFECT_EN.intersection(s.norms[max(0, t - 3):t]):
        return False
    return not _MISSIONS_EN.isdisjoint(s.norms[t + 1:t + 11])


def _record_after_a_ranking_en(s: Sentence, t: int, text: str | None) -> bool:
    """(English) Whether the sending at ``t`` is in the present perfect, with no time of its own,
    in a clause after ", and" whose first clause ranks its subject ("is one of the strongest in the
    Sahel", "are among the largest contributors"): a record of the force, not a sending (not "is
    one of the largest contributors, and it has sent 200 more soldiers this week")."""
    if text is None or s.norms[t] not in _RECORD_SENDING_EN or not _PERFECT_EN.intersection(s.norms[max(0, t - 3):t]):
        return False
    a = next((k for k in range(t - 1, 1, -1) if s.norms[k] == "and" and "," in text[s.ends[k - 1]:s.starts[k]]), -1)
    if a < 0 or s.first("fresh_time", a, len(s.norms)) >= 0:
        return False
    return any(s.norms[k] in _RANKED_BE_EN and (s.norms[k + 1:k + 3] == ["one", "of"] or s.norms[k + 1] == "among")
               for k in range(a - 2))


def _habitual_clause_en(s: Sentence, t: int, text: str) -> bool:
    """(English) Whether the trigger at ``t`` is in a clause opened by "every time", "each time"
    or "whenever" within eight words before it, with no comma or semicolon between: a kind of act
    that recurs, no act reported."""
    for k in range(max(0, t - 8), t):
        for opener in _EACH_TIME_EN:
            if tuple(s.norms[k:k + len(opener)]) == opener and k + len(opener) <= t:
                between = text[s.starts[k]:s.starts[t]]
                if "," not in between and ";" not in between:
                    return True
    return False


def _pending_on_any_en(s: Sentence, t: int) -> bool:
    """(English) Whether the trigger at ``t`` is the passive verb of a clause opened by "before",
    "until", "unless" or "once" and "any" ("before any sanctions on Russia are lifted", "until any
    of the measures is eased"), within twelve words: whichever measure, whenever, no act."""
    if t < 3 or s.norms[t - 1] not in _PASSIVE_BE_EN:
        return False
    return any(s.norms[k] in _PENDING_OPENERS_EN and s.norms[k + 1] == "any" for k in range(max(0, t - 12), t - 2))


def _any_before(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) "أي" within four words before the trigger, in its clause: a kind of act."""
    return not _ANY_AR.isdisjoint(s.norms[max(lo, t - 4):t])


def _warning_participle(s: Sentence, lo: int, t: int) -> int:
    """(Arabic) The token of the warning when it is the only demand cue in [lo, t), else -1."""
    at = [i for i in s.where.get("demand", ()) if lo <= i < t]
    return at[0] if len(at) == 1 and s.norms[at[0]] in _WARNING_AR else -1


# "وسط", "في ظل", "مع", "على وقع": what opens a backdrop phrase ("…، وسط تعثر مساعي إنهاء الحرب")
_AMID_AR: Final = frozenset({"وسط", "ووسط", "ظل", "مع", "ومع"})


def _stalls_backdrop(s: Sentence, after: int) -> bool:
    """(Arabic) Whether every stall cue of the sentence opens a backdrop phrase after the trigger
    (which ends before ``after``): "فرضت واشنطن عقوبات على شركتين، وسط تعثر مساعي إنهاء الحرب"
    stalls the efforts it names, not the measure reported."""
    at = s.where.get("stalled") or ()
    return bool(at) and all(
        i > after and (
            s.norms[i - 1] in _AMID_AR or s.norms[i - 2:i] == ["علي", "وقع"]
            # "بعد مسار تعثر قرابة عامين", "لتطوى مسيرة … تعثرت خلالها طويلا": the road behind
            # the step stalled, not the step
            or s.norms[i - 1] in _PATH_AR or s.norms[i + 1:i + 2] in (["خلالها"], ["خلاله"])
            # "وقعت البلدان الاتفاق أمس بعد توقف المحادثات لعامين", "بعد أن ظل الاتفاق متعثرا":
            # the stall the step put an end to
            or s.norms[i - 1] in _AFTER_STALL_AR
            # "علق الاتحاد عضوية غينيا بسبب تعثر المرحلة الانتقالية", "إثر انهيار المفاوضات",
            # "على خلفية فشل": the failure the act answers
            or s.norms[i - 1] in _CAUSE_OF_STALL_AR or s.norms[i - 2:i] == ["علي", "خلفيه"]
            or any(_opens_after_clause(s, k) for k in range(max(after, i - 5), i))
            # a ship's or a flight's stop on the way: "بعد توقف قصير في ميناء جيبوتي"
            or _stopover_ar(s, i)
        )
        for i in at
    )


_PATH_AR: Final = frozenset({"مسار", "مسيره", "طريق", "رحله", "مسارا", "طريقا"})
_AFTER_STALL_AR: Final = frozenset({"بعد", "وبعد", "عقب", "وعقب"})
_CAUSE_OF_STALL_AR: Final = frozenset(normalize_word(w) for w in (
    "إثر", "وإثر", "بسبب", "وبسبب", "جراء", "وجراء", "نتيجة", "ونتيجة"))
_STOP_AR: Final = frozenset({"توقف", "التوقف"})
# what follows a stop on a journey: where it was ("في جيبوتي"), how long ("قصير", "لساعات"), why
_STOPOVER_AR: Final = frozenset({"في", "قصير", "قصيره", "لساعات", "لبضع", "للتزود"})


def _stopover_ar(s: Sentence, i: int) -> bool:
    """(Arabic) Whether the stall cue at ``i`` is the noun of a stop on a journey ("بعد التوقف في
    تشاد للتزود بالوقود", "بعد توقف قصير في ميناء جيبوتي"), not of talks or of a deal."""
    return s.norms[i] in _STOP_AR and s.norms[i + 1:i + 2] != [] and s.norms[i + 1] in _STOPOVER_AR


_EN_OTHER_CLAUSE: Final = frozenset({"after", "because", "despite", "although", "though", "whereas", "while"})
_INVITED_EN: Final = frozenset({"invited", "invites", "invite"})
_ASKED_EN: Final = frozenset({"asked", "asks", "ask", "requested", "requests", "request"})
# what makes "asked" passive, the request someone else's: "Sweden was asked to join the coalition"
_REQUEST_PASSIVE_AUX_EN: Final = frozenset({"was", "were", "been", "be", "is", "are", "being", "get", "got"})
_REQUEST_ADVERBS_EN: Final = frozenset({"formally", "officially", "already", "also", "now", "repeatedly"})


def _own_request_to_join(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the trigger at ``t`` is the infinitive of a subject's own request, "has
    (formally) asked to join", "requested to become a partner of": the verb right before "to", with
    no object between (not "asked Finland to join") and not passive ("was asked to join")."""
    if t - 2 < lo or s.norms[t - 1] != "to" or s.norms[t - 2] not in _ASKED_EN:
        return False
    k = t - 3
    while k >= lo and s.norms[k] in _REQUEST_ADVERBS_EN:
        k -= 1
    return k < lo or s.norms[k] not in _REQUEST_PASSIVE_AUX_EN


# (English) what a state's application stands after when it is named in passing: "a delicate
# time for Iceland's application", "the talks on Serbia's application"
_PASSING_PREPOSITIONS_EN: Final = frozenset({"for", "on", "over", "about", "against", "of", "to", "behind",
                                             "into", "with", "despite", "amid"})


def _standing_application_en(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the trigger at ``t`` ends "<state>'s application to join" that is itself
    the object of a preposition: "comes at a delicate time for Iceland's application to join the
    EU", "a setback for Serbia's application to join" name a candidacy lodged long before, as
    "Georgia's bid to join" does, not a step of the news (not "Bosnia submitted its application to
    join", nor "Montenegro's application to join has stalled", its own status told)."""
    if t - 4 < lo or s.norms[t - 1] != "to" or s.norms[t - 2] not in ("application", "applications") or (
        s.norms[t - 3] != "s"
    ):
        return False
    # the owner's name, of up to four capitalised words ("for the United Kingdom's application";
    # not "welcomed Iceland's application", a verb's object)
    for k in range(t - 4, max(lo, t - 9), -1):
        if s.norms[k] in _PASSING_PREPOSITIONS_EN and k < t - 4:
            return True
        if s.norms[k] != "the" and not (s.text and s.text[s.starts[k]].isupper()):
            return False
    return False


# (Arabic) the nouns of a candidacy ("مسعى الجزائر للانضمام", "طلب المغرب للانضمام") and the
# prepositions that name it in passing ("تطرق إلى مسعى …", "تحدث عن طلب …")
_BID_NOUNS_AR: Final = frozenset({"مسعي", "مساعي", "سعي", "طلب", "طلبات", "محاوله", "محاولات", "ترشح", "ترشيح"})
_PASSING_PREPOSITIONS_AR: Final = frozenset({"الي", "عن", "حول", "بشان", "علي", "في", "امام", "مع", "من"})


def _standing_bid_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` ("للانضمام") ends "<bid noun> <owner>" that is itself
    the object of a preposition: "تطرق الرئيس إلى مسعى الجزائر للانضمام إلى بريكس" names a candidacy
    lodged before, as "Iceland's application to join" does in English, not a joining ahead (not
    "قدمت السويد طلبا للانضمام", a request made in the news)."""
    if s.norms[t] != "للانضمام":
        return False
    # the owner's name, of one to three words, between the bid noun and the trigger
    for k in range(t - 2, max(lo - 1, t - 5), -1):
        if s.norms[k] in _BID_NOUNS_AR:
            return k > lo and s.norms[k - 1] in _PASSING_PREPOSITIONS_AR
    return False


# what says, in the clause after a request, that the other side did not take it up
_TURNED_DOWN_EN: Final = frozenset({"not", "never", "no", "refused", "rejected", "declined", "vetoed", "blocked"})
_REQUESTER_PRONOUNS_EN: Final = frozenset({"it", "he", "she", "we", "i"})
_SAYING_AFTER_BUT_EN: Final = frozenset({"said", "says", "say", "added", "noted", "warned", "told"})


def _request_turned_down_en(s: Sentence, k: int) -> bool:
    """(English) Whether a ", but" clause after a state's own request to join, from token ``k``
    (within twelve words), says within its first seven words that the other side did not take the
    request up: "Ukraine has asked to join NATO, but the allies did not issue an invitation", "but
    the bid was rejected". The request stands unanswered, a stalled step, not a joining ahead (not
    "but officials said talks could take years", nor a denial reported after a verb of saying, nor
    the requester's own "but it did not say when")."""
    for j in range(k, min(len(s.norms), k + 12)):
        if s.norms[j] == "but" and comma_before(s, j):
            clause = s.norms[j + 1:j + 8]
            if clause[:1] and clause[0] in _REQUESTER_PRONOUNS_EN:
                return False  # "but it did not say when": the requester's own silence
            said = next((m for m, w in enumerate(clause) if w in _SAYING_AFTER_BUT_EN), len(clause))
            return any(w in _TURNED_DOWN_EN for w in clause[:said])
    return False


# (English) the verbs that lead their object back somewhere, a trigger of its complement after
# it: "to take the country back into …", "took Britain back into the EU", "to bring relations
# back to normal" (the extractor asks it of a "back into" too)
LEAD_BACK_EN: Final = frozenset(
    f"{stem}{end}" for stem in ("take", "bring", "put", "get", "return", "lead") for end in ("", "s")
) | {"took", "taken", "taking", "brought", "bringing", "putting", "got", "getting", "returned",
     "returning", "led", "leading"}


def _led_back_infinitive(s: Sentence, t: int, lo: int) -> int:
    """(English) Where "to" stands in "to take the country back into", "to bring relations back to
    normal": the infinitive whose object the trigger follows, its governor deciding the status as
    for a plain "to rejoin" ("a campaign to take Britain back into the EU" is no step); -1 if none."""
    if s.norms[t] not in ("back", "to", "on"):
        return -1
    return next((k for k in range(t - 2, max(lo, t - 6) - 1, -1)
                 if s.norms[k] == "to" and s.norms[k + 1] in LEAD_BACK_EN), -1)
_REQUEST_EN: Final = frozenset({"request", "requests", "proposal", "proposals", "bid", "permission", "approval"})
# verbs of permission whose object, however long, comes before the infinitive they govern
_PERMITS_EN: Final = frozenset({"allow", "allows", "allowed", "allowing", "permit", "permits", "permitted",
                                "permitting"})


def _permitted_infinitive_en(s: Sentence, lo: int, inf: int) -> bool:
    """(English) Whether the infinitive marker at ``inf`` is governed by a verb of permission
    within eight words before it, with no comma between ("will allow Israel's embassy in Amman
    to reopen"): beyond the three words a governor is looked for in, the object of the
    permission holds the state and the city."""
    for k in range(inf - 1, max(lo, inf - 8) - 1, -1):
        if s.norms[k] in _PERMITS_EN:
            # (leave refused is none: "has not allowed Turkey's embassy in Cairo to reopen")
            return s.first("negation", max(lo, k - 3), k) < 0
        if comma_before(s, k):
            return False
    return False


_AUTHORISED_EN: Final = frozenset({"authorised", "authorized", "authorises", "authorizes", "empowered", "empowers",
                            "mandated", "mandates"})
_EN_PRONOUNS: Final = frozenset({"it", "they", "he", "she", "we"})
_EN_MODALS: Final = frozenset({"could", "may", "might", "would", "will", "can"})
# (and an infinitive or an obligation: "plans to have a base", "must keep a base")
_EN_MODALS_TO: Final = _EN_MODALS | {"to", "should", "shall", "must"}


def _modal_before(s: Sentence, lo: int, t: int) -> bool:
    """A modal verb right before the trigger, or one word before it ("could soon face"), and
    no other demand cue in the clause before it ("urged that Turkey could face" stays a call)."""
    at = [i for i in s.where.get("demand", ()) if max(lo, t - 8) <= i < t]
    return bool(at) and at[-1] >= t - 2 and s.norms[at[-1]] in _EN_MODALS and len(at) == 1


def _reported_would(s: Sentence, lo: int, t: int, text: str | None, clause_lo: int) -> bool:
    """"The Treasury said it would impose…", "Riyadh says that it would sign…": the only
    demand cue in [lo, t) is a "would" that reports what its subject said it will do (its
    verb of saying may stand before ``lo``, not before ``clause_lo``)."""
    if text is None:
        return False
    cues = [i for i in s.where.get("demand", ()) if lo <= i < t]
    if len(cues) == 2 and cues[1] == cues[0] + 1 and s.norms[cues[1]] in _INTENT_VERBS_EN:
        cues = cues[:1]  # "said it would seek to join": the report's own verb of intent, no call
    if len(cues) != 1 or s.norms[cues[0]] != "would":
        return False
    w = cues[0]
    if (t == w + 1 or t == w + 2 and s.norms[w + 1] == "be") and _said_at_end(s, t, text):
        return True
    if w < 2:
        return False
    if t - cues[0] > 3 and not _intent_then_to(s, cues[0], t):
        return False
    w = cues[0]
    k = s.last("conditional", max(0, w - 16), w)
    if k > 0 and "," in text[s.ends[k]:s.starts[w]] and s.last("complementizer", max(0, k - 3), k) >= 0:
        # "said that if Bolivia expelled the ambassador, the United States would impose…": the
        # condition put first in the report, the subject after its comma
        return w - _after_last_comma(s, w, text, k) <= 4 and (t == w + 1 or t == w + 2 and s.norms[w + 1] == "be")
    # (a time may stand between: "Kuwait said on Tuesday it would reopen…")
    if s.norms[w - 1] in _EN_PRONOUNS:
        return s.last("complementizer", max(clause_lo, w - 5), w - 1) >= 0
    # a named subject right after a verb of saying, "would" right before the verb: "an official
    # said the United Kingdom would lift…" (not "the sanctions that Britain would lift if…", nor
    # a hope: "said Ukraine would one day become a member")
    c = s.last("complementizer", max(0, w - 8), w - 1)
    if c < 0 and (far := s.last("complementizer", max(clause_lo, w - 18), w - 8)) >= 0 and s.norms[far] in _SAID and (
        _LONG_SUBJECT_STOPS_EN.isdisjoint(s.norms[far + 1:w])
    ):
        # "said a second batch of about 50,000 soldiers from the army and former rebel forces
        # would be integrated…": a long subject told at length, no clause of its own in it
        c = far
    if c > lo and s.norms[c] == "that" and s.norms[c - 1] == "and" and not _SAID.isdisjoint(
        s.norms[max(0, c - 20):c - 1]  # (the verb of saying may stand before ``lo``)
    ):
        # "said Trump wanted to normalise ties and that Washington would reopen its embassy": a
        # second report of the same verb of saying
        return t == w + 1 and "," not in text[s.ends[c]:s.starts[w]]
    # (or a passive: "said Russian instructors would be deployed to Niger")
    verb = t == w + 1 or t == w + 2 and s.norms[w + 1] == "be"
    if c >= 0 and s.norms[c] == "that":  # "said [in a statement] that the US would reinstate…"
        that = c
        c = s.last("complementizer", max(0, c - 8), c)
        if c < 0 and not _DECIDED_EN.isdisjoint(s.norms[max(0, that - 4):that]):
            # "agreed on Monday that their High Commissioners would return to their posts": what
            # the parties agreed or decided will be done
            return verb and "," not in text[s.ends[that]:s.starts[w]]
    return c >= 0 and verb and s.norms[c] in _SAID and _no_comma_but_aside(text[s.ends[c]:s.starts[w]])


_THOUSANDS: Final = re.compile(r"(?<=\d),(?=\d{3})")
# words that open a clause of its own inside what stands between a verb of saying and a far
# "would" (a relative, a condition, a time, a cause, another verb's "to")
_LONG_SUBJECT_STOPS_EN: Final = frozenset({"that", "which", "who", "whom", "whose", "if", "unless", "when", "while",
                                    "because", "after", "before", "until", "to", "said", "says", "would",
                                    "will", "could", "should", "might", "may", "is", "are", "was", "were",
                                    "has", "have", "had"})


def _no_comma_but_aside(between: str) -> bool:
    """Whether the words between a verb of saying and its "would" hold no comma but those of
    one aside on the subject ("said the Levies, about 27,000 men, would be absorbed"; the comma
    of a number is none)."""
    commas = _THOUSANDS.sub("", between).count(",")
    return commas == 0 or commas == 2 and between.rstrip().endswith(",") and not between.lstrip().startswith(",")


_SAID: Final = frozenset({"said", "says", "say", "announced", "added"})


def _said_at_end(s: Sentence, t: int, text: str) -> bool:
    """(English) Whether the sentence of the trigger at ``t`` closes on its attribution, after a
    comma, with no condition in it: "2,000 more would be integrated into the army, officials
    said" (the verb of saying after what it reports, a subject of at most four words between)."""
    n = len(s.norms)
    k = next((k for k in range(n - 1, max(t, n - 4), -1) if s.norms[k] in _SAID), -1)
    if k < 0 or s.first("conditional", 0, n) >= 0:
        return False
    comma = next((j for j in range(k - 1, max(t, k - 5), -1) if "," in text[s.ends[j - 1]:s.starts[j]]), -1)
    return comma > t
# what a measure's authority holds its targets to have done ("whom it blames for …")
_ACCUSES_EN: Final = frozenset({"blames", "blamed", "accuses", "accused", "holds", "held", "suspects", "suspected",
                         "considers", "deems", "alleges"})
# what a state "would" do on its way to a step: "said it would apply to join", "would seek to
# join", "would move in the coming weeks to restore ties" (not "would ask Japan to impose")
_INTENT_VERBS_EN: Final = frozenset({"apply", "seek", "move"})
# what may stand between such a verb and its "to": a time ahead or a manner
_INTENT_FILLER_EN: Final = frozenset({"in", "the", "coming", "days", "weeks", "months", "next", "week", "month",
                               "year", "later", "this", "soon", "formally", "officially", "quickly"})


# a vote's tally between "voted" and its "to": "voted 13-0 with two abstentions to renew"
_TALLY_EN: Final = frozenset({"unanimously", "with", "without", "two", "three", "four", "five", "one", "abstentions",
                       "abstention", "abstaining", "votes", "vote", "to", "none", "nil", "in", "favour", "favor",
                       "against", "by", "of", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday"})


def _voted_by_tally(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the "to" before the trigger at ``t`` follows "voted" past a tally and a
    day only: the vote is the act ("the Security Council voted 13-0 with two abstentions to
    renew the embargo")."""
    v = last_index(s.norms, "voted", max(lo, t - 11), t - 1)
    return v >= 0 and all(w.isdigit() or w in _TALLY_EN for w in s.norms[v + 1:t - 1])


def _intent_then_to(s: Sentence, w: int, t: int) -> bool:
    """(English) Whether the words from the "would" at ``w`` to the trigger at ``t`` are a verb
    of intent, at most five words of time or manner, and "to": "would apply in the coming
    months to join"."""
    return (w + 2 < t <= w + 8 and s.norms[w + 1] in _INTENT_VERBS_EN and s.norms[t - 1] == "to"
            and all(n in _INTENT_FILLER_EN for n in s.norms[w + 2:t - 1]))
_DECIDED_EN: Final = frozenset({"agreed", "decided", "confirmed", "declared", "stated"})
_BLOCK_EN: Final = frozenset({"block", "blocks", "blocked", "blocking", "stop", "stops", "stopped", "stopping",
                       "prevent", "prevents", "prevented", "preventing", "halt", "halts", "halted",
                       "overturn", "overturned", "veto", "vetoed", "reverse", "reversed", "thwart",
                       "thwarted", "derail", "derailed"})


def _failed_block(s: Sentence, lo: int, t: int) -> int:
    """(English) The token of a verb of blocking in the ten before the trigger at ``t`` that a
    stall cue before it says failed ("failed to block", "failed to advance a resolution that
    would have blocked the plan to lift"), else -1."""
    for b in range(t - 1, max(lo, t - 11) - 1, -1):
        if s.norms[b] in _BLOCK_EN:
            return b if s.first("stalled", max(lo, b - 12), b) >= 0 else -1
    return -1


_AFTER_EN: Final = frozenset({"after", "following"})
_HAVE_EN: Final = frozenset({"has", "have", "had"})
# what parties agree in an accord, and the verbs of making that accord
_AGREED_IN_EN: Final = frozenset({"agreed", "agree", "agrees", "pledged", "committed"})
_SIGNING_VERBS_EN: Final = frozenset({"signed", "concluded", "adopted", "reached", "sealed"})
_IMPOSED_VERBS_EN: Final = frozenset({"imposed", "placed", "slapped", "levied"})
# how far after the trigger its own "in <month>" may stand: past an object of several words ("lifted
# its travel and financial restrictions on Myanmar's leaders in June")
_MONTH_AFTER_WINDOW_EN: Final = 12


# a part of a month: "in early May", "in mid-June" (the month after the part's word)
_MONTH_PARTS_EN: Final = frozenset({"early", "late", "mid"})
# "at the beginning of May", "at the end of June": the month after "of" ("by the end of June" and
# "until the end of June" are deadlines, so only "at"/"in"/"towards" lead in)
_MONTH_SPANS_EN: Final = frozenset({"beginning", "start", "end", "middle"})
_MONTH_SPAN_LEADS_EN: Final = frozenset({"at", "in", "towards", "toward"})


def _start_of_month_of_a_future_act_en(s: Sentence, k: int, lo: int, t: int) -> bool:
    """(English) Whether the cue at ``k`` is "at the beginning of the month", "at the start of the
    month" or "early this month" dating an act told in the future ("will sign the accord at the
    beginning of the month", "are to meet early this month"): the first days of the month are
    background only for an act told as done."""
    return s.norms[k] in ("at", "early") and any(
        w in ("will", "would", "shall", "to") for w in s.norms[max(lo, t - 3):t]
    )


def _month_told_as_a_time_en(s: Sentence, k: int) -> bool:
    """(English) Whether the month at ``k`` is told with no day as the time of an act: "in May",
    "in early May", "at the beginning of May" (not "by the end of May", a deadline)."""
    norms = s.norms
    if norms[k] not in _MONTHS or _next_is_num(s, k):
        return False
    if k >= 1 and norms[k - 1] == "in":
        return True
    if k >= 2 and norms[k - 1] in _MONTH_PARTS_EN and norms[k - 2] == "in":
        return True
    return (k >= 4 and norms[k - 1] == "of" and norms[k - 2] in _MONTH_SPANS_EN and norms[k - 3] == "the"
            and norms[k - 4] in _MONTH_SPAN_LEADS_EN)


def _in_month_after(s: Sentence, t: int, hi: int) -> bool:
    """(English) Whether a month with no day, told as a time ("in <month>", "in early <month>",
    "at the beginning of <month>"), follows the trigger at ``t`` within
    ``_MONTH_AFTER_WINDOW_EN`` words."""
    return any(_month_told_as_a_time_en(s, k)
               for k in range(t + 2, min(hi, t + _MONTH_AFTER_WINDOW_EN + 2)))


_RELIEF_VERBS_AR: Final = frozenset({
    "رفع", "رفعت", "يرفع", "ترفع", "ورفع", "ورفعت", "علق", "علقت", "يعلق", "تعلق", "وعلق", "وعلقت",
    "مدد", "مددت", "يمدد", "تمدد", "ومدد", "ومددت", "الغي", "الغت", "يلغي", "تلغي", "خفف", "خففت"})
_MONTH_AFTER_AR: Final = (["الماضي"], ["المقبل"], ["الجاري"], ["القادم"])
_CEREMONY_AR: Final = frozenset({"مراسم", "مراسيم", "حفل", "احتفال"})
# the bare definite verbal noun of signing, as a time ("عقب التوقيع"), normalised
_THE_SIGNING_AR: Final = frozenset({"التوقيع"})
# what tells that the signing named is a new one of its own: its object or its parties after it
_SIGNING_OBJECT_AR: Final = frozenset({"علي", "بين", "مع"})
_AROUND_AR: Final = frozenset({"عقب", "بعد", "خلال", "اثناء", "قبيل", "وعقب", "وبعد", "وخلال"})
_GATHERINGS_EN: Final = frozenset({"meeting", "summit", "talks", "session", "conference"})
_AT_GATHERING_EN: Final = frozenset({"at", "during"})


def _verb_before_gathering_en(s: Sentence, lo: int, inf: int) -> list[str]:
    """(English) The words before a gathering that stands between a verb and its infinitive at
    ``inf``: "agreed at their summit in Kuwait on Wednesday to set up a unified command" (the
    setting is where the agreeing took place; the verb before it governs "to"). Empty when no
    "at"/"during" and a gathering's noun come in the ten words before "to", and when the verb is
    itself ahead ("were expected to agree at their meeting next Monday to widen …": the act is a
    forecast, which this reading does not date)."""
    for k in range(inf - 1, max(lo, inf - 10) - 1, -1):
        if s.norms[k] in _AT_GATHERING_EN and not _GATHERINGS_EN.isdisjoint(s.norms[k + 1:min(inf, k + 4)]):
            if s.first("future", max(lo, k - 5), inf) >= 0:
                return []
            return s.norms[max(lo, k - 3):k]
    return []


_OR_AR: Final = frozenset({"او", "ولا"})
_DEMONSTRATIVES_AR: Final = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})


def _the_signing_as_a_time_ar(s: Sentence, t: int, hi: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is the bare definite "التوقيع" right after a word of
    time ("عقب التوقيع", "بعد التوقيع"): the signing a report has told, named as when something
    else was said or done. Not when what was signed or between whom follows it ("بعد التوقيع على
    اتفاق السلام", "عقب التوقيع بين البلدين"), which names a signing of its own."""
    if t < 1 or s.norms[t] not in _THE_SIGNING_AR or s.norms[t - 1] not in _AROUND_AR:
        return False
    return not (t + 1 < min(hi, len(s.norms)) and s.norms[t + 1] in _SIGNING_OBJECT_AR)
_NEGATORS_AR: Final = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا"})
_SIGNING_NOUNS_EN: Final = frozenset({"signing", "signature"})
_FUTURE_AUX_EN: Final = frozenset({"will", "would", "shall"})


# words that set a time of their own between a sentence's opening "Last year" and a later act
_OWN_TIME_EN: Final = frozenset({"but", "now", "today", "yesterday", "tonight", "this", "since", "monday", "tuesday",
                          "wednesday", "thursday", "friday", "saturday", "sunday"})


def _opened_by_last_year_en(s: Sentence, lo: int, t: int, text: str) -> bool:
    """(English) Whether the sentence opens with "Last year" or "Last month" that dates the act at
    ``t`` however far it stands: "Last year its largest union threatened to strike over pay before
    the two sides agreed on a new contract". A time at the head of a sentence sets the time of what
    follows, up to a ", and" or a time of its own ("but on Monday", "this week"); not "Last year's
    agreement", a noun's date."""
    norms = s.norms
    if lo != 0 or t < 3 or norms[0] != "last" or norms[1] not in ("year", "month"):
        return False
    if norms[2] == "s" or "'" in text[s.ends[1]:s.starts[2]] or "\u2019" in text[s.ends[1]:s.starts[2]]:
        return False  # "Last year's agreement"
    # (a time right after the trigger is the act's own: "… agreed on Monday on a new contract"; one
    # further on, in a relative clause, dates another act: "…, which was extended this month")
    return (_OWN_TIME_EN.isdisjoint(norms[2:t]) and _OWN_TIME_EN.isdisjoint(norms[t + 1:t + 5])
            and not _and_clause_between(s, text, 2, t))


def _and_clause_between(s: Sentence, text: str, lo: int, hi: int) -> bool:
    """(English) Whether ", and" stands between tokens ``lo`` and ``hi``."""
    return any(s.norms[k] == "and" and "," in text[s.ends[k - 1]:s.starts[k]] for k in range(max(lo, 1), hi))
_FORMER_BASE_EN: Final = frozenset({"former", "disused", "abandoned", "old", "ex"})  # a base no longer held
# nouns of a class of states or firms that a relative clause describes by what they did
_CLASS_NOUNS_EN: Final = frozenset({"countries", "nations", "states", "governments", "companies", "firms", "banks",
                             "those", "others"})
_RELATIVES_EN: Final = frozenset({"that", "which", "who"})


def _describes_a_class_en(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the trigger at ``t`` is the verb of a relative clause that says which
    members of a class are meant ("the other countries that have imposed sanctions on Moscow",
    "firms which had joined the scheme"), in a perfect: a description of them, not news."""
    k = t - 2  # (a perfect only: "three countries that imposed sanctions on Monday" is news)
    return k > lo and s.norms[t - 1] in _HAVE_EN and s.norms[k] in _RELATIVES_EN and s.norms[k - 1] in _CLASS_NOUNS_EN


def _cause_of_past_step(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the threat at ``t`` is told in an "after" clause under a past main verb
    with no day named: "Indonesia and Egypt dropped plans to buy Su-35s after Washington warned
    them of sanctions" is how a past step came about, background, not a threat of the day."""
    a = next((k for k in range(t - 1, max(lo, t - 5) - 1, -1) if s.norms[k] in _AFTER_EN), -1)
    if a <= lo:
        return False
    return any(w.endswith("ed") and len(w) > 4 and (j == lo or s.norms[j - 1] not in _HAVE_EN)
               for j, w in enumerate(s.norms[max(lo, a - 10):a], max(lo, a - 10)))


_DEPLOYMENT_NOUNS_EN: Final = frozenset({"deployment", "deployments", "dispatch", "stationing", "sending"})
_REASON_LINKS_EN: Final = frozenset({"to", "in", "for", "of"})


def _named_as_reason(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the deployment noun at ``t`` is what a designation or a charge is for,
    a known situation told as background: "are linked to … and to the deployment of North
    Korean soldiers", "sanctioned for their role in the deployment of mercenaries"."""
    if s.norms[t] not in _DEPLOYMENT_NOUNS_EN or t < 2 or s.norms[t - 1] != "the":
        return False
    if s.norms[t - 2] not in _REASON_LINKS_EN and "reason_for" not in s.tags[t - 2]:
        return False
    return s.last("reason_for", max(lo, t - 20), t - 1) >= 0


_SUBORDINATORS_EN: Final = frozenset({"after", "since", "following", "before", "until", "when", "once", "as"})
_NEW_CLAUSE_EN: Final = frozenset({"and", "but", "while", "then", "whereas"})


def _departing(s: Sentence, lo: int, hi: int, t: int, span: int) -> bool:
    """(English) Whether the forces or the base of the presence trigger at ``t`` are leaving:
    "American troops at Air Base 101 in Niamey will leave first", "will withdraw from the air
    base" (not "After France withdrew, Russia deployed…", "would remain after the Wagner
    Group's departure", nor another verb after "and")."""
    at = s.where.get("departure")
    if not at:
        return False
    for d in at:
        if max(lo, t - 6) <= d < t:
            between = s.norms[d:t]
        elif t + span <= d < min(hi, t + span + 10):
            between = s.norms[t + span:d]
        else:
            continue
        if _NEW_CLAUSE_EN.isdisjoint(between) and _SUBORDINATORS_EN.isdisjoint(s.norms[max(lo, d - 6):d]):
            return True
    return False


# a member standing in the way of a measure: "Fico holds up EU's new Russia sanctions",
# "Hungary vetoed the new sanctions package" (the bare "block", "veto", "delay" only as verbs:
# "lifted its veto on the new sanctions" ends the block)
_HOLD_UP_EN: Final = frozenset({"blocks", "blocked", "blocking", "vetoes", "vetoed", "vetoing", "delays", "delayed",
                         "delaying", "obstructs", "obstructed", "obstructing", "stalls", "stalling"})
_HOLD_UP_BARE_EN: Final = frozenset({"block", "veto", "delay", "obstruct", "stall"})
_HOLD_EN: Final = frozenset({"hold", "holds", "held", "holding"})
_DETERMINERS_EN: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})


# (normalised) a dispute "over" what the trigger names: "بعد أسابيع من الخلاف حول دمج قوات الدعم
# السريع في الجيش" tells a step argued about, not taken
_DISPUTE_NOUNS_AR: Final = frozenset({"الخلاف", "خلاف", "الخلافات", "خلافات"})
_DISPUTE_OVER_AR: Final = frozenset({"حول", "على", "بشان"})


# (normalised) what of a step a dispute may be over, between "حول" and the step: "خلافات حول
# الجدول الزمني لدمج قوات الدعم السريع", "الخلاف على آلية دمج الفصائل"
_DISPUTED_ASPECTS_AR: Final = tuple(tuple(normalize_word(w) for w in phrase.split()) for phrase in (
    "الجدول الزمني", "جدول زمني", "آلية", "آليات", "توقيت", "موعد", "مدة", "مهلة", "شروط", "تفاصيل"))


# (normalised) "soon" ("قريبا"; not "قريبا من", near a place)
_SOON_AR: Final = frozenset(normalize_word(w) for w in ("قريبا", "وقريبا"))


def _soon_after_ar(s: Sentence, lo: int, hi: int) -> bool:
    """(Arabic) Whether "قريبا" (soon) follows the trigger in ``[lo, hi)``, not as "قريبا من"."""
    return any(s.norms[k] in _SOON_AR and s.norms[k + 1:k + 2] != ["من"] for k in range(lo, min(hi, len(s.norms))))


def _disputed_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is what a dispute is over, right after "الخلاف حول",
    or after the aspect of it argued over ("حول الجدول الزمني لدمج …")."""
    for aspect in ((),) + _DISPUTED_ASPECTS_AR:
        k = t - len(aspect)  # (where "حول" would end)
        if k >= 2 and tuple(s.norms[k:t]) == aspect and s.norms[k - 1] in _DISPUTE_OVER_AR and (
                without_conjunction(s.norms[k - 2]) in _DISPUTE_NOUNS_AR):
            return True
    return False


def _held_up(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether a verb of blocking governs the sanctions trigger at ``t`` from the four
    words before it ("Slovakia blocked the EU's new sanctions", "is holding up new sanctions")."""
    for b in range(t - 1, max(lo, t - 5) - 1, -1):
        w = s.norms[b]
        if w in _HOLD_UP_EN or w in _HOLD_UP_BARE_EN and not (b > 0 and s.norms[b - 1] in _DETERMINERS_EN):
            return True
        if w == "up" and b > 0 and s.norms[b - 1] in _HOLD_EN:
            return True
    return False


_CLEARS_WAY: Final = frozenset({"clear", "clears", "cleared", "clearing", "pave", "paves", "paved", "paving",
                         "open", "opens", "opened", "opening"})


def _way_cleared(s: Sentence, lo: int, t: int) -> bool:
    """(English) "clears the way for the Treasury to remove Rusal from its blacklist", "paved the
    path for the lifting of sanctions": the trigger is what a step makes possible, still ahead."""
    for k in range(max(lo + 2, t - 10), t - 1):
        if s.norms[k] in ("way", "path") and s.norms[k + 1] == "for" and s.norms[k - 1] == "the" and (
            s.norms[k - 2] in _CLEARS_WAY
        ):
            return True
    return False


# a verb of saying that opens a second report of the same subject after "and"
_REPORT_AGAIN: Final = _SAID | {"warned", "warns", "stressed", "insisted", "vowed", "told"}


def _second_report(s: Sentence, lo: int, t: int) -> int:
    """(English) The verb of saying of the last "and said …" (a report coordinated with one
    before it) in [lo, t), else ``lo``: in "warned that any arms transfer would violate UN
    resolutions and said Washington would not hesitate to impose sanctions", the first report's
    hypothetical "any … would" does not reach the second."""
    for k in range(t - 2, lo, -1):
        if s.norms[k] in _REPORT_AGAIN and s.norms[k - 1] == "and":
            return k
    return lo


def _without_end_dates(s: Sentence, lo: int, hi: int, ar: bool) -> list[str]:
    """The words of [lo, hi) without the three after "until" (Arabic: the six after "حتى",
    "حتى الحادي والثلاثين من يوليو 2017", "حتى نهاية شهر يونيو من عام 2026"; English: the five
    after "until", "until the end of January 2026"): "extended until 2026" ends then, it did not
    happen then."""
    words = s.norms[lo:hi]
    until, reach = (_UNTIL_AR, 7) if ar else (_UNTIL_EN, 6)
    if until.isdisjoint(words):
        return words
    out = list(words)
    for k, w in enumerate(words):
        if w in until:
            out[k + 1:k + reach] = [""] * len(out[k + 1:k + reach])
    return out


# what a text "provides for" (a future cue: a deal's terms are still to be done)
PROVIDES_AR: Final = frozenset({"يقضي", "تقضي", "ينص", "تنص", "قضت", "قضي", "نص", "نصت",
                         "ويقضي", "وتقضي", "وينص", "وتنص", "وقضت", "ونص", "ونصت"})  # (and after و)


# (English) a sentence that opens "A day later", "Two days later", "The next day": its time is
# the date the sentence before it told
_DAYS_LATER_EN: Final = re.compile(r"(?:(?:a|one|two|three|four|five|six|several|few|a few) (?:days?|weeks?) later"
                            r"|the (?:next|following) day)\b", re.I)
# (English) an act placed at the time of what the sentence before told, anywhere in its
# sentence: "Saudi Arabia restored relations with Qatar at the same summit", "the same day"
_SAME_TIME_EN: Final = re.compile(r"\b(?:(?:on|at) (?:the|that) same (?:day|summit|meeting|ceremony|conference|session)"
                           r"|(?:on |in )?(?:the|that) same (?:week|month)|(?:on )?(?:the|that) same day|on that day"
                           r"|(?:(?:in|during) )?that (?:week|month))\b",
                           re.I)
_DAY_OF_MONTH_EN: Final = re.compile(r"\b(?:([A-Z][a-z]{2,8})\.? (\d{1,2})\b|(\d{1,2}) ([A-Z][a-z]{2,8})\b)")
# (Arabic) "وفي اليوم التالي", "وبعد يومين", "بعد أيام": the same, and "3 نوفمبر" for the date
_DAYS_LATER_AR: Final = re.compile(r"و?(?:في اليوم التالي|في اليوم الذي تلاه|بعد (?:يوم|يومين|أيام|أسبوع|أسبوعين)(?: من ذلك)?)(?=[\s،,])")
_DAY_OF_MONTH_AR: Final = re.compile(r"(\d{1,2})\s+(?:من\s+)?(\w+)")


def _days_after_a_past_date(s: Sentence, published: date, ar: bool = False) -> bool:
    """Whether the sentence opens "A day later" (and the like) right after a sentence that dates
    its act a week or more before publication ("Peru and Chile signed a trade accord on November
    3. A day later, Washington suspended…": November 4, no news of today; "وفي اليوم التالي"), or
    (English) holds "the same day" or "at the same summit" there."""
    opener, day_of_month = (_DAYS_LATER_AR, _DAY_OF_MONTH_AR) if ar else (_DAYS_LATER_EN, _DAY_OF_MONTH_EN)
    same_time = None
    if not s.text or opener.match(s.text, s.start, s.start + 30) is None and (
            ar or (same_time := _SAME_TIME_EN.search(s.text, s.start, s.end)) is None):
        return False
    head = s.text[max(0, s.start - 400):s.start]
    before = head[head.rfind(". ", 0, max(0, len(head) - 2)) + 1:]  # the sentence before
    if same_time is not None:
        # (and the sentence's own words before "the same day": "in March last year Washington
        # terminated its Zimbabwe programme, though it designated Mnangagwa on the same day")
        before += " " + s.text[s.start:same_time.start()]
    for m in day_of_month.finditer(before):
        if ar:
            month = _MONTHS.get(normalize_word(m.group(2)))
            m_day = m.group(1)
        else:
            month = _MONTHS.get((m.group(1) or m.group(4)).lower())
            m_day = m.group(2) or m.group(3)
        if month is None:
            continue
        year = published.year if month <= published.month else published.year - 1
        try:
            told = date(year, month, int(m_day))
        except ValueError:
            continue
        if (published - told).days >= 7:
            return True
    if not ar and (named := _MONTH_OF_YEAR_EN.search(before)) is not None and (
        (month := _MONTHS.get(named.group(1).lower())) is not None
    ):
        # "The Gambia left in October 2013. The same month the US imposed…": a month told before
        # this one (with no year, a later month is last year's, as a day of the month is above)
        year = int(named.group(2)) if named.group(2) else published.year if month <= published.month else published.year - 1
        return (year, month) < (published.year, published.month)
    return False


# (English) a paragraph that opens on a past month or year ("In August 2018 Global Affairs Canada
# posted …", "REPORTER: In 2018 …"; a speaker's label may stand before it)
_DATED_OPENING_EN: Final = re.compile(r"(?:[A-Z]{2,}[A-Z ]*:\s*)?In (?:(?:early|late|mid-)\s*)?(?:(January|February|March"
                               r"|April|May|June|July|August|September|October|November|December) )?((?:19|20)\d\d)\b")
_GOING_ON_PRONOUNS_EN: Final = frozenset({"It", "They", "He", "She"})


def _pronoun_goes_on_with_a_dated_paragraph_en(s: Sentence, published: date) -> bool:
    """(English) Whether the sentence, with a pronoun for its subject and no time of its own, goes
    on with the story of a paragraph that opened on a past month or year ("In August 2018 Global
    Affairs Canada called for their release. Riyadh called that interference. It expelled the
    ambassador, froze all new trade …"): the pronoun points back into that story, and its acts
    are that story's, not the day's news."""
    if not s.text or s.text[s.start:s.start + 4].split(" ", 1)[0] not in _GOING_ON_PRONOUNS_EN:
        return False
    if "will" in s.norms or any(_is_year(w) for w in s.norms):
        return False  # (a step ahead, or a time of its own)
    opening = s.text.rfind("\n", 0, s.start) + 1
    if opening == s.start:
        return False  # (the paragraph's first sentence: nothing before it to go on with)
    m = _DATED_OPENING_EN.match(s.text, opening)
    if m is None:
        return False
    month = _MONTHS.get(m.group(1).lower()) if m.group(1) else 12
    return (int(m.group(2)), month or 12) < (published.year, published.month)


# (English) a sentence that opens the story of a past quarrel with its start: "The row began in
# March 2017, days before a Dutch election, when …", "The crisis began in late October, when …"
_EPISODE_BEGAN_EN: Final = re.compile(
    r"The (?:row|crisis|dispute|rift|feud|standoff|stand-off|spat|quarrel|diplomatic row|diplomatic crisis) "
    r"(?:began|started|erupted|broke out) (?:in|on) (?:(?:early|late|mid-)\s*)?(?:(January|February|March|April|May"
    r"|June|July|August|September|October|November|December)(?:,? ((?:19|20)\d\d))?|((?:19|20)\d\d))\b")
# how far back (characters) such an opening is looked for: the paragraph and the one after it
_EPISODE_REACH_EN: Final = 900
# words of a sentence that tell a time of its own, or the state of things now, not the episode's
_NOT_THE_EPISODE_EN: Final = (_OWN_TIME_EN - {"but"}) | {"will", "would", "has", "have", "is", "are", "week", "month",
                                                        "year"}
_EPISODE_SENTENCES_EN: Final = 4  # sentences after the opening that may go on with its story


def _goes_on_with_an_episode_begun_before_en(s: Sentence, published: date) -> bool:
    """(English) Whether the sentence, in the plain past with no time of its own, goes on with a
    past quarrel whose start a sentence just before told ("The crisis began in late October, when
    … Saudi Arabia expelled Lebanon's ambassador and banned all imports"; "The row began in March
    2017 … Ankara then announced what it called sanctions"): its acts are that episode's, not the
    day's news. A sentence with a year, a day, "this" or a present or future verb has a time of
    its own."""
    if not s.text or any(w in _NOT_THE_EPISODE_EN or _is_year(w) for w in s.norms):
        return False
    head = s.text[max(0, s.start - _EPISODE_REACH_EN):s.start]
    opening = next(reversed(list(_EPISODE_BEGAN_EN.finditer(head))), None)  # (the last one before)
    if opening is None or head.count(". ", opening.end()) + head.count(".\n", opening.end()) >= _EPISODE_SENTENCES_EN:
        return False
    month_name, month_year, year = opening.group(1), opening.group(2), opening.group(3)
    if year is not None:
        return int(year) < published.year
    month = _MONTHS.get(month_name.lower()) or 12
    told = int(month_year) if month_year else published.year if month <= published.month else published.year - 1
    return (told, month) < (published.year, published.month)


_MONTH_OF_YEAR_EN: Final = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November"
                               r"|December)(?:,? (\d{4}))?\b")


# the fighters a merger takes in, as the subject of a condition after it ("if they pass a check")
_MEMBERS_EN: Final = frozenset({"they", "those", "fighters", "members", "recruits", "candidates"})


def _on_whoever_en(s: Sentence, lo: int, hi: int) -> bool:
    """(English) Measures ahead on whoever does a thing, named by no name but by the conduct
    ("will impose targeted sanctions on those who stand in the way of the road map", "on anyone
    who obstructs the election"): a condition, so a warning, not a decision on named targets."""
    for j in range(lo, min(hi, lo + 6)):
        if s.norms[j] in ("on", "against") and (
            s.norms[j + 1:j + 2] == ["whoever"] or " ".join(s.norms[j + 1:j + 3]) in _WHOEVER_EN
        ):
            return True
    return False


_WHOEVER_EN: Final = frozenset({"those who", "anyone who", "anybody who", "all who", "any who"})


def _condition_after(s: Sentence, lo: int, hi: int, event_type: str) -> bool:
    """A condition in [lo, hi) after the trigger; not, for a merger of forces, one on the fighters
    it takes in ("will be integrated into the Iraqi army if they pass a background check"): the
    merger is planned, the condition sorts the men."""
    k = s.first("conditional", lo, hi)
    while k >= 0 and _bound_by_a_measure_en(s, k):
        k = s.first("conditional", k + 1, hi)
    if k < 0:
        return False
    return not (event_type == "forces.integrated" and s.norms[k + 1:k + 2] and s.norms[k + 1] in _MEMBERS_EN)


# those a list names, bound by its measures: "its list of individuals subject to an asset freeze"
_BOUND_NOUNS_EN: Final = frozenset({"individuals", "persons", "entities", "people", "vessels", "ships"})


def _bound_by_a_measure_en(s: Sentence, k: int) -> bool:
    """(English) Whether the "subject to" at ``k`` tells what the names of a list are bound by
    ("added the commander to its list of individuals subject to a travel ban"), not a condition
    ("will be lifted subject to a review")."""
    return s.norms[k] == "subject" and k > 0 and s.norms[k - 1] in _BOUND_NOUNS_EN


# (English) past tenses of the triggers' verbs that end in neither "-ed" nor "-s" ("froze the funds")
_IRREGULAR_PAST_EN: Final = frozenset({"froze", "sent", "struck", "withdrew", "broke", "took", "gave", "began"})
# (English) what opens a clause of another kind between a modal and a later verb of a list
_LIST_BREAKERS_EN: Final = frozenset({
    "but", "while", "whereas", "which", "who", "that", "after", "before", "when", "because",
    "although", "though", "if", "unless", "since", "as", "so", "said", "says",
})


def _modal_list_verb_en(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the trigger at ``t`` is a bare verb after a comma (or a comma and "and")
    and a modal stands within twenty words before it in its clause, with no clause of another kind
    between: "said Washington would bar the officials from entering the country, freeze any funds
    they hold and prosecute them", "would ban the judges, impose sanctions on their families": the
    modal reaches every verb of its list (not "said it would respond, but froze the funds")."""
    listed = comma_before(s, t) or (t > 1 and s.norms[t - 1] == "and" and comma_before(s, t - 1))
    if t <= lo or not listed or s.norms[t].endswith(("s", "ed", "ing")) or s.norms[t] in _IRREGULAR_PAST_EN:
        return False
    for k in range(t - 1, max(lo - 1, t - 21), -1):
        if s.norms[k] in _LIST_BREAKERS_EN:
            return False
        if s.norms[k] in _EN_MODALS:
            return k + 2 < t  # (the list's first verb and its object between)
    return False


def _ahead_cue(s: Sentence, lo: int, t: int, ar: bool) -> bool:
    """A future cue in [lo, t); (Arabic) not "provides for" next to a decree or a decision, which
    does what it provides for when it is issued ("أصدر أمرا تنفيذيا يقضي بتعليق العقوبات")."""
    at = s.where.get("future")
    if not at:
        return False
    for k in at[bisect_left(at, lo):]:
        if k >= t:
            return False
        if ar and s.norms[k] in PROVIDES_AR and s.first("decree_noun", max(0, k - 3), k + 3) >= 0:
            continue
        if ar and s.norms[k] in PROVIDES_AR and _law_relative_ar(s, k):
            continue
        if ar and _text_noun_ar(s, k, t):
            continue
        return True
    return False


def _law_relative_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether "provides" at ``k`` opens the relative clause of a law or a decree named
    before it, however long its name ("أجاز المجلس قانون قوات الدعم السريع لسنة 2017، والذي ينص
    على دمج …"): an act in force does what it provides. Not in the past ("القانون الذي نص على …"
    is an older law's), nor for a bill ("مشروع القانون الذي ينص على …" is still ahead)."""
    if not (k > 0 and s.norms[k] in PROVIDES_AR and s.norms[k][:1] in ("ي", "ت") and s.norms[k - 1] in RELATIVE_AR):
        return False
    d = s.first("decree_noun", max(0, k - 12), k - 1)
    return d >= 0 and (d == 0 or without_conjunction(s.norms[d - 1]) not in _BILL_AR)


_BILL_AR: Final = frozenset(normalize_word(w) for w in ("مشروع", "مشاريع", "مسودة"))  # a bill, a draft


_TEXT_NOUN_AR: Final = frozenset({"نص", "ونص"})


def _text_noun_ar(s: Sentence, k: int, t: int) -> bool:
    """(Arabic) «نص» at ``k`` as the noun "the text of" ("نشرت الحكومة نص اتفاقية وقعتها
    موسكو ودمشق"), not the verb "نصّ على" (provided for): the verb takes «على» before what it
    provides for, the noun has none between it and the trigger."""
    return s.norms[k] in _TEXT_NOUN_AR and "علي" not in s.norms[k + 1:t] and "وعلي" not in s.norms[k + 1:t]


ENVOYS_EN: Final = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "commissioner", "commissioners"})
# the words that open a clause of time or cause after a comma ("…, when it froze the assets")
TIME_CLAUSE_EN: Final = frozenset({"when", "as", "after", "before", "while", "because", "since", "until"})


def pronoun_after_time_word_en(s: Sentence, t: int, text: str, words: frozenset[str] = TIME_CLAUSE_EN) -> bool:
    """(English) Whether the trigger at ``t`` follows ", <one of words> it (they)": a clause
    whose subject and time are its sentence's main clause's."""
    return t >= 3 and s.norms[t - 1] in ("it", "they") and s.norms[t - 2] in words and (
        "," in text[s.ends[t - 3]:s.starts[t - 2]])
# (Arabic) the verbs of revoking an order or a law
_REVOKED_AR: Final = frozenset(normalize_word(w) for w in ("ألغى", "ألغت", "إلغاء", "يلغي", "تلغي", "ألغي", "أبطل", "أبطلت", "إبطال"))
# (Arabic) what measures "rest on" in a relative clause: «التي تستند إليها العقوبات»
_RESTS_ON_AR: Final = frozenset(normalize_word(w) for w in ("تستند", "يستند", "ترتكز", "يرتكز"))
# (Arabic) "it is expected that …": the whole clause after «أن» lies ahead
_EXPECTED_AR: Final = frozenset(normalize_word(w) for w in ("المنتظر", "المقرر", "المتوقع", "المفترض"))


def _expected_that_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` stands in the clause of "من المنتظر أن" (المقرر،
    المتوقع) however long its subject and asides: "ومن المنتظر أن يوافق قادة الدول الأعضاء، خلال
    قمتهم في بروكسل، على تمديد العقوبات" (not past a "بعد أن" clause of its own)."""
    for k in range(max(1, t - 20), t - 1):  # (from before the clause: the asides' commas part it)
        if s.norms[k] in _EXPECTED_AR and s.norms[k - 1] in ("من", "ومن") and s.norms[k + 1] == "ان":
            return not any(_opens_after_clause(s, j) for j in range(k + 2, t))
    return False


def _done_by_agreeing(s: Sentence, t: int, event_type: str) -> bool:
    """(English) Whether agreeing does the act at ``t``: "Eritrea and Djibouti agreed to normalise
    relations", "EU ministers agreed to extend the sanctions" (a step ahead is not: "agreed to
    exchange ambassadors", "to sign a pact", "to join", "to deploy troops")."""
    if event_type == "relations.restored":
        return s.norms[t] in _RELATIONS_MENDED_EN
    return event_type.startswith("sanctions.") and event_type != "sanctions.threatened"


_RELATIONS_MENDED_EN: Final = frozenset({"restore", "normalise", "normalize", "re-establish", "reestablish", "resume", "mend"})


def _agreed_to_en(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the only future cue in [lo, t) is "agreed to" ("agree to", "agrees to")."""
    at = [k for k in s.where.get("future", ()) if lo <= k < t]
    return bool(at) and all(s.norms[k] in ("agreed", "agree", "agrees") and s.norms[k + 1:k + 2] == ["to"] for k in at)


def _agreed_to_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) "وافقت الحكومة السورية على أن تدمج قوى الأسايش": a merger, a base or ties a party
    agrees or pledges to carry out are still ahead (the agreeing verb's subject between it and
    «على أن»); a sanction that its own authority agrees to impose is imposed by that decision."""
    return t >= 2 and s.norms[t - 2] == "علي" and s.norms[t - 1] == "ان" and any(
        w in _AGREED_TO_AR or without_conjunction(w) in _AGREED_TO_AR for w in s.norms[lo:t - 2])


# (Arabic) "so that … ends" ("لينتهي بذلك حظر السفر"), "… ended"
_ENDS_AR: Final = frozenset({"لينتهي", "لتنتهي", "ينتهي", "تنتهي", "انتهي", "انتهت"})
# (Arabic) offering or proposing a step to another (not the imperfect تعرض, "is exposed to")
_OFFERED_AR: Final = frozenset({"عرض", "عرضت", "عرضا", "اقترح", "اقترحت", "اقترحا", "يقترح", "تقترح"})
# (Arabic) the nouns of a package of sanctions, news as the package's verb tells it
_PACKAGE_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("حزمة", "حزم", "جولة", "دفعة", "موجة", "سلسلة"))
_WAIVER_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("إعفاء", "إعفاءات", "استثناء", "استثناءات"))
# (Arabic) the joint statement or declaration that establishes ties ("بيانا مشتركا لإقامة علاقات")
_STATEMENT_NOUNS_AR: Final = frozenset(normalize_word(w) for w in (
    "بيان", "بيانا", "البيان", "إعلان", "إعلانا", "الإعلان"))
_JOINT_AR: Final = frozenset(normalize_word(w) for w in ("مشترك", "مشتركا", "المشترك"))


def _statement_establishing_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the purpose masdar at ``t`` follows a statement or a declaration, joint or
    not ("وقعت البحرين وإسرائيل بيانا مشتركا لإقامة علاقات دبلوماسية كاملة"): the communique
    that establishes ties does so as it is signed, unlike an accord to build a base."""
    k = t - 1 - (t > 1 and s.norms[t - 1] in _JOINT_AR)
    return k >= 0 and s.norms[k] in _STATEMENT_NOUNS_AR


# (Arabic) live animals and their meat, the goods of a veterinary ban
_ANIMAL_GOODS_AR: Final = frozenset(normalize_word(w) for w in (
    "الدواجن", "دواجن", "المواشي", "مواشي", "الماشية", "ماشية", "الأبقار", "أبقار", "الأغنام", "أغنام",
    "اللحوم", "لحوم", "الطيور", "الإبل", "الحيوانات"))
# (Arabic) the disease or the veterinary check a lead names ("بعد تسجيل بؤر لمرض إنفلونزا الطيور",
# "تقارير الحجر البيطري"), written as the text has it
_ANIMAL_DISEASE_AR: Final = re.compile(
    r"[إأا]نفلونزا الطيور|الحمى القلاعية|جنون البقر|حمى الوادي المتصدع|البيطري|الوضع الوبائي")
_LEAD_CHARS_AR: Final = 1500  # the headline and the lead, where the ban's reason is told


def _veterinary_headline_ar(s: Sentence) -> bool:
    """(Arabic) Whether ``s`` is a headline that bans poultry or livestock, or ends such a ban,
    not called sanctions, in an article whose lead names the disease or the veterinary check
    ("البيئة تحظر استيراد الدواجن من بولندا" over "بعد تسجيل بؤر لمرض إنفلونزا الطيور"): a
    veterinary measure, the headline too short to say why (the animals alone do not tell it from
    a reprisal: "حظرت روسيا استيراد الدواجن التركية ردا على إسقاط الطائرة")."""
    first_line_end = s.text.find("\n")
    if not 0 <= s.start < first_line_end:
        return False
    if not any(without_conjunction(w) in _ANIMAL_GOODS_AR for w in s.norms):
        return False
    if s.first("sanctions_noun_strict", 0, len(s.norms)) >= 0:
        return False
    return _ANIMAL_DISEASE_AR.search(s.text, 0, _LEAD_CHARS_AR) is not None


# (Arabic) the verbs and nouns of considering a step ("ينظر في", "للنظر في"): the step is ahead
_CONSIDER_AR: Final = frozenset(normalize_word(w) for w in (
    "ينظر", "تنظر", "سينظر", "ستنظر", "ينظرون", "سينظرون", "النظر", "للنظر"))
_IN_AR: Final = normalize_word("في")
_CONSIDER_REACH_AR: Final = 5  # words before the masdar's "في" searched for the verb


def _considered_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the masdar at ``t`` is what a body is to consider, "في" right before it
    and a verb of considering a few words back ("على أن ينظر المجلس بعد ذلك في رفع العقوبات",
    "سينظر الاتحاد في فرض عقوبات"): a step weighed, not taken ("ينظر إلى العقوبات على أنها",
    "views them as", is no consideration of a step)."""
    k = t if s.norms[t] == _IN_AR else t - 1
    if k < lo or s.norms[k] != _IN_AR:
        return False
    return any(s.norms[j] in _CONSIDER_AR for j in range(max(lo, k - _CONSIDER_REACH_AR), k))


# (Arabic) verbs whose object is a masdar that says what they do: re-do, begin, go on, carry out
_AUX_BEFORE_MASDAR_AR: Final = frozenset({"تعيد", "يعيد", "تبدا", "يبدا", "تواصل", "يواصل", "تقوم", "يقوم", "تباشر",
                                   "يباشر", "تتولي", "يتولي", "تستانف", "يستانف"})
# (Arabic) the verbs that agree or pledge to do what «على أن» then tells
_AGREED_TO_AR: Final = frozenset({"وافق", "وافقت", "وافقا", "وافقوا", "يوافق", "توافق", "توافقت", "اتفق", "اتفقت", "اتفقا",
                           "اتفقوا", "تعهد", "تعهدت", "تعهدا"})
# "… وعلى": a further term of what a text provides for, however long the first one
_AND_ON_AR: Final = frozenset({"وعلي"})


def _provided_for(s: Sentence, t: int) -> bool:
    """(Arabic) a "provides for" cue earlier in the sentence, not next to a decree or a decision."""
    return any(s.norms[k] in PROVIDES_AR and s.first("decree_noun", max(0, k - 3), k + 3) < 0
               for k in range(max(0, t - 30), t - 1))


def _provided_past_aside_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is what a text "provides for" («ينص … على»، «يقضي
    … ب»'s kin) with an aside between the verb and its «على»: "وينص الاتفاق، المؤلف من 25 بندا، على
    أن تدمج الحكومة …", "وتنص الاتفاقية، التي وقعها الجانبان في الدوحة، على إقامة قاعدة …". The
    aside names the text (its length, its signing) and its verb does not date the term, which is
    still to be done; the first «على» after the verb must stand right before the trigger (or its
    «أن»). A decree's or a law's terms are done once it is issued (``_ahead_cue``)."""
    on = t - 2 if t >= 2 and s.norms[t - 1] == "ان" else t - 1
    if on < 1 or without_conjunction(s.norms[on]) != _ON_AR:
        return False
    for k in range(on - 1, max(-1, on - _PROVIDES_REACH_AR), -1):
        if s.norms[k] in PROVIDES_AR:
            return _ahead_cue(s, k, k + 1, True)
        if without_conjunction(s.norms[k]) == _ON_AR:
            return False  # (an earlier «على» is the verb's own: the trigger is another's object)
    return False


# how far before its «على» a "provides" verb may stand, its subject and an aside between
_PROVIDES_REACH_AR: Final = 20


# (Arabic) the measures as the subject of what they include
_MEASURES_AR: Final = frozenset(normalize_word(w) for w in ("العقوبات", "الإجراءات", "التدابير", "القيود"))
_EXTENDING_VERBS_AR: Final = frozenset({"مدد", "مددت", "يمدد", "تمدد", "تمديد", "رفع", "رفعت", "يرفع", "ترفع", "علق",
                                 "علقت", "يعلق", "تعلق", "تعليق", "الغاء", "الغي", "الغت"})
_DESCRIBING_AR: Final = frozenset({"تشمل", "يشمل", "شملت", "شمل", "تتضمن", "يتضمن", "تضمنت", "تضمن", "بينها", "منها"})
# what a measure is judged to be ("… ضروري", "… خطوة مهمة", "… أمر وارد")
_OPINION_AR: Final = frozenset({"ضروري", "ضروريه", "ضروره", "مهم", "مهمه", "امر", "واجب", "لازم", "مطلوب", "وارد",
                         "ممكن", "مستبعد", "ضرب", "خطا", "خاطي", "خاطيه", "غير"})
_ADDITION_AR: Final = frozenset({"اضافه", "بالاضافه"})
_ENABLING_AR: Final = frozenset({"يتيح", "تتيح", "يسمح", "تسمح", "يجيز", "تجيز", "يخول", "تخول", "يمكن", "تمكن"})
_REACTION_VERBS_AR: Final = frozenset({"وصف", "وصفت", "انتقد", "انتقدت", "ادان", "ادانت", "دان", "دانت", "ندد", "نددت",
                                "استنكر", "استنكرت", "رفض", "رفضت", "اعتبر", "اعتبرت", "رحب", "رحبت", "هاجم",
                                "هاجمت", "يصف", "تصف", "ينتقد", "تنتقد", "يرفض", "ترفض", "يعتبر", "تعتبر"})
# who speaks in a vox pop: "قال سائق سوري", "تقول طالبة من غزة", "قال أحد السكان"
_PASSERS_BY_AR: Final = frozenset(normalize_word(w) for w in (
    "طالب", "طالبة", "سائق", "تاجر", "مواطن", "مواطنة", "بائع", "أحد", "إحدى", "امرأة", "رجل", "شاب", "شابة",
    "موظف", "موظفة", "عامل", "مزارع", "صاحب", "ربة", "أم", "أب", "لاجئ", "لاجئة", "نازح", "نازحة", "متقاعد",
    "سيدة", "طالبات", "طلاب"))
_SAYS_AR: Final = frozenset(normalize_word(w) for w in ("قال", "قالت", "يقول", "تقول", "وقال", "وقالت", "ويقول", "وتقول",
                                                 "أضاف", "أضافت"))


def _vox_pop_ar(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` stands in quotation marks opened after "قال" and a
    passer-by ("طالب", "سائق", "تاجر", "أحد السكان")."""
    if not s.text:
        return False
    before = s.text[s.start:s.starts[t]]
    opened = max(before.rfind("«"), before.rfind("\u201c"), before.rfind('"') if before.count('"') % 2 else -1)
    if opened < 0 or "»" in before[opened:] or "\u201d" in before[opened:]:
        return False
    q = next((k for k in range(t - 1, -1, -1) if s.starts[k] < s.start + opened), -1)
    # (a passer-by described at length: "قال تاجر سجاد إيراني الأصل يقيم في المدينة منذ عشرين عاما")
    return any(s.norms[k] in _SAYS_AR and s.norms[k + 1] in _PASSERS_BY_AR for k in range(max(0, q - 14), q + 1)
               if k + 1 < len(s.norms))


def _enabling_before_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` follows a verb of allowing ("يتيح فرض عقوبات"), or
    that verb and whom it empowers, a word or two after the preposition "ل" ("أمرا تنفيذيا يتيح
    لإدارته فرض عقوبات", "يسمح للدول الأعضاء بفرض"): a power given, not the measure taken."""
    if t > lo and without_conjunction(s.norms[t - 1]) in _ENABLING_AR:
        return True
    return any(s.norms[k].startswith("ل") and without_conjunction(s.norms[k - 1]) in _ENABLING_AR
               for k in range(max(lo + 1, t - 2), t))


def _enabled_list_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is a later conjunct of a list of measures that a text
    allows ("الفصل الذي يتيح فرض عقوبات اقتصادية وحظر سفر وتجميد أصول"): what the text allows, not
    an act, unless the text is adopted now ("اعتمد المجلس إطارا يسمح بفرض حظر سفر وتجميد أصول")."""
    if not s.norms[t].startswith("و") or not _ADOPTING_AR.isdisjoint(map(without_conjunction, s.norms[lo:t])):
        return False
    return any(without_conjunction(s.norms[k]) in _ENABLING_AR for k in range(max(lo, t - 7), t - 1))


_ADOPTING_AR: Final = frozenset({"اعتمد", "اعتمدت", "يعتمد", "تعتمد", "اقر", "اقرت", "يقر", "تقر", "انشا", "انشات",
                          "تبني", "تبنت", "اصدر", "اصدرت"})
_DESPITE_AR: Final = frozenset({"رغم", "برغم", "رغما"})
_NOT_WORDS_AR: Final = frozenset({"لم", "ولم", "لن", "ولن"})
_MANAGE_AR: Final = frozenset({"يتوصل", "تتوصل", "يتمكن", "تتمكن", "ينجح", "تنجح", "يستطع", "تستطع", "يتم"})


_DECISION_AR: Final = frozenset({"قرار", "قرارات"})
_REVIEW_AR: Final = frozenset({"مراجعه", "تراجع", "يراجع", "راجعت", "راجع", "تراجعان", "بمراجعه", "لمراجعه"})
_PAVE_AR: Final = frozenset({"تمهد", "يمهد", "مهد", "مهدت", "تمهيدا", "تمهيد", "ممهده", "تمهدان", "يمهدان"})
# the masdar of reaching after the ل of purpose: "للتوصل إلى اتفاق", "in order to reach a deal"
_REACH_PURPOSE_AR: Final = frozenset({"للتوصل"})
# a decision taken by a summit or a council ("أقر", "قرر") and the masdar of setting a body up
_DECIDE_AR: Final = frozenset(normalize_word(w) for w in (
    "أقر", "أقرت", "أقروا", "أقرا", "يقر", "تقر", "يقرون", "قرر", "قررت", "قرروا", "قررا", "يقرر", "تقرر"))
_SETUP_AR: Final = frozenset(normalize_word(w) for w in ("إنشاء", "تشكيل", "تأسيس"))


def _decided_setup_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the masdar of setting up at ``t`` is the object of a decision earlier in
    its clause: "أقر قادة دول المجلس، في ختام قمتهم، إنشاء قيادة عسكرية موحدة", "قررت القمة تشكيل
    قوة مشتركة": a joint force decided is still to be set up (not "أطلق القادة القوة المشتركة",
    nor a decree that "بتشكيل" forms it)."""
    if without_conjunction(s.norms[t]) not in _SETUP_AR:
        return False
    return any(without_conjunction(w) in _DECIDE_AR for w in s.norms[max(lo, t - 24):t])


def _purpose(norm: str, word: str) -> bool:
    """Whether the Arabic trigger ``norm`` (read as ``word``) is a masdar after the
    preposition ل ("لإقامة", "لتوقيع", "ولنشر"): "in order to", an act still ahead."""
    if len(norm) > 3 and norm[0] in "وف":
        norm = norm[1:]
    return norm[:1] == "ل" and word[:1] != "ل"


# the names a year closes: "رؤية المملكة 2030", "Vision 2030", "Agenda 2063" (no date of the act)
_PLAN_NAMES: Final = frozenset({"رويه", "رويتها", "خطه", "استراتيجيه", "اجنده", "vision", "agenda", "strategy"})


def _without_plan_names(words: list[str]) -> list[str]:
    """``words`` with the year of a vision's, an agenda's or a strategy's name blanked ("في إطار
    رؤية المملكة 2030": the year names the plan, it does not date the act)."""
    if not any(map(str.isdigit, words)) or _PLAN_NAMES.isdisjoint(words):
        return words
    out = list(words)
    for k, w in enumerate(words):
        if w in _PLAN_NAMES:
            for j in range(k + 1, min(len(out), k + 4)):
                if len(out[j]) == 4 and out[j].isdigit():
                    out[j] = ""
    return out


def _years(words: list[str]) -> list[int]:
    """The four-digit numbers among ``words`` (most clauses have no digit at all: C-level check)."""
    if not any(map(str.isdigit, words)):
        return []
    return [
        int(w) for i, w in enumerate(words)
        if len(w) == 4 and w.isdigit()
        and (i + 1 == len(words) or words[i + 1] not in _COUNTED or i > 0 and words[i - 1] in _BEFORE_YEAR)
    ]


# what follows a four-digit count, not a year: "2000 more fighters", "1500 troops", "2000 جندي"
_COUNTED: Final = frozenset({"more", "additional", "extra", "other", "of", "people", "men", "soldiers", "troops",
                      "fighters", "members", "personnel", "officers", "police", "policemen", "servicemen",
                      "جندي", "مقاتل", "عنصر", "عسكري", "شرطي"})
# (but "in 2014 more sanctions were imposed": a year all the same)
_BEFORE_YEAR: Final = frozenset({"in", "since", "until", "till", "by", "from", "early", "late", "mid", "during",
                          "عام", "العام", "سنة", "في", "منذ"})


def _fronted_condition(s: Sentence, lo: int, t: int, text: str | None) -> bool:
    """"If Iran does not comply, sanctions will be snapped back": the clause opens with a
    condition, which a comma closes before the trigger (English)."""
    c = s.first("conditional", lo, min(t, lo + 2))
    return c >= 0 and text is not None and "," in text[s.ends[c]:s.starts[t]]


def _reported_condition(s: Sentence, lo: int, t: int, text: str | None) -> bool:
    """(English) "said that if Bolivia expelled the ambassador, the United States would
    impose…": a condition opening the report, which a comma closes before the trigger."""
    k = s.last("conditional", max(lo, t - 16), t)
    return (
        k > 0 and text is not None and "," in text[s.ends[k]:s.starts[t]]
        and s.last("complementizer", max(lo, k - 3), k) >= 0
    )


def _after_last_comma(s: Sentence, t: int, text: str, lo: int) -> int:
    """The first token in [lo, t] after the last comma before token ``t``."""
    for k in range(t, lo, -1):
        if "," in text[s.ends[k - 1]:s.starts[k]]:
            return k
    return lo


def _inside_condition(s: Sentence, lo: int, t: int, text: str | None) -> bool:
    """The trigger is in the condition itself (English): "if" before it, no comma between
    ("The plan, if approved, would…", "if the EU imposes sanctions, Moscow will…"); a threat
    puts the condition on the other side ("sanctions will follow if…", "If…, sanctions will…")."""
    c = s.last("conditional", lo, t)
    return c >= 0 and text is not None and "," not in text[s.ends[c]:s.starts[t]]


# verbs that keep someone "from" an act: the act is not done
_PREVENT_EN: Final = frozenset({
    "bar", "bars", "barred", "barring", "prevent", "prevents", "prevented", "preventing", "stop", "stops",
    "stopped", "stopping", "block", "blocks", "blocked", "blocking", "prohibit", "prohibits", "prohibited",
    "forbid", "forbids", "forbade", "restrain", "restrains", "restrained", "keep", "keeps", "kept",
})


# verbs that, denied, deny the act of their infinitive ("does not allow troops to be stationed";
# not "did not hesitate to impose", "did not fail to")
_NEG_GOVERNORS_EN: Final = frozenset({
    "allow", "allows", "permit", "permits", "provide", "provides", "authorise", "authorises",
    "authorize", "authorizes", "envisage", "envisages", "foresee", "foresees", "plan", "plans",
    "intend", "intends", "want", "wants", "expect", "expects", "require", "requires", "oblige",
    "obliges", "call", "calls", "ask", "asks", "agree", "agreed",
})


# what "No" opens when it is no denial: a count ("No fewer than twelve states signed"), a time
_NO_NOT_DENYING_EN: Final = frozenset({"fewer", "less", "more", "later", "sooner", "longer", "doubt", "matter"})
# what may stand between a subject's auxiliary and its participle: "has yet been signed"
_AUX_FILLERS_EN: Final = frozenset({"been", "yet", "so", "far", "ever", "still", "also", "be", "thus"})
_SUBJECT_AUX_EN: Final = frozenset({"has", "have", "had", "was", "were", "is", "are"})


def _subject_opened_by_no_en(s: Sentence, lo: int, t: int) -> bool:
    """(English) Whether the clause of the trigger at ``t`` opens with a subject that "No" opens,
    whose auxiliary leads to the trigger: "No agreement on the status of the Italian troops has
    yet been signed with Niger" denies the signing however long the subject (not "No fewer than
    twelve states have signed", a count; nor a "no" inside a relative clause of the subject)."""
    i = lo
    if i + 2 >= t or t - i > 20 or s.norms[i] != "no" or s.norms[i + 1] in _NO_NOT_DENYING_EN:
        return False
    a = next((k for k in range(t - 1, i + 1, -1) if s.norms[k] in _SUBJECT_AUX_EN), -1)
    return a > i + 1 and all(s.norms[k] in _AUX_FILLERS_EN for k in range(a + 1, t)) and _EN_RELATIVE.isdisjoint(
        s.norms[i + 1:a]
    )


def _purpose_contrasted_en(s: Sentence, t: int) -> bool:
    """Whether what is denied at the trigger ``t`` is its purpose, set against another ("were not
    sent to fight but to protect civilians", "was not deployed to attack but only to deter"): the
    forces were sent all the same. The second purpose is a verb after "but (only|rather) to",
    written in lower case; a place after it ("not to Latvia but to Estonia") is another
    destination, which leaves the first one denied."""
    n = len(s.norms)
    to = next((j for j in range(t + 1, min(n, t + 5)) if s.norms[j] == "to"), -1)
    if to < 0:
        return False
    for j in range(to + 2, min(n - 1, to + 9)):
        if s.norms[j] != "but":
            continue
        k = j + 2 if s.norms[j + 1] in _PURPOSE_ADVERBS_EN and j + 2 < n else j + 1
        if s.norms[k] != "to" or k + 1 >= n:
            return False
        word = s.text[s.starts[k + 1]:s.ends[k + 1]]
        return word[:1].islower()
    return False


_PURPOSE_ADVERBS_EN: Final = frozenset({"only", "rather", "simply", "merely", "instead"})


def _negated(lex: Lexicon, s: Sentence, t: int, lo: int, text: str | None = None) -> bool:
    if lex.lang == "en" and _purpose_contrasted_en(s, t):
        return False  # "the soldiers were not sent to fight but to protect civilians"
    if lex.lang == "en" and t + 1 < len(s.norms) and s.norms[t + 1] == "no":
        return True  # the object is negated: "imposed no new sanctions", "signed no deal"
    if lex.lang == "en" and _subject_opened_by_no_en(s, lo, t):
        return True  # "No agreement on the status of the troops has yet been signed with Niger"
    first = max(lo, t - 8)
    source = 0  # (Arabic) the length of a source told between commas before the trigger
    aside: tuple[int, int] | None = None
    if lex.lang == "ar" and (aside := _attribution_aside_ar(s, lo, t)) is not None:
        # "ولا تعتزم الإدارة، وفقا لمسؤول في الخارجية، إعادة إدراج …": the source told between
        # the denying verb and its object does not count against its reach
        source = aside[1] - aside[0]
        first = max(lo, first - source)
    if lex.lang == "ar" and t > 0 and s.norms[t - 1] in _OR_AR:
        # "لم يتضمن القرار أي إدانة صريحة لإيران أو فرض عقوبات عليها": the negation reaches the
        # second of two things denied, however long the first
        first = max(lo, t - 14)
    if text is not None and _fronted_condition(s, lo, t, text):
        # "If Iran does not comply, sanctions will…": the condition is negated, not the event
        first = _after_last_comma(s, t, text, first)
    if lex.lang == "en" and not _EN_AUX_NEG.isdisjoint(s.norms[first:t]):  # "didn't", "hasn't"
        if any(s.norms[i] in _EN_AUX_NEG and "negation" not in s.tags[i] for i in range(first, t)):
            return True
    for i in s.where.get("negation", ()):
        if i < first:
            continue
        if i >= t:
            break
        # ("ولا تنص الاتفاقية، وفق المصدر، على إقامة قواعد": nor does the source count here)
        if t - i - (source if aside is not None and i < aside[0] else 0) > 5 and s.norms[i] not in _LONG_NEGATORS and not (lex.lang == "ar" and s.norms[t - 1] in _OR_AR) and not (
            s.norms[i] in ("no", "none") and not _EN_AUX.isdisjoint(s.norms[i + 2:t])
        ) and not (lex.lang == "ar" and _negated_governor_ar(s, i, t)):
            # ("No Ugandan official has so far been placed under sanctions": "no" is the subject's)
            continue
        nxt = s.norms[i + 1] if i + 1 < len(s.norms) else ""
        if lex.lang == "ar" and nxt in _NOT_NEGATION_AR:
            continue
        if lex.lang == "ar" and s.norms[i] in ("غير", "وغير") and nxt in ("ان", "انه", "انها"):
            continue  # "غير أن نشر جنود أمريكيين…": "however", no negation
        if lex.lang == "ar" and s.norms[i] in _WITHOUT_AR and any(comma_before(s, m) for m in range(i + 1, t + 1)):
            continue  # "من دون التصاريح الإلكترونية، في استثناء من …": "without" governs its own noun only
        if lex.lang == "ar" and i > 0 and "conditional" in s.tags[i - 1]:
            continue  # "إذا لم تلتزم إيران": the condition is negated, not the event
        if lex.lang == "ar" and _anonymity_ar(s, i):
            continue  # "قال مسؤول فضل عدم ذكر اسمه إن لندن رفعت…": the source's name, not the act
        return True
    if lex.lang == "en" and t > 1 and s.norms[t - 1] == "from" and not _PREVENT_EN.isdisjoint(s.norms[max(lo, t - 8):t - 1]):
        return True  # "the new law bars the president from lifting the sanctions on Cuba"
    if lex.lang == "en" and t > 1 and "to" in s.norms[t - 2:t] and text is not None and any(
        s.norms[j] in ("not", "never", "n't") and s.norms[j + 1] in _NEG_GOVERNORS_EN
        and "," not in text[s.ends[j]:s.starts[t]]
        for j in range(max(lo, t - 14), t - 1)
    ):
        return True  # "the agreement does not provide for French troops to be stationed in Greece"
    # (Arabic) a circumstance set off by commas after the denying verb does not count against
    # its reach: "نفى مصدر عسكري، في تصريح لـ(سونا)، أن تتضمن الاتفاقية إقامة أي قاعدة"
    reach = 10 + (aside_words(s, max(lo, t - 18), t) if lex.lang == "ar" else 0)
    k = s.first("negation_verbs", max(lo, t - reach), t)
    if k >= 0 and lex.lang == "ar" and _abstained_ar(s, k):
        k = -1
    if k < 0 and lex.lang == "ar":
        k = _denied_that_ar(s, lo, t, s.text)
    if k >= 0 and _refused_more_forces(s, k, t):
        k = -1
    # "who had until now refused to add sanctions": a refusal that has ended is no denial
    return k >= 0 and s.first("ended_state", max(lo, k - 3), k) < 0


# the words of forces beyond those there: "refused to send more troops", "a request for additional
# soldiers", «رفضت إرسال مزيد من القوات», «قوات إضافية»
_MORE_EN: Final = frozenset({"more", "additional", "extra", "further"})
_MORE_AR: Final = frozenset(normalize_word(w) for w in ("مزيد", "المزيد", "بمزيد", "مزيدا"))
_EXTRA_AR: Final = frozenset(normalize_word(w) for w in ("إضافية", "إضافيين", "إضافيون", "أخرى", "جديدة"))
_FORCE_TAGS: Final = ("presence_noun", "base_noun", "troops_noun")


def _force_noun_at(s: Sentence, lo: int, hi: int) -> int:
    """The first forces' noun in [lo, hi), or -1."""
    return min((j for g in _FORCE_TAGS if (j := s.first(g, lo, hi)) >= 0), default=-1)


def _refused_more_forces(s: Sentence, k: int, t: int) -> bool:
    """Whether the refusal at ``k`` is of more forces than those told ("Chad refused to send more
    troops after 400 Chadian soldiers arrived in Mali", «رفضت تشاد إرسال مزيد من القوات بعد وصول
    400 جندي»): the extra forces are named between the refusal and the trigger at ``t``, and the
    trigger's own forces after them; the refusal denies the extra ones, not the presence told."""
    for j in range(k + 1, t):
        w = s.norms[j]
        if w in _MORE_EN or w in _MORE_AR:
            f = _force_noun_at(s, j + 1, min(t, j + 4))
        elif _force_noun_at(s, j, j + 1) == j and j + 1 < t and s.norms[j + 1] in _EXTRA_AR:
            f = j
        else:
            continue
        if f >= 0 and _force_noun_at(s, f + 1, t + 4) >= 0:  # (an Arabic verbal noun: "وصول 400 جندي")
            return True
    return False


def _abstained_ar(s: Sentence, k: int) -> bool:
    """(Arabic) Whether the verb of holding back at ``k`` is an abstention from a vote ("وامتنعت
    الصين وروسيا عن التصويت على القرار الذي فرض عقوبات"): the measure voted on passed, and is
    not held back."""
    return s.norms[k].lstrip("و").startswith(_HOLD_BACK_AR) and any(
        w.endswith("تصويت") for w in s.norms[k + 1:k + 8])


_HOLD_BACK_AR: Final = ("امتن", "يمتن", "تمتن", "احجم", "يحجم", "تحجم")


_GOVERNING_NEGATORS_AR: Final = frozenset({"لم", "ولم", "لن", "ولن"})
_CLAUSE_BREAKS_AR: Final = frozenset({"ان", "بان", "الذي", "التي", "الذين", "لكن", "ولكن", "بينما", "فيما", "اذ", "حيث"})


def _negated_governor_ar(s: Sentence, i: int, t: int) -> bool:
    """(Arabic) Whether the negator at ``i`` denies the verb that governs the trigger's verbal
    noun, past a long subject: "فيما لم تعلن البحرين والإمارات بعد موعد عودة سفيريهما" (nine words
    at most, no comma and no new clause between; a finite trigger verb has a clause of its own);
    "لا" before an intent ("ولا تعتزم الإدارة … إعادة إدراج") denies it too, and a source told
    between commas ("، وفقا لمسؤول في الخارجية،") is no part of the distance."""
    intent = s.norms[i] in ("لا", "ولا") and i + 1 < t and s.norms[i + 1] in _INTENT_AR
    if not (s.norms[i] in _GOVERNING_NEGATORS_AR or intent) or finite_verb_ar(s.norms[t]):
        return False
    a, b = _attribution_aside_ar(s, i + 1, t) or (t, t)
    if t - i - (b - a) > 9:
        return False
    if not _CLAUSE_BREAKS_AR.isdisjoint(s.norms[i + 1:a] + s.norms[b:t]):
        return False
    if a == t:
        gaps = [s.text[s.ends[i]:s.starts[t]]]
    else:  # (each side of the aside keeps the comma that sets it off)
        gaps = [re.sub("[،,]", "", g, count=1) for g in (s.text[s.ends[i]:s.starts[a]], s.text[s.ends[b - 1]:s.starts[t]])]
    return not any(mark in g for g in gaps for mark in ("،", ",", ".", "؛"))


_INTENT_AR: Final = frozenset({"تعتزم", "يعتزم", "تنوي", "ينوي", "تخطط", "يخطط"})
# a source named between commas: "، وفقا لمسؤول في الخارجية،", "، بحسب مصادر دبلوماسية،"
_ATTRIBUTION_AR: Final = frozenset(normalize_word(w) for w in ("وفقا", "وفق", "بحسب", "حسب", "طبقا", "نقلا"))


def _attribution_aside_ar(s: Sentence, lo: int, t: int) -> tuple[int, int] | None:
    """(Arabic) The tokens [a, b) of a source named between commas before the trigger at ``t``
    ("، وفقا لمسؤول في الخارجية تحدث للصحافيين شريطة عدم الكشف عن اسمه،"), its closing comma
    within fifteen tokens; None when there is none."""
    for a in range(max(lo, t - 24), t):
        if s.norms[a] in _ATTRIBUTION_AR and comma_before(s, a):
            b = next((m for m in range(a + 1, min(a + 16, t + 1)) if comma_before(s, m)), -1)
            if b > 0:
                return a, b
    return None


def _denied_that_ar(s: Sentence, lo: int, t: int, text: str) -> int:
    """(Arabic) The denying verb whose «أن» clause holds the trigger, however long the denier's
    name ("ونفى متحدث باسم وزارة الدفاع الفرنسية أن تكون باريس تعتزم إعادة نشر …"): the verb,
    its «أن» within eight words after it and the trigger within eight after that, no comma
    between; -1 when there is none."""
    k = s.first("negation_verbs", max(lo, t - 18), t)
    if k < 0:
        return -1
    c = next((j for j in range(k + 1, min(t, k + 9)) if s.norms[j] in ("ان", "بان")), -1)
    if c < 0 or t - c > 8 or "،" in text[s.ends[c]:s.starts[t]] or "," in text[s.ends[c]:s.starts[t]]:
        return -1
    return k


# past participles that tell a state lasting "since" a date ("banned since 1997", "frozen since
# 2016", "shut since the war")
_STATE_PARTICIPLES_EN: Final = frozenset({"frozen", "shut", "cut", "held", "kept", "broken", "withdrawn", "forbidden",
                                   "barred", "banned", "closed", "suspended", "blocked", "prohibited", "severed"})


def _state_since_en(s: Sentence, t: int, k: int) -> bool:
    """(English) Whether "since" at ``k``, after the trigger at ``t``, follows the participle of
    a lasting state of the trigger's object: "transactions that have been banned since 1997",
    "deals with Cuba, barred since 1962" (not a perfect of its own subject: "the patrols that the
    ministry has organised since 2006" dates the patrols' doer's act)."""
    p = k - 1
    if p <= t + 1:
        return False
    w, before = s.norms[p], s.norms[p - 1]
    if not (w in _STATE_PARTICIPLES_EN or len(w) > 4 and w.endswith("ed")):
        return False
    return before == "been" or comma_before(s, p)


def _news_despite_cue(s: Sentence, k: int, lo: int, t: int = -1) -> bool:
    """Whether the English background cue at token ``k`` says nothing about the event's time:
    "the first such deployment since World War II", "its largest action since the invasion"
    (the news measured against the past), "the Treasury said it had imposed…" (reported speech)."""
    w = s.norms[k]
    if w == "since" or w in _SINCE_AR:
        # ("the first sanctions Seoul has announced under its own name since 2017")
        return s.first("superlative", max(lo, k - 12), k) >= 0
    if w == "earlier" and k >= 1 and s.norms[k - 1] in _FEW_DAYS_EN:
        return True  # "A day earlier, on Thursday, the Treasury put…": days before the news, news too
    if w == "had":
        if k >= 2 and s.norms[k - 1] in _EN_PRONOUNS and s.last("complementizer", max(lo, k - 6), k - 1) >= 0:
            return True
        # "State media said Mali had joined…": a bare name (a state's) as the reported subject, as
        # a pronoun (a year or a cue of its own still dates it: "said Mali had joined in 2023")
        c = s.last("complementizer", max(lo, k - 3), k - 1)
        if c >= 0 and _EN_REPORTED_NAME_STOP.isdisjoint(s.norms[c + 1:k]):
            return True
        # "The ministry said on Friday that 49 former rebel officers had been integrated…": a
        # plain noun phrase after "said … that", a passive told as the statement's news
        c = next((j for j in range(k - 2, max(lo, k - 8) - 1, -1) if s.norms[j] == "that"), -1)
        if c < 0:
            # or right after the verb of saying, with no "that": "Sudan said on Tuesday 1,400
            # fighters had been incorporated into the army" (no comma between: "said, after the
            # talks had been …" is another clause)
            c = next((j for j in range(k - 2, max(lo, k - 8) - 1, -1) if s.norms[j] in _SAID_EN), -1)
            if c >= 0 and any(comma_before(s, j) for j in range(c + 1, k + 1)):
                return False
            said = c
        else:
            said = s.first("complementizer", max(lo, c - 5), c)
        return (
            c > 0 and s.norms[k + 1:k + 2] == ["been"] and said >= 0
            and _EN_AUX.isdisjoint(s.norms[c + 1:k]) and _EN_RELATIVE.isdisjoint(s.norms[c + 1:k])
            and not any(len(w) == 4 and w.isdigit() for w in s.norms[c + 1:k])
        )
    nxt = s.norms[k + 1] if k + 1 < len(s.norms) else ""
    if w == "once" and nxt in ("again", "more"):
        return True  # "suspended once again on Tuesday…", "once more": a repeat, not "formerly"
    if w == "once" and (nxt in _EN_CLAUSE_OPENERS or s.norms[k + 2:k + 3] in (["were"], ["are"], ["is"], ["was"], ["have"], ["has"])):
        return True  # "… once the work is completed", "once procedures were completed": "when", not "formerly"
    if w == "once" and k <= lo and nxt.endswith(("ed", "en")):
        return True  # "Once signed, the bill will lift…" (not "The US once imposed…")
    # "sanctions previously imposed on…", "brigades formerly loyal to…": a phrase after the
    # trigger that tells its object's past
    return w in _EN_REDUCED and 0 <= t < k - 1 and s.norms[k - 1] not in _EN_AUX


_FEW_DAYS_EN: Final = frozenset({"day", "days", "hours", "hour"})
_SAID_EN: Final = frozenset({"said", "says", "told", "announced", "added", "reported"})
_EN_CLAUSE_OPENERS: Final = frozenset({"the", "a", "an", "it", "they", "he", "she", "we", "its", "their", "this", "these", "those"})
_EN_REDUCED: Final = frozenset({"previously", "formerly", "originally"})
_EN_AUX: Final = frozenset({"had", "has", "have", "was", "were", "been", "is", "are", "be", "did", "do", "does", "and", "or"})
_EN_RELATIVE: Final = frozenset({"that", "which", "who"})
_EN_REPORTED_NAME_STOP: Final = _EN_AUX | _EN_RELATIVE | {"the", "a", "an", "its", "their"}
# "ending a rift that began in 2017": a relative clause opened by a past verb dates its noun
_NOT_A_NOUN_EN: Final = frozenset({"after", "before", "when", "since", "because", "as", "until", "once", "and", "but",
                            "that", "said", "says", "where", "while", "if", "so", "than", "what", "how", "why"})


def _year_of_a_bare_relative(s: Sentence, t: int, k: int) -> bool:
    """(English) Whether the year at ``k`` ends a relative clause with no pronoun of its own,
    after the trigger at ``t``: "the powers it gave itself in 2021", "a law they passed in 2019"
    (a noun, a subject pronoun, a past verb); not "after it annexed Crimea in 2014"."""
    for r in range(k - 2, max(t + 1, k - 7), -1):
        if s.norms[r] in _EN_PRONOUNS and (s.norms[r + 1] in _GAVE_EN or s.norms[r + 1].endswith("ed")) and (
            s.norms[r - 1].isalpha() and s.norms[r - 1] not in _NOT_A_NOUN_EN and s.norms[r - 1] not in _EN_PRONOUNS
        ):
            return True
        if s.norms[r] in _RESTRICTIVE_PRONOUNS_EN and s.norms[r + 1] in _EN_PAST and r > t + 2 and (
            s.norms[r - 1].isalpha() and s.norms[r - 1] not in _NOT_A_NOUN_EN
        ):
            return True  # "joined the OECD, ending talks that began in 2015": the talks' year
    return False


_RESTRICTIVE_PRONOUNS_EN: Final = frozenset({"that", "which"})


# what may close a relative clause's verb before its date: "set up last October", "put in place in May"
_CLAUSE_VERB_TAIL_EN: Final = frozenset({"up", "out", "down", "in", "place", "last", "early", "late", "mid", "on", "force",
                                  "into", "itself", "themselves"})
# what cannot be a relative clause's subject between a framework noun and its verb
_NOT_A_SUBJECT_EN: Final = frozenset({"that", "which", "who", "of", "on", "in", "by", "to", "for", "with", "against",
                               "and", "or", "was", "were", "is", "are", "has", "have", "had"})


def date_of_a_framework_clause_en(s: Sentence, t: int, k: int) -> bool:
    """(English) Whether the date that starts at token ``k``, after the trigger at ``t``, closes a
    relative clause with no pronoun of its own on a framework noun: "the first listings under the
    regime Ottawa set up last October", "under the framework the bloc adopted in December" (the
    noun, a subject of one to three words, a past verb): the framework's date, not the act's (not
    "imposed sanctions on them in October under the regime": the act's own date)."""
    norms = s.norms
    for r in range(k - 3, max(t, k - 10), -1):
        if norms[r] not in _POWERS_NOUNS_EN:
            continue
        v = next((j for j in range(r + 2, min(k, r + 5))
                  if norms[j] in _GAVE_EN or (norms[j].endswith("ed") and len(norms[j]) > 4)), -1)
        return v > 0 and _NOT_A_SUBJECT_EN.isdisjoint(norms[r + 1:v]) and all(
            w in _CLAUSE_VERB_TAIL_EN for w in norms[v + 1:k]
        )
    return False


# what a measure is taken under ("under the powers it gave itself in 2022", "a law it passed")
_POWERS_NOUNS_EN: Final = frozenset({"powers", "power", "law", "laws", "regime", "framework", "authority", "legislation",
                              "rules", "mechanism", "tools", "act", "statute"})
_GAVE_EN: Final = frozenset({"gave", "took", "made", "set", "wrote", "built", "won"})
_EN_PAST: Final = frozenset({"began", "started", "erupted", "broke", "ended", "followed", "came", "lasted",
                      "emerged", "arose", "led", "saw", "grew", "opened", "dated", "stemmed"})


def _standing_designation_en(s: Sentence, t: int) -> bool:
    """(English) Whether the listing participle at ``t`` is a present passive with its lister
    named ("is designated a terrorist group by Ankara", "are also listed by the United Nations"):
    a state the subject is in, like troops that "are stationed" somewhere, with no day of the news
    in the clause ("was designated … on Monday" is the act)."""
    n = len(s.norms)
    if s.norms[t] not in _LISTED_EN or t < 1:
        return False
    be = t - 2 if s.norms[t - 1] in _PASSIVE_ADVERBS_EN and t >= 2 else t - 1
    if s.norms[be] not in ("is", "are"):
        return False
    end = next((j for j in range(t + 1, n) if s.norms[j] in (",", ";", ".")), n)
    return "by" in s.norms[t + 1:min(end, t + 10)] and not any(
        "fresh_time" in s.tags[j] or "time" in s.tags[j] for j in range(t + 1, end)
    )


def _appositive_participle(s: Sentence, t: int, text: str) -> bool:
    """(English) "Hamas, designated a terrorist group by the United States, said…": a participle
    opening a phrase set off by commas tells its subject's past, unless the phrase names a day
    ("the minister, sanctioned by Washington on Monday, said…")."""
    if t < 1 or not s.norms[t].endswith("ed") or "," not in text[s.ends[t - 1]:s.starts[t]]:
        return False
    n = len(s.norms)
    end = next((j for j in range(t + 1, n) if "," in text[s.ends[j - 1]:s.starts[j]]), n)
    return end < n and "by" in s.norms[t + 1:end] and not any(
        "fresh_time" in s.tags[j] and s.norms[j] != "on" for j in range(t, end)
    )


def _after_relative_clause(s: Sentence, lo: int, t: int, text: str, needs: tuple[str, ...] = ()) -> int:
    """(English) The token after an aside on the subject that closes with a comma at most three
    words before the trigger at ``t``: ", which …,", a participle (", formed in 2014,") or an
    apposition (", the group that has fought bandits since 2014,"); else ``lo``. What the aside
    dates is its own story, not the act."""
    for r in range(t - 3, max(lo, t - 25), -1):
        if "," not in text[s.ends[r - 1]:s.starts[r]]:
            continue
        word = s.norms[r]
        if (word in _EN_RELATIVE and word != "that") or (
            word in _APPOSITION_DETS_EN and r + 1 < t and "that" in s.norms[r + 1:r + 4]
        ) or word in _ASIDE_PARTICIPLES_EN:
            for j in range(max(r + 2, t - 3), t + 1):
                if "," in text[s.ends[j - 1]:s.starts[j]]:
                    return j
            return lo
    return _after_bare_relative(s, lo, t, needs)


_PASSIVE_AUX_EN: Final = frozenset({"was", "were", "been", "be"})
_PASSIVE_ADVERBS_EN: Final = frozenset({"also", "later", "partly", "partially", "finally", "formally", "officially",
                                 "quietly", "largely", "fully", "then", "now"})
# what opens a noun's postmodifier: "the sanctions imposed on …", "the measures that the EU …"
_POSTMODIFIER_OPENERS_EN: Final = frozenset({"imposed", "introduced", "placed", "slapped", "put", "adopted",
                                      "that", "which", "the", "on", "against", "targeting", "it", "they"})


def passive_subject_en(s: Sentence, i: int, needs: tuple[str, ...]) -> int:
    """(English) The head noun of a passive's subject told at length: the needed noun, followed by
    a participle, a relative clause or "on …", before "were" (or "were later") and the trigger at
    ``i``, up to 16 words back; else -1."""
    norms = s.norms
    a = i - 1 if i >= 1 and norms[i - 1] in _PASSIVE_AUX_EN else (
        i - 2 if i >= 2 and norms[i - 2] in _PASSIVE_AUX_EN and norms[i - 1] in _PASSIVE_ADVERBS_EN else -1)
    if a < 2:
        return -1
    for k in range(a - 2, max(-1, a - 17), -1):
        if norms[k + 1] in _POSTMODIFIER_OPENERS_EN and any(g in s.tags[k] for g in needs):
            return k
    return -1


def _after_bare_relative(s: Sentence, lo: int, t: int, needs: tuple[str, ...]) -> int:
    """(English) The passive's auxiliary when its subject is told at length and the year is in
    that telling, not before it: "Former rebels who signed the 2015 peace agreement were
    integrated …", "The sanctions imposed on Russia in 2014 were lifted on Tuesday"; else ``lo``."""
    norms = s.norms
    a = t - 1 if norms[t - 1] in _PASSIVE_AUX_EN else t - 2 if norms[t - 2] in _PASSIVE_AUX_EN else -1
    if a <= lo:
        return lo
    k = passive_subject_en(s, t, needs)
    if k < lo:
        k = next((r for r in range(a - 3, lo, -1) if norms[r] in _EN_RELATIVE), -1)  # "rebels who …"
    # (not "In 2015, officials said that rebels were integrated": there the year is the sentence's)
    if k >= max(lo, 0) and any(_is_year(w) for w in norms[k + 1:a]) and not any(
        _is_year(norms[j]) or norms[j] in _MONTHS or "fresh_time" in s.tags[j] for j in range(lo, k)
    ):  # (nor "On 25 January, fighters of groups that signed … in 2022 were integrated")
        return a
    return lo


def _timeline_label_en(s: Sentence, lo: int, text: str | None) -> bool:
    """(English) Whether the clause at ``lo`` follows a date label that opens the sentence and
    ends in a colon, as an entry of a timeline does ("October 2008: India and the United States
    sign their nuclear deal", "29 July: Russia bans imports of …"): the entry is told in the
    present, and its label dates it (a label of the day of publication keeps it news)."""
    if text is None or not 0 < lo <= 3 or ":" not in text[s.ends[lo - 1]:s.starts[lo]]:
        return False
    label = s.norms[:lo]
    return any(w in _MONTHS or _is_year(w) for w in label) and all(
        w in _MONTHS or _is_year(w) or w.isdigit() and len(w) <= 2 for w in label
    )


def _fronted_year_en(s: Sentence, lo: int, hi: int, text: str | None) -> bool:
    """(English) Whether the clause at ``lo`` opens with a year set off by a comma before ``hi``
    ("In 2016, …", "In March 2016, …"): it dates the main clause, past the subject's asides."""
    if text is None or lo + 2 >= hi or s.norms[lo] != "in":
        return False
    k = lo + 2 if s.norms[lo + 1] in _MONTHS else lo + 1
    return k < hi and _is_year(s.norms[k]) and "," in text[s.ends[k]:s.starts[k + 1]]


# (Arabic) "ويأتي التقارب بعد أيام من توقيع …": whatever the news item is, what it comes after
COMES_AR: Final = frozenset(normalize_word(w) for w in ("يأتي", "تأتي", "ويأتي", "وتأتي", "جاء", "جاءت", "وجاء", "وجاءت"))
_COMES_AFTER_WORDS_AR: Final = frozenset(normalize_word(w) for w in ("بعد", "عقب", "أعقاب"))
_CONTRAST_CLAUSE_AR: Final = frozenset(normalize_word(w) for w in ("فيما", "بينما", "حين", "لكن", "غير"))
# perfects whose first letter و is their root's, no "and": "جولة …، وقعت خلالها الرباط عشرات
# الاتفاقيات" is a relative clause on the tour, not a clause of its own
_WAW_ROOT_VERBS_AR: Final = frozenset(normalize_word(w) for w in (
    "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "وصل", "وصلت", "وصلوا", "وافق", "وافقت", "وسع", "وسعت"))


def _comes_after_ar(s: Sentence, lo: int, t: int) -> bool:
    """(Arabic) Whether the trigger at ``t`` is in what a news item "comes after": a verb of
    coming, at most two words of its subject, then "بعد" or "عقب" before the trigger (not "وجاء
    الإعفاء عقب …", where the trigger is the item itself). What it comes after may be told at
    length, with a relative clause ("ويأتي القرار بعد أيام من اتفاق الرياض التكميلي الذي أعلنت
    بموجبه الدول الثلاث عودة سفرائها"), so the verb is looked for up to twenty words back; a
    clause of contrast in between ("فيما", "بينما") tells something else."""
    for k in range(max(lo, t - 20), t - 1):
        if s.norms[k] in COMES_AR:
            return any(s.norms[j] in _COMES_AFTER_WORDS_AR for j in range(k + 1, min(k + 5, t))) and (
                _CONTRAST_CLAUSE_AR.isdisjoint(map(without_conjunction, s.norms[k + 1:t]))) and not any(
                # ("وتأتي الخطوة بعد أيام من دعوة …، ومن المقرر أن تصبح": a clause of its own)
                s.norms[j].startswith("و") and s.norms[j] not in _WAW_ROOT_VERBS_AR and comma_before(s, j)
                for j in range(k + 1, t + 1))
    return False


def _accord_year_en(s: Sentence, k: int) -> bool:
    """(English) The year at ``k`` names an accord or a law before it: "the peace agreement of
    2018", "the Act of 1996"."""
    return bool(
        _is_year(s.norms[k]) and k > 1 and s.norms[k - 1] == "of"
        and ("agreement_noun" in s.tags[k - 2] or s.norms[k - 2] in _LAW_NOUNS_EN)
    )


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


_APPOSITION_DETS_EN: Final = frozenset({"the", "a", "an"})
# participles that open an aside on who someone is ("formed in 2014", "founded in 1990",
# "set up in 2009", "created", "established", "launched", "led since 2015 by")
_ASIDE_PARTICIPLES_EN: Final = frozenset({"formed", "founded", "created", "established", "set", "launched", "born", "led",
                                   "raised", "organised", "organized", "built"})



# irregular participles of what is done to ties, sanctions and pacts
_EN_PAST_PARTICIPLES: Final = frozenset({"cut", "broken", "broke", "frozen", "set", "put", "laid", "struck",
                                  "signed", "begun", "withdrawn", "shut"})


_YEAR_PREMODIFIER_DETS_EN: Final = frozenset({"the", "its", "their", "his", "her", "a", "an", "this", "that"})
_LAW_NOUNS_EN: Final = frozenset({"act", "law", "amendment", "amendments", "statute", "ordinance", "decree"})
# what a state enacts or issues, and the verbs of doing so on the day ("signed a decree that …")
_ENACTED_EN: Final = _LAW_NOUNS_EN | {"licence", "license", "waiver", "directive", "order", "proclamation", "bill"}
_ENACTING_EN: Final = frozenset({"signed", "signs", "issued", "issues", "passed", "passes", "adopted", "adopts",
                          "approved", "approves", "granted", "grants", "enacted", "enacts"})
_PARTICIPLE_ADVERBS_EN: Final = frozenset({"first", "originally", "initially", "previously", "earlier", "later", "last"})


def _under_which_en(s: Sentence, lo: int, t: int, text: str) -> int:
    """(English) For a trigger in a clause "under which" an instrument acts, within eight words
    ("keeping in force the executive order under which the United States freezes the assets of
    …"): the index of "which", what the instrument already provides (the relative clause's past);
    -2 when the sentence enacts the instrument ("adopted a decision on Monday under which the
    bloc freezes …": what it does is the day's act); -1 when the trigger is in no such clause."""
    r = next((k for k in range(t - 1, max(lo, t - 9), -1) if s.norms[k] == "which" and s.norms[k - 1] == "under"), -1)
    if r < 0 or "," in text[s.ends[r]:s.starts[t]]:
        return -1
    return -2 if not _ENACTING_EN.isdisjoint(s.norms[max(lo, r - 10):r - 1]) else r


def _fronted_past_cue_en(s: Sentence, lo: int, t: int, text: str) -> bool:
    """(English) Whether the clause of the trigger at ``t`` opens with a time phrase of the past
    set off by a comma ("At a summit in Pau last month, …", "Two years ago, …"): it dates the
    whole clause, a plan reported in it too ("agreed that 220 more French soldiers would be
    sent"), however far the trigger (not "Last week, …", "Two days earlier, …": the news's days)."""
    c = next((k for k in range(lo + 1, min(t, lo + 10)) if "," in text[s.ends[k - 1]:s.starts[k]]), -1)
    if c < 0:
        return False
    if s.first("historical", lo, c) < 0 or s.first("fresh_time", lo, c) >= 0:
        return False
    return any(s.norms[k] == "last" and (s.norms[k + 1] in _PAST_SPANS_EN or s.norms[k + 1] in _MONTHS)
               or k > lo and s.norms[k] == "ago" and s.norms[k - 1] in _PAST_SPANS_EN for k in range(lo, c))


# the spans of a fronted date of the past ("last month", "two years ago"; not "two days earlier")
_PAST_SPANS_EN: Final = frozenset({"month", "months", "year", "years", "decade", "decades", "summer", "spring", "autumn",
                            "fall", "winter"})


_CLOSING_TAIL_EN: Final = frozenset({"this", "that", "year", "month", "ago", "the", "past"})
_CLAUSE_TAKERS_EN: Final = _EN_RELATIVE | {"whom", "whose", "where", "when", "after", "before", "to", "said", "says"}


def _closing_cue_en(s: Sentence, t: int, hi: int) -> int:
    """(English) The end of the clause of the trigger at ``t`` when a time cue of the past closes
    it past a long list of objects ("froze the assets of its central bank, the potash exporter,
    two state lenders and dozens of judges earlier this year"): the adverbial dates the clause's
    verb however long the list; else ``t``. Not when a relative clause, a participle or another
    verb's clause between takes it ("officers who took part in the crackdown earlier this year",
    "businessmen accused of arming gangs earlier this year")."""
    k = s.last("historical", t + 12, hi)
    if k < 0 or hi - k > 4 or not all(w in _CLOSING_TAIL_EN for w in s.norms[k + 1:hi]) or not s.text:
        return t
    between = range(t + 1, k)
    if any(s.norms[j] in _CLAUSE_TAKERS_EN or (s.norms[j].endswith(("ed", "ing")) and s.text[s.starts[j]].islower())
           for j in between):
        return t
    return hi


def _named_aside_en(s: Sentence, t: int, text: str) -> int:
    """(English) How many tokens a name set off by commas within twelve words after the trigger
    takes (", Abdelrahim Hamdan Dagalo,"): a name in apposition to the object, which the reach of
    the act's own time words should not count; 0 if there is none."""
    for r in range(t + 2, min(len(s.norms), t + 12)):
        if "," in text[s.ends[r - 1]:s.starts[r]] and text[s.starts[r]:s.starts[r] + 1].isupper():
            end = next((m for m in range(r + 1, min(len(s.norms), r + 6)) if "," in text[s.ends[m - 1]:s.starts[m]]), -1)
            if end > 0 and all(text[s.starts[m]:s.starts[m] + 1].isupper() for m in range(r, end)):
                return end - r
    return 0


def _object_aside_en(s: Sentence, t: int, hi: int, text: str) -> int:
    """(English) The token opening an aside set off by a comma within twelve words after the
    trigger that tells who its object is by a participle (", the alliance founded in 1949"); else 0."""
    for r in range(t + 2, min(hi, t + 12)):
        if "," not in text[s.ends[r - 1]:s.starts[r]]:
            continue
        if s.norms[r] in _APPOSITION_DETS_EN and not _ASIDE_PARTICIPLES_EN.isdisjoint(s.norms[r + 1:r + 4]):
            if _closed_undated_aside_en(s, r, hi, text):
                return 0  # ", the Moscow-led trade bloc, in August last year": the time after it is the act's
            return r  # (not a bare participle: "accession negotiations with the EU, launched in 2005," are the trigger's own)
    return 0


def _past_year_after_relative_en(
    s: Sentence, r: int, hi: int, text: str, ref_year: Callable[[], int | None]
) -> bool:
    """(English) Whether the relative clause on the object opening at ``r`` is closed by a comma
    after which a bare date of a past year ends the sentence or its clause ("lifted the trade
    embargo it had imposed on Iraq after the invasion of Kuwait, in May 2003", ", in 2016."): the
    date set off after the relative clause is back in the main clause and dates the act, unlike
    the year inside the clause ("the embargo it had imposed in 1990")."""
    for c in range(r + 2, hi - 1):
        if s.norms[c] != "in" or "," not in text[s.ends[c - 1]:s.starts[c]]:
            continue
        k = c + 2 if s.norms[c + 1] in _MONTHS and c + 2 < hi else c + 1
        if not (len(s.norms[k]) == 4 and s.norms[k].isdigit()):
            return False
        # the date closes the sentence or its clause (not "…, in the 2003 resolution on …")
        if k + 1 < hi and not (s.norms[k + 1] == "and" or "," in text[s.ends[k]:s.starts[k + 1]]):
            return False
        return (reference := ref_year()) is not None and int(s.norms[k]) < reference
    return False


def _date_words_en(s: Sentence, k: int, hi: int) -> int:
    """(English) The end of the date "in" at ``k`` opens ("in January 2022", "in July last year",
    "in 2019"), else ``k`` (no date there)."""
    e = k + 1
    while e < hi and (s.norms[e] in _MONTHS or s.norms[e].isdigit() and len(s.norms[e]) == 4 or (
        e > k + 1 and s.norms[e] in ("last", "year")
    )):
        e += 1
    return e if e > k + 1 else k


def _past_date_after_a_venue_en(
    s: Sentence, r: int, hi: int, text: str, ref_year: Callable[[], int | None]
) -> bool:
    """(English) Whether the relative clause opening at ``r`` holds its own date and then, after a
    venue ("at a summit in Accra", "in Brussels"), a second date of a past year ("lifted the
    sanctions it had imposed on Mali in January 2022 at a summit in Accra in July last year"): a
    clause has one time; the second is where and when the main act was done (not "imposed in 2012
    and extended in 2015", nor "in 2012 after the coup in 2011": no venue between the dates)."""
    first = next((c for c in range(r + 1, hi - 1) if s.norms[c] == "in" and _date_words_en(s, c, hi) > c), -1)
    if first < 0:
        return False
    v = _date_words_en(s, first, hi)
    if v >= hi - 3 or s.norms[v] not in ("at", "in") or "," in text[s.ends[v - 1]:s.starts[v]]:
        return False
    # the venue: a few nouns and names, no verb nor a clause of its own
    second = next((c for c in range(v + 2, min(hi - 1, v + 7)) if s.norms[c] == "in" and _date_words_en(s, c, hi) > c), -1)
    if second < 0 or any(
        s.norms[k] in ("and", "after", "before", "following", "since") or s.norms[k] in _EN_PAST
        or s.norms[k].endswith("ed") or "," in text[s.ends[k - 1]:s.starts[k]] for k in range(v + 1, second + 1)
    ):
        return False
    end = _date_words_en(s, second, hi)
    words = s.norms[second + 1:end]
    if words[-2:] == ["last", "year"]:
        return True
    years = [int(w) for w in words if w.isdigit()]
    return bool(years) and (reference := ref_year()) is not None and years[-1] < reference


def _closed_undated_aside_en(s: Sentence, r: int, hi: int, text: str) -> bool:
    """(English) Whether the aside opening at ``r`` is closed by a comma within a few words and
    holds no time of its own (", the Moscow-led trade bloc,"): what follows the closing comma (", in
    August last year") is back in the main clause and dates the act, unlike the year inside an open
    aside (", the alliance founded by the United States in 1949")."""
    close = next((k for k in range(r + 1, min(hi, r + 8)) if "," in text[s.ends[k - 1]:s.starts[k]]), -1)
    if close < 0:
        return False
    return not any(s.norms[k].isdigit() or "historical" in s.tags[k] for k in range(r, close))


_UNITS_AR: Final = frozenset({"الوحدات", "وحدات", "الوحده", "وحده", "الالويه", "الويه", "اللواء", "الكتيبه", "القوه"})
# nouns a restrictive "that" clause describes by what they did ("a country that sent troops")
_RELATIVE_HEADS_EN: Final = frozenset({"country", "countries", "nation", "nations", "state", "states", "government",
                                "governments", "ally", "allies", "member", "members", "one"})


def _subject_apposition_en(s: Sentence, lo: int, t: int) -> range:
    """(English) The tokens of a noun phrase set off by commas between the subject and its verb
    at ``t`` ("Saudi Arabia and Iran, rivals for decades, restored…", "Norway, a member since
    1949, signed…"): it tells what the subject has long been; an empty range if there is none.
    (Not an adverbial aside: "Washington, in 2014, imposed…", "…, since then, has…", nor a
    relative clause.)"""
    a = aside_before(s, lo, t)
    if a < 0 or s.norms[a] in _NOT_APPOSITION_OPENERS_EN or "historical" in s.tags[a] or "fresh_time" in s.tags[a]:
        return range(0)
    if s.norms[a].isdigit() or s.norms[a] in _NUM_WORDS and s.norms[a] not in _APPOSITION_DETS_EN:
        return range(0)  # "Donald Trump, nine days before leaving office, put…": a time, not a noun phrase
    # the span of a state ("rivals for decades", "allies since 1949"), not any cue
    span = any(s.norms[k] in ("since", "for") for k in s.where.get("historical", ()) if a < k < t)
    return range(a, t) if span else range(0)  # (t: the verb; an auxiliary before it holds no cue)


# words that open an adverbial aside or a clause, not a noun phrase in apposition
_NOT_APPOSITION_OPENERS_EN: Final = _NOT_A_NOUN_EN | _EN_RELATIVE | {
    "in", "on", "at", "for", "during", "with", "without", "under", "by", "from", "amid", "despite",
    "following", "according", "meanwhile", "however", "also", "then", "now", "already", "instead",
    "too", "it", "they", "he", "she", "we", "last", "this", "next", "later", "earlier", "years", "not",
    "after", "along", "together", "acting", "speaking", "citing", "as", "like"}


# (English) simple pasts that end in no "-ed", opening a relative clause of what its noun did
# ("a mercenary group that sent fighters to Libya in 2019", "a firm that bought a refinery")
_RELATIVE_IRREGULAR_PAST_EN: Final = _IRREGULAR_PAST_EN | frozenset({
    "bought", "sold", "made", "built", "fought", "held", "kept", "left", "lost", "paid", "won", "ran",
    "became", "brought", "led", "grew", "set", "put", "spent", "oversaw", "stole", "hid"})


def _simple_past_en(word: str) -> bool:
    """(English) Whether ``word`` reads as a simple past ("moved", "sent"; not a short "-ed" word
    such as "red" or "bed")."""
    return len(word) > 4 and word.endswith("ed") or word in _RELATIVE_IRREGULAR_PAST_EN


def _past_relative_on_object_en(s: Sentence, t: int, hi: int, needs: tuple[str, ...]) -> int:
    """(English) The token opening a relative clause in the simple past after the trigger's needed
    noun ("imposed sanctions on the International Investment Bank, a lender that moved its
    headquarters to Budapest in 2019", "on Wagner, a group which sent fighters to Libya in 2019"):
    what the object did before, whose year is not the act's; 0 if there is none. The caller asks
    it only when the act has a day of the news of its own ("on Wednesday"), since without one the
    clause's year may be all that tells an act of the background ("imposed the ban on officials
    who rigged the election of 2006")."""
    for g in needs:
        n = s.first(g, t + 1, hi)
        if n < 0:
            continue
        for r in range(n + 1, min(hi - 1, n + 20)):
            if s.norms[r] in _EN_RELATIVE and _simple_past_en(s.norms[r + 1]):
                return r
    return 0


def _relative_after(s: Sentence, t: int, hi: int, needs: tuple[str, ...]) -> int:
    """The token opening a relative clause ("that had been eased", "which were imposed") after
    the trigger's needed cue (its noun) and its complement; else 0."""
    for g in needs:
        n = s.first(g, t + 1, hi)
        if n < 0:
            continue
        # ("sanctions on Libya's oil company, which…"; "a declaration in front of the two leaders,
        # formalising the ceasefire that ended…": a phrase may stand between noun and clause)
        for r in range(n + 1, min(hi - 1, n + 20)):
            if s.norms[r] in _EN_RELATIVE and (s.norms[r + 1] in _EN_AUX or s.norms[r + 1] in _EN_PAST or (
                s.norms[r + 1] in _EN_PRONOUNS and r + 2 < hi and s.norms[r + 2] in _EN_AUX
            )):  # ("…, which it had imposed in 2011")
                return r
            if s.norms[r] in _EN_RELATIVE and "had" in s.norms[r + 2:min(hi, r + 7)]:
                return r  # a pluperfect after a named subject: "that the Biden administration had imposed"
            if (s.norms[r] in _EN_RELATIVE or s.norms[r] == "whom") and not _ACCUSES_EN.isdisjoint(s.norms[r + 1:min(hi, r + 5)]):
                return r  # what the targets are blamed for: "officers whom it blames for the crackdown of 2009"
            if s.norms[r] in _EN_RELATIVE and not _IMPOSED_VERBS_EN.isdisjoint(s.norms[r + 2:min(hi, r + 6)]):
                return r  # "lifted the sanctions that Paris imposed on Mali in 2022": the imposition's year

            if (r <= n + 2 or s.has("sanctions_noun", r - 2, r) or s.norms[r - 1] in _POWERS_NOUNS_EN) and (
                s.norms[r] in _EN_PRONOUNS
            ) and (
                s.norms[r + 1] in _EN_PAST or s.norms[r + 1].endswith("ed") or s.norms[r + 1] == "had"
                or s.norms[r + 1] in _GAVE_EN
            ):
                # (and the powers used: "under the powers it gave itself in 2022")
                # one with no "that": "suspended the sanctions it imposed last month", "lifted the
                # arms embargo it had imposed in 2003" (the noun may be of two words), or the last
                # of a list of measures: "the arms embargo, asset freeze and travel ban it had imposed"
                return r
            if r - 1 > n and (s.norms[r] in ("since", "in", "last") or "ago" in s.norms[r + 1:r + 4]) and (
                s.norms[r - 1].endswith("ed") or s.norms[r - 1] in _EN_PAST_PARTICIPLES
            ):
                # (or "ties severed two years ago", "sanctions imposed last year")
                # a reduced one: "would reopen its embassy, closed since 2022", "agreed to
                # restore diplomatic ties severed in 2016", "lifted sanctions imposed in 2019"
                # (with its adverb: "the sanctions on Russia, first imposed in 2014")
                return r - 2 if r - 2 > n and s.norms[r - 2] in _PARTICIPLE_ADVERBS_EN else r - 1
        # with its agent, after the measures, however far: "has extended … its sanctions on …,
        # a day before the measures imposed by his predecessor in May 2017 were due to lapse"
        # (not "days after soldiers led by General Tchiani removed…")
        for r in range(n + 2, hi - 1):
            if s.norms[r] == "by" and s.norms[r - 1].endswith("ed") and (
                "sanctions_noun" in s.tags[r - 2] or s.norms[r - 2] in ("measures", "sanctions")
            ):
                return r - 1
    return 0


_SINCE_AR: Final = frozenset({"منذ", "ومنذ"})
# (Arabic) what a record is measured by: "أوسع إجراء من نوعه منذ", "أكبر خطوة من نوعها منذ"
_OF_ITS_KIND_AR: Final = frozenset({"نوعه", "نوعها", "نوعهما"})


def _record_since_ar(s: Sentence, j: int) -> bool:
    """(Arabic) Whether "منذ" at ``j`` follows "من نوعه" ("في أوسع إجراء من نوعه منذ …"): the
    date after it is what the news is measured against, not the news's date."""
    return s.norms[j] in _SINCE_AR and not _OF_ITS_KIND_AR.isdisjoint(s.norms[max(0, j - 2):j])
_NOW_AR: Final = frozenset({"الان", "اليوم"})  # "حتى الآن": so far, still the news
RELATIVE_AR: Final = frozenset({"الذي", "التي", "والذي", "والتي"})  # (the relative pronouns)
_KANA_AR: Final = frozenset({"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "كانتا", "وكانتا", "فكان", "فكانت"})
_AFTER_AR: Final = frozenset({"بعد", "وبعد"})
# "بعد ثلاثة أسابيع من إدراجه": weeks or more (days are still news)
_BEFORE_AR: Final = frozenset(normalize_word(w) for w in ("قبل", "قبيل"))
# (Arabic) the participles and purpose verbs of ending a rift: "أعادتا سفيريهما، منهيتين أزمة
# اندلعت في آب 2009": the dates after them are those of what was ended, not of the act
_ENDING_AR: Final = frozenset(normalize_word(w) for w in (
    "منهيا", "منهية", "منهيين", "منهيتين", "منهين", "منهيات", "لينهي", "لتنهي", "لينهيا", "لتنهيا",
    "طاويا", "طاوية", "طاويين", "طاويتين", "ليطوي", "لتطوي"))
# (Arabic) the relative pronouns that open a clause set off by commas after a subject
_RELATIVES_AR: Final = frozenset(normalize_word(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"))


def _after_relative_aside_ar(s: Sentence, lo: int, t: int) -> int:
    """(Arabic) The first token after a relative clause set off by commas between the subject and
    the trigger at ``t`` that tells a state since a date ("حذرت السفارة الأميركية في دمشق، التي
    أغلقت أبوابها منذ عام 2012، الشركات من أنها قد تتعرض لعقوبات"): the clause dates the subject's
    state (the embassy closed), not the trigger; ``lo`` when there is none, or when a "كان" opens the clause before it ("وكان
    الاتفاق، الذي وقع في 2016، قد نص على": a pluperfect, whose past is the act's own)."""
    if not _KANA_AR.isdisjoint(without_conjunction(w) for w in s.norms[lo:t]) or not _KANA_AR.isdisjoint(s.norms[lo:t]):
        return lo
    for close in range(t, lo + 2, -1):
        if not comma_before(s, close):
            continue
        for k in range(close - 2, lo, -1):
            if comma_before(s, k) and s.norms[k] in _RELATIVES_AR:
                # (only a state since a date: "التي تولى منصبه في نوفمبر الماضي" may well be the
                # time of the act told after it)
                return close if not _SINCE_AR.isdisjoint(s.norms[k:close]) else lo
            if comma_before(s, k):
                break  # (another aside: the clause must open with its pronoun)
    return lo


_REASON_AR: Final = frozenset(normalize_word(w) for w in (
    "بسبب", "وبسبب", "لدوره", "لدورها", "لدورهم", "بتهمة", "بتهم", "جراء", "لارتكابه", "لارتكابها"))
_FEW_DAYS_AR: Final = frozenset(normalize_word(w) for w in ("أيام", "يومين"))
_DECISION_NOUNS_AR: Final = frozenset(normalize_word(w) for w in ("إعلان", "قرار", "إقرار", "موافقة", "تأكيد"))
_SPANS_AR: Final = frozenset(normalize_word(w) for w in (
    "أسابيع", "أسبوعين", "شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة", "سنتين",
    "سنوات"))


# the auxiliary of the present perfect, and the adverbs that may stand between it and its participle
_PERFECT_AUX_EN: Final = frozenset({"has", "have"})
_PERFECT_ADVERBS_EN: Final = frozenset({"also", "now", "already", "just", "formally", "officially", "quietly", "finally"})


def _present_perfect_before_en(s: Sentence, t: int, lo: int) -> bool:
    """(English) Whether the act at ``t`` is told in the present perfect: "has lifted", "have
    also renewed", or a noun trigger after its verb ("has issued a temporary general licence").
    The tense cannot take a definite past date ("has issued on 11 August" is no English), so a
    month after the trigger dates something else; "has been" and "has had" (a state since a date)
    are not the act's tense."""
    for k in range(t - 1, max(lo, t - 5) - 1, -1):
        if s.norms[k] in _PERFECT_AUX_EN:
            j = k + 1
            while j < t and s.norms[j] in _PERFECT_ADVERBS_EN:
                j += 1
            participle = s.norms[j] if j <= t else ""
            return participle not in ("been", "had") and (j == t or s.norms[j].endswith("ed") or j + 1 < t)
        if s.norms[k] in (",", ";", "and", "but", "which", "that", "who"):
            return False
    return False


def _after_span_of(s: Sentence, lo: int, hi: int) -> bool:
    """(Arabic) Whether [lo, hi) holds "بعد ثلاثة أشهر على/من": what follows is the earlier act
    the news is measured from."""
    return any(
        s.norms[j] in _AFTER_AR and not _SPANS_AR.isdisjoint(s.norms[j + 1:j + 3])
        and not {"علي", "على", "من"}.isdisjoint(s.norms[j + 2:j + 4])
        for j in range(lo, hi)
    )


def _weeks_after(s: Sentence, t: int, lo: int) -> bool:
    """Whether the Arabic trigger at ``t`` is the masdar of "بعد ثلاثة أسابيع من إدراجه على
    القائمة": the news is what came weeks or months after it."""
    k = t - 2
    if (k >= lo and s.norms[t - 1] == "من" and s.norms[k] in _SPANS_AR
            and not _AFTER_AR.isdisjoint(s.norms[max(lo, k - 3):k])):
        return True
    # (or the decision's or the announcement's masdar, and who made it, before it: "بعد أسابيع من
    # إعلان الرئيس دونالد ترامب رفع العقوبات", "بعد أيام من قرار واشنطن رفع …")
    for j in range(t - 2, max(lo + 1, t - 8), -1):
        if s.norms[j] in _DECISION_NOUNS_AR and s.norms[j - 1] == "من" and j >= 3 and (
            s.norms[j - 2] in _SPANS_AR or s.norms[j - 2] in _FEW_DAYS_AR
        ) and (
            not _AFTER_AR.isdisjoint(s.norms[max(lo, j - 5):j - 2])
        ) and not (s.text and any(m in s.text[s.ends[j]:s.starts[t]] for m in ("،", ","))):
            return True
    # (or a second masdar joined to it by و: "بعد أشهر من التقارب بين تشاد وليبيا واستئناف العلاقات")
    if not s.norms[t].startswith("و") or not s.text or s.text[s.starts[t]] != "و":
        return False
    for j in range(t - 1, max(lo + 1, t - 10), -1):
        if "،" in s.text[s.ends[j - 1]:s.starts[j]] or "," in s.text[s.ends[j - 1]:s.starts[j]]:
            return False
        if s.norms[j] == "من" and j >= 2 and s.norms[j - 1] in _SPANS_AR and not _AFTER_AR.isdisjoint(
                s.norms[max(lo, j - 4):j - 1]):
            return True
    return False


def _since_after_today(s: Sentence, k: int, t: int, fresh: bool) -> bool:
    """Whether the Arabic background cue at token ``k`` is a "منذ" after the trigger in a clause
    that names the day: "أعادت الإمارات، الخميس، فتح سفارتها المغلقة منذ 2011" says how long the
    state before lasted, not when the event was. So does a "كان" after "بعد أن" past the
    trigger: "ووسع الحظر ليشمل الجماعة كلها بعد أن كان مقتصرا على قادتها"."""
    if k > t and s.norms[k] in _KANA_AR and (s.norms[k - 2:k] == ["بعد", "ان"] or s.norms[k - 1] == "بعدما"):
        return True
    if k < t and s.norms[k] in _KANA_AR and (q := next((j for j in range(k + 1, min(t, k + 8))
                                                         if s.norms[j] in _QAD), -1)) > 0:
        # "وكان ترامب قد أعلن مساء الخميس انضمام كازاخستان": a pluperfect whose verb is dated
        # this week (a weekday, "أمس" right after it) tells the news that the story follows up
        # (not "الأسبوع الماضي": a week back is the story's background)
        return any(s.norms[j] in _THIS_WEEK_AR for j in range(q + 2, min(t, q + 4)))
    return k > t and s.norms[k] in _SINCE_AR and (fresh and not _present_state(s, t) or _object_participle(s, k))


def _present_state(s: Sentence, t: int) -> bool:
    """(Arabic) Whether the trigger is a bare present verb, which with "منذ" after it tells a
    state that has held since then: "أنها تقيم علاقات دبلوماسية كاملة مع إسرائيل منذ عام 1992"
    (not "ستقيم", "لم تقم")."""
    w = s.norms[t]
    return w[:1] in ("ت", "ي") and (t == 0 or s.norms[t - 1] not in _NOT_PRESENT_AR)


# words before a present verb that make it no state: a future, a negation, a modal "قد"
_NOT_PRESENT_AR: Final = frozenset({"سوف", "لن", "لم", "لا", "قد", "وقد", "ان", "لكي", "كي", "حتي"})


# the day of the week or its part that dates a pluperfect's verb to the news's own days
_THIS_WEEK_AR: Final = frozenset(normalize_word(w) for w in (
    "أمس", "مساء", "صباح", "فجر", "ليل", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"))


def _object_participle(s: Sentence, k: int) -> bool:
    """(Arabic) Whether the "منذ" at ``k`` follows a participle of a noun ("سفارتها المغلقة منذ
    فبراير 2022", "العلاقات المقطوعة منذ 2016"): it dates the state of that noun, which the
    event may end, not the event; so does one with whom it is on between ("حالة الطوارئ المعلنة
    تجاه السودان منذ عام 1997", "العقوبات المفروضة على إيران منذ 2018")."""
    if s.norms[k - 1] in _STATE_PARTICIPLES_AR:
        return True
    return k >= 3 and s.norms[k - 3] in _STATE_PARTICIPLES_AR and s.norms[k - 2] in _ON_WHOM_AR


_ON_WHOM_AR: Final = frozenset({"على", "علي", "ضد", "تجاه", "ازاء", "حيال", "بحق", "بشان"})


# the state of a noun that an event may end or go on with: "سفارتها المغلقة منذ", "المقطوعة منذ"
_STATE_PARTICIPLES_AR: Final = frozenset(
    w + e for w in ("المغلق", "المقطوع", "المجمد", "المعلق", "المتوقف", "المفروض", "المعزول", "المحاصر",
                    "المتجمد", "المستمر", "المتواصل", "القائم", "الساري", "المطبق", "المعلن") for e in ("", "ه"))


# what a renewal, a suspension or a lifting ends or prolongs was imposed before it
_RELIEF: Final = frozenset({"sanctions.extended", "sanctions.suspended", "sanctions.lifted"})
_IMPOSED_AR: Final = frozenset({"المفروضه", "المفروض", "والمفروضه", "والمفروض"})


def _before_their_story(s: Sentence, t: int, hi: int, needs: tuple[str, ...]) -> int:
    """(Arabic) Where the story of the sanctions after the trigger at ``t`` begins: a relative
    pronoun or "المفروضة" after their noun (``hi`` when there is none)."""
    n = min((k for g in needs if (k := s.first(g, t + 1, hi)) >= 0), default=-1)
    if n >= 0:
        for r in range(n + 1, hi):
            if "relative" in s.tags[r] or s.norms[r] in _IMPOSED_AR:
                return r
    return hi


_AS_ALSO_AR: Final = frozenset({"كما", "وكما"})


def _also_pluperfect(s: Sentence, t: int) -> bool:
    """(Arabic) "وكانت بريطانيا قد افتتحت قاعدة في الدقم، كما وقعت الهند اتفاقية": a verb after
    "كما" goes on with the pluperfect ("كان … قد") that opened the sentence."""
    k = t - 2 if t > 1 and s.norms[t - 1] in _QAD else t - 1
    if k < 2 or s.norms[k] not in _AS_ALSO_AR:
        return False
    return any(s.norms[j] in _KANA_AR and not _QAD.isdisjoint(s.norms[j + 1:j + 8]) for j in range(k - 1))


_MASDAR_TAFIL_AR: Final = re.compile(r"ت\w\wي\w$")


def _joined_to_pluperfect(s: Sentence, t: int) -> bool:
    """(Arabic) "كان السودان قد انضم إلى التحالف …، وأرسل آلافا من جنوده": a verb glued to و
    goes on with the pluperfect ("كان … قد" before it in the sentence, "قد" within eight words
    after "كان"), with no day named (the caller's ``fresh``)."""
    w = s.norms[t]
    if not w.startswith("و") or len(w) < 4 or w[1] in "يتن" and not _MASDAR_TAFIL_AR.match(w[1:]):
        return False  # (a masdar of the pattern تفعيل is no imperfect: "شملت إغلاق الحدود وتجميد أصول")
    return any(s.norms[j] in _KANA_AR and not _QAD.isdisjoint(s.norms[j + 1:min(j + 9, t)]) for j in range(t - 1))


_PREPOSITIONS_AR: Final = frozenset(normalize_word(w) for w in ("عن", "على", "في", "إلى", "من", "حول", "بشأن"))


_PRESENT_PERFECT_EN: Final = frozenset({"has", "have"})


def _already_in_force_en(s: Sentence, t: int, lo: int) -> bool:
    """The present perfect with "already" right before the trigger ("have both already imposed
    travel bans"): measures in force before the news, told beside it, not the day's act (the
    word is local to its verb, so "imposed sanctions on Tuesday, having already sanctioned …"
    keeps its news)."""
    return t - 1 > lo and s.norms[t - 1] == "already" and not _PRESENT_PERFECT_EN.isdisjoint(s.norms[max(lo, t - 4):t - 1])


# the present tense of forces that are somewhere, after "already": "already serve in Estonia"
_STANDING_VERBS_EN: Final = frozenset({"serve", "serves", "operate", "operates", "patrol", "patrols", "train", "trains",
                                "sit", "sits", "stand", "stands", "rotate", "rotates"})
# and the states told with "are already": "are already stationed in Poland"
_STANDING_STATES_EN: Final = frozenset({"stationed", "based", "deployed", "present", "in", "there"})
# words of another time or a new act between "already" and the trigger: the trigger is not the
# standing presence "already" tells
_OTHER_TIME_AFTER_ALREADY_EN: Final = frozenset({"being", "will", "would", "now", "newly", "but", "while", "has", "have",
                                          "had", "was", "were", "more", "new", "soon"})


def _already_there_en(s: Sentence, t: int, lo: int) -> bool:
    """Forces told with "already" and the present tense of being somewhere, before the trigger of
    the same sentence ("The British and French forces already serve side by side in Estonia, where
    French troops rotate through the battle group", "Dutch troops are already stationed in
    Lithuania"): a presence that stood before the news, told as its background."""
    for a in range(max(lo, 1), t):
        if s.norms[a] != "already" or a + 1 >= len(s.norms):
            continue
        if not _OTHER_TIME_AFTER_ALREADY_EN.isdisjoint(s.norms[a + 1:t]):
            continue  # "Dutch troops are already stationed in Lithuania, where a German brigade is being deployed"
        if s.norms[a + 1] in _STANDING_VERBS_EN or (
                s.norms[a - 1] in ("are", "is") and s.norms[a + 1] in _STANDING_STATES_EN):
            return True
    return False


def _since_a_past_act_ar(s: Sentence, t: int, published: date | None) -> bool:
    """(Arabic) Whether the verbal noun at ``t`` follows "منذ" and a past year dates it within
    eight words: "تمر العلاقات بأسوأ مراحلها منذ توقيع معاهدة وادي عربة عام 1994" (the act is where
    a span measured up to the news begins, however much the superlative before it makes news)."""
    if t == 0 or published is None or s.norms[t - 1] not in _SINCE_AR or finite_verb_ar(s.norms[t]):
        return False
    return any(len(w) == 4 and w.isdigit() and int(w) < published.year for w in s.norms[t + 1:t + 9])


# (normalised) a relative clause whose verb announces or takes the act named before it, with the
# act for its object pronoun ("الذي أعلنه", "التي اتخذتها"), and how far after the act it opens
_ANNOUNCED_IT_AR: Final = frozenset(normalize_word(w) for w in (
    "أعلنه", "أعلنها", "أعلنته", "أعلنتها", "اتخذه", "اتخذها", "اتخذته", "اتخذتها", "أصدره", "أصدرها",
    "أصدرته", "أصدرتها", "أقره", "أقرها", "أقرته", "أقرتها"))
_ANNOUNCED_IT_REACH_AR: Final = 8


def _announced_weeks_ago_ar(s: Sentence, t: int, hi: int, published: date) -> bool:
    """(Arabic) Whether the act at ``t`` is dated weeks back by a relative clause right after its
    object that says when it was announced or taken ("قرار ترامب رفع العقوبات الأمريكية، الذي أعلنه
    في الرياض منتصف مايو"): the clause's month dates the act itself, not another."""
    for k in range(t + 1, min(len(s.norms) - 1, hi + 2, t + _ANNOUNCED_IT_REACH_AR)):
        if s.norms[k] in _RELATIVES_AR and s.norms[k + 1] in _ANNOUNCED_IT_AR:
            age = _month_age(s, k + 2, min(len(s.norms), k + 2 + _ANNOUNCED_IT_REACH_AR), published)
            return age is not None and _weeks_old(age[0], age[1], published)
    return False


def _historical(
    lex: Lexicon,
    s: Sentence,
    t: int,
    lo: int,
    hi: int,
    published: date | None,
    ref_year: Callable[[], int | None],
    fresh: bool,
    needs: tuple[str, ...] = (),
    relief: bool = False,
    text: str | None = None,
) -> bool:
    if lex.lang == "en" and text is not None and pronoun_after_time_word_en(s, t, text, frozenset({"when"})):
        # "Britain first imposed sanctions on 22 February, when it froze the assets of five
        # banks": the clause of time shares its main clause's date, and its past
        lo = 0
        if any(not _news_despite_cue(s, k, lo, t) for k in s.where.get("historical", ()) if k < t - 2):
            return True
    if lex.lang == "ar" and _since_a_past_act_ar(s, t, published):
        return True  # "بأسوأ مراحلها منذ توقيع معاهدة وادي عربة عام 1994": the span's start, not news
    if lex.lang == "en" and _already_in_force_en(s, t, lo):
        return True  # "Washington and Brussels have both already imposed travel bans on …"
    if lex.lang == "en" and _already_there_en(s, t, lo):
        return True  # "The British and French forces already serve side by side in Estonia, where …"
    if lex.lang == "en" and text is not None and not fresh and _fronted_past_cue_en(s, lo, t, text):
        return True  # "At a summit in Pau last month, … agreed that 220 more soldiers would be sent"
    if lex.lang == "ar" and (k := last_index(s.norms, "فقد", lo, t)) > lo:
        # "واستنادا إلى المباحثات التي جرت … في نوفمبر 2022، فقد قررت حكومتا البلدين إعادة …":
        # "فقد" opens the main clause after a fronted one, whose dates and cues are its own
        lo = k
    if lex.lang == "en" and t > lo + 1 and s.norms[t - 1] == "that" and s.norms[t - 2] in _RELATIVE_HEADS_EN:
        r = t - 1  # "an insult to a country that sent troops to Iraq": the noun's past, not news
    else:
        r = s.first("relative", max(lo, t - 3), t)
        if r < 0 and lex.lang == "ar" and s.norms[t + 1:t + 2] in (["بموجبه"], ["بموجبها"]):
            # "الأمر التنفيذي الذي أصدره سلفه جو بايدن وفُرضت بموجبه عقوبات": "under which" puts
            # the trigger in the relative clause of the order named before, however long
            r = s.last("relative", max(lo, t - 8), t)
    if lex.lang == "en" and text is not None and (u := _under_which_en(s, lo, t, text)) != -1:
        r = u  # "keeping in force the order under which the United States freezes the assets of …"
    if r >= 0 and not (
        lex.lang == "ar" and (s.norms[t][:1] in _IMPERFECT_AR or s.norms[t + 1:t + 2] == ["بموجبه"])
        and (d := s.first("decree_noun", max(lo, r - 4), r)) >= 0
        # (but an order revoked is the past of what it did: "ألغى ترامب الأمر التنفيذي الذي أصدره
        # سلفه وفُرضت بموجبه عقوبات")
        and _REVOKED_AR.isdisjoint(without_conjunction(w) for w in s.norms[max(lo, d - 16):d])
    ) and not (lex.lang == "en" and (
        s.first("future", r + 1, t) >= 0 or s.norms[t] in _EN_MODALS
        or fresh and _fresh_in_relative(s, t, hi, text)  # "…, who were sworn into the army on Friday"
        # "passed a law which integrates the militias into the army", "signed a decree that
        # lifted the ban": what the act enacted today does, not its past
        or r == t - 1 and t > 1 and s.norms[t - 2] in _ENACTED_EN and (
            s.norms[t].endswith("s") or not _ENACTING_EN.isdisjoint(s.norms[max(lo, t - 7):t - 2]))
    )) and not (
        # "أجاز المجلس قانون قوات الدعم السريع، والذي ينص على دمج …": what a law passed provides
        lex.lang == "ar" and r + 1 < t and _law_relative_ar(s, r + 1)
    ) and not (
        # "العقوبات التي فرضتها واشنطن على أنقرة أمس تستهدف …": sanctions named, then their act
        # with a day of the news of its own after the verb (``extractor._sanctions_of_relative_ar``)
        lex.lang == "ar" and "relative_sanctions" in needs and s.first("fresh_time", t + 1, min(hi, t + 8)) >= 0
    ) and not (
        # "أطلقت الحكومة، السبت، أولى الوحدات المختلطة، التي دمج فيها مقاتلون …": units set up on
        # the day, the merger in them is the day's too
        lex.lang == "ar" and fresh and ("army_into" in needs or "army_noun" in needs)
        and not _UNITS_AR.isdisjoint(s.norms[max(lo, r - 5):r])
    ):
        # (not "the treaty, which he will sign in January": a relative clause of what is ahead;
        # nor "consequences, which could include sanctions": a trigger that is a modal)
        # (not "اعتمد المجلس القرار 2397 الذي يفرض عقوبات…", "القرار الذي مدد بموجبه التدابير":
        # what an act adopted does)
        return True
    if lex.lang == "ar" and (r := s.last("relative", max(lo, t - 14), t)) >= 0 and r + 1 < t and (
        s.norms[r + 1] in _RESTS_ON_AR
    ) and (text is None or "،" not in text[s.ends[r]:s.starts[t]]):
        # "حالة الطوارئ … وهي الحالة التي تستند إليها العقوبات الأمريكية على أركان النظام السابق
        # وتجميد أصول الدولة الليبية": the measures an emergency (a law) holds up stand already
        return True
    if lex.lang == "ar" and s.norms[t][:1] in _IMPERFECT_AR and s.first("ongoing", max(lo, t - 6), t) >= 0 and (
        t == 0 or s.norms[t - 1] not in _PREPOSITIONS_AR
    ):
        # "ولا تزال الولايات المتحدة تفرض عقوبات على…": a state that goes on, not news (not a
        # masdar after a preposition: "لا تزال قائمة، وحديثنا عن تجميد الاستثمارات الجديدة")
        return True
    if lex.lang == "ar" and s.norms[t][:1] in _IMPERFECT_AR and any(
        s.norms[k] in ("وقت", "الوقت") and s.norms[k - 1] in ("في", "وفي") for k in range(max(lo + 1, t - 4), t)
    ):
        # "في وقت تحتفظ فيه فرنسا بقاعدة عسكرية في إنجامينا": a state of things the news is set
        # against ("at a time when"), not an act
        return True
    if relief and lex.lang == "ar":
        # "مدد … حتى فبراير 2017 حظر الأسلحة المفروض على …، والعقوبات على أربعة متهمين بجرائم
        # بين عامي 1999 و2000", "تمديد العقوبات ستة أشهر، وهي العقوبات التي فرضت في 2014": past
        # the sanctions named, what dates them is their imposition, not the renewal or the lifting
        hi = _before_their_story(s, t, hi, needs)
    if lex.lang == "ar" and _weeks_after(s, t, lo):
        return True
    if lex.lang == "ar" and _comes_after_ar(s, lo, t):
        return True
    if lex.lang == "ar" and t > 0 and s.norms[t - 1] in _QAD and not _KANA_AR.isdisjoint(
        s.norms[max(lo, s.last("complementizer", lo, t) + 1):t - 1]
    ) and not _day_after(s, t, hi):
        # (with a day of the news after it: "وكانت اليابان قد مددت، أول من أمس الخميس، العقوبات":
        # the pluperfect tells a step of these days behind the story's own)
        return True  # "وكان رئيس الوزراء الإثيوبي … والرئيس الإريتري … قد وقعا": a long-subject pluperfect
    if lex.lang == "ar" and (_also_pluperfect(s, t) or not fresh and _joined_to_pluperfect(s, t)):
        return True
    if lex.lang == "ar" and (r := s.first("relative", t + 1, hi)) >= 0 and (
        not s.tags[r - 1].isdisjoint(needs) or relief
    ):
        # "رفع العقوبات التي كانت مفروضة منذ 2009": what the relative clause dates is the
        # trigger's own noun (the sanctions), not the lifting; so for a law's name ("تعليق العمل
        # بالباب الثالث من قانون هيلمز-بيرتون، الذي يتيح … بعد ثورة 1959")
        hi = r
    elif lex.lang == "en" and (r := _relative_after(s, t, hi, needs)) > 0 and not (
        s.norms[t] in _AGREED_IN_EN and not _SIGNING_VERBS_EN.isdisjoint(s.norms[r:r + 3])
    ):
        # ("agreed in the declaration they signed in September": the signing dates the same
        # accord, what they agreed in it)
        if text is not None and _past_year_after_relative_en(s, r, hi, text, ref_year):
            return True  # "lifted the embargo it had imposed on Iraq after the invasion, in May 2003"
        if text is not None and _past_date_after_a_venue_en(s, r, hi, text, ref_year):
            return True  # "… it had imposed in January 2022 at a summit in Accra in July last year"
        hi = r  # "lifted sanctions on Cuba that had been eased…": so does the English one
    elif lex.lang == "en" and fresh and (r := _past_relative_on_object_en(s, t, hi, needs)) > 0:
        hi = r  # "on Wednesday imposed sanctions on the bank, a lender that moved to Budapest in 2019"
    elif lex.lang == "en" and text is not None and (r := _object_aside_en(s, t, hi, text)) > 0:
        hi = r  # "Sweden joined NATO, the alliance founded by the United States in 1949": the bloc's year
    if lex.lang == "en" and (c := s.first("conditional", t + 1, hi)) > t:
        # "has threatened France with sanctions if the assembly passes a bill on the killings of
        # 1915": the condition's years date what it is about, not the act it conditions
        hi = c
    if lex.lang == "en" and text is not None and (where := next(
        (k for k in range(t + 1, hi) if s.norms[k] == "where" and "," in text[s.ends[k - 1]:s.starts[k]]), -1
    )) > 0:
        hi = where  # "…to Pemba, where an insurgency has killed 3,000 people since 2017": the place's past
    apposition = _subject_apposition_en(s, lo, t) if lex.lang == "en" else range(0)
    # adverbials such as "العام الماضي" / "last year" often close the clause
    # (past a name in apposition after the object: "on Dagalo's brother and deputy, Abdelrahim
    # Hamdan Dagalo, in September last year")
    reach = t + 12 + (_named_aside_en(s, t, text) if lex.lang == "en" and text is not None else 0)
    if lex.lang == "en" and text is not None:
        reach = max(reach, _closing_cue_en(s, t, hi))  # "… and dozens of officials earlier this year"
    if lex.lang == "en" and text is not None and _opened_by_last_year_en(s, lo, t, text):
        return True
    k = s.first("historical", max(lo, t - 10), min(hi, reach))
    while k >= 0:
        if k in apposition:
            pass  # "Saudi Arabia and Iran, rivals for decades, restored…": the subject's past, not the act's
        elif lex.lang == "ar" and k > 0 and s.norms[k - 1] in _QAD and s.norms[k][:1] in ("ي", "ت", "ن"):
            pass  # "وقد تشمل هذه العقوبات…": what sanctions may include dates nothing ("وقد سبق أن" does)
        elif lex.lang == "en" and k > t and date_of_a_framework_clause_en(s, t, k):
            pass  # "under the framework the bloc set up last November": the framework's past, not the act's
        elif lex.lang == "en" and s.norms[k] == "back" and k > 0 and s.norms[k - 1] in ENVOYS_EN:
            pass  # "French ambassador back in Rome": an envoy back at his post, no "back in 2014"
        elif lex.lang == "ar" and k > t and without_conjunction(s.norms[k]) in _DESCRIBING_AR:
            pass  # "مدد الاتحاد العقوبات ستة أشهر، وتشمل العقوبات …": what they include, after the act
        elif lex.lang == "ar" and k + 2 < len(s.norms) and _state_returned_to_ar(s, k + 2):
            pass  # "إلى ما كانت عليه قبل …": the state returned to, not the act's past
        elif lex.lang == "ar" and s.norms[k] == "قبل" and "من" in s.norms[k + 2:k + 4]:
            pass  # "قبل أشهر من الانتخابات": months before another event, not months ago
        elif lex.lang == "ar" and s.norms[k] in _SINCE_AR and _object_participle(s, k):
            pass  # "العلاقات المقطوعة منذ عام 1982، ووقعا": the date of the noun's state, not the act's
        elif lex.lang == "en" and _start_of_month_of_a_future_act_en(s, k, lo, t):
            pass  # "will sign the accord at the beginning of the month": the month to come
        elif lex.lang == "en" and s.norms[k] == "since" and _state_since_en(s, t, k):
            pass  # "a licence for transactions that have been banned since 1997": the date of the object's state
        elif lex.lang == "ar" and s.norms[k] in _KANA_AR and t > 0 and s.norms[t - 1] in _QAD and _day_after(s, t, hi):
            pass  # "وكانت اليابان قد مددت، أول من أمس الخميس، …": a pluperfect of these days
        elif lex.lang == "ar" and k < t and s.norms[k] in _KANA_AR and (
            (scene := fronted_while_clause_ar(s, t)) is not None and scene[0] < k < scene[1]
        ):
            # "وبينما كانت المعارك تتواصل في دارفور، فرض الاتحاد …": the past progressive of the
            # scene the act is set in dates the scene, not the act
            pass
        elif not (_news_despite_cue(s, k, lo, t) if lex.lang == "en" else _since_after_today(s, k, t, fresh) or (
            s.norms[k] in _SINCE_AR and _news_despite_cue(s, k, lo)  # "أول عضو جديد منذ تأسيسها"
        )):
            return True
        k = s.first("historical", k + 1, min(hi, reach))
    if lex.lang == "en" and t > 0 and s.norms[t - 1] in ("has", "have"):
        # "have imposed more than 16,000 sanctions on … since the invasion": a state since then
        # ("has signed trade agreements with Australia, … in recent years": a span of years)
        k = s.first("historical", t + 1, hi)
        if k >= 0 and s.norms[k] in ("since", "in", "over") and not _news_despite_cue(s, k, lo):
            return True
        if _running_total_en(s, t, hi):
            # "It has imposed sanctions on more than 800 Russian individuals and companies": a tally
            # of hundreds, told in the perfect, is what the measures came to, no new act
            return True
    words = _without_end_dates(s, lo, hi, lex.lang == "ar")
    for k in apposition:
        words[k - lo] = ""  # ("…, allies since 1949, signed…")
    if lex.lang == "en":
        for k in range(max(lo, t + 1), hi):
            if len(s.norms[k]) == 4 and s.norms[k].isdigit() and (_year_of_a_bare_relative(s, t, k) or (
                    date_of_a_framework_clause_en(s, t, k)) or (
                    s.norms[k - 1] == "since" and _state_since_en(s, t, k - 1))):
                # "…, the first time it used the powers it gave itself in 2021"; "transactions
                # that have been banned since 1997"
                words[k - lo] = ""
    if relief and lex.lang == "en":
        # "extended the Iran Sanctions Act, the 1996 law", "lifted its 1986 sanctions", "the
        # Comprehensive Anti-Apartheid Act of 1986": the year names the measures renewed or
        # lifted, not the day of the renewal
        for k in range(max(lo, t + 1), hi):
            if len(w := s.norms[k]) == 4 and w.isdigit() and k > 0 and (
                s.norms[k - 1] in _YEAR_PREMODIFIER_DETS_EN
                or s.norms[k - 1] == "of" and k > 1 and s.norms[k - 2] in _LAW_NOUNS_EN
            ):
                words[k - lo] = ""
    if fresh and lex.lang == "en":
        # "were graduated into a single army in Juba on Tuesday, the first batch of the forces
        # provided for in the peace agreement of 2018": with a day named, a year after "of" that
        # ends an accord's or a law's name dates that text, not the act
        for k in range(max(lo, t + 1), hi):
            if _accord_year_en(s, k):
                words[k - lo] = ""
    if lex.lang == "ar" and (k := s.norms.index("وذلك", lo, t) if "وذلك" in s.norms[lo:t] else -1) > lo:
        # "… على حدود عام 1967، وذلك في أعقاب إعلان انضمام كازاخستان": "وذلك" opens the news's
        # occasion; a year in the statement before it dates that statement's own words
        words[:k - lo] = [""] * (k - lo)
    if fresh and lex.lang == "ar":
        # "أعادت الإمارات، الخميس، فتح سفارتها … منذ اندلاع النزاع عام 2011": with a day named,
        # a year far after the trigger, or one after "منذ", dates a background phrase
        words = words[:t + 12 - lo]
        for k in range(t + 1, min(hi, t + 12)):
            if s.norms[k] in _SINCE_AR:
                words[k - lo:k - lo + 5] = [""] * len(words[k - lo:k - lo + 5])
    if lex.lang == "ar":
        # (so does one after a participle of a noun, before the trigger too: "أعادا العلاقات
        # المقطوعة منذ عام 1982، ووقعا بيانا مشتركا"; ``_object_participle``)
        for k in range(lo + 1, min(hi, lo + len(words))):
            if s.norms[k] in _SINCE_AR and _object_participle(s, k):
                words[k - lo:k - lo + 5] = [""] * len(words[k - lo:k - lo + 5])
    if lex.lang == "ar":
        for k in range(max(lo, t + 1), hi - 1):
            # "لأحكام قانون القوات المسلحة لسنة 2007": the year names the law the act applies
            if s.norms[k] in _LAW_YEAR_AR and not _LAW_NOUNS_AR.isdisjoint(s.norms[max(lo, k - 5):k]) or (
                s.norms[k] in ("عام", "سنه") and s.norms[k - 1] in _ISSUED_AR
            ):
                # (or "قانون دعم الحرية الصادر عام 1992": the year the law was issued; the words
                # may stop short of it, cut twelve words after the trigger above)
                words[k + 1 - lo:k + 2 - lo] = [""] * len(words[k + 1 - lo:k + 2 - lo])
            if _state_returned_to_ar(s, k):
                # "إعادة العلاقات إلى ما كانت عليه قبل مارس 2021": the date of the state returned to
                words[k + 1 - lo:k + 5 - lo] = [""] * len(words[k + 1 - lo:k + 5 - lo])
    # "في الذكرى الرابعة لاحتجاجات 2021", "on the fourth anniversary of the 2021 protests": the
    # year of what is remembered, not of the act
    for k in range(lo, hi):
        if s.norms[k].endswith(("الذكري", "الذكرى", "ذكري")) or s.norms[k] in ("anniversary", "anniversaries"):
            words[k - lo + 1:k - lo + 6] = [""] * len(words[k - lo + 1:k - lo + 6])
    # "for the first time since 2013", "أول عضو جديد منذ تأسيسها عام 2001": the year measures
    # the news, not its date
    for k in s.where.get("historical", ()):
        if lo <= k < hi and (s.norms[k] == "since" or s.norms[k] in _SINCE_AR) and _news_despite_cue(s, k, lo):
            # ("its first new member since North Macedonia in 2020": a name before the year;
            # "the first such arrangement since Washington closed its bases at the end of 1999":
            # a clause)
            words[k - lo + 1:k - lo + 11] = [""] * len(words[k - lo + 1:k - lo + 11])
    years = [y for y in _years(_without_plan_names(words)) if 1900 <= y <= 2100]
    if years and (reference := ref_year()) and max(years) < reference:
        return True
    if lex.lang == "ar" and published is not None and not fresh and _announced_weeks_ago_ar(s, t, hi, published):
        return True  # "قرار ترامب رفع العقوبات، الذي أعلنه في الرياض منتصف مايو": the act's own date
    if published is not None and not fresh:
        # (a month after a future verb is the next one: "will become a party on 1 February")
        ahead = bool(s.future[t]) or s.first("future", max(lo, t - 3), t) >= 0
        if ahead and t > 1 and s.norms[t - 1] == "to" and s.norms[t - 2] in _TO_OCCURRED and not _GATHERINGS_EN.isdisjoint(
            s.norms[t + 1:min(hi, t + 10)]
        ):
            # "agreed to normalise relations at a meeting in Jeddah in September": the month of
            # the meeting dates the agreeing, a past act (not "agreed to normalise ties in January")
            ahead = False
        if ahead and t > 1 and s.norms[t - 1] == "to" and s.norms[t - 2] in _TO_OCCURRED:
            # "agreed to normalise relations in September" in a story of November: a month of the
            # last three with no "next" is the agreeing's (the act ahead would be a year off)
            after = _month_age(s, t + 1, hi, published, t, english=lex.lang == "en")
            ahead = after is None or not 1 <= after[0] <= 3
        end = hi
        if text is not None and not ahead:
            # "signed the accession agreement on May 30, and parliament ratified it in June": the
            # month of a clause joined by ", and" after the trigger is that clause's act's
            end = next((k for k in range(t + 1, hi) if s.norms[k] == "and" and "," in text[s.ends[k - 1]:s.starts[k]]), hi)
            if t > 0 and s.norms[t - 1] in ("has", "have"):
                # "has suspended the sanctions …, granting him a licence on 15 January": a present
                # perfect is the news; the day of the participle after its comma is that step's
                end = next((k for k in range(t + 1, end) if s.norms[k].endswith("ing")
                            and "," in text[s.ends[k - 1]:s.starts[k]]), end)
        age = _month_age(s, lo, t if ahead else end, published, t, english=lex.lang == "en")
        if age is not None and _weeks_old(age[0], age[1], published):
            return True  # ("in May" in a story of late June: weeks old, background)
        if age is not None and age == (1, None) and _in_month_after(s, t, hi):
            # "Kyrgyzstan signed its accession treaty in December" in a story of 5 January: the
            # act's own month, last month, with no day: news is told by its day, background by
            # its month
            return True
    return False
