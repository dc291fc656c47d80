"""A ninety-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety Arabic held-out sets: Arabic copy of 2008-2024 as Palestinian, Iraqi, Russian,
Libyan, Turkish, Moroccan, Kuwaiti, Sudanese, Chinese, Saudi and Egyptian outlets carry it (a
Jerusalem daily, "إسطنبول - «القدس»", with an Istanbul steel exporter; a Kurdish-Iraqi channel's
site, "أربيل - «رووداو»", with an Erbil travel agent; the Russian channel's Arabic service,
"موسكو - «آر تي عربية»", with a Moscow greengrocer; a Libyan site, "طرابلس - «ليبيا الخبر»", with a
Zuwara fisherman; the Turkish broadcaster's Arabic service, "أنقرة - «تي آر تي عربي»", with a
pensioner of Kizilay; the Palestinian agency, "رام الله - «وفا»", with a farmer of Bardala; a
Moroccan site, "الرباط - «اليوم 24»", with a Casablanca engineer; a Kuwaiti daily, "الكويت -
«القبس»", with a Jahra pensioner; a Khartoum daily, "الخرطوم - «السوداني»", with a Geneina trader;
the Chinese broadcaster's Arabic service, "بكين - «إذاعة الصين الدولية»", with a sailor's wife at
Sanya; a Saudi sports daily, "جدة - «الرياضية»", with an Ittihad fan; and a Cairo daily's culture
page, "القاهرة - «الأهرام» - ثقافة", with a film student) on episodes the earlier sets do not carry
as core news: Turkey restricting the export of 54 product groups to Israel, April 2024; Haider
al-Abadi lifting the ban on international flights at Erbil and Sulaymaniyah, March 2018; Russia
easing its ban on Turkish tomatoes with a quota of 50,000 tonnes, October 2017; the Security
Council extending by Resolution 2362 the measures against illicit Libyan oil exports and the panel
of experts, June 2017; Mevlüt Çavuşoğlu threatening the Netherlands with "heavy sanctions" before
the Rotterdam rally, March 2017; Palestine joining the Ottawa mine-ban convention, January 2018;
Morocco and Nigeria signing the cooperation agreement on the Atlantic gas pipeline in Rabat, June
2018; Kuwait naming Ali al-Momen its first ambassador to Iraq since the invasion, July 2008; Sudan
and Chad merging army units into a joint border force, February 2010; the Chinese navy's first
escort flotilla sailing from Sanya to the Gulf of Aden, December 2008.
Searched before writing in ALL earlier held-out files of both languages (up to set 113 English and
90 Arabic, and set 114 English on its branch: Kosovo, Yugoslavia, Cuba, Haiti, Honduras, the
Pacific, Timor and Central Asia, none of the episodes below) by states, bodies, people, places and instrument numbers in Arabic and English spellings, reading the hits:
Turkey beside Israel and exports ("54 منتجا"/"54 products", "صادرات" near both: none; sets 13
English and 21 and 62 Arabic carry the restoration of 2022, here background); "مطاري أربيل"/"Erbil
airport" (set 10 Arabic names Abadi's ultimatum of 2017 as background, set 93 English the coalition
at Erbil airport; the lifting of 2018 nowhere); tomatoes ("الطماطم", "tomato": set 56 English has
"the ban on Turkish tomatoes had not been lifted" as a negated background of another article, no
quota); "2362" (none); the Netherlands beside Turkey (set 30 English carries the normalisation of
2018, set 72 English and 85 Arabic other matters; the threat of March 2017 nowhere as core);
"أوتاوا"/"Ottawa" and "حظر الألغام"/"Mine Ban" (the hits are Canada's capital and other treaties;
Palestine's accession nowhere); Morocco beside Nigeria and the pipeline (sets 4, 37 and 77 Arabic
name the Abuja agreement of December 2016 as background; the Rabat agreement of June 2018 nowhere);
Kuwait's ambassador in Baghdad ("علي المؤمن", "الكويت … سفير … بغداد": none); the Sudanese-Chadian
joint force (set 98 English names it as a one-line background); the Chinese escort flotilla
("Sanya"/"سانيا", "escort fleet", China beside the Gulf of Aden and piracy: none; set 32 Arabic and
30 English carry the Djibouti base of 2017, another episode). Some fifty other candidates were
dropped because the search found them as core news (among them the Jamil al-Sayyed, Kildani,
Fayyadh, TFTC and Hamas-portfolio listings, the lifting on Turkey's ministers, the Lockerbie and
Obama-Sudan suspensions, Resolutions 2511, 2624, 2675 and 2444, the Trump, Erdogan-referendum,
Brunson, Feltman and Geng Shuang threats, the FATF, COMESA, Francophonie, Interpol, Islamic
coalition and IMSC joinings, the Egypt-Sudan military and al-Dabaa accords, the Bahrain-Qatar,
Sudan-Iran, Morocco-Iran, Chad-Qatar, Chad-Israel, Jordan-Qatar, Algeria-France, Saudi-Germany,
Saudi-Lebanon, Gambia-China and Libya-Syria restorations, the PMF, Eighth Brigade, Stability
Support, Sahwa, Yemeni and Peshmerga integrations, and Juffair, Prince Sultan and the Chinese base
in Djibouti).
Facts the writer is unsure of: the day of the Turkish announcement (9 April 2024), the list of
products and Katz's words; the day of Abadi's decision (13 March 2018) and the terms on the
airports; the day and instrument of the Russian quota (written as a government decree published on
10 October 2017) and Dvorkovich's words; Resolution 2362's dates (1 February 2019 for the oil
measures, November 2018 for the panel) and the Presidential Council's request; Çavuşoğlu's exact
words and medium; the day Palestine's accession was deposited and its entry into force (1 June
2018); the signatories of the Rabat agreement and the figures; the day of al-Momen's appointment
(21 July 2008) and the order of the UAE, Jordanian and Bahraini steps; the day, size and command of
the Sudanese-Chadian force and its seats (written as of 21 February 2010); the ships' names, crew
and the day of sailing (26 December 2008).

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Saudi football page (a club that "رفعت … عقوبة الإيقاف", "انضمام مهاجم", a
player who "وقع عقدا", a contract "مدد", a disciplinary committee that "فرضت غرامة", ticket sales
"علق", a sponsorship "اتفاقية" signed, teams "نشرت") and an Egyptian culture page (a festival
that "وقعت … بروتوكول تعاون", jurors' "انضمام", a deadline "مدد", a syndicate that "رفعت عقوبة
الإيقاف" and "فرضت … غرامة", screenings "علقت", posters "نشرت").

The decisions of the annotation, taken before any run: a trade ministry that announced "فرض قيود
على تصدير 54 صنفا من المنتجات إلى إسرائيل" imposes (core; Turkey; Israel): export curbs on a state
until it changes course are sanctions as a reader of the news takes them; Katz's "ستتخذ إجراءات
موازية ضد تركيا" an occurred threat of Israel (not core), "ولم تعلن أنقرة حتى الآن وقف التبادل
التجاري مع إسرائيل بالكامل" a negated imposition, the ambassadors back "في أغسطس 2022" a historical
restoration; the recall of November and the refused airdrops are no events of a watched type, the
United States no target. A prime minister who "رفع … الحظر المفروض على الرحلات الجوية الدولية من
مطاري أربيل والسليمانية" lifts (core; Iraq and Abadi; the Kurdistan Region): a ban on a region's
air links imposed to punish a vote is a sanction; the ban "في التاسع والعشرين من أيلول" a historical
imposition, the salaries accord on which "لم يتوصل الطرفان حتى الآن إلى اتفاق نهائي" a stalled
signing; Turkey, Jordan and Lebanon (the airlines) no targets. A government that "خففت … الحظر
المفروض على واردات الطماطم التركية، إذ سمحت باستيرادها في حدود حصة" suspends, an easing that
leaves the ban in force beyond the quota as the design counts it (core; Russia; Turkey), the ban
of January 2016 a historical imposition, the restrictions lifted "على مراحل" after 2016 a historical
lifting, "ولم يرفع الحظر عنها كليا حتى اليوم" a negated lifting, Ankara's wheat curbs lifted "في
مايو الماضي" a historical lifting by Turkey. A council that "مدد … التدابير المفروضة على ليبيا لمنع
تصدير النفط الخام بطرق غير مشروعة" extends (core; the Security Council; Libya), Resolutions 2146 and
1970 historical impositions, "ولم يستجب المجلس لطلب المجلس الرئاسي رفع حظر السلاح جزئيا" a negated
lifting, the Skhirat agreement a historical signing (its parties unnamed); Malta no target. A
minister who "هدد … بفرض «عقوبات شديدة» على هولندا", in the headline and in quoted speech
("فسنفرض عليهم عقوبات شديدة"), threatens (core; Turkey and Çavuşoğlu; the Netherlands), "ولم تعلن
أنقرة حتى مساء أمس أي إجراءات عقابية محددة" a negated imposition; Erdogan's "ستدفع الثمن" names no
sanction, and the landing refused and the minister escorted out are no sanctions; Germany and
France no targets. A state that "انضمت … رسميا إلى اتفاقية … أوتاوا" joins (core; Palestine; the
Ottawa Treaty), the ICC "في أبريل 2015" and Interpol "في سبتمبر الماضي" historical joinings, "ولم
تنضم إسرائيل إلى الاتفاقية، شأنها شأن الولايات المتحدة وروسيا والصين" a negated joining. Two
states that "وقع … اتفاق تعاون يتعلق بمشروع أنبوب الغاز", the verb after a fronted circumstance
("تحت رئاسة الملك … والرئيس …، وقع المغرب ونيجيريا"), sign (core; Morocco, Nigeria, Mohammed VI
and Buhari), "على أن يوقع البلدان لاحقا اتفاقا حكوميا نهائيا" a planned signing (not core), the
Abuja agreement of December 2016 a historical signing, Morocco's request on which ECOWAS "لم تبت
… بعد" a stalled joining; Algeria and Spain (the Maghreb-Europe pipeline) no parties. A government
that announced "تعيين … سفيرا لدى جمهورية العراق، في أول تعيين من نوعه منذ الغزو", a nominal
form, restores ties (core; Kuwait; Iraq): a first ambassador after a break is ties upgraded; the
UAE's ambassador "مطلع الشهر الجاري" and the Jordanian and Bahraini steps before it historical
restorations, "لم تعين المملكة العربية السعودية سفيرا لها في العراق بعد" a negated restoration;
the compensation and the missing are no events. Two states that agreed "على دمج وحدات من جيشي
البلدين في قوة مشتركة" integrate forces (core; Sudan and Chad), a joint force being one of the
design's examples; the first company that "ستنتشر في مدينة الجنينة" a planned presence of the
joint force (not core), the N'Djamena accord of January and the Doha accord of May historical
signings, JEM's framework accord in Doha "قبل يومين" an occurred signing (not core), "ولم تنضم
حركة العدل والمساواة حتى الآن إلى أي ترتيبات أمنية" a negated integration, MINURCAT "منذ عام
2008" a historical presence; Qatar and the Central African Republic no parties. A flotilla that
"أبحرت … متجهة إلى خليج عدن والمياه القريبة من سواحل الصومال" is a presence (core; China;
Somalia), the verb before its subject, far from it; "لا تنوي إرسال قوات برية إلى الأراضي
الصومالية" a negated presence, Operation Atalanta launched "في الثامن من ديسمبر الجاري" a
historical presence of the EU; Oman, Djibouti and Malaysia (ports and a helicopter) no targets.
The Saudi sports page and the Egyptian culture page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.667, R 0.700, F1 0.683 (recall
7/10, precision 8/12); occurred core found 7/10 (the set has no core planned event); historical
kept quiet 13/15, negated 6/8, stalled 2/2. No annotation was changed after the run. Missed:
Russia's easing (ar-h91-03), "خففت الحكومة الروسية الحظر … إذ سمحت باستيرادها في حدود حصة", is
read as an occurred lifting, not a suspension (a false alarm as well, against the historical
lifting of 2016); Kuwait's ambassador (ar-h91-08), "أعلنت الحكومة الكويتية … تعيين الفريق المتقاعد
علي المؤمن سفيرا لدى جمهورية العراق", gives no restoration of Kuwait (only a planned restoration of
the UAE and Iraq from Saudi Arabia's "نيتها إعادة فتح سفارتها", which the score counts against the
core event by its Iraq); the units merged "في قوة مشتركة" (ar-h91-09) give no integration, and the
"اتفاق تطبيع العلاقات" of January is read as an occurred restoration with Sudan for target; the
flotilla that "أبحرت … متجهة إلى خليج عدن والمياه القريبة من سواحل الصومال" (ar-h91-10) gives no
presence (only the negated "لا تنوي إرسال قوات برية" is read, rightly negated). False alarms and
unexpected alerts: in ar-h91-05 the quoted "فسنفرض عليهم عقوبات شديدة" of the threat is read a
second time as a planned imposition on the Netherlands; in ar-h91-12 the festival that "يوقع
بروتوكول تعاون" (headline) is read as an occurred signing of Egypt. Seen, not counted by the
score: Turkey's export curbs have the United States Congress for target, not Israel (Katz's call
on "الكونغرس الأميركي" and his "حظر استيراد منتجات تركية" read as Turkey's), and Katz's threat is
not read; Abadi's lifting has Erbil and Sulaymaniyah for targets, not the Kurdistan Region, and no
Abadi, and the ban of September is not read; the Ottawa joining is read with the right parties,
Interpol's historical joining not at all; Resolution 2146's historical imposition and the negated
lifting of the arms embargo give nothing; the Sudanese-Chadian accord of January has "وزارة
الدفاع" for an actor. The two near misses: the Saudi sports page raises nothing, the Egyptian
culture page the signing above. Six articles are strict xfails (ar-h91-03, -08, -09 and -10 on
their core events, ar-h91-03, -05, -09 and -12 on their alerts).

After the fixes of 2026-12-07: events P 0.846, R 0.900, F1 0.872 (recall 9/10, precision 11/13).
Five general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout91_rules_ar.py``. First, "إن" written with its hamza below, right before a verb in
the perfect, is "if" (``_if_before_a_verb`` in ``rasd/events/sentences.py``): "سنفرض عقوبات على
روسيا إن واصلت التصعيد" is a threat as "إذا واصلت" already was, while the "إنّ" of a report ("قال
إن بريطانيا ستفرض", "إن الولايات المتحدة", "إن قوات") stays no condition; ar-h91-05's headline is a
threat and its strict xfail is removed. Second, warships sent or sailing to a place are a presence
(a trigger of ``ar.triggers.yaml`` with ``warcraft_noun``, which now has the dual "مدمرتان",
"سفينتين حربيتين", and a new ``bound_for`` cue): "أرسلت اليابان مدمرتين إلى الشرق الأوسط", "أبحرت
فرقاطات فرنسية متجهة إلى البحر الأحمر", not a destroyer that "أبحرت … من ميناء حيفا"; ar-h91-10's
strict xfail removed. Third, army units merged into a joint force integrate forces ("دمج وحدات
من جيشيهما في قوة مشتركة": ``mixed_units`` takes "في قوة مشتركة", ``armed_members`` the units and
brigades), not civil staff or production units; ar-h91-09's miss is cured and that strict xfail
removed. Fourth, the first ambassador since a war between the two ("أول سفير … منذ الغزو", "منذ
الحرب بين") restores ties as "منذ القطيعة" did (``since_rupture``); ar-h91-08's strict xfail
removed. Fifth, ties an accord settled, named where a step carries the accord out ("تأتي الخطوة
تنفيذا لاتفاق تطبيع العلاقات", "تطبيقا لاتفاقية استئناف العلاقات"), are the step's background, a
historical restoration (``_implements_an_accord_ar`` in ``rasd/events/status.py``), while an accord
signed in the news and a step of the day beside the accord it carries out ("أعادت قطر فتح سفارتها
… تنفيذا لاتفاق العلا") stay occurred; ar-h91-09's false alarm is cured and its last strict xfail
removed. Left, as strict xfails: the easing of the tomato ban read as a lifting (ar-h91-03; the
lexicon lists "خفف" among the lifting verbs, and set 90's Resolution 2009 easing waits on the same
choice, which is the design's to make, not a set's); the festival's protocol read as a signing of
Egypt (ar-h91-12: "مهرجان القاهرة" lends the state to a cultural body, a cause of the actor
resolution, not of a trigger). The Chinese flotilla is found through the article's context
("الصيني"), not through its owner "تابعة لبحرية جيش التحرير الشعبي الصيني", which no rule reads.

After the round on general Arabic misses of sets 1 to 39 and 91 (``test_general_misses6_rules_ar.py``):
an easing with its allowance told ("إذ سمحت باستيرادها في حدود حصة") is a suspension: ar-h91-03's
two strict xfails removed.
Cured since (test_general_misses11_rules_ar.py): ar-h91-12, a festival or a fair named for its
city («مهرجان القاهرة السينمائي») is no state, and its city no party to what it signs.

``python -m tests.unit.test_heldout91_events_ar`` prints every article's alerts and the set's
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

_UNSC = "United Nations Security Council"
_ECOWAS = "Economic Community of West African States"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-01-alquds-turkey-restricts-exports-to-israel-2024",
        date(2024, 4, 10),
        """تركيا تقيد صادرات 54 صنفا إلى إسرائيل حتى وقف إطلاق النار في غزة

إسطنبول - «القدس»

أعلنت وزارة التجارة التركية، أمس الثلاثاء، فرض قيود على تصدير 54 صنفا من المنتجات إلى إسرائيل، من بينها الحديد والصلب والإسمنت ومواد البناء ووقود الطائرات والأسمدة، على أن تبقى القيود سارية إلى أن تعلن إسرائيل وقفا فوريا لإطلاق النار في قطاع غزة وتسمح بتدفق المساعدات الإنسانية دون عوائق.

وقالت الوزارة في بيان إن القرار اتخذ «إلى أن تفي إسرائيل بالتزاماتها بموجب القانون الدولي»، موضحة أن الشركات المصدرة ستحتاج من الآن إلى موافقة مسبقة قبل شحن أي من الأصناف المشمولة.

وجاء الإعلان بعد يوم واحد من رفض إسرائيل طلبا تركيا للمشاركة في عمليات إسقاط المساعدات جوا على شمال القطاع، وبعد انتقادات داخلية واسعة للحكومة، خاصة من حزب «الرفاه الجديد» الذي اتهمها بمواصلة التجارة مع إسرائيل رغم الحرب.

ورد وزير الخارجية الإسرائيلي يسرائيل كاتس سريعا، إذ كتب على منصة «إكس» أن إسرائيل «لن ترضخ للعنف والابتزاز»، وأنها «ستتخذ إجراءات موازية ضد تركيا» تشمل حظر استيراد منتجات تركية، داعيا الدول الصديقة والكونغرس الأميركي إلى مراجعة استثماراتها في تركيا.

ولم تعلن أنقرة حتى الآن وقف التبادل التجاري مع إسرائيل بالكامل، وهو ما تطالب به أحزاب معارضة ونقابات، إذ تقتصر القيود على الأصناف الواردة في القائمة، فيما تستمر صادرات المواد الغذائية والمنسوجات.

وكانت تركيا وإسرائيل قد أعادتا علاقاتهما الدبلوماسية إلى مستوى السفراء في أغسطس 2022، بعد سنوات من التوتر، قبل أن تستدعي أنقرة سفيرها من تل أبيب للتشاور في نوفمبر الماضي احتجاجا على الحرب.

وبلغ حجم التجارة بين البلدين نحو 6.8 مليار دولار العام الماضي، يميل بوضوح لصالح تركيا، وتعد إسرائيل من أبرز أسواق الصلب التركي في المنطقة.

ويرى اقتصاديون أن أثر القرار على الاقتصاد التركي سيبقى محدودا، لكن شركات البناء الإسرائيلية قد تواجه ارتفاعا في أسعار الإسمنت والحديد، إذا لم تجد موردين بديلين في وقت قصير.

وفي منطقة كاراكوي الصناعية بإسطنبول، قال مصدر لقضبان الحديد يعمل منذ عشرين عاما مع زبائن في حيفا وأسدود: «لدي شحنتان في الميناء لا أعرف مصيرهما. نحن مع غزة، لكن كان يجب أن نعرف القرار قبل أسبوع على الأقل. العمال يسألونني كل يوم إن كانت رواتبهم في خطر».""",
        [
            G("sanctions.imposed", "occurred", ["Turkey"], ["Israel"]),
            # Katz: "ستتخذ إجراءات موازية ضد تركيا" (an answer announced, not taken)
            G("sanctions.threatened", "occurred", ["Israel", "Israel Katz"], ["Turkey"], core=False),
            # "لم تعلن أنقرة حتى الآن وقف التبادل التجاري مع إسرائيل بالكامل"
            G("sanctions.imposed", "negated", ["Turkey"], ["Israel"], core=False),
            # ambassadors back "في أغسطس 2022"
            G("relations.restored", "historical", ["Turkey", "Israel"], [], core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-02-rudaw-baghdad-lifts-kurdistan-flight-ban-2018",
        date(2018, 3, 14),
        """العبادي يرفع الحظر عن الرحلات الدولية في مطاري أربيل والسليمانية

أربيل - «رووداو»

رفع رئيس الوزراء العراقي حيدر العبادي، أمس الثلاثاء، الحظر المفروض على الرحلات الجوية الدولية من مطاري أربيل والسليمانية وإليهما، بعد نحو ستة أشهر من فرضه ردا على استفتاء الاستقلال الذي أجرته حكومة إقليم كوردستان في أيلول الماضي.

وقال مكتب العبادي في بيان إن القرار جاء بعد موافقة سلطات الإقليم على إخضاع المطارين لسلطة الحكومة الاتحادية، وعلى ربط إدارة المطارين بوزارة الداخلية الاتحادية في ما يتعلق بالمنافذ والجوازات، مشيرا إلى أن الرحلات الدولية ستستأنف خلال أيام.

وكانت الحكومة الاتحادية قد فرضت الحظر في التاسع والعشرين من أيلول، بعد أربعة أيام من الاستفتاء، إثر رفض أربيل تسليم المطارين في المهلة التي حددتها بغداد، فيما اقتصرت الرحلات منذ ذلك الحين على الداخلية عبر بغداد.

ورحب رئيس حكومة الإقليم نيجيرفان بارزاني بالقرار، ووصفه بأنه «خطوة إيجابية» على طريق حل الخلافات العالقة، معربا عن أمله في أن تتبعها خطوات مماثلة في ملف رواتب الموظفين.

غير أن الخلاف حول الرواتب وحصة الإقليم من الموازنة الاتحادية لا يزال قائما، إذ لم يتوصل الطرفان حتى الآن إلى اتفاق نهائي بشأن أعداد الموظفين الذين ستتكفل بغداد برواتبهم، رغم جولات عدة من الاجتماعات الفنية.

وتكبد قطاع السياحة والتجارة في الإقليم خسائر كبيرة خلال أشهر الحظر، بعد أن اضطر آلاف المسافرين إلى السفر عبر بغداد أو عبر المنافذ البرية مع تركيا، فيما أوقفت شركات طيران أجنبية عدة رحلاتها إلى المدينة.

وقال مسؤول في مطار أربيل الدولي إن شركات طيران تركية وأردنية ولبنانية أبدت استعدادها لاستئناف رحلاتها فور تلقي الإشعار الرسمي من سلطة الطيران المدني العراقية.

ويأتي القرار قبل شهرين من الانتخابات التشريعية المقررة في أيار المقبل، والتي تتنافس فيها الأحزاب الكوردية على مقاعد محافظات الإقليم وكركوك.

وفي مكتب للسياحة والسفر في شارع الستين بأربيل، قال صاحب المكتب: «ستة أشهر ونحن نبيع تذاكر بغداد فقط. زبائني كانوا يسافرون ثماني ساعات في السيارة ليركبوا الطائرة. اليوم اتصل بي عشرون شخصا قبل الظهر، الناس تريد أن تسافر إلى إسطنبول وبيروت من جديد».""",
        [
            G("sanctions.lifted", "occurred", ["Iraq", "Haider al-Abadi"], ["Kurdistan Region"]),
            # the ban "في التاسع والعشرين من أيلول"
            G("sanctions.imposed", "historical", ["Iraq"], ["Kurdistan Region"], core=False),
            # the salaries accord on which "لم يتوصل الطرفان حتى الآن إلى اتفاق نهائي"
            G("agreement.signed", "stalled", ["Iraq", "Kurdistan Regional Government"], [], core=False),
        ],
        not_targets=["Turkey", "Jordan", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-03-rtarabic-russia-eases-turkish-tomato-ban-2017",
        date(2017, 10, 11),
        """روسيا تخفف الحظر على الطماطم التركية وتسمح باستيراد 50 ألف طن

موسكو - «آر تي عربية»

خففت الحكومة الروسية الحظر المفروض على واردات الطماطم التركية، إذ سمحت باستيرادها في حدود حصة تبلغ خمسين ألف طن اعتبارا من الأول من نوفمبر المقبل، وفق قرار نشر أمس على البوابة الرسمية للمعلومات القانونية.

وقال نائب رئيس الوزراء أركادي دفوركوفيتش إن الحصة «تراعي مصالح المنتجين الروس الذين استثمروا في البيوت البلاستيكية خلال العامين الماضيين»، مضيفا أن الحكومة ستراجع الكمية لاحقا بحسب وضع السوق المحلية.

وكانت روسيا قد فرضت، اعتبارا من الأول من يناير 2016، حظرا على استيراد عدد من المنتجات الزراعية التركية، بينها الطماطم والخيار والعنب والحمضيات، ردا على إسقاط المقاتلات التركية قاذفة روسية من طراز «سو-24» قرب الحدود السورية في نوفمبر 2015.

ورفعت موسكو لاحقا معظم تلك القيود على مراحل، بعد اعتذار الرئيس رجب طيب أردوغان في صيف 2016، فعادت الرحلات السياحية المستأجرة، ثم سمح باستيراد الحمضيات والفواكه المجففة. لكن الطماطم بقيت خارج القائمة، ولم يرفع الحظر عنها كليا حتى اليوم، إذ تبقى الكميات الزائدة على الحصة ممنوعة.

وفي المقابل، كانت أنقرة قد ألغت في مايو الماضي القيود التي فرضتها على واردات القمح الروسي، في إطار تفاهم أوسع بين البلدين على تطبيع التبادل التجاري.

وتعد الطماطم أهم صادرات تركيا الزراعية إلى روسيا، إذ كانت تبيع لها قبل الأزمة نحو 360 ألف طن سنويا بقيمة تقارب 400 مليون دولار، ما يعني أن الحصة الجديدة لا تمثل سوى جزء صغير من حجم التجارة السابق.

وقال ممثل لاتحاد المصدرين الأتراك لوكالة «تاس» إن القرار «خطوة أولى إيجابية، لكنها غير كافية»، معربا عن أمله في أن ترفع الحصة بشكل ملموس خلال الموسم الشتوي.

ويأتي القرار قبيل زيارة مرتقبة للرئيس فلاديمير بوتين إلى أنقرة، وفي ظل تقارب بين البلدين في الملف السوري وفي مشروعي «السيل التركي» ومحطة «أكويو» النووية.

وفي سوق دوروغوميلوفسكي بموسكو، قال بائع خضر من أصل أذربيجاني: «الطماطم التركية كانت الأرخص والأطيب في الشتاء. الآن نبيع طماطم من المغرب وأذربيجان والصين، والزبائن يشتكون من الأسعار. خمسون ألف طن لن تصل إلى سوقنا قبل الربيع».""",
        [
            G("sanctions.suspended", "occurred", ["Russia"], ["Turkey"]),
            # the ban "اعتبارا من الأول من يناير 2016"
            G("sanctions.imposed", "historical", ["Russia"], ["Turkey"], core=False),
            # most restrictions lifted "على مراحل" after the summer of 2016
            G("sanctions.lifted", "historical", ["Russia"], ["Turkey"], core=False),
            # "ولم يرفع الحظر عنها كليا حتى اليوم"
            G("sanctions.lifted", "negated", ["Russia"], ["Turkey"], core=False),
            # Ankara's wheat curbs lifted "في مايو الماضي"
            G("sanctions.lifted", "historical", ["Turkey"], ["Russia"], core=False),
        ],
        not_targets=["Morocco", "Azerbaijan", "China", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-04-libyaalkhabar-unsc-extends-libya-oil-measures-2017",
        date(2017, 6, 30),
        """مجلس الأمن يمدد التدابير المفروضة على صادرات النفط الليبية غير المشروعة

طرابلس - «ليبيا الخبر»

مدد مجلس الأمن الدولي، أمس الخميس، حتى الأول من فبراير 2019 التدابير المفروضة على ليبيا لمنع تصدير النفط الخام بطرق غير مشروعة، بما فيها الإذن للدول الأعضاء بتفتيش السفن المدرجة في أعالي البحار، كما مدد حتى نوفمبر 2018 ولاية فريق الخبراء المعني بمراقبة نظام العقوبات.

واعتمد المجلس بالإجماع القرار 2362، الذي أكد أن المؤسسة الوطنية للنفط في طرابلس هي الجهة الوحيدة المخولة ببيع النفط الليبي، وطالب حكومة الوفاق الوطني بتعيين جهة اتصال تبلغ لجنة العقوبات بأي شحنات يشتبه في خروجها عن سيطرة المؤسسة.

وكان المجلس قد فرض هذه التدابير أول مرة في مارس 2014 بموجب القرار 2146، بعد أن حاولت ناقلة «مورنينغ غلوري» تحميل شحنة من ميناء السدرة لحساب مجموعة مسلحة، وذلك إضافة إلى حظر السلاح وتجميد الأصول المفروضين منذ فبراير 2011 بموجب القرار 1970.

ولم يستجب المجلس لطلب المجلس الرئاسي رفع حظر السلاح جزئيا لتمكين قوات الحكومة من مواجهة تنظيم «داعش»، إذ اكتفى بالتذكير بإجراءات الاستثناء المعمول بها، التي تشترط موافقة مسبقة من لجنة العقوبات على كل شحنة.

ورحب رئيس المؤسسة الوطنية للنفط مصطفى صنع الله بالقرار، وقال إن الإنتاج تجاوز 850 ألف برميل يوميا للمرة الأولى منذ عام 2014، وإن «أي محاولة لبيع النفط خارج المؤسسة ستواجه بالقانون الدولي».

وقال دبلوماسيون في نيويورك إن أعضاء المجلس ناقشوا أيضا تهريب الوقود المكرر عبر البحر من سواحل غرب ليبيا، وهي ظاهرة تكلف البلاد مئات الملايين من الدولارات سنويا، بحسب تقديرات المؤسسة.

ويأتي القرار فيما يستعد المبعوث الأممي الجديد غسان سلامة لتسلم مهامه، وسط جمود في تنفيذ الاتفاق السياسي الموقع في الصخيرات عام 2015، وتنافس بين حكومة الوفاق في طرابلس والحكومة المؤقتة في البيضاء.

وفي ميناء زوارة، قال صياد في الأربعين من عمره: «نرى القوارب الصغيرة تخرج في الليل محملة بالوقود نحو المياه المالطية. القرارات في نيويورك لا توقف شيئا هنا إن لم يكن هناك خفر سواحل يعمل. نحن لا نجد الوقود في المحطات، وهو يذهب إلى البحر».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Libya"]),
            # Resolution 2146 of March 2014 and Resolution 1970 of February 2011
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "ولم يستجب المجلس لطلب المجلس الرئاسي رفع حظر السلاح جزئيا"
            G("sanctions.lifted", "negated", [_UNSC], ["Libya"], core=False),
            # the Skhirat agreement of 2015
            G("agreement.signed", "historical", [], [], core=False),
        ],
        not_targets=["Malta"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-05-trtarabi-cavusoglu-threatens-netherlands-sanctions-2017",
        date(2017, 3, 12),
        """جاووش أوغلو: سنفرض عقوبات شديدة على هولندا إن منعت طائرتي

أنقرة - «تي آر تي عربي»

هدد وزير الخارجية التركي مولود جاووش أوغلو، أمس السبت، بفرض «عقوبات شديدة» على هولندا، اقتصادية وسياسية، إذا منعته سلطاتها من التوجه إلى روتردام للمشاركة في تجمع للجالية التركية يدعو إلى التصويت بـ«نعم» في الاستفتاء على التعديلات الدستورية.

وقال جاووش أوغلو في مقابلة تلفزيونية قبل ساعات من موعد رحلته: «إذا ألغيت رحلتي فسنفرض عليهم عقوبات شديدة، وسيكون ردنا قاسيا»، مضيفا أن الأتراك في هولندا «مواطنون لهم حق الاستماع إلى وزرائهم».

وبعد التصريح بساعات، أعلنت الحكومة الهولندية سحب إذن الهبوط لطائرة الوزير، معتبرة أن التجمع يمثل خطرا على النظام العام، ثم منعت وزيرة الأسرة التركية فاطمة بتول صيان كايا من دخول مقر القنصلية التركية في روتردام، ورافقتها الشرطة إلى الحدود الألمانية.

ووصف الرئيس رجب طيب أردوغان الخطوة بأنها من «بقايا النازية والفاشية»، وقال أمام أنصاره في إسطنبول إن هولندا «ستدفع الثمن»، فيما أغلقت الشرطة التركية محيط السفارة الهولندية في أنقرة وقنصليتها في إسطنبول «لدواع أمنية».

ولم تعلن أنقرة حتى مساء أمس أي إجراءات عقابية محددة بحق هولندا، وقال مسؤول في وزارة الخارجية إن الخيارات «قيد الدراسة»، من دون أن يوضح طبيعتها.

وتوجه جاووش أوغلو بعد ذلك إلى مدينة ميتز الفرنسية، حيث سمحت له السلطات بإلقاء كلمة أمام تجمع للجالية، في حين ألغت مدن ألمانية عدة خلال الأسبوعين الماضيين تجمعات مماثلة لوزراء أتراك.

ويعيش في هولندا نحو أربعمئة ألف شخص من أصول تركية، يحق لنحو نصفهم التصويت في الاستفتاء المقرر في السادس عشر من أبريل المقبل، وتجري هولندا بدورها انتخابات تشريعية الأربعاء المقبل.

ويرى محللون أن الأزمة تخدم الطرفين انتخابيا، إذ يسعى رئيس الوزراء مارك روته إلى قطع الطريق على اليمين المتطرف، فيما تحشد أنقرة أصوات الجاليات في أوروبا.

وفي حي كيزيلاي وسط أنقرة، قال موظف متقاعد عاش عشر سنوات في أمستردام: «أولادي وأحفادي هناك، لهم جوازان. لا أريد أن تصل الأمور إلى القطيعة. السياسيون يتصارعون قبل الانتخابات، ونحن من يدفع الثمن في النهاية».""",
        [
            G("sanctions.threatened", "occurred", ["Turkey", "Mevlüt Çavuşoğlu"], ["Netherlands"]),
            # "ولم تعلن أنقرة حتى مساء أمس أي إجراءات عقابية محددة بحق هولندا"
            G("sanctions.imposed", "negated", ["Turkey"], ["Netherlands"], core=False),
        ],
        not_targets=["Germany", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-06-wafa-palestine-joins-mine-ban-convention-2018",
        date(2018, 1, 3),
        """فلسطين تنضم إلى اتفاقية أوتاوا لحظر الألغام المضادة للأفراد

رام الله - «وفا»

انضمت دولة فلسطين رسميا إلى اتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد وتدمير تلك الألغام، المعروفة باتفاقية أوتاوا، بعد أن أودعت صك الانضمام لدى الأمين العام للأمم المتحدة في نيويورك، على أن تدخل الاتفاقية حيز النفاذ بالنسبة لها في الأول من يونيو المقبل.

وقالت وزارة الخارجية والمغتربين في بيان إن الانضمام «يؤكد التزام دولة فلسطين بالقانون الدولي الإنساني وبحماية المدنيين»، مشيرة إلى أن فلسطين ستقدم تقريرها الأول عن مخزون الألغام والمناطق الملوثة وفق ما تنص عليه الاتفاقية.

وتأتي الخطوة بعد أسابيع من قرار الرئيس الأميركي دونالد ترامب الاعتراف بالقدس عاصمة لإسرائيل، وفي إطار مسعى فلسطيني أوسع لتعزيز حضور الدولة في المنظمات والمعاهدات الدولية.

وكانت فلسطين قد انضمت إلى المحكمة الجنائية الدولية في أبريل 2015، وإلى منظمة الشرطة الجنائية الدولية «الإنتربول» في سبتمبر الماضي، بعد تصويت الجمعية العامة للمنظمة في بكين.

ولم تنضم إسرائيل إلى الاتفاقية، شأنها شأن الولايات المتحدة وروسيا والصين، وتقول منظمات حقوقية إن حقولا للألغام زرعت قبل عام 1967 وبعده لا تزال منتشرة في الأغوار وعلى مقربة من قرى في محافظتي طوباس وأريحا.

وقال مسؤول في المركز الفلسطيني لمكافحة الألغام إن فرق المركز أزالت خلال السنوات الأخيرة عشرات الحقول بالتعاون مع منظمات دولية، لكنها لا تستطيع العمل في المناطق المصنفة «ج» إلا بتنسيق معقد.

وتضم الاتفاقية، التي فتح باب التوقيع عليها في أوتاوا عام 1997، أكثر من 160 دولة، وتلزم أطرافها بتدمير مخزونها خلال أربع سنوات، وبتطهير المناطق الملغومة الخاضعة لولايتها خلال عشر سنوات.

ورحبت الحملة الدولية لحظر الألغام بالانضمام الفلسطيني، ودعت الدول التي لم تنضم بعد في المنطقة إلى الاقتداء به.

وفي قرية بردلة شمال الأغوار، قال مزارع خمسيني يشير إلى أسلاك شائكة صدئة عند طرف أرضه: «هذه الأرض كانت لجدي، ولا نستطيع الاقتراب منها منذ خمسين سنة. قتلت الألغام هنا أغناما، وجرحت ولدا من القرية قبل سنوات. الاتفاقية جيدة، لكننا نريد أن نرى الجرافات تعمل».""",
        [
            G("alliance.joined", "occurred", ["Palestine"], ["Ottawa Treaty"]),
            # the ICC "في أبريل 2015" and Interpol "في سبتمبر الماضي"
            G("alliance.joined", "historical", ["Palestine"], ["International Criminal Court"], core=False),
            G("alliance.joined", "historical", ["Palestine"], ["Interpol"], core=False),
            # "ولم تنضم إسرائيل إلى الاتفاقية، شأنها شأن الولايات المتحدة وروسيا والصين"
            G("alliance.joined", "negated", ["Israel", "United States", "Russia", "China"], ["Ottawa Treaty"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-07-alyaoum24-morocco-nigeria-sign-gas-pipeline-accord-2018",
        date(2018, 6, 11),
        """المغرب ونيجيريا يوقعان اتفاق تعاون لإنجاز أنبوب الغاز الأطلسي

الرباط - «اليوم 24»

تحت رئاسة الملك محمد السادس والرئيس النيجيري محمد بخاري، وقع المغرب ونيجيريا، أمس الأحد بالقصر الملكي في الرباط، اتفاق تعاون يتعلق بمشروع أنبوب الغاز الذي سيربط البلدين عبر الساحل الأطلسي لغرب أفريقيا، وإعلانا مشتركا بشأن تنفيذه.

ووقع الاتفاق عن الجانب المغربي المديرة العامة للمكتب الوطني للهيدروكربورات والمعادن أمينة بنخضرة، وعن الجانب النيجيري المدير العام للمؤسسة الوطنية النيجيرية للبترول مايكانتي بارو، بحضور عدد من الوزراء والمسؤولين من البلدين.

وينص الاتفاق على تنسيق أعمال الدراسات التقنية التفصيلية للمشروع، الذي يمتد على نحو 5660 كيلومترا ويمر عبر ثلاث عشرة دولة، وعلى إشراك الدول المعنية ومجموعة «إيكواس» في مراحله المقبلة، على أن يوقع البلدان لاحقا اتفاقا حكوميا نهائيا يحدد طرق التمويل والاستغلال.

وكان البلدان قد وقعا اتفاق المشروع الأول في أبوجا في ديسمبر 2016، خلال زيارة العاهل المغربي إلى نيجيريا، قبل أن تنجز دراسة الجدوى الأولية في الصيف الماضي.

ويأتي التوقيع فيما لم تبت المجموعة الاقتصادية لدول غرب أفريقيا بعد في طلب المغرب الانضمام إليها عضوا كامل العضوية، رغم الموافقة المبدئية التي أعلنتها قمة منروفيا في يونيو من العام الماضي، إذ أرجأت قمة أبوجا في ديسمبر القرار إلى حين استكمال دراسة آثاره.

وقال خبير في الطاقة بجامعة محمد الخامس إن المشروع «طموح لكنه مكلف»، مقدرا كلفته بعشرات المليارات من الدولارات، ومشيرا إلى أن نجاحه رهين باستقرار منطقة الساحل وبإقناع المستثمرين الدوليين، وبقدرة الدول التي سيعبرها على حماية المنشآت على امتداد آلاف الكيلومترات.

ويراهن المغرب على الأنبوب لتأمين حاجاته من الغاز بعد اقتراب نهاية عقد أنبوب الغاز المغاربي الأوروبي الذي يعبر أراضيه من الجزائر نحو إسبانيا، فيما تسعى نيجيريا إلى تنويع منافذ تصدير غازها نحو أوروبا.

وفي حي المعاريف بالدار البيضاء، قال مهندس شاب يعمل في شركة للدراسات الطاقية: «سمعنا عن المشروع منذ سنتين، واليوم صار فيه توقيع ثان. نتمنى أن يتحول إلى أوراش حقيقية، لأن الشباب في المغرب وفي نيجيريا يحتاجون إلى العمل، لا إلى الصور التذكارية فقط».""",
        [
            G("agreement.signed", "occurred", ["Morocco", "Nigeria", "Mohammed VI of Morocco", "Muhammadu Buhari"], []),
            # "على أن يوقع البلدان لاحقا اتفاقا حكوميا نهائيا"
            G("agreement.signed", "planned", ["Morocco", "Nigeria"], [], core=False),
            # the Abuja agreement "في ديسمبر 2016"
            G("agreement.signed", "historical", ["Morocco", "Nigeria"], [], core=False),
            # Morocco's ECOWAS request, on which the community "لم تبت … بعد"
            G("alliance.joined", "stalled", ["Morocco"], [_ECOWAS], core=False),
        ],
        not_targets=["Algeria", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-08-alqabas-kuwait-names-first-ambassador-to-iraq-2008",
        date(2008, 7, 22),
        """الكويت تعين أول سفير لها في العراق منذ الغزو

الكويت - «القبس»

أعلنت الحكومة الكويتية، أمس، تعيين الفريق المتقاعد علي المؤمن سفيرا لدى جمهورية العراق، في أول تعيين من نوعه منذ الغزو العراقي للكويت في الثاني من أغسطس 1990، وما تبعه من قطع للعلاقات الدبلوماسية بين البلدين لأكثر من عقد.

وقال نائب رئيس الوزراء وزير الخارجية الشيخ الدكتور محمد الصباح للصحافيين إن اختيار المؤمن، الرئيس السابق لأركان الجيش الكويتي، جاء «لخبرته وقدرته على التعامل مع الملفات الحساسة»، مؤكدا أن السفير سيتوجه إلى بغداد «فور استكمال الترتيبات الأمنية» لمقر السفارة.

وكانت الإمارات قد أعلنت مطلع الشهر الجاري تعيين سفير لها في بغداد، وسبقتها الأردن والبحرين بخطوات مماثلة، في ظل ضغوط أميركية على الدول العربية لتعزيز تمثيلها الدبلوماسي لدى حكومة رئيس الوزراء نوري المالكي.

في المقابل، لم تعين المملكة العربية السعودية سفيرا لها في العراق بعد، رغم إعلانها في وقت سابق نيتها إعادة فتح سفارتها، وهو ما يعزوه مسؤولون في الرياض إلى الأوضاع الأمنية.

ولا تزال ملفات عالقة عدة تثقل العلاقات الكويتية العراقية، في مقدمتها التعويضات التي يدفعها العراق عن أضرار الغزو بنسبة خمسة في المئة من عائداته النفطية، وترسيم الحدود البحرية، ومصير المفقودين الكويتيين الذين لم يعثر على رفات عدد كبير منهم حتى الآن.

ورحبت وزارة الخارجية العراقية بالقرار، ووصفته بأنه «خطوة مهمة على طريق بناء علاقات جديدة قائمة على حسن الجوار»، معربة عن أملها في أن يعين العراق سفيرا له في الكويت خلال الفترة المقبلة.

وقال نائب في مجلس الأمة إن المجلس يدعم الخطوة، «شرط ألا تكون على حساب حقوق الكويت في التعويضات وفي ملف الأسرى والمفقودين»، داعيا الحكومة إلى إطلاع النواب على تفاصيل أي تفاهمات مع بغداد.

ويعمل في المنطقة الحدودية بين البلدين عدد من الشركات الكويتية في مشاريع الإمداد، فيما ارتفعت الصادرات الكويتية غير النفطية إلى العراق خلال السنوات الأخيرة.

وفي ديوانية بمنطقة الجهراء، قال موظف متقاعد فقد شقيقه خلال الاحتلال: «لا أحد هنا ينسى. لكن السفارة شيء والذاكرة شيء آخر. إذا كان وجود سفير في بغداد يساعد في معرفة مصير أخي وغيره من المفقودين، فأهلا به».""",
        [
            G("relations.restored", "occurred", ["Kuwait"], ["Iraq"]),
            # the UAE's ambassador "مطلع الشهر الجاري", Jordan and Bahrain before it
            G("relations.restored", "historical", ["United Arab Emirates", "Jordan", "Bahrain"], ["Iraq"], core=False),
            # "لم تعين المملكة العربية السعودية سفيرا لها في العراق بعد"
            G("relations.restored", "negated", ["Saudi Arabia"], ["Iraq"], core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-09-alsudani-sudan-chad-form-joint-border-force-2010",
        date(2010, 2, 22),
        """السودان وتشاد يشكلان قوة مشتركة لمراقبة الحدود بعد سنوات من الحرب بالوكالة

الخرطوم - «السوداني»

اتفق السودان وتشاد، أمس، على دمج وحدات من جيشي البلدين في قوة مشتركة قوامها ثلاثة آلاف جندي، مناصفة بين الطرفين، تتولى مراقبة الحدود الممتدة بين دارفور وشرق تشاد، ومنع تسلل الجماعات المسلحة في الاتجاهين، وذلك في ختام اجتماعات اللجنة العسكرية المشتركة في الخرطوم.

وقال وزير الدولة بوزارة الدفاع إن القوة ستكون تحت قيادة دورية بين ضباط البلدين، وإن أول سرية منها ستنتشر في مدينة الجنينة خلال أسابيع، على أن تتخذ من أبشي مقرا لقيادة القطاع التشادي.

وتأتي الخطوة تنفيذا لاتفاق تطبيع العلاقات الذي وقعه وزيرا خارجية البلدين في إنجمينا في الخامس عشر من يناير الماضي، والذي التزم فيه الطرفان بوقف دعم المتمردين على الطرف الآخر، وبعد زيارة الرئيس التشادي إدريس ديبي إلى الخرطوم مطلع الشهر الجاري، وهي الأولى له منذ ست سنوات.

وكان البلدان قد وقعا في الدوحة في مايو الماضي اتفاقا مماثلا لم يصمد أكثر من أيام، إذ اتهمت إنجمينا الخرطوم بدعم هجوم للمتمردين على شرق تشاد، فيما اتهمت الخرطوم إنجمينا بدعم حركة العدل والمساواة في هجومها على أم درمان في مايو 2008.

ولم تنضم حركة العدل والمساواة حتى الآن إلى أي ترتيبات أمنية مع الحكومة، رغم توقيعها اتفاقا إطاريا في الدوحة قبل يومين، وهو اتفاق يقول مراقبون إن تطبيقه يتوقف على التوصل إلى اتفاق سلام نهائي.

وتنتشر في شرق تشاد منذ عام 2008 بعثة الأمم المتحدة في جمهورية أفريقيا الوسطى وتشاد، التي تطالب إنجمينا بسحبها، معتبرة أن القوة المشتركة مع السودان قادرة على حماية المخيمات ومناطق العودة.

وقال خبير عسكري سوداني إن نجاح القوة «مرهون بالثقة السياسية أكثر من العتاد»، مذكرا بأن الحدود تمتد أكثر من ألف كيلومتر في مناطق وعرة تتداخل فيها القبائل.

وفي سوق الجنينة، قال تاجر يجلب السكر والدقيق من أبشي: «كنا نعبر الوادي ونحن نخاف من الطرفين. إذا جاء الجيشان معا، وفتحوا الطريق، سترخص الأسعار ويعود اللاجئون. لكن نريد أن نرى ذلك بأعيننا أولا».""",
        [
            G("forces.integrated", "occurred", ["Sudan", "Chad"], []),
            # the N'Djamena normalisation accord "في الخامس عشر من يناير الماضي"
            G("agreement.signed", "historical", ["Sudan", "Chad"], [], core=False),
            # the Doha accord "في مايو الماضي"
            G("agreement.signed", "historical", ["Sudan", "Chad"], [], core=False),
            # "ولم تنضم حركة العدل والمساواة حتى الآن إلى أي ترتيبات أمنية"
            G("forces.integrated", "negated", ["Justice and Equality Movement"], [], core=False),
            # the framework accord of JEM and the government in Doha "قبل يومين"
            G("agreement.signed", "occurred", ["Justice and Equality Movement", "Sudan"], [], core=False),
            # "أول سرية منها ستنتشر في مدينة الجنينة خلال أسابيع"
            G("military.presence", "planned", ["Sudan", "Chad"], [], core=False),
            # MINURCAT "منذ عام 2008"
            G("military.presence", "historical", ["United Nations"], ["Chad"], core=False),
        ],
        not_targets=["Qatar", "Central African Republic"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-10-cri-arabic-chinese-navy-sails-to-gulf-of-aden-2008",
        date(2008, 12, 27),
        """أسطول صيني يبحر إلى خليج عدن لمرافقة السفن في أول مهمة بعيدة للبحرية الصينية

بكين - «إذاعة الصين الدولية»

أبحرت، أمس الجمعة، من ميناء سانيا بمقاطعة هاينان جنوبي الصين، مدمرتان وسفينة إمداد تابعة لبحرية جيش التحرير الشعبي الصيني متجهة إلى خليج عدن والمياه القريبة من سواحل الصومال، في مهمة لمرافقة السفن التجارية وحمايتها من هجمات القراصنة، هي الأولى من نوعها للبحرية الصينية خارج مياهها منذ قرون.

وتضم القوة المدمرتين «ووهان» و«هايكو» وسفينة الإمداد «ويشانهو»، وعلى متنها نحو ثمانمئة بحار، بينهم عناصر من القوات الخاصة البحرية، إضافة إلى مروحيتين.

وقال متحدث باسم وزارة الدفاع الوطني إن المهمة تأتي استنادا إلى قرارات مجلس الأمن الدولي ذات الصلة، وبموافقة الحكومة الصومالية الانتقالية، وإن القوة ستتولى أساسا حماية السفن الصينية وسفن الدول الأخرى التي تطلب المرافقة.

وأكد المتحدث أن الصين «لا تنوي إرسال قوات برية إلى الأراضي الصومالية»، وأن مهمة الأسطول تقتصر على البحر، موضحا أن مدة المهمة الأولى تبلغ ثلاثة أشهر قابلة للتجديد.

وتعرضت سفن صينية عدة لهجمات القراصنة هذا العام، إذ ما زالت سفينة صيد صينية وطاقمها محتجزين لدى القراصنة، فيما تمكن طاقم سفينة شحن صينية من صد هجوم قبل أيام بمساعدة مروحية ماليزية.

وتنتشر في المنطقة منذ أشهر سفن حربية من دول عدة، فيما أطلق الاتحاد الأوروبي في الثامن من ديسمبر الجاري عملية «أتالانتا»، أولى عملياته البحرية، لحماية سفن برنامج الأغذية العالمي والملاحة التجارية في خليج عدن.

وقال باحث في أكاديمية العلوم العسكرية إن المهمة «اختبار حقيقي لقدرات الإمداد البعيدة» للبحرية، مشيرا إلى أن السفن ستتزود بالوقود والمؤن في موانئ المنطقة، ومنها ميناء صلالة العماني وميناء جيبوتي، وأن البحرية ستستخلص من التجربة دروسا في إدارة العمليات المشتركة وفي التنسيق مع السفن الحربية الأجنبية العاملة في المنطقة، بعيدا عن قواعدها في البلاد.

وفي ميناء سانيا، قالت زوجة أحد البحارة وهي تلوح بعلم صغير للسفن المغادرة: «لم يسافر زوجي بعيدا هكذا من قبل. قال لي إنهم سيعودون قبل عيد الربيع القادم بقليل أو بعده. أنا فخورة به، لكني سأعد الأيام».""",
        [
            G("military.presence", "occurred", ["China"], ["Somalia"]),
            # "لا تنوي إرسال قوات برية إلى الأراضي الصومالية"
            G("military.presence", "negated", ["China"], ["Somalia"], core=False),
            # Operation Atalanta "في الثامن من ديسمبر الجاري"
            G("military.presence", "historical", ["European Union"], ["Somalia"], core=False),
        ],
        not_targets=["Oman", "Djibouti", "Malaysia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-11-arriyadiyah-ittihad-lifts-ban-signs-striker-2019",
        date(2019, 1, 20),
        """الاتحاد يرفع الإيقاف عن لاعبه ويضم مهاجما برازيليا.. ولجنة الانضباط تفرض غرامة على النادي

جدة - «الرياضية»

رفعت إدارة نادي الاتحاد، أمس، عقوبة الإيقاف التي فرضتها قبل أسبوعين على لاعب الوسط بسبب تأخره عن معسكر الفريق، بعد أن قدم اعتذارا رسميا للجهاز الفني وزملائه، ليعود إلى قائمة مباراة الفريق المقبلة في الدوري.

وفي سوق الانتقالات الشتوية، أعلن النادي انضمام مهاجم برازيلي قادم من الدوري البرتغالي، بعد أن وقع عقدا لمدة موسمين ونصف، فيما تتواصل المفاوضات مع لاعب وسط أرجنتيني، ولم تحسم بعد بسبب خلاف على قيمة الشرط الجزائي.

كما مدد الاتحاد عقد حارس مرماه الأساسي حتى عام 2022، في خطوة قالت الإدارة إنها تهدف إلى «الحفاظ على استقرار الفريق»، بينما لم يتفق النادي بعد مع قائده المخضرم على تجديد عقده الذي ينتهي بنهاية الموسم.

وفي المقابل، فرضت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم غرامة مالية على النادي بسبب إلقاء جماهيره قوارير مياه على أرض الملعب في المباراة الأخيرة، وأوقفت مدافع الفريق مباراتين بعد طرده.

وعلق النادي بيع تذاكر مباراة الكلاسيكو إلكترونيا لساعات بسبب ضغط كبير على المنصة، قبل أن يستأنف البيع مساء أمس، فيما نشرت إدارة الملعب فرقا تنظيمية إضافية حول بوابات ملعب مدينة الملك عبدالله الرياضية «الجوهرة».

ووقع النادي أيضا اتفاقية رعاية مع شركة اتصالات محلية لثلاثة مواسم، تشمل إنشاء أكاديمية للناشئين في أحياء جدة الجنوبية.

ويحتل الاتحاد مركزا متأخرا في جدول الترتيب، ويخشى أنصاره من شبح الهبوط للموسم الثاني على التوالي، في ظل تغيير ثلاثة مدربين منذ بداية الموسم، وتراجع نتائج الفريق خارج أرضه بشكل لافت.

وقال المدرب في مؤتمر صحافي إن الصفقات الجديدة «ستمنح الفريق حلولا في الخط الأمامي»، مضيفا أن اللاعب العائد من الإيقاف «أخطأ واعتذر، والباب مفتوح لمن يلتزم».

وفي مقهى شعبي بحي البلد، قال مشجع اتحادي يرتدي وشاح النادي الأصفر والأسود: «العميد لا يستحق هذا المكان في الجدول. نريد المهاجم البرازيلي أن يسجل من أول مباراة، ونريد الإدارة أن تتوقف عن تغيير المدربين كل شهر. الجمهور صبر كثيرا».""",
        [],
        not_targets=["Saudi Arabia", "Brazil", "Portugal", "Argentina"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h91-12-ahram-culture-film-festival-signs-protocol-2022",
        date(2022, 11, 8),
        """مهرجان القاهرة السينمائي يوقع بروتوكول تعاون.. ونقابة المهن التمثيلية ترفع الإيقاف عن ممثل

القاهرة - «الأهرام» - ثقافة

وقعت إدارة مهرجان القاهرة السينمائي الدولي، أمس، بروتوكول تعاون مع أكاديمية الفنون لتدريب طلاب معهد السينما على تنظيم العروض وإدارة الورش خلال الدورة الرابعة والأربعين، التي تنطلق الأحد المقبل في دار الأوبرا المصرية.

وأعلن المهرجان انضمام مخرجة تونسية وممثل لبناني إلى لجنة تحكيم المسابقة الدولية، بعد اعتذار عضو سابق لظروف صحية، كما مدد فترة تلقي طلبات اعتماد الصحافيين والنقاد ثلاثة أيام إضافية بسبب كثرة الطلبات.

وفي سياق منفصل، رفعت نقابة المهن التمثيلية عقوبة الإيقاف عن ممثل شاب كانت قد فرضتها عليه الشهر الماضي بسبب تصريحات مسيئة لزملائه، بعد أن قدم اعتذارا علنيا أمام مجلس النقابة، فيما فرضت النقابة غرامة مالية على منتج لم يلتزم بسداد أجور عدد من الممثلين.

وعلقت إحدى دور العرض بوسط القاهرة عرض فيلم تجاري لأيام بسبب أعمال صيانة في قاعاتها، على أن تستأنف العروض مع بداية الأسبوع المقبل، بينما نشرت شركة التوزيع ملصقات الفيلم في محطات المترو.

ولم تحسم بعد مشاركة فيلم مصري في المسابقة الرسمية، إذ لا تزال المفاوضات جارية مع منتجه بشأن موعد العرض التجاري، وفق ما قال مصدر في إدارة المهرجان.

وقال رئيس المهرجان في مؤتمر صحافي إن الدورة الجديدة تضم أكثر من تسعين فيلما من خمسين دولة، وإن برنامج «أيام القاهرة لصناعة السينما» سيشهد توقيع اتفاقيات إنتاج مشترك بين شركات عربية وأوروبية.

وأشار إلى أن المهرجان سيكرم عددا من رموز السينما المصرية والعربية، وسيعرض نسخا مرممة من أفلام كلاسيكية بالتعاون مع أرشيفات أجنبية، لافتا إلى أن الحجوزات الإلكترونية تجاوزت توقعات المنظمين.

ويشهد المهرجان هذا العام عودة ندوات الجمهور بعد المخرجين، التي توقفت خلال سنوات جائحة «كورونا»، إلى جانب ورش للكتابة يقدمها كتاب سيناريو من المنطقة.

وفي مقهى قريب من دار الأوبرا، قال طالب في معهد السينما يحمل دفتر ملاحظات: «البروتوكول فرصة لنا لنرى كيف يدار مهرجان كبير من الداخل. كنت أشتري التذكرة كل سنة وأجلس في الصف الأخير، هذه السنة سأقف عند باب القاعة بشارة المنظمين».""",
        [],
        not_targets=["Egypt", "Tunisia", "Lebanon"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout91_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout91_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout91_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
