"""An eighty-second, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-one held-out sets: Arabic copy of 2011-2022 as Sudanese, Yemeni, Algerian, Moroccan,
Qatari, Syrian and Jordanian outlets, pan-Arab dailies and the Arabic services of international
broadcasters carry it (a Sudanese news site, "الخرطوم - «سودان تربيون»", with a Bahri taxi driver's
"الزول ده كان بيخوف البلد كلها"; a Yemeni news site, "نيويورك - «يمن مونيتور»", with a Taiz
teacher; a London pan-Arab daily of 2011, "نيويورك - «الحياة»", with a Benghazi grocer; an
international broadcaster's Arabic service, "لندن - «بي بي سي عربي»", with a Tabriz carpet seller;
an Algerian daily, "الجزائر - «الخبر»", with a retired officer of Bab El Oued; a Qatari daily,
"سمرقند - «الراية»", with a Doha trader; a Moroccan news site, "الرباط - «هسبريس»", in Moroccan
usage ("القوات المسلحة الملكية", "المفتش العام") with a Salé café owner's "دابا"; a Damascus daily,
"دمشق - «الوطن»", with a Libyan student of Damascus University; a Syrian opposition news site,
"إدلب - «عنب بلدي»", with a Maarat al-Numan baker; an international broadcaster's Arabic site,
"كيغالي - «مونت كارلو الدولية»", with a Rwandan shopkeeper of Bangui's PK5; a Jordanian daily's
sports page, "عمّان - «الرأي» - رياضة", with a Wehdat fan; and an Omani daily's economy page,
"مسقط - «عُمان» - اقتصاد", with a Ruwi pensioner) on episodes the earlier sets do not carry as core
news: the State Department barring Salah Gosh and his family from the United States under section
7031(c), August 2019; the Security Council renewing the Yemen sanctions by Resolution 2675,
February 2023; the Security Council lifting the freeze on Libya's National Oil Corporation and
Zueitina by Resolution 2009, September 2011; OFAC's temporary general licence for earthquake relief
in Iran, August 2012; members of the US Congress calling for CAATSA sanctions on Algeria over its
Russian arms, September 2022; Qatar taking dialogue-partner status in the Shanghai Cooperation
Organisation at Samarkand, September 2022; Morocco and the United States signing a ten-year defence
roadmap on Mark Esper's visit to Rabat, October 2020; Libya's eastern interim government announcing
it will reopen the Libyan embassy in Damascus, March 2020; eleven Idlib factions merging into the
National Front for Liberation, May 2018; Rwanda sending troops to the Central African Republic
under its bilateral agreement, December 2020.

Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (up to set 96 English and 81 Arabic; docstrings, article texts and rule sentences) by
states, bodies, people, places, instruments and years in Arabic and English spellings, reading every
hit: "قوش"/"Gosh" (none but a Kerala bridge), "2675" (none; sets 28, 37, 71 and 80 carry other
Yemen steps), "القرار 2009" (only set 71 Arabic, as a one-line background of a later Libya
article; set 3 Arabic carries the central bank's lifting of December 2011, another step), Iran's
earthquake licence of 2012 ("زلزال" beside Iran and "earthquake" beside Iran: only set 2 Arabic's
list of another waiver), "الجزائر"/"Algeria" beside Congress, senators or CAATSA (none; set 41
Arabic carries France's visa threat of 2025), Qatar beside the SCO (only set 72 Arabic, a one-line
historical joining beside Saudi Arabia's), "إسبر"/"Esper" beside Morocco (none; set 79 Arabic
carries Tunisia's roadmap of the same tour, set 56 Arabic the Israeli memorandum of 2021), Libya
beside an embassy in Damascus (none), "الجبهة الوطنية للتحرير" (set 8 Arabic carries its merger
into the Syrian National Army of October 2019 and names its founding of May 2018 only as
background), and Rwanda beside the Central African Republic (set 17 English carries the deployment
of December 2020 only as a historical line). Some sixty other candidates were dropped because the
search found them as core news (among them the Captagon designations, Burundi's Article 96 lifting,
Ahmed Ali Saleh's delisting, the Rogan delisting, the Caesar and Nord Stream 2 waivers, Belarus's
suspensions, the Uganda and ICC threats, the Maldives and Cyprus warnings, Oman in the Islamic
coalition, Indonesia in BRICS, the UAE and Kuwait in the SCO, the Egypt-Greece and Gantz
agreements, the UAE's ambassador to Tehran, Algeria's ambassador back in Paris and Madrid, the
Maldives and Iran, Chad and Qatar, Sudan and Iran, the Operations Authority, the Amhara special
forces, the Sheikh Maqsoud Asayish, the victory conference, the Syrian National Army of 2017, the
Tripoli Protection Force, Nepal's Maoists, Ras Kamboni, the German Tornados at al-Azraq, Russian
instructors in Burkina Faso, Italy in Niger and Rwanda in Mozambique).

Facts the writer is unsure of: the day of the Gosh designation (14 August 2019) and whether his
wife and daughter were named with him; Resolution 2675's date (15 February 2023), its unanimity
and the end of the renewed measures (14 November 2023); Resolution 2009's unanimity and which
bodies stayed frozen; the licence's length (45 days) and ceiling ($300,000) and the death toll of
the Ahar and Varzaqan quakes; the number of members of Congress (27), the letter's sender (Lisa
McClain) and its day (the end of September 2022), and the amount of the arms deals ($7 billion);
whether Qatar signed its memorandum at Samarkand itself; the day of the Rabat roadmap (2 October
2020) and the title of Abdellatif Loudiyi; the names and titles of the Libyan delegation (Abdul
Hadi al-Hweij) and the day of the announcement (early March 2020); the number of factions (eleven)
and the day of the merger (28 May 2018); the size of the Rwandan force and the day (20 December
2020), and the number of Russian instructors (300).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Libyan embassy that the interim government "ستعيد فتح" in Damascus), next to historical,
negated and stalled ones; two are near misses: a Jordanian football page (a club that "رفعت …
عقوبة الإيقاف" on its striker, a player who "انضم", a contract "مدد", "وقع النادي", a federation
that "فرضت غرامة", a match "علقت", fans who "هددت بمقاطعة") and an Omani economy page (two insurers
that "وقعتا اتفاقية اندماج", a bourse that "علقت التداول", a memorandum "مدد", a company that
"ستنضم" to an index, fees "فرضت", a bank "أعاد" a product).

The decisions of the annotation, taken before any run: a State Department that "أدرجت … صلاح عبد
الله قوش … ومنعته وأفراد أسرته من دخول الولايات المتحدة" imposes (core; the State Department, the
United States and Mike Pompeo; Gosh; not Sudan or Egypt), the sanctions of 1997 a historical
imposition, their lifting of October 2017 a historical lifting, the constitutional document signed
"بعد أيام" a historical signing, "لم تفرض وزارة الخزانة أي عقوبات
مالية على قوش" a negated imposition, the talks on the terrorism list that "توقفت" a stalled
lifting. A council that "مدد … نظام العقوبات المفروض على اليمن" extends (core; the Security
Council; Yemen; not Iran or Saudi Arabia), Resolution 2140 of 2014 and the arms embargo of 2015 a
historical imposition, the Houthis' listing of 2022 a historical imposition, "لم يضف المجلس أي
أسماء جديدة" a negated imposition, the truce whose renewal "تعثرت" a stalled signing. A council
that "رفع التجميد عن أصول المؤسسة الوطنية للنفط وشركة الزويتينة" lifts (core; the Security
Council; Libya and the NOC; not France or Britain, the drafters), Resolutions 1970 and 1973 a
historical imposition, "لم يرفع القرار حظر السفر وتجميد الأصول عن معمر القذافي وأفراد أسرته" a
negated lifting, the central bank's freeze that the committee "سينظر" in lifting later a planned
lifting (not core). A Treasury that "أصدر … ترخيصا عاما مؤقتا … يعلق العمل ببعض القيود" suspends
(core; OFAC, the Treasury and the United States; Iran), the embargo of 1995 and the measures of
2010-2012 a historical imposition, the licence after the Bam earthquake of 2003 a historical
suspension, "لا يتضمن الترخيص رفع أي عقوبات عن البنك المركزي الإيراني" a negated lifting, the
nuclear talks that "تعثرت" in Moscow a stalled signing. Members of Congress who "دعوا … إلى فرض
عقوبات على الجزائر" threaten (core; the United States Congress and the United States; Algeria; not
Russia), the CAATSA listing of Turkey of December 2020 a historical imposition, "لم تفرض الإدارة
الأمريكية حتى الآن أي عقوبات على الجزائر" a negated imposition, the strategic partnership of 2001
a historical signing. A Qatar that "انضمت … رسميا إلى منظمة شنغهاي للتعاون بصفة شريك حوار" joins
(core; Qatar; the SCO; not China or Uzbekistan), Egypt's same step an occurred joining (not core),
Saudi Arabia's status that the leaders agreed to start granting a planned joining (not core),
Iran's memorandum towards full membership a planned joining (not core), Turkey's status of 2012 a
historical joining, "لا تسعى الدوحة في الوقت الراهن إلى العضوية الكاملة" a negated joining. Two
states that "وقعا … خارطة طريق للتعاون العسكري" sign (core; Morocco, the United States, Mark Esper
and Abdellatif Loudiyi), the African Lion exercises "منذ عام 2007" a historical presence, the
status of major non-NATO ally of 2004 no event of a watched type, "لا يتضمن الاتفاق إقامة أي
قاعدة عسكرية أمريكية" a negated presence. An interim government that "ستعيد فتح سفارة ليبيا في
دمشق" plans a restoration (core, planned; Libya; Syria), the memorandum the two ministers "وقعا"
an occurred signing (not core), the UAE and Bahrain reopening in December 2018 a historical
restoration, Turkey's military support to the GNA "منذ مطلع العام" a historical presence, "لم تعلن
حكومة الوفاق الوطني في طرابلس أي خطوة مماثلة" a negated restoration; the
break of 2012 and the Arab League suspension are no events of a watched type. Factions that
"أعلنت … اندماجها في تشكيل عسكري واحد" integrate (core; the National Front for Liberation and
Faylaq al-Sham; not Turkey), Jaysh al-Fatah of 2015 a historical integration, "لم تنضم هيئة تحرير
الشام … إلى التشكيل الجديد" a negated integration, the Turkish observation posts a historical
presence, the Astana agreement of 2017 a historical signing. A Rwanda that "أرسلت قوات إلى جمهورية
أفريقيا الوسطى" is present (core; Rwanda; the Central African Republic; not France), Russia's
instructors an occurred presence (not core), the Rwandan peacekeepers "منذ عام 2014" a historical
presence, the groups that formed the Coalition of Patriots for Change a historical joining, the
Khartoum agreement of 2019 a historical signing, "لن تعمل القوات الرواندية الجديدة
ضمن بعثة الأمم المتحدة" no event (a limit on the command, not a denial of the presence). The
Jordanian sports page and the Omani economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.833, R 0.700, F1 0.761 (recall
7/10, precision 10/12); occurred core found 6/9, planned 1/1; historical kept quiet 18/19, negated
8/9, stalled 3/3. Missed: the Gosh designation (ar-h82-01), "أدرجت وزارة الخارجية الأمريكية …
صلاح عبد الله قوش على قائمة المسؤولين المتورطين في انتهاكات جسيمة لحقوق الإنسان، ومنعته وأفراد
أسرته من دخول الولايات المتحدة", gives no event at all (a listing on a list that is not called one
of sanctions, and an entry ban, "منعته … من دخول", that is no trigger); the call of the members of
Congress (ar-h82-05), "دعا سبعة وعشرون عضوا في الكونغرس … إلى فرض عقوبات على الجزائر", is read
as an occurred imposition (the call to impose taken for the imposing); the Idlib merger
(ar-h82-09), "أعلن أحد عشر فصيلا … اندماجها في تشكيل عسكري واحد يحمل اسم «الجبهة الوطنية
للتحرير»", gives no integration (a merger of factions into one new formation, not into an army or
a ministry). False alarms and unexpected alerts: the call read as an occurred imposition in
ar-h82-05 (gold's negated and historical impositions share its parties: one alert counted against
both); in ar-h82-06 "بعد أن وقعت مذكرة بهذا الشأن" is read as an occurred signing by Qatar (gold
has the joining the memorandum grants, and no signing). Also seen, not failing: the Libyan
restoration is read twice, occurred ("إعادة فتح البعثات" of the memorandum) and planned ("ستعيد
فتح"), and the memorandum itself gives no signing; the Rwandan presence takes Russia for a second
actor and Bangui for a second target (Russia's instructors are not read on their own); the
Moroccan roadmap has no Esper or Loudiyi; the Yemen renewal takes the Houthis for a second target;
the Libyan lifting has no Libya; the Arab League suspension of 2011 is read as a historical
imposition (quiet); "لم تنضم «هيئة تحرير الشام» … إلى التشكيل الجديد" is read as a negated
joining, not an integration (quiet either way); the constitutional document of Sudan is read as a
stalled signing with the United States (quiet, as gold's historical). The two near misses raise
nothing. Four articles are strict xfails.

After the fixes of 2026-12-07: events P 0.923, R 0.900, F1 0.911 (recall 9/10, precision 12/13);
occurred core found 8/9, every quiet event kept quiet. Three general causes were fixed, each pinned
by rule sentences of other states, groups and wording in ``test_heldout82_rules_ar.py`` (with
guards): a person kept out of a state, "منعته وأفراد أسرته من دخول الولايات المتحدة", is an entry
ban, an occurred imposition (a new trigger, ``kept_out_ar`` in ``ar.triggers.yaml``, checked by
``extractor._kept_out_of_state_ar``: a person named between the verb and "من دخول" or carried by
the verb's pronoun, and a state or its land right after "دخول"; not fans kept out of a stadium, nor
travellers named by no one); armed groups merged "في تشكيل عسكري واحد" (or "جسم", "كيان", "موحد")
are an integration, as "جيش واحد" already was (``one_army`` in ``ar.cues.yaml`` and a merger
trigger on it; no firms "في كيان مصرفي واحد"); and what a call asks for after its own "إلى", past a
long subject and object ("دعا سبعة وعشرون عضوا في الكونغرس … وزير الخارجية أنتوني بلينكن إلى فرض
عقوبات"), is a demand, no event, as it already was within eight words (``status._called_to_ar``;
a relative or "أن" clause between keeps its own verb's measure). ar-h82-01 and ar-h82-09 are cured
and their strict xfails removed; ar-h82-05 raises no false alarm any more (its known_alarm
removed). Left: the call of ar-h82-05 is still no threat (gold reads the members' call for
sanctions as one; the analyzer, by design, keeps calls and demands quiet, and turning a
legislators' call into a threat would change that design for every earlier set: not attempted);
the memorandum of Qatar's joining read as a signing (ar-h82-06; the memorandum "بهذا الشأن" is a
signing of a kind, and telling it from an agreement needs the joining it refers back to: not
attempted). Of the readings seen before the fixes, the others are unchanged; the Gosh imposition
has the State Department and the United States for actors and no target (Gosh is not in the
knowledge base), the Idlib merger takes Syria, Idlib and Hama for actors beside its National Front
for Liberation.

ar-h82-06 cured by ``test_general_misses7_rules_ar.py``'s signing told as the means of a joining
(the alert was Iran's memorandum "تمهد لانضمامها", read as a signing by Qatar; "بعد أن وقعت مذكرة
بهذا الشأن" raises nothing); its strict xfail removed.

``python -m tests.unit.test_heldout82_events_ar`` prints every article's alerts and the set's
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
_STATE = "United States Department of State"
_UST = "United States Department of the Treasury"
_OFAC = "Office of Foreign Assets Control"
_UNSC = "United Nations Security Council"
_SCO = "Shanghai Cooperation Organisation"
_NFL = "National Front for Liberation"
_CONGRESS = "United States Congress"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-01-sudantribune-state-department-bars-salah-gosh-2019",
        date(2019, 8, 15),
        """واشنطن تمنع صلاح قوش وأسرته من دخول الولايات المتحدة بسبب انتهاكات حقوق الإنسان

الخرطوم - «سودان تربيون»

أدرجت وزارة الخارجية الأمريكية، أمس الأربعاء، المدير السابق لجهاز الأمن والمخابرات الوطني السوداني صلاح عبد الله قوش على قائمة المسؤولين المتورطين في انتهاكات جسيمة لحقوق الإنسان، ومنعته وأفراد أسرته من دخول الولايات المتحدة.

وقال وزير الخارجية مايك بومبيو، في بيان، إن لدى الوزارة «معلومات موثوقة» عن تورط قوش في التعذيب خلال توليه رئاسة الجهاز، مضيفا أن القرار يشمل زوجته وابنته، وأن واشنطن «تقف مع الشعب السوداني في مطالبته بالمحاسبة».

ويستند القرار إلى المادة 7031 (ج) من قانون اعتمادات وزارة الخارجية، التي تتيح للوزير منع المسؤولين الأجانب المتورطين في الفساد أو في انتهاكات حقوق الإنسان من دخول البلاد، ويقتصر أثره على السفر.

ولم تفرض وزارة الخزانة الأمريكية أي عقوبات مالية على قوش حتى الآن، ولم يجمد أي من أصوله، بحسب ما قال مسؤول أمريكي للصحفيين في واشنطن، موضحا أن «الخطوة رسالة سياسية قبل أي شيء».

وكان قوش قد استقال من منصبه في أبريل الماضي، بعد يومين من إطاحة الجيش بالرئيس عمر البشير، وسط احتجاجات طالبت بمحاكمته على قمع المتظاهرين. ويقول معارضون إنه يقيم منذ ذلك الحين خارج البلاد، فيما لم يصدر أي تعليق عنه أو عن محاميه.

ويأتي القرار بعد أيام من توقيع المجلس العسكري الانتقالي وقوى الحرية والتغيير على الوثيقة الدستورية للفترة الانتقالية، في وقت تنتظر فيه الخرطوم خطوات أمريكية لإعادة دمج السودان في النظام المالي الدولي.

وكانت الولايات المتحدة قد فرضت عقوبات اقتصادية وتجارية شاملة على السودان عام 1997، قبل أن ترفعها في أكتوبر 2017 بعد مسار حوار استمر أكثر من عام، لكنها أبقت اسم السودان على قائمة الدول الراعية للإرهاب.

أما المحادثات بين البلدين بشأن شطب السودان من تلك القائمة، فقد توقفت منذ فض اعتصام القيادة العامة في يونيو الماضي، ولم يحدد أي موعد لاستئنافها حتى الآن، بحسب دبلوماسيين في الخرطوم.

ورحب تجمع المهنيين السودانيين بالقرار، واعتبر في بيان أنه «خطوة أولى» يجب أن تتبعها «محاكمة عادلة داخل السودان لكل من أجرم بحق الشعب». في المقابل، رأى محللون أن أثر القرار «رمزي» لأن قوش لا يسافر عادة إلى الولايات المتحدة.

وقال أستاذ العلوم السياسية في جامعة الخرطوم إن الخطوة «تعني أن ملفات الجهاز في عهد البشير لن تطوى بسهولة»، متوقعا أن تطال قرارات مماثلة مسؤولين آخرين في الأشهر المقبلة.

وفي موقف للمواصلات في بحري، قال سائق تاكسي: «الزول ده كان بيخوف البلد كلها. أمريكا منعته يسافر ليها، كويس، لكن نحنا دايرين نشوفه قدام القاضي هنا».""",
        [
            G("sanctions.imposed", "occurred", [_STATE, _US, "Mike Pompeo"], ["Salah Gosh"]),
            # the sanctions of 1997
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
            # their lifting in October 2017
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # "لم تفرض وزارة الخزانة الأمريكية أي عقوبات مالية على قوش"
            G("sanctions.imposed", "negated", [_UST], ["Salah Gosh"], core=False),
            # the constitutional document signed days before
            G("agreement.signed", "historical", ["Transitional Military Council", "Forces of Freedom and Change"], [],
              core=False),
            # the talks on the terrorism list that "توقفت"
            G("sanctions.lifted", "stalled", [_US], ["Sudan"], core=False),
        ],
        not_targets=["Sudan", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-02-yemenmonitor-security-council-renews-yemen-sanctions-2675-2023",
        date(2023, 2, 16),
        """مجلس الأمن يمدد العقوبات على اليمن ويبقي الحوثيين على لائحة حظر السلاح

نيويورك - «يمن مونيتور»

مدد مجلس الأمن الدولي، أمس الأربعاء، نظام العقوبات المفروض على اليمن، بما في ذلك تجميد الأصول وحظر السفر، حتى منتصف نوفمبر المقبل، كما مدد ولاية فريق الخبراء المكلف بمراقبة تنفيذ العقوبات، في قرار حمل الرقم 2675 واعتمد بإجماع أعضائه الخمسة عشر.

وأعد مشروع القرار المملكة المتحدة، التي تتولى صياغة القرارات المتعلقة باليمن في المجلس. وقال نائب المندوب البريطاني إن القرار «يبعث برسالة واضحة إلى كل من يعرقل السلام بأن المجتمع الدولي ما زال يراقب».

ولم يضف المجلس في قراره الجديد أي أسماء إلى قائمة الأفراد والكيانات الخاضعين للعقوبات، واكتفى بتجديد التدابير القائمة وبدعوة الدول الأعضاء إلى تشديد الرقابة على الشحنات البحرية المتجهة إلى اليمن.

وكان المجلس قد أنشأ نظام العقوبات على اليمن بموجب القرار 2140 عام 2014، ثم فرض عام 2015 حظرا على توريد الأسلحة إلى جماعة الحوثي وحلفائها بموجب القرار 2216، قبل أن يصنف الجماعة «كيانا إرهابيا» في فبراير من العام الماضي ويوسع الحظر ليشملها بالكامل.

ورحبت الحكومة اليمنية المعترف بها دوليا بالتمديد، وقال مندوبها لدى الأمم المتحدة إن الحوثيين «يواصلون تهريب السلاح عبر البحر»، داعيا المجلس إلى «خطوات أكثر حزما». في المقابل، قال متحدث باسم الجماعة في صنعاء إن القرار «لا قيمة له على الأرض».

ويأتي التمديد فيما تعثرت مساعي تجديد الهدنة التي ترعاها الأمم المتحدة، والتي انتهت في أكتوبر الماضي بعد ستة أشهر من الهدوء النسبي، رغم اتصالات يجريها المبعوث الأممي هانس غروندبرغ بين الرياض ومسقط وصنعاء.

وقال دبلوماسي في المجلس إن الأعضاء «فضلوا الإبقاء على الوضع القائم» في انتظار نتائج المفاوضات غير المعلنة بين السعودية والحوثيين بوساطة عمانية، مشيرا إلى أن روسيا طالبت بصياغة «أكثر توازنا» لكنها صوتت لصالح القرار في النهاية.

وتتهم الحكومة ودول التحالف إيران بتزويد الحوثيين بالصواريخ والطائرات المسيرة، وهو ما تنفيه طهران. وأشار تقرير فريق الخبراء الأخير إلى ضبط عدة شحنات أسلحة في بحر العرب خلال الأشهر الماضية.

ويعيش اليمن، بحسب الأمم المتحدة، واحدة من أسوأ الأزمات الإنسانية في العالم، إذ يحتاج أكثر من واحد وعشرين مليون شخص إلى المساعدة، فيما لا يزال تمويل خطة الاستجابة الإنسانية دون المستوى المطلوب.

وفي مدينة تعز المحاصرة، قال معلم في مدرسة حكومية: «كل سنة يمددوا العقوبات ونحن نمدد الصبر. الراتب مقطوع، والطريق إلى المدينة ما زال مغلقا، والهدنة صارت ذكرى».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Yemen"]),
            # Resolution 2140 (2014) and the arms embargo of Resolution 2216 (2015)
            G("sanctions.imposed", "historical", [_UNSC], ["Yemen", "Houthis"], core=False),
            # "لم يضف المجلس في قراره الجديد أي أسماء"
            G("sanctions.imposed", "negated", [_UNSC], ["Yemen"], core=False),
            # the truce whose renewal "تعثرت"
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["Iran", "Saudi Arabia", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-03-alhayat-security-council-2009-unfreezes-libyan-oil-corporation-2011",
        date(2011, 9, 17),
        """مجلس الأمن يرفع التجميد عن المؤسسة الوطنية للنفط وينشئ بعثة دعم في ليبيا

نيويورك - «الحياة»

رفع مجلس الأمن الدولي، مساء أمس، التجميد عن أصول المؤسسة الوطنية للنفط وشركة الزويتينة للنفط في ليبيا، وخفف القيود المفروضة على المصرف المركزي والمؤسسة الليبية للاستثمار، في قرار اعتمده بالإجماع يحمل الرقم 2009، وأنشأ بموجبه بعثة للأمم المتحدة لدعم المرحلة الانتقالية لمدة ثلاثة أشهر.

وقالت مصادر في المجلس إن القرار، الذي أعدته بريطانيا وفرنسا، «يفتح الباب أمام استئناف صادرات النفط الليبية وتمويل الرواتب والخدمات»، بعد أن حصل المجلس الوطني الانتقالي على مقعد ليبيا في الجمعية العامة للأمم المتحدة.

ويسمح القرار أيضا بتوريد الأسلحة والمعدات اللازمة لأجهزة الأمن التابعة للسلطات الجديدة، شرط إخطار لجنة العقوبات مسبقا، فيما يبقى الحظر الجوي قائما إلى أن يقرر المجلس خلاف ذلك.

ولم يرفع القرار حظر السفر وتجميد الأصول عن معمر القذافي وأفراد أسرته والمسؤولين المقربين منه، الذين ما زال مكان وجود كثيرين منهم مجهولا، وقال دبلوماسي غربي إن «هذه الإجراءات ستبقى إلى أن يمثل هؤلاء أمام العدالة».

وأوضح الدبلوماسي أن لجنة العقوبات ستنظر في رفع ما تبقى من التجميد عن المصرف المركزي والمصرف الليبي الخارجي «خلال الأسابيع المقبلة»، بعد التحقق من آليات الرقابة على الأموال التي ستفرج عنها المصارف الغربية.

وكان المجلس قد فرض في فبراير الماضي، بموجب القرار 1970، حظرا على توريد الأسلحة إلى ليبيا وتجميدا لأصول القذافي وعائلته، ثم وسع العقوبات في مارس بالقرار 1973 لتشمل المؤسسات المالية والنفطية الكبرى، إلى جانب فرض منطقة حظر جوي.

ورحب رئيس المكتب التنفيذي للمجلس الوطني الانتقالي محمود جبريل بالقرار، وقال في مؤتمر صحافي إن «الليبيين يحتاجون أموالهم الآن لا غدا»، مضيفا أن الحكومة المقبلة «ستدير الثروة بشفافية».

وأبدت روسيا والصين تحفظا على استمرار عمليات حلف شمال الأطلسي، لكنهما صوتتا لصالح القرار، فيما دعت جنوب أفريقيا إلى «دور أكبر» للاتحاد الأفريقي في المرحلة المقبلة.

وتقدر الأصول الليبية المجمدة في الخارج بأكثر من مئة وخمسين مليار دولار، معظمها في الولايات المتحدة وأوروبا، ويقول خبراء إن استعادتها كاملة قد تستغرق سنوات بسبب تعقيد الإجراءات القانونية.

وفي سوق الحوت في بنغازي، قال صاحب محل للمواد الغذائية: «إذا النفط رجع يطلع، يرجع كل شي. الناس تبي رواتب وكهرباء، والمصارف فاضية من شهور».""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Libya", "National Oil Corporation"]),
            # Resolutions 1970 and 1973
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            # "ولم يرفع القرار حظر السفر وتجميد الأصول عن معمر القذافي"
            G("sanctions.lifted", "negated", [_UNSC], ["Muammar Gaddafi"], core=False),
            # the committee "ستنظر في رفع ما تبقى من التجميد عن المصرف المركزي"
            G("sanctions.lifted", "planned", [_UNSC], ["Central Bank of Libya"], core=False),
        ],
        not_targets=["France", "United Kingdom", "Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-04-bbcarabic-treasury-licence-for-iran-earthquake-relief-2012",
        date(2012, 8, 18),
        """واشنطن تعلق مؤقتا قيودا على التحويلات إلى إيران لمساعدة ضحايا الزلزال

لندن - «بي بي سي عربي»

أصدر مكتب مراقبة الأصول الأجنبية في وزارة الخزانة الأمريكية، الجمعة، ترخيصا عاما مؤقتا مدته خمسة وأربعون يوما يعلق العمل ببعض القيود المفروضة على إيران، ويسمح للمنظمات غير الحكومية الأمريكية بتحويل ما يصل إلى ثلاثمئة ألف دولار لمساعدة المتضررين من الزلزالين اللذين ضربا شمال غرب البلاد.

وقالت الوزارة في بيان إن الترخيص «يعكس تعاطف الشعب الأمريكي مع الشعب الإيراني»، موضحا أن المنظمات المستفيدة ملزمة بتقديم تقارير عن الأموال المحولة وأوجه إنفاقها.

وكان زلزالان متتاليان قد ضربا محافظة أذربيجان الشرقية قبل أسبوع، قرب مدينتي أهر وورزقان، ما أسفر عن مقتل أكثر من ثلاثمئة شخص وإصابة الآلاف وتدمير عشرات القرى.

ولا يتضمن الترخيص رفع أي عقوبات عن البنك المركزي الإيراني أو عن قطاع النفط، وقال مسؤول في الخزانة إن «سياستنا تجاه البرنامج النووي لم تتغير»، مشيرا إلى أن التحويلات يجب أن تمر عبر قنوات مصرفية غير مدرجة على لوائح العقوبات.

وتفرض الولايات المتحدة حظرا شاملا على التجارة مع إيران منذ عام 1995، وشددت عقوباتها بين عامي 2010 و2012 لتشمل قطاعي الطاقة والمصارف، فيما بدأ في يوليو الماضي تطبيق الحظر الأوروبي على واردات النفط الإيراني.

وسبق لوزارة الخزانة أن أصدرت ترخيصا مماثلا بعد زلزال مدينة بم عام 2003، الذي أودى بحياة أكثر من ستة وعشرين ألف شخص، وسمحت حينها بتحويلات إنسانية لعدة أشهر.

في المقابل، قال مسؤول في الهلال الأحمر الإيراني لوكالة «إرنا» إن طهران «لا تحتاج إلى مساعدات خارجية»، لكنه أشار إلى أن «الأبواب مفتوحة أمام الدعم الإنساني غير المشروط»، فيما أعلنت دول عدة، بينها تركيا وروسيا، إرسال فرق إغاثة.

ويأتي القرار الأمريكي في ظل جمود يخيم على المفاوضات النووية بين إيران ومجموعة الدول الست، إذ تعثرت الجولة الأخيرة في موسكو في يونيو الماضي دون التوصل إلى اتفاق، واقتصرت الاتصالات منذ ذلك الحين على مستوى الخبراء.

ويقول خبراء في العمل الإنساني إن تعقيدات التحويل المصرفي قد تحد من أثر الترخيص، لأن كثيرا من المصارف الدولية باتت تتجنب أي معاملات مرتبطة بإيران خشية الغرامات الأمريكية.

وفي بازار تبريز، قال بائع سجاد يجمع تبرعات لأقاربه في ورزقان: «الناس هنا ساعدت قبل أي حكومة. الأموال من الخارج جيدة، لكن الشتاء قريب، والقرى تحتاج بيوتا لا بيانات».""",
        [
            G("sanctions.suspended", "occurred", [_OFAC, _UST, _US], ["Iran"]),
            # the embargo of 1995 and the measures of 2010-2012
            G("sanctions.imposed", "historical", [_US], ["Iran"], core=False),
            # the licence after the Bam earthquake of 2003
            G("sanctions.suspended", "historical", [_UST], ["Iran"], core=False),
            # "لا يتضمن الترخيص رفع أي عقوبات عن البنك المركزي الإيراني"
            G("sanctions.lifted", "negated", [_UST], ["Iran", "Central Bank of Iran"], core=False),
            # the nuclear talks that "تعثرت" in Moscow
            G("agreement.signed", "stalled", ["Iran", "P5+1"], [], core=False),
        ],
        not_targets=["Turkey", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-05-elkhabar-us-congress-members-call-for-caatsa-sanctions-on-algeria-2022",
        date(2022, 10, 1),
        """نواب أمريكيون يدعون بلينكن إلى معاقبة الجزائر بسبب صفقات السلاح الروسي

الجزائر - «الخبر»

دعا سبعة وعشرون عضوا في الكونغرس الأمريكي وزير الخارجية أنتوني بلينكن إلى فرض عقوبات على الجزائر، بموجب قانون مكافحة أعداء أمريكا من خلال العقوبات المعروف اختصارا بـ«كاتسا»، بسبب صفقات الأسلحة التي أبرمتها مع روسيا.

وقال النواب، في رسالة قادتها النائبة الجمهورية ليزا مكلين، إن الجزائر وقعت العام الماضي صفقات تسلح مع موسكو تتجاوز قيمتها سبعة مليارات دولار، من بينها طائرات مقاتلة، معتبرين أن هذه الأموال «تمول آلة الحرب الروسية في أوكرانيا».

وطالبت الرسالة الإدارة الأمريكية بـ«التحرك فورا» وتطبيق العقوبات التي ينص عليها القانون على الدول التي تبرم «صفقات كبيرة» مع قطاع الدفاع الروسي، محذرة من أن «التساهل مع الجزائر يشجع دولا أخرى على السير في الطريق نفسه».

ولم تفرض الإدارة الأمريكية حتى الآن أي عقوبات على الجزائر بموجب هذا القانون، واكتفى متحدث باسم الخارجية بالقول إن الوزارة «تتلقى رسائل الكونغرس وترد عليها بالقنوات المعتادة».

وكانت واشنطن قد فرضت في ديسمبر 2020 عقوبات على هيئة الصناعات الدفاعية التركية بموجب القانون نفسه، بسبب شراء أنقرة منظومة الدفاع الجوي الروسية «إس-400»، في أول تطبيق له على دولة عضو في حلف شمال الأطلسي.

ولم يصدر أي تعليق رسمي عن وزارة الخارجية الجزائرية، لكن مصدرا دبلوماسيا قال لـ«الخبر» إن «الجزائر دولة ذات سيادة تختار شركاءها وفق مصالحها»، مذكرا بأن البلاد «تنوع مصادر تسليحها منذ عقود».

وترتبط الجزائر وروسيا بإعلان للشراكة الاستراتيجية وقعه الرئيسان عبد العزيز بوتفليقة وفلاديمير بوتين عام 2001، وتعد روسيا أكبر مورد للسلاح إلى الجيش الوطني الشعبي منذ الاستقلال.

ويرى محللون أن الرسالة تعكس ضغطا متزايدا داخل الكونغرس على شركاء موسكو، لكنها لا تلزم الإدارة بشيء، خصوصا أن واشنطن تسعى إلى تعزيز علاقاتها مع الجزائر في مجال الطاقة، في ظل بحث أوروبا عن بدائل للغاز الروسي.

وتأتي الرسالة قبل أسابيع من زيارة مرتقبة لمسؤولين أمريكيين إلى الجزائر، وفي وقت تستعد فيه البلاد لاحتضان القمة العربية مطلع نوفمبر المقبل.

وفي مقهى بحي باب الوادي، قال ضابط متقاعد: «أمريكا تبيع السلاح لمن تريد ولا أحد يحاسبها. الجزائر اشترت من روسيا منذ السبعينيات، وما كان أحد يكتب رسائل».""",
        [
            G("sanctions.threatened", "occurred", [_CONGRESS, _US], ["Algeria"]),
            # the CAATSA listing of Turkey's defence industry in December 2020
            G("sanctions.imposed", "historical", [_US], ["Turkey"], core=False),
            # "لم تفرض الإدارة الأمريكية حتى الآن أي عقوبات على الجزائر"
            G("sanctions.imposed", "negated", [_US], ["Algeria"], core=False),
            # the strategic partnership of 2001
            G("agreement.signed", "historical", ["Algeria", "Russia"], [], core=False),
        ],
        not_targets=["Russia", "Ukraine"],
        known_miss='the call "دعا … إلى فرض عقوبات على الجزائر" is a demand, no event, where gold has a threat',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-06-alraya-qatar-becomes-sco-dialogue-partner-samarkand-2022",
        date(2022, 9, 17),
        """قطر تنضم إلى منظمة شنغهاي للتعاون بصفة شريك حوار

سمرقند - «الراية»

انضمت دولة قطر رسميا إلى منظمة شنغهاي للتعاون بصفة شريك حوار، بعد أن وقعت مذكرة بهذا الشأن على هامش قمة رؤساء دول المنظمة التي اختتمت أعمالها أمس في مدينة سمرقند الأوزبكية.

وقال مسؤول في وزارة الخارجية إن الخطوة «تعكس حرص الدولة على تنويع شراكاتها وتعزيز حضورها في آسيا الوسطى»، مضيفا أن صفة شريك الحوار تتيح لقطر المشاركة في اجتماعات المنظمة ومشاريعها في مجالات الاقتصاد والطاقة ومكافحة الإرهاب.

وحصلت جمهورية مصر العربية على الصفة نفسها خلال القمة، فيما وافق القادة على بدء إجراءات منح المملكة العربية السعودية صفة شريك الحوار، ووقعت إيران مذكرة التزامات تمهد لانضمامها عضوا كاملا في المنظمة العام المقبل.

ولا تسعى الدوحة في الوقت الراهن إلى العضوية الكاملة في المنظمة، بحسب المسؤول نفسه، الذي أوضح أن «الشراكة بصيغتها الحالية تلبي أهدافنا، وتحافظ على توازن علاقاتنا مع جميع الأطراف».

وتضم منظمة شنغهاي للتعاون، التي تأسست عام 2001، كلا من الصين وروسيا والهند وباكستان وكازاخستان وقيرغيزستان وطاجيكستان وأوزبكستان، وتعد أكبر منظمة إقليمية في العالم من حيث المساحة وعدد السكان.

وكانت تركيا أول دولة عضو في حلف شمال الأطلسي تحصل على صفة شريك الحوار في المنظمة عام 2012، وتبعتها دول أخرى من الشرق الأوسط وجنوب آسيا خلال السنوات الماضية.

وشهدت القمة لقاءات ثنائية مكثفة، أبرزها لقاء الرئيسين الصيني شي جين بينغ والروسي فلاديمير بوتين، الأول منذ بدء الحرب في أوكرانيا، فيما دعا الرئيس الأوزبكي شوكت ميرضيائيف إلى «تجاوز منطق المواجهة» في العلاقات الدولية.

ويرى محللون أن الحضور الخليجي المتزايد في المنظمة يعكس رغبة دول المنطقة في بناء علاقات متوازنة مع القوى الآسيوية الصاعدة، من دون التخلي عن الشراكات الأمنية التقليدية مع الولايات المتحدة.

وتعد الصين أكبر شريك تجاري لقطر في آسيا، وترتبط الدوحة وبكين باتفاقيات طويلة الأمد لتوريد الغاز الطبيعي المسال، كما تشهد العلاقات مع دول آسيا الوسطى نموا في مجالات الاستثمار والنقل الجوي.

وفي سوق واقف، قال تاجر قطري: «كل ما زادت الأبواب المفتوحة أحسن للتجارة. الصين اليوم سوق كبير، والشركات عندنا تبي تدخل آسيا الوسطى، والاسم في المنظمة يساعد».""",
        [
            G("alliance.joined", "occurred", ["Qatar"], [_SCO]),
            # Egypt's same step at Samarkand
            G("alliance.joined", "occurred", ["Egypt"], [_SCO], core=False),
            # the leaders' approval to start granting Saudi Arabia the status
            G("alliance.joined", "planned", ["Saudi Arabia"], [_SCO], core=False),
            # Iran's memorandum towards full membership next year
            G("alliance.joined", "planned", ["Iran"], [_SCO], core=False),
            # Turkey's dialogue-partner status of 2012
            G("alliance.joined", "historical", ["Turkey"], [_SCO], core=False),
            # "لا تسعى الدوحة في الوقت الراهن إلى العضوية الكاملة"
            G("alliance.joined", "negated", ["Qatar"], [_SCO], core=False),
        ],
        not_targets=["China", "Uzbekistan", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-07-hespress-morocco-and-us-sign-ten-year-defence-roadmap-2020",
        date(2020, 10, 3),
        """المغرب والولايات المتحدة يوقعان خارطة طريق للتعاون العسكري حتى 2030

الرباط - «هسبريس»

وقع المغرب والولايات المتحدة، أمس الجمعة بالرباط، خارطة طريق للتعاون العسكري تمتد عشر سنوات، خلال زيارة وزير الدفاع الأمريكي مارك إسبر إلى المملكة، في ختام جولة مغاربية قادته أيضا إلى تونس والجزائر.

ووقع الوثيقة عن الجانب المغربي الوزير المنتدب لدى رئيس الحكومة المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي، وعن الجانب الأمريكي الوزير إسبر، بحضور المفتش العام للقوات المسلحة الملكية.

وتحدد خارطة الطريق أولويات التعاون بين البلدين إلى غاية 2030، وتشمل تحديث معدات القوات المسلحة الملكية، والتدريب المشترك، وتبادل المعلومات، والأمن السيبراني، إلى جانب التعاون في مجال الصناعات الدفاعية.

وقال إسبر، في تصريح عقب التوقيع، إن المغرب «شريك استراتيجي وموثوق» في منطقة تعرف تحديات أمنية متزايدة، مشيرا إلى أن الاتفاق «يرسخ علاقة عمرها أكثر من قرنين».

ولا يتضمن الاتفاق إقامة أي قاعدة عسكرية أمريكية على التراب المغربي، بحسب مصدر مطلع، أوضح أن التعاون «يقوم على التكوين والتجهيز وتبادل الخبرات، لا على الوجود الدائم للقوات».

وتشارك القوات الأمريكية منذ عام 2007 في مناورات «الأسد الإفريقي» التي تحتضنها المملكة سنويا، وتعد أكبر تمرين عسكري تنظمه القيادة الأمريكية في إفريقيا، بمشاركة دول أوروبية وإفريقية.

وكانت واشنطن قد منحت المغرب صفة حليف رئيسي من خارج حلف شمال الأطلسي عام 2004، وهو ما أتاح للرباط الاستفادة من برامج التمويل العسكري وشراء معدات أمريكية متطورة.

ويرى خبراء أن التوقيع يأتي في سياق تنافس دولي متصاعد على النفوذ في شمال إفريقيا والساحل، وأن واشنطن تسعى إلى تعزيز شراكاتها مع دول المنطقة في مواجهة الحضورين الروسي والصيني.

وسبق للمملكة أن أبرمت خلال السنوات الأخيرة صفقات لاقتناء طائرات مقاتلة ومروحيات هجومية أمريكية، في إطار برنامج لتحديث ترسانتها العسكرية.

وأشاد لوديي، من جهته، بما وصفه بـ«الثقة المتبادلة» بين المؤسستين العسكريتين، مؤكدا أن خارطة الطريق ستتيح تنظيم لقاءات دورية لتقييم التقدم المحرز في كل محور من محاور التعاون، وتحديد الأولويات الجديدة بحسب تطور التحديات الأمنية في المنطقة.

وفي مقهى بسلا، قال صاحب المقهى: «دابا الناس كتهضر على الاتفاق، ولكن اللي كيهمنا هو الخدمة والمعيشة. إلا كان التعاون غادي يجيب الاستقرار، مرحبا».""",
        [
            G("agreement.signed", "occurred", ["Morocco", _US, "Mark Esper", "Abdellatif Loudiyi"], []),
            # the African Lion exercises "منذ عام 2007"
            G("military.presence", "historical", [_US], ["Morocco"], core=False),
            # "لا يتضمن الاتفاق إقامة أي قاعدة عسكرية أمريكية"
            G("military.presence", "negated", [_US], ["Morocco"], core=False),
        ],
        not_targets=["Tunisia", "Algeria", "Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-08-alwatan-libyan-interim-government-to-reopen-embassy-in-damascus-2020",
        date(2020, 3, 3),
        """الحكومة الليبية المؤقتة تعلن من دمشق إعادة فتح سفارة ليبيا بعد قطيعة ثماني سنوات

دمشق - «الوطن»

أعلنت الحكومة الليبية المؤقتة، أمس، أنها ستعيد فتح سفارة ليبيا في دمشق خلال الأيام المقبلة، بعد نحو ثماني سنوات من إغلاقها، في ختام زيارة أجراها وفد ليبي رفيع إلى العاصمة السورية.

ووقع وزير الخارجية والمغتربين وليد المعلم ووزير خارجية الحكومة المؤقتة عبد الهادي الحويج مذكرة تفاهم تنص على إعادة فتح البعثات الدبلوماسية والقنصلية بين البلدين وتنسيق المواقف في المحافل الدولية.

وقال الحويج في مؤتمر صحفي مشترك إن الخطوة «تصحيح لخطأ تاريخي»، مضيفا أن البلدين «يواجهان عدوا واحدا هو الإرهاب والتدخل الأجنبي»، في إشارة إلى الدعم التركي لحكومة الوفاق الوطني في طرابلس.

من جهته، رحب المعلم بالوفد الليبي، وقال إن سوريا «كانت دائما إلى جانب وحدة ليبيا وسيادتها»، مؤكدا أن السفارة السورية في ليبيا «ستعاود عملها عندما تسمح الظروف».

ولم تعلن حكومة الوفاق الوطني في طرابلس، المعترف بها من الأمم المتحدة، أي خطوة مماثلة، ووصف متحدث باسم وزارة خارجيتها الزيارة بأنها «لا تمثل الدولة الليبية».

وكانت ليبيا قد أغلقت سفارتها في دمشق عام 2012، بعد أن اعترف المجلس الوطني الانتقالي بالمعارضة السورية، فيما علقت جامعة الدول العربية عضوية سوريا في نوفمبر 2011.

وأعادت دولة الإمارات العربية المتحدة ومملكة البحرين فتح سفارتيهما في دمشق في ديسمبر 2018، في أولى خطوات الانفتاح العربي على سوريا بعد سنوات من القطيعة.

ويتخذ القائد العام للجيش الوطني الليبي المشير خليفة حفتر من شرق البلاد مقرا له، وتتبع الحكومة المؤقتة مجلس النواب في طبرق، في حين تدعم تركيا حكومة الوفاق عسكريا منذ مطلع العام.

وقالت مصادر دبلوماسية إن فريقا فنيا ليبيا سيصل إلى دمشق لتجهيز مبنى السفارة في حي أبو رمانة، الذي ظل مغلقا طوال سنوات الحرب.

ويرى مراقبون في دمشق أن الانفتاح على الحكومة المؤقتة يمنح سوريا «ورقة إضافية» في مواجهة أنقرة، ويعكس تقاربا بين أطراف ترى في التدخل التركي في البلدين تهديدا مشتركا.

وفي كلية الهندسة بجامعة دمشق، قال طالب ليبي: «جيت ندرس هنا من سنتين وكل ورقة نحتاجها كانت مشكلة. لو السفارة تفتح، على الأقل نلقوا من يختم لنا الأوراق».""",
        [
            G("relations.restored", "planned", ["Libya"], ["Syria"]),
            # the memorandum the two ministers "وقع"
            G("agreement.signed", "occurred", ["Libya", "Syria", "Walid Muallem"], [], core=False),
            # the UAE and Bahrain reopening in December 2018
            G("relations.restored", "historical", ["United Arab Emirates", "Bahrain"], ["Syria"], core=False),
            # Turkey's military support to the GNA "منذ مطلع العام"
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
            # "لم تعلن حكومة الوفاق الوطني في طرابلس … أي خطوة مماثلة"
            G("relations.restored", "negated", ["Government of National Accord"], ["Syria"], core=False),
        ],
        not_targets=["Turkey", "United Arab Emirates", "Bahrain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-09-enabbaladi-idlib-factions-merge-into-national-front-for-liberation-2018",
        date(2018, 5, 29),
        """أحد عشر فصيلا في إدلب تندمج في «الجبهة الوطنية للتحرير»

إدلب - «عنب بلدي»

أعلن أحد عشر فصيلا من فصائل المعارضة السورية المسلحة في محافظة إدلب وريف حماة الشمالي، أمس الاثنين، اندماجها في تشكيل عسكري واحد يحمل اسم «الجبهة الوطنية للتحرير»، بقيادة العقيد فضل الله الحجي، قائد «فيلق الشام».

وبحسب البيان التأسيسي، يضم التشكيل الجديد، إلى جانب «فيلق الشام»، فصائل «جيش إدلب الحر» و«جيش النصر» و«الفرقة الساحلية الأولى» و«الفرقة الساحلية الثانية» و«جيش النخبة» وفصائل أخرى من «الجيش السوري الحر»، وتعمل جميعها تحت قيادة عسكرية واحدة.

وقال المتحدث باسم الجبهة لـ«عنب بلدي» إن الاندماج «كامل وليس تحالفا مؤقتا»، موضحا أن الفصائل ستحل هياكلها السابقة خلال أسابيع، وأن المقاتلين سيتوزعون على ألوية وكتائب بحسب مناطق انتشارهم.

ولم تنضم «هيئة تحرير الشام» ولا «جبهة تحرير سوريا» إلى التشكيل الجديد، فيما قال المتحدث إن «الباب مفتوح أمام كل الفصائل الثورية» من دون أن يحدد موعدا لأي انضمام.

وتنتشر في ريف إدلب وحماة نقاط مراقبة تركية أقيمت منذ أواخر العام الماضي بموجب اتفاق «خفض التصعيد» الذي توصلت إليه تركيا وروسيا وإيران في أستانة عام 2017، ويقول قادة في المعارضة إن التنسيق مع أنقرة «مستمر».

وسبق لفصائل في إدلب أن شكلت عام 2015 «جيش الفتح»، الذي ضم «جبهة النصرة» و«أحرار الشام» وفصائل أخرى، وسيطر على مدينة إدلب قبل أن يتفكك بفعل الخلافات بين مكوناته.

ويرى محللون أن الاندماج يهدف إلى توحيد الفصائل المدعومة من تركيا في مواجهة أي هجوم محتمل لقوات النظام على المحافظة، بعد سيطرة النظام على الغوطة الشرقية وريف حمص الشمالي خلال الأشهر الماضية.

ويعيش في محافظة إدلب أكثر من مليوني شخص، بينهم مئات آلاف المهجرين من مناطق أخرى، وسط أوضاع إنسانية صعبة وتحذيرات أممية من كارثة في حال اندلاع معركة واسعة.

وشهدت المحافظة خلال الأشهر الماضية اقتتالا متكررا بين «هيئة تحرير الشام» و«جبهة تحرير سوريا»، أدى إلى سقوط عشرات القتلى وإغلاق طرق رئيسية بين المدن والبلدات.

وفي معرة النعمان، قال صاحب مخبز: «كل سنة بيطلع اسم جديد. المهم عندنا يوقفوا الاقتتال بين بعضهم ويحموا البلد، والناس بدها تعيش وتشتغل، مش أكثر».""",
        [
            G("forces.integrated", "occurred", [_NFL, "Faylaq al-Sham"], []),
            # Jaysh al-Fatah of 2015
            G("forces.integrated", "historical", ["Jaysh al-Fatah", "Al-Nusra Front", "Ahrar al-Sham"], [],
              core=False),
            # "لم تنضم «هيئة تحرير الشام» ولا «جبهة تحرير سوريا» إلى التشكيل الجديد"
            G("forces.integrated", "negated", ["Hay'at Tahrir al-Sham"], [_NFL], core=False),
            # the Turkish observation posts
            G("military.presence", "historical", ["Turkey"], ["Syria"], core=False),
            # the Astana agreement of 2017
            G("agreement.signed", "historical", ["Turkey", "Russia", "Iran"], [], core=False),
        ],
        not_targets=["Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-10-mcd-rwanda-sends-troops-to-central-african-republic-2020",
        date(2020, 12, 21),
        """رواندا ترسل قوات إلى أفريقيا الوسطى قبل أيام من الانتخابات

كيغالي - «مونت كارلو الدولية»

أرسلت رواندا قوات إلى جمهورية أفريقيا الوسطى، بموجب اتفاق ثنائي للتعاون الدفاعي بين البلدين، بعد تعرض جنودها العاملين ضمن بعثة الأمم المتحدة لهجمات من المتمردين، قبل أسبوع من الانتخابات الرئاسية والتشريعية المقررة في السابع والعشرين من الشهر الجاري.

وقالت وزارة الدفاع الرواندية، في بيان، إن القوات «ستحمي الكتيبة الرواندية في بعثة حفظ السلام، وتساهم في تأمين العملية الانتخابية»، من دون أن تحدد عدد الجنود، فيما تحدثت مصادر أمنية عن عدة مئات.

وأوضح البيان أن القوات الرواندية الجديدة لن تعمل ضمن بعثة الأمم المتحدة، بل تحت قيادة وطنية وبالتنسيق مع الجيش في أفريقيا الوسطى.

وأعلنت روسيا من جهتها إرسال ثلاثمئة مدرب عسكري إضافي إلى بانغي بطلب من الحكومة، وقالت وزارة خارجيتها إنهم «لن يشاركوا في القتال».

وتأتي الخطوة بعد أن أعلنت ست من كبرى الجماعات المسلحة تشكيل «تحالف الوطنيين من أجل التغيير»، واتهمت الحكومة الرئيس السابق فرانسوا بوزيزيه، الذي رفضت المحكمة الدستورية ترشحه، بالتخطيط لانقلاب بالتعاون مع المتمردين.

ويشارك جنود روانديون في بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في جمهورية أفريقيا الوسطى «مينوسكا» منذ عام 2014، وتعد رواندا من أكبر الدول المساهمة بقوات فيها.

وكانت الحكومة وأربع عشرة جماعة مسلحة قد وقعت في فبراير 2019 اتفاق الخرطوم للسلام برعاية الاتحاد الأفريقي، لكن جماعات عدة انسحبت منه خلال الأشهر الماضية واتهمت الحكومة بعدم الوفاء بتعهداتها.

وقال الرئيس فوستان أرشانج تواديرا، المرشح لولاية ثانية، إن الانتخابات «ستجري في موعدها»، داعيا المواطنين إلى عدم الخوف، فيما دعت فرنسا والاتحاد الأوروبي إلى ضبط النفس واحترام الجدول الانتخابي.

ويقول محللون إن تدخل رواندا يعكس سعي الرئيس بول كاغامي إلى توسيع حضور بلاده العسكري في القارة، بعد أن باتت قواتها مكونا أساسيا في عمليات حفظ السلام الأفريقية.

وفي سوق الكيلومتر خمسة في بانغي، قال صاحب متجر رواندي يقيم في المدينة منذ سنوات: «الناس خافت لما سمعت أن المتمردين قربوا. لما شفنا الجنود ارتاح الكل شوي، بس الكل ينتظر يوم التصويت».""",
        [
            G("military.presence", "occurred", ["Rwanda"], ["Central African Republic"]),
            # Russia's three hundred instructors
            G("military.presence", "occurred", ["Russia"], ["Central African Republic"], core=False),
            # the Rwandan peacekeepers "منذ عام 2014"
            G("military.presence", "historical", ["Rwanda"], ["Central African Republic"], core=False),
            # the armed groups that formed the Coalition of Patriots for Change
            G("alliance.joined", "historical", [], ["Coalition of Patriots for Change"], core=False),
            # the Khartoum agreement of February 2019
            G("agreement.signed", "historical", ["Central African Republic"], [], core=False),
        ],
        not_targets=["France", "Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-11-alrai-sports-jordanian-club-lifts-striker-ban-signs-defender-2021",
        date(2021, 8, 4),
        """النادي يرفع الإيقاف عن هدافه ويوقع مع مدافع قبل انطلاق الدوري

عمّان - «الرأي» - رياضة

رفعت إدارة النادي، أمس، عقوبة الإيقاف التي كانت قد فرضتها على هداف الفريق الأول قبل ثلاثة أسابيع، بعد أن اعتذر اللاعب عن تغيبه عن التدريبات دون إذن مسبق، ليعود إلى قائمة الفريق قبل مباراة الكأس المقبلة.

وقال مدير الكرة في النادي لـ«الرأي» إن اللاعب «التزم بالتدريبات منذ يومين، وأبدى رغبة حقيقية في فتح صفحة جديدة»، مشيرا إلى أن الإدارة «تعاملت بحزم في البداية حفاظا على الانضباط داخل غرفة الملابس».

وفي سياق متصل، وقع النادي عقدا لموسمين مع مدافع قادم من أحد أندية الدوري العراقي، لينضم إلى الفريق في المعسكر التدريبي الذي يقام في العقبة الأسبوع المقبل، على أن يخضع للفحوص الطبية فور وصوله.

كما مددت الإدارة عقد حارس المرمى لموسم إضافي، بعد مفاوضات استمرت أسابيع، فيما انضم لاعبان من فريق الشباب إلى تدريبات الفريق الأول بطلب من المدير الفني.

وكانت لجنة الانضباط في اتحاد الكرة قد فرضت الشهر الماضي غرامة مالية على النادي بسبب أحداث شغب رافقت مباراته الأخيرة في الموسم الماضي، ولم يعلق النادي على القرار واكتفى بدفع الغرامة.

وعلقت إحدى مباريات الدوري الأسبوع الماضي لمدة نصف ساعة بسبب انقطاع التيار الكهربائي عن الملعب، قبل أن تستأنف وتكمل وسط حضور جماهيري محدود التزاما بالإجراءات الصحية.

وهددت رابطة المشجعين بمقاطعة المباريات الودية احتجاجا على ارتفاع أسعار التذاكر، قبل أن تتوصل إلى تفاهم مع الإدارة يقضي بتخفيض الأسعار لحاملي بطاقات العضوية.

ويسعى الفريق إلى استعادة لقب الدوري الذي خسره الموسم الماضي بفارق نقطتين عن المتصدر، ويعول المدير الفني على عودة الهداف وعلى الصفقات الجديدة لتدعيم خط الدفاع الذي استقبل أهدافا كثيرة.

وأوضح مدير الكرة أن باب الانتقالات «لا يزال مفتوحا» حتى نهاية الشهر الجاري، وأن الإدارة تدرس التعاقد مع لاعب وسط محترف، من دون أن يكشف عن اسمه أو جنسيته.

وفي أحد مقاهي مخيم الوحدات، قال مشجع قديم: «الهداف غلط واعتذر، خلصنا. المهم الحين يسجل ويرجع لنا الدوري، الجمهور ما بده غير البطولة».""",
        [],
        not_targets=["Iraq", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h82-12-oman-daily-economy-two-insurers-sign-merger-agreement-2019",
        date(2019, 11, 20),
        """شركتا تأمين توقعان اتفاقية اندماج لتكوين أكبر كيان تأميني في السلطنة

مسقط - «عُمان» - اقتصاد

وقعت شركتان عمانيتان للتأمين، أمس، اتفاقية اندماج مبدئية يتم بموجبها دمج أعمالهما في كيان واحد، سيصبح الأكبر في سوق التأمين المحلية من حيث حجم الأقساط المكتتبة، بعد أشهر من الدراسات التي أعدها المستشارون الماليون للطرفين.

وبحسب إفصاح نشرته الشركتان على موقع بورصة مسقط، ستنضم محفظة وثائق التأمين لدى الشركة المندمجة إلى الشركة الدامجة، على أن يحتفظ حملة الوثائق بجميع حقوقهم وشروط عقودهم دون تغيير خلال المرحلة الانتقالية.

وكانت البورصة قد علقت التداول على سهمي الشركتين صباح أمس لمدة ساعة، بانتظار نشر الإفصاح، قبل أن يستأنف التداول وسط ارتفاع في قيمة السهمين وكميات تداول فاقت المعدلات اليومية.

وأوضح الرئيس التنفيذي للشركة الدامجة أن الاندماج «سيخلق كيانا أقوى قادرا على المنافسة إقليميا»، مشيرا إلى أن الشركتين تتوقعان إتمام الصفقة خلال الربع الثالث من العام المقبل، بعد الحصول على الموافقات اللازمة.

وكانت الشركتان قد مددتا الشهر الماضي مذكرة التفاهم الموقعة بينهما لمدة شهرين إضافيين، لاستكمال عملية التقييم، بعد أن فرضت الهيئة العامة لسوق المال متطلبات إضافية تتعلق بالملاءة المالية وكفاية الاحتياطيات.

ومن المتوقع أن تنضم الشركة الجديدة إلى مؤشر الشركات الكبرى في البورصة بعد إتمام الاندماج، بحسب محللين، ما قد يزيد اهتمام الصناديق الاستثمارية بسهمها.

وتحتاج الصفقة إلى موافقة الهيئة العامة لسوق المال والجمعيات العامة غير العادية للشركتين، إضافة إلى موافقة الجهات المعنية بحماية المنافسة.

وقال محلل في إحدى شركات الوساطة إن سوق التأمين العمانية «مزدحمة بعدد كبير من الشركات الصغيرة قياسا بحجم السوق»، متوقعا أن تشجع الصفقة شركات أخرى على الاندماج خلال السنوات المقبلة.

وفي القطاع المصرفي، أعاد أحد البنوك طرح منتج ادخاري كان قد أوقفه العام الماضي، بعد تعديل شروطه بما يتوافق مع تعليمات البنك المركزي العماني الجديدة.

وفي أحد فروع الشركة بمنطقة روي، قال متقاعد عماني: «أنا مأمن على سيارتي وبيتي عندهم من عشرين سنة. ما يهمني الاسم الجديد، المهم التعويض يوصل في وقته لو صار شي».""",
        [],
        not_targets=["Oman"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout82_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout82_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout82_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
