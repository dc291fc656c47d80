"""Demonyms and common short names of states, English and Arabic (rasd/kb/data/countries.src.yaml).

A state named only through its adjective ("Venezuelan officials", "القوات الكولومبية") must still
come out of the tagger; an adjective that is also a language, a people across borders, a given
name or an everyday word must not link on its own.
"""

from __future__ import annotations

import pytest
import yaml

from rasd.entities.tagger import tag_entities
from rasd.kb import loader
from rasd.kb.model import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return loader.load_kb()


def _states(kb: KnowledgeBase, text: str, lang: str) -> dict[str, list[str]]:
    """ISO code -> mention texts of the states linked in ``text``."""
    out: dict[str, list[str]] = {}
    for result in tag_entities(text, kb, lang=lang, unlinked=False):
        entity = kb.entities.get(result.id or "")
        if result.linked and entity is not None and "iso2" in entity.codes:
            out[entity.codes["iso2"]] = [m.text for m in result.mentions]
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Colombian government recalled its envoy.", {"CO"}),
        ("Venezuelan officials denied the report on Monday.", {"VE"}),
        ("Two Venezuelans and a Djiboutian sailor were rescued.", {"VE", "DJ"}),
        ("Saudi officials said the talks would resume.", {"SA"}),
        ("An Emirati delegation landed in a Bahraini port.", {"AE", "BH"}),
        ("Belarusian troops held drills with Kazakh units.", {"BY", "KZ"}),
        ("Filipinos and Spaniards queued at the consulate.", {"PH", "ES"}),
        ("Ukrainian and Moldovan ministers met Swedes and Danes.", {"UA", "MD", "SE", "DK"}),
        ("A Ghanaian striker joined a Nigerien club.", {"GH", "NE"}),
        ("Ivorian and Burkinabe leaders signed the accord.", {"CI", "BF"}),
        ("Turks gathered outside the stadium.", {"TR"}),
        # the longer demonym wins: Cypriots, Northern Irish and South Sudanese are not
        # Turkey, Ireland and Sudan
        ("The Turkish Cypriot leader rejected the plan.", {"CY"}),
        ("Northern Irish police made two arrests.", {"GB"}),
        ("South Sudanese refugees crossed the border.", {"SS"}),
    ],
)
def test_english_demonyms_link_their_state(kb, text, expected):
    assert set(_states(kb, text, "en")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("انسحبت القوات الكولومبية من البلدة.", {"CO"}),  # feminine, with the article
        ("وللقوات الكولومبية دور في العملية.", {"CO"}),  # clitics before the word
        ("قال مسؤولون فنزويليون إن الاتفاق انهار.", {"VE"}),  # plural, nominative
        ("التقى الوزير بالفنزويليين في المطار.", {"VE"}),  # plural, with clitic and article
        ("اعتقلت الشرطة مواطنين إماراتيين وعمانيين.", {"AE", "OM"}),
        ("وقع رجل أعمال بيلاروسي العقد.", {"BY"}),
        ("زار الرئيس العاصمة بيلاروسيا الأسبوع الماضي.", {"BY"}),  # a short name CLDR lacks
        ("عاد اللاعب إلى كوت ديفوار بعد الموسم.", {"CI"}),
        ("احتج الأتراك والمغاربة أمام السفارة.", {"TR", "MA"}),  # broken plurals
        ("قال مسؤول كوري جنوبي إن الصاروخ سقط في البحر.", {"KR"}),
        ("قالت وسائل الإعلام الكورية الشمالية إن الصاروخ جديد.", {"KP"}),
        ("التقى المبعوث بالكوريين الشماليين في بكين.", {"KP"}),
        ("رفض الزعيم القبارصة الأتراك المشاركة في الاجتماع.", {"CY"}),  # not Turkey
        ("قالت الحكومة الجنوب أفريقية إنها ستتدخل.", {"ZA"}),
        ("دعا الروس إلى وقف إطلاق النار.", {"RU"}),
        ("أعلنت الحكومة اليمنية والحكومة المجرية موقفهما.", {"YE", "HU"}),
        ("أعلنت السنجال وأوجندا دعمهما للقرار.", {"SN", "UG"}),  # Egyptian ج for غ
        ("قصفت طائرات دولة الاحتلال أطراف المدينة.", {"IL"}),
    ],
)
def test_arabic_demonyms_link_their_state(kb, text, expected):
    assert set(_states(kb, text, "ar")) == expected


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        # a language, a US state, an era: only with support from a firm mention
        ("We had dinner at a Georgian restaurant in Atlanta.", "en", "GE"),
        ("The Korean War ended in an armistice.", "en", {"KP", "KR"}),
        ("Congolese musicians played all night.", "en", {"CD", "CG"}),
        ("A Dominican friar preached in the square.", "en", {"DO", "DM"}),
        ("Guinean fishermen returned with a small catch.", "en", "GN"),
        ("The museum holds Macedonian coins from antiquity.", "en", "MK"),
        ("Kabul's Tajik and Uzbek neighbourhoods voted.", "en", {"TJ", "UZ"}),
        ("Leaders of central African states met in Kigali.", "en", "CF"),
        # an airline's stadium, an actor's surname
        ("Arsenal won at the Emirates Stadium on Saturday.", "en", "AE"),
        ("Tom Holland signed autographs for an hour.", "en", "NL"),
        # everyday Arabic words and given names that fold to a demonym
        ("سدد المهاجم الكرة بقدمه اليمنى في الشباك.", "ar", "YE"),
        ("تغير مجرى النهر بعد الفيضان.", "ar", "HU"),
        ("سجل كوبي براينت ستين نقطة في مباراته الأخيرة.", "ar", "CU"),
        ("فاز عبد الغاني بالجائزة الأولى.", "ar", "GH"),
        ("كتب جورجي زيدان روايات تاريخية كثيرة.", "ar", "GE"),
        ("قال الدبلوماسي دينيس روس إن المفاوضات صعبة.", "ar", "RU"),
        ("احتفل التركمان في كركوك بالعيد.", "ar", "TM"),
    ],
)
def test_ambiguous_demonyms_do_not_link_alone(kb, text, lang, absent):
    codes = {absent} if isinstance(absent, str) else absent
    assert not codes & set(_states(kb, text, lang))


def test_an_ambiguous_demonym_links_with_a_firm_mention(kb):
    found = _states(kb, "Congolese troops retook Goma, the DR Congo army said.", "en")
    assert set(found) == {"CD"}
    assert "Congolese" in found["CD"]
    found = _states(kb, "Georgia's Georgian Dream party won; Korean and Japanese media reported it.", "en")
    assert "KP" not in found and "KR" not in found


def test_arab_league_links_the_league_not_a_state(kb):
    results = tag_entities("The Arab League met in Cairo.", kb, lang="en", unlinked=False)
    names = {r.name for r in results if r.linked}
    assert "Arab League" in names
    assert set(_states(kb, "The Arab League met in Cairo.", "en")) <= {"EG"}  # Cairo may imply Egypt
    assert not _states(kb, "جامعة الدول العربية والدول العربية والشعب العربي", "ar")


def test_every_un_state_has_demonyms_or_a_reason(kb):
    source = yaml.safe_load((loader.DATA_DIR / "countries.src.yaml").read_text(encoding="utf-8"))
    reasons = source.get("no_demonym") or {}
    states = [e for e in kb.entities.values() if e.codes.get("un") in ("member", "observer")]
    assert len(states) == 195
    missing = []
    for state in states:
        for lang in ("en", "ar"):
            has = bool(state.demonyms.get(lang))
            reason = (reasons.get(lang) or {}).get(state.codes["iso2"])
            if not has and not (isinstance(reason, str) and reason.strip()):
                missing.append(f"{state.codes['iso2']} ({state.name_en}) {lang}")
            if has and reason:
                missing.append(f"{state.codes['iso2']} {lang}: has demonyms, drop its no_demonym reason")
    assert not missing, missing


def test_no_word_is_both_a_demonym_and_ambiguous(kb):
    # the ambiguous entry wins, so such a demonym would never link on its own
    clashes = []
    for entity in kb.entities.values():
        for lang, names in entity.demonyms.items():
            both = set(names) & set(entity.ambiguous.get(lang, ()))
            if both:
                clashes.append((entity.name_en, sorted(both)))
    assert not clashes
