"""Alerts: one per (subscription, story), then updates of it.

Identity.  ``alert_id(subscription_id, cluster_id)`` is a hash of the two, so every worker
and every replay computes the same id.  ``revision`` starts at 1 and rises by one with each
update; ``cluster_revision`` is the event cluster's own revision that the alert reflects.
A cluster's new source or new status is an UPDATE of the same alert, never a new alert.

The decision (``decide``) is a pure function of the previous state of the alert (an
``AlertState``, small enough for a Faust table) and the new event record:

- no previous state and the subscription matches → ``new`` alert, revision 1;
- previous state, a newer cluster revision that adds sources or changes status → ``update``
  (revision + 1); a status change is reported even when the new status is one the
  subscription does not alert on (the deal it was told about has stalled);
- anything else (no match, a replayed or older cluster revision, nothing new) → ``none``.

Severity is a score turned into a level::

    score = type weight                     sanctions.imposed 3; lifted, suspended, extended,
                                            alliance.joined, agreement.signed,
                                            military.presence 2; the other types 1
          + min(2, highest watchlist priority of a participant)
          + 1 if a participant is sanctioned
          + 1 for 2–4 sources, + 2 for 5 or more
          - 1 if confidence < 0.5
          - 2 if the status is historical, negated or stalled

    score ≤ 0 info · 1 low · 2 medium · 3–4 high · ≥ 5 critical
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from rasd.alerts.rules import MatchResult, RecordView, match
from rasd.alerts.subscription import Subscription
from rasd.alerts.summary import Party, event_summary

__all__ = [
    "SEVERITIES",
    "Alert",
    "AlertBook",
    "AlertState",
    "Decision",
    "alert_id",
    "decide",
    "severity",
]

SCHEMA_VERSION = 1
SEVERITIES = ("info", "low", "medium", "high", "critical")
MAX_EVIDENCE = 5

_TYPE_WEIGHT = {
    "sanctions.imposed": 3,
    "sanctions.lifted": 2,
    "sanctions.suspended": 2,
    "sanctions.extended": 2,
    "sanctions.threatened": 1,
    "alliance.joined": 2,
    "agreement.signed": 2,
    "relations.restored": 1,
    "forces.integrated": 1,
    "military.presence": 2,
}
_BACKGROUND = {"historical", "negated", "stalled"}


def alert_id(subscription_id: str, cluster_id: str) -> str:
    digest = hashlib.sha256(f"{subscription_id}\x00{cluster_id}".encode()).hexdigest()
    return f"al_{digest[:24]}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def severity_level(score: int) -> str:
    if score <= 0:
        return "info"
    if score == 1:
        return "low"
    if score == 2:
        return "medium"
    if score <= 4:
        return "high"
    return "critical"


def severity(
    view: RecordView, sources: int, priorities: Mapping[str, int] | None = None
) -> tuple[str, list[str]]:
    """(level, the factors that made it) — see the module docstring for the formula."""
    weight = _TYPE_WEIGHT.get(view.type, 1)
    score, factors = weight, [f"{view.type} +{weight}"]
    # The watchlist priority comes from the KB (``priorities``: entity id -> priority) or,
    # when the tagger copied it into the record, from the entity itself.
    in_record = {
        e.get("id"): e.get("priority") for e in view.record.get("entities") or () if isinstance(e, dict)
    }
    ranks = [0]
    for ent in view.participants:
        if ent.id:
            from_record = in_record.get(ent.id)
            ranks.append((priorities or {}).get(ent.id, 0))
            ranks.append(from_record if isinstance(from_record, int) else 0)
    top = min(2, max(ranks))
    if top > 0:
        score += top
        factors.append(f"watchlist priority +{top}")
    if any(e.sanctioned for e in view.participants):
        score += 1
        factors.append("sanctioned participant +1")
    if sources >= 5:
        score += 2
        factors.append(f"{sources} sources +2")
    elif sources >= 2:
        score += 1
        factors.append(f"{sources} sources +1")
    if view.confidence < 0.5:
        score -= 1
        factors.append(f"confidence {view.confidence:.2f} -1")
    if view.status in _BACKGROUND:
        score -= 2
        factors.append(f"status {view.status} -2")
    return severity_level(score), factors


@dataclass(frozen=True, slots=True)
class Alert:
    """An alert message (``schemas/alert``)."""

    id: str
    revision: int
    subscription_id: str
    severity: str
    summary: dict[str, str]
    created_at: datetime
    updated_at: datetime
    kind: str = "event"  # event | surge
    lang: str | None = None  # language of the article the alert comes from
    cluster_id: str | None = None
    cluster_revision: int | None = None
    status: str | None = None
    event: dict[str, Any] | None = None
    evidence: tuple[dict[str, Any], ...] = ()
    sources: tuple[dict[str, Any], ...] = ()
    match: MatchResult | None = None
    changes: tuple[str, ...] = ()
    severity_factors: tuple[str, ...] = ()
    entity: dict[str, Any] | None = None  # surge alerts: the entity that surged
    # event participants with their type and Arabic name, for filters and readers
    entities: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def idempotency_key(self) -> str:
        return f"{self.id}:{self.revision}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "revision": self.revision,
            "kind": self.kind,
            "subscription_id": self.subscription_id,
            "severity": self.severity,
            "summary": dict(self.summary),
            "cluster_id": self.cluster_id,
            "event": self.event,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }
        optional: dict[str, Any] = {
            "lang": self.lang,
            "cluster_revision": self.cluster_revision,
            "status": self.status,
            "evidence": [dict(e) for e in self.evidence],
            "sources": [dict(s) for s in self.sources],
            "match": self.match.to_dict() if self.match else None,
            "changes": list(self.changes),
            "severity_factors": list(self.severity_factors),
            "entity": self.entity,
            "entities": [dict(e) for e in self.entities],
        }
        out.update({k: v for k, v in optional.items() if v not in (None, [], ())})
        out.update(self.extra)
        return out


@dataclass(frozen=True, slots=True)
class AlertState:
    """What must be remembered per alert to decide on the next record (JSON-able)."""

    alert_id: str
    subscription_id: str
    cluster_id: str
    revision: int
    cluster_revision: int
    status: str
    source_ids: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    evidence: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "alert_id": self.alert_id,
            "subscription_id": self.subscription_id,
            "cluster_id": self.cluster_id,
            "revision": self.revision,
            "cluster_revision": self.cluster_revision,
            "status": self.status,
            "source_ids": list(self.source_ids),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "evidence": [dict(e) for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AlertState:
        return cls(
            alert_id=data["alert_id"],
            subscription_id=data["subscription_id"],
            cluster_id=data["cluster_id"],
            revision=int(data["revision"]),
            cluster_revision=int(data["cluster_revision"]),
            status=data["status"],
            source_ids=tuple(data.get("source_ids") or ()),
            created_at=datetime.fromisoformat(data["created_at"]),
            updated_at=datetime.fromisoformat(data["updated_at"]),
            evidence=tuple(data.get("evidence") or ()),
        )


@dataclass(frozen=True, slots=True)
class Decision:
    action: str  # new | update | repeat (the same alert again, see ``decide``) | none
    reason: str
    alert: Alert | None = None
    state: AlertState | None = None  # the state to store (None: nothing to store)


def _source_ids(view: RecordView) -> tuple[str, ...]:
    ids = [str(s.get("article_id") or s.get("url") or "") for s in view.sources]
    if not ids and view.article.get("id"):
        ids = [str(view.article["id"])]
    return tuple(sorted({i for i in ids if i}))


def _evidence(view: RecordView) -> dict[str, Any]:
    ev = view.event.get("evidence") or {}
    return {
        "article_id": view.article.get("id"),
        "url": view.article.get("url"),
        "source": view.article.get("source"),
        "lang": view.article.get("lang"),
        "start": ev.get("start"),
        "end": ev.get("end"),
        "text": ev.get("text", ""),
    }


def _party(view: RecordView, ref: Mapping[str, Any]) -> Party:
    known = view.by_id.get(ref.get("id") or "")
    return Party(
        name=str(ref.get("name") or (known.name if known else "?")),
        name_ar=known.name_ar if known else None,
        type=known.type if known else None,
    )


def _participants(view: RecordView) -> list[dict[str, Any]]:
    out = []
    for ent in view.participants:
        item: dict[str, Any] = {"id": ent.id, "name": ent.name, "role": ent.role}
        if ent.name_ar:
            item["name_ar"] = ent.name_ar
        if ent.type:
            item["type"] = ent.type
        if ent.sanctioned:
            item["sanctioned"] = True
        out.append(item)
    return out


def summarize(view: RecordView, sources: int) -> dict[str, str]:
    event = view.event
    instrument = event.get("instrument")
    return event_summary(
        view.type,
        view.status,
        [_party(view, a) for a in event.get("actors") or () if isinstance(a, dict)],
        [_party(view, t) for t in event.get("targets") or () if isinstance(t, dict)],
        instrument=_party(view, instrument) if isinstance(instrument, dict) else None,
        duration=event.get("duration"),
        sources=sources,
        evidence=(event.get("evidence") or {}).get("text"),
    )


def decide(
    previous: AlertState | None,
    subscription: Subscription,
    record: Mapping[str, Any] | RecordView,
    *,
    now: datetime,
    priorities: Mapping[str, int] | None = None,
) -> Decision:
    """New alert, update, or nothing, for ``record`` and this subscription's previous alert.

    Raises ``rasd.errors.MessageError`` for a record without an event (dead-letter it).
    """
    view = record if isinstance(record, RecordView) else RecordView(dict(record))
    cluster_id = str(view.record["cluster_id"])
    cluster_revision = int(view.record.get("revision") or 1)
    result = match(subscription, view)
    changes: list[str] = []
    if previous is None:
        if result is None:
            return Decision("none", "the subscription does not match")
        aid, revision, created = alert_id(subscription.id, cluster_id), 1, now
        evidence: tuple[dict[str, Any], ...] = (_evidence(view),)
        action = "new"
    elif cluster_revision == previous.cluster_revision:
        # The revision this state was decided on, delivered again: after a crash, the state
        # may have reached the changelog and the alert not the broker. Send the alert again
        # with its id and revision (subscribers drop what they already have).
        result = match(subscription, view, check_status=False)
        if result is None:
            return Decision("none", "the subscription no longer matches", state=previous)
        aid, revision, created = previous.alert_id, previous.revision, previous.created_at
        evidence = previous.evidence
        action = "repeat"
    else:
        if cluster_revision < previous.cluster_revision:
            return Decision("none", f"cluster revision {cluster_revision} already seen", state=previous)
        status_changed = view.status != previous.status
        if result is None:
            result = match(subscription, view, check_status=False) if status_changed else None
            if result is None:
                return Decision("none", "the subscription no longer matches", state=previous)
        new_sources = sorted(set(_source_ids(view)) - set(previous.source_ids))
        if status_changed:
            changes.append(f"status {previous.status} → {view.status}")
        if new_sources:
            changes.append(f"{len(new_sources)} new source(s)")
        if not changes:
            return Decision(
                "none", "nothing new for the subscriber",
                state=replace(previous, cluster_revision=cluster_revision),
            )
        aid, revision, created = previous.alert_id, previous.revision + 1, previous.created_at
        evidence = previous.evidence
        fresh = _evidence(view)
        if new_sources and fresh not in evidence:
            evidence = (evidence + (fresh,))[-MAX_EVIDENCE:]
        action = "update"
    source_ids = _source_ids(view)
    if previous is not None:
        source_ids = tuple(sorted(set(source_ids) | set(previous.source_ids)))
    n_sources = max(1, len(source_ids))
    level, factors = severity(view, n_sources, priorities)
    alert = Alert(
        id=aid,
        revision=revision,
        subscription_id=subscription.id,
        severity=level,
        summary=summarize(view, n_sources),
        created_at=created,
        updated_at=previous.updated_at if action == "repeat" and previous is not None else now,
        lang=view.article.get("lang"),
        cluster_id=cluster_id,
        cluster_revision=cluster_revision,
        status=view.status,
        event=dict(view.event),
        evidence=evidence,
        sources=tuple(
            {k: s[k] for k in ("article_id", "url", "source", "lang") if k in s} for s in view.sources
        ),
        match=result,
        changes=tuple(changes),
        severity_factors=tuple(factors),
        entities=tuple(_participants(view)),
    )
    state = AlertState(
        alert_id=aid,
        subscription_id=subscription.id,
        cluster_id=cluster_id,
        revision=revision,
        cluster_revision=cluster_revision,
        status=view.status,
        source_ids=source_ids,
        created_at=created,
        updated_at=now,
        evidence=evidence,
    )
    if action == "repeat" and previous is not None:
        return Decision(action, f"cluster revision {cluster_revision} delivered again", alert, previous)
    reason = "first match for this story" if action == "new" else "; ".join(changes)
    return Decision(action, reason, alert, state)


class AlertBook:
    """Alert states keyed by alert id, over any mutable mapping of JSON dicts.

    In tests and in a single process a dict does; the worker passes a Faust table (which is
    a ``MutableMapping``) so the state survives restarts and rebalances.
    """

    def __init__(self, table: MutableMapping[str, Any] | None = None) -> None:
        self.table: MutableMapping[str, Any] = table if table is not None else {}

    def get(self, subscription_id: str, cluster_id: str) -> AlertState | None:
        raw = self.table.get(alert_id(subscription_id, cluster_id))
        return AlertState.from_dict(raw) if raw else None

    def apply(
        self,
        subscription: Subscription,
        record: Mapping[str, Any] | RecordView,
        *,
        now: datetime,
        priorities: Mapping[str, int] | None = None,
    ) -> Decision:
        view = record if isinstance(record, RecordView) else RecordView(dict(record))
        previous = self.get(subscription.id, str(view.record["cluster_id"]))
        decision = decide(previous, subscription, view, now=now, priorities=priorities)
        if decision.state is not None and decision.state != previous:
            self.table[decision.state.alert_id] = decision.state.to_dict()
        return decision
