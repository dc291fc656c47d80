"""The worker's event loop follows RASD_EVENT_LOOP."""

from __future__ import annotations

import asyncio

import pytest

from agents.event_loop import use_event_loop


@pytest.fixture
def restore_policy():
    before = asyncio.get_event_loop_policy()
    yield
    asyncio.set_event_loop_policy(before)


def _new_loop_type() -> str:
    loop = asyncio.new_event_loop()
    try:
        return type(loop).__module__
    finally:
        loop.close()


def test_uvloop_is_the_loop_new_loops_get(restore_policy):
    pytest.importorskip("uvloop", reason="uvloop is not installed on this platform")
    assert use_event_loop("uvloop") == "uvloop"
    assert _new_loop_type().startswith("uvloop")


def test_asyncio_brings_the_standard_loop_back(restore_policy):
    use_event_loop("uvloop")
    assert use_event_loop("asyncio") == "asyncio"
    assert _new_loop_type().startswith("asyncio")


def test_without_uvloop_the_worker_falls_back_with_a_warning(restore_policy, monkeypatch, caplog):
    import sys

    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop now raises ImportError
    assert use_event_loop("uvloop") == "asyncio"
    assert "uvloop is not installed" in caplog.text
    assert _new_loop_type().startswith("asyncio")
