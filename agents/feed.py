"""Feed agents: the registry, the poller service, feed health, and dedup.

- ``feed-registry`` (table) mirrors the compacted ``rasd.feeds`` topic; every worker polls
  only the feeds in the partitions Kafka assigned to it, so no feed is polled twice and a
  dead worker's feeds move to the others.
- The poller publishes every parsed entry to ``rasd.articles.fetched`` keyed by article id;
  the ``dedup`` agent keeps what was last published per id (``article-seen`` table, with a
  changelog, so it survives restarts) and forwards only new stories and changed revisions
  to ``rasd.articles``.
- Feed state and health go to the compacted ``rasd.feed-state`` topic; the ``feed-states``
  table restores ETags and backoff after a restart or a rebalance.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from mode import Service

from agents.app import app, settings, topic_specs, topics
from agents.feeds.http import FeedFetcher, FetchLimits
from agents.feeds.poller import FeedPoller
from agents.metrics import FEED_POLLS
from agents.processing import after_sent, process_one, process_stream, send
from rasd.errors import RasdError
from rasd.feeds.dedup import decide, remembered
from rasd.feeds.registry import FeedConfig
from rasd.feeds.safety import AllowList
from rasd.feeds.state import FeedState
from rasd.messages import encode_message

logger = logging.getLogger(__name__)

feed_registry = app.Table("feed-registry", default=None, partitions=topic_specs["feeds"].partitions)
feed_states = app.Table("feed-states", default=None, partitions=topic_specs["feed-state"].partitions)
article_seen = app.Table("article-seen", default=None, partitions=topic_specs["articles.fetched"].partitions)


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


async def _dedup(record: dict[str, Any]) -> None:
    out = decide(article_seen.get(record["id"]), record)
    if out is None:
        return
    await send("dedup", topics["articles"], out["id"], encode_message(out))
    after_sent(lambda: article_seen.__setitem__(record["id"], remembered(out)))


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
