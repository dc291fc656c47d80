"""Rule sentences for the cause found by the seventy-seventh English held-out set
(``test_heldout77_events_en``): a state hyphened to "owned" in a sanctions sentence ("the
Turkish-owned company") says whose a sanctioned firm is, not the state sanctioned.
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


# --- a state hyphened to "owned" names a sanctioned firm's owner ----------------------------------

@pytest.mark.parametrize(("text", "owner"), [
    pytest.param("The Treasury imposed sanctions on Norvik Shipping, a Turkish-owned company that operates tankers "
                 "out of Piraeus.", "Turkey", id="a-turkish-owned-company"),
    pytest.param("Britain on Monday imposed sanctions on the Russian-owned bank that financed the port in Tartus.",
                 "Russia", id="the-russian-owned-bank"),
])
def test_the_owners_state_of_a_sanctioned_firm_is_no_target(text: str, owner: str) -> None:
    assert not [r for r in _alerts(text) if owner in r[3]], _events(text)


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("The European Union imposed sanctions on Venezuela's state-owned oil company.", "Venezuela",
                 id="the-states-own-company"),
    pytest.param("Canada imposed sanctions on Iranian-backed militias in Iraq.", "Iraq", id="backed-still-names"),
])
def test_a_sanctioned_state_still_alerts(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.imposed"], _events(text)
