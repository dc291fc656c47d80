"""``rasd settings``: every setting, its environment variable, default and meaning."""

from __future__ import annotations

import click

from agents.cli.common import load_settings


@click.command("settings")
@click.option("--markdown", is_flag=True, help="The reference table for README.md (## Settings).")
def settings_command(markdown: bool) -> None:
    """Show the effective settings (secrets hidden), or the reference table with --markdown."""
    from rasd.settings import settings_reference

    if markdown:
        click.echo(settings_reference())
        return
    for name, value in load_settings().redacted().items():
        click.echo(f"RASD_{name.upper()}={value}")
