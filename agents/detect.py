"""Detect and cluster agents.

detect: rasd.articles.tagged -> rasd.event-candidates, re-keyed by cluster key, so that
every report of one event reaches the same partition and the same worker.
cluster: rasd.event-candidates -> rasd.events, folding each report into the cluster's
state (a Faust table with a changelog, so it survives restarts) and publishing a new
revision only when a subscriber should hear of it (new cluster, new source, new status).
Reports are folded a batch at a time: the reports of one cluster in a batch make one
revision, which keeps a busy pipeline from drowning subscribers in one update per outlet.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from agents.app import app, topic_specs, topics
from agents.processing import (
    Incoming,
    after_sent,
    on_behalf_of,
    process_batches,
    process_stream,
    send,
)
from rasd.analyze import entities_from_dicts
from rasd.events import extract_events
from rasd.messages import encode_message
from rasd.pipeline import event_candidates, fold_candidates

clusters = app.Table("event-clusters", default=None, partitions=topic_specs["event-candidates"].partitions)


def _published_day(article: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(article["published"][:10])
    except (KeyError, ValueError):
        return None


async def _detect(tagged: dict[str, Any]) -> None:
    article = tagged["article"]
    entities = entities_from_dicts(tagged["entities"])
    events = extract_events(article["text"], article["lang"], entities, _published_day(article))
    for candidate in event_candidates(tagged, events):
        await send("detect", topics["event-candidates"], candidate["cluster_id"], encode_message(candidate))


async def _cluster(items: list[Incoming]) -> None:
    by_key: dict[str, list[Incoming]] = {}
    for item in items:
        by_key.setdefault(item.record["cluster_id"], []).append(item)
    for key, group in by_key.items():
        state, records = fold_candidates(clusters.get(key), [item.record for item in group])
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
    await process_batches(stream, stage="cluster", schema="event_candidate", handle_batch=_cluster)
