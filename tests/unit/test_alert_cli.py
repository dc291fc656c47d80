"""``rasd alerts tail`` formatting and filtering (the broker round trip is in integration)."""

from __future__ import annotations

from agents.cli.alerts import alerts_topic, format_alert, wanted
from rasd.settings import Settings

ALERT = {
    "id": "al_1", "revision": 2, "kind": "event", "subscription_id": "syria-watch", "severity": "high",
    "summary": {"en": "Syria joined the Global Coalition to Defeat ISIS — 3 sources",
                "ar": "انضمت سوريا إلى التحالف الدولي ضد داعش — 3 مصادر"},
    "event": {"type": "alliance.joined"}, "updated_at": "2025-11-11T09:30:00Z",
    "changes": ["1 new source(s)"], "evidence": [{"url": "https://example.org/a"}],
}


def test_readable_format_keeps_arabic_on_its_own_line() -> None:
    lines = format_alert(ALERT).splitlines()
    assert lines[0] == "[HIGH] 2025-11-11 09:30 rev 2  Syria joined the Global Coalition to Defeat ISIS — 3 sources"
    assert lines[1].strip() == "انضمت سوريا إلى التحالف الدولي ضد داعش — 3 مصادر"
    assert "changed: 1 new source(s)" in lines[2] and "https://example.org/a" in lines[2]


def test_filters() -> None:
    assert wanted(ALERT, "medium", None, None)
    assert not wanted(ALERT, "critical", None, None)
    assert not wanted(ALERT, None, "other", None)
    assert wanted(ALERT, None, "syria-watch", "alliance.joined")
    assert not wanted(ALERT, None, None, "surge")


def test_topic_name_follows_the_prefix() -> None:
    assert alerts_topic(Settings.load(env={}, topic_prefix="t1")) == "t1.alerts"
