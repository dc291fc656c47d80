"""Rule matching: does an event record interest a subscription, and why.

``match(subscription, record)`` reads an event record of the ``rasd.events`` topic
(``schemas/event_record``).  The fields it relies on:

- ``event.type``, ``event.status``, ``event.confidence``;
- ``event.actors`` / ``event.targets`` / ``event.instrument``: ``{"id", "name"}`` references,
  the participants of the event;
- ``event.evidence``: ``{"start", "end", "text"}``, the sentence the event was read from;
- ``entities``: ``EntityResult.to_dict()`` items (``id``, ``name``, ``name_ar``, ``type``,
  ``mentions``, ``sanctioned``), used to give participants a type and an Arabic name and to
  find what the article mentions;
- ``article.lang``, ``article.source``, ``article.url``, ``article.title``;
- ``sources``: ``{"article_id", "url", "source", "lang"}`` items, every outlet of the cluster;
- ``text_snippet``: the text the keyword query searches, with the title, the evidence and
  the names (English and Arabic) of the entities, so "Syria" finds an Arabic story on سوريا.

What each filter means (filters combine with AND, values inside one filter with OR):

- ``entities``: an id or a name (English or Arabic, compared normalised) of a participant or
  of an entity the article mentions;
- ``entity_types``: a participant or a mentioned entity has that type;
- ``countries``: a GPE that takes part in the event, or is mentioned in the evidence sentence;
- ``languages``: the language of the article or of any source of the story;
- ``sources``: an outlet name, or a web domain of a source URL (subdomains included);
- ``min_confidence``, ``event_types``, ``statuses`` (default occurred and planned: a
  historical, negated or stalled event alerts only when the subscription lists it);
- ``sanctioned_entity``: an entity flagged sanctioned is mentioned;
- ``query``: see ``rasd.alerts.query``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rasd.alerts._text import tokens
from rasd.alerts.query import SearchText
from rasd.alerts.subscription import Subscription
from rasd.errors import MessageError

__all__ = ["MatchResult", "RecordView", "match"]


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Why a subscription matched: one line per satisfied rule, for the alert and for people."""

    subscription_id: str
    rules: tuple[str, ...]
    entities: tuple[str, ...] = ()  # ids (or names when unlinked) of the entities that matched
    query_terms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"subscription_id": self.subscription_id, "rules": list(self.rules)}
        if self.entities:
            out["entities"] = list(self.entities)
        if self.query_terms:
            out["query_terms"] = list(self.query_terms)
        return out


def _key(name: str) -> str:
    return " ".join(tokens(name))


@dataclass(slots=True)
class _Ent:
    id: str | None
    name: str
    name_ar: str | None = None
    type: str | None = None
    role: str = "mentioned"  # actor, target, instrument, mentioned
    sanctioned: bool = False
    mentions: list[dict[str, Any]] = field(default_factory=list)
    cached_keys: frozenset[str] | None = None

    @property
    def label(self) -> str:
        return self.id or self.name

    def keys(self) -> frozenset[str]:
        """Id and names as compared with a subscription's ``name_keys`` (computed once)."""
        if self.cached_keys is None:
            out = {_key(self.name), self.name.casefold()}
            if self.id:
                out.add(self.id.casefold())
            if self.name_ar:
                out.add(_key(self.name_ar))
            out.discard("")
            self.cached_keys = frozenset(out)
        return self.cached_keys


class RecordView:
    """An event record read once for matching many subscriptions."""

    def __init__(self, record: dict[str, Any]) -> None:
        event = record.get("event")
        if not isinstance(event, dict) or not record.get("cluster_id"):
            raise MessageError("event record has no 'event' object or no 'cluster_id'")
        self.record = record
        self.event = event
        self.article: dict[str, Any] = record.get("article") or {}
        self.type: str = str(event.get("type", ""))
        self.status: str = str(event.get("status", ""))
        try:
            self.confidence = float(event.get("confidence", 0.0))
        except (TypeError, ValueError):
            raise MessageError("event.confidence is not a number") from None
        self.mentioned: list[_Ent] = []
        by_id: dict[str, _Ent] = {}
        for item in record.get("entities") or ():
            if not isinstance(item, dict) or not item.get("name"):
                continue
            ent = _Ent(
                id=item.get("id"), name=item["name"], name_ar=item.get("name_ar"), type=item.get("type"),
                sanctioned=bool(item.get("sanctioned")), mentions=list(item.get("mentions") or ()),
            )
            self.mentioned.append(ent)
            if ent.id:
                by_id[ent.id] = ent
        self.by_id = by_id
        self.participants: list[_Ent] = []
        for role, refs in (
            ("actor", event.get("actors") or ()),
            ("target", event.get("targets") or ()),
            ("instrument", [event["instrument"]] if event.get("instrument") else ()),
        ):
            for ref in refs:
                if isinstance(ref, dict) and ref.get("name"):
                    known = by_id.get(ref.get("id") or "")
                    self.participants.append(
                        _Ent(
                            id=ref.get("id"), name=ref["name"], role=role,
                            name_ar=known.name_ar if known else None,
                            type=known.type if known else None,
                            sanctioned=known.sanctioned if known else False,
                            mentions=known.mentions if known else [],
                        )
                    )
        self.sources: list[dict[str, Any]] = [s for s in record.get("sources") or () if isinstance(s, dict)]
        self._search: SearchText | None = None

    def all_entities(self) -> Iterator[_Ent]:
        yield from self.participants
        yield from self.mentioned

    def languages(self) -> set[str]:
        langs = {self.article.get("lang")} | {s.get("lang") for s in self.sources}
        return {lang for lang in langs if lang}

    def evidence_span(self) -> tuple[int, int] | None:
        ev = self.event.get("evidence") or {}
        if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
            return ev["start"], ev["end"]
        return None

    @property
    def search_text(self) -> SearchText:
        if self._search is None:
            names = [n for e in self.all_entities() for n in (e.name, e.name_ar) if n]
            self._search = SearchText(
                str(self.article.get("title") or ""),
                str(self.record.get("text_snippet") or ""),
                str((self.event.get("evidence") or {}).get("text") or ""),
                *names,
            )
        return self._search


def _find_entities(keys: frozenset[str], candidates: Iterable[_Ent]) -> list[_Ent]:
    return [e for e in candidates if not e.keys().isdisjoint(keys)]


def _domain_matches(url: str, domain: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    domain = domain.lower().removeprefix("www.")
    return host == domain or host.endswith("." + domain) or host == "www." + domain


def _in_evidence(ent: _Ent, span: tuple[int, int] | None) -> bool:
    if span is None:
        return False
    start, end = span
    return any(
        isinstance(m.get("start"), int) and start <= m["start"] and m.get("end", 0) <= end
        for m in ent.mentions
    )


def match(
    subscription: Subscription, record: dict[str, Any] | RecordView, *, check_status: bool = True
) -> MatchResult | None:
    """The reasons ``subscription`` wants an alert for ``record``, or None.

    ``check_status=False`` ignores the statuses filter: the alert book uses it to tell a
    subscriber that a story they were alerted about changed status (e.g. a deal stalled).
    Raises ``MessageError`` for a record without an event (dead-letter it).
    """
    view = record if isinstance(record, RecordView) else RecordView(record)
    f = subscription.filters
    rules: list[str] = []
    matched: list[str] = []

    if f.event_types:
        if view.type not in f.event_types:
            return None
        rules.append(f"event type is {view.type}")
    if check_status:
        if view.status not in f.statuses:
            return None
        rules.append(f"status is {view.status}")
    if f.min_confidence is not None:
        if view.confidence < f.min_confidence:
            return None
        rules.append(f"confidence {view.confidence:.2f} ≥ {f.min_confidence:.2f}")
    if f.languages:
        langs = view.languages() & set(f.languages)
        if not langs:
            return None
        rules.append(f"language {', '.join(sorted(langs))}")
    if f.sources:
        urls = [view.article.get("url") or ""] + [s.get("url") or "" for s in view.sources]
        names = {(view.article.get("source") or "").casefold()} | {
            (s.get("source") or "").casefold() for s in view.sources
        }
        hit = [w for w in f.sources if w.casefold() in names or any(_domain_matches(u, w) for u in urls if u)]
        if not hit:
            return None
        rules.append(f"source {', '.join(hit)}")
    if f.entities:
        found = _find_entities(f.entity_keys, view.all_entities())
        if not found:
            return None
        best = found[0]  # participants come first: "is an actor" explains more than "mentioned"
        rules.append(
            f"entity {best.name} ({best.label}) is {'an' if best.role[0] in 'aei' else 'a'} {best.role}"
            if best.role != "mentioned"
            else f"entity {best.name} ({best.label}) is mentioned"
        )
        matched.extend(dict.fromkeys(e.label for e in found))
    if f.entity_types:
        typed = [e for e in view.all_entities() if e.type in f.entity_types]
        if not typed:
            return None
        rules.append(f"entity type {typed[0].type} ({typed[0].name})")
    if f.countries:
        span = view.evidence_span()
        gpes = [e for e in view.participants if e.type in (None, "GPE")] + [
            e for e in view.mentioned if e.type == "GPE" and _in_evidence(e, span)
        ]
        found = _find_entities(f.country_keys, gpes)
        if not found:
            return None
        rules.append(f"country {found[0].name}")
        matched.extend(e.label for e in found if e.label not in matched)
    if f.sanctioned_entity:
        flagged = [e for e in view.all_entities() if e.sanctioned]
        if not flagged:
            return None
        rules.append(f"sanctioned entity {flagged[0].name} is mentioned")
        matched.extend(e.label for e in flagged if e.label not in matched)
    terms: tuple[str, ...] = ()
    if f.compiled_query is not None:
        if not f.compiled_query.matches(view.search_text):
            return None
        terms = tuple(f.compiled_query.terms())
        rules.append(f"query {f.query!r}")
    if not rules:
        rules.append("no filters: every event")
    return MatchResult(subscription.id, tuple(rules), tuple(matched), terms)
