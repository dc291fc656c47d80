"""Rule sentences for the cause fixed after the hundred-and-thirteenth English held-out set
(``test_heldout113_events_en``): fighters "integrated" into the army or the police with their number
and origin named between the verb and "into" ("integrated the first group of two hundred former
guerrilla fighters into the national police") are integrated, as they already were with
"incorporated" and "absorbed": the plain rule looks for the army's name within six words only.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2024, 5, 2)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- "integrated N former fighters into the police": the men named between -------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Colombia on Monday integrated the first group of two hundred former guerrilla fighters "
            "into the national police, officials said.",
            "occurred",
            "Colombia",
            id="first-group-into-the-national-police",
        ),
        pytest.param(
            "The government of Sierra Leone yesterday integrated several hundred of the demobilised "
            "rebel fighters into the army, the defence ministry said.",
            "occurred",
            "Sierra Leone",
            id="several-hundred-into-the-army",
        ),
        pytest.param(
            "Peru will integrate the rural patrols of the highland provinces into the national "
            "police next year.",
            "planned",
            "Peru",
            id="planned-patrols-into-the-police",
        ),
    ],
)
def test_fighters_named_before_into_the_army_are_integrated(
    text: str, status: str, party: str
) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == status and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # no army after "into": software, data and players are no forces
        "The firm integrated the new payment software and its customer data into the army of apps "
        "on its platform.",
        "The ministry integrated the data of its border posts and of the customs offices into the "
        "police force's new system.",
        "The club integrated three young players from its academy in Lisbon into the first team "
        "this season.",
    ],
)
def test_other_things_integrated_are_no_forces(text: str) -> None:
    assert _alerts(text, "forces.integrated") == []


def test_short_form_keeps_its_reading() -> None:
    """The plain rule's six words still read the short form, once."""
    alerts = _alerts("Mali has integrated the rebel fighters into the army.", "forces.integrated")
    assert len(alerts) == 1 and "Mali" in alerts[0][1], alerts
