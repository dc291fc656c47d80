"""What the Arabic held-out event modules share: the article and gold-event types, the per-article
checks (``missed``, ``wrong_alerts``), the analysis cache, the set's score as ``rasd eval`` counts
it, the xfail parameters, the rule check, the set's shape and the report printed by
``python -m tests.unit.test_heldout<N>_events_ar``.

Every function takes the module's list of articles as a parameter; each held-out module keeps
only its articles, its rule sentences and a few lines of wiring.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from rasd.analyze import analyze
from rasd.eval import ALERTABLE, Counts, canonical_name, score_article
from rasd.model import Analysis, Event


@dataclass(frozen=True)
class G:
    """A gold event."""

    type: str
    status: str
    actors: list[str]
    targets: list[str]
    core: bool = True

    def to_gold(self) -> dict[str, Any]:
        return {"type": self.type, "status": self.status, "actors": self.actors,
                "targets": self.targets, "core": self.core}


@dataclass(frozen=True)
class Article:
    id: str
    published: date
    text: str
    events: list[G]
    # names that must never be the target of an alert from this article (a co-actor, the
    # nationality of a sanctioned company)
    not_targets: list[str] = field(default_factory=list)
    known_miss: str = ""  # why a core event is still missed (strict xfail)
    known_alarm: str = ""  # why a wrong alert is still raised (strict xfail)


_ANALYSES: dict[tuple[str, str], Analysis] = {}


def analysis(article: Article) -> Analysis:
    """The analyzer's output for ``article``, computed once per test session."""
    key = (article.id, article.text)
    if key not in _ANALYSES:
        _ANALYSES[key] = analyze(article.text, lang="ar", published=article.published,
                                 article_id=article.id)
    return _ANALYSES[key]


def _names(event: Event) -> set[str]:
    return {canonical_name(r.name) for r in [*event.actors, *event.targets]}


def _gold_names(g: G) -> set[str]:
    return {canonical_name(n) for n in [*g.actors, *g.targets]}


def _matches(event: Event, g: G) -> bool:
    return (event.type == g.type and (event.status in ALERTABLE) == (g.status in ALERTABLE)
            and bool(_names(event) & _gold_names(g)))


def _describe(event: Event) -> str:
    return (f"{event.type} {event.status} actors={[r.name for r in event.actors]} "
            f"targets={[r.name for r in event.targets]} trigger={event.trigger!r}")


def missed(article: Article, events: list[Event]) -> list[str]:
    """Core alertable gold events no system event reports with their status (the score only
    asks for alertable; a reader is misled by "deployed" for "approved to deploy" as well)."""
    return [
        f"missed {g.type} {g.status} {g.actors} -> {g.targets}"
        for g in article.events
        if g.core and g.status in ALERTABLE
        and not any(_matches(e, g) and e.status == g.status for e in events)
    ]


def wrong_alerts(article: Article, events: list[Event]) -> list[str]:
    """Alerts a reader of ``article`` should not receive."""
    out: list[str] = []
    bad_targets = {canonical_name(n) for n in article.not_targets}
    for e in events:
        if e.status not in ALERTABLE:
            continue
        if not any(_matches(e, g) for g in article.events if g.status in ALERTABLE):
            quiet = [g for g in article.events if g.status not in ALERTABLE and g.type == e.type
                     and _names(e) & _gold_names(g)]
            kind = f"false alarm (gold: {quiet[0].status})" if quiet else "unexpected alert"
            out.append(f"{kind}: {_describe(e)}")
        wrong = sorted(r.name for r in e.targets if canonical_name(r.name) in bad_targets)
        if wrong:
            out.append(f"wrong target {wrong}: {_describe(e)}")
    return out


def _quiet_kept(article: Article, g: G) -> bool:
    """No alert was raised for a historical, negated or stalled gold event."""
    return not any(
        e.status in ALERTABLE and e.type == g.type and _names(e) & _gold_names(g)
        and not any(_matches(e, a) for a in article.events if a.status in ALERTABLE)
        for e in analysis(article).events)


def score(articles: Sequence[Article]) -> tuple[Counts, dict[str, Counts]]:
    """The set's event counts as ``rasd eval`` scores them, overall and per gold status (for a
    quiet status: how many of its events raised no alert)."""
    total = Counts()
    by_status: dict[str, Counts] = {}
    for article in articles:
        gold = {"id": article.id, "lang": "ar", "entities": [],
                "events": [g.to_gold() for g in article.events]}
        total.add(score_article(gold, analysis(article)).events)
        for g in article.events:
            c = by_status.setdefault(g.status, Counts())
            if g.status not in ALERTABLE:
                c.precision_total += 1
                c.precision_hits += _quiet_kept(article, g)
            elif g.core:
                c.recall_total += 1
                c.recall_hits += any(_matches(e, g) for e in analysis(article).events)
    return total, by_status


def params(articles: Sequence[Article], reason_of: str) -> list[object]:
    """The articles as pytest parameters; one with a ``reason_of`` reason is a strict xfail."""
    out: list[object] = []
    for a in articles:
        reason = getattr(a, reason_of)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(a, id=a.id, marks=marks))
    return out


def check_core_events_found(article: Article) -> None:
    events = analysis(article).events
    assert not missed(article, events), [_describe(e) for e in events]


def check_no_wrong_alert(article: Article) -> None:
    events = analysis(article).events
    assert not wrong_alerts(article, events), [_describe(e) for e in events]


def check_rule(text: str, published: date, alerts: list[tuple[str, str, str]],
               not_targets: list[str]) -> None:
    """A rule sentence raises exactly ``alerts`` as (type, status, participant; "target:X": X
    must be a target), and none of them targets a name of ``not_targets``."""
    events = analyze(text, lang="ar", published=published).events
    shown = [_describe(e) for e in events]
    for type_, status, who in alerts:
        role, _, name = who.rpartition(":")
        assert any(e.type == type_ and e.status == status and canonical_name(name) in (
            {canonical_name(r.name) for r in e.targets} if role else _names(e)) for e in events), shown
    raised = [e for e in events if e.status in ALERTABLE]
    assert len(raised) == len(alerts), shown
    bad = {canonical_name(n) for n in not_targets}
    assert not any(canonical_name(r.name) in bad for e in raised for r in e.targets), shown


def check_set_shape(articles: Sequence[Article], *, size: tuple[int, int] = (14, 18),
                    words: tuple[int, int] = (300, 700), with_alerts: tuple[int, int] = (7, 11),
                    alertable_types: int | None = 10,
                    without_statuses: frozenset[str] = frozenset()) -> None:
    """The set's size, article lengths, share of articles with alerts, and that it has every
    status but ``without_statuses`` (a set written without one, which its docstring says), and,
    unless ``alertable_types`` is None, that many alertable event types."""
    assert size[0] <= len(articles) <= size[1]
    assert len({a.id for a in articles}) == len(articles)
    for a in articles:
        assert words[0] <= len(a.text.split()) <= words[1], (a.id, len(a.text.split()))
    alerting = [a for a in articles if any(g.core and g.status in ALERTABLE for g in a.events)]
    assert with_alerts[0] <= len(alerting) <= with_alerts[1]
    statuses = {g.status for a in articles for g in a.events}
    assert statuses == {"occurred", "planned", "historical", "negated", "stalled"} - without_statuses
    if alertable_types is not None:
        types = {g.type for a in articles for g in a.events if g.status in ALERTABLE}
        assert len(types) == alertable_types, types


def report(articles: Sequence[Article], *, words: bool = False) -> int:
    """Print every article's events and problems, then the set's P/R/F1 and counts by status
    (``words``: show each article's length)."""
    for article in articles:
        events = analysis(article).events
        found = missed(article, events) + wrong_alerts(article, events)
        known = " ".join(f"(known: {r})" for r in (article.known_miss, article.known_alarm) if r)
        length = f"({len(article.text.split())} words) " if words else ""
        print(f"{'FAIL' if found else 'ok  '} {article.id} {length}{known}")
        for e in events:
            print(f"       {_describe(e)}")
        for p in found:
            print(f"    !! {p}")
    total, by_status = score(articles)
    print(f"\nevents  P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}   "
          f"recall {total.recall_hits}/{total.recall_total}  "
          f"precision {total.precision_hits}/{total.precision_total}")
    for status, c in sorted(by_status.items()):
        if status in ALERTABLE:
            print(f"  {status:<10} core found {c.recall_hits}/{c.recall_total}")
        else:
            print(f"  {status:<10} kept quiet {c.precision_hits}/{c.precision_total}")
    return 0
