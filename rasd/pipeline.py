"""Pure steps between the agents' topics that are not analysis proper (record shaping)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from rasd.events import ArticleMeta, ClusterState, cluster_key, update
from rasd.messages import utc_now_iso
from rasd.model import EntityRef, Event, Mention


def mention_counts(tagged: dict[str, Any]) -> list[dict[str, Any]]:
    """One ``mention_count`` record per linked entity of a tagged article (for surge counting)."""
    article = tagged["article"]
    out = []
    for entity in tagged["entities"]:
        if not entity.get("linked") or not entity.get("id") or not entity.get("mentions"):
            continue
        record = {
            "schema_version": 1,
            "entity_id": entity["id"],
            "name": entity["name"],
            "type": entity["type"],
            "article_id": article["id"],
            "lang": article.get("lang", "other"),
            "count": len(entity["mentions"]),
            "at": article.get("fetched_at") or article["published"],  # when Rasd saw it
        }
        if entity.get("name_ar"):
            record["name_ar"] = entity["name_ar"]
        if entity.get("sanctioned"):
            record["sanctioned"] = True
        out.append(record)
    return out


def merge_mention_counts(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per entity for a batch of articles: ``count`` mentions in ``articles``
    articles, at the latest time seen. A surge counts articles, a timeline mentions; a batch
    of 100 articles then costs one message per entity, not one per entity per article."""
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        seen = merged.get(record["entity_id"])
        if seen is None:
            merged[record["entity_id"]] = dict(record, articles=record.get("articles", 1))
            continue
        seen["count"] += record["count"]
        seen["articles"] += record.get("articles", 1)
        seen["at"] = max(seen["at"], record["at"])
    return list(merged.values())


def event_from_dict(data: dict[str, Any], entities: Iterable[dict[str, Any]] = ()) -> Event:
    """The inverse of ``Event.to_dict`` (events travel between agents as JSON). Entity types,
    which ``to_dict`` leaves out, come back from the article's ``entities`` (for clustering)."""
    types = {e["id"]: e.get("type") for e in entities if e.get("id")}

    def ref(item: dict[str, Any] | None) -> EntityRef | None:
        if not item:
            return None
        return EntityRef(item.get("id"), item["name"], types.get(item.get("id") or ""))

    evidence = data["evidence"]
    return Event(
        type=data["type"],
        status=data["status"],
        actors=[r for r in map(ref, data.get("actors", [])) if r is not None],
        targets=[r for r in map(ref, data.get("targets", [])) if r is not None],
        evidence=Mention(evidence["start"], evidence["end"], evidence["text"]),
        cameo=data["cameo"],
        plover=data["plover"],
        confidence=float(data["confidence"]),
        instrument=ref(data.get("instrument")),
        duration=data.get("duration"),
        dates=list(data.get("dates", [])),
        sanction=data.get("sanction"),
        trigger=data.get("trigger"),
    )


def article_summary(article: dict[str, Any]) -> dict[str, Any]:
    """The few article fields that travel with each event (not the whole text)."""
    return {
        "id": article["id"],
        "url": article["url"],
        "source": article["source"],
        "title": article.get("title", ""),
        "lang": article["lang"],
        "published": article["published"],
    }


def event_candidates(tagged: dict[str, Any], events: list[Event]) -> list[dict[str, Any]]:
    """One ``event_candidate`` record per event found in a tagged article, keyed by cluster."""
    article = tagged["article"]
    summary = article_summary(article)
    involved_ids = set()
    out = []
    for event in events:
        for ref in (*event.actors, *event.targets, event.instrument):
            if ref is not None and ref.id:
                involved_ids.add(ref.id)
        record: dict[str, Any] = {
            "schema_version": 1,
            "cluster_id": cluster_key(event),
            "event": event.to_dict(),
            "article": summary,
            "entities": [],
            "detected_at": utc_now_iso(),
        }
        if "trace" in article:
            record["trace"] = article["trace"]
        out.append(record)
    # Entities that take part in some event travel with it (for rules on entity ids/types).
    entities = [e for e in tagged["entities"] if e.get("id") in involved_ids]
    for record in out:
        record["entities"] = entities
    return out


def fold_candidate(
    state: dict[str, Any] | None, candidate: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Fold a candidate into its cluster; return the new state and the ``event_record`` to
    publish (None when nothing a subscriber should hear about changed)."""
    event = event_from_dict(candidate["event"], candidate.get("entities", []))
    article = candidate["article"]
    meta = ArticleMeta(
        article_id=article["id"],
        url=article.get("url"),
        source=article.get("source"),
        published=_parse_iso(article.get("published")),
    )
    previous = ClusterState.from_dict(state) if state else None
    new_state, changed = update(previous, event, meta, key=candidate["cluster_id"])
    if not changed:
        return new_state.to_dict(), None
    event_dict = dict(candidate["event"], status=new_state.status)
    record: dict[str, Any] = {
        "schema_version": 1,
        "cluster_id": new_state.cluster_id,
        "revision": new_state.revision,
        "event": event_dict,
        "article": article,
        "entities": candidate.get("entities", []),
        "sources": [
            {k: v for k, v in {**s.to_dict(), "lang": None}.items() if v is not None}
            for s in new_state.sources
        ],
        "source_count": new_state.source_count,
        "first_seen": new_state.first_seen or candidate["detected_at"],
        "last_seen": new_state.last_seen or candidate["detected_at"],
        "text_snippet": candidate["event"]["evidence"]["text"][:500],
    }
    if "trace" in candidate:
        record["trace"] = candidate["trace"]
    return new_state.to_dict(), record


def fold_candidates(
    state: dict[str, Any] | None, candidates: Iterable[dict[str, Any]]
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Fold several reports of one cluster key (a batch) and publish one revision per cluster
    generation instead of one per report: twenty outlets arriving in one batch make one
    update with twenty sources, not twenty updates, so subscribers and webhooks see fewer,
    fuller revisions when the pipeline is busy (and the same as before when it is not).
    Revisions stay consecutive: each published record is the previous revision + 1."""
    published: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None  # the newest record not yet published
    base_revision = int(state["revision"]) if state else 0
    for candidate in candidates:
        state, record = fold_candidate(state, candidate)
        if record is None or state is None:
            continue
        if pending is not None and pending["cluster_id"] != record["cluster_id"]:
            published.append(pending)  # a new generation began: the old one's last word
            base_revision = 0
        pending = dict(record, revision=base_revision + 1)
    if pending is not None:
        published.append(pending)
        state = dict(state, revision=pending["revision"]) if state else state
    return state, published


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
