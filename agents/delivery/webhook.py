"""Webhook delivery: POST each alert, signed, retried with backoff, dead-lettered for good.

Request::

    POST <url>
    Content-Type: application/json
    Idempotency-Key: <alert id>:<revision>      the same on every retry of one revision
    X-Rasd-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
    X-Rasd-Alert-Id, X-Rasd-Revision

Verifying a delivery (any language; ``verify_signature`` does exactly this):

1. split the header on "," into ``t=...`` and ``v1=...``;
2. compute HMAC-SHA256 with the subscription secret over the bytes ``t + "." + raw body``
   (the body exactly as received, before any JSON parsing), hex-encoded;
3. compare it with ``v1`` in constant time, and refuse a ``t`` more than 5 minutes from
   your clock (replay protection);
4. de-duplicate on ``Idempotency-Key``: a retry of a revision you already processed must be
   acknowledged with 2xx and ignored.

Retries: timeouts, connection errors, HTTP 5xx and 429 are retried with exponential backoff
and full jitter (``RetryPolicy``), honouring ``Retry-After`` (capped); other 4xx, redirects
and blocked addresses are not retried.  The final failure returns a dead-letter record
(``schemas/alert_deadletter``) for ``rasd.alerts.deadletter``.

Digests (subscriptions in ``hourly_digest`` mode, ``send_digest``): one POST per window with
the digest (``schemas/digest``) as body, signed and retried exactly as above, with
``Idempotency-Key: <digest id>`` (the same for every attempt and every worker: a hash of the
subscription and the window start) and ``X-Rasd-Digest-Id``, ``X-Rasd-Alert-Count`` instead
of the alert headers. A final failure returns an ``alert_deadletter`` record of kind
``digest`` carrying the digest.

Address guard: the URL and every address its host resolves to are checked with
``rasd.netguard`` at connection time (a resolver that refuses private addresses), so a DNS
name cannot be re-pointed at the worker's own network after the subscription was accepted.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import random
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import orjson
from aiohttp.abc import AbstractResolver, ResolveResult

from rasd.alerts.alert import Alert
from rasd.alerts.digest import Digest
from rasd.alerts.subscription import Webhook
from rasd.netguard import AllowList, BlockedAddress, check_address, check_url

__all__ = [
    "AlertSink",
    "DeliveryResult",
    "RecordingSink",
    "RetryPolicy",
    "WebhookSender",
    "WebhookSink",
    "sign",
    "verify_signature",
]

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Rasd-Signature"
SIGNATURE_TOLERANCE_SECONDS = 300
EXCERPT_BYTES = 512


def sign(secret: str, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify_signature(
    secret: str,
    body: bytes,
    header: str,
    *,
    now: float | None = None,
    tolerance: int = SIGNATURE_TOLERANCE_SECONDS,
) -> bool:
    """True when ``header`` signs ``body`` with ``secret`` and is no older than ``tolerance``."""
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 5
    base_delay: float = 1.0  # seconds before the first retry (before jitter)
    max_delay: float = 60.0  # cap of one wait, Retry-After included
    timeout: float = 10.0  # total time of one attempt

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.base_delay < 0 or self.max_delay < 0 or self.timeout <= 0:
            raise ValueError("retry policy: max_attempts ≥ 1, delays ≥ 0 and timeout > 0")

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: a uniform wait in [0, min(max_delay, base × 2^(attempt-1))]."""
        return rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    ok: bool
    alert_id: str  # for a digest: the digest id
    revision: int  # for a digest: 0
    attempts: int
    status: int | None = None
    deadletter: dict[str, Any] | None = None  # set when the delivery failed for good


class AlertSink(Protocol):
    async def deliver(self, alert: Alert) -> DeliveryResult: ...


@dataclass
class RecordingSink:
    """Keeps what it is given: for tests of anything that delivers alerts."""

    alerts: list[Alert] = field(default_factory=list)

    async def deliver(self, alert: Alert) -> DeliveryResult:
        self.alerts.append(alert)
        return DeliveryResult(True, alert.id, alert.revision, attempts=1)


class GuardedResolver(AbstractResolver):
    """Resolves like aiohttp does, then refuses addresses the address guard blocks."""

    def __init__(self, allow: AllowList) -> None:
        self._allow = allow
        self._inner = aiohttp.ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            check_address(host, result["host"], self._allow)
        return results

    async def close(self) -> None:
        await self._inner.close()


class _Retry(Exception):
    def __init__(
        self,
        reason: str,
        status: int | None = None,
        excerpt: str | None = None,
        wait: float | None = None,
    ):
        super().__init__(reason)
        self.reason, self.status, self.excerpt, self.wait = reason, status, excerpt, wait


class _GiveUp(Exception):
    def __init__(self, reason: str, status: int | None = None, excerpt: str | None = None):
        super().__init__(reason)
        self.reason, self.status, self.excerpt = reason, status, excerpt


def _retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def _public_target(url: str) -> str:
    """The URL without query or credentials, for logs and dead letters (tokens hide there)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@dataclass(frozen=True, slots=True)
class _Payload:
    """One thing to POST: its body, its own headers, how logs name it, and what its
    dead-letter record says about it besides the failure."""

    body: bytes
    headers: dict[str, str]
    label: str
    deadletter: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Outcome:
    ok: bool
    attempts: int
    status: int | None = None
    deadletter: dict[str, Any] | None = None


def _alert_payload(alert: Alert) -> _Payload:
    record = alert.to_dict()
    return _Payload(
        body=orjson.dumps(record),
        headers={
            "Idempotency-Key": alert.idempotency_key,
            "X-Rasd-Alert-Id": alert.id,
            "X-Rasd-Revision": str(alert.revision),
        },
        label=f"alert {alert.id} rev {alert.revision}",
        deadletter={
            "alert_id": alert.id,
            "revision": alert.revision,
            "subscription_id": alert.subscription_id,
            "alert": record,
        },
    )


def _digest_payload(digest: Digest) -> _Payload:
    body = digest.to_dict()
    return _Payload(
        body=orjson.dumps(body),
        headers={
            "Idempotency-Key": digest.idempotency_key,
            "X-Rasd-Digest-Id": digest.id,
            "X-Rasd-Alert-Count": str(digest.count),
        },
        label=f"digest {digest.id} ({digest.count} alerts)",
        deadletter={
            "kind": "digest",
            "alert_id": digest.id,  # the topic's key names what failed
            "digest_id": digest.id,
            "subscription_id": digest.subscription_id,
            "alert_ids": [str(a["id"]) for a in digest.alerts],
            "window": body["window"],
            "digest": body,
        },
    )


class WebhookSender:
    """One HTTP session for every webhook; ``start``/``stop`` are idempotent."""

    def __init__(
        self,
        *,
        allow: AllowList | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        user_agent: str = "rasd-webhook/0.1",
    ) -> None:
        self.allow = allow or AllowList()
        self.policy = policy or RetryPolicy()
        self._sleep, self._clock = sleep, clock
        self._rng = rng or random.Random()
        self._user_agent = user_agent
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is None:
            connector = aiohttp.TCPConnector(resolver=GuardedResolver(self.allow), limit=100)
            self._session = aiohttp.ClientSession(connector=connector)

    async def stop(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    async def __aenter__(self) -> WebhookSender:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def send(self, alert: Alert, webhook: Webhook) -> DeliveryResult:
        """Deliver ``alert`` to ``webhook``; never raises for a delivery problem."""
        out = await self._deliver(_alert_payload(alert), webhook)
        return DeliveryResult(out.ok, alert.id, alert.revision, out.attempts, out.status, out.deadletter)

    async def send_digest(self, digest: Digest, webhook: Webhook) -> DeliveryResult:
        """Deliver ``digest`` to ``webhook`` (one POST, retried); never raises for a delivery problem."""
        out = await self._deliver(_digest_payload(digest), webhook)
        return DeliveryResult(out.ok, digest.id, 0, out.attempts, out.status, out.deadletter)

    async def _deliver(self, payload: _Payload, webhook: Webhook) -> _Outcome:
        await self.start()
        attempts = 0
        last: _Retry | _GiveUp | None = None
        try:
            check_url(webhook.url, self.allow)
        except BlockedAddress as exc:
            return self._failed(payload, webhook, _GiveUp(f"blocked target: {exc}"), attempts)
        while attempts < self.policy.max_attempts:
            attempts += 1
            try:
                status = await self._attempt(payload, webhook)
            except _GiveUp as exc:
                return self._failed(payload, webhook, exc, attempts)
            except _Retry as exc:
                last = exc
                if attempts >= self.policy.max_attempts:
                    break
                wait = self.policy.backoff(attempts, self._rng)
                if exc.wait is not None:
                    wait = min(self.policy.max_delay, max(wait, exc.wait))
                log.info(
                    "webhook %s for %s: %s; retry %d/%d in %.1fs",
                    _public_target(webhook.url),
                    payload.label,
                    exc.reason,
                    attempts + 1,
                    self.policy.max_attempts,
                    wait,
                )
                await self._sleep(wait)
            else:
                return _Outcome(True, attempts, status)
        assert last is not None
        return self._failed(payload, webhook, last, attempts, exhausted=True)

    async def _attempt(self, payload: _Payload, webhook: Webhook) -> int:
        assert self._session is not None
        body = payload.body
        headers = {
            "Content-Type": "application/json",
            "User-Agent": self._user_agent,
            **payload.headers,
            SIGNATURE_HEADER: sign(webhook.secret, body, int(self._clock())),
        }
        timeout = aiohttp.ClientTimeout(total=self.policy.timeout)
        try:
            async with self._session.post(
                webhook.url, data=body, headers=headers, timeout=timeout, allow_redirects=False
            ) as resp:
                excerpt = (await resp.content.read(EXCERPT_BYTES)).decode(
                    "utf-8", "replace"
                ) or None
                status = resp.status
                if 200 <= status < 300:
                    return status
                if status == 429 or status >= 500:
                    wait = _retry_after(resp.headers.get("Retry-After"), self._clock())
                    raise _Retry(f"HTTP {status}", status, excerpt, wait)
                if 300 <= status < 400:
                    where = resp.headers.get("Location", "?")
                    raise _GiveUp(
                        f"HTTP {status} redirect to {where} not followed", status, excerpt
                    )
                raise _GiveUp(
                    f"HTTP {status} (not retried: the receiver refused the alert)", status, excerpt
                )
        except BlockedAddress as exc:
            raise _GiveUp(f"blocked target: {exc}") from None
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, BlockedAddress):
                raise _GiveUp(f"blocked target: {exc.os_error}") from None
            raise _Retry(f"connection failed: {exc.os_error or exc}") from None
        except TimeoutError:
            raise _Retry(f"no answer within {self.policy.timeout:g}s") from None
        except aiohttp.ClientError as exc:
            raise _Retry(f"{type(exc).__name__}: {exc}") from None

    def _failed(
        self,
        payload: _Payload,
        webhook: Webhook,
        exc: _Retry | _GiveUp,
        attempts: int,
        *,
        exhausted: bool = False,
    ) -> _Outcome:
        reason = f"{exc.reason} after {attempts} attempt(s)" if exhausted else exc.reason
        log.warning(
            "webhook %s for %s failed for good: %s", _public_target(webhook.url), payload.label, reason
        )
        record = {
            "schema_version": 1,
            **payload.deadletter,
            "channel": "webhook",
            "target": _public_target(webhook.url),
            "reason": reason,
            "status": exc.status,
            "response_excerpt": exc.excerpt,
            "attempts": attempts,
            "failed_at": datetime.fromtimestamp(self._clock(), UTC)
            .isoformat()
            .replace("+00:00", "Z"),
        }
        return _Outcome(False, attempts, exc.status, record)


@dataclass
class WebhookSink:
    """The webhook of one subscription, as an ``AlertSink``."""

    sender: WebhookSender
    webhook: Webhook

    async def deliver(self, alert: Alert) -> DeliveryResult:
        return await self.sender.send(alert, self.webhook)
