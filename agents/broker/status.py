"""What `status` and `start` report: plain records, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class NodeStatus:
    node_id: int
    port: int
    pid: int | None
    running: bool
    ready: bool
    data_dir: Path
    logs_dir: Path


@dataclass(frozen=True)
class BrokerStatus:
    bootstrap: str
    version: str
    cluster_id: str | None
    nodes: tuple[NodeStatus, ...]

    @property
    def running(self) -> bool:
        return all(n.running for n in self.nodes)

    @property
    def ready(self) -> bool:
        return all(n.ready for n in self.nodes)

    @property
    def state(self) -> str:
        """running (answers requests), starting (process up, not answering), partial (some
        nodes down), or stopped."""
        up = [n.running for n in self.nodes]
        if not any(up):
            return "stopped"
        if not all(up):
            return "partial"
        return "running" if self.ready else "starting"

    @property
    def pid(self) -> int | None:
        return self.nodes[0].pid

    @property
    def port(self) -> int:
        return self.nodes[0].port

    @property
    def data_dir(self) -> Path:
        return self.nodes[0].data_dir

    @property
    def logs_dir(self) -> Path:
        return self.nodes[0].logs_dir

    def as_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "bootstrap": self.bootstrap,
            "version": self.version,
            "cluster_id": self.cluster_id,
            "nodes": [
                {
                    "node_id": n.node_id,
                    "port": n.port,
                    "pid": n.pid,
                    "running": n.running,
                    "ready": n.ready,
                    "data_dir": str(n.data_dir),
                    "logs_dir": str(n.logs_dir),
                }
                for n in self.nodes
            ],
        }


@dataclass(frozen=True)
class StartReport:
    seconds: float
    already_running: bool
    formatted: bool  # this start formatted fresh storage (a cold start)
    jars_source: str = ""
