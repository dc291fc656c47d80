"""Build the article record (``schemas/article.schema.json``) from one feed entry."""

from __future__ import annotations

import calendar
import hashlib
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from rasd.feeds.html_text import html_to_text
from rasd.feeds.lang import detect_lang
from rasd.feeds.urls import article_id, canonical_url

SCHEMA_VERSION = 1
FUTURE_TOLERANCE = timedelta(minutes=10)
MAX_TAGS = 20
_SPACES = re.compile(r"\s+")


class EntrySkipped(ValueError):
    """An entry that cannot become an article (no link, guid or title); the reason says why."""


@dataclass(frozen=True)
class FeedContext:
    """What the record builder needs to know about the feed an entry came from."""

    feed_id: str
    url: str
    source: str
    lang_hint: str | None = None
    country: str | None = None
    tags: tuple[str, ...] = ()
    max_text_chars: int = 200_000
    extra: dict[str, Any] = field(default_factory=dict)


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(title: str, summary: str, text: str) -> str:
    """sha256 over NFC-normalised, whitespace-collapsed title, summary and text."""
    parts = (_SPACES.sub(" ", unicodedata.normalize("NFC", p or "")).strip() for p in (title, summary, text))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: FeedParserDict.get maps missing keys onto others with a DeprecationWarning
        parsed = dict.get(entry, key)
        if isinstance(parsed, time.struct_time):
            try:
                moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
            if moment.year >= 1990:
                return moment
    return None


def _authors(entry: Any) -> list[str]:
    names: list[str] = []
    for author in entry.get("authors") or []:
        name = author.get("name") if isinstance(author, dict) else None
        if name:
            names.append(html_to_text(name))
    if not names and entry.get("author"):
        names.append(html_to_text(entry["author"]))
    return [n for n in dict.fromkeys(names) if n]


def _tags(feed_tags: Iterable[str], entry: Any) -> list[str]:
    tags = list(feed_tags)
    for tag in entry.get("tags") or []:
        term = (tag.get("term") or tag.get("label") or "").strip() if isinstance(tag, dict) else ""
        if term:
            tags.append(html_to_text(term))
    return list(dict.fromkeys(t for t in tags if t))[:MAX_TAGS]


def _entry_text(entry: Any, summary: str) -> str:
    bodies = [html_to_text(c.get("value", "")) for c in entry.get("content") or [] if isinstance(c, dict)]
    bodies = [b for b in bodies if b]
    return max(bodies, key=len) if bodies else summary


def build_article(entry: Any, feed: FeedContext, fetched_at: datetime) -> dict[str, Any]:
    """The article record for one feed entry, at revision 1 (``dedup.decide`` sets revisions).

    Raises ``EntrySkipped`` for an entry with neither a usable link nor a guid, or with no
    title and no text at all.
    """
    link = entry.get("link") or ""
    url = canonical_url(link, base=feed.url) if link else None
    guid = (entry.get("id") or "").strip() or None
    if url is None and guid:
        url = canonical_url(guid)  # RSS guids are often the permalink
    if url is None and guid is None:
        raise EntrySkipped("entry has neither a link nor a guid")
    title = html_to_text(entry.get("title") or "")
    summary = html_to_text(entry.get("summary") or "")
    text = _entry_text(entry, summary)
    if not (title or text):
        raise EntrySkipped("entry has no title and no text")
    if len(text) > feed.max_text_chars:
        text = text[: feed.max_text_chars]
    published = _published(entry)
    inferred = published is None
    published = published or fetched_at
    lang = detect_lang(f"{title}\n{summary}\n{text}", feed.lang_hint)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article_id(url, guid=guid, feed=feed.feed_id, canonical=True),
        "revision": 1,
        "url": url or guid,
        "feed_id": feed.feed_id,
        "source": feed.source,
        "title": title,
        "summary": summary,
        "text": text,
        "authors": _authors(entry),
        "published": iso_utc(published),
        "published_inferred": inferred,
        "future_date": published - fetched_at > FUTURE_TOLERANCE,
        "lang": lang,
        "lang_hint": feed.lang_hint,
        "country": feed.country,
        "tags": _tags(feed.tags, entry),
        "content_hash": content_hash(title, summary, text),
        "fetched_at": iso_utc(fetched_at),
    }


def build_articles(
    entries: Iterable[Any], feed: FeedContext, fetched_at: datetime
) -> tuple[list[dict[str, Any]], list[str]]:
    """Records for every usable entry, plus one reason per skipped entry."""
    records: list[dict[str, Any]] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        try:
            record = build_article(entry, feed, fetched_at)
        except EntrySkipped as exc:
            skipped.append(str(exc))
            continue
        if record["id"] in seen:
            continue  # the same link twice in one feed document
        seen.add(record["id"])
        records.append(record)
    return records, skipped
