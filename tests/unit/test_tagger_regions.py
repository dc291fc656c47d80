"""Names of regions and pages the knowledge base covered thinly (South and Central Asia, the
Great Lakes, Latin America, the Balkans, sports pages), a party name two states share, a party's
quoted name that is also a slogan, and acronyms written in the British mixed case ("Fifa").
All sentences here are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze


def _linked(text: str, lang: str, day: date = date(2019, 3, 1)) -> dict[str, list[str]]:
    out = analyze(text, lang=lang, published=day).to_dict()
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}


def test_the_moroccan_justice_and_development_party_in_a_moroccan_story():
    linked = _linked("الرباط - قال حزب العدالة والتنمية إنه سيشارك في الحكومة المغربية المقبلة، "
                     "بعد مشاورات مع أحزاب المغرب الأخرى.", "ar")
    assert "Justice and Development Party (Morocco)" in linked
    assert "Justice and Development Party" not in linked


def test_the_turkish_justice_and_development_party_in_a_turkish_story():
    linked = _linked("أنقرة - قال حزب العدالة والتنمية إن الانتخابات المحلية في تركيا ستجري في "
                     "موعدها، وإن تركيا مستعدة لها.", "ar")
    assert "Justice and Development Party" in linked
    assert "Justice and Development Party (Morocco)" not in linked


def test_a_party_named_by_a_quoted_slogan():
    linked = _linked('وأعلن نواب تأسيس حزب جديد باسم "تحيا تونس" استعدادا للانتخابات.', "ar")
    assert "Tahya Tounes" in linked


def test_the_slogan_chanted_is_no_party():
    linked = _linked('وهتف المتظاهرون "تحيا تونس" أمام مقر البرلمان في العاصمة.', "ar")
    assert "Tahya Tounes" not in linked


@pytest.mark.parametrize("text, name", [
    ("Fifa said the match would be replayed behind closed doors.", "FIFA"),
    ("Uefa opened disciplinary proceedings against both clubs.", "UEFA"),
    ("Unicef warned that a million children were out of school.", "UNICEF"),
])
def test_acronyms_in_mixed_case(text, name):
    assert name in _linked(text, "en")


def test_a_ministers_surname_is_no_mercenary_group():
    linked = _linked("Congo's Foreign Minister Therese Kayikwamba Wagner met her counterpart.", "en",
                     date(2025, 5, 1))
    assert "Wagner Group" not in linked
    assert "Thérèse Kayikwamba Wagner" in linked


def test_pti_as_a_news_agency_is_no_party():
    linked = _linked("The minister told PTI that the talks with Nepal went well.", "en")
    assert "Pakistan Tehreek-e-Insaf" not in linked


@pytest.mark.parametrize("text, lang, names", [
    ("Sheikh Hasina's Awami League won again, and the BNP boycotted the vote in Bangladesh.", "en",
     {"Sheikh Hasina", "Awami League", "Bangladesh Nationalist Party"}),
    ("The Pakistan Tehreek-e-Insaf (PTI) and the PML-N traded blame in the National Assembly "
     "of Pakistan.", "en",
     {"Pakistan Tehreek-e-Insaf", "Pakistan Muslim League (N)", "National Assembly of Pakistan"}),
    ("واستقبل الرئيس الطاجيكي إمام علي رحمن نظيره في دوشنبه.", "ar", {"Emomali Rahmon"}),
    ("وأشادت مجموعة ليما بموقف كندا من الأزمة.", "ar", {"Lima Group"}),
    ("وصادق البرلمان على اتفاق بريسبا بعد جلسة طويلة.", "ar", {"Prespa Agreement"}),
    ("Sepp Blatter and Greg Dyke clashed again over the vote.", "en", {"Sepp Blatter", "Greg Dyke"}),
    ("وسجل محمد صلاح هدفين في المباراة.", "ar", {"Mohamed Salah"}),
])
def test_names_of_thinly_covered_regions(text, lang, names):
    assert names <= set(_linked(text, lang, date(2019, 3, 1)))
