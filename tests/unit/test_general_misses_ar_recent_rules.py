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
- A sending approved is still to be done ("وافق البرلمان التركي على إرسال قوات"), also when
  it is a sending again ("على إعادة نشر قوات") or what a request the verb grants asks for, its
  requester between ("وافق بايدن على طلب وزير الدفاع … إعادة نشر قوات أميركية", set 90's
  Somalia article): a planned presence, not an occurred one (``extractor._approved_sending_ar``).
  A redeployment done ("أعادت … نشر قوات") or announced as done stays occurred.
- Forces sent "inside" a state ("نشر قوات … داخل الصومال", the same article) are in it: the
  state is where they go, the host, not a second sender (``markers.target.military``).
- A refusal of combat troops ("لا تنوي نشر قوات قتالية برية في الصومال", the same article)
  limits the kind of force and no longer turns a plan told with no kind into a refusal
  (``extractor._demote``); a plan of combat troops beside it, and a refusal of more troops of
  any kind, are still denied by it.

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


# --- a sending again, or one a granted request asks for, is still to be done ----------------------


@pytest.mark.parametrize(
    ("text", "status", "actor", "target"),
    [
        pytest.param(
            "وافق الرئيس الفرنسي على طلب وزير الجيوش إعادة نشر قوات فرنسية في تشاد.",
            "planned",
            "France",
            "Chad",
            id="request-granted-redeployment",
        ),
        pytest.param(
            "وافق البرلمان الألماني على طلب الحكومة إرسال جنود إلى مالي.",
            "planned",
            "Bundestag",
            "Mali",
            id="request-granted-sending",
        ),
        pytest.param(
            "وافق الرئيس الفرنسي على إعادة نشر قوات فرنسية في النيجر.",
            "planned",
            "France",
            "Niger",
            id="approved-redeployment",
        ),
        # guards: a redeployment done, one announced with its day
        pytest.param("أعادت فرنسا نشر قوات في تشاد.", "occurred", "France", "Chad", id="guard-redeployed"),
        pytest.param(
            "أعلنت فرنسا إعادة نشر قواتها في النيجر أمس.", "occurred", "France", "Niger", id="guard-announced"
        ),
    ],
)
def test_an_approved_sending_again_is_planned(text: str, status: str, actor: str, target: str) -> None:
    present = _alerts(text, "military.presence")
    assert present and present[0][0] == status
    assert actor in present[0][1] and target in present[0][2]


# --- forces sent inside a state; a refusal of combat troops only ---------------------------------


@pytest.mark.parametrize(
    ("text", "status", "actor", "target"),
    [
        pytest.param(
            "وافق البرلمان الهولندي على نشر جنود داخل ليتوانيا.", "planned", "Netherlands", "Lithuania",
            id="inside-a-state",
        ),
        pytest.param(
            "أرسلت تركيا قوات داخل الأراضي السورية.", "occurred", "Turkey", "Syria", id="inside-a-territory"
        ),
        pytest.param(
            "سترسل كندا قوات إلى لاتفيا لتدريب الجيش.\n\nوأوضح الوزير أن كندا لن تنشر قوات قتالية في لاتفيا.",
            "planned",
            "Canada",
            "Latvia",
            id="plan-beside-no-combat-troops",
        ),
    ],
)
def test_forces_inside_a_state_and_a_limit_on_combat_troops(text: str, status: str, actor: str, target: str) -> None:
    present = _alerts(text, "military.presence")
    assert present and present[0][0] == status
    assert actor in present[0][1] and target in present[0][2]
    assert target not in present[0][1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "سترسل كندا قوات قتالية إلى لاتفيا.\n\nوقال الوزير إن كندا لن تنشر قوات قتالية في لاتفيا.",
            id="combat-plan-beside-combat-refusal",
        ),
        pytest.param(
            "ستنشر ألمانيا جنودا في ليتوانيا.\n\nوقال الوزير إن ألمانيا لن ترسل قوات إضافية إلى ليتوانيا.",
            id="refusal-of-more-troops",
        ),
    ],
)
def test_a_refusal_of_the_same_kind_still_denies(text: str) -> None:
    assert _alerts(text, "military.presence") == []
