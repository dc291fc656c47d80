"""Rule sentences for the cause fixed after the ninety-fifth English held-out set
(``test_heldout95_events_en``): a force that "came under the command of" (or "will come under the
command of") an army or another armed force is handed to it, as one "placed under the command of"
it already was, while a town that "came under the control of" an army is taken in war and troops
that "came under fire" are attacked: neither is a force joined.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses) stay quiet."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2021, 6, 9)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, lang="en", published=DAY)}


# --- a force that came under the command of an army is integrated ------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Thailand's border patrol police came under the command of the Royal Thai Army on Monday.",
            "occurred",
            "Royal Thai Army",
            id="came-under-the-command-of-the-army",
        ),
        pytest.param(
            "Kenya's wildlife rangers will come under the command of the Kenya Defence Forces from July, "
            "the ministry said.",
            "planned",
            "Kenya Defence Forces",
            id="will-come-under-the-command-of",
        ),
    ],
)
def test_a_force_that_came_under_an_armys_command_is_integrated(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert alerts and alerts[0][0] == status and party in alerts[0][1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The city of Mosul came under the control of the Iraqi army on Monday.", id="town-taken"),
        pytest.param(
            "Syrian army positions came under fire from Turkish artillery on Monday.", id="came-under-fire"
        ),
    ],
)
def test_a_town_taken_or_troops_attacked_is_no_integration(text: str) -> None:
    assert "forces.integrated" not in _kinds(text)
