"""Office holders come from an index; it must answer as a scan of every entity would."""

from __future__ import annotations

from datetime import date

from rasd.kb.loader import load_kb
from rasd.kb.model import KBEntity, KnowledgeBase, Office, OfficeTerm


def _scan(kb: KnowledgeBase, office_id: str, day: date) -> list[str]:
    return [
        e.id for e in kb.entities.values()
        if any(t.office == office_id and t.covers(day) for t in e.offices)
    ]


def test_every_builtin_office_has_the_holders_a_full_scan_finds() -> None:
    kb = load_kb()
    days = [date(2012, 3, 1), date(2018, 8, 1), date(2024, 12, 9), date(2025, 11, 11)]
    checked = 0
    for office_id in kb.offices:
        for day in days:
            assert [e.id for e in kb.holders(office_id, day)] == _scan(kb, office_id, day)
            checked += bool(_scan(kb, office_id, day))
    assert checked > 100  # the KB has office holders on these days: the test compares something


def _minister(entity_id: str, start: date) -> KBEntity:
    return KBEntity(entity_id, "PERSON", entity_id, None,
                    offices=(OfficeTerm("xx.minister", start, None),))


def test_an_entity_added_after_a_lookup_is_found() -> None:
    kb = KnowledgeBase(offices={"xx.minister": Office("xx.minister", {"en": ("Minister",)})})
    kb.entities["a"] = _minister("a", date(2000, 1, 1))
    assert [e.id for e in kb.holders("xx.minister", date(2020, 1, 1))] == ["a"]
    kb.entities["b"] = _minister("b", date(2019, 1, 1))
    assert [e.id for e in kb.holders("xx.minister", date(2020, 1, 1))] == ["a", "b"]


def test_offices_changed_in_place_are_seen_after_forget_indexes() -> None:
    kb = KnowledgeBase(offices={"xx.minister": Office("xx.minister", {"en": ("Minister",)})})
    kb.entities["a"] = KBEntity("a", "PERSON", "A", None)
    assert kb.holders("xx.minister", date(2020, 1, 1)) == []
    kb.entities["a"].offices = (OfficeTerm("xx.minister", date(2010, 1, 1), None),)
    kb.forget_indexes()
    assert [e.id for e in kb.holders("xx.minister", date(2020, 1, 1))] == ["a"]


def test_a_watchlist_that_gives_a_builtin_person_an_office_makes_them_its_holder(tmp_path) -> None:
    base = load_kb()
    office_id = next(iter(base.offices))
    person = next(e for e in base.entities.values() if e.type == "PERSON" and not e.offices)
    watchlist = tmp_path / "extra.yaml"
    watchlist.write_text(
        f"- id: {person.id}\n  type: PERSON\n  en: {person.name_en}\n"
        f"  offices:\n  - {{office: {office_id}, from: 2030-01-01}}\n",
        encoding="utf-8",
    )
    kb = load_kb([watchlist])
    assert person.id in [e.id for e in kb.holders(office_id, date(2031, 1, 1))]
    assert person.id not in [e.id for e in kb.holders(office_id, date(2029, 1, 1))]
