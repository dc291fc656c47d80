"""Event extraction on hand-made sentences and entities (no KB, no tagger)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rasd.events import extract_events, is_alertable
from rasd.events.duration import find_dates, find_duration
from rasd.model import EntityResult, Event, Mention

# name -> (id, type, surface forms)
KB = {
    "Syria": ("Q858", "GPE", ["سوريا", "Syria", "Damascus"]),
    "United States": ("Q30", "GPE", ["الولايات المتحدة", "واشنطن", "United States", "U.S.", "Washington"]),
    "United Kingdom": ("Q145", "GPE", ["بريطانيا", "Britain"]),
    "Turkey": ("Q43", "GPE", ["تركيا", "أنقرة", "Turkey", "Ankara"]),
    "Iran": ("Q794", "GPE", ["إيران", "Iran", "Tehran"]),
    "Russia": ("Q159", "GPE", ["روسيا", "Russia", "Moscow"]),
    "Ukraine": ("Q212", "GPE", ["أوكرانيا", "Ukraine"]),
    "Israel": ("Q801", "GPE", ["إسرائيل", "Israel"]),
    "North Korea": ("Q423", "GPE", ["North Korea", "Pyongyang"]),
    "Canada": ("Q16", "GPE", ["كندا", "Canada"]),
    "Saudi Arabia": ("Q851", "GPE", ["السعودية", "Saudi Arabia"]),
    "China": ("Q148", "GPE", ["China", "الصين"]),
    "European Union": ("Q458", "ORG", ["الاتحاد الأوروبي", "European Union", "EU"]),
    "United Nations": ("Q1065", "ORG", ["الأمم المتحدة", "U.N.", "United Nations"]),
    "NATO": ("Q7184", "ORG", ["حلف شمال الأطلسي", "NATO"]),
    "Global Coalition to Defeat ISIS": ("Q5", "ORG", ["التحالف الدولي", "تحالف الدولي", "the coalition against ISIS"]),
    "United States Department of the Treasury": ("Q1", "ORG", ["وزارة الخزانة الأمريكية", "Treasury Department"]),
    "Caesar Syria Civilian Protection Act": ("Q2", "LAW", ["قانون عقوبات قيصر", "قانون قيصر", "Caesar Act"]),
    "Anas Khattab": ("Q3", "PERSON", ["أنس خطاب"]),
    "Ahmed al-Sharaa": ("Q4", "PERSON", ["أحمد الشرع", "al-Sharaa"]),
    "Leroy Sane": ("Q6", "PERSON", ["Leroy Sane"]),
    "Galatasaray": ("Q7", "ORG", ["Galatasaray"]),
}


def tag(text: str) -> list[EntityResult]:
    """A longest-match gazetteer tagger, enough to exercise roles without the real KB."""
    taken: list[tuple[int, int]] = []
    found: dict[str, EntityResult] = {}
    surfaces = sorted(
        ((s, name) for name, (_, _, forms) in KB.items() for s in forms), key=lambda x: -len(x[0])
    )
    for surface, name in surfaces:
        for m in re.finditer(re.escape(surface), text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            eid, etype, _ = KB[name]
            ent = found.setdefault(name, EntityResult(eid, name, etype, True))
            ent.mentions.append(Mention(m.start(), m.end(), surface))
    return list(found.values())


def events(text: str, lang: str, published: date | None = date(2025, 11, 11)) -> list[Event]:
    return extract_events(text, lang, tag(text), published)


def names(refs) -> set[str]:
    return {r.name for r in refs}


def only(evs: list[Event], type_: str) -> Event:
    matching = [e for e in evs if e.type == type_]
    assert len(matching) == 1, [e.to_dict() for e in evs]
    return matching[0]


# --- Arabic ------------------------------------------------------------------------------------


def test_arabic_vso_lifted_sanctions_with_actors_and_targets():
    text = "رفعت الولايات المتحدة وبريطانيا، الجمعة الماضي، العقوبات المفروضة على وزير الداخلية أنس خطاب."
    ev = only(events(text, "ar"), "sanctions.lifted")
    assert ev.status == "occurred"
    assert names(ev.actors) == {"United States", "United Kingdom"}
    assert names(ev.targets) == {"Anas Khattab"}
    assert ev.sanction is not None and ev.sanction["status"] == "lifted"
    assert (ev.cameo, ev.plover) == ("085", "RETREAT")


def test_extension_of_a_suspension_is_a_suspension_with_its_duration_and_instrument():
    text = "أعلنت وزارة الخزانة الأمريكية تمديد تعليق قانون عقوبات قيصر لمدة 180 يومًا."
    evs = events(text, "ar")
    ev = only(evs, "sanctions.suspended")
    assert not [e for e in evs if e.type == "sanctions.extended"]
    assert ev.status == "occurred"
    assert ev.instrument is not None and ev.instrument.name == "Caesar Syria Civilian Protection Act"
    assert ev.duration == "P180D"
    assert ev.sanction["status"] == "suspended"  # never "active"
    assert ev.sanction["endDate"] == "2026-05-10"


def test_arabic_join_coalition_and_clitic_target():
    ev = only(events("انضمت سوريا رسميًا إلى التحالف الدولي ضد تنظيم داعش.", "ar"), "alliance.joined")
    assert names(ev.actors) == {"Syria"}
    assert names(ev.targets) == {"Global Coalition to Defeat ISIS"}
    ev = only(events("وقال مسؤول إن سوريا انضمت رسميًا للتحالف الدولي.", "ar"), "alliance.joined")
    assert names(ev.targets) == {"Global Coalition to Defeat ISIS"}


def test_explicit_past_year_is_historical_not_an_alert():
    evs = events("وفرضت الأمم المتحدة وبريطانيا في 2014 عقوبات على أحمد الشرع.", "ar")
    ev = only(evs, "sanctions.imposed")
    assert ev.status == "historical"
    assert not is_alertable(ev)
    assert names(ev.targets) == {"Ahmed al-Sharaa"}


def test_future_prefix_and_intent_make_planned_events():
    ev = only(events("وقالت إن الولايات المتحدة ستفرض عقوبات على إيران.", "ar"), "sanctions.imposed")
    assert ev.status == "planned"
    ev = only(events("الولايات المتحدة تعتزم إنشاء قاعدة عسكرية في سوريا.", "ar"), "military.presence")
    assert ev.status == "planned"
    assert names(ev.actors) == {"United States"}


def test_stalled_talks_are_not_a_signed_agreement():
    evs = events("وخلال الأيام الماضية، تعثرت محادثات مباشرة بين سوريا وإسرائيل حول اتفاق أمني.", "ar")
    ev = only(evs, "agreement.signed")
    assert ev.status == "stalled"
    assert names(ev.actors) >= {"Syria", "Israel"}


def test_arabic_threat_and_condition_give_threatened_sanctions():
    text = "هبطت الليرة إثر تهديد الولايات المتحدة بفرض عقوبات على أنقرة بسبب رفض إطلاق سراح قس."
    ev = only(events(text, "ar", date(2018, 8, 1)), "sanctions.threatened")
    assert ev.status == "occurred"
    assert names(ev.actors) == {"United States"}
    assert names(ev.targets) == {"Turkey"}
    assert (ev.cameo, ev.plover) == ("1312", "THREATEN")


def test_demands_are_not_events():
    assert events("ودعا الاتحاد الأوروبي إلى رفع العقوبات عن سوريا.", "ar") == []
    assert events("Turkey urged the United States to lift sanctions on Iran.", "en") == []


def test_negated_event_is_not_alertable():
    ev = only(events("ولم تفرض الولايات المتحدة عقوبات على تركيا.", "ar"), "sanctions.imposed")
    assert ev.status == "negated"
    ev = only(events("Russia did not sign the agreement with Ukraine.", "en"), "agreement.signed")
    assert ev.status == "negated"


def test_tariffs_are_not_sanctions():
    assert events("بعد أن فرضت الولايات المتحدة رسوما على الصلب القادم من الاتحاد الأوروبي.", "ar") == []
    assert events("The United States imposed tariffs on steel from China.", "en") == []


def test_relative_clause_is_background():
    text = "أعلنت وزارة الخزانة الأمريكية تمديد تعليق قانون عقوبات قيصر، وهي عقوبات فرضتها الولايات المتحدة على سوريا."
    evs = events(text, "ar")
    assert {e.type for e in evs if is_alertable(e)} == {"sanctions.suspended"}


def test_restored_relations_use_the_previous_sentence_for_the_two_countries():
    text = "وصلت سفينة من إيران إلى ميناء في روسيا. كما أعاد البلدان فتح السفارات."
    ev = only(events(text, "ar"), "relations.restored")
    assert names(ev.actors) == {"Iran", "Russia"}


def test_split_word_in_stripped_corpora_still_triggers():
    ev = only(events("وق عت السعودية وكندا اتفاقية لترسيم الحدود", "ar", None), "agreement.signed")
    assert names(ev.actors) == {"Saudi Arabia", "Canada"}


# --- English -----------------------------------------------------------------------------------


def test_english_svo_imposed_on_target():
    ev = only(events("On Wednesday the EU adopted its 17th sanctions package against Russia.", "en"), "sanctions.imposed")
    assert ev.status == "occurred"
    assert names(ev.actors) == {"European Union"}
    assert names(ev.targets) == {"Russia"}
    assert (ev.cameo, ev.plover) == ("163", "SANCTION")


def test_target_as_subject_of_faces_and_authority_before_the_noun():
    text = "North Korea faces harsh new U.N. sanctions following a Security Council vote on Wednesday."
    ev = only(events(text, "en", date(2016, 3, 2)), "sanctions.imposed")
    assert names(ev.targets) == {"North Korea"}
    assert names(ev.actors) == {"United Nations"}


def test_passive_voice_makes_the_subject_the_target():
    ev = only(events("Iran was sanctioned by the United States on Monday.", "en"), "sanctions.imposed")
    assert names(ev.targets) == {"Iran"}
    assert names(ev.actors) == {"United States"}


def test_english_statuses():
    assert only(events("The U.S. plans to impose sanctions on Iran.", "en"), "sanctions.imposed").status == "planned"
    assert only(events("In 2020, the US imposed restrictions on Ankara.", "en"), "sanctions.imposed").status == "historical"
    hist = events("North Korea has been under U.N. sanctions since 2006, when the U.N. imposed sanctions on Pyongyang.", "en")
    assert all(not is_alertable(e) for e in hist)
    ev = only(events("Peace talks between Russia and Ukraine collapsed in Istanbul.", "en"), "agreement.signed")
    assert ev.status == "stalled"


def test_conditional_sanctions_are_a_threat():
    ev = only(
        events("Washington will impose sanctions on Turkey if Ankara keeps the pastor detained.", "en"),
        "sanctions.threatened",
    )
    assert is_alertable(ev)
    assert names(ev.targets) == {"Turkey"}


def test_sports_transfers_are_not_alliances():
    assert events("Leroy Sane has officially joined Galatasaray on a three-year contract.", "en") == []


def test_english_renewal_for_another_year():
    ev = only(events("The EU renewed its sanctions on Russia for another year on Monday.", "en"), "sanctions.extended")
    assert ev.duration == "P1Y"
    assert ev.status == "occurred"


def test_duplicate_mentions_merge_into_one_event_with_the_best_evidence():
    text = (
        "Turkey joined the coalition against ISIS late last week. "
        "Officials said Turkey joined the coalition against ISIS after weeks of talks."
    )
    evs = [e for e in events(text, "en", None) if e.type == "alliance.joined"]
    assert len(evs) == 1
    assert names(evs[0].actors) == {"Turkey"}
    assert evs[0].evidence.text in text
    assert text[evs[0].evidence.start:evs[0].evidence.end] == evs[0].evidence.text


def test_background_repeat_of_an_event_does_not_alert():
    text = "Montenegro joined NATO last year. Russia says Montenegro joined NATO against its citizens' will."
    kb_backup = dict(KB)
    KB["Montenegro"] = ("Q236", "GPE", ["Montenegro"])
    try:
        evs = events(text, "en", date(2018, 4, 23))
    finally:
        KB.clear()
        KB.update(kb_backup)
    assert evs and all(not is_alertable(e) for e in evs)


# --- robustness --------------------------------------------------------------------------------


def test_trigger_without_entities_gives_no_event():
    assert events("فرضت عقوبات جديدة على عدد من الأشخاص.", "ar") == []
    assert events("New sanctions were imposed on 30 companies.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "sanctions " * 5000,
        "عقوبات فرض رفع تعليق " * 3000,
        "| Syria | sanctions | lifted |\n| Iran | sanctions | imposed |\n" * 200,
        "\u202e\u200fعقوبات\x00\ud800 على سوريا",
    ],
)
def test_bad_input_has_a_defined_result(text):
    result = extract_events(text, "ar", tag(text) if len(text) < 1000 else [], None)
    assert isinstance(result, list)


def test_mentions_outside_the_text_are_ignored():
    text = "فرضت الولايات المتحدة عقوبات على إيران."
    bogus = EntityResult("Q1", "Nowhere", "GPE", True, [Mention(500, 520, "x"), Mention(-3, 2, "y")])
    evs = extract_events(text, "ar", tag(text) + [bogus], None)
    assert names(only(evs, "sanctions.imposed").targets) == {"Iran"}


def test_evidence_offsets_point_into_the_text():
    text = "مقدمة.\n\nرفعت الولايات المتحدة العقوبات عن سوريا يوم الاثنين."
    ev = only(events(text, "ar"), "sanctions.lifted")
    assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert ev.evidence.text.startswith("رفعت")


# --- durations and dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("تمديد التعليق لمدة 180 يومًا", "P180D"),
        ("تمديد التعليق لمدة ١٨٠ يومًا", "P180D"),
        ("for another year", "P1Y"),
        ("renewed for six months", "P6M"),
        ("لمدة ستة أشهر", "P6M"),
        ("لمدة عامين", "P2Y"),
        ("for 90 days", "P90D"),
        ("a war of 14 years", None),
        ("no duration here", None),
    ],
)
def test_durations(text, iso):
    assert find_duration(text) == iso


def test_dates():
    assert find_dates("on June 2, 2025 in Istanbul") == ["2025-06-02"]
    assert find_dates("في 2014 و2013") == ["2014"] or "2014" in find_dates("في 2014 و2013")
    assert find_dates("في يوليو الماضي", date(2018, 9, 11)) == ["2018-07"]


def test_a_negated_object_negates_the_event():
    (ev,) = events("The United States imposed no new sanctions on Syria on Monday.", "en")
    assert ev.status == "negated"
    # "no" elsewhere in the sentence does not negate it
    (ev,) = events("The European Union imposed sanctions on Iran with no objection from its members.", "en")
    assert ev.status == "occurred"
