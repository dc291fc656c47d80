"""``rasd topics``: create the catalogue's topics on a cluster, compare catalogue and cluster."""

from __future__ import annotations

import asyncio
import sys

import click

from agents.cli.common import fail_on_rasd_error, load_settings
from topics import catalogue


@click.group()
def topics() -> None:
    """The topic catalogue (topics/catalogue.yaml) against the cluster."""


@topics.command("create")
@fail_on_rasd_error
def create() -> None:
    """Create missing topics and fix drifted ones (idempotent, safe to repeat)."""
    from agents.kafka_admin import ensure_topics

    settings = load_settings()
    reports = asyncio.run(ensure_topics(settings, catalogue(settings)))
    for report in reports.values():
        done = ", ".join(report.actions) or "up to date"
        click.echo(f"{report.spec.name:<28} {done}")


@topics.command("list")
@fail_on_rasd_error
def list_topics() -> None:
    """Show every catalogue topic next to what the cluster has."""
    from agents.kafka_admin import describe_topics

    settings = load_settings()
    reports = asyncio.run(describe_topics(settings, catalogue(settings)))
    click.echo(f"{'topic':<28} {'catalogue':<22} {'cluster':<22} state")
    drifted = False
    for report in reports.values():
        spec = report.spec
        want = f"p={spec.partitions} rf={spec.replication_factor} {spec.cleanup_policy}"
        have = (
            f"p={report.partitions} rf={report.replication_factor} "
            f"{report.configs.get('cleanup.policy', '?')}"
            if report.exists
            else "-"
        )
        drift = report.drift
        drifted |= bool(drift)
        click.echo(f"{spec.name:<28} {want:<22} {have:<22} {'; '.join(drift) or 'ok'}")
    if drifted:
        click.echo("Run `rasd topics create` to create or fix the topics marked above.", err=True)
        sys.exit(1)


@topics.command("render")
@click.option(
    "--format", "fmt", type=click.Choice(["strimzi"]), default="strimzi", show_default=True,
    help="strimzi: one KafkaTopic resource per catalogue topic (deploy/k8s/topics.yaml).",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
    help="Write to this file instead of standard output.",
)
def render(fmt: str, output: str | None) -> None:
    """Print the catalogue as deploy manifests (regenerate deploy/k8s/topics.yaml with -o)."""
    from agents.render import render as render_manifests

    text = render_manifests(load_settings(), fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        click.echo(f"wrote {output}", err=True)
