"""Rule sentences for the general causes fixed after the ninety-eighth Arabic held-out set
(``test_heldout98_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

ALERTABLE = ("occurred", "planned")

DAY = date(2022, 3, 9)


# --- "هددت … باتخاذ تدابير مضادة ضد X": countermeasures aimed at a party are sanctions threatened ---

@pytest.mark.parametrize("text, actor, target", [
    pytest.param("توعدت روسيا، أمس الخميس، باتخاذ تدابير مضادة ضد اليابان بعد انضمام طوكيو إلى "
                 "العقوبات الغربية.", "Russia", "Japan", id="vowed-countermeasures-against-state"),
    pytest.param("لوحت تركيا بتدابير مضادة ضد الولايات المتحدة إذا أقر الكونغرس العقوبات.",
                 "Turkey", "United States", id="brandished-countermeasures-against-state"),
])
def test_countermeasures_against_a_party_are_threatened(text: str, actor: str, target: str) -> None:
    rows = _rows(text, "sanctions.threatened")
    assert any(actor in a and target in t for a, t in rows), rows


def test_countermeasures_against_a_government_by_bihaqq() -> None:
    text = "هددت كوريا الجنوبية باتخاذ إجراءات مضادة بحق الحكومة الأمريكية إذا فرضت واشنطن القيود الجديدة."
    rows = _rows(text, "sanctions.threatened")
    assert any("South Korea" in a for a, _ in rows), rows


@pytest.mark.parametrize("text", [
    # guards: countermeasures against a growth or a deployment, or against no one, are a
    # military answer, no sanctions
    pytest.param("قال الكرملين إن روسيا ستتخذ تدابير مضادة ضد توسع حلف شمال الأطلسي نحو حدودها.",
                 id="against-an-alliance-growth"),
    pytest.param("هددت إيران باتخاذ تدابير مضادة ضد نشر منظومات الدفاع الصاروخي الأمريكية في المنطقة.",
                 id="against-a-deployment"),
    pytest.param("قال الكرملين إن روسيا ستتخذ تدابير مضادة إذا انضمت السويد إلى الحلف.",
                 id="against-no-party"),
])
def test_other_countermeasures_are_no_sanctions_threat(text: str) -> None:
    assert not _rows(text, "sanctions.threatened")


# --- "تبقى القوات … خارج الهيكلية الجديدة": forces left out of an arrangement are not stationed ---

@pytest.mark.parametrize("text", [
    pytest.param("وستبقى القوات الخاصة للجيش الباكستاني خارج الهيكلية الجديدة التي أعلنتها وزارة الدفاع.",
                 id="outside-a-new-structure"),
    pytest.param("وسيبقى الجنود الأتراك خارج نطاق الترتيبات الأمنية الجديدة في المنطقة.",
                 id="outside-the-scope-of-arrangements"),
])
def test_forces_kept_out_of_an_arrangement_are_no_presence(text: str) -> None:
    assert not _rows(text, "military.presence")


@pytest.mark.parametrize("text, actor", [
    # guards: forces that stay at a base, or outside a city at a base, stay a presence
    pytest.param("ستبقى قوات أمريكية في قاعدة حرير شمالي العراق بموجب الاتفاق.", "United States",
                 id="stay-at-a-base"),
    pytest.param("وستبقى القوات الفرنسية خارج العاصمة باماكو في قاعدة غاو.", "France",
                 id="outside-a-city-at-a-base"),
])
def test_forces_that_stay_at_a_place_stay_a_presence(text: str, actor: str) -> None:
    rows = _rows(text, "military.presence")
    assert any(actor in a for a, _ in rows), rows


def _rows(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    """The actors and targets of each alertable event of ``kind`` read in ``text``."""
    return [([r.name for r in e.actors], [r.name for r in e.targets])
            for e in analyze(text, lang="ar", published=DAY).events
            if e.type == kind and e.status in ALERTABLE]
