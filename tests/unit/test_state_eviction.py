"""Per-story state that stays small and is forgotten once the story is over (pure decisions)."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
import pytest

from rasd.events.cluster import (
    HORIZON,
    MAX_SOURCES,
    ArticleMeta,
    ClusterState,
    SourceRef,
    epoch_day,
    expired,
    pack_sources,
    unpack_sources,
    update,
)
from rasd.model import EntityRef, Event, Mention
from rasd.pipeline import ExpirySweep, Watermarks, event_candidates, fold_candidate, fold_candidates

CAESAR = EntityRef("Q2", "Caesar Syria Civilian Protection Act")
TREASURY = EntityRef("Q1", "United States Department of the Treasury")
DAY = datetime(2025, 11, 11, 9, 0, tzinfo=UTC)


def event(status: str = "occurred") -> Event:
    text = "Treasury extends the Caesar Act waiver"
    return Event("sanctions.suspended", status, [TREASURY], [], Mention(0, len(text), text), "085", "RETREAT", 0.9,
                 instrument=CAESAR)


def meta(article_id: str, when: datetime = DAY, source: str | None = "Outlet") -> ArticleMeta:
    return ArticleMeta(article_id, f"https://news.example.org/{article_id}", source, published=when)


def candidate(article_id: str, when: datetime = DAY) -> dict[str, Any]:
    article = {"id": article_id, "url": f"https://news.example.org/{article_id}", "source": f"outlet-{article_id}",
               "lang": "en", "published": when.isoformat().replace("+00:00", "Z"), "title": "", "text": ""}
    return event_candidates({"article": article, "entities": []}, [event()])[0]


def story(sources: int) -> ClusterState:
    state, _ = update(None, event(), meta("a0000"))
    for i in range(1, sources):
        state, _ = update(state, event(), meta(f"a{i:04d}", source=f"Outlet {i % 7}"))
    return state


# --- compact state ---------------------------------------------------------------------------

def test_sources_survive_packing_even_with_separators_and_missing_fields():
    sources = (SourceRef("a1", "https://x.example/1", "Al Jazeera"), SourceRef("a2"),
               SourceRef("a3", None, "Tab\tand\nnewline"))
    assert unpack_sources(pack_sources(sources)) == (
        SourceRef("a1", "https://x.example/1", "Al Jazeera"), SourceRef("a2"),
        SourceRef("a3", None, "Tab and newline"),
    )
    assert unpack_sources(pack_sources(())) == ()


def test_a_state_written_by_the_older_code_still_loads_and_continues():
    state = story(3)
    old = state.to_dict()
    del old["source_lines"]
    old["sources"] = [s.to_dict() for s in state.sources]  # how the older code stored them
    assert ClusterState.from_dict(old) == state
    new_state, record = fold_candidate(old, candidate("b1"))
    assert record is not None and record["source_count"] == 4
    assert [s["article_id"] for s in record["sources"]] == ["a0000", "a0001", "a0002", "b1"]
    assert "sources" not in new_state and ClusterState.from_dict(new_state).source_count == 4


def test_the_event_record_lists_every_source_up_to_the_cap():
    state: dict[str, Any] | None = None
    for i in range(MAX_SOURCES + 5):
        state, record = fold_candidate(state, candidate(f"s{i:03d}"))
    assert record is not None and record["source_count"] == MAX_SOURCES + 5
    assert [s["article_id"] for s in record["sources"]] == [f"s{i:03d}" for i in range(MAX_SOURCES)]
    assert record["sources"][7] == {"article_id": "s007", "url": "https://news.example.org/s007",
                                    "source": "outlet-s007"}


def _bytes_held(values: list[bytes]) -> float:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        kept = [orjson.loads(v) for v in values]  # as the table holds a state after recovery
        size = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert len(kept) == len(values)
    return size / len(values)


def test_a_story_with_a_hundred_sources_takes_under_a_third_of_the_memory_it_took():
    state = story(MAX_SOURCES)
    old = state.to_dict()
    del old["source_lines"]
    old["sources"] = [s.to_dict() for s in state.sources]
    old_size = _bytes_held([orjson.dumps(old)] * 50)
    new_size = _bytes_held([orjson.dumps(state.to_dict())] * 50)
    assert new_size * 3 < old_size, (old_size, new_size)


# --- which clusters expire -------------------------------------------------------------------

def test_a_cluster_expires_once_its_partition_has_moved_a_horizon_past_it():
    state = story(2).to_dict()
    assert not expired(state, DAY + HORIZON)
    assert expired(state, DAY + HORIZON + timedelta(hours=1))
    assert not expired(state, DAY - timedelta(days=400))  # an older report elsewhere changes nothing


def test_a_cluster_of_unknown_time_is_kept():
    state, _ = update(None, event(), ArticleMeta("a1"))
    assert not expired(state.to_dict(), DAY + 10 * HORIZON)


def test_a_cluster_is_not_deleted_on_the_day_its_generation_began():
    # A late report (old date) opened this cluster while the partition was already far ahead:
    # deleting it that same day would let the next report reopen it under the same id.
    watermark = DAY + 2 * HORIZON
    state, _ = update(None, event(), meta("late", DAY), watermark=watermark)
    assert state.generation == epoch_day(watermark)
    assert not expired(state.to_dict(), watermark + timedelta(hours=1))
    assert expired(state.to_dict(), watermark + timedelta(days=1))


def test_a_story_reported_again_after_its_state_was_deleted_gets_a_new_cluster_id():
    first, _ = update(None, event(), meta("a1", DAY))
    later = DAY + HORIZON + timedelta(days=3)
    assert expired(first.to_dict(), later)
    again, changed = update(None, event(), meta("b1", later - timedelta(days=40)), watermark=later)
    assert changed and again.revision == 1 and again.cluster_id != first.cluster_id
    assert again.key == first.key and again.generation > first.generation


def test_the_watermark_ends_a_cluster_even_before_its_state_is_deleted():
    state, _ = update(None, event(), meta("a1", DAY))
    ahead = DAY + HORIZON + timedelta(days=1)
    kept, _ = update(state, event(), meta("a2", DAY + timedelta(days=2)))
    assert kept.cluster_id == state.cluster_id
    ended, changed = update(state, event(), meta("a2", DAY + timedelta(days=2)), watermark=ahead)
    assert changed and ended.cluster_id != state.cluster_id and ended.revision == 1


def test_a_batch_folds_each_report_with_its_own_watermark():
    old = candidate("a1", DAY)
    state, _ = fold_candidates(None, [old])
    batch = [candidate("a2", DAY + timedelta(days=1)), candidate("a3", DAY + timedelta(days=2))]
    marks = [DAY + timedelta(days=1), DAY + HORIZON + timedelta(days=5)]
    state, records = fold_candidates(state, batch, watermarks=marks)
    assert [r["revision"] for r in records] == [2, 1]  # a2 continued the story, a3 began a new one
    assert records[0]["cluster_id"] != records[1]["cluster_id"]


# --- sweeping a table a few keys at a time ----------------------------------------------------

def _expired_in(partition_of: dict[str, int]):
    def check(key: str, value: Any) -> int | None:
        return partition_of[key] if value == "old" else None
    return check


def test_the_sweep_looks_at_a_bounded_number_of_keys_and_finds_every_expired_one():
    table = {f"k{i:03d}": ("old" if i % 3 == 0 else "new") for i in range(90)}
    partition_of = {k: i % 2 for i, k in enumerate(sorted(table))}
    sweep = ExpirySweep(per_call=10, per_message=10)
    deleted: list[str] = []
    for _ in range(12):  # one call to start the walk, nine to walk 90 keys, and spare
        for keys in sweep.due(table, _expired_in(partition_of), [0, 1]).values():
            for key in keys:
                del table[key]
                deleted.append(key)
    assert sorted(deleted) == [f"k{i:03d}" for i in range(0, 90, 3)]
    assert set(table.values()) == {"new"}


def test_a_key_waits_for_an_event_of_its_partition_and_is_checked_again_before_it_goes():
    table = {"a": "old", "b": "old"}
    partition_of = {"a": 0, "b": 1}
    sweep = ExpirySweep(per_call=10, per_message=10)
    sweep.due(table, _expired_in(partition_of), [0])  # starts the walk
    assert sweep.due(table, _expired_in(partition_of), [0]) == {0: ["a"]}
    del table["a"]
    table["b"] = "new"  # written again (a new report) while it waited
    assert sweep.due(table, _expired_in(partition_of), [1]) == {}
    assert table == {"b": "new"}


def test_the_sweep_looks_at_a_few_keys_per_message_not_a_full_quota_per_call():
    table = {f"k{i:03d}": "old" for i in range(1000)}
    sweep = ExpirySweep(per_call=200, per_message=2)
    looked: list[str] = []

    def expired(key: str, value: Any) -> int | None:
        looked.append(key)
        return None

    sweep.due(table, expired, [0])  # starts the walk
    for _ in range(50):  # fifty one-message batches
        sweep.due(table, expired, [0], messages=1)
    assert len(looked) == 100
    sweep.due(table, expired, [0], messages=500)  # a large batch: at most per_call
    assert len(looked) == 300


def test_pending_keys_are_bounded():
    table = {f"k{i}": "old" for i in range(50)}
    sweep = ExpirySweep(per_call=100, per_message=100, max_pending=5)
    sweep.due(table, lambda k, v: 3, [0])
    sweep.due(table, lambda k, v: 3, [0])  # partition 3 never has an event here
    assert sum(len(keys) for keys in sweep.pending.values()) == 5


def test_watermarks_only_move_forward_per_partition():
    marks = Watermarks()
    assert marks.observe(0, DAY) == DAY
    assert marks.observe(0, DAY - timedelta(days=3)) == DAY
    assert marks.observe(1, None) is None
    assert marks.observe(1, DAY + timedelta(days=1)) == DAY + timedelta(days=1)
    assert marks.get(0) == DAY and marks.newest() == DAY + timedelta(days=1)


# --- the dedup and alert tables ---------------------------------------------------------------

def test_a_dedup_entry_keeps_what_dedup_needs_in_one_string_and_old_entries_still_read():
    from agents.feed import seen_expired, seen_fields, seen_value

    value = seen_value({"content_hash": "9c1185a5", "revision": 2}, date(2025, 11, 11))
    assert isinstance(value, str)
    assert seen_fields(value) == ({"content_hash": "9c1185a5", "revision": 2}, date(2025, 11, 11))
    assert seen_fields({"content_hash": "x", "revision": 1}) == ({"content_hash": "x", "revision": 1}, None)
    assert not seen_expired(value, date(2025, 12, 11))
    assert seen_expired(value, date(2025, 12, 12))
    assert not seen_expired({"content_hash": "x", "revision": 1}, date(2030, 1, 1))  # no day: kept
    # With the message that published it, to tell its redelivery from a later fetch.
    placed = seen_value({"content_hash": "9c1185a5", "revision": 2, "origin": "3:88"}, date(2025, 11, 11))
    assert seen_fields(placed) == ({"content_hash": "9c1185a5", "revision": 2, "origin": "3:88"}, date(2025, 11, 11))
    assert seen_fields("9c1185a5 2 -") == ({"content_hash": "9c1185a5", "revision": 2}, None)


@pytest.mark.parametrize(("last_seen", "days_later", "gone"), [
    ("2025-11-11T09:00:00+00:00", 30, False),
    ("2025-11-11T09:00:00+00:00", 38, True),  # HORIZON and a week's margin
    (None, 400, False),
])
def test_an_alert_state_goes_a_week_after_its_story_could_have_continued(last_seen, days_later, gone):
    from agents.alert import alert_state_expired

    state = {"alert_id": "al_1", "cluster_id": "k#1", "updated_at": "2026-01-01T00:00:00Z", "last_seen": last_seen}
    if last_seen is None:
        del state["updated_at"]
    assert alert_state_expired(state, DAY + timedelta(days=days_later)) is gone


def test_after_a_restart_a_partition_time_starts_from_its_recovered_clusters(monkeypatch):
    from agents import detect

    keys = [f"sanctions.imposed:{i:016x}" for i in range(40)]
    table = {key: {"last_seen": (DAY + timedelta(days=i)).isoformat(), "generation": 1} for i, key in enumerate(keys)}
    monkeypatch.setattr(detect, "clusters", table)
    monkeypatch.setattr(detect, "CLUSTER_TIMES", Watermarks())
    monkeypatch.setattr(detect, "_SEEDED", set())
    partition = detect.partition_for(keys[-1], detect.CANDIDATE_PARTITIONS)
    mine = [i for i, key in enumerate(keys) if detect.partition_for(key, detect.CANDIDATE_PARTITIONS) == partition]
    detect._seed_watermark(partition)
    assert detect.CLUSTER_TIMES.get(partition) == DAY + timedelta(days=max(mine))
    assert partition in detect._SEEDED


def test_the_partition_of_a_key_is_the_one_kafka_gives_it():
    from aiokafka.partitioner import DefaultPartitioner

    from agents.processing import partition_for

    for key in ("sanctions.lifted:5a25ff88a9dd5915", "a_3f2c9b1e7d4a8c60", "k#20403"):
        partitions = list(range(6))
        assert partition_for(key, 6) == DefaultPartitioner()(key.encode(), partitions, partitions)


def test_an_alert_state_keeps_its_source_ids_packed_and_older_states_still_load():
    from agents.alert import pack_alert_state, unpack_alert_state
    from rasd.alerts import AlertState

    state = {"alert_id": "al_1", "subscription_id": "s1", "cluster_id": "k#1", "revision": 2,
             "cluster_revision": 3, "status": "occurred", "source_ids": ["a1", "a2", "a3"],
             "created_at": "2025-11-11T09:00:00Z", "updated_at": "2025-11-11T10:00:00Z", "evidence": []}
    packed = pack_alert_state(state)
    assert packed["source_lines"] == "a1\na2\na3" and "source_ids" not in packed
    assert AlertState.from_dict(unpack_alert_state(packed)) == AlertState.from_dict(state)
    assert unpack_alert_state(state) == state  # stored by an older version
    assert unpack_alert_state(pack_alert_state(dict(state, source_ids=[])))["source_ids"] == []
