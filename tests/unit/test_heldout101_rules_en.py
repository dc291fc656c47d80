"""Rule sentences for the causes fixed after the hundred-and-first English held-out set
(``test_heldout101_events_en``): a state's own request to join ("has formally asked to join",
"requested to become a member of"), the verb of the request right before the infinitive, is its
application, a joining ahead (planned), as "applied to join" already was; a request made of another
state ("asked Finland to join") or a passive one ("was asked to join") stays no joining of the
subject; and what forces bring, set off by commas between them and their verb ("About 300 Spanish
soldiers, with Leopard tanks and infantry fighting vehicles, have arrived"), puts neither the forces
nor their state out of the verb's reach (people who are no forces stay no presence).
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 3, 14)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a state's own request to join is its application ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Serbia has formally asked to join BRICS, its foreign minister told reporters in Belgrade.",
            "Serbia",
            id="has-formally-asked-to-join",
        ),
        pytest.param(
            "Bosnia and Herzegovina requested to become a member of NATO on Monday.",
            "Bosnia and Herzegovina",
            id="requested-to-become-a-member-of",
        ),
        pytest.param(
            "Thailand asks to join BRICS as a partner country.",
            "Thailand",
            id="asks-to-join-headline",
        ),
    ],
)
def test_a_states_own_request_to_join_is_a_joining_ahead(text: str, party: str) -> None:
    alerts = _alerts(text, "alliance.joined")
    assert alerts and alerts[0][0] == "planned" and party in alerts[0][1]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param(
            "The United States asked Sweden to join the maritime coalition in the Red Sea.",
            "United States",
            id="asked-another-state-to-join",
        ),
        pytest.param(
            "Uruguay was asked to join the Pacific Alliance as an observer.",
            "Uruguay",
            id="passive-was-asked-to-join",
        ),
    ],
)
def test_a_request_made_of_another_is_no_joining_of_the_subject(text: str, subject: str) -> None:
    assert not any(subject in parties for _, parties in _alerts(text, "alliance.joined"))


def test_an_application_to_join_keeps_its_reading() -> None:
    alerts = _alerts("Bosnia and Herzegovina has applied to join NATO.", "alliance.joined")
    assert alerts and alerts[0][0] == "planned" and "NATO" in alerts[0][1]


# --- what forces bring, set off by commas, keeps them within reach ------------------------------


@pytest.mark.parametrize(
    ("text", "party", "host"),
    [
        pytest.param(
            "About 200 Dutch marines, with their landing craft and two helicopters, arrived in Norway on Sunday.",
            "Netherlands",
            "Norway",
            id="marines-with-craft-and-helicopters-arrived",
        ),
        pytest.param(
            "Some 120 Portuguese paratroopers, with armoured vehicles and a field hospital, have arrived in Romania.",
            "Portugal",
            "Romania",
            id="paratroopers-with-vehicles-and-hospital-have-arrived",
        ),
    ],
)
def test_what_forces_bring_keeps_them_within_reach(text: str, party: str, host: str) -> None:
    alerts = _alerts(text, "military.presence")
    assert alerts and alerts[0][0] == "occurred" and {party, host} <= alerts[0][1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dutch fans, with flags and drums and painted faces everywhere, arrived in Munich on Monday.",
            id="fans-with-flags-arrived",
        ),
        pytest.param(
            "Italian officials, with the support of the European Commission and the World Bank, arrived in Tunisia.",
            id="officials-with-support-arrived",
        ),
    ],
)
def test_people_who_are_no_forces_stay_no_presence(text: str) -> None:
    assert _alerts(text, "military.presence") == []
