"""Digest agent: one webhook POST per window for subscriptions in ``hourly_digest`` mode.

- ``deliver`` (agents/alert.py) forwards each alert of a digest-mode webhook subscription
  to rasd.digests, keyed by subscription id, instead of POSTing it (the alerts topic is
  unchanged). The alerts topic is keyed by alert id; this re-keying gives each
  subscription's pending digests one owner.
- ``digest`` reads rasd.digests. An ``alert`` item is folded into the subscription's
  pending digests (``rasd.alerts.digest.PendingDigests``): the ``digest-pending`` table
  (key: subscription id) says which alert id waits in which window at which revision; the
  ``digest-alerts`` table (key: alert id) holds that revision's record, so that no table
  value grows with a busy subscription's window. A ``flush`` item sends each ended window
  of its subscription: one signed POST per window (``WebhookSender.send_digest``), a final
  failure to rasd.alerts.deadletter, and the window is forgotten.
- ``digest_clock``, a timer on every worker, finds ended windows in the tables this worker
  holds and asks for their flush with a ``flush`` item. It does not flush them itself: Faust
  writes a table only while a message of the table's partition is being processed, and
  the item keeps each flush in order with the subscription's alerts.

Restarts lose nothing and send nothing twice: both tables are rebuilt from their
changelogs and written only once a message's outputs were produced (``after_sent``); an
alert read again after a restart is recognised (its revision is held or was sent) and
ignored; a window POSTed just before a crash is POSTed again with the same Idempotency-Key
(the digest id), which receivers de-duplicate on.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from aiokafka.errors import KafkaError

from agents.alert import SENDER, STORE
from agents.app import app, settings, topic_specs, topics
from agents.metrics import ALERT_DELIVERIES
from agents.processing import after_sent, process_stream, send
from rasd.alerts.digest import DigestConfig, PendingDigests, build_digest, flush_item
from rasd.errors import MessageError
from rasd.messages import encode_message

logger = logging.getLogger(__name__)

CONFIG = DigestConfig(window_seconds=settings.digest_seconds)
# Often enough that a digest leaves within a small part of its window after the window ends.
CHECK_SECONDS = max(0.5, min(10.0, settings.digest_seconds / 6))
# A flush asked for but not done yet (its owner is busy retrying another POST, or the
# partition moved) is asked for again after this long.
ASK_AGAIN_SECONDS = 30.0

pending_digests = app.Table(
    "digest-pending", default=None, partitions=topic_specs["digests"].partitions
)
held_alerts = app.Table("digest-alerts", default=None, partitions=topic_specs["digests"].partitions)

# subscription id -> (oldest ended window, when its flush was asked for)
_asked: dict[str, tuple[int, float]] = {}


def _pending(subscription_id: str) -> PendingDigests:
    raw = pending_digests.get(subscription_id)
    return PendingDigests.from_dict(raw) if raw else PendingDigests(subscription_id)


def _hold(subscription_id: str, alert: dict[str, Any]) -> None:
    if alert["subscription_id"] != subscription_id:
        raise MessageError(
            f"alert {alert['id']} is for {alert['subscription_id']}, not {subscription_id}"
        )
    fold = _pending(subscription_id).fold(alert, CONFIG)
    if fold.action != "hold":
        logger.info("alert %s rev %s not held for %s: %s",
                    alert["id"], alert["revision"], subscription_id, fold.reason)
        return
    state = fold.state

    def store() -> None:
        held_alerts[alert["id"]] = alert  # the record before the index that points at it
        pending_digests[subscription_id] = state.to_dict()

    after_sent(store)


async def _flush(subscription_id: str, now: float) -> None:
    state = _pending(subscription_id)
    due = state.due(now, CONFIG)
    if not due:
        return
    subscription = STORE.subscriptions.get(subscription_id)
    webhook = subscription.delivery.webhook if subscription is not None else None
    sent_ids: list[str] = []
    for window in due:
        ids, state = state.take(window, CONFIG)
        sent_ids.extend(ids)
        alerts = [record for aid in ids if (record := held_alerts.get(aid))]
        if len(alerts) < len(ids):
            logger.error("digest of %s at %s: %d of %d held alerts missing from digest-alerts",
                         subscription_id, window, len(ids) - len(alerts), len(ids))
        if not alerts:
            continue
        digest = build_digest(subscription_id, window, CONFIG, alerts)
        if webhook is None:
            # Its alerts are on the alerts topic; there is nowhere else to send them.
            logger.warning("digest %s of %s (%d alerts) not sent: the subscription %s",
                           digest.id, subscription_id, digest.count,
                           "was deleted" if subscription is None else "has no webhook any more")
            continue
        result = await SENDER.send_digest(digest, webhook)
        ALERT_DELIVERIES.labels("webhook_digest", "ok" if result.ok else "failed").inc()
        logger.info("digest %s of %s: %d alerts, %s", digest.id, subscription_id, digest.count,
                    "delivered" if result.ok else "failed for good")
        if result.deadletter is not None:
            await send("digest", topics["alerts.deadletter"], digest.id,
                       encode_message(result.deadletter))
    final = state

    def forget() -> None:
        for aid in sent_ids:
            if aid in held_alerts:
                del held_alerts[aid]
        pending_digests[subscription_id] = final.to_dict()

    after_sent(forget)


async def _digest(item: dict[str, Any]) -> None:
    await STORE.loaded.wait()
    if item["kind"] == "alert":
        _hold(item["subscription_id"], item["alert"])
    else:
        await _flush(item["subscription_id"], time.time())


@app.agent(topics["digests"], name="digest")
async def digest(stream: Any) -> None:
    await process_stream(stream, stage="digest", schema="digest_item", handle=_digest, batch=False)


@app.timer(CHECK_SECONDS)
async def digest_clock() -> None:
    if not app.tables.recovery.completed.is_set():  # type: ignore[attr-defined]
        return  # a half-recovered table would not show every ended window yet
    now = time.time()
    for subscription_id, raw in list(pending_digests.items()):
        due = PendingDigests.from_dict(raw).due(now, CONFIG) if raw else []
        if not due:
            _asked.pop(subscription_id, None)
            continue
        asked = _asked.get(subscription_id)
        if asked is not None and asked[0] == due[0] and now - asked[1] < ASK_AGAIN_SECONDS:
            continue
        try:
            await send("digest", topics["digests"], subscription_id,
                       encode_message(flush_item(subscription_id, now)))
        except KafkaError as exc:  # the next tick asks again; the window stays pending
            logger.warning("could not ask for the digest of %s: %r", subscription_id, exc)
            continue
        _asked[subscription_id] = (due[0], now)
