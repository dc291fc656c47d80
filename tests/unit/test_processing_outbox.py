"""agents.processing collects a batch's sends and flushes them together: per-key order kept,
a failed send dead-letters the message it came from, a failed message sends nothing."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from agents import processing


class RecordingTopic:
    """A topic whose sends are recorded; a key in ``fail_keys`` raises like a broken broker."""

    def __init__(self, name: str, sent: list[tuple[str, bytes]], fail_keys: frozenset[bytes] = frozenset()):
        self.name = name
        self.sent = sent
        self.fail_keys = fail_keys

    def get_topic_name(self) -> str:
        return self.name

    async def send(self, *, key: bytes, value: bytes) -> None:
        await asyncio.sleep(0.001 if len(value) > 10 else 0)  # big messages take longer
        if key in self.fail_keys:
            raise ConnectionError("broker went away")
        self.sent.append((key.decode(), value))


class FakeEvent(SimpleNamespace):
    """A consumed event; like Faust's, it can be weakly referenced (Faust's current event is)."""


def event(value: dict[str, Any] | bytes, offset: int) -> Any:
    raw = value if isinstance(value, bytes) else orjson.dumps(value)
    return FakeEvent(message=SimpleNamespace(value=raw, topic="in", partition=0, offset=offset, key=b"k"))


class FakeStream:
    def __init__(self, events: list[Any]) -> None:
        self._events = events

    async def take_events(self, n: int, within: float):
        yield self._events


@pytest.fixture
def deadletters(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any, BaseException]]:
    recorded: list[tuple[str, Any, BaseException]] = []

    async def record(stage: str, ev: Any, error: BaseException) -> None:
        recorded.append((stage, ev, error))

    monkeypatch.setattr(processing, "send_to_deadletter", record)
    monkeypatch.setattr(processing, "decode_message", lambda raw, schema: orjson.loads(raw))
    return recorded


async def test_sends_of_one_key_keep_their_order_across_a_batch(deadletters):
    sent: list[tuple[str, bytes]] = []
    topic = RecordingTopic("out", sent)

    async def handle(record: dict[str, Any]) -> None:
        await processing.send("t", topic, record["key"], record["body"].encode())

    # The first message for key "a" is big (slow to send), the second small: still a, then a.
    events = [event({"key": "a", "body": "x" * 50}, 0), event({"key": "b", "body": "b1"}, 1),
              event({"key": "a", "body": "a2"}, 2)]
    await processing.process_stream(FakeStream(events), stage="t", schema="s", handle=handle)
    assert [v for k, v in sent if k == "a"] == [b"x" * 50, b"a2"]
    assert sorted(k for k, _ in sent) == ["a", "a", "b"]
    assert deadletters == []


async def test_a_failed_send_dead_letters_its_message_and_the_others_go_out(deadletters):
    sent: list[tuple[str, bytes]] = []
    topic = RecordingTopic("out", sent, fail_keys=frozenset({b"bad"}))

    async def handle(record: dict[str, Any]) -> None:
        await processing.send("t", topic, record["key"], b"v")

    events = [event({"key": "ok1"}, 0), event({"key": "bad"}, 1), event({"key": "ok2"}, 2)]
    await processing.process_stream(FakeStream(events), stage="t", schema="s", handle=handle)
    assert sorted(k for k, _ in sent) == ["ok1", "ok2"]
    assert [(stage, ev.message.offset) for stage, ev, _ in deadletters] == [("t", 1)]
    assert isinstance(deadletters[0][2], ConnectionError)


async def test_a_message_whose_handler_fails_sends_nothing_but_its_dead_letter(deadletters):
    sent: list[tuple[str, bytes]] = []
    topic = RecordingTopic("out", sent)

    async def handle(record: dict[str, Any]) -> None:
        await processing.send("t", topic, record["key"], b"first")
        if record.get("boom"):
            raise ValueError("bug in the core")

    events = [event({"key": "a", "boom": True}, 0), event({"key": "b"}, 1), event(b"not json", 2)]
    monkey_decode = processing.decode_message

    def decode(raw: bytes, schema: str) -> dict[str, Any]:
        if raw == b"not json":
            raise processing.MessageError("not JSON")
        return monkey_decode(raw, schema)

    processing.decode_message = decode  # restored by the fixture's monkeypatch
    await processing.process_stream(FakeStream(events), stage="t", schema="s", handle=handle)
    assert sent == [("b", b"first")]
    assert sorted(ev.message.offset for _, ev, _ in deadletters) == [0, 2]


async def test_send_outside_a_stream_goes_out_at_once():
    sent: list[tuple[str, bytes]] = []
    await processing.send("poller", RecordingTopic("out", sent), "k", b"now")
    assert sent == [("k", b"now")]


# -- batch handlers (process_batches) ----------------------------------------------------------


async def test_a_batch_handler_sees_the_whole_batch_and_its_state_writes_follow_the_sends(deadletters):
    sent: list[tuple[str, bytes]] = []
    topic = RecordingTopic("out", sent, fail_keys=frozenset({b"bad"}))
    written: list[tuple[str, int]] = []
    seen_batches: list[list[str]] = []

    async def handle_batch(items: list[processing.Incoming]) -> None:
        seen_batches.append([item.record["key"] for item in items])
        for item in items:
            with processing.on_behalf_of(item.event):
                await processing.send("t", topic, item.record["key"], b"v")
                processing.after_sent(lambda item=item: written.append((item.record["key"], item.event.message.offset)))

    events = [event({"key": "a"}, 0), event({"key": "bad"}, 1), event({"key": "c"}, 2)]
    await processing.process_batches(FakeStream(events), stage="t", schema="s", handle_batch=handle_batch)
    assert seen_batches == [["a", "bad", "c"]]
    # The state of the message whose send failed is not written; it is dead-lettered instead.
    assert written == [("a", 0), ("c", 2)]
    assert [ev.message.offset for _, ev, _ in deadletters] == [1]


async def test_a_batch_that_fails_is_retried_message_by_message(deadletters):
    sent: list[tuple[str, bytes]] = []
    topic = RecordingTopic("out", sent)

    async def handle_batch(items: list[processing.Incoming]) -> None:
        for item in items:
            with processing.on_behalf_of(item.event):
                await processing.send("t", topic, item.record["key"], b"v")
            if item.record.get("boom"):
                raise ValueError("bug in the core")

    events = [event({"key": "a"}, 0), event({"key": "b", "boom": True}, 1), event({"key": "c"}, 2),
              event(b"not json", 3)]
    real_decode = processing.decode_message

    def decode(raw: bytes, schema: str) -> dict[str, Any]:
        if raw == b"not json":
            raise processing.MessageError("not JSON")
        return real_decode(raw, schema)

    processing.decode_message = decode  # restored by the fixture's monkeypatch
    await processing.process_batches(FakeStream(events), stage="t", schema="s", handle_batch=handle_batch)
    # The failed batch's sends were dropped; each message was then handled alone, once.
    assert sorted(k for k, _ in sent) == ["a", "c"]
    assert sorted(ev.message.offset for _, ev, _ in deadletters) == [1, 3]


async def test_table_writes_in_a_batch_go_to_the_partition_of_the_message_they_belong_to(deadletters):
    from faust.streams import current_event

    partitions: list[int] = []

    async def handle_batch(items: list[processing.Incoming]) -> None:
        for item in items:
            with processing.on_behalf_of(item.event):
                processing.after_sent(lambda: partitions.append(current_event().message.partition))

    first, second = event({"key": "a"}, 0), event({"key": "b"}, 1)
    second.message.partition = 4
    await processing.process_batches(FakeStream([first, second]), stage="t", schema="s", handle_batch=handle_batch)
    assert partitions == [0, 4]
