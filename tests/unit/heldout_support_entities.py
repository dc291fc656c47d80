"""What the held-out entity sets share (``test_heldout_entities`` and the later
``test_heldoutN_entities``): the gold entity record and its helpers, the cases built from
event-set articles, their scoring as ``rasd eval`` scores them (``rasd.eval.score_article``),
the per-article test parameters and the printed report.

An article's analysis is computed once per run, whichever set asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import pytest

from rasd.analyze import analyze
from rasd.eval import ArticleScore, Counts, score_article
from rasd.model import Analysis


@dataclass(frozen=True)
class Ent:
    """A gold entity: canonical English name, type, core or not, other English names."""

    name: str
    type: str
    core: bool = True
    also: tuple[str, ...] = ()

    def to_gold(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "core": self.core,
                "also": [*self.also, *ALSO.get(self.name, ())]}


# Other English names of entities that recur across the sets, added to each annotation of them
# (the gold files repeat these in every article's ``also``).
ALSO: dict[str, tuple[str, ...]] = {
    "United States": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "European Union": ("EU", "E.U."),
    "United Nations": ("UN", "U.N."),
    "United Nations Security Council": ("UN Security Council", "UNSC", "Security Council"),
    "Russia": ("Russian Federation",),
    "China": ("People's Republic of China", "PRC"),
    "Iran": ("Islamic Republic of Iran",),
    "Saudi Arabia": ("Kingdom of Saudi Arabia", "KSA"),
    "United Arab Emirates": ("UAE", "Emirates"),
    "Turkey": ("Türkiye", "Turkiye", "Republic of Turkey"),
    "North Korea": ("DPRK", "Democratic People's Republic of Korea"),
    "South Korea": ("Republic of Korea", "ROK"),
    "Syria": ("Syrian Arab Republic",),
    "Egypt": ("Arab Republic of Egypt",),
    "NATO": ("North Atlantic Treaty Organization", "North Atlantic Alliance"),
    "Washington, D.C.": ("Washington",),
    "New York City": ("New York", "NYC"),
    "Moscow Kremlin": ("Kremlin", "The Kremlin"),
    "Al Jazeera": ("Al Jazeera English", "Al Jazeera Media Network"),
    "Associated Press": ("AP",),
    "Agence France-Presse": ("AFP",),
    "Saudi Press Agency": ("SPA",),
    "Emirates News Agency": ("WAM",),
    "X": ("Twitter",),
    "White House": ("The White House",),
    "United States Department of the Treasury": ("US Treasury", "U.S. Department of the Treasury",
                                                 "Treasury Department"),
    "United States Department of State": ("US State Department", "State Department"),
    "United States Department of Defense": ("Pentagon", "US Department of Defense"),
    "Joint Comprehensive Plan of Action": ("JCPOA", "Iran nuclear deal"),
    "Donald Trump": ("Trump", "Donald J. Trump"),
    "Barack Obama": ("Obama",),
    "Vladimir Putin": ("Putin",),
    "Viktor Orbán": ("Viktor Orban",),
    "Volodymyr Zelenskyy": ("Volodymyr Zelensky", "Zelenskyy"),
    "Recep Tayyip Erdoğan": ("Recep Tayyip Erdogan", "Erdogan"),
    "António Guterres": ("Antonio Guterres",),
    "Salman of Saudi Arabia": ("King Salman", "Salman bin Abdulaziz Al Saud"),
    "Mohammed bin Salman": ("Mohammad bin Salman", "MBS"),
    "Abdel Fattah el-Sisi": ("Abdel Fattah al-Sisi",),
    "Hezbollah": ("Hizbullah", "Hizballah"),
    "Arab League": ("League of Arab States",),
    "Gulf Cooperation Council": ("GCC",),
    "Grand National Assembly of Turkey": ("Turkish parliament",),
    "Ministry of Foreign Affairs (Russia)": ("Russian Foreign Ministry",),
}


def C(name: str, type_: str, *also: str) -> Ent:  # noqa: N802 - reads like a table
    """A core gold entity."""
    return Ent(name, type_, True, also)


def N(name: str, type_: str, *also: str) -> Ent:  # noqa: N802
    """A gold entity that is right to report but not required."""
    return Ent(name, type_, False, also)


@dataclass(frozen=True)
class Case:
    """One annotated article of a set."""

    id: str
    lang: str
    published: date
    text: str
    entities: tuple[Ent, ...]


def cases_from(sources: Iterable[tuple[str, Sequence[Any], dict[str, tuple[Ent, ...]]]]) -> list[Case]:
    """The cases of (language, event-set articles, annotations by article id) triples: every
    article that has annotations, in the articles' order."""
    return [Case(a.id, lang, a.published, a.text, gold[a.id])
            for lang, articles, gold in sources for a in articles if a.id in gold]


@cache
def analysis_of(case: Case) -> Analysis:
    return analyze(case.text, lang=case.lang, published=case.published, article_id=case.id)


def score(case: Case) -> ArticleScore:
    gold = {"id": case.id, "lang": case.lang, "events": [],
            "entities": [e.to_gold() for e in case.entities]}
    return score_article(gold, analysis_of(case))


def totals(cases: Iterable[Case]) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for c in cases:
        for group in (c.lang, "all"):
            out.setdefault(group, Counts()).add(score(c).entities)
    return out


def params(cases: Sequence[Case], known: dict[str, str]) -> list[Any]:
    """One pytest parameter per case; a case named in ``known`` is a strict xfail with the
    reason given there (a fix must take the mark off)."""
    return [
        pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=known[c.id], strict=True)]
                     if c.id in known else [])
        for c in cases
    ]


def print_gaps(cases: Iterable[Case]) -> None:
    """Every article's missed core entities and wrong links."""
    for c in cases:
        s = score(c)
        if s.missed_entities or s.false_entities:
            print(f"{c.id} ({c.lang}) R={s.entities.recall:.2f} P={s.entities.precision:.2f}")
            for m in s.missed_entities:
                print(f"    missed: {m}")
            for f in s.false_entities:
                print(f"    wrong:  {f}")


def print_totals(title: str, cases: Iterable[Case]) -> None:
    print(f"\n{title}\n{'group':6} {'P':>6} {'R':>6} {'F1':>6}   recall   precision")
    for group, counts in totals(cases).items():
        print(f"{group:6} {counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}   "
              f"{counts.recall_hits:>3}/{counts.recall_total:<4} {counts.precision_hits:>3}/"
              f"{counts.precision_total}")


def report(cases: Sequence[Case]) -> int:
    """What ``python -m tests.unit.test_heldoutN_entities`` prints: gaps, then P/R/F1."""
    print_gaps(cases)
    print_totals(f"the {len(cases)} articles", cases)
    return 0
