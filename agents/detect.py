"""Detect and cluster agents.

detect: rasd.articles.tagged -> rasd.event-candidates, partitioned by cluster key, so that
every report of one event reaches the same partition and the same worker (one message per
article and partition, holding the article's reports whose clusters fall there).
cluster: rasd.event-candidates -> rasd.events, folding each report into the cluster's
state (a Faust table with a changelog, so it survives restarts) and publishing a new
revision only when a subscriber should hear of it (new cluster, new source, new status).
Reports are folded a batch at a time: the reports of one cluster in a batch make one
revision, which keeps a busy pipeline from drowning subscribers in one update per outlet.

The cluster table does not grow for ever: each batch also looks at a bounded number of stored
clusters (``ExpirySweep``) and deletes those the newest report on their partition has left
more than ``HORIZON`` behind (``rasd.events.cluster.expired``), a tombstone in the changelog
for each. A table write needs an event of the key's partition (Faust sends the changelog
record to the partition of the current event), so a key is deleted on behalf of an event of
the batch from its partition; which partition a key belongs to is the producer's (Kafka's
default partitioner over the key, as ``send`` produced it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

from agents.app import app, topic_specs, topics
from agents.processing import (
    Incoming,
    after_sent,
    delete_expired,
    on_behalf_of,
    partition_for,
    process_batches,
    process_stream,
    send,
)
from rasd.analyze import entities_from_dicts
from rasd.events import extract_events
from rasd.events.cluster import expired
from rasd.messages import encode_message
from rasd.pipeline import (
    ExpirySweep,
    Watermarks,
    batches_by_partition,
    event_candidates,
    fold_candidates,
    report_time,
)

logger = logging.getLogger(__name__)

CANDIDATE_PARTITIONS = topic_specs["event-candidates"].partitions
clusters = app.Table("event-clusters", default=None, partitions=CANDIDATE_PARTITIONS)
CLUSTER_TIMES = Watermarks()  # newest report time per event-candidates partition
CLUSTER_SWEEP = ExpirySweep()


def _published_day(article: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(article["published"][:10])
    except (KeyError, ValueError):
        return None


async def _detect(tagged: dict[str, Any]) -> None:
    article = tagged["article"]
    entities = entities_from_dicts(tagged["entities"])
    events = extract_events(article["text"], article["lang"], entities, _published_day(article))
    # One message per partition the article's clusters fall in, not one per event.
    for key, batch in batches_by_partition(event_candidates(tagged, events), key="cluster_id", field="candidates",
                                           partition_of=_candidate_partition):
        await send("detect", topics["event-candidates"], key, encode_message(batch))


def _candidate_partition(cluster_id: str) -> int:
    return partition_for(cluster_id, CANDIDATE_PARTITIONS)


def _cluster_partition_if_expired(busy: set[str]) -> Callable[[Any, Any], int | None]:
    def check(key: Any, value: Any) -> int | None:
        newest = CLUSTER_TIMES.newest()
        # The newest watermark of all partitions first: most states fail this cheap test
        # and need no partition computed.
        if key in busy or newest is None or not isinstance(value, dict) or not expired(value, newest):
            return None
        partition = partition_for(key, CANDIDATE_PARTITIONS)
        watermark = CLUSTER_TIMES.get(partition)
        return partition if watermark is not None and expired(value, watermark) else None

    return check


def _seed_watermark(partition: int) -> None:
    """After a start or a rebalance, a partition's time begins at the newest ``last_seen`` of
    its recovered clusters rather than at the next report, which may be a late one: a new
    generation's id is the watermark's day, and it must not fall back to the day of a
    generation deleted before the restart. One pass over the table per newly seen partition."""
    newest: datetime | None = None
    for key, value in list(clusters.items()):
        seen = value.get("last_seen") if isinstance(value, dict) else None
        if not seen or partition_for(key, CANDIDATE_PARTITIONS) != partition:
            continue
        try:
            moment = datetime.fromisoformat(seen)
        except (TypeError, ValueError):
            continue
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        newest = moment if newest is None or moment > newest else newest
    CLUSTER_TIMES.observe(partition, newest)
    _SEEDED.add(partition)


_SEEDED: set[int] = set()


async def _cluster(batches: list[Incoming]) -> None:
    # Each message is an article's reports on one partition; each report is folded on its own.
    items = [Incoming(batch.event, report) for batch in batches for report in batch.record["candidates"]]
    by_key: dict[str, list[Incoming]] = {}
    watermarks: dict[int, datetime | None] = {}  # per item (by id): its partition's newest time
    for partition in {item.event.message.partition for item in items} - _SEEDED:
        _seed_watermark(partition)
    for item in items:
        by_key.setdefault(item.record["cluster_id"], []).append(item)
        watermarks[id(item)] = CLUSTER_TIMES.observe(item.event.message.partition, report_time(item.record))
    # Before folding: a key of this batch is not deleted (its fold decides its generation).
    delete_expired(clusters, CLUSTER_SWEEP, items, _cluster_partition_if_expired(set(by_key)))
    for key, group in by_key.items():
        state, records = fold_candidates(
            clusters.get(key), [item.record for item in group], watermarks=[watermarks[id(item)] for item in group]
        )
        # The last report of the key carries the outputs and the table write: every report
        # of one key came from the same partition, and the write must follow the sends.
        with on_behalf_of(group[-1].event):
            for record in records:
                await send("cluster", topics["events"], record["cluster_id"], encode_message(record))
            if state is not None:
                after_sent(partial(clusters.__setitem__, key, state))


@app.agent(topics["articles.tagged"], name="detect")
async def detect(stream: Any) -> None:
    await process_stream(stream, stage="detect", schema="tagged_article", handle=_detect)


@app.agent(topics["event-candidates"], name="cluster")
async def cluster(stream: Any) -> None:
    await process_batches(stream, stage="cluster", schema="candidate_batch", handle_batch=_cluster)
