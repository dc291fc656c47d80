"""The embedded Kafka broker for real: a JVM, aiokafka clients, Faust's topic creation.

The session broker (``kafka_broker``) is shared and never stopped here; lifecycle tests run
their own broker in a module-scoped home so that stopping it disturbs nobody.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from click.testing import CliRunner

from agents.broker import EmbeddedBroker, wire
from agents.cli import cli
from rasd.errors import BrokerError
from rasd.settings import Settings
from tests.kafka_support import create_topics, free_port, unique_name

pytestmark = pytest.mark.broker


async def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for i, value in enumerate(values):
            await producer.send_and_wait(topic, value, key=str(i).encode())
    finally:
        await producer.stop()


async def consume(bootstrap: str, topic: str, count: int) -> list[bytes]:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=unique_name("test-group"),
        auto_offset_reset="earliest",
    )
    await consumer.start()
    got: list[bytes] = []
    try:
        async with asyncio.timeout(60):
            async for message in consumer:
                got.append(message.value)
                if len(got) == count:
                    break
    finally:
        await consumer.stop()
    return got


# -- the session broker ------------------------------------------------------------------


async def test_session_broker_round_trips_messages(kafka_broker: EmbeddedBroker) -> None:
    topic = unique_name("roundtrip")
    await create_topics(kafka_broker.bootstrap, topic, partitions=3)
    values = [f"خبر {i}".encode() for i in range(10)]
    await produce(kafka_broker.bootstrap, topic, values)
    assert sorted(await consume(kafka_broker.bootstrap, topic, len(values))) == sorted(values)


async def test_faust_creates_its_internal_topics_through_the_admin_api(
    kafka_broker: EmbeddedBroker,
) -> None:
    import faust  # only this test needs the Faust import cost

    app = faust.App(
        unique_name("rasd-broker-test"),
        broker=f"kafka://{kafka_broker.bootstrap}",
        store="memory://",
        web_enabled=False,
        topic_replication_factor=1,
    )
    changelog = app.topic(unique_name("changelog"), partitions=4, internal=True)
    await app.producer.start()
    try:
        await changelog.maybe_declare()
    finally:
        await app.producer.stop()
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_broker.bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([changelog.get_topic_name()])
    finally:
        await admin.close()
    assert described["error_code"] == 0
    assert len(described["partitions"]) == 4


def test_unknown_topics_are_not_auto_created(kafka_broker: EmbeddedBroker) -> None:
    if not isinstance(kafka_broker, EmbeddedBroker):
        pytest.skip("RASD_TEST_BOOTSTRAP cluster: its topic policy is not ours to check")
    text = kafka_broker.root.joinpath("config", "server.properties").read_text()
    assert "auto.create.topics.enable=false" in text


# -- a broker of our own: lifecycle ------------------------------------------------------


@pytest.fixture(scope="module")
def own_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    if os.environ.get("RASD_TEST_BOOTSTRAP"):
        pytest.skip("RASD_TEST_BOOTSTRAP is set: the embedded broker's lifecycle tests are skipped")
    settings = Settings.load()
    broker = EmbeddedBroker(
        tmp_path_factory.mktemp("own-broker"),
        port=free_port(),
        version=settings.kafka_version,
        kafka_home=settings.kafka_home or None,
        detached=False,
    )
    try:
        yield broker
    finally:
        broker.stop(timeout=30)


async def test_stop_and_start_keep_topics_and_messages(own_broker: EmbeddedBroker) -> None:
    own_broker.start()
    assert own_broker.last_start is not None and own_broker.last_start.formatted
    first = own_broker.status()
    assert first.state == "running" and first.pid is not None
    topic = unique_name("durable")
    values = [b"before-restart-%d" % i for i in range(5)]
    await create_topics(own_broker.bootstrap, topic, partitions=2)
    await produce(own_broker.bootstrap, topic, values)

    own_broker.stop()
    assert own_broker.status().state == "stopped"
    assert own_broker.last_stop_killed == []  # SIGTERM was enough: a clean shutdown
    with pytest.raises(wire.ProbeError):
        wire.probe("127.0.0.1", first.port, timeout=1)

    own_broker.start()
    assert own_broker.last_start is not None and not own_broker.last_start.formatted
    second = own_broker.status()
    assert second.cluster_id == first.cluster_id and second.pid != first.pid
    assert sorted(await consume(own_broker.bootstrap, topic, len(values))) == values


def test_start_is_idempotent_and_ready_when_it_returns(own_broker: EmbeddedBroker) -> None:
    own_broker.start()
    pid = own_broker.status().pid
    own_broker.start()
    assert own_broker.last_start is not None and own_broker.last_start.already_running
    assert own_broker.status().pid == pid
    info = wire.probe("127.0.0.1", own_broker.status().port)
    assert info.cluster_id == own_broker.status().cluster_id and len(info.brokers) == 1


def test_a_second_broker_on_the_same_port_names_the_one_there(
    own_broker: EmbeddedBroker, tmp_path: Path
) -> None:
    own_broker.start()
    intruder = EmbeddedBroker(tmp_path, port=own_broker.status().port)
    with pytest.raises(BrokerError) as caught:
        intruder.start(timeout=10)
    message = str(caught.value)
    assert f"another Kafka broker (cluster id {own_broker.status().cluster_id})" in message
    assert f"RASD_KAFKA_BOOTSTRAP=127.0.0.1:{own_broker.status().port}" in message


def test_cli_start_outlives_the_command_and_stop_stops_it(own_broker: EmbeddedBroker) -> None:
    own_broker.stop()
    port = own_broker.status().port
    env = {**os.environ, "RASD_HOME": str(own_broker.home), "RASD_BROKER_PORT": str(port)}
    env.pop("RASD_KAFKA_BOOTSTRAP", None)
    # A real `rasd broker start` process: it must exit while the broker keeps running.
    started = subprocess.run(
        [sys.executable, "-c", "from agents.cli import main; main()", "broker", "start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    assert f"127.0.0.1:{port}" in started.stdout
    assert str(own_broker.root / "data") in started.stdout
    assert str(own_broker.log_file()) in started.stdout
    assert " started in " in started.stdout
    assert own_broker.status().state == "running"

    runner = CliRunner()
    status = runner.invoke(cli, ["broker", "status"], env=env)
    assert status.exit_code == 0 and status.output.startswith("running")
    logs = runner.invoke(cli, ["broker", "logs", "-n", "5"], env=env)
    assert logs.exit_code == 0 and len(logs.output.splitlines()) == 5
    stopped = runner.invoke(cli, ["broker", "stop"], env=env)
    assert stopped.exit_code == 0 and "Stopped the embedded broker" in stopped.output
    assert runner.invoke(cli, ["broker", "status"], env=env).exit_code == 3


async def test_three_node_cluster_replicates(tmp_path: Path) -> None:
    if os.environ.get("RASD_TEST_BOOTSTRAP"):
        pytest.skip("RASD_TEST_BOOTSTRAP is set: the embedded broker's lifecycle tests are skipped")
    settings = Settings.load()
    cluster = EmbeddedBroker(
        tmp_path,
        port=free_port(3),
        version=settings.kafka_version,
        kafka_home=settings.kafka_home or None,
        nodes=3,
        detached=False,
    )
    try:
        cluster.start(timeout=180)  # in this thread: detached=False ties it to the caller's thread
        assert cluster.status().state == "running"
        topic = unique_name("replicated")
        admin = AIOKafkaAdminClient(bootstrap_servers=cluster.bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(topic, 2, 3)])
            [described] = await admin.describe_topics([topic])
        finally:
            await admin.close()
        assert all(len(p["isr"]) == 3 for p in described["partitions"])
        await produce(cluster.bootstrap, topic, [b"on three nodes"])
        assert await consume(cluster.bootstrap, topic, 1) == [b"on three nodes"]
    finally:
        cluster.stop(timeout=30)
    assert cluster.status().state == "stopped"


def test_start_on_another_port_while_running_is_refused_not_restarted(
    own_broker: EmbeddedBroker,
) -> None:
    own_broker.start()
    pid = own_broker.status().pid
    elsewhere = EmbeddedBroker(own_broker.home, port=free_port(), version=own_broker.version)
    with pytest.raises(BrokerError, match="already running on port"):
        elsewhere.start(timeout=10)
    assert own_broker.status().pid == pid and own_broker.status().state == "running"
