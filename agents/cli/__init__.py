"""The ``rasd`` command line: a thin click layer over the core and the agents.

Each command group lives in its own module and is imported only when it is invoked, so
``rasd analyze`` never pays for importing Faust and a broken optional module cannot stop
unrelated commands from working.
"""

from __future__ import annotations

import importlib
import sys

import click

# command name -> "module:attribute" of a click command or group
COMMANDS: dict[str, str] = {
    "broker": "agents.cli.broker:broker",
    "topics": "agents.cli.topics:topics",
    "analyze": "agents.cli.analyze:analyze",
    "eval": "agents.cli.analyze:eval_command",
    "kb": "agents.cli.kb:kb",
    "feeds": "agents.cli.feeds:feeds",
    "worker": "agents.cli.worker:worker",
    "up": "agents.cli.worker:up",
    "subscriptions": "agents.cli.subscriptions:subscriptions",
    "alerts": "agents.cli.alerts:alerts",
    "doctor": "agents.cli.doctor:doctor",
    "replay": "agents.cli.replay:replay",
    "settings": "agents.cli.settings:settings_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(module_name.rsplit(".", 1)[0]):
                return None  # command not built yet in this checkout
            raise
        return getattr(module, attr)


@click.group(cls=LazyGroup)
@click.version_option(package_name="rasd")
def cli() -> None:
    """Rasd (رصد): news feeds in, sanctions and alliance alerts out."""


def main() -> None:
    try:
        cli.main(prog_name="rasd")
    except KeyboardInterrupt:
        sys.exit(130)
