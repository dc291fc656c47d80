"""Creating and checking the catalogue's topics on any Kafka cluster (idempotent)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from aiokafka.admin import AIOKafkaAdminClient, NewPartitions, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaConnectionError, KafkaError

from agents.kafka_client import client_kwargs
from rasd.errors import BrokerError
from rasd.settings import Settings
from topics import TopicSpec

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class TopicReport:
    spec: TopicSpec
    exists: bool = False
    partitions: int | None = None
    replication_factor: int | None = None
    configs: dict[str, str] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)

    @property
    def drift(self) -> list[str]:
        """How the cluster differs from the catalogue (empty: in sync)."""
        if not self.exists:
            return ["missing"]
        out = []
        if self.partitions is not None and self.partitions < self.spec.partitions:
            out.append(f"partitions {self.partitions} < {self.spec.partitions}")
        for key, want in self.spec.configs().items():
            have = self.configs.get(key)
            if have is not None and have != want:
                out.append(f"{key}={have} (catalogue: {want})")
        return out


def admin_client(settings: Settings) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(**client_kwargs(settings))


def _unreachable(settings: Settings, exc: BaseException) -> BrokerError:
    hint = (
        "start the embedded broker with `rasd broker start`"
        if settings.embedded
        else "check RASD_KAFKA_BOOTSTRAP and the security settings"
    )
    return BrokerError(
        f"Cannot reach Kafka at {settings.bootstrap} ({exc.__class__.__name__}: {exc}). "
        f"Is the broker running? To fix it, {hint}.",
        retriable=True,
    )


async def _describe(admin: AIOKafkaAdminClient, specs: dict[str, TopicSpec]) -> dict[str, TopicReport]:
    reports = {spec.name: TopicReport(spec) for spec in specs.values()}
    existing = set(await admin.list_topics())
    present = [name for name in reports if name in existing]
    if present:
        for meta in await admin.describe_topics(present):
            report = reports.get(meta["topic"])
            if report is None or meta.get("error_code", 0):
                continue
            report.exists = True
            parts = meta.get("partitions", [])
            report.partitions = len(parts)
            report.replication_factor = len(parts[0]["replicas"]) if parts else 0
        resources = [ConfigResource(ConfigResourceType.TOPIC, name) for name in present]
        for response in await admin.describe_configs(resources):
            for resource in response.resources:
                name = resource[3]
                entries = resource[4]
                if name in reports:
                    reports[name].configs = {entry[0]: entry[1] for entry in entries}
    return reports


async def _started_admin(settings: Settings) -> AIOKafkaAdminClient:
    admin = admin_client(settings)
    try:
        await admin.start()
    except (KafkaConnectionError, KafkaError, OSError) as exc:
        raise _unreachable(settings, exc) from None
    return admin


async def describe_topics(settings: Settings, specs: dict[str, TopicSpec]) -> dict[str, TopicReport]:
    admin = await _started_admin(settings)
    try:
        return await _describe(admin, specs)
    finally:
        await admin.close()


async def ensure_topics(settings: Settings, specs: dict[str, TopicSpec]) -> dict[str, TopicReport]:
    """Create missing topics, add partitions and fix configs that drifted; return what was done."""
    admin = await _started_admin(settings)
    try:
        brokers = len((await admin.describe_cluster()).get("brokers", [])) or 1
        specs = _fit_replication(specs, brokers)
        reports = await _describe(admin, specs)
        missing = [r.spec for r in reports.values() if not r.exists]
        if missing:
            await admin.create_topics(
                [
                    NewTopic(
                        name=spec.name,
                        num_partitions=spec.partitions,
                        replication_factor=spec.replication_factor,
                        topic_configs=spec.configs(),
                    )
                    for spec in missing
                ]
            )
            for spec in missing:
                reports[spec.name].actions.append("created")
        grow = {
            r.spec.name: NewPartitions(total_count=r.spec.partitions)
            for r in reports.values()
            if r.exists and r.partitions is not None and r.partitions < r.spec.partitions
        }
        if grow:
            await admin.create_partitions(grow)
            for name, new in grow.items():
                reports[name].actions.append(f"partitions -> {new.total_count}")
        stale = [
            r for r in reports.values()
            if r.exists and any(r.configs.get(k) not in (None, v) for k, v in r.spec.configs().items())
        ]
        if stale:
            await admin.alter_configs(
                [ConfigResource(ConfigResourceType.TOPIC, r.spec.name, r.spec.configs()) for r in stale]
            )
            for r in stale:
                r.actions.append("configs updated")
        return _merge_actions(await _describe(admin, specs), reports)
    finally:
        await admin.close()


def _fit_replication(specs: dict[str, TopicSpec], brokers: int) -> dict[str, TopicSpec]:
    """A cluster smaller than the catalogue's replication factor gets what it can hold."""
    out = {}
    for key, spec in specs.items():
        if spec.replication_factor > brokers:
            logger.warning(
                "topic %s: replication factor %d capped to the cluster's %d broker(s)",
                spec.name, spec.replication_factor, brokers,
            )
            rf = brokers
            spec = replace(spec, replication_factor=rf, min_insync_replicas=max(1, min(spec.min_insync_replicas, rf - 1)))
        out[key] = spec
    return out


def _merge_actions(fresh: dict[str, TopicReport], done: dict[str, TopicReport]) -> dict[str, TopicReport]:
    for name, report in fresh.items():
        report.actions = done[name].actions
    return fresh


def changelog_specs(tables: dict[str, int], *, replication_factor: int, min_insync_replicas: int) -> dict[str, TopicSpec]:
    """Topic specs for Faust tables' changelogs (name -> partitions): compacted, like Faust's own."""
    return {
        name: TopicSpec(
            key=name, name=name, description="Faust table changelog", partitions=partitions,
            replication_factor=replication_factor, min_insync_replicas=min_insync_replicas,
            cleanup_policy="compact", retention_ms=None, key_doc="table key", value_schema="",
        )
        for name, partitions in tables.items()
    }
