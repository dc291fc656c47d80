"""Surges: a burst of coverage of one entity raises one alert; steady coverage never does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest

from rasd.alerts.subscription import Subscription
from rasd.alerts.surge import (
    SurgeConfig,
    SurgeDetector,
    SurgeMarks,
    SurgeRule,
    match_surge,
    surge_alert,
)

T0 = datetime(2025, 11, 1, tzinfo=UTC)


def steady(detector: SurgeDetector, hours: int, per_hour: int, entity: str = "Q858") -> list:
    fired = []
    for h in range(hours):
        for i in range(per_hour):
            at = T0 + timedelta(hours=h, seconds=i * 3600 // per_hour)
            if (s := detector.observe(entity, at, name="Syria", name_ar="سوريا")) is not None:
                fired.append(s)
    return fired


def test_steady_traffic_never_surges() -> None:
    detector = SurgeDetector(SurgeConfig(min_count=5))
    assert steady(detector, hours=48, per_hour=12) == []


def test_a_burst_fires_once_in_its_window() -> None:
    detector = SurgeDetector(SurgeConfig(min_count=10, ratio=3))
    steady(detector, hours=24, per_hour=4)
    burst_at = T0 + timedelta(hours=24)
    fired = [s for i in range(60) if (s := detector.observe("Q858", burst_at + timedelta(seconds=i))) is not None]
    assert len(fired) == 1
    surge = fired[0]
    assert surge.count == 13  # the first count above 3 × baseline 4
    assert surge.baseline == pytest.approx(4.0)
    assert surge.window_start == burst_at
    # the next window starts afresh and may fire again
    later = [detector.observe("Q858", burst_at + timedelta(hours=1, seconds=i)) for i in range(60)]
    assert sum(s is not None for s in later) == 1


def test_small_counts_never_surge_even_from_nothing() -> None:
    detector = SurgeDetector(SurgeConfig(min_count=10))
    steady(detector, hours=5, per_hour=0)
    detector.observe("Q1", T0, name="x")  # first seen
    fired = [detector.observe("Q1", T0 + timedelta(hours=5, seconds=i)) for i in range(9)]
    assert fired == [None] * 9


def test_a_new_entity_needs_warm_up_windows() -> None:
    detector = SurgeDetector(SurgeConfig(min_count=3, warmup=3))
    fired = [detector.observe("Q2", T0 + timedelta(seconds=i)) for i in range(50)]
    assert fired == [None] * 50
    after = [detector.observe("Q2", T0 + timedelta(hours=3, seconds=i)) for i in range(50)]
    # the baseline is now (50 + 0 + 0) / 3: 50 articles in an hour is not unusual any more
    assert after == [None] * 50


def test_late_mentions_for_a_closed_window_are_ignored() -> None:
    detector = SurgeDetector(SurgeConfig(min_count=1, warmup=0))
    detector.observe("Q3", T0 + timedelta(hours=2))
    assert detector.observe("Q3", T0) is None


def test_surge_becomes_an_alert_for_subscribers_of_the_entity() -> None:
    schemas = pytest.importorskip("schemas")
    detector = SurgeDetector(SurgeConfig(min_count=5, warmup=1))
    steady(detector, hours=2, per_hour=1)
    at = T0 + timedelta(hours=2)
    surge = next(s for i in range(20) if (s := detector.observe("Q858", at + timedelta(seconds=i))))
    by_arabic_name = Subscription.from_body({"id": "s", "name": "x", "filters": {"entities": ["سوريا"]}})
    events_only = Subscription.from_body(
        {"id": "t", "name": "x", "filters": {"entities": ["Q858"], "event_types": ["sanctions.lifted"]}}
    )
    assert match_surge(events_only, surge) is None
    result = match_surge(by_arabic_name, surge)
    assert result is not None
    alert = surge_alert(by_arabic_name, surge, result, now=at)
    assert alert.kind == "surge"
    assert alert.summary["en"] == "Surge: Syria in 5 articles in the last hour (usually 1)"
    assert alert.summary["ar"] == "ارتفاع مفاجئ: ورد ذكر سوريا في 5 مقالات خلال الساعة الأخيرة (المعتاد 1)"
    schemas.validate("alert", alert.to_dict())
    assert surge_alert(by_arabic_name, surge, result, now=at).id == alert.id  # once per window


def test_bad_config_and_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="ratio above 1"):
        SurgeConfig(ratio=1)
    with pytest.raises(ValueError, match="timezone-aware"):
        SurgeDetector().observe("Q1", datetime(2025, 1, 1))  # noqa: DTZ001


def test_a_late_mention_counts_in_the_baseline_of_later_windows() -> None:
    """Mentions are placed by their own time: one that arrives after its window closed
    still raises that window's count, so the next window is judged against it."""
    config = SurgeConfig(min_count=10, warmup=1, history=2)
    on_time, with_late = SurgeDetector(config), SurgeDetector(config)
    for detector in (on_time, with_late):
        detector.observe("Q4", T0, name="x")
        detector.observe("Q4", T0 + timedelta(hours=1))
    for i in range(20):  # late: window 1 is the entity's newest
        assert with_late.observe("Q4", T0 + timedelta(seconds=i)) is None
    now = T0 + timedelta(hours=2)
    fired = [on_time.observe("Q4", now + timedelta(seconds=i)) for i in range(30)]
    assert sum(s is not None for s in fired) == 1  # usual 1: 10 articles are a surge
    late = [with_late.observe("Q4", now + timedelta(seconds=i)) for i in range(30)]
    assert late == [None] * 30  # usual (21 + 1) / 2 = 11: 30 articles are not


def test_a_quiet_entity_may_surge_without_warming_up_again() -> None:
    detector = SurgeDetector(SurgeConfig(min_count=10, warmup=3))
    steady(detector, hours=4, per_hour=1, entity="Q5")
    back = T0 + timedelta(hours=40)  # nothing for more than a whole baseline
    fired = [detector.observe("Q5", back + timedelta(seconds=i)) for i in range(12)]
    assert [i for i, s in enumerate(fired) if s is not None] == [9]  # the 10th article
    assert fired[9] is not None and fired[9].baseline == 0.0


def test_one_surge_per_window_survives_a_restart() -> None:
    """The agent keeps counts in a windowed table and marks in a plain one; a new worker
    reads both back (here: a new detector given the same counts and JSON marks)."""
    config = SurgeConfig(min_count=5, warmup=1)
    before = SurgeDetector(config)
    steady(before, hours=2, per_hour=1)
    at = T0 + timedelta(hours=2)
    fired = [before.observe("Q858", at + timedelta(seconds=i)) for i in range(5)]
    assert fired[-1] is not None

    after = SurgeDetector(config)
    after.counts = dict(before.counts)
    after.marks = {
        k: SurgeMarks.from_dict(orjson.loads(orjson.dumps(m.to_dict()))) for k, m in before.marks.items()
    }
    same_window = [after.observe("Q858", at + timedelta(minutes=5, seconds=i)) for i in range(20)]
    assert same_window == [None] * 20
    next_window = [after.observe("Q858", at + timedelta(hours=1, seconds=i)) for i in range(40)]
    assert sum(s is not None for s in next_window) == 1


def test_judge_needs_every_previous_window() -> None:
    rule = SurgeRule(SurgeConfig(history=4))
    with pytest.raises(ValueError, match="4 previous window counts"):
        rule.judge("Q1", None, window=10, count=50, previous=[1, 2])
    marks, surge = rule.judge(
        "Q1", SurgeMarks(first=2, last=9), window=10, count=50, previous=[2, 2, 2, 2]
    )
    assert surge is not None and surge.baseline == 2.0
    assert surge.window_start == datetime.fromtimestamp(36000, UTC)
    assert marks == SurgeMarks(first=2, last=10, fired=10)


def test_the_surge_window_table_keeps_one_expiry_entry_per_window_not_per_write():
    # Faust pushes an expiry entry per write by default (~33 bytes each, held for the whole
    # retention); agents.faust_tables.Table keeps one per (partition, window).
    import time
    from types import SimpleNamespace

    import agents.alert as alert_agents
    from agents.faust_event import as_current

    class Event(SimpleNamespace):
        pass

    table = alert_agents.surge_windows.table
    event = Event(message=SimpleNamespace(partition=0, topic=alert_agents.topic_specs["mentions"].name))
    window = table.window.ranges(time.time())[0]
    sent: list[object] = []
    original = table.send_changelog
    table.send_changelog = lambda partition, key, value, *a, **k: sent.append(key) or SimpleNamespace(
        message=SimpleNamespace(partition=partition))
    try:
        with as_current(event):
            for i in range(500):
                table[(f"Q{i % 7}", window)] = i
    finally:
        table.send_changelog = original
    assert len(sent) == 500  # every write still goes to the changelog
    assert sum(len(h) for h in table._partition_timestamps.values()) == 1
    assert len(table._partition_timestamp_keys[(0, window[1])]) == 7  # and every key expires
