"""Webhook delivery against a real local receiver (aiohttp on 127.0.0.1, allow-listed)."""

from __future__ import annotations

import asyncio
import random
import socket
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from aiohttp import web

from agents.delivery.webhook import (
    RecordingSink,
    RetryPolicy,
    WebhookSender,
    WebhookSink,
    sign,
    verify_signature,
)
from rasd.alerts.alert import Alert
from rasd.alerts.subscription import Webhook
from rasd.netguard import AllowList, classify_ip

SECRET = "whsec_0123456789abcdef"
NOW = datetime(2025, 11, 11, 9, 30, tzinfo=UTC)


def make_alert(revision: int = 1) -> Alert:
    return Alert(
        id="al_test", revision=revision, subscription_id="syria-watch", severity="high",
        summary={"en": "Syria joined the coalition — 1 source", "ar": "انضمت سوريا إلى التحالف — مصدر واحد"},
        created_at=NOW, updated_at=NOW, cluster_id="c1",
    )


class Receiver:
    """A webhook receiver that verifies signatures and answers from a script of statuses."""

    def __init__(self, script: list[int | tuple[int, dict[str, str]] | str]) -> None:
        self.script = list(script)
        self.calls: list[dict[str, Any]] = []
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.calls.append(
            {
                "body": body,
                "signature_ok": verify_signature(SECRET, body, request.headers.get("X-Rasd-Signature", "")),
                "idempotency_key": request.headers.get("Idempotency-Key"),
            }
        )
        step = self.script.pop(0) if self.script else 200
        if step == "hang":
            await asyncio.sleep(1)
            step = 200
        status, headers = step if isinstance(step, tuple) else (step, {})
        return web.Response(status=int(status), text=f"status {status}", headers=headers)


@pytest.fixture
async def receiver_factory() -> AsyncIterator[Callable[..., Any]]:
    runners: list[web.AppRunner] = []

    async def start(script: list[Any]) -> Receiver:
        receiver = Receiver(script)
        app = web.Application()
        app.router.add_post("/hook", receiver.handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        receiver.url = f"http://127.0.0.1:{port}/hook"
        runners.append(runner)
        return receiver

    yield start
    for runner in runners:
        await runner.cleanup()


class Sleeps(list):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def sender(sleeps: Sleeps, *, attempts: int = 4, timeout: float = 2.0, allow: str = "127.0.0.1") -> WebhookSender:
    return WebhookSender(
        allow=AllowList.parse(allow), sleep=sleeps, rng=random.Random(7),
        policy=RetryPolicy(max_attempts=attempts, base_delay=1.0, max_delay=30.0, timeout=timeout),
    )


async def test_signed_delivery_is_verified_by_the_receiver(receiver_factory: Callable[..., Any]) -> None:
    receiver = await receiver_factory([200])
    sleeps = Sleeps()
    async with sender(sleeps) as s:
        result = await WebhookSink(s, Webhook(receiver.url, SECRET)).deliver(make_alert(revision=2))
    assert result.ok and result.attempts == 1 and result.status == 200
    call = receiver.calls[0]
    assert call["signature_ok"]
    assert call["idempotency_key"] == "al_test:2"
    assert orjson.loads(call["body"])["summary"]["ar"] == "انضمت سوريا إلى التحالف — مصدر واحد"
    assert not verify_signature("another-secret-value", call["body"], sign(SECRET, call["body"], 1))


async def test_a_500_is_retried_then_succeeds_with_the_same_idempotency_key(receiver_factory: Callable[..., Any]) -> None:
    receiver = await receiver_factory([500, 502, 200])
    sleeps = Sleeps()
    async with sender(sleeps) as s:
        result = await s.send(make_alert(), Webhook(receiver.url, SECRET))
    assert result.ok and result.attempts == 3
    assert len(sleeps) == 2 and all(0 <= w <= 30 for w in sleeps)
    assert {c["idempotency_key"] for c in receiver.calls} == {"al_test:1"}
    assert all(c["signature_ok"] for c in receiver.calls)


async def test_429_honours_retry_after(receiver_factory: Callable[..., Any]) -> None:
    receiver = await receiver_factory([(429, {"Retry-After": "7"}), 200])
    sleeps = Sleeps()
    async with sender(sleeps) as s:
        result = await s.send(make_alert(), Webhook(receiver.url, SECRET))
    assert result.ok and result.attempts == 2
    assert sleeps == [7.0]


async def test_permanent_failure_returns_a_dead_letter_record(receiver_factory: Callable[..., Any]) -> None:
    receiver = await receiver_factory([503] * 10)
    sleeps = Sleeps()
    async with sender(sleeps, attempts=3) as s:
        result = await s.send(make_alert(), Webhook(receiver.url + "?token=hidden", SECRET))
    assert not result.ok and result.attempts == 3 and len(receiver.calls) == 3
    dead = result.deadletter
    assert dead is not None
    assert dead["reason"] == "HTTP 503 after 3 attempt(s)"
    assert dead["status"] == 503 and dead["attempts"] == 3
    assert dead["response_excerpt"] == "status 503"
    assert "hidden" not in dead["target"]
    schemas = pytest.importorskip("schemas")
    schemas.validate("alert_deadletter", dead)


@pytest.mark.parametrize("status", [400, 401, 404, 410, 422])
async def test_other_4xx_are_not_retried(receiver_factory: Callable[..., Any], status: int) -> None:
    receiver = await receiver_factory([status, 200])
    sleeps = Sleeps()
    async with sender(sleeps) as s:
        result = await s.send(make_alert(), Webhook(receiver.url, SECRET))
    assert not result.ok and result.attempts == 1 and sleeps == []
    assert result.deadletter["status"] == status


async def test_a_timeout_is_retried(receiver_factory: Callable[..., Any]) -> None:
    receiver = await receiver_factory(["hang", 200])
    sleeps = Sleeps()
    async with sender(sleeps, timeout=0.3) as s:
        result = await s.send(make_alert(), Webhook(receiver.url, SECRET))
    assert result.ok and result.attempts == 2 and len(receiver.calls) == 2


async def test_connection_refused_is_retried_then_dead_lettered() -> None:
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps = Sleeps()
    async with sender(sleeps, attempts=2) as s:
        result = await s.send(make_alert(), Webhook(f"http://127.0.0.1:{port}/hook", SECRET))
    assert not result.ok and result.attempts == 2
    assert result.deadletter["reason"].startswith("connection failed")


async def test_private_targets_are_refused_without_a_request(receiver_factory: Callable[..., Any]) -> None:
    receiver = await receiver_factory([200])
    sleeps = Sleeps()
    async with sender(sleeps, allow="") as s:
        result = await s.send(make_alert(), Webhook(receiver.url, SECRET))
    assert not result.ok and result.attempts == 0 and receiver.calls == []
    assert "loopback" in result.deadletter["reason"]
    assert "RASD_ALLOW_PRIVATE_HOSTS" in result.deadletter["reason"]


async def test_a_name_resolving_to_a_private_address_is_refused_at_connection_time() -> None:
    name = socket.gethostname()
    try:
        address = socket.gethostbyname(name)
    except OSError:
        pytest.skip("the host name of this machine does not resolve")
    if classify_ip(address) is None:
        pytest.skip(f"{name} resolves to a public address")
    sleeps = Sleeps()
    async with sender(sleeps, allow="") as s:
        result = await s.send(make_alert(), Webhook(f"http://{name}:9/hook", SECRET))
    assert not result.ok and result.attempts == 1
    assert result.deadletter["reason"].startswith("blocked target")


async def test_recording_sink_keeps_alerts_in_order() -> None:
    sink = RecordingSink()
    await sink.deliver(make_alert(1))
    await sink.deliver(make_alert(2))
    assert [a.revision for a in sink.alerts] == [1, 2]
