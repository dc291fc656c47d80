"""A fifty-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-two held-out sets: contemporary Arabic copy of 2016-2025, as today's wires, sites
and papers carry it (a Beirut site, "بيروت - «المدن»", with a Hamra money-changer's "شو بدك
نعمل؟ الدولار طالع نازل متل الأسانسير"; a London daily's Kabul report, "كابل - «الشرق الأوسط»",
with a Mandawi dried-fruit seller's words rendered from Dari; a Damascus daily, "دمشق - «الوطن»",
with a Midan electrician's "والله الكهربا إذا إجت ساعتين باليوم منكون مبسوطين"; a Beirut
channel's site in Caracas, "كراكاس - «الميادين نت»", with a Lebanese-born draper's "نحنا هون من
خمسين سنة، وين بدنا نروح؟"; a Chinese state agency, "بكين - «شينخوا»", with an Iraqi trader of
Yiwu's "والله الشغل خربان من يوم بدت الحرب التجارية"; a Cairo daily, "القاهرة - «الشروق»", with
"السفير أحمد أبو زيد" and an Ataba seller's "يعني إيه بريكس؟ هتنزل سعر الدولار؟"; a Beirut
daily at Naqoura, "الناقورة (جنوب لبنان) - «النهار»", with "رئيس الجمهورية العماد ميشال عون" and a
Tyre fisherman's "البحر إلنا من زمان"; a Saudi daily, "الرياض - «الوطن»", with a contractor's
"الجيرة ما تنشرى"; a Libyan site, "طرابلس - «بوابة الوسط»", with a Misrata nurse's "إحنا نبو
الدولة بس"; a Jeddah daily's football page, "جدة - «عكاظ»", with a club president's "نبي نرجع
للمنافسة" and a fan's "من أيام الثمانينات وأنا أتابع العميد"; an Egyptian site's Tanta page,
"طنطا - «صدى البلد»", with "اللواء محافظ الغربية" and a microbus driver's "إحنا مش ضد التطوير، بس
يا ريت حد يسألنا"; a Sharjah daily's business page, "الشارقة - «الخليج»", with a fishmonger's
"اللي ما عنده نفس طويل يطلع من السوق") and on programmes and regions they do not touch (the
Treasury's listing of the Beirut money-changer Hassan Moukalled, his sons and CTEX, January
2023; the Security Council's committee delisting Gulbuddin Hekmatyar, February 2017; the Council
of the EU suspending its energy and transport sanctions on Syria, February 2025; the Council
prolonging its Venezuela measures to November 2023; China threatening the American firms of a
Taiwan arms sale, July 2019; Egypt, Ethiopia, Iran and the UAE members of BRICS, January 2024;
Lebanon and Israel signing their maritime border agreement at Naqoura, October 2022; Iran's
embassy in Riyadh reopened, June 2023; the Presidential Council's Presidential Guard and an
Italian field hospital's soldiers in Misrata, September 2016). Nine carry core events of all ten
alertable types (twelve in all), ten occurred and two planned (Saudi Arabia that "ستعيد … فتح
سفارتها في طهران خلال الأيام المقبلة"; Italy that "ستنشر نحو مئتي جندي آخرين في مصراتة"), next
to historical, negated and stalled ones; three are near misses: a Jeddah football page (a club
fined «فرضت … غرامة», a defender banned, threats of harsher penalties «هددت … بفرض عقوبات أشد», a
goalkeeper's ban "رفعت", a Brazilian who "انضم" from the Portuguese league, a captain's contract
"مدد", a sponsorship and a technical agreement with a Spanish club "وقعت", two youth teams
"دمج", a round suspended to "تستأنف", security men "نشرت", gates "رفعت"), a Tanta local page
(shops fined and threatened, a deadline "مدد", water "علقت" and resumed, a protocol with the
university "وقعت", the city that "انضمت … إلى شبكة اليونسكو العالمية لمدن التعلم", evening
classes merged, traffic patrols "نشرت", rubbish "رفعت", a park reopened) and a Sharjah business
page (a shipping company that "انضمت إلى عضوية غرفة تجارة وصناعة الشارقة" and "وقعت اتفاقية مع
شركة هندية", port fees "رفعت" and "فرضت", flights "علقت" and resumed, a merger memorandum, a fund
that "انضم إلى رأسمال" a start-up, a deadline "مددت", field teams "نشرت", drapers who "هدد …
بتجميد تعاملاتهم", a project "جمدت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على الصراف
اللبناني حسن مقلد ونجليه ريان وراني، وعلى شركة «سي تكس» للصرافة" imposes sanctions (core; the
United States, the Treasury and OFAC, whose statement follows; the four, whom the knowledge base
lacks, the targets; not Lebanon, their country, Hezbollah, whom they are said to serve, nor the
Banque du Liban, which licensed the firm), "ولم تشمل العقوبات مصرف لبنان ولا أيا من المصارف
التجارية" a negated imposition, the listing of «القرض الحسن» in 2007 and of its officials in May
2021 a historical imposition, the talks with the IMF "متعثرة" a stalled signing; a sanctions
committee of the Security Council that "رفعت … اسم … قلب الدين حكمتيار من قائمة العقوبات" lifts
sanctions (core; the Council, its committee; Hekmatyar the target; not Afghanistan, which asked
for it, Hezb-e-Islami, his party, the Taliban or Pakistan), the peace agreement "الذي وقعته مع
الحزب الإسلامي في سبتمبر الماضي" a historical signing, the listing "في فبراير 2003" a historical
imposition, "ولم ترفع الولايات المتحدة اسمه من قائمتها" a negated lifting, the government's efforts
with the Taliban "متعثرة" a stalled signing; a Council of the EU that "علق … العقوبات المفروضة على
قطاعي الطاقة والنقل في سوريا" suspends sanctions (core; the Council and the EU; Syria the target;
not Bashar al-Assad, whose regime fell, nor Jordan or Turkey, through which gas would come),
"ولم يعلق المجلس العقوبات المتعلقة بتجارة الأسلحة" a negated suspension, the sanctions of May 2011
a historical imposition, Kallas's "خطوة أولى يمكن التراجع عنها" no event; a Council that "مدد …
الإجراءات التقييدية المفروضة على فنزويلا لمدة عام إضافي" extends sanctions (core; the Council and
the EU; Venezuela the target; not the United States, Mexico or Norway, nor Alex Saab), "ولم يرفع
المجلس أيا من الأسماء المدرجة" a negated lifting, the arms embargo of November 2017 a historical
imposition, the Mexico talks of the government and the Unitary Platform "متعثرة منذ أكتوبر" a
stalled signing; China that "هددت … بفرض عقوبات على الشركات الأمريكية المشاركة في صفقة أسلحة
لتايوان" threatens sanctions (core; China, its foreign ministry and Geng Shuang, whom the knowledge
base lacks; the firms unnamed, so no target; not Taiwan, the buyer, nor the United States, the
firms' country), the sanctions of January 2010 on Lockheed Martin and Boeing a historical
imposition, the trade talks "متعثرة منذ مايو الماضي" a stalled signing, the experts' guess at
General Dynamics and Raytheon no event of its own; Egypt that "انضمت … رسميا … إلى مجموعة
«بريكس»" with Ethiopia, Iran and the UAE joins (core; the four; BRICS the bloc; not Russia, China,
India, Saudi Arabia or Argentina), Argentina that "أعلنت … أنها لن تنضم" a negated joining, Saudi
Arabia that "لم تحسم … موقفها بعد" a stalled joining, South Africa's entry of 2010 and Egypt's entry
to the New Development Bank "في مارس الماضي" historical joinings; Lebanon and Israel that "وقع …
اتفاق ترسيم الحدود البحرية بينهما" sign (core; Lebanon, Israel, Aoun and Lapid; not the United
States, whose envoy mediated, France, TotalEnergies' country, or Syria), "ولم يوقع لبنان أي اتفاق
مع إسرائيل بشأن الحدود البرية" a negated signing, the armistice of Rhodes "عام 1949" a historical
signing, UNIFIL in the south "منذ عام 1978" a historical presence, the talks with Syria on the
northern line "متعثرة" a stalled signing, TotalEnergies' drilling "العام المقبل" no event; Iran that
"أعادت … فتح سفارتها في الرياض" restores ties (core; Iran; Saudi Arabia the target; not Iraq or
Oman, the hosts of the talks, China, the OIC or the GCC), Saudi Arabia that "ستعيد … فتح سفارتها في
طهران خلال الأيام المقبلة" a planned restoration (core), the Beijing agreement "في العاشر من مارس
الماضي" a historical signing, the rupture of January 2016 no event of a watched type, "ولم تستأنف
مملكة البحرين علاقاتها الدبلوماسية مع إيران" a negated restoration, the Saudi talks with the
Houthis "متعثرة" a stalled signing; a Presidential Council that "دمج … نحو ألف وخمسمئة عنصر من
كتائب الثوار ووحدات من الجيش والشرطة في الحرس الرئاسي" integrates forces (core; the Presidential
Council, the GNA and al-Sarraj; the Presidential Guard, which the knowledge base lacks, the
target), an Italian force that "وصلت إلى مطار مصراتة الدولي" is a presence (core; Italy; Libya the
target; not Tunisia or Turkey, where the wounded go, nor the Islamic State), Italy that "ستنشر
نحو مئتي جندي آخرين في مصراتة" a planned presence (core), "لا تعتزم إرسال قوات قتالية إلى ليبيا" a
negated presence, the talks with Haftar's LNA "حول توحيد المؤسسة العسكرية متعثرة" a stalled
integration; a football page's fine, bans, a ban lifted, threats to a club, a transfer, a
contract prolonged, a sponsorship and a technical agreement with a Spanish club, merged youth
teams, a suspended and resumed round, security men and gates, a local page's fines and threats,
a deadline, water cut and resumed, a protocol, a network of UNESCO, merged classes, patrols,
rubbish and a park reopened, and a business page's membership of a chamber, a shipping agreement
with an Indian company, port fees, flights suspended and resumed, a merger memorandum, a fund
joining a capital, a deadline, field teams, drapers' threat to freeze their dealings and a frozen
project are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit fa4056b), in one run: events P 0.800 R 1.000 F1
0.889 (recall 12/12, precision 12/15: twelve alerts right, three wrong by the scorer's count;
occurred core found 10/10, planned 2/2; historical 10/11, negated 8/8 and stalled 8/8 kept quiet
by the scorer's count). No annotation or text was changed after the run. Miss (by the set's
check; the scorer counts it found through the occurred arrival of the same force): in ar-hl09 the
planned "إن بلادها ستنشر نحو مئتي جندي آخرين في مصراتة خلال الأسابيع المقبلة" is read as negated:
an alertable event with no day of the news takes the status of a quiet one of its type that shares
its participants (``_demote`` in ``rasd/events/extractor.py``), here the same sentence's "أن إيطاليا
«لا تعتزم إرسال قوات قتالية إلى ليبيا»", a refusal of another kind of force; only a refusal of
permanent bases (``_PERMANENT``) or another state's refusal is kept apart, and "خلال الأسابيع
المقبلة" or "الأسبوع المقبل" does not make the plan fresh. Wrong alerts: in ar-hl01 the imposition
of the headline "واشنطن تفرض عقوبات على صراف لبناني ونجليه" has Lebanon for its target: a
profession noun «صراف» is no title that makes its demonym a person's nationality (``_ROLE_AR`` in
``rasd/events/participants.py`` holds «رجل، مسؤول، مواطن …»; "رجل أعمال عراقي" is read as a
person), so «لبناني» stands for the state; in ar-hl03 "إلى جانب رفع الحظر عن بعض المعاملات المصرفية
المرتبطة بالقطاعات المستثناة", what the suspension covers, is an occurred lifting by the Central Bank
of Syria: a masdar lifting with no lifter named takes the body named before it, here the one funds
are provided to ("السماح بتوفير أموال … لمصرف سوريا المركزي"), as its actor (``assign`` in
``rasd/events/roles.py``; without the bank the clause gives nothing); in ar-hl05 the threat has
Taiwan for its target: the state named inside the relative clause that qualifies the firms
threatened ("على الشركات الأمريكية المشاركة في صفقة أسلحة لتايوان") is taken as a second target
(``assign`` in ``rasd/events/roles.py``), and the spokesman's "إن «الصين ستفرض عقوبات على الشركات
الأمريكية المعنية بهذه الصفقة»" is a planned imposition beside the threat: ``_threat_restated`` in
``rasd/events/extractor.py`` folds a plan into an earlier threat only when both name a shared
target, and firms left unnamed give none (one may read the spokesman's words as a plan; the
annotation, taken before the run, holds them the threat told again, as the headline and the lead
tell it); in ar-hl10 "كما وقعت اتفاقية تعاون فني مع ناد إسباني لتبادل الخبرات" is an occurred
signing with Spain for its target: a club's or an academy's nationality («ناد إسباني»، «أكاديمية
إيطالية») is not hidden as a firm's is (``_company_demonym_ar`` and ``_NATIONALITY_HOLDERS_AR`` in
``rasd/events/roles.py`` know «شركة، مصرف، جمعية …», not «ناد/نادي»), and the sports screen reads
the club only when it is the clause's subject ("ووقع النادي اتفاقية … مع ناد إيطالي" is quiet), not
after «كما». Five strict xfails on five articles (ar-hl09 missed; ar-hl01, ar-hl03, ar-hl05,
ar-hl10 wrong alerts); do not tune lexicons on these articles. Every cause has sentences of its
own in ``RULES``, strict xfails until fixed (six: a money-changer's demonym, a lifting's actor
taken from the beneficiary of funds, a state inside the relative clause of the firms threatened,
a threat restated without a target, a plan demoted by the refusal of combat troops, a club's
nationality), beside fourteen neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the four listed, unknown to the knowledge base, are no targets,
and the negated imposition gives nothing; in ar-hl02 the UN's listing of 2003 gives nothing while
"تصنيفه «إرهابيا عالميا»" is a historical imposition of the State Department with no target, and
the peace agreement of September and the negated US lifting give nothing; in ar-hl03 the suspension
is raised twice (the headline's «يعلق» with the EU, the lead's «علق» with the Council), neither
with Syria for its target, and the negated suspension gives nothing; in ar-hl04 the negated lifting
and the stalled talks give nothing; in ar-hl05 the imposition of 2010 has no actor; in ar-hl06 the
joining has Egypt alone for its actor (Ethiopia, Iran and the UAE are missing), and Saudi Arabia's
undecided entry and South Africa's of 2010 give nothing; in ar-hl07 the signing has Lebanon and
Lapid for actors and Israel for its target, Aoun's morning signature "وكان … قد وقع" is a historical
signing, the negated land accord has Syria among its actors (folded with the stalled northern
talks), and UNIFIL and the armistice of 1949 give nothing; in ar-hl08 the reopening and the planned
Saudi one have no target, the Beijing agreement is a stalled signing folded with the Houthi talks
(quiet either way) and its "وإعادة فتح السفارتين" a historical restoration with China, and the
negated Bahraini restoration gives nothing; in ar-hl09 the integration has the GNA for its target
(the Presidential Guard is unknown), the arrival has Misrata beside Libya, and the stalled talks
with the LNA give nothing. The Tanta and Sharjah pages raise nothing.

After the fixes of the same round (2026-12-03): events P 0.867 R 1.000 F1 0.929 (recall 12/12,
precision 13/15). Fixed as general causes (rasd/events/participants.py, roles.py): a trade told
as a person's title («صراف لبناني») names the person, not the state; a club's or an academy's
nationality («مع ناد إسباني») names no party; a plan with its own time ahead is not demoted by a
refusal of the same state (rasd/events/extractor.py; ar-hl09 passes). Left: the bank that receives
funds taken as the lifter (ar-hl03), Taiwan inside the firms' description and the spokesman's plan
beside the threat (ar-hl05), and a refusal that still demotes an undated plan (the rule case).

After the fixes of 2026-12-05 (held-out set 66's round): P 1.000 R 1.000 F1 1.000 (recall 12/12,
precision 13/13). A central bank's act on its own state's firms is no sanctions event (rule
sentences in ``tests/unit/test_heldout66_rules_ar.py``), so the lifting that took the Central Bank
of Syria for its lifter in ar-hl03, and the rule case beside funds provided to a bank, are quiet:
their strict xfails are gone.

``python -m tests.unit.test_heldout53_events_ar`` prints every article's alerts and the set's
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

_US = "United States"
_TREASURY = "United States Department of the Treasury"
_OFAC = "Office of Foreign Assets Control"
_UNSC = "United Nations Security Council"
_AQ_COMMITTEE = "UN Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee"
_MOUKALLEDS = ["Hassan Moukalled", "Rayyan Moukalled", "Rani Moukalled", "CTEX Exchange"]
_HEZB_ISLAMI = "Hezb-e-Islami"
_COUNCIL_EU = "Council of the European Union"
_EU = "European Union"
_CN_MFA = "Ministry of Foreign Affairs (China)"
_UAE = "United Arab Emirates"
_UNIFIL = "United Nations Interim Force in Lebanon"
_PC_LIBYA = "Presidential Council (Libya)"
_GNA = "Government of National Accord"
_GUARD = "Presidential Guard (Libya)"
_LNA = "Libyan National Army"

_RELATIVE_STATE = (
    "a state named inside the relative clause that qualifies the firms threatened («على الشركات"
    " … المشاركة في صفقة أسلحة لتايوان») is taken as a target (assign in rasd/events/roles.py)"
)
_RESTATED_NO_TARGET = (
    "_threat_restated in rasd/events/extractor.py folds a planned imposition into an earlier"
    " threat only when both share a target; a threat on unnamed firms gives none, so the"
    " spokesman's «ستفرض عقوبات» is a planned imposition beside the threat"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-almodon-treasury-sanctions-beirut-money-changer-moukalled-ctex-2023",
        date(2023, 1, 18),
        """واشنطن تفرض عقوبات على صراف لبناني ونجليه بتهمة تمويل «حزب الله»

بيروت - «المدن»

فرضت وزارة الخزانة الأمريكية، أمس الثلاثاء، عقوبات على الصراف اللبناني حسن مقلد ونجليه ريان وراني، وعلى شركة «سي تكس» للصرافة التي يملكها، متهمة إياهم بتسهيل عمليات مالية لصالح «حزب الله» والالتفاف على العقوبات المفروضة عليه.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن مقلد "يعمل مستشارا ماليا للحزب، ويحافظ على صلات مباشرة مع كبار مسؤوليه الماليين"، وأضاف أن شركته "استغلت الانهيار الاقتصادي في لبنان لنقل أموال الحزب بعيدا عن رقابة المصارف".

وأكد مساعد وزير الخزانة لشؤون تمويل الإرهاب براين نيلسون أن "حزب الله يواصل إثراء نفسه على حساب الشعب اللبناني، في وقت يعاني فيه اللبنانيون من أسوأ أزمة اقتصادية في تاريخهم الحديث"، مشددا على أن واشنطن "ستلاحق كل من يوفر شريان حياة مالياً للحزب".

وتقضي العقوبات بتجميد أي أصول للأشخاص المدرجين في الولايات المتحدة، وتمنع المواطنين والشركات الأمريكية من التعامل معهم، فيما تعرض المؤسسات المالية الأجنبية التي تتعامل معهم لخطر العقوبات الثانوية.

ولم تشمل العقوبات مصرف لبنان ولا أيا من المصارف التجارية اللبنانية، بحسب ما أكده مسؤول في السفارة الأمريكية في عوكر لـ«المدن»، مضيفا أن الإجراء "يستهدف شبكة بعينها، لا القطاع المصرفي".

وكانت الخزانة الأمريكية قد أدرجت جمعية «القرض الحسن» التابعة للحزب على قائمة العقوبات عام 2007، ثم فرضت في مايو 2021 عقوبات على سبعة من مسؤوليها، بينهم إبراهيم علي ضاهر.

ولم يصدر أي تعليق فوري عن مقلد أو عن «حزب الله»، فيما قال مصدر في نقابة الصرافين إن "الشركة المعنية مرخصة من مصرف لبنان، وعلى الحاكمية أن تتخذ الإجراءات المناسبة".

ويأتي القرار في وقت لا تزال فيه المفاوضات بين الحكومة اللبنانية وصندوق النقد الدولي متعثرة، بعد أكثر من تسعة أشهر على التوصل إلى اتفاق على مستوى الموظفين في أبريل الماضي، لم تنفذ بيروت أيا من الإصلاحات المطلوبة لتحويله إلى اتفاق نهائي.

وفي شارع الحمراء، حيث تتجاور محال الصيرفة، قال صراف في الأربعينيات من عمره وهو يعد رزمة من الأوراق النقدية: "شو بدك نعمل؟ الدولار طالع نازل متل الأسانسير، والناس خايفة من خيالها، ومنسمع كل يوم عن عقوبات جديدة وما حدا بيعرف مين الجاي".

وسجل سعر صرف الدولار في السوق الموازية أمس نحو خمسين ألف ليرة، في مستوى قياسي جديد، بينما لا يزال السعر الرسمي عند خمسة عشر ألف ليرة، ما يعمق الفجوة بين الرواتب والأسعار ويدفع مزيدا من اللبنانيين إلى الاعتماد على تحويلات المغتربين.""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY, _OFAC], _MOUKALLEDS),
            # "ولم تشمل العقوبات مصرف لبنان ولا أيا من المصارف التجارية اللبنانية",
            G("sanctions.imposed", "negated", [_US], ["Banque du Liban"], core=False),
            # al-Qard al-Hassan in 2007, its officials in May 2021,
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Al-Qard Al-Hassan", "Ibrahim Ali Daher"],
                core=False,
            ),
            # the talks with the IMF "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Lebanon", "International Monetary Fund"],
                [],
                core=False,
            ),
        ],
        not_targets=["Lebanon", "Hezbollah", "Banque du Liban"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-asharqalawsat-un-committee-delists-hekmatyar-2017",
        date(2017, 2, 4),
        """مجلس الأمن يرفع اسم حكمتيار من قائمة العقوبات

كابل - «الشرق الأوسط»

رفعت لجنة العقوبات التابعة لمجلس الأمن الدولي، مساء الجمعة، اسم زعيم الحزب الإسلامي الأفغاني قلب الدين حكمتيار من قائمة العقوبات الخاصة بتنظيم «القاعدة»، ملغية تجميد أصوله وحظر السفر والأسلحة المفروض عليه، في خطوة تمهد لعودته إلى الحياة السياسية في أفغانستان بعد عشرين عاما قضاها متواريا.

وجاء القرار بناء على طلب تقدمت به الحكومة الأفغانية، في إطار تنفيذ اتفاق السلام الذي وقعته مع الحزب الإسلامي في سبتمبر الماضي، والذي نص على العفو عن حكمتيار ومقاتليه والإفراج عن عدد من سجناء الحزب، مقابل وقف القتال واحترام الدستور.

وقال المتحدث باسم الرئاسة الأفغانية شاه حسين مرتضوي إن القرار "انتصار لعملية السلام"، وأضاف: "نأمل أن يكون رسالة إلى حركة طالبان بأن باب المصالحة مفتوح لكل من يلقي السلاح".

وكان مجلس الأمن قد أدرج حكمتيار على القائمة في فبراير 2003، بعد أيام من تصنيفه «إرهابيا عالميا» من قبل وزارة الخارجية الأمريكية، بتهمة المشاركة في هجمات لتنظيم «القاعدة» وحركة طالبان ودعمها.

ولم ترفع الولايات المتحدة اسمه من قائمتها الخاصة بالإرهابيين العالميين، وقال متحدث باسم السفارة الأمريكية في كابل إن واشنطن "دعمت قرار اللجنة، لكن أي مراجعة للإجراءات الأمريكية تخضع لإجراءات منفصلة".

في المقابل، انتقدت منظمات حقوقية أفغانية ودولية القرار، وقالت منظمة «هيومن رايتس ووتش» إن رفع العقوبات "يمنح حصانة لرجل متهم بقصف كابل عشوائيا خلال الحرب الأهلية في التسعينيات، ما أودى بحياة آلاف المدنيين".

ولا تزال جهود الحكومة لبدء مفاوضات مماثلة مع حركة طالبان متعثرة، إذ ترفض الحركة الجلوس إلى طاولة الحوار قبل انسحاب القوات الأجنبية من البلاد.

وفي سوق مندوي بكابل، قال بائع فواكه مجففة، بلغة الداري، إن "الناس لم تنس الصواريخ التي كانت تسقط على هذه السوق، لكننا تعبنا من الحرب، فإذا جاء حكمتيار بالسلام فليأت، وإذا جاء بالسلاح فلا نريده".

ويتوقع مسؤولون في الحزب الإسلامي أن يعود حكمتيار إلى كابل خلال الأشهر المقبلة، بعد ترتيبات أمنية تشرف عليها الحكومة، فيما لم يعرف بعد مكان إقامته الحالي، الذي يعتقد أنه في المناطق الحدودية مع باكستان.

ويعد الحزب الإسلامي من أقدم فصائل المجاهدين التي قاتلت القوات السوفيتية في الثمانينيات، وتولى حكمتيار رئاسة الحكومة لفترتين قصيرتين في التسعينيات، قبل أن تسيطر حركة طالبان على العاصمة عام 1996.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC, _AQ_COMMITTEE], ["Gulbuddin Hekmatyar"]),
            # the peace agreement of September 2016,
            G("agreement.signed", "historical", ["Afghanistan", _HEZB_ISLAMI], [], core=False),
            # the listing of February 2003,
            G("sanctions.imposed", "historical", [_UNSC], ["Gulbuddin Hekmatyar"], core=False),
            # "ولم ترفع الولايات المتحدة اسمه من قائمتها",
            G("sanctions.lifted", "negated", [_US], ["Gulbuddin Hekmatyar"], core=False),
            # the efforts with the Taliban "متعثرة",
            G("agreement.signed", "stalled", ["Afghanistan", "Taliban"], [], core=False),
        ],
        not_targets=["Afghanistan", _HEZB_ISLAMI, "Taliban", "Pakistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alwatan-damascus-eu-suspends-syria-energy-transport-sanctions-2025",
        date(2025, 2, 25),
        """الاتحاد الأوروبي يعلق عقوبات على قطاعي الطاقة والنقل في سوريا

دمشق - «الوطن»

علق مجلس الاتحاد الأوروبي، أمس الاثنين، العقوبات المفروضة على قطاعي الطاقة والنقل في سوريا، بما في ذلك النفط والغاز والكهرباء، في خطوة قال إنها تهدف إلى "دعم انتقال سياسي شامل وتسريع التعافي الاقتصادي وإعادة الإعمار" بعد سقوط نظام بشار الأسد.

وقالت الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد كايا كالاس، للصحفيين في بروكسل، إن "الشعب السوري يستحق فرصة لإعادة بناء بلاده"، وأضافت أن القرار "خطوة أولى يمكن التراجع عنها إذا سارت الأمور في الاتجاه الخاطئ".

وأوضح المجلس في بيانه أن التعليق يشمل أيضا تمديد إعفاء إنساني قائم إلى أجل غير محدد، والسماح بتوفير أموال وموارد اقتصادية لمصرف سوريا المركزي لأغراض محددة، إلى جانب رفع الحظر عن بعض المعاملات المصرفية المرتبطة بالقطاعات المستثناة.

ولم يعلق المجلس العقوبات المتعلقة بتجارة الأسلحة والأسلحة الكيميائية، ولا تلك المفروضة على أفراد وكيانات مرتبطين بالنظام السابق، والتي قال دبلوماسيون إنها "باقية في المستقبل المنظور".

وكان الاتحاد الأوروبي قد فرض عقوباته الأولى على سوريا في مايو 2011، ردا على قمع الاحتجاجات، ثم وسعها على مراحل لتشمل حظرا على استيراد النفط السوري وتجميد أصول مئات الأفراد والكيانات.

ورحب وزير الخارجية السوري أسعد حسن الشيباني، في منشور على منصة «إكس»، بالقرار، ووصفه بأنه "خطوة إيجابية"، داعيا إلى "رفع كامل لكل العقوبات التي باتت تعاقب الشعب لا النظام الذي رحل".

وقال الخبير الاقتصادي السوري كرم شعار إن أثر القرار "سيظهر أولا في قطاع الكهرباء، الذي يحتاج إلى استثمارات عاجلة في محطات التوليد وشبكات النقل"، مشيرا إلى أن العقوبات الأمريكية "تبقى العائق الأكبر أمام المستثمرين والمصارف".

وفي حي الميدان الدمشقي، قال صاحب محل لبيع الأدوات الكهربائية: "والله الكهربا إذا إجت ساعتين باليوم منكون مبسوطين، الناس صارت تشتغل على البطاريات والألواح، وإن شاء الله هالقرار يفرجها شوي".

ويعاني السوريون من انقطاع الكهرباء لساعات طويلة يوميا، فيما لا تتجاوز قدرة محطات التوليد ربع ما كانت عليه قبل عام 2011، بحسب تقديرات وزارة الكهرباء، التي تسعى إلى استيراد الغاز عبر الأردن وتركيا لتشغيل المحطات المتوقفة.""",
        [
            G("sanctions.suspended", "occurred", [_COUNCIL_EU, _EU], ["Syria"]),
            # "ولم يعلق المجلس العقوبات المتعلقة بتجارة الأسلحة والأسلحة الكيميائية",
            G("sanctions.suspended", "negated", [_COUNCIL_EU], ["Syria"], core=False),
            # the first sanctions of May 2011,
            G("sanctions.imposed", "historical", [_EU], ["Syria"], core=False),
        ],
        not_targets=["Bashar al-Assad", "Jordan", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-almayadeen-eu-prolongs-venezuela-measures-2022",
        date(2022, 11, 15),
        """الاتحاد الأوروبي يمدد عقوباته على فنزويلا عاما إضافيا

كراكاس - «الميادين نت»

مدد مجلس الاتحاد الأوروبي، أمس الاثنين، الإجراءات التقييدية المفروضة على فنزويلا لمدة عام إضافي، حتى الرابع عشر من نوفمبر 2023، بما يشمل حظر تصدير الأسلحة والمعدات التي قد تستخدم في القمع الداخلي، وتجميد أصول أربعة وخمسين مسؤولا فنزويليا وحظر سفرهم إلى دول الاتحاد.

وقال المجلس، في بيان، إن القرار يأتي "في ضوء استمرار الأزمة السياسية والاقتصادية والإنسانية في البلاد، والأعمال التي تقوض الديمقراطية وسيادة القانون واحترام حقوق الإنسان"، وأضاف أن الإجراءات "مرنة وقابلة للعكس"، ومصممة بحيث لا تضر بالشعب الفنزويلي.

وأكد البيان أن الاتحاد "مستعد لاستخدام كل أدواته لدعم حل سلمي وديمقراطي للأزمة، عبر مفاوضات شاملة تفضي إلى انتخابات رئاسية وبرلمانية حرة ونزيهة".

ولم يرفع المجلس أيا من الأسماء المدرجة على القائمة، التي تضم مسؤولين في الأجهزة الأمنية والقضاء والمجلس الانتخابي، رغم مطالبات حكومة الرئيس نيكولاس مادورو بذلك خلال الأشهر الماضية.

وكان الاتحاد الأوروبي قد فرض حظر الأسلحة على فنزويلا في نوفمبر 2017، ثم أضاف على مراحل أسماء المسؤولين المتهمين بانتهاكات حقوق الإنسان وتقويض المؤسسات الديمقراطية.

في المقابل، وصفت وزارة الخارجية الفنزويلية القرار بأنه "عدوان جديد على شعب فنزويلا"، وقالت في بيان إن "العقوبات غير القانونية تسببت في معاناة ملايين الفنزويليين"، داعية بروكسل إلى "التخلي عن سياسة التبعية لواشنطن".

ولا تزال المفاوضات بين الحكومة والمعارضة المنضوية في «المنصة الوحدوية»، التي بدأت في المكسيك في أغسطس 2021 برعاية نرويجية، متعثرة منذ أكتوبر من العام نفسه، بعد أن علقت الحكومة مشاركتها فيها احتجاجا على تسليم رجل الأعمال أليكس صعب إلى الولايات المتحدة.

وفي حي لاس ميرسيدس بكراكاس، حيث تنتشر محال يملكها تجار من أصول لبنانية وسورية، قال تاجر أقمشة في الستينيات من عمره: "والله البلد تعبت، بس نحنا هون من خمسين سنة، وين بدنا نروح؟ الشغل خف كتير والدولار صار هو العملة، والعقوبات ما حدا بيدفع تمنها غير الفقير".

ويقدر عدد الفنزويليين الذين غادروا البلاد منذ عام 2015 بأكثر من سبعة ملايين، بحسب الأمم المتحدة، في واحدة من أكبر موجات النزوح في العالم، فيما تشهد العاصمة تحسنا نسبيا في توفر السلع بعد تخفيف القيود على التعامل بالدولار.""",
        [
            G("sanctions.extended", "occurred", [_COUNCIL_EU, _EU], ["Venezuela"]),
            # "ولم يرفع المجلس أيا من الأسماء المدرجة على القائمة",
            G("sanctions.lifted", "negated", [_COUNCIL_EU], [], core=False),
            # the arms embargo of November 2017,
            G("sanctions.imposed", "historical", [_EU], ["Venezuela"], core=False),
            # the Mexico talks "متعثرة منذ أكتوبر",
            G("agreement.signed", "stalled", ["Venezuela", "Unitary Platform"], [], core=False),
        ],
        not_targets=["United States", "Mexico", "Norway", "Alex Saab"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-xinhua-china-threatens-sanctions-us-firms-taiwan-arms-sale-2019",
        date(2019, 7, 12),
        """الصين تهدد بفرض عقوبات على شركات أمريكية بسبب صفقة أسلحة لتايوان

بكين - «شينخوا»

هددت الصين، اليوم الجمعة، بفرض عقوبات على الشركات الأمريكية المشاركة في صفقة أسلحة لتايوان تبلغ قيمتها نحو ملياري ومئتي مليون دولار، وافقت عليها وزارة الخارجية الأمريكية قبل أيام، وتشمل دبابات «أبرامز» وصواريخ «ستينغر» المحمولة على الكتف.

وقال المتحدث باسم وزارة الخارجية الصينية قنغ شوانغ، في مؤتمر صحفي دوري، إن "الصين ستفرض عقوبات على الشركات الأمريكية المعنية بهذه الصفقة، حفاظا على مصالحها الوطنية"، وأضاف أن بيع الأسلحة "ينتهك بشكل خطير مبدأ الصين الواحدة والبيانات المشتركة الثلاثة بين البلدين".

وأكد قنغ أن بكين قدمت "احتجاجات شديدة" إلى الجانب الأمريكي، وحثت واشنطن على "إلغاء الصفقة فورا ووقف أي اتصالات عسكرية مع تايوان، تجنبا لإلحاق مزيد من الضرر بالعلاقات الصينية الأمريكية".

ولم يحدد المتحدث أسماء الشركات المستهدفة ولا طبيعة العقوبات أو موعدها، غير أن خبراء يرجحون أن تشمل شركة «جنرال ديناميكس» المصنعة لدبابات «أبرامز»، وشركة «رايثيون» المصنعة لصواريخ «ستينغر».

وكانت بكين قد أعلنت في يناير 2010 فرض عقوبات على شركات أمريكية بينها «لوكهيد مارتن» و«بوينغ»، بعد موافقة إدارة الرئيس باراك أوباما على صفقة أسلحة لتايوان بقيمة ستة مليارات وأربعمئة مليون دولار.

في المقابل، رحبت الزعيمة التايوانية تساي إنغ ون بالصفقة، وقالت إنها "تعزز قدرة تايوان على الدفاع عن نفسها"، فيما أكدت وزارة الخارجية الأمريكية أن الصفقة "لا تغير سياسة الولايات المتحدة القائمة على مبدأ صين واحدة".

وتأتي الخطوة في ظل توتر متصاعد بين البلدين، إذ لا تزال المفاوضات التجارية بين بكين وواشنطن متعثرة منذ مايو الماضي، رغم اتفاق الرئيسين شي جين بينغ ودونالد ترامب على استئنافها خلال لقائهما على هامش قمة مجموعة العشرين في أوساكا أواخر يونيو.

وفي سوق ييوو للبضائع الصغيرة بمقاطعة تشجيانغ، قال تاجر عراقي يقيم في المدينة منذ عشر سنوات: "والله الشغل خربان من يوم بدت الحرب التجارية، الأمريكان قللوا الطلبيات، والصينيين صاروا خايفين، وإحنا بالنص".

ويتوقع محللون صينيون أن تبقى العقوبات، إذا فرضت، رمزية إلى حد كبير، لأن الشركات الأمريكية الكبرى للصناعات الدفاعية لا تبيع أسلحة للصين أصلا، لكنها قد تطال أنشطتها المدنية وشركاتها التابعة العاملة في السوق الصينية.""",
        [
            G("sanctions.threatened", "occurred", ["China", _CN_MFA, "Geng Shuang"], []),
            # the sanctions of January 2010,
            G(
                "sanctions.imposed",
                "historical",
                ["China"],
                ["Lockheed Martin", "Boeing"],
                core=False,
            ),
            # the trade talks "متعثرة منذ مايو الماضي",
            G("agreement.signed", "stalled", ["China", "United States"], [], core=False),
        ],
        not_targets=["Taiwan", "United States"],
        known_alarm=_RELATIVE_STATE + "; and " + _RESTATED_NO_TARGET,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alshorouk-egypt-joins-brics-2024",
        date(2024, 1, 2),
        """مصر تنضم رسميا إلى مجموعة «بريكس» مع أربع دول أخرى

القاهرة - «الشروق»

انضمت مصر رسميا، اعتبارا من أمس الاثنين، الأول من يناير، إلى مجموعة «بريكس» للاقتصادات الناشئة، إلى جانب إثيوبيا وإيران والإمارات العربية المتحدة، في أول توسيع للمجموعة منذ انضمام جنوب أفريقيا إليها عام 2010.

وقال الرئيس عبد الفتاح السيسي، في تدوينة على حساباته الرسمية، إن مصر "تتطلع إلى التعاون والتنسيق مع دول المجموعة لتحقيق أهدافها في تعزيز التعاون الاقتصادي وإيصال صوت دول الجنوب العالمي"، وأضاف أن الانضمام "يعكس الثقة في الاقتصاد المصري".

وأكد المتحدث باسم وزارة الخارجية السفير أحمد أبو زيد أن القاهرة ستشارك بصفة عضو كامل في اجتماعات المجموعة خلال العام الجاري، في ظل الرئاسة الروسية، وصولا إلى القمة المقررة في مدينة قازان الروسية في أكتوبر المقبل.

وكانت قمة جوهانسبرغ التي عقدت في أغسطس الماضي قد وجهت الدعوة إلى ست دول للانضمام، بينها السعودية والأرجنتين. غير أن الأرجنتين أعلنت الأسبوع الماضي أنها لن تنضم إلى المجموعة، في رسالة وجهها الرئيس خافيير ميلي إلى قادة الدول الأعضاء، فيما لم تحسم السعودية موقفها بعد، بحسب ما قاله وزير التجارة السعودي.

وكانت مصر قد انضمت إلى بنك التنمية الجديد، الذراع المالية للمجموعة، في مارس الماضي، بعد موافقة مجلس محافظي البنك على طلب عضويتها.

ويرى خبراء أن الانضمام قد يفتح الباب أمام التبادل التجاري بالعملات المحلية مع دول مثل الصين والهند وروسيا، ما يخفف الضغط على الطلب على الدولار، في وقت تواجه فيه مصر أزمة في العملة الأجنبية.

وقال الخبير الاقتصادي الدكتور مدحت نافع إن "العضوية لن تحل أزمة الدولار بين ليلة وضحاها، لكنها تمنح مصر منصة تفاوض أوسع ومصادر تمويل بديلة"، مشيرا إلى أن الصين والهند من أكبر الشركاء التجاريين لمصر.

وفي سوق العتبة بوسط القاهرة، قال بائع أجهزة منزلية: "يعني إيه بريكس؟ هتنزل سعر الدولار؟ لو كده يبقى أهلا وسهلا، إحنا كل يوم بنسعر البضاعة من جديد والزبون بيمشي".

وتمثل المجموعة بعد توسيعها نحو ستة وأربعين في المئة من سكان العالم، وأكثر من ثلث الناتج الاقتصادي العالمي، بحسب تقديرات صندوق النقد الدولي.""",
        [
            G("alliance.joined", "occurred", ["Egypt", "Ethiopia", "Iran", _UAE], ["BRICS"]),
            # "أعلنت الأرجنتين ... أنها لن تنضم إلى المجموعة",
            G("alliance.joined", "negated", ["Argentina"], ["BRICS"], core=False),
            # "لم تحسم السعودية موقفها بعد",
            G("alliance.joined", "stalled", ["Saudi Arabia"], ["BRICS"], core=False),
            # South Africa in 2010, Egypt's entry to the New Development Bank in March 2023,
            G("alliance.joined", "historical", ["South Africa"], ["BRICS"], core=False),
            G("alliance.joined", "historical", ["Egypt"], ["New Development Bank"], core=False),
        ],
        not_targets=["Russia", "China", "India", "Saudi Arabia", "Argentina"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-annahar-lebanon-israel-sign-maritime-border-agreement-naqoura-2022",
        date(2022, 10, 28),
        """لبنان وإسرائيل يوقعان اتفاق ترسيم الحدود البحرية في الناقورة

الناقورة (جنوب لبنان) - «النهار»

وقع لبنان وإسرائيل، أمس الخميس، اتفاق ترسيم الحدود البحرية بينهما، في جلسة عقدت في مقر قوات الأمم المتحدة المؤقتة في لبنان «اليونيفيل» في الناقورة، بحضور الوسيط الأمريكي آموس هوكشتاين، منهيين نزاعا امتد لأكثر من عقد حول منطقة غنية بالغاز في شرق المتوسط.

وكان رئيس الجمهورية العماد ميشال عون قد وقع صباحا في قصر بعبدا الرسالة التي تتضمن موافقة لبنان على الاتفاق، فيما وقع رئيس الوزراء الإسرائيلي يائير لابيد الرسالة الإسرائيلية في القدس، قبل أن يسلم الوفدان النسختين إلى الجانب الأمريكي في الناقورة، كل في غرفة منفصلة.

وقال هوكشتاين، عقب الجلسة، إن الاتفاق "يفتح صفحة جديدة من الاستقرار والازدهار للبلدين"، وأضاف: "هذا ليس اتفاق سلام، لكنه اتفاق اقتصادي تاريخي سيسمح بالاستثمار في موارد الطاقة".

وأكد الرئيس عون، في كلمة متلفزة، أن "الاتفاق لا يعني أي تطبيع مع العدو الإسرائيلي، ولا يمس بالحدود البرية"، مشيرا إلى أن لبنان "حصل على حقوقه كاملة في حقل قانا".

ولم يوقع لبنان أي اتفاق مع إسرائيل بشأن الحدود البرية، ولا تزال ثلاث عشرة نقطة على الخط الأزرق موضع خلاف بين الجانبين، بحسب مصادر أمنية لبنانية.

وبموجب الاتفاق، يحصل لبنان على حقل قانا، فيما يبقى حقل كاريش ضمن الجانب الإسرائيلي، على أن تحصل إسرائيل على تعويض من شركة «توتال إنرجيز» الفرنسية عن حصتها المحتملة من عائدات قانا.

وكان البلدان قد وقعا اتفاقية الهدنة في جزيرة رودس عام 1949، برعاية الأمم المتحدة، وهي الوثيقة التي لا تزال تحكم الحدود البرية بينهما.

وتنتشر قوات «اليونيفيل» في جنوب لبنان منذ عام 1978، ويبلغ عديدها اليوم نحو عشرة آلاف جندي من خمسين دولة.

في المقابل، لا تزال المفاوضات بين لبنان وسوريا حول ترسيم الحدود البحرية الشمالية متعثرة، رغم زيارة كان وفد لبناني يعتزم القيام بها إلى دمشق وألغيت في اللحظة الأخيرة.

وعلى شاطئ صور، قال صياد يصلح شباكه: "البحر إلنا من زمان، بس بدنا نشوف الغاز قبل ما نموت، ما بدنا يصير متل كل شي بهالبلد، حكي وبس".

ومن المقرر أن تبدأ «توتال إنرجيز» أعمال الاستكشاف في البلوك رقم 9 العام المقبل، وسط آمال بأن يسهم الغاز في إخراج لبنان من أزمته المالية.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Lebanon", "Israel", "Michel Aoun", "Yair Lapid"],
                [],
            ),
            # "ولم يوقع لبنان أي اتفاق مع إسرائيل بشأن الحدود البرية",
            G("agreement.signed", "negated", ["Lebanon", "Israel"], [], core=False),
            # the armistice of Rhodes, 1949,
            G("agreement.signed", "historical", ["Lebanon", "Israel"], [], core=False),
            # UNIFIL in the south since 1978,
            G("military.presence", "historical", [_UNIFIL], ["Lebanon"], core=False),
            # the talks with Syria on the northern line "متعثرة",
            G("agreement.signed", "stalled", ["Lebanon", "Syria"], [], core=False),
        ],
        not_targets=["United States", "France", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-alwatan-riyadh-iran-reopens-embassy-saudi-to-follow-2023",
        date(2023, 6, 7),
        """إيران تعيد فتح سفارتها في الرياض بعد سبع سنوات من القطيعة

الرياض - «الوطن»

أعادت الجمهورية الإسلامية الإيرانية، أمس الثلاثاء، فتح سفارتها في الرياض، في احتفال رسمي أقيم في مقر السفارة بحي السفارات، بعد أكثر من سبع سنوات على قطع العلاقات الدبلوماسية بين البلدين.

وقال مساعد وزير الخارجية الإيراني للشؤون القنصلية علي رضا بيغدلي، خلال الاحتفال الذي حضره دبلوماسيون وممثلون عن وزارة الخارجية السعودية، إن "هذا يوم مهم للعلاقات بين البلدين"، وأضاف أن "البلدين يدخلان مرحلة جديدة من التعاون تقوم على حسن الجوار".

وأكد بيغدلي أن القنصلية العامة لإيران في جدة ومكتب ممثلية إيران لدى منظمة التعاون الإسلامي "عادا إلى العمل بالفعل"، مشيرا إلى أن السفير علي رضا عنايتي سيتسلم مهامه قريبا.

وفي المقابل، ستعيد المملكة العربية السعودية فتح سفارتها في طهران خلال الأيام المقبلة، بحسب ما أعلنه مسؤول في وزارة الخارجية، مضيفا أن الترتيبات الفنية للمقر "شارفت على الاكتمال".

وكانت الرياض وطهران قد وقعتا في العاشر من مارس الماضي، في بكين، اتفاقا برعاية صينية لاستئناف العلاقات الدبلوماسية وإعادة فتح السفارتين خلال شهرين، بعد محادثات استضافتها العراق وسلطنة عمان على مدى عامين.

وكانت المملكة قد قطعت علاقاتها مع إيران في يناير 2016، إثر اقتحام محتجين سفارتها في طهران وقنصليتها في مشهد.

ولم تستأنف مملكة البحرين علاقاتها الدبلوماسية مع إيران حتى الآن، رغم تصريحات إيرانية متكررة عن رغبة طهران في ذلك.

ولا تزال المحادثات بين السعودية وجماعة الحوثيين في اليمن متعثرة، بعد زيارة وفد سعودي إلى صنعاء في أبريل الماضي لم تسفر عن اتفاق لإنهاء الحرب.

ورحب الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي بالخطوة، ووصفها بأنها "تعزز الأمن والاستقرار في المنطقة"، معربا عن أمله في أن تسهم في حل الأزمات الإقليمية عبر الحوار.

وفي حي السفارات، قال موظف سعودي في شركة مقاولات مجاورة: "الله يصلح الحال، الجيرة ما تنشرى، واللي يبي الخير للمنطقة يفرح بهالخبر، بس العبرة بالأفعال".

ويتوقع اقتصاديون أن تشهد الأشهر المقبلة استئناف الرحلات الجوية المباشرة وتوسيع التبادل التجاري، إلى جانب عودة الحجاج والمعتمرين الإيرانيين بأعداد أكبر.""",
        [
            G("relations.restored", "occurred", ["Iran"], ["Saudi Arabia"]),
            # "ستعيد المملكة العربية السعودية فتح سفارتها في طهران خلال الأيام المقبلة",
            G("relations.restored", "planned", ["Saudi Arabia"], ["Iran"]),
            # the Beijing agreement of 10 March,
            G("agreement.signed", "historical", ["Saudi Arabia", "Iran", "China"], [], core=False),
            # "ولم تستأنف مملكة البحرين علاقاتها الدبلوماسية مع إيران",
            G("relations.restored", "negated", ["Bahrain"], ["Iran"], core=False),
            # the talks with the Houthis "متعثرة",
            G("agreement.signed", "stalled", ["Saudi Arabia", "Houthis"], [], core=False),
        ],
        not_targets=[
            "Iraq",
            "Oman",
            "China",
            "Organisation of Islamic Cooperation",
            "Gulf Cooperation Council",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alwasat-presidential-guard-merged-italian-field-hospital-misrata-2016",
        date(2016, 9, 14),
        """المجلس الرئاسي يدمج كتائب في الحرس الرئاسي.. وقوة إيطالية تصل إلى مصراتة

طرابلس - «بوابة الوسط»

دمج المجلس الرئاسي لحكومة الوفاق الوطني، أمس الثلاثاء، نحو ألف وخمسمئة عنصر من كتائب الثوار ووحدات من الجيش والشرطة في الحرس الرئاسي، في أول خطوة عملية لتشكيل قوة موحدة تتولى حماية المقار السيادية والمنافذ الحدودية في العاصمة طرابلس.

وقال آمر الحرس الرئاسي، في تصريح لـ«بوابة الوسط»، إن العناصر المدمجين "سيخضعون لتدريب موحد خلال الأسابيع المقبلة"، وأضاف أن الحرس "لن يكون تابعا لأي مدينة أو قبيلة، بل للدولة وحدها".

وأكد رئيس المجلس الرئاسي فائز السراج، خلال حفل أقيم في قاعدة بوستة البحرية، أن "بناء مؤسسة عسكرية وأمنية موحدة هو الطريق الوحيد لإنهاء فوضى السلاح".

وفي سياق متصل، وصلت إلى مطار مصراتة الدولي، مساء أمس، طلائع قوة عسكرية إيطالية تضم نحو مئة جندي وعنصر طبي، لإقامة مستشفى ميداني لعلاج جرحى قوات «البنيان المرصوص» التي تقاتل تنظيم «داعش» في سرت.

وقالت وزيرة الدفاع الإيطالية روبرتا بينوتي، أمام البرلمان في روما، إن بلادها ستنشر نحو مئتي جندي آخرين في مصراتة خلال الأسابيع المقبلة لحماية المستشفى وتأمينه، مؤكدة أن إيطاليا "لا تعتزم إرسال قوات قتالية إلى ليبيا".

ولا تزال المحادثات بين حكومة الوفاق والقيادة العامة للجيش الوطني الليبي بقيادة المشير خليفة حفتر حول توحيد المؤسسة العسكرية متعثرة، في ظل رفض مجلس النواب منح الثقة لحكومة السراج.

وكانت قوات «البنيان المرصوص» قد أطلقت عمليتها في سرت في مايو الماضي، وتمكنت من استعادة معظم أحياء المدينة، فيما لا يزال مسلحو التنظيم يتحصنون في الحي رقم ثلاثة ومنطقة الجيزة البحرية.

وفي مستشفى مصراتة المركزي، قال ممرض يعمل منذ أشهر دون انقطاع: "الله يهديهم، إحنا نبو الدولة بس، والجرحى توا يتعالجوا هنا خير من تونس، المستشفى مليان والناس تعبت".

ويعاني القطاع الصحي في ليبيا من نقص حاد في الأدوية والمعدات، فيما يعتمد آلاف الجرحى على العلاج في الخارج، خصوصا في تونس وتركيا، على نفقة الدولة التي تراكمت عليها ديون كبيرة للمستشفيات الأجنبية.

ويقول مراقبون إن نجاح الحرس الرئاسي سيتوقف على قدرة المجلس على دفع رواتب منتظمة لعناصره، في ظل أزمة السيولة التي تضرب المصارف الليبية منذ أشهر.""",
        [
            G("forces.integrated", "occurred", [_PC_LIBYA, _GNA, "Fayez al-Sarraj"], [_GUARD]),
            G("military.presence", "occurred", ["Italy"], ["Libya"]),
            # "ستنشر نحو مئتي جندي آخرين في مصراتة",
            G("military.presence", "planned", ["Italy"], ["Libya"]),
            # "لا تعتزم إرسال قوات قتالية إلى ليبيا",
            G("military.presence", "negated", ["Italy"], ["Libya"], core=False),
            # the talks with the LNA "حول توحيد المؤسسة العسكرية متعثرة",
            G("forces.integrated", "stalled", [_GNA, _LNA], [], core=False),
        ],
        not_targets=["Tunisia", "Turkey", "Islamic State"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-okaz-jeddah-football-page-2024",
        date(2024, 1, 25),
        """الاتحاد يتعاقد مع مهاجم برازيلي.. ولجنة الانضباط تغرم الأهلي وتوقف لاعبين

جدة - «عكاظ»

فرضت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم، أمس الأربعاء، غرامة مالية قدرها مئة ألف ريال على نادي الأهلي بسبب إطلاق جماهيره الألعاب النارية في مباراة الديربي أمام الاتحاد على ملعب مدينة الملك عبدالله الرياضية، كما قررت إيقاف مدافع الفريق مباراتين بعد طرده في الدقائق الأخيرة.

وهددت اللجنة، في بيانها، بفرض عقوبات أشد تصل إلى إقامة المباريات دون جمهور في حال تكرار المخالفات، فيما رفعت الإيقاف عن حارس نادي الشباب بعد قبول استئنافه على قرار سابق.

وفي سوق الانتقالات الشتوية، انضم المهاجم البرازيلي القادم من الدوري البرتغالي إلى صفوف نادي الاتحاد بعقد يمتد لموسمين ونصف، بعد اجتيازه الفحوص الطبية في جدة، فيما مدد النادي عقد قائده ثلاثة مواسم إضافية.

وقال رئيس نادي الاتحاد في تصريح للصحفيين: "نبي نرجع للمنافسة على الدوري، واللاعب الجديد إضافة كبيرة للهجوم، والجماهير تستاهل".

ووقعت إدارة النادي عقد رعاية جديدا مع شركة اتصالات محلية لمدة ثلاث سنوات، كما وقعت اتفاقية تعاون فني مع ناد إسباني لتبادل الخبرات في مجال الفئات السنية، تتضمن إقامة معسكرات مشتركة للناشئين في الصيف.

وقررت إدارة الأكاديمية دمج فريقي تحت خمسة عشر عاما وتحت ستة عشر عاما في فريق واحد حتى نهاية الموسم، بسبب قلة عدد اللاعبين المسجلين بعد انتقال عدد منهم إلى أندية أخرى.

وعلقت رابطة الدوري مباريات الجولة الحادية والعشرين أسبوعا واحدا بسبب مشاركة المنتخب في التصفيات الآسيوية، على أن تستأنف المنافسات مطلع الشهر المقبل بمباراة الهلال والنصر في الرياض.

ونشرت إدارة الأمن والسلامة في محافظة جدة أكثر من خمسمئة رجل أمن في محيط الملعب خلال مباراة الديربي، وأغلقت الطرق المؤدية إليه قبل ثلاث ساعات من صافرة البداية، تحسبا للزحام.

ورفعت إدارة الملعب عدد البوابات الإلكترونية إلى أربعين بوابة لتسهيل دخول الجماهير، بعد شكاوى من التأخير في المباريات السابقة.

وفي مقهى شعبي بحي البغدادية، قال مشجع اتحادي في الخمسينيات من عمره: "من أيام الثمانينات وأنا أتابع العميد، والله ما تغير شي، نخسر ونرجع، بس الفريق هذا فيه روح".

ويحتل الاتحاد المركز الرابع في جدول الترتيب برصيد أربعين نقطة، متأخرا بتسع نقاط عن الهلال المتصدر، فيما يأتي الأهلي في المركز السادس، قبل استئناف الدوري بعد فترة التوقف الدولي، وسط توقعات بمنافسة قوية على المراكز المؤهلة إلى دوري أبطال آسيا.""",
        [],
        not_targets=["Brazil", "Portugal", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-sadaelbalad-tanta-local-page-2024",
        date(2024, 12, 30),
        """محافظ الغربية يمدد مهلة التصالح.. ومدارس طنطا تدمج الفصول المسائية

طنطا - «صدى البلد»

فرضت الوحدة المحلية لمركز ومدينة طنطا، أمس الأحد، غرامات على أكثر من ستين محلا تجاريا في شارعي البحر والجلاء بسبب إشغالات الطريق، وهددت بغلق المحال المخالفة وسحب تراخيصها في حال تكرار المخالفة، وفق بيان صادر عن المحافظة.

ومدد اللواء محافظ الغربية مهلة تلقي طلبات التصالح في مخالفات البناء ثلاثة أشهر إضافية، تنتهي في نهاية مارس المقبل، استجابة لطلبات المواطنين ونواب المحافظة، مؤكدا أن "الدولة حريصة على التيسير على المواطنين دون التفريط في حقوقها".

وعلقت شركة مياه الشرب والصرف الصحي بالغربية ضخ المياه عن عدد من قرى مركز طنطا لمدة اثنتي عشرة ساعة لإجراء أعمال صيانة بمحطة المياه الرئيسية، قبل أن تستأنف الضخ مساء اليوم نفسه، فيما دفعت بسيارات مياه نقية إلى المناطق المتضررة.

ووقعت المحافظة بروتوكول تعاون مع جامعة طنطا لتطوير المنطقة المحيطة بمسجد السيد البدوي، ضمن خطة لتحسين الخدمات قبل الاحتفالات بالمولد في أكتوبر المقبل، يشمل رصف الطرق ورفع كفاءة الإنارة.

وانضمت مدينة طنطا إلى شبكة اليونسكو العالمية لمدن التعلم، لتصبح رابع مدينة مصرية تحصل على هذه العضوية، بحسب ما أعلنه مدير مديرية التربية والتعليم، الذي أشار إلى أن المديرية قررت دمج الفصول المسائية في ثلاث مدارس ابتدائية بسبب تراجع الكثافات.

ونشرت إدارة مرور الغربية عشرات الأكمنة والدوريات في محيط موقف سيارات الأجرة الجديد، بعد نقله إلى طريق طنطا المحلة، كما رفعت الأجهزة التنفيذية أكثر من مئتي طن من المخلفات والقمامة من شوارع حي أول وحي ثان.

وفي موقف سعيد، قال سائق ميكروباص على خط طنطا - كفر الزيات: "الموقف الجديد بعيد على الناس، والزباين بتتعب لحد ما توصل، إحنا مش ضد التطوير، بس يا ريت حد يسألنا قبل ما يقرروا".

وقالت ربة منزل من قرية محلة مرحوم إن المياه "قطعت من غير ما حد يبلغنا، والعيال راحوا المدرسة من غير ما يستحموا"، مطالبة الشركة بالإعلان المسبق عن مواعيد الانقطاع.

وأعادت المحافظة فتح حديقة الجمهورية أمام الزوار بعد أعمال تطوير استمرت ستة أشهر، شملت زراعة الأشجار وتجديد الممرات وإنشاء منطقة لألعاب الأطفال، بتكلفة بلغت نحو ثلاثة ملايين جنيه.

وتعد طنطا عاصمة محافظة الغربية وواحدة من أكبر مدن الدلتا، وتشتهر بصناعة الحلوى المرتبطة بالمولد الأحمدي وبموقعها على خط السكك الحديدية بين القاهرة والإسكندرية.""",
        [],
        not_targets=["Egypt", "UNESCO"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alkhaleej-sharjah-business-page-2024",
        date(2024, 11, 12),
        """شركة شحن تنضم إلى غرفة الشارقة.. وموانئ الإمارة ترفع رسوم المناولة

الشارقة - «الخليج»

انضمت شركة متخصصة في الشحن البحري والخدمات اللوجستية إلى عضوية غرفة تجارة وصناعة الشارقة، أمس، بعد نقل مقرها الإقليمي إلى المنطقة الحرة في الحمرية، لترتفع بذلك عدد شركات القطاع المسجلة في الغرفة إلى أكثر من ثلاثمئة شركة.

وقال مدير عام الشركة في تصريح لـ«الخليج» إن الخطوة "تعكس الثقة في بيئة الأعمال في الشارقة"، مشيرا إلى أن الشركة وقعت اتفاقية مع شركة هندية لتشغيل خط شحن أسبوعي بين ميناء خالد وميناء موندرا اعتبارا من الشهر المقبل.

وفي المقابل، رفعت دائرة الموانئ والجمارك رسوم مناولة الحاويات في ميناء خالد بنسبة ثمانية في المئة، وفرضت رسوما جديدة على الحاويات المبردة التي تتجاوز فترة تخزينها عشرة أيام، وفق تعميم أرسلته إلى وكلاء الشحن.

وعلقت إحدى شركات الطيران منخفض التكلفة رحلاتها إلى وجهتين في آسيا الوسطى لمدة شهر بسبب تراجع الطلب، قبل أن تستأنف تشغيلها مع بداية موسم العطلات، بحسب بيان للشركة.

ووقعت مجموعتان عائليتان في قطاع مواد البناء مذكرة تفاهم للاندماج في كيان واحد برأسمال يتجاوز ملياري درهم، على أن تستكمل إجراءات الدمج خلال الربع الأول من العام المقبل، بعد الحصول على موافقة الجهات الرقابية.

وانضم صندوق استثماري خليجي إلى رأسمال شركة ناشئة في مجال التجارة الإلكترونية بحصة عشرين في المئة، فيما مددت الغرفة مهلة تجديد الرخص التجارية دون غرامات حتى نهاية الشهر الجاري.

ونشرت الغرفة فرقا ميدانية في المناطق الصناعية لتعريف أصحاب المنشآت الصغيرة ببرنامج الدعم الجديد، فيما هدد عدد من تجار الأقمشة في سوق الشارقة المركزي بتجميد تعاملاتهم مع أحد الموردين بسبب تأخر الشحنات.

وجمدت إحدى شركات التطوير العقاري مشروعا سكنيا في منطقة مويلح مؤقتا لإعادة تصميمه، بعد ارتفاع تكاليف البناء، على أن تعيد طرحه في السوق خلال الصيف المقبل.

وفي سوق السمك بالشارقة، قال تاجر مقيم منذ ثلاثين سنة: "الشغل ماشي الحمد لله، بس الإيجارات غالية والمصاريف كل سنة تزيد، واللي ما عنده نفس طويل يطلع من السوق".

وتستحوذ الشارقة على نحو أربعين في المئة من النشاط الصناعي في الدولة، وتضم أكثر من عشرين منطقة صناعية، إلى جانب ميناءين على الخليج العربي وميناء خورفكان على خليج عمان.

ويتوقع مسؤولون في الغرفة أن يسجل حجم التجارة غير النفطية للإمارة نموا بنحو عشرة في المئة خلال العام الجاري، مدعوما بزيادة الصادرات وإعادة التصدير إلى أسواق أفريقيا وآسيا.""",
        [],
        not_targets=["India", "United Arab Emirates"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout53_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout53_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # a profession's demonym after the sanctioned
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على صراف عراقي بتهمة تمويل جماعات مسلحة.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Iraq"],
        id="a-money-changer-and-his-demonym",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على رجل أعمال عراقي بتهمة تمويل جماعات مسلحة.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Iraq"],
        id="a-businessman-and-his-demonym",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على مسؤول عراقي بتهمة تمويل جماعات مسلحة.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Iraq"],
        id="an-official-and-his-demonym",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على شركة صرافة عراقية بتهمة تمويل جماعات مسلحة.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Iraq"],
        id="an-exchange-firm-and-its-demonym",
    ),
    # a lifting told as part of a wider measure, after a bank funds are provided to
    pytest.param(
        "وقال المجلس إن القرار يشمل السماح بتوفير أموال لمصرف ليبيا المركزي، إلى جانب رفع الحظر عن بعض المعاملات المصرفية.",
        date(2025, 2, 25),
        [],
        [],
        id="a-lifting-beside-funds-provided-to-a-bank",
    ),
    pytest.param(
        "وقال المجلس إن القرار يشمل رفع الحظر عن بعض المعاملات المصرفية.",
        date(2025, 2, 25),
        [],
        [],
        id="a-lifting-as-part-of-a-measure-no-bank-named",
    ),
    pytest.param(
        "قرر الاتحاد الأوروبي رفع الحظر عن مصرف ليبيا المركزي.",
        date(2025, 2, 25),
        [("sanctions.lifted", "occurred", "target:Central Bank of Libya")],
        [],
        id="a-lifting-on-a-bank",
    ),
    # the state a threatened firm's deal is with
    pytest.param(
        "هددت روسيا بفرض عقوبات على الشركات الألمانية المشاركة في بيع أسلحة إلى أوكرانيا.",
        date(2023, 3, 1),
        [("sanctions.threatened", "occurred", "Russia")],
        ["Ukraine", "Germany"],
        id="firms-threatened-for-arms-sold-to-a-state",
        marks=pytest.mark.xfail(strict=True, reason=_RELATIVE_STATE),
    ),
    pytest.param(
        "هددت روسيا بفرض عقوبات على الشركات الألمانية المشاركة في الصفقة.",
        date(2023, 3, 1),
        [("sanctions.threatened", "occurred", "Russia")],
        ["Germany"],
        id="firms-threatened-for-a-deal",
    ),
    pytest.param(
        "هددت روسيا بفرض عقوبات على أوكرانيا.",
        date(2023, 3, 1),
        [("sanctions.threatened", "occurred", "target:Ukraine")],
        [],
        id="a-state-threatened",
    ),
    # a threat told again as what will be done
    pytest.param(
        "هددت روسيا بفرض عقوبات على شركات ألمانية. وقال المتحدث إن روسيا ستفرض عقوبات على هذه الشركات.",
        date(2023, 3, 1),
        [("sanctions.threatened", "occurred", "Russia")],
        ["Germany"],
        id="a-threat-on-unnamed-firms-restated",
    ),
    pytest.param(
        "هددت روسيا بفرض عقوبات على شركة راينميتال. وقال المتحدث إن روسيا ستفرض عقوبات على راينميتال.",
        date(2023, 3, 1),
        [("sanctions.threatened", "occurred", "target:Rheinmetall")],
        [],
        id="a-threat-on-a-named-firm-restated",
    ),
    pytest.param(
        "هددت روسيا بفرض عقوبات على ألمانيا. وقال المتحدث إن روسيا ستفرض عقوبات على ألمانيا.",
        date(2023, 3, 1),
        [("sanctions.threatened", "occurred", "target:Germany")],
        [],
        id="a-threat-on-a-state-restated",
    ),
    # a planned deployment beside a refusal of combat troops
    pytest.param(
        "ستنشر إسبانيا ثلاثمئة جندي في لاتفيا. ولا تعتزم إسبانيا إرسال قوات قتالية إلى لاتفيا.",
        date(2022, 3, 1),
        [("military.presence", "planned", "target:Latvia")],
        [],
        id="a-deployment-beside-no-combat-troops-to-the-same-place",
    ),
    pytest.param(
        "ستنشر إسبانيا ثلاثمئة جندي في لاتفيا. ولا تعتزم إسبانيا إرسال قوات قتالية إلى أوكرانيا.",
        date(2022, 3, 1),
        [("military.presence", "planned", "target:Latvia")],
        ["Ukraine"],
        id="a-deployment-beside-no-combat-troops-elsewhere",
    ),
    pytest.param(
        "ستنشر إسبانيا ثلاثمئة جندي في لاتفيا. ولا تعتزم إسبانيا إقامة قاعدة دائمة في لاتفيا.",
        date(2022, 3, 1),
        [("military.presence", "planned", "target:Latvia")],
        [],
        id="a-deployment-beside-no-permanent-base",
    ),
    pytest.param(
        "ستنشر إسبانيا ثلاثمئة جندي في لاتفيا. ولا تعتزم البرتغال إرسال قوات إلى لاتفيا.",
        date(2022, 3, 1),
        [("military.presence", "planned", "Spain")],
        [],
        id="a-deployment-beside-another-states-refusal",
    ),
    # a club's nationality in a sports page's agreement
    pytest.param(
        "كما وقعت اتفاقية تعاون فني مع ناد إيطالي لتبادل الخبرات في مجال الناشئين.",
        date(2024, 1, 25),
        [],
        ["Italy"],
        id="an-agreement-with-a-foreign-club-after-kama",
    ),
    pytest.param(
        "كما وقعت اتفاقية تعاون فني مع شركة إيطالية لتبادل الخبرات في مجال الناشئين.",
        date(2024, 1, 25),
        [],
        ["Italy"],
        id="an-agreement-with-a-foreign-firm-after-kama",
    ),
    pytest.param(
        "ووقع النادي اتفاقية تعاون فني مع ناد إيطالي لتبادل الخبرات في مجال الناشئين.",
        date(2024, 1, 25),
        [],
        ["Italy"],
        id="a-clubs-agreement-with-a-foreign-club",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout53_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout53_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
