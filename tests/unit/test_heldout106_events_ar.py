"""A hundred and sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
earlier Arabic held-out sets: Arabic copy of 1984-2025 as the Arabic news pages of international
and regional organisations and the agencies and dailies that report their decisions carry it (the
UN's news service, "لاهاي - «أخبار الأمم المتحدة»", with a survivor of Ltamenah in Idlib; the
Moroccan agency, "الدار البيضاء - «وكالة المغرب العربي للأنباء»", with a retired clerk of
Mohammed V avenue; the Kuwaiti agency, "نيويورك - «كونا»", with a Karrada pharmacist; the UN's news
service again, "نيويورك - «أخبار الأمم المتحدة»", with a Beni cloth trader; a pan-Arab daily,
"أديس أبابا - «الشرق الأوسط»", with a Musaga motorcycle driver; the Egyptian agency, "القاهرة -
«وكالة أنباء الشرق الأوسط»", with a Volo Volo clove seller; a Cairo daily, "القاهرة - «الأهرام»",
with a Tahrir news-stand keeper; the Syrian agency, "دمشق - «سانا»", with a Hamidiyah cloth
merchant; the UN's radio, "جوبا - «إذاعة الأمم المتحدة»", with a Konyo Konyo tea seller; the
African Union's site, "بانغي - «موقع الاتحاد الأفريقي»", with a PK5 shopkeeper; a Doha daily's
sports page, "الدوحة - «الراية» - رياضة", with an Al Sadd fan; and an Emirati daily's culture
page, "الشارقة - «الاتحاد» - ثقافة", with a schoolteacher) on episodes the earlier sets do not
carry as core news: the OPCW's Conference of the States Parties suspending Syria's rights and
privileges, April 2021; the fourth Islamic summit in Casablanca lifting Egypt's suspension from
the Organisation of the Islamic Conference, January 1984; the Security Council offering by
Resolution 1284 to suspend the sanctions on Iraq for renewable periods of 120 days, December 1999;
the Security Council renewing by Resolution 2478 the sanctions on the Democratic Republic of the
Congo, June 2019; the African Union's Peace and Security Council threatening targeted sanctions on
those behind the violence in Burundi, October 2015; the Comoros joining the Arab League as its
twenty-second member, 1993; Iran and the IAEA signing the Cairo agreement on resumed cooperation,
September 2025; Egypt and Syria restoring diplomatic relations, December 1989; the first
battalions of the Sudanese army and the SPLA merged into the Joint Integrated Units in Juba,
2006; the African-led mission MISCA taking over in the Central African Republic, December 2013.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
105 Arabic on main, and sets 102, 103 and 105 Arabic and 117 English on their branches) by states,
bodies, people, places and resolution numbers in Arabic and English spellings, reading the hits:
"OPCW" beside Syria's rights, "rights and privileges"/"حقوق وامتيازات", "مؤتمر الدول الأطراف"
(none: the OPCW is core news only for Palestine's and Iraq's accessions and in passing elsewhere);
"Casablanca summit", "منظمة المؤتمر الإسلامي" beside Egypt (none); "1284" (none); "2478" (none;
sets 31 and 91 English carry Resolution 2688 of 2023, another renewal); "Burundi" and "بوروندي"
beside sanctions (sets 39, 41, 78, 104 Arabic and 30, 78, 106, 107 English carry the American,
European and regional measures and their lifting, not the African Union's threat of 2015);
"Comoros"/"جزر القمر" beside the Arab League (set 27 Arabic names the 1993 joining in a one-line
background); "Grossi"/"غروسي" (none; one Arabic set names the Cairo agreement in a one-line
background); Egypt and Syria beside 1989 (none); "Joint Integrated Units"/"الوحدات المشتركة
المدمجة" (none); "MISCA"/"ميسكا" and "MICOPAX" (none; set 104 Arabic names Resolution 2127 as the
background of an embargo). Some forty other candidates were dropped because the search found them
as core news (among them the Haiti suspension of 1993, Resolutions 943, 1022, 1192, 1412, 1823,
2093, 2374, 2444, 2541, 2588, 2688, 2713 and 2733, the Taliban travel exemptions, the Zimbabwe,
Belarus and Myanmar suspensions, Gabon's suspension lifted, Eritrea in IGAD, Somalia in the EAC,
Palestine in the ICC and Interpol, Equatorial Guinea in OPEC, the Jordan-Qatar, Mauritania-Qatar,
Senegal-Qatar, Sudan-Iran, Sudan-Chad, Maldives-Iran, Djibouti-Eritrea, Iraq-Syria and UAE-Iran
restorations, the Ahlu Sunna, Sahwa, CNDP, Amhara, Rapid Support Forces, Lebanese militia and
Central African mixed-unit integrations, the Peninsula Shield, the Kenyan troops in Goma, the SADC
force in Mozambique and the AU force in Anjouan).
Facts the writer is unsure of: the vote on the OPCW decision (87 for, 15 against, 34 abstaining)
and the Syrian envoy's words; the day, the wording and the dissenting delegations of the Islamic
summit's decision on Egypt, and Habib Chatti's words; the Kuwaiti envoy's words on Resolution 1284;
the number of names on the Congo list and the Congolese envoy's words; the terms of the Peace and
Security Council's communiqué of 17 October 2015 and Smaïl Chergui's words; the day and the organ
of the Arab League's decision on the Comoros (written as November 1993) and Esmat Abdel Meguid's
words; the contents of the Cairo agreement and the words of the three ministers; the day and the
form of the Egyptian-Syrian announcement (written as 27 December 1989); the day, place and scale of
the first Joint Integrated Units and the Joint Defence Board's role (written as March 2006); the
strength and the contributors of MISCA on the day of the handover.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Security Council's "أعرب فيه عن عزمه تعليق العقوبات"), next to historical, negated and
stalled ones and a few alertable events that are not core; two are near misses: a Qatari sports
page (a disciplinary committee that "رفعت … عقوبة الإيقاف" and "فرضت غرامة" and "حذرت … من
عقوبات أشد", "انضمام مهاجم", a player who "وقع عقده", a contract "مدد", talks "علقت", a federation
that "وقع … اتفاقية تعاون", volunteers "نشرت", restrictions lifted) and an Emirati culture page (a
museum's "انضمامه إلى شبكة دولية", a memorandum "وقع", an exhibition "مدد", tours "علق", a
photography ban lifted, guides "نشرت", an "تحالف" of institutions, publishers who warn of
"عقوبات").

The decisions of the annotation, taken before any run: a conference that "علق … حقوق الجمهورية
العربية السورية وامتيازاتها في منظمة حظر الأسلحة الكيميائية" imposes (core; the OPCW; Syria): a
suspension laid on a member is a measure imposed, as the design counts the suspensions of states
by the African Union; Syria's accession "في سبتمبر 2013" a historical joining, the Geneva framework
of the United States and Russia a historical signing, "ولا يعني القرار تعليق عضوية سوريا" a
negated imposition; the Executive Council's deadline is no event. A summit that decided "رفع تعليق
عضوية جمهورية مصر العربية في منظمة المؤتمر الإسلامي" lifts (core; the OIC; Egypt), the suspension
"في فاس في مايو 1979" a historical imposition, the peace treaty and the Camp David accords
historical signings, the Arab League's suspension "في مارس 1979" a historical imposition and "ولم
تتخذ الجامعة حتى الآن أي قرار بإعادة مصر" a negated lifting. A council that "أعرب … عن عزمه تعليق
العقوبات المفروضة على العراق لفترات مدتها مئة وعشرون يوما" plans a suspension (core, planned; the
Security Council; Iraq), the sanctions "منذ السادس من أغسطس 1990 بموجب القرار 661" a historical
imposition, "ولا يرفع القرار العقوبات" a negated lifting, oil for food of Resolution 986 a
historical suspension (an exemption); Desert Fox is no event of a watched type. A council that
"جدد … نظام العقوبات المفروض على جمهورية الكونغو الديمقراطية" extends (core; the Security
Council; the DRC), the embargo of Resolution 1493 a historical imposition, "ولم يضف المجلس … أي
أسماء" a negated imposition, the UN mission "منذ عام 1999" a historical presence, the easing of
the notification rule "من دون أن يتوصلوا إلى توافق" a stalled suspension. A council that "لوح …
بفرض عقوبات محددة الأهداف" threatens (core; the African Union; Burundi), the Arusha agreement of
2000 a historical signing, the EU's bans "مطلع الشهر الجاري" a historical imposition, "ولم يقرر
المجلس … نشر قوة أفريقية" a negated presence; Museveni's mediation is no event. A state that
"انضمت … رسميا إلى جامعة الدول العربية" joins (core; the Comoros; the Arab League), Mauritania,
Somalia and Djibouti "عام 1973 … 1974 … 1977" historical joinings, "ولم تتقدم إريتريا … بطلب
للانضمام" a negated joining. A minister and a director general who "وقع … اتفاقا يحدد إطارا
لاستئناف التعاون" sign (core; Iran, Araghchi, the IAEA, Grossi; Egypt the host, no party), the
European snapback "أواخر الشهر الماضي" whose sanctions come back "بعد ثلاثين يوما" a planned
imposition (not core), the nuclear agreement of 2015 a historical signing, "ولم توقع إيران
والولايات المتحدة أي اتفاق" a negated signing; Iran's suspended cooperation and the strikes are no
events of a watched type. Two states that announced "استئناف العلاقات الدبلوماسية بينهما" restore
ties (core; Syria and Egypt), the Casablanca summit "في مايو الماضي" lifting Egypt's suspension a
historical lifting, Syria's joining the Steadfastness Front in 1977 a historical joining, the
Taif document "قبل أسابيع" a historical signing of Lebanon, "ولم
تستأنف ليبيا علاقاتها الدبلوماسية الكاملة مع القاهرة" a negated restoration; the break of 1977 is
no event of a watched type. A board that announced "دمج أولى الكتائب من القوات المسلحة السودانية
والجيش الشعبي لتحرير السودان في الوحدات المشتركة المدمجة" integrates forces (core; the Sudanese
army and the SPLM/A; Sudan), the Naivasha agreement a historical signing, "ولم تندمج بعد قوات
الجماعات المسلحة الأخرى" a negated integration, the UN mission of Resolution 1590 a historical
presence; the units' stations within Sudan are no foreign presence. A mission that "تسلمت … مهامها
رسميا … لتنتشر قوات الاتحاد الأفريقي في البلاد" is a presence (core; the African Union and
MISCA; the Central African Republic; the contributors no targets), Sangaris "منذ الخامس من
ديسمبر" a historical presence, the embargo of Resolution 2127 a historical imposition, "ولم يقرر
مجلس الأمن حتى الآن تحويل البعثة … إلى عملية أممية" a negated presence. The Qatari sports page
and the Emirati culture page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.900, R 0.800, F1 0.847 (recall
8/10, precision 9/10); occurred core found 7/9, planned 1/1; historical kept quiet 20/20, negated
10/10, stalled 1/1. No annotation was changed after the run. Missed: the OPCW conference that
"علق … حقوق الجمهورية العربية السورية وامتيازاتها في منظمة حظر الأسلحة الكيميائية" (ar-h106-01)
is read, from the headline's "يعلق حقوق سوريا", as a suspension of sanctions with Syria for actor
(a false alarm as well): a suspension of a state's rights in a body is taken for a suspension of
measures, and the conference of the states parties gives no actor; MISCA that "تسلمت … مهامها
رسميا … لتنتشر قوات الاتحاد الأفريقي في البلاد" (ar-h106-10) gives no presence (only Resolution
2127's authorisation of the mission, read as France's historical presence). Seen, not counted by
the score: the Security Council's planned suspension (ar-h106-03) is read twice, once as occurred;
the Islamic summit's lifting has the OIC for a second target and no actor; the Congo's historical
embargo has the DRC for actor; the Comoros' joining is read a second time as a historical joining
with no target; the Joint Integrated Units have the two armies for targets and no actor, and the
Naivasha agreement South Sudan for a party; the negated African force in Burundi has the European
Union for actor; the snapback's sanctions are read as historical, not planned; the Taif document,
the Steadfastness Front, the stalled easing of the Congo rules and Libya's negated restoration are
not read at all (all kept quiet). The two near misses raise nothing. Two articles are strict
xfails (ar-h106-01 on its core event and its alerts, ar-h106-10 on its core event).

After the fixes of 2026-12-08: events P 1.000, R 1.000, F1 1.000 (recall 10/10, precision 11/11).
Three general causes were fixed, pinned by rule sentences of other states, bodies and wording in
``test_heldout106_rules_ar.py``. A state's rights in a body suspended or frozen ("علق … حقوق X
وامتيازاتها في المنظمة", "علق … حق X في التصويت") are a measure imposed, as a membership
suspended already was ("حقوق" and "حق" joined the membership words, a state must follow them);
an organ the knowledge base does not name, such as a conference of the states parties, suspends
for the bloc named "في" after the state; the verb reaches twelve tokens for the membership word,
past a subject with its treaty and a day; and a suspension of sanctions is no longer read from a
treaty named in the subject when a state's membership or rights follow. ar-h106-01's miss and
false alarm are cured and both its strict xfails removed. A bloc's forces ("انتشرت قوات حلف شمال
الأطلسي في …", "لتنتشر قوات الاتحاد الأفريقي في البلاد") are a presence, as a foreign power's
forces named by their demonym already were (the bloc itself, not one of its standing missions:
"وتنتشر قوات «اليونيفيل» في جنوب لبنان" of set 53 stays background); and the states a force's soldiers come from ("ستة
آلاف عنصر من تشاد والكاميرون") are its senders, among the actors, not where it goes.
ar-h106-10's presence is now found, but as planned: "تسلمت البعثة مهامها، لتنتشر قوات …", the
result clause of an act done, is read as a purpose; its strict xfail stays with that reason (the
score, which asks only for an alertable status, counts it found). Left as well, seen and not
counted: the Islamic summit's lifting with no actor and the OIC for a target, the planned
suspension of Resolution 1284 read a second time as occurred, and MISCA's host (the Central
African Republic, named before "في البلاد") not found.

``python -m tests.unit.test_heldout106_events_ar`` prints every article's alerts and the set's
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
_OPCW = "Organisation for the Prohibition of Chemical Weapons"
_OIC = "Organisation of Islamic Cooperation"
_AL = "Arab League"
_AU = "African Union"
_IAEA = "International Atomic Energy Agency"
_DRC = "Democratic Republic of the Congo"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-01-unnews-opcw-suspends-syria-rights-2021",
        date(2021, 4, 22),
        """مؤتمر الدول الأطراف في اتفاقية الأسلحة الكيميائية يعلق حقوق سوريا وامتيازاتها

لاهاي - «أخبار الأمم المتحدة»

علق مؤتمر الدول الأطراف في اتفاقية حظر الأسلحة الكيميائية، أمس الأربعاء، حقوق الجمهورية العربية السورية وامتيازاتها في منظمة حظر الأسلحة الكيميائية، ومنها حق التصويت في المؤتمر وفي المجلس التنفيذي وحق الترشح لعضوية المجلس، في أول قرار من نوعه يتخذه المؤتمر بحق دولة طرف منذ إنشاء المنظمة عام 1997.

واعتمد المؤتمر، في دورته الخامسة والعشرين المستأنفة، مشروع القرار الذي قدمته فرنسا باسم ست وأربعين دولة، بأغلبية سبعة وثمانين صوتا مقابل خمسة عشر صوتا، وامتناع أربع وثلاثين دولة عن التصويت. وعارضت روسيا والصين وإيران القرار، معتبرة أنه «تسييس» لعمل المنظمة.

ويأتي القرار بعد أن خلص فريق التحقيق وتحديد الهوية التابع للأمانة الفنية، في تقريره الأول الصادر في أبريل من العام الماضي، إلى وجود «أسباب معقولة» للاعتقاد بأن سلاح الجو السوري استخدم غاز السارين والكلور في ثلاث هجمات على بلدة اللطامنة في ريف حماة في مارس 2017.

وكان المجلس التنفيذي للمنظمة قد أمهل دمشق في يوليو الماضي تسعين يوما للإعلان عن المنشآت التي أنتجت فيها الأسلحة المستخدمة في تلك الهجمات، إلا أن الحكومة السورية لم تقدم الإعلان المطلوب.

ولا يعني القرار تعليق عضوية سوريا في المنظمة أو طردها منها، إذ تبقى دولة طرفا في الاتفاقية وملزمة بأحكامها، وينص القرار على إعادة الحقوق إليها متى أبلغ المدير العام المجلس التنفيذي بأنها استكملت التدابير المطلوبة.

وانضمت سوريا إلى الاتفاقية في سبتمبر 2013، بموجب الإطار الذي وقعته الولايات المتحدة وروسيا في جنيف بعد هجوم الغوطة، وأعلنت آنذاك عن مخزونها الذي جرى نقله إلى الخارج وتدميره.

وقال المدير العام للمنظمة فرناندو أرياس إن الأمانة ستواصل العمل مع السلطات السورية لتوضيح «الثغرات والتناقضات» في إعلانها الأولي، مشيرا إلى أن تسع عشرة مسألة لا تزال عالقة.

من جهته، قال مندوب سوريا إن بلاده «ترفض القرار جملة وتفصيلا»، وإنها لم تستخدم أي أسلحة كيميائية، متهما الدول الغربية باستخدام المنظمة أداة للضغط السياسي.

وفي مدينة إدلب، قال أحد الناجين من هجمات اللطامنة، وهو مزارع في الخمسينيات من عمره: «ننتظر منذ أربع سنوات أن يقول أحد ما حدث لنا. القرار خطوة، لكنه لا يعيد من فقدناهم، ولا يحاسب من أعطى الأوامر».""",
        [
            G("sanctions.imposed", "occurred", [_OPCW], ["Syria"]),
            # Syria's accession "في سبتمبر 2013"
            G("alliance.joined", "historical", ["Syria"], [_OPCW, "Chemical Weapons Convention"], core=False),
            # the framework "الذي وقعته الولايات المتحدة وروسيا في جنيف"
            G("agreement.signed", "historical", [_US, "Russia"], [], core=False),
            # "ولا يعني القرار تعليق عضوية سوريا في المنظمة أو طردها منها"
            G("sanctions.imposed", "negated", [_OPCW], ["Syria"], core=False),
        ],
        not_targets=["France", "Russia", "China", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-02-map-islamic-summit-readmits-egypt-1984",
        date(1984, 1, 20),
        """القمة الإسلامية في الدار البيضاء تقرر إعادة مصر إلى منظمة المؤتمر الإسلامي

الدار البيضاء - «وكالة المغرب العربي للأنباء»

قرر مؤتمر القمة الإسلامي الرابع، في ختام أعماله مساء أمس الخميس في الدار البيضاء، رفع تعليق عضوية جمهورية مصر العربية في منظمة المؤتمر الإسلامي، ودعوتها إلى استئناف شغل مقعدها في المنظمة وأجهزتها، بعد نحو خمس سنوات من تعليقها.

وجاء القرار، بحسب مصادر المؤتمر، بعد مشاورات مطولة قادها جلالة الملك الحسن الثاني، رئيس القمة، مع عدد من القادة، وسط تحفظ وفود سوريا وليبيا واليمن الديمقراطية التي عارضت عودة القاهرة قبل تخليها عن اتفاقيتي كامب ديفيد.

وكان المؤتمر الإسلامي العاشر لوزراء الخارجية، المنعقد في فاس في مايو 1979، قد علق عضوية مصر إثر توقيعها معاهدة السلام مع إسرائيل في واشنطن في مارس من العام نفسه، بعد أشهر من توقيع اتفاقيتي كامب ديفيد في سبتمبر 1978.

كما كانت جامعة الدول العربية قد علقت عضوية مصر في مارس 1979، ونقلت مقرها من القاهرة إلى تونس، ولم تتخذ الجامعة حتى الآن أي قرار بإعادة مصر إلى صفوفها، إذ يتطلب ذلك إجماعا لا يبدو متوفرا في الوقت الراهن.

وقال الأمين العام للمنظمة الحبيب الشطي، في مؤتمر صحفي، إن القرار «يعيد إلى الأسرة الإسلامية أحد أعمدتها»، معربا عن أمله في أن تسهم عودة مصر في توحيد الصف الإسلامي في مواجهة الاحتلال الإسرائيلي للأراضي العربية والحرب بين العراق وإيران.

وأكدت مصادر دبلوماسية مصرية في الرباط أن القاهرة «تدرس الدعوة بإيجابية»، وأن الرئيس حسني مبارك سيعلن موقف بلاده خلال الأيام المقبلة، من دون أن تحدد موعدا لمشاركة وفد مصري في اجتماعات المنظمة.

وتناولت القمة أيضا القضية الفلسطينية ووضع مدينة القدس، والحرب العراقية الإيرانية التي دعت إلى وقفها، والوضع في أفغانستان، حيث طالبت بانسحاب القوات السوفياتية منها.

وفي مقهى بشارع محمد الخامس، قال موظف متقاعد يتابع الأخبار في الصحف: «مصر كبيرة، ولا معنى لمؤتمر إسلامي من دونها. الخلاف في السياسة شيء، والقطيعة بين الإخوة شيء آخر، وقد طالت أكثر من اللازم».""",
        [
            G("sanctions.lifted", "occurred", [_OIC], ["Egypt"]),
            # the suspension "في فاس في مايو 1979"
            G("sanctions.imposed", "historical", [_OIC], ["Egypt"], core=False),
            # the peace treaty "في واشنطن في مارس من العام نفسه" and the Camp David accords of 1978
            G("agreement.signed", "historical", ["Egypt", "Israel"], [], core=False),
            # the Arab League's suspension "في مارس 1979"
            G("sanctions.imposed", "historical", [_AL], ["Egypt"], core=False),
            # "ولم تتخذ الجامعة حتى الآن أي قرار بإعادة مصر إلى صفوفها"
            G("sanctions.lifted", "negated", [_AL], ["Egypt"], core=False),
        ],
        not_targets=["Syria", "Libya", "Iraq", "Iran", "Afghanistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-03-kuna-unsc-1284-offers-iraq-suspension-1999",
        date(1999, 12, 18),
        """مجلس الأمن يعرض تعليق العقوبات على العراق مقابل عودة المفتشين

نيويورك - «كونا»

تبنى مجلس الأمن الدولي، مساء أمس الجمعة، القرار 1284 الذي ينشئ لجنة جديدة للرصد والتحقق والتفتيش تحل محل اللجنة الخاصة «أونسكوم»، وأعرب فيه عن عزمه تعليق العقوبات المفروضة على العراق لفترات مدتها مئة وعشرون يوما قابلة للتجديد، إذا تعاون العراق تعاونا كاملا مع اللجنة الجديدة والوكالة الدولية للطاقة الذرية.

وصوت أحد عشر عضوا لمصلحة القرار، فيما امتنعت روسيا والصين وفرنسا وماليزيا عن التصويت، بعد مفاوضات استمرت نحو عام بين الأعضاء الدائمين حول شروط التعليق ومدته.

وينص القرار على أن يبدأ تعليق الحظر على صادرات العراق ووارداته المدنية بعد أن تبلغ اللجنة الجديدة والوكالة الدولية المجلس بأن العراق تعاون معهما في جميع النواحي مدة مئة وعشرين يوما، على أن يظل حظر السلاح قائما.

ولا يرفع القرار العقوبات المفروضة على العراق منذ السادس من أغسطس 1990 بموجب القرار 661، إثر غزو الكويت، كما يبقي على آلية الرقابة على عائدات النفط.

وكان العراق قد أوقف تعاونه مع المفتشين في أكتوبر من العام الماضي، قبل أن تشن الولايات المتحدة وبريطانيا في ديسمبر 1998 عملية «ثعلب الصحراء» التي استمرت أربعة أيام، ولم يعد المفتشون إلى العراق منذ ذلك الحين.

وسارع نائب رئيس الوزراء العراقي طارق عزيز إلى رفض القرار، معتبرا أنه «لا يحمل جديدا»، وأن بغداد «لن تسمح بعودة المفتشين» ما لم ترفع العقوبات كاملة.

ورحبت الكويت بالقرار، وقال مندوبها لدى الأمم المتحدة إن بلاده تتطلع إلى أن يلتزم العراق بتنفيذ قرارات مجلس الأمن، بما فيها ملف الأسرى والمفقودين الكويتيين.

ويعمل برنامج «النفط مقابل الغذاء»، الذي أقره المجلس عام 1995 بموجب القرار 986، على السماح للعراق ببيع كميات من نفطه لشراء الغذاء والدواء تحت إشراف الأمم المتحدة.

ويرى مراقبون في نيويورك أن صياغة القرار جاءت غامضة في مسألة تعريف «التعاون الكامل»، وهو ما قد يفتح الباب أمام خلافات جديدة بين الأعضاء حين يحين وقت تقييم سلوك بغداد.

وفي بغداد، قال صيدلي في منطقة الكرادة: «سمعنا عن قرارات كثيرة خلال تسع سنوات. الدواء ما زال ناقصا، والراتب لا يكفي أسبوعا. نريد أن نعيش مثل بقية الناس، لا أكثر».""",
        [
            # "أعرب فيه عن عزمه تعليق العقوبات المفروضة على العراق"
            G("sanctions.suspended", "planned", [_UNSC], ["Iraq"]),
            # "منذ السادس من أغسطس 1990 بموجب القرار 661"
            G("sanctions.imposed", "historical", [_UNSC], ["Iraq"], core=False),
            # "ولا يرفع القرار العقوبات المفروضة على العراق"
            G("sanctions.lifted", "negated", [_UNSC], ["Iraq"], core=False),
            # oil for food "عام 1995 بموجب القرار 986"
            G("sanctions.suspended", "historical", [_UNSC], ["Iraq"], core=False),
        ],
        not_targets=["Russia", "China", "France", "Malaysia", "Kuwait", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-04-unnews-unsc-2478-renews-congo-sanctions-2019",
        date(2019, 6, 27),
        """مجلس الأمن يجدد العقوبات على جمهورية الكونغو الديمقراطية لعام إضافي

نيويورك - «أخبار الأمم المتحدة»

جدد مجلس الأمن الدولي، أمس الأربعاء، حتى الأول من يوليو 2020 نظام العقوبات المفروض على جمهورية الكونغو الديمقراطية، بما فيه حظر السلاح على الجماعات المسلحة وحظر السفر وتجميد الأصول، ومدد حتى الأول من أغسطس 2020 ولاية فريق الخبراء المكلف بمراقبة تنفيذه.

واعتمد المجلس القرار 2478 بالإجماع، وطلب من فريق الخبراء تقديم تقرير مرحلي بحلول نهاية العام، وتقرير نهائي يتضمن توصيات بشأن الجهات التي تواصل تمويل الجماعات المسلحة عبر تهريب الذهب والقصدير والكولتان.

ويعود نظام العقوبات إلى عام 2003، حين فرض المجلس بموجب القرار 1493 حظرا على توريد السلاح إلى الجماعات المسلحة في شرق البلاد، ثم وسعه في السنوات التالية ليشمل حظر السفر وتجميد أصول قادة الجماعات والمسؤولين عن تجنيد الأطفال.

ولم يضف المجلس في قراره الجديد أي أسماء إلى قائمة العقوبات، التي تضم حاليا أكثر من ثلاثين فردا وتسع كيانات، بحسب بيانات اللجنة المختصة.

وقال مندوب الكونغو الديمقراطية إن حكومة الرئيس فيليكس تشيسيكيدي «تتعاون بالكامل» مع فريق الخبراء، داعيا المجلس إلى دعم جهود بلاده في تفكيك الجماعات المسلحة، ولا سيما «القوات الديمقراطية المتحالفة» في إقليم شمال كيفو.

وتنتشر في البلاد منذ عام 1999 بعثة أممية لحفظ السلام، تحولت عام 2010 إلى بعثة منظمة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية «مونوسكو»، ويبلغ عديدها نحو ستة عشر ألف عنصر.

ويأتي التجديد فيما تواجه السلطات الصحية في الشرق تفشيا لفيروس إيبولا أودى بحياة أكثر من ألف وأربعمئة شخص منذ أغسطس الماضي، وسط هجمات متكررة على مراكز العلاج.

وأشار دبلوماسيون إلى أن الأعضاء ناقشوا تخفيف إجراءات الإخطار المفروضة على شحنات السلاح إلى الحكومة، من دون أن يتوصلوا إلى توافق بشأنها.

ويقول خبراء إن شبكات التهريب تنقل معظم الذهب المستخرج من المناجم الحرفية في إيتوري وجنوب كيفو عبر دول الجوار، قبل أن يصل إلى الأسواق الدولية.

وفي مدينة بيني، قال تاجر يبيع الأقمشة في السوق المركزي: «العقوبات تصدر في نيويورك، والمسلحون هنا في الغابة. نحن لا نطلب إلا أن نذهب إلى حقولنا وأن نعود إلى بيوتنا أحياء».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], [_DRC]),
            # the embargo of 2003 "بموجب القرار 1493"
            G("sanctions.imposed", "historical", [_UNSC], [_DRC], core=False),
            # "ولم يضف المجلس في قراره الجديد أي أسماء إلى قائمة العقوبات"
            G("sanctions.imposed", "negated", [_UNSC], [_DRC], core=False),
            # the UN mission "منذ عام 1999" and MONUSCO of 2010
            G("military.presence", "historical", ["United Nations", "MONUSCO"], [_DRC], core=False),
            # the easing of the notification rule, no consensus reached
            G("sanctions.suspended", "stalled", [_UNSC], [_DRC], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-05-asharqalawsat-au-council-threatens-burundi-sanctions-2015",
        date(2015, 10, 18),
        """الاتحاد الأفريقي يلوح بعقوبات على المسؤولين عن العنف في بوروندي

أديس أبابا - «الشرق الأوسط»

لوح مجلس السلم والأمن التابع للاتحاد الأفريقي، في ختام اجتماع عقده أمس السبت في أديس أبابا، بفرض عقوبات محددة الأهداف، تشمل حظر السفر وتجميد الأصول، على جميع الأطراف البوروندية التي تسهم بأفعالها أو تصريحاتها في استمرار العنف وعرقلة البحث عن حل للأزمة، وطلب من مفوضية الاتحاد إعداد قائمة بأسماء هؤلاء.

وقرر المجلس أيضا فتح تحقيق معمق في انتهاكات حقوق الإنسان التي ارتكبت في البلاد منذ أبريل الماضي، ودعا الحكومة والمعارضة إلى حوار شامل في الخارج برعاية الوساطة التي يقودها الرئيس الأوغندي يويري موسيفيني.

وتشهد بوروندي أزمة سياسية منذ إعلان الرئيس بيير نكورونزيزا ترشحه لولاية ثالثة، اعتبرها معارضوه مخالفة للدستور ولاتفاق أروشا للسلام الذي وقع عام 2000 وأنهى حربا أهلية استمرت أكثر من عقد. وقتل منذ ذلك الحين أكثر من مئتي شخص، ولجأ ما يزيد على مئة وخمسين ألفا إلى الدول المجاورة.

وكان الاتحاد الأوروبي قد فرض مطلع الشهر الجاري حظر سفر وتجميد أصول على أربعة مسؤولين بورونديين، بينهم مسؤول أمني كبير، متهما إياهم بتقويض الديمقراطية والمشاركة في قمع المتظاهرين.

ولم يقرر المجلس في اجتماعه نشر قوة أفريقية في بوروندي، واكتفى بمطالبة المفوضية بإعداد خطط طوارئ تحسبا لتدهور الوضع، بحسب البيان الختامي.

وقال مفوض السلم والأمن في الاتحاد إسماعيل شرقي إن رسالة المجلس «واضحة»، وإن القارة «لن تقف مكتوفة الأيدي أمام انزلاق بلد عضو نحو الإبادة». فيما رأت حكومة بوجمبورا في بيان أن الحديث عن عقوبات «سابق لأوانه»، مؤكدة أن الوضع الأمني «تحت السيطرة».

ويخشى دبلوماسيون في أديس أبابا من أن يتحول العنف السياسي في بوروندي إلى صراع عرقي، في بلد لا تزال ذاكرة الحرب الأهلية فيه حية، وسط تقارير عن عمليات اعتقال ليلية في أحياء المعارضة وعن فرار صحفيين وناشطين إلى رواندا.

وفي حي موساغا بالعاصمة بوجمبورا، قال سائق دراجة نارية: «في الليل نسمع الرصاص، وفي الصباح نجد الجثث في الشارع. لا أعرف إن كانت العقوبات ستخيف أحدا، لكننا نريد أن يعرف العالم ما يجري هنا».""",
        [
            G("sanctions.threatened", "occurred", [_AU], ["Burundi"]),
            # the Arusha agreement "الذي وقع عام 2000"
            G("agreement.signed", "historical", ["Burundi"], [], core=False),
            # the EU's bans "مطلع الشهر الجاري"
            G("sanctions.imposed", "historical", ["European Union"], ["Burundi"], core=False),
            # "ولم يقرر المجلس في اجتماعه نشر قوة أفريقية في بوروندي"
            G("military.presence", "negated", [_AU], ["Burundi"], core=False),
        ],
        not_targets=["Uganda", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-06-mena-comoros-joins-arab-league-1993",
        date(1993, 11, 21),
        """جزر القمر تصبح العضو الثاني والعشرين في جامعة الدول العربية

القاهرة - «وكالة أنباء الشرق الأوسط»

انضمت جمهورية جزر القمر الاتحادية الإسلامية رسميا إلى جامعة الدول العربية، لتصبح العضو الثاني والعشرين فيها، بعد أن وافق مجلس الجامعة على طلب العضوية الذي تقدمت به حكومة موروني، وذلك في جلسة حضرها وزير خارجية جزر القمر.

وقال الأمين العام للجامعة الدكتور عصمت عبد المجيد إن انضمام جزر القمر «يعزز الامتداد العربي في المحيط الهندي»، ويؤكد أن الجامعة «بيت لكل من تجمعه بالأمة روابط اللغة والدين والتاريخ»، مشيرا إلى أن الأمانة العامة ستبحث مع الحكومة القمرية برامج للتعاون في مجالات التعليم والصحة وتعليم اللغة العربية.

وكانت جزر القمر قد حصلت على استقلالها عن فرنسا عام 1975، فيما بقيت جزيرة مايوت تحت الإدارة الفرنسية، وهي قضية تطالب موروني بإدراجها على جدول أعمال المحافل الإقليمية والدولية.

ويأتي انضمام جزر القمر بعد انضمام موريتانيا إلى الجامعة عام 1973، والصومال عام 1974، وجيبوتي عام 1977، في إطار توسع الجامعة نحو الدول الأفريقية التي تربطها بالعالم العربي صلات تاريخية.

ولم تتقدم إريتريا، التي نالت استقلالها في مايو الماضي، بطلب للانضمام إلى الجامعة حتى الآن، رغم دعوات وجهتها إليها عواصم عربية عدة.

وأوضح مصدر في الأمانة العامة أن قرار القبول اتخذ بالإجماع، وأن جزر القمر ستشارك في الاجتماعات المقبلة لمجلس الجامعة بصفة عضو كامل العضوية، وستسهم في ميزانيتها وفق النسب المعمول بها.

ويبلغ عدد سكان جزر القمر نحو نصف مليون نسمة، ويعتمد اقتصادها على زراعة الفانيليا والقرنفل وزيت اليلانغ، فيما تتلقى مساعدات من فرنسا ومن دول عربية في مقدمتها السعودية والكويت.

وتتكون الدولة من ثلاث جزر رئيسية هي القمر الكبرى وأنجوان وموهيلي، وتعد العربية إحدى لغاتها الرسمية إلى جانب القمرية والفرنسية، فيما يدرس كثير من أبنائها في جامعات القاهرة والرياض والخرطوم.

وفي سوق فولوفولو في موروني، قال بائع قرنفل: «نحن نصلي بالعربية ونقرأ القرآن بالعربية، ومن الطبيعي أن نكون مع العرب. نأمل أن يأتي الانضمام بمدارس ومستشفيات، وأن يجد أبناؤنا منحا للدراسة».""",
        [
            G("alliance.joined", "occurred", ["Comoros"], [_AL]),
            # Mauritania "عام 1973", Somalia "عام 1974", Djibouti "عام 1977"
            G("alliance.joined", "historical", ["Mauritania", "Somalia", "Djibouti"], [_AL], core=False),
            # "ولم تتقدم إريتريا … بطلب للانضمام إلى الجامعة حتى الآن"
            G("alliance.joined", "negated", ["Eritrea"], [_AL], core=False),
        ],
        not_targets=["France", "Saudi Arabia", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-07-ahram-iran-iaea-sign-cairo-agreement-2025",
        date(2025, 9, 10),
        """في القاهرة.. إيران والوكالة الذرية توقعان اتفاقا لاستئناف التعاون

القاهرة - «الأهرام»

وقع وزير الخارجية الإيراني عباس عراقجي والمدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي، أمس الثلاثاء في القاهرة، اتفاقا يحدد إطارا لاستئناف التعاون بين طهران والوكالة، بما في ذلك ترتيبات عمليات التفتيش في المنشآت النووية الإيرانية، وذلك بحضور وزير الخارجية بدر عبد العاطي الذي استضافت بلاده جولات المحادثات.

وقال عبد العاطي، في مؤتمر صحفي مشترك، إن الاتفاق «خطوة مهمة نحو خفض التصعيد»، مؤكدا أن مصر ستواصل جهودها «لتجنيب المنطقة مزيدا من التوتر». فيما وصف غروسي الاتفاق بأنه «عملي»، موضحا أنه يتناول آليات الإبلاغ عن المنشآت التي تعرضت للقصف ومصير مخزون اليورانيوم عالي التخصيب.

وكانت طهران قد علقت تعاونها مع الوكالة في يوليو الماضي، بموجب قانون أقره مجلس الشورى، عقب الضربات الإسرائيلية والأميركية التي استهدفت منشآت فوردو ونطنز وأصفهان في يونيو.

ولم يتضمن الاتفاق، بحسب مصادر دبلوماسية، جدولا زمنيا محددا لعودة المفتشين إلى جميع المواقع، إذ تبقى كل زيارة رهنا بموافقة المجلس الأعلى للأمن القومي الإيراني.

ويأتي الاتفاق بعد أن فعلت فرنسا وبريطانيا وألمانيا، أواخر الشهر الماضي، آلية إعادة فرض العقوبات الأممية على إيران المنصوص عليها في الاتفاق النووي لعام 2015، وهي آلية تعيد العقوبات تلقائيا بعد ثلاثين يوما ما لم يقرر مجلس الأمن خلاف ذلك.

وقال عراقجي إن الاتفاق «سيفقد معناه» إذا مضت الدول الأوروبية في إعادة فرض العقوبات، مضيفا أن بلاده «أثبتت حسن نيتها».

ولم توقع إيران والولايات المتحدة أي اتفاق منذ توقف المفاوضات غير المباشرة التي جرت بوساطة عمانية في الربيع الماضي.

ويرى خبراء في الشأن النووي أن القيمة الحقيقية للاتفاق ستظهر في الأسابيع المقبلة، حين يتبين ما إذا كان المفتشون سيتمكنون من الوصول إلى المواقع التي تعرضت للقصف، ومن التحقق من مكان وجود نحو أربعمئة كيلوغرام من اليورانيوم المخصب بنسبة ستين في المئة.

وفي ميدان التحرير، قال صاحب كشك للصحف: «الناس هنا تتابع أخبار الحرب والغلاء أكثر من النووي، لكن إذا كان الاتفاق يبعد الحرب عن المنطقة فهذا في مصلحة الجميع، ومصر كسبت احتراما بهذه الوساطة».""",
        [
            G("agreement.signed", "occurred", ["Iran", "Abbas Araghchi"], [_IAEA, "Rafael Grossi"]),
            # the snapback "أواخر الشهر الماضي" and the sanctions it brings back "بعد ثلاثين يوما"
            G("sanctions.imposed", "planned", ["France", "United Kingdom", "Germany"], ["Iran"], core=False),
            # the nuclear agreement of 2015
            G("agreement.signed", "historical", ["Iran"], [], core=False),
            # "ولم توقع إيران والولايات المتحدة أي اتفاق"
            G("agreement.signed", "negated", ["Iran", _US], [], core=False),
        ],
        not_targets=["Egypt", "Israel", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-08-sana-egypt-and-syria-restore-relations-1989",
        date(1989, 12, 28),
        """مصر وسوريا تعيدان العلاقات الدبلوماسية بعد قطيعة دامت اثني عشر عاما

دمشق - «سانا»

أعلنت الجمهورية العربية السورية وجمهورية مصر العربية، أمس الأربعاء، استئناف العلاقات الدبلوماسية بينهما، في بيان مشترك صدر في دمشق والقاهرة في وقت واحد، على أن يجري تبادل السفراء خلال الأسابيع المقبلة.

وأكد البيان حرص البلدين على «تعزيز التضامن العربي وتنسيق المواقف في مواجهة التحديات التي تواجه الأمة»، وعلى التعاون في إطار جامعة الدول العربية.

وكانت سوريا قد قطعت علاقاتها مع مصر في ديسمبر 1977، إثر زيارة الرئيس المصري الراحل أنور السادات إلى القدس، وانضمت إلى «جبهة الصمود والتصدي» التي رفضت أي تسوية منفردة مع إسرائيل.

ويأتي القرار بعد عودة مصر إلى جامعة الدول العربية في مايو الماضي، حين قررت القمة العربية الطارئة في الدار البيضاء رفع تعليق عضويتها، بمشاركة الرئيس حسني مبارك، وبعد أن التقى وزيرا خارجية البلدين على هامش اجتماعات الجامعة في تونس.

وقال مصدر رسمي سوري إن دمشق «تنظر إلى مصر بوصفها ركنا أساسيا في النظام العربي»، وإن استعادة العلاقات «لا تعني تغيير موقف سوريا من اتفاقيات كامب ديفيد».

ولم تستأنف ليبيا علاقاتها الدبلوماسية الكاملة مع القاهرة حتى الآن، رغم تحسن الاتصالات بين البلدين في الأشهر الأخيرة، فيما لا يزال مقر الجامعة في تونس.

ورحب الأمين العام لجامعة الدول العربية الشاذلي القليبي بالخطوة، معتبرا أنها «تفتح صفحة جديدة في العمل العربي المشترك».

ويرى مراقبون في دمشق أن الخطوة تعكس تحولا في الحسابات الإقليمية بعد انتهاء الحرب العراقية الإيرانية وتراجع الدعم السوفياتي، وحاجة العواصم العربية إلى تنسيق أوسع إزاء التطورات في لبنان، حيث أقر البرلمان اللبناني في الطائف وثيقة الوفاق الوطني قبل أسابيع.

وتوقعت أوساط اقتصادية أن تعود حركة التجارة والسياحة بين البلدين تدريجيا، بعد سنوات اقتصرت فيها على تبادل محدود عبر وسطاء، وأن تستأنف الرحلات الجوية المباشرة بين العاصمتين مطلع العام المقبل.

وفي سوق الحميدية، قال تاجر أقمشة: «أبي كان يسافر إلى القاهرة كل سنة قبل القطيعة. الشعبان لم يتخاصما يوما، والسياسة هي التي فرقت. الحمد لله أن الطريق عاد مفتوحا».""",
        [
            G("relations.restored", "occurred", ["Syria", "Egypt"], []),
            # the Taif document "قبل أسابيع"
            G("agreement.signed", "historical", ["Lebanon"], [], core=False),
            # the Casablanca summit "في مايو الماضي" lifting Egypt's suspension
            G("sanctions.lifted", "historical", [_AL], ["Egypt"], core=False),
            # Syria's joining "جبهة الصمود والتصدي" in 1977
            G("alliance.joined", "historical", ["Syria"], ["Steadfastness and Confrontation Front"], core=False),
            # "ولم تستأنف ليبيا علاقاتها الدبلوماسية الكاملة مع القاهرة حتى الآن"
            G("relations.restored", "negated", ["Libya", "Egypt"], [], core=False),
        ],
        not_targets=["Israel", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-09-unradio-sudan-joint-integrated-units-formed-2006",
        date(2006, 3, 15),
        """تشكيل أولى الوحدات المشتركة المدمجة من الجيش السوداني والجيش الشعبي في جوبا

جوبا - «إذاعة الأمم المتحدة»

أعلن مجلس الدفاع المشترك في السودان، أمس الثلاثاء، دمج أولى الكتائب من القوات المسلحة السودانية والجيش الشعبي لتحرير السودان في الوحدات المشتركة المدمجة، في مراسم أقيمت في مدينة جوبا بحضور ضباط من الجانبين وممثلين عن بعثة الأمم المتحدة في السودان.

وتضم كل كتيبة عددا متساويا من جنود الطرفين، تحت قيادة مشتركة، على أن تنتشر في جوبا وملكال وواو وفي منطقة أبيي وجبال النوبة والنيل الأزرق، خلال الفترة الانتقالية المنصوص عليها في اتفاق السلام الشامل الذي وقعته الحكومة والحركة الشعبية في نيفاشا في يناير من العام الماضي.

وقال رئيس هيئة الأركان المشتركة إن الوحدات «نواة لجيش السودان الموحد» إذا اختار الجنوبيون الوحدة في استفتاء تقرير المصير المقرر عام 2011، مضيفا أن التدريب المشترك سيستمر أشهرا قبل اكتمال التشكيل.

ولم تندمج بعد قوات الجماعات المسلحة الأخرى في الجنوب، ومنها فصائل قوات دفاع جنوب السودان، في أي من الجيشين، وهو ملف لا يزال محل تفاوض بين الطرفين.

وتنتشر بعثة الأمم المتحدة في السودان منذ العام الماضي، بموجب قرار مجلس الأمن 1590، لمراقبة تنفيذ الترتيبات الأمنية لاتفاق السلام، ويبلغ عديدها العسكري نحو عشرة آلاف عنصر.

وأشار ممثل البعثة إلى أن نقص التمويل والتجهيزات قد يؤخر نشر الوحدات في بعض المناطق، داعيا المانحين إلى الوفاء بتعهداتهم في مؤتمر أوسلو.

ويواجه الجنوب تحديات كبيرة بعد أكثر من عقدين من الحرب، إذ تفتقر مدنه إلى الطرق المعبدة والكهرباء والمياه النظيفة، فيما يعود مئات الآلاف من النازحين واللاجئين إلى قراهم من دول الجوار ومن الشمال.

وقالت منظمات إنسانية إن عودة هؤلاء تتطلب إزالة الألغام من الطرق الرئيسية وتوفير البذور والأدوات الزراعية قبل موسم الأمطار، إلى جانب بناء مدارس ومراكز صحية في القرى التي دمرتها الحرب.

وفي سوق كونيو كونيو في جوبا، قال بائع شاي: «كنت أرى هؤلاء الجنود يتقاتلون، واليوم يقفون في صف واحد. إذا استمر السلام سنعيد بناء بيوتنا ويذهب أولادنا إلى المدارس».""",
        [
            G("forces.integrated", "occurred", ["Sudanese Armed Forces", "Sudan People's Liberation Movement"], ["Sudan"]),
            # the peace agreement "في نيفاشا في يناير من العام الماضي"
            G("agreement.signed", "historical", ["Sudan", "Sudan People's Liberation Movement"], [], core=False),
            # "ولم تندمج بعد قوات الجماعات المسلحة الأخرى في الجنوب"
            G("forces.integrated", "negated", ["South Sudan Defence Forces"], ["Sudan"], core=False),
            # the UN mission "منذ العام الماضي، بموجب قرار مجلس الأمن 1590"
            G("military.presence", "historical", ["United Nations"], ["Sudan"], core=False),
        ],
        not_targets=["Norway"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-10-au-site-misca-takes-over-in-bangui-2013",
        date(2013, 12, 20),
        """البعثة الأفريقية «ميسكا» تتسلم مهامها في أفريقيا الوسطى

بانغي - «موقع الاتحاد الأفريقي»

تسلمت بعثة الدعم الدولية بقيادة أفريقية في جمهورية أفريقيا الوسطى «ميسكا»، أمس الخميس، مهامها رسميا من بعثة توطيد السلام التابعة للمجموعة الاقتصادية لدول وسط أفريقيا، في مراسم أقيمت في العاصمة بانغي، لتنتشر قوات الاتحاد الأفريقي في البلاد بقوام يقارب ستة آلاف عنصر من تشاد والكاميرون والغابون والكونغو وبوروندي ورواندا.

وقال رئيس البعثة الجنرال جان ماري ميشال موكوكو إن القوة «ستعمل على حماية المدنيين واستعادة الأمن» في بانغي والمدن الكبرى، مشيرا إلى أن وحدات إضافية ستصل خلال الأسابيع المقبلة.

وكان مجلس الأمن الدولي قد أذن في الخامس من ديسمبر، بموجب القرار 2127، بنشر البعثة الأفريقية، وسمح للقوات الفرنسية بدعمها، وفرض في القرار نفسه حظرا على توريد السلاح إلى البلاد.

وتنتشر القوات الفرنسية في إطار عملية «سنغاريس» منذ الخامس من ديسمبر، ويبلغ عددها نحو ألف وستمئة جندي.

ولم يقرر مجلس الأمن حتى الآن تحويل البعثة الأفريقية إلى عملية أممية لحفظ السلام، رغم توصية الأمين العام بان كي مون بالنظر في ذلك.

وتشهد جمهورية أفريقيا الوسطى أعمال عنف طائفية منذ أطاح تحالف «سيليكا» بالرئيس فرانسوا بوزيزيه في مارس الماضي، وتصاعدت الهجمات المتبادلة بين عناصره وميليشيات «أنتي بالاكا» منذ مطلع الشهر، ما أدى إلى مقتل مئات المدنيين ونزوح عشرات الآلاف.

وأكدت مفوضة الاتحاد الأفريقي نكوسازانا دلاميني زوما أن القارة «تتحمل مسؤوليتها» تجاه أفريقيا الوسطى، داعية الشركاء الدوليين إلى تمويل البعثة.

وتقول وكالات الإغاثة إن أكثر من ستمئة ألف شخص نزحوا داخل البلاد، بينهم عشرات الآلاف لجؤوا إلى محيط مطار بانغي، حيث يعيشون في ظروف صعبة من دون مياه كافية أو خدمات صحية، فيما تعاني المستشفيات القليلة العاملة في العاصمة من نقص الأدوية والكوادر، بينما ارتفعت أسعار المواد الغذائية في الأسواق إلى مستويات لم يعرفها السكان من قبل.

وفي حي بي كا 5 في بانغي، قال تاجر: «أغلقت متجري منذ أسبوعين. إذا رأينا الجنود الأفارقة في الشوارع ليلا ونهارا فربما نعود إلى العمل، لكننا خائفون ولا نثق بأحد».""",
        [
            G("military.presence", "occurred", [_AU, "MISCA"], ["Central African Republic"]),
            # the French forces "منذ الخامس من ديسمبر"
            G("military.presence", "historical", ["France"], ["Central African Republic"], core=False),
            # the embargo of Resolution 2127 "في الخامس من ديسمبر"
            G("sanctions.imposed", "historical", [_UNSC], ["Central African Republic"], core=False),
            # "ولم يقرر مجلس الأمن حتى الآن تحويل البعثة الأفريقية إلى عملية أممية"
            G("military.presence", "negated", ["United Nations"], ["Central African Republic"], core=False),
        ],
        not_targets=["Chad", "Cameroon", "Gabon", "Republic of the Congo", "Burundi", "Rwanda"],
        known_miss="the presence of 'تسلمت … مهامها رسميا …، لتنتشر قوات الاتحاد الأفريقي في البلاد' "
                   "is read as planned: the result clause of an act done is taken for a purpose",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-11-alraya-sport-afc-fines-and-transfers-2022",
        date(2022, 3, 10),
        """الانضباط الآسيوي يرفع الإيقاف عن مدافع السد.. والغرافة يضم مهاجما

الدوحة - «الراية» - رياضة

رفعت لجنة الانضباط والأخلاق في الاتحاد الآسيوي لكرة القدم، أمس، عقوبة الإيقاف التي فرضتها الشهر الماضي على مدافع نادي السد، بعد قبول الاستئناف الذي تقدم به النادي، ليصبح اللاعب جاهزا للمشاركة في مباريات دور المجموعات من دوري أبطال آسيا.

وفي المقابل، فرضت اللجنة غرامة مالية على أحد الأندية السعودية بسبب تأخر فريقه في الدخول إلى أرض الملعب، كما حذرت ناديا إيرانيا من عقوبات أشد إذا تكررت هتافات جماهيره المسيئة.

وعلى صعيد الانتقالات، أعلن نادي الغرافة انضمام مهاجم برازيلي قادم من الدوري البرتغالي بعقد يمتد لموسمين، بعد أن وقع اللاعب عقده أمس في مقر النادي بحضور المدير الرياضي.

كما مدد نادي الدحيل عقد مدربه حتى نهاية الموسم المقبل، فيما علقت إدارة نادي الريان مفاوضاتها مع لاعب وسط مغربي بسبب خلاف على قيمة الراتب.

ووقع الاتحاد القطري لكرة القدم اتفاقية تعاون مع رابطة الدوري الإسباني لتطوير التحكيم وتبادل الخبرات في مجال التسويق، لمدة ثلاث سنوات.

وأعلنت اللجنة المنظمة أنها نشرت فرق المتطوعين في محيط الملاعب المستضيفة لمباريات المجموعة، لتنظيم دخول الجماهير وفق الإجراءات الصحية، بعد رفع القيود المفروضة على الطاقة الاستيعابية.

وكان الاتحاد الآسيوي قد علق في العام الماضي إقامة بعض المباريات بنظام الذهاب والإياب، واعتمد نظام التجمعات بسبب جائحة كورونا.

ويستعد السد لمواجهة منافسه الإماراتي الأسبوع المقبل، فيما يخوض الغرافة مباراة ودية أمام فريق كويتي ضمن معسكره التحضيري.

ويتصدر السد ترتيب دوري نجوم قطر بفارق ثلاث نقاط عن الدحيل، قبل أربع جولات من نهاية الموسم، فيما يسعى الغرافة إلى ضمان المركز الثالث المؤهل إلى المشاركة القارية. وأكد مدرب السد في تصريحات للصحفيين أن فريقه يركز على مباراة الدوري المقبلة قبل التفكير في البطولة الآسيوية، مشيدا بروح اللاعبين في التدريبات.

وفي مقهى بسوق واقف، قال مشجع سداوي في الأربعينيات من عمره: «كنا نعرف أن الإيقاف ظالم. الآن الدفاع اكتمل، ونريد الفوز في المباراة الأولى حتى نرتاح في البقية».""",
        [],
        not_targets=["Qatar", "Saudi Arabia", "Iran", "Brazil", "Portugal", "Morocco", "Spain",
                     "United Arab Emirates", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h106-12-alittihad-culture-museum-joins-network-2023",
        date(2023, 5, 15),
        """متحف في الشارقة ينضم إلى شبكة دولية.. ويمدد معرضه للمخطوطات

الشارقة - «الاتحاد» - ثقافة

أعلن متحف للحضارة الإسلامية في الشارقة، أمس، انضمامه إلى شبكة دولية للمتاحف المتخصصة في الفنون الإسلامية، تضم مؤسسات من أوروبا وآسيا وشمال أفريقيا، بهدف تبادل المعارض والخبرات في مجال ترميم المخطوطات.

ووقع المتحف مذكرة تفاهم مع مكتبة جامعية عريقة في إسطنبول لإعارة مجموعة من المصاحف المذهبة، على أن تعرض في الشارقة خلال الخريف المقبل.

كما مدد المتحف معرضه للمخطوطات العلمية النادرة حتى نهاية يونيو، بعد إقبال كبير من الزوار وطلاب المدارس، فيما علق مؤقتا الجولات الليلية بسبب أعمال صيانة في القاعة الرئيسية.

وقررت إدارة المتحف رفع الحظر على التصوير داخل بعض القاعات، مع الإبقاء على منع استخدام الفلاش حفاظا على المخطوطات، بعد أن فرضت الحظر قبل عامين.

وأعلنت مؤسسة ثقافية محلية أنها نشرت فرقا من المرشدين المتطوعين لتقديم الشرح بالعربية والإنجليزية والأردية، لمواكبة زيادة أعداد الزوار في موسم العطلات.

وتحدث مدير المتحف عن «تحالف» بين المؤسسات الثقافية في المنطقة لحماية التراث المخطوط من التلف، مشيرا إلى أن المتحف سيشارك في ورشة عمل إقليمية حول الرقمنة الشهر المقبل، ولم يحسم بعد موعد افتتاح الجناح الجديد المخصص للفلك.

وفي المقابل، حذرت جمعية للناشرين من «عقوبات» قانونية على من ينسخ المخطوطات المرقمنة من دون إذن، مؤكدة أن حقوق النشر محفوظة.

ويضم المتحف أكثر من خمسة آلاف قطعة تغطي أربعة عشر قرنا من الفنون والعلوم الإسلامية، موزعة على سبع قاعات.

ويستقبل المتحف الزوار يوميا ما عدا يوم الاثنين، ويقدم برامج تعليمية لطلاب المدارس وورش عمل للخط العربي والزخرفة في عطلات نهاية الأسبوع. وتستعد إدارته لإطلاق موقع إلكتروني جديد يتيح للباحثين الاطلاع على صور عالية الدقة لعدد من المخطوطات، إلى جانب دليل صوتي بعدة لغات، وتطبيق للهواتف يقترح على الزائر مسارات قصيرة بحسب اهتماماته ووقته المتاح.

وفي القاعة الرئيسية، قالت معلمة جاءت مع طالباتها: «البنات انبهرن بالأسطرلاب والمخطوطات الطبية. هذه زيارة تبقى في الذاكرة أكثر من أي درس في الكتاب».""",
        [],
        not_targets=["United Arab Emirates", "Turkey"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout106_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout106_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout106_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
