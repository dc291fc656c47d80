"""A twenty-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first twenty held-out sets: Arabic copy of 2022-2025 from outlets the earlier sets lack, and
from regions they hardly touch (the Balkans, South-East Asia, the South Caucasus, central Africa,
South Asia): Al-Alam (Tehran) on the EU sanctions on Iran Air and IRISL told through Tehran's
condemnation (the British listing and the EU's drone sanctions of 2023 recalled); Al-Khaleej
Online on Raisi's visit to Islamabad, eight memoranda signed and Washington warning of "the
risk of sanctions" (the pipeline agreement of 2010, the stalled free-trade talks, the ambassadors
returned in January); Al-Ain on OFAC lifting the sanctions on Milorad Dodik while London keeps
its own; Al-Ittihad on the Security Council renewing the DRC sanctions regime (the 2004 regime,
the notification requirement dropped in 2022, the US and EU listings of Rwandan officers);
Ahram Gate on Timor-Leste joining ASEAN in Kuala Lumpur, with the Thai-Cambodian declaration
signed on the sidelines; an Azertac wire on the White House declaration of Aliyev and Pashinyan,
the peace treaty initialled and Trump's waiver of Section 907 (the 1992 law and the trilateral
statement of 2020 recalled); Arab48 on Israel and Turkey restoring full ties (the 2016
reconciliation recalled); Erem News on two Central African rebel movements dissolving and their
fighters joining the army (the N'Djamena agreement, a refusing coalition, Russian instructors);
and a SONNA wire on the Turkish parliament authorising naval forces for Somalia (the framework
agreement of February, the Ethiopia-Somaliland memorandum, the Mogadishu base). Nine carry
events of all ten alertable types (imposed, lifted, suspended, extended, threatened, joined,
signed, restored ties, integration, deployment), in occurred and planned status, next to
historical, negated and stalled ones; three are near misses: a Masrawy report of the Egyptian
cabinet lifting the onion export ban with an export fee (the sugar export ban extended, market
inspection committees deployed, penalties for traders, a farmers' bank protocol, farmers joining
contract farming), an Akhbar Al-Khaleej report of Bahrain's seasonal shrimp-trawling ban (coast
guard patrols deployed, fines and licences suspended, another fishing ban lifted and one
extended, fishermen joining a support scheme, a memorandum with the University of Bahrain) and
an Oman Daily report of the telecom regulator (an operator fined, towers deployed, the sale of
SIM cards suspended, a deadline extended, blocked apps unblocked, an agreement with a technology
firm, start-ups joining an incubator).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them. One annotation was corrected after the first run, as
an honest error by the conventions: the White House declaration (ar-f06) listed the states and
the United States as actors but not the persons who signed it (Aliyev, Pashinyan and Trump, who
signs "بصفته شاهدا"), though earlier sets list the person beside the state (set 20's Kallas,
Abiy Ahmed) and this set did so for Trump's waiver; with them, the declaration read with Trump
alone for actor is found (first run: P 0.571 R 0.667 F1 0.615, recall 8/12, precision 8/14).

Measured before any fix (2026-12-02, on commit dde215f with uncommitted analyzer changes in
``rasd/events/extractor.py``), in one run: events P 0.643 R 0.750 F1 0.692 (recall 9/12,
precision 9/14; occurred core found 8/11, planned 1/1; historical 24/24, negated 2/2 and stalled
1/1 kept quiet). Eight strict xfails, with the reason (three articles with a core event missed,
five with a wrong alert); do not tune lexicons on these articles. The causes, as read in
``rasd/events``: a warning with "حذرت … من احتمال تعرضها لعقوبات" is no threat ("حذر" is no
threat form, "تعرضها" with its pronoun is not the modal "تتعرض"); a waiver ordered by a signed
decree ("وقع … أمرا بتعليق العمل بالبند 907 من قانون … الصادر عام 1992") is dated by the law's
year and takes its actors from the paragraphs before; an integration carried out by unnamed
"السلطات", of movements the KB does not know, into "القوات المسلحة لأفريقيا الوسطى" (the
ambiguous short name after "ل") has no participant; a listing paragraph after the imposing one
("حزمة عقوبات تشمل …") is a second imposition with no actor; the masdar of a hypothetical deal
("يفكر في إبرام صفقات تجارية مع إيران") is an accord; a treaty's name ("اتفاقية السلام وإقامة
العلاقات") is ties to be restored; a quoted "تطبيع العلاقات" with "الفلسطينيين" in its purpose
clause is a second restoration with Palestine for target; a seasonal fishing ban lifted is
sanctions lifted, and an environment council's memorandum with a university an accord.

After the fixes (same day): events P 0.714 R 0.833 F1 0.769 (recall 10/12, precision 10/14;
every historical, negated and stalled event kept quiet). Fixed, each tested on sentences of its
own (``RULES``): the year a law was issued ("قانون دعم الحرية الصادر عام 1992") dates no act; a
fishing ban lifted is a resource's season, no sanctions. Left (strict xfails): a warning told as
the target's exposure ("من احتمال تعرضها لعقوبات"), the Central African integration with no known
party, the listing paragraph after an imposition, a hypothetical deal's "إبرام", a treaty's name
"وإقامة العلاقات" read as ties restored, a later reference to a restoration in a quote, and the
environment council's memorandum with a university.

``python -m tests.unit.test_heldout21_events_ar`` prints every article's alerts and the set's
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f01-alalam-eu-sanctions-iran-air-irisl-missiles-russia-tehran-condemns-2024",
        date(2024, 10, 15),
        """طهران تندد بالعقوبات الأوروبية الجديدة على "إيران للطيران" وخطوط الملاحة

قناة العالم – طهران
الثلاثاء 15 أكتوبر 2024

نددت وزارة الخارجية الإيرانية بشدة بقرار الاتحاد الأوروبي فرض عقوبات جديدة على شركة "إيران للطيران" الوطنية وشركة خطوط الملاحة البحرية للجمهورية الإسلامية الإيرانية، ووصفت الخطوة بأنها "غير قانونية وغير مبررة" وتستند إلى "ادعاءات واهية".

وكان وزراء خارجية الاتحاد الأوروبي قد أقروا، خلال اجتماعهم في لوكسمبورغ يوم أمس الاثنين، حزمة عقوبات تشمل الشركتين إلى جانب سبعة أفراد، بينهم نائب وزير الدفاع الإيراني، بذريعة نقل صواريخ باليستية قصيرة المدى إلى روسيا لاستخدامها في الحرب في أوكرانيا. وتقضي العقوبات بتجميد أصول المشمولين بها في دول الاتحاد، ومنع الأوروبيين من التعامل معهم، وحظر دخول الأفراد إلى أراضي الدول الأعضاء.

وقال المتحدث باسم الخارجية إسماعيل بقائي، في مؤتمره الصحفي الأسبوعي، إن استهداف شركة طيران مدنية "يمثل عقابا جماعيا للشعب الإيراني"، ويعرض سلامة المسافرين للخطر، مؤكدا أن إيران "لم ترسل أي صواريخ إلى روسيا"، وأن الأوروبيين "لم يقدموا دليلا واحدا" على اتهاماتهم.

وأضاف بقائي أن الجمهورية الإسلامية "ستتخذ الإجراءات المناسبة للدفاع عن حقوق مواطنيها ومصالحها"، داعيا العواصم الأوروبية إلى "مراجعة سلوكها غير البناء" بدلا من الانسياق وراء السياسات الأمريكية.

من جانبه، أوضح مدير عام شركة "إيران للطيران" أن الرحلات إلى المدن الأوروبية لم تتوقف حتى الآن، وأن الشركة تدرس مع الجهات القانونية سبل الطعن في القرار أمام المحاكم الأوروبية.

يشار إلى أن بريطانيا وفرنسا وألمانيا كانت قد أعلنت في سبتمبر الماضي إلغاء اتفاقيات الخدمات الجوية الثنائية مع إيران، وفرضت لندن في الشهر نفسه عقوبات على "إيران للطيران"، للسبب ذاته. كما فرض الاتحاد الأوروبي في عام 2023 عقوبات على عدد من الشركات والمسؤولين الإيرانيين بدعوى تزويد موسكو بطائرات مسيرة، وهو ما نفته طهران أيضا.

ويرى مراقبون في طهران أن العقوبات الأخيرة تأتي في سياق ضغوط غربية متصاعدة على إيران منذ أشهر، في وقت تتعثر فيه المحادثات غير المباشرة بشأن الملف النووي، مشيرين إلى أن الشركتين تخضعان أصلا لعقوبات أمريكية منذ سنوات، وأن أثر القرار الأوروبي سيكون محدودا على حركة الملاحة والتجارة.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                ["European Union"],
                ["Iran Air", "Islamic Republic of Iran Shipping Lines", "Iran"],
            ),
            G("sanctions.imposed", "historical", ["United Kingdom"], ["Iran Air"], core=False),
            G("sanctions.imposed", "historical", ["United States"], ["Iran Air"], core=False),
            G("sanctions.imposed", "historical", ["European Union"], ["Iran"], core=False),
        ],
        not_targets=["Russia", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f02-alkhaleejonline-raisi-islamabad-memoranda-us-warns-pipeline-sanctions-2024",
        date(2024, 4, 24),
        """واشنطن تحذر باكستان من "خطر العقوبات" بعد زيارة رئيسي إلى إسلام آباد

الخليج أونلاين – متابعات
24 أبريل 2024

حذرت الولايات المتحدة باكستان من احتمال تعرضها لعقوبات أمريكية إذا مضت في تعاملات تجارية مع إيران، وذلك عقب زيارة الرئيس الإيراني إبراهيم رئيسي إلى إسلام آباد، التي شهدت توقيع ثماني مذكرات تفاهم بين البلدين.

وقال نائب المتحدث باسم وزارة الخارجية الأمريكية فيدانت باتيل، في إحاطة صحفية أمس الثلاثاء، إن واشنطن "تنصح كل من يفكر في إبرام صفقات تجارية مع إيران بأن يكون على دراية بالمخاطر المحتملة للعقوبات"، مضيفا أن بلاده "لا تؤيد" المضي في مشروع خط أنابيب الغاز بين البلدين.

ووقع الجانبان، خلال الزيارة التي استمرت ثلاثة أيام، مذكرات تفاهم في مجالات الأمن والتجارة والعلوم والتكنولوجيا والزراعة والإعلام، بحضور رئيسي ورئيس الوزراء الباكستاني شهباز شريف، واتفقا على رفع حجم التبادل التجاري إلى عشرة مليارات دولار خلال السنوات الخمس المقبلة.

وأكد رئيسي، في مؤتمر صحفي مشترك مع شريف، أن "العلاقات بين البلدين لا يمكن أن تتأثر بضغوط أطراف ثالثة"، فيما قال شريف إن بلاده "ستواصل العمل مع طهران لتعزيز التعاون في مكافحة الإرهاب على الحدود المشتركة".

ويعود مشروع خط الأنابيب إلى اتفاق وقعه البلدان عام 2010 لنقل الغاز الإيراني إلى باكستان، وأنجزت إيران الجزء الواقع على أراضيها، بينما تأخر الجانب الباكستاني في التنفيذ خشية العقوبات. وكانت حكومة إسلام آباد قد وافقت الشهر الماضي على بناء مقطع بطول 80 كيلومترا من الحدود الإيرانية، في محاولة لتجنب غرامة قد تصل إلى 18 مليار دولار.

في المقابل، لا تزال مفاوضات اتفاقية التجارة الحرة بين البلدين متعثرة منذ سنوات، رغم إعلان الجانبين مرارا عزمهما استكمالها.

وتأتي الزيارة بعد أشهر من توتر غير مسبوق بين الجارين، إذ تبادلا في يناير الماضي ضربات صاروخية وجوية على أهداف قالا إنها تابعة لجماعات مسلحة، قبل أن يعيدا السفيرين ويتفقا على خفض التصعيد.

وكانت واشنطن قد فرضت الأسبوع الماضي عقوبات على ثلاث شركات صينية وشركة بيلاروسية قالت إنها زودت برنامج الصواريخ الباليستية الباكستاني بمكونات.""",
        [
            G("sanctions.threatened", "occurred", ["United States"], ["Pakistan"]),
            G("agreement.signed", "occurred", ["Iran", "Pakistan"], []),
            G("agreement.signed", "historical", ["Iran", "Pakistan"], [], core=False),
            G("agreement.signed", "stalled", ["Iran", "Pakistan"], [], core=False),
            G("relations.restored", "historical", ["Iran", "Pakistan"], [], core=False),
            G("sanctions.imposed", "historical", ["United States"], [], core=False),
        ],
        not_targets=["Iran", "China", "Belarus"],
        known_miss='the memoranda signed ("ووقع الجانبان، خلال الزيارة …، مذكرات تفاهم") are merged into the first report of their signing, in the relative clause "التي شهدت توقيع ثماني مذكرات تفاهم", which is read as background (the US warning "من احتمال تعرضها لعقوبات" is found since set 22\'s session)',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f03-alain-ofac-lifts-dodik-sanctions-uk-keeps-them-sarajevo-criticism-2025",
        date(2025, 10, 30),
        """واشنطن ترفع العقوبات عن ميلوراد دوديك وأفراد من عائلته

العين الإخبارية – سراييفو
الخميس 30 أكتوبر 2025

رفعت وزارة الخزانة الأمريكية، مساء الأربعاء، العقوبات المفروضة على زعيم صرب البوسنة ميلوراد دوديك، وعلى عدد من أفراد عائلته والشركات المرتبطة بهم، في خطوة وصفها دوديك بأنها "انتصار للحقيقة" بعد سنوات من "الملاحقة الظالمة".

وأظهر إشعار نشره مكتب مراقبة الأصول الأجنبية التابع للوزارة على موقعه الإلكتروني حذف اسم دوديك ونجله إيغور وابنته غوريتسا من قائمة العقوبات، إلى جانب شركة إعلامية مقربة من حزبه "تحالف الديمقراطيين الاشتراكيين المستقلين". ولم توضح الوزارة أسباب القرار.

وكانت إدارة الرئيس الأسبق باراك أوباما قد فرضت العقوبات على دوديك في يناير 2017 بتهمة عرقلة تنفيذ اتفاق دايتون للسلام، ثم وسعتها إدارة جو بايدن في يناير 2022 لتشمل شبكة من المقربين منه بتهم تتعلق بالفساد.

وقال دوديك، في مؤتمر صحفي في بانيا لوكا، إنه "ممتن للرئيس دونالد ترامب"، مؤكدا أن القرار "يفتح صفحة جديدة" في العلاقة بين جمهورية صربسكا والولايات المتحدة.

في المقابل، انتقد عضو مجلس الرئاسة البوسنية عن البوشناق دينيس بيتشيروفيتش الخطوة، معتبرا أنها "رسالة خاطئة" في وقت تشهد فيه البلاد أزمة سياسية حادة، فيما أعربت أحزاب معارضة في سراييفو عن خشيتها من أن يشجع القرار دوديك على المضي في مشروعه الانفصالي.

ولم ترفع بريطانيا العقوبات التي فرضتها على دوديك في أبريل 2022، إذ قالت السفارة البريطانية في سراييفو إن موقف لندن "لم يتغير"، وإن العقوبات ستبقى سارية.

ويأتي القرار الأمريكي بعد أسابيع من تنحي دوديك عن رئاسة الكيان الصربي، إثر حكم قضائي نهائي بإدانته بتحدي قرارات الممثل السامي الدولي، وإسقاط لجنة الانتخابات المركزية ولايته، وهو الحكم الذي رفضه في البداية قبل أن يقبل بإجراء انتخابات مبكرة لاختيار خلف له.

ويرأس دوديك، البالغ من العمر 66 عاما، الحزب الحاكم في جمهورية صربسكا منذ أكثر من عقدين، ويُعد من أقرب حلفاء موسكو في منطقة البلقان.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United States Department of the Treasury", "United States",
                 "Office of Foreign Assets Control"],
                ["Milorad Dodik"],
            ),
            G("sanctions.imposed", "historical", ["United States"], ["Milorad Dodik"],
              core=False),
            G("sanctions.lifted", "negated", ["United Kingdom"], ["Milorad Dodik"], core=False),
            G("sanctions.imposed", "historical", ["United Kingdom"], ["Milorad Dodik"],
              core=False),
        ],
        not_targets=["Bosnia and Herzegovina", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f04-alittihad-security-council-extends-drc-sanctions-group-of-experts-2025",
        date(2025, 7, 1),
        """مجلس الأمن يمدد العقوبات على الكونغو الديمقراطية عاما إضافيا

نيويورك – الاتحاد
الثلاثاء 1 يوليو 2025

مدد مجلس الأمن الدولي، أمس الاثنين، نظام العقوبات المفروض على جمهورية الكونغو الديمقراطية حتى الأول من يوليو 2026، بما يشمل حظر الأسلحة على الجماعات المسلحة غير الحكومية وتجميد الأصول وحظر السفر على الأفراد والكيانات المدرجة، كما مدد ولاية فريق الخبراء المكلف بمراقبة تنفيذ العقوبات حتى الأول من أغسطس من العام المقبل.

وجرى اعتماد القرار بإجماع أعضاء المجلس الخمسة عشر، وسط تصاعد القلق الدولي من استمرار القتال في إقليمي شمال كيفو وجنوب كيفو، حيث سيطرت حركة "إم 23" مطلع العام على مدينتي غوما وبوكافو.

وقال مندوب فرنسا، التي صاغت مشروع القرار، إن التمديد "يبعث برسالة واضحة إلى كل من يغذي العنف في شرق الكونغو"، داعيا الدول المجاورة إلى احترام حظر الأسلحة، فيما رحب مندوب الكونغو الديمقراطية بالقرار، مطالبا بإدراج قادة إضافيين من الحركة على قائمة العقوبات.

ويطالب القرار فريق الخبراء بتقديم تقرير نصف سنوي عن مصادر تمويل الجماعات المسلحة، ولا سيما عبر تهريب الذهب والكولتان والقصدير، وعن أي انتهاكات لحظر الأسلحة.

ويعود نظام العقوبات إلى عام 2004، حين فرضه المجلس على الجماعات المسلحة في شرق البلاد. وفي ديسمبر 2022، ألغى المجلس شرط إخطار لجنة العقوبات بشحنات الأسلحة الموجهة إلى الحكومة الكونغولية، استجابة لمطالب كينشاسا.

وكانت الولايات المتحدة قد فرضت في فبراير الماضي عقوبات على وزير الدولة الرواندي جيمس كاباريبي، متهمة إياه بتنسيق الدعم لحركة "إم 23"، كما فرض الاتحاد الأوروبي في مارس عقوبات على ضباط روانديين وقادة في الحركة، وهي اتهامات تنفيها كيغالي.

ويأتي التمديد في وقت تتواصل فيه جهود الوساطة بين كينشاسا وكيغالي، وسط ترقب لمدى التزام الأطراف بوقف إطلاق النار على الأرض، بعد سنوات من جولات تفاوض لم تنجح في إنهاء النزاع المستمر منذ نحو ثلاثة عقود.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                ["United Nations Security Council"],
                ["Democratic Republic of the Congo"],
            ),
            G("sanctions.imposed", "historical", ["United Nations Security Council"],
              ["Democratic Republic of the Congo"], core=False),
            G("sanctions.lifted", "historical", ["United Nations Security Council"],
              ["Democratic Republic of the Congo"], core=False),
            G("sanctions.imposed", "historical", ["United States", "European Union"],
              ["Rwanda", "M23"], core=False),
        ],
        not_targets=["France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f05-ahramgate-timor-leste-joins-asean-thailand-cambodia-declaration-2025",
        date(2025, 10, 26),
        """تيمور الشرقية تنضم رسميا إلى "آسيان" عضوا حادي عشر

بوابة الأهرام
الأحد 26 أكتوبر 2025

انضمت تيمور الشرقية رسميا، اليوم الأحد، إلى رابطة دول جنوب شرق آسيا "آسيان"، لتصبح العضو الحادي عشر في التكتل الإقليمي، وذلك خلال القمة السابعة والأربعين للرابطة التي تستضيفها العاصمة الماليزية كوالالمبور.

ورفع رئيس الوزراء الماليزي أنور إبراهيم، الذي تتولى بلاده الرئاسة الدورية للرابطة، علم تيمور الشرقية إلى جانب أعلام الدول الأعضاء العشر، في مراسم حضرها قادة الدول الأعضاء، وقال إن انضمام الدولة الفتية "يكمل عائلة آسيان".

من جهته، وصف رئيس وزراء تيمور الشرقية شانانا غوسماو اليوم بأنه "حلم تحقق"، مؤكدا أن بلاده، التي يبلغ عدد سكانها نحو 1.4 مليون نسمة، "ستعمل بجد للوفاء بالتزاماتها" تجاه الرابطة.

وكانت تيمور الشرقية قد تقدمت بطلب العضوية عام 2011، ووافق قادة الرابطة من حيث المبدأ على قبولها في نوفمبر 2022، ومنحوها صفة المراقب إلى حين استكمال خارطة الطريق. كما انضمت العام الماضي إلى منظمة التجارة العالمية، بعد مفاوضات استمرت سبع سنوات.

وعلى هامش القمة، وقعت تايلاند وكمبوديا إعلانا مشتركا لتعزيز وقف إطلاق النار بينهما، بحضور الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الماليزي. وينص الإعلان على سحب الأسلحة الثقيلة من المناطق الحدودية، وتولي فريق من دول الرابطة مراقبة تنفيذ الهدنة، والإفراج عن أسرى الحرب الكمبوديين.

وكان البلدان قد خاضا في يوليو الماضي مواجهات حدودية استمرت خمسة أيام، وأسفرت عن مقتل العشرات ونزوح أكثر من 300 ألف شخص، قبل التوصل إلى هدنة بوساطة ماليزية.

وتبحث القمة، التي تستمر ثلاثة أيام، ملفات التجارة الإقليمية والرسوم الجمركية الأمريكية والأوضاع في ميانمار، حيث لا يزال المجلس العسكري الحاكم ممنوعا من المشاركة في القمم على المستوى السياسي منذ عام 2021.

ويرى محللون أن انضمام تيمور الشرقية سيمنح اقتصادها، الذي يعتمد بشكل كبير على عائدات النفط والغاز، فرصا أوسع للوصول إلى الأسواق الإقليمية والاستثمارات الأجنبية، لكنه يضع أمامها تحديات في تطبيق مئات الاتفاقيات والالتزامات الاقتصادية للرابطة.""",
        [
            G("alliance.joined", "occurred", ["Timor-Leste"], ["ASEAN"]),
            G("agreement.signed", "occurred", ["Thailand", "Cambodia"], []),
            G("alliance.joined", "historical", ["Timor-Leste"], ["ASEAN"], core=False),
            G("alliance.joined", "historical", ["Timor-Leste"], ["World Trade Organization"],
              core=False),
            G("sanctions.imposed", "historical", ["ASEAN"], ["Myanmar"], core=False),
        ],
        not_targets=["Malaysia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f06-azertac-washington-joint-declaration-section-907-waiver-2025",
        date(2025, 8, 9),
        """علييف وباشينيان يوقعان في البيت الأبيض إعلانا مشتركا.. وترامب يعلق العمل بالبند 907

أذرتاج – واشنطن
9 أغسطس 2025

وقع رئيس جمهورية أذربيجان إلهام علييف ورئيس وزراء أرمينيا نيكول باشينيان، أمس الجمعة في البيت الأبيض، إعلانا مشتركا بحضور الرئيس الأمريكي دونالد ترامب، يؤكد التزام البلدين بإنهاء النزاع وإرساء السلام بينهما، فيما وقع ترامب على الإعلان بصفته شاهدا.

كما جرى، خلال المراسم، التوقيع بالأحرف الأولى على نص اتفاقية السلام وإقامة العلاقات بين الدولتين من قبل وزيري خارجية البلدين جيهون بيراموف وأرارات ميرزويان، على أن يتم التوقيع النهائي عليها بعد أن تعدل أرمينيا دستورها، وهو ما تعتبره باكو شرطا أساسيا.

وفي خطوة لافتة، وقع الرئيس ترامب أمرا بتعليق العمل بالبند 907 من "قانون دعم الحرية" الصادر عام 1992، الذي يفرض قيودا على المساعدات الأمريكية لأذربيجان، ما يفتح الباب أمام توسيع التعاون الدفاعي والأمني بين البلدين.

وقال الرئيس علييف، في كلمة خلال المراسم، إن "هذا يوم تاريخي"، مضيفا أن الطرفين "أغلقا صفحة عقود من العداء". وأكد أن أذربيجان وأرمينيا وجهتا رسالة مشتركة إلى منظمة الأمن والتعاون في أوروبا تطلبان فيها حل مجموعة مينسك.

ويتضمن الإعلان فتح ممر عبور يربط البر الرئيسي لأذربيجان بجمهورية نخجوان ذاتية الحكم عبر الأراضي الأرمينية، يحمل اسم "طريق ترامب للسلام والازدهار الدوليين"، وتتولى تطويره شركات أمريكية بموجب ترتيب مع يريفان.

من جانبه، قال باشينيان إن بلاده "لن تتنازل عن سيادتها" على الطريق، معتبرا أن الاتفاق "يفتح فرصا اقتصادية غير مسبوقة" للمنطقة بأكملها.

وكانت أذربيجان وأرمينيا وروسيا قد وقعت في 10 نوفمبر 2020 بيانا ثلاثيا أنهى الحرب التي استمرت 44 يوما في قره باغ، ونص على نشر قوات حفظ سلام روسية في المنطقة، قبل أن تغادرها في عام 2024.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Azerbaijan", "Armenia", "United States", "Ilham Aliyev", "Nikol Pashinyan",
                 "Donald Trump"],
                [],
            ),
            G("sanctions.suspended", "occurred", ["United States", "Donald Trump"],
              ["Azerbaijan"]),
            G("agreement.signed", "planned", ["Azerbaijan", "Armenia"], [], core=False),
            G("agreement.signed", "historical", ["Azerbaijan", "Armenia", "Russia"], [],
              core=False),
            G("sanctions.imposed", "historical", ["United States"], ["Azerbaijan"], core=False),
            G("military.presence", "historical", ["Russia"], ["Azerbaijan"], core=False),
        ],
        not_targets=["Armenia"],
        known_alarm='the name of the treaty initialled ("نص اتفاقية السلام وإقامة العلاقات بين الدولتين") is read as ties to be restored (planned) between Azerbaijan and Armenia',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f07-arab48-israel-turkey-full-ties-ambassadors-return-2022",
        date(2022, 8, 17),
        """إسرائيل وتركيا تعلنان استئناف العلاقات الدبلوماسية الكاملة وإعادة السفراء

عرب 48
تاريخ النشر: 17/08/2022 - 13:05

أعلن مكتب رئيس الحكومة الإسرائيلية، يائير لبيد، اليوم الأربعاء، أن إسرائيل وتركيا قررتا استئناف العلاقات الدبلوماسية الكاملة بينهما، وإعادة السفيرين والقنصلين العامين، بعد قطيعة دبلوماسية استمرت أربع سنوات.

وقال لبيد، في بيان، إن "استئناف العلاقات مع تركيا ذخر مهم للاستقرار الإقليمي، وبشرى اقتصادية مهمة لمواطني إسرائيل"، مشيرا إلى أنه أجرى اتصالا هاتفيا بالرئيس التركي رجب طيب إردوغان بهذا الشأن.

من جانبه، قال وزير الخارجية التركي مولود تشاووش أوغلو، في مؤتمر صحفي في أنقرة، إن بلاده ستعين سفيرا في تل أبيب خلال الفترة المقبلة، مؤكدا أن أنقرة "لن تتخلى عن القضية الفلسطينية"، وأن تطبيع العلاقات "سيتيح فرصة لإيصال صوت الفلسطينيين".

ويأتي الإعلان تتويجا لمسار تقارب بدأ بزيارة الرئيس الإسرائيلي يتسحاق هرتسوغ إلى أنقرة في آذار/ مارس الماضي، تلتها زيارة تشاووش أوغلو إلى إسرائيل في أيار/ مايو، ثم زيارة لبيد إلى أنقرة في حزيران/ يونيو حين كان يشغل منصب وزير الخارجية.

وكانت تركيا قد استدعت سفيرها من تل أبيب وطردت السفير الإسرائيلي في أيار/ مايو 2018، احتجاجا على قتل عشرات المتظاهرين الفلسطينيين على حدود قطاع غزة، وردت إسرائيل بخطوة مماثلة.

وسبق أن توترت العلاقات بين البلدين إثر الهجوم الإسرائيلي على سفينة "مافي مرمرة" عام 2010، قبل أن يوقعا في حزيران/ يونيو 2016 اتفاق مصالحة أعاد تبادل السفراء، ونص على دفع إسرائيل تعويضات لعائلات الضحايا الأتراك.

وفي ردود الفعل، قالت حركة حماس إنها "تأسف" لقرار أنقرة، ودعت تركيا إلى "التراجع عنه"، فيما اعتبر محللون إسرائيليون أن الخطوة تفتح الباب أمام تعاون في مجال الطاقة، ولا سيما نقل الغاز من شرق المتوسط إلى أوروبا.""",
        [
            G("relations.restored", "occurred", ["Israel", "Turkey"], []),
            G("relations.restored", "historical", ["Israel", "Turkey"], [], core=False),
            G("agreement.signed", "historical", ["Israel", "Turkey"], [], core=False),
        ],
        not_targets=["Hamas"],
        known_alarm='Ankara\'s quoted "تطبيع العلاقات سيتيح فرصة لإيصال صوت الفلسطينيين" is a second restoration, with no actor and Palestine (a demonym in the purpose clause) for target',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f08-erem-central-african-republic-upc-3r-dissolve-join-army-2025",
        date(2025, 7, 11),
        """أفريقيا الوسطى.. حركتان متمردتان تعلنان حل نفسيهما ودمج مقاتليهما في الجيش

إرم نيوز – بانغي
11 يوليو 2025

أعلنت حركتا "الاتحاد من أجل السلام في أفريقيا الوسطى" و"العودة والمطالبة وإعادة التأهيل" المتمردتان، أمس الخميس، حل نفسيهما رسميا، في مراسم أقيمت في العاصمة بانغي بحضور رئيس جمهورية أفريقيا الوسطى فوستان أرشانج تواديرا وممثلين عن الأمم المتحدة وتشاد.

وبدأت السلطات، بموجب الترتيبات المعلنة، دمج نحو 500 من مقاتلي الحركتين في صفوف القوات المسلحة لأفريقيا الوسطى، فيما سيخضع الباقون لبرنامج نزع السلاح والتسريح وإعادة الإدماج في الحياة المدنية.

وقال الرئيس تواديرا، في كلمة خلال المراسم، إن "صفحة الحرب تطوى اليوم"، داعيا بقية الجماعات المسلحة إلى "الالتحاق بركب السلام". وأكد أن المقاتلين الذين سلموا أسلحتهم "لن يُلاحَقوا"، باستثناء المتورطين في جرائم جسيمة.

وتأتي هذه الخطوة تنفيذا لاتفاق وقعته الحكومة مع الحركتين في أبريل الماضي في العاصمة التشادية نجامينا، برعاية الرئيس التشادي محمد إدريس ديبي، بعد سنوات من المعارك في شمال غرب البلاد ووسطها.

وقال قائد "الاتحاد من أجل السلام" علي دراسا، في تصريح لوسائل إعلام محلية، إن حركته "اختارت السلام لأجل الشعب"، مطالبا الحكومة بالوفاء بتعهداتها تجاه المقاتلين المسرحين.

في المقابل، رفضت فصائل أخرى منضوية في "تحالف الوطنيين من أجل التغيير" الانضمام إلى العملية، معتبرة أن الحكومة "لم تقدم ضمانات كافية".

وينتشر في أفريقيا الوسطى منذ عام 2018 مدربون عسكريون روس، إلى جانب قوة الأمم المتحدة لحفظ السلام (مينوسكا)، التي يبلغ قوامها نحو 14 ألف عنصر.

ويرى مراقبون أن نجاح العملية سيعزز موقف تواديرا قبل الانتخابات الرئاسية المقررة في ديسمبر المقبل، والتي يسعى فيها إلى ولاية ثالثة بعد تعديل دستوري أقر عام 2023، ألغى القيود على عدد الولايات الرئاسية.""",
        [
            G("forces.integrated", "occurred", ["Central African Republic"],
              ["Union for Peace in the Central African Republic", "3R"]),
            G("agreement.signed", "historical", ["Central African Republic"], [], core=False),
            G("forces.integrated", "negated", ["Coalition of Patriots for Change"], [],
              core=False),
            G("military.presence", "historical", ["Russia"], ["Central African Republic"],
              core=False),
        ],
        not_targets=["Chad"],
        known_miss='no integration is read: the headline\'s "حركتان متمردتان تعلنان حل نفسيهما ودمج مقاتليهما في الجيش" and "بدأت السلطات … دمج نحو 500 من مقاتلي الحركتين في صفوف القوات المسلحة لأفريقيا الوسطى" name no participant the KB links (the movements are unknown, "السلطات" names no state, and "أفريقيا الوسطى" after "ل" is the ambiguous short name)',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f09-sonna-turkish-parliament-approves-naval-forces-somalia-2024",
        date(2024, 7, 19),
        """البرلمان التركي يوافق على إرسال قوات بحرية إلى المياه الصومالية

مقديشو (صونا)
19 يوليو 2024

وافقت الجمعية الوطنية الكبرى التركية (البرلمان)، مساء أمس الخميس، على مذكرة رئاسية تجيز إرسال عناصر من القوات المسلحة التركية، بما فيها قوات بحرية، إلى الصومال ومياهه الإقليمية لمدة عامين، وذلك في إطار اتفاقية التعاون الدفاعي والاقتصادي الموقعة بين البلدين.

وتنص المذكرة، التي قدمها الرئيس رجب طيب أردوغان إلى البرلمان مطلع الشهر الجاري، على أن تتولى القوات التركية مساعدة الحكومة الصومالية في مكافحة الإرهاب والقرصنة والصيد غير المشروع والتهريب، على أن يحدد الرئيس التركي حجم القوة وموعد انتشارها.

ورحب وزير الدفاع الصومالي عبد القادر محمد نور بالقرار، وقال في تصريح لوكالة الأنباء الصومالية إن القوات التركية "ستسهم في بناء قدرات البحرية الصومالية وحماية الثروات البحرية للبلاد"، مؤكدا أن الحكومة الفيدرالية "ماضية في تنفيذ الاتفاقية بكل بنودها".

وكان الصومال وتركيا قد وقعا في 8 فبراير الماضي في أنقرة اتفاقية إطارية للتعاون الدفاعي والاقتصادي مدتها عشر سنوات، تتولى تركيا بموجبها تقديم الدعم لبناء البحرية الصومالية وتجهيزها.

وجاء توقيع الاتفاقية بعد أسابيع من مذكرة التفاهم التي وقعتها إثيوبيا مع إقليم "أرض الصومال" الانفصالي في الأول من يناير الماضي، والتي تمنح أديس أبابا منفذا على البحر الأحمر، وهي المذكرة التي رفضتها مقديشو واعتبرتها "باطلة ولاغية".

وتملك تركيا منذ عام 2017 أكبر قاعدة عسكرية لها خارج أراضيها في مقديشو، حيث تتولى تدريب آلاف الجنود الصوماليين، ويمتد الساحل الصومالي على أكثر من 3300 كيلومتر، وهو الأطول في البر الرئيسي لأفريقيا.

وفي سياق متصل، أعلن وزير الطاقة التركي ألب أرسلان بيرقدار أن سفينة المسح السيزمي "عروج رئيس" ستتوجه إلى السواحل الصومالية في سبتمبر المقبل للتنقيب عن النفط والغاز، بموجب اتفاقية منفصلة وقعها البلدان في مارس الماضي.""",
        [
            G("military.presence", "planned", ["Turkey"], ["Somalia"]),
            G("agreement.signed", "historical", ["Turkey", "Somalia"], [], core=False),
            G("agreement.signed", "historical", ["Ethiopia", "Somaliland"], [], core=False),
            G("military.presence", "historical", ["Turkey"], ["Somalia"], core=False),
        ],
        not_targets=["Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f10-masrawy-onion-export-ban-lifted-export-fee-sugar-ban-extended-2024",
        date(2024, 3, 7),
        """الحكومة ترفع الحظر عن تصدير البصل وتفرض رسما على الطن.. ومد وقف تصدير السكر 3 أشهر

مصراوي
الخميس 7 مارس 2024

قرر مجلس الوزراء، في اجتماعه الأسبوعي أمس برئاسة الدكتور مصطفى مدبولي، رفع الحظر المفروض على تصدير البصل اعتبارا من 15 مارس الجاري، مع فرض رسم صادر قدره 150 دولارا على كل طن، وذلك بعد تحسن المعروض في الأسواق مع بدء حصاد العروة الجديدة.

وكانت الحكومة قد أوقفت تصدير البصل في أكتوبر الماضي لمدة ثلاثة أشهر، قبل أن تمدد القرار حتى نهاية مارس، بعد أن تجاوز سعر الكيلوغرام في الأسواق المحلية 30 جنيها.

وقال المتحدث الرسمي باسم مجلس الوزراء إن المجلس وافق أيضا على مد العمل بقرار وقف تصدير السكر لمدة ثلاثة أشهر إضافية، لضمان توافر احتياجات السوق المحلية خلال شهر رمضان، مع استثناء الكميات المتعاقد عليها قبل صدور القرار.

وأوضح أن وزارة التموين ستنشر لجانا للتفتيش على الأسواق ومنافذ البيع في مختلف المحافظات لمتابعة الأسعار، مؤكدا أنه ستُطبق عقوبات رادعة على التجار المخالفين، تشمل الغرامة ومصادرة البضائع وإغلاق المحال.

من جهته، قال رئيس شعبة الخضر والفاكهة بغرفة القاهرة التجارية إن رفع الحظر "خطوة متوقعة"، لكنه طالب بتعليق رسم الصادر خلال الأشهر الأولى حتى يستعيد المصدرون عقودهم في الأسواق الخليجية والأوروبية التي خسروها خلال فترة الوقف.

وعلى صعيد متصل، وقعت وزارة الزراعة واستصلاح الأراضي بروتوكول تعاون مع البنك الزراعي المصري لتمويل مستلزمات الإنتاج لصغار المزارعين بفائدة ميسرة، فيما انضم أكثر من 12 ألف مزارع إلى منظومة الزراعة التعاقدية للمحاصيل الاستراتيجية منذ بداية الموسم.

وأكد وزير الزراعة السيد القصير أن الوزارة تتابع يوميا حالة المحاصيل في المحافظات، مشيرا إلى أن المساحات المزروعة بالبصل هذا الموسم تجاوزت 210 آلاف فدان، بزيادة 15 في المائة عن الموسم الماضي، وهو ما يطمئن على تغطية احتياجات السوق المحلية والتصدير في آن واحد.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f11-akhbaralkhaleej-bahrain-shrimp-trawling-ban-coast-guard-patrols-2025",
        date(2025, 2, 1),
        """بدء سريان حظر صيد الروبيان.. وخفر السواحل ينشر دوريات لضبط المخالفين

أخبار الخليج – البحرين
السبت 1 فبراير 2025

بدأ اليوم السبت سريان الحظر السنوي على صيد الروبيان (الربيان) بالشباك الجرافة في المياه الإقليمية لمملكة البحرين، ويستمر حتى 31 يوليو المقبل، وذلك بهدف حماية المخزون السمكي خلال موسم التكاثر.

وأكد المجلس الأعلى للبيئة، في بيان، أن الحظر يشمل صيد الروبيان وبيعه وتداوله في الأسواق طوال فترة سريانه، باستثناء الكميات المستوردة أو المجمدة المخزنة قبل بدء الحظر، شريطة أن تكون مصحوبة بشهادات تثبت مصدرها.

وأوضح البيان أن خفر السواحل سينشر دوريات بحرية على مدار الساعة لضبط المخالفين، وأن العقوبات تشمل غرامات تصل إلى ألفي دينار ومصادرة القوارب ومعدات الصيد، إلى جانب تعليق رخصة الصيد لمدة تصل إلى عام في حال تكرار المخالفة.

وفي المقابل، قرر المجلس رفع الحظر المؤقت الذي فرضه الصيف الماضي على صيد أسماك الصافي بالقراقير في منطقة فشت العظم، بعد أن أظهرت المسوحات تعافي المخزون، مع تمديد العمل بحظر صيد أسماك الكنعد خلال فترة تكاثرها في أغسطس وسبتمبر.

وقال رئيس جمعية الصيادين المحترفين إن الصيادين "ملتزمون بالحظر لأنه يصب في مصلحتهم على المدى البعيد"، لكنه طالب بصرف التعويضات المقررة للمتضررين في وقت مبكر، مشيرا إلى أن أكثر من 300 صياد انضموا هذا العام إلى برنامج الدعم الذي تنفذه الحكومة.

وفي إطار جهوده لتطوير القطاع، وقع المجلس مذكرة تفاهم مع جامعة البحرين لإجراء دراسات مشتركة حول المخزون السمكي وتأثير التغير المناخي على الشعاب المرجانية، وتدريب الكوادر الوطنية في مجال علوم البحار.

وكانت المملكة قد بدأت تطبيق الحظر الموسمي على صيد الروبيان منذ عام 2018، بعد دراسات أظهرت تراجعا حادا في المخزون بسبب الصيد الجائر واستخدام الشباك الجرافة، فيما تطبق دول خليجية أخرى، بينها الكويت والسعودية، حظرا مماثلا في مواسم متقاربة.

ودعا المجلس المواطنين والمقيمين إلى الإبلاغ عن أي مخالفات عبر الخط الساخن، مؤكدا أنه لن يتهاون مع من يعرض الثروة البحرية للخطر.""",
        [],
        known_alarm='a seasonal fishing ban lifted ("قرر المجلس رفع الحظر المؤقت الذي فرضه الصيف الماضي على صيد أسماك الصافي") is sanctions lifted by Bahrain, and the environment council\'s memorandum with the University of Bahrain ("وقع المجلس مذكرة تفاهم مع جامعة البحرين") an accord',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-f12-omandaily-tra-fines-operator-unregistered-sims-suspended-deadline-extended-2025",
        date(2025, 9, 15),
        """«تنظيم الاتصالات» تفرض غرامة على مشغل وتعلق بيع الشرائح غير المسجلة

مسقط – جريدة عمان
الاثنين 15 سبتمبر 2025

فرضت هيئة تنظيم الاتصالات غرامة مالية قدرها 150 ألف ريال عماني على أحد مشغلي الاتصالات المتنقلة، بعد ثبوت مخالفته اشتراطات جودة الخدمة في عدد من ولايات محافظتي الظاهرة والوسطى، وتكرار انقطاع الخدمة خلال فصل الصيف.

وأوضحت الهيئة، في بيان، أنها ألزمت المشغل بتقديم خطة تصحيحية خلال ثلاثين يوما، تتضمن نشر 45 برجا جديدا لتحسين التغطية في المناطق الريفية، وتعويض المشتركين المتضررين برصيد مجاني.

كما قررت الهيئة تعليق بيع شرائح الاتصال المدفوعة مسبقا لدى منافذ البيع غير المرخصة، بعد رصد حالات لبيع شرائح مسجلة بأسماء أشخاص دون علمهم، مؤكدة أن منافذ البيع المخالفة ستخضع للعقوبات المنصوص عليها في قانون تنظيم الاتصالات.

وفي السياق ذاته، مددت الهيئة المهلة الممنوحة للمشتركين لتحديث بياناتهم البيومترية حتى نهاية ديسمبر المقبل، بدلا من نهاية سبتمبر الجاري، مشيرة إلى أن الأرقام غير المحدثة بعد انتهاء المهلة سيتم إيقافها تدريجيا.

وعلى صعيد آخر، رفعت الهيئة الحجب عن عدد من تطبيقات الاتصال المرئي للأغراض التعليمية والصحية، بعد التوافق مع الجهات المعنية على ضوابط استخدامها، على أن يستمر حجب التطبيقات غير المرخصة.

ووقعت الهيئة اتفاقية تعاون مع إحدى شركات التقنية العالمية لتطوير منظومة رصد الاحتيال عبر الهاتف، فيما انضمت ثلاث شركات ناشئة عمانية إلى برنامج "الحاضنة الرقمية" الذي تشرف عليه الهيئة.

وقال الرئيس التنفيذي للهيئة إن الإجراءات الأخيرة تهدف إلى "حماية حقوق المستهلك ورفع جودة الخدمات"، مضيفا أن الهيئة تلقت خلال النصف الأول من العام أكثر من 6 آلاف شكوى، تتعلق معظمها بضعف التغطية وأخطاء الفوترة.

يذكر أن الهيئة كانت قد فرضت العام الماضي غرامات على مشغلين اثنين بسبب مخالفات مماثلة، وألزمتهما بتعويض المشتركين.""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout21_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout21_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # the year a law was issued dates no act
    pytest.param(
        "ووقع الرئيس الأمريكي ترامب أمرا بتعليق العمل بالبند 907 من قانون دعم الحرية الصادر عام 1992 "
        "بشأن أذربيجان.",
        date(2025, 8, 9),
        [("sanctions.suspended", "occurred", "United States")],
        [],
        id="law-issued-in-1992",
    ),
    # a fishing ban lifted is a resource's season, no sanctions
    pytest.param(
        "قرر المجلس رفع الحظر المؤقت الذي فرضه الصيف الماضي على صيد أسماك الصافي.",
        date(2025, 8, 9),
        [],
        [],
        id="fishing-ban-lifted",
    ),
    # the risk of sanctions named as a noun, with the warning verb's subject as who threatens and
    # no target from the condition
    pytest.param(
        "حذرت الولايات المتحدة باكستان من احتمال تعرضها لعقوبات أمريكية إذا مضت في تعاملات تجارية مع إيران.",
        date(2024, 4, 24),
        [("sanctions.threatened", "occurred", "target:Pakistan")],
        ["Iran", "United States"],
        id="risk-of-sanctions-warned",
    ),
    # a hypothetical deal is no accord
    pytest.param(
        "وقال المتحدث إن واشنطن تنصح كل من يفكر في إبرام صفقات تجارية مع إيران بالحذر.",
        date(2024, 4, 24),
        [],
        [],
        id="thinking-of-a-deal",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout21_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout21_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
