"""Fetch one feed over HTTP, politely and safely.

* Every address is checked before it is connected to: host names through ``SafeResolver``
  (aiohttp connects to exactly the addresses it returns, so DNS rebinding between check
  and connect cannot happen), IP literals directly (aiohttp skips the resolver for them).
* Redirects are followed by hand (at most ``max_redirects``) so each hop is checked too.
* Bodies are decompressed here, not by aiohttp, with an output cap per step: a 10 kB gzip
  bomb stops at ``max_body_bytes`` instead of filling memory. Endless or dripping bodies are
  cut by the size cap and the total timeout.
* Conditional GET (ETag / Last-Modified), per-host concurrency and a politeness delay.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from rasd.errors import FeedError
from rasd.feeds.safety import AllowList, ip_literal, refusal
from rasd.feeds.schedule import parse_retry_after

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


class AddressRefused(FeedError):
    """The feed (or a redirect) points at an address feeds may not reach."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retriable=False)


class FeedGone(FeedError):
    """410 Gone: the publisher says the feed is gone for good; the feed gets disabled."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retriable=False, status=410)


class RateLimited(FeedError):
    """429 or 503, with the server's Retry-After (seconds) when it sent one."""

    def __init__(self, message: str, *, status: int, retry_after: float | None) -> None:
        super().__init__(message, retriable=True, status=status)
        self.retry_after = retry_after


class _RefusedResolution(OSError):
    """Raised inside the resolver; aiohttp wraps it in a ClientConnectorError."""


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_body_bytes: int = 5_000_000  # after decompression
    max_redirects: int = 5
    per_host_concurrency: int = 2
    politeness_delay: float = 1.0  # seconds between requests to one host
    max_connections: int = 100
    user_agent: str = "Rasd/0.1 feed monitor (+https://github.com/rasd)"

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchLimits.{name} must be positive")
        if self.max_body_bytes < 1024 or self.max_redirects < 0 or self.per_host_concurrency < 1:
            raise ValueError(
                "FetchLimits: max_body_bytes >= 1024, max_redirects >= 0, per_host_concurrency >= 1"
            )


@dataclass
class FetchResult:
    url: str  # where the body finally came from
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    moved_to: str | None = None  # target of a chain of permanent redirects from the start
    elapsed: float = 0.0


class SafeResolver(AbstractResolver):
    """Resolves with the system resolver and drops every address the allow-list refuses."""

    def __init__(self, allow: AllowList) -> None:
        self.allow = allow

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, family=family, flags=socket.AI_ADDRCONFIG
        )
        results: list[ResolveResult] = []
        reasons: list[str] = []
        for fam, _, proto, _, sockaddr in infos:
            address = str(sockaddr[0])
            reason = refusal(host, address, self.allow)
            if reason:
                reasons.append(reason)
                continue
            results.append(
                ResolveResult(
                    hostname=host,
                    host=address,
                    port=int(sockaddr[1]),
                    family=fam,
                    proto=proto,
                    flags=socket.AI_NUMERICHOST,
                )
            )
        if not results:
            raise _RefusedResolution(reasons[0] if reasons else f"{host} has no address")
        return results

    async def close(self) -> None:
        return None


class _Decoder:
    """Content-Encoding decoder with a hard cap on its output."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.encoding = encoding
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip header
        else:
            raise FeedError(f"unsupported Content-Encoding {encoding!r}", retriable=False)
        self._started = False

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise FeedError(
                f"feed body larger than {self.limit} bytes (decompressed); cut", retriable=False
            )
        return data

    def feed(self, chunk: bytes) -> bytes:
        if self._zlib is None:
            return self._count(chunk)
        try:
            out = [self._count(self._zlib.decompress(chunk, self.limit - self.size + 1))]
            while self._zlib.unconsumed_tail:
                tail = self._zlib.unconsumed_tail
                out.append(self._count(self._zlib.decompress(tail, self.limit - self.size + 1)))
        except zlib.error as exc:
            if self.encoding == "deflate" and not self._started:
                # Some servers send raw deflate without the zlib header.
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._started = True
                return self.feed(chunk)
            raise FeedError(f"corrupt {self.encoding} body: {exc}") from exc
        self._started = True
        return b"".join(out)


class FeedFetcher:
    """One HTTP client for many feeds. ``async with FeedFetcher(...) as fetcher:``."""

    def __init__(self, limits: FetchLimits | None = None, allow: AllowList | None = None) -> None:
        self.limits = limits or FetchLimits()
        self.allow = allow or AllowList()
        self._session: aiohttp.ClientSession | None = None
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._host_next: dict[str, float] = {}

    async def start(self) -> None:
        if self._session is not None:
            return
        connector = aiohttp.TCPConnector(
            resolver=SafeResolver(self.allow),
            limit=self.limits.max_connections,
            limit_per_host=self.limits.per_host_concurrency,
            ttl_dns_cache=60,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            trust_env=False,  # an environment proxy would bypass the address checks
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=self._timeout(),
            headers={"User-Agent": self.limits.user_agent},
        )

    async def stop(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    async def __aenter__(self) -> FeedFetcher:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def _timeout(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(
            total=self.limits.total_timeout,
            sock_connect=self.limits.connect_timeout,
            sock_read=self.limits.read_timeout,
        )

    def _check_literal(self, host: str) -> None:
        ip = ip_literal(host)
        if ip is not None:
            reason = refusal(host, str(ip), self.allow)
            if reason:
                raise AddressRefused(f"refused: {reason}")

    async def _polite(self, host: str) -> asyncio.Semaphore:
        slot = self._host_slots.setdefault(
            host, asyncio.Semaphore(self.limits.per_host_concurrency)
        )
        await slot.acquire()
        wait = self._host_next.get(host, 0.0) - time.monotonic()
        self._host_next[host] = (
            max(self._host_next.get(host, 0.0), time.monotonic()) + self.limits.politeness_delay
        )
        if wait > 0:
            await asyncio.sleep(wait)
        return slot

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET a feed. Raises ``FeedError`` (or a subclass) with a message for the health log."""
        if self._session is None:
            await self.start()
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.limits.total_timeout):
                result = await self._follow(url, etag, last_modified)
        except TimeoutError:
            raise FeedError(f"timed out after {self.limits.total_timeout:g}s") from None
        result.elapsed = time.monotonic() - started
        return result

    async def _follow(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        visited = {url}
        moved_to: str | None = None
        all_permanent = True
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            status, headers, body = await self._request(current, etag, last_modified)
            if status in REDIRECTS:
                location = headers.get("Location")
                if not location:
                    raise FeedError(
                        f"HTTP {status} redirect without a Location header", status=status
                    )
                target = urljoin(current, location)
                if urlsplit(target).scheme not in ("http", "https"):
                    raise FeedError(
                        f"redirect to a non-web address {target!r}", retriable=False, status=status
                    )
                if target in visited:
                    raise FeedError(f"redirect loop at {target}", retriable=False, status=status)
                visited.add(target)
                all_permanent = all_permanent and status in PERMANENT_REDIRECTS
                if all_permanent:
                    moved_to = target
                current = target
                continue
            result = FetchResult(
                url=current,
                status=status,
                body=body,
                content_type=headers.get("Content-Type"),
                etag=headers.get("ETag") or etag,
                last_modified=headers.get("Last-Modified") or last_modified,
                not_modified=status == 304,
                moved_to=moved_to,
            )
            return self._judge(result, headers)
        raise FeedError(f"more than {self.limits.max_redirects} redirects", retriable=False)

    def _judge(self, result: FetchResult, headers: Mapping[str, str]) -> FetchResult:
        status = result.status
        if status == 200 or status == 304:
            return result
        if status == 410:
            raise FeedGone(f"HTTP 410 Gone at {result.url}: the feed was removed by its publisher")
        if status in (429, 503):
            retry_after = parse_retry_after(headers.get("Retry-After"), datetime.now(UTC))
            raise RateLimited(
                f"HTTP {status} at {result.url}", status=status, retry_after=retry_after
            )
        if 200 < status < 300:
            raise FeedError(
                f"HTTP {status} at {result.url}: no feed in the response", status=status
            )
        retriable = status >= 500 or status in (404, 408)
        raise FeedError(f"HTTP {status} at {result.url}", retriable=retriable, status=status)

    async def _request(
        self, url: str, etag: str | None, last_modified: str | None
    ) -> tuple[int, Mapping[str, str], bytes]:
        host = urlsplit(url).hostname or ""
        self._check_literal(host)
        headers = {"Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        assert self._session is not None
        slot = await self._polite(host)
        try:
            async with self._session.get(url, headers=headers, allow_redirects=False) as response:
                body = b""
                if response.status == 200:
                    body = await self._read_body(response)
                return response.status, response.headers, body
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, _RefusedResolution):
                raise AddressRefused(f"refused: {exc.os_error}") from None
            raise FeedError(f"cannot connect to {host}: {exc.os_error}") from None
        except aiohttp.InvalidURL as exc:
            raise FeedError(f"invalid URL {url!r}: {exc}", retriable=False) from None
        except aiohttp.ClientResponseError as exc:
            raise FeedError(
                f"bad HTTP response from {host}: {exc.message}", status=exc.status
            ) from None
        except aiohttp.ClientError as exc:
            raise FeedError(f"HTTP error from {host}: {type(exc).__name__}: {exc}") from None
        finally:
            slot.release()

    async def _read_body(self, response: aiohttp.ClientResponse) -> bytes:
        limit = self.limits.max_body_bytes
        declared = response.content_length
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        if declared is not None and declared > limit:
            raise FeedError(
                f"feed body of {declared} bytes is over the {limit}-byte limit", retriable=False
            )
        decoder = _Decoder(encoding, limit)
        raw = 0
        parts: list[bytes] = []
        async for chunk in response.content.iter_chunked(65536):
            raw += len(chunk)
            if raw > limit:
                raise FeedError(f"feed body larger than {limit} bytes; cut", retriable=False)
            parts.append(decoder.feed(chunk))
        return b"".join(parts)
