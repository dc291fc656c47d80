"""A forty-second, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-one held-out sets: contemporary Arabic copy of 2016-2025, as today's wires and
papers carry it (a Qatari daily's wire round-up, "الدوحة - «الوطن» ووكالات", with a Jordanian
student's "الوضع هون صار غريب" in Tsim Sha Tsui; an Egyptian site's UN report, "نيويورك -
«البوابة نيوز»", with a Lebanese trader's "البلد عم يرجع يوقف على إجريه" in Monrovia; a Turkish
paper's Arabic edition, "أنقرة - «يني شفق»", with a Syrian worker's "الكل بيخاف تتأخر المعاشات"
at Akkuyu; a TASS report, "بروكسل - تاس", with a Syrian engineer's "الناس همها الكهربا والمي
والقصف" in Donetsk; an AP wire run in one paragraph with its dateline, "تيغوسيغالبا (أ ب) -", with
a Palestinian-Honduran draper's "الشغل واقف من يوم الانتخابات" in San Pedro Sula; a Saudi daily's
Paris report, "باريس - «الوطن»", with a Lebanese restaurateur's "الغلا صار كتير" in San José; an
Israeli channel's Arabic site, "نجامينا - i24NEWS", with a Chadian cloth seller's "السياسة دي حقت
الكبار"; a London-based site, "مكسيكو - «الخليج الجديد»", with a Lebanese-Mexican's "الخوف يصير
كل شي بإيد العسكر" in Polanco; a satellite channel's site, "بنما - «الغد»", with a Lebanese
trader's "القناة لازم تضل شغالة" in the Colón free zone; a Ramallah daily's football page, "رام
الله - «الأيام»", with a supporter's "الجمهور زهق"; a Salalah local page of an Omani daily, "صلالة
- «الرؤية»", with a Dhofari seller's "الزحمة وايد … واجد منهم يشتري شي بسيط"; a Tunis business
page, "تونس - «المغرب»", with a shopkeeper's "الأسوام شعلت والشهرية ما تكفيش") and on programmes
and regions they do not touch (the Treasury's Hong Kong Autonomy sanctions on Carrie Lam and ten
officials of August 2020, the Security Council's resolution 2288 ending the Liberian arms
embargo, a six-month US waiver for Turkey's Akkuyu payments through Gazprombank, the EU's
misappropriation asset freeze on Viktor Yanukovych prolonged for a year, the US warning of
sanctions on Honduran officials over the count of November 2025, Costa Rica becoming the
thirty-eighth member of the OECD, Israel and Chad resuming ties in N'Djamena in January 2019,
Mexico's National Guard merged into the Defence ministry on the last day of López Obrador, and
the US-Panama memorandum of April 2025 on rotational troops near the canal). Nine carry events
of all ten alertable types, mostly in occurred status, one core event planned (the troops that
"ستنشر الولايات المتحدة … بالتناوب في قاعدة هوارد الجوية السابقة"), next to historical, negated
and stalled ones; three are near misses: a Ramallah football page (a player suspended "أوقفت", a
club fined "فرضت", a suspension lifted "رفعت", a discipline committee that "هددت بفرض عقوبات" on
clubs, a Jordanian striker "انضم" and a Tunisian goalkeeper "وقع", a coach's contract "مدد",
women's league groups "دمج", police that "ستنشر" three hundred men at a derby, a sponsorship
"وقعت", a volleyball league "علق" and to "تستأنف", a chess memorandum "وقع"), a Salalah local page
(debris "رفعت", a truck ban "فرضت حظرا", a lighting contract with an Indian company "وقعت", water
"علقت" and to "يستأنف", craft families that "انضمت" to a market, a park that "أعادت … فتح", a
deadline "مددت", rescue teams "نشرت", a wind warning "رفعت", fines "هددت بفرض", Gulf flights to
"ستستأنف", a memorandum with an Emirati company, two schools "دمج") and a Tunis business page (two
insurers that "وقعت" to merge, a stock "علقت", a listing "انضمت", an olive-oil deal with a Spanish
distributor "وقع", phosphate output "استأنفت", a key rate "رفع", price caps "فرضت", a deadline
"مددت" and fines "هددت بفرض", a Saudi fund that "انضم", a contract with a Japanese carmaker, fares
"رفعت", a maintenance deal with an Italian company).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … أمس الجمعة،
عقوبات على الرئيسة التنفيذية لهونغ كونغ كاري لام وعشرة مسؤولين" imposes sanctions (core; the
United States, its Treasury and Steven Mnuchin the actors, Carrie Lam and the officials named
after her the targets, and not China, whose State Council one of them serves, nor Jordan), the
executive order and the law Trump "وقعه" no signed accord, "لم تفرض الخزانة حتى الآن أي عقوبات
على المصارف" a negated imposition, China's sanctions of December on Human Rights Watch and other
American groups a historical one, the phase-two trade talks "متعثرة" a stalled signing; a Council
that "رفع … أمس الأربعاء، بالإجماع حظر الأسلحة المفروض على ليبيريا" lifts sanctions (core; the
Security Council the actor, Liberia the target; the United States only drafted the text), the
embargo of 1992 widened to Charles Taylor a historical imposition, the travel ban and asset
freeze "ألغى المجلس في سبتمبر الماضي" and the Ivorian sanctions lifted in April historical
liftings, UNMIL "المنتشرة في البلاد منذ عام 2003" a historical presence (its drawdown after June
is no event); a United States that "منحت … تركيا إعفاء مؤقتا من العقوبات التي فرضتها الشهر
الماضي على مصرف «غازبروم بنك»" for six months suspends them (core; the United States, its
Treasury and OFAC the actors, Gazprombank the target; Turkey, the beneficiary, is neither actor
nor target, and Russia, the bank's state, is left unscored), the sanctions of 21 November a
historical imposition, "لم تمنح واشنطن إعفاء مماثلا" for BOTAŞ's gas payments a negated
suspension, the agreement of May 2010 a historical signing, the Sinop talks "متعثرة" a stalled
one; a Council that "مدد … لمدة عام حتى الرابع عشر من مارس 2025، تجميد أصول الرئيس الأوكراني
السابق فيكتور يانوكوفيتش" extends sanctions (core; the European Union and its Council the actors,
Yanukovych the target), the measures of March 2014 a historical imposition, "لم يرفع المجلس اسم
أي من الأشخاص المتبقين" a negated lifting, the thirteen packages on Russia a historical
imposition, Ukraine's accession talks "متعثرة" a stalled joining; a United States that "هددت …
بفرض عقوبات على مسؤولين في هندوراس" threatens them (core; the United States and Christopher
Landau, not in the knowledge base, the actors, Honduras, whose officials they are, the target),
Asfura's pledge of restoring ties with Taiwan a planned restoration (not core: a candidate's
pledge), the visa restrictions and aid cut of 2009 a historical imposition, the extradition
treaty talks "متعثرة" a stalled signing, the pardon and the candidates' Palestinian origin no
events; a state that "انضمت … رسميا، أمس الثلاثاء، إلى منظمة التعاون الاقتصادي والتنمية" joins it
(core; Costa Rica and its president Carlos Alvarado, not in the knowledge base), Mexico in 1994,
Chile in 2010 and Colombia last April historical joinings ("وتنضم كوستاريكا إلى ثلاث دول" is the
same joining told again), "لم تنضم البرازيل إلى المنظمة حتى الآن" a negated joining, with the
five others still waiting, the Pacific Alliance bid "متعثرا منذ سنوات" a stalled one, the IMF
loan no event; two leaders who "أعلن … اليوم الأحد، استئناف العلاقات الدبلوماسية بين البلدين"
restore them (core; Israel and Chad, Netanyahu and Idriss Déby), the embassies the two
"سيفتحان … في القريب العاجل" a planned restoration (not core), the arms agreement whose signing
the prime minister's office "نفى" a negated signing, Barkhane's headquarters in N'Djamena since
2014 a historical presence of France in Chad, the break of 1972 and the ties sought with Sudan
and Mali no events; a state that "دمجت … رسميا قوات الحرس الوطني في وزارة الدفاع الوطني"
integrates them (core; Mexico, López Obrador and the Defence ministry the actors, the National
Guard, not in the knowledge base, the target), the Guard formed in 2019 "بدمج عناصر من الشرطة
الاتحادية" a historical integration, the merger of state and municipal police that the defence
minister "نفى" a negated one; two states that "وقعت … أمس الأربعاء، مذكرة تفاهم أمنية" sign (core;
the United States and Panama, Pete Hegseth and Frank Ábrego, not in the knowledge base), the
troops that "ستنشر الولايات المتحدة … بالتناوب" a planned presence (core; the United States in
Panama), the permanent bases Panama "لن تقبل" a negated presence, the American bases until 1999
a historical presence and the Torrijos-Carter treaties of 1977 a historical signing, the
security cooperation the partnership "تعيد إحياء" no restoration of ties; a football page's
suspensions, fines, lifted bans, threats to clubs, transfers, contracts, merged groups, police
at a derby, sponsorship and memoranda, a local page's debris, truck ban, lighting contract,
water cut and resumed, craft families joining a market, a park reopened, deadlines, rescue
teams, a warning lifted, fines threatened, flights resumed, merged schools, and a business
page's merger, suspended and resumed stocks, a listing, contracts with foreign firms, a rate and
fares raised, price caps, deadlines, fines threatened and a fund joining a capital are no
events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-03, on commit e2a8b3f), in one run: events P 0.667 R 0.900 F1
0.766 (recall 9/10, precision 10/15: ten alerts right, five wrong, all unexpected alerts and none a
false alarm of a quiet gold event; occurred core found 9/9, planned 0/1; historical 17/17, negated
7/7 and stalled 5/5 kept quiet). The planned core event is missed: in ar-hl09 "وبموجب المذكرة،
ستنشر الولايات المتحدة قوات بالتناوب في قاعدة هوارد الجوية السابقة" is read (alone it is a
planned presence), but ``_demote`` in ``rasd/events/extractor.py`` turns it negated because
Mulino's "بنما «لن تقبل بإقامة قواعد عسكرية أمريكية دائمة على أراضيها»", a refusal of permanent
bases, not of the rotation, is a negated presence sharing Panama and the United States with it
(the guard there spares only a refusal by other actors; "أن بلاده لن تسمح بإقامة قواعد أمريكية
دائمة", naming the host by "بلاده", leaves the plan planned). Five unexpected alerts: in ar-hl04
"وقال الكرملين في تعليق سابق على العقوبات" is a suspension by the Kremlin: the noun تعليق (here
"a comment") is a suspension trigger of ``rasd/events/lexicons/ar.triggers.yaml`` with a sanctions
noun within five words ("تعليقا على العقوبات" is quiet); in the same article the lead "مدد مجلس
الاتحاد الأوروبي، اليوم الثلاثاء، لمدة عام حتى الرابع عشر من مارس 2025، تجميد أصول الرئيس
الأوكراني السابق" gives, beside the extension, an imposition with Ukraine for actor: ``_resolve``
in ``rasd/events/extractor.py`` folds the freeze trigger into the extension only within four
words net of date words, and "لمدة عام حتى …" is not counted as such ("مدد الاتحاد … لمدة عام
تجميد أصول" is one extension); in ar-hl07 "أكد ديبي أن استئناف العلاقات «لا يعني التخلي عن
القضية الفلسطينية»" is a second restoration with Palestine for its target: the roles of
``rasd/events/roles.py`` take the demonym of "القضية الفلسطينية", the object of another verb, for
the restoration's party, and with no participant shared ``_merge`` keeps it apart; in ar-hl10
"ووقع الاتحاد الفلسطيني للشطرنج مذكرة تفاهم مع الاتحاد العربي للعبة" is a signing with
Palestine: the ``sport`` cue group of ``rasd/events/lexicons/ar.cues.yaml``, which quiets a
federation's pact in ``rasd/events/status.py``, names football only, and a chess or handball
federation not in the knowledge base is its demonym's state; in ar-hl11 "وفرضت شرطة عمان
السلطانية حظرا على دخول الشاحنات الثقيلة إلى طريق عقبة حمرير" is an imposition by Oman: حظرا is a
sanctions noun, and ``not_sanctions_noun`` in ``ar.cues.yaml`` holds curfews but no ban on lorries
("وحظرت الشرطة الكويتية دخول الشاحنات" is quiet). Five strict xfails on the articles; do not tune
lexicons on these articles. Every cause has sentences of its own in ``RULES``, strict xfails until
fixed (six), beside nine that pass.

Also seen, not scored: in ar-hl01 Hong Kong is a second target beside Carrie Lam (the other
officials, not in the knowledge base, are not), and China's historical sanctions have the United
States ("الأمريكية غير الحكومية") for target; in ar-hl02 the historical imposition has Liberia and
the United States (the drafter, named in the paragraph before) for actors and no target, and the lifting of
September and UNMIL's presence give nothing; in ar-hl03 the suspension has Turkey, the one granted
the waiver, for target and not Gazprombank, and the historical imposition of 21 November comes
out stalled (its clause "من توقف العمل في المحطة"), the negated suspension and the Sinop talks give
nothing; in ar-hl04 the extension has no target (Yanukovych is named after "الرئيس الأوكراني
السابق") and the negated lifting gives nothing; in ar-hl05 the threat has no target ("مسؤولين في
هندوراس") and Landau, not in the knowledge base, is no actor, Asfura's pledge is a historical
restoration with Taiwan and China for targets, and "سلفادور نصر الله" is linked to Hassan
Nasrallah; in ar-hl06 the joining is found by the headline's "تصبح" and the historical joinings
and the stalled Pacific Alliance bid give nothing; in ar-hl07 the negated arms agreement has Chad
for target; in ar-hl08 the integration's target is the unlinked "وزارة الدفاع", not the Guard,
and the historical and negated integrations give nothing; in ar-hl09 Pete Hegseth is the
signing's target, and the historical bases and treaties give nothing; in ar-hl12 the olive-oil
deal is a stalled signing with Spain and Tunisia.

``python -m tests.unit.test_heldout42_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 1.000 R 1.000 F1 1.000 (recall 10/10,
precision 11/11; every article and rule case passes). Fixed as general causes: «تعليق»/«علّق» with
the measures after «على» is a comment, not a suspension (rasd/events/status.py); a length of time
(«لمدة عام») and a compound day («حتى الرابع عشر من مارس») between a verb and its object count as
date words (``date_words``, status.py), so the freeze extended is not a new imposition; a demonym
after «القضية» is a people's cause, no party (rasd/events/roles.py); the sports federations of
other games than football are sport (ar.cues.yaml); a ban on lorries or vehicles entering is no
embargo (ar.cues.yaml); a refusal of permanent bases does not demote troops planned on rotation
(``_demote``, rasd/events/extractor.py).
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
_UNSC = "United Nations Security Council"
_TREASURY = "United States Department of the Treasury"
_OECD = "OECD"
_MX_GUARD = "National Guard (Mexico)"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alwatan-doha-treasury-sanctions-carrie-lam-hong-kong-officials-2020",
        date(2020, 8, 8),
        """واشنطن تفرض عقوبات على كاري لام وعشرة مسؤولين في هونغ كونغ والصين

الدوحة - «الوطن» ووكالات

فرضت وزارة الخزانة الأمريكية، أمس الجمعة، عقوبات على الرئيسة التنفيذية لهونغ كونغ كاري لام وعشرة مسؤولين حاليين وسابقين في المدينة والبر الصيني، متهمة إياهم بتقويض الحكم الذاتي للمدينة والحد من حرية التعبير والتجمع، بعد أكثر من شهر على دخول قانون الأمن القومي الذي أقرته بكين حيز التنفيذ.

وتقضي العقوبات بتجميد أي أصول يملكها المسؤولون في الولايات المتحدة، وتحظر على المواطنين والشركات الأمريكية التعامل معهم. ومن بين المشمولين قائد شرطة هونغ كونغ كريس تانغ، ووزيرة العدل تيريزا تشينغ، ومدير مكتب شؤون هونغ كونغ وماكاو في مجلس الدولة الصيني شيا باو لونغ.

وقال وزير الخزانة ستيفن منوتشين في بيان إن "الولايات المتحدة تقف إلى جانب شعب هونغ كونغ، وسنستخدم أدواتنا وصلاحياتنا لمحاسبة من يقوضون حكمه الذاتي". وأوضحت الوزارة أن الإجراء اتخذ بموجب أمر تنفيذي وقعه الرئيس دونالد ترامب منتصف يوليو الماضي، أنهى بموجبه المعاملة التفضيلية التي كانت تحظى بها المدينة.

ولم تفرض الخزانة حتى الآن أي عقوبات على المصارف التي تتعامل مع المسؤولين المدرجين، رغم أن قانون الحكم الذاتي في هونغ كونغ الذي أقره الكونغرس الشهر الماضي يتيح لها ذلك، وفق ما قال مسؤول أمريكي للصحفيين.

من جهتها، قالت لام في منشور على فيسبوك إنها "لا تبالي" بالعقوبات وإنها لا تملك أصولا في الولايات المتحدة، واصفة الخطوة بأنها "تدخل فظ في الشؤون الداخلية للصين". كما انتقد مكتب الاتصال التابع للحكومة المركزية في المدينة القرار، مؤكدا أنه "لن يخيف الشعب الصيني".

وكانت الصين قد فرضت في ديسمبر الماضي عقوبات على عدد من المنظمات الأمريكية غير الحكومية، بينها منظمة هيومن رايتس ووتش، ردا على توقيع ترامب قانون حقوق الإنسان والديمقراطية في هونغ كونغ.

وتأتي الخطوة في وقت لا تزال فيه المفاوضات بين واشنطن وبكين بشأن المرحلة الثانية من الاتفاق التجاري متعثرة، فيما تتبادل العاصمتان الاتهامات بشأن جائحة كورونا وإغلاق القنصليتين في هيوستن وتشنغدو.

وكانت لام قد أعلنت الأسبوع الماضي تأجيل انتخابات المجلس التشريعي عاما كاملا بسبب تفشي الفيروس، في قرار اعتبرته المعارضة ذريعة لتفادي هزيمة انتخابية.

وفي حي تسيم شا تسوي، حيث تتركز مطاعم ومحلات يديرها عرب، قال طالب أردني يدرس الهندسة في المدينة: "الوضع هون صار غريب، الناس ما عادت تحكي بالسياسة بالمرة، والكل خايف من الكاميرات، حتى أصحابي الصينيين صاروا يسكروا حساباتهم".

ويرى محللون أن العقوبات رمزية إلى حد بعيد، إذ لا يملك معظم المسؤولين المدرجين أصولا معروفة في الولايات المتحدة، لكنها قد تعقد تعاملاتهم مع المصارف الدولية التي تخشى التعرض لعقوبات ثانوية.

وتستضيف هونغ كونغ أكثر من ألف وثلاثمئة شركة أمريكية، وتعد مركزا ماليا رئيسيا يربط الصين بالأسواق العالمية.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, "Steven Mnuchin"],
                ["Carrie Lam", "Chris Tang", "Teresa Cheng", "Xia Baolong"],
            ),
            # "لم تفرض الخزانة حتى الآن أي عقوبات على المصارف",
            G("sanctions.imposed", "negated", [_US, _TREASURY], [], core=False),
            # China's sanctions of December on American NGOs,
            G("sanctions.imposed", "historical", ["China"], ["Human Rights Watch"], core=False),
            # the phase-two trade talks "متعثرة",
            G("agreement.signed", "stalled", [_US, "China"], [], core=False),
        ],
        not_targets=["China", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-albawabanews-unsc-2288-lifts-liberia-arms-embargo-2016",
        date(2016, 5, 26),
        """مجلس الأمن يرفع آخر العقوبات المفروضة على ليبيريا

نيويورك - «البوابة نيوز»

رفع مجلس الأمن الدولي، أمس الأربعاء، بالإجماع حظر الأسلحة المفروض على ليبيريا، وقرر حل لجنة العقوبات الخاصة بالبلاد وفريق الخبراء التابع لها، منهيا بذلك نظام عقوبات أمميا استمر قرابة ربع قرن.

وأشار القرار 2288، الذي صاغته الولايات المتحدة، إلى "التقدم الذي أحرزته حكومة ليبيريا في تعزيز الاستقرار والأمن"، داعيا السلطات إلى مواصلة إصلاح قطاعي الأمن والعدالة ومكافحة الاتجار غير المشروع بالأسلحة الخفيفة.

وكان المجلس قد فرض حظر الأسلحة على ليبيريا عام 1992 إبان الحرب الأهلية الأولى، ثم وسعه ليشمل تجارة الماس والأخشاب وحظر سفر وتجميد أصول الرئيس الأسبق تشارلز تايلور والمقربين منه. وألغى المجلس في سبتمبر الماضي حظر السفر وتجميد الأصول، مبقيا على القيود المفروضة على الأسلحة.

ورحبت رئيسة ليبيريا إلين جونسون سيرليف بالقرار، وقالت في بيان صادر عن الرئاسة في مونروفيا إنه "يعيد إلى ليبيريا مكانتها الطبيعية بين الأمم"، مشيرة إلى أن البلاد "تجاوزت مرحلة الحرب ومحنة وباء إيبولا".

ويأتي القرار قبل نحو خمسة أسابيع من تسلم القوات الليبيرية المسؤولية الأمنية كاملة من بعثة الأمم المتحدة في ليبيريا، المنتشرة في البلاد منذ عام 2003، والتي بلغ قوامها في ذروتها أكثر من خمسة عشر ألف جندي. ومن المقرر أن تخفض البعثة عدد أفرادها تدريجيا بعد الثلاثين من يونيو المقبل.

وقال مندوب ليبيريا لدى الأمم المتحدة إن بلاده "ستعمل مع شركائها على بناء جيش محترف"، فيما لفت دبلوماسيون إلى أن الانتخابات الرئاسية المقررة العام المقبل ستكون أول انتقال للسلطة بين رئيسين منتخبين منذ عقود.

وكان المجلس قد رفع في أبريل الماضي العقوبات المفروضة على كوت ديفوار المجاورة، بما فيها حظر الأسلحة وتجارة الماس، بعد أكثر من اثني عشر عاما على فرضها.

وفي مونروفيا، التي تضم جالية لبنانية كبيرة تعمل في التجارة منذ عقود، قال صاحب متجر لمواد البناء: "الحمد لله، البلد عم يرجع يوقف على إجريه، بس الشغل بعدو خفيف من أيام الإيبولا، والناس ناطرة شو رح يصير بعد ما يفلوا الأمم المتحدة".

ولا يزال الاقتصاد الليبيري يعاني تبعات تفشي وباء إيبولا بين عامي 2014 و2015، الذي أودى بحياة نحو خمسة آلاف شخص في البلاد، إضافة إلى تراجع أسعار خام الحديد والمطاط، أبرز صادراتها.

ويقول خبراء إن رفع الحظر سيتيح للحكومة شراء معدات لقوات الشرطة والجيش دون الحاجة إلى إخطار لجنة العقوبات مسبقا، لكنه لن يغير كثيرا في الواقع اليومي لليبيريين الذين يعيش أكثر من نصفهم تحت خط الفقر.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Liberia"]),
            # the embargo of 1992, widened to diamonds, timber and Charles Taylor,
            G(
                "sanctions.imposed",
                "historical",
                [_UNSC],
                ["Liberia", "Charles Taylor"],
                core=False,
            ),
            # the travel ban and asset freeze ended last September,
            G("sanctions.lifted", "historical", [_UNSC], ["Liberia"], core=False),
            # the Ivorian sanctions lifted in April,
            G("sanctions.lifted", "historical", [_UNSC], ["Ivory Coast"], core=False),
            # UNMIL in the country since 2003,
            G("military.presence", "historical", ["United Nations"], ["Liberia"], core=False),
        ],
        not_targets=["Lebanon", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-yenisafak-us-waiver-akkuyu-payments-gazprombank-sanctions-2024",
        date(2024, 12, 19),
        """واشنطن تستثني مدفوعات محطة "أكويو" النووية من العقوبات على "غازبروم بنك"

أنقرة - «يني شفق»

منحت الولايات المتحدة تركيا إعفاء مؤقتا من العقوبات التي فرضتها الشهر الماضي على مصرف "غازبروم بنك" الروسي، يتيح لها مواصلة سداد المدفوعات المرتبطة بمشروع محطة أكويو للطاقة النووية في ولاية مرسين جنوبي البلاد، وذلك لمدة ستة أشهر.

وقالت مصادر في وزارة الطاقة والموارد الطبيعية لـ«يني شفق» إن مكتب مراقبة الأصول الأجنبية التابع لوزارة الخزانة الأمريكية أصدر الترخيص مساء الأربعاء، بعد مشاورات استمرت أسابيع بين أنقرة وواشنطن، مشيرة إلى أن الترخيص يغطي مدفوعات المعدات وأعمال البناء التي تنفذها شركة روساتوم الروسية.

وكانت واشنطن قد فرضت في الحادي والعشرين من نوفمبر الماضي عقوبات على غازبروم بنك وعشرات المصارف الروسية الأخرى، في إطار مساعيها لتقليص عائدات موسكو من قطاع الطاقة، ما أثار مخاوف في أنقرة من توقف العمل في المحطة التي تقترب وحدتها الأولى من التشغيل.

وقال وزير الطاقة ألب أرسلان بيرقدار للصحفيين في إسطنبول إن "أكويو مشروع استراتيجي لأمن تركيا الطاقي، ولا يمكن أن نسمح بتعطله"، مضيفا أن بلاده "تبحث عن حلول دائمة" لآلية الدفع.

ولم تمنح واشنطن إعفاء مماثلا للمدفوعات التي تسددها شركة بوتاش الحكومية مقابل واردات الغاز الطبيعي الروسي، وهو ما قد يضطر الشركة إلى البحث عن قنوات دفع بديلة قبل حلول موعد الدفعات المقبلة، بحسب المصادر نفسها.

وتبني روساتوم المحطة بموجب اتفاقية حكومية وقعتها تركيا وروسيا في مايو 2010، بكلفة تقدر بعشرين مليار دولار، وتتألف من أربعة مفاعلات بقدرة إجمالية تبلغ 4800 ميغاواط، ويتوقع أن تغطي نحو عشرة في المئة من احتياجات البلاد من الكهرباء.

في المقابل، لا تزال المحادثات بين أنقرة وموسكو بشأن إنشاء محطة نووية ثانية في ولاية سينوب على البحر الأسود متعثرة، بعد انسحاب كونسورتيوم ياباني فرنسي من المشروع عام 2018.

وفي مرسين، قال عامل سوري يعمل في موقع المحطة منذ أربع سنوات: "الشغل ماشي الحمد لله، بس كل فترة بيطلع خبر عن العقوبات، والكل بيخاف تتأخر المعاشات متل ما صار الشهر الماضي".

ويقول محللون إن الإعفاء يعكس حرص إدارة الرئيس جو بايدن على عدم دفع تركيا، العضو في حلف شمال الأطلسي، نحو مزيد من الاعتماد على موسكو، في وقت تسعى فيه أنقرة إلى لعب دور الوسيط في الحرب الروسية الأوكرانية.

وتستورد تركيا نحو أربعين في المئة من احتياجاتها من الغاز من روسيا عبر خطي "السيل التركي" و"بلو ستريم"، وتسدد جزءا من قيمتها بالروبل منذ عام 2022.""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [_US, _TREASURY, "Office of Foreign Assets Control"],
                ["Gazprombank"],
            ),
            # the sanctions of 21 November on Gazprombank,
            G("sanctions.imposed", "historical", [_US], ["Gazprombank"], core=False),
            # "لم تمنح واشنطن إعفاء مماثلا" for BOTAŞ's gas payments,
            G("sanctions.suspended", "negated", [_US], ["Gazprombank"], core=False),
            # the intergovernmental agreement of May 2010,
            G("agreement.signed", "historical", ["Turkey", "Russia"], [], core=False),
            # the Sinop talks "متعثرة",
            G("agreement.signed", "stalled", ["Turkey", "Russia"], [], core=False),
        ],
        not_targets=["Syria", "Japan", "France", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-tass-eu-prolongs-yanukovych-misappropriation-asset-freeze-2024",
        date(2024, 3, 12),
        """الاتحاد الأوروبي يمدد تجميد أصول يانوكوفيتش عاما إضافيا

بروكسل - تاس

مدد مجلس الاتحاد الأوروبي، اليوم الثلاثاء، لمدة عام حتى الرابع عشر من مارس 2025، تجميد أصول الرئيس الأوكراني السابق فيكتور يانوكوفيتش ونجله أولكسندر وعدد من المسؤولين الأوكرانيين السابقين، الذين تتهمهم السلطات في كييف باختلاس أموال عامة.

وقال المجلس في بيان إن القرار يتعلق بـ"الأشخاص المسؤولين عن اختلاس أموال الدولة الأوكرانية"، وإنه يبقي على الإجراءات التقييدية بحقهم بعد مراجعة ملفاتهم، وفي ضوء الإجراءات القضائية الجارية في أوكرانيا.

وكان الاتحاد الأوروبي قد فرض هذه العقوبات في مارس 2014، بعد أسابيع من فرار يانوكوفيتش إلى روسيا إثر احتجاجات "الميدان الأوروبي"، وشملت في البداية ثمانية عشر شخصا، بينهم رئيس الوزراء الأسبق ميكولا أزاروف.

ولم يرفع المجلس اسم أي من الأشخاص المتبقين على القائمة، رغم الطعون التي قدمها عدد منهم أمام محكمة العدل الأوروبية، والتي أنصفت بعضهم في سنوات سابقة بسبب نقص الأدلة المقدمة من كييف.

ويقيم يانوكوفيتش في روسيا منذ عام 2014، وكانت محكمة في كييف قد أصدرت بحقه عام 2019 حكما غيابيا بالسجن ثلاثة عشر عاما بتهمة الخيانة العظمى، وهو ما وصفه محاموه بأنه "حكم سياسي".

وقال الكرملين في تعليق سابق على العقوبات إن "هذه القرارات لا علاقة لها بالقانون"، فيما لم يصدر أي تعليق فوري عن الرئيس الأوكراني السابق أو محاميه.

ويأتي التمديد في وقت لا تزال فيه مفاوضات انضمام أوكرانيا إلى الاتحاد الأوروبي متعثرة، إذ لم يعقد المؤتمر الحكومي الدولي الأول رغم قرار القمة الأوروبية في ديسمبر الماضي فتح المفاوضات، بسبب تحفظات المجر على أوضاع الأقلية المجرية في أوكرانيا.

وفي دونيتسك، قال مهندس سوري يقيم في المدينة منذ أكثر من عشرين عاما لمراسل تاس: "هون ما حدا عاد يتذكر يانوكوفيتش، الناس همها الكهربا والمي والقصف، والسياسة صارت بعيدة عنا كتير".

ويعد نظام العقوبات هذا من أقدم الأنظمة التي يطبقها الاتحاد الأوروبي فيما يتعلق بأوكرانيا، وهو منفصل عن الحزم التي فرضها على روسيا منذ عام 2022، والتي بلغ عددها ثلاث عشرة حزمة حتى الآن.

ويشمل التجميد الأموال والموارد الاقتصادية التي يملكها المدرجون في دول الاتحاد السبع والعشرين، ويحظر إتاحة أي أموال لهم، غير أنه لا يتضمن حظرا على السفر، خلافا للعقوبات المفروضة على المسؤولين الروس.

ويرى خبراء في بروكسل أن التمديد بات إجراء روتينيا يتكرر كل ربيع، وأن رفع الأسماء المتبقية مرهون بما ستصدره المحاكم الأوكرانية من أحكام نهائية في قضايا الفساد المفتوحة منذ عقد.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_EU, "Council of the European Union"],
                ["Viktor Yanukovych"],
            ),
            # the measures of March 2014,
            G(
                "sanctions.imposed",
                "historical",
                [_EU],
                ["Viktor Yanukovych", "Mykola Azarov"],
                core=False,
            ),
            # "لم يرفع المجلس اسم أي من الأشخاص المتبقين",
            G(
                "sanctions.lifted",
                "negated",
                [_EU, "Council of the European Union"],
                [],
                core=False,
            ),
            # the thirteen packages on Russia since 2022,
            G("sanctions.imposed", "historical", [_EU], ["Russia"], core=False),
            # Ukraine's accession talks "متعثرة",
            G("alliance.joined", "stalled", ["Ukraine"], [_EU], core=False),
        ],
        not_targets=["Russia", "Hungary", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-ap-us-threatens-honduran-officials-election-count-2025",
        date(2025, 12, 5),
        """واشنطن تهدد بعقوبات على مسؤولين في هندوراس إذا "تلاعبوا" بنتائج الانتخابات

تيغوسيغالبا (أ ب) - هددت الولايات المتحدة، الخميس، بفرض عقوبات على مسؤولين في هندوراس، بينها إلغاء تأشيرات دخولهم وتجميد أصولهم، إذا ثبت تورطهم في عرقلة فرز الأصوات أو التلاعب بنتائج الانتخابات الرئاسية التي جرت يوم الأحد الماضي.

وقال نائب وزير الخارجية الأمريكي كريستوفر لانداو في منشور على منصة إكس إن واشنطن "تراقب عن كثب" عمل المجلس الوطني الانتخابي، وإن "أي محاولة لتقويض إرادة الناخبين الهندوراسيين ستكون لها عواقب وخيمة". وأضاف أن وزير الخارجية ماركو روبيو "يتابع الملف شخصيا".

ولا يزال الفرز يسير ببطء شديد بعد أعطال متكررة في نظام نقل النتائج الأولية، فيما يتقدم مرشح الحزب الوطني نصري عصفورة بفارق ضئيل على مرشح الحزب الليبرالي سلفادور نصر الله، وكلاهما من أصول فلسطينية، بينما حلت مرشحة الحزب الحاكم ريكسي مونكادا في المرتبة الثالثة.

وكان الرئيس دونالد ترامب قد أعلن دعمه لعصفورة قبل أيام من الاقتراع، كما أصدر عفوا عن الرئيس الأسبق خوان أورلاندو هيرنانديز، المحكوم عليه في نيويورك بالسجن 45 عاما بتهم تتعلق بتهريب المخدرات، في خطوة أثارت جدلا واسعا في البلاد.

وانتقدت الرئيسة شيومارا كاسترو التصريحات الأمريكية، ووصفتها بأنها "تدخل سافر في شؤون دولة ذات سيادة"، داعية مواطنيها إلى "انتظار النتائج الرسمية بهدوء".

وتعهد عصفورة خلال حملته الانتخابية بإعادة العلاقات الدبلوماسية مع تايوان، التي قطعتها حكومة كاسترو في مارس 2023 لصالح إقامة علاقات مع الصين.

وكانت واشنطن قد فرضت عام 2009 قيودا على تأشيرات عدد من المسؤولين في حكومة الأمر الواقع، وعلقت جزءا من مساعداتها، بعد الانقلاب الذي أطاح بالرئيس مانويل زيلايا، زوج الرئيسة الحالية.

كما لا تزال المفاوضات بين البلدين بشأن مستقبل معاهدة تسليم المطلوبين متعثرة، منذ أن أعلنت حكومة كاسترو العام الماضي نيتها إنهاء العمل بها قبل أن تتراجع عن القرار.

وفي سان بيدرو سولا، العاصمة الاقتصادية للبلاد التي تضم واحدة من أكبر الجاليات الفلسطينية في أمريكا اللاتينية، قال تاجر أقمشة من أصل فلسطيني: "الناس تعبت، بدنا النتيجة تطلع ونخلص، الشغل واقف من يوم الانتخابات، والكل قاعد على التلفون يستنى".

وأعلنت بعثة مراقبي منظمة الدول الأمريكية أنها رصدت "تأخيرات غير مبررة" في الفرز، ودعت المجلس الانتخابي إلى نشر محاضر جميع الدوائر في أسرع وقت.

ويحق لنحو ستة ملايين ناخب المشاركة في الانتخابات التي شملت أيضا اختيار أعضاء البرلمان ورؤساء البلديات، في بلد يعيش أكثر من نصف سكانه تحت خط الفقر ويعاني من معدلات مرتفعة للجريمة والهجرة نحو الولايات المتحدة.""",
        [
            G("sanctions.threatened", "occurred", [_US, "Christopher Landau"], ["Honduras"]),
            # Asfura's pledge to restore ties with Taiwan,
            G(
                "relations.restored",
                "planned",
                ["Honduras", "Taiwan", "Nasry Asfura"],
                [],
                core=False,
            ),
            # the visa restrictions and aid cut of 2009,
            G("sanctions.imposed", "historical", [_US], ["Honduras"], core=False),
            # the extradition treaty talks "متعثرة",
            G("agreement.signed", "stalled", ["Honduras", _US], [], core=False),
        ],
        not_targets=["Palestine", "China", "Taiwan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alwatan-riyadh-costa-rica-joins-oecd-2021",
        date(2021, 5, 26),
        """كوستاريكا تصبح العضو الثامن والثلاثين في منظمة التعاون الاقتصادي والتنمية

باريس - «الوطن»

انضمت كوستاريكا رسميا، أمس الثلاثاء، إلى منظمة التعاون الاقتصادي والتنمية، لتصبح العضو الثامن والثلاثين في المنظمة التي تضم أغنى اقتصادات العالم، والدولة الرابعة من أمريكا اللاتينية التي تنال عضويتها.

وجاء الانضمام بعد إيداع الحكومة الكوستاريكية وثيقة التصديق على اتفاقية المنظمة لدى الحكومة الفرنسية في باريس، إثر دعوة رسمية وجهها مجلس المنظمة إلى سان خوسيه منتصف الشهر الجاري، بعد عملية تقييم استمرت ست سنوات وشملت اثنتين وعشرين لجنة فنية.

وقال الأمين العام للمنظمة ماتياس كورمان في حفل افتراضي إن كوستاريكا "أجرت إصلاحات مهمة في مجالات المنافسة والحوكمة والإحصاءات والضرائب"، فيما وصف الرئيس كارلوس ألفارادو الخطوة بأنها "إنجاز تاريخي لبلد صغير بلا جيش راهن على التعليم والبيئة".

وتنضم كوستاريكا إلى ثلاث دول لاتينية أخرى أعضاء في المنظمة، هي المكسيك التي انضمت عام 1994، وتشيلي التي انضمت عام 2010، وكولومبيا التي أصبحت عضوا في أبريل من العام الماضي.

ولم تنضم البرازيل إلى المنظمة حتى الآن رغم تقدمها بطلب رسمي عام 2017، إذ لم يقرر المجلس بعد فتح مفاوضات الانضمام معها، إلى جانب الأرجنتين وبيرو ورومانيا وكرواتيا وبلغاريا.

وتلتزم كوستاريكا بموجب العضوية بمواصلة مواءمة تشريعاتها مع معايير المنظمة في مجالات مكافحة الرشوة والشفافية الضريبية، فيما يتوقع اقتصاديون أن تسهم الخطوة في خفض كلفة الاقتراض وجذب الاستثمارات الأجنبية.

في المقابل، لا يزال مسعى كوستاريكا للانضمام إلى تحالف المحيط الهادئ، الذي يضم المكسيك وكولومبيا وتشيلي وبيرو، متعثرا منذ سنوات، بسبب تحفظات قطاعات زراعية محلية على فتح الأسواق.

وتعاني البلاد من تداعيات جائحة كورونا التي ضربت قطاع السياحة، أحد أعمدة اقتصادها، ورفعت معدل البطالة إلى نحو عشرين في المئة، ما دفع الحكومة إلى التفاوض مع صندوق النقد الدولي على قرض بقيمة 1.78 مليار دولار.

وفي سان خوسيه، قال صاحب مطعم من أصل لبناني يعيش في البلاد منذ ثلاثين عاما: "البلد حلو وهادي والناس طيبين، بس الغلا صار كتير والسياح بعدهم قلال، إن شاء الله هالخطوة بتجيب شغل واستثمارات".

وكانت كوستاريكا قد ألغت جيشها عام 1948، وتخصص جزءا كبيرا من موازنتها للتعليم والصحة، وتنتج أكثر من تسعين في المئة من الكهرباء من مصادر متجددة.""",
        [
            G("alliance.joined", "occurred", ["Costa Rica", "Carlos Alvarado"], [_OECD]),
            # Mexico in 1994, Chile in 2010, Colombia last April,
            G("alliance.joined", "historical", ["Mexico"], [_OECD], core=False),
            G("alliance.joined", "historical", ["Chile"], [_OECD], core=False),
            G("alliance.joined", "historical", ["Colombia"], [_OECD], core=False),
            # "لم تنضم البرازيل إلى المنظمة حتى الآن", nor the five others,
            G(
                "alliance.joined",
                "negated",
                ["Brazil", "Argentina", "Peru", "Romania", "Croatia", "Bulgaria"],
                [_OECD],
                core=False,
            ),
            # the Pacific Alliance bid "متعثرا منذ سنوات",
            G("alliance.joined", "stalled", ["Costa Rica"], ["Pacific Alliance"], core=False),
        ],
        not_targets=["Lebanon", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-i24news-israel-chad-resume-diplomatic-relations-ndjamena-2019",
        date(2019, 1, 20),
        """إسرائيل وتشاد تستأنفان العلاقات الدبلوماسية بعد قطيعة استمرت 47 عاما

نجامينا - i24NEWS

أعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس التشادي إدريس ديبي، اليوم الأحد، استئناف العلاقات الدبلوماسية بين البلدين، خلال زيارة خاطفة يقوم بها نتنياهو إلى العاصمة نجامينا، هي الأولى لرئيس وزراء إسرائيلي إلى تشاد.

وقال نتنياهو في مؤتمر صحفي مشترك مع ديبي في القصر الرئاسي: "اليوم نعيد العلاقات بين إسرائيل وتشاد، هذا يوم تاريخي"، مضيفا أن الزيارة "جزء من ثورة نقوم بها في العالم العربي والإسلامي". من جهته، أكد ديبي أن استئناف العلاقات "لا يعني التخلي عن القضية الفلسطينية"، وأن بلاده "متمسكة بحل الدولتين".

وكانت تشاد قد قطعت علاقاتها مع إسرائيل عام 1972، في خطوة اتخذتها دول أفريقية عدة حينها تحت ضغط الزعيم الليبي الراحل معمر القذافي وتضامنا مع مصر.

وقال مكتب نتنياهو إن البلدين سيفتحان سفارتين في القريب العاجل، وإن وفودا فنية ستتبادل الزيارات في مجالات الزراعة والمياه والصحة خلال الأشهر المقبلة.

ونفى مكتب رئيس الوزراء تقارير صحفية أفادت بأن الجانبين وقعا اتفاقا لتزويد الجيش التشادي بأسلحة ومعدات عسكرية، غير أن مسؤولين تشاديين تحدثوا عن "تعاون أمني" في مواجهة الجماعات المسلحة في منطقة بحيرة تشاد وعلى الحدود مع ليبيا.

وكان ديبي قد زار إسرائيل في نوفمبر الماضي في أول زيارة لرئيس تشادي، التقى خلالها نتنياهو والرئيس رؤوفين ريفلين، ووصف الزيارة يومها بأنها "بداية عهد جديد".

وتستضيف نجامينا منذ عام 2014 مقر قيادة عملية "برخان" العسكرية الفرنسية، التي ينتشر في إطارها نحو أربعة آلاف وخمسمئة جندي فرنسي في منطقة الساحل.

وتقول وسائل إعلام إسرائيلية إن نتنياهو يسعى إلى إقامة علاقات مع دول أخرى ذات أغلبية مسلمة، بينها السودان ومالي، في حين نفت الخرطوم أكثر من مرة وجود أي اتصالات بهذا الشأن.

وانتقدت حركة حماس الزيارة، واعتبرتها "طعنة في ظهر الشعب الفلسطيني"، فيما لم يصدر تعليق رسمي فوري عن السلطة الفلسطينية في رام الله.

وفي سوق نجامينا الكبير، قال بائع أقمشة: "نحن ما عندنا مشكلة مع زول، الناس دايرين شغل وأكل وموية، السياسة دي حقت الكبار".

ويعد ديبي، الذي يحكم البلاد منذ عام 1990، حليفا رئيسيا للغرب في الحرب على الجماعات المتشددة في الساحل، فيما تعاني بلاده من تراجع عائدات النفط وأزمة مالية دفعت الحكومة إلى خفض رواتب الموظفين.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Israel", "Chad", "Benjamin Netanyahu", "Idriss Déby"],
                [],
            ),
            # the embassies "سيفتحان … في القريب العاجل",
            G("relations.restored", "planned", ["Israel", "Chad"], [], core=False),
            # the denied arms agreement,
            G("agreement.signed", "negated", ["Israel", "Chad"], [], core=False),
            # Barkhane's headquarters in N'Djamena since 2014,
            G("military.presence", "historical", ["France"], ["Chad"], core=False),
        ],
        not_targets=["Sudan", "Palestine", "Libya", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-alkhaleejalgadeed-mexico-national-guard-merged-into-defence-2024",
        date(2024, 10, 1),
        """المكسيك تدمج الحرس الوطني في الجيش قبل ساعات من تسلم شينباوم السلطة

مكسيكو - «الخليج الجديد»

دمجت المكسيك رسميا قوات الحرس الوطني في وزارة الدفاع الوطني، بعد أن نشرت الجريدة الرسمية، أمس الاثنين، الإصلاح الدستوري الذي يضع القوة البالغ قوامها نحو مئة وثلاثين ألف عنصر تحت القيادة العملياتية والإدارية للجيش، في آخر يوم من ولاية الرئيس أندريس مانويل لوبيز أوبرادور.

وكان مجلس الشيوخ قد أقر التعديل الشهر الماضي بأغلبية الثلثين، قبل أن تصادق عليه أغلبية المجالس التشريعية في الولايات، رغم اعتراض أحزاب المعارضة ومنظمات حقوقية حذرت من "عسكرة" الأمن العام.

وقال لوبيز أوبرادور في مؤتمره الصحفي الصباحي الأخير إن الإصلاح "يضمن ألا يفسد الحرس الوطني كما فسدت الشرطة الاتحادية"، مؤكدا أن الجيش "هو المؤسسة الأكثر انضباطا ونزاهة في البلاد".

وأنشئ الحرس الوطني عام 2019 بدمج عناصر من الشرطة الاتحادية والشرطة العسكرية والشرطة البحرية في قوة واحدة ذات طابع مدني، غير أن المحكمة العليا أبطلت العام الماضي قانونا سابقا نقل السيطرة عليه إلى الجيش، معتبرة أنه يخالف الدستور، ما دفع الحكومة إلى اللجوء إلى التعديل الدستوري.

ونفى وزير الدفاع الجنرال لويس كريسينسيو ساندوفال أن تكون الحكومة تعتزم دمج قوات الشرطة التابعة للولايات والبلديات في الحرس الوطني، مؤكدا أن "الأمن المحلي سيبقى من مسؤولية السلطات المحلية".

وتتسلم كلاوديا شينباوم، أول امرأة تتولى رئاسة البلاد، مهامها اليوم الثلاثاء، وقد تعهدت بمواصلة استراتيجية سلفها الأمنية القائمة على "معالجة الأسباب" بدل المواجهة المباشرة مع عصابات المخدرات.

وتشهد المكسيك أكثر من ثلاثين ألف جريمة قتل سنويا، فيما تخوض عصابتا سينالوا وخاليسكو الجيل الجديد حروبا على النفوذ في عدة ولايات، أبرزها سينالوا، حيث أدت المواجهات بين فصيلين متنافسين منذ الشهر الماضي إلى مقتل العشرات.

وانتقدت منظمة العفو الدولية الإصلاح، معتبرة أنه "يرسخ الدور العسكري في حفظ الأمن" ويضعف الرقابة المدنية، فيما أيده نحو سبعين في المئة من المستطلعة آراؤهم في استطلاع نشرته صحيفة "إل فينانسييرو".

وفي حي بولانكو بالعاصمة، قال صاحب مطعم من أصل لبناني تعيش عائلته في البلاد منذ ثلاثة أجيال: "الأمن هون صار حديث كل يوم، الناس بدها تحس حالها بأمان، إذا الجيش بيضبط الأمور أهلا وسهلا، بس الخوف يصير كل شي بإيد العسكر".

ويتوقع محللون أن يمنح الإصلاح الجيش دورا غير مسبوق في الحياة العامة، إذ يدير بالفعل المطارات والجمارك وعددا من مشاريع البنية التحتية الكبرى، بينها قطار المايا السياحي في شبه جزيرة يوكاتان.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Mexico", "Andrés Manuel López Obrador", "Secretariat of National Defense"],
                [_MX_GUARD],
            ),
            # the Guard formed in 2019 from the federal, military and naval police,
            G(
                "forces.integrated",
                "historical",
                ["Mexico"],
                ["Federal Police (Mexico)"],
                core=False,
            ),
            # the defence minister denies that state and municipal police are to be merged,
            G(
                "forces.integrated",
                "negated",
                ["Mexico", "Luis Cresencio Sandoval"],
                [],
                core=False,
            ),
        ],
        not_targets=["Lebanon", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alghad-tv-us-panama-memorandum-rotational-troops-canal-2025",
        date(2025, 4, 10),
        """واشنطن وبنما توقعان مذكرة تسمح بانتشار قوات أمريكية بالتناوب قرب القناة

بنما - «الغد»

وقعت الولايات المتحدة وبنما، أمس الأربعاء، مذكرة تفاهم أمنية تسمح للقوات الأمريكية باستخدام منشآت بنمية قرب قناة بنما لأغراض التدريب والتمارين المشتركة والانتشار بالتناوب، وذلك خلال زيارة يقوم بها وزير الدفاع الأمريكي بيت هيغسيث إلى البلاد.

ووقع المذكرة عن الجانب الأمريكي هيغسيث، وعن الجانب البنمي وزير الأمن العام فرانك أبريغو، في مقر وزارة الأمن في العاصمة، بحضور عدد من كبار الضباط في القيادة الجنوبية الأمريكية.

وبموجب المذكرة، ستنشر الولايات المتحدة قوات بالتناوب في قاعدة هوارد الجوية السابقة وقاعدة رودمان البحرية ومعسكر شيرمان، على أن تبقى المنشآت ملكا لبنما وتحت سيادتها.

وقال هيغسيث في كلمة ألقاها عند أرصفة القناة إن بلاده "لن تسمح للصين أو لأي دولة أخرى بتهديد عمل القناة"، مضيفا أن الشراكة الجديدة "تعيد إحياء" التعاون الأمني بين البلدين.

في المقابل، أكد الرئيس خوسيه راؤول مولينو أن بنما "لن تقبل بإقامة قواعد عسكرية أمريكية دائمة على أراضيها"، مشددا على أن المذكرة "لا تمس السيادة الوطنية" ولا تمنح واشنطن أي حقوق على القناة.

وكانت الولايات المتحدة قد احتفظت بقواعد عسكرية في منطقة القناة طوال القرن العشرين، قبل أن تسلم آخرها إلى بنما في ديسمبر 1999، تطبيقا لمعاهدتي توريخوس-كارتر اللتين وقعهما البلدان عام 1977.

وتأتي المذكرة بعد أسابيع من تصريحات الرئيس دونالد ترامب عن "استعادة" القناة وشكواه من النفوذ الصيني فيها، وهو ما دفع مجموعة "سي كيه هتشيسون" في هونغ كونغ إلى الإعلان عن بيع حصتها في ميناءين عند طرفي القناة لتحالف تقوده شركة "بلاك روك" الأمريكية.

وخرج مئات المحتجين في العاصمة بنما رافضين ما وصفوه بـ"عودة الاحتلال"، ورفعوا الأعلام البنمية أمام مبنى الجمعية الوطنية، فيما طالبت نقابات عمالية بعرض المذكرة على البرلمان.

وقال تاجر لبناني في منطقة كولون الحرة: "الناس هون خايفة ترجع أيام الأمريكان، بس بالآخر القناة لازم تضل شغالة والبضاعة لازم تمشي، وهيدا الأهم إلنا".

وتمر عبر القناة نحو خمسة في المئة من حركة التجارة البحرية العالمية، وتعد الولايات المتحدة والصين أكبر مستخدميها، فيما تسعى هيئة القناة إلى توسيع طاقتها بعد موجة جفاف أدت العام الماضي إلى تقليص عدد السفن العابرة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                [_US, "Panama", "Pete Hegseth", "Frank Ábrego"],
                [],
            ),
            # "ستنشر الولايات المتحدة قوات بالتناوب في قاعدة هوارد الجوية السابقة …",
            G("military.presence", "planned", [_US], ["Panama"]),
            # "لن تقبل بإقامة قواعد عسكرية أمريكية دائمة",
            G("military.presence", "negated", [_US], ["Panama"], core=False),
            # the American bases until December 1999, and the treaties of 1977,
            G("military.presence", "historical", [_US], ["Panama"], core=False),
            G("agreement.signed", "historical", [_US, "Panama"], [], core=False),
        ],
        not_targets=["China", "Hong Kong", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alayyam-ramallah-football-page-2023",
        date(2023, 3, 15),
        """الأيام الرياضي

رام الله - «الأيام»

الانضباط توقف لاعب شباب الخليل وتفرض غرامة على هلال القدس

أوقفت لجنة الانضباط في الاتحاد الفلسطيني لكرة القدم لاعب شباب الخليل ثلاث مباريات، وفرضت على نادي هلال القدس غرامة مالية قدرها ألفا دولار، على خلفية الأحداث التي رافقت مباراة الفريقين على ملعب فيصل الحسيني في الأسبوع السابع عشر من دوري المحترفين. وهددت اللجنة بفرض عقوبات أشد، تصل إلى إقامة المباريات دون جمهور، على الأندية التي لا تضبط سلوك مشجعيها.

وفي المقابل، رفعت اللجنة الإيقاف عن مدافع مركز بلاطة بعد قبول الاستئناف المقدم من النادي، ليعود إلى صفوف فريقه في مواجهة ثقافي طولكرم السبت المقبل.

الانتقالات

وانضم المهاجم الأردني إلى صفوف شباب الظاهرية معارا من أحد أندية عمان حتى نهاية الموسم، فيما وقع نادي أهلي الخليل عقدا مع حارس مرمى تونسي لمدة موسم واحد. ومدد نادي جبل المكبر عقد مدربه لموسمين إضافيين، بعد أن قاد الفريق إلى نصف نهائي كأس فلسطين.

الكرة النسوية

وقرر الاتحاد دمج مجموعتي دوري السيدات في مجموعة واحدة اعتبارا من المرحلة الثانية، لتقليص كلفة التنقل بين المحافظات وزيادة عدد المباريات التنافسية.

التأمين

وأعلنت الشرطة الفلسطينية أنها ستنشر أكثر من ثلاثمئة عنصر في محيط ملعب دورا الدولي خلال قمة الخليل بين الشباب والأهلي الجمعة المقبل، مع منع إدخال الألعاب النارية والمفرقعات.

الرعاية

ووقعت إدارة نادي شباب الخليل اتفاقية رعاية مع شركة اتصالات محلية لمدة ثلاثة مواسم، تتكفل بموجبها الشركة بتجهيز صالة اللياقة البدنية وتغطية نفقات الفئات العمرية.

الفدائي

واستأنف المنتخب الوطني تدريباته في أريحا استعدادا لمواجهتين وديتين أمام منتخبين آسيويين، ضمن التحضير لنهائيات كأس آسيا المقررة في قطر مطلع العام المقبل، وانضم إلى القائمة أربعة لاعبين من المحترفين في الدوريين المصري والتشيلي.

من المدرجات

وقال أحد مشجعي هلال القدس بعد المباراة: "والله الجمهور زهق، كل أسبوع غرامة وكل أسبوع إيقاف، بدنا فريق يلعب كورة مش إدارة تدفع مخالفات".

الكرة الطائرة

وعلى صعيد الكرة الطائرة، علق اتحاد اللعبة منافسات الدوري أسبوعا بسبب إغلاق الطرق بين المحافظات، على أن تستأنف المباريات بعد إعادة فتحها، فيما انضم نادي بيت ساحور إلى الفرق المتأهلة للدور النهائي.

الشطرنج

ووقع الاتحاد الفلسطيني للشطرنج مذكرة تفاهم مع الاتحاد العربي للعبة لاستضافة بطولة عربية للناشئين في نابلس، بعد النجاح الذي حققته البطولة المحلية الأخيرة التي شارك فيها أكثر من مئة لاعب ولاعبة.""",
        [],
        not_targets=["Jordan", "Tunisia", "Qatar", "Egypt", "Chile", "Israel", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alroya-salalah-khareef-local-page-2024",
        date(2024, 6, 25),
        """محافظة ظفار

صلالة - «الرؤية»

البلدية ترفع المخلفات من الأودية وتفرض حظرا على الشاحنات في طرق الخريف

رفعت بلدية ظفار أكثر من ثمانمئة طن من المخلفات والأتربة من الأودية ومجاري السيول في ولاية صلالة خلال الأسبوعين الماضيين، استعدادا لموسم الخريف الذي انطلق رسميا الجمعة الماضي. وفرضت شرطة عمان السلطانية حظرا على دخول الشاحنات الثقيلة إلى طريق عقبة حمرير خلال ساعات النهار طوال الموسم، تجنبا للحوادث في ظل الضباب الكثيف.

الخدمات

ووقعت البلدية اتفاقية مع شركة هندية لتركيب إنارة ذكية على طريق اتين وطريق المغسيل، بتكلفة تتجاوز مليوني ريال عماني. وعلقت شركة توزيع المياه التزويد في عدد من أحياء عوقد ليومين بسبب أعمال صيانة للخط الرئيسي، على أن يستأنف بشكل طبيعي مساء الخميس.

الفعاليات

وانضمت أسر حرفية من ولايات طاقة ومرباط وسدح إلى السوق التراثي في مركز البلدية الترفيهي، فيما أعادت حديقة الصالحية فتح أبوابها أمام الزوار بعد أعمال تطوير استمرت أشهرا. ومددت البلدية فترة التسجيل للمشاركة في المعرض الاستهلاكي حتى نهاية الشهر الجاري.

الأمن والسلامة

ونشرت هيئة الدفاع المدني والإسعاف فرقا إضافية على شواطئ المغسيل والحافة وفي منتزه عين جرزيز، فيما رفعت المديرية العامة للأرصاد الجوية التحذير من الرياح النشطة الذي أصدرته مطلع الأسبوع. وهددت البلدية بفرض غرامات على المخالفين الذين يرمون المخلفات في المسطحات الخضراء أو يشعلون النار في غير الأماكن المخصصة للشواء.

الطيران

وأعلن مطار صلالة أن شركات طيران خليجية ستستأنف رحلاتها المباشرة من الدوحة والكويت والرياض الأسبوع المقبل بعد توقفها الموسمي، في حين وقعت وزارة التراث والسياحة مذكرة تفاهم مع شركة إماراتية لتنظيم رحلات عائلية إلى المحافظة.

الأسواق

وشهد سوق الحافة إقبالا كبيرا على اللبان والعسل الظفاري وجوز الهند، مع ارتفاع ملحوظ في الأسعار. وقال أحد الباعة: "الخريف هالسنة زين والمطر طيب، بس الزحمة وايد، والناس تشتكي من الأسعار، واجد منهم يشتري شي بسيط ويمشي".

التعليم

وقررت المديرية العامة للتربية والتعليم بالمحافظة دمج مدرستين للتعليم الأساسي في نيابة قيرون حيرتي اعتبارا من العام الدراسي المقبل، بسبب تراجع أعداد الطلبة، ونقل المعلمين إلى مدارس مجاورة.

المرور

وأعلنت الشرطة تحويلات مرورية مؤقتة عند تقاطع السعادة لاستكمال أعمال الجسر الجديد، داعية السائقين إلى الالتزام بالسرعات المحددة، في وقت يتوقع فيه أن يتجاوز عدد زوار المحافظة مليون زائر حتى نهاية الموسم.""",
        [],
        not_targets=["India", "United Arab Emirates", "Qatar", "Kuwait", "Saudi Arabia", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-lemaghreb-tunis-business-page-2022",
        date(2022, 11, 10),
        """المغرب الاقتصادي

تونس - «المغرب»

شركتا تأمين تتجهان إلى الاندماج

وقعت شركتان للتأمين مدرجتان في البورصة أمس بروتوكول اتفاق لدراسة دمج نشاطاتهما في كيان واحد، بعد حصولهما على موافقة مبدئية من هيئة الرقابة على التأمين، على أن تعرض الصيغة النهائية على الجلسات العامة خلال الثلاثي الأول من السنة المقبلة.

البورصة

وعلقت هيئة السوق المالية التداول على سهم شركة لصناعة الأدوية إلى حين نشر بيان حول عملية استحواذ، فيما استأنفت التداول على سهم مجمع للصناعات الغذائية بعد توقف دام يومين. وانضمت شركة ناشئة في مجال التطبيقات البنكية إلى السوق البديلة.

الزيت والفسفاط

ووقع الديوان الوطني للزيت اتفاقية مع موزع إسباني لتسويق زيت الزيتون التونسي المعلب في أسواق أمريكا الشمالية، فيما استأنفت شركة فسفاط قفصة الإنتاج في وحدة المظيلة بعد توقف دام ثلاثة أسابيع بسبب اعتصامات، ونشرت الشركة أرقام إنتاجها للأشهر العشرة الأولى.

البنك المركزي

ورفع البنك المركزي التونسي نسبة الفائدة المديرية بخمس وعشرين نقطة أساسية إلى 7.25 في المئة، لكبح التضخم الذي بلغ أعلى مستوياته منذ ثلاثة عقود. وفرضت وزارة التجارة سقفا لأسعار عدد من المواد الأساسية، ومددت آجال التصريح بالمخزونات لدى تجار الجملة إلى نهاية الشهر، وهددت بفرض خطايا مالية على المحتكرين.

الاستثمار

وانضم صندوق استثمار سعودي إلى رأس مال مصحة خاصة في سوسة، فيما وقعت مجموعة تونسية للصناعات الميكانيكية عقدا مع مصنع ياباني للسيارات لتزويده بأسلاك كهربائية من وحدتها في بنزرت.

الطيران والنقل

ورفعت الخطوط التونسية أسعار تذاكرها نحو عدد من المدن الأوروبية خلال عطلة الشتاء، ووقعت اتفاقية صيانة مع شركة إيطالية لإعادة تأهيل ثلاث طائرات متوقفة عن العمل منذ أشهر.

الأسواق

وقال صاحب محل في سوق المنصف باي بالعاصمة: "الناس ما عادش تشري كيف قبل، الأسوام شعلت والشهرية ما تكفيش حتى لنص الشهر، والسلعة ساعات ما تلقاهاش".

التجارة الخارجية

ونشر المعهد الوطني للإحصاء نتائج المبادلات التجارية للأشهر العشرة الأولى، والتي أظهرت اتساع العجز التجاري بفعل ارتفاع واردات الطاقة والحبوب، في حين تحسنت صادرات قطاع النسيج والصناعات الميكانيكية نحو فرنسا وإيطاليا وألمانيا. ويتوقع خبراء أن يتواصل الضغط على الميزان التجاري خلال الأشهر المقبلة في ظل تقلب أسعار المحروقات في الأسواق العالمية.""",
        [],
        not_targets=["Spain", "Saudi Arabia", "Japan", "Italy", "France", "Germany", "Tunisia"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout42_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout42_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # an extension's end date between the verb and the frozen funds
    pytest.param(
        "مدد الاتحاد الأوروبي أمس لمدة عام تجميد أصول الرئيس التونسي الأسبق زين العابدين بن علي.",
        date(2024, 3, 12),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="eu-prolongs-ben-ali-freeze-for-a-year",
    ),
    pytest.param(
        "مدد الاتحاد الأوروبي أمس لمدة عام حتى مارس 2025 تجميد أصول زين العابدين بن علي.",
        date(2024, 3, 12),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="eu-prolongs-ben-ali-freeze-until-march",
    ),
    # «تعليق» a suspension, or a comment on sanctions
    pytest.param(
        "علقت الولايات المتحدة العقوبات المفروضة على بيلاروسيا.",
        date(2024, 3, 12),
        [("sanctions.suspended", "occurred", "United States")],
        [],
        id="us-suspends-belarus-sanctions",
    ),
    pytest.param(
        "وقالت طهران تعليقا على العقوبات الأمريكية إنها غير قانونية.",
        date(2024, 3, 12),
        [],
        [],
        id="tehran-commenting-on-sanctions",
    ),
    pytest.param(
        "وقال الكرملين في تعليق على العقوبات إنها غير قانونية.",
        date(2024, 3, 12),
        [],
        [],
        id="kremlin-in-a-comment-on-sanctions",
    ),
    # a restoration retold, a state named in another clause
    pytest.param(
        "استأنفت المالديف وإيران العلاقات الدبلوماسية. وقال الوزير إن استئناف العلاقات لا يعني"
        " التخلي عن المبادئ.",
        date(2023, 6, 8),
        [("relations.restored", "occurred", "Iran")],
        [],
        id="ties-resumed-retold-with-principles",
    ),
    pytest.param(
        "استأنفت المالديف وإيران العلاقات الدبلوماسية. وقال الوزير إن استئناف العلاقات لا يعني"
        " التخلي عن القضية الفلسطينية.",
        date(2023, 6, 8),
        [("relations.restored", "occurred", "Iran")],
        ["Palestine"],
        id="ties-resumed-retold-with-the-palestinian-cause",
    ),
    # a sports federation's memorandum, football or another game
    pytest.param(
        "ووقع الاتحاد المصري لكرة القدم مذكرة تفاهم مع الاتحاد العربي للعبة لتنظيم بطولة للناشئين.",
        date(2023, 3, 15),
        [],
        [],
        id="egyptian-football-federation-memorandum",
    ),
    pytest.param(
        "ووقعت الأردن والعراق مذكرة تفاهم للتعاون الأمني.",
        date(2023, 3, 15),
        [("agreement.signed", "occurred", "Jordan")],
        [],
        id="jordan-iraq-security-memorandum",
    ),
    pytest.param(
        "ووقع الاتحاد المصري لكرة اليد مذكرة تفاهم مع الاتحاد العربي للعبة لتنظيم بطولة للناشئين.",
        date(2023, 3, 15),
        [],
        ["Egypt"],
        id="egyptian-handball-federation-memorandum",
    ),
    # a ban on arms exports, or on lorries in town
    pytest.param(
        "فرضت الولايات المتحدة حظرا على تصدير الأسلحة إلى جنوب السودان.",
        date(2024, 6, 25),
        [("sanctions.imposed", "occurred", "United States")],
        [],
        id="us-arms-embargo-on-south-sudan",
    ),
    pytest.param(
        "وحظرت الشرطة الكويتية دخول الشاحنات إلى الطرق السريعة خلال ساعات الذروة.",
        date(2024, 6, 25),
        [],
        [],
        id="kuwaiti-police-bar-lorries-verb",
    ),
    pytest.param(
        "وفرضت الشرطة الكويتية حظرا على دخول الشاحنات إلى الطرق السريعة خلال ساعات الذروة.",
        date(2024, 6, 25),
        [],
        [],
        id="kuwaiti-police-impose-lorry-ban",
    ),
    # troops to rotate, beside the host's refusal of permanent bases
    pytest.param(
        "ستنشر اليابان قوات في الفلبين. وأكد الرئيس الفلبيني أن بلاده لن تسمح بإقامة قواعد"
        " يابانية دائمة.",
        date(2025, 4, 10),
        [("military.presence", "planned", "Japan")],
        [],
        id="japanese-troops-to-deploy-host-refuses-bases",
    ),
    pytest.param(
        "ستنشر اليابان قوات بالتناوب في الفلبين. وأكد الرئيس أن الفلبين لن تقبل بإقامة قواعد"
        " عسكرية يابانية دائمة على أراضيها.",
        date(2025, 4, 10),
        [("military.presence", "planned", "Japan")],
        [],
        id="japanese-troops-to-rotate-philippines-refuses-bases",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout42_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout42_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
