"""(English) Reported news told without "that": "Sudan said on Tuesday 1,400 fighters had been
incorporated into the army" is the statement's news, not background (the pluperfect of reported
speech); a year still dates it. A thousands separator ("1,400") is no comma, and a trigger that
ends in its own "into" ("incorporated into the army") still finds the army's state named before.
"Moldova signed an association agreement with the EU": "association" names the treaty's kind,
not a trade body."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize("text", [
    "Sudan said on Tuesday 1,400 fighters had been incorporated into the army.",
    "Sudan said the militias had been integrated into the army.",
    "Sudan's ministry told reporters 300 former rebels had been integrated into the army.",
])
def test_said_without_that_is_news(text: str) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [("forces.integrated", "occurred")], rows
    assert rows[0][3] or rows[0][2], rows


@pytest.mark.parametrize("text", [
    "Sudan said the militias had been integrated into the army in 2019.",
    "Sudan said in 2011 the militias had been integrated into the army.",
])
def test_a_year_still_dates_it(text: str) -> None:
    assert [r[1] for r in _en(text)] == ["historical"], _en(text)


def test_said_then_an_aside_is_not_its_news() -> None:
    text = "Sudan said, after the militias had been integrated into the army, that peace returned."
    assert [r[1] for r in _en(text)] != ["occurred"], _en(text)


@pytest.mark.parametrize("text", [
    "Moldova signed an association agreement with the European Union on Friday.",
    "Ukraine signed an Association Agreement with the EU.",
])
def test_association_agreement_is_an_accord(text: str) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [("agreement.signed", "occurred")], rows
    assert "European Union" in rows[0][3], rows


def test_an_agreement_with_an_association_is_not_a_state_accord() -> None:
    assert _en("The ministry signed an agreement with the Kenyan Bankers Association.") == []
