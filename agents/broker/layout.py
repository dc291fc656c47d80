"""Where the embedded cluster keeps its files, and the small records it writes there.

One node::

    <home>/broker/                  cluster root (cluster.json: id, version, ports)
        data/  logs/  config/       Kafka's log.dirs, server.log + kafka.out, rendered configs
        kafka.pid

Three nodes (``--nodes 3``) live apart from the single-node cluster, so the two never
share a data directory formatted for another cluster id::

    <home>/broker-3nodes/cluster.json
    <home>/broker-3nodes/node-1/{data,logs,config,kafka.pid} ...
"""

from __future__ import annotations

import base64
import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rasd.errors import BrokerError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NodePaths:
    node_id: int
    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def config_dir(self) -> Path:
        return self.root / "config"

    @property
    def server_properties(self) -> Path:
        return self.config_dir / "server.properties"

    @property
    def server_log(self) -> Path:
        return self.logs_dir / "server.log"

    @property
    def console_log(self) -> Path:
        """The JVM's own stdout/stderr: crashes before logging starts end up here."""
        return self.logs_dir / "kafka.out"

    @property
    def pid_file(self) -> Path:
        return self.root / "kafka.pid"

    @property
    def meta_properties(self) -> Path:
        return self.data_dir / "meta.properties"

    def make_dirs(self) -> None:
        for path in (self.data_dir, self.logs_dir, self.config_dir):
            path.mkdir(parents=True, exist_ok=True)


def cluster_root(home: Path, nodes: int) -> Path:
    return home / "broker" if nodes == 1 else home / f"broker-{nodes}nodes"


def node_paths(root: Path, nodes: int) -> list[NodePaths]:
    if nodes == 1:
        return [NodePaths(1, root)]
    return [NodePaths(i, root / f"node-{i}") for i in range(1, nodes + 1)]


def new_cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (as kafka-storage
    random-uuid prints), generated here to save a JVM start. Never starting with "-", as
    Kafka's own Uuid.randomUuid ensures: kafka-storage would read "-t -Xy…" as an option and
    fail with "argument --cluster-id/-t: expected one argument" (1 start in 64)."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
        if not cluster_id.startswith("-"):
            return cluster_id


@dataclass
class ClusterRecord:
    """cluster.json: what the data directories were formatted with, so a restart reuses it."""

    cluster_id: str
    controller_ports: dict[str, int] = field(default_factory=dict)  # node id -> port
    formatted_with: str = ""  # Kafka version that ran `format`
    last_version: str = ""  # Kafka version of the last start (for `status`)
    client_ports: dict[str, int] = field(default_factory=dict)  # node id -> port of last start

    @classmethod
    def load(cls, root: Path) -> ClusterRecord | None:
        path = root / "cluster.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                cluster_id=str(raw["cluster_id"]),
                controller_ports={
                    str(k): int(v) for k, v in raw.get("controller_ports", {}).items()
                },
                formatted_with=str(raw.get("formatted_with", "")),
                last_version=str(raw.get("last_version", "")),
                client_ports={str(k): int(v) for k, v in raw.get("client_ports", {}).items()},
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BrokerError(
                f"The embedded broker's state file {path} is unreadable ({exc}). If the broker is "
                f"stopped and its data is disposable, delete {root} and run `rasd broker start` "
                "again to format a fresh cluster."
            ) from exc

    def save(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        tmp = root / "cluster.json.tmp"
        tmp.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, root / "cluster.json")


def read_meta_properties(path: Path) -> dict[str, str]:
    """Kafka's meta.properties (written by `format`): a plain key=value file."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "!")) or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


def check_formatted_for(node: NodePaths, cluster_id: str) -> bool:
    """True if the node's data dir is already formatted for this cluster, False if it is
    empty; a BrokerError if it belongs to another cluster or another node."""
    if not node.meta_properties.exists():
        return False
    try:
        meta = read_meta_properties(node.meta_properties)
    except OSError as exc:
        raise BrokerError(f"Cannot read {node.meta_properties} ({exc.strerror}).") from exc
    found_cluster = meta.get("cluster.id", "")
    found_node = meta.get("node.id", "")
    if found_cluster != cluster_id:
        raise BrokerError(
            f"The data directory {node.data_dir} was formatted for another Kafka cluster "
            f"(cluster id {found_cluster or 'missing'}, expected {cluster_id}), so the broker "
            "would refuse to start. Keep that data by pointing RASD_HOME at the state directory "
            f"it came from, or, if it is disposable, delete {node.data_dir} (the broker is "
            "formatted afresh at the next start). To use another cluster instead, set "
            "RASD_KAFKA_BOOTSTRAP or run the docker compose file in deploy/."
        )
    if found_node and found_node != str(node.node_id):
        raise BrokerError(
            f"The data directory {node.data_dir} belongs to node {found_node}, not node "
            f"{node.node_id}. Delete it if it is disposable, or restore the directory layout "
            "it came from."
        )
    return True
