"""Running real Rasd worker processes against the test broker, and talking to their topics.

Each test stack gets its own topic prefix, application id (consumer group and changelog
topics) and web port, so tests never see each other's messages.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from agents.broker.config import free_port
from rasd.settings import Settings
from tests.kafka_support import unique_name
from topics import catalogue

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Stack:
    """The settings of one isolated Rasd deployment on the test broker."""

    bootstrap: str
    home: Path
    prefix: str = field(default_factory=lambda: unique_name("t").replace("-", ""))
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
        env.update(
            RASD_KAFKA_BOOTSTRAP=self.bootstrap,
            RASD_REPLICATION_FACTOR="1",
            RASD_TOPIC_PREFIX=self.prefix,
            RASD_APP_ID=self.prefix,
            RASD_HOME=str(self.home),
            RASD_ALLOW_PRIVATE_HOSTS="127.0.0.1,localhost",
            RASD_LOG_LEVEL="INFO",
        )
        env.update(self.extra_env)
        return env

    @property
    def settings(self) -> Settings:
        return Settings.load(env=self.env)

    def topic(self, key: str) -> str:
        return catalogue(self.settings)[key].name

    def create_topics(self) -> None:
        from agents.kafka_admin import ensure_topics

        asyncio.run(ensure_topics(self.settings, catalogue(self.settings)))

    def worker(self, name: str = "w1", **env: str) -> WorkerProcess:
        return WorkerProcess(self, name, web_port=free_port(), extra_env=env)


class WorkerProcess:
    """``python -m agents.worker`` as a child process, with its log in the stack's home."""

    def __init__(self, stack: Stack, name: str, *, web_port: int, extra_env: dict[str, str]) -> None:
        self.stack = stack
        self.name = name
        self.web_port = web_port
        self.extra_env = extra_env
        self.log_path = stack.home / f"worker-{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def start(self) -> WorkerProcess:
        env = dict(self.stack.env, RASD_WEB_PORT=str(self.web_port), **self.extra_env)
        self.stack.home.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "agents.worker"],
                env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
            )
        return self

    def wait_ready(self, timeout: float = 90) -> WorkerProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(f"worker {self.name} exited {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise AssertionError(f"worker {self.name} not ready after {timeout}s:\n{self.log_tail()}")

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def stop(self, timeout: float = 60) -> float:
        """SIGTERM and wait; returns how long the shutdown took."""
        if self.process is None or self.process.poll() is not None:
            return 0.0
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"worker {self.name} ignored SIGTERM for {timeout}s") from None
        return time.monotonic() - started

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


async def produce(bootstrap: str, topic: str, items: Iterable[tuple[str, Any]]) -> int:
    """Send (key, value) pairs; a dict value is JSON-encoded, bytes/None are sent as they are."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    count = 0
    try:
        for key, value in items:
            raw = orjson.dumps(value) if isinstance(value, dict) else value
            await producer.send_and_wait(topic, key=key.encode(), value=raw)
            count += 1
    finally:
        await producer.stop()
    return count


async def consume(
    bootstrap: str, topic: str, *, until: int, timeout: float = 60, quiet: float = 0.0
) -> list[Any]:
    """Read ``topic`` from the beginning until ``until`` records arrived (or ``timeout``),
    then keep reading for ``quiet`` seconds to catch extras (duplicates). JSON-decoded."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None,
    )
    await consumer.start()
    out: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(out) < until:
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                out.extend(orjson.loads(m.value) if m.value else None for m in messages)
        quiet_end = time.monotonic() + quiet
        while time.monotonic() < quiet_end:
            batch = await consumer.getmany(timeout_ms=300)
            for messages in batch.values():
                out.extend(orjson.loads(m.value) if m.value else None for m in messages)
    finally:
        await consumer.stop()
    return out


class Running:
    """A test module's current worker process; ``restart`` (or ``stop`` then ``start``)
    replaces it by a new process, as an operator restarting a worker would."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack
        self.started = 0
        self.worker = self._start()

    def _start(self) -> WorkerProcess:
        self.started += 1
        return self.stack.worker(f"w{self.started}").start().wait_ready()

    def stop(self) -> None:
        self.worker.stop()

    def start(self) -> WorkerProcess:
        self.worker = self._start()
        return self.worker

    def restart(self) -> WorkerProcess:
        self.stop()
        return self.start()
