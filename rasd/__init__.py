"""Rasd core: pure, synchronous analysis of news articles (no Kafka, no HTTP).

Everything in this package is testable without a broker. The edges (Faust agents, the
feed poller, the web server, the CLI) live in ``agents/``.
"""

import warnings

from rasd.build import STALE_HINT, stale_modules

__version__ = "0.1.0"

if _stale := stale_modules():
    # The compiled copy would run instead of the edited source: say so before anything runs.
    warnings.warn(STALE_HINT.format(names=", ".join(_stale)), RuntimeWarning, stacklevel=2)
