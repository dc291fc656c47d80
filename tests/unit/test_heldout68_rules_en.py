"""Rule sentences for the causes found by the sixty-eighth English held-out set
(``test_heldout68_events_en``): contingents integrated into a peacekeeping mission (the African
Union's missions in Somalia in the knowledge base), an envoy who resumes his duties in a capital,
"those measures" that stand for the sanctions named in the sentence before, and a state lasting
"since" a year in a clause after the trigger. Each was written for this test (other states,
bodies and wording than the articles'), and each failed before the fix it pins; the guards (other
senses of the same words) stay quiet or keep their reading."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.analyze import analyze
from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 3, 12)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- contingents integrated into a peacekeeping mission --------------------------------------

AMISOM = "African Union Mission in Somalia"
ATMIS = "African Union Transition Mission in Somalia"
UNMISS = "United Nations Mission in South Sudan"


@pytest.mark.parametrize(("text", "status", "actor", "target"), [
    pytest.param("Djibouti's battalion was integrated into AMISOM on Monday.", "occurred", "Djibouti", AMISOM,
                 id="amisom-acronym"),
    pytest.param("Ethiopian soldiers already inside Somalia will be brought into ATMIS next month.", "planned",
                 "Ethiopia", ATMIS, id="atmis-planned"),
    pytest.param("Rwandan troops were integrated into the United Nations Mission in South Sudan on Tuesday.",
                 "occurred", "Rwanda", UNMISS, id="un-mission"),
])
def test_troops_integrated_into_a_peacekeeping_mission(text: str, status: str, actor: str, target: str) -> None:
    rows = _alerts(text)
    assert [(t, st) for t, st, _, _ in rows] == [("forces.integrated", status)], rows
    assert actor in rows[0][2] and target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    pytest.param("The consultancy's data team was integrated into the United Nations Assistance Mission in "
                 "Afghanistan last spring.", id="political-mission"),
    pytest.param("Two Nairobi charities merged their programmes in Somalia on Monday.", id="charities"),
])
def test_other_integration_is_no_forces_event(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("Burundi has 2,000 soldiers in AMISOM.", "en"),
    ("African Union Transition Mission in Somalia", "en"),
    ("يخدم ألفا جندي بوروندي في بعثة الاتحاد الأفريقي في الصومال (أميسوم).", "ar"),
    ("انضمت القوات الكينية إلى أميسوم.", "ar"),
])
def test_the_au_missions_in_somalia_are_known(text: str, lang: str) -> None:
    names = {e.name for e in analyze(text, lang=lang, published=DAY).entities}
    assert names & {AMISOM, ATMIS}, names


def test_a_new_au_mission_in_passing_is_not_amisom() -> None:
    text = "Egypt plans to contribute troops to a new African Union mission in Somalia next year."
    names = {e.name for e in analyze(text, lang="en", published=DAY).entities}
    assert AMISOM not in names, names


# --- an envoy who resumes his duties in a capital abroad ------------------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Morocco is mending its ties with Germany, and its ambassador will resume her duties in Berlin "
                 "next week.", "Morocco", "Germany", id="its-ambassador-after-with"),
    pytest.param("Bahrain said its ambassador, a former minister, resumed his duties in Beirut on Sunday.",
                 "Bahrain", "Lebanon", id="said-its-ambassador"),
])
def test_an_envoy_resuming_his_duties_abroad_restores_ties(text: str, actor: str, target: str) -> None:
    rows = _alerts(text)
    assert [t for t, _, _, _ in rows] == ["relations.restored"], rows
    assert rows[0][2] == {actor} and rows[0][3] == {target}, rows


@pytest.mark.parametrize("text", [
    pytest.param("The US ambassador to Iraq resumed his duties in Washington after surgery.", id="home-desk"),
    pytest.param("The head teacher will resume his duties in Leeds next term.", id="no-envoy"),
])
def test_other_duties_resumed_are_no_restoration(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


# --- "those measures": the sanctions named in the sentence before ----------------------------

@pytest.mark.parametrize(("text", "kind", "target"), [
    pytest.param("The ministers kept the arms embargo on Myanmar in place. Those measures against Myanmar were "
                 "extended until April 2025.", "sanctions.extended", "Myanmar", id="extended"),
    pytest.param("The bloc imposed a travel ban on Zimbabwe's leaders in 2002. These measures against Zimbabwe "
                 "were lifted on Monday.", "sanctions.lifted", "Zimbabwe", id="lifted"),
])
def test_those_measures_are_the_sanctions_named_before(text: str, kind: str, target: str) -> None:
    rows = _alerts(text)
    assert [t for t, _, _, _ in rows] == [kind], rows
    assert target in rows[0][3], rows


def test_those_measures_take_the_parties_of_the_sanctions_story() -> None:
    text = ("Canada lifted its sanctions on six Myanmar ministers on Monday. Officials said the arms embargo and "
            "the ban on aviation fuel would stay in place. Those measures were extended until April 2026.")
    rows = [r for r in _alerts(text) if r[0] == "sanctions.extended"]
    assert rows and "Canada" in rows[0][2], _alerts(text)


def test_those_measures_far_from_any_sanctions_event_stay_quiet() -> None:
    text = ("Canada lifted its sanctions on six Myanmar ministers on Monday. The ministers flew to Bangkok. "
            "They met bankers there. The city also kept its fuel tax and an embargo on stray dogs in place. "
            "Those measures were extended until April 2026.")
    assert not any(r[0] == "sanctions.extended" for r in _alerts(text)), _alerts(text)


@pytest.mark.parametrize("text", [
    pytest.param("The council approved new parking fines for Leeds. Those measures were extended until March.",
                 id="parking-fines"),
    pytest.param("The government announced new restrictions on gatherings in Ireland. Those measures against "
                 "Ireland's pubs were extended until March.", id="public-health"),
])
def test_other_measures_are_no_sanctions(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


# --- a state lasting "since" a year, after the trigger, does not date the act ----------------

@pytest.mark.parametrize("text", [
    pytest.param("The Office of Foreign Assets Control issued a general licence on Friday that authorises "
                 "transactions with Venezuela that have been prohibited since 2019.", id="prohibited-since"),
    pytest.param("The Office of Foreign Assets Control issued a general licence for deals with Cuba, barred "
                 "since 1962.", id="barred-since"),
])
def test_a_state_since_a_year_after_the_act_is_no_date_of_it(text: str) -> None:
    rows = _alerts(text)
    assert [(t, st) for t, st, _, _ in rows] == [("sanctions.suspended", "occurred")], rows


@pytest.mark.parametrize("text", [
    "The United States has imposed sanctions on Iran since 1979.",
    "Britain has kept its arms embargo on Iran since 1993.",
])
def test_a_state_since_a_year_of_the_act_itself_stays_background(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)
