"""When to poll a feed next: its interval with jitter, exponential backoff, Retry-After.

Jitter spreads thousands of feeds with the same interval over time instead of polling them
all in the same second; backoff keeps a failing server from being hammered.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

MAX_BACKOFF_SECONDS = 6 * 3600.0
MAX_RETRY_AFTER_SECONDS = 24 * 3600.0
JITTER = 0.1  # +-10 % of the delay


def backoff_delay(interval: float, failures: int, *, cap: float = MAX_BACKOFF_SECONDS) -> float:
    """Delay after ``failures`` consecutive failures: interval x 2^failures, capped."""
    if failures <= 0:
        return interval
    return min(max(cap, interval), interval * (2 ** min(failures, 30)))


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def next_delay(
    interval: float,
    failures: int = 0,
    retry_after: float | None = None,
    *,
    rng: random.Random | None = None,
) -> float:
    """Seconds until the next poll: backoff (or interval) with jitter, never before Retry-After."""
    rng = rng or random.Random()
    base = backoff_delay(interval, failures)
    delay = base * (1 + rng.uniform(-JITTER, JITTER))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return max(delay, 1.0)


def first_delay(interval: float, *, rng: random.Random | None = None) -> float:
    """Where in its first interval a feed starts, so a fleet of feeds does not start at once."""
    rng = rng or random.Random()
    return rng.uniform(0, max(interval, 0.0))
