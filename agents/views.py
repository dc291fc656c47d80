"""What a worker's web server shows: live alerts, entity timelines, feed health.

Each worker reads the alerts, mentions and feed-state topics directly (every partition, no
consumer group), so any worker's dashboard and SSE stream show everything, whichever worker
produced it. Alerts and mentions are replayed from a look-back window at start-up; feed
state and the feed registry (both compacted) from the beginning.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from mode import Service

from agents.kafka_client import client_kwargs
from agents.web.broadcaster import AlertBroadcaster
from agents.web.dashboard import MemoryDashboardData
from rasd.errors import MessageError
from rasd.settings import Settings
from topics import TopicSpec

logger = logging.getLogger(__name__)

LOOKBACK_SECONDS = {"alerts": 24 * 3600, "mentions": 48 * 3600}


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class LiveViews(Service):
    def __init__(
        self,
        settings: Settings,
        specs: dict[str, TopicSpec],
        broadcaster: AlertBroadcaster,
        data: MemoryDashboardData,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.names = {key: specs[key].name for key in ("alerts", "mentions", "feed-state", "feeds")}
        # From the catalogue, which created the topics: a consumer with neither a group nor a
        # subscription has no metadata for them (``partitions_for_topic`` answers None), and
        # reading partition 0 only would show a fraction of the alerts.
        self.partitions = {specs[key].name: specs[key].partitions for key in self.names}
        self.keys = {name: key for key, name in self.names.items()}
        self.broadcaster = broadcaster
        self.data = data
        self.feed_names: dict[str, str] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._live_after: dict[TopicPartition, int] = {}

    async def on_start(self) -> None:
        consumer = AIOKafkaConsumer(
            enable_auto_commit=False, auto_offset_reset="earliest", group_id=None,
            **client_kwargs(self.settings),
        )
        await consumer.start()
        self._consumer = consumer
        tps = [
            TopicPartition(name, p)
            for name in self.names.values()
            for p in range(self.partitions[name])
        ]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        now_ms = int(time.time() * 1000)
        for key, seconds in LOOKBACK_SECONDS.items():
            mine = [tp for tp in tps if tp.topic == self.names[key]]
            offsets = await consumer.offsets_for_times({tp: now_ms - seconds * 1000 for tp in mine})
            for tp, found in offsets.items():
                if found is not None:
                    consumer.seek(tp, found.offset)
        # Alerts replayed from the look-back fill the dashboard but are not re-broadcast.
        alert_tps = [tp for tp in tps if tp.topic == self.names["alerts"]]
        self._live_after = await consumer.end_offsets(alert_tps)

    async def on_stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()

    @Service.task
    async def _read(self) -> None:
        assert self._consumer is not None
        while not self.should_stop:
            batch = await self._consumer.getmany(timeout_ms=500, max_records=500)
            for tp, messages in batch.items():
                for message in messages:
                    if message.value is None:
                        continue
                    try:
                        self._apply(tp, message.offset, orjson.loads(message.value))
                    except (MessageError, ValueError, KeyError, TypeError) as exc:
                        logger.warning("views: skipping %s@%s: %s", tp, message.offset, exc)

    def _apply(self, tp: TopicPartition, offset: int, record: dict[str, Any]) -> None:
        kind = self.keys[tp.topic]
        if kind == "alerts":
            self.data.record_alert(record)
            if offset >= self._live_after.get(tp, 0):
                self.broadcaster.publish(record)
        elif kind == "mentions":
            entity = {
                "id": record["entity_id"],
                "name": record["name"],
                "name_ar": record.get("name_ar"),
                "type": record.get("type"),
                "sanctioned": record.get("sanctioned", False),
                "mentions": [None] * int(record.get("count", 1)),
            }
            self.data.record_mentions([entity], _parse_time(record["at"]).astimezone(UTC))
        elif kind == "feeds":
            self.feed_names[record["id"]] = record.get("name") or record["url"]
        elif kind == "feed-state":
            name = self.feed_names.get(record.get("feed_id", ""))
            self.data.record_feed_state({**record, "name": name} if name else record)
