"""Rule sentences (Arabic) for the general causes fixed after the Arabic held-out sets 1 to 39 and
91, each a cause found among their strict xfails or left open by earlier rounds.

- An easing with its allowance told ("خففت الحكومة الروسية الحظر … إذ سمحت باستيرادها في حدود حصة",
  set 91's tomato article; "تخفف الحظر … وتسمح باستيراد") is a partial suspension, as an easing
  "بما يسمح" already was: the allowance told by "إذ/حيث سمحت", "وتسمح" and the quota "في حدود حصة"
  are ``so_as_to_allow`` cues of ``ar.cues.yaml``. A freeze eased ("مجلس الأمن يخفف تجميد أصول
  شركات النفط", set 90's Libyan article) is a suspension too, some assets released and the freeze
  kept on the rest (a ``sanctions.suspended`` trigger of ``ar.triggers.yaml``). Sanctions eased
  with no allowance told stay a lifting, and a permission in a later clause of its own is none.

Each sentence was written for this test (other states, goods and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in alert_rows(text, lang="ar", published=DAY) if r[0] == kind]


# --- an easing with its allowance told is a suspension -------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "خففت الحكومة اليابانية الحظر المفروض على واردات الأسماك الصينية، إذ سمحت باستيرادها من ثلاث مقاطعات.",
            "Japan",
            id="allowance-told-by-idh",
        ),
        pytest.param("اليابان تخفف الحظر على الأسماك الصينية وتسمح باستيراد ألف طن", "Japan", id="headline"),
        pytest.param(
            "خففت الهند الحظر المفروض على واردات السكر الباكستاني في حدود حصة سنوية محددة.",
            "India",
            id="quota",
        ),
        pytest.param("الاتحاد الأوروبي يخفف تجميد أصول البنك المركزي الإيراني", "European Union", id="freeze-eased"),
    ],
)
def test_an_easing_with_its_allowance_is_a_suspension(text: str, actor: str) -> None:
    suspended = _alerts(text, "sanctions.suspended")
    assert suspended and suspended[0][0] == "occurred" and actor in suspended[0][1]
    assert _alerts(text, "sanctions.lifted") == []


@pytest.mark.parametrize(
    "text",
    [
        # sanctions eased, nothing said to be allowed
        pytest.param("خففت الولايات المتحدة العقوبات المفروضة على فنزويلا.", id="plain-easing"),
        # a freeze lifted
        pytest.param("رفع مجلس الأمن التجميد عن أصول المصرف المركزي الإيراني.", id="freeze-lifted"),
    ],
)
def test_an_easing_with_no_allowance_stays_a_lifting(text: str) -> None:
    assert _alerts(text, "sanctions.lifted") and _alerts(text, "sanctions.suspended") == []


def test_tension_eased_before_a_freeze_is_no_suspension() -> None:
    text = "جمد الاتحاد الأوروبي أصول البنك المركزي الإيراني بعد تخفيف التوتر."
    assert _alerts(text, "sanctions.suspended") == [] and _alerts(text, "sanctions.imposed")
