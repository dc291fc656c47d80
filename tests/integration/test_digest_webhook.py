"""Digest delivery against a real local receiver (aiohttp on 127.0.0.1, allow-listed): signed
like an alert delivery, keyed by the digest id, retried by the same policy, dead-lettered
with the digest when it cannot be delivered."""

from __future__ import annotations

import copy
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from aiohttp import web

import schemas
from agents.delivery.webhook import RetryPolicy, WebhookSender, verify_signature
from rasd.alerts.digest import Digest, DigestConfig, build_digest, digest_id
from rasd.alerts.subscription import Webhook
from rasd.netguard import AllowList

SECRET = "whsec_digest_0123456789abcdef"
NINE = int(datetime(2025, 11, 11, 9, tzinfo=UTC).timestamp())


class Receiver:
    """Verifies each POST's signature and answers from a script of statuses (then 200)."""

    def __init__(self, script: list[int]) -> None:
        self.script = list(script)
        self.calls: list[dict[str, Any]] = []
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.calls.append({
            "body": body,
            "signature_ok": verify_signature(SECRET, body, request.headers.get("X-Rasd-Signature", "")),
            "headers": dict(request.headers),
        })
        status = self.script.pop(0) if self.script else 200
        return web.Response(status=status, text=f"status {status}")


@pytest.fixture
async def receiver() -> AsyncIterator[Any]:
    runners: list[web.AppRunner] = []

    async def start(script: list[int]) -> Receiver:
        rec = Receiver(script)
        app = web.Application()
        app.router.add_post("/digest", rec.handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}/digest"
        runners.append(runner)
        return rec

    yield start
    for runner in runners:
        await runner.cleanup()


async def no_sleep(seconds: float) -> None:
    return None


def sender(attempts: int = 3) -> WebhookSender:
    return WebhookSender(
        allow=AllowList.parse("127.0.0.1"), sleep=no_sleep, rng=random.Random(3),
        policy=RetryPolicy(max_attempts=attempts, base_delay=0.01, timeout=2.0),
    )


def digest() -> Digest:
    alerts = []
    for aid, revision, severity in (("al_a", 2, "low"), ("al_b", 1, "critical")):
        record = copy.deepcopy(schemas.example("alert"))
        record.update(id=aid, revision=revision, severity=severity, subscription_id="digest-sub")
        alerts.append(record)
    return build_digest("digest-sub", NINE, DigestConfig(), alerts)


async def test_a_digest_is_one_signed_post_keyed_by_the_digest_id(receiver: Any) -> None:
    rec = await receiver([])
    async with sender() as s:
        result = await s.send_digest(digest(), Webhook(rec.url, SECRET))
    assert result.ok and result.attempts == 1 and len(rec.calls) == 1
    [call] = rec.calls
    assert call["signature_ok"]
    assert call["headers"]["Idempotency-Key"] == digest_id("digest-sub", NINE)
    assert call["headers"]["X-Rasd-Digest-Id"] == digest_id("digest-sub", NINE)
    assert call["headers"]["X-Rasd-Alert-Count"] == "2"
    assert "X-Rasd-Alert-Id" not in call["headers"]
    body = orjson.loads(call["body"])
    schemas.validate("digest", body)
    assert [a["id"] for a in body["alerts"]] == ["al_b", "al_a"] and body["count"] == 2


async def test_a_digest_is_retried_with_the_same_key_then_dead_lettered_with_its_body(receiver: Any) -> None:
    rec = await receiver([500] * 10)
    async with sender(attempts=3) as s:
        result = await s.send_digest(digest(), Webhook(rec.url + "?token=hidden", SECRET))
    assert not result.ok and result.attempts == 3 and len(rec.calls) == 3
    assert {c["headers"]["Idempotency-Key"] for c in rec.calls} == {digest_id("digest-sub", NINE)}
    assert all(c["signature_ok"] for c in rec.calls)
    dead = result.deadletter
    assert dead is not None
    schemas.validate("alert_deadletter", dead)
    assert dead["kind"] == "digest" and dead["digest_id"] == dead["alert_id"] == digest_id("digest-sub", NINE)
    assert dead["reason"] == "HTTP 500 after 3 attempt(s)" and dead["status"] == 500
    assert dead["alert_ids"] == ["al_b", "al_a"] and dead["digest"]["count"] == 2
    assert dead["window"] == {"from": "2025-11-11T09:00:00Z", "to": "2025-11-11T10:00:00Z"}
    assert "hidden" not in dead["target"]


async def test_a_refused_digest_is_not_retried(receiver: Any) -> None:
    rec = await receiver([422])
    async with sender() as s:
        result = await s.send_digest(digest(), Webhook(rec.url, SECRET))
    assert not result.ok and result.attempts == 1 and len(rec.calls) == 1
    assert result.deadletter is not None and "not retried" in result.deadletter["reason"]
