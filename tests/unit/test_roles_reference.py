"""Who acts and who is acted on: general participant rules of the event extractor
(rasd/events/roles.py, rasd/events/participants.py). Every sentence here is written for these
tests."""

from __future__ import annotations

from datetime import date

from rasd.analyze import analyze
from rasd.events import ALERTABLE

_DAY = date(2025, 6, 2)


def _rows(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [r.name for r in e.actors], [r.name for r in e.targets])
        for e in analyze(text, lang=lang, published=_DAY).events
        if e.status in ALERTABLE
    ]


# --- 1. a plural anaphor takes the last subject that names several parties ------------------


def test_they_skips_a_single_bloc_and_a_common_noun_subject() -> None:
    text = (
        "Chad and Sudan signed a border security pact in Cairo on Monday.\n\n"
        "The African Union welcomed the pact in a short statement.\n\n"
        "Under the pact, the commission will meet every three months.\n\n"
        "The two governments said they would form a joint force to patrol the desert."
    )
    rows = [r for r in _rows(text, "en") if r[0] == "forces.integrated"]
    assert rows, _rows(text, "en")
    assert {"Chad", "Sudan"} <= set(rows[0][1]) and "African Union" not in rows[0][1], rows


def test_they_after_a_plural_sentence_keeps_it() -> None:
    text = "Chad and Sudan held talks in Cairo. They said they would form a joint force."
    rows = [r for r in _rows(text, "en") if r[0] == "forces.integrated"]
    assert rows and set(rows[0][1]) == {"Chad", "Sudan"}, rows


# --- 2. "X warned that Y would impose sanctions": Y threatens ------------------------------


def test_the_subject_after_that_is_who_threatens() -> None:
    rows = _rows("France warned that Washington could impose sanctions on Turkey.", "en")
    assert rows == [("sanctions.threatened", ["United States"], ["Turkey"])], rows
    # a pronoun after "that" refers back to the warner
    rows = _rows("France warned that it could impose sanctions on Turkey.", "en")
    assert [r[1] for r in rows] == [["France"]], rows


def test_arabic_warning_names_the_state_that_will_impose() -> None:
    rows = _rows("حذرت فرنسا من أن الولايات المتحدة ستفرض عقوبات على تركيا.", "ar")
    assert rows and all(r[1] == ["United States"] for r in rows), rows
    assert all("France" not in r[1] for r in rows), rows


# --- 3. Arabic: whoever "will face" sanctions is their target -------------------------------


def test_arabic_subject_of_face_is_the_target() -> None:
    rows = _rows("وقال الوزير إن إيران ستواجه عقوبات أمريكية جديدة.", "ar")
    assert rows == [("sanctions.threatened", ["United States"], ["Iran"])], rows


def test_arabic_warned_state_is_the_target_and_the_warner_the_actor() -> None:
    rows = _rows("وحذرت لندن موسكو من أنها قد تواجه عقوبات إضافية.", "ar")
    assert rows == [("sanctions.threatened", ["United Kingdom"], ["Russia"])], rows


# --- 4. a state that only says where a border runs takes no part ----------------------------


def test_the_border_with_a_state_is_a_place() -> None:
    rows = _rows("Turkey and Iraq signed a security pact covering the border with Syria.", "en")
    assert rows and all("Syria" not in r[1] + r[2] for r in rows), rows
    rows = _rows("Russia deployed troops near the Turkish border.", "en")
    assert rows and all("Turkey" not in r[2] for r in rows), rows
    rows = _rows("The US imposed sanctions on smugglers working along the border with Jordan.", "en")
    assert all("Jordan" not in r[2] for r in rows), rows


def test_arabic_border_crossing_with_a_state_is_a_place() -> None:
    rows = _rows("وقعت سوريا اتفاقا مع روسيا لإعادة فتح المعبر الحدودي مع الأردن.", "ar")
    assert rows and all("Jordan" not in r[1] + r[2] for r in rows), rows
    rows = _rows("نشرت روسيا قوات قرب الحدود التركية.", "ar")
    assert rows and all("Turkey" not in r[2] for r in rows), rows
    # a state named as a party stays one
    rows = _rows("وقعت سوريا اتفاقا مع الأردن.", "ar")
    assert rows and any("Jordan" in r[1] + r[2] for r in rows), rows


# --- 5. a person's hyphenated nationality names no state ------------------------------------


def test_a_dual_national_is_a_person_not_two_states() -> None:
    rows = _rows("The US imposed sanctions on a Sudanese-Ukrainian national.", "en")
    assert len(rows) == 1 and not {"Sudan", "Ukraine"} & set(rows[0][2]), rows
    assert rows[0][2] == ["Sudanese-Ukrainian national"], rows
    rows = _rows("Canada imposed sanctions on an Iranian citizen.", "en")
    assert len(rows) == 1 and "Iran" not in rows[0][2], rows
    # but a security council of the state is not a person
    rows = _rows("Canada imposed sanctions on the Iranian national security council.", "en")
    assert len(rows) == 1 and "Iran" in rows[0][2], rows


# --- 6. a company in another clause is no co-actor -------------------------------------------


def test_a_company_that_left_is_not_a_co_actor() -> None:
    rows = _rows("TotalEnergies pulled out of Russia after the US imposed sanctions on Moscow.", "en")
    assert [r[1] for r in rows] == [["United States"]], rows
    rows = _rows("The US, after months of talks, imposed sanctions on Iran.", "en")
    assert [r[1] for r in rows] == [["United States"]], rows


# --- 7. who welcomes a joining does not join -------------------------------------------------


def test_the_welcomer_is_not_the_joiner() -> None:
    rows = _rows("Japan welcomed Sweden's accession to NATO.", "en")
    assert rows == [("alliance.joined", ["Sweden"], ["NATO"])], rows
    rows = _rows("ورحبت ألمانيا وفرنسا بانضمام السويد إلى حلف شمال الأطلسي.", "ar")
    assert rows == [("alliance.joined", ["Sweden"], ["NATO"])], rows


# --- Arabic: a participle after a comma (حال) shares the main verb's subject ----------------


def test_arabic_circumstantial_threat_takes_the_main_subject() -> None:
    rows = _rows("فرضت كندا عقوبات على مسؤولين في فنزويلا، ملوحة بفرض عقوبات إضافية على حكومتها.", "ar")
    threats = [r for r in rows if r[0] == "sanctions.threatened"]
    assert threats and threats[0][1] == ["Canada"], rows
    rows = _rows("وحذر وزير الخارجية البريطاني من أن حكومته ستلاحق كل مسؤول إيراني متورط، ملوحا "
                 "بفرض عقوبات جديدة.", "ar")
    threats = [r for r in rows if r[0] == "sanctions.threatened"]
    assert threats and "Iran" not in threats[0][1], rows
