"""Which network addresses a feed may reach: a pure classification of IPs and hosts.

A feed URL (or a redirect) pointing at loopback, a private network or a cloud metadata
service would let whoever adds a feed read internal services (SSRF). Such addresses are
refused unless an operator allow-lists them (``RASD_ALLOW_PRIVATE_HOSTS``). The caller must
connect to the very address that was checked, or DNS rebinding defeats the check.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Metadata services answer on ordinary-looking addresses in some clouds; named explicitly so
# the refusal says why.
CLOUD_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "169.254.169.123", "100.100.100.200",
              "fd00:ec2::254", "fd00:ec2::23")
)
# Shared address space (carrier-grade NAT) is not "private" to the ipaddress module.
_EXTRA_REFUSED = (ipaddress.ip_network("100.64.0.0/10"), ipaddress.ip_network("198.18.0.0/15"))


def classify_ip(address: str | IPAddress) -> str | None:
    """The reason an address must not be reached, or None when it is a public address."""
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or (ip.sixtofour if ip.sixtofour else None)
        if ip.teredo:
            embedded = ip.teredo[1]
        if embedded is not None:
            reason = classify_ip(embedded)
            return f"{reason} (embedded in {ip})" if reason else None
    if ip in CLOUD_METADATA:
        return "cloud-metadata"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local"
    if ip.is_private or any(ip in net for net in _EXTRA_REFUSED if ip.version == net.version):
        return "private"
    if ip.is_reserved or not ip.is_global:
        return "reserved"
    return None


@dataclass(frozen=True)
class AllowList:
    """Hosts and networks that may be reached although private (operator's choice)."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, spec: str | Iterable[str] | None) -> AllowList:
        """From ``"127.0.0.1, 10.0.0.0/8, feeds.internal"`` (the setting's format)."""
        if spec is None:
            return cls()
        items = spec.split(",") if isinstance(spec, str) else list(spec)
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in items:
            item = raw.strip().lower().strip("[]")
            if not item:
                continue
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                hosts.add(item.rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def allows_host(self, host: str) -> bool:
        return host.lower().rstrip(".").strip("[]") in self.hosts

    def allows_ip(self, address: str | IPAddress) -> bool:
        try:
            ip = ipaddress.ip_address(address) if isinstance(address, str) else address
        except ValueError:
            return False
        return any(ip.version == net.version and ip in net for net in self.networks)


def refusal(host: str, address: str, allow: AllowList) -> str | None:
    """Why connecting to ``address`` (resolved from ``host``) is refused, or None if allowed."""
    reason = classify_ip(address)
    if reason is None or allow.allows_host(host) or allow.allows_ip(address):
        return None
    where = f"{host} is" if host.strip("[]") == address else f"{host} resolves to {address},"
    return f"{where} a {reason} address (allow-list it to permit)"


def ip_literal(host: str) -> IPAddress | None:
    """The address when ``host`` is an IP literal (these skip DNS, so check them directly)."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
