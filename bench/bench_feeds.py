"""Feeds fetched and parsed per second from a local server, against raw aiohttp GETs.

    .venv/bin/python bench/bench_feeds.py [--feeds 400] [--concurrency 20] [--workers 0]

The server runs in a child process (so it does not share the event loop being measured) and
serves a generated 30-item RSS feed under many URLs (200) and a 304 for conditional GETs.
Figures: baseline = raw GETs that read the body (no parsing); poller = fetch + charset +
parse (ElementTree fast path, feedparser for the hard cases) + records + dedup + sink, inline
or in a process pool (``--workers``); and 304s through the poller. Targets on a 2-core
machine: >= 200 feeds/s for 200s, >= 1,000/s for 304s. Never fails on timing.

Throughput on a shared machine moves with everyone else's load, so each poller figure comes
with the CPU time it cost per feed, split by process (the poller's event loop, the parse
workers, the test server; read from /proc on Linux), and the rate that CPU allows on two idle
cores: one event loop uses one core at most, all the processes together two.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from aiohttp import web

from agents.feeds.http import FeedFetcher, FetchLimits
from agents.feeds.poller import FeedPoller, MemorySeenStore, MemorySink
from rasd.feeds import AllowList, FeedConfig, FeedState

ETAG = '"bench"'


def make_feed(items: int = 30) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
             "<title>Bench Wire</title><link>http://bench.example/</link><description>d</description>"]
    for i in range(items):
        parts.append(
            f"<item><title>Council extends sanctions on firm number {i}</title>"
            f"<link>http://bench.example/story/{i}?utm_source=rss</link><guid>bench-{i}</guid>"
            f"<pubDate>Tue, 11 Nov 2025 {i % 24:02d}:00:00 GMT</pubDate><category>Sanctions</category>"
            f"<description><![CDATA[<p>BRUSSELS (Bench Wire) - Ministers agreed on Tuesday to extend "
            f"sanctions on company {i} for a further six months, diplomats said.</p>"
            f"<p>The measures target the energy and banking sectors.</p>]]></description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def serve(port_queue: multiprocessing.Queue) -> None:
    body = make_feed()

    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == ETAG:
            return web.Response(status=304, headers={"ETag": ETAG})
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": ETAG})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/{name}", feed)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port_queue.put(runner.addresses[0][1])
        await asyncio.Event().wait()

    asyncio.run(main())


async def gather_limited(coros, concurrency: int) -> None:
    slots = asyncio.Semaphore(concurrency)

    async def one(coro):
        async with slots:
            await coro

    await asyncio.gather(*(one(c) for c in coros))


async def baseline(base: str, n: int, concurrency: int) -> float:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:

        async def get(i: int) -> None:
            async with session.get(f"{base}/feed-{i}.rss") as response:
                await response.read()

        started = time.perf_counter()
        await gather_limited([get(i) for i in range(n)], concurrency)
        return n / (time.perf_counter() - started)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a live process, from /proc (None where there is none)."""
    try:
        # Fields after the parenthesised command name: state is the first, utime the 12th.
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class PollerRun:
    feeds_per_second: float
    poller_cpu_ms: float  # per feed, in the process running the event loop
    worker_cpu_ms: float | None  # per feed, all parse workers together (None: inline)
    server_cpu_ms: float | None  # per feed, the test server (None: not measurable here)
    workers: int = 0

    def cpu_line(self) -> str:
        parts = [f"poller {self.poller_cpu_ms:.2f}"]
        if self.worker_cpu_ms is not None:
            parts.append(f"parse workers {self.worker_cpu_ms:.2f}")
        if self.server_cpu_ms is not None:
            parts.append(f"server {self.server_cpu_ms:.2f}")
        ours = self.poller_cpu_ms + (self.worker_cpu_ms or 0.0)
        total = ours + (self.server_cpu_ms or 0.0)
        # One event loop uses one core at most; all processes together share two.
        bounds = [1000 / self.poller_cpu_ms, 2000 / total]
        if self.worker_cpu_ms:
            bounds.append(self.workers * 1000 / self.worker_cpu_ms)
        return (f"cpu ms/feed: {', '.join(parts)}; poller side {ours:.2f}, all {total:.2f} "
                f"(on 2 idle cores: <= {min(bounds):,.0f} feeds/s)")


async def through_poller(base: str, n: int, concurrency: int, workers: int, not_modified: bool) -> float:
    """Feeds per second through the poller (see ``measure_poller`` for the CPU it cost)."""
    run = await measure_poller(base, n, concurrency, workers, not_modified)
    return run.feeds_per_second


async def measure_poller(
    base: str, n: int, concurrency: int, workers: int, not_modified: bool, server_pid: int | None = None
) -> PollerRun:
    limits = FetchLimits(politeness_delay=0, per_host_concurrency=concurrency, max_connections=concurrency)
    executor = ProcessPoolExecutor(workers) if workers else None
    feeds = [FeedConfig(url=f"{base}/feed-{i}.rss", lang_hint="en") for i in range(n)]
    states = {}
    if not_modified:
        states = {f.id: FeedState(feed_id=f.id, url=f.url, etag=ETAG) for f in feeds}
    sink = MemorySink()
    async with FeedFetcher(limits, AllowList.parse("127.0.0.1")) as fetcher:
        poller = FeedPoller(fetcher, sink, seen=MemorySeenStore(), states=states, parse_executor=executor)
        if executor:  # start every worker process outside the timed part
            warm = [FeedConfig(url=f"{base}/warm-{i}.rss") for i in range(workers * 4)]
            await gather_limited([poller.poll(f) for f in warm], len(warm))
        worker_pids = list(getattr(executor, "_processes", None) or {})  # a private attribute
        workers_before = [cpu_seconds(pid) for pid in worker_pids]
        server_before = [cpu_seconds(server_pid)] if server_pid else []
        cpu_started = time.process_time()
        started = time.perf_counter()
        await gather_limited([poller.poll(f) for f in feeds], concurrency)
        elapsed = time.perf_counter() - started
        poller_cpu = time.process_time() - cpu_started
        workers_after = [cpu_seconds(pid) for pid in worker_pids]
        server_after = [cpu_seconds(server_pid)] if server_pid else []
    if executor:
        executor.shutdown()
    bad = [s for s in poller.states.values() if s.health != "ok"]
    if bad:
        print(f"  warning: {len(bad)} polls not ok, e.g. {bad[0].last_error}")

    def per_feed(before: list[float | None], after: list[float | None]) -> float | None:
        if not before or None in before or None in after:
            return None
        return (sum(a for a in after if a is not None) - sum(b for b in before if b is not None)) / n * 1000

    return PollerRun(
        feeds_per_second=n / elapsed,
        poller_cpu_ms=poller_cpu / n * 1000,
        worker_cpu_ms=per_feed(workers_before, workers_after) if executor else None,
        server_cpu_ms=per_feed(server_before, server_after),
        workers=workers,
    )


async def run(args: argparse.Namespace) -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue,), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{queue.get(timeout=10)}"
        print(f"feed: 30 items, {len(make_feed())} bytes; {args.feeds} feeds, concurrency {args.concurrency}")
        raw = await baseline(base, args.feeds, args.concurrency)
        print(f"baseline raw aiohttp GET (no parsing): {raw:8.0f} feeds/s")
        run_200 = await measure_poller(base, args.feeds, args.concurrency, args.workers, False, server.pid)
        full = run_200.feeds_per_second
        print(f"poller, 200 + parse, workers={args.workers}: {full:8.0f} feeds/s  ratio {full / raw:.2f}  "
              f"(target >= 200/s: {'met' if full >= 200 else 'NOT met'})")
        print(f"  {run_200.cpu_line()}")
        run_304 = await measure_poller(base, args.feeds * 3, args.concurrency, 0, True, server.pid)
        cond = run_304.feeds_per_second
        print(f"poller, 304 Not Modified:        {cond:8.0f} feeds/s  ratio {cond / raw:.2f}  "
              f"(target >= 1000/s: {'met' if cond >= 1000 else 'NOT met'})")
        print(f"  {run_304.cpu_line()}")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
              f"(others' work slows every figure but the CPU per feed)")
    finally:
        server.terminate()
        server.join(5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=0, help="parse in a process pool of this size (0: inline)")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
