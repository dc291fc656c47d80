"""In-process fan-out of alerts to Server-Sent-Events clients.

Each client has a bounded queue.  ``publish`` never waits: a client whose queue is full is
too slow, is dropped (its stream ends with a comment saying so, and it may reconnect), and
cannot hold back the others or the alert agent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rasd.alerts._text import tokens
from rasd.alerts.alert import SEVERITIES, Alert
from rasd.errors import InputError
from rasd.events.codes import EVENT_TYPES as EVENT_KINDS

__all__ = ["AlertBroadcaster", "StreamClient", "StreamFilter", "TooManyClients"]

log = logging.getLogger(__name__)

EVENT_TYPES = (*EVENT_KINDS, "surge")  # what a stream filter may name


class TooManyClients(RuntimeError):
    pass


def _key(text: str) -> str:
    return " ".join(tokens(text))


@dataclass(frozen=True, slots=True)
class StreamFilter:
    """Which alerts a client wants; empty means any.  ``min_severity``: at least this one."""

    event_types: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()  # ids or names (English/Arabic), normalised
    langs: frozenset[str] = frozenset()
    min_severity: str | None = None
    subscriptions: frozenset[str] = frozenset()

    @classmethod
    def from_query(cls, query: Mapping[str, str] | Any) -> StreamFilter:
        """From query parameters (repeatable or comma-separated); ``InputError`` if bad."""

        def values(name: str) -> frozenset[str]:
            raw = query.getall(name, []) if hasattr(query, "getall") else [query.get(name, "")]
            return frozenset(v.strip() for item in raw for v in item.split(",") if v.strip())

        event_types = values("event_type") | values("type")
        unknown = sorted(event_types - set(EVENT_TYPES))
        if unknown:
            raise InputError(
                f"event_type {', '.join(unknown)} unknown; use: {', '.join(EVENT_TYPES)}"
            )
        severities = values("severity")
        if len(severities) > 1 or not severities <= set(SEVERITIES):
            raise InputError(
                f"severity must be one of: {', '.join(SEVERITIES)} (the minimum to receive)"
            )
        langs = values("lang")
        if not langs <= {"ar", "en", "other"}:
            raise InputError("lang must be ar, en or other")
        entities = frozenset(_key(e) for e in values("entity")) | frozenset(
            e.casefold() for e in values("entity")
        )
        return cls(
            event_types, entities, langs, next(iter(severities), None), values("subscription")
        )

    def accepts(self, alert: Mapping[str, Any]) -> bool:
        if self.subscriptions and alert.get("subscription_id") not in self.subscriptions:
            return False
        if self.min_severity and (
            alert.get("severity") not in SEVERITIES
            or SEVERITIES.index(alert["severity"]) < SEVERITIES.index(self.min_severity)
        ):
            return False
        event = alert.get("event") or {}
        if self.event_types:
            kind = "surge" if alert.get("kind") == "surge" else event.get("type")
            if kind not in self.event_types:
                return False
        if self.langs and alert.get("lang") not in self.langs:
            return False
        if self.entities and not self.entities & _alert_entity_keys(alert):
            return False
        return True


def _alert_entity_keys(alert: Mapping[str, Any]) -> set[str]:
    event = alert.get("event") or {}
    refs = list(event.get("actors") or ()) + list(event.get("targets") or ())
    if event.get("instrument"):
        refs.append(event["instrument"])
    if alert.get("entity"):
        refs.append(alert["entity"])
    refs.extend(alert.get("entities") or ())
    keys: set[str] = set()
    for ref in refs:
        if isinstance(ref, Mapping):
            if ref.get("id"):
                keys.add(str(ref["id"]).casefold())
            for name in (ref.get("name"), ref.get("name_ar")):
                if name:
                    keys.add(_key(str(name)))
    for ent in (alert.get("match") or {}).get("entities") or ():
        keys.add(str(ent).casefold())
    return keys


@dataclass(eq=False)
class StreamClient:
    filter: StreamFilter
    queue: asyncio.Queue[dict[str, Any] | None]
    dropped: bool = False
    sent: int = field(default=0)


class AlertBroadcaster:
    def __init__(self, *, queue_size: int = 256, max_clients: int = 200) -> None:
        self.queue_size = queue_size
        self.max_clients = max_clients
        self._clients: set[StreamClient] = set()
        self.dropped_clients = 0

    @property
    def client_count(self) -> int:
        return len(self._clients)

    def subscribe(self, stream_filter: StreamFilter) -> StreamClient:
        if len(self._clients) >= self.max_clients:
            raise TooManyClients(f"{self.max_clients} stream clients already connected")
        client = StreamClient(stream_filter, asyncio.Queue(self.queue_size))
        self._clients.add(client)
        return client

    def unsubscribe(self, client: StreamClient) -> None:
        self._clients.discard(client)

    def publish(self, alert: Alert | Mapping[str, Any]) -> int:
        """Queue ``alert`` for every interested client; return how many got it."""
        data = alert.to_dict() if isinstance(alert, Alert) else dict(alert)
        delivered = 0
        for client in list(self._clients):
            if not client.filter.accepts(data):
                continue
            try:
                client.queue.put_nowait(data)
                delivered += 1
            except asyncio.QueueFull:
                client.dropped = True
                self._clients.discard(client)
                self.dropped_clients += 1
                log.warning("SSE client dropped: %d alerts queued and not read", self.queue_size)
        return delivered

    def close(self) -> None:
        """End every stream (server shutdown)."""
        for client in list(self._clients):
            try:
                client.queue.put_nowait(None)
            except asyncio.QueueFull:
                client.dropped = True
        self._clients.clear()
