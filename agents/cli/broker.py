"""`rasd broker start | stop | status | logs`: the embedded Apache Kafka broker."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from agents.broker import BrokerStatus, EmbeddedBroker
from rasd.errors import RasdError
from rasd.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
EXIT_NOT_RUNNING = 3  # as `systemctl status` / LSB init scripts, for scripts that poll


@contextlib.contextmanager
def _errors_for_people() -> Iterator[None]:
    """A RasdError already says what is wrong and what to do: print it, no traceback."""
    try:
        yield
    except RasdError as exc:
        raise click.ClickException(str(exc)) from exc


def _cluster_options(func: F) -> F:
    func = click.option(
        "--nodes",
        type=click.IntRange(1, 9),
        default=1,
        show_default=True,
        help="Nodes of the local KRaft cluster (3 for replication tests; kept apart from the 1-node one).",
    )(func)
    func = click.option(
        "--port",
        type=click.IntRange(1, 65535),
        default=None,
        help="Client port of node 1 (node N uses port+N-1). Default: RASD_BROKER_PORT (9092).",
    )(func)
    return func


def _make_broker(
    port: int | None, nodes: int, version: str | None = None
) -> tuple[Settings, EmbeddedBroker]:
    with _errors_for_people():
        settings = Settings.load(broker_port=port, kafka_version=version)
        return settings, EmbeddedBroker.from_settings(settings, nodes=nodes)


@click.group()
def broker() -> None:
    """The embedded Apache Kafka broker (KRaft mode, on 127.0.0.1) for local runs and tests.

    Kafka's jars come from RASD_KAFKA_HOME/KAFKA_HOME or are fetched once with Maven into the
    user cache directory; data and logs live under RASD_HOME/broker.
    """


@broker.command()
@_cluster_options
@click.option(
    "--version", "kafka_version", default=None, help="Kafka version (default: RASD_KAFKA_VERSION)."
)
@click.option(
    "--timeout",
    type=float,
    default=120,
    show_default=True,
    help="Seconds to wait until it is ready.",
)
def start(port: int | None, nodes: int, kafka_version: str | None, timeout: float) -> None:
    """Start the broker (fetching and formatting on first use); return when it is ready."""
    settings, embedded = _make_broker(port, nodes, kafka_version)
    if not settings.embedded:
        click.echo(
            f"Note: RASD_KAFKA_BOOTSTRAP={settings.kafka_bootstrap} is set, so Rasd's workers use "
            "that cluster, not this embedded broker.",
            err=True,
        )
    with _errors_for_people():
        embedded.start(timeout=timeout)
        status = embedded.status()
    report = embedded.last_start
    assert report is not None  # start() always records one
    if report.already_running:
        headline = f"Kafka {status.version} was already running"
    else:
        how = "formatted new storage" if report.formatted else "existing data"
        headline = f"Kafka {status.version} started in {report.seconds:.1f} s ({how})"
    click.echo(f"{headline}.")
    _print_locations(status, embedded)


def _print_locations(status: BrokerStatus, embedded: EmbeddedBroker) -> None:
    click.echo(f"  bootstrap  {status.bootstrap}")
    for node in status.nodes:
        prefix = f"  node {node.node_id}" if len(status.nodes) > 1 else " "
        pid = f"pid {node.pid}" if node.pid else "not running"
        click.echo(f"{prefix} {pid}, port {node.port}")
        click.echo(f"{prefix} data       {node.data_dir}")
        click.echo(f"{prefix} logs       {embedded.log_file(node.node_id)}")


@broker.command()
@_cluster_options
@click.option(
    "--timeout",
    type=float,
    default=60,
    show_default=True,
    help="Seconds to wait for a clean shutdown before SIGKILL.",
)
def stop(port: int | None, nodes: int, timeout: float) -> None:
    """Stop the broker gracefully (its data is kept)."""
    _, embedded = _make_broker(port, nodes)
    with _errors_for_people():
        before = embedded.status()
        if before.state == "stopped":
            click.echo("The embedded broker is not running.")
            return
        started = time.monotonic()
        embedded.stop(timeout=timeout)
    for pid in embedded.last_stop_killed:
        click.echo(
            f"Warning: pid {pid} did not shut down within {timeout:.0f} s and was killed; "
            "its next start will recover its logs.",
            err=True,
        )
    pids = ", ".join(str(n.pid) for n in before.nodes if n.pid)
    click.echo(
        f"Stopped the embedded broker (pid {pids}) in {time.monotonic() - started:.1f} s; "
        f"data kept in {before.data_dir}."
    )


@broker.command()
@_cluster_options
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status(port: int | None, nodes: int, as_json: bool) -> None:
    """Say whether the broker runs, with its pid, port, version and data directory.

    Exits 0 when running, 3 when stopped (or only partly running).
    """
    _, embedded = _make_broker(port, nodes)
    with _errors_for_people():
        current = embedded.status()
    if as_json:
        click.echo(json.dumps(current.as_dict(), indent=2))
    else:
        click.echo(
            f"{current.state}: Kafka {current.version}, cluster id {current.cluster_id or '(not formatted)'}"
        )
        _print_locations(current, embedded)
    if current.state not in {"running", "starting"}:
        sys.exit(EXIT_NOT_RUNNING)


@broker.command()
@_cluster_options
@click.option("-f", "--follow", is_flag=True, help="Keep printing new lines (Ctrl-C stops).")
@click.option(
    "-n",
    "--lines",
    type=click.IntRange(0),
    default=50,
    show_default=True,
    help="Lines from the end to print first.",
)
@click.option(
    "--node", type=click.IntRange(1), default=1, show_default=True, help="Which node's log."
)
def logs(port: int | None, nodes: int, follow: bool, lines: int, node: int) -> None:
    """Print the broker's server log (and follow it with -f)."""
    _, embedded = _make_broker(port, nodes)
    with _errors_for_people():
        path = embedded.log_file(node)
    if not path.exists():
        raise click.ClickException(f"No log yet at {path}: the broker has not been started here.")
    with open(path, "rb") as fh:
        content = fh.read()
    for line in _last_lines(content.decode("utf-8", errors="replace").splitlines(), lines):
        click.echo(line)
    if follow:
        with contextlib.suppress(KeyboardInterrupt):
            _follow(path, len(content))


def _last_lines(all_lines: list[str], count: int) -> list[str]:
    return all_lines[-count:] if count else []


def _follow(path: Path, position: int) -> None:
    while True:
        size = path.stat().st_size if path.exists() else 0
        if size < position:
            position = 0  # log4j rolled the file over: the new one starts from scratch
        if size > position:
            with open(path, "rb") as fh:
                fh.seek(position)
                chunk = fh.read()
            position += len(chunk)
            click.echo(chunk.decode("utf-8", errors="replace"), nl=False)
            continue
        time.sleep(0.5)
