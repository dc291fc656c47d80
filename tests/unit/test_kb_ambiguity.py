"""Surnames that are also everyday words (or another person's surname) link only with support."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

DAY = date(2025, 11, 11)


def _linked(text: str) -> dict[str, list[str]]:
    out = analyze(text, published=DAY).to_dict()
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}


@pytest.mark.parametrize(
    "text, person",
    [
        ("وأكد أن أنقرة تحولت إلى لاعب رئيسي في المنطقة.", "Ebrahim Raisi"),  # "main"
        ("أوقفت الشركة رحلاتها إلى كبرى المدن الكندية.", "Nabih Berri"),  # "major" (ك + برى)
        ("وصلت السفينة إلى مرسى مطروح الليلة.", "Mohamed Morsi"),  # "anchorage"
        ("وهنأ المصريين بعيد الفطر المبارك، وقال: عيدكم مبارك.", "Hosni Mubarak"),  # "blessed"
        ("عاد المعارض من المنفى إلى بلاده بعد عشرين عاما.", "Mohamed al-Menfi"),  # "exile"
        ("White House spokesman Jay Carney said the sanctions isolate Pyongyang. Carney added more.", "Mark Carney"),
    ],
)
def test_an_everyday_word_is_not_the_person(text, person):
    assert person not in _linked(text)


@pytest.mark.parametrize(
    "text, person, surname",
    [
        ("قال الرئيس الإيراني إبراهيم رئيسي إن بلاده مستعدة. وأضاف رئيسي أن", "Ebrahim Raisi", "رئيسي"),
        ("التقى رئيس مجلس النواب نبيه بري بالوفد، وقال بري إن", "Nabih Berri", "بري"),
        ("وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستعمل. وأضاف السوداني", "Mohammed Shia al-Sudani",
         "السوداني"),
        ("Canadian Prime Minister Mark Carney spoke on Monday. Carney said Canada would act.", "Mark Carney", "Carney"),
    ],
)
def test_the_surname_links_once_the_person_is_named(text, person, surname):
    assert surname in _linked(text).get(person, [])


def test_short_arabic_country_names_link_their_state():
    linked = _linked("انتقدت موسكو طموحات مقدونيا للانضمام إلى الحلف، وتحدثت أمام برلمان البوسنة.")
    assert "North Macedonia" in linked and "Bosnia and Herzegovina" in linked


@pytest.mark.parametrize(
    "text, person",
    [
        ("Ivanka Trump arrived in Riyadh on Tuesday.", "Donald Trump"),
        ("Rifaat al-Assad returned to Syria after decades in exile.", "Bashar al-Assad"),
        ("Gamal Mubarak was acquitted by the court.", "Hosni Mubarak"),
    ],
)
def test_another_given_name_before_a_surname_is_someone_else(text, person):
    assert person not in _linked(text)


@pytest.mark.parametrize(
    "text, person, surname",
    [
        ("On Monday Trump said he would act.", "Donald Trump", "Trump"),
        ("Colonel Gaddafi was killed in 2011.", "Muammar Gaddafi", "Gaddafi"),
        ("Syria's Assad fled to Moscow.", "Bashar al-Assad", "Assad"),
        ("Supreme Leader Khamenei said the talks were over.", "Ali Khamenei", "Khamenei"),
        ("J. D. Vance said the deal was done.", "JD Vance", "Vance"),
        ("Israeli Prime Minister Benjamin Netanyahu spoke. Netanyahu said", "Benjamin Netanyahu", "Netanyahu"),
    ],
)
def test_titles_ranks_and_possessives_before_a_surname_still_link(text, person, surname):
    assert surname in _linked(text).get(person, [])


def test_an_unresolved_ambiguous_phrase_does_not_hide_the_names_inside_it():
    # "US-led coalition" may be any coalition (ambiguous), but it still names the US.
    linked = _linked("Officials said the US-led coalition struck the town on Monday.")
    assert linked.get("United States") == ["US"]
    assert "Global Coalition to Defeat ISIS" not in linked


def test_inner_names_come_from_a_watchlist_phrase_too(tmp_path):
    from rasd.entities.tagger import tag_entities
    from rasd.kb.loader import load_kb

    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(
        "- id: acme:force\n  type: ORG\n  en: Ruritanian Armed Forces\n"
        "  ambiguous: {en: [French military mission]}\n", encoding="utf-8")
    kb = load_kb([watchlist])
    found = {r.name: [m.text for m in r.mentions]
             for r in tag_entities("The French military mission left Bamako.", kb, lang="en") if r.linked}
    assert found.get("France") == ["French"]
    assert "Ruritanian Armed Forces" not in found
    # With support (the full name earlier), the phrase links its entity, not the inner name.
    found = {r.name for r in tag_entities(
        "The Ruritanian Armed Forces said the French military mission left Bamako.", kb, lang="en") if r.linked}
    assert "Ruritanian Armed Forces" in found and "France" not in found


@pytest.mark.parametrize(
    "text, country, linked",
    [
        ("قدم البنك دعم مالي كبير للمشروع.", "Mali", False),  # "financial"
        ("أعلنت حكومة جمهورية مالي حالة الطوارئ.", "Mali", True),
        ("وصل الملك إلى عمان مساء أمس.", "Oman", False),  # Amman as often as Oman
        ("وقالت سلطنة عمان إن عمان سترسل وفدا.", "Oman", True),
        ("أطلق الجيش الكوري الشمالي صاروخين.", "North Korea", True),  # an unresolved army phrase
    ],
)
def test_a_name_listed_as_ambiguous_links_only_with_support(text, country, linked):
    assert (country in _linked(text)) is linked


def test_a_word_both_ambiguous_and_a_demonym_is_still_the_adjective(tmp_path):
    from rasd.entities.tagger import tag_entities
    from rasd.kb.loader import load_kb

    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(
        "- id: acme:outlet\n  type: MEDIA\n  en: Ruritanian Times\n  ambiguous: {en: [Ruritanian]}\n"
        "- id: acme:state\n  type: GPE\n  en: Ruritania\n  demonyms: {en: [Ruritanian]}\n",
        encoding="utf-8")
    kb = load_kb([watchlist])
    found = {r.name for r in tag_entities("Ruritanian officials met on Monday.", kb, lang="en") if r.linked}
    assert found == {"Ruritania"}


# --- whole-word names: a clitic in front turns a short name into a common word ----------------------

@pytest.mark.parametrize("text", [
    pytest.param("تعرضت القافلة إلى وابل من الرصاص قرب الحدود.", id="a-hail-of-bullets"),
    pytest.param("سقط وابل من القذائف على الحي الشرقي.", id="a-hail-of-shells"),
    pytest.param("وصل الوفد الأفغاني إلى كابل مساء أمس.", id="kabul-spelt-kabl"),
])
def test_a_clitic_before_a_whole_word_name_is_no_name(text):
    assert "Apple Inc." not in _linked(text)


@pytest.mark.parametrize("text", [
    pytest.param("أعلنت آبل عن هاتف جديد في مؤتمرها السنوي.", id="bare"),
    pytest.param("وقالت أبل في بيان إنها ستطعن في القرار.", id="after-a-verb-with-its-clitic"),
    pytest.param('فرضت المفوضية غرامة على "آبل" بسبب متجر التطبيقات.', id="quoted"),
])
def test_a_whole_word_name_still_links_as_a_word(text):
    assert "Apple Inc." in _linked(text)
