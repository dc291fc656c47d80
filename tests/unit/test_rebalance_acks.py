"""An acknowledgement may move the committed offset only for a message that was processed.

During a rebalance Faust's stream skips the messages that reach it (flow suspended, or fetched
under the previous generation) and acks them anyway. Recorded as done, those offsets let the
next commit pass messages nobody processed: a worker killed before it fetched them again lost
them for good. The worker's consumer (agents/faust_transport.py) releases such messages
without recording them, so the group's committed offset stays before them and they are
fetched again after the rebalance.
"""

from __future__ import annotations

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import IllegalStateError
from faust.types.tuples import TP, ConsumerMessage

from agents.faust_transport import App

TOPIC = "rasd-test-in"
PARTITION = TP(TOPIC, 0)


@pytest.fixture
def app():
    app = App("rasd-test-rebalance-acks", broker="kafka://127.0.0.1:9")  # never connects here
    app.topics.acking_topics.add(TOPIC)
    app.flow_control.resume()  # as after an assignment, once recovery is done
    return app


def _message(offset: int, generation: int) -> ConsumerMessage:
    message = ConsumerMessage(
        TOPIC, 0, offset, 0.0, 0, [], b"key", b"value", None, 3, 5, PARTITION,
        generation_id=generation,
    )
    message.refcount = 1  # delivered to one stream
    return message


def _deliver(app, message: ConsumerMessage) -> ConsumerMessage:
    """Fetched, then handed to a stream (which tracks it)."""
    app.consumer._fetched(message.tp, message.offset)
    app.consumer.track_message(message)
    return message


def test_processed_messages_move_the_commit(app):
    consumer = app.consumer
    for offset in range(3):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) == 3


def test_a_message_skipped_while_flow_is_suspended_is_not_committed(app):
    consumer = app.consumer
    app.flow_control.suspend()  # a rebalance started: the stream skips what reaches it
    skipped = [_deliver(app, _message(offset, app.consumer_generation_id)) for offset in range(48, 61)]
    for message in skipped:
        message.ack(consumer)
    # Released: a rebalance waiting for in-flight messages does not wait on them...
    assert all(message.acked for message in skipped)
    assert not consumer._unacked_messages
    # ...but nothing lets the group's offset jump past them.
    assert consumer._new_offset(PARTITION) is None


def test_a_message_of_the_previous_generation_is_not_committed(app):
    consumer = app.consumer
    old = app.consumer_generation_id
    app.consumer_generation_id = old + 1  # partitions came back under a new generation
    stale = [_deliver(app, _message(offset, old)) for offset in range(48, 61)]
    for message in stale:
        message.ack(consumer)
    assert consumer._new_offset(PARTITION) is None
    # The same offsets fetched again and processed under the new generation do count.
    for offset in range(40, 61):
        _deliver(app, _message(offset, old + 1)).ack(consumer)
    assert consumer._new_offset(PARTITION) == 61


def test_changelog_messages_are_left_to_faust(app):
    consumer = app.consumer
    app.flow_control.suspend()  # table recovery runs with flow suspended
    changelog = ConsumerMessage(
        "rasd-test-changelog", 0, 7, 0.0, 0, [], b"k", b"v", None, 1, 1,
        TP("rasd-test-changelog", 0), generation_id=app.consumer_generation_id,
    )
    changelog.refcount = 1
    assert changelog.ack(consumer) is False and changelog.acked
    assert consumer._new_offset(TP("rasd-test-changelog", 0)) is None


# --- the commit never passes a message in flight or released unprocessed -------------------


def test_a_message_in_flight_at_the_head_is_not_committed_over(app):
    # faust-streaming issue 606: committed 2585, 2585 still being processed, 2586-2589 done.
    consumer = app.consumer
    consumer._committed_offset[PARTITION] = 2585
    slow = _deliver(app, _message(2585, app.consumer_generation_id))
    for offset in range(2586, 2590):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) is None
    slow.ack(consumer)
    assert consumer._new_offset(PARTITION) == 2590


def test_a_partition_never_committed_keeps_its_head_message_until_it_is_processed(app):
    # The first message of a new partition was skipped in a rebalance; the ones after it were
    # processed once flow came back. Faust checks no head gap without a committed offset.
    consumer = app.consumer
    app.flow_control.suspend()
    _deliver(app, _message(0, app.consumer_generation_id)).ack(consumer)
    app.flow_control.resume()
    for offset in range(1, 6):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) is None
    _deliver(app, _message(0, app.consumer_generation_id)).ack(consumer)  # fetched again, processed
    assert consumer._new_offset(PARTITION) == 6


def test_commits_below_an_in_flight_message_still_go_through(app):
    consumer = app.consumer
    for offset in range(10):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    _deliver(app, _message(10, app.consumer_generation_id))  # being processed
    assert consumer._new_offset(PARTITION) == 10


async def test_after_an_assignment_a_partition_never_committed_goes_back_to_what_it_released(app, monkeypatch):
    consumer = app.consumer
    committed_tp, fresh_tp, quiet_tp = TP(TOPIC, 1), PARTITION, TP(TOPIC, 2)
    sought: list[tuple[object, int]] = []

    class Thread:
        async def seek_to_committed(self):  # aiokafka seeks the committed partition itself
            return {committed_tp: 17, fresh_tp: None, quiet_tp: None}

        def seek(self, partition, offset):
            sought.append((partition, offset))

    monkeypatch.setattr(consumer, "_thread", Thread())
    monkeypatch.setattr(consumer, "assignment", lambda: {committed_tp, fresh_tp, quiet_tp})
    consumer._released[fresh_tp] = {3}
    consumer._fetched(fresh_tp, 0)  # fetched, never reached its stream
    consumer._released[committed_tp] = {20}
    await consumer.perform_seek()
    assert sought == [(fresh_tp, 0)] and isinstance(sought[0][0], TopicPartition)  # aiokafka's type
    assert consumer._read_offset[committed_tp] == 17
    assert not consumer._released and not consumer._pending  # what was held is fetched again


def test_a_message_dropped_on_its_way_to_the_stream_holds_the_commit(app):
    # Fetched, then abandoned when a rebalance suspended the flow before its stream got it:
    # never tracked, never acknowledged. The messages after it were processed.
    consumer = app.consumer
    consumer._fetched(PARTITION, 0)
    for offset in range(1, 4):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) is None


def test_what_is_behind_the_committed_offset_holds_nothing(app):
    # Another member processed and committed it meanwhile: it must not stop this one's commits.
    consumer = app.consumer
    consumer._committed_offset[PARTITION] = 7
    consumer._pending[PARTITION] = {3}
    consumer._released[PARTITION] = {5}
    for offset in (7, 8):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) == 9


def test_the_worker_streams_acknowledge_through_the_consumer(app):
    # Faust's compiled stream iterator records acknowledgements itself, past Consumer.ack:
    # the guards above would never run. The worker's app selects the pure-Python iterator.
    import faust.streams

    assert faust.streams._CStreamIterator is None


# --- a release after the generation's seek is fetched again at once (Finding 13) --------------


class _Thread:
    """The consumer thread's seek, recorded (aiokafka's own needs a running consumer)."""

    def __init__(self) -> None:
        self.sought: list[tuple[object, int]] = []

    async def seek_to_committed(self):
        return {PARTITION: None}

    def seek(self, partition, offset):
        self.sought.append((partition, offset))


@pytest.fixture
def thread(app, monkeypatch):
    thread = _Thread()
    monkeypatch.setattr(app.consumer, "_thread", thread)
    monkeypatch.setattr(app.consumer, "assignment", lambda: {PARTITION})
    return thread


async def test_a_message_released_after_the_new_generations_seek_is_fetched_again(app, thread):
    # The trace of Finding 13: offset 0 of a partition never committed, fetched under the old
    # generation, skipped and released only after the new generation's seek had run. Nothing
    # else would fetch it again before the next assignment.
    consumer = app.consumer
    old = app.consumer_generation_id
    first = _deliver(app, _message(0, old))
    consumer._pending.clear()  # the new generation's seek ran before the stream skipped it
    app.consumer_generation_id = old + 1
    await consumer.perform_seek()
    consumer._read_offset[PARTITION] = 4  # the fetcher delivered up to 4 meanwhile
    first.ack(consumer)
    assert thread.sought == [(PARTITION, 0)]
    assert consumer._read_offset[PARTITION] is None  # Faust will not take it for an old copy
    # Fetched again and processed under the new generation: the commit moves on.
    again = _deliver(app, _message(0, old + 1))
    again.ack(consumer)
    for offset in range(1, 5):
        _deliver(app, _message(offset, old + 1)).ack(consumer)
    assert consumer._new_offset(PARTITION) == 5


async def test_releases_after_the_seek_send_the_partition_back_once_per_lower_offset(app, thread):
    consumer = app.consumer
    old = app.consumer_generation_id
    stale = [_deliver(app, _message(offset, old)) for offset in range(10, 15)]
    consumer._pending.clear()
    app.consumer_generation_id = old + 1
    await consumer.perform_seek()
    for message in stale:
        message.ack(consumer)
    assert thread.sought == [(PARTITION, 10)]  # not five seeks for one batch


async def test_a_release_before_the_generations_seek_waits_for_that_seek(app, thread):
    consumer = app.consumer
    old = app.consumer_generation_id
    await consumer.perform_seek()  # the old generation's seek
    app.consumer_generation_id = old + 1  # assigned again; its seek has not run yet
    _deliver(app, _message(7, old)).ack(consumer)
    assert thread.sought == []
    await consumer.perform_seek()  # sends the never-committed partition back to it
    assert thread.sought == [(PARTITION, 7)]


async def test_a_released_offset_fetched_again_passes_fausts_old_copy_check(app):
    consumer = app.consumer
    consumer._released[PARTITION] = {3}
    consumer._read_offset[PARTITION] = 9  # Faust would drop anything below 9 as an old copy
    consumer._let_released_through(PARTITION, 3)
    assert consumer._read_offset[PARTITION] == 3
    consumer._let_released_through(PARTITION, 5)  # not released: Faust's check stands
    assert consumer._read_offset[PARTITION] == 3


async def test_a_message_released_while_the_seek_is_awaited_is_sent_back_after_it(app, thread, monkeypatch):
    # The seek is awaited while the fetcher and the streams go on: a message fetched and
    # skipped meanwhile (flow still off) is unknown to that seek, and nothing else would fetch
    # it again before the next assignment (the commit would stay behind it for good).
    consumer = app.consumer
    app.consumer_generation_id += 1
    app.flow_control.suspend()

    async def seek_to_committed():
        _deliver(app, _message(5, app.consumer_generation_id)).ack(consumer)  # skipped meanwhile
        return {PARTITION: None}

    monkeypatch.setattr(thread, "seek_to_committed", seek_to_committed)
    await consumer.perform_seek()
    assert thread.sought == [(PARTITION, 5)]
    app.flow_control.resume()
    _deliver(app, _message(5, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) == 6


# --- a message passed over is fetched again (Finding 13's repair) --------------------------


def test_a_message_passed_over_by_later_ones_is_found(app):
    consumer = app.consumer
    generation = app.consumer_generation_id
    consumer._fetched(PARTITION, 3)  # fetched, then dropped somewhere: never reaches a stream
    for offset in range(4, 8):
        _deliver(app, _message(offset, generation)).ack(consumer)
    assert consumer.passed_over() == {PARTITION: 3}
    assert consumer._new_offset(PARTITION) is None  # the commit stays behind it meanwhile


def test_a_message_waiting_its_turn_or_in_flight_is_not_passed_over(app):
    consumer = app.consumer
    generation = app.consumer_generation_id
    for offset in range(3):
        _deliver(app, _message(offset, generation)).ack(consumer)
    consumer._fetched(PARTITION, 3)  # queued for the stream, nothing after it processed yet
    assert consumer.passed_over() == {}
    in_flight = _deliver(app, _message(3, generation))  # being processed (a slow batch)
    _deliver(app, _message(4, generation)).ack(consumer)
    assert consumer.passed_over() == {}
    in_flight.ack(consumer)
    assert consumer._new_offset(PARTITION) == 5


def _pass_over_offset_3(app):
    """Offset 3 fetched and dropped on its way; 4-7 processed past it."""
    consumer = app.consumer
    consumer._fetched(PARTITION, 3)
    for offset in range(4, 8):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    return consumer


def test_a_message_passed_over_is_fetched_again_and_then_committed(app, thread):
    consumer = _pass_over_offset_3(app)
    consumer._read_offset[PARTITION] = 7
    consumer.fetch_again(PARTITION, 3)
    assert thread.sought == [(PARTITION, 3)]
    consumer._let_released_through(PARTITION, 3)  # the copy is no old copy to Faust
    assert consumer._read_offset[PARTITION] == 3
    _deliver(app, _message(3, app.consumer_generation_id)).ack(consumer)
    assert consumer.passed_over() == {}
    assert consumer._new_offset(PARTITION) == 8


def test_the_watch_fetches_a_message_passed_over_again_after_two_looks_and_once(app, thread):
    consumer = _pass_over_offset_3(app)
    seen = consumer.look_for_passed_over({})
    assert thread.sought == []  # a first look only notes it
    seen = consumer.look_for_passed_over(seen)
    assert thread.sought == [(PARTITION, 3)]
    for _ in range(3):  # its copy waits behind a backlog: not fetched again and again
        seen = consumer.look_for_passed_over(seen)
    assert thread.sought == [(PARTITION, 3)]


def test_the_last_message_of_a_partition_passed_over_is_found_by_the_topics_later_ones(app):
    # Nothing follows it on its own partition; a message of the same topic fetched after it
    # and processed shows that the stream went past it.
    consumer = app.consumer
    generation = app.consumer_generation_id
    consumer._fetched(PARTITION, 8)  # the last of its partition, dropped on its way
    other_tp = TP(TOPIC, 1)
    other = ConsumerMessage(
        TOPIC, 1, 0, 0.0, 0, [], b"key", b"value", None, 3, 5, other_tp, generation_id=generation,
    )
    other.refcount = 1
    consumer._fetched(other_tp, 0)
    consumer.track_message(other)
    assert consumer.passed_over() == {}  # not yet: the later one is still being processed
    other.ack(consumer)
    assert consumer.passed_over() == {PARTITION: 8}


def test_the_watch_survives_a_partition_revoked_under_it(app, thread, monkeypatch):
    # The watch runs as a task of the consumer: a seek refused for a partition taken away
    # meanwhile must cost that look, not the task.
    consumer = _pass_over_offset_3(app)

    def revoked(partition, offset):
        raise IllegalStateError("No current assignment for partition")

    monkeypatch.setattr(thread, "seek", revoked)
    seen = consumer.look_for_passed_over(consumer.look_for_passed_over({}))
    assert 3 not in consumer._released.get(PARTITION, ())  # not released: fetched again later
    assert seen == {}


# --- a partition the fetcher forgot (faust-streaming issue 629) -------------------------------


def _looks(consumer, times: int, positions, ends, asked: bool = True):
    looks: dict = {}
    for _ in range(times):
        looks = consumer.look_for_stalled(looks, positions, ends, asked=asked)
    return looks


def test_an_assigned_partition_behind_and_never_fetched_is_sought_to_its_position(app, thread):
    # Taken over in a rebalance, 12 messages after its committed offset, and left out of every
    # fetch: the worker would sit idle beside them for good.
    consumer = app.consumer
    _looks(consumer, 2, {PARTITION: 40}, {PARTITION: 52})
    assert thread.sought == []  # two looks: it may only be slow
    _looks(consumer, 3, {PARTITION: 40}, {PARTITION: 52})
    assert thread.sought == [(PARTITION, 40)]  # the third look in a row puts it back


def test_a_partition_that_moves_caught_up_or_paused_is_left_alone(app, thread):
    consumer = app.consumer
    looks: dict = {}
    for position in (40, 41, 42, 43, 44):  # fetched, a little at a time
        looks = consumer.look_for_stalled(looks, {PARTITION: position}, {PARTITION: 60}, asked=True)
    _looks(consumer, 5, {PARTITION: 60}, {PARTITION: 60})  # caught up: nothing to fetch
    _looks(consumer, 5, {PARTITION: 40}, {PARTITION: 60}, asked=False)  # the stream asked for nothing: a backlog
    consumer._paused_partitions = {PARTITION}  # flow control holds it back on purpose
    _looks(consumer, 5, {PARTITION: 40}, {PARTITION: 60})
    assert thread.sought == []


def test_the_stall_watch_survives_a_partition_revoked_under_it(app, thread, monkeypatch):
    def revoked(partition, offset):
        raise IllegalStateError("No current assignment for partition")

    monkeypatch.setattr(thread, "seek", revoked)
    looks = _looks(app.consumer, 3, {PARTITION: 40}, {PARTITION: 52})
    assert looks == {PARTITION: (40, 0)}  # the look is spent, the watch goes on


async def test_the_stall_watch_asks_the_broker_for_end_offsets_and_positions(app, thread, monkeypatch):
    consumer = app.consumer

    async def highwaters(*tps):
        return {tp: 52 for tp in tps}

    async def position(tp):
        return 40

    monkeypatch.setattr(consumer, "highwaters", highwaters)
    monkeypatch.setattr(consumer, "position", position)
    looks: dict = {}
    for _ in range(3):
        asks = consumer._asks
        consumer._asks += 1  # the stream asked for records meanwhile
        looks = await consumer._look_for_stalled(looks, asks)
    assert thread.sought == [(PARTITION, 40)]


async def test_a_message_fetched_while_the_seek_is_awaited_and_dropped_is_fetched_again(app, thread, monkeypatch):
    # A worker taking over a killed one's partitions: the flow resumed before the seek, the
    # fetcher read the partition to its end meanwhile, and the stream dropped those messages
    # (never delivered, never acknowledged). The position is past them and no watch would see
    # them (nothing after them is processed): they go back to the fetcher once the seek is done.
    consumer = app.consumer
    app.consumer_generation_id += 1

    async def seek_to_committed():
        for offset in (5, 6, 7):
            consumer._fetched(PARTITION, offset)  # fetched meanwhile, dropped on the way
        return {PARTITION: None}

    monkeypatch.setattr(thread, "seek_to_committed", seek_to_committed)
    await consumer.perform_seek()
    assert thread.sought == [(PARTITION, 5)]
    assert consumer._read_offset[PARTITION] == 5  # Faust will not take the copies for old ones
    for offset in (5, 6, 7):
        _deliver(app, _message(offset, app.consumer_generation_id)).ack(consumer)
    assert consumer._new_offset(PARTITION) == 8


async def test_a_message_being_processed_during_the_seek_is_not_fetched_again(app, thread, monkeypatch):
    consumer = app.consumer
    app.consumer_generation_id += 1

    held = []

    async def seek_to_committed():
        held.append(_deliver(app, _message(5, app.consumer_generation_id)))  # in its stream's hands
        return {PARTITION: None}

    monkeypatch.setattr(thread, "seek_to_committed", seek_to_committed)
    await consumer.perform_seek()
    assert thread.sought == [] and held
