"""Rule sentences for the causes fixed after the hundred-and-twelfth English held-out set
(``test_heldout112_events_en``): a threat to withdraw, suspend, revoke or strip a state's trade
preferences (its "duty-free access", its "GSP+ status", its "Everything but Arms" benefits) is a
threat of trade sanctions, as a threat to cut off its economic lifeline is (not a threat to withdraw
troops, envoys or a bid, nor a firm's duty-free shop); and a listing told in the present passive with
its lister named ("and is designated a terrorist group by Ankara", "are also designated ... by
Washington"), with no time of the news in its clause, is a listing in force, background (not "was
designated ... on Monday", nor "is designated ... from Friday").
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2021, 6, 15)


def _rows(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a threat to withdraw a state's trade preferences is a threat of sanctions ------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The European Union threatened on Thursday to withdraw Sri Lanka's GSP+ status unless "
            "the government repeals its anti-terrorism law.",
            "Sri Lanka",
            id="threatened-to-withdraw-gsp-plus-status",
        ),
        pytest.param(
            "Washington has threatened to suspend Ethiopia's duty-free access to the American "
            "market over the war in Tigray.",
            "Ethiopia",
            id="threatened-to-suspend-duty-free-access",
        ),
        pytest.param(
            "Brussels threatened to strip Myanmar of its trade preferences after the army's "
            "crackdown.",
            "Myanmar",
            id="threatened-to-strip-of-trade-preferences",
        ),
        pytest.param(
            "The European Commission is threatening to revoke Bangladesh's Everything but Arms "
            "benefits over labour rights.",
            "Bangladesh",
            id="threatening-to-revoke-eba-benefits",
        ),
    ],
)
def test_threat_to_withdraw_trade_preferences(text: str, party: str) -> None:
    rows = _alerts(text, "sanctions.threatened")
    assert any(st == "occurred" and party in parties for st, parties in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        # other things withdrawn: troops, an envoy, a bid, a firm's duty-free shop
        "Turkey threatened to withdraw its troops from the mission if the mandate is not renewed.",
        "Ghana threatened to withdraw its ambassador from the talks on the border.",
        "The airline threatened to withdraw its duty-free sales from the airport over the new fees.",
        "The company threatened to withdraw its bid for the port concession.",
        # preferences granted or discussed, with no threat
        "The European Union granted Uzbekistan GSP+ status in April.",
        "Exporters said the duty-free access to the European market had doubled their sales.",
    ],
)
def test_no_threat_without_preferences_threatened(text: str) -> None:
    assert _alerts(text, "sanctions.threatened") == [], _alerts(text, "sanctions.threatened")


# --- a listing in force, told in the present passive with its lister, is background ------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The Kurdistan Workers' Party, which fights in the south-east and is designated a "
            "terrorist group by Ankara and the European Union, rejected the offer.",
            "Turkey",
            id="relative-with-two-verbs-is-designated-by",
        ),
        pytest.param(
            "The Houthis are also designated a terrorist group by Washington, and aid agencies say "
            "the listing slows deliveries of food.",
            "United States",
            id="are-also-designated-by",
        ),
    ],
)
def test_standing_designation_is_background(text: str, party: str) -> None:
    assert _alerts(text, "sanctions.imposed") == [], _alerts(text, "sanctions.imposed")
    rows = _rows(text, "sanctions.imposed")
    assert any(st == "historical" and party in parties for st, parties in rows), rows


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # the act itself, past or with its day
        pytest.param(
            "The group was designated a terrorist organisation by the United States on Monday.",
            "United States",
            id="was-designated-on-monday",
        ),
        pytest.param(
            "The movement is designated a terrorist organisation by Britain from Friday under the "
            "new order.",
            "United Kingdom",
            id="is-designated-from-friday",
        ),
        pytest.param(
            "The United States designated the militia a terrorist organisation on Tuesday.",
            "United States",
            id="active-designated",
        ),
    ],
)
def test_designation_act_stays_news(text: str, party: str) -> None:
    rows = _alerts(text, "sanctions.imposed")
    assert any(party in parties for _, parties in rows), rows
