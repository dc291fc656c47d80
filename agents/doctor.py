"""``rasd doctor``: what is wrong with this deployment, and what to do about it.

Each check returns findings; a finding that is a problem says what to fix in one line.
The checks, in the order an operator would look: a Java runtime (only for the embedded
broker), the broker, the topics against the catalogue, the consumer group's lag, and the
feeds' health as the pollers last recorded it on the compacted feed-state topic.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import GroupCoordinatorNotAvailableError, KafkaError

from agents.kafka_admin import admin_client, describe_topics
from agents.kafka_client import client_kwargs
from rasd.errors import BrokerError
from rasd.settings import Settings
from topics import TopicSpec, catalogue

logger = logging.getLogger(__name__)

__all__ = ["Finding", "diagnose", "format_findings"]

PROBLEM, NOTE, OK = "problem", "note", "ok"
READ_TIMEOUT = 10.0  # seconds to read a compacted topic to its end


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # core, java, broker, topic, lag, feed
    level: str  # problem, note, ok
    message: str
    fix: str = ""

    @property
    def is_problem(self) -> bool:
        return self.level == PROBLEM

    def line(self) -> str:
        label = {PROBLEM: "FAIL", NOTE: "note", OK: "ok  "}[self.level]
        text = f"{label} {self.check}: {self.message}"
        return f"{text} Fix: {self.fix}" if self.fix else text


def check_core_build() -> list[Finding]:
    """Whether the analysis core runs compiled, and no compiled module is older than its source."""
    from rasd.build import STALE_HINT, core_build, stale_modules

    if stale := stale_modules():
        return [Finding("core", PROBLEM, STALE_HINT.split(". ")[0].format(names=", ".join(stale)) + ".",
                        "`make install` (or `make pure` while editing them).")]
    build = core_build()
    if build == "compiled":
        return [Finding("core", OK, "analysis core compiled (mypyc).")]
    return [Finding("core", NOTE, "analysis core runs as pure Python (about 1.4x slower per article).",
                    "`make install` compiles it.")]


def check_java(settings: Settings) -> list[Finding]:
    if not settings.embedded:
        return [Finding("java", OK, f"not needed (external cluster at {settings.bootstrap}).")]
    from agents.broker.java import find_java

    try:
        java = find_java(settings.kafka_version)
    except BrokerError as exc:
        return [Finding("java", PROBLEM, str(exc))]
    return [Finding("java", OK, f"Java {java.major} at {java.executable}.")]


async def check_broker(settings: Settings) -> list[Finding]:
    admin = admin_client(settings)
    fix = (
        "start the embedded broker with `rasd broker start` (or `rasd up`)."
        if settings.embedded
        else "check RASD_KAFKA_BOOTSTRAP, the network and the security settings (RASD_SECURITY_PROTOCOL, RASD_SASL_*)."
    )
    try:
        await admin.start()
        cluster = await admin.describe_cluster()
    except (KafkaError, OSError) as exc:
        return [Finding("broker", PROBLEM, f"cannot reach Kafka at {settings.bootstrap} ({type(exc).__name__}).", fix)]
    finally:
        await admin.close()
    brokers = len(cluster.get("brokers", []))
    return [Finding("broker", OK, f"{brokers} broker(s) at {settings.bootstrap}.")]


async def check_topics(settings: Settings, specs: dict[str, TopicSpec]) -> list[Finding]:
    reports = await describe_topics(settings, specs)
    out = []
    for report in reports.values():
        for drift in report.drift:
            out.append(Finding(
                "topic", PROBLEM, f"{report.spec.name}: {drift}.",
                "run `rasd topics create` (creates missing topics, adds partitions, fixes configs).",
            ))
    if not out:
        out.append(Finding("topic", OK, f"all {len(reports)} catalogue topics exist as catalogued."))
    return out


async def _end_offsets(settings: Settings, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        return await consumer.end_offsets(partitions) if partitions else {}
    finally:
        await consumer.stop()


async def check_lag(settings: Settings, specs: dict[str, TopicSpec]) -> list[Finding]:
    group = settings.app_id
    admin = admin_client(settings)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
    except GroupCoordinatorNotAvailableError:
        # A group no worker has joined yet has no coordinator: nothing to lag behind.
        committed = {}
    finally:
        await admin.close()
    names = {spec.name for spec in specs.values()}
    committed = {tp: meta.offset for tp, meta in committed.items() if tp.topic in names and meta.offset >= 0}
    if not committed:
        return [Finding(
            "lag", NOTE, f"consumer group {group} has committed no offsets yet: no worker has run.",
            "start workers with `rasd worker` (or `rasd up`).",
        )]
    ends = await _end_offsets(settings, list(committed))
    per_topic: dict[str, int] = {}
    for tp, offset in committed.items():
        per_topic[tp.topic] = per_topic.get(tp.topic, 0) + max(0, ends.get(tp, offset) - offset)
    out = []
    for topic, lag in sorted(per_topic.items()):
        if lag > settings.ready_max_lag:
            out.append(Finding(
                "lag", PROBLEM,
                f"consumer group {group} is {lag} messages behind on {topic} (limit {settings.ready_max_lag}).",
                "check the workers are running and healthy (`/readyz`), or add workers (up to the partition count).",
            ))
    if not out:
        out.append(Finding("lag", OK, f"consumer group {group} lags {sum(per_topic.values())} message(s) in all."))
    return out


async def read_compacted(
    settings: Settings, topic: str, within: float = READ_TIMEOUT
) -> dict[bytes, bytes | None]:
    """The latest value per key of a (compacted) topic, read from its start to its end now."""
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=None, enable_auto_commit=False)
    await consumer.start()
    latest: dict[bytes, bytes | None] = {}
    try:
        # A consumer without a subscription holds no topic metadata: fetch it (the cluster's
        # answer, not the consumer's cache, which ``topics()`` does not update).
        cluster = await consumer._client.fetch_all_metadata()
        partitions = [TopicPartition(topic, p) for p in sorted(cluster.partitions_for_topic(topic) or ())]
        if not partitions:
            return latest
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        await consumer.seek_to_beginning(*partitions)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        pending = {tp for tp, end in ends.items() if end > 0}
        while pending and loop.time() < deadline:
            batch = await consumer.getmany(*pending, timeout_ms=500)
            for messages in batch.values():
                for message in messages:
                    if message.key is not None:
                        latest[message.key] = message.value
            pending = {tp for tp in pending if await consumer.position(tp) < ends[tp]}
    finally:
        await consumer.stop()
    return latest


def _feed_findings(states: dict[bytes, bytes | None]) -> list[Finding]:
    out = []
    counted = 0
    for key, value in sorted(states.items()):
        if value is None:
            continue
        try:
            state: dict[str, Any] = orjson.loads(value)
        except orjson.JSONDecodeError:
            out.append(Finding("feed", NOTE, f"feed state {key!r} is not JSON; ignored."))
            continue
        counted += 1
        feed = state.get("url") or state.get("feed_id") or key.decode(errors="replace")
        error = state.get("last_error") or "no error recorded"
        if state.get("health") == "failing":
            out.append(Finding(
                "feed", PROBLEM,
                f"{feed} is failing ({state.get('consecutive_failures', '?')} failures; last: {error}).",
                "check the URL (`rasd feeds list`), fix or remove the feed (`rasd feeds remove`).",
            ))
        elif state.get("health") == "degraded":
            out.append(Finding("feed", NOTE, f"{feed} is degraded ({error})."))
    if not any(f.is_problem for f in out):
        out.append(Finding("feed", OK, f"{counted} feed(s) with a recorded state, none failing."))
    return out


async def check_feeds(settings: Settings, specs: dict[str, TopicSpec]) -> list[Finding]:
    return _feed_findings(await read_compacted(settings, specs["feed-state"].name))


async def diagnose(settings: Settings) -> list[Finding]:
    """Every check; a check that cannot run (broker down) is reported, not raised."""
    findings = check_core_build() + check_java(settings)
    broker = await check_broker(settings)
    findings += broker
    if any(f.is_problem for f in broker):
        return findings
    specs = catalogue(settings)
    for name, check in (("topic", check_topics), ("lag", check_lag), ("feed", check_feeds)):
        try:
            findings += await check(settings, specs)
        except (KafkaError, OSError, BrokerError) as exc:
            findings.append(Finding(name, PROBLEM, f"check could not run ({type(exc).__name__}: {exc}).",
                                    "run `rasd doctor` again; if it persists, check the broker logs."))
    return findings


def format_findings(findings: list[Finding]) -> str:
    problems = sum(f.is_problem for f in findings)
    summary = f"{problems} problem(s) found." if problems else "No problems found."
    return "\n".join([*(f.line() for f in findings), summary])
