"""Folding a batch of reports: one published revision per cluster, consecutive revisions."""

from __future__ import annotations

from typing import Any

from rasd.model import EntityRef, Event, Mention
from rasd.pipeline import event_candidates, fold_candidate, fold_candidates

CAESAR = EntityRef("Q2", "Caesar Syria Civilian Protection Act")
TREASURY = EntityRef("Q1", "United States Department of the Treasury")


def candidate(article_id: str, *, status: str = "occurred", published: str = "2025-11-11T09:00:00Z") -> dict[str, Any]:
    text = "Treasury extends the Caesar Act waiver"
    event = Event("sanctions.suspended", status, [TREASURY], [], Mention(0, len(text), text), "085", "RETREAT",
                  0.9, instrument=CAESAR)
    article = {"id": article_id, "url": f"https://example.test/{article_id}", "source": f"outlet-{article_id}",
               "lang": "en", "published": published, "title": "", "text": text}
    return event_candidates({"article": article, "entities": []}, [event])[0]


def state_generation(first: dict[str, Any]) -> int:
    state, _ = fold_candidate(None, first)
    return int(state["generation"])


def test_reports_of_one_cluster_in_a_batch_make_one_revision_with_every_source():
    state, records = fold_candidates(None, [candidate("a1"), candidate("a2"), candidate("a3")])
    assert len(records) == 1
    assert records[0]["revision"] == 1
    assert records[0]["source_count"] == 3
    assert {s["article_id"] for s in records[0]["sources"]} == {"a1", "a2", "a3"}
    assert state is not None and state["revision"] == 1

    # The next batch continues from there: one update, revision 2.
    state, records = fold_candidates(state, [candidate("a4"), candidate("a5")])
    assert [r["revision"] for r in records] == [2]
    assert records[0]["source_count"] == 5
    assert state["revision"] == 2


def test_a_redelivered_report_publishes_the_current_revision_again_and_keeps_the_state():
    # A report the cluster holds comes back only as a redelivery, after a crash that may have
    # kept the state and lost the revision: the revision goes out again, same id and number.
    state, first = fold_candidates(None, [candidate("a1"), candidate("a2")])
    again, records = fold_candidates(state, [candidate("a1"), candidate("a1")])
    assert [(r["cluster_id"], r["revision"], r["source_count"]) for r in records] == [
        (first[0]["cluster_id"], 1, 2)
    ]
    assert {s["article_id"] for s in records[0]["sources"]} == {"a1", "a2"}
    assert again == state


def test_a_replayed_report_the_cluster_holds_publishes_nothing():
    state, _ = fold_candidates(None, [candidate("a1")])
    replayed = candidate("a1")
    replayed["article"]["replay"] = True
    again, records = fold_candidates(state, [replayed])
    assert records == []
    assert again == state


def test_a_redelivered_report_beside_a_new_one_adds_only_the_new_revision():
    state, _ = fold_candidates(None, [candidate("a1")])
    _, records = fold_candidates(state, [candidate("a1"), candidate("a2")])
    assert [(r["revision"], r["source_count"]) for r in records] == [(2, 2)]


def test_a_status_change_in_the_batch_is_in_the_published_revision():
    _, records = fold_candidates(None, [candidate("a1", status="planned"), candidate("a2", status="occurred")])
    assert [(r["revision"], r["event"]["status"]) for r in records] == [(1, "occurred")]


def test_one_report_per_batch_gives_the_same_revisions_as_folding_one_by_one():
    state_one: dict[str, Any] | None = None
    state_batch: dict[str, Any] | None = None
    for article_id in ("a1", "a2", "a3"):
        state_one, record = fold_candidate(state_one, candidate(article_id))
        state_batch, records = fold_candidates(state_batch, [candidate(article_id)])
        assert record is not None and [r["revision"] for r in records] == [record["revision"]]
    assert state_one == state_batch


def test_a_report_long_after_publishes_the_old_story_and_starts_a_new_one():
    old = candidate("a1", published="2025-01-01T09:00:00Z")
    state, _ = fold_candidates(None, [old])
    batch = [candidate("a2", published="2025-01-02T09:00:00Z"), candidate("a3", published="2025-06-01T09:00:00Z")]
    state, records = fold_candidates(state, batch)
    first_id = records[0]["cluster_id"]
    assert [r["revision"] for r in records] == [2, 1]
    assert first_id.endswith("#" + str(state_generation(old))) and records[1]["cluster_id"] != first_id
    assert state is not None and state["cluster_id"] == records[1]["cluster_id"] and state["revision"] == 1
