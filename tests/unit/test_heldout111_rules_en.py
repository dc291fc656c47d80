"""Rule sentences for the causes fixed after the hundred-and-eleventh English held-out set
(``test_heldout111_events_en``): a rough count of a hundred or more after the perfect of a sending
("has deployed more than 100 soldiers to Iraq", "have sent over 300 troops") is the size of the
force sent, not a running total, so the sending stays news; a tally of people or firms listed in
the perfect ("has imposed sanctions on more than 800 individuals") is still what the measures came
to, and a sending "since" a year still a state since then; a modal reaches every bare verb of its
list after a comma ("would ban the judges, freeze the funds they hold ..."), so the later verbs are
planned, not news (a past list and an irregular past after a modal stay news); and a planned
imposition told after a threat whose actors are among the threat's parties, one of them its actor,
is the threat retold even when the threatened is named as an owner ("would bar Nicaragua's
ministers ..., freeze their funds"), while a plan of the threatened state is its own.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2019, 6, 12)


def _rows(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- the count of soldiers sent is the size of one deployment --------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Norway has deployed more than 100 soldiers to Jordan, where they will train local "
            "units, officials said on Tuesday.",
            "Norway",
            id="deployed-more-than-100",
        ),
        pytest.param(
            "Denmark has sent over 300 troops to Lithuania to take part in the exercise.",
            "Denmark",
            id="sent-over-300",
        ),
        pytest.param(
            "Ireland has deployed nearly 130 soldiers to Lebanon, the defence forces said.",
            "Ireland",
            id="deployed-nearly-130",
        ),
    ],
)
def test_rough_count_of_soldiers_sent_is_news(text: str, party: str) -> None:
    alerts = _alerts(text, "military.presence")
    assert any(st == "occurred" and party in parties for st, parties in alerts), _rows(
        text, "military.presence"
    )


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        # a tally of people listed in the perfect is what the measures came to
        pytest.param(
            "Canada has imposed sanctions on more than 800 Russian individuals and companies.",
            "sanctions.imposed",
            "Canada",
            id="tally-of-listed",
        ),
        # a sending counted since a year is a state since then
        pytest.param(
            "Britain has deployed more than 800 soldiers to Estonia since 2017.",
            "military.presence",
            "Estonia",
            id="deployed-since-a-year",
        ),
    ],
)
def test_tallies_stay_past(text: str, kind: str, party: str) -> None:
    assert _alerts(text, kind) == [], _alerts(text, kind)
    assert any(st == "historical" and party in parties for st, parties in _rows(text, kind)), _rows(
        text, kind
    )


# --- a modal reaches every verb of its list ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The minister said Canada would ban the judges, freeze the funds they hold in Canadian "
            "banks and prosecute them.",
            "Canada",
            id="would-ban-freeze",
        ),
        pytest.param(
            "Officials said Japan will expel the diplomats of the three embassies from Tokyo, "
            "impose sanctions on the shipping firms and close the port to their ships.",
            "Japan",
            id="will-expel-impose",
        ),
    ],
)
def test_modal_reaches_the_verbs_of_its_list(text: str, party: str) -> None:
    rows = _rows(text, "sanctions.imposed")
    assert any(st == "planned" and party in parties for st, parties in rows), rows
    assert not any(st == "occurred" for st, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The ministers met in Brussels, imposed sanctions on Iran and expelled its diplomats.",
            "Iran",
            id="past-list",
        ),
        pytest.param(
            "Canada would not comment on the case, and froze the funds of three Iranian banks on "
            "Monday.",
            "Canada",
            id="irregular-past-after-a-modal",
        ),
    ],
)
def test_past_lists_stay_news(text: str, party: str) -> None:
    rows = _rows(text, "sanctions.imposed")
    assert any(st == "occurred" and party in parties for st, parties in rows), rows


# --- a threat retold in a list, the threatened named as an owner --------------------------------------


def test_threat_retold_with_the_threatened_as_owner() -> None:
    text = (
        "The United States threatened on Tuesday to impose sanctions on Nicaragua over the "
        "elections. Officials said Washington would bar Nicaragua's ministers from entering the "
        "country, freeze their funds and stop new loans."
    )
    alerts = _alerts(text, "sanctions.imposed")
    assert alerts == [], alerts
    threats = _alerts(text, "sanctions.threatened")
    assert any("Nicaragua" in parties for _, parties in threats), threats


def test_a_plan_of_the_threatened_is_its_own() -> None:
    text = (
        "The United States threatened on Tuesday to impose sanctions on Nicaragua over the "
        "elections. Nicaragua said it would freeze the funds of American companies."
    )
    alerts = _alerts(text, "sanctions.imposed")
    assert any(st == "planned" and "Nicaragua" in parties for st, parties in alerts), alerts
