"""An eighty-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty held-out sets: Arabic copy of 2013-2021 as Lebanese, Australian, Sudanese,
Mauritanian, Moroccan, Algerian, Saudi and Kuwaiti outlets, pan-Arab dailies and the Arabic services
of international broadcasters carry it (a Beirut daily, "بيروت - «النهار»", with a Hamra estate
agent's "الناس صارت تخاف تشتري شقة"; an Australian broadcaster's Arabic service, "سيدني - «إس بي إس
عربي»", with a Fijian grocer of Liverpool; a Khartoum daily, "الخرطوم - «التيار»", with a spare-parts
trader's "لو الكلام ده صحي"; a Mauritanian news site, "نيويورك - «الأخبار»", with a Malian trader of
Sebkha; a Qatari channel's site, "إسلام آباد - «الجزيرة نت»", with a Rawalpindi cook; a London
pan-Arab site, "الخرطوم - «العربي الجديد»", with a civil servant's "المشكلة في الرغيف والجازولين";
an Egyptian daily's portal, "الخرطوم - «بوابة الأهرام»", with a fishmonger of Omdurman; a Moroccan
news site, "الرباط - «اليوم 24»", in Moroccan usage ("بلاغ", "جلالة الملك", "دابا") with a retired
teacher of Agdal; an Algerian daily, "غاو (مالي) - «الشروق»", with a Songhai cloth seller; a London
pan-Arab daily, "إسلام آباد - «الشرق الأوسط»", with a Peshawar lorry driver; a Saudi sports daily,
"الرياض - «الرياضية»", with a Batha fan; and a Kuwaiti daily's economy page, "الكويت - «القبس» -
اقتصاد", with a Hawalli pensioner) on episodes the earlier sets do not carry as core news: the US
Treasury designating Adham Tabaja, his al-Inmaa group and Kassem Hejeij for financing Hezbollah,
June 2015; Australia lifting its sanctions on Fiji, March 2014; Barack Obama's order suspending the
economic sanctions on Sudan by a general licence for 180 days, January 2017; the Security Council
extending the Mali sanctions for a year by Resolution 2590, August 2021; the State Department
warning Pakistan of sanctions after the Iran-Pakistan pipeline's inauguration, March 2013; Sudan
joining the Abraham Accords during Steven Mnuchin's visit to Khartoum, January 2021; Egypt and
Sudan signing a military cooperation agreement in Khartoum, March 2021; Morocco and Cuba restoring
diplomatic relations, April 2017; the first mixed patrol of the Malian army, the CMA and the
Platform in Gao under the Operational Coordination Mechanism, February 2017; Pakistan's army saying
it will send a contingent to Saudi Arabia on a training and advisory mission, February 2018.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (up to set 94 English and 80 Arabic; docstrings, article texts and rule sentences) by
states, bodies, people, places and years in Arabic and English spellings, reading every hit:
"Tabaja"/"طباجة" (none), "Fiji"/"فيجي" (only a Fiji rugby page of set 19), "يناير 2017" beside
Sudan (none; Sudan's sanctions appear as the delisting of 2020 and other steps), "2590" (none;
sets 17, 21, 47, 65 and 70 carry other renewals), the Iran-Pakistan pipeline (sets 42, 49 and 77
carry the warning of 2024, set 21 the project as background; the warning of March 2013 is not
found), "أبراهام"/"Abraham Accords" (set 12 English carries Kazakhstan's joining, Sudan only as a
stalled background event), Egypt beside Sudan and a military agreement (none), "كوبا"/"Cuba" beside
Morocco (none), "MOC"/"آلية التنسيق العملياتي"/mixed or joint patrols in Mali (none; set 30 carries
the integration of 26,000 ex-combatants of 2022, another step), and Pakistani troops in Saudi
Arabia (found only as background of sets 28, 78 and 93). Some thirty other candidates were dropped
because the search found them as core news (among them Falih al-Fayyadh, the Su-35 warning, Prince
Sultan Air Base, General License 23, Liberia's lifting, Palestine in Interpol, HMS Jufair, Ben
Ali's freeze, Samer Foz, Rusal, Brunson, the Tariq bin Ziyad base, Morocco and Germany, Canada and
Saudi Arabia, Jordan and Qatar, Egypt in the New Development Bank, Saudi Arabia in the SCO and the
AIIB, the S-400 warning, Hadi's Republican Guard, the Eighth Brigade, the Azov regiment, the Darfur
joint force, Chad's former rebels and the Aghdam centre).
Facts the writer is unsure of: whether Kassem Hejeij and Husayn Ali Faour were designated the same
day as Tabaja (10 June 2015); the day of Australia's announcement (the end of March 2014) and
whether the defence cooperation was resumed then; the day the general licence took effect
(17 January 2017); Resolution 2590's date (30 August 2021), its unanimity and the number of names
on the Mali list (eight); the name of the place of the pipeline ceremony and of the Chinese bank;
the title of the Sudanese signatory (Justice Minister Nasredeen Abdulbari) and the bridge loan's
amount; the day of the Egypt-Sudan agreement (2 March 2021) and the 1976 defence agreement; the
day of the Morocco-Cuba statement (21 April 2017) and whether the King's visit to Cuba was that
March; the day and size of the Gao patrol (23 February 2017); the size of the Pakistani contingent
and the 1982 protocol.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Pakistani contingent that "سترسل إلى المملكة"), next to historical, negated and stalled ones;
two are near misses: a Saudi football page (a club that "رفعت … عقوبة الإيقاف الداخلي التي كانت قد
فرضتها" on its captain, "وقع النادي عقدا" and "لينضم", a keeper's contract "مددت", youngsters'
"انضمام", the federation that "فرضت غرامة", talks "علقت", a sponsorship "اتفاقية" and a memorandum
"وقع", "تعيد المياه إلى مجاريها") and a Kuwaiti economy page (two banks that "وقع … اتفاقية اندماج",
branches that "ستنضم", a bourse that "علقت تداول", a memorandum "مددا", regulators whose demands
"فرضت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على رجل
الأعمال اللبناني أدهم طباجة … وعلى رجل الأعمال قاسم حجيج" imposes (core; the Treasury and the
United States; Tabaja, Hejeij and Hezbollah, whose financiers they are said to be; not Lebanon,
Iraq or Syria), the FTO listing "منذ عام 1997" a historical imposition, "لم تدرج حتى الآن أيا من
نواب الحزب أو وزرائه" a negated one. A government that "رفعت … العقوبات التي كانت تفرضها على فيجي"
lifts (core; Australia and Julie Bishop; Fiji; not China or New Zealand), the measures of December
2006 a historical imposition, the high commissioners of July 2012 a historical restoration, "ستستأنف
التعاون الدفاعي" a planned restoration (not core); the Forum suspension is no event of a watched
type. An administration that "قررت … تعليق العقوبات الاقتصادية والتجارية المفروضة على السودان"
suspends (core; the United States, Obama and the Treasury; Sudan), "على أن ترفع العقوبات نهائيا بعد
مئة وثمانين يوما" a planned lifting (not core), Clinton's measures of 1997 a historical imposition,
"ولم يشمل القرار الأمريكي رفع اسم السودان من قائمة الدول الراعية للإرهاب" a negated lifting; the
licence's unfreezing ("يفك تجميد أصول حكومة السودان") is part of the suspension, no other event.
A council that "مدد … نظام العقوبات المفروض على مالي لمدة عام إضافي" extends (core; the Security
Council; Mali; not France, the penholder, nor Algeria), Resolution 2374 and the listings of 2018
and 2019 a historical imposition, "ولم يضف المجلس في قراره الجديد أي أسماء" a negated imposition,
MINUSMA "منذ عام 2013" a historical presence, the agreement of 2015 a historical signing; the coup
and Barkhane's end are no events. A spokeswoman who warned that the project "قد يعرض باكستان
لعقوبات" threatens (core; the United States and Victoria Nuland; Pakistan; not Iran, India or
Turkmenistan), the gas agreement of 2009 a historical signing, "ولم تفرض واشنطن حتى الآن أي
عقوبات على شركات باكستانية" a negated imposition, the measures on Iran "منذ عام 1996" a historical
one. A state that "انضم … رسميا … إلى «اتفاقيات أبراهام»" joins (core; Sudan and its justice
minister; the Abraham Accords; not the United States, whose minister attends), the bridge-loan
memorandum an occurred signing (not core), the delisting of 14 December a historical lifting, the
UAE, Bahrain and Morocco a historical joining, "ولم يعلن السودان وإسرائيل حتى الآن إقامة علاقات
دبلوماسية" a negated restoration. Two states that "وقعت … اتفاقية للتعاون العسكري" sign (core;
Egypt, Sudan and the two chiefs of staff), the GERD talks "تعثر" a stalled signing, the denied
base a negated presence, the Nile Eagles exercise at Merowe a historical presence, the defence
agreement of 1976 a historical signing. Two states that "قررا … إعادة علاقاتهما الدبلوماسية"
restore (core; Morocco and Cuba; not Algeria or the Polisario Front), the embassies to open "في
الأشهر المقبلة" a planned restoration (not core), Morocco's return to the AU in January a
historical joining; the break of 1980 and Cuba's recognition of the SADR are no events of a
watched type. A patrol in which "تم دمج عناصر الأطراف الثلاثة في وحدات مشتركة تخضع لقيادة موحدة"
integrates forces (core; Mali and its army; the CMA and the Platform; not Algeria), the agreement
of 2015 a historical signing, the units of Kidal and Timbuktu "لا يزال متعثرا" a stalled
integration, MINUSMA and Barkhane historical presences. An army that "سيرسل وحدة من قواته إلى
المملكة العربية السعودية" plans a presence (core, planned; Pakistan; Saudi Arabia; not Yemen), the
trainers "منذ ثمانينيات القرن الماضي" a historical presence, the protocol of 1982 a historical
signing, "ولم تشارك باكستان منذ ذلك الحين في العمليات العسكرية في اليمن" a negated presence,
the Islamic coalition joined in December 2015 a historical joining. The Saudi sports page and the
Kuwaiti economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.909, R 0.800, F1 0.851 (recall
8/10, precision 10/11); occurred core found 8/9, planned 0/1; historical kept quiet 19/19, negated
7/7, stalled 2/2. Missed: the Gao mixed patrol (ar-h81-09), "وتم دمج عناصر الأطراف الثلاثة في
وحدات مشتركة تخضع لقيادة موحدة" and "أول دورية مختلطة تضم عناصر من الجيش المالي ومقاتلين من
تنسيقية حركات أزواد", no integration is read at all (a passive "تم دمج" whose parties are named only
as "الأطراف الثلاثة", and a mixed patrol); the Pakistani contingent (ar-h81-10), "سيرسل وحدة من
قواته إلى المملكة العربية السعودية", is read as a negated presence (trigger "ترسل", the negation of
"لن تستخدم خارج أراضي المملكة" or "لن تنتشر خارج الأراضي السعودية", said of where the troops will
not go, taken for the sending itself). False alarms and unexpected alerts: in ar-h81-06 "بتوقيع وزير
العدل نصر الدين عبد الباري على الإعلان الخاص بالاتفاقيات" is read as an occurred signing with Israel
and the minister's cut name for parties (gold has the joining, and no signing with Israel). Also
seen, not failing: the Tabaja imposition has "رجل الأعمال اللبناني" for its target, not Tabaja,
Hejeij or Hezbollah; the Sudan suspension is read twice (the order, and OFAC's licence "وأصدر …
ترخيصا عاما" with no target); the Pakistan threat takes Iran for a second target; the Mali agreement
of 2015 is read as stalled with France for a party; the GERD talks are read as a negated signing
(both quiet, as gold's historical and stalled are); the Morocco-Cuba restoration has no Omar
Hilale; the Egypt-Sudan signing has no chiefs of staff. The two near misses raise nothing. Three
articles are strict xfails.

After the fixes of 2026-12-07: events P 0.917, R 0.900, F1 0.908 (recall 9/10, precision 11/12);
planned core found 1/1, every quiet event kept quiet. One general cause was fixed, pinned by rule
sentences of other states and wording in ``test_heldout81_rules_ar.py``: a refusal of troops to
deploy "خارج" (outside) a place ("القوات … الموجودة في المملكة، أو التي سترسل إليها، «لن تنتشر
خارج الأراضي السعودية»", "outside" in English) limits where they go and no longer demotes a
sending to that place to negated, as a refusal of "permanent" bases already did not
(``_OUTSIDE`` in ``rasd/events/extractor.py``, ``_demote``); a plain denial of the sending still
denies. ar-h81-10 is cured and its strict xfail removed. Left: the Gao mixed units (ar-h81-09;
a passive "تم دمج" whose parties are "الأطراف الثلاثة", and "دورية مختلطة", neither read as an
integration; a rule for passive mergers with parties named only in an earlier sentence would need
more than the time left) and the Abraham declaration read as a signing with Israel (ar-h81-06; the
minister's signature of the accords' declaration is a signing of a kind, and Israel is taken from
"للتطبيع مع إسرائيل"; not attempted). Of the readings seen before the fixes, the others are
unchanged. Also seen while writing the rules, not fixed: "أعلن الجيش الأردني أنه سيرسل وحدة طبية
إلى البحرين" gives no presence at all.

ar-h81-06 cured by ``test_general_misses7_rules_ar.py``'s signing told as the means of a joining;
its strict xfail removed.

``python -m tests.unit.test_heldout81_events_ar`` prints every article's alerts and the set's
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
_UST = "United States Department of the Treasury"
_UNSC = "United Nations Security Council"
_CMA = "Coordination of Azawad Movements"
_PLATFORM = "Platform"
_FAMA = "Malian Armed Forces"
_IMCTC = "Islamic Military Counter Terrorism Coalition"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-01-annahar-us-treasury-sanctions-tabaja-and-hejeij-2015",
        date(2015, 6, 11),
        """الخزانة الأميركية تدرج أدهم طباجة وقاسم حجيج على لائحة العقوبات بتهمة تمويل «حزب الله»

بيروت - «النهار»

فرضت وزارة الخزانة الأميركية، أمس الأربعاء، عقوبات على رجل الأعمال اللبناني أدهم طباجة ومجموعة «الإنماء للأعمال السياحية» التي يملكها، وعلى رجل الأعمال قاسم حجيج، متهمة إياهم بتوفير الدعم المالي والاستثماري لـ«حزب الله» في لبنان والعراق.

وقال مكتب مراقبة الأصول الأجنبية في الوزارة، في بيان، إن طباجة «عضو في حزب الله ويحتفظ بصلات مباشرة بعناصره التنظيمية العليا»، وإن شركاته، ومنها فرع للمقاولات والهندسة يعمل في العراق، «تستخدم واجهة لاستثمارات الحزب في قطاعي العقارات والبناء». وأضاف البيان أن حجيج ساعد الحزب على فتح حسابات مصرفية في لبنان وتمويل مشاريع بنى تحتية.

وبموجب القرار، تجمد أي أصول للمدرجين تخضع للولاية الأميركية، ويحظر على المواطنين والشركات الأميركية التعامل معهم. وشمل القرار أيضا حسين علي فاعور، الذي تقول الوزارة إنه عضو في جهاز الأمن الخارجي للحزب وشارك في شراء معدات لمصلحته.

وقال مساعد وزير الخزانة لشؤون تمويل الإرهاب، في البيان، إن واشنطن «ستواصل ملاحقة شبكات الحزب المالية أينما وجدت»، مشيرا إلى أن الحزب «يعتمد بشكل متزايد على رجال أعمال يقدمون أنفسهم على أنهم مستثمرون مستقلون».

ولم يصدر عن «حزب الله» أي تعليق حتى مساء أمس. وقال مصدر مقرب من طباجة لـ«النهار» إن رجل الأعمال «يعمل في وضح النهار وشركاته مسجلة وفق القوانين اللبنانية والعراقية»، معتبرا أن القرار «سياسي بامتياز».

وتدرج الولايات المتحدة «حزب الله» على لائحتها للمنظمات الإرهابية الأجنبية منذ عام 1997، وفرضت خلال السنوات الماضية عقوبات على عشرات الأفراد والشركات بتهمة تمويله، من بينهم رجال أعمال لبنانيون في غرب أفريقيا وأميركا الجنوبية.

غير أن الخزانة لم تدرج حتى الآن أيا من نواب الحزب أو وزرائه في الحكومة اللبنانية على لوائحها، وهو ما يرى فيه مراقبون حرصا أميركيا على عدم إحراج الدولة اللبنانية ومؤسساتها.

وفي أوساط المصارف، سارعت جمعية مصارف لبنان إلى التذكير بأن المصارف العاملة في البلاد «تلتزم بدقة بجميع الأنظمة والقوانين المرعية دوليا»، فيما قال مصرفي في بيروت إن البنوك «ستقفل حسابات المدرجين خلال أيام، كما جرت العادة في حالات مماثلة».

ويأتي القرار في وقت يشارك فيه الحزب في القتال في سوريا إلى جانب قوات النظام، وتتزايد فيه الضغوط الأميركية على مصادر تمويله خارج لبنان.

وفي أحد مقاهي الحمرا، قال موظف في شركة عقارية: «كل ما يصدر من واشنطن ينعكس على السوق هنا. الناس صارت تخاف تشتري شقة من دون ما تعرف مين المطور ومين وراه».""",
        [
            G("sanctions.imposed", "occurred", [_UST, _US], ["Adham Tabaja", "Kassem Hejeij", "Hezbollah"]),
            # the FTO listing "منذ عام 1997" and the measures "خلال السنوات الماضية"
            G("sanctions.imposed", "historical", [_US], ["Hezbollah"], core=False),
            # "لم تدرج حتى الآن أيا من نواب الحزب أو وزرائه"
            G("sanctions.imposed", "negated", [_UST], ["Hezbollah"], core=False),
        ],
        not_targets=["Lebanon", "Iraq", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-02-sbs-arabic-australia-lifts-fiji-sanctions-2014",
        date(2014, 4, 1),
        """أستراليا ترفع عقوباتها عن فيجي بعد ثماني سنوات على الانقلاب

سيدني - «إس بي إس عربي»

رفعت الحكومة الأسترالية، أمس الاثنين، العقوبات التي كانت تفرضها على فيجي منذ الانقلاب العسكري عام 2006، بما في ذلك القيود على سفر أعضاء الحكومة العسكرية وكبار الضباط إلى أستراليا، في خطوة قالت كانبيرا إنها تهدف إلى دعم عودة الجزيرة إلى الحكم الديمقراطي.

وقالت وزيرة الخارجية جولي بيشوب، في بيان، إن القرار جاء بعد إعلان رئيس الحكومة الفيجية فرانك باينيماراما تنحيه عن قيادة الجيش استعدادا لخوض الانتخابات العامة المقررة في سبتمبر المقبل، مضيفة أن «فيجي تسير بثبات نحو انتخابات حرة، ومن واجبنا أن نشجع هذا المسار».

وأوضحت بيشوب أن أستراليا ستستأنف التعاون الدفاعي مع فيجي، بما في ذلك برامج التدريب وزيارات السفن، كما ستعيد النظر في منح التأشيرات للفيجيين الراغبين في العمل الموسمي في المزارع الأسترالية.

وكانت أستراليا ونيوزيلندا قد فرضتا عقوبات على فيجي بعد أن أطاح باينيماراما، قائد الجيش آنذاك، بحكومة رئيس الوزراء ليسيني قراسي في ديسمبر 2006، شملت حظر سفر المسؤولين العسكريين ووقف التعاون العسكري.

وتدهورت العلاقات بين البلدين إلى أدنى مستوياتها عام 2009، حين طردت سوفا المفوض السامي الأسترالي، قبل أن يتفق البلدان في يوليو 2012 على إعادة تبادل المفوضين الساميين، في أول خطوة نحو التقارب.

ورحبت الحكومة الفيجية بالقرار، وقال وزير خارجيتها إنوكي كوبوابولا إن بلاده «تنظر بإيجابية إلى صفحة جديدة مع جارتها الكبرى»، مشيرا إلى أن فيجي «لم تطلب يوما إلا احترام مسارها الخاص نحو الديمقراطية».

ولا تزال عضوية فيجي في منتدى جزر المحيط الهادئ معلقة منذ عام 2009، وقالت بيشوب إن مسألة عودتها إلى المنتدى «تعود إلى قرار جماعي من الأعضاء بعد الانتخابات».

ويرى محللون في جامعة سيدني أن الصين استفادت من سنوات القطيعة لتوسيع حضورها الاقتصادي في فيجي، عبر قروض ومشاريع للبنية التحتية، وأن كانبيرا تسعى الآن إلى استعادة نفوذها التقليدي في جنوب المحيط الهادئ.

ويعيش في أستراليا أكثر من ستين ألف شخص من أصول فيجية، معظمهم في سيدني وبريزبن. وقال صاحب متجر للبقالة الهندية في ضاحية ليفربول بسيدني، وهو من أصل فيجي: «أخي ضابط في الجيش، ومن ثماني سنين ما قدر يزورنا. الحين يقدر يجي يشوف أولاده».""",
        [
            G("sanctions.lifted", "occurred", ["Australia", "Julie Bishop"], ["Fiji"]),
            # the sanctions of December 2006
            G("sanctions.imposed", "historical", ["Australia", "New Zealand"], ["Fiji"], core=False),
            # the high commissioners exchanged again in July 2012
            G("relations.restored", "historical", ["Australia", "Fiji"], [], core=False),
            # "ستستأنف التعاون الدفاعي مع فيجي"
            G("relations.restored", "planned", ["Australia"], ["Fiji"], core=False),
        ],
        not_targets=["China", "New Zealand"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-03-altayar-obama-suspends-sudan-sanctions-180-days-2017",
        date(2017, 1, 15),
        """واشنطن تعلق العقوبات الاقتصادية على السودان.. والرفع النهائي بعد ستة أشهر

الخرطوم - «التيار»

قررت الإدارة الأمريكية تعليق العقوبات الاقتصادية والتجارية المفروضة على السودان منذ نحو عشرين عاما، بموجب أمر تنفيذي وقعه الرئيس باراك أوباما يوم الجمعة، قبل أسبوع واحد من مغادرته البيت الأبيض، على أن ترفع العقوبات نهائيا بعد مئة وثمانين يوما إذا واصلت الخرطوم التعاون.

وأصدر مكتب مراقبة الأصول الأجنبية بوزارة الخزانة الأمريكية ترخيصا عاما يسمح، اعتبارا من الثلاثاء المقبل، بجميع المعاملات التي كانت محظورة بموجب نظام العقوبات، بما في ذلك التحويلات المصرفية والتبادل التجاري مع الأفراد والشركات السودانية، كما يفك تجميد أصول حكومة السودان.

وقال مسؤول في البيت الأبيض، في إفادة للصحفيين، إن القرار يعترف بـ«الخطوات الإيجابية» التي اتخذتها الحكومة السودانية خلال الأشهر الستة الماضية، ومنها وقف الأعمال العدائية في دارفور والمنطقتين، وتحسين وصول المساعدات الإنسانية، والتعاون في مكافحة الإرهاب ومواجهة «جيش الرب للمقاومة».

وكان الرئيس الأسبق بيل كلينتون قد فرض العقوبات على السودان في نوفمبر 1997، بتهمة دعم الإرهاب وانتهاك حقوق الإنسان، قبل أن توسعها إدارة جورج بوش عام 2006 لتشمل قطاع النفط.

ولم يشمل القرار الأمريكي رفع اسم السودان من قائمة الدول الراعية للإرهاب، التي يبقى عليها منذ عام 1993، وهو ما يعني استمرار القيود على المساعدات الأمريكية وصادرات السلاح وبعض المعاملات المالية.

ورحبت وزارة الخارجية السودانية بالقرار، ووصفته بأنه «تطور إيجابي مهم» في مسار العلاقات بين البلدين، فيما قال وزير الدولة بالخارجية إن الحوار مع واشنطن «سيتواصل حتى الرفع الكامل للعقوبات وشطب اسم السودان من القائمة».

وقال محافظ بنك السودان المركزي إن البنك «بدأ اتصالات مع المصارف المراسلة لاستئناف التحويلات»، متوقعا أن ينعكس القرار على سعر صرف الجنيه في السوق الموازية خلال الأسابيع المقبلة.

ويرى اقتصاديون أن أثر القرار لن يظهر سريعا، لأن كثيرا من المصارف الدولية ستنتظر الرفع النهائي قبل أن تعود إلى التعامل مع السودان، بعد الغرامات الضخمة التي فرضتها السلطات الأمريكية على بنوك أوروبية في السنوات الماضية بسبب تعاملات مع الخرطوم.

وتبقى العقوبات المتعلقة بنزاع دارفور، التي تستهدف أفرادا بعينهم، خارج نطاق القرار.

وفي السوق العربي بالخرطوم، قال تاجر قطع غيار: «عشرين سنة نحول قروشنا عن طريق دبي ونخسر في كل تحويلة. لو الكلام ده صحي، يمكن نشتري من المصنع طوالي».""",
        [
            G("sanctions.suspended", "occurred", [_US, "Barack Obama", _UST], ["Sudan"]),
            # "على أن ترفع العقوبات نهائيا بعد مئة وثمانين يوما"
            G("sanctions.lifted", "planned", [_US], ["Sudan"], core=False),
            # Clinton's sanctions of November 1997 and their extension of 2006
            G("sanctions.imposed", "historical", [_US, "Bill Clinton"], ["Sudan"], core=False),
            # "ولم يشمل القرار الأمريكي رفع اسم السودان من قائمة الدول الراعية للإرهاب"
            G("sanctions.lifted", "negated", [_US], ["Sudan"], core=False),
        ],
        not_targets=["United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-04-alakhbar-mr-unsc-renews-mali-sanctions-resolution-2590-2021",
        date(2021, 8, 31),
        """مجلس الأمن يمدد نظام العقوبات على مالي عاما إضافيا

نيويورك - «الأخبار»

مدد مجلس الأمن الدولي، أمس الاثنين، نظام العقوبات المفروض على مالي لمدة عام إضافي، حتى الحادي والثلاثين من أغسطس 2022، بما يشمل حظر السفر وتجميد الأصول على الأفراد والكيانات الذين يعرقلون تنفيذ اتفاق السلم والمصالحة.

واعتمد المجلس بالإجماع القرار رقم 2590 الذي أعدت فرنسا مشروعه، كما مدد ولاية فريق الخبراء المكلف بمتابعة تنفيذ العقوبات حتى نهاية سبتمبر من العام المقبل، وطلب منه تقديم تقرير منتصف المدة وتقرير نهائي يتضمنان توصيات بشأن الأسماء المحتملة.

وقال مندوب فرنسا، في كلمة عقب التصويت، إن التمديد «رسالة إلى كل من يراهن على تعطيل الاتفاق بأن المجتمع الدولي يراقب»، داعيا السلطات الانتقالية في باماكو والحركات الموقعة إلى «تسريع تنفيذ الالتزامات قبل نهاية المرحلة الانتقالية».

وكان مجلس الأمن قد أنشأ نظام العقوبات الخاص بمالي بموجب القرار 2374 في سبتمبر 2017، بطلب من الحكومة المالية نفسها، ثم أدرج في ديسمبر 2018 ويوليو 2019 ثمانية أشخاص على القائمة، بينهم قادة في حركات مسلحة موقعة على الاتفاق ومسؤولون متهمون بالتورط في الاتجار بالمخدرات.

ولم يضف المجلس في قراره الجديد أي أسماء إلى القائمة، رغم أن فريق الخبراء أشار في تقريره الأخير إلى أفراد يواصلون عرقلة عملية نزع السلاح وإعادة الإدماج.

ويأتي التمديد في ظرف سياسي مضطرب، بعد أن نفذ العقيد آسيمي غويتا في مايو الماضي انقلابا ثانيا خلال تسعة أشهر، أطاح فيه بالرئيس الانتقالي باه نداو ورئيس وزرائه، ثم أدى اليمين رئيسا للمرحلة الانتقالية.

وتنتشر في مالي منذ عام 2013 بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار «مينوسما»، التي تعد من أكثر بعثات حفظ السلام خسائر في العالم، فيما أعلن الرئيس الفرنسي إيمانويل ماكرون في يونيو الماضي إنهاء عملية «برخان» بصيغتها الحالية وإعادة تنظيم الوجود العسكري الفرنسي في الساحل.

ووقعت الحكومة المالية وتنسيقية حركات أزواد وتحالف «المنصة» اتفاق السلم والمصالحة في باماكو عام 2015، بعد مفاوضات احتضنتها الجزائر، غير أن تطبيق كثير من بنوده ما زال يراوح مكانه بعد ست سنوات.

وقال دبلوماسي أفريقي في نيويورك لـ«الأخبار» إن العقوبات «لم تغير كثيرا في سلوك الأطراف، لكن إلغاءها الآن سيفهم على أنه مكافأة لمن يعطلون الاتفاق».

وفي نواكشوط، قال تاجر مالي يقيم في حي السبخة منذ سنوات: «الناس في تمبكتو ما يسألوا عن مجلس الأمن، يسألوا متى ترجع الطريق آمنة ومتى ترجع المدارس».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Mali"]),
            # the regime of Resolution 2374 (September 2017) and the listings of 2018 and 2019
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            # "ولم يضف المجلس في قراره الجديد أي أسماء إلى القائمة"
            G("sanctions.imposed", "negated", [_UNSC], ["Mali"], core=False),
            # MINUSMA "منذ عام 2013"
            G("military.presence", "historical", ["United Nations"], ["Mali"], core=False),
            # the Algiers-mediated agreement of 2015
            G("agreement.signed", "historical", ["Mali", _CMA], [], core=False),
        ],
        not_targets=["France", "Algeria", "Mauritania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-05-aljazeera-net-us-warns-pakistan-of-sanctions-over-iran-pipeline-2013",
        date(2013, 3, 12),
        """واشنطن تحذر إسلام آباد من عقوبات بعد تدشين خط الغاز مع إيران

إسلام آباد - «الجزيرة نت»

حذرت الولايات المتحدة باكستان من أنها قد تتعرض لعقوبات أمريكية إذا مضت في إنشاء خط أنابيب الغاز مع إيران، وذلك بعد ساعات من تدشين الرئيس الباكستاني آصف علي زرداري ونظيره الإيراني محمود أحمدي نجاد أعمال بناء الجزء الباكستاني من المشروع في منطقة حدودية قرب ميناء جوادر.

وقالت المتحدثة باسم وزارة الخارجية الأمريكية فيكتوريا نولاند، في مؤتمرها الصحفي اليومي بواشنطن، إن لدى بلادها «مخاوف جدية» من المشروع، مضيفة أن «المضي قدما فيه قد يعرض باكستان لعقوبات بموجب قانون عقوبات إيران»، وأن واشنطن أبلغت المسؤولين الباكستانيين بذلك «بوضوح».

وأضافت نولاند أن الولايات المتحدة تقدم لباكستان بدائل لتأمين حاجاتها من الطاقة، منها خط الغاز الذي يمر عبر تركمانستان وأفغانستان، ومشاريع لتوليد الكهرباء تمولها وكالة التنمية الأمريكية.

لكن الرئيس زرداري قال في كلمته خلال حفل التدشين إن المشروع «لا علاقة له بأي طرف ثالث»، وإن باكستان «لا يمكن أن تنتظر بينما تعاني مصانعها ومنازلها من انقطاع الكهرباء لساعات طويلة يوميا». وقال أحمدي نجاد إن أعداء البلدين «لا يريدون لهما التقدم».

ووقعت إسلام آباد وطهران اتفاق بيع الغاز وإنشاء الخط عام 2009، بعد انسحاب الهند من مشروع كان يعرف بـ«خط السلام» وكان يفترض أن ينقل الغاز الإيراني إلى الهند عبر الأراضي الباكستانية.

ولم تفرض واشنطن حتى الآن أي عقوبات على شركات باكستانية بسبب المشروع، ويقول مسؤولون في وزارة البترول الباكستانية إن الحكومة لا تزال تبحث عن تمويل للجزء الواقع على أراضيها، والبالغ طوله نحو 780 كيلومترا، بعد أن انسحب بنك صيني من تمويله العام الماضي.

وتفرض الولايات المتحدة منذ عام 1996 عقوبات على الشركات الأجنبية التي تستثمر في قطاع الطاقة الإيراني، وشددت هذه العقوبات بقوانين لاحقة تستهدف صادرات النفط الإيرانية والمصارف التي تتعامل معها.

ويأتي التدشين قبل أيام من انتهاء ولاية الحكومة الباكستانية الحالية وإجراء الانتخابات العامة في مايو المقبل، وهو ما دفع معارضين إلى وصف الخطوة بأنها «دعاية انتخابية».

ويرى خبراء في إسلام آباد أن الإدارة الأمريكية ستتردد في معاقبة حليف تحتاجه في أفغانستان، قبل انسحاب قواتها المقرر العام المقبل.

وفي سوق راجا بازار في راولبندي، قال صاحب مطعم صغير: «أسطوانة الغاز صارت بسعر الذهب. ما يهمنا من أين يأتي الغاز، يهمنا أن يأتي».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Victoria Nuland"], ["Pakistan"]),
            # the gas agreement of 2009
            G("agreement.signed", "historical", ["Pakistan", "Iran"], [], core=False),
            # "ولم تفرض واشنطن حتى الآن أي عقوبات على شركات باكستانية"
            G("sanctions.imposed", "negated", [_US], ["Pakistan"], core=False),
            # the US sanctions on Iran's energy sector "منذ عام 1996"
            G("sanctions.imposed", "historical", [_US], ["Iran"], core=False),
        ],
        not_targets=["India", "China", "Turkmenistan", "Afghanistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-06-alaraby-sudan-joins-abraham-accords-mnuchin-khartoum-2021",
        date(2021, 1, 7),
        """السودان ينضم رسميا إلى «اتفاقيات أبراهام» خلال زيارة منوتشين للخرطوم

الخرطوم - «العربي الجديد»

انضم السودان رسميا، أمس الأربعاء، إلى «اتفاقيات أبراهام» للتطبيع مع إسرائيل، بتوقيع وزير العدل نصر الدين عبد الباري على الإعلان الخاص بالاتفاقيات، بحضور وزير الخزانة الأمريكي ستيفن منوتشين الذي يزور الخرطوم في أول زيارة لوزير خزانة أمريكي إلى السودان.

وجرى التوقيع في مقر السفارة الأمريكية بالخرطوم، بعيدا عن الإعلام، وأعلنه مكتب رئيس الوزراء عبد الله حمدوك في بيان مقتضب، قال فيه إن الإعلان «يؤكد أهمية تعزيز التسامح والحوار والتعايش بين الشعوب والأديان في منطقة الشرق الأوسط والعالم».

ووقع السودان والولايات المتحدة، خلال الزيارة ذاتها، مذكرة تفاهم تتعهد واشنطن بموجبها بتوفير تمويل تجسيري يتجاوز مليار دولار لسداد متأخرات السودان لدى البنك الدولي، ما يفتح الباب أمام حصوله على تمويلات جديدة للمرة الأولى منذ نحو ثلاثة عقود.

وقال منوتشين، في تصريحات للصحفيين، إن الخطوة «تاريخية»، وإن بلاده «ستقف إلى جانب الحكومة الانتقالية في بناء اقتصاد قادر على خلق فرص العمل».

وجاء الانضمام بعد أسابيع من رفع الولايات المتحدة اسم السودان من قائمة الدول الراعية للإرهاب، في الرابع عشر من ديسمبر الماضي، بعد أن دفعت الخرطوم 335 مليون دولار تعويضات لضحايا تفجيري السفارتين الأمريكيتين في نيروبي ودار السلام وضحايا المدمرة «كول».

وسبقت السودان إلى الاتفاقيات كل من الإمارات والبحرين، اللتين وقعتاها في البيت الأبيض في سبتمبر الماضي، ثم المغرب الذي أعلن الشهر الماضي استئناف الاتصالات الرسمية مع إسرائيل.

ولم يعلن السودان وإسرائيل حتى الآن إقامة علاقات دبلوماسية أو فتح سفارتين، وقال مسؤول في مجلس السيادة إن ذلك «ينتظر تشكيل المجلس التشريعي ليقول كلمته».

وأثار التوقيع انتقادات من قوى سياسية داخل تحالف الحرية والتغيير، اعتبرت أن الحكومة الانتقالية «لا تملك تفويضا» لاتخاذ قرار بهذا الحجم، فيما دعا حزب الأمة القومي إلى «عدم ربط رفع العقوبات بالتطبيع».

ويواجه السودان أزمة اقتصادية حادة، مع تضخم تجاوز مئتين وخمسين في المئة ونقص في الخبز والوقود والأدوية.

وفي موقف للمواصلات بالسوق العربي، قال موظف حكومي: «نحن ما عندنا مشكلة مع زول، المشكلة في الرغيف والجازولين. لو الحاجات دي حتجيب لينا عيشة كويسة، خليها تجيب».""",
        [
            G("alliance.joined", "occurred", ["Sudan", "Nasredeen Abdulbari"], ["Abraham Accords"]),
            # the bridge-financing memorandum signed during the visit
            G("agreement.signed", "occurred", ["Sudan", _US], [], core=False),
            # the state-sponsor listing removed on 14 December
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # the UAE and Bahrain in September, Morocco in December
            G("alliance.joined", "historical", ["United Arab Emirates", "Bahrain", "Morocco"], ["Abraham Accords"],
              core=False),
            # "ولم يعلن السودان وإسرائيل حتى الآن إقامة علاقات دبلوماسية أو فتح سفارتين"
            G("relations.restored", "negated", ["Sudan", "Israel"], [], core=False),
        ],
        not_targets=["Kenya", "Tanzania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-07-ahram-gate-egypt-and-sudan-sign-military-cooperation-agreement-2021",
        date(2021, 3, 3),
        """مصر والسودان يوقعان اتفاقية للتعاون العسكري في الخرطوم

الخرطوم - «بوابة الأهرام»

وقعت مصر والسودان، أمس الثلاثاء، اتفاقية للتعاون العسكري بين البلدين، خلال زيارة يقوم بها رئيس أركان حرب القوات المسلحة المصرية الفريق محمد فريد إلى الخرطوم على رأس وفد عسكري رفيع المستوى.

ووقع الاتفاقية عن الجانب المصري الفريق محمد فريد، وعن الجانب السوداني رئيس هيئة الأركان الفريق أول ركن محمد عثمان الحسين، في ختام اجتماعات اللجنة العسكرية المشتركة بين البلدين، وتشمل مجالات التدريب والتأهيل والتدريبات المشتركة وتأمين الحدود ونقل الخبرات.

وقال الفريق فريد، في كلمة عقب التوقيع، إن مصر «على استعداد لتلبية كل طلبات السودان في المجالات العسكرية»، مؤكدا أن «الأمن القومي السوداني جزء لا يتجزأ من الأمن القومي المصري»، وأن البلدين «يواجهان تحديات مشتركة تتطلب تنسيقا كاملا».

من جانبه، قال الفريق أول ركن الحسين إن الاتفاقية «تتويج لعلاقات تاريخية»، وإن القوات المسلحة السودانية «تتطلع إلى الاستفادة من الخبرات المصرية في مجالات التصنيع والتدريب».

وتأتي الاتفاقية بعد أشهر من تنفيذ القوات الجوية في البلدين التدريب المشترك «نسور النيل 1» في قاعدة مروي الجوية شمالي السودان في نوفمبر الماضي، بمشاركة مقاتلات وقوات خاصة مصرية، في أول تدريب من نوعه بين البلدين.

كما تأتي في ظل تعثر مفاوضات سد النهضة بين مصر والسودان وإثيوبيا، إذ لم تتوصل الدول الثلاث حتى الآن إلى اتفاق قانوني ملزم بشأن ملء السد وتشغيله، رغم جولات متعددة برعاية الاتحاد الأفريقي، فيما تستعد أديس أبابا للملء الثاني في يوليو المقبل.

ويقترح السودان تشكيل وساطة رباعية تضم الاتحاد الأفريقي والاتحاد الأوروبي والولايات المتحدة والأمم المتحدة، وهو مقترح أيدته القاهرة ورفضته إثيوبيا.

ونفى مصدر عسكري سوداني، في حديث لـ«بوابة الأهرام»، ما تردد عن نية مصر إقامة قاعدة عسكرية في السودان، مؤكدا أن الاتفاقية «لا تتضمن أي وجود عسكري دائم لأي طرف على أراضي الطرف الآخر».

وتشهد الحدود السودانية الإثيوبية توترا منذ نهاية العام الماضي، بعد أن أعاد الجيش السوداني انتشاره في منطقة الفشقة الزراعية التي ظل مزارعون إثيوبيون يستغلونها لسنوات.

ويرتبط البلدان باتفاقية للدفاع المشترك وقعت عام 1976، في عهد الرئيسين أنور السادات وجعفر نميري، قبل أن تتراجع العلاقات العسكرية خلال تسعينيات القرن الماضي.

وفي حي الموردة بأم درمان، قال صاحب محل لبيع الأسماك: «مصر والسودان حاجة واحدة، والنيل واحد. لو السد ده اتملى بالطريقة دي، نحنا أول ناس بنتضرر».""",
        [
            G("agreement.signed", "occurred", ["Egypt", "Sudan", "Mohamed Farid Hegazy", "Mohamed Othman al-Hussein"], []),
            # the GERD talks "تعثر مفاوضات ... لم تتوصل الدول الثلاث حتى الآن إلى اتفاق"
            G("agreement.signed", "stalled", ["Egypt", "Sudan", "Ethiopia"], [], core=False),
            # "نفى ... نية مصر إقامة قاعدة عسكرية في السودان"
            G("military.presence", "negated", ["Egypt"], ["Sudan"], core=False),
            # the Nile Eagles exercise at Merowe in November
            G("military.presence", "historical", ["Egypt"], ["Sudan"], core=False),
            # the joint defence agreement of 1976
            G("agreement.signed", "historical", ["Egypt", "Sudan"], [], core=False),
        ],
        not_targets=["Ethiopia", "United States", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-08-alyaoum24-morocco-and-cuba-restore-diplomatic-relations-2017",
        date(2017, 4, 22),
        """المغرب وكوبا يعيدان علاقاتهما الدبلوماسية بعد قطيعة دامت 37 سنة

الرباط - «اليوم 24»

قرر المغرب وجمهورية كوبا إعادة علاقاتهما الدبلوماسية على مستوى السفراء، بعد قطيعة استمرت سبعا وثلاثين سنة، وفق بلاغ مشترك وقعه بنيويورك، يوم الجمعة، السفير الممثل الدائم للمملكة لدى الأمم المتحدة عمر هلال والسفيرة الممثلة الدائمة لكوبا أنايانسي رودريغيز.

وجاء في البلاغ أن البلدين «قررا، طبقا لمبادئ ميثاق الأمم المتحدة والقانون الدولي، إعادة العلاقات الدبلوماسية بينهما»، وأنهما سيتبادلان فتح السفارتين في الرباط وهافانا في الأشهر المقبلة.

وكان المغرب قد قطع علاقاته مع كوبا في أبريل 1980، احتجاجا على اعتراف هافانا بما يسمى «الجمهورية العربية الصحراوية الديمقراطية»، التي أعلنتها جبهة البوليساريو، والتي تدعمها كوبا منذ ذلك الحين بمنح دراسية وبعثات طبية.

وقال مصدر دبلوماسي مغربي لـ«اليوم 24» إن القرار «ثمرة مسار بدأ بزيارة خاصة قام بها جلالة الملك محمد السادس إلى كوبا الشهر الماضي»، مضيفا أن الرباط «تنهج سياسة جديدة تقوم على الحضور بدل الكرسي الفارغ، حتى مع الدول التي تختلف معها في قضية الوحدة الترابية».

ولم تسحب كوبا اعترافها بالجمهورية المعلنة، كما لم يتضمن البلاغ المشترك أي إشارة إلى ملف الصحراء، وهو ما اعتبره محللون دليلا على أن الطرفين اختارا «فصل العلاقات الثنائية عن الخلاف السياسي».

ويأتي القرار بعد أقل من ثلاثة أشهر على عودة المغرب إلى الاتحاد الأفريقي في قمة أديس أبابا في يناير الماضي، بعد أزيد من ثلاثة عقود على انسحابه من منظمة الوحدة الأفريقية عام 1984.

ويرى الباحث في العلاقات الدولية بجامعة محمد الخامس أن الرباط «تسعى إلى تفكيك شبكة الدعم التقليدية للبوليساريو في أمريكا اللاتينية وأفريقيا»، مشيرا إلى أن كوبا «لم تعد تملك الثقل الذي كان لها في زمن الحرب الباردة، لكنها تبقى رمزا مؤثرا في أمريكا اللاتينية».

ولم يصدر عن جبهة البوليساريو أي تعليق رسمي، فيما نقلت وكالة أنباء جزائرية عن مصادر دبلوماسية أن الجزائر «تتابع الخطوة باهتمام».

وتعد كوبا من أبرز الوجهات التي يدرس فيها طلاب من مخيمات تندوف، إذ تخرج في جامعاتها مئات الأطباء والمهندسين منذ ثمانينيات القرن الماضي.

وفي مقهى بحي أكدال بالرباط، قال أستاذ متقاعد درس الأدب الإسباني: «كنا نقرأ عن كوبا في الكتب فقط. دابا نقدرو نمشيو نشوفو هافانا بعينينا، ويجيو الكوبيين عندنا».""",
        [
            G("relations.restored", "occurred", ["Morocco", "Cuba", "Omar Hilale"], []),
            # the embassies to be opened "في الأشهر المقبلة"
            G("relations.restored", "planned", ["Morocco", "Cuba"], [], core=False),
            # the return to the African Union in January
            G("alliance.joined", "historical", ["Morocco"], ["African Union"], core=False),
        ],
        not_targets=["Algeria", "Sahrawi Arab Democratic Republic", "Polisario Front"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-09-echorouk-mali-first-mixed-patrol-army-and-armed-groups-gao-2017",
        date(2017, 2, 24),
        """مالي: أول دورية مختلطة بين الجيش والحركات المسلحة تجوب شوارع غاو

غاو (مالي) - «الشروق»

انطلقت، أمس الخميس، في مدينة غاو شمالي مالي أول دورية مختلطة تضم عناصر من الجيش المالي ومقاتلين من تنسيقية حركات أزواد وتحالف «المنصة»، في إطار آلية التنسيق العملياتي التي نص عليها اتفاق السلم والمصالحة المنبثق عن مسار الجزائر.

وقال مسؤول في الآلية لـ«الشروق» إن الدورية ضمت نحو مئتي عنصر، في عربات تحمل شعار الوحدة المختلطة، وجابت الطريق الرئيسي للمدينة باتجاه المطار، وسط إجراءات أمنية مشددة وتحليق مروحيات تابعة لبعثة الأمم المتحدة.

وتم دمج عناصر الأطراف الثلاثة في وحدات مشتركة تخضع لقيادة موحدة، يتولاها ضابط من الجيش المالي يعاونه نائبان من التنسيقية والمنصة، على أن تتولى هذه الوحدات تأمين المدينة ومحيطها، تمهيدا لعودة الإدارة والخدمات.

وتأتي الدورية بعد خمسة أسابيع من الهجوم الانتحاري الذي استهدف في الثامن عشر من يناير الماضي معسكر الآلية في غاو، وأسفر عن مقتل أكثر من سبعين شخصا، في أعنف هجوم تشهده البلاد منذ سنوات، وتبنته جماعة «المرابطون».

ووقعت الحكومة المالية والحركات المسلحة اتفاق السلم والمصالحة في باماكو في مايو ويونيو 2015، بعد مفاوضات ماراثونية احتضنتها الجزائر، التي تترأس لجنة متابعة تنفيذ الاتفاق.

غير أن تشكيل الوحدات المختلطة في كيدال وتمبكتو، الذي كان مقررا في الوقت نفسه، لا يزال متعثرا بسبب خلافات بين الأطراف على حصص كل منها وعلى هوية القادة، وفق ما قالته مصادر في لجنة المتابعة.

وأشاد وزير الشؤون الخارجية الجزائري رمطان لعمامرة بالخطوة، واعتبرها «دليلا على أن الاتفاق حي وقابل للتطبيق»، داعيا الأطراف إلى «عدم الالتفات إلى محاولات الجماعات الإرهابية تخريب المسار».

وتنتشر في مالي منذ عام 2013 بعثة الأمم المتحدة «مينوسما»، إضافة إلى القوة الفرنسية «برخان» التي تتخذ من غاو مقرا لأكبر قواعدها في الساحل.

ويرى مراقبون أن نجاح الدوريات المختلطة شرط أساسي لبدء عملية نزع السلاح والتسريح وإعادة الإدماج، التي يفترض أن تشمل آلاف المقاتلين.

وفي سوق غاو الكبير، قال بائع أقمشة من قومية السونغاي: «رأيت الجندي ومقاتل الحركة في سيارة واحدة. قبل سنتين كانوا يتقاتلون هنا. إن شاء الله تدوم».""",
        [
            G("forces.integrated", "occurred", ["Mali", _FAMA], [_CMA, _PLATFORM]),
            # the agreement of May and June 2015
            G("agreement.signed", "historical", ["Mali", _CMA, _PLATFORM], [], core=False),
            # Kidal and Timbuktu "لا يزال متعثرا"
            G("forces.integrated", "stalled", ["Mali"], [_CMA, _PLATFORM], core=False),
            # MINUSMA "منذ عام 2013" and Barkhane in Gao
            G("military.presence", "historical", ["United Nations", "France"], ["Mali"], core=False),
        ],
        not_targets=["Algeria"],
        known_miss='the mixed units ("تم دمج عناصر الأطراف الثلاثة في وحدات مشتركة") give no integration',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-10-asharqalawsat-pakistan-to-send-troops-to-saudi-arabia-2018",
        date(2018, 2, 17),
        """باكستان ترسل قوات إلى السعودية في مهمة تدريب واستشارة

إسلام آباد - «الشرق الأوسط»

أعلن الجيش الباكستاني أنه سيرسل وحدة من قواته إلى المملكة العربية السعودية في مهمة تدريبية واستشارية، في إطار اتفاقية التعاون الأمني الثنائية بين البلدين، مؤكدا أن هذه القوات لن تستخدم خارج أراضي المملكة.

وقالت إدارة العلاقات العامة للقوات المسلحة الباكستانية، في بيان صدر في روالبندي عقب لقاء جمع قائد الجيش الجنرال قمر جاويد باجوا بالسفير السعودي لدى إسلام آباد نواف المالكي، إن «وحدة من القوات الباكستانية سترسل إلى المملكة في مهمة تدريب واستشارة»، دون أن تحدد عدد أفرادها أو موعد وصولهم.

وأضاف البيان أن القوات الباكستانية الموجودة في المملكة، أو التي سترسل إليها، «لن تنتشر خارج الأراضي السعودية»، في إشارة إلى الحرب في اليمن.

ونقلت وكالات أنباء عن مصادر عسكرية في إسلام آباد أن الوحدة الجديدة قد تضم نحو ألف جندي، وستتولى مهام تدريب القوات السعودية وتقديم المشورة لها.

وتحتفظ باكستان بوجود عسكري في المملكة منذ ثمانينيات القرن الماضي، يضم مدربين ومستشارين في القوات البرية والجوية، بموجب بروتوكول ثنائي وقعه البلدان عام 1982.

وكان البرلمان الباكستاني قد صوت في أبريل 2015 بالإجماع على قرار يدعو الحكومة إلى «التزام الحياد» في النزاع اليمني، رافضا طلبا سعوديا بالمشاركة بقوات برية وطائرات وسفن في عمليات «عاصفة الحزم»، ولم تشارك باكستان منذ ذلك الحين في العمليات العسكرية في اليمن.

وانضمت باكستان في ديسمبر من العام نفسه إلى التحالف الإسلامي العسكري لمحاربة الإرهاب الذي أعلنته الرياض، ويتولى قيادته العسكرية قائد الجيش الباكستاني السابق الجنرال راحيل شريف منذ العام الماضي.

وأثار الإعلان تساؤلات في مجلس الشيوخ الباكستاني، إذ طالب رئيس المجلس رضا رباني وزير الدفاع بالمثول أمام المجلس لتوضيح طبيعة المهمة، معتبرا أن الحكومة «لم تستشر البرلمان» في قرار يتعلق بنشر قوات خارج البلاد.

وقال وزير الدفاع خرم دستكير، في وقت لاحق، إن القوات «لن تشارك في أي عمليات قتالية»، وإن مهمتها «تندرج في إطار التعاون التقليدي بين البلدين».

وتعد السعودية أكبر مصدر للتحويلات المالية إلى باكستان، إذ يعمل فيها أكثر من مليوني باكستاني.

وفي سوق صدر بمدينة بيشاور، قال سائق شاحنة عمل سنوات في الدمام: «السعودية أعطتنا الخبز والعمل. إذا ذهب جنودنا ليعلموا جنودهم فلا بأس، أما الحرب في اليمن فلا».""",
        [
            G("military.presence", "planned", ["Pakistan"], ["Saudi Arabia"]),
            # Pakistan's trainers "منذ ثمانينيات القرن الماضي"
            G("military.presence", "historical", ["Pakistan"], ["Saudi Arabia"], core=False),
            # the protocol of 1982
            G("agreement.signed", "historical", ["Pakistan", "Saudi Arabia"], [], core=False),
            # "لم تشارك باكستان منذ ذلك الحين في العمليات العسكرية في اليمن"
            G("military.presence", "negated", ["Pakistan"], ["Yemen"], core=False),
            # the Islamic coalition joined in December 2015
            G("alliance.joined", "historical", ["Pakistan"], [_IMCTC], core=False),
        ],
        not_targets=["Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-11-arriyadiyah-saudi-club-lifts-suspension-signs-striker-2019",
        date(2019, 7, 18),
        """النادي يرفع الإيقاف عن قائده ويوقع مع مهاجم برازيلي قبل انطلاق الموسم

الرياض - «الرياضية»

رفعت إدارة النادي، أمس، عقوبة الإيقاف الداخلي التي كانت قد فرضتها على قائد الفريق الأول قبل شهرين، بعد أن قدم اعتذارا رسميا عن تصريحاته التلفزيونية التي انتقد فيها الجهاز الفني عقب الخروج من دور الثمانية في كأس الملك.

وقال المتحدث الرسمي باسم النادي لـ«الرياضية» إن اللاعب «عاد إلى التدريبات الجماعية منذ صباح اليوم، وسيكون متاحا للمدرب في معسكر النمسا»، مشيرا إلى أن الإدارة «أغلقت الملف نهائيا».

وفي سياق متصل، وقع النادي عقدا لمدة ثلاثة مواسم مع مهاجم برازيلي قادم من أحد أندية الدوري البرتغالي، لينضم إلى الفريق في المعسكر الإعدادي الذي يبدأ الأسبوع المقبل في النمسا، على أن يخضع للفحص الطبي فور وصوله.

كما مددت الإدارة عقد حارس المرمى المخضرم لموسم إضافي، بعد مفاوضات استمرت أسابيع بسبب خلاف على قيمة الراتب، فيما أعلنت انضمام ثلاثة لاعبين من فريق الشباب إلى قائمة الفريق الأول.

وكانت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم قد فرضت الشهر الماضي غرامة مالية على النادي بسبب تأخر فريقه في الخروج إلى الشوط الثاني في إحدى مباريات الدوري، ولم يعلق النادي على القرار.

وأوضح المتحدث أن الإدارة علقت مفاوضاتها مع لاعب وسط أرجنتيني بسبب مطالبه المالية المرتفعة، مضيفا أن «باب الانتقالات لا يزال مفتوحا، والجهاز الفني حدد مركزين يحتاجان إلى تدعيم».

ووقع النادي، في وقت سابق من الشهر الحالي، اتفاقية رعاية جديدة مع شركة اتصالات لمدة ثلاث سنوات، تعد الأكبر في تاريخه، كما وقع مذكرة تعاون مع أكاديمية إسبانية لتطوير الفئات السنية.

ويسعى الفريق إلى استعادة لقب الدوري الذي غاب عن خزائنه منذ سنوات، بعد موسم مخيب أنهاه في المركز الخامس، بفارق كبير عن المتصدر.

وعلى صعيد العلاقة مع الجماهير، قال رئيس رابطة المشجعين إن عودة القائد «تعيد المياه إلى مجاريها داخل غرفة الملابس»، داعيا الجماهير إلى الحضور بكثافة في المباراة الودية الأولى على ملعب النادي.

وفي أحد المقاهي الشعبية بحي البطحاء، قال مشجع قديم: «القائد غلط وتأسف، خلاص. المهم الحين نشوف البرازيلي يسجل، الجمهور ما يبي إلا الدوري».""",
        [],
        not_targets=["Brazil", "Portugal", "Argentina", "Spain", "Austria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h81-12-alqabas-economy-kuwaiti-banks-sign-merger-agreement-2019",
        date(2019, 12, 12),
        """بنكان كويتيان يوقعان اتفاقية اندماج لتكوين كيان مصرفي جديد

الكويت - «القبس» - اقتصاد

وقع بنكان كويتيان، أمس، اتفاقية اندماج مبدئية يتم بموجبها دمج أعمالهما في كيان مصرفي واحد، سيصبح ثاني أكبر بنك في البلاد من حيث حجم الأصول، بعد أشهر من الدراسات التي أعدها المستشارون الماليون والقانونيون للطرفين.

وبحسب إفصاح نشره البنكان على موقع بورصة الكويت، ستنضم فروع البنك المستوعَب، البالغ عددها أكثر من ثلاثين فرعا داخل الكويت، إلى شبكة البنك الدامج، على أن يحتفظ جميع العملاء بحساباتهم وشروطها دون تغيير خلال المرحلة الانتقالية.

وكانت البورصة قد علقت تداول سهمي البنكين صباح أمس لمدة ساعة، بانتظار نشر الإفصاح، قبل أن يستأنف التداول وسط ارتفاع ملحوظ في قيمة السهمين وكميات تداول تجاوزت المعدلات اليومية بثلاثة أضعاف.

وأوضح الرئيس التنفيذي للبنك الدامج أن الاندماج «سيخلق قيمة مضافة للمساهمين ويعزز قدرة الكيان الجديد على المنافسة إقليميا»، مشيرا إلى أن البنكين يتوقعان إتمام الصفقة خلال النصف الثاني من العام المقبل.

وكان البنكان قد مددا الشهر الماضي مذكرة التفاهم الموقعة بينهما لمدة ثلاثة أشهر إضافية، لإتاحة الوقت لاستكمال عملية التقييم المالي، بعد أن فرضت متطلبات الجهات الرقابية تقديم بيانات إضافية عن المحفظة الائتمانية.

وتحتاج الصفقة إلى موافقة بنك الكويت المركزي وهيئة أسواق المال والجمعيات العامة غير العادية للبنكين، إضافة إلى موافقة جهاز حماية المنافسة.

وقال محلل مالي في إحدى شركات الاستثمار إن السوق المصرفية الكويتية «مكتظة بالبنوك قياسا بحجم الاقتصاد»، متوقعا أن «تكون هذه الصفقة فاتحة لموجة من الاندماجات في القطاع خلال السنوات المقبلة».

وأشار المحلل إلى أن معامل التبادل المقترح بين السهمين يحتاج إلى «مراجعة دقيقة من صغار المساهمين»، لافتا إلى أن بعض الصناديق الاستثمارية أبدت تحفظات على التقييم.

ويأتي الإعلان في وقت تشهد فيه البنوك الخليجية موجة اندماجات، إذ أتمت بنوك في الإمارات والسعودية صفقات مماثلة خلال العامين الماضيين، سعيا إلى خفض التكاليف وتعزيز الملاءة المالية.

وكانت وكالة تصنيف دولية قد أبقت الشهر الماضي على التصنيف الائتماني للبنك الدامج عند مستواه، مع نظرة مستقبلية مستقرة.

وفي أحد فروع البنك بمنطقة حولي، قال متقاعد كويتي: «أنا عميل عندهم من ثلاثين سنة. ما يهمني اسم البنك، المهم الراتب ينزل في وقته والقرض ما يتغير».""",
        [],
        not_targets=["Kuwait", "United Arab Emirates", "Saudi Arabia"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout81_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout81_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout81_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
