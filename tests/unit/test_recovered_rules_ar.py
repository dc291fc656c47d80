"""Rule sentences for general Arabic fixes found on real-style articles by an earlier round and made
again: a refusal of more forces («رفضت إرسال مزيد من القوات») does not deny the presence of the
forces told beside it; a merger decreed by a head of state («أصدر الرئيس … مرسوما بدمج …») is his
state's; the first ambassador since a rupture («أول سفير … منذ قطع العلاقات») is ties restored; the
past of a «بعد أن» clause after the trigger does not make the main event historical.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="ar", published=DAY)

_alerts = partial(alert_rows, lang="ar", published=DAY)


# --- a refusal of more forces leaves the presence told beside it -------------------------------------

@pytest.mark.parametrize(("text", "actor", "place"), [
    pytest.param("رفضت تشاد إرسال مزيد من القوات بعد أن وصل 400 جندي تشادي إلى مالي يوم الاثنين.", "Chad", "Mali",
                 id="more-forces"),
    pytest.param("رفضت النيجر إرسال جنود إضافيين بعد أن وصل 300 جندي نيجري إلى مالي الأسبوع الماضي.", "Niger", "Mali",
                 id="additional-soldiers"),
    pytest.param("أعلنت بوروندي رفضها إرسال المزيد من الجنود بعد أن وصل 500 جندي بوروندي إلى الصومال يوم الأحد.",
                 "Burundi", "Somalia", id="refusal-noun"),
])
def test_a_refusal_of_more_forces_leaves_the_presence(text: str, actor: str, place: str) -> None:
    rows = _alerts(text)
    assert [r for r in rows if r[0] == "military.presence" and actor in r[2] and place in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("رفضت تشاد إرسال مزيد من القوات إلى مالي.", id="more-forces-refused"),
    pytest.param("رفضت ألمانيا إرسال قوات إلى ليتوانيا.", id="forces-refused"),
])
def test_a_refused_sending_stays_no_alert(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "military.presence"], _events(text)


# --- a merger decreed by a head of state is his state's ----------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("أصدر الرئيس سلفا كير مرسوما بدمج مقاتلي المعارضة في الجيش الوطني.", "South Sudan",
                 id="decree-with-ba"),
    pytest.param("أصدر تشيسكيدي مرسوما يقضي بدمج ميليشيات وازاليندو في الجيش.", "Democratic Republic of the Congo",
                 id="decree-that-provides"),
    pytest.param("أصدر البرهان قرارا بدمج قوات الدعم السريع في الجيش.", "Sudan", id="decision-with-ba"),
])
def test_a_merger_decreed_by_a_head_of_state_is_his_states(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated" and state in r[2]], _events(text)


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("أصدر المشير خليفة حفتر قرارا بدمج الكتائب السلفية في الجيش.", "Libya", id="a-commander"),
])
def test_a_commanders_decree_adds_no_state(text: str, state: str) -> None:
    assert not [r for r in _events(text) if state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("أصدر الرئيس سلفا كير مرسوما بإقالة قائد الجيش.", id="a-dismissal"),
    pytest.param("أصدر الرئيس سلفا كير مرسوما بتعيين قائد جديد للجيش الوطني.", id="an-appointment"),
])
def test_another_decree_on_the_army_is_no_merger(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- the first ambassador since a rupture is ties restored ------------------------------------------

@pytest.mark.parametrize(("text", "parties"), [
    pytest.param("وصل إلى الرباط أول سفير جزائري منذ قطع العلاقات بين البلدين عام 2021.", {"Algeria", "Morocco"},
                 id="since-the-cutting-of-ties"),
    pytest.param("قدم أول سفير سعودي لدى إيران منذ القطيعة أوراق اعتماده يوم الاثنين.", {"Saudi Arabia", "Iran"},
                 id="since-the-rupture"),
    pytest.param("تسلم الرئيس التونسي أوراق اعتماد أول سفير ليبي منذ انقطاع العلاقات.", {"Tunisia", "Libya"},
                 id="since-ties-broke-off"),
])
def test_the_first_ambassador_since_a_rupture_is_ties_restored(text: str, parties: set[str]) -> None:
    rows = _events(text)
    assert [r for r in rows if r[0] == "relations.restored" and r[1] == "occurred" and parties <= r[2] | r[3]], rows


@pytest.mark.parametrize("text", [
    pytest.param("كان أول سفير جزائري منذ الاستقلال قد وصل إلى باريس عام 1963.", id="since-independence"),
    pytest.param("قالت الصحيفة إن أول سفير أمريكي في فيتنام وصل إلى هانوي.", id="a-first-envoy-no-rupture"),
    pytest.param("وصل السفير الجزائري الجديد إلى الرباط يوم الاثنين.", id="a-new-envoy"),
])
def test_a_first_ambassador_with_no_rupture_is_no_restoration(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "relations.restored"], _events(text)


# --- a "بعد أن" clause keeps its past to itself -----------------------------------------------------------

@pytest.mark.parametrize(("text", "type_"), [
    pytest.param("أعادت الإمارات سفيرها إلى الدوحة يوم الاثنين بعد أن سحبته عام 2017.", "relations.restored",
                 id="envoy-back-after-a-recall-years-ago"),
    pytest.param("وقعت تركيا ومصر اتفاقا دفاعيا الثلاثاء بعد أن قطعتا العلاقات في 2013.", "agreement.signed",
                 id="accord-after-a-rupture-years-ago"),
    pytest.param("وصل 300 جندي فرنسي إلى رومانيا بعد أن أعلنت باريس في العام الماضي نيتها نشرهم.",
                 "military.presence", id="troops-arrive-after-last-years-plan"),
    pytest.param("استأنفت السعودية وإيران العلاقات الدبلوماسية بعد أن كانت مقطوعة منذ 2016.", "relations.restored",
                 id="ties-resumed-after-years-cut"),
])
def test_the_main_event_keeps_its_day_before_an_after_clause(text: str, type_: str) -> None:
    rows = _events(text)
    assert [r for r in rows if r[0] == type_ and r[1] == "occurred"], rows


@pytest.mark.parametrize(("text", "type_"), [
    pytest.param("أعادت الإمارات سفيرها إلى الدوحة عام 2021 بعد أن سحبته عام 2017.", "relations.restored",
                 id="the-main-clause-dated-years-ago"),
    pytest.param("انتقدت إيران القرار بعد أن فرضت واشنطن عقوبات عليها عام 2018.", "sanctions.imposed",
                 id="the-trigger-inside-the-after-clause"),
    pytest.param("وكانت السعودية قد استأنفت العلاقات مع إيران العام الماضي بعد أن قطعتها في 2016.",
                 "relations.restored", id="a-pluperfect-of-last-year"),
])
def test_a_past_told_in_its_own_clause_stays_historical(text: str, type_: str) -> None:
    rows = _events(text)
    assert [r for r in rows if r[0] == type_ and r[1] == "historical"], rows
