"""``rasd feeds``: manage the feed registry file and check a feed right now (no Kafka needed)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from rasd.errors import ConfigError, InputError, RasdError
from rasd.feeds.registry import FeedConfig, FeedRegistry, parse_interval
from rasd.feeds.safety import AllowList
from rasd.settings import Settings


def _feeds_file(option: str | None) -> Path:
    if option:
        return Path(option)
    settings = Settings.load()
    if settings.feeds_file:
        return Path(settings.feeds_file)
    return settings.home_path / "feeds.yaml"


def _load(path: Path) -> FeedRegistry:
    try:
        return FeedRegistry.load(path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


file_option = click.option(
    "--file",
    "file_",
    metavar="PATH",
    help="Registry file (default: RASD_FEEDS_FILE or <home>/feeds.yaml).",
)


@click.group()
def feeds() -> None:
    """Manage the news feeds Rasd polls."""


@feeds.command("add")
@click.argument("url")
@click.option("--name", default="", help="Display name of the source.")
@click.option("--lang", type=click.Choice(["ar", "en", "other"]), help="Language hint.")
@click.option("--country", help="2-letter ISO country code of the outlet.")
@click.option(
    "--interval", default="10m", show_default=True, help="Poll interval: seconds or 30s/10m/2h."
)
@click.option("--tag", "tags", multiple=True, help="A tag for every article (repeatable).")
@click.option(
    "--full-text/--no-full-text", default=False, help="Fetch article pages (not built yet)."
)
@click.option("--disabled", is_flag=True, help="Add the feed without polling it yet.")
@file_option
def add(
    url: str,
    name: str,
    lang: str | None,
    country: str | None,
    interval: str,
    tags: tuple[str, ...],
    full_text: bool,
    disabled: bool,
    file_: str | None,
) -> None:
    """Add (or update) the feed at URL."""
    path = _feeds_file(file_)
    registry = _load(path)
    try:
        feed = FeedConfig(
            url=url,
            name=name,
            lang_hint=lang,
            country=country,
            interval=parse_interval(interval),
            tags=tags,
            full_text=full_text,
            enabled=not disabled,
        )
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    existed = registry.find(feed.id) is not None
    registry.add(feed)
    registry.save(path)
    click.echo(f"{'updated' if existed else 'added'} {feed.id} {feed.url} ({path})")


@feeds.command("list")
@file_option
def list_feeds(file_: str | None) -> None:
    """List the registered feeds."""
    path = _feeds_file(file_)
    registry = _load(path)
    if not len(registry):
        click.echo(f"no feeds in {path}; add one with: rasd feeds add URL")
        return
    for feed in registry:
        state = "on " if feed.enabled else "off"
        click.echo(
            f"{feed.id}  {state}  {feed.lang_hint or '-':5} {int(feed.interval):>6}s  "
            f"{feed.url}  {feed.name}"
        )


@feeds.command("remove")
@click.argument("url_or_id")
@file_option
def remove(url_or_id: str, file_: str | None) -> None:
    """Remove a feed by URL or id."""
    path = _feeds_file(file_)
    registry = _load(path)
    feed = registry.remove(url_or_id)
    if feed is None:
        raise click.ClickException(f"no feed {url_or_id!r} in {path} (see: rasd feeds list)")
    registry.save(path)
    click.echo(f"removed {feed.id} {feed.url}")


@feeds.command("check")
@click.argument("url")
@click.option("--lang", type=click.Choice(["ar", "en", "other"]), help="Language hint.")
@click.option(
    "--allow-private",
    multiple=True,
    metavar="HOST",
    help="Also allow this private host/network (adds to RASD_ALLOW_PRIVATE_HOSTS).",
)
@click.option("--timeout", default=30.0, show_default=True, help="Total timeout in seconds.")
@click.option(
    "--items", "show_items", default=10, show_default=True, help="How many items to print."
)
def check(
    url: str, lang: str | None, allow_private: tuple[str, ...], timeout: float, show_items: int
) -> None:
    """Fetch and parse the feed at URL now; print its health and items."""
    from agents.feeds.http import FeedFetcher, FetchLimits
    from agents.feeds.poller import FeedPoller, MemorySink

    settings = Settings.load()
    allow = AllowList.parse([*settings.allow_private_hosts.split(","), *allow_private])
    try:
        feed = FeedConfig(url=url, lang_hint=lang)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None

    async def run() -> tuple[object, MemorySink]:
        sink = MemorySink()
        limits = FetchLimits(total_timeout=timeout, politeness_delay=0)
        async with FeedFetcher(limits, allow) as fetcher:
            poller = FeedPoller(fetcher, sink, max_text_chars=settings.max_text_chars)
            state = await poller.poll(feed)
        return state, sink

    try:
        state, sink = asyncio.run(run())
    except RasdError as exc:
        raise click.ClickException(str(exc)) from None
    data = state.to_dict()  # type: ignore[attr-defined]
    click.echo(f"health: {data['health']}  items: {data['items_last_poll']}  feed id: {feed.id}")
    if data["url"] != url:
        click.echo(f"moved to: {data['url']}")
    if data["last_error"]:
        click.echo(f"error: {data['last_error']}")
    for warning in data["warnings"]:
        click.echo(f"warning: {warning}")
    for record in sink.records[:show_items]:
        click.echo(f"- [{record['lang']}] {record['published']}  {record['title']}")
        click.echo(f"  {record['url']}")
    if len(sink.records) > show_items:
        click.echo(f"... and {len(sink.records) - show_items} more")
    if data["health"] == "failing" or (data["last_error"] and not sink.records):
        raise SystemExit(1)
