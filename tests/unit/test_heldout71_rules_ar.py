"""Rule sentences for the general causes found by the seventy-first Arabic held-out set
(``test_heldout71_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2022, 5, 18)
ALERTABLE = ("occurred", "planned")


_events = partial(event_rows, lang="ar", published=DAY)


# --- the collapse of an economy, a currency or the rule of law is no stall of talks ---

@pytest.mark.parametrize("text, type_, actor", [
    pytest.param("فرض الاتحاد الأوروبي عقوبات على ثلاثة مسؤولين في هايتي يتهمهم بالمساهمة في انهيار الاقتصاد.",
                 "sanctions.imposed", "European Union", id="economy"),
    pytest.param("جددت كندا عقوباتها على مسؤولين في فنزويلا تحملهم مسؤولية انهيار العملة الوطنية لعام إضافي.",
                 "sanctions.extended", "Canada", id="currency"),
    pytest.param("فرضت بريطانيا عقوبات على قادة عسكريين في ميانمار بتهمة التسبب في انهيار سيادة القانون.",
                 "sanctions.imposed", "United Kingdom", id="rule-of-law"),
])
def test_a_collapse_the_targets_caused_is_no_stall(text: str, type_: str, actor: str) -> None:
    rows = _events(text)
    assert any(t == type_ and st == "occurred" and actor in a for t, st, a, _ in rows), rows


@pytest.mark.parametrize("text", [
    pytest.param("لا يزال توقيع الاتفاق بين السودان وجنوب السودان متعثرا بعد انهيار المفاوضات.", id="talks"),
    pytest.param("تعثرت المفاوضات على اتفاق السلام بين كولومبيا والمتمردين بعد انهيار الهدنة.", id="truce"),
])
def test_a_collapse_of_talks_still_stalls(text: str) -> None:
    rows = _events(text)
    assert not any(st in ALERTABLE for _, st, _, _ in rows), rows
    assert any(st == "stalled" for _, st, _, _ in rows), rows

