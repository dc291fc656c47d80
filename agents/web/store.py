"""Where the subscriptions API keeps subscriptions: an interface and an in-memory store.

The worker backs ``SubscriptionStore`` with the compacted ``subscriptions`` topic and a
Faust table (put = send the record, delete = send a tombstone); tests and ``rasd`` without a
broker use ``InMemorySubscriptionStore``.  A store that cannot answer raises
``StoreUnavailable`` and the API answers 503.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from rasd.alerts.subscription import Subscription
from rasd.errors import RasdError

__all__ = ["InMemorySubscriptionStore", "StoreUnavailable", "SubscriptionStore"]


class StoreUnavailable(RasdError):
    retriable = True


class SubscriptionStore(Protocol):
    async def list(self) -> list[Subscription]: ...

    async def get(self, subscription_id: str) -> Subscription | None: ...

    async def put(self, subscription: Subscription) -> None: ...

    async def delete(self, subscription_id: str) -> bool:
        """True when the subscription existed."""
        ...


class InMemorySubscriptionStore:
    def __init__(self, subscriptions: list[Subscription] | None = None) -> None:
        self._items: dict[str, Subscription] = {s.id: s for s in subscriptions or ()}
        self._lock = asyncio.Lock()

    async def list(self) -> list[Subscription]:
        return sorted(self._items.values(), key=lambda s: (s.created_at, s.id))

    async def get(self, subscription_id: str) -> Subscription | None:
        return self._items.get(subscription_id)

    async def put(self, subscription: Subscription) -> None:
        async with self._lock:
            self._items[subscription.id] = subscription

    async def delete(self, subscription_id: str) -> bool:
        async with self._lock:
            return self._items.pop(subscription_id, None) is not None
