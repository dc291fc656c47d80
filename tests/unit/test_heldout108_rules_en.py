"""Rule sentences for the causes fixed after the hundred-and-eighth English held-out set
(``test_heldout108_events_en``): a joint or multinational division, or its divisional
headquarters, that several states set up is a joint force formed, not one state's forces sent
abroad (a state's own divisional headquarters sent abroad stays a presence; a firms' "joint
division" is no force); "<state>'s application to join", named in passing after a preposition ("a
setback for Serbia's application to join"), is a candidacy lodged before, no joining ahead, as
"Georgia's bid to join" is (not "submitted its application to join", nor an application whose own
status is told); and a word of a longer capitalised name ("Member States", "Gulf States") is no
state listed beside others (the United States is not among "the EU Member States, Canada and
Japan").
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze
from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2019, 2, 14)


def _rows(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a joint division of several states is a joint force -----------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Romania and Bulgaria will create a multinational division headquarters in Craiova to "
            "command their mechanised brigades.",
            "planned",
            "Bulgaria",
            id="multinational-division-headquarters",
        ),
        pytest.param(
            "Kenya and Uganda set up a joint division of their armies on the border on Tuesday.",
            "occurred",
            "Uganda",
            id="joint-division",
        ),
        pytest.param(
            "Lithuania and Poland agreed on Monday to form a multinational corps to defend the "
            "Suwalki gap.",
            "occurred",
            "Lithuania",
            id="multinational-corps",
        ),
    ],
)
def test_joint_division_is_a_joint_force(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == status and party in parties for st, parties in alerts), alerts


def test_joint_divisional_headquarters_is_no_presence() -> None:
    text = (
        "Norway, Sweden and Finland will set up a joint divisional headquarters in Bodø, bringing "
        "their northern brigades under one command."
    )
    assert _alerts(text, "military.presence") == [], _alerts(text, "military.presence")
    assert any(st == "planned" for st, _ in _alerts(text, "forces.integrated")), _alerts(
        text, "forces.integrated"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a state's own divisional headquarters sent abroad stays a presence
        pytest.param(
            "Germany will set up a divisional headquarters in Lithuania next year.",
            "military.presence",
            id="own-divisional-headquarters-abroad",
        ),
        # troops sent to a multinational division that exists are a presence, not its making
        pytest.param(
            "Canada will send 200 soldiers to the multinational division headquartered in Latvia.",
            "military.presence",
            id="sent-to-the-division",
        ),
    ],
)
def test_division_guards_keep_the_presence(text: str, kind: str) -> None:
    assert any(st == "planned" for st, _ in _alerts(text, kind)), _alerts(text, kind)
    assert _alerts(text, "forces.integrated") == [], _alerts(text, "forces.integrated")


@pytest.mark.parametrize(
    "text",
    [
        "The two software companies set up a joint division to sell cloud services in Asia.",
        "Pfizer and BioNTech created a joint division for vaccine research.",
        "Poland and Lithuania agreed on Monday to set up a joint headquarters for their trade fair.",
    ],
)
def test_firms_joint_divisions_are_no_forces(text: str) -> None:
    assert _alerts(text, "forces.integrated") == []


# --- an application named in passing is no joining ahead ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The decision is a setback for Serbia's application to join the European Union.",
        "The row over fishing rights comes at an awkward time for Norway's application to join "
        "the European Union.",
        "Diplomats in Brussels discussed the timetable for the Republic of Moldova's application "
        "to join the European Union.",
    ],
)
def test_application_named_in_passing_is_no_joining(text: str) -> None:
    assert _alerts(text, "alliance.joined") == [], _alerts(text, "alliance.joined")


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        # the application lodged is the news: a joining ahead
        pytest.param(
            "Bosnia submitted its application to join the European Union on Monday.",
            "planned",
            "Bosnia and Herzegovina",
            id="submitted-application",
        ),
        # a verb's object, not a preposition's: welcomed as news
        pytest.param(
            "The Commission in Brussels welcomed Albania's application to join the European Union.",
            "planned",
            "Albania",
            id="welcomed-application",
        ),
    ],
)
def test_application_guards_keep_the_joining(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "alliance.joined")
    assert any(st == status and party in parties for st, parties in alerts), alerts


def test_application_with_its_own_status_keeps_it() -> None:
    text = "Montenegro's application to join the European Union has stalled."
    rows = _rows(text, "alliance.joined")
    assert any(st == "stalled" and "Montenegro" in parties for st, parties in rows), rows


# --- the tail of a longer name is no state in a list -----------------------------------------------


def _entities(text: str) -> set[str]:
    return {e.name for e in analyze(text, lang="en", published=DAY).entities}


@pytest.mark.parametrize(
    "text",
    [
        "Trade ministers of the twenty-seven EU Member States, Canada and Japan met in Osaka.",
        "The foreign ministers of the Gulf States, Jordan and Egypt met in Riyadh.",
    ],
)
def test_member_states_are_not_the_united_states(text: str) -> None:
    assert "United States" not in _entities(text), _entities(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the ambiguous names still link beside the states they are listed with
        pytest.param("Troops from Chad and Niger crossed the border.", "Chad", id="chad-and-niger"),
        pytest.param(
            "Neighbouring Chad, Niger and Cameroon sent troops.",
            "Chad",
            id="sentence-opening-word",
        ),
        pytest.param(
            "Officials from the States, Canada and Mexico met in Ottawa.",
            "United States",
            id="the-states",
        ),
    ],
)
def test_listed_states_still_link(text: str, state: str) -> None:
    assert state in _entities(text), _entities(text)
