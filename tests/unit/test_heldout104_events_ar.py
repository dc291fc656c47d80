"""A hundred-and-fourth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first hundred and one Arabic held-out sets: Arabic copy of 2009-2023 as the world-news, Asia,
Latin America and Africa pages of Gulf and Egyptian dailies and agencies carry it, episodes far
from the Middle East told in Arabic (a Saudi-owned London daily's Asia page, "واشنطن - «الشرق
الأوسط»", with a Ream fisherman; the Kuwaiti agency, "واشنطن - «كونا»", with a Bujumbura coffee
trader; an Abu Dhabi daily's world page, "واشنطن - «الاتحاد»", with a Havana taxi driver; the
Emirati agency, "نيويورك - «وام»", with a Bangui shopkeeper; a Cairo daily's Africa page, "أبيدجان
- «الأهرام»", with a Bissau cashew trader; the Saudi agency, "جنيف - «واس»", with an Apia market
seller; a Sharjah daily's Asia page, "مانيلا - «الخليج»", with a Zambales fisherman; a Kuwaiti
daily's Latin America page, "سان خوسيه - «الجريدة»", with a Cuban nurse of San José; a Dubai
daily's Africa page, "أديس أبابا - «البيان»", with an Ambo teacher; a Qatari daily's Africa page,
"لواندا - «الشرق»", with a Goma displaced mother; and two near misses: a Qatari daily's sports
page, "الدوحة - «الراية» - رياضة", with an Al-Sadd fan, and a Saudi business daily's markets
page, "الرياض - «الاقتصادية»", with a retail investor) on episodes the earlier sets do not carry
as core news: the US Treasury listing the Cambodian officials Chau Phirun and Tea Vinh over the
Ream naval base, November 2021; Joe Biden ending the Burundi national emergency and its sanctions,
November 2021; the Biden administration easing the Trump-era restrictions on Cuba (remittances,
flights, family reunification), May 2022; the Security Council extending the Central African
Republic arms embargo by Resolution 2588, July 2021; ECOWAS threatening the Guinea-Bissau junta
with sanctions at its Abidjan summit, April 2012; Samoa becoming the WTO's 155th member, May 2012;
the Philippines and India signing the BrahMos missile contract, January 2022; Costa Rica and Cuba
restoring the relations broken in 1961, March 2009; Ethiopia taking former Oromo Liberation Front
fighters into the Oromia regional police, 2019; Angola deciding to send a unit to eastern Congo to
secure the M23's cantonment areas, March 2023.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
101 Arabic; branches h102, h103 and h117 had no commit and their worktrees no new file) by states,
bodies, people, places and instrument numbers in Arabic and English spellings, reading the hits:
"Chau Phirun"/"Phirun"/"فيرون" and "Tea Vinh" (none; "ريام" is the Ream base only as the background
of set 58 Arabic); Burundi beside "terminat"/"national emergency" (set 106 English carries the
renewal of the programme, another episode; set 41 Arabic the EU's lifting of 2022, here a planned
background); Cuba beside an easing, remittances or "تخفيف" (none: set 114 English carries
Helms-Burton, set 2 English the restoring of 2017); "2588" (set 94 English, a parenthesis on
another decision); Guinea-Bissau beside 2012 and a threat (set 82 English names the travel ban of
2012 as background; no Arabic hit); "Samoa"/"ساموا" (only sports, an airline and a membership
list); "BrahMos"/"براهموس" (set 85 English, one background line); Costa Rica beside Cuba (set 35
English, a negated restoration of another time); "OLF"/"جبهة تحرير أورومو" (none: set 24 Arabic
carries the OLA splinter of 2024, another group and episode); Angola beside troops or "أنغول"
(none). Some forty other candidates were dropped because the search found them as core news
(among them the Myanmar suspensions of 2012, the Liberia termination, the Fiji lifting, the
Zimbabwe suspension, the Helms-Burton waivers, the Huawei licence, the Muttaqi exemption,
Resolutions 2633, 2649, 2700 and 2713, the Moraes, Uganda, Bangladesh, Guyana, Burkina and
Guinea threats, the EBA threat on Cambodia, Indonesia in BRICS, the Comoros, Timor-Leste,
Afghanistan and Liberia in the WTO, Gabon in OPEC, Gabon, Togo and the Gambia in the Commonwealth,
Mongolia in the OSCE, Somalia, the Congo and South Sudan in the EAC, the Japan-Philippines RAA,
the Thailand-Cambodia, Kenya-Somalia, Colombia-Venezuela, Brazil-Venezuela, Ecuador-Colombia,
Djibouti-Eritrea and Rwanda-France restorations, the Renamo, MILF, Nepalese, Ivorian, Ahlu Sunna,
Wazalendo, South Sudanese and DKBA integrations, and the Rwandan, Burundian and Russian
deployments in Africa).
Facts the writer is unsure of: the Treasury's words on Ream and whether Commerce's export curbs
were announced the same day; the number of Burundians delisted (written as eleven) and the EU's
timetable; the exact list of the Cuban measures and the Cuban minister's words; Resolution
2588's vote (written as fourteen for, China abstaining) and the government's demand; the
ultimatum's length (72 hours) and the size of the ECOWAS force; the year Samoa applied (1998)
and the state of Vanuatu's ratification in May 2012; the contract's value (374.9 million
dollars), signatories and the implementing arrangement of March 2021; the day of the Costa
Rica-Cuba announcement (18 March 2009) and the ministers' words; the date, place and numbers of
the OLF fighters' passage into the Oromia police (written as a ceremony of some 1,300 fighters
in Sendafa, March 2019); the day of the Angolan announcement (17 March 2023) and the unit's size.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the unit Angola "سترسل"), next to historical, negated, stalled and planned ones and a few
alertable events that are not core; two are near misses: a Qatari football page (a club that
"رفع الإيقاف", "انضمام" of a midfielder, a contract "وقع" and one "مدد", a federation's "غرامة"
"فرضت", ticket sales "علق", youth teams "دمج", stewards "نشر") and a Saudi markets page (an
authority that "علقت تداول" and "رفعت التعليق", two firms that "وقعتا اتفاقية اندماج", a firm
that "انضمت إلى تحالف", fines "فرضت", a contract "مددت", branches "تنتشر").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على مسؤولين
عسكريين كبيرين في كمبوديا" imposes (core; the United States; Cambodia, Tea Vinh and Chau Phirun,
the two absent from the knowledge base), Commerce that "تعتزم تشديد القيود على صادرات … إلى
كمبوديا" a planned imposition (not core), the group listed "في سبتمبر 2020" a historical
imposition, "ولم تفرض واشنطن حتى الآن أي عقوبات على وزير الدفاع تيا بانه" a negated one; China
is no target. A president who "أنهى … حالة الطوارئ الوطنية المتعلقة ببوروندي، ورفع … العقوبات"
lifts (core; the United States and Biden; Burundi), Obama's order of November 2015 a historical
imposition, the EU that "من المقرر أن يرفع … العقوبات المالية" a planned lifting (not core). An
administration that announced "تخفيف عدد من القيود المفروضة على كوبا" suspends, an easing as the
design counts it (core; the United States; Cuba), Trump's restrictions of 2019 and the embargo of
1962 historical impositions, "ولا يرفع القرار الحظر التجاري" a negated lifting. A council that
"مدد … حظر السلاح المفروض على جمهورية أفريقيا الوسطى" extends (core; the Security Council; the
Central African Republic), the embargo of December 2013 a historical imposition, "ولم يستجب
المجلس لمطالب … برفع الحظر بالكامل" a negated lifting, MINUSCA "منذ عام 2014" and the Russian
instructors "منذ 2018" historical presences, the Khartoum accord of February 2019 a historical
signing, the armed groups' integration "لا يزال متعثرا" a stalled integration; China, which
abstained, is no party. A bloc that "هددت … بفرض عقوبات … على قادة الانقلاب العسكري في غينيا
بيساو" threatens (core; ECOWAS; Guinea-Bissau), its force it "قررت … إرسال" a planned presence
(not core), "ولم تفرض المجموعة حتى الآن أي عقوبات على بيساو" a negated imposition, the blockade of
Mali "في الثاني من أبريل" and its lifting "في الثامن من الشهر نفسه" a historical imposition and a
historical lifting. A state that "أصبحت … العضو الخامس والخمسين بعد المئة في منظمة التجارة
العالمية" joins (core; Samoa; the WTO), Russia that "من المنتظر أن تنضم" a planned joining (not
core), Vanuatu whose parliament "لم يصادق … بعد" a stalled joining, Tonga "عام 2007" a historical
joining. Two states that "وقعت … عقدا" for the missiles sign (core; the Philippines and India),
the arrangement of March 2021 a historical signing, "ولم يوقع الجيش الفلبيني حتى الآن أي عقد" a
negated signing; the batteries the navy "تخطط … لنشر" on Luzon's own coasts are no presence of one state
in another; China is no party. Two states that "أعادت … علاقاتهما الدبلوماسية" restore ties
(core; Costa Rica and Cuba), El Salvador's president-elect who "سيعيد العلاقات مع هافانا" a planned
restoration (not core), "ولا تربط الولايات المتحدة بكوبا علاقات … ولم تبد إدارة … استعدادا
لاستعادتها" a negated restoration. A state that took "أكثر من ألف وثلاثمئة من المقاتلين السابقين في
جبهة تحرير أورومو" into "شرطة إقليم أوروميا" integrates forces (core; the Oromo Liberation Front,
absent from the knowledge base; Ethiopia), the Asmara accord of August a historical signing, the
splinter groups that "لم تنضم" a negated integration, the thousands whose passage "لا يزال متعثرا"
a stalled integration; Eritrea is no target. A presidency that announced Angola "سترسل وحدة من
قواتها … إلى شرق جمهورية الكونغو الديمقراطية" plans a presence (core; Angola; the Congo), the
Kenyan troops in Goma "منذ نوفمبر الماضي" and MONUSCO historical presences, the Luanda roadmap
"في يوليو الماضي" a historical signing of the Congo and Rwanda. The Qatari sports page and the
Saudi markets page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.846, R 0.800, F1 0.822 (recall
8/10, precision 11/13); occurred core found 7/9, planned 1/1; historical kept quiet 16/16, negated
7/7, stalled 3/3. No annotation was changed after the run. Missed: the easing of the Cuba
restrictions (ar-h104-03), "أعلنت إدارة … تخفيف عدد من القيود المفروضة على كوبا، تشمل إلغاء
السقف …", is read as a stalled lifting (trigger "تخفيف"), not as an occurred suspension; the OLF
fighters taken "في صفوف شرطة إقليم أوروميا" (ar-h104-09), "دمجت السلطات الإثيوبية … أكثر من ألف
وثلاثمئة من المقاتلين السابقين في جبهة تحرير أورومو في صفوف شرطة إقليم أوروميا", give no
integration (the front is not in the knowledge base, and the subject "السلطات الإثيوبية" is a
common noun). False alarms and unexpected alerts: in ar-h104-02 the Treasury that "شطبت بموجب
الأمر أحد عشر شخصا من قائمة العقوبات" is read as a second lifting with no target, beside the
president's lifting on Burundi; in ar-h104-07 the navy that "تخطط … لنشر البطاريات الثلاث على
سواحل جزيرة لوزون" in its own country is read as a planned presence of the Philippines. Seen, not
counted by the score: in ar-h104-10 the headline "أنغولا تقرر إرسال قوات" is read as an occurred
presence beside the body's planned one (a decision to send is a plan); the Treasury's imposition
in ar-h104-01 has the unlinked "مسؤولين عسكريين كمبوديين" for target, not Cambodia, and its
trigger is "بتجميد" in the second paragraph; ECOWAS's threat in ar-h104-05 has no target
(Guinea-Bissau, written "غينيا بيساو", is not linked) and the negated imposition has the unlinked
"بيساو"; the Asmara accord in ar-h104-09 has Eritrea, the meeting place, for a party, and not the
front; Tonga's historical joining carries Samoa; Vanuatu's stalled joining, El Salvador's planned
restoration, the United States' negated one, the historical presences in Bangui and Goma and the
stalled integration in the Central African Republic are not found. The two near misses raise
nothing. Four articles are strict xfails (ar-h104-03 and -09 on their core events, ar-h104-02 and
-07 on their alerts).

After the fixes of 2026-12-07: events P 0.929, R 1.000, F1 0.963 (recall 10/10, precision 13/14).
Five general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout104_rules_ar.py``: a stall cue in the relative clause of a noun in a later conjunct
("…، واستئناف برنامج المنح الذي توقف منذ سنوات") is that noun's, not the act's
(``_stall_of_later_conjunct_ar`` in ``rasd/events/status.py``), while a stall of the act itself or
a relative clause on its own phrase keeps it stalled; an easing of measures "imposed on" a state
("القيود المفروضة على") that allows something, the allowance told as an item of its list
("…، والسماح ب…") as well, is a suspension, as "eased …, allowing" is in English (an easing with
no allowance stays a lifting): ar-h104-03's miss is cured and its strict xfail removed. A state
after "في" right behind the people a measure is put on ("عقوبات على قادة المجلس العسكري في
مالي") is their state and the measure's target, not the scene (``_people_of_state_ar`` in
``rasd/events/roles.py``): ECOWAS's threat in ar-h104-05 now has Guinea-Bissau for target.
Fighters taken "في صفوف الشرطة" or "في صفوف شرطة …" past their long description are integrated
(the police joins the army's "into" phrases in ``ar.cues.yaml``), and the Oromo Liberation Front
is in the knowledge base: ar-h104-09's miss is cured and its strict xfail removed. A lifting with
no target that a body of the same state tells beside the state's lifting ("شطبت وزارة الخزانة
بموجب الأمر تسعة أشخاص من قائمة العقوبات") is that lifting, as an imposition told again already
was (``_imposition_told_again`` in ``rasd/events/extractor.py``): ar-h104-02's unexpected alert is
cured and its strict xfail removed. Left, as a strict xfail: the navy's batteries "على سواحل
جزيرة لوزون" (ar-h104-07), its own coasts read as a planned presence; a presence with no target
is kept in general ("نشرت الهند قوات على حدودها", "نشرت الولايات المتحدة سفنا على سواحل جزيرة
كريت"), and telling an island of one's own from a foreign one needs places the knowledge base
lacks, so no general rule was found in the time. Also left: the headline "أنغولا تقرر إرسال قوات"
read as occurred (the project reads a decision to send as the act, "decided to send" in English
too), the Asmara accord with Eritrea for a party, and the Cambodian officers' unlinked phrase
beside Cambodia.

``python -m tests.unit.test_heldout104_events_ar`` prints every article's alerts and the set's
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
_ECOWAS = "Economic Community of West African States"
_WTO = "World Trade Organization"
_CAR = "Central African Republic"
_DRC = "Democratic Republic of the Congo"
_OLF = "Oromo Liberation Front"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-01-asharqalawsat-us-sanctions-cambodian-officers-over-ream-2021",
        date(2021, 11, 11),
        """واشنطن تعاقب مسؤولين عسكريين كمبوديين بتهمة الفساد في قاعدة «ريام» البحرية

واشنطن - «الشرق الأوسط»

فرضت وزارة الخزانة الأميركية، أمس الأربعاء، عقوبات على مسؤولين عسكريين كبيرين في كمبوديا، هما قائد البحرية الملكية الأدميرال تيا فينه والمسؤول في وزارة الدفاع الجنرال تشاو فيرون، متهمة إياهما بالتآمر لتضخيم تكاليف منشآت في قاعدة «ريام» البحرية المطلة على خليج تايلاند، واقتسام الأموال الفائضة مع مسؤولين آخرين.

وقال مكتب مراقبة الأصول الأجنبية، في بيان، إن العقوبات المفروضة بموجب قانون ماغنيتسكي العالمي تقضي بتجميد أي أصول للرجلين تخضع للولاية الأميركية، وتحظر على المواطنين الأميركيين التعامل معهما، مضيفا أن الفساد في القاعدة «يخدم المصالح العسكرية لجمهورية الصين الشعبية».

وفي خطوة موازية، قالت مصادر في الإدارة إن وزارة التجارة تعتزم تشديد القيود على صادرات التكنولوجيا ذات الاستخدام العسكري إلى كمبوديا خلال الأسابيع المقبلة.

وكانت الخزانة الأميركية قد فرضت في سبتمبر 2020 عقوبات على مجموعة «يونايتد ديفلوبمنت» الصينية بسبب مشروع «دارا ساكور» السياحي الضخم على الساحل الكمبودي، الذي تقول واشنطن إن مدرجه وميناءه قد يستخدمان لأغراض عسكرية.

ولم تفرض واشنطن حتى الآن أي عقوبات على وزير الدفاع تيا بانه، والد الأدميرال تيا فينه، رغم مطالبات نواب في الكونغرس بمحاسبته.

وتنفي حكومة رئيس الوزراء هون سين أن تكون قد منحت الصين حق استخدام القاعدة، مؤكدة أن أعمال التوسعة تمولها بكين «من دون شروط». وقال المتحدث باسم الحكومة فاي سيفان إن العقوبات «ذات دوافع سياسية» وإن بلاده «لن تقبل دروسا من أحد».

وكانت كمبوديا قد هدمت العام الماضي مبنى لخفر السواحل شيدته الولايات المتحدة داخل القاعدة، من دون إبلاغ واشنطن، وهو ما زاد شكوك المسؤولين الأميركيين في نيات بنوم بنه.

ويقول محللون في بنوم بنه إن الحكومة الكمبودية تحاول الموازنة بين علاقاتها الوثيقة مع الصين، أكبر مستثمر ومانح في البلاد، وحاجتها إلى السوق الأميركية التي تستقبل الجزء الأكبر من صادراتها من الملابس والأحذية والحقائب.

وفي مرفأ صغير للصيادين قرب القاعدة، قال صياد عبر الهاتف: «نرى الشاحنات والرافعات كل يوم، لكن لا أحد يخبرنا بشيء. كل ما نريده أن يتركوا لنا البحر نعيش منه كما عاش آباؤنا».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["Cambodia", "Tea Vinh", "Chau Phirun"]),
            # Commerce "تعتزم تشديد القيود على صادرات … إلى كمبوديا"
            G("sanctions.imposed", "planned", [_US], ["Cambodia"], core=False),
            # the group listed "في سبتمبر 2020"
            G("sanctions.imposed", "historical", [_US], ["Union Development Group"], core=False),
            # "ولم تفرض واشنطن حتى الآن أي عقوبات على وزير الدفاع تيا بانه"
            G("sanctions.imposed", "negated", [_US], ["Tea Banh"], core=False),
        ],
        not_targets=["China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-02-kuna-biden-ends-burundi-sanctions-2021",
        date(2021, 11, 19),
        """بايدن يرفع العقوبات الأميركية عن بوروندي بعد ست سنوات

واشنطن - «كونا»

أنهى الرئيس الأميركي جو بايدن، أمس الخميس، حالة الطوارئ الوطنية المتعلقة ببوروندي، ورفع بموجب أمر تنفيذي العقوبات التي تفرضها الولايات المتحدة على هذا البلد الواقع في منطقة البحيرات العظمى منذ عام 2015، مستندا إلى «التغييرات الكبيرة» التي شهدها منذ انتخابات العام الماضي.

وأوضح البيت الأبيض، في بيان، أن القرار يأتي اعترافا بتراجع أعمال العنف وبالإصلاحات التي أطلقها الرئيس إيفاريست ندايشيمييه في مجالات مكافحة الفساد والاتجار بالبشر وحرية الصحافة، مشيرا إلى أن وزارة الخزانة شطبت بموجب الأمر أحد عشر شخصا من قائمة العقوبات.

وكان الرئيس الأسبق باراك أوباما قد فرض العقوبات في نوفمبر 2015، إثر أعمال العنف التي رافقت ترشح الرئيس الراحل بيار نكورونزيزا لولاية ثالثة، وأسفرت عن مقتل المئات وفرار أكثر من أربعمئة ألف شخص إلى الدول المجاورة.

ورحبت الحكومة البوروندية بالقرار، ووصفه وزير الخارجية ألبير شينغيرو بأنه «انتصار للدبلوماسية البوروندية ورسالة ثقة للمستثمرين».

ومن المقرر أن يرفع الاتحاد الأوروبي بدوره العقوبات المالية التي فرضها على الحكومة البوروندية عام 2016، مطلع العام المقبل، بحسب دبلوماسيين في بروكسل.

في المقابل، انتقدت منظمات حقوقية الخطوة، معتبرة أنها «سابقة لأوانها» في ظل استمرار احتجاز صحافيين ومعارضين، وبقاء عشرات الآلاف من اللاجئين البورونديين في مخيمات تنزانيا ورواندا.

ويعد الاقتصاد البوروندي من أفقر اقتصادات العالم، ويعتمد على صادرات البن والشاي، فيما تعاني البلاد من نقص حاد في العملات الأجنبية والوقود.

ويقول اقتصاديون إن رفع العقوبات قد يشجع المؤسسات المالية الدولية على استئناف برامج الدعم، بعد أن تراجعت المساعدات الخارجية التي كانت تمول نحو نصف موازنة الدولة قبل أزمة 2015.

وفي سوق بوجمبورا المركزي، قال تاجر بن: «المشترون الأجانب كانوا يسألوننا دائما عن العقوبات، حتى لو لم تكن تخصنا. اليوم نستطيع أن نقول لهم إن الصفحة طويت، والمهم أن يعود الدولار إلى البنوك».""",
        [
            G("sanctions.lifted", "occurred", [_US, "Joe Biden"], ["Burundi"]),
            # Obama's order "في نوفمبر 2015"
            G("sanctions.imposed", "historical", [_US, "Barack Obama"], ["Burundi"], core=False),
            # "ومن المقرر أن يرفع الاتحاد الأوروبي بدوره العقوبات المالية"
            G("sanctions.lifted", "planned", ["European Union"], ["Burundi"], core=False),
        ],
        not_targets=["Tanzania", "Rwanda"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-03-alittihad-washington-eases-cuba-restrictions-2022",
        date(2022, 5, 17),
        """واشنطن تخفف القيود على كوبا: تحويلات بلا سقف ورحلات إلى المحافظات

واشنطن - «الاتحاد»

أعلنت إدارة الرئيس الأميركي جو بايدن، أمس الاثنين، تخفيف عدد من القيود المفروضة على كوبا، تشمل إلغاء السقف المفروض على التحويلات المالية العائلية، والسماح برحلات جوية منتظمة ومستأجرة إلى مدن غير العاصمة هافانا، واستئناف برنامج لم شمل العائلات الذي توقف منذ سنوات.

وقالت وزارة الخارجية الأميركية، في بيان، إن الإجراءات تهدف إلى «دعم الشعب الكوبي ومنحه أدوات للعيش بحرية»، مؤكدة أن الأموال لن تذهب إلى الشركات التي يديرها الجيش الكوبي.

وكانت إدارة الرئيس السابق دونالد ترامب قد فرضت هذه القيود عام 2019، ضمن سياسة «الضغط الأقصى» على حكومة هافانا بسبب دعمها للرئيس الفنزويلي نيكولاس مادورو.

ولا يرفع القرار الحظر التجاري المفروض على الجزيرة منذ عام 1962، والذي لا يمكن إنهاؤه إلا بقرار من الكونغرس، كما تبقى كوبا على القائمة الأميركية للدول الراعية للإرهاب.

ووصف وزير الخارجية الكوبي برونو رودريغيث الخطوة بأنها «محدودة لكنها في الاتجاه الصحيح»، مشيرا إلى أنها «لا تغير الحصار ولا التدابير الأساسية للعقوبات».

في المقابل، انتقد السيناتور الديمقراطي روبرت مينينديز، رئيس لجنة العلاقات الخارجية في مجلس الشيوخ، القرار، معتبرا أنه يكافئ الحكومة الكوبية بعد حملة القمع التي أعقبت احتجاجات يوليو الماضي.

ويأتي الإعلان قبل أسابيع من قمة الأميركتين في لوس أنجليس، وسط جدل حول استبعاد كوبا وفنزويلا ونيكاراغوا منها.

وتعاني كوبا من أسوأ أزمة اقتصادية منذ تسعينيات القرن الماضي، مع نقص حاد في الغذاء والدواء والوقود، وتراجع عائدات السياحة بسبب الجائحة، ما دفع عشرات الآلاف من الكوبيين إلى الهجرة عبر أميركا الوسطى نحو الحدود الأميركية المكسيكية خلال الأشهر الأخيرة.

وفي حي فيدادو بهافانا، قال سائق سيارة أجرة قديمة: «أخي في ميامي كان يرسل لنا المال عبر مسافرين، وكنا ندفع نصفه عمولات. إذا صار التحويل سهلا فهذا يعني دواء وطعاما للأولاد، لا أكثر».""",
        [
            G("sanctions.suspended", "occurred", [_US], ["Cuba"]),
            # Trump's restrictions "عام 2019"
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Cuba"], core=False),
            # the embargo "منذ عام 1962"
            G("sanctions.imposed", "historical", [_US], ["Cuba"], core=False),
            # "ولا يرفع القرار الحظر التجاري"
            G("sanctions.lifted", "negated", [_US], ["Cuba"], core=False),
        ],
        not_targets=["Venezuela", "Nicaragua"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-04-wam-unsc-extends-car-arms-embargo-2021",
        date(2021, 7, 30),
        """مجلس الأمن يمدد حظر السلاح على أفريقيا الوسطى عاما إضافيا

نيويورك - «وام»

مدد مجلس الأمن الدولي، أمس الخميس، حتى الحادي والثلاثين من يوليو 2022 حظر السلاح المفروض على جمهورية أفريقيا الوسطى، وولاية فريق الخبراء المكلف بمراقبة تنفيذ العقوبات، بموجب القرار 2588 الذي اعتمده بأغلبية أربعة عشر صوتا وامتناع الصين عن التصويت.

وأبقى القرار على الاستثناءات التي تسمح بتزويد القوات المسلحة الوطنية بالأسلحة الخفيفة، لكنه طالب السلطات بتعزيز إدارة مخزوناتها ومنع وصول الأسلحة إلى الجماعات المسلحة.

وكان المجلس قد فرض الحظر في ديسمبر 2013 بموجب القرار 2127، بعد أن أطاح تحالف «سيليكا» بالرئيس فرانسوا بوزيزيه وانزلقت البلاد إلى أعمال عنف طائفية.

ولم يستجب المجلس لمطالب حكومة الرئيس فوستان أرشانج تواديرا برفع الحظر بالكامل، إذ تقول بانغي إنه يحرم جيشها من الوسائل اللازمة لمواجهة تحالف الوطنيين من أجل التغيير.

وتنتشر في البلاد منذ عام 2014 بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار «مينوسكا»، التي يبلغ قوامها نحو أربعة عشر ألف عنصر، فيما يعمل مدربون عسكريون روس إلى جانب الجيش منذ 2018.

وكانت الحكومة و14 جماعة مسلحة قد وقعت في فبراير 2019 اتفاق الخرطوم للسلام، غير أن دمج مقاتلي الجماعات في الجيش الوطني، الذي نص عليه الاتفاق، لا يزال متعثرا بعد انسحاب عدد من الموقعين.

وقال مندوب أفريقيا الوسطى لدى الأمم المتحدة إن بلاده «تأخذ علما» بالقرار، لكنها تأمل أن يرفع الحظر «في أقرب وقت».

وتتهم منظمات حقوقية ومحققون أمميون مختلف أطراف النزاع بارتكاب انتهاكات بحق المدنيين، فيما يعيش أكثر من نصف سكان البلاد على المساعدات الإنسانية، ويقيم نحو سبعمئة ألف منهم في مخيمات النزوح داخل البلاد.

وفي سوق الكيلومتر الخامس في بانغي، قال صاحب متجر: «السلاح موجود في كل مكان رغم الحظر. ما نحتاجه أن تفتح الطرق إلى الكاميرون حتى تصل البضائع، وأن نستطيع السفر إلى القرى دون خوف».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], [_CAR]),
            # the embargo "في ديسمبر 2013"
            G("sanctions.imposed", "historical", [_UNSC], [_CAR], core=False),
            # "ولم يستجب المجلس لمطالب … برفع الحظر بالكامل"
            G("sanctions.lifted", "negated", [_UNSC], [_CAR], core=False),
            # MINUSCA "منذ عام 2014"; the Russian instructors "منذ 2018"
            G("military.presence", "historical",
              ["United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"],
              [_CAR], core=False),
            G("military.presence", "historical", ["Russia"], [_CAR], core=False),
            # the Khartoum accord "في فبراير 2019"
            G("agreement.signed", "historical", [_CAR], [], core=False),
            # "دمج مقاتلي الجماعات في الجيش الوطني … لا يزال متعثرا"
            G("forces.integrated", "stalled", ["Central African Armed Forces"], [_CAR], core=False),
        ],
        not_targets=["China", "Cameroon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-05-ahram-ecowas-threatens-guinea-bissau-junta-2012",
        date(2012, 4, 27),
        """«إيكواس» تمهل انقلابيي غينيا بيساو 72 ساعة وتلوح بالعقوبات

أبيدجان - «الأهرام»

هددت المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»، في ختام قمتها الاستثنائية في أبيدجان أمس، بفرض عقوبات دبلوماسية واقتصادية ومالية على قادة الانقلاب العسكري في غينيا بيساو، إذا لم يعيدوا النظام الدستوري خلال اثنتين وسبعين ساعة.

وقررت القمة، في الوقت نفسه، إرسال قوة عسكرية إلى بيساو لتأمين المرحلة الانتقالية والإشراف على انسحاب البعثة العسكرية الأنغولية، على أن تتشكل من وحدات نيجيرية وسنغالية وتوغولية وإيفوارية.

وقال رئيس كوت ديفوار الحسن واتارا، الرئيس الدوري للمجموعة، إن «زمن الانقلابات في منطقتنا انتهى»، مضيفا أن المجموعة «لن تعترف بأي سلطة تنبثق من فوهة البندقية».

ولم تفرض المجموعة حتى الآن أي عقوبات على بيساو، مفضلة منح العسكريين فرصة أخيرة للتفاوض.

وكان عسكريون قد استولوا على السلطة في الثاني عشر من أبريل، قبل أسبوعين من الدورة الثانية للانتخابات الرئاسية، واعتقلوا رئيس الوزراء كارلوس غوميش جونيور، المرشح الأوفر حظا للفوز، والرئيس المؤقت ريموندو بيريرا.

وفي الشأن المالي، رحبت القمة بتنصيب رئيس البرلمان ديونكوندا تراوري رئيسا مؤقتا. وكانت المجموعة قد فرضت في الثاني من أبريل حصارا دبلوماسيا واقتصاديا على مالي، ثم رفعته في الثامن من الشهر نفسه، بعد أن تعهد المجلس العسكري بتسليم السلطة للمدنيين.

ويأتي الانقلاب في غينيا بيساو في وقت تحاول فيه المنطقة احتواء تداعيات الأزمة في شمال مالي، حيث تسيطر جماعات مسلحة على مدن كبرى منذ مطلع الشهر.

وشهدت غينيا بيساو، المستعمرة البرتغالية السابقة، سلسلة من الانقلابات والمحاولات الانقلابية منذ استقلالها عام 1974، ولم يكمل أي رئيس منتخب فيها ولايته كاملة، فيما تتهم تقارير دولية شبكات تهريب المخدرات القادمة من أميركا اللاتينية باختراق المؤسسة العسكرية.

وفي سوق باندين في بيساو، قال تاجر كاجو: «موسم الكاجو بدأ والمشترون الهنود ينتظرون. إذا أغلقوا الحدود والبنوك فلن نبيع شيئا. العسكر يتقاتلون على الكراسي ونحن ندفع الثمن».""",
        [
            G("sanctions.threatened", "occurred", [_ECOWAS], ["Guinea-Bissau"]),
            # the force it "قررت … إرسال"
            G("military.presence", "planned", [_ECOWAS], ["Guinea-Bissau"], core=False),
            # "ولم تفرض المجموعة حتى الآن أي عقوبات على بيساو"
            G("sanctions.imposed", "negated", [_ECOWAS], ["Guinea-Bissau"], core=False),
            # the blockade of Mali "في الثاني من أبريل" and its lifting "في الثامن من الشهر نفسه"
            G("sanctions.imposed", "historical", [_ECOWAS], ["Mali"], core=False),
            G("sanctions.lifted", "historical", [_ECOWAS], ["Mali"], core=False),
        ],
        not_targets=["Nigeria", "Senegal", "Togo", "Ivory Coast", "Angola"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-06-spa-samoa-becomes-155th-wto-member-2012",
        date(2012, 5, 11),
        """ساموا تصبح العضو الـ155 في منظمة التجارة العالمية

جنيف - «واس»

أصبحت ساموا، أمس الخميس، العضو الخامس والخمسين بعد المئة في منظمة التجارة العالمية، بعد ثلاثين يوما من إيداعها وثيقة التصديق على بروتوكول الانضمام، لتطوي مفاوضات بدأت عام 1998.

وقال المدير العام للمنظمة باسكال لامي إن انضمام ساموا «يؤكد أن النظام التجاري المتعدد الأطراف مفتوح أمام الاقتصادات الصغيرة والجزرية»، مشيدا بما وصفه بالإصلاحات «الجريئة» التي أجرتها الدولة الواقعة في جنوب المحيط الهادئ.

وبموجب شروط الانضمام، تلتزم ساموا بخفض الرسوم الجمركية على معظم السلع، وفتح قطاعات الاتصالات والسياحة والخدمات المالية أمام المستثمرين الأجانب، مع فترات انتقالية لبعض المنتجات الزراعية.

ومن المنتظر أن تنضم روسيا إلى المنظمة خلال الصيف، بعد أن وافق المؤتمر الوزاري في ديسمبر الماضي على شروط عضويتها، فيما يناقش مجلس الدوما البروتوكول حاليا.

أما فانواتو، التي أقر المجلس العام شروط انضمامها في أكتوبر الماضي، فلم يصادق برلمانها بعد على البروتوكول، بسبب خلافات سياسية داخلية وطعون أمام المحكمة العليا.

وكانت تونغا، جارة ساموا، قد انضمت إلى المنظمة عام 2007، لتكون أول دولة من جزر المحيط الهادئ تستكمل مفاوضاتها بعد تأسيس المنظمة.

ويعتمد اقتصاد ساموا، البالغ عدد سكانها نحو مئة وتسعين ألف نسمة، على تحويلات المغتربين في نيوزيلندا وأستراليا والسياحة وصادرات جوز الهند والأسماك.

ويرى خبراء تجارة أن العضوية ستمنح ساموا صوتا في المفاوضات التجارية الدولية وحماية من الإجراءات الأحادية، لكنها تفرض عليها أيضا أعباء إدارية كبيرة قياسا إلى حجم جهازها الحكومي، وهو ما دفع المنظمة إلى تقديم مساعدات فنية لتدريب موظفي الجمارك والتجارة.

وفي سوق فوغالي في العاصمة آبيا، قالت بائعة خضار: «يقولون إن الأسعار ستنخفض، لكني أخشى أن تأتي بضائع رخيصة من الخارج فلا يشتري أحد ما نزرعه. سننتظر ونرى».""",
        [
            G("alliance.joined", "occurred", ["Samoa"], [_WTO]),
            # Russia "من المنتظر أن تنضم"
            G("alliance.joined", "planned", ["Russia"], [_WTO], core=False),
            # Vanuatu whose parliament "لم يصادق … بعد"
            G("alliance.joined", "stalled", ["Vanuatu"], [_WTO], core=False),
            # Tonga "عام 2007"
            G("alliance.joined", "historical", ["Tonga"], [_WTO], core=False),
        ],
        not_targets=["New Zealand", "Australia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-07-alkhaleej-philippines-and-india-sign-brahmos-deal-2022",
        date(2022, 1, 29),
        """الفلبين والهند توقعان صفقة صواريخ «براهموس» بـ375 مليون دولار

مانيلا - «الخليج»

وقعت الفلبين والهند، أمس الجمعة، عقدا بقيمة 374.9 مليون دولار لتزويد البحرية الفلبينية بثلاث بطاريات من صواريخ «براهموس» الأسرع من الصوت المضادة للسفن، في أول صفقة تصدير كبرى للصاروخ الذي تنتجه الهند بالشراكة مع روسيا.

ووقع العقد، في مراسم افتراضية، وزير الدفاع الفلبيني دلفين لورينزانا والمدير التنفيذي لشركة «براهموس» أتول راني، بحضور السفير الهندي في مانيلا شامبو كوماران.

وقال لورينزانا إن الصواريخ «ستوفر ردعا ضد أي محاولة للمساس بسيادتنا وحقوقنا السيادية، لا سيما في بحر الفلبين الغربي»، في إشارة إلى المياه المتنازع عليها مع الصين في بحر الصين الجنوبي.

وكان البلدان قد وقعا في مارس 2021 ترتيبا تنفيذيا بشأن شراء المعدات الدفاعية، مهد الطريق أمام الصفقة، بعد سنوات من المفاوضات تعثرت خلالها بسبب جائحة كورونا.

ولم يوقع الجيش الفلبيني حتى الآن أي عقد لشراء النسخة البرية من الصاروخ، رغم اهتمام أبدته قيادته في أكثر من مناسبة.

ويبلغ مدى الصاروخ نحو مئتين وتسعين كيلومترا، ويمكن إطلاقه من السفن والغواصات والطائرات والمنصات البرية، وتعد الهند الفلبين سوقا رئيسية لتوسيع صادراتها الدفاعية في جنوب شرق آسيا.

ويرى محللون أن الصفقة تعكس تقاربا متزايدا بين نيودلهي ودول المنطقة التي تشاطرها القلق من تنامي النفوذ العسكري الصيني.

وتخطط البحرية الفلبينية لنشر البطاريات الثلاث على سواحل جزيرة لوزون الغربية والشمالية، على أن يتلقى البحارة الفلبينيون تدريبهم في الهند قبل تسلم الدفعة الأولى، وفق ما أعلنه مسؤولون في وزارة الدفاع.

وفي بلدة ماسينلوك بإقليم زامباليس، قال صياد اعتاد الإبحار قرب شعاب سكاربورو: «السفن الصينية تطردنا من أماكن صيد أجدادنا. لا أفهم في الصواريخ، لكن إذا كانت ستجعلهم يحترموننا فهذا جيد».""",
        [
            G("agreement.signed", "occurred", ["Philippines", "India"], []),
            # the arrangement "في مارس 2021"
            G("agreement.signed", "historical", ["Philippines", "India"], [], core=False),
            # "ولم يوقع الجيش الفلبيني حتى الآن أي عقد"
            G("agreement.signed", "negated", ["Philippines"], [], core=False),
        ],
        not_targets=["China", "Russia"],
        known_alarm='"تخطط البحرية الفلبينية لنشر البطاريات … على سواحل جزيرة لوزون" (its own coasts) is read as a planned presence',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-08-aljarida-costa-rica-and-cuba-restore-relations-2009",
        date(2009, 3, 19),
        """كوستاريكا وكوبا تطويان قطيعة استمرت 48 عاما

سان خوسيه - «الجريدة»

أعادت كوستاريكا وكوبا، أمس الأربعاء، علاقاتهما الدبلوماسية المقطوعة منذ عام 1961، في خطوة أعلنها الرئيس الكوستاريكي أوسكار أرياس، الحائز جائزة نوبل للسلام، مؤكدا أن «لا معنى لاستمرار القطيعة مع بلد نتقاسم معه القارة والتاريخ».

وقال وزير الخارجية الكوستاريكي برونو ستاغنو إن البلدين سيرفعان مستوى مكتبي رعاية المصالح في عاصمتيهما إلى سفارتين خلال الأشهر المقبلة، مشيرا إلى أن القرار «لا يعني تأييدا للنظام السياسي في هافانا».

وكانت كوستاريكا قد قطعت علاقاتها مع كوبا في عهد الرئيس ماريو إتشاندي، ضمن موجة قطيعة شملت معظم دول أميركا اللاتينية بضغط من واشنطن بعد الثورة الكوبية.

وأعلن الرئيس المنتخب في السلفادور ماوريسيو فونيس أنه سيعيد العلاقات مع هافانا فور تسلمه السلطة في الأول من يونيو، لتبقى السلفادور آنذاك من الدول القليلة في المنطقة التي لا تقيم علاقات معها.

ولا تربط الولايات المتحدة بكوبا علاقات دبلوماسية منذ عام 1961، ولم تبد إدارة الرئيس باراك أوباما حتى الآن استعدادا لاستعادتها، رغم حديثها عن مراجعة القيود المفروضة على سفر الأميركيين من أصل كوبي.

ورحبت الخارجية الكوبية بالخطوة، معتبرة أنها «انتصار لسياسة الاحترام المتبادل» في أميركا اللاتينية.

ويقيم في كوستاريكا آلاف الكوبيين، كثير منهم من الأطباء والممرضين والرياضيين الذين هاجروا خلال العقدين الماضيين.

ويقول محللون إن الخطوة تعكس تحولا أوسع في أميركا اللاتينية، حيث باتت كوبا تقيم علاقات مع كل دول المنطقة تقريبا، في حين يستعد قادة القارة لمطالبة الرئيس الأميركي الجديد بمراجعة السياسة الأميركية تجاه الجزيرة خلال قمة الأميركتين في ترينيداد وتوباغو الشهر المقبل.

وفي أحد مستشفيات سان خوسيه، قالت ممرضة كوبية تعمل في البلاد منذ اثني عشر عاما: «أمي في كاماغوي لم ترني منذ سنوات، وكل معاملة كانت تمر عبر بنما. ربما أستطيع الآن أن أجدد جوازي هنا وأزورها في الصيف».""",
        [
            G("relations.restored", "occurred", ["Costa Rica", "Cuba"], []),
            # El Salvador's president-elect "سيعيد العلاقات مع هافانا"
            G("relations.restored", "planned", ["El Salvador", "Cuba"], [], core=False),
            # "ولم تبد إدارة … استعدادا لاستعادتها"
            G("relations.restored", "negated", [_US, "Cuba"], [], core=False),
        ],
        not_targets=["Panama"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-09-albayan-ethiopia-folds-olf-fighters-into-oromia-police-2019",
        date(2019, 3, 15),
        """إثيوبيا: دمج أكثر من ألف من مقاتلي «جبهة تحرير أورومو» في شرطة أوروميا

أديس أبابا - «البيان»

دمجت السلطات الإثيوبية، أمس الخميس، أكثر من ألف وثلاثمئة من المقاتلين السابقين في جبهة تحرير أورومو في صفوف شرطة إقليم أوروميا، في ختام برنامج تأهيل استمر ثلاثة أشهر في معسكر سندافا شمال شرق العاصمة.

وقال رئيس إقليم أوروميا لما مغرسا، خلال حفل التخرج، إن المقاتلين «عادوا إلى شعبهم ليحموه لا ليحاربوه»، مضيفا أن الدفعات التالية ستوزع على وحدات الشرطة في مناطق غرب الإقليم وجنوبه.

وكانت الحكومة الإثيوبية والجبهة قد وقعتا في أسمرة في أغسطس الماضي اتفاقا أنهى عقودا من العداء، عادت بموجبه قيادة الجبهة من إريتريا إلى أديس أبابا، ضمن الانفتاح السياسي الذي أطلقه رئيس الوزراء آبي أحمد.

غير أن مجموعات مسلحة في غرب أوروميا وجنوبها، انشقت عن قيادة الجبهة، لم تنضم إلى العملية، وتواصل اشتباكاتها مع القوات الحكومية في مناطق ولغا وغوجي.

ولا يزال دمج آلاف آخرين من المقاتلين المجمعين في المعسكرات متعثرا، بسبب نقص التمويل وخلافات حول الرتب ومعايير الانتقاء، بحسب مسؤولين في الإقليم.

وقال متحدث باسم الجبهة إن التنظيم «ملتزم بالنضال السلمي»، لكنه طالب الحكومة بالإسراع في الإفراج عن المعتقلين وتنفيذ ما تبقى من التزاماتها.

وتشهد أوروميا، أكبر أقاليم إثيوبيا، توترات متكررة منذ احتجاجات 2015 التي أسهمت في وصول آبي أحمد إلى السلطة، بينما نزح مئات الآلاف بسبب النزاعات العرقية على حدود الإقليم.

ويقول باحثون إن نجاح البرنامج مرهون بتوفير فرص عمل لمن لا يقع عليهم الاختيار، إذ يخشى مسؤولون محليون أن يعود بعض الشبان إلى حمل السلاح إذا بقوا في المعسكرات من دون أفق واضح.

وفي مدينة أمبو، قال معلم في مدرسة ثانوية: «بعض هؤلاء الشباب كانوا طلابي قبل أن يذهبوا إلى الغابة. إذا لبسوا زي الشرطة وحصلوا على رواتب فسيرتاح أهلهم، لكن يجب ألا ينسى أحد الذين لم يعودوا بعد».""",
        [
            G("forces.integrated", "occurred", [_OLF], ["Ethiopia"]),
            # the Asmara accord "في أغسطس الماضي"
            G("agreement.signed", "historical", ["Ethiopia", _OLF], [], core=False),
            # the splinter groups that "لم تنضم إلى العملية"
            G("forces.integrated", "negated", [_OLF], ["Ethiopia"], core=False),
            # "ولا يزال دمج آلاف آخرين … متعثرا"
            G("forces.integrated", "stalled", [_OLF], ["Ethiopia"], core=False),
        ],
        not_targets=["Eritrea"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-10-alsharq-angola-to-send-troops-to-eastern-congo-2023",
        date(2023, 3, 18),
        """أنغولا تقرر إرسال قوات إلى شرق الكونغو الديمقراطية

لواندا - «الشرق»

أعلنت الرئاسة الأنغولية، أمس الجمعة، أن أنغولا سترسل وحدة من قواتها المسلحة إلى شرق جمهورية الكونغو الديمقراطية، لتأمين مناطق تجميع مقاتلي حركة «إم 23» وحماية أعضاء آلية التحقق المكلفة بمراقبة وقف إطلاق النار، بعد مشاورات مع الرئيس الكونغولي فيليكس تشيسكيدي.

وأوضح بيان الرئاسة أن الوحدة، التي سيحدد البرلمان حجمها ومدة مهمتها، لن تشارك في العمليات القتالية، وأن مهمتها تندرج في إطار الوساطة التي يقودها الرئيس جواو لورينسو بتكليف من الاتحاد الأفريقي.

وكان الرئيسان الكونغولي والرواندي قد وقعا في يوليو الماضي «خريطة طريق لواندا» لخفض التوتر بين البلدين، وهي الوثيقة التي نصت على انسحاب الحركة من المناطق التي سيطرت عليها في إقليم شمال كيفو.

وتنتشر في مدينة غوما منذ نوفمبر الماضي قوات كينية ضمن القوة الإقليمية لمجموعة شرق أفريقيا، فيما تعمل بعثة الأمم المتحدة «مونوسكو» في البلاد منذ أكثر من عقدين.

وتتهم كينشاسا رواندا بدعم الحركة، وهو ما تنفيه كيغالي، في حين لم يلتزم المقاتلون حتى الآن بمهلة الانسحاب التي حددتها قمة إقليمية في فبراير.

ورحبت الحكومة الكونغولية بالقرار الأنغولي، ووصفه متحدث باسمها بأنه «دليل على تضامن أفريقي حقيقي»، فيما قالت الحركة إنها «لا تعارض» وجود قوة محايدة في المناطق التي تنسحب منها.

وأجبر القتال منذ أواخر 2021 أكثر من ثمانمئة ألف شخص على النزوح في إقليم شمال كيفو، بحسب الأمم المتحدة.

وتعد أنغولا من أكبر منتجي النفط في أفريقيا، وتربطها بالكونغو الديمقراطية حدود تمتد أكثر من ألفين وخمسمئة كيلومتر، ويقول دبلوماسيون إن لواندا تخشى انتقال عدم الاستقرار إلى أراضيها وتدفق اللاجئين عبر حدودها الشمالية.

وفي مخيم للنازحين في ضاحية غوما، قالت أم لخمسة أطفال: «جاء الكينيون وجاء غيرهم، والحرب مستمرة. نريد أن نعود إلى روتشورو قبل موسم الزراعة، أيا كان الجنود الذين يحموننا».""",
        [
            G("military.presence", "planned", ["Angola"], [_DRC]),
            # the Luanda roadmap "في يوليو الماضي"
            G("agreement.signed", "historical", [_DRC, "Rwanda"], [], core=False),
            # the Kenyan troops in Goma "منذ نوفمبر الماضي"; MONUSCO
            G("military.presence", "historical", ["Kenya"], [_DRC], core=False),
            G("military.presence", "historical",
              ["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"],
              [_DRC], core=False),
        ],
        not_targets=["Rwanda"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-11-alraya-sports-alsadd-lifts-defender-ban-2023",
        date(2023, 1, 15),
        """السد يرفع الإيقاف عن مدافعه ويقترب من ضم لاعب وسط برازيلي

الدوحة - «الراية» - رياضة

رفعت إدارة نادي السد، أمس، الإيقاف الداخلي الذي فرضته على أحد مدافعي الفريق الأول الأسبوع الماضي، بعد تأخره عن معسكر الفريق، وذلك إثر اجتماع جمعه بالمدرب ومدير الكرة.

وقالت مصادر في النادي إن اللاعب سيعود إلى التدريبات الجماعية اليوم، على أن تخصم من راتبه غرامة مالية وفق اللائحة الداخلية.

وفي سوق الانتقالات الشتوية، يقترب الزعيم من حسم انضمام لاعب وسط برازيلي ينشط في الدوري البرتغالي، بعد اتفاق مبدئي مع ناديه، فيما لا تزال المفاوضات مع اللاعب حول مدة العقد متعثرة. وكان النادي قد وقع الأسبوع الماضي عقدا لمدة موسمين مع حارس مرمى شاب.

كما مدد السد عقد مدربه المساعد لموسم إضافي، بطلب من الجهاز الفني، في حين لم يجدد بعد عقد مدرب اللياقة الذي ينتهي مع نهاية الموسم.

وفي المقابل، فرضت لجنة الانضباط في الاتحاد القطري لكرة القدم غرامة مالية على النادي بسبب تأخر الفريق في النزول إلى أرض الملعب في مباراته الأخيرة.

وعلق النادي بيع تذاكر مباراة القمة أمام الدحيل عبر التطبيق مؤقتا بسبب عطل تقني، على أن يستأنف البيع مساء اليوم.

وقررت الإدارة دمج فريقي تحت 19 عاما وتحت 21 عاما في فريق رديف واحد اعتبارا من الموسم المقبل، ونشرت طاقما إضافيا من المنظمين في محيط ملعب جاسم بن حمد لتنظيم دخول الجماهير.

ويتصدر السد ترتيب دوري نجوم قطر بفارق ثلاث نقاط عن أقرب ملاحقيه، قبل عشر جولات من النهاية.

ويستعد الفريق لخوض مباراته المقبلة في دوري أبطال آسيا الشهر المقبل، وسط غياب لاعبين اثنين بسبب الإصابة، فيما يأمل الجهاز الفني في استعادة جهود المهاجم الأساسي قبل مباراة القمة.

وفي مقهى بمنطقة الغرافة، قال مشجع سداوي: «المدافع أخطأ واعتذر، والمهم الآن مباراة الدحيل. نريد لاعب وسط يصنع الفرص، والإدارة تعرف ذلك».""",
        [],
        not_targets=["Qatar", "Brazil", "Portugal"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h104-12-aleqtisadiah-markets-cma-suspends-share-and-merger-deal-2022",
        date(2022, 9, 20),
        """«هيئة السوق» تعلق تداول سهم شركة تأمين.. وشركتان توقعان اتفاقية اندماج

الرياض - «الاقتصادية»

علقت هيئة السوق المالية، أمس، تداول سهم شركة تأمين مدرجة في السوق الرئيسية، بعد تجاوز خسائرها المتراكمة نصف رأس مالها وتأخرها في نشر قوائمها المالية الأولية، على أن يستمر التعليق حتى إعلان الشركة نتائجها.

وفي سياق منفصل، وقعت شركتان مدرجتان في قطاع التأمين اتفاقية اندماج ملزمة، تنتقل بموجبها أصول إحداهما والتزاماتها إلى الأخرى مقابل أسهم جديدة، على أن يستكمل الاندماج بعد موافقة الجمعيتين العامتين والجهات الرقابية.

كما أعلنت شركة لوجستية سعودية انضمامها إلى تحالف دولي لشركات الشحن البري يضم شركات من أوروبا وآسيا، بهدف توسيع شبكة نقل البضائع إلى موانئ البحر الأحمر والخليج.

وفرضت الهيئة غرامات على ثلاث شركات وساطة بسبب مخالفات في قواعد مكافحة غسل الأموال، فيما رفعت التعليق عن سهم شركة زراعية بعد أن نشرت قوائمها المالية.

ومددت شركة اتصالات اتفاقية لإدارة أبراجها مع شركة متخصصة لخمس سنوات إضافية، في وقت تنتشر فيه فروع الشركة في أكثر من مئتي مدينة ومحافظة.

وأغلق المؤشر العام للسوق على ارتفاع طفيف بدعم من أسهم البنوك والبتروكيماويات، فيما تراجعت أسهم قطاع التأمين وسط عمليات جني أرباح.

ويرى محللون أن موجة الاندماجات في قطاع التأمين «متوقعة» في ظل ارتفاع متطلبات رأس المال وتشدد الرقابة، لافتين إلى أن صفقات مماثلة استغرقت أكثر من عام بين توقيع المذكرة والإتمام.

وقال مدير محافظ في شركة استثمار إن التعليق «إجراء وقائي» لحماية صغار المستثمرين، مرجحا أن يعود السهم للتداول خلال أسابيع.

وارتفعت قيم التداول خلال الجلسة إلى نحو ستة مليارات ريال، مع تركز السيولة في أسهم الشركات القيادية، وسط ترقب المستثمرين لنتائج الربع الثالث التي تبدأ الشركات في إعلانها الشهر المقبل.

وفي أحد مقاهي حي العليا، قال مستثمر أفراد يتابع الشاشة على هاتفه: «اشتريت السهم قبل شهر على توصية في مجموعة، والآن التداول معلق. تعلمت الدرس، لن أشتري شيئا لا أقرأ قوائمه».""",
        [],
        not_targets=["Saudi Arabia"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout104_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout104_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout104_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
