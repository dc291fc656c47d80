"""Hourly digests, the pure part: which alerts a subscriber's digest holds, in which order,
for which window, and when it is due; and that nothing is lost or sent twice when the state
goes through a table (JSON) and alerts are read again after a restart."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

import schemas
from rasd.alerts.digest import (
    DigestConfig,
    PendingDigests,
    build_digest,
    digest_id,
    flush_item,
    held_alert,
    order_alerts,
)
from rasd.errors import ConfigError, SchemaError
from rasd.settings import Settings

HOUR = 3600
CONFIG = DigestConfig(window_seconds=HOUR)  # grace: 60 s
NINE = int(datetime(2025, 11, 11, 9, tzinfo=UTC).timestamp())  # a window start
SUB = "syria-digest"


def at(seconds_after_nine: float) -> str:
    moment = datetime.fromtimestamp(NINE + seconds_after_nine, UTC)
    return moment.isoformat().replace("+00:00", "Z")


def alert(aid: str, revision: int = 1, *, severity: str = "medium", when: float = 60) -> dict[str, Any]:
    record = copy.deepcopy(schemas.example("alert"))
    record.update(id=aid, revision=revision, subscription_id=SUB, severity=severity, updated_at=at(when))
    return record


def fold_all(state: PendingDigests, *alerts: dict[str, Any]) -> PendingDigests:
    for item in alerts:
        state = state.fold(item, CONFIG).state
    return state


def test_a_window_holds_each_alert_once_at_its_latest_revision() -> None:
    state = fold_all(
        PendingDigests(SUB),
        alert("al_a", 1, when=60), alert("al_b", 1, when=120), alert("al_a", 2, when=900),
    )
    assert state.windows == {NINE: {"al_a": 2, "al_b": 1}}

    older = state.fold(alert("al_a", 1, when=60), CONFIG)  # a late or repeated older revision
    assert older.action == "ignore" and older.state == state
    again = state.fold(alert("al_a", 2, when=900), CONFIG)  # the same revision read again
    assert again.action == "ignore" and "already held" in again.reason


def test_the_digest_lists_most_severe_first_then_oldest_first() -> None:
    alerts = [
        alert("al_low_early", severity="low", when=10),
        alert("al_high_late", severity="high", when=3000),
        alert("al_high_early", severity="high", when=20),
        alert("al_critical", severity="critical", when=3500),
        alert("al_info", severity="info", when=5),
    ]
    digest = build_digest(SUB, NINE, CONFIG, alerts)
    assert [a["id"] for a in digest.alerts] == [
        "al_critical", "al_high_early", "al_high_late", "al_low_early", "al_info",
    ]
    assert [a["id"] for a in order_alerts(reversed(alerts))] == [a["id"] for a in digest.alerts]


def test_the_digest_body_has_its_window_count_and_a_deterministic_id() -> None:
    digest = build_digest(SUB, NINE, CONFIG, [alert("al_a", 1), alert("al_a", 3), alert("al_b", 1)])
    body = digest.to_dict()
    schemas.validate("digest", body)
    assert body["window"] == {"from": "2025-11-11T09:00:00Z", "to": "2025-11-11T10:00:00Z"}
    assert body["count"] == 2 and {(a["id"], a["revision"]) for a in body["alerts"]} == {("al_a", 3), ("al_b", 1)}
    assert body["id"] == digest.idempotency_key == digest_id(SUB, NINE)
    # The same subscription and window give the same id on every worker and retry;
    # another window or subscription another id.
    assert digest_id(SUB, NINE) == digest_id(SUB, NINE)
    assert len({digest_id(SUB, NINE), digest_id(SUB, NINE + HOUR), digest_id("other", NINE)}) == 3
    # A repeated delivery of the window carries the same bytes.
    again = build_digest(SUB, NINE, CONFIG, [alert("al_b", 1), alert("al_a", 3)])
    assert orjson.dumps(again.to_dict()) == orjson.dumps(body)


def test_alerts_fall_in_the_clock_aligned_window_of_their_revision_time() -> None:
    state = fold_all(
        PendingDigests(SUB),
        alert("al_a", when=0), alert("al_b", when=HOUR - 1), alert("al_c", when=HOUR), alert("al_d", when=-1),
    )
    assert state.windows == {NINE - HOUR: {"al_d": 1}, NINE: {"al_a": 1, "al_b": 1}, NINE + HOUR: {"al_c": 1}}


def test_a_window_is_due_after_its_end_and_the_grace() -> None:
    state = fold_all(PendingDigests(SUB), alert("al_a", when=60), alert("al_b", when=HOUR + 60))
    assert CONFIG.grace == 60
    assert state.due(NINE + HOUR, CONFIG) == []  # just ended: alerts of it may be on their way
    assert state.due(NINE + HOUR + 60, CONFIG) == [NINE]
    assert state.due(NINE + 5 * HOUR, CONFIG) == [NINE, NINE + HOUR]  # oldest first
    assert PendingDigests(SUB).due(NINE + 5 * HOUR, CONFIG) == []  # an empty hour sends nothing


def test_a_window_whose_alert_moved_on_to_a_newer_revision_sends_nothing() -> None:
    state = fold_all(PendingDigests(SUB), alert("al_a", 1, when=60), alert("al_a", 2, when=HOUR + 60))
    assert state.windows == {NINE + HOUR: {"al_a": 2}}
    assert state.due(NINE + HOUR + 60, CONFIG) == []


def test_nothing_is_sent_twice_or_lost_around_a_sent_window() -> None:
    state = fold_all(PendingDigests(SUB), alert("al_a", 1, when=60), alert("al_b", 1, when=120))
    ids, state = state.take(NINE, CONFIG)
    assert ids == {"al_a": 1, "al_b": 1}
    assert state.windows == {} and state.sent_until == NINE + HOUR

    # Read again after a restart (the offsets were not committed yet): ignored.
    replay = state.fold(alert("al_a", 1, when=60), CONFIG)
    assert replay.action == "ignore" and "was sent" in replay.reason
    # An update of a sent alert is news: held for the next window.
    update = state.fold(alert("al_b", 2, when=HOUR + 30), CONFIG)
    assert update.action == "hold" and update.window == NINE + HOUR
    # An alert of the sent window that arrives late is not lost: it goes into the first
    # window not yet sent, never into the digest the subscriber already has.
    late = state.fold(alert("al_c", 1, when=3000), CONFIG)
    assert late.action == "hold" and late.window == NINE + HOUR
    assert "not yet sent" in late.reason


def test_sent_revisions_are_remembered_for_a_bounded_number_of_windows() -> None:
    config = DigestConfig(window_seconds=HOUR, remember_windows=2)
    state = PendingDigests(SUB).fold(alert("al_a", when=60), config).state
    _, state = state.take(NINE, config)
    for hour in range(1, 4):
        state = state.fold(alert(f"al_{hour}", when=hour * HOUR + 60), config).state
        _, state = state.take(NINE + hour * HOUR, config)
    assert "al_a" not in state.sent
    assert set(state.sent) == {"al_2", "al_3"}


def test_the_state_survives_a_round_trip_through_a_table() -> None:
    state = fold_all(PendingDigests(SUB), alert("al_a", 1, when=60), alert("al_b", 2, when=HOUR + 5))
    _, state = state.take(NINE, CONFIG)
    state = state.fold(alert("al_c", when=HOUR + 10), CONFIG).state
    stored = orjson.loads(orjson.dumps(state.to_dict()))  # what the Faust table keeps (JSON)
    assert PendingDigests.from_dict(stored) == state
    restored = PendingDigests.from_dict(stored)
    assert restored.fold(alert("al_a", 1, when=60), CONFIG).action == "ignore"
    assert restored.due(NINE + 2 * HOUR + 60, CONFIG) == [NINE + HOUR]


def test_digests_topic_items_follow_their_schema() -> None:
    schemas.validate("digest_item", held_alert(SUB, alert("al_a")))
    schemas.validate("digest_item", flush_item(SUB, NINE + 0.25))
    with pytest.raises(SchemaError):
        schemas.validate("digest_item", {"schema_version": 1, "kind": "alert", "subscription_id": SUB})


def test_a_digest_dead_letter_must_carry_the_digest() -> None:
    letter = dict(schemas.example("alert_deadletter"), kind="digest", alert_id=digest_id(SUB, NINE))
    with pytest.raises(SchemaError):
        schemas.validate("alert_deadletter", letter)
    body = build_digest(SUB, NINE, CONFIG, [alert("al_a")]).to_dict()
    letter.update(digest_id=body["id"], alert_ids=["al_a"], window=body["window"], digest=body)
    schemas.validate("alert_deadletter", letter)


def test_the_window_length_is_a_setting() -> None:
    assert Settings.load(env={}).digest_seconds == 3600
    assert Settings.load(env={"RASD_DIGEST_SECONDS": "5"}).digest_seconds == 5
    with pytest.raises(ConfigError, match="RASD_DIGEST_SECONDS"):
        Settings.load(env={"RASD_DIGEST_SECONDS": "0"})
    assert DigestConfig(window_seconds=5).grace == 0.5
    with pytest.raises(ValueError):
        DigestConfig(window_seconds=0)
