"""The worker's HTTP application: the subscriptions REST API, /openapi.json and the SSE stream.

``create_app(store, broadcaster, settings)`` returns an ``aiohttp.web.Application`` with
these routes; the lead adds others (dashboard, /metrics, /healthz, /readyz) to the same
application, or calls ``add_alert_api(app, ...)`` on an application of their own.

Authentication (every route here except ``/openapi.json``):

- with ``RASD_API_TOKEN`` set, a request needs ``Authorization: Bearer <token>``; a missing or
  wrong token gets 401 with a message saying which;
- with no token configured the API is open to clients on the same machine only (a loopback
  peer address) and answers 401 to everyone else, saying to set ``RASD_API_TOKEN``.  Binding
  ``RASD_WEB_HOST`` to a public address without a token therefore exposes nothing.

Every bad request gets a JSON ``{"error": ..., "errors": [{"field", "message"}]}`` answer:
400 malformed JSON or bad id/parameter, 404 unknown id, 409 duplicate id, 413 body over
``MAX_BODY_BYTES``, 415 not JSON, 422 invalid subscription (each field with its reason), 503
store unavailable.  Webhook secrets are write-only: responses show ``has_secret`` instead.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from agents.web.broadcaster import AlertBroadcaster, StreamFilter, TooManyClients
from agents.web.openapi import openapi_document
from agents.web.store import StoreUnavailable, SubscriptionStore
from rasd.alerts.subscription import Subscription, SubscriptionError, merge_patch
from rasd.errors import InputError
from rasd.netguard import AllowList
from rasd.settings import Settings

__all__ = ["MAX_BODY_BYTES", "add_alert_api", "create_app"]

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
HEARTBEAT_SECONDS = 15.0
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")

STORE_KEY = web.AppKey("rasd_subscription_store", object)
BROADCASTER_KEY = web.AppKey("rasd_alert_broadcaster", AlertBroadcaster)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        body=orjson.dumps(data), status=status, content_type="application/json", headers=headers
    )


def _error(
    status: int,
    message: str,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    body: dict[str, Any] = {"error": message}
    if errors:
        body["errors"] = errors
    return _json(body, status, headers)


class _Api:
    def __init__(
        self,
        store: SubscriptionStore,
        broadcaster: AlertBroadcaster,
        settings: Settings,
        heartbeat: float,
    ) -> None:
        self.store = store
        self.broadcaster = broadcaster
        self.token = settings.api_token
        self.allow = AllowList.parse(settings.allow_private_hosts)
        self.heartbeat = heartbeat

    # --- plumbing -------------------------------------------------------------------------

    def protected(self, handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            refusal = self._auth_refusal(request)
            if refusal is not None:
                return _error(401, refusal, headers={"WWW-Authenticate": 'Bearer realm="rasd"'})
            try:
                return await handler(request)
            except StoreUnavailable as exc:
                log.warning("subscription store unavailable: %s", exc)
                return _error(
                    503,
                    f"the subscription store is not available ({exc}); try again shortly",
                    headers={"Retry-After": "5"},
                )

        return guarded

    def _auth_refusal(self, request: web.Request) -> str | None:
        if not self.token:
            try:
                local = ipaddress.ip_address(request.remote or "").is_loopback
            except ValueError:
                local = False
            if local:
                return None
            return (
                "no RASD_API_TOKEN is configured, so this API answers clients on its own machine only; "
                "set RASD_API_TOKEN on the server and send 'Authorization: Bearer <token>'"
            )
        header = request.headers.get("Authorization", "")
        if not header:
            return "missing 'Authorization: Bearer <token>' header (the token is RASD_API_TOKEN)"
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            return "the Authorization header must be 'Bearer <token>'"
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            return "wrong API token"
        return None

    async def _body(self, request: web.Request, *, patch: bool = False) -> Any | web.Response:
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return _error(
                413, f"the body is {request.content_length} bytes; the limit is {MAX_BODY_BYTES}"
            )
        ctype = request.content_type
        allowed = (
            {"application/json", "application/merge-patch+json"} if patch else {"application/json"}
        )
        if ctype not in allowed:
            return _error(
                415,
                f"send the body as {' or '.join(sorted(allowed))} (got {ctype or 'no Content-Type'})",
            )
        # read() returns what has arrived, not n bytes: a chunked body comes in pieces.
        parts: list[bytes] = []
        size = 0
        while chunk := await request.content.read(65536):
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return _error(413, f"the body is larger than the limit of {MAX_BODY_BYTES} bytes")
            parts.append(chunk)
        raw = b"".join(parts)
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            return _error(400, f"the body is not valid JSON: {exc}")

    def _id(self, request: web.Request) -> str | web.Response:
        sid = request.match_info["id"]
        if not _ID.fullmatch(sid):
            return _error(
                400,
                "a subscription id is 1-128 letters, digits, '-' or '_', starting with a letter or digit",
            )
        return sid

    @staticmethod
    def _invalid(exc: SubscriptionError) -> web.Response:
        return _error(
            422, "the subscription is not valid; see 'errors'", [e.to_dict() for e in exc.errors]
        )

    @staticmethod
    def _view(sub: Subscription) -> dict[str, Any]:
        return sub.to_record(redact=True)

    # --- subscriptions --------------------------------------------------------------------

    async def list(self, request: web.Request) -> web.StreamResponse:
        subs = await self.store.list()
        return _json({"subscriptions": [self._view(s) for s in subs], "count": len(subs)})

    async def create(self, request: web.Request) -> web.StreamResponse:
        body = await self._body(request)
        if isinstance(body, web.Response):
            return body
        try:
            sub = Subscription.from_body(body, allow=self.allow)
        except SubscriptionError as exc:
            return self._invalid(exc)
        if await self.store.get(sub.id) is not None:
            return _error(
                409, f"subscription {sub.id!r} exists; PUT /subscriptions/{sub.id} replaces it"
            )
        await self.store.put(sub)
        log.info("subscription %s created", sub.id)
        return _json(self._view(sub), 201, {"Location": f"/subscriptions/{sub.id}"})

    async def get(self, request: web.Request) -> web.StreamResponse:
        sid = self._id(request)
        if isinstance(sid, web.Response):
            return sid
        sub = await self.store.get(sid)
        if sub is None:
            return _error(404, f"no subscription {sid!r}")
        return _json(self._view(sub))

    async def replace(self, request: web.Request) -> web.StreamResponse:
        sid = self._id(request)
        if isinstance(sid, web.Response):
            return sid
        body = await self._body(request)
        if isinstance(body, web.Response):
            return body
        existing = await self.store.get(sid)
        _keep_secret(body, existing)
        try:
            sub = Subscription.from_body(
                body, id=sid, created_at=existing.created_at if existing else None, allow=self.allow
            )
        except SubscriptionError as exc:
            return self._invalid(exc)
        await self.store.put(sub)
        log.info("subscription %s %s", sid, "replaced" if existing else "created")
        return _json(self._view(sub), 200 if existing else 201)

    async def patch(self, request: web.Request) -> web.StreamResponse:
        sid = self._id(request)
        if isinstance(sid, web.Response):
            return sid
        patch = await self._body(request, patch=True)
        if isinstance(patch, web.Response):
            return patch
        if not isinstance(patch, dict):
            return _error(422, "a merge patch must be a JSON object")
        existing = await self.store.get(sid)
        if existing is None:
            return _error(404, f"no subscription {sid!r}")
        merged = merge_patch(existing.to_body(), patch)
        try:
            sub = Subscription.from_body(
                merged, id=sid, created_at=existing.created_at, allow=self.allow
            )
        except SubscriptionError as exc:
            return self._invalid(exc)
        await self.store.put(sub)
        log.info("subscription %s patched", sid)
        return _json(self._view(sub))

    async def delete(self, request: web.Request) -> web.StreamResponse:
        sid = self._id(request)
        if isinstance(sid, web.Response):
            return sid
        if not await self.store.delete(sid):
            return _error(404, f"no subscription {sid!r}")
        log.info("subscription %s deleted", sid)
        return web.Response(status=204)

    # --- live alerts ----------------------------------------------------------------------

    async def stream(self, request: web.Request) -> web.StreamResponse:
        try:
            stream_filter = StreamFilter.from_query(request.query)
        except InputError as exc:
            return _error(400, str(exc))
        try:
            client = self.broadcaster.subscribe(stream_filter)
        except TooManyClients as exc:
            return _error(503, f"{exc}; try again later", headers={"Retry-After": "30"})
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-cache",
                "X-Accel-Buffering": "no",
            }
        )
        try:
            await response.prepare(request)
            await response.write(b"retry: 5000\n: connected\n\n")
            while True:
                try:
                    alert = await asyncio.wait_for(client.queue.get(), self.heartbeat)
                except TimeoutError:
                    await response.write(b": heartbeat\n\n")
                    continue
                if client.dropped:
                    await response.write(
                        b": dropped: this client did not read alerts fast enough; reconnect\n\n"
                    )
                    break
                if alert is None:  # server shutting down
                    await response.write(b": server shutting down\n\n")
                    break
                data = orjson.dumps(alert).decode()
                event_id = f"{alert.get('id')}:{alert.get('revision')}"
                await response.write(f"id: {event_id}\nevent: alert\ndata: {data}\n\n".encode())
                client.sent += 1
        except ConnectionResetError:
            log.debug("SSE client went away after %d alerts", client.sent)
        finally:
            self.broadcaster.unsubscribe(client)
        return response


def _keep_secret(body: Any, existing: Subscription | None) -> None:
    """A PUT of what GET returned (``has_secret``, no secret) keeps the stored secret."""
    if not isinstance(body, dict) or existing is None or existing.delivery.webhook is None:
        return
    hook = (
        (body.get("delivery") or {}).get("webhook")
        if isinstance(body.get("delivery"), dict)
        else None
    )
    if (
        isinstance(hook, dict)
        and "secret" not in hook
        and hook.get("url") == existing.delivery.webhook.url
    ):
        hook.pop("has_secret", None)
        hook["secret"] = existing.delivery.webhook.secret


def add_alert_api(
    app: web.Application,
    store: SubscriptionStore,
    broadcaster: AlertBroadcaster,
    settings: Settings,
    *,
    heartbeat_seconds: float = HEARTBEAT_SECONDS,
) -> None:
    """Mount the subscriptions API, /openapi.json and /alerts/stream on ``app``."""
    api = _Api(store, broadcaster, settings, heartbeat_seconds)
    app[STORE_KEY] = store
    app[BROADCASTER_KEY] = broadcaster
    document = openapi_document(MAX_BODY_BYTES)

    async def openapi(request: web.Request) -> web.StreamResponse:
        return _json(document)

    async def on_shutdown(app: web.Application) -> None:
        broadcaster.close()

    app.router.add_get("/openapi.json", openapi)
    app.router.add_get("/subscriptions", api.protected(api.list))
    app.router.add_post("/subscriptions", api.protected(api.create))
    app.router.add_get("/subscriptions/{id}", api.protected(api.get))
    app.router.add_put("/subscriptions/{id}", api.protected(api.replace))
    app.router.add_patch("/subscriptions/{id}", api.protected(api.patch))
    app.router.add_delete("/subscriptions/{id}", api.protected(api.delete))
    app.router.add_get("/alerts/stream", api.protected(api.stream))
    app.on_shutdown.append(on_shutdown)


def create_app(
    store: SubscriptionStore,
    broadcaster: AlertBroadcaster,
    settings: Settings,
    *,
    heartbeat_seconds: float = HEARTBEAT_SECONDS,
) -> web.Application:
    app = web.Application()
    add_alert_api(app, store, broadcaster, settings, heartbeat_seconds=heartbeat_seconds)
    return app
