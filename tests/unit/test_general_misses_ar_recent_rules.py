"""Rule sentences (Arabic) for the general causes fixed after the Arabic held-out sets 87 and 90,
each a cause found among their strict xfails.

- Restrictions a state lifts on another state's goods ("رفع القيود المؤقتة … على واردات الخضر
  والفاكهة من مصر", set 90's Russian produce article) are a lifting, as a ban on them is
  ("رفعت … الحظر على واردات"): the plain noun "القيود" is no sanctions word alone (restrictions
  on cash withdrawals, on travel in an epidemic), so it counts only when trade follows it ("على
  واردات", "على صادرات", "على استيراد", "على تصدير") and a state is named after that trade, as
  its source, its market or its nationality (``extractor._curbs_on_state_trade_ar``).
  Restrictions on a state's own imports with no other state named, or on cash, stay quiet.
- "Temporary" as the measure's definite adjective ("رفع القيود المؤقتة", "الحظر المؤقت") tells
  what was lifted, temporary curbs lifted for good: a lifting, no suspension. The relief's own
  "temporary" (right after the verbal noun, "الرفع المؤقت", or indefinite, "بشكل مؤقت",
  "تخفيفا مؤقتا") still makes a suspension (``extractor._lifted_for_a_term_ar``).

Each sentence was written for this test (other states, goods and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in alert_rows(text, lang="ar", published=DAY) if r[0] == kind]


# --- restrictions lifted on a state's goods are a lifting ------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "رفعت الصين القيود على واردات النبيذ الأسترالي بعد ثلاث سنوات من الخلاف.",
            "China",
            "Australia",
            id="imports-by-nationality",
        ),
        pytest.param(
            "أعلنت كوريا الجنوبية رفع القيود التي فرضتها العام الماضي على صادرات المواد الكيميائية "
            "إلى اليابان.",
            "South Korea",
            "Japan",
            id="exports-to-a-state-past-a-relative-clause",
        ),
        pytest.param(
            "قررت روسيا رفع القيود المفروضة على واردات الطماطم من تركيا اعتبارا من الشهر المقبل.",
            "Russia",
            "Turkey",
            id="imports-from-a-state",
        ),
        pytest.param(
            "ألغت الهند القيود المؤقتة على استيراد زيت النخيل من ماليزيا.",
            "India",
            "Malaysia",
            id="cancelled-temporary-curbs",
        ),
    ],
)
def test_restrictions_lifted_on_a_states_goods_are_a_lifting(text: str, actor: str, target: str) -> None:
    lifted = _alerts(text, "sanctions.lifted")
    assert lifted and lifted[0][0] == "occurred"
    assert actor in lifted[0][1] and target in lifted[0][2]


@pytest.mark.parametrize(
    "text",
    [
        # restrictions with no trade after them: cash, travel
        pytest.param("رفع البنك المركزي اللبناني القيود على السحب النقدي من الحسابات بالدولار.", id="cash"),
        pytest.param("رفعت الحكومة الأردنية القيود على السفر إلى السعودية بعد تراجع الإصابات.", id="travel"),
        # a state's own imports, no other state named
        pytest.param("رفعت الحكومة الجزائرية القيود على استيراد السيارات المستعملة.", id="own-imports"),
        # curbs imposed, not lifted, and a lifting still to come denied
        pytest.param("لم ترفع اليابان بعد القيود على واردات المأكولات البحرية من كوريا الجنوبية.", id="negated"),
    ],
)
def test_restrictions_without_a_states_goods_give_no_lifting(text: str) -> None:
    assert _alerts(text, "sanctions.lifted") == []


# --- a temporary measure lifted is a lifting; a temporary relief is a suspension ------------------


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        pytest.param(
            "رفعت تركيا الحظر المؤقت على واردات الدواجن من أوكرانيا.",
            "sanctions.lifted",
            "Turkey",
            "Ukraine",
            id="temporary-ban-lifted",
        ),
        pytest.param(
            "ألغت إندونيسيا القيود المؤقتة على استيراد اللحوم من البرازيل.",
            "sanctions.lifted",
            "Indonesia",
            "Brazil",
            id="temporary-curbs-cancelled",
        ),
        # guards: the relief itself temporary
        pytest.param(
            "قررت كندا الرفع المؤقت للعقوبات على سوريا.",
            "sanctions.suspended",
            "Canada",
            "Syria",
            id="guard-temporary-lifting",
        ),
        pytest.param(
            "رفعت سويسرا العقوبات على بيلاروسيا بشكل مؤقت.",
            "sanctions.suspended",
            "Switzerland",
            "Belarus",
            id="guard-lifted-for-a-while",
        ),
    ],
)
def test_a_temporary_measure_lifted_is_a_lifting(text: str, kind: str, actor: str, target: str) -> None:
    rows = _alerts(text, kind)
    assert rows and rows[0][0] == "occurred"
    assert actor in rows[0][1] and target in rows[0][2]
