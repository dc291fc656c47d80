"""One settings object for the whole service.

Each setting is read from an environment variable ``RASD_<NAME>`` over an optional config
file (``RASD_CONFIG``, TOML), over the default written here. Defaults run locally against
the embedded broker. Settings are validated once, at start-up, with a message that names
the setting and says what is wrong.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from rasd.errors import ConfigError


def _default_home() -> str:
    return platformdirs.user_state_dir("rasd", appauthor=False)


# Event loops a worker can run on (``RASD_EVENT_LOOP``).
EVENT_LOOPS = ("uvloop", "asyncio")
# Compression of what a worker produces (``RASD_PRODUCER_COMPRESSION``): Kafka's codecs.
PRODUCER_COMPRESSIONS = ("zstd", "lz4", "snappy", "gzip", "none")


def setting(default: Any, doc: str, *, secret: bool = False) -> Any:
    return field(default=default, repr=not secret, metadata={"doc": doc, "secret": secret})


@dataclass(frozen=True)
class Settings:
    home: str = setting(_default_home(), "State directory: broker data and logs, caches, pid files.")
    kafka_bootstrap: str = setting(
        "", "Bootstrap servers of an existing Kafka cluster; empty means the embedded broker."
    )
    broker_port: int = setting(9092, "Port of the embedded broker's client listener.")
    kafka_version: str = setting("4.4.0", "Apache Kafka version the embedded broker fetches.")
    kafka_home: str = setting("", "An existing Kafka install to run instead of fetching jars (KAFKA_HOME also works).")
    topic_prefix: str = setting("rasd", "Prefix of every topic name.")
    partitions: int = setting(0, "Override of every topic's partition count (0 keeps the catalogue's).")
    replication_factor: int = setting(0, "Override of every topic's replication factor (0 keeps the catalogue's).")
    app_id: str = setting("rasd", "Faust application id (consumer group and changelog prefix).")
    web_host: str = setting("127.0.0.1", "Address the worker's web server binds.")
    web_port: int = setting(6066, "Port of the worker's web server (API, dashboard, metrics).")
    api_token: str = setting("", "Bearer token required by the subscriptions API.", secret=True)
    webhook_max_attempts: int = setting(5, "Attempts of one webhook delivery before it is dead-lettered.")
    webhook_base_delay_ms: int = setting(
        1000, "Milliseconds before the first webhook retry; doubled per retry, with full jitter."
    )
    digest_seconds: int = setting(
        3600, "Window of a digest-mode (hourly_digest) webhook: its alerts are posted together once per window."
    )
    log_level: str = setting("INFO", "Log level: DEBUG, INFO, WARNING, ERROR.")
    kb_paths: str = setting("", "Extra watchlist/KB files, separated by the OS path separator.")
    max_text_chars: int = setting(200_000, "Article text beyond this many characters is cut (and flagged).")
    feeds_file: str = setting("", "Feed registry config file (YAML) to load at start.")
    allow_private_hosts: str = setting(
        "", "Comma-separated hosts/networks that feeds and webhooks may reach although private (e.g. 127.0.0.1)."
    )
    security_protocol: str = setting("PLAINTEXT", "Kafka security protocol: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL.")
    sasl_mechanism: str = setting("", "SASL mechanism: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512.")
    sasl_username: str = setting("", "SASL user name.")
    sasl_password: str = setting("", "SASL password.", secret=True)
    ssl_cafile: str = setting("", "CA bundle for TLS to Kafka.")
    session_timeout: int = setting(
        20, "Seconds without a heartbeat before Kafka moves a worker's partitions to the others."
    )
    shutdown_timeout: int = setting(
        30, "Seconds a worker may take to stop on SIGTERM/SIGINT (finish, commit, leave) before it exits hard."
    )
    lag_interval: int = setting(5, "Seconds between two consumer-lag measurements of a worker.")
    ready_max_lag: int = setting(
        1000, "A worker is ready (/readyz) once its consumer lag over its source topics is at most this."
    )
    dashboard_alert_mb: int = setting(
        4, "Megabytes (as JSON) of recent alerts a worker keeps for its dashboard; the least recently updated go first."
    )
    event_loop: str = setting(
        "uvloop", "Event loop of a worker: uvloop (faster per message) or asyncio (the standard library's)."
    )
    fetch_max_wait_ms: int = setting(
        10, "Milliseconds a worker's fetch may wait at the broker for data: bounds what each hop adds to latency."
    )
    producer_compression: str = setting(
        "none", "Compression of the record batches a worker produces: zstd, lz4, snappy, gzip or none. "
        "zstd shrinks Rasd's JSON records five- to tenfold (less network and broker disk), but costs CPU at "
        "both ends: with the broker on the worker's own host, none is faster.",
    )
    mentions_flush_seconds: int = setting(
        10, "Seconds a worker gathers entity mention counts before it sends them, one record per entity, "
        "for surges (hour windows) and timelines.",
    )

    @property
    def bootstrap(self) -> str:
        return self.kafka_bootstrap or f"127.0.0.1:{self.broker_port}"

    @property
    def embedded(self) -> bool:
        return not self.kafka_bootstrap

    @property
    def home_path(self) -> Path:
        return Path(self.home).expanduser()

    def redacted(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = "***" if f.metadata.get("secret") and value else value
        return out

    @classmethod
    def load(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        config_path = env.get("RASD_CONFIG")
        if config_path:
            try:
                with open(config_path, "rb") as fh:
                    values.update(tomllib.load(fh))
            except OSError as exc:
                raise ConfigError(f"RASD_CONFIG={config_path}: cannot read it ({exc.strerror}).") from exc
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"RASD_CONFIG={config_path} is not valid TOML: {exc}") from exc
        if not env.get("RASD_KAFKA_HOME") and env.get("KAFKA_HOME"):
            values.setdefault("kafka_home", env["KAFKA_HOME"])
        known = {f.name: f for f in fields(cls)}
        unknown = set(values) - set(known)
        if unknown:
            raise ConfigError(f"{config_path}: unknown setting(s) {', '.join(sorted(unknown))}.")
        for name in known:
            key = f"RASD_{name.upper()}"
            if key in env:
                values[name] = env[key]
        values.update({k: v for k, v in overrides.items() if v is not None})
        for name, value in list(values.items()):
            values[name] = _coerce(name, known[name].default, value)
        settings = cls(**values)
        settings._validate()
        return settings

    def _validate(self) -> None:
        for name in ("broker_port", "web_port"):
            port = getattr(self, name)
            if not 0 < port < 65536:
                raise ConfigError(f"RASD_{name.upper()}={port}: a port is a number from 1 to 65535.")
        if self.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"RASD_LOG_LEVEL={self.log_level}: use DEBUG, INFO, WARNING or ERROR.")
        for name in ("shutdown_timeout", "lag_interval"):
            if getattr(self, name) < 1:
                raise ConfigError(f"RASD_{name.upper()}={getattr(self, name)}: use a number of seconds, 1 or more.")
        if self.sasl_mechanism not in {"", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}:
            raise ConfigError(
                f"RASD_SASL_MECHANISM={self.sasl_mechanism}: use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512."
            )
        if not 1 <= self.fetch_max_wait_ms <= 5000:
            raise ConfigError(f"RASD_FETCH_MAX_WAIT_MS={self.fetch_max_wait_ms}: use 1 to 5000 milliseconds.")
        if not 1 <= self.mentions_flush_seconds <= 300:
            raise ConfigError(
                f"RASD_MENTIONS_FLUSH_SECONDS={self.mentions_flush_seconds}: use 1 to 300 seconds."
            )
        if self.dashboard_alert_mb < 1:
            raise ConfigError(f"RASD_DASHBOARD_ALERT_MB={self.dashboard_alert_mb}: use 1 or more megabytes.")
        if self.event_loop not in EVENT_LOOPS:
            raise ConfigError(f"RASD_EVENT_LOOP={self.event_loop}: use uvloop or asyncio.")
        if self.producer_compression not in PRODUCER_COMPRESSIONS:
            raise ConfigError(
                f"RASD_PRODUCER_COMPRESSION={self.producer_compression}: use {', '.join(PRODUCER_COMPRESSIONS)}."
            )
        if self.digest_seconds < 1:
            raise ConfigError(f"RASD_DIGEST_SECONDS={self.digest_seconds}: use a number of seconds, 1 or more.")
        if self.ready_max_lag < 0:
            raise ConfigError(f"RASD_READY_MAX_LAG={self.ready_max_lag}: use 0 or more messages.")
        if self.security_protocol not in {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}:
            raise ConfigError(
                f"RASD_SECURITY_PROTOCOL={self.security_protocol}: use PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."
            )


def _coerce(name: str, default: Any, value: Any) -> Any:
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"RASD_{name.upper()}={value!r}: expected a whole number.") from None
    return str(value)


def settings_reference() -> str:
    """A Markdown table of every setting, for the README (kept in sync by a test)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for f in fields(Settings):
        default = "(per-user state dir)" if f.name == "home" else f.default
        rows.append(f"| `RASD_{f.name.upper()}` | `{default}` | {f.metadata['doc']} |")
    return "\n".join(rows)
