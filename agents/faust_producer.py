"""Faust's producer with its buffer of table writes drained before a commit and at shutdown.

A Faust table write is not produced where it happens: ``table[key] = value`` puts the
changelog message in the producer's buffer, and a background task hands the buffer to
aiokafka. Faust drains that buffer in two places, and both could leave writes behind:

- before a commit, ``flush`` gave up as soon as one message took more than 0.1 s to be
  handed over (aiokafka waits when a partition's batch is full, or for metadata), so a commit
  could pass messages whose table writes were still queued;
- at shutdown, the aiokafka producer stopped before the buffer, and the buffer refused to
  flush once stopping: what was queued was dropped. A worker stopped right after deduplicating
  a few articles lost their ``article-seen`` entries, and the restarted worker published them
  again as new stories (RELIABILITY.md, Finding 15).

Here ``flush`` waits until the buffer is empty and its last message handed over (bounded, so a
dead buffer cannot hang a commit), and the producer hands over whatever is still queued before
aiokafka stops (aiokafka's own stop then sends everything it holds).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.transport.producer import ProducerBuffer

log = logging.getLogger(__name__)
# Faust's own records of these services ("Starting...", "Stopping...") stay under Faust's names,
# where the log limiter treats them as third-party (see agents/faust_transport.py).
_FAUST_PRODUCER_LOG = logging.getLogger(f"{faust_aiokafka.__name__}.rasd")

# How long a flush waits for the buffer to empty before it lets a commit go ahead anyway (the
# commit then covers writes not produced yet: a crash before they are repeats work, as Faust did).
FLUSH_LIMIT_SECONDS = 30.0
_WAIT_STEP_SECONDS = 0.1


class DrainingBuffer(ProducerBuffer):
    """Faust's producer buffer whose ``flush`` returns once everything queued was handed over."""

    logger = _FAUST_PRODUCER_LOG

    def __post_init__(self) -> None:
        super().__post_init__()
        self.sending = 0  # messages taken from the queue and not yet handed to aiokafka
        self.handed_over = asyncio.Event()

    @property
    def busy(self) -> bool:
        return bool(self.size or self.sending)

    async def _send_pending(self, fut: Any) -> None:
        self.sending += 1
        try:
            await super()._send_pending(fut)
        finally:
            self.sending -= 1
            self.handed_over.set()

    async def flush(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + FLUSH_LIMIT_SECONDS
        while self.busy and self.state == "running":
            if loop.time() >= deadline:
                log.warning(
                    "producer buffer: %d table writes still queued after %.0f s; committing anyway",
                    self.size + self.sending, FLUSH_LIMIT_SECONDS,
                )
                return
            await self._wait_for_hand_over()

    async def _wait_for_hand_over(self) -> None:
        """Until the next message is handed over, or a short step passes."""
        self.handed_over.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.handed_over.wait(), _WAIT_STEP_SECONDS)

    async def drain(self) -> None:
        """Hand over everything still queued, in order, whatever the buffer's state."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + FLUSH_LIMIT_SECONDS
        drained = 0
        while self.busy and loop.time() < deadline:
            if self.sending:  # a message is being handed over: it goes first (order per key)
                await self._wait_for_hand_over()
                continue
            fut = self.pending.get_nowait()
            try:
                await self._send_pending(fut)
            except Exception as exc:  # noqa: BLE001 - one bad message must not drop the rest
                log.error("producer buffer: a table write could not be handed over at shutdown: %r", exc)
            drained += 1
        if drained:
            log.info("producer buffer: %d table writes handed over at shutdown", drained)

    async def on_stop(self) -> None:
        # Faust's own stop raises when anything is queued; the producer drained it already.
        if self.size:
            log.error("producer buffer: %d table writes queued after the producer stopped", self.size)


class Producer(faust_aiokafka.Producer):
    """The aiokafka producer of Faust, with a ``DrainingBuffer`` drained before it stops."""

    logger = _FAUST_PRODUCER_LOG

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.app.conf.producer_threaded:  # its queue lives in another thread: Faust's own
            return
        buffer = DrainingBuffer(loop=self.loop, beacon=self.beacon)
        buffer.app = self.app
        self.buffer = buffer

    async def on_stop(self) -> None:
        if isinstance(self.buffer, DrainingBuffer) and self._producer is not None:
            await self.buffer.drain()
        await super().on_stop()
