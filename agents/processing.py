"""The shared shape of every Rasd agent: decode, call the pure core, send; bad messages to
the dead-letter topic. Agents only say which schema they read and what the core returns.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from agents.deadletter import send_to_deadletter
from rasd.errors import MessageError
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
    try:
        record = decode_message(event.message.value, schema)
        await handle(record)
    except MessageError as exc:
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
        await send_to_deadletter(stage, event, exc)


async def send_all(topic: Any, items: Iterable[tuple[str, bytes]]) -> None:
    for key, value in items:
        await topic.send(key=key.encode(), value=value)
