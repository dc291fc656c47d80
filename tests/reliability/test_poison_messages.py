"""Fault: poison messages on every topic a worker reads.

On each input topic, in one partition (one key), five bad messages then one good one: not
JSON, a JSON object of the wrong shape, the right shape with wrong types, 10 MB, empty.
Each bad message must land in rasd.deadletter with its reason and origin; the good message
after them must still be processed (its output appears downstream, or the stage's success
count rises in /metrics).

10 MB is above the broker's default message limit (~1 MB). Two fates are checked: with the
catalogue's topic configs the broker refuses it at the door (the producer gets
MessageSizeTooLargeError, nothing reaches the worker); with ``max.message.bytes`` raised on
the topic it reaches the worker, which dead-letters it without parsing it (it is over
rasd.messages.MAX_MESSAGE_BYTES).
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.request
from collections import Counter
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaError

import schemas
from rasd.analyze import entities_from_dicts, tag_article
from rasd.events import extract_events
from rasd.kb.loader import default_kb
from rasd.pipeline import event_candidates, fold_candidate
from tests.pipeline_support import Stack
from tests.reliability.corpus import PUBLISHED_DAY, SUBSCRIPTION, generate
from tests.reliability.support import produce_all, publish_figures, read_topic

pytestmark = [pytest.mark.broker, pytest.mark.timeout(300)]

TEN_MB = 10 * 1024 * 1024
BIG_TOPIC_LIMIT = 12 * 1024 * 1024
# topic -> the stage that reads it (the dead-letter record names it)
STAGES = {
    "articles.fetched": "dedup",
    "articles": "tag",
    "articles.tagged": "detect",
    "event-candidates": "cluster",
    "events": "alert",
    "mentions": "surge",
    "feeds": "feed-registry",
    "feed-state": "feed-state",
    "alerts": "deliver",
}
REASONS = {
    "not-json": "not JSON",
    "wrong-schema": "message invalid at",
    "wrong-types": "message invalid at",
    "ten-mb": "exceeds the",
    "empty": "empty message",
}



def _names_source(record: object, article_id: str) -> bool:
    """An event record that counts ``article_id`` among its sources (reports of one cluster
    in one batch make one revision, which names the batch's newest report as its article)."""
    if not isinstance(record, dict):
        return False
    return record.get("article", {}).get("id") == article_id or any(
        isinstance(s, dict) and s.get("article_id") == article_id for s in record.get("sources") or ()
    )

def _reports_on(record: object, article_id: str) -> bool:
    """A candidate batch holding a report of ``article_id``."""
    return isinstance(record, dict) and any(
        isinstance(c, dict) and c.get("article", {}).get("id") == article_id for c in record.get("candidates") or ()
    )


def good_records() -> dict[str, tuple[str, dict[str, Any]]]:
    """A valid message per topic, built by the real core from a template article."""
    kb = default_kb()
    fetched, article = generate(2, prefix="p")
    tagged = tag_article(dict(article, id="a_ptagged"), kb=kb)
    events = extract_events(
        tagged["article"]["text"], "en", entities_from_dicts(tagged["entities"]), PUBLISHED_DAY
    )
    candidate = event_candidates(tagged, events)[0]
    _, event_record = fold_candidate(None, candidate)
    assert event_record is not None
    candidate_only = dict(candidate, article=dict(candidate["article"], id="a_pcandidate"))
    mention = dict(schemas.example("mention_count"), article_id="a_pmention")
    feed = dict(schemas.example("feed"), id="f_poisontest", url="http://127.0.0.1:9/never.xml", enabled=False)
    state = dict(schemas.example("feed_state"), feed_id="f_poisontest")
    alert = dict(schemas.example("alert"), id="al_poisontest", subscription_id="nobody")
    return {
        "articles.fetched": (fetched["id"], fetched),
        "articles": (article["id"], article),
        "articles.tagged": ("a_ptagged", tagged),
        "event-candidates": (candidate["cluster_id"], {"schema_version": 1, "candidates": [candidate_only]}),
        "events": (event_record["cluster_id"], event_record),
        "mentions": (mention["entity_id"], {"schema_version": 1, "mentions": [mention]}),
        "feeds": (feed["id"], feed),
        "feed-state": (state["feed_id"], state),
        "alerts": (alert["id"], alert),
    }


def poison(good: dict[str, Any]) -> dict[str, bytes]:
    wrong_types = dict(good, schema_version="one")
    return {
        "not-json": b"<html><body>502 Bad Gateway</body></html>",
        "wrong-schema": orjson.dumps({"hello": "world", "schema_version": 1}),
        "wrong-types": orjson.dumps(wrong_types),
        "ten-mb": b'{"text": "' + b"x" * TEN_MB + b'"}',
        "empty": b"",
    }


async def raise_message_limit(bootstrap: str, stack: Stack) -> None:
    """Let 10 MB values into the input topics. AlterConfigs replaces a topic's whole dynamic
    config, so the catalogue's configs are sent along."""
    from topics import catalogue

    specs = catalogue(stack.settings)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        await admin.alter_configs([
            ConfigResource(
                ConfigResourceType.TOPIC, specs[key].name,
                {**specs[key].configs(), "max.message.bytes": str(BIG_TOPIC_LIMIT)},
            )
            for key in STAGES
        ])
    finally:
        await admin.close()


async def send_at_the_default_limit(bootstrap: str, topic: str) -> str:
    """Send 10 MB to a topic with the catalogue's configs; return the producer's error."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=BIG_TOPIC_LIMIT)
    await producer.start()
    try:
        await producer.send_and_wait(topic, key=b"big", value=b"x" * TEN_MB)
    except KafkaError as exc:
        return type(exc).__name__
    finally:
        await producer.stop()
    return "accepted"


def metric_counts(text: str, name: str) -> dict[str, float]:
    pattern = re.compile(rf'^{name}\{{stage="([^"]+)"\}} (\S+)$', re.M)
    return {stage: float(value) for stage, value in pattern.findall(text)}


def test_every_input_topic_dead_letters_poison_and_keeps_going(kafka_broker, tmp_path):
    stack = Stack(kafka_broker.bootstrap, tmp_path / "stack")
    stack.create_topics()

    refused = asyncio.run(send_at_the_default_limit(stack.bootstrap, stack.topic("articles")))
    assert refused == "MessageSizeTooLargeError", refused

    asyncio.run(raise_message_limit(stack.bootstrap, stack))
    worker = stack.worker("w1").start().wait_ready()
    try:
        request = urllib.request.Request(
            worker.url + "/subscriptions", data=json.dumps(SUBSCRIPTION).encode(),
            headers={"Content-Type": "application/json"}, method="POST",
        )
        urllib.request.urlopen(request, timeout=10).close()
        goods = good_records()
        for key, (message_key, good) in goods.items():
            items = [(message_key, value) for value in poison(good).values()] + [(message_key, good)]
            failed = asyncio.run(produce_all(
                stack.bootstrap, stack.topic(key), items, max_request_size=BIG_TOPIC_LIMIT
            ))
            assert not failed, failed

        expected_dead = len(STAGES) * len(REASONS)
        dead = asyncio.run(read_topic(
            stack.bootstrap, stack.topic("deadletter"),
            done=lambda records: len(records) >= expected_dead, timeout=120, quiet=2,
        ))
        downstream = {
            "articles": asyncio.run(read_topic(
                stack.bootstrap, stack.topic("articles"),
                done=lambda r: any(isinstance(x, dict) and x.get("id") == goods["articles.fetched"][0] for x in r), timeout=60)),
            "articles.tagged": asyncio.run(read_topic(
                stack.bootstrap, stack.topic("articles.tagged"),
                done=lambda r: any(isinstance(x, dict) and x.get("article", {}).get("id") == goods["articles"][0] for x in r), timeout=60)),
            "event-candidates": asyncio.run(read_topic(
                stack.bootstrap, stack.topic("event-candidates"),
                done=lambda r: any(isinstance(x, dict) and _reports_on(x, "a_ptagged") for x in r), timeout=60)),
            "events": asyncio.run(read_topic(
                stack.bootstrap, stack.topic("events"),
                done=lambda r: any(_names_source(x, "a_pcandidate") for x in r), timeout=60)),
            "alerts": asyncio.run(read_topic(
                stack.bootstrap, stack.topic("alerts"),
                done=lambda r: any(isinstance(x, dict) and x.get("cluster_id") == goods["events"][0] for x in r), timeout=60)),
        }
        _, metrics = worker.get("/metrics")
    finally:
        worker.stop()

    schemas_ok = all(schemas.validate("deadletter", d) for d in dead)
    by_topic = Counter(d["topic"] for d in dead)
    publish_figures(
        "poison-messages",
        topics=len(STAGES),
        bad_messages_sent=len(STAGES) * len(REASONS),
        dead_lettered=len(dead),
        lost=len(STAGES) * len(REASONS) - len(dead),
        ten_mb_with_catalogue_configs="refused by the broker (MessageSizeTooLargeError at the producer)",
        command="pytest tests/reliability/test_poison_messages.py -s",
    )
    assert schemas_ok
    for key, stage in STAGES.items():
        topic = stack.topic(key)
        records = [d for d in dead if d["topic"] == topic]
        assert by_topic[topic] == len(REASONS), (key, [r["reason"] for r in records])
        assert {r["stage"] for r in records} == {stage}
        reasons = " | ".join(r["reason"] for r in records)
        for kind, phrase in REASONS.items():
            assert phrase in reasons, f"{key}: no reason for {kind} in {reasons}"
        big = [r for r in records if r["value_size"] == len(poison({})["ten-mb"])]
        assert len(big) == 1 and len(big[0]["value_text"] or "") <= 2000, "10 MB is recorded, not copied"

    # The good message after the poison was processed, stage by stage.
    assert any(isinstance(x, dict) and x.get("id") == goods["articles.fetched"][0] for x in downstream["articles"])
    assert any(isinstance(x, dict) and x.get("article", {}).get("id") == goods["articles"][0] for x in downstream["articles.tagged"])
    assert any(_reports_on(x, "a_ptagged") for x in downstream["event-candidates"])
    assert any(_names_source(x, "a_pcandidate") for x in downstream["events"])
    assert any(isinstance(x, dict) and x.get("cluster_id") == goods["events"][0] for x in downstream["alerts"])
    succeeded = metric_counts(metrics.decode(), "rasd_processing_seconds_count")
    for stage in ("surge", "feed-registry", "feed-state", "deliver"):
        assert succeeded.get(stage, 0) >= 1, f"stage {stage} processed nothing after the poison"
