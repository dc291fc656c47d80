"""Digests: a subscription's alerts of one window, delivered together.

A webhook subscription in ``hourly_digest`` mode gets one message per window instead of one
per alert. Windows are ``window_seconds`` long (one hour by default) and aligned on the UTC
clock (09:00-10:00, 10:00-11:00, ...). A digest holds every alert of its window, each alert
id once at its latest revision, most severe first and then oldest first; an empty window
sends nothing.

Which window an alert belongs to: the window of its ``updated_at`` (the time of that
revision), so a replay of the same alert lands in the same window. An alert whose window
was already sent (it arrived late) goes into the first window not yet sent: it is never
lost, and never added to a digest the subscriber already has.

``PendingDigests`` is the small JSON-able state of one subscription: which alert id waits
in which window at which revision, up to where digests were sent, and which revisions the
recent digests carried (so that an alert read again after a restart is not sent twice).
The alert records themselves are kept elsewhere, one entry per alert id, so the state does
not grow with the size of the alerts.

No Kafka and no HTTP here: ``agents/digest.py`` keeps the state in Faust tables and posts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rasd.alerts.alert import SEVERITIES

__all__ = [
    "Digest",
    "DigestConfig",
    "Fold",
    "PendingDigests",
    "alert_time",
    "build_digest",
    "digest_id",
    "flush_item",
    "held_alert",
    "order_alerts",
]

SCHEMA_VERSION = 1
_RANK = {level: rank for rank, level in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class DigestConfig:
    window_seconds: int = 3600
    # Alerts of a window still on their way (deliver agent -> digests topic) when it ends:
    # a window is sent this long after its end. A tenth of the window, at most a minute.
    grace_seconds: float | None = None
    # Windows whose sent revisions are remembered, to recognise an alert read again: one
    # read again after a restart or a rebalance comes from the last seconds before it (the
    # last commit), and the state is rewritten with each alert, so keep it short.
    remember_windows: int = 2

    def __post_init__(self) -> None:
        if self.window_seconds < 1:
            raise ValueError("digest config: window_seconds must be 1 or more")
        if self.grace_seconds is not None and self.grace_seconds < 0:
            raise ValueError("digest config: grace_seconds must be 0 or more")
        if self.remember_windows < 1:
            raise ValueError("digest config: remember_windows must be 1 or more")

    @property
    def grace(self) -> float:
        if self.grace_seconds is not None:
            return self.grace_seconds
        return min(60.0, self.window_seconds / 10)

    def window_of(self, moment: float) -> int:
        """Start (Unix seconds) of the window holding ``moment``."""
        return int(moment) // self.window_seconds * self.window_seconds


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")


def alert_time(alert: Mapping[str, Any]) -> float:
    """When this revision of the alert was made (Unix seconds): ``updated_at``, else ``created_at``."""
    text = str(alert.get("updated_at") or alert["created_at"])
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def digest_id(subscription_id: str, window_start: int) -> str:
    """The same for every attempt, worker and replay: the Idempotency-Key of the digest."""
    digest = hashlib.sha256(f"{subscription_id}\x00{window_start}".encode()).hexdigest()
    return f"dg_{digest[:24]}"


def held_alert(subscription_id: str, alert: Mapping[str, Any]) -> dict[str, Any]:
    """The digests-topic item (``schemas/digest_item``) holding one alert for a digest."""
    return {"schema_version": SCHEMA_VERSION, "kind": "alert", "subscription_id": subscription_id,
            "alert": dict(alert)}


def flush_item(subscription_id: str, now: float) -> dict[str, Any]:
    """The digests-topic item asking the owner of a subscription to send its due windows."""
    return {"schema_version": SCHEMA_VERSION, "kind": "flush", "subscription_id": subscription_id,
            "at": _iso(now)}


def order_alerts(alerts: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Most severe first; within a severity, oldest revision first; then by id (stable)."""
    return sorted(
        (dict(a) for a in alerts),
        key=lambda a: (-_RANK.get(str(a.get("severity")), -1), alert_time(a), str(a["id"])),
    )


@dataclass(frozen=True, slots=True)
class Digest:
    """One digest message (``schemas/digest``): the webhook body of a digest delivery."""

    subscription_id: str
    window_start: int
    window_end: int
    alerts: tuple[dict[str, Any], ...]

    @property
    def id(self) -> str:
        return digest_id(self.subscription_id, self.window_start)

    @property
    def idempotency_key(self) -> str:
        return self.id

    @property
    def count(self) -> int:
        return len(self.alerts)

    def to_dict(self) -> dict[str, Any]:
        # No sending time in the body: a repeated delivery carries the same bytes (the
        # signature's timestamp says when it was sent).
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": "digest",
            "id": self.id,
            "subscription_id": self.subscription_id,
            "window": {"from": _iso(self.window_start), "to": _iso(self.window_end)},
            "count": self.count,
            "alerts": [dict(a) for a in self.alerts],
        }


def build_digest(
    subscription_id: str, window_start: int, config: DigestConfig, alerts: Iterable[Mapping[str, Any]]
) -> Digest:
    """The digest of one window: the latest revision of each alert id, in digest order."""
    latest: dict[str, Mapping[str, Any]] = {}
    for alert in alerts:
        kept = latest.get(str(alert["id"]))
        if kept is None or int(alert["revision"]) > int(kept["revision"]):
            latest[str(alert["id"])] = alert
    return Digest(
        subscription_id=subscription_id,
        window_start=window_start,
        window_end=window_start + config.window_seconds,
        alerts=tuple(order_alerts(latest.values())),
    )


@dataclass(frozen=True, slots=True)
class Fold:
    """What folding one alert did: ``hold`` (keep its record) or ``ignore`` (drop it)."""

    action: str  # hold | ignore
    reason: str
    state: PendingDigests
    window: int | None = None  # the window the alert now waits in (hold)


@dataclass(frozen=True, slots=True)
class PendingDigests:
    """The pending digests of one subscription (JSON-able via ``to_dict``/``from_dict``)."""

    subscription_id: str
    # window start -> {alert id: revision}; an alert id waits in one window at most
    windows: Mapping[int, Mapping[str, int]] = field(default_factory=dict)
    # end of the last window sent (Unix seconds); an alert is never added before it
    sent_until: int | None = None
    # alert id -> (revision, window start) as carried by a recently sent digest
    sent: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def held(self) -> int:
        return sum(len(ids) for ids in self.windows.values())

    def where(self, alert_id: str) -> tuple[int, int] | None:
        """(window start, revision) of a pending alert id, or None."""
        for start, ids in self.windows.items():
            if alert_id in ids:
                return start, ids[alert_id]
        return None

    def fold(self, alert: Mapping[str, Any], config: DigestConfig) -> Fold:
        """Add one alert revision to the pending digests (pure: returns the new state)."""
        aid, revision = str(alert["id"]), int(alert["revision"])
        sent = self.sent.get(aid)
        if sent is not None and sent[0] >= revision:
            return Fold("ignore", f"revision {sent[0]} was sent in the digest of {_iso(sent[1])}", self)
        pending = self.where(aid)
        if pending is not None and pending[1] >= revision:
            return Fold("ignore", f"revision {pending[1]} is already held", self)
        window = config.window_of(alert_time(alert))
        reason = "held"
        if self.sent_until is not None and window < self.sent_until:
            window = config.window_of(self.sent_until)
            reason = "held in the first window not yet sent (its own was sent)"
        if pending is not None and pending[0] > window:
            window = pending[0]  # a newer revision never goes back to an earlier window
        windows = {start: dict(ids) for start, ids in self.windows.items()}
        if pending is not None:
            del windows[pending[0]][aid]
            if not windows[pending[0]]:
                del windows[pending[0]]
        windows.setdefault(window, {})[aid] = revision
        state = PendingDigests(self.subscription_id, windows, self.sent_until, self.sent)
        return Fold("hold", reason, state, window)

    def due(self, now: float, config: DigestConfig) -> list[int]:
        """Starts of the windows to send at ``now`` (ended, grace included), oldest first."""
        return sorted(
            start for start in self.windows if start + config.window_seconds + config.grace <= now
        )

    def take(self, window: int, config: DigestConfig) -> tuple[dict[str, int], PendingDigests]:
        """The alert ids (with revisions) of ``window``, and the state once it was sent."""
        ids = dict(self.windows.get(window, {}))
        windows = {start: other for start, other in self.windows.items() if start != window}
        end = window + config.window_seconds
        sent_until = end if self.sent_until is None else max(self.sent_until, end)
        forget_before = sent_until - config.remember_windows * config.window_seconds
        sent = {aid: pair for aid, pair in self.sent.items() if pair[1] >= forget_before}
        sent.update({aid: (revision, window) for aid, revision in ids.items()})
        return ids, PendingDigests(self.subscription_id, windows, sent_until, sent)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subscription_id": self.subscription_id,
            "windows": {str(start): dict(ids) for start, ids in sorted(self.windows.items())},
            "sent_until": self.sent_until,
            "sent": {aid: [revision, start] for aid, (revision, start) in self.sent.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PendingDigests:
        return cls(
            subscription_id=str(data["subscription_id"]),
            windows={
                int(start): {str(aid): int(rev) for aid, rev in ids.items()}
                for start, ids in (data.get("windows") or {}).items()
            },
            sent_until=None if data.get("sent_until") is None else int(data["sent_until"]),
            sent={str(aid): (int(pair[0]), int(pair[1])) for aid, pair in (data.get("sent") or {}).items()},
        )
