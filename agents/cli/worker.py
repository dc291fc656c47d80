"""``rasd worker`` (one worker against a cluster) and ``rasd up`` (the whole local service)."""

from __future__ import annotations

import click

from agents.cli.common import fail_on_rasd_error, load_settings


@click.command()
@click.option("--plain-logs", is_flag=True, help="Human-readable log lines instead of JSON.")
def worker(plain_logs: bool) -> None:
    """Run one worker with every agent against the configured cluster (what a deployment runs)."""
    from agents.worker import run_worker

    run_worker(json_logs=not plain_logs)


@click.command()
@click.option("--no-samples", is_flag=True, help="Do not serve and register the bundled sample feeds.")
@click.option("--keep-broker", is_flag=True, help="Leave the embedded broker running on exit.")
@fail_on_rasd_error
def up(no_samples: bool, keep_broker: bool) -> None:
    """Run the whole service locally: broker, topics, worker, sample feeds; print alerts."""
    import asyncio

    from agents.up import run_up

    settings = load_settings()
    broker = None
    if settings.embedded:
        from agents.broker import EmbeddedBroker

        broker = EmbeddedBroker.from_settings(settings)
        click.echo(f"Starting the embedded Kafka broker at {broker.bootstrap} (data in {broker.root})...")
        broker.start()
        click.echo("Broker ready.")
    try:
        code = asyncio.run(run_up(settings, samples=not no_samples, echo=click.echo))
    finally:
        if broker is not None and not keep_broker:
            click.echo("Stopping the broker...")
            broker.stop()
    raise SystemExit(code)
