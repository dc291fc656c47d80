"""Sending unprocessable messages to the dead-letter topic, with their reason and origin."""

from __future__ import annotations

import logging
from typing import Any

from agents.app import topics
from rasd.messages import deadletter_record, encode_message

logger = logging.getLogger(__name__)


async def send_to_deadletter(stage: str, event: Any, error: BaseException) -> None:
    """Record a failed Faust event (its message) on ``rasd.deadletter``; never raises."""
    message = event.message
    record = deadletter_record(
        stage=stage,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        value=message.value,
        error=error,
    )
    logger.warning(
        "dead-letter: stage=%s topic=%s partition=%s offset=%s key=%s reason=%s",
        stage, message.topic, message.partition, message.offset, record["key"], record["reason"],
        extra={"stage": stage, "topic": message.topic, "partition": message.partition,
               "offset": message.offset, "article_id": record["key"]},
    )
    await topics["deadletter"].send(key=message.key, value=encode_message(record))
