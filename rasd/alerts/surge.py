"""Surge detection: an entity suddenly mentioned far more than usual.

Articles mentioning an entity are counted in tumbling windows (one hour by default), placed
by the mention's own time. The baseline of an entity is the mean count of its closed windows
since it was first counted, at most the last ``history`` of them (windows without a mention
count as zero). A window surges when its count reaches ``min_count`` AND exceeds ``ratio`` ×
max(baseline, ``baseline_floor``); it raises one surge per entity per window, at the moment
the threshold is crossed, so the alert is timely rather than at the window's end.

An entity needs ``warmup`` closed windows since it was first counted before it can surge:
without them a newly seen entity has no "usual" to compare with. A mention for a window
older than the entity's newest one is late: it is counted in its window (later baselines
see it) but never raises a surge, since that window has closed.

``SurgeRule.judge`` is the decision, pure: given a window's count, the counts of the windows
before it and the entity's ``SurgeMarks``, surge or not. The counts live wherever the caller
keeps them (the surge agent: a windowed Faust table); the marks are a small JSON-able value
per entity. ``SurgeDetector`` runs the rule over in-memory counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from rasd.alerts._text import tokens
from rasd.alerts.alert import Alert, alert_id, severity_level
from rasd.alerts.rules import MatchResult
from rasd.alerts.subscription import Subscription
from rasd.alerts.summary import Party, surge_summary

__all__ = [
    "Surge",
    "SurgeConfig",
    "SurgeDetector",
    "SurgeMarks",
    "SurgeRule",
    "match_surge",
    "surge_alert",
]


@dataclass(frozen=True, slots=True)
class SurgeConfig:
    window_seconds: int = 3600
    history: int = 24  # closed windows in the baseline
    warmup: int = 3  # closed windows needed before an entity may surge
    ratio: float = 3.0
    min_count: int = 10
    baseline_floor: float = 1.0  # a baseline of 0 would make any count "infinitely" unusual

    def __post_init__(self) -> None:
        if self.window_seconds <= 0 or self.history <= 0 or self.min_count <= 0 or self.ratio <= 1:
            raise ValueError(
                "surge config: window_seconds, history and min_count must be positive and ratio above 1"
            )
        if not 0 <= self.warmup <= self.history:
            raise ValueError("surge config: warmup must be between 0 and history")

    @property
    def retained_windows(self) -> int:
        """Windows a store of counts must keep: the baseline's, the current one, and one more
        so that a record arriving just after its window closed still finds its baseline."""
        return self.history + 2


@dataclass(frozen=True, slots=True)
class Surge:
    entity_id: str
    entity_name: str
    window_start: datetime
    window_end: datetime
    count: int
    baseline: float
    ratio: float
    entity_name_ar: str | None = None

    @property
    def key(self) -> str:
        """Stable per entity and window: the idempotency key of the surge."""
        return f"{self.entity_id}@{int(self.window_start.timestamp())}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity_id,
            "entity_name": self.entity_name,
            "window_start": self.window_start.isoformat().replace("+00:00", "Z"),
            "window_end": self.window_end.isoformat().replace("+00:00", "Z"),
            "count": self.count,
            "baseline": round(self.baseline, 3),
            "ratio": round(self.ratio, 2),
        }


@dataclass(frozen=True, slots=True)
class SurgeMarks:
    """What the rule remembers of one entity besides its window counts (window numbers)."""

    first: int  # the first window it was counted in: its warm-up starts there
    last: int  # its newest window: a record for an older one is late
    fired: int | None = None  # the window of its last surge: one surge per window

    def to_dict(self) -> dict[str, int | None]:
        return {"first": self.first, "last": self.last, "fired": self.fired}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SurgeMarks:
        fired = data.get("fired")
        return cls(int(data["first"]), int(data["last"]), None if fired is None else int(fired))


class SurgeRule:
    """The surge decision for one entity and window; windows are numbered from the epoch
    (window ``n`` starts at ``n * window_seconds``)."""

    def __init__(self, config: SurgeConfig | None = None) -> None:
        self.config = config or SurgeConfig()

    def window_of(self, at: datetime) -> int:
        if at.tzinfo is None:
            raise ValueError("surge: event times must be timezone-aware")
        return int(at.timestamp()) // self.config.window_seconds

    def window_start(self, window: int) -> int:
        """The window's start in epoch seconds."""
        return window * self.config.window_seconds

    def previous_windows(self, window: int) -> range:
        """The windows whose counts ``judge`` needs, oldest first."""
        return range(window - self.config.history, window)

    def judge(
        self,
        entity_id: str,
        marks: SurgeMarks | None,
        *,
        window: int,
        count: int,
        previous: Sequence[int],
        name: str | None = None,
        name_ar: str | None = None,
    ) -> tuple[SurgeMarks, Surge | None]:
        """``count``: the entity's count in ``window``, the record being judged included;
        ``previous``: its counts in ``previous_windows(window)``. Returns the entity's new
        marks and the surge, if this count is the one that crossed the threshold."""
        cfg = self.config
        if len(previous) != cfg.history:
            raise ValueError(
                f"surge: {cfg.history} previous window counts needed, got {len(previous)}"
            )
        if marks is None:
            marks = SurgeMarks(first=window, last=window)
        late = window < marks.last
        marks = replace(marks, first=min(marks.first, window), last=max(marks.last, window))
        if late or marks.fired == window or count < cfg.min_count:
            return marks, None
        seen = min(cfg.history, window - marks.first)  # closed windows since first counted
        if seen < cfg.warmup:
            return marks, None
        baseline = sum(previous[cfg.history - seen:]) / seen if seen else 0.0
        usual = max(baseline, cfg.baseline_floor)
        if count <= cfg.ratio * usual:
            return marks, None
        start = self.window_start(window)
        surge = Surge(
            entity_id,
            name or entity_id,
            datetime.fromtimestamp(start, UTC),
            datetime.fromtimestamp(start + cfg.window_seconds, UTC),
            count,
            baseline,
            count / usual,
            name_ar,
        )
        return replace(marks, fired=window), surge


class SurgeDetector:
    """The rule over counts held in memory, for tests and offline runs (nothing expires).
    The surge agent does the same over Faust tables."""

    def __init__(self, config: SurgeConfig | None = None) -> None:
        self.rule = SurgeRule(config)
        self.config = self.rule.config
        self.counts: dict[tuple[str, int], int] = {}
        self.marks: dict[str, SurgeMarks] = {}
        self.names: dict[str, tuple[str | None, str | None]] = {}

    def observe(
        self,
        entity_id: str,
        at: datetime,
        *,
        count: int = 1,
        name: str | None = None,
        name_ar: str | None = None,
    ) -> Surge | None:
        """Count ``count`` articles mentioning ``entity_id`` at ``at``; return a Surge when
        this count crosses the threshold."""
        window = self.rule.window_of(at)
        known_name, known_ar = self.names.get(entity_id, (None, None))
        self.names[entity_id] = (name or known_name, name_ar or known_ar)
        total = self.counts.get((entity_id, window), 0) + count
        previous = [self.counts.get((entity_id, w), 0) for w in self.rule.previous_windows(window)]
        marks, surge = self.rule.judge(
            entity_id, self.marks.get(entity_id), window=window, count=total, previous=previous,
            name=name or known_name, name_ar=name_ar or known_ar,
        )
        self.counts[(entity_id, window)] = total
        self.marks[entity_id] = marks
        return surge

    def observe_record(self, entities: list[Mapping[str, Any]], at: datetime) -> list[Surge]:
        """Count the linked entities of one article (``EntityResult.to_dict()`` items)."""
        out = []
        for ent in entities:
            if ent.get("id") and ent.get("linked", True):
                # An article counts once: one article repeating a name is not a surge.
                surge = self.observe(ent["id"], at, name=ent.get("name"), name_ar=ent.get("name_ar"))
                if surge is not None:
                    out.append(surge)
        return out


def match_surge(subscription: Subscription, surge: Surge) -> MatchResult | None:
    """Surges go to subscriptions that watch the entity (``entities``) and, when they list
    event types, list ``surge``.  Other filters describe events, not mention counts."""
    f = subscription.filters
    if f.event_types and "surge" not in f.event_types:
        return None
    if not f.entities:
        return None
    wanted = {w.casefold() for w in f.entities} | {" ".join(tokens(w)) for w in f.entities}
    keys = {surge.entity_id.casefold(), " ".join(tokens(surge.entity_name))}
    if surge.entity_name_ar:
        keys.add(" ".join(tokens(surge.entity_name_ar)))
    if not wanted & keys:
        return None
    return MatchResult(
        subscription.id,
        (f"entity {surge.entity_name} ({surge.entity_id}) surged: {surge.count} articles, usually "
         f"{surge.baseline:.1f}",),
        (surge.entity_id,),
    )


def surge_alert(subscription: Subscription, surge: Surge, result: MatchResult, *, now: datetime) -> Alert:
    """A ``kind: surge`` alert; one per subscription, entity and window (stable id)."""
    window_minutes = int((surge.window_end - surge.window_start).total_seconds() // 60)
    level = severity_level(2 if surge.ratio >= 2 * 3 else 1)
    return Alert(
        id=alert_id(subscription.id, "surge:" + surge.key),
        revision=1,
        subscription_id=subscription.id,
        severity=level,
        summary=surge_summary(
            Party(surge.entity_name, surge.entity_name_ar), surge.count, surge.baseline, window_minutes
        ),
        created_at=now,
        updated_at=now,
        kind="surge",
        match=result,
        severity_factors=(f"{surge.ratio:.1f}× the usual count",),
        entity={"id": surge.entity_id, "name": surge.entity_name, **surge.to_dict()},
    )
