"""Alert agents and the services behind the worker's web server.

- ``alert``: rasd.events (keyed by cluster) -> rasd.alerts. Each event record is matched
  against every subscription; ``decide`` over the ``alert-states`` table decides new alert,
  update (same id, next revision) or nothing, so three reports of one story give one alert
  and two updates, also across restarts. A record of the cluster revision the state was
  decided on (a redelivery) sends the same alert again, same id and revision: the state is
  written before the alert reaches the broker, and a crash between the two would otherwise
  lose the alert for good. Each stored state also keeps ``last_seen``, the event
  time of the newest report of its story; a state whose story the newest record on its
  partition has left ``ALERT_STATE_HORIZON`` behind is deleted (a bounded sweep per batch, see
  agents/processing.py): the cluster agent has ended that story by then, so no further record of
  that cluster id can come, and a later report is a new generation with new alert ids.
- ``surge``: rasd.mentions (keyed by entity) -> rasd.alerts, counting articles per entity in
  tumbling windows in the ``surge-windows`` table.
- ``deliver``: rasd.alerts -> subscribers' webhooks (signed, retried); a final failure goes
  to rasd.alerts.deadletter. Reading the alerts topic (not a side task) makes webhook
  delivery at-least-once: the offset is committed only after the attempt.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from mode import Service

from agents.app import app, settings, topic_specs, topics
from agents.delivery.webhook import RetryPolicy, WebhookSender
from agents.metrics import ALERT_DELIVERIES, ALERTS
from agents.processing import (
    Incoming,
    after_sent,
    delete_expired,
    on_behalf_of,
    partition_for,
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
from rasd.alerts import (
    AlertState,
    RecordView,
    alert_id,
    decide,
    match_surge,
    surge_alert,
)
from rasd.alerts.surge import SurgeConfig, SurgeMarks, SurgeRule
from rasd.errors import ConfigError
from rasd.events.cluster import HORIZON
from rasd.feeds.safety import AllowList
from rasd.messages import encode_message
from rasd.pipeline import ExpirySweep, Watermarks

logger = logging.getLogger(__name__)

STORE = KafkaSubscriptionStore(
    settings, topic_specs["subscriptions"].name, partitions=topic_specs["subscriptions"].partitions
)
BROADCASTER = AlertBroadcaster()
# Bounded: the newest 1,000 stories with their last 5 revisions, older revisions compacted (the soak showed 2,000 x 20
# revisions of full alerts growing a worker by hundreds of MB), and at most RASD_DASHBOARD_ALERT_MB of them as JSON (a
# story's newest revision names up to 100 sources: by count alone the store kept growing for the soak's whole run).
DASHBOARD = MemoryDashboardData(
    max_alerts=1000, max_revisions=5, max_alert_bytes=settings.dashboard_alert_mb * 1024 * 1024
)
PRIORITIES = {e.id: e.priority for e in KB.entities.values() if e.priority}

EVENT_PARTITIONS = topic_specs["events"].partitions
alert_states = app.Table("alert-states", default=None, partitions=EVENT_PARTITIONS)
# A story ends when the newest report on the *cluster's* partition is HORIZON past it; this
# agent sees the newest record of an events partition instead (keyed by cluster id, not by
# cluster key), which can run ahead of the cluster's, hence a week's margin.
ALERT_STATE_HORIZON = HORIZON + timedelta(days=7)
RECORD_TIMES = Watermarks()  # newest record ``last_seen`` per events partition
ALERT_SWEEP = ExpirySweep()
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
    newest = _newest_revisions(items)
    times = {id(item): _record_time(item.record) for item in newest}
    for item in items:
        seen = _record_time(item.record)
        RECORD_TIMES.observe(item.event.message.partition, datetime.fromisoformat(seen) if seen else None)
    busy = {str(item.record["cluster_id"]) for item in newest}
    delete_expired(alert_states, ALERT_SWEEP, items, partial(_alert_partition_if_expired, busy))
    for item in newest:
        view = RecordView(item.record)
        cluster_id = str(item.record["cluster_id"])
        with on_behalf_of(item.event):
            for subscription in subscriptions:
                stored = alert_states.get(alert_id(subscription.id, cluster_id))
                previous = AlertState.from_dict(unpack_alert_state(stored)) if stored else None
                decision = decide(previous, subscription, view, now=now, priorities=PRIORITIES)
                if decision.action in ("new", "update", "repeat") and decision.alert is not None:
                    await _send_alert(decision.alert, decision.action)
                if decision.state is None:
                    continue
                # ``last_seen`` is kept even when the decision changed nothing: the state must
                # live as long as its story does.
                stored_seen = stored.get("last_seen") if stored else None
                seen = _later(stored_seen, times[id(item)])
                if decision.state != previous or seen != stored_seen:
                    value = pack_alert_state(dict(decision.state.to_dict(), last_seen=seen))
                    after_sent(partial(alert_states.__setitem__, decision.state.alert_id, value))


def pack_alert_state(state: dict[str, Any]) -> dict[str, Any]:
    """An ``AlertState`` dict as the table keeps it: the story's source ids (up to 100 of them)
    as one string, a line each, instead of a list of strings (a quarter of the memory)."""
    out = dict(state)
    out["source_lines"] = "\n".join(out.pop("source_ids", None) or ())
    return out


def unpack_alert_state(value: dict[str, Any]) -> dict[str, Any]:
    """The ``AlertState`` dict of a stored value, packed or as older versions stored it."""
    if "source_lines" not in value:
        return value
    out = dict(value)
    lines = out.pop("source_lines")
    out["source_ids"] = lines.split("\n") if lines else []
    return out


def _record_time(record: dict[str, Any]) -> str | None:
    """The event time of a record's story: its newest report (``last_seen``), ISO 8601."""
    seen = record.get("last_seen")
    return _iso_utc(seen) if isinstance(seen, str) else None


def _iso_utc(value: str) -> str | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def _later(a: str | None, b: str | None) -> str | None:
    # both from ``_iso_utc``: the same offset, so the strings order like the times
    if a is None or b is None:
        return a or b
    return max(a, b)


def alert_state_expired(state: dict[str, Any], watermark: datetime) -> bool:
    """Whether a stored alert state can be deleted when the newest record on its partition
    has ``last_seen`` ``watermark``. A state stored before ``last_seen`` was kept is judged by
    its last update (wall-clock time, the best it has)."""
    seen = state.get("last_seen") or state.get("updated_at")
    moment = _iso_utc(seen) if isinstance(seen, str) else None
    return moment is not None and watermark - datetime.fromisoformat(moment) > ALERT_STATE_HORIZON


def _alert_partition_if_expired(busy: set[str], key: Any, value: Any) -> int | None:
    newest = RECORD_TIMES.newest()
    if newest is None or not isinstance(value, dict) or value.get("cluster_id") in busy:
        return None
    if not alert_state_expired(value, newest):
        return None
    # An alert state lives in the events partition of its cluster id (the record it came from).
    partition = partition_for(str(value.get("cluster_id") or ""), EVENT_PARTITIONS)
    watermark = RECORD_TIMES.get(partition)
    return partition if watermark is not None and alert_state_expired(value, watermark) else None


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


async def _surge(record: dict[str, Any], written: dict[tuple[str, int], int], marked: dict[str, Any]) -> None:
    """Count the record's articles in the window of its own time (``at``) and judge that
    window against the entity's previous ones, read from the same windowed table. Windows are
    addressed by their range: ``.current()`` and ``.delta()`` would place them by the Kafka
    message's timestamp (the time it was produced), whatever the table's time-relativity.

    Table writes wait until the message's outputs are produced (``after_sent``), so a record
    reads what earlier records of its own batch counted from ``written`` (entity, window ->
    articles) and ``marked`` (entity -> ``SurgeMarks`` dict), not from the table."""
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
        if (entity, n) in written:
            return written[entity, n]
        return int(counts[faust_window.current(SURGES.window_start(n))])

    total = count_in(window) + int(record.get("articles", 1))
    written[entity, window] = total
    known = marked[entity] if entity in marked else surge_marks.get(entity)
    before = SurgeMarks.from_dict(known) if known else None
    marks, surge = SURGES.judge(
        entity, before, window=window, count=total,
        previous=[count_in(n) for n in SURGES.previous_windows(window)],
        name=record["name"], name_ar=record.get("name_ar"),
    )
    after_sent(partial(counts.__setitem__, faust_window.current(SURGES.window_start(window)), total))
    if marks != before:
        marked[entity] = marks.to_dict()
        after_sent(partial(surge_marks.__setitem__, entity, marked[entity]))
    # Only the current or the previous window: older ones have lost part of their baseline to
    # expiry, and their surge would be news of the past anyway (a replay, a long backlog).
    if surge is None or window < newest - 1:
        return
    now = datetime.now(UTC)
    for subscription in list(STORE.subscriptions.values()):
        result = match_surge(subscription, surge)
        if result is not None:
            await _send_alert(surge_alert(subscription, surge, result, now=now), "surge")


async def _surge_batch(batch: dict[str, Any]) -> None:
    """A batch holds entities of this message's partition only (``batches_by_partition``), so
    each entity's table writes go to its own changelog partition, as a message of its own would.
    The tag agent sends each entity once per batch; another producer may repeat one, and each
    repeat then counts on top of the one before."""
    written: dict[tuple[str, int], int] = {}
    marked: dict[str, Any] = {}
    for record in batch["mentions"]:
        await _surge(record, written, marked)


@app.agent(topics["events"], name="alert")
async def alert(stream: Any) -> None:
    await process_batches(stream, stage="alert", schema="event_record", handle_batch=_alert)


@app.agent(topics["mentions"], name="surge")
async def surge(stream: Any) -> None:
    await process_stream(stream, stage="surge", schema="mention_batch", handle=_surge_batch, batch=False)


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

