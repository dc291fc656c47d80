"""An eighty-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-two held-out Arabic sets: Arabic copy of 2012-2024 as Lebanese, Saudi, pan-Arab,
South Sudanese, Libyan, Qatari, Jordanian, Palestinian-Israeli, Syrian opposition, Egyptian and
Omani outlets carry it (a Beirut news site, "بيروت - «المدن»", with a Dahiyeh money changer's
"الدولار صار تهمة"; a Jeddah daily, "جدة - «عكاظ»", with a Jeddah merchant's "الحمد لله اللي طلع
الحق"; a London pan-Arab daily, "لوكسمبورغ - «الشرق الأوسط»", with a Deir ez-Zor refugee in Gaziantep;
a Juba radio site, "جوبا - «راديو تمازج»", with a Konyo Konyo trader's "الكلام ده ما بيجيب أكل"; a
Libyan news portal, "نيويورك، طرابلس - «بوابة الوسط»", with a Tripoli airport-road resident; a Qatari
daily, "كينشاسا - «الشرق»", with a Doha French teacher; a Jordanian daily, "عمّان - «الغد»", with a
Mafraq farmer; a Palestinian site inside Israel, "الناصرة - «عرب 48»", with a Conakry student in
Haifa; a Syrian opposition weekly's site, "الحسكة - «عنب بلدي»", with a Qamishli shopkeeper; a
London pan-Arab site, "الدوحة - «العربي الجديد»", with a taxi driver of al-Wakra; an Egyptian
football site, "القاهرة - «في الجول»", with a café fan of Shubra; and an Omani daily's economy page,
"مسقط - «عُمان» - اقتصاد", with a Muttrah travel agent) on episodes the earlier sets do not carry as
core news: the US Treasury designating Mohammad Bazzi and Abdallah Safi al-Din as Hezbollah
financiers, May 2018; the Security Council's al-Qaida sanctions committee removing the Saudi
businessman Yasin al-Qadi from its list, October 2012; the EU easing its Syrian oil embargo for
the areas held by the opposition, April 2013; the Security Council renewing the South Sudan
arms embargo and targeted sanctions for a year by Resolution 2633, May 2022; the Security Council
threatening the Libyan spoilers with sanctions by Resolution 2174, August 2014; Qatar admitted to
the Francophonie as an associate member at the Kinshasa summit, October 2012; Jordan, Israel and
the UAE signing the water-for-energy declaration of intent at Expo Dubai, November 2021; Israel
and Guinea restoring diplomatic relations, July 2016; the People's Protection Units and Arab and
Syriac factions forming the Syrian Democratic Forces, October 2015; the United States' presence
at Al Udeid to stay for ten more years under an agreement with Qatar, January 2024.

Searched before writing, as the brief of this round asks, in the earlier held-out files of both
languages (up to set 98 English and 82 Arabic) by states, bodies, people, places, resolution
numbers and years in Arabic and English spellings: "Bazzi"/"صفي الدين" (none; "بزي" only as a
part of other words), "Qadi" (only Abdulqadir Mumin of set 35), "2633" (none), "2174" and "Morning
Glory" (none), "Francophonie"/"فرنكفون"/"فرانكفون" (set 27 English carries Ghana's full membership,
set 74 Arabic Gabon and Togo in the Commonwealth; Qatar not found), "الماء مقابل"/"Prosperity"
(the hits are Prosperity Guardian, the Trump Route and other names; the water-for-energy
declaration not found), Israel beside Guinea (set 42 and one English set carry the restoration
of 2016 only as historical background), the SDF's founding of October 2015 (not found; the SDF
appears in many sets as a party of later events), "Al Udeid"/"قاعدة العديد" (set 40 English and
the first Arabic set carry the base as background; the ten-year extension is not found). About
forty other candidates were dropped because the search found them as core news (among them the
Turkish ministries' delisting of 2019, Dodik, the Japanese easing of 2014, Chad and Qatar, Chad
and Israel, Chad and Sudan's joint force, the Egyptian troops for Somalia, Res. 2093, 2266, 2511,
2745 and 2046, the Belarus suspensions of 2015, the Myanmar suspension of 2012, the Iraqi
electricity waivers, the Chabahar waiver, the NIS postponements, Bolton's ICC threat, the Shusha
Declaration, EDCA, Darwin, the Nepal Army's Maoists, Tunisia and Syria, Hamas and Syria,
Colombia and Venezuela, Brazil and Venezuela, Britain's embassy in Tehran, the UAE's ambassador
to Tehran, Saudi Arabia and Thailand, Qatar and Mauritania, Bahrain's embassy in Damascus).
Facts the writer is unsure of: the names and countries of Bazzi's companies (written vaguely) and
whether Safi al-Din was listed the same day (17 May 2018); the day of al-Qadi's removal (5 October
2012) and of the US removal (written as not yet made); the day of the EU decision (22 April 2013)
and the need for the National Coalition's consent; the vote on Resolution 2633 (written as ten
for and five abstentions) and the date of 26 May 2022; the day of Resolution 2174 (27 August
2014) and its wording on "further measures"; the day of Qatar's admission (13 October 2012) and
Lebanon's membership since 1973; the signatories of the declaration (written as the water and
energy ministers) and the figures of 600 megawatts and 200 million cubic metres; the day of the
Israel-Guinea statement (20 July 2016) and the place of the meeting (Paris); the day of the SDF
statement (10-12 October 2015) and the list of its factions; the source and day of the Al Udeid
report (early January 2024) and the number of American troops (about ten thousand).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Americans who "ستبقى" at Al Udeid for ten more years), next to historical, negated and stalled
ones; two are near misses: an Egyptian football page (a club that "رفع الإيقاف" and the fine it
"فرضها" on a winger, a striker "ينضم" and a contract "وقع", a loan "مدد", a federation that
"علق" a referee, talks "استئناف" with an old coach, a training camp "تحالف" of two academies) and an
Omani economy page (an airline that "انضمت" to a global alliance and "وقعت" a code-share, a
regulator that "فرضت" fees, routes "علقت" and "استئناف", a memorandum "مددت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على رجل
الأعمال اللبناني محمد بزي … وعلى عبد الله صفي الدين" imposes (core; the Treasury and the United
States; Bazzi, Safi al-Din and Hezbollah; not Lebanon, Belgium, Iraq or Iran), the listing of the
Shura Council with the Gulf states "الأربعاء" a historical imposition, the governor of the Iranian
central bank "الثلاثاء" a historical one, "لم تشمل العقوبات أيا من المصارف اللبنانية" a negated one.
A committee that "شطبت … اسم رجل الأعمال السعودي ياسين القاضي" lifts (core; the Security Council;
al-Qadi; not Saudi Arabia or Turkey), the listing of October 2001 a historical imposition, the
European court's annulment of 2010 a historical lifting, "لم تشطب وزارة الخزانة الأمريكية اسمه"
a negated lifting. Ministers who "قرروا تخفيف الحظر النفطي … وتعليقه" for the opposition's areas
suspend (core; the European Union; Syria; not the National Coalition, Britain or France), the oil
embargo of September 2011 a historical imposition, the arms embargo on which the ministers "لم
يتوصلوا إلى اتفاق" a stalled lifting. A council that "مدد … حظر الأسلحة المفروض على جنوب السودان
والعقوبات الفردية" extends (core; the Security Council; South Sudan; not the United States, the
penholder, nor Russia, China or Kenya, who abstain), the embargo of July 2018 and the measures of
2015 a historical imposition, "لم يضف المجلس أي أسماء جديدة" a negated one, the revitalised
agreement of September 2018 a historical signing, the unified forces "لا يزال … متعثرا" a stalled
integration. A council that "لوح بفرض عقوبات" on the Libyan spoilers threatens (core; the Security
Council; Libya; not Egypt or the UAE, whose air raids are reported), Resolution 1970 a historical
imposition, "لم يدرج المجلس حتى الآن أي اسم جديد" a negated one. A state that "انضمت … إلى المنظمة
الدولية للفرنكفونية" joins (core; Qatar; the Francophonie; not France or the DR Congo), Lebanon's
membership "منذ عام 1973" a historical joining. Three states that "وقعت … إعلان نوايا" sign (core;
Jordan, Israel and the UAE; not the United States, whose envoy attends), the gas agreement of 2016
and the treaty of 1994 historical signings, the agreement to be signed "العام المقبل" a planned
signing (not core). Two states that "قررتا استئناف العلاقات الدبلوماسية" restore (core; Israel and
Guinea; not Palestine), Mali and Niger that "لم تستأنفا" their ties a negated restoration. Factions
that "أعلنت … تشكيل «قوات سوريا الديمقراطية»" integrate forces (core; the YPG and the Arab and
Syriac factions; the SDF; not Turkey or the United States), the Euphrates Volcano room of 2014 a
historical integration, the Russian air campaign "نهاية الشهر الماضي" a historical presence, the
Aleppo factions that "لم تنضم" a negated joining. An agreement under which American forces
"ستبقى … عشر سنوات إضافية" plans a presence (core, planned; the United States; Qatar), the forces
"منذ عام 2002" a historical presence, the defence agreement of 1992 a historical signing, the
Turkish base of 2015 a historical presence. The football page and the economy page carry no
events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.643, R 0.900, F1 0.750 (recall
9/10, precision 9/14); occurred core found 8/9, planned 1/1; historical kept quiet 14/16, negated
5/6, stalled 1/2. Missed: the al-Qadi delisting (ar-h83-02), "شطبت لجنة العقوبات المعنية بتنظيم
القاعدة في مجلس الأمن الدولي … اسم رجل الأعمال السعودي ياسين القاضي" is read as a lifting with no
actor (the committee "في مجلس الأمن الدولي" does not give the Council) and "رجل الأعمال السعودي" for
its target, and the headline's "الأمم المتحدة تشطب" as a lifting by the United Nations with no
target; neither matches, so both are unexpected alerts. False alarms: in ar-h83-03 the headline's
"الاتحاد الأوروبي يخفف الحظر النفطي على سوريا" is read as an occurred lifting, where the body's
"تخفيف الحظر النفطي … وتعليقه" is read as the suspension gold has (the verb and the noun of easing
get two types; the lifting matches gold's stalled lifting of the arms embargo); in ar-h83-04 "مدد
… العقوبات الفردية المرتبطة به، من تجميد أصول وحظر سفر" gives, besides the extension, an occurred
imposition with South Sudan for its actor from "تجميد" (the contents of the sanctions being renewed,
listed after "من", taken for a new freeze); in ar-h83-10 "بموجب اتفاق توصلت إليه الولايات المتحدة
وقطر" is read as an occurred signing of the two states (gold has no such event, only the defence
agreement of 1992, so it counts against that historical signing; the annotation, which is not
changed after the run, took the agreement for the frame of the presence). Also seen, not failing:
the Bazzi imposition has "رجل الأعمال اللبناني" and the Central Bank of Iran for targets, not
Bazzi or Safi al-Din; the threat on Libya has "والكيانات الليبية" for its target; Qatar's joining
has no target (the Francophonie is not found); the SDF's founding has the YPG ("People's Defense
Units") and the SDF for actors; the Al Udeid presence takes the base and Doha for targets beside
Qatar; the water declaration's "وقعت" of the gas agreement of 2016 is kept historical but with the
UAE for a party. The two near misses raise nothing. Four articles are strict xfails.

After the fixes of 2026-12-07: events P 0.833, R 1.000, F1 0.909 (recall 10/10, precision 10/12);
occurred core found 9/9, negated and stalled events all kept quiet, historical 15/16. Three
general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout83_rules_ar.py``: a sanctions noun that ends a committee's name ("لجنة العقوبات")
is no longer taken for the verb's object, so a verb-first "شطبت لجنة العقوبات التابعة لمجلس الأمن"
finds its subject (``_is_sanction_head`` in ``rasd/events/roles.py``), and a committee's remit
("المعنية بتنظيم القاعدة") ends where the body it sits in begins ("في"/"التابعة"), so that body is
no longer hidden as a remit (``_SEAT_OF_BODY_AR``); a measure listed after a comma and "من" as the
contents of sanctions named just before ("العقوبات الفردية …، من تجميد أصول وحظر سفر") is no new
measure, as one after "بما فيها" already was not (``_partitive_after_comma`` in
``rasd/events/extractor.py``); an easing "لمصلحة"/"لصالح" someone is a carve-out, read as a
suspension like an easing "بما يسمح" (the ``eased_in_favour_of`` cue in ``ar.cues.yaml``, added to
the easing entry of ``ar.triggers.yaml``); a plain easing is still a lifting, a warning "من تجميد"
still a warning. ar-h83-03 and ar-h83-04 are cured and their strict xfails removed; ar-h83-02's
delisting is now found (its known_miss removed), its strict xfail kept for the headline. Left:
the headline "الأمم المتحدة تشطب اسم ياسين القاضي" (ar-h83-02), a lifting by the United Nations,
which is not the Council gold names (taking the UN for its Council would be wrong in general),
and the agreement under which the Americans stay at Al Udeid (ar-h83-10), read as an occurred
signing that gold, written before the run, does not have; neither was attempted. Of the readings
seen before the fixes, the others are unchanged.
Cured since (test_general_misses11_rules_ar.py): ar-h83-02, the person delisted by his name
after "اسم" is the target though the knowledge base lacks him, so the headline's lifting and the
body's, both on "ياسين القاضي", are one event with the Council.

``python -m tests.unit.test_heldout83_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_OIF = "Organisation internationale de la Francophonie"
_YPG = "People's Protection Units"
_SDF = "Syrian Democratic Forces"
_UAE = "United Arab Emirates"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-01-almodon-us-treasury-sanctions-bazzi-and-safi-al-din-2018",
        date(2018, 5, 18),
        """واشنطن تدرج محمد بزي وعبد الله صفي الدين على لائحة العقوبات.. والمصارف تترقب

بيروت - «المدن»

فرضت وزارة الخزانة الأميركية، أمس الخميس، عقوبات على رجل الأعمال اللبناني محمد بزي وخمس شركات يملكها أو يديرها في بلجيكا ولبنان والعراق وغرب أفريقيا، وعلى عبد الله صفي الدين، ممثل «حزب الله» لدى إيران، متهمة الرجلين بلعب دور محوري في تمويل الحزب وتسهيل تحويل الأموال بينه وبين طهران.

وقال مكتب مراقبة الأصول الأجنبية في بيان إن بزي «أحد كبار ممولي الحزب»، وإنه قدم له على مدى سنوات ملايين الدولارات من أرباح شركاته العاملة في تجارة النفط والسيارات والعقارات، فيما وصف صفي الدين بأنه «صلة الوصل المالية» بين الحزب والمصارف الإيرانية.

وبموجب القرار، تجمد جميع أصول المدرجين الخاضعة للولاية الأميركية، ويحظر على الأميركيين التعامل معهم، كما يعرض أي مصرف أجنبي يسهل معاملات كبيرة لمصلحتهم لخطر العقوبات الثانوية.

وتأتي الخطوة في ختام أسبوع حافل بالعقوبات؛ إذ فرضت الولايات المتحدة ودول الخليج، الأربعاء، عقوبات على أعضاء مجلس شورى «حزب الله»، بينهم أمينه العام حسن نصر الله ونائبه نعيم قاسم، بعدما فرضت الخزانة الثلاثاء عقوبات على محافظ البنك المركزي الإيراني ولي الله سيف بتهمة تحويل أموال إلى الحزب.

وقال وزير الخزانة ستيفن منوتشين إن واشنطن «لن تسمح لإيران بأن تستخدم النظام المالي الدولي لتمويل وكلائها»، مضيفا أن بلاده «ستواصل كشف الشبكات التي تحاول الالتفاف على العقوبات عبر واجهات تجارية تبدو مشروعة».

ولم تشمل العقوبات أيا من المصارف اللبنانية، وهو ما قرأ فيه مصرفيون تحدثوا إلى «المدن» رسالة طمأنة للقطاع، في وقت يستعد فيه لبنان لتشكيل حكومة جديدة بعد الانتخابات النيابية التي جرت في السادس من أيار الجاري وحصد فيها الحزب وحلفاؤه أكثرية المقاعد.

وقال مصرفي في إحدى المؤسسات الكبرى إن «المصارف ستبادر كعادتها إلى إقفال أي حساب يعود للمدرجين أو لشركاتهم»، مشيرا إلى أن مصرف لبنان «يطبق تعاميمه بصرامة منذ قانون الكونغرس عام 2015».

ولم يصدر عن الحزب أي تعليق رسمي حتى مساء أمس، فيما قال مقرب من بزي إن رجل الأعمال «لم يكن يوما جزءا من أي تنظيم، وشركاته معروفة وتعمل وفق القوانين».

وفي محل للصيرفة في الضاحية الجنوبية، قال صراف خمسيني وهو يعد رزمة من الأوراق الخضراء: «كل أسبوع اسم جديد. الدولار صار تهمة، والناس بتخاف تحول لأولادها برا».""",
        [
            G("sanctions.imposed", "occurred", [_UST, _US],
              ["Mohammad Bazzi", "Abdallah Safi al-Din", "Hezbollah"]),
            # the Shura Council listed with the Gulf states on Wednesday
            G("sanctions.imposed", "historical", [_US], ["Hassan Nasrallah", "Hezbollah"], core=False),
            # the governor of the Iranian central bank on Tuesday
            G("sanctions.imposed", "historical", [_UST], ["Valiollah Seif"], core=False),
            # "ولم تشمل العقوبات أيا من المصارف اللبنانية"
            G("sanctions.imposed", "negated", [_UST], [], core=False),
        ],
        not_targets=["Lebanon", "Belgium", "Iraq", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-02-okaz-un-committee-delists-yasin-al-qadi-2012",
        date(2012, 10, 7),
        """بعد أحد عشر عاما على إدراجه.. الأمم المتحدة تشطب اسم ياسين القاضي من قائمة العقوبات

جدة - «عكاظ»

شطبت لجنة العقوبات المعنية بتنظيم القاعدة في مجلس الأمن الدولي، يوم الجمعة، اسم رجل الأعمال السعودي ياسين القاضي من قائمتها، لتنهي بذلك تجميد أصوله وحظر السفر المفروض عليه منذ أكتوبر 2001، بعد أن نظرت أمينة المظالم التابعة للجنة في طلبه وخلصت إلى عدم وجود أسباب كافية لإبقائه على القائمة.

وقال بيان مقتضب صادر عن اللجنة إن القرار «اتخذ بعد مراجعة متأنية لطلب الشطب الذي قدمه المعني بالأمر عبر مكتب أمينة المظالم»، من دون أن يتطرق إلى تفاصيل الأدلة التي استندت إليها.

وكانت الولايات المتحدة قد أدرجت القاضي على قائمة داعمي الإرهاب بعد أسابيع من هجمات الحادي عشر من سبتمبر، متهمة إياه بتحويل أموال إلى تنظيم القاعدة عبر مؤسسة خيرية كان يديرها، قبل أن تضيفه لجنة مجلس الأمن إلى قائمتها في الشهر نفسه، وهو ما نفاه القاضي طوال السنوات الماضية.

وخاض رجل الأعمال معركة قضائية طويلة في أوروبا، إذ ألغت المحكمة العامة للاتحاد الأوروبي عام 2010 قرار تجميد أصوله في الاتحاد، معتبرة أن حقه في الدفاع لم يحترم، في قضية باتت مرجعا في النقاش حول قوائم العقوبات الدولية.

غير أن وزارة الخزانة الأمريكية لم تشطب اسمه من قائمتها حتى الآن، وقال متحدث باسمها إن الإدراج الأمريكي «قائم على معلومات مستقلة» ولا يتأثر تلقائيا بقرار اللجنة الأممية.

وقال محامي القاضي في اتصال مع «عكاظ» إن موكله «تلقى الخبر بارتياح كبير»، مضيفا: «أحد عشر عاما من الحرمان من التصرف في أمواله ومن السفر انتهت اليوم، وسنواصل العمل لرفع اسمه من القائمة الأمريكية أيضا».

ويعد القاضي من أبرز رجال الأعمال السعوديين الذين عملوا في الاستثمار العقاري والمصرفي خارج المملكة، وكانت له استثمارات في تركيا وألبانيا، وظل اسمه حاضرا في الصحافة الغربية بوصفه نموذجا لما يسميه منتقدو نظام العقوبات «الإدراج بلا محاكمة».

وأنشأ مجلس الأمن مكتب أمينة المظالم عام 2009 تحت ضغط المحاكم الأوروبية، ومنذ ذلك الحين شطب عشرات الأسماء من القائمة بعد مراجعة طلباتهم.

وفي أحد مكاتب العقار بحي الروضة في جدة، قال تاجر يعرف العائلة: «الحمد لله اللي طلع الحق ولو بعد سنين. الرجل تعب، وأولاده كبروا وهو ممنوع من السفر».""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Yasin al-Qadi"]),
            # the US and UN listings of October 2001
            G("sanctions.imposed", "historical", [_US, _UNSC], ["Yasin al-Qadi"], core=False),
            # the European court's annulment of 2010
            G("sanctions.lifted", "historical", [_EU], ["Yasin al-Qadi"], core=False),
            # "غير أن وزارة الخزانة الأمريكية لم تشطب اسمه من قائمتها حتى الآن"
            G("sanctions.lifted", "negated", [_UST], ["Yasin al-Qadi"], core=False),
        ],
        not_targets=["Saudi Arabia", "Turkey", "Albania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-03-asharqalawsat-eu-eases-syria-oil-embargo-for-opposition-areas-2013",
        date(2013, 4, 23),
        """الاتحاد الأوروبي يخفف الحظر النفطي على سوريا لمصلحة المعارضة.. والخلاف على السلاح مستمر

لوكسمبورغ - «الشرق الأوسط»

قرر وزراء خارجية الاتحاد الأوروبي، في اجتماعهم في لوكسمبورغ أمس، تخفيف الحظر النفطي المفروض على سوريا وتعليقه في المناطق الخاضعة لسيطرة المعارضة، بما يسمح للشركات الأوروبية باستيراد النفط الخام منها وتصدير معدات الإنتاج إليها والاستثمار في القطاع، بشرط التنسيق مع الائتلاف الوطني لقوى الثورة والمعارضة السورية.

وقالت مسؤولة السياسة الخارجية في الاتحاد كاثرين آشتون إن القرار «يهدف إلى مساعدة السكان المدنيين ودعم المعارضة في إدارة المناطق التي باتت تحت سيطرتها»، مضيفة أن بقية العقوبات المفروضة على النظام «تبقى سارية بالكامل».

وكان الاتحاد قد فرض في سبتمبر 2011 حظرا على استيراد النفط السوري، الذي كانت أوروبا تستورد نحو تسعين في المئة من صادراته، ثم وسع عقوباته لتشمل المصرف المركزي وعشرات المسؤولين والشركات المرتبطة بنظام الرئيس بشار الأسد.

غير أن الوزراء لم يتوصلوا إلى اتفاق على رفع حظر السلاح للسماح بتسليح مقاتلي المعارضة، وهو ما تطالب به بريطانيا وفرنسا، في مقابل تحفظ دول أخرى بينها النمسا والسويد تخشى وصول الأسلحة إلى جماعات متشددة. وينتهي العمل بحزمة العقوبات الحالية نهاية مايو المقبل، ما يجعل الأسابيع المقبلة حاسمة.

ورحب الائتلاف الوطني بالقرار، وقال أحد أعضائه لـ«الشرق الأوسط» إن الخطوة «اعتراف عملي بأن المناطق المحررة باتت واقعا»، لكنه أشار إلى أن معظم الحقول النفطية في دير الزور والحسكة «تخضع لسيطرة كتائب متفرقة، وبعضها يبيع النفط بطرق بدائية».

ويرى خبراء في قطاع الطاقة أن الأثر الفعلي للقرار سيبقى محدودا في المدى القريب، بسبب تضرر البنية التحتية وصعوبة النقل عبر الحدود، وغياب جهة مركزية قادرة على ضمان العقود، فضلا عن المخاطر الأمنية التي ستمنع الشركات الكبرى من المغامرة.

وفي دمشق، وصفت وسائل الإعلام الرسمية القرار بأنه «شرعنة لسرقة ثروات الشعب السوري»، واتهمت الاتحاد الأوروبي بـ«تمويل الإرهاب».

وفي مدينة غازي عنتاب التركية، قال لاجئ من دير الزور يعمل في ورشة للخياطة: «النفط عنا بيطلع من الأرض وبيتكرر بالبراميل على الطريق. إذا إجت شركات حقيقية يمكن الناس تشتغل، بس مين رح يجي والطيران فوق راسنا؟».""",
        [
            G("sanctions.suspended", "occurred", [_EU], ["Syria"]),
            # the oil embargo of September 2011 and the measures after it
            G("sanctions.imposed", "historical", [_EU], ["Syria"], core=False),
            # "لم يتوصلوا إلى اتفاق على رفع حظر السلاح"
            G("sanctions.lifted", "stalled", [_EU], ["Syria"], core=False),
        ],
        not_targets=["National Coalition for Syrian Revolutionary and Opposition Forces",
                     "United Kingdom", "France", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-04-radiotamazuj-security-council-2633-renews-south-sudan-embargo-2022",
        date(2022, 5, 27),
        """مجلس الأمن يمدد حظر السلاح على جنوب السودان عاما آخر.. وجوبا: القرار ظالم

جوبا - «راديو تمازج»

مدد مجلس الأمن الدولي، أمس الخميس، حظر الأسلحة المفروض على جنوب السودان والعقوبات الفردية المرتبطة به، من تجميد أصول وحظر سفر، لمدة عام إضافي ينتهي في الحادي والثلاثين من مايو 2023، كما مدد ولاية فريق الخبراء المعني بمراقبة تنفيذ العقوبات.

واعتمد القرار رقم 2633، الذي صاغته الولايات المتحدة، بأغلبية عشرة أصوات، مع امتناع خمسة أعضاء عن التصويت بينهم روسيا والصين وكينيا، التي قالت إن استمرار الحظر «يعرقل قدرة الحكومة على تدريب قواتها الموحدة وتجهيزها».

وكان المجلس قد فرض حظر الأسلحة على جنوب السودان في يوليو 2018، بعد سنوات من الحرب الأهلية، فيما تعود العقوبات الفردية إلى عام 2015، حين أنشأ المجلس نظاما لمعاقبة المسؤولين عن تقويض السلام، وأدرج عليه لاحقا عددا من القادة العسكريين من الطرفين.

ولم يضف المجلس أي أسماء جديدة إلى قائمة العقوبات في قراره الجديد، لكنه حدد معايير قال إنه سيراجع الحظر على أساسها، من بينها إتمام الترتيبات الأمنية ووضع خطة لإدارة مخزونات الأسلحة.

وقالت المندوبة الأمريكية في جلسة التصويت إن «العنف ضد المدنيين لا يزال مرتفعا، وإن القادة السياسيين لم يفوا بالتزاماتهم»، مشيرة إلى أن تخريج القوات الموحدة وانتشارها، وهو من أبرز بنود اتفاق السلام المنشط الموقع في سبتمبر 2018، لا يزال متعثرا.

ووصف المتحدث باسم الحكومة في جوبا القرار بأنه «ظالم ويستهدف بلدا يحاول الخروج من الحرب»، مؤكدا أن الحكومة «لن تستسلم للضغوط»، ومطالبا المجلس بـ«احترام موقف الاتحاد الأفريقي والإيقاد» اللذين دعوا إلى رفع الحظر.

في المقابل، رحب ناشطون من المجتمع المدني بالتمديد، وقال أحدهم لـ«راديو تمازج» إن «السلاح الذي يصل إلى البلاد لا يذهب إلى التنمية، بل إلى القتال في القرى».

ويأتي القرار في وقت تواجه فيه البلاد أزمة إنسانية حادة، إذ تقدر الأمم المتحدة أن أكثر من ثمانية ملايين شخص يحتاجون إلى المساعدة، فيما تسببت الفيضانات في تشريد مئات الآلاف في ولايتي جونقلي والوحدة.

وفي سوق كونيو كونيو بجوبا، قال تاجر خضار: «ناس نيويورك بيتكلموا عن السلاح، ونحن هنا بنتكلم عن سعر الذرة. الكلام ده ما بيجيب أكل».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["South Sudan"]),
            # the embargo of July 2018 and the measures of 2015
            G("sanctions.imposed", "historical", [_UNSC], ["South Sudan"], core=False),
            # "ولم يضف المجلس أي أسماء جديدة"
            G("sanctions.imposed", "negated", [_UNSC], ["South Sudan"], core=False),
            # the revitalised agreement of September 2018
            G("agreement.signed", "historical", ["South Sudan"], [], core=False),
            # the unified forces "لا يزال متعثرا"
            G("forces.integrated", "stalled", ["South Sudan"], [], core=False),
        ],
        not_targets=["United States", "Russia", "China", "Kenya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-05-alwasat-security-council-2174-threatens-libya-spoilers-2014",
        date(2014, 8, 28),
        """مجلس الأمن يلوح بعقوبات على معرقلي العملية السياسية في ليبيا

نيويورك، طرابلس - «بوابة الوسط»

لوح مجلس الأمن الدولي، مساء الأربعاء، بفرض عقوبات على الأفراد والكيانات الليبية التي تهدد السلام والاستقرار أو تعرقل الانتقال السياسي، وذلك في القرار رقم 2174 الذي اعتمده بالإجماع، ووسع فيه معايير الإدراج على قائمة العقوبات لتشمل المسؤولين عن الهجمات على المدنيين والمنشآت الحكومية والمطارات.

وطالب القرار بوقف فوري لإطلاق النار في كل أنحاء البلاد، ودعا جميع الأطراف إلى الانخراط في حوار سياسي شامل، معربا عن استعداد المجلس «لاتخاذ تدابير إضافية» بحق من يواصل القتال أو يقوض المؤسسات المنتخبة.

وجاء القرار بعد أسابيع من معارك عنيفة في طرابلس أدت إلى سيطرة تحالف «فجر ليبيا» على مطار العاصمة الدولي بعد تدمير معظم منشآته وطائراته، فيما تتواصل في بنغازي المواجهات بين قوات «عملية الكرامة» وكتائب إسلامية.

وكان المجلس قد فرض في فبراير 2011، بموجب القرار 1970، حظرا على الأسلحة وتجميدا للأصول وحظرا للسفر على العقيد معمر القذافي وأفراد من عائلته وكبار مساعديه، وهي عقوبات لا يزال جزء منها ساريا.

ولم يدرج المجلس حتى الآن أي اسم جديد على القائمة منذ سقوط النظام السابق، وقال دبلوماسي غربي لـ«بوابة الوسط» إن القرار الجديد «رسالة تحذير أكثر منه خطوة عقابية»، وإن لجنة العقوبات «ستبدأ جمع المعلومات عن المتورطين».

وتزامن التصويت مع تقارير أمريكية عن غارات جوية نفذتها طائرات مصرية وإماراتية على مواقع في طرابلس، وهو ما نفته القاهرة، فيما لم يصدر تعليق رسمي عن أبوظبي.

ورحب مجلس النواب المنعقد في طبرق بالقرار، معتبرا أنه «يدعم الشرعية»، في حين رأى المؤتمر الوطني العام في طرابلس أنه «لا يعني المؤتمر في شيء»، داعيا المجتمع الدولي إلى «احترام إرادة الثوار».

وقال المبعوث الأممي برناردينو ليون، الذي يبدأ مهمته الأسبوع المقبل، إن الأولوية «لوقف القتال وفتح الممرات الإنسانية»، مشيرا إلى أن آلاف العائلات نزحت من أحياء جنوب طرابلس.

وعلى طريق المطار، قال أحد سكان حي قصر بن غشير وهو يحمل أغراضه إلى سيارته: «العقوبات ما تهمنا. نبوا نرجعوا لحوشنا، والحوش ما عادش فيه شبابيك».""",
        [
            G("sanctions.threatened", "occurred", [_UNSC], ["Libya"]),
            # Resolution 1970 of February 2011
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            # "ولم يدرج المجلس حتى الآن أي اسم جديد"
            G("sanctions.imposed", "negated", [_UNSC], ["Libya"], core=False),
        ],
        not_targets=["Egypt", _UAE, "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-06-alsharq-qatar-joins-francophonie-kinshasa-2012",
        date(2012, 10, 15),
        """قطر تنضم إلى المنظمة الدولية للفرنكفونية عضوا مشاركا

كينشاسا - «الشرق»

انضمت دولة قطر، أمس الأحد، إلى المنظمة الدولية للفرنكفونية بصفة عضو مشارك، بعد أن وافقت القمة الرابعة عشرة للمنظمة، المنعقدة في العاصمة الكونغولية كينشاسا، على طلب العضوية الذي تقدمت به الدوحة في وقت سابق من العام الجاري.

ومثل قطر في القمة وفد رسمي، قال رئيسه في كلمة أمام القادة إن الانضمام «يعكس اهتمام دولة قطر بالحوار بين الثقافات وبتعزيز حضورها في الفضاء الفرنكفوني، الذي يضم عشرات الدول التي تربطها بقطر علاقات سياسية واقتصادية متنامية».

وأثار قبول قطر مباشرة بصفة عضو مشارك، من دون المرور بصفة المراقب، تساؤلات في بعض وسائل الإعلام الفرنسية، التي تحدثت عن قلة عدد الناطقين بالفرنسية في قطر، غير أن مسؤولين في المنظمة أكدوا أن الطلب «استوفى المعايير»، مشيرين إلى وجود مدارس فرنسية وبرامج لتعليم اللغة في الدوحة.

وتضم المنظمة، التي يقع مقرها في باريس، أكثر من خمسين دولة وحكومة عضوا، إضافة إلى عدد من المراقبين، ومن بين أعضائها دول عربية عدة، إذ انضم إليها لبنان منذ عام 1973، إلى جانب المغرب وتونس ومصر وموريتانيا وجيبوتي وجزر القمر.

وقالت مصادر في الوفد القطري لـ«الشرق» إن الدوحة تنوي «الإسهام في برامج المنظمة التعليمية والثقافية، لا سيما في أفريقيا»، وإن وزارة التعليم تدرس توسيع تدريس الفرنسية لغة ثانية في عدد من المدارس المستقلة.

وطغت على القمة الأزمة في شرق الكونغو الديمقراطية، حيث تتواصل المعارك بين الجيش ومتمردي حركة «23 مارس»، كما حضرت الأوضاع في شمال مالي، التي دعا القادة إلى استعادة وحدة أراضيها.

وكان الرئيس الفرنسي فرانسوا هولاند قد حضر القمة بعد تردد، منتقدا في خطابه أوضاع حقوق الإنسان في البلد المضيف، فيما رد الرئيس الكونغولي جوزيف كابيلا بأن بلاده «لا تتلقى دروسا».

ويرى محللون أن الانضمام يندرج في إطار سياسة قطرية أوسع لتعزيز الحضور الدبلوماسي في أفريقيا ومد الجسور مع المنظمات الإقليمية والدولية، في وقت تلعب فيه الدوحة أدوار وساطة في دارفور ومناطق أخرى.

وفي الدوحة، قالت مدرسة للغة الفرنسية في أحد المراكز الثقافية: «عندنا طلاب قطريون كثيرون الآن، أغلبهم يريدون الدراسة في باريس أو العمل في السياحة. يمكن هذا الخبر يشجع أكثر».""",
        [
            G("alliance.joined", "occurred", ["Qatar"], [_OIF]),
            # Lebanon "منذ عام 1973"
            G("alliance.joined", "historical", ["Lebanon"], [_OIF], core=False),
        ],
        not_targets=["France", "Democratic Republic of the Congo", "Mali"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-07-alghad-jordan-israel-uae-water-for-energy-declaration-2021",
        date(2021, 11, 23),
        """توقيع إعلان نوايا أردني إسرائيلي إماراتي لمقايضة الكهرباء بالمياه

عمّان - «الغد»

وقعت المملكة وإسرائيل والإمارات، أمس الاثنين في معرض «إكسبو 2020 دبي»، إعلان نوايا للتعاون في مجالي الطاقة والمياه، يقضي بدراسة إقامة محطة للطاقة الشمسية في الأردن بقدرة ستمئة ميغاواط تصدر كهرباءها إلى إسرائيل، مقابل تزويد المملكة بنحو مئتي مليون متر مكعب سنويا من المياه المحلاة.

ووقع الإعلان عن الجانب الأردني وزير المياه والري، وعن الجانب الإسرائيلي وزيرة الطاقة، بحضور وزير الطاقة والبنية التحتية الإماراتي، والمبعوث الأمريكي الخاص لشؤون المناخ جون كيري، الذي وصف الخطوة بأنها «نموذج للتعاون الإقليمي في مواجهة التغير المناخي».

وبحسب بيان لوزارة المياه، فإن الإعلان «غير ملزم»، وسيتبعه إعداد دراسات الجدوى الفنية والاقتصادية خلال العام المقبل، على أن توقع اتفاقية نهائية بعد استكمالها، وتتولى شركة إماراتية تطوير المحطة الشمسية.

وقالت الوزارة إن المملكة، التي تعد من أفقر دول العالم مائيا، «تبحث عن كل مصدر ممكن لسد العجز المائي المتفاقم»، مشيرة إلى أن مشروع الناقل الوطني لتحلية مياه العقبة «يبقى المشروع الاستراتيجي الأول».

وأثار الإعلان موجة انتقادات في الشارع الأردني، إذ نظمت أحزاب ونقابات وقفة احتجاجية قرب مجلس النواب، ورفع المشاركون لافتات ترفض «ربط أمن الأردن المائي بالاحتلال»، فيما وقع عشرات النواب مذكرة تطالب الحكومة بالتراجع.

ويستعيد المعارضون تجربة اتفاقية الغاز التي وقعتها شركة الكهرباء الوطنية مع شركة أمريكية تستخرج الغاز من حقل «ليفياثان» عام 2016، والتي بدأ تنفيذها مطلع عام 2020 رغم رفض شعبي واسع وقرار سابق لمجلس النواب.

وترتبط المملكة وإسرائيل بمعاهدة السلام الموقعة عام 1994، وتشتري عمّان بموجب تفاهمات لاحقة كميات إضافية من المياه من بحيرة طبريا، كان آخرها اتفاق على خمسين مليون متر مكعب إضافية هذا الصيف.

وقال خبير في شؤون المياه لـ«الغد» إن المشروع «يحمل منطقا اقتصاديا واضحا، لكن الثقة الشعبية مفقودة، والحكومة مطالبة بالشفافية الكاملة في التفاصيل».

وفي أحد البساتين قرب المفرق، قال مزارع ستيني وهو يتفقد خط الري: «البير نشف من سنتين، والدور على الماي صار مرة بالأسبوع. بدنا مي، بس مش من عندهم».""",
        [
            G("agreement.signed", "occurred", ["Jordan", "Israel", _UAE], []),
            # the final agreement "بعد استكمالها" of the studies next year
            G("agreement.signed", "planned", ["Jordan", "Israel"], [], core=False),
            # the gas agreement of 2016
            G("agreement.signed", "historical", ["Jordan"], ["Israel"], core=False),
            # the peace treaty of 1994
            G("agreement.signed", "historical", ["Jordan", "Israel"], [], core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-08-arab48-israel-and-guinea-restore-relations-2016",
        date(2016, 7, 21),
        """إسرائيل وغينيا تستأنفان العلاقات الدبلوماسية بعد قطيعة دامت 49 عاما

الناصرة - «عرب 48»

أعلنت وزارة الخارجية الإسرائيلية، أمس الأربعاء، أن إسرائيل وغينيا قررتا استئناف العلاقات الدبلوماسية بينهما، بعد قطيعة دامت تسعة وأربعين عاما، منذ أن قطعت كوناكري علاقاتها مع تل أبيب إثر حرب حزيران 1967.

وجاء الإعلان في ختام لقاء عقد في باريس بين المدير العام للخارجية الإسرائيلية دوري غولد ووفد غيني رفيع، وقالت الوزارة في بيان إن الطرفين «اتفقا على فتح صفحة جديدة من التعاون في مجالات الزراعة والمياه والصحة والتعليم».

ويأتي هذا الإعلان بعد أسابيع قليلة من جولة أجراها رئيس الحكومة الإسرائيلية بنيامين نتنياهو في شرق أفريقيا، زار خلالها أوغندا وكينيا ورواندا وإثيوبيا، في إطار ما يسميه «عودة إسرائيل إلى أفريقيا»، ومسعى للحصول على صفة مراقب في الاتحاد الأفريقي.

وقال غولد إن «الدول الأفريقية تدرك اليوم أن إسرائيل شريك في التكنولوجيا والأمن والتنمية»، مشيرا إلى أن إسرائيل قدمت مساعدات طبية لغينيا خلال تفشي وباء إيبولا بين عامي 2014 و2016.

وغينيا دولة ذات أغلبية مسلمة، وعضو في منظمة التعاون الإسلامي، وهو ما يمنح الخطوة بعدا رمزيا في نظر الدبلوماسية الإسرائيلية، التي تسعى إلى كسر ما تعتبره «الكتلة التلقائية» المؤيدة للفلسطينيين في المحافل الدولية.

في المقابل، لم تستأنف مالي والنيجر علاقاتهما مع إسرائيل، رغم اتصالات قالت وسائل إعلام إسرائيلية إنها جرت بعيدا عن الأضواء خلال السنوات الأخيرة.

وانتقد مسؤول في وزارة الخارجية الفلسطينية الخطوة، وقال لـ«عرب 48» إن «إسرائيل تحاول تحسين صورتها في أفريقيا بينما تواصل الاستيطان والحصار»، داعيا الدول الأفريقية إلى «ربط أي علاقات مع الاحتلال بإنهاء الاحتلال».

ويرى باحثون في العلاقات الدولية أن إسرائيل تعتمد في أفريقيا على ملفات الأمن ومكافحة الإرهاب والزراعة، وأن دولا عدة في غرب القارة تبحث عن شركاء جدد بعد تراجع الاهتمام الأوروبي.

ويعمل برنامج التعاون الدولي التابع للخارجية الإسرائيلية منذ سنوات في تدريب مهندسين زراعيين وأطباء من دول غرب أفريقيا، ويقول مسؤولون إسرائيليون إن غينيا، الغنية بالبوكسيت والحديد، تمثل سوقا واعدة لشركات الري والطاقة الشمسية.

وفي حيفا، قال طالب غيني يدرس الهندسة منذ عامين: «أهلي في كوناكري سألوني: يعني الآن نقدر نزورك بسهولة؟ قلت لهم: خلينا نشوف أول السفارة وين بتكون».""",
        [
            G("relations.restored", "occurred", ["Israel", "Guinea"], []),
            # "لم تستأنف مالي والنيجر علاقاتهما مع إسرائيل"
            G("relations.restored", "negated", ["Mali", "Niger"], ["Israel"], core=False),
        ],
        not_targets=["Palestine", "Uganda", "Kenya", "Rwanda", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-09-enabbaladi-ypg-and-arab-factions-form-syrian-democratic-forces-2015",
        date(2015, 10, 13),
        """فصائل كردية وعربية وسريانية تعلن تشكيل «قوات سوريا الديمقراطية»

الحسكة - «عنب بلدي»

أعلنت «وحدات حماية الشعب» الكردية وفصائل عربية وسريانية، في بيان مشترك صدر في الحسكة، تشكيل «قوات سوريا الديمقراطية»، قوة عسكرية موحدة قالت إنها ستعمل «تحت قيادة مشتركة» لقتال تنظيم «الدولة الإسلامية» في شمال وشرق سوريا.

وضم التشكيل الجديد، إلى جانب الوحدات الكردية ووحدات حماية المرأة، «جيش الثوار» و«قوات الصناديد» التابعة لعشيرة شمر و«المجلس العسكري السرياني» وفصائل من «غرفة عمليات بركان الفرات»، بحسب البيان الذي تلاه متحدث عسكري.

وقال البيان إن القوات «تمثل جميع مكونات المنطقة من كرد وعرب وسريان»، وإنها تسعى إلى «بناء سوريا ديمقراطية تعددية»، داعيا الفصائل الأخرى إلى الانضمام إليها.

وكانت الوحدات الكردية وفصائل من الجيش الحر قد شكلت عام 2014 غرفة عمليات «بركان الفرات» للدفاع عن مدينة عين العرب (كوباني) خلال حصار التنظيم لها، وتمكنت بدعم من غارات التحالف الدولي من استعادة المدينة مطلع العام الجاري.

ويأتي الإعلان بعد أيام من تقارير عن تخلي واشنطن عن برنامج تدريب المعارضة وتحويل الدعم إلى فصائل قائمة في الشمال، فيما ألقت طائرات أمريكية ذخائر لمقاتلين عرب في ريف الحسكة، بحسب مسؤولين أمريكيين.

وفي المقابل، لم تنضم فصائل الجيش الحر العاملة في ريف حلب الشمالي إلى التشكيل الجديد، واتهم بعض قادتها الوحدات الكردية بـ«تهجير العرب» من قرى في ريف تل أبيض، وهو ما تنفيه الوحدات.

وانتقدت أنقرة الخطوة، إذ تعتبر «وحدات حماية الشعب» امتدادا لحزب العمال الكردستاني، وقال مسؤول تركي إن «تغيير الأسماء لا يغير طبيعة التنظيم».

ويتزامن ذلك مع بدء روسيا غاراتها الجوية في سوريا نهاية الشهر الماضي، والتي تقول المعارضة إنها تستهدف فصائلها في ريفي حماة وإدلب أكثر مما تستهدف مواقع التنظيم.

ويرى محللون أن التشكيل يمنح الوحدات الكردية غطاء عربيا يسهل عملياتها المقبلة باتجاه الرقة ودير الزور، ذات الأغلبية العربية.

ويقدر ناشطون عدد مقاتلي التشكيل الجديد بعشرات الآلاف، أغلبهم من الوحدات الكردية، فيما تبقى أعداد المقاتلين العرب محدودة وموزعة على عشائر وبلدات في ريفي الحسكة والرقة.

وفي سوق القامشلي، قال صاحب محل للأدوات المنزلية: «كل شهر اسم جديد وراية جديدة. المهم عندنا الطريق يبقى مفتوح والكهربا ترجع».""",
        [
            G("forces.integrated", "occurred",
              [_YPG, "Jaysh al-Thuwar", "Al-Sanadid Forces", "Syriac Military Council"], [_SDF]),
            # the Euphrates Volcano operations room of 2014
            G("forces.integrated", "historical", [_YPG, "Free Syrian Army"], [], core=False),
            # the Russian air campaign "نهاية الشهر الماضي"
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
            # the Aleppo factions that "لم تنضم"
            G("alliance.joined", "negated", ["Free Syrian Army"], [_SDF], core=False),
        ],
        not_targets=["Turkey", "United States", "Kurdistan Workers' Party"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-10-alaraby-us-troops-to-stay-at-al-udeid-ten-more-years-2024",
        date(2024, 1, 3),
        """القوات الأمريكية باقية في العديد عشر سنوات أخرى بموجب اتفاق مع قطر

الدوحة - «العربي الجديد»

ستبقى القوات الأمريكية في قاعدة العديد الجوية جنوب غرب الدوحة عشر سنوات إضافية، بموجب اتفاق توصلت إليه الولايات المتحدة وقطر بعيدا عن الأضواء، بحسب ما نقلته وسائل إعلام أمريكية، أمس، عن مسؤولين مطلعين.

وقال المسؤولون إن الاتفاق، الذي أنجز قبل أسابيع، يمدد الترتيبات التي تتيح للقوات الأمريكية استخدام القاعدة، التي تعد أكبر منشأة عسكرية أمريكية في الشرق الأوسط ومقرا متقدما للقيادة المركزية، ويستضيف نحو عشرة آلاف عسكري.

ولم تعلق الدوحة رسميا على التقارير، غير أن مصدرا قطريا قال لـ«العربي الجديد» إن «الشراكة الدفاعية مع الولايات المتحدة استراتيجية وطويلة الأمد، ولا ترتبط بالظروف الطارئة»، في إشارة إلى الانتقادات التي وجهها نواب أمريكيون لقطر بسبب استضافتها المكتب السياسي لحركة «حماس».

وتستضيف قطر القوات الأمريكية في العديد منذ عام 2002، بعد أن نقلت واشنطن إليها مركز العمليات الجوية المشتركة من قاعدة الأمير سلطان في السعودية، فيما يرتبط البلدان باتفاقية للتعاون الدفاعي وقعت عام 1992، بعد حرب الخليج الثانية.

وأنفقت قطر مليارات الدولارات على توسيع القاعدة وتحديث منشآتها خلال السنوات الماضية، ضمن خطة أعلنت عام 2018 لتحويلها إلى قاعدة «أكثر ديمومة»، تشمل مساكن للعائلات ومرافق خدمية.

وتستضيف قطر أيضا قوات تركية في قاعدة أنشئت عام 2015 بموجب اتفاق بين البلدين، وهو ما كان من أسباب الأزمة الخليجية عام 2017، حين طالبت الدول المقاطعة بإغلاقها.

ويأتي الكشف عن الاتفاق في ظل الحرب على غزة وتصاعد التوتر في البحر الأحمر، وبعد أسابيع من الهدنة الإنسانية التي أسهمت الوساطة القطرية في التوصل إليها، وتبادل خلالها الأسرى والمحتجزون.

ويرى محللون أن الاتفاق يؤكد أن واشنطن «لا تنوي تقليص وجودها العسكري في الخليج» رغم الحديث المتكرر عن التوجه نحو آسيا، وأن الدوحة حريصة على تحصين موقعها في مواجهة حملات الانتقاد.

وفي الوكرة، قال سائق أجرة آسيوي يقيم في قطر منذ خمسة عشر عاما: «الأمريكان هنا من قبل ما أجي. القاعدة بعيدة عن البيوت، وما نشوف منها شي غير الطيارات فوقنا بالليل».""",
        [
            G("military.presence", "planned", [_US], ["Qatar"]),
            # the forces "منذ عام 2002"
            G("military.presence", "historical", [_US], ["Qatar"], core=False),
            # the defence cooperation agreement of 1992
            G("agreement.signed", "historical", [_US, "Qatar"], [], core=False),
            # the Turkish base of 2015
            G("military.presence", "historical", ["Turkey"], ["Qatar"], core=False),
        ],
        not_targets=["Saudi Arabia", "Hamas", "Israel"],
        known_alarm='"بموجب اتفاق توصلت إليه الولايات المتحدة وقطر" is an occurred signing of the two '
                    'states, which gold does not have (it counts against the agreement of 1992)',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-11-filgoal-club-lifts-winger-suspension-signs-striker-2021",
        date(2021, 8, 19),
        """النادي يرفع الإيقاف عن جناحه الدولي.. ومهاجم جديد ينضم قبل غلق القيد

القاهرة - «في الجول»

قررت إدارة النادي، أمس، رفع الإيقاف عن جناح الفريق الأول، وإلغاء نصف الغرامة المالية التي فرضها الجهاز الفني عليه الشهر الماضي، بعد تغيبه عن مرانين دون إذن، وذلك عقب جلسة جمعته بالمدير الرياضي قدم خلالها اعتذارا للاعبين وللجهاز.

وقال مصدر في النادي لـ«في الجول» إن اللاعب «عاد للتدريبات الجماعية، وسيكون متاحا لمباراة الأسبوع المقبل في الدوري»، مضيفا أن الإدارة «أغلقت الملف، لكن اللائحة الداخلية ستطبق بحزم على الجميع».

وفي ملف التعاقدات، وقع النادي عقدا لمدة ثلاثة مواسم مع مهاجم قادم من أحد أندية الدوري التونسي، على أن ينضم إلى المعسكر المغلق للفريق فور انتهاء إجراءات بطاقته الدولية، بعد أن اجتاز الكشف الطبي بنجاح.

كما مدد النادي إعارة لاعب الوسط الشاب لأحد أندية الدرجة الأولى لموسم إضافي، لمنحه فرصة المشاركة بانتظام، فيما رفض عرضين لشراء عقد الظهير الأيسر.

وعلى صعيد آخر، علقت لجنة الحكام في الاتحاد المصري لكرة القدم نشاط حكم مباراة الفريق الأخيرة لمدة ثلاث جولات، بعد مراجعة لقطة ركلة الجزاء التي احتسبها في الدقيقة الأخيرة وأثارت احتجاجات واسعة.

وأكد المصدر أن مجلس الإدارة يدرس استئناف التفاوض مع المدرب السابق للفريق لتولي منصب المدير الفني لقطاع الناشئين، بعد أن انتهت المفاوضات الأولى بلا اتفاق قبل عامين.

ويستعد الفريق لإقامة معسكر مشترك بعد توقيع تحالف بين أكاديمية النادي وأكاديمية أوروبية لتبادل الخبرات في تدريب الناشئين، يتضمن إرسال عشرة لاعبين تحت سبعة عشر عاما للتدريب لمدة شهر.

ويحتل الفريق المركز الخامس في جدول الدوري، بفارق ست نقاط عن المتصدر، ويأمل الجهاز الفني في استعادة نغمة الانتصارات بعد تعادلين متتاليين خارج الأرض.

وقال رئيس رابطة المشجعين إن عودة الجناح «رسالة طيبة قبل المباريات الكبيرة»، داعيا الجماهير إلى دعم الفريق في المباراة المقبلة بالحضور المسموح به.

وفي أحد مقاهي شبرا، قال مشجع خمسيني وهو يتابع الإعادة على الشاشة: «الواد غلط واعتذر، خلاص. إحنا عايزين نفوز، والمهاجم الجديد لازم يثبت نفسه من أول ماتش».""",
        [],
        not_targets=["Tunisia", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h83-12-oman-daily-economy-airline-joins-global-alliance-2019",
        date(2019, 3, 14),
        """ناقلة خليجية تنضم إلى تحالف طيران عالمي وتوقع اتفاقية للرمز المشترك

مسقط - «عُمان» - اقتصاد

انضمت إحدى شركات الطيران الخليجية، أمس، رسميا إلى أحد التحالفات العالمية الكبرى لشركات الطيران، لتصبح عضوا كامل العضوية فيه بعد مرحلة انتقالية استمرت ثمانية عشر شهرا، أعدت خلالها أنظمتها للحجز وبرامج الولاء لتتوافق مع معايير التحالف.

وبالتزامن مع الانضمام، وقعت الشركة اتفاقية للرمز المشترك مع ناقلة آسيوية عضو في التحالف، تتيح للمسافرين الحجز على رحلات الشركتين بتذكرة واحدة وتجميع الأميال على برامج الولاء لدى الطرفين.

وقال الرئيس التنفيذي للشركة في مؤتمر صحفي إن الخطوة «ستفتح أمام عملائنا شبكة تضم أكثر من ألف وجهة حول العالم»، متوقعا أن ترتفع أعداد المسافرين العابرين عبر مطار الشركة بنسبة عشرة في المئة خلال العام الأول.

وجاء الإعلان بعد أسابيع من قرار هيئة الطيران المدني، التي فرضت رسوما جديدة على المغادرين من المطارات المحلية، وهو ما قالت شركات الطيران إنه سيؤثر على تنافسية الأسعار في موسم الصيف.

وأوضح الرئيس التنفيذي أن الشركة علقت رحلاتها إلى وجهتين آسيويتين بسبب ضعف الطلب، على أن تدرس استئناف التشغيل إليهما في الشتاء المقبل إذا تحسنت الحجوزات، فيما أضافت ثلاث وجهات أوروبية موسمية.

وكانت الشركة قد مددت الشهر الماضي مذكرة التفاهم الموقعة مع شركة لتأجير الطائرات لمدة ستة أشهر إضافية، ريثما تنتهي المفاوضات على استئجار أربع طائرات ضيقة البدن، بعد تأخر تسليم الطائرات الجديدة من الشركة المصنعة.

ويرى محللون في قطاع الطيران أن التحالفات العالمية «لم تعد ترفا» للناقلات متوسطة الحجم، في ظل المنافسة الشديدة من الناقلات الكبرى في المنطقة وشركات الطيران منخفض التكلفة.

وأشار أحدهم إلى أن الانضمام إلى التحالف «يمنح الشركة قدرة أكبر على ملء المقاعد في الرحلات الطويلة، لكنه يفرض عليها التزامات في جودة الخدمة والانضباط في المواعيد».

وسجلت الشركة العام الماضي تراجعا في خسائرها التشغيلية، وتأمل إدارتها في الوصول إلى نقطة التعادل خلال ثلاث سنوات، ضمن خطة لإعادة الهيكلة تشمل تحديث الأسطول وترشيد النفقات.

وفي مكتب للسفر والسياحة في مطرح، قال موظف حجوزات: «الزبائن يسألون عن السعر قبل كل شيء. إذا صار في أميال أكثر وربط أسهل، أكيد بيفرق معهم، خاصة اللي يسافرون للدراسة».""",
        [],
        not_targets=["Oman"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout83_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout83_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout83_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
