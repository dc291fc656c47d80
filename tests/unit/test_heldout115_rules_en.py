"""Rule sentences for the causes fixed after the hundred-and-fifteenth English held-out set
(``test_heldout115_events_en``): a state designated "a major non-NATO ally" (with or without "as")
joins the designating state's side and is no listing; a navy's ship named by its class as a
"combat ship" or an "assault ship" (with its name after the class: "the littoral combat ship USS
Freedom") sent to a state is a presence, as a frigate or a destroyer already was; and a state's
adjective before "member(s) of" ("with an Indian member of the group") says where one member of a
grouping is from, not that the state is a party to a deal. Each was written for this test (other
states, bodies and wording than the articles'), and each failed before the fix it pins; the guards
(listings, other ships, members that are states) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2024, 5, 2)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- "designated X a major non-NATO ally": a joining, not a listing ------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "President Biden on Monday designated Kenya a major non-NATO ally, the first country "
            "in sub-Saharan Africa to receive the status.",
            "occurred",
            "Kenya",
            id="designated-kenya-a-major-non-nato-ally",
        ),
        pytest.param(
            "The White House said it would designate Qatar as a major non-NATO ally in recognition "
            "of its help in the evacuation from Kabul.",
            "planned",
            "Qatar",
            id="would-designate-qatar-as-ally",
        ),
        pytest.param(
            "Washington is designating Colombia a major non-NATO ally, the State Department said "
            "in a statement.",
            "occurred",
            "Colombia",
            id="is-designating-colombia",
        ),
    ],
)
def test_designated_a_major_non_nato_ally_joins(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "alliance.joined")
    assert any(st == status and party in parties for st, parties in alerts), alerts
    assert all("NATO" not in parties for _, parties in alerts), alerts  # ("non-NATO": outside it)
    assert _alerts(text, "sanctions.imposed") == []


@pytest.mark.parametrize(
    "text",
    [
        # a listing keeps its reading: the status after the designee is a hostile one
        "The United States on Monday designated Cuba a state sponsor of terrorism again.",
        "The Treasury designated two Kenyan firms and a Somali businessman for financing "
        "al-Shabaab.",
    ],
)
def test_listings_stay_impositions(text: str) -> None:
    assert _alerts(text, "sanctions.imposed"), alert_rows(text, lang="en", published=DAY)
    assert _alerts(text, "alliance.joined") == []


def test_other_designations_are_no_joining() -> None:
    """A person named to an office or a place named a zone is no ally."""
    for text in (
        "The president designated his finance minister as the chief negotiator with NATO.",
        "Kenya designated the coastal strip a marine reserve last year.",
    ):
        assert _alerts(text, "alliance.joined") == [], text


# --- "deployed the littoral combat ship USS Freedom to Singapore" ---------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The US Navy has deployed a littoral combat ship to Malaysia for a six-month rotation.",
            "Malaysia",
            id="littoral-combat-ship-to",
        ),
        pytest.param(
            "Australia will send the amphibious assault ship HMAS Adelaide to Fiji after the "
            "cyclone, the defence minister said.",
            "Fiji",
            id="amphibious-assault-ship-named",
        ),
        pytest.param(
            "Japan has deployed the combat ship and two helicopters to Djibouti for anti-piracy "
            "patrols.",
            "Djibouti",
            id="combat-ship-to-djibouti",
        ),
    ],
)
def test_combat_and_assault_ships_sent_are_a_presence(text: str, party: str) -> None:
    alerts = _alerts(text, "military.presence")
    assert any(party in parties for _, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # a merchant's or a cruise line's ships are no forces
        "The shipping line deployed two container ships to Singapore for the peak season.",
        "The cruise operator deployed its newest ship to Bahrain for the winter.",
    ],
)
def test_other_ships_are_no_presence(text: str) -> None:
    assert _alerts(text, "military.presence") == []


# --- "signed a deal with an Indian member of the group" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The carrier has joined a network of regional airlines that share lounges, and signed an "
        "interline agreement with a Kenyan member of the network.",
        "It signed a cooperation agreement with a Brazilian member of the consortium on Monday.",
        "The ministry signed a memorandum with a Turkish member of the panel on data sharing.",
    ],
)
def test_a_member_named_by_its_state_is_no_party(text: str) -> None:
    assert _alerts(text, "agreement.signed") == [], alert_rows(text, lang="en", published=DAY)


def test_states_that_sign_with_a_member_keep_their_deal() -> None:
    """A state named by its own name stays a party; only the adjective before "member" goes."""
    alerts = _alerts(
        "Qatar signed a cooperation agreement with India, a member of the group, on Monday.",
        "agreement.signed",
    )
    assert any({"Qatar", "India"} <= parties for _, parties in alerts), alerts
    alerts = _alerts(
        "Jordan and Egypt signed a defence agreement on Monday, the Egyptian members of the "
        "committee said.",
        "agreement.signed",
    )
    assert any("Jordan" in parties for _, parties in alerts), alerts
