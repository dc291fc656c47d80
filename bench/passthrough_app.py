"""The ceiling for the end-to-end benchmark: Rasd's agent graph with no analysis in it.

Same agents, topics, partitions, fan-out and message sizes as a Rasd worker, on the same
Faust settings, but every agent only forwards bytes (no JSON decoding, no schema check, no
tagging, no events, no rules). Its throughput is what Faust and Kafka allow on this machine;
Rasd's is reported as a fraction of it.

    articles ─► tag ─► tagged ─► detect ─► candidates ─► cluster* ─► events ─► alert* ─► alerts ─► deliver
                  └──► mentions ─► surge*                  (* per message, with a table write)

Configured from the environment by ``bench.e2e`` (it measures Rasd's fan-out and sizes first):
``PT_BOOTSTRAP``, ``PT_PREFIX`` (topic prefix and app id), ``PT_FANOUT`` (messages per input
message on each output topic, e.g. ``mentions=12.5,event-candidates=5.8,events=5.1,alerts=4.9``)
and ``PT_SIZES`` (mean bytes of the values on each output topic). Run as a worker process:

    PT_BOOTSTRAP=127.0.0.1:9092 PT_PREFIX=pt1 python -m bench.passthrough_app
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from collections.abc import AsyncIterator
from typing import Any

from agents.event_loop import use_event_loop
from agents.faust_event import as_current
from agents.faust_transport import App, producer_options
from rasd.settings import Settings

logger = logging.getLogger(__name__)

# Agent graph: name -> (input topic, output topic, writes a table?). As in Rasd, the table
# writers cluster and alert take batches; surge goes message by message.
CHAIN: dict[str, tuple[str, str | None, bool]] = {
    "tag": ("articles", "articles.tagged", False),
    "detect": ("articles.tagged", "event-candidates", False),
    "cluster": ("event-candidates", "events", True),
    "alert": ("events", "alerts", True),
    "surge": ("mentions", None, True),
    "deliver": ("alerts", None, False),
}
PER_MESSAGE = frozenset({"surge", "deliver"})
TOPICS = ("articles", "articles.tagged", "event-candidates", "events", "alerts", "mentions")
BATCH_SIZE = 100  # the same batching as agents/processing.py
BATCH_WITHIN = 0.01


def parse_numbers(text: str) -> dict[str, float]:
    """``"a=1.5,b=2"`` -> ``{"a": 1.5, "b": 2.0}`` (empty text: no entries)."""
    out: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, _, number = item.partition("=")
        out[name.strip()] = float(number)
    return out


def padded(value: bytes, size: float) -> bytes:
    """``value`` (a JSON object) grown to about ``size`` bytes with a padding field, so a
    forwarded message weighs what Rasd's message on that topic weighs."""
    missing = int(size) - len(value) - 10
    if missing <= 0 or not value.startswith(b"{"):
        return value
    return b'{"pad":"' + b"x" * missing + b'",' + value[1:]


class Fanout:
    """How many copies of each input message an agent sends on: a fractional mean, paid out
    exactly over a run (1.4 sends 1, 2, 1, 1, 2 ...)."""

    def __init__(self, mean: float) -> None:
        self.mean = mean
        self.inputs = 0
        self.paid = 0

    def copies(self) -> int:
        # From the running total, not an accumulated remainder: no floating-point drift.
        self.inputs += 1
        due = math.floor(round(self.inputs * self.mean, 9))
        whole, self.paid = due - self.paid, due
        return whole


# The same event loop as Rasd's worker (RASD_EVENT_LOOP), chosen before the app exists.
use_event_loop(os.environ.get("RASD_EVENT_LOOP", "uvloop"))
PREFIX = os.environ.get("PT_PREFIX", "pt")
FANOUT = parse_numbers(os.environ.get("PT_FANOUT", ""))
SIZES = parse_numbers(os.environ.get("PT_SIZES", ""))

app = App(
    PREFIX,
    # The same consumer fetch wait as Rasd's app (agents/faust_transport.py).
    fetch_max_wait_ms=int(os.environ.get("PT_FETCH_WAIT_MS", "10")),
    broker=[f"kafka://{h.strip()}" for h in os.environ.get("PT_BOOTSTRAP", "127.0.0.1:9092").split(",")],
    store="memory://",
    # Faust's default data dir is "<app id>-data" in the working directory: keep it in the run's home.
    datadir=os.environ.get("PT_DATADIR", "{conf.name}-data"),
    key_serializer="raw",
    value_serializer="raw",
    autodiscover=False,
    web_enabled=False,
    producer_acks=-1,
    consumer_auto_offset_reset="earliest",
    topic_replication_factor=1,
    topic_allow_declare=True,
    stream_wait_empty=True,
    broker_commit_every=100,
    broker_commit_interval=1.0,
    # Rasd's producer batching (1 MB batches, 5 ms linger) and compression (RASD_PRODUCER_COMPRESSION,
    # as the worker reads it; agents/faust_transport.py), unless PT_MAX_BATCH / PT_LINGER_MS set
    # others to compare.
    **dict(
        producer_options(Settings.load().producer_compression),
        **({"producer_max_batch_size": int(os.environ["PT_MAX_BATCH"])} if os.environ.get("PT_MAX_BATCH") else {}),
        **({"producer_linger": int(os.environ["PT_LINGER_MS"]) / 1000} if os.environ.get("PT_LINGER_MS") else {}),
    ),
)
topics = {name: app.topic(f"{PREFIX}.{name}", key_type=bytes, value_type=bytes) for name in TOPICS}
# Keys and values are bytes, stored raw: with Faust's default (JSON) the raw keys went into the
# changelog as they are, and a second worker's table recovery then failed on every record
# ("Error in recovery ... expected a JSON value") and retried for ever, so the two-worker
# pass-through never drained.
tables = {
    name: app.Table(f"pt-{name}", default=None, partitions=6, key_type=bytes, value_type=bytes)
    for name, (_, _, table) in CHAIN.items() if table
}


async def _events(stream: Any, per_message: bool) -> AsyncIterator[list[Any]]:
    if per_message:
        async for event in stream.events():
            yield [event]
    else:
        async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN):
            yield list(events)


def _make_agent(name: str, source: str, target: str | None, writes_table: bool) -> None:
    outputs = [target] if target else []
    if name == "tag":
        outputs.append("mentions")
    fanouts = {out: Fanout(FANOUT.get(out, 1.0)) for out in outputs}

    async def forward(stream: Any) -> None:
        async for events in _events(stream, name in PER_MESSAGE):
            sends = []
            for event in events:
                key, value = event.message.key, event.message.value
                if writes_table:
                    with as_current(event):  # the write's changelog partition, in a batch
                        tables[name][key] = b"%d" % len(value)  # what a state update costs
                for out in outputs:
                    body = padded(value, SIZES.get(out, 0))
                    for _ in range(fanouts[out].copies()):
                        sends.append(topics[out].send(key=key, value=body))
            if sends:
                await asyncio.gather(*sends)

    forward.__name__ = name
    app.agent(topics[source], name=name)(forward)


for _name, (_source, _target, _table) in CHAIN.items():
    _make_agent(_name, _source, _target, _table)


def main() -> None:
    from faust.worker import Worker

    logging.basicConfig(level=logging.WARNING)
    # override_logging=False, as Rasd's worker does (agents/worker.py): left to Faust, its
    # worker adds a terminal-spinner handler and sets the root logger to DEBUG whatever the
    # log level, so every send built and handled two debug records (aiokafka's and Faust's,
    # the latter with the message value): ~9 % of the worker's samples under py-spy.
    Worker(app, loglevel="warning", quiet=True, redirect_stdouts=False,
           override_logging=False).execute_from_commandline()


if __name__ == "__main__":
    main()
