"""The Kafka cluster of a test session, and small helpers for tests that use it.

The session starts one EmbeddedBroker on a free port with a temporary home (its jars come
from the shared user cache, so only the first run on a machine downloads them), or uses the
cluster in RASD_TEST_BOOTSTRAP. The broker's topics are not auto-created: create yours with
``create_topics`` (a unique name per test keeps tests independent).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from agents.broker import EmbeddedBroker
from agents.broker.config import free_port
from rasd.errors import BrokerError
from rasd.settings import Settings

__all__ = ["ExternalCluster", "create_topics", "free_port", "session_broker", "unique_name"]


@dataclass(frozen=True)
class ExternalCluster:
    """A cluster the tests did not start (RASD_TEST_BOOTSTRAP): only its address."""

    bootstrap: str


def session_broker(home: Path) -> Iterator[EmbeddedBroker | ExternalCluster]:
    external = os.environ.get("RASD_TEST_BOOTSTRAP", "").strip()
    if external:
        yield ExternalCluster(external)
        return
    settings = Settings.load()  # RASD_KAFKA_VERSION / RASD_KAFKA_HOME apply to tests too
    broker = EmbeddedBroker(
        home,
        port=free_port(),
        version=settings.kafka_version,
        kafka_home=settings.kafka_home or None,
        detached=False,  # dies with the test session even if it is killed
    )
    try:
        broker.start(timeout=180)
    except BrokerError as exc:
        pytest.fail(
            f"The embedded Kafka broker for the broker tests did not start:\n{exc}\n"
            "Set RASD_TEST_BOOTSTRAP=host:port to use another cluster, or deselect these tests "
            "with -m 'not broker'.",
            pytrace=False,
        )
    try:
        yield broker
    finally:
        broker.stop(timeout=30)


def unique_name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def create_topics(bootstrap: str, *names: str, partitions: int = 1) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, partitions, 1) for n in names])
    finally:
        await admin.close()
