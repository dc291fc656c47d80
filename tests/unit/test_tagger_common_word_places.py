"""Arabic words that are also names: a city that is also "a scene", a region closing another
place's name, the preposition على folded into the given name علي, an adjective that is also a
tournament's nickname, verbal nouns after a title, and ministries whose portfolio has an
adjective of its own. All sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze


def _entities(text: str, day: date = date(2018, 4, 2)) -> tuple[dict[str, list[str]], list[str]]:
    out = analyze(text, lang="ar", published=day).to_dict()
    linked = {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}
    unlinked = [e["name"] for e in out["entities"] if not e["linked"]]
    return linked, unlinked


@pytest.mark.parametrize("text", [
    "وظهر اللاعبون في مشهد مؤثر وهم يودعون زميلهم في الملعب.",
    "في مشهد تكرر كثيرا هذا الأسبوع، اصطف السائقون أمام محطات الوقود.",
    "ويعكس مشهد الشوارع الخالية حجم الخوف بين السكان.",
])
def test_a_scene_is_no_city(text):
    assert "Mashhad" not in _entities(text)[0]


@pytest.mark.parametrize("text", [
    "وقع انفجار في مشهد شمال شرقي البلاد صباح اليوم.",
    "وخرجت مظاهرات في طهران وتبريز ومشهد احتجاجا على الغلاء.",
    "وأغلقت السفارة أبوابها في العاصمة وقنصليتها في مشهد، بعد الهجوم.",
    "وصل الوفد إلى مشهد الإيرانية مساء الأحد.",
])
def test_the_city_of_mashhad_in_a_place_context(text):
    assert "Mashhad" in _entities(text)[0]


def test_a_town_named_after_a_region_does_not_link_the_region():
    linked, _ = _entities("وسيطرت الفصائل على بصرى الشام بعد معارك مع القوات الحكومية قرب دمشق.")
    assert linked.get("Damascus") == ["دمشق"]
    assert "Bosra" in linked


def test_the_last_word_of_an_unknown_place_name_is_not_the_region():
    # "كفر الشام" (an invented village): الشام is the end of its name, not Damascus.
    linked, _ = _entities("ونزح الأهالي من كفر الشام إلى القرى المجاورة، بحسب ناشطين في دمشق.")
    assert linked.get("Damascus") == ["دمشق"]


@pytest.mark.parametrize("text", [
    "وفرضت واشنطن العقوبات على لاريجاني وعدد من القضاة الإيرانيين.",
    "وتشمل القائمة قيودا على السفر وعلى لاريجاني شخصيا.",
])
def test_the_preposition_on_is_no_given_name(text):
    assert "Ali Larijani" not in _entities(text)[0]


def test_ali_after_a_title_is_still_the_name():
    # Egyptian spelling writes the name Ali with a final alef maqsura too.
    linked, _ = _entities("وقال الرئيس اليمني السابق على عبد الله صالح إن الحرب ستطول.")
    assert "Ali Abdullah Saleh" in linked


def test_gulf_as_an_adjective_is_no_tournament():
    linked, _ = _entities("وقال مصدر دبلوماسي خليجي إن الاجتماع تأجل إلى الشهر المقبل.")
    assert "Arabian Gulf Cup" not in linked


def test_a_verbal_noun_after_a_title_is_no_name():
    _, unlinked = _entities("وطلب المتحدث باسم الحزب مغادرة البلاد قبل إعلان النتائج.")
    assert not any("مغادرة" in name for name in unlinked)


def test_a_ministry_keeps_the_adjective_of_its_portfolio():
    _, unlinked = _entities("وأعلنت وزارة القوى العاملة المصرية زيادة الحد الأدنى للأجور.")
    assert any(name.startswith("وزارة القوى العاملة") for name in unlinked)


@pytest.mark.parametrize("spelling", ["جاووش أوغلو", "تشاووش أوغلو"])
def test_cavusoglu_in_other_arabic_spellings(spelling):
    # no office title in the sentence: the spelling alone must name him
    linked, _ = _entities(f"والتقى {spelling} بنظيره الروسي في أنقرة.")
    assert "Mevlüt Çavuşoğlu" in linked
