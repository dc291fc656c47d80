"""The analysts' dashboard: a static single-page app and the read-only JSON it reads.

``add_dashboard_routes(app, data)`` mounts, on the worker's aiohttp application:

- ``/`` — the page (``static/index.html``), ``/static/...`` — its script and style sheet;
- ``GET /api/alerts?type=&entity=&lang=&severity=&limit=&subscription=`` — newest first;
  ``severity`` means "at least this severity", ``entity`` an entity id or an English/Arabic
  name; a story that alerted several subscribers is listed once unless ``subscription`` asks
  for one subscriber's alerts;
- ``GET /api/alerts/{id}`` — every revision of one alert, all sources, its codes;
- ``GET /api/entities/{id}`` — names in both languages, type, sanctions flag, hourly mention
  counts for the last 48 hours, recent events and alerts naming it;
- ``GET /api/feeds`` — each feed's health, last success, last error, items per poll;
- ``GET /api/meta`` — the vocabularies (event types, severities...) the page's filters and
  subscription form offer, taken from the subscription schema so they never drift apart.

Live alerts reach the page through the alerts API's Server-Sent Events stream
(``/alerts/stream``), and subscriptions through its REST API: the dashboard adds no write
route of its own.

``DashboardData`` is what the routes read; ``MemoryDashboardData`` keeps a bounded window of
it in memory (the newest alerts, 48 hourly buckets per entity, a capped number of entities
and feeds) and is fed by the worker's consumers through ``record_alert``,
``record_mentions`` and ``record_feed_state``.  A record those cannot use raises
``MessageError``: the caller dead-letters it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import orjson
from aiohttp import web

from rasd.alerts.subscription import body_schema
from rasd.errors import InputError, MessageError

__all__ = [
    "HOURS",
    "SEVERITIES",
    "STATIC_DIR",
    "AlertQuery",
    "DashboardData",
    "MemoryDashboardData",
    "add_dashboard_routes",
    "entity_key",
]

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
SEVERITIES = ("info", "low", "medium", "high", "critical")
HOURS = 48
MAX_LIMIT = 500
DEFAULT_LIMIT = 100
RECENT_ON_ENTITY_PAGE = 20

# The page is the only HTML this server sends; a strict policy means that even if article
# text ever reached the DOM as markup, no script or remote resource it names would run.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def entity_key(entity_id: str | None, name: str | None) -> str:
    """The dashboard's key of an entity: its id, or ``name:<name>`` for an unlinked one."""
    if entity_id:
        return entity_id
    return "name:" + " ".join((name or "").split()).casefold()


def _event_types() -> list[str]:
    items = body_schema()["properties"]["filters"]["properties"]["event_types"]["items"]
    return list(items["enum"])


@dataclass(frozen=True, slots=True)
class AlertQuery:
    """The filters of ``GET /api/alerts``; ``from_params`` reports a bad one as ``InputError``."""

    type: str | None = None
    entity: str | None = None
    lang: str | None = None
    severity: str | None = None  # at least this severity
    limit: int = DEFAULT_LIMIT
    # One subscriber's alerts; without it, a story that alerted several subscribers is
    # listed once (its newest alert), as an analyst wants to read it.
    subscription: str | None = None

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> AlertQuery:
        def text(name: str) -> str | None:
            value = (params.get(name) or "").strip()
            return value or None

        event_type, severity, lang = text("type"), text("severity"), text("lang")
        if event_type is not None and event_type not in _event_types():
            raise InputError(f"type {event_type!r} is not one of: {', '.join(_event_types())}")
        if severity is not None and severity not in SEVERITIES:
            raise InputError(f"severity {severity!r} is not one of: {', '.join(SEVERITIES)}")
        if lang is not None and (len(lang) > 12 or not lang.replace("-", "").isalpha()):
            raise InputError(f"lang {lang!r} is not a language code such as ar or en")
        raw_limit = text("limit")
        limit = DEFAULT_LIMIT
        if raw_limit is not None:
            try:
                limit = int(raw_limit)
            except ValueError:
                raise InputError(f"limit {raw_limit!r} is not a whole number") from None
            if not 1 <= limit <= MAX_LIMIT:
                raise InputError(f"limit must be between 1 and {MAX_LIMIT} (got {limit})")
        entity = text("entity")
        if entity is not None and len(entity) > 200:
            raise InputError("entity must have at most 200 characters")
        subscription = text("subscription")
        return cls(type=event_type, entity=entity, lang=lang, severity=severity, limit=limit,
                   subscription=subscription)


class DashboardData(Protocol):
    """What the dashboard's routes read. Every method is cheap and never blocks."""

    def list_alerts(self, query: AlertQuery) -> list[dict[str, Any]]:
        """The newest revision of each matching alert, newest first, at most ``query.limit``."""
        ...

    def get_alert(self, alert_id: str) -> dict[str, Any] | None:
        """``{"alert", "revisions", "sources", "codes"}`` for one alert, or None."""
        ...

    def get_entity(self, key: str) -> dict[str, Any] | None:
        """Names, type, sanctions flag, ``hourly`` counts, recent events and alerts, or None."""
        ...

    def list_feeds(self) -> list[dict[str, Any]]:
        """The latest state of every feed, failing ones first."""
        ...


# -- the in-memory implementation ---------------------------------------------------------


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _fold(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def _participants(alert: Mapping[str, Any]) -> Iterable[tuple[str, Mapping[str, Any]]]:
    """(role, entity reference) for every entity an alert names."""
    event = alert.get("event") or {}
    for role in ("actors", "targets"):
        for ref in event.get(role) or ():
            if isinstance(ref, Mapping):
                yield role[:-1], ref
    instrument = event.get("instrument")
    if isinstance(instrument, Mapping):
        yield "instrument", instrument
    for ent in alert.get("entities") or ():
        if isinstance(ent, Mapping):
            yield "mentioned", ent
    surged = alert.get("entity")  # surge alerts name the entity that surged
    if isinstance(surged, Mapping):
        yield "surged", surged


def _alert_langs(alert: Mapping[str, Any]) -> set[str]:
    langs = {alert.get("lang")}
    langs.update(s.get("lang") for s in alert.get("sources") or () if isinstance(s, Mapping))
    return {lang for lang in langs if isinstance(lang, str)}


def _alert_type(alert: Mapping[str, Any]) -> str | None:
    if alert.get("kind") == "surge":
        return "surge"
    event = alert.get("event") or {}
    return event.get("type")


def _matches(alert: Mapping[str, Any], query: AlertQuery) -> bool:
    if query.subscription is not None and alert.get("subscription_id") != query.subscription:
        return False
    if query.type is not None and _alert_type(alert) != query.type:
        return False
    if query.severity is not None:
        rank = SEVERITIES.index(alert["severity"]) if alert.get("severity") in SEVERITIES else -1
        if rank < SEVERITIES.index(query.severity):
            return False
    if query.lang is not None and query.lang not in _alert_langs(alert):
        return False
    if query.entity is not None:
        wanted = _fold(query.entity)
        for _role, ref in _participants(alert):
            names = (ref.get("id"), ref.get("name"), ref.get("name_ar"))
            if wanted in {_fold(n) for n in names if n} or wanted == entity_key(
                ref.get("id"), ref.get("name")
            ):
                break
        else:
            return False
    return True


@dataclass(slots=True)
class _StoredAlert:
    revisions: list[dict[str, Any]]  # ascending revision number; all but the latest compacted
    sort_key: tuple[datetime, int]
    # Sources named by the compacted revisions: source key -> (revision, source).
    older_sources: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    size: int = 0  # JSON bytes of what is kept, for the store's byte budget

    @property
    def latest(self) -> dict[str, Any]:
        return self.revisions[-1]


@dataclass(slots=True)
class _EntityStats:
    info: dict[str, Any]
    hourly: dict[datetime, int]  # hour start (UTC) -> mentions, at most HOURS buckets


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_HEALTH_ORDER = {"failing": 0, "degraded": 1, "unknown": 2, "disabled": 3, "ok": 4}
_NAME_FIELDS = ("id", "name", "name_ar", "type", "linked", "sanctioned")
_FEED_FIELDS = (
    "feed_id",
    "url",
    "name",
    "health",
    "enabled",
    "last_success",
    "last_error",
    "last_error_at",
    "consecutive_failures",
    "items_last_poll",
    "published_last_poll",
    "warnings",
    "next_poll_at",
)


# What the alert page shows of an older revision (the latest one is kept whole).
_REVISION_FIELDS = (
    "id", "revision", "kind", "severity", "summary", "status", "changes",
    "created_at", "updated_at", "cluster_revision",
)


def _source_key(src: dict[str, Any]) -> str:
    return str(src.get("article_id") or src.get("url"))


def _compacted(revision: dict[str, Any], older_sources: dict[str, tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """An older revision reduced to what its line on the alert page needs; its sources go to
    the alert's pool. A whole revision with forty sources is ~20 KB in memory: kept whole,
    the bounded store grew a worker by ~100 MB before it was full."""
    if "source_count" in revision and "sources" not in revision:
        return revision  # already compacted
    number = int(revision.get("revision", 1))
    sources = [s for s in revision.get("sources") or () if isinstance(s, dict)]
    for src in sources:
        key = _source_key(src)
        if key not in older_sources or older_sources[key][0] <= number:
            older_sources[key] = (number, src)
    out = {k: revision[k] for k in _REVISION_FIELDS if k in revision}
    out["source_count"] = len(sources)
    return out


def _json_size(stored: _StoredAlert) -> int:
    sources = [src for _, src in stored.older_sources.values()]
    return len(orjson.dumps(stored.revisions, default=str)) + len(orjson.dumps(sources, default=str))


class MemoryDashboardData:
    """A bounded, in-process ``DashboardData``: what this worker has seen recently.

    Not thread-safe; call it from the event loop that serves the routes.  ``clock`` returns
    the current UTC time (tests pass their own).
    """

    def __init__(
        self,
        *,
        max_alerts: int = 2000,
        max_revisions: int = 20,
        max_entities: int = 10_000,
        max_feeds: int = 10_000,
        max_alert_bytes: int | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if min(max_alerts, max_revisions, max_entities, max_feeds, max_alert_bytes or 1) < 1:
            raise ValueError("every MemoryDashboardData limit must be at least 1")
        self.max_alerts = max_alerts
        # A count alone bounds the store loosely: an alert naming a hundred sources weighs
        # fifty times one naming two. Past this many JSON bytes the least recently updated
        # alerts go (the newest always stays).
        self.max_alert_bytes = max_alert_bytes
        self._alert_bytes = 0
        self.max_revisions = max_revisions
        self.max_entities = max_entities
        self.max_feeds = max_feeds
        self._clock = clock or (lambda: datetime.now(UTC))
        self._alerts: OrderedDict[str, _StoredAlert] = OrderedDict()  # least recently updated first
        self._entities: OrderedDict[str, _EntityStats] = OrderedDict()  # least recently seen first
        self._feeds: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._seq = 0

    # -- writes (from the worker's consumers) --------------------------------------------

    def record_alert(self, alert: dict[str, Any]) -> None:
        """Keep one revision of an alert; a redelivered revision replaces its earlier copy."""
        if not isinstance(alert, dict):
            raise MessageError("dashboard: an alert must be a JSON object")
        alert_id, revision = alert.get("id"), alert.get("revision", 1)
        if not isinstance(alert_id, str) or not alert_id:
            raise MessageError("dashboard: the alert has no id")
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            raise MessageError(f"dashboard: alert {alert_id!r} has a bad revision {revision!r}")
        self._seq += 1
        when = _parse_time(alert.get("updated_at")) or _parse_time(alert.get("created_at"))
        sort_key = (when or self._clock(), self._seq)
        stored = self._alerts.pop(alert_id, None)
        if stored is not None:
            self._alert_bytes -= stored.size
        if stored is None:
            stored = _StoredAlert(revisions=[alert], sort_key=sort_key)
        else:
            revisions = [r for r in stored.revisions if r.get("revision", 1) != revision]
            revisions.append(alert)
            revisions.sort(key=lambda r: r.get("revision", 1))
            stored.revisions = revisions[-self.max_revisions :]
            if revision >= stored.latest.get("revision", 1):
                stored.sort_key = sort_key
            for i, older in enumerate(stored.revisions[:-1]):
                stored.revisions[i] = _compacted(older, stored.older_sources)
        if self.max_alert_bytes is not None:
            stored.size = _json_size(stored)
            self._alert_bytes += stored.size
        self._alerts[alert_id] = stored
        while len(self._alerts) > self.max_alerts or (
            self.max_alert_bytes is not None and self._alert_bytes > self.max_alert_bytes and len(self._alerts) > 1
        ):
            _, dropped = self._alerts.popitem(last=False)
            self._alert_bytes -= dropped.size

    @property
    def alert_bytes(self) -> int:
        """JSON bytes of the stored alerts (counted only under a byte budget)."""
        return self._alert_bytes

    def record_mentions(self, entities: list[dict[str, Any]], at: datetime) -> None:
        """Count one article's entity mentions in the hour of ``at`` (naive means UTC).

        ``entities`` are tagged-article entities (id, name, name_ar, type, mentions,
        sanctioned).  A mention older than the 48-hour window is not counted.
        """
        if not isinstance(entities, list):
            raise MessageError("dashboard: entities must be a list")
        if not isinstance(at, datetime):
            raise MessageError(f"dashboard: mention time {at!r} is not a datetime")
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        now_hour = _hour(self._clock())
        hour = min(_hour(at), now_hour)  # a clock a little ahead still counts as now
        oldest = now_hour - timedelta(hours=HOURS - 1)
        # Checked before counting anything, so that a bad record counts nothing twice on retry.
        if any(not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"] for e in entities):
            raise MessageError("dashboard: every entity needs a name")
        for ent in entities:
            key = entity_key(ent.get("id"), ent["name"])
            stats = self._entities.pop(key, None) or _EntityStats(info={}, hourly={})
            stats.info.update({k: v for k, v in ent.items() if k != "mentions" and v is not None})
            stats.info["key"] = key
            if hour >= oldest:
                count = len(ent.get("mentions") or ()) or 1
                stats.hourly[hour] = stats.hourly.get(hour, 0) + count
            for old in [h for h in stats.hourly if h < oldest]:
                del stats.hourly[old]
            self._entities[key] = stats
        while len(self._entities) > self.max_entities:
            self._entities.popitem(last=False)

    def record_feed_state(self, state: dict[str, Any]) -> None:
        """Keep the latest state of one feed (``FeedState.to_dict()`` or ``schemas/feed_state``)."""
        if not isinstance(state, dict) or not isinstance(state.get("feed_id"), str):
            raise MessageError("dashboard: a feed state needs a feed_id")
        if state.get("health") not in _HEALTH_ORDER:
            raise MessageError(
                f"dashboard: feed {state['feed_id']!r} has an unknown health {state.get('health')!r}"
            )
        self._feeds.pop(state["feed_id"], None)
        self._feeds[state["feed_id"]] = {k: state[k] for k in _FEED_FIELDS if k in state}
        while len(self._feeds) > self.max_feeds:
            self._feeds.popitem(last=False)

    # -- reads (DashboardData) -----------------------------------------------------------

    def _newest_first(self) -> list[_StoredAlert]:
        return sorted(self._alerts.values(), key=lambda s: s.sort_key, reverse=True)

    def _with_names(self, alert: dict[str, Any]) -> dict[str, Any]:
        """The alert, with ``entities`` (names in both languages) when it carries none.

        The page highlights the participants in the evidence sentence; an Arabic sentence
        needs their Arabic names, which only the tagged articles told us.
        """
        if alert.get("entities"):
            return alert
        known: dict[str, dict[str, Any]] = {}
        for _role, ref in _participants(alert):
            key = entity_key(ref.get("id"), ref.get("name"))
            stats = self._entities.get(key)
            if stats is not None and key not in known:
                known[key] = {k: stats.info[k] for k in _NAME_FIELDS if k in stats.info}
        return {**alert, "entities": list(known.values())} if known else alert

    def list_alerts(self, query: AlertQuery) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        stories: set[str] = set()
        for stored in self._newest_first():
            alert = stored.latest
            if not _matches(alert, query):
                continue
            if query.subscription is None:
                story = str(alert.get("cluster_id") or alert["id"])
                if story in stories:
                    continue
                stories.add(story)
            out.append(self._with_names(alert))
            if len(out) >= query.limit:
                break
        return out

    def get_alert(self, alert_id: str) -> dict[str, Any] | None:
        stored = self._alerts.get(alert_id)
        if stored is None:
            return None
        sources: dict[str, dict[str, Any]] = {}
        for src in stored.latest.get("sources") or ():  # the newest copy of a source wins
            if isinstance(src, dict):
                sources.setdefault(_source_key(src), src)
        for key, (_, src) in sorted(stored.older_sources.items(), key=lambda item: -item[1][0]):
            sources.setdefault(key, src)
        event = stored.latest.get("event") or {}
        return {
            "alert": self._with_names(stored.latest),
            "revisions": list(reversed(stored.revisions)),
            "sources": list(sources.values()),
            "codes": {"cameo": event.get("cameo"), "plover": event.get("plover")},
        }

    def get_entity(self, key: str) -> dict[str, Any] | None:
        stats = self._entities.get(key)
        info: dict[str, Any] = dict(stats.info) if stats else {}
        recent_alerts: list[dict[str, Any]] = []
        recent_events: list[dict[str, Any]] = []
        seen_clusters: set[str] = set()
        for stored in self._newest_first():
            alert = stored.latest
            roles = sorted(
                {
                    role
                    for role, ref in _participants(alert)
                    if entity_key(ref.get("id"), ref.get("name")) == key
                }
            )
            if not roles:
                continue
            if not info:  # known only from alerts: take its names from them
                info = next(
                    {k: v for k, v in ref.items() if k != "mentions"}
                    for _r, ref in _participants(alert)
                    if entity_key(ref.get("id"), ref.get("name")) == key
                )
                info["key"] = key
            cluster = str(alert.get("cluster_id") or alert["id"])
            if cluster in seen_clusters:  # the same story, alerted to another subscriber
                continue
            seen_clusters.add(cluster)
            if len(recent_alerts) < RECENT_ON_ENTITY_PAGE:
                recent_alerts.append(self._with_names(alert))
            event = alert.get("event")
            if event and len(recent_events) < RECENT_ON_ENTITY_PAGE:
                recent_events.append({
                    **event,
                    "roles": [r for r in roles if r != "mentioned"] or ["mentioned"],
                    "alert_id": alert["id"],
                    "at": alert.get("updated_at") or alert.get("created_at"),
                })
        if not info:
            return None
        now_hour = _hour(self._clock())
        hourly = stats.hourly if stats else {}
        buckets = [now_hour - timedelta(hours=HOURS - 1 - i) for i in range(HOURS)]
        return {
            "key": key,
            "id": info.get("id"),
            "name": info.get("name"),
            "name_ar": info.get("name_ar"),
            "type": info.get("type"),
            "linked": info.get("linked", bool(info.get("id"))),
            "sanctioned": bool(info.get("sanctioned", False)),
            "sanction_lists": list(info.get("sanction_lists") or ()),
            "hourly": [{"hour": _iso(h), "count": hourly.get(h, 0)} for h in buckets],
            "recent_events": recent_events,
            "recent_alerts": recent_alerts,
        }

    def list_feeds(self) -> list[dict[str, Any]]:
        return sorted(
            self._feeds.values(),
            key=lambda f: (
                _HEALTH_ORDER.get(str(f.get("health")), 9),
                f.get("name") or f.get("url") or f["feed_id"],
            ),
        )


# -- routes -------------------------------------------------------------------------------

DATA_KEY = web.AppKey("rasd_dashboard_data", object)


def _json(payload: Any, *, status: int = 200) -> web.Response:
    return web.Response(
        body=orjson.dumps(payload),
        status=status,
        content_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


def _error(status: int, message: str) -> web.Response:
    return _json({"error": message}, status=status)


def _data(request: web.Request) -> DashboardData:
    data: DashboardData = request.app[DATA_KEY]  # type: ignore[assignment]
    return data


async def _index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(
        STATIC_DIR / "index.html",
        headers={
            "Cache-Control": "no-cache",
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        },
    )


async def _alerts(request: web.Request) -> web.Response:
    try:
        query = AlertQuery.from_params(request.query)
    except InputError as exc:
        return _error(400, str(exc))
    alerts = _data(request).list_alerts(query)
    return _json({"alerts": alerts, "count": len(alerts)})


async def _alert(request: web.Request) -> web.Response:
    found = _data(request).get_alert(request.match_info["alert_id"])
    if found is None:
        return _error(404, "no such alert (it may be older than the dashboard keeps)")
    return _json(found)


async def _entity(request: web.Request) -> web.Response:
    found = _data(request).get_entity(request.match_info["entity_id"])
    if found is None:
        return _error(404, "no such entity in the last 48 hours")
    return _json(found)


async def _feeds(request: web.Request) -> web.Response:
    feeds = _data(request).list_feeds()
    return _json({"feeds": feeds, "count": len(feeds)})


async def _meta(request: web.Request) -> web.Response:
    filters = body_schema()["properties"]["filters"]["properties"]
    delivery = body_schema()["properties"]["delivery"]["properties"]
    return _json(
        {
            "event_types": _event_types(),
            "statuses": filters["statuses"]["items"]["enum"],
            "default_statuses": ["occurred", "planned"],
            "languages": filters["languages"]["items"]["enum"],
            "entity_types": filters["entity_types"]["items"]["enum"],
            "delivery_modes": delivery["mode"]["enum"],
            "severities": list(SEVERITIES),
            "hours": HOURS,
        }
    )


def add_dashboard_routes(app: web.Application, data: DashboardData) -> None:
    """Mount the dashboard page, its static files and its ``/api/`` JSON on ``app``."""
    app[DATA_KEY] = data
    app.router.add_get("/", _index, name="dashboard")
    app.router.add_static("/static/", STATIC_DIR, name="dashboard_static", append_version=False)
    app.router.add_get("/api/meta", _meta)
    app.router.add_get("/api/alerts", _alerts)
    app.router.add_get("/api/alerts/{alert_id}", _alert)
    app.router.add_get("/api/entities/{entity_id}", _entity)
    app.router.add_get("/api/feeds", _feeds)
    logger.debug("dashboard routes mounted; static files from %s", STATIC_DIR)
