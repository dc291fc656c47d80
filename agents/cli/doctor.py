"""``rasd doctor``: check the deployment and say what to fix (exit 1 when something is wrong)."""

from __future__ import annotations

import asyncio
import sys

import click

from agents.cli.common import fail_on_rasd_error, load_settings


@click.command()
@click.option("--only-problems", is_flag=True, help="Print only the lines that need action.")
@fail_on_rasd_error
def doctor(only_problems: bool) -> None:
    """Check Java, the broker, topics, consumer lag and feed health; one line per problem."""
    from agents.doctor import diagnose, format_findings

    findings = asyncio.run(diagnose(load_settings()))
    shown = [f for f in findings if f.is_problem] if only_problems else findings
    click.echo(format_findings(shown))
    if any(f.is_problem for f in findings):
        sys.exit(1)
