"""Rendering the broker's config files from the templates in ``deploy/kafka/``."""

from __future__ import annotations

import random
import re
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import BrokerError

DEPLOY_KAFKA = Path(__file__).resolve().parents[2] / "deploy" / "kafka"
ALTERNATIVES = (
    "Alternatively run Kafka with the docker compose file in deploy/ (`docker compose up -d` "
    "there), or point Rasd at an existing cluster with RASD_KAFKA_BOOTSTRAP=host:port."
)
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def deploy_file(name: str) -> Path:
    path = DEPLOY_KAFKA / name
    if not path.is_file():
        raise BrokerError(
            f"{path} is missing: the embedded broker needs the deploy/kafka/ folder of a Rasd "
            f"checkout (install Rasd from its source tree with `pip install -e .`). {ALTERNATIVES}"
        )
    return path


def render(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{{name}}`` placeholders; a placeholder without a value is a bug, not a blank."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value for template placeholder {{{{{name}}}}}")
        return str(values[name])

    return _PLACEHOLDER.sub(fill, template)


@dataclass(frozen=True)
class NodeConfig:
    node_id: int
    port: int
    controller_port: int
    data_dir: Path


def quorum_voters(nodes: Iterable[NodeConfig]) -> str:
    return ",".join(f"{n.node_id}@127.0.0.1:{n.controller_port}" for n in nodes)


def server_properties(node: NodeConfig, cluster: list[NodeConfig]) -> str:
    # One node cannot replicate; three keep two in sync so a replication test sees acks=all
    # survive one node down.
    replication = min(3, len(cluster))
    template = deploy_file("server.properties.template").read_text(encoding="utf-8")
    return render(
        template,
        {
            "node_id": node.node_id,
            "quorum_voters": quorum_voters(cluster),
            "port": node.port,
            "controller_port": node.controller_port,
            "data_dir": node.data_dir.as_posix(),
            "replication_factor": replication,
            "min_insync_replicas": 1 if replication == 1 else 2,
        },
    )


def free_port(count: int = 1) -> int:
    """The first of ``count`` consecutive ports free on loopback right now (racy by nature: bind
    soon). Chosen below the kernel's ephemeral range: a port the kernel hands out (bind to port
    0) is one it may give the next client connection as well, and a broker's nodes listen on
    consecutive ports, which the many connections of a busy test run took at random."""
    low, high = _listening_range()
    rng = random.Random()
    for _ in range(200):
        base = rng.randrange(low, high - count)
        if all(port_is_free(base + k) for k in range(count)):
            return base
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:  # (a crowded range: the kernel's)
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening_range() -> tuple[int, int]:
    """Ports to listen on: those between 10000 and the kernel's ephemeral range (Linux's
    ``ip_local_port_range``, 32768-60999 by default), or above it where that is wider."""
    try:
        first, last = map(int, Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        first, last = 32768, 60999
    if first - 10000 >= 65535 - last:
        return 10000, first
    return last + 1, 65536


def port_is_free(port: int) -> bool:
    """Whether the broker could listen on 127.0.0.1:port. SO_REUSEADDR as Java sets it, so a
    port held only by TIME_WAIT connections of a stopped broker counts as free."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
