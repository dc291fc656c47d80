"""Running a Rasd worker: the Faust app with every agent, until SIGTERM/SIGINT.

Shutdown, as operators see it:

- The first SIGTERM or SIGINT starts a graceful stop (Faust's worker): agents finish their
  in-flight messages, offsets are committed, the consumer leaves the group (its partitions
  move to the other workers at once, not after a session timeout) and the web server closes.
- A watchdog bounds that stop to ``RASD_SHUTDOWN_TIMEOUT`` seconds: a stop stuck on a hung
  broker or webhook ends with a log line and exit status 1 instead of a process that an
  orchestrator has to SIGKILL without a word.
- A second SIGINT (Ctrl-C again) exits at once; ``mode`` alone would ignore it.

The worker also measures its consumer lag every ``RASD_LAG_INTERVAL`` seconds (the
``rasd_consumer_lag_messages`` gauge; ``/readyz`` waits for it to fall under
``RASD_READY_MAX_LAG``).
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from faust.worker import Worker

from agents.event_loop import use_event_loop
from agents.logs import setup_logging
from agents.metrics import LAG
from rasd.settings import Settings

logger = logging.getLogger(__name__)

EXIT_FORCED = 1  # the graceful stop overran its bound
EXIT_INTERRUPTED = 130  # a second Ctrl-C, as a shell reports an interrupted command


class ShutdownWatchdog:
    """Hard-exits the process when a graceful stop takes longer than its bound.

    A thread, not an asyncio task: the stop it guards may be the thing blocking the loop.
    """

    def __init__(self, timeout: float, exit: Any = os._exit) -> None:
        self.timeout = timeout
        self._exit = exit
        self._timer: threading.Timer | None = None

    @property
    def armed(self) -> bool:
        return self._timer is not None

    def arm(self, reason: str) -> None:
        if self._timer is not None:
            return
        logger.info("%s: stopping gracefully (bound %ss)", reason, self.timeout)
        self._timer = threading.Timer(self.timeout, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def _fire(self) -> None:
        logger.critical(
            "graceful stop did not finish within %ss (RASD_SHUTDOWN_TIMEOUT): exiting now; "
            "uncommitted messages will be processed again by the next owner of their partitions",
            self.timeout,
        )
        logging.shutdown()
        self._exit(EXIT_FORCED)


class RasdWorker(Worker):
    """Faust's worker with a bounded graceful stop and an immediate second Ctrl-C."""

    def __init__(self, *args: Any, shutdown_timeout: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.watchdog = ShutdownWatchdog(shutdown_timeout)

    def _on_sigint(self) -> None:
        if self.watchdog.armed:
            logger.warning("second interrupt: exiting at once without finishing in-flight messages")
            logging.shutdown()
            os._exit(EXIT_INTERRUPTED)
        self.watchdog.arm("SIGINT")
        super()._on_sigint()

    def _on_sigterm(self) -> None:
        self.watchdog.arm("SIGTERM")
        super()._on_sigterm()


def register_lag_monitor(app: Any, source_topics: set[str], interval: float) -> None:
    """Measure consumer lag every ``interval`` seconds, forgetting it on each rebalance."""

    @app.timer(interval, on_leader=False)
    async def measure_consumer_lag() -> None:
        if app.rebalancing:
            return
        try:
            await LAG.measure(app.consumer, source_topics)
        except (RuntimeError, AttributeError, KeyError) as exc:
            # The consumer is (re)starting: no figure this round, readiness keeps waiting.
            logger.debug("consumer lag not measured: %s", exc)

    @app.on_partitions_assigned.connect
    async def forget_lag(sender: Any, assigned: Any, **kwargs: Any) -> None:
        LAG.reset()


def _create_changelog_topics(app: Any, settings: Any) -> None:
    """Create the tables' changelog topics before the consumer starts. Left to Faust, they are
    created one after another just before the consumer joins, and the last one can miss the
    consumer's first metadata; aiokafka then does not look again for minutes, the table's
    changelog stays unassigned and every write to it fails. A failure here is only logged:
    Faust still creates what is missing, as before."""
    import asyncio
    from dataclasses import replace

    from mode.utils.times import want_seconds

    from agents.kafka_admin import changelog_specs, ensure_topics
    from topics import catalogue

    specs = catalogue(settings)
    tables = {
        table.changelog_topic.get_topic_name(): table.partitions or app.conf.topic_partitions
        for table in app.tables.values()
    }
    changelogs = changelog_specs(
        tables,
        replication_factor=max(spec.replication_factor for spec in specs.values()),
        min_insync_replicas=max(spec.min_insync_replicas for spec in specs.values()),
    )
    # A windowed table's changelog also deletes records older than its windows' expiry, as
    # Faust declares it: compacted only, it would keep every window of every key for ever.
    for table in app.tables.values():
        topic = table.changelog_topic
        if topic.deleting:
            name = topic.get_topic_name()
            changelogs[name] = replace(
                changelogs[name],
                cleanup_policy="compact,delete" if topic.compacting else "delete",
                retention_ms=int(want_seconds(topic.retention) * 1000) if topic.retention else None,
            )
    # A loop of its own, never made current: Faust's worker sets up the process's loop later.
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ensure_topics(settings, changelogs))
    except Exception as exc:  # noqa: BLE001 - the worker can still start; Faust creates them late
        logger.warning("could not create the table changelog topics ahead of the worker: %s", exc)
    finally:
        loop.close()


def run_worker(*, json_logs: bool = True) -> None:
    # Before the app module is imported: nothing may have made a loop of the other kind yet.
    loop_in_use = use_event_loop(Settings.load().event_loop)
    from agents.app import app, load_agents, settings, topics

    setup_logging(settings.log_level, json_lines=json_logs)
    load_agents()
    from agents.tag import KB  # loaded by the tag agent's module, once per process
    from rasd.warmup import prepare_analysis

    # Built now, not by the first article: the automaton, the lexicons, the collector settled.
    prepare_analysis(KB)
    _create_changelog_topics(app, settings)
    register_lag_monitor(app, {topic.get_topic_name() for topic in topics.values()}, settings.lag_interval)
    logger.info(
        "starting worker app=%s bootstrap=%s security=%s loop=%s",
        settings.app_id, settings.bootstrap, settings.security_protocol, loop_in_use,
    )
    # override_logging=False: keep our handlers (Faust would install its own).
    worker = RasdWorker(
        app,
        loglevel=settings.log_level,
        quiet=True,
        redirect_stdouts=False,
        override_logging=False,
        shutdown_timeout=settings.shutdown_timeout,
    )
    worker.execute_from_commandline()


if __name__ == "__main__":
    run_worker()
