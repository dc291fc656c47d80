"""An instrument undone, told by what it imposed: "revoked the executive orders that imposed
sanctions on Myanmar" is a lifting of those sanctions, on whom they were imposed, and the clause's
"imposed" is what the instrument once did, not a new imposition (an alert of sanctions imposed on
the state just relieved of them would be the opposite of the news). Written for this test; each
positive sentence failed before the rule; the guards keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2021, 3, 1)


def _alerts(text: str) -> list[tuple[str, str, set[str]]]:
    return [(r[0], r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("The president revoked the executive orders that imposed sanctions on Burundi.",
                     "Burundi", id="executive-orders-plural"),
        pytest.param("Washington rescinded the order that imposed sweeping new sanctions on Nicaragua.",
                     "Nicaragua", id="order-nominal-trigger"),
        pytest.param("Turkey's parliament repealed the decree which imposed an embargo on Armenia.",
                     "Armenia", id="decree-which"),
        pytest.param("Britain scrapped the regulations that had imposed an arms embargo on Sri Lanka.",
                     "Sri Lanka", id="regulations-pluperfect"),
    ],
)
def test_an_instrument_undone_lifts_what_it_imposed(text: str, target: str) -> None:
    alerts = _alerts(text)
    assert any(kind == "sanctions.lifted" and target in parties for kind, _, parties in alerts), alerts
    assert not any(kind == "sanctions.imposed" for kind, _, _ in alerts), alerts


def test_an_instrument_signed_still_imposes() -> None:
    alerts = _alerts("Washington signed the order that imposed sanctions on Iran.")
    assert any(kind == "sanctions.imposed" and "Iran" in parties for kind, _, parties in alerts), alerts


def test_an_instrument_of_no_sanctions_undone_is_no_lifting() -> None:
    assert _alerts("Ecuador's government revoked the decree that imposed a curfew on the capital.") == []


def test_measures_lifted_with_their_imposer_named_keep_their_target() -> None:
    alerts = _alerts("The European Union lifted the arms embargo which it had imposed on Liberia.")
    assert any(kind == "sanctions.lifted" and "Liberia" in parties for kind, _, parties in alerts), alerts
