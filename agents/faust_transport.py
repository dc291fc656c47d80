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
"""

from __future__ import annotations

import logging
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types.tuples import ack_lock
from mode.utils.futures import notify

from agents import kafka_metadata_guard

# Faust's services name their logger after the module of their class: subclassed here, their
# records (the consumer's "Stream stopped processing" every few seconds while it waits, the
# flight recorder) would be taken for Rasd's own, which the log limiter never holds back
# (agents/logs.py). They log under Faust's names (children: a logger mode has marked as made
# for a module is replaced in every subclass).
_FAUST_DRIVER_LOG = logging.getLogger(f"{faust_aiokafka.__name__}.rasd")
_FAUST_APP_LOG = logging.getLogger("faust.app.rasd")


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

        def ack(self, message: Any) -> bool:
            if counts_as_processed(self.app, message):
                return bool(super().ack(message))
            # Released (nothing waits on it any more) but not recorded for the commit.
            with ack_lock:
                if message.acked:
                    return False
                message.acked = True
                self._unacked_messages.discard(message)
                notify(self._waiting_for_ack)
            return False

    class Transport(faust_aiokafka.Transport):
        pass

    Transport.Consumer = Consumer
    return Transport


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
        kafka_metadata_guard.install()
        super().__init__(*args, **kwargs)

    def _new_transport(self) -> Any:
        return self._transport_class(self.conf.broker_consumer, self)
