"""A twenty-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first twenty-four held-out sets: Arabic copy of 2022-2025 from outlets the earlier sets lack,
and from regions and programmes they hardly touch (Sri Lanka, Central America, the Burgas refinery,
the Chagos Archipelago, Mindanao, the D-8): Al-Roya (Muscat) carrying a wire on the British
sanctions on three former Sri Lankan commanders and "Colonel Karuna" (Gotabaya Rajapaksa left
out, the US entry bans of 2020 and 2023, Canada's sanctions of 2023, a UN mandate "تمديد"); an
Annahar Al Arabi analysis, with question subheadings and Levantine months, of China lifting its
sanctions on members of the European Parliament (its listings of 2021 in reply to the EU's
Xinjiang sanctions, the investment agreement frozen, the EU not lifting its own, official
contacts to resume, passive "فُرضت" and "تم رفع"); Sputnik Arabic, in its framing ("بذريعة",
"غير شرعية"), on the Treasury's licence for Lukoil's Bulgarian subsidiaries and the Burgas
refinery (the listing of 22 October, Hungary's exemption "في السابع من الشهر الجاري", Rosneft
Germany's licence, Bulgaria's derogation from the EU embargo given up in 2024); a DW Arabic
question-and-answer explainer on the Council prolonging its Nicaragua sanctions (the framework of
2019, Murillo listed and Ortega not, the US visa restrictions of April, the OAS withdrawal, ties
cut with Israel); an opinion column in Al-Shorouk on Biden threatening Uganda with sanctions over
its anti-homosexuality law (Obama's cuts of 2014, Ugandan troops in Somalia since 2007, Borrell's
regret with no threat); Sada El-Balad's time-stamped live coverage of the D-8 summit in the New
Administrative Capital where Azerbaijan joins as ninth member (the preferential trade agreement
of 2006, the Cairo declaration and its call to stop arms exports to Israel, Sisi and Pezeshkian
meeting with no ties restored); Alhurra on the UK-Mauritius treaty on the Chagos Archipelago with
the Diego Garcia base kept under a 99-year lease, signed hours after the High Court lifted an
injunction (the agreement in principle of October, the ICJ opinion of 2019); Al-Madina reprinting
the Saudi-Canadian joint statement that restores ties "إلى ما كانت عليه قبل الخامس من أغسطس 2018"
(the Saudi trade freeze of 2018, Canada's arms-permit freeze and its end in 2020, ambassadors to
come, the Saudi-Iranian restoration and Syria's return to the Arab League recalled); and an
Anadolu feature on some 400 former MILF fighters sworn into the Philippine National Police with
600 more to join the armed forces (the agreements of 2014 and 1996, the MNLF fighters integrated
then, the BIFF refusing). Nine carry events of all ten alertable types (imposed, lifted,
suspended, extended, threatened, joined, signed, restored ties, integration, deployment), in
occurred and planned status, next to historical, negated and stalled ones; three are near misses:
a Kooora report of FIDE suspending the Russian Chess Federation for two years over four Ukrainian
regions (the team ban extended, an African federation's suspension lifted, a sponsorship signed,
the Russian federation's move to the Asian federation, players joining other federations), Kuwait
Finance House's press release, carried by Mubasher, on completing its acquisition of Ahli United
Bank (shares delisted and their trading suspended, a dual listing, units joining the group, the
talks suspended in 2020 and resumed, deadlines extended, the merger agreement signed) and a Rudaw
report, with its "كوردستان", of Iraq's communications ministry lifting its week-old block on
Telegram (the Kurdistan Region not applying it, internet cuts in exam weeks, parliament's PUBG
ban of 2019).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit bf247f4, the analyzer as committed; the working
tree's uncommitted changes were to ``rasd/build.py`` and ``setup.py`` only), in one run: events
P 0.800 R 0.545 F1 0.649 (recall 6/11, precision 8/10; occurred core found 6/10, planned 0/1;
historical 23/23, negated 6/6 and stalled 1/1 kept quiet). The score flatters two articles: in
ar-k08 the day's restoration is read as historical, and the core event is matched only by a wrong
alert from the last paragraph (the Saudi-Iranian restoration "خلال الأشهر الأخيرة", read as today's,
with Canada borrowed from the sentence before as its actor, since "المملكة" names no state); in
ar-k02 the planned contacts between the two parliaments are matched by "الذكرى الخمسين لإقامة
العلاقات" read as a planned restoration. Seven strict xfails, with the reason (four articles with a
core event missed, three with a wrong alert); do not tune lexicons on these articles. The causes,
as read in the output of ``rasd.analyze.analyze`` on the articles' sentences and shortened
variants of them: a demand verb before a coordinated threat ("يطالب بإلغاء القانون …، ويلوّح بفرض
عقوبات") drops the threat that "انتقد …، ولوّح …" keeps, and a president who studies sanctions ("تدرس
… فرض عقوبات") or a minister who "will consider" visa restrictions ("ستنظر في فرض قيود على تأشيرات")
threatens nothing (visa restrictions are no sanctions object even when imposed: "فرضت الولايات
المتحدة قيودا على تأشيرات مسؤولين أوغنديين" gives nothing); the year in a trailing clause about the
organisation joined ("لتكون أول دولة تنضم إلى التجمع منذ تأسيسه في إسطنبول عام 1997") dates the
accession, and the D-8 is not in the knowledge base; a base kept under a lease ("تحتفظ لندن بالسيطرة
على جزيرة دييغو غارسيا، التي تضم قاعدة عسكرية … بموجب عقد إيجار مدته 99 عاماً") is no presence
("احتفظ", "استأجر" are no deployment verbs, where "اتفاقا يضمن بقاء القاعدة" is one), and Diego
Garcia and the Chagos are not in the knowledge base; fighters merged into the police are no
integration ("دمجت سوريا مقاتلي قسد في الشرطة الوطنية" gives nothing, "في الجيش" gives it), nor are
fighters who join an army or are sworn into the police ("ينضم/يلتحق … بالجيش", "أدى … اليمين عناصر
في الشرطة"), and the MILF, not in the knowledge base, is reported by no unlinked mention either, so
"دمجت الفلبين مقاتلي جبهة مورو … في الجيش" makes the Philippines the target; a spokesman's "أنه تم
رفع العقوبات" makes the speaker (or his ministry) the target of a second lifting with no actor; an
epithet with a demonym ("لعملاق النفط الروسي "لوك أويل"") makes the company's state a target of its
licence, and a day in words ("في السابع من الشهر الجاري", "في السابع من نوفمبر") dates nothing where
"في 7 نوفمبر" does, so Hungary's exemption of eight days before is read as today's and merged into
the day's licence, Hungary with it; a state lifting its block on an app ("العراق يرفع الحظر عن
"تلغرام"") is sanctions lifted by the state with no target (and "فرضت … حظرا على تطبيق" a sanction
imposed); restoring ties "إلى ما كانت عليه قبل الخامس من أغسطس 2018" takes the date of the state
returned to for the act's, historical. Wrong roles in alerts the set's scoring does not count as
wrong: a lifting whose object comes after a relative clause ("رفعت الصين العقوبات التي كانت قد
فرضتها قبل أربع سنوات على عدد من أعضاء البرلمان الأوروبي") has no target; the headline's "نواب
أوروبيين" targets the European Union. Six causes have a sentence of their own in ``RULES``, a strict
xfail until it is fixed; the others are pinned by the articles' strict xfails.

After the fixes (same day): P 0.857 R 1.000 F1 0.923 (recall 11/11, precision 12/14; occurred
10/10, planned 1/1; historical, negated and stalled all kept quiet). Fixed, each with its rule
sentence below: a finite verb after "،" opens a clause the demand before it does not reach ("طالبت
…، ولوّحت بفرض عقوبات"; a masdar there is still one more thing demanded); "أول … منذ" measures
the news and dates nothing, as the English "the first … since"; a base kept or leased ("احتفظت
… بقاعدتها", "استأجرت قاعدة") is a presence (a database or a party's base is none); the police and
the security services are an army noun for integration; a block lifted on an app, a platform or
a website lifts no sanctions; "إلى ما كانت عليه قبل …" dates the state returned to, not the act. Also
fixed on the articles' causes: a capital keeping a base stands for its state ("لندن … وتحتفظ
بقاعدة" is the United Kingdom's); "فقد" after a fronted clause opens the main one, whose date is
not the fronted clause's (the Saudi-Canadian statement's "في نوفمبر 2022، فقد قررت حكومتا البلدين
إعادة …", now news, no more matched only by the wrong alert); a day written in words ("في السابع
من نوفمبر", "في السابع من الشهر الجاري") dates its act. "الشهر الماضي" is a background cue, as
"last month" is in English. Left (strict xfails): the Telegram headline (the app's name alone,
no "تطبيق"), the spokesman's "أنه تم رفع العقوبات", the Lukoil licence's Russia (the epithet),
the MILF (not in the knowledge base).
Fixed later (a block on an app or a website is the censor's, ``test_general_misses10_rules_ar``):
ar-k12's Telegram headline raises no alert, its strict xfail removed.

``python -m tests.unit.test_heldout25_events_ar`` prints every article's alerts and the set's
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

_D8 = "Developing-8 Organization for Economic Cooperation"
_MILF = "Moro Islamic Liberation Front"
_FCDO = "Foreign, Commonwealth and Development Office"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k01-alroya-wire-uk-sanctions-sri-lankan-former-commanders-karuna-2025",
        date(2025, 3, 25),
        """بريطانيا تفرض عقوبات على ثلاثة قادة عسكريين سريلانكيين سابقين و"الكولونيل كارونا".. وكولومبو: خطوة أحادية لا تخدم المصالحة

لندن - كولومبو - وكالات
الثلاثاء 25 مارس 2025

فرضت المملكة المتحدة، أمس الاثنين، عقوبات على ثلاثة من كبار القادة العسكريين السابقين في سريلانكا، وعلى القيادي المنشق عن حركة "نمور تحرير تاميل إيلام" فينياغامورثي موراليثاران، المعروف بـ"الكولونيل كارونا"، بتهمة التورط في انتهاكات جسيمة لحقوق الإنسان خلال الحرب الأهلية التي عصفت بالجزيرة أكثر من ربع قرن وانتهت عام 2009.

وتشمل العقوبات، التي أعلنتها وزارة الخارجية البريطانية، قائد الجيش السابق شافيندرا سيلفا، وقائد البحرية السابق واسانثا كاراناغودا، والقائد الأسبق للجيش جاغات جاياسوريا، وتقضي بتجميد أي أصول لهم في المملكة المتحدة ومنعهم من دخول أراضيها.

وقال وزير الخارجية البريطاني ديفيد لامي، في بيان، إن بلاده "لن تقبل بأن يبقى المسؤولون عن فظائع تلك الحرب بمنأى عن المساءلة"، مضيفا أن القرار "رسالة إلى آلاف العائلات السريلانكية التي ما زالت تبحث عن الحقيقة بشأن مصير أبنائها".

ويُتهم سيلفا، الذي قاد إحدى الفرق القتالية الرئيسية في الأشهر الأخيرة من الحرب، بالمسؤولية عن قصف مناطق مكتظة بالمدنيين وعن عمليات إعدام خارج نطاق القضاء، فيما يواجه كاراناغودا اتهامات بالتورط في اختطاف 11 شابا اختفوا قسريا عامي 2008 و2009. أما موراليثاران، الذي انشق عن "النمور" عام 2004 وتحالف مع الحكومة ثم أصبح نائبا ووزيرا، فتتهمه منظمات حقوقية بتجنيد الأطفال وبالمشاركة في مجازر ارتكبتها الحركة حين كان أحد قادتها.

ورفضت الحكومة السريلانكية القرار، إذ قالت وزارة الخارجية في كولومبو، في بيان، إنه "إجراء أحادي الجانب لا يساعد" جهود المصالحة الوطنية، وإن معالجة ملفات الماضي "شأن داخلي" تتولاه مؤسسات الدولة وآلياتها. كما وصف نواب معارضون العقوبات بأنها "إهانة للجنود الذين أنقذوا البلاد من الإرهاب".

في المقابل، رحبت منظمات التاميل في الشتات بالخطوة، وطالبت لندن بتوسيعها، لا سيما أن العقوبات لم تشمل الرئيس الأسبق غوتابايا راجاباكسا، الذي كان يشغل منصب وزير الدفاع في المرحلة الأخيرة من الحرب.

وليست هذه المرة الأولى التي يُستهدف فيها قادة الجيش السريلانكي بإجراءات غربية، فقد منعت الولايات المتحدة في فبراير 2020 سيلفا وأفراد عائلته المباشرة من دخول أراضيها، قبل أن تفرض قيودا مماثلة على كاراناغودا وزوجته في أبريل 2023. وكانت كندا قد فرضت في يناير من العام نفسه عقوبات على الرئيسين السابقين ماهيندا وغوتابايا راجاباكسا.

وتأتي العقوبات البريطانية بعد أشهر من تمديد مجلس حقوق الإنسان التابع للأمم المتحدة، في أكتوبر الماضي، ولاية فريق مكلف بجمع الأدلة على الجرائم المرتكبة خلال الحرب وحفظها، وهو قرار رفضته كولومبو أيضا ووصفته بأنه "تدخل في شؤونها".

ويقدر عدد ضحايا الحرب، التي خاضتها القوات الحكومية ضد الحركة الانفصالية منذ عام 1983، بما بين 80 و100 ألف قتيل، فيما تقول الأمم المتحدة إن عشرات الآلاف من المدنيين ربما قُتلوا في أشهرها الأخيرة وحدها، وتتهم الطرفين بارتكاب انتهاكات قد ترقى إلى جرائم حرب.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [
                    "United Kingdom",
                    _FCDO,
                    "David Lammy",
                ],
                [
                    "Shavendra Silva",
                    "Wasantha Karannagoda",
                    "Jagath Jayasuriya",
                    "Karuna Amman",
                ],
            ),
            # "لا سيما أن العقوبات لم تشمل الرئيس الأسبق غوتابايا راجاباكسا"
            G(
                "sanctions.imposed",
                "negated",
                ["United Kingdom"],
                ["Gotabaya Rajapaksa"],
                core=False,
            ),
            # the US entry bans of 2020 and 2023, Canada's sanctions of January 2023
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Shavendra Silva", "Wasantha Karannagoda"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["Canada"],
                ["Mahinda Rajapaksa", "Gotabaya Rajapaksa"],
                core=False,
            ),
        ],
        # the commanders' state and the movement Karuna left are not what is sanctioned
        not_targets=["Sri Lanka", "Liberation Tigers of Tamil Eelam"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k02-annaharalarabi-china-lifts-sanctions-on-european-parliament-members-2025",
        date(2025, 5, 1),
        """بكين ترفع عقوباتها عن نواب أوروبيين.. غصن زيتون في زمن الحرب التجارية

بيروت - "النهار العربي"
الخميس 1 أيار 2025

في خطوة تحمل أكثر من رسالة، رفعت الصين العقوبات التي كانت قد فرضتها قبل أربع سنوات على عدد من أعضاء البرلمان الأوروبي، ممهّدة الطريق أمام استئناف الاتصالات الرسمية بين المؤسسة التشريعية الأوروبية والمجلس الوطني لنواب الشعب الصيني، في وقت تسعى فيه بكين إلى استمالة الأوروبيين بعيداً من واشنطن.

وأبلغت رئيسة البرلمان الأوروبي روبرتا ميتسولا، أمس الأربعاء، رؤساء الكتل البرلمانية أن السلطات الصينية أزالت القيود عن النواب الذين ما زالوا يشغلون مقاعدهم، ومن بينهم الألماني ميكائيل غالر والسلوفاكية ميريام ليكسمان، وعن اللجنة الفرعية لحقوق الإنسان في البرلمان. وقالت الناطقة باسمها إن الانخراط مع الصين "لا يعني التخلي عن الدفاع عن حقوق الإنسان"، وإن النواب "سيواصلون إثارة هذه القضايا في كل لقاء".

وأكد الناطق باسم الخارجية الصينية قوه جيا كون، في مؤتمره الصحافي اليومي، أنه تم رفع العقوبات، معتبراً أن "الصين والاتحاد الأوروبي شريكان لا خصمان"، وأن بكين "ترحّب بتعزيز التبادل بين الهيئتين التشريعيتين على أساس الاحترام المتبادل".

ما الذي جرى عام 2021؟

فُرضت العقوبات الصينية في آذار 2021، رداً على عقوبات أوروبية طالت أربعة مسؤولين صينيين وكياناً واحداً بسبب ما وصفته بروكسل بانتهاكات جسيمة بحق أقلية الأويغور المسلمة في إقليم شينجيانغ، وهي الأولى من نوعها منذ حظر الأسلحة الذي فرضه الاتحاد على الصين إثر أحداث ساحة تيانانمين عام 1989. ولم تكتفِ بكين آنذاك بمعاقبة النواب، بل شملت إجراءاتها باحثين ومراكز أبحاث ولجنة سياسية وأمنية تابعة لمجلس الاتحاد.

وعلى الأثر، جمّد البرلمان الأوروبي المصادقة على "اتفاق الاستثمار الشامل" الذي توصلت إليه بروكسل وبكين في كانون الأول 2020 بعد سبع سنوات من المفاوضات، ولا يزال الاتفاق معلّقاً حتى اليوم، ولا يبدو أن رفع العقوبات يكفي لإحيائه.

ماذا تريد بكين؟

يرى دبلوماسيون في بروكسل أن توقيت الخطوة ليس بريئاً، إذ تأتي بعد أسابيع من فرض الرئيس الأميركي دونالد ترامب رسوماً جمركية باهظة على الواردات الصينية، وقبل قمة صينية - أوروبية تُعقد في تموز المقبل لمناسبة الذكرى الخمسين لإقامة العلاقات الديبلوماسية بين الجانبين. وتبحث بكين عن أسواق بديلة لصادراتها، وتأمل في إقناع الأوروبيين بإعادة النظر في رسوم مكافحة الإغراق التي فرضوها العام الماضي على السيارات الكهربائية الصينية.

غير أن الاتحاد الأوروبي لا يعتزم، وفق مسؤولين فيه، رفع عقوباته على المسؤولين الصينيين الأربعة، فيما انتقد نواب من كتلة الخضر الخطوة الصينية، معتبرين أن بكين "ترفع عقوبات ما كان يجب أن تُفرض أصلاً"، وطالبوا بالإفراج عن المدافعين عن حقوق الإنسان المعتقلين في الصين قبل أي تطبيع للعلاقات البرلمانية.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["China"],
                ["European Parliament", "Michael Gahler", "Miriam Lexmann"],
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["China"],
                ["European Parliament", "Michael Gahler", "Miriam Lexmann"],
                core=False,
            ),
            # the EU's Xinjiang listings of 2021 and the arms embargo of 1989
            G("sanctions.imposed", "historical", ["European Union"], ["China"], core=False),
            # "غير أن الاتحاد الأوروبي لا يعتزم ... رفع عقوباته على المسؤولين الصينيين الأربعة"
            G("sanctions.lifted", "negated", ["European Union"], ["China"], core=False),
            # the investment agreement of December 2020, its ratification frozen since 2021
            G(
                "agreement.signed",
                "stalled",
                ["European Union", "China", "European Parliament"],
                [],
                core=False,
            ),
            # official contacts between the two parliaments to resume (no diplomatic tie as such)
            G(
                "relations.restored",
                "planned",
                ["China", "European Parliament"],
                [],
                core=False,
            ),
        ],
        # Trump's tariffs and the EU's anti-dumping duties are trade measures, not sanctions
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k03-sputnik-us-licence-exempts-lukoil-bulgaria-burgas-refinery-2025",
        date(2025, 11, 15),
        """واشنطن تستثني أصول "لوك أويل" في بلغاريا من عقوباتها حتى نهاية أبريل.. وصوفيا تعيّن مديرا خاصا لمصفاة بورغاس

صوفيا - سبوتنيك
السبت 15 نوفمبر/ تشرين الثاني 2025

أصدرت وزارة الخزانة الأمريكية ترخيصا خاصا يستثني الشركات التابعة لعملاق النفط الروسي "لوك أويل" في بلغاريا من العقوبات التي فرضتها واشنطن على الشركة الشهر الماضي، بما فيها مصفاة "نفتوخيم بورغاس"، أكبر مصفاة في منطقة البلقان، وذلك حتى 29 أبريل/ نيسان 2026.

وبموجب الترخيص، الذي نشره مكتب مراقبة الأصول الأجنبية (أوفاك) على موقعه الإلكتروني مساء الجمعة، يُسمح بإجراء المعاملات مع المصفاة ومع شبكة محطات الوقود ومستودعات التخزين التابعة لـ"لوك أويل" على الأراضي البلغارية، شريطة ألا تُحوَّل أي مدفوعات إلى الشركة الأم في موسكو.

وجاء منح الإعفاء بعد أيام من إقرار البرلمان البلغاري، بصورة عاجلة، تعديلات قانونية تتيح للحكومة تعيين "مدير خاص" يتولى إدارة المصفاة ويتمتع بصلاحية بيعها، في خطوة قالت صوفيا إنها ضرورية لضمان استمرار الإمدادات. وأعلن رئيس الوزراء البلغاري روسن جيليازكوف أن المدير الخاص "سيباشر مهامه خلال أيام"، مؤكدا أن الحكومة "لا تنوي تأميم المصفاة ولا مصادرة أصول أحد".

وتؤمّن مصفاة بورغاس نحو 80 في المئة من احتياجات بلغاريا من الوقود، ويعمل فيها قرابة 4 آلاف شخص، ما دفع السلطات البلغارية إلى التحذير من "أزمة وقود حادة" لو دخلت العقوبات حيز التنفيذ في موعدها المحدد في 21 من الشهر الجاري.

وكانت الإدارة الأمريكية قد أدرجت "لوك أويل" و"روسنفت"، أكبر شركتين نفطيتين في روسيا، على قائمة العقوبات في 22 أكتوبر/ تشرين الأول الماضي، بذريعة الضغط على موسكو في ملف التسوية الأوكرانية. ومنحت واشنطن في السابع من الشهر الجاري المجر إعفاء لمدة عام من العقوبات المفروضة على واردات النفط والغاز الروسية، بعد لقاء جمع الرئيس دونالد ترامب برئيس الوزراء المجري فيكتور أوربان في البيت الأبيض، فيما حصلت فروع "روسنفت" في ألمانيا، الخاضعة لوصاية الدولة الألمانية منذ 2022، على ترخيص مماثل أواخر الشهر الماضي.

في المقابل، رفضت وزارة الخزانة الأمريكية صفقة لبيع الأصول الخارجية لـ"لوك أويل" إلى شركة "غونفور" لتجارة النفط، ومقرها جنيف، فيما تواصل الشركة الروسية مفاوضاتها مع مشترين آخرين.

وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن العقوبات الأمريكية "غير شرعية" وتتعارض مع قواعد التجارة الدولية، مضيفا أن "لوك أويل" ستدافع عن مصالحها "بكل الوسائل القانونية المتاحة".

يشار إلى أن بلغاريا تخلت في مارس/ آذار 2024 عن الاستثناء الذي كانت قد حصلت عليه من الحظر الأوروبي على واردات النفط الروسي المنقول بحرا، لتعمل المصفاة منذ ذلك الحين بخام من مصادر أخرى، من بينها كازاخستان والعراق.""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [
                    "United States Department of the Treasury",
                    "Office of Foreign Assets Control",
                    "United States",
                ],
                ["Lukoil", "Bulgaria", "Neftochim Burgas"],
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Lukoil", "Rosneft"],
                core=False,
            ),
            # Hungary's exemption of 7 November, eight days before; Rosneft Germany's licence
            G(
                "sanctions.suspended",
                "historical",
                ["United States", "Donald Trump"],
                ["Hungary"],
                core=False,
            ),
            G(
                "sanctions.suspended",
                "historical",
                ["United States"],
                ["Rosneft", "Germany"],
                core=False,
            ),
            # the EU's derogation for Bulgaria from the seaborne oil embargo, given up in 2024
            G("sanctions.suspended", "historical", ["European Union"], ["Bulgaria"], core=False),
        ],
        # Lukoil's state is not the target of its subsidiaries' licence; the crude's suppliers
        not_targets=["Russia", "Kazakhstan", "Iraq"],
        known_alarm='the licence "يستثني الشركات التابعة لعملاق النفط الروسي "لوك أويل" في بلغاريا" targets Russia, from the company\'s epithet; Hungary\'s exemption "في السابع من الشهر الجاري" (a day in words dates nothing) is read as today\'s and merged into it, Hungary a target too',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k04-dw-explainer-eu-prolongs-nicaragua-sanctions-2024",
        date(2024, 10, 15),
        """الاتحاد الأوروبي يمدد عقوباته على نيكاراغوا عاماً آخر.. ما الذي نعرفه عن نظام أورتيغا وعزلته؟

بون - DW عربية
الثلاثاء 15 أكتوبر/ تشرين الأول 2024

قرر مجلس الاتحاد الأوروبي تمديد العمل بالإجراءات التقييدية المفروضة على نيكاراغوا لمدة عام إضافي، حتى 15 أكتوبر/ تشرين الأول 2025، بسبب ما وصفه بـ"استمرار تدهور الوضع السياسي" وانتهاكات حقوق الإنسان في البلد الواقع في أمريكا الوسطى. فما هي هذه العقوبات، ومن تستهدف، وهل غيّرت شيئاً في سلوك حكومة ماناغوا؟

ما الذي قرره الاتحاد الأوروبي؟

أعلن المجلس، في بيان صدر الاثنين في بروكسل، أن العقوبات ستبقى سارية على 21 شخصاً وثلاثة كيانات، وهي تشمل تجميد أصولهم في دول الاتحاد، وحظر سفرهم إليها أو عبورها، ومنع المواطنين والشركات الأوروبية من إتاحة أي أموال لهم. وأشار البيان إلى أن الاتحاد "يتابع التطورات عن كثب"، وأنه "مستعد لمراجعة إجراءاته في ضوء تطور الأوضاع".

من تستهدف العقوبات؟

تطال القائمة مسؤولين في أجهزة الأمن والقضاء والهيئة الانتخابية، ومن بينهم نائبة الرئيس روزاريو موريّو، زوجة الرئيس دانييل أورتيغا، التي أُدرجت عام 2022، إلى جانب أحد أبنائهما. أما أورتيغا نفسه فلم يُدرج اسمه حتى الآن، رغم مطالبات متكررة من البرلمان الأوروبي بإضافته إلى القائمة.

متى بدأت القصة؟

اعتمد الاتحاد إطار العقوبات في أكتوبر 2019، رداً على القمع الدامي لاحتجاجات 2018 التي قُتل فيها أكثر من 300 شخص، وفرض أولى العقوبات بموجبه في مايو 2020 على ستة مسؤولين كبار. ومنذ ذلك الحين يُجدَّد الإطار سنوياً، وأضيفت إليه أسماء جديدة بعد انتخابات 2021 التي زُجّ قبلها بجميع المرشحين المنافسين لأورتيغا في السجون.

ماذا عن الولايات المتحدة؟

تفرض واشنطن بدورها عقوبات واسعة على نيكاراغوا منذ 2018، طالت موريّو وأبناءها وقطاع الذهب، أهم صادرات البلاد. وفي أبريل/ نيسان الماضي، فرضت وزارة الخارجية الأمريكية قيوداً على تأشيرات أكثر من 250 من أعضاء الحكومة وأفراد عائلاتهم.

كيف ردت ماناغوا؟

تصف حكومة أورتيغا العقوبات بأنها "إجراءات قسرية أحادية غير قانونية"، وقد ردت عليها بطرد سفيرة الاتحاد الأوروبي عام 2022، وبقطع علاقاتها مع هولندا، وبالانسحاب من منظمة الدول الأمريكية، الذي أصبح نافذاً في نوفمبر/ تشرين الثاني 2023. وفي الأسبوع الماضي، أعلنت ماناغوا قطع علاقاتها الدبلوماسية مع إسرائيل احتجاجاً على الحرب في غزة.

هل هناك أفق للحوار؟

لا يبدو ذلك، إذ انهار الحوار الوطني بين الحكومة وتحالف المعارضة عام 2019، وتعثرت منذئذ كل محاولات الوساطة، فيما أسقطت السلطات الجنسية عن أكثر من 300 معارض ونفت كثيرين منهم إلى الخارج. ويقول معارضون في المنفى إن العقوبات "ضرورية لكنها غير كافية"، ويطالبون بتوسيعها لتشمل الشركات المرتبطة بعائلة أورتيغا. ويرى محللون أن رهان الاتحاد على الضغط التدريجي لم يؤت ثماره حتى الآن، في ظل تقارب ماناغوا المتزايد مع موسكو وبكين.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                ["Council of the European Union", "European Union"],
                ["Nicaragua", "Rosario Murillo"],
            ),
            # the framework of 2019, the first listings of 2020, Murillo's of 2022
            G(
                "sanctions.imposed",
                "historical",
                ["European Union"],
                ["Nicaragua", "Rosario Murillo"],
                core=False,
            ),
            # "أما أورتيغا نفسه فلم يُدرج اسمه حتى الآن"
            G(
                "sanctions.imposed",
                "negated",
                ["European Union"],
                ["Daniel Ortega"],
                core=False,
            ),
            # the US sanctions since 2018 and the visa restrictions of April
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "United States Department of State"],
                ["Nicaragua", "Rosario Murillo"],
                core=False,
            ),
        ],
        not_targets=["Israel", "Netherlands", "Organization of American States", "Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k05-alshorouk-column-biden-threatens-uganda-with-sanctions-2023",
        date(2023, 5, 31),
        """أوغندا بين قانون موسيفيني وعصا بايدن

بقلم: هشام عبد الرؤوف
الشروق - الأربعاء 31 مايو 2023

لم يكد الرئيس الأوغندي يويري موسيفيني يضع توقيعه، صباح الاثنين، على قانون "مكافحة المثلية الجنسية"، أحد أشد القوانين من نوعه في العالم، حتى جاء الرد من واشنطن سريعاً وحاداً: الرئيس الأمريكي جو بايدن يطالب بإلغاء القانون "فوراً"، ويلوّح بفرض عقوبات وبمنع المتورطين في انتهاكات حقوق الإنسان من دخول الأراضي الأمريكية.

قال بايدن، في بيان أصدره البيت الأبيض، إن إدارته "تدرس خطوات إضافية، من بينها فرض عقوبات وقيود على الدخول إلى الولايات المتحدة بحق أي شخص متورط في انتهاكات جسيمة لحقوق الإنسان أو في الفساد"، وكلّف مجلس الأمن القومي بتقييم انعكاسات القانون على "جميع أوجه" التعاون مع كمبالا، بما فيها برامج مكافحة الإيدز التي تنفق عليها واشنطن مئات الملايين من الدولارات سنوياً. وفي اليوم نفسه، قال وزير الخارجية أنتوني بلينكن إن وزارته ستنظر في فرض قيود على تأشيرات مسؤولين أوغنديين.

ليست هذه المرة الأولى. ففي عام 2014، حين أقرت كمبالا قانوناً مشابهاً، خفّضت إدارة باراك أوباما جانباً من مساعداتها، وفرضت قيوداً على تأشيرات عدد من المسؤولين، وألغت تدريبات عسكرية مشتركة، قبل أن تُسقط المحكمة الدستورية القانون لأسباب إجرائية. لكن موسيفيني يبدو هذه المرة أكثر تصميماً، وقد قال مقربون منه صراحة إن "أوغندا لن تتراجع تحت أي ضغط"، وإن البلاد "قادرة على العيش من دون مساعدات الغرب".

والمفارقة أن أوغندا ظلت طوال عقدين من أوثق شركاء واشنطن في شرق أفريقيا، إذ تنشر منذ عام 2007 آلاف الجنود في الصومال ضمن قوة الاتحاد الأفريقي لمواجهة حركة "الشباب"، وهو ما يضع الإدارة الأمريكية أمام معادلة صعبة: كيف تعاقب نظاماً تحتاج إليه في حربها على الإرهاب؟

أما الاتحاد الأوروبي، فاكتفى مسؤول سياسته الخارجية جوزيب بوريل بالتعبير عن "الأسف" لإقرار القانون، معتبراً أنه يتعارض مع القانون الدولي لحقوق الإنسان، من دون أن يلوّح بأي إجراءات عقابية. وهذا التباين ليس جديداً؛ فالأوروبيون، وهم أكبر مانحي كمبالا، يفضلون عادة الضغط الهادئ على المواجهة العلنية.

في تقديري، لن تغيّر العقوبات وحدها قانوناً يحظى بتأييد شعبي وبرلماني واسع في أوغندا، بل قد تمنح موسيفيني، الذي يحكم منذ 1986، ذريعة جديدة لتصوير نفسه مدافعاً عن "السيادة والقيم الأفريقية" في وجه "إملاءات الغرب". وربما تكون الورقة الأقوى في يد واشنطن هي الامتيازات التجارية التي تمنحها لكمبالا، لكن استخدامها سيصيب المزارعين والعمال قبل أن يصيب أصحاب القرار.

ما تحتاجه أوغندا، وما تحتاجه القارة عموماً، ليس مزيداً من العصي ولا مزيداً من الجزر، بل نقاش داخلي حر لا يُجرَّم فيه أحد بسبب هويته، ولا يُتهم فيه أحد بالعمالة لأنه طالب بحقوق مواطنيه.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", "Joe Biden", "Antony Blinken"],
                ["Uganda"],
            ),
            # the aid cuts and visa restrictions of 2014
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Barack Obama"],
                ["Uganda"],
                core=False,
            ),
            G("military.presence", "historical", ["Uganda"], ["Somalia"], core=False),
            # "من دون أن يلوّح بأي إجراءات عقابية"
            G(
                "sanctions.threatened",
                "negated",
                ["European Union", "Josep Borrell"],
                ["Uganda"],
                core=False,
            ),
        ],
        not_targets=["Somalia", "Al-Shabaab"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k06-sadaelbalad-live-d8-cairo-summit-azerbaijan-joins-2024",
        date(2024, 12, 19),
        """لحظة بلحظة.. قمة الدول الثماني النامية في العاصمة الإدارية: أذربيجان عضو تاسع ولقاء بين السيسي وبزشكيان

القاهرة - صدى البلد
الخميس 19 ديسمبر 2024

يتابع "صدى البلد" لحظة بلحظة وقائع القمة الحادية عشرة لمنظمة الدول الثماني النامية للتعاون الاقتصادي (D-8)، التي تستضيفها مصر اليوم في العاصمة الإدارية الجديدة تحت شعار "الاستثمار في الشباب ودعم المشروعات الصغيرة والمتوسطة".

10:05 صباحاً
الرئيس عبد الفتاح السيسي يستقبل القادة المشاركين في مقر انعقاد القمة، وفي مقدمتهم الرئيس الإندونيسي برابوو سوبيانتو، ورئيس الوزراء الباكستاني شهباز شريف، والرئيس الإيراني مسعود بزشكيان، الذي يزور مصر للمرة الأولى منذ توليه منصبه.

10:40 صباحاً
السيسي يفتتح أعمال القمة بكلمة أكد فيها أن "ما يشهده قطاع غزة ولبنان من عدوان غير مسبوق يفرض على دول المنظمة مسؤولية مضاعفة"، داعياً إلى تعزيز التجارة البينية التي "لا تزال دون طموحات شعوبنا".

11:25 صباحاً
عاجل | القادة يوافقون بالإجماع على انضمام جمهورية أذربيجان إلى المنظمة عضواً تاسعاً، لتكون أول دولة تنضم إلى التجمع منذ تأسيسه في إسطنبول عام 1997. وقال رئيس الوفد الأذربيجاني إن عضوية بلاده "ستفتح آفاقاً جديدة للتعاون في مجالات الطاقة والنقل والممرات التجارية بين آسيا وأوروبا".

12:10 ظهراً
الأمين العام للمنظمة إسياكا عبد القادر إمام: حجم التجارة بين الدول الأعضاء لا يتجاوز 150 مليار دولار سنوياً، والمطلوب تفعيل اتفاقية التجارة التفضيلية الموقعة عام 2006 بصورة كاملة وتوسيع قوائم السلع المشمولة بها.

1:30 ظهراً
السيسي يلتقي بزشكيان على هامش القمة في أول لقاء ثنائي من نوعه على أرض مصرية منذ أكثر من عقد. وذكر المتحدث باسم الرئاسة أن اللقاء تناول التطورات في غزة ولبنان وسوريا وأمن الملاحة في البحر الأحمر، فيما أعرب الرئيس الإيراني عن رغبة طهران في "تطوير العلاقات مع القاهرة"، من دون الإعلان عن استئناف العلاقات الدبلوماسية الكاملة المقطوعة بين البلدين منذ عام 1980، إذ يقتصر التمثيل بينهما على مكتبي رعاية مصالح.

2:45 عصراً
شهباز شريف في كلمته: "لا يمكن لمنظمتنا أن تقف متفرجة على ما يجري في فلسطين"، مطالباً بخطوات عملية لدعم الشعب الفلسطيني وإعادة إعمار غزة.

4:20 عصراً
القادة يقرّون "إعلان القاهرة" في ختام القمة، ويدعو الإعلان إلى وقف فوري لإطلاق النار في غزة ولبنان، ويطالب المجتمع الدولي بوقف تصدير الأسلحة إلى إسرائيل، ويؤكد دعم وحدة الأراضي السورية وسيادتها. كما رحب الإعلان بعضوية أذربيجان، وكلف الأمانة العامة بوضع خطة لتنفيذ خارطة الطريق الاقتصادية للسنوات العشر المقبلة.

5:00 مساءً
مؤتمر صحفي ختامي لوزير الخارجية بدر عبد العاطي، يؤكد فيه أن القمة "نجحت في توحيد موقف الدول الأعضاء"، وأن مصر ستواصل رئاسة المنظمة حتى تسليمها إلى إندونيسيا، التي تستضيف القمة المقبلة.""",
        [
            G(
                "alliance.joined",
                "occurred",
                ["Azerbaijan"],
                [_D8],
            ),
            # "من دون الإعلان عن استئناف العلاقات الدبلوماسية الكاملة المقطوعة ... منذ عام 1980"
            G(
                "relations.restored",
                "negated",
                ["Egypt", "Iran", "Abdel Fattah el-Sisi", "Masoud Pezeshkian"],
                [],
                core=False,
            ),
            # the preferential trade agreement of 2006, and the summit's declaration
            G(
                "agreement.signed",
                "historical",
                [_D8],
                [],
                core=False,
            ),
            G(
                "agreement.signed",
                "occurred",
                [_D8, "Egypt"],
                [],
                core=False,
            ),
        ],
        # the declaration's call to stop arms exports to Israel is a demand, not a measure
        not_targets=["Israel", "Syria", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k07-alhurra-uk-mauritius-chagos-treaty-diego-garcia-base-2025",
        date(2025, 5, 23),
        """بعد ساعات من تعليق قضائي.. لندن توقع معاهدة تسليم جزر تشاغوس لموريشيوس وتحتفظ بقاعدة دييغو غارسيا

لندن - الحرة
الجمعة 23 مايو 2025

وقّعت المملكة المتحدة وموريشيوس، الخميس، معاهدة تنقل بموجبها بريطانيا سيادتها على أرخبيل تشاغوس في المحيط الهندي إلى موريشيوس، على أن تحتفظ لندن بالسيطرة على جزيرة دييغو غارسيا، التي تضم قاعدة عسكرية بريطانية أمريكية مشتركة، بموجب عقد إيجار مدته 99 عاماً قابلة للتمديد.

وجرت مراسم التوقيع في مقر القيادة العسكرية المشتركة في نورثوود شمال غربي لندن، بعد ساعات من رفع المحكمة العليا أمراً قضائياً مؤقتاً كان قد أوقف التوقيع في الساعات الأولى من الصباح، إثر دعوى أقامتها امرأتان من أبناء الأرخبيل المهجّرين.

وقال رئيس الوزراء البريطاني كير ستارمر، في مؤتمر صحفي عقب التوقيع، إن المعاهدة "تحمي القاعدة من الطعون القانونية" وتضمن "عملها لأجيال قادمة"، مشيراً إلى أن بلاده ستدفع لموريشيوس ما متوسطه 101 مليون جنيه إسترليني سنوياً طوال فترة الإيجار. وشارك رئيس الوزراء الموريشي نافين رامغولام في المراسم عبر الاتصال المرئي، واصفاً اليوم بأنه "انتصار تاريخي لإنهاء الاستعمار".

وتنص المعاهدة على منطقة عازلة بعرض 24 ميلاً بحرياً حول دييغو غارسيا لا يجوز فيها أي بناء أو وجود من دون موافقة بريطانية، كما تحظر على موريشيوس السماح لأي قوات أمنية أجنبية بالتمركز في الجزر الخارجية للأرخبيل.

ورحب وزير الخارجية الأمريكي ماركو روبيو بالاتفاق، معتبراً في بيان أنه "يضمن التشغيل المستقر والفعال على المدى الطويل" للمنشأة العسكرية المشتركة، التي يصفها مسؤولون في البنتاغون بأنها "حاملة طائرات لا تغرق" في قلب المحيط الهندي، واستُخدمت منطلقاً لعمليات جوية أمريكية في العراق وأفغانستان.

في المقابل، هاجمت زعيمة حزب المحافظين المعارض كيمي بادينوك المعاهدة، ووصفتها بأنها "صفقة استسلام" تكلف دافعي الضرائب مليارات الجنيهات، متعهدة بإلغائها إذا عاد حزبها إلى السلطة.

وكانت بريطانيا قد فصلت الأرخبيل عن موريشيوس عام 1965، قبل ثلاث سنوات من استقلالها، وهجّرت نحو ألفين من سكانه إلى موريشيوس وسيشل لإفساح المجال أمام إنشاء القاعدة التي تعمل منذ سبعينيات القرن الماضي. وفي عام 2019، أصدرت محكمة العدل الدولية رأياً استشارياً دعت فيه لندن إلى إنهاء إدارتها للأرخبيل "في أسرع وقت ممكن".

وتوصل البلدان إلى اتفاق مبدئي في أكتوبر الماضي، في عهد رئيس الوزراء الموريشي السابق برافيند جوغنوث، لكن المفاوضات تعثرت بعد فوز رامغولام في انتخابات نوفمبر، إذ طالب بمراجعة البنود المالية، قبل أن تُستأنف مطلع العام الجاري بعد أن أبدت إدارة الرئيس دونالد ترامب تأييدها للاتفاق.

ولا تزال المعاهدة بحاجة إلى مصادقة برلماني البلدين قبل دخولها حيز التنفيذ. ومن جهتهم، عبّر ممثلون عن أبناء تشاغوس في بريطانيا وسيشل عن غضبهم، مؤكدين أنهم "لم يُستشاروا"، وأن المعاهدة لا تضمن حقهم في العودة إلى دييغو غارسيا.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["United Kingdom", "Mauritius", "Keir Starmer", "Navin Ramgoolam"],
                [],
            ),
            # the base kept under a 99-year lease, by the treaty signed today
            G(
                "military.presence",
                "occurred",
                ["United Kingdom", "United States"],
                ["Diego Garcia", "Chagos Archipelago", "Mauritius"],
            ),
            G(
                "military.presence",
                "historical",
                ["United Kingdom", "United States"],
                ["Diego Garcia", "Chagos Archipelago"],
                core=False,
            ),
            # the agreement in principle of October 2024
            G(
                "agreement.signed",
                "historical",
                ["United Kingdom", "Mauritius", "Pravind Jugnauth"],
                [],
                core=False,
            ),
        ],
        # the High Court lifting an injunction is no sanctions lifted
        not_targets=["Seychelles", "Iraq", "Afghanistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k08-almadina-saudi-canada-joint-statement-diplomatic-ties-restored-2023",
        date(2023, 5, 25),
        """بيان مشترك: السعودية وكندا تعيدان علاقاتهما الدبلوماسية إلى ما كانت عليه قبل أزمة 2018

الرياض - "المدينة"
الخميس 25 مايو 2023

صدر أمس عن المملكة العربية السعودية وكندا البيان المشترك التالي:

"انطلاقاً من الرغبة المشتركة في تعزيز العلاقات الثنائية على أساس الاحترام المتبادل والمصالح المشتركة، واستناداً إلى المباحثات التي جرت بين صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، ودولة رئيس الوزراء الكندي جاستن ترودو، على هامش قمة منتدى التعاون الاقتصادي لدول آسيا والمحيط الهادئ (أبيك) التي عقدت في بانكوك في نوفمبر 2022، فقد قررت حكومتا البلدين إعادة مستوى العلاقات الدبلوماسية بينهما إلى ما كانت عليه قبل الخامس من أغسطس 2018.

وبناءً على ذلك، يجري تعيين سفيرين جديدين للبلدين، ويؤكد الجانبان حرصهما على البناء على ما يجمعهما من روابط، والعمل على توسيع آفاق التعاون في مختلف المجالات بما يخدم مصالحهما المشتركة".

وفي أوتاوا، رحبت وزيرة الخارجية الكندية ميلاني جولي بالخطوة، وقالت للصحفيين إن عودة السفيرين "ستتيح لنا إدارة خلافاتنا عبر الحوار بدلاً من القطيعة"، مؤكدة أن كندا "ستواصل الدفاع عن حقوق الإنسان في كل مكان". كما أعلنت الحكومة الكندية تسمية دبلوماسي متمرس سفيراً لها في الرياض، على أن يتسلم مهامه خلال الأسابيع المقبلة.

وتعود الأزمة بين البلدين إلى أغسطس 2018، حين طالبت وزارة الخارجية الكندية بالإفراج "الفوري" عن ناشطات معتقلات في المملكة، فعدّت الرياض ذلك تدخلاً سافراً في شؤونها الداخلية، وردت بطرد السفير الكندي واستدعاء سفيرها من أوتاوا، وتجميد التعاملات التجارية والاستثمارية الجديدة مع كندا، ووقف رحلات الخطوط السعودية إلى تورنتو، ونقل آلاف الطلاب والمتدربين السعوديين من الجامعات الكندية إلى دول أخرى.

وخلال الأزمة، علّقت الحكومة الكندية في أواخر 2018 منح تصاريح جديدة لتصدير الأسلحة إلى المملكة، قبل أن ترفع التعليق في أبريل 2020، بعد مراجعة شملت صفقة المدرعات الخفيفة التي تبلغ قيمتها نحو 15 مليار دولار كندي، وهي أكبر صفقة تصدير عسكرية في تاريخ كندا.

ويرى مراقبون أن عودة العلاقات إلى طبيعتها تفتح الباب أمام عودة الطلاب المبتعثين واستئناف الرحلات المباشرة، فضلاً عن تنشيط التبادل التجاري الذي تراجع خلال سنوات القطيعة، ولا سيما في قطاعات الحبوب والآليات الثقيلة والخدمات التعليمية. وتأتي الخطوة في سياق انفتاح دبلوماسي أوسع تنتهجه المملكة، شمل خلال الأشهر الأخيرة إعادة علاقاتها مع إيران وعودة سوريا إلى جامعة الدول العربية.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Saudi Arabia", "Canada", "Mohammed bin Salman", "Justin Trudeau"],
                [],
            ),
            # the ambassadors still to be named and to take up their posts
            G(
                "relations.restored",
                "planned",
                ["Saudi Arabia", "Canada", "Mélanie Joly"],
                [],
                core=False,
            ),
            # the freeze on new trade and investment with Canada in August 2018
            G("sanctions.imposed", "historical", ["Saudi Arabia"], ["Canada"], core=False),
            # Canada's freeze of new arms export permits in 2018 and its end in April 2020
            G("sanctions.imposed", "historical", ["Canada"], ["Saudi Arabia"], core=False),
            G("sanctions.lifted", "historical", ["Canada"], ["Saudi Arabia"], core=False),
            # "شمل خلال الأشهر الأخيرة إعادة علاقاتها مع إيران وعودة سوريا إلى جامعة الدول العربية"
            G("relations.restored", "historical", ["Saudi Arabia", "Iran"], [], core=False),
            G("alliance.joined", "historical", ["Syria"], ["Arab League"], core=False),
        ],
        not_targets=["Thailand"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k09-anadolu-philippines-former-milf-fighters-sworn-into-national-police-2024",
        date(2024, 10, 8),
        """من خنادق مينداناو إلى صفوف الشرطة.. الفلبين تدمج مئات من مقاتلي "جبهة مورو" السابقين في أجهزتها الأمنية

مانيلا / الأناضول
الثلاثاء 8 أكتوبر 2024

في ساحة مقر الشرطة الإقليمية بمدينة كوتاباتو جنوبي الفلبين، أدى نحو 400 من المقاتلين السابقين في "جبهة مورو الإسلامية للتحرير"، الاثنين، اليمين القانونية عناصرَ في الشرطة الوطنية الفلبينية، في أكبر دفعة يجري دمجها في الأجهزة الأمنية منذ توقيع اتفاق السلام بين الحكومة والجبهة قبل عشر سنوات.

وقال وزير الداخلية الفلبيني بنهور أبالوس، خلال الحفل، إن "من حملوا السلاح يوماً في وجه الدولة باتوا اليوم حماة لها"، مضيفاً أن دمجهم "دليل حي على أن السلام في بانغسامورو لم يعد حبراً على ورق".

وحصل المجندون الجدد على استثناءات من شروط السن والمؤهل التعليمي بموجب القانون الأساسي لمنطقة بانغسامورو لعام 2018، وخضعوا لدورة تدريبية استمرت ستة أشهر، على أن يُوزَّعوا على مراكز الشرطة في مقاطعات ماغينداناو ولاناو ديل سور وباسيلان. ومن المقرر أن تلتحق دفعة ثانية تضم نحو 600 مقاتل سابق بالقوات المسلحة الفلبينية مطلع العام المقبل.

من جهته، قال رئيس وزراء منطقة بانغسامورو ذاتية الحكم ورئيس الجبهة مراد إبراهيم لمراسل الأناضول إن "الجبهة أوفت بالتزاماتها، وننتظر من الحكومة أن تفي بالتزاماتها أيضاً"، في إشارة إلى حزم الدعم الاجتماعي والاقتصادي الموعودة للمقاتلين الذين سلّموا أسلحتهم.

وكانت الحكومة والجبهة قد وقعتا في مارس 2014 "الاتفاق الشامل بشأن بانغسامورو"، الذي أنهى نزاعاً مسلحاً استمر أكثر من أربعة عقود وأودى بحياة ما يزيد على 120 ألف شخص، ونص على نزع سلاح نحو 40 ألف مقاتل على مراحل وتحويل معسكرات الجبهة إلى مجتمعات مدنية منتجة.

غير أن عملية نزع السلاح تعثرت في مرحلتها الأخيرة، إذ لم يسلّم نحو 14 ألف مقاتل أسلحتهم بعد، بسبب تأخر صرف التعويضات، وفق مسؤولين في الجبهة.

وليست هذه التجربة الأولى من نوعها في البلاد، فقد دُمج آلاف من مقاتلي "جبهة تحرير مورو الوطنية" في الجيش والشرطة بعد اتفاق السلام الذي وقعته مع الحكومة عام 1996.

في المقابل، لا تزال جماعة "مقاتلو بانغسامورو الإسلاميون من أجل الحرية"، المنشقة عن الجبهة، ترفض الانخراط في عملية السلام، وقال متحدث باسمها إن عناصرها "لن يلقوا السلاح ولن يندمجوا في قوات حكومة مانيلا".

وتستعد المنطقة لإجراء أول انتخابات برلمانية منذ إنشائها في مايو المقبل، وسط مخاوف من أن يؤدي التنافس بين العشائر السياسية إلى موجة عنف جديدة، في حين تؤكد الجبهة أن حزبها السياسي سيخوض الانتخابات "بقوائم تضم مقاتلين سابقين".""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Philippines", "Philippine National Police", "Benhur Abalos"],
                [_MILF],
            ),
            # "ومن المقرر أن تلتحق دفعة ثانية ... بالقوات المسلحة الفلبينية مطلع العام المقبل"
            G(
                "forces.integrated",
                "planned",
                ["Philippines", "Armed Forces of the Philippines"],
                [_MILF],
            ),
            G(
                "agreement.signed",
                "historical",
                ["Philippines", _MILF],
                [],
                core=False,
            ),
            G(
                "forces.integrated",
                "historical",
                ["Philippines"],
                ["Moro National Liberation Front"],
                core=False,
            ),
            G(
                "agreement.signed",
                "historical",
                ["Philippines", "Moro National Liberation Front"],
                [],
                core=False,
            ),
            # "لن يلقوا السلاح ولن يندمجوا في قوات حكومة مانيلا"
            G(
                "forces.integrated",
                "negated",
                ["Philippines"],
                ["Bangsamoro Islamic Freedom Fighters"],
                core=False,
            ),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k10-kooora-fide-suspends-russian-chess-federation-2024",
        date(2024, 3, 1),
        """"فيدي" يعلّق عضوية الاتحاد الروسي للشطرنج عامين بسبب ضم اتحادات أقاليم أوكرانية

لوزان - كووورة
الجمعة 1 مارس 2024

قرر مجلس الاتحاد الدولي للشطرنج "فيدي" تعليق عضوية الاتحاد الروسي للشطرنج لمدة عامين، بعد أن ضم الأخير إلى عضويته اتحادات الشطرنج في أربع مناطق أوكرانية تسيطر عليها روسيا، هي دونيتسك ولوغانسك وزابوريجيا وخيرسون، في مخالفة صريحة للنظام الأساسي للاتحاد الدولي الذي يحترم الحدود المعترف بها لاتحاداته الوطنية.

وأوضح "فيدي"، في بيان نشره على موقعه الرسمي، أن القرار جاء بعد دراسة تقرير لجنة الأخلاقيات والانضباط، التي خلصت إلى أن الخطوة الروسية "تنتهك وحدة أراضي اتحاد عضو"، مشيراً إلى أن العقوبة قابلة للمراجعة إذا تراجع الاتحاد الروسي عن قراره.

ولن يؤثر الإيقاف في مشاركة اللاعبين الروس في البطولات الفردية، إذ سيواصلون اللعب تحت علم الاتحاد الدولي بصفة محايدة، كما هو الحال منذ مارس 2022، في حين يُحرم الاتحاد الروسي من حق التصويت في الجمعية العمومية ومن تنظيم أي بطولة رسمية على أراضيه طوال فترة العقوبة.

في المقابل، وصف الاتحاد الروسي للشطرنج القرار بأنه "سياسي بامتياز"، وأعلن عزمه الطعن فيه أمام محكمة التحكيم الرياضي في لوزان، معتبراً أن الاتحادات الأربعة "باتت جزءاً من الاتحاد الروسي وفق الدستور". ورحب الاتحاد الأوكراني للشطرنج بالقرار، ووصفه بأنه "انتصار للعدالة الرياضية"، وإن كان قد تأخر "أكثر من عام".

وكانت الجمعية العمومية لـ"فيدي" قد قررت عقب اندلاع الحرب في أوكرانيا منع المنتخبين الروسي والبيلاروسي من المشاركة في المسابقات الرسمية للفرق، ونقلت أولمبياد الشطرنج الذي كان مقرراً في موسكو صيف 2022 إلى مدينة تشيناي الهندية. وفي مايو 2023، انضم الاتحاد الروسي إلى الاتحاد الآسيوي للشطرنج، بعد انسحابه من الاتحاد الأوروبي للعبة، في خطوة أتاحت للاعبيه المشاركة في بطولات القارة الآسيوية.

وفي الاجتماع ذاته، مدد المجلس العمل بقرار منع المنتخبات الروسية والبيلاروسية من المسابقات الرسمية للفرق حتى إشعار آخر، ورفع الإيقاف المؤقت عن أحد الاتحادات الأفريقية بعد تسوية نزاع إداري حول انتخاباته، كما وقع اتفاقية رعاية جديدة مع شركة تقنية لتنظيم بطولة العالم للشطرنج السريع والخاطف نهاية العام.

وشهدت السنوات الأخيرة انتقال عدد من أبرز اللاعبين الروس إلى اتحادات أخرى هرباً من القيود المفروضة على المنتخبات الروسية، بينهم لاعبون انضموا إلى منتخبات إسبانيا وألمانيا وصربيا، فيما ينتظر آخرون موافقة الاتحاد الدولي على طلبات انتقالهم.

ويأتي القرار قبل أسابيع من انطلاق بطولة المرشحين في تورونتو الكندية، التي يشارك فيها لاعب روسي واحد تحت العلم المحايد، ويتأهل الفائز بها لمواجهة بطل العالم الصيني دينغ ليرين على اللقب.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k11-mubasher-press-release-kfh-completes-ahli-united-bank-acquisition-2022",
        date(2022, 10, 3),
        """"بيتك" يعلن إتمام الاستحواذ على "الأهلي المتحد" وشطب أسهمه من بورصتي الكويت والبحرين

الكويت - مباشر
الاثنين 3 أكتوبر 2022

أعلن بيت التمويل الكويتي "بيتك"، في بيان صحفي اليوم الاثنين، إتمام صفقة الاستحواذ على كامل رأس المال المصدر للبنك الأهلي المتحد (البحرين)، لتكتمل بذلك أكبر عملية اندماج مصرفي في تاريخ الكويت، والتي تعود المفاوضات بشأنها إلى أواخر عام 2018. وفيما يلي نص البيان:

"يسر بيت التمويل الكويتي (بيتك) أن يعلن إتمام عملية الاستحواذ على 100% من الأسهم المصدرة للبنك الأهلي المتحد ش.م.ب، وذلك بعد الحصول على جميع الموافقات الرقابية اللازمة من بنك الكويت المركزي وهيئة أسواق المال ومصرف البحرين المركزي، وموافقة الجمعيات العامة غير العادية لمساهمي البنكين.

وقد تمت عملية الاستحواذ عن طريق مبادلة الأسهم، بإصدار أسهم جديدة لبيتك لصالح مساهمي البنك الأهلي المتحد وفق معامل المبادلة المعتمد، وبذلك يرتفع رأس المال المصدر والمدفوع لبيتك ليصبح أحد أكبر المؤسسات المالية الإسلامية في العالم، بإجمالي أصول يتجاوز 115 مليار دولار.

وستجري خلال الأيام المقبلة إجراءات شطب أسهم البنك الأهلي المتحد من بورصة الكويت وبورصة البحرين، بعد تعليق تداولها اعتباراً من اليوم، على أن يتم إدراج أسهم بيتك في بورصة البحرين إدراجاً مزدوجاً إلى جانب إدراجها في بورصة الكويت.

وبموجب الصفقة، تنضم إلى مجموعة بيتك وحدات البنك الأهلي المتحد في الكويت ومصر والمملكة المتحدة والعراق، فيما تبدأ فرق العمل المشتركة تنفيذ خطة دمج العمليات والأنظمة والموارد البشرية، التي يُتوقع أن تستغرق ما بين 18 و24 شهراً، مع تحويل عمليات البنك إلى العمل وفق أحكام الشريعة الإسلامية".

وقال رئيس مجلس إدارة بيتك حمد عبد المحسن المرزوق إن إتمام الصفقة "يمثل محطة مفصلية في مسيرة البنك"، مضيفاً أن المجموعة الموحدة "ستكون قادرة على المنافسة إقليمياً ودولياً، وعلى دعم مشروعات التنمية في الكويت ودول المنطقة".

وكانت المفاوضات بين البنكين قد عُلقت في أبريل 2020 بسبب تداعيات جائحة كورونا وتقلبات الأسواق، قبل أن تُستأنف في العام التالي، فيما مُددت مهلة إتمام الصفقة أكثر من مرة بانتظار الموافقات الرقابية في الدول التي يعمل فيها البنكان. ووقع الطرفان في وقت سابق من العام الجاري اتفاقية الاندماج النهائية التي حددت معامل المبادلة وآليات التنفيذ.

نبذة عن بيتك:
تأسس بيت التمويل الكويتي عام 1977 كأول بنك يعمل وفق أحكام الشريعة الإسلامية في دولة الكويت، ويعمل اليوم في الكويت والبحرين وتركيا وماليزيا وألمانيا ومصر والمملكة المتحدة، ويقدم مجموعة متكاملة من الخدمات المصرفية للأفراد والشركات والخدمات الاستثمارية.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-k12-rudaw-iraq-communications-ministry-lifts-telegram-ban-2023",
        date(2023, 8, 13),
        """العراق يرفع الحظر عن "تلغرام" بعد أسبوع من حجبه.. والوزارة: الشركة استجابت لمطالبنا

أربيل - رووداو
الأحد 13 آب 2023

رفعت وزارة الاتصالات العراقية، اليوم الأحد، الحظر الذي فرضته قبل أسبوع على تطبيق المراسلة "تلغرام"، بعد أن "استجابت الشركة المالكة لمتطلبات الجهات الأمنية" بشأن حماية البيانات الشخصية للمواطنين، وفق بيان للوزارة.

وأوضح البيان أن الشركة "أبدت استعدادها الكامل للتعاون"، وأغلقت عدداً من القنوات التي نشرت بيانات تعود لمؤسسات الدولة ومعلومات شخصية عن مواطنين، داعياً المستخدمين إلى "التبليغ عن أي محتوى يخرق القانون أو يهدد السلم المجتمعي".

وكانت الوزارة قد أعلنت في السادس من آب الجاري تعليق عمل التطبيق "حفاظاً على الأمن الوطني"، مؤكدة أن قنوات عليه سرّبت بيانات حساسة، بينها معلومات من قواعد بيانات حكومية. وأثار القرار حينها موجة انتقادات واسعة، إذ يعتمد ملايين العراقيين على التطبيق في التواصل وفي متابعة الأخبار، كما تستخدمه جامعات ومدارس لنشر المحاضرات والنتائج.

ولم يطبق إقليم كوردستان قرار الحظر، إذ ظل التطبيق متاحاً لمشتركي شركات الإنترنت في أربيل والسليمانية ودهوك طوال الأسبوع الماضي، فيما لجأ مستخدمون في بغداد والمحافظات الأخرى إلى تطبيقات الشبكات الافتراضية الخاصة لتجاوز الحجب.

وقال مرصد لحرية الصحافة في العراق إن الحجب "خطوة غير مبررة تمس حق المواطنين في الوصول إلى المعلومات"، مطالباً الحكومة بـ"معالجة التسريبات عبر ملاحقة مرتكبيها لا عبر معاقبة ملايين المستخدمين". كما دعا نواب في البرلمان إلى تشريع قانون لحماية البيانات الشخصية، لا يزال مشروعه حبيس الأدراج منذ سنوات.

من جانبها، قالت شركة "تلغرام" في رد على استفسارات صحفيين إنها حذفت القنوات المعنية "لانتهاكها شروط الخدمة"، مؤكدة أنها "لا تسمح بنشر البيانات الشخصية من دون موافقة أصحابها".

وليست هذه المرة الأولى التي تلجأ فيها السلطات العراقية إلى حجب خدمات رقمية، إذ تقطع الإنترنت ساعات يومياً خلال الامتحانات الوزارية منذ سنوات، وقد علّقت الخدمة مجدداً في حزيران وتموز الماضيين خلال امتحانات الدراسة الإعدادية. كما صوّت البرلمان عام 2019 على حظر لعبة "ببجي" وألعاب إلكترونية أخرى بدعوى تأثيرها السلبي في الشباب.

وتقول هيئة الإعلام والاتصالات إنها تعمل مع الوزارة على وضع ضوابط جديدة لعمل المنصات الرقمية في البلاد، من دون أن تكشف عن تفاصيلها، في حين تخشى منظمات حقوقية أن تُستخدم تلك الضوابط لتقييد حرية التعبير.""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout25_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout25_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a demand before the comma does not take away the threat coordinated after it
    pytest.param(
        "طالبت كندا بالإفراج عن المعتقلين السياسيين، ولوّحت بفرض عقوبات على فنزويلا.",
        date(2024, 1, 10),
        [("sanctions.threatened", "occurred", "target:Venezuela")],
        [],
        id="demand-then-threat",
    ),
    # the founding year of the organisation joined does not date the accession
    pytest.param(
        "انضمت منغوليا إلى منظمة شنغهاي للتعاون، لتكون أول عضو جديد فيها منذ تأسيسها عام 2001.",
        date(2024, 7, 4),
        [("alliance.joined", "occurred", "Mongolia")],
        [],
        id="founding-year-in-a-trailing-clause",
    ),
    # a base kept under a new lease is a military presence agreed
    pytest.param(
        "احتفظت فرنسا بقاعدتها العسكرية في جيبوتي بموجب عقد إيجار جديد مدته عشرون عاما.",
        date(2024, 7, 25),
        [("military.presence", "occurred", "target:Djibouti")],
        [],
        id="base-kept-under-a-lease",
    ),
    # fighters merged into the police are integrated as into the army
    pytest.param(
        "دمجت السلطات السورية مئات من مقاتلي قسد في جهاز الشرطة.",
        date(2025, 6, 1),
        [("forces.integrated", "occurred", "target:Syrian Democratic Forces")],
        [],
        id="fighters-merged-into-the-police",
    ),
    # a state lifting its block on an app lifts no sanctions
    pytest.param(
        "الكويت ترفع الحظر عن تطبيق تيك توك بعد شهر من حجبه.",
        date(2024, 3, 1),
        [],
        [],
        id="app-block-lifted",
    ),
    # ties restored "to what they were before <date>": the date is of the state returned to
    pytest.param(
        "قرر المغرب وألمانيا إعادة العلاقات الدبلوماسية بينهما إلى ما كانت عليه قبل مارس 2021.",
        date(2022, 2, 17),
        [("relations.restored", "occurred", "Morocco")],
        [],
        id="ties-back-to-before-a-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout25_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout25_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
