"""Prometheus metrics of a worker, served at /metrics by the worker's web server."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGES_IN = Counter(
    "rasd_messages_in_total", "Messages an agent consumed.", ["stage"], registry=REGISTRY
)
MESSAGES_OUT = Counter(
    "rasd_messages_out_total", "Messages an agent produced.", ["stage", "topic"], registry=REGISTRY
)
DEADLETTERS = Counter(
    "rasd_deadletter_total", "Messages sent to the dead-letter topic.", ["stage", "error_type"],
    registry=REGISTRY,
)
PROCESSING_SECONDS = Histogram(
    "rasd_processing_seconds", "Time to process one message, per agent.", ["stage"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
    registry=REGISTRY,
)
FEED_POLLS = Counter(
    "rasd_feed_polls_total", "Feed polls by resulting health.", ["health"], registry=REGISTRY
)
ALERT_DELIVERIES = Counter(
    "rasd_alert_deliveries_total", "Alert deliveries by channel and outcome.", ["channel", "outcome"],
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "rasd_consumer_lag_messages", "Messages not yet consumed, per topic (assigned partitions).",
    ["topic"], registry=REGISTRY,
)
ALERTS = Counter(
    "rasd_alerts_total", "Alerts emitted, by kind (new, update, surge; repeat: a revision sent again).",
    ["kind"], registry=REGISTRY,
)

class ConsumerLag:
    """The worker's consumer lag over its source topics, measured periodically.

    Lag of a partition = highwater (end offset) - the consumer's position. Only the
    catalogue's topics count: a table's changelog partitions are written by this very
    worker and not read back after recovery, so their "lag" would grow for ever.
    ``measured`` stays False until the first measurement after an assignment, so a
    worker is never reported caught up on a guess.
    """

    def __init__(self) -> None:
        self.per_topic: dict[str, int] = {}
        self.measured = False

    @property
    def total(self) -> int:
        return sum(self.per_topic.values())

    def reset(self) -> None:
        """Forget the last figures (a rebalance changed what this worker reads)."""
        self.per_topic = {}
        self.measured = False

    async def measure(self, consumer: Any, topic_names: set[str]) -> dict[str, int]:
        """Measure the lag of ``consumer``'s (a Faust consumer) assigned partitions of
        ``topic_names`` and publish it on the ``rasd_consumer_lag_messages`` gauge."""
        partitions = [tp for tp in consumer.assignment() if tp.topic in topic_names]
        per_topic = dict.fromkeys(topic_names, 0)
        if partitions:
            highwaters = await consumer.highwaters(*partitions)
            for tp in partitions:
                end = highwaters.get(tp)
                if end is not None:
                    per_topic[tp.topic] += max(0, end - _next_to_process(consumer, tp))
        for topic, lag in per_topic.items():
            CONSUMER_LAG.labels(topic).set(lag)
        self.per_topic = per_topic
        self.measured = True
        return per_topic


def _next_to_process(consumer: Any, tp: Any) -> int:
    """The offset the worker's streams will take next. Read from Faust's own bookkeeping
    (the last offset handed to a stream, else the last commit) rather than by asking the
    Kafka client for its fetch position: that call waits on the client's fetcher while
    it is resetting positions after a rebalance, and the fetch position runs ahead of
    the work anyway."""
    read = getattr(consumer, "_read_offset", {}).get(tp)
    if read is not None:
        return int(read) + 1
    committed = getattr(consumer, "_committed_offset", {}).get(tp)
    return int(committed) if committed is not None else 0


LAG = ConsumerLag()
