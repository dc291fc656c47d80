"""A hundred-and-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first hundred Arabic held-out sets: Arabic copy of 2011-2023 as the Arabic services of Western
broadcasters and the economy and energy pages of Arab dailies carry it (the French channel's
Arabic service, "باريس - «فرانس 24»", with a farmer of Masafer Yatta; the British broadcaster's
Arabic service, "لندن - «بي بي سي عربي»", with a Libyan student of Edgware Road; an Emirati daily's
economy page, "برن - «الخليج» - اقتصاد", with a Geneva commodity trader; a Saudi-owned London
daily, "نيويورك - «الشرق الأوسط»", with a gold trader of Bunia; the American channel's site,
"واشنطن - «الحرة»", with an Achrafieh pharmacist; an Abu Dhabi daily's energy page, "بوخارست -
«الاتحاد» - طاقة", with a shipping agent of Alexandroupolis; a Cairo daily's economy page,
"القاهرة - «الأهرام» - اقتصاد", with a Shubra shopkeeper; the German broadcaster's Arabic service,
"برلين - «دويتشه فيله عربية»", with a Neukölln spare-parts trader; the French radio's Arabic
service, "جوبا - «مونت كارلو الدولية»", with a Pibor teacher; the Swiss broadcaster's Arabic
service, "برن - «سويس إنفو»", with a Zurich restaurant owner from Prizren; and two near misses: a
Moroccan site's economy page, "الدار البيضاء - «هسبريس» - اقتصاد", with a travel-agency clerk, and
a Kuwaiti daily's oil page, "الكويت - «القبس» - نفط", with a retired refinery engineer) on
episodes the earlier sets do not carry as core news: France barring twenty-eight violent settlers
from its territory, February 2024; the European Union delisting Moussa Koussa after his defection,
April 2011; Switzerland's Federal Council suspending part of its Iran sanctions under the Geneva
interim deal, January 2014; the Security Council extending the Congo sanctions by Resolution 2582,
June 2021; Barbara Leaf hinting at sanctions on those who block Lebanon's presidential election,
June 2023; Greece joining the Three Seas Initiative at the Bucharest summit, September 2023; Egypt
and Greece signing the memorandum on their power interconnection, October 2021; Saudi Arabia
sending its ambassador back to Berlin after Maas's words of regret, September 2018; the accord of
the South Sudanese government and David Yau Yau's Cobra Faction that takes his fighters into the
SPLA, May 2014; the Swiss parliament keeping Swisscoy in Kosovo until 2026, June 2023.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
99 Arabic; branch h100 had no commit and its worktree no Arabic set) by states, bodies, people,
places and instrument numbers in Arabic and English spellings, reading the hits: France beside
settlers and "الأراضي الفرنسية" (set 34 Arabic has only a French hint at entry bans in Lebanon;
settler sanctions of the United States, Britain and the EU are core in other sets, here
background); "Koussa"/"موسى كوسا" (none); "2582" (none; the Congo regime of other years is core
elsewhere); the Swiss Federal Council beside Iran (set 74 Arabic carries the Swiss lifting of
2016, another episode); "Barbara Leaf"/"باربرا ليف" (none; the Bassil listing of 2020 is core
elsewhere, here background); "Three Seas"/"البحار الثلاثة" (none); "GREGY", "Skrekas"/"سكريكاس"
(none; "محمد شاكر" in sets 63 and 85 Arabic on other news, a Somali sheikh and the Rosatom contracts; the maritime accord of 2020 is here
background); Saudi Arabia beside Berlin, Maas and Gabriel (none on the ambassador); "Cobra",
"Yau Yau"/"ياو ياو" and "Pibor"/"بيبور" (none); "Swisscoy"/"سويسكوي" (none; NATO's 700 troops
after Zvečan are core in set 27 Arabic, here background). Some fifty other candidates were dropped
because the search found them as core news (among them the Guinea-Israel, Chad-Israel, Germany-
Morocco, Netherlands-Suriname, Ecuador-Colombia and Oman-Syria restorations, Equatorial Guinea and
the Congo in OPEC, the Comoros and Timor-Leste in the WTO, Tunisia in COMESA, the Gambia and the
Maldives in the Commonwealth, Denmark in PESCO, Uzbekistan in the Turkic Council, the CAR's mixed
units, UNITA, the FRUD, the MNLF, the CNDP, Nepal's Maoists, the Khmer Rouge, the Lebanese
militias of 1991, the Macawisley and the Sons of Iraq, the Belavia, Rogán, COSCO, Katerji and
Central Reserve Police measures, Resolutions 2288, 2444, 2683, 2693 and 2701, the Ben Ali freeze,
the Turkish drilling regime, Vietnam's arms embargo and the Morocco-Nigeria pipeline).
Facts the writer is unsure of: the day of the French announcement and whether it named an asset
freeze; the day the EU delisted Koussa (14 April 2011) and by which procedure; the measures the
Swiss suspension covers and the payment thresholds; Resolution 2582's vote and the dates of the
regime and the panel; the forum, day and words of Leaf's warning; the number of Greece's seat and
the day of the summit; the venue, signatories and capacity of the Egypt-Greece memorandum; the day
Saudi Arabia announced its ambassador's return and Maas's exact words; the day, venue and mediators
of the Cobra accord, its terms on integration and the day of the Kiir-Machar agreement; the
chamber and day of the Swisscoy vote and the troop numbers; the dates of the two near misses'
facts (Royal Air Maroc's entry into oneworld, al-Zour's first unit).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Cobra fighters who "سيدمجون" under the accord), next to historical and negated ones and a
few alertable events that are not core (no stalled one: the set was written without, which its
shape check states with ``without_statuses``); two are near misses: a Moroccan economy page (an
airline that "تنضم … إلى تحالف «وان وورلد»", that "علقت … رحلاتها", "وقعت … اتفاقية شراكة",
"مددت عقد", lessors that "فرضت … غرامات تأخير") and a Kuwaiti oil page (a refinery company that
"علقت صرف جزء من الدفعات", "فرضت غرامات تأخير", "وقعت … عقدا", "مددت عقد توريد", a firm's
"انضمام … إلى تحالف الشركات", a contractors' consortium asking "بتمديد مهلة").

The decisions of the annotation, taken before any run: a ministry that announced "فرض عقوبات على
ثمانية وعشرين مستوطنا" imposes (core; France; the settlers, unnamed, no state target), the United
States that "كانت … قد فرضت، مطلع الشهر الجاري" a historical imposition, Britain that "فرضت،
الاثنين، عقوبات مماثلة" an occurred imposition (not core), "ولم يفرض الاتحاد الأوروبي حتى الآن أي
عقوبات" a negated one; Hungary and Palestine are no targets. A union that "رفع … العقوبات التي كان
قد فرضها على … موسى كوسا" lifts (core; the EU; Koussa, absent from the knowledge base), the embargo
and freezes of February and March a historical imposition, "ولم يرفع الاتحاد العقوبات عن أي مسؤول
ليبي آخر" a negated lifting. A council that decided "تعليق عدد من العقوبات المفروضة على إيران لمدة
ستة أشهر" suspends (core; Switzerland; Iran), the EU that "كان … قد علق، الاثنين الماضي" a
historical suspension, the measures "منذ عام 2007" a historical imposition, "ولا يشمل التعليق الحظر
على شراء النفط الإيراني" a negated suspension, the interim deal "في نوفمبر الماضي" a historical
signing. A council that "مدد … نظام العقوبات المفروض على جمهورية الكونغو الديمقراطية" extends (core;
the Security Council; the Congo), the embargo of 2003 and 2005 a historical imposition, "غير أن
القرار الجديد لم يلغ هذا الشرط" a negated lifting, MONUSCO "منذ عام 2010" a historical presence.
An assistant secretary who "لوحت … بفرض عقوبات على المسؤولين اللبنانيين" threatens (core; the
United States and Leaf; Lebanon), Bassil's listing "في نوفمبر 2020" a historical imposition, the
IMF staff agreement "في أبريل 2022" a historical signing; France, Saudi Arabia, Qatar and Egypt of
the quintet are no targets. A state that "انضمت … رسميا إلى «مبادرة البحار الثلاثة»" joins (core;
Greece; the initiative, absent from the knowledge base), Ukraine and Moldova "من دون أن تنضم
الدولتان … بعضوية كاملة" a negated joining (their associated status is no membership). Two states
that "وقعت … مذكرة تفاهم للربط الكهربائي" sign (core; Egypt and Greece), the maritime accord "في
أغسطس 2020" and the Cyprus interconnection "في وقت سابق" historical signings, "ومن المقرر أن يوقع
البلدان اتفاقا حكوميا ملزما" a planned signing (not core). A kingdom that decided "إعادة سفيرها إلى
ألمانيا" restores ties (core; Saudi Arabia; Germany); the recall of November is no watched type;
Germany's halt of arms exports "مطلع العام" a historical imposition on Saudi Arabia and "ولم تستأنف
ألمانيا … صادرات الأسلحة" a negated lifting; the nuclear deal and the American withdrawal are
background. An accord under which the Cobra fighters "سيدمجون في الجيش الشعبي والشرطة" plans an
integration (core, planned; the Cobra Faction and Yau Yau, absent from the knowledge base; South
Sudan), the accord itself an occurred signing (not core), Yau Yau "أدمج مع مقاتليه في الجيش عام
2011" a historical integration, the Kiir-Machar cessation of hostilities an occurred signing (not
core), "ولم ينضم مقاتلو مشار إلى أي ترتيبات أمنية مشتركة" a negated integration, the UN mission
"منذ عام 2011" a historical presence. A chamber that approved "تمديد مشاركة الجيش السويسري في قوة
حفظ السلام الدولية في كوسوفو" keeps a presence (core, occurred; Switzerland; Kosovo), Swisscoy "منذ
عام 1999" a historical presence, NATO's "سبعمئة جندي إضافي" an occurred presence (not core); the
motion to cut troops is no event. The Moroccan economy page and the Kuwaiti oil page carry no
events (companies, an airline alliance and a contractors' consortium are no states or blocs).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.917, R 0.900, F1 0.908 (recall
9/10, precision 11/12); occurred core found 8/9, planned 1/1; historical kept quiet 14/15, negated
7/7. No annotation was changed after the run. Missed: the Swiss chamber that "وافق … على تمديد
مشاركة الجيش السويسري في قوة حفظ السلام الدولية في كوسوفو" (ar-h101-10) gives no presence at all
(an extended participation in a force is not read as troops kept in a place), nor do NATO's
"إرسال سبعمئة جندي إضافي إلى الإقليم" and Swisscoy "منذ عام 1999". False alarm: in ar-h101-04 the
regime extended, "نظام العقوبات المفروض على جمهورية الكونغو الديمقراطية، الذي يشمل حظر توريد
السلاح … وتجميد الأصول وحظر السفر", gives a second, occurred imposition by the Congo with no target
on the masdar "وتجميد": the measures a regime "يشمل", named in the clause of the extension, are
read as a new imposition. Seen, not counted by the score: the delisting's "يشطب اسمه من قائمة" in
ar-h101-02 is read as a second lifting with Britain and Libya for actors and the EU for target, the
February embargo has no actor; in ar-h101-03 the EU's suspension "كان … قد علق، الاثنين الماضي" is
read as negated (the Swiss "ولا يشمل التعليق" is not read); the threat of ar-h101-05 has no Leaf;
the negated joining of ar-h101-06 has Greece and Bulgaria for actors, not Ukraine and Moldova; the
Egypt-Greece signing has Cyprus for a target and the planned binding agreement is not read; Germany's
halt of arms exports is not read as an imposition; the Cobra integration has South Sudan for actor
and the SPLA for target (the faction unknown), and the Kiir-Machar agreement "الجمعة" is read as
historical. The two near misses raise nothing. Two articles are strict xfails (ar-h101-10 on its
core event, ar-h101-04 on its alerts).

After the fixes of 2026-12-07: events P 1.000, R 1.000, F1 1.000 (recall 10/10, precision 12/12).
Two general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout101_rules_ar.py``: troops' part in a force abroad renewed ("تمديد مشاركة الجيش
النمساوي في قوة الأمم المتحدة في لبنان", "تمديد مشاركة القوات الإيطالية في بعثة") is a presence,
as "تمديد مهمة الجيش" already was (``mission_noun`` in ``ar.cues.yaml``; an army's part in a
campaign at home stays quiet): ar-h101-10's strict xfail removed. Second, a later item of the terms
a regime "يشمل", joined by "و" with no comma, is the regime's content however long the first item's
object ("الذي يشمل حظر توريد السلاح إلى الجماعات المسلحة في شرق البلاد وتجميد الأصول"): the
eight-word reach of the list no longer stops it (``_earlier_list_item_ar`` in
``rasd/events/extractor.py``, twelve words from one measure to the next in the same clause); new
sanctions whose terms are listed stay an imposition: ar-h101-04's strict xfail removed. No strict
xfail is left. Left, seen but not scored: the delisting's "يشطب اسمه" read as a second lifting, the
EU's past suspension read as negated, the Cobra Faction and NATO's reinforcement unread, the
Kiir-Machar signing read as historical.

``python -m tests.unit.test_heldout101_events_ar`` prints every article's alerts and the set's
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-01-france24-france-sanctions-violent-settlers-2024",
        date(2024, 2, 14),
        """فرنسا تفرض عقوبات على 28 مستوطنا إسرائيليا متطرفا بسبب العنف في الضفة الغربية

باريس - «فرانس 24»

أعلنت وزارة الخارجية الفرنسية، أمس الثلاثاء، فرض عقوبات على ثمانية وعشرين مستوطنا إسرائيليا متطرفا تتهمهم بارتكاب أعمال عنف بحق مدنيين فلسطينيين في الضفة الغربية المحتلة، تقضي بمنعهم من دخول الأراضي الفرنسية، من دون أن تكشف أسماءهم.

وقالت الوزارة في بيان إن أعمال العنف التي يرتكبها المستوطنون «تصاعدت بشكل لافت» منذ السابع من أكتوبر الماضي، مؤكدة أن الاستيطان «غير قانوني بموجب القانون الدولي ويجب أن يتوقف»، وأن على السلطات الإسرائيلية «ملاحقة مرتكبي هذه الأعمال ومحاسبتهم».

وتأتي الخطوة الفرنسية بعد أن كانت الولايات المتحدة قد فرضت، مطلع الشهر الجاري، عقوبات مالية على أربعة مستوطنين بموجب أمر تنفيذي وقعه الرئيس جو بايدن، فيما فرضت بريطانيا، الاثنين، عقوبات مماثلة على أربعة مستوطنين آخرين، بينهم اثنان من مؤسسي بؤر استيطانية في جنوب جبل الخليل.

ولم يفرض الاتحاد الأوروبي حتى الآن أي عقوبات على المستوطنين العنيفين، إذ تصطدم المقترحات التي طرحها مسؤول السياسة الخارجية جوزيب بوريل باعتراض المجر، فيما يتطلب القرار إجماع الدول السبع والعشرين.

ورحبت وزارة الخارجية الفلسطينية بالقرار، واعتبرته «خطوة في الاتجاه الصحيح»، داعية الدول الأوروبية إلى «الانتقال من معاقبة أفراد إلى معاقبة منظومة الاستيطان بأكملها». في المقابل، انتقد مسؤولون في أحزاب اليمين الإسرائيلي الخطوة، ووصفوها بأنها «تدخل في الشؤون الداخلية».

وبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، سجلت في الضفة الغربية منذ بداية الحرب على غزة أكثر من خمسمئة هجوم نفذه مستوطنون، أدت إلى سقوط قتلى وجرحى وإلى تهجير مئات الفلسطينيين من تجمعات بدوية في الأغوار ومسافر يطا.

ويقول دبلوماسيون في باريس إن الحكومة الفرنسية تدرس إجراءات إضافية، من بينها تجميد أصول، لكنها تفضل أن تأتي في إطار أوروبي مشترك يمنحها وزنا أكبر.

وفي اتصال هاتفي من قرية التواني في مسافر يطا، قال مزارع فلسطيني: «منعهم من السفر إلى باريس لن يعيد لنا أشجار الزيتون التي اقتلعوها. نحن نريد أن يمنعوا من دخول أرضنا، لا من دخول فرنسا. لكن ربما يشعر بعضهم للمرة الأولى أن أحدا يراقب ما يفعلون».""",
        [
            G("sanctions.imposed", "occurred", ["France"], []),
            # "كانت الولايات المتحدة قد فرضت، مطلع الشهر الجاري"
            G("sanctions.imposed", "historical", [_US, "Joe Biden"], [], core=False),
            # "فرضت بريطانيا، الاثنين، عقوبات مماثلة"
            G("sanctions.imposed", "occurred", ["United Kingdom"], [], core=False),
            # "ولم يفرض الاتحاد الأوروبي حتى الآن أي عقوبات على المستوطنين"
            G("sanctions.imposed", "negated", [_EU], [], core=False),
        ],
        not_targets=["Hungary", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-02-bbcarabic-eu-lifts-sanctions-on-moussa-koussa-2011",
        date(2011, 4, 15),
        """الاتحاد الأوروبي يرفع العقوبات عن موسى كوسا بعد انشقاقه عن نظام القذافي

لندن - «بي بي سي عربي»

رفع الاتحاد الأوروبي، أمس الخميس، العقوبات التي كان قد فرضها على وزير الخارجية الليبي السابق موسى كوسا، بعد أسبوعين من انشقاقه عن نظام العقيد معمر القذافي ووصوله إلى بريطانيا، ليصبح أول مسؤول ليبي كبير يشطب اسمه من قائمة تجميد الأصول وحظر السفر الأوروبية.

وقال دبلوماسيون في بروكسل إن القرار، الذي اتخذته الدول الأعضاء بالإجماع، يهدف إلى توجيه رسالة إلى المسؤولين الآخرين في طرابلس مفادها أن الابتعاد عن النظام «له ثمن إيجابي»، وأن أبواب أوروبا ليست مغلقة أمام من يتخلى عن القذافي.

وكان الاتحاد قد فرض في أواخر فبراير الماضي حظرا على توريد السلاح إلى ليبيا، وجمد أصول القذافي وأفراد من عائلته وعدد من كبار معاونيه، قبل أن يوسع القائمة في مارس لتشمل كوسا نفسه ومؤسسات مالية ونفطية ليبية.

ولم يرفع الاتحاد العقوبات عن أي مسؤول ليبي آخر، كما تبقى الأصول الليبية المجمدة في مصارف الدول الأعضاء، والمقدرة بعشرات المليارات من اليورو، خاضعة للتجميد إلى حين «قيام سلطة شرعية» في البلاد، بحسب مسؤول أوروبي.

وكان كوسا قد وصل إلى مطار فارنبره جنوبي لندن في الثلاثين من مارس قادما من تونس، وأعلن استقالته من منصبه، قبل أن تستجوبه أجهزة الأمن البريطانية أياما عدة. وتوجه هذا الأسبوع إلى الدوحة، حيث التقى على هامش اجتماع مجموعة الاتصال الدولية حول ليبيا ممثلين عن المجلس الوطني الانتقالي.

وطالبت عائلات ضحايا تفجير طائرة «بان أم» فوق لوكربي عام 1988 بعدم منح كوسا أي حصانة، وأعلن الادعاء العام الاسكتلندي رغبته في استجوابه بشأن القضية، إذ كان يرأس جهاز الاستخبارات الخارجية الليبية في تلك الفترة.

وتتواصل في الأثناء المعارك بين القوات الموالية للقذافي والثوار في مدينة مصراتة المحاصرة وعلى مشارف أجدابيا في الشرق، وسط تحذيرات منظمات الإغاثة من نقص حاد في الأدوية والمواد الغذائية.

وفي مقهى بشارع إدجوير رود في لندن، قال طالب ليبي يدرس الهندسة: «كوسا كان جزءا من النظام أربعين سنة. رفع العقوبات عنه قرار سياسي نفهمه، لكن الليبيين لن ينسوا. ما يهمنا الآن أن تفك الأموال المجمدة لتصل إلى المستشفيات في مصراتة، لا إلى جيوب رجال القذافي».""",
        [
            G("sanctions.lifted", "occurred", [_EU], ["Moussa Koussa"]),
            # "كان الاتحاد قد فرض في أواخر فبراير الماضي … ثم يوسع القائمة في مارس"
            G("sanctions.imposed", "historical", [_EU], ["Libya", "Muammar Gaddafi"], core=False),
            # "ولم يرفع الاتحاد العقوبات عن أي مسؤول ليبي آخر"
            G("sanctions.lifted", "negated", [_EU], ["Libya"], core=False),
        ],
        not_targets=["United Kingdom", "Qatar", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-03-alkhaleej-economy-switzerland-suspends-iran-sanctions-2014",
        date(2014, 1, 23),
        """سويسرا تعلق جزءا من عقوباتها على إيران ستة أشهر تطبيقا لاتفاق جنيف

برن - «الخليج» - اقتصاد

قرر المجلس الاتحادي السويسري، أمس الأربعاء، تعليق عدد من العقوبات المفروضة على إيران لمدة ستة أشهر، تشمل الحظر على تجارة الذهب والمعادن الثمينة مع الجهات الحكومية الإيرانية، والقيود على صادرات المنتجات البتروكيماوية الإيرانية، وعلى نقل النفط الخام الإيراني والتأمين عليه، وذلك تطبيقا للاتفاق المرحلي الذي توصلت إليه القوى الكبرى مع طهران في جنيف في نوفمبر الماضي.

وأوضحت أمانة الدولة للشؤون الاقتصادية أن القرار يسري اعتبارا من اليوم نفسه، وأن الحكومة رفعت كذلك عشرة أضعاف سقف المعاملات المالية مع إيران التي تخضع لواجب الإخطار أو الترخيص، بما يسهل تسديد أثمان المواد الغذائية والأدوية وصادرات القطاع الإنساني.

وكان الاتحاد الأوروبي قد علق، الاثنين الماضي، بعض عقوباته على إيران بعد أن أكدت الوكالة الدولية للطاقة الذرية أن طهران بدأت تنفيذ التزاماتها، ولا سيما وقف تخصيب اليورانيوم بنسبة عشرين في المئة.

وتطبق سويسرا منذ عام 2007 العقوبات التي فرضها مجلس الأمن الدولي على إيران بسبب برنامجها النووي، وقد شددت إجراءاتها في عامي 2010 و2012 باعتماد معظم التدابير الأوروبية، بما فيها القيود على قطاعي الطاقة والمال.

ولا يشمل التعليق الحظر على شراء النفط الإيراني ونقله إلى سويسرا، ولا العقوبات المفروضة على المصارف والشركات المرتبطة بالبرنامج النووي والصاروخي، التي تبقى سارية بالكامل، بحسب البيان.

ويرى خبراء في جنيف، التي تعد من أكبر مراكز تجارة النفط والسلع في العالم، أن أثر القرار سيظل محدودا في الأشهر الأولى، لأن المصارف الكبرى ما زالت تتجنب أي معاملة مع إيران خشية العقوبات الأميركية.

وتستأنف المفاوضات بين إيران ومجموعة خمسة زائد واحد الشهر المقبل في فيينا، للتوصل إلى اتفاق شامل قبل انتهاء مهلة الأشهر الستة.

وقال تاجر سلع في جنيف يعمل منذ عشرين عاما في تجارة المنتجات البتروكيماوية: «الزبائن الإيرانيون كانوا يتصلون بنا حتى في أسوأ الأيام. اليوم صار القانون يسمح، لكن المصرف هو الذي يقرر. إذا لم تتحرك المصارف فلن يتغير شيء في الميناء ولا في الحسابات».""",
        [
            G("sanctions.suspended", "occurred", ["Switzerland"], ["Iran"]),
            # "وكان الاتحاد الأوروبي قد علق، الاثنين الماضي"
            G("sanctions.suspended", "historical", [_EU], ["Iran"], core=False),
            # Switzerland's measures "منذ عام 2007" and "في عامي 2010 و2012"
            G("sanctions.imposed", "historical", ["Switzerland", _UNSC], ["Iran"], core=False),
            # "ولا يشمل التعليق الحظر على شراء النفط الإيراني … التي تبقى سارية"
            G("sanctions.suspended", "negated", ["Switzerland"], ["Iran"], core=False),
            # the interim deal reached "في جنيف في نوفمبر الماضي"
            G("agreement.signed", "historical", ["Iran"], [], core=False),
        ],
        not_targets=["Austria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-04-asharqalawsat-unsc-extends-drc-sanctions-2021",
        date(2021, 6, 30),
        """مجلس الأمن يمدد العقوبات على الكونغو الديمقراطية عاما إضافيا

نيويورك - «الشرق الأوسط»

مدد مجلس الأمن الدولي، أمس الثلاثاء، حتى الأول من يوليو 2022 نظام العقوبات المفروض على جمهورية الكونغو الديمقراطية، الذي يشمل حظر توريد السلاح إلى الجماعات المسلحة في شرق البلاد وتجميد الأصول وحظر السفر على أفراد وكيانات، كما مدد حتى الأول من أغسطس 2022 ولاية فريق الخبراء الذي يراقب تنفيذ هذه التدابير.

واعتمد المجلس القرار 2582 بإجماع أعضائه الخمسة عشر، معربا عن «قلقه البالغ» من استمرار نشاط الجماعات المسلحة في مقاطعات إيتوري وشمال كيفو وجنوب كيفو، ومن الهجمات على المدنيين وعلى قوات حفظ السلام.

وكان مجلس الأمن قد فرض حظر السلاح على الجماعات المسلحة في شرق الكونغو أول مرة عام 2003، ثم وسعه عام 2005 ليشمل تجميد الأصول وحظر السفر على قادة هذه الجماعات ومن يدعمونها.

وطالبت حكومة كينشاسا مرارا بإلغاء شرط إخطار لجنة العقوبات بشحنات السلاح الموجهة إلى القوات الحكومية، معتبرة أنه يعرقل جهودها في مواجهة المتمردين، غير أن القرار الجديد لم يلغ هذا الشرط.

ويتناول تقرير فريق الخبراء الأخير، الذي نشر مطلع الشهر، تهريب الذهب المستخرج من مناجم حرفية في الشرق عبر دول مجاورة، إذ قدر أن الجزء الأكبر من الذهب المنتج في إيتوري وجنوب كيفو يغادر البلاد بطرق غير مشروعة، ما يحرم الخزينة من عائدات كبيرة ويمول الجماعات المسلحة.

كما يشير التقرير إلى استمرار تجنيد الأطفال، وإلى تورط عناصر من القوات المسلحة في استغلال مناجم القصدير والكولتان، وهي معادن تدخل في صناعة الهواتف والحواسيب.

وتنتشر في البلاد منذ عام 2010 بعثة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية «مونوسكو»، التي خلفت بعثة سابقة أنشئت عام 1999، وتعد من أكبر بعثات حفظ السلام في العالم.

وتعيش مقاطعتا إيتوري وشمال كيفو منذ مطلع مايو الماضي في ظل «حالة حصار» أعلنها الرئيس فيليكس تشيسكيدي، نقلت بموجبها السلطات المدنية إلى ضباط من الجيش والشرطة، من دون أن يتراجع عدد الهجمات على القرى ومخيمات النازحين حتى الآن.

وفي بونيا، كبرى مدن إيتوري، قال تاجر ذهب: «العقوبات في نيويورك لا تصل إلى المناجم. الرجال المسلحون يأخذون نصيبهم عند كل حاجز، والمشتري الأجنبي يأخذ الباقي. نحن نبيع بنصف السعر لأن لا أحد يحمينا على الطريق».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Democratic Republic of the Congo"]),
            # "عام 2003، ثم وسعه عام 2005"
            G("sanctions.imposed", "historical", [_UNSC], ["Democratic Republic of the Congo"], core=False),
            # "غير أن القرار الجديد لم يلغ هذا الشرط"
            G("sanctions.lifted", "negated", [_UNSC], ["Democratic Republic of the Congo"], core=False),
            # the UN mission "منذ عام 2010"
            G("military.presence", "historical", ["United Nations", "MONUSCO"],
              ["Democratic Republic of the Congo"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-05-alhurra-leaf-warns-lebanese-obstructers-of-sanctions-2023",
        date(2023, 6, 16),
        """ليف تلوح بعقوبات على معرقلي انتخاب رئيس للبنان

واشنطن - «الحرة»

لوحت مساعدة وزير الخارجية الأميركي لشؤون الشرق الأدنى، باربرا ليف، أمس الخميس، بفرض عقوبات على المسؤولين اللبنانيين الذين يعرقلون انتخاب رئيس جديد للجمهورية، مؤكدة في جلسة استماع أمام لجنة في الكونغرس أن الإدارة «تدرس كل الأدوات المتاحة» لدفع القادة اللبنانيين إلى إنهاء الشغور.

وقالت ليف إن «الطبقة السياسية اللبنانية تضع مصالحها فوق مصلحة البلد»، مضيفة أن واشنطن تنسق مع شركائها الأوروبيين والعرب بشأن «الخطوات التالية»، من دون أن تحدد أسماء أو مواعيد.

وجاءت تصريحاتها بعد يوم من فشل مجلس النواب اللبناني، للمرة الثانية عشرة، في انتخاب رئيس، إذ لم يحصل أي من المرشحين جهاد أزعور وسليمان فرنجية على الأغلبية المطلوبة في الدورة الأولى، قبل أن ينسحب نواب من القاعة لتعطيل النصاب في الدورة الثانية.

وكانت وزارة الخزانة الأميركية قد فرضت في نوفمبر 2020 عقوبات على رئيس التيار الوطني الحر جبران باسيل، بتهمة الفساد، وهي عقوبات لا تزال سارية.

ويشغر منصب رئاسة الجمهورية منذ انتهاء ولاية الرئيس ميشال عون في الحادي والثلاثين من أكتوبر الماضي، فيما تدير البلاد حكومة تصريف أعمال برئاسة نجيب ميقاتي ذات صلاحيات محدودة.

وعين الرئيس الفرنسي إيمانويل ماكرون الأسبوع الماضي وزير خارجيته السابق جان إيف لودريان موفدا شخصيا إلى لبنان، في محاولة جديدة لكسر الجمود، بينما تواصل اللجنة الخماسية التي تضم الولايات المتحدة وفرنسا والسعودية وقطر ومصر مشاوراتها.

ولا يزال الاتفاق المبدئي الذي توصل إليه لبنان مع صندوق النقد الدولي في أبريل 2022 معلقا، بانتظار إقرار إصلاحات يشترطها الصندوق، من بينها إعادة هيكلة القطاع المصرفي وتوحيد سعر الصرف.

ويحذر اقتصاديون من أن استمرار الفراغ يعطل تعيين حاكم جديد لمصرف لبنان مع انتهاء ولاية رياض سلامة في نهاية يوليو المقبل، ويؤخر إقرار موازنة العام الحالي وخطة التعافي المالي التي ينتظرها المودعون منذ أكثر من ثلاث سنوات.

وفي صيدلية بالأشرفية، قال الصيدلي: «منذ ثمانية أشهر بلا رئيس، والدواء يسعر بالدولار، والناس تشتري نصف الوصفة. إذا كانت العقوبات ستجبرهم على النزول إلى المجلس وانتخاب رئيس فأهلا بها، لكننا سمعنا هذا الكلام كثيرا من قبل».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Barbara Leaf"], ["Lebanon"]),
            # "كانت وزارة الخزانة الأميركية قد فرضت في نوفمبر 2020 عقوبات على … جبران باسيل"
            G("sanctions.imposed", "historical", [_US], ["Gebran Bassil"], core=False),
            # the staff-level agreement "في أبريل 2022"
            G("agreement.signed", "historical", ["Lebanon"], [], core=False),
        ],
        not_targets=["France", "Saudi Arabia", "Qatar", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-06-alittihad-energy-greece-joins-three-seas-initiative-2023",
        date(2023, 9, 8),
        """اليونان تنضم إلى «مبادرة البحار الثلاثة» لربط شبكات الطاقة في شرق أوروبا

بوخارست - «الاتحاد» - طاقة

انضمت اليونان رسميا إلى «مبادرة البحار الثلاثة»، التي تجمع دولا من وسط أوروبا وشرقها الواقعة بين بحر البلطيق والبحر الأدرياتيكي والبحر الأسود، لتصبح العضو الثالث عشر فيها، وذلك خلال القمة الثامنة للمبادرة التي اختتمت أعمالها أمس الخميس في العاصمة الرومانية بوخارست.

وقال مسؤولون يونانيون إن العضوية ستتيح لأثينا المشاركة في تمويل مشروعات الربط في مجالي الغاز والكهرباء، ولا سيما الممر العمودي الذي يفترض أن ينقل الغاز الطبيعي المسال من محطات الاستقبال اليونانية في ألكسندروبوليس وريفيثوسا شمالا نحو بلغاريا ورومانيا والمجر وأوكرانيا.

ومنحت القمة أوكرانيا ومولدوفا صفة «الدولة المشاركة المنتسبة»، من دون أن تنضم الدولتان إلى المبادرة بعضوية كاملة، في خطوة قال الرئيس الروماني كلاوس يوهانيس إنها «رسالة دعم واضحة» لمسارهما الأوروبي.

وكانت المبادرة قد أطلقت عام 2016 في مدينة دوبروفنيك الكرواتية بمبادرة من بولندا وكرواتيا، وتضم دولا أعضاء في الاتحاد الأوروبي تسعى إلى تقليص اعتمادها على الغاز الروسي عبر تطوير البنى التحتية للطاقة والنقل والاتصالات الرقمية في محور شمال - جنوب.

وتكتسب الخطوة أهمية خاصة بعد أن خفضت دول المنطقة وارداتها من الغاز الروسي بشكل حاد منذ اندلاع الحرب في أوكرانيا، واتجهت إلى الغاز المسال الأميركي والقطري والغاز الأذربيجاني الذي يصل عبر خط الأنابيب العابر للبحر الأدرياتيكي.

ويضم صندوق الاستثمار التابع للمبادرة مساهمات من عدد من الدول الأعضاء ومن مؤسسة أميركية لتمويل التنمية، غير أن محللين يرون أن حجمه لا يزال متواضعا قياسا بالحاجات، إذ تقدر كلفة مشروعات الربط المطلوبة في المنطقة بمئات المليارات من اليورو.

وتشغل اليونان منذ مطلع العام محطة عائمة جديدة لاستقبال الغاز المسال قرب ألكسندروبوليس، وتأمل أن تتحول إلى بوابة رئيسية للغاز المتجه إلى جنوب شرق أوروبا، في منافسة مع موانئ كرواتيا وبولندا.

وفي ميناء ألكسندروبوليس، قال صاحب شركة صغيرة لخدمات الشحن: «قبل سنوات كانت المدينة في آخر الخريطة. اليوم السفن تأتي من قطر وأمريكا، والناس يتحدثون عن الأنابيب والمحطات. إذا جاءت المشروعات فعلا فسيجد شبابنا عملا هنا بدلا من الهجرة إلى أثينا».""",
        [
            G("alliance.joined", "occurred", ["Greece"], ["Three Seas Initiative"]),
            # Ukraine and Moldova as associated participating states, "من دون أن تنضم الدولتان … بعضوية كاملة"
            G("alliance.joined", "negated", ["Ukraine", "Moldova"], ["Three Seas Initiative"], core=False),
        ],
        not_targets=["Romania", "Bulgaria", "Hungary", "Russia", "Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-07-alahram-economy-egypt-greece-sign-power-interconnection-mou-2021",
        date(2021, 10, 15),
        """مصر واليونان توقعان مذكرة تفاهم للربط الكهربائي عبر البحر المتوسط

القاهرة - «الأهرام» - اقتصاد

وقعت مصر واليونان، أمس الخميس في أثينا، مذكرة تفاهم للربط الكهربائي بين البلدين عبر كابل بحري يمتد تحت مياه البحر المتوسط، في خطوة تقول الحكومة إنها تمهد لتصدير فائض الكهرباء المنتجة من مصادر متجددة في مصر إلى الأسواق الأوروبية.

ووقع المذكرة عن الجانب المصري الدكتور محمد شاكر وزير الكهرباء والطاقة المتجددة، وعن الجانب اليوناني وزير البيئة والطاقة كوستاس سكريكاس، وتنص على تشكيل فريق عمل مشترك لدراسة الجوانب الفنية والتنظيمية والتمويلية للمشروع، الذي تصل قدرته إلى نحو ثلاثة آلاف ميغاواط.

وقال الوزير شاكر إن الربط مع اليونان «يضع مصر على خريطة الطاقة الأوروبية»، مشيرا إلى أن المشروع يتكامل مع خطط الدولة لرفع حصة الطاقة المتجددة في مزيج الكهرباء إلى 42 في المئة بحلول عام 2035.

ويأتي التوقيع في إطار تعاون متنام بين البلدين، إذ وقعا في أغسطس 2020 اتفاق تعيين الحدود البحرية بينهما في شرق المتوسط، كما وقعت مصر في وقت سابق اتفاقا للربط الكهربائي مع قبرص، يفترض أن يمتد لاحقا إلى جزيرة كريت.

ومن المقرر أن يوقع البلدان اتفاقا حكوميا ملزما بعد استكمال دراسات الجدوى، على أن تتولى التنفيذ شركات من القطاع الخاص بتمويل من مؤسسات أوروبية ودولية.

ويقدر خبراء كلفة المشروع بعدة مليارات من اليورو، ويرون أن نجاحه يتوقف على قدرة مصر على إنتاج فائض مستقر من طاقة الرياح والطاقة الشمسية، وعلى إدراجه ضمن مشروعات الاتحاد الأوروبي ذات الأولوية.

وتملك مصر حاليا فائضا في قدرات التوليد يتجاوز احتياجات السوق المحلية في معظم أشهر السنة، بعد تشغيل محطات كبرى خلال السنوات الأخيرة، بينها محطات سيمنس الثلاث ومجمع بنبان للطاقة الشمسية في أسوان.

ويرى مسؤولون في الشركة القابضة لكهرباء مصر أن الربط مع أوروبا سيحتاج أيضا إلى تقوية الشبكة المحلية في الساحل الشمالي، وإلى إنشاء محطات تحويل جديدة قرب نقطة خروج الكابل، وهي أعمال قد تستغرق عدة سنوات قبل التشغيل.

وفي محل للأجهزة الكهربائية بشبرا، قال صاحبه: «زمان كانت الكهرباء تنقطع كل يوم، والآن نسمع أننا سنبيعها لأوروبا. هذا شيء جميل، لكن الفاتورة كل سنة أغلى. نتمنى أن يعود جزء من أرباح التصدير على المواطن».""",
        [
            G("agreement.signed", "occurred", ["Egypt", "Greece"], []),
            # the maritime boundary agreement "في أغسطس 2020"
            G("agreement.signed", "historical", ["Egypt", "Greece"], [], core=False),
            # the interconnection agreement with Cyprus "في وقت سابق"
            G("agreement.signed", "historical", ["Egypt", "Cyprus"], [], core=False),
            # "ومن المقرر أن يوقع البلدان اتفاقا حكوميا ملزما"
            G("agreement.signed", "planned", ["Egypt", "Greece"], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-08-dw-saudi-ambassador-returns-to-berlin-2018",
        date(2018, 9, 27),
        """السعودية تعيد سفيرها إلى برلين وتطوي أزمة دبلوماسية استمرت عشرة أشهر

برلين - «دويتشه فيله عربية»

قررت المملكة العربية السعودية إعادة سفيرها إلى ألمانيا، بعد نحو عشرة أشهر على استدعائه احتجاجا على تصريحات لوزير الخارجية الألماني السابق زيغمار غابرييل، وذلك إثر لقاء جمع وزير الخارجية الألماني هايكو ماس ونظيره السعودي عادل الجبير، أمس الأربعاء في نيويورك، على هامش أعمال الجمعية العامة للأمم المتحدة.

وقال ماس، في مؤتمر صحافي مشترك مع الجبير، إن العلاقات بين البلدين «شهدت في الأشهر الماضية سوء تفاهم»، وإن ألمانيا «تأسف لذلك بشدة»، مضيفا أن برلين تريد «فتح صفحة جديدة» مع الرياض، التي وصفها بأنها «شريك مهم في منطقة صعبة».

من جهته، قال الجبير إن المملكة «تقدر» موقف الحكومة الألمانية، وإن سفيرها سيعود إلى برلين «في أقرب وقت»، مؤكدا أن البلدين تربطهما «علاقات تاريخية وشراكة اقتصادية واسعة».

وكانت الرياض قد استدعت سفيرها من برلين في نوفمبر الماضي، بعد أن انتقد غابرييل ما وصفه بسياسة «المغامرة» في المنطقة، في إشارة إلى ملابسات استقالة رئيس الوزراء اللبناني سعد الحريري من الرياض، كما سلمت الحكومة الألمانية مذكرة احتجاج.

وتضررت الشركات الألمانية خلال الأزمة، إذ تحدثت تقارير صحافية عن استبعادها من مناقصات حكومية في السعودية، ولا سيما في قطاعي الصحة والبنى التحتية، وعن تراجع الصادرات الألمانية إلى المملكة.

ولم تستأنف ألمانيا في المقابل صادرات الأسلحة إلى السعودية، التي قرر الائتلاف الحاكم في برلين مطلع العام وقفها عن الدول المشاركة في الحرب في اليمن، وهو ملف لا يزال يثير خلافا بين الطرفين.

ويرى مراقبون أن التقارب يعكس رغبة الحكومة الألمانية في تعزيز دورها في ملفات المنطقة، بما فيها الاتفاق النووي مع إيران الذي تسعى برلين مع شركائها الأوروبيين إلى إنقاذه بعد انسحاب الولايات المتحدة منه في مايو الماضي.

وفي متجر لقطع غيار السيارات في حي نويكولن ببرلين، قال تاجر من أصل عربي يصدر قطعا إلى الخليج: «في الأشهر الماضية تأخرت معاملاتنا مع الزبائن هناك، والكل كان ينتظر. السياسة تدخل في كل شيء. عودة السفير خبر جيد للتجارة قبل أي شيء آخر».""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia"], ["Germany"]),
            # the arms exports Berlin decided "مطلع العام" to halt to states in the Yemen war
            G("sanctions.imposed", "historical", ["Germany"], ["Saudi Arabia"], core=False),
            # "ولم تستأنف ألمانيا في المقابل صادرات الأسلحة إلى السعودية"
            G("sanctions.lifted", "negated", ["Germany"], ["Saudi Arabia"], core=False),
        ],
        not_targets=["Lebanon", "Yemen", "Iran", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-09-mcd-south-sudan-cobra-faction-to-join-army-2014",
        date(2014, 5, 10),
        """جنوب السودان: اتفاق سلام مع «فصيل كوبرا» ينص على دمج مقاتليه في الجيش الشعبي

جوبا - «مونت كارلو الدولية»

وقعت حكومة جنوب السودان و«فصيل كوبرا» المتمرد الذي يقوده ديفيد ياو ياو، أمس الجمعة في أديس أبابا، اتفاق سلام ينهي تمردا استمر نحو عامين في منطقة بيبور بولاية جونقلي، وينص على دمج مقاتلي الفصيل في الجيش الشعبي لتحرير السودان والأجهزة الأمنية خلال الأشهر المقبلة.

ويقضي الاتفاق، الذي رعاه قادة كنسيون من جنوب السودان بعد أشهر من المحادثات، بإنشاء «منطقة بيبور الإدارية الكبرى» التي تضم مقاطعات عدة يقطنها أبناء قبيلة المورلي وقبائل أخرى، على أن يتولى إدارتها مسؤول يعينه رئيس الجمهورية سلفاكير ميارديت.

وقال مفاوض حكومي إن مقاتلي الفصيل، الذين يقدر عددهم ببضعة آلاف، «سيدمجون في الجيش الشعبي والشرطة بعد التحقق من أعدادهم وتسجيلهم»، وإن من لا تتوفر فيهم الشروط سيستفيدون من برامج نزع السلاح وإعادة الإدماج في الحياة المدنية.

وكان ياو ياو قد تمرد أول مرة عام 2010 بعد خسارته الانتخابات البرلمانية، ثم قبل عفوا رئاسيا وأدمج مع مقاتليه في الجيش عام 2011، قبل أن يعود إلى التمرد في العام التالي متهما الحكومة بتهميش منطقته.

ويأتي الاتفاق فيما تشهد البلاد حربا أوسع منذ ديسمبر الماضي بين القوات الحكومية والمتمردين الموالين لنائب الرئيس السابق رياك مشار، الذي وقع مع سلفاكير في أديس أبابا أيضا، الجمعة، اتفاقا لوقف الأعمال العدائية برعاية الهيئة الحكومية للتنمية «إيغاد».

ولم ينضم مقاتلو مشار إلى أي ترتيبات أمنية مشتركة حتى الآن، فيما تنتشر في البلاد منذ عام 2011 بعثة الأمم المتحدة في جنوب السودان، التي تؤوي عشرات الآلاف من المدنيين في قواعدها.

وتتهم منظمات حقوقية الطرفين في نزاع بيبور بارتكاب انتهاكات بحق المدنيين، بينها هجمات على قرى وسرقة ماشية وخطف أطفال، داعية إلى إشراك المجتمعات المحلية في تنفيذ الاتفاق.

وفي بيبور، قال معلم في مدرسة ابتدائية في اتصال هاتفي: «الناس تعبوا من الهرب إلى الغابات كل موسم. إذا دخل الشباب الجيش وتوقف القتال فسنفتح المدارس من جديد. لكننا سمعنا وعودا كثيرة منذ 2011، ولم نر شيئا».""",
        [
            G("forces.integrated", "planned", ["Cobra Faction", "David Yau Yau"], ["South Sudan"]),
            # the accord "وقعت … أمس الجمعة في أديس أبابا"
            G("agreement.signed", "occurred", ["South Sudan", "Cobra Faction"], [], core=False),
            # Yau Yau "أدمج مع مقاتليه في الجيش عام 2011"
            G("forces.integrated", "historical", ["David Yau Yau"], ["South Sudan"], core=False),
            # the cessation of hostilities Salva Kiir and Machar signed "في أديس أبابا أيضا، الجمعة"
            G("agreement.signed", "occurred", ["South Sudan", "Salva Kiir", "Riek Machar"], [], core=False),
            # "ولم ينضم مقاتلو مشار إلى أي ترتيبات أمنية مشتركة حتى الآن"
            G("forces.integrated", "negated", ["Riek Machar"], ["South Sudan"], core=False),
            # the UN mission "منذ عام 2011"
            G("military.presence", "historical", ["United Nations"], ["South Sudan"], core=False),
        ],
        not_targets=["Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-10-swissinfo-parliament-extends-swisscoy-in-kosovo-2023",
        date(2023, 6, 14),
        """البرلمان السويسري يمدد مهمة «سويسكوي» في كوسوفو حتى نهاية 2026

برن - «سويس إنفو»

وافق مجلس الشيوخ السويسري، أمس الثلاثاء، على تمديد مشاركة الجيش السويسري في قوة حفظ السلام الدولية في كوسوفو حتى نهاية عام 2026، بعد أن أقر مجلس النواب التمديد في دورته الربيعية، ليبقى نحو مئتي جندي سويسري منتشرين في إطار مهمة «سويسكوي» ضمن قوة «كفور» التي يقودها حلف شمال الأطلسي.

وأقر المجلس كذلك إمكانية رفع عدد الجنود مؤقتا بما يصل إلى ستين عنصرا إضافيا لفترات محدودة إذا تدهور الوضع الأمني، على أن تبقى مهام الكتيبة مقتصرة على النقل والهندسة والاتصال مع السكان المحليين.

وتشارك سويسرا في القوة منذ عام 1999، بعد أشهر من انتهاء حرب كوسوفو، في أكبر مهمة عسكرية لها في الخارج، رغم أنها ليست عضوا في حلف شمال الأطلسي، إذ تستند مشاركتها إلى تفويض من مجلس الأمن الدولي.

وجاء التصويت بعد أسبوعين من مواجهات عنيفة في بلدة زفيتشان شمالي كوسوفو بين محتجين صرب وجنود من القوة الدولية أصيب فيها أكثر من ثلاثين جنديا، ما دفع الحلف إلى إرسال سبعمئة جندي إضافي إلى الإقليم.

ورفض المجلس مقترحا تقدم به نواب من حزب الشعب السويسري لخفض عدد الجنود تدريجيا، معتبرا أن «الاستقرار في البلقان يمس أمن سويسرا مباشرة»، في ظل وجود جالية كبيرة من أصول كوسوفية في البلاد.

وقالت وزيرة الدفاع فيولا أمهرد إن الجنود السويسريين «لا يشاركون في عمليات قتالية»، مؤكدة أن الحكومة ستراجع حجم المهمة قبل انتهاء التفويض الجديد.

ويقدر عدد المقيمين في سويسرا من أصول كوسوفية بأكثر من مئتي ألف شخص، وصل معظمهم في التسعينيات هربا من الحرب أو بحثا عن العمل.

وتتولى عناصر «سويسكوي» خصوصا أعمال النقل الثقيل وإزالة العوائق وإصلاح الطرق والجسور، إلى جانب فرق اتصال تتنقل بين البلدات للاستماع إلى السكان ورصد التوترات المحلية، وهي مهام تقول وزارة الدفاع إنها تناسب حياد البلاد.

وفي مطعم يديره مهاجر من بريزرين في زيورخ، قال صاحبه: «أبي يتذكر الجنود السويسريين عندما كانوا يصلحون الجسور في قريتنا. الناس هناك يثقون بهم أكثر من غيرهم. ما دام الشمال متوترا، فمن الأفضل أن يبقوا».""",
        [
            G("military.presence", "occurred", ["Switzerland"], ["Kosovo"]),
            # "وتشارك سويسرا في القوة منذ عام 1999"
            G("military.presence", "historical", ["Switzerland", "Kosovo Force"], ["Kosovo"], core=False),
            # "ما دفع الحلف إلى إرسال سبعمئة جندي إضافي إلى الإقليم"
            G("military.presence", "occurred", ["NATO", "Kosovo Force"], ["Kosovo"], core=False),
        ],
        not_targets=["Serbia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-11-hespress-economy-royal-air-maroc-joins-oneworld-2020",
        date(2020, 4, 2),
        """«الخطوط الملكية المغربية» تنضم رسميا إلى تحالف «وان وورلد» في ظرف استثنائي

الدار البيضاء - «هسبريس» - اقتصاد

أصبحت شركة الخطوط الملكية المغربية، أمس الأربعاء، عضوا كامل العضوية في تحالف «وان وورلد» لشركات الطيران، لتكون أول شركة طيران من شمال أفريقيا ومن منطقة المغرب العربي تنضم إلى التحالف الذي يضم شركات كبرى، بينها الخطوط الجوية البريطانية والأمريكية والقطرية.

وجاء الانضمام في ظرف استثنائي، إذ علقت الشركة معظم رحلاتها الدولية منذ منتصف مارس بسبب تفشي فيروس كورونا، واكتفت برحلات خاصة لإعادة المسافرين العالقين، ما دفع إدارتها إلى إلغاء الاحتفال الذي كان مقررا في مطار محمد الخامس.

وقال الرئيس المدير العام للشركة عبد الحميد عدو إن العضوية «ستفتح أمام زبنائنا شبكة تضم أكثر من ألف وجهة حول العالم» عند استئناف الرحلات، مضيفا أن الشركة تعمل على خطة لإعادة الإقلاع «بمجرد أن تسمح الظروف».

وكانت الشركة قد وقعت قبل أشهر اتفاقية شراكة بالرمز المشترك مع الخطوط القطرية، كما مددت عقد استئجار عدد من طائرات «بوينغ 787» لسنوات إضافية، في إطار خطة لتوسيع أسطولها.

وتتوقع الجمعية الدولية للنقل الجوي أن تخسر شركات الطيران في أفريقيا والشرق الأوسط مليارات الدولارات من عائداتها هذا العام، فيما فرضت شركات تأجير الطائرات على عدد من الناقلات غرامات تأخير عن سداد الأقساط، قبل أن تقبل بعضها إعادة جدولتها.

ويرى خبراء في قطاع النقل الجوي أن الانضمام إلى التحالف قد يساعد الشركة على تقاسم الكلفة مع شركائها في مجالات الصيانة والمبيعات وبرامج الولاء، لكنه لن يعوض الخسائر التي يتكبدها القطاع في الأشهر المقبلة.

وتعد الخطوط الملكية المغربية من أكبر شركات الطيران في أفريقيا، إذ تسير رحلات منتظمة إلى أكثر من ثلاثين عاصمة أفريقية انطلاقا من الدار البيضاء.

وكانت الشركة قد أعلنت العام الماضي خطة لمضاعفة أسطولها خلال العقد المقبل وفتح خطوط جديدة نحو آسيا والأمريكتين، غير أن مسؤولين فيها يقرون بأن الجائحة ستؤجل جزءا كبيرا من هذه الطموحات.

وفي وكالة أسفار بشارع محمد الخامس، قالت موظفة: «الهاتف لا يتوقف، لكن كل المكالمات لطلب استرجاع ثمن التذاكر. خبر التحالف جميل، وسنحتاجه عندما يعود الناس إلى السفر. أما الآن فكل ما نريده أن تفتح الأجواء من جديد».""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h101-12-alqabas-oil-zour-refinery-consortium-and-contracts-2022",
        date(2022, 11, 8),
        """«الزور» تبدأ التشغيل التجاري لوحدتها الأولى… وتحالف المقاولين يطالب بتمديد المهلة

الكويت - «القبس» - نفط

بدأت مصفاة الزور، التابعة للشركة الكويتية للصناعات البترولية المتكاملة، التشغيل التجاري لوحدتها الأولى لتكرير النفط الخام، بطاقة تبلغ مئتين وخمسة آلاف برميل يوميا، على أن تدخل الوحدتان الثانية والثالثة الخدمة تباعا خلال الأشهر المقبلة، لتصل الطاقة الإجمالية إلى 615 ألف برميل يوميا.

وقالت الشركة في بيان إن المصفاة ستنتج زيت الوقود منخفض الكبريت لمحطات الكهرباء المحلية، إضافة إلى الديزل ووقود الطائرات الموجهة إلى التصدير، مشيرة إلى أن أول شحنة تصدير ستغادر ميناء الزور خلال أسابيع.

وكان تحالف المقاولين المنفذين للمشروع قد طالب بتمديد مهلة إنجاز بعض الحزم، بسبب تأخر سلاسل الإمداد خلال جائحة كورونا، في حين علقت الشركة صرف جزء من الدفعات إلى حين استكمال أعمال الفحص والتسليم، وفرضت غرامات تأخير تعاقدية على بعض المقاولين الفرعيين.

وأوضح مصدر نفطي أن الشركة وقعت الشهر الماضي عقدا لمدة ثلاث سنوات مع شركة عالمية لخدمات التشغيل والصيانة، كما مددت عقد توريد المحفزات الكيميائية مع مورد أوروبي لعامين إضافيين.

وأشار المصدر إلى انضمام شركة هندسية محلية إلى تحالف الشركات المكلف أعمال الصيانة الدورية، بعد أن انسحب أحد الشركاء الأجانب من التحالف لأسباب مالية.

وتعد مصفاة الزور من أكبر مصافي التكرير في الشرق الأوسط، وتقدر كلفة إنشائها بنحو ستة عشر مليار دولار، وقد تأخر تشغيلها أكثر من عامين عن الموعد الأصلي.

ويقول محللون إن دخول المصفاة الخدمة سيعزز قدرة الكويت على تصدير المشتقات ذات القيمة المضافة بدلا من النفط الخام، في وقت تشهد فيه هوامش تكرير الديزل ارتفاعا قياسيا في الأسواق العالمية.

وتعمل المصفاة إلى جانب مصفاتي ميناء الأحمدي وميناء عبد الله، اللتين خضعتا لأعمال تحديث ضمن مشروع الوقود البيئي، فيما أغلقت مصفاة الشعيبة القديمة عام 2017 بعد أكثر من خمسة عقود من التشغيل.

وفي ديوانية بمنطقة الفحيحيل، قال مهندس متقاعد عمل ثلاثين عاما في مصفاة ميناء الأحمدي: «انتظرنا الزور طويلا. المهم الآن أن تعمل الوحدات بلا توقف، وأن يتولى الشباب الكويتي تشغيلها، لا أن نبقى نعتمد على العقود الخارجية في كل صغيرة وكبيرة».""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout101_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout101_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout101_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
        without_statuses=frozenset({"stalled"}),
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
