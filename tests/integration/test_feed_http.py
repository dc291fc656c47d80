"""The poller against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web

from agents.feeds.http import AddressRefused, FeedFetcher, FeedGone, FetchLimits, RateLimited
from agents.feeds.poller import FeedPoller, MemorySeenStore, MemorySink
from rasd.errors import FeedError
from rasd.feeds import AllowList, FeedConfig

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "rasd" / "samples" / "feeds"
FIXTURES = REPO / "tests" / "fixtures" / "feeds"
SHARED_FEEDS = REPO / ".." / "shared" / "feeds"
LIMIT = 1_000_000
FEED = (SAMPLES / "world-en.rss").read_bytes()
ETAG = '"world-v1"'


class Server:
    def __init__(self) -> None:
        self.base = ""
        self.port = 0
        self.seen_headers: list[dict[str, str]] = []
        self.edited_polls = 0
        self.bomb = gzip.compress(b"\0" * (20 * LIMIT), compresslevel=9)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    async def feed(self, request: web.Request) -> web.Response:
        self.seen_headers.append(dict(request.headers))
        if request.headers.get("If-None-Match") == ETAG:
            return web.Response(status=304, headers={"ETag": ETAG})
        return web.Response(body=FEED, content_type="application/rss+xml", headers={"ETag": ETAG})

    async def noetag(self, request: web.Request) -> web.Response:
        return web.Response(body=FEED, content_type="application/rss+xml")

    async def gzipped(self, request: web.Request) -> web.Response:
        assert "gzip" in request.headers.get("Accept-Encoding", "")
        return web.Response(body=gzip.compress(FEED), headers={"Content-Encoding": "gzip", "Content-Type": "text/xml"})

    async def deflated(self, request: web.Request) -> web.Response:
        return web.Response(body=zlib.compress(FEED), headers={"Content-Encoding": "deflate"})

    async def bomb_route(self, request: web.Request) -> web.Response:
        return web.Response(body=self.bomb, headers={"Content-Encoding": "gzip"})

    async def big(self, request: web.Request) -> web.Response:
        return web.Response(body=b"<rss>" + b" " * (2 * LIMIT))

    async def endless(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        try:
            for _ in range(10_000):
                await response.write(b"<item>" + b"x" * 65536)
        except (ConnectionResetError, RuntimeError):
            pass  # the client hung up, as it should
        return response

    async def drip(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        try:
            for byte in FEED[:30]:
                await response.write(bytes([byte]))
                await asyncio.sleep(1)
        except (ConnectionResetError, RuntimeError):
            pass
        return response

    async def status(self, request: web.Request) -> web.Response:
        code = int(request.match_info["code"])
        headers = {}
        if code == 429:
            headers["Retry-After"] = "120"
        if code == 503:
            headers["Retry-After"] = "Wed, 21 Oct 2099 07:28:00 GMT"
        return web.Response(status=code, text="nope", headers=headers)

    async def redirect(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        targets = {
            "moved": (301, "/feed.rss"),
            "moved-twice": (308, "/redirect/moved"),
            "temp": (302, "/feed.rss"),
            "temp-then-moved": (307, "/redirect/moved"),
            "loop-a": (302, "/redirect/loop-b"),
            "loop-b": (302, "/redirect/loop-a"),
            "to-127.0.0.2": (302, f"http://127.0.0.2:{self.port}/feed.rss"),
            "to-metadata": (302, "http://169.254.169.254/latest/meta-data/"),
            "to-ipv6-loopback": (302, f"http://[::1]:{self.port}/feed.rss"),
            "to-file": (302, "file:///etc/passwd"),
        }
        if name.startswith("chain-"):
            left = int(name.split("-")[1])
            return web.Response(status=302, headers={"Location": f"/redirect/chain-{left - 1}" if left else "/feed.rss"})
        code, location = targets[name]
        return web.Response(status=code, headers={"Location": location})

    async def fixture(self, request: web.Request) -> web.Response:
        path = FIXTURES / request.match_info["name"]
        return web.Response(body=path.read_bytes(), content_type="application/xml")

    async def sample(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        charset = "windows-1256" if "1256" in name else "utf-8"
        return web.Response(body=(SAMPLES / name).read_bytes(), headers={"Content-Type": f"text/xml; charset={charset}"})

    async def shared(self, request: web.Request) -> web.Response:
        return web.Response(body=(SHARED_FEEDS / request.match_info["name"]).read_bytes(), content_type="application/xml")

    async def edited(self, request: web.Request) -> web.Response:
        self.edited_polls += 1
        name = "edited-v1.rss" if self.edited_polls == 1 else "edited-v2.rss"
        return web.Response(body=(FIXTURES / name).read_bytes(), content_type="application/xml")

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/feed.rss", self.feed)
        app.router.add_get("/noetag.rss", self.noetag)
        app.router.add_get("/gzip.rss", self.gzipped)
        app.router.add_get("/deflate.rss", self.deflated)
        app.router.add_get("/bomb.rss", self.bomb_route)
        app.router.add_get("/big.rss", self.big)
        app.router.add_get("/endless.rss", self.endless)
        app.router.add_get("/drip.rss", self.drip)
        app.router.add_get("/status/{code}", self.status)
        app.router.add_get("/redirect/{name}", self.redirect)
        app.router.add_get("/fixture/{name}", self.fixture)
        app.router.add_get("/sample/{name}", self.sample)
        app.router.add_get("/shared/{name}", self.shared)
        app.router.add_get("/edited.rss", self.edited)
        return app


@pytest.fixture
async def server():
    srv = Server()
    runner = web.AppRunner(srv.app(), shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    srv.port = runner.addresses[0][1]
    srv.base = f"http://127.0.0.1:{srv.port}"
    yield srv
    await runner.cleanup()


def limits(**overrides) -> FetchLimits:
    values = {"politeness_delay": 0, "max_body_bytes": LIMIT, "total_timeout": 10.0, "read_timeout": 5.0}
    return FetchLimits(**{**values, **overrides})


@pytest.fixture
async def fetcher():
    async with FeedFetcher(limits(), AllowList.parse("127.0.0.1")) as client:
        yield client


@pytest.fixture
def sink():
    return MemorySink()


@pytest.fixture
def poller(fetcher, sink):
    return FeedPoller(fetcher, sink, seen=MemorySeenStore())


def feed_at(server: Server, path: str, **kw) -> FeedConfig:
    return FeedConfig(url=server.url(path), **kw)


# -- conditional GET, compression ---------------------------------------------------------


async def test_etag_flow_second_poll_is_304_and_publishes_nothing(server, poller, sink):
    feed = feed_at(server, "/feed.rss", lang_hint="en")
    first = await poller.poll(feed)
    assert (first.health, first.items_last_poll, first.published_last_poll) == ("ok", 4, 4)
    second = await poller.poll(feed)
    assert (second.health, second.items_last_poll, second.published_last_poll) == ("ok", 0, 0)
    assert server.seen_headers[-1]["If-None-Match"] == ETAG
    assert len(sink.records) == 4


async def test_duplicates_across_polls_are_not_published_twice(server, poller, sink):
    feed = feed_at(server, "/noetag.rss")
    await poller.poll(feed)
    state = await poller.poll(feed)
    assert state.items_last_poll == 4 and state.published_last_poll == 0
    assert len(sink.records) == len({r["id"] for r in sink.records}) == 4


async def test_an_edited_entry_is_published_again_as_revision_2(server, poller, sink):
    feed = feed_at(server, "/edited.rss")
    await poller.poll(feed)
    await poller.poll(feed)
    assert [(r["title"], r["revision"]) for r in sink.records] == [
        ("Council weighs new sanctions", 1), ("Unchanged story", 1), ("Council imposes new sanctions", 2),
    ]
    assert sink.records[0]["id"] == sink.records[2]["id"]


@pytest.mark.parametrize("path", ["/gzip.rss", "/deflate.rss"])
async def test_compressed_feeds(server, fetcher, path):
    result = await fetcher.fetch(server.url(path))
    assert result.body == FEED


async def test_windows_1256_arabic_over_http(server, poller, sink):
    await poller.poll(feed_at(server, "/sample/iqtisad-ar-1256.rss", lang_hint="ar"))
    assert sink.records[0]["title"] == "الاتحاد الأوروبي يمدد العقوبات على روسيا ستة أشهر"
    assert all(r["lang"] == "ar" for r in sink.records)


# -- redirects ----------------------------------------------------------------------------


async def test_permanent_redirect_updates_the_stored_url(server, poller):
    state = await poller.poll(feed_at(server, "/redirect/moved-twice"))
    assert state.health == "degraded" and state.url == server.url("/feed.rss")
    assert any("moved permanently" in w for w in state.warnings)


@pytest.mark.parametrize("path", ["/redirect/temp", "/redirect/temp-then-moved"])
async def test_temporary_redirect_keeps_the_url(server, poller, path):
    state = await poller.poll(feed_at(server, path))
    assert state.health == "ok" and state.url == server.url(path) and state.items_last_poll == 4


async def test_five_redirects_are_followed_six_are_not(server, fetcher):
    assert (await fetcher.fetch(server.url("/redirect/chain-4"))).status == 200
    with pytest.raises(FeedError, match="more than 5 redirects"):
        await fetcher.fetch(server.url("/redirect/chain-5"))


async def test_redirect_loop(server, fetcher):
    with pytest.raises(FeedError, match="redirect loop"):
        await fetcher.fetch(server.url("/redirect/loop-a"))


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/redirect/to-127.0.0.2", "loopback"), ("/redirect/to-metadata", "cloud-metadata"),
     ("/redirect/to-ipv6-loopback", "loopback")],
)
async def test_redirect_to_an_internal_address_is_refused(server, poller, fetcher, path, reason):
    with pytest.raises(AddressRefused, match=reason):
        await fetcher.fetch(server.url(path))
    state = await poller.poll(feed_at(server, path))
    assert state.health == "failing" and reason in state.last_error


async def test_redirect_to_a_non_web_scheme_is_refused(server, fetcher):
    with pytest.raises(FeedError, match="non-web"):
        await fetcher.fetch(server.url("/redirect/to-file"))


async def test_host_names_are_checked_at_resolution(server):
    url = f"http://localhost:{server.port}/feed.rss"
    async with FeedFetcher(limits(), AllowList.parse("127.0.0.2")) as client:
        with pytest.raises(AddressRefused, match="localhost resolves to"):
            await client.fetch(url)
    async with FeedFetcher(limits(), AllowList.parse("localhost")) as client:
        assert (await client.fetch(url)).body == FEED


async def test_nothing_private_is_reachable_without_an_allow_list(server):
    async with FeedFetcher(limits()) as client:
        with pytest.raises(AddressRefused, match="loopback"):
            await client.fetch(server.url("/feed.rss"))


# -- error statuses -----------------------------------------------------------------------


async def test_410_disables_the_feed(server, poller, fetcher):
    with pytest.raises(FeedGone):
        await fetcher.fetch(server.url("/status/410"))
    feed = feed_at(server, "/status/410")
    state = await poller.poll(feed)
    assert state.health == "failing" and not state.enabled
    assert (await poller.poll(feed)).consecutive_failures == 1  # not polled again


async def test_429_and_503_honour_retry_after(server, poller, fetcher):
    with pytest.raises(RateLimited) as caught:
        await fetcher.fetch(server.url("/status/429"))
    assert caught.value.retry_after == 120
    state = await poller.poll(feed_at(server, "/status/429", interval=60))
    assert state.retry_after == 120 and state.health == "degraded"
    with pytest.raises(RateLimited) as caught:
        await fetcher.fetch(server.url("/status/503"))
    assert caught.value.retry_after == 24 * 3600  # capped


async def test_repeated_500s_make_a_feed_failing_then_recovery_makes_it_ok(server, poller):
    broken = feed_at(server, "/status/500")
    states = [(await poller.poll(broken)).health for _ in range(3)]
    assert states == ["degraded", "degraded", "failing"]
    assert "HTTP 500" in poller.states[broken.id].last_error


async def test_404_is_a_failure_not_a_crash(server, poller):
    state = await poller.poll(feed_at(server, "/status/404"))
    assert state.health == "degraded" and "404" in state.last_error


# -- hostile bodies -----------------------------------------------------------------------


async def test_dripping_server_is_cut_by_the_total_timeout(server):
    async with FeedFetcher(limits(total_timeout=1.5, read_timeout=5), AllowList.parse("127.0.0.1")) as client:
        with pytest.raises(FeedError, match="timed out"):
            await client.fetch(server.url("/drip.rss"))


@pytest.mark.parametrize("path", ["/big.rss", "/endless.rss", "/bomb.rss"])
async def test_oversized_endless_and_bomb_bodies_are_cut(server, fetcher, path):
    with pytest.raises(FeedError, match="larger than|over the"):
        await fetcher.fetch(server.url(path))


@pytest.mark.parametrize(
    ("name", "check"),
    [("malformed.xml", "malformed"), ("billion-laughs.xml", "ENTITY")],
)
async def test_hostile_or_broken_xml_gives_a_degraded_feed_not_a_crash(server, poller, sink, name, check):
    state = await poller.poll(feed_at(server, f"/fixture/{name}"))
    assert state.health == "degraded" and any(check in w for w in state.warnings)
    assert sink.records and "lollol" not in str(sink.records)


async def test_an_html_page_is_a_failure(server, poller):
    state = await poller.poll(feed_at(server, "/fixture/not-a-feed.html"))
    assert state.health == "degraded" and "not an RSS or Atom feed" in state.last_error


async def test_real_feeds_over_http(server, poller, sink):
    if not SHARED_FEEDS.is_dir():
        pytest.skip(f"real feed files absent ({SHARED_FEEDS})")
    for path in sorted(SHARED_FEEDS.glob("*.[xr]*")):
        if path.suffix not in (".xml", ".rss"):
            continue
        state = await poller.poll(feed_at(server, f"/shared/{path.name}"))
        assert state.health == "ok" and state.items_last_poll > 0, (path.name, state.warnings)


# -- parsing in a process pool ------------------------------------------------------------


async def test_a_process_pool_parses_to_the_same_records_as_the_event_loop(server, fetcher):
    feeds = [feed_at(server, "/feed.rss", lang_hint="en"), feed_at(server, "/sample/akhbar-ar.rss")]
    inline_sink, pooled_sink = MemorySink(), MemorySink()
    inline = FeedPoller(fetcher, inline_sink, seen=MemorySeenStore())
    with ProcessPoolExecutor(1) as pool:
        pooled = FeedPoller(fetcher, pooled_sink, seen=MemorySeenStore(), parse_executor=pool)
        for feed in feeds:
            now = datetime(2025, 11, 12, 20, 0, tzinfo=UTC)
            assert (await inline.poll(feed, now=now)).health == "ok"
            assert (await pooled.poll(feed, now=now)).health == "ok"
        html = await pooled.poll(feed_at(server, "/fixture/not-a-feed.html"))  # raised in the worker
    assert html.health != "ok" and "not an RSS or Atom feed" in (html.last_error or "")
    assert pooled_sink.records == inline_sink.records and len(pooled_sink.records) == 7


class _BrokenPool(Executor):
    """A pool whose worker process died: every submission fails as ProcessPoolExecutor's do."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs) -> Future:
        self.submitted += 1
        future: Future = Future()
        future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        return future


async def test_a_broken_parse_pool_fails_one_poll_then_parsing_moves_to_the_poller(server, fetcher, sink):
    pool = _BrokenPool()
    poller = FeedPoller(fetcher, sink, seen=MemorySeenStore(), parse_executor=pool)
    feed = feed_at(server, "/noetag.rss")
    failed = await poller.poll(feed)
    assert failed.health != "ok" and "parse process died" in (failed.last_error or "")
    recovered = await poller.poll(feed)
    assert recovered.health == "ok" and len(sink.records) == 4 and pool.submitted == 1


# -- the schedule -------------------------------------------------------------------------


async def test_run_polls_due_feeds_and_stops_cleanly(server, fetcher):
    stop = asyncio.Event()
    records = []

    async def publish(record):
        records.append(record)
        if len(records) == 7:  # 4 English + 3 Arabic sample stories
            stop.set()

    poller = FeedPoller(fetcher, publish, seen=MemorySeenStore())
    feeds = [feed_at(server, "/feed.rss"), feed_at(server, "/sample/akhbar-ar.rss")]
    await asyncio.wait_for(poller.run(lambda: feeds, stop, tick=0.05, stagger_start=False), 10)
    assert {r["feed_id"] for r in records} == {f.id for f in feeds}
    assert all(poller.states[f.id].next_poll_at for f in feeds)
