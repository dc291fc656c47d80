"""Helpers shared by the CLI commands: settings loading and error display."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from rasd.errors import RasdError
from rasd.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


def load_settings(**overrides: Any) -> Settings:
    try:
        return Settings.load(**overrides)
    except RasdError as exc:
        raise click.ClickException(str(exc)) from None


def fail_on_rasd_error(func: F) -> F:
    """Show a RasdError as its message (no traceback) and exit with status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RasdError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]
