"""``rasd replay``: re-analyse stored articles after the knowledge base or the lexicons changed.

A replay copies the records of ``rasd.articles`` published since a time back into
``rasd.articles``, each marked ``"replay": true``, and lets the pipeline do the rest: the
tag agent re-tags with the current KB, the detect agent re-detects, a cluster gets a new
revision only when something changed (a report it already holds, from the same article
with the same status, is a no-op), and ``AlertBook`` sends nothing for an unchanged
cluster revision. So subscribers hear only of what the new KB or lexicons found.

The copy stops at the end offsets seen when it started (it never reads its own output),
and copies each (article id, revision, content hash) once even when an earlier replay
already put a copy in the window.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from agents.kafka_client import client_kwargs
from rasd.errors import ConfigError
from rasd.settings import Settings
from topics import catalogue

logger = logging.getLogger(__name__)

__all__ = ["ReplayReport", "parse_since", "replay_articles"]

_RELATIVE = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """``2025-11-11T09:00:00Z``, ``2025-11-11`` (UTC midnight) or a duration ago: ``90m``, ``6h``, ``3d``."""
    now = now or datetime.now(UTC)
    match = _RELATIVE.match(text)
    if match:
        return now - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(
            f"--since {text!r}: use an ISO 8601 time (2025-11-11T09:00:00Z, 2025-11-11) "
            "or a duration ago (90m, 6h, 3d)."
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # a time without a zone is read as UTC, as Kafka stores it
    if when > now:
        raise ConfigError(f"--since {text!r} is in the future; nothing to replay.")
    return when


@dataclass
class ReplayReport:
    topic: str
    since: datetime
    copied: int = 0
    duplicates: int = 0  # the same article revision seen twice in the window
    unreadable: int = 0  # not JSON or not an article; the tag agent dead-lettered them already
    partitions: dict[int, tuple[int, int]] = field(default_factory=dict)  # partition -> [start, end)

    @property
    def scanned(self) -> int:
        return sum(end - start for start, end in self.partitions.values())


def _identity(record: object) -> tuple[str, int, str] | None:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return None
    return record["id"], int(record.get("revision") or 0), str(record.get("content_hash", ""))


async def _window(
    consumer: AIOKafkaConsumer, topic: str, since: datetime
) -> dict[TopicPartition, tuple[int, int]]:
    # A consumer without a subscription holds no topic metadata: fetch it (the cluster's
    # answer, not the consumer's cache, which ``topics()`` does not update).
    cluster = await consumer._client.fetch_all_metadata()
    partitions = [TopicPartition(topic, p) for p in sorted(cluster.partitions_for_topic(topic) or ())]
    if not partitions:
        raise ConfigError(f"topic {topic} does not exist on the cluster: run `rasd topics create`.")
    consumer.assign(partitions)
    ends = await consumer.end_offsets(partitions)
    stamp = int(since.timestamp() * 1000)
    starts = await consumer.offsets_for_times(dict.fromkeys(partitions, stamp))
    window = {}
    for tp in partitions:
        found = starts.get(tp)
        window[tp] = (found.offset if found is not None else ends[tp], ends[tp])
    return window


async def replay_articles(settings: Settings, since: datetime, *, dry_run: bool = False) -> ReplayReport:
    """Copy ``rasd.articles`` records published since ``since`` back into it, marked replay."""
    topic = catalogue(settings)["articles"].name
    report = ReplayReport(topic=topic, since=since)
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=None, enable_auto_commit=False)
    producer = AIOKafkaProducer(**client_kwargs(settings), acks="all")
    await consumer.start()
    try:
        window = await _window(consumer, topic, since)
        report.partitions = {tp.partition: bounds for tp, bounds in window.items()}
        pending = {tp for tp, (start, end) in window.items() if start < end}
        for tp in pending:
            consumer.seek(tp, window[tp][0])
        if not dry_run:
            await producer.start()
        seen: set[tuple[str, int, str]] = set()
        while pending:
            batch = await consumer.getmany(*pending, timeout_ms=1000)
            for tp, messages in batch.items():
                for message in messages:
                    if message.offset >= window[tp][1]:
                        continue  # written after the replay started (maybe by this replay)
                    await _copy(producer, topic, message, seen, report, dry_run=dry_run)
            pending = {tp for tp in pending if await consumer.position(tp) < window[tp][1]}
        if not dry_run:
            await producer.flush()
    finally:
        await consumer.stop()
        if not dry_run:
            await producer.stop()
    logger.info(
        "replay of %s since %s: %d copied, %d duplicates, %d unreadable",
        topic, since.isoformat(), report.copied, report.duplicates, report.unreadable,
    )
    return report


async def _copy(
    producer: AIOKafkaProducer, topic: str, message: object, seen: set[tuple[str, int, str]],
    report: ReplayReport, *, dry_run: bool,
) -> None:
    try:
        record = orjson.loads(message.value) if message.value else None  # type: ignore[attr-defined]
    except orjson.JSONDecodeError:
        record = None
    identity = _identity(record)
    if identity is None:
        report.unreadable += 1
        return
    if identity in seen:
        report.duplicates += 1
        return
    seen.add(identity)
    report.copied += 1
    if not dry_run:
        record["replay"] = True  # type: ignore[index]
        await producer.send(topic, key=message.key, value=orjson.dumps(record))  # type: ignore[attr-defined]
