"""Fault: hostile feeds, polled by a real worker's poller.

Feeds are registered on the stack's feeds topic and point at a hostile HTTP server on
127.0.0.1 (the handlers of tests/integration/test_feed_http.py, plus an endless drip, an
XXE and private-network redirects). Each must end in a feed-state record whose health
and error say what happened, in bounded time, without the worker's memory growing by the
size of the attack, and without a local file's content or an entity expansion reaching
rasd.articles.fetched. The fetcher-level tests (shorter limits, more variants) stay in
tests/integration/test_feed_http.py.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiohttp import web

from rasd.feeds.urls import feed_id
from tests.integration.test_feed_http import FIXTURES, Server
from tests.pipeline_support import Stack
from tests.reliability.support import has_all, produce_all, publish_figures, read_topic

pytestmark = [pytest.mark.broker, pytest.mark.timeout(300)]

CANARY = "CANARY-7e2c91-LOCAL-FILE"
# The worker's FetchLimits (agents/feeds/http.py): a whole fetch is cut after 60 s.
TOTAL_TIMEOUT_SECONDS = 60


class HostileServer(Server):
    """The feed tests' server, plus the attacks that need a worker-sized budget."""

    def __init__(self, secret_path: Path) -> None:
        super().__init__()
        self.secret_path = secret_path

    async def drip_forever(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        try:
            await response.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
            while True:  # one byte a second, for ever: only a total timeout ends it
                await response.write(b" ")
                await asyncio.sleep(1)
        except (ConnectionResetError, RuntimeError):
            pass
        return response

    async def xxe(self, request: web.Request) -> web.Response:
        template = (FIXTURES / "xxe.xml.tmpl").read_text(encoding="utf-8")
        body = template.replace("{SECRET_PATH}", str(self.secret_path))
        return web.Response(body=body.encode(), content_type="application/rss+xml")

    async def private(self, request: web.Request) -> web.Response:
        # Literal addresses only: a host name would need a DNS lookup outside this machine.
        targets = {"ten": "http://10.0.0.1/feed.rss", "home-router": "http://192.168.1.1/feed.rss"}
        return web.Response(status=302, headers={"Location": targets[request.match_info["name"]]})

    def app(self) -> web.Application:
        app = super().app()
        app.router.add_get("/drip-forever.rss", self.drip_forever)
        app.router.add_get("/xxe.rss", self.xxe)
        app.router.add_get("/private/{name}", self.private)
        return app


class ServerThread(threading.Thread):
    """Runs the hostile server on its own event loop while the worker process polls it."""

    def __init__(self, server: HostileServer) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None

    def run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self.ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.server.app(), shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.server.port = self._runner.addresses[0][1]
        self.server.base = f"http://127.0.0.1:{self.server.port}"

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.join(10)


# feed path -> (expected health, phrase expected in last_error or warnings)
ATTACKS: dict[str, tuple[set[str], str]] = {
    "/fixture/billion-laughs.xml": ({"degraded"}, "ENTITY"),
    "/xxe.rss": ({"ok", "degraded"}, ""),
    "/bomb.rss": ({"degraded", "failing"}, "larger than"),
    "/endless.rss": ({"degraded", "failing"}, "larger than"),
    "/drip-forever.rss": ({"degraded", "failing"}, "timed out"),
    "/redirect/loop-a": ({"degraded", "failing"}, "redirect loop"),
    "/redirect/to-127.0.0.2": ({"failing"}, "loopback"),
    "/redirect/to-ipv6-loopback": ({"failing"}, "loopback"),
    "/redirect/to-metadata": ({"failing"}, "cloud-metadata"),
    "/private/ten": ({"failing"}, "private"),
    "/private/home-router": ({"failing"}, "private"),
    "/redirect/to-file": ({"degraded", "failing"}, "non-web"),
}


def rss_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"{field} not in /proc/{pid}/status")


def test_hostile_feeds_are_refused_or_cut_with_a_health_status(kafka_broker, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(CANARY, encoding="utf-8")
    server = HostileServer(secret)
    thread = ServerThread(server)
    thread.start()
    assert thread.ready.wait(10)
    stack = Stack(kafka_broker.bootstrap, tmp_path / "stack")
    stack.create_topics()
    worker = stack.worker("w1").start().wait_ready()
    try:
        assert worker.process is not None
        rss_before = rss_kb(worker.process.pid, "VmRSS")
        feeds: dict[str, dict[str, Any]] = {}
        for path in ATTACKS:
            url = server.url(path)
            feeds[path] = {"schema_version": 1, "id": feed_id(url), "url": url, "name": path,
                           "interval": 3600, "enabled": True}
        registered = time.monotonic()
        failed = asyncio.run(produce_all(stack.bootstrap, stack.topic("feeds"),
                                         [(f["id"], f) for f in feeds.values()]))
        assert not failed
        ids = {f["id"] for f in feeds.values()}
        states = asyncio.run(read_topic(
            stack.bootstrap, stack.topic("feed-state"),
            done=has_all(ids, lambda s: s["feed_id"]), timeout=TOTAL_TIMEOUT_SECONDS + 90,
        ))
        all_states_seconds = time.monotonic() - registered
        fetched = asyncio.run(read_topic(
            stack.bootstrap, stack.topic("articles.fetched"), done=lambda r: False, timeout=3, decode=False,
        ))
        peak_growth_mb = (rss_kb(worker.process.pid, "VmHWM") - rss_before) / 1024
        ready_status, _ = worker.get("/readyz")
    finally:
        worker.stop()
        thread.stop()

    first = {}
    for state in states:
        first.setdefault(state["feed_id"], state)
    outcome = {path: first.get(feeds[path]["id"]) for path in ATTACKS}
    raw_articles = b"".join(m.value or b"" for m in fetched)
    publish_figures(
        "hostile-feeds",
        feeds=len(ATTACKS),
        with_health_status=sum(1 for s in outcome.values() if s),
        seconds_until_every_feed_had_a_status=round(all_states_seconds, 1),
        worker_peak_rss_growth_mb=round(peak_growth_mb, 1),
        articles_published=len(fetched),
        health={path: (s or {}).get("health") for path, s in outcome.items()},
        errors={path: ((s or {}).get("last_error") or "; ".join((s or {}).get("warnings", [])))[:120]
                for path, s in outcome.items()},
        command="pytest tests/reliability/test_hostile_feeds.py -s",
    )
    for path, (healths, phrase) in ATTACKS.items():
        state = outcome[path]
        assert state is not None, f"{path}: no feed-state record"
        said = (state.get("last_error") or "") + " | " + " | ".join(state.get("warnings") or [])
        assert state["health"] in healths, f"{path}: {state['health']} {said}"
        assert phrase in said, f"{path}: expected {phrase!r} in {said}"
    assert CANARY.encode() not in raw_articles, "a local file's content reached the articles"
    assert b"lollol" not in raw_articles, "an entity was expanded"
    xxe_articles = [orjson.loads(m.value) for m in fetched if m.value and b"xxe.rss" in m.value]
    assert xxe_articles, "the XXE feed's ordinary entries are still published"
    # A 20 MB gzip bomb and an endless body are cut at 5 MB; the worker must not hold them.
    assert peak_growth_mb < 150, f"worker peak RSS grew by {peak_growth_mb:.0f} MB"
    assert ready_status == 200
    assert all_states_seconds < TOTAL_TIMEOUT_SECONDS + 60
