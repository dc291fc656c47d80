"""The worker's web server: API, SSE, dashboard, /metrics, /healthz, /readyz.

One aiohttp application per worker process, started and stopped with the Faust app (it is
a ``mode.Service`` registered on it), on ``RASD_WEB_HOST:RASD_WEB_PORT``.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web
from mode import Service
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from agents.metrics import REGISTRY
from agents.web.app import create_app
from agents.web.broadcaster import AlertBroadcaster
from agents.web.dashboard import MemoryDashboardData, add_dashboard_routes
from agents.web.store import SubscriptionStore
from rasd.settings import Settings

logger = logging.getLogger(__name__)


def build_web_app(
    settings: Settings,
    store: SubscriptionStore,
    broadcaster: AlertBroadcaster,
    data: MemoryDashboardData,
    readiness: Any,
) -> web.Application:
    app = create_app(store, broadcaster, settings)
    add_dashboard_routes(app, data)

    async def metrics(request: web.Request) -> web.Response:
        body = generate_latest(REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    async def readyz(request: web.Request) -> web.Response:
        ready, details = readiness()
        return web.json_response(
            {"status": "ready" if ready else "not ready", **details}, status=200 if ready else 503
        )

    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    return app


class WebService(Service):
    def __init__(self, settings: Settings, app_factory: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.app_factory = app_factory
        self._runner: web.AppRunner | None = None

    async def on_start(self) -> None:
        self._runner = web.AppRunner(self.app_factory(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.web_host, self.settings.web_port)
        await site.start()
        logger.info("web server on http://%s:%s/", self.settings.web_host, self.settings.web_port)

    async def on_stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
