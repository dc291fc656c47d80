"""Result types shared by the analyzer stages (entity tagging, event extraction, alerts).

These are the contract between the stages: the tagger produces ``EntityResult`` objects,
the event extractor reads them and produces ``Event`` objects, and ``Analysis.to_dict``
prints exactly the shape documented for ``rasd analyze --json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity: Python string offsets into the article text as given."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class EntityResult:
    """An entity found in an article, linked to the knowledge base or not."""

    id: str | None
    name: str
    type: str  # PERSON, ORG, GPE, LOC, FAC, LAW, MEDIA
    linked: bool
    mentions: list[Mention] = field(default_factory=list)
    name_ar: str | None = None
    sanctioned: bool = False
    sanction_lists: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "linked": self.linked,
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.name_ar:
            out["name_ar"] = self.name_ar
        if self.sanctioned:
            out["sanctioned"] = True
            out["sanction_lists"] = list(self.sanction_lists)
        return out


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A participant of an event: a reference to an entity by id and canonical name.

    ``type`` (PERSON, ORG, GPE…) travels with the reference inside the process, for clustering
    and summaries; it is not part of ``to_dict`` (the ``rasd analyze --json`` shape) and does not
    take part in equality.
    """

    id: str | None
    name: str
    type: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


@dataclass(slots=True)
class Event:
    type: str
    status: str  # occurred, planned, historical, negated, stalled
    actors: list[EntityRef]
    targets: list[EntityRef]
    evidence: Mention
    cameo: str
    plover: str
    confidence: float
    instrument: EntityRef | None = None
    duration: str | None = None  # ISO 8601, e.g. P180D
    dates: list[str] = field(default_factory=list)
    sanction: dict[str, Any] | None = None  # FollowTheMoney Sanction-style attributes
    trigger: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "status": self.status,
            "actors": [a.to_dict() for a in self.actors],
            "targets": [t.to_dict() for t in self.targets],
            "instrument": self.instrument.to_dict() if self.instrument else None,
            "duration": self.duration,
            "evidence": self.evidence.to_dict(),
            "cameo": self.cameo,
            "plover": self.plover,
            "confidence": round(self.confidence, 3),
        }
        if self.dates:
            out["dates"] = list(self.dates)
        if self.sanction is not None:
            out["sanction"] = self.sanction
        if self.trigger:
            out["trigger"] = self.trigger
        return out


@dataclass(slots=True)
class Analysis:
    id: str
    lang: str
    entities: list[EntityResult]
    events: list[Event]
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "lang": self.lang,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
        }
        if self.truncated:
            out["truncated"] = True
        return out
