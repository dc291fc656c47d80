"""``rasd alerts tail``: follow the alerts topic and print alerts as they come.

Readable by default (severity, time, revision, the English summary and, on its own line so
a terminal lays it out right to left, the Arabic one), or one JSON object per line with
``--json`` (UTF-8, Arabic not escaped) for scripts.  It reads without a consumer group
(nothing is committed; several people can tail at once) unless ``--group`` is given.
"""

from __future__ import annotations

import asyncio
from typing import Any

import click
import orjson

from agents.cli.common import fail_on_rasd_error, load_settings
from agents.kafka_client import client_kwargs
from rasd.alerts.alert import SEVERITIES
from rasd.errors import BrokerError
from rasd.settings import Settings

_COLOURS = {"info": "white", "low": "cyan", "medium": "yellow", "high": "red", "critical": "magenta"}


def alerts_topic(settings: Settings) -> str:
    try:
        from topics import catalogue
    except ImportError:
        return f"{settings.topic_prefix}.alerts" if settings.topic_prefix else "rasd.alerts"
    return catalogue(settings)["alerts"].name


def format_alert(alert: dict[str, Any], *, colour: bool = False) -> str:
    """Two or three lines a person can read; Arabic on a line of its own."""
    severity = str(alert.get("severity", "?"))
    label = f"[{severity.upper()}]"
    if colour:
        label = click.style(label, fg=_COLOURS.get(severity, "white"), bold=severity in {"high", "critical"})
    when = str(alert.get("updated_at") or alert.get("created_at") or "")[:16].replace("T", " ")
    summary = alert.get("summary") or {}
    head = f"{label} {when} rev {alert.get('revision', '?')}  {summary.get('en', '(no summary)')}"
    lines = [head]
    if summary.get("ar"):
        lines.append(f"    {summary['ar']}")
    extra = []
    if alert.get("changes"):
        extra.append("changed: " + "; ".join(alert["changes"]))
    links = [e.get("url") for e in alert.get("evidence") or () if e.get("url")]
    if links:
        extra.append(links[-1])
    extra.append(f"{alert.get('id')} for {alert.get('subscription_id')}")
    lines.append("    " + " · ".join(extra))
    return "\n".join(lines)


def wanted(alert: dict[str, Any], min_severity: str | None, subscription: str | None, event_type: str | None) -> bool:
    if subscription and alert.get("subscription_id") != subscription:
        return False
    if min_severity and (
        alert.get("severity") not in SEVERITIES
        or SEVERITIES.index(alert["severity"]) < SEVERITIES.index(min_severity)
    ):
        return False
    if event_type:
        kind = "surge" if alert.get("kind") == "surge" else (alert.get("event") or {}).get("type")
        if kind != event_type:
            return False
    return True


async def _tail(
    settings: Settings, *, from_beginning: bool, group: str | None, as_json: bool, limit: int | None,
    min_severity: str | None, subscription: str | None, event_type: str | None, colour: bool,
) -> None:
    from aiokafka import AIOKafkaConsumer
    from aiokafka.errors import KafkaError

    topic = alerts_topic(settings)
    consumer = AIOKafkaConsumer(
        topic,
        group_id=group,
        enable_auto_commit=group is not None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        **client_kwargs(settings),
    )
    try:
        await consumer.start()
    except KafkaError as exc:
        await consumer.stop()
        raise BrokerError(
            f"cannot reach Kafka at {settings.bootstrap} to read {topic} ({exc}); "
            f"is the broker running (`rasd broker start`) and RASD_KAFKA_BOOTSTRAP right?",
            retriable=True,
        ) from None
    shown = 0
    try:
        click.echo(f"following {topic} at {settings.bootstrap} (Ctrl-C to stop)", err=True)
        async for message in consumer:
            try:
                alert = orjson.loads(message.value or b"")
            except orjson.JSONDecodeError:
                click.echo(f"skipping {topic}[{message.partition}]@{message.offset}: not JSON", err=True)
                continue
            if not isinstance(alert, dict) or not wanted(alert, min_severity, subscription, event_type):
                continue
            if as_json:
                click.echo(orjson.dumps(alert).decode())
            else:
                click.echo(format_alert(alert, colour=colour))
            shown += 1
            if limit is not None and shown >= limit:
                break
    finally:
        await consumer.stop()


@click.group()
def alerts() -> None:
    """Watch the alerts Rasd raises."""


@alerts.command("tail")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest retained alert, not at new ones.")
@click.option("--severity", type=click.Choice(SEVERITIES), help="Only this severity or above.")
@click.option("--subscription", help="Only alerts of this subscription id.")
@click.option("--type", "event_type", help="Only this event type (or surge).")
@click.option("-n", "--limit", type=click.IntRange(min=1), help="Stop after this many alerts.")
@click.option("--group", help="Read as this consumer group (commits offsets).")
@fail_on_rasd_error
def tail(
    as_json: bool, from_beginning: bool, severity: str | None, subscription: str | None,
    event_type: str | None, limit: int | None, group: str | None,
) -> None:
    """Print alerts as they arrive on the alerts topic."""
    settings = load_settings()
    colour = not as_json and click.get_text_stream("stdout").isatty()
    asyncio.run(
        _tail(
            settings, from_beginning=from_beginning, group=group, as_json=as_json, limit=limit,
            min_severity=severity, subscription=subscription, event_type=event_type, colour=colour,
        )
    )
