"""The shared shape of every Rasd agent: decode, call the pure core, send; bad messages to
the dead-letter topic. Agents only say which schema they read and what the core returns.

Sends are collected, not awaited one by one: a handler's ``send`` puts the message in an
outbox, and the outbox of a whole batch (of one message for table-writing agents) is flushed
at once. Awaiting each send made an agent wait for the producer whenever a partition's batch
was full (a 13 KB tagged article fills aiokafka's default 16 KB batch, so every tagged
article waited for the previous one's round trip to the broker); flushing them together lets
those waits overlap across partitions. Sends with the same topic and key stay in their order
(one after the other, as before); a send that fails dead-letters the message it came from.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from aiokafka.partitioner import murmur2

from agents.deadletter import send_to_deadletter
from agents.faust_event import as_current
from agents.metrics import DEADLETTERS, MESSAGES_IN, MESSAGES_OUT, PROCESSING_SECONDS
from rasd.errors import InputError, MessageError
from rasd.messages import decode_message
from rasd.pipeline import ExpirySweep

logger = logging.getLogger(__name__)

BATCH_SIZE = 100  # messages taken from a stream at once
BATCH_WITHIN = 0.01  # seconds to wait for a batch to fill: a latency bound, not a delay

Handler = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Incoming:
    """A consumed message and its decoded record, as a batch handler receives it."""

    event: Any
    record: dict[str, Any]


BatchHandler = Callable[[list[Incoming]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message a handler asked to send, and the consumed event it came from."""

    event: Any
    stage: str
    topic: Any
    key: str
    value: bytes


# The outbox of the message being handled; None outside ``process_stream`` (send at once).
_OUTBOX: ContextVar[list[Outgoing] | None] = ContextVar("rasd_outbox", default=None)
_CURRENT: ContextVar[Any] = ContextVar("rasd_current_event", default=None)
_AFTER: ContextVar[list[tuple[Any, Callable[[], None]]] | None] = ContextVar("rasd_after_sent", default=None)


@contextlib.contextmanager
def on_behalf_of(event: Any) -> Iterator[None]:
    """Attribute what follows to ``event``: its sends (a failed send dead-letters it) and its
    Faust table writes. Faust finds the changelog partition of a table write from the event
    its stream is iterating; a batch handler folds many events at once, so it says which one
    a write belongs to (the one that carries the table's key, on that key's partition)."""
    token = _CURRENT.set(event)
    try:
        with as_current(event):
            yield
    finally:
        _CURRENT.reset(token)


async def process_stream(
    stream: Any,
    *,
    stage: str,
    schema: str,
    handle: Handler,
    batch: bool = True,
) -> None:
    """Run ``handle`` on every decoded message of ``stream``; never let one message stop it.

    ``batch=False`` for handlers that write Faust tables: a table write needs the stream's
    current event, which only per-message iteration sets. Such handlers write their tables
    with ``after_sent``, so that state never runs ahead of what was produced: a crash between
    the two then repeats an output (same ids) instead of losing it.
    """
    if not batch:
        async for event in stream.events():
            outbox: list[Outgoing] = []
            callbacks: list[tuple[Any, Callable[[], None]]] = []
            token = _AFTER.set(callbacks)
            try:
                await process_one(event, stage=stage, schema=schema, handle=handle, outbox=outbox)
            finally:
                _AFTER.reset(token)
            if await flush(outbox):
                continue  # the send failed and the message was dead-lettered: keep the state
            for _, callback in callbacks:
                callback()
        return
    async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN):
        outbox = []
        for event in events:
            await process_one(event, stage=stage, schema=schema, handle=handle, outbox=outbox)
        await flush(outbox)


def after_sent(callback: Callable[[], None]) -> None:
    """Run ``callback`` (a table write) once this message's outputs were produced."""
    callbacks = _AFTER.get()
    if callbacks is None:
        callback()
    else:
        callbacks.append((_CURRENT.get(), callback))


async def process_batches(stream: Any, *, stage: str, schema: str, handle_batch: BatchHandler) -> None:
    """Like ``process_stream``, but ``handle_batch`` sees a whole batch of decoded records at
    once, so it can fold several messages about one key into one output (the cluster agent
    publishes one revision per cluster per batch, not one per report). It attributes sends
    and table writes with ``on_behalf_of``; table writes go through ``after_sent`` and run
    only for messages whose outputs were all produced.

    A handler that fails on a batch is retried message by message, so one bad message is
    dead-lettered alone and the rest of its batch still goes through."""
    async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN):
        items = [item for item in [await _decode(event, stage, schema) for event in events] if item]
        if items:
            await _handle_batch(items, stage=stage, handle_batch=handle_batch)


async def _decode(event: Any, stage: str, schema: str) -> Incoming | None:
    MESSAGES_IN.labels(stage).inc()
    try:
        return Incoming(event, decode_message(event.message.value, schema))
    except MessageError as exc:
        DEADLETTERS.labels(stage, type(exc).__name__).inc()
        await send_to_deadletter(stage, event, exc)
        return None


async def _handle_batch(items: list[Incoming], *, stage: str, handle_batch: BatchHandler) -> None:
    started = time.perf_counter()
    outbox: list[Outgoing] = []
    callbacks: list[tuple[Any, Callable[[], None]]] = []
    outbox_token, after_token = _OUTBOX.set(outbox), _AFTER.set(callbacks)
    try:
        await handle_batch(items)
    except Exception as exc:  # noqa: BLE001 - isolate the message at fault, below
        if len(items) > 1:
            logger.warning("stage %s: a batch failed (%r); handling its messages one by one", stage, exc,
                           extra={"stage": stage})
            for item in items:
                await _handle_batch([item], stage=stage, handle_batch=handle_batch)
            return
        if not isinstance(exc, (MessageError, InputError)):
            _log_failure(stage, items[0].event)
        DEADLETTERS.labels(stage, type(exc).__name__).inc()
        await send_to_deadletter(stage, items[0].event, exc)
        return
    finally:
        _AFTER.reset(after_token)
        _OUTBOX.reset(outbox_token)
    PROCESSING_SECONDS.labels(stage).observe((time.perf_counter() - started) / len(items))
    failed = await flush(outbox)
    for event, callback in callbacks:
        if id(event) in failed:
            continue  # its outputs were not all produced: keep the state as it was
        with on_behalf_of(event):
            callback()


async def process_one(
    event: Any, *, stage: str, schema: str, handle: Handler, outbox: list[Outgoing] | None = None
) -> None:
    """Decode and handle one message; its sends go to ``outbox`` when one is given (the
    caller then calls ``flush``), else they are sent before this returns."""
    MESSAGES_IN.labels(stage).inc()
    started = time.perf_counter()
    own_outbox = outbox if outbox is not None else []
    mark = len(own_outbox)
    outbox_token = _OUTBOX.set(own_outbox)
    event_token = _CURRENT.set(event)
    try:
        record = decode_message(event.message.value, schema)
        await handle(record)
        PROCESSING_SECONDS.labels(stage).observe(time.perf_counter() - started)
    except (MessageError, InputError) as exc:  # the message is bad, not the code
        del own_outbox[mark:]  # a message that failed sends nothing but its dead-letter record
        DEADLETTERS.labels(stage, type(exc).__name__).inc()
        await send_to_deadletter(stage, event, exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one message must not stop the stream
        del own_outbox[mark:]
        _log_failure(stage, event)
        DEADLETTERS.labels(stage, type(exc).__name__).inc()
        await send_to_deadletter(stage, event, exc)
    finally:
        _CURRENT.reset(event_token)
        _OUTBOX.reset(outbox_token)
    if outbox is None:
        await flush(own_outbox)


async def send(stage: str, topic: Any, key: str, value: bytes) -> None:
    """Produce one message and count it (the metrics say what each agent emits).

    Inside ``process_stream`` the message joins the current outbox and is produced when the
    batch is flushed; elsewhere it is produced at once."""
    outbox = _OUTBOX.get()
    if outbox is None:
        await _produce(stage, topic, key, value)
        return
    outbox.append(Outgoing(_CURRENT.get(), stage, topic, key, value))


async def flush(outbox: list[Outgoing]) -> set[int]:
    """Produce every message of ``outbox``: one sequence per (topic, key), in the order the
    handlers sent them, the sequences side by side. A message whose send failed has its
    consumed event dead-lettered (once). Returns the ``id`` of every consumed event with a
    failed send (empty, hence false, when all went out)."""
    if not outbox:
        return set()
    sequences: dict[tuple[str, str], list[Outgoing]] = {}
    for item in outbox:
        sequences.setdefault((item.topic.get_topic_name(), item.key), []).append(item)
    results = await asyncio.gather(*(_send_sequence(items) for items in sequences.values()))
    failed_events: dict[int, tuple[Outgoing, BaseException]] = {}
    for failures in results:
        for failed in failures:
            failed_events.setdefault(id(failed[0].event), failed)
    for item, exc in failed_events.values():
        logger.error(
            "stage %s could not send to %s: %r", item.stage, item.topic.get_topic_name(), exc,
            extra={"stage": item.stage},
        )
        DEADLETTERS.labels(item.stage, type(exc).__name__).inc()
        if item.event is not None:
            await send_to_deadletter(item.stage, item.event, exc)
    return set(failed_events)


async def _send_sequence(items: list[Outgoing]) -> list[tuple[Outgoing, BaseException]]:
    failures: list[tuple[Outgoing, BaseException]] = []
    for item in items:
        try:
            await _produce(item.stage, item.topic, item.key, item.value)
        except Exception as exc:  # noqa: BLE001 - reported per message by ``flush``
            failures.append((item, exc))
    return failures


async def _produce(stage: str, topic: Any, key: str, value: bytes) -> None:
    await topic.send(key=key.encode(), value=value)
    MESSAGES_OUT.labels(stage, topic.get_topic_name()).inc()


def _log_failure(stage: str, event: Any) -> None:
    logger.exception(
        "stage %s failed on %s[%s]@%s",
        stage,
        event.message.topic,
        event.message.partition,
        event.message.offset,
        extra={"stage": stage},
    )


# -- eviction of expired table entries (shared by the stateful agents) -------------------------


def partition_for(key: str | bytes, partitions: int) -> int:
    """The partition Kafka's default partitioner (aiokafka's, which the producer uses) gives
    ``key``: where a message with this key went, and so its table entries' changelog."""
    raw = key if isinstance(key, bytes) else key.encode()
    return (murmur2(raw) & 0x7FFFFFFF) % partitions


def delete_expired(
    table: Any,
    sweep: ExpirySweep,
    items: Iterable[Incoming],
    partition_if_expired: Callable[[Any, Any], int | None],
) -> int:
    """Delete the expired keys ``sweep`` finds now, each on behalf of an event of its
    partition from ``items`` (so its tombstone goes to that changelog partition)."""
    items = list(items)
    by_partition = {item.event.message.partition: item.event for item in items}
    deleted = 0
    for partition, keys in sweep.due(table, partition_if_expired, by_partition, messages=len(items)).items():
        with on_behalf_of(by_partition[partition]):
            for key in keys:
                del table[key]
        deleted += len(keys)
    if deleted:
        logger.debug("deleted %d expired entries of %s", deleted, table.name)
    return deleted
