"""Rule sentences for the causes found by the seventy-third English held-out set
(``test_heldout73_events_en``): bombers, named by their kind or their model, that land in or
arrive in a state are a presence there, as fighters and troops are ("Four American B-52 bombers
landed at RAF Fairford in Britain").
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (the same words in their alertable sense, or in another
sense) behave as before."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- bombers that land or arrive -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Four American B-52 bombers landed at RAF Fairford in Britain on Thursday for a month of "
                 "exercises with European allies.", "United States", "United Kingdom", id="b-52-landed"),
    pytest.param("Two Chinese long-range bombers arrived in Pakistan on Monday for joint drills, the defence "
                 "ministry said.", "China", "Pakistan", id="long-range-bombers-arrived"),
    pytest.param("Two Russian Tu-95 bombers have landed in Indonesia, the air force said on Wednesday.",
                 "Russia", "Indonesia", id="tu-95-have-landed"),
])
def test_bombers_that_land_in_a_state_are_a_presence(text: str, actor: str, target: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "military.presence"]
    assert len(rows) == 1 and actor in rows[0][2] and target in rows[0][3], _events(text)


def test_suicide_bombers_are_no_presence() -> None:
    text = "Two suicide bombers arrived at the bus station in Quetta on foot and blew themselves up, police said."
    assert _alerts(text) == [], _events(text)


@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Three Polish fighter jets landed in Lithuania on Tuesday.", "Poland", "Lithuania", id="jets-landed"),
    pytest.param("Canadian troops arrived in Latvia on Monday.", "Canada", "Latvia", id="troops-arrived"),
])
def test_fighters_and_troops_that_land_are_still_a_presence(text: str, actor: str, target: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "military.presence"]
    assert rows and actor in rows[0][2] and target in rows[0][3], _events(text)
