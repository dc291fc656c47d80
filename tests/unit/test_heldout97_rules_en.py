"""Rule sentences for the causes fixed after the ninety-seventh English held-out set
(``test_heldout97_events_en``): a wish told in the past ("wanted to see the sanctions lifted",
"wished to see") is a demand, not sanctions lifted, as "wants" already was; and a place named as
the destination of a visit ("announced the decision on a visit to Riyadh") is where a sanctions
step was announced, no party of it (a signing keeps the host of a visit, often its other party).
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2022, 5, 4)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a wish told in the past is a demand --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Venezuela's foreign minister said Caracas wanted to see the sanctions lifted.",
            id="wanted-to-see-lifted",
        ),
        pytest.param(
            "Havana has long wished to see the embargo lifted.", id="wished-to-see-lifted"
        ),
    ],
)
def test_a_wish_to_see_sanctions_lifted_is_no_lifting(text: str) -> None:
    assert not _alerts(text, "sanctions.lifted")


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "The European Union lifted its sanctions on Uzbekistan, a step Tashkent had long wanted.",
            "sanctions.lifted",
            "Uzbekistan",
            id="a-lifting-that-was-wanted",
        ),
        pytest.param(
            "The Treasury imposed sanctions on two Mexican men wanted by Interpol for smuggling.",
            "sanctions.imposed",
            "Mexico",
            id="men-wanted-by-the-police",
        ),
        pytest.param(
            "Washington lifted the sanctions that Khartoum had wanted to see removed.",
            "sanctions.lifted",
            "United States",
            id="the-wish-after-the-lifting",
        ),
    ],
)
def test_a_step_done_beside_a_wish_still_alerts(text: str, kind: str, party: str) -> None:
    alerts = _alerts(text, kind)
    assert alerts and alerts[0][0] == "occurred" and party in alerts[0][1]


# --- the destination of a visit is no party of a sanctions step ---------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "venue"),
    [
        pytest.param(
            "The president announced the decision on a visit to Riyadh, and the Treasury issued a "
            "general licence allowing transactions with the new government.",
            "sanctions.suspended",
            "Saudi Arabia",
            id="licence-after-a-visit-to-riyadh",
        ),
        pytest.param(
            "The decision was announced on a visit to Doha, and the Treasury lifted the sanctions on the "
            "bank a day later.",
            "sanctions.lifted",
            "Qatar",
            id="lifting-announced-on-a-visit-to-doha",
        ),
    ],
)
def test_a_visited_capital_is_no_party_of_a_sanctions_step(
    text: str, kind: str, venue: str
) -> None:
    assert all(venue not in parties for _, parties in _alerts(text, kind))


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "During a trip to Tokyo, the Australian prime minister signed a defence agreement.",
            "agreement.signed",
            "Japan",
            id="a-signing-keeps-the-host",
        ),
        pytest.param(
            "Sweden lifted its arms embargo on Turkey, the minister said on a visit to Ankara.",
            "sanctions.lifted",
            "Turkey",
            id="the-target-named-apart-stays",
        ),
    ],
)
def test_a_visit_keeps_the_parties_named_otherwise(text: str, kind: str, party: str) -> None:
    alerts = _alerts(text, kind)
    assert alerts and party in alerts[0][1]
