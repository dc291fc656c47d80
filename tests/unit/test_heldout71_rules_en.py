"""Rule sentences for the causes found by the seventy-first English held-out set
(``test_heldout71_events_en``): armed units "transformed into" or "converted into" battalions of an
army are integrated; a warning that those named "risk sanctions" is a threat; forces to "move to" or
"relocate to" a state are a presence; "sanctions" as the object of an -ing word ("order underpinning
sanctions on generals") is the noun, not the headline verb that imposes; and the Cambodians and
Myanmar's military suppliers under US sanctions are known in both languages.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (the same words in their alertable sense) still alert."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.analyze import analyze
from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 2, 10)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- armed units transformed into an army's battalions ------------------------------------------

@pytest.mark.parametrize(("text", "status", "party"), [
    pytest.param("Two former rebel factions in Upper Nile were transformed into battalions of the South "
                 "Sudanese army last week.", "occurred", "South Sudan", id="transformed-into-battalions"),
    pytest.param("The defence minister said the tribal militias of Darfur would be converted into border guard "
                 "brigades of the Sudanese army.", "planned", "Sudan", id="converted-into-brigades"),
])
def test_units_transformed_into_army_battalions_are_integrated(text: str, status: str, party: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "forces.integrated"]
    assert [st for _, st, _, _ in rows] == [status], _events(text)
    assert party in rows[0][2] | rows[0][3], rows


@pytest.mark.parametrize("text", [
    pytest.param("The old barracks in Mombasa were transformed into a museum of the colonial era.",
                 id="barracks-into-museum"),
    pytest.param("The stadium in Lima was converted into a field hospital run by the army.",
                 id="stadium-into-hospital"),
])
def test_places_transformed_are_no_integration(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


def test_integrated_into_the_army_still_alerts() -> None:
    rows = _alerts("Former guerrilla units were integrated into the Colombian army.")
    assert [t for t, _, _, _ in rows] == ["forces.integrated"], rows


# --- a warning that someone "risk(s)" sanctions -------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("Britain warned that shipping firms carrying Russian oil above the price cap risk sanctions.",
                 "United Kingdom", id="firms-risk-sanctions"),
    pytest.param("Canada cautioned on Tuesday that banks handling payments for the junta risk sanctions "
                 "of their own.", "Canada", id="banks-risk-sanctions"),
])
def test_those_who_risk_sanctions_are_threatened(text: str, actor: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.threatened"]
    assert len(rows) == 1 and actor in rows[0][2], _events(text)


def test_a_bank_that_risks_sanctions_is_still_threatened() -> None:
    text = "The European Union warned that any bank that handles the payments risks sanctions."
    assert [t for t, _, _, _ in _alerts(text)] == ["sanctions.threatened"], _events(text)


def test_the_risk_of_sanctions_as_analysis_is_no_threat() -> None:
    text = "Traders in Jakarta said the risk of sanctions on nickel exports had receded since the summit."
    assert _alerts(text) == [], _alerts(text)


# --- forces to be moved to a place ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Some 2,000 British troops will relocate to Estonia next year under the new plan.",
                 "United Kingdom", "Estonia", id="will-relocate-to"),
    pytest.param("About 1,500 Italian soldiers are to be moved to Niger once the agreement is ratified.",
                 "Italy", "Niger", id="are-to-be-moved-to"),
])
def test_forces_to_be_moved_to_a_state_are_a_planned_presence(text: str, actor: str, target: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "military.presence"]
    assert [st for _, st, _, _ in rows] == ["planned"], _events(text)
    assert actor in rows[0][2] and target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    pytest.param("The bank will move to a new tower in Singapore next year.", id="a-company-moves"),
    pytest.param("Nigerian troops will move to Maiduguri next week to secure the roads.", id="troops-at-home"),
])
def test_a_move_at_home_or_of_a_firm_is_no_presence(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


def test_forces_deployed_to_a_state_still_alert() -> None:
    rows = _alerts("Some 2,000 British troops will be deployed to Estonia next year.")
    assert [(t, st) for t, st, _, _ in rows] == [("military.presence", "planned")], rows


# --- "sanctions" as the object of an -ing word is the noun, not the headline verb ----------------

@pytest.mark.parametrize("text", [
    pytest.param("Washington renews South Sudan emergency order underpinning sanctions on generals",
                 id="order-underpinning-sanctions"),
    pytest.param("Britain publishes guidance explaining sanctions on Russian oligarchs",
                 id="guidance-explaining-sanctions"),
])
def test_sanctions_after_an_ing_word_are_no_headline_imposition(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.imposed"] == [], _events(text)


def test_the_order_renewed_is_the_only_event() -> None:
    text = "Washington renews Nicaragua emergency order underpinning sanctions on officials"
    rows = _alerts(text)
    assert [t for t, _, _, _ in rows] == ["sanctions.extended"], _events(text)
    assert "United States" in rows[0][2] and "Nicaragua" in rows[0][3], rows


@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("Beijing sanctions US firms over Taiwan arms sales", "China", id="a-name-ending-in-ing"),
    pytest.param("Canada sanctions Iranian officials over crackdown", "Canada", id="headline-verb"),
])
def test_the_headline_verb_still_imposes(text: str, actor: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.imposed"]
    assert len(rows) == 1 and actor in rows[0][2], _events(text)


# --- Cambodian and Myanmar names of US sanctions in the knowledge base ---------------------------

@pytest.mark.parametrize(("text", "actor", "targets"), [
    pytest.param("Britain imposed sanctions on Ly Yong Phat and his L.Y.P. Group on Monday.",
                 "United Kingdom", {"Ly Yong Phat", "L.Y.P. Group"}, id="cambodian-tycoon-and-group"),
    pytest.param("Canada froze the assets of Tun Min Latt and Sit Taing Aung, two arms brokers of the junta.",
                 "Canada", {"Tun Min Latt", "Sit Taing Aung"}, id="myanmar-arms-brokers"),
    pytest.param("Australia sanctioned KT Services & Logistics and its founder Jonathan Myo Kyaw Thaung.",
                 "Australia", {"KT Services & Logistics", "Jonathan Myo Kyaw Thaung"}, id="myanmar-port-firm"),
])
def test_cambodian_and_myanmar_designees_are_targets(text: str, actor: str, targets: set[str]) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.imposed"]
    assert len(rows) == 1 and actor in rows[0][2] and targets <= rows[0][3], _events(text)


def test_cambodian_and_myanmar_names_in_arabic() -> None:
    names = {e.name for e in analyze("فرضت الولايات المتحدة عقوبات على لي يونغ فات وتون مين لات.", lang="ar",
                                     published=DAY).entities}
    assert {"Ly Yong Phat", "Tun Min Latt"} <= names, names
