"""A step held back or not yet taken is denied, not reported: "has yet to formally join BRICS",
"refrained from imposing sanctions", "stopped short of imposing", «امتنعت الولايات المتحدة عن فرض
عقوبات», «أحجمت عن». An abstention from a vote holds back the vote, not the measure voted on."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)
_ar = partial(event_rows, lang="ar", published=DAY)


@pytest.mark.parametrize(("text", "kind"), [
    ("Saudi Arabia has yet to formally join BRICS, officials said.", "alliance.joined"),
    ("Washington has so far refrained from imposing sanctions on Israel.", "sanctions.imposed"),
    ("The EU stopped short of imposing sanctions on Turkey.", "sanctions.imposed"),
    ("Algeria has yet to formally join BRICS despite applying in 2022.", "alliance.joined"),
])
def test_a_step_held_back_is_denied(text: str, kind: str) -> None:
    assert [r[:2] for r in _en(text)] == [(kind, "negated")], _en(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("امتنعت الولايات المتحدة عن فرض عقوبات على إسرائيل.", "sanctions.imposed"),
    ("أحجمت الحكومة الأردنية عن رفع الحظر عن سوريا.", "sanctions.lifted"),
])
def test_a_step_held_back_is_denied_in_arabic(text: str, kind: str) -> None:
    assert [r[:2] for r in _ar(text)] == [(kind, "negated")], _ar(text)


def test_a_step_taken_is_still_reported() -> None:
    assert [r[:2] for r in _en("Saudi Arabia formally joined BRICS on Monday.")] == [
        ("alliance.joined", "occurred")]


def test_an_abstention_holds_back_the_vote_not_the_measure() -> None:
    rows = _ar("وافق مجلس الأمن على قرار يفرض عقوبات جديدة على كوريا الشمالية، فيما امتنعت الصين وروسيا "
               "عن التصويت.")
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
