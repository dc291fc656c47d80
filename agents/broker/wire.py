"""A minimal, synchronous Kafka client for one question: is this broker ready, and whose is it?

Two requests over a plain socket (ApiVersions v0, then Metadata v4..v8, whose response
prefix is identical): no event loop, so the check works from click commands, pytest
fixtures and code already inside an asyncio loop alike; every call is bounded by a timeout.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass

API_METADATA = 3
API_VERSIONS = 18
_CLIENT_ID = b"rasd-broker-probe"


class ProbeError(Exception):
    """The address does not answer as a ready Kafka broker (yet)."""


@dataclass(frozen=True)
class ClusterInfo:
    cluster_id: str | None
    controller_id: int
    brokers: tuple[tuple[int, str, int], ...]  # (node id, host, port) of live brokers


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> int:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise ProbeError("truncated response")
        (value,) = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return int(value)

    def string(self) -> str | None:
        length = self.take(">h")
        if length < 0:
            return None
        raw = self.data[self.pos : self.pos + length]
        self.pos += length
        return raw.decode("utf-8", errors="replace")


def _request(
    sock: socket.socket, api_key: int, version: int, correlation: int, body: bytes
) -> bytes:
    header = struct.pack(">hhih", api_key, version, correlation, len(_CLIENT_ID)) + _CLIENT_ID
    message = header + body
    sock.sendall(struct.pack(">i", len(message)) + message)
    size = struct.unpack(">i", _recv_exact(sock, 4))[0]
    if not 0 < size < 16 * 1024 * 1024:
        raise ProbeError(f"implausible response size {size}: not a Kafka broker")
    response = _recv_exact(sock, size)
    if struct.unpack_from(">i", response)[0] != correlation:
        raise ProbeError("response correlation id mismatch: not a Kafka broker")
    return response[4:]


def _recv_exact(sock: socket.socket, count: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < count:
        chunk = sock.recv(count - len(chunks))
        if not chunk:
            raise ProbeError("connection closed mid-response")
        chunks += chunk
    return bytes(chunks)


def _metadata_version(api_versions: bytes) -> int:
    reader = _Reader(api_versions)
    error = reader.take(">h")
    if error:
        raise ProbeError(f"ApiVersions error code {error}")
    for _ in range(reader.take(">i")):
        key, low, high = reader.take(">h"), reader.take(">h"), reader.take(">h")
        if key == API_METADATA:
            usable = [v for v in range(4, 9) if low <= v <= high]
            if not usable:
                raise ProbeError(f"broker supports Metadata v{low}-v{high} only")
            return max(usable)
    raise ProbeError("broker does not list the Metadata API")


def probe(host: str, port: int, timeout: float = 2.0) -> ClusterInfo:
    """Ask host:port for its cluster metadata; ProbeError unless a Kafka broker answers."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            version = _metadata_version(_request(sock, API_VERSIONS, 0, 1, b""))
            # No topics (empty array), no auto-creation; v8 adds two "include authorized
            # operations" flags.
            body = struct.pack(">ib", 0, 0) + (b"\x00\x00" if version >= 8 else b"")
            reader = _Reader(_request(sock, API_METADATA, version, 2, body))
    except OSError as exc:
        raise ProbeError(str(exc) or type(exc).__name__) from exc
    reader.take(">i")  # throttle time
    brokers = []
    for _ in range(reader.take(">i")):
        node_id = reader.take(">i")
        broker_host = reader.string() or ""
        broker_port = reader.take(">i")
        reader.string()  # rack
        brokers.append((node_id, broker_host, broker_port))
    cluster_id = reader.string()
    controller_id = reader.take(">i")
    return ClusterInfo(cluster_id, controller_id, tuple(sorted(brokers)))
