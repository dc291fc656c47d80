"""Sanctions named first and their act told in a relative clause with its own subject: "The
sanctions that Washington imposed on Turkey on Monday target its defence agency", "The embargo,
which the EU lifted on Friday, covered arms sales". Such a clause is news only with a day of the
news in it; a past one does not alert, another verb on the same sanctions goes first, and a class
of actors ("the countries that have imposed sanctions") stays none."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize(("text", "row"), [
    ("The sanctions that Canada imposed on Nicaragua on Monday target its police chief.",
     ("sanctions.imposed", "occurred", {"Canada"}, {"Nicaragua"})),
    ("The embargo, which the EU lifted on Friday, covered arms sales.",
     ("sanctions.lifted", "occurred", {"European Union"}, set())),
])
def test_an_act_told_in_a_relative_clause(text: str, row: tuple[object, ...]) -> None:
    assert _en(text) == [row]


@pytest.mark.parametrize("text", [
    "The sanctions that Britain imposed on Belarus in 2020 remain in force.",
    "The countries that have imposed sanctions on Moscow include Japan.",
])
def test_a_past_act_or_a_class_of_actors_does_not_alert(text: str) -> None:
    assert [r for r in _en(text) if r[1] in ("occurred", "planned")] == []


def test_another_verb_on_the_same_sanctions_goes_first() -> None:
    rows = _en("The sanctions that Japan imposed on Belarus in 2020 were lifted on Monday.")
    assert [r[:2] for r in rows] == [("sanctions.lifted", "occurred")], rows


_ar = partial(event_rows, lang="ar", published=DAY)


@pytest.mark.parametrize(("text", "row"), [
    ("العقوبات التي فرضتها كندا على نيكاراغوا أمس تستهدف قائد الشرطة.",
     ("sanctions.imposed", "occurred", {"Canada"}, {"Nicaragua"})),
    ("العقوبات الأوروبية التي رفعتها بروكسل عن بيلاروسيا أمس شملت قطاع البوتاس.",
     ("sanctions.lifted", "occurred", {"European Union"}, {"Belarus"})),
])
def test_an_act_told_in_a_relative_clause_in_arabic(text: str, row: tuple[object, ...]) -> None:
    assert _ar(text) == [row]


@pytest.mark.parametrize("text", [
    "العقوبات التي فرضتها بريطانيا على بيلاروسيا عام 2020 لا تزال سارية.",
    "وقال إن العقوبات التي فرضتها الولايات المتحدة أضرت بالاقتصاد.",
])
def test_a_past_act_in_a_relative_clause_does_not_alert_in_arabic(text: str) -> None:
    assert [r for r in _ar(text) if r[1] in ("occurred", "planned")] == []
