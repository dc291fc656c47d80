"""A thirty-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-six held-out sets: Arabic copy of 1999-2025 in forms they use little (a Beirut
daily of 2019 with "الأميركية" and "حزيران", a SUNA wire with its dateline "الخرطوم 7-10-2017
(سونا)", a Jamahiriya daily of 1999 with "الحصار الجائر" and a Tripoli taxi driver's "باش نركبوا
… توا خلاص", an Aden daily quoting a Security Council resolution, Al-Sabah of Baghdad with a money
changer's "صدك ماكو أحد يعرف", a MAP wire with "ومع", "بلاغ", "يوليوز", "دجنبر" and a professor's
"دابا غادي ندافعو", a Khartoum daily with an economist's "القروش من وين", a MENA wire, "/أ ش أ/",
with "السيد الرئيس", a SANA wire from Daraa, "درعا-سانا", a Doha business page in headed items, an
Iraqi sports daily with a coach's "راح يكون", a Sfax local page in Tunisian usage, "معاليم",
"الانتصاب الفوضوي", "موفى جوان") and on programmes and regions they do not touch (the Treasury's
sanctions on Hezbollah's MPs Mohammad Raad and Amin Sherri, the lifting of the US sanctions of 1997
on Sudan, the Security Council's suspension of the Lockerbie sanctions on Libya, the renewal of
the Resolution 2140 sanctions on Yemen in 2019, Trump's threat of sanctions on Iraq after the
parliament's vote and the 82nd Airborne in Kuwait, Morocco's return to the African Union, the
Juba peace agreement, Egypt and Turkey exchanging ambassadors again, the Eighth Brigade of Busra
al-Sham handed to Syria's defence ministry). Nine carry events of all ten alertable types, in
occurred status, next to planned, historical, negated and stalled ones; three are near misses: a
Doha business page (an LNG contract "وقعت" with Sinopec, partners "انضمت", banks "الدمج", rates
"رفع", a stock "علقت", fines "فرضت", a deadline "مددت", aircraft "ستنشر"), an Iraqi sports daily
(matches "علقت", a fine "فرضت", a ban "رفعت", players "وقع" and "انضم", a contract "مدد", committees
"دمج", two thousand police "ستنشر", the league's "هددت بفرض عقوبات" on clubs) and a Sfax local page
(fees "رفع", a ban "فرضت", a twinning agreement with Grenoble "ووقعت", a strike "علقت", schools
"دمج", institutes "انضمت", municipal police "سينتشرون").

The decisions of the annotation, taken before any run: a treasury sanctioning two MPs and an
official of a party "أمس" imposes sanctions on them and the party (core), the party's listing of
1997 historical, further sanctions that "قد تطال حلفاء الحزب" a threat (not core), the state
those sanctions "لا تستهدف" no target; a state lifting sanctions announced "مساء أمس" with effect
from a date a few days later lifts them (core), the sanctions of 1997 and a provisional easing of
January historical, the terrorism list whose talks "لم تحرز … أي تقدم" a stalled lifting; a
council announcing the suspension of its sanctions "مساء أمس" suspends them (core), its
resolutions of 1992 and 1993 historical, a final lifting after a report in ninety days planned
(not core), a state that "لن ترفع عقوباتها الأحادية" a negated lifting and its sanctions of 1986
historical, another state that will consider resuming relations a planned restoration; a council
extending sanctions a year extends them (core), an arms embargo of 2015 historical, no sanctions
on a third state in the resolution ("لم يتضمن … فرض عقوبات عليها") a negated imposition, an
agreement signed in December historical; a president threatening sanctions on a state (core) and
a brigade of his army arriving in a neighbour "أمس" (core) are a threat and a presence, troops
in the first state since 2014 a historical presence, a security agreement of 2008 a historical
signing, "لم يتخذ أي قرار بسحب القوات" no event; a state returning to a continental union on the
summit's vote "اليوم" joins it (core), its founding membership of 1963 a historical joining, an
application it "تعتزم" to file a planned one (not core), an agreement signed in December
historical; a government and a rebel front signing a peace agreement "أمس" sign it (core), the
fighters to be merged into the army over 39 months a planned integration (not core), a movement
that "لم توقع" a negated signing, talks "متعثرة" a stalled one, the accords of 2006 and 2011
historical; two states announcing "اليوم" that their relations are raised to ambassadors restore
them (core), agreements to be signed on a visit a planned signing (not core), a memorandum of
2019 historical and a neighbour's forces there since then a historical presence; a brigade
dissolving itself "أمس" and its men taken into a division of the army are integrated by the state
(core), the agreement of 10 March historical and the integration it provides for before the end of
the year planned (not core), factions that "ترفض الاندماج" a negated integration, the dissolution
of January historical, a foreign power's forces of 2018 and an occupier's since December
historical presences; company contracts and partners, bank mergers, rates, stocks, fines,
deadlines, aircraft, sports fines, transfers, bans lifted, police at a match, a league's threat
of penalties to clubs, municipal fees, a city twinning, a strike suspended and schools merged are
no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 1793cfd), in one run: events P 0.769 R 0.800 F1
0.784 (recall 8/10, precision 10/13: ten alerts right, two unexpected alerts and one false alarm;
occurred core found 8/10, no core planned event; historical 18/18, negated 3/4 and stalled 2/2
kept quiet). Two core events are missed: in ar-hi09 "وقالت وزارة الدفاع في بيان إنها ضمت عناصر
اللواء إلى الفرقة الأربعين في الجيش العربي السوري" gives nothing: a ministry that says it took a
brigade's men "أمس" into a division of the army is no integration, where "ضمت وزارة الدفاع … إلى
الفرقة الأربعين" is read; in ar-hi05 "وصلت إلى الكويت أمس طلائع لواء … جندي أمريكي، أرسلته وزارة
الدفاع الأمريكية تحسبا لأي رد إيراني" gives nothing in the article, though the sentence alone,
and with the sentence before it, is read (cause not isolated; "تحسبا لأي رد إيراني" also makes
Iran a target). The false alarm: in ar-hi04 "ولم يتضمن القرار أي إدانة صريحة لإيران أو فرض
عقوبات عليها" is an occurred imposition by Iran: the negation does not reach a sanctions noun
coordinated after "أو", and the state of "لإيران" is taken for the actor. The two unexpected
alerts: in ar-hi07 the integration "دمج مقاتلي الحركات المسلحة في القوات المسلحة السودانية" is
planned with the army as its only participant (a front whose fighters are merged, even named,
"مقاتلي الجبهة الثورية السودانية", is no target); in ar-hi10 "ووقعت اتفاقية شراكة بالرمز مع خطوط
طيران أوروبية" after the airline's flights "إلى الرياض والكويت ومسقط" is a signing by Saudi Arabia,
Kuwait and Oman with the EU: an airline's codeshare is read as a states' agreement, its
destinations as the parties and "أوروبية" as the EU. Also a wrong target: in ar-hi07 the signing
"في جوبا عاصمة جنوب السودان" has South Sudan, the place of signing in apposition, for a target.
Five strict xfails on the articles; do not tune lexicons on these articles. Every general cause
but ar-hi05's has a sentence of its own in ``RULES``, a strict xfail until it is fixed (six),
beside seven that pass.

Also seen, not scored: in ar-hi01 Wafiq Safa is no target; in ar-hi02 Sudan is an actor of its
own lifting and the terrorism list a negated imposition; in ar-hi03 London's resumption of
relations is historical, not planned; in ar-hi06 the Sahrawi republic's admission is read as a
historical joining; in ar-hi09 Suwayda, a province, is the actor of the negated integration; in
ar-hi12 the city twinning of 2017 is a historical signing with China.

After the fixes (same day): events P 0.833 R 0.800 F1 0.816 (recall 8/10, precision 10/12). Fixed in
general: a negation reaches the second of two things denied, joined by "أو" ("لم يتضمن القرار أي
إدانة صريحة لإيران أو فرض عقوبات عليها"); a capital's state in apposition to the scene ("في جوبا
عاصمة جنوب السودان") is no party. Left: the ministry that says "إنها ضمت" a brigade into a division
(the army beyond the verb's reach), the US brigade arriving in Kuwait, the merged front's fighters,
and an airline's codeshare deal read through its destinations. (Fixed later by the kbforces branch:
"الفرقة 82 المحمولة جوا" is in the knowledge base, ``rasd/kb/data/world_forces.yaml``, a division of
the US Army, so the brigade arriving in Kuwait is a presence of the United States; the strict xfail
of ar-hi05 is removed.)

Later (2026-12-07): the Eighth Brigade's integration (ar-hi09) is found through the sentence
before the ministry's, cured by forces placed at the army's disposal («ووضع جميع عناصره … تحت
تصرف وزارة الدفاع») read as merged into it (``test_general_misses8_rules_ar.py``); its strict
xfail is removed (the ministry's «إنها ضمت … إلى الفرقة الأربعين» still gives nothing).

``python -m tests.unit.test_heldout37_events_ar`` prints every article's alerts and the set's
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
    check_rule,
    check_set_shape,
    params,
    report,
)

_UNSC = "United Nations Security Council"
_AU = "African Union"
_SRF = "Sudanese Revolutionary Front"
_SDF = "Syrian Democratic Forces"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi01-beirut-daily-treasury-sanctions-hezbollah-mps-2019",
        date(2019, 7, 10),
        """واشنطن تفرض عقوبات على نائبين من «الوفاء للمقاومة» للمرة الأولى

بيروت - «اللواء»

فرضت وزارة الخزانة الأميركية أمس عقوبات على رئيس كتلة الوفاء للمقاومة النائب محمد رعد والنائب أمين شري، إضافة إلى مسؤول وحدة الارتباط والتنسيق في حزب الله وفيق صفا، في خطوة هي الأولى من نوعها التي تطال نوابا منتخبين في البرلمان اللبناني. وقال بيان الوزارة إن الثلاثة «يستغلون النظام السياسي والمالي اللبناني لخدمة مصالح الحزب وإيران»، وإن العقوبات تقضي بتجميد أي أصول لهم في الولايات المتحدة ومنع المواطنين الأميركيين من التعامل معهم.

ويأتي القرار بعد أكثر من عقدين على إدراج واشنطن حزب الله على لائحة المنظمات الإرهابية الأجنبية عام 1997، وبعد سلسلة من العقوبات طالت منذ عام 2015 رجال أعمال ومصارف لبنانية اتهمت بتبييض أموال الحزب، كان أبرزها إغلاق البنك اللبناني الكندي عام 2011.

وقال مساعد وزير الخزانة لشؤون تمويل الإرهاب مارشال بيلينغسلي في اتصال مع صحافيين إن الإدارة «لن تفرق بعد اليوم بين الجناح السياسي والجناح العسكري للحزب»، ملمحا إلى أن عقوبات أخرى قد تطال حلفاء الحزب إذا استمروا في تغطيته. غير أن مسؤولا في السفارة الأميركية في عوكر أكد أن العقوبات «لا تستهدف الدولة اللبنانية ولا القطاع المصرفي»، وأن واشنطن ستواصل دعم الجيش اللبناني.

في المقابل، وصف رئيس مجلس النواب نبيه بري القرار بأنه «اعتداء على المجلس النيابي وعلى لبنان كله»، فيما قال النائب رعد في تصريح مقتضب: «لا نملك أموالا في المصارف الأميركية ولا نأبه لهذه العقوبات». وأكد مصدر وزاري أن الحكومة لن تتخذ أي إجراء بحق النائبين لأنهما يتمتعان بالحصانة.

وكان مجلس الوزراء قد علق جلساته منذ حادثة قبرشمون في الثلاثين من حزيران الماضي، وسط خلاف على إحالتها إلى المجلس العدلي. وقالت مصادر مصرفية إن المصارف ستلتزم كعادتها بالقوانين الأميركية، وإن حساب أي شخص مدرج على اللائحة سيقفل فورا، كما حصل مع عشرات الحسابات في السنوات الماضية.

وفي سياق آخر، رفعت جمعية المصارف سعر الفائدة على الودائع بالليرة، في وقت تشهد فيه السوق شحا في الدولار.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                ["United States Department of the Treasury", "United States"],
                ["Mohammad Raad", "Amin Sherri", "Wafiq Safa", "Hezbollah"],
            ),
            # Hezbollah listed in 1997; the Lebanese Canadian Bank closed in 2011
            G("sanctions.imposed", "historical", ["United States"], ["Hezbollah"], core=False),
            # more sanctions "قد تطال حلفاء الحزب"
            G("sanctions.threatened", "occurred", ["United States"], [], core=False),
        ],
        not_targets=["Lebanon", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi02-suna-us-lifts-sudan-sanctions-2017",
        date(2017, 10, 7),
        """الخرطوم ترحب برفع العقوبات الأمريكية بعد عشرين عاما

الخرطوم 7-10-2017 (سونا)

رحبت حكومة السودان بقرار الإدارة الأمريكية رفع العقوبات الاقتصادية والتجارية المفروضة على البلاد منذ عام 1997، ووصفته وزارة الخارجية في بيان صحفي اليوم بأنه «خطوة إيجابية في الاتجاه الصحيح ونتيجة لحوار صبور وبناء امتد لأكثر من عام».

وكانت وزارة الخارجية الأمريكية قد أعلنت مساء أمس بتوقيت واشنطن أن الولايات المتحدة رفعت العقوبات التي فرضها الرئيس الأسبق بيل كلينتون بموجب الأمر التنفيذي رقم 13067 في نوفمبر 1997، اعتبارا من الثاني عشر من أكتوبر الجاري، بعد أن خلصت إلى أن الحكومة السودانية أحرزت تقدما في المسارات الخمسة المتفق عليها، ومنها وقف العدائيات في مناطق النزاع وتحسين وصول المساعدات الإنسانية والتعاون في مكافحة الإرهاب.

وكان الرئيس السابق باراك أوباما قد خفف العقوبات بصورة مؤقتة في يناير الماضي قبل أيام من مغادرته البيت الأبيض، على أن يتخذ القرار النهائي بعد ستة أشهر، ثم أرجأت إدارة الرئيس دونالد ترامب القرار في يوليو الماضي ثلاثة أشهر أخرى.

غير أن القرار لا يشمل إدراج السودان على قائمة الدول الراعية للإرهاب منذ عام 1993، ولم تحرز المحادثات بشأن رفع اسمه منها أي تقدم حتى الآن، كما أن العقوبات المفروضة على أفراد بسبب النزاع في دارفور ستبقى سارية.

وقال وزير الدولة بوزارة الخارجية في مؤتمر صحفي بالخرطوم إن البلاد «ستنفتح على الاستثمارات الأجنبية والنظام المصرفي العالمي»، مضيفا أن وفدا من رجال الأعمال الأمريكيين يعتزم زيارة الخرطوم قبل نهاية العام. وتوقع محافظ بنك السودان المركزي أن تستأنف المصارف المراسلة تعاملاتها مع البنوك السودانية خلال أسابيع، وأن ينعكس القرار على سعر صرف الجنيه.

وفي الأسواق، تراجع سعر الدولار في السوق الموازية من 22 إلى 20 جنيها عقب الإعلان، فيما قال تجار في السوق العربي إن الأسعار «لن تنخفض بين يوم وليلة». وأكد اتحاد أصحاب العمل أن القرار سيسمح باستيراد قطع غيار الطائرات والقطارات والمعدات الزراعية التي حرمت منها البلاد طويلا.

ويذكر أن الخطوط الجوية السودانية فقدت معظم أسطولها خلال سنوات الحظر، وأن خسائر الاقتصاد جراء العقوبات تقدر بعشرات المليارات من الدولارات بحسب تقديرات حكومية.""",
        [
            G("sanctions.lifted", "occurred", ["United States"], ["Sudan"]),
            # the sanctions of November 1997
            G("sanctions.imposed", "historical", ["United States"], ["Sudan"], core=False),
            # Obama's provisional easing of January
            G("sanctions.suspended", "historical", ["United States"], ["Sudan"], core=False),
            # the terrorism list: talks "لم تحرز … أي تقدم"
            G("sanctions.lifted", "stalled", ["United States"], ["Sudan"], core=False),
        ],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi03-alzahf-alakhdar-unsc-suspends-libya-sanctions-1999",
        date(1999, 4, 6),
        """بعد سبع سنوات من الحصار الجائر.. تعليق العقوبات على الجماهيرية

طرابلس - «الزحف الأخضر»

أعلن مجلس الأمن الدولي مساء أمس تعليق العقوبات المفروضة على الجماهيرية العربية الليبية الشعبية الاشتراكية العظمى منذ عام 1992، وذلك بعد أن أبلغ الأمين العام للأمم المتحدة كوفي عنان أعضاء المجلس وصول المواطنين الليبيين عبد الباسط المقرحي والأمين خليفة فحيمة إلى هولندا لمحاكمتهما أمام محكمة اسكتلندية في قضية لوكربي.

وقال رئيس المجلس للشهر الجاري في بيان تلاه على الصحفيين إن الحظر الجوي وحظر بيع الأسلحة وتجميد بعض الأرصدة الليبية في الخارج «علقت بشكل تلقائي» وفقا للقرارين 748 لسنة 1992 و883 لسنة 1993، وإن الأمين العام سيقدم خلال تسعين يوما تقريرا يمهد لرفعها نهائيا.

وكان المجلس قد فرض الحظر الجوي وحظر الأسلحة في نيسان 1992، ثم شدده بعد عام بتجميد الأرصدة وحظر بيع معدات صناعة النفط، وهي العقوبات التي قالت مصادر ليبية إنها كلفت الاقتصاد الوطني أكثر من ثلاثين مليار دولار.

وفي واشنطن، قال المتحدث باسم وزارة الخارجية الأمريكية إن الولايات المتحدة لن ترفع عقوباتها الأحادية المفروضة على ليبيا منذ عام 1986، وإنها «ستراقب مدى تعاون طرابلس مع المحكمة». أما لندن فقد أعلنت أنها ستبحث استئناف العلاقات الدبلوماسية المقطوعة منذ مقتل الشرطية إيفون فليتشر عام 1984.

وفي شوارع طرابلس، خرجت الجماهير في مسيرات عفوية احتفالا بما وصفته بانتصار الصمود، وأطلقت السيارات أبواقها في ميدان الشهداء. وقال سائق سيارة أجرة: «سبع سنين وإحنا نسافر لجربة باش نركبوا الطيارة، توا خلاص».

ومن المنتظر أن تقلع أول طائرة للخطوط الجوية العربية الليبية من مطار طرابلس العالمي إلى القاهرة خلال أيام، بعد أن أعلنت شركات طيران عربية وأوروبية عزمها استئناف رحلاتها.

وكان الأخ قائد الثورة قد أكد في خطاب أمام مؤتمر الشعب العام الشهر الماضي أن الجماهيرية قبلت المحاكمة في بلد محايد «حرصا على إنهاء معاناة الشعب الليبي»، مشيدا بجهود جنوب أفريقيا والمملكة العربية السعودية في الوساطة، وبقرار منظمة الوحدة الأفريقية في قمة واغادوغو عدم الالتزام بالحظر الجوي.

وأشارت مصادر اقتصادية إلى أن عددا من الشركات الإيطالية والفرنسية أبدت رغبتها في العودة إلى السوق الليبية، خاصة في قطاعي النفط والبنى التحتية.""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["Libya"]),
            # Resolutions 748 and 883 of 1992 and 1993
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # the final lifting the report of ninety days prepares
            G("sanctions.lifted", "planned", [_UNSC], ["Libya"], core=False),
            # "لن ترفع عقوباتها الأحادية"; those of 1986 historical
            G("sanctions.lifted", "negated", ["United States"], ["Libya"], core=False),
            G("sanctions.imposed", "historical", ["United States"], ["Libya"], core=False),
            # London to consider resuming relations
            G("relations.restored", "planned", ["United Kingdom"], ["Libya"], core=False),
        ],
        not_targets=["Netherlands", "South Africa", "Saudi Arabia", "Egypt"],
    ),
]
ARTICLES += [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi04-aden-daily-unsc-extends-yemen-sanctions-2019",
        date(2019, 2, 27),
        """مجلس الأمن يمدد العقوبات على معرقلي التسوية في اليمن عاما إضافيا

عدن - «الأيام» - متابعات

مدد مجلس الأمن الدولي أمس العقوبات المفروضة على اليمن بموجب القرار 2140 لمدة عام إضافي حتى السادس والعشرين من فبراير 2020، كما مدد ولاية فريق الخبراء المعني بمراقبة تنفيذها حتى مارس من العام نفسه. وصدر القرار 2456 بإجماع الأعضاء الخمسة عشر، بعد مشاورات استمرت أسبوعين حول صياغة الفقرات المتعلقة بإيران.

وتشمل العقوبات تجميد الأصول وحظر السفر على أفراد وكيانات يهددون السلام والأمن والاستقرار في اليمن، ومن بين المدرجين زعيم جماعة الحوثيين عبد الملك الحوثي والرئيس الراحل علي عبد الله صالح ونجله أحمد. وكان المجلس قد فرض في أبريل 2015 بموجب القرار 2216 حظرا على توريد الأسلحة إلى الحوثيين والقوات الموالية لصالح.

ولم يتضمن القرار أي إدانة صريحة لإيران أو فرض عقوبات عليها، بعد أن استخدمت روسيا حق النقض في فبراير من العام الماضي ضد مشروع قرار بريطاني يحمل طهران مسؤولية وصول صواريخ باليستية إلى الحوثيين.

ورحبت الحكومة الشرعية بالقرار، وقال وزير الخارجية خالد اليماني إنه «رسالة واضحة إلى الميليشيات الانقلابية بأن المجتمع الدولي لن يتسامح مع عرقلة السلام». في المقابل، اعتبر الناطق باسم الحوثيين أن القرار «لا يعنينا» وأن العقوبات «لم تغير شيئا على الأرض».

ويأتي التمديد في وقت لا يزال فيه تنفيذ اتفاق ستوكهولم الذي وقعه الطرفان في السويد في الثالث عشر من ديسمبر الماضي متعثرا، ولا سيما إعادة الانتشار من موانئ الحديدة الثلاثة، رغم جهود رئيس لجنة تنسيق إعادة الانتشار الجنرال مايكل لوليسغارد. ومن المقرر أن يقدم المبعوث الأممي مارتن غريفيث إحاطة جديدة إلى المجلس منتصف الشهر المقبل.

وفي عدن، رفعت المؤسسة العامة للكهرباء ساعات التشغيل في مديريات المدينة مع وصول شحنة من الديزل، فيما علقت نقابة عمال الميناء احتجاجها بعد صرف رواتب شهرين.

ويرى مراقبون أن التمديد إجراء روتيني يتكرر كل عام، وأن العقوبات لم تؤثر كثيرا على قدرة الجماعة على الحصول على الأموال والسلاح، في ظل استمرار عمليات التهريب عبر السواحل الغربية والمنافذ البرية مع سلطنة عمان.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_UNSC],
                ["Yemen", "Abdul-Malik al-Houthi", "Houthis"],
            ),
            # the arms embargo of April 2015
            G("sanctions.imposed", "historical", [_UNSC], ["Houthis"], core=False),
            # "لم يتضمن … فرض عقوبات عليها"
            G("sanctions.imposed", "negated", [_UNSC], ["Iran"], core=False),
            # the Stockholm agreement of 13 December, its implementation "متعثرا"
            G("agreement.signed", "historical", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["Russia", "Oman", "Sweden"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi05-alsabah-trump-threatens-iraq-sanctions-troops-kuwait-2020",
        date(2020, 1, 7),
        """ترامب يلوح بعقوبات «غير مسبوقة» ردا على قرار البرلمان

بغداد - الصباح

هدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات على العراق «لم يروا مثلها من قبل أبدا» إذا طلبت بغداد رحيل القوات الأمريكية بطريقة «غير ودية»، وذلك بعد يوم واحد من تصويت مجلس النواب على قرار يلزم الحكومة بإنهاء وجود القوات الأجنبية على الأراضي العراقية. وقال ترامب للصحفيين على متن الطائرة الرئاسية إن بلاده «لديها قاعدة جوية باهظة الثمن هناك كلفت مليارات الدولارات، ولن نغادر ما لم يدفعوا لنا ثمنها».

وكان مجلس النواب قد صوت يوم الأحد، بغياب أغلب النواب الكرد والسنة، على القرار الذي جاء عقب مقتل قائد فيلق القدس الإيراني قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بضربة أمريكية قرب مطار بغداد الدولي فجر الجمعة.

وتنتشر في العراق منذ عام 2014 قرابة خمسة آلاف ومئتي جندي أمريكي في إطار التحالف الدولي ضد داعش، بعد انسحاب القوات الأمريكية نهاية عام 2011 بموجب الاتفاقية الأمنية الموقعة عام 2008.

وفي سياق متصل، وصلت إلى الكويت أمس طلائع لواء من الفرقة 82 المحمولة جوا يضم نحو ثلاثة آلاف وخمسمئة جندي أمريكي، أرسلته وزارة الدفاع الأمريكية تحسبا لأي رد إيراني. وقال متحدث باسم البنتاغون إنه «لم يتخذ أي قرار بسحب القوات من العراق»، بعد ساعات من تسرب رسالة من قائد عسكري أمريكي تتحدث عن إعادة التموضع.

وقال رئيس الوزراء المستقيل عادل عبد المهدي إن الحكومة ستبدأ مشاورات مع واشنطن لتنظيم الانسحاب، مؤكدا أن العراق «لا يريد أن يكون ساحة لتصفية الحسابات». وحذر اقتصاديون من أن أي عقوبات قد تطال حساب العراق لدى البنك الفيدرالي الأمريكي في نيويورك حيث تودع عائدات النفط.

وفي شارع الرشيد، قال صاحب محل صيرفة: «الدولار صعد من أول ما سمعنا الخبر، والناس خايفة، صدك ماكو أحد يعرف شنو راح يصير». وقال موظف متقاعد: «إحنا شبعنا حصار بالتسعينيات، ما نريد نرجع لذاك الوكت».

ومن جهتها، علقت قيادة التحالف الدولي عمليات التدريب مع القوات العراقية مؤقتا للتركيز على حماية قواعدها، فيما أعلنت دول عدة بينها ألمانيا وكرواتيا سحب جزء من جنودها إلى الكويت والأردن.""",
        [
            G("sanctions.threatened", "occurred", ["United States", "Donald Trump"], ["Iraq"]),
            G("military.presence", "occurred", ["United States"], ["Kuwait"]),
            # in Iraq since 2014, withdrawn in 2011, the agreement of 2008
            G("military.presence", "historical", ["United States"], ["Iraq"], core=False),
            G("agreement.signed", "historical", ["United States", "Iraq"], [], core=False),
        ],
        not_targets=["Iran", "Germany", "Croatia", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi06-map-morocco-rejoins-african-union-2017",
        date(2017, 1, 31),
        """المغرب يستعيد مقعده داخل الاتحاد الإفريقي

أديس أبابا - 31-1-2017 (ومع)

عاد المغرب رسميا إلى الاتحاد الإفريقي، اليوم الثلاثاء، بعد أن وافقت القمة الثامنة والعشرون لرؤساء دول وحكومات الاتحاد المنعقدة بالعاصمة الإثيوبية على طلب المملكة استعادة مكانها داخل الأسرة المؤسسية الإفريقية، بأغلبية تسع وثلاثين دولة من أصل أربع وخمسين.

وكان صاحب الجلالة الملك محمد السادس قد وجه في يوليوز الماضي رسالة إلى قمة كيغالي أعلن فيها رغبة المملكة في العودة، قبل أن يصادق البرلمان المغربي في يناير الجاري على القانون التأسيسي للاتحاد. وسيلقي جلالته خطابا أمام القمة غدا الأربعاء.

ويذكر أن المغرب كان من الأعضاء المؤسسين لمنظمة الوحدة الإفريقية سنة 1963، قبل أن ينسحب منها سنة 1984 احتجاجا على قبول عضوية ما يسمى «الجمهورية العربية الصحراوية الديمقراطية». وأكد مصدر دبلوماسي أن العودة «لا تعني بأي حال الاعتراف بالكيان الوهمي».

وقالت وزارة الشؤون الخارجية والتعاون في بلاغ لها إن المملكة تعتزم أيضا تقديم طلب للانضمام إلى المجموعة الاقتصادية لدول غرب إفريقيا خلال الأسابيع المقبلة، في إطار سياسة الانفتاح على العمق الإفريقي التي يقودها جلالة الملك.

وشهدت السنتان الأخيرتين جولات ملكية شملت أكثر من عشرين بلدا إفريقيا، وقع خلالها المغرب مئات الاتفاقيات، من بينها اتفاق مشروع أنبوب الغاز بين المغرب ونيجيريا الذي وقع في أبوجا في دجنبر الماضي.

وحاولت الجزائر وجنوب إفريقيا عرقلة الطلب المغربي حتى اللحظة الأخيرة، بدعوى ضرورة الحصول على رأي قانوني من المفوضية، غير أن أغلبية الدول الأعضاء رفضت تأجيل البت فيه.

وفي الرباط، عبر مواطنون عن فرحتهم بالقرار، وقال أستاذ جامعي: «الكرسي الفارغ ما كانش كيخدم مصلحة المغرب، دابا غادي ندافعو على قضيتنا من الداخل». ومن جهة أخرى، انتخبت القمة وزير الخارجية التشادي موسى فقي محمد رئيسا لمفوضية الاتحاد خلفا للجنوب إفريقية نكوسازانا دلاميني زوما، بعد سبع جولات من التصويت.

ومن المنتظر أن يشارك المغرب في اجتماعات أجهزة الاتحاد ابتداء من الدورة المقبلة للمجلس التنفيذي، فيما يطرح مراقبون أسئلة حول مستقبل مقعد مجلس السلم والأمن الذي تشغله الجزائر منذ سنوات.""",
        [
            G("alliance.joined", "occurred", ["Morocco"], [_AU]),
            # a founder of the OAU in 1963
            G(
                "alliance.joined",
                "historical",
                ["Morocco"],
                ["Organisation of African Unity"],
                core=False,
            ),
            # the application to ECOWAS it "تعتزم" to submit
            G(
                "alliance.joined",
                "planned",
                ["Morocco"],
                ["Economic Community of West African States"],
                core=False,
            ),
            # the gas pipeline agreement signed in Abuja in December
            G("agreement.signed", "historical", ["Morocco", "Nigeria"], [], core=False),
        ],
        not_targets=["Algeria", "South Africa", "Ethiopia", "Chad"],
    ),
]
ARTICLES += [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi07-altayar-juba-peace-agreement-signed-2020",
        date(2020, 10, 4),
        """توقيع اتفاق جوبا للسلام وسط حضور إقليمي ودولي

جوبا - «التيار» - خاص

وقعت الحكومة الانتقالية في السودان والجبهة الثورية السودانية أمس السبت في جوبا عاصمة جنوب السودان اتفاق السلام الشامل بالأحرف النهائية، بحضور رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان ورئيس الوزراء عبد الله حمدوك ورئيس جنوب السودان سلفاكير ميارديت، وممثلين لمصر وتشاد والإمارات وقطر والاتحاد الإفريقي والأمم المتحدة.

ووقع الاتفاق عن الحكومة نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو، وعن الجبهة الثورية رئيسها الهادي إدريس، إلى جانب قادة حركة العدل والمساواة وحركة تحرير السودان جناح مني أركو مناوي. وينص الاتفاق على ترتيبات لتقاسم السلطة والثروة وعودة النازحين، وعلى دمج مقاتلي الحركات المسلحة في القوات المسلحة السودانية على ثلاث مراحل خلال تسعة وثلاثين شهرا.

غير أن حركة تحرير السودان بقيادة عبد الواحد محمد نور لم توقع على الاتفاق ورفضت المشاركة في المفاوضات أصلا، فيما لا تزال المفاوضات مع الحركة الشعبية لتحرير السودان شمال بقيادة عبد العزيز الحلو متعثرة بسبب الخلاف على علاقة الدين بالدولة.

وكانت الخرطوم قد وقعت في الدوحة عام 2011 وثيقة سلام دارفور مع حركة التحرير والعدالة، كما وقعت عام 2006 اتفاق أبوجا مع فصيل مناوي، غير أن الاتفاقين لم ينهيا الحرب في الإقليم.

وقال حمدوك في كلمته: «اليوم نطوي صفحة الحرب ونفتح صفحة البناء»، بينما قال الهادي إدريس إن «السلام الحقيقي يبدأ بتنفيذ البنود على الأرض». ورقص مواطنون في ساحة الحرية بالخرطوم حتى ساعات الصباح الأولى.

ويرى محللون أن التحدي الأكبر سيكون في تمويل الاتفاق الذي تقدر تكلفته بنحو سبعة مليارات ونصف المليار دولار على عشر سنوات، في ظل أزمة اقتصادية خانقة وتضخم تجاوز مئتين بالمئة. وقال خبير اقتصادي: «الاتفاق كويس على الورق، لكن القروش من وين؟».

ومن المقرر أن يعود قادة الحركات إلى الخرطوم خلال أسابيع للمشاركة في مؤسسات الحكم الانتقالي، بعد تعديل الوثيقة الدستورية لاستيعاب الاتفاق.""",
        [
            G("agreement.signed", "occurred", ["Sudan", _SRF], []),
            # fighters to be merged into the army within 39 months
            G(
                "forces.integrated",
                "planned",
                ["Sudan"],
                [_SRF, "Justice and Equality Movement"],
                core=False,
            ),
            # Abdel Wahid's movement "لم توقع"; talks with al-Hilu "متعثرة"
            G("agreement.signed", "negated", ["Sudan Liberation Movement/Army"], [], core=False),
            G(
                "agreement.signed",
                "stalled",
                ["Sudan", "Sudan People's Liberation Movement–North"],
                [],
                core=False,
            ),
            # Doha 2011 and Abuja 2006
            G("agreement.signed", "historical", ["Sudan"], [], core=False),
        ],
        not_targets=["South Sudan", "Egypt", "Chad", "United Arab Emirates", "Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi08-mena-egypt-turkey-restore-ambassadors-2023",
        date(2023, 7, 4),
        """مصر وتركيا ترفعان علاقاتهما الدبلوماسية إلى مستوى السفراء

القاهرة في 4 يوليو /أ ش أ/

أعلنت جمهورية مصر العربية والجمهورية التركية اليوم الثلاثاء رفع مستوى العلاقات الدبلوماسية بينهما إلى مستوى السفراء، وذلك في بيان مشترك صادر عن وزارتي الخارجية في البلدين. وأوضح البيان أن مصر رشحت السفير عمرو الحمامي سفيرا لها في أنقرة، فيما رشحت تركيا السفير صالح موطلو شن سفيرا لها في القاهرة.

وقال البيان إن الخطوة «تهدف إلى تأسيس علاقات طبيعية بين البلدين مرة أخرى، وتعكس عزمهما المشترك على العمل نحو تعزيز علاقاتهما الثنائية بما يخدم مصالح الشعبين المصري والتركي».

ويأتي القرار تتويجا لمسار تقارب بدأ بمحادثات استكشافية بين وفدي البلدين في القاهرة وأنقرة عام 2021، ثم مصافحة السيد الرئيس عبد الفتاح السيسي والرئيس رجب طيب أردوغان على هامش افتتاح كأس العالم في الدوحة في نوفمبر الماضي، وزيارة وزير الخارجية سامح شكري لتركيا عقب الزلزال المدمر في فبراير.

وكانت العلاقات بين البلدين قد خفضت إلى مستوى القائم بالأعمال في نوفمبر 2013، بعد أن طلبت القاهرة من السفير التركي مغادرة البلاد.

وقال مصدر دبلوماسي إن زيارة مرتقبة للرئيس أردوغان إلى القاهرة يجري الإعداد لها، ومن المنتظر أن يوقع خلالها البلدان عددا من اتفاقيات التعاون في مجالات الطاقة والتجارة والسياحة. وأضاف أن الملف الليبي لا يزال من أبرز نقاط الخلاف، في ظل استمرار الوجود العسكري التركي في غرب ليبيا بموجب مذكرة التفاهم الأمنية التي وقعتها أنقرة مع حكومة الوفاق الوطني في نوفمبر 2019.

ويبلغ حجم التبادل التجاري بين البلدين نحو سبعة مليارات دولار، وتعمل في مصر أكثر من ثمانمئة شركة تركية، معظمها في قطاع الغزل والنسيج. وقال رئيس جمعية رجال الأعمال المصريين الأتراك إن القرار «سيفتح الباب أمام مضاعفة الاستثمارات خلال سنوات قليلة».

وكان البلدان قد اتفقا مطلع العام على استئناف رحلات الطيران العارض إلى المنتجعات السياحية، فيما تتوقع وزارة السياحة زيادة كبيرة في أعداد السائحين الأتراك خلال الموسم الشتوي المقبل.""",
        [
            G("relations.restored", "occurred", ["Egypt", "Turkey"], []),
            # agreements to be signed during Erdoğan's visit
            G("agreement.signed", "planned", ["Egypt", "Turkey"], [], core=False),
            # the Turkish-Libyan memorandum of November 2019 and the presence it brought
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "Government of National Accord"],
                [],
                core=False,
            ),
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
        ],
        not_targets=["Qatar", "Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi09-sana-eighth-brigade-integrated-defence-ministry-2025",
        date(2025, 4, 13),
        """حل «اللواء الثامن» وتسليم عناصره وسلاحه لوزارة الدفاع

درعا-سانا

أعلن اللواء الثامن في بصرى الشام بريف درعا الشرقي أمس حل نفسه بشكل كامل، ووضع جميع عناصره وأسلحته ومعداته تحت تصرف وزارة الدفاع في الجمهورية العربية السورية، وذلك عقب اجتماع مع وفد من الوزارة وقيادة الأمن العام في المحافظة. وقالت وزارة الدفاع في بيان إنها ضمت عناصر اللواء إلى الفرقة الأربعين في الجيش العربي السوري، على أن يجري فرزهم إلى الوحدات بعد دورات تأهيل.

وجاءت الخطوة بعد توتر شهدته مدينة بصرى الشام الأسبوع الماضي إثر مقتل أحد عناصر الأمن العام، وبعد أسابيع من المفاوضات بين قائد اللواء أحمد العودة ووزارة الدفاع. وكان اللواء قد تشكل عام 2018 تحت إشراف القوات الروسية المنتشرة في سورية آنذاك، ضمن ما عرف باتفاقيات التسوية في الجنوب.

وكانت الحكومة السورية قد وقعت في العاشر من آذار الماضي اتفاقا مع قوات سوريا الديمقراطية «قسد» نص على دمج المؤسسات المدنية والعسكرية في شمال شرق البلاد ضمن مؤسسات الدولة، ووقعه السيد الرئيس أحمد الشرع وقائد «قسد» مظلوم عبدي، على أن يتم التنفيذ قبل نهاية العام الجاري.

في المقابل، لا تزال فصائل محافظة السويداء ترفض الاندماج في الجيش قبل التوافق على ضمانات، فيما قال مصدر في وزارة الدفاع إن «الباب ما زال مفتوحا للحوار».

وفي الجنوب الغربي، تواصل قوات الاحتلال الإسرائيلي التوغل في المنطقة العازلة بالقنيطرة التي دخلتها في كانون الأول الماضي، في خرق لاتفاقية فصل القوات الموقعة عام 1974.

وقال مواطن من بصرى الشام: «بدنا نخلص من السلاح بالشوارع، الدولة هي اللي لازم تحمي الناس». وأكد محافظ درعا أن المؤسسات الخدمية في المدينة ستستأنف عملها بشكل طبيعي خلال الأيام المقبلة، وأن لجنة ستشكل لمعالجة أوضاع المطلوبين والمتخلفين عن الخدمة.

ويأتي ذلك في إطار سعي وزارة الدفاع لاستكمال بناء جيش وطني موحد بعد مؤتمر إعلان انتصار الثورة في كانون الثاني الماضي، الذي أعلن فيه حل جميع الفصائل العسكرية ودمجها في مؤسسات الدولة.""",
        [
            G("forces.integrated", "occurred", ["Syria"], ["Eighth Brigade"]),
            # the SDF agreement of 10 March, the integration due before the end of the year
            G("agreement.signed", "historical", ["Syria", _SDF, "Ahmed al-Sharaa"], [], core=False),
            G("forces.integrated", "planned", ["Syria"], [_SDF], core=False),
            # Suwayda's factions "ترفض الاندماج"
            G("forces.integrated", "negated", ["Syria"], [], core=False),
            # Russian forces in 2018; Israel in the buffer zone since December
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
            G("military.presence", "historical", ["Israel"], ["Syria"], core=False),
            # the factions dissolved in January
            G("forces.integrated", "historical", ["Syria"], [], core=False),
        ],
        not_targets=["Russia"],
    ),
]
ARTICLES += [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi10-alsharq-doha-business-page-merger-gas-contracts-2022",
        date(2022, 11, 22),
        """اقتصاد الشرق

الدوحة - الشرق

«قطر للطاقة» توقع اتفاقية توريد غاز لسبعة وعشرين عاما

وقعت شركة قطر للطاقة أمس اتفاقية طويلة الأمد مع شركة سينوبك الصينية لتوريد أربعة ملايين طن سنويا من الغاز الطبيعي المسال لمدة سبعة وعشرين عاما، في أطول عقد من نوعه في تاريخ الصناعة. وقال الرئيس التنفيذي للشركة إن الإمدادات ستبدأ عام 2026 من مشروع توسعة حقل الشمال الشرقي. كما انضمت سينوبك شريكا بحصة خمسة بالمئة في إحدى شركات المشروع، بعد أن انضمت شركات توتال إنرجيز وإكسون موبيل وشل وإيني إلى المشروع في وقت سابق من العام.

اندماج مصرفي

وفي القطاع المصرفي، أعلن مصرفان محليان عن استكمال إجراءات الدمج بينهما في كيان واحد برأسمال يتجاوز عشرة مليارات ريال، بعد موافقة مصرف قطر المركزي والجمعية العامة غير العادية لمساهمي البنكين. ورفع مصرف قطر المركزي سعر الفائدة على الإيداع خمسة وسبعين نقطة أساس، تماشيا مع قرار مجلس الاحتياطي الفيدرالي الأمريكي.

البورصة

وعلقت بورصة قطر التداول على سهم إحدى الشركات المدرجة لحين الإفصاح عن نتائجها المالية المتأخرة، فيما استأنفت التداول على سهم شركة أخرى بعد استكمال إجراءات زيادة رأس المال. وأغلق المؤشر العام مرتفعا بنسبة نصف بالمئة وسط تداولات نشطة بدعم من أسهم قطاع الضيافة خلال بطولة كأس العالم.

الضرائب والرسوم

وفرضت الهيئة العامة للضرائب غرامات على عدد من الشركات المتأخرة في تقديم إقراراتها، في حين مددت الهيئة مهلة التسجيل في نظام الضريبة الانتقائية حتى نهاية ديسمبر المقبل. كما علقت وزارة التجارة والصناعة تحصيل بعض رسوم التراخيص التجارية لمدة ستة أشهر دعما للمشاريع الصغيرة والمتوسطة.

الطيران

وأعلنت الخطوط الجوية القطرية أنها ستنشر طائرات إضافية على خطوطها إلى الرياض والكويت ومسقط لنقل المشجعين، بعد أن رفعت عدد رحلاتها اليومية إلى مدن الخليج، ووقعت اتفاقية شراكة بالرمز مع خطوط طيران أوروبية.

وقال محلل مالي: «السوق مرتاحة والسيولة موجودة، والمستثمرين ينتظرون ما بعد كأس العالم»، متوقعا أن تحافظ الموازنة العامة على فائض كبير بفضل ارتفاع أسعار الطاقة.""",
        [],
        not_targets=["China", "United States", "Saudi Arabia", "Kuwait", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi11-iraqi-sports-daily-stars-league-suspended-fines-2023",
        date(2023, 3, 15),
        """الملاعب العراقية

بغداد - «الملاعب»

علقت رابطة أندية دوري نجوم العراق مباريات الجولة الحادية والعشرين لمدة أسبوع، بسبب معسكر المنتخب الوطني استعدادا لبطولة ودية في الإمارات، على أن تستأنف المنافسات مطلع الشهر المقبل بمباراة القمة بين الزوراء والقوة الجوية على ملعب الشعب الدولي.

وفرضت لجنة الانضباط في الاتحاد العراقي لكرة القدم غرامة مالية قدرها خمسة وعشرون مليون دينار على نادي الشرطة، وعاقبته باللعب من دون جمهور في مباراتين، بسبب أحداث الشغب التي رافقت مباراته الأخيرة أمام الطلبة. كما رفعت لجنة الاستئناف العقوبة عن لاعب نادي الكرخ بعد قبول الطعن الذي تقدم به النادي.

وفي سوق الانتقالات، وقع نادي القوة الجوية مع المهاجم السوري محمود المواس، وانضم المدافع الأردني يزن العرب إلى صفوف الشرطة، فيما مدد نادي أربيل عقد مدربه حتى نهاية الموسم. وقرر الاتحاد دمج لجنتي المسابقات والحكام في لجنة فنية واحدة، ورفع عدد اللاعبين المحترفين المسموح بهم في القائمة إلى خمسة.

وأعلنت قيادة عمليات بغداد أنها ستنشر أكثر من ألفي منتسب لتأمين مباراة القمة، مع غلق الطرق المؤدية إلى الملعب قبل ثلاث ساعات من انطلاقها. وحذرت الرابطة الجماهير من إدخال الألعاب النارية، وهددت بفرض عقوبات على الأندية التي لا تلتزم جماهيرها بالتعليمات.

وقال مدرب الزوراء في تصريح لـ«الملاعب»: «الفريق جاهز، والجمهور راح يكون لاعبنا الثاني، وإحنا نلعب على اللقب». ورد مدرب القوة الجوية: «الصقور ما يخسرون بالقمة، وعدنا الجماهير بالفوز».

وعلى صعيد المنتخب، انضم اثنا عشر لاعبا محترفا إلى معسكر أسود الرافدين في أبوظبي، بينهم لاعبون من الدوريات الأوروبية والخليجية، بعد أن أكد المدرب الإسباني خيسوس كاساس أن الباب مفتوح أمام الجميع. وتوج المنتخب بلقب خليجي خمسة وعشرين في البصرة في يناير الماضي بعد فوزه على عمان في النهائي.

وفي كرة السلة، علق الاتحاد العراقي دوري الدرجة الممتازة مؤقتا بسبب خلاف مع وزارة الشباب على ملاعب بغداد، وسط مطالبات الأندية بإيجاد حل قبل انطلاق الأدوار النهائية.""",
        [],
        not_targets=["Syria", "Jordan", "United Arab Emirates", "Oman", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi12-sfax-local-page-municipality-twinning-strike-2019",
        date(2019, 5, 22),
        """صفاقس: أخبار الجهة

صفاقس - «الشروق»

البلدية ترفع معاليم الإشهار وتمنع الانتصاب الفوضوي

قررت بلدية صفاقس في جلستها العادية أمس رفع المعاليم الموظفة على اللافتات الإشهارية بنسبة خمسة عشر بالمائة، وفرضت منعا على الانتصاب الفوضوي في شارع الحبيب بورقيبة وباب الديوان، بعد شكاوى متكررة من التجار والمارة. وقال رئيس البلدية إن «المدينة لا تحتمل مزيدا من الفوضى»، مؤكدا أن أعوان الشرطة البلدية سينتشرون يوميا في الأسواق لتطبيق القرار.

توأمة مع مدينة فرنسية

ووقعت بلدية صفاقس اتفاقية توأمة وتعاون مع بلدية مدينة غرونوبل الفرنسية، تشمل تبادل الخبرات في التصرف في النفايات والنقل الحضري، وذلك بحضور القنصل العام لفرنسا بصفاقس. وكانت البلدية قد وقعت اتفاقية مماثلة مع مدينة صينية سنة 2017.

نقابة النقل تعلق الإضراب

وعلقت جامعة النقل بالاتحاد الجهوي للشغل الإضراب الذي كان مقررا في شركة النقل بصفاقس، إثر اتفاق مع الإدارة على صرف المنح المتأخرة. واستأنفت الحافلات عملها بصفة عادية صباح اليوم، وسط ارتياح المواطنين الذين عانوا من الاكتظاظ في الأيام الأخيرة.

دمج مدرستين

وقررت المندوبية الجهوية للتربية دمج مدرستين ابتدائيتين بمعتمدية ساقية الزيت بسبب تراجع عدد التلاميذ، فيما انضمت ثلاث معاهد إلى برنامج «المدارس الرقمية» بدعم من الاتحاد الأوروبي.

الماء الصالح للشرب

وأعلنت الشركة الوطنية لاستغلال وتوزيع المياه عن انقطاع الماء في عدة أحياء بطريق العين وطريق قرمدة يوم الأحد، لإنجاز أشغال ربط، على أن يستأنف التزويد مساء نفس اليوم.

مهرجان

ومددت الهيئة المديرة لمهرجان صفاقس الدولي آجال قبول الملفات إلى موفى جوان، بينما قال أحد الفنانين الشبان: «المهرجان لازم يرجع كيف قبل، صفاقس تستحق أكثر».

ميناء الصيد

وفي ميناء الصيد البحري، ارتفعت أسعار السردينة بشكل لافت مع بداية شهر رمضان، وأرجع البحارة ذلك إلى ارتفاع كلفة المحروقات وقلة المنتوج، فيما فرضت المصالح الجهوية للتجارة رقابة مشددة على مسالك التوزيع لمنع الاحتكار.""",
        [],
        not_targets=["France", "China", "European Union"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout37_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout37_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # an opening "وفي سياق متصل،" and a closing "تحسبا لأي رد إيراني" leave the arrival alone
    pytest.param(
        "وصلت القوات الأمريكية إلى الكويت أمس.",
        date(2020, 1, 7),
        [("military.presence", "occurred", "target:Kuwait")],
        [],
        id="us-forces-arrive-in-kuwait",
    ),
    pytest.param(
        "وفي سياق متصل، وصلت القوات الأمريكية إلى الكويت أمس.",
        date(2020, 1, 7),
        [("military.presence", "occurred", "target:Kuwait")],
        [],
        id="arrival-after-in-a-related-context",
    ),
    pytest.param(
        "وصلت إلى الكويت أمس طلائع لواء يضم ثلاثة آلاف جندي أمريكي تحسبا لأي رد إيراني.",
        date(2020, 1, 7),
        [("military.presence", "occurred", "target:Kuwait")],
        ["Iran"],
        id="arrival-in-case-of-an-iranian-response",
    ),
    pytest.param(
        "وفي سياق متصل، وصلت إلى الكويت أمس طلائع لواء يضم ثلاثة آلاف جندي أمريكي، أرسلته وزارة "
        "الدفاع الأمريكية تحسبا لأي رد إيراني.",
        date(2020, 1, 7),
        [("military.presence", "occurred", "target:Kuwait")],
        ["Iran"],
        id="arrival-of-a-brigade-sent-in-case-of-a-response",
    ),
    # a ministry that says it took a brigade's men into a division of the army integrates them
    pytest.param(
        "ضمت وزارة الدفاع السورية أمس عناصر اللواء الثامن إلى الفرقة الأربعين في الجيش العربي "
        "السوري.",
        date(2025, 4, 13),
        [("forces.integrated", "occurred", "Ministry of Defense (Syria)")],
        [],
        id="ministry-takes-brigade-into-division",
    ),
    pytest.param(
        "وقالت وزارة الدفاع السورية إنها ضمت أمس عناصر اللواء الثامن إلى الفرقة الأربعين في "
        "الجيش العربي السوري.",
        date(2025, 4, 13),
        [("forces.integrated", "occurred", "Ministry of Defense (Syria)")],
        [],
        id="ministry-says-it-took-brigade-into-division",
        marks=_xfail("no event"),
    ),
    # a negation reaches a sanctions noun coordinated after "أو"
    pytest.param(
        "لم يتضمن القرار فرض عقوبات على إيران.",
        date(2019, 2, 27),
        [],
        [],
        id="resolution-includes-no-sanctions",
    ),
    pytest.param(
        "ولم يتضمن القرار أي إدانة صريحة لإيران أو فرض عقوبات عليها.",
        date(2019, 2, 27),
        [],
        [],
        id="resolution-includes-no-condemnation-or-sanctions",
    ),
    # the place of a signing, in apposition ("في جوبا عاصمة جنوب السودان"), is no party
    pytest.param(
        "وقعت الحكومة السودانية والجبهة الثورية أمس في جوبا اتفاق السلام.",
        date(2020, 10, 4),
        [("agreement.signed", "occurred", "Sudan")],
        [],
        id="signed-in-juba",
    ),
    pytest.param(
        "وقعت الحكومة السودانية والجبهة الثورية أمس في جوبا عاصمة جنوب السودان اتفاق السلام.",
        date(2020, 10, 4),
        [("agreement.signed", "occurred", "Sudan")],
        ["South Sudan"],
        id="signed-in-juba-capital-of-south-sudan",
    ),
    # fighters merged into a state's army: the front is integrated, the army is no target
    pytest.param(
        "ينص الاتفاق على دمج مقاتلي الجبهة الثورية السودانية في الجيش السوداني.",
        date(2020, 10, 4),
        [("forces.integrated", "planned", "target:Sudanese Revolutionary Front")],
        [],
        id="front-fighters-to-be-merged-into-army",
    ),
    # an airline's codeshare agreement is no signing by states
    pytest.param(
        "ووقعت الخطوط الجوية القطرية اتفاقية شراكة بالرمز مع خطوط طيران أوروبية.",
        date(2022, 11, 22),
        [],
        [],
        id="qatar-airways-codeshare",
    ),
    pytest.param(
        "رفعت الخطوط القطرية عدد رحلاتها إلى الرياض والكويت، ووقعت اتفاقية شراكة بالرمز مع خطوط "
        "طيران أوروبية.",
        date(2022, 11, 22),
        [],
        [],
        id="airline-flights-then-codeshare",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout37_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout37_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
