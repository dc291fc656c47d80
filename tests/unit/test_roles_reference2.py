"""Who acts and who is acted on, second pass: general participant rules of the event extractor
(rasd/events/roles.py, rasd/events/participants.py). Every sentence here is written for these
tests."""

from __future__ import annotations

from tests.unit.test_roles_reference import _rows  # (type, actors, targets) of the alertable events

# --- who witnesses or hosts a signing is no party to it -------------------------------------


def test_a_witness_of_the_signing_is_not_a_party() -> None:
    rows = _rows("Armenia and Azerbaijan signed a peace declaration on Friday, witnessed by Russian "
                 "President Vladimir Putin.", "en")
    assert rows == [("agreement.signed", ["Armenia", "Azerbaijan"], [])], rows


def test_hosts_and_guests_of_the_signing_are_not_parties() -> None:
    rows = _rows("Ethiopia and Eritrea signed a border accord on Sunday, hosted by Kenyan President "
                 "William Ruto and by Egyptian President Abdel Fattah el-Sisi.", "en")
    assert [r[0] for r in rows] == ["agreement.signed"], rows
    assert set(rows[0][1]) == {"Ethiopia", "Eritrea"}, rows


# --- a state named again on its own is a target beside its nationals ------------------------


def test_a_state_named_after_its_nationals_stays_a_target() -> None:
    rows = _rows("Canada imposed sanctions on three Russian-Israeli dual nationals and on Russia.", "en")
    assert len(rows) == 1 and rows[0][1] == ["Canada"], rows
    assert "Russia" in rows[0][2], rows
    # named only as the nationality, the state is still no target
    rows = _rows("Canada imposed sanctions on three Russian-Israeli dual nationals.", "en")
    assert rows and all("Russia" not in r[2] for r in rows), rows


# --- who signs the order that lifts or imposes sanctions is their actor ---------------------


def test_the_signer_of_an_order_imposes_what_it_imposes() -> None:
    rows = _rows("Biden signed an executive order imposing sanctions on Nicaragua.", "en")
    assert rows == [("sanctions.imposed", ["United States"], ["Nicaragua"])], rows


def test_a_state_named_in_the_order_is_its_subject_matter() -> None:
    rows = _rows("Trump on Tuesday signed an order terminating the national emergency with respect "
                 "to Sudan, lifting the last sanctions.", "en")
    assert rows == [("sanctions.lifted", ["United States"], ["Sudan"])], rows


# --- Arabic: the dual and plural of a title take their demonym ------------------------------


def test_arabic_two_ministers_of_a_state_are_not_the_state() -> None:
    rows = _rows("فرضت بريطانيا عقوبات على وزيرين عراقيين سابقين.", "ar")
    assert len(rows) == 1 and rows[0][1] == ["United Kingdom"], rows
    assert "Iraq" not in rows[0][2] and rows[0][2], rows
    rows = _rows("فرضت كندا عقوبات على ثلاثة وزراء سوريين.", "ar")
    assert rows and all("Syria" not in r[2] for r in rows), rows


# --- Arabic: a verb joined by و after a comma shares the first verb's subject ---------------


def test_arabic_coordinated_verb_keeps_the_first_subject() -> None:
    rows = _rows("جدد الاتحاد الأوروبي العقوبات على روسيا ستة أشهر، ووسع العقوبات لتشمل شركات جديدة.", "ar")
    assert rows, rows
    assert all(r[1] == ["European Union"] for r in rows), rows


# --- Arabic: the seat where a pact is signed says where, not who ----------------------------


def test_arabic_the_seat_of_a_ministry_is_no_party() -> None:
    rows = _rows("وقعت الأردن اتفاقية تعاون مع العراق في مقر وزارة الخارجية المصرية بالقاهرة.", "ar")
    assert rows == [("agreement.signed", ["Jordan"], ["Iraq"])], rows


def test_two_movements_sign_a_reconciliation_at_a_foreign_seat() -> None:
    rows = _rows("وقعت حركة فتح وحركة حماس اتفاق المصالحة في مقر جهاز المخابرات العامة المصرية.", "ar")
    assert rows == [("agreement.signed", ["Fatah", "Hamas"], [])], rows
    rows = _rows("Hamas and Fatah signed a reconciliation accord in Cairo on Tuesday.", "en")
    assert rows == [("agreement.signed", ["Hamas", "Fatah"], [])], rows


def test_two_firms_signing_a_cooperation_deal_stay_quiet() -> None:
    assert _rows("Gazprom and Rosneft signed a cooperation agreement on Monday.", "en") == []


# --- who owns an acting armed group is a party beside it ------------------------------------


def test_the_leader_who_owns_an_armed_group_takes_part() -> None:
    rows = _rows("Kiir's government and Machar's SPLA-IO agreed to form a unified army.", "en")
    assert rows and rows[0][0] == "forces.integrated", rows
    assert "Riek Machar" in rows[0][1], rows


# --- Arabic: "his country" is the state of the titled speaker -------------------------------


def test_arabic_his_country_is_the_state_of_the_titled_speaker() -> None:
    rows = _rows("وحذر السفير البريطاني في بيروت من أن بلاده ستفرض عقوبات على المسؤولين اللبنانيين.", "ar")
    assert rows and rows[0][0] == "sanctions.threatened", rows
    assert rows[0][1] == ["United Kingdom"], rows


# --- Arabic: a headline's second present verb joined by و keeps the opening subject ---------


def test_arabic_headline_second_verb_keeps_the_opening_subject() -> None:
    rows = _rows("اليابان ترفع الحظر عن واردات إيران النفطية وتمدد العقوبات على مصارفها لعام آخر", "ar")
    extended = [r for r in rows if r[0] == "sanctions.extended"]
    assert extended and all(r[1] == ["Japan"] for r in extended), rows
    rows = _rows("كندا تفرض عقوبات على روسيا وتمدد الحظر المفروض على بيلاروسيا", "ar")
    assert rows and all("Russia" not in r[1] for r in rows), rows


# --- a place that qualifies a title after "on"/"against" goes with the target ---------------


def test_a_territory_qualifying_a_title_is_the_titled_person() -> None:
    rows = _rows("Britain imposed sanctions against Macau's chief executive.", "en")
    assert len(rows) == 1 and rows[0][1] == ["United Kingdom"], rows
    assert [t.casefold() for t in rows[0][2]] == ["macau's chief executive"], rows
