"""Logging set-up: JSON lines (for operators' log pipelines) or plain text (for people).

Records may carry ``article_id``, ``event_id``/``cluster_id`` and ``alert_id`` via ``extra=``;
they are emitted as fields of the JSON line.

Third-party libraries repeat themselves when the broker is away: aiokafka logs each retry
and mode each late timer, about 10,000 lines in a 10 s outage, which buries everything else.
Their records are limited per kind (logger, level, message template): a few go through per
period, the rest are counted and reported in one line when the period ends. Rasd's own
records (``agents``, ``rasd``) are never held back.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

_FIELDS = (
    "article_id", "cluster_id", "alert_id", "feed_id", "stage", "topic", "partition", "offset", "suppressed",
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for name in _FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                out[name] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(out, default=str).decode()


# Loggers whose records are never limited: Rasd's own.
_OWN_LOGGERS = frozenset({"agents", "rasd", "topics", "schemas", "__main__"})


@dataclass(slots=True)
class _Kind:
    start: float  # when its period began
    seen: int  # records of the period
    last: logging.LogRecord


class RepeatLimitingHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler that lets at most ``burst`` third-party records of one kind through
    per ``period`` seconds and reports how many more there were once the period is over."""

    def __init__(self, stream: Any = None, *, burst: int = 5, period: float = 30.0, max_kinds: int = 1000) -> None:
        super().__init__(stream)
        self.burst = burst
        self.period = period
        self.max_kinds = max_kinds
        self._kinds: dict[tuple[str, int, object], _Kind] = {}
        self._kinds_lock = threading.Lock()  # records come from Faust's consumer thread too
        self._next_sweep = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        own = record.name.split(".", 1)[0] in _OWN_LOGGERS
        with self._kinds_lock:
            summaries = self._sweep(record.created)
            allowed = own or self._count(record)
        for summary in summaries:
            super().emit(summary)
        if allowed:
            super().emit(record)

    def close(self) -> None:
        with self._kinds_lock:
            summaries = self._sweep(float("inf"))
        for summary in summaries:
            super().emit(summary)
        super().close()

    def _count(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.levelno, record.msg)
        kind = self._kinds.get(key)
        if kind is None:
            if len(self._kinds) < self.max_kinds:  # past that, let records through untracked
                self._kinds[key] = _Kind(record.created, 1, record)
            return True
        kind.seen += 1
        kind.last = record
        return kind.seen <= self.burst

    def _sweep(self, now: float) -> list[logging.LogRecord]:
        """End the periods that are over: one summary record per kind that was held back."""
        if now < self._next_sweep:
            return []
        self._next_sweep = now + 1.0
        summaries = []
        for key, kind in list(self._kinds.items()):
            if now - kind.start >= self.period:
                del self._kinds[key]
                if kind.seen > self.burst:
                    summaries.append(_summary(kind.last, kind.seen - self.burst, self.period))
        return summaries


def _summary(last: logging.LogRecord, held: int, period: float) -> logging.LogRecord:
    summary = logging.LogRecord(
        last.name, last.levelno, last.pathname, last.lineno,
        "%d more like this in %.0f s were not logged; the last: %s", (held, period, last.getMessage()), None,
    )
    summary.created = last.created
    summary.suppressed = held
    return summary


def setup_logging(level: str = "INFO", *, json_lines: bool = True) -> None:
    handler = RepeatLimitingHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter() if json_lines else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # aiokafka logs every reconnect attempt at ERROR; one line per failure is enough for us.
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, root.level))
