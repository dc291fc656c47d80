"""The feed agent's I/O edge: HTTP fetching, the polling schedule, the sample-feed server."""
