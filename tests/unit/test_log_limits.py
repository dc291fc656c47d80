"""Third-party log storms are cut to a few lines and a count; Rasd's own lines all get through."""

from __future__ import annotations

import io
import logging

import orjson

from agents.logs import JsonFormatter, RepeatLimitingHandler


def _record(name: str, msg: str, args: tuple, created: float, level: int = logging.WARNING) -> logging.LogRecord:
    record = logging.LogRecord(name, level, __file__, 1, msg, args, None)
    record.created = created
    return record


def _handler() -> tuple[RepeatLimitingHandler, io.StringIO]:
    stream = io.StringIO()
    handler = RepeatLimitingHandler(stream, burst=5, period=30.0)
    handler.setFormatter(JsonFormatter())
    return handler, stream


def _lines(stream: io.StringIO) -> list[dict]:
    return [orjson.loads(line) for line in stream.getvalue().splitlines()]


def test_a_retry_storm_is_cut_to_a_burst_and_one_count():
    handler, stream = _handler()
    for i in range(1000):  # an outage: the same retry warning, a thousand times in ten seconds
        handler.handle(_record("aiokafka.producer", "retrying partition %s: %s", (i % 6, "NotLeader"), 100 + i / 100))
    assert len(_lines(stream)) == 5
    # The next line logged after the period reports what was held back.
    handler.handle(_record("rasd.pipeline", "article %s tagged", ("a1",), 131.0, logging.INFO))
    lines = _lines(stream)
    assert len(lines) == 7
    summary = lines[5]
    assert summary["logger"] == "aiokafka.producer" and summary["level"] == "WARNING"
    assert summary["suppressed"] == 995
    assert summary["msg"].startswith("995 more like this in 30 s were not logged; the last: retrying partition")
    assert lines[6]["msg"] == "article a1 tagged"


def test_after_the_period_the_kind_gets_a_fresh_burst():
    handler, stream = _handler()
    for i in range(20):
        handler.handle(_record("mode.timers", "Timer %s woke up late", ("commit",), 10 + i))
    for i in range(3):
        handler.handle(_record("mode.timers", "Timer %s woke up late", ("commit",), 50 + i))
    msgs = [line["msg"] for line in _lines(stream)]
    assert msgs.count("Timer commit woke up late") == 5 + 3
    assert any(m.startswith("15 more like this") for m in msgs)


def test_rasd_own_lines_and_other_kinds_are_not_held_back():
    handler, stream = _handler()
    for i in range(50):
        handler.handle(_record("agents.processing", "dead-lettered %s", (f"m{i}",), 1 + i / 100))
        handler.handle(_record("rasd.events", "no events in %s", (f"a{i}",), 1 + i / 100))
    for _ in range(3):
        handler.handle(_record("aiokafka.consumer", "heartbeat failed", (), 2.0))
        handler.handle(_record("aiokafka.consumer", "coordinator dead", (), 2.0))
        handler.handle(_record("aiokafka.consumer", "coordinator dead", (), 2.0, logging.ERROR))
    assert len(_lines(stream)) == 100 + 9


def test_closing_reports_what_was_held_back():
    handler, stream = _handler()
    for _ in range(12):
        handler.handle(_record("aiokafka", "connection refused", (), 5.0))
    handler.close()
    lines = _lines(stream)
    assert len(lines) == 6 and lines[-1]["suppressed"] == 7


def test_faust_services_subclassed_by_rasd_are_limited_as_faust():
    """The consumer logs "Stream stopped processing" for every partition every few seconds while
    it waits: through Rasd's subclasses of Faust's classes these must stay third-party records."""
    from agents.faust_transport import App

    app = App("limits-test", broker="kafka://127.0.0.1:9")
    services = {"app": app, "consumer": app.consumer, "consumer thread": app.consumer._thread}
    handler, stream = _handler()
    for service in services.values():
        for i in range(40):
            handler.handle(_record(service.logger.name, "Stream stopped processing for %r", (f"tp{i % 6}",), 1 + i / 10))
    lines = _lines(stream)
    loggers = {service.logger.name for service in services.values()}
    assert len(lines) == 5 * len(loggers), [line["logger"] for line in lines]
    assert all(not line["logger"].startswith(("agents", "rasd")) for line in lines)
