"""Runtime pieces of operations, without a broker: the shutdown watchdog, the lag gauge,
replay's --since, and the doctor's feed findings."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import orjson
import pytest
from aiokafka import TopicPartition

from agents.doctor import Finding, _feed_findings, format_findings
from agents.metrics import REGISTRY, ConsumerLag
from agents.replay import parse_since
from agents.worker import EXIT_FORCED, ShutdownWatchdog
from rasd.errors import ConfigError


def test_watchdog_exits_hard_when_the_stop_overruns_and_says_why(caplog):
    exited = threading.Event()
    codes = []
    watchdog = ShutdownWatchdog(0.05, exit=lambda code: (codes.append(code), exited.set()))
    watchdog.arm("SIGTERM")
    assert exited.wait(5)
    assert codes == [EXIT_FORCED]
    assert "RASD_SHUTDOWN_TIMEOUT" in caplog.text


def test_watchdog_stays_quiet_after_a_stop_in_time():
    codes = []
    watchdog = ShutdownWatchdog(0.2, exit=codes.append)
    watchdog.arm("SIGTERM")
    watchdog.arm("SIGTERM")  # a repeated signal does not restart the clock
    watchdog.disarm()
    threading.Event().wait(0.4)
    assert codes == [] and watchdog.armed


class FakeConsumer:
    """Faust's consumer as the lag monitor sees it: assignment, highwaters and its bookkeeping."""

    def __init__(self, read, committed, ends):
        self._read_offset, self._committed_offset, self.ends = read, committed, ends

    def assignment(self):
        return set(self.ends)

    async def highwaters(self, *tps):
        return {tp: self.ends[tp] for tp in tps}


async def test_lag_counts_source_topics_only_and_feeds_the_gauge():
    a0, a1, a2 = (TopicPartition("x.articles", p) for p in range(3))
    changelog = TopicPartition("x-event-clusters-changelog", 0)
    consumer = FakeConsumer(
        read={a0: 9},  # offsets 0-9 read: 10-14 to go
        committed={a1: 7},  # nothing read since the assignment: from the commit on
        ends={a0: 15, a1: 10, a2: 2, changelog: 500},  # a2: never committed, all of it to go
    )
    lag = ConsumerLag()
    assert not lag.measured
    per_topic = await lag.measure(consumer, {"x.articles", "x.events"})
    assert per_topic == {"x.articles": 5 + 3 + 2, "x.events": 0}
    assert lag.measured and lag.total == 10
    assert REGISTRY.get_sample_value("rasd_consumer_lag_messages", {"topic": "x.articles"}) == 10
    lag.reset()
    assert not lag.measured and lag.total == 0


def test_since_accepts_iso_dates_and_durations():
    now = datetime(2025, 11, 12, 12, 0, tzinfo=UTC)
    assert parse_since("6h", now) == now - timedelta(hours=6)
    assert parse_since("3d", now) == now - timedelta(days=3)
    assert parse_since("2025-11-11T09:00:00Z", now) == datetime(2025, 11, 11, 9, tzinfo=UTC)
    assert parse_since("2025-11-11", now) == datetime(2025, 11, 11, tzinfo=UTC)


@pytest.mark.parametrize("text", ["yesterday", "6 weeks", "2099-01-01"])
def test_since_refuses_what_it_cannot_use(text):
    with pytest.raises(ConfigError, match="--since"):
        parse_since(text, datetime(2025, 11, 12, tzinfo=UTC))


def state(feed_id: str, health: str, **extra) -> bytes:
    return orjson.dumps({"schema_version": 1, "feed_id": feed_id, "health": health, **extra})


def test_doctor_lists_failing_feeds_with_their_last_error():
    findings = _feed_findings({
        b"f1": state("f1", "ok", url="https://ok.example/rss"),
        b"f2": state("f2", "failing", url="https://gone.example/rss", consecutive_failures=4,
                     last_error="HTTP 404"),
        b"f3": state("f3", "degraded", url="https://slow.example/rss", last_error="malformed XML"),
        b"f4": None,  # a removed feed
        b"f5": b"not json",
    })
    problems = [f for f in findings if f.is_problem]
    assert len(problems) == 1
    assert "https://gone.example/rss" in problems[0].line() and "HTTP 404" in problems[0].line()
    assert "Fix:" in problems[0].line()
    assert any("slow.example" in f.message for f in findings if not f.is_problem)


def test_doctor_summary_counts_problems():
    text = format_findings([Finding("topic", "problem", "rasd.x: missing.", "run `rasd topics create`."),
                            Finding("broker", "ok", "1 broker(s).")])
    assert text.splitlines()[0].startswith("FAIL topic: rasd.x: missing. Fix: run `rasd topics create`.")
    assert text.splitlines()[-1] == "1 problem(s) found."
