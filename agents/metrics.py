"""Prometheus metrics of a worker, served at /metrics by the worker's web server."""

from __future__ import annotations

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
ALERTS = Counter("rasd_alerts_total", "Alerts emitted, by kind (new/update/surge).", ["kind"], registry=REGISTRY)
