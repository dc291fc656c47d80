"""Feed ingestion core: parse feed bytes into article records, decide what to publish.

Pure: no HTTP here (the poller in ``agents.feeds`` fetches). Everything is testable offline.
"""

from rasd.feeds.charset import decode_feed
from rasd.feeds.dedup import decide, remembered
from rasd.feeds.html_text import html_to_text
from rasd.feeds.lang import detect_lang
from rasd.feeds.parse import ParsedFeed, parse_feed
from rasd.feeds.records import EntrySkipped, FeedContext, build_article, content_hash
from rasd.feeds.registry import FeedConfig, FeedRegistry, owns, parse_interval
from rasd.feeds.safety import AllowList, classify_ip, refusal
from rasd.feeds.schedule import backoff_delay, next_delay, parse_retry_after
from rasd.feeds.state import DEGRADED, FAILING, OK, FeedState
from rasd.feeds.urls import article_id, canonical_url, feed_id

__all__ = [
    "DEGRADED", "FAILING", "OK",
    "AllowList", "EntrySkipped", "FeedConfig", "FeedContext", "FeedRegistry", "FeedState",
    "ParsedFeed",
    "article_id", "backoff_delay", "build_article", "canonical_url", "classify_ip",
    "content_hash", "decide", "decode_feed", "detect_lang", "feed_id", "html_to_text",
    "next_delay", "owns", "parse_feed", "parse_interval", "parse_retry_after", "refusal",
    "remembered",
]
