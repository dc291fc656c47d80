"""Rule sentences for the causes fixed after the hundred-and-fourteenth English held-out set
(``test_heldout114_events_en``): sanctions kept "in place" by an extension are no new imposition
(the noun "place" after a verb of keeping is no verb of placing); visas of officials or of a
government revoked are a sanction, and their revocation promised under a condition a threat; men
integrated "into the Croatian police", "into the Nepali army" (the force named by its state's
adjective) are integrated as they were "into the national police". Each was written for this test
(other states, bodies and wording than the articles'), and each failed before the fix it pins; the
guards (near misses and the readings kept) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 5, 2)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, lang="en", published=DAY)}


# --- measures kept "in place" by an extension: no new imposition ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Security Council on Thursday extended for a further year the sanctions regime on "
            "South Sudan, keeping in place the arms embargo on the armed groups.",
            id="extended-for-a-further-year-keeping-in-place",
        ),
        pytest.param(
            "The council on Friday extended for another year the sanctions regime on Yemen, "
            "leaving in place the asset freeze and travel ban on the Houthi leaders.",
            id="extended-for-another-year-leaving-in-place",
        ),
    ],
)
def test_measures_kept_in_place_by_an_extension_are_no_imposition(text: str) -> None:
    kinds = _kinds(text)
    assert "sanctions.extended" in kinds and "sanctions.imposed" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # "put in place" is still a placing, and so is "placed" with its own object
        ("The United States on Monday put in place sanctions on the Nicaraguan police chief.",
         "United States"),
        ("Canada placed sanctions on Nicaraguan officials on Friday.", "Canada"),
    ],
)
def test_measures_put_in_place_are_still_imposed(text: str, party: str) -> None:
    alerts = _alerts(text, "sanctions.imposed")
    assert any(party in parties for _, parties in alerts), alerts


# --- visas of officials revoked: a sanction; promised under a condition, a threat ---------------


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "Washington will revoke more visas and could suspend further assistance if the "
            "military government of Guinea does not set a date for elections, officials said.",
            "sanctions.threatened",
            "United States",
            id="will-revoke-more-visas-if",
        ),
        pytest.param(
            "The United States on Tuesday revoked the visas of fourteen Nicaraguan officials and "
            "their relatives over the crackdown on the opposition.",
            "sanctions.imposed",
            "United States",
            id="revoked-the-visas-of-officials",
        ),
        pytest.param(
            "Canada has revoked the diplomatic visas of three senior members of the Burundian "
            "government, the foreign ministry said.",
            "sanctions.imposed",
            "Canada",
            id="revoked-diplomatic-visas-of-government-members",
        ),
    ],
)
def test_visas_of_officials_revoked_are_a_sanction(text: str, kind: str, party: str) -> None:
    alerts = _alerts(text, kind)
    assert any(party in parties for _, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # a person's visa, students' and journalists' visas: no sanction on a state
        "Australia revoked the visa of a Serbian tennis player on the eve of the tournament.",
        "The university warned that the government could revoke the visas of students who miss "
        "their classes.",
        "Kenya revoked the work permits and visas of two foreign journalists last week.",
    ],
)
def test_other_visas_revoked_are_no_sanction(text: str) -> None:
    kinds = _kinds(text)
    assert not {"sanctions.imposed", "sanctions.threatened"} & kinds, kinds


# --- "into the Croatian police": the force named by its state's adjective ------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Colombia on Monday integrated some 600 former members of the rural guard into the "
            "Colombian police, the interior ministry said.",
            "Colombia",
            id="into-the-colombian-police",
        ),
        pytest.param(
            "Nepal on Tuesday integrated 1,400 former Maoist combatants of the cantonments into "
            "the Nepali army.",
            "Nepal",
            id="into-the-nepali-army",
        ),
        pytest.param(
            "The government of Mali integrated hundreds of former rebels from the north into the "
            "Malian armed forces on Monday.",
            "Mali",
            id="into-the-malian-armed-forces",
        ),
    ],
)
def test_fighters_into_a_states_named_force_are_integrated(text: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(party in parties for _, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # no force after the adjective, or a force's system or database: no men taken in
        "The club integrated two young players from its academy into the Croatian league side.",
        "The ministry integrated the records of the border posts into the Colombian police "
        "database last year.",
        "The firm integrated its payment software into the Afghan army's new supply system.",
    ],
)
def test_other_things_into_a_states_force_are_no_integration(text: str) -> None:
    assert "forces.integrated" not in _kinds(text)


def test_negated_taking_into_the_army_keeps_its_reading() -> None:
    """The men "not taken into" a state's army stay a negated integration, not an alert."""
    rows = event_rows(
        "The rebels were disarmed, but they were not taken into the Croatian army.",
        lang="en",
        published=DAY,
    )
    assert all(r[1] not in ("occurred", "planned") for r in rows if r[0] == "forces.integrated"), rows
