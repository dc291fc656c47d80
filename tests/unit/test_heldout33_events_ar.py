"""A thirty-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-two held-out sets: Arabic copy of 2008-2024 in forms they use little (a Reuters
wire with the doubled month names "2 يونيو حزيران", a numbered explainer, a "أخبار في سطور" column
of four briefs, a Chinese foreign ministry statement quoting a joint communiqué in full, a Xinhua
wire with its weekday in brackets, "اليوم (الأربعاء)", a talk-show transcript with host,
correspondent and a guest on the line, a Tunisian daily in Tunisian usage, "جويلية" and "جوان", a
Moroccan sports daily with "غشت" and "شتنبر", a London daily and an Omani one with the Hijri date
beside the Gregorian, an Iraqi local page dated "14 آب") and on programmes and regions they do not
touch (the US Global Magnitsky sanctions on Bulgaria's Peevski and Bozhkov, the UN sanctions on
Côte d'Ivoire lifted, the Treasury licence that suspended Dan Gertler's sanctions, Russia's food
embargo on the West prolonged, PACE giving the Russian delegation back its vote, the White House's
warning to Cambodia, Tunisia and Somalia joining COMESA, China and Nicaragua resuming ties, the
Iraqi government taking over the Sahwa councils, the US Army's first permanent garrison in
Poland): Reuters from Washington and Sofia on the Treasury sanctioning Delyan Peevski, Vasil
Bozhkov and Ilko Zhelyazkov (Boyko Borisov left out, Bulgaria in NATO and the EU since 2004 and
2007, North Macedonia's EU talks blocked); Al-Arab of "22 رجب 1437 هـ الموافق 29 أبريل (نيسان)
2016" on Resolution 2283 lifting the arms embargo, asset freeze and travel ban on Côte d'Ivoire
(Resolution 1572 of 2004, the diamond embargo of 2005 lifted in 2014, the experts' mandate not
renewed, Abidjan's requests stalled in 2014 and 2015, the UN mission of 2004 and the French base,
the ICC joined in 2013, Liberia's sanctions to be considered next month); an explainer on the OFAC
licence that suspended Gertler's sanctions "في الأيام الأخيرة لإدارة … ترامب" (his name still
listed, the designations of 2017 and 2018, "لم تعلق حكومة … تشيسيكيدي", a Gécamines contract);
a Tuesday column of briefs on Putin prolonging the counter-sanctions to the end of 2020 and PACE
lifting the curbs on the Russian delegation "فجر اليوم" (the embargo of 2014 and its widening,
the rights suspended in 2014, the gas-transit talks stalled, Moody's that "رفعت" Russia's rating);
Al-Bayan on the White House warning of sanctions on Cambodian officials after the CNRP was
dissolved (the EU's warning of "تعليق الأفضليات التجارية", the visa restrictions of September,
Japan that "لا تعتزم فرض عقوبات", the Angkor Sentinel exercise Cambodia "علقت"); Assabah of
Tunis on Tunisia and Somalia admitted to COMESA at Lusaka (Egypt in 1998 and Libya in 2005, the
AfCFTA signed at Kigali in March, Algeria that has not applied, Morocco's ECOWAS bid stalled);
the Chinese foreign ministry's statement on the joint communiqué signed at Tianjin by Wang Yi and
Laureano Ortega Murillo resuming ties (embassies and ambassadors "في أقرب وقت ممكن", the ties of
1985, the pledge of no official relations with Taiwan, the US sanctions on Nicaraguan officials of
November); Xinhua from Baghdad on the government taking over 54,000 Sahwa members from the US
forces (20 per cent to be merged into the army and police, those charged who "لن يدمج", the US
forces since 2003, the SOFA talks stalled); and Al-Arabiya's "Panorama" on the US Army opening
Camp Kościuszko at Poznań (the rotations since 2017, Poland in NATO since 1999, "Fort Trump"
stalled, combat units that "لن تتمركز فيها بشكل دائم", the Redzikowo base to enter service, the
Founding Act of 1997). Nine carry events of all ten alertable types, in occurred and planned
status, next to historical, negated and stalled ones; three are near misses: Al-Mountakhab's
athletics page (a runner's provisional "تعليق", a coach of the "الجيش الملكي" club whose ban is
"رفع", young runners' "انضمام" to the Ifrane camp, "القاعدة الخلفية" of runners from Kenya and
Ethiopia, the federation's "اتفاق شراكة" with a bank signed at a ceremony for the "أولمبياد
باريس" medallists), Al-Roya on Oman's Ministry of Manpower prolonging its halt on expatriate
visas in 87 professions ("تمديد … وقف استقدام", "الحظر", "العقوبات" and "تعليق إصدار تصاريح
العمل" for firms, an "اتفاق" with the Oman Chamber of Commerce and Industry, job-seekers' "انضمام",
workers from India, Bangladesh and Pakistan), and Al-Sabah's local page from Baghdad (rubbish
"رفع", compactors that "انضمت" to the fleet, the working day "تعليق" for the heat, a contract
with a Chinese company, a "قاعدة بيانات" of shops, "عقوبات" on litterers).

The decisions of the annotation, taken before any run: sanctions on a state's MP, businessman and
former official are an imposition by the Treasury (and the state, and the deputy secretary quoted)
on the three men, not on their state, a former prime minister left out a negated imposition, a
state's entry into NATO and the EU historical joinings and a neighbour's accession talks "لا تزال
معطلة" a stalled joining; a Security Council resolution ending an embargo, an asset freeze and a
travel ban is a lifting by the Council, the resolution of 2004 a historical imposition and the
embargo lifted in 2014 a historical lifting, a panel of experts whose mandate the Council "لم
يجدد" a negated extension, a government's requests that "تعثرت" in past years a stalled lifting,
a UN mission deployed in 2004 and a foreign base kept since last year historical presences (the
mission's coming withdrawal no event), a state party to the ICC since 2013 a historical joining,
and a lifting the Council is "expected to consider next month" a planned lifting (not core); a
licence that lets a listed man deal with US banks for a year is a suspension by the Treasury (and
its OFAC) of his sanctions, reported the day before and dated two weeks back but the news of the
piece, so occurred, his name still listed a negated lifting, his designations of 2017 and 2018 a
historical imposition, "لم تعلق" (did not comment) and a state miner's contract with his firm no
events; a food embargo prolonged by decree is an extension by the state and its president on the
states it covers, its start in 2014 a historical imposition by it and the Western sanctions it
answered a historical imposition on it, an assembly that lifts the curbs on a delegation and gives
back its vote lifts sanctions on the state (as an organisation lifting a suspension does in the
earlier sets), the rights suspended five years before a historical imposition, the transit talks
a stalled signing and the contract of 2009 a historical one, a rating "رفعت" no event; a White
House warning of "concrete steps … and sanctions" is a threat by the United States (its White
House and press secretary) on the state, a bloc's warning that it may suspend trade preferences
a threat by the bloc (not core, and not a suspension), visa restrictions of September a historical
imposition, a donor that "does not intend to impose sanctions" a negated one, an aid cut to an
election commission and an exercise suspended no events; two states admitted to an economic
community join it, states that joined in 1998 and 2005 historical joinings, a continental
free-trade agreement signed in March a historical signing, a state that has not applied a negated
joining and a neighbour's bid to another community "متعثرا" a stalled joining; a joint communiqué
signed by two foreign ministers is a signing of both states and the ties resumed in it a
restoration by both (no target), embassies and ambassadors "as soon as possible" a planned
restoration (not core), the ties of 1985 a historical restoration, a pledge of no official
relations with Taiwan a negated restoration and the US sanctions of last month on the state's
officials a historical imposition; a government taking over the command and pay of a tribal
militia from a foreign army is an integration by the state (and its prime minister) of the
militia, a fifth to be merged into the army and police and other provinces to follow a planned
integration, those charged who "will not be merged" a negated one, foreign forces since 2003 a
historical presence and the SOFA talks a stalled signing; a permanent garrison opened by a
foreign army is an occurred presence of its state and army in the host, the rotations since 2017
a historical presence, "Fort Trump" a stalled one, combat units that "will not be stationed
permanently" a negated one, a missile-defence base to enter service this year a planned one (not
core), the host's entry into NATO a historical joining and the Founding Act of 1997 a historical
signing; a runner's provisional suspension, a coach's ban lifted, a federation's sponsorship
deal, a ministry's halt on visas prolonged, its penalties on firms, its contract with a chamber of
commerce, a city's rubbish lifted and its contract with a company are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 940582b), in one run: events P 0.778 R 0.636 F1
0.700 (recall 7/11, precision 7/9: seven alerts right, no false alarm, two unexpected alerts;
occurred core found 7/11, no core planned event; historical 20/20, negated 8/8 and stalled 6/6
kept quiet). Four core events are missed outright and a fifth is found with the wrong status:
in ar-ff03 "علقت، في الأيام الأخيرة لإدارة الرئيس السابق دونالد ترامب، العقوبات المفروضة على
…" gives nothing: a phrase that is not a date between the verb and the sanctions it suspends
parts them ("، الأسبوع الماضي،" is skipped, "في الأيام الأخيرة …" or "بعد مفاوضات طويلة …" is not;
"فرضت" the same); in ar-ff06 "انضمت تونس … إلى السوق المشتركة لشرق وجنوب إفريقيا «الكوميسا»"
gives nothing: COMESA, by its name or as "الكوميسا", is no known body, so a joining of it is no
event where one of "الاتحاد الأفريقي" is; in ar-ff07 "قررت جمهورية الصين الشعبية وجمهورية
نيكاراغوا … استئناف العلاقات الدبلوماسية … اعتبارا من تاريخ توقيع هذا البيان" is historical: a
restoration with no date word of its own takes the status of a later sentence on the same two
states' ties named by "البلدين" ("كانا قد أقاما علاقات دبلوماسية في ديسمبر 1985"), or by a
pledge on Taiwan ("وتتعهد بعدم إقامة أي علاقات رسمية معها" makes it negated); with "أمس" in
it, or the background naming the two states, it stays occurred; in ar-ff08 "تسلمت الحكومة
العراقية … من القوات الأمريكية مسؤولية نحو 54 ألفا من عناصر مجالس الصحوة" gives nothing: a
government taking over the command of a militia ("تسلمت مسؤولية", "وضعت … تحت إمرة/قيادة الجيش")
is no integration, where "دمجت … في الجيش" is one (the planned "ستدمج الحكومة 20 بالمائة" is found,
so recall counts the event, but as planned); in ar-ff09 "افتتح الجيش الأمريكي اليوم … أول حامية
عسكرية أمريكية دائمة على الأراضي البولندية" gives nothing: a state's army named with its
adjective, "الجيش الأمريكي", as the subject of a base opened or troops deployed ("نشر الجيش
الأمريكي … جندي في بولندا") gives no presence, where "افتتحت الولايات المتحدة" and "افتتحت
القوات الأمريكية" do. The two unexpected alerts are near misses' contracts read as accords: in
ar-ff10 "ووقعت الجامعة، على هامش حفل تكريم أبطال أولمبياد باريس، اتفاق شراكة مع مجموعة بنكية
مغربية" is an accord signed by France, the city in "أولمبياد باريس" taken as a signatory (with
"حفل تكريم الأبطال" it gives nothing); in ar-ff11 "أعلنت الوزارة توقيع اتفاق مع غرفة تجارة
وصناعة عمان" is an accord with Oman its target, a chamber of commerce named for its state read as
the state ("غرفة التجارة" gives nothing, "غرفة تجارة وصناعة الأردن" gives Jordan). A wrong target
the score does not count: in ar-ff01 "عقوبات على ثلاثة بلغاريين بارزين" targets Bulgaria, the
plural demonym read as the state ("ثلاثة مسؤولين روس" gives no Russia), and Peevski, Bozhkov and
Zhelyazkov are no targets at all. Eight strict xfails on the articles (five with a core event
missed or misdated, three with a wrong alert or target); do not tune lexicons on these articles.
Every general cause has a sentence of its own in ``RULES``, each a strict xfail until it is fixed
(fourteen), beside sixteen that pass and pin what works (a suspension or imposition parted from
its verb by a date, a joining of the African Union, a restoration dated "أمس" beside a background
of "البلدان", one beside the two states' names or ambassadors to be exchanged, "دمجت … في الجيش",
a base opened by "الولايات المتحدة" or "القوات الأمريكية", troops deployed by the state, "ثلاثة
مسؤولين روس" and "رجل الأعمال الروسي" with no Russia, a contract "على هامش حفل تكريم الأبطال", an
accord of two states signed in Paris, a contract with "غرفة التجارة", a food embargo prolonged
"حتى 31 كانون الأول/ديسمبر 2020" on the EU's meat).

Also seen, not scored: the extension of ar-ff04 has no target, the end date "حتى 31 كانون
الأول/ديسمبر 2020" after "يمدد" and the list of goods "اللحوم والأسماك والفواكه والخضار ومنتجات
الألبان" together putting "من دول الاتحاد الأوروبي" out of its reach (with either alone the EU is
its target; in ``RULES``; and past the goods the list of states stops at its first), and PACE's
lifting has no actor in the article (alone the sentence gives the Council of Europe); in ar-ff03
the negated lifting takes Human Rights Watch, the letter's signatory, as an actor, and Dan Gertler
is no target; in ar-ff05 the EU's warning that it may suspend the trade preferences (not core)
gives nothing, and the US threat also targets "مسؤولين كمبوديين" as a name; in ar-ff08 the Sahwa
are no entity (the integration of "دمجت الحكومة العراقية … عناصر الصحوة" targets Iraq) and the
stalled SOFA talks are a stalled presence ("بقاء القوات الأمريكية"), not a stalled signing; in
ar-ff09 "فورت ترامب" is a stalled presence with Poland as an actor, and the planned Redzikowo base
(not core) is not reported; the planned lifting for Liberia in ar-ff02 (not core) is not reported.

After the fixes (same day): events P 0.800 R 0.727 F1 0.762 (recall 8/11, precision 8/10). Fixed
in general: COMESA ("السوق المشتركة لشرق وجنوب أفريقيا", "الكوميسا") is a known body; the day put
between a joining verb and the body ("انضمت تونس رسميا، أول أمس الأربعاء، إلى …") does not count
against the reach of the verb; a state's army named by its adjective ("نشر الجيش الأمريكي ألف جندي
في بولندا", "افتتح الجيش الأمريكي حامية") is that state's forces, as "القوات الأمريكية" are. Left:
a phrase parting the verb from its sanctions, the undated restoration, the militia taken over, the
garrison of ar-ff09 (read only in the rule sentences), the two near misses' contracts and the
plural demonym.

After the round on general Arabic misses of sets 1 to 39 and 91 (``test_general_misses6_rules_ar.py``):
the scene's quarter of a state ("في مدينة بوزنان غرب بولندا") and an ordinal ("أول حامية") before
what a presence verb opens no longer count against its window: ar-ff09's strict xfail removed.

Later (2026-12-07): the two near misses' contracts are quiet, cured by a body or an event named for
its state or city («غرفة تجارة وصناعة عمان», «أولمبياد باريس») read as no party
(``test_general_misses8_rules_ar.py``): the strict xfails of ar-ff10 and ar-ff11, and of their two
rule sentences, removed.

``python -m tests.unit.test_heldout33_events_ar`` prints every article's alerts and the set's
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

_TREASURY = "United States Department of the Treasury"
_UNSC = "United Nations Security Council"
_OFAC = "Office of Foreign Assets Control"
_PACE = "Parliamentary Assembly of the Council of Europe"
_COMESA = "Common Market for Eastern and Southern Africa"
_SAHWA = "Sons of Iraq"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff01-reuters-wire-treasury-magnitsky-sanctions-peevski-bozhkov-bulgaria-2021",
        date(2021, 6, 2),
        """واشنطن تفرض عقوبات "ماغنيتسكي" على النائب البلغاري ديليان بيفسكي ورجل الأعمال فاسيل بوجكوف

واشنطن/صوفيا 2 يونيو حزيران (رويترز) - فرضت وزارة الخزانة الأمريكية يوم الأربعاء عقوبات على ثلاثة بلغاريين بارزين، بينهم النائب وقطب الإعلام ديليان بيفسكي ورجل الأعمال فاسيل بوجكوف، وعلى 64 شركة مرتبطة بهم، بتهمة الضلوع في الفساد، في أكبر إجراء تتخذه واشنطن دفعة واحدة بموجب قانون ماغنيتسكي العالمي.

وشملت العقوبات أيضا إيلكو جيليازكوف، النائب السابق لرئيس وكالة الدولة للعمليات التقنية، الذي قالت الوزارة إنه ساعد بيفسكي في بناء شبكة نفوذ داخل أجهزة الدولة. وبموجب القرار تجمد أي أصول للمستهدفين في الولايات المتحدة، ويحظر على المواطنين والشركات الأمريكية التعامل معهم.

وقال نائب وزير الخزانة والي أدييمو في بيان إن "الولايات المتحدة تقف مع الشعب البلغاري في سعيه إلى محاسبة الفاسدين"، مضيفا أن الإجراء "يبعث برسالة واضحة إلى من يستغلون المؤسسات العامة لمصلحتهم الخاصة".

واتهمت الوزارة بيفسكي باستخدام نفوذه لرشوة مسؤولين مقابل الحماية من التحقيقات والحصول على مواقع في مؤسسات رئيسية، فيما قالت إن بوجكوف، المقيم في دبي منذ توجيه اتهامات إليه في بلغاريا مطلع العام الماضي، رشا مسؤولين حكوميين وسعى إلى تأسيس حزب سياسي لحماية مصالحه في قطاع القمار.

ولم تشمل العقوبات رئيس الوزراء السابق بويكو بوريسوف، الذي خسر حزبه "جيرب" الأغلبية في انتخابات أبريل نيسان، رغم مطالبات نواب معارضين بإدراجه على القائمة.

ورحب الرئيس رومين راديف بالخطوة، وقال للصحفيين في صوفيا إنها "تأكيد لما قلناه منذ سنوات عن الاستيلاء على الدولة". في المقابل، نفى بيفسكي في بيان ارتكاب أي مخالفة، وقال إنه سيطعن في القرار بكل الوسائل القانونية.

وقال رئيس الوزراء المؤقت ستيفان يانيف إن حكومته ستطلب من المصارف البلغارية مراجعة حسابات الأشخاص والشركات المدرجين، مؤكدا أن صوفيا "شريك موثوق" لواشنطن.

ويأتي القرار قبل أسابيع من انتخابات برلمانية مبكرة في 11 يوليو تموز، هي الثانية هذا العام، بعد أن فشلت الأحزاب في تشكيل حكومة عقب اقتراع أبريل.

وبلغاريا، التي انضمت إلى حلف شمال الأطلسي عام 2004 وإلى الاتحاد الأوروبي عام 2007، هي أفقر دول الاتحاد، وتحتل المرتبة الأدنى بين دوله في مؤشر منظمة الشفافية الدولية لمدركات الفساد.

وتواجه صوفيا انتقادات أوروبية أيضا بسبب اعتراضها على بدء مفاوضات انضمام مقدونيا الشمالية إلى الاتحاد الأوروبي، وهي مفاوضات لا تزال معطلة منذ نوفمبر تشرين الثاني الماضي بسبب خلافات حول اللغة والتاريخ.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_TREASURY, "United States", "Wally Adeyemo"],
                ["Delyan Peevski", "Vasil Bozhkov", "Ilko Zhelyazkov"],
            ),
            # "ولم تشمل العقوبات رئيس الوزراء السابق بويكو بوريسوف"
            G("sanctions.imposed", "negated", ["United States"], ["Boyko Borisov"], core=False),
            # Bulgaria in NATO (2004) and the EU (2007)
            G(
                "alliance.joined",
                "historical",
                ["Bulgaria"],
                ["NATO", "European Union"],
                core=False,
            ),
            # North Macedonia's accession talks "لا تزال معطلة"
            G("alliance.joined", "stalled", ["North Macedonia"], ["European Union"], core=False),
        ],
        not_targets=["Bulgaria", "United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff02-alarab-security-council-lifts-cote-divoire-sanctions-2016",
        date(2016, 4, 29),
        """مجلس الأمن يرفع العقوبات عن كوت ديفوار بعد اثني عشر عاما

نيويورك - أبيدجان: "العرب"
الجمعة 22 رجب 1437 هـ الموافق 29 أبريل (نيسان) 2016

رفع مجلس الأمن الدولي، أمس الخميس، حظر الأسلحة وتجميد الأصول وحظر السفر المفروضة على كوت ديفوار منذ عام 2004، مشيدا بـ"التقدم الكبير" الذي حققته البلاد على طريق الاستقرار منذ انتهاء أزمة ما بعد انتخابات 2010 التي أودت بحياة ثلاثة آلاف شخص.

واعتمد المجلس بالإجماع القرار 2283 الذي أعدته فرنسا، وينهي بأثر فوري التدابير المفروضة بموجب القرار 1572 الصادر في تشرين الثاني (نوفمبر) 2004، إثر قصف الطيران الحكومي موقعا للقوات الفرنسية في بواكي. أما الحظر على صادرات الماس الخام، الذي فرضه المجلس في كانون الأول (ديسمبر) 2005 لقطع مصادر تمويل المتمردين في الشمال، فكان قد رفع في نيسان (أبريل) 2014.

ولم يجدد المجلس ولاية فريق الخبراء المكلف مراقبة تنفيذ العقوبات، والتي تنتهي نهاية الشهر الجاري، ما يعني حل الفريق بعد اثني عشر عاما من العمل.

وقال المندوب الفرنسي فرانسوا دولاتر إن القرار "يعكس ثقة المجتمع الدولي بمؤسسات كوت ديفوار"، مذكرا بالانتخابات الرئاسية التي جرت في تشرين الأول (أكتوبر) الماضي وأعيد فيها انتخاب الرئيس الحسن واتارا لولاية ثانية من دون أعمال عنف.

ورحبت الحكومة الإيفوارية بالقرار، وقال الناطق باسمها برونو كونيه إن البلاد "تستعيد سيادتها كاملة" وتستطيع الآن تجهيز جيشها وشرطتها "من دون المرور بلجنة في نيويورك". وكانت أبيدجان قد طالبت مرارا برفع الحظر، لكن مساعيها تعثرت عامي 2014 و2015 بسبب تحفظات على بطء إصلاح قطاع الأمن وانتشار الأسلحة في أيدي المقاتلين السابقين.

بعثة السلام

ويتزامن رفع العقوبات مع استعداد بعثة الأمم المتحدة في كوت ديفوار، التي انتشرت في البلاد عام 2004، لإنهاء مهمتها وسحب قواتها البالغ عددها نحو أربعة آلاف عنصر بحلول منتصف العام المقبل. في المقابل، تحتفظ فرنسا منذ مطلع العام الماضي بقاعدة عسكرية دائمة في منطقة بور بويه قرب مطار أبيدجان، يتمركز فيها نحو تسعمئة جندي، بعد أن حلت محل قوة "ليكورن".

ويحاكم الرئيس السابق لوران غباغبو منذ كانون الثاني (يناير) الماضي أمام المحكمة الجنائية الدولية في لاهاي، التي انضمت إليها كوت ديفوار عام 2013، بتهم ارتكاب جرائم ضد الإنسانية خلال أزمة ما بعد الانتخابات.

ليبيريا على الطريق

ومن المنتظر أن يبحث المجلس الشهر المقبل رفع آخر العقوبات المفروضة على ليبيريا المجاورة، بعدما أوصى الأمين العام بان كي مون بإنهائها إثر تسلم قوات الأمن الليبيرية المسؤوليات الأمنية من البعثة الأممية هناك.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Ivory Coast"]),
            # Resolution 1572 (2004) and the diamond embargo of 2005, lifted in 2014
            G("sanctions.imposed", "historical", [_UNSC], ["Ivory Coast"], core=False),
            G("sanctions.lifted", "historical", [_UNSC], ["Ivory Coast"], core=False),
            # "ولم يجدد المجلس ولاية فريق الخبراء"
            G("sanctions.extended", "negated", [_UNSC], ["Ivory Coast"], core=False),
            # Abidjan's earlier requests "تعثرت عامي 2014 و2015"
            G("sanctions.lifted", "stalled", [_UNSC], ["Ivory Coast"], core=False),
            # the UN mission deployed in 2004; the French base since last year
            G("military.presence", "historical", ["United Nations"], ["Ivory Coast"], core=False),
            G("military.presence", "historical", ["France"], ["Ivory Coast"], core=False),
            # Côte d'Ivoire in the ICC since 2013
            G(
                "alliance.joined",
                "historical",
                ["Ivory Coast"],
                ["International Criminal Court"],
                core=False,
            ),
            # "من المنتظر أن يبحث المجلس الشهر المقبل رفع آخر العقوبات المفروضة على ليبيريا"
            G("sanctions.lifted", "planned", [_UNSC], ["Liberia"], core=False),
        ],
        not_targets=["France", "Netherlands"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff03-explainer-treasury-licence-suspends-gertler-sanctions-congo-2021",
        date(2021, 1, 29),
        """شرح | ترخيص غيرتلر: كيف علقت إدارة ترامب في أيامها الأخيرة العقوبات على رجل الأعمال الإسرائيلي؟

واشنطن - كينشاسا: خاص
الجمعة 29 كانون الثاني/يناير 2021

كشفت منظمات غير حكومية، أمس الخميس، أن وزارة الخزانة الأمريكية علقت، في الأيام الأخيرة لإدارة الرئيس السابق دونالد ترامب، العقوبات المفروضة على رجل الأعمال الإسرائيلي دان غيرتلر، الذي تتهمه واشنطن بجني مئات ملايين الدولارات من صفقات تعدين "مبهمة وفاسدة" في جمهورية الكونغو الديمقراطية. في ما يلي ما نعرفه عن القضية.

1- ما الذي حدث؟

منح مكتب مراقبة الأصول الأجنبية التابع للوزارة غيرتلر، في 15 كانون الثاني/يناير الجاري، أي قبل خمسة أيام من تنصيب الرئيس جو بايدن، ترخيصا يسمح له ولشركاته بالتعامل مع النظام المالي الأمريكي وتحويل أموالها عبر المصارف الأمريكية لمدة عام. ولم يعلن عن الترخيص رسميا، بل كشفته رسالة وجهتها مجموعة من المنظمات، بينها "هيومن رايتس ووتش" و"ذا سنتري"، إلى وزيرة الخزانة الجديدة جانيت يلين.

2- هل رفعت العقوبات عنه؟

لا. ما زال اسم غيرتلر مدرجا على قائمة العقوبات، ولم ترفع الوزارة عنه أي تصنيف. لكن الترخيص يعطل عمليا أثر تجميد الأصول، إذ يتيح له استعادة الوصول إلى أمواله والتعامل مع شركائه في الخارج.

3- لماذا فرضت عليه العقوبات أصلا؟

أدرجت الخزانة غيرتلر في كانون الأول/ديسمبر 2017 بموجب قانون ماغنيتسكي العالمي، متهمة إياه باستغلال صداقته مع الرئيس الكونغولي السابق جوزيف كابيلا للعمل وسيطا في صفقات بيع أصول تعدينية، ما حرم الخزينة الكونغولية من أكثر من 1.3 مليار دولار بين 2010 و2012. ثم وسعت العقوبات في حزيران/يونيو 2018 لتشمل أربع عشرة شركة مرتبطة به.

4- من يقف وراء الترخيص؟

تقول المنظمات إن فريق محامي غيرتلر، وبينهم المدير الأسبق لمكتب التحقيقات الفدرالي لويس فري، ضغط لأشهر على مسؤولين في الإدارة السابقة، وإن القرار اتخذ من دون التشاور مع وزارة الخارجية أو السفارة الأمريكية في كينشاسا.

5- كيف ردت إدارة بايدن؟

قال متحدث باسم وزارة الخارجية إن الإدارة "تراجع" الترخيص، مؤكدا التزامها "بمكافحة الفساد في الكونغو". وطالب نواب ديمقراطيون بإلغائه فورا وإعادة العمل بالعقوبات كاملة.

6- وماذا عن كينشاسا؟

لم تعلق حكومة الرئيس فيليكس تشيسيكيدي رسميا على الترخيص. وكانت شركة المناجم الحكومية "جيكامين" قد وقعت في 2017 اتفاقا مع إحدى شركات غيرتلر تحصل بموجبه الأخيرة على عائدات من منجمين للنحاس والكوبالت في إقليم كاتانغا، وهو اتفاق تطالب منظمات كونغولية بمراجعته.""",
        [
            G("sanctions.suspended", "occurred", [_TREASURY, _OFAC, "United States"], ["Dan Gertler"]),
            # "ما زال اسم غيرتلر مدرجا … ولم ترفع الوزارة عنه أي تصنيف"
            G("sanctions.lifted", "negated", [_TREASURY], ["Dan Gertler"], core=False),
            # designated in December 2017, fourteen companies added in June 2018
            G("sanctions.imposed", "historical", [_TREASURY], ["Dan Gertler"], core=False),
        ],
        not_targets=["Israel", "Democratic Republic of the Congo"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff04-news-in-brief-putin-extends-food-embargo-pace-restores-russia-vote-2019",
        date(2019, 6, 25),
        """أخبار في سطور | روسيا وأوروبا

الثلاثاء 25 حزيران/يونيو 2019

موسكو: بوتين يمدد الحظر على الأغذية الغربية حتى نهاية 2020

وقع الرئيس الروسي فلاديمير بوتين، أمس الاثنين، مرسوما يمدد حتى 31 كانون الأول/ديسمبر 2020 الحظر الذي تفرضه روسيا على استيراد اللحوم والأسماك والفواكه والخضار ومنتجات الألبان من دول الاتحاد الأوروبي والولايات المتحدة وكندا وأستراليا والنرويج. وكانت موسكو قد فرضت هذه "العقوبات المضادة" في آب/أغسطس 2014 ردا على العقوبات الغربية التي أعقبت ضم شبه جزيرة القرم، ثم وسعتها لاحقا لتشمل أوكرانيا وألبانيا والجبل الأسود وآيسلندا وليختنشتاين. ويقول مسؤولون روس إن الحظر ساعد المزارعين المحليين على مضاعفة إنتاجهم من الجبن والخضار.

ستراسبورغ: الجمعية البرلمانية لمجلس أوروبا تعيد حق التصويت للوفد الروسي

صوتت الجمعية البرلمانية لمجلس أوروبا، فجر اليوم، بأغلبية 118 صوتا مقابل 62 على قرار يرفع القيود المفروضة على الوفد الروسي ويعيد إليه حق التصويت كاملا، بعد خمس سنوات من تعليق حقوقه إثر ضم القرم. وانسحب الوفد الأوكراني من القاعة احتجاجا، فيما وصفت كييف القرار بأنه "خطأ جسيم". وكانت روسيا قد أوقفت منذ 2017 دفع مساهمتها في ميزانية المجلس، ولوحت بالانسحاب منه إذا لم تستعد حقوق وفدها.

كييف: تعثر مفاوضات عبور الغاز

لا تزال المفاوضات الثلاثية بين روسيا وأوكرانيا والمفوضية الأوروبية حول اتفاق جديد لعبور الغاز الروسي عبر الأراضي الأوكرانية متعثرة، قبل ستة أشهر من انتهاء العقد الحالي الموقع بين البلدين عام 2009. وقال وزير الطاقة الروسي ألكسندر نوفاك إن موسكو "مستعدة للتفاوض"، لكنها تنتظر تشكيل حكومة أوكرانية جديدة بعد الانتخابات التشريعية المقررة الشهر المقبل.

موسكو: الروبل عند أعلى مستوى في عام

ارتفع الروبل الروسي إلى أعلى مستوى له منذ أكثر من عام أمام الدولار، مدعوما بتوقعات خفض جديد لسعر الفائدة وبإقبال المستثمرين الأجانب على السندات الحكومية. وكانت وكالة "موديز" قد رفعت في شباط/فبراير تصنيف روسيا الائتماني إلى درجة الاستثمار، للمرة الأولى منذ 2015.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                ["Russia", "Vladimir Putin"],
                ["European Union", "United States", "Canada", "Australia", "Norway"],
            ),
            # the counter-sanctions of August 2014, widened later; the Western sanctions of 2014
            G(
                "sanctions.imposed",
                "historical",
                ["Russia"],
                ["European Union", "United States", "Ukraine", "Albania", "Montenegro",
                 "Iceland", "Liechtenstein"],
                core=False,
            ),
            G("sanctions.imposed", "historical", ["European Union"], ["Russia"], core=False),
            # the Assembly gives back the Russian delegation's vote
            G("sanctions.lifted", "occurred", [_PACE, "Council of Europe"], ["Russia"]),
            # its rights suspended after the annexation of Crimea
            G("sanctions.imposed", "historical", [_PACE], ["Russia"], core=False),
            # the gas-transit talks "متعثرة"; the contract of 2009
            G("agreement.signed", "stalled", ["Russia", "Ukraine"], [], core=False),
            G("agreement.signed", "historical", ["Russia", "Ukraine"], [], core=False),
        ],
        not_targets=["Crimea"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff05-albayan-us-threatens-cambodia-sanctions-opposition-dissolved-2017",
        date(2017, 11, 18),
        """واشنطن تلوح بعقوبات على كمبوديا بعد حل حزب المعارضة الرئيسي.. وأوروبا تحذر من تعليق الأفضليات التجارية

بنوم بنه - "البيان" والوكالات
السبت 18 نوفمبر 2017

لوحت الولايات المتحدة، أمس الجمعة، بفرض عقوبات على مسؤولين كمبوديين، بعد أن قضت المحكمة العليا في بنوم بنه، أول من أمس، بحل حزب الإنقاذ الوطني الكمبودي، أكبر أحزاب المعارضة، ومنع 118 من قادته من ممارسة العمل السياسي خمس سنوات.

وقالت المتحدثة باسم البيت الأبيض سارة ساندرز في بيان إن واشنطن ستوقف فورا دعمها للجنة الوطنية للانتخابات، محذرة من أن الإدارة "ستتخذ خطوات ملموسة إضافية"، بينها قيود على التأشيرات وعقوبات على المسؤولين عن "تقويض الديمقراطية"، ووصفت الانتخابات العامة المقررة في تموز (يوليو) المقبل بأنها "لن تكون شرعية ولا حرة ولا نزيهة".

وفي بروكسل، حذر الاتحاد الأوروبي من أن استمرار حملة القمع قد يدفعه إلى تعليق الأفضليات التجارية التي تتمتع بها كمبوديا بموجب نظام "كل شيء عدا الأسلحة"، والتي تسمح لصادراتها من الملابس والأحذية بدخول السوق الأوروبية من دون رسوم جمركية. ويستوعب الاتحاد نحو 40 في المئة من صادرات البلاد، ويعمل في مصانع النسيج نحو 700 ألف عامل، أغلبهم من النساء.

ورد رئيس الوزراء هون سين، في خطاب أمام عمال أحد المصانع، بأن حكومته "لا تخشى العقوبات"، داعيا واشنطن إلى "قطع كل المساعدات" إن أرادت، وقال إن الصين "تقف إلى جانب كمبوديا من دون شروط".

ولم تعلن اليابان، أكبر مانح لكمبوديا، أي إجراء، وقال متحدث باسم خارجيتها إن طوكيو "لا تعتزم فرض عقوبات" وستواصل الحوار مع الحكومة والمعارضة على السواء.

توتر متصاعد

وكانت واشنطن قد فرضت في أيلول (سبتمبر) الماضي قيودا على منح التأشيرات لمسؤولين كبار في وزارة الخارجية الكمبودية وعائلاتهم، بسبب رفض بنوم بنه استقبال مواطنيها المرحلين من الأراضي الأمريكية.

وتدهورت العلاقات بين البلدين منذ مطلع العام، حين علقت كمبوديا مناورات "أنغكور سنتينل" العسكرية السنوية مع الجيش الأمريكي لمدة عامين. واعتقلت السلطات في أيلول (سبتمبر) زعيم الحزب المنحل كيم سوخا بتهمة "الخيانة" والتآمر مع واشنطن لإسقاط الحكومة، فيما غادر أكثر من نصف نواب الحزب البلاد خشية الاعتقال.

ويحكم هون سين البلاد منذ أكثر من ثلاثين عاما، وكان حزبه قد احتفظ بالسلطة بفارق ضئيل في انتخابات 2013، التي قالت المعارضة إنها شهدت تزويرا واسعا، قبل أن يحقق الحزب المنحل نتائج قوية في الانتخابات البلدية في حزيران (يونيو) الماضي.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", "White House", "Sarah Huckabee Sanders"],
                ["Cambodia"],
            ),
            # the EU's warning that it may suspend the EBA preferences: a threatened measure
            G("sanctions.threatened", "occurred", ["European Union"], ["Cambodia"], core=False),
            # the visa restrictions of September
            G("sanctions.imposed", "historical", ["United States"], ["Cambodia"], core=False),
            # Tokyo "لا تعتزم فرض عقوبات"
            G("sanctions.imposed", "negated", ["Japan"], ["Cambodia"], core=False),
        ],
        not_targets=["China", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff06-assabah-tunisia-joins-comesa-lusaka-summit-2018",
        date(2018, 7, 20),
        """رسميا.. تونس عضو في السوق المشتركة لشرق وجنوب إفريقيا "الكوميسا"

تونس - "الصباح"
الجمعة 20 جويلية 2018

انضمت تونس رسميا، أول أمس الأربعاء، إلى السوق المشتركة لشرق وجنوب إفريقيا "الكوميسا"، بعد أن صادقت قمة رؤساء دول وحكومات المجموعة المنعقدة في العاصمة الزامبية لوساكا على طلب عضويتها، إلى جانب الصومال، لترتفع عضوية التكتل إلى 21 دولة.

ومثل تونس في القمة وزير التجارة عمر الباهي، الذي قال في تصريح لـ"الصباح" إن الانضمام "يفتح أمام المؤسسات التونسية سوقا تضم أكثر من 500 مليون مستهلك"، مؤكدا أن المنتجات التونسية ستتمتع بإعفاءات جمركية تدريجية وفق جدول سيتم ضبطه خلال الأشهر القادمة مع الأمانة العامة للمجموعة.

وكانت تونس قد تقدمت بطلب الانضمام في 2017، في إطار توجه رسمي نحو الأسواق الإفريقية، بعد سنوات من تركيز المبادلات التجارية على الاتحاد الأوروبي الذي يستوعب قرابة ثلاثة أرباع الصادرات التونسية.

ويأتي الانضمام بعد أربعة أشهر من توقيع تونس، إلى جانب 43 دولة إفريقية، في العاصمة الرواندية كيغالي يوم 21 مارس الماضي، على اتفاقية إنشاء منطقة التجارة الحرة القارية الإفريقية.

وتضم الكوميسا، التي تأسست سنة 1994، دولتين أخريين من شمال إفريقيا هما مصر، التي انضمت إليها في جوان 1998، وليبيا التي التحقت بها سنة 2005. ولم تتقدم الجزائر إلى حد الآن بأي طلب للانضمام إلى المجموعة.

في المقابل، لا يزال طلب المغرب الانضمام إلى المجموعة الاقتصادية لدول غرب إفريقيا "سيدياو"، الذي وافقت عليه قمة المجموعة مبدئيا في جوان 2017، متعثرا بسبب تحفظات أوساط اقتصادية نيجيرية تخشى منافسة المنتجات المغربية.

رهان على التصدير

ويرى رجال أعمال أن نجاح الخطوة يبقى رهين تحسين الربط الجوي والبحري مع دول شرق إفريقيا، إذ لا تتجاوز حصة دول الكوميسا 3 بالمائة من المبادلات التجارية التونسية. وقال رئيس مجلس الأعمال التونسي الإفريقي إن المجلس يسعى إلى رفع حجم الصادرات نحو القارة إلى الضعف في أفق 2020، داعيا إلى فتح خطوط مباشرة نحو نيروبي وأديس أبابا وكمبالا.

وتعتزم الخطوط التونسية إطلاق رحلة مباشرة نحو نيروبي مع موفى السنة الجارية، وفق ما أكده مصدر من الشركة لـ"الصباح"، فيما ينتظر أن تحتضن تونس في أفريل القادم منتدى للاستثمار يجمع رجال أعمال من دول المجموعة.""",
        [
            G("alliance.joined", "occurred", ["Tunisia", "Somalia"], [_COMESA]),
            # Egypt in June 1998, Libya in 2005
            G("alliance.joined", "historical", ["Egypt", "Libya"], [_COMESA], core=False),
            # the AfCFTA agreement signed at Kigali on 21 March
            G("agreement.signed", "historical", ["Tunisia"], [], core=False),
            # "ولم تتقدم الجزائر إلى حد الآن بأي طلب للانضمام"
            G("alliance.joined", "negated", ["Algeria"], [_COMESA], core=False),
            # Morocco's ECOWAS bid "متعثرا"
            G(
                "alliance.joined",
                "stalled",
                ["Morocco"],
                ["Economic Community of West African States"],
                core=False,
            ),
        ],
        not_targets=["Zambia", "Rwanda", "Nigeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff07-statement-china-nicaragua-joint-communique-resume-ties-tianjin-2021",
        date(2021, 12, 10),
        """بيان | الصين ونيكاراغوا توقعان بيانا مشتركا بشأن استئناف العلاقات الدبلوماسية

وزارة الخارجية لجمهورية الصين الشعبية
تيانجين، 10 ديسمبر 2021

في 10 ديسمبر 2021، وقع عضو مجلس الدولة ووزير الخارجية وانغ يي، ومستشار رئيس جمهورية نيكاراغوا لشؤون الاستثمار والتجارة والتعاون الدولي لاوريانو أورتيغا موريو، في مدينة تيانجين، البيان المشترك بشأن استئناف العلاقات الدبلوماسية بين جمهورية الصين الشعبية وجمهورية نيكاراغوا. وفي ما يلي نص البيان:

"انطلاقا من مصالح الشعبين وتطلعاتهما، قررت جمهورية الصين الشعبية وجمهورية نيكاراغوا الاعتراف المتبادل واستئناف العلاقات الدبلوماسية على مستوى السفراء اعتبارا من تاريخ توقيع هذا البيان.

تتفق الحكومتان على تطوير علاقات الصداقة والتعاون بين البلدين على أساس مبادئ الاحترام المتبادل للسيادة ووحدة الأراضي، وعدم الاعتداء، وعدم التدخل في الشؤون الداخلية، والمساواة والمنفعة المتبادلة، والتعايش السلمي.

تعترف حكومة جمهورية نيكاراغوا بأنه لا توجد في العالم إلا صين واحدة، وأن حكومة جمهورية الصين الشعبية هي الحكومة الشرعية الوحيدة التي تمثل الصين كلها، وأن تايوان جزء لا يتجزأ من أراضي الصين. وقد قطعت حكومة جمهورية نيكاراغوا اعتبارا من اليوم ما يسمى بالعلاقات الدبلوماسية مع تايوان، وتتعهد بعدم إقامة أي علاقات رسمية أو إجراء أي اتصالات رسمية معها. وتقدر حكومة جمهورية الصين الشعبية هذا الموقف.

تتفق الحكومتان على أن يقدم كل منهما للآخر التسهيلات اللازمة لإقامة سفارة في عاصمته وأداء مهامها وفقا لاتفاقية فيينا للعلاقات الدبلوماسية والممارسات الدولية، وعلى تبادل السفراء في أقرب وقت ممكن."

وقال وانغ يي خلال مراسم التوقيع إن استئناف العلاقات "يتماشى مع التيار العام للعصر"، وإن الصين "تثمن القرار الصائب" الذي اتخذته حكومة الرئيس دانيال أورتيغا. وأشار إلى أن البلدين كانا قد أقاما علاقات دبلوماسية في ديسمبر 1985، قبل أن تقطعها حكومة الرئيسة فيوليتا تشامورو في نوفمبر 1990.

وردا على سؤال بشأن موقف الصين من الضغوط الغربية على ماناغوا، قال المتحدث باسم وزارة الخارجية وانغ ون بين في المؤتمر الصحفي الدوري إن الصين "تعارض العقوبات الأحادية" التي فرضتها الولايات المتحدة على مسؤولين نيكاراغويين الشهر الماضي، و"ترفض التدخل في الشؤون الداخلية للدول بذريعة الديمقراطية". وأضاف أن "مبدأ الصين الواحدة توافق دولي عام لا يقبل التشكيك".""",
        [
            G("relations.restored", "occurred", ["China", "Nicaragua"], []),
            G(
                "agreement.signed",
                "occurred",
                ["China", "Nicaragua", "Wang Yi", "Laureano Ortega Murillo"],
                [],
            ),
            # embassies to be opened, ambassadors exchanged "في أقرب وقت ممكن"
            G("relations.restored", "planned", ["China", "Nicaragua"], [], core=False),
            # ties established in December 1985 (cut in 1990)
            G("relations.restored", "historical", ["China", "Nicaragua"], [], core=False),
            # "تتعهد بعدم إقامة أي علاقات رسمية" with Taiwan
            G("relations.restored", "negated", ["Nicaragua", "Taiwan"], [], core=False),
            # the US sanctions on Nicaraguan officials last month
            G("sanctions.imposed", "historical", ["United States"], ["Nicaragua"], core=False),
        ],
        not_targets=["Taiwan", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff08-xinhua-wire-iraq-takes-over-sahwa-councils-baghdad-2008",
        date(2008, 10, 1),
        """الحكومة العراقية تتسلم من القوات الأمريكية مسؤولية 54 ألفا من عناصر "الصحوة" في بغداد

بغداد أول أكتوبر 2008 (شينخوا) تسلمت الحكومة العراقية اليوم (الأربعاء) رسميا من القوات الأمريكية مسؤولية نحو 54 ألفا من عناصر مجالس الصحوة في بغداد، وباتت هذه العناصر مرتبطة بقيادة عمليات بغداد التابعة للقائد العام للقوات المسلحة رئيس الوزراء نوري المالكي، في خطوة أولى نحو دمجها في مؤسسات الدولة.

وقال المتحدث باسم خطة فرض القانون اللواء قاسم عطا، في مؤتمر صحفي، إن الحكومة ستدمج 20 بالمائة من هذه العناصر في قوات الجيش والشرطة، على أن يجري استيعاب الباقين في وظائف مدنية في الوزارات والدوائر الحكومية أو في برامج للتدريب المهني، مؤكدا أن من تثبت عليه تهم جنائية "لن يدمج في أي جهاز أمني".

وأضاف عطا أن رواتب العناصر، البالغة نحو 300 دولار شهريا، ستدفعها الحكومة اعتبارا من الشهر الجاري بدلا من الجيش الأمريكي، وأن عملية نقل المسؤولية ستشمل تباعا عناصر الصحوة في محافظات ديالى وصلاح الدين والأنبار خلال الأشهر المقبلة.

من جهته، وصف قائد القوات متعددة الجنسيات في بغداد الميجر جنرال جيفري هاموند الخطوة بأنها "يوم تاريخي"، مشيدا بدور الصحوات في "إعادة الأمن إلى أحياء كانت معاقل للمسلحين".

في المقابل، أبدى عدد من قادة الصحوة في أحياء العامرية والأعظمية والدورة مخاوف من حملات اعتقال تطال عناصرهم بعد انتقالهم إلى سلطة الحكومة، ومن تأخر صرف الرواتب، مطالبين بضمانات مكتوبة.

وكانت مجالس الصحوة قد تشكلت في محافظة الأنبار أواخر عام 2006 من أبناء عشائر سنية ومسلحين سابقين قرروا قتال تنظيم القاعدة، قبل أن تنتشر في بغداد ومحافظات أخرى بتمويل من القوات الأمريكية، التي تنتشر في العراق منذ الغزو عام 2003 ويبلغ عددها حاليا نحو 146 ألف جندي.

ويأتي ذلك في وقت لا تزال فيه المفاوضات بين بغداد وواشنطن بشأن الاتفاقية الأمنية التي تنظم بقاء القوات الأمريكية بعد انتهاء تفويض الأمم المتحدة نهاية العام الجاري متعثرة، بسبب خلافات حول حصانة الجنود الأمريكيين وموعد الانسحاب النهائي. (النهاية)""",
        [
            G("forces.integrated", "occurred", ["Iraq", "Nouri al-Maliki"], [_SAHWA]),
            # 20 per cent into the army and police; the other provinces in the coming months
            G("forces.integrated", "planned", ["Iraq"], [_SAHWA], core=False),
            # those charged "لن يدمج في أي جهاز أمني"
            G("forces.integrated", "negated", ["Iraq"], [_SAHWA], core=False),
            # the US forces in Iraq since 2003
            G("military.presence", "historical", ["United States"], ["Iraq"], core=False),
            # the security agreement (SOFA) talks "متعثرة"
            G("agreement.signed", "stalled", ["Iraq", "United States"], [], core=False),
        ],
        not_targets=["al-Qaeda", "Al-Qaeda in Iraq"],
        known_miss='"تسلمت الحكومة العراقية … مسؤولية … عناصر مجالس الصحوة", a militia taken over by the government, is no integration (only the planned "ستدمج" is found)',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff09-alarabiya-transcript-us-army-permanent-garrison-poznan-poland-2023",
        date(2023, 3, 21),
        """نص الحلقة | "بانوراما": أول حامية أمريكية دائمة في بولندا.. رسالة إلى موسكو؟

قناة العربية - برنامج "بانوراما"
الثلاثاء، الحادي والعشرون من آذار/مارس، ألفان وثلاثة وعشرون

المقدمة: مساء الخير. افتتح الجيش الأمريكي اليوم في مدينة بوزنان غرب بولندا أول حامية عسكرية أمريكية دائمة على الأراضي البولندية، تحمل اسم "معسكر كوشيوشكو"، في أول وجود دائم للقوات الأمريكية على الجناح الشرقي لحلف شمال الأطلسي. معنا من بوزنان مراسلنا، ومن وارسو الباحث في الشؤون الأمنية كشيشتوف نوفاك. أبدأ معك من بوزنان: كيف جرت المراسم؟

المراسل: أقيمت المراسم صباح اليوم بحضور السفير الأمريكي مارك بريجنسكي ووزير الدفاع البولندي ماريوش بواشتشاك، ورفع العلمان الأمريكي والبولندي فوق مقر الحامية، التي ستضم القيادة المتقدمة للفيلق الخامس في الجيش الأمريكي. وقال الوزير البولندي إن هذا "يوم تاريخي"، وإن بلاده انتظرته أكثر من عشرين عاما. ويبلغ عدد العسكريين الأمريكيين في بولندا اليوم أكثر من عشرة آلاف، أغلبهم ضمن قوات تتناوب على البلاد منذ عام 2017.

المقدمة: سيد نوفاك، لماذا تعد هذه الخطوة مهمة إلى هذا الحد؟

الضيف: لأن بولندا، منذ انضمامها إلى الحلف عام 1999، تطالب بوجود أمريكي دائم على أراضيها. في 2018 عرض الرئيس أندجي دودا على الرئيس دونالد ترامب مليارَي دولار لإقامة قاعدة دائمة سماها "فورت ترامب"، لكن المشروع تعثر ولم ير النور. اليوم تحقق جزء من ذلك، لكن بصيغة أقل: حامية للدعم والإدارة. الوحدات القتالية نفسها لن تتمركز فيها بشكل دائم، بل ستواصل التناوب كل تسعة أشهر.

المقدمة: وما الرد الروسي المتوقع؟

الضيف: موسكو تقول إن أي وجود دائم يخالف الوثيقة التأسيسية للعلاقات بين روسيا والحلف، الموقعة في باريس عام 1997. واشنطن ترد بأن الحامية لا تخالفها لأنها ليست قاعدة قتالية، وبأن روسيا نفسها ألغت هذه الوثيقة عمليا حين غزت أوكرانيا. وهناك خطوة أخرى منتظرة: قاعدة الدفاع الصاروخي الأمريكية في ريدزيكوفو شمال البلاد، التي ستدخل الخدمة قبل نهاية العام.

المقدمة: عودة إليك في بوزنان، كيف تلقى السكان الخبر؟

المراسل: الأجواء هنا إيجابية عموما، والبلدية تتحدث عن فرص عمل وعقود للشركات المحلية، وإن كان بعض السكان يخشون أن تتحول المدينة إلى هدف في أي مواجهة مقبلة.

المقدمة: شكرا لكما. فاصل ونعود.""",
        [
            G(
                "military.presence",
                "occurred",
                ["United States", "United States Army"],
                ["Poland"],
            ),
            # the rotating forces since 2017
            G("military.presence", "historical", ["United States"], ["Poland"], core=False),
            # Poland in NATO since 1999
            G("alliance.joined", "historical", ["Poland"], ["NATO"], core=False),
            # "فورت ترامب": "تعثر ولم ير النور"
            G("military.presence", "stalled", ["United States"], ["Poland"], core=False),
            # "الوحدات القتالية نفسها لن تتمركز فيها بشكل دائم"
            G("military.presence", "negated", ["United States"], ["Poland"], core=False),
            # the Redzikowo missile-defence base "ستدخل الخدمة قبل نهاية العام"
            G("military.presence", "planned", ["United States"], ["Poland"], core=False),
            # the NATO-Russia Founding Act of 1997
            G("agreement.signed", "historical", ["Russia", "NATO"], [], core=False),
        ],
        not_targets=["Russia", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff10-almountakhab-sports-athletics-federation-suspension-ifrane-camp-2024",
        date(2024, 9, 10),
        """ألعاب القوى: الجامعة تعلق مشاركة عداءة احتياطيا.. وانضمام وجوه جديدة إلى معسكر إفران

الرباط - "المنتخب"
الثلاثاء 10 شتنبر 2024

أعلنت الجامعة الملكية المغربية لألعاب القوى، أمس الاثنين، تعليق مشاركة إحدى عداءات المسافات المتوسطة في المنافسات الوطنية والدولية بشكل احتياطي، بعد أن أظهرت عينة أخذت منها خلال البطولة الوطنية في غشت الماضي وجود مادة محظورة، في انتظار نتيجة تحليل العينة الثانية.

وأوضحت الجامعة في بلاغ أنها أحالت الملف على وحدة النزاهة في ألعاب القوى، مؤكدة أنها "لن تتساهل" مع تعاطي المنشطات، وأن العقوبات المنصوص عليها في القانون قد تصل إلى الإيقاف أربع سنوات وسحب الألقاب والأرقام المسجلة.

وفي المقابل، قررت لجنة الاستئناف بالجامعة رفع عقوبة الإيقاف عن مدرب نادي الجيش الملكي، بعدما ثبت أن المخالفة المنسوبة إليه خلال ملتقى مراكش في يونيو الماضي كانت إدارية لا تقنية، وسيعود إلى ممارسة مهامه ابتداء من الأسبوع المقبل.

معسكر إفران

ويشهد معسكر المنتخب الوطني بمركز التحضير في إفران، منذ مطلع الأسبوع، انضمام ستة عدائين شبان إلى المجموعة التي يشرف عليها الطاقم التقني الوطني، استعدادا لبطولة العالم للعدو الريفي في مارس المقبل ولبطولة العالم بطوكيو في شتنبر 2025.

وتعد إفران، الواقعة على ارتفاع 1650 مترا فوق سطح البحر، القاعدة الخلفية لعدائي المسافات المتوسطة والطويلة المغاربة منذ عقود، ويقصدها أيضا عداؤون من كينيا وإثيوبيا وأوروبا للاستفادة من التدريب في المرتفعات.

وسيلتحق البطل الأولمبي سفيان البقالي، المتوج بذهبية سباق 3000 متر موانع في أولمبياد باريس يوم 7 غشت الماضي، بالمعسكر مطلع أكتوبر، بعد فترة راحة تلت مشاركته في ملتقيات الدوري الماسي.

اتفاق شراكة

ووقعت الجامعة، على هامش حفل تكريم أبطال أولمبياد باريس، اتفاق شراكة مع مجموعة بنكية مغربية لتمويل برنامج إعداد المواهب الشابة للفترة 2024-2028، يشمل منحا شهرية لأكثر من مئة عداء وعداءة، وتجهيز ثلاث حلبات جديدة في وجدة وأكادير وخريبكة.

وقال رئيس الجامعة عبد السلام أحيزون إن الاتفاق "يمنح الاستقرار المالي الذي تحتاجه المواهب"، مشيرا إلى أن الهدف هو رفع عدد العدائين المؤهلين إلى الألعاب الأولمبية المقبلة في لوس أنجلوس سنة 2028.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff11-alroya-oman-manpower-extends-expat-visa-ban-87-professions-2019",
        date(2019, 2, 3),
        """"القوى العاملة" تمدد وقف استقدام الوافدين في 87 مهنة ستة أشهر.. واتفاق مع القطاع الخاص لتوظيف 25 ألف مواطن

مسقط - "الرؤية"
الأحد 28 جمادى الأولى 1440 هـ - 3 فبراير 2019 م

أصدر معالي الشيخ عبدالله بن ناصر البكري وزير القوى العاملة، أمس السبت، قرارا وزاريا بتمديد العمل بقرار وقف استقدام القوى العاملة الوافدة في 87 مهنة بمنشآت القطاع الخاص لمدة ستة أشهر إضافية، اعتبارا من مطلع الشهر الجاري، وذلك في إطار الجهود الرامية إلى توفير فرص العمل للمواطنين الباحثين عن عمل.

وأوضحت الوزارة أن الحظر يشمل مهنا في التسويق والمبيعات والإدارة والموارد البشرية والتأمين والإعلام والهندسة وتقنية المعلومات، ولا يشمل المؤسسات المسجلة لدى الهيئة العامة لتنمية المؤسسات الصغيرة والمتوسطة التي يتفرغ أصحابها لإدارتها، ولا تصاريح العمل السارية التي يحق لأصحابها تجديدها.

وشددت الوزارة على أن المنشآت المخالفة ستتعرض للعقوبات المنصوص عليها في قانون العمل، ومنها الغرامات المالية وتعليق إصدار تصاريح العمل الجديدة لها لمدة قد تصل إلى سنة، داعية أصحاب العمل إلى الالتزام بنسب التعمين المقررة لكل قطاع.

اتفاق مع الغرفة

وفي سياق متصل، أعلنت الوزارة توقيع اتفاق مع غرفة تجارة وصناعة عمان لتوظيف 25 ألف مواطن في منشآت القطاع الخاص خلال العام الجاري، يجري بموجبه رفع نسب التعمين تدريجيا في قطاعات التجزئة والنقل والخدمات اللوجستية والسياحة، مع تحمل الحكومة جزءا من أجور المعينين الجدد خلال السنة الأولى.

وأشار المدير العام للتشغيل إلى انضمام أكثر من أربعة آلاف باحث عن عمل إلى برامج التدريب المقترن بالتشغيل منذ مطلع العام، مؤكدا أن الوزارة ستعلن قريبا دفعة جديدة من الوظائف في قطاع النفط والغاز.

قلق في السوق

في المقابل، أبدى عدد من أصحاب الشركات الصغيرة قلقهم من صعوبة إيجاد كوادر وطنية مؤهلة في بعض التخصصات الفنية، مطالبين بمرونة أكبر في تطبيق القرار. وقال مستثمر في قطاع المقاولات لـ"الرؤية" إن كلفة توظيف المواطن "أعلى بكثير"، داعيا إلى ربط القرار ببرامج تدريب حقيقية.

ويبلغ عدد القوى العاملة الوافدة في السلطنة نحو مليون و800 ألف عامل، يشكل العمال القادمون من الهند وبنجلاديش وباكستان أغلبهم، بحسب بيانات المركز الوطني للإحصاء والمعلومات، فيما يقدر عدد الباحثين عن عمل من المواطنين بعشرات الآلاف.""",
        [],
        not_targets=["India", "Bangladesh", "Pakistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-ff12-alsabah-baghdad-amanat-waste-lifted-new-compactors-database-2023",
        date(2023, 8, 14),
        """أمانة بغداد ترفع ستة آلاف طن من النفايات.. وانضمام 120 كابسة جديدة إلى أسطولها

بغداد - "الصباح"
الاثنين 14 آب 2023

أعلنت أمانة بغداد، أمس الأحد، رفع أكثر من ستة آلاف طن من النفايات والأنقاض من شوارع جانبي الكرخ والرصافة خلال الأسبوع الماضي، ضمن حملة خدمية واسعة أطلقتها استعدادا لزيارة الأربعين، التي تشهد مرور ملايين الزائرين عبر العاصمة نحو كربلاء.

وقال المتحدث باسم الأمانة، في تصريح لـ"الصباح"، إن 120 كابسة وآلية تخصصية جديدة انضمت إلى أسطول دوائر البلدية الأسبوع الجاري، بعد تسلمها من الشركة المجهزة، ما سيرفع القدرة اليومية على جمع النفايات بنسبة 30 بالمئة. وأضاف أن الملاكات الهندسية رفعت التجاوزات عن أرصفة شارع فلسطين وساحة الأندلس، وأعادت تأهيل مقتربات جسر الجادرية.

وكانت الأمانة قد قلصت ساعات عمل الفرق الميدانية وجعلتها في الصباح الباكر والمساء، بعد قرار الحكومة تعليق الدوام الرسمي في الدوائر الحكومية يوم الخميس الماضي إثر تجاوز درجات الحرارة حاجز الخمسين درجة مئوية.

معمل للتدوير

وعلى صعيد المشاريع، وقعت الأمانة اتفاقا مع شركة صينية لإنشاء معمل لتدوير النفايات وتوليد الطاقة الكهربائية في منطقة النهروان جنوب شرقي العاصمة، بطاقة ثلاثة آلاف طن يوميا، على أن يبدأ العمل فيه مطلع العام المقبل ويستغرق إنجازه ثلاث سنوات.

قاعدة بيانات للمحال

كما أطلقت الأمانة قاعدة بيانات إلكترونية تضم أصحاب المحال التجارية والأكشاك في قواطع الرصافة، تمهيدا لتنظيم الإجازات وجباية الرسوم إلكترونيا، والحد من الأكشاك العشوائية التي تشغل الأرصفة.

وأكد المتحدث أن الأمانة ستفرض غرامات وعقوبات على أصحاب المحال الذين يرمون النفايات على الأرصفة أو في الساحات العامة، تصل إلى مليون دينار، مع غلق المحل عند تكرار المخالفة، داعيا المواطنين إلى الالتزام بأوقات إخراج النفايات.

وتوقعت هيئة الأنواء الجوية استمرار موجة الحر خلال الأيام المقبلة، مع درجات حرارة تقارب 50 درجة مئوية في بغداد والبصرة والعمارة، وهبوب رياح مثيرة للغبار في المناطق الغربية.""",
        [],
        not_targets=["China"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout33_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout33_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a phrase that is not a date between the verb and the sanctions parts them
    pytest.param(
        "علقت وزارة الخزانة الأمريكية، الأسبوع الماضي، العقوبات المفروضة على فنزويلا.",
        date(2021, 1, 29),
        [("sanctions.suspended", "occurred", "target:Venezuela")],
        [],
        id="suspension-parted-by-a-date",
    ),
    pytest.param(
        "علقت وزارة الخزانة الأمريكية، في الأيام الأخيرة لإدارة ترامب، العقوبات المفروضة على "
        "فنزويلا.",
        date(2021, 1, 29),
        [("sanctions.suspended", "occurred", "target:Venezuela")],
        [],
        id="suspension-parted-by-a-phrase",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية، الأسبوع الماضي، عقوبات على فنزويلا.",
        date(2021, 1, 29),
        [("sanctions.imposed", "occurred", "target:Venezuela")],
        [],
        id="imposition-parted-by-a-date",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية، في الأيام الأخيرة لإدارة ترامب، عقوبات على فنزويلا.",
        date(2021, 1, 29),
        [("sanctions.imposed", "occurred", "target:Venezuela")],
        [],
        id="imposition-parted-by-a-phrase",
    ),
    # COMESA is a body one joins, as the African Union is
    pytest.param(
        "انضمت تونس أمس إلى الاتحاد الأفريقي.",
        date(2018, 7, 20),
        [("alliance.joined", "occurred", "target:African Union")],
        [],
        id="joins-the-african-union",
    ),
    pytest.param(
        "انضمت تونس أمس إلى السوق المشتركة لشرق وجنوب أفريقيا.",
        date(2018, 7, 20),
        [("alliance.joined", "occurred", "Tunisia")],
        [],
        id="joins-comesa-by-name",
    ),
    pytest.param(
        "انضمت تونس أمس إلى الكوميسا.",
        date(2018, 7, 20),
        [("alliance.joined", "occurred", "Tunisia")],
        [],
        id="joins-comesa-by-acronym",
    ),
    # the day between the verb and the body does not count against the verb's reach
    pytest.param(
        "انضمت تونس رسميا، أول أمس الأربعاء، إلى الكوميسا.",
        date(2018, 7, 20),
        [("alliance.joined", "occurred", "Tunisia")],
        [],
        id="joins-with-the-day-between",
    ),
    # a restoration with no date of its own keeps its status beside a background on the same ties
    pytest.param(
        "قررت الصين ونيكاراغوا أمس استئناف العلاقات الدبلوماسية. وكان البلدان قد أقاما علاقات "
        "دبلوماسية عام 1985.",
        date(2021, 12, 10),
        [("relations.restored", "occurred", "China")],
        [],
        id="dated-restoration-beside-background",
    ),
    pytest.param(
        "قررت الصين ونيكاراغوا استئناف العلاقات الدبلوماسية. وكانت الصين ونيكاراغوا قد أقامتا "
        "علاقات دبلوماسية عام 1985.",
        date(2021, 12, 10),
        [("relations.restored", "occurred", "China")],
        [],
        id="restoration-beside-named-background",
    ),
    pytest.param(
        "قررت الصين ونيكاراغوا استئناف العلاقات الدبلوماسية. وتتفق الحكومتان على تبادل السفراء في "
        "أقرب وقت ممكن.",
        date(2021, 12, 10),
        [("relations.restored", "occurred", "China")],
        [],
        id="restoration-ambassadors-to-follow",
    ),
    pytest.param(
        "قررت الصين ونيكاراغوا استئناف العلاقات الدبلوماسية. وكان البلدان قد أقاما علاقات "
        "دبلوماسية عام 1985.",
        date(2021, 12, 10),
        [("relations.restored", "occurred", "China")],
        [],
        id="undated-restoration-beside-background",
        marks=_xfail("historical"),
    ),
    pytest.param(
        "قررت الصين ونيكاراغوا استئناف العلاقات الدبلوماسية. وقطعت نيكاراغوا العلاقات مع تايوان "
        "وتتعهد بعدم إقامة أي علاقات رسمية معها.",
        date(2021, 12, 10),
        [("relations.restored", "occurred", "China")],
        [],
        id="undated-restoration-beside-taiwan-pledge",
    ),
    # a militia taken over by the government is integrated, as one merged into the army
    pytest.param(
        "دمجت الحكومة العراقية اليوم عناصر الصحوة في الجيش.",
        date(2008, 10, 1),
        [("forces.integrated", "occurred", "Iraq")],
        [],
        id="militia-merged-into-army",
    ),
    pytest.param(
        "تسلمت الحكومة العراقية اليوم من القوات الأمريكية مسؤولية 54 ألفا من عناصر مجالس الصحوة.",
        date(2008, 10, 1),
        [("forces.integrated", "occurred", "Iraq")],
        [],
        id="militia-taken-over",
        marks=_xfail("nothing"),
    ),
    pytest.param(
        "وضعت الحكومة العراقية اليوم عناصر مجالس الصحوة تحت إمرة الجيش.",
        date(2008, 10, 1),
        [("forces.integrated", "occurred", "Iraq")],
        [],
        id="militia-placed-under-army",
        marks=_xfail("nothing"),
    ),
    # a state's army named by its adjective opens bases and deploys troops, as the state does
    pytest.param(
        "افتتحت الولايات المتحدة اليوم حامية عسكرية في بولندا.",
        date(2023, 3, 21),
        [("military.presence", "occurred", "target:Poland")],
        [],
        id="garrison-opened-by-state",
    ),
    pytest.param(
        "افتتحت القوات الأمريكية اليوم حامية عسكرية في بولندا.",
        date(2023, 3, 21),
        [("military.presence", "occurred", "target:Poland")],
        [],
        id="garrison-opened-by-us-forces",
    ),
    pytest.param(
        "نشرت الولايات المتحدة اليوم قوات في بولندا.",
        date(2023, 3, 21),
        [("military.presence", "occurred", "target:Poland")],
        [],
        id="troops-deployed-by-state",
    ),
    pytest.param(
        "افتتح الجيش الأمريكي اليوم حامية عسكرية في بولندا.",
        date(2023, 3, 21),
        [("military.presence", "occurred", "target:Poland")],
        [],
        id="garrison-opened-by-us-army",
    ),
    pytest.param(
        "نشر الجيش الأمريكي اليوم ألف جندي في بولندا.",
        date(2023, 3, 21),
        [("military.presence", "occurred", "target:Poland")],
        [],
        id="troops-deployed-by-us-army",
    ),
    # people named by their nationality are the targets, not their state
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية أمس عقوبات على ثلاثة مسؤولين روس.",
        date(2021, 6, 2),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Russia"],
        id="officials-by-nationality",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية أمس عقوبات على رجل الأعمال الروسي أوليغ ديريباسكا.",
        date(2021, 6, 2),
        [("sanctions.imposed", "occurred", "target:Oleg Deripaska")],
        ["Russia"],
        id="businessman-by-nationality",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية أمس عقوبات على ثلاثة بلغاريين بارزين.",
        date(2021, 6, 2),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Bulgaria"],
        id="plural-demonym-not-state",
    ),
    # a federation's sponsorship deal is no accord, and a city in a modifier is no signatory
    pytest.param(
        "ووقعت الجامعة، على هامش حفل تكريم الأبطال، اتفاق شراكة مع مجموعة بنكية.",
        date(2024, 9, 10),
        [],
        [],
        id="contract-at-a-ceremony",
    ),
    pytest.param(
        "وقعت فرنسا والمغرب أمس اتفاق شراكة في باريس.",
        date(2024, 9, 10),
        [("agreement.signed", "occurred", "France")],
        [],
        id="states-sign-in-paris",
    ),
    pytest.param(
        "ووقعت الجامعة، على هامش حفل تكريم أبطال أولمبياد باريس، اتفاق شراكة مع مجموعة بنكية.",
        date(2024, 9, 10),
        [],
        [],
        id="contract-beside-paris-olympics",
    ),
    # a ministry's contract with a chamber of commerce is no accord with the chamber's state
    pytest.param(
        "أعلنت وزارة العمل أمس توقيع اتفاق مع غرفة التجارة لتوظيف 25 ألف مواطن.",
        date(2019, 2, 3),
        [],
        [],
        id="contract-with-the-chamber",
    ),
    pytest.param(
        "أعلنت الوزارة أمس توقيع اتفاق مع غرفة تجارة وصناعة الأردن لتوظيف 25 ألف مواطن.",
        date(2019, 2, 3),
        [],
        [],
        id="chamber-named-for-a-state",
    ),
    # the states an embargo on imports covers are its targets, past an end date and a list of goods
    pytest.param(
        "وقع الرئيس الروسي فلاديمير بوتين أمس مرسوما يمدد حتى 31 كانون الأول/ديسمبر 2020 الحظر "
        "الذي تفرضه روسيا على استيراد اللحوم من دول الاتحاد الأوروبي.",
        date(2019, 6, 25),
        [("sanctions.extended", "occurred", "target:European Union")],
        [],
        id="food-embargo-prolonged",
    ),
    pytest.param(
        "وقع الرئيس الروسي فلاديمير بوتين أمس مرسوما يمدد حتى 31 كانون الأول/ديسمبر 2020 الحظر "
        "الذي تفرضه روسيا على استيراد اللحوم والأسماك والفواكه والخضار ومنتجات الألبان من دول "
        "الاتحاد الأوروبي.",
        date(2019, 6, 25),
        [("sanctions.extended", "occurred", "target:European Union")],
        [],
        id="food-embargo-past-a-list-of-goods",
        marks=_xfail("no target"),
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout33_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout33_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
