"""Rule sentences for the causes found by the eighty-seventh English held-out set
(``test_heldout87_events_en``): a threat that names economic measures, reprisals or retaliation
with "with" after the one threatened ("threatened Venezuela on Friday with economic reprisals") is a
threat of sanctions, while a storm that threatens towns with economic losses and a central bank that
answers a slump with economic measures stay quiet; and talks on joining told as frozen in effect
("have been frozen in practice", "are all but frozen", also after an aside between commas: "talks
on joining the EU, opened in 2014, have been all but frozen") are stalled, while talks that opened
on the day or resumed are still news and a freeze of assets is still an imposition; and a suspension
renewed "once again" with a time before its object ("suspended once again on Tuesday the provision
of the Helms-Burton Act") is a suspension of the day, while players and hearings suspended again
stay quiet and "once" that tells the past ("The EU once imposed …") is still background.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- a threat with economic measures named after the one threatened --------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "Washington threatened Venezuela on Friday with economic reprisals if the vote went ahead.",
            "United States",
            "Venezuela",
            id="threatened-a-state-on-a-day-with-economic-reprisals",
        ),
        pytest.param(
            "Japan threatened South Korea with economic retaliation over the court ruling.",
            "Japan",
            "South Korea",
            id="threatened-a-state-with-economic-retaliation",
        ),
        pytest.param(
            "France threatened Algeria on Monday with economic measures, saying it would review visas.",
            "France",
            "Algeria",
            id="threatened-a-state-with-economic-measures",
        ),
    ],
)
def test_a_threat_with_economic_measures_is_a_threat_of_sanctions(
    text: str, actor: str, target: str
) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.threatened"]
    assert rows, text
    assert actor in rows[0][2] and target in rows[0][3]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The storm threatened coastal towns with economic losses.", id="economic-losses"
        ),
        pytest.param(
            "The central bank responded to the slump with economic measures.",
            id="a-bank-answers-with-economic-measures",
        ),
    ],
)
def test_economic_words_without_a_threat_of_sanctions_stay_quiet(text: str) -> None:
    assert not _alerts(text), text


# --- talks on joining frozen in effect -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Montenegro's talks on joining the European Union have been frozen in practice since the spring.",
            id="frozen-in-practice",
        ),
        pytest.param(
            "North Macedonia's talks on joining the European Union are all but frozen, diplomats said.",
            id="all-but-frozen",
        ),
        pytest.param(
            "Serbia's talks on joining the European Union, opened in 2014, have been all but frozen.",
            id="frozen-after-an-aside-between-commas",
        ),
    ],
)
def test_talks_on_joining_frozen_in_effect_are_stalled(text: str) -> None:
    rows = [r for r in _events(text) if r[0] == "alliance.joined"]
    assert rows and all(r[1] == "stalled" for r in rows), rows
    assert not _alerts(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Moldova's talks on joining the European Union opened on Tuesday.",
            "alliance.joined",
            id="talks-opened-on-the-day-stay-news",
        ),
        pytest.param(
            "Ukraine's talks on joining NATO, which began last year, have resumed.",
            "alliance.joined",
            id="talks-resumed-after-an-aside-stay-news",
        ),
        pytest.param(
            "The EU froze the assets of twelve Belarusian officials on Monday.",
            "sanctions.imposed",
            id="a-freeze-of-assets-is-still-an-imposition",
        ),
    ],
)
def test_other_freezes_and_openings_still_alert(text: str, kind: str) -> None:
    assert any(r[0] == kind for r in _alerts(text)), text


# --- a suspension renewed "once again", with a time before its object --------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States waived once again on Friday the provision of the Caesar Act that bars "
            "reconstruction contracts.",
            id="waived-once-again-on-a-day-a-provision-of-a-sanctions-law",
        ),
        pytest.param(
            "The United States suspended once again on Tuesday the provision of the Kingpin Act that "
            "blocks the assets of foreign traffickers.",
            id="suspended-once-again-on-a-day-a-provision-of-a-sanctions-law",
        ),
    ],
)
def test_a_suspension_renewed_once_again_is_news(text: str) -> None:
    assert any(r[0] == "sanctions.suspended" and r[1] == "occurred" for r in _alerts(text)), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The league suspended once again on Saturday the striker who was sent off last week.",
            id="a-player-suspended-once-again",
        ),
        pytest.param(
            "The court suspended again on Monday the hearing of the case.", id="a-hearing-suspended"
        ),
    ],
)
def test_suspensions_of_no_sanctions_stay_quiet(text: str) -> None:
    assert not _alerts(text), text


def test_once_that_tells_the_past_is_still_background() -> None:
    rows = [
        r
        for r in _events("The EU once imposed an arms embargo on China.")
        if r[0] == "sanctions.imposed"
    ]
    assert rows and all(r[1] == "historical" for r in rows), rows
