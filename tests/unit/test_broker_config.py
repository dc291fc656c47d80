"""The embedded broker without Java: its config, its jar cache and the errors people see.

Where a JVM would run, a small shell script stands in for `java` or `mvn`, so the error paths
(missing or old Java, missing Maven, a failed resolution, a broker that dies while starting)
are exercised exactly as a user would meet them.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.broker import EmbeddedBroker, config, jars, layout, wire
from agents.broker.java import find_java, parse_java_major
from agents.cli import cli
from rasd.errors import BrokerError

ALTERNATIVES = ("RASD_KAFKA_BOOTSTRAP", "docker compose")


def properties(text: str) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#")
    )


def script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def fake_java(bin_dir: Path, version: str = "17.0.9", on_kafka: str = "exit 0") -> Path:
    """A `java` that prints a version, 'formats' storage, and runs `on_kafka` as the broker."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    return script(
        bin_dir / "java",
        f"""for arg in "$@"; do
  case "$arg" in
    -version) echo 'openjdk version "{version}" 2025-01-01' >&2; exit 0;;
    kafka.tools.StorageTool) exit 0;;
    kafka.Kafka) {on_kafka};;
  esac
done
exit 0
""",
    )


def fake_kafka_home(root: Path, version: str = "4.1.1") -> Path:
    libs = root / "kafka" / "libs"
    libs.mkdir(parents=True)
    (libs / f"kafka_2.13-{version}.jar").write_bytes(b"PK")
    return root / "kafka"


def bare_env(*bin_dirs: Path) -> dict[str, str]:
    # Only the given directories are searched (not /bin: it may hold the real java or mvn).
    return {"PATH": os.pathsep.join(map(str, bin_dirs)), "HOME": os.environ.get("HOME", "/")}


# -- config ------------------------------------------------------------------------------


def test_single_node_config_is_a_combined_loopback_node_with_replication_one(
    tmp_path: Path,
) -> None:
    node = config.NodeConfig(1, 19092, 19093, tmp_path / "data")
    props = properties(config.server_properties(node, [node]))
    assert props["process.roles"] == "broker,controller"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert props["log.dirs"] == (tmp_path / "data").as_posix()
    for key in ("offsets.topic.replication.factor", "transaction.state.log.replication.factor"):
        assert props[key] == "1"
    assert props["transaction.state.log.min.isr"] == "1"
    assert props["group.initial.rebalance.delay.ms"] == "0"


def test_three_node_config_has_a_three_voter_quorum_and_replicates(tmp_path: Path) -> None:
    cluster = [config.NodeConfig(i, 9000 + i, 9100 + i, tmp_path / f"n{i}") for i in (1, 2, 3)]
    props = properties(config.server_properties(cluster[1], cluster))
    assert props["node.id"] == "2"
    assert props["controller.quorum.voters"] == (
        "1@127.0.0.1:9101,2@127.0.0.1:9102,3@127.0.0.1:9103"
    )
    assert props["default.replication.factor"] == "3"
    assert props["min.insync.replicas"] == "2"


def test_a_template_placeholder_without_a_value_is_an_error() -> None:
    with pytest.raises(KeyError, match="port"):
        config.render("listeners=PLAINTEXT://127.0.0.1:{{port}}", {})


def test_cluster_ids_are_kafka_uuids() -> None:
    ids = {layout.new_cluster_id() for _ in range(20)}
    assert len(ids) == 20
    for cluster_id in ids:
        assert len(cluster_id) == 22
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


# -- Java --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_392"', 8),
        ('openjdk version "21-ea" 2023-09-19', 21),
        ("command not found", None),
    ],
)
def test_java_major_version_is_read_from_java_version_output(
    output: str, major: int | None
) -> None:
    assert parse_java_major(output) == major


def test_no_java_on_path_says_what_to_install_and_the_alternatives(tmp_path: Path) -> None:
    with pytest.raises(BrokerError) as caught:
        find_java("4.1.1", bare_env(tmp_path))
    message = str(caught.value)
    assert "No `java` on PATH" in message and "Java 17" in message
    assert all(alternative in message for alternative in ALTERNATIVES)


def test_too_old_java_is_refused_with_the_version_found(tmp_path: Path) -> None:
    fake_java(tmp_path / "bin", version="11.0.2")
    with pytest.raises(BrokerError, match=r"is Java 11, but Kafka 4\.1\.1 needs Java 17"):
        find_java("4.1.1", bare_env(tmp_path / "bin"))
    assert find_java("3.9.1", bare_env(tmp_path / "bin")).major == 11  # 3.x brokers run on 11


def test_java_home_without_java_is_named(tmp_path: Path) -> None:
    env = {**bare_env(), "JAVA_HOME": str(tmp_path)}
    with pytest.raises(BrokerError, match="JAVA_HOME=.* has no bin/java"):
        find_java("4.1.1", env)


# -- jars --------------------------------------------------------------------------------


def fake_mvn(bin_dir: Path, body: str) -> Path:
    bin_dir.mkdir(parents=True, exist_ok=True)
    return script(bin_dir / "mvn", body)


COPYING_MVN = """echo run >> "${0%/*}/runs"
for arg in "$@"; do
  case "$arg" in -Doutput.dir=*) out="${arg#-Doutput.dir=}";; esac
done
printf 'kafka' > "$out/kafka_2.13-4.1.1.jar"
printf 'clients' > "$out/kafka-clients-4.1.1.jar"
"""


def test_maven_fetches_once_and_the_complete_cache_is_reused(tmp_path: Path) -> None:
    fake_mvn(tmp_path / "bin", COPYING_MVN)
    env = bare_env(tmp_path / "bin")
    first = jars.resolve_jars("4.1.1", tmp_path / "cache", env)
    second = jars.resolve_jars("4.1.1", tmp_path / "cache", env)
    assert first.jars_dir == second.jars_dir == tmp_path / "cache" / "4.1.1" / "libs"
    assert sorted(p.name for p in second.jars_dir.iterdir()) == [
        "kafka-clients-4.1.1.jar",
        "kafka_2.13-4.1.1.jar",
    ]
    assert (tmp_path / "bin" / "runs").read_text().count("run") == 1
    assert second.size_bytes() == len("kafka") + len("clients")


def test_an_incomplete_cache_is_fetched_again(tmp_path: Path) -> None:
    fake_mvn(tmp_path / "bin", COPYING_MVN)
    env = bare_env(tmp_path / "bin")
    cached = jars.resolve_jars("4.1.1", tmp_path / "cache", env)
    (cached.jars_dir / "kafka-clients-4.1.1.jar").unlink()  # e.g. a cleaner removed it
    assert jars.cached_jars("4.1.1", tmp_path / "cache") is None
    jars.resolve_jars("4.1.1", tmp_path / "cache", env)
    assert (tmp_path / "bin" / "runs").read_text().count("run") == 2


def test_missing_maven_says_how_to_get_the_jars_another_way(tmp_path: Path) -> None:
    with pytest.raises(BrokerError) as caught:
        jars.resolve_jars("4.1.1", tmp_path / "cache", bare_env(tmp_path))
    message = str(caught.value)
    assert "Maven (`mvn`) is not on PATH" in message and "RASD_KAFKA_HOME" in message
    assert all(alternative in message for alternative in ALTERNATIVES)


def test_a_version_maven_cannot_find_is_reported_as_such(tmp_path: Path) -> None:
    fake_mvn(
        tmp_path / "bin",
        "echo '[ERROR] Could not find artifact org.apache.kafka:kafka_2.13:jar:9.9.9'; exit 1\n",
    )
    with pytest.raises(BrokerError) as caught:
        jars.resolve_jars("9.9.9", tmp_path / "cache", bare_env(tmp_path / "bin"))
    message = str(caught.value)
    assert "Kafka 9.9.9 may not exist on Maven Central" in message
    assert "Could not find artifact" in message  # Maven's own words are shown
    assert not (tmp_path / "cache" / "9.9.9" / "manifest.json").exists()


def test_a_version_that_is_not_a_release_number_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BrokerError, match="not a Kafka release number"):
        jars.resolve_jars("latest", tmp_path / "cache", bare_env(tmp_path))


def test_kafka_home_gives_its_jars_and_version(tmp_path: Path) -> None:
    found = jars.jars_from_kafka_home(str(fake_kafka_home(tmp_path, "3.9.1")))
    assert found.version == "3.9.1"
    with pytest.raises(BrokerError, match="does not look like a Kafka install"):
        jars.jars_from_kafka_home(str(tmp_path / "nowhere"))


# -- start-up errors ---------------------------------------------------------------------


@pytest.fixture
def busy_port() -> object:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_a_port_in_use_is_reported_before_anything_is_fetched(
    tmp_path: Path, busy_port: int
) -> None:
    broker = EmbeddedBroker(tmp_path / "home", port=busy_port, env=bare_env(tmp_path))
    with pytest.raises(BrokerError) as caught:
        broker.start(timeout=5)
    message = str(caught.value)
    assert f"Port {busy_port} on 127.0.0.1 is already in use" in message
    assert "another program is listening there" in message
    assert "RASD_BROKER_PORT" in message and "--port" in message
    assert all(alternative in message for alternative in ALTERNATIVES)


def test_data_formatted_for_another_cluster_is_refused(tmp_path: Path) -> None:
    fake_java(tmp_path / "bin")
    broker = EmbeddedBroker(
        tmp_path / "home",
        port=config.free_port(),
        kafka_home=str(fake_kafka_home(tmp_path)),
        env=bare_env(tmp_path / "bin"),
    )
    layout.ClusterRecord("ours-AAAAAAAAAAAAAAAAAA").save(broker.root)
    data = broker.root / "data"
    data.mkdir(parents=True)
    (data / "meta.properties").write_text(
        "version=1\ncluster.id=theirs-BBBBBBBBBBBBBBB\nnode.id=1\n"
    )
    with pytest.raises(BrokerError) as caught:
        broker.start(timeout=5)
    message = str(caught.value)
    assert "formatted for another Kafka cluster" in message
    assert "theirs-BBBBBBBBBBBBBBB" in message and str(data) in message
    assert broker.status().state == "stopped"


def test_a_broker_that_dies_while_starting_shows_its_log(tmp_path: Path) -> None:
    fake_java(
        tmp_path / "bin",
        on_kafka="echo 'ERROR Exiting Kafka due to fatal exception: disk on fire' >&2; exit 1",
    )
    broker = EmbeddedBroker(
        tmp_path / "home",
        port=config.free_port(),
        kafka_home=str(fake_kafka_home(tmp_path)),
        env=bare_env(tmp_path / "bin"),
        detached=False,
    )
    with pytest.raises(BrokerError) as caught:
        broker.start(timeout=30)
    message = str(caught.value)
    assert "died while starting (exit code 1)" in message
    assert "disk on fire" in message  # the tail of its output, not just "it failed"
    assert str(broker.log_file()) in message
    record = json.loads((broker.root / "cluster.json").read_text())
    assert record["cluster_id"]  # formatted once; a retry reuses the same cluster id
    assert broker.status().state == "stopped"


def test_status_of_a_broker_never_started_says_stopped_and_where_data_goes(tmp_path: Path) -> None:
    status = EmbeddedBroker(tmp_path, port=19092).status()
    assert status.state == "stopped" and status.pid is None
    assert status.data_dir == tmp_path / "broker" / "data"
    three = EmbeddedBroker(tmp_path, port=19092, nodes=3)
    assert three.bootstrap == "127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094"
    assert three.status().nodes[2].data_dir == tmp_path / "broker-3nodes" / "node-3" / "data"


def test_stop_without_a_running_broker_does_nothing(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path, port=19092)
    broker.stop()
    broker.stop()
    assert broker.status().state == "stopped"


def test_probe_of_something_that_is_not_kafka_fails_cleanly(busy_port: int) -> None:
    with pytest.raises(wire.ProbeError):
        wire.probe("127.0.0.1", busy_port, timeout=0.5)  # accepts, never answers
    with pytest.raises(wire.ProbeError):
        wire.probe("127.0.0.1", config.free_port(), timeout=0.5)  # nobody listens


# -- CLI ---------------------------------------------------------------------------------


def test_cli_status_of_a_stopped_broker_exits_3(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["broker", "status"], env={"RASD_HOME": str(tmp_path)})
    assert result.exit_code == 3
    assert result.output.startswith("stopped")
    assert str(tmp_path / "broker" / "data") in result.output


def test_cli_start_error_is_one_message_without_traceback(tmp_path: Path, busy_port: int) -> None:
    result = CliRunner().invoke(
        cli,
        ["broker", "start", "--port", str(busy_port)],
        env={"RASD_HOME": str(tmp_path), "RASD_KAFKA_BOOTSTRAP": ""},
    )
    assert result.exit_code == 1
    assert f"Error: Port {busy_port} on 127.0.0.1 is already in use" in result.output
    assert "Traceback" not in result.output


def test_cli_logs_before_any_start_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["broker", "logs"], env={"RASD_HOME": str(tmp_path)})
    assert result.exit_code == 1
    assert "No log yet" in result.output


def test_a_new_cluster_id_never_starts_with_a_dash(monkeypatch):
    import uuid

    from agents.broker import layout

    # The first UUID encodes to an id starting with "-" (0xf8 -> "-"): it must be skipped.
    ids = iter([uuid.UUID(bytes=b"\xf8" + b"\x00" * 15), uuid.UUID(int=1)])
    monkeypatch.setattr(layout.uuid, "uuid4", lambda: next(ids))
    cluster_id = layout.new_cluster_id()
    assert not cluster_id.startswith("-") and len(cluster_id) == 22


def test_free_ports_lie_outside_the_kernels_ephemeral_range() -> None:
    # The kernel gives ports of that range to client connections too: a broker's node waiting
    # to bind one could find it taken by a connection of the same test run.
    first, last = config._listening_range()
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        eph_first, eph_last = map(int, f.read().split())
    assert last <= eph_first or first > eph_last
    for _ in range(20):
        base = config.free_port(3)
        assert first <= base and base + 2 < last
        assert all(config.port_is_free(base + k) for k in range(3))
