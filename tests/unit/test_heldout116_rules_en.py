"""Rule sentences for the causes fixed after the hundred-and-sixteenth English held-out set
(``test_heldout116_events_en``): an act with a day of the news of its own ("on Wednesday imposed
sanctions on the bank") keeps its news when the object is told by a relative clause in the simple
past that holds a year ("a lender that moved its headquarters to Budapest in 2019"): the year is
what the object did, not when the act was done; and the headline's present "sanctions" takes one
designee as it takes several ("US sanctions Russian bank", as "US sanctions Russian banks").
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and other readings) keep their reading."""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

from tests.unit.heldout_support_en import alert_rows, event_rows

DAY: Final = date(2024, 5, 2)


def _statuses(text: str, kind: str) -> list[str]:
    return [r[1] for r in event_rows(text, DAY) if r[0] == kind]


def _alert_parties(text: str, kind: str) -> list[set[str]]:
    return [set(r[2]) | set(r[3]) for r in alert_rows(text, DAY) if r[0] == kind]


# --- a relative clause of the object's past does not date the day's act -------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Britain on Monday imposed sanctions on Wagner, a mercenary group that sent fighters to "
            "Libya in 2019.",
            "sanctions.imposed",
            id="group-that-sent-fighters-in-2019",
        ),
        pytest.param(
            "Canada on Tuesday imposed sanctions on the Eurasian Development Bank, a lender which "
            "financed a potash plant in Belarus in 2012.",
            "sanctions.imposed",
            id="lender-which-financed-a-plant-in-2012",
        ),
        pytest.param(
            "Japan on Friday lifted its sanctions on the shipping firm, a company that bought two "
            "tankers from Iran in 2018.",
            "sanctions.lifted",
            id="lifting-firm-that-bought-tankers-in-2018",
        ),
        pytest.param(
            "Australia imposed sanctions on Thursday on the general, an officer who commanded the "
            "troops in Rakhine in 2017.",
            "sanctions.imposed",
            id="day-after-the-verb-officer-who-commanded-in-2017",
        ),
    ],
)
def test_object_past_in_a_relative_clause_keeps_the_news(text: str, kind: str) -> None:
    assert _statuses(text, kind) == ["occurred"], event_rows(text, DAY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no day of the news: the clause's year may be all that dates an act of the background
        pytest.param(
            "Britain imposed sanctions on Wagner, a mercenary group that sent fighters to Libya in "
            "2019.",
            "sanctions.imposed",
            id="no-day-of-the-news",
        ),
        # the act's own past year, in the main clause
        pytest.param(
            "Britain on Monday, 4 March 2019, imposed sanctions on Wagner, a group that sent "
            "fighters to Libya.",
            "sanctions.imposed",
            id="the-act-dated-in-the-main-clause",
        ),
        # the sanctions' own imposition told in the relative clause: the lifting's story
        pytest.param(
            "In 2003 the council lifted the sanctions that it imposed on Libya in 1992.",
            "sanctions.lifted",
            id="fronted-past-year",
        ),
    ],
)
def test_the_background_keeps_its_past(text: str, kind: str) -> None:
    assert _statuses(text, kind) == ["historical"], event_rows(text, DAY)


# --- the headline's "sanctions" with one designee ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param("US sanctions Chinese bank over North Korea payments", "United States", id="bank"),
        pytest.param("Britain sanctions Iranian airline over arms flights to Russia", "United Kingdom", id="airline"),
        pytest.param("Japan sanctions Russian lender tied to defence industry", "Japan", id="lender"),
        pytest.param("EU sanctions Belarusian company over prison labour", "European Union", id="company"),
        pytest.param("Canada sanctions Russian shipping company", "Canada", id="shipping-company"),
    ],
)
def test_headline_verb_with_one_designee_imposes(text: str, party: str) -> None:
    assert any(party in p for p in _alert_parties(text, "sanctions.imposed")), event_rows(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the noun, after a determiner or with its preposition
        "The EU sanctions bank account numbers were leaked.",
        "Canada extends sanctions on bank executives",
        # the subject of a clause on the sanctions
        "Washington eased sanctions the company says have cut its exports by half.",
        # the sanctions as a trade: a compliance firm, a screening vendor
        "Sanctions compliance firm opens office in Dubai",
        "Sanctions screening company raises funds from investors",
    ],
)
def test_the_noun_and_the_trade_are_no_imposition(text: str) -> None:
    assert _alert_parties(text, "sanctions.imposed") == [], event_rows(text, DAY)


def test_designation_of_a_company_to_do_a_task_is_no_sanction() -> None:
    """The singular designee is for the headline's "sanctions" only: "designated a company" to
    run something names a contractor."""
    text = "The government designated a company to run the port of Durres from next year."
    assert _alert_parties(text, "sanctions.imposed") == [], event_rows(text, DAY)
