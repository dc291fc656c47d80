"""The dashboard of a real worker process, in a real headless Chromium, fed through a real
feed: what an analyst sees when Rasd runs for real.

A worker with ``RASD_API_TOKEN`` runs against the session broker; the analyst opens its
dashboard, enters the token, creates a subscription through the form, and an Arabic
sanctions story published by a local RSS feed (``tests/fixtures/stack/ar-sanctions.rss``,
served on 127.0.0.1) appears on the open page without a reload, its parties highlighted and
its Arabic text laid out right to left. Feeds that cannot be read show as such on the feeds
page. Screenshots go to ``test-output/screenshots/stack-*.png``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from rasd.feeds.registry import FeedConfig
from tests.browser.support import screenshot
from tests.pipeline_support import Stack, WorkerProcess, consume, produce

try:
    from playwright.async_api import TimeoutError as PlaywrightTimeout
except ImportError:  # the browser fixture skips these tests and says why
    PlaywrightTimeout = TimeoutError  # type: ignore[misc,assignment]

pytestmark = [pytest.mark.browser, pytest.mark.broker, pytest.mark.timeout(240)]

TOKEN = "stack-browser-token-7d2e91"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stack"
IRGC_AR = "الحرس الثوري الإيراني"
TREASURY_AR = "وزارة الخزانة الأمريكية"
# Private, and not on the stack's allow-list: the worker refuses to fetch from it.
REFUSED_URL = "http://10.255.255.1/rss.xml"
WAIT_MS = 90_000  # the story crosses four agents on a shared two-core machine


@pytest.fixture(scope="module")
def worker(kafka_broker: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProcess]:
    stack = Stack(kafka_broker.bootstrap, tmp_path_factory.mktemp("browser-stack"),
                  extra_env={"RASD_API_TOKEN": TOKEN})
    stack.create_topics()
    worker = stack.worker("browser").start().wait_ready()
    try:
        yield worker
    finally:
        worker.stop()


@pytest.fixture
async def feed_server() -> AsyncIterator[str]:
    """A news site on 127.0.0.1: the Arabic feed, and a feed URL whose server is broken."""
    rss = (FIXTURES / "ar-sanctions.rss").read_bytes()

    async def arabic(request: web.Request) -> web.Response:
        return web.Response(body=rss, content_type="application/rss+xml", charset="utf-8")

    async def broken(request: web.Request) -> web.Response:
        return web.Response(status=500, text="internal error")

    app = web.Application()
    app.router.add_get("/ar/sanctions.rss", arabic)
    app.router.add_get("/broken/rss.xml", broken)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


async def register_feeds(worker: WorkerProcess, *feeds: FeedConfig) -> None:
    """What ``rasd feeds add`` does: the feed's record on the compacted registry topic."""
    stack = worker.stack
    await produce(stack.bootstrap, stack.topic("feeds"), [(f.id, f.to_record()) for f in feeds])


async def story_so_far(worker: WorkerProcess) -> str:
    """Where the story stopped, for a failure message: how far it got through the topics."""
    stack = worker.stack
    lines = []
    for key in ("feed-state", "articles", "events", "alerts", "deadletter"):
        records = await consume(stack.bootstrap, stack.topic(key), until=100, timeout=2)
        lines.append(f"{key}: {len(records)} record(s) {str(records[-1:])[:300]}")
    return "\n".join(lines) + "\n" + worker.log_tail(15)


async def api_subscriptions(worker: WorkerProcess) -> list[dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.get(
        worker.url + "/subscriptions", headers={"Authorization": f"Bearer {TOKEN}"}
    ) as response:
        assert response.status == 200
        return (await response.json())["subscriptions"]


async def test_an_arabic_story_from_a_feed_reaches_the_open_dashboard(
    worker: WorkerProcess, feed_server: str, page: Any
) -> None:
    # The analyst opens the dashboard: without the token the API says what is missing.
    await page.goto(worker.url + "/#/subscriptions")
    await page.locator("#subs-list .problem").wait_for()
    assert "token" in await page.locator("#subs-list").inner_text()
    await page.fill("#api-token", TOKEN)
    await page.click("text=Use token")
    await page.locator("#subs-list", has_text="No subscription yet").wait_for()
    await page.locator("#connection[data-state='live']").wait_for()

    # A subscription through the form: sanctions imposed, in Arabic sources.
    await page.fill("#sub-name", "عقوبات جديدة — new sanctions")
    await page.fill("#sub-id", "new-sanctions-ar")
    await page.check("input[name='sub-event-types'][value='sanctions.imposed']")
    await page.check("input[name='sub-languages'][value='ar']")
    await page.click("text=Create subscription")
    await page.locator("#subs-list tr[data-sub-id='new-sanctions-ar']").wait_for()
    [stored] = await api_subscriptions(worker)  # the worker has it, not only the page
    assert stored["id"] == "new-sanctions-ar" and stored["filters"]["event_types"] == ["sanctions.imposed"]
    assert stored["filters"]["languages"] == ["ar"]
    await screenshot(page, "stack-subscription-created")

    # To the live alerts, and the feed goes on the air.
    await page.click("a[data-nav='alerts']")
    await page.locator("#connection[data-state='live']").wait_for()
    await page.evaluate("window.__notReloaded = true")
    arabic_feed = FeedConfig(feed_server + "/ar/sanctions.rss", name="وكالة رصد التجريبية", lang_hint="ar")
    await register_feeds(worker, arabic_feed)

    card = page.locator("#alert-list > li").first
    try:
        await card.wait_for(timeout=WAIT_MS)
    except PlaywrightTimeout:
        await screenshot(page, "stack-live-alert-missing")
        pytest.fail("no alert on the page:\n" + await story_so_far(worker))
    assert await page.evaluate("window.__notReloaded") is True, "the alert came in without a reload"
    text = await card.inner_text()
    assert "Sanctions imposed" in text
    assert "Islamic Revolutionary Guard Corps" in text

    evidence = card.locator("blockquote.evidence")
    await evidence.locator("mark").first.wait_for()
    marks = await evidence.locator("mark").all_text_contents()
    assert IRGC_AR in marks and TREASURY_AR in marks, marks
    assert await evidence.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert await card.locator(".summary-ar").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert IRGC_AR in await card.locator(".summary-ar").inner_text()
    await screenshot(page, "stack-live-alert")

    # Two feeds that cannot be read: a broken server, and an address the worker refuses.
    broken = FeedConfig(feed_server + "/broken/rss.xml", name="Broken wire")
    refused = FeedConfig(REFUSED_URL, name="Private address")
    await register_feeds(worker, broken, refused)
    await page.click("a[data-nav='feeds']")
    refused_row = page.locator(f"tr[data-feed-id='{refused.id}']")
    broken_row = page.locator(f"tr[data-feed-id='{broken.id}']")
    ok_row = page.locator(f"tr[data-feed-id='{arabic_feed.id}']")
    # The page refreshes itself; the rows appear once the worker has polled the feeds.
    await refused_row.wait_for(timeout=WAIT_MS)
    await broken_row.wait_for(timeout=WAIT_MS)
    assert (await refused_row.locator(".health").inner_text()).lower() == "failing"
    assert (await broken_row.locator(".health").inner_text()).lower() != "ok"
    assert "HTTP 500" in await broken_row.inner_text()
    assert (await ok_row.locator(".health").inner_text()).lower() == "ok"
    assert "failing" in await page.locator("#feeds-summary").inner_text()
    assert await page.locator("tbody tr").first.get_attribute("data-feed-id") == refused.id  # failing first
    await screenshot(page, "stack-feeds")
