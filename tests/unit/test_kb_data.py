"""The built-in knowledge base: coverage, Arabic names, offices, the gold entities' names."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from rasd.kb.loader import DATA_DIR, load_kb

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _named(kb, name_en):
    found = [e for e in kb.entities.values() if e.name_en == name_en]
    assert found, f"{name_en!r} is not in the KB"
    return found[0]


def _all_names(entity, lang):
    return {*entity.all_names().get(lang, ()), *entity.ambiguous.get(lang, ())}


def test_size_and_types(kb):
    counts = Counter(e.type for e in kb.entities.values())
    assert len(kb.entities) >= 600
    assert counts["PERSON"] >= 30 and counts["ORG"] >= 100 and counts["LAW"] >= 20
    assert counts["MEDIA"] >= 30 and counts["GPE"] >= 300


def test_every_entity_has_an_arabic_name(kb):
    missing = [e.id for e in kb.entities.values() if not e.name_ar]
    assert missing == []


def test_all_un_members_and_observers_present_with_arabic_names(kb):
    source = yaml.safe_load((DATA_DIR / "countries.src.yaml").read_text(encoding="utf-8"))
    wanted = set(source["un_members"]) | set(source["un_observers"])
    assert len(source["un_members"]) == 193
    for code in wanted:
        state = kb.by_code("iso2", code)
        assert state is not None, code
        assert state.type == "GPE" and state.name_ar, code


@pytest.mark.parametrize(("name_en", "arabic"), [
    ("United States", {"الولايات المتحدة", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية"}),
    ("United Kingdom", {"المملكة المتحدة", "بريطانيا"}),
    ("Syria", {"سوريا", "سورية"}),
    ("Islamic State", {"داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"}),
    ("Syrian Democratic Forces", {"قسد", "قوات سوريا الديمقراطية"}),
    ("Hay'at Tahrir al-Sham", {"هيئة تحرير الشام"}),
    ("Donald Trump", {"ترامب", "ترمب", "دونالد ترامب"}),
    ("Ahmed al-Sharaa", {"أحمد الشرع", "أبو محمد الجولاني"}),
    ("Caesar Syria Civilian Protection Act", {"قانون قيصر"}),
    ("United States Department of the Treasury", {"وزارة الخزانة الأمريكية"}),
    ("Global Coalition to Defeat ISIS", {"التحالف الدولي ضد داعش"}),
    ("Houthis", {"أنصار الله"}),
    ("Islamic Revolutionary Guard Corps", {"الحرس الثوري"}),
])
def test_key_entities_have_arabic_names_and_variants(kb, name_en, arabic):
    entity = _named(kb, name_en)
    assert arabic <= _all_names(entity, "ar")


def test_short_ambiguous_names_only_link_with_context(kb):
    sharaa = _named(kb, "Ahmed al-Sharaa")
    assert "الشرع" in sharaa.ambiguous["ar"]
    assert "الشرع" not in sharaa.all_names()["ar"]
    coalition = _named(kb, "Global Coalition to Defeat ISIS")
    assert "التحالف الدولي" in coalition.ambiguous["ar"]


def test_demonyms_point_to_states(kb):
    assert "سوري" in _named(kb, "Syria").demonyms["ar"]
    assert {"أمريكي", "أميركي"} <= set(_named(kb, "United States").demonyms["ar"])
    assert "American" in _named(kb, "United States").demonyms["en"]
    assert "أوروبي" in _named(kb, "European Union").demonyms["ar"]


@pytest.mark.parametrize(("office", "day", "holder"), [
    ("us.president", date(2025, 11, 11), "Donald Trump"),
    ("us.president", date(2023, 6, 1), "Joe Biden"),
    ("us.president", date(2019, 6, 1), "Donald Trump"),
    ("us.foreign_minister", date(2025, 11, 11), "Marco Rubio"),
    ("us.finance_minister", date(2025, 11, 11), "Scott Bessent"),
    ("sy.president", date(2025, 11, 11), "Ahmed al-Sharaa"),
    ("sy.president", date(2020, 1, 1), "Bashar al-Assad"),
    ("sy.foreign_minister", date(2025, 11, 11), "Asaad al-Shaibani"),
    ("sy.interior_minister", date(2025, 11, 11), "Anas Khattab"),
    ("tr.foreign_minister", date(2025, 11, 11), "Hakan Fidan"),
])
def test_office_holders_by_date(kb, office, day, holder):
    assert [e.name_en for e in kb.holders(office, day)] == [holder]


def test_office_titles_in_both_languages(kb):
    president = kb.offices["us.president"]
    assert {"الرئيس الأمريكي", "الرئيس الأميركي", "رئيس الولايات المتحدة"} <= set(president.titles["ar"])
    assert "President of the United States" in president.titles["en"]
    assert kb.entities[president.country].name_en == "United States"
    assert "Treasury Secretary" in kb.offices["us.finance_minister"].titles["en"]


def test_references_resolve(kb):
    for entity in kb.entities.values():
        assert entity.country is None or entity.country in kb.entities, entity.id
        assert entity.parent is None or entity.parent in kb.entities, entity.id
    assert kb.get("rasd:place:damascus").country == kb.by_code("iso2", "SY").id


def test_core_gold_entities_have_a_canonical_or_alias_name(kb):
    gold_dir = SHARED / "gold"
    if not gold_dir.is_dir():
        pytest.skip("shared gold files absent (../shared/gold)")

    def key(name):
        return " ".join(name.casefold().replace("al-", "al ").split())

    known = {key(n) for e in kb.entities.values() for n in (e.name_en, *e.aliases.get("en", ()))}
    wanted = []
    for line in (gold_dir / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines():
        wanted += [g["name"] for g in json.loads(line)["entities"] if g.get("core")]
    missing = [n for n in wanted if key(n) not in known]
    assert missing == []
