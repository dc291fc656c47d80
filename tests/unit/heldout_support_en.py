"""What the English held-out event modules share: the article and annotation types, the scoring of
``rasd eval`` (shared/gold/README.md), the analysis cache, the per-article checks with their strict
xfail parameters, and the printed report. Every function takes the list of articles (or one
article) as a parameter; each ``test_heldout*_events_en`` module keeps only its articles, its rule
tests and a few lines of wiring.

Scoring: a system event matches a gold event on type, alertable-or-not and one actor or target;
recall over core alertable gold events, precision over the system's alertable events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import pytest

from rasd.analyze import analyze
from rasd.eval import canonical_name
from rasd.events import ALERTABLE
from rasd.model import Analysis, Event


@dataclass(frozen=True)
class Gold:
    type: str
    status: str
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    core: bool = True


@dataclass(frozen=True)
class Article:
    id: str
    published: date
    text: str
    events: tuple[Gold, ...] = ()
    # names that no alert of the article may give as a participant (a venue, a spokesman's office)
    not_participants: tuple[str, ...] = ()
    kind: str = "events"  # or "near miss"


# Other names of the knowledge base's entities that the annotations use (like ``also`` in the gold).
ALSO: dict[str, tuple[str, ...]] = {
    "United States": ("US", "USA", "Washington"),
    "United Kingdom": ("Britain", "UK"),
    "European Union": ("EU",),
}


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts)


# --- scoring (rasd eval's rules) -------------------------------------------------------------


def _names(names: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for n in names:
        out.add(canonical_name(n))
        out.update(canonical_name(a) for a in ALSO.get(n, ()))
    return out


def matches(event: Event, gold: Gold) -> bool:
    if event.type != gold.type or (event.status in ALERTABLE) != (gold.status in ALERTABLE):
        return False
    mine = {canonical_name(r.name) for r in [*event.actors, *event.targets]}
    return not mine.isdisjoint(_names(gold.actors + gold.targets))


def matches_participants(event: Event, gold: Gold) -> bool:
    mine = {canonical_name(r.name) for r in [*event.actors, *event.targets]}
    return event.type == gold.type and not mine.isdisjoint(_names(gold.actors + gold.targets))


@cache
def analysis_of(article: Article) -> Analysis:
    return analyze(article.text, lang="en", published=article.published, article_id=article.id)


@dataclass
class Score:
    missed: list[Gold] = field(default_factory=list)
    found: int = 0
    expected: int = 0
    alerts: int = 0
    right_alerts: int = 0
    false_alarms: list[str] = field(default_factory=list)  # alert for a historical/negated/stalled event
    unexpected: list[str] = field(default_factory=list)  # alert the gold does not have at all
    venues: list[str] = field(default_factory=list)  # a ``not_participants`` name in an alert


def score(article: Article, events: list[Event]) -> Score:
    sc = Score()
    for g in article.events:
        if g.core and g.status in ALERTABLE:
            sc.expected += 1
            if any(matches(e, g) for e in events):
                sc.found += 1
            else:
                sc.missed.append(g)
    not_allowed = {canonical_name(n) for n in article.not_participants}
    for e in events:
        if e.status not in ALERTABLE:
            continue
        sc.alerts += 1
        who = f"{e.type} {e.status} {[r.name for r in e.actors]} -> {[r.name for r in e.targets]}"
        if any(matches(e, g) for g in article.events if g.status in ALERTABLE):
            sc.right_alerts += 1
        elif any(matches_participants(e, g) for g in article.events):
            sc.false_alarms.append(f"{who}: {e.evidence.text[:90]!r}")
        else:
            sc.unexpected.append(f"{who}: {e.evidence.text[:90]!r}")
        named = {canonical_name(r.name) for r in [*e.actors, *e.targets]}
        if named & not_allowed:
            sc.venues.append(who)
    return sc


def prf(found: int, expected: int, right: int, alerts: int) -> tuple[float, float, float]:
    p = right / alerts if alerts else 1.0
    r = found / expected if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def totals(articles: Sequence[Article]) -> tuple[float, float, float, Score]:
    total = Score()
    for a in articles:
        sc = score(a, analysis_of(a).events)
        total.found += sc.found
        total.expected += sc.expected
        total.alerts += sc.alerts
        total.right_alerts += sc.right_alerts
        total.false_alarms += sc.false_alarms
        total.unexpected += sc.unexpected
        total.missed += sc.missed
    return (*prf(total.found, total.expected, total.right_alerts, total.alerts), total)


# --- the per-article checks ------------------------------------------------------------------


def marked(articles: Sequence[Article], check: dict[str, str]) -> list[object]:
    """One test parameter per article; those named in ``check`` are strict xfails with its reason."""
    return [
        pytest.param(a, id=a.id, marks=pytest.mark.xfail(reason=check[a.id], strict=True))
        if a.id in check else pytest.param(a, id=a.id)
        for a in articles
    ]


def check_no_false_alarm(article: Article, near_misses_quiet: bool = True) -> None:
    """No alert for what the article tells as background, denial or stalled talks, no venue as a
    party and (with ``near_misses_quiet``) no alert at all in a near miss."""
    sc = score(article, analysis_of(article).events)
    assert not sc.false_alarms, sc.false_alarms
    assert not sc.venues, sc.venues
    if near_misses_quiet and article.kind == "near miss":
        assert not sc.unexpected, sc.unexpected


def check_core_events_found(article: Article) -> None:
    sc = score(article, analysis_of(article).events)
    assert not sc.missed, sc.missed


# --- helpers for the rule tests --------------------------------------------------------------


_STATUSES = {"occurred", "planned", "historical", "negated", "stalled"}


def check_set_shape(
    articles: Sequence[Article],
    size: tuple[int, int],
    near_misses: tuple[int, int],
    words: tuple[int, int] = (300, 700),
    core_articles: int | None = None,
    core_types: int | None = None,
) -> None:
    """A set's shape: its size, distinct ids, article lengths in words, its near misses (which
    carry no event), every status annotated somewhere; with ``core_articles`` / ``core_types``,
    how many articles carry core alertable events and of how many types."""
    assert size[0] <= len(articles) <= size[1]
    assert len({a.id for a in articles}) == len(articles)
    lo, hi = words
    assert all(lo <= len(a.text.split()) <= hi for a in articles), [
        (a.id, len(a.text.split())) for a in articles if not lo <= len(a.text.split()) <= hi
    ]
    assert near_misses[0] <= sum(a.kind == "near miss" for a in articles) <= near_misses[1]
    assert {g.status for a in articles for g in a.events} == _STATUSES
    core = [[g for g in a.events if g.core and g.status in ALERTABLE] for a in articles]
    if core_articles is not None:
        assert sum(bool(c) for c in core) == core_articles
        assert all(not a.events for a in articles if a.kind == "near miss")
    if core_types is not None:
        assert len({g.type for c in core for g in c}) == core_types
        assert {g.status for c in core for g in c} == {"occurred", "planned"}


Row = tuple[str, str, list[str], list[str]]


def event_rows(text: str, published: date = date(2025, 9, 1)) -> list[Row]:
    return [
        (e.type, e.status, [r.name for r in e.actors], [r.name for r in e.targets])
        for e in analyze(text, lang="en", published=published).events
    ]


def alert_rows(text: str, published: date = date(2025, 9, 1)) -> list[Row]:
    return [e for e in event_rows(text, published) if e[1] in ALERTABLE]


def alert_kinds(text: str, published: date) -> set[str]:
    """The types of the alerts a rule sentence raises."""
    return {r[0] for r in alert_rows(text, published)}


def alert_parties(text: str, kind: str, published: date) -> list[str]:
    """Every actor and target of the alerts of type ``kind`` a rule sentence raises."""
    return [n for r in alert_rows(text, published) if r[0] == kind for n in [*r[2], *r[3]]]


def strict_xfail(reason: str) -> pytest.MarkDecorator:
    """A rule case the analyzer does not read yet: it must fail, with its cause."""
    return pytest.mark.xfail(strict=True, reason=reason)


# --- the printed report ----------------------------------------------------------------------


def report(articles: Sequence[Article], label: str, venues: bool = True) -> int:
    """Every article's events, misses and false alerts, then P/R/F1 and recall by status."""
    for a in articles:
        events = analysis_of(a).events
        sc = score(a, events)
        bad = sc.missed or sc.false_alarms or sc.unexpected or sc.venues
        print(f"{'FAIL' if bad else 'ok  '} {a.id} ({len(a.text.split())} words)")
        for e in events:
            print(f"       {e.type} {e.status} actors={[r.name for r in e.actors]} "
                  f"targets={[r.name for r in e.targets]} trigger={e.trigger!r}")
        for g in sc.missed:
            print(f"    !! missed {g.type} {g.status} {list(g.actors)} -> {list(g.targets)}")
        for x in sc.false_alarms:
            print(f"    !! false alarm {x}")
        for x in sc.unexpected:
            print(f"    !! unexpected {x}")
        if venues:
            for x in sc.venues:
                print(f"    !! venue as a party {x}")
    p, r, f, total = totals(articles)
    print(f"\n{label}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
          f"recall {total.found}/{total.expected}  precision {total.right_alerts}/{total.alerts}  "
          f"false alarms {len(total.false_alarms)}  unexpected {len(total.unexpected)}")
    by_status: dict[str, list[int]] = {}
    for a in articles:
        events = analysis_of(a).events
        for g in a.events:
            if g.core and g.status in ALERTABLE:
                hit = by_status.setdefault(g.status, [0, 0])
                hit[1] += 1
                hit[0] += any(matches(e, g) for e in events)
    print("recall by status: " + ", ".join(f"{s} {h}/{n}" for s, (h, n) in sorted(by_status.items())))
    return 0
