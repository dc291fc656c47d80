"""Faust's table with one expiry entry per window instead of one per write.

For a windowed table with ``expires``, Faust pushes the window's end onto a per-partition heap
on every write and pops it when the window expires. The surge table is written once per mention
record, and each pushed entry (~33 bytes) stays for the whole retention (26 hours): at a hundred
records a second that is ~300 MB per worker after a day. One entry per (partition, window)
expires the same keys at the same time: Faust removes every key of a (partition, window end)
when that end is popped, and a later duplicate would find nothing left to remove.
"""

from __future__ import annotations

from typing import Any

import faust


class Table(faust.Table):
    def _maybe_set_key_ttl(self, key: Any, partition: int) -> None:
        if not self._should_expire_keys():
            return
        _, (_, range_end) = key
        keys = self._partition_timestamp_keys.get((partition, range_end))
        if keys is None:
            super()._maybe_set_key_ttl(key, partition)  # the window's first write: one heap entry
        else:
            keys.add(key)
