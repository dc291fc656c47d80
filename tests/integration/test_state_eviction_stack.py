"""A worker forgets a story once newer news has moved a month past it, through the real broker:
the story's cluster, its alert state and its article's dedup entry are deleted (a tombstone in
each changelog), and a later report of the same story starts a new cluster generation with a
new alert, as when the state is kept."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer

import schemas
from tests.pipeline_support import Running, Stack, consume, produce

pytestmark = [pytest.mark.broker, pytest.mark.timeout(400)]

OLD_DAY = "2025-01-03T09:00:00Z"
NEW_DAYS = ["2025-03-01T09:00:00Z", "2025-03-01T10:00:00Z", "2025-03-01T11:00:00Z"]
LATER_DAY = "2025-03-02T09:00:00Z"

OLD_STORY = "The US Treasury lifted sanctions on Syrian Interior Minister Anas Khattab on Friday."
SAME_STORY_LATER = "The US Treasury on Friday lifted sanctions on Anas Khattab, Syria's interior minister."
NEWER_STORIES = [
    "The European Union imposed sanctions on Iran's Islamic Revolutionary Guard Corps on Monday.",
    "The United States imposed sanctions on Hezbollah on Tuesday, the Treasury said.",
    "The United Kingdom imposed sanctions on Russia on Wednesday, the Foreign Office said.",
]


def article(article_id: str, text: str, when: str) -> dict[str, Any]:
    record = dict(schemas.example("article"))
    record.update(
        id=article_id, url=f"https://wire.example.org/{article_id}", source="wire", title=text[:60],
        summary="", text=text, lang="en", published=when, fetched_at=when,
        content_hash=f"{abs(hash(text)):016x}"[:16],
    )
    return record


@pytest.fixture(scope="module")
def stack(kafka_broker, tmp_path_factory):
    # One partition per topic: every report moves the same partition's event time.
    stack = Stack(kafka_broker.bootstrap, tmp_path_factory.mktemp("eviction"), extra_env={"RASD_PARTITIONS": "1"})
    stack.create_topics()
    return stack


def subscribe(url: str) -> None:
    body = {"name": "Sanctions", "filters": {"event_types": ["sanctions.lifted", "sanctions.imposed"]}}
    request = urllib.request.Request(url + "/subscriptions", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    urllib.request.urlopen(request, timeout=10).close()


async def changelog(bootstrap: str, topic: str) -> list[tuple[Any, Any]]:
    """Every (key, value) of a table's changelog so far; a tombstone has the value None."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)
    await consumer.start()
    out: list[tuple[Any, Any]] = []
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=1500)
            if not batch:
                return out
            for messages in batch.values():
                out.extend((orjson.loads(m.key), orjson.loads(m.value) if m.value else None) for m in messages)
    finally:
        await consumer.stop()


def wait_for_tombstone(stack: Stack, table: str, key: str, timeout: float = 60) -> list[tuple[Any, Any]]:
    topic = f"{stack.prefix}-{table}-changelog"
    deadline = time.monotonic() + timeout
    while True:
        entries = asyncio.run(changelog(stack.bootstrap, topic))
        if (key, None) in entries or time.monotonic() > deadline:
            return entries
        time.sleep(1)


def test_an_old_story_is_forgotten_and_a_later_report_of_it_starts_a_new_generation(stack, running: Running):
    subscribe(running.worker.url)
    fetched = stack.topic("articles.fetched")

    asyncio.run(produce(stack.bootstrap, fetched, [("a_old", article("a_old", OLD_STORY, OLD_DAY))]))
    events = asyncio.run(consume(stack.bootstrap, stack.topic("events"), until=1))
    assert events, running.worker.log_tail()
    old_cluster = events[0]["cluster_id"]
    old_key = old_cluster.rsplit("#", 1)[0]
    alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=1))
    assert alerts, running.worker.log_tail()
    old_alert = alerts[0]["id"]

    # A month and more of newer news, one report at a time (each agent looks at its table a
    # few keys per batch, so several batches follow the move of the partition's time).
    for i, (text, when) in enumerate(zip(NEWER_STORIES, NEW_DAYS, strict=True)):
        asyncio.run(produce(stack.bootstrap, fetched, [(f"a_new{i}", article(f"a_new{i}", text, when))]))
        assert len(asyncio.run(consume(stack.bootstrap, stack.topic("events"), until=2 + i, timeout=60))) >= 2 + i

    clusters = wait_for_tombstone(stack, "event-clusters", old_key)
    assert (old_key, None) in clusters, running.worker.log_tail()
    assert all(key != old_key for key, value in clusters[clusters.index((old_key, None)) + 1:])
    assert [k for k, v in clusters if v is None] == [old_key]  # the newer stories are kept
    assert (old_alert, None) in wait_for_tombstone(stack, "alert-states", old_alert), running.worker.log_tail()
    assert ("a_old", None) in wait_for_tombstone(stack, "article-seen", "a_old"), running.worker.log_tail()

    # The same story reported again: a new generation (new cluster id) and a new alert.
    asyncio.run(produce(stack.bootstrap, fetched, [("a_later", article("a_later", SAME_STORY_LATER, LATER_DAY))]))
    events = asyncio.run(consume(stack.bootstrap, stack.topic("events"), until=5))
    later = [e for e in events if e["cluster_id"].startswith(old_key + "#") and e["cluster_id"] != old_cluster]
    assert later, [e["cluster_id"] for e in events]
    assert later[0]["revision"] == 1 and [s["article_id"] for s in later[0]["sources"]] == ["a_later"]
    alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=5, timeout=60))
    renewed = [a for a in alerts if a.get("cluster_id") == later[0]["cluster_id"]]
    assert renewed and renewed[0]["id"] != old_alert and renewed[0]["revision"] == 1
    assert all(a["revision"] == 1 for a in alerts if a["id"] == old_alert)  # the old alert is untouched
