"""Fixtures shared by the integration tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pipeline_support import Running, Stack


@pytest.fixture(scope="module")
def running(stack: Stack) -> Iterator[Running]:
    """The module's worker process (each module defines its own ``stack``), stopped at the end."""
    running = Running(stack)
    try:
        yield running
    finally:
        running.worker.stop()
