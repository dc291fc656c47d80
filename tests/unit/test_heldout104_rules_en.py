"""Rule sentences for the causes fixed after the hundred-and-fourth English held-out set
(``test_heldout104_events_en``): a list told by what its names are subject to ("added two
commanders to its list of individuals subject to an asset freeze") is a sanctions list, its
"subject to" no condition that would make the listing a threat, and the body named in the
possessive before the acting office acts with it; a host's leave for another state's embassy to
reopen, given over a long object ("has allowed Turkey's embassy in Cairo to reopen"), is a
restoration ahead; men absorbed "into a new ... force" are integrated; the sanctions an exemption
is made from ("exempted India from its new sanctions") are no imposition of their own; a city
named as a firm's home ("a Lahore brokerage firm") is no party of a measure on the firm; and the
owner of a measure named in the possessive before it, with what it bars between ("Britain's arms
embargo on Argentina"), imposes it (a body's own measure even with no target after it).
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2021, 3, 4)


def _rows(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a list of those subject to a measure is a sanctions list ----------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The United Nations Security Council's Yemen sanctions committee on Thursday added two "
            "Houthi commanders to its list of individuals subject to an asset freeze and a travel "
            "ban.",
            "United Nations Security Council",
            id="council-committee-list-of-individuals",
        ),
        pytest.param(
            "The European Union added four Iranian officials to its list of persons subject to a "
            "travel ban and an asset freeze on Monday.",
            "European Union",
            id="bloc-list-of-persons",
        ),
        pytest.param(
            "Canada added five Russian generals to its list of individuals subject to sanctions.",
            "Canada",
            id="state-list-of-individuals",
        ),
    ],
)
def test_list_of_those_subject_to_a_measure_is_a_listing(text: str, party: str) -> None:
    alerts = _alerts(text, "sanctions.imposed")
    assert any(st == "occurred" and party in parties for st, parties in alerts), alerts
    assert _alerts(text, "sanctions.threatened") == [], _alerts(text, "sanctions.threatened")


@pytest.mark.parametrize(
    "text",
    [
        # lists of people that no measure binds
        "The ministry added three Kenyan scholars to its list of people eligible for visas.",
        "The federation added two Nigerian referees to its list of officials subject to fitness "
        "tests.",
    ],
)
def test_other_lists_are_no_listing(text: str) -> None:
    assert [
        r for r in alert_rows(text, lang="en", published=DAY) if r[0].startswith("sanctions")
    ] == []


def test_body_in_the_possessive_acts_with_its_office() -> None:
    # the Council named in the possessive before its committee's long name (which holds an "and")
    text = (
        "The United Nations Security Council's ISIL and Al-Qaida Sanctions Committee on Monday added "
        "two Iraqi financiers to its sanctions list."
    )
    alerts = _alerts(text, "sanctions.imposed")
    assert any("United Nations Security Council" in parties for _, parties in alerts), alerts


def test_subject_to_a_review_stays_a_condition() -> None:
    # "subject to" after the measure, with no list of names before it, is still a condition
    text = "The European Union will impose sanctions on Iran subject to a review by member states."
    assert [st for st, _ in _alerts(text, "sanctions.imposed") if st == "occurred"] == []


# --- a host's leave for another state's embassy to reopen is the restoration --------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Egypt has allowed Turkey's embassy in Cairo to reopen after seven years.",
            "Turkey",
            id="allowed-embassy-to-reopen",
        ),
        pytest.param(
            "Morocco will permit Algeria's consulate in Oujda to resume its work, the ministry said.",
            "Algeria",
            id="permit-consulate-to-resume-work",
        ),
    ],
)
def test_leave_for_an_embassy_to_reopen_restores_ties(text: str, party: str) -> None:
    alerts = _alerts(text, "relations.restored")
    assert any(party in parties for _, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # leave refused, and a power to act held by a framework, are no step taken
        "Egypt has not allowed Turkey's embassy in Cairo to reopen.",
        "The framework that allows the bloc to impose travel bans was extended for a year.",
        "Congress allowed the president to lift the sanctions on Turkey if talks succeed.",
    ],
)
def test_leave_refused_or_held_is_no_restoration(text: str) -> None:
    assert _alerts(text, "relations.restored") == []
    assert [st for st, _ in _alerts(text, "sanctions.imposed")] == []


# --- men absorbed into a new armed corps are integrated ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Kenya absorbed 2,000 village guards into a new auxiliary police force on Monday.",
            "occurred",
            "Kenya",
            id="absorbed-into-a-new-police-force",
        ),
        pytest.param(
            "Iraq will absorb the tribal fighters into a new border force next year.",
            "planned",
            "Iraq",
            id="absorb-into-a-new-border-force",
        ),
    ],
)
def test_absorbed_into_a_new_force_is_an_integration(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == status and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        "Kenya absorbed the costs into a new budget line for the army.",
        "Kenya Airways absorbed two regional carriers into a new subsidiary.",
    ],
)
def test_absorbed_into_a_new_budget_is_no_integration(text: str) -> None:
    assert _alerts(text, "forces.integrated") == []


# --- the sanctions an exemption is made from are not imposed anew -----------------------------------


def test_new_sanctions_exempted_from_are_no_imposition() -> None:
    text = (
        "The United States on Tuesday exempted India and South Korea from its new sanctions on "
        "Iranian oil."
    )
    assert _alerts(text, "sanctions.imposed") == [], _alerts(text, "sanctions.imposed")
    assert any("India" in parties for _, parties in _alerts(text, "sanctions.suspended")), _alerts(
        text, "sanctions.suspended"
    )


def test_new_sanctions_imposed_beside_an_exemption_stay() -> None:
    text = (
        "Washington on Monday imposed new sanctions on Iranian oil, exempting eight importers from "
        "them."
    )
    assert any(st == "occurred" for st, _ in _alerts(text, "sanctions.imposed"))


# --- a city named as a firm's home is no party of a measure on the firm -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The regulator lifted the suspension of a Lahore brokerage firm that it imposed in June.",
        "The regulator lifted the suspension of a Dubai exchange house that it imposed in June.",
    ],
)
def test_city_of_a_firm_is_no_party(text: str) -> None:
    assert [
        r for r in alert_rows(text, lang="en", published=DAY) if r[0].startswith("sanctions")
    ] == []


def test_state_of_a_firm_stays_a_party() -> None:
    text = "The Treasury imposed sanctions on a Turkish broker that moved money for Iran."
    assert any("Turkey" in parties for _, parties in _alerts(text, "sanctions.imposed"))


# --- a measure in the possessive is its owner's ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        pytest.param(
            "Britain's arms embargo on Argentina was imposed in 1982.",
            "United Kingdom",
            id="state-arms-embargo-with-target",
        ),
        pytest.param(
            "The African Union's arms embargo on Sudan was imposed in 2004.",
            "African Union",
            id="bloc-arms-embargo-with-target",
        ),
        pytest.param(
            "The African Union's arms embargo was first imposed in 2004, and the bloc added two "
            "generals in 2019.",
            "African Union",
            id="bloc-arms-embargo-without-target",
        ),
    ],
)
def test_owner_of_a_measure_imposes_it(text: str, owner: str) -> None:
    rows = [(st, parties) for st, parties in _rows(text, "sanctions.imposed") if st == "historical"]
    assert rows, _rows(text, "sanctions.imposed")
    actors = [
        r[2] for r in event_rows(text, lang="en", published=DAY) if r[0] == "sanctions.imposed"
    ]
    assert any(owner in a for a in actors), actors


def test_a_state_measure_without_target_keeps_its_reading() -> None:
    # a state's measure with no target after it is left as it was read (the name may be the target)
    text = "Iran's oil sanctions were eased on Friday."
    assert any("Iran" in parties for _, parties in _alerts(text, "sanctions.lifted"))
