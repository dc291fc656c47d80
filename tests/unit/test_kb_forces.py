"""States' armed forces named by their service or formation alone (``rasd/kb/data/world_forces.yaml``):
every force links by its names in both languages and carries its state; a formation ("Light
Dragoons", "Black Sea Fleet") is an armed force by its parent; and a deployment, a presence or an
integration told of such a force alone ("The SANDF will deploy ...", "integrated into the FARDC",
"قوات الدفاع الكينية") is told of its state, where before it was dropped or had no state; and in
Arabic the troops a force sends are sought from the end of the force's name, however long, when it
is the verb's subject ("أرسلت القوات المسلحة الفرنسية ثلاثة آلاف جندي إلى مالي"). Each event sentence
was written for this test, and each failed before the change it pins. The guards: a bare "the
army", "the navy", "Marines", "الجيش", "البحرية" links nothing, a force at home is no presence
abroad, and a force that sends its vehicles or an aid convoy stays quiet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import partial

import pytest

from rasd.entities.tagger import tag_entities
from rasd.events.kbinfo import is_armed_force
from rasd.kb.loader import DATA_DIR, _read_yaml_list, default_kb
from rasd.kb.model import KBEntity, KnowledgeBase
from rasd.model import EntityResult
from tests.unit.rule_rows import alert_rows

FILE = "world_forces.yaml"
DAY = date(2025, 4, 14)

_en = partial(alert_rows, lang="en", published=DAY)
_ar = partial(alert_rows, lang="ar", published=DAY)

# words that name no one state's force on their own: never a plain name of ours
_EVERYDAY = frozenset({
    "army", "the army", "navy", "the navy", "air force", "the air force", "marines", "the marines",
    "marine corps", "military", "the military", "armed forces", "the armed forces", "national guard",
    "coast guard", "special forces", "defence forces", "defense forces", "fleet",
    "الجيش", "البحرية", "القوات البحرية", "القوات الجوية", "سلاح الجو", "القوات المسلحة", "القوات البرية",
    "مشاة البحرية", "المارينز", "الحرس الوطني", "خفر السواحل", "الأسطول",
})


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


def _ours() -> Iterator[str]:
    for record in _read_yaml_list(DATA_DIR / FILE):
        yield record["id"]


def _entity(kb: KnowledgeBase, entity_id: str) -> KBEntity:
    entity = kb.get(entity_id)
    assert entity is not None, entity_id
    return entity


def _as_result(entity: KBEntity) -> EntityResult:
    return EntityResult(id=entity.id, name=entity.name_en, type=entity.type, linked=True)


# --- the file ---------------------------------------------------------------------------------------


def test_every_force_loads_with_both_names_and_its_state(kb: KnowledgeBase) -> None:
    ids = list(_ours())
    assert len(ids) >= 150
    for entity_id in ids:
        entity = _entity(kb, entity_id)
        assert entity.type == "ORG" and entity.name_en and entity.name_ar, entity_id
        state = kb.get(entity.country) if entity.country else None
        assert state is not None and state.type == "GPE", entity_id


def test_every_force_is_an_armed_force_to_the_extractor(kb: KnowledgeBase) -> None:
    """By its name, its English alias, or its parent ("Light Dragoons" under the British Army)."""
    assert [i for i in _ours() if not is_armed_force(_as_result(_entity(kb, i)))] == []


def test_a_fleet_of_a_navy_is_an_armed_force(kb: KnowledgeBase) -> None:
    assert is_armed_force(_as_result(_entity(kb, "rasd:org:black-sea-fleet")))
    assert not is_armed_force(_as_result(_entity(kb, "rasd:org:ccp")))


def test_no_name_of_ours_names_another_entity(kb: KnowledgeBase) -> None:
    """One spelling that names two entities would link neither of them."""
    ours = set(_ours())
    owners: dict[tuple[str, str], set[str]] = {}
    for entity in kb.entities.values():
        for lang, names in entity.all_names().items():
            for name in names:
                owners.setdefault((lang, name.casefold()), set()).add(entity.id)
        for lang, names in entity.ambiguous.items():
            for name in names:
                owners.setdefault((lang, name.casefold()), set()).add(entity.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1 and ids & ours} == {}


def test_no_everyday_word_is_a_plain_name(kb: KnowledgeBase) -> None:
    for entity_id in _ours():
        for names in _entity(kb, entity_id).all_names().values():
            assert not {n.casefold() for n in names} & _EVERYDAY, entity_id


# --- every force links by its names ---------------------------------------------------------------


def _carriers() -> Iterator[tuple[str, str, str]]:
    """(language, sentence, id): every plain name of ours in a sentence of its language."""
    kb = default_kb()
    for entity_id in _ours():
        for lang, names in _entity(kb, entity_id).all_names().items():
            for name in names:
                if lang == "en":
                    yield lang, f"Officials said on Monday that the {name} had finished the exercise.", entity_id
                else:
                    yield lang, f"وقال مسؤولون يوم الاثنين إن {name} أنهت التدريبات.", entity_id


def test_every_name_of_every_force_links_it(kb: KnowledgeBase) -> None:
    missed = [(text, entity_id) for lang, text, entity_id in _carriers()
              if entity_id not in {e.id for e in tag_entities(text, kb, published=DAY, lang=lang)}]
    assert missed == []


@pytest.mark.parametrize(
    ("lang", "text", "entity_id"),
    [
        pytest.param("en", "The Bundeswehr's brigade and the Light Dragoons trained together.",
                     "rasd:org:light-dragoons", id="light-dragoons"),
        pytest.param("en", "A UPDF spokesman said the convoy had crossed the border.", "rasd:org:updf", id="updf"),
        pytest.param("en", "The Tatmadaw and the FARDC both buy arms abroad.", "rasd:org:fardc", id="fardc"),
        pytest.param("en", "PLA Navy ships and the JSDF were both in the strait.", "rasd:org:pla-navy", id="pla-navy"),
        pytest.param("ar", "قال متحدث باسم قوات الدفاع الشعبية الأوغندية إن القافلة عبرت الحدود.", "rasd:org:updf",
                     id="updf-ar"),
        pytest.param("ar", "أعلنت القوات الجوية الأمريكية انتهاء المناورة.", "rasd:org:us-air-force", id="usaf-ar"),
        pytest.param("ar", "شارك سلاح الجو الألماني في المناورة.", "rasd:org:german-air-force", id="luftwaffe-ar"),
    ],
)
def test_a_force_named_alone_links(kb: KnowledgeBase, lang: str, text: str, entity_id: str) -> None:
    assert entity_id in {e.id for e in tag_entities(text, kb, published=DAY, lang=lang)}


# --- events told of a force alone are told of its state -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "state", "where"),
    [
        pytest.param("The SANDF will deploy 1,300 troops to Mozambique to fight insurgents in Cabo Delgado.",
                     "military.presence", "South Africa", "Mozambique", id="sandf-deploys"),
        pytest.param("FARDC troops will deploy to the Central African Republic under a bilateral accord.",
                     "military.presence", "Democratic Republic of the Congo", "Central African Republic",
                     id="fardc-deploys"),
        pytest.param("The ENDF deployed thousands of troops to Somalia to fight al-Shabaab.",
                     "military.presence", "Ethiopia", "Somalia", id="endf-deploys"),
        pytest.param("Soldiers of the Light Dragoons will leave for Mali next month to join the UN mission.",
                     "military.presence", "United Kingdom", "Mali", id="a-regiment-leaves"),
        pytest.param("The 82nd Airborne Division will deploy 3,000 soldiers to Poland.",
                     "military.presence", "United States", "Poland", id="a-division-deploys"),
        pytest.param("The Royal Marines will deploy to Norway for winter training in January.",
                     "military.presence", "United Kingdom", "Norway", id="royal-marines-deploy"),
        pytest.param("The KDF will send 400 troops to Haiti next month.",
                     "military.presence", "Kenya", "Haiti", id="kdf-sends-troops"),
        pytest.param("KDF soldiers arrived in Somalia on Tuesday to reinforce the African Union mission.",
                     "military.presence", "Kenya", "Somalia", id="kdf-soldiers-arrive"),
        pytest.param("The Black Sea Fleet has deployed two frigates to Syria's port of Tartus.",
                     "military.presence", "Russia", "Syria", id="a-fleet-deploys"),
        pytest.param("The US Fifth Fleet deployed two destroyers to the Red Sea.",
                     "military.presence", "United States", "Red Sea", id="a-us-fleet-deploys"),
        pytest.param("The 2nd Cavalry Regiment will deploy 400 soldiers to Lithuania.",
                     "military.presence", "United States", "Lithuania", id="a-us-regiment-deploys"),
        pytest.param("The Queen's Royal Hussars will deploy 800 troops to Estonia.",
                     "military.presence", "United Kingdom", "Estonia", id="a-british-regiment-deploys"),
        pytest.param("The Coldstream Guards will send 150 troops to Poland.",
                     "military.presence", "United Kingdom", "Poland", id="a-guards-regiment-sends-troops"),
        pytest.param("The Baltic Fleet sent two corvettes to the Mediterranean.",
                     "military.presence", "Russia", "Mediterranean Sea", id="the-baltic-fleet-sends-ships"),
        pytest.param("III MEF will deploy Marines to the Philippines for the Balikatan drills.",
                     "military.presence", "United States", "Philippines", id="a-marine-force-deploys"),
    ],
)
def test_a_deployment_by_a_force_named_alone_is_its_states(text: str, kind: str, state: str, where: str) -> None:
    rows = [r for r in _en(text) if r[0] == kind]
    assert rows, text
    assert state in rows[0][2] and where in rows[0][3]


def test_an_integration_into_a_force_named_alone_names_its_state() -> None:
    rows = [r for r in _en("Former fighters will be integrated into the ENDF, the Ethiopian government said.")
            if r[0] == "forces.integrated"]
    assert rows and "Ethiopia" in rows[0][2] | rows[0][3]


@pytest.mark.parametrize(
    ("text", "kind", "force", "where"),
    [
        pytest.param("قالت قوات الدفاع الوطني لجنوب أفريقيا إنها ستنشر 1300 جندي في موزمبيق.",
                     "military.presence", "South African National Defence Force", "Mozambique", id="sandf-ar"),
        pytest.param("نشرت قوات الدفاع الشعبية الأوغندية كتيبة في جنوب السودان.",
                     "military.presence", "Uganda People's Defence Force", "South Sudan", id="updf-ar"),
        pytest.param("نشر سلاح الجو الألماني ست مقاتلات في رومانيا.",
                     "military.presence", "German Air Force", "Romania", id="luftwaffe-ar"),
        pytest.param("ستنشر القوات الجوية الأمريكية قاذفات في النرويج الأسبوع المقبل.",
                     "military.presence", "United States Air Force", "Norway", id="usaf-ar"),
        pytest.param("وصلت وحدة من مشاة البحرية الملكية البريطانية إلى النرويج للمشاركة في تدريبات شتوية.",
                     "military.presence", "Royal Marines", "Norway", id="royal-marines-ar"),
    ],
)
def test_an_arabic_deployment_names_the_force_beside_its_state(text: str, kind: str, force: str, where: str) -> None:
    rows = [r for r in _ar(text) if r[0] == kind]
    assert rows, text
    assert force in rows[0][2] and where in rows[0][3]


@pytest.mark.parametrize(
    ("text", "force", "state", "where"),
    [
        pytest.param("أرسلت القوات المسلحة التركية ثلاثة آلاف جندي إلى الصومال.",
                     "Turkish Armed Forces", "Turkey", "Somalia", id="a-force-named-in-full-sends-troops"),
        pytest.param("أرسلت القوات المسلحة الفرنسية ثلاثة آلاف جندي إلى مالي.",
                     "French Armed Forces", "France", "Mali", id="a-force-with-its-adjective-sends-troops"),
        pytest.param("أرسلت قوات الدفاع الوطني الإثيوبية آلاف الجنود إلى الصومال.",
                     "Ethiopian National Defense Force", "Ethiopia", "Somalia", id="a-four-word-force-sends-troops"),
    ],
)
def test_the_troops_are_counted_from_the_end_of_the_forces_name(text: str, force: str, state: str, where: str) -> None:
    """(Arabic) The force named in full as the verb's subject does not count against the window in
    which its troops are sought (``_force_subject_words`` in ``rasd/events/extractor.py``)."""
    rows = [r for r in _ar(text) if r[0] == "military.presence"]
    assert rows, text
    assert {force, state} <= rows[0][2] and where in rows[0][3]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أرسلت القوات المسلحة المصرية ثلاثة آلاف جندي إلى سيناء.", id="troops-sent-at-home"),
        pytest.param("نشرت القوات المسلحة الأردنية آلياتها على الحدود الشمالية.", id="a-force-deploys-its-vehicles"),
        pytest.param("أرسلت القوات المسلحة السعودية قافلة مساعدات إلى اليمن.", id="an-aid-convoy"),
    ],
)
def test_a_force_named_in_full_without_troops_abroad_stays_quiet(text: str) -> None:
    assert [r for r in _ar(text) if r[0] == "military.presence"] == []


def test_an_arabic_integration_into_a_force_named_alone_is_into_that_force() -> None:
    rows = [r for r in _ar("ينص الاتفاق على دمج المقاتلين في القوات المسلحة لجمهورية الكونغو الديمقراطية.")
            if r[0] == "forces.integrated"]
    assert rows and "Armed Forces of the Democratic Republic of the Congo" in rows[0][3]


# --- guards ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The army deployed troops to the border on Monday and the navy sent two ships.",
                     id="the-army-the-navy"),
        pytest.param("en", "The Marines will deploy to the region next month.", id="the-marines"),
        pytest.param("en", "The air force grounded its fleet after the crash.", id="the-air-force"),
        pytest.param("ar", "نشر الجيش قوات على الحدود وأرسلت البحرية سفينتين.", id="al-jaysh-al-bahriya"),
    ],
)
def test_a_bare_service_word_links_no_force(kb: KnowledgeBase, lang: str, text: str) -> None:
    forces = [e.name for e in tag_entities(text, kb, published=DAY, lang=lang) if is_armed_force(e)]
    assert forces == []


def test_an_adjective_and_an_everyday_word_link_no_force_alone(kb: KnowledgeBase) -> None:
    """"الجيش الكيني" names Kenya by its adjective; the force links only beside its full name."""
    linked = {e.id for e in tag_entities("نشر الجيش الكيني قوات في مانديرا.", kb, published=DAY, lang="ar")}
    assert "rasd:org:kenya-defence-forces" not in linked


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The UPDF deployed troops in Kampala ahead of the election.", id="updf-in-its-capital"),
        pytest.param("The SANDF deployed soldiers to Johannesburg to help the police.", id="sandf-at-home"),
    ],
)
def test_a_force_at_home_is_no_presence_abroad(text: str) -> None:
    assert [r for r in _en(text) if r[0] == "military.presence"] == []
