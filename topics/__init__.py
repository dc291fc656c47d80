"""The topic catalogue: every topic's name, partitions, retention/compaction and schemas.

The catalogue is data (``catalogue.yaml``); this module loads it once and applies the
settings (topic prefix, partition and replication overrides) so that the Faust app,
``rasd topics create`` and the deploy manifests cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["TopicSpec", "catalogue", "load_catalogue", "topic_name"]


@dataclass(frozen=True, slots=True)
class TopicSpec:
    key: str  # catalogue name, e.g. "articles.tagged"
    name: str  # full topic name, e.g. "rasd.articles.tagged"
    description: str
    partitions: int
    replication_factor: int
    min_insync_replicas: int
    cleanup_policy: str
    retention_ms: int | None
    key_doc: str
    value_schema: str

    @property
    def compacted(self) -> bool:
        return self.cleanup_policy == "compact"

    def configs(self) -> dict[str, str]:
        """Topic-level configs as Kafka expects them."""
        out = {
            "cleanup.policy": self.cleanup_policy,
            "min.insync.replicas": str(self.min_insync_replicas),
        }
        if self.retention_ms is not None:
            out["retention.ms"] = str(self.retention_ms)
        return out


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("topics").joinpath("catalogue.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def topic_name(key: str, prefix: str = "rasd") -> str:
    return f"{prefix}.{key}" if prefix else key


def load_catalogue(
    prefix: str = "rasd",
    *,
    partitions: int = 0,
    replication_factor: int = 0,
    max_replication: int | None = None,
) -> dict[str, TopicSpec]:
    """The catalogue with overrides applied; ``max_replication`` caps RF to the broker count."""
    raw = _raw()
    defaults = raw["defaults"]
    out: dict[str, TopicSpec] = {}
    for item in raw["topics"]:
        rf = replication_factor or item.get("replication_factor", defaults["replication_factor"])
        if max_replication is not None:
            rf = min(rf, max_replication)
        # One replica must be allowed to fail, else a single broker restart stops producers.
        min_isr = max(1, min(item.get("min_insync_replicas", defaults["min_insync_replicas"]), rf - 1))
        spec = TopicSpec(
            key=item["name"],
            name=topic_name(item["name"], prefix),
            description=item["description"],
            partitions=partitions or item.get("partitions", defaults["partitions"]),
            replication_factor=rf,
            min_insync_replicas=min_isr,
            cleanup_policy=item["cleanup_policy"],
            retention_ms=item.get("retention_ms"),
            key_doc=item["key"],
            value_schema=item["value_schema"],
        )
        out[spec.key] = spec
    return out


def catalogue(settings: Any, *, max_replication: int | None = None) -> dict[str, TopicSpec]:
    """The catalogue for a ``rasd.settings.Settings`` object."""
    if max_replication is None and settings.embedded:
        max_replication = 1
    return load_catalogue(
        settings.topic_prefix,
        partitions=settings.partitions,
        replication_factor=settings.replication_factor,
        max_replication=max_replication,
    )
