"""Operations against the real broker and real worker processes: two workers share the
partitions and one survives the other's SIGKILL with nothing lost; SIGTERM stops a worker
gracefully with its offsets committed (a restart re-processes nothing); /readyz turns ready
only after assignment; /metrics moves; `rasd doctor` names a missing topic; `rasd replay`
re-analyses without re-sending alerts that did not change.

Each test has its own Stack (topic prefix, consumer group) on the shared session broker.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import orjson
import pytest
from aiokafka import AIOKafkaConsumer

import schemas
from agents.replay import replay_articles
from tests.pipeline_support import REPO, Stack, WorkerProcess, consume, produce
from topics import catalogue

pytestmark = [pytest.mark.broker, pytest.mark.timeout(300)]

# Short intervals so that readiness follows within a second or two, not five.
FAST = {"RASD_LAG_INTERVAL": "1", "RASD_SHUTDOWN_TIMEOUT": "20"}
PASSWORD = "canary-pw-8d1f"


def article(article_id: str, text: str) -> dict:
    record = dict(schemas.example("article"))
    record.update(id=article_id, url=f"https://wire.example.org/{article_id}", source="wire",
                  title=text[:60], summary="", text=text, lang="en", published="2025-11-11T09:00:00Z")
    return record


def batch(prefix: str, count: int) -> list[tuple[str, dict]]:
    return [
        (f"{prefix}{i}", article(f"{prefix}{i}", f"Officials in Damascus and Ankara met on Monday, report {i}."))
        for i in range(count)
    ]


def readyz(worker: WorkerProcess) -> tuple[int, dict]:
    status, body = worker.get("/readyz")
    return status, json.loads(body)


def counter(worker: WorkerProcess, name: str, **labels: str) -> float:
    status, body = worker.get("/metrics")
    assert status == 200
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    match = re.search(rf"^{name}\{{{want}\}} (\S+)$", body.decode(), re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def tagged_ids(stack: Stack, until: int, *, timeout: float = 60, quiet: float = 0) -> list[str]:
    records = asyncio.run(consume(stack.bootstrap, stack.topic("articles.tagged"),
                                  until=until, timeout=timeout, quiet=quiet))
    return [r["article"]["id"] for r in records]


def tagged_until(stack: Stack, wanted: set[str], *, timeout: float) -> list[str]:
    """Every tagged article id (duplicates kept), read until all of ``wanted`` are there."""
    async def read() -> list[str]:
        consumer = AIOKafkaConsumer(stack.topic("articles.tagged"), bootstrap_servers=stack.bootstrap,
                                    auto_offset_reset="earliest", group_id=None)
        await consumer.start()
        ids: list[str] = []
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and not wanted <= set(ids):
                for messages in (await consumer.getmany(timeout_ms=500)).values():
                    ids.extend(orjson.loads(m.value)["article"]["id"] for m in messages)
            for messages in (await consumer.getmany(timeout_ms=1000)).values():  # stragglers
                ids.extend(orjson.loads(m.value)["article"]["id"] for m in messages)
        finally:
            await consumer.stop()
        return ids

    return asyncio.run(read())


@pytest.fixture
def stack(kafka_broker, tmp_path):
    stack = Stack(kafka_broker.bootstrap, tmp_path / "stack", extra_env=dict(FAST))
    stack.create_topics()
    return stack


def test_two_workers_share_partitions_and_one_survives_the_others_kill(stack):
    first, second = stack.worker("w1").start(), stack.worker("w2").start()
    try:
        first.wait_ready()
        second.wait_ready()
        # Both ready at once, i.e. after the rebalance that the second one caused.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            (s1, d1), (s2, d2) = readyz(first), readyz(second)
            if s1 == s2 == 200:
                break
            time.sleep(0.5)
        assert s1 == s2 == 200, (d1, d2)
        articles_topic = stack.topic("articles")
        mine1, mine2 = set(d1["assignment"].get(articles_topic, [])), set(d2["assignment"].get(articles_topic, []))
        assert mine1 and mine2, f"one worker got no article partitions: {d1['assignment']} / {d2['assignment']}"
        assert not mine1 & mine2 and mine1 | mine2 == set(range(catalogue(stack.settings)["articles"].partitions))

        before = batch("a", 30)
        asyncio.run(produce(stack.bootstrap, articles_topic, before))
        assert len(set(tagged_ids(stack, until=30))) == 30
        assert counter(first, "rasd_messages_in_total", stage="tag") > 0
        assert counter(second, "rasd_messages_in_total", stage="tag") > 0

        first.kill()  # SIGKILL: no commit, no leave; the group notices at the session timeout
        after = batch("b", 30)
        asyncio.run(produce(stack.bootstrap, articles_topic, after))
        wanted = {key for key, _ in before + after}
        ids = tagged_until(stack, wanted, timeout=150)
        assert wanted <= set(ids), f"lost: {sorted(wanted - set(ids))}\n{second.log_tail()}"
        duplicates = len(ids) - len(set(ids))
        print(f"tagged {len(ids)} records for {len(wanted)} articles ({duplicates} duplicate(s))")
        _, d2 = readyz(second)
        assert set(d2["assignment"].get(articles_topic, [])) == set(mine1 | mine2), "partitions did not move"
    finally:
        first.kill()
        second.kill()


def watch_readiness(worker: WorkerProcess, timeout: float = 90) -> list[tuple[int, dict]]:
    """Every /readyz answer from the worker's start until its first 200."""
    seen: list[tuple[int, dict]] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert worker.process is not None and worker.process.poll() is None, worker.log_tail()
        try:
            status, body = readyz(worker)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)  # the web server is not up yet
            continue
        seen.append((status, body))
        if status == 200:
            return seen
        time.sleep(0.2)
    raise AssertionError(f"never ready: {seen[-1:]}\n{worker.log_tail()}")


def test_sigterm_commits_and_a_restart_reprocesses_nothing(stack):
    # A password in the environment (unused on this PLAINTEXT cluster) must never be logged.
    worker = stack.worker("w1", RASD_SASL_PASSWORD=PASSWORD, RASD_LOG_LEVEL="DEBUG").start()
    try:
        seen = watch_readiness(worker)
        # The web server may come up only once the worker is ready; every answer must agree.
        assert all(body["assigned_partitions"] > 0 and body["caught_up"] for status, body in seen if status == 200)
        first = batch("s", 25)
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), first))
        assert len(set(tagged_ids(stack, until=25))) == 25
        assert counter(worker, "rasd_messages_in_total", stage="tag") == 25
        assert counter(worker, "rasd_messages_out_total", stage="tag", topic=stack.topic("articles.tagged")) == 25
    finally:
        worker.stop(timeout=60)
    log = worker.log_path.read_text(errors="replace")
    assert worker.process.returncode == 0, log[-3000:]
    assert "did not finish within" not in log, "the graceful stop overran RASD_SHUTDOWN_TIMEOUT"
    assert PASSWORD not in log

    again = stack.worker("w2").start().wait_ready()
    try:
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [("s-last", article("s-last", "One more report."))]))
        ids = tagged_ids(stack, until=26, quiet=4)
        assert ids.count("s-last") == 1
        assert len(ids) == 26, f"re-processed after a graceful stop: {sorted(i for i in set(ids) if ids.count(i) > 1)}"
    finally:
        again.stop(timeout=60)


def test_doctor_names_a_missing_topic_and_exits_1(stack, kafka_broker, tmp_path):
    from agents.kafka_admin import admin_client

    missing = stack.topic("alerts")

    async def drop() -> None:
        admin = admin_client(stack.settings)
        await admin.start()
        try:
            await admin.delete_topics([missing])
        finally:
            await admin.close()

    asyncio.run(drop())
    deadline = time.monotonic() + 30
    while True:
        result = subprocess.run([sys.executable, "-c", "from agents.cli import main; main()", "doctor"], env=stack.env, cwd=REPO,
                                capture_output=True, text=True, timeout=120)
        if f"{missing}: missing." in result.stdout or time.monotonic() > deadline:
            break
        time.sleep(1)  # a deletion takes a moment to reach every broker's metadata
    assert result.returncode == 1, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert problems, result.stdout + result.stderr
    assert problems == [f"FAIL topic: {missing}: missing. Fix: run `rasd topics create` "
                        "(creates missing topics, adds partitions, fixes configs)."], result.stdout
    assert "ok   broker:" in result.stdout and "Traceback" not in result.stderr


LIFT = article("r_lift", "The US Treasury lifted sanctions on Syrian Interior Minister Anas Khattab on Friday.")


def test_replay_reanalyses_without_resending_unchanged_alerts(stack):
    worker = stack.worker("w1").start().wait_ready()
    try:
        request = urllib.request.Request(
            worker.url + "/subscriptions", method="POST", headers={"Content-Type": "application/json"},
            data=json.dumps({"name": "lifted", "filters": {"event_types": ["sanctions.lifted"]}}).encode(),
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status in (200, 201)
        asyncio.run(produce(stack.bootstrap, stack.topic("articles"), [(LIFT["id"], LIFT)]))
        alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=1))
        assert len(alerts) == 1, worker.log_tail()

        report = asyncio.run(replay_articles(stack.settings, datetime.now(UTC) - timedelta(hours=1)))
        assert (report.copied, report.scanned) == (1, 1)
        tagged = asyncio.run(consume(stack.bootstrap, stack.topic("articles.tagged"), until=2))
        assert [t["article"].get("replay", False) for t in tagged] == [False, True]
        # The replayed article went through detection and clustering...
        deadline = time.monotonic() + 30
        while counter(worker, "rasd_messages_in_total", stage="cluster") < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert counter(worker, "rasd_messages_in_total", stage="cluster") >= 2, worker.log_tail()
        # ... and changed nothing a subscriber should hear of.
        events = asyncio.run(consume(stack.bootstrap, stack.topic("events"), until=2, timeout=3))
        alerts = asyncio.run(consume(stack.bootstrap, stack.topic("alerts"), until=2, timeout=3))
        assert len(events) == 1 and len(alerts) == 1, (events, alerts)
    finally:
        worker.stop(timeout=60)
