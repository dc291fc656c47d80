"""Feed poller speed from a local HTTP server: 200s with 30 items, and 304 Not Modified.

The server and the measurements are ``bench.bench_feeds``'s (a child-process aiohttp server
on 127.0.0.1; the poller with fetch, charset, feedparser, records, dedup and a memory sink),
repeated here and compared with raw aiohttp GETs that only read the body, in the same run.
"""

from __future__ import annotations

import asyncio
import multiprocessing

from bench import bench_feeds
from bench.figures import Section

CONCURRENCY = 20


async def _measure(feeds: int) -> tuple[float, float, float]:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=bench_feeds.serve, args=(queue,), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{queue.get(timeout=10)}"
        raw = await bench_feeds.baseline(base, feeds, CONCURRENCY)
        full = await bench_feeds.through_poller(base, feeds, CONCURRENCY, 0, not_modified=False)
        cond = await bench_feeds.through_poller(base, feeds * 3, CONCURRENCY, 0, not_modified=True)
        return raw, full, cond
    finally:
        server.terminate()
        server.join(5)


def bench(*, quick: bool, repeats: int) -> Section:
    feeds = 200 if quick else 400
    runs = [asyncio.run(_measure(feeds)) for _ in range(repeats)]
    section = Section("Feed poller (local server, one process)")
    section.add("raw aiohttp GET, body read, no parsing (baseline)", "feeds/s", [r[0] for r in runs])
    section.add("poller, 200 with 30 items (fetch + parse + records + dedup)", "feeds/s",
                [r[1] for r in runs], target=">= 200/s", meets=lambda v: v >= 200)
    section.add("poller 200s: ratio to the raw GET baseline", "x", [r[1] / r[0] for r in runs])
    section.add("poller, 304 Not Modified", "feeds/s", [r[2] for r in runs],
                target=">= 1,000/s", meets=lambda v: v >= 1000)
    section.notes.append(
        f"{feeds} feeds (x3 for the 304s) at concurrency {CONCURRENCY}, parsing inline "
        f"(no process pool); feed of {len(bench_feeds.make_feed()):,} bytes."
    )
    return section
