"""A sixty-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty-two held-out sets: contemporary Arabic copy of 2016-2023, as today's wires, sites and
papers carry it (a Malaysian agency's Arabic wire, "كوالالمبور - (برناما)", with a Yemeni trader of
Chow Kit, "والله خطوة زينة"; a London daily's New York desk, "نيويورك - «الشرق الأوسط»", with a
Lebanese trader of Treichville, "كنا نسكر المحلات ونهرب"; a Sudanese agency wire, "الخرطوم (سونا)",
with an Omdurman spare-parts dealer, "الحصار دا تعبنا"; a London daily's New York page, "نيويورك -
«القدس العربي»", with a Chadian cloth trader of Bangui in Chadian Arabic; a Moroccan agency wire
from Abuja, "أبوجا - (ومع)", with a Mauritanian trader of Madina market; a Cairo daily, "القاهرة -
«الأهرام»", with a pensioner of Sayyida Zeinab, "يا عم إحنا مش فاهمين بنوك"; a London site in
Paris, "باريس - «العربي الجديد»", with a Lebanese rice trader of Conakry; a London daily's Berlin
desk, "برلين - «الشرق الأوسط»", with a Neukölln restaurant owner; a Mogadishu site, "مقديشو -
«الصومال الجديد»", with a Yemeni perfume seller of Bakara market; a Moroccan site's Meknes football
page, "مكناس - «هسبريس»", with "الكوديم ديما فالقلب"; an Iraqi site's Karbala local page, "كربلاء -
«السومرية نيوز»"; a Dubai daily's Ras Al Khaimah business page, "رأس الخيمة - «البيان»") and on
programmes and states they do not touch: Malaysia's ban on ZIM and on Israeli-flagged ships,
December 2023; the Security Council lifting the Côte d'Ivoire sanctions, April 2016; Obama's
executive order suspending the Sudan sanctions, January 2017; the Security Council renewing the
Central African Republic arms embargo, January 2018; ECOWAS suspending Guinea and threatening its
junta with sanctions, September 2021; Egypt joining the New Development Bank, February 2023;
Guinea and Israel resuming relations, July 2016; the Bundestag approving the move of the Tornados
from Incirlik to Al-Azraq in Jordan, June 2017; Galmudug and Ahlu Sunna Wal Jama'a signing the
Djibouti power-sharing agreement with its integration of forces, December 2017. Nine carry core
events of all ten alertable types (eleven in all), nine occurred and two planned (the German
aircraft and troops that move to Jordan, "ستبدأ عملياتها من الأردن"; the fighters to be merged
"خلال ثلاثة أشهر"), next to historical, negated and stalled ones; three are near misses: a Meknes
football page (a club fined «فرضت … غرامة», harsher penalties threatened «وهددت … بفرض عقوبات أشد»,
a keeper's penalty "رفعت", a dispute "علقت", a coach who "وقع", a midfielder who "انضم", a contract
"مددت", a sponsorship "ووقعت", youth teams "دمج", a club hoping for "الانضمام", police "نشرت"), a
Karbala local page (projects "علقت", fines «فرضت غرامات», a governor who "توعد … بفرض عقوبات" on
lax engineers, a tribal reconciliation "ووقع … وثيقة الصلح" with "عودة العلاقات بينهما", a deadline
"مددت", a memorandum "وقعت", villages that "انضمت", schools "دمج", teams "نشرت", a ban on stalls
"رفعت") and a Ras Al Khaimah business page (two firms that sign "اتفاقية نهائية لدمج أعمالهما", a
share "علقت" and resumed, fines «فرضت غرامات» and a threat to suspend licences, prices "رفعت", a
start-up and a fund that "انضمت", "انضم", a deadline "مددت", teams "نشرت").

The decisions of the annotation, taken before any run: a government that "قررت … منع شركة الشحن
الإسرائيلية «زيم» من رسو سفنها … وحظر السفن التي ترفع العلم الإسرائيلي" imposes sanctions (core;
Malaysia and Anwar Ibrahim; ZIM and Israel, whose flagged ships are banned), the Israeli swimmers
barred "عام 2019" a historical imposition, "ولم تشمل الإجراءات … الشركات الأجنبية الأخرى" and the
refusal "الالتزام بالعقوبات الأحادية … على حركة حماس" negated impositions, the EU trade talks
"متعثرة" a stalled signing; a Council that "رفع … جميع العقوبات المفروضة على كوت ديفوار" lifts
(core; the Security Council; Côte d'Ivoire), the embargo of 2004 and the listings two years later
(Gbagbo, Blé Goudé) historical impositions, "لم يعلن الاتحاد الأوروبي حتى الآن رفع إجراءاته" a
negated lifting, France's base at Abidjan since 2015 a historical presence, the dialogue with the
Ivorian Popular Front "متعثرا" a stalled signing, the end of the UN mission no event; a president
whose order suspends the Sudan sanctions ("بتعليق العمل بالعقوبات", "يسمح فورا بالمعاملات … بموجب
ترخيص عام") (core; the United States, Obama and the Treasury; Sudan), the final lifting "بعد مئة
وثمانين يوما" if Khartoum complies a conditional planned lifting (not core), "ولا يشمل القرار رفع
اسم السودان من قائمة الدول الراعية للإرهاب" a negated lifting, Clinton's order of 1997 (widened in
2006) a historical imposition, the talks with the SPLM-North "متعثرة" a stalled signing; a Council
that "مدد … حظر توريد الأسلحة المفروض على جمهورية أفريقيا الوسطى" extends (core; the Security
Council; the Central African Republic), "ولم يستجب المجلس لطلب … رفع الحظر" a negated lifting, the
embargo of December 2013 and Bozizé's listing a historical imposition, the committee's exemption
for Russia's delivery "في ديسمبر الماضي" a historical suspension, MINUSCA since 2014 a historical
presence (the United Nations), the African Initiative "متعثرة" a stalled signing; a community that
"قررت … تعليق عضوية غينيا في جميع هيئاتها، وهددت بفرض عقوبات على قادة الانقلاب" suspends (an
occurred imposition, core, as the AU's suspension of Mali in set 13, here the news itself) and
threatens (core; ECOWAS; Guinea), "ولم تصل المجموعة … إلى حد إغلاق الحدود" a negated imposition,
the Mali sanctions of August 2020 and their lifting in October historical; a state that "انضمت …
رسميا إلى بنك التنمية الجديد" joins (core; Egypt; the New Development Bank), the UAE and
Bangladesh "عام 2021" historical joinings, Uruguay "التي لم تستكمل حتى الآن إجراءات انضمامها" a
stalled joining, "ولم تنضم مصر حتى الآن إلى مجموعة «بريكس» نفسها" a negated joining, the bank
founded "عام 2014" a historical signing; two states that "أعلنت … استئناف العلاقات الدبلوماسية
بينهما" restore ties (core; Israel, Guinea and Dore Gold, whom the knowledge base lacks), "ولم تعلن
غينيا حتى الآن فتح سفارة لها في تل أبيب" a negated restoration, Israel and Turkey's agreement "في
أواخر يونيو الماضي" a historical signing, the talks with the Palestinians "متوقفة" since April 2014
a stalled signing; a parliament that "وافق … على نقل طائرات … ونحو مئتين وستين عسكريا … إلى قاعدة
الأزرق الجوية في الأردن" plans a presence (core; Germany, the Bundestag and Ursula von der Leyen;
Jordan), Incirlik "منذ ديسمبر 2015" a historical presence (Turkey), the coalition against ISIS a
historical joining, "لا تعتزم إرسال قوات قتالية إلى سوريا" a negated presence; a state and a
group that "وقعت … اتفاقا لتقاسم السلطة" sign (core; Galmudug and Ahlu Sunna Wal Jama'a), "دمج
مقاتلي الجماعة في قوات الولاية والجيش الوطني الصومالي خلال ثلاثة أشهر" a planned integration
(core; Galmudug and Somalia; Ahlu Sunna Wal Jama'a), the agreement of 2010 a historical signing
and its integration clause that "ظل متعثرا" a stalled integration, AMISOM since 2007 a historical
presence (the African Union); the Meknes, Karbala and Ras Al Khaimah pages carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 10c42a8, in a worktree whose only changes were this file and the
English sets 63 and 64), in one run: events P 1.000 R 0.636 F1 0.778 (recall 7/11, precision 7/7;
occurred core found 6/9, planned 1/2; historical 16/16, negated 9/9 and stalled 7/7 kept quiet by
the scorer's count). No annotation was changed after the run.

Missed, by the per-article check: in ar-hl01 "قررت الحكومة الماليزية … منع شركة الشحن الإسرائيلية
«زيم» من رسو سفنها … وحظر السفن التي ترفع العلم الإسرائيلي" gives nothing ("حظرت ماليزيا سفن شركة
زيم" nothing either; "فرضت ماليزيا حظرا على سفن شركة زيم" is read): a ban by «منع … من» or a
verbal noun «حظر» after «قررت» is no imposition form; in ar-hl05 "تعليق عضوية غينيا في جميع
هيئاتها" gives nothing ("علقت إيكواس عضوية غينيا" nothing either): a community suspending a member
is no sanctions form (the threat is found through the headline's «وتلوح بعقوبات», with no target);
in ar-hl06 the joining is found in the headline ("مصر تنضم رسميا إلى بنك التنمية الجديد التابع
لمجموعة «بريكس»", with BRICS a co-target through «التابع لمجموعة») and in the lead, but is merged
with "ولم تنضم مصر حتى الآن إلى مجموعة «بريكس» نفسها", whose negated status overrides the occurred
one for the whole cluster (the lead sentence with the negated one and no headline gives both); in
ar-hl08 "وافق البرلمان الألماني … على نقل طائرات … ونحو مئتين وستين عسكريا من قاعدة إنجرليك
التركية إلى قاعدة الأزرق الجوية في الأردن" gives nothing ("وافق البرلمان الألماني على نشر قوات في
الأردن" is read, as occurred): moving aircraft and troops to a base abroad («نقل … إلى قاعدة») is no
presence form, and "ستبدأ عملياتها من الأردن" none either.

Wrong parties not counted by the scorer: in ar-hl09 the planned integration has no actor and Somalia
(from «الجيش الوطني الصومالي») for target, while the group whose fighters are merged («مقاتلي
الجماعة», "مقاتلي جماعة أهل السنة والجماعة" alike) is not taken; in ar-hl03 the suspension has no
target (Sudan appears as an actor of the historical imposition); in ar-hl07 Israel and Turkey's
agreement of June is read as a historical restoration, and the stalled talks have Turkey for a party
and Palestine for target. No false alarm. Four strict xfails on four articles; do not tune lexicons
on these articles.

After the fixes of the same round (2026-12-05): P 1.000 R 0.818 F1 0.900 (recall 9/11, precision
9/9). Fixed, each with a sentence in ``RULES``: ships are what a state's ban may close its ports to
(«حظرت ماليزيا سفن شركة زيم»); a body's owner («بنك التنمية الجديد التابع لمجموعة بريكس») is not
the body joined, so the negated joining of BRICS no longer takes the bank's joining with it. Left
(strict xfails): the ECOWAS suspension of Guinea's membership (the project reads a bloc's
suspension of a member as no sanctions event, as in sets 4, 18, 25 and 29; this annotation counts
it), and the Tornados moved to al-Azraq past a long list of what is moved. The ECOWAS suspension was
fixed later by the bloc-suspension rule (``test_bloc_suspends_member``: a bloc of states suspending
a member state is an imposition), and its strict xfail removed.
Cured later by the general round on sets 60 to 80 (warplanes moved to a base past a long list,
the base moved from no host, ``test_general_misses4_rules_ar.py``): the Tornados' move to al-Azraq,
its strict xfail removed.

``python -m tests.unit.test_heldout63_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_UNSC = "United Nations Security Council"
_ECOWAS = "Economic Community of West African States"
_NDB = "New Development Bank"
_ASWJ = "Ahlu Sunna Wal Jama'a"
_ZIM = "ZIM Integrated Shipping Services"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-bernama-kuala-lumpur-malaysia-bans-zim-and-israeli-flagged-ships-2023",
        date(2023, 12, 21),
        """ماليزيا تحظر سفن «زيم» الإسرائيلية من موانئها ردا على الحرب في غزة

كوالالمبور - (برناما)

قررت الحكومة الماليزية، أمس الأربعاء، منع شركة الشحن الإسرائيلية «زيم» من رسو سفنها في أي ميناء ماليزي، وحظر السفن التي ترفع العلم الإسرائيلي من الرسو أو تحميل البضائع وتفريغها في موانئ البلاد، بأثر فوري، ردا على ما وصفته بالمجازر التي يرتكبها الاحتلال في قطاع غزة.

وقال رئيس الوزراء أنور إبراهيم، في بيان صادر عن مكتبه، إن القرار جاء "ردا على تصرفات إسرائيل التي تتجاهل المبادئ الإنسانية الأساسية وتنتهك القانون الدولي"، مضيفا أن الحكومة ألغت كذلك الموافقة التي منحت للشركة عام 2002 لاستخدام الموانئ الماليزية.

وأوضح البيان أن وزارة النقل كلفت سلطات الموانئ بعدم قبول أي سفينة متجهة إلى إسرائيل بعد الآن، على أن تطبق الإجراءات على جميع الموانئ في شبه الجزيرة وفي ولايتي صباح وسراواك.

ولم تشمل الإجراءات، بحسب مسؤول في وزارة التجارة، الشركات الأجنبية الأخرى التي تتعامل تجاريا مع إسرائيل عبر موانئ ثالثة، وهو ما انتقدته منظمات داعمة للقضية الفلسطينية رأت أن القرار "لا يكفي".

وكانت ماليزيا، التي لا تقيم علاقات دبلوماسية مع إسرائيل، قد منعت عام 2019 سباحين إسرائيليين من المشاركة في بطولة العالم للسباحة البارالمبية التي كان مقررا أن تستضيفها، ما دفع اللجنة البارالمبية الدولية إلى سحب البطولة منها.

من جانبها، قالت «زيم» في إفصاح لبورصة نيويورك إن تأثير القرار "ليس جوهريا" على عملياتها، مشيرة إلى أنها نقلت خدماتها في المنطقة إلى موانئ أخرى منذ أسابيع بسبب الهجمات في البحر الأحمر.

ويأتي القرار في وقت لا تزال فيه المفاوضات بين ماليزيا والاتحاد الأوروبي حول اتفاقية للتجارة الحرة متعثرة منذ سنوات، بسبب خلافات حول زيت النخيل والمعايير البيئية.

ويمر عبر مضيق ملقا، الذي تطل عليه موانئ كلانغ وتانجونغ بيليباس، نحو ربع التجارة البحرية العالمية، ويعد ميناء كلانغ من أكثر الموانئ ازدحاما في آسيا.

وفي سوق تشاو كيت بالعاصمة، قال تاجر يمني يقيم في ماليزيا منذ عشر سنوات: "والله خطوة زينة، الناس هنا كلهم مع فلسطين، وفي كل جمعة مظاهرات قدام السفارة الأمريكية، بس نتمنى الدول العربية تسوي مثلهم".

وكانت الحكومة قد رفضت في نوفمبر الماضي الالتزام بالعقوبات الأحادية التي تفرضها دول غربية على حركة حماس، مؤكدة أنها لا تعترف إلا بالعقوبات الصادرة عن مجلس الأمن الدولي.""",
        [
            G("sanctions.imposed", "occurred", ["Malaysia", "Anwar Ibrahim"], [_ZIM, "Israel"]),
            # the Israeli swimmers barred "عام 2019",
            G("sanctions.imposed", "historical", ["Malaysia"], ["Israel"], core=False),
            # "ولم تشمل الإجراءات … الشركات الأجنبية الأخرى",
            G("sanctions.imposed", "negated", ["Malaysia"], [], core=False),
            # the refusal "الالتزام بالعقوبات الأحادية … على حركة حماس",
            G("sanctions.imposed", "negated", ["Malaysia"], ["Hamas"], core=False),
            # the trade talks with the EU "متعثرة",
            G("agreement.signed", "stalled", ["Malaysia", _EU], [], core=False),
        ],
        not_targets=["United States", "Palestine", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-awsat-new-york-security-council-lifts-cote-divoire-sanctions-2016",
        date(2016, 4, 29),
        """مجلس الأمن يرفع العقوبات عن كوت ديفوار بعد اثني عشر عاما

نيويورك - «الشرق الأوسط»

رفع مجلس الأمن الدولي، أمس الخميس بالإجماع، جميع العقوبات المفروضة على كوت ديفوار، بما فيها حظر توريد الأسلحة وحظر السفر وتجميد الأصول بحق عدد من الأفراد، معتبرا أن البلاد أحرزت "تقدما كبيرا" نحو الاستقرار منذ الأزمة التي أعقبت الانتخابات الرئاسية عام 2010.

وقرر المجلس في القرار الذي صاغته فرنسا حل لجنة العقوبات وفريق الخبراء المكلف بمراقبة تنفيذها، كما قرر في قرار ثان إنهاء مهمة بعثة الأمم المتحدة لحفظ السلام في البلاد بحلول نهاية يونيو 2017، بعد انسحاب تدريجي لعناصرها.

وكان المجلس قد فرض حظر الأسلحة على كوت ديفوار في نوفمبر 2004، إثر قصف القوات الحكومية موقعا للقوات الفرنسية في بواكي، ثم أضاف بعد عامين حظر السفر وتجميد الأصول بحق شخصيات متهمة بعرقلة عملية السلام، بينها لوران غباغبو وزعيم «الشباب الوطنيين» شارل بليه غوديه.

ورحب المندوب الإيفواري لدى الأمم المتحدة بالقرار، ووصفه بأنه "اعتراف بعودة بلادنا إلى مصاف الدول الطبيعية"، فيما قال المندوب الفرنسي إن الرئيس الحسن واتارا "قاد البلاد إلى النمو والمصالحة".

في المقابل، لم يعلن الاتحاد الأوروبي حتى الآن رفع إجراءاته التقييدية الخاصة بكوت ديفوار، وإن كان دبلوماسيون في بروكسل يتوقعون أن يحذو حذو مجلس الأمن خلال الأسابيع المقبلة.

وتحتفظ فرنسا منذ مطلع العام الماضي بقاعدة عسكرية دائمة في أبيدجان، تضم نحو تسعمئة جندي، حلت محل قوة «ليكورن» التي انتشرت في البلاد منذ عام 2002.

ولا يزال الحوار السياسي بين الحكومة والجبهة الشعبية الإيفوارية، حزب غباغبو، متعثرا منذ أشهر، بعد أن قاطع الحزب الانتخابات الرئاسية التي أعيد فيها انتخاب واتارا في أكتوبر الماضي، ويطالب بالإفراج عن مئات من أنصاره المعتقلين.

ويحاكم غباغبو منذ يناير الماضي أمام المحكمة الجنائية الدولية في لاهاي بتهم ارتكاب جرائم ضد الإنسانية، إلى جانب بليه غوديه، في أعمال عنف أودت بحياة نحو ثلاثة آلاف شخص.

وفي حي تريشفيل الشعبي بأبيدجان، قال تاجر لبناني يقيم في البلاد منذ ثلاثين عاما: "الحمد لله البلد تغير كتير، كنا نسكر المحلات ونهرب، هلق الشغل ماشي والناس مرتاحة، بس الشباب بدهم شغل".

ويتوقع اقتصاديون أن يسهم القرار في تحسين مناخ الاستثمار، في بلد يعد أكبر منتج للكاكاو في العالم، ويسجل معدلات نمو تتجاوز ثمانية في المئة سنويا منذ أربع سنوات.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Ivory Coast"]),
            # the arms embargo of November 2004 and the listings two years later,
            G(
                "sanctions.imposed",
                "historical",
                [_UNSC],
                ["Ivory Coast", "Laurent Gbagbo", "Charles Blé Goudé"],
                core=False,
            ),
            # "لم يعلن الاتحاد الأوروبي حتى الآن رفع إجراءاته التقييدية",
            G("sanctions.lifted", "negated", [_EU], ["Ivory Coast"], core=False),
            # France's base at Abidjan since early 2015 (Licorne since 2002),
            G("military.presence", "historical", ["France"], ["Ivory Coast"], core=False),
            # the dialogue with the Ivorian Popular Front "متعثرا",
            G(
                "agreement.signed",
                "stalled",
                ["Ivory Coast", "Ivorian Popular Front"],
                [],
                core=False,
            ),
        ],
        not_targets=["France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-suna-khartoum-obama-order-suspends-sudan-sanctions-2017",
        date(2017, 1, 14),
        """أوباما يخفف العقوبات الأمريكية على السودان.. والخرطوم ترحب

الخرطوم (سونا)

رحبت حكومة السودان بالقرار الذي أصدره الرئيس الأمريكي باراك أوباما، مساء الجمعة، بتعليق العمل بالعقوبات الاقتصادية والتجارية المفروضة على البلاد منذ عشرين عاما، ووصفته بأنه "تطور إيجابي" في مسار العلاقات بين البلدين.

وأصدر أوباما، قبل أسبوع من مغادرته البيت الأبيض، أمرا تنفيذيا يسمح فورا بالمعاملات التجارية والمالية مع السودان بموجب ترخيص عام أصدرته وزارة الخزانة، على أن يصبح رفع العقوبات نهائيا بعد مئة وثمانين يوما، إذا واصلت الخرطوم التزامها بوقف العمليات العسكرية في مناطق النزاع وتحسين وصول المساعدات الإنسانية والتعاون في مكافحة الإرهاب.

وقال وزير الخارجية إبراهيم غندور، في مؤتمر صحافي بالخرطوم، إن القرار "ثمرة حوار جاد وصريح استمر أكثر من ستة أشهر"، مشيرا إلى أن الحكومة "ستواصل الوفاء بالتزاماتها".

ولا يشمل القرار رفع اسم السودان من قائمة الدول الراعية للإرهاب، المدرج عليها منذ عام 1993، كما تبقى العقوبات المرتبطة بالنزاع في دارفور سارية، بحسب ما أوضحه مسؤولون أمريكيون.

وكان الرئيس الأسبق بيل كلينتون قد فرض العقوبات عام 1997 بموجب أمر تنفيذي، شمل حظرا تجاريا شاملا وتجميدا لأصول الحكومة السودانية، قبل أن توسعها إدارة جورج بوش عام 2006.

وتراجع سعر الدولار في السوق الموازية بالخرطوم بعد الإعلان، فيما توقع مصرفيون أن تستعيد البنوك السودانية تعاملاتها مع المصارف المراسلة في أوروبا والخليج خلال الأشهر المقبلة.

في المقابل، لا تزال المفاوضات بين الحكومة والحركة الشعبية لتحرير السودان - شمال، برعاية الوساطة الأفريقية في أديس أبابا، متعثرة منذ أغسطس الماضي، بسبب الخلاف حول إيصال المساعدات إلى جنوب كردفان والنيل الأزرق.

وانتقدت منظمات حقوقية القرار، معتبرة أنه يكافئ حكومة الرئيس عمر البشير، المطلوب للمحكمة الجنائية الدولية، قبل أن تظهر تحسنات ملموسة في أوضاع حقوق الإنسان.

وفي سوق ليبيا بأم درمان، قال تاجر قطع غيار في الخمسين: "والله الحصار دا تعبنا عشرين سنة، الاسبير ما بيجي إلا بالتهريب وبالدولار الغالي، إن شاء الله الحكاية دي تفتح الباب والأسعار تنزل".

ويأمل رجال أعمال سودانيون أن يفتح القرار الطريق أمام استثمارات أجنبية في قطاعات الزراعة والتعدين والنفط، بعد أن فقدت البلاد ثلاثة أرباع إيراداتها النفطية بانفصال جنوب السودان عام 2011.""",
        [
            G("sanctions.suspended", "occurred", [_US, "Barack Obama", _TREASURY], ["Sudan"]),
            # the lifting to become final "بعد مئة وثمانين يوما" if Khartoum complies,
            G("sanctions.lifted", "planned", [_US], ["Sudan"], core=False),
            # "ولا يشمل القرار رفع اسم السودان من قائمة الدول الراعية للإرهاب",
            G("sanctions.lifted", "negated", [_US], ["Sudan"], core=False),
            # Clinton's order of 1997, widened in 2006,
            G(
                "sanctions.imposed",
                "historical",
                [_US, "Bill Clinton", "George W. Bush"],
                ["Sudan"],
                core=False,
            ),
            # the talks with the SPLM-North "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Sudan", "Sudan People's Liberation Movement–North"],
                [],
                core=False,
            ),
        ],
        not_targets=["South Sudan", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-alquds-alarabi-new-york-security-council-renews-car-arms-embargo-2018",
        date(2018, 1, 31),
        """مجلس الأمن يمدد حظر السلاح على أفريقيا الوسطى عاما.. وبانغي تطالب برفعه

نيويورك - «القدس العربي»

مدد مجلس الأمن الدولي، أمس الثلاثاء، حظر توريد الأسلحة المفروض على جمهورية أفريقيا الوسطى حتى نهاية يناير 2019، إلى جانب حظر السفر وتجميد الأصول بحق أفراد وكيانات متهمة بتهديد السلام في البلاد، كما مدد ولاية فريق الخبراء المكلف بمراقبة تنفيذ العقوبات لثلاثة عشر شهرا.

وأبقى القرار، الذي صاغته فرنسا، على الاستثناءات التي تسمح بتسليم أسلحة وذخائر لقوات الأمن الحكومية بعد إخطار لجنة العقوبات، بينما أضاف معيار التحريض على العنف على أساس عرقي أو ديني إلى معايير الإدراج.

ولم يستجب المجلس لطلب حكومة الرئيس فوستان أرشانج تواديرا رفع الحظر عن الجيش الوطني، إذ رأت دول غربية أن قوات الأمن "لا تزال غير قادرة على تأمين مخازنها"، وأن الأسلحة قد تتسرب إلى الجماعات المسلحة.

وكان المجلس قد فرض حظر الأسلحة في ديسمبر 2013، في ذروة أعمال العنف بين تحالف «سيليكا» ذي الغالبية المسلمة وميليشيات «أنتي بالاكا» المسيحية، ثم أدرج لاحقا الرئيس الأسبق فرانسوا بوزيزيه وعددا من قادة الجماعات على قائمة العقوبات.

ووافقت لجنة العقوبات في ديسمبر الماضي على استثناء سمح لروسيا بتسليم شحنة من الأسلحة الخفيفة إلى الجيش، بعد أن رفعت فرنسا تحفظاتها، وهو ما أثار تساؤلات حول تنامي النفوذ الروسي في البلاد.

وتنتشر في جمهورية أفريقيا الوسطى منذ عام 2014 بعثة الأمم المتحدة المتكاملة لتحقيق الاستقرار «مينوسكا»، التي تضم أكثر من اثني عشر ألف عنصر، لكن الحكومة لا تسيطر فعليا إلا على العاصمة بانغي وبعض المدن.

أما المبادرة الأفريقية للسلام والمصالحة، التي يقودها الاتحاد الأفريقي بين الحكومة وأربع عشرة جماعة مسلحة، فلا تزال متعثرة منذ إطلاقها في يوليو الماضي، وسط تبادل الاتهامات بخرق التعهدات.

وقال مندوب أفريقيا الوسطى لدى الأمم المتحدة إن بلاده "تحترم القرار"، لكنها "تدعو إلى تخفيف تدريجي" يسمح بتسليح الوحدات التي تدربها بعثة الاتحاد الأوروبي.

وفي حي «بي كا 5» ببانغي، قال تاجر تشادي يبيع الأقمشة منذ سنوات، في حديث بالعربية التشادية: "الناس هنا خايفين، الأسبوع الفات ضربوا نار قريب من السوق، والحكومة ما عندها سلاح، والجماعات عندها كل حاجة".

وتقول الأمم المتحدة إن أكثر من ستمئة ألف شخص نزحوا داخل البلاد، وإن نصف السكان تقريبا يحتاجون إلى مساعدات إنسانية، في واحدة من أكثر الأزمات المنسية في العالم.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Central African Republic"]),
            # "ولم يستجب المجلس لطلب … رفع الحظر",
            G("sanctions.lifted", "negated", [_UNSC], ["Central African Republic"], core=False),
            # the embargo of December 2013 and Bozizé's listing,
            G(
                "sanctions.imposed",
                "historical",
                [_UNSC],
                ["Central African Republic", "François Bozizé"],
                core=False,
            ),
            # the committee's exemption for Russia's delivery "في ديسمبر الماضي",
            G(
                "sanctions.suspended",
                "historical",
                [_UNSC],
                ["Central African Republic"],
                core=False,
            ),
            # MINUSCA since 2014,
            G(
                "military.presence",
                "historical",
                ["United Nations"],
                ["Central African Republic"],
                core=False,
            ),
            # the African Initiative "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Central African Republic", "African Union"],
                [],
                core=False,
            ),
        ],
        not_targets=["Russia", "France", "Chad"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-map-abuja-ecowas-suspends-guinea-threatens-junta-2021",
        date(2021, 9, 9),
        """«إيكواس» تعلق عضوية غينيا وتلوح بعقوبات على المجلس العسكري

أبوجا - (ومع)

قررت المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»، أمس الأربعاء، تعليق عضوية غينيا في جميع هيئاتها، وهددت بفرض عقوبات على قادة الانقلاب العسكري الذي أطاح بالرئيس ألفا كوندي يوم الأحد الماضي، إذا لم يطلق سراحه ويعد النظام الدستوري إلى البلاد.

وجاء القرار في ختام قمة استثنائية عقدها قادة دول المجموعة عبر تقنية الاتصال المرئي، برئاسة الرئيس الغاني نانا أكوفو أدو، الذي يتولى الرئاسة الدورية للمجموعة، وفق ما أعلنه رئيس مفوضية «إيكواس» جان كلود كاسي برو في ندوة صحافية.

وطالبت المجموعة بالإفراج "الفوري وغير المشروط" عن كوندي، وقررت إيفاد بعثة رفيعة المستوى إلى كوناكري، غدا الخميس، للقاء قادة المجلس العسكري وتقييم الوضع، قبل أن تعقد قمة حضورية في أكرا خلال الأسبوع المقبل لاتخاذ "الإجراءات المناسبة".

ولم تصل المجموعة، خلافا لما فعلته مع مالي في أغسطس من العام الماضي، إلى حد إغلاق الحدود أو تعليق المبادلات التجارية والمالية مع غينيا، وهو ما عزاه دبلوماسيون إلى اعتماد مالي نفسها على ميناء كوناكري.

وكانت «إيكواس» قد فرضت عقوبات على مالي إثر الانقلاب على الرئيس إبراهيم بوبكر كيتا، شملت إغلاق الحدود ووقف التبادلات التجارية، قبل أن ترفعها في أكتوبر من العام نفسه بعد تعيين حكومة انتقالية برئاسة مدنية.

من جانبه، تعهد قائد الانقلاب العقيد مامادي دومبويا، في خطاب أمام رجال الأعمال والمسؤولين، بتشكيل "حكومة وحدة وطنية" تقود مرحلة انتقالية، دون أن يحدد موعدا لها، مؤكدا أن "لا مطاردة للساحرات".

وأثار الانقلاب قلق شركات التعدين، إذ تعد غينيا أكبر منتج للبوكسيت في أفريقيا، وتزود الصين بأكثر من نصف وارداتها من الخام، فيما ارتفعت أسعار الألمنيوم في الأسواق العالمية إلى أعلى مستوى منذ عشر سنوات.

وفي حي مادينا التجاري بكوناكري، قال تاجر موريتاني يبيع الأقمشة منذ خمسة عشر عاما: "الناس فرحانين في البداية، والشباب خرجوا يرقصوا في الشارع، لكن التجار خايفين من الحدود إذا سكروها، السلع كلها تجي من برا".

وهذا هو الانقلاب الرابع في غرب أفريقيا خلال عام واحد، بعد انقلابي مالي وانقلاب تشاد، ما يضع المجموعة أمام اختبار جديد لمصداقيتها في الدفاع عن الحكم الدستوري.""",
        [
            G("sanctions.threatened", "occurred", [_ECOWAS], ["Guinea"]),
            # "تعليق عضوية غينيا في جميع هيئاتها",
            G("sanctions.imposed", "occurred", [_ECOWAS], ["Guinea"]),
            # "ولم تصل المجموعة … إلى حد إغلاق الحدود",
            G("sanctions.imposed", "negated", [_ECOWAS], ["Guinea"], core=False),
            # the Mali sanctions of August 2020 and their lifting in October,
            G("sanctions.imposed", "historical", [_ECOWAS], ["Mali"], core=False),
            G("sanctions.lifted", "historical", [_ECOWAS], ["Mali"], core=False),
        ],
        not_targets=["Ghana", "China", "Chad"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-ahram-cairo-egypt-joins-new-development-bank-2023",
        date(2023, 2, 21),
        """مصر تنضم رسميا إلى بنك التنمية الجديد التابع لمجموعة «بريكس»

القاهرة - «الأهرام»

انضمت مصر رسميا إلى بنك التنمية الجديد، المؤسسة المالية التي أنشأتها دول مجموعة «بريكس»، بعد أن أودعت وثيقة الانضمام لدى البنك، لتصبح رابع دولة تنضم إليه من خارج الدول المؤسسة، وفق ما أعلنه البنك في بيان من مقره بمدينة شنغهاي الصينية.

وقال بيان لوزارة المالية إن العضوية "تتيح لمصر مصدرا جديدا لتمويل مشروعات البنية التحتية والتنمية المستدامة بشروط ميسرة"، كما تفتح الباب أمام الحصول على تمويلات بالعملات المحلية بدلا من الدولار.

وقالت رئيسة البنك ديلما روسيف، الرئيسة البرازيلية السابقة، إن انضمام مصر "يعزز حضور البنك في أفريقيا والشرق الأوسط"، مشيرة إلى أن البنك يدرس تمويل مشروعات في مجالات المياه والطاقة المتجددة والنقل.

وكان البنك قد قبل عضوية الإمارات وبنغلاديش عام 2021، فيما وافق في العام نفسه على طلب أوروغواي، التي لم تستكمل حتى الآن إجراءات انضمامها، بسبب تأخر التصديق البرلماني على الاتفاقية.

ولم تنضم مصر حتى الآن إلى مجموعة «بريكس» نفسها، وإن كانت قد أبدت رغبتها في ذلك، إلى جانب نحو عشرين دولة أخرى تقدمت بطلبات رسمية أو أبدت اهتماما، وسط توقعات بأن تبحث قمة جوهانسبرغ في أغسطس المقبل ملف التوسيع.

ويأتي الانضمام في وقت تعاني فيه مصر أزمة نقص في العملة الأجنبية، دفعت البنك المركزي إلى خفض قيمة الجنيه ثلاث مرات منذ مارس الماضي، ليفقد نحو نصف قيمته أمام الدولار.

وأسست البرازيل وروسيا والهند والصين وجنوب أفريقيا البنك عام 2014 برأسمال مصرح به قدره مئة مليار دولار، وموّل منذ ذلك الحين أكثر من مئة مشروع في الدول الأعضاء بقيمة تتجاوز ثلاثين مليار دولار.

ويرى خبراء اقتصاديون أن العضوية لن تحل أزمة التمويل على المدى القصير، لكنها "تنوع مصادر الاقتراض" في ظل اعتماد مصر الكبير على صندوق النقد الدولي ودول الخليج.

وفي مقهى بحي السيدة زينب، قال موظف على المعاش: "يا عم إحنا مش فاهمين بنوك ولا بريكس، إحنا عايزين الأسعار تنزل، كيلو اللحمة بقى بثلاثمية جنيه، والعيال مش لاقيين شغل".

ومن المقرر أن يزور وفد من البنك القاهرة خلال الأشهر المقبلة لبحث أولويات التمويل مع الوزارات المعنية.""",
        [
            G("alliance.joined", "occurred", ["Egypt"], [_NDB]),
            # the UAE and Bangladesh "عام 2021",
            G(
                "alliance.joined",
                "historical",
                ["United Arab Emirates", "Bangladesh"],
                [_NDB],
                core=False,
            ),
            # Uruguay, "التي لم تستكمل حتى الآن إجراءات انضمامها",
            G("alliance.joined", "stalled", ["Uruguay"], [_NDB], core=False),
            # "ولم تنضم مصر حتى الآن إلى مجموعة «بريكس» نفسها",
            G("alliance.joined", "negated", ["Egypt"], ["BRICS"], core=False),
            # the bank founded "عام 2014",
            G(
                "agreement.signed",
                "historical",
                ["Brazil", "Russia", "India", "China", "South Africa"],
                [],
                core=False,
            ),
        ],
        not_targets=["China", "Brazil", "South Africa"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alaraby-paris-guinea-and-israel-resume-relations-2016",
        date(2016, 7, 21),
        """غينيا وإسرائيل تستأنفان علاقاتهما الدبلوماسية بعد قطيعة منذ 1967

باريس - «العربي الجديد»

أعلنت إسرائيل وغينيا، أمس الأربعاء، استئناف العلاقات الدبلوماسية بينهما، بعد قطيعة استمرت قرابة نصف قرن، منذ أن قطعت كوناكري علاقاتها مع تل أبيب احتجاجا على حرب يونيو 1967.

ووقع المدير العام لوزارة الخارجية الإسرائيلية دوري غولد ووفد غيني رفيع المستوى، في باريس، بيانا مشتركا بإعادة العلاقات، بحسب ما أعلنته الخارجية الإسرائيلية، التي قالت إن الاتفاق "ثمرة اتصالات استمرت أشهرا".

وقال غولد، في بيان، إن الخطوة "جزء من جهد دبلوماسي واسع لإعادة إسرائيل إلى أفريقيا"، مشيرا إلى أن بلاده ستعزز تعاونها مع غينيا في مجالات الزراعة والمياه والصحة، ولا سيما بعد وباء «إيبولا» الذي ضرب البلاد.

وتأتي الخطوة بعد أسبوعين من جولة أفريقية قام بها رئيس الوزراء بنيامين نتنياهو، شملت أوغندا وكينيا ورواندا وإثيوبيا، في أول زيارة لرئيس حكومة إسرائيلية إلى القارة منذ عقود.

ولم تعلن غينيا حتى الآن فتح سفارة لها في تل أبيب، كما لم يحدد الجانبان موعدا لتبادل السفراء، وقال مصدر دبلوماسي غيني إن بلاده "ستعتمد في المرحلة الأولى على سفارتها في باريس".

وكانت إسرائيل وتركيا قد وقعتا في أواخر يونيو الماضي اتفاقا لتطبيع العلاقات بينهما بعد ست سنوات من الأزمة التي أعقبت الهجوم على سفينة «مافي مرمرة».

في المقابل، انتقدت حركة حماس الخطوة، ودعت الدول الأفريقية إلى "عدم الانجرار وراء محاولات الاحتلال كسر عزلته"، فيما لا تزال المفاوضات بين إسرائيل والفلسطينيين متوقفة منذ انهيار جولة المحادثات التي رعاها وزير الخارجية الأمريكي جون كيري في أبريل 2014.

وتسعى إسرائيل إلى الحصول على صفة مراقب في الاتحاد الأفريقي، وهو ما تعارضه دول عدة، أبرزها الجزائر وجنوب أفريقيا.

ويعد الرئيس الغيني ألفا كوندي من أبرز الأصوات المؤثرة في غرب أفريقيا، وتملك بلاده أكبر احتياطي للبوكسيت في العالم، إلى جانب مناجم للذهب والحديد تجذب استثمارات أجنبية متزايدة.

وفي حي ماتام بكوناكري، قال تاجر لبناني يعمل في تجارة الأرز منذ عشرين عاما: "الناس هون ما بتهتم كتير بالسياسة الخارجية، همها الكهربا والشغل، بس في ناس زعلانة، خصوصا بالجوامع، والشيوخ حكوا عن الموضوع بخطبة الجمعة".

ويقول محللون إن إسرائيل تراهن على المساعدات التقنية والأمنية لكسب أصوات أفريقية في الأمم المتحدة، بعد عقود من التضامن الأفريقي مع القضية الفلسطينية.""",
        [
            G("relations.restored", "occurred", ["Israel", "Guinea", "Dore Gold"], []),
            # "ولم تعلن غينيا حتى الآن فتح سفارة لها في تل أبيب",
            G("relations.restored", "negated", ["Guinea"], ["Israel"], core=False),
            # Israel and Turkey "في أواخر يونيو الماضي",
            G("agreement.signed", "historical", ["Israel", "Turkey"], [], core=False),
            # the talks with the Palestinians "متوقفة" since April 2014,
            G("agreement.signed", "stalled", ["Israel", "Palestine"], [], core=False),
        ],
        not_targets=["Uganda", "Kenya", "Rwanda", "Ethiopia", "Algeria", "South Africa"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-awsat-berlin-bundestag-approves-tornado-move-to-jordan-2017",
        date(2017, 6, 22),
        """البرلمان الألماني يقر نقل طائرات «تورنادو» من إنجرليك إلى الأردن

برلين - «الشرق الأوسط»

وافق البرلمان الألماني «البوندستاغ»، أمس الأربعاء، على نقل طائرات الاستطلاع من طراز «تورنادو» وطائرة التزود بالوقود ونحو مئتين وستين عسكريا من قاعدة إنجرليك التركية إلى قاعدة الأزرق الجوية في الأردن، بعد أشهر من الخلاف مع أنقرة حول زيارات النواب للجنود الألمان.

وصوت لصالح القرار أغلبية واسعة من نواب الائتلاف الحاكم، فيما عارضه حزب اليسار. وقالت وزيرة الدفاع أورسولا فون دير لاين إن الطائرات ستبدأ عملياتها من الأردن "في أكتوبر المقبل على أبعد تقدير"، وإن عملية النقل ستتم على مراحل حتى لا تتوقف مشاركة ألمانيا في مهام الاستطلاع فوق سوريا والعراق.

وكان الجيش الألماني قد نشر الطائرات في إنجرليك منذ ديسمبر 2015، ضمن مشاركة بلاده في التحالف الدولي ضد تنظيم «داعش»، التي أقرها البرلمان بعد هجمات باريس.

وتصاعد الخلاف بين برلين وأنقرة بعد أن منعت الحكومة التركية وفدا من النواب الألمان من زيارة القاعدة، احتجاجا على منح ألمانيا حق اللجوء لعسكريين أتراك تتهمهم أنقرة بالتورط في محاولة الانقلاب الفاشلة.

وقال وزير الخارجية زيغمار غابريل إن بلاده "لا تريد القطيعة مع تركيا"، لكنه أكد أن "الجيش الألماني جيش البرلمان، ومن حق النواب زيارة جنودهم أينما كانوا".

وأوضح مسؤولون ألمان أن الاتفاق مع عمّان لا يشمل أي مشاركة في العمليات البرية، وأن برلين لا تعتزم إرسال قوات قتالية إلى سوريا، مؤكدين أن الطائرات ستواصل مهام الاستطلاع والتزويد بالوقود فقط.

ورحب مصدر أردني رسمي بالقرار، مشيرا إلى أن المملكة "شريك أساسي في الحرب على الإرهاب"، وأن قاعدة الأزرق تستضيف منذ سنوات طائرات من دول أخرى في التحالف.

ويقدر مسؤولون في وزارة الدفاع الألمانية كلفة النقل بنحو ستين مليون يورو، تشمل تجهيز مرافق جديدة للصيانة والسكن في القاعدة الأردنية.

وفي أحد مطاعم حي نويكولن ببرلين، قال صاحب مطعم فلسطيني أردني يقيم في ألمانيا منذ عشرين عاما: "والله الأردن أحسن من تركيا للألمان، ما في مشاكل ولا وجع راس، والجيش الأردني محترم، بس الناس هون ما بتعرف وين الأزرق أصلا".

ويرى محللون أن الخطوة تعكس تدهورا غير مسبوق في العلاقات بين البلدين الحليفين في حلف شمال الأطلسي، قبل أشهر من الانتخابات التشريعية الألمانية.""",
        [
            G(
                "military.presence",
                "planned",
                ["Germany", "Bundestag", "Ursula von der Leyen"],
                ["Jordan"],
            ),
            # the Tornados at Incirlik "منذ ديسمبر 2015",
            G("military.presence", "historical", ["Germany"], ["Turkey"], core=False),
            # the coalition against ISIS, joined before,
            G(
                "alliance.joined",
                "historical",
                ["Germany"],
                ["Global Coalition to Defeat ISIS"],
                core=False,
            ),
            # "لا تعتزم إرسال قوات قتالية إلى سوريا",
            G("military.presence", "negated", ["Germany"], ["Syria"], core=False),
        ],
        not_targets=["Turkey", "Syria", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alsomal-aljadid-mogadishu-galmudug-aswj-djibouti-agreement-2017",
        date(2017, 12, 8),
        """غلمدغ و«أهل السنة والجماعة» توقعان اتفاقا في جيبوتي لتقاسم السلطة ودمج القوات

مقديشو - «الصومال الجديد»

وقعت إدارة ولاية غلمدغ وجماعة أهل السنة والجماعة، أمس الخميس في جيبوتي، اتفاقا لتقاسم السلطة ينهي سنوات من النزاع على إدارة الولاية الواقعة وسط الصومال، وذلك برعاية الحكومة الجيبوتية وبحضور ممثلين عن الحكومة الفيدرالية وبعثة الاتحاد الأفريقي.

وينص الاتفاق، الذي وقعه رئيس الولاية أحمد دعالي غيلي ورئيس اللجنة التنفيذية للجماعة الشيخ محمد شاكر، على أن تتولى الجماعة منصب رئيس الوزراء في حكومة الولاية، وعلى تقاسم مقاعد البرلمان المحلي بين الطرفين.

كما ينص على دمج مقاتلي الجماعة في قوات الولاية والجيش الوطني الصومالي خلال ثلاثة أشهر من توقيعه، تحت إشراف لجنة عسكرية مشتركة، على أن تنقل أسلحتهم الثقيلة إلى مخازن الحكومة الفيدرالية.

وقال رئيس الوزراء حسن علي خيري، في تصريح لوسائل الإعلام المحلية، إن الاتفاق "خطوة مهمة لتوحيد الصف في مواجهة حركة الشباب"، مضيفا أن الحكومة "ستقدم الدعم اللازم لتنفيذه".

وكانت الجماعة قد وقعت مع الحكومة الفيدرالية اتفاقا مماثلا عام 2010، نص بدوره على دمج قواتها في الجيش، لكن هذا البند ظل متعثرا بسبب الخلافات حول الرتب والرواتب، قبل أن تنهار الشراكة بين الطرفين.

وتسيطر الجماعة، وهي تنظيم صوفي مسلح تأسس لمواجهة حركة الشباب، على مدن عدة في إقليم غلغدود، بينها طوسمريب، عاصمة الولاية المفترضة، التي رفضت الجماعة تسليمها إلى إدارة غلمدغ منذ تشكيلها عام 2015.

وتنتشر في البلاد منذ عام 2007 بعثة الاتحاد الأفريقي في الصومال «أميصوم»، التي تضم أكثر من عشرين ألف جندي، وتساند الجيش الوطني في عملياته ضد حركة الشباب.

وقال الشيخ شاكر إن الجماعة "لا تريد السلطة بل السلام"، لكنه حذر من أن أي تأخير في تنفيذ بنود الاتفاق "سيعيدنا إلى نقطة الصفر".

وفي سوق بكارة بمقديشو، قال تاجر يمني يبيع العطور منذ سنوات: "الناس هنا تعبت من الحروب، كل شوي اتفاق وبعده قتال، إن شاء الله هذا المرة يمشي، والتجارة محتاجة أمان في الطرق".

ويرى مراقبون أن نجاح الاتفاق يعتمد على قدرة الحكومة الفيدرالية على دفع رواتب المقاتلين بعد دمجهم، في ظل أزمة مالية خانقة تعانيها منذ سنوات.""",
        [
            G("agreement.signed", "occurred", ["Galmudug", _ASWJ], []),
            # "دمج مقاتلي الجماعة في قوات الولاية والجيش الوطني الصومالي خلال ثلاثة أشهر",
            G("forces.integrated", "planned", ["Galmudug", "Somalia"], [_ASWJ]),
            # the agreement with the federal government "عام 2010",
            G("agreement.signed", "historical", ["Somalia", _ASWJ], [], core=False),
            # and its integration clause that "ظل متعثرا",
            G("forces.integrated", "stalled", ["Somalia"], [_ASWJ], core=False),
            # AMISOM since 2007,
            G("military.presence", "historical", ["African Union"], ["Somalia"], core=False),
        ],
        not_targets=["Djibouti", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-hespress-meknes-football-page-2023",
        date(2023, 11, 14),
        """النادي المكناسي يتعاقد مع مدرب جديد.. والجامعة تفرض غرامة على فريق الجديدة

مكناس - «هسبريس»

فرضت لجنة التأديب التابعة للجامعة الملكية المغربية لكرة القدم غرامة مالية قدرها خمسون ألف درهم على الدفاع الحسني الجديدي، بسبب استعمال جماهيره للشهب الاصطناعية خلال مباراته أمام النادي المكناسي بالملعب الشرفي، برسم الدورة الثانية عشرة من البطولة الاحترافية، كما أوقفت مدافع الفريق ثلاث مباريات بسبب الاحتجاج على الحكم.

وهددت اللجنة، في بلاغ نشرته على موقع الجامعة، بفرض عقوبات أشد قد تصل إلى إجراء المباريات دون جمهور، في حال تكرار أعمال الشغب داخل الملاعب.

في المقابل، رفعت لجنة الاستئناف العقوبة التي كانت مسلطة على حارس النادي المكناسي، بعد قبول الطعن الذي تقدم به المكتب المسير، فيما علقت الجامعة البت في نزاع مالي بين الفريق ومهاجمه الإيفواري السابق إلى حين توصلها بوثائق إضافية.

ووقع المدرب الجديد للنادي المكناسي عقدا يمتد إلى نهاية الموسم المقبل، خلفا لسلفه الذي انفصل عنه الفريق بالتراضي عقب سلسلة من النتائج السلبية، وقاد أول حصة تدريبية صباح أمس بملعب التداريب.

وانضم إلى صفوف الفريق لاعب وسط قادم من الدوري الجزائري على سبيل الإعارة، فيما مددت إدارة النادي عقد قائد الفريق لموسمين إضافيين، ووقعت اتفاقية شراكة مع شركة للاتصالات لرعاية الفريق.

وقرر المكتب المسير دمج فريقي الشبان والأمل في مجموعة واحدة للتدريب خلال فترة التوقف، بسبب أشغال إصلاح أرضية الملعب الملحق، فيما يطمح الفريق إلى الانضمام إلى كوكبة المتنافسين على بطاقة الصعود.

ونشرت السلطات الأمنية تعزيزات مكثفة في محيط الملعب الشرفي قبل مباراة الديربي أمام المغرب الفاسي، مع تخصيص أبواب منفصلة لجماهير الفريقين وفتح الشبابيك قبل ثلاث ساعات من انطلاق اللقاء.

وفي مقهى بساحة الهديم، قال مشجع مكناسي في الستينات: "الكوديم ديما فالقلب، ولكن الإدارة خاصها تخدم مزيان، ماشي كل عام مدرب جديد، حنا بغينا الفريق يرجع للقسم الأول ويبقى فيه".

وتعاني أندية عدة بالقسم الوطني الثاني من ضائقة مالية، دفعت لاعبين إلى رفع شكايات لدى غرفة النزاعات للمطالبة بمستحقاتهم المتأخرة، في وقت تلوح فيه الجامعة بمنع الأندية المتخلفة عن الأداء من الانتدابات.

ويستقبل النادي المكناسي في الدورة المقبلة فريق اتحاد طنجة، في مباراة يراهن فيها على تحقيق فوزه الثاني على التوالي.""",
        [],
        not_targets=["Morocco", "Algeria", "Ivory Coast"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alsumaria-karbala-local-page-2024",
        date(2024, 7, 10),
        """حكومة كربلاء المحلية تعلق مشاريع متلكئة.. ومصالحة عشائرية تنهي نزاعا في الحسينية

كربلاء - «السومرية نيوز»

علقت الحكومة المحلية في كربلاء العمل بسبعة مشاريع خدمية متلكئة في أحياء المدينة، وفرضت غرامات تأخيرية على الشركات المنفذة، بسبب تجاوزها المدد المحددة في العقود، وذلك خلال جولة ميدانية للمحافظ على مشاريع الطرق والمجاري الأسبوع الماضي.

وتوعد المحافظ، خلال اجتماع بمديري الدوائر الخدمية، بفرض عقوبات إدارية على المهندسين المشرفين الذين يتهاونون في متابعة الشركات، مؤكدا أن "المواطن الكربلائي ما يستحق شوارع محفرة قبل الزيارة الأربعينية".

وشهدت ناحية الحسينية مساء الخميس مجلس صلح عشائري أنهى نزاعا على قطعة أرض زراعية بين عشيرتين استمر أكثر من عامين، بحضور شيوخ ووجهاء ومدير الناحية، ووقع ممثلو العشيرتين وثيقة الصلح، معلنين عودة العلاقات بينهما إلى سابق عهدها.

ومددت مديرية الماء مهلة تسديد الأجور المتراكمة دون غرامات حتى نهاية الشهر الجاري، فيما وقعت المحافظة مذكرة تفاهم مع جامعة كربلاء لتدريب طلبة كلية الهندسة في مشاريع البنى التحتية.

وانضمت خمس قرى في قضاء عين التمر إلى مشروع الطاقة الشمسية الذي تنفذه منظمة دولية، فيما قررت مديرية التربية دمج مدرستين ابتدائيتين في حي الحر بسبب تهالك أحد المبنيين.

ونشرت مديرية الدفاع المدني فرقها في الأسواق القديمة المحيطة بمرقد الإمام الحسين، تحسبا لحرائق الصيف، كما أعلنت دائرة الكهرباء استئناف التجهيز إلى أحياء في المدينة بعد إصلاح محطة تحويلية.

ورفعت الحكومة المحلية الحظر الذي فرضته مطلع الشهر على البسطات في شارع العباس، بعد الانتهاء من تنظيم أماكنها، على أن يلتزم أصحابها بشروط النظافة وعدم إغلاق الأرصفة.

وقال المحافظ لـ«السومرية نيوز» إن المحافظة "تعمل بإمكانات محدودة"، مشيرا إلى أن التخصيصات المالية لم تطلق كاملة منذ مطلع العام، وأن أغلب الشكاوى تتعلق بالكهرباء والماء.

وفي سوق التجار، قال بائع أقمشة خمسيني: "الحر ما يرحم والكهرباء تطفي نص النهار، والشوارع كلها حفر، بس الحمد لله، الزوار قربوا والرزق يجي وياهم إن شاء الله".

وتستقبل كربلاء سنويا ملايين الزوار من داخل العراق وخارجه، ما يضاعف الضغط على خدمات المياه والكهرباء والنقل فيها.""",
        [],
        not_targets=["Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-albayan-ras-al-khaimah-business-page-2024",
        date(2024, 10, 21),
        """شركتان للسيراميك في رأس الخيمة توقعان اتفاقية اندماج.. وتعليق تداول سهم عقاري

رأس الخيمة - «البيان»

وقعت شركتان عاملتان في قطاع السيراميك ومواد البناء في رأس الخيمة، أمس الأحد، اتفاقية نهائية لدمج أعمالهما في كيان واحد تتجاوز قيمة أصوله ملياري درهم، على أن تعرض الصفقة على الجمعيتين العموميتين والجهات الرقابية خلال الربع المقبل.

وقال رئيس مجلس إدارة إحدى الشركتين إن الاندماج "سيخلق كيانا قادرا على المنافسة في الأسواق الأوروبية والآسيوية"، مشيرا إلى أن شركته وقعت كذلك مذكرة تفاهم مع موزع أوروبي لتوسيع صادراتها إلى أسواق شرق أوروبا.

وفي المقابل، علقت سوق أبوظبي للأوراق المالية تداول سهم شركة عقارية مدرجة لمدة جلسة واحدة، بانتظار إفصاح عن صفقة استحواذ، قبل أن يستأنف التداول على السهم صباح اليوم.

وفرضت هيئة الأوراق المالية والسلع غرامات على شركتي وساطة لمخالفتهما قواعد مكافحة غسل الأموال، وهددت بتعليق تراخيص الشركات التي تتكرر مخالفاتها، فيما رفعت إحدى شركات الإسمنت أسعار منتجاتها بنسبة أربعة في المئة اعتبارا من مطلع الشهر المقبل.

وانضمت شركة ناشئة في مجال التقنيات المالية إلى برنامج حاضنات الأعمال التابع لغرفة تجارة وصناعة رأس الخيمة، كما انضم صندوق استثماري آسيوي إلى قائمة كبار المساهمين في إحدى شركات الضيافة المدرجة.

ومددت دائرة التنمية الاقتصادية مهلة تجديد الرخص التجارية دون غرامات شهرا إضافيا، فيما نشرت هيئة الحماية المدنية فرق التفتيش في المناطق الصناعية للتحقق من اشتراطات السلامة في المستودعات.

ورفعت إحدى شركات الطيران الاقتصادي عدد رحلاتها من مطار رأس الخيمة الدولي إلى وجهات في الهند وباكستان، مع تعليق مؤقت لبعض الرحلات الموسمية إلى أوروبا الشرقية.

وأغلق المؤشر العام لسوق دبي المالي على ارتفاع بنسبة 0.4 في المئة، بدعم من أسهم البنوك والعقارات، وبلغت قيمة التداولات نحو أربعمئة مليون درهم.

وفي سوق السمك القديم بالمعيريض، قال بائع هندي يعمل في الإمارة منذ خمسة وعشرين عاما: "الشغل زين الحمد لله، السياح كثير هالسنة، بس الإيجارات ارتفعت والمحلات الجديدة كثيرة".

ويتوقع محللون أن يشهد قطاع مواد البناء في الإمارات مزيدا من عمليات الاندماج والاستحواذ خلال العامين المقبلين، مع توسع المشاريع العقارية والسياحية في الإمارات الشمالية.""",
        [],
        not_targets=["United Arab Emirates", "India", "Pakistan"],
    ),
]


RULES: list[object] = [
    pytest.param(
        "حظرت إندونيسيا سفن شركة الشحن الإيرانية من الرسو في موانئها.",
        date(2023, 12, 20),
        [("sanctions.imposed", "occurred", "Indonesia")],
        [],
        id="a-ban-on-a-companys-ships",
    ),
    pytest.param(
        "حظرت الشرطة حركة السفن في الميناء بسبب العاصفة.", date(2023, 12, 20), [], [], id="a-storms-port-closure"
    ),
    pytest.param(
        "انضمت الجزائر رسميا إلى بنك التنمية الجديد التابع لمجموعة «بريكس».",
        date(2025, 5, 20),
        [("alliance.joined", "occurred", "Algeria")],
        ["BRICS"],
        id="the-owner-of-the-body-joined",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout63_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout63_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout63_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout63_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
