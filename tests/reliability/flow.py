"""Articles flowing through a real worker while faults are injected, then the count of what
came out: the shared body of the broker fault tests.

Articles are produced in phases, each by a producer in its own thread that retries for up
to two minutes (acks=all, idempotent), so a fault can happen while a phase is in flight.
Only acknowledged articles are owed; the oracle (``corpus.oracle``) says which alerts they
make due, and with which sources.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.alerts import Subscription
from tests.pipeline_support import Stack, WorkerProcess
from tests.reliability.corpus import (
    SUBSCRIPTION,
    Tally,
    covers,
    generate,
    oracle,
    tally,
    tally_alerts,
)
from tests.reliability.support import has_all, produce_all, read_topic

# A dead member's partitions move after RASD_SESSION_TIMEOUT (20 s by default); 10 s keeps
# the suite short. BROKER_HEARTBEAT_INTERVAL is Faust's own variable (3 s by default).
FAST_TAKEOVER = {"RASD_SESSION_TIMEOUT": "10", "BROKER_HEARTBEAT_INTERVAL": "1"}
PRODUCER_RETRY_SECONDS = 120.0


def create_subscription(url: str, body: dict[str, Any], token: str = "") -> dict[str, Any]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        url + "/subscriptions", data=json.dumps(body).encode(), headers=headers, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


class PhaseProducer(threading.Thread):
    """Produces one phase's articles in the background, retrying through broker faults."""

    def __init__(self, bootstrap: str, topic: str, articles: list[dict[str, Any]]) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.articles = bootstrap, topic, articles
        self.failed: dict[str, str] = {}
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.failed = asyncio.run(produce_all(
                self.bootstrap, self.topic, [(a["id"], a) for a in self.articles],
                retry_for=PRODUCER_RETRY_SECONDS, enable_idempotence=True,
            ))
        except Exception as exc:  # noqa: BLE001 - reported by the test, not swallowed
            self.error = exc


@dataclass
class FlowResult:
    sent: int
    acknowledged: int
    tagged: Tally
    alerts: Tally
    worker_exit_codes: list[int | None] = field(default_factory=list)
    fault_log: list[dict[str, Any]] = field(default_factory=list)
    worker_log: str = ""
    worker_log_lines: int = 0  # every worker process of the run, start to stop

    def figures(self) -> dict[str, Any]:
        return {
            "articles_sent": self.sent,
            "articles_acknowledged": self.acknowledged,
            "tagged": {"expected": self.tagged.sent, "lost": self.tagged.lost,
                       "duplicated": self.tagged.duplicated, "unexpected": self.tagged.extra},
            "alerts": {"expected": self.alerts.sent, "lost": self.alerts.lost,
                       "duplicated": self.alerts.duplicated, "unexpected": self.alerts.extra},
            "worker_exit_codes": self.worker_exit_codes,
            "worker_log_lines": self.worker_log_lines,
            "faults": self.fault_log,
        }


def read_outputs(stack: Stack, expected: Any, *, tagged_timeout: float) -> tuple[list[Any], list[Any]]:
    """The tagged articles and alerts a run produced, read until the expected ones are all
    there (or the time is up), then a little longer to catch duplicates."""
    tagged = asyncio.run(read_topic(
        stack.bootstrap, stack.topic("articles.tagged"),
        done=has_all(expected.tagged_ids, lambda t: t["article"]["id"]), timeout=tagged_timeout, quiet=2,
        while_arriving=30, at_most=tagged_timeout + 60,
    ))
    alerts = asyncio.run(read_topic(
        stack.bootstrap, stack.topic("alerts"),
        done=covers(expected.alerts), timeout=120, quiet=3, while_arriving=30, at_most=240,
    ))
    return tagged, alerts


def run_with_faults(
    stack: Stack,
    faults: list[tuple[str, Callable[[], None]]],
    *,
    per_phase: int,
    prefix: str,
    worker_env: dict[str, str] | None = None,
) -> FlowResult:
    """One phase of articles per fault plus a last clean phase; each fault is applied once
    a third of its phase came out tagged, while the rest of the phase is still being sent."""
    env = {**FAST_TAKEOVER, **(worker_env or {})}
    phases = len(faults) + 1
    articles = generate(phases * per_phase, prefix=prefix)
    worker: WorkerProcess = stack.worker("w1", **env).start().wait_ready()
    workers = [worker]
    exit_codes: list[int | None] = []
    fault_log: list[dict[str, Any]] = []
    failed: dict[str, str] = {}
    try:
        subscription = Subscription.from_record(create_subscription(worker.url, SUBSCRIPTION))
        for phase in range(phases):
            chunk = articles[phase * per_phase:(phase + 1) * per_phase]
            producer = PhaseProducer(stack.bootstrap, stack.topic("articles"), chunk)
            producer.start()
            if phase < len(faults):
                name, fault = faults[phase]
                ids = {a["id"] for a in chunk}
                asyncio.run(read_topic(
                    stack.bootstrap, stack.topic("articles.tagged"),
                    done=lambda records, ids=ids: sum(
                        1 for r in records if r["article"]["id"] in ids) >= per_phase // 3,
                    timeout=120,
                ))
                started = time.monotonic()
                fault()
                fault_log.append({"fault": name, "seconds": round(time.monotonic() - started, 1)})
            producer.join(PRODUCER_RETRY_SECONDS + 60)
            assert producer.error is None, f"producer crashed: {producer.error!r}"
            failed.update(producer.failed)
            if worker.process is not None and worker.process.poll() is not None:
                exit_codes.append(worker.process.returncode)
                worker = stack.worker(f"w{phase + 2}", **env).start().wait_ready()
                workers.append(worker)
        acknowledged = [a for a in articles if a["id"] not in failed]
        expected = oracle(acknowledged, subscription)
        tagged, alerts = read_outputs(stack, expected, tagged_timeout=240)
        if worker.process is not None and worker.process.poll() is not None:
            exit_codes.append(worker.process.returncode)
        log = worker.log_tail(60)
    finally:
        worker.stop()
    event_alerts = [a for a in alerts if a and a["kind"] == "event"]
    return FlowResult(
        sent=len(articles),
        acknowledged=len(acknowledged),
        tagged=tally(expected.tagged_ids, [t["article"]["id"] for t in tagged]),
        alerts=tally_alerts(expected.alerts, event_alerts),
        worker_exit_codes=exit_codes,
        fault_log=fault_log,
        worker_log=log,
        worker_log_lines=sum(_line_count(w.log_path) for w in workers),
    )


def _line_count(path: Path) -> int:
    with open(path, "rb") as log:
        return sum(1 for _ in log)


def trace_missing_reports(stack: Stack, missing: set[str]) -> list[dict[str, Any]]:
    """Where each missing report stopped, for a run in which a story's alert lacks a source
    (RELIABILITY.md, Finding 13): its event candidates (partition, offset), whether the
    clustering state in the ``event-clusters`` changelog ever held it, how many event revisions
    named it, and the consumer group's committed offset on the candidate's partition. A report
    in the state but in no revision lost its output; one in neither, below the committed
    offset, was committed over without being processed. A report with no event candidate at all
    is traced one stage back, to its message on ``articles.tagged`` (which the detect agent
    turns into candidates) and the group's committed offset there."""
    return asyncio.run(_trace(stack, missing))


async def _trace(stack: Stack, missing: set[str]) -> list[dict[str, Any]]:
    from aiokafka import TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    def raw(topic: str) -> Any:
        return read_topic(stack.bootstrap, topic, done=lambda _: False, timeout=8, decode=False)

    candidates_topic, tagged_topic = stack.topic("event-candidates"), stack.topic("articles.tagged")
    candidates, revisions, changelog, tagged = await asyncio.gather(
        raw(candidates_topic), raw(stack.topic("events")), raw(f"{stack.prefix}-event-clusters-changelog"),
        raw(tagged_topic),
    )
    admin = AIOKafkaAdminClient(bootstrap_servers=stack.bootstrap)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(stack.prefix)
    finally:
        await admin.close()
    out: list[dict[str, Any]] = []
    for article_id in sorted(missing):
        needle = article_id.encode()
        if not any(m.value and needle in m.value for m in candidates):
            for m in tagged:  # no candidate at all: where the tagged article stopped
                if m.value and needle in m.value:
                    meta = committed.get(TopicPartition(tagged_topic, m.partition))
                    out.append({
                        "article": article_id, "candidate": None, "tagged": f"{m.partition}:{m.offset}",
                        "committed_on_tagged": meta.offset if meta is not None else None,
                    })
            continue
        for m in candidates:
            if m.value and needle in m.value:
                meta = committed.get(TopicPartition(candidates_topic, m.partition))
                out.append({
                    "article": article_id,
                    "candidate": f"{m.partition}:{m.offset}",
                    "cluster": m.key.decode() if m.key else None,
                    "committed": meta.offset if meta is not None else None,
                    "in_state": [c.offset for c in changelog if c.value and needle in c.value][:3],
                    "revisions_naming_it": sum(1 for r in revisions if r.value and needle in r.value),
                })
    return out
