"""``rasd analyze`` and ``rasd eval``: the analyzer from the command line.

Input is plain text, one JSON article (``{"id", "text", "lang", "published", "title"}``) or
JSON lines (one article per line, one result per line). Bad input gets a message that names the
file and line and exit code 2, never a traceback; in JSON-lines mode a bad line is reported and
the other lines are still analysed.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from typing import Any

import click
import orjson

from rasd.errors import InputError
from rasd.model import Analysis

EXIT_BAD_INPUT = 2


def _parse_date(value: str | None, where: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(
            f"{where}: published date {value!r} is not a date like 2025-11-11"
        ) from None


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return _parse_date(value, "--published")
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


def _read_text(path: str) -> tuple[str, str]:
    """(name, text) of ``path`` or stdin; InputError for a missing, binary or non-UTF-8 file."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            raw = (
                sys.stdin.buffer.read()
                if hasattr(sys.stdin, "buffer")
                else sys.stdin.read().encode()
            )
        else:
            with open(path, "rb") as fh:
                raw = fh.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a text file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror})") from None
    if b"\x00" in raw[:65536]:
        raise InputError(
            f"{name}: looks like binary data (it contains NUL bytes); give a text or JSON file"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (bad byte at offset {exc.start}); convert it to UTF-8 first"
        ) from None
    controls = sum(1 for c in text[:65536] if c < " " and c not in "\t\n\r\f\v")
    if controls > max(8, len(text[:65536]) // 20):
        raise InputError(
            f"{name}: looks like binary data (many control characters); give a text file"
        )
    return name, text


def _article(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise InputError(f'{where}: expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'{where}: the article has no "text" string')
    return record


def _articles(name: str, text: str) -> list[tuple[str, dict[str, Any] | InputError]]:
    """Articles of the input with where they come from; a bad JSON line becomes an InputError."""
    if not text.lstrip().startswith("{"):
        return [(name, {"text": text})]
    try:
        return [(name, _article(orjson.loads(text), name))]
    except orjson.JSONDecodeError:
        pass  # not one JSON document: JSON lines
    except InputError as exc:
        return [(name, exc)]
    out: list[tuple[str, dict[str, Any] | InputError]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            out.append((where, _article(orjson.loads(line), where)))
        except orjson.JSONDecodeError as exc:
            out.append((where, InputError(f"{where}: not valid JSON ({exc})")))
        except InputError as exc:
            out.append((where, exc))
    return out


def _load_kb(kb_files: tuple[str, ...]) -> Any:
    from rasd.kb.loader import default_kb

    return default_kb(tuple(kb_files))


def _summary(analysis: Analysis) -> str:
    lines = [
        f"{analysis.id}  lang={analysis.lang}" + ("  (text cut)" if analysis.truncated else "")
    ]
    if not analysis.entities:
        lines.append("  no entities")
    for e in analysis.entities:
        surfaces = Counter(m.text for m in e.mentions)
        shown = ", ".join(f"{s} x{n}" if n > 1 else s for s, n in surfaces.most_common(4))
        tag = e.id if e.linked else "unlinked"
        lines.append(f"  {e.type:<6} {e.name} [{tag}] {len(e.mentions)} mention(s): {shown}")
    for ev in analysis.events:
        actors = ", ".join(a.name for a in ev.actors) or "?"
        targets = ", ".join(t.name for t in ev.targets) or "?"
        extra = f" {ev.duration}" if ev.duration else ""
        lines.append(f"  EVENT  {ev.type} ({ev.status}){extra}: {actors} -> {targets}")
    return "\n".join(lines)


# Shared by analyze and eval: extra watchlist files on top of the built-in KB.
kb_option = click.option(
    "--kb",
    "kb_files",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Extra watchlist file (repeatable).",
)


@click.command()
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--published",
    callback=_date_option,
    help="Publication date (YYYY-MM-DD); decides office holders.",
)
@click.option(
    "--lang", type=click.Choice(["ar", "en", "other"]), help="Language (detected when not given)."
)
@click.option(
    "--json", "as_json", is_flag=True, help="One JSON result per article (the gold format)."
)
@kb_option
def analyze(
    source: str, published: date | None, lang: str | None, as_json: bool, kb_files: tuple[str, ...]
) -> None:
    """Tag entities and events in SOURCE (a text, JSON or JSON-lines file; stdin by default)."""
    from rasd.analyze import analyze as run_analysis

    try:
        name, text = _read_text(source)
        kb = _load_kb(kb_files)
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    failed = False
    for where, item in _articles(name, text):
        if isinstance(item, InputError):
            click.echo(f"error: {item}", err=True)
            failed = True
            continue
        try:
            day = _parse_date(item.get("published"), where) if item.get("published") else published
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        item_lang = item.get("lang") if item.get("lang") in ("ar", "en", "other") else None
        result = run_analysis(
            item["text"],
            lang=lang or item_lang,
            published=day,
            article_id=str(item["id"]) if item.get("id") is not None else None,
            kb=kb,
            title=item.get("title"),
        )
        if as_json:
            click.echo(orjson.dumps(result.to_dict()).decode())
        else:
            click.echo(_summary(result))
    if failed:
        sys.exit(EXIT_BAD_INPUT)


@click.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable figures.")
@click.option("--show-errors", is_flag=True, help="List misses and false positives per article.")
@kb_option
def eval_command(
    gold_files: tuple[str, ...], as_json: bool, show_errors: bool, kb_files: tuple[str, ...]
) -> None:
    """Score the analyzer on gold JSON-lines files (see shared/gold/README.md)."""
    from rasd.eval import evaluate, format_report, load_gold

    try:
        articles = [a for path in gold_files for a in load_gold(path)]
        kb = _load_kb(kb_files)
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    report, _ = evaluate(articles, kb=kb)
    if as_json:
        click.echo(orjson.dumps(report.to_dict(errors=show_errors)).decode())
    else:
        click.echo(format_report(report, show_errors=show_errors))
