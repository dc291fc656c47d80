"""EmbeddedBroker: real Apache Kafka in KRaft mode on loopback, for development and tests."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import subprocess
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from agents.broker import config, jars, layout, process, wire
from agents.broker.java import Java, find_java
from agents.broker.status import BrokerStatus, NodeStatus, StartReport
from rasd.errors import BrokerError
from rasd.settings import Settings

logger = logging.getLogger(__name__)

# One place for the pinned version: the setting's default (RASD_KAFKA_VERSION overrides it).
DEFAULT_VERSION: str = str(next(f.default for f in fields(Settings) if f.name == "kafka_version"))
DEFAULT_HEAP_OPTS = "-Xms256m -Xmx512m"
# C1-only JIT: on a loaded 2-core machine it halves the start (measured 8.7 s -> 4.2 s warm)
# because C2 compiler threads no longer compete with start-up; a local broker's message
# rates never need C2's peak throughput.
DEFAULT_PERFORMANCE_OPTS = "-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:TieredStopAtLevel=1"
FORMAT_TIMEOUT_S = 120
LOG_TAIL_LINES = 25
# Main class of `kafka-storage format` (kafka_2.13 jar, Kafka 3.x and 4.x alike).
STORAGE_TOOL = "kafka.tools.StorageTool"


@dataclass
class _Node:
    paths: layout.NodePaths
    port: int
    child: subprocess.Popen[bytes] | None = field(default=None)

    @property
    def marker(self) -> str:
        return str(self.paths.server_properties)

    def pid(self) -> int | None:
        return process.read_pid(self.paths.pid_file)

    def running(self) -> bool:
        pid = self.pid()
        return pid is not None and process.is_broker_process(pid, self.marker)


class EmbeddedBroker:
    """A local Kafka cluster (one combined broker+controller, or ``nodes`` of them) whose data
    and logs live under ``<home>/broker``. ``start`` and ``stop`` are idempotent; the broker
    outlives this object (and this process) unless ``detached=False``, which makes it die with
    the thread that called ``start`` (Linux parent-death signal): tests use it, from the main
    thread, so that a killed test run leaves no JVM behind."""

    def __init__(
        self,
        home: Path,
        port: int = 9092,
        version: str = DEFAULT_VERSION,
        kafka_home: str | None = None,
        nodes: int = 1,
        *,
        cache_dir: Path | None = None,
        detached: bool = True,
        env: Mapping[str, str] | None = None,
    ) -> None:
        if not 1 <= nodes <= 9:
            raise BrokerError(f"--nodes {nodes}: the embedded cluster has 1 to 9 nodes.")
        if not 0 < port <= 65536 - nodes:
            raise BrokerError(f"Port {port}: use a number from 1 to {65536 - nodes}.")
        self.home = Path(home).expanduser()
        self.version = version
        self.kafka_home = kafka_home or None
        self.cache_dir = cache_dir
        self.detached = detached
        self.env: Mapping[str, str] = os.environ if env is None else env
        self.root = layout.cluster_root(self.home, nodes)
        self._nodes = [
            _Node(paths, port + i) for i, paths in enumerate(layout.node_paths(self.root, nodes))
        ]
        self.bootstrap = ",".join(f"127.0.0.1:{n.port}" for n in self._nodes)
        self.last_start: StartReport | None = None
        self.last_stop_killed: list[int] = []

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> EmbeddedBroker:
        return cls(
            home=settings.home_path,
            port=settings.broker_port,
            version=settings.kafka_version,
            kafka_home=settings.kafka_home or None,
            **kwargs,
        )

    @property
    def nodes(self) -> int:
        return len(self._nodes)

    def log_file(self, node_id: int = 1) -> Path:
        for node in self._nodes:
            if node.paths.node_id == node_id:
                return node.paths.server_log
        raise BrokerError(
            f"Node {node_id} does not exist: this cluster has nodes 1 to {self.nodes}."
        )

    # -- start ---------------------------------------------------------------------------

    def start(self, timeout: float = 120) -> None:
        started = time.monotonic()
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock():
            down = [n for n in self._nodes if not n.running()]
            if not down:
                record = layout.ClusterRecord.load(self.root)
                self._check_same_ports(record)
                self._wait_ready(record.cluster_id if record else None, started + timeout)
                self.last_start = StartReport(time.monotonic() - started, True, False)
                return
            self._check_ports_free(down)
            kafka_jars, java = self._runtime()
            record = self._cluster_record(down)
            for node in down:
                node.paths.make_dirs()
                node.paths.server_properties.write_text(
                    config.server_properties(
                        self._node_config(node, record), self._cluster_config(record)
                    ),
                    encoding="utf-8",
                )
            unformatted = [
                n for n in down if not layout.check_formatted_for(n.paths, record.cluster_id)
            ]
            # Each format is a JVM start of its own: side by side for a 3-node cluster.
            with ThreadPoolExecutor(max_workers=max(1, len(unformatted))) as pool:
                list(
                    pool.map(
                        lambda n: self._format(n, record.cluster_id, java, kafka_jars), unformatted
                    )
                )
            formatted = bool(unformatted)
            if formatted and not record.formatted_with:
                record.formatted_with = kafka_jars.version
            record.last_version = kafka_jars.version
            record.client_ports = {str(n.paths.node_id): n.port for n in self._nodes}
            record.save(self.root)
            for node in down:
                self._launch(node, java, kafka_jars)
            try:
                self._wait_ready(record.cluster_id, started + timeout)
            except BrokerError:
                self._stop_nodes(self._nodes, timeout=20)
                raise
            seconds = time.monotonic() - started
            self.last_start = StartReport(seconds, False, formatted, kafka_jars.source)
            logger.info(
                "Kafka %s ready on %s in %.1f s", kafka_jars.version, self.bootstrap, seconds
            )

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        # Two `rasd broker start` at once would format and launch the same node twice.
        with open(self.root / "start.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def _check_same_ports(self, record: layout.ClusterRecord | None) -> None:
        running_on = (
            [record.client_ports.get(str(n.paths.node_id)) for n in self._nodes] if record else []
        )
        wanted = [n.port for n in self._nodes]
        if record and all(running_on) and running_on != wanted:
            raise BrokerError(
                f"The embedded broker is already running on port {running_on[0]}, not {wanted[0]}. "
                "Use it as it is, or run `rasd broker stop` first to restart it on another port "
                "(its data is kept)."
            )

    def _check_ports_free(self, down: list[_Node]) -> None:
        for node in down:
            if config.port_is_free(node.port):
                continue
            try:
                info = wire.probe("127.0.0.1", node.port, timeout=1.0)
                holder = f"another Kafka broker (cluster id {info.cluster_id}) is listening there"
                use_it = f" If that cluster is the one you want, set RASD_KAFKA_BOOTSTRAP=127.0.0.1:{node.port}."
            except wire.ProbeError:
                holder, use_it = "another program is listening there", ""
            raise BrokerError(
                f"Port {node.port} on 127.0.0.1 is already in use: {holder}, so the embedded "
                f"broker cannot listen on it.{use_it} To run the embedded broker anyway, pick a free port with "
                "`rasd broker start --port N` or RASD_BROKER_PORT=N (find the other program with "
                f"`ss -ltnp 'sport = :{node.port}'`). {config.ALTERNATIVES}"
            )

    def _runtime(self) -> tuple[jars.KafkaJars, Java]:
        if self.kafka_home:
            kafka_jars = jars.jars_from_kafka_home(self.kafka_home)
            return kafka_jars, find_java(kafka_jars.version, self.env)
        jars.check_version(self.version)
        java = find_java(self.version, self.env)  # before Maven: no download for nothing
        return jars.resolve_jars(self.version, self.cache_dir, self.env), java

    def _cluster_record(self, down: list[_Node]) -> layout.ClusterRecord:
        record = layout.ClusterRecord.load(self.root)
        if record is None:
            # cluster.json lost but data kept: adopt the formatted id rather than refuse.
            existing = self._nodes[0].paths.meta_properties
            cluster_id = (
                layout.read_meta_properties(existing).get("cluster.id")
                if existing.exists()
                else None
            )
            record = layout.ClusterRecord(cluster_id or layout.new_cluster_id())
        taken = {n.port for n in self._nodes}
        for node in self._nodes:
            key = str(node.paths.node_id)
            current = record.controller_ports.get(key)
            # The controller port is internal (static voters in every node's config), so a
            # busy one is replaced; only nodes being started can move.
            if (
                current is None
                or (node in down and not config.port_is_free(current))
                or current in taken
            ):
                current = config.free_port()
                while current in taken:
                    current = config.free_port()
                record.controller_ports[key] = current
            taken.add(current)
        return record

    def _node_config(self, node: _Node, record: layout.ClusterRecord) -> config.NodeConfig:
        return config.NodeConfig(
            node.paths.node_id,
            node.port,
            record.controller_ports[str(node.paths.node_id)],
            node.paths.data_dir,
        )

    def _cluster_config(self, record: layout.ClusterRecord) -> list[config.NodeConfig]:
        return [self._node_config(n, record) for n in self._nodes]

    def _jvm_args(self, node: _Node, heap_opts: str) -> list[str]:
        # KAFKA_HEAP_OPTS / KAFKA_JVM_PERFORMANCE_OPTS override as in Kafka's own scripts.
        performance = self.env.get("KAFKA_JVM_PERFORMANCE_OPTS") or DEFAULT_PERFORMANCE_OPTS
        return [
            *heap_opts.split(),
            *performance.split(),
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true",
            f"-Dkafka.logs.dir={node.paths.logs_dir}",
            f"-Dlog4j2.configurationFile={config.deploy_file('log4j2.properties')}",
            f"-Dlog4j.configuration=file:{config.deploy_file('log4j.properties')}",
        ]

    def _format(self, node: _Node, cluster_id: str, java: Java, kafka_jars: jars.KafkaJars) -> None:
        command = [
            java.executable,
            *self._jvm_args(node, "-Xmx256m"),
            "-cp",
            kafka_jars.classpath,
            STORAGE_TOOL,
            "format",
            "-t",
            cluster_id,
            "-c",
            str(node.paths.server_properties),
            "--ignore-formatted",
        ]
        logger.info("formatting %s for cluster %s", node.paths.data_dir, cluster_id)
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=FORMAT_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise BrokerError(
                f"Formatting {node.paths.data_dir} did not finish within {FORMAT_TIMEOUT_S} s."
            ) from exc
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-LOG_TAIL_LINES:])
            raise BrokerError(
                f"`kafka-storage format` failed for {node.paths.data_dir} (exit "
                f"{result.returncode}). If the directory is disposable, delete it and start again. "
                f"{config.ALTERNATIVES}\nIt said:\n{tail}"
            )

    def _launch(self, node: _Node, java: Java, kafka_jars: jars.KafkaJars) -> None:
        heap = self.env.get("KAFKA_HEAP_OPTS") or DEFAULT_HEAP_OPTS
        command = [
            java.executable,
            *self._jvm_args(node, heap),
            "-cp",
            kafka_jars.classpath,
            process.MAIN_CLASS,
            str(node.paths.server_properties),
        ]
        # Fresh logs per start, so the tail shown on failure is about this start.
        node.paths.console_log.write_bytes(b"")
        node.child = process.launch(
            command, node.paths.root, node.paths.console_log, detached=self.detached
        )
        node.paths.pid_file.write_text(f"{node.child.pid}\n")
        logger.info(
            "started Kafka node %d (pid %d) on port %d",
            node.paths.node_id,
            node.child.pid,
            node.port,
        )

    def _wait_ready(self, cluster_id: str | None, deadline: float) -> None:
        while True:
            for node in self._nodes:
                if node.child is not None and node.child.poll() is not None:
                    raise BrokerError(self._died_message(node, node.child.returncode))
                if node.child is None and not node.running():
                    raise BrokerError(self._died_message(node, None))
            if self._all_ready(cluster_id):
                return
            if time.monotonic() >= deadline:
                raise BrokerError(
                    f"The embedded Kafka broker did not answer on {self.bootstrap} in time. The "
                    "machine may be overloaded: try `rasd broker start --timeout 300`. "
                    f"{config.ALTERNATIVES}\n{self._log_tail(self._nodes[0])}"
                )
            time.sleep(0.25)

    def _all_ready(self, cluster_id: str | None) -> bool:
        for node in self._nodes:
            try:
                info = wire.probe("127.0.0.1", node.port, timeout=2.0)
            except wire.ProbeError:
                return False
            # Our cluster (not a stranger on the port) with every node registered and unfenced.
            if cluster_id and info.cluster_id != cluster_id:
                return False
            if len(info.brokers) < self.nodes:
                return False
        return True

    def _died_message(self, node: _Node, code: int | None) -> str:
        tail = self._log_tail(node)
        hint = "Fix what the log reports and run `rasd broker start` again."
        if "Address already in use" in tail:
            hint = "A port it needs is taken: choose another with --port or RASD_BROKER_PORT."
        elif "cluster.id" in tail and ("Invalid" in tail or "mismatch" in tail.lower()):
            hint = f"Its data directory {node.paths.data_dir} belongs to another cluster; delete it if disposable."
        elif "UnsupportedClassVersionError" in tail:
            hint = "The java on PATH is too old for this Kafka version: install Java 17+."
        status = f"exit code {code}" if code is not None else "it is no longer running"
        return (
            f"The embedded Kafka broker (node {node.paths.node_id}, port {node.port}) died while "
            f"starting ({status}). {hint} Full log: {node.paths.server_log}. {config.ALTERNATIVES}\n"
            f"{tail}"
        )

    def _log_tail(self, node: _Node) -> str:
        parts = []
        for path in (node.paths.console_log, node.paths.server_log):
            try:
                lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
            if lines:
                parts.append(f"--- last lines of {path} ---\n" + "\n".join(lines[-LOG_TAIL_LINES:]))
        return "\n".join(parts) or "(the broker wrote no log)"

    # -- stop and status -----------------------------------------------------------------

    def stop(self, timeout: float = 60) -> None:
        self._stop_nodes(self._nodes, timeout)

    def _stop_nodes(self, nodes: list[_Node], timeout: float) -> None:
        targets = [(pid, n.marker, n.child) for n in nodes if (pid := n.pid()) is not None]
        self.last_stop_killed = process.terminate_all(targets, timeout)
        for node in nodes:
            with contextlib.suppress(FileNotFoundError):
                node.paths.pid_file.unlink()
            node.child = None

    def status(self) -> BrokerStatus:
        record = layout.ClusterRecord.load(self.root)
        cluster_id = record.cluster_id if record else None
        version = (record.last_version if record else "") or self.version
        nodes = []
        for node in self._nodes:
            running = node.running()
            port = node.port
            ready = False
            if running:
                # A running broker listens where it was started, whatever port this object
                # was given (`rasd broker status` without --port).
                port = record.client_ports.get(str(node.paths.node_id), port) if record else port
                try:
                    info = wire.probe("127.0.0.1", port, timeout=1.0)
                    ready = cluster_id is None or info.cluster_id == cluster_id
                except wire.ProbeError:
                    ready = False
            nodes.append(
                NodeStatus(
                    node.paths.node_id,
                    port,
                    node.pid() if running else None,
                    running,
                    ready,
                    node.paths.data_dir,
                    node.paths.logs_dir,
                )
            )
        bootstrap = ",".join(f"127.0.0.1:{n.port}" for n in nodes)
        return BrokerStatus(bootstrap, version, cluster_id, tuple(nodes))
