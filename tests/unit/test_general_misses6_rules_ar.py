"""Rule sentences (Arabic) for the general causes fixed after the Arabic held-out sets 1 to 39 and
91, each a cause found among their strict xfails or left open by earlier rounds.

- An easing with its allowance told ("خففت الحكومة الروسية الحظر … إذ سمحت باستيرادها في حدود حصة",
  set 91's tomato article; "تخفف الحظر … وتسمح باستيراد") is a partial suspension, as an easing
  "بما يسمح" already was: the allowance told by "إذ/حيث سمحت", "وتسمح" and the quota "في حدود حصة"
  are ``so_as_to_allow`` cues of ``ar.cues.yaml``. A freeze eased ("مجلس الأمن يخفف تجميد أصول
  شركات النفط", set 90's Libyan article) is a suspension too, some assets released and the freeze
  kept on the rest (a ``sanctions.suspended`` trigger of ``ar.triggers.yaml``). Sanctions eased
  with no allowance told stay a lifting, and a permission in a later clause of its own is none.
- Measures one "will not hesitate to take", sanctions named among them ("لن نتردد في اتخاذ مزيد من
  الإجراءات، بما في ذلك عقوبات محددة الأهداف", the three leaders' warning in set 31's live blog),
  are a threat, as "لن تتردد في استخدام الأدوات المتاحة، بما فيها العقوبات" already was (the forms
  "تتردد/نتردد/يترددوا في اتخاذ" of that ``sanctions.threatened`` trigger in ``ar.triggers.yaml``);
  a hesitation told as such, and measures taken against sanctions' effects, stay quiet. (Set 31's
  article stays a strict xfail: its warning is retold in a long reminder whose speakers no rule
  takes up.)
- Troops landing told subject first, as a complement clause tells them ("إن طلائع القوة الفرنسية …
  حطت أمس في قاعدة …", set 34's press review), are deployed as troops that "وصلت" after their
  subject already were (the forms حطت, هبطت, نزلت of that ``military.presence`` trigger in
  ``ar.triggers.yaml``); and the force's size in an aside set off by commas between the force and
  its verb ("، وقوامها نحو مئتي جندي من وحدات …،", "، التي تضم …،") does not count against the
  window (``extractor._size_aside_before_ar``, read by ``_needs_met`` and by the troops' state). A
  delegation with its size, and a plane that lands, stay quiet. (Set 34's article stays a strict
  xfail: its landing names no state, only a base and a town the knowledge base lacks.)
- A base or garrison opened after the scene told with the quarter of its state and with an ordinal
  ("افتتح الجيش الأمريكي اليوم في مدينة بوزنان غرب بولندا أول حامية عسكرية", set 33's transcript):
  the quarter and its state after a city ("غرب بولندا", ``extractor._where_in_state_words``) count
  for nothing in the window, as the city already did, and neither does an ordinal before what a
  military verb opens or sends ("أول", "ثاني": ``_ORDINALS_AR``). A minister opening a first
  exhibition of military industries stays quiet.

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


# --- measures one will not hesitate to take, sanctions among them, are a threat -----------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "وقال رئيس الوزراء الأسترالي إن بلاده لن تتردد في اتخاذ مزيد من الخطوات، بما في ذلك عقوبات "
            "محددة الأهداف، ضد ميانمار.",
            "Myanmar",
            id="including-sanctions",
        ),
        pytest.param(
            "وأكد الوزراء أنهم لن يترددوا في اتخاذ إجراءات إضافية بما فيها العقوبات ضد كوريا الشمالية.",
            "North Korea",
            id="plural",
        ),
    ],
)
def test_measures_one_will_not_hesitate_to_take_are_a_threat(text: str, target: str) -> None:
    threats = _alerts(text, "sanctions.threatened")
    assert threats and threats[0][0] == "occurred" and target in threats[0][2]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ترددت الحكومة اليابانية في اتخاذ قرار بشأن العقوبات على روسيا.", id="hesitation-told"),
        pytest.param(
            "لن تتردد الحكومة في اتخاذ إجراءات لحماية الاقتصاد من آثار العقوبات الغربية على روسيا.",
            id="measures-against-the-effects",
        ),
    ],
)
def test_measures_against_sanctions_or_a_hesitation_are_no_threat(text: str) -> None:
    assert _alerts(text, "sanctions.threatened") == []


# --- troops landing, told subject first, past an aside on their size ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتقول الصحيفة إن طلائع القوة البريطانية حطت أمس في قاعدة جوية في إستونيا.", id="landed"),
        pytest.param(
            "وقال المصدر إن طلائع القوة البريطانية، وقوامها نحو مئتي جندي من وحدات المظليين، حطت أمس في "
            "قاعدة جوية في إستونيا.",
            id="past-the-size",
        ),
        pytest.param(
            "وقال المصدر إن طلائع القوة البريطانية، التي تضم ثلاثمئة جندي من وحدات المظليين، وصلت أمس إلى "
            "إستونيا.",
            id="past-a-relative-size",
        ),
    ],
)
def test_troops_landing_subject_first_are_deployed(text: str) -> None:
    present = _alerts(text, "military.presence")
    assert present and present[0][0] == "occurred"
    assert "United Kingdom" in present[0][1] and "Estonia" in present[0][2]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال المصدر إن وفد وزارة الدفاع البريطانية، وقوامه خمسة ضباط، وصل أمس إلى إستونيا.", id="delegation"),
        pytest.param("وقال إن طائرة الرئيس الفرنسي حطت أمس في مطار بوخارست في رومانيا.", id="a-plane"),
    ],
)
def test_a_delegation_or_a_plane_landing_is_no_deployment(text: str) -> None:
    assert _alerts(text, "military.presence") == []


# --- a base opened past the scene's quarter of a state and an ordinal ---------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "افتتح الجيش البريطاني أمس في مدينة تابا شمال إستونيا أول حامية عسكرية دائمة.",
            "United Kingdom",
            "Estonia",
            id="quarter-and-ordinal",
        ),
        pytest.param(
            "افتتح الجيش البريطاني أمس أول حامية عسكرية دائمة في ليتوانيا.", "United Kingdom", "Lithuania", id="ordinal"
        ),
    ],
)
def test_a_first_base_opened_past_the_scene_is_a_presence(text: str, actor: str, target: str) -> None:
    present = _alerts(text, "military.presence")
    assert present and present[0][0] == "occurred"
    assert actor in present[0][1] and target in present[0][2]


def test_a_first_exhibition_opened_is_no_presence() -> None:
    text = "افتتح الوزير أمس في مدينة تابا شمال إستونيا أول معرض للصناعات العسكرية."
    assert _alerts(text, "military.presence") == []
