"""Running a Rasd worker: the Faust app with every agent, until SIGTERM/SIGINT.

Faust's worker installs the signal handlers: the first SIGTERM or SIGINT stops the agents
after their in-flight messages, commits offsets and leaves the consumer group; a second
SIGINT exits at once.
"""

from __future__ import annotations

import logging

from agents.logs import setup_logging

logger = logging.getLogger(__name__)


def run_worker(*, json_logs: bool = True) -> None:
    from faust.worker import Worker

    from agents.app import app, load_agents, settings

    setup_logging(settings.log_level, json_lines=json_logs)
    load_agents()
    logger.info("starting worker app=%s bootstrap=%s", settings.app_id, settings.bootstrap)
    # override_logging=False: keep our handlers (Faust would install its own).
    worker = Worker(
        app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False, override_logging=False
    )
    worker.execute_from_commandline()


if __name__ == "__main__":
    run_worker()
