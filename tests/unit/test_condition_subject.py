"""A threat made on a condition is aimed at whoever must meet it: "If Russia invades, the United
States will impose severe sanctions" is the United States threatening Russia, not Russia and the
United States threatening together."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("If Serbia recognises the vote, the EU will impose sanctions.", "European Union", "Serbia"),
    ("Unless Guinea sets an election date, ECOWAS will impose new sanctions.",
     "Economic Community of West African States", "Guinea"),
])
def test_the_condition_subject_is_the_target(text: str, actor: str, target: str) -> None:
    assert _en(text) == [("sanctions.threatened", "occurred", {actor}, {target})]


def test_a_conditions_place_is_no_target() -> None:
    assert _en("If talks in Geneva fail, the US will impose sanctions.") == [
        ("sanctions.threatened", "occurred", {"United States"}, set())]
