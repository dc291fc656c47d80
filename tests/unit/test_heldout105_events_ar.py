"""A hundred-and-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first hundred and four Arabic held-out sets: Arabic copy of 2009-2024 as Arab analysis sites and
weekly magazines of the Gulf and the Levant carry it, long pieces where the day's news sits among
older and planned steps (a Lebanese analysis site, "أوتاوا - «المدن»", with a farmer of al-Mughayyir;
a Saudi-owned weekly magazine, "موسكو - «المجلة»", with a Telavi winemaker; a Lebanese political
weekly, "دمشق - «المشاهد السياسي»", with a Damascus travel-agency clerk; a Syrian weekly, "واشنطن -
«عنب بلدي»", with a Qamishli shopkeeper; an analysis site, "أبوظبي - «إندبندنت عربية»", with a
Deira gold trader; a Kuwaiti weekly, "الكويت - «الطليعة»", with a Sharq importer; a Lebanese weekly
magazine, "دمشق - «الشراع»", with a Mezzeh taxi driver; a Palestinian site, "الناصرة - «عرب 48»",
with a Ramallah student who studied in Dakar; a Syrian opposition site, "اللاذقية - «السورية نت»",
with a Jableh pensioner; a Gulf analysis site, "بروكسل - «الخليج أونلاين»", with a Jeddah shipping
agent; and two near misses: the same Gulf site's sports page, "جدة - «الخليج أونلاين» - رياضة",
with an Ittihad fan, and a Lebanese site's culture page, "بيروت - «المدن» - ثقافة", with a young
actress of Hamra) on episodes the earlier sets do not carry as core news: Canada listing four
violent settlers, May 2024; Russia lifting its ban on Georgian wine, June 2013; the United States
letting spare parts for Syrian Arab Airlines' Boeings through the Syria Accountability Act
sanctions, July 2009; Joe Biden continuing the national emergency of Executive Order 13894 on
north-east Syria, October 2021; the Treasury's Elizabeth Rosenberg warning Emirati firms in Abu
Dhabi and Dubai of sanctions for helping Russia, February 2023; Kuwait becoming a dialogue partner
of the Shanghai Cooperation Organisation, May 2023; Syria and Iran signing their comprehensive
military agreement in Damascus, July 2020; Israel and Senegal restoring relations at the Monrovia
ECOWAS summit, June 2017; the Syrian army command taking the Desert Hawks Brigade into the Fifth
Corps, August 2017; the European Union launching Operation Aspides in the Red Sea, February 2024.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
101 Arabic, and set 104 Arabic on branch h104; branches h102, h103 and h117 had no new commit) by
states, bodies, people, places and instrument numbers in Arabic and English spellings, reading the
hits: Canada beside settlers (only a rule sentence of set 62 Arabic, no article; set 86 Arabic
carries New Zealand's, another episode); "Georgian wine"/"النبيذ" and "Borjomi" (sets 34, 80 and
105 English name the ban of 2006 and its lifting as one background line); "Boeing" beside Syria
and "محاسبة سوريا"/"Accountability Act" (set 39 Arabic has the listing of 2004 as background, no
waiver); "13894" (none; set 78 Arabic carries the other Syria emergency, 13338); "Rosenberg"/
"روزنبرغ" (none) and "Adeyemo"/"أديمو" beside the Emirates (none); Kuwait beside "شريك حوار"/
"dialogue partner" (none: Saudi Arabia's and the Emirates' are core in other sets, here
background); "باقري" beside "أيوب"/Bagheri beside Ayoub (none); Senegal beside Israel (set 4 Arabic
carries Israel's measures of December 2016 after Resolution 2334, here background); "صقور
الصحراء"/"Desert Hawks" (none); "Aspides"/"أسبيدس" (none). Some hundred and twenty other candidates
were dropped because the search found them as core news (among them the Captagon, Moukalled,
Kildani, Foz, Fayyadh, Jamil al-Sayyed and TFTC listings, Trump's settler lifting, the Bensouda
lifting, the Mubarak, Ben Ali and Uzbek measures, the Chabahar, Section 907, Caesar, Cyprus-embargo,
Haiti, Yugoslavia, Burma and six-billion waivers, the Erdogan-referendum, "devastate", Brunson and
Su-35 threats, Belarus and Iran in the SCO, Saudi Arabia in the FATF, Iraq in the OPCW, Qatar in
the Francophonie, Palestine in Interpol, the Saudi-Iraqi Coordination Council, the Bahrain-Qatar,
Jordan-Qatar, Kuwait-Iraq, Kuwait-Iran, Syria-Iraq, Senegal-Iran and Bahrain-Syria restorations,
the Aqsa Martyrs', Amhara, Hezb-e-Islami and Peshmerga integrations, and the French Abu Dhabi,
Australian Minhad, Italian Niger, Akh unit, THAAD and Socotra deployments).
Facts the writer is unsure of: the day of the Canadian listings (16 May 2024) and the four names;
the day Rospotrebnadzor let Georgian wine back in and the number of producers (36); the day and
words of the American assurance to Damascus on the Boeing parts (Mitchell's visit of 26 July 2009)
and the ambassador's name; the day of the continuation of Executive Order 13894 and the text of
Biden's message; the days, places and words of Rosenberg's visit; the day, place and signatories of
Kuwait's memorandum with the SCO; the contents of the Syrian-Iranian agreement beyond air defence
and the accord of 2018; the day of the Netanyahu-Sall meeting and the wording of the statement;
the date, wording and scope of the Syrian decision on the Desert Hawks (written as of August 2017)
and the Sea Commandos' fate; the seat of Aspides' command and Belgium's frigate.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Saudi football page (a club that "رفعت … عقوبة الإيقاف", "انضمام لاعب", "وقع معه
عقدا", "مدد … عقد", a committee that "فرضت … غرامة", ticket sales "علقت", a club that "أعادت
الإدارة العلاقات مع رابطة المشجعين", "دمج فريقي الرديف", a security firm that "نشرت … مئات
الحراس", "اتفاقية رعاية") and a Beirut culture page (a troupe that "انضمت … إلى الشبكة الأوروبية
للمسارح", "وقعت … اتفاقية إنتاج مشترك", a security office that "رفع … الحظر عن عرض فيلم", a
festival "مدد", a museum that "علقت عروضها", an institute that "استأنف … تعاونه", "دمج مكتبتين", a
municipality that "فرضت رسوما", "نشرت جمعية … متطوعين").

The decisions of the annotation, taken before any run: a government that "فرضت … عقوبات على أربعة
مستوطنين" imposes (core; Canada and Joly; the settlers, absent from the knowledge base, no state
target, Israel and Palestine no targets), the United States "مطلع فبراير الماضي" and London and
Paris after it a historical imposition, "ستفرض خلال الأسابيع المقبلة حزمة ثانية" a planned one (not
core), "لم تفرض أوتاوا حتى الآن أي عقوبات على وزيري الأمن القومي … والمالية" a negated one on
Ben-Gvir and Smotrich. A body that "رفعت … الحظر الذي فرضته عام 2006 على واردات النبيذ من جورجيا"
lifts (core; Russia; Georgia: the consumer watchdog is Russia's organ), the ban "في ربيع 2006" a
historical imposition, "ولم تستأنف العلاقات الدبلوماسية بين البلدين حتى الآن" a negated
restoration, "لم ترفع موسكو القيود عن الفواكه والخضار" a negated lifting; the Geneva-Prague channel
and the war of 2008 are no events of a watched type. An administration that "علقت العمل بجزء من
العقوبات المفروضة على سوريا" so that parts may be exported suspends, a waiver as the design counts
it (core; the United States; Syria and Syrian Arab Airlines), the package "في مايو 2004" a historical
imposition, Obama who "جدد في مايو الماضي، لعام إضافي، حالة الطوارئ" a historical extension, "ولم
ترفع واشنطن اسم سوريا من قائمة الدول الراعية للإرهاب" a negated lifting, the State Department that
"أعلنت … في يونيو أنها ستعيد سفيرا إلى دمشق" a planned restoration (not core); the talks with
Israel that stopped are no event. A president who "مدد … لمدة عام إضافي، حالة الطوارئ الوطنية …
بموجب الأمر التنفيذي رقم 13894" extends (core; the United States and Biden; Syria and Turkey, the
order's subjects), the Turkish ministries listed in October 2019 a historical imposition and
"قبل أن ترفعها في 23 أكتوبر" a historical lifting, Ahrar al-Sharqiya "في يوليو الماضي" a historical
imposition, "لم تفرض واشنطن أي عقوبات جديدة على مسؤولين أتراك" a negated imposition, the troops
"منذ عام 2015" a historical presence; Erdogan's talk of an operation is no event of a watched type
and the SDF no target. An assistant secretary who "حذرت … من أن الولايات المتحدة ستفرض عقوبات على
الشركات والمصارف الإماراتية التي تساعد روسيا" threatens (core; the United States and Rosenberg,
absent from the knowledge base; the Emirates, whose firms are named), the sanctions on Russia "منذ
فبراير من العام الماضي" a historical imposition, "ولم تفرض الإمارات أي عقوبات على روسيا" a negated
imposition; the FATF's grey list is no sanction, Oman, Turkey, Armenia and Kazakhstan no targets. A
state that "انضمت … رسميا إلى منظمة شنغهاي للتعاون بصفة شريك حوار" joins (core; Kuwait; the SCO, as
earlier sets take a dialogue partner's status), Saudi Arabia "في مارس الماضي" and Qatar and Egypt at
Samarkand historical joinings, "ولا تعني الصفة الجديدة عضوية كاملة" a negated joining, Iran that
"تستعد … لتصبح العضو التاسع … في يوليو المقبل" a planned joining (not core), the American troops
"منذ تحرير عام 1991" a historical presence; Belarus awaiting its procedures is not annotated (no
date, no step). Two chiefs who "وقع … اتفاقية شاملة لتعزيز التعاون العسكري" sign (core; Iran,
Syria, Bagheri and Ayoub), the Caesar listings of 17 June a historical imposition (the United
States; Syria, Bashar and Asma al-Assad), the pact of 2006 and the accord of 2018 historical
signings, "ونفى باقري أن تكون طهران تنوي إقامة قواعد عسكرية دائمة" a negated presence, the advisers
"منذ عام 2012" a historical presence; Israel's strikes and Russia are no events. Two states that
"أعادت … علاقاتهما الدبلوماسية الكاملة" restore ties (core; Israel and Netanyahu; Senegal and Sall),
the aid programmes cancelled in December a historical imposition (as set 4 took them), the observer's
status at the African Union "لم يتحقق حتى الآن" a stalled joining, New Zealand's "خطوة مماثلة …
ستعلن خلال أيام" a planned restoration (not core); Liberia, the host, is no party, and the solar
pledge no signing. A command that decided "بحل ميليشيا «لواء صقور الصحراء» وضم عناصرها إلى صفوف
الفيلق الخامس" integrates forces (core; the Desert Hawks, absent from the knowledge base; the Fifth
Corps, the Syrian army and Syria), "ولم يشمل القرار ميليشيا «مغاوير البحر»" a negated integration,
the National Defence Forces' merger "لا يزال … معلقا" a stalled one, the volunteers the Fifth Corps
"استوعب منذ ذلك الحين" a historical one, Russia at Hmeimim "منذ سبتمبر 2015" a historical presence. A
union that "أطلق … عملية «أسبيدس» البحرية … على أن تنتشر بموجبها فرقاطات من اليونان وإيطاليا
وفرنسا وألمانيا" is present (core; the EU, Aspides and the four navies; no state target: the Red Sea
and the Gulf of Aden), Prosperity Guardian "في ديسمبر الماضي" a historical presence, the Houthis
listed "في السابع عشر من يناير" a historical imposition, "ولن تنشر «أسبيدس» أي قوات على البر
اليمني" a negated presence, Belgium that "سترسل فرقاطة للانضمام إلى العملية في مارس" a planned
presence (not core); the American-British strikes are no event of a watched type and Spain's refusal
no joining. The Saudi sports page and the Beirut culture page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.727, R 0.500, F1 0.593 (recall
5/10, precision 8/11); occurred core found 5/10; historical kept quiet 18/19, negated 9/10, stalled
2/2. No annotation was changed after the run. Missed: the Georgian wine ban lifted (ar-h105-02),
"رفعت هيئة الرقابة الروسية … «روسبوتريبنادزور» … الحظر الذي فرضته عام 2006 على واردات النبيذ من
جورجيا", gives nothing (only the ban of 2006 as a historical imposition with no target); Biden's
continuation of the emergency (ar-h105-04), "مدد الرئيس الأميركي جو بايدن … لمدة عام إضافي، حالة
الطوارئ الوطنية المعلنة بموجب الأمر التنفيذي رقم 13894", gives no extension at all (an emergency,
not a sanctions noun, is extended), and the Turkish listings of 2019 are read as a negated imposition
and their lifting as Turkey's; Rosenberg's warning (ar-h105-05), "حذرت مساعدة وزير الخزانة … خلال
زيارة إلى أبوظبي ودبي هذا الأسبوع، من أن الولايات المتحدة ستفرض عقوبات على الشركات والمصارف
الإماراتية", is read as a planned imposition with no target, not as a threat (a false alarm as well:
the warning verb does not reach past the visit's aside of places and time); the Desert Hawks taken
"إلى صفوف الفيلق الخامس" after a decision "بحل ميليشيا … وضم عناصرها" (ar-h105-09) give no
integration; the launch of Aspides (ar-h105-10), "أطلق الاتحاد الأوروبي … عملية «أسبيدس» البحرية …
على أن تنتشر بموجبها فرقاطات من اليونان وإيطاليا وفرنسا وألمانيا", gives no presence of the Union,
and the headline's "أوروبا ترسل فرقاطاتها ولا تطلق النار على اليمن" is read as an occurred presence
of Yemen (a false alarm). Unexpected alert: in ar-h105-06 the signing of the memorandum that makes
Kuwait a dialogue partner, "وقع سفيرها لدى الصين والأمين العام للمنظمة … مذكرة منح الكويت هذه
الصفة", is an occurred signing of China and Kuwait (the ambassador "لدى الصين" gives China as a
party; the memorandum is the joining's instrument, not annotated as a separate agreement). Seen,
not counted by the score: the Canadian imposition has the settlers unlinked as its target; the
American imposition of 2004 has the United States for a target and Congress for its actor; the
stalled talks with Israel are read as a stalled signing of Iran and Hezbollah; the Caesar listing
misses Asma al-Assad; Hatami's accord of 2018 is read as a negated American signing; the Houthi
listing has the United States for a target; Sall is missing from the restoration; the historical
and negated events of the Kuwaiti, Senegalese and Desert Hawks articles are mostly not read. The
two near misses raise nothing. Six articles are strict xfails (ar-h105-02, -04, -05, -09 and -10 on
their core events, ar-h105-05, -06 and -10 on their alerts).

After the fixes of 2026-12-07: events P 0.917, R 0.800, F1 0.854 (recall 8/10, precision 11/12).
Four general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout105_rules_ar.py``. A warning's reach is counted from its "من أن" when that clause
opens right before the measure (``_warned_clause_opener_ar`` in ``rasd/events/status.py``): a long
title and an aside of a visit before it ("حذر نائب وزير الخزانة … لشؤون الإرهاب والاستخبارات المالية
…، خلال زيارة إلى أنقرة وإسطنبول …، من أن الولايات المتحدة ستفرض") no longer leave the measure a
planned imposition; an announcement past the same title stays planned. ar-h105-05's miss and
alarm are cured and both strict xfails removed. A national emergency "المعلنة بموجب الأمر
التنفيذي" is a sanctions programme (``sanctions_law`` in ``ar.cues.yaml``), so its continuation is
an extension; an emergency declared at home "بموجب مرسوم" stays none: ar-h105-04's strict xfail
removed. Fighters annexed "إلى الفيلق" or "إلى صفوف الفيلق", an army's corps, are integrated
(``army_to``); a corps that "يضم" men stays no merger: ar-h105-09's strict xfail removed. With
it, a merger of the past into another unit ("ضمت في العام الماضي … إلى «الفيلق الخامس»") no
longer demotes the news's merger into the army's roster to background (``_other_unit_taken_in``
in ``_demote``), which set 90's ar-h90-06 needed once the corps was read. A state
named only as the post of an envoy who signs ("وقع سفير البحرين لدى روسيا والأمين العام للمنظمة
مذكرة") is no party of the signing (``_without_envoy_posts_ar`` in ``rasd/events/extractor.py``),
unless its own official signs as well or the event is a restoration; and a signing that names no
counterpart in the very sentence where the same state joins is the accession's paper told again
(``_accession_signed``, which took only accords of the knowledge base before): ar-h105-06's
unexpected signing is gone and that strict xfail removed. Left, as strict xfails: the Georgian
wine ban lifted (ar-h105-02), whose long subject with the watchdog's quoted name and a date
before "الحظر" overruns the lifting's window (a window widened for the quoted name cured the
article's sentence but not three other sentences of the same form, so it was not kept: the cause
lies deeper in how the lifting reaches its object past "الذي فرضته عام …"); and the launch of
Aspides (ar-h105-10), where a naval operation "أطلق … عملية … على أن تنتشر بموجبها فرقاطات" is no
deployment the lexicon knows and the headline's "أوروبا ترسل فرقاطاتها" takes Yemen, after a
negated "لا تطلق النار على اليمن", for the sender: both want a study of their own, not a fitted
pattern.

Cured later (test_general_misses12_rules_ar.py): an operation launched "على أن تنتشر بموجبها" ships
or troops is a presence of its launcher (``deployed_under_it``), and a negated verb after the
sending ("ولا تطلق النار على اليمن") ends its participants: ar-h105-10's two strict xfails removed.

``python -m tests.unit.test_heldout105_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_SCO = "Shanghai Cooperation Organisation"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-01-almodon-canada-sanctions-four-settlers-2024",
        date(2024, 5, 17),
        """أوتاوا تدخل على خط العقوبات: أربعة مستوطنين على القائمة الكندية

أوتاوا - «المدن»

فرضت الحكومة الكندية، أمس الخميس، عقوبات على أربعة مستوطنين إسرائيليين متطرفين، تتهمهم بالضلوع في أعمال عنف ضد المدنيين الفلسطينيين وممتلكاتهم في الضفة الغربية المحتلة، في خطوة هي الأولى من نوعها في تاريخ العلاقات الكندية الإسرائيلية.

وقالت وزيرة الخارجية ميلاني جولي، في بيان، إن «عنف المستوطنين المتطرفين غير مقبول، ويقوض فرص السلام الدائم»، موضحة أن العقوبات صدرت بموجب قانون التدابير الاقتصادية الخاصة، وتقضي بتجميد أي أصول للمعنيين في كندا ومنع الكنديين من التعامل معهم، إضافة إلى حظر دخولهم الأراضي الكندية. وتشمل القائمة إليشع يارد ومئير إتينغر وينون ليفي ودافيد حاي حسداي.

ولم تأت الخطوة الكندية من فراغ. فقد فرضت إدارة الرئيس الأميركي جو بايدن، مطلع فبراير الماضي، عقوبات على أربعة مستوطنين بموجب أمر تنفيذي خاص، ثم لحقت بها لندن وباريس خلال أسابيع، فيما بقيت أوتاوا، التي تضم إحدى أكبر الجاليات اليهودية في العالم، مترددة طوال أشهر، قبل أن تحسم أمرها تحت ضغط نواب من الحزب الليبرالي الحاكم نفسه.

وأعلنت جولي أن حكومتها ستفرض خلال الأسابيع المقبلة حزمة ثانية من العقوبات تستهدف أفرادا وكيانات تمول البؤر الاستيطانية العشوائية، من دون أن تكشف عن أسماء.

في المقابل، لم تفرض أوتاوا حتى الآن أي عقوبات على وزيري الأمن القومي إيتمار بن غفير والمالية بتسلئيل سموتريتش، رغم مطالبات متكررة من الحزب الديمقراطي الجديد، الذي يرى أن «معاقبة المنفذين وترك المحرضين في مناصبهم لا تكفي».

ورفضت السفارة الإسرائيلية في أوتاوا القرار، معتبرة أنه «يساوي بين الضحية والمعتدي»، فيما رحبت به وزارة الخارجية الفلسطينية، ووصفته بأنه «خطوة مرحب بها، وإن جاءت متأخرة».

وتأتي العقوبات بعد أكثر من سبعة أشهر على اندلاع الحرب في غزة في السابع من أكتوبر الماضي، وهي فترة سجل فيها مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أكثر من ثمانمئة اعتداء للمستوطنين في الضفة، أدت إلى تهجير عشرات التجمعات البدوية في منطقة الأغوار ومحيط رام الله. ويقول دبلوماسيون غربيون إن التأثير الفعلي لهذه العقوبات محدود، لأن معظم المستهدفين لا يملكون أصولا في الخارج، لكن قيمتها «رمزية وسياسية» في المقام الأول.

وفي قرية المغير شرق رام الله، قال مزارع فقد نحو مئتي شجرة زيتون في هجوم للمستوطنين في أبريل الماضي: «سمعنا عن العقوبات الأميركية، والآن الكندية. لكن الذين أحرقوا أرضي ما زالوا يمرون أمام بيتي كل يوم. العقوبة الحقيقية أن يمنعوا من الوصول إلينا».""",
        [
            G("sanctions.imposed", "occurred", ["Canada", "Mélanie Joly"], []),
            # the United States "مطلع فبراير الماضي", then London and Paris
            G("sanctions.imposed", "historical", [_US, "United Kingdom", "France"], [], core=False),
            # "ستفرض خلال الأسابيع المقبلة حزمة ثانية"
            G("sanctions.imposed", "planned", ["Canada", "Mélanie Joly"], [], core=False),
            # "لم تفرض أوتاوا حتى الآن أي عقوبات على وزيري الأمن القومي … والمالية"
            G("sanctions.imposed", "negated", ["Canada"], ["Itamar Ben-Gvir", "Bezalel Smotrich"], core=False),
        ],
        not_targets=["Palestine", "Canada", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-02-almajalla-russia-lifts-georgian-wine-ban-2013",
        date(2013, 6, 8),
        """النبيذ الجورجي يعود إلى موسكو بعد سبع سنوات من القطيعة

موسكو - «المجلة»

رفعت هيئة الرقابة الروسية على حماية حقوق المستهلك «روسبوتريبنادزور»، أمس الجمعة، الحظر الذي فرضته عام 2006 على واردات النبيذ من جورجيا، بعد أن منحت ستة وثلاثين منتجا جورجيا تراخيص للتصدير إلى السوق الروسية، عقب عمليات تفتيش أجراها خبراؤها في مصانع إقليم كاخيتي خلال الربيع.

وقال رئيس الهيئة غينادي أونيشينكو للصحافيين إن «المنتجين الذين اجتازوا الفحص يستطيعون البدء بالشحن فورا»، مضيفا أن الهيئة ستواصل «مراقبة صارمة» لكل شحنة تدخل البلاد. وكانت المياه المعدنية الجورجية، وفي مقدمها «بورجومي»، قد عادت إلى الرفوف الروسية قبل أسابيع.

وتعود القصة إلى ربيع 2006، حين فرضت موسكو الحظر بذريعة اكتشاف مواد ضارة ومبيدات في النبيذ الجورجي، في وقت كانت العلاقات بين البلدين تتدهور بسرعة بسبب توجه الرئيس ميخائيل ساكاشفيلي نحو حلف شمال الأطلسي. وخسر المنتجون الجورجيون يومها سوقا كانت تستوعب أكثر من ثمانين في المئة من صادراتهم.

ثم جاءت حرب أغسطس 2008 القصيرة، التي انتهت باعتراف موسكو باستقلال أبخازيا وأوسيتيا الجنوبية، لتقطع تبليسي العلاقات الدبلوماسية مع روسيا. ولم تستأنف العلاقات الدبلوماسية بين البلدين حتى الآن، إذ تدير كل منهما مصالحها عبر قسم في السفارة السويسرية لدى الأخرى.

غير أن فوز ائتلاف «الحلم الجورجي» بزعامة الملياردير بيدزينا إيفانيشفيلي في انتخابات أكتوبر الماضي فتح الباب أمام تهدئة، إذ عين إيفانيشفيلي مبعوثا خاصا للعلاقات مع روسيا، يلتقي منذ ديسمبر نائب وزير الخارجية الروسي غريغوري كاراسين في براغ. ويقول دبلوماسيون إن ملف التجارة كان الأسهل، بينما لا يزال الخلاف على وضع الإقليمين الانفصاليين على حاله.

ولا يشمل القرار الروسي كل المنتجات الزراعية الجورجية، إذ لم ترفع موسكو القيود عن الفواكه والخضار، التي قالت الهيئة إنها ستدرس ملفاتها «في وقت لاحق».

ويرى اقتصاديون في تبليسي أن المنتجين تعلموا الدرس، ووسعوا صادراتهم خلال سنوات الحظر إلى أوكرانيا وكازاخستان والصين وبولندا، وأن العودة إلى روسيا لن تعني الاعتماد عليها كما في السابق.

وفي بلدة تيلافي، قال صاحب معصرة عائلية يصنع نبيذ «ساپيرافي» منذ ثلاثة أجيال: «أبي باع كل إنتاجه لموسكو، وأنا تعلمت أن أبيع في وارسو وكييف. سنرسل شحنة إلى روسيا، نعم، لكن لن نضع كل البيض في سلة واحدة مرة أخرى».""",
        [
            G("sanctions.lifted", "occurred", ["Russia"], ["Georgia"]),
            # "فرضت موسكو الحظر" in the spring of 2006
            G("sanctions.imposed", "historical", ["Russia"], ["Georgia"], core=False),
            # "ولم تستأنف العلاقات الدبلوماسية بين البلدين حتى الآن"
            G("relations.restored", "negated", ["Georgia", "Russia"], [], core=False),
            # "لم ترفع موسكو القيود عن الفواكه والخضار"
            G("sanctions.lifted", "negated", ["Russia"], ["Georgia"], core=False),
        ],
        not_targets=["Switzerland", "Ukraine", "Kazakhstan", "China", "Poland"],
        known_miss=(
            "the lifting of the ban on a state's wine imports is not read"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-03-almushahid-us-waiver-syrian-air-boeing-parts-2009",
        date(2009, 7, 30),
        """واشنطن تستثني قطع غيار «السورية للطيران» من عقوبات قانون المحاسبة

دمشق - «المشاهد السياسي»

علقت الإدارة الأميركية العمل بجزء من العقوبات المفروضة على سوريا بموجب «قانون محاسبة سوريا»، إذ أبلغت دمشق أنها ستوافق على طلبات تصدير قطع الغيار ومعدات السلامة لطائرات «بوينغ» التابعة لمؤسسة الطيران العربية السورية، التي تقول المؤسسة إن نصف أسطولها جاثم على الأرض منذ سنوات.

وجاء الإبلاغ خلال زيارة المبعوث الأميركي للسلام في الشرق الأوسط جورج ميتشل إلى دمشق الأحد الماضي، ولقائه الرئيس بشار الأسد، وهي الثانية له خلال ستة أسابيع. وقال مسؤول في الخارجية الأميركية إن الطلبات «ستعالج بالسرعة الممكنة»، وإن الخطوة «تتعلق بسلامة الطيران المدني، لا بتغيير في السياسة».

وكان الرئيس جورج بوش قد فرض في مايو 2004 حزمة من العقوبات بموجب القانون الذي أقره الكونغرس قبل ذلك بأشهر، شملت حظر تصدير معظم السلع الأميركية إلى سوريا، ومنع الطائرات السورية من الهبوط في الولايات المتحدة. وجدد الرئيس باراك أوباما في مايو الماضي، لعام إضافي، حالة الطوارئ الوطنية التي تستند إليها هذه العقوبات.

ولم ترفع واشنطن اسم سوريا من قائمة الدول الراعية للإرهاب، المدرجة عليها منذ عام 1979، وهو ما يعني بقاء القيود الأشد على المساعدات والصادرات العسكرية والتقنية.

في المقابل، أعلنت الخارجية الأميركية في يونيو أنها ستعيد سفيرا إلى دمشق، بعد أربع سنوات من سحب السفيرة مارغريت سكوبي إثر اغتيال رئيس الوزراء اللبناني الأسبق رفيق الحريري في فبراير 2005، لكنها لم تسم مرشحا حتى الآن.

ويقرأ محللون في دمشق الخطوة على أنها «رسالة حسن نية» محسوبة، تترك الملفات الكبرى معلقة: الحدود مع العراق، والعلاقة مع إيران وحزب الله، والمفاوضات غير المباشرة مع إسرائيل التي رعتها تركيا وتوقفت مع حرب غزة نهاية العام الماضي.

ويقول خبير في شؤون الطيران المدني إن أسطول «السورية» تقلص فعليا إلى بضع طائرات صالحة، وإن المؤسسة اضطرت لاستئجار طائرات من شركات أخرى في موسم الحج والصيف، بكلفة مرتفعة.

وفي مكتب سفريات قرب ساحة يوسف العظمة، قال موظف يعمل في حجز التذاكر منذ عشرين عاما: «الناس هنا لا تسأل عن السياسة، تسأل متى تقلع الطائرة. إذا جاءت القطع فعلا، فقد نرى رحلات إلى أوروبا من جديد بدل الترانزيت عبر عمان وبيروت».""",
        [
            G("sanctions.suspended", "occurred", [_US], ["Syria", "Syrian Arab Airlines"]),
            # "فرض في مايو 2004"
            G("sanctions.imposed", "historical", [_US, "George W. Bush"], ["Syria"], core=False),
            # "وجدد … أوباما في مايو الماضي، لعام إضافي، حالة الطوارئ"
            G("sanctions.extended", "historical", [_US, "Barack Obama"], ["Syria"], core=False),
            # "ولم ترفع واشنطن اسم سوريا من قائمة الدول الراعية للإرهاب"
            G("sanctions.lifted", "negated", [_US], ["Syria"], core=False),
            # "أعلنت … أنها ستعيد سفيرا إلى دمشق"
            G("relations.restored", "planned", [_US], ["Syria"], core=False),
        ],
        not_targets=["Lebanon", "Iraq", "Iran", "Israel", "Turkey", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-04-enabbaladi-biden-continues-syria-turkey-emergency-2021",
        date(2021, 10, 9),
        """بايدن يمدد «طوارئ» شمال شرقي سوريا عاما آخر

واشنطن - «عنب بلدي»

مدد الرئيس الأميركي جو بايدن، أمس الجمعة، لمدة عام إضافي، حالة الطوارئ الوطنية المعلنة بموجب الأمر التنفيذي رقم 13894، والمتعلقة بالوضع في شمال شرقي سوريا، وما يتيحه من عقوبات على كل من يهدد السلام والاستقرار هناك أو يعرقل وقف إطلاق النار.

وقال بايدن، في رسالة إلى الكونغرس، إن «الأعمال التي تقوم بها الحكومة التركية لشن هجوم عسكري على شمال شرقي سوريا» لا تزال تشكل تهديدا «غير عادي واستثنائي» للأمن القومي والسياسة الخارجية للولايات المتحدة، وإن استمرار العمل بالأمر ضروري.

ويعود الأمر إلى 14 أكتوبر 2019، حين وقعه الرئيس السابق دونالد ترامب بعد أيام من إطلاق تركيا عملية «نبع السلام» ضد «قوات سوريا الديمقراطية». وفرضت الخزانة الأميركية بموجبه يومها عقوبات على وزارتي الدفاع والطاقة التركيتين وثلاثة وزراء أتراك، قبل أن ترفعها في 23 أكتوبر، بعد التوصل إلى وقف لإطلاق النار بوساطة نائب الرئيس مايك بنس.

ومنذ ذلك الحين، استخدمت واشنطن الأمر في اتجاه آخر، إذ فرضت الخزانة في يوليو الماضي عقوبات على فصيل «أحرار الشرقية»، المنضوي في «الجيش الوطني السوري» المدعوم من أنقرة، واثنين من قادته، بتهم تتعلق بعمليات قتل وخطف ومصادرة أملاك في المناطق التي سيطر عليها الفصيل.

في المقابل، لم تفرض واشنطن أي عقوبات جديدة على مسؤولين أتراك بموجب هذا الأمر منذ رفع عقوبات 2019، رغم مطالبات من أعضاء في الكونغرس.

ويأتي التمديد فيما يلوح الرئيس التركي رجب طيب أردوغان بعملية عسكرية جديدة ضد «وحدات حماية الشعب» الكردية في منطقتي تل رفعت ومنبج، بعد مقتل شرطيين تركيين في هجوم نسبته أنقرة إلى الوحدات. وتنشر الولايات المتحدة منذ عام 2015 نحو تسعمئة جندي في شمال شرقي سوريا، في إطار التحالف الدولي ضد تنظيم «الدولة الإسلامية».

ويرى باحثون أن التمديد «إجراء روتيني» لا يحمل رسالة جديدة بحد ذاته، لكنه يبقي أداة العقوبات جاهزة في يد الإدارة إذا تدهور الوضع، خصوصا أن الأمر يتيح أيضا معاقبة أي جهة تعرقل الحل السياسي وفق القرار 2254.

وفي مدينة القامشلي، قال صاحب محل لبيع الأدوات الكهربائية: «كل سنة نسمع عن تمديد وعقوبات، وكل سنة نسمع عن عملية تركية جديدة. ما نريده أن تستقر الحدود، وأن يعود أقاربنا إلى رأس العين».""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Syria", "Turkey"]),
            # the sanctions on the Turkish ministries "يومها" in October 2019
            G("sanctions.imposed", "historical", [_US], ["Turkey"], core=False),
            # "قبل أن ترفعها في 23 أكتوبر"
            G("sanctions.lifted", "historical", [_US], ["Turkey"], core=False),
            # Ahrar al-Sharqiya "في يوليو الماضي"
            G("sanctions.imposed", "historical", [_US], ["Ahrar al-Sharqiya"], core=False),
            # "لم تفرض واشنطن أي عقوبات جديدة على مسؤولين أتراك"
            G("sanctions.imposed", "negated", [_US], ["Turkey"], core=False),
            # "تنشر الولايات المتحدة منذ عام 2015 نحو تسعمئة جندي"
            G("military.presence", "historical", [_US], ["Syria"], core=False),
        ],
        not_targets=["Syrian Democratic Forces"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-05-independentarabia-us-treasury-warns-uae-firms-russia-2023",
        date(2023, 2, 3),
        """مسؤولة في الخزانة الأميركية تحذر من أبوظبي: الالتفاف على العقوبات الروسية له ثمن

أبوظبي - «إندبندنت عربية»

حذرت مساعدة وزير الخزانة الأميركي لشؤون تمويل الإرهاب والجرائم المالية إليزابيث روزنبرغ، خلال زيارة إلى أبوظبي ودبي هذا الأسبوع، من أن الولايات المتحدة ستفرض عقوبات على الشركات والمصارف الإماراتية التي تساعد روسيا على الالتفاف على العقوبات الغربية.

وقالت روزنبرغ، في لقاء مع ممثلين عن القطاع المصرفي وشركات الصرافة والتجارة، إن «الشركات التي تتعامل مع جهات مدرجة أو تسهل نقل سلع ذات استخدام مزدوج إلى روسيا تعرض نفسها لخطر فقدان الوصول إلى النظام المالي الأميركي»، مؤكدة أن واشنطن «ترى ما يجري في بعض المناطق الحرة».

وتأتي الزيارة في وقت تحولت فيه دبي، منذ بدء الحرب في أوكرانيا قبل نحو عام، إلى واحدة من أبرز وجهات رؤوس الأموال الروسية، إذ تضاعف عدد الشركات المملوكة لروس في الإمارة، وارتفعت مشتريات الروس من العقارات إلى مستويات قياسية، بحسب شركات وساطة عقارية.

وفرضت الولايات المتحدة وحلفاؤها، منذ فبراير من العام الماضي، عقوبات واسعة على روسيا، شملت المصرف المركزي وكبرى المصارف وعددا كبيرا من رجال الأعمال المقربين من الكرملين، إضافة إلى قيود صارمة على تصدير التكنولوجيا.

ولم تفرض الإمارات أي عقوبات على روسيا، وتقول إنها تلتزم فقط بالعقوبات الصادرة عن مجلس الأمن الدولي، وإنها تحافظ على علاقات متوازنة مع جميع الأطراف، وتدعم جهود الوساطة، ومنها عمليات تبادل الأسرى التي رعتها بين موسكو وواشنطن وكييف.

وقال مسؤول إماراتي، طلب عدم ذكر اسمه، إن بلاده «تتعاون بشكل وثيق» مع الشركاء الأميركيين في مكافحة غسل الأموال، مذكرا بأن مجموعة العمل المالي «فاتف» أدرجت الإمارات على قائمتها الرمادية في مارس الماضي، وأن الحكومة تعمل على الخروج منها «في أقرب وقت».

ويرى خبراء في الامتثال المصرفي أن المصارف الإماراتية الكبرى شددت إجراءاتها بالفعل، وأن الخطر الأكبر يكمن في شركات الشحن والتجارة الصغيرة، التي يصعب على الرقابة تتبع تعاملاتها.

وتشمل جولة روزنبرغ أيضا سلطنة عمان، في إطار جهد أميركي أوسع يشمل تركيا وأرمينيا وكازاخستان، وهي دول ارتفعت صادراتها إلى روسيا بشكل لافت خلال العام الماضي.

وفي سوق الذهب في ديرة، قال تاجر إماراتي ورث محله عن والده: «الزبون الروسي زاد كثيرا في السنة الأخيرة، وهو يدفع نقدا. نحن نطبق ما تطلبه الحكومة، ولا نريد مشاكل مع أحد. التجارة هنا قامت على الثقة، ولا نريد أن نخسرها».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Elizabeth Rosenberg"], ["United Arab Emirates"]),
            # "وفرضت الولايات المتحدة وحلفاؤها، منذ فبراير من العام الماضي، عقوبات واسعة على روسيا"
            G("sanctions.imposed", "historical", [_US], ["Russia"], core=False),
            # "ولم تفرض الإمارات أي عقوبات على روسيا"
            G("sanctions.imposed", "negated", ["United Arab Emirates"], ["Russia"], core=False),
        ],
        not_targets=["Ukraine", "Oman", "Turkey", "Armenia", "Kazakhstan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-06-altaleea-kuwait-sco-dialogue-partner-2023",
        date(2023, 5, 12),
        """الكويت شريك حوار في «شنغهاي»: خطوة شرقا بلا قطيعة مع الغرب

الكويت - «الطليعة»

انضمت دولة الكويت رسميا إلى منظمة شنغهاي للتعاون بصفة شريك حوار، بعد أن وقع سفيرها لدى الصين والأمين العام للمنظمة، أمس الخميس في مقر الأمانة العامة ببكين، مذكرة منح الكويت هذه الصفة، تنفيذا لقرار اتخذته قمة سمرقند في سبتمبر الماضي.

وقالت وزارة الخارجية في بيان إن الخطوة «تعكس حرص الكويت على تنويع شراكاتها الدولية وتعزيز التعاون مع دول آسيا في مجالات الأمن الإقليمي والاقتصاد والطاقة»، مؤكدة أنها «لا تأتي على حساب علاقات الكويت التاريخية مع حلفائها».

وتأسست المنظمة عام 2001 في شنغهاي، وتضم اليوم ثماني دول أعضاء في مقدمها الصين وروسيا والهند وباكستان، وتمثل نحو أربعين في المئة من سكان العالم. وسبقت الكويت إلى صفة شريك الحوار كل من السعودية، التي انضمت بهذه الصفة في مارس الماضي، وقطر ومصر اللتين انضمتا خلال قمة سمرقند.

ولا تعني الصفة الجديدة عضوية كاملة، إذ لا يحق للشريك التصويت أو المشاركة في قمم رؤساء الدول، ويقتصر دوره على المشاركة في اجتماعات قطاعية ومشاريع محددة.

وتستعد إيران لتصبح العضو التاسع في المنظمة خلال قمة نيودلهي الافتراضية في يوليو المقبل، بعد أن استكملت إجراءات العضوية، فيما تنتظر بيلاروسيا بدورها استكمال الإجراءات نفسها.

ويرى باحثون في مركز الخليج للدراسات أن دول الخليج تتعامل مع المنظمة بوصفها «منصة للتواصل» لا تحالفا، خاصة أن واشنطن لا تزال الشريك الأمني الأول للكويت، التي تستضيف منذ تحرير عام 1991 آلاف الجنود الأميركيين في معسكر عريفجان وقاعدة علي السالم الجوية.

ويلفت هؤلاء إلى أن الصين أصبحت الشريك التجاري الأول للكويت، وأنها تشارك في مشاريع كبرى مثل ميناء مبارك الكبير ومدينة الحرير في الصبية، وهي مشاريع يتعثر تنفيذ معظمها منذ سنوات بسبب الخلافات بين الحكومة ومجلس الأمة.

وقال نائب سابق إن الخطوة «صحيحة ومتأخرة»، داعيا الحكومة إلى أن تترجمها إلى اتفاقيات فعلية في الطاقة المتجددة والسكك الحديدية.

وفي سوق الشرق، قال تاجر يستورد الأجهزة المنزلية من قوانغتشو منذ التسعينيات: «نحن نتعامل مع الصين منذ ثلاثين سنة، قبل المنظمات والمذكرات. إذا جاءت الخطوة بتسهيلات في التأشيرات والشحن فأهلا بها، وإلا فهي حبر على ورق».""",
        [
            G("alliance.joined", "occurred", ["Kuwait"], [_SCO]),
            # Saudi Arabia "في مارس الماضي", Qatar and Egypt at Samarkand
            G("alliance.joined", "historical", ["Saudi Arabia", "Qatar", "Egypt"], [_SCO], core=False),
            # "ولا تعني الصفة الجديدة عضوية كاملة"
            G("alliance.joined", "negated", ["Kuwait"], [_SCO], core=False),
            # "وتستعد إيران لتصبح العضو التاسع … في يوليو المقبل"
            G("alliance.joined", "planned", ["Iran"], [_SCO], core=False),
            # American troops "منذ تحرير عام 1991"
            G("military.presence", "historical", [_US], ["Kuwait"], core=False),
        ],
        not_targets=["China", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-07-alshiraa-syria-iran-comprehensive-military-agreement-2020",
        date(2020, 7, 9),
        """دمشق وطهران توقعان «اتفاقية شاملة» للتعاون العسكري في ظل «قيصر»

دمشق - «الشراع»

وقع رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري ووزير الدفاع السوري العماد علي عبد الله أيوب، أمس الأربعاء في دمشق، اتفاقية شاملة لتعزيز التعاون العسكري والأمني بين البلدين، تشمل، بحسب وسائل الإعلام الرسمية، تطوير منظومات الدفاع الجوي السورية والتدريب وتبادل الخبرات.

وقال باقري، في مؤتمر صحافي مشترك مع أيوب، إن بلاده «ستعزز أنظمة الدفاع الجوي السورية في إطار تقوية التعاون العسكري»، مضيفا أن الاتفاقية «تعكس إرادة البلدين في مواجهة الضغوط الأميركية». أما أيوب فقال إن «قانون قيصر لن يحول دون استمرار التعاون مع الحلفاء».

وتأتي الاتفاقية بعد ثلاثة أسابيع من دخول قانون «قيصر» الأميركي حيز التنفيذ في السابع عشر من يونيو، وفرضت وزارة الخارجية الأميركية بموجبه، في اليوم نفسه، عقوبات على تسعة وثلاثين شخصا وكيانا، بينهم الرئيس بشار الأسد وزوجته أسماء.

وليست هذه أول اتفاقية من نوعها، فقد وقع البلدان في يونيو 2006 اتفاقية للدفاع المشترك، ثم وقع وزير الدفاع الإيراني السابق أمير حاتمي خلال زيارة إلى دمشق في أغسطس 2018 اتفاقية للتعاون الدفاعي والتقني، تضمنت إعادة بناء الصناعات العسكرية السورية.

ونفى باقري أن تكون طهران تنوي إقامة قواعد عسكرية دائمة على الأراضي السورية، مؤكدا أن وجود «المستشارين» الإيرانيين جاء بطلب من الحكومة السورية. وتنشر إيران منذ عام 2012 مستشارين عسكريين وعناصر من «الحرس الثوري» في سوريا، إلى جانب فصائل عراقية وأفغانية وباكستانية تدعمها.

وفي تل أبيب، قال مسؤولون إسرائيليون إن الاتفاقية «لن تغير» سياسة الضربات الجوية على المواقع الإيرانية في سوريا، وهي ضربات تقول إسرائيل إنها نفذت المئات منها منذ عام 2017.

ويرى محللون في بيروت أن الاتفاقية تحمل رسالة سياسية أكثر منها عسكرية، إذ تأتي في لحظة تعاني فيها طهران ودمشق من أزمة اقتصادية حادة، فيما فقدت الليرة السورية أكثر من نصف قيمتها منذ مطلع العام. ويشير هؤلاء إلى أن روسيا، الحليف الآخر لدمشق، لم تعلق رسميا على الاتفاقية، رغم أنها تحتفظ بالسيطرة على المنظومات الدفاعية الأهم في البلاد.

وفي حي المزة بدمشق، قال سائق سيارة أجرة: «سمعنا عن الاتفاقيات كثيرا. نحن نقف ساعات في طابور البنزين، والخبز صار بالبطاقة. إذا كانت الاتفاقية تجلب الكهرباء فنحن معها».""",
        [
            G("agreement.signed", "occurred", ["Iran", "Syria", "Mohammad Bagheri", "Ali Abdullah Ayoub"], []),
            # the Caesar listings "في اليوم نفسه" (17 June)
            G("sanctions.imposed", "historical", [_US], ["Syria", "Bashar al-Assad", "Asma al-Assad"], core=False),
            # the defence pact of June 2006 and the accord of August 2018
            G("agreement.signed", "historical", ["Iran", "Syria"], [], core=False),
            # "ونفى باقري أن تكون طهران تنوي إقامة قواعد عسكرية دائمة"
            G("military.presence", "negated", ["Iran"], ["Syria"], core=False),
            # "وتنشر إيران منذ عام 2012 مستشارين عسكريين"
            G("military.presence", "historical", ["Iran"], ["Syria"], core=False),
        ],
        not_targets=["Israel", "Russia", "Iraq", "Afghanistan", "Pakistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-08-arab48-israel-senegal-restore-ties-monrovia-2017",
        date(2017, 6, 5),
        """نتنياهو وماكي سال يطويان خلاف القرار 2334: السفير الإسرائيلي يعود إلى داكار

الناصرة - «عرب 48»

أعادت إسرائيل والسنغال علاقاتهما الدبلوماسية الكاملة، بعد لقاء جمع رئيس الحكومة الإسرائيلية بنيامين نتنياهو والرئيس السنغالي ماكي سال، أمس الأحد، على هامش قمة المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» في العاصمة الليبيرية مونروفيا.

وقال مكتب نتنياهو، في بيان، إن الزعيمين «اتفقا على تطبيع العلاقات»، وإن السفير الإسرائيلي سيعود إلى داكار فورا، مضيفا أن إسرائيل ستدعم ترشيح السنغال لمنصب في إحدى هيئات الأمم المتحدة. ولم يصدر عن الرئاسة السنغالية تعليق فوري.

وتعود الأزمة إلى ديسمبر الماضي، حين شاركت السنغال في تقديم مشروع القرار 2334 في مجلس الأمن، الذي يطالب بوقف الاستيطان في الأراضي الفلسطينية المحتلة. وردت إسرائيل يومها باستدعاء سفيرها من داكار، وألغت برامج المساعدات للسنغال، كما ألغت زيارة كانت مقررة لوزير الخارجية السنغالي.

وأصبح نتنياهو أول زعيم من خارج القارة يلقي كلمة أمام قمة «إيكواس»، في إطار ما يسميه «عودة إسرائيل إلى أفريقيا». وتسعى تل أبيب منذ سنوات إلى الحصول على صفة مراقب في الاتحاد الأفريقي، وهو مسعى لم يتحقق حتى الآن بسبب معارضة دول عدة بينها الجزائر وجنوب أفريقيا.

ويقول مسؤولون إسرائيليون إن خطوة مماثلة مع نيوزيلندا، التي شاركت هي الأخرى في تقديم القرار، ستعلن خلال أيام، بعد اتصالات بين نتنياهو ورئيس الوزراء النيوزيلندي بيل إنغليش.

ويرى باحثون في الشؤون الأفريقية أن السنغال، التي ترأس منذ عقود لجنة الأمم المتحدة المعنية بممارسة الشعب الفلسطيني حقوقه غير القابلة للتصرف، «لم تتخل عن موقفها»، لكنها تحتاج إلى التعاون الإسرائيلي في مجالات الزراعة والري وأمن الحدود.

وانتقدت وزارة الخارجية الفلسطينية ما وصفته بمحاولات إسرائيل «شراء المواقف» في أفريقيا، داعية الدول الأفريقية إلى التمسك بقرارات الاتحاد الأفريقي الداعمة للقضية الفلسطينية.

وتعهد نتنياهو أمام القمة باستثمار مليار دولار في مشاريع الطاقة الشمسية في دول المجموعة خلال أربع سنوات، من دون أن يكشف عن تفاصيل التمويل.

وفي رام الله، قال طالب فلسطيني درس في جامعة الشيخ أنتا ديوب في داكار: «السنغاليون يحبون فلسطين، وأنا عشت ذلك بنفسي. لكن الحكومات لها حساباتها. ما يهمنا أن يبقى صوت السنغال معنا في الأمم المتحدة».""",
        [
            G("relations.restored", "occurred", ["Israel", "Benjamin Netanyahu"], ["Senegal", "Macky Sall"]),
            # the aid programmes cancelled in December
            G("sanctions.imposed", "historical", ["Israel"], ["Senegal"], core=False),
            # the observer's status at the African Union "لم يتحقق حتى الآن"
            G("alliance.joined", "stalled", ["Israel"], ["African Union"], core=False),
            # "خطوة مماثلة مع نيوزيلندا … ستعلن خلال أيام"
            G("relations.restored", "planned", ["Israel"], ["New Zealand"], core=False),
        ],
        not_targets=["Liberia", "Palestine", "Algeria", "South Africa"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-09-alsouria-desert-hawks-absorbed-into-army-2017",
        date(2017, 8, 14),
        """نهاية «صقور الصحراء»: الجيش السوري يبتلع ميليشيا الأخوين جابر

اللاذقية - «السورية نت»

أصدرت القيادة العامة للجيش السوري قرارا بحل ميليشيا «لواء صقور الصحراء» وضم عناصرها إلى صفوف الفيلق الخامس، بعد نحو ست سنوات على تأسيسها بتمويل من رجل الأعمال محمد جابر، وفق ما أكدته مصادر متطابقة في اللاذقية وحمص.

وبحسب المصادر، سلم قادة الميليشيا خلال الأيام الماضية الأسلحة الثقيلة والعربات المدرعة إلى وحدات الجيش، فيما خير العناصر بين الالتحاق بالفيلق الخامس بعقود نظامية أو التسريح، مع احتساب مدة خدمتهم في الميليشيا من الخدمة الإلزامية للمطلوبين منهم.

وتأسس «صقور الصحراء» عام 2013 لحماية منشآت النفط والغاز في البادية، ثم شارك في معارك ريف اللاذقية وتدمر وحلب، وارتبط اسمه بالأخوين محمد وأيمن جابر، اللذين جمعا ثروتهما من تجارة الحديد والخردة.

ولم يشمل القرار ميليشيا «مغاوير البحر» التي يقودها أيمن جابر، والتي لا تزال تعمل بشكل مستقل على الساحل. كما لا يزال ملف دمج ميليشيات «الدفاع الوطني» في الجيش معلقا، في ظل خلافات حول مصير قادتها المحليين وتمويلها.

ويرتبط القرار، بحسب مراقبين، بالخلاف بين محمد جابر وقيادات أمنية نافذة، وبمساع روسية لإعادة هيكلة القوات الرديفة تحت قيادة موحدة. وكانت روسيا قد رعت تشكيل الفيلق الخامس في نوفمبر الماضي، واستوعب منذ ذلك الحين آلاف المتطوعين وعناصر من مجموعات مسلحة موالية.

وتنشر روسيا منذ سبتمبر 2015 قوات جوية وبرية في قاعدة حميميم قرب جبلة، حيث يتمركز المستشارون الذين يشرفون على تدريب الفيلق وتسليحه.

ويقول باحث في شؤون القوات الموالية إن حل الميليشيات «الخاصة» يهدف إلى إنهاء ظاهرة «أمراء الحرب» التي باتت تحرج النظام في مناطقه، بعد أن تحولت بعض المجموعات إلى شبكات تهريب وخطف، لكنه يرى أن العملية «انتقائية» وتستهدف من خسر الحماية السياسية.

وتتهم منظمات حقوقية سورية عناصر من الميليشيا بارتكاب انتهاكات خلال معارك السنوات الماضية، وتطالب بألا يتحول ضمهم إلى الجيش إلى غطاء يعفيهم من المساءلة، فيما يلتزم الإعلام الرسمي الصمت حيال القرار ولم يذكره حتى الآن.

وفي مدينة جبلة، قال موظف متقاعد فقد ابنه في معارك ريف اللاذقية: «ابني قاتل مع الصقور لأن الراتب كان أفضل من الجيش. الآن يقولون إن العناصر سيدخلون الفيلق. المهم أن تعطى حقوق الشهداء ولا تضيع مع حل اللواء».""",
        [
            G("forces.integrated", "occurred", ["Desert Hawks Brigade"], ["Fifth Corps", "Syrian Army", "Syria"]),
            # "ولم يشمل القرار ميليشيا «مغاوير البحر»"
            G("forces.integrated", "negated", ["Sea Commandos"], ["Syrian Army"], core=False),
            # the National Defence Forces' merger "لا يزال … معلقا"
            G("forces.integrated", "stalled", ["National Defence Forces"], ["Syrian Army"], core=False),
            # the volunteers and groups the Fifth Corps absorbed since November
            G("forces.integrated", "historical", [], ["Fifth Corps"], core=False),
            # Russia at Hmeimim "منذ سبتمبر 2015"
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-10-alkhaleejonline-eu-launches-aspides-red-sea-2024",
        date(2024, 2, 20),
        """«أسبيدس» في البحر الأحمر: أوروبا ترسل فرقاطاتها ولا تطلق النار على اليمن

بروكسل - «الخليج أونلاين»

أطلق الاتحاد الأوروبي، أمس الاثنين، عملية «أسبيدس» البحرية لحماية السفن التجارية في البحر الأحمر وخليج عدن من هجمات جماعة الحوثي، بعد أن أقرها وزراء خارجية الدول الأعضاء في اجتماعهم ببروكسل، على أن تنتشر بموجبها فرقاطات من اليونان وإيطاليا وفرنسا وألمانيا في الممر البحري لمدة عام قابل للتجديد.

وقال مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل إن العملية «دفاعية بحتة»، وإن مهمتها مرافقة السفن واعتراض الصواريخ والمسيرات، مؤكدا أن السفن الأوروبية «لن تشارك في أي ضربات». وتتخذ العملية من مدينة لاريسا اليونانية مقرا لقيادتها، ويتولى قيادتها الميدانية ضابط إيطالي.

وتأتي الخطوة بعد أكثر من ثلاثة أشهر على بدء الحوثيين استهداف السفن التي يقولون إنها مرتبطة بإسرائيل أو متجهة إليها، تضامنا مع غزة، وهي هجمات دفعت كبرى شركات الشحن إلى تحويل مساراتها عبر رأس الرجاء الصالح.

وكانت الولايات المتحدة قد أعلنت في ديسمبر الماضي تشكيل تحالف «حارس الازدهار» البحري، ونشرت قطعها في المنطقة، قبل أن تبدأ مع بريطانيا منذ الثاني عشر من يناير شن ضربات على مواقع للحوثيين داخل اليمن. كما صنفت واشنطن الجماعة في السابع عشر من يناير «منظمة إرهابية عالمية مصنفة تصنيفا خاصا».

ولن تنشر «أسبيدس» أي قوات على البر اليمني، ويقول دبلوماسيون إن الفصل بين المهمة الأوروبية والضربات الأميركية البريطانية كان شرطا لموافقة دول مثل إسبانيا، التي رفضت المشاركة في «حارس الازدهار».

وأعلنت بلجيكا أنها سترسل فرقاطة للانضمام إلى العملية في مارس، فيما تدرس الدنمارك وهولندا المشاركة بضباط في مقر القيادة.

وتشير تقديرات هيئة قناة السويس إلى تراجع إيراداتها بنحو النصف منذ مطلع العام، فيما ارتفعت أقساط التأمين على السفن العابرة لمضيق باب المندب إلى مستويات غير مسبوقة منذ عقود.

ويرى باحثون في مركز دراسات بالرياض أن العملية تعكس «رغبة أوروبية في حماية التجارة دون الانجرار إلى الحرب»، لكنهم يشككون في قدرتها على ردع الحوثيين، في ظل محدودية عدد السفن وطول المسافة بين قناة السويس وخليج عدن.

وفي ميناء جدة الإسلامي، قال وكيل ملاحي يعمل مع شركات آسيوية: «نصف العملاء أوقفوا حجوزاتهم عبر باب المندب. السفن الحربية تطمئن قليلا، لكن شركات التأمين هي التي تقرر، وهي حتى الآن لا ترى تغييرا».""",
        [
            G("military.presence", "occurred", [_EU, "Operation Aspides", "Greece", "Italy", "France", "Germany"], []),
            # Prosperity Guardian "في ديسمبر الماضي"
            G("military.presence", "historical", [_US, "Operation Prosperity Guardian"], [], core=False),
            # the Houthis listed "في السابع عشر من يناير"
            G("sanctions.imposed", "historical", [_US], ["Houthis"], core=False),
            # "ولن تنشر «أسبيدس» أي قوات على البر اليمني"
            G("military.presence", "negated", [_EU, "Operation Aspides"], ["Yemen"], core=False),
            # Belgium "سترسل فرقاطة للانضمام إلى العملية في مارس"
            G("military.presence", "planned", ["Belgium"], [], core=False),
        ],
        not_targets=["Israel", "Egypt", "Spain", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-11-alkhaleejonline-sports-ittihad-lifts-ban-2023",
        date(2023, 9, 12),
        """الاتحاد يرفع الإيقاف عن مهاجمه ويعيد العلاقات مع رابطة مشجعيه

جدة - «الخليج أونلاين» - رياضة

رفعت إدارة نادي الاتحاد، أمس الاثنين، عقوبة الإيقاف الداخلي التي فرضتها على مهاجمها البرازيلي الأسبوع الماضي، بعد تغيبه عن حصة تدريبية دون إذن، إثر جلسة جمعته بالمدرب ورئيس النادي، اعتذر خلالها للجهاز الفني وزملائه.

وقالت مصادر في النادي إن اللاعب سيشارك في المران الجماعي اليوم، على أن تقتطع من راتبه غرامة مالية وفق اللائحة الداخلية، مشيرة إلى أن المدرب يعول عليه في مواجهة الهلال المقبلة في دوري روشن.

وفي سوق الانتقالات، حسم الاتحاد انضمام لاعب وسط دولي مغربي قادم من الدوري الإسباني، بعد أن وقع معه عقدا لمدة ثلاثة مواسم، فيما مدد النادي عقد مدرب حراس المرمى لموسم إضافي بطلب من الجهاز الفني.

في المقابل، فرضت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم غرامة مالية على النادي، بسبب استخدام جماهيره الألعاب النارية في مباراته الأخيرة، كما أوقفت مدافعا مباراتين بعد طرده.

وعلقت إدارة النادي بيع تذاكر مباراة الكلاسيكو عبر التطبيق مؤقتا، بسبب عطل تقني، على أن يستأنف البيع مساء اليوم.

وأعادت الإدارة العلاقات مع رابطة المشجعين الرسمية، بعد قطيعة دامت أشهرا بسبب خلاف على توزيع مقاعد المدرج الشمالي، واتفق الطرفان على تشكيل لجنة مشتركة لتنظيم التشجيع.

كما قررت الإدارة دمج فريقي الرديف وتحت 21 عاما في فريق واحد، لتقليص النفقات، ونشرت شركة أمن خاصة مئات الحراس في محيط ملعب مدينة الملك عبدالله الرياضية لتنظيم الدخول.

ووقع النادي أيضا اتفاقية رعاية مع شركة اتصالات لمدة موسمين، تشمل ظهور شعارها على القميص.

وقال المدرب في مؤتمر صحافي إن الفريق «يمر بمرحلة انتقالية» بعد رحيل عدد من اللاعبين الأساسيين، مؤكدا أن الأولوية لاستعادة الانسجام قبل المباريات الآسيوية، وأن الباب «مفتوح أمام الشباب» للمشاركة في التشكيلة الأساسية خلال الجولات المقبلة.

ويحتل الاتحاد المركز الثالث في الترتيب بفارق نقطتين عن المتصدر، قبل فترة التوقف الدولي.

وفي مقهى بحي البغدادية، قال مشجع اتحادي في الستين من عمره: «اللاعب أخطأ واعتذر، وانتهى الموضوع. نريد الآن الفوز على الهلال، لا أكثر. الجمهور صبر بما فيه الكفاية».""",
        [],
        not_targets=["Saudi Arabia", "Brazil", "Morocco", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h105-12-almodon-culture-beirut-theatre-festival-2022",
        date(2022, 11, 18),
        """مسرح بيروتي ينضم إلى شبكة أوروبية.. ورفع الحظر عن عرض فيلم لبناني

بيروت - «المدن» - ثقافة

انضمت فرقة «زقاق» المسرحية اللبنانية، هذا الأسبوع، إلى الشبكة الأوروبية للمسارح المستقلة، لتصبح أول فرقة عربية تحصل على العضوية الكاملة فيها، بعد عامين من المشاركة بصفة مراقب، وفق ما أعلنته الفرقة في بيان.

وقالت مديرة الفرقة إن العضوية «ستفتح أبواب الإنتاج المشترك والجولات الأوروبية أمام الممثلين الشباب»، مشيرة إلى أن الفرقة وقعت أيضا اتفاقية إنتاج مشترك مع مسرح في مدينة ليون الفرنسية، لعرض عمل جديد في الربيع المقبل.

وفي سياق آخر، رفع الأمن العام اللبناني الحظر عن عرض فيلم روائي لبناني كان قد منعه الشهر الماضي بحجة «المس بالسلم الأهلي»، بعد أن وافق المخرج على حذف مشهدين، وسيبدأ عرضه في صالات بيروت الأسبوع المقبل.

كما مدد منظمو مهرجان بيروت للأفلام القصيرة دورته الحالية ثلاثة أيام إضافية بسبب الإقبال، فيما علقت إدارة متحف سرسق عروضها المسائية مؤقتا بسبب انقطاع الكهرباء.

واستأنف المعهد الوطني العالي للموسيقى تعاونه مع أوركسترا عربية شابة، بعد توقف دام عامين بسبب الأزمة المالية، وقررت وزارة الثقافة دمج مكتبتين عامتين في الأشرفية في مبنى واحد بعد ترميمه.

وفرضت بلدية بيروت رسوما جديدة على إقامة العروض في الحدائق العامة، أثارت اعتراض الفرق المستقلة التي تقول إنها تعمل بميزانيات صغيرة.

ونشرت جمعية ثقافية عشرات المتطوعين في شوارع مار مخايل والجميزة لتنظيم جولات فنية ليلية، في محاولة لإعادة الحياة إلى الحي الذي دمره انفجار المرفأ في أغسطس 2020.

وفي معرض الكتاب العربي الدولي، الذي عاد إلى بيروت بعد غياب ثلاث سنوات، أعلنت دور نشر لبنانية عن إصدارات جديدة في الرواية والشعر، فيما غابت دور نشر عربية عدة بسبب كلفة الشحن والإقامة، ووصف ناشرون الإقبال بأنه «أفضل من المتوقع».

ويرى نقاد أن المشهد الثقافي في بيروت يعيش «مقاومة يومية» في ظل انهيار العملة وهجرة الفنانين، لكنه لا يزال ينتج أعمالا لافتة.

وفي مقهى قرب مسرح المدينة في الحمرا، قالت ممثلة شابة: «نتمرن على ضوء المولد، ونبيع التذاكر بالدولار والليرة معا. لكن حين يمتلئ المسرح، ننسى كل ذلك».""",
        [],
        not_targets=["Lebanon", "France"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout105_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout105_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout105_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
