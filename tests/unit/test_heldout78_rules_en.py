"""Rule sentences for the causes found by the seventy-eighth English held-out set
(``test_heldout78_events_en``): armed units taken into the forces by "incorporate" with the units
named between the verb and "into" ("Moldova's interior ministry incorporated the two volunteer
battalions into the National Guard on Monday") are an integration, as "incorporated into the armed
forces" already is; the same verb of a firm or of a text stays quiet; and a place that opens a
numbered unit's name joined by a hyphen ("Fighters of the Mosul-2 brigade have been merged into the
federal police") is no party to the integration.
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


# --- "incorporate" with the units named before "into" ----------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Moldova's interior ministry incorporated the two volunteer battalions into the National Guard "
                 "on Monday.", "Moldova", id="units-between-verb-and-into-the-national-guard"),
    pytest.param("Sierra Leone's government has incorporated hundreds of former Civil Defence Forces fighters into "
                 "the national army.", "Sierra Leone", id="fighters-between-verb-and-into-the-national-army"),
    pytest.param("The Iraqi cabinet voted to incorporate the tribal fighters of Anbar province into the armed "
                 "forces.", "Iraq", id="to-incorporate-into-the-armed-forces"),
])
def test_incorporate_with_the_units_before_into_is_an_integration(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated" and state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Former Maoist fighters have been incorporated into the Nepal Army.", id="incorporated-into-at-once"),
])
def test_incorporated_into_at_once_still_alerts(text: str) -> None:
    assert "forces.integrated" in {r[0] for r in _alerts(text)}, _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The boot maker, incorporated in Ghana in 2010, has supplied the army for a decade.",
                 id="a-firm-incorporated"),
    pytest.param("Kenya's defence ministry incorporated the court's recommendations into the new military code.",
                 id="recommendations-into-a-code"),
])
def test_incorporate_of_a_firm_or_a_text_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- a place that opens a numbered unit's name ---------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    pytest.param("Fighters of the Mosul-2 brigade have been merged into the federal police.", "Mosul",
                 id="city-hyphen-number-brigade"),
    pytest.param("Volunteers of the Odesa-1 battalion were merged into the police on Friday.", "Odesa",
                 id="city-hyphen-number-battalion"),
])
def test_a_place_that_opens_a_numbered_units_name_is_no_party(text: str, place: str) -> None:
    assert not [r for r in _alerts(text) if place in r[2] | r[3]], _events(text)


@pytest.mark.parametrize(("text", "place"), [
    pytest.param("Fighters from Mosul have been merged into the federal police.", "Mosul", id="fighters-from-a-city"),
])
def test_a_place_named_on_its_own_is_still_a_party(text: str, place: str) -> None:
    assert [r for r in _alerts(text) if place in r[2] | r[3]], _events(text)
