"""Per-feed polling state and health, serialisable to a dict for a compacted topic.

Health is a small state machine:

* ``ok`` — the last poll succeeded cleanly;
* ``degraded`` — the last poll succeeded with warnings (malformed XML, skipped entries, a
  slow or oversized response) or failed fewer than ``FAILING_AFTER`` times in a row;
* ``failing`` — ``FAILING_AFTER`` consecutive failures, or a permanent refusal (410 Gone,
  a refused address, a non-feed response); 410 also disables the feed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

OK, DEGRADED, FAILING = "ok", "degraded", "failing"
HEALTH_STATES = (OK, DEGRADED, FAILING)
FAILING_AFTER = 3
STATE_VERSION = 1


@dataclass
class FeedState:
    feed_id: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    health: str = OK
    enabled: bool = True
    consecutive_failures: int = 0
    last_success: str | None = None  # ISO 8601 UTC
    last_error: str | None = None
    last_error_at: str | None = None
    warnings: list[str] = field(default_factory=list)
    items_last_poll: int = 0
    published_last_poll: int = 0
    next_poll_at: str | None = None
    retry_after: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The value on the feed-state topic (``schemas/feed_state.schema.json``)."""
        return {"schema_version": STATE_VERSION, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedState:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    # -- transitions ---------------------------------------------------------------------

    def record_success(
        self, at: str, *, items: int, published: int, warnings: list[str] | None = None
    ) -> None:
        self.consecutive_failures = 0
        self.last_success = at
        self.items_last_poll = items
        self.published_last_poll = published
        self.warnings = list(warnings or [])
        self.retry_after = None
        self.health = DEGRADED if self.warnings else OK

    def record_not_modified(self, at: str) -> None:
        self.record_success(at, items=0, published=0)

    def record_failure(
        self, at: str, error: str, *, permanent: bool = False, disable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        self.consecutive_failures += 1
        self.last_error = error
        self.last_error_at = at
        self.items_last_poll = 0
        self.published_last_poll = 0
        self.retry_after = retry_after
        if disable:
            self.enabled = False
        if permanent or self.consecutive_failures >= FAILING_AFTER:
            self.health = FAILING
        else:
            self.health = DEGRADED
