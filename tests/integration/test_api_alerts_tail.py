"""``rasd alerts tail`` reads real alerts from a real broker."""

from __future__ import annotations

import asyncio
import json

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from click.testing import CliRunner

from agents.cli.alerts import alerts
from tests.kafka_support import create_topics, unique_name

pytestmark = pytest.mark.broker


def alert(aid: str, severity: str) -> dict[str, object]:
    return {
        "schema_version": 1, "id": aid, "revision": 1, "kind": "event", "subscription_id": "s1",
        "severity": severity, "summary": {"en": "Syria joined", "ar": "انضمت سوريا"},
        "created_at": "2025-11-11T09:30:00Z",
    }


async def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    await create_topics(bootstrap, topic)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, key=b"k")
    finally:
        await producer.stop()


def test_tail_prints_json_lines_with_arabic_and_skips_bad_messages(kafka_broker: object) -> None:
    bootstrap = kafka_broker.bootstrap  # type: ignore[attr-defined]
    prefix = unique_name("tail")
    values = [b"not json", orjson.dumps(alert("al_low", "low")), orjson.dumps(alert("al_high", "high"))]
    asyncio.run(produce(bootstrap, f"{prefix}.alerts", values))
    result = CliRunner().invoke(
        alerts, ["tail", "--from-beginning", "--json", "-n", "1", "--severity", "medium"],
        env={"RASD_KAFKA_BOOTSTRAP": bootstrap, "RASD_TOPIC_PREFIX": prefix},
    )
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [a["id"] for a in printed] == ["al_high"]
    assert "انضمت سوريا" in result.stdout  # not \u-escaped
    assert "not JSON" in result.stderr
