"""Rule sentences for the general cause found by the eighty-fourth Arabic held-out set
(``test_heldout84_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2020, 6, 3)
ALERTABLE = ("occurred", "planned")


_ar_events = partial(event_rows, lang="ar", published=DAY)


# --- "يتيح لإدارته فرض عقوبات": a power given to someone is no sanction taken ---

@pytest.mark.parametrize("text", [
    pytest.param("وقع الرئيس الأرجنتيني مرسوما يتيح للحكومة فرض عقوبات على المسؤولين في نيكاراغوا.",
                 id="decree-allows-government"),
    pytest.param("وقع الرئيس الفرنسي مرسوما يتيح لوزارة الاقتصاد فرض عقوبات على المسؤولين في فنزويلا.",
                 id="decree-allows-ministry"),
    pytest.param("وقع ملك الأردن قانونا يجيز للحكومة فرض حظر سفر على مسؤولين سوريين.",
                 id="law-permits-government"),
])
def test_a_power_given_to_someone_is_no_sanction(text: str) -> None:
    rows = _ar_events(text)
    assert not any(t.startswith("sanctions.") and st in ALERTABLE for t, st, _, _ in rows), rows


@pytest.mark.parametrize("text, actor", [
    # the measure taken, with a purpose clause after it: still an imposition
    pytest.param("فرضت الحكومة الكندية عقوبات على مسؤولين في ميانمار لتسمح لها الخزانة بتجميد أصولهم.",
                 "Canada", id="imposed-then-purpose"),
    # a framework adopted now that allows sanctions is their imposition
    pytest.param("اعتمد مجلس الاتحاد الأوروبي إطارا يسمح للدول الأعضاء بفرض حظر سفر على قادة الانقلاب في مالي.",
                 "Council of the European Union", id="framework-adopted"),
])
def test_sanctions_taken_are_still_read(text: str, actor: str) -> None:
    rows = _ar_events(text)
    assert any(t == "sanctions.imposed" and st in ALERTABLE and actor in a for t, st, a, _ in rows), rows
