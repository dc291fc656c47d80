"""Subscription bodies: accepted when sound, refused with one message per bad field."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rasd.alerts.subscription import (
    DEFAULT_STATUSES,
    Subscription,
    SubscriptionError,
    merge_patch,
    validate_body,
)
from rasd.netguard import AllowList

NOW = datetime(2025, 11, 11, 9, 30, tzinfo=UTC)


def test_minimal_body_gets_an_id_and_default_statuses() -> None:
    sub = Subscription.from_body({"name": "Syria watch"}, now=NOW)
    assert sub.id.startswith("sub_")
    assert sub.filters.statuses == DEFAULT_STATUSES
    assert sub.delivery.mode == "immediate"
    assert sub.created_at == sub.updated_at == NOW


def test_record_round_trip_keeps_everything_and_validates_against_the_topic_schema() -> None:
    schemas = pytest.importorskip("schemas")
    body = {
        "id": "syria-watch",
        "name": "Syria",
        "filters": {
            "entities": ["Q858", "أحمد الشرع"],
            "event_types": ["sanctions.lifted"],
            "statuses": ["occurred", "stalled"],
            "min_confidence": 0.6,
            "sanctioned_entity": True,
            "query": "سوريا OR syria",
        },
        "delivery": {"mode": "hourly_digest", "webhook": {"url": "https://hooks.example.org/x", "secret": "s" * 32}},
    }
    sub = Subscription.from_body(body, now=NOW)
    record = sub.to_record()
    schemas.validate("subscription", record)
    assert Subscription.from_record(record) == sub
    assert sub.filters.compiled_query is not None


def test_redacted_record_never_shows_the_secret() -> None:
    sub = Subscription.from_body(
        {"name": "x", "delivery": {"webhook": {"url": "https://h.example.org/", "secret": "topsecret-topsecret"}}}
    )
    assert "topsecret" not in str(sub.to_record(redact=True))
    assert sub.to_record(redact=True)["delivery"]["webhook"] == {"url": "https://h.example.org/", "has_secret": True}
    assert "topsecret" not in repr(sub)


def test_every_problem_is_listed_with_its_field_path() -> None:
    errors = validate_body(
        {
            "name": "",
            "colour": "red",
            "filters": {"statuses": ["done"], "min_confidence": 2, "query": "(syria", "languages": ["fr"]},
            "delivery": {"mode": "weekly", "webhook": {"url": "ftp://x.example.org/", "secret": "short"}},
        }
    )
    by_field = {e.path: e.message for e in errors}
    assert "unknown field(s) 'colour'" in by_field[""]
    assert "at least 1" in by_field["name"]
    assert "'done' is not one of" in by_field["filters/statuses/0"]
    assert "between 0 and 1" in by_field["filters/min_confidence"]
    assert "never closed" in by_field["filters/query"]
    assert "'fr'" in by_field["filters/languages/0"]
    assert "'weekly'" in by_field["delivery/mode"]
    assert "http" in by_field["delivery/webhook/url"]
    assert "at least 16" in by_field["delivery/webhook/secret"]


def test_not_an_object() -> None:
    assert [e.message for e in validate_body(["x"])] == ["the body must be a JSON object"]


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/hook", "http://169.254.169.254/latest", "http://10.0.0.5/", "http://[::1]/", "http://localhost/"]
)
def test_private_webhook_targets_are_refused_unless_allow_listed(url: str) -> None:
    body = {"name": "x", "delivery": {"webhook": {"url": url, "secret": "0123456789abcdef"}}}
    with pytest.raises(SubscriptionError) as info:
        Subscription.from_body(body)
    assert info.value.errors[0].path == "delivery/webhook/url"
    assert "RASD_ALLOW_PRIVATE_HOSTS" in info.value.errors[0].message
    allow = AllowList.parse("127.0.0.1,169.254.0.0/16,10.0.0.0/8,::1,localhost")
    assert Subscription.from_body(body, allow=allow).delivery.webhook is not None


def test_put_with_a_different_id_in_the_body_is_refused() -> None:
    with pytest.raises(SubscriptionError, match="the URL says 'a'"):
        Subscription.from_body({"id": "b", "name": "x"}, id="a")


@pytest.mark.parametrize("bad_id", ["../etc", "a/b", "", "-x", "x" * 129, "a.b"])
def test_ids_cannot_carry_path_tricks(bad_id: str) -> None:
    errors = validate_body({"id": bad_id, "name": "x"})
    assert [e.path for e in errors] == ["id"]


def test_merge_patch_replaces_deletes_and_merges() -> None:
    base = {"name": "a", "filters": {"entities": ["Q1"], "query": "x"}, "delivery": {"mode": "immediate"}}
    out = merge_patch(base, {"filters": {"query": None, "languages": ["ar"]}, "name": "b"})
    assert out == {"name": "b", "filters": {"entities": ["Q1"], "languages": ["ar"]}, "delivery": {"mode": "immediate"}}
    assert base["filters"]["query"] == "x"  # the original is not modified
