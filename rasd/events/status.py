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

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from rasd.events.duration import _MONTHS
from rasd.events.lexicon import Lexicon, TriggerSpec
from rasd.events.sentences import Sentence

# Negators that do not negate the next verb: "لا سيما" (especially), "لا يزال" (still).
_NOT_NEGATION_AR = frozenset({"سيما", "سيّما", "يزال", "تزال", "زال", "زالت", "يزالون", "بد"})
_EN_AUX_NEG = frozenset({"didn", "doesn", "don", "wasn", "weren", "hasn", "haven", "hadn", "isn", "aren", "couldn", "wouldn"})
# "ليس من صلاحياتها النظر في قرار … فرض": these negate a whole nominal clause, not one verb.
_LONG_NEGATORS = frozenset({"ليس", "ليست", "وليس", "وليست"})
# "قد" before an imperfect verb is "may" (before a perfect one it only stresses: "قد فرضت").
_QAD = frozenset({"قد", "وقد", "فقد"})
_TO_OCCURRED = frozenset({"voted", "decided", "agreed", "moved", "approved", "began", "started", "continued", "opted", "chose"})


class StatusDecision(NamedTuple):  # (made for every candidate: a tuple is the cheapest immutable record)
    status: str | None  # None: not an event (demand, hypothesis, aspiration)
    event_type: str
    fresh: bool  # a "today / on Monday / أمس" cue: the report is news, not background


def clause_bounds(s: Sentence, t: int) -> tuple[int, int]:
    """[lo, hi) of the tokens of the clause of token ``t`` (clause numbers never decrease)."""
    clause = s.clause
    if not clause[-1]:
        return 0, len(clause)  # one clause: the usual sentence
    c = clause[t]
    return bisect_left(clause, c, 0, t), bisect_right(clause, c, t)


def _month_age(s: Sentence, lo: int, hi: int, published: date) -> int | None:
    """Months between the latest month named in [lo, hi) and publication (None if none)."""
    if _MONTHS.keys().isdisjoint(s.norms[lo:hi]):
        return None  # no month name in the clause (most): one set operation in C
    ages = []
    for i in range(lo, hi):
        w = s.norms[i]
        month = _MONTHS.get(w)
        if month is None or w in ("may", "mar", "اب", "march") and not _next_is_num(s, i):
            continue
        nxt = s.norms[i + 1] if i + 1 < len(s.norms) else ""
        if nxt in ("next", "المقبل", "القادم"):
            continue
        year = None
        for j in range(i + 1, min(hi, i + 4)):
            if len(s.norms[j]) == 4 and s.norms[j].isdigit():
                year = int(s.norms[j])
                break
        if year is None:
            year = published.year if month <= published.month else published.year - 1
        ages.append((published.year - year) * 12 + published.month - month)
    return min(ages) if ages else None


def _next_is_num(s: Sentence, i: int) -> bool:
    return (i + 1 < len(s.norms) and s.norms[i + 1].isdigit()) or (i > 0 and s.norms[i - 1].isdigit())


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
) -> StatusDecision:
    """The status of the trigger at token ``t`` (see the module docstring); ``clause`` is its
    ``clause_bounds`` when the caller has them."""
    lo, hi = clause if clause is not None else clause_bounds(s, t)
    before = max(lo, t - 8)
    after = min(hi, t + span + 10)
    ar = lex.lang == "ar"
    fresh = s.first("fresh_time", lo, hi) >= 0
    if not ar and fresh:
        # bare "on" counts only before a weekday/date, which the fresh_time list already holds
        fresh = any(s.norms[i] != "on" and "fresh_time" in s.tags[i] for i in range(lo, hi))

    # 1. demands, hypotheses, threats, conditions
    threat = s.first("threat", max(lo, t - 4), t) >= 0
    if s.first("demand", before, t) >= 0:
        return StatusDecision(None, event_type, fresh)
    if ar and t > 0 and s.norms[t - 1] in _QAD and s.norms[t][:1] in ("ي", "ت", "ن"):
        return StatusDecision(None, event_type, fresh)  # "قد ترفع": may lift, a hypothesis
    if not ar and t > 0 and s.norms[t - 1] == "to":
        governor = s.norms[max(lo, t - 4):t - 1]
        if threat or any(w in ("threatened", "threatens", "threaten", "warned") for w in governor):
            threat = True
        elif s.first("future", max(lo, t - 5), t) >= 0:
            pass
        elif not any(w in _TO_OCCURRED for w in governor):
            return StatusDecision(None, event_type, fresh)
    conditional = s.first("conditional", before, after) >= 0
    if event_type == "sanctions.imposed" and (threat or conditional):
        event_type = "sanctions.threatened"
    elif conditional and event_type != "sanctions.threatened":
        return StatusDecision(None, event_type, fresh)

    # 2. negation
    if _negated(lex, s, t, lo):
        return StatusDecision("negated", event_type, fresh)

    # 3. stalled talks
    if s.first("stalled", 0, len(s.norms)) >= 0:
        return StatusDecision("stalled", event_type, fresh)
    if spec.only_status:
        return StatusDecision(None, event_type, fresh)

    # 4. background
    if _historical(lex, s, t, lo, hi, published, ref_year, fresh):
        return StatusDecision("historical", event_type, fresh)

    # 5. future
    if spec.words[0] in s.future[t] or s.first("future", max(lo, t - 6), t) >= 0:
        return StatusDecision("planned", event_type, fresh)
    if s.first("future_time", t + span, after) >= 0:  # "… sanctions on Syria next month"
        return StatusDecision("planned", event_type, fresh)
    years = _years(s.norms[lo:hi])
    if years and (reference := ref_year()) and min(years) > reference:
        return StatusDecision("planned", event_type, fresh)
    return StatusDecision("occurred", event_type, fresh)


def _years(words: list[str]) -> list[int]:
    """The four-digit numbers among ``words`` (most clauses have no digit at all: C-level check)."""
    if not any(map(str.isdigit, words)):
        return []
    return [int(w) for w in words if len(w) == 4 and w.isdigit()]


def _negated(lex: Lexicon, s: Sentence, t: int, lo: int) -> bool:
    if lex.lang == "en" and t + 1 < len(s.norms) and s.norms[t + 1] == "no":
        return True  # the object is negated: "imposed no new sanctions", "signed no deal"
    first = max(lo, t - 8)
    if lex.lang == "en" and not _EN_AUX_NEG.isdisjoint(s.norms[first:t]):  # "didn't", "hasn't"
        if any(s.norms[i] in _EN_AUX_NEG and "negation" not in s.tags[i] for i in range(first, t)):
            return True
    for i in s.where.get("negation", ()):
        if i < first:
            continue
        if i >= t:
            break
        if t - i > 5 and s.norms[i] not in _LONG_NEGATORS:
            continue
        nxt = s.norms[i + 1] if i + 1 < len(s.norms) else ""
        if lex.lang == "ar" and nxt in _NOT_NEGATION_AR:
            continue
        return True
    return s.first("negation_verbs", max(lo, t - 10), t) >= 0


def _historical(
    lex: Lexicon,
    s: Sentence,
    t: int,
    lo: int,
    hi: int,
    published: date | None,
    ref_year: Callable[[], int | None],
    fresh: bool,
) -> bool:
    if s.first("relative", max(lo, t - 3), t) >= 0:
        return True
    # adverbials such as "العام الماضي" / "last year" often close the clause
    if s.first("historical", max(lo, t - 10), min(hi, t + 12)) >= 0:
        return True
    years = [y for y in _years(s.norms[lo:hi]) if 1900 <= y <= 2100]
    if years and (reference := ref_year()) and max(years) < reference:
        return True
    if published is not None and not fresh:
        age = _month_age(s, lo, hi, published)
        if age is not None and age >= 2:
            return True
    return False
