"""Rasd core: pure, synchronous analysis of news articles (no Kafka, no HTTP).

Everything in this package is testable without a broker. The edges (Faust agents, the
feed poller, the web server, the CLI) live in ``agents/``.
"""

__version__ = "0.1.0"
