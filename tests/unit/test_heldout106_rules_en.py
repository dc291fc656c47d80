"""Rule sentences for the causes fixed after the hundred-and-sixth English held-out set
(``test_heldout106_events_en``): a "joint task force" set up with its soldiers named after it ("a
joint task force of 8,000 troops") and a "multinational joint task force" are joint forces formed (a
bare "joint task force" may be of ministries, customs or police: not read); and a force "formed
by", "made up of units from" or "composed of companies drawn from" the armies of several states is
their joint force (the force named before the verb: not "an exhibition made up of photographs of
the armies of France and Britain"); and the Helms-Burton Act, like the Caesar Act, names its target
in the knowledge base (Cuba, with the United States as its authority), so a suspension of its Title
III that names no state is on Cuba.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2022, 11, 23)


def _rows(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a joint task force of soldiers is a joint force ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Nigeria, Niger and Chad agreed on Monday to set up a joint task force of 8,000 troops to "
            "fight Boko Haram.",
            "occurred",
            "Niger",
            id="set-up-joint-task-force-of-troops",
        ),
        pytest.param(
            "Mozambique and Tanzania will form a joint task force of 2,000 soldiers on the Rovuma river.",
            "planned",
            "Tanzania",
            id="will-form-joint-task-force-of-soldiers",
        ),
        pytest.param(
            "Cameroon and Chad agreed to set up a multinational joint task force against the insurgents.",
            "planned",
            "Cameroon",
            id="multinational-joint-task-force",
        ),
    ],
)
def test_joint_task_force_of_soldiers_is_a_joint_force(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == status and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Tanzania set up a joint task force of customs officers and police officers.",
        "The ministry formed a joint task force with the police to investigate fraud.",
        "Kenya and Uganda set up a joint task force on cross-border trade, officials said.",
    ],
)
def test_task_forces_of_officials_are_no_forces(text: str) -> None:
    assert _alerts(text, "forces.integrated") == []


def test_joint_task_force_set_up_years_ago_is_background() -> None:
    text = (
        "Kenya and Uganda set up a joint task force in 2015 with 500 soldiers to patrol the border."
    )
    assert _alerts(text, "forces.integrated") == []
    assert any(st == "historical" for st, _ in _rows(text, "forces.integrated")), _rows(
        text, "forces.integrated"
    )


# --- a force formed by several states' armies is their joint force ---------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The brigade will be made up of units from the armies of Kenya and Uganda.",
            "Kenya",
            id="made-up-of-units-from-the-armies-of",
        ),
        pytest.param(
            "The new battalion will be composed of companies drawn from the armies of Chad and "
            "Cameroon.",
            "Cameroon",
            id="composed-of-companies-drawn-from",
        ),
        pytest.param(
            "Under the plan the regional brigade will be formed by the armies of Rwanda and Burundi.",
            "Burundi",
            id="formed-by-the-armies-of",
        ),
        pytest.param(
            "The force will be formed under the Lomé accord by the armies of Benin, Togo and Niger.",
            "Togo",
            id="formed-under-an-accord-by-the-armies-of",
        ),
    ],
)
def test_force_formed_by_several_armies_is_a_joint_force(text: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == "planned" and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # no force made: photographs of armies, a government of parties, one state's own army
        "The exhibition is made up of photographs of the armies of France and Britain.",
        "The coalition government was formed by the parties of the opposition in Kenya.",
        "The committee was made up of officers from the army of Kenya.",
        # a joint force formed years ago, told as an aside
        "The joint brigade, formed in 2017 by the armies of Chad and Niger, patrols the border.",
    ],
)
def test_no_joint_force_without_a_force_made_now(text: str) -> None:
    assert _alerts(text, "forces.integrated") == []


# --- the Helms-Burton Act is on Cuba ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The State Department suspended Title III of the Helms-Burton Act for another six months "
            "on Monday.",
            id="title-iii-suspended",
        ),
        pytest.param(
            "Secretary of State Rex Tillerson extended the suspension of the Helms-Burton Act's lawsuit "
            "clause for six months.",
            id="suspension-of-the-clause-extended",
        ),
    ],
)
def test_helms_burton_suspension_is_on_cuba(text: str) -> None:
    alerts = _alerts(text, "sanctions.suspended")
    assert any("Cuba" in parties and "United States" in parties for _, parties in alerts), alerts


def test_a_dispute_over_helms_burton_is_no_sanctions_event() -> None:
    text = "The European Union threatened to take the United States to the WTO over the Helms-Burton Act."
    assert [
        r for r in alert_rows(text, lang="en", published=DAY) if r[0].startswith("sanctions.")
    ] == []
