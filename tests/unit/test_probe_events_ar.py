"""Arabic event probe: short passages written for this test in the style of Arabic wire copy and
papers (SPA, WAM, QNA, Al Jazeera, Asharq Al-Awsat, Al-Ahram), each with the events a
sanctions-and-alliances monitor must report, and near misses that must raise no alert
(background, calls and opinions, questions, denials, past years, stalled or collapsed talks,
sport, the penal code, curfews, a heritage list).

The passages mix what real Arabic news does: verb-subject-object order, masdar (nominal) forms,
clitics (وفرضت، بفرض، للانضمام), alef and hamza spellings with and without hamza, ى/ي, Arabic-Indic
and Latin digits, headlines without a full stop.

Each case runs through the full analysis (``rasd.analyze`` with the built-in knowledge base), as
``rasd analyze`` would. An expected event is (type, status, participant): for an alertable
status (occurred, planned) a system event of that type and status must name the participant as
actor or target ("A|B": either of them); for historical, negated or stalled, no alert of that
type may name it. Every alert the system raises must be one of the expected events: an alert
nobody should receive is a failure too.

Run ``python -m tests.unit.test_probe_events_ar`` for a listing of every case's events.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import partial

import pytest

from rasd.analyze import analyze
from rasd.model import Analysis
from tests.unit.probe_cases import Case as _Case
from tests.unit.probe_cases import params, problems, report

PUBLISHED = date(2025, 6, 15)
Case = partial(_Case, published=PUBLISHED)


CASES = [
    # --- sanctions.imposed ----------------------------------------------------------------
    Case("imposed-vso-treasury",
         "فرضت وزارة الخزانة الأمريكية، الخميس، عقوبات جديدة على 12 فردا وكيانا قالت إنهم يمولون "
         "حزب الله اللبناني.",
         [("sanctions.imposed", "occurred", "United States Department of the Treasury")]),
    Case("imposed-sixteenth-package",
         "أقر الاتحاد الأوروبي، اليوم الاثنين، الحزمة السادسة عشرة من العقوبات على روسيا، وتشمل حظر "
         "واردات الألمنيوم الروسي.",
         [("sanctions.imposed", "occurred", "Russia|European Union")]),
    Case("imposed-masdar-no-hamza",
         "اعلنت الخزانة الامريكية فرض عقوبات على ٦ شركات مقرها في الامارات بتهمة مساعدة ايران على "
         "بيع النفط.",
         [("sanctions.imposed", "occurred", "Iran|United States Department of the Treasury")]),
    Case("imposed-passive-by",
         "وتم فرض العقوبات على مسؤولين في الحكومة الفنزويلية من قبل الولايات المتحدة بسبب قمع "
         "المتظاهرين.",
         [("sanctions.imposed", "occurred", "United States")]),
    Case("imposed-designated-terrorist",
         "صنفت وزارة الخارجية الأمريكية جماعة الحوثي منظمة إرهابية أجنبية، في خطوة قالت إنها تهدف "
         "إلى تجفيف مصادر تمويلها.",
         [("sanctions.imposed", "occurred", "Houthis")]),
    Case("imposed-terror-lists-plural",
         "أعلنت مصر إدراج 30 شخصا من جماعة الإخوان المسلمين على قوائم الكيانات الإرهابية.",
         [("sanctions.imposed", "occurred", "Egypt|Muslim Brotherhood")]),
    Case("imposed-added-to-sanctions-list",
         "وأضاف مكتب مراقبة الأصول الأجنبية أسماء خمسة قادة في حركة حماس إلى قائمة العقوبات.",
         [("sanctions.imposed", "occurred", "Office of Foreign Assets Control|Hamas")]),
    Case("imposed-asset-freeze",
         "جمدت بريطانيا أصول رجل الأعمال الروسي رومان أبراموفيتش وفرضت عليه حظر سفر.",
         [("sanctions.imposed", "occurred", "United Kingdom")]),
    Case("imposed-arms-embargo",
         "فرض مجلس الأمن الدولي حظرا على توريد الأسلحة إلى جنوب السودان.",
         [("sanctions.imposed", "occurred", "United Nations Security Council|South Sudan")]),
    Case("imposed-reported-will",
         "قالت وزارة الخارجية الفرنسية إن باريس ستفرض عقوبات على المستوطنين المتطرفين في الضفة "
         "الغربية.",
         [("sanctions.imposed", "planned", "France")]),
    Case("imposed-future-passive",
         "وسيتم فرض العقوبات الجديدة على كوريا الشمالية اعتبارا من الشهر المقبل، بحسب ما أعلنت "
         "اليابان.",
         [("sanctions.imposed", "planned", "North Korea")]),
    Case("imposed-month-ago-background",
         "وفُرضت على الشركة الروسية عقوبات أوروبية في مارس الماضي.",
         [("sanctions.imposed", "historical", "Russia")]),
    # --- sanctions.lifted -----------------------------------------------------------------
    Case("lifted-state-sponsor-list",
         "رفعت الولايات المتحدة اسم السودان من قائمة الدول الراعية للإرهاب بعد 27 عاما.",
         [("sanctions.lifted", "occurred", "Sudan|United States")]),
    Case("lifted-delisted-terror-list",
         "شطب الاتحاد الأوروبي اسم الرئيس السوري أحمد الشرع من قائمة الإرهاب.",
         [("sanctions.lifted", "occurred", "European Union|Ahmed al-Sharaa")]),
    Case("lifted-headline",
         "واشنطن ترفع كوبا من قائمة الدول الراعية للإرهاب",
         [("sanctions.lifted", "occurred", "Cuba")]),
    Case("lifted-arms-embargo-masdar",
         "وأعلن مجلس الأمن الدولي رفع حظر الأسلحة عن الصومال بعد أكثر من ثلاثة عقود.",
         [("sanctions.lifted", "occurred", "Somalia")]),
    Case("lifted-old-sanctions-now",
         "ألغى مجلس الأمن الدولي بالإجماع العقوبات التي كانت مفروضة على إريتريا منذ عام 2009.",
         [("sanctions.lifted", "occurred", "Eritrea")]),
    # --- sanctions.suspended --------------------------------------------------------------
    Case("suspended-waiver",
         "منحت الولايات المتحدة العراق إعفاء من العقوبات لمدة 120 يوما لمواصلة استيراد الكهرباء من "
         "إيران.",
         [("sanctions.suspended", "occurred", "Iraq")]),
    Case("suspended-caesar-extension",
         "مددت وزارة الخزانة الأمريكية تعليق العقوبات المفروضة بموجب قانون قيصر على سوريا لمدة ١٨٠ "
         "يوما.",
         [("sanctions.suspended", "occurred", "Syria")]),
    # --- sanctions.extended ---------------------------------------------------------------
    Case("extended-until-month",
         "مدد الاتحاد الأوروبي العقوبات الاقتصادية المفروضة على روسيا ستة أشهر إضافية حتى 31 "
         "يوليو.",
         [("sanctions.extended", "occurred", "Russia")]),
    Case("extended-masdar",
         "وافق وزراء خارجية الاتحاد الأوروبي على تمديد العقوبات على بيلاروسيا لمدة عام.",
         [("sanctions.extended", "occurred", "European Union")]),
    # --- sanctions.threatened -------------------------------------------------------------
    Case("threatened-vso",
         "هددت الولايات المتحدة بفرض عقوبات على تركيا إذا مضت في شراء منظومة الصواريخ الروسية.",
         [("sanctions.threatened", "occurred", "Turkey")]),
    Case("threatened-could-face",
         "حذر الاتحاد الأوروبي إسرائيل من أنها قد تواجه عقوبات إذا واصلت توسيع المستوطنات.",
         [("sanctions.threatened", "occurred", "Israel")]),
    Case("threatened-will-face",
         "وحذرت واشنطن أنقرة من أنها ستواجه عقوبات صارمة إذا اشترت منظومة إس-400.",
         [("sanctions.threatened", "occurred", "Turkey")]),
    Case("threatened-snapback",
         "وقالت فرنسا وبريطانيا وألمانيا إنه إذا لم تلتزم إيران بتعهداتها فسيعاد فرض عقوبات الأمم "
         "المتحدة عليها.",
         [("sanctions.threatened", "occurred", "Iran")]),
    Case("threatened-long-subject",
         "لوّح الرئيس الأمريكي دونالد ترامب بفرض عقوبات قاسية على الصين.",
         [("sanctions.threatened", "occurred", "China")]),
    # --- alliance.joined ------------------------------------------------------------------
    Case("joined-nato",
         "انضمت فنلندا رسميا إلى حلف شمال الأطلسي لتصبح العضو الحادي والثلاثين في الحلف.",
         [("alliance.joined", "occurred", "Finland")]),
    Case("joined-became-member",
         "أصبحت السويد، اليوم الخميس، العضو الثاني والثلاثين في حلف الناتو.",
         [("alliance.joined", "occurred", "Sweden")]),
    Case("joined-applied",
         "تقدمت أوكرانيا رسميا بطلب للانضمام إلى الاتحاد الأوروبي.",
         [("alliance.joined", "planned", "Ukraine")]),
    Case("joined-past-year",
         "يذكر أن كرواتيا انضمت إلى الاتحاد الأوروبي عام 2013.",
         [("alliance.joined", "historical", "Croatia")]),
    Case("joined-not-yet",
         "ولم تنضم سويسرا إلى الاتحاد الأوروبي حتى الآن.",
         [("alliance.joined", "negated", "Switzerland")]),
    # --- agreement.signed -----------------------------------------------------------------
    Case("signed-mou",
         "وقعت مصر والسعودية، اليوم الأحد، مذكرة تفاهم للتعاون في مجال الربط الكهربائي.",
         [("agreement.signed", "occurred", "Egypt")]),
    Case("signed-ceasefire-reached",
         "توصلت إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار في قطاع غزة بوساطة قطرية ومصرية.",
         [("agreement.signed", "occurred", "Israel")]),
    Case("signed-initialled",
         "وقع الجانبان الأمريكي والإيراني بالأحرف الأولى على اتفاق لتبادل السجناء.",
         [("agreement.signed", "occurred", "Iran")]),
    Case("signed-headline-masdar",
         "توقيع اتفاقية للتعاون العسكري بين قطر وتركيا في الدوحة",
         [("agreement.signed", "occurred", "Qatar")]),
    Case("signed-scheduled",
         "ومن المقرر أن توقع الأردن والعراق اتفاقية لمد خط أنابيب النفط الشهر المقبل.",
         [("agreement.signed", "planned", "Jordan")]),
    Case("signed-unknown-party",
         "توصلت الحكومة الكولومبية ومتمردو جيش التحرير الوطني إلى اتفاق لوقف إطلاق النار.",
         [("agreement.signed", "occurred", "Colombia")]),
    # what two parties "reach" follows «إلى», however long the subject that names them
    Case("signed-reached-after-long-subject",
         "توصلت الحكومة الفلبينية وجبهة مورو الإسلامية للتحرير إلى اتفاق سلام نهائي.",
         [("agreement.signed", "occurred", "Philippines")]),
    Case("signed-not-reached",
         "ولم تتوصل الحكومة الفلبينية وجبهة مورو الإسلامية للتحرير إلى اتفاق حتى الآن.",
         []),
    # --- relations.restored ---------------------------------------------------------------
    Case("restored-embassy-reopened",
         "أعادت المملكة العربية السعودية فتح سفارتها في العاصمة السورية دمشق بعد إغلاق دام 12 "
         "عاما.",
         [("relations.restored", "occurred", "Saudi Arabia")]),
    Case("restored-ties-masdar",
         "أعلنت وزارة الخارجية البحرينية استئناف العلاقات الدبلوماسية مع قطر.",
         [("relations.restored", "occurred", "Qatar")]),
    Case("restored-ambassador-returned",
         "أعادت الإمارات سفيرها إلى قطر بعد قطيعة استمرت أكثر من ثلاث سنوات.",
         [("relations.restored", "occurred", "United Arab Emirates")]),
    # --- forces.integrated ----------------------------------------------------------------
    Case("integrated-sdf",
         "اتفقت الحكومة السورية وقوات سوريا الديمقراطية على دمج المؤسسات العسكرية لقسد في الجيش "
         "السوري.",
         [("forces.integrated", "occurred", "Syrian Democratic Forces")]),
    Case("integrated-factions",
         "أعلنت وزارة الدفاع السورية دمج الفصائل المسلحة في الجيش السوري الجديد.",
         [("forces.integrated", "occurred", "Syrian Army")]),
    # "the next day" after a sentence dated weeks before publication is no news of today
    Case("suspended-the-day-after-a-past-date",
         "وقعت بيرو وتشيلي اتفاقا تجاريا في ليما في 3 مايو. وفي اليوم التالي، علقت واشنطن عقوباتها "
         "على بيرو.",
         [("sanctions.suspended", "historical", "Peru")]),
    Case("suspended-the-day-after-yesterday",
         "وقعت بيرو وتشيلي اتفاقا تجاريا في ليما في 13 يونيو. وفي اليوم التالي، علقت واشنطن عقوباتها "
         "على بيرو.",
         [("sanctions.suspended", "occurred", "Peru"), ("agreement.signed", "occurred", "Chile")]),
    # the state whose government is the verb's subject integrates; it is not what is merged
    Case("integrated-government-subject",
         "دمجت الحكومة العراقية ألوية الحشد الشعبي في وزارة الدفاع.",
         [("forces.integrated", "occurred", "actor:Iraq")]),
    # what a government agrees to merge (its imperfect after «على أن») is still ahead; the army it
    # goes into is the state's own
    Case("integrated-agreed-to-merge",
         "وافقت الحكومة الليبية على أن تدمج كتائب الزنتان في الجيش الليبي.",
         [("forces.integrated", "planned", "actor:Libya")]),
    # with no subject, the state whose army takes the force in integrates it
    Case("integrated-into-named-army",
         "ويقضي الاتفاق بدمج كتائب الزنتان في الجيش الليبي خلال ستة أشهر.",
         [("forces.integrated", "planned", "actor:Libya")]),
    # --- military.presence ----------------------------------------------------------------
    Case("military-troops-sent",
         "أرسلت فرنسا 500 جندي إلى رومانيا في إطار مهمة لحلف شمال الأطلسي.",
         [("military.presence", "occurred", "France")]),
    Case("military-base-deal",
         "وقعت روسيا والسودان اتفاقا لإقامة قاعدة بحرية روسية في بورتسودان على البحر الأحمر.",
         [("military.presence", "planned", "Russia"), ("agreement.signed", "occurred", "Sudan")]),
    # the subject first, the spreading verb after it (a foreign power's troops)
    Case("military-troops-spread-subject-first",
         "وأعلنت موسكو أن القوات الروسية ستنتشر في مالي خلال الأسابيع المقبلة.",
         [("military.presence", "planned", "actor:Russia")]),
    # a verb right after "أن" takes the subject of the verb before it
    Case("imposed-decided-to-impose",
         "قررت الحكومة الكندية أن تفرض عقوبات على ثلاثة مسؤولين إيرانيين بسبب قمع المحتجين.",
         [("sanctions.imposed", "occurred", "actor:Canada")]),
    # the body named by its common noun right after the verb, its full name before it
    Case("imposed-body-common-noun-after-verb",
         "أعلن منسق السياسة الخارجية في الاتحاد الأوروبي أن الوزراء وافقوا على أن يفرض الاتحاد "
         "عقوبات جديدة على روسيا.",
         [("sanctions.imposed", "occurred", "actor:European Union")]),
    # the body named by its common noun after "أن", its full name in the reporting clause
    Case("military-body-common-noun-after-an",
         "أعلن الأمين العام لحلف شمال الأطلسي أن الحلف سينشر ألف جندي إضافي في رومانيا.",
         [("military.presence", "planned", "actor:NATO")]),
    # --- near misses: no alert ------------------------------------------------------------
    Case("near-opinion-of-a-measure",
         "وقال وزير الخارجية الكندي إن فرض عقوبات جديدة على إيران ضروري لوقف القمع."),
    Case("near-comment-on-sanctions",
         "وقال المتحدث باسم الكرملين في تعليقه على العقوبات الأوروبية الجديدة إنها غير قانونية."),
    Case("near-firms-spread",
         "وقال التقرير إن الشركات الروسية تنتشر في أفريقيا بحثا عن المعادن."),
    Case("near-background-effect",
         "وأدت العقوبات الأمريكية إلى شلل الاقتصاد الإيراني وتراجع قيمة الريال إلى مستويات "
         "قياسية."),
    Case("near-rights-groups-urge",
         "دعت منظمات حقوقية الاتحاد الأوروبي إلى فرض عقوبات على المسؤولين عن قمع المحتجين في "
         "إيران."),
    Case("near-analysts-think",
         "يرى محللون أن فرض عقوبات على الصين سيضر بالاقتصاد الأمريكي."),
    Case("near-question",
         "هل تفرض واشنطن عقوبات جديدة على موسكو؟"),
    Case("near-may-lift-if",
         "وقد ترفع الولايات المتحدة بعض العقوبات عن فنزويلا إذا أجريت انتخابات حرة."),
    Case("near-denial",
         "نفت وزارة الخارجية الروسية أن تكون موسكو قد فرضت أي حظر على واردات الحبوب من أوكرانيا.",
         [("sanctions.imposed", "negated", "Russia|Ukraine")]),
    Case("near-past-year",
         "وكانت الولايات المتحدة قد فرضت عقوبات على كوريا الشمالية عام 2017 بسبب تجاربها "
         "الصاروخية.",
         [("sanctions.imposed", "historical", "North Korea")]),
    Case("near-talks-stalled",
         "تعثرت المفاوضات بين إثيوبيا ومصر بشأن سد النهضة دون التوصل إلى اتفاق.",
         [("agreement.signed", "stalled", "Egypt")]),
    Case("near-truce-collapsed",
         "انهار اتفاق الهدنة بين الجيش السوداني وقوات الدعم السريع بعد ساعات من إعلانه.",
         [("agreement.signed", "stalled", "Sudan")]),
    Case("near-critics-of-the-deal",
         "ويقول منتقدو الاتفاق النووي مع إيران إنه لا يمنع طهران من تطوير صواريخ باليستية."),
    Case("near-footballer-joined",
         "انضم اللاعب المصري محمد صلاح إلى نادي ليفربول الإنجليزي قادما من روما الإيطالي."),
    Case("near-football-suspension",
         "فرض الاتحاد الآسيوي لكرة القدم عقوبة الإيقاف ثلاث مباريات على مدافع المنتخب السعودي."),
    Case("near-penal-code",
         "أقر مجلس النواب المصري تعديلات على قانون العقوبات تشدد عقوبة التحرش."),
    Case("near-curfew",
         "فرضت السلطات العراقية حظر التجول في بغداد بعد احتجاجات واسعة."),
    Case("near-heritage-list",
         "أدرجت منظمة اليونسكو مدينة البتراء الأردنية على قائمة التراث العالمي للإنسانية."),
]


def _analysis(case: _Case) -> Analysis:
    return analyze(case.text, lang="ar", published=case.published, article_id=case.id)


@pytest.mark.parametrize("case", params(CASES))
def test_probe_passage(case: _Case) -> None:
    events = _analysis(case).events
    assert not problems(case, events), [e.to_dict() for e in events]


def test_probe_covers_every_type_and_status() -> None:
    from rasd.events import EVENT_TYPES, STATUSES

    assert set(EVENT_TYPES) <= {t for c in CASES for t, _, _ in c.expected}
    assert set(STATUSES) <= {s for c in CASES for _, s, _ in c.expected}
    assert sum(not c.expected for c in CASES) >= 10  # near misses with no event at all
    assert 40 <= len(CASES) <= 90
    assert len({c.id for c in CASES}) == len(CASES)


if __name__ == "__main__":
    sys.exit(report(CASES, _analysis))
