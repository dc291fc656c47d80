"""Surge detection: an entity suddenly mentioned far more than usual.

Mentions per entity (one per article that mentions it) are counted in tumbling windows (one hour by default).  The baseline of
an entity is the mean count of its last ``history`` closed windows (windows without a
mention count as zero).  A window surges when its count reaches ``min_count`` AND exceeds
``ratio`` × max(baseline, ``baseline_floor``); it raises one surge per entity per window, at
the moment the threshold is crossed, so the alert is timely rather than at the window's end.

An entity needs ``warmup`` closed windows of history before it can surge: without them a
newly seen entity has no "usual" to compare with.

``SurgeDetector`` holds plain JSON-able state per entity (``state_of`` / ``load``), so the
lead can back it with a Faust table keyed by entity id; ``observe`` is deterministic given
the event times it is fed.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rasd.alerts._text import tokens
from rasd.alerts.alert import Alert, alert_id, severity_level
from rasd.alerts.rules import MatchResult
from rasd.alerts.subscription import Subscription
from rasd.alerts.summary import Party, surge_summary

__all__ = ["Surge", "SurgeConfig", "SurgeDetector", "match_surge", "surge_alert"]


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


class SurgeDetector:
    """Per-entity window counts over a mutable mapping (a dict, or a Faust table)."""

    def __init__(self, config: SurgeConfig | None = None, table: MutableMapping[str, Any] | None = None):
        self.config = config or SurgeConfig()
        self.table: MutableMapping[str, Any] = table if table is not None else {}

    def _window(self, at: datetime) -> int:
        if at.tzinfo is None:
            raise ValueError("surge: event times must be timezone-aware")
        return int(at.timestamp()) // self.config.window_seconds

    def observe(
        self, entity_id: str, at: datetime, *, count: int = 1, name: str | None = None, name_ar: str | None = None
    ) -> Surge | None:
        """Count ``count`` mentions of ``entity_id`` at ``at``; return a Surge when it crosses.

        Mentions older than the entity's current window are late: they are counted in no
        window (the window is closed) and never raise a surge.
        """
        cfg = self.config
        window = self._window(at)
        state = dict(self.table.get(entity_id) or {"window": window, "count": 0, "history": [], "fired": False, "seen": 0})
        if window < state["window"]:
            return None
        if window > state["window"]:
            closed = [state["count"]] + [0] * min(cfg.history, window - state["window"] - 1)
            history = (list(state["history"]) + closed)[-cfg.history:]
            state = {
                **{k: state[k] for k in ("name", "name_ar") if k in state},
                "window": window, "count": 0, "history": history, "fired": False,
                "seen": min(cfg.history, state["seen"] + window - state["window"]),
            }
        state["count"] += count
        if name:
            state["name"] = name
        if name_ar:
            state["name_ar"] = name_ar
        surge = None
        if not state["fired"] and state["seen"] >= cfg.warmup and state["count"] >= cfg.min_count:
            history = state["history"]
            baseline = sum(history) / len(history) if history else 0.0
            threshold = cfg.ratio * max(baseline, cfg.baseline_floor)
            if state["count"] > threshold:
                state["fired"] = True
                start = datetime.fromtimestamp(window * cfg.window_seconds, UTC)
                end = datetime.fromtimestamp((window + 1) * cfg.window_seconds, UTC)
                surge = Surge(
                    entity_id, state.get("name") or entity_id, start, end, state["count"], baseline,
                    state["count"] / max(baseline, cfg.baseline_floor), state.get("name_ar"),
                )
        self.table[entity_id] = state
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
