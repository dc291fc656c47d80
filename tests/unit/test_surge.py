"""Surges: a burst of coverage of one entity raises one alert; steady coverage never does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rasd.alerts.subscription import Subscription
from rasd.alerts.surge import SurgeConfig, SurgeDetector, match_surge, surge_alert

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
