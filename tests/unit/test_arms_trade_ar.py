"""(Arabic) A state's arms trade with another, halted or resumed, is a sanction imposed or lifted
even when the word «عقوبات» is absent: «أوقفت الدنمارك صادرات الأسلحة إلى السعودية»,
«استأنفت ألمانيا تصدير الأسلحة إلى تركيا». The state the arms went to is the target. A halt
that is not a state's trade («التوقف عن بيع الأسلحة في المتاجر») raises nothing."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 6, 3)
_ar = partial(event_rows, lang="ar", published=DAY)
_alerts = partial(alert_rows, lang="ar", published=DAY)


@pytest.mark.parametrize(("text", "kind", "actor", "target"), [
    ("أوقفت الدنمارك صادرات الأسلحة إلى السعودية.", "sanctions.imposed", "Denmark", "Saudi Arabia"),
    ("أعلنت الحكومة الهولندية أنها أوقفت صادرات الأسلحة إلى إسرائيل.", "sanctions.imposed",
     "Netherlands", "Israel"),
    ("قررت كندا تعليق صادرات الأسلحة إلى تركيا بعد الهجوم.", "sanctions.imposed", "Canada", "Turkey"),
    ("حظرت ألمانيا بيع الأسلحة للسعودية.", "sanctions.imposed", "Germany", "Saudi Arabia"),
    ("استأنفت الولايات المتحدة بيع الأسلحة إلى مصر.", "sanctions.lifted", "United States", "Egypt"),
    ("أعلنت فرنسا استئناف صادرات الأسلحة إلى الإمارات.", "sanctions.lifted", "France", "United Arab Emirates"),
])
def test_arms_trade_halted_or_resumed(text: str, kind: str, actor: str, target: str) -> None:
    rows = _alerts(text)
    assert [r[0] for r in rows] == [kind], rows
    assert actor in rows[0][2] and target in rows[0][3], rows


@pytest.mark.parametrize("text", [
    "دعت منظمات حقوقية إلى التوقف عن بيع الأسلحة إلى السعودية.",
    "أوقفت الشرطة بيع الأسلحة في المتاجر بعد الحادث.",
    "استأنفت الشركة إنتاج الأسلحة في مصنعها.",
])
def test_no_state_trade_no_event(text: str) -> None:
    assert _alerts(text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("لن تستأنف ألمانيا صادرات الأسلحة إلى تركيا.", "negated"),
    ("ستوقف بريطانيا صادرات الأسلحة إلى إسرائيل.", "planned"),
    ("أوقفت ألمانيا عام 2018 صادرات الأسلحة إلى السعودية.", "historical"),
])
def test_arms_trade_status(text: str, status: str) -> None:
    assert [r[1] for r in _ar(text)] == [status], _ar(text)


@pytest.mark.parametrize("text", [
    "دعت منظمات حقوقية إلى وقف صادرات الأسلحة إلى إسرائيل.",
    "طالب البرلمان الأوروبي بتعليق صادرات الأسلحة إلى السعودية.",
])
def test_a_call_to_halt_arms_does_not_alert(text: str) -> None:
    assert _alerts(text) == []
