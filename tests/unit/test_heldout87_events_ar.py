"""An eighty-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-six Arabic held-out sets: Arabic copy of 2016-2023 as pan-Arab, Emirati, Qatari,
Mauritanian, Sudanese, Saudi, Moroccan, Algerian, Syrian opposition and Egyptian outlets carry it
(a London pan-Arab site, "طوكيو - «العربي الجديد»", with an Egyptian halal cook of Shin-Okubo; an
Emirati channel's site, "سيدني - «سكاي نيوز عربية»", with a Lebanese-born barley farmer of Western
Australia; a Qatari channel's site, "نيويورك - «الجزيرة نت»", with a Mazar-i-Sharif money changer;
a Mauritanian agency, "نواكشوط - «صحراء ميديا»", with a Kiffa cattle trader; a Sudanese site,
"الخرطوم - «سودان تريبيون»", with a Khartoum clerk without power; a Saudi daily, "الرياض -
«الرياض»", with a Herat carpet dealer of al-Batha; a Moroccan site, "أديس أبابا - «هسبريس»", with a
Merkato seed seller; an Algerian daily, "الجزائر - «الخبر»", with an Oran seaman; a Syrian
opposition channel's site, "إسطنبول - «تلفزيون سوريا»", with a vegetable seller of al-Bab; a Cairo
daily, "القاهرة - «المصري اليوم»", with an Imbaba grocer; a Moroccan sports paper, "الرباط -
«المنتخب»", with a Wydad fan of Derb Sultan; and an Emirati daily's economy page, "دبي - «الخليج» -
اقتصاد", with a freight clerk by Dubai airport) on episodes the earlier sets do not carry as core
news: Japan freezing the assets of three people linked to Hamas, December 2023; China lifting its
anti-dumping and countervailing duties on Australian barley, August 2023; the Security Council's
Taliban sanctions committee extending for two months the travel-ban exemption of thirteen Taliban
officials and dropping two ministers of education, June 2022; the Security Council renewing the Mali
sanctions regime by Resolution 2541, August 2020; Joe Biden's executive order opening the way to
sanctions on those behind the war in Sudan, May 2023; Afghanistan joining the Saudi-led Islamic
Military Counter Terrorism Coalition, 2016; Morocco and Ethiopia signing the agreement on the Dire
Dawa fertiliser plant during Mohammed VI's visit, November 2016; Algeria sending its ambassador back
to Madrid, November 2023; four Syrian National Army factions (Ahrar al-Sharqiya, Jaysh al-Sharqiya,
the Twentieth Division and a part of Suqour al-Sham) merging into the Liberation and Construction
Movement, early 2022; the Egyptian forces at the Merowe air base when the war in Sudan broke out,
April 2023.
Searched before writing in all earlier held-out files of both languages (up to set 108 English,
with the files of sets 104-111 English in the other worktrees, and 86 Arabic; docstrings, article
texts, annotations and rule sentences) by states, bodies, people, places, resolution numbers and
years in Arabic and English spellings, reading the hits: Japan beside Hamas (none); barley (set 93
English has China's lifting only as a historical line, "in August last year", set 47 English the
duties as background); the Taliban travel-ban exemptions (set 11 English a later exemption for a
minister's trip, set 104 English a delisting, set 85 Arabic the delisting of 2010: other
episodes); "2541" (none); "14098" and the executive order on Sudan (none; set 70 Arabic has the
threats after the coup of 2021, another episode); Afghanistan beside the Islamic coalition (set 97
English, no joining); the Dire Dawa plant (sets 66 and 76 English name Dire Dawa for other
matters, set 49 English OCP for a port deal); Algeria beside Spain (none); "حركة التحرير
والبناء"/"Liberation and Construction" (none); Merowe (sets 44 and 81 Arabic the "Nile Eagles"
exercise of 2020 as background, sets 54 and 71 Arabic a football club). Some seventy other
candidates were dropped because the search found them as core news (among them the Captagon
designations, the Kaniyat, Fly Baghdad, the Qard al-Hassan officials, the Nord Stream 2 and
Afghanistan licence waivers, the COSCO and Figuera delistings, Resolutions 1957, 2444, 2664 and
2714, the Su-35 and Uganda threats, the Islamic coalition's Oman, the FATF's Saudi Arabia, Tunisia in
COMESA, Morocco in the Atlantic partnership, Palestine in the OPCW, the Chad-Qatar, Chad-Israel,
Guinea-Israel, Sao Tome-China, Morocco-Cuba and Saudi-Canada restorations, the Egypt-Sudan
military agreement, the Mauritania-Senegal gas accord, the Hungarian force in Chad, the Tu-160
bombers in Venezuela, the Turkish bases at al-Watiya and in Somalia, and the Peshmerga units).
Facts the writer is unsure of: the day of the Japanese freeze (26 December 2023), the number and
residence of the three and Japan's earlier steps; the day China's duties ended (5 August 2023),
their rate and Australia's exports; the committee's vote, the exemption's end (19 August 2022) and
the two ministers dropped; the sponsor of Resolution 2541 and the dates of the listings; the words
of Biden's statement and the officials' briefing; the day and terms of Afghanistan's joining, the
delegation, the count of members and the Resolute Support figures; the Dire Dawa plant's size,
cost, signatories and the number of other agreements; the ambassador's name and the day he took up
his post; the merger's date, its member factions and the size of the movement; the number of
Egyptian soldiers and aircraft at Merowe and the name and date of the joint exercises.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned events and a few alertable events that are not core; two
are near misses: a Moroccan football page (a federation that "فرضت … غرامة مالية", a committee
that "رفعت عقوبة الإيقاف" on a stadium, a coach's contract "تمديد", talks "علقت", a supplier's
"اتفاقية شراكة" signed, a goalkeeper's "انضمام") and an Emirati economy page (an airline's
"انضمامها إلى تحالف عالمي لشركات الشحن الجوي", a codeshare "وقعت", a maintenance contract
"مددت", a memorandum for aircraft, a regulator that "فرضت غرامات", flights "علقت").

The decisions of the annotation, taken before any run: a government that decided "تجميد أصول
ثلاثة أشخاص … يتولون إدارة أموال حركة «حماس»" imposes (core; Japan; Hamas, whose financiers are
the persons listed), the American packages "منذ أكتوبر الماضي" and the British lists historical
impositions, "ولم تشمل الإجراءات اليابانية أي كيان … كما لم تعلن طوكيو إدراج «حماس» نفسها" a
negated imposition; Israel is no party. A ministry that announced "رفع الرسوم الإضافية لمكافحة
الإغراق ومكافحة الدعم المفروضة على واردات الشعير الأسترالي" lifts (core; China; Australia): the
punitive duties are sanctions as a reader of trade coercion takes them; their imposition "في مايو
2020" a historical imposition, coal and timber let back earlier a historical lifting, Australia in
AUKUS a historical joining; the complaint withdrawn from the WTO and the wine duties still in force
are no events. A committee that "مددت … لمدة شهرين إضافيين الإعفاء الذي يسمح لثلاثة عشر من قادة
الحركة … بالسفر" suspends, as the design counts an extended exemption (core; the Security Council;
the Taliban), the regime of Resolution 1988 and the sanctions of 1999 historical impositions, "ولم
يرفع المجلس أيا من العقوبات" a negated lifting, Resolution 2615's carve-out "في ديسمبر الماضي" a
historical suspension; China, Russia, Pakistan and Qatar, named for their embassies, are no
parties. A council that "جدد … بالإجماع نظام العقوبات المفروض على مالي لمدة عام إضافي" extends
(core; the Security Council; Mali), the regime "في سبتمبر 2017" and the listings historical
impositions, "ولم يضف القرار الجديد أي أسماء" a negated imposition, ECOWAS's closure of the
borders after the coup a historical imposition, MINUSMA and Barkhane historical presences, the
Algiers accord of 2015 a historical signing. A president who signed an order "يوسع صلاحيات
إدارته في فرض عقوبات" and who is "ملوحا بمعاقبة طرفي النزاع" threatens (core; the United States and
Joe Biden; Sudan, the army and the Rapid Support Forces), "لا يفرض عقوبات في الوقت الحالي" a
negated imposition, the lifting of 2017 and the delisting of 2020 historical liftings, the
sanctions of 1997 a historical imposition; Saudi Arabia, co-host of the Jeddah talks, is no party.
A state that "انضمت … رسميا إلى التحالف الإسلامي العسكري لمحاربة الإرهاب" joins (core;
Afghanistan; the coalition), the coalition's forming "في ديسمبر الماضي" a historical accord, "ولم
تنضم إيران والعراق وسوريا إلى التحالف" a negated joining, "لن ترسل قوات للقتال خارج أراضيها" a
negated presence, Resolute Support a historical presence. Two states that "وقع … اتفاقية شراكة
استراتيجية لإنشاء مصنع للأسمدة" sign (core; Morocco, Ethiopia, Mohammed VI and Hailemariam
Desalegn), the seven other agreements an occurred signing (not core), Morocco's request to return
to the African Union, to be decided "خلال قمة يناير المقبل", a planned joining (not core), the
agreements of the Rwanda and Tanzania legs historical signings; Nigeria, named for a similar
project, is no party. A state that "أعادت … سفيرها إلى العاصمة الإسبانية مدريد" restores ties
(core; Algeria; Spain), "ولم تتراجع الجزائر حتى الآن عن قرار تعليق المعاهدة" a negated
restoration, the treaty of 2002 a historical signing; the recall of 2022, the treaty's suspension,
the closed pipeline and the break with Morocco are no events of a watched type, Morocco no party.
Four factions that announced "اندماجها في تشكيل واحد تحت اسم «حركة التحرير والبناء»" integrate
forces (core; no actor the knowledge base knows; the Syrian National Army, within which they
merge), the "عزم" operations room a historical integration, the two divisions that "لم تنضم" a
negated integration, Ahrar al-Sharqiya's listing by the Treasury a historical imposition, the
Turkish forces since 2016 and 2019 historical presences. An army that said "عناصر من القوات
المصرية موجودة في السودان «لإجراء تدريبات مشتركة»" is present (core; Egypt; Sudan), the exercises
since 2021 a historical presence, the military agreement of March 2021 and the framework agreement
of December historical signings, the integration of the RSF into the army whose timetable the two
sides "لم يتفق" on a stalled integration; the RSF's seizing of the base and the calls for a truce
are no events, Saudi Arabia, the Emirates and the United States no parties. The Moroccan sports
page and the Emirati economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.583, R 0.600, F1 0.592 (recall
6/10, precision 7/12); occurred core found 6/10; historical kept quiet 18/22, negated 6/8, stalled
0/1. No annotation was changed after the run. Missed: China's lifting (ar-h87-02), "رفع الرسوم
الإضافية لمكافحة الإغراق ومكافحة الدعم المفروضة على واردات الشعير الأسترالي", gives no event at all
(punitive duties are not read as sanctions); Biden's threat (ar-h87-05), "يوسع صلاحيات إدارته في
فرض عقوبات … ملوحا بمعاقبة طرفي النزاع", is read as an occurred imposition by the United States with
no target (the negated "لا يفرض عقوبات في الوقت الحالي" gives nothing), a false alarm in the
threat's place; the factions' merger (ar-h87-09), "اندماجها في تشكيل واحد تحت اسم «حركة التحرير
والبناء»", gives no integration; the Egyptian forces at Merowe (ar-h87-10), "عناصر من القوات
المصرية موجودة في السودان", give no presence. False alarms on quiet gold events: in ar-h87-04
ECOWAS's closure of the borders "عقب الانقلاب مباشرة" (a coup a fortnight before the report) is read
as an occurred imposition; in ar-h87-07 the agreements "وقعت خلالها الرباط" on the king's earlier
legs in Rwanda and Tanzania ("وجاءت المحطة الإثيوبية بعد جولة قادت الملك إلى رواندا وتنزانيا")
are read as an occurred signing of Rwanda and Tanzania; in ar-h87-10 the integration of the RSF
into the army, whose timetable the two sides "لم يتفق" on and whose final accord was put off, is
read as an occurred integration with the RSF for target. Unexpected alerts, not matching any gold
event: in ar-h87-03 the committee's "مددت … الإعفاء" is read twice, as the suspension it is and as
an extension of sanctions by the Security Council. Seen, not counted by the score: Hamas is read as
a second actor of Japan's freeze and no target (ar-h87-01); the Taliban are an actor, not the
target, of the exemption (ar-h87-03); the seven agreements of the Ethiopian visit are read as a
planned signing of Ethiopia with Morocco for target (alertable, matching the occurred one);
Afghanistan's "انضمامها إلى التحالف «يعكس قناعة»" is read as a negated joining (quiet); the
Treasury's listing of Ahrar al-Sharqiya has Syria for actor and the Treasury for target (quiet,
historical); the delisting of 2020 "شطبته" has Sudan for actor (quiet). The two near misses raise
nothing. Seven articles are strict xfails (ar-h87-02, -05, -09 and -10 on their core events,
ar-h87-03, -04, -05, -07 and -10 on their alerts).

After the fixes of 2026-12-07: events P 0.727, R 0.700, F1 0.713 (recall 7/10, precision 8/11;
stalled kept quiet 1/1). Three general causes were fixed, pinned by rule sentences of other
states and wording in ``test_heldout87_rules_ar.py``: armed units that are the lead's subject,
within fourteen words before the verb and with no "إن/أن" between, merged "في تشكيل واحد" or "في
كيان جديد" (a formation named without a military noun) now integrate forces (the cue group
``one_formation`` in ``rasd/events/lexicons/ar.cues.yaml``, the trigger beside the other mergers
"into one" in ``ar.triggers.yaml``, the also-suffix ``_lead`` and ``_clause_opens_between`` in
``rasd/events/extractor.py``), while parties, insurers and banks that merge "في كيان جديد" keep no
reading; a sanctions committee's own name ("مددت لجنة العقوبات … الإعفاء") is no measure an
extension verb renews (``_SANCTIONS_COMMITTEE_AR`` in ``_needs_met``), while a council that renews
the sanctions still extends them and a committee that strikes a name from its list still lifts;
and the step that a dispute is over ("بعد أسابيع من الخلاف حول دمج …", "بسبب خلافات حول دمج …")
is stalled, not done (``_disputed_ar`` in ``rasd/events/status.py``), while an act done despite or
after a dispute over something else keeps its reading. The strict xfails of ar-h87-09 (the merger
now found), ar-h87-03 (the extension no longer read) and ar-h87-10's alert (the RSF's integration
now stalled) are removed, and so is ar-h85-09's (the factions merged "في كيان جديد" into Hay'at
Tahrir al-Sham), which the first fix cures. Left, as strict xfails, for want of time before this
round's deadline: the barley duties lifted (ar-h87-02: punitive duties are no sanctions noun yet),
Biden's order (ar-h87-05: "صلاحيات إدارته في فرض عقوبات", a power granted, read as an imposition,
and "ملوحا بمعاقبة" not read as a threat, since "معاقبة" alone also serves sport and courts), the
Egyptian forces "موجودة في السودان" (ar-h87-10: a participle of presence, which would need guards
against background mentions), the ECOWAS closure "عقب الانقلاب مباشرة" (ar-h87-04) and the
agreements of the king's earlier legs (ar-h87-07), both background told in the past tense.

After the round on general Arabic misses of sets 81 to 90 (``test_general_misses3_rules_ar.py``):
troops "موجودة في" a state, a participle of presence as their predicate, are an occurred presence:
ar-h87-10's strict xfail removed. An instrument that paves the way for sanctions ("أمرا تنفيذيا
يمهد لعقوبات على") is a threat, and the powers "في فرض عقوبات" it widens impose nothing: both strict
xfails of ar-h87-05 removed. Punitive duties lifted on a state's trade ("رفع الرسوم الإضافية
لمكافحة الإغراق … المفروضة على واردات الشعير الأسترالي") are a lifting: ar-h87-02's strict xfail
removed.

ar-h87-07 cured by ``test_general_misses7_rules_ar.py``'s verb whose root opens with و ("، وقعت
خلالها" is no clause of its own, so the signing stays in what the news came after); its strict xfail
removed.

``python -m tests.unit.test_heldout87_events_ar`` prints every article's alerts and the set's
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
        "ar-h87-01-alaraby-japan-freezes-assets-of-hamas-financiers-2023",
        date(2023, 12, 27),
        """اليابان تجمد أصول ثلاثة أشخاص مرتبطين بحركة «حماس»

طوكيو - «العربي الجديد»

قررت الحكومة اليابانية، أمس الثلاثاء، تجميد أصول ثلاثة أشخاص قالت إنهم يتولون إدارة أموال حركة «حماس» أو تسهيل تحويلها، في أول خطوة من نوعها تتخذها طوكيو ضد الحركة منذ هجوم السابع من أكتوبر/ تشرين الأول على جنوب إسرائيل.

وقال الأمين العام لمجلس الوزراء يوشيماسا هاياشي، في مؤتمر صحافي، إن القرار يحظر على المؤسسات المالية اليابانية إجراء أي معاملات مع الأشخاص الثلاثة أو تحويل أموال إليهم، مؤكدا أن بلاده «تدين بشدة الهجمات الإرهابية» وتعمل «بالتنسيق الوثيق مع شركائها في مجموعة السبع» لقطع مصادر تمويل الحركة.

وأوضحت وزارة الخارجية أن الثلاثة يقيمون في دول مختلفة في المنطقة، وأن أسماءهم وردت في وقت سابق على قوائم العقوبات الأميركية والبريطانية، إذ فرضت وزارة الخزانة الأميركية منذ أكتوبر الماضي أربع حزم من العقوبات على شبكات مالية وشركات قالت إنها تدير محفظة استثمارات سرية للحركة.

ولم تشمل الإجراءات اليابانية أي كيان أو شركة، كما لم تعلن طوكيو إدراج «حماس» نفسها منظمة إرهابية، وهو ما يطالب به السفير الإسرائيلي لدى اليابان منذ أسابيع.

وتحرص اليابان تقليديا على الحفاظ على علاقات متوازنة مع دول الشرق الأوسط، التي تستورد منها أكثر من تسعين في المائة من حاجاتها النفطية، وتقدم مساعدات كبيرة للسلطة الفلسطينية ولوكالة غوث وتشغيل اللاجئين الفلسطينيين (أونروا). وكانت قد أعلنت الشهر الماضي تقديم مساعدات إنسانية إضافية لقطاع غزة بقيمة خمسة وستين مليون دولار.

وقال دبلوماسي عربي في طوكيو إن الخطوة «رمزية إلى حد بعيد»، لأن الأشخاص الثلاثة لا يملكون على الأرجح أصولا في اليابان، لكنها تعكس ضغوطا أميركية متزايدة على الحكومة لمواءمة سياساتها مع سياسات واشنطن ولندن.

وكان رئيس الوزراء فوميو كيشيدا قد أجرى في نوفمبر الماضي اتصالا هاتفيا بالرئيس الإسرائيلي إسحاق هرتسوغ، دعا فيه إلى «هدنات إنسانية» وحماية المدنيين، كما زار وزير الخارجية يوكو كاميكاوا المنطقة والتقت مسؤولين إسرائيليين وفلسطينيين.

وفي مطعم صغير للأطعمة الحلال في حي شين أوكوبو، قال صاحبه، وهو مهاجر مصري يعيش في طوكيو منذ عشرين عاما: «اليابانيون يسألونني كل يوم عن غزة. الناس هنا لا يعرفون الكثير عن المنطقة، لكنهم يرون صور الأطفال في الأخبار ويتأثرون».""",
        [
            G("sanctions.imposed", "occurred", ["Japan"], ["Hamas"]),
            # the four packages of the US Treasury "منذ أكتوبر الماضي"; the British listings
            G("sanctions.imposed", "historical", ["United States Department of the Treasury",
                                                  "United States", "United Kingdom"], ["Hamas"],
              core=False),
            # "ولم تشمل الإجراءات اليابانية أي كيان … كما لم تعلن طوكيو إدراج «حماس» نفسها"
            G("sanctions.imposed", "negated", ["Japan"], ["Hamas"], core=False),
        ],
        not_targets=["Israel", "Japan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-02-skynewsarabia-china-lifts-duties-on-australian-barley-2023",
        date(2023, 8, 5),
        """الصين ترفع الرسوم العقابية عن الشعير الأسترالي بعد ثلاث سنوات من القطيعة التجارية

سيدني - «سكاي نيوز عربية»

أعلنت وزارة التجارة الصينية، أمس الجمعة، رفع الرسوم الإضافية لمكافحة الإغراق ومكافحة الدعم المفروضة على واردات الشعير الأسترالي اعتبارا من اليوم السبت، في أوضح إشارة حتى الآن إلى تحسن العلاقات بين بكين وكانبيرا بعد سنوات من التوتر.

وقالت الوزارة في بيان إن «تغير الظروف في السوق الصينية» لم يعد يستدعي الإبقاء على الرسوم التي بلغت نحو ثمانين في المائة، والتي فرضتها بكين في مايو 2020، بعد أسابيع من مطالبة الحكومة الأسترالية بإجراء تحقيق دولي مستقل في منشأ فيروس كورونا.

ورحبت وزيرة الخارجية الأسترالية بيني وونغ بالقرار، ووصفته بأنه «نتيجة إيجابية للمزارعين»، مؤكدة أن حكومتها ستسحب في المقابل الشكوى التي رفعتها ضد الصين أمام منظمة التجارة العالمية بشأن الشعير. وأضافت أن كانبيرا تتوقع «عملية مماثلة» في ملف النبيذ الأسترالي، الذي ما زال يخضع لرسوم صينية تتجاوز مئتين في المائة.

وكان الشعير الأسترالي قبل الأزمة يشكل أكثر من نصف واردات الصين من هذه الحبوب، ويستخدم خصوصا في صناعة الجعة وأعلاف الماشية، وبلغت قيمة صادراته إلى السوق الصينية نحو مليار ونصف المليار دولار سنويا. واضطر المنتجون الأستراليون بعد فرض الرسوم إلى البحث عن أسواق بديلة في السعودية واليابان وفيتنام.

وتأتي الخطوة بعد أشهر من استئناف الصين استيراد الفحم والأخشاب الأسترالية، فيما لا تزال قيود أخرى قائمة على الكركند ولحوم بعض المسالخ. وكان رئيس الوزراء الأسترالي أنتوني ألبانيزي قد التقى الرئيس الصيني شي جينبينغ على هامش قمة مجموعة العشرين في بالي في نوفمبر الماضي، في أول لقاء على هذا المستوى منذ عام 2016.

ويقول محللون إن بكين تسعى إلى تخفيف التوتر مع أستراليا من دون أن تتخلى عن اعتراضاتها على انضمام كانبيرا إلى اتفاق «أوكوس» الدفاعي مع الولايات المتحدة وبريطانيا، الذي يتيح لها الحصول على غواصات تعمل بالدفع النووي.

وفي منطقة الحزام الزراعي غربي ولاية أستراليا الغربية، قال مزارع من أصل لبناني يزرع القمح والشعير منذ ثلاثين عاما: «بعنا لسنوات للسعودية وبأسعار أقل. إذا عاد الصينيون إلى الشراء، فهذا يعني أن الموسم المقبل قد يعوض بعض خسائرنا».""",
        [
            G("sanctions.lifted", "occurred", ["China"], ["Australia"]),
            # the duties "فرضتها بكين في مايو 2020"
            G("sanctions.imposed", "historical", ["China"], ["Australia"], core=False),
            # the coal and timber let back in earlier
            G("sanctions.lifted", "historical", ["China"], ["Australia"], core=False),
            # Australia in AUKUS (background)
            G("alliance.joined", "historical", ["Australia"], ["AUKUS"], core=False),
        ],
        not_targets=["Saudi Arabia", "Japan", "Vietnam", "United States", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-03-aljazeera-net-taliban-travel-ban-exemption-extended-2022",
        date(2022, 6, 21),
        """مجلس الأمن يمدد إعفاء مسؤولين في طالبان من حظر السفر لشهرين ويستثني وزيرين

نيويورك - «الجزيرة نت»

مددت لجنة العقوبات التابعة لمجلس الأمن الدولي والخاصة بحركة طالبان، أمس الاثنين، لمدة شهرين إضافيين الإعفاء الذي يسمح لثلاثة عشر من قادة الحركة المدرجين على قائمة العقوبات بالسفر إلى الخارج، لكنها أسقطت منه وزيرين مسؤولين عن قطاع التعليم، في خطوة ربطها دبلوماسيون بقرار الحركة إبقاء مدارس البنات الثانوية مغلقة.

وقال دبلوماسيون في الأمم المتحدة إن الإعفاء الجديد يسري حتى التاسع عشر من أغسطس المقبل، ويقتصر على السفر لأغراض المحادثات السياسية والمشاورات الرسمية، بعد خلاف استمر أياما بين الدول الأعضاء في اللجنة حول مدته والأسماء المشمولة به.

وكانت الولايات المتحدة ودول أوروبية قد طالبت بتقليص عدد المستفيدين من الإعفاء، احتجاجا على القيود المتزايدة المفروضة على النساء والفتيات في أفغانستان، فيما دعت الصين وروسيا إلى تمديده من دون تغيير، معتبرتين أن عزل الحركة «لن يخدم الشعب الأفغاني».

وتخضع أسماء قادة الحركة منذ عام 2011 لنظام عقوبات مستقل أنشأه مجلس الأمن بموجب القرار 1988، يشمل تجميد الأصول وحظر السفر وحظر توريد السلاح، وكانت العقوبات قد فرضت في الأصل عام 1999 على الحكومة التي قادتها الحركة آنذاك.

ولم يرفع المجلس أيا من العقوبات المفروضة على الحركة منذ عودتها إلى السلطة في أغسطس الماضي، كما لم يعترف أي بلد بحكومتها رسميا حتى الآن، رغم احتفاظ عدد من الدول، بينها الصين وروسيا وباكستان وقطر، بسفاراتها مفتوحة في كابل.

وكان مجلس الأمن قد أصدر في ديسمبر الماضي القرار 2615 الذي أعفى المساعدات الإنسانية من العقوبات المفروضة على الحركة، بهدف تسهيل وصول الغذاء والدواء إلى ملايين الأفغان المهددين بالجوع.

وقال المتحدث باسم الحركة ذبيح الله مجاهد إن القيود على سفر المسؤولين «تتعارض مع مبدأ الحوار» الذي يدعو إليه المجتمع الدولي، مطالبا بشطب أسماء قادة الحركة من القوائم نهائيا.

وفي سوق الصرافة في مدينة مزار شريف، قال صراف شاب: «نحن لا نسافر ولا نعرف من هؤلاء الوزراء. ما يهمنا أن تعود البنوك إلى العمل ويصل الدولار من الخارج من دون هذا التعقيد».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["Taliban"]),
            # the regime of Resolution 1988 "منذ عام 2011" and the sanctions of 1999
            G("sanctions.imposed", "historical", [_UNSC], ["Taliban"], core=False),
            # "ولم يرفع المجلس أيا من العقوبات المفروضة على الحركة"
            G("sanctions.lifted", "negated", [_UNSC], ["Taliban"], core=False),
            # the humanitarian carve-out of Resolution 2615 "في ديسمبر الماضي"
            G("sanctions.suspended", "historical", [_UNSC], ["Taliban"], core=False),
        ],
        not_targets=["China", "Russia", "Pakistan", "Qatar", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-04-saharamedias-un-renews-mali-sanctions-2020",
        date(2020, 9, 1),
        """مجلس الأمن يجدد نظام العقوبات على مالي لعام رغم الانقلاب العسكري

نواكشوط - «صحراء ميديا»

جدد مجلس الأمن الدولي، أمس الاثنين، بالإجماع نظام العقوبات المفروض على مالي لمدة عام إضافي، يمتد حتى نهاية أغسطس 2021، كما مدد ولاية فريق الخبراء المكلف بمتابعة تنفيذه، وذلك بعد أقل من أسبوعين من الانقلاب العسكري الذي أطاح بالرئيس إبراهيم بوبكر كيتا.

واعتمد المجلس القرار 2541 الذي أعدته فرنسا، ويبقي بموجبه على تدابير حظر السفر وتجميد الأصول التي تستهدف أفرادا وكيانات متهمين بعرقلة تنفيذ اتفاق السلام والمصالحة الموقع في الجزائر عام 2015، أو بالمشاركة في أعمال عدائية تنتهك وقف إطلاق النار.

وكان المجلس قد أنشأ نظام العقوبات في سبتمبر 2017، وأدرج على قائمته في ديسمبر 2018 أسماء ثلاثة أشخاص، قبل أن يضيف خمسة آخرين العام الماضي، بينهم قادة في الحركات المسلحة الموقعة على الاتفاق ونواب متهمون بالاتجار في المخدرات.

ولم يضف القرار الجديد أي أسماء إلى القائمة، كما لم يتطرق إلى قادة المجلس العسكري الذي تولى السلطة في باماكو، واكتفى في ديباجته بالإشارة إلى «الأوضاع السياسية الراهنة» والدعوة إلى «انتقال مدني سريع».

وفي المقابل، فرضت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) عقب الانقلاب مباشرة إغلاق الحدود ووقف المبادلات المالية والتجارية مع مالي، ما عدا المواد الأساسية والأدوية، مطالبة بعودة المدنيين إلى الحكم خلال مهلة قصيرة.

وتنتشر في مالي منذ عام 2013 بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار (مينوسما)، التي تضم أكثر من ثلاثة عشر ألف جندي وشرطي، إلى جانب القوات الفرنسية المشاركة في عملية «برخان» ضد الجماعات المسلحة في منطقة الساحل.

ويخشى سكان الشمال أن يؤدي الفراغ السياسي في العاصمة إلى تراجع الاهتمام بالمناطق الريفية، حيث تتزايد هجمات الجماعات المسلحة على القرى والأسواق.

وقال دبلوماسي أفريقي في نيويورك إن الإجماع على تجديد العقوبات «رسالة إلى جميع الأطراف» بأن المجتمع الدولي ما زال متمسكا باتفاق الجزائر، رغم تعثر تطبيقه منذ خمس سنوات.

وفي سوق مدينة كيفة الموريتانية، قال تاجر مواش يبيع قطعانه في أسواق مالي: «الحدود مع مالي لم تغلق من جهتنا، لكن التجار هناك صاروا خائفين، والأسعار نزلت. نريد أن تهدأ الأمور قبل موسم العيد».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Mali"]),
            # the regime "في سبتمبر 2017" and the listings of 2018 and last year
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            # "ولم يضف القرار الجديد أي أسماء إلى القائمة"
            G("sanctions.imposed", "negated", [_UNSC], ["Mali"], core=False),
            # ECOWAS's border closure "عقب الانقلاب مباشرة"
            G("sanctions.imposed", "historical", ["Economic Community of West African States"],
              ["Mali"], core=False),
            # MINUSMA "منذ عام 2013" and Barkhane
            G("military.presence", "historical", ["United Nations", "France"], ["Mali"], core=False),
            # the Algiers accord of 2015
            G("agreement.signed", "historical", ["Mali"], [], core=False),
        ],
        not_targets=["Mauritania", "Algeria", "France"],
        known_alarm='the ECOWAS border closure "عقب الانقلاب مباشرة" is read as occurred',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-05-sudantribune-biden-order-threatens-sanctions-on-warring-sides-2023",
        date(2023, 5, 5),
        """بايدن يوقع أمرا تنفيذيا يمهد لعقوبات على المسؤولين عن الحرب في السودان

الخرطوم - «سودان تريبيون»

وقع الرئيس الأميركي جو بايدن، أمس الخميس، أمرا تنفيذيا يوسع صلاحيات إدارته في فرض عقوبات على الأفراد والكيانات المسؤولين عن «تهديد السلام والأمن والاستقرار في السودان»، ملوحا بمعاقبة طرفي النزاع إذا استمر القتال بين الجيش وقوات الدعم السريع.

وقال بايدن في بيان إن «المأساة التي تشهدها الخرطوم ودارفور يجب أن تنتهي»، مضيفا أن الأمر التنفيذي «لا يفرض عقوبات في الوقت الحالي»، لكنه يمنح وزارتي الخزانة والخارجية أدوات لمحاسبة من يقوضون الانتقال الديمقراطي أو يرتكبون انتهاكات ضد المدنيين أو يعرقلون وصول المساعدات الإنسانية.

وأكد مسؤول أميركي رفيع للصحافيين أن واشنطن «مستعدة لاستخدام هذه الصلاحيات» ضد قادة الجانبين، من دون أن يسمي قائد الجيش الفريق أول عبد الفتاح البرهان أو قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو «حميدتي»، مشيرا إلى أن الإدارة «ستراقب عن كثب» التزامهما بالهدنة.

وتأتي الخطوة في وقت تستضيف فيه مدينة جدة محادثات بين ممثلي الطرفين برعاية سعودية أميركية، هي الأولى منذ اندلاع الحرب في الخامس عشر من أبريل الماضي، وسط تشكيك واسع في إمكان التوصل إلى وقف دائم لإطلاق النار بعد انهيار سلسلة من الهدن القصيرة.

وكانت الولايات المتحدة قد رفعت في عام 2017 معظم العقوبات الاقتصادية التي فرضتها على السودان منذ عام 1997، ثم شطبته من قائمة الدول الراعية للإرهاب في ديسمبر 2020، قبل أن تجمد مساعدات بقيمة سبعمئة مليون دولار عقب انقلاب أكتوبر 2021.

ولم تستجب القيادة العسكرية حتى الآن لمطالب واشنطن بسحب قواتها من المناطق السكنية في العاصمة، فيما تتبادل قوات الدعم السريع والجيش الاتهامات بخرق الهدن واستهداف المستشفيات ومحطات المياه والكهرباء.

وقالت الأمم المتحدة إن أكثر من مئة ألف شخص فروا من السودان إلى دول الجوار منذ بدء القتال، بينما نزح مئات الآلاف داخل البلاد، وتعرضت مخازن برنامج الأغذية العالمي في عدد من المدن للنهب.

وفي حي الصحافة جنوبي الخرطوم، قال موظف يقيم مع أسرته في منزل بلا كهرباء منذ أسبوعين: «العقوبات لن توقف الرصاص. نحن نحتاج ممرا آمنا نخرج به الأطفال، والماء قبل أي شيء آخر».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Joe Biden"],
              ["Sudan", "Rapid Support Forces", "Sudanese Armed Forces"]),
            # "لا يفرض عقوبات في الوقت الحالي"
            G("sanctions.imposed", "negated", [_US], ["Sudan"], core=False),
            # the lifting of 2017 and the delisting of December 2020
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # the sanctions "منذ عام 1997"
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
        ],
        not_targets=["Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-06-alriyadh-afghanistan-joins-islamic-military-coalition-2016",
        date(2016, 3, 28),
        """أفغانستان تنضم رسميا إلى التحالف الإسلامي العسكري لمحاربة الإرهاب

الرياض - «الرياض»

انضمت جمهورية أفغانستان الإسلامية رسميا إلى التحالف الإسلامي العسكري لمحاربة الإرهاب الذي تقوده المملكة، ليرتفع عدد الدول الأعضاء فيه إلى خمس وثلاثين دولة، بحسب ما أعلنه المتحدث باسم التحالف أمس.

وجاء الإعلان في ختام مباحثات أجراها في الرياض وفد أفغاني برئاسة الرئيس التنفيذي عبدالله عبدالله مع ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان، تناولت سبل التعاون في مكافحة الإرهاب وتبادل المعلومات وتمويل برامج تدريب القوات الأفغانية.

وقال عبدالله عبدالله في تصريحات صحافية إن بلاده «عانت أكثر من غيرها من الإرهاب»، وإن انضمامها إلى التحالف «يعكس قناعة بأن مواجهة التطرف لا يمكن أن تكون مهمة دولة واحدة»، مؤكدا أن كابل لن ترسل قوات للقتال خارج أراضيها في الوقت الحالي، وأن مشاركتها ستتركز على تبادل الخبرات والمعلومات.

وكانت المملكة قد أعلنت في ديسمبر الماضي تشكيل التحالف بمشاركة أربع وثلاثين دولة، واتخاذ الرياض مقرا لمركز العمليات المشتركة الذي سينسق جهود الدول الأعضاء على الصعد الفكرية والإعلامية والمالية والعسكرية.

ولم تنضم إيران والعراق وسوريا إلى التحالف، فيما أعلنت إندونيسيا أنها تدرس المشاركة في بعض أنشطته من دون أن تكون عضوا عسكريا فيه.

وتنتشر في أفغانستان منذ مطلع العام الماضي قوات من حلف شمال الأطلسي في إطار مهمة «الدعم الحازم» لتدريب القوات الأفغانية وتقديم المشورة لها، بعد انتهاء المهمة القتالية للحلف التي استمرت ثلاث عشرة سنة، ويبلغ عدد الجنود الأميركيين فيها نحو عشرة آلاف جندي.

ويضم مركز العمليات المشتركة في الرياض ضباط اتصال من الدول الأعضاء، يعملون على إعداد خطط لتبادل المعلومات وبناء القدرات.

وشهدت الأسابيع الماضية مساعي لاستئناف المحادثات بين الحكومة الأفغانية وحركة طالبان عبر مجموعة رباعية تضم أفغانستان وباكستان والولايات المتحدة والصين، غير أن الحركة رفضت المشاركة في الجولة الأولى المباشرة التي كانت مقررة مطلع الشهر الجاري.

وفي أحد محلات السجاد الأفغاني في حي البطحاء بالرياض، قال تاجر من ولاية هرات يقيم في المملكة منذ خمسة عشر عاما: «أي شيء يجلب الأمن لبلادنا نرحب به. عائلتي ما زالت في هرات، والطرق بين المدن لم تعد آمنة كما كانت».""",
        [
            G("alliance.joined", "occurred", ["Afghanistan"],
              ["Islamic Military Counter Terrorism Coalition"]),
            # the coalition announced "في ديسمبر الماضي"
            G("agreement.signed", "historical", ["Saudi Arabia"], [], core=False),
            # "ولم تنضم إيران والعراق وسوريا إلى التحالف"
            G("alliance.joined", "negated", ["Iran", "Iraq", "Syria"],
              ["Islamic Military Counter Terrorism Coalition"], core=False),
            # "لن ترسل قوات للقتال خارج أراضيها"
            G("military.presence", "negated", ["Afghanistan"], [], core=False),
            # Resolute Support "منذ مطلع العام الماضي"
            G("military.presence", "historical", ["NATO", _US], ["Afghanistan"], core=False),
        ],
        not_targets=["Indonesia", "Pakistan", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-07-hespress-morocco-ethiopia-fertiliser-plant-agreement-2016",
        date(2016, 11, 20),
        """المغرب وإثيوبيا يوقعان اتفاقية لإنشاء مصنع ضخم للأسمدة في دير داوا

أديس أبابا - «هسبريس»

وقع المغرب وإثيوبيا، أمس السبت بالقصر الوطني في أديس أبابا، تحت رئاسة الملك محمد السادس ورئيس الوزراء الإثيوبي هايلي ماريام ديسالين، اتفاقية شراكة استراتيجية لإنشاء مصنع للأسمدة بمدينة دير داوا شرقي البلاد، باستثمارات تقدر بنحو ملياري دولار في مرحلتها الأولى.

ووقع الاتفاقية عن الجانب المغربي المكتب الشريف للفوسفاط، وعن الجانب الإثيوبي وزارة المالية والتعاون الاقتصادي، وتقضي بإنتاج أسمدة مكيفة مع حاجات التربة الإثيوبية انطلاقا من الفوسفاط المغربي والغاز الطبيعي الإثيوبي، على أن تبلغ الطاقة الإنتاجية مليونين ونصف مليون طن سنويا بحلول عام 2022.

كما وقع البلدان، على هامش الزيارة، سبعة اتفاقيات أخرى تشمل إلغاء الازدواج الضريبي وحماية الاستثمارات والتعاون في مجالات النقل الجوي والفلاحة والطاقات المتجددة.

وتعد هذه أول زيارة للعاهل المغربي إلى إثيوبيا، التي تحتضن مقر الاتحاد الأفريقي، وتأتي في وقت يسعى فيه المغرب إلى العودة إلى المنظمة القارية التي غادرها عام 1984 احتجاجا على قبول عضوية «الجمهورية العربية الصحراوية». وكانت الرباط قد قدمت في سبتمبر الماضي طلبا رسميا لاستعادة مقعدها، ولم يحسم الاتحاد الطلب بعد، إذ ينتظر أن يبت فيه خلال قمة يناير المقبل.

وجاءت المحطة الإثيوبية بعد جولة قادت الملك إلى رواندا وتنزانيا، وقعت خلالها الرباط عشرات الاتفاقيات الاقتصادية، في إطار ما يصفه مراقبون بـ«الدبلوماسية الاقتصادية» التي تنهجها المملكة تجاه شرق القارة.

وتعتمد الفلاحة الإثيوبية، التي يشتغل فيها أكثر من ثلثي السكان، على استيراد الأسمدة بكميات كبيرة، بكلفة تتجاوز ثمانمئة مليون دولار سنويا، وتأمل أديس أبابا أن يخفض المصنع فاتورة الاستيراد ويوفر آلاف فرص الشغل.

وقال خبير اقتصادي مغربي إن المشروع «يترجم تحولا في حضور المكتب الشريف للفوسفاط في أفريقيا من مصدر للمادة الخام إلى شريك صناعي»، مشيرا إلى مشروع مماثل أعلن في نيجيريا الشهر الماضي.

وفي حي مركاتو التجاري بأديس أبابا، قال بائع بذور وأسمدة يتعامل مع فلاحي منطقة أوروميا: «الفلاحون يشتكون كل موسم من تأخر الأسمدة وغلائها. إذا صنعت هنا، قد تصل في وقتها ولو بثمن أقل».""",
        [
            G("agreement.signed", "occurred", ["Morocco", "Ethiopia", "Mohammed VI",
                                               "Hailemariam Desalegn"], []),
            # the seven other agreements signed during the visit
            G("agreement.signed", "occurred", ["Morocco", "Ethiopia"], [], core=False),
            # Morocco's leaving the OAU in 1984 is no event of a watched type; its bid to return,
            # not yet decided
            G("alliance.joined", "planned", ["Morocco"], ["African Union"], core=False),
            # the agreements signed in Rwanda and Tanzania
            G("agreement.signed", "historical", ["Morocco", "Rwanda", "Tanzania"], [], core=False),
        ],
        not_targets=["Nigeria", "Rwanda", "Tanzania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-08-elkhabar-algeria-returns-ambassador-to-madrid-2023",
        date(2023, 11, 17),
        """الجزائر تعيد سفيرها إلى مدريد بعد قطيعة دامت عشرين شهرا

الجزائر - «الخبر»

أعادت الجزائر سفيرها إلى العاصمة الإسبانية مدريد، بعد نحو عشرين شهرا من استدعائه احتجاجا على تغيير الحكومة الإسبانية موقفها من قضية الصحراء الغربية، في خطوة تعكس انفراجا تدريجيا في العلاقات بين البلدين.

وأفادت مصادر دبلوماسية بأن السفير عبد الفتاح دغموم، الذي عينه الرئيس عبد المجيد تبون في المنصب، وصل إلى مدريد مطلع الأسبوع، وشرع في مهامه بعد استكمال الإجراءات البروتوكولية، على أن يقدم أوراق اعتماده إلى الملك فيليبي السادس في موعد لاحق.

وكانت الجزائر قد استدعت سفيرها في مارس 2022، بعد إعلان رئيس الحكومة الإسبانية بيدرو سانشيز دعم مقترح الحكم الذاتي المغربي بوصفه «الأساس الأكثر جدية وواقعية وصدقية» لتسوية النزاع، ثم علقت في يونيو من العام نفسه معاهدة الصداقة وحسن الجوار والتعاون الموقعة بين البلدين عام 2002.

ولم تتراجع الجزائر حتى الآن عن قرار تعليق المعاهدة، كما لم يعلن البلدان عن أي زيارة وزارية مرتقبة، غير أن مصادر مطلعة أشارت إلى أن المبادلات التجارية، التي تضررت بشدة خلال الأزمة، بدأت تعود تدريجيا إلى مستوياتها السابقة في عدد من القطاعات.

وتعد الجزائر مزودا رئيسيا لإسبانيا بالغاز الطبيعي عبر أنبوب «ميدغاز» البحري، وقد أكدت خلال الأزمة التزامها بعقود التوريد، رغم إغلاقها في أكتوبر 2021 أنبوب «المغرب العربي - أوروبا» الذي كان يمر عبر الأراضي المغربية.

وتقدر جمعيات رجال الأعمال في البلدين خسائر الشركات الإسبانية خلال الأزمة بمئات الملايين من اليوروهات، خصوصا في قطاعات الخزف والأثاث واللحوم ومواد البناء، التي كانت تعتمد على السوق الجزائرية.

ويرى مراقبون أن عودة السفير جاءت بعد تشكيل سانشيز حكومته الجديدة، وبعد تصريحات لوزير خارجيته خوسيه مانويل ألباريس أكد فيها رغبة مدريد في «علاقات ممتازة» مع الجزائر والمغرب معا.

وكانت الجزائر قد قطعت علاقاتها الدبلوماسية مع المغرب في أغسطس 2021، ولا تزال الحدود البرية بين البلدين مغلقة منذ عام 1994.

وفي مقهى قرب ميناء وهران، قال بحار يعمل على خط وهران - أليكانتي: «تعبنا من الأزمة. الشحنات كانت تتأخر أسابيع، والتجار الإسبان توقفوا عن السؤال. إذا رجع السفير، ربما يرجع كل شيء كما كان».""",
        [
            G("relations.restored", "occurred", ["Algeria"], ["Spain"]),
            # the treaty suspended in June 2022 "ولم تتراجع الجزائر حتى الآن عن قرار تعليق المعاهدة"
            G("relations.restored", "negated", ["Algeria"], ["Spain"], core=False),
            # the treaty of friendship of 2002
            G("agreement.signed", "historical", ["Algeria", "Spain"], [], core=False),
        ],
        not_targets=["Morocco", "Western Sahara"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-09-syriatv-eastern-factions-merge-into-liberation-and-construction-2022",
        date(2022, 1, 8),
        """أربعة فصائل من «الجيش الوطني» تعلن اندماجها في «حركة التحرير والبناء»

إسطنبول - «تلفزيون سوريا»

أعلنت أربعة فصائل عسكرية منضوية في «الجيش الوطني السوري» المعارض، أمس الجمعة، اندماجها في تشكيل واحد تحت اسم «حركة التحرير والبناء»، في أحدث خطوة ضمن مساعي توحيد الفصائل في مناطق ريف حلب الشمالي ورأس العين وتل أبيض.

وضم التشكيل الجديد كلا من «أحرار الشرقية» و«جيش الشرقية» و«الفرقة 20» و«صقور الشام - القطاع الشمالي»، وهي فصائل ينحدر معظم مقاتليها من محافظة دير الزور، وتعهدت في بيانها التأسيسي بالعمل «تحت مظلة وزارة الدفاع في الحكومة السورية المؤقتة» وتوحيد قياداتها ومستودعاتها ومواردها المالية.

وقال القائد العام للحركة إن الاندماج «ليس تحالفا مؤقتا»، وإن الفصائل الأربعة ستحل مكاتبها ومقراتها وتنقل مقاتليها إلى ألوية جديدة خلال الأسابيع المقبلة، مشيرا إلى أن الباب «مفتوح» أمام فصائل أخرى للانضمام.

وكانت فصائل أخرى في الجيش الوطني قد شكلت في منتصف العام الماضي غرفة عمليات مشتركة باسم «عزم»، بقيادة «الجبهة الشامية»، غير أن الغرفة لم تتحول إلى اندماج كامل، واستمرت الخلافات بين مكوناتها على المعابر والموارد.

ولم تنضم «فرقة الحمزة» و«فرقة السلطان سليمان شاه» إلى الحركة الجديدة، رغم مشاورات جرت معهما خلال الأشهر الماضية بحسب مصادر في الفصائل.

وتتهم منظمات حقوقية فصيل «أحرار الشرقية» بارتكاب انتهاكات في مناطق شمال شرقي سوريا، وقد أدرجته وزارة الخزانة الأميركية في يوليو الماضي على قائمة العقوبات، إلى جانب قائده أبو حاتم شقرا.

ويقدر ناشطون عدد مقاتلي التشكيل الجديد بنحو سبعة آلاف مقاتل، يتوزعون على نقاط تماس مع قوات سوريا الديمقراطية وقوات النظام في ريف حلب الشرقي ومحيط مدينة رأس العين.

وتنتشر القوات التركية في مناطق ريف حلب الشمالي منذ عملية «درع الفرات» عام 2016، وفي رأس العين وتل أبيض منذ عملية «نبع السلام» عام 2019، وتقدم الدعم للجيش الوطني الذي تشكل عام 2017.

وفي سوق مدينة الباب، قال بائع خضار نزح من دير الزور قبل ست سنوات: «كل سنة يغيرون الأسماء والرايات. نريد فقط أن تنتهي الحواجز والإتاوات على الطرق، وأن يحاسب من يعتدي على الناس».""",
        [
            G("forces.integrated", "occurred", [], ["Syrian National Army"]),
            # the "عزم" operations room "في منتصف العام الماضي", no full merger
            G("forces.integrated", "historical", [], ["Syrian National Army"], core=False),
            # "ولم تنضم «فرقة الحمزة» و«فرقة السلطان سليمان شاه» إلى الحركة الجديدة"
            G("forces.integrated", "negated", [], ["Syrian National Army"], core=False),
            # Ahrar al-Sharqiya listed by the Treasury "في يوليو الماضي"
            G("sanctions.imposed", "historical", ["United States Department of the Treasury", _US],
              [], core=False),
            # Turkish forces "منذ عملية «درع الفرات» عام 2016" and since 2019
            G("military.presence", "historical", ["Turkey"], ["Syria"], core=False),
        ],
        not_targets=["Turkey", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-10-almasryalyoum-egyptian-forces-at-merowe-2023",
        date(2023, 4, 16),
        """الجيش المصري: قواتنا في السودان موجودة للتدريب المشترك.. ونتابع سلامة عناصرنا في مروي

القاهرة - «المصري اليوم»

أكد المتحدث العسكري باسم القوات المسلحة المصرية، أمس السبت، أن عناصر من القوات المصرية موجودة في السودان «لإجراء تدريبات مشتركة مع نظرائهم السودانيين»، وذلك بعد تداول مقاطع مصورة تظهر جنودا قالت قوات الدعم السريع إنهم مصريون، جرى احتجازهم في قاعدة مروي الجوية شمالي البلاد.

وقال المتحدث، في بيان نشره على صفحته الرسمية، إن القيادة العامة «تتابع الموقف» بالتنسيق مع الجهات السودانية المعنية «للاطمئنان على سلامة القوات المصرية»، من دون أن يحدد عدد الجنود أو نوع الطائرات الموجودة في القاعدة.

وكانت قوات الدعم السريع قد أعلنت في وقت سابق السيطرة على مطار مروي، ونشرت صورا لجنود يرتدون الزي العسكري، وطائرات مقاتلة متوقفة على المدرج، مؤكدة أن الجنود «في أمان» وأنها ستسلمهم في «الوقت المناسب».

وتأتي الأحداث مع اندلاع اشتباكات عنيفة في الخرطوم ومدن أخرى بين الجيش السوداني بقيادة الفريق أول عبد الفتاح البرهان وقوات الدعم السريع بقيادة الفريق أول محمد حمدان دقلو «حميدتي»، بعد أسابيع من الخلاف حول دمج قوات الدعم السريع في الجيش ضمن الاتفاق الإطاري الموقع في ديسمبر الماضي.

ولم يتفق الطرفان على الجدول الزمني للدمج، إذ طالب الجيش بإتمامه خلال عامين، فيما تمسكت قوات الدعم السريع بمهلة عشر سنوات، ما أدى إلى تأجيل توقيع الاتفاق النهائي أكثر من مرة.

وترتبط مصر والسودان باتفاقية للتعاون العسكري وقعها رئيسا أركان الجيشين في الخرطوم في مارس 2021، ونفذ سلاحا الجو في البلدين منذ ذلك الحين سلسلة من التدريبات المشتركة، أبرزها مناورات «حماة النيل» في مايو من العام نفسه.

وأجرى وزير الخارجية سامح شكري اتصالات بنظرائه في السعودية والإمارات والولايات المتحدة، داعيا إلى «وقف فوري لإطلاق النار» وتغليب لغة الحوار، فيما دعت جامعة الدول العربية إلى اجتماع طارئ لمجلسها على مستوى المندوبين.

وفي حي إمبابة بالجيزة، قال صاحب محل بقالة له أبناء عمومة في أم درمان: «اتصلت بهم من الصبح ولم يرد أحد. الكهرباء مقطوعة والشبكة ضعيفة. ربنا يستر على الناس هناك وعلى ولادنا في مروي».""",
        [
            G("military.presence", "occurred", ["Egypt"], ["Sudan"]),
            # the framework agreement of December and the stalled integration of the RSF
            G("agreement.signed", "historical", ["Sudanese Armed Forces", "Rapid Support Forces"], [],
              core=False),
            G("forces.integrated", "stalled", ["Rapid Support Forces"], ["Sudanese Armed Forces"],
              core=False),
            # the military cooperation agreement of March 2021 and the exercises since
            G("agreement.signed", "historical", ["Egypt", "Sudan"], [], core=False),
            G("military.presence", "historical", ["Egypt"], ["Sudan"], core=False),
        ],
        not_targets=["Saudi Arabia", "United Arab Emirates", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-11-almountakhab-wydad-fined-and-coach-extended-2022",
        date(2022, 3, 9),
        """الجامعة تغرم الوداد وتوقف مدافعه.. والنادي يمدد عقد مدربه ويتعاقد مع ممون جديد

الرباط - «المنتخب»

فرضت اللجنة المركزية للتأديب والروح الرياضية التابعة للجامعة الملكية المغربية لكرة القدم، أمس الثلاثاء، غرامة مالية قدرها خمسون ألف درهم على نادي الوداد الرياضي، بسبب استعمال جماهيره الشهب الاصطناعية خلال مباراة الديربي الأخيرة أمام الرجاء، كما قررت إيقاف أحد مدافعي الفريق مباراتين بعد طرده في اللقاء نفسه.

وفي المقابل، رفعت اللجنة عقوبة الإيقاف التي كانت قد فرضتها على ملعب أحد أندية القسم الثاني، بعد استكماله أشغال تأهيل المدرجات وتركيب كاميرات المراقبة، وسمحت له باستقبال مبارياته أمام جمهوره ابتداء من الجولة المقبلة.

وعلى صعيد آخر، أعلن الوداد تمديد عقد مدربه لموسمين إضافيين، بعد النتائج الإيجابية التي حققها الفريق في البطولة ودوري أبطال أفريقيا، فيما علقت إدارة النادي المفاوضات مع لاعب وسط دولي يلعب في الخليج، بسبب ارتفاع مطالبه المالية.

ووقع النادي، أمس، اتفاقية شراكة مع ممون رياضي جديد لمدة ثلاثة مواسم، تتضمن تصميم أقمصة الفريق الأول وفرق الفئات الصغرى، وتوزيعها في متاجر خاصة بالدار البيضاء والرباط ومراكش.

كما أعلن انضمام حارس مرمى شاب قادم من أكاديمية محمد السادس لكرة القدم إلى الفريق الأول، بعقد احترافي يمتد إلى عام 2026، في إطار سياسة النادي الرامية إلى الاعتماد على المواهب المحلية.

ويحتل الوداد حاليا صدارة البطولة الاحترافية بفارق أربع نقاط عن أقرب ملاحقيه، بعد سلسلة من تسع مباريات دون هزيمة، فيما يعاني الفريق من إصابات في خط الوسط.

وتستعد الجماهير الودادية لرحلة طويلة إلى جنوب أفريقيا، حيث يواجه الفريق أحد الأندية المحلية في دور المجموعات، وسط مخاوف من ارتفاع كلفة التذاكر والإقامة، بعد أن رفعت شركات الطيران أسعارها بشكل ملحوظ.

وكانت الجامعة قد فرضت الموسم الماضي عقوبات مماثلة على عدد من الأندية بسبب الشغب، وأعلنت عن خطة لتعميم التذاكر الإلكترونية في الملاعب الكبرى للحد من الفوضى عند البوابات.

وفي مقهى شعبي بحي درب السلطان، قال مشجع ودادي في الخمسينيات من عمره: «الغرامة ستدفعها الإدارة، لكن الإيقاف يضر الفريق. نحتاج المدافع في المباريات الكبيرة، والشهب ليست من أخلاق الجمهور الحقيقي».""",
        [],
        not_targets=["Morocco", "South Africa"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h87-12-alkhaleej-economy-airline-joins-alliance-and-signs-codeshare-2019",
        date(2019, 11, 12),
        """ناقلة إماراتية تنضم إلى تحالف عالمي للشحن الجوي وتوقع اتفاقية للرمز المشترك

دبي - «الخليج» - اقتصاد

أعلنت ناقلة جوية إماراتية، أمس، انضمامها إلى تحالف عالمي لشركات الشحن الجوي يضم عددا من كبرى الناقلات في آسيا وأوروبا، بهدف توسيع شبكة وجهاتها في قطاع الشحن وتوحيد معايير نقل الأدوية والمواد سريعة التلف.

وقال الرئيس التنفيذي للشركة، في مؤتمر صحفي على هامش معرض دبي للطيران، إن الانضمام إلى التحالف «سيمنح عملاءنا وصولا إلى أكثر من ثلاثمئة وجهة»، مشيرا إلى أن الشركة وقعت كذلك اتفاقية للرمز المشترك مع ناقلة أوروبية تتيح للمسافرين حجز رحلات متصلة بتذكرة واحدة.

كما مددت الشركة عقد صيانة أسطولها من الطائرات عريضة البدن مع شركة محلية لخمس سنوات إضافية، ووقعت مذكرة تفاهم مع مصنع عالمي لشراء عشر طائرات شحن جديدة، على أن تتسلم أولاها في عام 2022.

وفي المقابل، فرضت الهيئة العامة للطيران المدني غرامات على شركتي خدمات أرضية بسبب مخالفات في إجراءات مناولة الأمتعة، فيما علقت إحدى شركات الطيران الاقتصادي رحلاتها إلى وجهتين في آسيا الوسطى بسبب ضعف الطلب.

وتشهد أسواق الشحن الجوي في المنطقة تباطؤا ملحوظا منذ مطلع العام، بفعل التوترات التجارية بين الولايات المتحدة والصين وتراجع الطلب على الإلكترونيات، وهو ما دفع الناقلات إلى البحث عن شراكات لخفض التكاليف.

وقال محلل في قطاع الطيران إن التحالفات بين شركات الشحن «تتيح تقاسم السعة ومحطات المناولة»، لافتا إلى أن شركات الطيران الخليجية توسعت في السنوات الأخيرة في نقل اللقاحات والأدوية التي تتطلب سلاسل تبريد دقيقة.

ويتوقع الاتحاد الدولي للنقل الجوي أن تتراجع أحجام الشحن الجوي عالميا هذا العام بنحو ثلاثة في المائة، قبل أن تعود إلى النمو في العام المقبل مع تحسن التجارة الإلكترونية.

وارتفع سهم الشركة في تعاملات الأمس في سوق دبي المالي، فيما أغلق المؤشر العام على تراجع طفيف بضغط من أسهم العقارات.

وفي مكتب لتخليص الشحنات قرب مطار دبي الدولي، قال موظف هندي يعمل في المجال منذ اثني عشر عاما: «العملاء يريدون السعر الأرخص والوقت الأقصر. إذا صار عندنا وجهات أكثر بنفس البوليصة، الشغل يصير أسهل على الكل».""",
        [],
        not_targets=["United Arab Emirates", "China", _US],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout87_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout87_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout87_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
