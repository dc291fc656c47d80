"""RASD_PRODUCER_COMPRESSION through the real broker: a worker told to compress with zstd still
delivers tagged articles and alerts that any client reads as before, and what it wrote sits
zstd-compressed in the broker's log (less disk and network for an operator who pays for them)."""

from __future__ import annotations

import asyncio
import struct
from pathlib import Path

import pytest

import schemas
from tests.integration.test_pipeline import LIFT_EN, post_json
from tests.pipeline_support import Stack, consume, produce

pytestmark = [pytest.mark.broker, pytest.mark.timeout(300)]

ZSTD = 4  # Kafka record batch attributes, bits 0-2: the compression codec


def batch_codecs(segment: Path) -> list[int]:
    """Codec of every record batch in a Kafka log segment (magic 2 batch headers)."""
    data, codecs, at = segment.read_bytes(), [], 0
    while at + 23 <= len(data):
        (length,) = struct.unpack_from(">i", data, at + 8)
        if length <= 0:
            break
        (attributes,) = struct.unpack_from(">h", data, at + 21)
        codecs.append(attributes & 0x7)
        at += 12 + length
    return codecs


def test_a_zstd_worker_delivers_and_stores_compressed_batches(kafka_broker, tmp_path_factory):
    home = getattr(kafka_broker, "home", None)
    if home is None:
        pytest.skip("the broker's log is on another host (an external cluster)")
    stack = Stack(kafka_broker.bootstrap, tmp_path_factory.mktemp("zstd"))
    stack.create_topics()
    worker = stack.worker(RASD_PRODUCER_COMPRESSION="zstd").start().wait_ready()
    try:
        post_json(worker.url + "/subscriptions", {
            "name": "Sanctions lifted", "filters": {"event_types": ["sanctions.lifted"]},
        })
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [(LIFT_EN["id"], LIFT_EN)]))
        tagged = asyncio.run(consume(stack.bootstrap, stack.topic("articles.tagged"), until=1))
        assert tagged, worker.log_tail()
        schemas.validate("tagged_article", tagged[0])
        alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=1))
        assert alerts, worker.log_tail()
        schemas.validate("alert", alerts[0])
        assert alerts[0]["event"]["type"] == "sanctions.lifted"
    finally:
        worker.stop()
    segments = list(Path(home).rglob(f"{stack.topic('articles.tagged')}-*/*.log"))
    codecs = [codec for segment in segments for codec in batch_codecs(segment)]
    assert codecs and set(codecs) == {ZSTD}, codecs
