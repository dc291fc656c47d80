"""Feeds fetched and parsed per second from a local server, against raw aiohttp GETs.

    .venv/bin/python bench/bench_feeds.py [--feeds 400] [--concurrency 20] [--workers 0]

The server runs in a child process (so it does not share the event loop being measured) and
serves a generated 30-item RSS feed under many URLs (200) and a 304 for conditional GETs.
Figures: baseline = raw GETs that read the body (no parsing); poller = fetch + charset +
feedparser + records + dedup + sink; and 304s through the poller. Targets on a 2-core
machine: >= 200 feeds/s for 200s, >= 1,000/s for 304s. Never fails on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

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


async def through_poller(base: str, n: int, concurrency: int, workers: int, not_modified: bool) -> float:
    limits = FetchLimits(politeness_delay=0, per_host_concurrency=concurrency, max_connections=concurrency)
    executor = ProcessPoolExecutor(workers) if workers else None
    feeds = [FeedConfig(url=f"{base}/feed-{i}.rss", lang_hint="en") for i in range(n)]
    states = {}
    if not_modified:
        states = {f.id: FeedState(feed_id=f.id, url=f.url, etag=ETAG) for f in feeds}
    sink = MemorySink()
    async with FeedFetcher(limits, AllowList.parse("127.0.0.1")) as fetcher:
        poller = FeedPoller(fetcher, sink, seen=MemorySeenStore(), states=states, parse_executor=executor)
        if executor:  # start the worker processes outside the timed part
            await poller.poll(FeedConfig(url=f"{base}/warm.rss"))
        started = time.perf_counter()
        await gather_limited([poller.poll(f) for f in feeds], concurrency)
        elapsed = time.perf_counter() - started
    if executor:
        executor.shutdown()
    bad = [s for s in poller.states.values() if s.health != "ok"]
    if bad:
        print(f"  warning: {len(bad)} polls not ok, e.g. {bad[0].last_error}")
    return n / elapsed


async def run(args: argparse.Namespace) -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue,), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{queue.get(timeout=10)}"
        print(f"feed: 30 items, {len(make_feed())} bytes; {args.feeds} feeds, concurrency {args.concurrency}")
        raw = await baseline(base, args.feeds, args.concurrency)
        print(f"baseline raw aiohttp GET (no parsing): {raw:8.0f} feeds/s")
        full = await through_poller(base, args.feeds, args.concurrency, args.workers, not_modified=False)
        print(f"poller, 200 + parse, workers={args.workers}: {full:8.0f} feeds/s  ratio {full / raw:.2f}  "
              f"(target >= 200/s: {'met' if full >= 200 else 'NOT met'})")
        cond = await through_poller(base, args.feeds * 3, args.concurrency, 0, not_modified=True)
        print(f"poller, 304 Not Modified:        {cond:8.0f} feeds/s  ratio {cond / raw:.2f}  "
              f"(target >= 1000/s: {'met' if cond >= 1000 else 'NOT met'})")
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
