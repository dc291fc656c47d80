"""Rule sentences for the causes found by the eighty-first English held-out set
(``test_heldout81_events_en``): the OSCE's word for its members ("Kosovo became the 58th participating
State of the OSCE") is a membership, and an admission told as a noun ("Bhutan's admission as the
167th member of the World Trade Organization was confirmed") a joining, while a trial's
"participating states" and a club's member stay quiet; a freeze told with "of" ("extended the freeze
of the assets of ...") is a sanction, as "the freeze on the assets" already was, while a bank's
freeze of its own chief's assets stays quiet; soldiers of both sides "graduated into a unified
army" are an integration, while cadets who "graduated into the army" join no force; an ambassador
sent or named "for the first time since" a year or "in" a span is ties restored, while a routine
posting stays quiet; a state's adjective before a port or a builder ("with a Namibian port") says
whose business it is, not who signs, while a state that gives a port to a navy stays a party; and,
with a day named, a year after "of" that ends an accord's name ("under the peace agreement of
2014") dates that accord, not the act, while a year of the act itself keeps it background. One
cause seen on the set without touching its score: a state's possessive before sanctions whose
target follows ("Norway's sanctions on Syria were lifted") names who imposed them, as "EU sanctions
on Russia" already did, while a possessive with no target after ("Iran's sanctions were lifted")
stays the target. And measures ahead on whoever does a thing ("The African Union will impose
sanctions on anyone who obstructs the vote") are a threat, not a planned imposition, while measures
ahead on named targets, and measures imposed "on those who" attacked, stay impositions.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)

OSCE = "Organization for Security and Co-operation in Europe"


# --- a participating State, an admission told as a noun -------------------------------------------

@pytest.mark.parametrize(("text", "state", "body"), [
    pytest.param("Kosovo became the 58th participating State of the OSCE on Thursday.", "Kosovo", OSCE,
                 id="became-a-participating-state"),
    pytest.param("The OSCE admitted Kosovo as its 58th participating State on Friday.", "Kosovo", OSCE,
                 id="admitted-as-a-participating-state"),
    pytest.param("Kosovo's admission as the 58th participating State of the OSCE was confirmed on Monday.",
                 "Kosovo", OSCE, id="admission-as-a-participating-state"),
    pytest.param("Bhutan's admission as the 167th member of the World Trade Organization was confirmed on Friday.",
                 "Bhutan", "World Trade Organization", id="admission-as-a-member"),
])
def test_a_participating_state_or_an_admission_is_a_joining(text: str, state: str, body: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "alliance.joined" and state in r[2] and body in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Twelve countries became participating states in the vaccine trial.", id="a-trial"),
    pytest.param("Her admission as a member of the golf club was confirmed.", id="a-club"),
])
def test_a_trials_states_and_a_clubs_member_stay_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "alliance.joined"], _events(text)


# --- a freeze told with "of" --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The Council of the European Union extended the freeze of the assets of Ukraine's former "
                 "officials for another year.", id="extended-the-freeze-of-the-assets"),
    pytest.param("The Council of the European Union on Friday prolonged until March 2026 the freeze of assets "
                 "and the travel ban on Tunisia's former ministers.", id="prolonged-the-freeze-of-assets"),
])
def test_a_freeze_of_the_assets_renewed_is_an_extension(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.extended" and "Council of the European Union" in r[2]], (
        _events(text))


@pytest.mark.parametrize("text", [
    pytest.param("The bank lifted the freeze of the assets of its former chief executive after the court ruling.",
                 id="a-banks-freeze"),
])
def test_a_banks_freeze_of_its_chiefs_assets_stays_quiet(text: str) -> None:
    assert not _alerts(text), _events(text)


# --- both sides graduated into one army ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Some 8,000 fighters of the SPLA-in-Opposition and government soldiers graduated into a "
                 "unified army in Malakal on Saturday.", id="graduated-into-a-unified-army"),
    pytest.param("Fighters of the SPLA-in-Opposition were graduated as unified forces in Wau on Monday.",
                 id="graduated-as-unified-forces"),
])
def test_both_sides_graduated_into_one_army_is_an_integration(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Some 500 cadets of the Nigerian Defence Academy graduated into the army on Friday.",
                 id="cadets"),
    pytest.param("She graduated into a single national market for lawyers.", id="a-market"),
])
def test_cadets_graduated_into_the_army_stay_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- an ambassador for the first time since -----------------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    pytest.param("Chile named an ambassador to Venezuela for the first time in six years.", "occurred",
                 id="named-for-the-first-time-in"),
    pytest.param("Morocco will send an ambassador to Algeria for the first time since 2021.", "planned",
                 id="will-send-for-the-first-time-since"),
])
def test_an_ambassador_for_the_first_time_since_is_ties_restored(text: str, status: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "relations.restored" and r[1] == status], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Germany will send an ambassador to Kenya next month.", id="a-routine-posting"),
    pytest.param("Italy appointed an ambassador to Brazil on Friday, the first woman to hold the post.",
                 id="the-first-woman"),
])
def test_a_routine_posting_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "relations.restored"], _events(text)


# --- a state's adjective before a port or a builder ---------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("The port of Hamburg signed a memorandum of understanding with a Namibian port on hydrogen "
                 "shipments.", "Namibia", id="a-namibian-port"),
    pytest.param("Antwerp signed an agreement with a Moroccan port authority on green shipping corridors.",
                 "Morocco", id="a-moroccan-port-authority"),
    pytest.param("The city signed a contract with an Egyptian builder for the new bridge.",
                 "Egypt", id="an-egyptian-builder"),
])
def test_a_states_port_or_builder_is_no_party(text: str, state: str) -> None:
    assert not [r for r in _alerts(text) if state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Oman signed an agreement giving British warships access to the port of Duqm.", id="a-navy-port"),
])
def test_a_state_that_gives_a_port_to_a_navy_stays_a_party(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "agreement.signed" and "Oman" in r[2] | r[3]], _events(text)


# --- the year of an accord named after a day ----------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Fighters of the Moro Islamic Liberation Front were integrated into the army in Cotabato on "
                 "Monday under the peace agreement of 2014.", id="under-the-agreement-of-2014"),
])
def test_the_year_of_an_accord_after_a_day_is_the_accords(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Fighters of the SPLA-in-Opposition were integrated into the army in 2019 under the peace "
                 "agreement of 2018.", id="the-acts-own-year"),
])
def test_the_acts_own_year_keeps_it_background(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- a possessive's sanctions told in the passive -----------------------------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    pytest.param("Norway's sanctions on Syria were lifted on Monday.", "Norway", "Syria", id="norways-sanctions-on"),
    pytest.param("Most of Canada's sanctions against Belarus were suspended on Friday.", "Canada", "Belarus",
                 id="canadas-sanctions-against"),
])
def test_a_possessives_sanctions_in_the_passive_are_its_own(text: str, actor: str, target: str) -> None:
    assert [r for r in _alerts(text) if actor in r[2] and target in r[3] and actor not in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Iran's sanctions were lifted on Monday.", id="no-target-after"),
])
def test_a_possessive_with_no_target_after_stays_the_target(text: str) -> None:
    assert [r for r in _alerts(text) if "Iran" in r[3]], _events(text)


# --- measures ahead on whoever does a thing -----------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("The African Union will impose sanctions on anyone who obstructs the vote in Gabon.",
                 "African Union", id="on-anyone-who"),
    pytest.param("\"IGAD will impose targeted sanctions on those who block the peace process in South Sudan,\" "
                 "the bloc said.", "Intergovernmental Authority on Development", id="on-those-who"),
])
def test_measures_ahead_on_whoever_are_a_threat(text: str, actor: str) -> None:
    rows = _alerts(text)
    assert [r for r in rows if r[0] == "sanctions.threatened" and actor in r[2]], _events(text)
    assert not [r for r in rows if r[0] == "sanctions.imposed"], _events(text)


@pytest.mark.parametrize(("text", "status"), [
    pytest.param("The United States will impose sanctions on Russian banks next week.", "planned",
                 id="named-targets-ahead"),
    pytest.param("The United States imposed sanctions on those who attacked the protesters in Nicaragua.",
                 "occurred", id="those-who-in-the-past"),
])
def test_named_targets_ahead_and_past_impositions_stay(text: str, status: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.imposed" and r[1] == status], _events(text)
