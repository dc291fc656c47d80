"""Helpers of the reliability suite: fast producing, reading topics back until a
condition holds, and the figures each fault test publishes (printed, and as JSON under
``test-output/reliability/`` for RELIABILITY.md)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaError

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output" / "reliability"


def publish_figures(fault: str, **figures: Any) -> dict[str, Any]:
    """Print one ``RELIABILITY`` line (visible with ``-s``) and keep it as JSON."""
    record = {"fault": fault, **figures, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / f"{fault}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    print(f"\nRELIABILITY {json.dumps(record, ensure_ascii=False)}")
    return record


async def produce_all(
    bootstrap: str,
    topic: str,
    items: Iterable[tuple[str, Any]],
    *,
    retry_for: float = 0.0,
    **producer_options: Any,
) -> dict[str, str]:
    """Send (key, value) pairs with acks=all, many in flight at once. Returns the keys whose
    send failed even after ``retry_for`` seconds of retries, with the error (acknowledged
    messages are the others). A dict value is JSON-encoded."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, request_timeout_ms=10_000,
        **producer_options,
    )
    await producer.start()
    failed: dict[str, str] = {}

    async def send(key: str, raw: bytes | None) -> asyncio.Future[Any]:
        return await producer.send(topic, key=key.encode(), value=raw)

    try:
        pending = []
        for key, value in items:
            raw = orjson.dumps(value) if isinstance(value, dict) else value
            try:
                pending.append((key, raw, await send(key, raw)))
            except KafkaError as exc:  # no metadata (broker down): retried below
                pending.append((key, raw, None))
                failed[key] = f"{type(exc).__name__}: {exc}"
        for key, raw, first in pending:
            future = first
            deadline = time.monotonic() + retry_for
            while True:
                try:
                    if future is None:
                        future = await send(key, raw)
                    await future
                    failed.pop(key, None)
                    break
                except KafkaError as exc:
                    failed[key] = f"{type(exc).__name__}: {exc}"
                    if time.monotonic() >= deadline:
                        break
                    await asyncio.sleep(0.5)
                    future = None
    finally:
        await producer.stop()
    return failed


async def read_topic(
    bootstrap: str,
    topic: str,
    *,
    done: Callable[[list[Any]], bool],
    timeout: float = 120,
    quiet: float = 0.0,
    decode: bool = True,
    while_arriving: float = 0.0,
    at_most: float = 0.0,
) -> list[Any]:
    """Every record of ``topic`` from the beginning, read until ``done(records)`` (or
    ``timeout``), then ``quiet`` more seconds to catch late duplicates. Decoded: empty
    values become None and values that are not JSON are left out.

    With ``while_arriving``, the wait goes on past ``timeout`` as long as records keep
    arriving (each one grants that many more seconds), up to ``at_most`` in all: on a loaded
    machine a worker catching up after a fault is slow, not lossy, and a stalled stream
    still ends the wait."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None, max_partition_fetch_bytes=16 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024, request_timeout_ms=20_000,
    )
    await consumer.start()
    out: list[Any] = []

    def take(batch: dict[Any, list[Any]]) -> None:
        for messages in batch.values():
            for m in messages:
                if not decode:
                    out.append(m)
                    continue
                try:
                    out.append(orjson.loads(m.value) if m.value else None)
                except orjson.JSONDecodeError:
                    continue  # a poison message some test put on this topic

    try:
        started = time.monotonic()
        deadline, cap = started + timeout, started + max(timeout, at_most)
        while time.monotonic() < deadline and not done(out):
            before = len(out)
            take(await consumer.getmany(timeout_ms=500))
            if while_arriving and len(out) > before:
                deadline = max(deadline, min(cap, time.monotonic() + while_arriving))
        quiet_end = time.monotonic() + quiet
        while time.monotonic() < quiet_end:
            take(await consumer.getmany(timeout_ms=300))
    finally:
        await consumer.stop()
    return out


def has_all(expected: set[Any], key: Callable[[Any], Any]) -> Callable[[list[Any]], bool]:
    """A ``done`` condition: every expected key was read at least once."""

    def check(records: list[Any]) -> bool:
        seen = {key(r) for r in records if r is not None}
        return expected <= seen

    return check
