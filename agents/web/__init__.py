"""The worker's web server (aiohttp): alerts API, SSE stream, and the dashboard.

Import the modules you need (``agents.web.app``, ``agents.web.dashboard``); this package
imports nothing on its own so that one part cannot break the other.
"""
