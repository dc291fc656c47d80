"""A city that names the accord an act follows, or where that accord was signed, takes no part in
the act: "integrate clan militias into its army under the Nairobi agreement", «دمج قوات الدعم
السريع في الجيش بموجب الاتفاق الموقع في جدة», «بموجب اتفاق نيروبي»."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)
_ar = partial(event_rows, lang="ar", published=DAY)


@pytest.mark.parametrize(("lang", "text", "actor", "city"), [
    ("en", "Ethiopia will integrate regional forces into its army under the Addis Ababa agreement.",
     "Ethiopia", "Addis Ababa"),
    ("ar", "أعلنت الحكومة الليبية دمج كتائب الثوار في الجيش بموجب الاتفاق الموقع في القاهرة.", "Libya", "Cairo"),
    ("ar", "أعلنت الحكومة الصومالية دمج ميليشيات العشائر في الجيش الوطني بموجب اتفاق كمبالا.", "Somalia",
     "Kampala"),
])
def test_the_accords_city_takes_no_part(lang: str, text: str, actor: str, city: str) -> None:
    found = _en(text) if lang == "en" else _ar(text)
    assert [r[0] for r in found] == ["forces.integrated"], found
    assert actor in found[0][2] and city not in found[0][2] | found[0][3], found


def test_cities_that_sign_are_still_parties() -> None:
    # (the guard: the parties of an accord are not its city's)
    rows = _en("Kenya and Somalia signed the Nairobi agreement on Monday.")
    assert rows == [("agreement.signed", "occurred", {"Kenya", "Somalia"}, set())]
