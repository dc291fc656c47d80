"""The analyzer: one article in, its entities and events out (``rasd analyze``, the tag agent).

Offsets in the result are Python string indices into ``text`` as given (after the cut at
``max_text_chars``): the title, when there is one, is not part of the text and is not analysed,
because the gold format and every consumer index into the body. Titles usually repeat the
lead, so recall hardly suffers; a caller that wants title entities analyses the title as its
own text.

``tag_article`` is the tag agent's step (article record in, ``tagged_article`` record out) and
``entities_from_dicts`` its inverse for the detect agent; neither needs the event extractor,
so it is imported only when ``analyze`` runs.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from rasd.entities.tagger import tag_entities
from rasd.errors import MessageError
from rasd.kb.model import KnowledgeBase
from rasd.model import Analysis, EntityResult, Mention
from rasd.settings import Settings
from rasd.text.langid import detect_language
from rasd.text.normalize import normalize

__all__ = ["TAGGED_SCHEMA_VERSION", "analyze", "article_id_for", "entities_from_dicts", "tag_article"]

log = logging.getLogger(__name__)

TAGGED_SCHEMA_VERSION = 1
_LANGS = frozenset({"ar", "en"})


@cache
def _max_text_chars() -> int:
    return Settings.load().max_text_chars


@cache
def _default_kb() -> KnowledgeBase:
    from rasd.kb.loader import default_kb  # imported late: loading the KB is the slow part

    return default_kb()


def article_id_for(text: str) -> str:
    """A stable id for an article that came without one."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _cut(text: str, limit: int, article_id: str | None) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    log.info("article %s cut from %d to %d characters", article_id, len(text), limit)
    return text[:limit], True


def analyze(
    text: str,
    *,
    lang: str | None = None,
    published: date | None = None,
    article_id: str | None = None,
    kb: KnowledgeBase | None = None,
    title: str | None = None,
    max_chars: int | None = None,
) -> Analysis:
    """Tag entities and extract events in ``text``.

    ``lang`` is detected when not given; ``published`` decides who holds an office ("the US
    President" on that day), today when missing; ``kb`` defaults to the built-in knowledge
    base. ``title`` is accepted for the record but not analysed (offsets point into ``text``).
    """
    from rasd.events import extract_events  # only the full analysis needs the event extractor

    text, truncated = _cut(text, max_chars if max_chars is not None else _max_text_chars(), article_id)
    aid = article_id or article_id_for(text)
    language = lang or detect_language(text)
    if not text.strip():
        return Analysis(id=aid, lang=language, entities=[], events=[], truncated=truncated)
    kb = kb if kb is not None else _default_kb()
    nt = normalize(text)
    entities = tag_entities(text, kb, published=published, lang=language, nt=nt)
    events = extract_events(text, language, entities, published)
    return Analysis(id=aid, lang=language, entities=entities, events=events, truncated=truncated)


def _published_day(value: Any, article_id: str) -> date | None:
    """The publication day of an article record; None (today) when missing or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        # The schema already checks the format; a record that slipped through is still tagged,
        # with today's office holders, rather than dead-lettered.
        log.warning("article %s: unreadable published date %r, using today", article_id, value)
        return None


def _utc_now_iso() -> str:
    return datetime.now(tz=UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def tag_article(
    article: Mapping[str, Any], *, kb: KnowledgeBase | None = None, max_chars: int | None = None
) -> dict[str, Any]:
    """The ``tagged_article`` record (``schemas/tagged_article.schema.json``) of an article record.

    Entities are tagged in ``text`` (cut at ``max_text_chars``, then ``truncated`` is true);
    their offsets index into the record's ``text``. The record's ``lang`` is used when it is
    "ar" or "en", otherwise the language is detected; ``published`` decides office holders.
    Raises ``MessageError`` for a record without a text string (the agent dead-letters it).
    """
    article_id = str(article.get("id", "?"))
    text = article.get("text")
    if not isinstance(text, str):
        raise MessageError(f"article {article_id}: 'text' must be a string, got {type(text).__name__}")
    text, truncated = _cut(text, max_chars if max_chars is not None else _max_text_chars(), article_id)
    entities: list[EntityResult] = []
    if text.strip():
        lang = article.get("lang")
        language = lang if lang in _LANGS else detect_language(text)
        entities = tag_entities(
            text,
            kb if kb is not None else _default_kb(),
            published=_published_day(article.get("published"), article_id),
            lang=language,
        )
    return {
        "schema_version": TAGGED_SCHEMA_VERSION,
        "article": dict(article),
        "entities": [e.to_dict() for e in entities],
        "truncated": truncated,
        "analyzed_at": _utc_now_iso(),
    }


def entities_from_dicts(items: Iterable[Mapping[str, Any]]) -> list[EntityResult]:
    """``EntityResult`` objects from their ``to_dict`` form (a tagged_article's ``entities``).

    Raises ``MessageError`` naming the entity when a required field is missing or mistyped.
    """
    out: list[EntityResult] = []
    for i, item in enumerate(items):
        try:
            out.append(
                EntityResult(
                    id=item["id"],
                    name=item["name"],
                    type=item["type"],
                    linked=bool(item["linked"]),
                    mentions=[Mention(int(m["start"]), int(m["end"]), m["text"]) for m in item["mentions"]],
                    name_ar=item.get("name_ar"),
                    sanctioned=bool(item.get("sanctioned", False)),
                    sanction_lists=tuple(item.get("sanction_lists", ())),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise MessageError(f"entity {i} of the tagged article is malformed: {exc!r}") from exc
    return out
