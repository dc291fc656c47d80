"""The knowledge-base record types (the contract between data files, loader and matcher)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "LAW", "MEDIA")


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """An entity held ``office`` (an id from the offices file) from ``start`` to ``end``."""

    office: str
    start: date | None = None
    end: date | None = None  # None: still in office

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Office:
    """A title that names its holder ("الرئيس الأمريكي", "US Secretary of State")."""

    id: str
    titles: dict[str, tuple[str, ...]]  # lang -> titles
    country: str | None = None  # entity id of the state


@dataclass(slots=True)
class KBEntity:
    id: str  # Wikidata QID where known, else a stable "rasd:..." id
    type: str
    name_en: str
    name_ar: str | None
    # lang -> aliases (full names, spelling variants, abbreviations); they link on their own
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # lang -> short or ambiguous aliases that link only with supporting context
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # lang -> names and aliases that link only as whole words, with no clitic in front: a short
    # Arabic name that a clitic turns into a common word (آبل folds to ابل: وابل, كابل)
    whole_word: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # lang -> demonyms / adjectives that refer to this (usually GPE) entity
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    offices: tuple[OfficeTerm, ...] = ()
    country: str | None = None  # entity id of the related state
    parent: str | None = None  # e.g. OFAC -> US Treasury
    # (a sanctions programme or law) the states it is on: 'EU sanctions against Iran' -> Iran
    targets: tuple[str, ...] = ()
    sanctioned: bool = False
    # (an organisation) a bloc of states whose name says nothing of it ("Pacific Islands Forum",
    # "ALBA"): it may suspend a member state, which is a sanctions act
    bloc: bool = False
    sanction_lists: tuple[str, ...] = ()
    priority: int = 0  # watchlist priority, used by alert severity
    source: str = "builtin"  # builtin, watchlist file name, ftm import
    # identifiers in other schemes, e.g. {"iso2": "SY"} for states, {"ftm": "..."} for imports
    codes: dict[str, str] = field(default_factory=dict)

    def all_names(self) -> dict[str, tuple[str, ...]]:
        """lang -> canonical name and unambiguous aliases (what may link on its own)."""
        out: dict[str, list[str]] = {}
        for lang, name in (("en", self.name_en), ("ar", self.name_ar)):
            if name:
                out.setdefault(lang, []).append(name)
        for lang, names in self.aliases.items():
            out.setdefault(lang, []).extend(n for n in names if n not in out.get(lang, ()))
        return {lang: tuple(names) for lang, names in out.items()}


@dataclass(slots=True)
class KnowledgeBase:
    """All entities and offices, as loaded by ``rasd.kb.loader.load_kb``."""

    entities: dict[str, KBEntity] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    # lang -> phrases that contain a name but name nothing ("New Jersey", "القوة القاهرة"): as
    # the longest match they keep the shorter name inside them from linking
    not_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # office id -> entities with a term in it, built on first use: the tagger asks for the
    # holder of every office title it meets, and a scan of every entity per title made that a
    # quarter of the tagging time on real articles. Rebuilt when the entity count changes;
    # whoever changes an entity's offices in place calls ``forget_indexes``.
    _holder_index: dict[str, tuple[KBEntity, ...]] | None = field(default=None, repr=False, compare=False)
    _holder_index_size: int = field(default=-1, repr=False, compare=False)

    def get(self, entity_id: str) -> KBEntity | None:
        return self.entities.get(entity_id)

    def by_type(self, entity_type: str) -> list[KBEntity]:
        return [e for e in self.entities.values() if e.type == entity_type]

    def by_code(self, scheme: str, code: str) -> KBEntity | None:
        """The entity with identifier ``code`` in ``scheme`` (e.g. ``by_code("iso2", "SY")``)."""
        wanted = code.upper() if scheme == "iso2" else code
        for e in self.entities.values():
            if e.codes.get(scheme) == wanted:
                return e
        return None

    def offices_of(self, entity_id: str, day: date) -> list[Office]:
        """The offices ``entity_id`` held on ``day``."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return []
        return [self.offices[t.office] for t in entity.offices
                if t.covers(day) and t.office in self.offices]

    def holders(self, office_id: str, day: date) -> list[KBEntity]:
        """Who held ``office_id`` on ``day`` (usually one entity)."""
        index = self._holder_index
        if index is None or self._holder_index_size != len(self.entities):
            index = self._index_holders()
        return [
            e for e in index.get(office_id, ())
            if any(t.office == office_id and t.covers(day) for t in e.offices)
        ]

    def forget_indexes(self) -> None:
        """Drop the derived indexes (after changing entities in place)."""
        self._holder_index = None

    def _index_holders(self) -> dict[str, tuple[KBEntity, ...]]:
        grouped: dict[str, list[KBEntity]] = {}
        for entity in self.entities.values():
            for office in dict.fromkeys(t.office for t in entity.offices):
                grouped.setdefault(office, []).append(entity)
        index = {office: tuple(entities) for office, entities in grouped.items()}
        self._holder_index, self._holder_index_size = index, len(self.entities)
        return index
