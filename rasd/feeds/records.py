"""Build the article record (``schemas/article.schema.json``) from one feed entry."""

from __future__ import annotations

import calendar
import hashlib
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from rasd.feeds.html_text import html_to_text
from rasd.feeds.lang import LANG_SAMPLE_LIMIT, detect_lang
from rasd.feeds.urls import article_id, canonical_url

SCHEMA_VERSION = 1
FUTURE_TOLERANCE = timedelta(minutes=10)
MAX_TAGS = 20


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
    """``2025-11-12T20:00:00Z``: UTC, whole seconds."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")[:19] + "Z"


def content_hash(title: str, summary: str, text: str) -> str:
    """sha256 over NFC-normalised, whitespace-collapsed title, summary and text."""
    summary_form = _hash_form(summary)
    text_form = summary_form if text == summary else _hash_form(text)  # the same when no body
    return hashlib.sha256(
        f"{_hash_form(title)}\x1f{summary_form}\x1f{text_form}".encode()
    ).hexdigest()


def _hash_form(part: str | None) -> str:
    # str.split() splits on exactly the characters "\s" matches, so this is
    # re.sub(r"\s+", " ", part).strip(), without one regex match per space.
    return " ".join(unicodedata.normalize("NFC", part or "").split())


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: FeedParserDict.get maps missing keys onto others with a DeprecationWarning
        parsed = dict.get(entry, key)
        if isinstance(parsed, time.struct_time):
            try:
                moment = datetime(*parsed[:6], tzinfo=UTC)
            except ValueError:  # out-of-range fields: timegm normalises them (Feb 30 = Mar 2)
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
    return _build_article(entry, feed, fetched_at, iso_utc(fetched_at))


def _lang_sample(title: str, summary: str, text: str) -> str:
    """The start of ``title\nsummary\ntext``, as long as ``detect_lang`` reads (a 200 kB
    article is not copied to look at its first 5,000 characters)."""
    limit = LANG_SAMPLE_LIMIT
    return f"{title[:limit]}\n{summary[:limit]}\n{text[:limit]}"[:limit]


def _build_article(
    entry: Any, feed: FeedContext, fetched_at: datetime, fetched_iso: str
) -> dict[str, Any]:
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
    lang = detect_lang(_lang_sample(title, summary, text), feed.lang_hint)
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
        "fetched_at": fetched_iso,
    }


def build_articles(
    entries: Iterable[Any], feed: FeedContext, fetched_at: datetime
) -> tuple[list[dict[str, Any]], list[str]]:
    """Records for every usable entry, plus one reason per skipped entry."""
    records: list[dict[str, Any]] = []
    skipped: list[str] = []
    seen: set[str] = set()
    fetched_iso = iso_utc(fetched_at)
    for entry in entries:
        try:
            record = _build_article(entry, feed, fetched_at, fetched_iso)
        except EntrySkipped as exc:
            skipped.append(str(exc))
            continue
        if record["id"] in seen:
            continue  # the same link twice in one feed document
        seen.add(record["id"])
        records.append(record)
    return records, skipped
