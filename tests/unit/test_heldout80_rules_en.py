"""Rule sentences for the causes found by the eightieth English held-out set
(``test_heldout80_events_en``): a central bank the knowledge base lacks, named "Central Bank of
<state>" before the verb ("The Central Bank of Uzbekistan has imposed sanctions on a Tashkent
microfinance company"), is a regulator fining its own firms, not its state sanctioning anyone; a
gang's or a cartel's home named by a demonym ("the Venezuelan gang", "an Albanian crime group") is
no party to the sanctions on it; a state warned that it "would face further measures" is
threatened with sanctions, where drivers or residents who would face them are not; and a person
who warns a leader that his state would face sanctions ("Kaja Kallas warned Prime Minister Irakli
Kobakhidze on Monday that Tbilisi would face sanctions if ...") is the threat's actor.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (the same words in their alertable sense) still alert,
and the near misses stay quiet."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- a central bank named by its state, the regulator of its own firms ---------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The Central Bank of Uzbekistan has imposed sanctions on a Tashkent microfinance company for "
                 "late reports.", id="central-bank-of-state-on-a-firm"),
    pytest.param("The Central Bank of Kazakhstan imposed sanctions on an Almaty microfinance company on Monday.",
                 id="central-bank-of-state-on-a-firm-of-its-city"),
])
def test_a_central_bank_named_by_its_state_fining_its_firms_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0].startswith("sanctions.")], _events(text)


@pytest.mark.parametrize(("text", "party"), [
    pytest.param("The European Union imposed sanctions on the Central Bank of Belarus on Friday.",
                 "European Union", id="a-central-bank-sanctioned-by-a-bloc"),
    pytest.param("The United States imposed sanctions on the Central Bank of Iran on Thursday.", "Iran",
                 id="a-known-central-bank-sanctioned"),
])
def test_a_central_bank_sanctioned_by_another_state_still_alerts(text: str, party: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.imposed" and any(party in n for n in r[2] | r[3])], (
        _events(text)
    )


# --- a gang's home is no party --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("The Treasury sanctioned Los Choneros, the Ecuadorian criminal gang, on Thursday.", "Ecuador",
                 id="the-gang-in-apposition"),
    pytest.param("Australia imposed sanctions on an Albanian crime group on Friday.", "Albania",
                 id="a-crime-group"),
    pytest.param("Canada imposed sanctions on the Colombian criminal gangs that run the ports.", "Colombia",
                 id="criminal-gangs"),
])
def test_a_gangs_home_state_is_no_party(text: str, state: str) -> None:
    assert not [r for r in _alerts(text) if state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Canada imposed sanctions on Haiti over gang violence.", "Haiti", id="the-state-itself"),
    pytest.param("The European Union imposed sanctions on Venezuela on Monday.", "Venezuela",
                 id="the-state-named-on-its-own"),
])
def test_a_state_sanctioned_in_its_own_name_is_still_a_party(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if state in r[2] | r[3]], _events(text)


# --- a state warned that it "would face further measures" ------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("France warned Mali on Tuesday that it could face new measures over the delayed election.",
                 "Mali", id="it-could-face-new-measures"),
    pytest.param("The European Union warned Belarus that Minsk would face additional measures if the flights "
                 "continued.", "Belarus", id="capital-would-face-additional-measures"),
    pytest.param("Washington warned Nicaragua's government that Managua would face further measures if the "
                 "bishops stayed in prison.", "Nicaragua", id="capital-would-face-further-measures"),
])
def test_a_state_warned_it_would_face_further_measures_is_threatened(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.threatened" and state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The mayor of Tbilisi warned on Monday that drivers would face further measures if they kept "
                 "parking on pavements.", id="drivers-face-further-measures"),
    pytest.param("Uzbekistan's health ministry warned that Tashkent's markets would face further measures if "
                 "cases rose.", id="markets-face-further-measures"),
    pytest.param("Kosovo faced new measures last month.", id="faced-in-the-past"),
])
def test_further_measures_faced_by_no_state_or_in_the_past_stay_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "sanctions.threatened"], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The Netherlands warned Suriname that it would face sanctions if the vote was delayed.",
                 id="would-face-sanctions"),
])
def test_face_sanctions_still_alerts(text: str) -> None:
    assert "sanctions.threatened" in {r[0] for r in _alerts(text)}, _events(text)


# --- a person who warns a leader that his state would face sanctions --------------------------------

@pytest.mark.parametrize(("text", "person"), [
    pytest.param("Kaja Kallas warned Prime Minister Irakli Kobakhidze on Monday that Tbilisi would face sanctions "
                 "if the law stayed.", "Kaja Kallas", id="warned-a-prime-minister-that-the-capital-would-face"),
    pytest.param("Annalena Baerbock warned President Ilham Aliyev on Friday that Baku could face sanctions if the "
                 "blockade went on.", "Annalena Baerbock", id="warned-a-president-that-the-capital-could-face"),
])
def test_a_person_who_warns_a_leader_is_the_threats_actor(text: str, person: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.threatened" and person in r[2]], _events(text)


@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("The European Union warned Georgia on Monday that it could face sanctions if the law stayed.",
                 "European Union", id="a-body-warns"),
])
def test_a_body_that_warns_is_still_the_threats_actor(text: str, actor: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.threatened" and actor in r[2]], _events(text)
