"""``rasd subscriptions add | list | rm`` against a real API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator

import pytest
from aiohttp import web
from click.testing import CliRunner

from agents.cli.subscriptions import subscriptions
from agents.web.app import create_app
from agents.web.broadcaster import AlertBroadcaster
from agents.web.store import InMemorySubscriptionStore
from rasd.settings import Settings

TOKEN = "cli-test-token"


@pytest.fixture
def api_url() -> Iterator[str]:
    """The API served from a thread with its own event loop (the CLI is synchronous)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, object] = {}

    async def serve() -> None:
        settings = Settings.load(env={}, api_token=TOKEN)
        runner = web.AppRunner(create_app(InMemorySubscriptionStore(), AlertBroadcaster(), settings))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        state["runner"] = runner
        state["port"] = runner.addresses[0][1]
        ready.set()

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(serve(), loop).result(timeout=10)
    ready.wait(10)
    yield f"http://127.0.0.1:{state['port']}"
    asyncio.run_coroutine_threadsafe(state["runner"].cleanup(), loop).result(timeout=10)  # type: ignore[union-attr]
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def run(*args: str) -> object:
    return CliRunner().invoke(subscriptions, list(args), env={"RASD_API_TOKEN": TOKEN}, catch_exceptions=False)


def test_add_list_rm(api_url: str) -> None:
    added = run("add", "--api", api_url, "--id", "syria", "--name", "سوريا والعقوبات", "--entity", "Q858",
                "--event-type", "sanctions.lifted", "--query", "عقوبات OR sanctions", "--lang", "ar")
    assert added.exit_code == 0, added.output
    assert "created syria" in added.output

    listed = run("list", "--api", api_url)
    assert listed.exit_code == 0
    assert "syria\tسوريا والعقوبات\tentities=Q858 event_types=sanctions.lifted" in listed.output

    as_json = json.loads(run("list", "--api", api_url, "--json").output)
    assert as_json[0]["filters"]["query"] == "عقوبات OR sanctions"

    removed = run("rm", "--api", api_url, "syria")
    assert removed.exit_code == 0 and "deleted syria" in removed.output
    missing = run("rm", "--api", api_url, "syria")
    assert missing.exit_code == 1 and "no subscription 'syria'" in missing.output


def test_add_shows_each_field_error(api_url: str) -> None:
    result = run("add", "--api", api_url, "--name", "x", "--status", "maybe", "--query", "(syria")
    assert result.exit_code == 1
    assert "HTTP 422" in result.output
    assert "filters/statuses/0: 'maybe' is not one of" in result.output
    assert "filters/query: '(' is never closed" in result.output


def test_wrong_token_is_explained(api_url: str) -> None:
    result = CliRunner().invoke(subscriptions, ["list", "--api", api_url, "--token", "nope"])
    assert result.exit_code == 1 and "HTTP 401: wrong API token" in result.output


def test_unreachable_api_is_explained() -> None:
    result = CliRunner().invoke(subscriptions, ["list", "--api", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Rasd API at http://127.0.0.1:9" in result.output
