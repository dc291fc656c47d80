"""Rule sentences for the general causes found by the seventy-ninth Arabic held-out set
(``test_heldout79_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2023, 6, 20)
ALERTABLE = ("occurred", "planned")

_ar_events = partial(event_rows, lang="ar", published=DAY)


# --- the Maghrebi "ماي" is May beside "الماضي" or a day, not only Theresa May (duration, status) ---

@pytest.mark.parametrize("text, type_", [
    pytest.param("وقالت وزارة الدفاع في ماي الماضي إن فرنسا أرسلت مئتي جندي إلى النيجر.", "military.presence",
                 id="last-may-presence"),
    pytest.param("وأعلن الاتحاد الأوروبي في ماي الماضي أنه فرض عقوبات على بيلاروسيا.", "sanctions.imposed",
                 id="last-may-sanctions"),
])
def test_the_maghrebi_may_dates_an_act(text: str, type_: str) -> None:
    rows = _ar_events(text)
    assert any(t == type_ and st == "historical" for t, st, _, _ in rows), rows
    assert not any(st in ALERTABLE for _, st, _, _ in rows), rows


@pytest.mark.parametrize("text, status", [
    pytest.param("قالت رئيسة الوزراء البريطانية تيريزا ماي اليوم إن بلادها ستفرض عقوبات على روسيا.", "planned",
                 id="theresa-may-planned"),
    pytest.param("فرضت حكومة تيريزا ماي أمس عقوبات جديدة على روسيا.", "occurred", id="theresa-may-occurred"),
])
def test_theresa_may_is_no_month(text: str, status: str) -> None:
    rows = _ar_events(text)
    assert any(t == "sanctions.imposed" and st == status and "Russia" in g for t, st, _, g in rows), rows


# --- a refusal to send troops to one host is no denial of a deployment to another (extractor) ---

@pytest.mark.parametrize("text, actor, host", [
    pytest.param("ستنشر ألمانيا مقاتلات في قاعدة إنجرليك.\n\n"
                 "وقال الوزير إنه لا خطط لإرسال قوات برية ألمانية أو تركية إلى سوريا.", "Germany", "Turkey",
                 id="base-beside-other-host"),
    pytest.param("سترسل هولندا طائرات حربية إلى الأردن.\n\n"
                 "وأكد الوزير أنه لا خطط لإرسال قوات برية هولندية أو أردنية إلى العراق.", "Netherlands", "Jordan",
                 id="state-beside-other-host"),
])
def test_a_refusal_for_another_host_keeps_the_plan(text: str, actor: str, host: str) -> None:
    rows = _ar_events(text)
    assert any(t == "military.presence" and st == "planned" and actor in a and host in g
               for t, st, a, g in rows), rows


@pytest.mark.parametrize("text", [
    pytest.param("سترسل هولندا طائرات حربية إلى الأردن.\n\n"
                 "وأكد الوزير أنه لا خطط لإرسال قوات برية هولندية أو أردنية إلى الأردن.", id="same-host"),
    pytest.param("ستنشر ألمانيا جنودا في ليتوانيا.\n\nوقال الوزير إن ألمانيا لن ترسل قوات إضافية إلى ليتوانيا.",
                 id="same-host-denied"),
])
def test_a_refusal_for_the_same_host_still_denies(text: str) -> None:
    rows = _ar_events(text)
    assert not any(t == "military.presence" and st in ALERTABLE for t, st, _, _ in rows), rows
