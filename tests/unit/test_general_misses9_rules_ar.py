"""Rule sentences (Arabic) for general causes of misreadings that the Arabic held-out sets 96 to 99
and earlier rounds left open.

- The Security Council named bare ("رفع مجلس الأمن …", "مجلس الأمن يشطب …"), with no "الدولي" and
  no "الأمم المتحدة" anywhere in the article, is the UN Security Council: that is its usual name in
  Arabic wire copy, and a state's own council of the name is always qualified right after it
  ("مجلس الأمن القومي", "الوطني", "مجلس الأمن التركي") or is linked by its longer name
  (``tagger._bare_security_council_ar``, with ``_AR_NATIONAL_COUNCIL_WORDS``).

Each sentence was written for this test (other states, goods and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in alert_rows(text, lang="ar", published=DAY) if r[0] == kind]


# --- the Security Council named bare -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("مجلس الأمن يرفع العقوبات عن إريتريا بعد تسع سنوات", "sanctions.lifted", id="headline"),
        pytest.param(
            "قرر مجلس الأمن، مساء الثلاثاء، رفع العقوبات المفروضة على ساحل العاج.",
            "sanctions.lifted",
            id="decided",
        ),
        pytest.param(
            "فرض مجلس الأمن عقوبات على كوريا الشمالية بعد تجربتها النووية الرابعة.",
            "sanctions.imposed",
            id="imposed",
        ),
    ],
)
def test_the_security_council_named_bare_is_the_un_council(text: str, kind: str) -> None:
    found = _alerts(text, kind)
    assert found and "United Nations Security Council" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a state's own council, qualified right after its name
        "أوصى مجلس الأمن التركي بفرض حظر على واردات اللحوم من اليونان.",
        "قال أمين مجلس الأمن الوطني إن الحكومة فرضت عقوبات على هولندا.",
        "وافق مجلس الأمن والدفاع على فرض عقوبات على بيلاروسيا.",
    ],
)
def test_a_states_own_security_council_is_not_the_un_council(text: str) -> None:
    rows = alert_rows(text, lang="ar", published=DAY)
    assert rows and all("United Nations Security Council" not in r[2] for r in rows)
