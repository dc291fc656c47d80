"""Rule sentences for the causes found by the ninety-first English held-out set
(``test_heldout91_events_en``): a supply agreement with a food packer named by a state's adjective
("with a Vietnamese seafood packer", "with an Algerian milk packager") is a company's contract, not
an accord with the state, while states that sign and packers only named beside them stay as they
were; forces "sent to training centres" or "to cantonment sites" under a peace deal, with no state
named after the place, are fighters gathered at home and no foreign presence of the state named in
the sentence before, while troops sent to training camps in a named country are still present
there; and an act dated "at the beginning of the month", "at the start of the month" or "early this
month" is told back as one "earlier this month" is, while the same words after "will" or "are to"
date a planned act and "at the beginning of next month" dates nothing.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows


def _rows(text: str, published: date) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in event_rows(text, lang="en", published=published)]


# --- a food packer named by a state's adjective ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A Chilean salmon farm signed a supply agreement with a Vietnamese seafood packer on Tuesday.",
            id="supply-agreement-with-a-seafood-packer",
        ),
        pytest.param(
            "The cooperative signed a supply agreement with an Algerian milk packager on Monday.",
            id="supply-agreement-with-a-milk-packager",
        ),
    ],
)
def test_agreement_with_a_packer_is_no_accord_of_states(text: str) -> None:
    assert alert_rows(text, lang="en", published=date(2024, 3, 6)) == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        pytest.param(
            "Uruguay and Brazil signed a meat trade agreement that their packers had sought for years.",
            {"Uruguay", "Brazil"},
            id="guard-states-sign-for-their-packers",
        ),
        pytest.param(
            "Vietnam signed a free trade agreement with Chile on Tuesday, and seafood packers welcomed it.",
            {"Vietnam", "Chile"},
            id="guard-packers-welcome-a-states-agreement",
        ),
        pytest.param(
            "A meat packer in Sao Paulo said Brazil had signed a trade agreement with Egypt.",
            {"Brazil", "Egypt"},
            id="guard-a-packer-reports-a-states-agreement",
        ),
    ],
)
def test_states_agreement_beside_packers_still_alerts(text: str, states: set[str]) -> None:
    rows = alert_rows(text, lang="en", published=date(2024, 3, 6))
    assert [(r[0], r[1]) for r in rows] == [("agreement.signed", "occurred")], rows
    assert rows[0][2] | rows[0][3] == states, rows


# --- fighters sent to training centres at home -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The deal, mediated by Ethiopia, was signed by the adviser. Under the agreement, the two "
            "sides will observe a ceasefire, and a committee will screen the movement's troops before "
            "they are sent to training centres.",
            id="troops-sent-to-training-centres",
        ),
        pytest.param(
            "The talks were hosted by Uganda. Under the accord, the movement's fighters will be "
            "registered before they are sent to cantonment sites.",
            id="fighters-sent-to-cantonment-sites",
        ),
        pytest.param(
            "Mozambique brokered the deal. The rebel group's soldiers will be disarmed before they are "
            "sent to assembly areas, the statement said.",
            id="soldiers-sent-to-assembly-areas",
        ),
    ],
)
def test_fighters_sent_to_training_centres_are_no_presence(text: str) -> None:
    rows = event_rows(text, lang="en", published=date(2022, 5, 10))
    assert not [r for r in rows if r[0] == "military.presence"], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "British troops were sent to training camps in Kenya.",
            [("military.presence", "occurred")],
            id="guard-troops-sent-to-training-camps-in-a-named-country",
        ),
        pytest.param(
            "Britain sent troops to training camps in Kenya.",
            [("military.presence", "occurred")],
            id="guard-active-send-to-training-camps",
        ),
        pytest.param(
            "Kenya will send troops to Haiti.",
            [("military.presence", "planned")],
            id="guard-troops-sent-abroad",
        ),
    ],
)
def test_troops_sent_abroad_stay_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text, date(2022, 5, 10)) == expected


# --- the first days of this month told back -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tuvalu's cabinet said the decision followed the accord signed by Fiji and Samoa at the "
            "beginning of the month.",
            [("agreement.signed", "historical")],
            id="followed-the-accord-signed-at-the-beginning-of-the-month",
        ),
        pytest.param(
            "Fiji and Samoa signed the fisheries accord at the start of the month, officials said.",
            [("agreement.signed", "historical")],
            id="signed-at-the-start-of-the-month",
        ),
        pytest.param(
            "Kuwait restored relations with Iraq early this month.",
            [("relations.restored", "historical")],
            id="restored-early-this-month",
        ),
        pytest.param(
            "Fiji and Samoa signed the fisheries accord on Monday, and talks will resume at the "
            "beginning of next month.",
            [("agreement.signed", "occurred")],
            id="guard-next-month-dates-nothing",
        ),
        pytest.param(
            "Fiji and Samoa will sign the accord at the beginning of the month.",
            [("agreement.signed", "planned")],
            id="guard-will-sign-at-the-beginning-of-the-month",
        ),
        pytest.param(
            "Fiji and Samoa are to sign the accord early this month.",
            [("agreement.signed", "planned")],
            id="guard-are-to-sign-early-this-month",
        ),
    ],
)
def test_start_of_this_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text, date(2021, 1, 21)) == expected
