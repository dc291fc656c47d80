"""Hourly digests through the real stack: a worker process on the session broker with a short
digest window (``RASD_DIGEST_SECONDS``), and a local webhook receiver.

What a subscriber notices: a digest-mode webhook gets ONE signed POST per window holding the
window's alerts (each story once, at its latest revision, most severe first), only after
the window has ended, and nothing for an empty window; an immediate-mode webhook on the
same stories still gets every alert at once; a digest that cannot be delivered lands in
rasd.alerts.deadletter with the digest; a digest pending when the worker restarts is
delivered once after the restart.

Each test's subscriptions filter on a source name of their own, so the tests share one stack
without seeing each other's alerts.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from aiokafka import AIOKafkaConsumer

import schemas
from rasd.alerts.alert import SEVERITIES
from rasd.alerts.digest import PendingDigests, digest_id, order_alerts
from tests.pipeline_support import Running, Stack, WorkerProcess, produce

pytestmark = [pytest.mark.broker, pytest.mark.timeout(240)]

TOKEN = "digest-test-token-7d0e2b41"
SECRET = "whsec_digest_stack_0123456789"
WINDOW = 15  # seconds: long enough for a worker to stop inside one window
ATTEMPTS = 3


# --- the stack, its worker, and its webhook receiver ------------------------------------------


@pytest.fixture(scope="module")
def stack(kafka_broker: Any, tmp_path_factory: pytest.TempPathFactory) -> Stack:
    stack = Stack(
        kafka_broker.bootstrap,
        tmp_path_factory.mktemp("digest-stack"),
        extra_env={
            "RASD_API_TOKEN": TOKEN,
            "RASD_DIGEST_SECONDS": str(WINDOW),
            "RASD_WEBHOOK_MAX_ATTEMPTS": str(ATTEMPTS),
            "RASD_WEBHOOK_BASE_DELAY_MS": "50",
        },
    )
    stack.create_topics()
    return stack


@dataclass
class Post:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    signature_ok: bool
    answered: int
    arrived: float  # Unix seconds


@dataclass
class Receiver:
    """A subscriber's endpoint: checks each signature as the webhook docs say (HMAC-SHA256
    over ``t.body``) and answers from a script per path (then 200)."""

    scripts: dict[str, list[int]]
    base_url: str = ""
    posts: list[Post] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        parts = dict(i.split("=", 1) for i in request.headers.get("X-Rasd-Signature", "").split(",") if "=" in i)
        expected = hmac.new(SECRET.encode(), parts.get("t", "").encode() + b"." + raw, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(expected, parts.get("v1", "")) and abs(time.time() - int(parts["t"])) <= 300
        script = self.scripts.setdefault(request.path, [])
        status = (script.pop(0) if script else 200) if ok else 401
        self.posts.append(Post(request.path, dict(request.headers), orjson.loads(raw), ok, status, time.time()))
        self.arrived.set()
        return web.Response(status=status, text="receiver is down" if status == 500 else "ok")

    def url(self, path: str) -> str:
        return self.base_url + path

    def at(self, path: str) -> list[Post]:
        return [p for p in self.posts if p.path == path]

    async def wait_for(self, path: str, count: int, within: float) -> list[Post]:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline and len(self.at(path)) < count:
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), 1)
            except TimeoutError:
                pass
        return self.at(path)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver(scripts={"/hooks/digest-down": [500] * 50})
    app = web.Application()
    app.router.add_post("/hooks/{name}", receiver.handle)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    receiver.base_url = str(server.make_url("")).rstrip("/")
    try:
        yield receiver
    finally:
        await server.close()


# --- helpers ----------------------------------------------------------------------------------


def subscribe(worker: WorkerProcess, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        worker.url + "/subscriptions", data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    assert status == 201, (status, raw)
    return json.loads(raw)


def hooked(worker: WorkerProcess, receiver: Receiver, name: str, source: str, path: str, mode: str) -> dict[str, Any]:
    return subscribe(worker, {"name": name, "filters": {"sources": [source]}, "delivery": {
        "mode": mode, "webhook": {"url": receiver.url(path), "secret": SECRET}}})


def story(cluster_id: str, event_type: str, source: str, *, outlets: int = 1) -> dict[str, Any]:
    """An ``event_record`` of one story as reported by ``outlets`` articles of ``source``
    (the cluster's revision is its number of outlets: a new outlet updates the alert)."""
    record = copy.deepcopy(schemas.example("event_record"))
    record["cluster_id"] = cluster_id
    record["revision"] = outlets
    record["event"]["type"] = event_type
    sources = []
    for n in range(outlets):
        article_id = "a_" + hashlib.sha256(f"{cluster_id}/{n}".encode()).hexdigest()[:16]
        sources.append({"article_id": article_id, "url": f"https://{source}.example.org/{article_id}",
                        "source": source, "lang": "en"})
    record["article"].update(id=sources[-1]["article_id"], url=sources[-1]["url"], source=source)
    record["sources"] = sources
    schemas.validate("event_record", record)
    return record


async def read_topic(
    bootstrap: str, topic: str, done: Callable[[list[tuple[str, Any]]], bool], *, within: float = 60,
) -> list[tuple[str, Any]]:
    """(key, JSON value or None) pairs from the beginning of ``topic`` until ``done`` says so."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None,
    )
    await consumer.start()
    out: list[tuple[str, Any]] = []
    try:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline and not done(out):
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                out.extend((m.key.decode() if m.key else "", orjson.loads(m.value) if m.value else None)
                           for m in messages)
    finally:
        await consumer.stop()
    return out


def latest_revisions(records: list[tuple[str, Any]], subscription_id: str) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for _, alert in records:
        if alert and alert["subscription_id"] == subscription_id:
            if alert["id"] not in latest or alert["revision"] > latest[alert["id"]]["revision"]:
                latest[alert["id"]] = alert
    return latest


async def at_the_start_of_a_window() -> None:
    """Wait for a fresh window, so that a test's alerts are all made inside one window."""
    now = time.time()
    await asyncio.sleep((int(now) // WINDOW + 1) * WINDOW + 0.3 - now)


# --- 1. one digest per window, immediate alerts at once, failures dead-lettered ---------------


async def test_a_digest_webhook_gets_one_signed_post_with_the_windows_latest_alerts(
    stack: Stack, running: Running, receiver: Receiver
) -> None:
    worker = running.worker
    source = "digest-wire"
    digest = await asyncio.to_thread(hooked, worker, receiver, "Digest", source, "/hooks/digest", "hourly_digest")
    now = await asyncio.to_thread(hooked, worker, receiver, "Immediate", source, "/hooks/now", "immediate")
    assert now["delivery"]["mode"] == "immediate"
    down = await asyncio.to_thread(hooked, worker, receiver, "Digest, down", source, "/hooks/digest-down", "hourly_digest")
    assert digest["delivery"]["mode"] == "hourly_digest"

    restored = story("c_relations.restored_digest1", "relations.restored", source)
    imposed = story("c_sanctions.imposed_digest1", "sanctions.imposed", source)
    restored_again = story(restored["cluster_id"], "relations.restored", source, outlets=2)
    await at_the_start_of_a_window()
    for record in (restored, imposed):
        await produce(stack.bootstrap, stack.topic("events"), [(record["cluster_id"], record)])
    # The update after the alert: produced at once, it may reach the alert agent in the same
    # batch as the first revision, which the agent folds into one alert (by design).
    await receiver.wait_for("/hooks/now", 2, within=10)
    await produce(stack.bootstrap, stack.topic("events"), [(restored_again["cluster_id"], restored_again)])

    # The immediate subscription gets every alert and update at once, one POST each.
    immediate = await receiver.wait_for("/hooks/now", 3, within=30)
    assert sorted((p.body["cluster_id"], p.body["revision"]) for p in immediate) == sorted(
        [(restored["cluster_id"], 1), (restored["cluster_id"], 2), (imposed["cluster_id"], 1)]
    ), worker.log_tail()

    # The digest subscription: one POST once the window has ended.
    posts = await receiver.wait_for("/hooks/digest", 1, within=WINDOW + 30)
    assert len(posts) == 1, worker.log_tail()
    [post] = posts
    body = post.body
    schemas.validate("digest", body)
    assert post.signature_ok
    window_start = int(datetime.fromisoformat(body["window"]["from"].replace("Z", "+00:00")).timestamp())
    assert body["id"] == digest_id(digest["id"], window_start)
    assert post.headers["Idempotency-Key"] == body["id"] == post.headers["X-Rasd-Digest-Id"]
    assert post.arrived >= window_start + WINDOW, "a digest is sent only after its window"

    # It holds the window's alerts as the alerts topic has them: each story once, at its
    # latest revision, most severe first.
    alerts = await read_topic(stack.bootstrap, stack.topic("alerts"),
                              lambda got: len(latest_revisions(got, digest["id"])) >= 2)
    latest = latest_revisions(alerts, digest["id"])
    assert {a["revision"] for a in latest.values()} == {1, 2}
    assert body["count"] == 2 and body["subscription_id"] == digest["id"]
    assert body["alerts"] == order_alerts(latest.values())
    ranks = [SEVERITIES.index(a["severity"]) for a in body["alerts"]]
    assert ranks == sorted(ranks, reverse=True)
    assert all(a["subscription_id"] == digest["id"] for a in body["alerts"])

    # A receiver answering 500 for good: retried, then the digest goes to the dead-letter topic.
    dead = await read_topic(
        stack.bootstrap, stack.topic("alerts.deadletter"),
        lambda got: any(v and v.get("subscription_id") == down["id"] for _, v in got),
    )
    letters = [v for _, v in dead if v and v.get("subscription_id") == down["id"]]
    assert len(letters) == 1, worker.log_tail()
    [letter] = letters
    schemas.validate("alert_deadletter", letter)
    assert letter["kind"] == "digest" and letter["status"] == 500 and letter["attempts"] == ATTEMPTS
    assert f"after {ATTEMPTS} attempt(s)" in letter["reason"]
    assert letter["response_excerpt"] == "receiver is down"
    assert letter["digest"]["count"] == 2 and len(letter["alert_ids"]) == 2
    down_posts = receiver.at("/hooks/digest-down")
    assert len(down_posts) == ATTEMPTS
    assert {p.headers["Idempotency-Key"] for p in down_posts} == {letter["digest_id"]}

    # The next window has no alert: nothing is posted for it.
    await asyncio.sleep(window_start + 2 * WINDOW + 3 - time.time())
    assert len(receiver.at("/hooks/digest")) == 1
    assert len(receiver.at("/hooks/now")) == 3


# --- 2. a pending digest survives a worker restart --------------------------------------------


async def test_a_pending_digest_is_delivered_once_after_a_worker_restart(
    stack: Stack, running: Running, receiver: Receiver
) -> None:
    source = "restart-wire"
    sub = await asyncio.to_thread(
        hooked, running.worker, receiver, "Digest across a restart", source, "/hooks/restart", "hourly_digest"
    )
    first = story("c_alliance.joined_restart1", "alliance.joined", source)
    second = story("c_agreement.signed_restart1", "agreement.signed", source)
    await at_the_start_of_a_window()
    await produce(stack.bootstrap, stack.topic("events"), [(r["cluster_id"], r) for r in (first, second)])

    # Both alerts are held in the worker's table (its changelog says so) ...
    changelog = f"{stack.settings.app_id}-digest-pending-changelog"

    def held_both(got: list[tuple[str, Any]]) -> bool:
        states = [v for k, v in got if v and json.loads(k) == sub["id"]]
        return bool(states) and PendingDigests.from_dict(states[-1]).held == 2

    assert held_both(await read_topic(stack.bootstrap, changelog, held_both, within=30)), running.worker.log_tail()
    # ... when the worker stops, before the window ends.
    await asyncio.to_thread(running.stop)
    assert receiver.at("/hooks/restart") == [], "the window ended before the worker stopped"

    worker = await asyncio.to_thread(running.start)
    posts = await receiver.wait_for("/hooks/restart", 1, within=WINDOW + 60)
    assert len(posts) == 1, worker.log_tail()
    body = posts[0].body
    assert posts[0].signature_ok
    assert body["count"] == 2
    assert {a["cluster_id"] for a in body["alerts"]} == {first["cluster_id"], second["cluster_id"]}

    # Read again after the restart, the held alerts are not sent a second time.
    await asyncio.sleep(WINDOW + 3)
    assert len(receiver.at("/hooks/restart")) == 1, worker.log_tail()
