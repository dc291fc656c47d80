"""A ninety-fourth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety-three held-out sets: Arabic copy of 2007-2025 as outlets of the Levant, Kurdish and
Turkish Arabic-language sites and news agencies' Arabic wires carry it (a Syrian opposition site,
"غازي عنتاب - «زمان الوصل»", with a Syrian travel clerk of Gaziantep; the Palestinian agency,
"رام الله - «وفا»", with a Ramallah greengrocer; a Syrian channel's site, "إسطنبول - «تلفزيون
سوريا»", with a Fatih money changer; a Kurdish channel's Arabic site, "السليمانية - «روداو»", with a
Sulaymaniyah travel agent; a Jerusalem daily, "القدس - «القدس»", with a Nablus grocer; the Syrian
agency, "دمشق - «سانا»", with a Mezzeh taxi driver; the Lebanese agency, "بيروت - «الوكالة الوطنية
للإعلام»", with a farmer of Qasr; the Turkish agency's Arabic wire, "أنقرة - «الأناضول»", with a
Syrian cook of Fatih; a Bethlehem agency, "بيت لحم - «معا»", with a Jenin stallholder; the Russian
agency's Arabic wire, "موسكو - «سبوتنيك»", with a farmer of Khan Arnabeh; an Amman daily's sports
page, "عمّان - «الرأي» - رياضة", with a Faisaly fan; and a Turkish Arabic-language site's economy
page, "إسطنبول - «ترك برس» - اقتصاد", with a Syrian shipping clerk of Aksaray) on episodes the
earlier sets do not carry as core news: the US Treasury listing the Syrian airline Cham Wings,
December 2016; Israel releasing the Palestinian tax revenues it had withheld since January, March
2015; Marco Rubio waiving the Caesar Act sanctions on Syria for 180 days, May 2025; Turkey
prolonging its ban on flights to and from Sulaymaniyah airport, July 2023; Bezalel Smotrich
threatening not to renew the waiver that lets Israeli banks deal with Palestinian ones, May 2024;
Syria becoming a member of the Chemical Weapons Convention, October 2013; the Lebanese and Syrian
defence ministers signing in Jeddah the accord on their border, March 2025; Turkey resuming the
work of its embassy in Damascus, December 2024; the Palestinian security services taking in the
first fighters of the Al-Aqsa Martyrs' Brigades, July 2007; the Russian military police deploying
on the Golan line of separation, August 2018.
Searched before writing in ALL earlier held-out files of both languages (up to set 114 English and
91 Arabic, and sets 92 and 115 on their branches and 93 and 95 in their worktrees) by states,
bodies, people, places and instrument names in Arabic and English spellings, reading the hits:
"Cham Wings"/"أجنحة الشام" (none); Israel's release of the tax revenues (set 4 Arabic carries it
as a non-core line of its ICC article, 2015; "أموال المقاصة" otherwise only in set 4's Doha talks);
"Caesar"/"قيصر" beside "180" (the earthquake licence of 2023 in set 2 Arabic and 31 English, the
repeal in set 16 Arabic and 9 English, the end of the programme in set 72 Arabic: other episodes;
the waiver of May 2025 named nowhere as core news); Sulaymaniyah beside airspace (none; set 91
Arabic carries Baghdad lifting its ban on the Kurdish airports, another episode); "Smotrich"/
"سموتريتش" (sets 3 English and 16 Arabic carry the sanctions on him, sets 18 and 46 Arabic the
settler order; "Palestinian banks"/"البنوك الفلسطينية" none); Syria beside the Chemical Weapons
Convention (none; set 69 Arabic carries Palestine, set 92 Arabic on its branch Iraq); "منسى"/
"Menassa" and Jeddah beside Lebanon and Syria (none; Abu Qasra appears in sets 2, 15, 23, 52 and 55
Arabic on other episodes); the Turkish embassy in Damascus (none; sets 52, 67, 68 and 7 Arabic
carry the Emirati, Bahraini and Omani returns); "شهداء الأقصى"/"Aqsa Martyrs" (none); the Russian
military police on the Golan and "UNDOF" (none; set 12 Arabic has them at the Nassib crossing).
Some forty other candidates were dropped because the search found them as core news (among them
the Katerji and Foz listings, the Captagon listings, the Soylu and Dönmez delisting, Trump's threat
to Turkey's economy, Ankara's threat after the Kurdish referendum, Le Drian's and Borrell's threats,
the Syria suspensions of the EU, Canada and Switzerland, the Iraq WMD lifting, the Nord Stream
waiver, Palestine in the ICC, Interpol and the OPCW, the Jordan-Qatar, Turkey-Israel, UAE-Syria and
Oman-Syria restorations, the Peshmerga, Tiger Forces, National Front, Asayish and Wagner
integrations, and the American troops in Jordan and at Erbil).
Facts the writer is unsure of: the day of the Cham Wings listing (23 December 2016) and who else was
listed; the amount and the day of Israel's decision on the revenues and the deductions; the medium
of Rubio's waiver and the Treasury licence's wording; the day Turkey prolonged the Sulaymaniyah ban,
its new end (3 January 2024) and the ministry that announced it; Smotrich's wording and the day;
Syria's day of accession and the Mezzeh quote; the Jeddah accord's wording and the day of signing
(27 March 2025); the chargé d'affaires' name; the number of Al-Aqsa fighters, the day and the terms
of their absorption (written as of 22 July 2007), and the second list; Rudskoy's words and the
number of posts.

Ten carry core events of the ten alertable types (ten core events), all occurred, next to planned,
historical, negated and stalled ones and a few alertable events that are not core; two are near
misses: a Jordanian football page (a committee that "رفعت … عقوبة اللعب دون جمهور", "انضمام مهاجم
سوري", a player who "وقع عقدا", a contract "مدد", training "علق", a federation that "وقع اتفاقية
تعاون" with the Turkish one, the public security that "ستنشر أكثر من ألف وخمسمئة عنصر", a committee
that "فرضت … عقوبة الإيقاف") and a Turkish economy page (a bourse that "علقت التداول", two firms
that "وقعت … اتفاقية شراكة", a haulier's "انضمامها إلى تحالف دولي", a board that "فرض غرامات" and
"رفع الحظر", an agreement "مددت", teams "نشرت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على شركة
«أجنحة الشام» للطيران" imposes (core; the United States; Cham Wings, absent from the knowledge
base, and Syria), the Syrian Arab Airlines listing "في مايو 2013" a historical imposition, "ولم يدرج
الاتحاد الأوروبي الشركة حتى الآن على قوائم عقوباته" a negated imposition, the Russian forces
"المنتشرة في سوريا منذ سبتمبر 2015" a historical presence; the officers listed with the airline are
the same imposition. A government that decided "الإفراج عن عائدات الضرائب الفلسطينية التي
احتجزتها" lifts (core; Israel; the Palestinian Authority and Palestine): withheld revenues are the
punitive measure as a reader of the news takes it; the freeze "في الثالث من يناير الماضي" a
historical imposition, Palestine a member of the court "في الأول من أبريل المقبل" a planned joining
(not core). A secretary who "علق … العقوبات المفروضة على سوريا بموجب «قانون قيصر» … لمدة مئة
وثمانين يوما" suspends (core; the United States and Rubio; Syria), the Treasury's general licence the
same easing, the act "في ديسمبر 2019" a historical imposition, "ولا يعني الإعفاء إلغاء القانون … ولم
يرفع القرار عقوبات الإرهاب" a negated lifting; Trump's announcement in Riyadh is background without
a watched trigger. A state that "مددت … حظر الرحلات الجوية من مطار السليمانية" extends (core; Turkey;
Iraq and the Kurdistan Region): a flight ban on a region's airport is a measure against it; the
closure "في الثالث من أبريل الماضي" a historical imposition, "ولم تفرض أنقرة أي قيود مماثلة على
المعابر البرية" a negated imposition; the drone strike is no event of a watched type. A minister who
"هدد … بعدم تمديد الإعفاء الذي يتيح للمصارف الإسرائيلية التعامل مع نظيرتها الفلسطينية" threatens
(core; Israel and Smotrich; the Palestinian Authority and Palestine), his "وقف تحويل أموال المقاصة"
an occurred imposition (not core), "ولم يتخذ مجلس الوزراء الإسرائيلي حتى الآن أي قرار رسمي" a
negated imposition; the three recognitions of Palestine are no events of a watched type. A state
that "أصبحت … دولة عضوا في اتفاقية حظر … الأسلحة الكيميائية" joins (core; Syria; the OPCW and the
convention), the Geneva framework of the United States and Russia a historical signing, Resolution
2118's measures "في حال عدم الامتثال" a historical threat, "ولم تنضم إسرائيل ومصر حتى الآن" a
negated joining; the inspectors are no military presence. Two ministers who "وقع … اتفاقا" in
Jeddah sign (core; Lebanon, Syria, Menassa and Abu Qasra; Saudi Arabia the host, no party), "ولم
يوقع البلدان حتى الآن أي اتفاق نهائي لترسيم الحدود" a negated signing, the treaty "عام 1991" a
historical signing, the Syrian army in Lebanon from 1976 to 2005 a historical presence; the
ceasefire of the border clashes is no signing. An embassy that "استأنفت … أعمالها رسميا" in Damascus
restores ties (core; Turkey; Syria), the Qatari embassy to reopen "خلال الأسبوع المقبل" a planned
restoration, "لم تعلن الولايات المتحدة حتى الآن أي نية لإعادة فتح سفارتها" a negated restoration,
the Turkish forces "منذ عام 2016" a historical presence; the closure of 2012 is no event of a watched
type. Security services that "استوعبت … أول دفعة من مقاتلي كتائب شهداء الأقصى … في صفوفها"
integrate forces (core; the Al-Aqsa Martyrs' Brigades, absent from the knowledge base; the
Palestinian Authority's services), the second list "فلا تزال متعثرة" a stalled integration, "ولم
يشمل التفاهم عناصر سرايا القدس … ولا عناصر كتائب القسام" a negated integration, the Mecca agreement
"في فبراير الماضي" a historical signing. Military police that "بدأت … تسيير دوريات في المنطقة العازلة
بمحافظة القنيطرة" are a presence (core; Russia; Syria), "ستقيم ثماني نقاط مراقبة" a planned
presence (not core), UNDOF "منذ عام 1974" and the Russian forces "منذ سبتمبر 2015" historical
presences, the Disengagement Agreement of 1974 a historical signing of Syria and Israel. The Amman
sports page and the Istanbul economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.889, R 0.700, F1 0.783 (recall
7/10, precision 8/9); occurred core found 7/10; historical kept quiet 14/14, negated 8/8, stalled
1/1. No annotation was changed after the run. Missed: Israel's release of the revenues (ar-h94-02),
"قررت الحكومة الإسرائيلية … الإفراج عن عائدات الضرائب الفلسطينية التي احتجزتها", gives no lifting
(nor the freeze "جمدت تحويل العائدات" as a historical imposition), and Palestine a member of the
court "في الأول من أبريل المقبل" is read as a historical joining, not a planned one; Smotrich's
threat (ar-h94-05), "هدد … بعدم تمديد الإعفاء الذي يتيح للمصارف الإسرائيلية التعامل مع نظيرتها
الفلسطينية", gives nothing at all (nor his "وقف تحويل أموال المقاصة"); the Russian military police
that "بدأت … تسيير دوريات في المنطقة العازلة" (ar-h94-10) give no presence (only the historical
"وتنشر روسيا قواتها في سوريا منذ سبتمبر 2015" is read, rightly historical). Wrong alert: on the
Amman sports page (ar-h94-11) "ووقع الاتحاد الأردني اتفاقية تعاون مع نظيره التركي لتبادل
الخبرات في مجال التحكيم" is read as an occurred signing with Jordan for target (a sports federation
is no state). Seen, not counted by the score: the Cham Wings listing has no Syria and the negated
European listing has the European Union for target; Turkey's extension has no target; the Al-Aqsa
fighters are taken in with no actor and with Palestine and the brigades for targets; the Jeddah
signing has Abu Qasra for a target and misses Menassa; the Treasury licence gives the Central Bank
of Syria for a target beside Syria; Israel and Egypt, not joined, are given the Non-Proliferation
Treaty for target; the Qatari reopening has no Syria. Four articles are strict xfails (ar-h94-02,
-05 and -10 on their core events, ar-h94-11 on its alert).

After the fixes of 2026-12-07: events P 1.000, R 0.900, F1 0.947 (recall 9/10, precision 10/10;
after the first two alone P 0.909, F1 0.905). Three general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout94_rules_ar.py``. Funds a state held back from another, released, are a lifting
("أفرجت كوريا الجنوبية عن الأموال الإيرانية المجمدة", "الإفراج عن أرصدة الكويت المحتجزة"): the
release verb or noun with the funds right after it and, within six words of them, that they were
withheld or frozen (a ``sanctions.lifted`` entry with the cue groups ``held_funds`` and
``withheld_mark``); a lender's tranche, prisoners and a ship held stay quiet, and a release listed
as one more item ("… واستئناف الرحلات والإفراج عن الأموال المجمدة") of a lifting already read
adds no event of its own. ar-h94-02's strict xfail removed. Patrols a foreign power's forces begin
abroad are a presence ("بدأت الشرطة العسكرية الروسية تسيير دوريات في ريف حلب"): "تسيير دوريات" and
its verbs join the subject-first presence verbs, and "الشرطة العسكرية" before a demonym names a
state's forces as a troops noun does (``_military_police_before``); a state's own police on patrol
at home stays quiet. ar-h94-10's strict xfail removed. Third, "الاتحاد" before a demonym that the
knowledge base does not name with it is a national federation or union, no state ("وقع الاتحاد
العراقي اتفاقية تعاون مع نظيره السعودي لتطوير التحكيم": Iraq is no party), while unions named
whole ("الاتحاد الأوروبي", "الاتحاد الروسي") keep their reading (``_without_national_unions``):
ar-h94-11's strict xfail removed, and with it the set's last wrong alert. Left, as a strict xfail, for want of time before this
round's deadline: Smotrich's threat not to renew the bank waiver (ar-h94-05: a threat of a
measure named by what it withholds, "هدد … بعدم تمديد الإعفاء", with no sanctions noun near).
Seen and left: subject-first troops "تنتشر على الحدود مع سوريا" (and now their patrols) are read
as a presence with no target, as before the fix.
Cured since (test_general_misses11_rules_ar.py): ar-h94-05, a threat to end a waiver ("هدد …
بعدم تمديد الإعفاء") is a threat of the measures it holds back.

``python -m tests.unit.test_heldout94_events_ar`` prints every article's alerts and the set's
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
_PA = "Palestinian Authority"
_OPCW = "Organisation for the Prohibition of Chemical Weapons"
_CWC = "Chemical Weapons Convention"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-01-zamanalwsl-us-treasury-sanctions-cham-wings-2016",
        date(2016, 12, 24),
        """الخزانة الأمريكية تدرج «أجنحة الشام» على قائمة العقوبات بتهمة نقل مقاتلين وأسلحة للنظام

غازي عنتاب - «زمان الوصل»

فرضت وزارة الخزانة الأمريكية، أمس الجمعة، عقوبات على شركة «أجنحة الشام» للطيران، أول شركة طيران خاصة في سوريا، متهمة إياها بنقل مقاتلين موالين للنظام وأسلحة ومعدات عسكرية إلى دمشق، وبمساعدة المخابرات السورية في تحريك أموال وأشخاص عبر رحلاتها المنتظمة.

وقال مكتب مراقبة الأصول الأجنبية في بيان إن الشركة «عملت بالتنسيق مع مؤسسة الطيران العربية السورية» لنقل عناصر ميليشيات أجنبية من العراق وإيران إلى سوريا، وإن أي أصول لها تخضع للولاية الأمريكية باتت مجمدة، فيما يحظر على المواطنين والشركات الأمريكية التعامل معها.

وشملت العقوبات أيضا عددا من كبار الضباط والمسؤولين في الحكومة السورية، قالت الوزارة إنهم مسؤولون عن استهداف المدنيين خلال معارك حلب الأخيرة.

وكانت واشنطن قد فرضت في مايو 2013 عقوبات على مؤسسة الطيران العربية السورية، الناقل الرسمي، بعد اتهامها بنقل شحنات سلاح من إيران، وهو ما دفع النظام، بحسب معارضين، إلى الاعتماد أكثر على «أجنحة الشام» التي تأسست عام 2007 ويملكها رجل أعمال مقرب من عائلة الأسد.

ولم يدرج الاتحاد الأوروبي الشركة حتى الآن على قوائم عقوباته، رغم مطالبات من المعارضة السورية، ولا تزال الشركة تسير رحلات إلى عدد من المطارات العربية والإقليمية، بينها مطارات في الخليج.

وتتولى القوات الروسية المنتشرة في سوريا منذ سبتمبر 2015 حماية مطار حميميم في ريف اللاذقية، الذي تقول تقارير إن طائرات مدنية سورية تستخدمه أحيانا في رحلات غير معلنة.

وقال خبير في شؤون الطيران المدني لـ«زمان الوصل» إن أثر القرار سيظهر في قطع الغيار والتأمين والصيانة أكثر من ظهوره في الرحلات، لأن الشركة «تشتري خدماتها عبر وسطاء في دول ثالثة منذ سنوات».

ولم يصدر عن الشركة أي تعليق حتى مساء أمس، فيما نقلت وسائل إعلام موالية عن مصدر في وزارة النقل السورية وصفه القرار بأنه «جزء من الحرب الاقتصادية على الشعب السوري».

وفي أحد مكاتب السفر بمدينة غازي عنتاب، قال موظف سوري يحجز تذاكر لمسافرين إلى أربيل وبيروت: «الناس لا يسألون من يملك الطائرة، يسألون عن السعر. لكن كل عقوبة جديدة تعني أن الرحلة ستصير أغلى، وأن الأهل في الداخل سيدفعون الثمن».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["Cham Wings Airlines", "Syria"]),
            # the Syrian Arab Airlines listing "في مايو 2013"
            G("sanctions.imposed", "historical", [_US], ["Syrian Arab Airlines", "Syria"], core=False),
            # "ولم يدرج الاتحاد الأوروبي الشركة حتى الآن على قوائم عقوباته"
            G("sanctions.imposed", "negated", ["European Union"], ["Cham Wings Airlines"], core=False),
            # the Russian forces "المنتشرة في سوريا منذ سبتمبر 2015"
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
        ],
        not_targets=["Iraq", "Iran", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-02-wafa-israel-releases-withheld-palestinian-tax-revenues-2015",
        date(2015, 3, 28),
        """إسرائيل تفرج عن عائدات الضرائب الفلسطينية المحتجزة منذ ثلاثة أشهر

رام الله - «وفا»

قررت الحكومة الإسرائيلية، أمس الجمعة، الإفراج عن عائدات الضرائب الفلسطينية التي احتجزتها منذ مطلع يناير الماضي، وفق ما أعلن مكتب رئيس الوزراء بنيامين نتنياهو، الذي قال إن القرار اتخذ «لاعتبارات إنسانية ولمصلحة إسرائيل» بعد توصية من الأجهزة الأمنية.

وتبلغ الأموال المحتجزة نحو مليار ونصف مليار شيكل، أي ما يقارب أربعمئة مليون دولار، تجمعها إسرائيل شهريا عن البضائع المستوردة إلى الأراضي الفلسطينية بموجب بروتوكول باريس الاقتصادي، وتشكل نحو ثلثي إيرادات السلطة الفلسطينية.

وقال مكتب نتنياهو إن الحكومة ستقتطع من المبلغ ديونا مستحقة لشركة الكهرباء الإسرائيلية ومستشفيات إسرائيلية، وهو ما رفضته الحكومة الفلسطينية، مؤكدة أنها لن تقبل «أي خصم أحادي الجانب».

وكانت إسرائيل قد جمدت تحويل العائدات في الثالث من يناير الماضي، ردا على توقيع الرئيس محمود عباس طلب الانضمام إلى نظام روما الأساسي للمحكمة الجنائية الدولية، الذي تصبح فلسطين عضوا فيه رسميا في الأول من أبريل المقبل.

وأجبر التجميد الحكومة الفلسطينية على دفع ستين في المئة فقط من رواتب نحو مئة وستين ألف موظف على مدى ثلاثة أشهر، واقترضت من المصارف المحلية لتغطية جزء من نفقاتها.

ولم تتراجع القيادة الفلسطينية عن خطوتها رغم الضغوط، وقال أمين سر اللجنة التنفيذية لمنظمة التحرير إن التوجه إلى المحكمة «حق سيادي لا يخضع للمساومة».

وكانت الولايات المتحدة والاتحاد الأوروبي قد دعوا إسرائيل مرارا إلى استئناف التحويلات، محذرين من انهيار السلطة الفلسطينية وما قد يترتب عليه من فوضى أمنية في الضفة الغربية.

ويقول اقتصاديون فلسطينيون إن الأزمة كشفت هشاشة المالية العامة واعتمادها على أموال يتحكم فيها الطرف الآخر، داعين إلى تنويع مصادر الإيرادات وتقليص فاتورة الرواتب تدريجيا، وإلى مراجعة الاتفاقات الاقتصادية الموقعة قبل أكثر من عشرين عاما.

وقال وزير المالية الفلسطيني شكري بشارة إن الحكومة ستصرف الرواتب كاملة فور وصول الأموال، إضافة إلى جزء من المستحقات المتأخرة.

وفي سوق الخضار وسط مدينة رام الله، قال بائع ينتظر زبائنه من الموظفين: «ثلاثة أشهر والناس تشتري بالكيلو بدل الصندوق. إذا نزلت الرواتب كاملة سيعود السوق للحركة، لكننا تعودنا أن كل شيء هنا مؤقت».""",
        [
            G("sanctions.lifted", "occurred", ["Israel"], [_PA, "Palestine"]),
            # the transfers frozen "في الثالث من يناير الماضي"
            G("sanctions.imposed", "historical", ["Israel"], [_PA, "Palestine"], core=False),
            # Palestine a member of the court "في الأول من أبريل المقبل"
            G("alliance.joined", "planned", ["Palestine"], ["International Criminal Court"], core=False),
        ],
        not_targets=["United States", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-03-syriatv-rubio-waives-caesar-act-sanctions-180-days-2025",
        date(2025, 5, 24),
        """روبيو يعلق عقوبات «قانون قيصر» على سوريا لمدة 180 يوما

إسطنبول - «تلفزيون سوريا»

علق وزير الخارجية الأمريكي ماركو روبيو، أمس الجمعة، العقوبات المفروضة على سوريا بموجب «قانون قيصر لحماية المدنيين» لمدة مئة وثمانين يوما، بإعفاء قال إنه يهدف إلى تسهيل الاستثمار في قطاعات الكهرباء والطاقة والمياه والصرف الصحي، وإلى دعم جهود الحكومة السورية في إعادة الإعمار.

وفي اليوم نفسه، أصدرت وزارة الخزانة الأمريكية ترخيصا عاما يجيز المعاملات مع الحكومة السورية والمصرف المركزي السوري ومؤسسات مالية أخرى، بعد عشرة أيام من إعلان الرئيس دونالد ترامب من الرياض قراره إنهاء العقوبات على دمشق.

وقال روبيو في بيان إن الخطوة «أول إجراء عملي» على طريق تنفيذ توجيهات الرئيس، مضيفا أن واشنطن تتوقع من الحكومة السورية «مواصلة العمل نحو دولة مستقرة تعيش في سلام مع جيرانها».

ووقع الرئيس ترامب قانون قيصر في ديسمبر 2019، ودخل حيز التنفيذ في يونيو 2020، ونص على معاقبة أي جهة أجنبية تتعامل مع الحكومة السورية أو تشارك في مشاريع إعادة الإعمار، وحمل اسم مصور عسكري سابق سرب آلاف الصور لضحايا التعذيب في المعتقلات.

ولا يعني الإعفاء إلغاء القانون، إذ يحتاج إلغاؤه إلى تصويت في الكونغرس، ولم يرفع القرار عقوبات الإرهاب المفروضة على أفراد من النظام السابق، ولا القيود المتعلقة بتجارة الكبتاغون.

ورحبت وزارة الخارجية السورية بالقرار، ووصفته في بيان بأنه «خطوة إيجابية في الاتجاه الصحيح»، داعية إلى «رفع كامل ونهائي» للعقوبات التي قالت إنها أثقلت كاهل السوريين لسنوات.

ويرى اقتصاديون أن أثر القرار لن يظهر سريعا، لأن المصارف الأجنبية ستتريث قبل استئناف التعامل مع نظيرتها السورية، في انتظار وضوح الإطار القانوني، ولأن الإعفاء مؤقت ويمكن ألا يجدد بعد انقضاء مدته.

وقال رجل أعمال سوري مقيم في إسطنبول إن شركات تركية وخليجية بدأت بالفعل السؤال عن فرص في قطاع الكهرباء، لكنها «تريد ضمانات بأن الباب لن يغلق بعد ستة أشهر».

وفي حي الفاتح بإسطنبول، قال صاحب محل صرافة سوري: «الزبائن يسألونني كل يوم هل صار التحويل إلى الشام مسموحا. أقول لهم انتظروا. سمعنا كثيرا عن انفراجات، ونريد أن نراها في البنك، لا في الأخبار».""",
        [
            G("sanctions.suspended", "occurred", [_US, "Marco Rubio"], ["Syria"]),
            # Caesar Act "في ديسمبر 2019 … حيز التنفيذ في يونيو 2020"
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            # "ولا يعني الإعفاء إلغاء القانون … ولم يرفع القرار عقوبات الإرهاب"
            G("sanctions.lifted", "negated", [_US], ["Syria"], core=False),
        ],
        not_targets=["Turkey", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-04-rudaw-turkey-extends-sulaymaniyah-airspace-ban-2023",
        date(2023, 7, 4),
        """تركيا تمدد حظر الرحلات من مطار السليمانية وإليه ستة أشهر إضافية

السليمانية - «روداو»

مددت تركيا حظر الرحلات الجوية من مطار السليمانية الدولي وإليه حتى الثالث من يناير المقبل، وفق ما أعلنت وزارة الخارجية التركية أمس، مبررة القرار باستمرار «نشاط حزب العمال الكردستاني» في المدينة وتغلغله في مؤسساتها، بما فيها المطار.

وقالت الخارجية التركية في بيان إن أنقرة «لم تلمس خطوات ملموسة» من السلطات في السليمانية لوقف أنشطة الحزب، وإن القرار سيراجع «في ضوء التطورات على الأرض».

وكانت تركيا قد أغلقت مجالها الجوي أمام الطائرات القادمة من مطار السليمانية والمتجهة إليه في الثالث من أبريل الماضي لمدة ثلاثة أشهر، متهمة الاتحاد الوطني الكردستاني، الحزب الحاكم في المحافظة، بالتساهل مع مسلحي الحزب.

ولا يشمل الحظر مطار أربيل الدولي، الذي تواصل شركات الطيران التركية تسيير رحلاتها المنتظمة إليه، ولم تفرض أنقرة أي قيود مماثلة على المعابر البرية بين تركيا وإقليم كوردستان.

وأضر القرار بحركة المسافرين في المطار، إذ ألغت شركات طيران عدة رحلاتها إلى إسطنبول وأنطاليا، واضطر آلاف من سكان المحافظة إلى السفر عبر أربيل أو بغداد، في ذروة موسم الصيف.

وقال مدير مطار السليمانية إن إدارة المطار «ملتزمة بأعلى معايير السلامة»، وإنها مستعدة لاستقبال أي وفد فني تركي للاطلاع على إجراءاتها الأمنية، مؤكدا أن المطار «مؤسسة مدنية لا علاقة لها بأي نشاط مسلح».

من جهته، دعا الاتحاد الوطني الكردستاني الحكومة الاتحادية في بغداد إلى التدخل دبلوماسيا، فيما قالت وزارة الخارجية العراقية إنها تتابع الملف مع الجانب التركي «بما يحفظ سيادة العراق ومصالح مواطنيه».

ويعد مطار السليمانية ثاني أكبر مطار في إقليم كوردستان، وقد افتتح عام 2005، ويستقبل في الأوقات العادية عشرات الرحلات أسبوعيا إلى مدن تركية وخليجية وأوروبية، ويعتمد عليه آلاف الطلاب والمرضى والتجار في المحافظة.

وكانت طائرة مسيرة قد استهدفت محيط المطار في السابع من أبريل الماضي، أثناء وجود القائد العام لقوات سوريا الديمقراطية مظلوم عبدي وعسكريين أمريكيين فيه، من دون أن تسفر عن إصابات.

وفي سوق السليمانية الكبير، قال صاحب وكالة سفر يجلس أمام لوحة أسعار فارغة: «كنا نبيع في الصيف عشرات التذاكر يوميا إلى إسطنبول. اليوم نرسل الناس بالسيارات إلى أربيل. السياسة بين الأحزاب يدفع ثمنها المسافر البسيط».""",
        [
            G("sanctions.extended", "occurred", ["Turkey"], ["Iraq", "Kurdistan Region"]),
            # the closure "في الثالث من أبريل الماضي"
            G("sanctions.imposed", "historical", ["Turkey"], ["Iraq", "Kurdistan Region"], core=False),
            # "ولم تفرض أنقرة أي قيود مماثلة على المعابر البرية"
            G("sanctions.imposed", "negated", ["Turkey"], ["Iraq", "Kurdistan Region"], core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-05-alquds-smotrich-threatens-palestinian-banks-2024",
        date(2024, 5, 23),
        """سموتريتش يهدد بقطع المصارف الفلسطينية عن النظام المصرفي الإسرائيلي

القدس - «القدس»

هدد وزير المالية الإسرائيلي بتسلئيل سموتريتش، أمس الأربعاء، بعدم تمديد الإعفاء الذي يتيح للمصارف الإسرائيلية التعامل مع نظيرتها الفلسطينية، والذي ينتهي في الأول من يوليو المقبل، في خطوة حذر خبراء من أنها قد تؤدي إلى شلل الاقتصاد الفلسطيني.

وجاء تهديد سموتريتش ردا على إعلان النرويج وإيرلندا وإسبانيا، صباح أمس، عزمها الاعتراف بدولة فلسطين، وقال في بيان إن السلطة الفلسطينية «تشن حربا سياسية وقانونية على إسرائيل»، وإنه سيطلب من رئيس الوزراء «إجراءات عقابية إضافية» بحقها.

وأعلن الوزير أيضا وقف تحويل أموال المقاصة إلى السلطة الفلسطينية، وهي الضرائب التي تجبيها إسرائيل نيابة عنها، بعد أشهر من اقتطاع جزء منها بدعوى أنه يعادل ما تدفعه السلطة في غزة.

ويتيح الإعفاء، الذي تمنحه وزارة المالية الإسرائيلية منذ سنوات، للمصارف الإسرائيلية قبول المدفوعات بالشيكل من المصارف الفلسطينية دون التعرض لملاحقات قضائية بتهم تمويل الإرهاب، وهو ما يجعله شريانا أساسيا للتجارة والرواتب والاستيراد.

وكانت الإدارة الأمريكية قد طالبت الحكومة الإسرائيلية مرارا بضمان استمرار العلاقات المصرفية، محذرة من أن قطعها سيعمق الأزمة الإنسانية في الضفة الغربية ويقوض الاستقرار فيها.

ولم يتخذ مجلس الوزراء الإسرائيلي حتى الآن أي قرار رسمي بشأن الإعفاء، وقالت مصادر في مكتب نتنياهو إن المسألة «قيد الدرس».

وقالت سلطة النقد الفلسطينية في بيان إن قطع العلاقات المصرفية «سيكون بمثابة حصار مالي شامل»، مشيرة إلى أن حجم التبادل التجاري بين الجانبين يتجاوز عشرين مليار شيكل سنويا.

ويقول مصرفيون في رام الله إن البدائل المتاحة محدودة، لأن معظم التجارة الخارجية الفلسطينية تمر عبر إسرائيل، ولأن المصارف الأجنبية تتردد في فتح حسابات مراسلة مع مصارف فلسطينية بسبب المخاطر القانونية.

ويواجه الاقتصاد الفلسطيني أصلا أزمة حادة منذ اندلاع الحرب على غزة في أكتوبر الماضي، بعدما منعت إسرائيل عشرات الآلاف من العمال الفلسطينيين من دخول أراضيها، وتراجعت إيرادات السلطة إلى أدنى مستوياتها.

وفي مدينة نابلس، قال تاجر مواد غذائية يستورد بضاعته عبر موانئ إسرائيلية: «كل شحنة أدفع ثمنها بالتحويل. إذا أغلقوا البنوك علينا فكيف سأدفع؟ بالشنطة؟ هذا خنق وليس سياسة».""",
        [
            G("sanctions.threatened", "occurred", ["Israel", "Bezalel Smotrich"], [_PA, "Palestine"]),
            # "وأعلن الوزير أيضا وقف تحويل أموال المقاصة إلى السلطة الفلسطينية"
            G("sanctions.imposed", "occurred", ["Israel", "Bezalel Smotrich"], [_PA, "Palestine"], core=False),
            # "ولم يتخذ مجلس الوزراء الإسرائيلي حتى الآن أي قرار رسمي بشأن الإعفاء"
            G("sanctions.imposed", "negated", ["Israel"], [_PA, "Palestine"], core=False),
        ],
        not_targets=["Norway", "Ireland", "Spain", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-06-sana-syria-becomes-member-of-chemical-weapons-convention-2013",
        date(2013, 10, 15),
        """سوريا تصبح رسميا دولة عضوا في اتفاقية حظر الأسلحة الكيميائية

دمشق - «سانا»

أصبحت الجمهورية العربية السورية، أمس الاثنين، دولة عضوا في اتفاقية حظر استحداث وإنتاج وتخزين واستعمال الأسلحة الكيميائية، بعد انقضاء ثلاثين يوما على إيداعها صك الانضمام لدى الأمين العام للأمم المتحدة، لتصبح الدولة المئة والتسعين في منظمة حظر الأسلحة الكيميائية.

وقال نائب وزير الخارجية والمغتربين فيصل المقداد إن سوريا «تفي بالتزاماتها كاملة»، مؤكدا أن الحكومة قدمت إلى المنظمة في لاهاي الإعلان الأولي عن مخزونها ومواقعها قبل الموعد المحدد، وأنها تتعاون مع فرق التفتيش «بشفافية تامة».

وكانت سوريا قد أودعت صك الانضمام في الرابع عشر من سبتمبر الماضي، في اليوم نفسه الذي توصلت فيه الولايات المتحدة وروسيا في جنيف إلى إطار لنقل الأسلحة الكيميائية السورية إلى خارج البلاد وتدميرها بحلول منتصف العام المقبل.

واعتمد مجلس الأمن الدولي في السابع والعشرين من سبتمبر القرار 2118، الذي أيد خطة التدمير ونص على فرض تدابير بموجب الفصل السابع من الميثاق في حال عدم الامتثال، من دون أن يتضمن أي تلقائية في استخدام القوة.

وبدأ مفتشو المنظمة والأمم المتحدة عملهم في سوريا مطلع الشهر الجاري، وأشرفوا على تدمير معدات إنتاج في عدد من المواقع، في مهمة قالت المنظمة إنها «غير مسبوقة» من حيث الجدول الزمني والظروف الأمنية.

ولم تنضم إسرائيل ومصر حتى الآن إلى الاتفاقية، إذ وقعتها إسرائيل عام 1993 دون أن تصادق عليها، فيما ترفض مصر التوقيع ما لم تنضم إسرائيل إلى معاهدة عدم انتشار الأسلحة النووية.

وكانت المنظمة قد حصلت الجمعة الماضي على جائزة نوبل للسلام، تقديرا لجهودها في القضاء على الأسلحة الكيميائية في العالم منذ دخول الاتفاقية حيز التنفيذ عام 1997.

وقال دبلوماسي في دمشق إن الانضمام «أبعد شبح الضربة العسكرية» التي لوحت بها واشنطن بعد هجوم الغوطة في أغسطس الماضي، لكنه حذر من أن المهمة الأصعب ستكون نقل المواد الكيميائية عبر طرق غير آمنة.

وفي حي المزة بدمشق، قال سائق تاكسي: «في أغسطس كنا ننام على صوت التهديدات بالضربة. اليوم يقولون إن الأمور انحلت بورقة في الأمم المتحدة. ما يهمنا أن تتوقف القذائف، لا أن نسمع عن اتفاقيات».""",
        [
            G("alliance.joined", "occurred", ["Syria"], [_OPCW, _CWC]),
            # the framework reached in Geneva "في الرابع عشر من سبتمبر"
            G("agreement.signed", "historical", [_US, "Russia"], [], core=False),
            # Resolution 2118: measures "في حال عدم الامتثال"
            G("sanctions.threatened", "historical", ["United Nations Security Council"], ["Syria"], core=False),
            # "ولم تنضم إسرائيل ومصر حتى الآن إلى الاتفاقية"
            G("alliance.joined", "negated", ["Israel", "Egypt"], [_OPCW, _CWC], core=False),
        ],
        not_targets=["Netherlands"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-07-nna-lebanon-and-syria-sign-jeddah-border-accord-2025",
        date(2025, 3, 29),
        """لبنان وسوريا يوقعان في جدة اتفاقا لضبط الحدود برعاية سعودية

بيروت - «الوكالة الوطنية للإعلام»

وقع وزير الدفاع الوطني اللبناني ميشال منسى ووزير الدفاع السوري مرهف أبو قصرة، مساء الخميس في جدة، اتفاقا يؤكد الأهمية الاستراتيجية لترسيم الحدود بين البلدين، وينص على تشكيل لجان قانونية ومتخصصة بينهما في عدد من المجالات، وتفعيل آليات التنسيق لمواجهة التحديات الأمنية والعسكرية على الحدود.

وجرى التوقيع برعاية وزير الدفاع السعودي الأمير خالد بن سلمان، الذي رحب في منشور على منصة «إكس» بالاتفاق، مؤكدا دعم المملكة «لكل ما يحقق الأمن والاستقرار في البلدين الشقيقين».

ويأتي الاتفاق بعد أسبوعين من اشتباكات عنيفة على الحدود في منطقة الهرمل، سقط فيها قتلى من الجانبين، وتبادل خلالها الجيش اللبناني والقوات السورية القصف، قبل أن يتوصل الطرفان إلى وقف لإطلاق النار بوساطة اتصالات مباشرة.

وقال منسى بعد عودته إلى بيروت إن الاجتماع «كان صريحا وإيجابيا»، وإن اللجان المشتركة ستعقد أول اجتماعاتها في المملكة خلال الأسابيع المقبلة، لمتابعة ملفات ضبط المعابر غير الشرعية ومكافحة التهريب.

ولم يوقع البلدان حتى الآن أي اتفاق نهائي لترسيم الحدود البرية الممتدة لنحو 375 كيلومترا، والتي لم ترسم بشكل كامل منذ الاستقلال، ولا تزال مناطق عدة منها متداخلة، بينها مزارع شبعا.

ووقع البلدان عام 1991 معاهدة الأخوة والتعاون والتنسيق، التي أنشأت المجلس الأعلى اللبناني السوري، وهي معاهدة يطالب نواب لبنانيون بإعادة النظر فيها بعد التغيير في دمشق.

وكان الجيش السوري قد انتشر في لبنان نحو ثلاثين عاما، منذ عام 1976، قبل أن ينسحب في أبريل 2005 تحت ضغط شعبي ودولي إثر اغتيال رئيس الوزراء الأسبق رفيق الحريري.

ويقدر الجيش اللبناني عدد المعابر غير الشرعية على الحدود الشمالية والشرقية بالعشرات، وتستخدم في تهريب الوقود والطحين والأدوية والبشر، وقد أغلق عددا منها خلال الأشهر الماضية بسواتر ترابية.

ورحب رئيس الحكومة نواف سلام بالاتفاق، معتبرا أنه «يفتح صفحة جديدة في العلاقة مع سوريا، قائمة على الاحترام المتبادل للسيادة».

وفي بلدة القصر الحدودية في قضاء الهرمل، قال مزارع يملك بستانا على بعد أمتار من الساقية الفاصلة: «نحن هنا أقارب على الضفتين، والبستان لا يعرف الحدود. نريد أن يعرف كل واحد أين أرضه، وأن ننام دون قذائف».""",
        [
            G("agreement.signed", "occurred", ["Lebanon", "Syria", "Michel Menassa", "Murhaf Abu Qasra"], []),
            # "ولم يوقع البلدان حتى الآن أي اتفاق نهائي لترسيم الحدود البرية"
            G("agreement.signed", "negated", ["Lebanon", "Syria"], [], core=False),
            # the Treaty of Brotherhood, Cooperation and Coordination "عام 1991"
            G("agreement.signed", "historical", ["Lebanon", "Syria"], [], core=False),
            # the Syrian army in Lebanon "منذ عام 1976 … في أبريل 2005"
            G("military.presence", "historical", ["Syria"], ["Lebanon"], core=False),
        ],
        not_targets=["Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-08-anadolu-turkey-reopens-embassy-in-damascus-2024",
        date(2024, 12, 15),
        """تركيا تستأنف عمل سفارتها في دمشق بعد اثني عشر عاما من الإغلاق

أنقرة - «الأناضول»

استأنفت السفارة التركية في العاصمة السورية دمشق، أمس السبت، أعمالها رسميا بعد توقف دام أكثر من اثني عشر عاما، وعينت وزارة الخارجية التركية السفير برهان كوراوغلو قائما بالأعمال بالوكالة فيها، في أول خطوة من نوعها منذ سقوط نظام بشار الأسد.

وقال وزير الخارجية هاكان فيدان إن إعادة فتح السفارة تعكس «وقوف تركيا إلى جانب الشعب السوري في مرحلته الجديدة»، مضيفا أن أنقرة ستعمل مع الإدارة الجديدة في دمشق على ملفات عودة اللاجئين وإعادة الإعمار ومكافحة الإرهاب.

وكانت تركيا قد علقت عمل سفارتها في دمشق في مارس 2012، احتجاجا على قمع النظام للاحتجاجات الشعبية، وسحبت طاقمها الدبلوماسي، واقتصر تمثيلها منذ ذلك الحين على قنصليتها العامة في حلب التي أغلقت بدورها.

وجاءت الخطوة بعد يومين من زيارة رئيس جهاز الاستخبارات التركي إبراهيم قالن إلى دمشق، حيث التقى قائد الإدارة الجديدة أحمد الشرع، وأدى الصلاة في الجامع الأموي.

ويستعد وفد قطري لإعادة فتح سفارة الدوحة في دمشق خلال الأسبوع المقبل، بحسب ما أعلنت الخارجية القطرية، فيما لم تعلن الولايات المتحدة حتى الآن أي نية لإعادة فتح سفارتها المغلقة منذ عام 2012.

وتنتشر القوات التركية في مناطق من شمال سوريا منذ عام 2016، إثر عمليات عسكرية متتالية ضد تنظيم الدولة ووحدات حماية الشعب الكردية، وتقول أنقرة إن وجودها مرتبط بأمن حدودها.

وتستضيف تركيا نحو ثلاثة ملايين لاجئ سوري، وأعلنت وزارة الداخلية أن أكثر من سبعة آلاف منهم عادوا إلى بلادهم عبر المعابر الحدودية منذ الثامن من ديسمبر.

وقال دبلوماسي تركي سابق لـ«الأناضول» إن تركيا «تريد أن تكون أول من يعود وأكثر من يؤثر» في سوريا الجديدة، مشيرا إلى أن الملف الاقتصادي والتجاري سيكون في مقدمة أولويات السفارة.

وفي حي الفاتح بإسطنبول، قال لاجئ سوري يعمل في مطعم: «أول ما سمعت الخبر فكرت في جواز السفر والأوراق. إذا صارت هناك سفارة تعمل في الاتجاهين، فالعودة ستكون أسهل، وأريد أن أرى بيتي في إدلب قبل أن أقرر».""",
        [
            G("relations.restored", "occurred", ["Turkey"], ["Syria"]),
            # the Qatari embassy to reopen "خلال الأسبوع المقبل"
            G("relations.restored", "planned", ["Qatar"], ["Syria"], core=False),
            # "فيما لم تعلن الولايات المتحدة حتى الآن أي نية لإعادة فتح سفارتها"
            G("relations.restored", "negated", [_US], ["Syria"], core=False),
            # Turkish forces in northern Syria "منذ عام 2016"
            G("military.presence", "historical", ["Turkey"], ["Syria"], core=False),
        ],
        not_targets=["Islamic State"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-09-maan-aqsa-brigades-gunmen-absorbed-into-pa-security-forces-2007",
        date(2007, 7, 23),
        """الأجهزة الأمنية تستوعب أول دفعة من مقاتلي «كتائب الأقصى» في صفوفها

بيت لحم - «معا»

استوعبت الأجهزة الأمنية الفلسطينية، أمس الأحد، أول دفعة من مقاتلي كتائب شهداء الأقصى، الجناح المسلح لحركة فتح، في صفوفها، بعد أن سلم المقاتلون أسلحتهم ووقعوا تعهدات بوقف أي نشاط مسلح، في إطار تفاهم رعته الحكومة الفلسطينية برئاسة سلام فياض.

وقال مسؤول أمني في رام الله إن نحو مئة وثمانين مقاتلا من مدن الضفة الغربية شملهم التفاهم، وإنهم سيلتحقون بالأمن الوطني والشرطة بعد فترة تأهيل، مؤكدا أن الخطوة «تنهي ظاهرة السلاح المنفلت» وتعيد الاعتبار للمؤسسة الأمنية.

وبموجب التفاهم، وافقت إسرائيل على وقف ملاحقة المقاتلين المدرجين على القائمة، شرط أن يمضوا الأشهر الأولى داخل مقرات الأجهزة الأمنية وألا يغادروا مدنهم، وهو شرط قال عدد منهم إنه «أشبه بالسجن».

أما المحادثات بشأن قائمة ثانية تضم مقاتلين من نابلس وطولكرم فلا تزال متعثرة، إذ ترفض إسرائيل شطب أسماء عدد منهم من قوائم المطلوبين، ويرفض هؤلاء تسليم أسلحتهم قبل ذلك.

ولم يشمل التفاهم عناصر سرايا القدس، الجناح المسلح لحركة الجهاد الإسلامي، ولا عناصر كتائب القسام، التي قالت إنها «لن تلقي سلاحها ما دام الاحتلال قائما».

وكانت حركتا فتح وحماس قد وقعتا في مكة المكرمة في فبراير الماضي اتفاقا لتشكيل حكومة وحدة وطنية، انهار بعد أشهر مع سيطرة حماس على قطاع غزة في يونيو، وإعلان الرئيس محمود عباس حالة الطوارئ وإقالة الحكومة.

وقال قائد في الكتائب في مخيم بلاطة إن كثيرا من رفاقه «يريدون حياة طبيعية ورواتب ثابتة»، لكنه شكك في أن تلتزم إسرائيل بتعهداتها، مشيرا إلى أن قوات الاحتلال اعتقلت خلال الأسابيع الماضية مقاتلين كانوا ينتظرون إدراج أسمائهم.

ورحبت الولايات المتحدة بالخطوة، وقالت إنها جزء من جهود إصلاح الأجهزة الأمنية التي يشرف عليها المنسق الأمني الأمريكي الجنرال كيث دايتون، فيما قالت حماس إن العملية «تصفية للمقاومة».

ويقول محللون إن نجاح التجربة سيعتمد على قدرة الحكومة على دفع الرواتب بانتظام، وعلى امتناع إسرائيل عن المداهمات في مدن الضفة.

وفي سوق مدينة جنين، قال صاحب بسطة خضار يعرف عددا من المقاتلين منذ طفولتهم: «هؤلاء أولاد المخيم. إذا أخذوا وظيفة وراتبا وتركوهم في حالهم فهذا أفضل للجميع. لكن من يضمن ألا يعتقلوهم غدا؟».""",
        [
            G("forces.integrated", "occurred", ["Al-Aqsa Martyrs' Brigades"], [_PA, "Palestinian Security Services"]),
            # the second list, of fighters of Nablus and Tulkarm, "فلا تزال متعثرة"
            G("forces.integrated", "stalled", ["Al-Aqsa Martyrs' Brigades"], [_PA], core=False),
            # "ولم يشمل التفاهم عناصر سرايا القدس … ولا عناصر كتائب القسام"
            G("forces.integrated", "negated", ["Al-Quds Brigades", "Izz ad-Din al-Qassam Brigades"], [_PA], core=False),
            # the Mecca agreement "في فبراير الماضي"
            G("agreement.signed", "historical", ["Fatah", "Hamas"], [], core=False),
        ],
        not_targets=["Israel", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-10-sputnik-russian-military-police-deploy-on-golan-line-2018",
        date(2018, 8, 3),
        """الشرطة العسكرية الروسية تنتشر على خط الفصل في الجولان

موسكو - «سبوتنيك»

بدأت وحدات من الشرطة العسكرية الروسية، أمس الخميس، تسيير دوريات في المنطقة العازلة بمحافظة القنيطرة جنوبي سوريا، على خط الفصل مع الجزء الذي تحتله إسرائيل من هضبة الجولان، بحسب ما أعلن مسؤول في هيئة الأركان العامة الروسية.

وقال رئيس إدارة العمليات في هيئة الأركان الفريق أول سيرغي رودسكوي للصحافيين إن الشرطة العسكرية «ستقيم ثماني نقاط مراقبة» على طول الخط، مضيفا أن المواقع ستسلم لاحقا إلى القوات الحكومية السورية بعد استقرار الأوضاع.

وأوضح رودسكوي أن الهدف من الانتشار «منع الاستفزازات» على خط الفصل، ومساعدة قوات الأمم المتحدة لمراقبة فض الاشتباك على العودة إلى مواقعها، التي انسحبت من معظمها عام 2014 بعد سيطرة فصائل مسلحة على المنطقة.

وتنتشر قوات الأمم المتحدة لمراقبة فض الاشتباك في الجولان منذ عام 1974، بموجب اتفاقية فصل القوات التي وقعتها سوريا وإسرائيل في جنيف في مايو من ذلك العام، بعد حرب أكتوبر.

وجاء الإعلان بعد أيام من استعادة القوات الحكومية السيطرة على ريف القنيطرة وحوض اليرموك، وانتهاء عمليات نقل مقاتلين رفضوا التسوية إلى الشمال السوري، في إطار اتفاقات رعتها روسيا مع فصائل المعارضة.

وقالت وسائل إعلام إسرائيلية إن تل أبيب طلبت من موسكو ضمانات بإبعاد القوات الإيرانية والفصائل الموالية لها عن خط الفصل، وإن روسيا تحدثت عن مسافة خمسة وثمانين كيلومترا، وهو ما لم يؤكده مسؤولون روس علنا.

ولم تعلق الحكومة الإسرائيلية رسميا على الانتشار الروسي، فيما قال وزير الدفاع أفيغدور ليبرمان في وقت سابق إن إسرائيل «لن تتدخل في الشأن السوري» ما دامت اتفاقية 1974 محترمة.

ويعيش في الجزء الذي تحتله إسرائيل من الجولان نحو ثلاثين ألف سوري من الطائفة الدرزية في أربع قرى رئيسية، أكبرها مجدل شمس، ويرفض معظمهم حتى اليوم الجنسية الإسرائيلية.

وتنشر روسيا قواتها في سوريا منذ سبتمبر 2015، وتتخذ من قاعدة حميميم الجوية في اللاذقية وميناء طرطوس مقرين رئيسيين لها.

وفي بلدة خان أرنبة بريف القنيطرة، قال مزارع عاد إلى أرضه قبل أيام: «رأينا السيارات الروسية تمر على الطريق صباحا. لا يهمنا من يقف على التلة، يهمنا أن نقطف الزيتون هذا العام دون رصاص من أي جهة».""",
        [
            G("military.presence", "occurred", ["Russia"], ["Syria"]),
            # "ستقيم ثماني نقاط مراقبة"
            G("military.presence", "planned", ["Russia"], ["Syria"], core=False),
            # UNDOF in the Golan "منذ عام 1974"
            G("military.presence", "historical", ["United Nations"], ["Syria"], core=False),
            # the Disengagement Agreement "في مايو من ذلك العام"
            G("agreement.signed", "historical", ["Syria", "Israel"], [], core=False),
            # Russian forces in Syria "منذ سبتمبر 2015"
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
        ],
        not_targets=["Israel", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-11-alrai-sports-faisaly-ban-lifted-syrian-striker-joins-2022",
        date(2022, 2, 16),
        """الفيصلي يستعيد جماهيره بعد رفع العقوبة.. وانضمام مهاجم سوري

عمّان - «الرأي» - رياضة

رفعت لجنة الانضباط في الاتحاد الأردني لكرة القدم، أمس، عقوبة اللعب دون جمهور التي فرضتها على نادي الفيصلي الشهر الماضي، بعد قبول الاستئناف الذي تقدم به النادي، ليتمكن أنصاره من حضور مباراة الفريق المقبلة أمام الوحدات في ستاد عمّان الدولي.

وقال مصدر في الاتحاد إن اللجنة أبقت على الغرامة المالية المفروضة على النادي بسبب إلقاء مقذوفات في مباراته الأخيرة، وحذرت من عقوبات «أشد» في حال تكرار المخالفات.

وفي سوق الانتقالات، أعلن الفيصلي انضمام مهاجم سوري دولي قادما من الدوري العراقي، بعد أن وقع عقدا لموسم واحد قابل للتجديد، فيما لا تزال المفاوضات مع حارس مرمى فلسطيني متعثرة بسبب خلاف على قيمة الراتب.

كما مدد النادي عقد مدربه لموسم إضافي، وعلق تدريبات الفريق الأول يومين لمنح اللاعبين راحة بعد ضغط المباريات، على أن يستأنف التحضير السبت المقبل.

ووقع الاتحاد الأردني اتفاقية تعاون مع نظيره التركي لتبادل الخبرات في مجال التحكيم وتأهيل المدربين، تشمل إقامة معسكرات مشتركة للمنتخبات السنية في أنطاليا خلال الصيف.

وأعلنت مديرية الأمن العام أنها ستنشر أكثر من ألف وخمسمئة عنصر في محيط الملعب وداخله لتأمين مباراة القمة، داعية الجماهير إلى الحضور مبكرا والالتزام بالتعليمات.

وفي المقابل، فرضت اللجنة عقوبة الإيقاف أربع مباريات على مدافع في نادي الرمثا بعد اعتدائه على حكم المباراة، وغرامة على النادي بسبب تأخر دخول الفريق إلى أرض الملعب.

ويتصدر الوحدات ترتيب دوري المحترفين بفارق ثلاث نقاط عن الفيصلي، قبل سبع جولات من نهاية الموسم، فيما يحتل الرمثا المركز الثالث.

ويعود الفيصلي إلى المنافسة القارية الشهر المقبل، بعد أن نجح في التأهل إلى دوري أبطال آسيا للمرة الأولى منذ سنوات، في مجموعة تضم أندية من السعودية والإمارات.

وتعاقد الاتحاد أيضا مع شركة محلية لتطوير منصة إلكترونية لبيع التذاكر، بعد شكاوى متكررة من الطوابير الطويلة أمام شبابيك الملاعب في مباريات القمة.

وفي مقهى بجبل الحسين، قال مشجع فيصلاوي في الستين من عمره: «مباراة دون جمهور مثل عرس دون أهل. الحمد لله أنهم رفعوا العقوبة قبل القمة. الآن نريد أن يسجل المهاجم الجديد، وأن نرجع للصدارة».""",
        [],
        not_targets=["Jordan", "Syria", "Iraq", "Turkey", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h94-12-turkpress-economy-borsa-suspends-share-firms-sign-deal-2023",
        date(2023, 9, 14),
        """البورصة تعلق التداول على سهم شركة طاقة.. وتحالف لوجستي يضم شركة تركية جديدة

إسطنبول - «ترك برس» - اقتصاد

علقت إدارة بورصة إسطنبول، أمس، التداول على سهم شركة طاقة متوسطة الحجم لحين إفصاحها عن تفاصيل صفقة لبيع محطة توليد في غرب الأناضول، بعد ارتفاع سعر السهم بأكثر من ثلاثين في المئة خلال ثلاث جلسات.

وفي سياق منفصل، وقعت شركتان تركيتان للصناعات الغذائية اتفاقية شراكة لإنشاء مصنع مشترك للتعبئة في مدينة مرسين، باستثمارات تقدر بخمسين مليون دولار، بهدف التصدير إلى أسواق الخليج وشمال أفريقيا.

وأعلنت شركة نقل بري مقرها غازي عنتاب انضمامها إلى تحالف دولي لشركات الخدمات اللوجستية يضم شركات من أوروبا والشرق الأوسط، وقالت إن الخطوة ستفتح أمامها خطوط نقل جديدة إلى العراق والأردن.

وفرض مجلس أسواق المال غرامات على أربع شركات وساطة بسبب مخالفات في قواعد الإفصاح، فيما رفع الحظر عن شركة خامسة بعد أن صححت أوضاعها وسددت الغرامات المستحقة.

ومددت شركة اتصالات كبرى اتفاقية لإدارة أبراج الإرسال مع شركة متخصصة لخمس سنوات إضافية، ونشرت فرقا فنية في الولايات الشرقية لتحسين تغطية الشبكة قبل فصل الشتاء.

وتراجعت الليرة التركية أمام الدولار إلى مستوى قياسي جديد، فيما أبقى المستثمرون أعينهم على اجتماع البنك المركزي الأسبوع المقبل، وسط توقعات برفع جديد لسعر الفائدة.

وأغلق المؤشر الرئيسي للبورصة على ارتفاع طفيف بدعم من أسهم المصارف وشركات الطيران، بينما تراجعت أسهم شركات البناء بعد بيانات أظهرت تباطؤ مبيعات المساكن.

ويرى محللون أن موجة الاندماجات والشراكات في القطاع الغذائي «طبيعية» مع ارتفاع تكاليف الطاقة والعمالة، وحاجة الشركات إلى حجم أكبر لمواجهة المنافسة في أسواق التصدير.

وقال مدير محفظة استثمارية في إسطنبول إن تعليق التداول «إجراء احترازي معتاد» لحماية صغار المستثمرين، متوقعا أن يعود السهم للتداول خلال أيام بعد نشر الإفصاح.

وقالت غرفة تجارة إسطنبول في تقرير شهري إن الصادرات التركية إلى دول الشرق الأوسط ارتفعت خلال الصيف، بقيادة المنتجات الغذائية والمنسوجات ومواد البناء، رغم ارتفاع كلفة الشحن والتأمين.

وفي مقهى بحي أكسراي، قال موظف سوري يعمل في شركة شحن ويتابع الأسعار على هاتفه: «اشتريت أسهما صغيرة بنصيحة زميل. الآن التداول موقوف والليرة تنزل. تعلمت أن البورصة ليست مثل محل الصرافة».""",
        [],
        not_targets=["Turkey", "Iraq", "Jordan"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout94_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout94_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout94_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
