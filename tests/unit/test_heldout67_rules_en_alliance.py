"""Rule sentences for the alliance, agreement, relations, forces and presence causes found by the
sixty-seventh and sixty-sixth English held-out sets (``test_heldout67_events_en``,
``test_heldout66_events_en``): each was written for this test, and each failed before the fix it
pins (the guards excepted: near misses that must stay quiet or keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 3, 1)
ALERTABLE = ("occurred", "planned")


_events = partial(event_rows, lang="en", published=DAY)


def _has(rows: list[tuple[str, str, set[str], set[str]]], kind: str, actor: str, target: str | None = None) -> bool:
    return any(t == kind and st in ALERTABLE and actor in a and (target is None or target in tg)
               for t, st, a, tg in rows)


# --- bodies the knowledge base lacked ------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Venezuela will rejoin the Union of South American Nations next month.",
                 "Union of South American Nations", id="unasur-by-name"),
    pytest.param("Colombia's new government said it would return to Unasur this year.",
                 "Union of South American Nations", id="unasur-by-acronym"),
    pytest.param("Peru has joined Prosur, the forum set up by Chile's president.",
                 "Forum for the Progress and Integration of South America", id="prosur"),
    pytest.param("Vietnam has joined the Indo-Pacific Economic Framework.", "Indo-Pacific Economic Framework",
                 id="ipef"),
])
def test_a_regional_body_joined(text: str, body: str) -> None:
    rows = _events(text)
    assert any(t == "alliance.joined" and st in ALERTABLE and body in tg for t, st, _, tg in rows), rows


@pytest.mark.parametrize(("text", "state", "host"), [
    pytest.param("The RAAF has deployed four fighter jets to Malaysia for an exercise.", "Australia", "Malaysia",
                 id="raaf"),
    pytest.param("The RAF has sent four Typhoon jets to Romania to police NATO's eastern airspace.",
                 "United Kingdom", "Romania", id="raf"),
    pytest.param("The Indian Navy will deploy two frigates to the Gulf of Aden.", "India", None, id="indian-navy"),
])
def test_an_air_force_or_navy_stands_for_its_state(text: str, state: str, host: str | None) -> None:
    assert _has(_events(text), "military.presence", state, host)


# --- alliance.joined ------------------------------------------------------------------------

def test_taking_a_state_back_into_a_bloc_is_a_joining() -> None:
    rows = _events("Labour's leader has promised to take Britain back into the European Union.")
    assert _has(rows, "alliance.joined", "United Kingdom", "European Union"), rows


def test_taking_the_country_back_into_the_organisation_named_before() -> None:
    rows = _events("Ecuador walked out of UNASUR in 2019. Now it is back. The president instructed "
                   "the minister to take the country back into the organisation.")
    assert _has(rows, "alliance.joined", "Ecuador", "Union of South American Nations"), rows


@pytest.mark.parametrize("text", [
    pytest.param("A campaign to take Britain back into the European Union was launched on Monday.", id="a-campaign"),
    pytest.param("The striker came back into the Barcelona side on Sunday.", id="sport"),
    pytest.param("Investors piled back into Samsung shares after the results.", id="markets"),
    pytest.param("The drummer has returned to the group after a year away.", id="a-band"),
])
def test_no_joining(text: str) -> None:
    rows = _events(text)
    assert not any(t == "alliance.joined" and st in ALERTABLE for t, st, _, _ in rows), rows


def test_becoming_its_member_goes_on_with_the_sentences_subject() -> None:
    rows = _events("Vietnam has joined the framework, the initiative the US President launched on Monday, "
                   "becoming its fifteenth member.")
    assert not any(t == "alliance.joined" and "United States" in a for t, _, a, _ in rows), rows
    assert _has(rows, "alliance.joined", "Vietnam"), rows


# --- relations.restored ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Peru and Ecuador have agreed to bring relations back to normal.", id="back-to-normal"),
    pytest.param("Peru and Ecuador agreed on Monday to put relations back on a normal track.", id="normal-track"),
    pytest.param("Turkey and Egypt will return ties to normal after a decade of hostility.", id="ties-to-normal"),
])
def test_relations_back_to_normal_are_restored(text: str) -> None:
    rows = _events(text)
    assert any(t == "relations.restored" and st in ALERTABLE and len(a | tg) >= 2 for t, st, a, tg in rows), rows


@pytest.mark.parametrize("text", [
    pytest.param("Relations between the club and its supporters are back to normal after the coach's apology.",
                 id="a-club"),
    pytest.param("Water supply in the city is back to normal, the mayor said.", id="water"),
    pytest.param("The mayor has called for efforts to bring relations between Peru and Ecuador back to normal.",
                 id="a-call"),
])
def test_no_restoration(text: str) -> None:
    rows = _events(text)
    assert not any(t == "relations.restored" and st in ALERTABLE for t, st, _, _ in rows), rows


# --- forces.integrated ----------------------------------------------------------------------

def test_a_joint_force_given_its_headquarters_is_formed_by_its_states() -> None:
    rows = _events("Mali, Niger and Burkina Faso agreed that the Multinational Joint Task Force against the "
                   "jihadists will have its headquarters in Niamey up and running by March.")
    assert _has(rows, "forces.integrated", "Niger"), rows
    assert not any("Niamey" in a for _, _, a, _ in rows), rows


def test_a_joint_force_made_operational() -> None:
    rows = _events("Mali, Niger and Burkina Faso said their joint force against the jihadists would be "
                   "operational within weeks.")
    assert _has(rows, "forces.integrated", "Mali"), rows


@pytest.mark.parametrize("text", [
    pytest.param("The navies of Spain and Portugal are to be run as a single, integrated force.", id="run-as-single"),
    pytest.param("The armies of Estonia, Latvia and Lithuania will operate as one under a new Baltic command.",
                 id="operate-as-one"),
])
def test_forces_run_as_one_are_integrated(text: str) -> None:
    rows = _events(text)
    assert any(t == "forces.integrated" and st in ALERTABLE and len(a | tg) >= 2 for t, st, a, tg in rows), rows


@pytest.mark.parametrize("text", [
    pytest.param("The new joint task force on tax fraud will be up and running by March, the finance ministry said.",
                 id="a-ministrys-task-force"),
    pytest.param("The new Chinese factory in Hungary will be up and running by March.", id="a-factory"),
    pytest.param("The joint force of Mali and Niger lost ten soldiers on Monday when militants stormed its "
                 "headquarters in Gao.", id="a-headquarters-attacked"),
    pytest.param("Chad and Niger said the joint force's headquarters in Diffa was shelled on Monday.",
                 id="a-headquarters-shelled"),
    pytest.param("The two banks will operate as one after the merger, Barclays said.", id="banks"),
    pytest.param("The two clubs' youth academies will be run as a single unit.", id="clubs"),
])
def test_no_integration(text: str) -> None:
    rows = _events(text)
    assert not any(t == "forces.integrated" and st in ALERTABLE for t, st, _, _ in rows), rows


# --- military.presence ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "state", "host"), [
    pytest.param("Four Canadian CF-18 fighters have flown to Sigonella Air Base in Italy for an exercise.",
                 "Canada", "Italy", id="flown-to"),
    pytest.param("Two British frigates have sailed to the port of Batumi in Georgia for an exercise.",
                 "United Kingdom", "Georgia", id="sailed-to"),
    pytest.param("Two Indian Navy frigates have arrived at the port of Jeddah in Saudi Arabia for a joint exercise.",
                 "India", "Saudi Arabia", id="arrived-at"),
    pytest.param("Kenyan troops will take part in the UN mission in Haiti.", "Kenya", "Haiti", id="take-part-in-mission"),
    pytest.param("Rwandan soldiers will serve in the stabilisation mission in Mozambique.", "Rwanda", "Mozambique",
                 id="serve-in-mission"),
])
def test_forces_come_abroad(text: str, state: str, host: str) -> None:
    assert _has(_events(text), "military.presence", state, host)


@pytest.mark.parametrize("text", [
    pytest.param("The Wallabies have flown to Santa Fe in Argentina for the test.", id="a-team"),
    pytest.param("Two Canadian CF-18 fighters flew to Cold Lake in Alberta after the air show.", id="at-home"),
    pytest.param("Two Chinese fishing boats have sailed into the port of Darwin.", id="fishing-boats"),
    pytest.param("Kenyan troops will take part in the parade in Nairobi.", id="a-parade"),
    pytest.param("Kenyan athletes will take part in the mission to promote tourism in Haiti.", id="athletes"),
])
def test_no_presence(text: str) -> None:
    rows = _events(text)
    assert not any(t == "military.presence" and st in ALERTABLE for t, st, _, _ in rows), rows


# --- agreement.signed ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parties"), [
    pytest.param("The navies of Chile and Peru will patrol the coast together under a memorandum of understanding "
                 "their chiefs signed in Lima on Monday.", {"Chile", "Peru"}, id="memorandum-their-chiefs-signed"),
    pytest.param("The air forces of Norway and Denmark will cooperate under a declaration of cooperation their "
                 "commanders signed on Friday.", {"Norway", "Denmark"}, id="declaration-their-commanders-signed"),
])
def test_an_accord_their_officials_signed_is_their_states(text: str, parties: set[str]) -> None:
    rows = _events(text)
    assert any(t == "agreement.signed" and st in ALERTABLE and parties <= a | tg for t, st, a, tg in rows), rows


def test_a_deal_their_governments_signed_years_ago_is_background() -> None:
    rows = _events("Kenyan and Ugandan farmers protested on Monday against the trade deal their governments "
                   "signed in 2019.")
    assert not any(t == "agreement.signed" and st in ALERTABLE for t, st, _, _ in rows), rows


# --- a nationality in an association's name -------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The city signed a memorandum with the Kenyan Bankers Association on mobile payments.", id="bankers"),
    pytest.param("The ministry signed an agreement with the Indian Chamber of Commerce on export training.",
                 id="chamber"),
    pytest.param("The council signed a memorandum with a Chinese community association.", id="community"),
])
def test_an_associations_nationality_is_no_party(text: str) -> None:
    rows = _events(text)
    assert not any(t == "agreement.signed" and st in ALERTABLE for t, st, _, _ in rows), rows


def test_a_states_government_keeps_its_state() -> None:
    rows = _events("Egypt signed an agreement with the Indian government on wheat.")
    assert _has(rows, "agreement.signed", "Egypt", "India"), rows
