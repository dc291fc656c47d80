"""End to end through a real Kafka broker: articles in, tagged articles, events and alerts out.

One EmbeddedBroker (a temp home, a free port, dies with this process) serves every run.
For Rasd and then for the pass-through ceiling (``bench/passthrough_app.py``), with one worker
process and with two, articles from ``bench/corpus.py`` are published into the articles
topic at fixed offered loads and then at full speed, while a collector in this process reads
every output topic.

Latency: each article carries ``trace.published_at`` (epoch seconds, set just before the
send). The pipeline copies ``trace`` into tagged articles, event candidates and event records,
but an alert does not carry it (``rasd.alerts.Alert`` has no trace field). An alert names its
``cluster_id`` and ``cluster_revision``, and the event record of that revision carries the
trace, so publish→alert is the alert's Kafka record timestamp (CreateTime, stamped by the
worker's producer on this machine's clock) minus the ``published_at`` of the article behind
that revision. Publish→received adds the subscriber's (this collector's) fetch delay.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from bench.figures import Section, percentile
from bench.machine import cpu_seconds, rss_mb
from rasd.events import EVENT_TYPES

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
PUBLISHED = "2025-11-11T09:00:00Z"
SOURCES = 40  # outlets the articles are spread over (one event cluster gets many sources)
# What the benchmark subscription asks for: every event type (the generated corpus reports
# three of them, real articles all kinds).
SUBSCRIPTION = {
    "name": "bench: sanctions and alliances",
    "filters": {"event_types": list(EVENT_TYPES)},
}
# Output topics the collector reads, by role (catalogue keys; the pass-through uses the same).
ROLES = {
    "tagged": "articles.tagged",
    "mentions": "mentions",
    "candidates": "event-candidates",
    "events": "events",
    "alerts": "alerts",
}
PARSED_ROLES = ("tagged", "events", "alerts")  # the others are only counted and weighed
# Topics the workers consume: drained when their group has committed all of them.
INPUT_TOPICS = ("articles", "articles.tagged", "event-candidates", "events", "mentions", "alerts")


@dataclass(frozen=True)
class Load:
    """One offered load: ``rate`` articles/s (None: as fast as the producer goes)."""

    name: str
    rate: float | None
    count: int


def loads(quick: bool) -> list[Load]:
    """Short bursts: every phase waits until the workers drained it, so that no backlog
    spills into the next, and a worker that sustains a few articles/s needs minutes. The
    10/s phase is a load one worker keeps up with: its latency is the pipeline's own, not a
    queue's."""
    # The full-speed burst is what the sustained figure (and the pass-through ceiling) comes
    # from: it has to last many commit intervals, or the one-second commit interval and the
    # drain polling are most of its time (80 articles took ~1 s to process and ~3 s to be seen
    # drained, which read as "24 articles/s" for a worker that sustains ~100).
    if quick:
        return [Load("10/s", 10, 30), Load("50/s", 50, 40), Load("200/s", 200, 80), Load("full speed", None, 400)]
    return [
        Load("10/s", 10, 100),
        Load("50/s", 50, 100),
        Load("200/s", 200, 200),
        Load("1,000/s", 1000, 200),
        Load("full speed", None, 1000),
    ]


# -- the collector ---------------------------------------------------------------------------


@dataclass
class Seen:
    """One output record: which article it came from, when, and how big it was."""

    article_id: str | None
    published_at: float | None
    created: float  # Kafka CreateTime, seconds
    received: float
    ref: tuple[str, int] | None = None  # an alert's (cluster_id, cluster_revision)


@dataclass
class Collector:
    """Reads every output topic from the start and keeps what the figures need."""

    bootstrap: str
    topic_names: dict[str, str]  # role -> topic
    seen: dict[str, list[Seen]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    sizes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    last_arrival: float = 0.0
    _consumer: AIOKafkaConsumer | None = None
    _task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            *self.topic_names.values(), bootstrap_servers=self.bootstrap, group_id=None,
            auto_offset_reset="earliest", enable_auto_commit=False, fetch_max_wait_ms=100,
        )
        await self._consumer.start()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    async def _run(self) -> None:
        assert self._consumer is not None
        roles = {topic: role for role, topic in self.topic_names.items()}
        while True:
            batch = await self._consumer.getmany(timeout_ms=200, max_records=2000)
            now = time.time()
            for tp, messages in batch.items():
                role = roles[tp.topic]
                self.counts[role] += len(messages)
                self.sizes[role] += sum(len(m.value or b"") for m in messages)
                if role in PARSED_ROLES:
                    self.seen[role].extend(_seen(role, m.value, m.timestamp / 1000, now) for m in messages)
                if messages:
                    self.last_arrival = now

    def mean_size(self, role: str) -> float:
        return self.sizes[role] / self.counts[role] if self.counts[role] else 0.0


def _seen(role: str, raw: bytes | None, created: float, received: float) -> Seen:
    try:
        value = orjson.loads(raw or b"null")
    except orjson.JSONDecodeError:
        return Seen(None, None, created, received)
    if not isinstance(value, dict):
        return Seen(None, None, created, received)
    article = value.get("article") if isinstance(value.get("article"), dict) else value
    trace = value.get("trace") or article.get("trace") or {}
    ref = None
    if role == "alerts" and "cluster_id" in value:
        if value.get("kind", "event") != "event":  # surge alerts come from no single article
            return Seen(None, None, created, received)
        ref = (str(value["cluster_id"]), int(value.get("cluster_revision") or 0))
    elif role == "events" and "cluster_id" in value:
        ref = (str(value["cluster_id"]), int(value.get("revision") or 0))
    return Seen(article.get("id"), trace.get("published_at"), created, received, ref)


# -- publishing ------------------------------------------------------------------------------


def article_records(texts: Sequence[str], run: str) -> list[dict[str, Any]]:
    """Valid ``article`` records around generated texts (ids unique to ``run``)."""
    import schemas

    template = schemas.example("article")
    out = []
    for i, text in enumerate(texts):
        aid = f"{run}-{i}"
        record = dict(template)
        record.update(
            id=aid, url=f"https://outlet{i % SOURCES}.example.org/{aid}", source=f"outlet{i % SOURCES}",
            feed_id=f"feed{i % SOURCES}", title=text[:80], summary="", text=text,
            lang="ar" if i % 2 == 0 else "en", published=PUBLISHED, fetched_at=PUBLISHED,
            content_hash=f"{i:016x}",
        )
        out.append(record)
    return out


async def publish(producer: AIOKafkaProducer, topic: str, records: list[dict[str, Any]],
                  rate: float | None) -> tuple[float, float]:
    """Send ``records`` at ``rate`` per second (or at once); returns first and last send time."""
    futures = []
    started = time.time()
    for i, record in enumerate(records):
        if rate is not None:
            delay = started + i / rate - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
        record["trace"] = {"published_at": time.time()}
        futures.append(await producer.send(topic, key=record["id"].encode(), value=orjson.dumps(record)))
    await asyncio.gather(*futures)
    return started, time.time()


# -- one phase, its figures ------------------------------------------------------------------


@dataclass
class PhaseResult:
    load: Load
    published: int
    offered: float  # articles/s the producer achieved
    tagged: int
    tagged_rate: float
    sustained: float  # articles/s through every agent: published / time until fully drained
    alert_articles: int
    alert_rate: float  # articles/s that reached an alert
    alerts: int
    latency: dict[str, tuple[float, float, float]]  # stage -> p50, p95, p99 seconds
    drained: bool
    # Worker CPU (all processes) per published article: less moved than rates by other work
    # on a shared machine (waiting for a core costs no CPU time).
    cpu_ms_per_article: float = math.nan


def _rate(count: int, start: float, end: float) -> float:
    return count / (end - start) if count and end > start else math.nan


def _pcts(values: list[float]) -> tuple[float, float, float]:
    return percentile(values, 50), percentile(values, 95), percentile(values, 99)


def phase_figures(collector: Collector, load: Load, run: str, start: float, end: float,
                  drained_at: float | None) -> PhaseResult:
    prefix = run + "-"

    def mine(role: str) -> list[Seen]:
        return [s for s in collector.seen[role] if s.article_id and s.article_id.startswith(prefix)]

    tagged = mine("tagged")
    first_event: dict[str, Seen] = {}
    by_ref: dict[tuple[str, int], Seen] = {}
    for s in collector.seen["events"]:
        if s.ref is not None:
            by_ref[s.ref] = s
    for s in mine("events"):
        if s.article_id not in first_event or s.created < first_event[s.article_id].created:
            first_event[s.article_id] = s
    first_alert: dict[str, tuple[Seen, float]] = {}
    alert_count = 0
    for s in collector.seen["alerts"]:
        origin = by_ref.get(s.ref) if s.ref is not None else s
        if origin is None or not origin.article_id or not origin.article_id.startswith(prefix):
            continue
        alert_count += 1
        published = s.published_at or origin.published_at
        if published is None:
            continue
        held = first_alert.get(origin.article_id)
        if held is None or s.created < held[0].created:
            first_alert[origin.article_id] = (s, published)
    latency = {
        "publish→tagged": _pcts([s.created - s.published_at for s in tagged if s.published_at]),
        "publish→event record": _pcts(
            [s.created - s.published_at for s in first_event.values() if s.published_at]
        ),
        "publish→alert": _pcts([s.created - p for s, p in first_alert.values()]),
        "publish→alert received": _pcts([s.received - p for s, p in first_alert.values()]),
    }
    last_tagged = max((s.created for s in tagged), default=math.nan)
    last_alert = max((s.created for s, _ in first_alert.values()), default=math.nan)
    return PhaseResult(
        load=load, published=load.count, offered=_rate(load.count, start, end),
        tagged=len(tagged), tagged_rate=_rate(len(tagged), start, last_tagged),
        sustained=_rate(load.count, start, drained_at) if drained_at else math.nan,
        alert_articles=len(first_alert), alert_rate=_rate(len(first_alert), start, last_alert),
        alerts=alert_count, latency=latency, drained=drained_at is not None,
    )


class LagProbe:
    """Messages of some topics a consumer group has not committed yet, through one admin
    client and one consumer kept open for the whole run (opening both for every look cost
    a few round trips each, on the cores the workers need)."""

    def __init__(self, bootstrap: str) -> None:
        self.admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        self.consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)

    async def start(self) -> None:
        await self.admin.start()
        await self.consumer.start()

    async def stop(self) -> None:
        await self.consumer.stop()
        await self.admin.close()

    async def lag(self, group: str, topics: Sequence[str]) -> int:
        committed = await self.admin.list_consumer_group_offsets(group)
        partitions = [tp for tp in committed if tp.topic in topics]
        ends = await self.consumer.end_offsets(partitions) if partitions else {}
        return sum(max(0, ends[tp] - max(committed[tp].offset, 0)) for tp in partitions)


async def group_lag(bootstrap: str, group: str, topics: Sequence[str]) -> int:
    """Messages of ``topics`` the consumer group has not committed yet (one look)."""
    probe = LagProbe(bootstrap)
    await probe.start()
    try:
        return await probe.lag(group, topics)
    finally:
        await probe.stop()


# How often the drain is looked at. It used to be once a second, each look opening an admin
# client and a consumer: with the workers' one-second commit interval that added 1-3 s to every
# phase, which for a burst of 80 articles was most of the "sustained" figure's time.
DRAIN_POLL_SECONDS = 0.2


async def wait_drained(collector: Collector, target: Target, run: str, count: int,
                       limit_s: float, probe: LagProbe | None = None) -> float | None:
    """Until every article of ``run`` is tagged and the workers committed every message of
    every topic they read (the surge agent's backlog of mentions included); returns when
    (within ``DRAIN_POLL_SECONDS`` and the workers' one-second commit interval), or None."""
    prefix = run + "-"
    inputs = [target.topic(key) for key in INPUT_TOPICS]
    own = probe is None
    probe = probe or LagProbe(target.bootstrap)
    if own:
        await probe.start()
    try:
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            await asyncio.sleep(DRAIN_POLL_SECONDS)
            target.check_alive()
            done = sum(1 for s in collector.seen["tagged"] if s.article_id and s.article_id.startswith(prefix))
            if done >= count and await probe.lag(target.group, inputs) == 0:
                return time.time()
        return None
    finally:
        if own:
            await probe.stop()


# -- targets: Rasd workers or pass-through workers -------------------------------------------


class Target:
    """Worker processes consuming ``articles`` and producing the output topics."""

    label = ""
    group = ""  # the workers' consumer group

    def __init__(self, bootstrap: str, home: Path, workers: int) -> None:
        self.bootstrap = bootstrap
        self.home = home
        self.workers = workers
        self.processes: list[subprocess.Popen[bytes]] = []

    def topic(self, key: str) -> str:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def worker_cpu_seconds(self) -> float:
        return sum(cpu_seconds(p.pid) for p in self.processes)

    def worker_rss_mb(self) -> list[float]:
        return [rss_mb(p.pid) for p in self.processes if p.poll() is None]

    def check_alive(self) -> None:
        for p in self.processes:
            if p.poll() is not None:
                raise RuntimeError(f"{self.label} worker exited with {p.returncode}; see its log under {self.home}")

    def stop(self) -> None:
        for p in self.processes:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.processes:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


class RasdTarget(Target):
    label = "Rasd"

    def __init__(self, bootstrap: str, home: Path, workers: int) -> None:
        super().__init__(bootstrap, home, workers)
        from tests.pipeline_support import Stack

        self.stack = Stack(bootstrap, home)
        self.group = self.stack.prefix  # RASD_APP_ID
        self.handles: list[Any] = []

    def topic(self, key: str) -> str:
        return self.stack.topic(key)

    def start(self) -> None:
        self.stack.create_topics()
        self.handles = [self.stack.worker(f"w{i + 1}").start() for i in range(self.workers)]
        self.processes = [h.process for h in self.handles]
        for handle in self.handles:
            handle.wait_ready(timeout=180)
        request = urllib.request.Request(
            self.handles[0].url + "/subscriptions", data=json.dumps(SUBSCRIPTION).encode(),
            headers={"Content-Type": "application/json"}, method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()


class PassthroughTarget(Target):
    label = "pass-through"

    def __init__(self, bootstrap: str, home: Path, workers: int, fanout: dict[str, float],
                 sizes: dict[str, float], *, variant: str = "", env: dict[str, str] | None = None) -> None:
        super().__init__(bootstrap, home, workers)
        if variant:
            self.label = f"pass-through ({variant})"
        self.env = env or {}
        self.prefix = f"pt{os.getpid()}x{int(time.time() * 1000) % 10**8}w{workers}"
        self.group = self.prefix  # the Faust app id
        self.fanout = fanout
        self.sizes = sizes

    def topic(self, key: str) -> str:
        return f"{self.prefix}.{key}"

    def start(self) -> None:
        from bench.passthrough_app import CHAIN, TOPICS

        # The tables' changelogs too: left to Faust, two workers starting together declared
        # them mid-rebalance and waited for their recovery for ever.
        changelogs = [f"{self.prefix}-pt-{name}-changelog" for name, (*_, table) in CHAIN.items() if table]
        asyncio.run(_create_topics(self.bootstrap, [self.topic(t) for t in TOPICS]))
        asyncio.run(_create_topics(self.bootstrap, changelogs, configs={"cleanup.policy": "compact"}))
        env = dict(
            os.environ, PT_BOOTSTRAP=self.bootstrap, PT_PREFIX=self.prefix, PT_DATADIR=str(self.home / "data"),
            PT_FANOUT=",".join(f"{k}={v:.4f}" for k, v in self.fanout.items()),
            PT_SIZES=",".join(f"{k}={v:.0f}" for k, v in self.sizes.items()),
            **self.env,
        )
        self.home.mkdir(parents=True, exist_ok=True)
        for i in range(self.workers):
            with open(self.home / f"passthrough-{i + 1}.log", "ab") as log:
                self.processes.append(subprocess.Popen(
                    [sys.executable, "-m", "bench.passthrough_app", "worker", "-l", "warning"],
                    env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                ))


async def _create_topics(bootstrap: str, names: list[str], partitions: int = 6,
                         configs: dict[str, str] | None = None) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30_000)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, partitions, 1, topic_configs=configs or {}) for n in names])
    finally:
        await admin.close()


# -- a run: one target through every load ----------------------------------------------------


@dataclass
class RunResult:
    label: str
    workers: int
    phases: list[PhaseResult]
    fanout: dict[str, float]
    sizes: dict[str, float]
    worker_rss_mb: list[float]
    error: str = ""


async def drive(target: Target, texts: Sequence[str], plan: list[Load], repeats: int,
                echo: Callable[[str], None]) -> RunResult:
    names = {role: target.topic(key) for role, key in ROLES.items()}
    collector = Collector(target.bootstrap, names)
    await collector.start()
    producer = AIOKafkaProducer(bootstrap_servers=target.bootstrap, acks="all", linger_ms=5,
                                max_request_size=4_000_000)
    await producer.start()
    probe = LagProbe(target.bootstrap)
    await probe.start()
    phases: list[PhaseResult] = []
    run_tag = f"r{int(time.time())}"
    try:
        # Warm-up: the first articles pay for partition assignment and lazy imports.
        warm = article_records(texts[:20], f"{run_tag}-warm")
        await publish(producer, target.topic("articles"), warm, None)
        if await wait_drained(collector, target, f"{run_tag}-warm", len(warm), limit_s=240, probe=probe) is None:
            target.check_alive()
            raise RuntimeError(f"{target.label}: warm-up articles did not come through in 240 s")
        for rep in range(repeats):
            for number, load in enumerate(plan):
                run = f"{run_tag}-{rep}-{number}"
                records = article_records([texts[i % len(texts)] for i in range(load.count)], run)
                cpu_before = target.worker_cpu_seconds()
                start, end = await publish(producer, target.topic("articles"), records, load.rate)
                drained = await wait_drained(collector, target, run, load.count, limit_s=60 + load.count, probe=probe)
                target.check_alive()
                result = phase_figures(collector, load, run, start, end, drained)
                result.cpu_ms_per_article = 1000 * (target.worker_cpu_seconds() - cpu_before) / load.count
                phases.append(result)
                p = result.latency["publish→alert"]
                echo(f"  {target.label} x{target.workers} {load.name:>10}: offered {result.offered:6.0f}/s, "
                     f"sustained {result.sustained:6.1f}/s, tagged {result.tagged_rate:6.1f}/s, "
                     f"alerted {result.alert_rate:6.1f} articles/s, "
                     f"alert p50/p95/p99 {p[0]:.2f}/{p[1]:.2f}/{p[2]:.2f} s, "
                     f"worker CPU {result.cpu_ms_per_article:.1f} ms/article"
                     + ("" if drained else "  (NOT drained)"))
        articles = max(collector.counts["tagged"], 1)
        fanout = {
            "mentions": collector.counts["mentions"] / articles,
            "event-candidates": collector.counts["candidates"] / articles,
            "events": collector.counts["events"] / max(collector.counts["candidates"], 1),
            "alerts": collector.counts["alerts"] / max(collector.counts["events"], 1),
        }
        sizes = {
            "articles.tagged": collector.mean_size("tagged"),
            "mentions": collector.mean_size("mentions"),
            "event-candidates": collector.mean_size("candidates"),
            "events": collector.mean_size("events"),
            "alerts": collector.mean_size("alerts"),
        }
        return RunResult(target.label, target.workers, phases, fanout, sizes, target.worker_rss_mb())
    finally:
        await probe.stop()
        await producer.stop()
        await collector.stop()


def run_target(target: Target, texts: Sequence[str], plan: list[Load], repeats: int,
               echo: Callable[[str], None]) -> RunResult:
    try:
        target.start()
        return asyncio.run(drive(target, texts, plan, repeats, echo))
    except (RuntimeError, AssertionError, OSError) as exc:
        echo(f"  {target.label} x{target.workers}: FAILED: {exc}")
        return RunResult(target.label, target.workers, [], {}, {}, [], error=str(exc).splitlines()[0])
    finally:
        target.stop()


# -- the benchmark ---------------------------------------------------------------------------


def _corpus(count: int, kind: str) -> list[str]:
    from bench.corpus import corpus
    from rasd.kb.loader import load_kb

    return corpus(load_kb(), count, kind)


@contextlib.contextmanager
def embedded_broker(echo: Callable[[str], None]):  # type: ignore[no-untyped-def]
    from agents.broker import EmbeddedBroker
    from agents.broker.config import free_port
    from rasd.settings import Settings

    settings = Settings.load()
    home = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    broker = EmbeddedBroker(home, port=free_port(), version=settings.kafka_version,
                            kafka_home=settings.kafka_home or None, detached=False)
    started = time.monotonic()
    keep = False
    try:
        broker.start(timeout=180)
        echo(f"  broker {settings.kafka_version} ready on {broker.bootstrap} in {time.monotonic() - started:.1f} s")
        failures: list[str] = []
        yield broker, home, failures
        keep = bool(failures)
    finally:
        broker.stop(timeout=30)
        if keep:
            echo(f"  kept the broker and worker logs for the failed runs under {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


def bench(*, quick: bool, repeats: int, worker_counts: Sequence[int], echo: Callable[[str], None],
          corpus: str = "generated") -> tuple[Section, list[RunResult]]:
    plan = loads(quick)
    texts = _corpus(500 if quick else 2000, corpus)
    results: list[RunResult] = []
    with embedded_broker(echo) as (broker, home, failures):
        for workers in worker_counts:
            results.append(run_target(RasdTarget(broker.bootstrap, home / f"rasd{workers}", workers),
                                      texts, plan, repeats, echo))
        shape = next((r for r in results if r.fanout), None)
        fanout = shape.fanout if shape else {}
        sizes = shape.sizes if shape else {}
        for workers in worker_counts:
            results.append(run_target(
                PassthroughTarget(broker.bootstrap, home / f"pt{workers}", workers, fanout, sizes),
                texts, plan, repeats, echo))
        if not quick and fanout:
            # What bounds the ceiling: the same graph with one mention record per article
            # instead of one per entity, and with Faust's default producer batching (16 KB
            # batches, no linger: a tagged article fills a batch) instead of Rasd's 1 MB / 5 ms.
            variants = [
                ("1 mention record per article", dict(fanout, mentions=1.0), {}),
                ("Faust's producer batch 16 KB, no linger", fanout, {"PT_MAX_BATCH": "16384", "PT_LINGER_MS": "0"}),
            ]
            full_speed = [ld for ld in plan if ld.rate is None]
            for number, (variant, shape_fanout, env) in enumerate(variants):
                results.append(run_target(
                    PassthroughTarget(broker.bootstrap, home / f"ptv{number}", 1, shape_fanout, sizes,
                                      variant=variant, env=env),
                    texts, full_speed, repeats, echo))
        failures.extend(r.error for r in results if r.error)
    section = summarize(results, quick=quick, repeats=repeats)
    if corpus == "real":
        section.notes.append(f"Corpus: the real articles of ../shared/gold, repeated ({len(texts)} texts).")
    return section, results


def summarize(results: list[RunResult], *, quick: bool, repeats: int) -> Section:
    section = Section("End to end through the embedded Kafka")
    ceilings: dict[int, list[float]] = {}
    for r in results:
        if r.label == PassthroughTarget.label:
            ceilings[r.workers] = [p.sustained for p in r.phases if p.load.rate is None]
    for r in results:
        tag = f"{r.label}, {r.workers} worker{'s' if r.workers > 1 else ''}"
        if r.error:
            section.notes.append(f"{tag}: failed: {r.error}")
            continue
        for load_name in dict.fromkeys(p.load.name for p in r.phases):
            phases = [p for p in r.phases if p.load.name == load_name]
            full = phases[0].load.rate is None
            is_rasd = r.label == RasdTarget.label
            not_drained = "" if all(p.drained for p in phases) else "; NOT drained in time"
            section.add(f"{tag} @ {load_name}: sustained articles/s (through every agent)", "articles/s",
                        [p.sustained for p in phases],
                        target=">= 500/s" if full and is_rasd else "",
                        meets=(lambda v: v >= 500) if full and is_rasd else None,
                        note=f"offered {', '.join(f'{p.offered:,.0f}' for p in phases)}/s{not_drained}")
            section.add(f"{tag} @ {load_name}: articles/s to articles.tagged", "articles/s",
                        [p.tagged_rate for p in phases])
            if full:
                section.add(f"{tag} @ {load_name}: worker CPU per article", "ms",
                            [p.cpu_ms_per_article for p in phases],
                            note="all worker processes, publish to drained (idle polling included)")
            section.add(f"{tag} @ {load_name}: articles/s reaching an alert", "articles/s",
                        [p.alert_rate for p in phases],
                        note=f"{phases[0].alert_articles}/{phases[0].published} articles alerted, "
                             f"{phases[0].alerts} alert records")
            if full:
                ceiling = ceilings.get(r.workers, [])
                if is_rasd and ceiling:
                    base = statistics.median(ceiling)
                    section.add(f"{tag}: sustained, ratio to the pass-through ceiling", "x",
                                [p.sustained / base for p in phases], target=">= 0.6",
                                meets=lambda v: v >= 0.6,
                                note=f"ceiling {base:,.1f} articles/s (pass-through, {r.workers} worker(s))")
                continue
            at200 = load_name == "200/s" and is_rasd
            for stage in ("publish→tagged", "publish→event record", "publish→alert", "publish→alert received"):
                if stage != "publish→alert" and not at200:
                    continue
                for q, idx in (("p50", 0), ("p95", 1), ("p99", 2)):
                    if stage != "publish→alert" and q != "p99":
                        continue
                    section.add(f"{tag} @ {load_name}: {stage} {q}", "s", [p.latency[stage][idx] for p in phases],
                                target="< 1 s" if at200 and q == "p99" and stage == "publish→alert" else "",
                                meets=(lambda v: v < 1) if at200 and q == "p99" and stage == "publish→alert" else None)
        if r.worker_rss_mb:
            section.add(f"{tag}: worker RSS after the run", "MB", r.worker_rss_mb,
                        target="< 300 MB" if r.label == "Rasd" else "",
                        meets=(lambda v: v < 300) if r.label == "Rasd" else None,
                        note="one value per worker process")
    shape = next((r for r in results if r.fanout), None)
    if shape:
        section.notes.append(
            "Rasd's fan-out, copied by the pass-through: "
            + ", ".join(f"{k} {v:.2f}" for k, v in shape.fanout.items())
            + " messages per input message; mean value sizes: "
            + ", ".join(f"{k} {v:,.0f} B" for k, v in shape.sizes.items()) + "."
        )
    section.notes.append(
        f"Loads: {', '.join(f'{ld.name} ({ld.count} articles)' for ld in loads(quick))}, "
        f"{repeats} repetition(s) each; a repetition reuses the running workers. Rates are "
        "articles / (last output record's timestamp - first publish); sustained = articles / "
        "(the moment every worker had committed every input topic - first publish), to within "
        "the 1 s commit interval and 0.2 s polling; for Rasd that includes waiting for its mention "
        "counts, sent every RASD_MENTIONS_FLUSH_SECONDS (10 s), so a burst's sustained figure "
        "is 0-10 s short of its processing time. The load generator, the "
        "collector, the broker and the workers share the machine's cores."
    )
    return section
