"""A thirtieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first twenty-nine held-out sets: Arabic copy of 2019-2025 from outlets the earlier sets lack,
in forms they hardly use (a parliament debate summarised party by party, a wire with three
datelines, a court ruling told through the delisting it brought, an interview in questions and
answers, a Security Council vote with the delegations' explanations, a state agency's summit
report, a street reportage, a timeline box), and from regions and programmes they hardly touch
(New Zealand's first autonomous sanctions, Guatemala's transition, the crypto mixer Tornado Cash,
the Nord Stream 2 waiver, the Haiti regime, the Organization of Turkic States, Somalia and Kenya,
Mali's ex-combatants, Canada in Latvia): Al-Telegraph (Sydney), in Levantine months, on the New
Zealand parliament passing the Russia Sanctions Act unanimously (the minister's list "خلال الأيام
المقبلة", Belarus that the list may reach, the travel bans since 24 February, "لم يسبق لنيوزيلندا
أن فرضت عقوبات مستقلة", Australia's listings); Al-Wafd carrying a wire from Guatemala City,
Washington and Brussels on Arévalo's delayed inauguration (the State Department's "لن تتردد في
فرض عقوبات إضافية", the Council's framework of Friday with no names yet and a first list in
weeks, the visa restrictions of December and the Attorney General listed in 2022, the Nicaragua
framework of 2019, a judge who suspended the ruling party's legal status); Lusail on the Treasury
striking Tornado Cash off the SDN list after the Fifth Circuit's ruling (the listing of August
2022 and its redesignation, Roman Semenov still listed, the criminal cases, the TORN token's
jump); an Attaqa interview on the State Department's waiver for Nord Stream 2 AG and Matthias
Warnig while Russian vessels are listed ("الإعفاء لا يرفع العقوبات … بل يعلق تطبيقها", the PEESA
sanctions of 2019 and the Fortuna, the analyst expecting no new sanctions); Al Bawaba on
Resolution 2700 renewing the Haiti regime "لمدة اثني عشر شهرا" with the delegations' words after
the vote (calls for more names and a full embargo, Chérizier listed in 2022, the Kenyan-led
mission held up by a Nairobi court order, Canada's listing of Martelly); UzA on Uzbekistan becoming
the fifth full member of the Turkic Council at the Baku summit (its domestic procedures completed,
Hungary an observer since 2018, Turkmenistan "لم تنضم", the Baku declaration, the Nakhchivan
agreement of 2009); Al-Shahid's reportage from Eastleigh on Somalia restoring ties with Kenya
after Qatar's mediation (the rupture of December, ambassadors to return "خلال أسابيع", khat flights
stopped, the Kenyan troops in AMISOM since 2012, Farmaajo's term extension withdrawn); Echaab
(Algiers), in Algerian months, on Mali's government and the signatory movements agreeing to
integrate 26,000 ex-combatants (the disarmament file "يراوح مكانه" since the Algiers agreement of
2015, the reconstituted units of 2020, ECOWAS's sanctions of January lifted in July with the
individual ones kept, the French withdrawal); and Sada al-Mashrek (Montreal) on Trudeau in Ādaži
announcing up to 1,200 more troops and the roadmap signed by the two defence ministers (units
rotating every six months, no combat troops for Ukraine, the battlegroup since 2017 and the Madrid
declaration of 2022 in a box of milestones). Nine carry events of all ten alertable types
(imposed, lifted, suspended, extended, threatened, joined, signed, restored ties, integration,
deployment), in occurred and planned status, next to historical, negated and stalled ones; three
are near misses: Al-Yaum (Dammam) on the Saudi Arabian Grand Prix (Alonso's ten-second penalty
imposed and then withdrawn, drivers named by their nationalities, a safety car "نشر", a driver who
"انضم" to Aston Martin, the team's sponsorship agreement with Aramco, drivers who threatened a
boycott the year before), Barlamane on the Al Haouz earthquake in Moroccan usage (شتنبر، بلاغ: the
rescue teams of Spain, Qatar, the United Kingdom and the United Arab Emirates that "انتشرت" in the
stricken areas, the Royal Armed Forces deployed, classes suspended, volunteers joining, penalties
threatened on speculators, rubble "رفع"), and Akhbar Al-Youm on Brazil's Supreme Court lifting the
ban on X (fines, Starlink's accounts frozen, a VPN fine threatened, users joining Bluesky, the
American owner).

The decisions of the annotation, taken before any run: a sanctions law passed with a first list
promised "within days" is a planned imposition by the state (New Zealand, its foreign minister)
on Russia, and a list that "may later include" Belarus a planned one too (not core); a statement
that a state has never imposed autonomous sanctions is a negated imposition with no target;
measures of two or three weeks before told as background (New Zealand's travel bans, Australia's
listings) are historical, as set 29 takes a package of two weeks before; a bloc's framework that
allows sanctions on those who undermine a state's democracy is an imposition on that state
(occurred the day it is adopted, as set 29's drilling framework was an imposition), its first
list to come a planned one; a warning that a state "will not hesitate to impose additional
sanctions" on whoever obstructs a government is a threat with that state as target; a delisting
after a court's ruling is a lifting by the Treasury and OFAC of the listed entity, with the
co-founder "still listed" a negated lifting; a national-interest waiver for a company and its
chief executive is a suspension (targets the company, its officer and the pipeline, not Germany,
the officer's nationality), and the analyst's "does not lift the sanctions" a negated lifting; the
Security Council's renewal of a regime is an extension with the state and the one listed leader as
targets, the delegations' calls for more names or a fuller embargo are no events, and a mission
authorised but held up by a court order is a stalled deployment; a state becoming a full member of
an organisation joins it, and its domestic procedures completed before are historical, an
observer's status granted in 2018 is a historical joining (as set 13 takes a dialogue partner's
status), and a state that "has not joined" is a negated one; a summit declaration is a signing
(not core, as set 25's Cairo declaration); ties restored by one side's announcement and welcomed by
the other are restored ties of both, the mediator neither actor nor target, ambassadors expected
back a planned restoration; troops serving in a peacekeeping mission since 2012 are a historical
presence; ex-combatants a government and the movements "agreed" to integrate into the army are a
planned integration (Mali the actor, the Coordination of Azawad Movements the target), and the
agreement reached at the meeting, with no text signed, is no signing of its own; the file that
"يراوح مكانه" for years is a stalled integration and the reconstituted units of 2020 a historical
one; a bloc's sanctions imposed in January and lifted a month before are historical, the
individual sanctions kept a negated lifting; a head of government announcing up to 1,200 more
troops to reach a permanent presence abroad is a planned deployment there, the roadmap his
defence minister signed with her counterpart a signing, the battlegroup led since 2017 a
historical presence, and "لن ترسل قوات قتالية" to Ukraine a negated one; a withdrawal, a
suspension of a party's legal status, a penalty in motor racing, rescue teams sent after an
earthquake and a court lifting the ban on a social network are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 02398db, the analyzer as committed), in one run:
events P 0.800 R 0.667 F1 0.727 (recall 8/12, precision 8/10: eight alerts right, no false alarm,
two unexpected alerts; occurred core found 6/9, planned 2/3; historical 18/18, negated 6/6 and
stalled 2/2 kept quiet). The score flatters three articles: in ar-c01 the planned imposition
counts as found through "ويمنح القانون وزيرة الخارجية صلاحية تجميد أصول الأفراد والشركات
المرتبطين بالحرب على أوكرانيا", read as an occurred freeze on Ukraine, into which the minister's
"ستفرض عقوبات على مسؤولين وأثرياء روس … خلال الأيام المقبلة" is merged with its status lost; in
ar-c02 the Council's framework of Friday is found only as a planned imposition with no target;
in ar-c09 the planned deployment of the lead is merged with the box lines "حزيران/يونيو 2017:
وصول الدفعة الأولى من القوات الكندية …" and "شباط/فبراير 2022: بعد الغزو الروسي لأوكرانيا، كندا
ترسل مئات العسكريين الإضافيين …" and reported occurred, with Russia and Ukraine of the invasion
among its actors. Seven strict xfails, with the reason (five articles with a core event missed or
found with the wrong status, two with a wrong alert); do not tune lexicons on these articles. The
causes, as read in the output of ``rasd.analyze.analyze`` on the articles' sentences and
shortened variants of them: a power a law grants ("يمنح القانون … صلاحية تجميد أصول") is read as
an occurred freeze, and the state of the war those listed are linked to ("المرتبطين بالحرب على
أوكرانيا") is taken for its target, as in a plain imposition ("فرضت كندا عقوبات على رجال أعمال
مرتبطين بالحرب على أوكرانيا"); the minister's own sentence, alone, gives a planned imposition
with no actor and the Kremlin for target: the indefinite plural demonym "روس" ("مسؤولين وأثرياء
روس") names no state (nor does "المسؤولين الروس", an unlinked name), and "الحكومة" as the
subject of a minister's reported clause is not resolved to her state (with "نيوزيلندا" as the
subject it is); a framework adopted that "يسمح بفرض عقوبات" is read by the masdar alone, as
planned, once a day with "الماضي" stands between the subject and the object ("اعتمد مجلس الاتحاد
الأوروبي يوم الجمعة الماضي إطارا قانونيا يسمح بفرض"; with "يوم الجمعة" it is occurred), and the
state in which those responsible undermine democracy ("المسؤولين عن تقويض الديمقراطية … في
غواتيمالا") is no target, in the framework as in the threat; the exempting verb reaches "من
العقوبات" over two or three words only, so a subject and an object of more than a word ("أعفت
الإدارة الأمريكية، أمس الأربعاء، الشركة المشغلة لخط أنابيب الغاز الروسي "نورد ستريم 2"
ورئيسها التنفيذي … من العقوبات", even "أعفت وزارة الخزانة الأمريكية العراق من العقوبات") give
nothing, where "منحت … إعفاء من العقوبات" is found; the subject of a "في حين" clause ("في حين
فرضت عقوبات على عدد من السفن والكيانات الروسية") is taken from the clause before only within a
short reach and is lost after that long object, and a demonym after entities or firms ("الكيانات
الروسية", "شركات وكيانات إيرانية") makes an unlinked name instead of naming the state, so the
imposition is raised with no actor on an unlinked "والكيانات الروسية" (an unexpected alert);
rebuilding ties with a state they were never cut with, in a statement of aim ("الخطوة تهدف إلى
إعادة بناء العلاقات مع ألمانيا والشركاء الأوروبيين"), is read as ties restored and occurred, the
United States and Russia of the article its actors and Germany its target (the other unexpected
alert); "إدماج", the form IV masdar of Maghrebi copy, is no integration trigger where "دمج" is,
and with "دمج" in its place a phrase set off by commas between the agreeing subject and "على دمج"
("، في ختام اجتماع "المستوى القراري" الذي احتضنته باماكو …،") cuts the subject off (in a shorter
sentence the place of the talks, "الدوحة", becomes the actor), while an agreement to integrate
with no date in its sentence ("اتفقت … على دمج …") is read as done; a roadmap ("خريطة طريق") is no
agreement noun, and signers told by office and nationality with names the knowledge base lacks
("ووقعت وزيرة الدفاع الوطني أنيتا أناند ونظيرتها اللاتفية إينارا مورنيتسه، بحضور …، خريطة
طريق"; "وقع وزير الدفاع الإيطالي ونظيره الياباني اتفاقية") are no participants, so the signing is
dropped ("وقع وزيرا دفاع إيطاليا واليابان اتفاقية" is found); a box line dated by both names of
a month ("شباط/فبراير 2022:", "حزيران/يونيو 2017:") is not dated (with "شباط 2022:" or "فبراير
2022:" it is historical), and its occurred event takes in the lead's planned one of the same
state and place. Wrong roles the set's scoring does not count: "أما تركمانستان … فلم تنضم إلى
المجلس" is a negated joining by Hungary, of the sentence before; the Turkic Council by its short
name "المجلس التركي" is not in the knowledge base, so Uzbekistan's joining has no target; in
"المرة الأولى التي تعاقب فيها واشنطن برنامجا حاسوبيا" the sanctioning capital is the target of a
historical imposition; New Zealand's negated imposition has the United Nations (of "قانون الأمم
المتحدة لعام 1946") for target, and its travel bans of February Russia for actor; Tornado Cash
and Nord Stream 2 AG's chief are not in the knowledge base. Every cause of a miss, a wrong status
or a wrong alert has a sentence of its own in ``RULES``, as has the target missing in
"المسؤولين عن تقويض الديمقراطية في غواتيمالا", each a strict xfail until it is fixed (sixteen),
beside ten that pass and pin what works (a framework adopted "يوم الاثنين", "منحت … إعفاء من
العقوبات", ties restored, an agreement to integrate "خلال الأشهر المقبلة", "وزيرا دفاع" of two
states signing, a box line dated "آذار 2019:", a reinforcement "ستنشر ما يصل إلى", combat troops
denied, a renewal "لمدة اثني عشر شهرا" and a delisting after a ruling).

After the fixes (same day): P 1.000 R 0.750 F1 0.857 (recall 9/12; the EU framework past "يوم
الجمعة الماضي", the Nord Stream waiver's long object in the article and the Canadian-Latvian
roadmap signed by ministers the knowledge base does not know are still missed). Fixed in general:
"صلاحية/سلطة" before a trigger is a power, no act; the state "الحرب على" names is no target; "إن
الحكومة ستفرض" in a minister's words is the minister's state; "أعفت … من العقوبات" reaches its
measures past a long object; a verb after "في حين" with no subject of its own has the sentence's;
"إعادة بناء/تقييم العلاقات" restores nothing; "إدماج" integrates; a phrase set off by commas
before "على دمج" leaves the subject before it; "خريطة طريق" is an accord signed; a box line
dated "شباط/فبراير 2022:" is dated; "روس" links Russia where the article names it.

Later (2026-12-07): the Nord Stream waiver is found in the article, cured by the names of those
exempted no longer counting against the reach of "أعفت … من العقوبات", and the names after the
verb's subject read as its object, not as further actors ("الألماني" of the chief executive)
(``test_general_misses8_rules_ar.py``); ar-c04's strict xfail removed.

``python -m tests.unit.test_heldout30_events_ar`` prints every article's alerts and the set's
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

_STATE = "United States Department of State"
_TREASURY = "United States Department of the Treasury"
_OFAC = "Office of Foreign Assets Control"
_UNSC = "United Nations Security Council"
_EU_COUNCIL = "Council of the European Union"
_ECOWAS = "Economic Community of West African States"
_OTS = "Organization of Turkic States"
_CMA = "Coordination of Azawad Movements"
_MSS = "Multinational Security Support Mission in Haiti"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c01-telegraph-sydney-new-zealand-parliament-russia-sanctions-act-2022",
        date(2022, 3, 10),
        """نيوزيلندا تقر أول قانون للعقوبات المستقلة في تاريخها.. وقائمة أولى بأسماء روسية خلال أيام

ويلينغتون - "التلغراف"
الخميس 10 آذار (مارس) 2022

صوّت مجلس النواب النيوزيلندي بالإجماع، مساء أمس الأربعاء، على "قانون العقوبات على روسيا"، بعد أن اجتاز مراحل القراءة الثلاث في جلسة ماراثونية واحدة عقدت بموجب إجراءات الاستعجال، ليصبح أول تشريع يتيح لويلينغتون معاقبة دولة أخرى من دون انتظار قرار من مجلس الأمن الدولي.

ويمنح القانون وزيرة الخارجية صلاحية تجميد أصول الأفراد والشركات المرتبطين بالحرب على أوكرانيا، ومنع السفن والطائرات التابعة لهم من دخول الموانئ والأجواء النيوزيلندية، بما في ذلك اليخوت الفارهة التي يملكها أثرياء روس، كما يجيز توسيع الإجراءات لتشمل دولا تساعد موسكو في حربها.

وقالت وزيرة الخارجية نانايا ماهوتا، في افتتاح النقاش، إن الحكومة ستفرض عقوبات على مسؤولين وأثرياء روس مقربين من الكرملين "خلال الأيام المقبلة"، مضيفة أن القائمة الأولى قيد الإعداد بالتنسيق مع الشركاء، وأنها قد تشمل لاحقا مسؤولين في بيلاروس التي تحولت أراضيها إلى منطلق للقوات الروسية.

ما دار في الجلسة

حزب العمال الحاكم: قالت رئيسة الوزراء جاسيندا أرديرن إن نيوزيلندا "لا تستطيع أن تقف متفرجة" بينما تقصف المدن الأوكرانية وتفر العائلات من بيوتها، وإن القانون "يبعث رسالة واضحة بأن بلادنا لن تكون ملاذا آمنا لأموال من يدعمون هذا الغزو".

الحزب الوطني (المعارضة الرئيسية): أيد القانون، لكن المتحدث باسمه للشؤون الخارجية جيري براونلي قال إن الحكومة "تأخرت كثيرا"، وإن حزبه طالب منذ سنوات بقانون عام للعقوبات المستقلة يمكن تطبيقه على أي دولة، لا بتشريع مفصل على مقاس أزمة واحدة.

حزب أكت: قال زعيمه ديفيد سيمور إن القانون "ضروري لكنه غير كاف"، داعيا إلى طرد السفير الروسي، وهو ما رفضته الحكومة حرصا على إبقاء قناة الاتصال مع موسكو مفتوحة.

حزب الخضر: صوت نوابه لصالح القانون، غير أنهم انتقدوا منح الوزيرة صلاحيات واسعة من دون رقابة برلمانية كافية، وطالبوا بقانون على غرار "قانون ماغنيتسكي" لمعاقبة منتهكي حقوق الإنسان أينما كانوا.

حزب تي باتي ماوري: أيد القانون، مع الدعوة إلى "معيار واحد" في التعامل مع كل حالات الاحتلال حول العالم.

سابقة في السياسة الخارجية

ولم يسبق لنيوزيلندا أن فرضت عقوبات مستقلة على أي دولة، إذ كان قانون الأمم المتحدة لعام 1946 يقصر صلاحياتها على تنفيذ قرارات مجلس الأمن، وهو ما جعل التحرك ضد موسكو، التي تملك حق النقض في المجلس، متعذرا.

واكتفت الحكومة منذ بدء الغزو في 24 شباط (فبراير) الماضي بحظر سفر على عشرات المسؤولين الروس، وحظر تصدير السلع إلى الجيش وأجهزة الأمن الروسية، وتعليق المشاورات الوزارية الثنائية مع موسكو، في خطوات وصفتها المعارضة بأنها "رمزية" مقارنة بما فعلته أستراليا المجاورة، التي فرضت عقوبات على مئات الأفراد والكيانات الروسية منذ أواخر الشهر الماضي.

وقال أستاذ للقانون الدولي في جامعة أوكلاند لـ"التلغراف" إن أهمية القانون "رمزية وسياسية قبل أن تكون اقتصادية"، لأن الأصول الروسية في نيوزيلندا محدودة، "لكن ويلينغتون امتلكت للمرة الأولى أداة كانت تفتقر إليها، والسؤال الآن هو متى ستستخدمها مرة أخرى، وضد من".""",
        [
            G(
                "sanctions.imposed",
                "planned",
                ["New Zealand", "Nanaia Mahuta"],
                ["Russia"],
            ),
            # the first list "may later include" officials in Belarus
            G("sanctions.imposed", "planned", ["New Zealand"], ["Belarus"], core=False),
            # "لم يسبق لنيوزيلندا أن فرضت عقوبات مستقلة على أي دولة"
            G("sanctions.imposed", "negated", ["New Zealand"], [], core=False),
            # the travel bans and export ban since 24 February; Australia's listings
            G("sanctions.imposed", "historical", ["New Zealand"], ["Russia"], core=False),
            G("sanctions.imposed", "historical", ["Australia"], ["Russia"], core=False),
        ],
        not_targets=["Ukraine", "Australia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c02-alwafd-guatemala-arevalo-inauguration-us-warning-eu-framework-2024",
        date(2024, 1, 15),
        """غواتيمالا: أريفالو رئيسا بعد ليلة من الترقب.. وواشنطن وبروكسل تلوّحان بالعقوبات في وجه "معرقلي الانتقال"

القاهرة - "الوفد" - وكالات
الاثنين 15 يناير 2024

غواتيمالا سيتي - أدى برناردو أريفالو اليمين الدستورية رئيسا لغواتيمالا بعد منتصف ليل الأحد بدقائق، إثر تأخير دام نحو تسع ساعات بسبب خلافات حادة داخل الكونغرس حول اعتماد نواب حزب "البذرة" الذي ينتمي إليه الرئيس الجديد، في مشهد أثار قلق الوفود الأجنبية التي حضرت لمتابعة مراسم التنصيب.

وكان قاض قد علق في يوليو الماضي الأهلية القانونية للحزب بطلب من النيابة العامة، في واحدة من سلسلة خطوات قضائية وصفها أريفالو بأنها "محاولة انقلاب" لمنعه من تسلم السلطة بعد فوزه الساحق في الجولة الثانية من الانتخابات في 20 أغسطس.

وقال أريفالو في خطاب التنصيب إنه لن يسمح "بتحويل المؤسسات إلى أدوات للانتقام"، متعهدا بمكافحة الفساد "الذي نهب الدولة لعقود". ودعت وفود الاتحاد الأوروبي ومنظمة الدول الأمريكية وعدد من دول القارة، في بيان مشترك خلال ساعات الانتظار، الكونغرس إلى "احترام إرادة الشعب".

واشنطن - قال مساعد وزير الخارجية الأمريكي لشؤون نصف الكرة الغربي برايان نيكولز إن الولايات المتحدة "لن تتردد في فرض عقوبات إضافية، بما فيها قيود التأشيرات، على كل من يحاول تقويض حكومة الرئيس أريفالو أو عرقلة عملها"، مؤكدا أن بلاده "ستواصل محاسبة الفاسدين والمعرقلين أيا كانت مواقعهم".

وكانت وزارة الخارجية الأمريكية قد فرضت في ديسمبر الماضي قيودا على تأشيرات نحو 300 غواتيمالي، بينهم أكثر من مئة نائب ورجال أعمال، بتهمة تقويض الديمقراطية وسيادة القانون، بعد أن أدرجت في عام 2022 النائبة العامة كونسويلو بوراس على قائمة المسؤولين المتورطين في "فساد كبير" ومنعتها من دخول أراضيها. وترأست مديرة الوكالة الأمريكية للتنمية الدولية سامانثا باور الوفد الأمريكي إلى حفل التنصيب.

بروكسل - وعلى الضفة الأخرى من الأطلسي، اعتمد مجلس الاتحاد الأوروبي يوم الجمعة الماضي إطارا قانونيا يسمح بفرض عقوبات على الأفراد والكيانات المسؤولين عن تقويض الديمقراطية وسيادة القانون والانتقال السلمي للسلطة في غواتيمالا، تشمل تجميد الأصول وحظر السفر إلى دول الاتحاد ومنع إتاحة الأموال لهم.

ولم يتضمن القرار حتى الآن أي أسماء، غير أن دبلوماسيين في بروكسل أوضحوا أن الدول الأعضاء تعمل على قائمة أولى "قد تعتمد خلال أسابيع"، وأن النائبة العامة وعددا من المدعين والقضاة "في مقدمة المرشحين".

وقال الممثل الأعلى للسياسة الخارجية والأمنية جوزيب بوريل إن الاتحاد "يقف إلى جانب الشعب الغواتيمالي الذي عبر عن إرادته بوضوح في صناديق الاقتراع"، مشددا على أن الإطار الجديد "رسالة إلى كل من يراهن على الالتفاف على نتائج الانتخابات".

وهي المرة الأولى التي يستحدث فيها الاتحاد نظام عقوبات خاصا بدولة في أمريكا الوسطى منذ الإطار الذي اعتمده بشأن نيكاراغوا في أكتوبر 2019.""",
        [
            G("sanctions.threatened", "occurred", ["United States", _STATE], ["Guatemala"]),
            # the Council's framework of Friday, with no names yet, and the first list to come
            G(
                "sanctions.imposed",
                "occurred",
                ["European Union", _EU_COUNCIL],
                ["Guatemala"],
            ),
            G(
                "sanctions.imposed",
                "planned",
                ["European Union", _EU_COUNCIL],
                ["Guatemala"],
                core=False,
            ),
            # the visa restrictions of December, the Attorney General listed in 2022
            G(
                "sanctions.imposed",
                "historical",
                ["United States", _STATE],
                ["Guatemala"],
                core=False,
            ),
            # the Nicaragua framework of October 2019
            G("sanctions.imposed", "historical", ["European Union"], ["Nicaragua"], core=False),
        ],
        not_targets=["United States", "Organization of American States"],
        known_miss='"اعتمد مجلس الاتحاد الأوروبي يوم الجمعة الماضي إطارا قانونيا يسمح بفرض عقوبات على الأفراد والكيانات المسؤولين عن تقويض الديمقراطية … في غواتيمالا" is a planned imposition with no target: past a day with "الماضي" the adopting verb does not reach the framework\'s masdar, read alone as planned, and the state where those responsible act is no target',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c03-lusail-treasury-delists-tornado-cash-after-court-ruling-2025",
        date(2025, 3, 22),
        """بعد حكم قضائي.. الخزانة الأمريكية ترفع "تورنادو كاش" من قائمة العقوبات وعملتها تقفز

الدوحة - لوسيل - وكالات
السبت 22 مارس 2025

رفعت وزارة الخزانة الأمريكية، أمس الجمعة، منصة "تورنادو كاش" لخلط العملات المشفرة من قائمة العقوبات، لتطوي نزاعا قضائيا استمر أكثر من عامين حول ما إذا كان يحق للحكومة معاقبة برمجيات مفتوحة المصدر لا يملكها أو يديرها أحد.

وقال مكتب مراقبة الأصول الأجنبية (أوفاك) في إشعار على موقعه الإلكتروني إنه حذف المنصة وأكثر من مئة عنوان رقمي مرتبط بها على شبكة "إيثريوم" من قائمة المواطنين المصنفين بشكل خاص والأشخاص المحظورين، موضحا أن القرار جاء بعد "مراجعة المسائل القانونية والسياسية الجديدة" التي أثارها الطعن القضائي. وأضاف أن الوزارة "لا تزال قلقة للغاية" من أنشطة القرصنة التي ترعاها كوريا الشمالية، وأنها ستواصل استخدام كل صلاحياتها لمنع تدفق الأموال المسروقة إلى بيونغ يانغ.

الحكم الذي قلب المعادلة

وكانت محكمة الاستئناف الأمريكية للدائرة الخامسة في نيو أورليانز قد قضت، في 26 نوفمبر الماضي، بأن الوزارة تجاوزت صلاحياتها، معتبرة أن "العقود الذكية" غير القابلة للتعديل التي تقوم عليها المنصة لا تعد "ملكية" يجوز تجميدها بموجب قانون الصلاحيات الاقتصادية في حالات الطوارئ الدولية، لأن أحدا لا يملكها أو يستطيع التحكم فيها. وجاء الحكم في دعوى رفعها ستة من مستخدمي المنصة بتمويل من منصة التداول "كوينبيس"، بعد أن رفضت محكمة ابتدائية في تكساس طعنهم عام 2023.

ما الذي لم يتغير؟

لا يشمل القرار المؤسس المشارك للمنصة رومان سيمينوف، الذي أدرجته الخزانة على القائمة في أغسطس 2023، ولا يزال اسمه عليها حتى الآن. كما لا يؤثر في القضية الجنائية المرفوعة في نيويورك على المؤسس الآخر رومان ستورم بتهم غسل الأموال وانتهاك العقوبات وتشغيل شركة تحويل أموال غير مرخصة، وهي قضية يتوقع أن تبدأ محاكمتها في وقت لاحق من العام. وفي هولندا، صدر العام الماضي حكم بسجن المطور أليكسي بيرتسيف 64 شهرا بتهمة غسل الأموال.

خلفية

وكانت الخزانة قد فرضت العقوبات على "تورنادو كاش" في 8 أغسطس 2022، متهمة إياها بالمساعدة في غسل أكثر من سبعة مليارات دولار من العملات المشفرة منذ إطلاقها عام 2019، بينها أكثر من 455 مليون دولار سرقتها مجموعة "لازاروس" التابعة لكوريا الشمالية، ثم أعادت تصنيفها في نوفمبر من العام نفسه مستندة إلى صلاحيات إضافية تتعلق ببرنامج بيونغ يانغ لأسلحة الدمار الشامل. وكانت تلك المرة الأولى التي تعاقب فيها واشنطن برنامجا حاسوبيا لا شخصا أو شركة.

حركة السوق

وقفز سعر عملة "تورن"، الرمز الخاص بإدارة المنصة، بأكثر من 70 في المائة في الساعات الأولى بعد الإعلان، قبل أن يقلص جزءا من مكاسبه، فيما ارتفعت الودائع في المنصة بشكل ملحوظ. ورحب الرئيس التنفيذي لـ"كوينبيس" براين أرمسترونغ بالقرار، واصفا إياه بأنه "يوم عظيم للعملات المشفرة"، ومؤكدا أن أحدا "لا يجب أن يعاقب بسبب استخدام برمجيات مفتوحة المصدر".

ويأتي القرار في سياق تحول أوسع في موقف واشنطن من قطاع الأصول الرقمية منذ تولي الرئيس دونالد ترامب السلطة في يناير، إذ أسقطت هيئة الأوراق المالية والبورصات عددا من الدعاوى التي كانت قد رفعتها على شركات العملات المشفرة.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United States", _TREASURY, _OFAC],
                ["Tornado Cash"],
            ),
            # the listing of August 2022 and its redesignation; Semenov listed in August 2023
            G(
                "sanctions.imposed",
                "historical",
                ["United States", _TREASURY],
                ["Tornado Cash", "Roman Semenov"],
                core=False,
            ),
            # "لا يشمل القرار المؤسس المشارك … ولا يزال اسمه عليها"
            G(
                "sanctions.lifted",
                "negated",
                ["United States", _TREASURY],
                ["Roman Semenov"],
                core=False,
            ),
        ],
        not_targets=["North Korea", "Lazarus Group"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c04-attaqa-interview-us-waiver-nord-stream-2-2021",
        date(2021, 5, 20),
        """خبير لـ"الطاقة": إعفاء "نورد ستريم 2" من العقوبات هدية لبرلين.. والخط سيكتمل هذا العام

واشنطن - منصة الطاقة
الخميس 20 مايو 2021

أعفت الإدارة الأمريكية، أمس الأربعاء، الشركة المشغلة لخط أنابيب الغاز الروسي "نورد ستريم 2" ورئيسها التنفيذي الألماني ماتياس فارنيغ وعددا من موظفيها من العقوبات، في حين فرضت عقوبات على عدد من السفن والكيانات الروسية المشاركة في مد الخط، وفق تقرير أرسلته وزارة الخارجية إلى الكونغرس.

وقال وزير الخارجية أنتوني بلينكن إن الإعفاء صدر "لأنه يخدم المصلحة الوطنية للولايات المتحدة"، مشددا على أن معارضة إدارة الرئيس جو بايدن للمشروع "ثابتة"، وأن الخطوة تهدف إلى إعادة بناء العلاقات مع ألمانيا والشركاء الأوروبيين.

للوقوف على أبعاد القرار، حاورت "الطاقة" الباحث في أسواق الغاز الأوروبية الدكتور سامر حداد:

ما دلالة القرار الأمريكي؟

الرسالة موجهة إلى برلين أكثر منها إلى موسكو. إدارة بايدن تريد إصلاح ما أفسدته السنوات الأربع الماضية مع ألمانيا، ولم تكن مستعدة لمعاقبة شركة يرأسها مواطن ألماني وتشارك في تمويلها خمس شركات أوروبية كبرى. أما العقوبات التي فرضت على السفن الروسية فرمزية إلى حد بعيد، لأن معظم ما تبقى من العمل تنجزه سفن خاضعة للعقوبات أصلا.

هل يعني الإعفاء رفع العقوبات عن المشروع؟

لا. الإعفاء لا يرفع العقوبات عن الشركة، بل يعلق تطبيقها، ويستطيع وزير الخارجية إلغاؤه في أي وقت. كما يلزم القانون الوزارة بتقديم تقرير جديد إلى الكونغرس كل تسعين يوما، ما يعني أن الملف سيبقى مفتوحا.

أين وصل بناء الخط؟

اكتمل أكثر من 95 في المائة منه، ولم يتبق سوى نحو مئة كيلومتر في المياه الدنماركية والألمانية. توقف العمل أكثر من عام بعد أن فرضت واشنطن في ديسمبر 2019 عقوبات على سفن مد الأنابيب بموجب قانون حماية أمن الطاقة الأوروبي، ما دفع شركة "أولسيز" السويسرية إلى سحب سفنها، ثم استؤنف بسفن روسية، منها "فورتونا" التي أدرجتها واشنطن على القائمة في يناير الماضي. أتوقع أن يكتمل الخط قبل نهاية العام.

كيف تلقت كييف وبرلين القرار؟

رحب وزير الخارجية الألماني هايكو ماس بالقرار ووصفه بأنه "خطوة بناءة"، أما الرئيس الأوكراني فولوديمير زيلينسكي فأبدى "دهشته وخيبة أمله". أوكرانيا تخشى خسارة رسوم العبور، التي تتجاوز مليار دولار سنويا، وفقدان ورقة أمنية مهمة، لأن مرور الغاز عبر أراضيها ظل عامل ردع.

هل يمكن أن يتراجع البيت الأبيض تحت ضغط الكونغرس؟

هناك غضب في الكونغرس من الحزبين، وبعض الشيوخ الجمهوريين يعرقلون تعيينات دبلوماسية للضغط على الإدارة، لكنني لا أتوقع عقوبات جديدة على الشركة قبل اكتمال الخط. الأرجح أن تبحث واشنطن وبرلين عن صيغة تتضمن ضمانات لأوكرانيا.

وماذا عن الأسعار؟

الأسواق لم تتأثر كثيرا. عقود الغاز الهولندية تتداول قرب 25 يورو لكل ميغاواط ساعة، وهو مستوى مرتفع مقارنة بالعام الماضي بسبب انخفاض المخزونات بعد شتاء بارد، لا بسبب العقوبات.""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                ["United States", _STATE, "Antony Blinken", "Joe Biden"],
                ["Nord Stream AG", "Matthias Warnig", "Nord Stream 2"],
            ),
            G("sanctions.imposed", "occurred", ["United States", _STATE], ["Russia"]),
            # "الإعفاء لا يرفع العقوبات عن الشركة، بل يعلق تطبيقها"
            G(
                "sanctions.lifted",
                "negated",
                ["United States"],
                ["Nord Stream AG", "Nord Stream 2"],
                core=False,
            ),
            # the PEESA sanctions of December 2019 and the Fortuna listed in January
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Nord Stream 2", "Russia"],
                core=False,
            ),
        ],
        not_targets=["Germany", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c05-albawaba-security-council-renews-haiti-sanctions-2023",
        date(2023, 10, 20),
        """مجلس الأمن يمدد عقوبات هايتي 12 شهرا بالإجماع.. وبعثة الدعم الكينية تنتظر كلمة القضاء

نيويورك - البوابة - وكالات
الجمعة 20 أكتوبر 2023

مدد مجلس الأمن الدولي، مساء أمس الخميس، العمل بنظام العقوبات المفروض على هايتي لمدة اثني عشر شهرا، في قرار حمل الرقم 2700 وصاغته الولايات المتحدة والمكسيك، وحظي بتأييد الأعضاء الخمسة عشر. ويشمل النظام تجميد الأصول وحظر السفر وحظرا محدد الأهداف على توريد الأسلحة إلى قادة العصابات ومن يمولونها أو يسلحونها، كما مدد القرار ولاية فريق الخبراء المكلف بمتابعة التنفيذ ثلاثة عشر شهرا.

ولا تضم القائمة حتى الآن سوى اسم واحد، هو زعيم تحالف العصابات "جي 9" جيمي شيريزييه الملقب بـ"باربكيو"، الذي أدرجه المجلس عند إنشاء النظام بموجب القرار 2653 في أكتوبر 2022، بعد أن حاصرت عصاباته أكبر محطة للوقود في العاصمة بور أو برانس أسابيع.

مداخلات الوفود بعد التصويت

الولايات المتحدة: قال نائب المندوبة الأمريكية روبرت وود إن "العصابات لا تزال تعيث فسادا في هايتي"، داعيا لجنة العقوبات إلى إضافة أسماء جديدة "بلا تأخير"، بما يشمل السياسيين ورجال الأعمال الذين يمولون العنف.

المكسيك: شددت المندوبة المكسيكية على أن وقف تهريب الأسلحة، "الذي يأتي في معظمه من الشمال"، شرط لأي تحسن أمني.

الصين: رحب المندوب الصيني بالقرار، لكنه دعا إلى فرض حظر شامل على الأسلحة إلى هايتي، معتبرا أن الحظر الحالي "أضيق من أن يوقف تدفق السلاح".

روسيا: قال المندوب الروسي إن بلاده صوتت لصالح القرار لأن العقوبات "تستهدف العصابات لا الدولة الهايتية"، محذرا من استخدام النظام "أداة لتصفية الحسابات السياسية".

هايتي: قال مندوب هايتي إن بلاده "تحتاج إلى أكثر من العقوبات"، مطالبا بالإسراع في نشر البعثة الدولية.

البعثة الكينية

وكان المجلس قد أجاز في الثاني من الشهر الجاري نشر بعثة متعددة الجنسيات لدعم الأمن في هايتي بقيادة كينيا، التي تعهدت بإرسال ألف شرطي. غير أن المحكمة العليا في نيروبي أصدرت أمرا مؤقتا يمنع الحكومة الكينية من إرسال عناصرها إلى حين البت في دعوى رفعها سياسي معارض يطعن في دستورية الخطوة، ولا يزال الأمر ساريا. وقالت الحكومة الكينية إنها "ستحترم قرار المحكمة"، فيما تؤكد واشنطن، التي تعهدت بتمويل جزء من البعثة، أن كل يوم تأخير "يكلف أرواحا".

عقوبات وطنية

وإلى جانب النظام الأممي، تفرض الولايات المتحدة وكندا عقوبات وطنية على عدد من السياسيين الهايتيين، إذ أدرجت أوتاوا في نوفمبر 2022 الرئيس السابق ميشال مارتيلي ورئيسي وزراء سابقين على قائمتها بتهمة حماية العصابات وتمويلها.

وتقدر الأمم المتحدة أن العصابات تسيطر على نحو 80 في المائة من العاصمة، وأن نحو ثلاثة آلاف شخص قتلوا منذ مطلع العام، فيما نزح أكثر من مئتي ألف من منازلهم.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Haiti", "Jimmy Chérizier"]),
            # the regime of Resolution 2653 in October 2022, with Chérizier listed
            G(
                "sanctions.imposed",
                "historical",
                [_UNSC],
                ["Haiti", "Jimmy Chérizier"],
                core=False,
            ),
            # the US and Canadian national listings, Martelly in November 2022
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Canada"],
                ["Haiti", "Michel Martelly"],
                core=False,
            ),
            # the Kenyan-led mission authorised on 2 October, held up by a Nairobi court order
            G("military.presence", "stalled", ["Kenya", _MSS], ["Haiti"], core=False),
        ],
        not_targets=["Mexico", "United States", "China", "Russia", "Kenya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c06-uza-uzbekistan-joins-turkic-council-baku-summit-2019",
        date(2019, 10, 16),
        """أوزبكستان تنضم رسميا إلى المجلس التركي وتشارك في قمة باكو عضوا كامل العضوية

باكو - (أوزا)
16 أكتوبر 2019

شارك رئيس جمهورية أوزبكستان شوكت ميرضيائيف، أمس، في القمة السابعة لمجلس التعاون للدول الناطقة بالتركية (المجلس التركي) التي احتضنتها العاصمة الأذربيجانية باكو، بمشاركة رؤساء أذربيجان إلهام علييف وقيرغيزستان سورونباي جينبيكوف وتركيا رجب طيب أردوغان، والرئيس الأول لكازاخستان نور سلطان نزارباييف.

وأقر رؤساء الدول الأعضاء، في مستهل أعمال القمة، انضمام أوزبكستان إلى المجلس عضوا كامل العضوية، لتصبح الدولة الخامسة فيه إلى جانب أذربيجان وكازاخستان وقيرغيزستان وتركيا، بعد أن استكملت طشقند الإجراءات الداخلية اللازمة للانضمام إلى اتفاقية نخجوان المؤسسة للمجلس.

وقال رئيس الدولة في كلمته أمام القمة إن انضمام أوزبكستان إلى المجلس "خيار استراتيجي ينبع من وحدة التاريخ واللغة والثقافة والقيم المشتركة لشعوبنا"، مؤكدا أن بلاده "ستكون عضوا فاعلا ومبادرا" في جميع مجالات عمل المنظمة.

واقترح ميرضيائيف تطوير ممرات النقل التي تربط آسيا الوسطى بأوروبا عبر بحر قزوين والقوقاز، وتبسيط الإجراءات الجمركية بين الدول الأعضاء، وإطلاق برامج مشتركة في مجال السياحة تقوم على المدن التاريخية لطريق الحرير، إلى جانب توسيع التعاون بين الجامعات ومراكز البحث.

وأضاف: "إن حجم التبادل التجاري بين بلداننا لا يعكس الإمكانات الهائلة التي نملكها. يعيش في دولنا أكثر من 150 مليون نسمة، ونحن قادرون على أن نجعل منطقتنا جسرا حقيقيا بين الشرق والغرب".

قرارات القمة

وتسلمت أذربيجان الرئاسة الدورية للمجلس من قيرغيزستان، كما قرر القادة منح الرئيس الأول لكازاخستان نور سلطان نزارباييف صفة الرئيس الفخري للمجلس مدى الحياة، تقديرا لدوره في تأسيسه.

ووقع القادة في ختام القمة إعلان باكو، الذي يؤكد عزم الدول الأعضاء على تعزيز التعاون في مجالات الاقتصاد والنقل والطاقة والثقافة والتعليم، ويدعو إلى تكثيف التنسيق في المحافل الدولية.

وحضر رئيس وزراء المجر فيكتور أوربان أعمال القمة، إذ تتمتع بلاده بصفة المراقب في المجلس منذ العام الماضي. أما تركمانستان، التي تلتزم بسياسة الحياد الدائم المعترف بها أمميا، فلم تنضم إلى المجلس حتى الآن، رغم الدعوات المتكررة من الدول الأعضاء.

ويذكر أن المجلس تأسس بموجب اتفاقية نخجوان التي وقعتها أذربيجان وكازاخستان وقيرغيزستان وتركيا في الثالث من أكتوبر 2009، ويتخذ من إسطنبول مقرا لأمانته العامة.

وعلى هامش القمة، عقد رئيس الدولة لقاءات ثنائية مع عدد من القادة المشاركين، بحث خلالها سبل تطوير التعاون التجاري والاستثماري وتنفيذ الاتفاقات الموقعة سابقا.""",
        [
            G(
                "alliance.joined",
                "occurred",
                ["Uzbekistan", "Shavkat Mirziyoyev"],
                [_OTS],
            ),
            # the domestic procedures to accede to the Nakhchivan agreement, completed before
            G("alliance.joined", "historical", ["Uzbekistan"], [_OTS], core=False),
            # Hungary an observer since 2018; Turkmenistan "لم تنضم إلى المجلس حتى الآن"
            G("alliance.joined", "historical", ["Hungary"], [_OTS], core=False),
            G("alliance.joined", "negated", ["Turkmenistan"], [_OTS], core=False),
            # the Baku declaration, and the Nakhchivan agreement of 2009
            G(
                "agreement.signed",
                "occurred",
                [_OTS, "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Turkey", "Uzbekistan"],
                [],
                core=False,
            ),
            G(
                "agreement.signed",
                "historical",
                ["Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Turkey"],
                [],
                core=False,
            ),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c07-alshahid-eastleigh-somalia-kenya-ties-restored-2021",
        date(2021, 5, 7),
        """في إيستلي.. تجار صوماليون يرحبون بعودة العلاقات بين مقديشو ونيروبي: "السياسة أغلقت أبوابنا"

نيروبي - الشاهد
الجمعة 7 مايو 2021

في شارع "فيرست أفينيو" المزدحم بحي إيستلي، الذي يلقبه سكان نيروبي بـ"مقديشو الصغيرة"، تبادل التجار الصوماليون التهاني صباح اليوم، بعد ساعات من إعلان الحكومة الصومالية استئناف العلاقات الدبلوماسية مع كينيا، عقب قطيعة استمرت نحو خمسة أشهر.

وقالت وزارة الإعلام الصومالية، في بيان مساء أمس الخميس، إن الحكومة قررت إعادة العلاقات مع كينيا "حرصا على مبدأ حسن الجوار"، وذلك استجابة لجهود الوساطة التي قادها المبعوث القطري الخاص مطلق بن ماجد القحطاني، الذي تنقل بين مقديشو ونيروبي خلال الأسابيع الماضية. ورحبت وزارة الخارجية الكينية بالخطوة، مؤكدة التزامها بعلاقات "قائمة على الاحترام المتبادل".

وكانت مقديشو قد قطعت علاقاتها مع نيروبي في 15 ديسمبر الماضي، متهمة إياها بالتدخل في شؤونها الداخلية، ولا سيما في ولاية جوبالاند، وجاء القرار آنذاك بعد يوم من استقبال الرئيس الكيني أوهورو كينياتا رئيس إقليم أرض الصومال موسى بيحي عبدي في نيروبي.

"السياسة أغلقت أبوابنا"

يقول عبد الرحمن، الذي يدير متجرا للأقمشة في مجمع "غاريسا لودج" منذ عشرين عاما، إن الأشهر الماضية كانت "الأصعب منذ جائحة كورونا". ويضيف: "نحن نعيش هنا ونتاجر مع مقديشو وكيسمايو. حين تتوتر العلاقات تتأخر البضائع في الموانئ، ويتشدد رجال الشرطة في التفتيش، ويخاف الناس على أوراق إقامتهم. السياسة أغلقت أبوابنا، واليوم نأمل أن تفتحها".

وعلى بعد أمتار، يتابع حسن، وهو وسيط في تحويل الأموال، الأخبار على هاتفه. "زبائني يرسلون المال إلى أسرهم في الصومال كل أسبوع، ولم تتوقف التحويلات يوما، لكن الجميع كان ينتظر هذا الخبر".

وفي المقابل، يأمل مزارعو القات في منطقة ميرو بوسط كينيا استئناف رحلات الشحن إلى مقديشو، المتوقفة منذ مارس من العام الماضي بقرار صومالي قالت السلطات إنه جاء لدواع صحية، فيما رأى فيه المزارعون عقابا سياسيا كلفهم ملايين الدولارات.

ما الذي ينتظر البلدين؟

لم يعلن الجانبان بعد موعد عودة السفيرين، لكن مصادر دبلوماسية رجحت أن يعود السفير الصومالي إلى نيروبي "خلال أسابيع". ولا يزال النزاع على الحدود البحرية معروضا على محكمة العدل الدولية، التي قاطعت كينيا جلساتها في مارس الماضي.

ويشارك نحو 3600 جندي كيني في بعثة الاتحاد الأفريقي في الصومال (أميسوم) منذ عام 2012، ولم تتأثر مشاركتهم بالقطيعة الدبلوماسية.

ويأتي القرار الصومالي بعد أيام من تراجع الرئيس محمد عبد الله فرماجو عن تمديد ولايته عامين، إثر اشتباكات في مقديشو بين قوات موالية له وأخرى معارضة، وموافقته على العودة إلى مسار التفاوض على الانتخابات.

وتقول فاطمة، الطالبة في جامعة نيروبي: "نحن جيل ولد نصفه هنا ونصفه هناك. لا نريد أن نختار بين بلدين".""",
        [
            G("relations.restored", "occurred", ["Somalia", "Kenya"], []),
            # the ambassadors expected back "خلال أسابيع"
            G("relations.restored", "planned", ["Somalia", "Kenya"], [], core=False),
            # the Kenyan troops in AMISOM since 2012
            G("military.presence", "historical", ["Kenya"], ["Somalia"], core=False),
        ],
        not_targets=["Qatar", "Somaliland", "Jubaland"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c08-echaab-mali-ex-combatants-integrated-army-algiers-agreement-2022",
        date(2022, 8, 7),
        """مالي: اتفاق على إدماج 26 ألف مقاتل سابق في الجيش ومؤسسات الدولة.. دفع جديد لمسار الجزائر

الجزائر - الشعب
الأحد 7 أوت 2022

اتفقت الحكومة الانتقالية في مالي والحركات الموقعة على اتفاق السلم والمصالحة المنبثق عن مسار الجزائر، في ختام اجتماع "المستوى القراري" الذي احتضنته باماكو على مدى خمسة أيام واختتم الجمعة، على إدماج 26 ألف مقاتل سابق في قوات الدفاع والأمن وفي الإدارات العمومية على مرحلتين، في خطوة وصفتها الوساطة الدولية التي تقودها الجزائر بأنها "الأهم منذ سنوات".

ونص البيان الختامي على أن تتولى لجنة مختصة تحديد حصص الإدماج في الجيش والدرك والشرطة وفق معايير السن والتكوين والكفاءة، على أن تنطلق العملية في الأشهر المقبلة، بالتوازي مع تسريح من لا تتوفر فيهم الشروط ومرافقتهم في مشاريع اقتصادية. كما تقرر تشكيل لجنة خاصة للنظر في مسألة إدماج كبار قادة الحركات في التسلسل القيادي للقوات المسلحة المالية.

ورحب وزير الشؤون الخارجية والجالية الوطنية بالخارج رمطان لعمامرة بنتائج الاجتماع، معتبرا في اتصال هاتفي مع نظيره المالي عبد الله ديوب أنها "تؤكد أن الحوار بين الماليين هو الطريق الوحيد إلى سلام دائم"، ومجددا استعداد الجزائر لمرافقة الأطراف في تنفيذ ما اتفق عليه.

تعثر دام سنوات

وظل ملف نزع السلاح والتسريح وإعادة الإدماج يراوح مكانه منذ توقيع اتفاق الجزائر عام 2015 بين الحكومة المالية وتنسيقية حركات الأزواد وتحالف "المنصة"، بسبب الخلافات حول عدد المقاتلين المؤهلين ورتب القادة وتوزيعهم على المناطق العسكرية، وتبادل الطرفين الاتهامات بالمماطلة.

ولم يتحقق حتى الآن سوى نشر أولى وحدات "الجيش المعاد تشكيله"، التي تضم جنودا نظاميين ومقاتلين سابقين من الحركات، في كيدال وغاو وتمبكتو مطلع عام 2020، وهي وحدات ظلت محدودة العدد والتسليح.

سياق إقليمي

ويأتي الاتفاق بعد نحو شهر من رفع المجموعة الاقتصادية لدول غرب إفريقيا (إيكواس) العقوبات الاقتصادية والمالية التي فرضتها على مالي في جانفي الماضي، إثر تقديم السلطات الانتقالية جدولا زمنيا لتنظيم الانتخابات الرئاسية في مارس 2024، وإن أبقت المجموعة على تعليق عضوية باماكو في هيئاتها وعلى العقوبات الفردية التي تستهدف أعضاء السلطة الانتقالية.

كما يتزامن مع استعداد آخر الجنود الفرنسيين لمغادرة مالي خلال أيام، بعد تسع سنوات من الوجود العسكري في الشمال، في ظل توتر غير مسبوق بين باريس وباماكو.

قراءة

وترى أوساط متابعة للملف في الجزائر أن نجاح العملية مرهون بتوفير التمويل اللازم لمراكز التجميع والتكوين، وبقدرة الأطراف على تجاوز أزمة الثقة التي عطلت تنفيذ الاتفاق سبع سنوات، مؤكدة أن مقاربة الجزائر القائمة على الحل السياسي وعدم التدخل "أثبتت مرة أخرى نجاعتها"، في منطقة تعاني من تمدد الجماعات الإرهابية وتراجع حضور الدولة في مساحات واسعة من الشمال والوسط.""",
        [
            G("forces.integrated", "planned", ["Mali"], [_CMA]),
            # the disarmament file "يراوح مكانه" since 2015; the reconstituted units of 2020
            G("forces.integrated", "stalled", ["Mali"], [_CMA], core=False),
            G("forces.integrated", "historical", ["Mali"], [_CMA], core=False),
            # the Algiers agreement of 2015
            G(
                "agreement.signed",
                "historical",
                ["Mali", _CMA, "Algeria"],
                [],
                core=False,
            ),
            # ECOWAS's sanctions of January, lifted in July, the individual ones kept
            G("sanctions.imposed", "historical", [_ECOWAS], ["Mali"], core=False),
            G("sanctions.lifted", "historical", [_ECOWAS], ["Mali"], core=False),
            G("sanctions.lifted", "negated", [_ECOWAS], ["Mali"], core=False),
        ],
        not_targets=["Algeria", "France"],
        known_miss='"اتفقت الحكومة الانتقالية في مالي والحركات الموقعة …، في ختام اجتماع "المستوى القراري" … واختتم الجمعة، على إدماج 26 ألف مقاتل سابق في قوات الدفاع والأمن" gives nothing: "إدماج" is no integration trigger where "دمج" is, and a phrase set off by commas between the agreeing subject and its masdar cuts the subject off',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c09-sada-almashrek-canada-latvia-brigade-roadmap-2023",
        date(2023, 7, 12),
        """ترودو من ريغا: كندا ترفع قواتها في لاتفيا إلى 2200 عسكري وتقود أول لواء أطلسي هناك

مونتريال - "صدى المشرق"
الأربعاء 12 تموز/يوليو 2023

أعلن رئيس الوزراء جاستن ترودو، خلال زيارة قام بها يوم الاثنين إلى قاعدة أداجي العسكرية قرب العاصمة اللاتفية ريغا، أن كندا ستنشر ما يصل إلى 1200 عسكري إضافي في لاتفيا على مراحل خلال السنوات المقبلة، ليبلغ عدد قواتها هناك نحو 2200 عسكري بشكل دائم، في إطار تحويل مجموعة القتال المتعددة الجنسيات التابعة لحلف شمال الأطلسي (الناتو)، التي تقودها كندا منذ عام 2017، إلى لواء متكامل بحلول عام 2026.

ووقعت وزيرة الدفاع الوطني أنيتا أناند ونظيرتها اللاتفية إينارا مورنيتسه، بحضور ترودو ورئيس الوزراء اللاتفي كريشيانيس كارينش، خريطة طريق تحدد مراحل الانتشار وتقاسم الأعباء بين البلدين، إذ تتولى ريغا توفير البنية التحتية والمساكن ومرافق التدريب، فيما تزود أوتاوا اللواء بمنظومات مضادة للطائرات المسيرة وأسلحة مضادة للدبابات وأنظمة دفاع جوي قصيرة المدى.

وقال ترودو أمام الجنود الكنديين إن "أمن لاتفيا من أمن كندا"، مضيفا أن الحضور الكندي "لم يعد مؤقتا ولا رمزيا". وسيبقى جزء من اللواء قائما على وحدات تتناوب عليها الدول المشاركة كل ستة أشهر، فيما تستقر قيادة اللواء وعناصر الدعم بشكل دائم. وتشارك في المجموعة الحالية قوات من عشر دول أخرى، أبرزها إسبانيا وبولندا وإيطاليا.

وسئل ترودو عن إمكانية إرسال قوات إلى أوكرانيا، فأجاب بأن كندا "لن ترسل قوات قتالية إلى الأراضي الأوكرانية"، وأنها ستواصل تقديم المساعدات العسكرية وتدريب الجنود الأوكرانيين خارج بلادهم.

ومن ريغا توجه ترودو إلى فيلنيوس للمشاركة في قمة الحلف، حيث يتوقع أن تواجه كندا ضغوطا للوفاء بتعهد إنفاق 2 في المائة من ناتجها المحلي الإجمالي على الدفاع، وهي نسبة لا تزال بعيدة عنها. وانتقد زعيم المحافظين بيير بوالييفر الحكومة، معتبرا أن "الإعلانات في الخارج لا تعوض ضعف الإنفاق في الداخل".

ويرى خبراء عسكريون في أوتاوا أن التحدي الأكبر لن يكون في التمويل بل في التجنيد، إذ تعاني القوات المسلحة الكندية نقصا بآلاف العناصر، ما قد يدفعها إلى الاعتماد على جنود الاحتياط لسد الحاجة في السنوات الأولى.

محطات

تموز/يوليو 2016: قمة وارسو تقرر نشر مجموعات قتالية متقدمة في دول البلطيق وبولندا، وكندا تتولى قيادة مجموعة لاتفيا.
حزيران/يونيو 2017: وصول الدفعة الأولى من القوات الكندية إلى قاعدة أداجي.
شباط/فبراير 2022: بعد الغزو الروسي لأوكرانيا، كندا ترسل مئات العسكريين الإضافيين وبطارية مدفعية إلى لاتفيا.
حزيران/يونيو 2022: توقيع إعلان مشترك في مدريد لرفع المجموعة القتالية إلى مستوى لواء.
10 تموز/يوليو 2023: توقيع خريطة الطريق في ريغا.
2026: الموعد المستهدف لاكتمال انتشار اللواء.""",
        [
            G("military.presence", "planned", ["Canada", "Justin Trudeau"], ["Latvia"]),
            G("agreement.signed", "occurred", ["Canada", "Latvia", "Anita Anand"], []),
            # the battlegroup led since 2017 and the reinforcements of February 2022
            G("military.presence", "historical", ["Canada"], ["Latvia"], core=False),
            # the joint declaration of Madrid, June 2022
            G("agreement.signed", "historical", ["Canada", "Latvia"], [], core=False),
            # "لن ترسل قوات قتالية إلى الأراضي الأوكرانية"
            G("military.presence", "negated", ["Canada"], ["Ukraine"], core=False),
        ],
        not_targets=["Russia", "Lithuania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c10-alyaum-saudi-grand-prix-alonso-penalty-withdrawn-2023",
        date(2023, 3, 20),
        """بيريز يتوج بجائزة السعودية الكبرى.. وألونسو يستعيد منصته الـ100 بعد إلغاء عقوبته

جدة - اليوم
الاثنين 20 مارس 2023

حقق المكسيكي سيرجيو بيريز، سائق فريق ريد بول، فوزه الأول هذا الموسم في سباق جائزة السعودية الكبرى للفورمولا 1، الذي أقيم مساء أمس الأحد على حلبة كورنيش جدة، متقدما على زميله بطل العالم الهولندي ماكس فيرستابن، الذي انطلق من المركز الخامس عشر بعد عطل في عمود نقل الحركة خلال التجارب التأهيلية، ونجح في تسلق المراكز تباعا حتى بلغ المركز الثاني، محققا في الوقت نفسه نقطة أسرع لفة.

وعاش الإسباني فرناندو ألونسو، سائق أستون مارتن، ليلة متقلبة؛ فبعد أن عبر خط النهاية ثالثا، فرض مضيفو السباق عليه عقوبة زمنية مدتها عشر ثوان، بحجة أن أحد الميكانيكيين لمس السيارة بالرافعة قبل انقضاء عقوبة الثواني الخمس التي قضاها عند توقفه في منطقة الصيانة، بسبب خطأ في تموضعه على خط الانطلاق. وأدت العقوبة إلى تراجعه إلى المركز الرابع لمصلحة البريطاني جورج راسل سائق مرسيدس.

غير أن المضيفين عادوا، بعد جلسة استماع عقدت بطلب من فريق أستون مارتن، وألغوا العقوبة إثر تقديم الفريق أدلة على أن تفسير القاعدة "لم يكن واضحا" في سباقات سابقة، ليستعيد ألونسو المركز الثالث ومنصة التتويج المئة في مسيرته. وقال الاتحاد الدولي للسيارات إنه سيوضح القاعدة للفرق قبل السباق المقبل.

وقال ألونسو بعد استعادة مركزه: "لم يكن الأمر عادلا منذ البداية، ولم تكن صورة جيدة للفورمولا 1 أن تتغير النتائج بعد ساعات من نهاية السباق. لكنني سعيد بالمنصة المئة، وسعيد أكثر بأداء السيارة".

وكان ألونسو قد انضم إلى أستون مارتن مطلع الموسم قادما من ألبين بعقد متعدد السنوات، خلفا للألماني سيباستيان فيتل الذي أعلن اعتزاله. ويحمل الفريق منذ العام الماضي اسم شركة أرامكو السعودية بموجب اتفاقية رعاية تعد من أكبر اتفاقيات الرعاية في البطولة.

تفاصيل السباق

انطلق بيريز من المركز الأول، وخسر الصدارة لألونسو عند الانطلاق قبل أن يستعيدها في اللفة الرابعة. وتغير مسار السباق بعد نشر سيارة الأمان في اللفة الثامنة عشرة إثر انسحاب الكندي لانس سترول بعطل في سيارته، ما سمح لمعظم السائقين بالتوقف لتبديل الإطارات.

وحل البريطاني لويس هاميلتون خامسا، أمام الإسباني كارلوس ساينز، ثم الموناكي شارل لوكلير، الذي انطلق من المركز الثاني عشر بعد عقوبة تراجع عشرة مراكز على شبكة الانطلاق لتغيير وحدة التحكم الإلكترونية في سيارته.

وبهذه النتيجة، يتصدر فيرستابن ترتيب بطولة السائقين برصيد 44 نقطة، بفارق نقطة واحدة عن بيريز، فيما يحتل ألونسو المركز الثالث برصيد 30 نقطة.

وشهدت المدرجات حضورا جماهيريا كبيرا، بعد عام من نسخة خيم عليها القلق، حين هدد السائقون بالانسحاب من السباق إثر هجوم استهدف منشأة نفطية قريبة من الحلبة خلال التجارب الحرة، قبل أن يتقرر المضي فيه.

وتتجه البطولة إلى ملبورن، حيث يقام سباق جائزة أستراليا الكبرى في الثاني من أبريل.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c11-barlamane-al-haouz-earthquake-foreign-rescue-teams-2023",
        date(2023, 9, 11),
        """زلزال الحوز.. الحصيلة ترتفع إلى 2122 قتيلا والمغرب يستجيب لعروض أربع دول صديقة

الرباط - برلمان.كوم
الاثنين 11 شتنبر 2023

ارتفعت حصيلة ضحايا الزلزال العنيف الذي ضرب عددا من أقاليم المملكة ليلة الجمعة إلى 2122 قتيلا و2421 جريحا، حسب آخر بلاغ لوزارة الداخلية مساء أمس الأحد، فيما تتواصل عمليات البحث عن ناجين تحت الأنقاض في الدواوير الجبلية المعزولة بإقليمي الحوز وتارودانت، الأكثر تضررا.

وبلغت قوة الزلزال 7 درجات على سلم ريشتر، حسب المعهد الوطني للجيوفيزياء، وحدد مركزه في جماعة إغيل بإقليم الحوز، على بعد نحو 70 كيلومترا جنوب غرب مراكش، ليكون الأعنف الذي تشهده المملكة منذ عقود. وسجلت صباح الأحد هزة ارتدادية بقوة 4.5 درجات أثارت الذعر في صفوف الساكنة.

فرق أجنبية

وأعلنت وزارة الداخلية أن السلطات المغربية استجابت، في هذه المرحلة، لعروض الدعم التي قدمتها أربع دول صديقة، هي إسبانيا وقطر والمملكة المتحدة والإمارات العربية المتحدة، لإرسال فرق للبحث والإنقاذ، موضحة أن هذا الاختيار جاء بعد "تقييم دقيق للحاجيات في الميدان"، وأن عروضا أخرى قد تقبل إذا تطورت الحاجيات. ووصلت أولى فرق الإنقاذ الإسبانية والقطرية إلى مطار مراكش المنارة، وانتشرت في المناطق المنكوبة بتنسيق مع السلطات المحلية.

وعبرت دول عديدة عن تضامنها مع المغرب وعرضت تقديم المساعدة، فيما تتواصل رحلات طائرات المساعدات إلى مراكش.

مجهود وطني

وبتعليمات ملكية سامية، نشرت القوات المسلحة الملكية فرقا للبحث والإنقاذ ومستشفى طبيا جراحيا ميدانيا بجماعة أسني، كما أقامت جسرا جويا بالمروحيات لنقل المصابين من المناطق التي يتعذر الوصول إليها برا. وتعمل فرق وزارة التجهيز على رفع الأحجار والأتربة عن الطرق الجبلية التي قطعتها الانهيارات، وفي مقدمتها الطريق المؤدية إلى تيزي نتاست.

وأعلن الديوان الملكي حدادا وطنيا لمدة ثلاثة أيام مع تنكيس الأعلام فوق جميع المباني العمومية، كما أمر الملك محمد السادس بفتح حساب خاص لدى الخزينة العامة للمملكة وبنك المغرب لتلقي مساهمات المواطنين والهيئات الراغبة في دعم المتضررين.

وقررت وزارة التربية الوطنية تعليق الدراسة مؤقتا بالمؤسسات التعليمية في الجماعات الأكثر تضررا، في انتظار تقييم سلامة البنايات.

تضامن واسع

وانضم آلاف المتطوعين إلى قوافل التضامن التي انطلقت من مختلف المدن نحو المناطق المتضررة، محملة بالأغطية والخيام والمواد الغذائية، فيما شهدت مراكز تحاقن الدم إقبالا غير مسبوق.

وحذرت السلطات من المضاربة في أسعار المواد الغذائية والأغطية ومواد البناء، ملوحة بعقوبات زجرية في حق المخالفين، بعد شكاوى من ارتفاع الأسعار في بعض الأسواق القريبة من المناطق المنكوبة.

ولحقت أضرار جسيمة بمسجد تينمل التاريخي الذي يعود إلى القرن الثاني عشر، كما سجلت تشققات في أجزاء من أسوار مدينة مراكش العتيقة، وفق ما أفادت به مصادر من وزارة الشباب والثقافة والتواصل.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-c12-akhbar-alyoum-brazil-court-lifts-ban-on-x-2024",
        date(2024, 10, 9),
        """بعد 39 يوما من الحجب.. القضاء البرازيلي يرفع الحظر عن منصة "إكس"

برازيليا - وكالات - "أخبار اليوم"
الأربعاء 9 أكتوبر 2024

أذن قاضي المحكمة الاتحادية العليا في البرازيل ألكسندر دي مورايس، مساء أمس الثلاثاء، باستئناف منصة التواصل الاجتماعي "إكس"، المملوكة للملياردير الأمريكي إيلون ماسك، نشاطها في البلاد، بعد أن سددت الشركة غرامات بلغت نحو 28.6 مليون ريال برازيلي (نحو 5.2 مليون دولار)، وامتثلت لأوامر قضائية ظلت ترفضها لأشهر.

وأمر القاضي الهيئة الوطنية للاتصالات "أناتيل" باتخاذ الإجراءات اللازمة لرفع الحجب خلال 24 ساعة، ليعود ملايين البرازيليين إلى استخدام المنصة تدريجيا منذ صباح اليوم.

ما الذي تغير؟

عينت "إكس" ممثلة قانونية لها في البرازيل، وهو الشرط الذي كان في قلب الأزمة، وحجبت الحسابات التي أمرت المحكمة بتعليقها بتهمة نشر معلومات مضللة والتحريض على المؤسسات الديمقراطية، كما سددت غرامة إضافية فرضت عليها بعد أن عادت المنصة إلى العمل لفترة وجيزة في سبتمبر إثر تغيير في خوادمها، اعتبره القاضي محاولة للالتفاف على القرار.

وقالت الشركة في بيان إنها "فخورة بالعودة إلى البرازيل"، مؤكدة أن إتاحة المنصة لعشرات الملايين من البرازيليين "كانت أولوية منذ البداية".

خلفية الأزمة

وكان دي مورايس قد أمر بتعليق المنصة في 30 أغسطس الماضي، بعد أن أغلقت الشركة مكتبها في البرازيل ورفضت تعيين ممثل قانوني جديد، قبل أن تؤيد الدائرة الأولى في المحكمة القرار بالإجماع. كما أمر القاضي بتجميد الحسابات المصرفية لشركة "ستارلينك"، المملوكة بدورها لماسك، لضمان سداد الغرامات، ثم أمر بتحويل أكثر من 18 مليون ريال من حسابات الشركتين إلى الخزينة العامة.

ولوح القاضي آنذاك بغرامة قدرها 50 ألف ريال يوميا على كل من يلتف على الحجب عبر الشبكات الافتراضية الخاصة، وهو ما أثار انتقادات واسعة من محامين ومنظمات معنية بحرية التعبير.

ووصف ماسك القاضي مرارا بأنه "ديكتاتور"، في حين دافع الرئيس لويز إيناسيو لولا دا سيلفا عن القضاء، قائلا إن "على أي شخص من أي مكان في العالم يستثمر في البرازيل أن يخضع لقوانينها".

أين ذهب المستخدمون؟

وخلال فترة الحجب، انضم أكثر من مليوني مستخدم برازيلي إلى منصة "بلوسكاي" المنافسة، فيما نقل سياسيون وصحفيون ومؤثرون نشاطهم إلى "ثريدز" و"إنستغرام". ويرى محللون أن جزءا من هؤلاء قد لا يعود، وأن المنصة خسرت موقعها خلال حملة الانتخابات البلدية التي جرت جولتها الأولى الأحد الماضي.

وتعد البرازيل، التي يتجاوز عدد سكانها 200 مليون نسمة، من أكبر أسواق "إكس" في العالم، إذ كان عدد مستخدميها فيها يقدر بنحو 20 مليونا قبل الحجب.""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout30_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout30_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a power a law grants is no freeze, and the state of the war the listed are linked to is
    # no target
    pytest.param(
        "يمنح القانون الجديد الحكومة صلاحية تجميد أصول النظام السوري.",
        date(2023, 5, 1),
        [],
        [],
        id="power-granted-is-no-freeze",
    ),
    pytest.param(
        "فرضت كندا عقوبات على رجال أعمال مرتبطين بالحرب على أوكرانيا.",
        date(2023, 5, 1),
        [("sanctions.imposed", "occurred", "Canada")],
        ["Ukraine"],
        id="state-of-the-war-not-target",
    ),
    # the plural demonym names its state; "the government" of a minister is her state's
    pytest.param(
        "ستفرض اليابان عقوبات على مسؤولين روس.",
        date(2022, 3, 10),
        [("sanctions.imposed", "planned", "target:Russia")],
        [],
        id="plural-demonym-names-the-state",
        marks=_xfail('"روس" names no state: no target'),
    ),
    pytest.param(
        "قالت وزيرة الخارجية الأسترالية إن الحكومة ستفرض عقوبات على روسيا.",
        date(2022, 3, 10),
        [("sanctions.imposed", "planned", "Australia")],
        [],
        id="government-of-the-speaking-minister",
    ),
    # a framework adopted that allows sanctions is an imposition, past a day with "الماضي" too
    pytest.param(
        "اعتمد مجلس الاتحاد الأوروبي يوم الاثنين الماضي إطارا قانونيا يسمح بفرض عقوبات على "
        "المسؤولين عن القمع في إيران.",
        date(2023, 5, 1),
        [("sanctions.imposed", "occurred", "Council of the European Union")],
        [],
        id="framework-adopted-past-a-past-day",
        marks=_xfail('read by "يسمح بفرض" alone, as planned'),
    ),
    pytest.param(
        "اعتمد مجلس الاتحاد الأوروبي يوم الاثنين إطارا قانونيا يسمح بفرض عقوبات على إيران.",
        date(2023, 5, 1),
        [("sanctions.imposed", "occurred", "target:Iran")],
        [],
        id="framework-adopted",
    ),
    # those responsible for undermining democracy in a state: that state is the target
    pytest.param(
        "فرض الاتحاد الأوروبي عقوبات على المسؤولين عن تقويض الديمقراطية في غواتيمالا.",
        date(2024, 1, 15),
        [("sanctions.imposed", "occurred", "target:Guatemala")],
        [],
        id="those-undermining-democracy-in-a-state",
        marks=_xfail("no target"),
    ),
    # an exemption whose subject and object take more than a word each
    pytest.param(
        "أعفت وزارة الخزانة الأمريكية المصرف المركزي العراقي من العقوبات.",
        date(2023, 5, 1),
        [("sanctions.suspended", "occurred", "United States Department of the Treasury")],
        [],
        id="exemption-past-a-long-object",
    ),
    pytest.param(
        "منحت واشنطن العراق إعفاء من العقوبات لمدة 120 يوما.",
        date(2023, 5, 1),
        [("sanctions.suspended", "occurred", "target:Iraq")],
        [],
        id="exemption-granted",
    ),
    # the subject of a "في حين" clause is the subject of the clause before, however long
    pytest.param(
        "أعلنت الإدارة الأمريكية أمس خطة واسعة لدعم صناعة أشباه الموصلات وتوسيع التعاون مع "
        "الحلفاء في آسيا وأوروبا، في حين فرضت عقوبات على سفن إيرانية.",
        date(2023, 5, 1),
        [("sanctions.imposed", "occurred", "United States")],
        [],
        id="subject-of-a-fi-hin-clause",
    ),
    # firms and entities named by a demonym belong to its state
    pytest.param(
        "فرضت بريطانيا عقوبات على شركات وكيانات إيرانية.",
        date(2023, 5, 1),
        [("sanctions.imposed", "occurred", "target:Iran")],
        [],
        id="firms-and-entities-of-a-state",
        marks=_xfail('an unlinked "وكيانات إيرانية" is the target, not Iran'),
    ),
    # rebuilding ties that were never cut is no restoration; ties restored are
    pytest.param(
        "قال الوزير إن زيارته تهدف إلى إعادة بناء العلاقات مع فرنسا بعد سنوات من الفتور.",
        date(2023, 5, 1),
        [],
        [],
        id="rebuilding-ties-is-no-restoration",
    ),
    pytest.param(
        "أعلنت الصومال إعادة العلاقات الدبلوماسية مع كينيا.",
        date(2021, 5, 7),
        [("relations.restored", "occurred", "Kenya")],
        [],
        id="ties-restored",
    ),
    # "إدماج" integrates as "دمج" does
    pytest.param(
        "قررت الحكومة الليبية إدماج عناصر الكتائب المسلحة في الجيش الليبي.",
        date(2023, 5, 1),
        [("forces.integrated", "occurred", "Libya")],
        [],
        id="idmaj-integrates",
    ),
    # an agreement to integrate: its parties past a phrase in commas, and its status planned
    pytest.param(
        "اتفقت الحكومة التشادية والحركات المسلحة، في ختام مفاوضات الدوحة، على دمج المقاتلين في "
        "الجيش خلال الأشهر المقبلة.",
        date(2022, 8, 8),
        [("forces.integrated", "planned", "Chad")],
        [],
        id="agreement-to-integrate-past-a-comma-phrase",
    ),
    pytest.param(
        "اتفقت الحكومة التشادية والحركات المسلحة على دمج المقاتلين في الجيش.",
        date(2022, 8, 8),
        [("forces.integrated", "planned", "Chad")],
        [],
        id="agreement-to-integrate-is-planned",
        marks=_xfail("read as done: occurred"),
    ),
    pytest.param(
        "اتفقت الحكومة التشادية والحركات المسلحة على دمج المقاتلين في الجيش خلال الأشهر المقبلة.",
        date(2022, 8, 8),
        [("forces.integrated", "planned", "Chad")],
        [],
        id="agreement-to-integrate-with-a-date",
    ),
    # a roadmap is signed like an agreement; ministers by office and nationality sign for
    # their states
    pytest.param(
        "وقعت بولندا وليتوانيا خريطة طريق للتعاون الدفاعي.",
        date(2023, 5, 1),
        [("agreement.signed", "occurred", "Poland")],
        [],
        id="roadmap-signed",
    ),
    pytest.param(
        "وقع وزير الدفاع الإيطالي ونظيره الياباني اتفاقية للتعاون الدفاعي.",
        date(2023, 5, 1),
        [("agreement.signed", "occurred", "Italy")],
        [],
        id="signers-by-office-and-nationality",
        marks=_xfail("nothing: the signers are no participants"),
    ),
    pytest.param(
        "وقع وزيرا دفاع إيطاليا واليابان اتفاقية للتعاون الدفاعي.",
        date(2023, 5, 1),
        [("agreement.signed", "occurred", "Italy")],
        [],
        id="ministers-of-two-states-sign",
    ),
    # a box line dated by both names of a month is dated
    pytest.param(
        "آذار/مارس 2019: ألمانيا ترسل كتيبة إلى ليتوانيا.",
        date(2023, 5, 1),
        [],
        [],
        id="box-line-dated-by-two-month-names",
    ),
    pytest.param(
        "آذار 2019: ألمانيا ترسل كتيبة إلى ليتوانيا.",
        date(2023, 5, 1),
        [],
        [],
        id="box-line-dated-by-one-month-name",
    ),
    # what works: a reinforcement to come, combat troops denied, a renewal in months, a delisting
    pytest.param(
        "أعلن رئيس الوزراء أن بريطانيا ستنشر ما يصل إلى 900 جندي إضافي في إستونيا خلال السنوات "
        "المقبلة.",
        date(2023, 5, 1),
        [("military.presence", "planned", "target:Estonia")],
        [],
        id="reinforcement-up-to-a-number",
    ),
    pytest.param(
        "أكد الرئيس أن فرنسا لن ترسل قوات قتالية إلى أوكرانيا.",
        date(2023, 5, 1),
        [],
        [],
        id="combat-troops-denied",
    ),
    pytest.param(
        "مدد مجلس الأمن الدولي نظام العقوبات المفروض على جنوب السودان لمدة اثني عشر شهرا.",
        date(2022, 5, 26),
        [("sanctions.extended", "occurred", "target:South Sudan")],
        [],
        id="renewal-for-twelve-months",
    ),
    pytest.param(
        "رفعت وزارة الخزانة الأمريكية شركة صينية من قائمة العقوبات بعد حكم قضائي.",
        date(2025, 3, 22),
        [("sanctions.lifted", "occurred", "United States Department of the Treasury")],
        [],
        id="delisting-after-a-ruling",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout30_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout30_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
