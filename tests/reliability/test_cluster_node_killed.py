"""Fault: one node of a three-node cluster is SIGKILLed mid-stream and stays down.

The topics have the catalogue's production values (replication factor 3,
min.insync.replicas 2: a Stack with RASD_REPLICATION_FACTOR=3), so an acks=all write
survives one node down. No acknowledged article or due alert may be lost. The cluster is
this test's own (own home and ports), never the session broker.
"""

from __future__ import annotations

import os
import signal

import pytest

from agents.broker import EmbeddedBroker
from agents.broker.config import free_port
from rasd.settings import Settings
from tests.pipeline_support import Stack
from tests.reliability.flow import run_with_faults
from tests.reliability.support import publish_figures

pytestmark = [pytest.mark.broker, pytest.mark.timeout(600)]

PER_PHASE = 100
NODE_TO_KILL = 2  # not the first bootstrap address, not necessarily the controller


def three_free_ports() -> int:
    return free_port(3)


@pytest.fixture
def cluster(tmp_path):
    settings = Settings.load()
    broker = EmbeddedBroker(
        tmp_path / "cluster-home", port=three_free_ports(), nodes=3, version=settings.kafka_version,
        kafka_home=settings.kafka_home or None, detached=False,
        env={**os.environ, "KAFKA_HEAP_OPTS": "-Xms128m -Xmx384m"},
    )
    broker.start(timeout=240)
    try:
        yield broker
    finally:
        broker.stop(timeout=30)


def test_one_node_of_three_killed_loses_nothing(cluster, tmp_path):
    stack = Stack(cluster.bootstrap, tmp_path / "stack", extra_env={"RASD_REPLICATION_FACTOR": "3"})
    specs = stack.settings
    from topics import catalogue

    articles_spec = catalogue(specs)["articles"]
    assert (articles_spec.replication_factor, articles_spec.min_insync_replicas) == (3, 2)
    stack.create_topics()
    killed: list[int] = []

    def kill_one_node() -> None:
        node = cluster.status().nodes[NODE_TO_KILL - 1]
        assert node.pid is not None
        os.kill(node.pid, signal.SIGKILL)
        killed.append(node.node_id)

    result = run_with_faults(
        stack, [(f"SIGKILL node {NODE_TO_KILL} of 3 (stays down)", kill_one_node)],
        per_phase=PER_PHASE, prefix="c",
    )
    publish_figures(
        "cluster-node-sigkill", **result.figures(), replication_factor=3, min_insync_replicas=2,
        nodes_killed=killed, command="pytest tests/reliability/test_cluster_node_killed.py -s",
    )
    assert result.worker_exit_codes == [], result.worker_log
    assert result.tagged.lost == 0 and result.tagged.extra == 0, result.worker_log
    assert result.alerts.lost == 0 and result.alerts.extra == 0, result.worker_log
