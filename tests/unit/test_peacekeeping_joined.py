"""Soldiers who join a peacekeeping force or a mission make no state a member of a body: "Two hundred
Estonian soldiers will leave for Lebanon next month to join the UN peacekeeping force" is a
presence ahead, not Lebanon joining the United Nations. A body joined, or a coalition's mission,
stays a joining."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize("text", [
    "Three hundred Nepalese soldiers will leave for Sudan next week to join the UN peacekeeping force.",
    "Polish troops will join the UN peacekeeping mission in Lebanon next month.",
])
def test_troops_joining_a_force_make_no_member(text: str) -> None:
    assert [r for r in _en(text) if r[0] == "alliance.joined"] == []


@pytest.mark.parametrize("text", [
    "Finland joined NATO on Tuesday.",
    "Japan joined the coalition against the Islamic State on Monday.",
    "Britain joined the US-led maritime mission in the Gulf on Monday.",
])
def test_a_body_joined_stays_a_joining(text: str) -> None:
    assert [r[0] for r in _en(text)] == ["alliance.joined"], _en(text)
