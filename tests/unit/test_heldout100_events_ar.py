"""A hundredth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety-nine Arabic held-out sets: Arabic copy of 2002-2023 as Yemeni, Sudanese, Somali,
Libyan and Mauritanian outlets carry it, with African Union and Gulf Cooperation Council news as
their agencies relay it (a Yemeni site, "عدن - «عدن الغد»", with a man displaced from Nihm; a
Mauritanian site, "نواكشوط - «الأخبار»", with a Tevragh Zeina teacher; a Libyan site, "بنغازي -
«قورينا الجديدة»", with a Zueitina pump worker; a Sudanese site, "الخرطوم - «الراكوبة»", with a
sheikh of Abu Shouk camp; a Yemeni site, "صنعاء - «المصدر أونلاين»", with a motorcycle driver; the
Yemeni agency, "مسقط - «سبأ»", with a coffee trader of the Salt Market; a Libyan site, "طرابلس -
«ليبيا أوبزرفر»", with an oil-services clerk; a Sudanese daily, "الخرطوم - «السوداني»", with an
Omdurman importer; a Yemeni site, "عتق - «المشهد اليمني»", with a qat seller; the Mauritanian
agency, "نواكشوط - «الوكالة الموريتانية للأنباء»", with a soldier's mother; a Libyan site's sports
page, "طرابلس - «بوابة الوسط» - رياضة", with an Ittihad fan; and a Somali site's economy page,
"مقديشو - «الصومال الجديد» - اقتصاد", with a Hamarweyne vegetable seller) on episodes the earlier
sets do not carry as core news: the US Treasury listing the Houthi commanders Mansur al-Saadi and
Ahmad Ali al-Hamzi, March 2021; the African Union's Peace and Security Council lifting
Mauritania's suspension after the election of 2009; the US Treasury's general licence easing the
sanctions on Libya's National Oil Corporation, September 2011; Joe Biden continuing for a year
the national emergency on Darfur (Executive Order 13400), April 2021; the Security Council's
presidential statement naming Ali Abdullah Saleh and Ali Salem al-Beidh as spoilers liable to
sanctions, February 2013; the Muscat summit admitting Yemen to four bodies of the Gulf
Cooperation Council, December 2001; Libya and Turkey signing the hydrocarbons memorandum in
Tripoli, October 2022; Sudan sending its ambassador back to Cairo, March 2018; the Shabwani Elite
taken into the Ministry of Defence as the Shabwa Defence Forces, 2022; the first Mauritanian
battalion of MINUSCA arriving in Bangui, 2016.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
99 Arabic; branch h101 carries no new set yet) by states, bodies, people, places and instrument
numbers in Arabic and English spellings, reading the hits: "السعدي"/"Saadi" and "الحمزي"/"Hamzi"
(none); Mauritania beside the African Union and 2008-2009 (only a quoted background line of set 35
Arabic, "حين علق الاتحاد الأفريقي عضويتها إثر انقلاب السادس من أغسطس 2008"; "اتفاق داكار" of set 95
Arabic is the Chad-Sudan accord); the Libyan oil licence of the Treasury (none: set 90 Arabic carries
the Security Council's Resolution 2009 of the same week, another actor and instrument, and set 16
Arabic names the freeze lifted from the Central Bank in December 2011 as background); "13400"
(none); "علي سالم البيض"/"Beidh" (none; set 71 Arabic carries Resolution 2051 of June 2012 as a
core threat, another episode, here one line of background); Yemen beside the GCC's bodies (set 35
Arabic carries "بعضوية اليمن في عدد من هيئاته منذ عام 2001" only as a historical line; the WTO
accession of set 35 Arabic is another episode); "الهيدروكربون"/"hydrocarbon" beside Libya and Turkey
(none; the maritime memorandum of 2019 is here background only); "عبد المحمود" and Sudan's
ambassador beside Cairo (none); "النخبة الشبوانية"/"Shabwani" (none); "الكتيبة الموريتانية",
"Mauritanian battalion" (none). Dropped because the search found them as core news: the AU lifting
Sudan's suspension (set 14 Arabic) and its threat (set 75 Arabic), Kenya and Somalia restoring ties
(set 28 English), Somalia in the EAC and Tunisia and Somalia in COMESA, the Juba Declaration,
Hadi's restructuring of the Republican Guard (set 4 Arabic), Qatar and Mauritania resuming ties
(set 44 Arabic), the Supreme Security Committee (set 93 Arabic), Resolution 2093 (set 72 English),
the Obama easing of Sudan's sanctions and the smartphone licence (sets 68 and 91 English), the
Houthi general licence of 2021, the Lockerbie suspension, Resolutions 2140, 2216, 2511, 2564, 2624,
2662, 2675, 2701, 2713 and 2769, the Jeddah declaration, the Yemeni prisoner swap, Yemen in the WTO,
South Sudan in the AU, the Juneid and Zadna listings, and the Egyptian troops for Somalia.
Facts the writer is unsure of: the day of the Saadi and Hamzi listing (2 March 2021) and the
Treasury's words; the day and place of the AU's decision on Mauritania (written as 8 September 2009
in Addis Ababa) and whether its targeted sanctions were lifted at the same meeting; the day, number
and scope of the Treasury's Libyan licence (written as 20 September 2011); the day of the Darfur
notice (written as 22 April 2021) and whether any listing followed it; the day and wording of the
Yemen statement (15 February 2013); the bodies Yemen joined in Muscat; the signatories' words in
Tripoli; the day of the ambassador's return (5 March 2018); the date, author and terms of the
Shabwa decision (written as March 2022 by the governor); the date and size of the Mauritanian
battalion's arrival (written as February 2016, some 750 troops).

Ten carry core events of the ten alertable types (ten core events), all occurred, next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Libyan football page (a club that "رفعت … عقوبة الإيقاف", "انضمام لاعب", a club
that "وقع … عقدا" and "مدد عقد", a federation that "فرضت … غرامة" and decided "تعليق حضور الجماهير",
two clubs that announced "عودة العلاقات بينهما" and signed an accord, a board that decided "دمج
فريقي الشباب والرديف", a club that "نشر جهازا طبيا") and a Somali economy page (a telecom that
announced "انضمامها إلى تحالف إقليمي", a central bank that "رفع التعليق عن ترخيص" and "فرض
غرامات", a "اتفاقية شراكة" signed, a contract "مددت", two banks that announced "دمج عملياتهما", teams
"نشرت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على قائدين
عسكريين بارزين في جماعة الحوثيين" imposes (core; the United States; Saadi, Hamzi, absent from the
knowledge base, and the Houthis), Pompeo's designation "في التاسع عشر من يناير الماضي" a historical
imposition and Biden's revocation "في السادس عشر من فبراير" a historical lifting, "ولم تشمل
العقوبات الجديدة زعيم الجماعة عبد الملك الحوثي" a negated imposition, the UN sanctions on him "منذ
عام 2014" a historical imposition; Iran, where Saadi trained, and the Saudi targets of the drones are
no targets. A council that decided "رفع تعليق عضوية موريتانيا … وإلغاء العقوبات" lifts (core; the
African Union; Mauritania), the suspension of August 2008 and the sanctions "في فبراير الماضي" a
historical imposition, the Dakar accord of June a historical signing, "ولم يرفع الاتحاد في
الاجتماع نفسه تعليق عضوية غينيا ومدغشقر" a negated lifting; the Tripoli summit and the EU's frozen
programmes are no events. A Treasury that "خففت … العقوبات المفروضة على قطاع النفط الليبي" by a
general licence suspends, an easing as the design counts it (core; the United States; Libya), the
freeze "في الخامس والعشرين من فبراير الماضي" and the Council's arms embargo historical impositions,
"ولم يشمل الترخيص الجديد الأصول المجمدة للقذافي وأبنائه" a negated lifting. A president who "مدد …
لمدة عام حالة الطوارئ الوطنية المتعلقة بالسودان … التي تستند إليها العقوبات" extends (core; the
United States and Biden; Sudan): the emergency that carries the sanctions renewed is the regime
renewed as a reader of sanctions news takes it; the emergency of April 2006 a historical imposition,
Sudan struck from the terror list "في ديسمبر الماضي" a historical lifting, "ولم تصدر الإدارة
الأميركية حتى الآن أي عقوبات جديدة" a negated imposition. A council that "لوح … بفرض عقوبات على من
يعرقلون العملية الانتقالية في اليمن، مسميا … صالح … والبيض" threatens (core; the Security
Council; Saleh, al-Beidh and Yemen), Resolution 2051 "في يونيو الماضي" a historical threat, "ولم يفرض
المجلس حتى الآن أي عقوبات على شخصيات يمنية" a negated imposition, the Gulf initiative signed "في
الرياض في نوفمبر 2011" a historical signing; Iran and Beirut are no targets. A summit that "وافق
… على انضمام الجمهورية اليمنية إلى عدد من مؤسسات المجلس" admits (core; Yemen joins the GCC: a
lesser membership is a joining as the associate membership of set 90 is), "ولا يعني القرار حصول
اليمن على العضوية الكاملة" a negated joining, the Jeddah treaty "في يونيو 2000" a historical
signing; the old application and the customs union are no events. Two ministers who "وقعت … ووزير
الخارجية التركي … مذكرة تفاهم" sign (core; Libya, Turkey, Mangoush and Çavuşoğlu), the ministers'
other memoranda an occurred signing (not core), the maritime memorandum "في نوفمبر 2019" a
historical signing, "ولم يوقع الجانبان بعد أي عقد تنفيذي" a negated signing, the technical
agreements "من المنتظر أن توقع … لاحقا" a planned signing; Egypt and Greece, which reject it, and
the House's rejection are no events. A government that decided "إعادة سفيرها لدى مصر … إلى القاهرة"
restores ties (core; Sudan; Egypt); the recall of January is no event of a watched type, Khartoum's
halt to some Egyptian farm imports "عام 2017" a historical imposition (as set 90 counts Russia's
curbs on Egyptian produce), Erdoğan's visit no event, the
Declaration of Principles "في مارس 2015" a historical signing, the GERD rules "لم تتوصل … حتى الآن
إلى اتفاق" a stalled signing; Halayeb is no event. A governor's decision "بضم قوات «النخبة
الشبوانية» إلى وزارة الدفاع" integrates forces (core; the Shabwani Elite, absent from the knowledge
base; Yemen), "ولم يشمل القرار ألوية العمالقة … محل خلاف" a negated integration, the Riyadh
agreement "في نوفمبر 2019" a historical signing, the Emirati forces at Balhaf "منذ سنوات" a
historical presence; the coalition's backing of 2016 and the clashes of 2019 are no events. A
battalion that "وصلت إلى بانغي … طلائع الكتيبة الموريتانية" is present (core; Mauritania; the
Central African Republic), the gendarmes in Ivory Coast a historical presence, "ولم ترسل نواكشوط
قوات إلى بعثة الأمم المتحدة في مالي" a negated presence, Sangaris "منذ ديسمبر 2013" a historical
presence of France. The Libyan sports page and the Somali economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.643, R 0.900, F1 0.750 (recall
9/10, precision 9/14); occurred core found 9/10; historical kept quiet 19/19, negated 8/9, stalled
1/1. No annotation was changed after the run. Missed: the Shabwani Elite taken "إلى وزارة الدفاع"
(ar-h100-09) is read as an integration with the governor's tribal name "العولقي" for actor (linked
to Anwar al-Awlaki) and the ministry, unlinked, for target: the forces, absent from the knowledge
base, are lost and the state the ministry serves is not found. False alarms and unexpected alerts:
in ar-h100-03 the Treasury that "خففت … العقوبات" is read a second time, from the headline's "تخفف
العقوبات عن", as an occurred lifting (an easing is a suspension, not a lifting), and "مساعدة الشعب
الليبي على استعادة موارده" as Libya's occurred joining with no bloc; in ar-h100-09 the integration
with the wrong names above; on the Libyan sports page (ar-h100-11) a club that "وقع … عقدا لموسمين
مع حارس مرمى قادم من الدوري المصري" is read as a signing with Egypt and two clubs that announced
"عودة العلاقات بينهما" as a restoration with Saudi Arabia (the club's namesake). Seen, not counted
by the score: the imposition on the Houthi commanders has Saudi Arabia among its actors and neither
commander; the UN threat names neither Saleh nor al-Beidh (the targets stay empty) and the negated
imposition has the Southern Movement for actor; the signing of Tripoli has neither minister; the
historical freezes of Libya and Sudan have no target; the Sudanese import halt and the ambassador's
recall are read as a historical restoration. The Somali economy page raises nothing. Three articles
are strict xfails (ar-h100-09 on its core event, ar-h100-03, -09 and -11 on their alerts).

After the fixes of 2026-12-07: events P 0.818, R 0.900, F1 0.857 (recall 9/10, precision 9/11).
Two general causes were fixed, pinned by rule sentences of other states, clubs and wording in
``test_heldout100_rules_ar.py``. First, the verb of regaining ("استعادة", "استعادت") made a
joining whenever any body was named within eight words after it, its two needs being alternatives:
"مساعدة الشعب الصومالي على استعادة موارده، بعد طرد حركة الشباب" was Somalia's joining. It now
needs the seat or the membership regained ("عضويتها في", "مقعدها في"), as its comment meant;
ar-h100-03's joining is gone (and set 74's "ثمن مقبول لاستعادة العلاقات", whose strict xfail is
removed there). Second, a sports page's clubs: two clubs named in the dual construct ("أعلن ناديا
الهلال والنصر استئناف العلاقات بينهما") and a player's contract by its seasons and position ("عقدا
لموسمين مع حارس مرمى") are now sport cues, so no restoration with the club's country and no
signing with the league's state is read; ar-h100-11's strict xfail is removed. Left: ar-h100-09,
the Shabwani Elite, absent from the knowledge base, named in guillemets after "قوات" and taken "إلى
وزارة الدفاع" with no state named: the forces are not taken from the quotes and the ministry is
not tied to the article's state, and the governor's tribal name "العولقي" inside his full name still
links to Anwar al-Awlaki (three causes of entity reading, for want of time); ar-h100-03, whose
headline "تخفف العقوبات عن" is read as an occurred lifting: the gold files count an easing as a
lifting (en2-003, "CAATSA sanctions are being eased"), while this set, as set 90 did, annotated it
a suspension; no rule was written against the gold convention.

``python -m tests.unit.test_heldout100_events_ar`` prints every article's alerts and the set's
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
    check_set_shape,
    params,
    report,
)

_US = "United States"
_UNSC = "United Nations Security Council"
_GCC = "Gulf Cooperation Council"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-01-adenalghad-us-sanctions-two-houthi-commanders-2021",
        date(2021, 3, 3),
        """واشنطن تعاقب قائدين عسكريين حوثيين بسبب هجمات مأرب والسفن

عدن - «عدن الغد»

فرضت وزارة الخزانة الأميركية، أمس الثلاثاء، عقوبات على قائدين عسكريين بارزين في جماعة الحوثيين، هما منصور السعدي، رئيس أركان القوات البحرية التابعة للجماعة، وأحمد علي الحمزي، قائد القوات الجوية والدفاع الجوي، متهمة إياهما بتدبير هجمات على المدنيين والبنية التحتية في اليمن ودول الجوار وعلى السفن التجارية في البحر الأحمر.

وقالت الوزارة في بيان إن السعدي تلقى تدريبا في إيران وأشرف على تهريب الأسلحة وزرع الألغام البحرية، وإن الحمزي أدار برنامج الطائرات المسيرة الذي استخدم في ضرب منشآت نفطية ومطارات سعودية، مؤكدة تجميد أي أصول للرجلين تخضع للولاية الأميركية.

وتأتي العقوبات فيما تواصل الجماعة منذ أسابيع هجوما واسعا على محافظة مأرب، آخر معاقل الحكومة الشرعية في شمال البلاد، وسط تحذيرات أممية من كارثة إنسانية تطال مئات الآلاف من النازحين في المخيمات المحيطة بالمدينة.

وكان وزير الخارجية السابق مايك بومبيو قد صنف الجماعة منظمة إرهابية أجنبية في التاسع عشر من يناير الماضي، قبل أن تلغي إدارة الرئيس جو بايدن التصنيف في السادس عشر من فبراير، استجابة لتحذيرات منظمات الإغاثة من أثره على واردات الغذاء والوقود.

ولم تشمل العقوبات الجديدة زعيم الجماعة عبد الملك الحوثي، الذي يخضع منذ عام 2014 لعقوبات أممية، رغم مطالبات الحكومة اليمنية بتصعيد الضغط على قيادة الجماعة.

ورحبت وزارة الخارجية اليمنية بالخطوة، ووصفتها بأنها «رسالة في الاتجاه الصحيح»، فيما قال المتحدث باسم الحوثيين محمد عبد السلام إن العقوبات «لا قيمة لها» ولن تغير شيئا في المعركة.

وقال المبعوث الأميركي الخاص إلى اليمن تيم ليندركينغ، الذي يجري جولة في المنطقة، إن واشنطن ما زالت تدعم «وقفا شاملا لإطلاق النار» ومسارا سياسيا برعاية الأمم المتحدة، داعيا الجماعة إلى وقف هجومها على مأرب فورا.

ويستضيف محيط مأرب أكثر من مليون نازح وفق تقديرات السلطات المحلية، فر كثير منهم من محافظات الجوف وصنعاء والبيضاء خلال سنوات الحرب.

وفي مخيم الجفينة للنازحين، قال رجل خمسيني نزح مع أسرته من مديرية نهم: «نسمع عن العقوبات في الأخبار، لكن الصواريخ ما زالت تسقط قرب الخيام. ما نريده أن تتوقف الحرب وأن نعود إلى بيوتنا قبل رمضان».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["Mansur al-Saadi", "Ahmad Ali al-Hamzi", "Houthis"]),
            # Pompeo's designation "في التاسع عشر من يناير الماضي"
            G("sanctions.imposed", "historical", [_US], ["Houthis"], core=False),
            # Biden's revocation "في السادس عشر من فبراير"
            G("sanctions.lifted", "historical", [_US], ["Houthis"], core=False),
            # "ولم تشمل العقوبات الجديدة زعيم الجماعة عبد الملك الحوثي"
            G("sanctions.imposed", "negated", [_US], ["Abdul-Malik al-Houthi"], core=False),
            # the UN sanctions on him "منذ عام 2014"
            G("sanctions.imposed", "historical", [_UNSC], ["Abdul-Malik al-Houthi"], core=False),
        ],
        not_targets=["Iran", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-02-alakhbar-au-lifts-mauritania-suspension-2009",
        date(2009, 9, 9),
        """الاتحاد الأفريقي يرفع تعليق عضوية موريتانيا بعد عام من الانقلاب

نواكشوط - «الأخبار»

قرر مجلس السلم والأمن التابع للاتحاد الأفريقي، في اجتماعه أمس الثلاثاء بأديس أبابا، رفع تعليق عضوية موريتانيا في المنظمة القارية وإلغاء العقوبات التي فرضها على قادة المجلس العسكري السابق، معتبرا أن الانتخابات الرئاسية التي جرت في الثامن عشر من يوليو «أعادت النظام الدستوري» إلى البلاد.

وقال مفوض السلم والأمن رمضان لعمامرة إن موريتانيا «تستعيد مكانها الطبيعي داخل الأسرة الأفريقية»، وإن وفدها سيشارك في القمة الاستثنائية المقررة في طرابلس نهاية الشهر الجاري.

وكان الاتحاد قد علق مشاركة موريتانيا في أنشطته إثر الانقلاب الذي أطاح في السادس من أغسطس 2008 بالرئيس سيدي ولد الشيخ عبد الله، ثم فرض في فبراير الماضي عقوبات شملت حظر السفر وتجميد الأصول على أعضاء المجلس العسكري وعدد من المدنيين الداعمين له.

وجاءت الانتخابات تطبيقا لاتفاق داكار الذي وقعته الأطراف السياسية الموريتانية في يونيو الماضي برعاية الرئيس السنغالي عبد الله واد ومجموعة الاتصال الدولية، وفاز فيها الجنرال محمد ولد عبد العزيز من الشوط الأول بنسبة تجاوزت اثنين وخمسين في المئة.

ولم يرفع الاتحاد في الاجتماع نفسه تعليق عضوية غينيا ومدغشقر، إذ طالب المجلس العسكري في كوناكري بتحديد موعد للانتخابات، ودعا الأطراف الملغاشية إلى تنفيذ اتفاق مابوتو.

ورحبت وزارة الخارجية الموريتانية بالقرار، وقالت في بيان إنه «تتويج لمسار توافقي» أنهى الأزمة السياسية، فيما قالت أحزاب في المعارضة إنها ما زالت تطعن في نزاهة الاقتراع.

ويتوقع دبلوماسيون في نواكشوط أن يفتح القرار الباب أمام استئناف التعاون مع شركاء التنمية الذين جمدوا برامجهم بعد الانقلاب، وفي مقدمتهم الاتحاد الأوروبي.

وشهدت البلاد خلال الأشهر الماضية حراكا دبلوماسيا مكثفا قادته مجموعة الاتصال الدولية، التي ضمت الاتحاد الأفريقي والأمم المتحدة والجامعة العربية ومنظمة المؤتمر الإسلامي والمنظمة الدولية للفرنكوفونية، وعقدت اجتماعات متتالية في باريس ونواكشوط وداكار لتقريب وجهات النظر بين الأطراف. وشارك في الانتخابات أكثر من ستين في المئة من الناخبين المسجلين بحسب اللجنة المستقلة.

وفي سوق العاصمة، قال مدرس في إعدادية بتفرغ زينة: «عشنا سنة كاملة ونحن نسمع كلمة العزلة في كل نشرة. المهم الآن أن تنعكس عودة موريتانيا إلى أفريقيا على الرواتب والأسعار، لا أن تبقى صورة في القمم».""",
        [
            G("sanctions.lifted", "occurred", ["African Union"], ["Mauritania"]),
            # the suspension of August 2008 and the sanctions "في فبراير الماضي"
            G("sanctions.imposed", "historical", ["African Union"], ["Mauritania"], core=False),
            # the Dakar accord "في يونيو الماضي"
            G("agreement.signed", "historical", ["Mauritania"], [], core=False),
            # "ولم يرفع الاتحاد في الاجتماع نفسه تعليق عضوية غينيا ومدغشقر"
            G("sanctions.lifted", "negated", ["African Union"], ["Guinea", "Madagascar"], core=False),
        ],
        not_targets=["Senegal", "Libya", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-03-qurina-us-eases-sanctions-on-libyan-oil-firms-2011",
        date(2011, 9, 21),
        """الخزانة الأميركية تخفف العقوبات عن المؤسسة الوطنية للنفط

بنغازي - «قورينا الجديدة»

خففت الولايات المتحدة، أمس الثلاثاء، العقوبات المفروضة على قطاع النفط الليبي، إذ أصدرت وزارة الخزانة ترخيصا عاما يجيز للشركات والمواطنين الأميركيين التعامل مع المؤسسة الوطنية للنفط وعدد من الشركات التابعة لها، بما يسمح بشراء الخام الليبي وتزويد الحقول بالمعدات وقطع الغيار.

وقال مسؤول في الوزارة إن الخطوة تهدف إلى «مساعدة الشعب الليبي على استعادة موارده»، بعد سيطرة قوات المجلس الوطني الانتقالي على طرابلس وأغلب الموانئ النفطية، مشيرا إلى أن التعاملات ستخضع لرقابة مكتب الأصول الأجنبية.

وكانت واشنطن قد جمدت في الخامس والعشرين من فبراير الماضي، بموجب أمر تنفيذي أصدره الرئيس باراك أوباما، أصول الحكومة الليبية ومعمر القذافي وأفراد من عائلته، في خطوة سبقت قرار مجلس الأمن بفرض حظر السلاح على ليبيا.

ولم يشمل الترخيص الجديد الأصول المجمدة للقذافي وأبنائه، التي قالت الخزانة إنها ستبقى محتجزة «إلى أن يتقرر مصيرها قضائيا»، كما أبقى على القيود المفروضة على عدد من كبار مسؤولي النظام السابق.

ورحب رئيس المكتب التنفيذي للمجلس الانتقالي محمود جبريل بالقرار، داعيا الدول الأوروبية إلى «خطوات مماثلة» تتيح للحكومة الانتقالية دفع الرواتب وتمويل واردات الوقود والأدوية.

ويأمل مسؤولو المؤسسة الوطنية للنفط في استعادة نصف الإنتاج السابق للحرب، الذي كان يقارب مليونا وستمئة ألف برميل يوميا، قبل نهاية العام، رغم الأضرار التي لحقت ببعض المنشآت في راس لانوف والبريقة.

ولا تزال المعارك مستمرة حول سرت وبني وليد، حيث يتحصن أنصار القذافي، فيما تتحدث مصادر عسكرية عن تقدم بطيء لقوات المجلس في الأحياء الشرقية من سرت.

ويقول خبراء في قطاع الطاقة إن الشركات الأميركية، ومنها شركات كانت تعمل في حوض سرت قبل الحرب، تنتظر وضوحا أكبر في الإطار القانوني قبل العودة بموظفيها، خاصة مع استمرار الوضع الأمني الهش في الطرق المؤدية إلى الحقول الجنوبية، وتأخر تشكيل الحكومة الانتقالية التي وعد المجلس بإعلانها خلال أسابيع.

وفي ميناء الزويتينة، قال عامل في محطة الضخ: «توقفنا ستة أشهر كاملة، وكثير من الزملاء سافروا إلى مصر وتونس. إذا جاءت الشركات وقطع الغيار فسنشغل الخطوط في أسابيع، فالرجال هنا يعرفون عملهم».""",
        [
            G("sanctions.suspended", "occurred", [_US], ["Libya"]),
            # the freeze "في الخامس والعشرين من فبراير الماضي"
            G("sanctions.imposed", "historical", [_US, "Barack Obama"], ["Libya", "Muammar Gaddafi"], core=False),
            # the arms embargo of the Security Council
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "ولم يشمل الترخيص الجديد الأصول المجمدة للقذافي وأبنائه"
            G("sanctions.lifted", "negated", [_US], ["Muammar Gaddafi"], core=False),
        ],
        not_targets=["Egypt", "Tunisia"],
        known_alarm=(
            "the headline's easing read as an occurred lifting (the gold files count an easing as a lifting)"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-04-alrakoba-biden-continues-darfur-emergency-2021",
        date(2021, 4, 23),
        """بايدن يمدد العمل بحالة الطوارئ الخاصة بدارفور عاما إضافيا

الخرطوم - «الراكوبة»

مدد الرئيس الأميركي جو بايدن لمدة عام حالة الطوارئ الوطنية المتعلقة بالسودان، التي أعلنت عام 2006 بسبب النزاع في دارفور، والتي تستند إليها العقوبات الأميركية على أفراد متهمين بارتكاب انتهاكات في الإقليم، وفق إخطار أرسله البيت الأبيض إلى الكونغرس.

وقال الإخطار إن الأوضاع في دارفور «لا تزال تشكل تهديدا غير عادي واستثنائيا» للأمن القومي والسياسة الخارجية للولايات المتحدة، رغم «التقدم الذي أحرزته الحكومة الانتقالية» منذ سقوط نظام الرئيس المعزول عمر البشير.

وكان الرئيس الأسبق جورج بوش قد أعلن حالة الطوارئ في أبريل 2006 بموجب الأمر التنفيذي 13400، الذي جمد أصول أشخاص اعتبرتهم واشنطن مسؤولين عن تقويض السلام في دارفور.

ويأتي التمديد بعد أربعة أشهر من شطب الولايات المتحدة اسم السودان من قائمة الدول الراعية للإرهاب في ديسمبر الماضي، وهي الخطوة التي فتحت الباب أمام إعفاء البلاد من ديونها والعودة إلى المؤسسات المالية الدولية.

وقال مسؤول في وزارة الخارجية السودانية لـ«الراكوبة» إن الحكومة «كانت تأمل» في إنهاء حالة الطوارئ، مشيرا إلى أن الخرطوم ستواصل الحوار مع واشنطن لرفع ما تبقى من قيود، خاصة بعد انسحاب بعثة «يوناميد» من الإقليم نهاية العام الماضي.

ولم تصدر الإدارة الأميركية حتى الآن أي عقوبات جديدة بموجب هذا الأمر منذ توليها السلطة، بحسب مراقبين في واشنطن، الذين يرون أن التمديد «إجراء روتيني» يحافظ على الأداة القانونية.

وتشهد ولاية غرب دارفور منذ مطلع العام موجة من العنف القبلي في محيط مدينة الجنينة، أودت بحياة أكثر من مئتي شخص وأجبرت عشرات الآلاف على النزوح، وفق الأمم المتحدة.

وتقول منظمات حقوقية إن مئات الآلاف من النازحين ما زالوا يعيشون في المعسكرات منذ اندلاع النزاع عام 2003، وإن عودتهم إلى قراهم مرهونة بنزع سلاح الميليشيات وتسوية النزاعات على الأراضي، وهي ملفات نصت عليها الترتيبات الأمنية في اتفاق السلام دون أن تبدأ الحكومة تنفيذها بشكل فعلي على الأرض حتى الآن.

وفي معسكر أبوشوك للنازحين قرب الفاشر، قال شيخ معسكر: «القرارات في أميركا لا تصل إلينا. نريد أمنا حقيقيا في القرى، وأن يحاسب من حرق بيوتنا. هذا ما ينتظره الناس منذ سبعة عشر عاما».""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Sudan"]),
            # the emergency of April 2006, Executive Order 13400
            G("sanctions.imposed", "historical", [_US, "George W. Bush"], ["Sudan"], core=False),
            # Sudan struck from the list "في ديسمبر الماضي"
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # "ولم تصدر الإدارة الأميركية حتى الآن أي عقوبات جديدة"
            G("sanctions.imposed", "negated", [_US], ["Sudan"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-05-almasdaronline-unsc-warns-saleh-and-albeidh-2013",
        date(2013, 2, 16),
        """مجلس الأمن يلوح بعقوبات على صالح والبيض إذا واصلا عرقلة الانتقال

صنعاء - «المصدر أونلاين»

لوح مجلس الأمن الدولي، مساء الجمعة، بفرض عقوبات على من يعرقلون العملية الانتقالية في اليمن، مسميا للمرة الأولى الرئيس السابق علي عبد الله صالح ونائب الرئيس الأسبق علي سالم البيض، ومؤكدا في بيان رئاسي «استعداده للنظر في اتخاذ مزيد من التدابير، بما فيها تلك المنصوص عليها في المادة 41 من الميثاق».

وأعرب المجلس عن قلقه من «تقارير عن تدخل» صالح والبيض وآخرين في شؤون المرحلة الانتقالية، داعيا جميع الأطراف إلى المشاركة «بحسن نية» في مؤتمر الحوار الوطني المقرر افتتاحه في الثامن عشر من مارس المقبل.

وجاء البيان بعد أسبوعين من زيارة وفد المجلس إلى صنعاء، في أول زيارة من نوعها، التقى خلالها الرئيس عبد ربه منصور هادي وممثلين عن الأحزاب والشباب والحراك الجنوبي.

وكان المجلس قد أعرب في يونيو الماضي، في القرار 2051، عن استعداده لاتخاذ تدابير بحق من يقوضون حكومة الوفاق، دون أن يسمي أحدا. ولم يفرض المجلس حتى الآن أي عقوبات على شخصيات يمنية.

وتنص المبادرة الخليجية، التي وقعها صالح في الرياض في نوفمبر 2011، على نقل السلطة إلى نائبه مقابل منحه الحصانة من الملاحقة، وعلى إعادة هيكلة الجيش وإجراء انتخابات عامة في فبراير 2014.

ووصف حزب المؤتمر الشعبي العام، الذي يرأسه صالح، البيان بأنه «مبني على معلومات مغلوطة»، فيما قال مقربون من البيض المقيم في بيروت إنه «لا يعترف» بالمبادرة الخليجية أصلا.

ويتهم مسؤولون يمنيون البيض بتلقي دعم من إيران لفصائل في الحراك الجنوبي تطالب بالانفصال، وهو ما ينفيه الرجل.

وتشهد صنعاء منذ أشهر توترا أمنيا متقطعا، بعد قرارات أصدرها الرئيس هادي لإعادة توزيع الألوية العسكرية وتغيير عدد من القادة، فيما تتواصل عمليات تخريب أنابيب النفط وخطوط الكهرباء في مأرب، وهو ما تقول الحكومة إنه يكلف الخزينة العامة ملايين الدولارات شهريا ويعمق معاناة السكان في العاصمة والمدن الأخرى.

وفي شارع الستين بصنعاء، قال سائق دراجة نارية: «الناس تعبت من الأزمات. إذا كانت العقوبات ستجعل الكبار يتركون البلد يرتاح فأهلا بها، لكن ما نحتاجه كهرباء ومرتبات، لا بيانات».""",
        [
            G("sanctions.threatened", "occurred", [_UNSC], ["Ali Abdullah Saleh", "Ali Salem al-Beidh", "Yemen"]),
            # Resolution 2051 "في يونيو الماضي"
            G("sanctions.threatened", "historical", [_UNSC], ["Yemen"], core=False),
            # "ولم يفرض المجلس حتى الآن أي عقوبات على شخصيات يمنية"
            G("sanctions.imposed", "negated", [_UNSC], ["Yemen"], core=False),
            # the Gulf initiative signed "في الرياض في نوفمبر 2011"
            G("agreement.signed", "historical", ["Ali Abdullah Saleh", "Yemen"], [], core=False),
        ],
        not_targets=["Iran", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-06-saba-yemen-admitted-to-gcc-bodies-2002",
        date(2002, 1, 1),
        """قمة مسقط تقر انضمام اليمن إلى عدد من مؤسسات مجلس التعاون

مسقط - «سبأ»

وافق المجلس الأعلى لمجلس التعاون لدول الخليج العربية، في ختام دورته الثانية والعشرين في مسقط أمس، على انضمام الجمهورية اليمنية إلى عدد من مؤسسات المجلس وهيئاته، هي مجلس وزراء التربية والتعليم، ومجلس وزراء الصحة، ومجلس وزراء العمل والشؤون الاجتماعية، ودورة كأس الخليج العربي لكرة القدم.

ورحب وزير الخارجية الدكتور أبو بكر القربي بالقرار، ووصفه بأنه «خطوة أولى على طريق الاندماج الكامل»، مؤكدا أن اليمن «جزء لا يتجزأ من النسيج الخليجي» جغرافيا وتاريخيا وبشريا.

ولا يعني القرار حصول اليمن على العضوية الكاملة في المجلس، إذ قال الأمين العام عبد الرحمن العطية إن المسألة «لم تطرح» في القمة، وإن الخطوة تهدف إلى «تأهيل» الاقتصاد اليمني تدريجيا.

وكان اليمن قد تقدم بطلب الانضمام إلى المجلس في منتصف التسعينيات، وظل الطلب معلقا سنوات بسبب الخلافات الحدودية مع المملكة العربية السعودية، التي انتهت بتوقيع معاهدة جدة لترسيم الحدود بين البلدين في يونيو 2000.

وأقرت القمة أيضا الاتفاقية الاقتصادية الموحدة بين الدول الست، التي نصت على إقامة الاتحاد الجمركي مطلع عام 2003، كما بحثت تداعيات الحرب في أفغانستان والوضع في الأراضي الفلسطينية.

ويرى اقتصاديون في صنعاء أن الانضمام إلى المؤسسات الاجتماعية قد يمهد لفتح أسواق العمل الخليجية أمام العمالة اليمنية، التي عاد مئات الآلاف منها إلى البلاد بعد حرب الخليج عام 1991.

وقال مصدر دبلوماسي إن الحكومة اليمنية ستقدم خلال الأشهر المقبلة برنامجا لإصلاح التشريعات في مجالي الاستثمار والجمارك، استعدادا لمرحلة لاحقة من التعاون.

ويبلغ عدد سكان اليمن نحو تسعة عشر مليون نسمة، ويعد أفقر بلدان شبه الجزيرة العربية، إذ يعتمد اقتصاده على صادرات نفطية محدودة وتحويلات المغتربين. وتقول الحكومة إن الاندماج التدريجي في المنظومة الخليجية سيساعد على جذب الاستثمارات وتحسين البنية التحتية في قطاعات التعليم والصحة والطرق التي تعاني ضعفا مزمنا.

وفي سوق الملح بصنعاء القديمة، قال تاجر بن: «أبي اشتغل في جدة عشرين سنة ثم رجع في التسعين. إذا فتحوا الباب للشباب ليعملوا هناك من جديد فهذا هو المكسب الحقيقي، أما الوزراء فيجتمعون كل سنة».""",
        [
            G("alliance.joined", "occurred", ["Yemen"], [_GCC]),
            # "ولا يعني القرار حصول اليمن على العضوية الكاملة في المجلس"
            G("alliance.joined", "negated", ["Yemen"], [_GCC], core=False),
            # the Jeddah border treaty "في يونيو 2000"
            G("agreement.signed", "historical", ["Yemen", "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Afghanistan", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-07-libyaobserver-libya-and-turkey-sign-hydrocarbons-memorandum-2022",
        date(2022, 10, 4),
        """ليبيا وتركيا توقعان مذكرة تفاهم للتعاون في مجال الهيدروكربونات

طرابلس - «ليبيا أوبزرفر»

وقعت وزيرة الخارجية في حكومة الوحدة الوطنية نجلاء المنقوش ووزير الخارجية التركي مولود جاويش أوغلو، أمس الاثنين في طرابلس، مذكرة تفاهم للتعاون في مجال الموارد الهيدروكربونية، تتيح لشركات تركية المشاركة في التنقيب عن النفط والغاز في الحقول الليبية البرية والبحرية، بحضور رئيس الحكومة عبد الحميد الدبيبة.

وقال جاويش أوغلو في مؤتمر صحافي إن المذكرة «تخدم مصالح البلدين»، وإن من حق ليبيا وتركيا أن توقعا ما تريان من اتفاقات «دون أن تطلبا إذنا من أحد». كما وقع وزراء من البلدين مذكرات تفاهم أخرى في مجالي الإعلام والاتصالات.

وتستند المذكرة إلى مذكرة ترسيم الحدود البحرية التي وقعها رئيس المجلس الرئاسي السابق فائز السراج والرئيس التركي رجب طيب أردوغان في إسطنبول في نوفمبر 2019، والتي رفضتها مصر واليونان واعتبرتاها مخالفة لقانون البحار.

وأعلنت أثينا والقاهرة، في بيان مشترك عقب اتصال بين وزيري خارجيتهما، رفضهما المذكرة الجديدة، معتبرتين أن حكومة الدبيبة «منتهية الولاية» ولا تملك صلاحية إبرام اتفاقات دولية.

كما رفض مجلس النواب والحكومة المكلفة منه برئاسة فتحي باشاغا المذكرة، وقال رئيس المجلس عقيلة صالح إن أي اتفاق لا يصادق عليه البرلمان «باطل». ولم يوقع الجانبان بعد أي عقد تنفيذي محدد لحقل بعينه، بحسب مصادر في المؤسسة الوطنية للنفط.

ومن المنتظر أن توقع الشركات التركية والمؤسسة الوطنية للنفط اتفاقيات فنية لاحقا لتحديد مناطق العمل، وفق ما أعلنه وزير النفط محمد عون.

وتنتج ليبيا نحو مليون ومئتي ألف برميل يوميا، وتسعى إلى رفع الإنتاج إلى مليوني برميل خلال سنوات، في ظل ارتفاع الطلب الأوروبي على الطاقة بعد الحرب في أوكرانيا.

ويقول خبراء في القانون الدولي إن الخلاف حول شرعية الحكومات المتنافسة يجعل أي اتفاق دولي عرضة للطعن أمام المحاكم الليبية، مشيرين إلى أن دائرة القضاء الإداري سبق أن نظرت في دعاوى مماثلة.

وفي مقهى بميدان الشهداء، قال موظف في شركة خدمات نفطية: «كل طرف يوقع مع من يريد، والناس لا يعرفون ماذا يعني ذلك. المهم أن يبقى النفط يتدفق، وأن لا تغلق الحقول كل مرة يختلف فيها السياسيون».""",
        [
            G("agreement.signed", "occurred", ["Libya", "Turkey", "Najla Mangoush", "Mevlüt Çavuşoğlu"], []),
            # the ministers' other memoranda
            G("agreement.signed", "occurred", ["Libya", "Turkey"], [], core=False),
            # the maritime memorandum "في نوفمبر 2019"
            G("agreement.signed", "historical", ["Libya", "Turkey", "Fayez al-Sarraj", "Recep Tayyip Erdoğan"], [], core=False),
            # "ولم يوقع الجانبان بعد أي عقد تنفيذي"
            G("agreement.signed", "negated", ["Libya", "Turkey"], [], core=False),
            # the technical agreements "من المنتظر أن توقع … لاحقا"
            G("agreement.signed", "planned", ["Libya", "Turkey"], [], core=False),
        ],
        not_targets=["Egypt", "Greece", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-08-alsudani-sudan-returns-ambassador-to-cairo-2018",
        date(2018, 3, 6),
        """السودان يعيد سفيره إلى القاهرة بعد شهرين من استدعائه

الخرطوم - «السوداني»

قررت الحكومة السودانية إعادة سفيرها لدى مصر عبد المحمود عبد الحليم إلى القاهرة، بعد نحو شهرين من استدعائه للتشاور، في خطوة قالت وزارة الخارجية إنها تأتي «في إطار تنفيذ مخرجات» القمة التي جمعت الرئيس عمر البشير والرئيس عبد الفتاح السيسي في أديس أبابا أواخر يناير.

وقال المتحدث باسم الخارجية في تصريح صحافي إن السفير سيعود إلى مقر عمله خلال أيام، مؤكدا أن العلاقات بين البلدين «أزلية» وأن الخلافات «تعالج بالحوار لا بالقطيعة».

وكانت الخرطوم قد استدعت سفيرها في الرابع من يناير الماضي، دون أن تعلن أسباب الاستدعاء رسميا، وسط توتر بسبب الحملات الإعلامية المتبادلة والنزاع على مثلث حلايب وخلافات حول سد النهضة الإثيوبي.

ولا يزال ملف حلايب عالقا، إذ يطالب السودان بإحالته إلى التحكيم الدولي، بينما تتمسك القاهرة بسيادتها على المنطقة وترفض أي تحكيم.

كما لم تتوصل مصر والسودان وإثيوبيا حتى الآن إلى اتفاق بشأن قواعد ملء خزان سد النهضة وتشغيله، بعد تعثر جولة المفاوضات الأخيرة في الخرطوم، وإن أعلنت الدول الثلاث عزمها استئناف الاجتماعات.

وكانت الدول الثلاث قد وقعت في الخرطوم في مارس 2015 اتفاق إعلان المبادئ بشأن السد، الذي أرسى قواعد عامة للتعاون دون أن يحسم الخلافات الفنية.

ويرى محللون أن عودة السفير تعكس رغبة الجانبين في تهدئة التوتر، خاصة مع تنامي المصالح التجارية، إذ تستورد مصر من السودان اللحوم والسمسم والقطن، فيما تصدر إليه مواد البناء والأدوية.

وكانت العلاقات بين البلدين قد شهدت توترا متكررا خلال السنوات الأخيرة، بسبب اتهامات متبادلة بإيواء معارضين، وقرار الخرطوم وقف استيراد بعض المنتجات الزراعية المصرية عام 2017 بدعوى مخاوف صحية، إضافة إلى زيارة الرئيس التركي رجب طيب أردوغان إلى السودان في ديسمبر، التي أثارت جدلا واسعا في وسائل الإعلام المصرية بسبب جزيرة سواكن.

وفي سوق ليبيا بأم درمان، قال تاجر يعمل في استيراد البضائع المصرية: «الشحنات تأخرت كثيرا في المعبر خلال الشهرين الماضيين. إذا عاد السفير وهدأت الأمور فسيعود التجار للحركة، فنحن والمصريون لا نستطيع أن نعيش بعيدين عن بعض».""",
        [
            G("relations.restored", "occurred", ["Sudan"], ["Egypt"]),
            # Khartoum's halt to some Egyptian farm imports "عام 2017"
            G("sanctions.imposed", "historical", ["Sudan"], ["Egypt"], core=False),
            # the Declaration of Principles "في مارس 2015"
            G("agreement.signed", "historical", ["Egypt", "Sudan", "Ethiopia"], [], core=False),
            # the GERD filling rules "لم تتوصل … حتى الآن إلى اتفاق"
            G("agreement.signed", "stalled", ["Egypt", "Sudan", "Ethiopia"], [], core=False),
        ],
        not_targets=["Ethiopia", "Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-09-almashhad-shabwani-elite-folded-into-defence-ministry-2022",
        date(2022, 3, 15),
        """«النخبة الشبوانية» تصبح «قوات دفاع شبوة» وتلتحق بوزارة الدفاع

عتق - «المشهد اليمني»

أصدر محافظ شبوة عوض محمد الوزير العولقي، أمس الاثنين، قرارا بضم قوات «النخبة الشبوانية» إلى وزارة الدفاع تحت مسمى «قوات دفاع شبوة»، على أن تخضع ألويتها لقيادة المنطقة العسكرية الثالثة، وتتولى الوزارة صرف مرتبات أفرادها وتسليحهم وتحديد مهامهم.

وقال المحافظ، في كلمة أمام قادة الألوية، إن القرار يأتي «لتوحيد القرار العسكري والأمني في المحافظة» بعد تحرير مديريات بيحان وعين وعسيلان من جماعة الحوثيين مطلع العام، مؤكدا أن «لا سلاح خارج مؤسسات الدولة».

وكانت قوات النخبة قد تشكلت عام 2016 بدعم من التحالف بقيادة السعودية والإمارات، وانسحبت من معظم مواقعها في المحافظة بعد مواجهات أغسطس 2019 مع القوات الحكومية، قبل أن تعود إليها العام الجاري.

ولم يشمل القرار ألوية العمالقة الجنوبية المنتشرة في بيحان، التي قال قائد فيها إن وضعها «سيحسم لاحقا» مع القيادة في عدن، وهو ملف لا يزال محل خلاف بين الأطراف.

ويأتي القرار تطبيقا للشق العسكري من اتفاق الرياض، الذي وقعته الحكومة والمجلس الانتقالي الجنوبي في نوفمبر 2019، ونص على دمج التشكيلات العسكرية في وزارتي الدفاع والداخلية، وهو ما تعثر تنفيذه في محافظات أخرى.

وتحتفظ القوات الإماراتية منذ سنوات بوجود في منشأة بلحاف لتصدير الغاز المسال على ساحل المحافظة، وهو ما تطالب السلطة المحلية بإنهائه لاستئناف التصدير المتوقف منذ عام 2015.

ورحبت أحزاب في المحافظة بالخطوة، فيما تحفظ حزب الإصلاح على آلية اختيار القادة، مطالبا بإشراك «كل المكونات» في إدارة الملف الأمني.

وتعد شبوة من أهم المحافظات النفطية في اليمن، إذ تضم حقولا في مديريات عسيلان وبيحان وعرماء، إضافة إلى ميناء النشيمة لتصدير الخام. ويقول مسؤولون محليون إن استقرار الوضع الأمني شرط أساسي لعودة الشركات الأجنبية واستئناف الإنتاج بالمستويات السابقة، التي تراجعت كثيرا منذ اندلاع الحرب قبل سبع سنوات.

وفي سوق عتق، قال بائع قات: «كنا نرى كل يوم بدلة عسكرية جديدة ولا نعرف لمن تتبع. إذا صار الجميع تحت الدولة، وتوقفت الاشتباكات في المدينة، فهذا كل ما نريده».""",
        [
            G("forces.integrated", "occurred", ["Shabwani Elite"], ["Yemen"]),
            # "ولم يشمل القرار ألوية العمالقة الجنوبية … محل خلاف"
            G("forces.integrated", "negated", ["Giants Brigades"], ["Yemen"], core=False),
            # the Riyadh agreement "في نوفمبر 2019"
            G("agreement.signed", "historical", ["Yemen", "Southern Transitional Council"], [], core=False),
            # the Emirati forces at Balhaf "منذ سنوات"
            G("military.presence", "historical", ["United Arab Emirates"], ["Yemen"], core=False),
        ],
        not_targets=["Saudi Arabia"],
        known_miss="the forces, absent from the knowledge base, are lost and the state is not found",
        known_alarm="the integration has the governor's tribal name for actor and the unlinked ministry for target",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-10-ami-mauritanian-battalion-arrives-in-central-africa-2016",
        date(2016, 2, 11),
        """وصول الكتيبة الموريتانية الأولى إلى جمهورية أفريقيا الوسطى

نواكشوط - «الوكالة الموريتانية للأنباء»

وصلت إلى بانغي، أمس الأربعاء، طلائع الكتيبة الموريتانية المشاركة في بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في جمهورية أفريقيا الوسطى، على متن طائرات نقل عسكرية، على أن تنتشر الكتيبة في وسط البلاد لحماية المدنيين وتأمين الطرق.

وتضم الكتيبة نحو سبعمئة وخمسين ضابطا وجنديا من الجيش الوطني، تلقوا تدريبات خاصة على عمليات حفظ السلام في معسكر بأطار، وفق ما أعلنته قيادة الأركان العامة للجيوش.

وقال قائد الكتيبة، في تصريح للوكالة قبيل الإقلاع، إن الجنود «يحملون رسالة موريتانيا في دعم السلم بأفريقيا»، مؤكدا جاهزيتهم للعمل في «ظروف صعبة».

وكانت موريتانيا قد نشرت في السنوات الماضية وحدات من الدرك في ساحل العاج ضمن بعثة الأمم المتحدة هناك، كما شارك ضباط موريتانيون في بعثات مراقبة في دارفور والكونغو الديمقراطية.

ولم ترسل نواكشوط قوات إلى بعثة الأمم المتحدة في مالي المجاورة، مفضلة، بحسب مسؤولين، تعزيز انتشار جيشها على حدودها الشرقية ومنع تسلل الجماعات المسلحة.

وتنتشر في جمهورية أفريقيا الوسطى منذ ديسمبر 2013 قوة فرنسية ضمن عملية «سانغاريس»، قالت باريس إنها ستنهي مهمتها خلال العام الجاري بعد تراجع أعمال العنف بين ميليشيات «سيليكا» و«أنتي بالاكا».

وتستعد البلاد لجولة الإعادة في الانتخابات الرئاسية المقررة في الرابع عشر من فبراير، التي يتنافس فيها رئيسا الوزراء السابقان فوستين آرشانج تواديرا وأنيسيه جورج دولوغيليه.

وتواجه البعثة الأممية، التي تضم أكثر من عشرة آلاف جندي وشرطي، انتقادات متزايدة بعد اتهامات طالت عناصر من وحدات أخرى بارتكاب انتهاكات بحق مدنيين، وهو ما دفع الأمم المتحدة إلى تشديد إجراءات التدقيق في سجلات الوحدات المشاركة. وقالت قيادة الأركان إن الجنود الموريتانيين تلقوا تدريبا مكثفا على قواعد السلوك وحماية الأطفال والنساء في مناطق النزاع، وإن ضابطا قانونيا سيرافق الكتيبة طوال مدة انتشارها.

وفي حي الميناء بنواكشوط، قالت أم أحد الجنود: «ودعته أمس عند الثكنة، وهو فخور بالمهمة. ندعو أن يعود سالما، فالبلاد بعيدة ولا نعرف عنها إلا ما نسمعه في الراديو».""",
        [
            G("military.presence", "occurred", ["Mauritania"], ["Central African Republic"]),
            # the gendarmes in Ivory Coast "في السنوات الماضية"
            G("military.presence", "historical", ["Mauritania"], ["Ivory Coast"], core=False),
            # "ولم ترسل نواكشوط قوات إلى بعثة الأمم المتحدة في مالي"
            G("military.presence", "negated", ["Mauritania"], ["Mali"], core=False),
            # Sangaris "منذ ديسمبر 2013"
            G("military.presence", "historical", ["France"], ["Central African Republic"], core=False),
        ],
        not_targets=["Sudan", "Democratic Republic of the Congo"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-11-alwasat-sports-ittihad-lifts-striker-ban-2023",
        date(2023, 11, 14),
        """الاتحاد يرفع الإيقاف عن مهاجمه ويقترب من ضم لاعب تونسي

طرابلس - «بوابة الوسط» - رياضة

رفعت إدارة نادي الاتحاد، أمس الاثنين، عقوبة الإيقاف التي فرضتها على مهاجم الفريق قبل أسبوعين، بعد اعتذاره عن تصريحات انتقد فيها الجهاز الفني عقب الخسارة أمام الأهلي طرابلس، على أن يعود إلى التدريبات الجماعية اليوم.

وقال المدير الإداري للفريق إن اللاعب «ابن النادي»، وإن الإدارة «طوت الصفحة»، مشيرا إلى أن الغرامة المالية المفروضة عليه ستبقى سارية وفق اللائحة الداخلية.

ويحتل الاتحاد المركز الثالث في مجموعته بفارق ثلاث نقاط عن المتصدر، بعد أن حقق أربعة انتصارات وتعادلين وخسارة واحدة منذ انطلاق الموسم. ويعول المدرب على عودة المهاجم لتعزيز القوة الهجومية التي عانت من غياب الفاعلية أمام المرمى في المباريات الثلاث الأخيرة، في حين يستعيد الفريق خدمات مدافعه الأساسي بعد تعافيه من إصابة في الركبة أبعدته شهرا كاملا عن الملاعب.

وفي سوق الانتقالات، يقترب النادي من حسم انضمام لاعب وسط تونسي ينشط في الدوري الجزائري، بعد اتفاق مبدئي مع ناديه، فيما وقع الاتحاد الأسبوع الماضي عقدا لموسمين مع حارس مرمى قادم من الدوري المصري. كما مدد النادي عقد مدربه المساعد حتى نهاية الموسم المقبل.

وفرضت لجنة المسابقات بالاتحاد الليبي لكرة القدم غرامة مالية على النادي بسبب أحداث الشغب في المباراة الأخيرة، وقررت تعليق حضور الجماهير في مباراتين، بينما لم تبت بعد في الطعن الذي تقدم به النادي.

وأعلن ناديا الاتحاد والمدينة عودة العلاقات بينهما بعد قطيعة دامت موسما كاملا بسبب خلاف على انتقال أحد اللاعبين، ووقع رئيسا الناديين اتفاقا لتنظيم مباراة ودية لصالح متضرري فيضانات درنة.

وقررت الإدارة دمج فريقي الشباب والرديف في فريق واحد لتقليص النفقات، بعد أزمة مالية أخرت صرف رواتب اللاعبين ثلاثة أشهر.

ونشر النادي جهازا طبيا إضافيا في معسكره بمدينة الحمامات التونسية، استعدادا لمرحلة الإياب من الدوري الممتاز.

وفي مقهى بشارع عمر المختار، قال مشجع اتحادي: «المهاجم غلط واعتذر، والنادي كبير ويسامح أبناءه. الآن نريد أن نرى الأهداف، فالجمهور ينتظر الديربي من الآن».""",
        [],
        not_targets=["Libya", "Tunisia", "Egypt", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h100-12-alsomal-aljadeed-economy-hormuud-joins-payment-alliance-2023",
        date(2023, 6, 20),
        """«هرمود» تنضم إلى تحالف إقليمي للمدفوعات.. والمركزي يرفع التعليق عن شركة حوالات

مقديشو - «الصومال الجديد» - اقتصاد

أعلنت شركة «هرمود» للاتصالات، أمس الاثنين، انضمامها إلى تحالف إقليمي لشركات الدفع الإلكتروني يضم شركات من كينيا وإثيوبيا وجيبوتي، بهدف تسهيل التحويلات بين محافظ الهاتف المحمول عبر الحدود وخفض كلفتها على التجار والأسر.

ويقول مسؤولون في القطاع المصرفي إن عدد الحسابات المفتوحة في المصارف المحلية تضاعف خلال السنوات الثلاث الأخيرة، مع تزايد ثقة المواطنين بالنظام المالي، وإن البنك المركزي يعمل على إطلاق نظام وطني للمدفوعات يربط المصارف بشركات الهاتف المحمول.

وفي سياق منفصل، رفع البنك المركزي الصومالي التعليق عن ترخيص شركة حوالات مالية محلية، بعد أن استكملت متطلبات مكافحة غسل الأموال التي طلبها منها قبل ثلاثة أشهر، فيما فرض غرامات على شركتين أخريين بسبب تأخر تقاريرهما الدورية.

ووقعت شركة «دهبشيل» اتفاقية شراكة مع مصرف تجاري في دبي لتوسيع خدمات تمويل الواردات، كما مددت شركة كهرباء في مقديشو عقد توريد الوقود مع مورد خليجي لعامين إضافيين.

وأعلن مصرفان محليان دمج عملياتهما في كيان واحد خلال العام المقبل، بعد موافقة مبدئية من البنك المركزي، على أن يحتفظ الموظفون بوظائفهم.

ونشرت شركة «هرمود» فرقا فنية في مدن بيدوا وجوهر وكسمايو لتوسيع تغطية شبكة الجيل الرابع، قبل موسم الحصاد الذي تنشط فيه التحويلات الريفية.

ويقدر البنك الدولي قيمة التحويلات المالية من المغتربين الصوماليين بأكثر من مليار وستمئة مليون دولار سنويا، وهي مورد رئيسي لمئات الآلاف من الأسر.

وقال خبير مصرفي إن انضمام الشركات الصومالية إلى الشبكات الإقليمية «خطوة ضرورية» لكنها تتطلب تحديث التشريعات الخاصة بحماية بيانات العملاء، لافتا إلى أن قانون الاتصالات الجديد لم يطبق بالكامل بعد.

وأغلقت أسعار صرف الشلن الصومالي على استقرار نسبي في سوق بكارة، وسط طلب معتاد على الدولار من المستوردين.

وفي سوق حمروين، قالت بائعة خضار تستقبل أموالا من ابنها في نيروبي: «كل شيء صار بالهاتف، حتى شراء الطماطم. إذا صارت الحوالة من كينيا أرخص فهذا خير لنا، فكل دولار له قيمة هنا».""",
        [],
        not_targets=["Somalia", "Kenya", "Ethiopia", "Djibouti", "United Arab Emirates"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout100_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout100_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout100_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
