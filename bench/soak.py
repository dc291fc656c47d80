"""Soak: a steady stream of articles through the whole pipeline for a long time, watching the
worker's memory and lag. Not part of the test suite (it takes 30 minutes by default).

Articles (mixed Arabic/English, from ``bench/corpus.py``, each with a unique id) go into
``articles.fetched`` at ``--rate`` per second, so every stage runs: dedup, tag, detect,
cluster, alert (one subscription for sanctions events) and surge. Every ``--sample``
seconds the worker's RSS (/proc; with ``--workers N``, the largest worker's) and lag are sampled: the workers' own
``rasd_consumer_lag_messages`` gauge, and the backlog seen from outside (articles sent
minus tagged articles read back). After ``--warmup`` minutes the first sample is the
baseline; the figures are RSS growth against it (target < 10 %), the maximum lag, and the
output rate as a ratio of the offered rate. Never fails on figures: it prints them.

Event time. By default every article is published "now", so a run of minutes never reaches
the month after which the worker forgets a story (``HORIZON``) or an article (the dedup
window). ``--event-days D`` compresses D days of news into the run instead: the articles'
``published`` and ``fetched_at`` advance evenly from D days ago to now, and with
``--era-days E`` the corpus is replaced by a freshly generated one every E days of event time,
so stories begin and end as they do in a feed over months, and the state they leave behind
must be evicted for memory to stay flat.

    .venv/bin/python bench/soak.py [--minutes 30] [--rate 50] [--bootstrap host:port]
                                   [--event-days 180 --era-days 20]

``--state-only N`` runs no broker and no worker: it folds the reports of the first N articles
the soak would send through the cluster fold (``rasd.pipeline.fold_candidates``), deleting
expired clusters as the worker does, and prints the memory their states take (tracemalloc),
in the compact form and in the older form (a dict per source) side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import schemas  # noqa: E402
from agents.broker import EmbeddedBroker  # noqa: E402
from agents.broker.config import free_port  # noqa: E402
from agents.kafka_admin import ensure_topics  # noqa: E402
from bench.corpus import generate  # noqa: E402
from rasd.kb.loader import default_kb  # noqa: E402
from rasd.settings import Settings  # noqa: E402
from topics import catalogue  # noqa: E402

DISTINCT_TEXTS = 400  # cycled; every article still gets its own id
SUBSCRIPTION = {"name": "soak", "filters": {"event_types": ["sanctions.imposed", "sanctions.lifted",
                                                            "alliance.joined", "agreement.signed"]}}


@dataclass
class Sample:
    at_s: float
    rss_mb: float  # the largest worker's (each worker holds the full KB and its own state)
    worker_lag: int | None  # summed over the workers (each reports its own partitions)
    backlog: int
    sent: int
    tagged: int
    alerts: int


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def worker_lag(port: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            text = response.read().decode()
    except (urllib.error.URLError, OSError):
        return None
    values = re.findall(r"^rasd_consumer_lag_messages\{[^}]*\} (\S+)$", text, re.M)
    return int(sum(float(v) for v in values)) if values else None


@dataclass(frozen=True)
class EventClock:
    """Event time of the i-th article: now (``days`` 0), or ``days`` of news spread over the
    run and ending now; with ``era_days``, which corpus (era) the article's time falls in."""

    days: float = 0.0
    era_days: float = 0.0
    total: int = 1  # articles the run will offer
    end: datetime = datetime.now(UTC)

    def at(self, i: int) -> datetime:
        if not self.days:
            return datetime.now(UTC)
        return self.end - timedelta(days=self.days) * (1 - min(i, self.total) / self.total)

    def era(self, i: int) -> int:
        if not self.days or not self.era_days:
            return 0
        return int(min(i, self.total) / self.total * self.days // self.era_days)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def articles(corpus: Callable[[int], list[str]], run: str, clock: EventClock) -> Iterator[dict[str, Any]]:
    template = schemas.example("article")
    i = 0
    while True:
        texts = corpus(clock.era(i))
        text = texts[i % len(texts)]
        lang = "ar" if i % 2 == 0 else "en"
        article_id = f"a_{run}{i:08d}"
        when = clock.at(i)
        record = dict(
            template, id=article_id, url=f"https://soak.example.org/{article_id}", source="soak-wire",
            title=text[:80], summary="", text=text, lang=lang, published=_iso(when),
            content_hash=hashlib.sha1(f"{i}{text}".encode()).hexdigest()[:16],
        )
        if clock.days:
            record["fetched_at"] = _iso(when)  # else the template's: as before
        yield record
        i += 1


class Worker:
    """``python -m agents.worker`` with the soak's settings, logging to a file."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = dict(env, RASD_WEB_PORT=str(free_port())), log
        self.port = int(self.env["RASD_WEB_PORT"])
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 180) -> None:
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "agents.worker"], env=self.env, cwd=REPO,
                stdout=out, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the worker exited ({self.process.returncode}); see {self.log}")
            with contextlib.suppress(urllib.error.URLError, OSError):
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/readyz", timeout=2) as r:
                    if r.status == 200:
                        return
            time.sleep(0.5)
        raise SystemExit(f"the worker was not ready after {timeout:.0f} s; see {self.log}")

    def subscribe(self, body: dict[str, Any]) -> None:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/subscriptions", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"}, method="POST",
        )
        urllib.request.urlopen(request, timeout=10).close()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Counts:
    def __init__(self) -> None:
        self.sent = 0
        self.tagged = 0
        self.alerts = 0
        self.producing = True
        self.drained = asyncio.Event()  # set once production ended and everything was tagged


async def produce(
    bootstrap: str, topic: str, rate: float, seconds: float, counts: Counts, run: str, clock: EventClock
) -> None:
    kb = default_kb()
    eras: dict[int, list[str]] = {}

    def corpus(era: int) -> list[str]:
        if era not in eras:
            eras.clear()  # one era at a time; era 0 is the corpus of a run without eras
            eras[era] = list(generate(kb, DISTINCT_TEXTS, size=1500, seed=7 + era, in_chars=True))
        return eras[era]

    source = articles(corpus, run, clock)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20)
    await producer.start()
    try:
        started = time.monotonic()
        while (elapsed := time.monotonic() - started) < seconds:
            due = int(elapsed * rate) + 1
            batch = []
            while counts.sent < due:
                record = next(source)
                batch.append(await producer.send(topic, key=record["id"].encode(), value=orjson.dumps(record)))
                counts.sent += 1
            await asyncio.gather(*batch)
            await asyncio.sleep(0.05)
    finally:
        await producer.stop()


async def collect(bootstrap: str, topics: dict[str, str], counts: Counts, stop: asyncio.Event) -> None:
    consumer = AIOKafkaConsumer(
        *topics.values(), bootstrap_servers=bootstrap, auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None,
    )
    await consumer.start()
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=500)
            for tp, messages in batch.items():
                if tp.topic == topics["tagged"]:
                    counts.tagged += len(messages)
                else:
                    counts.alerts += len(messages)
            if not counts.producing and counts.tagged >= counts.sent:
                counts.drained.set()
    finally:
        await consumer.stop()


async def soak(args: argparse.Namespace, bootstrap: str, home: Path) -> dict[str, Any]:
    run = uuid.uuid4().hex[:6]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(
        RASD_KAFKA_BOOTSTRAP=bootstrap, RASD_TOPIC_PREFIX=f"soak{run}", RASD_APP_ID=f"soak{run}",
        RASD_HOME=str(home), RASD_REPLICATION_FACTOR="1", RASD_LOG_LEVEL="WARNING",
    )
    env.update(args.worker_env)
    settings = Settings.load(env=env)
    specs = catalogue(settings)
    await ensure_topics(settings, specs)
    workers = [Worker(env, home / f"soak-worker{n + 1}.log") for n in range(args.workers)]
    for worker in workers:
        worker.start()
    workers[0].subscribe(SUBSCRIPTION)  # kept on a topic: every worker loads it
    counts = Counts()
    stop = asyncio.Event()
    collector = asyncio.create_task(collect(
        bootstrap, {"tagged": specs["articles.tagged"].name, "alerts": specs["alerts"].name}, counts, stop
    ))
    seconds = args.minutes * 60
    clock = EventClock(args.event_days, args.era_days, max(1, int(args.rate * seconds)), datetime.now(UTC))
    producer = asyncio.create_task(
        produce(bootstrap, specs["articles.fetched"].name, args.rate, seconds, counts, run, clock)
    )
    samples: list[Sample] = []
    started = time.monotonic()
    if args.event_days:
        print(f"event time: {args.event_days} days of news, a new corpus every {args.era_days or '-'} days")
    for worker in workers:
        print(f"soak: {args.minutes} min at {args.rate}/s; worker pid {_pid(worker)}, log {worker.log}")
    print(f"{'t(s)':>6} {'RSS MB':>8} {'lag':>7} {'backlog':>8} {'sent':>8} {'tagged':>8} {'alerts':>7}")
    try:
        while not producer.done():
            await asyncio.sleep(args.sample)
            for worker in workers:
                if worker.process is not None and worker.process.poll() is not None:
                    raise SystemExit(f"a worker died (exit {worker.process.returncode}); see {worker.log}")
            lags = [await asyncio.to_thread(worker_lag, worker.port) for worker in workers]
            sample = Sample(
                round(time.monotonic() - started, 1), round(max(rss_mb(_pid(w)) for w in workers), 1),
                None if None in lags else sum(lag for lag in lags if lag is not None),
                counts.sent - counts.tagged, counts.sent, counts.tagged, counts.alerts,
            )
            samples.append(sample)
            print(f"{sample.at_s:6.0f} {sample.rss_mb:8.1f} {sample.worker_lag if sample.worker_lag is not None else '-':>7} "
                  f"{sample.backlog:8d} {sample.sent:8d} {sample.tagged:8d} {sample.alerts:7d}", flush=True)
        await producer
        counts.producing = False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(counts.drained.wait(), timeout=120)
    finally:
        stop.set()
        try:
            await collector
        finally:  # (also when the run is cancelled: a SIGTERM cancels the collector too)
            for worker in workers:
                worker.stop()
    return summarize(args, samples, counts, time.monotonic() - started)


def _pid(worker: Worker) -> int:
    assert worker.process is not None, "the worker was not started"
    return worker.process.pid


def summarize(args: argparse.Namespace, samples: list[Sample], counts: Counts, wall: float) -> dict[str, Any]:
    warm = [s for s in samples if s.at_s >= args.warmup * 60]
    baseline = warm[0] if warm else samples[0]
    tail = warm[-3:] if len(warm) >= 3 else samples[-3:]
    final_rss = sum(s.rss_mb for s in tail) / len(tail)
    lags = [s.worker_lag for s in samples if s.worker_lag is not None]
    seconds = args.minutes * 60
    return {
        "minutes": args.minutes,
        "offered_rate_per_s": args.rate,
        "workers": args.workers,
        "event_days": args.event_days,
        "era_days": args.era_days,
        "articles_sent": counts.sent,
        "articles_tagged": counts.tagged,
        "alerts": counts.alerts,
        "rss_mb_first_sample": samples[0].rss_mb if samples else None,
        "rss_mb_baseline_after_warmup": baseline.rss_mb,
        "rss_mb_final": round(final_rss, 1),
        "rss_mb_max": max(s.rss_mb for s in samples),
        "rss_growth_after_warmup_pct": round((final_rss - baseline.rss_mb) / baseline.rss_mb * 100, 1),
        "max_worker_lag_messages": max(lags) if lags else None,
        "max_backlog_articles": max(s.backlog for s in samples),
        "output_rate_ratio_to_offered": round(counts.tagged / max(1.0, args.rate * seconds), 3),
        "wall_seconds": round(wall, 1),
        "samples": [asdict(s) for s in samples],
    }


def state_only(args: argparse.Namespace) -> dict[str, Any]:
    """The cluster state after the soak's first ``args.state_only`` articles, without Kafka."""
    import tracemalloc

    from rasd.analyze import entities_from_dicts, tag_article
    from rasd.events import extract_events
    from rasd.events.cluster import expired
    from rasd.pipeline import Watermarks, event_candidates, fold_candidates, report_time

    kb = default_kb()
    total = int(args.state_only)
    clock = EventClock(args.event_days, args.era_days, total, datetime.now(UTC))
    eras: dict[int, list[str]] = {}

    def corpus(era: int) -> list[str]:
        if era not in eras:
            eras.clear()
            eras[era] = list(generate(kb, DISTINCT_TEXTS, size=1500, seed=7 + era, in_chars=True))
        return eras[era]

    analysed: dict[str, tuple[list[dict[str, Any]], list[Any]]] = {}  # text -> (entities, events)
    states: dict[str, dict[str, Any]] = {}
    marks = Watermarks()
    checkpoints = sorted({min(total, c) for c in (2000, 4400, 8800, total)})
    out: dict[str, Any] = {"articles": total, "event_days": args.event_days, "era_days": args.era_days, "at": []}
    source = articles(corpus, "s", clock)
    for i in range(1, total + 1):
        article = next(source)
        if article["text"] not in analysed:
            if len(analysed) > 4 * DISTINCT_TEXTS:
                analysed.clear()
            tagged = tag_article(article, kb=kb)
            events = extract_events(article["text"], article["lang"], entities_from_dicts(tagged["entities"]),
                                    datetime.fromisoformat(article["published"].replace("Z", "+00:00")).date())
            analysed[article["text"]] = (tagged["entities"], events)
        entities, events = analysed[article["text"]]
        for candidate in event_candidates({"article": article, "entities": entities}, events):
            mark = marks.observe(0, report_time(candidate))
            key = candidate["cluster_id"]
            state, _ = fold_candidates(states.get(key), [candidate], watermarks=[mark])
            if state is not None:
                states[key] = state
        if i % 200 == 0 and (mark := marks.get(0)) is not None:  # the worker's sweep, coarsely
            for key in [k for k, v in states.items() if expired(v, mark)]:
                del states[key]
        if i in checkpoints:
            out["at"].append(_state_sizes(i, states, tracemalloc))
            print("  after {articles} articles: {stories} stories, {sources_per_story} sources per story; "
                  "{compact_mb} MB compact, {older_form_mb} MB in the older form".format(**out["at"][-1]), flush=True)
    return out


def _state_sizes(articles_done: int, states: dict[str, dict[str, Any]], tracemalloc: Any) -> dict[str, Any]:
    from rasd.events.cluster import unpack_sources

    def held(values: list[dict[str, Any]]) -> float:
        blobs = [orjson.dumps(v) for v in values]
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            kept = [orjson.loads(b) for b in blobs]  # as the table holds them after a recovery
            size = tracemalloc.get_traced_memory()[0] - base
        finally:
            tracemalloc.stop()
        del kept
        return size

    older = []
    for value in states.values():
        old = dict(value)
        old["sources"] = [s.to_dict() for s in unpack_sources(old.pop("source_lines"))]
        older.append(old)
    n = max(1, len(states))
    compact, old_size = held(list(states.values())), held(older)
    return {
        "articles": articles_done,
        "stories": len(states),
        "sources_per_story": round(sum(v["source_count"] for v in states.values()) / n, 1),
        "compact_mb": round(compact / 1e6, 2),
        "older_form_mb": round(old_size / 1e6, 2),
        "compact_bytes_per_story": round(compact / n),
        "older_bytes_per_story": round(old_size / n),
    }


def _worker_env(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    # (the runtime's own knobs too: glibc's MALLOC_ARENA_MAX, Python's PYTHONMALLOC)
    if not sep or not name.startswith(("RASD_", "MALLOC_", "PYTHON")):
        raise argparse.ArgumentTypeError(
            f"{text!r}: write a worker setting as RASD_NAME=value (or MALLOC_…, PYTHON… for the runtime)")
    return name, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to offer load (default 30)")
    parser.add_argument("--rate", type=float, default=50.0, help="articles per second (default 50)")
    parser.add_argument("--sample", type=float, default=10.0, help="seconds between samples (default 10)")
    parser.add_argument("--warmup", type=float, default=None,
                        help="minutes before the RSS baseline is taken (default: a fifth of the run, at most 5)")
    parser.add_argument("--event-days", type=float, default=0.0,
                        help="days of event time the run's articles span, ending now (default 0: all now)")
    parser.add_argument("--era-days", type=float, default=0.0,
                        help="with --event-days: a new corpus (new stories) every this many days (default: one)")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes sharing the load (default 1); RSS is the largest one's")
    parser.add_argument("--worker-env", type=_worker_env, action="append", default=[], metavar="RASD_X=VALUE",
                        help="a setting for the workers (repeatable), e.g. RASD_MENTIONS_FLUSH_SECONDS=1")
    parser.add_argument("--bootstrap", default="", help="an existing cluster; default: an embedded broker")
    parser.add_argument("--state-only", type=int, default=0, metavar="N",
                        help="no broker: fold the first N articles' reports and print the cluster state's size")
    args = parser.parse_args()
    if args.state_only:
        figures = state_only(args)
        print(json.dumps(figures["at"], indent=2))
        return
    if args.warmup is None:
        args.warmup = min(5.0, args.minutes / 5)
    # a soak stopped with SIGTERM (kill, a job control's stop) unwinds like Ctrl-C: its workers and
    # its broker are stopped by the ``finally`` blocks instead of running on, orphaned, and loading
    # the machine that the next run measures
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    with tempfile.TemporaryDirectory(prefix="rasd-soak-") as tmp:
        home = Path(tmp)
        broker = None
        bootstrap = args.bootstrap
        if not bootstrap:
            broker = EmbeddedBroker(home / "broker", port=free_port(), detached=False)
            broker.start(timeout=180)
            bootstrap = broker.bootstrap
        try:
            figures = asyncio.run(soak(args, bootstrap, home))
        finally:
            if broker is not None:
                broker.stop(timeout=30)
    out = REPO / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"soak-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(figures, indent=2) + "\n")
    print("\nsoak figures (baseline = first sample after warm-up, same run):")
    for key, value in figures.items():
        if key != "samples":
            print(f"  {key}: {value}")
    growth = figures["rss_growth_after_warmup_pct"]
    print(f"  RSS growth after warm-up {growth} % (target < 10 %): {'met' if growth < 10 else 'NOT met'}")
    print(f"  full samples: {path}")


if __name__ == "__main__":
    main()
