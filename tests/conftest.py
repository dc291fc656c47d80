"""Session fixtures shared by the test tiers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.kafka_support import ExternalCluster, session_broker


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The session's Kafka cluster: tests use ``kafka_broker.bootstrap``. An EmbeddedBroker on
    a free port with a temporary home, or the cluster in RASD_TEST_BOOTSTRAP
    (an ExternalCluster). Mark tests that use it with ``@pytest.mark.broker``."""
    yield from session_broker(tmp_path_factory.mktemp("kafka-home"))


__all__ = ["ExternalCluster", "kafka_broker"]
