"""Faust's Kafka transport with the consumer's fetch wait under our control.

faust-streaming builds its aiokafka consumer with ``fetch_max_wait_ms=1500`` fixed in code.
aiokafka keeps one fetch request in flight per broker, and a partition whose records are
still being processed is left out of the next request; so when new records arrive on such a
partition (the next hop of our own pipeline, typically), they wait for the request already
parked at the broker to time out: up to 1.5 s per hop, five hops from an article to an alert.
A short wait costs an empty fetch every few milliseconds on an idle worker and bounds what a
hop can add to an article's latency.

The app also guards aiokafka's metadata refresh (agents/kafka_metadata_guard.py): without it,
a broker restart could leave the consumer waiting forever.

And the consumer counts an acknowledgement as "processed, may be committed" only for a message
of the current consumer generation while flow is on. Faust's stream *skips* a message that
reaches it during a rebalance (flow suspended, or fetched under an older generation) and acks
it all the same, so that lag does not grow; the consumer then records its offset as done, and a
later commit (whose window opens once the partitions come back, before the stream has caught
up again) moves the group past a message nobody processed. A worker killed in that window lost
the article for good (RELIABILITY.md, Finding 10). Left unrecorded, such a message is fetched
again from the committed offset after the rebalance and processed then: at worst a duplicate.

Faust's commit itself needed more guards (``commit_cap``): it let a commit pass one
unacknowledged message at the head of a partition, and any number on a partition not committed
yet, so a message still in flight, one dropped on its way to the stream by a rebalance, or one
released as above could be committed over. The consumer now keeps the offsets it fetched for
the streams until they are acknowledged, and a commit stops at the oldest one not processed; a
partition never committed, which aiokafka does not seek back after an assignment, is sent back
to the oldest of them.

What is released *after* the current generation's seek is sent back at once (RELIABILITY.md,
Finding 13): the seek that would fetch it again has already run, the partition's position is
past it, and no other seek comes until the next assignment, so the message would wait unprocessed
until then and hold every commit of its partition. Faust's own check on fetched messages (one
below the highest offset it delivered is an old copy, dropped) would drop such a message fetched
again; a released offset is let through it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any, cast

import faust
import faust.streams as faust_streams
from aiokafka import TopicPartition
from aiokafka.errors import IllegalStateError, KafkaError
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types.tuples import ack_lock
from mode import Service
from mode.utils.futures import notify

from agents import faust_producer, kafka_metadata_guard

# Faust's services name their logger after the module of their class: subclassed here, their
# records (the consumer's "Stream stopped processing" every few seconds while it waits, the
# flight recorder) would be taken for Rasd's own, which the log limiter never holds back
# (agents/logs.py). They log under Faust's names (children: a logger mode has marked as made
# for a module is replaced in every subclass).
_FAUST_DRIVER_LOG = logging.getLogger(f"{faust_aiokafka.__name__}.rasd")
_FAUST_APP_LOG = logging.getLogger("faust.app.rasd")
# Rasd's own account of what a rebalance did to each partition (a few lines per rebalance):
# what was held back at the seek, where each partition was sent back to and fetched from.
log = logging.getLogger(__name__)

# How often the consumer looks for a message passed over: held (fetched or released, never
# processed) while its topic's stream went on past it. Two looks in a row find it before it is
# fetched again.
PASSED_OVER_CHECK_SECONDS = 10.0
# Looks (of the same watch) in a row that an assigned partition may have messages after its
# position, not be paused, and move nowhere while the stream keeps asking for records, before it
# is taken for a partition the fetcher forgot and sought to its position (fetched again).
STALLED_LOOKS = 3
STALL_QUERY_TIMEOUT = 5.0  # seconds for the end offsets and positions of one look


# Producer batching of Rasd's app, shared with the benchmark's pass-through ceiling
# (bench/passthrough_app.py) so that the two cannot drift apart. One tagged article is ~10-13 KB:
# with Faust's defaults (16 KB batches, no linger) nearly every one filled a batch on its own,
# and the next send to that partition waited for the broker's acks=all round trip.
PRODUCER_BATCHING: dict[str, Any] = {"producer_max_batch_size": 1_048_576, "producer_linger": 0.005}


def producer_options(compression: str) -> dict[str, Any]:
    """Faust producer settings: Rasd's batching and the codec ``RASD_PRODUCER_COMPRESSION`` names.

    Rasd's records are JSON, which zstd shrinks five- to tenfold (tagged articles ~5x, alerts
    ~10x), which matters when the broker is across a network or its disk is the limit. It is
    off by default: with the embedded broker on the worker's host (loopback, shared cores),
    soak runs at 120 articles/s went slower with zstd than without (see BENCHMARKS.md).
    """
    return dict(PRODUCER_BATCHING, producer_compression_type=None if compression == "none" else compression)


def _with_fetch_wait(fetch_max_wait_ms: int) -> type[faust_aiokafka.Transport]:
    class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
        logger = _FAUST_DRIVER_LOG

        def _create_worker_consumer(self, transport: Any) -> Any:
            consumer = super()._create_worker_consumer(transport)
            # aiokafka reads this attribute when it starts the fetcher (after this returns).
            consumer._fetch_max_wait_ms = fetch_max_wait_ms
            return consumer

    class Consumer(faust_aiokafka.Consumer):
        logger = _FAUST_DRIVER_LOG

        def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # Per partition, offsets fetched for a stream and not acknowledged yet (whether
            # queued, being processed, or dropped on the way by a rebalance), and offsets
            # released without being processed; both until fetched again and processed.
            self._pending: dict[Any, set[int]] = {}
            self._released: dict[Any, set[int]] = {}
            # The generation whose assignment seek has run, and per partition the lowest
            # offset a release has sent it back to since then.
            self._sought_generation: int | None = None
            self._sent_back: dict[Any, int] = {}
            self._first_fetch_logged: set[Any] = set()  # partitions whose first fetch since the seek was logged
            self._fetched_again: set[tuple[Any, int]] = set()  # by the watch, this generation
            # The order in which pending offsets were fetched, and per topic the latest fetch
            # acknowledged: a topic's stream takes its messages in the order they were fetched.
            self._fetch_order = 0
            self._fetch_seq: dict[Any, dict[int, int]] = {}
            self._acked_seq: dict[str, int] = {}
            self._asks = 0  # calls of ``getmany``: the stream asking for records

        async def getmany(self, timeout: float) -> Any:  # noqa: ASYNC109 - Faust's signature
            self._asks += 1
            async for tp, message in super().getmany(timeout):
                self._let_released_through(tp, message.offset)
                self._fetched(tp, message.offset)
                yield tp, message

        def _let_released_through(self, tp: Any, offset: int) -> None:
            # Faust drops a message below the highest offset it delivered (taken for an old
            # copy). A released offset fetched again is the copy that must be processed.
            read = self._read_offset.get(tp)
            if read is not None and offset < read and offset in self._released.get(tp, ()):
                self._read_offset[tp] = offset or None

        def _fetched(self, tp: Any, offset: int) -> None:
            # The test Faust applies right after this (a message before the read offset is
            # an old copy it drops); changelogs are Faust's own business.
            read = self._read_offset.get(tp)
            if not self.app.topics.acks_enabled_for(tp.topic):
                return
            if tp not in self._first_fetch_logged and self._sought_generation is not None:
                self._first_fetch_logged.add(tp)
                log.info(
                    "consumer: %s:%d first fetched offset %d since the seek of generation %s"
                    " (read offset %s, committed %s)",
                    tp.topic, tp.partition, offset, self._sought_generation, read,
                    self._committed_offset.get(tp),
                )
            if read is None or offset >= read:
                self._pending.setdefault(tp, set()).add(offset)
                self._fetch_order += 1
                self._fetch_seq.setdefault(tp, {})[offset] = self._fetch_order

        def ack(self, message: Any) -> bool:
            pending = self._pending.get(message.tp)
            if pending:
                pending.discard(message.offset)
            seq = self._fetch_seq.get(message.tp, {}).pop(message.offset, None)
            if seq is not None and seq > self._acked_seq.get(message.tp.topic, 0):
                self._acked_seq[message.tp.topic] = seq
            if counts_as_processed(self.app, message):
                released = self._released.get(message.tp)
                if released:
                    released.discard(message.offset)
                return bool(super().ack(message))
            # Released (nothing waits on it any more) but not recorded for the commit.
            with ack_lock:
                if message.acked:
                    return False
                message.acked = True
                self._unacked_messages.discard(message)
                committed = self._committed_offset.get(message.tp)
                done = message.offset in self._acked_index.get(message.tp, ())
                release = not done and (committed is None or message.offset >= committed)
                if release:
                    self._released.setdefault(message.tp, set()).add(message.offset)
                notify(self._waiting_for_ack)
            if release and self._sought_generation == self.app.consumer_generation_id:
                self._send_back(message.tp, message.offset)
            return False

        def passed_over(self) -> dict[Any, int]:
            """Per partition, the oldest offset held back and not being processed that the
            stream has gone past: fetched before a message of its topic that was processed
            since, or released while later offsets of its partition were processed. A topic's
            stream takes its messages in the order they were fetched, so such a message is not
            waiting its turn: it was dropped or skipped somewhere, and only a fetch brings it
            back."""
            in_flight = {(message.tp, message.offset) for message in list(self._unacked_messages)}
            heads: dict[Any, int] = {}
            for tp in {*self._pending, *self._released}:
                done_seq = self._acked_seq.get(tp.topic, 0)
                seqs = self._fetch_seq.get(tp, {})
                acked = self._acked.get(tp)
                latest = max(acked) if acked else -1
                passed = [
                    offset for offset in self._pending.get(tp, ())
                    if (tp, offset) not in in_flight and seqs.get(offset, done_seq) < done_seq
                ]
                passed += [
                    offset for offset in self._released.get(tp, ())
                    if (tp, offset) not in in_flight and offset < latest
                ]
                if passed:
                    heads[tp] = min(passed)
            return heads

        def fetch_again(self, tp: Any, offset: int) -> None:
            """Fetch ``tp`` again from ``offset``: its copy passes Faust's old-copy check."""
            if self._seek_back(tp, offset):
                self._released.setdefault(tp, set()).add(offset)

        def _seek_back(self, tp: Any, offset: int) -> bool:
            """Move ``tp``'s position back to ``offset``; False when it is no longer assigned."""
            try:
                if tp not in self.assignment():
                    return False
                self._thread.seek(TopicPartition(tp.topic, tp.partition), offset)
            except IllegalStateError as exc:  # revoked meanwhile: the next assignment's seek takes it
                self.log.warning("Could not send %r back to offset %d: %r", tp, offset, exc)
                return False
            self._sent_back[tp] = min(offset, self._sent_back.get(tp, offset))
            self._read_offset[tp] = offset or None
            return True

        def look_for_passed_over(self, seen: dict[Any, int]) -> dict[Any, int]:
            """One look of the watch: fetch again what the previous look (``seen``) found
            passed over too; returns what this look found for the first time."""
            heads = self.passed_over()
            for tp, offset in heads.items():
                # Once per offset and generation: a copy can also wait its turn behind a long
                # backlog, and fetching it again and again would only add to it.
                if seen.get(tp) == offset and (tp, offset) not in self._fetched_again:
                    self._fetched_again.add((tp, offset))
                    log.warning(
                        "consumer: %s:%d offset %d was passed over (later offsets were processed,"
                        " it was not); fetching the partition again from it",
                        tp.topic, tp.partition, offset,
                    )
                    self.fetch_again(tp, offset)
            return {tp: offset for tp, offset in heads.items() if seen.get(tp) != offset}

        @Service.task
        async def _watch_passed_over(self) -> None:
            # Finding 13 (RELIABILITY.md): after a takeover, a message of a partition could be
            # left unprocessed for good while the ones after it were processed; the partition's
            # commit then stayed behind it. Whatever the path, fetching it again repairs it.
            # And (faust-streaming issue 629) a partition taken over in a rebalance could be left
            # out of every fetch request: assigned, behind, and never fetched; a seek to its own
            # position puts it back in.
            seen: dict[Any, int] = {}
            looks: dict[Any, tuple[int, int]] = {}
            while not self.should_stop:
                asks = self._asks
                await self.sleep(PASSED_OVER_CHECK_SECONDS)
                if self.app.rebalancing or not self.app.flow_control.is_active():
                    seen, looks = {}, {}
                    continue
                seen = self.look_for_passed_over(seen)
                looks = await self._look_for_stalled(looks, asks)

        def look_for_stalled(
            self, looks: dict[Any, tuple[int, int]], positions: dict[Any, int | None], ends: dict[Any, int],
            asked: bool,
        ) -> dict[Any, tuple[int, int]]:
            """One look of the stall watch. ``looks``: per partition, its position at the last
            look and how many looks in a row it has not moved with messages after it; a partition
            that stays so for ``STALLED_LOOKS`` looks while the stream asked for records
            (``asked``) and flow control has not paused it is sought to its own position, which
            makes the fetcher fetch it again. Returns this look's record."""
            record: dict[Any, tuple[int, int]] = {}
            paused = set(getattr(self, "_paused_partitions", ()))
            for tp, position in positions.items():
                end = ends.get(tp)
                if position is None or end is None or end <= position or tp in paused or not asked:
                    continue
                before, count = looks.get(tp, (None, 0))
                count = count + 1 if before == position else 1
                if count >= STALLED_LOOKS:
                    count = 0
                    log.warning(
                        "consumer: %s:%d has %d messages after offset %d and none was fetched in %d"
                        " looks; seeking it there to fetch it again",
                        tp.topic, tp.partition, end - position, position, STALLED_LOOKS,
                    )
                    try:
                        self._thread.seek(TopicPartition(tp.topic, tp.partition), position)
                    except IllegalStateError as exc:  # revoked meanwhile
                        self.log.warning("Could not seek stalled %r: %r", tp, exc)
                record[tp] = (position, count)
            return record

        async def _look_for_stalled(self, looks: dict[Any, tuple[int, int]], asks: int) -> dict[Any, tuple[int, int]]:
            tps = [tp for tp in self.assignment() if self.app.topics.acks_enabled_for(tp.topic)]
            if not tps:
                return {}
            try:
                ends = dict(await asyncio.wait_for(self.highwaters(*tps), STALL_QUERY_TIMEOUT))
                positions = {tp: await asyncio.wait_for(self.position(tp), STALL_QUERY_TIMEOUT) for tp in tps}
            except (KafkaError, IllegalStateError, TimeoutError) as exc:
                log.info("consumer: stall watch skipped a look (%r)", exc)
                return looks
            return self.look_for_stalled(looks, positions, ends, asked=self._asks > asks)

        def _send_back(self, tp: Any, offset: int) -> None:
            # Released after this generation's seek: fetch it again now (duplicates of what
            # follows it are processed again, with the same ids), once per lower offset.
            if offset >= self._sent_back.get(tp, offset + 1) or not self._seek_back(tp, offset):
                return
            log.info("consumer: %s:%d sent back to offset %d (released after the seek)", tp.topic, tp.partition, offset)

        def _send_back_once(self, tp: Any, offset: int) -> bool:
            """``fetch_again`` unless this generation already sent ``tp`` back at or below
            ``offset``."""
            if offset >= self._sent_back.get(tp, offset + 1):
                return False
            self.fetch_again(tp, offset)
            return tp in self._sent_back

        def _new_offset(self, tp: Any) -> int | None:
            held = set(self._released.get(tp, ())) | self._pending.get(tp, set())
            cap = commit_cap(tp, self._unacked_messages, held, self._committed_offset.get(tp))
            if cap is None:
                return cast("int | None", super()._new_offset(tp))
            acked = self._acked[tp]
            later = [offset for offset in acked if offset >= cap]
            acked[:] = [offset for offset in acked if offset < cap]
            try:
                new = super()._new_offset(tp) if acked else None
            finally:
                acked.extend(later)
                acked.sort()
            return None if new is None else min(new, cap)

        async def perform_seek(self) -> None:
            # After an assignment every partition reads again from its committed offset, so
            # what was released or left unprocessed before it is fetched again; except that
            # aiokafka seeks only partitions committed above 0. A partition never committed
            # keeps its position, past those messages: it goes back to the oldest of them.
            held: dict[Any, set[int]] = {}
            for tp, offsets in (*self._released.items(), *self._pending.items()):
                held.setdefault(tp, set()).update(offsets)
            self._released, self._pending = {}, {}
            self._fetch_seq, self._acked_seq = {}, {}
            await super().perform_seek()
            assigned = self.assignment()
            for tp, offsets in held.items():
                committed = self._committed_offset.get(tp)
                if offsets and tp in assigned:
                    log.info(
                        "consumer: %s:%d held %d unprocessed offsets (%d-%d) at the seek, committed %s",
                        tp.topic, tp.partition, len(offsets), min(offsets), max(offsets), committed,
                    )
                if offsets and tp in assigned and committed is None:
                    await self.seek(TopicPartition(tp.topic, tp.partition), min(offsets))
            self._sought_generation = self.app.consumer_generation_id
            self._sent_back = {}
            self._first_fetch_logged = set()
            self._fetched_again = set()
            # Released while the seek above was awaited: Faust resumes the flow before it seeks
            # when no table needs recovery, so streams were fetching and skipping meanwhile,
            # and the seek ran without knowing those offsets. They go back now.
            for tp, offsets in list(self._released.items()):
                if offsets:
                    self._send_back(tp, min(offsets))
            # Fetched while the seek was awaited and not being processed now: Faust resets its
            # read offsets in that seek, and a stream may drop what was fetched under them; the
            # partition's position is past them, so nothing would fetch them again (a worker
            # taking over a killed one's partitions lost articles so). Fetched again now: at
            # worst a duplicate, with the same id.
            in_flight = {(message.tp, message.offset) for message in list(self._unacked_messages)}
            for tp, offsets in list(self._pending.items()):
                waiting = [offset for offset in offsets if (tp, offset) not in in_flight]
                if waiting and tp in assigned and self._send_back_once(tp, min(waiting)):
                    log.info(
                        "consumer: %s:%d fetched %d offsets (%d-%d) while the seek was awaited;"
                        " fetching them again", tp.topic, tp.partition, len(waiting), min(waiting), max(waiting),
                    )

    class Transport(faust_aiokafka.Transport):
        pass

    Transport.Consumer = Consumer
    Transport.Producer = faust_producer.Producer
    return Transport


def commit_cap(
    tp: Any, in_flight: Iterable[Any], held: Iterable[int] | None, committed: int | None
) -> int | None:
    """The offset a commit of ``tp`` must not pass: its oldest message still being processed
    (``in_flight``: delivered to a stream, not acknowledged) or ``held`` (fetched and not yet
    acknowledged, or released unprocessed), not counting what is behind the committed offset.
    None when nothing holds it back.

    Faust's own check lets a commit pass one missing offset at the head of the acknowledged
    ones (taken for a compacted gap) and checks nothing for a partition not committed yet, so
    a message still in flight there, or skipped in a rebalance, could be committed over and
    lost to a crash (faust-streaming issue 606)."""
    offsets = [message.offset for message in in_flight if message.tp == tp]
    offsets.extend(held or ())
    return min((o for o in offsets if committed is None or o >= committed), default=None)


def counts_as_processed(app: Any, message: Any) -> bool:
    """Whether an acknowledged ``message`` may move its partition's committed offset: always
    for topics Faust does not commit (changelogs), else only while flow is on and for a
    message fetched under the consumer's current generation."""
    if not app.topics.acks_enabled_for(message.topic):
        return True
    generation = getattr(message, "generation_id", None)
    current = generation is None or generation == app.consumer_generation_id
    return current and app.flow_control.is_active()


class App(faust.App):
    """A Faust app whose consumer waits at most ``fetch_max_wait_ms`` for a fetch to fill."""

    logger = _FAUST_APP_LOG

    def __init__(self, *args: Any, fetch_max_wait_ms: int = 10, **kwargs: Any) -> None:
        if fetch_max_wait_ms < 1:
            raise ValueError(f"fetch_max_wait_ms must be at least 1 (got {fetch_max_wait_ms})")
        self._transport_class = _with_fetch_wait(fetch_max_wait_ms)
        # Faust's compiled stream iterator acknowledges a message inline, past Consumer.ack,
        # so the consumer above would never hear of it: neither the guard on skipped
        # messages nor the bookkeeping of fetched ones. The pure-Python iterator, Faust's
        # reference (what NO_CYTHON=1 selects), calls Consumer.ack. Set here rather than
        # through the environment, which is read once when faust.streams is first imported.
        faust_streams._CStreamIterator = None
        kafka_metadata_guard.install()
        super().__init__(*args, **kwargs)

    def _new_transport(self) -> Any:
        return self._transport_class(self.conf.broker_consumer, self)
