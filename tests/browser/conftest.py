"""A real server and a real headless Chromium for the dashboard's end-to-end tests.

The server is the worker's web application as the lead assembles it: the alerts API
(subscriptions, ``/alerts/stream``) with the dashboard routes added, on 127.0.0.1 with an
ephemeral port, an in-memory subscription store and an in-process broadcaster.  Tests push
alerts through the broadcaster exactly as the alert agent does.

Chromium is Debian's (``/usr/bin/chromium``, installed by ``scripts/bootstrap.sh``), driven by
Playwright for Python; browser builds are never downloaded.  Without either, these tests skip
and say why.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from agents.web.dashboard import MemoryDashboardData, add_dashboard_routes
from tests.browser.support import API_TOKEN

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_PRESENT = Path(CHROMIUM).is_file() and shutil.which(CHROMIUM) is not None


@dataclass
class Dashboard:
    url: str
    data: MemoryDashboardData
    broadcaster: Any
    store: Any

    def push_alert(self, alert: dict[str, Any]) -> int:
        """What the worker does with a new alert: keep it for the page, fan it out live."""
        self.data.record_alert(alert)
        return self.broadcaster.publish(alert)


@pytest.fixture
async def dashboard() -> AsyncIterator[Dashboard]:
    from agents.web.app import create_app
    from agents.web.broadcaster import AlertBroadcaster
    from agents.web.store import InMemorySubscriptionStore
    from rasd.settings import Settings

    data = MemoryDashboardData()
    broadcaster = AlertBroadcaster()
    store = InMemorySubscriptionStore()
    app = create_app(store, broadcaster, Settings.load(env={}, api_token=API_TOKEN), heartbeat_seconds=1.0)
    add_dashboard_routes(app, data)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield Dashboard(str(server.make_url("/")), data, broadcaster, store)
    finally:
        broadcaster.close()
        await server.close()


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    if not CHROMIUM_PRESENT:
        pytest.skip(f"Chromium absent at {CHROMIUM} (apt-get install chromium, or set RASD_CHROMIUM)")
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("playwright absent (pip install -e '.[dev]')")
    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.fixture
async def page(browser: Any) -> AsyncIterator[Any]:
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: dialog.accept())
    try:
        yield page
    finally:
        await context.close()
    assert not errors, f"the page raised: {errors}"

