"""Table writes queued in Faust's producer buffer reach aiokafka before a commit and at shutdown.

A table write is a changelog message put in the producer's buffer; a background task hands it
to aiokafka. Faust's flush gave up after 0.1 s without progress and its stop dropped whatever
was still queued, so a worker stopped right after deduplicating articles could forget them and
publish them again after a restart (agents/faust_producer.py). Here the buffer's channel is a
stand-in that takes its time, as aiokafka does when a batch is full.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from agents.faust_producer import DrainingBuffer, Producer
from agents.faust_transport import App


class SlowChannel:
    """Takes ``delay`` seconds to accept each message, like aiokafka waiting on a full batch."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.accepted: list[int] = []

    async def publish_message(self, fut, wait: bool = False):  # noqa: ASYNC109 - Faust's signature
        await asyncio.sleep(self.delay)
        self.accepted.append(fut.message.key)


def _write(channel: SlowChannel, key: int) -> SimpleNamespace:
    return SimpleNamespace(message=SimpleNamespace(channel=channel, key=key))


@pytest.fixture
def producer() -> Producer:
    app = App("rasd-test-producer-drain", broker="kafka://127.0.0.1:9")  # never connects here
    producer = app.producer
    assert isinstance(producer, Producer)
    return producer  # its services run on the app's loop (``producer.loop``)


def test_the_app_uses_the_draining_buffer(producer):
    assert isinstance(producer.buffer, DrainingBuffer)


def test_flush_waits_until_every_queued_write_was_handed_over(producer):
    channel = SlowChannel(delay=0.25)  # each slower than Faust's 0.1 s patience

    async def scenario() -> list[int]:
        buffer = producer.buffer
        await buffer.start()
        try:
            for key in range(4):
                buffer.put(_write(channel, key))
            await buffer.flush()
            return list(channel.accepted)
        finally:
            await buffer.stop()

    assert producer.loop.run_until_complete(scenario()) == [0, 1, 2, 3]


def test_stopping_hands_queued_writes_over_before_aiokafka_stops(producer):
    channel = SlowChannel(delay=0.01)
    seen_at_stop: list[list[int]] = []

    class Aiokafka:  # the aiokafka producer: its stop sends what it was handed, nothing later
        async def stop(self) -> None:
            seen_at_stop.append(list(channel.accepted))

    async def scenario() -> None:
        # The buffer's own task is not running: writes are stuck in the queue, as when the
        # worker stops while a burst of table writes waits behind a slow hand-over.
        for key in range(5):
            producer.buffer.put(_write(channel, key))
        producer._producer = Aiokafka()
        await producer.on_stop()

    producer.loop.run_until_complete(scenario())
    assert seen_at_stop == [[0, 1, 2, 3, 4]]
    assert producer.buffer.size == 0
