"""Session fixtures shared by the test tiers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rasd.build import STALE_HINT, stale_modules
from tests.kafka_support import ExternalCluster, session_broker


def pytest_sessionstart(session: pytest.Session) -> None:
    # A compiled module older than its source would be tested in its place.
    if stale := stale_modules():
        pytest.exit(STALE_HINT.format(names=", ".join(stale)), returncode=3)


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The session's Kafka cluster: tests use ``kafka_broker.bootstrap``. An EmbeddedBroker on
    a free port with a temporary home, or the cluster in RASD_TEST_BOOTSTRAP
    (an ExternalCluster). Mark tests that use it with ``@pytest.mark.broker``."""
    yield from session_broker(tmp_path_factory.mktemp("kafka-home"))


__all__ = ["ExternalCluster", "kafka_broker"]
