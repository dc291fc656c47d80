"""The few knowledge-base facts the event stage needs: an entity's type, a capital's state.

Events arrive with entity ids and names only (``EntityRef``), so a type lost on the wire is
looked up here, by id, in the built-in knowledge base. The KB is loaded once, lazily, and only
when one of these questions is asked; if it cannot be loaded the answers are "unknown" and
the callers fall back to what the event itself says.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from importlib import resources
from typing import Final

import yaml  # type: ignore[import-untyped]

from rasd.errors import ConfigError
from rasd.kb.model import KBEntity, KnowledgeBase
from rasd.model import EntityResult

log = logging.getLogger(__name__)


@cache
def _kb() -> KnowledgeBase | None:
    from rasd.kb.loader import default_kb  # imported late: most articles never ask

    try:
        return default_kb()
    except ConfigError as exc:
        log.warning("knowledge base unavailable to the event stage (%s); types and capitals unknown", exc)
        return None


@cache
def _capitals() -> frozenset[str]:
    path = resources.files("rasd.events") / "lexicons" / "capitals.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"event lexicon capitals.yaml cannot be read: {exc}") from exc
    return frozenset(str(i) for i in data.get("capitals") or ())


@cache
def federal_state_ids() -> frozenset[str]:
    """The ids of the states of a federation the knowledge base lists (``us_states.yaml``): places
    with a government of their own, not cities."""
    path = resources.files("rasd.kb") / "data" / "us_states.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        log.warning("federal states unavailable to the event stage (%s)", exc)
        return frozenset()
    return frozenset(item["id"] for item in data if isinstance(item, dict) and "id" in item)


def capital_ids() -> frozenset[str]:
    """The ids of the capitals that ``capital_state`` knows (any other id: None)."""
    return _capitals()


def entity_type(entity_id: str | None) -> str | None:
    """PERSON, ORG, GPE… of a knowledge-base id; None when unknown."""
    if not entity_id:
        return None
    kb = _kb()
    entity = kb.get(entity_id) if kb is not None else None
    return entity.type if entity is not None else None


def capital_state(entity_id: str | None) -> KBEntity | None:
    """The state whose capital ``entity_id`` is ("rasd:place:damascus" → Syria), else None."""
    if not entity_id or entity_id not in _capitals():
        return None
    kb = _kb()
    if kb is None:
        return None
    capital = kb.get(entity_id)
    if capital is None or capital.country is None:
        return None
    return kb.get(capital.country)


@cache
def _capital_names_en() -> dict[str, str]:
    """Lower-cased English names of the capitals (``capitals.yaml``), ambiguous ones included
    ("Washington"), -> the capital's id."""
    kb = _kb()
    if kb is None:
        return {}
    out: dict[str, str] = {}
    for capital_id in sorted(_capitals()):
        capital = kb.get(capital_id)
        if capital is None:
            continue
        for name in (capital.name_en, *capital.aliases.get("en", ()), *capital.ambiguous.get("en", ())):
            if name:
                out.setdefault(name.casefold(), capital_id)
    return out


def state_of_capital_named(name: str) -> KBEntity | None:
    """The state whose capital is called ``name`` in English ("Washington" → the United
    States), else None."""
    return capital_state(_capital_names_en().get(name.casefold()))


# the offices whose holder signs for the state ("وقع البرهان الاتفاق الإطاري مع قوى الحرية والتغيير")
_HEAD_OFFICES: Final = frozenset({"president", "prime_minister", "king", "emir", "sultan", "crown_prince",
                           "supreme_leader", "sovereignty_council_chair", "presidential_council_chair"})
# and those whose holder also imposes, lifts or suspends sanctions for the state ("Rubio on Tuesday
# suspended the Caesar Act", "Bessent imposed sanctions"): foreign and finance (treasury) ministers
SANCTIONS_OFFICES: Final = _HEAD_OFFICES | {"foreign_minister", "finance_minister"}


@cache
def heads_state(entity_id: str | None, offices: frozenset[str] = _HEAD_OFFICES) -> bool:
    """Whether the knowledge-base person ``entity_id`` holds or held a head-of-state or
    head-of-government office (by the office id's last part: "sd.sovereignty_council_chair"),
    or one of ``offices``."""
    if not entity_id:
        return False
    kb = _kb()
    entity = kb.get(entity_id) if kb is not None else None
    return entity is not None and entity.type == "PERSON" and any(
        term.office.rpartition(".")[2] in offices for term in entity.offices)


def is_demonym(entity_id: str | None, word: str) -> bool:
    """Whether ``word`` is one of the demonyms of the knowledge-base state ``entity_id``."""
    kb = _kb()
    known = kb.get(entity_id) if kb is not None and entity_id else None
    return known is not None and word.casefold() in {d.casefold() for forms in known.demonyms.values() for d in forms}


_OWNER_HYPHENED: Final = re.compile(r"[-\u2010\u2011](?:owned|backed|based|funded|controlled|flagged|registered)\b")


def named_as_owner_before(entity: EntityResult, before: int, text: str) -> bool:
    """Whether the state ``entity`` was last named before offset ``before`` hyphened to an
    owner's participle ("the Chinese-owned MMG"): a firm's owner is no antecedent of "the
    government"."""
    last = max((m for m in entity.mentions if m.start < before), key=lambda m: m.start, default=None)
    return last is not None and _OWNER_HYPHENED.match(text, last.end) is not None


def named_as_adjective_before(entity: EntityResult, before: int) -> bool:
    """Whether the state ``entity`` was last named before offset ``before`` by one of its
    demonyms ("Kenyan roaming deal"): an adjective is no antecedent of "it" after it."""
    kb = _kb()
    known = kb.get(entity.id) if kb is not None and entity.id else None
    last = max((m for m in entity.mentions if m.start < before), key=lambda m: m.start, default=None)
    if known is None or last is None:
        return False
    return last.text.casefold() in {d.casefold() for forms in known.demonyms.values() for d in forms}


# the words of an armed force's English name ("Japan Ground Self-Defense Force", "Jordanian Armed
# Forces", "United States Marine Corps")
FORCE_NAME: Final = re.compile(r"\b(?:army|forces?|navy|air force|guard|marines|marine corps|self-defen[cs]e|military)\b",
                        re.I)


def is_armed_force(entity: EntityResult) -> bool:
    """Whether an organisation is an armed force: by its name, or, for one known by a name of its
    own ("Bundeswehr", "Tatmadaw"), by an English alias in the knowledge base, or, for a formation
    ("Light Dragoons", "Black Sea Fleet"), by the armed force the knowledge base makes its parent."""
    if entity.type != "ORG":
        return False
    if FORCE_NAME.search(entity.name):
        return True
    return entity.id is not None and (entity.id in _forces_by_alias() or entity.id in _formations())


@cache
def _named_en(entity_type: str, pattern: re.Pattern[str]) -> frozenset[str]:
    """The ids of the knowledge base's entities of ``entity_type`` whose English name or an
    English alias ``pattern`` finds."""
    kb = _kb()
    if kb is None:
        return frozenset()
    return frozenset(e.id for e in kb.entities.values() if e.type == entity_type and any(
        pattern.search(name) for name in (e.name_en, *e.aliases.get("en", ()))))


def _forces_by_alias() -> frozenset[str]:
    return _named_en("ORG", FORCE_NAME)


@cache
def _formations() -> frozenset[str]:
    """The ids of the organisations whose parent, or its parent, is an armed force by name: a
    state's regiment, division or fleet (``world_forces.yaml``)."""
    kb = _kb()
    if kb is None:
        return frozenset()
    forces = _forces_by_alias()
    out: set[str] = set()
    for e in kb.entities.values():
        parent = kb.get(e.parent) if e.type == "ORG" and e.parent else None
        grandparent = parent.parent if parent is not None else None
        if parent is not None and (parent.id in forces or grandparent in forces):
            out.add(e.id)
    return frozenset(out)


# a peacekeeping or stabilisation mission of the United Nations or the African Union ("United
# Nations Mission in South Sudan", "African Union Transition Mission in Somalia"): contingents are
# integrated into it as into a force; a political mission ("Assistance Mission", "Support Mission
# in Libya") has no troops
_MISSION_NAME: Final = re.compile(r"\b(?:mission|operation)\b", re.I)
_POLITICAL_MISSION: Final = re.compile(r"\b(?:assistance|support) mission\b", re.I)
_MISSION_PARENTS: Final = frozenset({"Q1065", "Q7159"})  # the United Nations, the African Union


@cache
def _peace_missions() -> frozenset[str]:
    kb = _kb()
    if kb is None:
        return frozenset()
    return frozenset(e.id for e in kb.entities.values() if e.type == "ORG" and (
        e.parent in _MISSION_PARENTS or e.name_en.startswith(("United Nations ", "African Union "))
    ) and _MISSION_NAME.search(e.name_en) and not _POLITICAL_MISSION.search(e.name_en))


def is_peace_mission(entity: EntityResult) -> bool:
    """Whether an organisation is a peacekeeping or stabilisation mission of the UN or the AU."""
    return entity.type == "ORG" and entity.id is not None and entity.id in _peace_missions()


# a central bank's English name or alias ("Central Bank of Egypt", "Bank Al-Maghrib" as "Central
# Bank of Morocco", "Reserve Bank of India", "Federal Reserve")
CENTRAL_BANK_NAME: Final = re.compile(r"\b(?:central bank|reserve bank|federal reserve)\b", re.I)


def is_central_bank(entity: EntityResult) -> bool:
    """Whether an organisation is a central bank (a regulator of its own state's banks, whose
    fines and penalties on them are no sanctions)."""
    return entity.type == "ORG" and entity.id is not None and entity.id in _named_en("ORG", CENTRAL_BANK_NAME)


# a treaty's or an accord's name: a law of the knowledge base that is no sanctions instrument
# ("extended the New START treaty", "مددت … معاهدة ستارت الجديدة" extend no sanctions)
TREATY_NAME: Final = re.compile(r"\b(?:treaty|protocol|convention|accords?|agreements?|START)\b")


def treaty_ids() -> frozenset[str]:
    """The laws of the knowledge base named as treaties or accords in English."""
    return _named_en("LAW", TREATY_NAME)


# a seat named for the body it holds where a sanctions measure is told: "extended by Brussels"
# is the European Union's act (as a capital, Brussels speaks for no one: ``capitals.yaml``)
_SANCTIONS_SEATS: Final = {"rasd:place:brussels": "Q458"}


def sanctions_seat_body(entity_id: str | None) -> KBEntity | None:
    """The body whose sanctions a seat's name stands for ("Brussels" → the European Union)."""
    body = _SANCTIONS_SEATS.get(entity_id or "")
    kb = _kb() if body is not None else None
    return kb.get(body) if kb is not None and body is not None else None


def entity_of(state: KBEntity) -> EntityResult:
    """A knowledge-base entity (a state found for a city, a ministry, a leader) as a participant."""
    return EntityResult(id=state.id, name=state.name_en, type=state.type, linked=True, name_ar=state.name_ar,
                        sanctioned=state.sanctioned, sanction_lists=tuple(state.sanction_lists))


def kb_entity(entity_id: str) -> KBEntity | None:
    """The knowledge-base entity of ``entity_id``, else None (no knowledge base, or no such id)."""
    kb = _kb()
    return kb.get(entity_id) if kb is not None else None


def country_of(entity_id: str | None) -> KBEntity | None:
    """The state a knowledge-base person or body belongs to (its ``country``), else None."""
    if not entity_id:
        return None
    kb = _kb()
    entity = kb.get(entity_id) if kb is not None else None
    if entity is None or entity.country is None:
        return None
    return kb.get(entity.country) if kb is not None else None


def programme_targets(entity_id: str | None) -> list[KBEntity]:
    """The states a knowledge-base sanctions programme or law is on (its ``targets``): Iran for
    "EU sanctions against Iran", Syria for the Caesar Act; else none."""
    kb = _kb()
    entity = kb.get(entity_id) if kb is not None and entity_id else None
    if entity is None or kb is None:
        return []
    return [t for t in (kb.get(i) for i in entity.targets) if t is not None]


def parent_id(entity_id: str | None) -> str | None:
    """The id of the body a knowledge-base office belongs to (its ``parent``: the Treasury of
    OFAC), else None."""
    kb = _kb() if entity_id else None
    entity = kb.get(entity_id) if kb is not None and entity_id else None
    return entity.parent if entity is not None else None


# the name of an organisation of states that takes members in and can suspend them: "African
# Union", "Arab League", "Economic Community of West African States", "Southern Common Market"
# (Mercosur's English name), "Commonwealth of Nations", "Council of Europe"
_BLOC_OF_STATES_NAME: Final = re.compile(
    r"\b(?:Union|League|Community|Organi[sz]ation|Commonwealth|Council|Authority|Market|Cooperation"
    r"|Association|States|Nations)\b"
)
# a sports body's name, which may read like a bloc's ("Union of European Football Associations",
# "International Cricket Council"): its members are federations, not states
_SPORTS_BODY_NAME: Final = re.compile(
    r"\b(?:Football|Olympic|Paralympic|Sports?|Athletics|Cricket|Rugby|Basketball|Volleyball|Tennis|Chess"
    r"|Doping|Anti-Doping|Swimming|Boxing|Handball|Cycling|Games|Fédération)\b", re.I
)


def is_bloc_of_states(entity_id: str | None) -> bool:
    """Whether a knowledge-base organisation is a bloc of states or one of its organs (its
    ``parent`` a bloc: the African Union's Peace and Security Council): no state's own body, no
    sports body, marked ``bloc`` in the knowledge base or named as an organisation of states in
    English."""
    kb = _kb() if entity_id else None
    entity = kb.get(entity_id) if kb is not None and entity_id else None
    if entity is None or entity.type != "ORG" or entity.country is not None:
        return False
    if entity.bloc:
        return True  # said in the knowledge base ("Pacific Islands Forum": its name does not)
    names = (entity.name_en, *entity.aliases.get("en", ()))
    if any(_SPORTS_BODY_NAME.search(n) for n in names):
        return False
    if any(_BLOC_OF_STATES_NAME.search(n) for n in names):
        return True
    return entity.parent is not None and entity.parent != entity_id and is_bloc_of_states(entity.parent)
