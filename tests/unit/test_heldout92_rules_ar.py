"""Rule sentences for the general causes fixed after the ninety-second Arabic held-out set
(``test_heldout92_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

DAY = date(2021, 5, 4)


def _events(text: str, kind: str) -> list[tuple[str, str, str]]:
    """(type, status, first actor) of each event of type ``kind`` read in ``text``."""
    return [(e.type, e.status, e.actors[0].name if e.actors else "")
            for e in analyze(text, lang="ar", published=DAY).events if e.type == kind]


# --- "أمر يقضي باعتبار X جزءا من القوات المسلحة": forces declared part of the army ---

@pytest.mark.parametrize("text, actor", [
    pytest.param("أصدر الرئيس الصومالي مرسوما يقضي باعتبار قوات الدراويش جزءا من الجيش الوطني الصومالي.",
                 "Somalia", id="decree-rules-them-part-of-the-army"),
    pytest.param("أقر البرلمان الليبي قانونا ينص على اعتبار كتائب الثوار جزءا من القوات المسلحة الليبية.",
                 "Libya", id="law-provides-them-part-of-the-armed-forces"),
    pytest.param("وقرر مجلس الوزراء السوداني اعتبار قوات الدعم السريع جزءا لا يتجزأ من القوات المسلحة.",
                 "Sudan", id="cabinet-decided-an-integral-part"),
])
def test_forces_declared_part_of_the_army_are_integrated(text: str, actor: str) -> None:
    rows = _events(text, "forces.integrated")
    assert any(r[1] == "occurred" for r in rows), rows


@pytest.mark.parametrize("text", [
    # guards: an opinion in the nominative after "أن", and forces treated "as" part of the army
    # ("باعتبارها") are no act of integration
    pytest.param("ويرى الزعيم الكردي أن قوات البيشمركة جزء من المنظومة الدفاعية العراقية.", id="opinion-that"),
    pytest.param("وتتعامل الحكومة مع الفصائل باعتبارها جزءا من الجيش منذ سنوات.", id="treated-as"),
])
def test_forces_spoken_of_as_part_of_the_army_are_not(text: str) -> None:
    assert not [r for r in _events(text, "forces.integrated") if r[1] in ("occurred", "planned")]


# --- "تربط X موافقتها بانضمام Y": a step made the condition of another has not happened ---

@pytest.mark.parametrize("text, kind", [
    pytest.param("وتربط طهران عودتها إلى الاتفاق برفع الولايات المتحدة العقوبات عن صادراتها النفطية.",
                 "sanctions.lifted", id="return-tied-to-a-lifting"),
    pytest.param("ويربط الاتحاد الأوروبي المساعدات برفع الحظر عن المعارضين في بيلاروس.",
                 "sanctions.lifted", id="aid-tied-to-a-lifting"),
    pytest.param("وتربط أنقرة موافقتها بانضمام فنلندا إلى حلف شمال الأطلسي.",
                 "alliance.joined", id="consent-tied-to-a-joining"),
    pytest.param("وتربط الحكومة الكويتية ذلك بانضمام العراق إلى اتفاقية الأمم المتحدة لقانون البحار.",
                 "alliance.joined", id="that-tied-to-a-joining"),
])
def test_a_step_tied_as_a_condition_is_no_event(text: str, kind: str) -> None:
    assert not [r for r in _events(text, kind) if r[1] in ("occurred", "planned")]


@pytest.mark.parametrize("text, kind, actor", [
    # guards: a step taken beside a link named elsewhere in the sentence keeps its reading
    pytest.param("وانضمت السويد إلى حلف شمال الأطلسي، بعد أن ربطت تركيا موافقتها بتشديد قوانين مكافحة الإرهاب.",
                 "alliance.joined", "Sweden", id="joined-after-a-condition"),
    pytest.param("وتربط البلدين علاقات وثيقة، وقد رفعت الولايات المتحدة العقوبات عن كوبا أمس.",
                 "sanctions.lifted", "United States", id="ties-that-bind-then-a-lifting"),
])
def test_a_step_taken_beside_a_link_keeps_its_reading(text: str, kind: str, actor: str) -> None:
    assert (kind, "occurred", actor) in _events(text, kind)


# --- "إن رفع العقوبات سيستغرق سنوات": a measure that is the subject of a judgement ahead ---

@pytest.mark.parametrize("text, kind", [
    pytest.param("ويقول دبلوماسيون إن رفع العقوبات عن سوريا سيستغرق سنوات.", "sanctions.lifted",
                 id="lifting-will-take-years"),
    pytest.param("ويقول خبراء إن تمديد العقوبات على إيران سيستغرق أسابيع من المفاوضات.", "sanctions.extended",
                 id="extension-will-take-weeks"),
    pytest.param("وقال السفير إن انضمام أوكرانيا إلى حلف شمال الأطلسي سيستغرق سنوات.", "alliance.joined",
                 id="joining-will-take-years"),
    pytest.param("وأن رفع الحظر عن كوريا الشمالية لاحقا لن يكون سهلا.", "sanctions.lifted",
                 id="lifting-later-will-not-be-easy"),
])
def test_a_measure_judged_ahead_is_no_event(text: str, kind: str) -> None:
    assert not [r for r in _events(text, kind) if r[1] in ("occurred", "planned")]


@pytest.mark.parametrize("text, kind", [
    # guards: a measure taken, then judged (a relative clause or a finite verb tells the act)
    pytest.param("وقال الوزير إن رفع العقوبات عن فنزويلا، الذي أعلنته واشنطن أمس، سيفتح الباب أمام الاستثمارات.",
                 "sanctions.lifted", id="lifting-announced-then-judged"),
    pytest.param("ورفعت كندا أمس العقوبات عن سوريا، وسيكون للقرار أثر كبير على الاقتصاد.",
                 "sanctions.lifted", id="lifting-then-its-effect"),
    pytest.param("وأعادت السعودية فتح سفارتها في دمشق أمس، وستكون الخطوة مهمة للمنطقة.",
                 "relations.restored", id="reopening-then-its-weight"),
])
def test_a_measure_taken_then_judged_keeps_its_reading(text: str, kind: str) -> None:
    assert "occurred" in [r[1] for r in _events(text, kind)]


# --- "قال أمام نواب حزبه إن تركيا سترفع": no company's name runs across "إن" ---

@pytest.mark.parametrize("text, kind, actor", [
    pytest.param("وقال الرئيس الروسي في كلمة أمام نواب الحزب إن روسيا سترفع العقوبات عن المسؤولين الكنديين.",
                 "sanctions.lifted", "Russia", id="party-before-inna"),
    pytest.param("وأكد الرئيس الفنزويلي أمام قادة حزبه أن فنزويلا ستعيد فتح سفارتها في بنما الشهر المقبل.",
                 "relations.restored", "Venezuela", id="his-party-before-anna"),
])
def test_a_state_after_a_complementizer_is_no_company_name(text: str, kind: str, actor: str) -> None:
    assert (kind, "planned", actor) in _events(text, kind)


def test_a_company_named_by_its_state_stays_a_company() -> None:
    # guard: "شركة نفط عمان" is a company's name, and Oman no party of its deal
    text = "ووقعت شركة نفط عمان اتفاقية مع شركة يابانية لبناء محطة في الدقم."
    assert not [r for r in _events(text, "agreement.signed") if r[2] == "Oman"]
