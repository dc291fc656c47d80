"""Rule sentences for the causes found by the ninety-second English held-out set
(``test_heldout92_events_en``): an accord named by a row of lower-case modifiers joined by commas
and "and" ("signed a defence, security, intelligence and border cooperation agreement") is the
verb's object however long the row, as a title-cased name already was, while a row broken by a
preposition or a new article ("signed a letter to the ministry and an agreement") and business
contracts stay as they were; and forces told with "already" and the present tense of being somewhere
("already serve together in Latvia, where Danish soldiers rotate through the battalion", "are
already stationed in Lithuania") are a presence from before the news, background, while a new act
of another time in the same sentence ("where a German brigade is being deployed", "and Germany will
deploy a brigade there next year") and a deployment of the day stay news.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2021, 6, 9)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _statuses(text: str, kind: str) -> list[str]:
    return [r[1] for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- an accord named by a row of modifiers ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "Poland and Lithuania signed a defence, security, intelligence and border cooperation agreement on Monday.",
            {"Poland", "Lithuania"},
            id="defence-security-intelligence-and-border-cooperation-agreement",
        ),
        pytest.param(
            "Chile and Argentina signed an energy, mining, transport and water management accord in Santiago on Tuesday.",
            {"Chile", "Argentina"},
            id="energy-mining-transport-and-water-management-accord",
        ),
    ],
)
def test_accord_named_by_a_row_of_modifiers_is_signed(text: str, parties: set[str]) -> None:
    alerts = _alerts(text, "agreement.signed")
    assert alerts and alerts[0][0] == "occurred" and parties <= alerts[0][1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Chile and Peru signed a letter to the ministry and an agreement on fishing was discussed.",
            id="row-broken-by-a-preposition",
        ),
        pytest.param(
            "The club signed a two-year sponsorship, kit and training ground agreement with a brewery in Lyon.",
            id="club-sponsorship-contract",
        ),
    ],
)
def test_row_broken_or_business_contract_is_no_accord(text: str) -> None:
    assert _alerts(text, "agreement.signed") == []


# --- forces "already" somewhere ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Canadian and German troops already serve together in Latvia, where Danish soldiers rotate "
            "through the multinational battalion.",
            id="already-serve-where-others-rotate",
        ),
        pytest.param(
            "Belgian soldiers are already based in Romania, and French troops rotate through the battle group there.",
            id="are-already-based-and-others-rotate",
        ),
    ],
)
def test_forces_already_there_are_background(text: str) -> None:
    assert _alerts(text, "military.presence") == []
    assert _statuses(text, "military.presence")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "Dutch troops are already stationed in Lithuania, where a German brigade is being deployed.",
            "Germany",
            id="a-brigade-being-deployed-after-already",
        ),
        pytest.param(
            "Dutch troops are already stationed in Lithuania, and Germany will deploy a brigade there next year.",
            "Germany",
            id="a-deployment-to-come-after-already",
        ),
        pytest.param(
            "Germany deployed 300 troops to Lithuania on Tuesday.",
            "Germany",
            id="a-deployment-of-the-day",
        ),
    ],
)
def test_new_presence_beside_already_stays_news(text: str, state: str) -> None:
    assert any(state in parties for _, parties in _alerts(text, "military.presence"))
