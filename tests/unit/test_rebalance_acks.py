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
