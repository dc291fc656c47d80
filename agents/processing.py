"""The shared shape of every Rasd agent: decode, call the pure core, send; bad messages to
the dead-letter topic. Agents only say which schema they read and what the core returns.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from agents.deadletter import send_to_deadletter
from agents.metrics import DEADLETTERS, MESSAGES_IN, MESSAGES_OUT, PROCESSING_SECONDS
from rasd.errors import InputError, MessageError
from rasd.messages import decode_message

logger = logging.getLogger(__name__)

BATCH_SIZE = 100  # messages taken from a stream at once
BATCH_WITHIN = 0.01  # seconds to wait for a batch to fill: a latency bound, not a delay

Handler = Callable[[dict[str, Any]], Awaitable[None]]


async def process_stream(
    stream: Any, *, stage: str, schema: str, handle: Handler, batch: bool = True
) -> None:
    """Run ``handle`` on every decoded message of ``stream``; never let one message stop it.

    ``batch=False`` for handlers that write Faust tables: a table write needs the stream's
    current event, which only per-message iteration sets.
    """
    if not batch:
        async for event in stream.events():
            await process_one(event, stage=stage, schema=schema, handle=handle)
        return
    async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN):
        for event in events:
            await process_one(event, stage=stage, schema=schema, handle=handle)


async def process_one(event: Any, *, stage: str, schema: str, handle: Handler) -> None:
    MESSAGES_IN.labels(stage).inc()
    started = time.perf_counter()
    try:
        record = decode_message(event.message.value, schema)
        await handle(record)
        PROCESSING_SECONDS.labels(stage).observe(time.perf_counter() - started)
    except (MessageError, InputError) as exc:  # the message is bad, not the code
        DEADLETTERS.labels(stage, type(exc).__name__).inc()
        await send_to_deadletter(stage, event, exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one message must not stop the stream
        logger.exception(
            "stage %s failed on %s[%s]@%s",
            stage,
            event.message.topic,
            event.message.partition,
            event.message.offset,
            extra={"stage": stage},
        )
        DEADLETTERS.labels(stage, type(exc).__name__).inc()
        await send_to_deadletter(stage, event, exc)


async def send(stage: str, topic: Any, key: str, value: bytes) -> None:
    """Produce one message and count it (the metrics say what each agent emits)."""
    await topic.send(key=key.encode(), value=value)
    MESSAGES_OUT.labels(stage, topic.get_topic_name()).inc()
