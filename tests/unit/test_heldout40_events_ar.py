"""A fortieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-nine held-out sets: contemporary Arabic copy of 2017-2026, as today's wires and
papers carry it (a Cairo daily running AFP, "بروكسل - أ ف ب", with a Jordanian medical student's
"الناس هون خايفة شوي … والأسعار نار" in Chisinau; a KUNA wire with its "نيويورك - 14 - 11 (كونا)
--" dateline, "مندوب دولة الكويت الدائم" and its "(النهاية)" trailer; an Anadolu report, "بكين/
الأناضول", with an Egyptian trader's "الحاويات قاعدة في الميناء، يمكن دلوقتي الحال يتحسن" at
Yiwu; a Reuters report, "دار السلام (رويترز) -", with a Stone Town spice seller's Gulf "والسياح
قلوا وايد"; a WAM wire, "هانوي في 13 يونيو / وام /", with its closing initials; a Cairo daily
running Reuters with an Anfoushi fisherman's "إحنا ياما مراكبنا اتحجزت بره"; a QNA wire, "نيويورك
في 20 سبتمبر /قنا/", with a Bahraini's "الناس هني ما يهتمون وايد بالسياسة" in Malé; an AFP report,
"مابوتو (أ ف ب) -", with a Lebanese trader's "وهلق صار في أمل" at Xipamanine; a Kuwaiti daily's
"نوك - «الوطن» - وكالات:" with a Tunisian cook's "أما الحياة ماشية عادي" in Nuuk; a Damascus
daily's basketball page with a supporter's "اللاعبين عم يفلوا واحد ورا التاني عالخليج"; a Mosul
local page with "والماي يجي يوم ويقطع يومين"; a Manama business page with a banker's "محد يبي
يتحرك") and on programmes and regions they do not touch (the European Union's sanctions of May
2023 on Ilan Shor and six others for destabilising Moldova, the Security Council lifting its
sanctions of 2009 on Eritrea and renewing in the same resolution the partial arms embargo on
Somalia and the measures on al-Shabaab, China suspending for a year its measures on American
firms of its "unreliable entity list" after the Busan meeting, Washington's threat of sanctions on
Tanzanian officials after the election violence of October 2025, Vietnam becoming a partner
country of BRICS, the Egyptian-Greek maritime delimitation of August 2020, Iran and the Maldives
resuming ties at the General Assembly of 2023, former Renamo fighters absorbed into the army of
Mozambique, and French, German and Swedish troops arriving in Greenland in January 2026 with a
Norwegian unit to follow). Nine carry events of all ten alertable types, mostly in occurred
status, one core event planned (the Norwegian unit that "ستصل إلى غرينلاند مطلع الأسبوع المقبل"),
next to historical, negated and stalled ones; three are near misses: a Damascus basketball page
(a player "علقت" and a club fined "فرضت", a ban "رفعت", a discipline committee that "هددت بفرض
عقوبات" on clubs, an American and a Lebanese player "انضم" and "وقع", a Serbian coach's contract
"مدد", youth championships "دمج", police that "ستنشر" at a derby, a sponsorship "وقعت", a
cycling memorandum with the Arab federation "وقع"), a Mosul local page (rubble "رفعت", a truck ban
"فرضت حظرا", a memorandum with a Turkish company "وقعت", the Nuri mosque rebuilt with Emirati
money under UNESCO, classes "علقت", schools "دمج", a district that "انضمت" to the grid, a deadline
"مددت", detachments "نشرت", a curfew "رفعت", a library that "أعادت … فتح", flights to "ستستأنف")
and a Manama business page (two Islamic banks "وقع" to merge, a stock "علقت", a Saudi listing
"انضمت", an excise tax "فرضت", a deadline "مددت" with fines "هددت بفرض", an aluminium contract
with a Chinese firm "وقعت", interest "رفع", a code-share with an Indian airline "وقعت", a Kuwaiti
investor "انضم").

The decisions of the annotation, taken before any run: a union that "فرض … أمس الأربعاء عقوبات
على سبعة أشخاص بينهم … إيلان شور" imposes sanctions (core; the European Union and its Council the
actors, Ilan Shor, not in the knowledge base, the target, and not Moldova, whose state the
listed people worked against), the Treasury's sanctions of last October on Shor a historical
imposition, "لم تفرض الحزمة الأوروبية الجديدة أي عقوبات على مسؤولين روس" a negated one, the
court's ban of Shor's party and Moldova's candidate status no events; a council that "رفع …
اليوم الأربعاء العقوبات المفروضة على إريتريا" lifts them (core) and "جدد … حظر الأسلحة الجزئي
المفروض على الصومال والتدابير المفروضة على حركة الشباب حتى 15 نوفمبر 2019" extends them (core;
Somalia and al-Shabaab the targets), the sanctions of December 2009 a historical imposition, the
resumed ties of Asmara with Mogadishu and Djibouti a historical restoration, the Jeddah peace of
September a historical signing, "لم يتضمن أي رفع للحظر المفروض على صادرات الفحم من الصومال" a
negated lifting, the Djibouti-Eritrea border talks "متعثرة" a stalled signing, Kuwait's speech no
event; a ministry that "أعلنت … تعليق الإجراءات التي فرضتها على عدد من الشركات الأمريكية … لمدة
عام" suspends sanctions (core; China and its Ministry of Commerce the actors, the firms unnamed,
and the United States, their nationality, no target), the listings since the start of the year a
historical imposition, "لا يشمل الشركات التي أدرجت بسبب صفقات بيع الأسلحة إلى تايوان" a negated
suspension, the trade talks "متعثرة" a stalled signing, tariffs cut and soybeans bought no
events; a state that "هددت … بفرض عقوبات على مسؤولين تنزانيين" threatens them (core; the United
States and its State Department the actors, Tanzania, whose officials they are, the target, not
Tundu Lissu, the jailed opponent), the visa restrictions of January 2021 a historical imposition,
"لم يفرض الاتحاد الأوروبي أي عقوبات على تنزانيا" a negated one, the talks of the government and
Chadema on a charter that "تعثرت" a stalled signing; a state that "انضمت … رسميا إلى مجموعة
«بريكس» بصفة دولة شريكة" joins it (core, Vietnam to BRICS), "لا تعتزم الانضمام إلى المجموعة
بصفة عضو كامل" a negated joining, the members of 2024 and 2025, the partners of Kazan and
Vietnam's ASEAN of 1995 and WTO of 2007 historical joinings, the UAE-Vietnam partnership of last
October a historical signing, Brazil, which announced it, no participant, the American tariffs
"فرضتها … قبل أن تعلق تطبيقها" no sanctions; two states that "وقعت … أمس الخميس اتفاقا لتعيين
الحدود البحرية" sign (core, Egypt and Greece and their ministers), the Turkish-Libyan memorandum
of last November and the Egypt-Cyprus agreement of 2003 historical signings, the Greek-Turkish
talks "متوقفة منذ عام 2016" a stalled one, "لم توقع القاهرة أي اتفاق … مع ليبيا" a negated one,
the ratification to come no new signing; two states that "أعلنت … استئناف العلاقات الدبلوماسية"
restore them (core, Iran and the Maldives and their ministers), the embassies they "سيعيدان فتح …
في أقرب وقت ممكن" a planned restoration (not core), the Saudi-Iranian restoration of this year a
historical one and the Beijing agreement of March a historical signing, the Iran-Egypt
normalisation that "لا تزال تراوح مكانها" a stalled restoration; an army that "أدمجت … أمس
الأربعاء أكثر من مئتي مقاتل سابق من الجناح المسلح لحركة … «رينامو» في صفوفها" integrates them
(core; Mozambique and its armed forces the actors, Renamo, not in the knowledge base, the
target), the hundred "من المقرر أن يدمج … في جهاز الشرطة" a planned integration and the junta's
men who "لن يدمج" a negated one (neither core), the Maputo accord of August 2019 a historical
signing, the Rwandan and SADC forces deployed in Cabo Delgado "منذ يوليو 2021" a historical
presence; "طلائع قوات فرنسية وألمانية وسويدية" that "وصلت إلى نوك، عاصمة غرينلاند، أمس الخميس" a
presence (core; France, Germany and Sweden in Greenland and Denmark) and the Norwegian unit that
"ستصل إلى غرينلاند مطلع الأسبوع المقبل" a planned presence (core), London's "لن ترسل جنودا إلى
الجزيرة" a negated presence, Pituffik since 1951 a historical American presence under a
historical signing with Denmark, the White House talks that "انتهت دون التوصل إلى أي اتفاق" a
stalled signing, the Netherlands that "تدرس المشاركة" no event; a basketball federation's
suspensions, fines, bans lifted, threats to clubs, transfers, contracts, merged championships,
police at a derby, sponsorships and a memorandum, a governorate's rubble, truck ban, bridge
memorandum with a foreign company, classes suspended and resumed, merged schools, a district
joining the grid, deadlines, detachments, a curfew lifted, a library reopened, a bank merger, a
stock suspended, a listing, an excise tax, fines threatened, contracts with foreign companies,
interest rates and fares raised and a code-share are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-03, on commit 101e1ad), in one run: events P 0.667 R 0.818 F1
0.735 (recall 9/11, precision 8/12: eight alerts right, three unexpected alerts and one false
alarm; occurred core found 8/10, planned 1/1 by the score's match, though the check finds no
planned Norwegian presence; historical 16/17, negated 8/8 and stalled 6/6 kept quiet). Three core
events are missed. In ar-hl03 "أعلنت وزارة التجارة الصينية، الأربعاء، تعليق الإجراءات التي
فرضتها على عدد من الشركات الأمريكية … لمدة عام" gives nothing: the generic "الإجراءات" counts as
sanctions only in the forms of ``imposed_measures`` in ``rasd/events/lexicons/ar.cues.yaml``
("الإجراءات المفروضة على"), so the relative clause "الإجراءات التي فرضتها على" is no sanctions
noun ("تعليق العقوبات التي فرضتها" and "تعليق الإجراءات المفروضة على" are read; the headline's
"تعلق … إجراءاتها ضد شركات" gives nothing either). In ar-hl07 the lead "نيويورك في 20 سبتمبر
/قنا/ أعلنت … استئناف العلاقات الدبلوماسية بينهما" is read alone, but it names no day (the day is
the dateline's, and "أمس" comes in the next sentence), so it is not fresh, and ``_demote`` in
``rasd/events/extractor.py`` gives it the status of the Saudi-Iranian restoration of March, a
historical one of the same type that shares Iran, and merges the two (``_news_first``, "the lead
is the news", is English-only). In ar-hl09 "أعلنت وزارة الدفاع النرويجية أن وحدة من قواتها الخاصة
ستصل إلى غرينلاند مطلع الأسبوع المقبل" gives nothing, for two causes in
``rasd/events/lexicons/ar.triggers.yaml``: the subject-first arrival rule ("أن قوات … وصلت إلى")
holds only past forms, so a future arrival told subject first ("أن وحدة من القوات النرويجية ستصل
إلى غرينلاند") gives nothing where the verb-first "ستصل إلى غرينلاند … وحدة من القوات النرويجية"
is a planned presence; and troops owned by a pronoun, "قواتها", have no demonym for
``foreign_troops`` (``rasd/events/extractor.py``) to find, even past ("أن وحدة من قواتها الخاصة
وصلت"). The false alarm: in ar-hl02 "بعد أشهر من التقارب التاريخي بين إريتريا وإثيوبيا
واستئناف العلاقات بين أسمرة وكل من مقديشو وجيبوتي" is an occurred restoration:
``_weeks_after`` in ``rasd/events/status.py`` makes background of a masdar right after "بعد أشهر
من" only, and the second conjunct, "واستئناف", escapes it ("بعد أشهر من استئناف العلاقات" is
historical). The unexpected alerts: in ar-hl08 "ومن المقرر أن يدمج نحو مئة مقاتل آخرين في جهاز
الشرطة … بحسب مسؤول في وزارة الدفاع" is a planned integration whose only participant, the target,
is the unlinked "وزارة الدفاع" that told it (without the attribution the sentence gives nothing):
the roles of ``rasd/events/roles.py`` take the source of a statement for a party; in ar-hl10
"وقع الاتحاد السوري مذكرة تفاهم مع الاتحاد العربي للعبة" (the cycling federation) is a signing
with Syria for target (and, in the article, "الاتحاد" linked to the Al-Ittihad Club named above
for actor): ``_company_demonym_ar`` in ``rasd/events/roles.py`` screens a nationality after
"شركة", "مجمع" or "جمعية", not after a federation, "الاتحاد التونسي لكرة اليد"; in ar-hl12 "وقع
مصرفان إسلاميان بحرينيان أمس اتفاقا مبدئيا لدمج أعمالهما" is a signing by Bahrain: the same
function takes an indefinite demonym only right after a bank's noun, so an adjective between them,
"بنكان تجاريان قطريان", lets the state through ("بنكان قطريان" and "شركتان عقاريتان قطريتان"
give nothing). Seven strict xfails on the articles; do not tune lexicons on these articles.
Every general cause has sentences of its own in ``RULES``, strict xfails until fixed (eight),
beside twelve that pass.

Also seen, not scored: in ar-hl01 the imposition's target is the unlinked "رجل الأعمال المولدوفي"
(Ilan Shor is not in the knowledge base) and the Treasury's historical imposition has no target;
in ar-hl02 the extension has the United Kingdom, which drafted the resolution, and Eritrea among
its actors, and the sanctions of 2009 are a historical imposition with Somalia and al-Shabaab for
actors; in ar-hl03 the historical listings and the negated suspension give nothing; in ar-hl04
Tanzania is an actor of the threat beside the United States, its target the unlinked "مسؤولين
تنزانيين", and the historical visa restrictions give nothing; in ar-hl05 the historical joinings
of 2024 and 2025 and the negated full membership give nothing; in ar-hl06 the Turkish-Libyan,
Egyptian-Cypriot and Libyan signings come out as one negated signing of Egypt, Turkey, the
Government of National Accord and Greece with Cyprus for target; in ar-hl08 the integration has
Mozambique for target and no actor (Renamo and the Mozambican armed forces are not in the
knowledge base), and the junta's negated integration and the historical Rwandan presence give
nothing; in ar-hl09 the presence has the United States for a second actor and Germany and Sweden
for hosts beside Greenland, London's negated presence has Denmark for host, and the agreement of
1951 is a historical signing by Greenland with Denmark.

After the fixes of the same round (2026-12-03): events P 0.889 R 0.818 F1 0.852 (recall 9/11,
precision 8/9). Fixed in general: measures named with a relative clause ("الإجراءات التي فرضتها
على") are sanctions; a second masdar joined by و after "بعد أشهر من" is what came before the news;
the subject-first arrival also in the future ("أن وحدة … ستصل إلى"); troops owned by a pronoun
("وحدة من قواتها") are those of the state that speaks before "أن", once another state's place
follows; where a quoted source sits ("بحسب مصدر في وزارة الداخلية") takes no part; an indefinite
nationality after a bank and its adjective ("مصرفان إسلاميان بحرينيان") is the bank's. Left: the
wire lead without a day of its own (ar-hl07) and a sports federation's nationality.
Cured since (test_general_misses5_rules_ar.py): ar-hl09, troops «من قواتها» are those of the state
whose ministry, named by its adjective («وزارة الدفاع النرويجية»), speaks before «أن».

``python -m tests.unit.test_heldout40_events_ar`` prints every article's alerts and the set's
precision, recall and F1.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from tests.unit.heldout_support_ar import (
    Article,
    G,
    check_core_events_found,
    check_no_wrong_alert,
    check_rule,
    check_set_shape,
    params,
    report,
)

_UNSC = "United Nations Security Council"
_EU = "European Union"
_US = "United States"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-almasryalyoum-afp-eu-sanctions-moldova-shor-2023",
        date(2023, 6, 1),
        """الاتحاد الأوروبي يفرض عقوبات على إيلان شور وستة آخرين بتهمة زعزعة استقرار مولدوفا

بروكسل - أ ف ب

فرض الاتحاد الأوروبي، أمس الأربعاء، عقوبات على سبعة أشخاص بينهم رجل الأعمال المولدوفي الفار إيلان شور، زعيم الحزب الذي يحمل اسمه والذي حظره القضاء الشهر الماضي، متهما إياهم بالعمل على زعزعة استقرار مولدوفا وتقويض مؤسساتها الديمقراطية لحساب موسكو. وتشمل الإجراءات تجميد أصولهم في دول الاتحاد السبع والعشرين ومنعهم من دخول أراضيه، إضافة إلى حظر إتاحة أي أموال أو موارد اقتصادية لهم بشكل مباشر أو غير مباشر.

وقال مجلس الاتحاد الأوروبي في بيان إن القائمة تضم أيضا نائبين سابقين في البرلمان المولدوفي ومسؤولة محلية في إقليم غاغاوزيا ذي الحكم الذاتي ورجلي أعمال، مشيرا إلى أن هؤلاء "نظموا احتجاجات عنيفة ومولوها بأموال مجهولة المصدر، وسعوا إلى شراء أصوات الناخبين". وأوضح البيان أن القرار اتخذ بموجب الإطار القانوني الذي أقره الاتحاد في أواخر أبريل خصيصا للتصدي للتهديدات التي تواجهها مولدوفا.

ويأتي القرار عشية القمة الثانية للمجموعة السياسية الأوروبية التي تستضيفها مولدوفا اليوم الخميس في قصر ميميمتسا قرب العاصمة كيشيناو، بمشاركة نحو خمسين رئيس دولة وحكومة، في حدث تقول السلطات المولدوفية إنه "رسالة واضحة بأن مكان البلاد في أوروبا".

ورحبت الرئيسة مايا ساندو بالخطوة، وكتبت على حسابها في تويتر أن "من يحاولون شراء مستقبل مولدوفا سيدفعون الثمن". في المقابل، وصف شور، الذي يقيم في إسرائيل منذ فراره من البلاد عام 2019، العقوبات بأنها "انتقام سياسي"، مؤكدا أنه سيطعن فيها أمام محكمة العدل الأوروبية.

وكانت وزارة الخزانة الأمريكية قد فرضت في أكتوبر الماضي عقوبات على شور وعدد من المقربين منه، متهمة إياه بالتعاون مع كيانات روسية للتأثير في الانتخابات المولدوفية. كما أصدرت محكمة في كيشيناو في أبريل حكما غيابيا بسجنه خمسة عشر عاما في قضية اختفاء مليار دولار من ثلاثة مصارف عام 2014.

ولم تفرض الحزمة الأوروبية الجديدة أي عقوبات على مسؤولين روس، إذ قال دبلوماسي أوروبي إن التركيز انصب على "الشبكة المحلية" التي تدير عمليات التمويل داخل البلاد. وكانت مولدوفا قد حصلت على صفة الدولة المرشحة لعضوية الاتحاد في يونيو من العام الماضي، بالتزامن مع أوكرانيا.

وفي كيشيناو، التي يقصدها مئات الطلاب العرب لدراسة الطب، قال طالب أردني في سنته الرابعة: "الناس هون خايفة شوي، كل أسبوع في مظاهرة قدام البرلمان، بس الحياة ماشية والأسعار نار من وقت الحرب".

ويقول محللون إن تأثير العقوبات سيبقى رمزيا في جانب منه، لأن معظم أصول شور نقلت منذ سنوات إلى خارج الاتحاد، لكنها تبعث برسالة إلى الناخبين قبل الانتخابات المحلية المقررة في الخريف، والتي يتوقع أن تشهد تنافسا حادا بين حزب الرئيسة ساندو والقوى الموالية لروسيا في الشمال والجنوب.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_EU, "Council of the European Union"],
                ["Ilan Shor"],
            ),
            # the Treasury's sanctions of October 2022 on Shor
            G(
                "sanctions.imposed",
                "historical",
                [_US, "United States Department of the Treasury"],
                ["Ilan Shor"],
                core=False,
            ),
            # "لم تفرض الحزمة الأوروبية الجديدة أي عقوبات على مسؤولين روس"
            G("sanctions.imposed", "negated", [_EU], ["Russia"], core=False),
        ],
        not_targets=["Moldova", "Israel", "Ukraine", "Jordan", "Maia Sandu"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-kuna-unsc-lifts-eritrea-sanctions-renews-somalia-2018",
        date(2018, 11, 14),
        """مجلس الأمن يرفع العقوبات عن إريتريا ويجدد حظر السلاح على الصومال

نيويورك - 14 - 11 (كونا) -- رفع مجلس الأمن الدولي اليوم الأربعاء العقوبات المفروضة على إريتريا منذ تسع سنوات بما فيها حظر السلاح وتجميد الأصول وحظر السفر وذلك في قرار تبناه بإجماع أعضائه الخمسة عشر.

وجاء القرار الذي أعدت مشروعه المملكة المتحدة بعد أشهر من التقارب التاريخي بين إريتريا وإثيوبيا واستئناف العلاقات بين أسمرة وكل من مقديشو وجيبوتي إذ رحب المجلس في ديباجته بـ"الروح الإيجابية" التي تسود منطقة القرن الأفريقي.

وجدد المجلس في القرار ذاته حظر الأسلحة الجزئي المفروض على الصومال والتدابير المفروضة على حركة الشباب حتى 15 نوفمبر 2019 بما فيها الحظر على صادرات الفحم الصومالي ومدد ولاية فريق الخبراء المعني بمراقبة تنفيذها.

وكان المجلس قد فرض العقوبات على إريتريا في ديسمبر 2009 بموجب القرار 1907 بعد اتهامها بتقديم الدعم لجماعات مسلحة في الصومال ورفضها سحب قواتها من منطقة حدودية متنازع عليها مع جيبوتي وهو ما نفته أسمرة على الدوام.

وقال مندوب دولة الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي في كلمة أمام المجلس عقب التصويت إن الكويت رحبت بالقرار "الذي يعكس التطورات الإيجابية في المنطقة ويشجع على مواصلة مسيرة المصالحة" مشيدا بجهود المملكة العربية السعودية ودولة الإمارات العربية المتحدة في رعاية اتفاق السلام بين إريتريا وإثيوبيا.

وكان الرئيس الإريتري أسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد قد وقعا في مدينة جدة في سبتمبر الماضي اتفاق السلام الذي أنهى رسميا عقدين من حالة "لا حرب ولا سلم" بين البلدين.

غير أن القرار لم يتضمن أي رفع للحظر المفروض على صادرات الفحم من الصومال إذ أكد عدد من أعضاء المجلس أن هذه التجارة لا تزال مصدرا رئيسيا لتمويل حركة الشباب.

وفي الشأن ذاته لا تزال المحادثات بين جيبوتي وإريتريا حول ترسيم الحدود وملف الأسرى الجيبوتيين متعثرة بحسب ما أفاد به دبلوماسيون في نيويورك رغم لقاء وزيري خارجية البلدين في سبتمبر الماضي.

ودعا المجلس البلدين إلى مواصلة الحوار وطلب من الأمين العام للأمم المتحدة أنطونيو غوتيريس تقديم تقرير حول التقدم المحرز في هذا الملف بحلول 15 فبراير المقبل وآخر حول العلاقات بين جيبوتي وإريتريا بعد ذلك كل ستة أشهر.

من جهته وصف وزير الإعلام الإريتري يماني جبر مسقل في تغريدة القرار بأنه "تصحيح متأخر لظلم طال أمده" مؤكدا أن العقوبات "لم تستند يوما إلى أدلة حقيقية".

وتتهم منظمات حقوقية أسمرة بمواصلة التجنيد الإلزامي لأجل غير مسمى وباحتجاز آلاف المعارضين دون محاكمة وهي ملفات قالت إنها يجب أن تبقى على جدول أعمال المجتمع الدولي بعد رفع العقوبات. (النهاية) ع ن ب / ا ع ع""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Eritrea"]),
            # the partial arms embargo on Somalia and the measures on al-Shabaab renewed
            G("sanctions.extended", "occurred", [_UNSC], ["Somalia", "al-Shabaab"]),
            # resolution 1907 of December 2009
            G("sanctions.imposed", "historical", [_UNSC], ["Eritrea"], core=False),
            # Asmara's resumed ties with Mogadishu and Djibouti
            G(
                "relations.restored",
                "historical",
                ["Eritrea", "Somalia", "Djibouti"],
                [],
                core=False,
            ),
            # the Jeddah peace of September
            G(
                "agreement.signed",
                "historical",
                ["Eritrea", "Ethiopia", "Isaias Afwerki", "Abiy Ahmed"],
                [],
                core=False,
            ),
            # "لم يتضمن أي رفع للحظر المفروض على صادرات الفحم من الصومال"
            G("sanctions.lifted", "negated", [_UNSC], ["Somalia"], core=False),
            # the Djibouti-Eritrea border talks "متعثرة"
            G("agreement.signed", "stalled", ["Djibouti", "Eritrea"], [], core=False),
        ],
        not_targets=[
            "Kuwait",
            "Ethiopia",
            "Djibouti",
            "United Kingdom",
            "Saudi Arabia",
            "United Arab Emirates",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-anadolu-china-suspends-unreliable-entity-measures-us-firms-2025",
        date(2025, 11, 6),
        """الصين تعلق لمدة عام إجراءاتها ضد شركات أمريكية على "قائمة الكيانات غير الموثوقة"

بكين/ الأناضول

أعلنت وزارة التجارة الصينية، الأربعاء، تعليق الإجراءات التي فرضتها على عدد من الشركات الأمريكية المدرجة على "قائمة الكيانات غير الموثوقة" لمدة عام، في إطار تنفيذ التفاهمات التي توصل إليها الرئيس الصيني شي جين بينغ ونظيره الأمريكي دونالد ترامب خلال لقائهما في مدينة بوسان الكورية الجنوبية الأسبوع الماضي.

وقالت الوزارة في بيان نشرته على موقعها الإلكتروني إن التعليق يسري اعتبارا من العاشر من نوفمبر الجاري، ويشمل حظر الاستيراد والتصدير والاستثمار الجديد في الصين المفروض على هذه الشركات، ومعظمها يعمل في مجالي الطائرات المسيرة وأشباه الموصلات.

وأوضح البيان أن الشركات المعنية يمكنها خلال فترة التعليق استئناف معاملاتها التجارية مع الشركاء الصينيين، على أن تلتزم بالقوانين واللوائح الصينية، مشيرا إلى أن الوزارة "ستواصل تقييم سلوك هذه الكيانات".

وكانت بكين قد أدرجت هذه الشركات على القائمة على دفعات منذ مطلع العام الجاري، ردا على الرسوم الجمركية التي فرضتها إدارة ترامب على السلع الصينية، وعلى ما وصفته بـ"التعاون العسكري مع تايوان".

غير أن الوزارة أكدت أن التعليق لا يشمل الشركات التي أدرجت بسبب صفقات بيع الأسلحة إلى تايوان، إذ تبقى القيود المفروضة عليها سارية، وفق البيان.

في المقابل، خفضت واشنطن الأسبوع الماضي الرسوم الجمركية المرتبطة بمادة الفنتانيل على الواردات الصينية من عشرين إلى عشرة في المئة، فيما تعهدت بكين باستئناف شراء فول الصويا الأمريكي.

ورغم هذه الخطوات المتبادلة، لا تزال المفاوضات بين البلدين حول اتفاق تجاري شامل متعثرة، إذ يختلف الجانبان حول ملفات الرقائق الإلكترونية المتقدمة والدعم الحكومي للصناعات الصينية، وفق ما نقلته وسائل إعلام صينية عن مصادر مطلعة.

وقال المتحدث باسم وزارة التجارة الصينية خه يونغ تشيان في مؤتمر صحفي إن بلاده "مستعدة للعمل مع الجانب الأمريكي لتعزيز الثقة المتبادلة"، داعيا واشنطن إلى "ملاقاة الصين في منتصف الطريق".

وفي مدينة إيوو شرقي البلاد، حيث يقيم آلاف التجار العرب، قال تاجر مصري يعمل في تصدير الأدوات المنزلية: "والله الشغل كان واقف من شهرين، والحاويات قاعدة في الميناء، يمكن دلوقتي الحال يتحسن شوية لو الاتفاق ده كمل".

ويرى خبراء أن الخطوة الصينية تحمل طابعا رمزيا أكثر منه اقتصاديا، لأن حجم تعاملات الشركات المعنية مع السوق الصينية محدود، لكنها تشير إلى رغبة الطرفين في تثبيت الهدنة التجارية قبل زيارة مرتقبة لترامب إلى بكين في أبريل المقبل.

وتعد الصين والولايات المتحدة أكبر اقتصادين في العالم، وبلغ حجم التجارة بينهما العام الماضي نحو 690 مليار دولار، بحسب بيانات الجمارك الصينية.""",
        [
            G("sanctions.suspended", "occurred", ["China", "Ministry of Commerce (China)"], []),
            # the listings since the start of the year
            G(
                "sanctions.imposed",
                "historical",
                ["China", "Ministry of Commerce (China)"],
                [],
                core=False,
            ),
            # "لا يشمل الشركات التي أدرجت بسبب صفقات بيع الأسلحة إلى تايوان"
            G(
                "sanctions.suspended",
                "negated",
                ["China", "Ministry of Commerce (China)"],
                [],
                core=False,
            ),
            # the talks on a comprehensive trade deal "متعثرة"
            G("agreement.signed", "stalled", ["China", _US], [], core=False),
        ],
        not_targets=["United States", "Taiwan", "South Korea", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-reuters-us-threatens-tanzanian-officials-election-violence-2025",
        date(2025, 12, 5),
        """واشنطن تهدد بعقوبات على مسؤولين تنزانيين بعد عنف الانتخابات

دار السلام (رويترز) -

هددت الولايات المتحدة، أمس الخميس، بفرض عقوبات على مسؤولين تنزانيين تقول إنهم يتحملون مسؤولية أعمال العنف التي رافقت الانتخابات العامة أواخر أكتوبر الماضي، والتي قتل خلالها مئات المحتجين بحسب أحزاب المعارضة ومنظمات حقوقية.

وقالت وزارة الخارجية الأمريكية في بيان إن واشنطن "تراجع علاقاتها مع الحكومة التنزانية بشكل شامل"، وإنها "لن تتردد في فرض قيود على التأشيرات وعقوبات مالية على كل من يثبت تورطه في قمع المدنيين أو في تقويض العملية الديمقراطية". وأضاف البيان أن الولايات المتحدة "تتابع بقلق بالغ" التقارير عن حملات اعتقال واسعة طالت ناشطين وصحفيين.

وفازت الرئيسة سامية صولحو حسن في الانتخابات بنحو ثمانية وتسعين في المئة من الأصوات، وفق النتائج الرسمية، بعد استبعاد حزب تشاديما المعارض الرئيسي من السباق وسجن زعيمه توندو ليسو الذي يحاكم بتهمة الخيانة. ونفت الحكومة استخدام القوة المفرطة، مؤكدة أن قوات الأمن "تصرفت في حدود القانون لحماية الممتلكات العامة".

وكانت واشنطن قد فرضت في يناير 2021 قيودا على تأشيرات عدد من المسؤولين التنزانيين بسبب ما وصفته بتزوير انتخابات عام 2020 في عهد الرئيس الراحل جون ماغوفولي.

ولم يفرض الاتحاد الأوروبي أي عقوبات على تنزانيا حتى الآن، واكتفى بدعوة السلطات إلى فتح تحقيق مستقل في أعمال القتل والإفراج عن المعتقلين السياسيين. كما دعت الكنيسة الكاثوليكية ومجلس المحامين في البلاد إلى حوار وطني شامل.

وكانت الحكومة وحزب تشاديما قد بدأا مطلع العام الجاري محادثات للتوقيع على ميثاق للإصلاحات الانتخابية، غير أن هذه المحادثات تعثرت بعد اعتقال ليسو في أبريل، ولم تستأنف منذ ذلك الحين.

وقال المتحدث باسم الحكومة في مؤتمر صحفي في دودوما إن تنزانيا "دولة ذات سيادة ولا تقبل الإملاءات من أي جهة"، مضيفا أن بلاده "ستواصل التعاون مع شركائها على أساس الاحترام المتبادل".

وتعد الولايات المتحدة من أكبر المانحين لتنزانيا، إذ تمول برامج واسعة في مجالي الصحة ومكافحة الملاريا وفيروس نقص المناعة، ويخشى عاملون في القطاع الصحي من أن تؤدي أي عقوبات إلى تقليص هذه البرامج.

وفي زنجبار، التي تربطها صلات تاريخية بسلطنة عمان، بدت الشوارع شبه خالية في المساء، وقال صاحب محل للتوابل في حي ستون تاون لرويترز بالعربية: "والله الناس خايفين، الحين ما حد يطلع بالليل، والسياح قلوا وايد بعد اللي صار".

ويرى محللون في نيروبي أن التهديد الأمريكي قد يدفع دار السلام إلى تعزيز علاقاتها مع الصين وروسيا، في وقت تسعى فيه إلى تمويل مشاريع كبرى في البنية التحتية، من بينها خط السكك الحديدية الذي يربط الساحل بالبحيرات العظمى.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [_US, "United States Department of State"],
                ["Tanzania"],
            ),
            # the visa restrictions of January 2021
            G("sanctions.imposed", "historical", [_US], ["Tanzania"], core=False),
            # "لم يفرض الاتحاد الأوروبي أي عقوبات على تنزانيا حتى الآن"
            G("sanctions.imposed", "negated", [_EU], ["Tanzania"], core=False),
            # the talks with Chadema on a charter of electoral reforms "تعثرت"
            G("agreement.signed", "stalled", ["Tanzania", "Chadema"], [], core=False),
        ],
        not_targets=["Kenya", "Oman", "China", "Russia", "Tundu Lissu"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-wam-vietnam-joins-brics-as-partner-2025",
        date(2025, 6, 13),
        """فيتنام تنضم رسميا إلى مجموعة "بريكس" بصفة دولة شريكة

هانوي في 13 يونيو / وام / انضمت جمهورية فيتنام الاشتراكية رسميا إلى مجموعة "بريكس" بصفة دولة شريكة، لتصبح الدولة العاشرة التي تحصل على هذا الوضع، وفق ما أعلنته البرازيل التي تتولى الرئاسة الدورية للمجموعة خلال العام الجاري.

وقالت وزارة الخارجية البرازيلية في بيان إن فيتنام "تشارك بقية أعضاء المجموعة تطلعاتهم إلى نظام دولي أكثر عدلا وتوازنا"، مرحبة بانضمامها قبل أسابيع من القمة السنوية للمجموعة المقرر عقدها في مدينة ريو دي جانيرو مطلع يوليو المقبل.

من جانبها، أكدت وزارة الخارجية الفيتنامية أن قرار الانضمام "يعكس سياسة خارجية مستقلة ومتعددة الأطراف"، وأن هانوي ستسهم بفاعلية في تعزيز التعاون بين دول الجنوب في مجالات التجارة والطاقة والأمن الغذائي.

وأوضح المتحدث باسم الوزارة فام ثو هانغ في مؤتمر صحفي أن فيتنام لا تعتزم الانضمام إلى المجموعة بصفة عضو كامل في الوقت الراهن، وأن وضع الشريك "يتيح لها المشاركة في الاجتماعات والمبادرات دون التزامات إضافية".

وتضم المجموعة حاليا عشرة أعضاء كاملي العضوية، بعد أن انضمت إليها دولة الإمارات العربية المتحدة ومصر وإثيوبيا وإيران في يناير 2024، ثم إندونيسيا في يناير الماضي. وكانت المجموعة قد أقرت فئة "الدول الشريكة" خلال قمة قازان في روسيا في أكتوبر الماضي، وحصلت عليها حتى الآن دول من بينها بيلاروس وبوليفيا وكازاخستان وكوبا وماليزيا وتايلاند وأوغندا وأوزبكستان ونيجيريا.

وكانت فيتنام قد انضمت إلى رابطة دول جنوب شرق آسيا "آسيان" عام 1995، وإلى منظمة التجارة العالمية عام 2007، وترتبط باتفاقيات تجارة حرة مع عدد كبير من الاقتصادات الكبرى.

وترتبط دولة الإمارات وفيتنام بعلاقات اقتصادية متنامية، إذ وقع البلدان في أكتوبر الماضي اتفاقية الشراكة الاقتصادية الشاملة، وهي أول اتفاقية من نوعها تبرمها فيتنام مع دولة عربية، فيما تجاوز حجم التجارة غير النفطية بين البلدين عشرة مليارات دولار العام الماضي.

ويرى مراقبون أن الخطوة الفيتنامية تعكس حرص هانوي على الموازنة بين علاقاتها مع الصين والولايات المتحدة، في ظل التوترات التجارية المتصاعدة بين القوتين، خصوصا بعد الرسوم الجمركية التي فرضتها واشنطن في أبريل الماضي على الواردات الفيتنامية قبل أن تعلق تطبيقها لتسعين يوما.

وقال دبلوماسي آسيوي في هانوي إن "فيتنام تريد أن تكون في كل الطاولات، لكنها لا تريد أن تحسب على أي معسكر"، مشيرا إلى أن المسؤولين الفيتناميين حرصوا على إبلاغ شركائهم الغربيين مسبقا بالقرار.

ويشكل أعضاء المجموعة نحو نصف سكان العالم وقرابة أربعين في المئة من الناتج الاقتصادي العالمي، وفق تقديرات صندوق النقد الدولي.

/ وام / ع ك ر / ح ص ر""",
        [
            G("alliance.joined", "occurred", ["Vietnam"], ["BRICS"]),
            # "لا تعتزم الانضمام إلى المجموعة بصفة عضو كامل في الوقت الراهن"
            G("alliance.joined", "negated", ["Vietnam"], ["BRICS"], core=False),
            # the members of January 2024 and January 2025, the partners since Kazan
            G(
                "alliance.joined",
                "historical",
                [
                    "United Arab Emirates",
                    "Egypt",
                    "Ethiopia",
                    "Iran",
                    "Indonesia",
                    "Belarus",
                    "Bolivia",
                    "Kazakhstan",
                    "Cuba",
                    "Malaysia",
                    "Thailand",
                    "Uganda",
                    "Uzbekistan",
                    "Nigeria",
                ],
                ["BRICS"],
                core=False,
            ),
            # ASEAN in 1995, the WTO in 2007
            G(
                "alliance.joined",
                "historical",
                ["Vietnam"],
                ["ASEAN", "World Trade Organization"],
                core=False,
            ),
            # the UAE-Vietnam comprehensive economic partnership of October 2024
            G(
                "agreement.signed",
                "historical",
                ["United Arab Emirates", "Vietnam"],
                [],
                core=False,
            ),
        ],
        not_targets=["Brazil", "China", "United States", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alwatan-egypt-greece-sign-maritime-delimitation-2020",
        date(2020, 8, 7),
        """مصر واليونان توقعان اتفاق ترسيم الحدود البحرية.. وأنقرة تعتبره "باطلا"

القاهرة - رويترز

وقعت مصر واليونان، أمس الخميس، اتفاقا لتعيين الحدود البحرية بينهما وتحديد المنطقة الاقتصادية الخالصة لكل منهما في شرق البحر المتوسط، في خطوة قال البلدان إنها تفتح الباب أمام استغلال ثروات المنطقة من النفط والغاز.

ووقع الاتفاق في القاهرة وزير الخارجية سامح شكري ونظيره اليوناني نيكوس ديندياس، بعد جولات من المفاوضات الفنية استمرت سنوات. وقال شكري في مؤتمر صحفي مشترك إن الاتفاق "يتسق تماما مع قواعد القانون الدولي واتفاقية الأمم المتحدة لقانون البحار"، فيما وصفه ديندياس بأنه "النقيض التام" للمذكرة التركية الليبية.

وكانت تركيا وحكومة الوفاق الوطني الليبية قد وقعتا في نوفمبر الماضي مذكرة تفاهم لترسيم الحدود البحرية بين البلدين، رفضتها القاهرة وأثينا ونيقوسيا، معتبرة أنها تتجاهل وجود جزيرة كريت اليونانية وتنتهك الحقوق السيادية لدول المنطقة.

وقالت وزارة الخارجية التركية في بيان إن الاتفاق المصري اليوناني "باطل ولاغ" بالنسبة لأنقرة، مؤكدة أن المنطقة المعنية تقع ضمن الجرف القاري التركي وأن تركيا "لن تسمح بأي نشاط فيها". وأعلنت البحرية التركية لاحقا استئناف أعمال المسح الزلزالي قرب جزيرة كاستيلوريزو.

ولا تزال المحادثات الاستكشافية بين أثينا وأنقرة بشأن الخلافات البحرية متوقفة منذ عام 2016، رغم محاولات ألمانية للوساطة خلال الأسابيع الماضية، إذ أرجأت اليونان جولة كانت مقررة بعد إعلان تركيا إرسال سفينة تنقيب إلى المنطقة.

ومن المنتظر أن يحال الاتفاق إلى مجلس النواب المصري والبرلمان اليوناني للتصديق عليه خلال الأسابيع المقبلة. وكانت مصر قد وقعت اتفاقا مماثلا مع قبرص عام 2003، سمح بتطوير حقول الغاز في المنطقة، من بينها حقل ظهر العملاق.

ولم توقع القاهرة أي اتفاق لترسيم الحدود البحرية مع ليبيا حتى الآن، وقال مصدر دبلوماسي مصري إن ذلك "مرهون بوجود حكومة موحدة في طرابلس تحظى بشرعية كاملة".

ويشمل الاتفاق الجديد ترسيما جزئيا للحدود، على أن يستكمل الجزء المتبقي في مرحلة لاحقة بالتشاور مع الدول المجاورة، بحسب ما أوضحه مسؤول في الخارجية اليونانية.

وفي الإسكندرية، استقبل الصيادون النبأ باهتمام، وقال أحدهم على رصيف ميناء الأنفوشي: "الحمد لله، يمكن كده الصيادين يرتاحوا شوية من المشاكل اللي في البحر، إحنا ياما مراكبنا اتحجزت بره".

ويرى خبراء في شؤون الطاقة أن الاتفاق يعزز موقع مصر كمركز إقليمي لتسييل الغاز وتصديره إلى أوروبا، خصوصا بعد تأسيس منتدى غاز شرق المتوسط الذي يتخذ من القاهرة مقرا له، ويضم اليونان وقبرص وإيطاليا والأردن وفلسطين وإسرائيل.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Egypt", "Greece", "Sameh Shoukry", "Nikos Dendias"],
                [],
            ),
            # the Turkish-Libyan memorandum of November 2019, the Egypt-Cyprus agreement of 2003
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "Government of National Accord", "Libya"],
                [],
                core=False,
            ),
            G("agreement.signed", "historical", ["Egypt", "Cyprus"], [], core=False),
            # the Greek-Turkish exploratory talks "متوقفة منذ عام 2016"
            G("agreement.signed", "stalled", ["Greece", "Turkey"], [], core=False),
            # "لم توقع القاهرة أي اتفاق لترسيم الحدود البحرية مع ليبيا"
            G("agreement.signed", "negated", ["Egypt", "Libya"], [], core=False),
        ],
        not_targets=["Turkey", "Libya", "Cyprus", "Germany", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-qna-iran-maldives-resume-diplomatic-ties-2023",
        date(2023, 9, 20),
        """إيران وجزر المالديف تستأنفان العلاقات الدبلوماسية بعد قطيعة استمرت سبع سنوات

نيويورك في 20 سبتمبر /قنا/ أعلنت الجمهورية الإسلامية الإيرانية وجمهورية المالديف استئناف العلاقات الدبلوماسية بينهما، بعد قطيعة استمرت أكثر من سبع سنوات.

وجاء الإعلان في بيان مشترك صدر عقب لقاء جمع وزير الخارجية الإيراني حسين أمير عبداللهيان ونظيره المالديفي عبدالله شاهد، أمس، على هامش أعمال الدورة الثامنة والسبعين للجمعية العامة للأمم المتحدة في نيويورك.

وأوضح البيان أن الجانبين اتفقا على "استئناف العلاقات الدبلوماسية الكاملة على أساس الاحترام المتبادل وحسن الجوار وعدم التدخل في الشؤون الداخلية"، وعلى تبادل الزيارات بين المسؤولين في البلدين وتعزيز التعاون في مجالات التجارة والسياحة والثقافة.

وكانت المالديف قد قطعت علاقاتها مع إيران في مايو 2016، تضامنا مع المملكة العربية السعودية بعد الاعتداء على سفارتها في طهران وقنصليتها في مشهد، متهمة طهران آنذاك بانتهاج سياسات "تهدد السلام والأمن في المنطقة".

وقال أمير عبداللهيان في تصريحات للصحفيين عقب اللقاء إن البلدين سيعيدان فتح سفارتيهما في طهران وماليه "في أقرب وقت ممكن"، مضيفا أن الخطوة "تأتي في إطار سياسة الجوار التي تنتهجها الحكومة الإيرانية". من جهته، وصف شاهد القرار بأنه "يخدم مصالح الشعبين"، مشيرا إلى أن بلاده "تسعى إلى علاقات ودية مع جميع الدول".

وتأتي هذه الخطوة بعد أشهر من استئناف العلاقات بين المملكة العربية السعودية وإيران، إثر الاتفاق الذي وقعه البلدان في العاصمة الصينية بكين في العاشر من مارس الماضي برعاية صينية، وأعيد بموجبه فتح السفارتين في الرياض وطهران خلال الصيف.

وشهدت المنطقة خلال العام الجاري سلسلة من خطوات التقارب بين إيران وجيرانها، غير أن مساعي التطبيع بين طهران والقاهرة لا تزال تراوح مكانها، رغم جولات من المحادثات الاستكشافية التي استضافتها مسقط وبغداد في الأشهر الماضية، بحسب مصادر دبلوماسية.

وتعتمد المالديف، وهي أرخبيل يضم أكثر من ألف ومئتي جزيرة في المحيط الهندي، بشكل كبير على السياحة، وتسعى إلى تنويع أسواقها السياحية وجذب الاستثمارات من دول المنطقة. ويزور الأرخبيل سنويا أكثر من مليون ونصف مليون سائح، معظمهم من الصين والهند وروسيا وأوروبا.

ولم يحدد الجانبان موعدا لتعيين السفيرين، فيما أشار البيان المشترك إلى أن لجنة فنية ستجتمع قبل نهاية العام لبحث الترتيبات اللازمة.

وتتزامن الخطوة مع حملة الانتخابات الرئاسية في المالديف، التي تجرى جولتها الثانية نهاية الشهر الجاري بين الرئيس إبراهيم محمد صالح ومنافسه محمد مويزو، وسط جدل داخلي حول علاقات البلاد مع الهند والصين.

وعلى مستوى الشارع، قال مقيم بحريني يعمل في أحد المنتجعات في ماليه لمراسل قنا: "الناس هني ما يهتمون وايد بالسياسة، المهم عندهم الشغل والسياح، بس أكيد الخبر زين".

/قنا/ ح ع / م ر""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Iran", "Maldives", "Hossein Amir-Abdollahian", "Abdulla Shahid"],
                [],
            ),
            # the embassies "سيعيدان فتح … في أقرب وقت ممكن"
            G("relations.restored", "planned", ["Iran", "Maldives"], [], core=False),
            # the Saudi-Iranian restoration and the Beijing agreement of 10 March
            G("relations.restored", "historical", ["Saudi Arabia", "Iran"], [], core=False),
            G("agreement.signed", "historical", ["Saudi Arabia", "Iran", "China"], [], core=False),
            # the Iran-Egypt normalisation "لا تزال تراوح مكانها"
            G("relations.restored", "stalled", ["Iran", "Egypt"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "China", "Oman", "Iraq", "India", "Bahrain", "Qatar"],
        known_miss=(
            "a wire lead with no day word is demoted by same-type background (extractor.py _demote)"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-afp-mozambique-former-renamo-fighters-join-army-2022",
        date(2022, 10, 20),
        """موزمبيق: دمج أكثر من مئتي مقاتل سابق من "رينامو" في الجيش

مابوتو (أ ف ب) -

أدمجت القوات المسلحة للدفاع عن موزمبيق، أمس الأربعاء، أكثر من مئتي مقاتل سابق من الجناح المسلح لحركة المقاومة الوطنية الموزمبيقية "رينامو" في صفوفها، خلال مراسم أقيمت في ثكنة بوانيس في ضواحي مابوتو بحضور الرئيس فيليبي نيوسي وزعيم الحركة أوسوفو موماد.

وأدى المقاتلون السابقون، ومعظمهم من الضباط وضباط الصف، اليمين الدستورية قبل أن يتسلموا رتبهم العسكرية الجديدة، على أن يتوزعوا على الوحدات النظامية في أقاليم الوسط والشمال بعد دورة تأهيل قصيرة.

وقال نيوسي في كلمة خلال المراسم إن "صفحة الحرب طويت نهائيا"، مضيفا أن موزمبيق "لم يعد فيها سوى جيش واحد يحمي جميع الموزمبيقيين". من جهته، أكد موماد أن الحركة "أوفت بالتزاماتها كاملة"، داعيا الحكومة إلى الإسراع في دفع المعاشات المستحقة للمقاتلين المسرحين.

وتأتي الخطوة تنفيذا لاتفاق السلام والمصالحة الذي وقعه نيوسي وموماد في العاصمة مابوتو في أغسطس 2019، والذي نص على نزع سلاح أكثر من خمسة آلاف من عناصر رينامو وتسريحهم وإعادة دمجهم في الحياة المدنية أو في القوات النظامية.

ومن المقرر أن يدمج نحو مئة مقاتل آخرين في جهاز الشرطة بحلول نهاية العام الجاري، بحسب مسؤول في وزارة الدفاع، فيما أغلقت حتى الآن ثلاثة عشر من أصل ست عشرة قاعدة كانت تستخدمها الحركة في منطقة جبال غورونغوزا.

ولن يدمج عناصر ما يعرف بـ"المجلس العسكري لرينامو"، وهي مجموعة منشقة رفضت اتفاق 2019 وشنت هجمات في وسط البلاد قبل مقتل زعيمها ماريانو نهونغو في اشتباك مع القوات الحكومية العام الماضي، وفق ما أوضحه المسؤول.

وتواجه القوات المسلحة في الوقت ذاته تمردا مسلحا في إقليم كابو ديلغادو الشمالي، حيث تنتشر منذ يوليو 2021 قوات رواندية وقوات من مجموعة تنمية الجنوب الأفريقي "سادك" لدعم الجيش الموزمبيقي في مواجهة الجماعات المرتبطة بتنظيم الدولة الإسلامية.

وقال مبعوث الأمم المتحدة إلى موزمبيق ميرجام بلاتنر إن عملية الدمج "نموذج يحتذى في القارة"، لكنه حذر من أن نجاحها "يتوقف على إدماج المقاتلين اقتصاديا واجتماعيا، لا عسكريا فقط".

وفي سوق شيكيلين في مابوتو، قال تاجر لبناني يقيم في البلاد منذ ثلاثين عاما: "الحمد لله، الناس تعبت من الحرب، وهلق صار في أمل إنو الطريق من الجنوب للشمال يضل مفتوح وما يرجع حدا يطلق نار عالشاحنات".

وشهدت موزمبيق حربا أهلية بين عامي 1977 و1992 بين حكومة جبهة تحرير موزمبيق "فريليمو" ومتمردي رينامو، أودت بحياة نحو مليون شخص، قبل أن تتجدد المواجهات بشكل متقطع بين عامي 2013 و2019.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Mozambique", "Armed Forces for the Defence of Mozambique"],
                ["Renamo"],
            ),
            # a hundred more into the police "بحلول نهاية العام الجاري"
            G("forces.integrated", "planned", ["Mozambique"], ["Renamo"], core=False),
            # the Renamo Military Junta's men "لن يدمج"
            G(
                "forces.integrated",
                "negated",
                ["Mozambique"],
                ["Renamo Military Junta"],
                core=False,
            ),
            # the Maputo accord of August 2019
            G(
                "agreement.signed",
                "historical",
                ["Mozambique", "Renamo", "Filipe Nyusi", "Ossufo Momade"],
                [],
                core=False,
            ),
            # the Rwandan and SADC forces in Cabo Delgado since July 2021
            G(
                "military.presence",
                "historical",
                ["Rwanda", "Southern African Development Community"],
                ["Mozambique"],
                core=False,
            ),
        ],
        not_targets=["Rwanda", "Lebanon", "Islamic State", "United Nations"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alwatan-kuwait-european-troops-arrive-in-greenland-2026",
        date(2026, 1, 16),
        """طلائع قوات أوروبية تصل إلى غرينلاند وسط التوتر مع واشنطن

نوك - «الوطن» - وكالات:

وصلت إلى نوك، عاصمة غرينلاند، أمس الخميس، طلائع قوات فرنسية وألمانية وسويدية، في إطار مهمة عسكرية أوروبية دعت إليها الدنمارك، وسط تصاعد التوتر مع الولايات المتحدة بشأن مستقبل الجزيرة القطبية التي يكرر الرئيس دونالد ترامب رغبته في ضمها.

وقالت وزارة الدفاع الدنماركية في بيان إن القوات الأوروبية ستشارك في تدريبات مشتركة على العمليات في الظروف القطبية، وفي مهام استطلاع على الساحل الشرقي للجزيرة، مشيرة إلى أن عدد أفرادها يبلغ في المرحلة الأولى نحو مئتي عسكري.

وأعلنت وزارة الدفاع النرويجية أن وحدة من قواتها الخاصة ستصل إلى غرينلاند مطلع الأسبوع المقبل للانضمام إلى المهمة، فيما قالت هولندا إنها تدرس المشاركة بطائرة استطلاع بحرية.

وفي المقابل، أكدت الحكومة البريطانية أنها لن ترسل جنودا إلى الجزيرة في هذه المرحلة، مكتفية بالتعبير عن "دعمها الكامل لسيادة الدنمارك".

وتحتفظ الولايات المتحدة بقاعدة بيتوفيك الجوية في شمال غرينلاند منذ عام 1951، بموجب اتفاق دفاعي وقعته مع الدنمارك في بداية الحرب الباردة، ويتمركز فيها اليوم نحو مئة وخمسين عسكريا أمريكيا.

وكانت محادثات جمعت الأربعاء في البيت الأبيض وزيري خارجية الدنمارك وغرينلاند بنائب الرئيس الأمريكي جي دي فانس ووزير الخارجية ماركو روبيو، انتهت دون التوصل إلى أي اتفاق، إذ قال الوزير الدنماركي لارس لوكه راسموسن للصحفيين إن "خلافا جوهريا" لا يزال قائما.

وقال رئيس وزراء غرينلاند ينس فريدريك نيلسن إن الجزيرة "ليست للبيع"، وإن سكانها "هم وحدهم من يقررون مستقبلهم"، مرحبا بوصول القوات الأوروبية التي قال إنها "تعبير عن التضامن".

من جانبه، قلل البيت الأبيض من أهمية الخطوة، وقالت المتحدثة باسمه إن "بضع مئات من الجنود الأوروبيين لن يغيروا شيئا في حسابات الرئيس".

ويقول محللون عسكريون إن المهمة الأوروبية تحمل طابعا سياسيا أكثر منه عسكريا، لكنها المرة الأولى التي تنتشر فيها قوات من عدة دول أوروبية على أراضي الجزيرة، في رسالة واضحة إلى واشنطن بأن أمن القطب الشمالي شأن أوروبي أيضا.

وفي نوك، التي لا يتجاوز عدد سكانها تسعة عشر ألف نسمة، تابع السكان وصول الطائرات العسكرية بفضول. وقال طباخ تونسي يعمل في أحد فنادق المدينة منذ سنوات: "الناس هوني مقلقين شوية من حكاية ترامب، أما الحياة ماشية عادي، والبرد هو الحاجة الوحيدة اللي ما تتبدلش".

وتتمتع غرينلاند، التي يبلغ عدد سكانها نحو ستة وخمسين ألف نسمة، بحكم ذاتي واسع ضمن مملكة الدنمارك، وتملك احتياطيات كبيرة من المعادن النادرة، فيما يتزايد الاهتمام الدولي بها مع ذوبان الجليد وفتح طرق ملاحة جديدة في القطب الشمالي.""",
        [
            G(
                "military.presence",
                "occurred",
                ["France", "Germany", "Sweden"],
                ["Greenland", "Denmark"],
            ),
            # the Norwegian special forces unit "ستصل … مطلع الأسبوع المقبل"
            G("military.presence", "planned", ["Norway"], ["Greenland", "Denmark"]),
            # London "لن ترسل جنودا إلى الجزيرة في هذه المرحلة"
            G("military.presence", "negated", ["United Kingdom"], ["Greenland"], core=False),
            # Pituffik since 1951 under the defence agreement with Denmark
            G("military.presence", "historical", [_US], ["Greenland", "Denmark"], core=False),
            G("agreement.signed", "historical", [_US, "Denmark"], [], core=False),
            # the White House talks "انتهت دون التوصل إلى أي اتفاق"
            G("agreement.signed", "stalled", ["Denmark", "Greenland", _US], [], core=False),
        ],
        not_targets=["United States", "Netherlands", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alwatan-damascus-basketball-page-2024",
        date(2024, 1, 18),
        """الوطن الرياضي

دمشق - «الوطن»

سلة: لجنة الانضباط تعلق مشاركة لاعب الوحدة وتفرض غرامة على الكرامة

علقت لجنة الانضباط في اتحاد كرة السلة مشاركة لاعب نادي الوحدة ثلاث مباريات، وفرضت على نادي الكرامة غرامة مالية قدرها خمسة ملايين ليرة، على خلفية الأحداث التي رافقت مباراة الفريقين في صالة الفيحاء ضمن الجولة الثامنة من دوري المحترفين. وهددت اللجنة بفرض عقوبات أشد على الأندية التي تتأخر في تسديد مستحقات لاعبيها، مشيرة إلى أن النقاط قد تحسم من رصيدها.

وفي المقابل، رفعت اللجنة الإيقاف عن مدرب نادي الجيش بعد قبول الاستئناف الذي تقدم به النادي، ليعود إلى مقعده في مباراة السبت أمام أهلي حلب.

سوق اللاعبين

وانضم لاعب الارتكاز الأمريكي إلى صفوف أهلي حلب بعقد يمتد حتى نهاية الموسم، فيما وقع نادي الاتحاد عقدا مع صانع ألعاب لبناني لمدة موسم واحد. ومدد نادي الوحدة عقد مدربه الصربي حتى نهاية الموسم المقبل، بعد تصدر الفريق جدول الترتيب.

الفئات العمرية

وقرر الاتحاد دمج بطولتي الشباب والناشئين في بطولة واحدة هذا الموسم، لتقليص نفقات التنقل بين المحافظات، على أن تقام المباريات بنظام التجمع في دمشق وحمص.

الأمن في الصالات

وأعلنت قيادة شرطة دمشق أنها ستنشر عناصرها في محيط صالة الفيحاء خلال مباراة القمة بين الوحدة والجيش يوم الجمعة المقبل، مع منع إدخال الألعاب النارية والأعلام الكبيرة.

الرعاية

ووقعت إدارة نادي الجيش اتفاقية رعاية مع شركة اتصالات خاصة لمدة موسمين، تتكفل بموجبها الشركة بتجهيز الصالة وتأمين وسائل نقل الفريق.

البطولات الخارجية

واستأنف منتخب الرجال تحضيراته أمس بعد توقف أسبوعين، استعدادا للنافذة الثانية من التصفيات الآسيوية التي تقام في العاصمة الأردنية عمان الشهر المقبل، وانضم إلى التشكيلة ثلاثة لاعبين من المغتربين.

صوت المدرجات

وقال أحد مشجعي الوحدة أمام الصالة: "والله الفريق بدو دعم، اللاعبين عم يفلوا واحد ورا التاني عالخليج، وإذا ما رفعوا الرواتب ما رح يضل حدا".

كرة القدم

وعلى صعيد كرة القدم، علق اتحاد اللعبة منافسات الدرجة الأولى أسبوعا بسبب سوء الأحوال الجوية، وفرض على الأندية تقديم كشوف لاعبيها الجدد قبل نهاية الشهر، فيما انضم نادي حطين إلى قائمة الأندية المستفيدة من منحة الاتحاد الآسيوي للبنية التحتية.

الدراجات

وعلى صعيد الدراجات، وقع الاتحاد السوري مذكرة تفاهم مع الاتحاد العربي للعبة لاستضافة بطولة عربية في اللاذقية، بعد غياب دام أكثر من عشر سنوات.""",
        [],
        not_targets=["United States", "Lebanon", "Serbia", "Jordan", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-almada-mosul-local-page-2022",
        date(2022, 4, 28),
        """محليات نينوى

الموصل - «المدى»

البلدية ترفع الأنقاض من المدينة القديمة وتفرض حظرا على الشاحنات

رفعت بلدية الموصل أكثر من عشرين ألف متر مكعب من الأنقاض من أزقة المدينة القديمة في الجانب الأيمن خلال الشهر الماضي، ضمن حملة لإعادة فتح الطرق المؤدية إلى جامع النوري والكنائس التاريخية. وفرضت الحكومة المحلية حظرا على دخول الشاحنات الكبيرة إلى مركز المدينة خلال ساعات النهار، بعد ازدحامات خانقة على الجسور.

الإعمار

ووقعت المحافظة مذكرة تفاهم مع شركة تركية لإعادة تأهيل الجسر الخامس، على أن تنجز الأعمال خلال ثمانية عشر شهرا. وتتواصل أعمال إعادة بناء جامع النوري ومنارته الحدباء بتمويل إماراتي وبإشراف منظمة اليونسكو، فيما أعلن المقاول أن نسبة الإنجاز تجاوزت الستين في المئة.

التربية

وعلقت مديرية تربية نينوى الدوام الرسمي في مدارس المحافظة يوما واحد بسبب العاصفة الترابية، على أن يستأنف الدوام الأحد. وقررت المديرية دمج ثلاث مدارس ابتدائية في حي الزنجيلي بعد تضرر أبنيتها، ونقل تلاميذها إلى مبنى جديد.

الخدمات

وانضمت ناحية حمام العليل إلى شبكة الكهرباء الوطنية بعد إنجاز محطة التحويل الجديدة، فيما مددت دائرة الماء مهلة تسديد الأجور المتأخرة حتى نهاية الشهر. وقال أحد سكان حي الميدان: "هاي أول مرة من سنين نشوف الشارع نظيف، بس الكهربا بعدها تنقطع عشر ساعات، والماي يجي يوم ويقطع يومين".

الأمن

ونشرت قيادة عمليات نينوى مفارز إضافية عند مداخل المدينة مع اقتراب عيد الفطر، فيما رفعت قيادة الشرطة حظر التجوال الليلي الذي فرض على قرى جنوب المحافظة الأسبوع الماضي بعد اكتمال عمليات التفتيش.

الجامعة

وأعادت جامعة الموصل فتح مكتبتها المركزية أمام الطلبة بعد إعادة تأهيلها بالكامل، إثر تدمير مبناها ومحتوياتها عام 2016، وتضم المكتبة اليوم أكثر من مئتي ألف كتاب جمعت من تبرعات محلية وعربية. وانضمت الجامعة إلى شبكة الجامعات العربية الرقمية.

الأسواق

وشهدت أسواق باب الطوب والنبي يونس حركة نشطة قبيل العيد، وارتفعت أسعار الملابس والحلويات بشكل ملحوظ. وقال أحد الباعة: "الحمد لله السوق رجع يتحرك، بس الناس تشتري على قدها، والغلا ما يرحم".

النقل

وأعلنت سلطة الطيران المدني أن الرحلات التجريبية من مطار الموصل ستستأنف بعد إنجاز المدرج الجديد، فيما وقعت المحافظة عقدا مع شركة محلية لتشغيل خط نقل عام بين الجانبين الأيمن والأيسر.""",
        [],
        not_targets=["Turkey", "United Arab Emirates", "UNESCO", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alwatan-manama-business-page-2017",
        date(2017, 12, 12),
        """الوطن الاقتصادي

المنامة - «الوطن»

اندماج مصرفين إسلاميين

وقع مصرفان إسلاميان بحرينيان أمس اتفاقا مبدئيا لدمج أعمالهما في كيان واحد، بعد الحصول على موافقة مصرف البحرين المركزي، على أن يعرض الاتفاق على الجمعيات العمومية للمساهمين خلال الربع الأول من العام المقبل. وتتجاوز أصول الكيان الجديد بعد الدمج خمسة مليارات دينار.

البورصة

وعلقت بورصة البحرين التداول على أسهم شركة للتأمين إلى حين الإفصاح عن نتائج مفاوضات استحواذ، فيما استأنفت التداول على أسهم شركة فندقية بعد توقف يومين. وانضمت شركة سعودية للخدمات اللوجستية إلى قائمة الشركات المدرجة في السوق الموازية. وأغلق مؤشر البحرين العام على انخفاض طفيف.

الضرائب

وفرضت الحكومة ضريبة انتقائية على التبغ ومشروبات الطاقة والمشروبات الغازية اعتبارا من نهاية الشهر الجاري، تنفيذا للاتفاقية الخليجية الموحدة. ومددت وزارة الصناعة والتجارة مهلة تجديد السجلات التجارية المنتهية حتى نهاية مارس المقبل، وهددت بفرض غرامات على الشركات التي لا تلتزم بالمهلة الجديدة.

الصناعة

ووقعت شركة ألمنيوم البحرين "ألبا" عقدا مع شركة صينية لتوريد معدات الخط السادس للصهر، على أن يبدأ التشغيل التجريبي مطلع عام 2019. ونشرت الشركة نتائجها الفصلية التي أظهرت ارتفاع أرباحها بنسبة عشرين في المئة.

المصارف

ورفع مصرف البحرين المركزي سعر الفائدة على الودائع لأسبوع ربع نقطة مئوية، تماشيا مع قرار مجلس الاحتياطي الاتحادي الأمريكي. وقال مصرفي في المنامة: "السوق ماشي بس الناس قاعدين يترقبون، محد يبي يتحرك قبل ما تتضح الأمور بعد ضريبة القيمة المضافة".

الطيران

ورفعت شركة طيران الخليج أسعار تذاكرها على بعض الخطوط الإقليمية بسبب ارتفاع أسعار الوقود، ووقعت اتفاقية للرمز المشترك مع شركة طيران هندية لتسيير رحلات إضافية إلى مومباي وكوتشي.

العقار

وانضم مستثمر كويتي إلى مشروع سكني على الواجهة البحرية في منطقة السيف، فيما وقعت شركة تطوير محلية عقدا مع مقاول صيني لتنفيذ المرحلة الثانية من المشروع. وفرضت هيئة التخطيط والتطوير العمراني اشتراطات جديدة على ارتفاع الأبنية في المنطقة.

التجارة

وعلى صعيد آخر، نشرت هيئة المعلومات والحكومة الإلكترونية بيانات التجارة الخارجية للربع الثالث، والتي أظهرت ارتفاع الصادرات غير النفطية بنسبة ثمانية في المئة، في حين تراجعت الواردات من الصين والهند.""",
        [],
        not_targets=["China", "Saudi Arabia", "Kuwait", "India", "Bahrain", "United States"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout40_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout40_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a suspension of "the measures it imposed" is a suspension of sanctions
    pytest.param(
        "أعلنت اليابان أمس تعليق العقوبات التي فرضتها على شركات روسية لمدة عام.",
        date(2025, 11, 6),
        [("sanctions.suspended", "occurred", "Japan")],
        [],
        id="japan-suspends-the-sanctions-it-imposed",
    ),
    pytest.param(
        "أعلنت اليابان أمس تعليق الإجراءات المفروضة على شركات روسية لمدة عام.",
        date(2025, 11, 6),
        [("sanctions.suspended", "occurred", "Japan")],
        [],
        id="japan-suspends-the-measures-imposed",
    ),
    pytest.param(
        "أعلنت اليابان أمس تعليق الإجراءات التي فرضتها على شركات روسية لمدة عام.",
        date(2025, 11, 6),
        [("sanctions.suspended", "occurred", "Japan")],
        [],
        id="japan-suspends-the-measures-it-imposed",
    ),
    # a wire's lead is the news, with or without a day word, beside background of its kind
    pytest.param(
        "أعلنت كوبا وباراغواي أمس استئناف العلاقات الدبلوماسية بينهما. وجاءت الخطوة بعد أشهر من"
        " استئناف العلاقات بين كوبا والأرجنتين.",
        date(2023, 9, 20),
        [("relations.restored", "occurred", "Paraguay")],
        [],
        id="cuba-paraguay-resume-ties-yesterday",
    ),
    pytest.param(
        "أعلنت كوبا وباراغواي استئناف العلاقات الدبلوماسية بينهما. وجاءت الخطوة بعد أشهر من"
        " استئناف العلاقات بين كوبا والأرجنتين.",
        date(2023, 9, 20),
        [("relations.restored", "occurred", "Paraguay")],
        [],
        id="cuba-paraguay-resume-ties-wire-lead",
        marks=_xfail("demoted to historical"),
    ),
    # what the news came months after is background, in each of its conjuncts
    pytest.param(
        "وجاء الاتفاق بعد أشهر من استئناف العلاقات بين تشاد والسودان.",
        date(2022, 5, 10),
        [],
        [],
        id="months-after-chad-sudan-resumed-ties",
    ),
    pytest.param(
        "وجاء الاتفاق بعد أشهر من التقارب بين تشاد وليبيا واستئناف العلاقات بين تشاد والسودان.",
        date(2022, 5, 10),
        [],
        [],
        id="months-after-rapprochement-and-resumed-ties",
    ),
    # troops arriving, told subject first, past or to come
    pytest.param(
        "أكدت فنلندا أن وحدة من القوات الفنلندية وصلت إلى إستونيا أمس.",
        date(2026, 1, 16),
        [("military.presence", "occurred", "Finland")],
        [],
        id="finnish-unit-has-arrived-in-estonia",
    ),
    pytest.param(
        "ستصل إلى إستونيا الشهر المقبل وحدة من القوات الفنلندية.",
        date(2026, 1, 16),
        [("military.presence", "planned", "Finland")],
        [],
        id="finnish-unit-to-arrive-verb-first",
    ),
    pytest.param(
        "أكدت فنلندا أن وحدة من القوات الفنلندية ستصل إلى إستونيا الشهر المقبل.",
        date(2026, 1, 16),
        [("military.presence", "planned", "Finland")],
        [],
        id="finnish-unit-to-arrive-subject-first",
    ),
    # troops owned by a pronoun whose state is the clause's subject
    pytest.param(
        "أكدت فنلندا أن وحدة من قواتها البرية وصلت إلى إستونيا أمس.",
        date(2026, 1, 16),
        [("military.presence", "occurred", "Finland")],
        [],
        id="a-unit-of-its-forces-arrived",
    ),
    # the source of a statement is no party to the act it reports
    pytest.param(
        "ومن المقرر أن يدمج نحو ألف مقاتل آخرين في الجيش بحلول نهاية العام، بحسب مسؤول في الحكومة.",
        date(2022, 10, 20),
        [],
        [],
        id="fighters-to-be-integrated-says-official",
    ),
    pytest.param(
        "ومن المقرر أن يدمج نحو ألف مقاتل آخرين في الجيش بحلول نهاية العام، بحسب مصدر في وزارة الداخلية.",
        date(2022, 10, 20),
        [],
        [],
        id="fighters-to-be-integrated-says-ministry-source",
    ),
    # a sports federation's or a firm's nationality makes no state a party
    pytest.param(
        "وقعت تونس والمغرب مذكرة تفاهم للتعاون الرياضي.",
        date(2024, 1, 18),
        [("agreement.signed", "occurred", "Tunisia")],
        [],
        id="tunisia-and-morocco-sign-sports-memorandum",
    ),
    pytest.param(
        "وقعت شركة تونسية مذكرة تفاهم مع الاتحاد العربي للعبة.",
        date(2024, 1, 18),
        [],
        [],
        id="a-tunisian-company-signs-with-arab-federation",
    ),
    pytest.param(
        "وقع الاتحاد التونسي لكرة اليد مذكرة تفاهم مع الاتحاد العربي للعبة.",
        date(2024, 1, 18),
        [],
        ["Tunisia"],
        id="tunisian-handball-federation-signs",
    ),
    pytest.param(
        "وقعت شركتان قطريتان أمس اتفاقا للتعاون.",
        date(2017, 12, 12),
        [],
        [],
        id="two-qatari-companies-sign",
    ),
    pytest.param(
        "وقعت شركتان عقاريتان قطريتان أمس اتفاقا للتعاون.",
        date(2017, 12, 12),
        [],
        [],
        id="two-qatari-property-companies-sign",
    ),
    pytest.param(
        "وقع بنكان قطريان أمس اتفاقا للتعاون.",
        date(2017, 12, 12),
        [],
        [],
        id="two-qatari-banks-sign",
    ),
    pytest.param(
        "وقع بنكان تجاريان قطريان أمس اتفاقا للتعاون.",
        date(2017, 12, 12),
        [],
        [],
        id="two-qatari-commercial-banks-sign",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout40_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout40_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
