"""Canonical URLs and the stable ids derived from them.

The same story reached through a newsletter link (``?utm_source=...``), a social share
(``&fbclid=...``) or with an anchor (``#comments``) must get one id, or it would be published
once per way of reaching it. Ids are short sha256 hex digests, so they are safe as Kafka keys.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

# Query parameters that identify a campaign or a click, never the content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "ocid", "cmpid", "cmp", "igshid",
        "_ga", "_gl", "ncid", "sr_share", "spm", "at_medium", "at_campaign", "rss", "s_cid",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")

DEFAULT_PORTS = {"http": 80, "https": 443}

ID_HEX_CHARS = 24  # 96 bits: collision-free in practice for billions of articles


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The canonical form of an http(s) URL, or None when it is not a usable web address.

    Lowercases the scheme and host, drops the default port, the fragment, the user info and
    tracking parameters, and sorts what remains of the query.
    """
    url = (url or "").strip()
    if not url:
        return None
    try:  # a malformed address ("http://[x/") raises ValueError from urllib, join included
        parts = urlsplit(url)
        # An absolute web address needs no join: urljoin would only re-split and re-join
        # it, which changes nothing here except for ";params" (so those still go through).
        if base and not (parts.scheme in DEFAULT_PORTS and parts.netloc and ";" not in url):
            parts = urlsplit(urljoin(base, url))
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    hostname = parts.hostname
    if scheme not in DEFAULT_PORTS or not hostname:
        return None
    host = hostname.lower().rstrip(".")  # lower() again: urlsplit keeps an IPv6 zone's case
    if not host.isascii():  # an ASCII name is its own IDNA form (or invalid and kept)
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass  # keep the name as written: it still identifies the page
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    # What urlunsplit gives for these parts: after a host the path is empty or starts with "/".
    query = _kept_query(parts.query)
    url = f"{scheme}://{netloc}{parts.path or '/'}"
    return f"{url}?{query}" if query else url


def _kept_query(query: str) -> str:
    """The query without tracking parameters, sorted."""
    if not query:
        return ""
    # The usual query of a feed link is tracking only ("utm_source=rss&utm_medium=feed"):
    # with plain names (no escapes to decode) that needs no parsing and leaves nothing.
    names = [piece.partition("=")[0] for piece in query.split("&")]
    if all(name and "%" not in name and "+" not in name and _is_tracking(name) for name in names):
        return ""
    return urlencode(sorted(
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k)
    ))


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


def feed_id(url: str) -> str:
    """Stable id of a feed: ``f_`` + short hash of its canonical URL."""
    return "f_" + _short_hash(canonical_url(url) or url.strip())


def article_id(
    url: str | None, *, guid: str | None = None, feed: str | None = None, canonical: bool = False
) -> str:
    """Stable id of an article: ``a_`` + short hash of its canonical URL.

    Without a usable link the entry's guid stands in, scoped by the feed id because guids
    are only promised to be unique within one feed. ``canonical=True`` says ``url`` is
    already canonical (saves canonicalising it twice).
    """
    canonical_form = url if canonical else (canonical_url(url) if url else None)
    if canonical_form:
        return "a_" + _short_hash(canonical_form)
    if guid:
        return "a_" + _short_hash(f"guid:{feed or ''}:{guid.strip()}")
    raise ValueError("an article needs a link or a guid to get a stable id")
