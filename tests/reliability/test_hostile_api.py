"""Fault: hostile input to a real worker's web API, with RASD_API_TOKEN set.

Every request below must get a 4xx with a message a person can act on, and nothing may be
stored: the compacted subscriptions topic stays empty. The in-process API tests
(tests/integration/test_api.py) cover the same handlers without Kafka; this suite checks
the deployed worker, its Kafka-backed store and aiohttp's own limits.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest

from agents.web.app import MAX_BODY_BYTES
from tests.pipeline_support import Stack
from tests.reliability.support import publish_figures, read_topic

pytestmark = [pytest.mark.broker, pytest.mark.timeout(200)]

TOKEN = "reliability-t0ken-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {**AUTH, "Content-Type": "application/json"}
VALID = {"name": "ok", "filters": {"event_types": ["sanctions.lifted"]}}


async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit must still hold
    for _ in range(8):
        yield b" " * (MAX_BODY_BYTES // 4)


def deep_json(depth: int) -> bytes:
    return b'{"name": "x", "filters": ' + b"[" * depth + b"]" * depth + b"}"


# (label, method, path, headers, body, expected status, phrase in the error message)
CASES: list[tuple[str, str, str, dict[str, str], Any, int, str]] = [
    ("no token", "POST", "/subscriptions", {"Content-Type": "application/json"}, orjson.dumps(VALID), 401,
     "missing 'Authorization: Bearer <token>'"),
    ("wrong token", "POST", "/subscriptions", {"Authorization": "Bearer nope", "Content-Type": "application/json"},
     orjson.dumps(VALID), 401, "wrong API token"),
    ("token as Basic", "POST", "/subscriptions", {"Authorization": f"Basic {TOKEN}"}, orjson.dumps(VALID), 401,
     "must be 'Bearer <token>'"),
    ("token with a prefix", "DELETE", "/subscriptions/x", {"Authorization": f"Bearer x{TOKEN}"}, None, 401,
     "wrong API token"),
    ("no token on the stream", "GET", "/alerts/stream", {}, None, 401, "missing 'Authorization"),
    ("oversized body", "POST", "/subscriptions", JSON,
     orjson.dumps({"name": "x", "filters": {"query": "a " * MAX_BODY_BYTES}}), 413, str(MAX_BODY_BYTES)),
    ("oversized chunked body", "POST", "/subscriptions", JSON, "chunks", 413, str(MAX_BODY_BYTES)),
    ("malformed JSON", "POST", "/subscriptions", JSON, b'{"name": "x",', 400, "not valid JSON"),
    ("JSON nested 30,000 deep", "POST", "/subscriptions", JSON, deep_json(30_000), 400, "not valid JSON"),
    ("invalid UTF-8", "POST", "/subscriptions", JSON, b'{"name": "\xff\xfe"}', 400, "not valid JSON"),
    ("not JSON content type", "POST", "/subscriptions", {**AUTH, "Content-Type": "text/plain"}, b"name=x", 415,
     "application/json"),
    ("a JSON array", "POST", "/subscriptions", JSON, b"[1, 2]", 422, "not valid"),
    ("invalid filters", "POST", "/subscriptions", JSON,
     orjson.dumps({"name": "x", "filters": {"statuses": ["maybe"], "query": "syria AND",
                                            "event_types": ["sanctions.maybe"]}}), 422, "not valid"),
    ("webhook to the metadata address", "POST", "/subscriptions", JSON,
     orjson.dumps({"name": "x", "delivery": {"webhook": {"url": "http://169.254.169.254/latest/meta-data/",
                                                         "secret": "0123456789abcdef"}}}), 422, "not valid"),
    ("webhook to loopback", "POST", "/subscriptions", JSON,
     orjson.dumps({"name": "x", "delivery": {"webhook": {"url": "http://127.0.0.1:6066/subscriptions",
                                                         "secret": "0123456789abcdef"}}}), 422, "not valid"),
    ("path traversal", "GET", "/subscriptions/..%2F..%2Fetc%2Fpasswd", AUTH, None, 400, "subscription id"),
    ("NUL in the id", "PUT", "/subscriptions/%00x", JSON, orjson.dumps(VALID), 400, "subscription id"),
    ("RTL override in the id", "PUT", "/subscriptions/%E2%80%AEevil", JSON, orjson.dumps(VALID), 400,
     "subscription id"),
    ("id of 300 characters", "PUT", "/subscriptions/" + "a" * 300, JSON, orjson.dumps(VALID), 400,
     "subscription id"),
]


async def run_cases(base: str) -> list[tuple[str, int, str]]:
    out = []
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for label, method, path, headers, body, _, _ in CASES:
            data = chunks() if body == "chunks" else body
            async with session.request(method, base + path, headers=headers, data=data) as response:
                text = await response.text(errors="replace")
                out.append((label, response.status, text))
        async with session.get(
            base + "/subscriptions", headers={"Authorization": "Bearer " + "x" * 20_000}
        ) as response:  # over aiohttp's header limit: refused before any handler runs
            out.append(("20 kB Authorization header", response.status, await response.text(errors="replace")))
        async with session.get(base + "/subscriptions", headers=AUTH) as response:
            listing = await response.json()
        out.append(("listing after the attack", response.status, orjson.dumps(listing).decode()))
    return out


def test_hostile_api_requests_are_refused_and_store_nothing(kafka_broker, tmp_path):
    # No private-host allow-list here (the default Stack allows 127.0.0.1 for local feeds).
    stack = Stack(kafka_broker.bootstrap, tmp_path / "stack",
                  extra_env={"RASD_API_TOKEN": TOKEN, "RASD_ALLOW_PRIVATE_HOSTS": ""})
    stack.create_topics()
    worker = stack.worker("w1").start().wait_ready()
    try:
        results = asyncio.run(run_cases(worker.url))
        still_alive, _ = worker.get("/readyz")
    finally:
        worker.stop()
    stored = asyncio.run(read_topic(
        stack.bootstrap, stack.topic("subscriptions"), done=lambda r: bool(r), timeout=4,
    ))
    refused = [r for r in results[: len(CASES) + 1] if 400 <= r[1] < 500]
    publish_figures(
        "hostile-api",
        requests=len(CASES) + 1,
        refused_4xx=len(refused),
        stored=len(stored),
        statuses={label: status for label, status, _ in results},
        command="pytest tests/reliability/test_hostile_api.py -s",
    )
    for (label, _, _, _, _, status, phrase), (_, got, text) in zip(CASES, results, strict=False):
        assert got == status, f"{label}: {got} {text[:300]}"
        message = orjson.loads(text)
        assert phrase in (message.get("error", "") + orjson.dumps(message.get("errors", [])).decode()), (
            f"{label}: {text[:300]}"
        )
    header_label, header_status, _ = results[len(CASES)]
    assert 400 <= header_status < 500, header_label
    assert results[-1][1] == 200 and orjson.loads(results[-1][2])["count"] == 0
    assert still_alive == 200
    assert stored == [], "nothing may reach the subscriptions topic"
