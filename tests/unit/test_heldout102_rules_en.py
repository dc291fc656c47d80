"""Rule sentences for the causes fixed after the hundred-and-second English held-out set
(``test_heldout102_events_en``): joint units named in the plural or by the battalion ("agreed to
form two joint brigades of the army and the Peshmerga", "set up three joint battalions") are joint
forces formed, as "a joint brigade" is; a state told it "will face consequences" for helping
another state evade or get around sanctions is threatened with sanctions, though the warning names
no measure of its own (only a state, or "it" for one, facing them: not traders or banks); and an act
told in the present perfect ("has issued a general licence", "has lifted") takes no definite past
date of its own, so a day named after it ("after the earthquakes that struck the province on 11
August") dates another act, not the news.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2023, 3, 14)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, lang="en", published=DAY)}


# --- joint units in the plural are joint forces ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Sudan and Chad set up three joint battalions to patrol their border.",
            "occurred",
            "Chad",
            id="joint-battalions",
        ),
        pytest.param(
            "Mali and Niger agreed to form two joint brigades of their armies to fight the jihadists "
            "in the tri-border area.",
            "planned",
            "Niger",
            id="two-joint-brigades",
        ),
    ],
)
def test_joint_units_in_the_plural_are_joint_forces(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == status and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The two fire services formed joint units to cover the rural districts.",
            id="fire-services",
        ),
        pytest.param(
            "The two universities agreed to form joint units for research on climate.",
            id="universities",
        ),
    ],
)
def test_joint_units_of_no_forces_stay_quiet(text: str) -> None:
    assert "forces.integrated" not in _kinds(text)


def test_a_joint_brigade_launched_still_alerts() -> None:
    alerts = _alerts(
        "Poland and Lithuania formally launched their joint brigade.", "forces.integrated"
    )
    assert any(st == "occurred" and "Poland" in parties for st, parties in alerts), alerts


# --- consequences for helping another state evade sanctions are a threat ---------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "The European Union warned Serbia it would face consequences if it helped Russia "
            "circumvent the sanctions.",
            "European Union",
            "Serbia",
            id="it-would-face-circumvent",
        ),
        pytest.param(
            "Britain told the United Arab Emirates that the Emirates would face serious consequences "
            "for helping Moscow get around sanctions.",
            "United Kingdom",
            "United Arab Emirates",
            id="state-named-get-around",
        ),
        pytest.param(
            "Washington warned Turkey on Tuesday that it could face consequences if its banks keep "
            "helping Russia evade Western sanctions.",
            "United States",
            "Turkey",
            id="could-face-evade-western",
        ),
    ],
)
def test_consequences_for_sanctions_evasion_are_a_threat(
    text: str, actor: str, target: str
) -> None:
    alerts = _alerts(text, "sanctions.threatened")
    assert any(st == "occurred" and {actor, target} <= parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Economists warned that the farmers would face consequences if the drought continued.",
            id="no-evasion",
        ),
        pytest.param(
            "The minister said traders would face consequences if they tried to evade the sanctions.",
            id="traders-not-a-state",
        ),
        pytest.param(
            "Banks that help Russia evade sanctions will face consequences, the Treasury said.",
            id="banks-not-a-state",
        ),
    ],
)
def test_consequences_of_no_state_stay_quiet(text: str) -> None:
    assert "sanctions.threatened" not in _kinds(text)


# --- the present perfect takes no past date of its own ---------------------------------------------


def test_a_date_after_a_present_perfect_dates_another_act() -> None:
    text = (
        "Canada has issued a general licence that allows aid groups to send money to Syria for relief "
        "after the floods that hit the coast on 2 March."
    )
    alerts = _alerts(text, "sanctions.suspended")
    assert any(st == "occurred" and "Canada" in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        pytest.param(
            "The African Union has had troops in Somalia since March 2007.",
            "military.presence",
            None,
            id="has-had-since",
        ),
        pytest.param(
            "The bloc had imposed sanctions on the firm on 2 February 2021.",
            "sanctions.imposed",
            None,
            id="pluperfect",
        ),
        pytest.param(
            "Britain imposed sanctions on the ministers after the elections of 12 January 2020.",
            "sanctions.imposed",
            "historical",
            id="simple-past-dated",
        ),
        pytest.param(
            "Japan has extended its sanctions on North Korea, which it first imposed in October 2006.",
            "sanctions.extended",
            "occurred",
            id="perfect-with-dated-relative",
        ),
    ],
)
def test_other_tenses_keep_their_dates(text: str, kind: str, status: str | None) -> None:
    statuses = {r[1] for r in event_rows(text, lang="en", published=DAY) if r[0] == kind}
    if status is None:
        assert not {"occurred", "planned"} & statuses, statuses
    else:
        assert status in statuses, statuses
