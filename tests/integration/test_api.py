"""The subscriptions API, /openapi.json and the SSE stream, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from agents.web.app import MAX_BODY_BYTES, create_app
from agents.web.broadcaster import AlertBroadcaster, StreamFilter
from agents.web.store import InMemorySubscriptionStore
from rasd.settings import Settings

TOKEN = "t0ken-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SYRIA = {
    "id": "syria-watch",
    "name": "Syria sanctions",
    "filters": {"entities": ["Q858", "سوريا"], "event_types": ["sanctions.lifted"], "query": "عقوبات OR sanctions"},
    "delivery": {"webhook": {"url": "https://hooks.example.org/rasd", "secret": "0123456789abcdef-secret"}},
}


def settings(token: str = TOKEN) -> Settings:
    return Settings.load(env={}, api_token=token, allow_private_hosts="")


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[..., Any]]:
    clients: list[TestClient] = []

    async def make(*, token: str = TOKEN, remote: str | None = None, broadcaster: AlertBroadcaster | None = None,
                   heartbeat: float = 15.0) -> TestClient:
        app = create_app(InMemorySubscriptionStore(), broadcaster or AlertBroadcaster(), settings(token),
                         heartbeat_seconds=heartbeat)
        if remote is not None:
            @web.middleware
            async def pretend_remote(request: web.Request, handler: Any) -> web.StreamResponse:
                return await handler(request.clone(remote=remote))

            app.middlewares.append(pretend_remote)
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


async def test_crud_round_trip(make_client: Callable[..., Any]) -> None:
    client = await make_client()
    created = await client.post("/subscriptions", json=SYRIA, headers=AUTH)
    assert created.status == 201
    assert created.headers["Location"] == "/subscriptions/syria-watch"
    body = await created.json()
    assert body["delivery"]["webhook"] == {"url": "https://hooks.example.org/rasd", "has_secret": True}
    assert body["filters"]["statuses"] == ["occurred", "planned"]

    listed = await (await client.get("/subscriptions", headers=AUTH)).json()
    assert listed["count"] == 1 and listed["subscriptions"][0]["id"] == "syria-watch"
    assert "secret-" not in str(listed)

    got = await client.get("/subscriptions/syria-watch", headers=AUTH)
    assert (await got.json())["name"] == "Syria sanctions"

    patched = await client.patch(
        "/subscriptions/syria-watch", headers=AUTH,
        json={"name": "Syria", "filters": {"query": None, "languages": ["ar"]}},
    )
    assert patched.status == 200
    after = await patched.json()
    assert after["name"] == "Syria" and "query" not in after["filters"] and after["filters"]["languages"] == ["ar"]
    assert after["created_at"] == body["created_at"]

    # PUT what GET returned (secret hidden): the stored secret is kept
    put = await client.put("/subscriptions/syria-watch", headers=AUTH, json={**after, "name": "Syria v2"})
    assert put.status == 200, await put.text()
    assert (await put.json())["delivery"]["webhook"]["has_secret"] is True

    assert (await client.delete("/subscriptions/syria-watch", headers=AUTH)).status == 204
    assert (await client.get("/subscriptions/syria-watch", headers=AUTH)).status == 404
    assert (await client.delete("/subscriptions/syria-watch", headers=AUTH)).status == 404


async def test_put_creates_and_post_refuses_a_duplicate(make_client: Callable[..., Any]) -> None:
    client = await make_client()
    assert (await client.put("/subscriptions/a1", json={"name": "a"}, headers=AUTH)).status == 201
    dup = await client.post("/subscriptions", json={"id": "a1", "name": "b"}, headers=AUTH)
    assert dup.status == 409
    assert "PUT /subscriptions/a1" in (await dup.json())["error"]


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "missing 'Authorization: Bearer <token>'"),
        ({"Authorization": "Bearer nope"}, "wrong API token"),
        ({"Authorization": f"Basic {TOKEN}"}, "must be 'Bearer <token>'"),
    ],
)
async def test_token_is_required(make_client: Callable[..., Any], headers: dict[str, str], message: str) -> None:
    client = await make_client()
    for method, path in [("GET", "/subscriptions"), ("POST", "/subscriptions"), ("DELETE", "/subscriptions/x"),
                         ("GET", "/alerts/stream")]:
        resp = await client.request(method, path, headers=headers, json={"name": "x"})
        assert resp.status == 401
        assert message in (await resp.json())["error"]
        assert resp.headers["WWW-Authenticate"].startswith("Bearer")


async def test_without_a_token_the_api_answers_only_this_machine(make_client: Callable[..., Any]) -> None:
    local = await make_client(token="")
    assert (await local.get("/subscriptions")).status == 200
    remote = await make_client(token="", remote="203.0.113.9")
    resp = await remote.get("/subscriptions")
    assert resp.status == 401
    assert "set RASD_API_TOKEN" in (await resp.json())["error"]
    assert (await remote.get("/openapi.json")).status == 200  # the description is public


async def test_bad_bodies_say_what_is_wrong(make_client: Callable[..., Any]) -> None:
    client = await make_client()
    bad_json = await client.post("/subscriptions", data=b'{"name": "x",', headers={**AUTH, "Content-Type": "application/json"})
    assert bad_json.status == 400 and "not valid JSON" in (await bad_json.json())["error"]

    not_json = await client.post("/subscriptions", data=b"name=x", headers={**AUTH, "Content-Type": "text/plain"})
    assert not_json.status == 415

    invalid = await client.post(
        "/subscriptions", headers=AUTH,
        json={"name": "x", "filters": {"statuses": ["maybe"], "query": "syria AND"},
              "delivery": {"webhook": {"url": "http://169.254.169.254/latest", "secret": "0123456789abcdef"}}},
    )
    assert invalid.status == 422
    fields = {e["field"]: e["message"] for e in (await invalid.json())["errors"]}
    assert set(fields) == {"filters/statuses/0", "filters/query", "delivery/webhook/url"}
    assert "link-local" in fields["delivery/webhook/url"] or "metadata" in fields["delivery/webhook/url"]

    array = await client.post("/subscriptions", json=[1, 2], headers=AUTH)
    assert array.status == 422 and (await array.json())["errors"][0]["field"] == "(body)"


async def test_oversized_body_is_refused(make_client: Callable[..., Any]) -> None:
    client = await make_client()
    big = orjson.dumps({"name": "x", "filters": {"query": "a " * MAX_BODY_BYTES}})
    resp = await client.post("/subscriptions", data=big, headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status == 413
    assert str(MAX_BODY_BYTES) in (await resp.json())["error"]

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit still holds
        for _ in range(5):
            yield b" " * (MAX_BODY_BYTES // 4)

    chunked = await client.post("/subscriptions", data=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert chunked.status == 413


@pytest.mark.parametrize("path", ["/subscriptions/..%2F..%2Fetc", "/subscriptions/a.b", "/subscriptions/%00x", "/subscriptions/-x"])
async def test_path_tricks_are_refused(make_client: Callable[..., Any], path: str) -> None:
    client = await make_client()
    resp = await client.get(path, headers=AUTH)
    assert resp.status in (400, 404)
    assert "error" in await resp.json()


async def test_openapi_document_describes_the_routes(make_client: Callable[..., Any]) -> None:
    client = await make_client()
    doc = await (await client.get("/openapi.json")).json()
    assert doc["openapi"].startswith("3.1")
    assert set(doc["paths"]) >= {"/subscriptions", "/subscriptions/{id}", "/alerts/stream"}
    assert set(doc["paths"]["/subscriptions/{id}"]) >= {"get", "put", "patch", "delete"}
    body = doc["components"]["schemas"]["SubscriptionBody"]
    assert "sanctioned_entity" in body["properties"]["filters"]["properties"]


async def read_until(resp: Any, marker: str) -> list[str]:
    """Lines of the stream up to the first starting with ``marker`` (a hang guard, not a timing test)."""
    lines = []
    while True:
        raw = await asyncio.wait_for(resp.content.readline(), 10)
        if not raw:
            return lines
        line = raw.decode().rstrip("\n")
        lines.append(line)
        if line.startswith(marker):
            return lines


def alert(aid: str, event_type: str, lang: str, severity: str = "high") -> dict[str, Any]:
    return {
        "schema_version": 1, "id": aid, "revision": 1, "kind": "event", "subscription_id": "s1",
        "severity": severity, "summary": {"en": "x", "ar": "س"}, "lang": lang, "cluster_id": "c",
        "event": {"type": event_type, "actors": [{"id": "Q858", "name": "Syria"}], "targets": []},
        "entities": [{"id": "Q858", "name": "Syria", "name_ar": "سوريا", "role": "actor"}],
        "created_at": "2025-11-11T09:30:00Z",
    }


async def test_sse_delivers_a_broadcast_alert_through_the_filter(make_client: Callable[..., Any]) -> None:
    broadcaster = AlertBroadcaster()
    client = await make_client(broadcaster=broadcaster, heartbeat=0.05)
    resp = await client.get("/alerts/stream?event_type=sanctions.lifted&lang=ar&entity=سوريا&severity=medium",
                            headers=AUTH)
    assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/event-stream")
    await read_until(resp, ": connected")
    assert broadcaster.client_count == 1
    broadcaster.publish(alert("al_en", "sanctions.lifted", "en"))  # wrong language
    broadcaster.publish(alert("al_low", "sanctions.lifted", "ar", severity="low"))  # below the minimum
    broadcaster.publish(alert("al_type", "alliance.joined", "ar"))  # wrong type
    broadcaster.publish(alert("al_ok", "sanctions.lifted", "ar"))
    lines = await read_until(resp, "data: ")
    assert "id: al_ok:1" in lines and "event: alert" in lines
    assert orjson.loads(lines[-1].removeprefix("data: "))["id"] == "al_ok"
    assert ": heartbeat" in await read_until(resp, ": heartbeat")
    resp.close()


async def test_slow_sse_client_is_dropped_with_a_final_comment(make_client: Callable[..., Any]) -> None:
    broadcaster = AlertBroadcaster(queue_size=2)
    client = await make_client(broadcaster=broadcaster)
    resp = await client.get("/alerts/stream", headers=AUTH)
    await read_until(resp, ": connected")
    for i in range(3):  # no await in between: the third finds the queue full
        broadcaster.publish(alert(f"al_{i}", "sanctions.lifted", "ar"))
    lines = await read_until(resp, ": dropped")
    assert lines[-1].startswith(": dropped")
    assert broadcaster.client_count == 0 and broadcaster.dropped_clients == 1
    assert (await asyncio.wait_for(resp.content.read(), 10)).strip() == b""  # the server ended the stream


async def test_bad_stream_filters_are_400(make_client: Callable[..., Any]) -> None:
    client = await make_client()
    for query in ["severity=urgent", "event_type=sanctions.maybe", "lang=fr"]:
        resp = await client.get(f"/alerts/stream?{query}", headers=AUTH)
        assert resp.status == 400, query


def test_stream_filter_matches_surges_and_entities_by_arabic_name() -> None:
    f = StreamFilter.from_query({"event_type": "surge", "entity": "سوريا"})
    surge = {"kind": "surge", "severity": "low", "entity": {"id": "Q858", "name": "Syria", "name_ar": "سوريا"}}
    assert f.accepts(surge)
    assert not f.accepts({**surge, "entity": {"id": "Q30", "name": "United States"}})
