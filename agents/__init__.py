"""Rasd's edges: the Faust app and its agents, the feed poller, the web server, the CLI.

Kafka and HTTP live here; the analysis itself is called from ``rasd`` (the pure core).
"""
