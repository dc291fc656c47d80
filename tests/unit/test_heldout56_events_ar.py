"""A fifty-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-five held-out sets: contemporary Arabic copy of 2016-2025, as today's wires,
sites and papers carry it (a Doha daily's Washington report, "واشنطن - «الشرق»", with a
Mutanabbi Street bookseller's "إحنا تعبنا من هالسالفة"; a London site's Vilnius report, "فيلنيوس
- «العربي الجديد»", with a Belarusian student's "بس مين بيضمن ما يرجعوا يعتقلوا غيرهم بكرة؟";
a Baghdad daily, "بغداد - «الصباح الجديد»", with a Sadr City generator owner's "الحكومة كل سنة
تحچي عن الكهرباء"; a Persian channel's Arabic site, "لندن - «إيران إنترناشيونال»", with a Tehran
bazaar carpet dealer's "منو يشتري سجاد بهالوضع؟"; a Nazareth site, "الناصرة - «عرب 48»", with a
Ramallah man's "بس ما بنصدق إنه أمريكا رح تعاقب حدا"; a Doha channel's site in Kuala Lumpur,
"كوالالمبور - «الجزيرة نت»", with a Dili fishmonger's words rendered from Tetum; a Cairo daily,
"القاهرة - «الوطن»", with "وزير الخارجية والهجرة الدكتور بدر عبد العاطي" and a Sayyida Zeinab
pensioner's "ربنا يستر وما نتورطش في حاجة بعيدة عننا"; an agency wire with its tag in the
lead, "نجامينا (أ ف ب) -", with a cloth trader's Chadian Arabic "نحن ما عندنا مشكلة مع أي زول";
a Baghdad site, "بغداد - «المسلة»", with "رئيس مجلس الوزراء القائد العام للقوات المسلحة الدكتور
حيدر العبادي" and a Karrada domino player's "الحشد ولدنا"; a Muscat daily's sports page, "مسقط -
«الشبيبة»", with a Seeb fan's "بس الكورة متعة مب مشاكل"; an Amman daily's Irbid page, "إربد -
«الغد»", with a greengrocer's "الناس بتشتري بالحبة"; a Riyadh business daily, "الرياض -
«الاقتصادية»", with a Souq al-Zal cloak seller's "واللي ما عنده زباين قدامى يتعب") and on
programmes and regions they do not touch (the Treasury's and State Department's listing of
Kata'ib Sayyid al-Shuhada and its secretary-general Abu Alaa al-Walai, November 2023; the US
lifting its sanctions on Belaruskali after 123 prisoners were freed, December 2025; the State
Department's 120-day waiver for Iraq's payments for Iranian electricity and gas, November 2023;
the Council of the EU prolonging its Iran drones-and-missiles regime to July 2025; Blinken's
threat of sanctions on the Netzah Yehuda battalion, April 2024; Timor-Leste joining ASEAN,
October 2025; the Egyptian-Somali military protocol with Egyptian troops for the new AU mission,
August 2024; Chad and Israel resuming relations, January 2019; the Iraqi parliament's law making
the Popular Mobilization Forces part of the armed forces, November 2016). Nine carry core events
of all ten alertable types (ten in all), nine occurred and one planned (Egypt that "ستنشر قوات
ضمن بعثة الاتحاد الأفريقي الجديدة في الصومال مطلع العام المقبل"), next to historical, negated and
stalled ones; three are near misses: a Muscat football page (a club fined «فرضت … غرامة», two
players banned, threats of harsher penalties «وهددت اللجنة … بفرض عقوبات أشد», a goalkeeper's ban
"رفعت", a Tunisian coach "وقع", a Syrian striker who "انضم", a captain's contract "مددت", a
sponsorship "وقعت", the league "علق" to "تستأنف", youth teams "دمج", police patrols "نشرت", stands
reopened), an Irbid local page (shops fined and threatened, a deadline "مددت", water "علقت" and
resumed, a training agreement "وقعت", the municipality that "انضمت إلى مبادرة وطنية", schools
merged, traffic patrols "نشرت", rubbish "رفعت", a park reopened) and a Riyadh business page (two
insurers that "وقعت … اتفاقية ملزمة للاندماج", a memorandum with a European reinsurer, a share's
trading "علقت" and resumed, a broker fined «فرضت … غرامة», cement prices "رفعت", a fintech and a
Gulf fund that "انضم", a penalty-waiver initiative "مددت", suppliers who "هدد … بوقف التوريد", a
frozen project, technical teams "نشرت", branches reopened).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على فصيل
«كتائب سيد الشهداء» العراقي وأمينه العام … «أبو آلاء الولائي»" imposes sanctions (core; the United
States, the Treasury and the State Department, whose designation "بالتزامن مع ذلك" is the same
act; the faction and al-Walai the targets, al-Walai unknown to the knowledge base; not Iraq, its
country, Iran, its backer, nor the IRGC, its trainer), "ولم تشمل العقوبات أي مسؤول في الحكومة
العراقية" a negated imposition, Kata'ib Hezbollah's designation "عام 2009" a historical
imposition, the talks on the coalition's mission "متعثرة" a stalled signing; the United States
that "رفعت العقوبات المفروضة على شركة «بيلاروسكالي»" lifts sanctions (core; the United States,
Donald Trump on whose instruction, and the envoy John Coale, unknown; Belaruskali the target; not
Lithuania nor Ukraine, where the freed prisoners arrived, nor Russia), the listing "في أغسطس 2021"
a historical imposition, Belavia's delisting "في سبتمبر الماضي" a historical lifting, "ولم يرفع
الاتحاد الأوروبي عقوباته المفروضة على قطاع البوتاس البيلاروسي" a negated lifting (Belarus the
target), the transit talks with Lithuania "متعثرة" a stalled signing; a State Department that
"جددت … الإعفاء الذي يسمح للعراق بدفع ثمن الكهرباء والغاز المستوردين من إيران دون التعرض
للعقوبات الأمريكية، لمدة 120 يوما" extends a suspension, a sanctions.suspended (core; the United
States and the State Department; Iraq the target; not Oman, whose banks hold the money, nor
Jordan), the first waiver "في نوفمبر 2018" a historical suspension and the reimposition on Iran's
energy sector in the same sentence a historical imposition, "ولم تعلق واشنطن العقوبات المفروضة
على المصارف الإيرانية" a negated suspension, the oil-for-gas swap talks "متعثرة" a stalled
signing; a Council of the EU that "مدد … العمل بالإطار القانوني للعقوبات المفروضة على إيران …
لمدة عام إضافي" extends sanctions (core; the EU, the Council and Josep Borrell, whose words
follow; Iran the target; not Russia, Ukraine or Israel), Borrell's "مستعدون لاتخاذ مزيد من
الإجراءات" no threat (no sanctions word), the April listing a historical imposition, "ولم يدرج
الاتحاد الحرس الثوري الإيراني على قائمته للمنظمات الإرهابية" a negated imposition, the nuclear
talks "متعثرة" a stalled signing, Pezeshkian's pledge "السعي إلى رفع العقوبات" no event; a
secretary of state who "هدد … بفرض عقوبات على كتيبة «نيتسح يهودا»" threatens sanctions (core; the
United States and Antony Blinken; the battalion the target, unknown to the knowledge base; not
Hamas, Palestine, nor Italy, where he spoke), Netanyahu's "فرض العقوبات على وحدة في الجيش" the
same threat in his words, no second event, the settlers listed "في فبراير الماضي" a historical
imposition, "ولم تفرض واشنطن أي عقوبات على وحدات أخرى في الجيش الإسرائيلي" a negated imposition,
the ceasefire talks "متعثرة" a stalled signing; Timor-Leste that "انضمت … رسميا … إلى رابطة دول
جنوب شرق آسيا" joins (core; Timor-Leste and Xanana Gusmão; ASEAN the body; not Malaysia, the
host, Myanmar, China, Indonesia, the Philippines or Australia), the United Nations "عام 2002" and
the WTO "في أغسطس من العام الماضي" historical joinings, Papua New Guinea that "لم تنضم" a negated
joining, the code-of-conduct talks with China "متعثرة" a stalled signing, the flag "رفع" no event;
Egypt and Somalia whose presidents "وقع … بروتوكول تعاون عسكري" sign (core; the two states,
el-Sisi and Hassan Sheikh Mohamud; no target; not Ethiopia, Turkey, Somaliland nor al-Shabaab),
Egypt that "ستنشر قوات ضمن بعثة الاتحاد الأفريقي الجديدة في الصومال" a planned presence (core;
Somalia the target), Ethiopia's memorandum with Somaliland "في الأول من يناير الماضي" a historical
signing, "ولم توقع مقديشو أي اتفاق مماثل مع أديس أبابا" a negated signing, the Ankara talks
"متعثرة" a stalled signing; Chad and Israel whose leaders "أعلن … استئناف العلاقات الدبلوماسية"
restore ties (core; the two states, Idriss Déby and Benjamin Netanyahu; not Libya, France, Hamas
nor Palestine), the break of 1972 no event, Israel and Guinea that "قد استأنفتا علاقاتهما
الدبلوماسية عام 2016" a historical restoration, Mali that "لم تعلن … أي خطوة لاستئناف علاقاتها مع
إسرائيل" a negated restoration (Mali is unknown to the knowledge base), the peace process
"متعثرة" a stalled signing; a parliament that "صوت … على قانون هيئة الحشد الشعبي، الذي يجعل فصائل
الحشد جزءا من القوات المسلحة العراقية" integrates forces (core; Iraq and its Council of
Representatives; the Popular Mobilization Forces the target; not Iran, the United States, the
United Nations nor the Islamic State), al-Abadi's order "في فبراير الماضي" a historical
integration, "ولم يشمل القانون قوات البيشمركة" a negated integration, the National Guard bill
"متعثرا" a stalled integration; a football page's fine, bans, threat, lifted ban, coach, transfer,
contracts, sponsorship, suspended league, merged teams, patrols and reopened stands, a local
page's fines, threat, deadline, water cut and resumed, training agreement, national initiative,
merged schools, patrols, rubbish and reopened park, and a business page's merger agreement,
memorandum, suspended share, fine, prices, fintech and fund joining, extended initiative,
suppliers' threat, frozen project, technical teams and reopened branches are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit 9c76747), in one run: events P 1.000 R 0.900 F1
0.947 (recall 9/10, precision 10/10: ten alerts right, none wrong by the scorer's count;
occurred core found 8/9, planned 1/1; historical 12/12, negated 9/9 and stalled 9/9 kept quiet
by the scorer's count). No annotation and no text was changed after the run.
Missed: in ar-hl09 the parliament's law "الذي يجعل فصائل الحشد جزءا من القوات المسلحة العراقية"
(and the headline's "ويجعله جزءا من القوات المسلحة") raises nothing: forces made part of the
army by a law or an order («يجعل X جزءا من القوات المسلحة|الجيش») have no trigger, the
forces.integrated entries reading only merging, absorbing, attaching, subjecting and joining verbs
(«دمج», «استيعاب», «إلحاق», «إخضاع», «التحق»; ``rasd/events/lexicons/ar.triggers.yaml``). No
wrong alert. One strict xfail on one article (ar-hl09 missed); do not tune lexicons on these
articles. The cause has sentences of its own in ``RULES``, strict xfails until fixed, beside
neighbouring forms that pass («بدمج … في الجيش», «إلحاق … بالقوات المسلحة»).

Also seen, not scored: in ar-hl05 the lead "هدد وزير الخارجية الأمريكي أنتوني بلينكن بفرض عقوبات
على كتيبة «نيتسح يهودا» … بسبب انتهاكات … قبل السابع من أكتوبر" is a historical threat: the date
of the offence in the reason clause («بسبب انتهاكات ارتكبت عام 2021», «هجمات نفذت في أكتوبر
الماضي», «قبل السابع من أكتوبر») is taken for the date of the sanction itself (``decide``,
``rasd/events/status.py``); the occurred threat comes from the headline's «تلوح» with no Blinken
and no target, so the article passes on the United States alone. This cause too has rule
sentences, strict xfails, beside the undated reason and the pluperfect that pass. Also: in ar-hl01
the State Department's designation is a second occurred imposition with no target (the scorer
counts it with the first), al-Walai is unknown; in ar-hl02 neither Trump nor John Coale is an
actor, the 2021 listing has no target and the stalled transit talks have the EU for Lithuania; in
ar-hl03 the waiver has no target (Iraq is not taken from «للعراق») and is raised from the
headline's «إعفاء», the 2018 waiver and the reimposition on Iran's energy give nothing, and the
swap talks give nothing; in ar-hl04 Borrell is no actor, the April listing and the IRGC's
negated listing give nothing; in ar-hl05 the negated imposition has Palestine beside the IDF for
targets, the settlers' listing and the ceasefire talks give nothing; in ar-hl06 the joining is
raised from the headline's «تصبح» with no Gusmão, the UN and WTO joinings are one historical
event, and Papua New Guinea's negated joining gives nothing; in ar-hl07 the presence has the
African Union for an actor, Somaliland is the target of Ethiopia's memorandum, the negated
signing has Egypt for an actor and the Ankara talks give nothing; in ar-hl08 neither Netanyahu
nor Déby is an actor, Guinea's restoration and Mali's negated one (Mali is unknown) give nothing;
in ar-hl09 al-Abadi's order, the Peshmerga and the National Guard bill give nothing, for the same
reason as the miss or for want of a merging verb. The Muscat, Irbid and Riyadh pages raise
nothing.

``python -m tests.unit.test_heldout56_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-04): events P 1.000 R 1.000 F1 1.000 (recall 10/10,
precision 11/11). Fixed as general causes: forces made part of the army by a law or an order
(«يجعل X جزءا من القوات المسلحة») are integrated (a ``forces.integrated`` trigger with the
``part_of_army`` cue, ``ar.triggers.yaml``, ``ar.cues.yaml``); the dates of a reason clause
(«بسبب», «لدوره», «بتهمة», «جراء» …) after the trigger are the offence's, not the sanction's
(``_REASON_AR`` in ``decide``, ``rasd/events/status.py``).
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

_US = "United States"
_TREASURY = "United States Department of the Treasury"
_STATE = "United States Department of State"
_EU = "European Union"
_COUNCIL_EU = "Council of the European Union"
_PMF = "Popular Mobilization Forces"
_IQ_PARL = "Council of Representatives of Iraq"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alsharq-treasury-sanctions-kataib-sayyid-al-shuhada-2023",
        date(2023, 11, 18),
        """واشنطن تفرض عقوبات على «كتائب سيد الشهداء» وأمينها العام أبو آلاء الولائي

واشنطن - «الشرق»

فرضت وزارة الخزانة الأمريكية، مساء الجمعة، عقوبات على فصيل «كتائب سيد الشهداء» العراقي وأمينه العام هاشم فنيان رحيم السراجي المعروف بـ«أبو آلاء الولائي»، متهمة الفصيل بالمشاركة في الهجمات بالطائرات المسيرة والصواريخ التي استهدفت القوات الأمريكية في العراق وسوريا منذ منتصف أكتوبر الماضي.

وبالتزامن مع ذلك، صنفت وزارة الخارجية الأمريكية الفصيل منظمة إرهابية أجنبية، ما يجعل تقديم أي دعم مادي له جريمة يعاقب عليها القانون الأمريكي، ويجمد أي أصول تابعة له أو لأمينه العام تخضع للولاية القضائية الأمريكية.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نيلسون، في بيان، إن "الميليشيات المتحالفة مع إيران تواصل تهديد أمن العراق والمنطقة"، وأضاف: "سنستخدم كل الأدوات المتاحة لنا لحماية أفراد الولايات المتحدة ومحاسبة من يقف وراء هذه الهجمات".

وأكد المتحدث باسم وزارة الخارجية ماثيو ميلر أن الفصيل "يتلقى التمويل والتدريب من الحرس الثوري الإيراني"، مشيرا إلى أن واشنطن أبلغت الحكومة العراقية مسبقا بالقرار.

ولم تشمل العقوبات أي مسؤول في الحكومة العراقية، بحسب مسؤول أمريكي تحدث للصحافيين شرط عدم الكشف عن اسمه، موضحا أن الإدارة "تقدر جهود رئيس الوزراء محمد شياع السوداني في ملاحقة المهاجمين".

وكانت وزارة الخارجية الأمريكية قد صنفت «كتائب حزب الله» منظمة إرهابية عام 2009، بعد سلسلة هجمات على القوات الأمريكية خلال سنوات الوجود العسكري الواسع في العراق.

من جهته، رد الولائي في تغريدة على منصة «إكس» قائلا إن العقوبات "وسام على صدورنا"، وإن الفصيل "لن يتراجع عن دعم المقاومة في غزة".

ويأتي القرار فيما لا تزال المباحثات بين بغداد وواشنطن بشأن جدول زمني لإنهاء مهمة التحالف الدولي متعثرة، وسط ضغوط من قوى في «الإطار التنسيقي» لإخراج القوات الأجنبية من البلاد.

وفي شارع المتنبي ببغداد، قال بائع كتب ستيني وهو يرتب بسطته: "إحنا تعبنا من هالسالفة، كل يوم عقوبات وصواريخ، والناس تريد كهرباء وشغل، مو حروب بالنيابة".

ويرى مراقبون أن إدراج الفصيل على قائمة الإرهاب قد يعقد مشاركة حلفائه في انتخابات مجالس المحافظات المقررة في ديسمبر المقبل، فيما تتواصل الهجمات على قاعدتي عين الأسد وحرير رغم الدعوات إلى التهدئة.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, _STATE],
                ["Kata'ib Sayyid al-Shuhada", "Abu Alaa al-Walai"],
            ),
            # "ولم تشمل العقوبات أي مسؤول في الحكومة العراقية",
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Iraq"], core=False),
            # Kata'ib Hezbollah's designation "عام 2009",
            G("sanctions.imposed", "historical", [_US, _STATE], ["Kata'ib Hezbollah"], core=False),
            # the talks on the coalition's mission "متعثرة",
            G("agreement.signed", "stalled", ["Iraq", _US], [], core=False),
        ],
        not_targets=["Iraq", "Iran", "Islamic Revolutionary Guard Corps"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alaraby-vilnius-us-lifts-sanctions-on-belaruskali-2025",
        date(2025, 12, 14),
        """واشنطن ترفع العقوبات عن «بيلاروسكالي» بعد الإفراج عن 123 سجينا

فيلنيوس - «العربي الجديد»

أعلن المبعوث الأمريكي الخاص إلى بيلاروسيا جون كول، أمس السبت، أن الولايات المتحدة رفعت العقوبات المفروضة على شركة «بيلاروسكالي» الحكومية لإنتاج البوتاس، في خطوة جاءت بعد ساعات من إفراج سلطات مينسك عن 123 سجينا، بينهم الحائز جائزة نوبل للسلام أليس بيالياتسكي والمعارضة ماريا كوليسنيكوفا.

وقال كول للصحافيين في مينسك، عقب لقائه الرئيس ألكسندر لوكاشينكو، إن القرار اتخذ "بتوجيه من الرئيس دونالد ترامب"، وأضاف: "كلما أفرج عن مزيد من السجناء، رفعنا مزيدا من العقوبات، هذه هي المعادلة".

ووصل معظم المفرج عنهم إلى الأراضي الليتوانية والأوكرانية في حافلات رافقتها سيارات دبلوماسية أمريكية، فيما قالت زعيمة المعارضة في المنفى سفيتلانا تيخانوفسكايا إنها "سعيدة بحرية رفاقنا، لكن أكثر من ألف سجين سياسي ما زالوا خلف القضبان".

وكانت واشنطن قد فرضت عقوبات على الشركة في أغسطس 2021، في الذكرى الأولى للانتخابات الرئاسية المتنازع عليها، ضمن حزمة استهدفت مصادر العملة الصعبة للحكومة البيلاروسية.

وكانت الإدارة الأمريكية قد رفعت في سبتمبر الماضي العقوبات عن شركة الطيران الوطنية «بيلافيا»، بعد صفقة مماثلة شملت الإفراج عن 52 سجينا.

ولم يرفع الاتحاد الأوروبي عقوباته المفروضة على قطاع البوتاس البيلاروسي، إذ أكد متحدث باسم المفوضية الأوروبية أن الاتحاد "لا يرى أي سبب لتغيير موقفه ما دامت مينسك تدعم الحرب الروسية على أوكرانيا".

وتعد بيلاروسيا من أكبر منتجي الأسمدة البوتاسية في العالم، وكانت تصدر معظم إنتاجها عبر ميناء كلايبيدا الليتواني قبل أن توقف فيلنيوس عبور الشحنات عام 2022، فيما لا تزال المحادثات بين البلدين بشأن استئناف العبور متعثرة.

وقال مسؤول في وزارة الخارجية الليتوانية إن بلاده "لن تسمح بمرور البوتاس البيلاروسي عبر أراضيها، بغض النظر عن القرار الأمريكي".

وفي مقهى بالحي القديم في فيلنيوس، قال طالب بيلاروسي يعيش في المدينة منذ أربع سنوات: "أمي بكت على الهاتف، خالي كان بين المفرج عنهم، بس مين بيضمن ما يرجعوا يعتقلوا غيرهم بكرة؟".

ويرى محللون أن واشنطن تسعى إلى إبعاد مينسك تدريجيا عن موسكو، في حين يخشى معارضون أن تتحول الإفراجات إلى "سوق مقايضة" تعيد فيها السلطات ملء السجون بمعتقلين جدد.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, "Donald Trump", "John Coale"],
                ["Belaruskali"],
            ),
            # the listing "في أغسطس 2021",
            G("sanctions.imposed", "historical", [_US], ["Belaruskali"], core=False),
            # Belavia's delisting "في سبتمبر الماضي",
            G("sanctions.lifted", "historical", [_US], ["Belavia"], core=False),
            # "ولم يرفع الاتحاد الأوروبي عقوباته المفروضة على قطاع البوتاس البيلاروسي",
            G("sanctions.lifted", "negated", [_EU], ["Belarus"], core=False),
            # the transit talks with Lithuania "متعثرة",
            G("agreement.signed", "stalled", ["Belarus", "Lithuania"], [], core=False),
        ],
        not_targets=["Lithuania", "Ukraine", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alsabah-aljadeed-baghdad-waiver-for-iranian-energy-2023",
        date(2023, 11, 16),
        """الخارجية الأمريكية تمدد إعفاء العراق من العقوبات لاستيراد الطاقة الإيرانية 120 يوما

بغداد - «الصباح الجديد»

جددت وزارة الخارجية الأمريكية الإعفاء الذي يسمح للعراق بدفع ثمن الكهرباء والغاز المستوردين من إيران دون التعرض للعقوبات الأمريكية، لمدة 120 يوما إضافية، بحسب ما أكده مصدر في وزارة الكهرباء العراقية لـ«الصباح الجديد» أمس الأربعاء.

وقال المصدر إن الإعفاء الجديد "يتيح تحويل المستحقات المتراكمة إلى حسابات إيرانية في مصارف بسلطنة عمان، على أن تستخدم حصرا لشراء السلع غير الخاضعة للعقوبات مثل الغذاء والدواء"، مضيفا أن المبالغ تتجاوز عشرة مليارات دولار.

وأكد متحدث باسم وزارة الخارجية الأمريكية، ردا على سؤال لوكالة «فرانس برس»، أن الخطوة "روتينية وتتفق مع الإعفاءات التي منحتها الإدارات السابقة"، وأضاف: "لن تصل أي أموال إلى الحكومة الإيرانية بشكل مباشر".

وكانت إدارة الرئيس دونالد ترامب قد منحت العراق أول إعفاء من هذا النوع في نوفمبر 2018، بعد إعادة فرض العقوبات على قطاع الطاقة الإيراني، وجرى تجديده منذ ذلك الحين بشكل دوري لفترات تراوحت بين 30 و120 يوما.

ولم تعلق واشنطن العقوبات المفروضة على المصارف الإيرانية، وفق مسؤول في البنك المركزي العراقي، أوضح أن التحويلات "تخضع لرقابة مشددة من الجانب الأمريكي في كل مرحلة".

ويعتمد العراق على الغاز الإيراني لتشغيل محطات توليد تنتج نحو ثلث الكهرباء في البلاد، فيما تتكرر الانقطاعات في فصل الصيف حين تتجاوز درجات الحرارة خمسين درجة مئوية.

ولا تزال المحادثات بين بغداد وطهران بشأن اتفاق لمقايضة النفط العراقي بالغاز الإيراني متعثرة، بسبب خلافات حول آلية التسعير والجهة التي تتولى النقل، بحسب مسؤول في وزارة النفط.

وقال وزير الكهرباء زياد علي فاضل، في تصريح متلفز، إن الوزارة "تعمل على تنويع مصادر الطاقة عبر الربط الكهربائي مع الأردن ودول الخليج"، مؤكدا أن خط الربط مع الأردن "سيدخل الخدمة قريبا".

وفي أحد أحياء مدينة الصدر، قال صاحب مولدة أهلية: "الحكومة كل سنة تحچي عن الكهرباء، وإحنا كل صيف نفس القصة، الناس تدفع لي أكثر مما تدفع للدولة".

ويرى اقتصاديون أن اعتماد العراق على الطاقة الإيرانية يضعه في موقف حرج بين حليفيه، في ظل تصاعد التوتر في المنطقة منذ اندلاع الحرب في غزة.""",
        [
            G("sanctions.suspended", "occurred", [_US, _STATE], ["Iraq"]),
            # the first waiver "في نوفمبر 2018",
            G("sanctions.suspended", "historical", [_US, "Donald Trump"], ["Iraq"], core=False),
            # "بعد إعادة فرض العقوبات على قطاع الطاقة الإيراني",
            G("sanctions.imposed", "historical", [_US], ["Iran"], core=False),
            # "ولم تعلق واشنطن العقوبات المفروضة على المصارف الإيرانية",
            G("sanctions.suspended", "negated", [_US], ["Iran"], core=False),
            # the oil-for-gas swap talks "متعثرة",
            G("agreement.signed", "stalled", ["Iraq", "Iran"], [], core=False),
        ],
        not_targets=["Oman", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-iranintl-council-of-the-eu-extends-iran-drone-regime-2024",
        date(2024, 7, 23),
        """الاتحاد الأوروبي يمدد عقوباته على إيران بسبب المسيرات والصواريخ عاما إضافيا

لندن - «إيران إنترناشيونال»

مدد مجلس الاتحاد الأوروبي، أمس الاثنين، العمل بالإطار القانوني للعقوبات المفروضة على إيران بسبب دعمها العسكري لروسيا في حربها على أوكرانيا وللجماعات المسلحة في الشرق الأوسط، لمدة عام إضافي حتى السابع والعشرين من يوليو 2025.

وقال المجلس، في بيان نشره على موقعه، إن الإجراءات تشمل حظر سفر وتجميد أصول نحو ثلاثين شخصا وكيانا، إضافة إلى حظر تصدير المكونات المستخدمة في صناعة الطائرات المسيرة والصواريخ من الاتحاد إلى إيران.

وأكد مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل أن التمديد "رسالة واضحة بأن أوروبا لن تقف مكتوفة الأيدي أمام توريد المسيرات التي تقصف المدن الأوكرانية"، وأضاف: "نحن مستعدون لاتخاذ مزيد من الإجراءات إذا ثبت نقل صواريخ باليستية إلى روسيا".

وكان الاتحاد قد فرض في أبريل الماضي عقوبات على عدد من المسؤولين والشركات الإيرانية، بعد الهجوم الإيراني بالمسيرات والصواريخ على إسرائيل، كما وسع نطاق النظام ليشمل الصواريخ إلى جانب المسيرات.

ولم يدرج الاتحاد الحرس الثوري الإيراني على قائمته للمنظمات الإرهابية، رغم مطالبات البرلمان الأوروبي المتكررة، إذ يقول دبلوماسيون إن ذلك يتطلب حكما قضائيا من إحدى الدول الأعضاء.

في المقابل، قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن القرار "يفتقر إلى أي أساس قانوني"، معتبرا أن الاتهامات الأوروبية "ذرائع مكررة لتبرير سياسات عدائية ضد الشعب الإيراني".

ويأتي التمديد فيما لا تزال المحادثات بين طهران والقوى الأوروبية بشأن البرنامج النووي متعثرة، بعد أن رفعت إيران مستوى تخصيب اليورانيوم وقلصت تعاونها مع مفتشي الوكالة الدولية للطاقة الذرية.

ويترقب الدبلوماسيون الخطوات الأولى للرئيس المنتخب مسعود بزشكيان، الذي تعهد خلال حملته الانتخابية بتحسين العلاقات مع الغرب والسعي إلى رفع العقوبات عن الاقتصاد الإيراني.

وفي بازار طهران الكبير، قال تاجر سجاد في اتصال مع «إيران إنترناشيونال»: "الشغل خراب، الدولار كل يوم بسعر، وكل ما يطلع خبر عن عقوبات الناس تشتري ذهب وتقعد في البيت، منو يشتري سجاد بهالوضع؟".

ويرى محللون أن الاتحاد يحاول الموازنة بين الضغط على طهران وإبقاء قنوات الحوار مفتوحة، في وقت تتزايد فيه المخاوف من توسع الحرب في المنطقة.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_EU, _COUNCIL_EU, "Josep Borrell"],
                ["Iran"],
            ),
            # the listing "في أبريل الماضي",
            G("sanctions.imposed", "historical", [_EU], ["Iran"], core=False),
            # "ولم يدرج الاتحاد الحرس الثوري الإيراني على قائمته للمنظمات الإرهابية",
            G(
                "sanctions.imposed",
                "negated",
                [_EU],
                ["Islamic Revolutionary Guard Corps"],
                core=False,
            ),
            # the nuclear talks "متعثرة",
            G("agreement.signed", "stalled", ["Iran", _EU], [], core=False),
        ],
        not_targets=["Russia", "Ukraine", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-arab48-blinken-threatens-netzah-yehuda-battalion-2024",
        date(2024, 4, 21),
        """واشنطن تلوح بعقوبات على كتيبة «نيتسح يهودا».. ونتنياهو: سأتصدى للقرار بكل قوتي

الناصرة - «عرب 48»

هدد وزير الخارجية الأمريكي أنتوني بلينكن بفرض عقوبات على كتيبة «نيتسح يهودا» التابعة للجيش الإسرائيلي، بسبب انتهاكات لحقوق الإنسان ارتكبها جنودها بحق فلسطينيين في الضفة الغربية المحتلة قبل السابع من أكتوبر، في سابقة هي الأولى من نوعها بحق وحدة عسكرية إسرائيلية.

وقال بلينكن للصحافيين في إيطاليا، على هامش اجتماع وزراء خارجية مجموعة السبع، إنه "اتخذ قرارات" بشأن الملف، وأضاف: "ستطلعون عليها في الأيام المقبلة"، من دون أن يكشف مزيدا من التفاصيل.

وتستند الخطوة إلى «قانون ليهي» الأمريكي، الذي يحظر تقديم المساعدات العسكرية إلى وحدات أمنية أجنبية يثبت تورطها في انتهاكات جسيمة لحقوق الإنسان، ومن بين القضايا المرتبطة بالكتيبة وفاة المسن الفلسطيني الأمريكي عمر أسعد بعد احتجازه في قرية جلجليا عام 2022.

وقال رئيس الحكومة الإسرائيلية بنيامين نتنياهو، في بيان مصور، إن فرض العقوبات على وحدة في الجيش "قمة العبثية وانحدار أخلاقي"، وأضاف: "الحكومة التي أترأسها ستتصدى لهذه الخطوات بكل الوسائل".

وأكد الوزير في مجلس الحرب بيني غانتس أنه تحدث إلى بلينكن وطلب منه "إعادة النظر في القرار"، معتبرا أن الخطوة "تشكل سابقة خطيرة وترسل رسالة خاطئة إلى أعدائنا".

وكانت الإدارة الأمريكية قد فرضت في فبراير الماضي عقوبات على أربعة مستوطنين متهمين بالاعتداء على فلسطينيين في الضفة الغربية، بموجب أمر تنفيذي وقعه الرئيس جو بايدن.

ولم تفرض واشنطن أي عقوبات على وحدات أخرى في الجيش الإسرائيلي، إذ قال مسؤولون أمريكيون إن وحدات أخرى خضعت للمراجعة "عالجت المخالفات بما يكفي".

وتأتي هذه التطورات فيما لا تزال المفاوضات غير المباشرة بين إسرائيل وحركة «حماس» بشأن وقف إطلاق النار وتبادل الأسرى متعثرة، رغم جهود الوسطاء في القاهرة والدوحة.

وفي رام الله، قال شقيق أحد المعتقلين الذين مروا بحاجز للكتيبة: "إحنا شفنا منهم كل إشي، ضرب وإهانة على الحواجز، بس ما بنصدق إنه أمريكا رح تعاقب حدا، بدنا نشوف بعينينا".

ويشير محللون إسرائيليون إلى أن الكتيبة، التي أنشئت أواخر التسعينيات لاستيعاب الشبان المتدينين المتشددين، نقلت من الضفة الغربية إلى الشمال أواخر 2022 بعد ضغوط أمريكية.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [_US, "Antony Blinken"],
                ["Netzah Yehuda Battalion"],
            ),
            # the settlers listed "في فبراير الماضي",
            G("sanctions.imposed", "historical", [_US, "Joe Biden"], [], core=False),
            # "ولم تفرض واشنطن أي عقوبات على وحدات أخرى في الجيش الإسرائيلي",
            G(
                "sanctions.imposed",
                "negated",
                [_US],
                ["Israel Defense Forces"],
                core=False,
            ),
            # the ceasefire talks "متعثرة",
            G("agreement.signed", "stalled", ["Israel", "Hamas"], [], core=False),
        ],
        not_targets=["Hamas", "Palestine", "Italy"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-aljazeera-kualalumpur-timor-leste-joins-asean-2025",
        date(2025, 10, 27),
        """تيمور الشرقية تصبح العضو الحادي عشر في «آسيان» بعد انتظار 14 عاما

كوالالمبور - «الجزيرة نت»

انضمت تيمور الشرقية رسميا، أمس الأحد، إلى رابطة دول جنوب شرق آسيا «آسيان»، لتصبح العضو الحادي عشر في التكتل الإقليمي، خلال حفل أقيم في افتتاح القمة السابعة والأربعين للرابطة في العاصمة الماليزية كوالالمبور.

ورفع علم تيمور الشرقية إلى جانب أعلام الدول الأعضاء العشر، وسط تصفيق القادة، فيما وقف رئيس الوزراء شانانا غوسماو متأثرا وهو يستمع إلى النشيد الوطني لبلاده.

وقال رئيس الوزراء الماليزي أنور إبراهيم، الذي تتولى بلاده الرئاسة الدورية للرابطة، إن "العائلة اكتملت اليوم"، وأضاف: "تيمور الشرقية ليست ضيفا بعد الآن، بل شريك كامل في صنع مستقبل منطقتنا".

وأكد غوسماو في كلمته أن انضمام بلاده "حلم تحقق بعد نضال طويل"، مشيرا إلى أن تيمور الشرقية "ستتعلم من تجارب جيرانها وتسهم في استقرار المنطقة وازدهارها".

وكانت تيمور الشرقية قد انضمت إلى الأمم المتحدة عام 2002 بعد أشهر من استقلالها عن إندونيسيا، وتقدمت بطلب العضوية في «آسيان» عام 2011، كما انضمت إلى منظمة التجارة العالمية في أغسطس من العام الماضي.

ولم تنضم بابوا غينيا الجديدة، التي تحمل صفة مراقب في الرابطة منذ عام 1976، إلى التكتل حتى الآن، رغم تجدد النقاش حول توسيع العضوية.

وتأتي القمة فيما لا تزال المفاوضات بين «آسيان» والصين بشأن مدونة سلوك في بحر الصين الجنوبي متعثرة، بعد أكثر من عقدين على إطلاقها، وسط توتر متصاعد بين بكين ومانيلا حول الجزر المتنازع عليها.

وغاب عن القمة ممثلو المجلس العسكري الحاكم في ميانمار على المستوى السياسي، التزاما بقرار الرابطة استبعادهم منذ انقلاب عام 2021، فيما شارك في الاجتماعات ممثل غير سياسي.

وفي سوق للأسماك في العاصمة ديلي، قال بائع في الأربعينات من عمره لمراسل «الجزيرة نت»، بلغة التيتوم: "كنا ننتظر هذا اليوم منذ كنت شابا، نريد أن يأتي المستثمرون ويجد أبناؤنا عملا هنا بدل السفر إلى أستراليا".

ويرى خبراء أن تيمور الشرقية، وهي من أفقر دول المنطقة ويعتمد اقتصادها على عائدات النفط والغاز، ستحتاج إلى سنوات لاستيفاء كل التزامات العضوية، بما فيها أكثر من ألف وثيقة واتفاقية.""",
        [
            G("alliance.joined", "occurred", ["Timor-Leste", "Xanana Gusmão"], ["ASEAN"]),
            # the United Nations "عام 2002",
            G("alliance.joined", "historical", ["Timor-Leste"], ["United Nations"], core=False),
            # the WTO "في أغسطس من العام الماضي",
            G(
                "alliance.joined",
                "historical",
                ["Timor-Leste"],
                ["World Trade Organization"],
                core=False,
            ),
            # Papua New Guinea that "لم تنضم",
            G("alliance.joined", "negated", ["Papua New Guinea"], ["ASEAN"], core=False),
            # the code-of-conduct talks "متعثرة",
            G("agreement.signed", "stalled", ["ASEAN", "China"], [], core=False),
        ],
        not_targets=["Malaysia", "Myanmar", "China", "Indonesia", "Philippines", "Australia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alwatan-cairo-egypt-somalia-military-protocol-2024",
        date(2024, 8, 15),
        """مصر والصومال توقعان بروتوكولا للتعاون العسكري.. والقاهرة ستشارك بقوات في البعثة الأفريقية

القاهرة - «الوطن»

وقع الرئيس عبد الفتاح السيسي ونظيره الصومالي حسن شيخ محمود، أمس الأربعاء، بروتوكول تعاون عسكري بين البلدين، خلال مباحثات موسعة في قصر الاتحادية بمصر الجديدة، تناولت الأوضاع في منطقة القرن الأفريقي وأمن البحر الأحمر.

وأكد السيسي، في مؤتمر صحفي مشترك، أن مصر "ستنشر قوات ضمن بعثة الاتحاد الأفريقي الجديدة في الصومال مطلع العام المقبل"، بناء على طلب الحكومة الصومالية، مضيفا أن بلاده "لن تسمح بأي تهديد لأمن الصومال أو المساس بوحدة أراضيه".

وقال الرئيس الصومالي إن بلاده "تقدر الموقف المصري الثابت"، وأضاف: "مصر كانت دائما إلى جانب الشعب الصومالي، وهذا البروتوكول يضع تعاوننا على أسس جديدة".

من جانبه، أوضح وزير الخارجية والهجرة الدكتور بدر عبد العاطي أن البروتوكول يشمل التدريب وتبادل الخبرات ودعم قدرات الجيش الصومالي في مواجهة حركة «الشباب»، مشيرا إلى أن القاهرة "على تواصل مستمر مع الاتحاد الأفريقي بشأن ترتيبات البعثة".

ويأتي التقارب بين القاهرة ومقديشو بعد أشهر من مذكرة التفاهم التي وقعتها إثيوبيا مع إقليم «أرض الصومال» الانفصالي في الأول من يناير الماضي، والتي تمنح أديس أبابا منفذا على البحر الأحمر مقابل اعتراف محتمل بالإقليم، وهو ما اعتبرته الحكومة الصومالية اعتداء على سيادتها.

ولم توقع مقديشو أي اتفاق مماثل مع أديس أبابا منذ ذلك الحين، فيما لا تزال المحادثات بين البلدين التي تستضيفها أنقرة متعثرة بعد جولتين لم تحققا أي تقدم.

وأبدت إثيوبيا قلقها من الخطوة، إذ قال مصدر في وزارة الخارجية الإثيوبية إن بلاده "لن تقف مكتوفة الأيدي" إزاء أي ترتيبات "تزعزع استقرار المنطقة".

وتشهد العلاقات بين القاهرة وأديس أبابا توترا منذ سنوات بسبب سد النهضة، الذي تقول مصر إنه يهدد حصتها من مياه النيل، بعد أن أعلنت إثيوبيا اكتمال الملء الرابع للسد العام الماضي.

وفي مقهى شعبي بحي السيدة زينب، قال موظف متقاعد وهو يتابع نشرة الأخبار: "الصومال بلد شقيق، وإحنا لازم نقف جنبهم، بس ربنا يستر وما نتورطش في حاجة بعيدة عننا".

ويرى محللون أن القاهرة تسعى إلى تعزيز حضورها في القرن الأفريقي ردا على التحركات الإثيوبية، في حين تخشى أطراف إقليمية أن يؤدي التنافس إلى مزيد من التوتر في منطقة تعاني أصلا من الهشاشة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Egypt", "Somalia", "Abdel Fattah el-Sisi", "Hassan Sheikh Mohamud"],
                [],
            ),
            G("military.presence", "planned", ["Egypt"], ["Somalia"]),
            # Ethiopia's memorandum with Somaliland "في الأول من يناير الماضي",
            G("agreement.signed", "historical", ["Ethiopia", "Somaliland"], [], core=False),
            # "ولم توقع مقديشو أي اتفاق مماثل مع أديس أبابا",
            G("agreement.signed", "negated", ["Somalia", "Ethiopia"], [], core=False),
            # the Ankara talks "متعثرة",
            G("agreement.signed", "stalled", ["Somalia", "Ethiopia"], [], core=False),
        ],
        not_targets=["Ethiopia", "Turkey", "Somaliland", "Al-Shabaab"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-afp-ndjamena-chad-and-israel-resume-relations-2019",
        date(2019, 1, 20),
        """تشاد وإسرائيل تستأنفان العلاقات الدبلوماسية بعد قطيعة 47 عاما

نجامينا (أ ف ب) - أعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس التشادي إدريس ديبي، اليوم الأحد، استئناف العلاقات الدبلوماسية بين البلدين، خلال زيارة قصيرة قام بها نتنياهو إلى العاصمة التشادية نجامينا، هي الأولى لرئيس وزراء إسرائيلي إلى هذا البلد الأفريقي ذي الغالبية المسلمة.

وقال نتنياهو في مؤتمر صحفي مشترك في القصر الرئاسي إن "هذه زيارة تاريخية، إسرائيل تعود إلى أفريقيا بقوة"، وأضاف: "تشاد دولة مهمة جدا، ونحن نصنع التاريخ".

من جهته، أكد ديبي أن "استئناف العلاقات لا يعني التخلي عن القضية الفلسطينية"، مشيرا إلى أن بلاده "تبقى متمسكة بحل الدولتين وبحق الشعب الفلسطيني في دولة مستقلة".

وتبادل الجانبان خلال الزيارة رسائل تتعلق بإقامة العلاقات، وبحثا التعاون في مجالات الأمن والزراعة والمياه، وسط تقارير عن اهتمام تشادي بالحصول على معدات عسكرية إسرائيلية لمواجهة الجماعات المسلحة في منطقة بحيرة تشاد والحدود الليبية.

وكانت تشاد قد قطعت علاقاتها مع إسرائيل عام 1972، تحت ضغط من الزعيم الليبي الراحل معمر القذافي، فيما زار ديبي إسرائيل في نوفمبر الماضي في زيارة وصفت حينها بأنها مهدت لهذه الخطوة.

وكانت إسرائيل وغينيا قد استأنفتا علاقاتهما الدبلوماسية عام 2016، في إطار ما يسميه نتنياهو "العودة إلى أفريقيا".

ولم تعلن مالي حتى الآن أي خطوة لاستئناف علاقاتها مع إسرائيل، رغم تقارير إعلامية إسرائيلية عن اتصالات بين الجانبين، فيما لمح نتنياهو إلى "دول أخرى في الطريق" من دون أن يسميها.

وتأتي الزيارة فيما لا تزال عملية السلام بين إسرائيل والفلسطينيين متعثرة منذ توقف المفاوضات عام 2014.

ونددت حركة «حماس» بالخطوة، ووصفتها في بيان بأنها "طعنة في ظهر الشعب الفلسطيني"، ودعت الدول العربية والإسلامية إلى "عدم الانزلاق نحو التطبيع".

وفي سوق نجامينا الكبير، قال تاجر قماش بالعربية التشادية: "نحن ما عندنا مشكلة مع أي زول، المهم الحكومة تجيب شغل للشباب، والأسعار تنزل شوية".

ويرى مراقبون أن الخطوة تعكس رغبة ديبي في تعزيز علاقاته مع واشنطن وحلفائها، في وقت يواجه فيه تمردا مسلحا في الشمال، بعد أن تدخلت طائرات فرنسية الأسبوع الماضي لقصف رتل للمتمردين قادم من الأراضي الليبية.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Chad", "Israel", "Idriss Déby", "Benjamin Netanyahu"],
                [],
            ),
            # Israel and Guinea "عام 2016",
            G("relations.restored", "historical", ["Israel", "Guinea"], [], core=False),
            # Mali that "لم تعلن … أي خطوة لاستئناف علاقاتها مع إسرائيل",
            G("relations.restored", "negated", ["Mali"], ["Israel"], core=False),
            # the peace process "متعثرة",
            G("agreement.signed", "stalled", ["Israel", "Palestine"], [], core=False),
        ],
        not_targets=["Libya", "France", "Hamas", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-almasalla-baghdad-parliament-passes-pmf-law-2016",
        date(2016, 11, 27),
        """البرلمان العراقي يقر قانون «الحشد الشعبي» ويجعله جزءا من القوات المسلحة

بغداد - «المسلة»

صوت مجلس النواب العراقي، في جلسته التي عقدها أمس السبت برئاسة سليم الجبوري، على قانون هيئة الحشد الشعبي، الذي يجعل فصائل الحشد جزءا من القوات المسلحة العراقية، مرتبطة بالقائد العام للقوات المسلحة، وسط مقاطعة نواب «تحالف القوى العراقية» للتصويت.

وينص القانون على أن تكون هيئة الحشد الشعبي "كيانا قانونيا وجزءا من القوات المسلحة العراقية"، تخضع لضوابط الخدمة العسكرية من حيث الرواتب والرتب والمحاسبة، مع فك ارتباط منتسبيها بأي أطر سياسية أو حزبية.

وقال رئيس مجلس الوزراء القائد العام للقوات المسلحة الدكتور حيدر العبادي، في بيان، إن القانون "يضع الحشد تحت سلطة الدولة ويقطع الطريق على من يريد التشكيك في وطنية أبنائه"، وأضاف: "الحشد ليس بديلا عن الجيش، بل سند له".

وأكد رئيس هيئة الحشد الشعبي فالح الفياض أن الهيئة "ستلتزم بكل ما ورد في القانون"، مشيرا إلى أن مقاتلي الحشد "يواصلون القتال إلى جانب القوات الأمنية على محاور الموصل".

وكان العبادي قد أصدر في فبراير الماضي أمرا ديوانيا يجعل الحشد تشكيلا عسكريا مستقلا، غير أن القانون الجديد يمنح الهيئة غطاء تشريعيا دائما لا يمكن إلغاؤه إلا بقرار من البرلمان.

ولم يشمل القانون قوات البيشمركة التابعة لإقليم كردستان، التي تنظمها قوانين الإقليم، بحسب ما أوضحه نائب كردي في تصريح صحفي.

واعترض نواب سنة على التصويت، وقال النائب عن «تحالف القوى» في مؤتمر صحفي إن القانون "ينسف مبدأ الشراكة"، مطالبين بإقرار قانون الحرس الوطني أولا، الذي لا يزال مشروعه متعثرا في أروقة المجلس منذ عامين بسبب الخلافات حول صلاحيات المحافظات.

وأشاد نائب رئيس هيئة الحشد أبو مهدي المهندس بالتصويت، معتبرا إياه "وفاء لدماء الشهداء"، فيما دعت بعثة الأمم المتحدة في العراق إلى "ضمان خضوع جميع الفصائل المسلحة لسلطة الدولة".

وفي مقهى بمنطقة الكرادة، قال رجل سبعيني يلعب الدومينو: "الحشد ولدنا، قاتلوا داعش وحموا بغداد، بس الدولة لازم تبقى هي الكبيرة، وكل السلاح يكون بيدها".

ويأتي إقرار القانون فيما تواصل القوات العراقية عملياتها لاستعادة الأحياء الشرقية من مدينة الموصل، في وقت يحذر فيه مراقبون من أن الخلاف حول الحشد قد يعمق الانقسام السياسي بعد انتهاء المعارك.""",
        [
            G("forces.integrated", "occurred", ["Iraq", _IQ_PARL], [_PMF]),
            # al-Abadi's order "في فبراير الماضي",
            G(
                "forces.integrated",
                "historical",
                ["Iraq", "Haider al-Abadi"],
                [_PMF],
                core=False,
            ),
            # "ولم يشمل القانون قوات البيشمركة",
            G("forces.integrated", "negated", ["Iraq"], ["Peshmerga"], core=False),
            # the National Guard bill "متعثرا",
            G("forces.integrated", "stalled", ["Iraq", _IQ_PARL], [], core=False),
        ],
        not_targets=["Iran", "United States", "United Nations", "Islamic State"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alshabiba-muscat-football-page-2023",
        date(2023, 1, 25),
        """لجنة المسابقات تغرم السيب وتوقف لاعبين بعد أحداث لقاء النهضة

مسقط - «الشبيبة»

فرضت لجنة الانضباط في الاتحاد العماني لكرة القدم، أمس الثلاثاء، غرامة مالية قدرها ثلاثة آلاف ريال عماني على نادي السيب، بسبب خروج جماهيره عن الروح الرياضية خلال مباراة فريقه أمام النهضة في الجولة الثانية عشرة من دوري عمانتل، وأوقفت لاعبين من الفريقين ثلاث مباريات لكل منهما.

وهددت اللجنة في بيانها بفرض عقوبات أشد قد تصل إلى إقامة مباريات النادي دون جمهور، في حال تكرار إلقاء القوارير والألعاب النارية إلى أرض الملعب.

وفي المقابل، رفعت اللجنة الإيقاف عن حارس مرمى ظفار بعد قبول التظلم الذي تقدم به النادي، ليعود إلى التشكيلة في مواجهة السويق نهاية الأسبوع.

وعلى صعيد الانتقالات الشتوية، وقع نادي صحار عقدا مع مدرب تونسي لقيادة الفريق حتى نهاية الموسم، خلفا للمدرب الوطني الذي قدم استقالته، فيما انضم المهاجم السوري إلى صفوف السيب قادما من الدوري الأردني.

ومددت إدارة نادي النهضة عقد قائد الفريق لموسمين إضافيين، ووقعت اتفاقية رعاية مع أحد البنوك المحلية بقيمة لم يكشف عنها.

وكان الاتحاد قد علق منافسات الدوري أسبوعين بسبب مشاركة المنتخب في بطولة كأس الخليج العربي، على أن تستأنف المسابقة الخميس المقبل وفق الجدول المعدل.

وقررت إدارة نادي ظفار دمج فريقي الناشئين والشباب في فريق واحد خلال ما تبقى من الموسم، بسبب كثرة الإصابات وضغط المباريات.

ونشرت شرطة عمان السلطانية دوريات إضافية في محيط مجمع السلطان قابوس الرياضي قبل المباراة، فيما أعادت إدارة الملعب فتح المدرجات الغربية بعد انتهاء أعمال الصيانة.

وقال رئيس نادي السيب في تصريح لـ«الشبيبة» إن النادي "يحترم قرارات اللجنة، لكنه سيتقدم بطلب استئناف لتخفيف الغرامة"، مؤكدا أن "جمهور السيب عرف دائما بالانضباط".

وفي أحد مقاهي الخوض، قال مشجع خمسيني من جمهور السيب: "والله من زمان ما شفنا الملعب مليان كذا، الشباب تحمسوا زيادة، بس الكورة متعة مب مشاكل".

ويتصدر السيب جدول الترتيب برصيد ثمانٍ وعشرين نقطة، بفارق ثلاث نقاط عن النهضة صاحب المركز الثاني، فيما يحتل ظفار المركز الرابع بعد خسارته الأخيرة أمام صحار.

ويتوقع متابعون أن تشهد الجولات المقبلة منافسة حادة على اللقب، في ظل تقارب المستوى بين أندية المقدمة.""",
        [],
        not_targets=["Oman", "Tunisia", "Syria", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alghad-irbid-local-page-2022",
        date(2022, 12, 12),
        """بلدية إربد الكبرى تغرم محال مخالفة وتمدد مهلة ترخيص البسطات

إربد - «الغد»

فرضت بلدية إربد الكبرى غرامات مالية على أكثر من أربعين محلا تجاريا في وسط المدينة خلال حملة رقابية نفذتها الأسبوع الماضي، وأغلقت ثلاثة مطاعم لعدم التزامها بشروط السلامة العامة وتخزين المواد الغذائية.

وهدد رئيس البلدية، خلال لقاء مع ممثلي غرفة تجارة إربد، بسحب رخص المهن من المحال التي تتكرر مخالفاتها، مؤكدا أن الحملات "ستستمر حتى نهاية العام".

ومددت البلدية مهلة تسوية أوضاع البسطات غير المرخصة في شارع الهاشمي حتى نهاية الشهر المقبل، بعد مطالبات من أصحابها بمنحهم وقتا إضافيا لاستكمال الأوراق المطلوبة.

وعلقت شركة مياه اليرموك ضخ المياه عن أحياء في منطقة الحصن يومين بسبب أعمال صيانة لخط ناقل رئيسي، قبل أن تستأنف الضخ مساء أمس وفق برنامج التوزيع المعتاد.

ووقعت مديرية صحة إربد اتفاقية مع جامعة العلوم والتكنولوجيا لتدريب طلبة كلية التمريض في مستشفى الأميرة بسمة، فيما انضمت البلدية إلى مبادرة وطنية لتركيب ألواح الطاقة الشمسية على أسطح المباني العامة.

وقررت مديرية التربية والتعليم دمج مدرستين أساسيتين في لواء بني عبيد بسبب تراجع أعداد الطلبة، على أن ينقل المعلمون إلى مدارس مجاورة مع بداية الفصل الدراسي الثاني.

ونشرت مديرية شرطة إربد دوريات سير إضافية على طريق إربد عمان وقرب الأسواق الشعبية، لتنظيم حركة المرور خلال فترة التسوق التي تسبق الأعياد.

ورفعت كوادر البلدية أكثر من مئة وخمسين طنا من النفايات من الأحياء الشرقية خلال عطلة نهاية الأسبوع، وأعادت فتح حديقة الملك عبدالله الثاني بعد أعمال تأهيل استمرت أربعة أشهر.

وقال رئيس البلدية في تصريح لـ«الغد» إن البلدية "تسعى إلى تحقيق التوازن بين تطبيق القانون ومراعاة الظروف المعيشية للمواطنين"، داعيا التجار إلى التعاون مع فرق الرقابة.

وفي سوق الخضار المركزي، قال بائع خضار ستيني وهو يرتب صناديق البندورة: "والله الشغل مش زي زمان، الناس بتشتري بالحبة، وإذا البلدية بدها تخالفنا كمان، من وين بدنا نعيش؟".

وتشهد مدينة إربد، ثاني أكبر مدن المملكة من حيث عدد السكان، ضغطا متزايدا على الخدمات والبنية التحتية، في ظل النمو السكاني واستضافة أعداد كبيرة من اللاجئين السوريين منذ سنوات.""",
        [],
        not_targets=["Jordan", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-aleqtisadiah-riyadh-business-page-2024",
        date(2024, 10, 14),
        """السوق السعودية تغلق على ارتفاع.. وشركتان للتأمين توقعان اتفاقية اندماج

الرياض - «الاقتصادية»

وقعت شركتان مدرجتان في قطاع التأمين، أمس الأحد، اتفاقية ملزمة للاندماج في كيان واحد تقدر قيمته السوقية بنحو ثلاثة مليارات ريال، على أن تستكمل الصفقة بعد الحصول على موافقة هيئة السوق المالية والبنك المركزي السعودي والجمعيتين العامتين غير العاديتين للشركتين.

وقال الرئيس التنفيذي للشركة الدامجة في مؤتمر صحفي إن الاندماج "سيخلق كيانا أكثر قدرة على المنافسة في سوق تشهد نموا متسارعا"، مشيرا إلى أن الشركة وقعت أيضا مذكرة تفاهم مع شركة إعادة تأمين أوروبية لتطوير منتجات التأمين الصحي.

وفي المقابل، علقت «تداول السعودية» التداول على سهم شركة عقارية مدرجة لمدة جلسة واحدة، بانتظار إعلان نتائجها المالية المتأخرة، قبل أن يستأنف التداول على السهم اليوم.

وفرضت هيئة السوق المالية غرامة مالية على شركة وساطة لمخالفتها لوائح مكافحة غسل الأموال، فيما رفعت إحدى شركات الإسمنت أسعار منتجاتها في المنطقة الغربية بنحو خمسة في المئة.

وانضمت شركة ناشئة في مجال التقنية المالية إلى البيئة التجريبية التشريعية للبنك المركزي، كما انضم صندوق استثمار خليجي إلى قائمة كبار ملاك شركة محلية للأغذية بحصة خمسة في المئة.

ومددت هيئة الزكاة والضريبة والجمارك مبادرة إلغاء الغرامات على المنشآت ستة أشهر إضافية، لتشجيعها على تسوية أوضاعها الضريبية.

وهدد عدد من موردي قطع الغيار بوقف التوريد إلى شركة تجزئة متعثرة إذا لم تسدد مستحقاتهم، فيما جمدت شركة تطوير عقاري مشروعا سكنيا شمال الرياض بسبب ارتفاع تكاليف التمويل.

ونشرت شركة للاتصالات فرقا فنية إضافية في مدينة جدة لتحسين التغطية خلال موسم العمرة، وأعادت فتح أربعة فروع لخدمة العملاء بعد تحديثها.

وأغلق مؤشر السوق الرئيسية «تاسي» على ارتفاع بنسبة 0.8 في المئة عند مستوى اثني عشر ألفا وثلاثمئة نقطة، بدعم من أسهم المصارف والطاقة، وبلغت قيمة التداولات نحو سبعة مليارات ريال.

وفي سوق الزل الشعبي بالرياض، قال بائع مشالح في الستينات من عمره: "السوق ماشي والحمد لله، بس المحلات الجديدة والإيجارات غالية، واللي ما عنده زباين قدامى يتعب".

ويتوقع محللون أن تواصل السوق تذبذبها خلال الأسابيع المقبلة، في انتظار نتائج الربع الثالث وقرارات الفائدة في الولايات المتحدة، مع ترقب لطروحات أولية جديدة.""",
        [],
        not_targets=["Saudi Arabia", "United States"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout56_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout56_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # forces made part of the army by a law or an order
    pytest.param(
        "صوت البرلمان الليبي على قانون يجعل كتائب الثوار جزءا من الجيش الليبي.",
        date(2013, 6, 1),
        [("forces.integrated", "occurred", "Libya")],
        [],
        id="a-law-makes-brigades-part-of-the-army",
    ),
    pytest.param(
        "أصدر رئيس الوزراء العراقي أمرا يجعل فصائل الحشد العشائري جزءا من القوات المسلحة.",
        date(2018, 3, 1),
        [("forces.integrated", "occurred", "Iraq")],
        [],
        id="an-order-makes-factions-part-of-the-armed-forces",
    ),
    pytest.param(
        "أقر البرلمان الصومالي قانونا يجعل ميليشيات العشائر جزءا من الجيش الصومالي.",
        date(2019, 3, 1),
        [("forces.integrated", "occurred", "Somalia")],
        [],
        id="a-law-makes-clan-militias-part-of-the-army",
    ),
    pytest.param(
        "صوت البرلمان الليبي على قانون يقضي بدمج كتائب الثوار في الجيش الليبي.",
        date(2013, 6, 1),
        [("forces.integrated", "occurred", "Libya")],
        [],
        id="a-law-merges-brigades-into-the-army",
    ),
    pytest.param(
        "قررت الحكومة العراقية إلحاق فصائل الحشد العشائري بالقوات المسلحة.",
        date(2018, 3, 1),
        [("forces.integrated", "occurred", "Iraq")],
        [],
        id="factions-attached-to-the-armed-forces",
    ),
    # the date of the offence in the reason clause
    pytest.param(
        "هدد الاتحاد الأوروبي بفرض عقوبات على إثيوبيا بسبب انتهاكات ارتكبت في إقليم تيغراي عام 2021.",
        date(2024, 4, 21),
        [("sanctions.threatened", "occurred", "target:Ethiopia")],
        [],
        id="a-threat-over-abuses-dated-years-back",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على قائد ميليشيا عراقية بسبب هجمات نفذت في أكتوبر الماضي.",
        date(2024, 4, 21),
        [("sanctions.imposed", "occurred", "United States")],
        [],
        id="sanctions-over-attacks-of-last-october",
    ),
    pytest.param(
        "هددت الولايات المتحدة بفرض عقوبات على وحدة في الشرطة الإسرائيلية بسبب انتهاكات وقعت قبل السابع من أكتوبر.",
        date(2024, 4, 21),
        [("sanctions.threatened", "occurred", "United States")],
        [],
        id="a-threat-over-abuses-before-a-date",
    ),
    pytest.param(
        "هدد الاتحاد الأوروبي بفرض عقوبات على إثيوبيا بسبب انتهاكات ارتكبت في إقليم تيغراي.",
        date(2024, 4, 21),
        [("sanctions.threatened", "occurred", "target:Ethiopia")],
        [],
        id="a-threat-over-undated-abuses",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على قائد ميليشيا عراقية بسبب هجمات على القوات الأمريكية.",
        date(2024, 4, 21),
        [("sanctions.imposed", "occurred", "United States")],
        [],
        id="sanctions-over-undated-attacks",
    ),
    pytest.param(
        "وكان الاتحاد الأوروبي قد هدد عام 2021 بفرض عقوبات على إثيوبيا.",
        date(2024, 4, 21),
        [],
        [],
        id="a-threat-of-years-back-in-the-pluperfect",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout56_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout56_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
