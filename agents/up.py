"""``rasd up``: the whole local service in one command.

Starts the embedded broker (unless RASD_KAFKA_BOOTSTRAP names a cluster), creates the
catalogue's topics, serves the bundled sample feeds on loopback and registers them, runs a
worker process with every agent, and prints alerts as they arrive. Ctrl-C (or SIGTERM)
stops everything it started, in reverse order; a second Ctrl-C exits at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from agents.feeds.sample_server import sample_registry, start_sample_server
from agents.kafka_admin import ensure_topics
from agents.kafka_client import client_kwargs
from rasd.alerts import Subscription
from rasd.feeds.registry import FeedRegistry
from rasd.settings import Settings
from topics import catalogue

WORKER_STOP_SECONDS = 45.0


def alert_line(alert: dict[str, Any]) -> str:
    """One readable line per alert (Arabic summaries are printed as Unicode, in logical order)."""
    summary = alert.get("summary") or {}
    update = f" (update {alert['revision']})" if alert.get("revision", 1) > 1 else ""
    line = f"[{alert.get('severity', '?'):>8}] {summary.get('en', alert.get('id'))}{update}"
    if summary.get("ar"):
        line += f"\n           {summary['ar']}"
    return line


async def publish_feeds(settings: Settings, registry: FeedRegistry) -> int:
    producer = AIOKafkaProducer(acks="all", **client_kwargs(settings))
    await producer.start()
    try:
        topic = catalogue(settings)["feeds"].name
        for feed_id, record in registry.to_records().items():
            await producer.send_and_wait(topic, key=feed_id.encode(), value=orjson.dumps(record))
    finally:
        await producer.stop()
    return len(registry)


async def ensure_default_subscription(settings: Settings) -> bool:
    """A first run alerts on every occurred or planned event, so the demo shows something."""
    topic = catalogue(settings)["subscriptions"].name
    consumer = AIOKafkaConsumer(
        topic, auto_offset_reset="earliest", enable_auto_commit=False, group_id=None,
        **client_kwargs(settings),
    )
    await consumer.start()
    try:
        existing = await consumer.getmany(timeout_ms=2000)
    finally:
        await consumer.stop()
    if any(existing.values()):
        return False
    subscription = Subscription.from_body({"name": "everything", "filters": {}}, id="everything")
    producer = AIOKafkaProducer(acks="all", **client_kwargs(settings))
    await producer.start()
    try:
        await producer.send_and_wait(
            topic, key=subscription.id.encode(), value=orjson.dumps(subscription.to_record())
        )
    finally:
        await producer.stop()
    return True


def _worker_env(settings: Settings, extra_allow: str) -> dict[str, str]:
    env = dict(os.environ)
    env["RASD_KAFKA_BOOTSTRAP"] = settings.bootstrap
    if settings.embedded and not settings.replication_factor:
        env["RASD_REPLICATION_FACTOR"] = "1"
    allow = ",".join(p for p in (settings.allow_private_hosts, extra_allow) if p)
    env["RASD_ALLOW_PRIVATE_HOSTS"] = allow
    return env


async def run_up(settings: Settings, *, samples: bool, echo: Callable[[str], None]) -> int:
    # Fresh topics answer "not leader" for a moment; aiokafka retries, so keep the screen quiet.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    reports = await ensure_topics(settings, catalogue(settings))
    created = sum(1 for r in reports.values() if r.actions)
    echo(f"Topics: {len(reports)} in the catalogue, {created} created or fixed.")
    runner = None
    extra_allow = ""
    if samples:
        runner, base_url = await start_sample_server("127.0.0.1", 0)
        registry = sample_registry(base_url)
        count = await publish_feeds(settings, registry)
        extra_allow = "127.0.0.1"
        echo(f"Sample feeds: {count} served at {base_url} and registered.")
    if await ensure_default_subscription(settings):
        echo("Subscriptions: none yet, so 'everything' (all alertable events) was added.")
    if settings.feeds_file:
        count = await publish_feeds(settings, FeedRegistry.load(settings.feeds_file))
        echo(f"Feeds from {settings.feeds_file}: {count} registered.")
    log_path = settings.home_path / "logs" / "worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log_file:  # noqa: ASYNC230 - once, at start-up
        worker = subprocess.Popen(  # noqa: ASYNC220 - started once; waited on in a thread below
            [sys.executable, "-m", "agents.worker"],
            env=_worker_env(settings, extra_allow),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches us only; we stop the worker with SIGTERM
        )
    echo(f"Worker started (pid {worker.pid}); its log (JSON lines): {log_path}")
    echo(f"Dashboard: http://{settings.web_host}:{settings.web_port}/")
    echo("Alerts appear below as they arrive. Press Ctrl-C to stop.")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    consumer = AIOKafkaConsumer(
        catalogue(settings)["alerts"].name,
        auto_offset_reset="latest",
        enable_auto_commit=False,
        group_id=None,
        **client_kwargs(settings),
    )
    await consumer.start()
    exit_code = 0
    try:
        worker_done = loop.run_in_executor(None, worker.wait)
        while not stop.is_set():
            if worker_done.done():
                echo(f"The worker exited with status {worker.returncode}; stopping.")
                exit_code = 1
                break
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                for message in messages:
                    with contextlib.suppress(orjson.JSONDecodeError):
                        echo(alert_line(orjson.loads(message.value)))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        echo("Stopping the worker...")
        await consumer.stop()
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(loop.run_in_executor(None, worker.wait), WORKER_STOP_SECONDS)
            except TimeoutError:
                echo("The worker did not stop in time; killing it.")
                worker.kill()
        if runner is not None:
            await runner.cleanup()
    return exit_code
