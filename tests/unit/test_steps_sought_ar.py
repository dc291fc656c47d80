"""(Arabic) A step sought, studied, discussed or awaited is no step taken, in the future as in the
present: «ستبحث الحكومة رفع العقوبات», «ستسعى تركيا إلى الانضمام», «سيدرس الاتحاد فرض عقوبات»
(the verb's future reading keeps its sense of a call or a study), «لا تزال الجزائر تنتظر
الانضمام». A step itself put ahead («سترفع الولايات المتحدة العقوبات») is planned, as before."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 6, 3)
_ar = partial(event_rows, lang="ar", published=DAY)
_alerts = partial(alert_rows, lang="ar", published=DAY)


@pytest.mark.parametrize("text", [
    "ستبحث الحكومة الكندية رفع العقوبات عن فنزويلا الأسبوع المقبل.",
    "ستسعى إندونيسيا إلى الانضمام إلى منظمة التعاون الاقتصادي والتنمية.",
    "سيدرس الاتحاد الأوروبي فرض عقوبات على بيلاروسيا.",
    "ستحاول الأرجنتين الانضمام إلى بريكس مجددا.",
    "ستناقش القمة انضمام إثيوبيا إلى بريكس.",
    "لا تزال الجزائر تنتظر الانضمام إلى مجموعة بريكس.",
])
def test_a_step_sought_or_awaited_does_not_alert(text: str) -> None:
    assert _alerts(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("سترفع الولايات المتحدة العقوبات عن سوريا.", "sanctions.lifted"),
    ("ستنضم تركيا إلى بريكس العام المقبل.", "alliance.joined"),
])
def test_a_step_put_ahead_is_planned(text: str, kind: str) -> None:
    assert [r[:2] for r in _ar(text)] == [(kind, "planned")], _ar(text)
