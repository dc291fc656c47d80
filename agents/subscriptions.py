"""Subscriptions stored in the compacted ``rasd.subscriptions`` topic.

Every worker reads the whole topic from the beginning at start-up (it is compacted, so that
is one record per subscription) and keeps tailing it; the in-memory view is therefore the
same on every worker and survives restarts. Writes go to the topic (acks=all) and are
applied locally at once, so a client that creates a subscription can read it back.
"""

from __future__ import annotations

import asyncio
import logging

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError
from mode import Service

from agents.kafka_client import client_kwargs
from agents.web.store import StoreUnavailable
from rasd.alerts import Subscription
from rasd.settings import Settings

logger = logging.getLogger(__name__)


class KafkaSubscriptionStore(Service):
    """The ``SubscriptionStore`` of the API and the alert agent, backed by a compacted topic."""

    def __init__(self, settings: Settings, topic: str, *, partitions: int = 1, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.topic = topic
        # From the catalogue that created the topic: a consumer with neither a group nor a
        # subscription has no metadata for it (``partitions_for_topic`` answers None), and
        # reading partition 0 only would lose subscriptions when RASD_PARTITIONS is set.
        self.partitions = partitions
        self.subscriptions: dict[str, Subscription] = {}
        self.loaded = asyncio.Event()
        self._producer: AIOKafkaProducer | None = None
        self._consumer: AIOKafkaConsumer | None = None

    async def on_start(self) -> None:
        self._producer = AIOKafkaProducer(acks="all", **client_kwargs(self.settings))
        await self._producer.start()
        self._consumer = AIOKafkaConsumer(
            enable_auto_commit=False, auto_offset_reset="earliest", group_id=None,
            **client_kwargs(self.settings),
        )
        await self._consumer.start()
        tps = [TopicPartition(self.topic, p) for p in range(self.partitions)]
        self._consumer.assign(tps)
        await self._consumer.seek_to_beginning(*tps)
        self._end_offsets = await self._consumer.end_offsets(tps)

    async def on_stop(self) -> None:
        for client in (self._consumer, self._producer):
            if client is not None:
                await client.stop()

    def _apply(self, key: str, value: bytes | None) -> None:
        if value is None:
            self.subscriptions.pop(key, None)
            return
        try:
            self.subscriptions[key] = Subscription.from_record(orjson.loads(value))
        except (ValueError, KeyError, TypeError) as exc:
            logger.warning("ignoring unreadable subscription record %s: %s", key, exc)

    @Service.task
    async def _tail(self) -> None:
        assert self._consumer is not None
        while not self.should_stop:
            batch = await self._consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                for message in messages:
                    self._apply(message.key.decode() if message.key else "", message.value)
            if not self.loaded.is_set():
                positions = [await self._consumer.position(tp) for tp in self._end_offsets]
                if all(p >= end for p, end in zip(positions, self._end_offsets.values(), strict=True)):
                    logger.info("subscriptions loaded: %d", len(self.subscriptions))
                    self.loaded.set()

    # -- the SubscriptionStore protocol ---------------------------------------------------

    async def list(self) -> list[Subscription]:
        await self._wait_loaded()
        return sorted(self.subscriptions.values(), key=lambda s: s.id)

    async def get(self, subscription_id: str) -> Subscription | None:
        await self._wait_loaded()
        return self.subscriptions.get(subscription_id)

    async def put(self, subscription: Subscription) -> None:
        value = orjson.dumps(subscription.to_record())
        await self._send(subscription.id, value)
        self.subscriptions[subscription.id] = subscription

    async def delete(self, subscription_id: str) -> bool:
        await self._wait_loaded()
        existed = subscription_id in self.subscriptions
        if existed:
            await self._send(subscription_id, None)
            self.subscriptions.pop(subscription_id, None)
        return existed

    async def _wait_loaded(self) -> None:
        try:
            await asyncio.wait_for(self.loaded.wait(), timeout=10)
        except TimeoutError:
            raise StoreUnavailable("subscriptions are still loading from Kafka; try again shortly") from None

    async def _send(self, key: str, value: bytes | None) -> None:
        if self._producer is None:
            raise StoreUnavailable("the subscription store is not started")
        try:
            await self._producer.send_and_wait(self.topic, key=key.encode(), value=value)
        except KafkaError as exc:
            raise StoreUnavailable(f"cannot write to Kafka: {exc}") from None
