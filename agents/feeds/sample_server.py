"""A local HTTP server for the bundled sample feeds (the demo; never the internet).

Serves ``rasd/samples/feeds/*`` with ETag / Last-Modified so conditional GETs answer 304.
"""

from __future__ import annotations

import hashlib
from email.utils import formatdate
from pathlib import Path

from aiohttp import web

import rasd
from rasd.feeds.registry import FeedRegistry

SAMPLES_DIR = Path(rasd.__file__).parent / "samples" / "feeds"
CONTENT_TYPES = {
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
}


def sample_app(directory: Path = SAMPLES_DIR) -> web.Application:
    started = formatdate(usegmt=True)

    async def serve(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = directory / name
        if (
            "/" in name
            or name.startswith(".")
            or path.suffix not in CONTENT_TYPES
            or not path.is_file()
        ):
            raise web.HTTPNotFound()
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        charset = "windows-1256" if "1256" in name else "utf-8"
        return web.Response(
            body=body,
            headers={
                "ETag": etag,
                "Last-Modified": started,
                "Content-Type": f"{CONTENT_TYPES[path.suffix]}; charset={charset}",
            },
        )

    app = web.Application()
    app.router.add_get("/{name}", serve)
    return app


async def start_sample_server(host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, str]:
    """Start the server; returns its runner (``await runner.cleanup()`` to stop) and base URL."""
    runner = web.AppRunner(sample_app())
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = runner.addresses[0]
    return runner, f"http://{host}:{bound[1]}"


def sample_registry(base_url: str) -> FeedRegistry:
    """The sample feeds' registry, pointed at a running sample server."""
    text = (SAMPLES_DIR / "feeds.yaml").read_text(encoding="utf-8").replace("{base}", base_url)
    return FeedRegistry.from_yaml(text, source="sample feeds.yaml")
