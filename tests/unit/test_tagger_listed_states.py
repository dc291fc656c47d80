"""A state whose name is also a first name or a US state ("Chad", "Georgia") links when it is
listed right beside another state the article names firmly, and only then."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze


def names(text: str) -> list[str]:
    return [e.name for e in analyze(text, published=date(2024, 5, 1)).entities]


@pytest.mark.parametrize("text, state", [
    ("Chad and Niger signed a defence pact on Monday.", "Chad"),
    ("Niger, Mali and Chad asked the French troops to leave.", "Chad"),
    ("Observers from Georgia, Ukraine and Moldova attended the summit.", "Georgia"),
    ("Troops from Chad/Niger patrol the border.", "Chad"),
])
def test_a_state_listed_with_another_state_is_that_state(text, state):
    assert state in names(text)


@pytest.mark.parametrize("text, absent", [
    ("Chad Smith and Niger Innis appeared on the panel.", "Chad"),   # a first name and a surname
    ("Georgia and Alabama voted on Tuesday.", "Georgia"),           # no other state named
    ("Chad said the deal with Niger was done.", "Chad"),            # named apart, not listed
])
def test_without_a_state_right_beside_it_the_name_stays_unlinked(text, absent):
    assert absent not in names(text)
