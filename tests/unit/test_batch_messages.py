"""Internal topics carry batches: an article's event candidates as one message per partition,
a flush's mention counts as one message per partition. Each batch must land on the partition
every one of its records would have gone to alone (the reading agent owns their table state),
and a single record from an older producer is still read, as a batch of one."""

from __future__ import annotations

import pytest
from aiokafka.partitioner import murmur2

import schemas
from agents.processing import partition_for
from rasd.errors import MessageError
from rasd.messages import decode_message, encode_message
from rasd.pipeline import batches_by_partition, merge_mention_counts

PARTITIONS = 6


def kafka_partition(key: str) -> int:
    """Where Kafka's default partitioner (the producer's) puts a message with this key."""
    return (murmur2(key.encode()) & 0x7FFFFFFF) % PARTITIONS


def _mentions(n: int) -> list[dict]:
    base = schemas.example("mention_count")
    return [dict(base, entity_id=f"Q{1000 + i}", name=f"Entity {i}", article_id=f"a{i}") for i in range(n)]


def test_a_flush_of_many_entities_is_one_message_per_partition_each_on_its_entities_partition() -> None:
    records = merge_mention_counts(_mentions(200))
    batches = batches_by_partition(records, key="entity_id", field="mentions",
                                   partition_of=lambda k: partition_for(k, PARTITIONS))
    assert len(batches) == PARTITIONS  # 200 entities, 6 messages
    seen = []
    for key, batch in batches:
        schemas.validate("mention_batch", batch)
        assert {kafka_partition(m["entity_id"]) for m in batch["mentions"]} == {kafka_partition(key)}
        seen += [m["entity_id"] for m in batch["mentions"]]
    assert sorted(seen) == sorted(r["entity_id"] for r in records)  # none lost, none twice


def test_an_articles_candidates_share_a_message_only_when_their_clusters_share_a_partition() -> None:
    base = schemas.example("event_candidate")
    candidates = [dict(base, cluster_id=f"c_sanctions.imposed_{i:08x}") for i in range(12)]
    batches = batches_by_partition(candidates, key="cluster_id", field="candidates",
                                   partition_of=lambda k: partition_for(k, PARTITIONS))
    assert len(batches) == len({kafka_partition(c["cluster_id"]) for c in candidates}) < len(candidates)
    for key, batch in batches:
        decoded = decode_message(encode_message(batch), "candidate_batch")
        assert {kafka_partition(c["cluster_id"]) for c in decoded["candidates"]} == {kafka_partition(key)}


@pytest.mark.parametrize(("schema", "single", "field"), [
    ("mention_batch", "mention_count", "mentions"),
    ("candidate_batch", "event_candidate", "candidates"),
])
def test_a_single_record_on_a_batch_topic_is_read_as_a_batch_of_one(schema: str, single: str, field: str) -> None:
    record = schemas.example(single)
    assert decode_message(encode_message(record), schema) == {"schema_version": 1, field: [record]}


def test_a_bad_record_in_a_batch_is_refused_with_its_place_named() -> None:
    good, bad = _mentions(2)
    bad["count"] = "three"
    with pytest.raises(MessageError, match=r"mention_batch message invalid at mentions/1/count"):
        decode_message(encode_message({"schema_version": 1, "mentions": [good, bad]}), "mention_batch")
    with pytest.raises(MessageError, match=r"mention_count message invalid at count"):
        decode_message(encode_message(bad), "mention_batch")  # a single one, as a single one
    with pytest.raises(MessageError, match=r"should be non-empty"):
        decode_message(encode_message({"schema_version": 1, "mentions": []}), "mention_batch")


def test_a_batch_schema_refers_only_to_rasds_own_schemas() -> None:
    """The items' schema is found by its $id among the bundled files, never fetched."""
    with pytest.raises(MessageError, match="not one of Rasd's schemas"):
        schemas._schema_at("https://example.org/other.schema.json")
