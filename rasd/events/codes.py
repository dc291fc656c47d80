"""Event types, their CAMEO and PLOVER codes (DESIGN.md table) and FtM Sanction attributes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Final

from rasd.model import EntityRef

EVENT_TYPES: Final = (
    "sanctions.imposed",
    "sanctions.lifted",
    "sanctions.suspended",
    "sanctions.extended",
    "sanctions.threatened",
    "alliance.joined",
    "agreement.signed",
    "relations.restored",
    "forces.integrated",
    "military.presence",
)
STATUSES: Final = ("occurred", "planned", "historical", "negated", "stalled")
ALERTABLE: Final = frozenset({"occurred", "planned"})

# type -> (CAMEO, PLOVER)
CODES: Final[dict[str, tuple[str, str]]] = {
    "sanctions.imposed": ("163", "SANCTION"),
    "sanctions.lifted": ("085", "RETREAT"),
    "sanctions.suspended": ("085", "RETREAT"),
    "sanctions.extended": ("163", "SANCTION"),
    "sanctions.threatened": ("1312", "THREATEN"),
    "alliance.joined": ("057", "SUPPORT"),
    "agreement.signed": ("057", "SUPPORT"),
    "relations.restored": ("054", "SUPPORT"),
    "forces.integrated": ("062", "COOPERATE"),
    "military.presence": ("062", "COOPERATE"),
}
# Joining a coalition's operations without formal membership is cooperation, not a pact.
INFORMAL_JOIN: Final = ("062", "COOPERATE")


def family(event_type: str) -> str:
    """"sanctions", "alliance", "agreement", "relations", "forces" or "military"."""
    fam = _FAMILIES.get(event_type)
    return fam if fam is not None else event_type.split(".", 1)[0]


_FAMILIES: Final = {t: t.split(".", 1)[0] for t in EVENT_TYPES}  # asked for several times per trigger


def codes_for(event_type: str, *, formal: bool = True) -> tuple[str, str]:
    if event_type == "alliance.joined" and not formal:
        return INFORMAL_JOIN
    return CODES[event_type]


def _sanction_status(event_type: str, status: str) -> str:
    """FtM-style status. A lifted or suspended sanction is never reported as active."""
    if event_type == "sanctions.lifted":
        return "lifted" if status in ("occurred", "historical") else "active"
    if event_type == "sanctions.suspended":
        return "suspended" if status in ("occurred", "historical") else "active"
    if event_type == "sanctions.threatened":
        return "proposed"
    if status == "planned":
        return "proposed"
    if status in ("negated", "stalled"):
        return "unknown"
    return "active"


def _add(start: date, duration: str) -> date | None:
    try:
        count, unit = int(duration[1:-1]), duration[-1]
    except ValueError:
        return None
    if unit == "D":
        return start + timedelta(days=count)
    if unit == "W":
        return start + timedelta(weeks=count)
    months = count if unit == "M" else count * 12
    year, month = divmod(start.month - 1 + months, 12)
    try:
        return date(start.year + year, month + 1, min(start.day, 28))
    except ValueError:
        return None


def sanction_attributes(
    event_type: str,
    status: str,
    actors: list[EntityRef],
    targets: list[EntityRef],
    instrument: EntityRef | None,
    duration: str | None,
    published: date | None,
) -> dict[str, Any]:
    """The FollowTheMoney ``Sanction`` attributes of a sanctions event."""
    out: dict[str, Any] = {
        "authority": [a.name for a in actors],
        "entity": [t.name for t in targets],
        "program": instrument.name if instrument else None,
        "status": _sanction_status(event_type, status),
        "duration": duration,
    }
    if published is not None and status == "occurred":
        out["startDate"] = published.isoformat()
        if duration:
            end = _add(published, duration)
            if end is not None:
                out["endDate"] = end.isoformat()
    return out
