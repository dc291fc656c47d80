"""Which consumed event Faust thinks is being processed (for table writes in batches).

Faust sends a table write's changelog record to the partition of the stream's current
event, which it sets only while an agent iterates message by message. An agent that takes
a batch says which event a write belongs to with ``as_current``.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator
from typing import Any

# faust.streams keeps the current event in this context variable (a weak reference);
# faust.streams.current_event() and the tables read it.
from faust.streams import _current_event


@contextlib.contextmanager
def as_current(event: Any) -> Iterator[None]:
    token = _current_event.set(weakref.ref(event) if event is not None else None)
    try:
        yield
    finally:
        _current_event.reset(token)
