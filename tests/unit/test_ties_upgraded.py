"""Ties raised back to the rank of ambassadors are restored, told in the passive as in the active:
"ties with Turkey would be upgraded to ambassador level", "relations between Egypt and Turkey were
upgraded to ambassador level". Ties grown closer ("upgraded to a strategic partnership") are not."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize(("text", "status", "state"), [
    ("Qatar said ties with Jordan would be upgraded to ambassador level.", "planned", "Jordan"),
    ("Relations between Chile and Bolivia were upgraded to ambassador level on Monday.", "occurred", "Bolivia"),
    ("Ghana said its relations with Iran were raised to ambassadorial level.", "occurred", "Iran"),
    # (the guard: the active voice, as before)
    ("Chile and Bolivia upgraded their diplomatic ties to ambassador level on Monday.", "occurred", "Bolivia"),
])
def test_ties_raised_to_ambassadors_are_restored(text: str, status: str, state: str) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [("relations.restored", status)], rows
    assert state in rows[0][2] | rows[0][3], rows


def test_ties_grown_closer_are_no_restoration() -> None:
    assert _en("Ties between Chile and Bolivia were upgraded to a strategic partnership.") == []
