"""A twenty-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first twenty-five held-out sets: Arabic copy of 2016-2025 from outlets the earlier sets lack,
and from regions and programmes they hardly touch (Paraguay, Vietnam, the EU's cyber-sanctions
regime, Bangladesh, the Western Balkans, the Chadian rebellion, Cabo Delgado): Vito (Cairo) carrying
a wire, with "يوليو/ تموز" months, on the Treasury's sanctions on Paraguay's former president
Horacio Cartes and vice-president Hugo Velázquez (the State Department's entry bans of July and
August, links to Hezbollah's tri-border networks, "ليست موجهة ضد باراغواي"); an Assafir report, in
Levantine months and with subheadings, of Obama lifting the arms embargo on Vietnam in Hanoi (the
partial easing of 2014, the ties of 1995, the TPP signed in February, Cam Ranh Bay "no foreign
bases"); an Al-Arab (Doha) question-and-answer explainer on the Treasury's three general licences
and Resolution 2615 for humanitarian aid to Taliban-run Afghanistan (no lifting, the central bank's
assets frozen, the UN sanctions of 1999, the Doha agreement and Qatar as protecting power); a
Tunisian Assabah wire, in Tunisian months (ماي، جويلية، جوان), on the Council prolonging the cyber
sanctions framework to 2028 (WannaCry, NotPetya, the Bundestag hack, no new names, the hybrid
regime of October); an opinion column in Azzaman (Baghdad) on Blinken's visa policy against
whoever undermines Bangladesh's election (the RAB sanctions of 2021 and Dhaka's stalled request
to lift them, Hasina's "لن تشتري شيئا ممن يفرض علينا العقوبات", Rooppur and the sanctions on
Russian banks, an Iraqi aside); 24.ae on North Macedonia becoming NATO's thirtieth member in
nominal sentences and passives ("جرى إيداع", "يُرفع علم البلاد"; Prespa and the accession protocol,
Montenegro in 2017, EU accession talks agreed that week); Al-Sudani (Khartoum) on Chad's military
council signing the Doha peace agreement with some forty rebel movements, whose fighters are to be
merged into the army (FACT's talks at a dead end, the AU that did not suspend Chad, the Sudanese-
Chadian joint force of 2010, the French base); Al-Joumhouria (Beirut) on the Saudi ambassador back
in Beirut and Kuwait's to follow (the import bans of 2021 not lifted, the Kuwaiti paper, the
Saudi-French fund); and a Qiraat Africa feature on Rwanda's thousand troops in Cabo Delgado with
the SADC force due on Thursday (the EU training mission, Portuguese and US trainers, Wagner in
2019, Rwanda in the CAR, the terrorist designation of ISIS-Mozambique). Nine carry events of all ten
alertable types (imposed, lifted, suspended, extended, threatened, joined, signed, restored ties,
integration, deployment), in occurred and planned status, next to historical, negated and stalled
ones; three are near misses: Al-Seyassah's time-stamped live coverage of the Emir of Kuwait
dissolving the National Assembly and suspending articles of the constitution "مدة لا تزيد على أربع
سنوات" (ministers to join the government, Gulf statements of support, the suspensions of 1976 and
1986), Al-Rai (Amman) on Umm al-Jimal inscribed on the World Heritage List as the seventh Jordanian
site "ينضم إلى القائمة" (a nomination file "رفعت", a memorandum with a municipality, al-Faw and Tell
Umm Amer inscribed, the latter on the danger list, the convention ratified in 1975), and Al-Tayar on
the Sudanese certificate exams (registration extended, 20,000 invigilators "نشرت", students who
"انضموا" to other centres, Sudanese schools in Egypt reopened after their work was suspended, Chad
declining to host centres, a memorandum with UNICEF, schooling suspended and resumed).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 46616d0, the analyzer as committed), in one run:
events P 0.667 R 0.538 F1 0.596 (recall 7/13, precision 6/9; occurred core found 6/10, planned
1/3; historical 28/29, negated 6/6 and stalled 2/2 kept quiet). The score flatters one article:
in ar-l08 the day's news, the Saudi ambassador back in Beirut, is found only through a reference
back to it ("غير أن عودة السفير لا تعني تلقائياً رفع الحظر", read as a new restoration with no
actor), and Kuwait's planned restoration, merged into that event, is counted as found through it.
Nine strict xfails, with the reason (six articles with a core event missed, three with a wrong
alert); do not tune lexicons on these articles. The causes, as read in the output of
``rasd.analyze.analyze`` on the articles' sentences and shortened variants of them: "قبل أشهر من
الانتخابات" (months before an event) is read as "months ago", so a threat made yesterday is
historical (and a visa policy announced, "سياسة جديدة تتيح لبلاده تقييد منح التأشيرات", threatens
nothing, as in set 25); a stall verb in a clause about the path behind an accession ("لتُطوى بذلك
مسيرة … تعثّرت خلالها طويلاً", "بعد مسار تعثر قرابة عامين") stalls the accession itself; the broken
plural "رخص" (licences) is no licence noun where "رخصة" and "تراخيص" are, so the Treasury's three
general licences give nothing; a pluperfect report dated "في اليوم نفسه" ("وكانت الحكومة الرواندية
قد أعلنت، في اليوم نفسه، أنها بدأت نشر قوة") is historical, the same-day anchor counting for
nothing, and the headline's occurred deployment is merged into it; an ambassador who returns
("عاد سفير المملكة العربية السعودية … إلى بيروت") restores nothing where "أعادت قطر سفيرها" does, and
the subject of "أعلنت وزارة الخارجية الكويتية قرارها إعادة سفيرها إلى بيروت" is not the actor of
the masdar (Beirut is, as Lebanon); a commitment renewed to a treaty the knowledge base holds
("جدد الجانبان التزامهما باتفاقية الشراكة عبر المحيط الهادئ", "جددت … التزامها باتفاق باريس") is a
sanctions extension with the treaty as its instrument, and "الجانبان" borrows the names of the
paragraph before (Human Rights Watch and the White House); an agentless signing borrows the
dateline's names ("الخرطوم: "السوداني"", the city and the paper's name both read as Sudan), a
government "في تشاد" is not its state, and the host capital's adjective ("في العاصمة القطرية
الدوحة") makes its state a party; fighters of unnamed movements merged into "الجيش الوطني" have no
participant, so the merger is dropped; the clause after "بعد أن" takes the main clause's "أمس
الاثنين" over its own "في مايو الماضي" (Portugal's trainers of May deployed today), and an EU
training mission approved ("إنشاء بعثة عسكرية لتدريب القوات الموزمبيقية") is no deployment; an
organisation's force arriving ("ستصل قوات سادك إلى موزمبيق") is none either (as in set 24). Wrong
roles in alerts the set's scoring does not count as wrong: the Security Council's exemption "من
نظام العقوبات الأممية المفروض على الحركة" has no target (the movement is not taken up as the
Taliban); the cyber extension has no target; Cartes and Velázquez are not in the knowledge base,
so "الرئيس الباراغوياني" is the unlinked target. Six causes have a sentence of their own in
``RULES``, a strict xfail until it is fixed; the others are pinned by the articles' strict xfails.

After the fixes (same day): P 1.000 R 0.769 F1 0.870 (recall 10/13, precision 9/9; occurred 9/10,
planned 1/3; historical 29/29, negated 6/6, stalled 2/2 kept quiet). Fixed, each with its rule
sentence below: "قبل أشهر من الانتخابات" is months before another event, not months ago; a stall
of the road behind a step ("بعد مسار تعثر", "تعثرت خلالها") is no stall of the step; a renewal
verb whose object is a commitment, a call or a position ("جددت … التزامهما") renews no measure;
"رخص عامة" (the broken plural) are licences. Also fixed on the articles' causes: a paper's place
and name on a line of their own ("الخرطوم: "السوداني" - وكالات") are a dateline, no party; who
sponsored, mediated or attended a signing ("برعاية قطرية", "بحضور …", and in English "brokered
by", "mediated by", "under the auspices of") is no party when others remain; "في العاصمة القطرية
الدوحة" is the scene, and "الحكومة الانتقالية في تشاد" is Chad's; a day named in the main clause
does not date a "بعد أن" clause after it (Portugal's trainers of May); "في وقت تحتفظ فيه فرنسا
بقاعدة" (at a time when) is a state of things, background. An ambassador who "عاد" restores ties, and
his demonym names his state ("عاد السفير القطري": no more an unlinked "ambassador" for a party).
An intention announced ("عزمها") is a future cue; where the envoy goes
("إلى بيروت") is the counterpart of ties; a ministry that restores ties stands for its state (as
an authority's state is added to its sanctions); who welcomes ties restored is not their
restorer, even when no one else is named (set 5's Saudi appointment, matched until now only
through Damascus welcoming it, is a miss since, see there). Left (strict xfails): Rwanda's deployment
announced "في اليوم نفسه" in a pluperfect, SADC's force "ستصل", the Chadian fighters of unnamed
movements. Cured since (test_general_misses5_rules_ar.py): ar-l07, fighters merged into a bare
"الجيش الوطني" go into the army of the one state named before (Chad).

``python -m tests.unit.test_heldout26_events_ar`` prints every article's alerts and the set's
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

_OFAC = "Office of Foreign Assets Control"
_TREASURY = "United States Department of the Treasury"
_SADC = "Southern African Development Community"
_FACT = "Front for Change and Concord in Chad"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l01-vito-wire-us-treasury-sanctions-paraguay-cartes-velazquez-2023",
        date(2023, 1, 27),
        """واشنطن تفرض عقوبات على الرئيس الباراغوياني السابق هوراسيو كارتيس ونائب الرئيس الحالي بتهم "فساد مستشرٍ"

كتب: محمد عبد الحليم - وكالات
الجمعة 27 يناير 2023

فرضت وزارة الخزانة الأمريكية، مساء أمس الخميس، عقوبات على الرئيس الباراغوياني السابق هوراسيو كارتيس ونائب الرئيس الحالي هوغو فيلاسكيز، متهمة إياهما بالتورط في "فساد مستشرٍ" قوّض المؤسسات الديمقراطية في البلد الواقع في قلب أمريكا الجنوبية، في خطوة نادرة تطال رئيسا سابقا لا يزال يتزعم الحزب الحاكم.

وأوضح مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، أن العقوبات تشمل كذلك أربع شركات يملكها كارتيس أو يسيطر عليها، في مقدمتها شركة "تاباكاليرا ديل إستي" للتبغ، أكبر منتج للسجائر في البلاد، وتقضي بتجميد جميع أصولهم الخاضعة للولاية القضائية الأمريكية، وبحظر تعامل المواطنين والشركات الأمريكية معهم.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نيلسون إن كارتيس "عرقل تعاونا دوليا لمكافحة الجريمة العابرة للحدود، ودفع رشى لمشرعين لضمان ولائهم"، فيما "عرض فيلاسكيز رشوة على مسؤول عام لعرقلة تحقيق يهدد مصالحه المالية". وأضاف البيان أن أعمال الرئيس السابق ارتبطت بصلات مع عناصر من "حزب الله" اللبناني تنشط في منطقة المثلث الحدودي بين باراغواي والبرازيل والأرجنتين، المعروفة بأنها مركز لغسل الأموال والتهريب.

في المقابل، نفى كارتيس، الذي حكم البلاد بين عامي 2013 و2018، الاتهامات جملة وتفصيلا، وقال في بيان نشره على حساباته إنه "لم يرتكب أي مخالفة"، وإنه سيلجأ إلى "كل السبل القانونية" للدفاع عن اسمه وعن آلاف العاملين في شركاته. أما فيلاسكيز فوصف نفسه بأنه "ضحية حملة سياسية"، رافضا دعوات الاستقالة من منصبه.

وليست هذه أول خطوة أمريكية بحق الرجلين، إذ كانت وزارة الخارجية الأمريكية قد صنفت كارتيس في يوليو/ تموز الماضي "متورطا في فساد كبير"، ومنعته وأفراد أسرته المباشرين من دخول الأراضي الأمريكية، قبل أن تتخذ إجراء مماثلا بحق فيلاسكيز في أغسطس/ آب، ما دفعه حينها إلى إعلان عزمه الاستقالة قبل أن يتراجع بعد أيام.

وأكد السفير الأمريكي لدى أسونسيون مارك أوستفيلد، في مؤتمر صحفي، أن العقوبات "ليست موجهة ضد باراغواي ولا ضد أي حزب سياسي"، بل ضد "أفراد بعينهم استغلوا مواقعهم"، مشيرا إلى أن بلاده "ستواصل العمل مع الحكومة الباراغويانية في مكافحة الفساد والجريمة المنظمة".

بدوره، قال الرئيس ماريو عبدو بينيتيز إن حكومته "تحترم القرار"، وإن المؤسسات المعنية ستتخذ ما يلزم لضمان امتثال النظام المصرفي، فيما أعلنت مصارف محلية أنها بدأت مراجعة حسابات الشركات المشمولة بالعقوبات.

وتأتي الخطوة قبل ثلاثة أشهر من الانتخابات الرئاسية المقررة في الثلاثين من أبريل/ نيسان المقبل، التي يخوضها عن حزب "كولورادو" الحاكم وزير المالية الأسبق سانتياغو بينيا، المقرب من كارتيس، في مواجهة تحالف معارض يتصدره إفرين أليغري. ويرى محللون أن العقوبات تضع الحزب، الذي يحكم البلاد منذ عقود بصورة شبه متواصلة، في موقف حرج، إذ يعد كارتيس رئيسه وأبرز ممولي حملاته الانتخابية.

كما تطرح الخطوة تساؤلات حول علاقات أسونسيون بواشنطن، حليفها التقليدي في المنطقة، في وقت تعد فيه باراغواي من الدول القليلة في العالم التي ما زالت تعترف بتايوان، وتواجه ضغوطا من مزارعيها لفتح أبواب السوق الصينية أمام صادراتها من الصويا واللحوم.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                ["United States", _TREASURY, _OFAC],
                ["Horacio Cartes", "Hugo Velázquez"],
            ),
            # the State Department's corruption designations and entry bans of July and August
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "United States Department of State"],
                ["Horacio Cartes", "Hugo Velázquez"],
                core=False,
            ),
        ],
        # the sanctioned men's state, the group their business is linked to, the tri-border states
        not_targets=["Paraguay", "Hezbollah", "Brazil", "Argentina", "Taiwan", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l02-assafir-obama-lifts-arms-embargo-on-vietnam-2016",
        date(2016, 5, 24),
        """أوباما في هانوي: رفع حظر السلاح عن "العدو القديم".. والعين على بحر الصين الجنوبي

هانوي - "السفير"
الثلاثاء 24 أيار 2016

بعد واحد وأربعين عاماً على سقوط سايغون، وقف الرئيس الأميركي باراك أوباما، أمس، في القصر الرئاسي في هانوي ليعلن رفع الحظر المفروض على بيع الأسلحة الفتاكة إلى فيتنام بالكامل، منهياً بذلك آخر القيود الكبرى التي ظلت تثقل علاقات البلدين منذ الحرب.

وقال أوباما، في مؤتمر صحافي مشترك مع نظيره الفيتنامي تران داي كوانغ، إن القرار "لا يستند إلى الصين ولا إلى أي اعتبار آخر"، بل إلى "رغبة في استكمال مسار طويل من التطبيع"، موضحاً أن فيتنام "ستتمكن من الحصول على المعدات التي تحتاجها للدفاع عن نفسها"، على أن تخضع كل صفقة على حدة لمراجعة تشمل، في ما تشمل، سجل حقوق الإنسان.

من الحرب إلى الشراكة

يعود الحظر إلى ثمانينيات القرن الماضي، وقد خُفّف جزئياً في تشرين الأول 2014، حين سمحت واشنطن ببيع معدات مرتبطة بالأمن البحري، من دون أن يشمل ذلك الأسلحة الهجومية. وكانت العلاقات الديبلوماسية بين البلدين قد طُبّعت عام 1995، في عهد الرئيس بيل كلينتون، بعد عقدين على رحيل آخر الجنود الأميركيين، قبل أن يرتقي بها أوباما عام 2013 إلى "شراكة شاملة".

وتأتي الزيارة، وهي الثالثة لرئيس أميركي منذ نهاية الحرب، في لحظة إقليمية حساسة، إذ تتصاعد الخلافات بين هانوي وبكين حول السيادة على جزر باراسيل وسبراتلي في بحر الصين الجنوبي، حيث تبني الصين جزراً اصطناعية وتمد عليها مدارج للطائرات.

وفي بكين، قال الناطق باسم الخارجية الصينية هونغ لي إن بلاده "ترحب بتطوير فيتنام علاقات طبيعية مع جميع الدول"، آملاً أن يصب ذلك في مصلحة "السلام والاستقرار في المنطقة"، فيما ذهبت صحف رسمية صينية أبعد من ذلك، محذرة من "عقلية الحرب الباردة".

اللاءات الثلاث

لكن هانوي تحرص على طمأنة جارتها الكبرى، إذ أكد مسؤولون فيتناميون أن بلادهم متمسكة بسياسة "اللاءات الثلاث": لا تحالفات عسكرية، ولا قواعد أجنبية على أراضيها، ولا انحياز إلى دولة ضد أخرى. ويعني ذلك، بحسب ديبلوماسيين، أن رفع الحظر لن يفتح الباب أمام عودة القوات الأميركية إلى خليج كام رانه، الذي كان قاعدة أميركية كبرى خلال سنوات الحرب، وإن كان بوسع سفن البحرية الأميركية أن تزور مينائه المدني الجديد.

حقوق الإنسان أولاً؟

في المقابل، انتقدت منظمات حقوقية الخطوة، ووصفتها "هيومن رايتس ووتش" بأنها "مكافأة غير مستحقة" لحكومة لا تزال تسجن المدونين والناشطين، فيما لم يتمكن عدد من الناشطين من لقاء أوباما، بعدما منعتهم السلطات من مغادرة منازلهم صباح أمس، بحسب ما أفاد البيت الأبيض.

صفقات وانتظار

وشهد اليوم الأول من الزيارة توقيع صفقات تجارية بمليارات الدولارات، أبرزها شراء شركة "فيت جيت" للطيران 100 طائرة من طراز "بوينغ 737 ماكس" بقيمة 11.3 مليار دولار، فيما جدد الجانبان التزامهما باتفاقية الشراكة عبر المحيط الهادئ، التي وقعتها 12 دولة، بينها البلدان، في شباط الماضي، ولا تزال تنتظر مصادقة الكونغرس وسط معارضة المرشحَين الأبرز للرئاسة الأميركية.

ويتوجه أوباما اليوم إلى مدينة هو تشي منه، قبل أن ينتقل إلى اليابان للمشاركة في قمة مجموعة السبع، حيث سيصبح أول رئيس أميركي في منصبه يزور هيروشيما.""",
        [
            G("sanctions.lifted", "occurred", ["United States", "Barack Obama"], ["Vietnam"]),
            # the ban of the 1980s and its partial easing of October 2014
            G("sanctions.imposed", "historical", ["United States"], ["Vietnam"], core=False),
            G("sanctions.suspended", "historical", ["United States"], ["Vietnam"], core=False),
            # ties normalised in 1995
            G(
                "relations.restored",
                "historical",
                ["United States", "Vietnam", "Bill Clinton"],
                [],
                core=False,
            ),
            # the TPP signed in February by twelve states
            G("agreement.signed", "historical", ["United States", "Vietnam"], [], core=False),
            # Cam Ranh Bay: a US base in the war, no return of US forces now
            G("military.presence", "historical", ["United States"], ["Vietnam"], core=False),
            G("military.presence", "negated", ["United States"], ["Vietnam"], core=False),
        ],
        not_targets=["China", "Japan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l03-alarab-explainer-us-licences-un-resolution-2615-taliban-humanitarian-2021",
        date(2021, 12, 23),
        """رخص أمريكية وقرار أممي يفتحان ثغرة إنسانية في جدار العقوبات على "طالبان".. ماذا تغيّر؟

الدوحة - العرب ووكالات
الخميس 23 ديسمبر 2021

أصدرت وزارة الخزانة الأمريكية، أمس الأربعاء، ثلاث رخص عامة تسمح للوكالات الحكومية الأمريكية والمنظمات الدولية والمنظمات غير الحكومية بإجراء المعاملات اللازمة لإيصال المساعدات الإنسانية إلى أفغانستان، حتى لو اقتضى ذلك التعامل مع حركة "طالبان" أو "شبكة حقاني" المدرجتين على قوائم العقوبات الأمريكية. وتزامنت الخطوة مع تبنّي مجلس الأمن الدولي بالإجماع قراراً يستثني المساعدات الإنسانية من نظام العقوبات الأممية المفروض على الحركة.

فما الذي تغيّر؟ وهل هي بداية لرفع العقوبات؟

ماذا تتيح الرخص الأمريكية؟

بموجب الرخص، التي نشرها مكتب مراقبة الأصول الأجنبية على موقعه الإلكتروني، لم تعد المنظمات العاملة في أفغانستان معرضة للعقوبات عند دفع الرسوم والضرائب للوزارات التي تديرها الحركة، أو عند شراء الوقود والخدمات من مؤسسات تخضع لسيطرتها، شريطة أن يكون ذلك لأغراض إنسانية. وقال مسؤول في الخزانة للصحفيين إن الهدف هو "ضمان ألا تقف العقوبات عائقاً أمام وصول الغذاء والدواء إلى الشعب الأفغاني".

وما الذي قرره مجلس الأمن؟

ينص القرار 2615، الذي صاغته الولايات المتحدة، على أن المساعدات الإنسانية والأنشطة الداعمة للاحتياجات الأساسية في أفغانستان "لا تشكل انتهاكاً" لتجميد الأصول الذي يفرضه نظام العقوبات، على أن يقدم منسق الإغاثة الطارئة في الأمم المتحدة إحاطة إلى المجلس كل ستة أشهر حول تنفيذه، وأن يُراجَع العمل به بعد عام.

هل رُفعت العقوبات عن الحركة؟

لا. فقد شدد مسؤولون أمريكيون على أن الرخص "لا تمثل اعترافاً بطالبان ولا رفعاً للعقوبات المفروضة عليها"، وأن قادة الحركة سيبقون مدرجين على القوائم. كما تظل أصول البنك المركزي الأفغاني في الولايات المتحدة، البالغة نحو سبعة مليارات دولار من أصل 9.5 مليار، مجمدة منذ أن جمدتها واشنطن إثر سيطرة الحركة على كابل منتصف أغسطس/آب الماضي.

وتعود العقوبات الأممية على الحركة إلى عام 1999، حين فرضها مجلس الأمن بسبب رفضها تسليم زعيم تنظيم "القاعدة" أسامة بن لادن، قبل أن يُفصل عام 2011 نظام العقوبات الخاص بها عن نظام العقوبات المفروض على التنظيم.

كيف ردّت "طالبان"؟

رحب المتحدث باسم وزارة الخارجية في حكومة الحركة عبد القهار بلخي بالقرار الأممي، ووصفه بأنه "خطوة في الاتجاه الصحيح"، لكنه طالب بـ"رفع جميع العقوبات والإفراج عن أموال الشعب الأفغاني المجمدة". وتحذر وكالات الأمم المتحدة من أن نحو 23 مليون أفغاني، أي أكثر من نصف السكان، يواجهون جوعاً حاداً هذا الشتاء.

وما دور الدوحة؟

تستضيف قطر منذ عام 2013 المكتب السياسي للحركة، وشهدت في فبراير/شباط 2020 توقيع الاتفاق بين الولايات المتحدة و"طالبان" الذي مهّد لانسحاب القوات الأمريكية من أفغانستان بعد عشرين عاماً. كما وقعت الدوحة وواشنطن، في الثاني عشر من نوفمبر/تشرين الثاني الماضي، اتفاقاً تتولى قطر بموجبه رعاية المصالح الأمريكية في أفغانستان. ورحبت وزارة الخارجية القطرية بالقرار، مؤكدة أنه "يستجيب لحاجة ملحة"، وداعية إلى "عدم ربط العمل الإنساني بالاعتبارات السياسية".""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                ["United States", _TREASURY, _OFAC],
                ["Taliban", "Haqqani network", "Afghanistan"],
            ),
            # resolution 2615: humanitarian aid is no breach of the 1988 regime's asset freeze
            G(
                "sanctions.suspended",
                "occurred",
                ["United Nations Security Council"],
                ["Taliban", "Afghanistan"],
            ),
            # "لا تمثل اعترافاً بطالبان ولا رفعاً للعقوبات المفروضة عليها"
            G("sanctions.lifted", "negated", ["United States"], ["Taliban"], core=False),
            # the central bank's assets frozen in August; the UN sanctions of 1999
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Afghanistan", "Da Afghanistan Bank"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United Nations Security Council"],
                ["Taliban"],
                core=False,
            ),
            # the Doha agreement of February 2020 and the protecting-power agreement of November
            G("agreement.signed", "historical", ["United States", "Taliban"], [], core=False),
            G("agreement.signed", "historical", ["Qatar", "United States"], [], core=False),
            G("military.presence", "historical", ["United States"], ["Afghanistan"], core=False),
        ],
        not_targets=["Qatar", "Al-Qaeda", "Osama bin Laden"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l04-assabah-tunis-wire-eu-prolongs-cyber-sanctions-framework-2025",
        date(2025, 5, 13),
        """الاتحاد الأوروبي يمدد إطار عقوباته على الهجمات السيبرانية حتى 2028

بروكسل - الصباح - وكالات
الثلاثاء 13 ماي 2025

قرر مجلس الاتحاد الأوروبي، أمس الاثنين، تمديد العمل بالإطار القانوني الذي يتيح له فرض إجراءات تقييدية على المسؤولين عن الهجمات السيبرانية التي تهدد الاتحاد أو دوله الأعضاء، لثلاث سنوات إضافية تنتهي في 18 ماي 2028، كما جرى تمديد العقوبات المفروضة بموجبه على 17 شخصا و4 كيانات لعام واحد، حتى 18 ماي 2026.

وتتمثل هذه العقوبات في تجميد الأصول وحظر السفر إلى دول الاتحاد أو العبور منها، إلى جانب منع الأشخاص والكيانات الأوروبية من توفير أي أموال للمدرجين على القائمة، بشكل مباشر أو غير مباشر.

وأوضح المجلس، في بيان، أن الاتحاد وشركاءه يواجهون "أنشطة سيبرانية خبيثة متواصلة ومتزايدة التعقيد"، لافتا إلى أن التهديدات المرتبطة بالحرب الروسية على أوكرانيا، من هجمات على البنى التحتية الحيوية إلى حملات التضليل، "بلغت مستوى غير مسبوق".

ويعود إنشاء هذا الإطار إلى ماي 2019، غير أن أولى العقوبات بموجبه لم تُفرض إلا في جويلية 2020، حين أدرج الاتحاد ستة أشخاص وثلاثة كيانات من روسيا والصين وكوريا الشمالية على خلفية هجمات "واناكراي" و"نوتبيتيا" و"كلاود هوبر"، ومحاولة اختراق شبكة منظمة حظر الأسلحة الكيميائية في لاهاي عام 2018. وفي أكتوبر من العام نفسه، شملت العقوبات وحدة تابعة لمديرية الاستخبارات العسكرية الروسية "جي آر يو" وضابطين فيها، بسبب اختراق شبكة البرلمان الألماني "البوندستاغ" عام 2015.

وجاءت آخر الإدراجات في جوان 2024، حين فرض المجلس عقوبات على ستة أشخاص، بينهم أعضاء في مجموعات قرصنة روسية نفذت هجمات ببرمجيات الفدية على مستشفيات ومصارف ومرافق حيوية في عدد من الدول الأوروبية.

ولم يتضمن قرار الاثنين أي أسماء جديدة، رغم مطالبة دول البلطيق وبولندا منذ أشهر بتوسيع القائمة لتشمل المسؤولين عن هجمات استهدفت شبكات حكومية ومرافق للطاقة في أراضيها خلال العامين الماضيين.

وقالت الممثلة العليا للشؤون الخارجية والسياسة الأمنية كايا كالاس، في تصريح للصحفيين، إن "الفضاء السيبراني لم يعد ساحة افتراضية، بل أصبح جبهة حقيقية"، مضيفة أن الاتحاد "سيواصل تعزيز قدراته الدفاعية والعمل مع شركائه لتحديد المسؤولين عن هذه الهجمات ومحاسبتهم".

وإلى جانب هذا الإطار، أنشأ الاتحاد في أكتوبر الماضي نظاما منفصلا لمواجهة "الأنشطة المزعزعة للاستقرار" التي تقوم بها روسيا، من هجمات هجينة وتخريب وتلاعب بالمعلومات، وفرض بموجبه في ديسمبر عقوبات على 16 شخصا و3 كيانات.

ولم يصدر تعليق فوري من موسكو أو بكين، اللتين دأبتا على نفي أي تورط في الهجمات المنسوبة إلى مواطنين منهما، ووصف العقوبات الغربية بأنها "أحادية وغير شرعية".""",
        [
            G(
                "sanctions.extended",
                "occurred",
                ["Council of the European Union", "European Union"],
                ["GRU"],
            ),
            # the first listings of July and October 2020 and those of June 2024
            G(
                "sanctions.imposed",
                "historical",
                ["European Union", "Council of the European Union"],
                ["GRU"],
                core=False,
            ),
            # "ولم يتضمن قرار الاثنين أي أسماء جديدة"
            G("sanctions.imposed", "negated", ["European Union"], [], core=False),
            # the hybrid-threats regime of October 2024 and its listings of December
            G("sanctions.imposed", "historical", ["European Union"], ["Russia"], core=False),
        ],
        # the listed persons' states, the victims of the attacks, the states asking for more
        not_targets=[
            "China",
            "North Korea",
            "Organisation for the Prohibition of Chemical Weapons",
            "Bundestag",
            "Germany",
            "Poland",
            "Ukraine",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l05-azzaman-column-us-visa-policy-threat-bangladesh-election-2023",
        date(2023, 5, 25),
        """سلاح التأشيرات الأمريكي على أبواب انتخابات بنغلاديش

بقلم: د. حيدر عبد الرزاق
الزمان - الخميس 25 أيار 2023

أعلن وزير الخارجية الأمريكي أنتوني بلينكن، مساء الأربعاء، سياسة جديدة تتيح لبلاده تقييد منح التأشيرات لأي مواطن بنغلاديشي "يتحمل المسؤولية عن تقويض العملية الانتخابية الديمقراطية أو يتواطأ في ذلك"، سواء أكان مسؤولا حاليا أم سابقا، ومن أنصار الحكومة كان أم من المعارضة، بما في ذلك أفراد الأجهزة الأمنية والقضاء. وبعبارة أخرى: واشنطن تلوّح بالعقوبات في وجه دكا قبل أشهر من الانتخابات العامة المقررة مطلع العام المقبل.

ويشمل "التقويض"، وفق البيان الأمريكي، تزوير الأصوات وترهيب الناخبين واستخدام العنف لمنع الناس من ممارسة حقهم في التجمع السلمي، واتخاذ إجراءات تمنع الأحزاب والناخبين والمجتمع المدني ووسائل الإعلام من التعبير عن آرائهم. وقد أبلغت الإدارة الأمريكية حكومة الشيخة حسينة بالقرار مطلع الشهر الجاري، قبل إعلانه رسميا.

ليست هذه أول رسالة أمريكية غاضبة إلى دكا. ففي كانون الأول 2021 فرضت وزارة الخزانة الأمريكية عقوبات على "كتيبة التدخل السريع"، القوة الأمنية النخبوية التي تتهمها منظمات حقوقية بتنفيذ مئات عمليات القتل خارج نطاق القضاء، وعلى سبعة من ضباطها الحاليين والسابقين، بينهم قائد الشرطة آنذاك بينظير أحمد. ومنذ ذلك الحين، طالبت دكا مرارا برفع تلك العقوبات، من دون أن تفضي المحادثات بين الجانبين إلى أي نتيجة.

وردت رئيسة الوزراء بلهجة حادة، إذ قالت أمام البرلمان الشهر الماضي إن الولايات المتحدة "قادرة على قلب أي حكومة تشاء"، ثم أعلنت أن بلادها "لن تشتري شيئا ممن يفرض علينا العقوبات". أما وزير الخارجية عبد المؤمن فقلل من أهمية القرار، قائلا إن حكومته "لا تخشى شيئا" لأنها ملتزمة بإجراء انتخابات "حرة ونزيهة". في المقابل، رحب الحزب الوطني البنغلاديشي المعارض بالخطوة، مجددا مطالبته بإجراء الانتخابات في ظل حكومة تصريف أعمال محايدة.

والحق أن دكا تجد نفسها في موقف لا تحسد عليه: فالولايات المتحدة أكبر سوق لصادراتها من الملابس الجاهزة، عصب اقتصادها، بينما تعتمد على الصين في مشروعات البنية التحتية، وعلى روسيا في بناء محطة "روبور" للطاقة النووية، التي تعثر سداد أقساطها بسبب العقوبات الغربية المفروضة على المصارف الروسية منذ العام الماضي.

ونحن في العراق نعرف جيدا كيف تتحول ورقة العقوبات إلى أداة ضغط لا يدفع ثمنها الساسة وحدهم، بل الاقتصاد والناس العاديون أولا. غير أن ما يلفت في الحالة البنغلاديشية أن العصا الأمريكية هذه المرة موجهة إلى الأفراد لا إلى الدولة، وأنها تطال المعارضة كما تطال الحكومة، وهو ما يجعل رفضها أصعب من رفض عقوبات اقتصادية شاملة.

يبقى السؤال: هل تكفي التأشيرات لضمان انتخابات نزيهة في بلد يزيد سكانه على 170 مليونا، عاش عقودا من الاستقطاب الحاد بين حسينة وغريمتها خالدة ضياء؟ أشك في ذلك. لكن المؤكد أن واشنطن قررت أن تكون طرفا في المعركة الانتخابية المقبلة، شاءت دكا أم أبت.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", "United States Department of State", "Antony Blinken"],
                ["Bangladesh"],
            ),
            # the Treasury's sanctions of December 2021 on the RAB and seven of its officers
            G(
                "sanctions.imposed",
                "historical",
                ["United States", _TREASURY],
                ["Rapid Action Battalion", "Benazir Ahmed"],
                core=False,
            ),
            # "طالبت دكا مرارا برفع تلك العقوبات، من دون أن تفضي المحادثات ... إلى أي نتيجة"
            G(
                "sanctions.lifted",
                "stalled",
                ["United States"],
                ["Rapid Action Battalion"],
                core=False,
            ),
            # the Western sanctions on Russian banks "منذ العام الماضي"
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "European Union"],
                ["Russia"],
                core=False,
            ),
        ],
        not_targets=["China", "India", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l06-24ae-north-macedonia-joins-nato-thirtieth-member-2020",
        date(2020, 3, 28),
        """مقدونيا الشمالية العضو الثلاثون في "الناتو".. انضمام بلا احتفالات في زمن كورونا

أبوظبي - 24 - وكالات
السبت 28 مارس (آذار) 2020

أصبحت مقدونيا الشمالية، رسمياً، العضو الثلاثين في حلف شمال الأطلسي (الناتو)، إثر إيداع وثيقة انضمامها لدى وزارة الخارجية الأمريكية في واشنطن، مساء الجمعة، لتُطوى بذلك مسيرة امتدت نحو عقدين، تعثّرت خلالها طويلاً بسبب الخلاف مع اليونان حول اسم البلاد.

وجرى إيداع الوثيقة في إجراء مقتضب اقتصر على عدد محدود من الدبلوماسيين، بعدما فرضت تدابير مكافحة فيروس كورونا المستجد إلغاء الاحتفالات التي كانت مقررة في سكوبيي، على أن يُرفع علم البلاد أمام مقر الحلف في بروكسل، إلى جانب أعلام الدول الأعضاء الـ29، يوم الإثنين المقبل في مراسم رمزية.

وقال الأمين العام للحلف ينس ستولتنبرغ، في بيان: "مقدونيا الشمالية باتت الآن جزءاً من عائلة الناتو، عائلة تضم 30 دولة ونحو مليار نسمة، تتقاسم القيم نفسها وتقف معاً من أجل أمن بعضها بعضاً"، مضيفاً أن انضمامها "يعزز الاستقرار في منطقة غرب البلقان".

من جهته، وصف رئيس الوزراء المؤقت أوليفر سباسوفسكي اليوم بأنه "تاريخي لكل مواطن في البلاد"، مؤكداً أن العضوية "تحقيق لحلم أجيال"، فيما قال الرئيس ستيفو بينداروفسكي، في كلمة متلفزة، إن بلاده "أصبحت للمرة الأولى في تاريخها جزءاً من تحالف يضمن أمنها".

وكانت اليونان قد عطّلت انضمام جارتها منذ قمة الحلف في بوخارست عام 2008، معتبرة أن اسم "مقدونيا" ينطوي على مطالب في إقليمها الشمالي الذي يحمل الاسم نفسه، إلى أن توصل البلدان في يونيو (حزيران) 2018 إلى اتفاق "بريسبا"، الذي غيّرت سكوبيي بموجبه اسم الدولة إلى "جمهورية مقدونيا الشمالية"، ودخل حيز التنفيذ في فبراير (شباط) من العام الماضي.

وفي الشهر نفسه، وقّع سفراء الدول الأعضاء في بروكسل بروتوكول انضمام البلاد، الذي صادقت عليه برلمانات الدول الأعضاء تباعاً، وكانت إسبانيا آخرها في وقت سابق من الشهر الجاري.

وبذلك تكون مقدونيا الشمالية ثاني دولة من غرب البلقان تنضم إلى الحلف خلال أقل من ثلاث سنوات، بعد الجبل الأسود التي أصبحت العضو التاسع والعشرين في يونيو (حزيران) 2017، فيما سبقتهما ألبانيا وكرواتيا عام 2009.

وفي موسكو، جددت وزارة الخارجية الروسية انتقادها لتوسع الحلف شرقاً، معتبرة أن قرار الانضمام اتُّخذ "من دون مراعاة رأي الشعب"، في إشارة إلى استفتاء 2018 الذي لم تتجاوز نسبة المشاركة فيه 37 في المئة.

ولا يبدو طريق مقدونيا الشمالية إلى الاتحاد الأوروبي أقل وعورة، وإن كان قد شهد انفراجة هذا الأسبوع، حين وافق وزراء الدول الأعضاء، الثلاثاء، على فتح مفاوضات الانضمام معها ومع ألبانيا، بعدما عطّلت فرنسا القرار في أكتوبر (تشرين الأول) الماضي. ويتوقع دبلوماسيون ألا تنطلق المفاوضات فعلياً قبل نهاية العام، في ظل انشغال العواصم الأوروبية بمواجهة الجائحة.""",
        [
            G(
                "alliance.joined",
                "occurred",
                ["North Macedonia", "Oliver Spasovski", "Stevo Pendarovski"],
                ["NATO"],
            ),
            # Montenegro in 2017, Albania and Croatia in 2009
            G(
                "alliance.joined",
                "historical",
                ["Montenegro", "Albania", "Croatia"],
                ["NATO"],
                core=False,
            ),
            # the Prespa agreement of June 2018 and the accession protocol of February 2019
            G("agreement.signed", "historical", ["Greece", "North Macedonia"], [], core=False),
            G("agreement.signed", "historical", ["NATO", "North Macedonia"], [], core=False),
            # accession talks with the EU agreed this week, to open by the end of the year
            G(
                "alliance.joined",
                "planned",
                ["North Macedonia", "Albania"],
                ["European Union"],
                core=False,
            ),
        ],
        not_targets=["Greece", "Russia", "Spain", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l07-alsudani-chad-doha-peace-agreement-rebels-to-join-army-2022",
        date(2022, 8, 9),
        """برعاية قطرية.. المجلس العسكري التشادي يوقع "اتفاق الدوحة للسلام" مع عشرات الحركات المسلحة و"فاكت" تغيب

الخرطوم: "السوداني" - وكالات
الثلاثاء 9 أغسطس 2022

وقّعت الحكومة الانتقالية في تشاد، أمس الاثنين في العاصمة القطرية الدوحة، اتفاقاً للسلام مع أكثر من 40 حركة سياسية عسكرية معارضة، بعد مفاوضات استمرت نحو خمسة أشهر بوساطة قطرية، فيما امتنعت "جبهة التناوب والوفاق في تشاد" (فاكت)، أبرز الحركات المسلحة وأقواها عتاداً، عن التوقيع.

وجرت مراسم التوقيع بحضور نائب رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، وممثلين عن الاتحاد الأفريقي والأمم المتحدة ودول الجوار، بينها السودان. ووصف رئيس المجلس العسكري الانتقالي الفريق أول محمد إدريس ديبي، في كلمة بثها التلفزيون الرسمي، الاتفاق بأنه "لحظة فارقة تفتح صفحة جديدة من المصالحة بين أبناء الوطن الواحد".

وينص الاتفاق على وقف شامل لإطلاق النار، وعلى مشاركة الحركات الموقعة في الحوار الوطني الشامل المقرر انطلاقه في العاصمة إنجامينا في العشرين من أغسطس الجاري، إلى جانب إطلاق سراح الأسرى، والعفو العام عن المقاتلين، وضمان عودة قادة الحركات من المنفى. كما يقضي بنزع سلاح مقاتلي الحركات وتسريحهم، ودمج من تتوافر فيهم الشروط منهم في الجيش الوطني وقوات الأمن، وفق برنامج تشرف عليه لجنة مشتركة تضم ممثلين عن الطرفين وعن الوسطاء.

في المقابل، قالت جبهة "فاكت"، في بيان، إن الاتفاق "لا يستجيب لمطالبها الجوهرية"، وفي مقدمتها ضمانات بعدم ترشح أعضاء المجلس العسكري في الانتخابات المقبلة، وإعادة تشكيل المجلس نفسه، مؤكدة أن مفاوضاتها مع الحكومة "وصلت إلى طريق مسدود"، وأنها "لن تلقي السلاح" قبل تلبية تلك المطالب.

وتتهم إنجامينا الجبهة بالمسؤولية عن مقتل الرئيس السابق إدريس ديبي إتنو في أبريل 2021، خلال معارك مع مقاتليها الذين توغلوا في شمال البلاد انطلاقاً من قواعدهم في جنوب ليبيا. وتسلّم المجلس العسكري السلطة إثر ذلك، متعهداً بمرحلة انتقالية مدتها 18 شهراً تنتهي بانتخابات.

وخلافاً لما فعله مع مالي وغينيا والسودان، لم يعلّق الاتحاد الأفريقي عضوية تشاد بعد استيلاء المجلس العسكري على السلطة، واكتفى مجلس السلم والأمن التابع له بمطالبة المجلس بالالتزام بالجدول الزمني للمرحلة الانتقالية، وهو ما عدّه معارضون "كيلاً بمكيالين".

ويكتسب الاتفاق أهمية خاصة بالنسبة إلى السودان، إذ يتقاسم البلدان حدوداً تمتد لأكثر من 1300 كيلومتر، وتنشط على جانبيها جماعات مسلحة تتنقل بين دارفور وشرق تشاد. وكان البلدان قد شكّلا عام 2010 قوة مشتركة لمراقبة الحدود، لا تزال تتولى تأمين الشريط الحدودي حتى اليوم.

ويرى مراقبون أن نجاح الاتفاق سيظل مرهوناً بمآلات الحوار الوطني، وبقدرة الحكومة على إقناع "فاكت" بالانضمام إلى العملية، في وقت تحتفظ فيه فرنسا بقاعدة عسكرية في إنجامينا تستضيف قيادة عملياتها في منطقة الساحل.""",
        [
            G("agreement.signed", "occurred", ["Chad", "Mahamat Déby"], []),
            # "ودمج من تتوافر فيهم الشروط منهم في الجيش الوطني وقوات الأمن"
            G("forces.integrated", "planned", ["Chad"], []),
            # FACT: talks "وصلت إلى طريق مسدود", "لن تلقي السلاح"
            G("agreement.signed", "stalled", ["Chad", _FACT], [], core=False),
            G("forces.integrated", "negated", ["Chad"], [_FACT], core=False),
            # the AU did not suspend Chad in 2021, as it had suspended Mali, Guinea and Sudan
            G("sanctions.imposed", "negated", ["African Union"], ["Chad"], core=False),
            G(
                "sanctions.imposed",
                "historical",
                ["African Union"],
                ["Mali", "Guinea", "Sudan"],
                core=False,
            ),
            # the joint border force of 2010, and the French base in N'Djamena
            G("forces.integrated", "historical", ["Sudan", "Chad"], [], core=False),
            G("military.presence", "historical", ["France"], ["Chad"], core=False),
        ],
        not_targets=["Libya", "Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l08-aljoumhouria-saudi-ambassador-returns-to-beirut-kuwait-to-follow-2022",
        date(2022, 4, 9),
        """بخاري عاد إلى بيروت والسفير الكويتي يلحق به: صفحة خليجية جديدة قبل الانتخابات

بيروت - "الجمهورية"
السبت 9 نيسان 2022

عاد سفير المملكة العربية السعودية وليد بخاري إلى بيروت مساء أمس، بعد نحو خمسة أشهر ونصف الشهر على مغادرته إلى الرياض، في خطوة طال انتظارها تطوي صفحة واحدة من أسوأ الأزمات في تاريخ العلاقات اللبنانية - الخليجية، وتأتي قبل خمسة أسابيع من الانتخابات النيابية المقررة في الخامس عشر من أيار المقبل.

وكانت وزارة الخارجية السعودية قد أعلنت، في بيان ليل الخميس، قرار عودة السفير، موضحة أنه يأتي "تجاوباً مع دعوات القوى الوطنية المعتدلة في لبنان"، وبناءً على ما أكده رئيس الحكومة نجيب ميقاتي من التزام حكومته "وقف كل الأنشطة التي تسيء إلى المملكة ودول الخليج العربي"، ومنع استخدام الأراضي اللبنانية منطلقاً لتهريب المخدرات إليها.

وبعد أقل من ساعة، أعلنت وزارة الخارجية الكويتية قرارها إعادة سفيرها إلى بيروت، على أن يصل إليها مطلع الأسبوع المقبل، فيما لم تعلن الإمارات والبحرين موقفهما بعد، وإن رجّحت مصادر ديبلوماسية خليجية لـ"الجمهورية" أن تحذوا حذو الرياض "في غضون أيام".

ورحّب ميقاتي بالقرار في تغريدة، معتبراً أن لبنان "يفخر بانتمائه العربي ويتمسك بأفضل العلاقات مع دول الخليج"، فيما استقبل بخاري في دارته في اليرزة، فور وصوله، عدداً من الشخصيات السياسية والدينية، على أن يقيم الأسبوع المقبل إفطاراً رمضانياً يُتوقع أن يجمع شخصيات من مختلف الأطياف.

وتعود الأزمة إلى التاسع والعشرين من تشرين الأول الماضي، حين استدعت الرياض سفيرها وطلبت من السفير اللبناني مغادرة أراضيها خلال 48 ساعة، وأوقفت دخول جميع الواردات اللبنانية إلى أسواقها، احتجاجاً على تصريحات لوزير الإعلام آنذاك جورج قرداحي انتقد فيها الحرب في اليمن. ولحقت بها كل من البحرين والكويت والإمارات، فيما تفاقمت الأزمة مع اتهام الرياض "حزب الله" بالهيمنة على القرار اللبناني.

وكانت المملكة قد منعت قبل ذلك، في نيسان 2021، دخول الخضار والفواكه اللبنانية أو عبورها أراضيها، إثر ضبط ملايين حبوب "الكبتاغون" مخبأة داخل شحنة رمان.

وقدّم قرداحي استقالته في الثالث من كانون الأول، قبل أن يحمل وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح إلى بيروت، في كانون الثاني، "ورقة" من اثنتي عشرة نقطة لإعادة بناء الثقة، ردّ عليها لبنان بعد أسبوع.

غير أن عودة السفير لا تعني تلقائياً رفع الحظر عن الصادرات اللبنانية إلى المملكة، إذ أكدت مصادر ديبلوماسية لـ"الجمهورية" أن هذا الملف "لم يُطرح بعد"، وأنه مرتبط بـ"إجراءات عملية وملموسة" في مكافحة التهريب. ويعوّل المصدّرون والمزارعون اللبنانيون، الذين خسروا سوقاً كانت تستوعب جزءاً كبيراً من إنتاجهم، على أن تكون الخطوة مقدمة لإعادة فتح هذه السوق.

كما يُنتظر أن يبدأ الصندوق السعودي - الفرنسي لدعم الشعب اللبناني، الذي اتفق عليه ولي العهد السعودي الأمير محمد بن سلمان والرئيس الفرنسي إيمانويل ماكرون في جدة في كانون الأول الماضي، تمويل مشاريعه الأولى في قطاعي الصحة والغذاء خلال الأسابيع المقبلة.""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia", "Walid Bukhari"], ["Lebanon"]),
            # Kuwait's ambassador "على أن يصل إليها مطلع الأسبوع المقبل"
            G("relations.restored", "planned", ["Kuwait"], ["Lebanon"]),
            G(
                "relations.restored",
                "planned",
                ["United Arab Emirates", "Bahrain"],
                ["Lebanon"],
                core=False,
            ),
            # the import bans of October 2021 and April 2021, not lifted with the ambassador's return
            G("sanctions.imposed", "historical", ["Saudi Arabia"], ["Lebanon"], core=False),
            G("sanctions.lifted", "negated", ["Saudi Arabia"], ["Lebanon"], core=False),
            # the Saudi-French fund agreed in Jeddah in December
            G(
                "agreement.signed",
                "historical",
                ["Saudi Arabia", "France", "Mohammed bin Salman", "Emmanuel Macron"],
                [],
                core=False,
            ),
        ],
        not_targets=["Yemen", "Iran", "Hezbollah", "Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l09-qiraatafrican-feature-rwanda-deploys-troops-mozambique-cabo-delgado-2021",
        date(2021, 7, 13),
        """من كيغالي إلى كابو ديلغادو.. لماذا أرسلت رواندا ألف جندي إلى شمال موزمبيق؟

قراءات إفريقية - خاص
الثلاثاء 13 يوليو 2021

على مدرج مطار كيغالي الدولي، اصطف مئات الجنود الروانديين بخوذاتهم وحقائبهم القتالية، مساء الجمعة، قبل أن يصعدوا على متن طائرات نقل عسكرية متجهة إلى إقليم كابو ديلغادو في أقصى شمال موزمبيق، حيث تخوض القوات الموزمبيقية منذ نحو أربع سنوات حرباً متعثرة ضد مسلحين مرتبطين بتنظيم "داعش".

وكانت الحكومة الرواندية قد أعلنت، في اليوم نفسه، أنها بدأت نشر قوة قوامها ألف عنصر من الجيش والشرطة في الإقليم، "بطلب من حكومة موزمبيق"، وفي إطار اتفاقيات التعاون الدفاعي والأمني الموقعة بين البلدين عام 2018، موضحة أن مهمة القوة تتمثل في "دعم جهود استعادة سلطة الدولة" في المناطق التي سيطر عليها المسلحون.

حرب منسية

اندلع التمرد في أكتوبر 2017 بهجوم على مراكز للشرطة في بلدة موسيمبوا دا برايا، ثم توسع تدريجياً ليطال معظم مناطق الإقليم الغني بالغاز الطبيعي، ما أسفر عن مقتل أكثر من ثلاثة آلاف شخص وتشريد نحو 800 ألف. وبلغ ذروته في مارس الماضي بالهجوم على مدينة بالما، الذي دفع شركة "توتال" الفرنسية إلى تعليق مشروعها العملاق للغاز المسال، البالغة قيمته 20 مليار دولار، وإعلان "القوة القاهرة".

وصنّفت الولايات المتحدة، في الشهر نفسه، فرع "داعش" في موزمبيق منظمة إرهابية أجنبية، وفرضت عقوبات على زعيمه أبو ياسر حسن، كما أوفدت عسكريين من قواتها الخاصة لتدريب وحدات من مشاة البحرية الموزمبيقية مدة شهرين.

لماذا رواندا؟

لم تكن هذه المرة الأولى التي ترسل فيها كيغالي قوات خارج حدودها بموجب اتفاقات ثنائية، إذ نشرت في ديسمبر الماضي قوات في جمهورية أفريقيا الوسطى لحماية الانتخابات، إلى جانب مشاركتها الواسعة في بعثات حفظ السلام الأممية. ويرى محللون أن الرئيس بول كاغامي يسعى إلى تقديم بلاده شريكاً أمنياً موثوقاً في القارة، فيما يربط آخرون الخطوة بالتقارب الأخير بين كيغالي وباريس، التي تملك شركتها الكبرى مصلحة مباشرة في تأمين مشروع الغاز.

الجوار المتوجس

وجاء الانتشار الرواندي قبل أيام من وصول قوة مجموعة تنمية الجنوب الأفريقي (سادك)، التي أقرت قمة استثنائية للمجموعة في مابوتو، في 23 يونيو الماضي، نشرها في الإقليم، على أن تبدأ طلائعها الوصول الخميس المقبل. ولم يُخف دبلوماسيون من جنوب أفريقيا استياءهم من سبق كيغالي إلى الميدان "من دون تنسيق مع المجموعة".

كما أقر مجلس الاتحاد الأوروبي، أمس الاثنين، إنشاء بعثة عسكرية لتدريب القوات الموزمبيقية، يُنتظر أن تبدأ عملها قبل نهاية العام، بعد أن أرسلت البرتغال، القوة الاستعمارية السابقة، في مايو الماضي نحو 60 مدرباً عسكرياً.

تجربة مريرة

ولا تحمل ذاكرة الموزمبيقيين تجارب مشجعة مع القوات الأجنبية في هذا الإقليم، إذ استعانت مابوتو عام 2019 بمرتزقة مجموعة "فاغنر" الروسية، الذين انسحبوا بعد أشهر قليلة إثر تكبدهم خسائر في كمائن المسلحين. وانتقد زعيم حركة "رينامو" المعارضة أوسوفو موماد إرسال القوات الرواندية "من دون أي نقاش في البرلمان"، فيما قال الرئيس فيليبي نيوسي إن بلاده "لا تتخلى عن سيادتها"، وإن القوات الأجنبية "تدعم الجيش الموزمبيقي ولا تحل محله".""",
        [
            G("military.presence", "occurred", ["Rwanda", "Paul Kagame"], ["Mozambique"]),
            # the SADC force approved on 23 June, its first elements due on Thursday
            G("military.presence", "planned", [_SADC], ["Mozambique"]),
            # the EU training mission approved yesterday, to start before the end of the year
            G(
                "military.presence",
                "planned",
                ["European Union", "Council of the European Union"],
                ["Mozambique"],
                core=False,
            ),
            # Portugal's trainers of May, US special forces, Wagner in 2019, Rwanda in the CAR
            G("military.presence", "historical", ["Portugal"], ["Mozambique"], core=False),
            G("military.presence", "historical", ["United States"], ["Mozambique"], core=False),
            G("military.presence", "historical", ["Wagner Group"], ["Mozambique"], core=False),
            G(
                "military.presence",
                "historical",
                ["Rwanda"],
                ["Central African Republic"],
                core=False,
            ),
            # the US terrorist designation of March and the sanctions on Abu Yasir Hassan
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Islamic State", "Abu Yasir Hassan"],
                core=False,
            ),
            G("agreement.signed", "historical", ["Rwanda", "Mozambique"], [], core=False),
        ],
        not_targets=["France", "South Africa"],
        known_miss='"وكانت الحكومة الرواندية قد أعلنت، في اليوم نفسه، أنها بدأت نشر قوة قوامها ألف عنصر" is historical ("في اليوم نفسه" anchors nothing, the pluperfect dates the deployment) and the headline\'s occurred "أرسلت رواندا ألف جندي إلى شمال موزمبيق" is merged into it; the SADC force "التي أقرت قمة … نشرها في الإقليم، على أن تبدأ طلائعها الوصول الخميس المقبل" gives nothing (an organisation\'s force arriving is no deployment, "في الإقليم" names no state)',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l10-alseyassah-live-kuwait-emir-dissolves-parliament-suspends-articles-2024",
        date(2024, 5, 10),
        """لحظة بلحظة.. سمو الأمير يحل مجلس الأمة ويوقف العمل ببعض مواد الدستور مدة لا تزيد على أربع سنوات

الكويت - "السياسة"
الجمعة 10 مايو 2024

تتابع "السياسة" لحظة بلحظة تطورات الخطاب الذي وجهه حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح إلى المواطنين مساء اليوم:

8:00 مساءً
تلفزيون الكويت يقطع برامجه ويعلن عن كلمة مرتقبة لسمو الأمير بعد قليل، وسط ترقب واسع في الأوساط السياسية إثر تعثر تشكيل الحكومة الجديدة منذ أكثر من ثلاثة أسابيع.

8:10 مساءً
سمو الأمير في كلمته: "الكويت تمر بمرحلة دقيقة، وقد بلغ الاضطراب في المشهد السياسي حداً لا يمكن السكوت عنه"، مضيفاً أن بعض الممارسات "تجاوزت حدود الدستور وعطلت مصالح الوطن والمواطنين".

8:15 مساءً
عاجل | سمو الأمير يعلن حل مجلس الأمة ووقف العمل ببعض مواد الدستور مدة لا تزيد على أربع سنوات، تُدرس خلالها جميع جوانب الممارسة الديموقراطية، وتُرفع نتائج الدراسة إلى سموه لاتخاذ ما يراه مناسباً.

8:20 مساءً
سمو الأمير: "لن أسمح بأن تُستغل الديموقراطية لهدم الدولة، فمصلحة الكويت وشعبها فوق كل اعتبار".

8:40 مساءً
نص الأمر الأميري: يتولى الأمير ومجلس الوزراء الاختصاصات المخولة لمجلس الأمة بموجب الدستور، وتصدر القوانين بمراسيم بقوانين، على أن يُعمل بهذا الأمر من تاريخ صدوره ويُنشر في الجريدة الرسمية.

9:05 مساءً
مصدر حكومي لـ"السياسة": مراسيم تشكيل الحكومة الجديدة برئاسة سمو الشيخ أحمد عبدالله الأحمد الصباح ستصدر خلال أيام، وينضم إليها عدد من الوزراء الجدد من أصحاب الخبرات الاقتصادية والقانونية.

9:30 مساءً
تأييد خليجي واسع: المملكة العربية السعودية والإمارات وقطر والبحرين وسلطنة عمان تعرب في بيانات متتالية عن دعمها الكامل للقرارات التي اتخذها سمو الأمير "حفاظاً على أمن الكويت واستقرارها"، كما أكد الأمين العام لمجلس التعاون جاسم البديوي وقوف المجلس إلى جانب الكويت.

10:00 مساءً
ردود متباينة من نواب المجلس المنحل: عدد منهم يعلن تأييده القرار "من أجل وقف العبث"، وآخرون يعبرون عن أملهم في ألا تطول فترة التعليق وأن تعود الحياة النيابية "بصورة أكثر نضجاً".

10:30 مساءً
خلفية: هذه المرة الثالثة التي يُعلق فيها العمل ببعض مواد الدستور منذ إقراره عام 1962، بعد عامي 1976 و1986، وقد استمر التعليق الثاني حتى عودة الحياة النيابية بانتخابات عام 1992. وكان مجلس الأمة المنحل قد انتُخب في الرابع من أبريل الماضي، في رابع انتخابات تشهدها البلاد خلال أقل من أربع سنوات.

11:00 مساءً
وزارة الداخلية: الحياة تسير بصورة طبيعية في جميع المحافظات، والأجهزة الأمنية تواصل عملها المعتاد.

11:30 مساءً
مراقبون: القرار يفتح الباب أمام إقرار قوانين مؤجلة منذ سنوات، في مقدمتها قانون الدين العام وقوانين الإصلاح الاقتصادي، في ظل عجز متكرر في الميزانية العامة.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l11-alrai-umm-al-jimal-inscribed-on-world-heritage-list-2024",
        date(2024, 7, 28),
        """"أم الجمال" على قائمة التراث العالمي.. سابع موقع أردني ينضم إلى سجل "يونسكو"

عمّان - الرأي
الأحد 28 تموز 2024

أُدرج موقع أم الجمال الأثري في محافظة المفرق على قائمة التراث العالمي لمنظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو)، بقرار من لجنة التراث العالمي في دورتها السادسة والأربعين المنعقدة في العاصمة الهندية نيودلهي، ليصبح الموقع السابع في المملكة الذي ينضم إلى القائمة، بعد البترا وقصير عمرة وأم الرصاص ووادي رم والمغطس والسلط.

وجاء القرار بالإجماع، بعد عرض قدمه الوفد الأردني حول القيمة العالمية الاستثنائية للموقع، الذي يضم بقايا بلدة ريفية شُيدت من حجارة البازلت السوداء، وتعاقبت عليها الحقب النبطية والرومانية والبيزنطية والأموية، وتحوي أكثر من 150 مبنى، بينها كنائس وبيوت وخزانات مياه ما زالت قائمة حتى اليوم.

وقال وزير السياحة والآثار مكرم القيسي، في بيان، إن الإدراج "ثمرة عمل متواصل امتد سنوات"، وإنه "يعزز مكانة الأردن على خريطة السياحة الثقافية العالمية"، معرباً عن شكره لأبناء المجتمع المحلي في أم الجمال الذين "حافظوا على الموقع جيلاً بعد جيل".

وكانت دائرة الآثار العامة قد رفعت ملف الترشيح إلى المنظمة مطلع العام الماضي، بعد دراسات أعدتها بالتعاون مع فرق بحثية محلية وأجنبية عملت في الموقع منذ سبعينيات القرن الماضي. ووقعت الوزارة العام الماضي مذكرة تفاهم مع بلدية أم الجمال الجديدة لتطوير مركز الزوار وتدريب أبناء المنطقة أدلاء سياحيين.

وفي الدورة نفسها، أدرجت اللجنة موقع "الفاو" الأثري في المملكة العربية السعودية على القائمة، كما أدرجت موقع "تل أم عامر" (دير القديس هيلاريون) في قطاع غزة على قائمة التراث العالمي وعلى قائمة التراث العالمي المعرض للخطر في آن واحد، بناءً على طلب فلسطين، في ضوء الحرب المستمرة على القطاع والأضرار التي لحقت بمواقعه الأثرية.

ويرى خبراء في قطاع السياحة أن الإدراج سيسهم في زيادة أعداد الزوار إلى شمال المملكة، الذي ظل بعيداً عن المسارات السياحية التقليدية، داعين إلى تطوير البنية التحتية والخدمات في محيط الموقع، وإدراجه ضمن البرامج السياحية للمكاتب المحلية والأجنبية.

وقال رئيس بلدية أم الجمال الجديدة لـ"الرأي" إن البلدية "ستعمل مع الوزارة على تنظيم حركة المرور وتوفير المواقف والمرافق العامة"، مشيراً إلى أن أهالي البلدة "استقبلوا الخبر بفرح كبير" وتبادلوا التهاني في الساحات.

يذكر أن الأردن صادق على اتفاقية حماية التراث العالمي الثقافي والطبيعي عام 1975، وتضم قائمته التمهيدية عدداً من المواقع المرشحة للإدراج مستقبلاً، بينها مواقع في عجلون والكرك.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-l12-altayar-sudan-certificate-exams-registration-extended-2024",
        date(2024, 12, 29),
        """انطلاق امتحانات الشهادة السودانية في الولايات الآمنة و14 دولة.. والوزارة تمدد التسجيل للطلاب النازحين

بورتسودان - "التيار"
الأحد 29 ديسمبر 2024

انطلقت، أمس السبت، امتحانات الشهادة السودانية للعام 2024 في الولايات الآمنة وفي مراكز خارجية بـ14 دولة، بمشاركة أكثر من 340 ألف طالب وطالبة، بعد تأجيل استمر أشهراً بسبب الحرب التي تقترب من إكمال عامها الثاني.

وقال وزير التربية والتوجيه المكلف، في تصريح عقب تفقده عدداً من المراكز في بورتسودان، إن الامتحانات "جرت في أجواء هادئة ومنضبطة"، مؤكداً أن الوزارة نشرت أكثر من 20 ألف مراقب ومشرف، بالتنسيق مع الشرطة والأجهزة الأمنية، لتأمين المراكز ونقل أوراق الامتحانات.

وأوضح الوزير أن الوزارة قررت تمديد فترة تسجيل الطلاب الذين لم يتمكنوا من التسجيل بسبب النزوح حتى منتصف يناير المقبل، على أن يجلسوا لامتحانات ملحقة تُحدد مواعيدها لاحقاً، مشيراً إلى أن عدداً كبيراً من الطلاب انضموا إلى مراكز في ولايات أخرى بعد نزوح أسرهم.

وفي مصر، التي تستضيف أكبر عدد من المراكز الخارجية، جلس نحو 30 ألف طالب للامتحانات في مراكز بالقاهرة والجيزة وأسوان والإسكندرية، بعد أن سمحت السلطات المصرية بإعادة فتح عدد من المدارس السودانية التي علقت عملها في يونيو الماضي إلى حين استكمال إجراءات الترخيص.

في المقابل، لم يتمكن آلاف الطلاب في ولايات دارفور وأجزاء من كردفان والجزيرة، الخاضعة لسيطرة قوات الدعم السريع، من الجلوس للامتحانات، وهو ما حمّلت الوزارة مسؤوليته لـ"المليشيا"، فيما اتهمت قوات الدعم السريع الحكومة بـ"حرمان الطلاب من حقهم في التعليم لأغراض سياسية".

كما اعتذرت السلطات التشادية عن استضافة مراكز للامتحانات في مخيمات اللاجئين السودانيين شرقي البلاد، ما حرم آلافاً آخرين من فرصة الجلوس لها هذا العام، في حين تعمل الوزارة مع منظمة الأمم المتحدة للطفولة (يونيسف) على إيجاد بدائل لهم.

ووقعت الوزارة الشهر الماضي مذكرة تفاهم مع "يونيسف" لطباعة وتوزيع نحو مليون كتاب مدرسي في الولايات الآمنة، إلى جانب إنشاء فصول مؤقتة في مراكز الإيواء التي تستضيف النازحين.

وكانت الحكومة قد قررت في وقت سابق تعليق الدراسة في عدد من الولايات بسبب الحرب، قبل أن تستأنفها تدريجياً في الولايات الآمنة اعتباراً من أكتوبر الماضي، وسط نقص حاد في المعلمين الذين لم يتقاضَ كثير منهم رواتبهم منذ أشهر.

ومن المتوقع أن تُعلن نتائج الامتحانات في مارس المقبل، بحسب الوزارة، التي أكدت أنها ستتيح للطلاب في الخارج الاطلاع على نتائجهم عبر موقعها الإلكتروني، وأن الشهادات ستُعتمد لدى الجامعات السودانية والأجنبية.""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout26_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout26_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # "months before an event" is no date in the past: the threat is made now
    pytest.param(
        "لوّح الاتحاد الأوروبي بفرض عقوبات على جورجيا قبل أشهر من الانتخابات التشريعية.",
        date(2024, 6, 1),
        [("sanctions.threatened", "occurred", "target:Georgia")],
        [],
        id="months-before-an-event",
    ),
    # a stall in the path behind an accession does not stall the accession
    pytest.param(
        "انضمت السويد إلى حلف شمال الأطلسي بعد مسار تعثر قرابة عامين بسبب اعتراض تركيا.",
        date(2024, 3, 8),
        [("alliance.joined", "occurred", "Sweden")],
        [],
        id="accession-after-a-stalled-path",
    ),
    # a commitment renewed to a treaty is no sanctions extended
    pytest.param(
        "جددت اليابان وأستراليا التزامهما باتفاق باريس للمناخ.",
        date(2024, 3, 8),
        [],
        [],
        id="commitment-to-a-treaty-renewed",
    ),
    # the broken plural of licence is a licence as its singular is
    pytest.param(
        "أصدرت وزارة الخزانة الأمريكية رخصا عامة تسمح بالتعامل مع الحكومة الفنزويلية.",
        date(2025, 1, 7),
        [("sanctions.suspended", "occurred", "target:Venezuela")],
        [],
        id="licences-broken-plural",
    ),
    # "the same day" takes the date of the sentence before, not a date in the past
    pytest.param(
        "زار الرئيس التشادي نيامي يوم الأحد. وكانت تشاد قد أعلنت في اليوم نفسه أنها نشرت ألف "
        "جندي في النيجر.",
        date(2025, 12, 3),
        [("military.presence", "occurred", "target:Niger")],
        [],
        id="pluperfect-the-same-day",
        marks=_xfail('historical: "في اليوم نفسه" anchors nothing and the pluperfect dates it'),
    ),
    # an ambassador who returns to a capital is ties restored, as one sent back is
    pytest.param(
        "عاد السفير القطري إلى عمّان بعد غياب دام عامين.",
        date(2025, 12, 3),
        [("relations.restored", "occurred", "Qatar")],
        [],
        id="ambassador-returns",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout26_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout26_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
