"""Rule matching: which event records reach which subscriptions, and the stated reason."""

from __future__ import annotations

from typing import Any

import pytest

from rasd.alerts.rules import match
from rasd.alerts.subscription import Subscription
from rasd.errors import MessageError

TEXT = "رفعت الولايات المتحدة وبريطانيا العقوبات المفروضة على الرئيس السوري أحمد الشرع بعد قرار مجلس الأمن."


def record(**changes: Any) -> dict[str, Any]:
    """An Arabic story: the US and UK lifted sanctions on al-Sharaa (a sanctioned person)."""
    rec: dict[str, Any] = {
        "schema_version": 1,
        "cluster_id": "c_lifted_1",
        "revision": 1,
        "event": {
            "type": "sanctions.lifted",
            "status": "occurred",
            "actors": [{"id": "Q30", "name": "United States"}, {"id": "Q145", "name": "United Kingdom"}],
            "targets": [{"id": "Q5", "name": "Ahmed al-Sharaa"}],
            "instrument": None,
            "duration": None,
            "evidence": {"start": 0, "end": len(TEXT), "text": TEXT},
            "cameo": "085",
            "plover": "RETREAT",
            "confidence": 0.8,
        },
        "article": {
            "id": "a1", "url": "https://www.aljazeera.net/news/1", "source": "Al Jazeera",
            "title": "رفع العقوبات عن الشرع", "lang": "ar", "published": "2025-11-11T09:30:00Z",
        },
        "entities": [
            {"id": "Q30", "name": "United States", "name_ar": "الولايات المتحدة", "type": "GPE", "linked": True,
             "mentions": [{"start": 5, "end": 21, "text": "الولايات المتحدة"}]},
            {"id": "Q145", "name": "United Kingdom", "name_ar": "بريطانيا", "type": "GPE", "linked": True,
             "mentions": [{"start": 22, "end": 31, "text": "وبريطانيا"}]},
            {"id": "Q5", "name": "Ahmed al-Sharaa", "name_ar": "أحمد الشرع", "type": "PERSON", "linked": True,
             "mentions": [{"start": 68, "end": 78, "text": "أحمد الشرع"}], "sanctioned": True,
             "sanction_lists": ["UN"]},
            {"id": "Q858", "name": "Syria", "name_ar": "سوريا", "type": "GPE", "linked": True,
             "mentions": [{"start": 500, "end": 505, "text": "سوريا"}]},
        ],
        "sources": [{"article_id": "a1", "url": "https://www.aljazeera.net/news/1", "source": "Al Jazeera", "lang": "ar"}],
        "first_seen": "2025-11-11T09:30:00Z",
        "last_seen": "2025-11-11T09:30:00Z",
        "text_snippet": TEXT,
    }
    for key, value in changes.items():
        if key in rec["event"]:
            rec["event"][key] = value
        else:
            rec[key] = value
    return rec


def sub(**filters: Any) -> Subscription:
    return Subscription.from_body({"id": "s1", "name": "test", "filters": filters})


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"entities": ["Q5"]},
        {"entities": ["Ahmed Al Sharaa"]},  # names compare normalised
        {"entities": ["أحمد الشرع"]},  # Arabic names of participants count too
        {"entities": ["Syria"]},  # mentioned, not a participant: still of interest
        {"entity_types": ["PERSON"]},
        {"event_types": ["sanctions.lifted", "sanctions.imposed"]},
        {"countries": ["United States"]},
        {"countries": ["بريطانيا"]},
        {"languages": ["ar"]},
        {"sources": ["aljazeera.net"]},
        {"sources": ["al jazeera"]},
        {"min_confidence": 0.8},
        {"sanctioned_entity": True},
        {"query": "العقوبات AND الشرع"},
        {"query": "sharaa AND \"united kingdom\""},  # English names of entities are searchable too
        {"entities": ["Q5"], "event_types": ["sanctions.lifted"], "query": "مجلس الأمن", "languages": ["ar"]},
    ],
)
def test_matching_subscriptions(filters: dict[str, Any]) -> None:
    result = match(sub(**filters), record())
    assert result is not None
    assert result.subscription_id == "s1"
    assert result.rules


@pytest.mark.parametrize(
    "filters",
    [
        {"entities": ["Q999"]},
        {"entity_types": ["LAW"]},
        {"event_types": ["sanctions.imposed"]},
        {"countries": ["Syria"]},  # mentioned far from the evidence sentence, not a party
        {"languages": ["en"]},
        {"sources": ["reuters.com"]},
        {"sources": ["jazeera.net"]},  # a domain matches whole labels only
        {"min_confidence": 0.81},
        {"query": "العقوبات AND NOT الشرع"},
        {"query": '"مجلس الشرع"'},
        {"entities": ["Q5"], "languages": ["en"]},  # filters combine with AND
    ],
)
def test_non_matching_subscriptions(filters: dict[str, Any]) -> None:
    assert match(sub(**filters), record()) is None


def test_explanation_says_which_rules_matched() -> None:
    result = match(sub(entities=["Q5"], query="الشرع"), record())
    assert result is not None
    assert "entity Ahmed al-Sharaa (Q5) is a target" in result.rules
    assert "status is occurred" in result.rules
    assert result.entities == ("Q5",)
    assert result.query_terms == ("الشرع",)


@pytest.mark.parametrize("status", ["historical", "negated", "stalled"])
def test_background_statuses_alert_only_when_asked_for(status: str) -> None:
    rec = record(status=status)
    assert match(sub(entities=["Q5"]), rec) is None
    assert match(sub(entities=["Q5"], statuses=[status]), rec) is not None


def test_planned_events_alert_by_default() -> None:
    assert match(sub(), record(status="planned")) is not None


def test_sanctioned_entity_filter_needs_a_flagged_entity() -> None:
    rec = record()
    for ent in rec["entities"]:
        ent.pop("sanctioned", None)
    assert match(sub(sanctioned_entity=True), rec) is None


def test_record_without_event_is_a_message_error() -> None:
    with pytest.raises(MessageError, match="no 'event'"):
        match(sub(), {"cluster_id": "x"})
