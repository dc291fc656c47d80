"""Rule sentences for the causes found by the seventy-sixth English held-out set
(``test_heldout76_events_en``): an integration told as a noun after a verb of saying ("Mozambique's
interior ministry said that the integration of the Renamo militias into the police is under
way") takes the speaker's state for its party, and a possessive's "s" ("the capital's three armed
brigades") does not count against an integration's reach; troops that "leave for" a state ("About
180 Portuguese troops will leave for the Central African Republic on Friday") are a presence
there; and a capital that joins an alliance, a coalition or a network "of cities" ("Budapest has
joined a European alliance of cities") is the city, no state joining an alliance.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (the same words in their alertable sense) still alert."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- an integration told as a noun after a verb of saying ------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Mozambique's interior ministry said that the integration of the Renamo militias into the police is "
                 "under way.", "Mozambique", id="ministry-said-that-the-integration-is-under-way"),
    pytest.param("Iraq's cabinet said on Sunday that the merger of the tribal militias into the federal police was "
                 "complete.", "Iraq", id="cabinet-said-on-day-that-the-merger-was-complete"),
    pytest.param("Burundi's government announced the integration of the rebel brigades into the army had begun.",
                 "Burundi", id="government-announced-the-integration-had-begun"),
    pytest.param("Libya's government said on Sunday that the integration of the capital's three armed brigades into "
                 "the army was under way.", "Libya", id="a-possessive-in-the-force-named"),
])
def test_an_integration_told_as_a_noun_takes_the_speakers_state(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated" and state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Colombia said it had integrated the former guerrillas into the army.", id="verb-after-said"),
])
def test_an_integration_told_by_its_verb_still_alerts(text: str) -> None:
    assert "forces.integrated" in {r[0] for r in _alerts(text)}, _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Kenya's sports ministry said that the integration of the two football leagues had begun.",
                 id="no-armed-force"),
    pytest.param("Chad's government said on Monday that the integration of the rebels into the army had stalled.",
                 id="stalled"),
])
def test_an_integration_noun_of_no_force_or_stalled_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- troops that "leave for" a state -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "host"), [
    pytest.param("About 180 Portuguese troops will leave for the Central African Republic on Friday to join the UN "
                 "mission.", "Central African Republic", id="troops-will-leave-for"),
    pytest.param("About 150 Irish soldiers left for Lebanon on Monday to serve with the UN force in the south.",
                 "Lebanon", id="soldiers-left-for"),
    pytest.param("The first Estonian troops are leaving for Iraq this week for the NATO training mission.",
                 "Iraq", id="troops-are-leaving-for"),
])
def test_troops_that_leave_for_a_state_are_a_presence(text: str, host: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "military.presence" and host in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The national football team will leave for Morocco on Friday for a training camp.", id="a-team"),
    pytest.param("Portuguese soldiers left for Angola in 1961 to fight in the colonial war.", id="dated-past"),
    pytest.param("The Spanish soldiers left for home after six months in Mali.", id="for-home"),
])
def test_leaving_for_a_state_of_no_troops_or_in_the_past_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "military.presence"], _events(text)


# --- a capital joining an alliance of cities ------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Budapest has joined a European alliance of cities that are testing low-emission zones.",
                 id="alliance-of-cities"),
    pytest.param("Vilnius has joined a coalition of cities pledging to plant a million trees.",
                 id="coalition-of-cities"),
    pytest.param("Riga has joined a network of capital cities sharing data on tourism.",
                 id="network-of-capital-cities"),
])
def test_a_capital_joining_an_alliance_of_cities_is_no_state_joining(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "alliance.joined"], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Vilnius has joined the coalition against the Islamic State.", id="coalition-against"),
    pytest.param("Tallinn has joined the alliance of states supplying drones to Ukraine.", id="alliance-of-states"),
])
def test_a_capital_joining_a_coalition_of_states_still_alerts(text: str) -> None:
    assert "alliance.joined" in {r[0] for r in _alerts(text)}, _events(text)
