"""Rule sentences for the general causes fixed in the general-misses round 2 of 2026-12-07, each a
cause found among the strict xfails of the English held-out sets 85-98.

- A naval or military unit that extends its operations, patrols or mission into a sea or a state
  ("South Korea's anti-piracy unit will extend its operations into the Strait of Hormuz", set 97)
  is present there: the force named before the verb (``operating_force`` in ``en.cues.yaml``); a
  firm or a bank that extends its operations into a market names no force and stays quiet.

Each sentence was written for this test (other states, bodies and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a force's operations extended into a place are a presence there ------------------------------


@pytest.mark.parametrize(
    ("text", "status", "actor", "target"),
    [
        pytest.param(
            "The Danish frigate Esbern Snare expanded its patrols into the Gulf of Guinea on Monday, "
            "the navy said.",
            "occurred",
            "Denmark",
            "Gulf of Guinea",
            id="frigate-patrols",
        ),
        pytest.param(
            "Indian troops will extend their operations into Sudan next month, the army said.",
            "planned",
            "India",
            "Sudan",
            id="troops-will-extend",
        ),
        pytest.param(
            "Japan's naval task force will extend its mission into the Red Sea to escort tankers.",
            "planned",
            "Japan",
            "Red Sea",
            id="task-force-mission",
        ),
    ],
)
def test_a_force_extending_its_operations_is_present(text: str, status: str, actor: str, target: str) -> None:
    present = _alerts(text, "military.presence")
    assert present and present[0][0] == status
    assert actor in present[0][1] and target in present[0][2]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Samsung will extend its operations into Vietnam next year.", id="firm"),
        pytest.param("Italy's UniCredit extended its operations into Poland in 1999.", id="bank"),
        pytest.param("The European Union will extend its mission to Libya.", id="civil-mission"),
    ],
)
def test_a_firm_extending_its_operations_is_no_presence(text: str) -> None:
    assert not _alerts(text, "military.presence")
