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

State that does not grow for ever. A cluster is over once the newest report on its partition
(the *watermark*, event time) is more than ``HORIZON`` past its ``last_seen``: nothing can
continue it any more, so the worker deletes it (``expired``). A later report of the same key
then starts a new generation, exactly as when the state is kept. Because the state that
counted generations is gone, a generation is not a counter but the day (days since
1970-01-01, UTC) of the watermark when it began: a cluster is deleted only once the watermark
is on a later day than its generation, so a deleted cluster's id is never given out again
(an alert id is a hash of the cluster id, and a reused one would restart a subscriber's alert
at revision 1). A state also keeps its sources compactly, as one string with a line per
source (``source_lines``); a state written with the older list of source objects still loads.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

from rasd.events.codes import family
from rasd.events.kbinfo import entity_type
from rasd.model import EntityRef, Event

HORIZON: Final = timedelta(days=30)
MAX_SOURCES: Final = 100  # sources kept in the state; ``source_count`` keeps counting beyond this


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


# ``source_lines``: one line per source, "article id<TAB>url<TAB>outlet" ("" for None). A list of
# 100 three-key dicts is ~30 KB in memory; the same sources as one string are ~10 KB, and the
# Faust table keeps every live story's state in memory.
_FIELD, _LINE = "\t", "\n"
_SEPARATORS: Final = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def pack_sources(sources: tuple[SourceRef, ...]) -> str:
    """The sources as ``source_lines``. A tab or line break inside a field (an outlet name
    never needs one) becomes a space, so that the lines always split back into three fields."""
    return _LINE.join(
        _FIELD.join((s.article_id.translate(_SEPARATORS), (s.url or "").translate(_SEPARATORS),
                     (s.source or "").translate(_SEPARATORS)))
        for s in sources
    )


def unpack_sources(lines: str) -> tuple[SourceRef, ...]:
    out = []
    for line in lines.split(_LINE) if lines else ():
        article_id, url, source = (line.split(_FIELD, 2) + ["", ""])[:3]
        out.append(SourceRef(article_id, url or None, source or None))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ClusterState:
    key: str
    cluster_id: str
    type: str
    status: str
    first_seen: str | None  # ISO 8601
    last_seen: str | None
    revision: int = 1
    generation: int = 0  # the day it began (see the module docstring); 0, 1, … in older states
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
            "source_lines": pack_sources(self.sources),
            "source_count": self.source_count,
            "participants": list(self.participants),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusterState:
        """A state from ``to_dict``, or from the older form with ``sources`` as a list of dicts."""
        if "source_lines" in data:
            sources = unpack_sources(data["source_lines"])
        else:
            sources = tuple(SourceRef(**s) for s in data.get("sources", ()))
        return cls(
            key=data["key"],
            cluster_id=data["cluster_id"],
            type=data["type"],
            status=data["status"],
            first_seen=data.get("first_seen"),
            last_seen=data.get("last_seen"),
            revision=int(data.get("revision", 1)),
            generation=int(data.get("generation", 0)),
            sources=sources,
            source_count=int(data.get("source_count", len(sources))),
            participants=tuple(data.get("participants", ())),
        )


_GENERAL_TYPES: Final = frozenset({"GPE", "LOC", "FAC"})
# Words of organisation names: an unlinked "Foreign Ministry" is not a person called Ministry.
_ORG_WORDS: Final = frozenset(
    "ministry department council coalition alliance union bank company corporation group office "
    "agency forces army committee commission authority front party movement brigade brigades "
    "organisation organization league fund court government administration".split()
)
_PARTICLES: Final = frozenset({"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da"})


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
_UPGRADES: Final = {
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
    state: ClusterState | None,
    event: Event,
    meta: ArticleMeta,
    *,
    key: str | None = None,
    watermark: datetime | None = None,
) -> tuple[ClusterState, bool]:
    """Fold one report into its cluster. ``changed`` is True when subscribers should hear of it:
    a new cluster, a new source, or a status change (planned → occurred). The revision rises
    with every change. ``key``: the cluster key computed where the event was detected (it
    routed the report here), so a key recomputed from JSON can never split the cluster.
    ``watermark``: the newest report time seen on the cluster's partition (this report's
    time when not given); a cluster it has left more than ``HORIZON`` behind is over, whether
    or not the worker has deleted its state yet."""
    key = key or cluster_key(event)
    when = meta.when()
    newest = _latest_time(when, watermark)
    stamp = when.isoformat() if when else None
    source = SourceRef(meta.article_id, meta.url, meta.source)
    if state is not None and state.key == key and not _expired(state, newest):
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
    generation = epoch_day(newest) if newest is not None else 0
    if state is not None and state.key == key:
        generation = max(generation, state.generation + 1)
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


def epoch_day(moment: datetime) -> int:
    """Days since 1970-01-01 (UTC) of ``moment``: the generation of a cluster begun then."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return (aware.astimezone(UTC).date() - _EPOCH).days


_EPOCH: Final = date(1970, 1, 1)


def expired(state: dict[str, Any], watermark: datetime) -> bool:
    """Whether a stored cluster state (a table value, either form) can be deleted when the
    newest report on its partition is at ``watermark``: it is more than ``HORIZON`` behind, so
    no report can continue it, and the watermark is on a later day than its generation began,
    so the generation that replaces it gets another id. A state of unknown time stays."""
    last_seen = state.get("last_seen")
    if not last_seen:
        return False
    try:
        last = _aware(datetime.fromisoformat(last_seen))
    except (TypeError, ValueError):
        return False
    return _aware(watermark) - last > HORIZON and int(state.get("generation") or 0) < epoch_day(watermark)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _latest_time(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(_aware(a), _aware(b))


def _expired(state: ClusterState, newest: datetime | None) -> bool:
    if newest is None or state.last_seen is None:
        return False
    return newest - datetime.fromisoformat(state.last_seen) > HORIZON


def _earliest(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return min(a, b, key=datetime.fromisoformat)


def _latest(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return max(a, b, key=datetime.fromisoformat)
