"""A thirty-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-five held-out sets: Arabic copy of 1961-2025, most of it from eras the earlier
sets hardly reach, in forms they use little (a Kuwaiti daily of 1995 with "تشرين الثاني
(نوفمبر)" and «» quotes, a JANA wire dated in the Jamahiriya's calendar, "20 النوار (فبراير) 1373
و.ر", with "الأخ قائد الثورة", a Cairo daily of 2001 with "مسئولون" and "الكونجرس", a Baghdad
state daily of 1998 with "الرفيق طارق عزيز", "الحصار الجائر" and a Karrada grocer's "راح يرتفع …
إحنا تعودنا", Al-Thawra of Sanaa in 2000 with its titles in full, "فخامة الأخ", "صاحب السمو
الملكي", and the Hijri date of the Mecca memorandum, an APS wire in Algerian usage of 1988, "ماي",
"جوان", "واج", Radio Lebanon's eight o'clock bulletin of 1991 with headlines, the price of bread
and the weather, a Jerusalem daily of 1961 with "لمراسل «فلسطين» الخاص", a BNA statement with its
closing initials, "/ خ.م /", a Radio Misr economy show in Egyptian colloquial, "رفع أسعار
الفايدة", "اتعلقت", "مدت", a Libya Al-Ahrar sports page with a federation head's "الكورة لازم
ترجع", an Aden local page in headed items with a volunteer's "ما نشتيش نستنى") and on programmes
and regions they do not touch (the Security Council's suspension of the Yugoslavia sanctions after
Dayton, ECOWAS's sanctions on Togo after Faure Gnassingbé's installation, the lifting of the
nuclear-test sanctions on India and Pakistan after 11 September, the sixty-day reviews of the
Iraq embargo, the Jeddah border treaty of Yemen and Saudi Arabia, Algeria and Morocco restoring
ties in 1988, militiamen taken into the Lebanese army after Taif, the Arab League force in Kuwait
in 1961, Bahrain joining the maritime security coalition of 2019): Al-Qabas on Resolution 1022
suspending the sanctions on the Federal Republic of Yugoslavia (those on the Bosnian Serbs kept
until their forces withdraw, automatic reimposition on a breach, a final lifting after elections
and the arms embargo lifted in stages, Resolution 757 of 1992, the agreement initialled at Dayton
and to be signed in Paris, the NATO force of 60,000 to deploy, UNPROFOR since 1992); JANA on
the Niamey summit's sanctions on Togo and Konaré threatening sanctions from Addis Ababa (the
sanctions to be lifted on a return to constitutional order, "لن ترسل قوات إلى لومي", the EU's
cooperation suspended since 1993); Al-Akhbar on Bush lifting the sanctions of 1998 (the coup
sanctions of 1999 not covered, a bill to let him waive them, Japan "تدرس … رفع", the Pressler
sanctions of 1990, the denial of American ground troops in Pakistan); Al-Jumhuriya on the Council
keeping the embargo after the review (Richardson's "لن تسمح برفع العقوبات … ما لم", the embargo
of 6 August 1990, the Annan-Aziz memorandum of February, the oil-for-food ceiling "رفع"); Al-Thawra
on Bajammal and Saud al-Faisal signing the border treaty before Saleh and Crown Prince Abdullah
(the Taif treaty of 1934, the Mecca memorandum of 1995, cooperation agreements expected at the
coordination council, no troops massed within twenty kilometres); APS on Algeria and Morocco
deciding to restore ties (the rupture of March 1976, King Fahd's mediation, the border convention
of 1972 ratified by Algeria only, the Algiers summit in June); Radio Lebanon on two thousand
members of the Lebanese Forces, Amal and the PSP joining the army's training centres (a second
batch in June, Hezbollah's fighters and the South Lebanon Army left out, the treaty of brotherhood
to be signed in Damascus on the 22nd, Taif, the Syrian forces since 1976, bread "رفع"); Filastin
on the first Saudi and Jordanian units of the Arab League force arriving in Kuwait (the UAR,
Sudan and Tunisia to follow, the British landing of 1 July, Kuwait admitted to the League on 20
July, its UN application blocked by the Soviet veto, the status agreement of August and the notes
ending the 1899 agreement); and BNA on Bahrain joining the coalition (the United Kingdom on the
5th, Germany "لن تشارك", the mission's command to be based in Bahrain, the British base at Mina
Salman since 2018). Nine carry events of all ten alertable types, in occurred status, next to
planned, historical, negated and stalled ones; three are near misses: Radio Misr on the Central
Bank raising rates 600 basis points (the exchange "استأنفت" after a session "اتعلقت", a stock
suspended, two banks "دمج", a bank "انضم" to InstaPay, a mortgage initiative "مدت", fees "فرضت",
import contracts "وقعت"), Libya Al-Ahrar on the league resuming after the Derna floods
(competitions "علق", groups "دمج", registration "تمديد", a fine "فرضت", a ban "رفعت", players
"وقع" and "انضم", a coach's contract "مدد", a thousand police "ستنشر" in Tripoli), and an Aden
local page (diesel prices "ترفع", two offices "دمج", a memorandum with a contractor "وقعت",
checkpoints "نشرت", a motorcycle ban "فرضت", a strike "علقت", water "استئناف", volunteers
"انضم", registration "مددت").

The decisions of the annotation, taken before any run: a council suspending its sanctions on a
state "بأثر فوري وإلى أجل غير مسمى" suspends them (core), keeping those on a party in another
state until its forces withdraw a negated suspension, automatic reimposition on a breach a threat
(not core), a final lifting after elections and the arms embargo lifted in stages a planned
lifting (not core), the resolution of 1992 historical, an agreement initialled the day before an
occurred signing and its formal signing next month a planned one (both not core), a force to
deploy a planned presence and the UN force since 1992 a historical one; a regional community's
summit imposing sanctions on a member and its new president is an imposition, the chairman of a
continental commission threatening sanctions "أمس" a threat (both core), sanctions to be lifted
on a return to constitutional order a planned lifting (not core), "لن ترسل قوات" a negated
presence, cooperation suspended since 1993 a historical imposition; a president waiving the
sanctions of 1998 on two states lifts them, sanctions of 1999 the decision "لا يشمل" a negated
lifting, a bill to let him waive them and another state that "تدرس … رفع" planned liftings (not
core), the sanctions of 1990 and 1998 historical, a denial of ground troops a negated presence; a
council keeping an embargo in force at its periodic review "الإبقاء على العقوبات", "تمديد
الحصار", extends it (core), a delegate's "لن تسمح برفع العقوبات … ما لم" a negated lifting, the
embargo of 1990 historical, a memorandum signed in February a historical signing, a ceiling on
oil exports raised no event; two foreign ministers signing a border treaty before their heads of
state "مساء أمس" sign it (core), the treaty of 1934 and the memorandum of 1995 historical
signings, agreements expected at the next council a planned signing (not core), a ban on massing
troops near the line a negated presence; two states deciding in a joint communiqué to restore
ties and exchange ambassadors restore them (core), a convention signed in 1972 a historical
signing, a summit next month and a border to reopen no events; two thousand members of dissolved
militias joining the army's training centres "أمس" to be spread among its brigades are an
integration by the state of the three militias (core), a second batch in June a planned one (not
core), a resistance exempted and an occupier's proxy militia "لن يستوعبوا" negated ones, a treaty
to be signed on the 22nd a planned signing (not core), the accord of 1989 a historical signing, a
neighbour's forces since 1976 a historical presence; the first units of a league's force arriving
in a state "أمس" are a presence of the league and the two states that sent them (core), units to
arrive "تباعا" a planned presence (not core), another power's landing of July a historical one,
the state's admission to the league in July a historical joining, its UN application "معطلا"
after a veto a stalled joining, a status agreement of August and notes of June historical
signings; a state announcing "اليوم" that it joins a maritime coalition joins it (core), another
state's joining on the 5th historical, "لن تشارك في المهمة" a negated joining, the command to be
based in the state a planned presence (not core), a foreign naval base since 2018 a historical
one; a central bank raising rates, a stock exchange's suspension, banks merged, a bank joining a
payments network, an initiative extended, fees, import contracts, a league resumed and its groups
merged, fines and bans lifted, players signed, police deployed at matches, fuel prices, offices
merged, a municipal memorandum, checkpoints, a strike suspended and water resumed are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 4c62a39), in one run: events P 0.688 R 0.900 F1
0.780 (recall 9/10, precision 11/16: eleven alerts right, four unexpected alerts and one false
alarm; occurred core found 9/10, no core planned event; historical 14/15, negated 8/8 and stalled
1/1 kept quiet). One core event is missed: in ar-hi07 "التحقت أمس الدفعة الأولى من عناصر
الميليشيات … بمراكز التدريب التابعة للجيش اللبناني …، تنفيذا لقرار مجلس الوزراء استيعاب عناصر
الميليشيات في المؤسسات العسكرية" gives nothing: militiamen who join an army ("التحق … بالجيش"),
an army that absorbs them ("استوعب الجيش") or a decision on their absorption ("استيعاب … في
الجيش") are no integration, where "دمج … في الجيش" is read. The false alarm: in ar-hi08 "ووقعت
الحكومة الكويتية والأمانة العامة للجامعة في الثاني عشر من آب الماضي اتفاقا" is an occurred
signing: a day in words before the Levantine "آب" ("في الخامس من آب الماضي") is no date, where
"في 12 آب الماضي", "في العشرين من تموز الماضي" and "الثاني عشر من أغسطس" date the signing as
historical. The four unexpected alerts: in ar-hi01 "ويعلق القرار … الحظر التجاري والنفطي وحظر
الرحلات الجوية وتجميد الأرصدة" is an occurred imposition by Russia (who abstained in the sentence
before): an asset freeze named among the measures lifted or suspended ("رفعت … الحظر التجاري
وتجميد الأرصدة", "علقت … تجميد الأرصدة") is a new imposition beside the lifting or suspension;
in ar-hi01 too the automatic reimposition "على بلغراد وعلى صرب البوسنة" is a threat with no actor
and targets that match no gold name, "Belgrade" (a capital taken for its state, as set 35's
"الدوحة") and Bosnia and Herzegovina for "صرب البوسنة" (a people of a state read as the state, "فرضت
… عقوبات على صرب البوسنة" targets Bosnia, where "قادة صرب البوسنة" does not); in ar-hi03 "وقال
المتحدث … إن الرئيس وقع قرارا بالإعفاء من العقوبات" after "رفع الرئيس … العقوبات" in the sentence
before is a second event, a suspension with India as an actor: a lifting retold as a waiver in
the next sentence is a new event, where the waiver in the same sentence ("بعد أن وقع قرارا
بالإعفاء منها") is not; in ar-hi05 "وقال الأخ الرئيس في تصريح … عقب مراسم التوقيع" is a new
signing by Oman, the state named in the sentence before: "after the signing ceremony" referring
back to a signing is read as one. Also a wrong target: in ar-hi01 the suspension has Bosnia and
Herzegovina for a target and not the Federal Republic of Yugoslavia, which is no state the
analyzer knows ("علق مجلس الأمن الدولي … العقوبات المفروضة على جمهورية يوغوسلافيا الاتحادية"
has no target, "على صربيا والجبل الأسود" has Serbia). Five strict xfails on the articles (one
with a core event missed, four with wrong alerts); do not tune lexicons on these articles. Every
general cause has a sentence of its own in ``RULES``, each a strict xfail until it is fixed
(twelve, with one found while writing them: forces of two states, "القوات السعودية والأردنية",
arriving in a third make the second a host, and a dateline naming the host, "الكويت -", makes it
an actor and leaves no host, as in ar-hi08), beside ten that pass and pin what works.

Also seen, not scored: in ar-hi02 the Niamey summit's sanctions have Niger, the host, as their
actor and not ECOWAS, and the lifting "سترفع" has Togo as its actor; in ar-hi04 Israel, which
"لا يتعرض لأي عقوبات", is a negated threat's target; in ar-hi05 the Mecca memorandum "تعثرت
أحيانا" after it is a stalled signing, not a historical one, and the treaty has "وعن الجانب
السعودي" for a target; in ar-hi06 the border convention of 1972 has Palestine (from "الشعب
الفلسطيني") as a party; in ar-hi07 the Taif accord has Saudi Arabia as a target; in ar-hi08 the
Arab League force has Kuwait and Palestine (the paper's name, "لمراسل «فلسطين» الخاص") as
actors and no host, and "وصلت إلى الكويت أمس طلائع قوات جامعة الدول العربية" gives nothing; in
ar-hi09 the coalition, unknown to the analyzer, is no target of Bahrain's joining.

After the fixes (same day): events P 0.800 R 1.000 F1 0.889 (recall 10/10, precision 12/15). Fixed in
general: militiamen who join the army ("التحق … بالجيش"), that it absorbs ("استوعب"), or whose
absorption is decided ("استيعاب … في الجيش") are integrated; a measure named as what a lifting, a
suspension or a renewal acts on ("رفعت … الحظر التجاري وتجميد الأرصدة") is no new imposition, and an
asset freeze is a sanctions noun; a day before the Levantine "آب" ("في الخامس من آب الماضي") dates
it; "عقب مراسم التوقيع" refers back to the signing; "جمهورية يوغوسلافيا الاتحادية" and "صرب
البوسنة" are known (not Bosnia); a comma-set aside opening with a day ("، اليوم الاثنين في
كانبرا،") and "ونظيره من <state> <name>" count against no reach. Left: the suspension's freeze in
ar-hi01 still read through "Russia" of the sentence before, its reimposition threat targeting
"Belgrade", and the lifting retold as a waiver (a second event).

``python -m tests.unit.test_heldout36_events_ar`` prints every article's alerts and the set's
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

_UNSC = "United Nations Security Council"
_RS = "Republika Srpska"
_NATO = "NATO"
_ECOWAS = "Economic Community of West African States"
_AU = "African Union"
_EU = "European Union"
_ARAB_LEAGUE = "Arab League"
_IMSC = "International Maritime Security Construct"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi01-alqabas-unsc-suspends-yugoslavia-sanctions-after-dayton-1995",
        date(1995, 11, 23),
        """مجلس الأمن يعلق العقوبات عن يوغوسلافيا ويبقيها على صرب البوسنة

نيويورك – وكالات – «القبس»

علق مجلس الأمن الدولي في ساعة متأخرة من مساء أمس بتوقيت نيويورك (فجر اليوم بتوقيت الكويت) العقوبات الاقتصادية المفروضة على جمهورية يوغوسلافيا الاتحادية (صربيا والجبل الأسود)، وذلك بعد يوم واحد من توقيع رؤساء البوسنة والهرسك علي عزت بيغوفيتش وصربيا سلوبودان ميلوسيفيتش وكرواتيا فرانيو تودجمان بالأحرف الأولى على اتفاق السلام في قاعدة رايت - باترسون الجوية قرب مدينة دايتون بولاية أوهايو الأميركية، بعد ثلاثة أسابيع من المفاوضات المغلقة.

وصوت أربعة عشر عضوا لمصلحة القرار رقم 1022، فيما امتنعت روسيا عن التصويت، معتبرة أن العقوبات كان يجب أن ترفع كليا لا أن تعلق. ويعلق القرار، بأثر فوري وإلى أجل غير مسمى، الحظر التجاري والنفطي وحظر الرحلات الجوية وتجميد الأرصدة، وهي التدابير التي فرضها المجلس على بلغراد بالقرار 757 في أيار (مايو) 1992 بسبب دعمها للحرب في البوسنة، وشددها في العام التالي.

غير أن القرار أبقى على العقوبات المفروضة على صرب البوسنة، ونص على أنها لن تعلق عنهم إلا بعد انسحاب قواتهم إلى ما وراء خطوط الفصل المحددة في الاتفاق. كما نص على إعادة فرض العقوبات تلقائيا على بلغراد وعلى صرب البوسنة معا إذا أبلغ الممثل السامي المدني أو قائد القوة الدولية المجلس بأن أيا منهما أخل بالتزاماته، وعلى أن ترفع نهائيا بعد عشرة أيام من إجراء انتخابات حرة في البوسنة والهرسك.

وفي قرار ثان صدر في الجلسة نفسها، قرر المجلس رفع الحظر على الأسلحة المفروض على دول يوغوسلافيا السابقة منذ أيلول (سبتمبر) 1991 على مراحل تمتد ستة أشهر، تبدأ بالأسلحة الخفيفة وتنتهي بالأسلحة الثقيلة والطائرات والمروحيات القتالية.

ومن المقرر أن يوقع الرؤساء الثلاثة الاتفاق بصيغته النهائية في باريس منتصف الشهر المقبل، على أن تنتشر بعدها في البوسنة قوة متعددة الجنسيات بقيادة حلف شمال الأطلسي قوامها نحو ستين ألف جندي، بينهم عشرون ألف جندي أميركي، لتحل محل قوة الحماية التابعة للأمم المتحدة المنتشرة هناك منذ عام 1992، والتي عجزت عن حماية «المناطق الآمنة» في سريبرينيتسا وجيبا.

وفي الكويت، رحب مصدر مسؤول في وزارة الخارجية بوقف القتال، وقال لـ«القبس» إن «الكويت التي وقفت منذ البداية مع الشعب البوسني المسلم في محنته ترى أن العدالة تقتضي محاسبة من ارتكبوا جرائم التطهير العرقي»، مشيرا إلى أن الكويت ستواصل تقديم المساعدات الإنسانية عبر الهيئات الخيرية.

أما في سراييفو، فقد استقبل كثير من السكان الاتفاق بفتور، إذ يرى بعضهم أن تقسيم البلاد بين اتحاد مسلم - كرواتي يحصل على 51 في المئة من الأراضي وجمهورية صربية تحصل على 49 في المئة «يكافئ المعتدي». وقال عزت بيغوفيتش في كلمة متلفزة لدى عودته: «هذا ليس سلاما عادلا، لكنه أكثر عدلا من استمرار الحرب».""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [_UNSC],
                ["Federal Republic of Yugoslavia", "Serbia", "Montenegro"],
            ),
            # the sanctions on the Bosnian Serbs "لن تعلق عنهم إلا بعد انسحاب قواتهم"
            G("sanctions.suspended", "negated", [_UNSC], [_RS], core=False),
            # automatic reimposition on a breach: a threat
            G(
                "sanctions.threatened",
                "occurred",
                [_UNSC],
                ["Federal Republic of Yugoslavia", _RS],
                core=False,
            ),
            # a final lifting ten days after free elections; the arms embargo lifted in stages
            G(
                "sanctions.lifted",
                "planned",
                [_UNSC],
                ["Federal Republic of Yugoslavia", "Bosnia and Herzegovina", "Croatia"],
                core=False,
            ),
            # Resolution 757 of May 1992 and the arms embargo of September 1991
            G(
                "sanctions.imposed",
                "historical",
                [_UNSC],
                ["Federal Republic of Yugoslavia", "Serbia"],
                core=False,
            ),
            # initialled at Dayton, to be signed in Paris next month
            G(
                "agreement.signed",
                "occurred",
                ["Bosnia and Herzegovina", "Serbia", "Croatia", "Alija Izetbegović"],
                [],
                core=False,
            ),
            G(
                "agreement.signed",
                "planned",
                ["Bosnia and Herzegovina", "Serbia", "Croatia"],
                [],
                core=False,
            ),
            # the NATO force of 60,000 to deploy; UNPROFOR there since 1992
            G(
                "military.presence",
                "planned",
                [_NATO, "United States"],
                ["Bosnia and Herzegovina"],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["United Nations"],
                ["Bosnia and Herzegovina"],
                core=False,
            ),
        ],
        not_targets=["Kuwait", "Russia", "Bosnia and Herzegovina"],
        known_alarm='the threat of automatic reimposition has "بلغراد" and "صرب البوسنة" (as Bosnia) for targets (since 2026-12-07 "وتجميد الأرصدة" among the measures suspended is no longer an occurred imposition)',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi02-jana-ecowas-sanctions-togo-au-threat-2005",
        date(2005, 2, 20),
        """قمة نيامي تفرض عقوبات على توغو.. والاتحاد الأفريقي يلوح بخطوات مماثلة

نيامي 20 النوار (فبراير) 1373 و.ر (أ ج ا)

قررت القمة الاستثنائية لرؤساء دول وحكومات المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، التي اختتمت أعمالها في العاصمة النيجرية نيامي أمس السبت، فرض عقوبات فورية على جمهورية توغو، بعد رفض السلطات في لومي التراجع عن تنصيب فور غناسينغبي رئيسا للبلاد خلفا لوالده الراحل الجنرال غناسينغبي إياديما.

وشملت العقوبات تعليق عضوية توغو في المجموعة، وسحب سفراء الدول الأعضاء من لومي، وحظر سفر القادة التوغوليين إلى الدول الأعضاء، إضافة إلى حظر شامل على توريد الأسلحة إلى البلاد. وقال رئيس جمهورية النيجر مامادو تانجا، الرئيس الدوري للمجموعة، في مؤتمر صحفي عقب القمة، إن القادة «لا يمكن أن يقبلوا بتغيير غير دستوري للسلطة في أي بلد من بلدان المنطقة»، مؤكدا أن العقوبات سترفع «فور عودة توغو إلى الشرعية الدستورية».

واستبعد تانجا أي تدخل عسكري، قائلا إن المجموعة «لن ترسل قوات إلى لومي، فالحل يجب أن يكون سياسيا». وكان البرلمان التوغولي قد عدل الدستور في السادس من الشهر الجاري، بعد ساعات من وفاة إياديما الذي حكم البلاد ثمانية وثلاثين عاما، ليتيح لنجله إكمال الولاية الرئاسية حتى عام 2008، بدلا من أن يتولى رئيس البرلمان الرئاسة بالنيابة ويدعو إلى انتخابات خلال ستين يوما كما كان ينص الدستور.

وفي أديس أبابا، هدد رئيس مفوضية الاتحاد الأفريقي ألفا عمر كوناري أمس بفرض عقوبات على توغو إذا لم تعد السلطات إلى النظام الدستوري، واصفا ما جرى بأنه «انقلاب عسكري لا لبس فيه». وقال في بيان إن مجلس السلم والأمن الأفريقي سيجتمع الأسبوع المقبل «لاتخاذ الإجراءات المناسبة»، بما فيها تعليق مشاركة توغو في أنشطة الاتحاد.

ويذكر أن الاتحاد الأوروبي علق معظم تعاونه مع توغو منذ عام 1993، احتجاجا على ما وصفه بانتهاكات حقوق الإنسان وتزوير الانتخابات، ولم يستأنفه حتى اليوم.

وفي الجماهيرية العظمى، تابع الأخ قائد الثورة معمر القذافي تطورات الأوضاع في توغو، وأجرى اتصالات هاتفية مع عدد من القادة الأفارقة، بينهم الرئيس النيجيري أولوسيغون أوباسانجو، الرئيس الدوري للاتحاد الأفريقي، أكد خلالها ضرورة «حل الأزمة في إطار أفريقي بعيدا عن التدخلات الأجنبية»، وفق ما أفادت مصادر مطلعة.

وكانت العاصمة لومي قد شهدت أمس مظاهرات للمعارضة تطالب برحيل غناسينغبي، فرقتها قوات الأمن بالغاز المسيل للدموع، فيما أعلنت أحزاب المعارضة «أياما ميتة» احتجاجا على ما تسميه «الانقلاب الدستوري».""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_ECOWAS, "Mamadou Tandja"],
                ["Togo", "Faure Gnassingbé"],
            ),
            G(
                "sanctions.threatened",
                "occurred",
                [_AU, "Alpha Oumar Konaré"],
                ["Togo"],
            ),
            # "العقوبات سترفع فور عودة توغو إلى الشرعية الدستورية"
            G("sanctions.lifted", "planned", [_ECOWAS], ["Togo"], core=False),
            # "لن ترسل قوات إلى لومي"
            G("military.presence", "negated", [_ECOWAS], ["Togo"], core=False),
            # the EU's cooperation suspended since 1993
            G("sanctions.imposed", "historical", [_EU], ["Togo"], core=False),
        ],
        not_targets=["Niger", "Nigeria", "Libya", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi03-alakhbar-cairo-bush-lifts-india-pakistan-nuclear-sanctions-2001",
        date(2001, 9, 24),
        """بوش يرفع العقوبات عن الهند وباكستان.. ومكافأة إسلام آباد على الانضمام للحملة ضد الإرهاب

واشنطن - وكالات الأنباء - مكتب «الأخبار»:

رفع الرئيس الأمريكي جورج بوش أول أمس السبت العقوبات التي فرضتها الولايات المتحدة على الهند وباكستان في أعقاب التجارب النووية التي أجراها البلدان في مايو 1998، في خطوة وصفها مسئولون في البيت الأبيض بأنها «تعكس تقدير واشنطن لوقوف البلدين إلى جانبها» في الحملة التي تعدها ضد الإرهاب بعد هجمات الحادي عشر من سبتمبر على نيويورك وواشنطن.

وقال المتحدث باسم البيت الأبيض آري فلايشر إن الرئيس وقع قرارا بالإعفاء من العقوبات التي كان يفرضها قانون مراقبة تصدير الأسلحة، والتي حظرت تقديم المساعدات الاقتصادية والعسكرية وبيع المعدات الدفاعية للبلدين، وألزمت المندوبين الأمريكيين بالتصويت ضد منحهما قروضا من المؤسسات المالية الدولية، موضحا أن استمرار هذه العقوبات «لم يعد يخدم مصالح الأمن القومي الأمريكي».

ولا يشمل القرار العقوبات المفروضة على باكستان منذ الانقلاب العسكري الذي قاده الجنرال برويز مشرف في أكتوبر 1999، إذ لا يسمح القانون برفعها إلا بعد عودة حكومة منتخبة أو بتشريع من الكونجرس. وقالت مصادر في الكونجرس إن قادة المجلسين يعدون مشروع قانون يمنح الرئيس صلاحية الإعفاء منها حتى عام 2003، ويتوقع إقراره خلال أسابيع. وكانت باكستان قد خضعت قبل ذلك لعقوبات بموجب تعديل «بريسلر» منذ عام 1990 بسبب برنامجها النووي.

وفي إسلام آباد، رحب المتحدث باسم الخارجية الباكستانية رياض محمد خان بالقرار، لكنه نفى ما تردد عن موافقة حكومته على نشر قوات برية أمريكية على الأراضي الباكستانية، مؤكدا أن التعاون «يقتصر على تبادل المعلومات واستخدام المجال الجوي وتقديم الدعم اللوجستي». أما نيودلهي فاعتبرت أن القرار «يصحح وضعا شاذا»، فيما أعلنت اليابان أنها تدرس بدورها رفع العقوبات الاقتصادية التي فرضتها على البلدين عام 1998.

وفي القاهرة، قال مصدر دبلوماسي مصري لـ«الأخبار» إن مصر «تتابع باهتمام» التحركات الأمريكية لبناء التحالف، وإنها تؤيد مكافحة الإرهاب في إطار دولي تقوده الأمم المتحدة، وتحذر من الخلط بين الإرهاب والإسلام أو استهداف المدنيين الأبرياء في أفغانستان.

وأشار المحللون إلى أن العقوبات لم تمنع أيا من البلدين من المضي في برنامجه النووي، وأن واشنطن كانت قد خففت جزءا منها في عهد الرئيس السابق بيل كلينتون. ويرى الدكتور محمد السيد سليم، أستاذ العلوم السياسية بجامعة القاهرة، أن «الحرب على الإرهاب أعادت ترتيب أولويات واشنطن في جنوب آسيا بين ليلة وضحاها، فمن كان معاقبا بالأمس أصبح حليفا اليوم».""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United States", "George W. Bush"],
                ["India", "Pakistan"],
            ),
            # the coup sanctions of 1999 are not lifted
            G(
                "sanctions.lifted",
                "negated",
                ["United States", "George W. Bush"],
                ["Pakistan"],
                core=False,
            ),
            # a bill to let the president waive them, expected within weeks; Japan "تدرس" lifting
            G(
                "sanctions.lifted",
                "planned",
                ["United States Congress", "Japan"],
                ["Pakistan", "India"],
                core=False,
            ),
            # the sanctions of 1998, 1999 and the Pressler amendment of 1990; Japan's of 1998
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Japan"],
                ["India", "Pakistan"],
                core=False,
            ),
            # the denial of American ground troops in Pakistan
            G("military.presence", "negated", ["United States"], ["Pakistan"], core=False),
        ],
        not_targets=["Egypt", "Afghanistan"],
        known_alarm='the lifting retold as "وقع قرارا بالإعفاء من العقوبات" is a second event, a suspension with India as an actor',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi04-aljumhuriya-baghdad-unsc-keeps-iraq-sanctions-1998",
        date(1998, 4, 29),
        """مجلس الأمن يرضخ للإرادة الأمريكية ويمدد الحصار الجائر على العراق

بغداد - «الجمهورية»

في خطوة جديدة تؤكد هيمنة الإدارة الأمريكية على مجلس الأمن الدولي، قرر المجلس في ختام مشاوراته مساء أول أمس الاثنين الإبقاء على العقوبات الشاملة المفروضة على العراق منذ السادس من آب 1990، وذلك في المراجعة الدورية التي يجريها كل ستين يوما، متجاهلا التقرير الذي قدمه المدير العام للوكالة الدولية للطاقة الذرية وأكد فيه أن العراق لم يعد يملك أي قدرات نووية.

وجاء قرار تمديد الحصار بعد أن قدم رئيس اللجنة الخاصة ريتشارد بتلر تقريرا زعم فيه أن العراق لم يقدم «الأدلة الكافية» على تدمير أسلحته البيولوجية والكيمياوية، وهو التقرير الذي وصفه الرفيق طارق عزيز نائب رئيس الوزراء بأنه «ملفق ومسيس، كتب بإملاء من واشنطن».

وكان المندوب الأمريكي بيل ريتشاردسون قد أعلن قبيل الجلسة أن بلاده لن تسمح برفع العقوبات عن العراق «ما لم ينفذ جميع قرارات مجلس الأمن تنفيذا كاملا»، فيما طالبت روسيا وفرنسا والصين بأن يرى العراق «الضوء في نهاية النفق»، ودعت إلى إغلاق الملف النووي والانتقال إلى مرحلة الرقابة المستمرة.

وقال الرفيق طارق عزيز، في مؤتمر صحفي عقده في بغداد أمس، إن العراق نفذ كل ما عليه، وإن «مذكرة التفاهم التي وقعناها مع الأمين العام للأمم المتحدة كوفي أنان في شباط الماضي، والتي جنبت المنطقة عدوانا أمريكيا كان وشيكا، قامت على أساس أن يعامل العراق بإنصاف، وهذا ما لم يحصل حتى الآن». وأضاف أن «الشعب العراقي الذي صمد ثماني سنوات في وجه الحصار قادر على الصمود، لكن على العالم أن يتحمل مسؤوليته عن موت الأطفال».

من جهة أخرى، يبدأ العراق الشهر المقبل تنفيذ المرحلة الرابعة من مذكرة «النفط مقابل الغذاء»، بعد أن رفع مجلس الأمن في شباط الماضي سقف صادرات النفط العراقي المسموح بها إلى خمسة مليارات و256 مليون دولار كل ستة أشهر. غير أن وزارة النفط أكدت أن المنشآت النفطية المتهالكة بسبب الحصار لا تستطيع إنتاج الكميات المطلوبة ما لم يسمح باستيراد قطع الغيار اللازمة.

وفي الشارع البغدادي، قال أبو علي، صاحب محل لبيع المواد الغذائية في منطقة الكرادة: «كل شهرين نسمع أن الحصار راح يرتفع، وبعدين يمددوه. إحنا تعودنا، بس الناس تعبانة». فيما عبر طلبة في جامعة بغداد عن غضبهم مما سموه «ازدواجية المعايير»، مذكرين بأن الكيان الصهيوني يملك ترسانة نووية ولا يتعرض لأي عقوبات.

وفي الساعة الأخيرة، أكد مصدر مسؤول في وزارة الخارجية أن العراق سيواصل تعاونه مع اللجنة الخاصة، لكنه «لن يقبل باستمرار الحصار إلى ما لا نهاية».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Iraq"]),
            # "لن تسمح برفع العقوبات … ما لم ينفذ"
            G(
                "sanctions.lifted",
                "negated",
                ["United States", "Bill Richardson", _UNSC],
                ["Iraq"],
                core=False,
            ),
            # the embargo of 6 August 1990
            G("sanctions.imposed", "historical", [_UNSC], ["Iraq"], core=False),
            # the memorandum of understanding with Annan in February
            G(
                "agreement.signed",
                "historical",
                ["Iraq", "United Nations", "Kofi Annan", "Tariq Aziz"],
                [],
                core=False,
            ),
        ],
        not_targets=["Russia", "France", "China", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi05-althawra-sanaa-yemen-saudi-jeddah-border-treaty-2000",
        date(2000, 6, 13),
        """في يوم تاريخي.. اليمن والسعودية يوقعان معاهدة الحدود الدولية في جدة

جدة - «الثورة» - خاص:

بحضور فخامة الأخ علي عبدالله صالح رئيس الجمهورية وصاحب السمو الملكي الأمير عبدالله بن عبدالعزيز ولي العهد السعودي نائب رئيس مجلس الوزراء رئيس الحرس الوطني، وقعت الجمهورية اليمنية والمملكة العربية السعودية مساء أمس الاثنين في قصر السلام بجدة معاهدة الحدود الدولية النهائية والدائمة بين البلدين، لتطوي بذلك خلافا حدوديا استمر أكثر من ستة عقود.

ووقع المعاهدة عن الجانب اليمني الأخ عبدالقادر باجمال نائب رئيس الوزراء وزير الخارجية، وعن الجانب السعودي صاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية، وسط تصفيق الحاضرين من أعضاء الوفدين.

وتؤكد المعاهدة التزام البلدين بمعاهدة الطائف الموقعة عام 1934 وملحقاتها، وترسم الخط الحدودي البري من رأس المعوج على البحر الأحمر حتى جبل الثأر، ثم الخط الممتد شرقا حتى نقطة التقاء الحدود مع سلطنة عمان، إضافة إلى الحدود البحرية. وتنص على أن تتولى شركة دولية متخصصة أعمال المسح والتخطيط ووضع العلامات على طول الخط، وعلى عدم جواز حشد قوات عسكرية للطرفين في مسافة عشرين كيلومترا على جانبي خط الحدود في مناطقه الشرقية، مع حق الرعاة من البلدين في استخدام المراعي ومصادر المياه على جانبيه.

وقال الأخ الرئيس في تصريح لوسائل الإعلام عقب مراسم التوقيع إن المعاهدة «تمثل انتصارا للأخوة والجوار وللبلدين الشقيقين معا، ولا يوجد فيها غالب أو مغلوب»، فيما وصفها ولي العهد السعودي بأنها «صفحة جديدة ناصعة في تاريخ العلاقات بين الشعبين».

وتأتي المعاهدة تتويجا لمسار من المفاوضات بدأ بمذكرة التفاهم التي وقعها البلدان في مكة المكرمة في شهر رمضان المبارك عام 1415 هـ الموافق فبراير 1995، وأعقبته جولات عديدة للجان الفنية المشتركة، تعثرت أحيانا بسبب الحوادث الحدودية، قبل أن تشهد الأشهر الأخيرة اختراقا بفضل الاتصالات المباشرة بين القيادتين.

ومن المنتظر أن تحال المعاهدة إلى مجلس النواب اليمني ومجلس الوزراء السعودي للمصادقة عليها، على أن يعقد مجلس التنسيق اليمني السعودي اجتماعه المقبل في صنعاء قبل نهاية العام، ويتوقع أن يشهد توقيع عدد من اتفاقيات التعاون الاقتصادي والتجاري والاستثمار.

وفي صنعاء، عمت مظاهر الفرح عددا من الشوارع مساء أمس، وأطلق مواطنون الألعاب النارية، فيما قال الحاج أحمد الوصابي، وهو تاجر في سوق الملح بصنعاء القديمة، إن «التجار ينتظرون هذه اللحظة من زمان، والحدود المفتوحة خير للجميع». وأكد خبراء اقتصاديون أن المعاهدة ستفتح الباب أمام عودة العمالة اليمنية إلى المملكة وتدفق الاستثمارات السعودية إلى اليمن.""",
        [
            G(
                "agreement.signed",
                "occurred",
                [
                    "Yemen",
                    "Saudi Arabia",
                    "Abdulqader Bajammal",
                    "Saud al-Faisal",
                    "Ali Abdullah Saleh",
                ],
                [],
            ),
            # the Taif treaty of 1934 and the Mecca memorandum of 1995
            G("agreement.signed", "historical", ["Yemen", "Saudi Arabia"], [], core=False),
            # cooperation agreements expected at the coordination council's next meeting
            G("agreement.signed", "planned", ["Yemen", "Saudi Arabia"], [], core=False),
            # "عدم جواز حشد قوات عسكرية للطرفين في مسافة عشرين كيلومترا"
            G(
                "military.presence",
                "negated",
                ["Yemen", "Saudi Arabia"],
                ["Yemen", "Saudi Arabia"],
                core=False,
            ),
        ],
        not_targets=["Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi06-echaab-algiers-algeria-morocco-restore-ties-1988",
        date(1988, 5, 17),
        """الجزائر والمغرب يقرران استئناف العلاقات الدبلوماسية

الجزائر - واج

قررت الجزائر والمملكة المغربية إعادة العلاقات الدبلوماسية بينهما على مستوى السفراء، بعد قطيعة دامت اثنتي عشرة سنة، حسب ما جاء في بيان مشترك صدر أمس الاثنين في كل من الجزائر والرباط.

وجاء في البيان أن البلدين، «استجابة لتطلعات الشعبين الشقيقين إلى الوحدة والتضامن، وحرصا على توفير الظروف الملائمة لبناء المغرب العربي الكبير، قررا إعادة علاقاتهما الدبلوماسية، وتبادل السفراء في أقرب الآجال». وأضاف البيان أن هذا القرار يأتي ثمرة للمساعي الخيرة التي بذلها خادم الحرمين الشريفين الملك فهد بن عبد العزيز، منذ اللقاء الذي جمع رئيس الجمهورية الشاذلي بن جديد والملك الحسن الثاني بحضوره على الحدود بين البلدين في ماي من السنة الماضية.

وكان المغرب قد قطع علاقاته مع الجزائر في مارس 1976، إثر اعتراف الجزائر بالجمهورية العربية الصحراوية الديمقراطية، ومنذ ذلك الحين ظلت الحدود البرية بين البلدين مغلقة، وتبادل البلدان الاتهامات في المحافل الدولية.

وأكد البيان المشترك أن البلدين يدعمان «حلا عادلا ونهائيا لنزاع الصحراء الغربية عن طريق استفتاء حر ونزيه لتقرير المصير، ينظم دون أي إكراه إداري أو عسكري تحت إشراف الأمم المتحدة ومنظمة الوحدة الإفريقية»، وهو ما اعتبره الملاحظون تحولا في لغة الطرفين.

وفي تصريح للصحافة، قال مصدر مسؤول بوزارة الشؤون الخارجية إن «موقف الجزائر المبدئي من حق الشعب الصحراوي في تقرير مصيره ثابت ولا يتغير»، مضيفا أن استئناف العلاقات «لا يتم على حساب أي طرف، بل يخدم السلم والاستقرار في المنطقة كلها».

ويرى المراقبون أن هذه الخطوة تفتح الباب أمام مشاركة الملك الحسن الثاني في القمة العربية الطارئة التي ستحتضنها الجزائر في جوان المقبل لدعم انتفاضة الشعب الفلسطيني، وأمام لقاء لقادة دول المغرب العربي الخمس على هامشها، لوضع أسس الصرح المغاربي المشترك.

كما يتوقع أن يطرح مجددا ملف اتفاقية ترسيم الحدود التي وقعها الرئيس الراحل هواري بومدين والملك الحسن الثاني في الرباط في جوان 1972، والتي صادقت عليها الجزائر سنة 1973، في حين لم يصادق عليها المغرب حتى الآن. وتنتظر آلاف العائلات المنقسمة على جانبي الحدود إعادة فتح المعابر البرية بين وجدة وتلمسان، بعد سنوات من التنقل عبر المطارات أو عبر بلدان أخرى.

وعلى الصعيد الاقتصادي، يتوقع الخبراء أن تنتعش المبادلات التجارية بين البلدين، التي ظلت ضعيفة طوال سنوات القطيعة، وأن يعاد بحث مشروع أنبوب الغاز الذي يربط الجزائر بأوروبا عبر الأراضي المغربية.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Algeria", "Morocco", "Chadli Bendjedid", "Hassan II"],
                [],
            ),
            # the border convention signed in Rabat in June 1972
            G(
                "agreement.signed",
                "historical",
                ["Algeria", "Morocco", "Houari Boumediene", "Hassan II"],
                [],
                core=False,
            ),
        ],
        not_targets=["Saudi Arabia", "Sahrawi Arab Democratic Republic", "Western Sahara"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi07-radio-lebanon-militiamen-integrated-into-army-1991",
        date(1991, 5, 9),
        """إذاعة لبنان - نشرة أخبار الثامنة صباحا
الخميس 9 أيار 1991

صباح الخير. في عناوين هذه النشرة: الدفعة الأولى من عناصر الميليشيات المنحلة تلتحق بالجيش، والرئيس الهراوي يتوجه إلى دمشق في الثاني والعشرين من الشهر الجاري، وارتفاع سعر ربطة الخبز مئة ليرة.

في التفاصيل: التحقت أمس الدفعة الأولى من عناصر الميليشيات التي حلت بموجب وثيقة الوفاق الوطني بمراكز التدريب التابعة للجيش اللبناني في الفياضية وعرمون وحمانا، وتضم نحو ألفي عنصر من القوات اللبنانية وحركة أمل والحزب التقدمي الاشتراكي، وذلك تنفيذا لقرار مجلس الوزراء استيعاب عناصر الميليشيات في المؤسسات العسكرية والأمنية والإدارات العامة. وأوضحت قيادة الجيش - مديرية التوجيه في بيان أن الملتحقين سيخضعون لدورة تأهيل مدتها ثلاثة أشهر، يوزعون بعدها على الألوية بشكل مختلط، «بحيث لا يضم أي لواء أكثر من نسبة محددة من أبناء طائفة واحدة».

وكان مجلس الوزراء قد حدد الثلاثين من نيسان الماضي موعدا نهائيا لحل الميليشيات وتسليم أسلحتها الثقيلة والمتوسطة إلى الدولة، وتسلم الجيش خلال الأيام الماضية عشرات الدبابات والمدافع وراجمات الصواريخ. وأكد وزير الدفاع الوطني أن الدفعة الثانية ستلتحق في حزيران المقبل، وأن عدد الذين سيستوعبهم الجيش وقوى الأمن الداخلي قد يصل إلى ستة آلاف.

ولا يشمل قرار الاستيعاب عناصر المقاومة الإسلامية التابعة لحزب الله، التي استثنتها الحكومة من قرار حل الميليشيات بوصفها «مقاومة للاحتلال الإسرائيلي في الجنوب». كما أكد مصدر رسمي أن عناصر ما يسمى «جيش لبنان الجنوبي» لن يستوعبوا في الجيش ما داموا يتعاملون مع العدو الإسرائيلي.

وفي موضوع آخر، يتوجه رئيس الجمهورية الياس الهراوي إلى دمشق في الثاني والعشرين من الشهر الجاري، على رأس وفد وزاري، للتوقيع مع الرئيس حافظ الأسد على معاهدة الأخوة والتعاون والتنسيق بين البلدين. وقال رئيس مجلس الوزراء عمر كرامي إن المعاهدة «تترجم ما نص عليه اتفاق الطائف من علاقات مميزة»، فيما اعتبر نواب معارضون أنها «تكرس الوجود العسكري السوري» القائم في لبنان منذ عام 1976.

وتعود جذور هذه الخطوات إلى وثيقة الوفاق الوطني التي وقعها النواب اللبنانيون في مدينة الطائف السعودية في تشرين الأول 1989، ونصت على حل جميع الميليشيات وتسليم أسلحتها إلى الدولة خلال ستة أشهر.

وفي الشؤون المعيشية، أعلنت وزارة الاقتصاد والتجارة رفع سعر ربطة الخبز مئة ليرة، بسبب ارتفاع سعر الطحين المستورد، فيما رفع اتحاد نقابات الأفران الصوت مطالبا بدعم المازوت.

وفي الطقس: الجو غائم جزئيا مع ارتفاع طفيف في درجات الحرارة، والبحر هادئ. إلى اللقاء في نشرة الظهيرة.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Lebanon", "Lebanese Armed Forces"],
                ["Lebanese Forces", "Amal Movement", "Progressive Socialist Party"],
            ),
            # the second batch in June
            G(
                "forces.integrated",
                "planned",
                ["Lebanon", "Lebanese Armed Forces"],
                ["Lebanese Forces", "Amal Movement", "Progressive Socialist Party"],
                core=False,
            ),
            # Hezbollah's fighters and the South Lebanon Army are not taken in
            G(
                "forces.integrated",
                "negated",
                ["Lebanon", "Lebanese Armed Forces"],
                ["Hezbollah", "South Lebanon Army"],
                core=False,
            ),
            # the treaty of brotherhood to be signed in Damascus on the 22nd
            G(
                "agreement.signed",
                "planned",
                ["Lebanon", "Syria", "Elias Hrawi", "Hafez al-Assad"],
                [],
                core=False,
            ),
            # the Taif accord of October 1989
            G("agreement.signed", "historical", ["Lebanon"], [], core=False),
            # the Syrian forces in Lebanon since 1976
            G("military.presence", "historical", ["Syria"], ["Lebanon"], core=False),
        ],
        not_targets=["Saudi Arabia", "Israel", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi08-filastin-jerusalem-arab-league-force-arrives-in-kuwait-1961",
        date(1961, 9, 11),
        """طلائع القوات العربية تصل إلى الكويت

الكويت - لمراسل «فلسطين» الخاص - وصلت إلى الكويت أمس طلائع قوات جامعة الدول العربية، وتضم وحدات من الجيش العربي السعودي ومن الجيش العربي الأردني، حيث استقبلها في المطار عدد من كبار المسؤولين الكويتيين، وتوجهت فورا إلى معسكرات أعدت لها في المنطقة الشمالية قرب الحدود مع العراق.

وقد أقلت الطائرات الوحدات الأردنية من مطار عمان صباح أمس، وهي سرية من المشاة معززة بعناصر من سلاح الإشارة، بقيادة ضابط برتبة مقدم، فيما وصلت الوحدات السعودية برا وجوا. وقال متحدث باسم الأمانة العامة للجامعة إن وحدات من الجمهورية العربية المتحدة والسودان وتونس ستصل تباعا خلال الأيام القادمة، ليبلغ قوام القوة نحو ثلاثة آلاف ومئتي جندي.

وتأتي هذه الخطوة تنفيذا لقرار مجلس الجامعة الصادر في العشرين من تموز الماضي، الذي قبل الكويت عضوا في الجامعة، وتعهد بتقديم المساعدة الفعالة لصيانة استقلالها بناء على طلبها، على أن تسحب الحكومة الكويتية القوات البريطانية من أراضيها في أقرب وقت. وكانت القوات البريطانية قد نزلت في الكويت في الأول من تموز الماضي بطلب من أميرها الشيخ عبد الله السالم الصباح، بعد أن أعلن رئيس الوزراء العراقي الزعيم عبد الكريم قاسم أن الكويت «جزء لا يتجزأ من العراق».

ووقعت الحكومة الكويتية والأمانة العامة للجامعة في الثاني عشر من آب الماضي اتفاقا ينظم وضع القوة وامتيازاتها، ويحدد أن مهمتها دفاعية بحتة. ويذكر أن الكويت كانت قد ألغت في التاسع عشر من حزيران اتفاقية عام 1899 مع بريطانيا، بتبادل مذكرات بين الأمير والمقيم السياسي البريطاني في الخليج، لتعلن استقلالها التام.

وفي نيويورك، لا يزال طلب الكويت الانضمام إلى هيئة الأمم المتحدة معطلا، بعد أن استعمل المندوب السوفياتي حق النقض (الفيتو) ضده في مجلس الأمن في تموز الماضي، بحجة أن وجود القوات البريطانية ينتقص من استقلال الكويت. ويتوقع دبلوماسيون عرب أن يعاد طرح الطلب بعد انسحاب آخر جندي بريطاني.

أما في بغداد، فقد قاطع العراق اجتماعات مجلس الجامعة احتجاجا على قبول الكويت، وقالت إذاعة بغداد أمس إن «دخول قوات عربية لن يغير من الحقيقة التاريخية شيئا».

وفي عمان، قال مصدر أردني مسؤول إن مشاركة الأردن في القوة «واجب قومي تمليه روابط الأخوة»، مؤكدا أن الجيش العربي «سيبقى حيث تقتضي مصلحة الأمة». ويشار إلى أن أسعار البنزين في الكويت لم تتأثر بالأزمة، بينما ارتفعت أسعار المواد الغذائية المستوردة في الأسواق المحلية بنسبة طفيفة.""",
        [
            G(
                "military.presence",
                "occurred",
                [_ARAB_LEAGUE, "Saudi Arabia", "Jordan"],
                ["Kuwait"],
            ),
            # units of the UAR, Sudan and Tunisia to follow
            G(
                "military.presence",
                "planned",
                [_ARAB_LEAGUE, "United Arab Republic", "Egypt", "Sudan", "Tunisia"],
                ["Kuwait"],
                core=False,
            ),
            # the British landing of 1 July
            G("military.presence", "historical", ["United Kingdom"], ["Kuwait"], core=False),
            # Kuwait admitted to the Arab League on 20 July
            G("alliance.joined", "historical", ["Kuwait"], [_ARAB_LEAGUE], core=False),
            # the UN membership blocked by the Soviet veto
            G("alliance.joined", "stalled", ["Kuwait"], ["United Nations"], core=False),
            # the status agreement of 12 August; the notes of 19 June ending the 1899 agreement
            G(
                "agreement.signed",
                "historical",
                ["Kuwait", _ARAB_LEAGUE, "United Kingdom"],
                [],
                core=False,
            ),
        ],
        not_targets=["Iraq", "Soviet Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi09-bna-bahrain-joins-maritime-security-coalition-2019",
        date(2019, 8, 19),
        """مملكة البحرين تعلن انضمامها إلى التحالف الدولي لأمن الملاحة البحرية

المنامة في 19 أغسطس / بنا /

أعلنت مملكة البحرين اليوم انضمامها إلى التحالف الدولي لأمن الملاحة البحرية وحماية الممرات البحرية، وذلك انطلاقا من حرصها على تعزيز العمل الدولي المشترك لضمان حرية الملاحة وسلامة السفن التجارية العابرة في الخليج العربي ومضيق هرمز ومضيق باب المندب.

وأكد بيان صادر عن وزارة الخارجية أن هذه الخطوة تأتي «في ظل ما شهدته المنطقة في الفترة الأخيرة من أعمال عدائية استهدفت ناقلات النفط والسفن التجارية، وتهدد أمن إمدادات الطاقة العالمية وحركة التجارة الدولية»، مشددا على أن مملكة البحرين «تقف مع المجتمع الدولي في التصدي لأي محاولة تهدف إلى المساس بحرية الملاحة في الممرات الدولية».

وأشار البيان إلى أن مشاركة المملكة ستتم بالتنسيق مع الأشقاء في دول مجلس التعاون لدول الخليج العربية والدول الحليفة والصديقة، وأن قوة دفاع البحرين ستساهم بما تقتضيه متطلبات المهمة من إمكانات، معربا عن تطلع المملكة إلى انضمام مزيد من الدول إلى التحالف.

وكان مجلس الوزراء برئاسة صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء قد أكد في جلسته الأسبوعية أن أمن الملاحة «مسؤولية جماعية»، ووجه الجهات المعنية إلى استكمال الإجراءات اللازمة للمشاركة.

وتعد مملكة البحرين أول دولة عربية تعلن انضمامها إلى التحالف، الذي تقوده الولايات المتحدة الأمريكية، وكانت المملكة المتحدة قد أعلنت في الخامس من الشهر الجاري انضمامها إليه وإرسال سفن حربية لمرافقة السفن التي ترفع علمها، بعد احتجاز ناقلة النفط «ستينا إمبيرو» في مضيق هرمز في التاسع عشر من يوليو الماضي. في المقابل، أعلنت ألمانيا أنها لن تشارك في المهمة، مفضلة العمل على مبادرة أوروبية لم تتبلور بعد.

ومن المقرر أن تتخذ قيادة المهمة من مملكة البحرين مقرا لها، حيث ستدير مركز تنسيق يتولى متابعة حركة السفن وتبادل المعلومات بين الدول المشاركة. ويذكر أن المملكة المتحدة افتتحت في أبريل 2018 قاعدة بحرية دائمة في ميناء سلمان، هي أول قاعدة بريطانية دائمة في منطقة الشرق الأوسط منذ عام 1971.

وفي سياق متصل، أعلنت وزارة الخارجية أن مملكة البحرين ستستضيف في أكتوبر المقبل اجتماعا دوليا حول أمن الملاحة البحرية والجوية، بمشاركة أكثر من ستين دولة، في إطار مسار وارسو، لبحث سبل التصدي للتهديدات التي تواجه الملاحة في المنطقة.

وقد لقي القرار ترحيبا واسعا من السفارة الأمريكية في المنامة، التي أشادت في تغريدة «بالدور الريادي لمملكة البحرين في حماية أمن المنطقة»، بينما انتقدت وزارة الخارجية الإيرانية التحالف، معتبرة أن «أمن الخليج مسؤولية دوله، ووجود القوات الأجنبية هو مصدر التوتر».

/ خ.م /""",
        [
            G("alliance.joined", "occurred", ["Bahrain"], [_IMSC]),
            # the United Kingdom on the 5th
            G("alliance.joined", "historical", ["United Kingdom"], [_IMSC], core=False),
            # Germany "لن تشارك في المهمة"
            G("alliance.joined", "negated", ["Germany"], [_IMSC], core=False),
            # the mission's command to be based in Bahrain
            G(
                "military.presence",
                "planned",
                [_IMSC, "United States"],
                ["Bahrain"],
                core=False,
            ),
            # the British naval base at Mina Salman since April 2018
            G("military.presence", "historical", ["United Kingdom"], ["Bahrain"], core=False),
        ],
        not_targets=["Iran", "Poland"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi10-radio-misr-economy-show-rates-raised-banks-merged-2024",
        date(2024, 3, 7),
        """راديو مصر - برنامج «كلام في الاقتصاد»
الخميس 7 مارس 2024

المذيع: صباح الخير يا حضرات المستمعين، وأهلا بيكم في حلقة النهارده من «كلام في الاقتصاد». الخبر اللي شاغل الناس كلها من امبارح: البنك المركزي المصري رفع أسعار الفايدة 600 نقطة أساس مرة واحدة، وسمح لسعر الصرف يتحدد وفق آليات السوق. معانا على التليفون الدكتورة منى عبد الحميد، أستاذة الاقتصاد بجامعة القاهرة. أهلا بيكي يا دكتورة.

الضيفة: أهلا بيك وبالمستمعين.

المذيع: يا دكتورة، ليه القرار ده جه بالحجم ده؟

الضيفة: لجنة السياسة النقدية رفعت سعري عائد الإيداع والإقراض لليلة واحدة إلى 27.25 بالمئة و28.25 بالمئة، والهدف الأساسي هو السيطرة على التضخم اللي وصل لمستويات غير مسبوقة، والقضاء على السوق الموازية للدولار. وفي نفس اليوم طرح البنك الأهلي وبنك مصر شهادات ادخار بعائد 30 بالمئة لمدة سنة، وده معناه إن فيه سيولة كبيرة هتتسحب من السوق.

المذيع: طيب والبورصة اتعاملت إزاي مع الخبر؟

الضيفة: البورصة استأنفت التداول امبارح بعد ما الجلسة اتعلقت نص ساعة بسبب هبوط المؤشر الرئيسي أكتر من خمسة بالمئة، وبعدين قلصت خسايرها. وإدارة البورصة كمان علقت التداول على سهم شركة عقارية صغيرة لحد ما تنشر القوايم المالية المتأخرة.

المذيع: وفيه أخبار عن دمج بنوك، صح؟

الضيفة: أيوه، وافق البنك المركزي مبدئيا على دمج بنكين صغيرين من بنوك القطاع الخاص في كيان واحد، وده جزء من خطة تقوية رؤوس أموال البنوك اللي الحد الأدنى ليها اترفع من كام سنة لخمسة مليار جنيه. وكمان بنك جديد انضم لمنظومة «إنستاباي» للتحويلات اللحظية، وده هيسهل على العملاء.

المذيع: وإيه اللي يهم المواطن العادي في كل ده؟

الضيفة: أولا، الحكومة مدت العمل بمبادرة التمويل العقاري لمحدودي ومتوسطي الدخل بفايدة مدعمة لحد آخر السنة، رغم رفع الفايدة. ثانيا، وزارة المالية فرضت رسوم جديدة على بعض الخدمات الإلكترونية في الجمارك، لكن ده مش هيأثر كتير على الأسعار. ثالثا، الشركة القابضة للصناعات الغذائية وقعت عقود استيراد سلع أساسية لتأمين مخزون رمضان، والمفروض الأسعار تستقر.

المذيع: سؤال أخير يا دكتورة، الناس بتسأل: هل الدولار هيفضل في الطالع؟

الضيفة: السوق محتاجة وقت تستقر، بس المؤشرات الأولية كويسة، والفجوة بين السعر الرسمي والسوق الموازية اتقفلت تقريبا في يوم واحد. المهم دلوقتي الحكومة تنشر بيانات شفافة عن الخطوات الجاية، وتدعم الفئات الأولى بالرعاية.

المذيع: شكرا جزيلا يا دكتورة منى. وبعد الفاصل هنتكلم عن أسعار الدهب. خليكم معانا.""",
        [],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi11-libya-alahrar-football-league-resumes-after-derna-2023",
        date(2023, 10, 20),
        """اتحاد الكرة يعلن استئناف الدوري الممتاز بعد توقف كارثة درنة

طرابلس - ليبيا الأحرار

أعلن الاتحاد الليبي لكرة القدم استئناف منافسات الدوري الممتاز اعتبارا من الأسبوع المقبل، بعد توقف دام أكثر من شهر إثر كارثة الفيضانات التي ضربت مدينة درنة ومناطق الجبل الأخضر في العاشر من سبتمبر الماضي، وراح ضحيتها آلاف المواطنين، بينهم لاعبون ومدربون من أندية المدينة.

وكان الاتحاد قد علق جميع المسابقات المحلية عقب الكارثة، وأعلن الحداد في الملاعب، فيما تحولت مقرات عدد من الأندية في المنطقة الشرقية إلى مراكز لتجميع المساعدات. وقرر مجلس إدارة الاتحاد في اجتماعه أمس دمج المجموعتين الأولى والثانية في مرحلة نهائية واحدة بنظام الدوري المصغر، لتعويض الأسابيع الضائعة، على أن تقام المباريات في ملاعب طرابلس وبنغازي ومصراتة.

كما قرر الاتحاد تمديد فترة القيد الاستثنائية حتى نهاية الشهر الجاري، للسماح للأندية بتعويض اللاعبين المفقودين، ورفع الحد الأقصى للاعبين الأجانب في القائمة من ثلاثة إلى أربعة، استجابة لطلب الأندية.

وعلى صعيد الانضباط، فرضت لجنة المسابقات غرامة مالية قدرها خمسون ألف دينار على نادي الاتحاد بسبب أحداث الشغب التي رافقت مباراته الأخيرة قبل التوقف، فيما رفعت لجنة الاستئناف الإيقاف عن مدافع الأهلي بنغازي بعد قبول تظلم النادي.

وفي سوق الانتقالات، وقع نادي الأهلي طرابلس مع المهاجم التونسي أيمن العبيدي لمدة موسم واحد، وانضم إلى صفوف النصر الحارس المصري محمد عبد الرحمن قادما من الدوري المصري، بينما مدد السويحلي عقد مدربه الجزائري حتى نهاية الموسم.

وأكدت مديرية أمن طرابلس أنها ستنشر أكثر من ألف عنصر لتأمين مباريات الجولة الأولى، وأن الجماهير ستعود إلى المدرجات بنسبة خمسين بالمئة من سعة الملاعب، مع منع إدخال الشماريخ والألعاب النارية.

وقال رئيس الاتحاد الليبي في تصريح لقناة ليبيا الأحرار: «الكورة لازم ترجع، والناس محتاجة شي يفرحها بعد اللي صار، لكن الأولوية كانت ولا تزال لأهلنا في درنة». وأضاف أن الاتحاد خصص ريع مباريات الجولة الأولى لصندوق دعم المتضررين، وأن الأندية ستدخل الملاعب بشارات سوداء.

ومن المنتظر أن يعود نادي دارنس، أحد أعرق أندية المدينة، إلى التدريبات الأسبوع المقبل في ملعب مؤقت ببنغازي، بعد أن فقد عددا من لاعبيه وإدارييه في الكارثة، وسط تضامن واسع من الأندية الليبية والعربية التي أرسلت معدات وأطقما رياضية.""",
        [],
        not_targets=["Tunisia", "Egypt", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hi12-aden-local-page-fuel-prices-security-checkpoints-2025",
        date(2025, 7, 14),
        """عدن.. حصاد اليوم المحلي

عدن - خاص

السلطة المحلية ترفع سعر الديزل وتعد بتحسن الكهرباء

أعلنت شركة النفط اليمنية - فرع عدن رفع سعر لتر الديزل والبترول في محطات المدينة بنسبة تقارب عشرة بالمئة، بسبب استمرار تراجع سعر صرف الريال أمام العملات الأجنبية. وقال مدير عام الشركة إن الزيادة «مؤقتة وضرورية لضمان استمرار الإمداد»، فيما وعدت مؤسسة الكهرباء بتقليص ساعات الانطفاء بعد وصول شحنة وقود لمحطات التوليد.

دمج مكتبين وتوقيع مذكرة لتأهيل الشوارع

وقرر محافظ عدن دمج مكتبي الأشغال العامة والطرق والنظافة والتحسين في مديرية الشيخ عثمان في إدارة واحدة، لتقليل الازدواجية وتسريع إنجاز المعاملات. ووقعت السلطة المحلية مذكرة تفاهم مع شركة مقاولات محلية لإعادة سفلتة شارع التسعين وتأهيل الأرصفة وتصريف مياه الأمطار، بتكلفة تتجاوز مليار ريال.

انتشار أمني في المنصورة

أمنيا، نشرت إدارة أمن عدن نقاط تفتيش جديدة في مداخل مديرية المنصورة وحول الأسواق الشعبية، وفرضت حظرا على سير الدراجات النارية بعد العاشرة ليلا، إثر حوادث سرقة متكررة. وقال مصدر أمني إن الحملة أسفرت عن ضبط عدد من المطلوبين ومصادرة أسلحة غير مرخصة.

المعلمون يعلقون الإضراب

وفي الشأن التربوي، علقت نقابة المعلمين الجنوبيين إضرابها المفتوح لمدة شهر، بعد وعود من وزارة المالية بصرف العلاوات المتأخرة، على أن تستأنف الإضراب إذا لم يتم الوفاء بالوعود. واستأنفت المدارس الحكومية في مديريات المعلا والتواهي وكريتر الدوام الرسمي صباح اليوم، وسط ترحيب أولياء الأمور.

مياه صيرة

وأعلنت المؤسسة المحلية للمياه استئناف الضخ إلى أحياء صيرة والقطيع بعد إصلاح الخط الرئيسي، مؤكدة أن فرقها تعمل على مدار الساعة لمعالجة الانقطاعات في بقية المديريات.

متطوعون في حملة نظافة

وانضم مئات المتطوعين من طلاب جامعة عدن إلى حملة نظافة واسعة في ساحل أبين وكورنيش خور مكسر، نظمتها مبادرة شبابية بالتعاون مع صندوق النظافة. وقال أحد المشاركين: «عدن تستاهل، وما نشتيش نستنى أحد ينظف لنا مدينتنا».

تمديد التسجيل في الجامعة

ومددت جامعة عدن فترة التسجيل للعام الجامعي الجديد حتى نهاية الشهر الجاري، بسبب الإقبال الكبير وانقطاع خدمة الإنترنت في بعض الأيام، وأعلنت رفع الطاقة الاستيعابية لكليتي الطب والهندسة.

سوق السمك

وفي سوق السمك بالشيخ عثمان، ارتفعت أسعار الديرك والثمد بشكل ملحوظ، وأرجع الصيادون ذلك إلى سوء الأحوال الجوية وارتفاع تكاليف الوقود، فيما فرضت لجنة السوق رسوما رمزية على البسطات لتمويل أعمال الصيانة.""",
        [],
        not_targets=[],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout36_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout36_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # militiamen who join the army or are absorbed into it are integrated, as those "merged" are
    pytest.param(
        "قرر مجلس الوزراء اللبناني أمس دمج عناصر حركة أمل والحزب التقدمي الاشتراكي في الجيش.",
        date(1991, 5, 9),
        [("forces.integrated", "occurred", "Amal Movement")],
        [],
        id="cabinet-merges-militiamen-into-army",
    ),
    pytest.param(
        "التحق ألفا عنصر من حركة أمل والحزب التقدمي الاشتراكي بالجيش اللبناني أمس.",
        date(1991, 5, 9),
        [("forces.integrated", "occurred", "Amal Movement")],
        [],
        id="militiamen-join-the-army",
    ),
    pytest.param(
        "استوعب الجيش اللبناني أمس ألفي عنصر من حركة أمل والحزب التقدمي الاشتراكي.",
        date(1991, 5, 9),
        [("forces.integrated", "occurred", "Amal Movement")],
        [],
        id="army-absorbs-militiamen",
    ),
    pytest.param(
        "قرر مجلس الوزراء اللبناني أمس استيعاب عناصر حركة أمل والحزب التقدمي الاشتراكي في الجيش.",
        date(1991, 5, 9),
        [("forces.integrated", "occurred", "Amal Movement")],
        [],
        id="cabinet-decides-to-absorb-militiamen",
    ),
    # an asset freeze named among the measures lifted or suspended is no new imposition
    pytest.param(
        "علق مجلس الأمن الدولي أمس العقوبات المفروضة على ليبيا.",
        date(1999, 4, 6),
        [("sanctions.suspended", "occurred", "target:Libya")],
        [],
        id="council-suspends-sanctions",
    ),
    pytest.param(
        "رفعت الولايات المتحدة أمس الحظر التجاري وتجميد الأرصدة المفروضين على كوبا.",
        date(2016, 3, 21),
        [("sanctions.lifted", "occurred", "target:Cuba")],
        [],
        id="lifts-embargo-and-asset-freeze",
    ),
    pytest.param(
        "علقت الولايات المتحدة أمس تجميد الأرصدة المفروض على كوبا.",
        date(2016, 3, 21),
        [("sanctions.suspended", "occurred", "target:Cuba")],
        [],
        id="suspends-the-asset-freeze",
    ),
    # the Federal Republic of Yugoslavia is a state that sanctions target
    pytest.param(
        "علق مجلس الأمن الدولي أمس العقوبات المفروضة على صربيا والجبل الأسود.",
        date(1995, 11, 23),
        [("sanctions.suspended", "occurred", "target:Serbia")],
        [],
        id="suspended-on-serbia-and-montenegro",
    ),
    pytest.param(
        "علق مجلس الأمن الدولي أمس العقوبات المفروضة على جمهورية يوغوسلافيا الاتحادية.",
        date(1995, 11, 23),
        [("sanctions.suspended", "occurred", "target:Federal Republic of Yugoslavia")],
        [],
        id="suspended-on-yugoslavia",
    ),
    # a people of a state ("صرب البوسنة") is not the state
    pytest.param(
        "فرضت الولايات المتحدة أمس عقوبات على قادة صرب البوسنة.",
        date(1995, 11, 23),
        [("sanctions.imposed", "occurred", "United States")],
        ["Bosnia and Herzegovina"],
        id="imposed-on-bosnian-serb-leaders",
    ),
    pytest.param(
        "فرضت الولايات المتحدة أمس عقوبات على صرب البوسنة.",
        date(1995, 11, 23),
        [("sanctions.imposed", "occurred", "United States")],
        ["Bosnia and Herzegovina"],
        id="imposed-on-the-bosnian-serbs",
    ),
    # a lifting retold as a waiver in the next sentence is the same lifting
    pytest.param(
        "وقع الرئيس الأمريكي قرارا بالإعفاء من العقوبات المفروضة على الهند وباكستان.",
        date(2001, 9, 24),
        [("sanctions.suspended", "occurred", "target:India")],
        [],
        id="waiver-signed",
    ),
    pytest.param(
        "رفع الرئيس الأمريكي أمس العقوبات المفروضة على الهند وباكستان، بعد أن وقع قرارا بالإعفاء "
        "منها.",
        date(2001, 9, 24),
        [("sanctions.lifted", "occurred", "target:India")],
        [],
        id="lifted-after-a-waiver",
    ),
    pytest.param(
        "رفع الرئيس الأمريكي أمس العقوبات المفروضة على الهند وباكستان. وقال المتحدث باسم البيت "
        "الأبيض إن الرئيس وقع قرارا بالإعفاء من العقوبات التي كان يفرضها القانون على البلدين.",
        date(2001, 9, 24),
        [("sanctions.lifted", "occurred", "target:India")],
        ["India", "Pakistan"],
        id="lifted-then-retold-as-a-waiver",
        marks=_xfail("a second event, a suspension with India as an actor"),
    ),
    # "عقب مراسم التوقيع" refers back to a signing; it is no new one
    pytest.param(
        "وقع اليمن والسعودية أمس معاهدة الحدود.",
        date(2000, 6, 13),
        [("agreement.signed", "occurred", "Yemen")],
        [],
        id="treaty-signed",
    ),
    pytest.param(
        "وزار وزير الخارجية سلطنة عمان الأسبوع الماضي. وقال الرئيس في تصريح عقب مراسم التوقيع إن "
        "المعاهدة تمثل انتصارا للأخوة.",
        date(2000, 6, 13),
        [],
        [],
        id="after-the-signing-ceremony",
    ),
    # a day in words before "آب" dates the event as a day in figures does
    pytest.param(
        "ووقعت الكويت والسعودية في 12 آب الماضي اتفاقا للتعاون.",
        date(2019, 9, 11),
        [],
        [],
        id="signed-on-12-ab",
    ),
    pytest.param(
        "ووقعت الكويت والسعودية في العشرين من تموز الماضي اتفاقا للتعاون.",
        date(2019, 9, 11),
        [],
        [],
        id="signed-on-the-twentieth-of-tammuz",
    ),
    pytest.param(
        "ووقعت الكويت والسعودية في الخامس من آب الماضي اتفاقا للتعاون.",
        date(2019, 9, 11),
        [],
        [],
        id="signed-on-the-fifth-of-ab",
    ),
    # forces of two states that arrive in a third are present there, not in the second
    pytest.param(
        "وصلت طلائع القوات السعودية إلى الكويت أمس.",
        date(1961, 9, 11),
        [("military.presence", "occurred", "target:Kuwait")],
        [],
        id="saudi-forces-arrive",
    ),
    pytest.param(
        "وصلت طلائع القوات السعودية والأردنية إلى الكويت أمس.",
        date(1961, 9, 11),
        [("military.presence", "occurred", "target:Kuwait")],
        ["Jordan"],
        id="saudi-and-jordanian-forces-arrive",
        marks=_xfail("Jordan is a target"),
    ),
    # a dateline naming the host city keeps it the host
    pytest.param(
        "الكويت - وصلت طلائع القوات السعودية إلى الكويت أمس.",
        date(1961, 9, 11),
        [("military.presence", "occurred", "target:Kuwait")],
        [],
        id="dateline-of-the-host",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout36_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout36_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
