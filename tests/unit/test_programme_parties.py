"""A sanctions programme named as a whole ("EU sanctions against Russia", «العقوبات الأوروبية على
سوريا») is one name in the knowledge base, so the states inside it are not tagged on their own. The
programme's own record says whom it is on (``targets``) and whose it is (``country``): those are
the event's parties where the sentence names none of its own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)
_ar = partial(event_rows, lang="ar", published=DAY)


@pytest.mark.parametrize(("text", "row"), [
    ("EU sanctions against Russia extended for six months.",
     ("sanctions.extended", "occurred", {"European Union"}, {"Russia"})),
    ("The EU on Monday extended EU sanctions against Russia until July.",
     ("sanctions.extended", "occurred", {"European Union"}, {"Russia"})),
    ("EU sanctions on Iran were extended on Friday.",
     ("sanctions.extended", "occurred", {"European Union"}, {"Iran"})),
    ("New EU sanctions on Belarus took effect on Friday.",
     ("sanctions.imposed", "occurred", {"European Union"}, {"Belarus"})),
])
def test_a_programme_named_whole_gives_its_parties(text: str, row: tuple[object, ...]) -> None:
    assert _en(text) == [row]


@pytest.mark.parametrize(("text", "row"), [
    ("مدد الاتحاد الأوروبي العقوبات الأوروبية على روسيا ستة أشهر.",
     ("sanctions.extended", "occurred", {"European Union"}, {"Russia"})),
    ("علق الاتحاد الأوروبي العقوبات الأوروبية على سوريا أمس.",
     ("sanctions.suspended", "occurred", {"European Union"}, {"Syria"})),
])
def test_a_programme_named_whole_gives_its_parties_in_arabic(text: str, row: tuple[object, ...]) -> None:
    assert _ar(text) == [row]


def test_the_sentence_own_parties_come_first() -> None:
    # (Hungary blocks; the measures stay on Russia)
    assert _en("Hungary blocked the renewal of EU sanctions against Russia on Friday.") == [
        ("sanctions.extended", "stalled", {"Hungary"}, {"Russia"})]
