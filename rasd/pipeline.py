"""Pure steps between the agents' topics that are not analysis proper (record shaping)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from rasd.events.cluster import ArticleMeta, ClusterState, cluster_key, update
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


def batches_by_partition(
    records: Iterable[dict[str, Any]], *, key: str, field: str, partition_of: Callable[[str], int]
) -> list[tuple[str, dict[str, Any]]]:
    """The records of an internal topic grouped into one batch message per partition, each
    with the key to send it under: its first record's. Kafka's partitioner puts a message on
    the partition of its key, so the batch lands where each of its records would have gone
    alone, and the agent that reads it owns all of their keys (their table state and its
    changelog partition). Every message costs Faust and Kafka far more than its bytes: an
    article's five candidates or a flush's hundreds of entity counts are then a few messages."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(partition_of(record[key]), []).append(record)
    return [(items[0][key], {"schema_version": 1, field: items}) for items in groups.values()]


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
    summary = {
        "id": article["id"],
        "url": article["url"],
        "source": article["source"],
        "title": article.get("title", ""),
        "lang": article["lang"],
        "published": article["published"],
    }
    if article.get("replay"):
        summary["replay"] = True  # a report its cluster may already hold on purpose
    return summary


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


def report_time(candidate: Mapping[str, Any]) -> datetime | None:
    """The event time of a report (its article's publication), as the cluster fold uses it."""
    moment = _parse_iso((candidate.get("article") or {}).get("published"))
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def fold_candidate(
    state: dict[str, Any] | None, candidate: dict[str, Any], *, watermark: datetime | None = None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Fold a candidate into its cluster; return the new state and the ``event_record`` to
    publish (None when nothing a subscriber should hear about changed). ``watermark``: the
    newest report time on the cluster's partition up to this report (see ``update``)."""
    event = event_from_dict(candidate["event"], candidate.get("entities", []))
    article = candidate["article"]
    meta = ArticleMeta(
        article_id=article["id"],
        url=article.get("url"),
        source=article.get("source"),
        published=_parse_iso(article.get("published")),
    )
    previous = ClusterState.from_dict(state) if state else None
    new_state, changed = update(previous, event, meta, key=candidate["cluster_id"], watermark=watermark)
    if not changed:
        return new_state.to_dict(), None
    return new_state.to_dict(), _event_record(new_state, candidate)


def _event_record(state: ClusterState, candidate: dict[str, Any]) -> dict[str, Any]:
    """The ``event_record`` of the cluster at ``state``'s revision, told by ``candidate``."""
    article = candidate["article"]
    event_dict = dict(candidate["event"], status=state.status)
    record: dict[str, Any] = {
        "schema_version": 1,
        "cluster_id": state.cluster_id,
        "revision": state.revision,
        "event": event_dict,
        "article": article,
        "entities": candidate.get("entities", []),
        "sources": [
            {k: v for k, v in {**s.to_dict(), "lang": None}.items() if v is not None}
            for s in state.sources
        ],
        "source_count": state.source_count,
        "first_seen": state.first_seen or candidate["detected_at"],
        "last_seen": state.last_seen or candidate["detected_at"],
        "text_snippet": candidate["event"]["evidence"]["text"][:500],
    }
    if "trace" in candidate:
        record["trace"] = candidate["trace"]
    return record


def fold_candidates(
    state: dict[str, Any] | None,
    candidates: Iterable[dict[str, Any]],
    *,
    watermarks: Sequence[datetime | None] | None = None,
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Fold several reports of one cluster key (a batch) and publish one revision per cluster
    generation instead of one per report: twenty outlets arriving in one batch make one
    update with twenty sources, not twenty updates, so subscribers and webhooks see fewer,
    fuller revisions when the pipeline is busy (and the same as before when it is not).
    Revisions stay consecutive: each published record is the previous revision + 1.
    ``watermarks``: per candidate, the newest report time on its partition up to it.

    A report the cluster already holds (its article is one of the sources) changes nothing,
    yet its batch publishes the cluster's current revision again, same id and revision:
    such a report is a redelivery (the dedup agent passes an article once), and the worker
    that folded it may have died after the changelog got the new state and before the
    broker got the revision. Republishing turns that lost revision into a duplicate
    subscribers can drop. A ``rasd replay`` copy is the exception: it is re-sent on purpose
    and must stay quiet when nothing changed."""
    published: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None  # the newest record not yet published
    repeated: dict[str, Any] | None = None  # a report the cluster already held
    base_revision = int(state["revision"]) if state else 0
    for i, candidate in enumerate(candidates):
        watermark = watermarks[i] if watermarks is not None else None
        state, record = fold_candidate(state, candidate, watermark=watermark)
        if record is None or state is None:
            if not candidate["article"].get("replay"):
                repeated = candidate
            continue
        if pending is not None and pending["cluster_id"] != record["cluster_id"]:
            published.append(pending)  # a new generation began: the old one's last word
            base_revision = 0
        pending = dict(record, revision=base_revision + 1)
    if pending is not None:
        published.append(pending)
        state = dict(state, revision=pending["revision"]) if state else state
    elif repeated is not None and state is not None:
        published.append(_event_record(ClusterState.from_dict(state), repeated))
    return state, published


class Watermarks:
    """The newest event time seen per partition (of one table's source topic).

    Event time, not the wall clock: a replay of the same messages expires the same state.
    After a restart it starts again from the messages that follow, so it can only lag (state
    is then kept longer, never dropped sooner)."""

    def __init__(self) -> None:
        self._newest: dict[int, datetime] = {}

    def observe(self, partition: int, moment: datetime | None) -> datetime | None:
        """Take ``moment`` into account; return the partition's watermark after it."""
        newest = self._newest.get(partition)
        if moment is not None and (newest is None or moment > newest):
            self._newest[partition] = newest = moment
        return newest

    def get(self, partition: int) -> datetime | None:
        return self._newest.get(partition)

    def newest(self) -> datetime | None:
        return max(self._newest.values(), default=None)


class ExpirySweep:
    """Finds a table's expired keys a few at a time, so that deleting them costs each message a
    bounded amount of work: ``due`` examines at most ``per_message`` keys for each message of
    the batch (and at most ``per_call`` in all), walking a snapshot of the table's keys and
    taking a new snapshot once it has walked the whole table. Bounded per message rather than
    per call: the per-message agents and the small batches of a moderate rate called it for
    nearly every message, 200 keys each time, a tenth of a worker's CPU at 50 articles/s.

    ``expired(key, value)`` returns the partition to delete the key in (the agent must write
    the tombstone on behalf of an event of that partition), or None to keep it. A key whose
    partition has no event in the current batch waits in ``pending`` until one comes, for at
    most one more walk (a partition this worker no longer owns never sends one), and at most
    ``max_pending`` keys wait at a time (the others are found again on the next walk)."""

    def __init__(self, *, per_call: int = 200, per_message: int = 10, max_pending: int = 10_000) -> None:
        self.per_call = per_call
        self.per_message = per_message
        self.max_pending = max_pending
        self.pending: dict[int, dict[Hashable, int]] = {}  # partition -> key -> walk that found it
        self._pending_count = 0
        self._walks = 0
        self._walk: Iterator[Hashable] = iter(())

    def due(
        self,
        table: Mapping[Any, Any],
        expired: Callable[[Any, Any], int | None],
        partitions: Iterable[int],
        messages: int = 1,
    ) -> dict[int, list[Any]]:
        """The expired keys to delete now, by partition, for a batch of ``messages`` messages
        with events of ``partitions``; each is still in ``table`` and still expired."""
        self._step(table, expired, min(self.per_call, max(1, self.per_message * messages)))
        out: dict[int, list[Any]] = {}
        for partition in set(partitions) & set(self.pending):
            waiting = self.pending.pop(partition)
            self._pending_count -= len(waiting)
            keys = [k for k in waiting if (v := table.get(k)) is not None and expired(k, v) == partition]
            if keys:
                out[partition] = keys
        return out

    def _step(self, table: Mapping[Any, Any], expired: Callable[[Any, Any], int | None], budget: int) -> None:
        looked = 0
        for key in self._walk:
            value = table.get(key)
            partition = expired(key, value) if value is not None else None
            if partition is not None and self._pending_count < self.max_pending:
                waiting = self.pending.setdefault(partition, {})
                if key not in waiting:
                    self._pending_count += 1
                waiting[key] = self._walks
            looked += 1
            if looked >= budget:
                break
        else:
            self._new_walk(table)

    def _new_walk(self, table: Mapping[Any, Any]) -> None:
        self._walk = iter(list(table.keys()))
        self._walks += 1
        for partition in list(self.pending):
            waiting = self.pending[partition]
            for key in [k for k, walk in waiting.items() if walk < self._walks - 1]:
                del waiting[key]
                self._pending_count -= 1
            if not waiting:
                del self.pending[partition]


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
