"""A fifty-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-four held-out sets: contemporary Arabic copy of 2019-2025, as today's wires,
sites and papers carry it (a Manama daily, "المنامة - «البلاد»", with a money changer's "الحين
كل شي واقف مع إيران من زمان"; a Beijing magazine's Arabic site, "بكين - «الصين اليوم»", with a
Yemeni trader in Yiwu's "الشغل واقف من يوم ما طلع الفيروس"; a Damascus daily of the new era,
"دمشق - «الثورة»", with "النظام البائد" and a taxi driver's "إذا بتجي الكهربا ساعتين زيادة بنكون
ممنونين"; a Mogadishu radio's site, "مقديشو - «راديو شبيلي»", with a Bakara trader; a Cairo
daily's portal in Brussels, "بروكسل - «بوابة الأهرام»", with an Egyptian mining engineer's
"إحنا قاعدين في البيت من أسبوعين"; a Swedish Arabic-language site, "ستوكهولم - «الكومبس»", with
a Malmö Iraqi's "بس يمكن هسه السويد صارت أأمن"; a Kuwaiti daily, "الكويت - «النهار»", with "حضرة
صاحب السمو أمير البلاد" and a Fahaheel pensioner's "الخفجي مو بس نفط، الخفجي عشرة عمر"; an Abu
Dhabi daily, "أبوظبي - «الرؤية»", with an Iranian saffron seller in Deira; a Syrian state
channel's site, "دمشق - «الإخبارية السورية»", with an Idlib greengrocer's "هدول الشباب عايشين
معنا من سنين"; a Latakia daily's sports page, "اللاذقية - «الوحدة»", with a Hutteen fan's "الكورة
لازم تجمعنا مش تفرقنا"; an Oran daily's Tlemcen page, "تلمسان - «الجمهورية»", with a housewife's
"واش نديرو؟ الخبز ولا غالي"; a Doha daily's business page, "الدوحة - «العرب»", with a Souq Waqif
perfumer's "الإيجارات نار") and on programmes and regions they do not touch (the Treasury's
listing of the Central Bank of Iran, the National Development Fund and Etemad Tejarat Pars after
the Abqaiq attack, September 2019; the Treasury's delisting of COSCO Shipping Tanker (Dalian),
January 2020; General License 24 for Syria's governing institutions, January 2025; the Security
Council's renewal of the al-Shabaab regime, December 2024; the EU's threat of sanctions on Rwanda
over the M23, February 2025; Sweden's accession to NATO, March 2024, with its battalion for
Latvia; the Kuwaiti-Saudi agreement on the Partitioned Zone, December 2019; the UAE's ambassador
back in Tehran, August 2022; the Syrian army's 84th Division taking in the Turkistan Islamic
Party's fighters, June 2025). Nine carry core events of all ten alertable types (eleven in all),
nine occurred and two planned (Sweden that "ستنشر كتيبة من نحو ستمئة جندي في لاتفيا مطلع العام
المقبل"; Iran that "ستعيد سفيرها إلى أبوظبي قريبا"), next to historical, negated and stalled ones;
three are near misses: a Latakia football page (a club fined «فرضت … غرامة», three players banned,
threats of harsher penalties «وهددت اللجنة … بفرض عقوبات أشد», a ban "رفعت", a Jordanian coach
"وقع", an Iraqi striker who "انضم", a captain's contract "مددت", a sponsorship "وقعت", a round
"علق" to "تستأنف", youth teams "دمج", security forces "نشرت", stands reopened), a Tlemcen local
page (traders fined and threatened, a deadline "مددت", water "علقت" and resumed, an agreement with
the university "وقعت", the commune that "انضمت إلى برنامج وطني", schools merged, patrols "نشرت",
rubbish "رفعت", a market reopened) and a Doha business page (two logistics firms that "وقعت …
اتفاقية للاندماج", a memorandum with an Asian port operator, a share's trading "علقت" and resumed,
a broker fined «فرضت … غرامة», fertiliser prices "رفعت", a start-up and a Gulf fund that "انضم",
a tax deadline "مددت", tenants who "هدد … بالانسحاب", a frozen project, technical teams "نشرت",
branches reopened).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على البنك
المركزي الإيراني وصندوق التنمية الوطني الإيراني وشركة «اعتماد تجارت پارس»" imposes sanctions
(core; the United States and the Treasury; the three the targets, the fund and the company
unknown to the knowledge base; not Saudi Arabia, whose plants were hit, Bahrain, which welcomes
it, Australia, whose prime minister was Trump's guest, Hezbollah, paid by the bank, nor France),
the bank's listing "في نوفمبر 2018" a historical imposition, Bahrain that "قد انضمت في أغسطس
الماضي إلى التحالف الدولي لأمن الملاحة البحرية" a historical joining, the Fifth Fleet that Bahrain
"تستضيف منذ عقود" a historical presence, "ولم تشمل العقوبات الجديدة أي إجراءات بحق العراق" a
negated imposition, Macron's mediation "متعثرة" a stalled signing; a Treasury that "رفعت … العقوبات
المفروضة على شركة «كوسكو لناقلات النفط (داليان)»" lifts sanctions (core; the United States, the
Treasury and OFAC; the Dalian unit the target, the knowledge base knowing only its group; not
China, its country, nor Iran, whose oil it carried), the listing "في الخامس والعشرين من سبتمبر
الماضي" a historical imposition, "ولم ترفع الخزانة العقوبات عن الشركة الشقيقة" a negated lifting,
the phase-one deal "بعد أسبوعين من توقيع" a historical signing, the phase-two talks "متعثرة" a
stalled signing; a Treasury that "أعلنت … تعليق بعض العقوبات المفروضة على سوريا لمدة ستة أشهر"
suspends sanctions (core; the United States, the Treasury and OFAC; Syria the target; not HTS nor
Jordan), "ولم ترفع الوزارة العقوبات المفروضة على «هيئة تحرير الشام»" a negated lifting, the
Caesar Act sanctions "في يونيو 2020" a historical imposition, the Jordanian electricity talks
"متعثرة" a stalled signing, the foreign minister's hope "أن تكون بداية لرفع العقوبات" no event; a
Security Council that "مدد … نظام العقوبات المفروض على حركة «الشباب» … لمدة عام إضافي" extends
sanctions (core; the Council; al-Shabaab the target; not Somalia, whose government asked for
more, al-Qaeda, the movement's parent, Ethiopia, nor the United Kingdom, the penholder), the arms
embargo lifted from the government "في ديسمبر من العام الماضي" a historical lifting, "ولم يضف
المجلس أي أسماء جديدة إلى قائمة العقوبات" a negated imposition, the Somaliland talks "متعثرة" a
stalled signing and Somaliland's memorandum with Ethiopia "في يناير الماضي" a historical signing;
an EU that "هدد … بفرض عقوبات على رواندا ومسؤولين فيها" threatens sanctions (core; the EU and
Kaja Kallas, whose words follow; Rwanda the target; not the DR Congo nor Angola), the suspended
defence consultations no sanctions event, the raw-materials memorandum "التي وقعها الاتحاد مع
رواندا في فبراير من العام الماضي" a historical signing, the M23 leaders listed "في يوليو 2023" a
historical imposition, "ولم يفرض الاتحاد حتى الآن أي عقوبات على مسؤولين روانديين" a negated
imposition, the Angolan-led talks "متعثرة" a stalled signing; Sweden that "انضمت … رسميا … إلى حلف
شمال الأطلسي" joins (core; Sweden; NATO the body; not Turkey, Hungary, Russia or Ukraine), Sweden
that "ستنشر كتيبة … في لاتفيا" a planned presence (core; Latvia the target; not Canada, which
leads the force), Finland "قد انضمت … في أبريل من العام الماضي" a historical joining, the defence
cooperation agreement with the United States "في ديسمبر الماضي" a historical signing, "ولم ينشر
الحلف أي قوات دائمة على الأراضي السويدية" a negated presence, the flag "سيرفع" and spending
"رفع" no events; Kuwait and Saudi Arabia that "وقعت … اتفاقية ملحقة باتفاقيتي تقسيم المنطقة
المحايدة" sign (core; the two states and their two ministers, Sheikh Ahmad Nasser and Prince
Abdulaziz; no target; not Iran nor Iraq), production that "سيستأنف" no event, the 1965 partition
agreement a historical signing, "ولم يوقع البلدان أي اتفاق مع إيران بشأن حقل الدرة" a negated
signing, the Kuwaiti-Iraqi maritime talks "متعثرة" a stalled signing; the UAE that "قررت … إعادة
سفيرها إلى طهران، ورفع مستوى تمثيلها الدبلوماسي" restores ties (core; the UAE; Iran the target;
not Saudi Arabia, Bahrain or Kuwait), Iran that "ستعيد سفيرها إلى أبوظبي قريبا" a planned
restoration (core; the UAE the target), Kuwait that "قد أعادت سفيرها إلى طهران قبل أسبوع" a
historical restoration, Bahrain that "لم تتخذ … أي خطوة لاستئناف العلاقات معها" a negated
restoration, the Saudi-Iranian talks in Baghdad "متعثرة" a stalled restoration, the Vienna talks
"تتعثر" a stalled signing, the 2016 downgrade no event; a defence ministry that "أعلنت … دمج نحو
ثلاثة آلاف وخمسمئة مقاتل أجنبي، معظمهم من «الحزب الإسلامي التركستاني»، في الفرقة 84" integrates
forces (core; Syria and its defence ministry; the Turkistan Islamic Party the target; not China,
which objects, nor the United States, which approved), the State Department that "شطبت «حركة
تركستان الشرقية الإسلامية» … عام 2020" a historical lifting, "ولم يشمل القرار مقاتلين أجانب من
جنسيات أخرى" a negated integration, the SDF talks "متعثرة" a stalled integration and the March
agreement "الذي وقعه الرئيس أحمد الشرع وقائد «قسد» مظلوم عبدي" a historical signing, Trump's
announced lifting "بعد أسابيع من إعلان … رفع العقوبات عن سوريا" a historical lifting; a football
page's fine, bans, threat, lifted ban, coach, transfer, contracts, sponsorship, suspended round,
merged teams, security forces and reopened stands, a local page's fines, threats, deadline, water
cut and resumed, university agreement, national programme, merged schools, patrols, rubbish and
reopened market, and a business page's merger agreement, memorandum, suspended share, fine,
prices, start-up and fund joining, tax deadline, tenants' threat, frozen project, technical teams
and reopened branches are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit cbdab87), in one run: events P 0.846 R 1.000 F1
0.917 (recall 11/11, precision 11/13: eleven alerts right, two wrong by the scorer's count;
occurred core found 9/9, planned 2/2; historical 16/17, negated 9/9 and stalled 9/9 kept quiet
by the scorer's count). No annotation was changed after the run; one text was: the Tlemcen page
(ar-hl11) counted 292 words, under the set's own 300-word floor, and took one sentence with no
trigger in it ("وتعرف أسواق المدينة إقبالا كبيرا في الساعات التي تسبق الإفطار …") after the run,
which left its result, and the figures, as they were. No core event is missed.
Wrong alerts: in ar-hl01 "بعد أن رفض الرئيس الإيراني حسن روحاني أي لقاء مع ترامب على هامش الجمعية
العامة للأمم المتحدة قبل رفع العقوبات" is an occurred lifting with the General Assembly for its
actor: a lifting set as a precondition («قبل رفع العقوبات», and in the same way «اشترطت … رفع
العقوبات») has no status cue of its own, and the refusal's negation that keeps the short form
quiet («رفض … أي لقاء مع ترامب قبل رفع العقوبات» is negated) no longer reaches it once a body is
named between (``rasd/events/status.py``); in ar-hl02 the lifting has China beside COSCO
Shipping for its targets, from the headline "واشنطن ترفع العقوبات عن وحدة ناقلات النفط في «كوسكو»
الصينية": a demonym right after a company's own name is taken for the state, the company-
nationality rule asking for a holder noun before it («شركة «روسنفت» الروسية» passes, «روسنفت»
الروسية» does not; ``_company_demonym_ar``, ``rasd/events/roles.py``); in ar-hl09 the integration
has the United States among its targets, from the headline's "بموافقة أمريكية": the state whose
approval or support goes with an integration («بموافقة أمريكية»، «بدعم تركي») is taken as a target
of the forces merged («بالتنسيق مع تركيا» is not; ``assign``, ``rasd/events/roles.py``), and
"بعد أسابيع من إعلان الرئيس دونالد ترامب رفع العقوبات عن سوريا" is an occurred lifting: what
comes after «بعد … من» is background when the masdar follows «من» itself («بعد أسابيع من رفع
العقوبات») or when «يأتي/جاء … بعد» frames it, not when the masdar of an announcement or a decision
and its author stand between («بعد أسابيع من إعلان|قرار X رفع …», ``rasd/events/status.py``).
Three strict xfails on three articles (ar-hl01, ar-hl02, ar-hl09 wrong alerts); do not tune
lexicons on these articles. Four causes have sentences of their own in ``RULES``, strict xfails
until fixed (a lifting set as a precondition, a company's demonym after its own name, the backer
of an integration as target, an announced lifting after «بعد … من»), beside neighbouring forms
that pass.

Also seen, not scored: in ar-hl01 the negated imposition on Iraq has no actor (its trigger
«الجديدة»), Bahrain's IMSC joining no target (the coalition is unknown), the Fifth Fleet gives
nothing, and the occurred imposition has Iran beside the Central Bank (the fund and Etemad
Tejarat Pars are unknown); in ar-hl02 the September listing has COSCO Shipping for an actor in one
reading and no target in the other, and the phase-two talks give nothing; in ar-hl03 the negated
lifting has an unlinked span («الوزارة العقوبات المفروضة») for its actor; in ar-hl04 the 1992
embargo lifted has the United Nations, not the Council, the negated imposition gives nothing, and
Somaliland's memorandum with Ethiopia is merged into the stalled talks with Ethiopia as target; in
ar-hl05 the threat is raised from the headline's «يلوح» with no Kallas, the M23 listing of 2023
and the raw-materials memorandum give nothing, and the negated imposition's target is an unlinked
span; in ar-hl06 the joining is raised from the headline's «تصبح» and Finland's has no target,
the negated presence gives nothing; in ar-hl07 the signing has Sheikh Ahmad Nasser for a target
and no Prince Abdulaziz, the 1965 agreement gives nothing, and the negated signing and the
stalled Iraqi talks are one negated signing with Iraq and Iran for targets; in ar-hl08 Bahrain's
negated restoration gives nothing and the stalled Saudi-Iranian talks are a stalled signing; in
ar-hl09 the lead ("دمج نحو ثلاثة آلاف وخمسمئة مقاتل أجنبي، معظمهم من «الحزب الإسلامي التركستاني»،
في الفرقة 84") gives nothing (the integration comes from the headline), the 2020 delisting has
the Turkistan Islamic Party for the East Turkestan Islamic Movement, the negated integration
gives nothing, the SDF is an actor of the stalled integration, the March agreement is a stalled
signing, and Trump is not an actor of the lifting he announced. The Latakia, Tlemcen and Doha
pages raise nothing.

``python -m tests.unit.test_heldout55_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 1.000 R 1.000 F1 1.000 (recall 11/11,
precision 11/11). Fixed as general causes: a masdar right after «قبل» or «قبيل» is a step still
awaited (not «من قبل»), and «اشترط» is a demand (``rasd/events/status.py``,
``ar.cues.yaml``); a definite demonym right after a quoted name is the name's nationality
(``_company_demonym_ar``, ``rasd/events/roles.py``); who approves or backs a merger
(«بموافقة أمريكية», «بدعم من تركيا») takes no part in it (``rasd/events/participants.py``); a
masdar after «بعد أسابيع (أيام) من إعلان/قرار …» and its maker is background
(``_weeks_after``, ``rasd/events/status.py``).
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
_STATE = "United States Department of State"
_UNSC = "United Nations Security Council"
_EU = "European Union"
_UAE = "United Arab Emirates"
_MOD_SY = "Ministry of Defense (Syria)"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-albilad-manama-treasury-sanctions-central-bank-of-iran-ndf-2019",
        date(2019, 9, 21),
        """واشنطن تفرض عقوبات على البنك المركزي الإيراني وصندوق التنمية الوطني

المنامة - «البلاد»

فرضت وزارة الخزانة الأمريكية، أمس الجمعة، عقوبات على البنك المركزي الإيراني وصندوق التنمية الوطني الإيراني وشركة «اعتماد تجارت پارس»، بعد ثمانية أيام من الهجمات التي استهدفت منشأتي شركة أرامكو في بقيق وخريص شرقي المملكة العربية السعودية.

وقال وزير الخزانة ستيفن منوتشين، في بيان، إن البنك المركزي "قدم مليارات الدولارات إلى فيلق القدس وحزب الله"، وأضاف: "لقد قطعنا الآن آخر مصادر التمويل المتبقية للنظام الإيراني، ولن نتردد في استهداف كل من يتعامل معه".

ووصف الرئيس الأمريكي دونالد ترامب الإجراءات، خلال استقباله رئيس الوزراء الأسترالي سكوت موريسون في البيت الأبيض، بأنها "الأعلى على الإطلاق"، مؤكدا أن الخيار العسكري "يبقى مطروحا دائما، لكن ضبط النفس علامة قوة".

وكانت الولايات المتحدة قد أعادت فرض العقوبات على البنك المركزي الإيراني في نوفمبر 2018، بعد انسحابها من الاتفاق النووي، غير أن إدراجه هذه المرة جاء بموجب برنامج مكافحة الإرهاب، ما يجعل رفعها مستقبلا أكثر صعوبة على أي إدارة مقبلة.

ورحبت مملكة البحرين بالقرار، وقالت وزارة الخارجية في بيان إن الخطوة "تنسجم مع ضرورة تجفيف منابع تمويل الإرهاب ومحاسبة من يقف وراء الاعتداءات على المنشآت النفطية في المملكة العربية السعودية الشقيقة".

وكانت المملكة قد انضمت في أغسطس الماضي إلى التحالف الدولي لأمن الملاحة البحرية الذي تقوده الولايات المتحدة لحماية السفن التجارية في مياه الخليج، كما تستضيف منذ عقود مقر الأسطول الخامس الأمريكي في الجفير.

ولم تشمل العقوبات الجديدة أي إجراءات بحق العراق، الذي يستورد الغاز والكهرباء من إيران، بحسب ما أكده مسؤول في وزارة الخزانة للصحافيين، موضحا أن بغداد "شريك نعمل معه على تقليص اعتماده على الطاقة الإيرانية".

وتأتي العقوبات فيما لا تزال مساعي الرئيس الفرنسي إيمانويل ماكرون للتوسط بين واشنطن وطهران متعثرة، بعد أن رفض الرئيس الإيراني حسن روحاني أي لقاء مع ترامب على هامش الجمعية العامة للأمم المتحدة قبل رفع العقوبات.

وفي طهران، قال وزير الخارجية محمد جواد ظريف إن واشنطن "تستهدف الآن قدرة الشعب الإيراني على شراء الغذاء والدواء"، معتبرا أن الخطوة "دليل على إفلاس سياسة الضغوط القصوى".

وفي سوق المنامة القديم، قال صاحب محل صرافة وهو يتابع شاشة الأسعار: "الحين كل شي واقف مع إيران من زمان، ما عاد في تحويلات ولا بضاعة، بس الناس خايفة على البحر والخليج، الله يستر".

وارتفعت أسعار خام برنت بأكثر من واحد في المئة في ختام تعاملات الأسبوع، وسط مخاوف المستثمرين من اتساع رقعة التوتر في المنطقة، رغم تأكيد أرامكو أنها استعادت أكثر من نصف الإنتاج المتوقف.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY],
                [
                    "Central Bank of Iran",
                    "National Development Fund of Iran",
                    "Etemad Tejarat Pars",
                ],
            ),
            # the bank's listing "في نوفمبر 2018",
            G("sanctions.imposed", "historical", [_US], ["Central Bank of Iran"], core=False),
            # Bahrain "قد انضمت في أغسطس الماضي إلى التحالف الدولي لأمن الملاحة البحرية",
            G(
                "alliance.joined",
                "historical",
                ["Bahrain"],
                ["International Maritime Security Construct"],
                core=False,
            ),
            # the Fifth Fleet Bahrain "تستضيف منذ عقود",
            G("military.presence", "historical", [_US], ["Bahrain"], core=False),
            # "ولم تشمل العقوبات الجديدة أي إجراءات بحق العراق",
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Iraq"], core=False),
            # Macron's mediation "متعثرة",
            G("agreement.signed", "stalled", [_US, "Iran"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Bahrain", "Australia", "Hezbollah", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-chinatoday-treasury-delists-cosco-shipping-tanker-dalian-2020",
        date(2020, 2, 2),
        """واشنطن ترفع العقوبات عن وحدة ناقلات النفط في «كوسكو» الصينية

بكين - «الصين اليوم»

رفعت وزارة الخزانة الأمريكية، يوم الجمعة الماضي، العقوبات المفروضة على شركة «كوسكو لناقلات النفط (داليان)»، التابعة لمجموعة «كوسكو» الصينية للشحن، بعد أربعة أشهر من إدراجها على قائمة العقوبات بتهمة نقل النفط الإيراني.

وأوضح مكتب مراقبة الأصول الأجنبية التابع للوزارة، في تحديث نشره على موقعه الإلكتروني، أن الشركة حذفت من «قائمة الرعايا المعينين خصيصا»، من دون أن يرفق القرار بأي تفسير، فيما قال مسؤول في الوزارة لوكالات الأنباء إن الشركة "قدمت ما يثبت أنها قطعت صلاتها بالجهات الإيرانية".

وكانت واشنطن قد فرضت في الخامس والعشرين من سبتمبر الماضي عقوبات على الشركة وعلى شركة شقيقة لها، في إطار حملة «الضغوط القصوى» على صادرات النفط الإيرانية، ما أدى إلى قفزة في أسعار شحن الناقلات العملاقة إلى مستويات لم تشهدها الأسواق منذ سنوات.

ولم ترفع الخزانة العقوبات عن الشركة الشقيقة «كوسكو داليان لإدارة البحارة والسفن»، التي لا تزال مدرجة على القائمة، بحسب التحديث نفسه.

وقال المتحدث باسم وزارة الخارجية الصينية قنغ شوانغ، في مؤتمر صحفي، إن بكين "تعارض دائما العقوبات الأحادية والولاية القضائية طويلة الذراع"، وأضاف: "على الجانب الأمريكي أن يصحح أخطاءه، ويكف عن الإضرار بالمصالح المشروعة للشركات الصينية".

ويأتي القرار بعد أسبوعين من توقيع الصين والولايات المتحدة في واشنطن «اتفاق المرحلة الأولى» التجاري، الذي تعهدت بكين بموجبه بزيادة مشترياتها من السلع والخدمات الأمريكية بنحو مئتي مليار دولار خلال عامين.

أما مفاوضات «المرحلة الثانية» فلا تزال متعثرة، إذ يستبعد محللون التوصل إلى اتفاق بشأنها قبل الانتخابات الرئاسية الأمريكية، بسبب الخلاف حول الدعم الحكومي للشركات الصينية الكبرى.

وتزامن القرار مع تفشي فيروس كورونا المستجد في مدينة ووهان، الذي دفع السلطات إلى تمديد عطلة عيد الربيع وإغلاق عدد من المصانع والموانئ، ما ألقى بظلاله على حركة الشحن في الموانئ الصينية.

وفي مدينة ييوو التجارية، قال تاجر يمني يقيم فيها منذ عشر سنوات في اتصال هاتفي: "الشغل واقف من يوم ما طلع الفيروس، والمكاتب مقفلة، والعقوبات هذي ما تفرق معانا كثير، المهم الحاويات تمشي".

وارتفعت أسهم شركة «كوسكو للشحن والطاقة» المدرجة في بورصة هونغ كونغ بنحو أربعة في المئة في أول جلسة بعد القرار، فيما توقع وسطاء أن تتراجع أسعار الشحن تدريجيا مع عودة الناقلات المتوقفة إلى العمل.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, _TREASURY, _OFAC],
                ["COSCO Shipping Tanker (Dalian)"],
            ),
            # the listing "في الخامس والعشرين من سبتمبر الماضي",
            G(
                "sanctions.imposed",
                "historical",
                [_US],
                ["COSCO Shipping Tanker (Dalian)"],
                core=False,
            ),
            # "ولم ترفع الخزانة العقوبات عن الشركة الشقيقة",
            G(
                "sanctions.lifted",
                "negated",
                [_US, _TREASURY],
                ["COSCO Shipping Tanker (Dalian) Seaman & Ship Management"],
                core=False,
            ),
            # the phase-one deal "بعد أسبوعين من توقيع",
            G("agreement.signed", "historical", ["China", _US], [], core=False),
            # the phase-two talks "متعثرة",
            G("agreement.signed", "stalled", ["China", _US], [], core=False),
        ],
        not_targets=["China", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-althawra-damascus-treasury-general-licence-24-syria-2025",
        date(2025, 1, 7),
        """الخزانة الأمريكية تعلق بعض العقوبات على سوريا ستة أشهر

دمشق - «الثورة»

أعلنت وزارة الخزانة الأمريكية، أمس الاثنين، تعليق بعض العقوبات المفروضة على سوريا لمدة ستة أشهر، بموجب رخصة عامة تسمح بالتعامل مع المؤسسات الحكومية السورية وببعض المعاملات المتعلقة بالطاقة والتحويلات المالية الشخصية، في أول خطوة من نوعها منذ سقوط النظام البائد في الثامن من ديسمبر الماضي.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن الرخصة العامة رقم 24، التي تنتهي في السابع من يوليو المقبل، تهدف إلى "ضمان ألا تعيق العقوبات الخدمات الأساسية واستمرارية وظائف الحكم في سوريا"، بما في ذلك توفير الكهرباء والمياه والصرف الصحي.

وأكد نائب وزير الخزانة والي أديمو أن الولايات المتحدة "ستواصل مراقبة التطورات على الأرض"، مشيرا إلى أن بلاده "تريد أن ترى حكومة تمثل جميع السوريين وتحترم حقوق الأقليات".

ولم ترفع الوزارة العقوبات المفروضة على «هيئة تحرير الشام»، التي لا تزال مصنفة منظمة إرهابية أجنبية، كما أبقت على تجميد أصول المسؤولين في النظام السابق.

وكانت واشنطن قد فرضت عقوبات واسعة على سوريا بموجب «قانون قيصر» الذي دخل حيز التنفيذ في يونيو 2020، وطالت قطاعات الطاقة والبناء والمصارف، إضافة إلى عشرات المسؤولين ورجال الأعمال المرتبطين بالنظام البائد.

ورحب وزير الخارجية والمغتربين أسعد حسن الشيباني بالقرار، وكتب على منصة «إكس»: "نرحب بهذه الخطوة، ونأمل أن تكون بداية لرفع العقوبات بالكامل، لأنها كانت تستهدف النظام البائد لا الشعب السوري".

وتتزامن الخطوة مع استمرار المحادثات بين دمشق وعمّان بشأن اتفاق لتزويد سوريا بالكهرباء الأردنية، وهي محادثات لا تزال متعثرة بسبب حاجة الأردن إلى ضمانات بعدم تعرض شركاته للعقوبات الأمريكية.

ويعاني السوريون من انقطاع التيار الكهربائي لأكثر من عشرين ساعة يوميا في معظم المحافظات، فيما تعمل محطات التوليد بأقل من ربع طاقتها بسبب نقص الوقود وتهالك الشبكات.

وفي ساحة المرجة وسط دمشق، قال سائق سيارة أجرة خمسيني: "إذا بتجي الكهربا ساعتين زيادة بنكون ممنونين، بس لسا ما شفنا شي، كل يوم منسمع أخبار والله يفرجها علينا".

ويرى اقتصاديون أن الرخصة لن تكفي وحدها لجذب الاستثمارات، لأن المصارف الدولية لا تزال تتجنب التعامل مع سوريا خشية الغرامات، في ظل بقاء البنك المركزي السوري معزولا عن نظام التحويلات المالية الدولي.""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY, _OFAC], ["Syria"]),
            # "ولم ترفع الوزارة العقوبات المفروضة على «هيئة تحرير الشام»",
            G(
                "sanctions.lifted",
                "negated",
                [_US, _TREASURY],
                ["Hay'at Tahrir al-Sham"],
                core=False,
            ),
            # the Caesar Act sanctions "في يونيو 2020",
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            # the Jordanian electricity talks "متعثرة",
            G("agreement.signed", "stalled", ["Syria", "Jordan"], [], core=False),
        ],
        not_targets=["Hay'at Tahrir al-Sham", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-radioshabelle-security-council-renews-al-shabaab-regime-2024",
        date(2024, 12, 13),
        """مجلس الأمن يمدد العقوبات على «الشباب» عاما إضافيا

مقديشو - «راديو شبيلي»

مدد مجلس الأمن الدولي، أمس الخميس، نظام العقوبات المفروض على حركة «الشباب» المرتبطة بتنظيم «القاعدة» لمدة عام إضافي، بما يشمل حظر الأسلحة وتجميد الأصول وحظر السفر على قيادات الحركة، إضافة إلى تجديد ولاية فريق الخبراء المكلف بمراقبة تطبيق العقوبات.

وحظي القرار، الذي أعدت مسودته المملكة المتحدة، بتأييد أعضاء المجلس الخمسة عشر بالإجماع، بعد مشاورات استمرت أسبوعين حول صياغة الفقرات المتعلقة بالمتفجرات ومكوناتها.

وقال مندوب الصومال الدائم لدى الأمم المتحدة السفير أبو بكر ظاهر عثمان، في كلمة أمام المجلس، إن العقوبات "أداة مهمة لتجفيف مصادر تمويل الإرهابيين"، وأضاف أن الحكومة الفيدرالية "تعمل على استكمال بناء قدرات جيشها قبل تسلم المهام الأمنية كاملة من القوات الأفريقية".

وكان المجلس قد رفع في ديسمبر من العام الماضي حظر الأسلحة عن الحكومة الصومالية، بعد أكثر من ثلاثة عقود على فرضه عام 1992، استجابة لمطالب متكررة من مقديشو.

ولم يضف المجلس أي أسماء جديدة إلى قائمة العقوبات، رغم مطالبة الحكومة الصومالية بإدراج عدد من ممولي الحركة ووسطاء تهريب الأسلحة عبر خليج عدن، بحسب دبلوماسي في نيويورك.

وقدر فريق الخبراء في تقريره الأخير أن الحركة تجني أكثر من مئة مليون دولار سنويا من الإتاوات التي تفرضها على التجار والشاحنات والموانئ، وأنها لا تزال قادرة على شن هجمات في العاصمة رغم خسارتها مناطق واسعة في وسط البلاد.

وعلى صعيد آخر، لا تزال المحادثات بين الحكومة الفيدرالية وإدارة «أرض الصومال» متعثرة، بعد أن وقعت الأخيرة مع إثيوبيا في يناير الماضي مذكرة تفاهم تمنح أديس أبابا منفذا على البحر الأحمر، وهي المذكرة التي وصفتها مقديشو بأنها "باطلة ولاغية".

ورحبت وزارة الخارجية الصومالية بالقرار في بيان، ودعت الدول المجاورة إلى "تشديد الرقابة على الحدود والموانئ لمنع وصول الأسلحة إلى أيدي الإرهابيين".

وفي سوق بكارة بالعاصمة، قال تاجر ملابس في الأربعين من عمره: "العقوبات على الورق فقط، الشباب يأخذون منا الزكاة كل شهر، ومن لا يدفع يهددونه في بيته، والحكومة تعرف ذلك".

ويقول محللون إن فعالية العقوبات تبقى محدودة ما دامت الحركة تعتمد على الاقتصاد المحلي والتحويلات النقدية عبر شركات الهاتف، لا على النظام المصرفي الدولي.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["al-Shabaab"]),
            # the embargo lifted from the government "في ديسمبر من العام الماضي",
            G("sanctions.lifted", "historical", [_UNSC], ["Somalia"], core=False),
            # "ولم يضف المجلس أي أسماء جديدة إلى قائمة العقوبات",
            G("sanctions.imposed", "negated", [_UNSC], ["al-Shabaab"], core=False),
            # the Somaliland talks "متعثرة",
            G("agreement.signed", "stalled", ["Somalia", "Somaliland"], [], core=False),
            # Somaliland's memorandum with Ethiopia "في يناير الماضي",
            G("agreement.signed", "historical", ["Somaliland", "Ethiopia"], [], core=False),
        ],
        not_targets=["Somalia", "al-Qaeda", "Ethiopia", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-ahramgate-brussels-eu-threatens-rwanda-sanctions-m23-2025",
        date(2025, 2, 25),
        """الاتحاد الأوروبي يلوح بعقوبات على رواندا بسبب دعمها متمردي «إم 23»

بروكسل - «بوابة الأهرام»

هدد الاتحاد الأوروبي، أمس الاثنين، بفرض عقوبات على رواندا ومسؤولين فيها، بسبب دعمها حركة «إم 23» المتمردة التي سيطرت خلال الأسابيع الماضية على مدينتي غوما وبوكافو في شرق جمهورية الكونغو الديمقراطية.

وقالت الممثلة العليا للشؤون الخارجية والسياسة الأمنية كايا كالاس، عقب اجتماع وزراء خارجية الدول الأعضاء في بروكسل، إن "كل الخيارات مطروحة على الطاولة، بما فيها العقوبات"، وأضافت: "على رواندا أن تسحب قواتها من الأراضي الكونغولية فورا، وأن توقف دعمها للمتمردين".

وقرر الوزراء تعليق المشاورات الدفاعية مع كيغالي، ومراجعة مذكرة التفاهم بشأن سلاسل توريد المواد الخام الحيوية التي وقعها الاتحاد مع رواندا في فبراير من العام الماضي، والتي انتقدها البرلمان الأوروبي بشدة.

وكان الاتحاد قد فرض في يوليو 2023 عقوبات على عدد من قادة «إم 23»، بينهم المتحدث العسكري باسم الحركة، ضمن قائمة شملت أيضا قادة في جماعات مسلحة أخرى تنشط في شرق الكونغو.

ولم يفرض الاتحاد حتى الآن أي عقوبات على مسؤولين روانديين، بسبب تحفظات أبدتها بعض الدول الأعضاء، بحسب ما أكده دبلوماسي أوروبي لـ«بوابة الأهرام»، مشيرا إلى أن القرار يتطلب إجماع الدول السبع والعشرين.

في المقابل، قالت وزارة الخارجية الرواندية، في بيان، إن التهديدات الأوروبية "لن تغير شيئا في التزام رواندا بحماية حدودها وأمنها القومي"، متهمة كينشاسا بالتعاون مع "القوات الديمقراطية لتحرير رواندا" المسؤولة عن الإبادة الجماعية عام 1994.

ولا تزال مساعي السلام التي تقودها أنغولا بين كينشاسا وكيغالي متعثرة، منذ إلغاء القمة الثلاثية التي كان مقررا عقدها في لواندا منتصف ديسمبر الماضي بسبب خلاف على شروط الحوار مع المتمردين.

وفي اتصال هاتفي من بوكافو، قال مهندس مصري يعمل لدى شركة تعدين في إقليم جنوب كيفو: "إحنا قاعدين في البيت من أسبوعين، الدنيا مقفولة والبنوك مقفولة، ومحدش عارف بكرة فيه إيه، والسفارة بتقول استنوا".

وتقدر الأمم المتحدة عدد القتلى منذ بدء الهجوم الأخير للمتمردين مطلع العام الجاري بنحو سبعة آلاف، فيما نزح مئات الآلاف من منازلهم نحو المخيمات المكتظة حول المدن الكبرى.""",
        [
            G("sanctions.threatened", "occurred", [_EU, "Kaja Kallas"], ["Rwanda"]),
            # the raw-materials memorandum "في فبراير من العام الماضي",
            G("agreement.signed", "historical", [_EU, "Rwanda"], [], core=False),
            # the M23 leaders listed "في يوليو 2023",
            G("sanctions.imposed", "historical", [_EU], ["March 23 Movement"], core=False),
            # "ولم يفرض الاتحاد حتى الآن أي عقوبات على مسؤولين روانديين",
            G("sanctions.imposed", "negated", [_EU], ["Rwanda"], core=False),
            # the Angolan-led talks "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Democratic Republic of the Congo", "Rwanda"],
                [],
                core=False,
            ),
        ],
        not_targets=["Democratic Republic of the Congo", "Angola"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alkompis-sweden-joins-nato-battalion-for-latvia-2024",
        date(2024, 3, 8),
        """السويد تصبح العضو الثاني والثلاثين في حلف الناتو

ستوكهولم - «الكومبس»

انضمت السويد رسميا، أمس الخميس، إلى حلف شمال الأطلسي (الناتو)، بعد أن سلم رئيس الوزراء أولف كريسترسون وثيقة الانضمام إلى وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن، لتصبح العضو الثاني والثلاثين في الحلف، منهية أكثر من مئتي عام من عدم الانحياز العسكري.

وقال كريسترسون في مؤتمر صحفي عقب المراسم: "هذا يوم تاريخي، السويد اليوم أكثر أمانا"، وأضاف أن بلاده "ستتحمل مسؤولياتها كاملة داخل الحلف، وستكون حليفا يعتمد عليه".

ورحب الأمين العام للحلف ينس ستولتنبرغ بالخطوة، وقال إن انضمام السويد "يجعل الحلف أقوى، ويجعل بحر البلطيق أكثر أمنا"، مشيرا إلى أن العلم السويدي سيرفع أمام مقر الحلف في بروكسل يوم الاثنين المقبل.

وكانت فنلندا المجاورة قد انضمت إلى الحلف في أبريل من العام الماضي، بعد أن تقدم البلدان بطلبين متزامنين في مايو 2022 إثر الغزو الروسي لأوكرانيا، غير أن طلب السويد تأخر بسبب اعتراضات تركيا ثم المجر، قبل أن يصادق البرلمان المجري عليه في السادس والعشرين من فبراير الماضي.

وأعلنت وزارة الدفاع أن السويد ستنشر كتيبة من نحو ستمئة جندي في لاتفيا مطلع العام المقبل، ضمن قوات الحلف المتقدمة التي تقودها كندا هناك.

وكانت السويد قد وقعت في ديسمبر الماضي اتفاقية تعاون دفاعي مع الولايات المتحدة تتيح للقوات الأمريكية استخدام سبع عشرة قاعدة ومنشأة عسكرية على الأراضي السويدية.

ولم ينشر الحلف أي قوات دائمة على الأراضي السويدية حتى الآن، بحسب ما أكده وزير الدفاع بول يونسون، الذي قال إن المسألة "ليست مطروحة في الوقت الراهن".

وتعتزم الحكومة رفع الإنفاق الدفاعي إلى أكثر من اثنين في المئة من الناتج المحلي الإجمالي خلال العام الجاري، وإعادة العمل بنظام الدفاع المدني في البلديات.

وتباينت آراء أبناء الجالية العربية في السويد حول الخطوة، وقال مهندس عراقي يقيم في مالمو منذ عشرين سنة: "إحنا طلعنا من الحروب وجينا هنا حتى نرتاح، بس يمكن هسه السويد صارت أأمن، الله أعلم شنو راح يصير".

في المقابل، قالت وزارة الخارجية الروسية إن موسكو "ستتخذ تدابير سياسية وعسكرية تقنية" ردا على الانضمام، من دون أن توضح طبيعتها.""",
        [
            G("alliance.joined", "occurred", ["Sweden"], ["NATO"]),
            G("military.presence", "planned", ["Sweden"], ["Latvia"]),
            # Finland "قد انضمت … في أبريل من العام الماضي",
            G("alliance.joined", "historical", ["Finland"], ["NATO"], core=False),
            # the defence cooperation agreement "في ديسمبر الماضي",
            G("agreement.signed", "historical", ["Sweden", _US], [], core=False),
            # "ولم ينشر الحلف أي قوات دائمة على الأراضي السويدية",
            G("military.presence", "negated", ["NATO"], ["Sweden"], core=False),
        ],
        not_targets=["Turkey", "Hungary", "Russia", "Ukraine", "Canada"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-annahar-kuwait-saudi-partitioned-zone-agreement-2019",
        date(2019, 12, 25),
        """الكويت والسعودية توقعان اتفاقية المنطقة المقسومة وتمهدان لعودة الإنتاج في الخفجي والوفرة

الكويت - «النهار»

وقعت دولة الكويت والمملكة العربية السعودية، أمس الثلاثاء، اتفاقية ملحقة باتفاقيتي تقسيم المنطقة المحايدة والمنطقة المغمورة المحاذية لها، إضافة إلى مذكرة تفاهم بشأن استئناف الإنتاج النفطي في حقلي الخفجي والوفرة المتوقف منذ نحو خمس سنوات.

ووقع الاتفاقية عن الجانب الكويتي وزير الخارجية الشيخ أحمد ناصر المحمد الصباح، وعن الجانب السعودي وزير الطاقة الأمير عبدالعزيز بن سلمان، في قصر بيان، بحضور حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح، فيما وقع مذكرة التفاهم وزير النفط الدكتور خالد الفاضل.

وقال الأمير عبدالعزيز بن سلمان للصحافيين إن الاتفاقية "تعكس عمق العلاقات الأخوية بين البلدين الشقيقين"، وأضاف أن الإنتاج "سيستأنف تدريجيا بدءا من حقل الخفجي، على أن يلحق به حقل الوفرة خلال الأسابيع المقبلة".

وكانت الكويت والسعودية قد وقعتا عام 1965 اتفاقية تقسيم المنطقة المحايدة، التي أنشئت بموجب معاهدة العقير عام 1922، مع اقتسام الثروات الطبيعية فيها مناصفة بين البلدين.

وتوقف الإنتاج في حقل الخفجي البحري في أكتوبر 2014 لأسباب بيئية، ثم في حقل الوفرة البري في مايو 2015 بسبب خلافات تشغيلية، ما حرم البلدين من نحو خمسمئة ألف برميل يوميا.

ولم يوقع البلدان أي اتفاق مع إيران بشأن حقل الدرة للغاز، الذي تطالب طهران بحصة فيه، بحسب مصدر نفطي تحدث لـ«النهار»، مؤكدا أن الحقل "ثروة كويتية سعودية خالصة".

في المقابل، لا تزال المحادثات الكويتية العراقية بشأن ترسيم الحدود البحرية بعد العلامة 162 متعثرة، رغم اجتماعات اللجان الفنية المشتركة خلال العام الجاري.

ورحبت غرفة تجارة وصناعة الكويت بالاتفاقية، معتبرة أنها "ستعيد الحياة إلى المنطقة وتفتح الباب أمام عقود جديدة للشركات الوطنية".

وفي ديوانية بمنطقة الفحيحيل، قال موظف متقاعد عمل ثلاثين سنة في الشركة الكويتية لنفط الخليج: "والله فرحنا، الخفجي مو بس نفط، الخفجي عشرة عمر، وعيالنا ينتظرون يرجعون لشغلهم من زمان".

ويتوقع خبراء أن يصل إنتاج المنطقة المقسومة إلى ثلاثمئة ألف برميل يوميا خلال عام، تتقاسمه الكويت والسعودية بالتساوي، في وقت تلتزم فيه الدولتان بتخفيضات تحالف «أوبك بلس».""",
        [
            G(
                "agreement.signed",
                "occurred",
                [
                    "Kuwait",
                    "Saudi Arabia",
                    "Ahmad Nasser Al-Mohammad Al-Sabah",
                    "Abdulaziz bin Salman Al Saud",
                ],
                [],
            ),
            # the partition agreement of 1965,
            G("agreement.signed", "historical", ["Kuwait", "Saudi Arabia"], [], core=False),
            # "ولم يوقع البلدان أي اتفاق مع إيران بشأن حقل الدرة",
            G(
                "agreement.signed",
                "negated",
                ["Kuwait", "Saudi Arabia", "Iran"],
                [],
                core=False,
            ),
            # the Kuwaiti-Iraqi maritime talks "متعثرة",
            G("agreement.signed", "stalled", ["Kuwait", "Iraq"], [], core=False),
        ],
        not_targets=["Iran", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-alroeya-uae-ambassador-back-to-tehran-2022",
        date(2022, 8, 22),
        """الإمارات تعيد سفيرها إلى طهران بعد ست سنوات من خفض التمثيل

أبوظبي - «الرؤية»

قررت دولة الإمارات العربية المتحدة، أمس الأحد، إعادة سفيرها إلى طهران، ورفع مستوى تمثيلها الدبلوماسي لدى الجمهورية الإسلامية الإيرانية إلى درجة سفير، بعد ست سنوات من خفضه.

وذكرت وزارة الخارجية والتعاون الدولي، في بيان نقلته وكالة أنباء الإمارات «وام»، أن السفير سيف محمد الزعابي سيباشر مهامه في طهران خلال الأيام المقبلة، وأن الخطوة تأتي "في إطار مساعي الدولة لتعزيز العلاقات مع الجمهورية الإسلامية الإيرانية، بما يحقق المصالح المشتركة للبلدين والمنطقة".

وفي طهران، رحب المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني بالقرار، وأكد أن بلاده ستعيد سفيرها إلى أبوظبي قريبا، مضيفا أن "أمن المنطقة يتحقق بالتعاون بين دولها لا بالاعتماد على القوى الأجنبية".

وكانت الإمارات قد خفضت تمثيلها الدبلوماسي لدى إيران إلى مستوى قائم بالأعمال في يناير 2016، تضامنا مع المملكة العربية السعودية بعد الاعتداء على سفارتها في طهران وقنصليتها في مشهد.

وكانت الكويت قد أعادت سفيرها إلى طهران قبل أسبوع، بعد أن استدعته عام 2016 للسبب نفسه.

ولم تتخذ مملكة البحرين، التي قطعت علاقاتها مع إيران عام 2016، أي خطوة لاستئناف العلاقات معها حتى الآن، بحسب مصدر دبلوماسي خليجي.

وتأتي الخطوة فيما لا تزال المحادثات السعودية الإيرانية التي تستضيفها بغداد منذ أبريل 2021 متعثرة، بعد خمس جولات لم تفض إلى استئناف العلاقات أو إعادة فتح السفارتين.

وكان المستشار الدبلوماسي لرئيس الدولة الدكتور أنور قرقاش قد أكد في تصريحات سابقة أن الإمارات "ليست طرفا في أي محور ضد إيران"، وأن خفض التصعيد "خيار استراتيجي".

وتعد الإمارات من أكبر الشركاء التجاريين لإيران، إذ تجاوز حجم التبادل التجاري بين البلدين خمسة عشر مليار دولار العام الماضي، معظمه عبر موانئ دبي.

وفي سوق نايف بديرة، قال تاجر إيراني يقيم في دبي منذ ثلاثين عاما وهو يرتب بضاعته من الزعفران: "الحمد لله، الناس تعبت من المشاكل، نحن هنا نشتغل ونأكل عيش، والسياسة خلها للكبار".

ويرى مراقبون أن الخطوة الإماراتية تعكس توجها خليجيا أوسع نحو التهدئة، في وقت تتعثر فيه مفاوضات فيينا لإحياء الاتفاق النووي بين إيران والقوى الكبرى.""",
        [
            G("relations.restored", "occurred", [_UAE], ["Iran"]),
            G("relations.restored", "planned", ["Iran"], [_UAE]),
            # Kuwait "قد أعادت سفيرها إلى طهران قبل أسبوع",
            G("relations.restored", "historical", ["Kuwait"], ["Iran"], core=False),
            # Bahrain that "لم تتخذ … أي خطوة لاستئناف العلاقات معها",
            G("relations.restored", "negated", ["Bahrain"], ["Iran"], core=False),
            # the Saudi-Iranian talks in Baghdad "متعثرة",
            G("relations.restored", "stalled", ["Saudi Arabia", "Iran"], [], core=False),
            # the Vienna talks "تتعثر",
            G("agreement.signed", "stalled", ["Iran"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Bahrain", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alikhbariya-syria-84th-division-takes-in-turkistan-fighters-2025",
        date(2025, 6, 3),
        """دمج مقاتلي «الحزب الإسلامي التركستاني» في الفرقة 84 من الجيش السوري بموافقة أمريكية

دمشق - «الإخبارية السورية»

أعلنت وزارة الدفاع السورية، أمس الاثنين، دمج نحو ثلاثة آلاف وخمسمئة مقاتل أجنبي، معظمهم من «الحزب الإسلامي التركستاني»، في الفرقة 84 المشكلة حديثا في الجيش السوري، بعد تفاهم مع الولايات المتحدة.

وقال المبعوث الأمريكي الخاص إلى سوريا توم باراك، ردا على سؤال للصحافيين، إن واشنطن توافق على الخطة "بشرط الشفافية"، وأضاف: "من الأفضل إبقاء هؤلاء المقاتلين، وكثير منهم موالون جدا للإدارة الجديدة، داخل مشروع الدولة بدلا من إقصائهم".

وأكد وزير الدفاع اللواء مرهف أبو قصرة أن المقاتلين المدمجين "سيخضعون للقوانين والأنظمة العسكرية السورية كغيرهم من منتسبي الجيش"، مشيرا إلى أن الفرقة ستضم مقاتلين سوريين أيضا.

وكانت وزارة الخارجية الأمريكية قد شطبت «حركة تركستان الشرقية الإسلامية»، التي تعدها بكين الاسم الأصلي للحزب، من قائمة المنظمات الإرهابية عام 2020، بعد ثمانية عشر عاما من إدراجها.

ولم يشمل القرار مقاتلين أجانب من جنسيات أخرى ينشطون في ريف إدلب الغربي، بحسب مصدر عسكري، أوضح أن ملفهم "لا يزال قيد الدراسة".

في المقابل، أبدت الصين قلقها، وقال المتحدث باسم وزارة الخارجية الصينية لين جيان إن بكين "تأمل أن تعارض سوريا كل أشكال الإرهاب والتطرف، وأن تراعي مخاوف المجتمع الدولي".

وتأتي الخطوة فيما لا تزال المفاوضات بين دمشق و«قوات سوريا الديمقراطية» بشأن دمج قواتها في الجيش متعثرة، رغم الاتفاق الذي وقعه الرئيس أحمد الشرع وقائد «قسد» مظلوم عبدي في العاشر من مارس الماضي، وينص على دمج المؤسسات المدنية والعسكرية في شمال شرق البلاد ضمن مؤسسات الدولة.

وكان مقاتلو الحزب قد وصلوا إلى سوريا منذ عام 2012، وشاركوا في معارك إدلب وريف اللاذقية، واستقر كثير منهم مع عائلاتهم في بلدات جسر الشغور والمناطق المحيطة بها.

وفي سوق مدينة إدلب، قال بائع خضار: "هدول الشباب عايشين معنا من سنين، تزوجوا من هون وصار عندهن ولاد، وين بدهن يروحوا؟ المهم يكونوا تحت القانون متلهن متل غيرهن".

ويرى محللون أن الخطوة تعكس تحولا في المقاربة الأمريكية تجاه الإدارة السورية الجديدة، بعد أسابيع من إعلان الرئيس دونالد ترامب رفع العقوبات عن سوريا خلال زيارته إلى الرياض.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Syria", _MOD_SY],
                ["Turkistan Islamic Party"],
            ),
            # the State Department that "شطبت «حركة تركستان الشرقية الإسلامية» … عام 2020",
            G(
                "sanctions.lifted",
                "historical",
                [_US, _STATE],
                ["East Turkestan Islamic Movement"],
                core=False,
            ),
            # "ولم يشمل القرار مقاتلين أجانب من جنسيات أخرى",
            G("forces.integrated", "negated", ["Syria", _MOD_SY], [], core=False),
            # the SDF talks "متعثرة",
            G(
                "forces.integrated",
                "stalled",
                ["Syria"],
                ["Syrian Democratic Forces"],
                core=False,
            ),
            # the March agreement signed by al-Sharaa and Mazloum Abdi,
            G(
                "agreement.signed",
                "historical",
                ["Syria", "Ahmed al-Sharaa", "Syrian Democratic Forces", "Mazloum Abdi"],
                [],
                core=False,
            ),
            # Trump's lifting "بعد أسابيع من إعلان … رفع العقوبات عن سوريا",
            G("sanctions.lifted", "historical", [_US, "Donald Trump"], ["Syria"], core=False),
        ],
        not_targets=["China", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alwahda-latakia-football-page-2024",
        date(2024, 11, 14),
        """لجنة الانضباط تغرم تشرين وتوقف ثلاثة لاعبين بعد أحداث ديربي الساحل

اللاذقية - «الوحدة»

فرضت لجنة الانضباط والأخلاق في الاتحاد العربي السوري لكرة القدم، أمس الأربعاء، غرامة مالية قدرها خمسة ملايين ليرة على نادي تشرين، بسبب أعمال الشغب التي شهدتها مباراة الديربي أمام حطين على ملعب الباسل في اللاذقية، وأوقفت ثلاثة لاعبين من الفريقين أربع مباريات لكل منهم.

وهددت اللجنة في قرارها بفرض عقوبات أشد، تصل إلى خصم النقاط وإقامة المباريات دون جمهور، في حال تكررت الهتافات المسيئة ورمي المقذوفات إلى أرض الملعب.

وفي المقابل، رفعت اللجنة الإيقاف عن مدافع حطين بعد قبول الاستئناف الذي تقدم به النادي، ليصبح جاهزا للمشاركة في مباراة الأسبوع المقبل أمام الوحدة.

وعلى صعيد التعاقدات، وقع نادي حطين عقدا مع مدرب أردني لقيادة الفريق حتى نهاية الموسم خلفا للمدرب المستقيل، فيما انضم المهاجم العراقي الشاب إلى صفوف تشرين قادما من الدوري العراقي في صفقة انتقال حر.

ومددت إدارة نادي تشرين عقد قائد الفريق لموسمين إضافيين، ووقعت اتفاقية رعاية مع شركة محلية للاتصالات بقيمة لم يكشف عنها.

وكان الاتحاد قد علق مباريات المرحلة السابعة بسبب سوء الأحوال الجوية، على أن تستأنف المسابقة يوم الجمعة المقبل وفق الجدول المعدل.

وقررت إدارة حطين دمج فريقي الشباب والأولمبي في فريق رديف واحد، بسبب ضعف الموارد المالية وقلة الملاعب المتاحة للتدريب.

ونشرت قوى الأمن الداخلي عناصرها في محيط الملعب قبل ساعات من صافرة البداية، فيما أعادت إدارة الملعب فتح المدرجات الشرقية بعد أعمال صيانة استمرت شهرين، ورفعت عمال البلدية مخلفات الجماهير بعد المباراة.

وقال رئيس نادي تشرين في تصريح لـ«الوحدة» إن النادي "يحترم قرارات اللجنة لكنه سيستأنف قرار الغرامة"، مضيفا أن "الجمهور التشريني كان دائما واجهة حضارية لمدينة اللاذقية".

وعلى كورنيش اللاذقية، قال مشجع ستيني من جمهور حطين: "من أيام الثمانينات وأنا بحضر الديربي، بس هالمرة الجو كان مكهرب، الله يهدي البال، الكورة لازم تجمعنا مش تفرقنا".

ويتصدر الوحدة الدمشقي ترتيب الدوري برصيد خمس عشرة نقطة، بفارق نقطتين عن حطين صاحب المركز الثاني، فيما يحتل تشرين المركز الخامس.""",
        [],
        not_targets=["Syria", "Jordan", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-eldjoumhouria-tlemcen-local-page-2025",
        date(2025, 3, 10),
        """بلدية تلمسان تغلق مخابز مخالفة وتمدد آجال تسوية الوضعية

تلمسان - «الجمهورية»

فرضت مصالح مديرية التجارة لولاية تلمسان غرامات مالية على أكثر من ثلاثين تاجرا خلال الأسبوع الأول من شهر رمضان، وأغلقت أربعة مخابز لعدم احترامها شروط النظافة والأسعار المقننة للخبز المدعم.

وهدد مدير التجارة، في ندوة صحفية، بسحب السجلات التجارية من المخالفين، مؤكدا أن فرق الرقابة "ستواصل خرجاتها الميدانية إلى غاية نهاية الشهر الفضيل".

ومددت بلدية تلمسان آجال تسوية وضعية المحلات التجارية غير المرخصة بوسط المدينة إلى غاية نهاية شهر أفريل، بعد طلبات تقدم بها التجار بسبب ثقل الإجراءات الإدارية.

وعلقت وحدة الجزائرية للمياه التزويد بالماء الشروب عن أحياء الكيفان وإمامة يومين بسبب أشغال إصلاح قناة رئيسية، قبل أن تستأنف التوزيع صباح أمس.

ووقعت مديرية الصحة اتفاقية مع جامعة أبي بكر بلقايد لتكوين الأطباء المقيمين في المستشفى الجامعي، فيما انضمت بلدية تلمسان إلى برنامج وطني لتحسين الإنارة العمومية باستعمال الطاقة الشمسية.

وقررت مديرية التربية دمج مدرستين ابتدائيتين في حي بودغن بسبب تراجع عدد التلاميذ، على أن ينقل المعلمون إلى مؤسسات مجاورة مع الدخول المدرسي المقبل.

ونشرت مصالح الأمن الولائي دوريات إضافية قرب الأسواق والمساجد قبل موعد الإفطار، لتنظيم حركة المرور ومنع الباعة الفوضويين من احتلال الأرصفة.

ورفعت مؤسسة النظافة أكثر من مئتي طن من النفايات المنزلية خلال عطلة نهاية الأسبوع، وأعادت البلدية فتح السوق المغطاة بعد أشغال تهيئة دامت ستة أشهر.

وتعرف أسواق المدينة إقبالا كبيرا في الساعات التي تسبق الإفطار، خصوصا على محلات الحلويات التقليدية مثل الزلابية وقلب اللوز، التي تصطف أمامها طوابير طويلة كل مساء.

وقال رئيس المجلس الشعبي البلدي إن البلدية "تعمل على توفير كل الظروف ليمر الشهر الفضيل في أحسن الأحوال"، داعيا المواطنين إلى التبليغ عن أي مضاربة في الأسعار.

وفي سوق المدينة، قالت ربة بيت وهي تحمل قفة الخضر: "واش نديرو؟ الخبز ولا غالي واللحم ما نقدروش عليه، الحمد لله على كل حال، بصح لازم الرقابة تكون طول العام ماشي غير في رمضان".

ويتوقع مدير التجارة استقرار أسعار الخضر والفواكه خلال الأيام المقبلة، مع دخول كميات إضافية من البطاطا المخزنة إلى الأسواق.""",
        [],
        not_targets=["Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alarab-doha-business-page-2024",
        date(2024, 10, 16),
        """بورصة قطر تغلق على ارتفاع وشركتان للخدمات توقعان اتفاقية اندماج

الدوحة - «العرب»

وقعت شركتان قطريتان متخصصتان في الخدمات اللوجستية، أمس الثلاثاء، اتفاقية للاندماج في كيان واحد تقدر قيمته بأكثر من ملياري ريال، على أن تستكمل الإجراءات بعد الحصول على موافقة هيئة قطر للأسواق المالية والجمعيتين العامتين للشركتين.

وقال الرئيس التنفيذي لإحدى الشركتين، في مؤتمر صحفي، إن الاندماج "سيخلق كيانا قادرا على المنافسة إقليميا"، مشيرا إلى أن الشركة وقعت أيضا مذكرة تفاهم مع مشغل موانئ آسيوي لتطوير مستودعات في ميناء حمد.

وفي المقابل، علقت بورصة قطر تداول أسهم شركة عقارية مدرجة لمدة يوم واحد، بانتظار إفصاح حول صفقة بيع أصول، قبل أن يستأنف التداول على السهم اليوم.

وفرضت هيئة قطر للأسواق المالية غرامة مالية على شركة وساطة بسبب مخالفات تتعلق بإجراءات اعرف عميلك، فيما رفعت إحدى شركات الأسمدة أسعار منتجاتها للربع المقبل بنحو ثلاثة في المئة.

وانضمت شركة ناشئة في مجال التكنولوجيا المالية إلى برنامج الحاضنة التابع لبنك قطر للتنمية، كما انضم صندوق استثمار خليجي إلى رأسمال شركة محلية للصناعات الغذائية بحصة عشرين في المئة.

ومددت الهيئة العامة للضرائب مهلة تقديم الإقرارات الضريبية للشركات حتى نهاية الشهر المقبل، بعد تحديث نظامها الإلكتروني.

وهدد عدد من مستأجري المحلات في أحد المجمعات التجارية بالانسحاب إذا لم تخفض الإدارة الإيجارات، فيما جمدت شركة مقاولات مشروعا سكنيا في منطقة لوسيل بسبب ارتفاع تكاليف مواد البناء.

ونشرت شركة للاتصالات فرقا فنية إضافية في المنطقة الصناعية لتحسين التغطية، وأعادت فتح ثلاثة فروع لخدمة العملاء بعد تجديدها.

وأغلق المؤشر العام لبورصة قطر على ارتفاع بنسبة 0.6 في المئة عند مستوى عشرة آلاف ومئتي نقطة، بدعم من أسهم البنوك والاتصالات، وبلغت قيمة التداولات نحو أربعمئة مليون ريال.

وفي سوق واقف، قال تاجر عطور في الخمسينات من عمره: "الحمد لله الموسم زين والسياح كثير، بس الإيجارات نار، والواحد يشتغل حق المالك قبل لا يشتغل حق نفسه".

ويتوقع محللون أن تستمر الأسواق الخليجية في التذبذب خلال الأسابيع المقبلة، في انتظار نتائج الربع الثالث وقرارات أسعار الفائدة الأمريكية.""",
        [],
        not_targets=["Qatar"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout55_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout55_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # a lifting set as a precondition
    pytest.param(
        "رفض الرئيس الفنزويلي أي لقاء مع نظيره الأمريكي على هامش الجمعية العامة للأمم المتحدة قبل رفع العقوبات.",
        date(2019, 9, 21),
        [],
        [],
        id="no-meeting-at-the-un-before-sanctions-are-lifted",
    ),
    pytest.param(
        "اشترطت كوريا الشمالية رفع العقوبات قبل استئناف المحادثات النووية.",
        date(2019, 9, 21),
        [],
        [],
        id="lifting-made-a-condition-of-talks",
    ),
    pytest.param(
        "رفض الرئيس الفنزويلي أي حوار مع نظيره الأمريكي قبل رفع العقوبات.",
        date(2019, 9, 21),
        [],
        [],
        id="no-talks-before-sanctions-are-lifted",
    ),
    pytest.param(
        "طالبت كوريا الشمالية برفع العقوبات قبل استئناف المحادثات النووية.",
        date(2019, 9, 21),
        [],
        [],
        id="lifting-demanded-before-talks",
    ),
    pytest.param(
        "رفعت الولايات المتحدة العقوبات عن فنزويلا قبل الانتخابات.",
        date(2019, 9, 21),
        [("sanctions.lifted", "occurred", "target:Venezuela")],
        [],
        id="sanctions-lifted-before-an-election",
    ),
    # a company's own name before its nationality
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على «روسنفت» الروسية.",
        date(2022, 3, 1),
        [("sanctions.imposed", "occurred", "target:Rosneft")],
        ["Russia"],
        id="a-quoted-company-and-its-demonym-sanctioned",
    ),
    pytest.param(
        "رفعت وزارة التجارة الأمريكية الحظر عن «زد تي إي» الصينية.",
        date(2018, 7, 13),
        [("sanctions.lifted", "occurred", "target:ZTE")],
        ["China"],
        id="a-quoted-company-and-its-demonym-delisted",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على شركة «روسنفت» الروسية.",
        date(2022, 3, 1),
        [("sanctions.imposed", "occurred", "target:Rosneft")],
        ["Russia"],
        id="the-company-noun-before-the-name-sanctioned",
    ),
    pytest.param(
        "رفعت وزارة التجارة الأمريكية الحظر عن شركة «زد تي إي» الصينية.",
        date(2018, 7, 13),
        [("sanctions.lifted", "occurred", "target:ZTE")],
        ["China"],
        id="the-company-noun-before-the-name-delisted",
    ),
    # the backer of an integration
    pytest.param(
        "قررت الحكومة الصومالية دمج مقاتلي أهل السنة في الجيش الوطني بموافقة أمريكية.",
        date(2020, 6, 1),
        [("forces.integrated", "occurred", "Somalia")],
        ["United States"],
        id="fighters-merged-with-american-approval",
    ),
    pytest.param(
        "أعلنت الحكومة الليبية دمج كتائب مصراتة في الجيش بدعم تركي.",
        date(2020, 6, 1),
        [("forces.integrated", "occurred", "Libya")],
        ["Turkey"],
        id="brigades-merged-with-turkish-support",
    ),
    pytest.param(
        "أعلنت الحكومة الليبية دمج كتائب مصراتة في الجيش بالتنسيق مع تركيا.",
        date(2020, 6, 1),
        [("forces.integrated", "occurred", "Libya")],
        ["Turkey"],
        id="brigades-merged-in-coordination-with-a-state",
    ),
    pytest.param(
        "قررت الحكومة الصومالية دمج مقاتلي أهل السنة في الجيش الوطني.",
        date(2020, 6, 1),
        [("forces.integrated", "occurred", "Somalia")],
        ["United States"],
        id="fighters-merged-with-no-backer-named",
    ),
    # «بعد أسابيع من إعلان|قرار … رفع»
    pytest.param(
        "وعاد آلاف اللاجئين إلى حمص بعد أسابيع من إعلان الاتحاد الأوروبي رفع العقوبات عن سوريا.",
        date(2025, 6, 3),
        [],
        [],
        id="weeks-after-an-announced-lifting",
    ),
    pytest.param(
        "وارتفعت الليرة بعد أيام من قرار واشنطن رفع العقوبات عن سوريا.",
        date(2025, 6, 3),
        [],
        [],
        id="days-after-a-decided-lifting",
    ),
    pytest.param(
        "وعاد آلاف اللاجئين إلى حمص بعد أسابيع من رفع العقوبات عن سوريا.",
        date(2025, 6, 3),
        [],
        [],
        id="weeks-after-a-lifting",
    ),
    pytest.param(
        "وجاءت العودة بعد أسابيع من إعلان الاتحاد الأوروبي رفع العقوبات عن سوريا.",
        date(2025, 6, 3),
        [],
        [],
        id="the-return-came-weeks-after-an-announced-lifting",
    ),
    pytest.param(
        "أعلن الاتحاد الأوروبي رفع العقوبات عن سوريا.",
        date(2025, 6, 3),
        [("sanctions.lifted", "occurred", "target:Syria")],
        [],
        id="a-lifting-announced-as-news",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout55_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout55_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
