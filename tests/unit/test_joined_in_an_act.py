"""Joining others in an act is no joining of a body: "Norway joined the EU in imposing sanctions
on Russia" is Norway's sanctions beside the EU's, not Norway's accession to the EU; and who joins
is one of the act's actors. (A body joined, dated "in spring" or placed "in Beijing", stays a
joining.) An envoy back in a capital restores ties with its state, not with the city."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize(("text", "kind", "actors"), [
    ("Iceland joined the EU in imposing sanctions on Belarus.", "sanctions.imposed", {"Iceland", "European Union"}),
    ("Switzerland on Tuesday joined the US in sanctioning three Iranian generals.", "sanctions.imposed",
     {"Switzerland", "United States"}),
    ("Japan joined the EU and the US in lifting sanctions on Myanmar.", "sanctions.lifted",
     {"Japan", "European Union", "United States"}),
])
def test_who_joins_others_in_an_act_acts_and_joins_nothing(text: str, kind: str, actors: set[str]) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [(kind, "occurred")], rows
    assert actors <= rows[0][2], rows


@pytest.mark.parametrize("text", [
    "Montenegro joined NATO in spring, ending decades of neutrality.",
    "Egypt joined the Asian Infrastructure Investment Bank in Beijing on Monday.",
])
def test_a_body_joined_stays_a_joining(text: str) -> None:
    assert [r[0] for r in _en(text)] == ["alliance.joined"], _en(text)


def test_an_envoy_back_in_a_capital_restores_ties_with_its_state() -> None:
    rows = _en("Qatar's ambassador, who returned to Cairo on Sunday, met the foreign minister.")
    assert rows == [("relations.restored", "occurred", {"Qatar"}, {"Egypt"})]


def test_who_joins_others_in_an_act_joins_nothing_in_arabic() -> None:
    rows = event_rows("انضمت آيسلندا إلى الاتحاد الأوروبي في فرض عقوبات على بيلاروسيا.", lang="ar", published=DAY)
    assert [r[0] for r in rows] == ["sanctions.imposed"], rows


def test_a_coalition_joined_for_its_war_stays_a_joining_in_arabic() -> None:
    rows = event_rows("انضمت الأردن إلى التحالف الدولي في الحرب على داعش.", lang="ar", published=DAY)
    assert [r[0] for r in rows] == ["alliance.joined"], rows
