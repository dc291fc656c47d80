"""Latency from an event record entering rasd.events to its alert on rasd.alerts.

One worker on an embedded broker, one subscription that matches everything, event records
published at a fixed rate (default 100/s), each with its own cluster id so each raises a new
alert. Latency = when the alert is read back - when its event was sent. The
baseline, measured in the same run, is Kafka alone: records produced and read back on a
plain topic at the same rate (the floor any agent adds to).

    python -m bench.alert_latency [--rate 100] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import urllib.request
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

import schemas
from bench.e2e import embedded_broker
from tests.pipeline_support import Stack


def event_records(count: int, run: str) -> list[dict[str, Any]]:
    base = schemas.example("event_record")
    return [dict(base, cluster_id=f"bench:{run}:{i}#0", revision=1) for i in range(count)]


async def measure(bootstrap: str, send_topic: str, read_topic: str, records: list[dict[str, Any]],
                  rate: float, key_of: Any) -> list[float]:
    """Send ``records`` at ``rate``/s; return send→arrival latencies of what comes back."""
    consumer = AIOKafkaConsumer(read_topic, bootstrap_servers=bootstrap, auto_offset_reset="latest",
                                enable_auto_commit=False, group_id=None)
    await consumer.start()
    await consumer.getmany(timeout_ms=1000)  # settle at the end of the topic
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    await producer.start()
    sent: dict[str, float] = {}
    latencies: list[float] = []

    async def read() -> None:
        deadline = time.time() + len(records) / rate + 60
        while len(latencies) < len(records) and time.time() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for messages in batch.values():
                for message in messages:
                    key = key_of(orjson.loads(message.value))
                    if key in sent:
                        latencies.append(time.time() - sent.pop(key))

    reader = asyncio.create_task(read())
    start = time.time()
    for i, record in enumerate(records):
        delay = start + i / rate - time.time()
        if delay > 0:
            await asyncio.sleep(delay)
        sent[record["cluster_id"]] = time.time()
        await producer.send(send_topic, key=record["cluster_id"].encode(), value=orjson.dumps(record))
    await producer.flush()
    await reader
    await producer.stop()
    await consumer.stop()
    return latencies


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    count = int(args.rate * args.seconds)
    with embedded_broker(print) as (broker, home, _failures):
        stack = Stack(broker.bootstrap, home)
        stack.create_topics()
        worker = stack.worker().start().wait_ready(timeout=180)
        try:
            request = urllib.request.Request(
                worker.url + "/subscriptions", method="POST",
                data=json.dumps({"name": "everything", "filters": {}}).encode(),
                headers={"Content-Type": "application/json"},
            )
            urllib.request.urlopen(request, timeout=10).read()
            time.sleep(2)
            warm = event_records(50, "warm")
            asyncio.run(measure(broker.bootstrap, stack.topic("events"), stack.topic("alerts"),
                                warm, args.rate, lambda a: a.get("cluster_id")))
            rasd = asyncio.run(measure(broker.bootstrap, stack.topic("events"), stack.topic("alerts"),
                                       event_records(count, "run"), args.rate,
                                       lambda a: a.get("cluster_id")))
            baseline = asyncio.run(measure(broker.bootstrap, stack.topic("deadletter"), stack.topic("deadletter"),
                                           event_records(count, "base"), args.rate,
                                           lambda r: r.get("cluster_id")))
        finally:
            worker.stop()
    print(f"events sent: {count} at {args.rate:.0f}/s; alerts received: {len(rasd)}")
    for label, values in (("event -> alert", rasd), ("Kafka alone (baseline)", baseline)):
        if values:
            print(f"{label:<24} p50 {pct(values, 50) * 1000:7.1f} ms   p99 {pct(values, 99) * 1000:7.1f} ms"
                  f"   mean {statistics.mean(values) * 1000:7.1f} ms")
    if rasd and baseline:
        print(f"ratio p99 event->alert / Kafka alone: {pct(rasd, 99) / pct(baseline, 99):.1f}x"
              f"   (target: p99 < 250 ms {'met' if pct(rasd, 99) < 0.25 else 'MISSED'})")


if __name__ == "__main__":
    main()
