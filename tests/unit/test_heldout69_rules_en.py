"""Rule sentences for the causes found by the sixty-ninth English held-out set
(``test_heldout69_events_en``): a state that becomes a "partner country" of a grouping joins it,
forces (a defence force's "personnel" among them) that are to take part in exercises in a state
are a presence there, and a national body's generic name right after another state's demonym is
that state's body.
Each was written for this test (other states, groupings and wording than the articles'), and each
failed before the fix it pins; the guards (other senses of the same words) stay quiet."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.analyze import analyze
from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 2, 10)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- a partner country of a grouping ---------------------------------------------------------

@pytest.mark.parametrize(("text", "status", "actor", "target"), [
    pytest.param("Uzbekistan has become a partner country of BRICS, the Russian foreign ministry said on "
                 "Monday.", "occurred", "Uzbekistan", "BRICS", id="partner-country-of"),
    pytest.param("Bolivia and Cuba became partner countries of the BRICS grouping on Wednesday, having "
                 "been invited at its summit in Kazan.", "occurred", "Cuba", "BRICS",
                 id="two-partner-countries"),
    pytest.param("Kazakhstan will become a BRICS partner state on January 1, officials in Astana said.",
                 "planned", "Kazakhstan", "BRICS", id="brics-partner-state-planned"),
])
def test_a_state_becoming_a_partner_country_of_a_grouping_joins_it(
        text: str, status: str, actor: str, target: str) -> None:
    rows = _alerts(text)
    assert [(t, st) for t, st, _, _ in rows] == [("alliance.joined", status)], rows
    assert actor in rows[0][2] and target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    pytest.param("Canada became the partner country of the Hannover Messe industrial fair this year.",
                 id="trade-fair"),
    pytest.param("Germany has become an important partner country for Vietnam's textile industry.",
                 id="trading-partner"),
    pytest.param("Officials said Egypt would remain a key partner country of the European Union on "
                 "migration.", id="remain-partner"),
])
def test_other_partner_countries_are_no_joining(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


# --- forces that are to take part in exercises in a state -------------------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Indonesian marines will take part in exercises in Japan in November.", "Indonesia", "Japan",
                 id="marines-will"),
    pytest.param("Some 300 Fijian soldiers are expected to take part in joint exercises in New Zealand next year.",
                 "Fiji", "New Zealand", id="soldiers-expected-to"),
    pytest.param("About 150 Australian Defence Force personnel will take part in exercises in Papua New Guinea "
                 "in May.", "Australia", "Papua New Guinea", id="defence-force-personnel"),
])
def test_forces_to_exercise_in_a_state_are_a_planned_presence(text: str, actor: str, target: str) -> None:
    rows = _alerts(text)
    assert [(t, st) for t, st, _, _ in rows] == [("military.presence", "planned")], rows
    assert actor in rows[0][2] and target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    pytest.param("The nursing students will take part in exercises in Manila next month.", id="no-forces"),
    pytest.param("American soldiers took part in exercises in Poland last year.", id="past-in-passing"),
])
def test_other_exercises_are_no_presence(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


# --- a national body's generic name after another state's name or demonym ----------------------

US_COURT = "Supreme Court of the United States"


@pytest.mark.parametrize("text", [
    pytest.param("The US Treasury designated two cartel leaders on Monday, and the Mexican Supreme Court "
                 "ruled the next day that their extradition could go ahead.", id="demonym"),
])
def test_another_states_supreme_court_is_not_the_american_one(text: str) -> None:
    names = {e.name for e in analyze(text, lang="en", published=DAY).entities}
    assert US_COURT not in names, names


def test_the_american_supreme_court_is_still_known() -> None:
    text = "The Treasury's sanctions were upheld when the American Supreme Court declined to hear the appeal."
    names = {e.name for e in analyze(text, lang="en", published=DAY).entities}
    assert US_COURT in names, names
