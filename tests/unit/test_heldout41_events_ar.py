"""A forty-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty held-out sets: contemporary Arabic copy of 2019-2025, as today's wires and papers
carry it (an AFP report, "كانبرا - فرانس برس", with a Lebanese phone seller's "هيدي القصة خوفت
الكل" in Bankstown; an Anadolu report, "بوجمبورا/ الأناضول", with an Omani trader's "الديزل صار ما
يلقاه الواحد … غالي وايد"; a Reuters report, "برلين (رويترز) -", with its closing "(تغطية صحفية …
تحرير …)" and a Syrian technician's "الكل خايف عالمصفاة" at Schwedt; a SANA wire, "هافانا-سانا",
with "الحصار الجائر", "أيلول" and a Syrian student's "الكهربا بتقطع بالساعات"; a QNA wire, "باريس
في 26 فبراير /قنا/", with an Algerian café owner's "الناس راهي قلقانة بزاف" in Marseille; a BNA
wire, "نيروبي في 29 مارس / بنا /", with a Yemeni trader's "البضاعة كانت تقعد أسابيع على الحدود";
a Sputnik report, "موسكو - سبوتنيك", with a Syrian Armenian's "هربنا من حرب لنلاقي حرب تانية" in
Yerevan; a WAM wire, "لاباز في 28 نوفمبر / وام /", with a Palestinian's "الجالية هون زعلانة كتير"
in Santa Cruz; an SPA wire with its Hijri dateline, "مقديشو 20 جمادى الأولى 1441 هـ الموافق 15 يناير
2020 م واس"; a Kuwaiti daily's football page, "الكويت - «القبس»", with a supporter's "ترى الجماهير
صبرت وايد"; an Agadir local page of a Casablanca daily, "أكادير - «الأحداث المغربية»", with "دوار",
"دابا" and "الغلا طالع بزاف"; an Algiers business page, "الجزائر - «الشروق»", with "السداسي",
"ماي" and a bank clerk's "ما كاش اللي يحب يدير خطوة") and on programmes and regions they do not
touch (Australia's first cyber sanctions, on the Russian Aleksandr Ermakov for the Medibank breach
of 2022, the European Union lifting its Article 96 measures on Burundi in February 2022, the
Treasury's six-month licence for Rosneft Deutschland after the Rosneft and Lukoil sanctions of
October 2025, Trump renewing the Trading with the Enemy Act measures on Cuba for a year, France
threatening Algerian officials with sanctions after the Mulhouse attack, the DR Congo joining the
East African Community, the trilateral statement on Karabakh and the Russian peacekeepers sent
there in November 2020, Bolivia and Israel restoring ties under the interim government of 2019,
and Ahlu Sunna Waljama'a fighters absorbed into the Somali National Army in Galmudug). Nine carry
events of all ten alertable types, mostly in occurred status, two core events planned (the Russian
force that "ستنتشر على طول خط التماس وفي ممر لاتشين", the four hundred fighters "من المقرر أن يدمج
… في الجيش الشهر المقبل"), next to historical, negated and stalled ones; three are near misses: a
Kuwaiti football page (a striker "علقت" and a club fined "فرضت", a ban "رفعت", a discipline
committee that "هددت بفرض عقوبات" on clubs, a Brazilian and a Jordanian player "انضم" and "وقع", a
Portuguese coach's contract "مدد", youth championships "دمج", the interior ministry that "ستنشر"
five hundred men at a derby, a sponsorship "وقعت", a shooting memorandum with the Asian
federation "وقع"), an Agadir local page (rubble "رفعت", a truck ban "فرضت منعا", a desalination
agreement with a Spanish company "وقعت", water "علقت" and to "يستأنف", schools "دمج", a deadline
"مددت", a village that "انضم" to the grid, a library that "أعادت … فتح", squads "نشرت", a bathing
ban "رفعت", a memorandum with a French hotel group, a city that "انضمت" to UNESCO's network,
flights to London to "ستستأنف") and an Algiers business page (two public banks "وقع" to merge, a
stock "علقت", a listing "انضمت", a duty on phones "فرضت", a deadline "مددت" with fines "هددت
بفرض", a gas contract with an Italian firm "وقعت", rates and fares "رفع", a code-share with a
Turkish airline "وقعت", a Qatari investor "انضم", a Chinese contractor).

The decisions of the annotation, taken before any run: a government that "فرضت … اليوم الثلاثاء
عقوبات على المواطن الروسي ألكسندر يرماكوف" imposes sanctions (core; Australia and its foreign
minister Penny Wong the actors, Ermakov, not in the knowledge base, the target, and not Russia,
his nationality, nor Medibank, the victim), the sanctions of Washington and London on seven
members of Trickbot a historical imposition, "لم تفرض كانبرا أي عقوبات على الحكومة الروسية" a
negated one; a union that "رفع … الثلاثاء العقوبات المالية التي فرضها على الحكومة البوروندية"
lifts them (core; the European Union and its Council the actors, Burundi the target), the
measures of March 2016 under Article 96 a historical imposition (the aid it "علق" then is that
imposition, no suspension of sanctions), the American lifting of last November a historical one,
the Burundi-Rwanda normalisation talks "متعثرة" a stalled restoration, the European aid resumed
and the package to come no events; a Treasury licence that "يعلق لمدة ستة أشهر تطبيق العقوبات
المفروضة على شركة روسنفت الروسية على فرعها الألماني" suspends sanctions (core; the United States,
its Treasury and OFAC the actors, Rosneft Deutschland and Rosneft the targets, and not Germany,
whose trustee runs the firm), the sanctions of last week on Rosneft and Lukoil a historical
imposition, "لم تعلق واشنطن العقوبات المفروضة على الشركة الأم" a negated suspension, the German
trusteeship renewed every six months no sanctions; a president who "مدد … لمدة عام إضافي العمل
بالعقوبات المفروضة على كوبا" extends them (core; the United States and Donald Trump the actors,
Cuba the target), the embargo of 1962 a historical imposition, the restored ties of July 2015 a
historical restoration, "لم يرفع البيت الأبيض أيا من القيود" a negated lifting, the General
Assembly's vote to come and Syria's "جددت … تضامنها" no events; a government that "هددت … بفرض
عقوبات على مسؤولين جزائريين" threatens them (core; France and its prime minister François Bayrou
the actors, Algeria, whose officials they are, the target), the agreement of December 1968 a
historical signing, "لم تفرض باريس حتى الآن أي قيود فعلية" a negated imposition, the readmission
talks "متعثرة منذ سنوات" a stalled signing, the ambassador recalled last July no event; a state
that "انضمت … اليوم رسميا إلى مجموعة شرق أفريقيا" joins it (core, the DR Congo to the East
African Community), Rwanda and Burundi in 2007 and South Sudan in 2016 historical joinings, "لم
توافق القمة على طلب الصومال الانضمام" a negated joining, the application of 2019 and the customs
union still to be entered no new joining; three leaders who "وقع … ليلة أمس بيانا ثلاثيا" sign
(core; Russia, Azerbaijan and Armenia and their leaders) and "أولى وحدات قوات حفظ السلام الروسية"
that "وصلت إلى قره باغ، اليوم الثلاثاء" a presence (core; Russia in Nagorno-Karabakh and
Azerbaijan), the force that "ستنتشر على طول خط التماس" a planned presence (core), the Kremlin's
denial that Turkish troops take part a negated presence, the Bishkek ceasefire of 1994 a
historical signing, the Minsk Group talks "متعثرة" a stalled one, the base at Gyumri a historical
presence in Armenia; two states that "أعلنت … اليوم إعادة العلاقات الدبلوماسية بينهما" restore
them (core, Bolivia and Israel and their foreign ministers), the embassies they "سيعيدان فتح …
في الوقت المناسب" a planned restoration (not core), the ambassadors to be exchanged with
Washington, whose consultations "لا تزال متعثرة", a stalled restoration, Morales's break of 2009
no event of a watched type; an army that "أدمج … اليوم أكثر من ستمئة مقاتل من قوات تنظيم «أهل
السنة والجماعة» في صفوفه" integrates them (core; Somalia and its national army the actors, Ahlu
Sunna Waljama'a, not in the knowledge base, the target, and not al-Shabaab, the enemy named
beside it), the four hundred "من المقرر أن يدمج … الشهر المقبل" a planned integration (core), the
clan militias whose integration an official "نفى" a negated one, the agreement of December a
historical signing, AMISOM in Somalia since 2007 a historical presence, the Jubaland talks
"متعثرة" a stalled signing; a football federation's suspensions, fines, bans lifted, threats to
clubs, transfers, contracts, merged championships, police at a derby, sponsorships and a
memorandum, a municipality's rubble, truck ban, a desalination agreement with a foreign company,
water cut and resumed, merged schools, deadlines, a village joining the grid, a library reopened,
squads, a bathing ban lifted, a bank merger, a stock suspended, a listing, a duty, fines
threatened, contracts with foreign companies, rates and fares raised and a code-share are no
events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-03, on commit fb49e7b), in one run: events P 1.000 R 0.917 F1
0.957 (recall 11/12, precision 9/9: nine alerts right, no unexpected alert and no false alarm;
occurred core found 9/10, planned 2/2 by the score's match, though the check finds neither planned
event with its status; historical 13/13, negated 7/7 and stalled 5/5 kept quiet). One core event
is missed and two more are found only by an occurred event of the same kind. In ar-hl07 "وقع
الرئيس الروسي … والرئيس الأذربيجاني … ورئيس الوزراء الأرميني …، ليلة أمس، بيانا ثلاثيا" gives
nothing: of the statements, ``agreement_noun`` in ``rasd/events/lexicons/ar.cues.yaml`` holds only
the joint one ("بيانا مشتركا"), so a trilateral statement signed is no accord. In the same article
the presence is found by the headline's "ونشر قوات حفظ سلام روسية" (no host), while "ووصلت أولى
وحدات قوات حفظ السلام الروسية إلى قره باغ" gives nothing: ``_troops_state`` in
``rasd/events/extractor.py`` looks for the demonym within two words of the troop noun, and
"حفظ السلام" puts it three words on ("وصلت وحدات من القوات الروسية إلى قره باغ" is read); and the
planned "أن قوة حفظ السلام ستنتشر على طول خط التماس" gives nothing: the spreading rule of
``rasd/events/lexicons/ar.triggers.yaml`` holds only verb-first forms ("ستنتشر قوات روسية" is a
planned presence, "أن القوات الروسية ستنتشر في قره باغ" nothing). In ar-hl09 "ومن المقرر أن يدمج
نحو أربعمئة مقاتل آخرين من التنظيم في الجيش الشهر المقبل" gives nothing: the bare "الجيش" names
no state in its sentence, and ``_plausible`` in ``rasd/events/extractor.py`` drops an event with no
participant (the army of the lead is not carried over; "في الجيش الصومالي" is a planned
integration). Two wrong targets on alerts that are right: in ar-hl01 "عقوبات على المواطن الروسي
ألكسندر يرماكوف" has Russia for target: "رجل الأعمال الروسي" before a name is an unlinked person
(``rasd/entities/unlinked.py``), "المواطن الروسي" is not, and the roles of
``rasd/events/roles.py`` then take the demonym for the state; in ar-hl03 the suspension has
Germany for a second target beside Rosneft (the article's "على فرعها الألماني «روسنفت دويتشلاند»،
بعد أن أكدت الحكومة الألمانية"; neither a subsidiary's demonym nor the government of the "بعد أن"
clause gives the state alone in a sentence of my own, so the cause is not isolated and has no rule
sentence; ``rasd/events/roles.py``). Four strict xfails on the articles; do not tune lexicons on
these articles. Every isolated cause has sentences of its own in ``RULES``, strict xfails until
fixed (five), beside five that pass.

Also seen, not scored: in ar-hl02 the lifting has no target (Burundi is named by "الحكومة
البوروندية" only) and the historical imposition of 2016 gives nothing; in ar-hl04 the negated
lifting gives nothing; in ar-hl05 the threat's target is the unlinked "مسؤولين جزائريين" and the
stalled readmission talks come out with Morocco and Western Sahara, named in the sentence before,
for actors; in ar-hl06 the historical and negated joinings give nothing; in ar-hl07 the Bishkek
signing and the Minsk Group talks are one stalled signing, and the negated Turkish and historical
Gyumri presences give nothing; in ar-hl08 the stalled exchange of ambassadors with Washington has
Mexico (where Morales went) for actor; in ar-hl09 the integration has Somalia for target and no
actor (Ahlu Sunna Waljama'a is not in the knowledge base), the historical signing has Somalia
alone, and AMISOM's historical presence gives nothing.

After the fixes of the same round (2026-12-03): events P 1.000 R 1.000 F1 1.000 (recall 12/12,
precision 10/10). Fixed in general: a trilateral statement signed ("بيانا ثلاثيا") is an accord as
the joint one is; the demonym of "قوات حفظ السلام" stands three words after the troop noun ("قوات
حفظ السلام الروسية"). Left: the peacekeepers that "ستنتشر" told subject first (ar-hl07's planned
presence), the army named before (ar-hl09), "المواطن الروسي" before a name (ar-hl01) and the
Germany target beside Rosneft (ar-hl03).
Cured since (test_general_misses5_rules_ar.py): ar-hl09, a bare «في الجيش» is the army of the one
state named before.
Cured since (test_heldout93_rules_ar.py): ar-hl03, a company named by its owner's pronoun
("فرعها الألماني", "وشركتها الأم الصينية") holds the demonym after it, so Germany is no target.
Cured since (test_general_misses11_rules_ar.py): ar-hl01, a citizen, hacker or billionaire told by
nationality ("المواطن الروسي", "قرصان روسي") is a person, not his state.

``python -m tests.unit.test_heldout41_events_ar`` prints every article's alerts and the set's
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

_EU = "European Union"
_US = "United States"
_EAC = "East African Community"
_ASWJ = "Ahlu Sunna Waljama'a"
_KARABAKH = "Nagorno-Karabakh"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-afp-australia-cyber-sanctions-ermakov-medibank-2024",
        date(2024, 1, 23),
        """أستراليا تفرض عقوبات على قرصان روسي بسبب اختراق بيانات "ميديبنك"

كانبرا - فرانس برس

فرضت الحكومة الأسترالية، اليوم الثلاثاء، عقوبات على المواطن الروسي ألكسندر يرماكوف، متهمة إياه بالمسؤولية عن اختراق قاعدة بيانات شركة التأمين الصحي "ميديبنك" عام 2022، وهو الهجوم الذي كشف معلومات شخصية وطبية لنحو عشرة ملايين أسترالي.

وهذه المرة الأولى التي تستخدم فيها كانبرا إطار العقوبات السيبرانية الذي أقرته قبل أكثر من عامين. وتشمل العقوبات حظر دخول يرماكوف إلى الأراضي الأسترالية، وتجريم تقديم أي أصول له أو التعامل مع أصوله، ويواجه المخالفون عقوبة السجن عشر سنوات.

وقالت وزيرة الخارجية بيني وونغ في مؤتمر صحافي مشترك مع نائب رئيس الوزراء وزير الدفاع ريتشارد مارلز ووزيرة الأمن الداخلي كلير أونيل إن "هذه رسالة واضحة لمن يعتقدون أنهم يستطيعون الاختباء خلف الشاشات في الخارج". وأضافت أن التحقيق الذي أجرته الشرطة الفدرالية ومديرية الإشارات الأسترالية استغرق أكثر من عام.

وأوضحت أونيل أن السلطات لم تكن لتحدد هوية المتهم لولا التعاون مع أجهزة الاستخبارات في الولايات المتحدة والمملكة المتحدة. وكانت واشنطن ولندن قد فرضتا في فبراير الماضي عقوبات على سبعة أعضاء في عصابة "تريكبوت" الروسية للجرائم الإلكترونية، في خطوة قال مسؤولون أستراليون إنها مهدت الطريق للإجراء الحالي.

ولم تفرض كانبرا أي عقوبات على الحكومة الروسية أو على أجهزتها الأمنية، إذ قالت وونغ إن الأدلة المتوفرة "لا تشير حتى الآن إلى تورط رسمي" في الهجوم، لكنها أشارت إلى أن روسيا "توفر ملاذا آمنا" لمجرمي الإنترنت.

ولم يصدر أي تعليق فوري من السفارة الروسية في كانبرا. ويعتقد المحققون أن يرماكوف، وهو في الثلاثينات من عمره، مرتبط بمجموعة "ريفيل" التي نفذت هجمات فدية على شركات في عدة دول.

وكانت "ميديبنك" قد رفضت دفع فدية قدرها عشرة ملايين دولار طلبها القراصنة، فنشر هؤلاء على الإنترنت المظلم سجلات لمرضى، بينها معلومات عن علاجات الإدمان والصحة النفسية، ما أثار موجة من الغضب في البلاد.

وفي ضاحية بانكستاون غرب سيدني، حيث تعيش جالية عربية كبيرة، قال صاحب محل هواتف من أصل لبناني: "نص الزباين اجوا سألوني إذا معلوماتهم انسرقت، هيدي القصة خوفت الكل، والناس بعدها ما بتعرف مين بدو يحميها".

ويقول خبراء إن العقوبات ستبقى رمزية إلى حد كبير لأن المتهم لا يملك على الأرجح أصولا في أستراليا، لكنها تفتح الباب أمام ملاحقته إذا سافر إلى دول حليفة. وتعتزم الحكومة طرح استراتيجية جديدة للأمن السيبراني أمام البرلمان خلال الدورة المقبلة.""",
        [
            G("sanctions.imposed", "occurred", ["Australia", "Penny Wong"], ["Aleksandr Ermakov"]),
            # Washington and London on seven members of Trickbot in February,
            G("sanctions.imposed", "historical", [_US, "United Kingdom"], ["Trickbot"], core=False),
            # "لم تفرض كانبرا أي عقوبات على الحكومة الروسية",
            G("sanctions.imposed", "negated", ["Australia"], ["Russia"], core=False),
        ],
        not_targets=["Russia", "Medibank", "Lebanon", "United States", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-anadolu-eu-lifts-article-96-measures-burundi-2022",
        date(2022, 2, 8),
        """الاتحاد الأوروبي يرفع القيود المالية عن بوروندي بعد ست سنوات

بوجمبورا/ الأناضول

رفع الاتحاد الأوروبي، الثلاثاء، العقوبات المالية التي فرضها على الحكومة البوروندية، وأعاد استئناف الدعم المباشر لموازنة البلاد، في خطوة وصفتها بوجمبورا بأنها "انتصار للدبلوماسية البوروندية".

وقال مجلس الاتحاد الأوروبي في بيان، إنه قرر إلغاء القرار الذي اتخذه عام 2016 بموجب المادة 96 من اتفاقية كوتونو، والذي علق بموجبه المساعدات المالية المقدمة مباشرة إلى الحكومة، مشيرا إلى "التقدم المحرز في مجالات الحكم الرشيد وحقوق الإنسان وسيادة القانون" منذ انتخابات عام 2020.

وكان الاتحاد قد فرض تلك القيود في مارس 2016 بعد أشهر من أزمة سياسية دامية اندلعت إثر ترشح الرئيس الراحل بيير نكورونزيزا لولاية ثالثة، وأسفرت عن مقتل مئات الأشخاص وفرار أكثر من أربعمئة ألف إلى دول الجوار.

ورحب الرئيس إيفاريست ندايشيميي بالقرار في تغريدة على حسابه بتويتر، معتبرا أنه "يفتح صفحة جديدة في التعاون مع شركائنا الأوروبيين". وقال وزير الخارجية ألبير شينغيرو للصحفيين في بوجمبورا إن بلاده "لم تتوقف يوما عن الحوار مع بروكسل".

وكانت الولايات المتحدة قد رفعت في نوفمبر الماضي العقوبات التي فرضتها على بوروندي عام 2015، بعد أن أنهى الرئيس جو بايدن حالة الطوارئ الوطنية المتعلقة بالبلاد.

وقالت منظمات حقوقية إن القرار الأوروبي جاء مبكرا، مؤكدة أن الاعتقالات التعسفية والقيود على الصحافة لا تزال قائمة. وأشارت منظمة "هيومن رايتس ووتش" إلى أن عددا من الصحفيين والناشطين لا يزالون في السجون.

في المقابل، لا تزال المحادثات بين بوروندي ورواندا بشأن تطبيع العلاقات وإعادة فتح الحدود المغلقة بين البلدين منذ عام 2015 متعثرة، رغم لقاءات عقدها مسؤولون من الجانبين خلال الأشهر الماضية.

وتعد بوروندي من أفقر دول العالم، إذ يعيش أكثر من سبعين في المئة من سكانها تحت خط الفقر، وتعاني من نقص حاد في العملات الأجنبية والوقود، ويأمل مسؤولون أن يساهم استئناف الدعم الأوروبي في تخفيف الضغوط على الموازنة.

وفي سوق بوجمبورا المركزي، قال تاجر من أصل عماني تعيش عائلته في البلاد منذ عقود: "الحين يمكن الأمور تتحسن شوي، الديزل صار ما يلقاه الواحد، والدولار بالسوق غالي وايد".

ويتوقع دبلوماسيون أن تعلن المفوضية الأوروبية خلال الأسابيع المقبلة عن حزمة تمويل جديدة تركز على الزراعة والطاقة والصحة.""",
        [
            G("sanctions.lifted", "occurred", [_EU, "Council of the European Union"], ["Burundi"]),
            # the measures of March 2016 under Article 96 of the Cotonou agreement,
            G("sanctions.imposed", "historical", [_EU], ["Burundi"], core=False),
            # Washington's lifting of last November,
            G("sanctions.lifted", "historical", [_US, "Joe Biden"], ["Burundi"], core=False),
            # the Burundi-Rwanda normalisation talks "متعثرة",
            G("relations.restored", "stalled", ["Burundi", "Rwanda"], [], core=False),
        ],
        not_targets=["Rwanda", "Oman", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-reuters-treasury-licence-suspends-sanctions-rosneft-deutschland-2025",
        date(2025, 10, 29),
        """واشنطن تعفي "روسنفت ألمانيا" من العقوبات لستة أشهر

برلين (رويترز) - أصدرت وزارة الخزانة الأمريكية ترخيصا يعلق لمدة ستة أشهر تطبيق العقوبات المفروضة على شركة روسنفت الروسية على فرعها الألماني "روسنفت دويتشلاند"، بعد أن أكدت الحكومة الألمانية أن الشركة تخضع لوصايتها الكاملة ولم تعد تحت سيطرة موسكو، حسبما قالت وزارة الاقتصاد الألمانية يوم الأربعاء.

وقالت الوزارة في بيان إن مكتب مراقبة الأصول الأجنبية التابع للخزانة الأمريكية أصدر الترخيص مساء الثلاثاء، وإنه يسري حتى نهاية أبريل المقبل، ما يتيح لمصافي شفيدت وكارلسروه وفوبورغ مواصلة العمل وشراء الخام وبيع المنتجات.

وكانت واشنطن قد فرضت الأسبوع الماضي عقوبات على روسنفت ولوك أويل، أكبر شركتي نفط في روسيا، في محاولة للضغط على موسكو للقبول بوقف إطلاق النار في أوكرانيا، وهو ما أثار قلقا في برلين بشأن إمدادات الوقود في شرق البلاد.

وتدير الوكالة الاتحادية للشبكات حصص روسنفت في المصافي الألمانية منذ سبتمبر 2022 بموجب وصاية مؤقتة تجدد كل ستة أشهر. وقالت وزيرة الاقتصاد كاترينا رايشه إن الترخيص "يمنحنا الوقت لإيجاد حل دائم"، مشيرة إلى أن خيار بيع الحصص لا يزال مطروحا.

ولم تعلق واشنطن العقوبات المفروضة على الشركة الأم، كما أن الترخيص لا يسمح بتحويل أي أرباح إلى روسنفت في موسكو، وفق ما أوضحه متحدث باسم الخزانة الأمريكية.

وتوفر مصفاة شفيدت، التي تملك روسنفت أكثر من نصف حصصها، نحو تسعين في المئة من الوقود المستهلك في برلين ومنطقة براندنبورغ، بما في ذلك وقود مطار العاصمة. وتعمل المصفاة حاليا بنحو ثمانين في المئة من طاقتها بعد أن توقفت عن استيراد النفط الروسي عبر خط أنابيب "دروجبا" مطلع عام 2023.

وقال فني سوري يعمل في المصفاة منذ ست سنوات: "الشغل ماشي الحمد لله، بس الكل خايف عالمصفاة، كل كم شهر بيطلع خبر جديد وما حدا بيعرف شو رح يصير فينا".

وفي موسكو، قال الكرملين إن روسنفت "لم تتخل عن حقوقها" في أصولها الألمانية، وإنها تحتفظ بحق اللجوء إلى القضاء. وكانت الشركة قد طعنت في الوصاية أمام المحكمة الإدارية الاتحادية، التي رفضت طعنها العام الماضي.

وأدت العقوبات الأمريكية إلى ارتفاع أسعار النفط بأكثر من خمسة في المئة الأسبوع الماضي، فيما قلصت شركات تكرير في الهند والصين مشترياتها من الخام الروسي.

(تغطية صحفية مكتب برلين - إعداد محمد للنشرة العربية - تحرير سها جادو)""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [
                    _US,
                    "United States Department of the Treasury",
                    "Office of Foreign Assets Control",
                ],
                ["Rosneft Deutschland", "Rosneft"],
            ),
            # the sanctions of last week on Rosneft and Lukoil,
            G("sanctions.imposed", "historical", [_US], ["Rosneft", "Lukoil"], core=False),
            # "لم تعلق واشنطن العقوبات المفروضة على الشركة الأم",
            G("sanctions.suspended", "negated", [_US], ["Rosneft"], core=False),
        ],
        not_targets=["Germany", "Syria", "India", "China", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-sana-trump-renews-trading-with-the-enemy-act-cuba-2025",
        date(2025, 9, 13),
        """ترامب يمدد العمل بقانون "التجارة مع العدو" ضد كوبا لعام آخر

هافانا-سانا

مدد الرئيس الأمريكي دونالد ترامب لمدة عام إضافي العمل بالعقوبات المفروضة على كوبا بموجب قانون "التجارة مع العدو"، في خطوة أدانتها هافانا ووصفتها بأنها استمرار لسياسة الحصار الجائر المفروض على الشعب الكوبي منذ أكثر من ستة عقود.

وجاء في مذكرة رئاسية نشرها البيت الأبيض أمس أن استمرار ممارسة الصلاحيات المنصوص عليها في القانون تجاه كوبا "يخدم المصلحة الوطنية للولايات المتحدة"، وهو الإجراء الذي يجدده الرؤساء الأمريكيون سنويا في شهر أيلول منذ عام 1978.

وقال وزير الخارجية الكوبي برونو رودريغيز في تدوينة على منصة إكس إن "هذا القرار يؤكد مجددا عزلة واشنطن في سياستها العدائية تجاه كوبا"، مشيرا إلى أن الحصار كبد الاقتصاد الكوبي خسائر تتجاوز مئة وخمسين مليار دولار.

وكانت الولايات المتحدة قد فرضت الحصار الاقتصادي والتجاري والمالي على كوبا عام 1962 في عهد الرئيس جون كينيدي، ثم شددته بقوانين لاحقة أبرزها قانون "هيلمز بيرتون" عام 1996.

وكان البلدان قد أعادا العلاقات الدبلوماسية بينهما في تموز 2015 في عهد الرئيس الأسبق باراك أوباما، وأعادا فتح سفارتيهما في هافانا وواشنطن، غير أن إدارة ترامب الأولى تراجعت عن معظم خطوات الانفتاح.

ولم يرفع البيت الأبيض أيا من القيود المفروضة على التحويلات المالية والسفر، كما أبقى على إدراج كوبا في قائمة الدول الراعية للإرهاب، رغم المطالبات الدولية المتكررة.

ومن المقرر أن تصوت الجمعية العامة للأمم المتحدة الشهر المقبل على مشروع القرار السنوي الذي تقدمه كوبا بعنوان "ضرورة إنهاء الحصار الاقتصادي والتجاري والمالي الذي تفرضه الولايات المتحدة"، والذي حظي العام الماضي بتأييد مئة وسبع وثمانين دولة.

وتعاني الجزيرة من أزمة حادة في الطاقة تسببت في انقطاعات متكررة للتيار الكهربائي في مختلف المقاطعات، إضافة إلى نقص في الأدوية والمواد الغذائية، وتحمل الحكومة الكوبية الحصار المسؤولية الأولى عنها.

وقال طالب سوري يدرس الطب في جامعة هافانا لمراسل سانا: "الوضع صعب كتير، الكهربا بتقطع بالساعات والناس عم تدبر حالها، بس الكوبيين شعب صبور ومحب للسوريين".

وجددت سورية في وقت سابق تضامنها مع كوبا في مواجهة الإجراءات القسرية الأحادية الجانب، مؤكدة أن الحصار يشكل انتهاكا صارخا لميثاق الأمم المتحدة وقواعد القانون الدولي، وداعية إلى رفعه فورا ومن دون شروط.

ويذكر أن الولايات المتحدة وإسرائيل هما الدولتان الوحيدتان اللتان صوتتا ضد القرار الكوبي في الجمعية العامة العام الماضي.""",
        [
            G("sanctions.extended", "occurred", [_US, "Donald Trump"], ["Cuba"]),
            # the embargo of 1962,
            G("sanctions.imposed", "historical", [_US, "John F. Kennedy"], ["Cuba"], core=False),
            # the ties restored in July 2015,
            G("relations.restored", "historical", [_US, "Cuba", "Barack Obama"], [], core=False),
            # "لم يرفع البيت الأبيض أيا من القيود المفروضة على التحويلات المالية والسفر",
            G("sanctions.lifted", "negated", [_US], ["Cuba"], core=False),
        ],
        not_targets=["Syria", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-qna-france-threatens-algerian-officials-visa-sanctions-2025",
        date(2025, 2, 26),
        """فرنسا تلوح بقيود على تأشيرات مسؤولين جزائريين وتمهل الجزائر ستة أسابيع

باريس في 26 فبراير /قنا/ هددت الحكومة الفرنسية اليوم بفرض عقوبات على مسؤولين جزائريين، من بينها تقييد منحهم التأشيرات وحرمانهم من امتيازات الدخول إلى أراضيها، إذا لم تقبل الجزائر استعادة رعاياها الصادر بحقهم قرارات ترحيل.

وقال رئيس الوزراء الفرنسي فرانسوا بايرو، عقب اجتماع لمجلس وزاري مصغر خصص لملف الهجرة، إن بلاده ستمنح الجزائر مهلة "من شهر إلى ستة أسابيع" لمراجعة موقفها، محذرا من أن باريس قد تعيد النظر في اتفاقية عام 1968 التي تنظم دخول الجزائريين وإقامتهم وعملهم في فرنسا.

ويأتي التصعيد بعد هجوم بسكين في مدينة مولوز شرقي فرنسا السبت الماضي، نفذه جزائري كان قد صدر بحقه قرار بالترحيل، ورفضت الجزائر استقباله عشر مرات بحسب وزير الداخلية برونو ريتايو.

وكانت فرنسا والجزائر قد وقعتا الاتفاقية في ديسمبر 1968، بعد ست سنوات من استقلال الجزائر، ومنحت بموجبها الجزائريين وضعا خاصا في ما يتعلق بالإقامة ولم شمل الأسر.

ولم تفرض باريس حتى الآن أي قيود فعلية على المسؤولين الجزائريين، إذ قال مصدر حكومي إن القائمة "قيد الإعداد" وإن تطبيقها مرتبط برد الجزائر.

من جهتها، رفضت وزارة الخارجية الجزائرية في بيان "لغة التهديد والمهل"، مؤكدة أن الجزائر "لن تقبل أي إملاءات"، وأن أي مساس باتفاقية 1968 سيقابل بإجراءات مماثلة.

وتشهد العلاقات بين البلدين توترا منذ يوليو الماضي، عندما أعلن الرئيس إيمانويل ماكرون دعم بلاده لخطة الحكم الذاتي المغربية في الصحراء الغربية، ما دفع الجزائر إلى استدعاء سفيرها من باريس. كما لا تزال المفاوضات بين البلدين بشأن اتفاق لإعادة قبول المهاجرين غير النظاميين متعثرة منذ سنوات.

وفي مرسيليا، التي تضم جالية جزائرية كبيرة، قال صاحب مقهى في حي نواي: "الناس راهي قلقانة بزاف، كل يوم نسمعو حاجة جديدة في التلفزيون، واحنا اللي راح نخلصو في الأخير".

ويقيم في فرنسا أكثر من ثمانمئة ألف جزائري، فيما يقدر عدد الفرنسيين من أصول جزائرية بعدة ملايين، وتعد فرنسا ثاني أكبر شريك تجاري للجزائر بعد إيطاليا.

ع ر/ م ش""",
        [
            G("sanctions.threatened", "occurred", ["France", "François Bayrou"], ["Algeria"]),
            # the agreement of December 1968,
            G("agreement.signed", "historical", ["France", "Algeria"], [], core=False),
            # "لم تفرض باريس حتى الآن أي قيود فعلية على المسؤولين الجزائريين",
            G("sanctions.imposed", "negated", ["France"], ["Algeria"], core=False),
            # the readmission talks "متعثرة منذ سنوات",
            G("agreement.signed", "stalled", ["France", "Algeria"], [], core=False),
        ],
        not_targets=["Morocco", "Italy"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-bna-dr-congo-joins-east-african-community-2022",
        date(2022, 3, 29),
        """الكونغو الديمقراطية تنضم إلى مجموعة شرق أفريقيا

نيروبي في 29 مارس / بنا / انضمت جمهورية الكونغو الديمقراطية اليوم رسميا إلى مجموعة شرق أفريقيا، لتصبح العضو السابع في التكتل الإقليمي، وذلك خلال قمة افتراضية استثنائية لرؤساء دول المجموعة ترأسها الرئيس الكيني أوهورو كينياتا.

وقال الرئيس كينياتا، رئيس القمة، إن انضمام الكونغو الديمقراطية "يمد حدود المجموعة من المحيط الهندي إلى المحيط الأطلسي"، ويضيف إليها سوقا يتجاوز عدد سكانها تسعين مليون نسمة، مؤكدا أن الخطوة ستعزز التجارة البينية والاستثمار في البنية التحتية.

ورحب الرئيس الكونغولي فيليكس تشيسكيدي بالقرار، معتبرا أن بلاده "تعود إلى محيطها الطبيعي"، ومشيرا إلى أن أكثر من نصف تجارة شرق الكونغو تمر عبر موانئ مومباسا ودار السلام.

وجاء القرار بعد أن أوصى مجلس وزراء المجموعة بقبول طلب الكونغو الديمقراطية، إثر بعثة تحقق زارت كينشاسا العام الماضي. وكانت الكونغو الديمقراطية قد تقدمت بطلب الانضمام في يونيو 2019.

وتضم المجموعة، التي يقع مقرها في مدينة أروشا التنزانية، كلا من كينيا وتنزانيا وأوغندا، إضافة إلى رواندا وبوروندي اللتين انضمتا إليها عام 2007، وجنوب السودان الذي انضم عام 2016.

في المقابل، لم توافق القمة على طلب الصومال الانضمام إلى المجموعة، وطلبت من الأمانة العامة استكمال عملية التحقق، بحسب ما جاء في البيان الختامي.

ويرى مراقبون أن الانضمام قد يساعد في تهدئة التوتر بين كينشاسا وكيغالي، في ظل اتهامات متبادلة بدعم جماعات مسلحة في شرق الكونغو، حيث تنشط أكثر من مئة جماعة مسلحة.

وقال تاجر يمني يعمل في نيروبي منذ عشرين عاما في تجارة المواد الغذائية مع غوما وبوكافو: "إن شاء الله تتيسر الأمور، البضاعة كانت تقعد أسابيع على الحدود، والجمارك كل واحد يطلب شي".

ويتعين على الكونغو الديمقراطية الآن إتمام إجراءات المصادقة على معاهدة المجموعة، والانضمام تدريجيا إلى الاتحاد الجمركي والسوق المشتركة، وهو ما قد يستغرق عدة سنوات بحسب خبراء اقتصاديين.

وتعد الكونغو الديمقراطية ثاني أكبر دولة في أفريقيا من حيث المساحة، وتملك احتياطيات هائلة من الكوبالت والنحاس والكولتان، فيما تعد المجموعة من أسرع التكتلات الاقتصادية نموا في القارة.

/ ع ع /""",
        [
            G("alliance.joined", "occurred", ["Democratic Republic of the Congo"], [_EAC]),
            # Rwanda and Burundi in 2007, South Sudan in 2016,
            G("alliance.joined", "historical", ["Rwanda", "Burundi"], [_EAC], core=False),
            G("alliance.joined", "historical", ["South Sudan"], [_EAC], core=False),
            # "لم توافق القمة على طلب الصومال الانضمام إلى المجموعة",
            G("alliance.joined", "negated", ["Somalia"], [_EAC], core=False),
        ],
        not_targets=["Kenya", "Rwanda", "Tanzania", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-sputnik-karabakh-trilateral-statement-russian-peacekeepers-2020",
        date(2020, 11, 10),
        """موسكو وباكو ويريفان توقع بيانا لوقف الحرب في قره باغ ونشر قوات حفظ سلام روسية

موسكو - سبوتنيك

وقع الرئيس الروسي فلاديمير بوتين والرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان، ليلة أمس، بيانا ثلاثيا ينص على وقف كامل لإطلاق النار وجميع العمليات العسكرية في منطقة نزاع قره باغ، اعتبارا من منتصف الليل بتوقيت موسكو.

وقال بوتين في كلمة متلفزة إن الأطراف اتفقت على أن تحتفظ القوات الأذربيجانية والأرمينية بالمواقع التي تسيطر عليها، وأن تعيد أرمينيا إلى أذربيجان مناطق كلبجار وأغدام ولاتشين خلال الأسابيع المقبلة.

ووصلت أولى وحدات قوات حفظ السلام الروسية إلى قره باغ، اليوم الثلاثاء، على متن طائرات نقل عسكرية هبطت في مطار يريفان، قبل أن تتوجه برا عبر ممر لاتشين، بحسب ما أعلنته وزارة الدفاع الروسية.

وأوضحت الوزارة أن قوة حفظ السلام ستنتشر على طول خط التماس وفي ممر لاتشين، وستضم ألفا وتسعمئة وستين عسكريا مزودين بتسعين ناقلة جند مدرعة، لمدة خمس سنوات قابلة للتمديد تلقائيا.

ونفى المتحدث باسم الكرملين دميتري بيسكوف أن تشارك قوات تركية في عمليات حفظ السلام في المنطقة، مؤكدا أن البيان "لا ينص على ذلك"، رغم تصريحات أذربيجانية عن دور تركي في مراقبة وقف إطلاق النار.

وكانت أرمينيا وأذربيجان قد وقعتا في بيشكيك عام 1994 اتفاقا لوقف إطلاق النار أنهى الحرب الأولى، فيما ظلت المفاوضات التي ترعاها مجموعة مينسك التابعة لمنظمة الأمن والتعاون في أوروبا متعثرة طوال أكثر من ربع قرن دون التوصل إلى تسوية نهائية.

وتحتفظ روسيا منذ تسعينيات القرن الماضي بقاعدة عسكرية في مدينة غيومري الأرمينية، يعمل فيها نحو ثلاثة آلاف عسكري.

وخرج آلاف المحتجين في يريفان ليلا واقتحموا مقر الحكومة والبرلمان، رافضين ما وصفوه بـ"الاستسلام"، فيما احتفل سكان باكو في الشوارع حتى ساعات الصباح الأولى.

وقال باشينيان في رسالة على فيسبوك إن التوقيع كان "مؤلما للغاية" لكنه جاء بناء على "تحليل معمق للوضع العسكري". وقال أرمني سوري لجأ إلى يريفان عام 2013 هربا من الحرب في حلب: "الناس هون مصدومة، ما حدا مصدق شو صار، يعني هربنا من حرب لنلاقي حرب تانية".

واندلعت المعارك في السابع والعشرين من سبتمبر الماضي، وأسفرت عن سقوط آلاف القتلى من الجانبين، بينهم مدنيون، في أعنف مواجهات تشهدها المنطقة منذ عقود.""",
        [
            G(
                "agreement.signed",
                "occurred",
                [
                    "Russia",
                    "Azerbaijan",
                    "Armenia",
                    "Vladimir Putin",
                    "Ilham Aliyev",
                    "Nikol Pashinyan",
                ],
                [],
            ),
            G("military.presence", "occurred", ["Russia"], [_KARABAKH, "Azerbaijan"]),
            # the force that "ستنتشر على طول خط التماس وفي ممر لاتشين",
            G("military.presence", "planned", ["Russia"], [_KARABAKH, "Azerbaijan"]),
            # Peskov denies that Turkish troops take part,
            G("military.presence", "negated", ["Turkey"], [_KARABAKH], core=False),
            # the Bishkek ceasefire of 1994, and the Minsk Group talks "متعثرة",
            G("agreement.signed", "historical", ["Armenia", "Azerbaijan"], [], core=False),
            G("agreement.signed", "stalled", ["Armenia", "Azerbaijan"], [], core=False),
            # the Russian base at Gyumri,
            G("military.presence", "historical", ["Russia"], ["Armenia"], core=False),
        ],
        not_targets=["Turkey", "Syria"],
        known_miss=(
            "«بيانا ثلاثيا» no agreement noun (ar.cues.yaml); subject-first «ستنتشر» not read"
            " (ar.triggers.yaml)"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-wam-bolivia-israel-restore-diplomatic-ties-2019",
        date(2019, 11, 28),
        """بوليفيا وإسرائيل تعيدان العلاقات الدبلوماسية بعد عشر سنوات من القطيعة

لاباز في 28 نوفمبر / وام / أعلنت بوليفيا وإسرائيل اليوم إعادة العلاقات الدبلوماسية بينهما، بعد أكثر من عشر سنوات على قطعها في عهد الرئيس السابق إيفو موراليس.

وقالت وزيرة الخارجية في الحكومة الانتقالية كارين لونغاريك للصحفيين في لاباز إن "بوليفيا تعيد علاقاتها مع دولة إسرائيل في إطار سياسة خارجية جديدة منفتحة على جميع الدول". ورحب وزير الخارجية الإسرائيلي يسرائيل كاتس بالقرار، معتبرا أنه "يعكس التغيير الإيجابي في المنطقة".

وأضافت لونغاريك أن البلدين سيعيدان فتح سفارتيهما "في الوقت المناسب"، وأن الحكومة ستلغي شرط الحصول على تأشيرة مسبقة بالنسبة للسياح الإسرائيليين.

وكان موراليس قد قطع العلاقات مع إسرائيل في يناير 2009 احتجاجا على الحرب على قطاع غزة، وأدرج إسرائيل لاحقا ضمن قائمة الدول التي يحتاج مواطنوها إلى تأشيرات مسبقة.

وتولت الرئيسة الانتقالية جانين آنييز السلطة في 12 نوفمبر الجاري بعد استقالة موراليس ومغادرته إلى المكسيك، إثر احتجاجات واسعة على نتائج الانتخابات الرئاسية التي جرت في أكتوبر الماضي. وتعهدت آنييز بإجراء انتخابات جديدة في أقرب وقت.

وأعلنت الحكومة الانتقالية في وقت سابق أنها ستعيد تبادل السفراء مع الولايات المتحدة، غير أن المشاورات بين لاباز وواشنطن بشأن ذلك لا تزال متعثرة بانتظار تشكيل الحكومة المقبلة، وفق ما أفاد به دبلوماسيون.

في المقابل، انتقد أنصار موراليس القرار، واعتبروا أن الحكومة الانتقالية "لا تملك تفويضا" لاتخاذ قرارات تمس السياسة الخارجية للبلاد.

وقال فلسطيني يعيش في مدينة سانتا كروز منذ ثلاثين عاما: "الجالية هون زعلانة كتير من القرار، بس الناس مشغولة بالأزمة، كل يوم في مظاهرات وسكرت الطرقات".

وتضم بوليفيا جالية فلسطينية وعربية صغيرة تتركز في سانتا كروز ولاباز، فيما يقصد آلاف السياح الإسرائيليين البلاد سنويا لزيارة بحيرة تيتيكاكا وصحراء الملح في أويوني.

وتشهد بوليفيا منذ أسابيع اضطرابات سياسية أودت بحياة أكثر من ثلاثين شخصا، فيما يتواصل الحوار بين الحكومة الانتقالية والبرلمان الذي يهيمن عليه حزب موراليس حول قانون الانتخابات الجديد.

ع ا / ع ا ع""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Bolivia", "Israel", "Karen Longaric", "Israel Katz"],
                [],
            ),
            # the embassies "سيعيدان فتح … في الوقت المناسب",
            G("relations.restored", "planned", ["Bolivia", "Israel"], [], core=False),
            # ambassadors to be exchanged with Washington, consultations "لا تزال متعثرة",
            G("relations.restored", "stalled", ["Bolivia", _US], [], core=False),
        ],
        not_targets=["Mexico", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-spa-somali-army-integrates-ahlu-sunna-fighters-galmudug-2020",
        date(2020, 1, 15),
        """الجيش الصومالي يدمج مئات من مقاتلي "أهل السنة والجماعة" في صفوفه

مقديشو 20 جمادى الأولى 1441 هـ الموافق 15 يناير 2020 م واس

أدمج الجيش الوطني الصومالي اليوم أكثر من ستمئة مقاتل من قوات تنظيم "أهل السنة والجماعة" في صفوفه، في مراسم أقيمت في مدينة طوسمريب عاصمة ولاية جلمدغ وسط البلاد، بحضور رئيس أركان الجيش الجنرال أدوا يوسف راغي وعدد من قادة التنظيم.

وقال رئيس الأركان في كلمة خلال المراسم إن المقاتلين المدمجين سيتلقون رواتبهم من الحكومة الاتحادية، وسيخضعون لدورات تدريبية قبل توزيعهم على وحدات الجيش في إقليمي جلجدود ومدق.

ومن المقرر أن يدمج نحو أربعمئة مقاتل آخرين من التنظيم في الجيش الشهر المقبل، بحسب ما أوضحه رئيس الأركان، وذلك تنفيذا للاتفاق الذي وقعته الحكومة الاتحادية وإدارة جلمدغ وتنظيم أهل السنة والجماعة في ديسمبر الماضي.

وأشاد رئيس الوزراء الصومالي حسن علي خيري بالخطوة، مؤكدا أنها "تعزز وحدة القوات المسلحة وتسهم في محاربة حركة الشباب". في المقابل، نفى مسؤول في وزارة الدفاع أن تكون الحكومة قد وافقت على دمج ميليشيات العشائر في الولاية ضمن الاتفاق ذاته.

ويعد تنظيم أهل السنة والجماعة من أبرز الجماعات الصوفية المسلحة في الصومال، وقد خاض معارك ضد حركة الشباب منذ عام 2008، وسيطر لسنوات على مدن في وسط البلاد.

وتنتشر قوات بعثة الاتحاد الأفريقي في الصومال "أميصوم" في البلاد منذ عام 2007، وتضم نحو عشرين ألف جندي من أوغندا وبوروندي وكينيا وإثيوبيا وجيبوتي، ويفترض أن تسلم المسؤوليات الأمنية تدريجيا للجيش الصومالي.

وتأتي الخطوة في وقت لا تزال فيه المحادثات بين الحكومة الاتحادية وإدارة ولاية جوبالاند بشأن تقاسم السلطة متعثرة، بعد الانتخابات المتنازع عليها في كسمايو في أغسطس الماضي.

وقال معلم صومالي في طوسمريب يتحدث العربية: "إن شاء الله يكون خير، الناس تعبت من الحرب، ونريد أن يرجع الأمن والطلاب يرجعون للمدارس".

وتسعى الحكومة الصومالية إلى بناء جيش وطني موحد قادر على تولي المهام الأمنية قبل انسحاب القوات الأفريقية، في ظل استمرار هجمات حركة الشباب التي تسيطر على مناطق ريفية واسعة في الجنوب والوسط.

وكانت حركة الشباب قد شنت الشهر الماضي هجوما بشاحنة مفخخة في مقديشو أسفر عن مقتل أكثر من ثمانين شخصا.""",
        [
            G("forces.integrated", "occurred", ["Somalia", "Somali National Army"], [_ASWJ]),
            # "من المقرر أن يدمج نحو أربعمئة مقاتل آخرين … الشهر المقبل",
            G("forces.integrated", "planned", ["Somalia", "Somali National Army"], [_ASWJ]),
            # an official denies that the clan militias are to be integrated,
            G("forces.integrated", "negated", ["Somalia"], [], core=False),
            # the agreement of December with Galmudug and the movement,
            G("agreement.signed", "historical", ["Somalia", "Galmudug", _ASWJ], [], core=False),
            # AMISOM since 2007,
            G(
                "military.presence",
                "historical",
                ["African Union", "Uganda", "Burundi", "Kenya", "Ethiopia", "Djibouti"],
                ["Somalia"],
                core=False,
            ),
            # the Jubaland power-sharing talks "متعثرة",
            G("agreement.signed", "stalled", ["Somalia", "Jubaland"], [], core=False),
        ],
        not_targets=["al-Shabaab", "Uganda", "Kenya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alqabas-kuwait-football-page-2023",
        date(2023, 11, 9),
        """القبس الرياضي

الكويت - «القبس»

الانضباط تعلق مشاركة مهاجم القادسية وتفرض غرامة على العربي

علقت لجنة الانضباط في اتحاد كرة القدم مشاركة مهاجم القادسية أربع مباريات، وفرضت على نادي العربي غرامة مالية قدرها ثلاثة آلاف دينار، على خلفية أحداث الشغب التي شهدتها مباراة الفريقين في استاد جابر الأحمد ضمن الجولة الحادية عشرة من دوري زين الممتاز. وهددت اللجنة بفرض عقوبات أشد على الأندية التي لا تلتزم بتنظيم دخول جماهيرها.

وفي المقابل، رفعت اللجنة الإيقاف عن حارس مرمى الكويت بعد قبول التظلم الذي تقدم به النادي، ليعود إلى التشكيلة في مباراة الجولة المقبلة أمام السالمية.

الانتقالات الشتوية

وانضم المدافع البرازيلي إلى صفوف كاظمة بعقد يمتد حتى نهاية الموسم، فيما وقع نادي النصر عقدا مع لاعب وسط أردني لمدة موسم ونصف. ومدد نادي الكويت عقد مدربه البرتغالي حتى صيف 2025، بعد تصدر الفريق جدول الترتيب بفارق أربع نقاط.

المراحل السنية

وقرر الاتحاد دمج بطولتي الناشئين والأشبال في بطولة واحدة بدءا من الموسم المقبل، لتقليص الأعباء على الأندية وإتاحة الفرصة لعدد أكبر من اللاعبين الصغار.

التأمين الأمني

وأعلنت وزارة الداخلية أنها ستنشر أكثر من خمسمئة رجل أمن في محيط استاد جابر الأحمد خلال مباراة القمة بين الكويت والقادسية الجمعة المقبل، مع منع إدخال الشماريخ والألعاب النارية.

الرعاية

ووقعت إدارة نادي القادسية اتفاقية رعاية مع شركة اتصالات محلية لمدة ثلاثة مواسم، تتكفل بموجبها الشركة بتطوير المرافق وتجهيز غرفة العلاج الطبيعي.

الأزرق

واستأنف المنتخب الوطني تدريباته أمس بعد راحة أسبوع، استعدادا لمواجهة الهند ضمن التصفيات المزدوجة المؤهلة لكأس العالم وكأس آسيا، وانضم إلى القائمة ثلاثة لاعبين جدد من المحترفين في الدوري السعودي.

من المدرجات

وقال أحد مشجعي القادسية أمام النادي: "والله الشباب تعبانين، الإدارة لازم تتحرك قبل لا يروح الموسم، ترى الجماهير صبرت وايد".

كرة اليد

وعلى صعيد كرة اليد، علق الاتحاد منافسات الدوري أسبوعين بسبب مشاركة المنتخب في البطولة الآسيوية، وفرض على الأندية تسجيل لاعبيها المحترفين قبل نهاية الشهر، فيما انضم نادي الفحيحيل إلى الأندية المتأهلة للمربع الذهبي.

الرماية

ووقع نادي الرماية مذكرة تفاهم مع الاتحاد الآسيوي للعبة لاستضافة بطولة آسيا في ميادين الصباحية، بعد النجاح الذي حققته البطولة الخليجية الأخيرة.""",
        [],
        not_targets=["Brazil", "Jordan", "Portugal", "India", "Saudi Arabia", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alahdath-agadir-local-page-2024",
        date(2024, 6, 20),
        """جهة سوس ماسة

أكادير - «الأحداث المغربية»

الجماعة ترفع الأنقاض من الأحياء القديمة وتفرض منعا على الشاحنات

رفعت مصالح جماعة أكادير أكثر من ألف طن من النفايات والأنقاض من أزقة حي تالبرجت خلال الأسبوعين الماضيين، ضمن حملة للنظافة تسبق الموسم السياحي. وفرضت السلطات المحلية منعا على دخول الشاحنات ذات الحمولة الكبيرة إلى وسط المدينة خلال ساعات الذروة، بعد شكاوى متكررة من الاختناق المروري.

الماء

ووقعت الجهة اتفاقية مع شركة إسبانية لتوسيع محطة تحلية مياه البحر في اشتوكة آيت باها، على أن ترتفع طاقتها الإنتاجية إلى أربعمئة ألف متر مكعب يوميا. وعلقت الوكالة المستقلة لتوزيع الماء التزويد ليلا في عدد من الأحياء بسبب أشغال الصيانة، على أن يستأنف بشكل عادي نهاية الأسبوع.

التعليم

وقررت المديرية الإقليمية للتربية الوطنية دمج مدرستين ابتدائيتين في حي الداخلة بسبب تراجع عدد التلاميذ، ونقلهم إلى مؤسسة جديدة مجهزة. ومددت المديرية آجال التسجيل في الأقسام التحضيرية حتى نهاية الشهر الجاري.

الخدمات

وانضم دوار تكاديرت إلى شبكة الكهرباء بعد سنوات من الانتظار، فيما أعادت مكتبة المدينة فتح أبوابها أمام القراء بعد أشغال إصلاح دامت سنة. وقال أحد سكان الدوار: "الحمد لله، دابا عاد ولينا نشوفو الضو فالليل، بكري كنا عايشين بالشمع والقناديل".

الأمن

ونشرت ولاية أمن أكادير فرقا إضافية على الكورنيش وفي محيط سوق الأحد مع اقتراب العطلة الصيفية، فيما رفعت السلطات حظر السباحة الذي فرض على شاطئ أكادير الأسبوع الماضي بسبب التيارات القوية.

الاستثمار

ووقعت الجماعة مذكرة تفاهم مع مجموعة فندقية فرنسية لإعادة تأهيل أحد الفنادق المغلقة في المنطقة السياحية، وانضمت المدينة إلى شبكة المدن المبدعة لليونسكو في مجال التصميم.

الأسواق

وشهد سوق الأحد، أكبر أسواق المدينة، إقبالا كبيرا مع ارتفاع أسعار الخضر والفواكه بسبب الجفاف. وقال أحد التجار: "الغلا طالع بزاف، الفلاحة ما بقاتش كيف بكري، والناس كتشري غير اللي محتاجة".

النقل

وأعلن المكتب الوطني للمطارات أن الرحلات المباشرة بين أكادير ولندن ستستأنف الشهر المقبل، فيما وقعت الجماعة عقدا مع شركة محلية لتشغيل حافلات كهربائية بين وسط المدينة وأنزا.""",
        [],
        not_targets=["Spain", "France", "UNESCO", "Morocco", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-echorouk-algiers-business-page-2023",
        date(2023, 4, 25),
        """الشروق الاقتصادي

الجزائر - «الشروق»

اندماج بنكين عموميين قيد الدراسة

وقع بنكان عموميان جزائريان أمس اتفاق إطار لدراسة دمج نشاطاتهما في مؤسسة واحدة، بعد الحصول على موافقة مبدئية من بنك الجزائر، على أن تعرض النتائج على الجمعيات العامة خلال السداسي الأول من العام المقبل.

البورصة

وعلقت بورصة الجزائر التداول على سهم شركة للتأمين إلى حين نشر نتائجها المالية، فيما استأنفت التداول على سهم مجمع صيدلاني بعد توقف ثلاثة أيام. وانضمت شركة ناشئة في مجال الدفع الإلكتروني إلى السوق المخصصة للمؤسسات الصغيرة والمتوسطة.

الضرائب

وفرضت الحكومة رسما جديدا على استيراد الهواتف النقالة الجاهزة في إطار تشجيع التركيب المحلي. ومددت المديرية العامة للضرائب آجال التصريح السنوي حتى نهاية ماي، وهددت بفرض غرامات على المؤسسات التي لا تحترم الآجال الجديدة.

الطاقة

ووقعت سوناطراك عقدا مع شركة إيطالية لتطوير حقل غازي في حوض بركين، على أن يبدأ الإنتاج خلال ثلاث سنوات. ونشر المجمع تقريره السنوي الذي أظهر ارتفاع رقم أعماله بنسبة خمسة عشر في المئة.

البنوك

ورفع بنك الجزائر سعر الفائدة الرئيسي ربع نقطة مئوية لكبح التضخم، فيما رفعت البنوك التجارية سقف القروض الاستهلاكية للمنتجات المحلية. وقال موظف في وكالة بنكية بالعاصمة: "الناس راهي تستنى، ما كاش اللي يحب يدير خطوة قبل ما يشوف واش راح يصرا في الأسعار".

الطيران

ورفعت الخطوط الجوية الجزائرية أسعار تذاكرها نحو بعض الوجهات الأوروبية مع اقتراب موسم الصيف، ووقعت اتفاقية للرمز المشترك مع شركة طيران تركية لتسيير رحلات إضافية نحو إسطنبول.

العقار

وانضم مستثمر قطري إلى مشروع سكني في الواجهة البحرية لمدينة وهران، فيما وقعت مؤسسة عمومية للترقية العقارية عقدا مع مقاول صيني لإنجاز ألفي وحدة سكنية في بوينان. وفرضت وزارة السكن دفتر شروط جديدا على المرقين العقاريين.

التجارة الخارجية

وعلى صعيد آخر، نشرت المديرية العامة للجمارك حصيلة التجارة الخارجية للثلاثي الأول، والتي أظهرت ارتفاع الصادرات خارج المحروقات بنسبة عشرة في المئة، في حين تراجعت الواردات من فرنسا وإسبانيا. ويتوقع خبراء أن يستمر هذا المنحى خلال الأشهر المقبلة مع دخول مصانع جديدة للإسمنت والحديد مرحلة التصدير نحو دول الجوار الأفريقي.""",
        [],
        not_targets=["Italy", "Turkey", "Qatar", "China", "France", "Spain", "Algeria"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout41_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout41_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a nationality after a person noun is the person's, not a target state
    pytest.param(
        "فرضت كندا أمس عقوبات على رجل الأعمال الإيراني حسين رضائي.",
        date(2025, 10, 29),
        [("sanctions.imposed", "occurred", "Canada")],
        ["Iran"],
        id="canada-sanctions-an-iranian-businessman",
    ),
    pytest.param(
        "فرضت كندا أمس عقوبات على المواطن الإيراني حسين رضائي.",
        date(2025, 10, 29),
        [("sanctions.imposed", "occurred", "Canada")],
        ["Iran"],
        id="canada-sanctions-an-iranian-citizen",
    ),
    # a signed statement of two or of three is an accord
    pytest.param(
        "وقعت كينيا وأوغندا أمس بيانا مشتركا بشأن أمن الحدود.",
        date(2025, 10, 29),
        [("agreement.signed", "occurred", "Kenya")],
        [],
        id="kenya-uganda-sign-joint-statement",
    ),
    pytest.param(
        "وقعت كينيا وأوغندا وتنزانيا أمس بيانا ثلاثيا بشأن أمن الحدود.",
        date(2025, 10, 29),
        [("agreement.signed", "occurred", "Kenya")],
        [],
        id="kenya-uganda-tanzania-sign-trilateral-statement",
    ),
    # peacekeepers arriving, their state named after "حفظ السلام"
    pytest.param(
        "ووصلت وحدات من القوات الروسية إلى قره باغ اليوم.",
        date(2020, 11, 10),
        [("military.presence", "occurred", "Russia")],
        [],
        id="russian-units-arrive-in-karabakh",
    ),
    pytest.param(
        "ووصلت قوات حفظ السلام الروسية إلى قره باغ اليوم.",
        date(2020, 11, 10),
        [("military.presence", "occurred", "Russia")],
        [],
        id="russian-peacekeepers-arrive-in-karabakh",
    ),
    # troops to spread out, verb first or subject first
    pytest.param(
        "ستنتشر قوات روسية على طول خط التماس في قره باغ.",
        date(2020, 11, 10),
        [("military.presence", "planned", "Russia")],
        [],
        id="russian-troops-to-spread-verb-first",
    ),
    pytest.param(
        "وأعلنت موسكو أن القوات الروسية ستنتشر في قره باغ.",
        date(2020, 11, 10),
        [("military.presence", "planned", "Russia")],
        [],
        id="russian-troops-to-spread-subject-first",
    ),
    # fighters to be integrated into "the army" the lead has named
    pytest.param(
        "ومن المقرر أن يدمج نحو أربعمئة مقاتل في الجيش الصومالي الشهر المقبل.",
        date(2020, 1, 15),
        [("forces.integrated", "planned", "Somalia")],
        [],
        id="fighters-to-join-the-somali-army",
    ),
    pytest.param(
        "أدمج الجيش الصومالي أمس ستمئة مقاتل في صفوفه. ومن المقرر أن يدمج أربعمئة مقاتل آخرين"
        " في الجيش الشهر المقبل.",
        date(2020, 1, 15),
        [
            ("forces.integrated", "occurred", "Somalia"),
            ("forces.integrated", "planned", "Somalia"),
        ],
        [],
        id="more-fighters-to-join-the-army-named-before",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout41_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout41_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
