"""The topic catalogue: one place that names every topic and its settings."""

from rasd.settings import Settings
from schemas import SCHEMA_NAMES
from topics import catalogue, load_catalogue


def test_every_topic_has_a_known_value_schema_and_a_policy():
    specs = load_catalogue()
    assert {"articles", "articles.tagged", "events", "alerts", "deadletter", "alerts.deadletter",
            "subscriptions", "feeds", "feed-state"} <= set(specs)
    for spec in specs.values():
        assert spec.value_schema in SCHEMA_NAMES, spec.key
        assert spec.cleanup_policy in {"delete", "compact"}
        assert spec.name == f"rasd.{spec.key}"


def test_state_topics_are_compacted_and_streams_have_retention():
    specs = load_catalogue()
    for key in ("subscriptions", "feeds", "feed-state"):
        assert specs[key].compacted
        assert "retention.ms" not in specs[key].configs()
    for key in ("articles", "events", "alerts"):
        assert not specs[key].compacted
        assert int(specs[key].configs()["retention.ms"]) >= 7 * 24 * 3600 * 1000


def test_production_replication_keeps_one_replica_spare():
    specs = load_catalogue()
    assert all(s.replication_factor == 3 and s.min_insync_replicas == 2 for s in specs.values())


def test_embedded_broker_caps_replication_to_one():
    specs = catalogue(Settings.load(env={}))
    assert all(s.replication_factor == 1 and s.min_insync_replicas == 1 for s in specs.values())


def test_prefix_and_overrides_apply_to_every_topic():
    settings = Settings.load(env={"RASD_TOPIC_PREFIX": "t1", "RASD_PARTITIONS": "2",
                                  "RASD_KAFKA_BOOTSTRAP": "k1:9092,k2:9092"})
    specs = catalogue(settings)
    assert {s.name for s in specs.values()} == {f"t1.{k}" for k in specs}
    assert all(s.partitions == 2 for s in specs.values())
    assert all(s.replication_factor == 3 for s in specs.values())
