"""Feed agents: the registry, the poller service, feed health, and dedup.

- ``feed-registry`` (table) mirrors the compacted ``rasd.feeds`` topic; every worker polls
  only the feeds in the partitions Kafka assigned to it, so no feed is polled twice and a
  dead worker's feeds move to the others.
- The poller publishes every parsed entry to ``rasd.articles.fetched`` keyed by article id;
  the ``dedup`` agent keeps what was last published per id (``article-seen`` table, with a
  changelog, so it survives restarts) and forwards only new stories and changed revisions
  to ``rasd.articles``. An entry is kept as one short string (content hash, revision, and the
  day its article was last fetched) and deleted once the newest fetch on its partition is more
  than ``DEDUP_WINDOW`` later: a feed lists an entry while it is recent, and the entry is
  refreshed (at most once a day) for as long as the feed keeps listing it.
- Feed state and health go to the compacted ``rasd.feed-state`` topic; the ``feed-states``
  table restores ETags and backoff after a restart or a rebalance.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, timedelta
from functools import partial
from typing import Any

from faust.streams import current_event
from mode import Service

from agents.app import app, settings, topic_specs, topics
from agents.feeds.http import FeedFetcher, FetchLimits
from agents.feeds.poller import FeedPoller
from agents.metrics import FEED_POLLS
from agents.processing import (
    Incoming,
    after_sent,
    delete_expired,
    partition_for,
    process_one,
    process_stream,
    send,
)
from rasd.errors import RasdError
from rasd.feeds.dedup import decide, remembered
from rasd.feeds.registry import FeedConfig
from rasd.feeds.safety import AllowList
from rasd.feeds.state import FeedState
from rasd.messages import encode_message
from rasd.pipeline import ExpirySweep

logger = logging.getLogger(__name__)

feed_registry = app.Table("feed-registry", default=None, partitions=topic_specs["feeds"].partitions)
feed_states = app.Table("feed-states", default=None, partitions=topic_specs["feed-state"].partitions)
FETCHED_PARTITIONS = topic_specs["articles.fetched"].partitions
article_seen = app.Table("article-seen", default=None, partitions=FETCHED_PARTITIONS)
# How long after its last fetch an article is remembered. Feeds list an entry for days, some
# for weeks, and a feed that does not change is not fetched again (ETag): an entry forgotten
# too early is published a second time as a new story, so the window is as long as the event
# clustering's horizon (by then the story it reported has ended as well).
DEDUP_WINDOW = timedelta(days=30)
SEEN_DAYS: dict[int, date] = {}  # newest fetch day per articles.fetched partition
SEEN_SWEEP = ExpirySweep()


@app.agent(topics["feeds"], name="feed-registry")
async def registry(stream: Any) -> None:
    async for event in stream.events():
        key = event.key.decode() if isinstance(event.key, bytes) else event.key
        if event.message.value is None:  # tombstone: the feed was removed
            feed_registry.pop(key, None)
            continue

        async def store(record: dict[str, Any], partition: int = event.message.partition) -> None:
            FeedConfig.from_record(record)  # a feed the poller could not use is dead-lettered here
            feed_registry[record["id"]] = {"feed": record, "partition": partition}

        await process_one(event, stage="feed-registry", schema="feed", handle=store)


@app.agent(topics["feed-state"], name="feed-state")
async def feed_state(stream: Any) -> None:
    async def store(record: dict[str, Any]) -> None:
        feed_states[record["feed_id"]] = record

    await process_stream(stream, stage="feed-state", schema="feed_state", handle=store, batch=False)


def seen_value(out: dict[str, Any], day: date | None) -> str:
    """What the table keeps per article: "content_hash revision day origin" (one small string;
    a dict with the same fields takes three times the memory, and there is one per article).
    ``origin`` ("partition:offset" of the fetched message that published the article) tells a
    redelivery of that message from a later fetch of the same article."""
    value = f"{out['content_hash']} {out['revision']} {day.isoformat() if day else '-'}"
    return f"{value} {out['origin']}" if out.get("origin") else value


def seen_fields(value: Any) -> tuple[dict[str, Any] | None, date | None]:
    """``(previous, day)`` from a stored value: ``previous`` as ``decide`` reads it, and the
    day the article was last fetched (None for a value stored before days were kept)."""
    if isinstance(value, dict):  # stored by an older version: {"content_hash", "revision"}
        return value, None
    if not isinstance(value, str):
        return None, None
    fields = value.split(" ")
    origin = fields.pop() if len(fields) == 4 else None  # values stored before origins were kept have 3
    content_hash, revision, day = (fields + ["", ""])[:3] if len(fields) == 3 else ("", "", "")
    if not revision.isdigit():  # not a value this module wrote: publish the article again
        logger.warning("article-seen: ignoring a stored value in an unknown form: %.80r", value)
        return None, None
    previous: dict[str, Any] = {"content_hash": content_hash, "revision": int(revision)}
    if origin:
        previous["origin"] = origin
    return previous, _day(day)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def seen_expired(value: Any, newest: date) -> bool:
    """Whether an ``article-seen`` entry can go when the newest fetch on its partition was on
    ``newest``. An entry without a day (older versions) gets one when its article is fetched
    again, and is kept until then."""
    _, day = seen_fields(value)
    return day is not None and newest - day > DEDUP_WINDOW


def _seen_partition_if_expired(current: str, key: Any, value: Any) -> int | None:
    newest = max(SEEN_DAYS.values(), default=None)
    if key == current or newest is None or not seen_expired(value, newest):
        return None
    partition = partition_for(key, FETCHED_PARTITIONS)
    day = SEEN_DAYS.get(partition)
    return partition if day is not None and seen_expired(value, day) else None


async def _dedup(record: dict[str, Any]) -> None:
    stored = article_seen.get(record["id"])
    previous, last_day = seen_fields(stored)
    day = _day(record.get("fetched_at") or record.get("published"))
    event = current_event()
    if event is not None:
        partition = event.message.partition
        if day is not None and (partition not in SEEN_DAYS or day > SEEN_DAYS[partition]):
            SEEN_DAYS[partition] = day
        delete_expired(article_seen, SEEN_SWEEP, [Incoming(event, record)],
                       partial(_seen_partition_if_expired, record["id"]))
    origin = f"{event.message.partition}:{event.message.offset}" if event is not None else None
    out = decide(previous, record, origin=origin)
    if out is None:
        if previous is not None and day is not None and (last_day is None or day > last_day):
            # still listed: remember it for another window (a write at most once a day)
            refreshed = seen_value(previous, day)
            after_sent(lambda: article_seen.__setitem__(record["id"], refreshed))
        return
    await send("dedup", topics["articles"], out["id"], encode_message(out))
    value = seen_value(dict(remembered(out), origin=origin), max(filter(None, (day, last_day)), default=None))
    after_sent(lambda: article_seen.__setitem__(record["id"], value))


@app.agent(topics["articles.fetched"], name="dedup")
async def dedup(stream: Any) -> None:
    await process_stream(stream, stage="dedup", schema="article", handle=_dedup, batch=False)


def owned_feeds() -> list[FeedConfig]:
    """The feeds in the registry partitions assigned to this worker right now."""
    feeds_topic = topics["feeds"].get_topic_name()
    mine = {tp.partition for tp in app.consumer.assignment() if tp.topic == feeds_topic}
    out = []
    for value in list(feed_registry.values()):
        if value and value["partition"] in mine:
            try:
                out.append(FeedConfig.from_record(value["feed"]))
            except (RasdError, KeyError, TypeError, ValueError) as exc:
                logger.warning("skipping bad registry entry %s: %s", value.get("feed"), exc)
    return out


def _restore_states(poller: FeedPoller, feeds: list[FeedConfig]) -> None:
    """Seed the poller with persisted state (ETag, backoff, health) for newly owned feeds."""
    for feed in feeds:
        if feed.id not in poller.states:
            saved = feed_states.get(feed.id)
            if saved:
                try:
                    poller.states[feed.id] = FeedState.from_dict(saved)
                except (KeyError, TypeError, ValueError) as exc:
                    logger.warning("ignoring bad saved state of feed %s: %s", feed.id, exc)


@app.service
class FeedPollerService(Service):
    """Polls this worker's feeds on their schedules until the worker stops."""

    def __post_init__(self) -> None:
        self._stop_polling = asyncio.Event()

    async def on_stop(self) -> None:
        self._stop_polling.set()

    async def _publish(self, record: dict[str, Any]) -> None:
        await send("poller", topics["articles.fetched"], record["id"], encode_message(record))

    async def _save_state(self, state: FeedState) -> None:
        FEED_POLLS.labels(state.health).inc()
        await send("poller", topics["feed-state"], state.feed_id, encode_message(state.to_dict()))

    @Service.task
    async def _poll_forever(self) -> None:
        allow = AllowList.parse(settings.allow_private_hosts)
        async with FeedFetcher(FetchLimits(), allow) as fetcher:
            poller = FeedPoller(
                fetcher,
                self._publish,
                on_state=self._save_state,
                max_text_chars=settings.max_text_chars,
            )

            def feeds() -> list[FeedConfig]:
                try:
                    mine = owned_feeds()
                except (AttributeError, RuntimeError):  # consumer not started or rebalancing
                    return []
                _restore_states(poller, mine)
                return mine

            # No start stagger: per-host limits already spread the first polls of a host.
            await poller.run(feeds, self._stop_polling, stagger_start=False)
