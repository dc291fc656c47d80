"""Event detection: sanctions and alliance events in Arabic and English news.

``extract_events`` reads an article and the entities tagged in it and returns the events a
monitor must report: sanctions imposed, lifted, suspended, extended or threatened; alliances
joined, agreements signed, relations restored, forces integrated, military presence; each
with a status (occurred, planned, historical, negated, stalled), participants, instrument,
duration, evidence and CAMEO/PLOVER codes. ``cluster`` groups reports of the same event across
articles. Everything here is pure: no I/O beyond reading the packaged lexicons.
"""

from __future__ import annotations

import logging
from datetime import date

from rasd.events.cluster import ArticleMeta, ClusterState, cluster_key, update
from rasd.events.codes import ALERTABLE, CODES, EVENT_TYPES, STATUSES
from rasd.events.extractor import extract
from rasd.model import EntityResult, Event

__all__ = [
    "ALERTABLE",
    "CODES",
    "EVENT_TYPES",
    "STATUSES",
    "ArticleMeta",
    "ClusterState",
    "cluster_key",
    "extract_events",
    "is_alertable",
    "update",
]

log = logging.getLogger(__name__)


def extract_events(
    text: str, lang: str, entities: list[EntityResult], published: date | None = None
) -> list[Event]:
    """Events reported in ``text`` (language ``lang``: "ar" or "en"; anything else is guessed).

    ``entities`` are the tagger's results for the same text (mention offsets index ``text``).
    Never raises on bad input: text that cannot be analysed yields no events, and the reason
    is logged.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    if not isinstance(entities, list):
        entities = []
    if published is not None and not isinstance(published, date):
        published = None
    try:
        return extract(text, lang if isinstance(lang, str) else "", entities, published)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError):
        # A bug on a strange input must not stop a worker: report it and skip the article's events.
        log.exception("event extraction failed on a %d-character %s text; no events emitted", len(text), lang)
        return []


def is_alertable(event: Event) -> bool:
    """Alerts fire for occurred and planned events by default."""
    return event.status in ALERTABLE
