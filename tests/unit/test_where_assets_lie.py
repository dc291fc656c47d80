"""A state named as where frozen assets lie is no target: "The sanctions freeze any US assets of
the four Nicaraguan officials" are on the officials, not on the United States. A state's own
assets frozen ("froze Russian central bank assets") are still on it."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


def test_where_the_assets_lie_is_no_target() -> None:
    rows = _en("The sanctions, announced on Thursday, freeze any British assets of five Belarusian officials.")
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
    assert "United Kingdom" not in rows[0][3] and rows[0][3], rows


def test_a_states_own_assets_frozen_are_on_it() -> None:
    rows = _en("Canada froze Iranian central bank assets on Monday.")
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
    assert "Canada" in rows[0][2] and rows[0][3], rows
