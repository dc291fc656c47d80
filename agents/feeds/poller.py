"""The feed poller: fetch each feed when due, turn entries into records, publish new ones.

``FeedPoller.poll(feed)`` polls one feed now and returns its updated ``FeedState``;
``FeedPoller.run(...)`` is the long-running schedule. Records go to a sink, an async
callable ``publish(record)`` (Kafka in the service, ``MemorySink`` in tests); a sink that
cannot publish raises ``RasdError`` and the poll is not marked done (its ETag is not kept),
so the next poll fetches and offers the same records again.

Parsing (~2-3 ms of CPU for a 30-item feed) runs in the event loop, or in ``parse_executor``
when one is given: a process pool spreads it over cores and keeps the loop free for I/O.

Dedup: with a ``seen`` store the poller publishes only new or changed stories (see
``rasd.feeds.dedup.decide``). Without one every record goes out at revision 1 and dedup is
left to a downstream table keyed by article id.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import BrokenExecutor, Executor
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

from agents.feeds.http import AddressRefused, FeedFetcher, FeedGone, RateLimited
from rasd.errors import FeedError, RasdError
from rasd.feeds.dedup import decide, remembered
from rasd.feeds.parse import parse_feed
from rasd.feeds.records import FeedContext, build_articles, iso_utc
from rasd.feeds.registry import FeedConfig
from rasd.feeds.schedule import first_delay, next_delay
from rasd.feeds.state import FeedState

log = logging.getLogger(__name__)

SLOW_FETCH_SECONDS = 15.0
Publish = Callable[[dict[str, Any]], Awaitable[None]]


class SeenStore(Protocol):
    def get(self, article_id: str) -> dict[str, Any] | None: ...
    def put(self, article_id: str, value: dict[str, Any]) -> None: ...


class MemorySeenStore(dict[str, dict[str, Any]]):
    """What was last published per article id, in memory (the service uses a Faust table)."""

    def put(self, article_id: str, value: dict[str, Any]) -> None:
        self[article_id] = value


class MemorySink:
    """A sink that keeps what it is given (tests, ``rasd feeds check``)."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    async def __call__(self, record: dict[str, Any]) -> None:
        self.records.append(record)


def parse_and_build(
    body: bytes, url: str, content_type: str | None, context: FeedContext, fetched_at: datetime
) -> tuple[list[dict[str, Any]], list[str], int]:
    """Records, warnings and entry count from a body (top level so a process pool can run it)."""
    parsed = parse_feed(body, url=url, content_type=content_type)
    records, skipped = build_articles(parsed.entries, context, fetched_at)
    warnings = list(parsed.warnings)
    if skipped:
        warnings.append(f"{len(skipped)} entries skipped: {skipped[0]}")
    if not parsed.entries and not parsed.version:
        raise FeedError("the response is not an RSS or Atom feed", retriable=False)
    return records, warnings, len(parsed.entries)


class FeedPoller:
    def __init__(
        self,
        fetcher: FeedFetcher,
        publish: Publish,
        *,
        seen: SeenStore | None = None,
        states: dict[str, FeedState] | None = None,
        on_state: Callable[[FeedState], Awaitable[None] | None] | None = None,
        max_text_chars: int = 200_000,
        parse_executor: Executor | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.publish = publish
        self.seen = seen
        self.states: dict[str, FeedState] = states if states is not None else {}
        self.on_state = on_state
        self.max_text_chars = max_text_chars
        self.parse_executor = parse_executor
        self.rng = rng or random.Random()
        self._due: dict[str, float] = {}
        self._in_flight: set[str] = set()

    def state_for(self, feed: FeedConfig) -> FeedState:
        state = self.states.get(feed.id)
        if state is None:
            state = self.states[feed.id] = FeedState(feed_id=feed.id, url=feed.url)
        return state

    async def poll(self, feed: FeedConfig, *, now: datetime | None = None) -> FeedState:
        """Poll one feed now; never raises for anything the feed or its server does."""
        state = self.state_for(feed)
        if not state.enabled:
            return state
        fetched_at = now or datetime.now(UTC)
        at = iso_utc(fetched_at)
        try:
            await self._poll(feed, state, fetched_at)
        except AddressRefused as exc:
            state.record_failure(at, str(exc), permanent=True)
        except FeedGone as exc:
            state.record_failure(at, str(exc), permanent=True, disable=True)
        except RateLimited as exc:
            state.record_failure(at, str(exc), retry_after=exc.retry_after)
        except FeedError as exc:
            state.record_failure(at, str(exc))
        except RasdError as exc:
            # The sink failed: not the feed's fault; keep its health, retry at the next poll.
            log.warning("feed %s: publishing failed, will retry: %s", feed.url, exc)
        if state.health != "ok":
            log.info(
                "feed %s is %s: %s", state.url, state.health, state.last_error or state.warnings
            )
        delay = next_delay(
            feed.interval, state.consecutive_failures, state.retry_after, rng=self.rng
        )
        state.next_poll_at = iso_utc(fetched_at + timedelta(seconds=delay))
        self._due[feed.id] = asyncio.get_running_loop().time() + delay
        if self.on_state is not None:
            maybe = self.on_state(state)
            if maybe is not None:
                await maybe
        return state

    async def _poll(self, feed: FeedConfig, state: FeedState, fetched_at: datetime) -> None:
        at = iso_utc(fetched_at)
        result = await self.fetcher.fetch(
            state.url, etag=state.etag, last_modified=state.last_modified
        )
        if result.not_modified:
            state.record_not_modified(at)
            return
        context = FeedContext(
            feed_id=feed.id,
            url=result.url,
            source=feed.name or _host(feed.url),
            lang_hint=feed.lang_hint,
            country=feed.country,
            tags=feed.tags,
            max_text_chars=self.max_text_chars,
        )
        args = (result.body, result.url, result.content_type, context, fetched_at)
        if self.parse_executor is None:
            records, warnings, entries = parse_and_build(*args)
        else:
            records, warnings, entries = await self._parse_in_executor(self.parse_executor, args)
        published = 0
        for record in records:
            out = record
            if self.seen is not None:
                decided = decide(self.seen.get(record["id"]), record)
                if decided is None:
                    continue
                out = decided
            await self.publish(out)
            if self.seen is not None:
                self.seen.put(out["id"], remembered(out))
            published += 1
        if result.elapsed > SLOW_FETCH_SECONDS:
            warnings.append(f"slow: fetch took {result.elapsed:.1f}s")
        if result.moved_to:
            warnings.append(f"moved permanently to {result.moved_to}")
            state.url = result.moved_to
        state.etag, state.last_modified = result.etag, result.last_modified
        state.record_success(at, items=entries, published=published, warnings=warnings)

    async def _parse_in_executor(
        self, executor: Executor, args: tuple[Any, ...]
    ) -> tuple[list[dict[str, Any]], list[str], int]:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(executor, parse_and_build, *args)
        except BrokenExecutor as exc:
            # A parse process died (killed, out of memory) and the pool cannot run anything
            # any more. Parsing here keeps every other feed polled instead of failing them
            # all; this poll fails and is retried on schedule.
            if self.parse_executor is executor:
                log.error("feed parse pool broken (%s); parsing in the poller from now on", exc)
                self.parse_executor = None
            raise FeedError(
                "the parse process died while this feed was read; retried at the next poll"
            ) from None

    async def run(
        self,
        feeds: Callable[[], Iterable[FeedConfig]],
        stop: asyncio.Event,
        *,
        concurrency: int = 50,
        tick: float = 1.0,
        stagger_start: bool = True,
    ) -> None:
        """Poll every enabled feed from ``feeds()`` when due, until ``stop`` is set.

        ``feeds`` is called every tick, so registry changes (and a worker's share of the
        feeds, see ``rasd.feeds.registry.owns``) take effect without a restart. In-flight
        polls finish before this returns.
        """
        slots = asyncio.Semaphore(concurrency)
        tasks: set[asyncio.Task[FeedState]] = set()
        loop = asyncio.get_running_loop()

        async def guarded(feed: FeedConfig) -> FeedState:
            async with slots:
                try:
                    return await self.poll(feed)
                except Exception as exc:  # noqa: BLE001 - a bug must cost one poll, not the feed
                    log.exception("feed %s: unexpected error while polling", feed.url)
                    state = self.state_for(feed)
                    state.record_failure(iso_utc(datetime.now(UTC)), f"internal error: {exc!r}")
                    delay = next_delay(feed.interval, state.consecutive_failures, None, rng=self.rng)
                    self._due[feed.id] = loop.time() + delay
                    return state
                finally:
                    self._in_flight.discard(feed.id)

        while not stop.is_set():
            now = loop.time()
            for feed in feeds():
                if not feed.enabled or feed.id in self._in_flight:
                    continue
                start = (
                    first_delay(min(feed.interval, 60.0), rng=self.rng) if stagger_start else 0.0
                )
                due = self._due.setdefault(feed.id, now + start)
                if due <= now:
                    self._in_flight.add(feed.id)
                    task = asyncio.create_task(guarded(feed), name=f"poll {feed.id}")
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
            try:
                await asyncio.wait_for(stop.wait(), timeout=tick)
            except TimeoutError:
                pass
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def _host(url: str) -> str:
    return urlsplit(url).hostname or url
