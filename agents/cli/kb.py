"""``rasd kb``: inspect the knowledge base, check watchlists, import FollowTheMoney exports."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import click

from rasd.errors import InputError
from rasd.kb.ftm import import_ftm, write_watchlist
from rasd.kb.loader import load_kb


@click.group()
def kb() -> None:
    """The knowledge base: entities, offices, watchlists."""


@kb.command("stats")
@click.option(
    "--watchlist",
    "-w",
    "watchlists",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A watchlist file to load on top of the built-in KB (repeatable).",
)
def stats(watchlists: tuple[str, ...]) -> None:
    """Load the KB and print its size by entity type and the load time."""
    started = time.perf_counter()
    try:
        kb_ = load_kb(watchlists)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    elapsed = time.perf_counter() - started
    counts = Counter(e.type for e in kb_.entities.values())
    for entity_type, n in sorted(counts.items()):
        click.echo(f"{entity_type:7} {n:6}")
    click.echo(f"{'total':7} {len(kb_.entities):6}  entities, {len(kb_.offices)} offices")
    click.echo(f"loaded in {elapsed * 1000:.0f} ms")


@kb.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
def check(paths: tuple[str, ...]) -> None:
    """Validate watchlist files against the built-in KB (exit status 1 on the first problem)."""
    try:
        kb_ = load_kb(paths)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    mine = sum(1 for e in kb_.entities.values() if e.source != "builtin")
    click.echo(f"ok: {len(paths)} file(s), {mine} watchlist entities")


@kb.command("import-ftm")
@click.argument("source", type=click.File("rb"))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    help="Watchlist file to write (default: <SOURCE name>.watchlist.yaml here).",
)
@click.option(
    "--list-name", help="Label of this list, e.g. 'us_ofac_sdn'; added to sanction lists."
)
def import_ftm_command(
    source: click.utils.LazyFile, output: str | None, list_name: str | None
) -> None:
    """Turn a FollowTheMoney / OpenSanctions JSON-lines export into a watchlist file."""
    entities, problems = import_ftm(source, list_name=list_name)
    for problem in problems:
        click.echo(f"{source.name}: {problem}", err=True)
    target = (
        Path(output) if output else Path(Path(source.name).name.split(".")[0] + ".watchlist.yaml")
    )
    try:
        write_watchlist(entities, target, note=f"imported from {source.name}")
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc}") from None
    sanctioned = sum(1 for e in entities if e.sanctioned)
    click.echo(f"wrote {len(entities)} entities ({sanctioned} sanctioned) to {target}")
    click.echo(f"use it with RASD_KB_PATHS={target} or `rasd kb check {target}`")
