"""A verb of aim imposes when the sanctions are what it aims with: "Treasury targets Hezbollah
financiers in new round of sanctions", "The EU targeted Russian oil with fresh sanctions". The
adjective ("targeted sanctions") and a strike's target told near sanctions are not that."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize(("text", "target"), [
    ("Treasury targets Hamas financiers in new round of sanctions", "Hamas"),
    ("Britain targeted Iranian drone makers with fresh sanctions on Monday.", "Iran"),
    ("The United States targeted Venezuelan oil sales in sanctions announced on Thursday.", "Venezuela"),
])
def test_aimed_with_sanctions_is_an_imposition(text: str, target: str) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
    assert target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    "The report said targeted sanctions have failed in Iran.",
    "Israeli strikes targeted Hamas commanders in Rafah, officials said.",
])
def test_no_aim_with_sanctions_is_none(text: str) -> None:
    assert _en(text) == []
