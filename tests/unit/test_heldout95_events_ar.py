"""A ninety-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
earlier Arabic held-out sets: Arabic copy of 1993-2025 as the Arabic services of international
agencies and broadcasters, Arabic dailies' world pages and Gulf economic dailies carry news of
Africa, Asia and Latin America (a London daily's world page, "ماناغوا - «الشرق الأوسط»", with a
miner of Siuna; the Kuwaiti agency, "طوكيو - «كونا»", with a Karachi cotton trader; a London
daily's world page, "كراكاس - «العربي الجديد»", with a Maracaibo refinery worker; the Qatari
site, "كابل - «الجزيرة نت»", with a Kabul money changer; the French agency's Arabic service,
"سيدني - «وكالة الصحافة الفرنسية»", with a Suva taxi driver; a Bahraini daily's economy page,
"المنامة - «الوطن» - اقتصاد", with a contractor's clerk; a Dubai daily's economy page, "أبوظبي -
«البيان» - اقتصاد", with a Kericho tea exporter; the British broadcaster's Arabic service,
"طرابلس - «بي بي سي عربي»", with a cattle trader of Geneina; the Spanish agency's Arabic service,
"سان سلفادور - «إفي»", with a fruit seller; the Abu Dhabi channel's site, "داكار - «سكاي نيوز
عربية»", with a Gambian cloth seller; a Qatari daily's sports page, "الدوحة - «الراية» - رياضة",
with an Al Sadd fan; and a Saudi economic daily, "الرياض - «الاقتصادية»", with a retired trader) on
episodes the earlier sets do not carry as core news: the US Treasury listing Nicaragua's state
mining company ENIMINAS, June 2022; Japan lifting the sanctions of 1998 on India and Pakistan,
October 2001; the United States suspending its oil and gas sanctions on Venezuela for six months
after the Barbados agreement, October 2023; the Security Council extending by Resolution 2716 the
mandate of the Taliban sanctions monitoring team, December 2023; Australia's Alexander Downer
threatening Fiji's military with sanctions on the eve of Bainimarama's coup, December 2006;
Bahrain admitted to the Asian Infrastructure Investment Bank, May 2017; the UAE and Kenya signing
their comprehensive economic partnership agreement, January 2025; Sudan and Chad restoring
relations at Tripoli after the Omdurman attack, November 2008; the first former FMLN fighters
taken into El Salvador's National Civil Police, 1993; Senegalese troops entering the Gambia with
ECOWAS, January 2017.
Searched before writing in ALL earlier held-out files of both languages (up to set 114 English and
91 Arabic, set 92 Arabic and set 115 English on their branches; sets 93 and 94 had no file yet) by
states, bodies, people, places, company and resolution numbers in Arabic and English spellings,
reading the hits: "ENIMINAS"/"إينيميناس" (set 16 English names the listing in one background
line); Japan beside India or Pakistan with a lifting (none: set 36 English is Japanese lending to
Pakistan in 2001 as background, sets 100 English and 71 and 8 Arabic Iranian-oil waivers);
"General License 44" (sets 7 and 108 English name it only as background or its end), "فنزويلا"
beside "تعليق"/"تخفيف" (none); "2716" (none); "Bainimarama"/"فيجي" beside a threat (none: set 102
English carries the sanctions after the coup and their end); "AIIB" beside Bahrain (none); Kenya
beside the UAE and a CEPA (none); Chad beside Sudan with "restor"/"normal"/"2008" (none: set 91
Arabic and 98 English carry their joint border force of 2010); "FMLN"/"فارابوندو" (none);
"ECOMIG"/"إيكوميغ" and Senegal beside the Gambia (set 58 English a historical presence, set 76
English a planned one, not core). Some seventy other candidates were dropped because the search
found them as core news (among them Timor-Leste in ASEAN, Saudi Arabia and Thailand, Nepal's
Maoists, the India-UAE CEPA, Myanmar's and Zimbabwe's suspensions, Rwanda in Mozambique and in the
Central African Republic, Somalia and Kenya, Iran and the Maldives, Iran and Senegal, Brazil and
Venezuela, Thailand and Cambodia, Ecuador and Colombia, Rwanda and France, Chad, Mauritania and
Bahrain with Qatar, Algeria and Spain, Burkina Faso and China, the RAB, Kun Kim, Dalian, Huawei,
Muttaqi, Lesotho, Sanogo, the Iran-Pakistan pipeline, ECOWAS on Burkina Faso, Uganda's law, the
Comoros, Seychelles, Laos, Afghanistan and Liberia in the WTO, Algeria, Egypt, Bangladesh and
Colombia in the NDB, South Sudan in the EAC, UNITA, the FNL, the Ethiopian special forces, the
Kenyan force in Goma and SAMIDRC).
Facts the writer is unsure of: the day of the ENIMINAS listing (17 June 2022) and the number of
officials whose visas were restricted; the day of Japan's decision (26 October 2001) and who
announced it; the terms of the Venezuelan licences (General Licences 44 and 43, the bonds) and
Blinken's words; the day and wording of Downer's and Clark's warnings (written as of 1 December
2006) and the ships; the day Bahrain was admitted, the other six members admitted with it and the
membership count; the signatories of the UAE-Kenya agreement and the trade figure; the place, day
and mediators of the Sudan-Chad restoration (written as of 9 November 2008 at Tripoli); the day,
size and place of the first PNC graduation with former FMLN fighters (written as of 1 March 1993);
the Senegalese spokesman and the ECOWAS force's size.

Ten carry core events of the ten alertable types (ten core events), all occurred, next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Qatari football page (a club that "رفعت … الإيقاف", a contract "مدد", "انضمام
لاعب", a club that "وقع … عقدا", a committee that "فرضت … غرامة" and "علقت مشاركة", ticket sales
"علقت", teams "نشرت", a federation that "وقع … اتفاقية تعاون" with the Japanese federation) and a
Saudi markets page (a bourse that "علقت التداول", two firms that "وقعتا مذكرة تفاهم", an airline's
"انضمامها إلى تحالف عالمي", an agreement "مددت", a regulator that "فرضت غرامات" and "رفعت
الإيقاف").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على الشركة
النيكاراغوية للتعدين «إينيميناس»" imposes (core; the United States; ENIMINAS, absent from the
knowledge base, and Nicaragua), the State Department's visa restrictions the same day an occurred
imposition (not core), the sanctions on Rosario Murillo "في نوفمبر 2018" a historical imposition,
"لم تفرض حتى الآن حظرا شاملا على واردات الذهب" a negated imposition; the Canadian and Chinese
mining firms are no targets. A government that "رفعت … العقوبات الاقتصادية التي فرضتها على
الهند وباكستان" lifts (core; Japan and Fukuda), the sanctions "في مايو 1998" a historical
imposition, Bush's lifting a month before a historical lifting, Pakistan's joining the coalition
a historical joining. A United States that "علقت … لمدة ستة أشهر العقوبات المفروضة على قطاع النفط
والغاز في فنزويلا" suspends (core; Venezuela and PDVSA), the Barbados agreement signed the day
before an occurred signing (not core), Blinken's "ستعيد فرض العقوبات إذا لم تف" an occurred threat
(not core), "لم تشمل الخطوة رفع العقوبات عن مادورو" a negated lifting, the PDVSA sanctions "في
يناير 2019" a historical imposition. A council that "مدد … ولاية فريق الدعم التحليلي ورصد الجزاءات
… مبقيا على تجميد الأصول" extends (core; the Security Council; the Taliban and Afghanistan), as the
Darfur panel's renewal was read in set 90; the regime "عام 1999" a historical imposition, "لم يرفع
أي اسم" a negated lifting, the travel exemptions granted before a historical suspension. A minister
who "هددت أستراليا … بفرض عقوبات على فيجي إذا أقدم قائد الجيش" threatens (core; Australia and
Downer; Fiji and Bainimarama), Clark's "ستتخذ «إجراءات قاسية»" an occurred threat (not core), the
sanctions after the coup of 2000 a historical imposition, "نفى داونر أن تكون بلاده تنوي التدخل
عسكريا" a negated presence. A state that "انضمت … رسميا إلى البنك الآسيوي للاستثمار في البنية
التحتية" joins (core; Bahrain; the AIIB), the six others admitted an occurred joining (not core),
the Gulf founders "عام 2015" a historical joining, "لم تنضم الولايات المتحدة واليابان" a negated
joining, the memorandum "الشهر الماضي" a historical signing; China is no target. Two states that
"وقعت … اتفاقية الشراكة الاقتصادية الشاملة" sign (core; the UAE, Kenya and their presidents), the
CEPA with India "في فبراير 2022" and Kenya's agreement with the EU "في ديسمبر 2023" historical
signings, the talks with the United States "متعثرة" a stalled signing. Two states that "أعلن …
استئناف العلاقات الدبلوماسية بينهما" restore ties (core; Sudan and Chad; Libya, the host, no
party), the Dakar accord "في مارس الماضي" a historical signing, the joint force that "لم يتحقق
بعد" a stalled presence, the European force around the camps a historical presence. A state that
"دمجت … أول دفعة من المقاتلين السابقين في جبهة فارابوندو مارتي … في صفوف الشرطة المدنية
الوطنية" integrates forces (core; the FMLN and El Salvador; the National Civil Police, none in the
knowledge base), the Chapultepec accords "في يناير 1992" a historical signing, "لم تدمج حتى الآن
أيا من عناصر كتائب المشاة للرد السريع" a negated integration. Troops that "دخلت … أراضي غامبيا
ضمن قوة تابعة للمجموعة الاقتصادية لدول غرب أفريقيا" are a presence (core; Senegal and ECOWAS; the
Gambia), the Nigerian aircraft an occurred presence (not core), the force "ستنشر … نحو سبعة آلاف
جندي" a planned presence (not core), the intervention "عام 1981" a historical presence, "لم تفرض
«إيكواس» حتى الآن أي عقوبات على جامع" a negated imposition; ECOWAS's pause of its operations
("تعليق العمليات العسكرية مؤقتا") is no sanction, and Guinea and Mauritania, the mediators, no
targets. The Qatari sports page and the Saudi markets page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.588, R 0.900, F1 0.711 (recall
9/10, precision 10/17); occurred core found 9/10; historical kept quiet 15/16, negated 6/7,
stalled 2/2. No annotation was changed after the run. Missed: the former guerrillas taken into the
police (ar-h95-09), "دمجت السلفادور … أول دفعة من المقاتلين السابقين في جبهة فارابوندو مارتي …
في صفوف الشرطة المدنية الوطنية", gives no integration (the verb's object is the fighters, the
state the subject, and neither the front nor the police is in the knowledge base; only the negated
one is read). False alarms and unexpected alerts: in ar-h95-01 the Treasury's "فرضت وزارة الخزانة
الأميركية … عقوبات على الشركة النيكاراغوية للتعدين" is read a second time as an imposition by the
Treasury with no target (the company, unknown, is not taken for one); in ar-h95-03 "ورفعت الحظر عن
تداول سندات فنزويلية" is read as an occurred lifting on Venezuela (gold has only the negated
lifting on Maduro) and "وأصدرت وزارة الخزانة الأميركية ترخيصا عاما" as a second suspension with no
target; in ar-h95-05 the measures Downer lists, "تشمل حظر السفر … وتعليق التعاون العسكري", and
those of 2000, "شملت تعليق الاتصالات العسكرية", are read as occurred suspensions (the nouns of a
threatened or past package), and "«ستفرض عقوبات ذكية على قادة أي انقلاب»" as a planned imposition
by Fiji on Australia; in ar-h95-08 the background "وتوقف حركة القوافل التجارية" is read as an
occurred imposition by Libya and Sudan. Seen, not counted by the score: Japan's historical
imposition of 1998 has no target; the Taliban extension and the Venezuelan suspension have no
Afghanistan and no target; the ENIMINAS imposition has Nicaragua as an actor; Kenya's historical
agreement with the EU is read as stalled together with the American talks; the UAE-Kenya signing
has no leaders; the Senegalese presence has no ECOWAS; Bahrain's fellow members, the Gulf
founders, the negated joining of the United States and Japan, Clark's threat, the Nigerian
aircraft and the planned ECOWAS force are not read. The two near misses raise nothing. Five
articles are strict xfails (ar-h95-09 on its core event, ar-h95-01, -03, -05 and -08 on their
alerts).

After the fixes of 2026-12-07: events P 0.714, R 0.900, F1 0.796 (recall 9/10, precision 10/14); after
the merge with set 93's fixes, P 0.769, R 0.900, F1 0.829 (precision 10/13).
Two general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout95_rules_ar.py``: the intransitive "توقف" (trade that came to a halt, "بعد توقف حركة
الحافلات التجارية") is no longer a trigger of an imposed trade measure, which the transitive "أوقف"
("أوقفت الجزائر التبادل التجاري مع إسبانيا") stays; ar-h95-08's false alarm is cured and its strict
xfail removed. And the verbal noun "تعليق" followed by a definite object of its own that is no
sanctions word ("عقوبات … شملت تعليق الاتصالات الرسمية", "تشمل حظر السفر وتعليق التعاون
العسكري") is one of the measures of a package, no suspension of sanctions, as "suspended
high-level political contacts" already is in English (the check ``_own_other_object`` of the
Arabic liftings, now for that noun too); "تعليق التدابير التقييدية المفروضة" and "تعليق العقوبات"
stay suspensions, and so does "تعليق العمل ب…", a law's application suspended. ar-h95-05's two suspensions are gone; its strict xfail stays with a new reason,
the quoted "«ستفرض عقوبات ذكية على قادة أي انقلاب»" read as a planned imposition by Fiji on
Australia instead of the threat it repeats. Left, as strict xfails, for want of time before this
round's deadline: the fighters taken into the police (ar-h95-09: a state that integrates another
party's fighters into a body neither of which the knowledge base holds) and the Venezuelan licence
read as a second suspension (ar-h95-03). The Treasury's imposition read twice (ar-h95-01, the
unknown company no target) was cured on merging set 93's fixes (a targetless occurred imposition by
a state's ministry joins that state's own imposition); its strict xfail is removed. Of ar-h95-03's alarms, "ورفعت الحظر عن تداول سندات فنزويلية" is an
annotation error more than a fault: the ban on trading the bonds, lifted, is a lifting on
Venezuela a reader would expect; the annotation is left as it was written.
ar-h95-05 cured by ``test_general_misses7_rules_ar.py``'s travel ban to the imposer's own land (no
target, so the quoted plan retells the threat); its strict xfail removed.
ar-h95-09 cured by ``test_heldout104_rules_ar.py``'s fighters taken "في صفوف الشرطة" past their
long description; its strict xfail removed.

``python -m tests.unit.test_heldout95_events_ar`` prints every article's alerts and the set's
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-01-asharqalawsat-us-sanctions-nicaragua-gold-company-eniminas-2022",
        date(2022, 6, 18),
        """واشنطن تفرض عقوبات على شركة التعدين الحكومية في نيكاراغوا وتقيد تأشيرات 93 مسؤولا

ماناغوا - «الشرق الأوسط»

فرضت وزارة الخزانة الأميركية، أمس الجمعة، عقوبات على الشركة النيكاراغوية للتعدين «إينيميناس»، المملوكة للدولة، متهمة حكومة الرئيس دانيال أورتيغا باستخدام عائدات الذهب لتمويل أجهزة القمع، وقررت تجميد أي أصول للشركة تخضع للولاية الأميركية وحظر التعامل معها.

وقال مكتب مراقبة الأصول الأجنبية في بيان إن الشركة «تمنح امتيازات التعدين لمقربين من النظام»، وإن قطاع الذهب بات أهم مصدر للعملة الصعبة في البلاد بعد تراجع الاستثمارات الأجنبية. وفي اليوم نفسه، أعلنت وزارة الخارجية الأميركية فرض قيود على تأشيرات 93 مسؤولا نيكاراغويا، بينهم قضاة ونواب وعناصر في الشرطة، بسبب «دورهم في تقويض الديمقراطية».

وتأتي الخطوة بعد أشهر من انتخابات نوفمبر الماضي التي فاز فيها أورتيغا بولاية رابعة متتالية، في غياب أبرز منافسيه الذين اعتقلوا قبل الاقتراع، وهي انتخابات وصفتها واشنطن وعواصم أوروبية بأنها «مسرحية».

وكانت الولايات المتحدة قد فرضت في نوفمبر 2018 عقوبات على نائبة الرئيس وزوجته روزاريو موريو، ثم وسعت القائمة لتشمل عددا من أبنائهما وقادة في الشرطة الوطنية.

غير أن واشنطن لم تفرض حتى الآن حظرا شاملا على واردات الذهب النيكاراغوي، الذي تذهب نسبة كبيرة منه إلى السوق الأميركية، وقال مسؤول في الخزانة إن الإدارة «تدرس كل الخيارات».

وردت الحكومة النيكاراغوية ببيان وصفت فيه الإجراءات بأنها «عدوان إمبريالي جديد»، مؤكدة أن الشركات الكندية والصينية العاملة في المناجم ستواصل عملها بشكل طبيعي. وقال وزير المالية إن صادرات الذهب ستسجل هذا العام «أرقاما قياسية رغم الحصار».

ويرى خبراء في الاقتصاد أن تأثير العقوبات على الشركة الحكومية سيبقى محدودا، لأن معظم الإنتاج تتولاه شركات خاصة أجنبية، لكنهم يحذرون من أن المصارف الدولية قد تتشدد في تمويل القطاع خشية التعرض لعقوبات ثانوية.

وفي بلدة سيونا، إحدى مناطق التعدين في الشمال، قال عامل منجم يعيل خمسة أطفال: «نحن لا نعرف شيئا عن الحسابات في الخارج. نعرف فقط أن الأجر لا يكفي، وأخشى أن يدفع العمال ثمن هذه العقوبات قبل أي مسؤول».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["ENIMINAS", "Nicaragua"]),
            # the State Department's visa restrictions on 93 officials, the same day
            G("sanctions.imposed", "occurred", [_US], ["Nicaragua"], core=False),
            # "فرضت في نوفمبر 2018 عقوبات على نائبة الرئيس وزوجته روزاريو موريو"
            G("sanctions.imposed", "historical", [_US], ["Rosario Murillo", "Nicaragua"], core=False),
            # "لم تفرض حتى الآن حظرا شاملا على واردات الذهب النيكاراغوي"
            G("sanctions.imposed", "negated", [_US], ["Nicaragua"], core=False),
        ],
        not_targets=["Canada", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-02-kuna-japan-lifts-nuclear-test-sanctions-on-india-and-pakistan-2001",
        date(2001, 10, 27),
        """اليابان ترفع العقوبات الاقتصادية عن الهند وباكستان

طوكيو - «كونا»

رفعت الحكومة اليابانية، أمس الجمعة، العقوبات الاقتصادية التي فرضتها على الهند وباكستان بعد تجاربهما النووية، في خطوة قالت إنها تهدف إلى دعم الاستقرار في جنوب آسيا وتعزيز التعاون مع البلدين في الحرب على الإرهاب.

وأعلن كبير أمناء مجلس الوزراء ياسو فوكودا في مؤتمر صحافي أن القرار يشمل استئناف القروض الميسرة الجديدة والمساعدات الاقتصادية التي جمدت قبل أكثر من ثلاث سنوات، موضحا أن طوكيو «ستواصل حث البلدين على الانضمام إلى معاهدة حظر التجارب النووية».

وكانت اليابان قد فرضت العقوبات في مايو 1998، بعد أيام من التجارب النووية التي أجرتها الهند في بوكران ثم باكستان في جبال تشاغاي، فعلقت القروض الجديدة والمنح غير الإنسانية، ودعت المؤسسات المالية الدولية إلى التريث في تمويل مشاريع البلدين.

وتأتي الخطوة اليابانية بعد نحو شهر من قرار الرئيس الأميركي جورج بوش رفع العقوبات الأميركية المفروضة على البلدين للسبب ذاته، في أعقاب هجمات الحادي عشر من سبتمبر وانضمام إسلام آباد إلى التحالف الدولي ضد حركة طالبان.

وقال فوكودا إن بلاده ستدرس تقديم مساعدات عاجلة لباكستان لمساعدتها على مواجهة تدفق اللاجئين الأفغان، مضيفا أن حجم القروض الجديدة «سيحدد لاحقا بالتشاور مع الجانبين».

وأكد مسؤولون في وزارة الخارجية اليابانية أن رفع العقوبات لا يعني التخلي عن الموقف الياباني الرافض للسلاح النووي، مشيرين إلى أن اليابان، البلد الوحيد الذي تعرض لهجوم نووي، ستواصل المطالبة بوقف التجارب وبضبط صادرات التكنولوجيا الحساسة.

ورحبت نيودلهي بالقرار، وقال متحدث باسم الخارجية الهندية إنه «يعكس عمق العلاقات بين البلدين». كما رحبت إسلام آباد، التي تعاني من أزمة ديون خانقة، بالخطوة واعتبرتها «دعما في وقت حرج».

ويبلغ حجم القروض اليابانية الميسرة للهند وباكستان معا أكثر من مليار دولار سنويا قبل عام 1998، وكانت اليابان أكبر مانح ثنائي للبلدين، وتمول مشاريع في قطاعات الكهرباء والطرق ومياه الشرب، توقف كثير منها طوال السنوات الثلاث الماضية.

وفي سوق القطن بمدينة كراتشي، قال تاجر منسوجات يصدر إلى اليابان منذ عشرين عاما: «توقفت مشاريع كثيرة في 1998 وانتظرنا طويلا. القرار جاء متأخرا، لكنه يفتح الباب أمام المصانع لتجديد آلاتها بقروض أرخص».""",
        [
            G("sanctions.lifted", "occurred", ["Japan", "Yasuo Fukuda"], ["India", "Pakistan"]),
            # "فرضت العقوبات في مايو 1998"
            G("sanctions.imposed", "historical", ["Japan"], ["India", "Pakistan"], core=False),
            # Bush's lifting "بعد نحو شهر" before, told as background
            G("sanctions.lifted", "historical", [_US, "George W. Bush"], ["India", "Pakistan"], core=False),
            # Pakistan's joining the coalition against the Taliban: background
            G("alliance.joined", "historical", ["Pakistan"], [], core=False),
        ],
        not_targets=["Afghanistan", "Taliban"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-03-alarabyaljadeed-us-suspends-venezuela-oil-sanctions-six-months-2023",
        date(2023, 10, 19),
        """واشنطن تعلق عقوبات النفط والغاز على فنزويلا لستة أشهر بعد اتفاق بربادوس

كراكاس - «العربي الجديد»

علقت الولايات المتحدة، مساء الأربعاء، لمدة ستة أشهر العقوبات المفروضة على قطاع النفط والغاز في فنزويلا، بعد يوم من توقيع حكومة الرئيس نيكولاس مادورو والمعارضة اتفاقا في بربادوس على إجراء انتخابات رئاسية في النصف الثاني من العام المقبل.

وأصدرت وزارة الخزانة الأميركية ترخيصا عاما يسمح بالتعامل مع شركة النفط الحكومية «بي دي في إس إيه» في عمليات الإنتاج والتصدير حتى أبريل المقبل، كما أجازت التعامل مع شركة الذهب الحكومية «مينيرفين»، ورفعت الحظر عن تداول سندات فنزويلية في السوق الثانوية.

وقال وزير الخارجية أنتوني بلينكن في بيان إن واشنطن «ستعيد فرض العقوبات» إذا لم تف كراكاس بالتزاماتها، ومنها تحديد جدول زمني لرفع الحظر عن ترشح المعارضين والإفراج عن السجناء السياسيين قبل نهاية نوفمبر.

ولم تشمل الخطوة رفع العقوبات عن مادورو نفسه ولا عن عشرات المسؤولين الخاضعين لتجميد الأصول وحظر السفر، بحسب مسؤول أميركي تحدث للصحافيين.

وكانت إدارة الرئيس السابق دونالد ترامب قد فرضت في يناير 2019 عقوبات على «بي دي في إس إيه»، حرمت فنزويلا من أكبر أسواقها، وأدت إلى تراجع الإنتاج إلى أدنى مستوياته منذ عقود.

ويتوقع محللون في قطاع الطاقة أن تضيف فنزويلا ما بين مئة ومئتي ألف برميل يوميا خلال الأشهر المقبلة، إذا تمكنت من جذب الاستثمارات اللازمة لإصلاح المنشآت المتهالكة، فيما انخفضت أسعار الخام في التعاملات الآسيوية بعد الإعلان.

ورحبت الحكومة الفنزويلية بالقرار، لكنها وصفت العقوبات بأنها «غير شرعية» من الأساس، فيما قالت المعارضة إن الاختبار الحقيقي سيكون في السماح للمرشحة ماريا كورينا ماتشادو بخوض الانتخابات.

وتملك فنزويلا أكبر احتياطيات نفطية مؤكدة في العالم، لكن إنتاجها تراجع من أكثر من ثلاثة ملايين برميل يوميا مطلع القرن إلى أقل من ثمانمئة ألف برميل حاليا، بسبب سوء الإدارة ونقص الاستثمار وهجرة الكفاءات.

وفي مدينة ماراكايبو، قال عامل في إحدى المصافي: «رأينا هذا الفيلم من قبل. نحتاج قطع غيار ورواتب محترمة، وستة أشهر لا تكفي لإصلاح ما تهدم في سنوات، لكنها أفضل من لا شيء».""",
        [
            G("sanctions.suspended", "occurred", [_US], ["Venezuela", "PDVSA"]),
            # the Barbados agreement "توقيع حكومة الرئيس نيكولاس مادورو والمعارضة اتفاقا": a day before
            G("agreement.signed", "occurred", ["Venezuela", "Nicolás Maduro"], [], core=False),
            # "ستعيد فرض العقوبات إذا لم تف كراكاس بالتزاماتها"
            G("sanctions.threatened", "occurred", [_US, "Antony Blinken"], ["Venezuela"], core=False),
            # "ولم تشمل الخطوة رفع العقوبات عن مادورو نفسه"
            G("sanctions.lifted", "negated", [_US], ["Nicolás Maduro"], core=False),
            # "فرضت في يناير 2019 عقوبات على «بي دي في إس إيه»"
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["PDVSA", "Venezuela"], core=False),
        ],
        not_targets=["Barbados"],
        known_alarm='"ورفعت الحظر عن تداول سندات فنزويلية" is an occurred lifting on Venezuela and "وأصدرت … ترخيصا عاما" a second suspension with no target',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-04-aljazeeranet-unsc-extends-taliban-sanctions-monitoring-team-2023",
        date(2023, 12, 15),
        """مجلس الأمن يمدد ولاية فريق رصد العقوبات المفروضة على طالبان عاما إضافيا

كابل - «الجزيرة نت»

مدد مجلس الأمن الدولي، أمس الخميس، لمدة اثني عشر شهرا ولاية فريق الدعم التحليلي ورصد الجزاءات المعني بحركة طالبان، مبقيا على تجميد الأصول وحظر السفر وحظر السلاح المفروضة على قادة في الحركة بموجب نظام العقوبات القائم.

واعتمد المجلس القرار 2716 بالإجماع، وطلب من الفريق تقديم تقارير دورية عن صلات طالبان بالجماعات المسلحة الأخرى، وعن مصادر تمويلها، بما في ذلك عائدات المخدرات والتعدين.

ويعود نظام العقوبات إلى عام 1999، حين فرض مجلس الأمن بموجب القرار 1267 عقوبات على حكومة طالبان الأولى لرفضها تسليم أسامة بن لادن، قبل أن يفصل المجلس عام 2011 قائمة طالبان عن قائمة تنظيم القاعدة.

وطالبت حكومة طالبان مرارا منذ عودتها إلى الحكم في أغسطس 2021 برفع أسماء وزرائها من القائمة، معتبرة أن العقوبات تعرقل التعامل مع العالم. غير أن المجلس لم يرفع أي اسم من قادة الحركة، واكتفت لجنته بمنح استثناءات محدودة من حظر السفر لبعض المسؤولين لحضور اجتماعات في الخارج.

وقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد إن تمديد ولاية الفريق «يتجاهل الواقع الجديد في أفغانستان»، داعيا الدول الأعضاء إلى «التعامل مع الحكومة القائمة بدلا من فرض القيود عليها».

في المقابل، قال دبلوماسيون في نيويورك إن أي مراجعة للعقوبات مرهونة بخطوات ملموسة في ملف تعليم الفتيات وعمل النساء، وهي قضايا لم تحرز فيها الحركة تقدما يذكر منذ أكثر من عامين.

ويعقد المجلس في الأسابيع المقبلة مشاورات حول تقرير المنسق الخاص فريدون سينيرلي أوغلو، الذي اقترح تعيين مبعوث أممي خاص لأفغانستان، وهو مقترح ترفضه طالبان.

ويضم الفريق خبراء في مكافحة الإرهاب وتمويله وفي حظر السلاح، ويرفع تقاريره إلى لجنة العقوبات التي تتخذ قراراتها بالإجماع، وقد حذر في تقريره الأخير من استمرار وجود مقاتلين أجانب على الأراضي الأفغانية.

وفي سوق الصرافين وسط كابل، قال صراف في الأربعين من عمره: «التحويلات من الخارج صعبة أصلا، والبنوك الأجنبية تخاف من أي اسم أفغاني. لا أعرف ما الذي يفعله هذا الفريق، لكنني أعرف أن تجارتي تتراجع كل عام».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Taliban", "Afghanistan"]),
            # "فرض مجلس الأمن بموجب القرار 1267 عقوبات على حكومة طالبان الأولى" (1999)
            G("sanctions.imposed", "historical", [_UNSC], ["Taliban"], core=False),
            # "غير أن المجلس لم يرفع أي اسم من قادة الحركة"
            G("sanctions.lifted", "negated", [_UNSC], ["Taliban"], core=False),
            # the committee's travel exemptions, told in general, past
            G("sanctions.suspended", "historical", [_UNSC], ["Taliban"], core=False),
        ],
        not_targets=["Al-Qaeda"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-05-afp-arabic-australia-warns-fiji-military-of-sanctions-2006",
        date(2006, 12, 2),
        """أستراليا تلوح بعقوبات على فيجي إذا نفذ الجيش انقلابا

سيدني - «وكالة الصحافة الفرنسية»

هددت أستراليا، أمس الجمعة، بفرض عقوبات على فيجي إذا أقدم قائد الجيش الأميرال فرانك باينيماراما على الإطاحة بحكومة رئيس الوزراء لايسينيا قاراسي، في وقت تتصاعد فيه المواجهة بين الجيش والحكومة في الأرخبيل الواقع جنوب المحيط الهادئ.

وقال وزير الخارجية الأسترالي ألكسندر داونر للصحافيين في كانبيرا إن بلاده «ستفرض عقوبات ذكية على قادة أي انقلاب»، تشمل حظر السفر إلى أستراليا وتعليق التعاون العسكري والمساعدات، مضيفا أن «الديمقراطية في فيجي ليست لعبة».

كما حذرت رئيسة وزراء نيوزيلندا هيلين كلارك من أن ويلينغتون ستتخذ «إجراءات قاسية» بحق قادة الجيش إذا استولوا على السلطة، بعد محادثات استضافتها في ويلينغتون بين قاراسي وباينيماراما لم تسفر عن اتفاق.

ويطالب باينيماراما الحكومة بسحب مشروعات قوانين يقول إنها تمنح العفو لمتورطين في انقلاب عام 2000، الذي قاده جورج سبايت واحتجز خلاله رئيس الوزراء آنذاك مهندرا تشودري وأعضاء حكومته رهائن لأسابيع. وكانت أستراليا ونيوزيلندا قد فرضتا بعد ذلك الانقلاب عقوبات على فيجي، شملت تعليق الاتصالات العسكرية وقيودا على التأشيرات.

ونفى داونر أن تكون بلاده تنوي التدخل عسكريا لحماية الحكومة، رغم طلب قاراسي، مؤكدا أن السفن الأسترالية الموجودة في المنطقة «مخصصة فقط لإجلاء الرعايا إذا لزم الأمر».

وأجرى الجيش الفيجي خلال الأسبوع الجاري تدريبات في شوارع العاصمة سوفا، وصادر أسلحة من مستودعات الشرطة، فيما دعا مجلس الزعماء التقليديين إلى الحوار.

ويرى محللون في سيدني أن العقوبات قد تضر بقطاع السياحة الذي يعد أهم مصدر للدخل في فيجي، لكنهم يشككون في قدرتها على ثني الجيش عن خطته.

ويبلغ عدد سكان فيجي نحو تسعمئة ألف نسمة، يشكل المنحدرون من أصل هندي قرابة ثلثهم، وقد شهدت البلاد منذ استقلالها عن بريطانيا عام 1970 ثلاثة انقلابات، غذتها في الغالب التوترات بين السكان الأصليين والهنود.

وفي سوق سوفا المركزي، قال سائق سيارة أجرة من أصل هندي: «عشنا انقلاب 1987 وانقلاب 2000، ولا نريد ثالثا. السياح بدأوا يلغون حجوزاتهم، ونحن الذين سندفع الثمن مهما فعلت أستراليا».""",
        [
            G("sanctions.threatened", "occurred", ["Australia", "Alexander Downer"], ["Fiji", "Frank Bainimarama"]),
            # Clark's warning "ستتخذ «إجراءات قاسية» بحق قادة الجيش"
            G("sanctions.threatened", "occurred", ["New Zealand", "Helen Clark"], ["Fiji"], core=False),
            # "قد فرضتا بعد ذلك الانقلاب عقوبات على فيجي" (2000)
            G("sanctions.imposed", "historical", ["Australia", "New Zealand"], ["Fiji"], core=False),
            # "نفى داونر أن تكون بلاده تنوي التدخل عسكريا"
            G("military.presence", "negated", ["Australia"], ["Fiji"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-06-alwatan-bahrain-economy-bahrain-joins-aiib-2017",
        date(2017, 5, 14),
        """البحرين تنضم إلى البنك الآسيوي للاستثمار في البنية التحتية

المنامة - «الوطن» - اقتصاد

انضمت مملكة البحرين رسميا إلى البنك الآسيوي للاستثمار في البنية التحتية، بعد أن وافق مجلس محافظي البنك، أمس السبت، على قبول سبعة أعضاء جدد، بينهم البحرين وتشيلي وبوليفيا واليونان وقبرص ورومانيا وساموا.

وقال رئيس البنك جين لي تشون في بيان صادر من بكين إن توسع العضوية إلى 77 دولة «يؤكد الثقة المتزايدة في نموذج البنك»، مشيرا إلى أن البنك يتوقع تمويل مشاريع بقيمة تتجاوز ملياري دولار هذا العام.

وأكدت وزارة المالية البحرينية أن الانضمام سيتيح للمملكة الاستفادة من تمويل مشاريع في قطاعات الطاقة والنقل والمياه، وتعزيز الشراكة الاقتصادية مع الصين ودول آسيا، في إطار رؤية البحرين الاقتصادية 2030.

ويأتي انضمام البحرين بعد أن سبقتها إلى البنك الدول الخليجية الأخرى، إذ انضمت السعودية والإمارات وقطر والكويت وسلطنة عمان بين الأعضاء المؤسسين عام 2015.

وكانت الصين قد أطلقت البنك رسميا في يناير 2016 برأسمال يبلغ مئة مليار دولار، في خطوة اعتبرها محللون منافسة للبنك الدولي وبنك التنمية الآسيوي، فيما لم تنضم الولايات المتحدة واليابان إلى البنك حتى الآن.

وعلى صعيد آخر، وقعت البحرين الشهر الماضي مذكرة تفاهم مع شركة صينية لتطوير مشروع سكني في الجنوب، كما تتفاوض مع مصارف آسيوية على تمويل توسعة مطار البحرين الدولي.

ويقول اقتصاديون إن حصة البحرين في رأس مال البنك ستبقى صغيرة، لكن العضوية تمنحها صوتا في مجلس المحافظين وتسهل حصول الشركات البحرينية على عقود في مشاريع يمولها البنك في آسيا.

وتراجع مؤشر بورصة البحرين العام بشكل طفيف في تعاملات الأسبوع الماضي، متأثرا بتراجع أسعار النفط وضعف السيولة في قطاع البنوك.

ويقع مقر البنك في بكين، ويتخذ قراراته بأغلبية موصوفة في مجلس المحافظين، وتملك الصين أكبر حصة تصويتية فيه، تليها الهند وروسيا وألمانيا، فيما تتوزع بقية الحصص على الأعضاء الإقليميين وغير الإقليميين.

وفي مقهى بسوق المنامة، قال موظف في شركة مقاولات: «نسمع كثيرا عن البنوك والاتفاقيات، لكننا ننتظر أن نرى المشاريع على الأرض. إذا جاء التمويل وبدأ العمل في المطار والطرق، فهذا خير للجميع».""",
        [
            G("alliance.joined", "occurred", ["Bahrain"], ["Asian Infrastructure Investment Bank"]),
            # the six others admitted the same day, named in the list
            G("alliance.joined", "occurred", ["Chile", "Bolivia", "Greece", "Cyprus", "Romania", "Samoa"],
              ["Asian Infrastructure Investment Bank"], core=False),
            # the Gulf states that joined "بين الأعضاء المؤسسين عام 2015"
            G("alliance.joined", "historical", ["Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Oman"],
              ["Asian Infrastructure Investment Bank"], core=False),
            # "فيما لم تنضم الولايات المتحدة واليابان إلى البنك حتى الآن"
            G("alliance.joined", "negated", [_US, "Japan"], ["Asian Infrastructure Investment Bank"], core=False),
            # the memorandum with a Chinese company "الشهر الماضي"
            G("agreement.signed", "historical", ["Bahrain"], [], core=False),
        ],
        not_targets=["China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-07-albayan-economy-uae-and-kenya-sign-cepa-2025",
        date(2025, 1, 15),
        """الإمارات وكينيا توقعان اتفاقية الشراكة الاقتصادية الشاملة

أبوظبي - «البيان» - اقتصاد

وقعت دولة الإمارات وجمهورية كينيا، أمس الثلاثاء، اتفاقية الشراكة الاقتصادية الشاملة بين البلدين، بحضور صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، والرئيس الكيني وليام روتو، على هامش أسبوع أبوظبي للاستدامة.

ووقع الاتفاقية عن الجانب الإماراتي الدكتور ثاني بن أحمد الزيودي وزير دولة للتجارة الخارجية، وعن الجانب الكيني وزير الاستثمار والتجارة والصناعة لي كينيانجوي. وتقضي الاتفاقية بإلغاء الرسوم الجمركية أو خفضها على معظم السلع المتبادلة، وتسهيل وصول الخدمات والاستثمارات إلى أسواق البلدين.

وقال الزيودي إن الاتفاقية «أول اتفاقية شراكة اقتصادية شاملة توقعها الإمارات مع دولة في شرق أفريقيا»، متوقعا أن تسهم في مضاعفة التجارة غير النفطية بين البلدين، التي بلغت نحو 3.1 مليار دولار في النصف الأول من العام الماضي.

وتعد كينيا من أكبر موردي الشاي والخضر والزهور إلى السوق الإماراتية، فيما تستثمر شركات إماراتية في قطاعات الموانئ والطاقة المتجددة والعقار في كينيا. وتسعى نيروبي إلى جذب استثمارات في مشروعات البنية التحتية والزراعة.

وكانت الإمارات قد وقعت أولى اتفاقيات الشراكة الاقتصادية الشاملة مع الهند في فبراير 2022، قبل أن توسع البرنامج ليشمل أكثر من عشرين دولة في آسيا وأفريقيا وأمريكا اللاتينية.

أما كينيا فوقعت في ديسمبر 2023 اتفاق شراكة اقتصادية مع الاتحاد الأوروبي، في حين لا تزال مفاوضاتها مع الولايات المتحدة على اتفاق للتجارة متعثرة منذ تغير الإدارة الأمريكية.

وقال محللون إن الاتفاقية ستعزز دور ميناء مومباسا بوابة للسلع الإماراتية إلى دول شرق أفريقيا غير الساحلية، مثل أوغندا ورواندا وجنوب السودان.

وارتفعت أسهم شركات الشحن والخدمات اللوجستية في سوق دبي المالي في تعاملات أمس، بدعم من توقعات بزيادة حركة التجارة مع أفريقيا.

وتنص الاتفاقية كذلك على تعاون في مجالات الأمن الغذائي والتحول الرقمي وريادة الأعمال، وعلى آلية لتسوية النزاعات التجارية بين البلدين.

وفي مزارع الشاي في منطقة كيريتشو غرب كينيا، قال مصدر شاي في اتصال هاتفي: «الإمارات سوقنا الأولى بعد باكستان ومصر. إذا خفضت الرسوم وتسهلت الإجراءات في الموانئ، فسيشعر المزارع الصغير بالفرق قبل الشركات الكبرى».""",
        [
            G("agreement.signed", "occurred", ["United Arab Emirates", "Kenya", "Mohamed bin Zayed", "William Ruto"], []),
            # the CEPA with India "في فبراير 2022"
            G("agreement.signed", "historical", ["United Arab Emirates"], ["India"], core=False),
            # Kenya's partnership agreement with the EU "في ديسمبر 2023"
            G("agreement.signed", "historical", ["Kenya"], ["European Union"], core=False),
            # "مفاوضاتها مع الولايات المتحدة على اتفاق للتجارة متعثرة"
            G("agreement.signed", "stalled", ["Kenya"], [_US], core=False),
        ],
        not_targets=["Uganda", "Rwanda", "South Sudan", "Pakistan", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-08-bbc-arabic-sudan-and-chad-restore-diplomatic-relations-2008",
        date(2008, 11, 10),
        """السودان وتشاد تستأنفان العلاقات الدبلوماسية بعد قطيعة استمرت ستة أشهر

طرابلس - «بي بي سي عربي»

أعلن السودان وتشاد، أمس الأحد، استئناف العلاقات الدبلوماسية بينهما، بعد نحو ستة أشهر من قطعها إثر الهجوم الذي شنته حركة العدل والمساواة المتمردة على مدينة أم درمان في مايو الماضي.

وجاء الإعلان في ختام اجتماع لمجموعة الاتصال المكلفة بمتابعة تنفيذ اتفاق داكار، عقد في العاصمة الليبية طرابلس برعاية الزعيم الليبي معمر القذافي، واتفق خلاله وزيرا خارجية البلدين على تبادل السفراء في أقرب وقت.

وكانت الخرطوم قد قطعت علاقاتها مع نجامينا في العاشر من مايو، متهمة الرئيس التشادي إدريس ديبي بدعم الحركة التي وصلت قواتها إلى مشارف العاصمة السودانية، وهو ما نفته تشاد، التي تتهم بدورها السودان بدعم متمردين هاجموا نجامينا في فبراير الماضي.

ووقع البلدان في مارس الماضي في داكار اتفاقا لعدم الاعتداء، تعهدا فيه بمنع المتمردين من استخدام أراضي كل منهما ضد الآخر، لكن الاتفاق لم ينفذ، واتهم كل طرف الآخر بخرقه.

وقال دبلوماسي أفريقي حضر الاجتماع إن نشر قوة مراقبة مشتركة على الحدود، الذي نص عليه الاتفاق، «لم يتحقق بعد بسبب الخلافات حول تمويلها وعدد عناصرها».

ويقول مراقبون إن استئناف العلاقات خطوة أولى لا تكفي وحدها لإنهاء «الحرب بالوكالة» بين البلدين، في ظل استمرار نشاط المجموعات المسلحة على جانبي الحدود الممتدة لأكثر من ألف كيلومتر.

وتستضيف تشاد أكثر من ربع مليون لاجئ سوداني من إقليم دارفور في مخيمات على طول الحدود الشرقية، تنتشر في محيطها قوة أوروبية لحماية اللاجئين والعاملين في المجال الإنساني.

وينظر مراقبون إلى الوساطة الليبية بوصفها امتدادا لدور طرابلس التقليدي في المنطقة، إذ استضافت خلال السنوات الماضية جولات عدة من المحادثات بين البلدين وبين الحكومة السودانية والحركات المسلحة في دارفور.

وتضررت التجارة الحدودية بين البلدين كثيرا خلال الأشهر الماضية، بعد إغلاق المعابر وتوقف حركة القوافل التجارية.

وفي سوق الجنينة الحدودية غرب دارفور، قال تاجر ماشية يعبر الحدود منذ سنوات: «كنا نبيع الإبل في أبشة، ثم أغلقت الطرق ولم يعد أحد يأمن السفر. إذا عاد السفراء فربما تعود القوافل، لكن الناس هنا تعبوا من الوعود».""",
        [
            G("relations.restored", "occurred", ["Sudan", "Chad"], []),
            # the break "في العاشر من مايو" is no event of a watched type; the Dakar accord of March
            G("agreement.signed", "historical", ["Sudan", "Chad"], [], core=False),
            # "نشر قوة مراقبة مشتركة على الحدود ... لم يتحقق بعد"
            G("military.presence", "stalled", ["Sudan", "Chad"], [], core=False),
            # the European force around the camps "تنتشر": ongoing since before, background
            G("military.presence", "historical", ["European Union"], ["Chad"], core=False),
        ],
        not_targets=["Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-09-efe-arabic-el-salvador-former-guerrillas-join-civil-police-1993",
        date(1993, 3, 2),
        """دمج أول دفعة من مقاتلي «فارابوندو مارتي» السابقين في الشرطة المدنية الجديدة بالسلفادور

سان سلفادور - «إفي»

دمجت السلفادور، أمس الاثنين، أول دفعة من المقاتلين السابقين في جبهة فارابوندو مارتي للتحرير الوطني في صفوف الشرطة المدنية الوطنية، الجهاز الأمني الجديد الذي نصت على إنشائه اتفاقات السلام، وذلك في حفل تخريج أقيم في أكاديمية الأمن العام بالعاصمة.

وضمت الدفعة عدة مئات من العناصر، بينهم مقاتلون سابقون في الجبهة وأفراد من الشرطة الوطنية القديمة ومدنيون لم يشاركوا في الحرب، على أن تنتشر الوحدات الأولى خلال الأسابيع المقبلة في محافظة تشالاتينانغو الشمالية.

وتقضي اتفاقات السلام، التي وقعتها الحكومة والجبهة في قصر تشابولتيبيك بمكسيكو في يناير 1992، بأن يشكل المقاتلون السابقون في الجبهة وأفراد الشرطة القديمة نسبة محددة من عناصر الجهاز الجديد، على أن تحل الشرطة الوطنية القديمة تدريجيا.

وقال الرئيس ألفريدو كريستياني في كلمة خلال الحفل إن الشرطة الجديدة «ملك لجميع السلفادوريين»، فيما قال قيادي في الجبهة إن دمج مقاتليها «دليل على أن الحرب انتهت فعلا».

غير أن الحكومة لم تدمج حتى الآن أيا من عناصر كتائب المشاة للرد السريع التابعة للجيش في الجهاز الجديد، بعدما نصت الاتفاقات على حلها، وهو ما تطالب به بعثة الأمم المتحدة للمراقبة في السلفادور.

ويشكو قادة سابقون في الجبهة من تأخر تسليم الأراضي الموعودة للمقاتلين المسرحين، فيما تقول الحكومة إن البرنامج يسير وفق الجدول الزمني رغم صعوبات التمويل.

ويقول محللون إن نجاح الشرطة الجديدة سيكون اختبارا حاسما لاتفاقات السلام، في بلد خلفت فيه الحرب الأهلية أكثر من 75 ألف قتيل خلال اثني عشر عاما.

وتلقى العناصر الجدد تدريبا استمر عدة أشهر على أيدي مدربين من إسبانيا والولايات المتحدة وفرنسا، شمل احترام حقوق الإنسان والتحقيق الجنائي وإدارة الحشود، بتمويل من عدد من الدول المانحة وبرنامج الأمم المتحدة الإنمائي.

وفي حي شعبي بالعاصمة، قالت بائعة فاكهة فقدت شقيقها في الحرب: «كنا نخاف من كل رجل يرتدي زيا رسميا. الآن يقولون إن الشرطي قد يكون جارنا الذي كان في الجبال. نريد فقط أن نعيش في أمان».""",
        [
            G("forces.integrated", "occurred", ["Farabundo Martí National Liberation Front", "El Salvador"],
              ["National Civil Police"]),
            # the Chapultepec accords "في يناير 1992"
            G("agreement.signed", "historical", ["El Salvador", "Farabundo Martí National Liberation Front"], [],
              core=False),
            # "لم تدمج حتى الآن أيا من عناصر كتائب المشاة للرد السريع"
            G("forces.integrated", "negated", ["El Salvador"], ["National Civil Police"], core=False),
        ],
        not_targets=["Mexico"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-10-skynewsarabia-senegalese-troops-enter-gambia-2017",
        date(2017, 1, 20),
        """قوات سنغالية تدخل غامبيا لدعم الرئيس الجديد أداما بارو

داكار - «سكاي نيوز عربية»

دخلت قوات سنغالية، مساء الخميس، أراضي غامبيا ضمن قوة تابعة للمجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»، بعد ساعات من أداء الرئيس المنتخب أداما بارو اليمين الدستورية في سفارة بلاده في داكار، ورفض الرئيس المنتهية ولايته يحيى جامع التنحي.

وقال المتحدث باسم الجيش السنغالي العقيد عبدول ندياي إن القوات «عبرت الحدود» من الجنوب والشمال، مضيفا أن العملية تهدف إلى «إعادة الشرعية» في غامبيا. وأكدت نيجيريا أن طائرات تابعة لسلاحها الجوي حلقت فوق الأراضي الغامبية في إطار العملية.

وجاء التدخل بعد أن تبنى مجلس الأمن الدولي بالإجماع قرارا يؤيد جهود «إيكواس» لضمان انتقال السلطة، دون أن يجيز صراحة استخدام القوة.

وقالت المجموعة إنها ستنشر في غامبيا قوة قوامها نحو سبعة آلاف جندي من السنغال ونيجيريا وغانا ومالي وتوغو، لكنها أعلنت مساء أمس تعليق العمليات العسكرية مؤقتا لإفساح المجال أمام وساطة أخيرة يقودها رئيس غينيا ألفا كوندي ورئيس موريتانيا محمد ولد عبد العزيز، لإقناع جامع بمغادرة البلاد.

وكانت القوات السنغالية قد تدخلت في غامبيا عام 1981 لإحباط محاولة انقلابية ضد الرئيس داود جاوارا، قبل أن يقيم البلدان اتحادا كونفدراليا لم يصمد سوى ثماني سنوات.

ولم تفرض «إيكواس» حتى الآن أي عقوبات على جامع أو أفراد حكومته، مفضلة الضغط الدبلوماسي والعسكري، فيما فر عشرات الآلاف من الغامبيين إلى السنغال خلال الأيام الماضية خشية اندلاع مواجهات.

ويحكم جامع غامبيا منذ انقلاب عام 1994، وكان قد أقر بهزيمته في انتخابات ديسمبر قبل أن يتراجع ويطعن في النتائج.

ويقول مراقبون إن الجيش الغامبي، الذي لا يتجاوز عدده بضعة آلاف، لن يقاوم القوات الإقليمية، بعد أن أعلن قائده أنه «لن يدخل حربا غبية».

ويبلغ عدد سكان غامبيا نحو مليوني نسمة، وتحيط بها أراضي السنغال من ثلاث جهات، ويعتمد اقتصادها على السياحة وزراعة الفول السوداني وتحويلات المهاجرين في أوروبا.

وفي سوق سانداغا بوسط داكار، قال بائع أقمشة غامبي وصل قبل يومين مع عائلته: «تركنا كل شيء في بانجول. نحن سعداء بالرئيس الجديد، لكننا نريد أن نعود إلى بيوتنا دون أن تطلق رصاصة واحدة».""",
        [
            G("military.presence", "occurred", ["Senegal", "Economic Community of West African States"], ["Gambia"]),
            # the Nigerian aircraft over Gambia, the same operation
            G("military.presence", "occurred", ["Nigeria"], ["Gambia"], core=False),
            # the force of some seven thousand ECOWAS "ستنشر"
            G("military.presence", "planned", ["Economic Community of West African States", "Ghana", "Mali", "Togo"],
              ["Gambia"], core=False),
            # ECOWAS's pause "تعليق العمليات العسكرية مؤقتا" is no sanction; the intervention "عام 1981"
            G("military.presence", "historical", ["Senegal"], ["Gambia"], core=False),
            # "ولم تفرض «إيكواس» حتى الآن أي عقوبات على جامع"
            G("sanctions.imposed", "negated", ["Economic Community of West African States"],
              ["Yahya Jammeh", "Gambia"], core=False),
        ],
        not_targets=["Guinea", "Mauritania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-11-alraya-sport-qatar-stars-league-club-lifts-suspension-2024",
        date(2024, 2, 20),
        """السد يرفع الإيقاف عن مدافعه.. والريان يمدد عقد مدربه موسما إضافيا

الدوحة - «الراية» - رياضة

رفعت إدارة نادي السد، أمس، الإيقاف الذي فرضته على أحد مدافعيها الأسبوع الماضي بسبب تأخره عن العودة من الإجازة، بعد أن قدم اعتذارا رسميا للجهاز الفني، على أن يشارك في التدريبات الجماعية اعتبارا من اليوم.

وقالت مصادر مقربة من النادي إن اللاعب دفع غرامة مالية وفق اللائحة الداخلية، وإن المدرب يعتمد عليه في مواجهة الدحيل المقبلة في دوري نجوم قطر، التي تحظى باهتمام جماهيري كبير.

وفي المقابل، مدد نادي الريان عقد مدربه لموسم إضافي، بعد النتائج الإيجابية التي حققها الفريق في الدور الثاني، فيما لم يحسم بعد ملف تجديد عقد قائد الفريق الذي ينتهي في الصيف.

كما أعلن نادي الغرافة انضمام لاعب وسط برازيلي إلى صفوفه على سبيل الإعارة حتى نهاية الموسم، قادما من أحد أندية الدوري السعودي، بعد أن وقع النادي عقدا مع اللاعب عقب اجتيازه الفحص الطبي.

وفرضت لجنة الانضباط في الاتحاد القطري لكرة القدم غرامة على نادي العربي بسبب سلوك جماهيره في المباراة الأخيرة، وعلقت مشاركة أحد إداريي النادي في المباريات لمدة شهر.

وعلقت رابطة الدوري بيع التذاكر عبر تطبيقها الإلكتروني لساعات بسبب عطل فني، قبل أن يعود التطبيق للعمل مساء أمس، فيما نشرت الرابطة فرقا تنظيمية إضافية حول ملعب جاسم بن حمد لتسهيل دخول الجماهير.

ووقع الاتحاد القطري اتفاقية تعاون مع اتحاد كرة القدم الياباني لتبادل الخبرات في مجال تطوير الحكام والمدربين، بعد أسابيع من ختام كأس آسيا التي استضافتها الدوحة وتوج بها المنتخب القطري.

ويتصدر الدحيل ترتيب الدوري بفارق ثلاث نقاط عن السد، قبل ست جولات من نهاية الموسم، فيما يتنافس الريان والغرافة على المركز الثالث المؤهل إلى دوري أبطال آسيا.

وكان المنتخب القطري قد احتفظ بلقب كأس آسيا بعد فوزه في النهائي على المنتخب الأردني، في بطولة شهدت حضورا جماهيريا قياسيا في ملاعب الدوحة.

وفي مقهى بمنطقة السد، قال مشجع سداوي في الستينيات من عمره: «اللاعب أخطأ واعتذر، والمهم الآن هو مباراة الدحيل. إذا لم نفز بها فسيصبح اللقب بعيدا، ولا أحد سيتذكر قصة الإيقاف».""",
        [],
        not_targets=["Qatar", "Brazil", "Saudi Arabia", "Japan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h95-12-aleqtisadiah-markets-bourse-suspends-share-firms-sign-mou-2024",
        date(2024, 5, 14),
        """«تداول» تعلق سهم شركة إسمنت.. وشركتا شحن توقعان مذكرة تفاهم للاندماج

الرياض - «الاقتصادية»

علقت السوق المالية السعودية «تداول»، أمس، التداول على سهم إحدى شركات الإسمنت المدرجة، لحين إعلانها نتائجها المالية للربع الأول، بعد تجاوزها المهلة النظامية للإفصاح، على أن يعاد التداول بعد يوم من نشر النتائج.

وفي سياق منفصل، وقعت شركتا شحن مدرجتان مذكرة تفاهم غير ملزمة لدراسة اندماجهما في كيان واحد، على أن تستكمل دراسات العناية الواجبة خلال ستة أشهر. وقالت الشركتان إن الاندماج المقترح سيجعل الكيان الجديد من أكبر مشغلي أساطيل ناقلات المنتجات في المنطقة.

كما أعلنت شركة طيران خاصة انضمامها إلى تحالف عالمي لشركات الطيران منخفض التكلفة، يتيح لعملائها الحجز على رحلات الشركاء في آسيا وأوروبا، فيما مددت شركة اتصالات اتفاقية لإدارة أبراجها مع شركة متخصصة لعشر سنوات.

وفرضت هيئة السوق المالية غرامات على ثلاث شركات وساطة لمخالفتها قواعد مكافحة غسل الأموال، ورفعت الإيقاف عن شركة رابعة بعد تصحيح أوضاعها، بحسب بيان نشرته الهيئة على موقعها.

وأغلق المؤشر العام للسوق على انخفاض طفيف، متأثرا بتراجع أسهم البنوك والبتروكيماويات، فيما ارتفعت أسهم شركات الشحن بعد إعلان مذكرة التفاهم.

ويرى محللون أن موجة الاندماجات في قطاع الشحن «منطقية» في ظل ارتفاع أسعار الوقود وتقلب أسعار الشحن، مشيرين إلى أن صفقات مماثلة في المنطقة استغرقت أكثر من عام بين توقيع المذكرة والإتمام.

وقال مدير استثمار في شركة لإدارة الأصول إن تعليق سهم شركة الإسمنت «إجراء معتاد» لحماية المستثمرين، متوقعا أن يعود السهم للتداول قبل نهاية الأسبوع.

وتشهد السوق منذ مطلع العام إدراجات جديدة في قطاعات الرعاية الصحية والتقنية والخدمات، فيما ارتفع عدد الحسابات الاستثمارية الجديدة بعد سلسلة من الطروحات العامة الأولية التي لقيت إقبالا كبيرا من المستثمرين الأفراد والمؤسسات.

وتراجعت قيم التداول اليومية إلى نحو ستة مليارات ريال خلال جلسة أمس، مقارنة بمتوسط يزيد على ثمانية مليارات ريال في الشهر الماضي، وسط ترقب المستثمرين لنتائج الشركات الكبرى.

وفي إحدى صالات التداول بالرياض، قال متقاعد يتابع الشاشة منذ الصباح: «اشتريت السهم قبل أسبوعين على كلام المنتديات، والآن هو موقوف. الدرس واضح: لا أشتري سهما لا أعرف عنه شيئا».""",
        [],
        not_targets=["Saudi Arabia"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout95_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout95_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout95_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
