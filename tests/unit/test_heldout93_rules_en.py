"""Rule sentences for the cause found by the ninety-third English held-out set
(``test_heldout93_events_en``): a line that opens with a place in capitals, a full date with the day
first and a dash ("HONG KONG, 24 March 2016 - Supply Chain Brief", "LAGOS, 3 May 2021 – The
Senate…"), the form of British and Commonwealth papers, is a dateline, so the city it names is never
a party of the article's events; while a shouted word or a short one before a dash ("NATO - the
alliance said", "EU, 5 May 2021 - The EU imposed …"), a date without a dash and a place with a date
in the middle of a line stay no dateline, and a state named again in the story is still a party.
Each was written for this test (other places, outlets and wording than the articles'), and each
failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.events.dateline import dateline_spans
from tests.unit.rule_rows import alert_rows

DAY = date(2024, 5, 10)

_alerts = partial(alert_rows, lang="en", published=DAY)


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in dateline_spans(text)]


# --- a place in capitals, a day-first date and a dash ------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param(
            "SINGAPORE, 12 June 2023 - Regional Desk\n\nThe United States lifted its sanctions.",
            "SINGAPORE, 12 June 2023 - ",
            id="one-word-place-plain-hyphen",
        ),
        pytest.param(
            "KUALA LUMPUR, 9 May 2024 – Asia Business Daily\n\nJapan imposed sanctions on Friday.",
            "KUALA LUMPUR, 9 May 2024 – ",
            id="two-word-place-en-dash",
        ),
        pytest.param(
            "Headline of the day\n\nLAGOS, 3 May 2021 — The Senate passed the bill on Tuesday.",
            "LAGOS, 3 May 2021 — ",
            id="after-a-headline-em-dash",
        ),
    ],
)
def test_a_capital_place_before_a_day_first_date_and_a_dash_is_a_dateline(
    text: str, dateline: str
) -> None:
    assert _spans(text) == [dateline], text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "NATO - the alliance said on Monday it would meet.", id="shouted-word-no-date"
        ),
        pytest.param("EU, 5 May 2021 - The EU imposed sanctions on Belarus.", id="short-word"),
        pytest.param("SINGAPORE, 12 June 2023 The city state signed a deal.", id="no-dash"),
        pytest.param(
            "Officials said that PERTH, 5 August 2023 - was the date of the move.", id="mid-line"
        ),
    ],
)
def test_no_dateline_without_the_whole_form(text: str) -> None:
    assert _spans(text) == [], text


# --- the story's own states stay parties -------------------------------------------------------


def test_a_state_named_in_the_dateline_and_again_in_the_story_is_still_a_party() -> None:
    text = (
        "SINGAPORE, 5 March 2022 - Regional Desk\n\n"
        "Singapore imposed sanctions on Russia on Saturday, banning exports of electronics."
    )
    rows = [r for r in _alerts(text) if r[0] == "sanctions.imposed"]
    assert rows and "Singapore" in rows[0][2] and "Russia" in rows[0][3], rows
