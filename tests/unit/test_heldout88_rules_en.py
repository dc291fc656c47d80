"""Rule sentences for the causes found by the eighty-eighth English held-out set
(``test_heldout88_events_en``): an act told "two weeks ago" or more ("became the 190th member of the
fund three weeks ago") is background, while one of "last week" or of a day of the week is still the
news; a feast day dates an act as a month and day do ("the order that the president signed on
Christmas Eve imposed sanctions", told in April, is background; "imposed sanctions on Christmas
Day", told two days later, is news); and the two sides' men put together in the same units
("brought soldiers of the army and fighters of the rebel movements together in a single force") is
an integration, while ministers or bands brought together in a single meeting or concert stay
quiet. Each was written for this test (other states, bodies and wording than the articles'), and
each failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)
BOXING_DAY = date(2024, 12, 27)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- an act told weeks ago ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "Tonga became the 190th member of the fund three weeks ago.",
            "alliance.joined",
            "Tonga",
            id="became-a-member-three-weeks-ago",
        ),
        pytest.param(
            "Samoa joined the World Trade Organization several weeks ago.",
            "alliance.joined",
            "Samoa",
            id="joined-several-weeks-ago",
        ),
        pytest.param(
            "Ecuador and Peru restored diplomatic relations two weeks ago.",
            "relations.restored",
            "Peru",
            id="restored-relations-two-weeks-ago",
        ),
    ],
)
def test_an_act_told_weeks_ago_is_background(text: str, kind: str, party: str) -> None:
    rows = [r for r in _events(text) if r[0] == kind]
    assert rows and all(r[1] == "historical" for r in rows), rows
    assert party in rows[0][2] | rows[0][3]
    assert not _alerts(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Tonga became the 190th member of the fund last week.",
            "alliance.joined",
            id="last-week-stays-news",
        ),
        pytest.param(
            "Ecuador and Peru restored diplomatic relations on Monday.",
            "relations.restored",
            id="a-day-of-the-week-stays-news",
        ),
    ],
)
def test_an_act_of_last_week_or_of_a_weekday_still_alerts(text: str, kind: str) -> None:
    assert any(r[0] == kind for r in _alerts(text)), text


# --- a feast day dates an act ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The order that the president signed on Christmas Eve imposed sanctions on North"
            " Korea's shipping companies.",
            "sanctions.imposed",
            id="the-order-signed-on-christmas-eve-imposed",
        ),
        pytest.param(
            "Canada imposed sanctions on Belarus on Christmas Day.",
            "sanctions.imposed",
            id="imposed-on-christmas-day-told-in-april",
        ),
        pytest.param(
            "Japan lifted its sanctions on Myanmar on New Year's Day.",
            "sanctions.lifted",
            id="lifted-on-new-years-day-told-in-april",
        ),
    ],
)
def test_an_act_of_a_feast_day_months_back_is_background(text: str, kind: str) -> None:
    rows = [r for r in _events(text) if r[0] == kind]
    assert rows and all(r[1] == "historical" for r in rows), rows
    assert not _alerts(text), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Canada imposed sanctions on Belarus on Christmas Day.",
            id="imposed-on-christmas-day-told-two-days-later",
        ),
        pytest.param(
            "The order that the president signed on Christmas Eve imposes sanctions on North"
            " Korea's shipping companies.",
            id="the-order-signed-three-days-before",
        ),
    ],
)
def test_an_act_of_a_feast_day_days_back_still_alerts(text: str) -> None:
    rows = [
        r for r in alert_rows(text, lang="en", published=BOXING_DAY) if r[0] == "sanctions.imposed"
    ]
    assert rows, text


# --- the two sides' men put together in the same units -----------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "Sudan brought soldiers of the army and fighters of the rebel movements together in a"
            " single force on Monday.",
            "Sudan",
            id="brought-together-in-a-single-force",
        ),
        pytest.param(
            "South Sudan's government brought soldiers of the army and former rebel fighters"
            " together in mixed units.",
            "South Sudan",
            id="brought-together-in-mixed-units",
        ),
    ],
)
def test_forces_brought_together_in_the_same_units_are_integrated(text: str, state: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "forces.integrated"]
    assert rows, text
    assert state in rows[0][2] | rows[0][3]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The summit in Nairobi brought Kenya's and Uganda's defence ministers together in a"
            " single meeting.",
            id="ministers-together-in-a-single-meeting",
        ),
        pytest.param(
            "The festival brought army bands from Ghana and Togo together in a single concert.",
            id="army-bands-together-in-a-single-concert",
        ),
    ],
)
def test_people_brought_together_in_a_meeting_stay_quiet(text: str) -> None:
    assert not _alerts(text), text
