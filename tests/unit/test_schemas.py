"""Message schemas: valid examples pass, and a bad message is refused with the field named."""

import copy

import pytest

import schemas
from rasd.errors import MessageError, SchemaError
from rasd.messages import deadletter_record, decode_message, encode_message


@pytest.mark.parametrize("name", schemas.SCHEMA_NAMES)
def test_example_is_valid_and_carries_schema_version(name):
    doc = schemas.example(name)
    assert schemas.validate(name, doc) is doc
    assert doc["schema_version"] == 1
    assert schemas.load_schema(name)["$schema"].endswith("2020-12/schema")


def test_invalid_article_names_the_field():
    article = copy.deepcopy(schemas.example("article"))
    article["lang"] = "klingon"
    with pytest.raises(SchemaError) as info:
        schemas.validate("article", article)
    assert info.value.path == "lang"
    assert "lang" in str(info.value)


def test_missing_required_field_is_reported():
    article = schemas.example("article")
    del article["url"]
    with pytest.raises(SchemaError, match="url"):
        schemas.validate("article", article)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (None, "empty"),
        (b"<html>", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"id": 1}', "invalid"),
        (b"\xff\xfe\x00", "not JSON"),
    ],
)
def test_decode_refuses_bad_messages_with_a_reason(raw, reason):
    with pytest.raises(MessageError, match=reason):
        decode_message(raw, "article")


def test_decode_refuses_oversized_message_before_parsing():
    with pytest.raises(MessageError, match="exceeds"):
        decode_message(b"x" * (9 * 1024 * 1024), "article")


def test_decode_round_trip():
    article = schemas.example("article")
    assert decode_message(encode_message(article), "article") == article


def test_deadletter_record_validates_for_text_and_binary_values():
    for value in (b"<html>not json", b"\xff\xfe\x00\x01"):
        record = deadletter_record(stage="tag", topic="rasd.articles", partition=3, offset=17,
                                   key=b"a_1", value=value, error=MessageError("not JSON"))
        schemas.validate("deadletter", record)
        assert record["value_size"] == len(value)
        assert (record["value_text"] is None) == (record["value_base64"] is not None)


def test_mention_counts_of_a_batch_merge_per_entity():
    from rasd.pipeline import merge_mention_counts

    base = schemas.example("mention_count")
    records = [
        dict(base, article_id="a1", count=3, at="2025-11-11T09:30:00Z"),
        dict(base, article_id="a2", count=1, at="2025-11-11T09:31:00Z"),
        dict(base, entity_id="Q30", name="United States", article_id="a2", count=2),
    ]
    merged = {r["entity_id"]: r for r in merge_mention_counts(records)}
    assert merged["Q858"]["count"] == 4 and merged["Q858"]["articles"] == 2
    assert merged["Q858"]["at"] == "2025-11-11T09:31:00Z"
    assert merged["Q30"]["articles"] == 1
    for record in merged.values():
        schemas.validate("mention_count", record)
