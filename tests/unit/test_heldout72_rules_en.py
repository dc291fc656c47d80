"""Rule sentences for the causes found by the seventy-second English held-out set
(``test_heldout72_events_en``): a state that ends a company's name ("the Water Supply Corporation
of Zambia", "the Ports Company of Ghana") is the company's, not a party to its memorandum or
contract; and "however" set off by commas right after a denying auxiliary ("has not, however,
imposed") is an aside inside the clause, not the start of a new one, so that the denial and the
subject still reach the verb; and the state an embassy is reopened in, or whose capital it is in,
is the counterpart of the ties restored, not the scene.
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


# --- a state at the end of a company's name ----------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The municipality signed a contract with the Water Supply Corporation of Zambia to replace "
                 "old pipes in the township.", id="corporation-of"),
    pytest.param("The district assembly has signed a memorandum of understanding with the Ports Company of "
                 "Ghana on waste collection at the harbour.", id="company-of"),
])
def test_a_state_ending_a_company_name_is_no_party(text: str) -> None:
    assert _alerts(text) == [], _events(text)


@pytest.mark.parametrize(("text", "parties"), [
    pytest.param("Zambia signed a defence cooperation agreement with the Republic of Mozambique on Tuesday.",
                 {"Zambia", "Mozambique"}, id="republic-of"),
    pytest.param("The Government of Botswana signed a security agreement with Namibia in Gaborone.",
                 {"Botswana", "Namibia"}, id="government-of"),
])
def test_a_state_named_with_its_style_is_still_a_party(text: str, parties: set[str]) -> None:
    rows = [r for r in _alerts(text) if r[0] == "agreement.signed"]
    assert len(rows) == 1 and parties <= rows[0][2] | rows[0][3], _events(text)


# --- "however" as an aside after a denying auxiliary -------------------------------------------

@pytest.mark.parametrize(("text", "kind", "party"), [
    pytest.param("Ottawa has not, however, imposed sanctions on the Ugandan army chief.",
                 "sanctions.imposed", "Canada", id="has-not-however-imposed"),
    pytest.param("The European Union did not, however, lift its arms embargo on Belarus.",
                 "sanctions.lifted", "European Union", id="did-not-however-lift"),
    pytest.param("Tunisia will not, however, join the military alliance led by Riyadh.",
                 "alliance.joined", "Tunisia", id="will-not-however-join"),
])
def test_a_denial_with_however_between_is_still_a_denial(text: str, kind: str, party: str) -> None:
    rows = [r for r in _events(text) if r[0] == kind]
    assert rows and all(st == "negated" for _, st, _, _ in rows) and any(party in r[2] for r in rows), rows


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Washington lifted the visa bans on Monday, however, the asset freezes on the Sudanese "
                 "generals stay in force.", "sanctions.lifted", id="however-starting-a-clause"),
    pytest.param("The bloc did not renew the embargo on arms, but it imposed new sanctions on Eritrea on "
                 "Monday.", "sanctions.imposed", id="but-after-a-denial"),
])
def test_a_clause_after_however_or_but_still_alerts(text: str, kind: str) -> None:
    assert kind in {r[0] for r in _alerts(text)}, _events(text)


# --- the state an embassy is reopened in ----------------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Kuwait reopened its embassy in Damascus on Sunday after twelve years.", "Kuwait", "Syria",
                 id="its-embassy-in-a-capital"),
    pytest.param("The embassy of Chile in Caracas reopened on Monday, the foreign ministry said.", "Chile",
                 "Venezuela", id="the-embassy-of-a-state-in-a-capital"),
    pytest.param("Bahrain's embassy in Lebanon has resumed its work.", "Bahrain", "Lebanon",
                 id="an-embassy-in-a-state"),
])
def test_the_state_an_embassy_reopens_in_is_the_counterpart(text: str, actor: str, target: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "relations.restored"]
    assert len(rows) == 1 and actor in rows[0][2] and target in rows[0][3] and target not in rows[0][2], _events(text)


def test_ties_restored_between_two_named_states_keep_their_parties() -> None:
    rows = [r for r in _alerts("Oman and Qatar agreed on Monday to reopen their embassies in Doha and Muscat.")
            if r[0] == "relations.restored"]
    assert rows and {"Oman", "Qatar"} <= rows[0][2] | rows[0][3], rows


def test_an_embassy_where_someone_spoke_is_no_counterpart() -> None:
    text = "'Ties are getting better,' the envoy told journalists at the French embassy in Beirut."
    assert all("Lebanon" not in r[2] | r[3] for r in _alerts(text)), _events(text)
