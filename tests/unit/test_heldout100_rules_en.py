"""Rule sentences for the causes fixed after the hundredth English held-out set
(``test_heldout100_events_en``): sanctions "put" on a state ("put new sanctions on ...") are
imposed by the verb, so that a threat told with a time between the threat verb and its infinitive
("threatened on Tuesday to put new sanctions on ...") is a threat, not an imposition made, while
"put an end to the sanctions" stays no imposition and a threat to veto stays no threat; a verb
before a gathering that stands between it and its infinitive governs it ("agreed at their meeting to
form a joint force" is the agreeing, as "agreed on Monday to form" is), while "met at the summit to
discuss" stays nothing and an agreeing forecast ("are expected to agree at their meeting next week
to form") is no act done; an observer's seat in a grouping ("has become an observer state of the
Eurasian Economic Union") is a joining, as a partner's status is, while a state named an observer in
passing or a person who became an election observer is not; and trainers named by the army they
come from or by the military's term for them ("army trainers", "mobile training teams") sent to a
state are a presence, while a sports federation's training team sent abroad is not.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2021, 6, 9)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, lang="en", published=DAY)}


# --- sanctions put on a state, and a threat's infinitive of putting them -----------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Canada threatened on Tuesday to put new sanctions on Venezuela.",
            "Venezuela",
            id="threatened-on-tuesday-to-put-new",
        ),
        pytest.param(
            "Japan's foreign minister threatened on Monday to put new sanctions on Russia.",
            "Russia",
            id="minister-threatened-on-monday-to-put-new",
        ),
    ],
)
def test_a_threat_with_a_time_before_its_infinitive_is_a_threat(text: str, party: str) -> None:
    assert "sanctions.imposed" not in _kinds(text)
    alerts = _alerts(text, "sanctions.threatened")
    assert alerts and alerts[0][0] == "occurred" and party in alerts[0][1]


def test_a_threat_to_veto_a_renewal_is_no_threat_of_sanctions() -> None:
    assert "sanctions.threatened" not in _kinds(
        "The senator threatened on Monday to veto the renewal of sanctions on Iran."
    )


def test_sanctions_imposed_plainly_stay_an_imposition() -> None:
    alerts = _alerts("Australia imposed new sanctions on Iran on Tuesday.", "sanctions.imposed")
    assert alerts and alerts[0][0] == "occurred" and "Iran" in alerts[0][1]


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "The European Union put new sanctions on Belarus on Monday.",
            "occurred",
            "Belarus",
            id="put-new-sanctions",
        ),
        pytest.param(
            "Britain will put further sanctions on Iran next week.",
            "planned",
            "Iran",
            id="will-put-further-sanctions",
        ),
    ],
)
def test_sanctions_put_on_a_state_are_imposed(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "sanctions.imposed")
    assert alerts and alerts[0][0] == status and party in alerts[0][1]


def test_an_end_put_to_sanctions_is_no_imposition() -> None:
    assert "sanctions.imposed" not in _kinds("The talks could put an end to the sanctions on Iran.")


# --- a verb before a gathering governs the infinitive after it ---------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Chad and Niger agreed at their meeting to form a joint force.",
            "Chad",
            id="agreed-at-their-meeting-to-form",
        ),
        pytest.param(
            "Ghana and Togo agreed at a meeting in Accra on Monday to form a joint force.",
            "Togo",
            id="agreed-at-a-meeting-in-a-city-on-a-day-to-form",
        ),
        pytest.param(
            "The East African Community agreed at its summit to set up a joint force.",
            "East African Community",
            id="agreed-at-its-summit-to-set-up",
        ),
    ],
)
def test_a_verb_before_a_gathering_governs_its_infinitive(text: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert alerts and alerts[0][0] == "occurred" and party in alerts[0][1]


def test_a_forecast_agreeing_at_a_meeting_is_no_act_done() -> None:
    text = "Chad and Niger are expected to agree at their meeting next week to form a joint force."
    assert ("forces.integrated", "occurred") not in {
        (r[0], r[1]) for r in alert_rows(text, lang="en", published=DAY)
    }


def test_ministers_who_met_at_a_summit_to_discuss_a_force_formed_none() -> None:
    assert "forces.integrated" not in _kinds(
        "The ministers met at the summit to discuss a joint force."
    )


# --- an observer's seat in a grouping is a joining --------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "body"),
    [
        pytest.param(
            "Uzbekistan has become an observer state of the Eurasian Economic Union.",
            "occurred",
            "Eurasian Economic Union",
            id="has-become-an-observer-state",
        ),
        pytest.param(
            "Cuba will become an observer country of the Eurasian Economic Union next year.",
            "planned",
            "Eurasian Economic Union",
            id="will-become-an-observer-country",
        ),
    ],
)
def test_an_observer_seat_in_a_grouping_is_a_joining(text: str, status: str, body: str) -> None:
    alerts = _alerts(text, "alliance.joined")
    assert alerts and alerts[0][0] == status and body in alerts[0][1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Vatican, an observer state of the United Nations, called for a ceasefire.",
            id="observer-state-in-passing",
        ),
        pytest.param(
            "The retired judge became an observer of the election in Kenya.",
            id="election-observer",
        ),
    ],
)
def test_an_observer_named_in_passing_or_at_an_election_joins_nothing(text: str) -> None:
    assert "alliance.joined" not in _kinds(text)


# --- army trainers and mobile training teams sent to a state ----------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "New Zealand will send army trainers to Iraq next month.",
            "planned",
            "Iraq",
            id="will-send-army-trainers",
        ),
        pytest.param(
            "The United States has deployed mobile training teams to Lebanon.",
            "occurred",
            "Lebanon",
            id="deployed-mobile-training-teams",
        ),
        pytest.param(
            "Canada will send a military training team to Jordan.",
            "planned",
            "Jordan",
            id="will-send-a-military-training-team",
        ),
    ],
)
def test_army_trainers_sent_to_a_state_are_a_presence(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "military.presence")
    assert alerts and alerts[0][0] == status and party in alerts[0][1]


def test_a_sports_federation_training_team_sent_abroad_is_no_presence() -> None:
    assert "military.presence" not in _kinds(
        "The athletics federation will send a training team to Kenya for an altitude camp."
    )
