"""Decoding of topic messages and dead-letter records (pure; no Kafka here).

An agent never lets a bad message crash it or vanish: it decodes with ``decode_message``,
and any ``MessageError`` becomes a dead-letter record built by ``deadletter_record``.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import orjson

import schemas
from rasd.errors import MessageError

MAX_MESSAGE_BYTES = 8 * 1024 * 1024  # larger values are refused before parsing
_EXCERPT_CHARS = 2000


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# The batch schemas of internal topics: the list field and the schema of one item. A single
# item on such a topic (from a worker of an earlier release still draining, or an operator's
# own producer) is read as a batch of one rather than dead-lettered.
BATCHES = {"mention_batch": ("mentions", "mention_count"), "candidate_batch": ("candidates", "event_candidate")}


def decode_message(raw: bytes | str | None, schema: str) -> dict[str, Any]:
    """Parse a JSON message and validate it against ``schema``; raise MessageError if bad."""
    if raw is None or len(raw) == 0:
        raise MessageError("empty message (no value)")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise MessageError(f"message of {len(raw)} bytes exceeds the {MAX_MESSAGE_BYTES}-byte limit")
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise MessageError(f"not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise MessageError(f"expected a JSON object, got {type(obj).__name__}")
    batch = BATCHES.get(schema)
    if batch is not None and batch[0] not in obj:
        field, item_schema = batch
        return {"schema_version": 1, field: [schemas.validate(item_schema, obj)]}
    schemas.validate(schema, obj)
    return obj


def encode_message(obj: dict[str, Any]) -> bytes:
    return orjson.dumps(obj)


def deadletter_record(
    *,
    stage: str,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | str | None,
    value: bytes | str | None,
    error: BaseException,
) -> dict[str, Any]:
    """The dead-letter record for a message that ``stage`` could not process."""
    raw = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else (value or b"")
    try:
        text: str | None = raw[:_EXCERPT_CHARS * 4].decode("utf-8")[:_EXCERPT_CHARS]
        b64 = None
    except UnicodeDecodeError:
        text = None
        b64 = base64.b64encode(raw[:_EXCERPT_CHARS]).decode("ascii")
    if isinstance(key, bytes):
        key = key.decode("utf-8", "replace")
    return {
        "schema_version": 1,
        "stage": stage,
        "topic": topic,
        "partition": int(partition),
        "offset": int(offset),
        "key": key,
        "reason": str(error) or type(error).__name__,
        "error_type": type(error).__name__,
        "value_text": text,
        "value_base64": b64,
        "value_size": len(raw),
        "received_at": utc_now_iso(),
    }
