"""Keep aiokafka's background metadata refresh alive.

Every aiokafka client (the worker's consumer and producer, the admin and CLI clients) has one
background task that refreshes the cluster metadata; everything that needs fresh metadata
(finding the group coordinator, committing offsets, heartbeats, listing offsets) waits on a
future that only this task resolves. If the task dies of an unexpected exception (seen when
the broker goes away mid-request), nothing resolves that future again: the consumer stops
heartbeating, its commit never returns and the worker stops processing for good, while its
other timers go on and look healthy.

``install()`` wraps the task's routine: an unexpected exception is logged and the routine
starts again after a short pause, at once refreshing the metadata that someone is waiting
for. A cancellation requested of the task (the client closing, the worker stopping) still
ends it; a CancelledError that nobody requested of it (one escaping a timeout inside the
routine: the task's ``cancelling()`` count is 0) is a failure like any other.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

logger = logging.getLogger(__name__)

RESTART_PAUSE_SECONDS = 0.5
_MAX_PAUSE_SECONDS = 5.0
_INSTALLED_MARK = "_rasd_guarded"


def guarded(routine: Callable[[Any], Awaitable[None]]) -> Callable[[Any], Awaitable[None]]:
    """``routine`` (a client's metadata refresh loop) restarted whenever it fails."""

    async def refresh_forever(client: Any) -> None:
        failures = 0
        while True:
            try:
                await routine(client)
                return
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is None or task.cancelling():
                    raise
                failures += 1
                logger.error(
                    "Kafka metadata refresh was cancelled by no one (%d time(s) in this client);"
                    " restarting it", failures,
                )
            except Exception:  # noqa: BLE001 - any failure would leave the client blind
                failures += 1
                logger.exception(
                    "Kafka metadata refresh failed (%d time(s) in this client); restarting it",
                    failures,
                )
            await asyncio.sleep(min(RESTART_PAUSE_SECONDS * failures, _MAX_PAUSE_SECONDS))
            _wake_if_awaited(client)

    setattr(refresh_forever, _INSTALLED_MARK, True)
    refresh_forever.__wrapped__ = routine  # type: ignore[attr-defined]
    refresh_forever.__doc__ = routine.__doc__
    return refresh_forever


def _wake_if_awaited(client: Any) -> None:
    """The routine sleeps until asked (or for minutes): ask it now if someone waits."""
    waiting = getattr(client, "_md_update_fut", None)
    waiter = getattr(client, "_md_update_waiter", None)
    if waiting is not None and waiter is not None and not waiter.done():
        waiter.set_result(None)


def install() -> bool:
    """Guard every aiokafka client's metadata refresh; idempotent. False (with a warning) when
    this aiokafka has no such routine, so a library upgrade is noticed rather than ignored."""
    from aiokafka.client import AIOKafkaClient

    routine = getattr(AIOKafkaClient, "_md_synchronizer", None)
    if routine is None:
        logger.warning("aiokafka has no _md_synchronizer: its metadata refresh is not guarded")
        return False
    if not getattr(routine, _INSTALLED_MARK, False):
        AIOKafkaClient._md_synchronizer = guarded(routine)  # type: ignore[method-assign]
    return True
