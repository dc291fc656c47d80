"""``rasd subscriptions add | list | rm``: manage alert subscriptions through the HTTP API.

The commands talk to the worker's API (``RASD_WEB_HOST``:``RASD_WEB_PORT``, or ``--api``)
with ``RASD_API_TOKEN`` as the bearer token, so they work the same against a local worker
and a remote one.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import click

from agents.cli.common import load_settings

TIMEOUT_SECONDS = 15

api_option = click.option("--api", metavar="URL", help="API base URL (default: http://RASD_WEB_HOST:RASD_WEB_PORT).")
token_option = click.option("--token", metavar="TOKEN", help="Bearer token (default: RASD_API_TOKEN).")


def _base(api: str | None) -> tuple[str, str]:
    settings = load_settings()
    if api:
        return api.rstrip("/"), settings.api_token
    host = settings.web_host
    if host in {"0.0.0.0", "::", ""}:  # a wildcard bind: reach it on this machine
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{settings.web_port}", settings.api_token


def call(method: str, api: str | None, token: str | None, path: str, body: Any = None) -> tuple[int, Any]:
    """One API request; returns (status, decoded JSON or None).  Unreachable → ClickException."""
    base, default_token = _base(api)
    headers = {"Accept": "application/json"}
    if token or default_token:
        headers["Authorization"] = f"Bearer {token or default_token}"
    data = None
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise click.ClickException(
            f"cannot reach the Rasd API at {base} ({reason}); is `rasd worker` running there? "
            f"(set RASD_WEB_HOST/RASD_WEB_PORT or pass --api)"
        ) from None
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, {"error": raw[:300].decode("utf-8", "replace")}


def _fail(status: int, payload: Any) -> click.ClickException:
    payload = payload if isinstance(payload, dict) else {}
    lines = [f"HTTP {status}: {payload.get('error', 'request failed')}"]
    lines += [f"  {e.get('field')}: {e.get('message')}" for e in payload.get("errors") or ()]
    return click.ClickException("\n".join(lines))


@click.group()
def subscriptions() -> None:
    """Manage alert subscriptions (through the worker's HTTP API)."""


@subscriptions.command("add")
@click.option("--name", help="A name people recognise, e.g. 'Syria sanctions'.")
@click.option("--id", "sub_id", help="Choose the id (default: generated).")
@click.option("--entity", "entities", multiple=True, help="Entity id or name, English or Arabic (repeatable).")
@click.option("--entity-type", "entity_types", multiple=True, help="PERSON, ORG, GPE... (repeatable).")
@click.option("--event-type", "event_types", multiple=True, help="e.g. sanctions.lifted, alliance.joined, surge.")
@click.option("--status", "statuses", multiple=True, help="Statuses that alert (default: occurred, planned).")
@click.option("--country", "countries", multiple=True, help="Country id or name (repeatable).")
@click.option("--lang", "languages", multiple=True, type=click.Choice(["ar", "en", "other"]))
@click.option("--source", "sources", multiple=True, help="Outlet name or domain (repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1))
@click.option("--sanctioned", is_flag=True, help="Only when a sanctioned entity is mentioned.")
@click.option("--query", help='Keywords: AND / OR / NOT, ( ), "phrases"; Arabic or English.')
@click.option("--webhook-url", help="Also POST alerts to this URL (signed).")
@click.option("--webhook-secret", help="Secret for the signature (16+ characters).")
@click.option("--digest", is_flag=True, help="Hourly digest instead of immediate alerts.")
@click.option("--file", "file_", type=click.Path(exists=True, dir_okay=False), help="Read the whole body from a JSON file.")
@api_option
@token_option
def add(
    name: str | None, sub_id: str | None, entities: tuple[str, ...], entity_types: tuple[str, ...],
    event_types: tuple[str, ...], statuses: tuple[str, ...], countries: tuple[str, ...],
    languages: tuple[str, ...], sources: tuple[str, ...], min_confidence: float | None, sanctioned: bool,
    query: str | None, webhook_url: str | None, webhook_secret: str | None, digest: bool,
    file_: str | None, api: str | None, token: str | None,
) -> None:
    """Create a subscription; the server checks it and says what is wrong, field by field."""
    if file_:
        try:
            body = json.loads(Path(file_).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"{file_}: not a readable JSON file ({exc})") from None
    else:
        if not name:
            raise click.UsageError("--name is required (or give the whole body with --file)")
        filters: dict[str, Any] = {
            key: list(value)
            for key, value in {
                "entities": entities, "entity_types": entity_types, "event_types": event_types,
                "statuses": statuses, "countries": countries, "languages": languages, "sources": sources,
            }.items()
            if value
        }
        if min_confidence is not None:
            filters["min_confidence"] = min_confidence
        if sanctioned:
            filters["sanctioned_entity"] = True
        if query:
            filters["query"] = query
        delivery: dict[str, Any] = {"mode": "hourly_digest" if digest else "immediate"}
        if webhook_url or webhook_secret:
            if not (webhook_url and webhook_secret):
                raise click.UsageError("--webhook-url and --webhook-secret go together")
            delivery["webhook"] = {"url": webhook_url, "secret": webhook_secret}
        body = {"name": name, "filters": filters, "delivery": delivery}
        if sub_id:
            body["id"] = sub_id
    status, payload = call("POST", api, token, "/subscriptions", body)
    if status != 201:
        raise _fail(status, payload)
    click.echo(f"created {payload['id']}")


def _describe(sub: dict[str, Any]) -> str:
    f = sub.get("filters") or {}
    parts = []
    for key in ("entities", "event_types", "countries", "languages", "sources"):
        if f.get(key):
            parts.append(f"{key}={','.join(f[key])}")
    if f.get("statuses") and f["statuses"] != ["occurred", "planned"]:
        parts.append(f"statuses={','.join(f['statuses'])}")
    if f.get("query"):
        parts.append(f"query={f['query']!r}")
    if f.get("sanctioned_entity"):
        parts.append("sanctioned")
    hook = (sub.get("delivery") or {}).get("webhook")
    if hook:
        parts.append(f"webhook={hook['url']}")
    return " ".join(parts) or "(everything)"


@subscriptions.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the subscriptions as JSON.")
@api_option
@token_option
def list_(as_json: bool, api: str | None, token: str | None) -> None:
    """List subscriptions."""
    status, payload = call("GET", api, token, "/subscriptions")
    if status != 200:
        raise _fail(status, payload)
    subs = payload.get("subscriptions") or []
    if as_json:
        click.echo(json.dumps(subs, ensure_ascii=False, indent=2))
        return
    if not subs:
        click.echo("no subscriptions yet: add one with `rasd subscriptions add --name ... --entity ...`")
    for sub in subs:
        click.echo(f"{sub['id']}\t{sub['name']}\t{_describe(sub)}")


@subscriptions.command("rm")
@click.argument("sub_ids", nargs=-1, required=True, metavar="ID...")
@api_option
@token_option
def rm(sub_ids: tuple[str, ...], api: str | None, token: str | None) -> None:
    """Delete subscriptions by id."""
    failed = False
    for sid in sub_ids:
        status, payload = call("DELETE", api, token, f"/subscriptions/{urllib.parse.quote(sid, safe='')}")
        if status == 204:
            click.echo(f"deleted {sid}")
        else:
            failed = True
            click.echo(f"{sid}: {_fail(status, payload).message}", err=True)
    if failed:
        raise SystemExit(1)
