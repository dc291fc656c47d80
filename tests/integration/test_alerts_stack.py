"""Alerts through the real stack: a real worker process on the session broker, its web
server with ``RASD_API_TOKEN`` set, a local webhook receiver, and ``rasd alerts tail``.

What a subscriber notices: the subscriptions API refuses strangers and keeps what it was
given across a worker restart; an event alerts only the subscriptions whose filters it
matches; webhooks arrive signed, are retried, and a delivery that cannot succeed is
dead-lettered with its reason; a burst of mentions raises one surge alert and steady
traffic none; ``rasd alerts tail`` prints a live alert with its Arabic summary.

Every subscription made here carries a filter unique to its test (a source name, an entity
id), so the tests of this module share one stack without seeing each other's alerts.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import hmac
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from aiokafka import AIOKafkaConsumer

import schemas
from agents.processing import partition_for
from rasd.pipeline import batches_by_partition
from tests.pipeline_support import Running, Stack, WorkerProcess, produce
from topics import catalogue

pytestmark = [pytest.mark.broker, pytest.mark.timeout(240)]

TOKEN = "stack-test-token-5f1c0a9e"
WEBHOOK_SECRET = "whsec_stack_test_0123456789"
RETRY_ATTEMPTS = 3


# --- the stack and its worker --------------------------------------------------------------


@pytest.fixture(scope="module")
def stack(kafka_broker: Any, tmp_path_factory: pytest.TempPathFactory) -> Stack:
    stack = Stack(
        kafka_broker.bootstrap,
        tmp_path_factory.mktemp("alerts-stack"),
        extra_env={
            "RASD_API_TOKEN": TOKEN,
            "RASD_WEBHOOK_MAX_ATTEMPTS": str(RETRY_ATTEMPTS),
            "RASD_WEBHOOK_BASE_DELAY_MS": "50",
        },
    )
    stack.create_topics()
    return stack


# --- talking to the API and the topics -----------------------------------------------------


def call(
    worker: WorkerProcess, method: str, path: str, body: Any = None, *, token: str | None = TOKEN
) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(worker.url + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            raw, status = response.read(), response.status
    except urllib.error.HTTPError as exc:
        raw, status = exc.read(), exc.code
    return status, (json.loads(raw) if raw else None)


def subscribe(worker: WorkerProcess, body: dict[str, Any]) -> dict[str, Any]:
    status, created = call(worker, "POST", "/subscriptions", body)
    assert status == 201, (status, created)
    return created


async def read_topic(
    bootstrap: str,
    topic: str,
    done: Callable[[list[tuple[str, Any]]], bool],
    *,
    within: float = 45,
    quiet: float = 0.0,
) -> list[tuple[str, Any]]:
    """(key, JSON value or None) pairs from the beginning of ``topic``, until ``done`` says
    so (or ``within`` seconds pass), then ``quiet`` more seconds to catch what should not be there."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
        enable_auto_commit=False, group_id=None,
    )
    await consumer.start()
    out: list[tuple[str, Any]] = []

    async def drain(ms: int) -> None:
        batch = await consumer.getmany(timeout_ms=ms)
        for messages in batch.values():
            out.extend(
                (m.key.decode() if m.key else "", orjson.loads(m.value) if m.value else None)
                for m in messages
            )

    try:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline and not done(out):
            await drain(500)
        quiet_end = time.monotonic() + quiet
        while time.monotonic() < quiet_end:
            await drain(300)
    finally:
        await consumer.stop()
    return out


def alerts_of(records: list[tuple[str, Any]], *subscription_ids: str) -> list[dict[str, Any]]:
    return [v for _, v in records if v and v.get("subscription_id") in subscription_ids]


def event_record(
    cluster_id: str, *, event_type: str, source: str, lang: str = "en", text: str | None = None,
    actors: list[dict[str, Any]] | None = None, targets: list[dict[str, Any]] | None = None,
    entities: list[dict[str, Any]] | None = None, title: str | None = None,
) -> dict[str, Any]:
    """An ``event_record`` as the detect agent writes it, for one story of one outlet."""
    record = copy.deepcopy(schemas.example("event_record"))
    article_id = "a_" + hashlib.sha256(cluster_id.encode()).hexdigest()[:16]
    url = f"https://{source}.example.org/{article_id}"
    record["cluster_id"] = cluster_id
    record["event"]["type"] = event_type
    if actors is not None:
        record["event"]["actors"] = actors
    if targets is not None:
        record["event"]["targets"] = targets
    if entities is not None:
        record["entities"] = entities
    if text is not None:
        record["event"]["evidence"] = {"start": 0, "end": len(text), "text": text}
        record["text_snippet"] = text
    record["article"].update(id=article_id, url=url, source=source, lang=lang)
    if title is not None:
        record["article"]["title"] = title
    record["sources"] = [{"article_id": article_id, "url": url, "source": source, "lang": lang}]
    schemas.validate("event_record", record)
    return record


class LiveStream:
    """A client of the worker's ``/alerts/stream`` (server-sent events), as a dashboard is."""

    def __init__(self, session: aiohttp.ClientSession, response: aiohttp.ClientResponse) -> None:
        self.session, self.response = session, response
        self.alerts: list[dict[str, Any]] = []
        self.arrived = asyncio.Event()
        self.reader = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, worker: WorkerProcess, query: str) -> LiveStream:
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, sock_read=60))
        response = await session.get(
            f"{worker.url}/alerts/stream?{query}", headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status == 200, await response.text()
        assert (await response.content.readline()).startswith(b"retry:")  # connected
        return cls(session, response)

    async def _read(self) -> None:
        async for raw in self.response.content:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("data: "):
                self.alerts.append(json.loads(line.removeprefix("data: ")))
                self.arrived.set()

    async def collect(self, count: int, within: float = 30) -> list[dict[str, Any]]:
        """The alerts received once ``count`` arrived (or ``within`` seconds passed)."""
        try:
            async with asyncio.timeout(within):
                while len(self.alerts) < count:
                    self.arrived.clear()
                    await self.arrived.wait()
        except TimeoutError:
            pass  # the caller's assertion says what is missing
        self.reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.reader
        self.response.close()
        await self.session.close()
        return list(self.alerts)


def publish_events(stack: Stack, *records: dict[str, Any]) -> None:
    asyncio.run(produce(stack.bootstrap, stack.topic("events"), [(r["cluster_id"], r) for r in records]))


# --- 1. subscriptions over HTTP ------------------------------------------------------------


def test_the_subscriptions_api_wants_the_token_and_keeps_subscriptions_across_a_restart(
    stack: Stack, running: Running
) -> None:
    worker = running.worker
    body = {"id": "crud-watch", "name": "CRUD watch", "filters": {"sources": ["crud-wire"]}}

    status, answer = call(worker, "GET", "/subscriptions", token=None)
    assert status == 401 and "Authorization" in answer["error"]
    status, answer = call(worker, "POST", "/subscriptions", body, token="not-the-token")
    assert status == 401 and answer["error"] == "wrong API token"
    assert call(worker, "GET", "/subscriptions/crud-watch")[0] == 404  # nothing was created

    created = subscribe(worker, body)
    assert created["id"] == "crud-watch" and created["filters"]["sources"] == ["crud-wire"]
    doomed = subscribe(worker, {"id": "crud-doomed", "name": "To delete", "filters": {"sources": ["x"]}})
    assert call(worker, "POST", "/subscriptions", body)[0] == 409

    status, listing = call(worker, "GET", "/subscriptions")
    assert status == 200 and {"crud-watch", "crud-doomed"} <= {s["id"] for s in listing["subscriptions"]}

    status, updated = call(worker, "PUT", "/subscriptions/crud-watch", {
        "name": "CRUD watch, renamed", "filters": {"sources": ["crud-wire"], "languages": ["ar"]},
    })
    assert status == 200 and updated["name"] == "CRUD watch, renamed"
    status, patched = call(worker, "PATCH", "/subscriptions/crud-watch", {"filters": {"statuses": ["occurred"]}})
    assert status == 200 and patched["filters"]["statuses"] == ["occurred"]
    assert patched["filters"]["languages"] == ["ar"]  # a merge patch keeps what it does not name
    status, got = call(worker, "GET", "/subscriptions/crud-watch")
    assert status == 200 and got["name"] == "CRUD watch, renamed" and got["created_at"] == created["created_at"]

    assert call(worker, "DELETE", f"/subscriptions/{doomed['id']}")[0] == 204
    assert call(worker, "GET", f"/subscriptions/{doomed['id']}")[0] == 404
    assert call(worker, "DELETE", f"/subscriptions/{doomed['id']}")[0] == 404

    # The compacted topic holds the latest record of the subscription and a tombstone.
    records = asyncio.run(read_topic(
        stack.bootstrap, stack.topic("subscriptions"),
        lambda got: ("crud-doomed", None) in got and any(
            k == "crud-watch" and v and v["filters"].get("statuses") == ["occurred"] for k, v in got),
    ))
    latest = {key: value for key, value in records}
    assert latest["crud-watch"]["name"] == "CRUD watch, renamed"
    assert latest["crud-doomed"] is None

    worker = running.restart()
    status, got = call(worker, "GET", "/subscriptions/crud-watch")
    assert status == 200, worker.log_tail()
    assert got["name"] == "CRUD watch, renamed" and got["filters"]["languages"] == ["ar"]
    assert call(worker, "GET", "/subscriptions/crud-doomed")[0] == 404
    assert call(worker, "GET", "/subscriptions", token=None)[0] == 401  # still guarded


# --- 2. events in, alerts out, for matching subscriptions only ----------------------------


async def test_an_event_alerts_only_the_subscriptions_whose_filters_it_matches(
    stack: Stack, running: Running
) -> None:
    worker = running.worker
    lifted = await asyncio.to_thread(subscribe, worker, {"name": "Lifted, match-wire", "filters": {
        "event_types": ["sanctions.lifted"], "sources": ["match-wire"]}})
    joined = await asyncio.to_thread(subscribe, worker, {"name": "Syria joins, match-wire", "filters": {
        "event_types": ["alliance.joined"], "entities": ["Q858"], "sources": ["match-wire"]}})

    lift = event_record(
        "c_sanctions.lifted_match1", event_type="sanctions.lifted", source="match-wire",
        text="The US Treasury lifted sanctions on Syria on Friday, the department said.",
        actors=[{"id": "Q1154935", "name": "United States Department of the Treasury"}],
        targets=[{"id": "Q858", "name": "Syria"}],
    )
    join = event_record("c_alliance.joined_match1", event_type="alliance.joined", source="match-wire")
    elsewhere = event_record("c_alliance.joined_other1", event_type="alliance.joined", source="other-wire")
    live = await LiveStream.open(worker, f"subscription={lifted['id']},{joined['id']}")
    await produce(stack.bootstrap, stack.topic("events"), [(r["cluster_id"], r) for r in (lift, join, elsewhere)])

    records = await read_topic(
        stack.bootstrap, stack.topic("alerts"),
        lambda got: len(alerts_of(got, lifted["id"], joined["id"])) >= 2, quiet=3,
    )
    mine = alerts_of(records, lifted["id"], joined["id"])
    assert len(mine) == 2, worker.log_tail()
    by_subscription = {a["subscription_id"]: a for a in mine}
    for alert in mine:
        schemas.validate("alert", alert)
    assert by_subscription[lifted["id"]]["cluster_id"] == lift["cluster_id"]
    assert by_subscription[lifted["id"]]["event"]["type"] == "sanctions.lifted"
    assert by_subscription[joined["id"]]["cluster_id"] == join["cluster_id"]
    assert "Syria" in by_subscription[joined["id"]]["summary"]["en"]
    # The story from another outlet alerted nobody here.
    assert elsewhere["cluster_id"] not in {a["cluster_id"] for a in mine}

    # A dashboard or script following the worker's live stream got the same two alerts,
    # whichever partition of the alerts topic they were written to.
    streamed = await live.collect(2)
    assert sorted((a["subscription_id"], a["cluster_id"]) for a in streamed) == sorted(
        (a["subscription_id"], a["cluster_id"]) for a in mine
    )


async def test_a_report_delivered_again_brings_its_alert_again_with_the_same_id_and_revision(
    stack: Stack, running: Running
) -> None:
    # A crash after a table write reached the changelog and before the output reached the
    # broker leaves the next worker with the new state and the same input: the cluster and
    # alert agents must answer a report they already hold with what it produced, not nothing.
    worker = running.worker
    watch = await asyncio.to_thread(subscribe, worker, {
        "name": "Redelivery watch", "filters": {"sources": ["redelivery-wire"]}})
    report = copy.deepcopy(schemas.example("event_candidate"))
    report["cluster_id"] = "alliance.joined:redelivery00001"
    report["article"].update(id="a_redelivery0001", source="redelivery-wire",
                             url="https://redelivery-wire.example.org/a_redelivery0001")
    candidates = stack.topic("event-candidates")
    await produce(stack.bootstrap, candidates, [(report["cluster_id"], report)])
    first = await read_topic(stack.bootstrap, stack.topic("alerts"),
                             lambda got: len(alerts_of(got, watch["id"])) >= 1)
    assert len(alerts_of(first, watch["id"])) == 1, worker.log_tail()

    await produce(stack.bootstrap, candidates, [(report["cluster_id"], report)])
    records = await read_topic(stack.bootstrap, stack.topic("alerts"),
                               lambda got: len(alerts_of(got, watch["id"])) >= 2, quiet=3)
    mine = alerts_of(records, watch["id"])
    alert = alerts_of(first, watch["id"])[0]
    assert [(a["id"], a["revision"], a["cluster_revision"]) for a in mine] == [(alert["id"], 1, 1)] * 2, (
        worker.log_tail()
    )


# --- 3. webhooks: signed, retried, dead-lettered ------------------------------------------


@dataclass
class Delivery:
    path: str
    idempotency_key: str | None
    signature_ok: bool
    answered: int
    alert: dict[str, Any]


@dataclass
class Receiver:
    """A subscriber's webhook endpoint: checks the signature the way the webhook docs tell a
    subscriber to (HMAC-SHA256 over ``t.body``), answers from a script per path, and keeps
    the keys it accepted so that a retry of an accepted delivery is not processed twice."""

    scripts: dict[str, list[int]]
    base_url: str = ""
    deliveries: list[Delivery] = field(default_factory=list)
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    @staticmethod
    def signature_ok(body: bytes, header: str) -> bool:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        if "t" not in parts or "v1" not in parts:
            return False
        expected = hmac.new(WEBHOOK_SECRET.encode(), parts["t"].encode() + b"." + body, hashlib.sha256)
        fresh = abs(time.time() - int(parts["t"])) <= 300
        return fresh and hmac.compare_digest(expected.hexdigest(), parts["v1"])

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        path = request.path
        ok = self.signature_ok(body, request.headers.get("X-Rasd-Signature", ""))
        script = self.scripts.setdefault(path, [])
        status = script.pop(0) if script else 200
        if not ok:
            status = 401
        key = request.headers.get("Idempotency-Key")
        self.deliveries.append(Delivery(path, key, ok, status, orjson.loads(body)))
        if status == 200 and key is not None:
            self.accepted.setdefault(key, orjson.loads(body))
        self.arrived.set()
        text = {200: "ok", 400: "unknown alert format", 500: "receiver is down"}.get(status, "no")
        return web.Response(status=status, text=text)

    def url(self, path: str) -> str:
        return self.base_url + path

    def at(self, path: str) -> list[Delivery]:
        return [d for d in self.deliveries if d.path == path]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver(scripts={
        "/hooks/flaky": [500],  # down once, then up
        "/hooks/down": [500] * 50,  # down for good
        "/hooks/refuses": [400] * 50,  # refuses what it is sent
    })
    app = web.Application()
    app.router.add_post("/hooks/{name}", receiver.handle)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    receiver.base_url = str(server.make_url("")).rstrip("/")
    try:
        yield receiver
    finally:
        await server.close()


async def test_webhooks_arrive_signed_are_retried_and_dead_lettered_with_the_reason(
    stack: Stack, running: Running, receiver: Receiver
) -> None:
    worker = running.worker
    filters = {"sources": ["hook-wire"]}

    def hooked(name: str, path: str) -> dict[str, Any]:
        return subscribe(worker, {"name": name, "filters": filters, "delivery": {
            "webhook": {"url": receiver.url(path), "secret": WEBHOOK_SECRET}}})

    flaky = await asyncio.to_thread(hooked, "Flaky receiver", "/hooks/flaky")
    down = await asyncio.to_thread(hooked, "Receiver down", "/hooks/down")
    refuses = await asyncio.to_thread(hooked, "Receiver refuses", "/hooks/refuses")
    assert flaky["delivery"]["webhook"] == {"url": receiver.url("/hooks/flaky"), "has_secret": True}

    record = event_record("c_sanctions.imposed_hook1", event_type="sanctions.imposed", source="hook-wire")
    await produce(stack.bootstrap, stack.topic("events"), [(record["cluster_id"], record)])

    dead = await read_topic(
        stack.bootstrap, stack.topic("alerts.deadletter"),
        lambda got: {down["id"], refuses["id"]} <= {v["subscription_id"] for _, v in got if v},
        within=60,
    )
    dead_by_sub = {v["subscription_id"]: v for _, v in dead if v and v["subscription_id"] in
                   {flaky["id"], down["id"], refuses["id"]}}
    assert set(dead_by_sub) == {down["id"], refuses["id"]}, worker.log_tail()
    for letter in dead_by_sub.values():
        schemas.validate("alert_deadletter", letter)

    # Always 500: retried up to the configured attempts, then dead-lettered with the answer.
    gone = dead_by_sub[down["id"]]
    assert gone["status"] == 500 and gone["attempts"] == RETRY_ATTEMPTS
    assert "HTTP 500" in gone["reason"] and f"after {RETRY_ATTEMPTS} attempt(s)" in gone["reason"]
    assert gone["response_excerpt"] == "receiver is down"
    assert gone["target"] == receiver.url("/hooks/down")
    assert len(receiver.at("/hooks/down")) == RETRY_ATTEMPTS

    # 400: the receiver refused the alert; retrying would not help, so one attempt only.
    refused = dead_by_sub[refuses["id"]]
    assert refused["status"] == 400 and refused["attempts"] == 1 and "not retried" in refused["reason"]
    assert refused["response_excerpt"] == "unknown alert format"
    assert len(receiver.at("/hooks/refuses")) == 1

    # 500 once, then 200: the same signed delivery twice, accepted exactly once.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(d.answered == 200 for d in receiver.at("/hooks/flaky")):
        receiver.arrived.clear()
        try:
            await asyncio.wait_for(receiver.arrived.wait(), 1)
        except TimeoutError:
            pass
    flaky_calls = receiver.at("/hooks/flaky")
    assert [d.answered for d in flaky_calls] == [500, 200], worker.log_tail()
    assert all(d.signature_ok for d in receiver.deliveries), "every delivery is signed with the secret"
    keys = {d.idempotency_key for d in flaky_calls}
    assert len(keys) == 1, "a retry carries the same Idempotency-Key"
    accepted = [a for a in receiver.accepted.values() if a["subscription_id"] == flaky["id"]]
    assert len(accepted) == 1 and accepted[0]["cluster_id"] == record["cluster_id"]
    assert keys == {f"{accepted[0]['id']}:{accepted[0]['revision']}"}


# --- 4. surges ------------------------------------------------------------------------------


def mention(entity_id: str, name: str, at: datetime, n: int) -> dict[str, Any]:
    record = {
        "schema_version": 1, "entity_id": entity_id, "name": name, "type": "GPE",
        "article_id": f"a_{entity_id}_{int(at.timestamp())}_{n}", "lang": "en", "count": 1,
        "at": at.isoformat().replace("+00:00", "Z"),
    }
    schemas.validate("mention_count", record)
    return record


def window_counts(records: list[tuple[str, Any]]) -> dict[tuple[str, float], int]:
    """The surge agent's windowed table, as its changelog holds it: (entity, window start) -> articles."""
    counts = {}
    for key, value in records:
        entity, (start, _end) = orjson.loads(key)
        counts[entity, start] = value
    return counts


def test_a_burst_of_mentions_raises_one_surge_alert_and_steady_traffic_none(
    stack: Stack, running: Running
) -> None:
    """The surge agent's defaults: one-hour windows, three closed windows of warm-up, at
    least 10 articles and more than 3x the usual count. Mention times are set to the last
    three hours (the baseline) and the current hour (the burst): windows are placed by the
    mention's own time, not by when it reached Kafka. Then across a worker restart: the
    window counts and the surge marks come back from their changelogs, so a burst that
    straddles the restart fires once, and a place that surged already does not again. A burst
    in an hour that closed hours ago (a replay, a backlog) is history, not a surge alert."""
    worker = running.worker
    burst_id, steady_id, restart_id = "rasd:test-burstland", "rasd:test-steadyland", "rasd:test-restartland"
    old_id = "rasd:test-oldburstland"
    watching = subscribe(worker, {"name": "Surges of four test places", "filters": {
        "entities": [burst_id, steady_id, restart_id, old_id], "event_types": ["surge"]}})

    hour = 3600
    current = int(time.time()) // hour * hour
    records = []
    for windows_ago in (8, 7, 6):
        start = datetime.fromtimestamp(current - windows_ago * hour, UTC)
        records += [mention(old_id, "Oldburstland", start, n) for n in range(2)]
    five_ago = datetime.fromtimestamp(current - 5 * hour, UTC)
    records += [mention(old_id, "Oldburstland", five_ago, n) for n in range(14)]
    for windows_ago in (3, 2, 1):
        start = datetime.fromtimestamp(current - windows_ago * hour, UTC)
        records += [mention(burst_id, "Burstland", start, n) for n in range(2)]
        records += [mention(steady_id, "Steadyland", start, n) for n in range(10)]
    now = datetime.fromtimestamp(current, UTC)
    records += [mention(burst_id, "Burstland", now, n) for n in range(14)]  # 7x its usual 2
    records += [mention(steady_id, "Steadyland", now, n) for n in range(12)]  # its usual, give or take
    # As the tag agent sends them: one message per partition, here with each entity many times
    # over (each record counts on top of the ones before it in its batch). The later rounds
    # send single records, as a producer of an earlier release did.
    batches = batches_by_partition(records, key="entity_id", field="mentions",
                                   partition_of=lambda k: partition_for(k, catalogue(stack.settings)["mentions"].partitions))
    assert len(batches) < 4  # four entities, at most one message each
    asyncio.run(produce(stack.bootstrap, stack.topic("mentions"), batches))

    found = asyncio.run(read_topic(
        stack.bootstrap, stack.topic("alerts"),
        lambda got: bool(alerts_of(got, watching["id"])), quiet=4,
    ))
    surges = alerts_of(found, watching["id"])
    assert len(surges) == 1, (surges, worker.log_tail())
    [surge] = surges
    schemas.validate("alert", surge)
    assert surge["kind"] == "surge" and surge["entity"]["id"] == burst_id
    assert surge["entity"]["count"] == 10  # raised when the threshold was crossed, not at the window's end
    assert surge["entity"]["baseline"] == 2.0
    assert "Burstland" in surge["summary"]["en"]

    # Restartland: its usual 2, then 6 articles this hour before the restart and 4 after.
    records = [mention(burst_id, "Burstland", now, n) for n in range(14, 17)]
    for windows_ago in (3, 2, 1):
        start = datetime.fromtimestamp(current - windows_ago * hour, UTC)
        records += [mention(restart_id, "Restartland", start, n) for n in range(2)]
    records += [mention(restart_id, "Restartland", now, n) for n in range(6)]
    asyncio.run(produce(stack.bootstrap, stack.topic("mentions"), [(r["entity_id"], r) for r in records]))
    changelog = f"{stack.settings.app_id}-surge-windows-changelog"
    counted = window_counts(asyncio.run(read_topic(
        stack.bootstrap, changelog,
        lambda got: window_counts(got).get((restart_id, current)) == 6
        and window_counts(got).get((burst_id, current)) == 17,
    )))
    assert counted[restart_id, current] == 6 and counted[burst_id, current] == 17, worker.log_tail()
    assert counted[restart_id, current - hour] == 2 and counted[steady_id, current - 3 * hour] == 10
    assert counted[old_id, current - 5 * hour] == 14  # counted in its window, but no alert

    worker = running.restart()
    records = [mention(restart_id, "Restartland", now, n) for n in range(6, 10)]
    records += [mention(burst_id, "Burstland", now, n) for n in range(17, 22)]
    asyncio.run(produce(stack.bootstrap, stack.topic("mentions"), [(r["entity_id"], r) for r in records]))
    found = asyncio.run(read_topic(
        stack.bootstrap, stack.topic("alerts"),
        lambda got: len(alerts_of(got, watching["id"])) >= 2, quiet=4,
    ))
    surged = {s["entity"]["id"]: s for s in alerts_of(found, watching["id"])}  # alerts: several partitions
    assert len(alerts_of(found, watching["id"])) == 2 and set(surged) == {burst_id, restart_id}, (
        surged, worker.log_tail())
    assert surged[restart_id]["entity"]["count"] == 10 and surged[restart_id]["entity"]["baseline"] == 2.0


# --- 5. rasd alerts tail --------------------------------------------------------------------


def test_rasd_alerts_tail_prints_a_live_alert_with_its_arabic_summary(
    stack: Stack, running: Running
) -> None:
    worker = running.worker
    watching = subscribe(worker, {"name": "Arabic wire", "filters": {"sources": ["tail-wire"]}})
    rasd = Path(sys.executable).with_name("rasd")
    command = [str(rasd)] if rasd.is_file() else [sys.executable, "-c", "from agents.cli import main; main()"]
    tail = subprocess.Popen(
        [*command, "alerts", "tail", "--subscription", watching["id"], "-n", "1"],
        env=stack.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        assert tail.stderr is not None
        first = tail.stderr.readline().decode()
        assert "following" in first and stack.topic("alerts") in first, first
        time.sleep(2)  # let the consumer settle on the end of the topic before the alert exists

        text = "انضمت سوريا رسميًا إلى التحالف الدولي ضد داعش يوم الاثنين."
        record = event_record(
            "c_alliance.joined_tail1", event_type="alliance.joined", source="tail-wire", lang="ar",
            text=text, title="سوريا تنضم إلى التحالف الدولي",
            entities=[
                {"id": "Q858", "name": "Syria", "name_ar": "سوريا", "type": "GPE", "linked": True,
                 "mentions": [{"start": 6, "end": 11, "text": "سوريا"}]},
                {"id": "Q41835", "name": "Global Coalition to Defeat ISIS", "name_ar": "التحالف الدولي ضد داعش",
                 "type": "ORG", "linked": True, "mentions": [{"start": 23, "end": 45, "text": "التحالف الدولي ضد داعش"}]},
            ],
        )
        publish_events(stack, record)
        out, err = tail.communicate(timeout=45)
    finally:
        if tail.poll() is None:
            tail.kill()
            tail.wait()
    shown = out.decode("utf-8")
    assert tail.returncode == 0, err.decode()
    lines = shown.splitlines()
    assert "Syria" in lines[0] and "rev 1" in lines[0], shown
    arabic = lines[1].strip()
    assert "سوريا" in arabic and "التحالف" in arabic, shown  # readable Arabic, not \u escapes
    assert watching["id"] in shown
