"""An envoy who will go back to his post is a restoration ahead (planned), in both languages; one
who went back is one that occurred. In English the future sits inside the trigger's own words
("its ambassador will return to"), where no cue before it could say so; in Arabic the envoy may be
named before the verb ("أن سفيرها سيعود إلى"), which the verb-first form did not read."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)
_ar = partial(event_rows, lang="ar", published=DAY)


@pytest.mark.parametrize("text", [
    "Oman said its ambassador would return to Tehran.",
    "The Moroccan envoy will return to Madrid, the foreign ministry said.",
    "Egypt's ambassador to Turkey would return to Ankara, officials said.",
    "Algeria orders ambassador to return to Paris after a year-long row",
])
def test_an_envoy_to_go_back_is_a_restoration_ahead(text: str) -> None:
    assert [r[:2] for r in _en(text)] == [("relations.restored", "planned")], _en(text)


@pytest.mark.parametrize("text", [
    "The Omani ambassador returned to Tehran on Sunday.",
    "Egypt's ambassador to Turkey has returned to Ankara.",
])
def test_an_envoy_gone_back_is_a_restoration_that_occurred(text: str) -> None:
    assert [r[:2] for r in _en(text)] == [("relations.restored", "occurred")], _en(text)


def test_an_envoy_recalled_home_is_no_restoration() -> None:
    assert _en("Oman told its ambassador to return to Muscat for consultations.") == []


@pytest.mark.parametrize(("text", "status", "state"), [
    ("أعلنت سلطنة عمان أن سفيرها سيعود إلى طهران الشهر المقبل.", "planned", "Iran"),
    ("قالت الخارجية المغربية إن السفير المغربي عاد إلى مدريد أمس.", "occurred", "Spain"),
])
def test_an_envoy_named_before_his_verb_is_read_in_arabic(text: str, status: str, state: str) -> None:
    rows = _ar(text)
    assert [r[:2] for r in rows] == [("relations.restored", status)], rows
    assert state in rows[0][2] | rows[0][3], rows


def test_someone_else_back_at_his_club_is_no_restoration_in_arabic() -> None:
    assert _ar("قال المهاجم إن مدربه السابق عاد إلى النادي بعد غياب طويل.") == []
