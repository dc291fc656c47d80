"""A nineteenth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first eighteen held-out sets: Arabic copy of 2023-2025 from outlets and in forms the earlier
sets lack: a Quds Press wire (Levantine months beside the Hijri date, "دولة الاحتلال") on Slovenia
banning the arms trade with Israel, with a decree against settlement goods to come, the EU's
options blocked and Berlin declining to follow; Syria TV's translation in full of the British
statement lifting the asset freeze on the Syrian defence and interior ministries (the sanctions
on al-Assad kept, the EU's suspension and the Treasury's licence recalled); an interview in Al-Ghad
(Amman) with Jordan's energy minister the day after the electricity and gas memorandum with
Syria, the binding agreement to be signed "within two months"; an Al-Qabas report on Indonesia
becoming a full member of BRICS with a factbox at the foot ("حقائق عن «بريكس»") and a Kuwaiti
source saying Kuwait is not considering it; an Alhurra explainer with questions as subheads on
the six-month suspension of the Venezuelan oil sanctions and Blinken's warning that they will
come back; a Monte Carlo Doualiya / AFP wire with its update line ("تحديث (13:10 بتوقيت
باريس)") on Resolution 2745 lifting the arms embargo on the Central African government and
renewing it on the armed groups, the object fronted ("أما الجماعات المسلحة، فقد مدد المجلس");
TRT Arabic on Sudan and Iran resuming ties with embassies to reopen (an Iranian base denied, the
Russian naval point still pending); a Libya Al-Mostakbal editorial with a news peg (the
Presidential Council's agreement to merge the Deterrence apparatus into the state within ninety
days) that recalls the mergers of 2012 and May 2025 and the stalled unification of the army; and
a DW Arabic "ماذا نعرف عن" piece on the THAAD battery and the US troops arriving in Israel.
Nine carry events of all ten alertable types (imposed, lifted, suspended, extended, threatened,
joined, signed, restored ties, integration, deployment), in occurred and planned status, next to
historical, negated and stalled ones; three are near misses: a National Assembly question time
reported by Al-Akhbar (Nouakchott) on the mobile internet suspended during the baccalaureate
(an agreement with the operators, the suspension lifted, cheats penalised, gendarmes deployed,
teachers joining the marking boards, the session "رفع"), the Oman daily's sports page
(disciplinary penalties, a player's suspension lifted, a round suspended for a tropical storm,
VAR referees deployed, players joining the camp, a contract extended, a sponsorship signed) and a
Tunisian weekly's economic round-up in Tunisian usage (خطية، جانفي، فيفري، موفى جوان، الستاغ: a
market regulator's fine and a suspension, a court lifting a tax freeze on a company's accounts, a
firm joining the main market, an insurers' merger agreement signed, a loan deferral extended,
tariffs raised).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-01, on commit 9875710 with the working tree's uncommitted change
to ``rasd/events/roles.py``), in one run: events P 0.611 R 0.786 F1 0.688 (recall 11/14,
precision 11/18; occurred core found 8/10, planned 3/4; historical 31/33, negated 8/9 and stalled
3/4 kept quiet). The score asks only for an alertable match: of the three planned core events it
counts as found, two are matched only through the day's event of the same parties (the trade
agreement with Syria to be signed, Sudan and Iran's embassies to reopen), which the per-article
check counts as missed, and the third (Slovenia's decree against settlement goods) only through
the EU's blocked options read as planned ("بعد إخفاق … في التوافق على أي من الخيارات … لمعاقبة
إسرائيل"), while the decree itself is read as a ban imposed today on Palestine. One false
deployment (Sudan's troops sent to Yemen in 2015) costs a historical, a negated and a stalled
event their quiet, since all three name Sudan. Eleven strict xfails, with the reason (five
articles with a core event missed, six with a wrong alert); do not tune lexicons on these
articles. The causes, as read in ``rasd/events``: the first person "نوقع" is no signing form,
and an object pronoun ("سنوقعها") does not bring back the agreement named a clause before; a plan
is folded into the same parties' act by ``_merge``; a verb after "فيما" gets no actor, and "المجلس"
borrows whatever the last sentence with a name named (France, the drafter) rather than the
council; "حظر" after "مدد … حتى <date>" is also read as the verb "banned"; the interior ministry and
the general staff are no ``army_noun``; an air-defence battery by its generic name is no
``base_noun`` and "طلائع الفريق العسكري الأمريكي" no troops; "غير أن" is read as a negation;
"كانون الثاني" and the other two-word Levantine months date nothing in ``status._month_age``; the
pluperfect does not carry over "و" to a second verb, and "وقبل ذلك بعام" dates nothing; "المقامة
على" (built on) gives a sanctions target, and a decree to be drafted is read as in force; exam
penalties with an anaphoric actor and no target are sanctions; a merger agreement between two
companies is an accord, the adjective of "السوق التونسية" its state party.

After the fixes (same day): events P 0.800 R 0.857 F1 0.828 (recall 12/14, precision 12/15;
every historical, negated and stalled event kept quiet). The causes fixed, each tested on
sentences of its own (``RULES``): the Levantine months of two words ("كانون الثاني", "تشرين
الأول") date an act, and a day named before a contrast's conjunction ("حتى الآن …، وإن أصدرت")
dates the other clause; "غير أن" is "however", no negation; an air-defence battery of any make is a
presence; a verb glued to "و" goes on with the sentence's pluperfect; an exam board's penalties
are no sanctions; a merger of companies is no accord; a minister's first person plural
("سنوقع") is his state signing (and "وزير" keeps its و when the speaker's title is looked for);
forces merged into the general staff or the interior ministry are integrated. Left (strict
xfails): the decree still to be drafted; "وسنوقعها" with its noun out of reach; the renewal after
"فيما" with no subject of its own and "حظر" after a date read as a verb; the embassies to reopen
folded into the day's restoration; "على أن تُدمج" read as done.
Later, in the general round on sets 60 to 80 (what a text provides for past an aside is planned,
``test_general_misses4_rules_ar.py``): ar-d08's "وينص الاتفاق، بحسب البيان الرسمي، على أن تُدمج" is
read planned, as the same clause without the aside already was, and no longer folded into the
historical merger; its parties are still the known miss's (no actor, the unresolved ministry for
target), so it is a strict xfail as an unexpected alert too (P 0.933 → 0.875).

After the round on general Arabic misses of sets 81 to 90 (``test_general_misses3_rules_ar.py``):
"قريبا" after a trigger puts it ahead, so the ambassador Iran "ستعين … «قريبا»" is a plan kept apart
from the day's restoration: ar-d07's strict xfail removed.

``python -m tests.unit.test_heldout19_events_ar`` prints every article's alerts and the set's
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
        "ar-d01-qudspress-slovenia-arms-embargo-israel-settlement-goods-decree-2025",
        date(2025, 8, 1),
        """سلوفينيا أول دولة أوروبية تحظر تجارة الأسلحة مع "إسرائيل".. وحكومتها تعدّ مرسوما لحظر بضائع المستوطنات

لوبليانا – قدس برس
الجمعة 7 صفر 1447هـ – 1 آب/أغسطس 2025

فرضت الحكومة السلوفينية، مساء الخميس، حظرا شاملا على تصدير الأسلحة والمعدات العسكرية إلى دولة الاحتلال الإسرائيلي واستيرادها منها ونقلها عبر الأراضي السلوفينية، لتصبح بذلك أول دولة في الاتحاد الأوروبي تتخذ خطوة من هذا النوع منذ بدء حرب الإبادة على قطاع غزة في تشرين الأول/أكتوبر 2023.

وقالت الحكومة، في بيان صدر عقب اجتماعها الأسبوعي برئاسة رئيس الوزراء روبرت غولوب، إنها اتخذت القرار "لأن الاتحاد الأوروبي عاجز عن اتخاذ إجراءات ملموسة بسبب الانقسامات الداخلية"، مؤكدة أن "من واجب كل دولة مسؤولة أن تتحرك، حتى لو كان عليها أن تتقدم على الآخرين". وأوضح البيان أن الحظر يسري فور نشره في الجريدة الرسمية، ويشمل جميع الصفقات الجديدة وتراخيص العبور.

وبحسب البيان، كلّف مجلس الوزراء وزارة الاقتصاد بإعداد مرسوم يحظر استيراد البضائع المنتجة في المستوطنات المقامة على الأراضي الفلسطينية المحتلة، على أن يُعرض للإقرار خلال الأسابيع المقبلة.

وبفرضها هذا الحظر، تذهب لوبليانا أبعد من دول أوروبية أخرى اكتفت بتعليق بعض تراخيص تصدير السلاح إلى "إسرائيل"، مثل هولندا وبلجيكا.

وكانت لوبليانا قد أعلنت، في السابع عشر من تموز الماضي، وزيري الأمن القومي إيتمار بن غفير والمالية بتسلئيل سموتريتش "شخصين غير مرغوب فيهما"، ومنعتهما من دخول أراضيها، بسبب ما وصفته بـ"تصريحاتهما التي تحرض على العنف والإبادة ضد الفلسطينيين".

ويأتي القرار السلوفيني بعد إخفاق وزراء خارجية الاتحاد الأوروبي، في اجتماعهم ببروكسل منتصف تموز، في التوافق على أي من الخيارات التي طرحتها المفوضية الأوروبية لمعاقبة "إسرائيل"، ومنها تعليق الشق التجاري من اتفاقية الشراكة معها، بسبب اعتراض ألمانيا وإيطاليا والمجر والتشيك.

ولم تصدر عن برلين أي إشارة إلى نيتها السير على خطى لوبليانا، إذ قال متحدث باسم الحكومة الألمانية، الخميس، إن بلاده "لا تعتزم وقف صادرات السلاح إلى إسرائيل"، وإنها "تراقب الوضع الإنساني في غزة عن كثب".

ورحبت حركة المقاومة الإسلامية "حماس" بالقرار، ووصفته في بيان بأنه "خطوة شجاعة تنسجم مع القانون الدولي"، داعية الدول الأوروبية إلى "الاقتداء بسلوفينيا وفرض عقوبات شاملة على الاحتلال وقادته". كما رحبت به وزارة الخارجية والمغتربين الفلسطينية، معتبرة أنه "رسالة واضحة بأن الإفلات من العقاب لن يستمر".

في المقابل، قللت خارجية الاحتلال من أهمية القرار، قائلة إن حجم التعاون العسكري مع سلوفينيا "ضئيل أصلا"، واتهمت حكومتها بـ"مكافأة حماس على جرائم السابع من أكتوبر".

ونقلت وسائل إعلام سلوفينية عن وزيرة الخارجية تانيا فايون قولها إن بلادها "لن ترفع الحظر ما دامت الحرب مستمرة والمساعدات الإنسانية ممنوعة من الدخول إلى غزة"، مضيفة أن "سلوفينيا لا تستطيع أن تقف متفرجة".

وكانت سلوفينيا قد اعترفت بدولة فلسطين في حزيران 2024، إلى جانب إسبانيا وإيرلندا والنرويج.""",
        [
            G("sanctions.imposed", "occurred", ["Slovenia"], ["Israel"]),
            G("sanctions.imposed", "planned", ["Slovenia"], ["Israel"]),
            G(
                "sanctions.imposed",
                "historical",
                ["Netherlands", "Belgium"],
                ["Israel"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["Slovenia"],
                ["Itamar Ben-Gvir", "Bezalel Smotrich"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "stalled",
                ["European Union", "European Commission"],
                ["Israel"],
                core=False,
            ),
            G("sanctions.imposed", "negated", ["Germany"], ["Israel"], core=False),
            G("sanctions.lifted", "negated", ["Slovenia"], ["Israel"], core=False),
        ],
        not_targets=["Palestine", "Hamas", "Gaza Strip", "Germany", "Spain"],
        known_alarm='the decree still to be drafted ("كلّف مجلس الوزراء وزارة الاقتصاد بإعداد مرسوم يحظر استيراد البضائع المنتجة في المستوطنات المقامة على الأراضي الفلسطينية المحتلة، على أن يُعرض للإقرار خلال الأسابيع المقبلة") is read as a ban imposed today, with Palestine as its target: the "على" of the participle "المقامة على" (built on) is taken for the sanctions target marker',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d02-syriatv-uk-lifts-asset-freeze-syrian-defence-interior-statement-2025",
        date(2025, 4, 24),
        """بريطانيا ترفع العقوبات عن وزارتي الدفاع والداخلية وأجهزة أمنية سورية.. وتبقيها على الأسد وأركان نظامه (نص البيان)

لندن – تلفزيون سوريا
الخميس 26 شوال 1446هـ – 24 نيسان 2025

أعلنت الحكومة البريطانية، اليوم الخميس، رفع العقوبات المفروضة على وزارة الدفاع السورية ووزارة الداخلية السورية وعدد من الأجهزة الأمنية، في خطوة جديدة ضمن مسار تخفيف القيود الغربية على سوريا بعد سقوط نظام الأسد في الثامن من كانون الأول الماضي.

ونشرت وزارة الخارجية البريطانية بيانا بهذا الشأن على موقعها الرسمي، وفيما يلي ترجمة تلفزيون سوريا لنصه الكامل:

"تعديل نظام العقوبات الخاص بسوريا

رفعت المملكة المتحدة اليوم تجميد الأصول عن اثني عشر كيانا سوريا، بينها وزارة الدفاع ووزارة الداخلية وإدارة المخابرات العامة ومديرية المخابرات الجوية، كانت قد أدرجت على قائمة العقوبات البريطانية بسبب دورها في القمع الوحشي الذي مارسه نظام الأسد بحق الشعب السوري.

إن رحيل الأسد يفتح أمام السوريين فرصة لبناء مستقبل أكثر أمنا واستقرارا، ومن شأن هذه الخطوة أن تساعد الحكومة السورية على إعادة بناء مؤسسات الدولة وتقديم الخدمات الأساسية للشعب السوري.

وفي الوقت نفسه، تظل العقوبات المفروضة على بشار الأسد وأفراد عائلته وكبار مسؤولي نظامه سارية المفعول بالكامل، ولن تُرفع عنهم، كما تظل العقوبات المتعلقة بالأسلحة الكيميائية وتجارة الكبتاغون قائمة.

وتواصل المملكة المتحدة مراجعة نظام العقوبات الخاص بسوريا بالتنسيق الوثيق مع شركائها الدوليين، وستتخذ أي خطوات إضافية بما يخدم مصلحة الشعب السوري."

انتهى نص البيان.

ورحبت وزارة الخارجية والمغتربين السورية بالقرار، ووصفته في بيان بأنه "خطوة إيجابية في الاتجاه الصحيح"، داعية إلى "رفع ما تبقى من عقوبات تعرقل تعافي الاقتصاد السوري وعودة اللاجئين".

وكانت بريطانيا قد رفعت، في السادس من آذار الماضي، تجميد الأصول عن أربعة وعشرين كيانا سوريا، بينها مصرف سوريا المركزي والمصرف التجاري السوري وشركات نفط، ضمن ما وصفته بخطة "لدعم الشعب السوري في إعادة بناء بلاده".

كما علّق الاتحاد الأوروبي، في شباط الماضي، جزءا من عقوباته على قطاعي الطاقة والنقل في سوريا، ورفع خمسة مصارف من قائمة تجميد الأصول.

في المقابل، لم ترفع الولايات المتحدة حتى الآن العقوبات الرئيسية المفروضة على سوريا، بما فيها تلك المنصوص عليها في "قانون قيصر"، وإن أصدرت وزارة الخزانة في كانون الثاني ترخيصا عاما يتيح بعض المعاملات مع المؤسسات الحكومية لستة أشهر.

ويقول الباحث الاقتصادي كرم شعار لتلفزيون سوريا إن "الأثر العملي للقرار البريطاني محدود ما لم تتبعه واشنطن، لأن المصارف الدولية تخشى العقوبات الأمريكية أكثر من غيرها"، مضيفا أن "رفع التجميد عن الوزارتين رسالة سياسية بالدرجة الأولى، مفادها أن لندن باتت تتعامل مع مؤسسات الدولة الجديدة كشريك".""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United Kingdom", "Foreign, Commonwealth and Development Office"],
                ["Ministry of Defense (Syria)", "Ministry of Interior (Syria)"],
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United Kingdom"],
                ["Ministry of Defense (Syria)", "Ministry of Interior (Syria)"],
                core=False,
            ),
            G("sanctions.lifted", "negated", ["United Kingdom"], ["Bashar al-Assad"], core=False),
            G(
                "sanctions.lifted",
                "historical",
                ["United Kingdom"],
                ["Central Bank of Syria", "Commercial Bank of Syria"],
                core=False,
            ),
            G("sanctions.suspended", "historical", ["European Union"], ["Syria"], core=False),
            G("sanctions.lifted", "historical", ["European Union"], ["Syria"], core=False),
            G("sanctions.lifted", "negated", ["United States"], ["Syria"], core=False),
            G(
                "sanctions.suspended",
                "historical",
                ["United States Department of the Treasury", "United States"],
                ["Syria"],
                core=False,
            ),
        ],
        not_targets=["Bashar al-Assad"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d03-alghad-interview-energy-minister-jordan-syria-electricity-gas-mou-2025",
        date(2025, 8, 19),
        """وزير الطاقة لـ"الغد": مذكرة التفاهم مع سوريا بداية.. والاتفاقية التجارية توقع خلال شهرين

عمّان – الغد
الثلاثاء 25 صفر 1447هـ – 19 آب (أغسطس) 2025

وقّع الأردن وسوريا في دمشق، أمس الاثنين، مذكرة تفاهم للتعاون في مجالي الكهرباء والغاز الطبيعي، تتضمن تزويد الشبكة السورية بما يصل إلى 250 ميغاواط من الكهرباء الأردنية، وتمرير كميات من الغاز الطبيعي عبر خط الغاز العربي لتشغيل محطات التوليد في جنوب سوريا. ووقع المذكرة عن الجانب الأردني وزير الطاقة والثروة المعدنية صالح الخرابشة، وعن الجانب السوري وزير الطاقة محمد البشير.

"الغد" التقت الوزير الخرابشة فور عودته إلى عمّان، وكان معه الحوار التالي:

• ما الذي تتضمنه المذكرة التي وقعتموها أمس؟

- المذكرة إطار شامل للتعاون، تشمل تبادل الطاقة الكهربائية عبر خط الربط القائم بين محطتي عمّان الشمالية ودير علي، وتأهيل الجزء المتضرر منه داخل الأراضي السورية، إضافة إلى نقل الغاز عبر الخط العربي وتدريب الكوادر الفنية السورية في مراكز التدريب التابعة لشركة الكهرباء الوطنية.

• متى يبدأ التزويد فعليا؟

- الجاهزية الفنية من جانبنا قائمة. لكننا بصدد إعداد اتفاقية تجارية ملزمة تحدد الكميات والأسعار وآليات الدفع، وسنوقعها مع الأشقاء السوريين خلال شهرين تقريبا، ليبدأ الضخ بعدها مباشرة.

• من سيدفع ثمن الكهرباء والغاز؟

- هناك منحة من صندوق قطر للتنمية تغطي كميات الغاز في المرحلة الأولى، والباقي ستدفعه الحكومة السورية وفق الاتفاقية التجارية.

• ألا تخشون العقوبات الأمريكية؟ قانون قيصر كان العقبة الرئيسية أمام مشروع إيصال الكهرباء إلى لبنان.

- الوضع تغير جذريا. الإدارة الأمريكية رفعت العقوبات عن سوريا بأمر تنفيذي في الثلاثين من حزيران الماضي، ونحن على تواصل دائم مع الجانب الأمريكي. لم يصلنا أي تحذير من عقوبات، بل على العكس، هناك تشجيع لكل ما يساعد على استقرار سوريا.

• ماذا حدث لاتفاقية تزويد لبنان بالكهرباء عبر سوريا؟

- وقعناها في كانون الثاني 2022 مع الجانبين اللبناني والسوري، لكن تنفيذها تعثر لأن البنك الدولي لم يوافق على التمويل، ولأن الضمانات الأمريكية بشأن قانون قيصر لم تكن كافية حينها. اليوم يمكن إحياء المشروع، وهو مطروح على الطاولة.

• وخط الغاز العربي، هل هو صالح للتشغيل بعد سنوات الحرب؟

- الخط أنشئ بموجب اتفاقية وقعتها مصر والأردن وسوريا ولبنان عام 2001، وتعرض الجزء السوري منه لاعتداءات وتفجيرات متكررة. فرق فنية مشتركة أنهت تقييم الأضرار، والإصلاحات لن تستغرق أكثر من ثلاثة أشهر.

• هل يفكر الأردن في الانضمام إلى مشروعات ربط إقليمية أخرى؟

- نحن جزء من منظومة الربط الكهربائي العربي، ونعمل مع السعودية والعراق ومصر على رفع قدرات الربط القائمة. الربط مع العراق يعمل منذ العام الماضي، ونطمح إلى أن يكون الأردن مركزا إقليميا لتبادل الطاقة.

• كلمة أخيرة؟

- أمن الطاقة في سوريا جزء من أمن المنطقة، ونجاح هذا المشروع سينعكس على الأردن اقتصاديا، إذ سيحقق لشركة الكهرباء الوطنية إيرادات إضافية ويخفف خسائرها المتراكمة.""",
        [
            G("agreement.signed", "occurred", ["Jordan"], ["Syria"]),
            G("agreement.signed", "planned", ["Jordan"], ["Syria"]),
            G("agreement.signed", "historical", ["Jordan"], ["Lebanon", "Syria"], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Jordan", "Syria", "Lebanon"],
                [],
                core=False,
            ),
            G("sanctions.lifted", "historical", ["United States"], ["Syria"], core=False),
            G("sanctions.threatened", "negated", ["United States"], ["Jordan"], core=False),
        ],
        not_targets=["Qatar", "Iraq", "Saudi Arabia"],
        known_miss='the signing to come is not read ("وسنوقعها مع الأشقاء السوريين خلال شهرين تقريبا"): the first person plural "نوقع" is no agreement.signed form, and what it signs is an object pronoun whose noun ("اتفاقية تجارية ملزمة") stands in the clause before, out of the window',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d04-alqabas-indonesia-joins-brics-with-factbox-kuwait-not-considering-2025",
        date(2025, 1, 8),
        """إندونيسيا تنضم رسميا إلى «بريكس».. وأكبر اقتصاد في جنوب شرق آسيا يعزز ثقل التكتل

القبس – وكالات
الأربعاء 8 رجب 1446هـ – 8 يناير 2025

أصبحت إندونيسيا رسميا عضوا كامل العضوية في مجموعة «بريكس»، وفق ما أعلنته البرازيل، التي تتولى الرئاسة الدورية للمجموعة هذا العام، في بيان صدر مساء الاثنين، لتصبح الدولة العاشرة في التكتل الذي يضم عددا من أكبر الاقتصادات الناشئة في العالم.

وقالت الحكومة البرازيلية إنها «ترحب بانضمام إندونيسيا»، مشيرة إلى أن قادة المجموعة وافقوا على ترشيحها خلال قمة جوهانسبورغ في أغسطس 2023، غير أن جاكرتا طلبت حينها إرجاء الانضمام إلى ما بعد الانتخابات الرئاسية التي جرت في فبراير الماضي.

من جهتها، رحبت وزارة الخارجية الإندونيسية بالقرار، وقالت في بيان إن العضوية «وسيلة لتعزيز التعاون مع الدول النامية والدفاع عن مصالح دول الجنوب العالمي»، مؤكدة في الوقت نفسه أن إندونيسيا «ستواصل سياستها الخارجية الحرة والنشطة، ولا تنحاز إلى أي معسكر».

ويعد الانضمام أول خطوة كبرى في السياسة الخارجية للرئيس برابوو سوبيانتو، الذي تولى الحكم في أكتوبر الماضي، في وقت تسعى فيه جاكرتا بالتوازي إلى الانضمام إلى منظمة التعاون الاقتصادي والتنمية، التي بدأت معها محادثات العضوية العام الماضي.

ومن المنتظر أن تنضم نيجيريا إلى المجموعة بصفة «دولة شريكة» خلال الأيام المقبلة، بعد أن منحت قمة قازان في أكتوبر الماضي تسع دول هذه الصفة، بينها ماليزيا وتايلاند وبيلاروسيا وكازاخستان.

أما السعودية، التي دعيت إلى الانضمام في قمة جوهانسبورغ إلى جانب خمس دول أخرى، فلم تعلن حتى الآن قبولها الدعوة رسميا، وإن كانت تشارك في بعض اجتماعات المجموعة.

وعن موقف الكويت، قال مصدر دبلوماسي لـ«القبس» إن الكويت «لا تدرس في الوقت الراهن الانضمام إلى المجموعة»، مشيرا إلى أن علاقاتها الاقتصادية مع دولها «تسير على المستوى الثنائي بشكل جيد».

ويرى اقتصاديون أن انضمام إندونيسيا، رابع أكبر دولة في العالم من حيث عدد السكان وأكبر اقتصاد في جنوب شرق آسيا، يمنح التكتل ثقلا إضافيا في آسيا، ويعزز حضوره في أسواق السلع الأساسية، إذ تعد البلاد أكبر منتج للنيكل وزيت النخيل في العالم.

حقائق عن «بريكس»:
• تأسست المجموعة عام 2009 باسم «بريك» من البرازيل وروسيا والهند والصين، وانضمت إليها جنوب أفريقيا عام 2010 ليصبح اسمها «بريكس».
• توسعت المجموعة في قمة جوهانسبورغ، فانضمت إليها مطلع عام 2024 كل من مصر وإثيوبيا وإيران والإمارات.
• أسست المجموعة عام 2015 بنك التنمية الجديد، ومقره شنغهاي.
• تمثل الدول الأعضاء نحو 45 في المئة من سكان العالم، وأكثر من 35 في المئة من الناتج المحلي الإجمالي العالمي وفق تعادل القوة الشرائية.
• تستضيف البرازيل القمة المقبلة للمجموعة في ريو دي جانيرو في يوليو 2025.""",
        [
            G("alliance.joined", "occurred", ["Indonesia"], ["BRICS"]),
            G("alliance.joined", "planned", ["Indonesia"], ["OECD"], core=False),
            G("alliance.joined", "planned", ["Nigeria"], ["BRICS"], core=False),
            G(
                "alliance.joined",
                "historical",
                ["Malaysia", "Thailand", "Belarus", "Kazakhstan"],
                ["BRICS"],
                core=False,
            ),
            G("alliance.joined", "stalled", ["Saudi Arabia"], ["BRICS"], core=False),
            G("alliance.joined", "negated", ["Kuwait"], ["BRICS"], core=False),
            G("alliance.joined", "historical", ["South Africa"], ["BRICS"], core=False),
            G(
                "alliance.joined",
                "historical",
                ["Egypt", "Ethiopia", "Iran", "United Arab Emirates"],
                ["BRICS"],
                core=False,
            ),
        ],
        not_targets=["Brazil", "China", "Russia", "India"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d05-alhurra-explainer-venezuela-oil-sanctions-suspended-blinken-warning-2023",
        date(2023, 10, 19),
        """واشنطن تعلّق عقوبات النفط الفنزويلي ستة أشهر.. ما الذي تغيّر ولماذا الآن؟

الحرة – واشنطن
19 أكتوبر 2023

علّقت الولايات المتحدة، الأربعاء، لمدة ستة أشهر جزءا واسعا من العقوبات المفروضة على قطاع النفط والغاز في فنزويلا، بعد يوم واحد من توقيع حكومة الرئيس نيكولاس مادورو وتحالف المعارضة اتفاقا في بربادوس يمهد لإجراء انتخابات رئاسية في النصف الثاني من العام المقبل. فيما يلي أبرز ما يجب معرفته عن القرار:

ما الذي قررته واشنطن بالضبط؟

أصدر مكتب مراقبة الأصول الأجنبية التابع لوزارة الخزانة ترخيصا عاما يجيز، حتى 18 أبريل 2024، المعاملات المتعلقة بقطاع النفط والغاز الفنزويلي، بما فيها التعامل مع شركة النفط الوطنية «بتروليوس دي فنزويلا»، وترخيصا ثانيا يسمح بالتعامل مع شركة الذهب الحكومية «مينرفين». وتم أيضا رفع الحظر عن تداول السندات الفنزويلية وسندات الشركة النفطية في السوق الثانوية.

لماذا الآن؟

جاء القرار مكافأة على اتفاق بربادوس، الذي وقعه ممثلو الحكومة والمعارضة الثلاثاء برعاية نرويجية، وتعهدت فيه كاراكاس بتنظيم انتخابات رئاسية «تنافسية» بحضور مراقبين دوليين، من بينهم بعثة من الاتحاد الأوروبي. كما تسعى إدارة الرئيس جو بايدن إلى زيادة إمدادات النفط في السوق العالمية بعد ارتفاع الأسعار.

هل يعني ذلك رفع العقوبات نهائيا؟

لا. فالترخيص مؤقت، ولا يشمل العقوبات المفروضة على مادورو نفسه وعلى عشرات المسؤولين في حكومته، التي لم ترفعها واشنطن، كما تبقى أصول الحكومة الفنزويلية في الولايات المتحدة مجمدة، ويبقى المصرف المركزي الفنزويلي على قائمة العقوبات. ولرفع العقوبات بشكل دائم، تشترط واشنطن إجراء انتخابات حرة ونزيهة يعترف بها المجتمع الدولي.

ما الذي قد يعيد العقوبات؟

حذر وزير الخارجية الأمريكي أنتوني بلينكن من أن بلاده ستعيد فرض العقوبات إذا لم تفِ حكومة مادورو بالتزاماتها، وحدد نهاية نوفمبر موعدا لوضع آلية لرفع الحظر عن ترشح المعارضين، والبدء في الإفراج عن «الأمريكيين المحتجزين ظلما» والسجناء السياسيين. وقال بلينكن في بيان: «سنتخذ إجراءات إذا لم تنفذ هذه التعهدات».

كيف وصلت العقوبات إلى هنا؟

فرضت إدارة الرئيس السابق دونالد ترامب عقوبات على «بتروليوس دي فنزويلا» في يناير 2019، في إطار حملة «الضغط الأقصى» لإزاحة مادورو، بعد انتخابات 2018 التي وصفتها واشنطن بأنها مزورة. وفي نوفمبر 2022، منحت وزارة الخزانة شركة «شيفرون» الأمريكية ترخيصا يسمح لها باستئناف عمليات محدودة في فنزويلا وتصدير النفط إلى الولايات المتحدة.

ماذا قالت كاراكاس والمعارضة؟

رحب مادورو بالقرار، لكنه طالب برفع «جميع العقوبات غير القانونية» عن بلاده. أما المعارضة، التي تنظم انتخاباتها التمهيدية الأحد المقبل، فاعتبرت أن الاتفاق «خطوة أولى» يجب أن تتبعها ضمانات بمشاركة مرشحتها الأوفر حظا ماريا كورينا ماتشادو، الممنوعة من الترشح بقرار من مراقب الحسابات العام.

ماذا يعني ذلك لأسواق النفط؟

يرى محللون أن الأثر الفوري محدود، لأن إنتاج فنزويلا لا يتجاوز 800 ألف برميل يوميا بسبب سنوات من نقص الاستثمار، لكن الترخيص قد يسمح بزيادته بنحو 200 ألف برميل يوميا خلال عام إذا تدفقت الاستثمارات.""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [
                    "United States",
                    "United States Department of the Treasury",
                    "Office of Foreign Assets Control",
                ],
                ["Venezuela", "PDVSA"],
            ),
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", "Antony Blinken", "United States Department of State"],
                ["Venezuela", "Nicolás Maduro"],
            ),
            G(
                "sanctions.lifted",
                "occurred",
                ["United States", "United States Department of the Treasury"],
                ["Venezuela", "PDVSA"],
                core=False,
            ),
            G("agreement.signed", "historical", ["Venezuela", "Nicolás Maduro"], [], core=False),
            G(
                "sanctions.lifted",
                "negated",
                ["United States"],
                ["Nicolás Maduro", "Central Bank of Venezuela"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Donald Trump"],
                ["PDVSA", "Venezuela"],
                core=False,
            ),
            G(
                "sanctions.suspended",
                "historical",
                ["United States Department of the Treasury", "United States"],
                ["Venezuela"],
                core=False,
            ),
        ],
        not_targets=[
            "Chevron Corporation",
            "Barbados",
            "Norway",
            "European Union",
            "María Corina Machado",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d06-mcd-afp-unsc-2745-car-embargo-lifted-government-renewed-armed-groups-2024",
        date(2024, 7, 31),
        """مجلس الأمن يرفع حظر السلاح عن حكومة أفريقيا الوسطى ويمدده على الجماعات المسلحة

مونت كارلو الدولية / أ ف ب
نشرت في: 31/07/2024 - 07:52 | آخر تحديث: 31/07/2024 - 13:10

رفع مجلس الأمن الدولي، الثلاثاء، حظر الأسلحة الذي فرضه قبل أكثر من عشر سنوات على القوات الحكومية في جمهورية أفريقيا الوسطى، فيما مدد لعام إضافي الحظر المفروض على الجماعات المسلحة الناشطة في هذا البلد الواقع في قلب القارة.

وتبنى المجلس القرار 2745، الذي صاغته فرنسا، بإجماع أعضائه الخمسة عشر. وبموجبه، لم تعد السلطات في بانغي ملزمة بإخطار لجنة العقوبات مسبقا قبل استيراد الأسلحة والذخائر لقواتها الأمنية.

أما الجماعات المسلحة، فقد مدد المجلس حتى 31 يوليو 2025 حظر توريد الأسلحة إليها، إلى جانب تدابير حظر السفر وتجميد الأصول المفروضة على أفراد وكيانات مدرجة على القائمة، كما مدد ولاية فريق الخبراء المكلف بمراقبة تطبيق العقوبات حتى نهاية أغسطس 2025.

وكان مجلس الأمن قد فرض الحظر على أفريقيا الوسطى في ديسمبر 2013، بعد أن أطاح تحالف «سيليكا» المتمرد بالرئيس فرنسوا بوزيزيه، وما تبع ذلك من أعمال عنف طائفية أودت بحياة الآلاف. ثم خففه تدريجيا منذ 2019، فأعفى من الإخطار المسبق بعض أنواع الأسلحة الخفيفة، قبل أن يرفعه بالكامل عن القوات الحكومية اليوم.

وتطالب حكومة الرئيس فوستان أرشانج تواديرا منذ سنوات برفع الحظر، معتبرة أنه يكبل قدرة جيشها على مواجهة المتمردين، وطالما دعت روسيا والصين إلى رفع العقوبات التي فُرضت على البلاد بالكامل، بينما أبدت منظمات حقوقية خشيتها من أن تنتهي الأسلحة في أيدي الميليشيات.

وتستعين بانغي منذ 2018 بمدربين عسكريين روس ومقاتلين من مجموعة فاغنر، التي صارت تعمل منذ مقتل زعيمها يفغيني بريغوجين تحت مسمى «الفيلق الأفريقي»، كما تنتشر في البلاد منذ أواخر 2020 قوات رواندية بموجب اتفاق ثنائي بين البلدين.

وقال دبلوماسي غربي في نيويورك، طلب عدم ذكر اسمه، إن القرار «يعكس تحسنا حقيقيا في أداء القوات المسلحة الوطنية»، لكنه «يضع على عاتق بانغي مسؤولية ضمان ألا تتسرب الأسلحة إلى السوق السوداء».

تحديث (13:10 بتوقيت باريس): رحب المتحدث باسم حكومة أفريقيا الوسطى ماكسيم بالالو بالقرار، ووصفه في تصريح إذاعي بأنه «انتصار للدبلوماسية الوطنية واعتراف بالتقدم الذي أحرزه جيشنا». في المقابل، اعتبرت منصة المعارضة الديمقراطية أن رفع الحظر «سابق لأوانه» في ظل استمرار الانتهاكات بحق المدنيين، داعية مجلس الأمن إلى «فرض رقابة صارمة على وجهة الأسلحة المستوردة».""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United Nations Security Council"],
                ["Central African Republic"],
            ),
            G(
                "sanctions.extended",
                "occurred",
                ["United Nations Security Council"],
                ["Central African Republic"],
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United Nations Security Council"],
                ["Central African Republic"],
                core=False,
            ),
            G(
                "sanctions.lifted",
                "historical",
                ["United Nations Security Council"],
                ["Central African Republic"],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["Wagner Group", "Africa Corps", "Russia"],
                ["Central African Republic"],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["Rwanda"],
                ["Central African Republic"],
                core=False,
            ),
        ],
        not_targets=["France", "Russia", "China", "Rwanda"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d07-trtarabi-sudan-iran-resume-ties-embassies-to-reopen-2023",
        date(2023, 10, 9),
        """السودان وإيران تستأنفان علاقاتهما الدبلوماسية بعد قطيعة دامت سبع سنوات

إسطنبول – TRT عربي
الاثنين 24 ربيع الأول 1445هـ الموافق 9 أكتوبر/تشرين الأول 2023

أعلنت وزارة الخارجية السودانية، الاثنين، استئناف العلاقات الدبلوماسية مع الجمهورية الإسلامية الإيرانية، بعد نحو سبع سنوات من قطعها، في خطوة قالت إنها تأتي «حرصا على المصالح المشتركة للبلدين والشعبين الشقيقين».

وأوضحت الوزارة، في بيان نشرته على صفحتها الرسمية، أن القرار جاء «في ضوء الاتصالات رفيعة المستوى التي جرت بين البلدين خلال الفترة الماضية»، مضيفة أن الجانبين اتفقا على «اتخاذ الخطوات اللازمة لإعادة فتح سفارتيهما في البلدين في أقرب وقت».

بدورها، رحبت الخارجية الإيرانية بالخطوة، وقال المتحدث باسمها ناصر كنعاني إن طهران «تنظر بإيجابية إلى عودة العلاقات مع السودان»، وإنها ستعين سفيرا لها هناك «قريبا».

وكان وزير الخارجية السوداني المكلف علي الصادق قد التقى نظيره الإيراني حسين أمير عبد اللهيان في يوليو الماضي، على هامش اجتماع لحركة عدم الانحياز في العاصمة الأذربيجانية باكو، في أول لقاء علني بين مسؤولين من البلدين منذ سنوات.

وقطع السودان علاقاته مع إيران في يناير 2016، تضامنا مع السعودية، إثر اقتحام محتجين إيرانيين السفارة السعودية في طهران وقنصليتها في مشهد. وقبل ذلك بعام، كان السودان قد انضم إلى التحالف العربي بقيادة السعودية في اليمن، وأرسل آلافا من جنوده للقتال هناك.

وتأتي الخطوة بعد سبعة أشهر من اتفاق السعودية وإيران، برعاية صينية، على استئناف علاقاتهما الدبلوماسية وإعادة فتح سفارتيهما، وهو الاتفاق الذي أعاد رسم خريطة العلاقات في المنطقة.

ويرى مراقبون أن الجيش السوداني، الذي يخوض منذ أبريل الماضي حربا مع قوات الدعم السريع، يسعى إلى تنويع علاقاته الخارجية، في ظل تقارير غربية عن حصوله على طائرات مسيرة إيرانية الصنع، وهو ما لم تؤكده الخرطوم رسميا.

ونفى مصدر دبلوماسي سوداني، في حديث لـTRT عربي، أن تتضمن التفاهمات مع طهران أي ترتيبات عسكرية، مؤكدا أن بلاده «لن تسمح بإقامة قاعدة عسكرية إيرانية على ساحل البحر الأحمر». وأشار إلى أن اتفاق إقامة مركز دعم لوجستي للبحرية الروسية في بورتسودان، الموقع عام 2020، «لا يزال معلقا» بانتظار مصادقة هيئة تشريعية لم تتشكل بعد.

ولم يصدر تعليق رسمي من واشنطن أو الرياض على الخطوة حتى مساء الاثنين.""",
        [
            G("relations.restored", "occurred", ["Sudan"], ["Iran"]),
            G("relations.restored", "planned", ["Sudan", "Iran"], []),
            G("relations.restored", "historical", ["Saudi Arabia"], ["Iran"], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Saudi Arabia", "Iran", "China"],
                [],
                core=False,
            ),
            G("alliance.joined", "historical", ["Sudan"], ["Saudi-led coalition"], core=False),
            G("military.presence", "historical", ["Sudan"], ["Yemen"], core=False),
            G("military.presence", "negated", ["Iran"], ["Sudan"], core=False),
            G("agreement.signed", "historical", ["Russia"], ["Sudan"], core=False),
            G("military.presence", "stalled", ["Russia"], ["Sudan"], core=False),
        ],
        not_targets=["Saudi Arabia", "Azerbaijan", "United States", "Rapid Support Forces"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d08-libyamostakbal-editorial-deterrence-apparatus-to-merge-into-state-2025",
        date(2025, 9, 16),
        """افتتاحية «ليبيا المستقبل»: دمج «الردع» في الدولة.. اتفاق على الورق أم بداية حقيقية؟

طرابلس – ليبيا المستقبل
الثلاثاء 23 ربيع الأول 1447هـ – 16 سبتمبر 2025

أعلن المجلس الرئاسي الليبي، مساء الأحد، التوصل إلى اتفاق مع جهاز الردع لمكافحة الجريمة المنظمة والإرهاب، برعاية تركية، ينهي أسابيع من التحشيد العسكري في العاصمة. وينص الاتفاق، بحسب البيان الرسمي، على أن تُدمج وحدات الجهاز في وزارة الداخلية ورئاسة الأركان العامة خلال تسعين يوما، وأن يُسلَّم مطار معيتيقة الدولي إلى قوة محايدة تتبع رئاسة الأركان، وأن تُنقل إدارة سجن معيتيقة إلى وزارة العدل.

هذا هو الخبر. أما السؤال الذي يطرحه كل ليبي اليوم فهو: هل نحن أمام دمج حقيقي، أم أمام فصل جديد من المسرحية ذاتها؟

لقد سمعنا كلمة «الدمج» عشرات المرات منذ 2012. يومها أُلحقت كتائب الثوار بوزارتي الدفاع والداخلية عبر «درع ليبيا» و«اللجنة الأمنية العليا»، فتقاضى المقاتلون رواتبهم من الخزانة العامة، واحتفظ القادة بولاءاتهم وسلاحهم. والنتيجة معروفة: دولة تدفع رواتب مجموعات مسلحة لا تأتمر بأمرها.

وفي مايو الماضي، وبعد مقتل عبد الغني الككلي قائد «جهاز دعم الاستقرار»، أصدر رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة قرارات بحل الجهاز ودمج منتسبيه في وزارة الداخلية، وأعلن أن «زمن الأجهزة الموازية انتهى». لكن أحياء كاملة في جنوب طرابلس لا تزال حتى اليوم تحت سيطرة المجموعات ذاتها، بأسماء جديدة.

والأخطر أن توحيد المؤسسة العسكرية بين الشرق والغرب، الذي تتولاه اللجنة العسكرية المشتركة 5+5 منذ توقيع اتفاق وقف إطلاق النار في جنيف في أكتوبر 2020، ما زال متعثرا، إذ لم تتفق الأطراف حتى الآن على هوية القائد العام ولا على هيكل موحد للأركان، فيما يواصل الجيش الوطني الليبي بقيادة خليفة حفتر بناء مؤسساته بمعزل عن طرابلس.

ولا يمكن فصل اتفاق الأحد عن الدور التركي. فأنقرة، التي نشرت قواتها ومستشاريها العسكريين في غرب ليبيا مطلع 2020 بموجب مذكرة التفاهم الأمنية الموقعة مع حكومة الوفاق أواخر 2019، باتت الضامن الفعلي لتوازنات العاصمة، وهي التي أقنعت الطرفين بالجلوس إلى الطاولة.

إن نجاح الدمج هذه المرة مرهون بثلاثة شروط: أن تُفكك هياكل القيادة الموازية فعلا لا شكلا، وأن يخضع المنتسبون لإعادة تأهيل وتدقيق أمني فردي، لا أن يُنقلوا كتلا بقادتها، وأن تمتلك الدولة القدرة على محاسبة من يخالف. دون ذلك، سيكون «الاتفاق» مجرد هدنة أخرى تنتظر شرارتها.

لقد دفع الليبيون ثمنا باهظا لسنوات من «الدمج الشكلي». والمطلوب اليوم ليس بيانا جديدا، بل جدول زمني معلن، ورقابة من مجلس النواب والمجلس الأعلى للدولة، وشفافية في كل خطوة. فهل تكون الأيام التسعون المقبلة مختلفة؟""",
        [
            G(
                "forces.integrated",
                "planned",
                ["Presidential Council (Libya)", "Government of National Unity (Libya)"],
                ["Special Deterrence Force"],
            ),
            G(
                "agreement.signed",
                "occurred",
                ["Presidential Council (Libya)"],
                ["Special Deterrence Force"],
                core=False,
            ),
            G("forces.integrated", "historical", ["Libya"], [], core=False),
            G(
                "forces.integrated",
                "historical",
                ["Government of National Unity (Libya)", "Abdul Hamid Dbeibah"],
                [],
                core=False,
            ),
            G(
                "forces.integrated",
                "stalled",
                ["5+5 Joint Military Commission"],
                ["Libyan National Army"],
                core=False,
            ),
            G(
                "agreement.signed",
                "historical",
                ["5+5 Joint Military Commission"],
                [],
                core=False,
            ),
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Turkey"],
                ["Government of National Accord"],
                core=False,
            ),
        ],
        not_targets=["Turkey"],
        known_miss='"على أن تُدمج وحدات الجهاز في وزارة الداخلية ورئاسة الأركان العامة خلال تسعين يوما": the interior ministry and the general staff are no ``army_noun``, so the merger has no trigger',
        known_alarm="the same merger, now read planned past the aside «، بحسب البيان الرسمي،», has no actor and the unresolved ministry for target",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d09-dw-what-we-know-thaad-battery-us-troops-israel-2024",
        date(2024, 10, 14),
        """ماذا نعرف عن منظومة «ثاد» التي بدأت واشنطن نشرها في إسرائيل؟

DW عربية
14.10.2024

بدأت الولايات المتحدة نشر بطارية من منظومة الدفاع الصاروخي «ثاد» في إسرائيل، مع نحو مئة جندي أمريكي لتشغيلها، وفق ما أعلنته وزارة الدفاع الأمريكية (البنتاغون). ووصلت طلائع الفريق العسكري الأمريكي والمعدات الأولى إلى إسرائيل يوم الاثنين، على أن تكتمل جاهزية البطارية خلال أيام. فيما يلي أبرز ما نعرفه عن المنظومة وعن القرار:

ما هي منظومة «ثاد»؟

«ثاد» اختصار لعبارة «الدفاع الجوي الصاروخي للارتفاعات العالية»، وهي منظومة أمريكية صممتها شركة «لوكهيد مارتن» لاعتراض الصواريخ الباليستية قصيرة ومتوسطة المدى في المرحلة الأخيرة من مسارها، داخل الغلاف الجوي وخارجه. وتتألف البطارية الواحدة عادة من ست منصات إطلاق محمولة على شاحنات، وثمانية صواريخ اعتراضية لكل منصة، ورادار قوي.

لماذا الآن؟

قال البنتاغون إن وزير الدفاع لويد أوستن أذن بنشر البطارية بتوجيه من الرئيس جو بايدن، «للمساعدة في تعزيز الدفاعات الجوية الإسرائيلية» بعد الهجومين الصاروخيين اللذين شنتهما إيران على إسرائيل في أبريل ومطلع أكتوبر. ويأتي ذلك بينما تستعد إسرائيل للرد على الهجوم الإيراني الأخير، الذي أطلقت خلاله طهران نحو مئتي صاروخ باليستي.

هل هي المرة الأولى؟

لا. فقد نشرت الولايات المتحدة منظومة «ثاد» في إسرائيل لأول مرة في مارس 2019، لفترة قصيرة خلال مناورات مشتركة في صحراء النقب. كما نشرت بطاريات منها في كوريا الجنوبية عام 2017 وسط احتجاجات صينية، وفي الإمارات والسعودية في السنوات الأخيرة. غير أن نشر جنود أمريكيين لتشغيل المنظومة في إسرائيل خلال حرب مفتوحة سابقة من نوعها.

هل سيشارك الجنود الأمريكيون في القتال؟

أكد البنتاغون أن مهمة الجنود «دفاعية بحتة»، وأنهم لن يُنشروا في قطاع غزة أو في لبنان، ولن يشاركوا في أي عمليات هجومية. وكان الرئيس بايدن قد تعهد مرارا بعدم إرسال قوات أمريكية للقتال في الشرق الأوسط.

كيف ردت إيران؟

حذر وزير الخارجية الإيراني عباس عراقجي، الأحد، من أن الولايات المتحدة «تعرض حياة جنودها للخطر بنشرهم لتشغيل منظومات أمريكية في إسرائيل»، مؤكدا أن بلاده «لا خطوط حمراء لديها في الدفاع عن شعبها ومصالحها».

وماذا عن ألمانيا؟

تتابع برلين التطورات بقلق، وكانت قد وقعت مع إسرائيل في سبتمبر 2023 اتفاقا بقيمة 3.5 مليار يورو لشراء منظومة «آرو 3» الإسرائيلية للدفاع الصاروخي، في أكبر صفقة سلاح في تاريخ إسرائيل، ومن المقرر أن يبدأ تشغيلها على الأراضي الألمانية مطلع العام المقبل.""",
        [
            G(
                "military.presence",
                "occurred",
                ["United States", "United States Department of Defense", "Lloyd Austin"],
                ["Israel"],
            ),
            G("military.presence", "historical", ["United States"], ["Israel"], core=False),
            G(
                "military.presence",
                "historical",
                ["United States"],
                ["South Korea", "United Arab Emirates", "Saudi Arabia"],
                core=False,
            ),
            G(
                "military.presence",
                "negated",
                ["United States"],
                ["Gaza Strip", "Lebanon"],
                core=False,
            ),
            G("agreement.signed", "historical", ["Germany"], ["Israel"], core=False),
        ],
        not_targets=["Iran", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d10-alakhbar-nouakchott-assembly-question-bac-internet-suspended-2025",
        date(2025, 7, 17),
        """وزير التهذيب أمام النواب: قطع الإنترنت خلال الباكالوريا «إجراء مؤقت».. و1240 حالة غش هذا العام

نواكشوط – الأخبار
الخميس 22 محرم 1447هـ الموافق 17 يوليو 2025

رد وزير التهذيب الوطني وإصلاح النظام التعليمي، خلال جلسة علنية عقدتها الجمعية الوطنية مساء أمس الأربعاء، على سؤال شفهي وجهه نائب عن حزب «تواصل» المعارض بشأن تعليق خدمة الإنترنت عبر الهاتف المحمول طيلة أيام امتحان الباكالوريا، وما خلفه من خسائر للتجار والطلاب وأصحاب الأعمال. وفيما يلي أبرز ما دار في الجلسة:

النائب: السيد الوزير، للسنة الخامسة على التوالي تقطع الحكومة الإنترنت عن البلاد أربعة أيام كاملة، بحجة منع تسريب أسئلة امتحان يشارك فيه أقل من سبعين ألف مترشح. هل قدرتم حجم الخسائر؟ وهل من اتفاق مع شركات الاتصال لتعويض المشتركين؟

الوزير: تعليق خدمة البيانات على الهاتف المحمول إجراء مؤقت واستثنائي، لجأنا إليه بعد أن ثبت أن الغش الإلكتروني كاد يفرغ الشهادة من قيمتها. وقد وقعت الوزارة قبل الامتحان اتفاقا مع شركات الاتصال الثلاث، «موريتل» و«شنقيتل» و«ماتل»، يضمن استمرار الإنترنت الثابت للمصارف والمستشفيات والإدارات العمومية، وتم رفع التعليق فور انتهاء آخر مادة مساء الخميس الماضي.

النائب: لكن الغش لم يتوقف رغم كل ذلك. ما العقوبات التي فرضت على المتورطين؟

الوزير: ضبطت لجان المراقبة 1240 حالة غش، وفرضت الوزارة على أصحابها عقوبات تصل إلى الحرمان من المشاركة في الامتحانات الوطنية لمدة سنتين، كما أحيل 37 شخصا، بينهم أساتذة ومراقبون، إلى النيابة العامة. ولتأمين الامتحان، نشرنا بالتنسيق مع وزارة الداخلية أكثر من ألفي عنصر من الحرس الوطني والدرك حول مراكز الامتحان البالغ عددها 168 مركزا في عموم الولايات.

النائب: وهل تعتزمون تمديد قطع الإنترنت ليشمل امتحاني ختم الدروس الإعدادية والابتدائية؟

الوزير: لا، لن يمتد الإجراء إلى هذين الامتحانين. ونعمل مع شركائنا على حل تقني بديل يعتمد أجهزة تشويش داخل القاعات، على غرار ما تطبقه بعض الدول المجاورة.

نائبة عن حزب «الإنصاف» الحاكم: السيد الوزير، كثير من الأساتذة اشتكوا من تأخر مستحقات التصحيح. ما الذي ستفعلونه؟

الوزير: انضم هذا العام أكثر من ثلاثة آلاف أستاذ إلى لجان التصحيح، وهو رقم غير مسبوق، وقد صُرفت مستحقات الدفعة الأولى منهم الأسبوع الماضي، وسيتم صرف الباقي قبل نهاية الشهر.

وكانت الوزارة قد أعلنت، يوم الثلاثاء، نتائج الدورة العادية للباكالوريا، التي بلغت نسبة النجاح فيها 8.6 في المئة، وهي نسبة قريبة من نسبة العام الماضي، على أن تنظم الدورة التكميلية مطلع أغسطس المقبل.

وبعد انتهاء الأسئلة، رفع رئيس الجمعية الوطنية الجلسة، على أن تستأنف الأسبوع المقبل لمناقشة مشروع قانون يتعلق بالتعليم الخاص.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d11-omandaily-sport-discipline-penalties-round-suspended-tropical-storm-2025",
        date(2025, 10, 23),
        """«الانضباط» تعاقب السيب وظفار.. وتعليق الجولة السابعة من الدوري بسبب الحالة المدارية

مسقط – «عُمان» الرياضي
الخميس 1 جمادى الأولى 1447هـ – 23 أكتوبر 2025م

فرضت لجنة الانضباط بالاتحاد العماني لكرة القدم عقوبات مالية وإدارية على ناديي السيب وظفار، على خلفية الأحداث التي شهدتها مباراة الفريقين ضمن الجولة السادسة من دوري المحترفين، والتي انتهت بالتعادل الإيجابي بهدفين لمثلهما على مجمع السلطان قابوس الرياضي ببوشر.

وقررت اللجنة، في اجتماعها الذي عقدته مساء الثلاثاء، تغريم نادي السيب ثلاثة آلاف ريال عماني بسبب إلقاء جماهيره عبوات المياه على أرضية الملعب، وإلزام نادي ظفار بخوض مباراتين على أرضه دون جمهور لاقتحام عدد من مشجعيه المضمار عقب هدف التعادل، إضافة إلى إيقاف مدافع ظفار أربع مباريات لاعتدائه على الحكم المساعد.

وفي المقابل، رفعت اللجنة الإيقاف عن مهاجم نادي النهضة، بعد قبول التظلم الذي تقدم به النادي، إذ تبين لها من خلال مراجعة لقطات الفيديو أن البطاقة الحمراء التي أشهرت في وجهه خلال مباراة الجولة الخامسة «لم تكن مستحقة».

من جهة أخرى، أعلن الاتحاد تعليق منافسات الجولة السابعة من الدوري، التي كانت مقررة يومي الجمعة والسبت، بسبب الحالة المدارية التي تتأثر بها محافظات جنوب الشرقية والوسطى وظفار، وذلك بناء على توصيات المديرية العامة للأرصاد الجوية واللجنة الوطنية لإدارة الحالات الطارئة، على أن يُعلن عن المواعيد الجديدة لاحقا.

وقال مدير المسابقات بالاتحاد إن «سلامة اللاعبين والجماهير تأتي أولا»، مشيرا إلى أن الاتحاد سينشر حكام تقنية الفيديو المساعد في جميع مباريات الجولات المتبقية من الدور الأول، بعد أن اقتصر استخدامها في الموسم الماضي على المباريات المنقولة تلفزيونيا.

وعلى صعيد المنتخب الأول، انضم ثلاثة لاعبين جدد إلى معسكر «الأحمر» في مسقط، استعدادا لمواجهتي الملحق المؤهل إلى كأس العرب، فيما أعلن الاتحاد تمديد عقود أعضاء الجهاز الفني المساعد حتى نهاية تصفيات كأس آسيا 2027.

وفي سياق منفصل، وقع نادي السيب عقد رعاية مع شركة محلية للاتصالات لمدة ثلاثة مواسم، بقيمة لم يُكشف عنها، تظهر بموجبه علامة الشركة على قمصان الفريق في المسابقات المحلية والخليجية.

كما اعتمد مجلس إدارة الاتحاد انضمام أكاديميتين خاصتين إلى دوري الناشئين اعتبارا من الموسم المقبل، ليرتفع عدد الفرق المشاركة فيه إلى ستة عشر فريقا، في إطار خطة لتوسيع قاعدة الممارسين في المحافظات.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-d12-acharaa-almaghribi-weekly-economy-roundup-fine-freeze-lifted-merger-2025",
        date(2025, 2, 18),
        """حصاد الأسبوع الاقتصادي: خطية على وسيط بالبورصة، رفع التجميد عن حسابات مصدّر زيت، واندماج في قطاع التأمين

تونس – الشارع المغاربي
الثلاثاء 19 شعبان 1446 الموافق لـ18 فيفري 2025

• هيئة السوق المالية تعاقب وسيطا بالبورصة

سلطت هيئة السوق المالية خطية مالية بقيمة 150 ألف دينار على إحدى شركات الوساطة بالبورصة، وقررت تعليق نشاطها في فتح حسابات جديدة لمدة شهر، بسبب إخلالات في قواعد حماية أموال الحرفاء ومكافحة غسل الأموال، وفق قرار نشرته الهيئة في نشريتها الرسمية يوم الخميس. وأوضحت الهيئة أن العقوبة قابلة للطعن أمام محكمة الاستئناف بتونس.

• المحكمة ترفع التجميد عن حسابات شركة مصدّرة للزيت

قضت الدائرة الاستعجالية بالمحكمة الابتدائية بصفاقس برفع التجميد عن الحسابات البنكية لشركة مصدّرة لزيت الزيتون، كانت إدارة الجباية قد جمدتها في جانفي الماضي بسبب خلاف حول ديون جبائية بقيمة 4 ملايين دينار، وذلك بعد أن قدمت الشركة ضمانا بنكيا يغطي المبلغ المطلوب.

• انضمام شركة جديدة إلى السوق الرئيسية

انضمت شركة ناشطة في صناعة الأدوية الجنيسة إلى السوق الرئيسية لبورصة تونس، بعد نجاح عملية الاكتتاب العام التي أغلقت بطلب فاق العرض 3.2 مرات، ليرتفع عدد الشركات المدرجة إلى 79 شركة. ويبدأ تداول سهمها يوم الإثنين المقبل.

• توقيع اتفاقية اندماج بين شركتي تأمين

وقعت شركتان للتأمين، يوم الجمعة، اتفاقية اندماج ستنتج عنها ثالث أكبر شركة تأمين في السوق التونسية من حيث رقم المعاملات، على أن تعرض الصفقة على مصادقة الجلسات العامة الخارقة للعادة للشركتين والهيئة العامة للتأمين خلال أفريل المقبل.

• تمديد آجال تأجيل أقساط قروض الفلاحين

أعلن البنك المركزي التونسي تمديد العمل بإجراء تأجيل خلاص أقساط القروض لفائدة الفلاحين المتضررين من الجفاف إلى موفى جوان 2025، بعد أن كان مقررا أن ينتهي موفى ديسمبر الماضي.

• الستاغ: رفع تعريفة الكهرباء للاستهلاك المرتفع

قررت الشركة التونسية للكهرباء والغاز رفع تعريفة الكهرباء بنسبة 7 بالمائة على الشرائح التي يتجاوز استهلاكها 300 كيلواط ساعة شهريا، بداية من فاتورة مارس، مع الإبقاء على التعريفة الحالية للأسر محدودة الاستهلاك.

• الأمطار تنعش آمال الموسم الفلاحي

ساهمت التساقطات الأخيرة في رفع نسبة امتلاء السدود إلى 36 بالمائة، وفق وزارة الفلاحة، مقارنة بـ26 بالمائة في الفترة نفسها من العام الماضي، وهو ما من شأنه أن يخفف الضغط على مياه الشرب والري خلال أشهر جويلية وأوت، ويحسن توقعات صابة الحبوب بعد موسمين من الجفاف.

• المؤشر المرجعي يواصل الصعود

أنهى مؤشر «توناندكس» الأسبوع على ارتفاع بنسبة 1.4 بالمائة، مدفوعا بأسهم القطاع البنكي، فيما بلغ حجم المبادلات الجملية 58 مليون دينار.""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout19_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout19_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # the Levantine months of two words date an act; a day before a contrast's conjunction
    # dates the other clause
    pytest.param(
        "لم ترفع الولايات المتحدة حتى الآن العقوبات المفروضة على سوريا، وإن أصدرت وزارة الخزانة "
        "الأمريكية في كانون الثاني ترخيصا عاما يتيح بعض المعاملات.",
        date(2025, 4, 24),
        [],
        [],
        id="licence-of-kanun-al-thani",
    ),
    pytest.param(
        "وأصدرت وزارة الخزانة الأمريكية في 16 نيسان الجاري ترخيصا عاما يتيح بعض المعاملات مع سوريا.",
        date(2025, 4, 20),
        [("sanctions.suspended", "occurred", "United States Department of the Treasury")],
        [],
        id="licence-of-this-nisan",
    ),
    # "غير أن" is "however"; a battery of any make is a presence
    pytest.param(
        "غير أن نشر جنود أمريكيين في إسرائيل بدأ أمس.",
        date(2024, 10, 15),
        [("military.presence", "occurred", "United States")],
        [],
        id="however-not-negation",
    ),
    pytest.param(
        "بدأت الولايات المتحدة نشر بطارية من منظومة الدفاع الصاروخي في إسرائيل.",
        date(2024, 10, 15),
        [("military.presence", "occurred", "target:Israel")],
        [],
        id="a-battery-deployed",
    ),
    # a verb glued to "و" goes on with the sentence's pluperfect
    pytest.param(
        "كان السودان قد انضم إلى التحالف العربي بقيادة السعودية في اليمن، وأرسل آلافا من جنوده للقتال هناك.",
        date(2023, 10, 10),
        [],
        [],
        id="pluperfect-carried-over-wa",
    ),
    # an exam board's penalties, a merger of two companies
    pytest.param(
        "وفرضت الوزارة على أصحابها عقوبات تصل إلى الحرمان من المشاركة في الامتحانات الوطنية.",
        date(2025, 6, 15),
        [],
        [],
        id="exam-penalties",
    ),
    pytest.param(
        "وقعت شركتان للتأمين، يوم الجمعة، اتفاقية اندماج ستنتج عنها ثالث أكبر شركة تأمين في السوق التونسية.",
        date(2025, 6, 15),
        [],
        [],
        id="insurers-merger",
    ),
    # the first person plural of a minister: his state signs
    pytest.param(
        "وقال وزير الصناعة الأردني: سنوقع الاتفاقية مع سوريا خلال شهرين.",
        date(2025, 6, 15),
        [("agreement.signed", "planned", "Jordan")],
        [],
        id="we-will-sign",
    ),
    # forces merged into the general staff and the interior ministry
    pytest.param(
        "وقرر المجلس الرئاسي الليبي دمج جهاز الردع في وزارة الداخلية ورئاسة الأركان العامة.",
        date(2025, 6, 15),
        [("forces.integrated", "occurred", "Presidential Council (Libya)")],
        [],
        id="merged-into-the-general-staff",
    ),
    # a city that names an accord is no party
    pytest.param(
        "وقعت إثيوبيا والصومال إعلان أنقرة يوم الأربعاء.",
        date(2024, 12, 13),
        [("agreement.signed", "occurred", "Ethiopia")],
        ["Turkey", "Ankara"],
        id="ankara-declaration",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout19_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout19_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
