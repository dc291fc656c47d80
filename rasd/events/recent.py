"""A bounded cache that keeps the words in use when it is full.

A news stream's vocabulary never stops growing, so the per-spelling caches of the lexicons are
bounded. Emptying such a cache when it is full throws away the few thousand words every article
uses along with the thousands of names seen once, and all of them are read again from scratch.
``Recent`` holds two generations instead: new entries go to the young one; when that is full, it
becomes the old one and the former old one is dropped. A word found in the old generation moves
back to the young one, so the words still in use survive each turnover at the cost of a dictionary
look-up, and the cache never holds more than ``bound`` entries.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """A map of at most ``bound`` entries that forgets those least recently added or used.

    ``young`` is a plain dict (a caller may read it directly on its fast path); a value of
    ``None`` cannot be stored."""

    __slots__ = ("young", "old", "half")

    def __init__(self, bound: int) -> None:
        self.half = max(bound // 2, 1)
        self.young: dict[K, V] = {}
        self.old: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        """The value of ``key`` or None; one found in the old generation moves to the young one."""
        value = self.young.get(key)
        if value is None:
            value = self.old.get(key)
            if value is not None:
                self.put(key, value)
        return value

    def put(self, key: K, value: V) -> bool:
        """Store ``value``; True when the young generation turned old to make room."""
        turned = len(self.young) >= self.half
        if turned:
            self.old = self.young
            self.young = {}
        self.young[key] = value
        return turned

    def __len__(self) -> int:
        return len(self.young) + len(self.old)

    def clear(self) -> None:
        self.young = {}
        self.old = {}
