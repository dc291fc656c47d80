"""``rasd worker`` (one worker against a cluster) and ``rasd up`` (the whole local service)."""

from __future__ import annotations

import click


@click.command()
@click.option("--plain-logs", is_flag=True, help="Human-readable log lines instead of JSON.")
def worker(plain_logs: bool) -> None:
    """Run one worker with every agent against the configured cluster (what a deployment runs)."""
    from agents.worker import run_worker

    run_worker(json_logs=not plain_logs)
