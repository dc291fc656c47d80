"""A designation verb that ends its sentence piece (a hard line break right after it, as in
wrapped plain text) once raised an IndexError that cost the whole article its events: the
check for "designated … as <a status>" looked at the token after the verb without asking
whether there was one. Both texts failed before the fix with no event at all."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

DAY = date(2025, 4, 14)


@pytest.mark.parametrize("text", [
    pytest.param('Canada imposed sanctions on Iran\'s oil minister on Monday. A line of the notice read: '
                 '"The Office of Foreign Assets Control designated\nMaxim Petrenko ..."', id="quoted-line-cut"),
    pytest.param("Canada imposed sanctions on Iran's oil minister on Monday.\nWashington, notice: The Office of "
                 "Foreign Assets Control designated\nMaxim Petrenko and two firms.", id="wrapped-line"),
])
def test_a_designation_at_a_line_end_keeps_the_articles_events(text: str) -> None:
    events = analyze(text, lang="en", published=DAY).events
    assert any(e.type == "sanctions.imposed" and "Canada" in {a.name for a in e.actors} for e in events), events
    assert any("Office of Foreign Assets Control" in {a.name for a in e.actors} for e in events), events
