"""Rule sentences for the causes found by the seventieth English held-out set
(``test_heldout70_events_en``): a state suspended from a body, with sanctions threatened or
imposed by another verb past the comma, is no suspension of sanctions; and an act told in a clause
that the news "comes" or "came" weeks after is background, as one months or years before is; and the commanders and presidents of Sri Lanka's
last war years, named in the sanctions of Canada, the United States and the United Kingdom, are
known in both languages; a verb of saying far before its "would", the long subject between holding
no clause of its own, still reports a plan.
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


# --- a state suspended from a body, sanctions another verb's ----------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The African Union suspends Gabon, warns of sanctions against the officers.",
                 id="headline-suspends-warns"),
    pytest.param("The regional bloc suspended Burkina Faso, threatened sanctions and sent a mediator to "
                 "Ouagadougou on Sunday.", id="three-verbs"),
])
def test_a_state_suspended_from_a_body_is_no_sanctions_suspension(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.suspended"] == [], _alerts(text)


@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Washington suspends Myanmar timber sanctions for six months.", "United States", "Myanmar",
                 id="sanctions-named-after-the-state"),
    pytest.param("The European Union on Monday suspended its sanctions on Burundi's government.",
                 "European Union", "Burundi", id="sanctions-object"),
])
def test_sanctions_suspended_are_still_read(text: str, actor: str, target: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.suspended"]
    assert len(rows) == 1 and actor in rows[0][2] and target in rows[0][3], _events(text)


# --- the news measured weeks after an act ----------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("The minister's trip to Nairobi comes three weeks after Uganda and Kenya signed a "
                 "defence pact.", "agreement.signed", id="comes-three-weeks-after"),
    pytest.param("The announcement came weeks after Canada imposed sanctions on four Haitian gang "
                 "leaders.", "sanctions.imposed", id="came-weeks-after"),
    pytest.param("The summit opens a fortnight after Egypt and Turkey restored diplomatic relations.",
                 "relations.restored", id="a-fortnight-after"),
])
def test_an_act_weeks_before_the_news_is_background(text: str, kind: str) -> None:
    rows = [r for r in _events(text) if r[0] == kind]
    assert rows and all(st == "historical" for _, st, _, _ in rows), _events(text)


def test_a_fronted_span_still_dates_the_news() -> None:
    rows = _alerts("Two weeks after the coup, the African Union imposed sanctions on the junta in Niamey.")
    assert [(t, st) for t, st, _, _ in rows] == [("sanctions.imposed", "occurred")], rows


# --- Sri Lanka's wartime commanders and presidents in the knowledge base ------------------------

@pytest.mark.parametrize(("text", "actor", "targets"), [
    pytest.param("The United Kingdom imposed sanctions on Wasantha Karannagoda and Jagath Jayasuriya on Monday.",
                 "United Kingdom", {"Wasantha Karannagoda", "Jagath Jayasuriya"}, id="two-commanders"),
    pytest.param("Ottawa sanctioned Gotabaya Rajapaksa and his brother Mahinda Rajapaksa over the war.",
                 "Canada", {"Gotabaya Rajapaksa", "Mahinda Rajapaksa"}, id="two-presidents"),
    pytest.param("Britain froze the assets of Vinayagamoorthy Muralitharan, the former rebel commander.",
                 "United Kingdom", {"Karuna Amman"}, id="karuna-by-his-name"),
])
def test_sri_lankan_wartime_leaders_are_targets(text: str, actor: str, targets: set[str]) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.imposed"]
    assert len(rows) == 1 and actor in rows[0][2] and targets <= rows[0][3], _events(text)


def test_sri_lankan_names_in_arabic() -> None:
    names = {e.name for e in analyze("فرضت بريطانيا عقوبات على شافيندرا سيلفا وكارونا أمان.", lang="ar",
                                     published=DAY).entities}
    assert {"Shavendra Silva", "Karuna Amman"} <= names, names


# --- a report with a long subject before its "would" --------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    pytest.param("The defence minister said a first batch of about 4,000 fighters from the rebel movement and "
                 "former militia units would be integrated into the Somali National Army later this year.",
                 "Somalia", id="long-subject-integrated"),
    pytest.param("The chief of staff said several hundred members of the presidential guard and of the "
                 "former rebel brigades would be absorbed into the Malian army later this year.",
                 "Mali", id="long-subject-absorbed"),
])
def test_a_long_reported_subject_keeps_the_plan(text: str, target: str) -> None:
    rows = _alerts(text)
    assert [(t, st) for t, st, _, _ in rows] == [("forces.integrated", "planned")], _events(text)
    assert target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    pytest.param("The minister said the sanctions that Britain imposed on the two generals in the summer "
                 "would be lifted.", id="relative-clause-in-subject"),
    pytest.param("An analyst said the sanctions on the country's biggest banks and oil companies would be "
                 "lifted if the talks succeed.", id="condition-after"),
])
def test_a_far_would_with_a_clause_between_is_no_plan(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)
