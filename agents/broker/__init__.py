"""The embedded Apache Kafka broker (KRaft, combined broker+controller on loopback).

``EmbeddedBroker(home, port).start()`` fetches the pinned Kafka's jars once (Maven, into the
user cache dir) or uses KAFKA_HOME, formats storage on first use, runs ``kafka.Kafka``
detached, and returns when the broker answers a metadata request. ``rasd broker`` is the
command line over it; ``tests/conftest.py`` starts one per test session.
"""

from agents.broker.embedded import DEFAULT_VERSION, EmbeddedBroker
from agents.broker.status import BrokerStatus, NodeStatus, StartReport

__all__ = ["DEFAULT_VERSION", "BrokerStatus", "EmbeddedBroker", "NodeStatus", "StartReport"]
