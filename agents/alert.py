"""Alert agents and the services behind the worker's web server.

- ``alert``: rasd.events (keyed by cluster) -> rasd.alerts. Each event record is matched
  against every subscription; ``AlertBook`` over the ``alert-states`` table decides new alert,
  update (same id, next revision) or nothing, so three reports of one story give one alert
  and two updates, also across restarts.
- ``surge``: rasd.mentions (keyed by entity) -> rasd.alerts, counting articles per entity in
  tumbling windows in the ``surge-windows`` table.
- ``deliver``: rasd.alerts -> subscribers' webhooks (signed, retried); a final failure goes
  to rasd.alerts.deadletter. Reading the alerts topic (not a side task) makes webhook
  delivery at-least-once: the offset is committed only after the attempt.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial
from typing import Any

from mode import Service

from agents.app import app, settings, topic_specs, topics
from agents.delivery.webhook import RetryPolicy, WebhookSender
from agents.metrics import ALERT_DELIVERIES, ALERTS
from agents.processing import (
    Incoming,
    after_sent,
    on_behalf_of,
    process_batches,
    process_stream,
    send,
)
from agents.subscriptions import KafkaSubscriptionStore
from agents.tag import KB
from agents.views import LiveViews
from agents.web.broadcaster import AlertBroadcaster
from agents.web.dashboard import MemoryDashboardData
from agents.web_service import WebService, build_web_app
from rasd.alerts import AlertBook, RecordView, decide, match_surge, surge_alert
from rasd.alerts.surge import SurgeConfig, SurgeMarks, SurgeRule
from rasd.errors import ConfigError
from rasd.feeds.safety import AllowList
from rasd.messages import encode_message

logger = logging.getLogger(__name__)

STORE = KafkaSubscriptionStore(
    settings, topic_specs["subscriptions"].name, partitions=topic_specs["subscriptions"].partitions
)
BROADCASTER = AlertBroadcaster()
# Bounded: the newest 1,000 stories with their last 5 revisions, older revisions compacted (the soak showed 2,000 x 20
# revisions of full alerts growing a worker by hundreds of MB).
DASHBOARD = MemoryDashboardData(max_alerts=1000, max_revisions=5)
PRIORITIES = {e.id: e.priority for e in KB.entities.values() if e.priority}

alert_states = app.Table("alert-states", default=None, partitions=topic_specs["events"].partitions)
BOOK = AlertBook(alert_states)
SURGES = SurgeRule(SurgeConfig())
# Articles per entity and window. Faust expires a window by wall-clock time once it is older
# than the baseline can need; its changelog keeps windows as long (compact and delete).
surge_windows = app.Table(
    "surge-windows", default=int, partitions=topic_specs["mentions"].partitions
).tumbling(
    SURGES.config.window_seconds,
    expires=SURGES.config.window_seconds * SURGES.config.retained_windows,
)
# Per entity, its ``SurgeMarks``: one surge per window across restarts, and when it was first
# counted, which outlives its windows (an entity quiet for a day is not new again).
surge_marks = app.Table("surge-marks", default=None, partitions=topic_specs["mentions"].partitions)


def readiness() -> tuple[bool, dict[str, Any]]:
    """Ready: partitions assigned, tables recovered, subscriptions loaded, not rebalancing,
    and caught up (consumer lag measured since the assignment and at most RASD_READY_MAX_LAG),
    so a load balancer sends work only to a worker that is not hours behind."""
    from agents.metrics import LAG  # the lag monitor is registered by agents.worker

    try:
        assignment = app.consumer.assignment()
    except (AttributeError, RuntimeError):
        assignment = set()
    by_topic: dict[str, list[int]] = {}
    for tp in assignment:
        by_topic.setdefault(tp.topic, []).append(tp.partition)
    recovered = app.tables.recovery.completed.is_set()
    caught_up = LAG.measured and LAG.total <= settings.ready_max_lag
    details = {
        "assigned_partitions": len(assignment),
        "assignment": {topic: sorted(parts) for topic, parts in sorted(by_topic.items())},
        "tables_recovered": recovered,
        "subscriptions_loaded": STORE.loaded.is_set(),
        "rebalancing": bool(app.rebalancing),
        "consumer_lag": LAG.total if LAG.measured else None,
        "caught_up": caught_up,
    }
    ready = (
        bool(assignment) and recovered and STORE.loaded.is_set() and not app.rebalancing and caught_up
    )
    return ready, details


@app.service
class AlertServices(Service):
    """Subscriptions, live views and the web server, started with the worker."""

    async def on_start(self) -> None:
        await self.add_runtime_dependency(STORE)
        await self.add_runtime_dependency(
            LiveViews(settings, topic_specs, BROADCASTER, DASHBOARD)
        )
        await self.add_runtime_dependency(
            WebService(
                settings,
                lambda: build_web_app(settings, STORE, BROADCASTER, DASHBOARD, readiness),
            )
        )

    async def on_stop(self) -> None:
        await SENDER.stop()


async def _send_alert(alert: Any, kind: str) -> None:
    ALERTS.labels(kind).inc()
    logger.info(
        "alert %s rev %s (%s) for %s", alert.id, alert.revision, kind, alert.subscription_id,
        extra={"alert_id": alert.id, "cluster_id": getattr(alert, "cluster_id", None)},
    )
    await send("alert", topics["alerts"], alert.id, encode_message(alert.to_dict()))


async def _alert(items: list[Incoming]) -> None:
    await STORE.loaded.wait()
    now = datetime.now(UTC)
    subscriptions = list(STORE.subscriptions.values())
    for item in _newest_revisions(items):
        view = RecordView(item.record)
        with on_behalf_of(item.event):
            for subscription in subscriptions:
                previous = BOOK.get(subscription.id, str(item.record["cluster_id"]))
                decision = decide(previous, subscription, view, now=now, priorities=PRIORITIES)
                if decision.action in ("new", "update") and decision.alert is not None:
                    await _send_alert(decision.alert, decision.action)
                if decision.state is not None and decision.state != previous:
                    after_sent(partial(alert_states.__setitem__, decision.state.alert_id, decision.state.to_dict()))


def _newest_revisions(items: list[Incoming]) -> list[Incoming]:
    """One record per cluster: its newest revision in the batch (a revision carries every
    source of the ones before it, so alerting on each would only send updates the next one
    supersedes a few milliseconds later)."""
    newest: dict[str, Incoming] = {}
    for item in items:
        key = str(item.record["cluster_id"])
        seen = newest.get(key)
        if seen is None or int(item.record.get("revision") or 1) >= int(seen.record.get("revision") or 1):
            newest[key] = item
    return list(newest.values())


async def _surge(record: dict[str, Any]) -> None:
    """Count the record's articles in the window of its own time (``at``) and judge that
    window against the entity's previous ones, read from the same windowed table. Windows are
    addressed by their range: ``.current()`` and ``.delta()`` would place them by the Kafka
    message's timestamp (the time it was produced), whatever the table's time-relativity."""
    await STORE.loaded.wait()
    at = datetime.fromisoformat(record["at"].replace("Z", "+00:00"))
    entity, window = record["entity_id"], SURGES.window_of(at)
    newest = SURGES.window_of(datetime.now(UTC))
    if window <= newest - SURGES.config.retained_windows:
        # Faust has expired this window already (by wall-clock time): nowhere to count it.
        logger.debug("surge: %s at %s is older than the windows kept", entity, record["at"])
        return
    faust_window = surge_windows.table.window
    counts = surge_windows[entity]

    def count_in(n: int) -> int:
        return int(counts[faust_window.current(SURGES.window_start(n))])

    total = count_in(window) + int(record.get("articles", 1))
    known = surge_marks.get(entity)
    before = SurgeMarks.from_dict(known) if known else None
    marks, surge = SURGES.judge(
        entity, before, window=window, count=total,
        previous=[count_in(n) for n in SURGES.previous_windows(window)],
        name=record["name"], name_ar=record.get("name_ar"),
    )
    after_sent(partial(counts.__setitem__, faust_window.current(SURGES.window_start(window)), total))
    if marks != before:
        after_sent(partial(surge_marks.__setitem__, entity, marks.to_dict()))
    # Only the current or the previous window: older ones have lost part of their baseline to
    # expiry, and their surge would be news of the past anyway (a replay, a long backlog).
    if surge is None or window < newest - 1:
        return
    now = datetime.now(UTC)
    for subscription in list(STORE.subscriptions.values()):
        result = match_surge(subscription, surge)
        if result is not None:
            await _send_alert(surge_alert(subscription, surge, result, now=now), "surge")


@app.agent(topics["events"], name="alert")
async def alert(stream: Any) -> None:
    await process_batches(stream, stage="alert", schema="event_record", handle_batch=_alert)


@app.agent(topics["mentions"], name="surge")
async def surge(stream: Any) -> None:
    await process_stream(stream, stage="surge", schema="mention_count", handle=_surge, batch=False)


class PublishedAlert:
    """An alert as read back from the alerts topic, in the shape the webhook sender needs."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.id: str = record["id"]
        self.revision: int = int(record["revision"])
        self.subscription_id: str = record["subscription_id"]
        self.idempotency_key = f"{self.id}:{self.revision}"

    def to_dict(self) -> dict[str, Any]:
        return self.record


def _retry_policy() -> RetryPolicy:
    try:
        return RetryPolicy(
            max_attempts=settings.webhook_max_attempts,
            base_delay=settings.webhook_base_delay_ms / 1000,
        )
    except ValueError as exc:
        raise ConfigError(
            f"RASD_WEBHOOK_MAX_ATTEMPTS={settings.webhook_max_attempts} / "
            f"RASD_WEBHOOK_BASE_DELAY_MS={settings.webhook_base_delay_ms}: {exc}"
        ) from None


SENDER = WebhookSender(allow=AllowList.parse(settings.allow_private_hosts), policy=_retry_policy())


async def _deliver(record: dict[str, Any]) -> None:
    await STORE.loaded.wait()
    subscription = STORE.subscriptions.get(record["subscription_id"])
    if subscription is None or subscription.delivery.webhook is None:
        return
    if subscription.delivery.mode == "hourly_digest":
        from rasd.alerts.digest import held_alert

        # Held for the subscription's next digest (agents/digest.py), re-keyed by
        # subscription so that one worker owns its pending digests.
        item = held_alert(subscription.id, record)
        await send("deliver", topics["digests"], subscription.id, encode_message(item))
        return
    result = await SENDER.send(PublishedAlert(record), subscription.delivery.webhook)  # type: ignore[arg-type]
    ALERT_DELIVERIES.labels("webhook", "ok" if result.ok else "failed").inc()
    if result.deadletter is not None:
        await send("deliver", topics["alerts.deadletter"], record["id"], encode_message(result.deadletter))


@app.agent(topics["alerts"], name="deliver", concurrency=4)
async def deliver(stream: Any) -> None:
    await process_stream(stream, stage="deliver", schema="alert", handle=_deliver, batch=False)

