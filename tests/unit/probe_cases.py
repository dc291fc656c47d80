"""What the event probe modules share: a case, the check a user would make of its events, and
the listing printed by ``python -m tests.unit.test_probe_events_<lang>``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import pytest

from rasd.events import ALERTABLE
from rasd.model import Analysis, Event


@dataclass(frozen=True)
class Case:
    """A passage and the events a monitor must report for it: (type, status, who), where who is
    "A|B" (either, as actor or target) or "actor:A" / "target:A" (in that role). For a status that
    does not alert (historical, negated, stalled) no alert of that type may name who."""

    id: str
    text: str
    expected: list[tuple[str, str, str]] = field(default_factory=list)
    published: date = date(2025, 6, 10)
    known_failure: str = ""  # why the analyzer still gets it wrong (kept as a strict xfail)


def names(event: Event) -> set[str]:
    return {r.name for r in event.actors} | {r.name for r in event.targets}


def named(event: Event, who: str) -> bool:
    """Whether ``event`` names one of ``who`` ("A|B"; "actor:A" or "target:A" in that role)."""
    role, _, people = who.rpartition(":")
    refs = {"actor": event.actors, "target": event.targets}.get(role, event.actors + event.targets)
    return not {r.name for r in refs}.isdisjoint(people.split("|"))


def problems(case: Case, events: list[Event]) -> list[str]:
    """What a user would find wrong with ``events`` for ``case`` (empty: all right)."""
    out: list[str] = []
    for type_, status, who in case.expected:
        if status in ALERTABLE:
            if not any(e.type == type_ and e.status == status and named(e, who) for e in events):
                out.append(f"missed {type_} {status} {who}")
        elif any(e.type == type_ and e.status in ALERTABLE and named(e, who) for e in events):
            out.append(f"false alarm: {type_} should be {status} ({who})")
    for e in events:
        if e.status in ALERTABLE and not any(
            e.type == type_ and status in ALERTABLE and names(e) & set(who.rpartition(":")[2].split("|"))
            for type_, status, who in case.expected
        ):
            out.append(f"unexpected alert {e.type} {e.status} {sorted(names(e))}")
    return out


def params(cases: Sequence[Case]) -> list[object]:
    """The cases as pytest parameters, a known failure as a strict xfail."""
    return [
        pytest.param(c, id=c.id, marks=pytest.mark.xfail(reason=c.known_failure, strict=True))
        if c.known_failure else pytest.param(c, id=c.id)
        for c in cases
    ]


def report(cases: Sequence[Case], analysis: Callable[[Case], Analysis]) -> int:
    """Print every case's events and problems, and the pass count."""
    failed = 0
    for case in cases:
        events = analysis(case).events
        found = problems(case, events)
        failed += bool(found)
        known = f"  (known: {case.known_failure})" if case.known_failure else ""
        print(f"{'FAIL' if found else 'ok  '} {case.id}{known}")
        for e in events:
            print(f"       {e.type} {e.status} actors={[r.name for r in e.actors]} "
                  f"targets={[r.name for r in e.targets]} trigger={e.trigger!r}")
        for p in found:
            print(f"    !! {p}")
    print(f"{len(cases) - failed}/{len(cases)} passed")
    return 0
