"""The agents chain through the real broker and a real worker process:
articles in -> tagged articles, events, alerts out; bad messages dead-lettered; state kept
across a worker restart (one alert per story, then updates)."""

from __future__ import annotations

import asyncio
import json
import urllib.request

import pytest

import schemas
from tests.pipeline_support import Stack, consume, produce

pytestmark = [pytest.mark.broker, pytest.mark.timeout(400)]

PUBLISHED = "2025-11-11T09:00:00Z"


def article(article_id: str, source: str, title: str, text: str, lang: str = "en") -> dict:
    record = dict(schemas.example("article"))
    record.update(
        id=article_id, url=f"https://{source}.example.org/{article_id}", source=source,
        title=title, summary="", text=text, lang=lang, published=PUBLISHED,
        content_hash=f"{abs(hash(text)):016x}"[:16],
    )
    return record


LIFT_EN = article(
    "a_lift_en", "wire-one", "US lifts sanctions on Syrian interior minister",
    "The US Treasury lifted sanctions on Syrian Interior Minister Anas Khattab on Friday, "
    "the department said in a statement.",
)
LIFT_AR = article(
    "a_lift_ar", "wire-two", "واشنطن ترفع العقوبات عن وزير الداخلية السوري",
    "رفعت وزارة الخزانة الأمريكية يوم الجمعة العقوبات المفروضة على وزير الداخلية السوري أنس خطاب.",
    lang="ar",
)
LIFT_EN_2 = article(
    "a_lift_en_2", "wire-three", "Treasury removes Syria's interior minister from sanctions list",
    "The US Treasury on Friday lifted sanctions on Anas Khattab, Syria's interior minister.",
)


def post_json(url: str, body: dict) -> dict:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def stack(kafka_broker, tmp_path_factory):
    stack = Stack(kafka_broker.bootstrap, tmp_path_factory.mktemp("stack"))
    stack.create_topics()
    return stack


def test_article_in_alert_out_then_updates_across_a_restart(stack):
    worker = stack.worker().start().wait_ready()
    try:
        sub = post_json(worker.url + "/subscriptions", {
            "name": "Sanctions lifted", "filters": {"event_types": ["sanctions.lifted"]},
        })
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [(LIFT_EN["id"], LIFT_EN)]))
        tagged = asyncio.run(consume(stack.bootstrap, stack.topic("articles.tagged"), until=1))
        assert tagged, worker.log_tail()
        schemas.validate("tagged_article", tagged[0])
        names = {e["name"] for e in tagged[0]["entities"]}
        assert {"United States Department of the Treasury", "Anas Khattab"} <= names

        events = asyncio.run(consume(stack.bootstrap, stack.topic("events"), until=1))
        schemas.validate("event_record", events[0])
        assert events[0]["event"]["type"] == "sanctions.lifted"
        assert events[0]["event"]["status"] == "occurred"

        alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=1))
        schemas.validate("alert", alerts[0])
        assert alerts[0]["subscription_id"] == sub["id"] and alerts[0]["revision"] == 1

        # The same story in Arabic from another outlet: an update of the same alert.
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [(LIFT_AR["id"], LIFT_AR)]))
        alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=2))
        assert [a["id"] for a in alerts] == [alerts[0]["id"]] * 2
        assert alerts[1]["revision"] == 2
    finally:
        shutdown = worker.stop()
    assert shutdown < 30, f"graceful stop took {shutdown:.1f}s"

    # A new worker process: the cluster and alert state come back from the changelogs.
    worker = stack.worker("w2").start().wait_ready()
    try:
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [(LIFT_EN_2["id"], LIFT_EN_2)]))
        alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=3, quiet=3))
        assert len(alerts) == 3, worker.log_tail()
        assert len({a["id"] for a in alerts}) == 1, "three reports of one story give one alert"
        assert [a["revision"] for a in alerts] == [1, 2, 3]
    finally:
        worker.stop()


def test_bad_messages_are_dead_lettered_and_the_rest_flows(stack):
    worker = stack.worker("w3").start().wait_ready()
    try:
        good = article("a_good", "wire-one", "EU extends Russia sanctions",
                       "The European Union extended sanctions on Russia for another six months on Monday.")
        bad_schema = dict(good, id="a_bad_schema", lang="klingon")
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [
            ("a_not_json", b"<html>not json</html>"),
            ("a_empty", b""),
            (bad_schema["id"], bad_schema),
            (good["id"], good),
        ]))
        dead = asyncio.run(consume(stack.bootstrap, stack.topic("deadletter"), until=3))
        assert len(dead) == 3, worker.log_tail()
        for record in dead:
            schemas.validate("deadletter", record)
            assert record["stage"] == "tag" and record["topic"] == stack.topic("articles")
        reasons = " | ".join(r["reason"] for r in dead)
        assert "not JSON" in reasons and "empty" in reasons and "lang" in reasons
        tagged = asyncio.run(consume(stack.bootstrap, stack.topic("articles.tagged"), until=10, timeout=20))
        assert "a_good" in {t["article"]["id"] for t in tagged}
        status, body = worker.get("/metrics")
        assert status == 200 and b'rasd_deadletter_total{error_type="MessageError",stage="tag"}' in body
    finally:
        worker.stop()
