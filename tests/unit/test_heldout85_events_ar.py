"""An eighty-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-four Arabic held-out sets: Arabic copy of 2010-2022 as pan-Arab, Qatari, UN, Libyan,
Turkish, Korean, Egyptian, Saudi, Syrian opposition, Iraqi and Kuwaiti outlets carry it (a London
pan-Arab daily, "بكين - «الشرق الأوسط»", with a Zhejiang restaurateur of Vilnius; a Qatari
channel's site, "كابل - «الجزيرة نت»", with a Kabul bookseller; the UN news service in Arabic,
"نيويورك - «أخبار الأمم المتحدة»", with an aid coordinator in Somalia; a Libyan news site,
"طرابلس - «عين ليبيا»", with a Misrata seaman; the Turkish agency's Arabic service, "أنقرة/
الأناضول", with a protester outside the Dutch consulate; the Korean agency's Arabic service,
"سيول، 6 مايو (يونهاب) --", with a Yongsan software engineer; a Cairo daily, "القاهرة - «اليوم
السابع»", with a fisherman of al-Dabaa; a Saudi news site, "سان سلفادور - «العربية.نت»", with a
San Salvador stall keeper; a Syrian opposition paper, "إدلب - «عنب بلدي»", with a Saraqib teacher;
a Baghdad daily, "بغداد - «المدى»", with a man displaced from Bashiqa; a Saudi daily's sports page,
"جدة - «عكاظ» - رياضة", with an Ittihad fan; and a Kuwaiti daily's economy page, "الكويت - «القبس»
- اقتصاد", with a young accountant) on episodes the earlier sets do not carry as core news: China
sanctioning Lithuania's deputy minister of transport and communications, Agnė Vaičiukevičiūtė, over
her visit to Taiwan, August 2022; the Security Council's Taliban and al-Qaida sanctions committee
removing five former Taliban officials (Wakil Ahmed Muttawakil among them) from its list before the
London conference, January 2010; the Security Council adopting Resolution 2664, the humanitarian
carve-out from the asset freezes of all UN sanctions regimes, December 2022; the Security Council
extending by Resolution 2420 for a year the authorisation to inspect vessels off Libya under the
arms embargo, June 2018; Mevlüt Çavuşoğlu threatening the Netherlands with "heavy" sanctions before
his plane was refused landing for the Rotterdam rally, March 2017; South Korea's National
Intelligence Service joining NATO's Cooperative Cyber Defence Centre of Excellence in Tallinn, May
2022; Egypt and Russia signing the contracts of the al-Dabaa nuclear plant during Vladimir Putin's
visit to Cairo, December 2017; El Salvador establishing diplomatic relations with China after
dropping Taiwan, August 2018; five factions (Jabhat Fateh al-Sham, the Nour al-Din al-Zenki
Movement, Liwa al-Haqq, Jabhat Ansar al-Din and Jaysh al-Sunna) dissolving into Hay'at Tahrir
al-Sham under Abu Jaber, January 2017; Turkish troops with tanks arriving at the Zelkan camp near
Bashiqa, December 2015.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (up to set 102 English and 84 Arabic; docstrings, article texts, annotations and rule
sentences) by states, bodies, people, places, resolution numbers and years in Arabic and English
spellings, reading every hit: "Vaiciukevi"/"فايتشوكيفي" (none) and Lithuania beside China and
sanctions (set 30 English, only a rule sentence of Beijing's sanctions on Lithuania, no article);
the Taliban delistings ("Muttawakil"/"متوكل", "five Taliban", "شطب … طالبان": none; set 74
Arabic has Hekmatyar's delisting asked for, another episode); "2664" (set 16 English names the
exemption only as the background of a later step, "first adopted two years ago"); "2420" and the
other Libya inspection renewals 2357, 2473, 2526, 2578, 2635, 2684 and 2733 (none; set 74 Arabic
carries Resolution 2441 on the petroleum measures, another episode); Turkey beside the Netherlands
(set 30 English carries the threat and the measures of March 2017 only as the historical background
of the normalisation of 2018); "CCDCOE"/"Cooperative Cyber Defence" and the cyber centre in Arabic
(none); "الضبعة"/"Dabaa" (set 13 Arabic names the plant's progress in another article, no signing);
El Salvador beside China or Taiwan (set 26 English only as "El Salvador ... in 2018" in a list of
switches); Hay'at Tahrir al-Sham's forming of 2017 (none; set 23 Arabic has the factions' merger
of January 2025 as a rule row, other sets the group only by name); "Bashiqa"/"بعشيقة" (set 34
English only as a historical presence "since 2015", set 10 Arabic as a rule row, set 49 Arabic
the camp in a memorandum of 2024). Some ninety other candidates were dropped because the search
found them as core news (among them the Rajapaksas, Interpol, the Fifth Corps and the Eighth
Brigade, Sierra Leone's and Liberia's liftings, the Kildani listing, Belarus's suspensions and
lifting, the Myanmar suspensions of 2012, Resolutions 2511, 2590, 2624, 2700 and 2731, the Su-35
and Kurdish referendum threats, the Jordan-Qatar, Kenya-Somalia, Oman-Syria, Morocco-Spain,
Morocco-Germany, Senegal-Iran, Sudan-Iran and Turkey-Israel restorations, the Basra-Aqaba and
Libyan-Turkish memoranda, the PMF law, the special mixed units, the Saudi-Pakistani pact, the
Artemis Accords, Belarus, Kuwait and Saudi Arabia in the SCO, the OPEC and WTO accessions, Eritrea
in IGAD and the Turkish base in Qatar).
Facts the writer is unsure of: the day of the Chinese announcement (12 August 2022) and what the
sanctions on the deputy minister contain; the day of the delisting (26 January 2010), the names
and posts of the five (Abdul Hakim Monib and Mohammad Musa Hottak are written, the other two left
unnamed) and Russia's earlier reservations; Resolution 2664's vote (14 for, India abstaining),
its drafters and its two-year term for the ISIL and al-Qaida regime; Resolution 2420's date (11
June 2018) and its terms; the exact words of Çavuşoğlu's and Erdoğan's threats and the size of the
Turkish community in the Netherlands; the day of the Korean announcement (5 May 2022), Canada's and
Luxembourg's joining on the same day, and the observer role in Locked Shields since 2019; the
signatories, the size of the Russian loan and the building timetable of al-Dabaa; the day of El
Salvador's switch (20 and 21 August 2018) and the port project Taiwan names; the factions of the
merger, the size of the new body and the factions that joined Ahrar al-Sham on 26 January 2017;
the number of Turkish soldiers and tanks at Bashiqa, the day they arrived and the summoning of the
Turkish ambassador.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Dabaa contracts that "توقع مصر وروسيا، اليوم الاثنين", a report of the morning of the
signing), next to historical, negated and stalled ones and a few alertable events that are not
core; two are near
misses: a Saudi football page (a federation that "فرضت … غرامة", a club that "رفعت … الإيقاف" on a
player, "انضمام مهاجم", a club that "وقعت عقدا", a coach's contract "مدد", training "علقت", an
"اتفاقية رعاية") and a Kuwaiti economy page (two banks that "وقعا مذكرة تفاهم" for a merger, a
logistics firm's "انضمامها إلى تحالف عالمي لشركات الشحن", a regulator that "فرضت غرامات", a bourse
that "علقت التداول", an agreement "مددت", teams "نشرت").

The decisions of the annotation, taken before any run: a foreign ministry that announced
"فرض عقوبات على نائبة وزير النقل والاتصالات الليتوانية" and the end of transport cooperation with
Lithuania imposes (core; China; the deputy minister and Lithuania; not Taiwan, which she visited),
the sanctions on Nancy Pelosi "بعد أسبوع من" and the customs' blocking of Lithuanian exports
historical impositions, "ولم تعد ليتوانيا حتى الآن سفيرتها إلى بكين" a negated restoration; the
downgrade of November is no event of a watched type. A committee that "رفعت … أسماء خمسة من المسؤولين
السابقين في حكومة حركة طالبان من قائمتها السوداء" lifts (core; the Security Council; the five,
not the Taliban movement itself), the sanctions "عام 1999 بموجب القرار 1267" a historical
imposition, "ولم يشمل القرار أيا من القادة الحاليين للحركة، وفي مقدمتهم زعيمها الملا محمد عمر" a
negated lifting, the American reinforcements that "تواصل … إرسال" an occurred presence (not
core); the reintegration of fighters into civilian life is no integration into an army. A council
that "اعتمد … قرارا يستثني المساعدات الإنسانية من تدابير تجميد الأصول في جميع أنظمة العقوبات"
suspends, a waiver as the design counts it (core; the Security Council; no target state: the
carve-out covers all regimes), the Afghanistan carve-out of Resolution 2615 "في ديسمبر من العام
الماضي" a historical suspension, "ولا يرفع القرار الجديد أيا من العقوبات القائمة" a negated lifting,
the fourteen regimes on Somalia, Yemen, Libya, Mali and North Korea a historical imposition; India,
which abstained, and Pakistan, named for its charities, are no parties. A council that "مدد …
لمدة اثني عشر شهرا التفويض الممنوح للدول الأعضاء بتفتيش السفن … في انتهاك لحظر السلاح" extends
sanctions (core; the Security Council; Libya): the renewed power to enforce the embargo is the
embargo's renewal as a reader of sanctions news takes it; the embargo "في فبراير 2011 بموجب القرار
1970" a historical imposition, "غير أن المجلس لم يستجب لهذه المطالب" to lift it a negated lifting,
Operation Sophia's ships "منذ عام 2015" a historical presence (no state named as host), the Paris
meeting of May a historical accord. A minister who "هدد … بفرض عقوبات اقتصادية وسياسية «قاسية» على
هولندا" threatens (core; Turkey, Çavuşoğlu and Erdoğan, whose "ولنر كيف ستهبط رحلاتكم" is the same
warning; the Netherlands), "ولم تعلن أنقرة حتى مساء اليوم أي إجراءات عملية ضد هولندا" a negated
imposition; the landing permission withdrawn and the German rallies cancelled are no events of a
watched type, Germany no party. A service that "انضمت رسميا إلى مركز التميز للدفاع السيبراني
التعاوني التابع لحلف شمال الأطلسي" joins (core; South Korea and its National Intelligence Service;
the centre), Canada and Luxembourg admitted "إلى جانب" an occurred joining (not core), "لا تعني
انضمام كوريا الجنوبية إلى حلف الناتو" a negated joining, the American troops "بموجب معاهدة الدفاع
المشترك الموقعة عام 1953" a historical presence and a historical signing; North Korea, blamed for
the attacks, and Estonia, the host, are no parties. Two states that "توقع … اليوم الاثنين، عقود إنشاء
محطة الضبعة" sign, planned (core; Egypt, Russia, Rosatom, el-Sisi and Putin), the
intergovernmental agreement "في نوفمبر 2015" and the loan a historical signing, the protocol on
flights that the two "قد يوقعان … في وقت قريب" no event (a source's "may" is no plan), the draft on
military aircraft "لم توقعه القاهرة حتى الآن" a negated signing; the flights suspended since 2015
are no sanctions. A state that
"أقامت … علاقات دبلوماسية رسمية" with China restores ties (core; El Salvador, China and Wang Yi; not
Taiwan, the United States or Panama), the joint communiqué signed in Beijing an occurred signing
(not core), the Dominican Republic and Burkina Faso "في مايو الماضي" historical restorations, the
Chinese embassy that "من المنتظر أن تفتح" a planned restoration (not core); the break with Taiwan is
no event of a watched type. Five factions that announced "حل نفسها واندماجها الكامل في كيان جديد
حمل اسم «هيئة تحرير الشام»" integrate forces (core; al-Nusra Front, as the knowledge base names
Jabhat Fateh al-Sham, and the Nour al-Din al-Zenki Movement; Hay'at Tahrir al-Sham), the factions
that joined Ahrar al-Sham "الخميس الماضي" a historical integration, "ولم تنضم «أحرار الشام» نفسها
إلى الكيان الجديد" a negated integration, the merger talks that "تعثرت مرارا" a stalled one, the
Astana statement of Russia, Turkey and Iran a historical accord and the Front's listing a
historical imposition. A force that "وصلت … إلى معسكر زليكان في ناحية بعشيقة" is present (core;
Turkey; Iraq), the Turkish trainers "منذ مارس الماضي" and the bases "منذ منتصف التسعينيات"
historical presences, the American advisers "منذ 2014" a historical presence, "لا تنوي إرسال قوات
قتالية إلى جبهات القتال" a negated presence; Baghdad's demand for a withdrawal is no event. The
Saudi sports page and the Kuwaiti economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.800, R 0.700, F1 0.747 (recall
7/10, precision 8/10); occurred core found 7/9, planned 0/1; historical kept quiet 18/18, negated
9/9, stalled 1/1. No annotation was changed after the run. Missed: South Korea's joining
(ar-h85-06), "أنها انضمت رسميا إلى مركز التميز للدفاع السيبراني التعاوني التابع لحلف شمال الأطلسي
(الناتو)", gives no occurred joining (the centre is not in the knowledge base; only the negated
"لا تعني انضمام كوريا الجنوبية إلى حلف الناتو" is read, rightly negated); the Dabaa contracts to be
signed (ar-h85-07), "توقع مصر وروسيا، اليوم الاثنين، عقود إنشاء محطة الضبعة", give no planned
signing (only the historical agreement of 2015 is read); the merger into Hay'at Tahrir al-Sham
(ar-h85-09), "أعلنت خمسة فصائل … حل نفسها واندماجها الكامل في كيان جديد حمل اسم «هيئة تحرير
الشام»", gives no integration (the merger talks that "تعثرت" are read as a stalled agreement of Ahrar
al-Sham and the Front, with Turkey for a target, quiet). Unexpected alerts, not matching any gold
event: in ar-h85-01 the body's "أعلنت وزارة الخارجية الصينية … فرض عقوبات على نائبة وزير" is read a
second time as an imposition by the Chinese foreign ministry with no target (the headline's reading,
China on "وزير ليتوانية", is the one that matches); in ar-h85-03 "تدابير تجميد الأصول" in the lead
("يستثني المساعدات الإنسانية من تدابير تجميد الأصول") is read as an occurred imposition by the
United Nations with no target. Wrong targets: in ar-h85-02 the delisting has the United Kingdom
(from "المؤتمر الدولي حول أفغانستان الذي تستضيفه لندن") and the Taliban as targets; in ar-h85-08
the restoration has Taiwan, the state dropped, beside China. Seen, not counted by the score: the
Lithuanian deputy minister is an unlinked "وزير ليتوانية" and Lithuania is no target; the Security
Council's carve-out has "United Nations" for a second actor; the threat on the Netherlands has
Turkey alone (no Çavuşoğlu or Erdoğan); the Turkish force at Bashiqa has Mosul beside Iraq for a
target, and the American advisers are read with Iraq for actor and the United States for target
(quiet, historical); the Chinese embassy "من المنتظر أن تفتح" is read as a negated restoration of
El Salvador (quiet, gold's planned one is not core); the negated lifting on Libya, Operation Sophia,
the Paris meeting, Canada's and Luxembourg's joining, the negated draft of Dabaa and the American
reinforcements in Afghanistan (read as historical, not as an ongoing deployment) give nothing or
stay quiet. The two near misses raise nothing. Seven articles are strict xfails (ar-h85-06, -07
and -09 on their core events, ar-h85-01, -02, -03 and -08 on their alerts).

After the fixes of 2026-12-07: events P 0.800, R 0.700, F1 0.747 (unchanged: the one cause fixed
was a wrong target, which the score does not count; every quiet event still kept quiet). One
general cause was fixed, pinned by rule sentences of other states and wording in
``test_heldout85_rules_ar.py``: ties cut with another state in the same clause ("وتقطعها مع",
"وقطعت علاقاتها مع") now end the restoration's reach, so the state named after the cut, the one
dropped, is no partner of the ties restored before it ("جمهورية الدومينيكان تقيم علاقات دبلوماسية
مع بكين وتقطعها مع تايبيه" restores with China only); two partners joined by و and a cut of
something else than ties ("وقطعت الطريق أمام الوسطاء") keep their reading (the cue group
``ties_cut`` in ``rasd/events/lexicons/ar.cues.yaml``, ``_ties_cut_end_ar`` in
``rasd/events/roles.py``). ar-h85-08's wrong target is cured and that strict xfail removed. Left,
as strict xfails, for want of time before this round's deadline rather than for want of a general
cause: the NATO cyber centre's joining (ar-h85-06: a body the knowledge base lacks), the planned
Dabaa signing told as "توقع … اليوم" (ar-h85-07), the factions' "حل نفسها واندماجها … في كيان جديد"
(ar-h85-09), the ministry read a second time with no target (ar-h85-01), the London venue taken as
a target (ar-h85-02) and the asset freezes exempted read as an imposition (ar-h85-03).

After the round on general Arabic misses of sets 81 to 90 (``test_general_misses3_rules_ar.py``):
an imposition told again by a body of the same state with no target joins the article's
imposition: ar-h85-01's strict xfail removed. Measures said to remain in force ("تبقى تدابير …
وتجميد أصول … سارية") are no imposition: ar-h85-03's strict xfail removed.

ar-h85-02 cured by ``test_general_misses7_rules_ar.py``'s city of a meeting a measure is timed by
("عشية مؤتمر لندن": no target); its strict xfail removed.

``python -m tests.unit.test_heldout85_events_ar`` prints every article's alerts and the set's
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
_CCDCOE = "NATO Cooperative Cyber Defence Centre of Excellence"
_HTS = "Hay'at Tahrir al-Sham"
_NUSRA = "al-Nusra Front"
_ZENKI = "Nour al-Din al-Zenki Movement"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-01-asharqalawsat-china-sanctions-lithuanian-deputy-minister-2022",
        date(2022, 8, 13),
        """الصين تفرض عقوبات على نائبة وزير ليتوانية بسبب زيارتها تايوان

بكين - «الشرق الأوسط»

أعلنت وزارة الخارجية الصينية، أمس الجمعة، فرض عقوبات على نائبة وزير النقل والاتصالات الليتوانية أغنه فايتشوكيفيتشيوتيه، بسبب زيارتها جزيرة تايوان هذا الأسبوع، في أحدث فصول الأزمة المتصاعدة بين بكين وفيلنيوس منذ أكثر من عام.

وقالت الوزارة، في بيان نشرته على موقعها الإلكتروني، إن بكين قررت أيضا وقف كل أشكال التبادل مع وزارة النقل والاتصالات الليتوانية، ووقف التعاون مع ليتوانيا في مجال النقل البري الدولي، معتبرة أن الزيارة «تدخل فظ في الشؤون الداخلية للصين» و«انتهاك خطير لمبدأ الصين الواحدة».

وكانت المسؤولة الليتوانية قد وصلت إلى تايبيه الأحد الماضي على رأس وفد ضم مسؤولين من قطاعي النقل والاتصالات، وأجرت محادثات مع نظرائها التايوانيين حول الموانئ والسيارات الكهربائية وشبكات الاتصالات، في أول زيارة لمسؤول ليتواني بهذا المستوى منذ اندلاع الخلاف.

ولم توضح الخارجية الصينية طبيعة العقوبات المفروضة على فايتشوكيفيتشيوتيه، غير أن إجراءات مماثلة اتخذتها بكين في السابق شملت حظر دخول الأراضي الصينية، بما فيها هونغ كونغ وماكاو، ومنع الشركات والمؤسسات الصينية من التعامل مع المعنيين.

وتأتي الخطوة بعد أسبوع من إعلان بكين فرض عقوبات على رئيسة مجلس النواب الأمريكي نانسي بيلوسي وأفراد عائلتها المباشرين، ردا على زيارتها تايوان مطلع الشهر الجاري، وهي الزيارة التي أعقبتها مناورات عسكرية صينية غير مسبوقة حول الجزيرة.

وتعود جذور الأزمة إلى سماح فيلنيوس العام الماضي بافتتاح مكتب تمثيلي لتايوان يحمل اسم الجزيرة بدلا من اسم عاصمتها، وهو ما دفع بكين في نوفمبر الماضي إلى خفض مستوى التمثيل الدبلوماسي مع ليتوانيا إلى درجة القائم بالأعمال، ثم إلى عرقلة الصادرات الليتوانية في موانئها وجماركها مطلع العام الجاري.

ورفع الاتحاد الأوروبي في يناير الماضي شكوى ضد الصين أمام منظمة التجارة العالمية، متهما إياها بممارسة «إكراه اقتصادي» على دولة عضو. ولم تعد ليتوانيا حتى الآن سفيرتها إلى بكين، بعد أن استدعتها للتشاور في سبتمبر من العام الماضي.

وفي فيلنيوس، قالت وزارة الخارجية الليتوانية إنها «تأسف» للقرار، مؤكدة أن ليتوانيا، شأنها شأن دول أوروبية كثيرة، تطور علاقات اقتصادية وثقافية مع تايوان من دون أن يتعارض ذلك مع سياستها تجاه الصين.

ويرى محللون أن العقوبات ذات طابع رمزي إلى حد بعيد، لأن التبادل بين وزارتي النقل في البلدين محدود أصلا، لكنها تحمل رسالة إلى عواصم أوروبية أخرى تدرس توسيع اتصالاتها مع تايبيه.

وفي أحد المطاعم الصينية القليلة في العاصمة الليتوانية، قال صاحبه، وهو مهاجر من مقاطعة تشجيانغ يعيش في فيلنيوس منذ خمسة عشر عاما: «الزبائن ما زالوا يأتون كالعادة. السياسة في مكان ونحن في مكان آخر، لكن الشحنات القادمة من الصين صارت تتأخر أكثر من قبل».""",
        [
            G("sanctions.imposed", "occurred", ["China"], ["Agnė Vaičiukevičiūtė", "Lithuania"]),
            # the sanctions on Pelosi "بعد أسبوع من"
            G("sanctions.imposed", "historical", ["China"], ["Nancy Pelosi"], core=False),
            # the exports blocked "مطلع العام الجاري"
            G("sanctions.imposed", "historical", ["China"], ["Lithuania"], core=False),
            # "ولم تعد ليتوانيا حتى الآن سفيرتها إلى بكين"
            G("relations.restored", "negated", ["Lithuania"], ["China"], core=False),
        ],
        not_targets=["Taiwan", "Hong Kong"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-02-aljazeera-net-un-delists-five-former-taliban-officials-2010",
        date(2010, 1, 27),
        """مجلس الأمن يشطب خمسة من مسؤولي طالبان السابقين من قائمة العقوبات عشية مؤتمر لندن

كابل - «الجزيرة نت»

رفعت لجنة العقوبات التابعة لمجلس الأمن الدولي والمعنية بحركة طالبان وتنظيم القاعدة، أمس الثلاثاء، أسماء خمسة من المسؤولين السابقين في حكومة حركة طالبان من قائمتها السوداء، في خطوة طالما طالبت بها حكومة الرئيس الأفغاني حامد كرزاي لتشجيع المصالحة مع المسلحين.

وأوضحت مصادر دبلوماسية في نيويورك أن الأسماء المحذوفة تشمل وزير الخارجية الأسبق في حكومة طالبان وكيل أحمد متوكل، وعبد الحكيم منيب الذي شغل منصب نائب وزير شؤون الحدود، ومحمد موسى هوتك نائب وزير التخطيط الأسبق، إضافة إلى اثنين آخرين، وهم جميعا ممن قطعوا صلتهم بالحركة أو تعاونوا مع الحكومة الأفغانية بعد سقوطها أواخر عام 2001.

وبموجب القرار، لم يعد الخمسة خاضعين لحظر السفر وتجميد الأصول وحظر توريد الأسلحة المطبقة على المدرجين في القائمة، وهو ما يتيح لهم التنقل بحرية والمشاركة في أي مسار تفاوضي محتمل.

وجاءت الخطوة قبل يومين من المؤتمر الدولي حول أفغانستان الذي تستضيفه لندن الخميس بمشاركة نحو سبعين دولة ومنظمة، ويتوقع أن يناقش خطة كرزاي لإعادة دمج المقاتلين الذين يتخلون عن السلاح في الحياة المدنية مقابل وظائف وحوافز مالية.

وكان مجلس الأمن قد فرض العقوبات على حركة طالبان عام 1999 بموجب القرار 1267، بعد رفضها تسليم زعيم تنظيم القاعدة أسامة بن لادن، ثم وسعها في السنوات التالية لتشمل التنظيم نفسه وعددا كبيرا من قادته.

وكانت الحكومة الأفغانية قد تقدمت منذ سنوات بطلبات لشطب عشرات الأسماء من القائمة، غير أن بعض الدول الأعضاء في المجلس تحفظت على أي شطب قبل التحقق من قطع المعنيين صلاتهم بالحركة نهائيا.

ولم يشمل القرار أيا من القادة الحاليين للحركة، وفي مقدمتهم زعيمها الملا محمد عمر، الذي تقول الحكومة الأفغانية إن أي حوار معه غير وارد ما لم يعلن قطع علاقته بتنظيم القاعدة.

في المقابل، قلل متحدث باسم طالبان، في اتصال هاتفي مع وكالات أنباء، من أهمية الخطوة، مؤكدا أن الحركة «لن تدخل في أي مفاوضات ما دامت القوات الأجنبية على أرض أفغانستان».

وكان متوكل قد سلم نفسه للقوات الأمريكية في قندهار مطلع عام 2002، وأمضى فترة في الاعتقال قبل أن يطلق سراحه ويقيم في كابل. وفي الأثناء، تواصل الولايات المتحدة إرسال نحو ثلاثين ألف جندي إضافي إلى أفغانستان، تنفيذا للاستراتيجية التي أعلنها الرئيس باراك أوباما في ديسمبر الماضي.

وفي أحد أسواق كابل القديمة، قال بائع كتب مستعملة: «الأسماء تخرج من القوائم وتدخل إليها، ونحن ننتظر شيئا واحدا هو أن يتوقف القتال. من يأتي بالسلام نرحب به أيا كان».""",
        [
            G("sanctions.lifted", "occurred", [_UNSC],
              ["Wakil Ahmed Muttawakil", "Abdul Hakim Monib", "Mohammad Musa Hottak"]),
            # "عام 1999 بموجب القرار 1267"
            G("sanctions.imposed", "historical", [_UNSC], ["Taliban"], core=False),
            # "ولم يشمل القرار أيا من القادة الحاليين للحركة، وفي مقدمتهم زعيمها الملا محمد عمر"
            G("sanctions.lifted", "negated", [_UNSC], ["Mohammed Omar", "Taliban"], core=False),
            # the American reinforcements being sent
            G("military.presence", "occurred", [_US, "Barack Obama"], ["Afghanistan"], core=False),
        ],
        not_targets=["United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-03-un-news-security-council-humanitarian-carve-out-2664-2022",
        date(2022, 12, 10),
        """مجلس الأمن يقر استثناء إنسانيا شاملا من تدابير تجميد الأصول في أنظمة العقوبات الأممية

نيويورك - «أخبار الأمم المتحدة»

اعتمد مجلس الأمن الدولي، أمس الجمعة، قرارا يستثني المساعدات الإنسانية من تدابير تجميد الأصول في جميع أنظمة العقوبات التي يفرضها، في خطوة وصفتها وكالات الإغاثة بأنها «تاريخية» لأنها ترفع عن كاهلها عبئا قانونيا ظل يعرقل عملها في مناطق النزاع لسنوات.

وحظي القرار 2664، الذي صاغته الولايات المتحدة وأيرلندا، بتأييد أربعة عشر عضوا، فيما امتنعت الهند عن التصويت.

وينص القرار على أن توفير الأموال أو الأصول المالية أو الموارد الاقتصادية، أو معالجتها أو دفعها، متى كان ذلك ضروريا لضمان إيصال المساعدات الإنسانية في الوقت المناسب أو لدعم أنشطة أخرى تلبي الاحتياجات الإنسانية الأساسية، مسموح به ولا يشكل انتهاكا لتدابير تجميد الأصول التي فرضها المجلس أو لجان الجزاءات التابعة له.

ويشمل الاستثناء وكالات الأمم المتحدة وصناديقها، والمنظمات التي تحظى بصفة مراقب في الجمعية العامة، واللجنة الدولية للصليب الأحمر، والمنظمات غير الحكومية الشريكة لها، ويطبق على نظام العقوبات المفروض على تنظيمي «داعش» والقاعدة لمدة عامين، على أن يقرر المجلس قبل انقضائهما ما إذا كان سيبقي عليه.

وقالت المندوبة الأمريكية الدائمة ليندا توماس-غرينفيلد إن القرار «سينقذ أرواحا»، مشيرة إلى أن المنظمات الإنسانية كانت تضطر إلى طلب إعفاءات منفصلة في كل حالة، ما يؤخر وصول الغذاء والدواء إلى المحتاجين.

في المقابل، أوضحت الهند، التي تتولى رئاسة المجلس هذا الشهر، أنها امتنعت عن التصويت بسبب مخاوف من أن تستغل جماعات مصنفة إرهابية في جوارها الاستثناء لجمع الأموال وتجنيد المقاتلين، مشيرة إلى منظمات خيرية تعمل واجهات لتلك الجماعات في باكستان.

وكان المجلس قد أقر في ديسمبر من العام الماضي استثناء إنسانيا مماثلا يقتصر على أفغانستان، بعد سيطرة حركة طالبان على السلطة، وذلك في القرار 2615.

ولا يرفع القرار الجديد أيا من العقوبات القائمة، إذ تبقى تدابير حظر الأسلحة وحظر السفر وتجميد أصول الأفراد والكيانات المدرجين في القوائم الأممية سارية بالكامل.

ويدير مجلس الأمن حاليا أربعة عشر نظاما للعقوبات، من بينها أنظمة تخص الصومال واليمن وليبيا ومالي وكوريا الشمالية، وتتولى الإشراف على كل منها لجنة جزاءات يعاونها في الغالب فريق من الخبراء.

وقال منسق للشؤون الإنسانية في منظمة دولية تعمل في جنوب الصومال: «فرقنا ستتنفس الصعداء. كنا نفاوض على كل شحنة، ونخشى أن يتهمنا أحد بخرق العقوبات لمجرد أننا دفعنا رسوما عند نقطة تفتيش».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], []),
            # the Afghanistan carve-out of Resolution 2615 "في ديسمبر من العام الماضي"
            G("sanctions.suspended", "historical", [_UNSC], ["Afghanistan", "Taliban"], core=False),
            # "ولا يرفع القرار الجديد أيا من العقوبات القائمة"
            G("sanctions.lifted", "negated", [_UNSC], [], core=False),
            # the regimes on Somalia, Yemen, Libya, Mali and North Korea
            G("sanctions.imposed", "historical", [_UNSC],
              ["Somalia", "Yemen", "Libya", "Mali", "North Korea"], core=False),
        ],
        not_targets=["India", "Pakistan", "Ireland", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-04-ainlibya-security-council-2420-libya-inspections-2018",
        date(2018, 6, 12),
        """مجلس الأمن يمدد عاما تفويض تفتيش السفن المشتبه في خرقها حظر السلاح على ليبيا

طرابلس - «عين ليبيا»

مدد مجلس الأمن الدولي، أمس الاثنين، لمدة اثني عشر شهرا التفويض الممنوح للدول الأعضاء بتفتيش السفن في أعالي البحار قبالة السواحل الليبية، إذا توافرت أسباب معقولة للاعتقاد بأنها تنقل أسلحة أو مواد ذات صلة إلى ليبيا أو منها، في انتهاك لحظر السلاح المفروض على البلاد.

وجاء التمديد في القرار 2420، الذي يسمح للدول، منفردة أو من خلال منظمات إقليمية، بضبط ما تعثر عليه من أسلحة خلال عمليات التفتيش والتخلص منها، على أن تبلغ لجنة العقوبات المعنية بليبيا بتفاصيل كل عملية ونتائجها.

ويستفيد من التفويض بشكل أساسي الاتحاد الأوروبي، الذي تنتشر قطعه البحرية في وسط البحر المتوسط منذ عام 2015 ضمن العملية «صوفيا»، المكلفة أصلا بمكافحة شبكات تهريب المهاجرين، قبل أن تضاف إلى مهامها مراقبة تنفيذ حظر السلاح في عام 2016.

وكان مجلس الأمن قد فرض حظر السلاح على ليبيا في فبراير 2011 بموجب القرار 1970، بعد حملة القمع التي شنتها قوات العقيد معمر القذافي على المحتجين، ولا يزال الحظر ساريا بعد سقوط النظام بسنوات.

وطالبت حكومة الوفاق الوطني، المعترف بها دوليا، مرارا برفع الحظر جزئيا للسماح بتسليح قواتها في مواجهة تنظيم «داعش» والجماعات المسلحة الخارجة عن سلطتها، غير أن المجلس لم يستجب لهذه المطالب حتى الآن.

وقال مندوب ليبيا لدى الأمم المتحدة، في كلمته بعد التصويت، إن بلاده «تتفهم» أهمية وقف تدفق السلاح إلى الجماعات الخارجة عن القانون، لكنها تطالب بألا «يتحول الحظر إلى قيد على مؤسسات الدولة الشرعية».

ويتهم خبراء الأمم المتحدة، في تقاريرهم الدورية، عددا من الدول بخرق الحظر عبر تزويد أطراف النزاع بالأسلحة والطائرات المسيرة والمركبات المدرعة، سواء عن طريق البحر أو عبر الحدود البرية الجنوبية الواسعة التي يصعب ضبطها.

وتشهد ليبيا انقساما سياسيا منذ عام 2014 بين حكومة الوفاق في طرابلس وسلطات موازية في الشرق يدعمها المشير خليفة حفتر، فيما لم يحسم بعد موعد الانتخابات التي اتفق رئيس المجلس الرئاسي فايز السراج وحفتر ورئيسا مجلسي النواب والدولة، خلال لقائهم في باريس الشهر الماضي، على تنظيمها قبل نهاية العام.

ويرى دبلوماسيون أن التفويض يبقى محدود الأثر ما دامت معظم الشحنات تصل برا أو جوا، وأن السفن الأوروبية لم تعترض خلال العامين الماضيين سوى عدد قليل من الشحنات المشبوهة.

وفي ميناء مصراتة، قال بحار يعمل على سفينة شحن تجارية: «نحن نعرف أن السفن قد تتعرض للتفتيش في أي وقت، وهذا حقهم. لكننا نخسر أياما في الانتظار، والبضاعة لا تنتظر أحدا».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Libya"]),
            # the embargo "في فبراير 2011 بموجب القرار 1970"
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "غير أن المجلس لم يستجب لهذه المطالب" to lift it in part
            G("sanctions.lifted", "negated", [_UNSC], ["Libya", "Government of National Accord"], core=False),
            # Operation Sophia's ships "منذ عام 2015"
            G("military.presence", "historical", ["European Union", "Operation Sophia"], [], core=False),
            # the Paris meeting "الشهر الماضي"
            G("agreement.signed", "historical", ["Fayez al-Sarraj", "Khalifa Haftar"], [], core=False),
        ],
        not_targets=["France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-05-anadolu-cavusoglu-threatens-netherlands-sanctions-2017",
        date(2017, 3, 11),
        """جاويش أوغلو يلوح بعقوبات «قاسية» على هولندا إذا منعت زيارته إلى روتردام

أنقرة/ الأناضول

هدد وزير الخارجية التركي مولود جاويش أوغلو، اليوم السبت، بفرض عقوبات اقتصادية وسياسية «قاسية» على هولندا، إذا منعته سلطاتها من زيارة مدينة روتردام، حيث كان من المقرر أن يلتقي أبناء الجالية التركية ويحثهم على التصويت لصالح التعديلات الدستورية في الاستفتاء المقرر في 16 أبريل المقبل.

وقال جاويش أوغلو، في تصريحات لقناة «سي إن إن تورك»، إنه سيتوجه إلى روتردام «مهما كانت الظروف»، مضيفا: «إذا منعوا زيارتي فإن ردنا سيكون قاسيا، وسنفرض عليهم عقوبات شديدة تطال علاقاتنا الاقتصادية والسياسية».

وبعد ساعات من تصريحاته، أعلنت الحكومة الهولندية سحب إذن هبوط طائرة الوزير التركي في الأراضي الهولندية، معتبرة أن التلويح بالعقوبات يجعل «البحث عن حل مقبول أمرا مستحيلا»، ومشيرة إلى مخاوف تتعلق بالنظام العام والأمن.

وردا على ذلك، انتقد رئيس الجمهورية رجب طيب أردوغان، خلال تجمع جماهيري في إسطنبول، القرار الهولندي بشدة، واصفا إياه بأنه من «بقايا النازية»، وقال: «امنعوا وزير خارجيتنا من الهبوط كما تشاؤون، ولنر كيف ستهبط رحلاتكم في تركيا من الآن فصاعدا».

وكانت السلطات الهولندية قد أبلغت أنقرة في وقت سابق من الأسبوع أنها لا ترحب بالزيارة، فيما ألغت الجهة المالكة للقاعة التي كان من المقرر أن يعقد فيها التجمع الحجز بطلب من بلدية روتردام.

وتأتي الأزمة بعد أيام من إلغاء عدد من البلديات الألمانية تجمعات مماثلة لوزراء أتراك، وهو ما دفع أردوغان إلى اتهام برلين بممارسات «لا تختلف عن ممارسات النازيين».

ولم تعلن أنقرة حتى مساء اليوم أي إجراءات عملية ضد هولندا، غير أن مصادر دبلوماسية تركية أكدت للأناضول أن «كل الخيارات مطروحة على الطاولة».

وتعيش في هولندا جالية تركية يقدر عددها بنحو أربعمئة ألف شخص، يحق لقرابة ربع مليون منهم التصويت في الاستفتاء. وتجري هولندا من جهتها انتخابات تشريعية الأربعاء المقبل، يتنافس فيها حزب رئيس الوزراء مارك روته مع حزب الحرية اليميني المتطرف بزعامة خيرت فيلدرز، الذي يرفع شعارات معادية للمهاجرين.

وقال روته، في منشور على صفحته في «فيسبوك»، إن بلاده «لن تخضع للابتزاز»، مؤكدا أن حكومته «سعت إلى حل معقول، لكن تركيا لم تحترم القواعد».

وأمام القنصلية الهولندية في إسطنبول، تجمع عشرات المحتجين مساء اليوم حاملين الأعلام التركية. وقال أحدهم، وهو موظف في الثلاثينيات من عمره: «وزيرنا ليس ضيفا غير مرغوب فيه. إذا كانوا يتحدثون عن الديمقراطية فليسمحوا لنا بأن نتحدث مع أهلنا».""",
        [
            G("sanctions.threatened", "occurred", ["Turkey", "Mevlüt Çavuşoğlu", "Recep Tayyip Erdoğan"],
              ["Netherlands"]),
            # "ولم تعلن أنقرة حتى مساء اليوم أي إجراءات عملية ضد هولندا"
            G("sanctions.imposed", "negated", ["Turkey"], ["Netherlands"], core=False),
        ],
        not_targets=["Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-06-yonhap-south-korea-joins-nato-cyber-centre-2022",
        date(2022, 5, 6),
        """كوريا الجنوبية تنضم إلى مركز الناتو للدفاع السيبراني كأول دولة آسيوية

سيول، 6 مايو (يونهاب) -- أعلنت دائرة الاستخبارات الوطنية في كوريا الجنوبية، يوم الخميس، أنها انضمت رسميا إلى مركز التميز للدفاع السيبراني التعاوني التابع لحلف شمال الأطلسي (الناتو)، لتصبح كوريا الجنوبية أول دولة آسيوية تنال العضوية في المركز الذي يتخذ من العاصمة الإستونية تالين مقرا له.

وقالت الدائرة إن اللجنة التوجيهية للمركز وافقت على قبول كوريا الجنوبية بصفة «مشارك مساهم»، إلى جانب كندا ولوكسمبورغ، ليرتفع عدد الدول المشاركة في المركز إلى اثنتين وثلاثين دولة، من بينها سبع وعشرون دولة عضوا في الحلف.

ويضم المركز، الذي أنشئ عام 2008 بعد هجمات إلكترونية واسعة استهدفت المؤسسات الحكومية والمصارف في إستونيا، خبراء من الدول المشاركة، ويعنى بالبحث والتدريب وتطوير الأطر القانونية للأمن السيبراني، كما ينظم سنويا مناورة «الدروع المقفلة» التي تعد من أكبر المناورات السيبرانية الدولية.

وأوضحت الدائرة أنها ستوفد عددا من موظفيها للعمل في المركز، وأنها تعتزم المشاركة في المناورة المقبلة بصورة كاملة، بعد أن شاركت فيها بصفة مراقب منذ عام 2019.

وقال مسؤول في الدائرة إن الانضمام «سيعزز قدرة كوريا الجنوبية على التصدي للهجمات الإلكترونية المتزايدة»، في إشارة إلى عمليات القرصنة التي تنسبها سيول إلى مجموعات مرتبطة بكوريا الشمالية، والتي استهدفت مؤسسات حكومية ومصارف ومنصات لتداول العملات المشفرة خلال السنوات الأخيرة.

وأكد المسؤول أن الخطوة «لا تعني انضمام كوريا الجنوبية إلى حلف الناتو»، موضحا أن المركز هيئة دولية معتمدة من الحلف، لكنها ليست جزءا من هيكل قيادته العسكرية، وأن المشاركة فيها لا ترتب أي التزامات دفاعية.

وتأتي الخطوة قبل أيام من تنصيب الرئيس المنتخب يون سوك-يول، الذي تعهد خلال حملته الانتخابية بتعزيز التعاون مع الولايات المتحدة وحلفائها في مجالي الأمن السيبراني والفضاء، وبتوسيع الشراكات مع الدول الأوروبية.

وينتشر في كوريا الجنوبية نحو ثمانية وعشرين ألفا وخمسمئة جندي أمريكي بموجب معاهدة الدفاع المشترك الموقعة بين البلدين عام 1953، في أعقاب الحرب الكورية.

ويقول خبراء إن الهجمات الإلكترونية تحولت إلى مصدر دخل رئيسي لبيونغ يانغ في ظل العقوبات الدولية، إذ تقدر جهات متخصصة أن مجموعات القرصنة المرتبطة بها سرقت مئات الملايين من الدولارات من منصات العملات المشفرة.

وفي حي يونغسان بالعاصمة، قال مهندس برمجيات شاب يعمل في شركة لأمن المعلومات: «الهجمات لا تتوقف يوما واحدا. إذا كان التعاون مع الآخرين يعني أننا سنعرف بالهجوم قبل أن يصل إلينا فهذا أمر جيد للجميع».""",
        [
            G("alliance.joined", "occurred", ["South Korea", "National Intelligence Service"], [_CCDCOE]),
            # Canada and Luxembourg admitted "إلى جانب"
            G("alliance.joined", "occurred", ["Canada", "Luxembourg"], [_CCDCOE], core=False),
            # "لا تعني انضمام كوريا الجنوبية إلى حلف الناتو"
            G("alliance.joined", "negated", ["South Korea"], ["NATO"], core=False),
            # the American troops under the treaty of 1953
            G("military.presence", "historical", [_US], ["South Korea"], core=False),
            G("agreement.signed", "historical", [_US, "South Korea"], [], core=False),
        ],
        not_targets=["North Korea", "Estonia"],
        known_miss=(
            'the joining of the NATO cyber centre, a body the knowledge base lacks, gives no occurred joining'
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-07-youm7-egypt-russia-to-sign-dabaa-contracts-2017",
        date(2017, 12, 11),
        """مصر وروسيا توقعان اليوم عقود محطة الضبعة النووية خلال زيارة بوتين للقاهرة

القاهرة - «اليوم السابع»

توقع مصر وروسيا، اليوم الاثنين، عقود إنشاء محطة الضبعة للطاقة النووية على ساحل البحر المتوسط، بحضور الرئيس عبد الفتاح السيسي والرئيس الروسي فلاديمير بوتين، خلال زيارة قصيرة يجريها الأخير إلى القاهرة، بحسب ما أعلنت رئاسة الجمهورية.

ومن المقرر أن يوقع العقود عن الجانب المصري وزير الكهرباء والطاقة المتجددة الدكتور محمد شاكر، وعن الجانب الروسي المدير العام لمؤسسة «روساتوم» الحكومية أليكسي ليخاتشوف، في قصر الاتحادية، وتشمل إنشاء أربع وحدات بقدرة 1200 ميجاوات لكل منها، وتوريد الوقود النووي طوال عمر المحطة، وتدريب العاملين، والمساعدة في تشغيل المحطة وصيانتها، وإدارة الوقود المستهلك.

وقال المتحدث باسم رئاسة الجمهورية إن المباحثات بين الرئيسين ستتناول أيضا التعاون الاقتصادي والعسكري والأوضاع في سوريا وليبيا، مشيرا إلى أن توقيع العقود «يتوج سنوات من العمل المشترك» في المشروع الذي يوصف بأنه الأكبر في تاريخ التعاون بين البلدين منذ بناء السد العالي.

وكان البلدان قد وقعا في نوفمبر 2015 اتفاقية حكومية للتعاون في إنشاء المحطة، تبعها اتفاق تمنح روسيا بموجبه مصر قرضا بقيمة 25 مليار دولار لتمويل نحو 85 في المئة من تكلفة المشروع، يسدد على مدى اثنين وعشرين عاما.

وتتطلع القاهرة إلى أن تحمل الزيارة إعلانا روسيا باستئناف الرحلات الجوية المباشرة بين موسكو والقاهرة، المتوقفة منذ تحطم طائرة ركاب روسية فوق سيناء في أكتوبر 2015، وتقول مصادر في وزارة الطيران المدني إن البلدين قد يوقعان بروتوكولا بهذا الشأن في وقت قريب.

ولا يتوقع أن تتضمن الزيارة أي إعلان بشأن عودة الرحلات إلى منتجعي شرم الشيخ والغردقة، اللذين يعتمد عليهما قطاع السياحة المصري بدرجة كبيرة.

وكانت الحكومة الروسية قد نشرت الشهر الماضي مشروع اتفاق مع مصر يسمح للطائرات العسكرية لكل من البلدين باستخدام المجال الجوي والمطارات العسكرية للبلد الآخر بعد إخطار مسبق، وهو مشروع لم توقعه القاهرة حتى الآن.

ومن المنتظر أن تبدأ أعمال الإنشاء الفعلية للوحدة الأولى خلال عامين، على أن تدخل الخدمة في النصف الثاني من العقد المقبل، وفقا للجدول الزمني الذي أعلنته هيئة المحطات النووية، التي أكدت أن نسبة المكون المحلي ستبدأ بعشرين في المئة وترتفع تدريجيا في الوحدات التالية.

ويرى خبراء في قطاع الطاقة أن المحطة ستساعد مصر على تنويع مصادر الكهرباء وتخفيف الاعتماد على الغاز الطبيعي، فيما يحذر آخرون من أعباء القرض على الموازنة العامة.

وفي مدينة الضبعة، قال صياد من أبناء المنطقة، التي شهدت سنوات من الجدل حول تعويض الأهالي عن أراضيهم: «سمعنا عن المحطة منذ الثمانينيات. أهم شيء أن يشتغل شبابنا فيها، وألا ننسى بعد أن ينتهي الكلام».""",
        [
            G("agreement.signed", "planned", ["Egypt", "Russia", "Rosatom", "Abdel Fattah el-Sisi",
                                              "Vladimir Putin"], []),
            # the intergovernmental agreement "في نوفمبر 2015" and the loan
            G("agreement.signed", "historical", ["Egypt", "Russia"], [], core=False),
            # the protocol on flights the two "قد يوقعان … في وقت قريب" (may: no plan)
            # the draft on military aircraft "لم توقعه القاهرة حتى الآن"
            G("agreement.signed", "negated", ["Egypt", "Russia"], [], core=False),
        ],
        known_miss='"توقع مصر وروسيا، اليوم الاثنين، عقود …" gives no planned signing',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-08-alarabiya-net-el-salvador-establishes-ties-with-china-2018",
        date(2018, 8, 22),
        """السلفادور تقيم علاقات دبلوماسية مع الصين وتقطعها مع تايوان

سان سلفادور - «العربية.نت»

أقامت السلفادور والصين، أمس الثلاثاء، علاقات دبلوماسية رسمية، بعد ساعات من إعلان سان سلفادور قطع علاقاتها مع تايوان، لتصبح ثالث دولة تتخلى عن تايبيه منذ مطلع العام الجاري.

ووقع وزير الخارجية الصيني وانغ يي ونظيره السلفادوري كارلوس كاستانيدا في بكين بيانا مشتركا بإقامة العلاقات على مستوى السفراء، أكدت فيه السلفادور اعترافها بأن «هناك صينا واحدة في العالم»، وبأن حكومة جمهورية الصين الشعبية هي الحكومة الشرعية الوحيدة التي تمثلها.

وكان الرئيس السلفادوري سلفادور سانشيز سيرين قد أعلن، في خطاب متلفز مساء الاثنين، أن حكومته قررت قطع العلاقات مع تايوان، معتبرا أن الخطوة «تصب في مصلحة البلاد» وستفتح «فرصا هائلة» للتعاون مع ثاني أكبر اقتصاد في العالم.

وردت تايوان بإعلان قطع علاقاتها مع السلفادور وإغلاق سفارتها هناك، واتهمت رئيستها تساي إنغ-ون بكين بممارسة «دبلوماسية الدولار»، مؤكدة أن تايبيه «لن تدخل في منافسة مالية» لشراء الاعتراف بها. وقالت الخارجية التايوانية إن سان سلفادور طلبت تمويلا ضخما لمشروع ميناء في شرق البلاد، وهو ما رفضته تايبيه.

وبذلك يتراجع عدد الدول التي تعترف بتايوان إلى سبع عشرة دولة، بعد أن أقامت جمهورية الدومينيكان علاقات دبلوماسية مع بكين في مايو الماضي، وتبعتها بوركينا فاسو في الشهر نفسه.

وأبدت الولايات المتحدة «خيبة أملها» من القرار، وقالت سفارتها في سان سلفادور إنها «ستعيد تقييم» علاقتها بالحكومة السلفادورية. وتعد واشنطن الشريك التجاري الأول للسلفادور، ويعيش فيها أكثر من مليوني سلفادوري يرسلون إلى بلدهم تحويلات مالية تعادل نحو خمس الناتج المحلي الإجمالي.

ويرى محللون في المنطقة أن قرار السلفادور قد يشجع دولا أخرى في أمريكا الوسطى على السير في الاتجاه نفسه، بعد أن سبقتها كوستاريكا في 2007 وبنما العام الماضي، فيما تتابع هندوراس وغواتيمالا التطورات عن كثب.

ومن المنتظر أن تفتح الصين سفارة في سان سلفادور خلال الأسابيع المقبلة، فيما لم تعلن الحكومة السلفادورية بعد موعد افتتاح سفارتها في بكين.

وفي السوق المركزي بالعاصمة، قال بائع أدوات منزلية يستورد معظم بضاعته من الصين عبر وسطاء في بنما: «كنا نشتري البضاعة الصينية منذ سنوات من دون سفارة. الآن ربما تصبح التأشيرات أسهل ونسافر بأنفسنا إلى هناك».""",
        [
            G("relations.restored", "occurred", ["El Salvador", "China", "Wang Yi"], []),
            # the joint communiqué signed in Beijing
            G("agreement.signed", "occurred", ["El Salvador", "China", "Wang Yi"], [], core=False),
            # the Dominican Republic and Burkina Faso "في مايو الماضي"; Costa Rica and Panama before
            G("relations.restored", "historical", ["Dominican Republic", "Burkina Faso"], ["China"],
              core=False),
            G("relations.restored", "historical", ["Costa Rica", "Panama"], ["China"], core=False),
            # the Chinese embassy "من المنتظر أن تفتح"
            G("relations.restored", "planned", ["China"], ["El Salvador"], core=False),
        ],
        not_targets=["Taiwan", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-09-enab-baladi-five-factions-merge-into-hts-2017",
        date(2017, 1, 29),
        """خمسة فصائل تندمج في «هيئة تحرير الشام» بقيادة أبو جابر

إدلب - «عنب بلدي»

أعلنت خمسة فصائل عسكرية في الشمال السوري، أمس السبت، حل نفسها واندماجها الكامل في كيان جديد حمل اسم «هيئة تحرير الشام»، بقيادة القائد العام السابق لحركة «أحرار الشام الإسلامية» هاشم الشيخ المعروف بـ«أبو جابر».

وضم التشكيل الجديد كلا من «جبهة فتح الشام» و«حركة نور الدين الزنكي» و«لواء الحق» و«جبهة أنصار الدين» و«جيش السنة»، بحسب بيان مصور بثته الفصائل عبر معرفاتها الرسمية، أكدت فيه أن الاندماج جاء «حفاظا على مكتسبات الثورة» و«توحيدا للصف» في مواجهة ما وصفته بـ«المؤامرات» التي تحاك ضدها.

وجاء الإعلان بعد أيام من مواجهات عنيفة بين «جبهة فتح الشام» وعدد من فصائل «الجيش الحر» في ريفي إدلب وحلب الغربي، اتهمت خلالها الجبهة تلك الفصائل بالتآمر عليها بعد مشاركتها في محادثات أستانة.

وكانت محادثات أستانة، التي عقدت يومي الاثنين والثلاثاء الماضيين برعاية روسيا وتركيا وإيران، قد انتهت ببيان ختامي أعلنت فيه الدول الثلاث إنشاء آلية ثلاثية لمراقبة وقف إطلاق النار، وأكدت عزمها على مواصلة قتال تنظيم «الدولة الإسلامية» و«جبهة النصرة».

وفي المقابل، أعلنت حركة «أحرار الشام» الخميس الماضي انضمام عدد من الفصائل إليها، أبرزها «ألوية صقور الشام» و«جيش المجاهدين» و«تجمع فاستقم كما أمرت» وقطاعات من «جيش الإسلام» و«الجبهة الشامية» في إدلب وريف حلب الغربي، في خطوة قال مراقبون إنها جاءت لحماية تلك الفصائل من هجمات الجبهة.

ولم تنضم «أحرار الشام» نفسها إلى الكيان الجديد، رغم التحاق أبو جابر وعدد من قادتها به، إذ أكدت الحركة في بيان أنها «ماضية في مشروعها»، داعية إلى وقف الاقتتال وتحكيم «لجان شرعية مستقلة» في الخلافات بين الفصائل.

وكانت مفاوضات الاندماج بين «أحرار الشام» و«جبهة فتح الشام» قد تعثرت مرارا خلال الأشهر الماضية، بسبب خلافات حول ارتباط الجبهة السابق بتنظيم «القاعدة» والموقف من التنسيق مع تركيا.

ويقدر ناشطون عدد مقاتلي التشكيل الجديد بعشرات الآلاف، وينتشر هؤلاء في أجزاء واسعة من محافظة إدلب وريف حلب الغربي، فيما تبقى «جبهة فتح الشام» مدرجة على قوائم الإرهاب الأمريكية والأممية منذ أن كانت تحمل اسم «جبهة النصرة».

ويخشى سكان في المنطقة أن يمنح الاندماج مبررا لتكثيف الغارات الجوية على المدن والبلدات، بعد أن أكدت موسكو مرارا أن الهدنة لا تشمل الجبهة ومن يتحالف معها.

وفي مدينة سراقب، قال مدرس في مدرسة ابتدائية: «الناس تعبت من الاقتتال بين الفصائل. كل يوم اسم جديد وراية جديدة، والطيران فوق رؤوسنا لا يفرق بين أحد».""",
        [
            G("forces.integrated", "occurred", [_NUSRA, _ZENKI], [_HTS]),
            # the factions that joined Ahrar al-Sham "الخميس الماضي"
            G("forces.integrated", "historical", [], ["Ahrar al-Sham"], core=False),
            # "ولم تنضم «أحرار الشام» نفسها إلى الكيان الجديد"
            G("forces.integrated", "negated", ["Ahrar al-Sham"], [_HTS], core=False),
            # the merger talks that "تعثرت مرارا"
            G("forces.integrated", "stalled", ["Ahrar al-Sham", _NUSRA], [], core=False),
            # the Astana statement of Russia, Turkey and Iran
            G("agreement.signed", "historical", ["Russia", "Turkey", "Iran"], [], core=False),
            # the Front's listing by the United States and the UN
            G("sanctions.imposed", "historical", [_US, _UNSC], [_NUSRA], core=False),
        ],
        not_targets=["Turkey", "Russia", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-10-almada-turkish-troops-arrive-bashiqa-2015",
        date(2015, 12, 5),
        """قوة تركية مدعومة بالدبابات تصل إلى معسكر قرب الموصل.. وبغداد تطالب بسحبها فورا

بغداد - «المدى»

وصلت قوة عسكرية تركية يقدر عديدها بنحو مئة وخمسين جنديا، ترافقها قرابة عشرين دبابة، إلى معسكر زليكان في ناحية بعشيقة شمال شرقي الموصل، بحسب ما أفادت مصادر محلية وأمنية، في أكبر انتشار تركي معلن داخل الأراضي العراقية منذ سنوات.

وقالت المصادر إن القوة دخلت عبر إقليم كردستان مساء الخميس، وتمركزت في المعسكر الذي يتدرب فيه مقاتلو «الحشد الوطني»، وهي قوة من أبناء نينوى يقودها المحافظ السابق أثيل النجيفي، وتستعد للمشاركة في معركة استعادة الموصل من تنظيم «داعش».

وأكدت مصادر تركية أن الجنود أرسلوا «في إطار مهمة تدريب» بالتنسيق مع حكومة إقليم كردستان، وأن مدربين أتراكا يعملون في المعسكر منذ مارس الماضي.

غير أن الحكومة العراقية سارعت إلى التنديد بالخطوة، إذ أصدر مكتب رئيس الوزراء حيدر العبادي بيانا اعتبر فيه دخول القوات «خرقا خطيرا للسيادة العراقية»، مؤكدا أنها دخلت «من دون طلب أو إذن من السلطات الاتحادية»، وطالب أنقرة بسحبها فورا.

وقالت وزارة الخارجية العراقية إنها استدعت السفير التركي في بغداد وسلمته مذكرة احتجاج، مشيرة إلى أن العراق «يحتفظ بحقه في اتخاذ كل الإجراءات اللازمة» إذا لم تسحب القوات.

وتحتفظ تركيا منذ منتصف التسعينيات بنقاط عسكرية صغيرة داخل إقليم كردستان قرب الحدود، أقامتها في إطار ملاحقتها مسلحي حزب العمال الكردستاني.

وتقتصر مشاركة التحالف الدولي بقيادة الولايات المتحدة في الحرب على «داعش» على الضربات الجوية وتدريب القوات العراقية وتقديم المشورة لها، إذ ينتشر نحو ثلاثة آلاف وخمسمئة عسكري أمريكي في قواعد عراقية منذ عام 2014.

ونقلت وسائل إعلام تركية عن مصادر حكومية في أنقرة قولها إن تركيا «لا تنوي إرسال قوات قتالية إلى جبهات القتال» ضد التنظيم، وإن وجودها في المعسكر «مؤقت ويهدف إلى رفع كفاءة المتطوعين المحليين».

وقال نائب عن محافظة نينوى إن الخلاف يعكس «غياب التنسيق» بين بغداد وأربيل في ملف تحرير الموصل، محذرا من أن تتحول المعركة المرتقبة إلى ساحة لتصفية الحسابات الإقليمية.

وفي مخيم للنازحين قرب دهوك، قال رجل نزح من بعشيقة قبل أكثر من عام: «لا يهمنا من يدرب ومن يقاتل. نريد أن نعود إلى بيوتنا وبساتين الزيتون قبل أن تموت كلها».""",
        [
            G("military.presence", "occurred", ["Turkey"], ["Iraq"]),
            # the Turkish trainers "منذ مارس الماضي" and the points "منذ منتصف التسعينيات"
            G("military.presence", "historical", ["Turkey"], ["Iraq"], core=False),
            # the American advisers "منذ عام 2014"
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
            # "لا تنوي إرسال قوات قتالية إلى جبهات القتال"
            G("military.presence", "negated", ["Turkey"], ["Iraq"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-11-okaz-sports-ittihad-signing-and-fines-2019",
        date(2019, 7, 20),
        """الاتحاد يرفع الإيقاف عن مدافعه ويقترب من حسم صفقة المهاجم البرازيلي

جدة - «عكاظ» - رياضة

رفعت إدارة نادي الاتحاد، أمس، عقوبة الإيقاف الداخلية التي كانت قد فرضتها على أحد مدافعي الفريق الأول قبل أسبوعين، بسبب تأخره عن الالتحاق بمعسكر الإعداد الخارجي، وذلك بعد أن قدم اعتذارا رسميا للجهاز الفني وزملائه.

وقالت مصادر في النادي إن اللاعب سيلتحق بالمعسكر المقام في النمسا خلال اليومين المقبلين، على أن تخصم من راتبه غرامة مالية وفق اللائحة الداخلية، مشيرة إلى أن المدرب «طوى الصفحة» ويعول عليه في المباريات الأولى من الموسم.

وفي ملف التعاقدات، يقترب النادي من حسم انضمام مهاجم برازيلي يلعب في الدوري البرتغالي، بعد أن توصلت الإدارة إلى اتفاق مبدئي مع ناديه على قيمة الانتقال، فيما تبقى بعض التفاصيل المتعلقة بعقد اللاعب الشخصي. وكان النادي قد وقع عقدا لمدة ثلاثة مواسم مع لاعب وسط مغربي الأسبوع الماضي.

كما مدد النادي عقد المدرب المساعد لموسم إضافي، بعد أن أبدى المدرب الرئيسي رغبته في استمرار الطاقم الفني نفسه، في حين لا تزال المفاوضات مع قائد الفريق بشأن تجديد عقده متوقفة بسبب الخلاف على مدة العقد.

وفي المقابل، فرضت لجنة الانضباط في الاتحاد السعودي لكرة القدم غرامة مالية على النادي، بسبب إلقاء جماهيره مقذوفات في المباراة الأخيرة من الموسم الماضي، كما أوقفت أحد اللاعبين مباراتين بعد طرده في المباراة نفسها.

وعلقت إدارة الفريق التدريبات الصباحية في المعسكر يوم الخميس بسبب الأمطار الغزيرة، على أن يعوضها الجهاز الفني بحصة مسائية مطولة خصصت للجوانب التكتيكية وتمارين الكرات الثابتة.

ووقع النادي الأسبوع الماضي اتفاقية رعاية جديدة مع شركة اتصالات محلية لمدة موسمين، تتضمن ظهور شعار الشركة على قميص الفريق، إضافة إلى تنظيم فعاليات مشتركة مع الجماهير في جدة ومكة.

ويخوض الفريق ثلاث مباريات ودية في معسكره الخارجي أمام أندية أوروبية من الدرجة الثانية، قبل العودة إلى جدة استعدادا لانطلاق الدوري في أواخر أغسطس المقبل.

وفي أحد مقاهي حي الصفا، قال مشجع اتحادي في الأربعينيات من عمره: «نبغى مهاجم يسجل، ما نبغى أسماء. الفريق يحتاج هداف من أول يوم، والصبر على الجمهور له حدود».""",
        [],
        not_targets=["Saudi Arabia", "Brazil", "Morocco", "Austria", "Portugal"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h85-12-alqabas-economy-bank-merger-and-shipping-alliance-2019",
        date(2019, 10, 14),
        """مصرفان كويتيان يوقعان مذكرة تفاهم للاندماج.. وشركة لوجستية تنضم إلى تحالف عالمي للشحن

الكويت - «القبس» - اقتصاد

وقع مصرفان كويتيان، أمس، مذكرة تفاهم لدراسة اندماجهما في كيان واحد، في صفقة قد تنشئ واحدا من أكبر المصارف في السوق المحلية من حيث الأصول، بحسب إفصاحين نشرا على موقع بورصة الكويت.

وقال المصرفان إنهما سيعينان مستشارين ماليين وقانونيين لإجراء دراسات العناية الواجبة وتقييم الأصول، على أن يعرض أي اتفاق نهائي على الجمعيات العامة للمساهمين ويحصل على موافقة بنك الكويت المركزي وهيئة أسواق المال.

وأوضح مصدر مصرفي أن الموظفين في المصرفين «سينضمون إلى الكيان الجديد» في حال إتمام الصفقة، مشيرا إلى أن الإدارة لا تخطط لأي تسريح، وأن الفروع المتقاربة جغرافيا قد تدمج تدريجيا.

وفي سياق منفصل، أعلنت شركة لوجستية مدرجة انضمامها إلى تحالف عالمي لشركات الشحن والتخليص الجمركي يضم شركات من أوروبا وآسيا وأمريكا، بهدف توسيع شبكة وكلائها وخفض كلفة الشحن لعملائها.

كما مددت الشركة اتفاقية تشغيل مستودعاتها في منطقة الشويخ لخمس سنوات إضافية، ونشرت فرقا فنية في ميناء الشويبة لمتابعة تفريغ الشحنات الموسمية قبل نهاية العام.

وفي المقابل، فرضت هيئة أسواق المال غرامات مالية على شركتين مدرجتين بسبب التأخر في الإفصاح عن بياناتهما المالية للربع الثاني، فيما علقت بورصة الكويت التداول على سهم شركة عقارية لحين استيفائها متطلبات الإفصاح.

ويرى محللون أن موجة الاندماجات في القطاع المصرفي الخليجي «منطقية» في ظل تراجع أسعار النفط وتباطؤ نمو الائتمان، لافتين إلى أن المصارف الصغيرة والمتوسطة تواجه ضغوطا متزايدة على هوامش الربح وكلفة التكنولوجيا.

وارتفع سهما المصرفين في تعاملات الأمس بنسب متفاوتة، وسط تداولات نشطة، فيما أغلق المؤشر العام للبورصة على ارتفاع طفيف بدعم من أسهم القطاع المصرفي.

وقال مدير استثمار في شركة وساطة محلية إن الصفقة «قد تستغرق أشهرا» قبل اتضاح شروطها النهائية، مشيرا إلى أن صفقات مماثلة في المنطقة استغرقت أكثر من عام بين توقيع المذكرة وإتمام الدمج.

وفي أحد المجمعات التجارية بمنطقة حولي، قال محاسب شاب يعمل في أحد المصرفين: «سمعنا عن الاندماج من فترة. الكل يسأل عن الرواتب والترقيات، والإدارة تقول لا تشيلون هم. خلنا نشوف».""",
        [],
        not_targets=["Kuwait"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout85_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout85_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout85_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
