"""An eighty-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-five Arabic held-out sets: Arabic copy of 2011-2024 as pan-Arab, Kurdish, Libyan,
international, Iraqi, Somali, Lebanese, Jordanian and Moroccan outlets and the Arabic services of
a French and a Russian broadcaster carry it (a London pan-Arab daily, "ويلينغتون - «العربي
الجديد»", with a Nablus baker of Auckland; a Kurdish channel's Arabic site, "أربيل - «رووداو»",
with a graduate student refused a visa; a pan-Arab daily, "الرياض - «الحياة»", with a customs
officer at Salwa; a Libyan news site, "طرابلس - «بوابة الوسط»", with a Zawiya seaman; a French
broadcaster's Arabic service, "واشنطن - «فرانس 24»", with an Afghan lawyer of victims in The
Hague; a Russian broadcaster's Arabic service, "نوسا دوا (إندونيسيا) - «روسيا اليوم»", with a
Baku carpet seller; an Iraqi channel's site, "بكين - «السومرية نيوز»", with a Shorja trader; a
Somali Arabic site, "مقديشو - «الصومال الجديد»", with a Bakara market trader; a Beirut news site,
"بيروت - «المدن»", with a teacher of Darat Izza; an Amman daily, "عمّان - «الغد»", with a Mafraq
greengrocer; a Moroccan site's sports page, "الدار البيضاء - «هسبريس» - رياضة", with a Raja fan;
and a Dubai daily's economy page, "دبي - «البيان» - اقتصاد", with a travel agent) on episodes the
earlier sets do not carry as core news: New Zealand barring violent Israeli settlers from entry,
July 2024; the United States removing the Kurdistan Democratic Party and the Patriotic Union of
Kurdistan from the "Tier III" terrorist category of its immigration law by the defence act
Barack Obama signed, December 2014; King Salman opening the Salwa crossing to Qatari pilgrims
during the boycott of Qatar, August 2017; the Security Council extending by Resolution 2701 the
measures against illicit petroleum exports from Libya and its panel of experts, October 2023; Mike
Pompeo threatening two named ICC officials and their families with sanctions over the
Afghanistan investigation, March 2020; Azerbaijan (and Fiji) admitted to the Non-Aligned Movement
at its Bali ministerial conference, May 2011; Iraq and China signing a framework agreement
("oil for reconstruction") and seven memoranda during Adil Abdul-Mahdi's visit to Beijing,
September 2019; Somalia and Eritrea establishing diplomatic relations by the joint declaration of
Asmara, July 2018; Ahrar al-Sham and the Nour al-Din al-Zenki Movement merging into the Syrian
Liberation Front, February 2018; some 700 American soldiers with Patriot batteries and F-16s
kept in Jordan after Eager Lion, June 2013.
Searched before writing in ALL earlier held-out files of both languages (up to set 103 English
and 85 Arabic; docstrings, article texts, annotations and rule sentences) by states, bodies,
people, places, resolution numbers and years in Arabic and English spellings, reading every hit:
New Zealand beside settlers ("نيوزيلندا … مستوطن", none; set 62 Arabic carries Japan's asset
freeze on four settlers, another episode); "Tier III", the PUK or the KDP beside terrorism
(none); "سلوى"/"Salwa" and the Qatari pilgrims (none); "2701" (none); Pompeo beside the ICC
(none; Bolton's threat of 2018 and the lifting of Bensouda's listing in 2021 are other
episodes); Azerbaijan beside the Non-Aligned Movement (set 51 English only "joined … in 2011" as
an aside of another article); "النفط مقابل الإعمار"/"oil for reconstruction" and Iraq beside
China (none); Eritrea beside Somalia (set 64 English, an aside on the Djibouti meeting of the
three foreign ministers, no restoration of the two); "جبهة تحرير سوريا"/"Syrian Liberation Front"
(set 82 Arabic only names it as a faction that did not join another body; set 85 Arabic
carries the forming of Hay'at Tahrir al-Sham, another episode); Patriots or F-16s beside Jordan
and "Eager Lion"/"الأسد المتأهب" (sets 69 and 78 Arabic only name the yearly exercise as
background). Some sixty other candidates were dropped because the search found them
as core news (among them Sudan's Central Reserve Police, Cristopher Figuera, Resolutions 2633,
2649, 2675, 2714 and 2750, the Venezuelan licences, the Cyprus arms embargo waiver, the inter-Korean
rail survey, Section 907, General License 22, Tunisia in COMESA, Bahrain in the IMSC, Somalia and
the DR Congo in the East African Community, Algeria in the New Development Bank, the Trans-Saharan
pipeline, Egypt and Sudan's military accord, Saudi Arabia and Thailand, Mauritania and Qatar,
Morocco and Cuba, Guinea and Israel, the Maldives and Iran, the UAE's and Kuwait's ambassadors to
Tehran, the National Front for Liberation in the National Army, the Stability Support Apparatus,
the Security Belt, the Azov regiment, the Sudan Shield Forces, the Greek Patriots in Saudi Arabia,
the Italian field hospital in Misrata, TURKSOM and the Egyptian troops for Somalia).
Facts the writer is unsure of: the day of the New Zealand announcement (2 July 2024), whether the
bans name or count anyone, and the reach of the Russia sanctions law; the day Obama signed the
defence act (19 December 2014), whether the exemption came with it and the name and post of the
Kurdistan Regional Government's representative; the day of King Salman's order (16 or 17 August
2017), the airports named and Qatar's answer on the landing of Saudi planes; the date of
Resolution 2701 (19 October 2023), its drafter, its term (May 2025) and the production figure; the
day of Pompeo's threat (17 March 2020) and the Appeals Chamber's date; the day Azerbaijan and Fiji
were admitted (25 May 2011), the number of members and the Indonesian minister's words; the
number and kinds of the Iraqi-Chinese documents, the hundred thousand barrels and the size of the
delegation; the day of the Asmara declaration (30 July 2018) and the Eritrean minister's words;
the leader of the Syrian Liberation Front (Hassan Soufan), its size and the day (18 February
2018); the number of American soldiers in Jordan, the day of Obama's letter (21 June 2013) and the
size of the April headquarters.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated and stalled ones and a few alertable events that are not core; two are near
misses: a Moroccan football page (FIFA that "رفع … المنع من التعاقدات" on a club, "انضمام مدافع
دولي", a federation that "فرضت … غرامة", a contract "مدد", fans who "هدد … بمقاطعة", a club that
"وقع … اتفاقية شراكة", training "علق") and a Dubai economy page (an airline's "انضمامها إلى تحالف
عالمي لشركات الطيران الاقتصادي", a court that froze an investor's assets and barred his travel,
a central bank that "فرض غرامات" and "علق ترخيص", an agreement "مدد", teams "نشرت").

The decisions of the annotation, taken before any run: a government that decided "فرض حظر سفر على
عدد من المستوطنين الإسرائيليين المتطرفين" imposes (core; New Zealand and Winston Peters; the
settlers unnamed, so no target; not Israel, whose citizens they are), "ولم تذهب ويلينغتون إلى حد
تجميد أصول المستوطنين" a negated imposition, the American order "في فبراير الماضي" and the British,
French, Canadian and European measures historical impositions; resolution 2334 and the envoy
recalled in 2016 are no events of a watched type. A state that "رفعت … الحزب الديمقراطي الكردستاني
والاتحاد الوطني الكردستاني من تصنيف «المنظمات الإرهابية من الفئة الثالثة»" lifts sanctions (core;
the United States and Obama; the two parties; not Iraq or the Kurdistan Regional Government), the
listing under the Patriot Act a historical imposition, "ولم يشمل البند حزب العمال الكردستاني" a
negated lifting and its listing "منذ عام 1997" a historical imposition, the American advisers
"منذ الصيف" a historical presence; the wish to arm the Peshmerga directly is no event. A king who
"أمر … بفتح منفذ سلوى الحدودي أمام الحجاج القطريين … في استثناء من إجراءات المقاطعة" suspends the
boycott's measures for them, a waiver as the design counts it (core; Saudi Arabia and King Salman;
Qatar), the boycott "في الخامس من يونيو الماضي" a historical imposition by the four states, "ولا
يعني القرار رفع المقاطعة" a negated lifting, the Kuwaiti mediation that "تعثرت" a stalled
restoration. A council that "مدد … حتى مايو 2025 التدابير التي تسمح للجنة العقوبات الخاصة بليبيا
بمنع السفن من تحميل النفط الخام … المصدرة من ليبيا بطرق غير مشروعة" extends sanctions (core; the
Security Council; Libya), Resolution 2146 "في مارس 2014" a historical imposition, "لم يستجب المجلس
لمطالب المؤسسة الليبية للاستثمار برفع التجميد عن أصولها" a negated lifting, the electoral laws of
Bouznika "في يونيو الماضي" a historical accord; North Korea, the tanker's flag, and Cyprus, where
it was stopped, are no parties. A minister who "هدد … بفرض عقوبات على مسؤولين في المحكمة الجنائية
الدولية وأفراد عائلاتهم" threatens (core; the United States and Pompeo; the ICC), the visa
restrictions "في مارس من العام الماضي" a historical imposition (the ICC and Bensouda), Bolton's
threat a historical threat, "ولم تعلن الخارجية الأمريكية حتى مساء أمس أي عقوبات مالية" a negated
imposition, the Rome Statute signed in 2000 and the Doha agreement with the Taliban historical
signings; Afghanistan, the place of the crimes, is no target. A state that "انضمت … رسميا إلى
حركة عدم الانحياز" joins (core; Azerbaijan; the movement), Fiji admitted beside it an occurred
joining (not core), the Partnership for Peace "عام 1994" a historical joining, "ولا تعتزم باكو
العودة إلى منظمة معاهدة الأمن الجماعي" and "لا تسعى إلى عضوية الناتو" a negated joining, the WTO
talks "لا تزال متعثرة" a stalled joining; the withdrawal of 1999 and the Kazan meeting are no
events of a watched type. Two states that "وقع … اتفاقية إطارية للتعاون في مجالي الإعمار والتمويل
وسبع مذكرات تفاهم" sign (core; Iraq and Abdul-Mahdi; China and Li Keqiang), "أعلن … أن بغداد
ستنضم إلى مبادرة «الحزام والطريق»" a planned joining (not core), the strategic partnership "في
ديسمبر 2015" a historical signing, "ولم توقع بغداد خلال الزيارة أي اتفاقية للتعاون العسكري" a
negated signing; Saudi Arabia, named for the Aramco attacks, is no party. Two states that
"أقام … علاقات دبلوماسية كاملة" restore ties (core; Somalia and Farmajo; Eritrea and Isaias
Afwerki), the joint declaration signed in Asmara an occurred signing (not core), the Ethiopian-
Eritrean declaration "في التاسع من يوليو" and the embassy reopened after it a historical signing
and a historical restoration, the Security Council's sanctions "عام 2009" a historical imposition,
"ولم تعد العلاقات الدبلوماسية بين البلدين حتى الآن" (Djibouti and Eritrea) a negated restoration;
Farmajo's call to lift the sanctions is a call, no event. Two groups that announced "اندماجهما
الكامل في تشكيل عسكري جديد يحمل اسم «جبهة تحرير سوريا»" integrate forces (core; Ahrar al-Sham
and the Nour al-Din al-Zenki Movement; the new front, not in the knowledge base, no target),
Zenki's joining of Hay'at Tahrir al-Sham "مطلع العام الماضي" a historical integration, "ولم ينضم
«فيلق الشام» … إلى الاندماج الجديد" a negated integration, the talks with the factions of northern
Hama that "تعثرت" a stalled integration, the Turkish observation points "منذ أكتوبر الماضي" a
historical presence. A president who told Congress that "نحو سبعمئة عسكري أمريكي موجودون حاليا
في الأردن … وأن هذه القوات ستبقى في المملكة" reports a presence (core; the United States and Obama;
Jordan), the headquarters sent "في أبريل الماضي" a historical presence, "هذه القوات لن تدخل
الأراضي السورية" a negated presence in Syria, NATO's Patriots in Turkey "مطلع العام الجاري" a
historical presence; Russia's warning is no event. The Moroccan sports page and the Dubai economy
page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.818, R 0.800, F1 0.809 (recall
8/10, precision 9/11); occurred core found 8/10; historical kept quiet 19/21, negated 10/10,
stalled 3/3. No annotation was changed after the run. Missed: the Salwa crossing opened to the
Qatari pilgrims (ar-h86-03), "أمر … بفتح منفذ سلوى الحدودي أمام الحجاج القطريين … في استثناء من
إجراءات المقاطعة المفروضة على الدوحة", gives nothing at all (neither the waiver nor the boycott of
June nor its negated lifting); the merger into the Syrian Liberation Front (ar-h86-09), "أعلنت
«حركة أحرار الشام الإسلامية» و«حركة نور الدين الزنكي» … اندماجهما الكامل في تشكيل عسكري جديد",
gives nothing. Read with another status: the American soldiers in Jordan (ar-h86-10), "أن نحو
سبعمئة عسكري أمريكي موجودون حاليا في الأردن … وأن هذه القوات ستبقى في المملكة", are not read;
only the Pentagon's "وافق على طلب أردني بإبقاء بطارية «باتريوت»" of the third paragraph gives a
planned presence with Jordan for its actor and no target (the score counts it as found, the
check does not). False alarm: in ar-h86-02 "تصنيف «المنظمات الإرهابية من الفئة الثالثة»" in the
lead is read as a planned imposition by the United States with the two Kurdish parties as actors
(gold: the historical listing under the Patriot Act; it counts against two quiet historical
events). Unexpected alert: in ar-h86-12 the airline's "انضمامها إلى تحالف عالمي لشركات الطيران
الاقتصادي" is read as a joining by the United Arab Emirates (from "ناقلة جوية إماراتية"). Wrong
target: in ar-h86-01 the travel ban has Palestine beside the unlinked "المستوطنين الإسرائيليين"
for a target. Seen, not counted by the score: the delisting of ar-h86-02 has no target (the two
parties are not read as lifted); the threat of ar-h86-05 has the United States alone (no
Pompeo), and the visa restrictions of 2019, Bolton's threat and the negated financial sanctions
give nothing; the signing of ar-h86-07 has China as a second actor and no target; the negated
joining of ar-h86-06 lumps the Partnership for Peace (historical) and the WTO (stalled) with the
CSTO; the Bouznika laws of ar-h86-04 are read as a stalled accord with Morocco, the venue, for a
target, and Resolution 2146 and the Libyan Investment Authority's frozen assets give nothing;
the historical signing of ar-h86-08 has Farmajo and Eritrea as actors of the Ethiopian-Eritrean
declaration; the negated impositions of ar-h86-01 and the Djibouti restoration give nothing. The
Moroccan sports page raises nothing. Six articles are strict xfails (ar-h86-03, -09 and -10 on
their core events, ar-h86-01, -02 and -12 on their alerts).

After the fixes of 2026-12-07: events P 1.000, R 1.000, F1 1.000 (recall 10/10, precision 12/12);
occurred core found 10/10; historical kept quiet 21/21, negated 10/10, stalled 3/3. Five general
causes were fixed, each pinned by rule sentences of other states, groups and wording (and guards)
in ``test_heldout86_rules_ar.py``: armed groups merged into one NEW military formation
("اندماجهما الكامل في تشكيل عسكري جديد", "كيان عسكري جديد", "جسم عسكري جديد") integrate forces as
those merged into one formation do, while banks or parties merged into a new entity stay no event
(the cue group ``one_army`` in ``rasd/events/lexicons/ar.cues.yaml``); a group taken out of a
terrorist designation ("رفعت … من تصنيف «المنظمات الإرهابية»") is a lifting with the group as
target, and the designation's noun after "من" no new imposition (the cue group
``from_designation``, a sanctions.lifted trigger in ``ar.triggers.yaml`` and
``_designation_left`` in ``rasd/events/extractor.py``); a coalition "of" firms by ل ("تحالف عالمي
لشركات الطيران") or told again as a bare "التحالف" in the sentence after its joining is no
alliance a state joins (``not_alliance_noun`` and ``_business_coalition_before_ar``); whom the
targets' attacks hit, by "على" right after the harm's noun ("متورطين في اعتداءات على
الفلسطينيين"), is no target (``_harm_noun_ar`` in ``rasd/events/roles.py``); an exception from a
boycott's measures ("في استثناء من إجراءات المقاطعة") is a suspension (``from_measure``), a verbal
noun after "، في" shares the main verb's subject (``_circumstantial``), and "من دون" denies nothing
past a comma (``_WITHOUT_AR`` in ``rasd/events/status.py``). The strict xfails of ar-h86-01, -02,
-03, -09 and -12 are removed; the fix of the coalition told again also cures set 75 Arabic's
ar-h75-12, whose strict xfail is removed. Left, as a strict xfail: the American soldiers in Jordan
(ar-h86-10), "نحو سبعمئة عسكري أمريكي موجودون حاليا في الأردن … وأن هذه القوات ستبقى في المملكة",
still read only as a planned presence of Jordan from "بإبقاء": troops said to be there already are
background in most copy, so a rule for "موجودون" would alert on them, and the request's demonym
taken as the actor wants a fix of its own. Seen and left, not counted by the score: the body's
delisting in ar-h86-02 is read as planned (the defence act "للسنة المالية 2015" is taken as a
year ahead: without it the same sentence is read as occurred), the threat of ar-h86-05 has no Pompeo, the signing of ar-h86-07 has China as a
second actor, and the Bouznika laws of ar-h86-04 have Morocco, the venue, for a target.

After the round on general Arabic misses of sets 81 to 90 (``test_general_misses3_rules_ar.py``):
American soldiers "موجودون حاليا في الأردن", a participle of presence after soldiers counted, are an
occurred presence: ar-h86-10's strict xfail removed.

``python -m tests.unit.test_heldout86_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_ICC = "International Criminal Court"
_KDP = "Kurdistan Democratic Party"
_PUK = "Patriotic Union of Kurdistan"
_NAM = "Non-Aligned Movement"
_ZENKI = "Nour al-Din al-Zenki Movement"
_HTS = "Hay'at Tahrir al-Sham"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-01-alaraby-new-zealand-travel-bans-on-violent-settlers-2024",
        date(2024, 7, 3),
        """نيوزيلندا تحظر دخول مستوطنين إسرائيليين متطرفين إلى أراضيها

ويلينغتون - «العربي الجديد»

قررت الحكومة النيوزيلندية، أمس الثلاثاء، فرض حظر سفر على عدد من المستوطنين الإسرائيليين المتطرفين المتورطين في اعتداءات على الفلسطينيين في الضفة الغربية المحتلة، لتصبح أحدث دولة غربية تتخذ إجراءات عقابية بحق المستوطنين منذ بداية الحرب على غزة.

وقال وزير الخارجية النيوزيلندي وينستون بيترز، في بيان، إن عنف المستوطنين «بلغ مستويات غير مسبوقة» خلال الأشهر الماضية، وإنه «يقوض فرص السلام وحل الدولتين»، مضيفا أن ويلينغتون «لن تسمح لمن يمارسون هذا العنف بدخول نيوزيلندا». ولم يكشف البيان عن أسماء المشمولين بالقرار ولا عن عددهم، مكتفيا بالإشارة إلى أنهم «أفراد ثبت تورطهم في أعمال عنف ضد المدنيين».

ولم تذهب ويلينغتون إلى حد تجميد أصول المستوطنين، إذ أوضح بيترز أن التشريع النيوزيلندي الحالي لا يسمح بفرض عقوبات مالية مستقلة خارج إطار مجلس الأمن الدولي إلا على روسيا، بموجب القانون الذي أقره البرلمان عقب الغزو الروسي لأوكرانيا عام 2022.

وكانت الولايات المتحدة قد فرضت في فبراير الماضي عقوبات على أربعة مستوطنين بموجب أمر تنفيذي وقعه الرئيس جو بايدن، قبل أن توسع القائمة لاحقا لتشمل بؤرا استيطانية وجمعيات تجمع التبرعات لها، فيما أعلنت بريطانيا وفرنسا وكندا إجراءات مماثلة، وأقر الاتحاد الأوروبي في أبريل الماضي عقوبات على أربعة مستوطنين وكيانين.

ورحبت وزارة الخارجية الفلسطينية بالقرار، ووصفته بأنه «خطوة في الاتجاه الصحيح»، لكنها دعت الدول التي تتخذ مثل هذه الإجراءات إلى «عدم الاكتفاء بمعاقبة أفراد، والتعامل مع منظومة الاستيطان بأكملها بوصفها مصدر العنف».

في المقابل، لم يصدر تعليق رسمي فوري عن الحكومة الإسرائيلية، غير أن وزير المالية بتسلئيل سموتريتش كان قد وصف العقوبات الغربية السابقة على المستوطنين بأنها «كذبة معادية للسامية» تستهدف «مشروع الاستيطان الصهيوني».

وبحسب أرقام مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، سجلت الضفة الغربية منذ السابع من أكتوبر الماضي أكثر من ألف اعتداء للمستوطنين أسفرت عن إصابات أو أضرار في الممتلكات، وأجبرت عشرات التجمعات البدوية على الرحيل من أراضيها.

وتعد نيوزيلندا من الدول التي شاركت عام 2016 في صياغة قرار مجلس الأمن 2334 الذي طالب إسرائيل بوقف الاستيطان، حين كانت عضوا غير دائم في المجلس، وهو ما أدى آنذاك إلى استدعاء تل أبيب سفيرها في ويلينغتون.

وفي أوكلاند، قال صاحب مخبز فلسطيني هاجر من نابلس قبل عشرين عاما: «أهلي في القرى حول نابلس يسهرون الليل خوفا من المستوطنين. القرار جيد، لكن من أحرق سيارات جيراننا لا يحتاج إلى تأشيرة لنيوزيلندا».""",
        [
            G("sanctions.imposed", "occurred", ["New Zealand", "Winston Peters"], []),
            # "ولم تذهب ويلينغتون إلى حد تجميد أصول المستوطنين"
            G("sanctions.imposed", "negated", ["New Zealand"], [], core=False),
            # the American order "في فبراير الماضي", and Britain, France, Canada and the EU
            G("sanctions.imposed", "historical", [_US, "Joe Biden"], [], core=False),
            G("sanctions.imposed", "historical",
              ["United Kingdom", "France", "Canada", _EU], [], core=False),
        ],
        not_targets=["Israel", "Palestine", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-02-rudaw-us-removes-kdp-and-puk-from-terror-category-2014",
        date(2014, 12, 21),
        """واشنطن ترفع الحزبين الكرديين الرئيسيين من قائمة «المنظمات الإرهابية»

أربيل - «رووداو»

رفعت الولايات المتحدة رسميا الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني من تصنيف «المنظمات الإرهابية من الفئة الثالثة» في قوانين الهجرة الأمريكية، بعد أن وقع الرئيس باراك أوباما، الجمعة، قانون تفويض الدفاع الوطني للسنة المالية 2015، الذي تضمن بندا يستثني الحزبين من هذا التصنيف.

ويعود إدراج الحزبين إلى التعريف الواسع الذي اعتمده قانون «باتريوت» عقب هجمات الحادي عشر من سبتمبر 2001، والذي شمل كل جماعة مسلحة حملت السلاح ضد حكومة قائمة، بما في ذلك الأحزاب الكردية التي قاتلت نظام صدام حسين في ثمانينيات القرن الماضي وتسعينياته.

وكان التصنيف يعرض آلاف المنتمين إلى الحزبين، بينهم وزراء ونواب وضباط في البيشمركة، لرفض طلبات تأشيراتهم أو إخضاعهم لإجراءات تدقيق مطولة في المطارات الأمريكية، رغم أن الحزبين يقودان حكومة إقليم كردستان، الحليف الوثيق لواشنطن منذ عام 2003.

وقالت ممثلة حكومة إقليم كردستان في الولايات المتحدة بيان سامي عبد الرحمن إن القرار «يصحح ظلما تاريخيا طال أمده»، مشيرة إلى أن مكتبها عمل على الملف مع أعضاء في الكونغرس من الحزبين الجمهوري والديمقراطي منذ سنوات.

ولم يشمل البند حزب العمال الكردستاني، الذي تدرجه وزارة الخارجية الأمريكية على قائمة المنظمات الإرهابية الأجنبية منذ عام 1997، ولا الجماعات المسلحة الأخرى المصنفة ضمن الفئة نفسها.

ويأتي القرار في وقت تخوض فيه قوات البيشمركة معارك ضد تنظيم «داعش» على جبهة تمتد أكثر من ألف كيلومتر، بدعم من غارات التحالف الدولي الذي تقوده واشنطن منذ أغسطس الماضي، فيما ينتشر مئات المستشارين العسكريين الأمريكيين في أربيل وبغداد منذ الصيف لتدريب القوات العراقية والكردية.

وقال نائب في برلمان الإقليم عن الاتحاد الوطني الكردستاني إن القرار «رمزي في جانب منه، لكنه يزيل عقبة عملية أمام التعاون الأمني والسياسي»، معربا عن أمله في أن تتبعه خطوات أخرى لتسليح البيشمركة مباشرة دون المرور ببغداد، وهو ما لم توافق عليه واشنطن حتى الآن.

وفي أحد مقاهي قلعة أربيل، قال طالب دراسات عليا رفض طلب تأشيرته مرتين: «كنت أشرح للقنصلية أن والدي كان في البيشمركة ضد صدام، فيقال لي إن هذه هي المشكلة بالضبط. ربما أستطيع الآن أن أحضر المؤتمر الذي دعيت إليه».""",
        [
            G("sanctions.lifted", "occurred", [_US, "Barack Obama"], [_KDP, _PUK]),
            # the listing under the Patriot Act of 2001
            G("sanctions.imposed", "historical", [_US], [_KDP, _PUK], core=False),
            # "ولم يشمل البند حزب العمال الكردستاني" and its listing "منذ عام 1997"
            G("sanctions.lifted", "negated", [_US], ["Kurdistan Workers' Party"], core=False),
            G("sanctions.imposed", "historical", [_US], ["Kurdistan Workers' Party"], core=False),
            # the American advisers "منذ الصيف"
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
        ],
        not_targets=["Iraq", "Kurdistan Regional Government"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-03-alhayat-saudi-opens-salwa-crossing-for-qatari-pilgrims-2017",
        date(2017, 8, 18),
        """خادم الحرمين يأمر بفتح منفذ سلوى أمام الحجاج القطريين

الرياض - «الحياة»

أمر خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، مساء أول من أمس، بفتح منفذ سلوى الحدودي أمام الحجاج القطريين الراغبين في أداء فريضة الحج هذا العام، والسماح بدخولهم إلى المملكة من دون التصاريح الإلكترونية، في استثناء من إجراءات المقاطعة المفروضة على الدوحة منذ أكثر من شهرين.

وأوضحت وكالة الأنباء السعودية أن الملك أمر أيضا بإرسال طائرات خاصة تابعة للخطوط الجوية العربية السعودية إلى مطار الدوحة لنقل الحجاج القطريين على نفقته الخاصة، واستضافتهم ضمن برنامج خادم الحرمين الشريفين للحج والعمرة، إلى جانب استقبال القادمين منهم جوا عبر مطاري الملك عبد العزيز في جدة والأحساء.

وجاء القرار بعد استقبال ولي العهد الأمير محمد بن سلمان في جدة الشيخ عبد الله بن علي بن عبد الله آل ثاني، أحد أفراد الأسرة الحاكمة في قطر، الذي توسط لدى القيادة السعودية لتسهيل سفر الحجاج.

وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر في الخامس من يونيو الماضي، وأغلقت منافذها البرية والبحرية ومجالها الجوي أمام الدوحة، متهمة إياها بدعم الإرهاب والتقارب مع إيران، وهو ما تنفيه الدوحة.

ولا يعني القرار رفع المقاطعة، إذ أكد مصدر سعودي مسؤول أن المنفذ سيفتح للحجاج وحدهم طوال موسم الحج، وأن الإجراءات المتخذة بحق الدوحة تبقى قائمة ما لم تستجب للمطالب الثلاثة عشر التي قدمتها الدول الأربع.

وتعثرت الوساطة الكويتية التي يقودها أمير الكويت الشيخ صباح الأحمد الجابر الصباح منذ أن رفضت الدوحة قائمة المطالب، ومن بينها إغلاق قناة «الجزيرة» وخفض العلاقات مع طهران وإغلاق القاعدة العسكرية التركية، فيما لم يحدد موعد لأي لقاء مباشر بين الطرفين.

وفي الدوحة، رحبت وزارة الأوقاف القطرية بتسهيل دخول الحجاج، لكنها قالت إن الطائرات السعودية لم تحصل بعد على إذن بالهبوط في مطار حمد الدولي، وإن التنسيق بشأن سلامة الحجاج «لا يزال مطلوبا»، داعية إلى الفصل بين الشعائر الدينية والخلافات السياسية.

وكانت أعداد الحجاج القطريين قد تراجعت إلى بضع عشرات فقط قبل القرار، بعد أن تعذر عليهم التسجيل في المنصة الإلكترونية وحجز الرحلات.

وعند منفذ سلوى، قال موظف جمارك يعمل في المنفذ منذ خمسة عشر عاما: «كان هذا المنفذ لا ينام، الشاحنات والعائلات ليلا ونهارا. صار هادئا منذ يونيو، والحجاج سيعيدون إليه شيئا من الحياة ولو لأيام».""",
        [
            G("sanctions.suspended", "occurred",
              ["Saudi Arabia", "Salman of Saudi Arabia"], ["Qatar"]),
            # the boycott "في الخامس من يونيو الماضي"
            G("sanctions.imposed", "historical",
              ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"], ["Qatar"],
              core=False),
            # "ولا يعني القرار رفع المقاطعة"
            G("sanctions.lifted", "negated", ["Saudi Arabia"], ["Qatar"], core=False),
            # the Kuwaiti mediation that "تعثرت"
            G("relations.restored", "stalled", ["Saudi Arabia"], ["Qatar"], core=False),
        ],
        not_targets=["Iran", "Kuwait", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-04-alwasat-security-council-extends-libya-petroleum-measures-2023",
        date(2023, 10, 20),
        """مجلس الأمن يمدد الإجراءات الخاصة بمنع تصدير النفط الليبي بطرق غير مشروعة

طرابلس - «بوابة الوسط»

مدد مجلس الأمن الدولي، أمس الخميس، حتى مايو 2025 التدابير التي تسمح للجنة العقوبات الخاصة بليبيا بمنع السفن من تحميل النفط الخام والمنتجات النفطية المصدرة من ليبيا بطرق غير مشروعة أو نقلها أو بيعها، كما مدد ولاية فريق الخبراء المعني بمراقبة تنفيذ العقوبات المفروضة على البلاد للمدة نفسها.

وصدر القرار 2701، الذي صاغته المملكة المتحدة بصفتها حاملة القلم في الملف الليبي، بعد مشاورات تناولت في جانب منها تهريب الوقود المدعوم إلى دول الجوار، الذي يقدر مسؤولون ليبيون أنه يكلف الخزانة العامة مئات الملايين من الدولارات سنويا.

وتعود هذه التدابير إلى القرار 2146 الذي اعتمده المجلس في مارس 2014، بعد أن حاولت ناقلة ترفع علم كوريا الشمالية تدعى «مورنينغ غلوري» تحميل شحنة من النفط من ميناء السدرة لصالح جماعة مسلحة كانت تسيطر على موانئ الهلال النفطي، قبل أن تعترضها البحرية الأمريكية قبالة قبرص.

وطلب القرار من فريق الخبراء مواصلة رصد محاولات الالتفاف على العقوبات، وتقديم تقرير مرحلي إلى المجلس، كما دعا الدول الأعضاء إلى التعاون مع المؤسسة الوطنية للنفط بصفتها الجهة الوحيدة المخولة ببيع النفط الليبي.

في المقابل، لم يستجب المجلس لمطالب المؤسسة الليبية للاستثمار برفع التجميد عن أصولها المجمدة في الخارج منذ عام 2011، والتي تقدر بعشرات المليارات من الدولارات، واكتفى بالإشارة إلى إمكانية مراجعة التدابير «في ضوء التطورات على الأرض».

ورحب رئيس مجلس إدارة المؤسسة الوطنية للنفط فرحات بن قدارة بالقرار، معتبرا أنه «يحمي ثروة الليبيين من العبث»، ومشيرا إلى أن الإنتاج تجاوز مليون ومئتي ألف برميل يوميا للمرة الأولى منذ سنوات.

ويأتي التمديد بعد أسابيع من الفيضانات التي اجتاحت مدينة درنة في سبتمبر الماضي وأودت بحياة الآلاف، والتي أعادت الجدل حول إدارة الإيرادات النفطية وتوزيعها بين الشرق والغرب.

ولا تزال العملية السياسية في البلاد تراوح مكانها، إذ تعثرت المفاوضات بين مجلسي النواب والدولة حول تشكيل حكومة موحدة تشرف على الانتخابات، رغم إعلان لجنة «6+6» المشتركة التوصل إلى القوانين الانتخابية في بوزنيقة المغربية في يونيو الماضي.

وفي ميناء الزاوية، قال بحار يعمل على قارب صيد منذ ثلاثين عاما: «نرى القوارب الصغيرة تخرج ليلا محملة بالوقود نحو البحر. القرارات تصدر في نيويورك، والتهريب يحدث هنا أمام أعيننا».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Libya"]),
            # Resolution 2146 "في مارس 2014"
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "لم يستجب المجلس لمطالب المؤسسة الليبية للاستثمار برفع التجميد"
            G("sanctions.lifted", "negated", [_UNSC], ["Libyan Investment Authority"],
              core=False),
            # the laws agreed in Bouznika "في يونيو الماضي"
            G("agreement.signed", "historical", ["Libya"], [], core=False),
        ],
        not_targets=["North Korea", "Cyprus", "United Kingdom", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-05-france24-pompeo-threatens-icc-officials-2020",
        date(2020, 3, 18),
        """بومبيو يلوح بعقوبات على مسؤولين في المحكمة الجنائية الدولية وعائلاتهم

واشنطن - «فرانس 24»

هدد وزير الخارجية الأمريكي مايك بومبيو، أمس الثلاثاء، بفرض عقوبات على مسؤولين في المحكمة الجنائية الدولية وأفراد عائلاتهم، على خلفية قرار المحكمة فتح تحقيق في جرائم حرب مفترضة في أفغانستان قد يطال عسكريين أمريكيين وعناصر من وكالة الاستخبارات المركزية.

وسمى بومبيو، في مؤتمر صحفي بوزارة الخارجية، مسؤولين اثنين في مكتب المدعية العامة فاتو بنسودا قال إنهما يساعدان في «جر الأمريكيين» إلى التحقيق، مضيفا أن بلاده «تدرس الخطوات التالية» بحقهما وبحق كل من يشارك في هذا المسعى، وأنها «لن تتسامح مع محاولات المحكمة غير المشروعة لإخضاع الأمريكيين لولايتها».

وكانت دائرة الاستئناف في المحكمة قد أجازت في الخامس من مارس الجاري للمدعية العامة المضي في التحقيق، بعد أن رفضت الدائرة التمهيدية طلبها في أبريل من العام الماضي بحجة أن التحقيق «لا يخدم مصلحة العدالة».

وكانت واشنطن قد فرضت في مارس من العام الماضي قيودا على منح التأشيرات لموظفي المحكمة المعنيين بالتحقيق، وألغت على إثرها تأشيرة بنسودا نفسها، بعد أشهر من تهديد مستشار الأمن القومي آنذاك جون بولتون بفرض عقوبات على قضاة المحكمة ومدعيها إذا مضت في ملاحقة أمريكيين أو إسرائيليين.

ولم تعلن الخارجية الأمريكية حتى مساء أمس أي عقوبات مالية على موظفي المحكمة، ولم يوضح بومبيو طبيعة الإجراءات التي تدرسها إدارته أو موعدها.

من جهتها، قالت المحكمة في بيان إنها «مؤسسة قضائية مستقلة ومحايدة»، وإنها ستواصل أداء عملها «دون خوف أو محاباة»، فيما انتقدت منظمات حقوقية تصريحات بومبيو ووصفتها منظمة «هيومن رايتس ووتش» بأنها «محاولة فاضحة لترهيب» العاملين في المحكمة.

والولايات المتحدة ليست طرفا في نظام روما الأساسي المنشئ للمحكمة، إذ وقعت عليه إدارة الرئيس بيل كلينتون عام 2000، قبل أن تسحب إدارة جورج بوش الابن التوقيع عام 2002، غير أن أفغانستان دولة عضو فيه، ما يمنح المحكمة ولاية على الجرائم المرتكبة على أراضيها.

ويأتي التصعيد بعد أقل من ثلاثة أسابيع من توقيع الولايات المتحدة وحركة طالبان اتفاقا في الدوحة ينص على انسحاب القوات الأمريكية من أفغانستان خلال أربعة عشر شهرا، وهو ما يقول منتقدون إنه لا يعفي أي طرف من المساءلة عن جرائم الحرب.

وفي لاهاي، قال محام أفغاني يمثل ضحايا قدموا شهاداتهم للمحكمة: «موكلي فقد ابنه في غارة ليلية، وانتظر سنوات ليسمعه أحد. التهديدات لن تغير ما حدث، لكنها تقول للضحايا إن العدالة لها حدود».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Mike Pompeo"], [_ICC]),
            # the visa restrictions "في مارس من العام الماضي" and Bolton's threat before them
            G("sanctions.imposed", "historical", [_US], [_ICC, "Fatou Bensouda"], core=False),
            G("sanctions.threatened", "historical", [_US, "John Bolton"], [_ICC], core=False),
            # "ولم تعلن الخارجية الأمريكية حتى مساء أمس أي عقوبات مالية"
            G("sanctions.imposed", "negated", [_US], [_ICC], core=False),
            # the Rome Statute signed in 2000, the Doha agreement "قبل أقل من ثلاثة أسابيع"
            G("agreement.signed", "historical", [_US], [], core=False),
            G("agreement.signed", "historical", [_US], ["Taliban"], core=False),
        ],
        not_targets=["Afghanistan", "Israel", "Human Rights Watch"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-06-rtarabic-azerbaijan-joins-non-aligned-movement-2011",
        date(2011, 5, 26),
        """أذربيجان تنضم إلى حركة عدم الانحياز في مؤتمر بالي

نوسا دوا (إندونيسيا) - «روسيا اليوم»

انضمت أذربيجان رسميا إلى حركة عدم الانحياز، بعد أن وافق المؤتمر الوزاري السادس عشر للحركة، المنعقد في جزيرة بالي الإندونيسية، أمس الأربعاء، على طلب العضوية الذي تقدمت به باكو، لتصبح أول دولة من جنوب القوقاز تنضم إلى التكتل الذي يضم أكثر من مئة وعشرين دولة.

وقبل المؤتمر أيضا عضوية جزر فيجي في المحيط الهادئ، ليرتفع عدد الدول الأعضاء في الحركة إلى مئة وعشرين دولة، فيما رحب وزير الخارجية الإندونيسي مارتي ناتاليغاوا بالعضوين الجديدين، معتبرا أن انضمامهما «دليل على أن مبادئ باندونغ لا تزال حية بعد أكثر من خمسين عاما».

وقال وزير الخارجية الأذربيجاني إلمار محمدياروف، في كلمته أمام الوزراء، إن بلاده «تتقاسم مع دول الحركة قيم احترام السيادة ووحدة الأراضي وعدم التدخل في الشؤون الداخلية»، مشيرا إلى أن نحو عشرين في المئة من أراضي أذربيجان «لا تزال تحت الاحتلال الأرميني» منذ حرب ناغورني قره باغ.

ويرى مراقبون أن باكو تسعى من خلال العضوية إلى حشد تأييد الدول النامية لموقفها في النزاع مع يريفان، وإلى تأكيد سياسة التوازن التي ينتهجها الرئيس إلهام علييف بين روسيا والغرب.

وكانت أذربيجان قد انضمت عام 1994 إلى برنامج «الشراكة من أجل السلام» التابع لحلف شمال الأطلسي، ثم انسحبت عام 1999 من معاهدة الأمن الجماعي التي تقودها موسكو. ولا تعتزم باكو العودة إلى منظمة معاهدة الأمن الجماعي، كما أكد مسؤولون أذربيجانيون أكثر من مرة أن بلادهم لا تسعى إلى عضوية الناتو.

أما مفاوضات انضمام أذربيجان إلى منظمة التجارة العالمية، التي بدأت عام 1997، فلا تزال متعثرة بسبب الخلاف على دعم القطاع الزراعي وحماية الصناعات المحلية، وفق ما يقول مسؤولون في وزارة الاقتصاد.

ويناقش المؤتمر، الذي يختتم أعماله الجمعة، الأوضاع في الشرق الأوسط وشمال أفريقيا، ولا سيما الأزمة الليبية، إضافة إلى ملف القضية الفلسطينية ونزع السلاح النووي، تمهيدا للقمة المقبلة للحركة في طهران العام المقبل.

ومن المقرر أن يلتقي الرئيسان الأذربيجاني والأرميني في قازان الروسية الشهر المقبل برعاية الرئيس الروسي ديمتري ميدفيديف، في محاولة جديدة لإحراز تقدم في مفاوضات التسوية.

وفي باكو، قال بائع سجاد في المدينة القديمة: «لا أعرف كثيرا عن هذه الحركة، لكن إذا كانت تقف مع حقنا في قره باغ فأهلا بها. نحن بلد صغير ونحتاج أصدقاء في كل مكان».""",
        [
            G("alliance.joined", "occurred", ["Azerbaijan"], [_NAM]),
            # Fiji admitted on the same day
            G("alliance.joined", "occurred", ["Fiji"], [_NAM], core=False),
            # the Partnership for Peace "عام 1994"
            G("alliance.joined", "historical", ["Azerbaijan"], ["Partnership for Peace"],
              core=False),
            # "ولا تعتزم باكو العودة إلى منظمة معاهدة الأمن الجماعي", "لا تسعى إلى عضوية الناتو"
            G("alliance.joined", "negated", ["Azerbaijan"],
              ["Collective Security Treaty Organization", "NATO"], core=False),
            # the WTO accession talks "لا تزال متعثرة"
            G("alliance.joined", "stalled", ["Azerbaijan"], ["World Trade Organization"],
              core=False),
        ],
        not_targets=["Armenia", "Indonesia", "Russia", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-07-alsumaria-iraq-and-china-sign-framework-agreement-2019",
        date(2019, 9, 24),
        """العراق والصين يوقعان اتفاقية إطارية وسبع مذكرات تفاهم خلال زيارة عبد المهدي إلى بكين

بكين - «السومرية نيوز»

وقع العراق والصين، أمس الاثنين، في قاعة الشعب الكبرى ببكين، اتفاقية إطارية للتعاون في مجالي الإعمار والتمويل وسبع مذكرات تفاهم في قطاعات الطاقة والاتصالات والتعليم والثقافة والأمن، بحضور رئيس الوزراء عادل عبد المهدي ونظيره الصيني لي كه تشيانغ.

وتتيح الاتفاقية الإطارية، بحسب بيان لمكتب رئيس الوزراء، تمويل مشاريع للبنى التحتية تنفذها شركات صينية في العراق، على أن تودع عائدات مئة ألف برميل يوميا من النفط العراقي المصدر إلى الصين في حساب خاص يخصص لتسديد مستحقات تلك الشركات، في صيغة يصفها المسؤولون العراقيون بـ«النفط مقابل الإعمار».

والتقى عبد المهدي، الذي يرافقه وفد يضم أكثر من خمسين مسؤولا بينهم وزراء ومحافظون، الرئيس الصيني شي جين بينغ، الذي قال إن بلاده «مستعدة لتعميق الشراكة الاستراتيجية مع العراق»، فيما أعلن رئيس الوزراء العراقي أن بغداد ستنضم إلى مبادرة «الحزام والطريق» وأن مشاريع الموانئ والسكك الحديد ستكون في صلب التعاون المقبل.

وتعد الزيارة الأولى لرئيس وزراء عراقي إلى الصين منذ أن وقع البلدان في ديسمبر 2015، خلال زيارة رئيس الوزراء السابق حيدر العبادي، اتفاقية لإقامة شراكة استراتيجية بينهما.

ولم توقع بغداد خلال الزيارة أي اتفاقية للتعاون العسكري، رغم تقارير سبقت الزيارة عن رغبة عراقية في شراء طائرات مسيرة ومنظومات دفاع جوي صينية، وهو ما قال مسؤول حكومي إنه «ليس مطروحا في الوقت الحالي».

وتعد الصين أكبر مستورد للنفط العراقي، إذ تستورد نحو ثمانمئة ألف برميل يوميا، كما تعمل شركاتها في عدد من أكبر الحقول النفطية في الجنوب، بينها حقلا الرميلة والأحدب.

وانتقد نواب في البرلمان العراقي عدم عرض تفاصيل الاتفاقية على المجلس قبل توقيعها، مطالبين الحكومة بالكشف عن شروط التمويل والمشاريع المشمولة، فيما قال خبراء اقتصاديون إن الصيغة الجديدة «قد تخفف من البيروقراطية»، لكنها تحتاج إلى رقابة صارمة لمنع الفساد.

وتأتي الزيارة وسط توتر إقليمي متصاعد بين الولايات المتحدة وإيران، وبعد أسبوع من الهجمات التي استهدفت منشآت «أرامكو» في السعودية، فيما تسعى بغداد إلى تنويع شراكاتها الاقتصادية بعيدا عن محاور الصراع.

وفي سوق الشورجة ببغداد، قال تاجر أدوات منزلية يستورد بضائعه من مدينة ييوو الصينية: «كل ما في دكاني صيني أصلا. إذا جاء الصينيون ليبنوا المدارس والطرق فلينظروا أولا إلى شوارع بغداد، فهي تنتظر منذ سنوات».""",
        [
            G("agreement.signed", "occurred", ["Iraq", "Adil Abdul-Mahdi"],
              ["China", "Li Keqiang"]),
            # "ستنضم إلى مبادرة «الحزام والطريق»"
            G("alliance.joined", "planned", ["Iraq"], ["Belt and Road Initiative"], core=False),
            # the strategic partnership "في ديسمبر 2015"
            G("agreement.signed", "historical", ["Iraq", "Haider al-Abadi"], ["China"],
              core=False),
            # "ولم توقع بغداد خلال الزيارة أي اتفاقية للتعاون العسكري"
            G("agreement.signed", "negated", ["Iraq"], ["China"], core=False),
        ],
        not_targets=["Saudi Arabia", "United States", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-08-alsomal-aljadeed-somalia-and-eritrea-establish-ties-2018",
        date(2018, 7, 31),
        """الصومال وإريتريا يتفقان على إقامة علاقات دبلوماسية وتبادل السفراء

مقديشو - «الصومال الجديد»

أقام الصومال وإريتريا علاقات دبلوماسية كاملة، بعد قطيعة استمرت أكثر من عقد، وذلك في ختام زيارة تاريخية قام بها الرئيس محمد عبد الله فرماجو إلى أسمرة استغرقت ثلاثة أيام، وقع خلالها مع الرئيس الإريتري أسياس أفورقي إعلانا مشتركا للأخوة والتعاون الشامل.

وينص الإعلان، الذي وقع أمس الاثنين، على تبادل السفراء وتعزيز العلاقات السياسية والاقتصادية والتجارية والثقافية، والعمل المشترك من أجل السلام والاستقرار في منطقة القرن الأفريقي، كما أكد فيه الجانبان احترام سيادة الصومال ووحدة أراضيه واستقلاله السياسي.

وتعد زيارة فرماجو الأولى لرئيس صومالي إلى إريتريا منذ سنوات طويلة، وجاءت بعد أسابيع من المصالحة التاريخية بين إريتريا وإثيوبيا، إذ وقع رئيس الوزراء الإثيوبي آبي أحمد وأفورقي في التاسع من يوليو الجاري إعلانا ينهي حالة الحرب بين البلدين، ثم أعادت إريتريا فتح سفارتها في أديس أبابا بعد أيام.

وتوترت العلاقات بين مقديشو وأسمرة خلال العقد الماضي على خلفية اتهامات للحكومة الإريترية بدعم حركة الشباب وفصائل مسلحة معارضة، وهي الاتهامات التي استند إليها مجلس الأمن الدولي حين فرض عام 2009 عقوبات على إريتريا شملت حظرا على الأسلحة وتجميدا لأصول بعض المسؤولين وحظرا على سفرهم. وتنفي أسمرة هذه الاتهامات.

ودعا فرماجو، في تصريحات لوسائل الإعلام الإريترية، المجتمع الدولي إلى رفع العقوبات المفروضة على إريتريا، معتبرا أن «صفحة جديدة فتحت في المنطقة» وأن «الشعبين الشقيقين يستحقان السلام والتنمية».

ولم يشمل التقارب جيبوتي، التي لا تزال تتهم إريتريا باحتلال أراض حدودية لها منذ مواجهات عام 2008، ولم تعد العلاقات الدبلوماسية بين البلدين حتى الآن، رغم دعوات إقليمية إلى إدراجها في مسار المصالحة.

وقال وزير الإعلام الإريتري يماني جبر مسقل إن المحادثات بين الرئيسين تناولت أيضا التعاون الأمني ومكافحة الإرهاب والقرصنة في البحر الأحمر وخليج عدن، إضافة إلى فرص الاستثمار في الموانئ والثروة السمكية.

وفي مقديشو، استقبل مواطنون الأنباء بتفاؤل حذر، وقال تاجر في سوق بكارة: «كل ما يجلب السلام إلى المنطقة خير لنا. نريد أن تصل بضائعنا إلى أسمرة ومصوع، وأن تتوقف الحرب التي تأكل أبناءنا منذ ثلاثين عاما».""",
        [
            G("relations.restored", "occurred",
              ["Somalia", "Mohamed Abdullahi Mohamed"], ["Eritrea", "Isaias Afwerki"]),
            # the joint declaration signed in Asmara
            G("agreement.signed", "occurred", ["Somalia"], ["Eritrea"], core=False),
            # the Ethiopia-Eritrea declaration "في التاسع من يوليو" and the embassy reopened
            G("agreement.signed", "historical", ["Ethiopia", "Abiy Ahmed"], ["Eritrea"],
              core=False),
            G("relations.restored", "historical", ["Eritrea"], ["Ethiopia"], core=False),
            # the Security Council's sanctions of 2009
            G("sanctions.imposed", "historical", [_UNSC], ["Eritrea"], core=False),
            # "ولم تعد العلاقات الدبلوماسية بين البلدين حتى الآن" (Djibouti)
            G("relations.restored", "negated", ["Djibouti"], ["Eritrea"], core=False),
        ],
        not_targets=["al-Shabaab", "Ethiopia", "Djibouti"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-09-almodon-ahrar-and-zenki-merge-into-syrian-liberation-front-2018",
        date(2018, 2, 19),
        """«أحرار الشام» و«الزنكي» تندمجان في «جبهة تحرير سوريا»

بيروت - «المدن»

أعلنت «حركة أحرار الشام الإسلامية» و«حركة نور الدين الزنكي»، أمس الأحد، اندماجهما الكامل في تشكيل عسكري جديد يحمل اسم «جبهة تحرير سوريا»، في خطوة تعيد رسم خريطة الفصائل في محافظة إدلب وريف حلب الغربي، وتضع «هيئة تحرير الشام» أمام منافس يقارب حجمها.

وجاء في بيان الإعلان أن الحركتين قررتا «حل جميع مكوناتهما» والانصهار في الكيان الجديد «حفاظا على الثورة وتوحيدا للصفوف»، على أن يتولى قائد «أحرار الشام» حسن صوفان القيادة العامة، وأن تدمج الألوية والكتائب التابعة للحركتين في هيكل عسكري موحد خلال أسابيع.

وتقدر مصادر معارضة عدد مقاتلي التشكيل الجديد بأكثر من عشرين ألفا، ينتشرون في مناطق تمتد من ريف حلب الغربي إلى جبل الزاوية وسهل الغاب.

وكانت «حركة نور الدين الزنكي» قد انضمت مطلع العام الماضي إلى «هيئة تحرير الشام» عند تأسيسها، قبل أن تنفصل عنها في يوليو بعد اقتتال دام بين الهيئة و«أحرار الشام» انتهى بخسارة الأخيرة معبر باب الهوى ومعظم مواقعها في إدلب.

ولم ينضم «فيلق الشام»، أحد أكبر الفصائل المقربة من أنقرة، إلى الاندماج الجديد، وقال مصدر فيه إن الفيلق «يدعم وحدة الصف» لكنه يفضل التنسيق العسكري على الاندماج الكامل. كما تعثرت محادثات مع فصائل أصغر في ريف حماة الشمالي للالتحاق بالتشكيل، بسبب الخلاف على الحصص القيادية.

ويأتي الإعلان في وقت تنشر فيه تركيا منذ أكتوبر الماضي نقاط مراقبة عسكرية في ريفي إدلب وحلب بموجب تفاهمات أستانا مع روسيا وإيران، فيما تواصل قوات النظام تقدمها في ريف إدلب الجنوبي الشرقي بعد سيطرتها على مطار أبو الظهور العسكري الشهر الماضي.

وقالت «هيئة تحرير الشام»، في بيان مقتضب، إن «الاندماجات الشكلية لا تغير شيئا على الأرض»، داعية الفصائل إلى «عدم الانجرار إلى مشاريع خارجية»، في إشارة إلى اتهامات متبادلة بين الطرفين بالارتباط بأجندات إقليمية.

ويرى باحثون في شؤون الجماعات المسلحة أن الاندماج يهدف إلى إعادة التوازن في الشمال السوري بعد تمدد الهيئة، وقد يمهد لمواجهة جديدة معها إذا فشلت جهود التهدئة.

وفي مدينة دارة عزة، قال مدرس فقد عمله بعد إغلاق مدرسته: «كل سنة نسمع عن اندماج جديد واسم جديد. الأسماء تتغير، لكننا ننام على صوت الطائرات ونصحو على أخبار الاقتتال».""",
        [
            G("forces.integrated", "occurred", ["Ahrar al-Sham", _ZENKI], []),
            # Zenki's joining of Hay'at Tahrir al-Sham "مطلع العام الماضي"
            G("forces.integrated", "historical", [_ZENKI], [_HTS], core=False),
            # "ولم ينضم «فيلق الشام» … إلى الاندماج الجديد"
            G("forces.integrated", "negated", ["Sham Legion"], [], core=False),
            # the talks with the smaller factions of northern Hama that "تعثرت"
            G("forces.integrated", "stalled", ["Ahrar al-Sham"], [], core=False),
            # the Turkish observation points "منذ أكتوبر الماضي"
            G("military.presence", "historical", ["Turkey"], ["Syria"], core=False),
        ],
        not_targets=["Russia", "Iran", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-10-alghad-us-patriots-and-f16s-stay-in-jordan-2013",
        date(2013, 6, 23),
        """نحو 700 عسكري أمريكي في الأردن.. و«باتريوت» و«إف-16» باقية بعد «الأسد المتأهب»

عمّان - «الغد»

أبلغ الرئيس الأمريكي باراك أوباما الكونغرس، في رسالة وجهها أمس، أن نحو سبعمئة عسكري أمريكي موجودون حاليا في الأردن، بينهم أطقم بطاريات صواريخ «باتريوت» ووحدات دعم لطائرات «إف-16» المقاتلة، وأن هذه القوات ستبقى في المملكة بعد انتهاء تمرين «الأسد المتأهب» بناء على طلب الحكومة الأردنية.

وقال أوباما في الرسالة إن القوات نشرت «لتعزيز القدرات الدفاعية للأردن» في ضوء تداعيات الأزمة السورية، وإنها ستبقى «إلى أن يصبح الوضع الأمني غير مستدع لوجودها»، مؤكدا أنها «مجهزة للقتال» لكنها موجودة لأغراض دفاعية.

وكانت وزارة الدفاع الأمريكية قد أعلنت الأسبوع الماضي أن وزير الدفاع تشاك هيغل وافق على طلب أردني بإبقاء بطارية «باتريوت» وسرب من طائرات «إف-16» في المملكة، إلى جانب عناصر من مقر القيادة الذي أرسلته واشنطن في أبريل الماضي، ويضم نحو مئتي عسكري من الفرقة المدرعة الأولى للتخطيط والتنسيق.

وشدد مسؤولون أمريكيون وأردنيون على أن هذه القوات لن تدخل الأراضي السورية، وأن بقاءها لا يعني التحضير لفرض منطقة حظر جوي فوق سوريا، وهو ما تطالب به بعض فصائل المعارضة السورية.

وقال وزير الدولة لشؤون الإعلام الناطق باسم الحكومة محمد المومني إن الأردن «يمارس حقه السيادي في حماية حدوده وأمن مواطنيه»، مشيرا إلى أن المملكة تستضيف أكثر من نصف مليون لاجئ سوري، وأن الخطر «قائم على حدودنا الشمالية».

في المقابل، حذرت وزارة الخارجية الروسية من أن نشر منظومات صاروخية ومقاتلات أجنبية قرب الحدود السورية «يزيد من التوتر» في المنطقة، ويخالف الجهود المبذولة لعقد مؤتمر جنيف الثاني.

وكان حلف شمال الأطلسي قد نشر مطلع العام الجاري ست بطاريات «باتريوت» أمريكية وألمانية وهولندية في جنوب تركيا، بعد سقوط قذائف سورية على أراض تركية.

وشارك في تمرين «الأسد المتأهب» هذا العام، الذي اختتم الخميس، نحو ثمانية آلاف عسكري من تسع عشرة دولة، في تدريبات شملت مكافحة الإرهاب وتأمين الحدود والتعامل مع الأسلحة الكيميائية.

وفي مدينة المفرق القريبة من الحدود، قال صاحب محل خضار: «نسمع الطائرات كل يوم، ولا نعرف إن كانت لنا أم لغيرنا. المهم أن تبقى الحرب هناك، فالمخيم صار أكبر من المدينة».""",
        [
            G("military.presence", "occurred", [_US, "Barack Obama"], ["Jordan"]),
            # the headquarters sent "في أبريل الماضي"
            G("military.presence", "historical", [_US, "Chuck Hagel"], ["Jordan"], core=False),
            # "هذه القوات لن تدخل الأراضي السورية"
            G("military.presence", "negated", [_US], ["Syria"], core=False),
            # NATO's Patriots in southern Turkey "مطلع العام الجاري"
            G("military.presence", "historical", ["NATO", _US, "Germany", "Netherlands"],
              ["Turkey"], core=False),
        ],
        not_targets=["Syria", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-11-hespress-sports-raja-transfer-ban-lifted-2022",
        date(2022, 8, 10),
        """الرجاء يتنفس الصعداء بعد رفع المنع من الانتدابات.. ومدافع دولي ينضم إلى الفريق

الدار البيضاء - «هسبريس» - رياضة

رفع الاتحاد الدولي لكرة القدم «فيفا»، أمس الثلاثاء، المنع من التعاقدات الذي كان مفروضا على نادي الرجاء الرياضي منذ أشهر، بعد أن سددت إدارة النادي المستحقات المالية المتأخرة لفائدة لاعب سابق لجأ إلى غرفة فض النزاعات في الاتحاد الدولي.

وأكد مصدر من المكتب المسير أن النادي توصل برسالة رسمية تفيد بإمكانية تسجيل لاعبيه الجدد في نظام الانتقالات، مشيرا إلى أن الإدارة سارعت إلى استكمال إجراءات انضمام مدافع دولي قادم من الدوري البلجيكي، وقع عقدا لمدة ثلاثة مواسم.

وكانت الجامعة الملكية المغربية لكرة القدم قد فرضت بدورها، الموسم الماضي، غرامة مالية على النادي بسبب أحداث شغب في إحدى مباريات الديربي، كما أوقفت أحد لاعبيه أربع مباريات بسبب الاحتجاج على الحكم.

ومدد النادي عقد مدربه المساعد لموسم إضافي، فيما لا تزال المفاوضات مع قائد الفريق حول تجديد عقده متعثرة، بسبب الخلاف على قيمة الراتب ومدة العقد، رغم تدخل عدد من قدماء اللاعبين لتقريب وجهات النظر.

وهدد فصيل من المشجعين بمقاطعة المباراة الافتتاحية للبطولة الاحترافية احتجاجا على ارتفاع أسعار التذاكر، في حين أكدت الإدارة أنها ستراجع الأسعار بعد اجتماع مع ممثلي الجماهير.

ووقع النادي، الأسبوع الماضي، اتفاقية شراكة مع شركة اتصالات مغربية لمدة موسمين، تتضمن ظهور شعارها على القميص وتطوير الموقع الإلكتروني والتطبيق الخاص بالمنخرطين.

وعلق الجهاز الفني الحصص التدريبية يومين بسبب موجة الحر التي تعرفها المدينة، على أن يستأنف الفريق تحضيراته مساء الخميس بمركب الوازيس، استعدادا لمواجهة ودية أمام فريق من الدوري الإسباني.

وفي المقابل، انضم لاعب الوسط الذي انتهى عقده في يونيو إلى فريق من الدوري القطري في صفقة انتقال حر، بعد أن رفض عرض التجديد الذي قدمته الإدارة قبل نهاية الموسم.

ويطمح الرجاء إلى استعادة لقب البطولة الذي فقده الموسم الماضي لصالح غريمه التقليدي الوداد، إضافة إلى المنافسة على لقب كأس الكونفدرالية الأفريقية.

وفي مقهى بحي درب السلطان، قال مشجع رجاوي في الخمسينيات من عمره: «المنع كان فضيحة. ناد بتاريخ الرجاء لا يجب أن يصل إلى هذه الحال بسبب أجرة لاعب. نريد التسيير الجيد قبل الانتدابات».""",
        [],
        not_targets=["Morocco", "Belgium", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h86-12-albayan-economy-airline-alliance-and-court-freeze-2023",
        date(2023, 5, 17),
        """ناقلة جوية إماراتية تنضم إلى تحالف عالمي.. ومحكمة تجمد أصول مستثمر متعثر

دبي - «البيان» - اقتصاد

أعلنت ناقلة جوية إماراتية منخفضة التكلفة، أمس، انضمامها إلى تحالف عالمي لشركات الطيران الاقتصادي يضم ناقلات من آسيا وأوروبا، بما يتيح لعملائها حجز رحلات مشتركة وربط شبكات الوجهات عبر نظام موحد للحجز.

وقال الرئيس التنفيذي للشركة إن الانضمام إلى التحالف «سيضيف أكثر من مئتي وجهة» إلى شبكة الشركة، مشيرا إلى أنها وقعت أيضا مذكرة تفاهم مع شركة لتأجير الطائرات لاستلام عشر طائرات جديدة خلال السنوات الثلاث المقبلة.

وفي سياق منفصل، أصدرت محكمة دبي الابتدائية حكما بتجميد أصول مستثمر عقاري متعثر وحظر سفره، بناء على دعوى رفعها تحالف من المصارف الدائنة، بعد أن تخلف عن سداد قروض تتجاوز قيمتها ثلاثمئة مليون درهم.

كما فرض المصرف المركزي غرامات مالية على ثلاث شركات صرافة بسبب عدم الالتزام بإجراءات مكافحة غسل الأموال، وعلق ترخيص شركة رابعة لمدة ستة أشهر إلى حين تصحيح أوضاعها.

ومدد صندوق استثماري إقليمي اتفاقية إدارة محفظته العقارية مع شركة محلية لثلاث سنوات إضافية، فيما تعثرت مفاوضات استحواذ مجموعة تجزئة على سلسلة متاجر منافسة بسبب الخلاف على التقييم.

وأعلنت شركة لوجستية مدرجة أنها نشرت فرقا فنية في ميناء جبل علي لمتابعة الشحنات الموسمية، بالتزامن مع افتتاح مستودع جديد للتبريد في المنطقة الحرة.

وكانت الشركة قد انسحبت قبل عامين من اتفاقية للرمز المشترك مع ناقلة خليجية أخرى، بعد خلاف على تقاسم الإيرادات في الخطوط المشتركة، ولم توقع منذ ذلك الحين أي اتفاقية بديلة في المنطقة.

ويرى محللون أن قطاع الطيران في الدولة يواصل التعافي بقوة بعد الجائحة، إذ تجاوزت أعداد المسافرين عبر مطارات الدولة مستويات ما قبل عام 2020، مدعومة بنمو السياحة وحركة الترانزيت.

وارتفع سهم الناقلة بنسبة ثلاثة في المئة في تعاملات الأمس، فيما أغلق المؤشر العام لسوق دبي المالي على ارتفاع طفيف بدعم من أسهم قطاعي النقل والعقارات.

وفي إحدى مناطق الأعمال بدبي، قال مدير مبيعات في وكالة سفر: «العملاء يسألون عن السعر أولا وعن الوجهة ثانيا. إذا كان التحالف يعني تذاكر أرخص إلى آسيا، فسيكون الموسم جيدا علينا».""",
        [],
        not_targets=["United Arab Emirates"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout86_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout86_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout86_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
