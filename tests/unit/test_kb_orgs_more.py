"""The wider knowledge base of organisations, laws and places (the *_more.yaml data files):
valid and unique records, names that link in both languages, and short forms that are everyday
words or other bodies ("CHP", "Fed", "الوفد", "الإصلاح") linking only with the full name nearby."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from rasd.analyze import analyze
from rasd.kb.loader import DATA_DIR, _read_yaml_list, load_kb

DAY = date(2025, 11, 11)
FILES = {
    "organisations_more.yaml": {"ORG", "MEDIA"},
    "laws_more.yaml": {"LAW"},
    "places_more.yaml": {"GPE", "LOC", "FAC"},
}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _fold(name: str) -> str:
    name = " ".join(name.casefold().replace("-", " ").replace("\u2013", " ").split())
    return name[4:] if name.startswith("the ") else name


def _linked(text: str) -> dict[str, list[str]]:
    out = analyze(text, published=DAY).to_dict()
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}


@pytest.mark.parametrize("filename", sorted(FILES))
def test_each_file_loads_with_the_types_it_is_for(kb, filename):
    records = _read_yaml_list(DATA_DIR / filename)
    assert len(records) >= 50
    for record in records:
        entity = kb.get(record["id"])
        assert entity is not None, record["id"]
        assert entity.type in FILES[filename], record["id"]
        assert entity.name_ar, record["id"]
        assert entity.source == "builtin"


def test_english_names_are_unique_across_the_knowledge_base(kb):
    counts = Counter(_fold(e.name_en) for e in kb.entities.values())
    ours = {r["id"] for f in FILES for r in _read_yaml_list(DATA_DIR / f)}
    clashes = [e.id for e in kb.entities.values() if e.id in ours and counts[_fold(e.name_en)] > 1]
    assert clashes == []


def test_no_alias_of_ours_names_two_entities(kb):
    """One spelling that names two entities would link neither of them."""
    ours = {r["id"] for f in FILES for r in _read_yaml_list(DATA_DIR / f)}
    owners: dict[tuple[str, str], set[str]] = {}
    for entity in kb.entities.values():
        for lang, names in entity.all_names().items():
            for name in names:
                owners.setdefault((lang, _fold(name)), set()).add(entity.id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1 and ids & ours}
    assert shared == {}


def test_references_of_the_new_records_resolve(kb):
    assert kb.get("rasd:org:unifil").parent == "Q1065"
    assert kb.get("rasd:org:fincen").parent == "rasd:org:us-treasury"
    assert kb.get("rasd:org:nioc").country == kb.by_code("iso2", "IR").id
    assert kb.get("rasd:fac:znpp").country == kb.by_code("iso2", "UA").id


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ECOWAS leaders met in Abuja after the coup in Niamey.", {"Economic Community of West African States"}),
        ("The Commerce Department put Huawei and SMIC on the Entity List last year.",
         {"Huawei", "Semiconductor Manufacturing International Corporation", "Entity List"}),
        ("Peacekeepers of UNIFIL saw rockets fired north of the Litani River, in breach of Resolution 1701.",
         {"United Nations Interim Force in Lebanon", "Litani River",
          "United Nations Security Council Resolution 1701"}),
        ("Washington blacklisted Rosneft and Lukoil, and FinCEN warned banks about the shadow fleet.",
         {"Rosneft", "Lukoil", "Financial Crimes Enforcement Network"}),
        ("Shelling near the Zaporizhzhia nuclear plant worried the inspectors again.",
         {"Zaporizhzhia Nuclear Power Plant"}),
        ("Moscow suspended its part in the New START treaty in 2023.", {"New START"}),
        ("Leaders of the Republican People's Party walked out of parliament in Ankara.",
         {"Republican People's Party"}),
        ("Saudi Aramco raised its prices; Aramco cited demand in Asia.", {"Saudi Aramco"}),
    ],
)
def test_english_names_and_abbreviations_link(text, expected):
    assert expected <= set(_linked(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("فرضت واشنطن عقوبات على شركة روسنفت وعلى بنك ملي إيران.", {"Rosneft", "Bank Melli Iran"}),
        # Arabic-Indic digits and a clitic before the name
        ("وقالت قوات اليونيفيل إن القرار ١٧٠١ ما زال ساريا.",
         {"United Nations Interim Force in Lebanon", "United Nations Security Council Resolution 1701"}),
        ("وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي على اتفاق الرياض.",
         {"Southern Transitional Council", "Riyadh Agreement"}),
        ("وأعلنت مجموعة إيكواس تعليق عضوية النيجر، ولإيكواس قوة احتياطية.",
         {"Economic Community of West African States"}),
        ("حذرت الوكالة من القصف قرب محطة زابوروجيا النووية.", {"Zaporizhzhia Nuclear Power Plant"}),
        ("انتقد حزب الشعب الجمهوري التركي قرار الحكومة.", {"Republican People's Party"}),
        ("رفعت مؤسسة النقد العربي السعودي سعر الفائدة.", {"Saudi Central Bank"}),
        ("قصف الطيران مواقع في إقليم ناغورنو كاراباخ وفي دونباس.", {"Nagorno-Karabakh", "Donbas"}),
    ],
)
def test_arabic_names_and_variants_link(text, expected):
    assert expected <= set(_linked(text))


@pytest.mark.parametrize(
    "text, entity",
    [
        ("The CHP plant supplies heat and power to the town.", "Republican People's Party"),
        ("Fed up with delays, the farmers blocked the road.", "Federal Reserve"),
        ("The Commonwealth of Virginia sued the company.", "Commonwealth of Nations"),
        ("The tanker, IMO 9187629, was seized off Fujairah.", "International Maritime Organization"),
        ("Labour costs rose sharply in the second quarter.", "Labour Party (UK)"),
        ("أكد الوفد المصري أن الإصلاح الاقتصادي مستمر منذ الاستقلال.", "New Wafd Party"),
        ("أكد الوفد المصري أن الإصلاح الاقتصادي مستمر منذ الاستقلال.", "Al-Islah (Yemen)"),
        ("أكد الوفد المصري أن الإصلاح الاقتصادي مستمر منذ الاستقلال.", "Istiqlal Party"),
        ("تواصل الحكومة جهودها لخفض الأسعار.", "National Rally for Reform and Development"),
        ("بلغت الصادرات الحد الأقصى هذا العام.", "Al-Aqsa Mosque"),
        ("ارتفع سعر الدولار في الاقتصاد المصري اليوم.", "Al-Masry Al-Youm"),
    ],
)
def test_short_forms_that_are_words_do_not_link_alone(text, entity):
    assert entity not in _linked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised its key rate by half a point.",
        "رفع البنك المركزي سعر الفائدة نصف نقطة.",
        "وقالت وزارة الخارجية في بيان إن الوزير سيزور المنطقة.",
    ],
)
def test_a_bare_central_bank_or_ministry_names_no_country(text):
    ours = {r["en"] for f in FILES for r in _read_yaml_list(DATA_DIR / f)}
    assert not ours & set(_linked(text))


@pytest.mark.parametrize(
    "text, entity, short",
    [
        ("The Republican People's Party won Istanbul. The CHP also took Ankara.",
         "Republican People's Party", "CHP"),
        ("أعلن حزب الوفد ترشيح رئيسه، وقال الوفد في بيان إنه سيشارك.", "New Wafd Party", "الوفد"),
        ("The International Maritime Organization met in London; the IMO said rules would tighten.",
         "International Maritime Organization", "IMO"),
    ],
)
def test_short_forms_link_once_the_full_name_is_there(text, entity, short):
    assert short in _linked(text).get(entity, [])
