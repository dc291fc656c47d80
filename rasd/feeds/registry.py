"""The feed registry: which feeds to poll, how often, with which hints.

Pure and in memory. The service keeps it in a compacted topic (key = feed id, value = the
record, tombstone = removal) and replays it through ``apply``; people edit it as YAML::

    feeds:
      - url: https://example.org/world.rss
        name: Example World
        lang: ar            # hint: ar | en | other
        country: SY
        interval: 10m       # seconds, or 30s / 10m / 2h
        tags: [syria]
        full_text: false
        enabled: true
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # (types-PyYAML is not a dependency)

from rasd.errors import ConfigError, InputError
from rasd.feeds.urls import canonical_url, feed_id

DEFAULT_INTERVAL = 600.0
MIN_INTERVAL = 30.0
RECORD_VERSION = 1
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: Any) -> float:
    """Seconds from ``600``, ``"30s"``, ``"10m"``, ``"2h"``; at least ``MIN_INTERVAL``."""
    if isinstance(value, bool):
        raise InputError(f"interval {value!r}: use seconds or 30s / 10m / 2h")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise InputError(f"interval {value!r}: use seconds or 30s / 10m / 2h")
        seconds = float(match.group(1)) * _UNITS[match.group(2).lower()]
    if seconds < MIN_INTERVAL:
        raise InputError(f"interval {value!r}: polling more often than every {MIN_INTERVAL:.0f}s is impolite")
    return seconds


@dataclass(frozen=True)
class FeedConfig:
    url: str
    id: str = ""
    name: str = ""
    lang_hint: str | None = None
    country: str | None = None
    interval: float = DEFAULT_INTERVAL
    tags: tuple[str, ...] = ()
    full_text: bool = False
    enabled: bool = True

    def __post_init__(self) -> None:
        if canonical_url(self.url) is None:
            raise InputError(f"feed url {self.url!r}: expected an http:// or https:// address")
        if not self.id:
            object.__setattr__(self, "id", feed_id(self.url))
        if self.lang_hint not in (None, "ar", "en", "other"):
            raise InputError(f"feed {self.url}: lang {self.lang_hint!r} must be ar, en or other")
        if self.country is not None:
            if not re.fullmatch(r"[A-Za-z]{2}", self.country):
                raise InputError(f"feed {self.url}: country {self.country!r} must be a 2-letter ISO code")
            object.__setattr__(self, "country", self.country.upper())
        object.__setattr__(self, "tags", tuple(str(t) for t in self.tags))

    def to_record(self) -> dict[str, Any]:
        """The value on the registry topic (``schemas/feed.schema.json``)."""
        record = asdict(self)
        record["tags"] = list(self.tags)
        record["lang"] = record.pop("lang_hint")
        return {"schema_version": RECORD_VERSION, **record}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> FeedConfig:
        """From a registry record or a YAML entry (which may say ``lang`` for ``lang_hint``)."""
        if not isinstance(record, dict) or "url" not in record:
            raise InputError(f"feed entry {record!r}: needs at least a url")
        known = {"url", "id", "name", "lang_hint", "country", "interval", "tags", "full_text", "enabled"}
        data = dict(record)
        if "lang" in data and "lang_hint" not in data:
            data["lang_hint"] = data.pop("lang")
        unknown = set(data) - known - {"schema_version", "lang"}
        if unknown:
            raise InputError(f"feed {data['url']}: unknown field(s) {', '.join(sorted(unknown))}")
        values = {k: v for k, v in data.items() if k in known}
        if "interval" in values:
            values["interval"] = parse_interval(values["interval"])
        tags = values.get("tags") or ()
        values["tags"] = tuple([tags] if isinstance(tags, str) else tags)
        return cls(**values)


def owns(feed_key: str, worker_index: int, worker_count: int) -> bool:
    """Whether worker ``worker_index`` of ``worker_count`` polls this feed (stable hash)."""
    if worker_count < 1 or not 0 <= worker_index < worker_count:
        raise ValueError(f"worker {worker_index} of {worker_count}: index must be in 0..count-1")
    digest = hashlib.sha256(feed_key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % worker_count == worker_index


@dataclass
class FeedRegistry:
    feeds: dict[str, FeedConfig] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.feeds)

    def __iter__(self) -> Iterator[FeedConfig]:
        return iter(sorted(self.feeds.values(), key=lambda f: f.url))

    def add(self, feed: FeedConfig) -> FeedConfig:
        self.feeds[feed.id] = feed
        return feed

    def find(self, url_or_id: str) -> FeedConfig | None:
        if url_or_id in self.feeds:
            return self.feeds[url_or_id]
        if canonical_url(url_or_id):
            return self.feeds.get(feed_id(url_or_id))
        return None

    def remove(self, url_or_id: str) -> FeedConfig | None:
        feed = self.find(url_or_id)
        if feed is not None:
            del self.feeds[feed.id]
        return feed

    def move(self, old_id: str, new_url: str) -> FeedConfig | None:
        """After a permanent redirect: the feed lives on at ``new_url`` (new id)."""
        feed = self.feeds.pop(old_id, None)
        if feed is None:
            return None
        return self.add(replace(feed, url=new_url, id=""))

    def apply(self, key: str, value: dict[str, Any] | None) -> None:
        """Replay one message of the compacted registry topic (None is a tombstone)."""
        if value is None:
            self.feeds.pop(key, None)
            return
        feed = FeedConfig.from_record(value)
        self.feeds[key] = feed if feed.id == key else replace(feed, id=key)

    def to_records(self) -> dict[str, dict[str, Any]]:
        return {feed.id: feed.to_record() for feed in self}

    def owned_by(self, worker_index: int, worker_count: int) -> list[FeedConfig]:
        return [f for f in self if f.enabled and owns(f.id, worker_index, worker_count)]

    # -- YAML -----------------------------------------------------------------------------

    @classmethod
    def from_yaml(cls, text: str, *, source: str = "feeds file") -> FeedRegistry:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{source} is not valid YAML: {exc}") from exc
        if data is None:
            return cls()
        entries = data.get("feeds") if isinstance(data, dict) else data
        if not isinstance(entries, list):
            raise ConfigError(f"{source}: expected a list of feeds under 'feeds:'")
        registry = cls()
        for number, entry in enumerate(entries, 1):
            try:
                registry.add(FeedConfig.from_record(entry))
            except InputError as exc:
                raise ConfigError(f"{source}, feed #{number}: {exc}") from exc
        return registry

    def to_yaml(self) -> str:
        entries = []
        for feed in self:
            entry: dict[str, Any] = {"url": feed.url}
            if feed.name:
                entry["name"] = feed.name
            if feed.lang_hint:
                entry["lang"] = feed.lang_hint
            if feed.country:
                entry["country"] = feed.country
            entry["interval"] = int(feed.interval) if feed.interval.is_integer() else feed.interval
            if feed.tags:
                entry["tags"] = list(feed.tags)
            if feed.full_text:
                entry["full_text"] = True
            if not feed.enabled:
                entry["enabled"] = False
            entries.append(entry)
        return yaml.safe_dump({"feeds": entries}, allow_unicode=True, sort_keys=False)

    @classmethod
    def load(cls, path: str | Path) -> FeedRegistry:
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"feeds file {path}: cannot read it ({exc})") from exc
        return cls.from_yaml(text, source=str(path))

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(self.to_yaml(), encoding="utf-8")
        tmp.replace(path)
