"""Rule sentences for the causes found by the seventy-second English held-out set
(``test_heldout72_events_en``): a state that ends a company's name ("the Water Supply Corporation
of Zambia", "the Ports Company of Ghana") is the company's, not a party to its memorandum or
contract.
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
