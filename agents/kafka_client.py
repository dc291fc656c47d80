"""Connection settings for plain aiokafka clients (admin, CLI consumers, the worker's views)."""

from __future__ import annotations

import ssl
from typing import Any

from agents import kafka_metadata_guard
from rasd.settings import Settings


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """bootstrap, security protocol, SASL and TLS options for any aiokafka client (whose
    metadata refresh is guarded from here on: agents/kafka_metadata_guard.py)."""
    kafka_metadata_guard.install()
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap,
        "security_protocol": settings.security_protocol,
        "request_timeout_ms": 15000,
    }
    if settings.security_protocol.startswith("SASL"):
        kwargs.update(
            sasl_mechanism=settings.sasl_mechanism or "PLAIN",
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    if settings.security_protocol in {"SSL", "SASL_SSL"}:
        kwargs["ssl_context"] = ssl.create_default_context(cafile=settings.ssl_cafile or None)
    return kwargs
