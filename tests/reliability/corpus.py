"""Articles generated from templates with known events, and the oracle that says what a
fault-free pipeline makes of them.

The oracle runs the same pure core the agents call (tag, extract, cluster fold, alert book)
in this process, in order, with in-memory state. A faulty run must end with the same
tagged article ids and the same (alert id, revision) pairs; anything more is a duplicate,
anything missing is lost.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import schemas
from rasd.alerts import AlertBook, RecordView, Subscription
from rasd.analyze import entities_from_dicts, tag_article
from rasd.events import extract_events
from rasd.kb.loader import default_kb
from rasd.pipeline import event_candidates, fold_candidate

PUBLISHED = "2025-11-11T09:00:00Z"
PUBLISHED_DAY = date(2025, 11, 11)
SOURCES = ("wire-one", "wire-two", "wire-three", "daily-four", "gazette-five")

# Templates whose event is known: {t} / {t_ar} is the target's English / Arabic name.
LIFTED_EN = "The US Treasury lifted sanctions on {t} on Friday, the department said in a statement."
LIFTED_AR = "رفعت وزارة الخزانة الأمريكية يوم الجمعة العقوبات المفروضة على {t_ar}."
IMPOSED_EN = "The European Union imposed sanctions on {t} on Monday over human rights abuses."
NEUTRAL_EN = "Markets in {t} were calm on Tuesday as traders waited for new figures, analysts said."

# What the reliability subscription asks for: a known subset of the generated events.
SUBSCRIPTION = {"name": "Reliability: sanctions lifted", "filters": {"event_types": ["sanctions.lifted"]}}


@cache
def _targets() -> tuple[tuple[str, str], ...]:
    """KB persons with both names, in a stable order (the generator's vocabulary)."""
    kb = default_kb()
    people = sorted(
        (e.id, e.name_en, e.name_ar)
        for e in kb.entities.values()
        if e.type == "PERSON" and e.name_ar and e.name_en and len(e.name_en.split()) >= 2
    )
    return tuple((en, ar) for _, en, ar in people)


def _article(index: int, prefix: str, template: str, target: tuple[str, str], lang: str) -> dict[str, Any]:
    record = dict(schemas.example("article"))
    text = template.format(t=target[0], t_ar=target[1])
    article_id = f"a_{prefix}{index:05d}"
    source = SOURCES[index % len(SOURCES)]
    record.update(
        id=article_id, url=f"https://{source}.example.org/{article_id}", source=source,
        title=text[:60], summary="", text=text, lang=lang, published=PUBLISHED,
        content_hash=hashlib.sha1(text.encode()).hexdigest()[:16],
    )
    return record


def generate(count: int, *, prefix: str = "r", targets: int = 40) -> list[dict[str, Any]]:
    """``count`` articles: 40 % lifted (English and Arabic), 30 % imposed, 30 % no event.
    Reports of one target's lifting from several outlets fold into one cluster (one alert,
    then updates), as real wire copy does."""
    vocabulary = _targets()[:targets]
    out = []
    for i in range(count):
        target = vocabulary[(i // 10 + 3 * (i % 10)) % len(vocabulary)]
        kind = i % 10
        if kind < 2:
            out.append(_article(i, prefix, LIFTED_EN, target, "en"))
        elif kind < 4:
            out.append(_article(i, prefix, LIFTED_AR, target, "ar"))
        elif kind < 7:
            out.append(_article(i, prefix, IMPOSED_EN, target, "en"))
        else:
            out.append(_article(i, prefix, NEUTRAL_EN, target, "en"))
    return out


@dataclass
class Expected:
    """What a fault-free pipeline publishes for a list of articles and one subscription."""

    tagged_ids: set[str] = field(default_factory=set)
    event_clusters: set[str] = field(default_factory=set)
    # alert id -> the articles its story is made of once every report arrived. What a
    # subscriber is owed is each story's alert with all its sources; how many revisions it
    # took depends on batching (reports of one story in one batch make one revision).
    alerts: dict[str, frozenset[str]] = field(default_factory=dict)


def oracle(articles: list[dict[str, Any]], subscription: Subscription) -> Expected:
    kb = default_kb()
    clusters: dict[str, Any] = {}
    book = AlertBook({})
    now = datetime.now(UTC)
    expected = Expected()
    for article in articles:
        tagged = tag_article(article, kb=kb)
        expected.tagged_ids.add(article["id"])
        entities = entities_from_dicts(tagged["entities"])
        events = extract_events(article["text"], article["lang"], entities, PUBLISHED_DAY)
        for candidate in event_candidates(tagged, events):
            key = candidate["cluster_id"]
            state, record = fold_candidate(clusters.get(key), candidate)
            clusters[key] = state
            if record is None:
                continue
            expected.event_clusters.add(key)
            decision = book.apply(subscription, RecordView(record), now=now)
            if decision.action in ("new", "update") and decision.alert is not None:
                expected.alerts[decision.alert.id] = frozenset(
                    s["article_id"] for s in decision.alert.sources if s.get("article_id")
                )
    return expected


def alert_coverage(alerts: list[dict[str, Any]]) -> dict[str, set[str]]:
    """alert id -> every source article the alerts read for it named (over all revisions)."""
    covered: dict[str, set[str]] = {}
    for alert in alerts:
        if alert:
            covered.setdefault(alert["id"], set()).update(
                s["article_id"] for s in alert.get("sources") or () if s.get("article_id")
            )
    return covered


def covers(expected: dict[str, frozenset[str]]) -> Callable[[list[Any]], bool]:
    """A ``done`` condition: every expected alert arrived with all its sources."""

    def check(records: list[Any]) -> bool:
        covered = alert_coverage([r for r in records if r and r.get("kind") == "event"])
        return all(sources <= covered.get(aid, set()) for aid, sources in expected.items())

    return check


def tally_alerts(expected: dict[str, frozenset[str]], alerts: list[dict[str, Any]]) -> Tally:
    """Lost: an expected story whose alerts never named all its sources. Duplicated: the same
    alert id and revision read more than once (subscribers drop it by its idempotency key)."""
    covered = alert_coverage(alerts)
    counts = Counter((a["id"], a["revision"]) for a in alerts)
    return Tally(
        sent=len(expected),
        lost=sum(1 for aid, sources in expected.items() if not sources <= covered.get(aid, set())),
        duplicated=sum(n - 1 for n in counts.values() if n > 1),
        extra=len(set(covered) - set(expected)),
    )


@dataclass
class Tally:
    """Sent, lost and duplicated: the figures RELIABILITY.md quotes."""

    sent: int
    lost: int
    duplicated: int
    extra: int  # present in the output but not expected at all (must be 0)


def tally(expected: set[Any], seen: list[Any]) -> Tally:
    counts = Counter(seen)
    return Tally(
        sent=len(expected),
        lost=len(expected - set(counts)),
        duplicated=sum(n - 1 for n in counts.values() if n > 1),
        extra=len(set(counts) - expected),
    )
