"""Rule sentences for the general causes found by the seventy-fifth Arabic held-out set
(``test_heldout75_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2023, 3, 9)
ALERTABLE = ("occurred", "planned")


_events = partial(event_rows, lang="ar", published=DAY)


# --- a sanctions office's own name, right after the verb that issues, is no measure ---

@pytest.mark.parametrize("text", [
    pytest.param("وسمحت الحكومة بتحويل التبرعات بموجب ترخيص عام أصدره مكتب تنفيذ العقوبات المالية التابع "
                 "لوزارة الخزانة البريطانية.", id="relative-issuing"),
    pytest.param("وبموجب إذن أصدره مكتب تنفيذ العقوبات المالية، يحق للجمعيات الخيرية نقل الأدوية إلى "
                 "اليمن.", id="permit-before-a-comma"),
])
def test_the_office_named_for_sanctions_imposes_nothing(text: str) -> None:
    rows = _events(text)
    assert not any(t == "sanctions.imposed" and st in ALERTABLE for t, st, _, _ in rows), rows


@pytest.mark.parametrize("text, event_type", [
    pytest.param("أصدرت وزارة الخزانة عقوبات جديدة على إيران أمس.", "sanctions.imposed", id="issued-sanctions"),
    pytest.param("أصدر مكتب تنفيذ العقوبات المالية أمس ترخيصا عاما للمنظمات الإنسانية العاملة في سوريا.",
                 "sanctions.suspended", id="office-licence-kept"),
])
def test_sanctions_issued_still_read(text: str, event_type: str) -> None:
    rows = _events(text)
    assert any(t == event_type and st == "occurred" for t, st, _, _ in rows), rows
