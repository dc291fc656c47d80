"""``rasd replay --since TIME``: re-analyse stored articles with the current KB and lexicons."""

from __future__ import annotations

import asyncio

import click

from agents.cli.common import fail_on_rasd_error, load_settings


@click.command()
@click.option("--since", "since_text", required=True, metavar="TIME",
              help="ISO 8601 time (2025-11-11T09:00:00Z; UTC when no zone) or a duration ago (90m, 6h, 3d).")
@click.option("--dry-run", is_flag=True, help="Count what would be replayed; publish nothing.")
@fail_on_rasd_error
def replay(since_text: str, dry_run: bool) -> None:
    """Re-publish articles since TIME for re-tagging and re-detection.

    Clusters change and alerts go out only where the new analysis differs; unchanged
    stories send nothing. Articles older than the topic's retention (14 days) are gone.
    """
    from agents.replay import parse_since, replay_articles

    settings = load_settings()
    since = parse_since(since_text)
    report = asyncio.run(replay_articles(settings, since, dry_run=dry_run))
    verb = "would replay" if dry_run else "replayed"
    click.echo(
        f"{verb} {report.copied} article(s) of {report.topic} since {since.isoformat()} "
        f"({report.scanned} record(s) scanned, {report.duplicates} duplicate(s) skipped, "
        f"{report.unreadable} unreadable skipped)."
    )
