"""Which asyncio event loop a worker runs on.

A worker spends most of its CPU in asyncio machinery (Faust's stream iteration, aiokafka's
fetcher and producer tasks): uvloop runs the same code with a cheaper loop. The standard
library's loop stays selectable (``RASD_EVENT_LOOP=asyncio``) and is used, with a warning,
where uvloop cannot be imported.
"""

from __future__ import annotations

import asyncio
import logging

logger = logging.getLogger(__name__)


def use_event_loop(name: str) -> str:
    """Make ``name`` ("uvloop" or "asyncio") the loop of every loop created from now on;
    returns the loop actually in use. Call before the worker creates its loop."""
    if name == "uvloop":
        try:
            import uvloop
        except ImportError:
            logger.warning("uvloop is not installed: the worker runs on the standard asyncio loop")
        else:
            asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
            return "uvloop"
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
    return "asyncio"
