"""Alerts: one alert per story, then updates; severity; summaries in English and Arabic."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from rasd.alerts.alert import AlertBook, AlertState, alert_id, decide, severity
from rasd.alerts.rules import RecordView
from rasd.alerts.subscription import Subscription
from rasd.alerts.summary import Party, event_summary

T0 = datetime(2025, 11, 11, 9, 0, tzinfo=UTC)


def story(revision: int, outlets: list[tuple[str, str]], status: str = "occurred") -> dict[str, Any]:
    """Revision ``revision`` of the cluster "Syria joined the coalition", reported by ``outlets``."""
    first_id, first_lang = outlets[-1]
    text = "انضمت سوريا رسميًا إلى التحالف الدولي ضد داعش"
    return {
        "schema_version": 1,
        "cluster_id": "c_alliance.joined_syria",
        "revision": revision,
        "event": {
            "type": "alliance.joined", "status": status,
            "actors": [{"id": "Q858", "name": "Syria"}],
            "targets": [{"id": "Q41835", "name": "Global Coalition to Defeat ISIS"}],
            "instrument": None, "duration": None,
            "evidence": {"start": 10, "end": 10 + len(text), "text": text},
            "cameo": "057", "plover": "SUPPORT", "confidence": 0.9,
        },
        "article": {
            "id": first_id, "url": f"https://{first_id}.example.org/story", "source": first_id,
            "title": "سوريا تنضم للتحالف", "lang": first_lang, "published": "2025-11-11T09:00:00Z",
        },
        "entities": [
            {"id": "Q858", "name": "Syria", "name_ar": "سوريا", "type": "GPE", "linked": True, "mentions": []},
            {"id": "Q41835", "name": "Global Coalition to Defeat ISIS", "name_ar": "التحالف الدولي ضد داعش",
             "type": "ORG", "linked": True, "mentions": []},
        ],
        "sources": [
            {"article_id": a, "url": f"https://{a}.example.org/story", "source": a, "lang": lang} for a, lang in outlets
        ],
        "first_seen": "2025-11-11T09:00:00Z",
        "last_seen": "2025-11-11T09:00:00Z",
        "text_snippet": text,
    }


SUB = Subscription.from_body({"id": "syria-watch", "name": "Syria", "filters": {"entities": ["Q858"]}})


def test_alert_id_is_deterministic_per_subscription_and_cluster() -> None:
    assert alert_id("s1", "c1") == alert_id("s1", "c1")
    assert alert_id("s1", "c1") != alert_id("s2", "c1") != alert_id("s1", "c2")
    # no ambiguity from concatenation: ("s1", "c1") and ("s1c", "1") differ
    assert alert_id("s1", "c1") != alert_id("s1c", "1")


def test_three_articles_about_one_story_make_one_alert_and_two_updates() -> None:
    book = AlertBook()
    outlets = [("aljazeera", "ar"), ("reuters", "en"), ("bbc", "en")]
    decisions = [book.apply(SUB, story(i + 1, outlets[: i + 1]), now=T0 + timedelta(minutes=i)) for i in range(3)]

    assert [d.action for d in decisions] == ["new", "update", "update"]
    alerts = [d.alert for d in decisions]
    assert len({a.id for a in alerts}) == 1
    assert [a.revision for a in alerts] == [1, 2, 3]
    assert [a.idempotency_key for a in alerts] == [f"{alerts[0].id}:{n}" for n in (1, 2, 3)]
    assert alerts[2].summary["en"] == "Syria joined the Global Coalition to Defeat ISIS — 3 sources"
    assert alerts[2].summary["ar"] == "انضمت سوريا إلى التحالف الدولي ضد داعش — 3 مصادر"
    assert alerts[2].created_at == T0 and alerts[2].updated_at == T0 + timedelta(minutes=2)
    assert alerts[2].changes == ("1 new source(s)",)
    assert len(alerts[2].evidence) == 3
    assert {e["url"] for e in alerts[2].evidence} == {f"https://{a}.example.org/story" for a, _ in outlets}


def test_unchanged_or_older_revisions_do_not_alert_again() -> None:
    book = AlertBook()
    book.apply(SUB, story(1, [("a", "ar")]), now=T0)
    unchanged = book.apply(SUB, story(2, [("a", "ar")]), now=T0)  # new revision, nothing new for us
    assert unchanged.action == "none"
    assert book.get(SUB.id, "c_alliance.joined_syria").cluster_revision == 2
    assert book.apply(SUB, story(1, [("a", "ar")]), now=T0).action == "none"  # an older revision


def test_a_redelivered_revision_sends_the_same_alert_again() -> None:
    # The worker stored the alert state, then died before the alert reached the broker: the
    # redelivered record must bring the alert back, with the id and revision it had.
    book = AlertBook()
    first = book.apply(SUB, story(1, [("a", "ar")]), now=T0)
    second = book.apply(SUB, story(2, [("a", "ar"), ("b", "en")]), now=T0 + timedelta(minutes=1))
    again = book.apply(SUB, story(2, [("a", "ar"), ("b", "en")]), now=T0 + timedelta(minutes=5))
    assert again.action == "repeat" and again.alert is not None and second.alert is not None
    assert (again.alert.id, again.alert.revision) == (second.alert.id, 2) == (first.alert.id, 2)
    assert again.alert.updated_at == second.alert.updated_at  # the same alert, not a new one
    assert {s["article_id"] for s in again.alert.sources} == {"a", "b"}
    assert book.get(SUB.id, "c_alliance.joined_syria").revision == 2  # nothing stored anew


def test_a_status_change_is_an_update_even_to_a_status_not_subscribed() -> None:
    book = AlertBook()
    book.apply(SUB, story(1, [("a", "ar")]), now=T0)
    decision = book.apply(SUB, story(2, [("a", "ar")], status="stalled"), now=T0)
    assert decision.action == "update"
    assert decision.alert.changes == ("status occurred → stalled",)
    assert decision.alert.summary["en"].startswith("Stalled: ")


def test_a_background_story_never_starts_an_alert() -> None:
    assert decide(None, SUB, story(1, [("a", "ar")], status="historical"), now=T0).action == "none"


def test_state_survives_a_round_trip_through_json() -> None:
    table: dict[str, Any] = {}
    AlertBook(table).apply(SUB, story(1, [("a", "ar")]), now=T0)
    stored = copy.deepcopy(table)  # what a Faust table would persist
    decision = AlertBook(stored).apply(SUB, story(2, [("a", "ar"), ("b", "en")]), now=T0)
    assert decision.action == "update" and decision.alert.revision == 2
    state = next(iter(stored.values()))
    assert AlertState.from_dict(state).source_ids == ("a", "b")


def test_alerts_validate_against_the_alert_schema() -> None:
    schemas = pytest.importorskip("schemas")
    decision = AlertBook().apply(SUB, story(1, [("a", "ar")]), now=T0)
    schemas.validate("alert", decision.alert.to_dict())


def _level(rec: dict[str, Any], sources: int = 1, priorities: dict[str, int] | None = None) -> str:
    return severity(RecordView(rec), sources, priorities)[0]


def test_severity_rises_with_sources_priority_and_sanctions() -> None:
    rec = story(1, [("a", "ar")])
    assert _level(rec) == "medium"  # alliance.joined: 2
    assert _level(rec, sources=3) == "high"  # + 1
    assert _level(rec, sources=3, priorities={"Q858": 5}) == "critical"  # + 2 (capped)
    imposed = copy.deepcopy(rec)
    imposed["event"]["type"] = "sanctions.imposed"
    imposed["entities"][0]["sanctioned"] = True
    assert _level(imposed) == "high"  # 3 + 1
    weak = copy.deepcopy(rec)
    weak["event"]["confidence"] = 0.3
    weak["event"]["status"] = "historical"
    assert _level(weak) == "info"  # 2 - 1 - 2


def test_summaries_in_both_languages_for_a_planned_sanctions_event() -> None:
    summary = event_summary(
        "sanctions.lifted", "planned",
        [Party("European Union", "الاتحاد الأوروبي", "ORG")], [Party("Anas Khattab", "أنس خطاب", "PERSON")],
        sources=2,
    )
    assert summary == {
        "en": "The European Union will lift sanctions on Anas Khattab — 2 sources",
        "ar": "سيرفع الاتحاد الأوروبي العقوبات عن أنس خطاب — مصدران",
    }


def test_summary_of_a_suspension_with_duration_uses_the_feminine_verb_for_a_ministry() -> None:
    summary = event_summary(
        "sanctions.suspended", "occurred",
        [Party("United States Department of the Treasury", "وزارة الخزانة الأمريكية", "ORG")],
        [Party("Syria", "سوريا", "GPE")],
        instrument=Party("Caesar Act", "قانون قيصر", "LAW"), duration="P180D", sources=11,
    )
    assert summary["en"] == "The United States Department of the Treasury suspended the Caesar Act for 180 days — 11 sources"
    assert summary["ar"] == "علقت وزارة الخزانة الأمريكية قانون قيصر لمدة 180 يومًا — 11 مصدرًا"
