"""Rule sentences for the general causes found by the sixty-fourth Arabic held-out set: each was
written for this test, and each failed before the fix it pins."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2022, 3, 1)


_events = partial(event_rows, lang="ar", published=DAY)


def test_adopting_anothers_sanctions_imposes_them() -> None:
    rows = _events("أعلنت الحكومة النرويجية، الثلاثاء، تبني العقوبات التي فرضها الاتحاد الأوروبي على بيلاروسيا.")
    assert any(t == "sanctions.imposed" and st == "occurred" and "Norway" in a and "Belarus" in tg
               for t, st, a, tg in rows), rows


@pytest.mark.parametrize("text", [
    pytest.param("وأقر المجلس قرارا بالإجماع يدعو إلى رفع العقوبات عن إريتريا.", id="adopts-a-call-to-lift"),
    pytest.param("ويتيح النظام للاتحاد فرض عقوبات على الأشخاص المتورطين في الهجمات السيبرانية.", id="a-power"),
    pytest.param("مدد المجلس العقوبات على مالي لمدة عام، مبقيا على تجميد أصول خمسة أشخاص.", id="kept-freeze"),
])
def test_no_imposition(text: str) -> None:
    rows = _events(text)
    assert not any(t == "sanctions.imposed" and st in ("occurred", "planned") for t, st, _, _ in rows), rows


def test_a_day_in_a_later_relative_clause_is_that_clauses() -> None:
    rows = _events("وفي نوفمبر الماضي، علق الاتحاد العمل بالعقوبات المفروضة على زيمبابوي لمدة ستة أشهر، "
                   "تمهيدا للقرار الذي اتخذ اليوم.")
    assert rows and all(st == "historical" for t, st, _, _ in rows if t == "sanctions.suspended"), rows


def test_quoted_words_under_a_threat_are_the_threat() -> None:
    rows = _events("هدد الرئيس الأمريكي جو بايدن، أمس، بفرض عقوبات على إثيوبيا إذا لم توقف القتال.\n\n"
                   'وقال بايدن: "سنفرض عليهم عقوبات قاسية، وستكون العقوبات على روسيا أمامها بسيطة".')
    assert not any(t == "sanctions.imposed" and st == "planned" for t, st, _, _ in rows), rows
    assert not any("Russia" in tg for _, _, _, tg in rows), rows


def test_a_permanent_ceasefire_is_a_peace_accord_of_two_armed_bodies() -> None:
    rows = _events("وقعت حكومة الوفاق الوطني والقيادة العامة للجيش الوطني الليبي، اليوم، اتفاقا لوقف دائم لإطلاق النار.")
    assert any(t == "agreement.signed" and {"Government of National Accord", "Libyan National Army"} <= a | tg
               for t, _, a, tg in rows), rows


def test_two_public_banks_merging_are_no_states() -> None:
    rows = _events("وقع بنك الجزائر الخارجي وبنك التنمية المحلية، أمس، اتفاقا لدمج فرعيهما للتأمين.")
    assert rows == [], rows
