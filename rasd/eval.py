"""Scoring the analyzer against gold annotations (``rasd eval``), as shared/gold/README.md defines.

- Entities, per article as sets: recall over core gold entities; precision over the system's
  linked entities, each counting when it matches any gold entity (core or not). Names match
  case-folded, without punctuation, a leading "the" or "al-"/"al " spacing differences, against
  the gold ``name`` and its ``also`` list. Unlinked results are scored on their own.
- Events: alertable = occurred or planned. A system event matches a gold event when the type is
  equal, both are alertable or both are not, and an actor or target matches. Recall over core
  alertable gold events; precision over the system's alertable events.

Figures are micro-averaged (counts summed over articles) per language and overall.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from rasd.errors import InputError
from rasd.model import Analysis

__all__ = [
    "ArticleScore",
    "Counts",
    "EvalReport",
    "canonical_name",
    "evaluate",
    "format_report",
    "load_gold",
    "score_article",
]

ALERTABLE = frozenset({"occurred", "planned"})


def canonical_name(name: str) -> str:
    """The comparison form of an English entity name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"\bal[\s\-\u2010\u2011]+(?=\w)", "al", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


@dataclass(slots=True)
class Counts:
    """Hits and totals for one precision/recall pair."""

    recall_hits: int = 0
    recall_total: int = 0
    precision_hits: int = 0
    precision_total: int = 0

    def add(self, other: Counts) -> None:
        self.recall_hits += other.recall_hits
        self.recall_total += other.recall_total
        self.precision_hits += other.precision_hits
        self.precision_total += other.precision_total

    @property
    def precision(self) -> float:
        return self.precision_hits / self.precision_total if self.precision_total else 1.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.recall_total if self.recall_total else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "recall_hits": self.recall_hits,
            "recall_total": self.recall_total,
            "precision_hits": self.precision_hits,
            "precision_total": self.precision_total,
        }


@dataclass(slots=True)
class ArticleScore:
    id: str
    lang: str
    entities: Counts
    unlinked: Counts
    events: Counts
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_events: list[str] = field(default_factory=list)
    false_events: list[str] = field(default_factory=list)

    def errors(self) -> dict[str, list[str]]:
        return {
            "missed_entities": self.missed_entities,
            "false_entities": self.false_entities,
            "missed_events": self.missed_events,
            "false_events": self.false_events,
        }


@dataclass(slots=True)
class EvalReport:
    articles: list[ArticleScore]

    def groups(self) -> dict[str, dict[str, Counts]]:
        out: dict[str, dict[str, Counts]] = {}
        for score in self.articles:
            for group in (score.lang, "all"):
                g = out.setdefault(group, {"entities": Counts(), "unlinked": Counts(), "events": Counts()})
                g["entities"].add(score.entities)
                g["unlinked"].add(score.unlinked)
                g["events"].add(score.events)
        return dict(sorted(out.items(), key=lambda kv: (kv[0] == "all", kv[0])))

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": len(self.articles),
            "groups": {
                name: {kind: c.to_dict() for kind, c in counts.items()}
                for name, counts in self.groups().items()
            },
        }
        if errors:
            out["errors"] = {s.id: s.errors() for s in self.articles}
        return out


def _names_of(gold_entity: dict[str, Any]) -> set[str]:
    names = {canonical_name(gold_entity["name"])}
    names.update(canonical_name(a) for a in gold_entity.get("also", ()))
    return names


def score_article(gold: dict[str, Any], analysis: Analysis) -> ArticleScore:
    gold_entities = gold.get("entities", [])
    gold_names = [_names_of(g) for g in gold_entities]
    every_gold_name = set().union(*gold_names) if gold_names else set()
    linked = [e for e in analysis.entities if e.linked]
    unlinked = [e for e in analysis.entities if not e.linked]
    system_names = {canonical_name(e.name) for e in linked}

    entities = Counts()
    score = ArticleScore(
        id=str(gold.get("id")), lang=str(gold.get("lang") or analysis.lang),
        entities=entities, unlinked=Counts(), events=Counts(),
    )
    for g, names in zip(gold_entities, gold_names, strict=True):
        if g.get("core", True):
            entities.recall_total += 1
            if names & system_names:
                entities.recall_hits += 1
            else:
                score.missed_entities.append(g["name"])
    for e in linked:
        entities.precision_total += 1
        if canonical_name(e.name) in every_gold_name:
            entities.precision_hits += 1
        else:
            score.false_entities.append(f"{e.name} ({e.id}): {e.mentions[0].text if e.mentions else ''}")
    unlinked_names = {canonical_name(e.name) for e in unlinked}
    for e in unlinked:
        score.unlinked.precision_total += 1
        if canonical_name(e.name) in every_gold_name:
            score.unlinked.precision_hits += 1
    # Unlinked recall: gold entities the system found only as unlinked names.
    score.unlinked.recall_total = sum(1 for g in gold_entities if g.get("core", True))
    score.unlinked.recall_hits = sum(
        1 for g, names in zip(gold_entities, gold_names, strict=True)
        if g.get("core", True) and names & unlinked_names
    )
    _score_events(gold, analysis, gold_entities, score)
    return score


def _score_events(
    gold: dict[str, Any], analysis: Analysis, gold_entities: list[dict[str, Any]], score: ArticleScore
) -> None:
    # A gold participant may be written with any of its entity's names.
    aliases: dict[str, set[str]] = {}
    for g in gold_entities:
        names = _names_of(g)
        for n in names:
            aliases.setdefault(n, set()).update(names)

    def participant_names(names: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for n in names:
            c = canonical_name(n)
            out |= aliases.get(c, {c})
        return out

    gold_events = [
        (g, participant_names([*g.get("actors", []), *g.get("targets", [])]))
        for g in gold.get("events", [])
    ]

    def matches(event: Any, g: dict[str, Any], names: set[str]) -> bool:
        if event.type != g.get("type"):
            return False
        if (event.status in ALERTABLE) != (g.get("status") in ALERTABLE):
            return False
        mine = {canonical_name(r.name) for r in [*event.actors, *event.targets]}
        return bool(mine & names)

    counts = score.events
    for g, names in gold_events:
        if g.get("core", True) and g.get("status") in ALERTABLE:
            counts.recall_total += 1
            if any(matches(e, g, names) for e in analysis.events):
                counts.recall_hits += 1
            else:
                score.missed_events.append(f"{g.get('type')} {g.get('status')} {g.get('actors')} -> {g.get('targets')}")
    for event in analysis.events:
        if event.status not in ALERTABLE:
            continue
        counts.precision_total += 1
        if any(matches(event, g, names) for g, names in gold_events if g.get("status") in ALERTABLE):
            counts.precision_hits += 1
        else:
            who = [r.name for r in event.actors], [r.name for r in event.targets]
            score.false_events.append(f"{event.type} {event.status} {who[0]} -> {who[1]}: {event.evidence.text[:80]}")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold articles from a JSON-lines file; a bad line is an InputError naming the line."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: gold file not found") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read the gold file ({exc.strerror})") from None
    articles: list[dict[str, Any]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{p}, line {number}: not valid JSON ({exc})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{p}, line {number}: a gold article is an object with a \"text\" string")
        articles.append(record)
    return articles


def _published(record: dict[str, Any]) -> date | None:
    value = record.get("published")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def evaluate(
    articles: Iterable[dict[str, Any]], analyzer: Callable[..., Analysis] | None = None, **kwargs: Any
) -> tuple[EvalReport, list[Analysis]]:
    """Run ``analyzer`` (default :func:`rasd.analyze.analyze`) on each gold article and score it."""
    if analyzer is None:
        from rasd.analyze import analyze

        analyzer = analyze
    scores: list[ArticleScore] = []
    analyses: list[Analysis] = []
    for record in articles:
        analysis = analyzer(
            record["text"], lang=record.get("lang"), published=_published(record),
            article_id=str(record.get("id")), title=record.get("title"), **kwargs,
        )
        analyses.append(analysis)
        scores.append(score_article(record, analysis))
    return EvalReport(scores), analyses


def format_report(report: EvalReport, *, show_errors: bool = False) -> str:
    """The report as a plain-text table (and, optionally, each article's errors)."""
    lines = [f"{'group':<6} {'kind':<9} {'P':>6} {'R':>6} {'F1':>6}   {'recall':>9} {'precision':>9}"]
    for name, counts in report.groups().items():
        for kind, c in counts.items():
            lines.append(
                f"{name:<6} {kind:<9} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
                f"{c.recall_hits:>4}/{c.recall_total:<4} {c.precision_hits:>4}/{c.precision_total:<4}"
            )
    if show_errors:
        for score in report.articles:
            errs = score.errors()
            if not any(errs.values()):
                continue
            lines.append("")
            lines.append(f"== {score.id} ({score.lang})")
            for kind, items in errs.items():
                for item in items:
                    lines.append(f"  {kind}: {item}")
    return "\n".join(lines)
