"""Sanctions named as a prospect are no measure taken: "new sanctions on Iran are unlikely", "there is
little appetite for new sanctions", "the prospect of new sanctions weighed on prices". The noun phrase
"new sanctions" reports an imposition only when nothing around it says it is a possibility."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)
_alerts = partial(alert_rows, lang="en", published=DAY)


@pytest.mark.parametrize("text", [
    "Analysts say new sanctions on Iran are unlikely this year.",
    "New sanctions on Cuba are not expected before the election, diplomats said.",
    "Fresh sanctions against Russia were not likely before June, an official said.",
    "There is little appetite in Brussels for new sanctions on Israel.",
    "The prospect of new sanctions on Russia weighed on oil prices.",
    "The likelihood of fresh sanctions on Venezuela has grown, bankers said.",
])
def test_sanctions_spoken_of_as_a_prospect_do_not_alert(text: str) -> None:
    assert _alerts(text) == []


@pytest.mark.parametrize(("text", "target"), [
    ("New US sanctions on Iran took effect on Monday.", "Iran"),
    ("Fresh sanctions on Belarus came into force on Friday.", "Belarus"),
    ("New sanctions on Syria took effect on Monday, making a deal unlikely.", "Syria"),
])
def test_new_sanctions_in_force_still_alert(text: str, target: str) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
    assert target in rows[0][3], rows
