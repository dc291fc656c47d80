"""The address guard for alert webhooks: no private targets unless allow-listed.

The classification of addresses is the feeds' (``rasd.feeds.safety``: loopback, private,
link-local, cloud metadata, CGNAT, reserved, and IPv4 embedded in IPv6), so feeds and
webhooks refuse exactly the same targets and read the same allow-list
(``RASD_ALLOW_PRIVATE_HOSTS``: comma-separated hosts, addresses or networks).  This module
adds what a webhook URL needs on top: scheme, credentials and host-name checks, and an
exception with a message for the person who typed the URL.

Pure: callers resolve names and pass the addresses in, so the check runs on the addresses a
connection is really made to (no DNS-rebinding gap).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from rasd.errors import InputError
from rasd.feeds.safety import AllowList, classify_ip, ip_literal, refusal

__all__ = ["AllowList", "BlockedAddress", "check_address", "check_url", "classify_ip"]

_METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"}
_ADVICE = "Rasd does not send requests there; add it to RASD_ALLOW_PRIVATE_HOSTS if it is intended."


class BlockedAddress(InputError):
    """A URL or address the guard refuses; not retriable (the target will not change)."""


def check_address(host: str, address: str, allow: AllowList) -> None:
    """Raise ``BlockedAddress`` unless ``address`` (which ``host`` resolved to) may be reached."""
    reason = refusal(host, str(address), allow)
    if reason is not None:
        raise BlockedAddress(f"{reason.removesuffix(' (allow-list it to permit)')}: {_ADVICE}")


def check_url(url: str, allow: AllowList) -> str:
    """Check what can be checked without DNS; return the host name to resolve.

    Refuses non-http(s) schemes, credentials in the URL, metadata and localhost names, and
    blocked IP literals.  Names are checked again, after resolution, with ``check_address``.
    """
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise BlockedAddress(f"{url!r} is not a valid URL ({exc}).") from None
    if parts.scheme not in {"http", "https"}:
        raise BlockedAddress(f"{url!r}: only http and https URLs are allowed.")
    if not parts.hostname:
        raise BlockedAddress(f"{url!r} has no host name.")
    if parts.username is not None or parts.password is not None:
        raise BlockedAddress(f"{url!r}: put credentials in the secret, not in the URL.")
    host = parts.hostname.lower().rstrip(".")
    if not allow.allows_host(host):
        if host in _METADATA_HOSTS:
            raise BlockedAddress(f"{host} is a cloud metadata service: {_ADVICE}")
        if host == "localhost" or host.endswith(".localhost"):
            raise BlockedAddress(f"{host} is this machine (loopback): {_ADVICE}")
    literal = ip_literal(host)
    if literal is not None:
        check_address(host, str(literal), allow)
    return host
