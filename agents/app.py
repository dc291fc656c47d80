"""The Faust application, built from one settings object and nothing else.

Topics are declared once here from the catalogue (``topics/``); agents import ``app`` and
``topics`` from this module. Agent modules are listed explicitly (no autodiscovery): an
agent module that fails to import stops the worker loudly at start-up.
"""

from __future__ import annotations

import importlib
import logging
import ssl
from typing import Any

import faust

from agents.faust_tables import Table
from agents.faust_transport import App, producer_options
from rasd.settings import Settings
from topics import TopicSpec, catalogue

logger = logging.getLogger(__name__)

# The agents a worker runs, in data-flow order.
AGENT_MODULES: tuple[str, ...] = (
    "agents.feed",
    "agents.tag",
    "agents.detect",
    "agents.alert",
    "agents.digest",
)


def _credentials(settings: Settings) -> Any:
    protocol = settings.security_protocol
    if protocol == "PLAINTEXT":
        return None
    context = ssl.create_default_context(cafile=settings.ssl_cafile or None)
    if protocol == "SSL":
        return faust.SSLCredentials(context)
    mechanism = settings.sasl_mechanism or "PLAIN"
    ssl_context = context if protocol == "SASL_SSL" else None
    if mechanism.startswith("SCRAM"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=mechanism,
            ssl_context=ssl_context,
        )
    return faust.SASLCredentials(
        username=settings.sasl_username, password=settings.sasl_password, ssl_context=ssl_context
    )


def build_app(settings: Settings) -> tuple[faust.App, dict[str, faust.TopicT], dict[str, TopicSpec]]:
    specs = catalogue(settings)
    replication = max(spec.replication_factor for spec in specs.values())
    app = App(
        settings.app_id,
        fetch_max_wait_ms=settings.fetch_max_wait_ms,
        Table=Table,  # one expiry entry per window, not per write (agents/faust_tables.py)
        broker=[f"kafka://{hostport.strip()}" for hostport in settings.bootstrap.split(",")],
        broker_credentials=_credentials(settings),
        store="memory://",  # tables are rebuilt from their changelog topics on start
        key_serializer="raw",
        value_serializer="raw",  # agents decode themselves so bad JSON reaches the dead-letter topic
        autodiscover=False,
        web_enabled=False,  # Rasd serves its own web app (API, dashboard, metrics)
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        topic_replication_factor=replication,
        topic_allow_declare=True,
        stream_wait_empty=True,
        broker_commit_every=100,
        broker_commit_interval=1.0,
        logging_config=None,
        datadir=str(settings.home_path / "faust"),  # not the current directory
        broker_session_timeout=settings.session_timeout,
        # Faust's defaults (90 s requests, 1,200 s producer requests) let a worker hang for
        # twenty minutes on a lost broker; fail and retry sooner.
        broker_request_timeout=max(40.0, settings.session_timeout + 10.0),
        producer_request_timeout=30.0,
        # One tagged article is ~13 KB: Faust's 16 KB batches sent nearly every message alone.
        **producer_options(settings.producer_compression),
    )
    declared = {
        key: app.topic(
            spec.name,
            partitions=spec.partitions,
            replicas=spec.replication_factor,
            config=spec.configs(),
            compacting=spec.compacted,
            key_type=bytes,
            value_type=bytes,
        )
        for key, spec in specs.items()
    }
    return app, declared, specs


settings = Settings.load()
app, topics, topic_specs = build_app(settings)


def load_agents(modules: tuple[str, ...] = AGENT_MODULES) -> None:
    """Import every agent module; any failure is fatal (a worker missing an agent is wrong)."""
    for name in modules:
        importlib.import_module(name)
        logger.debug("loaded agent module %s", name)
