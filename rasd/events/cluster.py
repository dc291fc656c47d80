"""Clustering reports of the same event across articles (pure; the Faust table glue is elsewhere).

What makes two reports "the same event"? The same kind of thing happening to the same party:
"Treasury extends the Caesar Act suspension" in Arabic and in English are one event because
participants are knowledge-base ids, not words. The key therefore holds the event type and
its *identifying* participants, which differ by family:

- sanctions: the instrument if named (most stable across outlets), else the targets (on whom),
  else the authorities;
- alliance: who joins (else what is joined);
- agreement, relations, forces, military: all parties but the persons who sign for them,
  sorted (the relation is symmetric).

Outlets name more or fewer participants for one story ("sanctions on Khattab" against "on Anas
Khattab, Syria's interior minister"), so only the *most specific* of the chosen participants
count: persons, organisations and laws before states and places; a state only identifies the
event when nobody more specific is named. A person is identified by surname ("Khattab", "Anas
Khattab" and "Anas Hasan Khattab" are one target), which also lets an unlinked "Khattab" meet
the linked one; other unlinked names by their words.

The status is deliberately not in the key (a planned event that then occurs is one story with
an update), and neither is time: outlets date an event differently and a calendar bucket would
split a story at every boundary. Time lives in the state instead: a report more than
``HORIZON`` after the cluster was last seen starts a new generation (a new cluster id), so a
sanctions renewal next year is a new alert, not an update of this year's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from rasd.events.codes import family
from rasd.events.kbinfo import entity_type
from rasd.model import EntityRef, Event

HORIZON = timedelta(days=30)
MAX_SOURCES = 100  # sources kept in the state; ``source_count`` keeps counting beyond this


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Where a report came from. ``seen_at`` defaults to ``published`` (then to "unknown")."""

    article_id: str
    url: str | None = None
    source: str | None = None  # outlet name
    published: date | datetime | None = None
    seen_at: datetime | None = None

    def when(self) -> datetime | None:
        moment = self.seen_at or self.published
        if moment is None:
            return None
        if isinstance(moment, datetime):
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class SourceRef:
    article_id: str
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "url": self.url, "source": self.source}


@dataclass(frozen=True, slots=True)
class ClusterState:
    key: str
    cluster_id: str
    type: str
    status: str
    first_seen: str | None  # ISO 8601
    last_seen: str | None
    revision: int = 1
    generation: int = 0
    sources: tuple[SourceRef, ...] = ()
    source_count: int = 0
    participants: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "cluster_id": self.cluster_id,
            "type": self.type,
            "status": self.status,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "revision": self.revision,
            "generation": self.generation,
            "sources": [s.to_dict() for s in self.sources],
            "source_count": self.source_count,
            "participants": list(self.participants),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusterState:
        return cls(
            key=data["key"],
            cluster_id=data["cluster_id"],
            type=data["type"],
            status=data["status"],
            first_seen=data.get("first_seen"),
            last_seen=data.get("last_seen"),
            revision=int(data.get("revision", 1)),
            generation=int(data.get("generation", 0)),
            sources=tuple(SourceRef(**s) for s in data.get("sources", ())),
            source_count=int(data.get("source_count", len(data.get("sources", ())))),
            participants=tuple(data.get("participants", ())),
        )


_GENERAL_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Words of organisation names: an unlinked "Foreign Ministry" is not a person called Ministry.
_ORG_WORDS = frozenset(
    "ministry department council coalition alliance union bank company corporation group office "
    "agency forces army committee commission authority front party movement brigade brigades "
    "organisation organization league fund court government administration".split()
)
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da"})


def _type(ref: EntityRef) -> str | None:
    # The knowledge base first: a reference that came over the wire has lost its type, and the
    # key must be the same before and after the trip.
    if ref.id is None:
        return None
    return entity_type(ref.id) or ref.type


def _surname(name: str) -> str | None:
    """"khattab" for "Anas Khattab", "sharaa" for "Ahmed al-Sharaa"; None if not a Latin name."""
    words = name.replace("\u2019", "'").split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.split("-")[0] in _PARTICLES for w in words):
        return None
    if any(w.casefold().strip(".,") in _ORG_WORDS for w in words):
        return None
    last = words[-1].casefold()
    for particle in _PARTICLES:
        last = last.removeprefix(particle + "-")
    return last if last.isalpha() else None


def _pid(ref: EntityRef) -> str:
    kind = _type(ref)
    if kind == "PERSON" or ref.id is None:
        surname = _surname(ref.name)
        if surname is not None and (kind == "PERSON" or ref.id is None):
            return "person:" + surname
    return ref.id or "name:" + " ".join(ref.name.casefold().split())


def _most_specific(refs: list[EntityRef]) -> list[EntityRef]:
    specific = [r for r in refs if _type(r) not in _GENERAL_TYPES]
    return specific or refs


def identity(event: Event) -> tuple[str, ...]:
    """The participant ids that identify the event (see the module docstring)."""
    fam = family(event.type)
    if fam == "sanctions":
        if event.instrument is not None:
            return ("instrument:" + _pid(event.instrument),)
        refs = _most_specific(event.targets) or _most_specific(event.actors)
    elif fam == "alliance":
        refs = _most_specific(event.actors) or _most_specific(event.targets)
    else:
        # states are the parties of a pact; the minister who signs is named or not by outlet
        parties = event.actors + event.targets
        refs = [r for r in parties if _type(r) != "PERSON"] or parties
    return tuple(sorted({_pid(r) for r in refs}))


def cluster_key(event: Event) -> str:
    """A stable key: the same for every report of the same event, in either language."""
    ident = identity(event)
    digest = hashlib.sha1("|".join((event.type, *ident)).encode("utf-8")).hexdigest()[:16]
    return f"{event.type}:{digest}"


# Which new status replaces the current one (everything else keeps the current status).
_UPGRADES = {
    ("planned", "occurred"),
    ("planned", "negated"),
    ("planned", "stalled"),
    ("historical", "occurred"),
    ("historical", "planned"),
    ("negated", "occurred"),
    ("negated", "planned"),
    ("stalled", "occurred"),
    ("stalled", "planned"),
}


def update(
    state: ClusterState | None, event: Event, meta: ArticleMeta, *, key: str | None = None
) -> tuple[ClusterState, bool]:
    """Fold one report into its cluster. ``changed`` is True when subscribers should hear of it:
    a new cluster, a new source, or a status change (planned → occurred). The revision rises
    with every change. ``key``: the cluster key computed where the event was detected (it
    routed the report here), so a key recomputed from JSON can never split the cluster."""
    key = key or cluster_key(event)
    when = meta.when()
    stamp = when.isoformat() if when else None
    source = SourceRef(meta.article_id, meta.url, meta.source)
    if state is not None and state.key == key and not _expired(state, when):
        is_new_source = all(s.article_id != source.article_id for s in state.sources)
        status = event.status if (state.status, event.status) in _UPGRADES else state.status
        if not is_new_source and status == state.status:
            return state, False
        sources = state.sources + (source,) if is_new_source and len(state.sources) < MAX_SOURCES else state.sources
        return (
            replace(
                state,
                status=status,
                sources=sources,
                source_count=state.source_count + is_new_source,
                first_seen=_earliest(state.first_seen, stamp),
                last_seen=_latest(state.last_seen, stamp),
                revision=state.revision + 1,
            ),
            True,
        )
    generation = 0 if state is None or state.key != key else state.generation + 1
    return (
        ClusterState(
            key=key,
            cluster_id=f"{key}#{generation}",
            type=event.type,
            status=event.status,
            first_seen=stamp,
            last_seen=stamp,
            revision=1,
            generation=generation,
            sources=(source,),
            source_count=1,
            participants=identity(event),
        ),
        True,
    )


def _expired(state: ClusterState, when: datetime | None) -> bool:
    if when is None or state.last_seen is None:
        return False
    return when - datetime.fromisoformat(state.last_seen) > HORIZON


def _earliest(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return min(a, b, key=datetime.fromisoformat)


def _latest(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return max(a, b, key=datetime.fromisoformat)
