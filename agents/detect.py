"""Detect and cluster agents.

detect: rasd.articles.tagged -> rasd.event-candidates, re-keyed by cluster key, so that
every report of one event reaches the same partition and the same worker.
cluster: rasd.event-candidates -> rasd.events, folding each report into the cluster's
state (a Faust table with a changelog, so it survives restarts) and publishing a new
revision only when a subscriber should hear of it (new cluster, new source, new status).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from agents.app import app, topic_specs, topics
from agents.processing import after_sent, process_stream, send
from rasd.analyze import entities_from_dicts
from rasd.events import extract_events
from rasd.messages import encode_message
from rasd.pipeline import event_candidates, fold_candidate

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


async def _cluster(candidate: dict[str, Any]) -> None:
    key = candidate["cluster_id"]
    state, record = fold_candidate(clusters.get(key), candidate)
    if record is not None:
        await send("cluster", topics["events"], record["cluster_id"], encode_message(record))
    after_sent(lambda: clusters.__setitem__(key, state))


@app.agent(topics["articles.tagged"], name="detect")
async def detect(stream: Any) -> None:
    await process_stream(stream, stage="detect", schema="tagged_article", handle=_detect)


@app.agent(topics["event-candidates"], name="cluster")
async def cluster(stream: Any) -> None:
    await process_stream(stream, stage="cluster", schema="event_candidate", handle=_cluster, batch=False)
