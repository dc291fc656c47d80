"""A fifty-fourth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-three held-out sets: contemporary Arabic copy of 2017-2025, as today's wires,
sites and papers carry it (a Beirut daily, "بيروت - «الجمهورية»", with "رئيس الجمهورية العماد
ميشال عون" and a Haret Hreik greengrocer's "شو بدن يعملوا أكتر من هيك؟ نحنا متعودين"; a London
site's Budapest report, "بودابست - «العربي الجديد»", with a Syrian medical student's "والله هون
ما حدا بيحكي بالسياسة كتير"; a US-funded channel's site, "واشنطن - «الحرة»", with a Cairo phone
seller's "هو الموبايل هيبطل يشتغل؟"; a London daily in Brussels, "بروكسل - «القدس العربي»", with
a Syrian lorry driver at the Polish border; a Kurdish channel's Arabic site, "بغداد - «رووداو
عربية»", with a Shorja draper's "والله إحنا شعب تعبان، شنو ذنبنا بيناتهم؟"; a Casablanca daily at
the AU summit, "أديس أبابا - «الصباح»", with "جلالة الملك محمد السادس" and a Rabat pensioner's
"هادي خطوة مزيانة، المغرب رجع لدارو"; a Dubai daily, "دبي - «الإمارات اليوم»", with an Amman
protester's "الميّ مقابل الكهربا؟ هاد تطبيع بالمقلوب"; a Jeddah daily, "جدة - «المدينة»", with
"خادم الحرمين الشريفين" and a Djiboutian trader's "إن شاء الله تنفتح الحدود ونرجع نتاجر زي
زمان"; an Aden daily, "عدن - «الأيام»", with "الدكتور رشاد العليمي" and a retired teacher's "إحنا
نشتي دولة، ما نشتي ألوية"; a Khartoum sports daily, "الخرطوم - «قوون»", with a club president's
"الجماعة في الإدارة ما قصروا" and a fan's "من زمن جكسا وكمال عبد الوهاب بنشجع الأحمر"; a Saudi
daily's Asir page, "أبها - «الوطن»", with a honey seller's "يا ليت البلدية تشوف لنا حل"; a
Casablanca daily's business page, "الدار البيضاء - «الصباح»", with a Derb Omar wholesaler's
"الحركة ناقصة بزاف هاد العام") and on programmes and regions they do not touch (the Treasury's
listing of the Hezbollah MPs Mohammad Raad and Amin Sherri and of Wafiq Safa, July 2019; the
Treasury's delisting of Antal Rogán, Orbán's chief of staff, April 2025; the Commerce
Department's ninety-day licence for Huawei, May 2019; the Council of the EU prolonging its
Belarus measures to February 2025; Trump's threat of sanctions on Iraq after the parliament's
vote on foreign troops, January 2020; Morocco's return to the African Union, January 2017;
Jordan, Israel and the UAE signing the "energy for water" declaration at Expo Dubai, November
2021; Djibouti and Eritrea resuming relations in Jeddah, September 2018; the Presidential
Leadership Council merging the Giants Brigades into Yemen's defence ministry, with Saudi forces
to deploy in Aden and Lahj). Nine carry core events of all ten alertable types (eleven in all),
nine occurred and two planned (Djibouti that "ستعيد فتح سفارتها في أسمرة خلال الأسابيع
المقبلة"; Saudi forces that "ستنتشر في معسكرات بمحافظتي عدن ولحج خلال الأسابيع المقبلة"), next to
historical, negated and stalled ones; three are near misses: a Khartoum football page (a club
fined «فرضت … غرامة», three players banned, threats of harsher penalties «هددت … بفرض عقوبات
أشد», a striker's ban "رفعت", a Tunisian coach's contract "وقع", a defender who "انضم" from the
Libyan league, a captain's contract "مدد", a sponsorship "وقعت", a round suspended to "تستأنف",
youth teams "دمج", police "نشرت", gates "رفعت"), an Asir local page (shops fined and threatened,
a deadline "مددت", water "علقت" and resumed, an agreement with King Khalid University "وقعت",
Abha that "انضمت إلى الشبكة الإقليمية للمدن الصحية التابعة لمنظمة الصحة العالمية", schools
merged, traffic patrols "نشرت", rubbish "رفعت", a park reopened) and a Casablanca business page
(two insurers that "وقعت … اتفاقية للاندماج", a partnership with a French reinsurer, a share's
quotation "علقت" and resumed, fuel prices "رفعت", customs duties "فرضت", a start-up and a Spanish
fund that "انضم", a tax deadline "مددت", hauliers who "هدد … بالإضراب وتجميد أنشطتهم", a frozen
project, technical teams "نشرت", agencies reopened).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على رئيس
كتلة «الوفاء للمقاومة» النائب محمد رعد والنائب أمين شري، إضافة إلى … وفيق صفا" imposes sanctions
(core; the United States, the Treasury and OFAC, whose statement follows; the three the targets,
Wafiq Safa unknown to the knowledge base; not Lebanon, their parliament's country, Hezbollah,
their party, nor Iran), "ولم تشمل العقوبات رئيس مجلس النواب نبيه بري ولا أيا من نواب حركة «أمل»"
a negated imposition, the designation of Hezbollah "عام 1997" a historical imposition, the
maritime talks with Israel "متعثرة" a stalled signing; a Treasury that "رفعت … اسم الوزير المجري
أنتال روغان … من قائمة العقوبات" lifts sanctions (core; the United States, the Treasury and OFAC;
Rogán, whom the knowledge base lacks, the target; not Hungary, Orbán or Russia), the listing of
"السابع من يناير الماضي" by Biden's administration a historical imposition, "إذ لم ترفع الخزانة
العقوبات التي فرضتها عليه عام 2023" on the International Investment Bank a negated lifting, the
tax-treaty talks "متعثرة" a stalled signing; a Commerce Department that "علقت … لمدة تسعين يوما
بعض القيود التي فرضتها على شركة «هواوي»" suspends sanctions (core; the United States and the
Commerce Department; Huawei the target; not China, its country, nor Google; "وزير التجارة ويلبر
روس" names no Russia), the listing "الخميس الماضي" a historical imposition, "ولم يعلق الترخيص
الحظر المفروض على بيع المكونات" a negated suspension, the trade talks with China "متعثرة" a
stalled signing; a Council that "مدد … الإجراءات التقييدية المفروضة على بيلاروسيا لمدة عام
إضافي" extends sanctions (core; the Council and the EU; Belarus and Lukashenko the targets; not
Lithuania, Poland, Russia or Ukraine), the first sanctions of October 2020 a historical
imposition, "ولم يفرض المجلس … أي عقوبات جديدة على قطاع الطاقة البيلاروسي" a negated imposition,
Belarus's WTO accession "متعثرة منذ سنوات" a stalled joining; Trump that "هدد … بفرض عقوبات قاسية
على العراق" threatens sanctions (core; the United States and Trump; Iraq the target; not Iran,
whose sanctions are the yardstick, nor the Kurdistan Region), his own "فسنفرض عليهم عقوبات لم
يروها من قبل" the threat told in his words, no plan of its own (it hangs on "إذا طلبوا منا
المغادرة"), the American forces "منذ عام 2014" a historical presence, the Strategic Framework
Agreement "التي وقعها البلدان عام 2008" a historical signing, "ولم تفرض واشنطن حتى الآن أي عقوبات
على الحكومة العراقية" a negated imposition; Morocco that "انضم … رسميا … إلى الاتحاد الأفريقي"
joins (core; Morocco; the AU the body; not Algeria, South Africa, the Polisario, the SADR,
Ethiopia or Nigeria), the SADR's entry to the OAU "عام 1982" a historical joining, Morocco's
hundreds of agreements of the two past years a historical signing, "ولم يوقع المغرب أي اتفاق مع
جبهة البوليساريو" a negated signing, its ECOWAS request "لم تبت المجموعة فيه بعد" a stalled
joining; Jordan, Israel and the UAE that "وقع … إعلان نوايا" sign (core; the three states and
their three ministers, al-Najjar, Elharrar and Almheiri, whom the knowledge base may lack; no
target; not the United States or Kerry, who attended, nor Masdar), the government's "لم توقع أي
اتفاقية تعاقدية" a negated signing, the Wadi Araba treaty "عام 1994" a historical signing, the
Red-Dead conveyor talks "متعثرة منذ عام 2017" a stalled signing, the MPs' petition no event;
Djibouti and Eritrea that "أعلنت … استئناف العلاقات الدبلوماسية بينهما" restore ties (core; the
two states and their presidents; not Saudi Arabia, the host, Qatar or the UAE), Djibouti that
"ستعيد فتح سفارتها في أسمرة" a planned restoration (core; Eritrea the target), the Qatari
mediation agreement "عام 2010" a historical signing and Qatar's observers "نشرت بموجبه الدوحة
مراقبين" a historical presence, "ولم يرفع مجلس الأمن الدولي حتى الآن العقوبات المفروضة على
إريتريا" a negated lifting, the Ethiopia-Eritrea peace agreement "بعد أيام من توقيع" a historical
signing; a Presidential Leadership Council whose head issued "قرارا بدمج «ألوية العمالقة» …
في قوام وزارة الدفاع اليمنية" integrates forces (core; the PLC and al-Alimi; the Giants Brigades
the target; not the UAE, their backer, nor the STC), Saudi forces that "ستنتشر في معسكرات
بمحافظتي عدن ولحج" a planned presence (core; Saudi Arabia; Yemen the target), "ولم يشمل القرار
قوات الحزام الأمني" a negated integration, the Riyadh Agreement "في نوفمبر 2019" a historical
signing, the Saudi talks with the Houthis "متعثرة" a stalled signing; a football page's fine,
bans, threats, a ban lifted, a coach signed, a transfer, a contract prolonged, a sponsorship, a
suspended round, merged teams, police and gates, a local page's fines and threats, a deadline,
water cut and resumed, an agreement with a university, a WHO network, merged schools, patrols,
rubbish and a park reopened, and a business page's merger agreement, a reinsurance
partnership, a suspended quotation, fuel prices, customs duties, a start-up and a fund joining,
a tax deadline, hauliers' threat, a frozen project, technical teams and agencies reopened are
no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit 857c99b), in one run: events P 0.818 R 0.818 F1
0.818 (recall 9/11, precision 9/11: nine alerts right, two wrong by the scorer's count; occurred
core found 7/9, planned 2/2; historical 10/13, negated 9/9 and stalled 7/7 kept quiet by the
scorer's count). No annotation or text was changed after the run. Misses: in ar-hl03 the
suspension "علقت وزارة التجارة الأمريكية، أمس الاثنين، لمدة تسعين يوما بعض القيود التي فرضتها
على شركة «هواوي»" is read as an occurred imposition (trigger «علقت», no target): a length of time
put between the suspending verb and its object («علقت … لمدة تسعين يوما العقوبات المفروضة»)
hands the clause to the imposition its object's «المفروضة/فرضتها» tells
(``rasd/events/status.py`` and ``rasd/events/duration.py`` read «لمدة …» as the term of the
measure; the same length after the object, or «مددت لمدة تسعين يوما تعليق …», keeps the
suspension), and the headline's «تعلق القيود» gives nothing; in ar-hl07 the declaration "وقع
الأردن وإسرائيل والإمارات، أمس الاثنين، … إعلان نوايا" ends as one stalled signing (Jordan,
Israel, the UAE, trigger «وقع»): taking out either the lead's undated second sentence ("ووقع
الإعلان وزير المياه والري الأردني … بحضور … جون كيري") or the Jordan-Israel talks on another
project ("مشروع ناقل البحرين … متعثرة منذ عام 2017") leaves it occurred, so the signing, merged
with the lead's undated one, takes the status of the stalled talks of two of its parties
(``_demote`` and the merging of same-type events in ``rasd/events/extractor.py``; the exemption
for an accord with a party the talks lack does not hold here); a short passage does not reproduce
it, so it has no rule sentence.
Wrong alerts: in ar-hl01 the imposition has Hezbollah for a target: the body the sanctioned are
members of ("على نائبين من «حزب الله»"، "قياديين في …") is taken as the target
(``assign`` in ``rasd/events/roles.py``; Raad and Sherri are found from the lead); in ar-hl02 the
lifting has Viktor Orbán for its target and misses Rogán, whom the knowledge base lacks: the
principal of an aide named by office ("مدير مكتب أوربان"، "مستشار أوربان") is taken as the person
delisted (``assign`` in ``rasd/events/roles.py``); in ar-hl08 "ويأتي
التقارب بعد أيام من توقيع إثيوبيا وإريتريا في جدة اتفاقية السلام" is an occurred signing: the
background frame «ويأتي ذلك بعد … من» makes the masdar the past, but a noun in place of «ذلك»
(«ويأتي التقارب بعد أيام من توقيع …») does not (``rasd/events/status.py``). Six strict
xfails on five articles (ar-hl03 missed and wrong, ar-hl07 missed; ar-hl01, ar-hl02, ar-hl08
wrong alerts); do not tune lexicons on these articles. Four causes have sentences of their own in
``RULES``, strict xfails until fixed (a member's body as target, an aide's principal as target,
a length of time before the suspended measure, a noun in «ويأتي … بعد … من»), beside neighbouring
forms that pass.

Also seen, not scored: in ar-hl01 the Treasury's OFAC is not an actor and Safa, unknown, is no
target; in ar-hl02 Biden's listing of January has OFAC and no target, and the negated lifting has
no target (the IIB is unknown); in ar-hl03 the Entity List listing is a historical imposition and
the negated suspension gives nothing, and "وزير التجارة ويلبر روس" gives no Russia; in ar-hl04 the
extension has Belarus alone for its target (Lukashenko is not named in its sentence), the first
sanctions of 2020 have no actor and an unlinked target, the negated imposition has Belarus for an
actor, and the WTO accession is both a stalled joining and a stalled signing; in ar-hl05 the
threat has no Trump among its actors and his own "فسنفرض عليهم عقوبات" is a negated imposition with
Iran for its actor (quiet either way), and the 2008 framework agreement gives nothing; in ar-hl06
the joining is raised from the headline's «يعود», the SADR's entry has no target (the OAU is
unknown), the hundreds of agreements and the ECOWAS request give nothing, and the negated signing
has the Polisario for its target; in ar-hl08 the planned reopening has Eritrea, not Djibouti, for
its actor, the Qatari mediation of 2010 has Qatar alone and Qatar's observers give nothing; in
ar-hl09 the integration has the defence ministry (unlinked) beside the Giants Brigades for its
targets and al-Alimi not among its actors, the planned presence has Aden beside Yemen, and the
negated integration gives nothing. The Khartoum, Abha and Casablanca pages raise nothing.

ar-hl01 cured by ``test_general_misses7_rules_ar.py``'s body that people counted are members of
("نائبين من …", "قائدان في فصائل …": no target); its strict xfail removed, and the two rule
sentences of that cause (members-of-a-party-sanctioned, leaders-in-a-party-sanctioned) are no longer
xfails.

``python -m tests.unit.test_heldout54_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 1.000 R 0.909 F1 0.952 (recall 10/11,
precision 10/10). Fixed as general causes: a term between a suspending verb and its object
(«لمدة تسعين يوما», counted in words or digits) does not count against the window, and «القيود
التي فرضتها على» says whom the measures are on (``rasd/events/extractor.py``,
``rasd/events/roles.py``); the kin, aide or circle of a person («مستشار أوربان», «مدير مكتب …»,
«ابنتي بوتين»; in English "Putin's daughters", "an aide to Orbán") is sanctioned, not the
person named for who they are (``_principal_of_another``, ``rasd/events/roles.py``); an
apposition opening with a title («، مدير مكتب رئيس الوزراء …،») is an aside the window passes
over (``rasd/events/sentences.py``); whatever noun «يأتي/جاء … بعد|عقب» has for subject, what it
comes after is background (``_comes_after_ar``, ``rasd/events/status.py``). Left: ar-hl07's
signing demoted by the stalled talks of two of its parties; ar-hl01's Hezbollah as target (the
body of unnamed members stands for them, a convention kept).
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from rasd.analyze import analyze
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
_COMMERCE = "United States Department of Commerce"
_UNSC = "United Nations Security Council"
_COUNCIL_EU = "Council of the European Union"
_EU = "European Union"
_UAE = "United Arab Emirates"
_PLC = "Presidential Leadership Council"

_STALLED_DEMOTES = (
    "the signing, merged with the lead's undated «ووقع الإعلان وزير المياه … ووزيرة الطاقة …»,"
    " takes the stalled status of the Jordan-Israel talks on another project (_demote and the"
    " merging of same-type events in rasd/events/extractor.py)"
)


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-aljoumhouria-treasury-sanctions-hezbollah-mps-raad-sherri-safa-2019",
        date(2019, 7, 10),
        """واشنطن تفرض عقوبات على نائبين من «حزب الله» ومسؤول الارتباط في الحزب

بيروت - «الجمهورية»

فرضت وزارة الخزانة الأمريكية، أمس الثلاثاء، عقوبات على رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد والنائب أمين شري، إضافة إلى مسؤول وحدة الارتباط والتنسيق في «حزب الله» وفيق صفا، في سابقة هي الأولى من نوعها التي تطال نوابا منتخبين في البرلمان اللبناني.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن الثلاثة "يستغلون مواقعهم لتسهيل الأجندة الخبيثة للحزب ودعم أنشطة إيران المزعزعة للاستقرار"، وأضاف أن صفا "استخدم الموانئ والمعابر الحدودية اللبنانية لتهريب البضائع والأموال لصالح الحزب".

وأكد مساعد وزير الخزانة لشؤون تمويل الإرهاب مارشال بيلينغسلي، في اتصال مع صحافيين، أن "واشنطن لن تميز بعد اليوم بين الجناحين السياسي والعسكري للحزب"، مشيرا إلى أن الحزب "يتلاعب بالمؤسسات اللبنانية لحماية مصالحه المالية والأمنية".

وتقضي العقوبات بتجميد أي أصول للثلاثة في الولايات المتحدة، وتحظر على المواطنين والمؤسسات الأمريكية التعامل معهم.

ولم تشمل العقوبات رئيس مجلس النواب نبيه بري ولا أيا من نواب حركة «أمل»، بحسب ما أكده مصدر دبلوماسي غربي في بيروت لـ«الجمهورية»، نافيا صحة ما تردد عن لائحة ثانية تضم حلفاء للحزب.

وكانت الولايات المتحدة قد صنفت «حزب الله» منظمة إرهابية أجنبية عام 1997، ثم أدرجت عددا من قادته على قوائم العقوبات في السنوات اللاحقة.

وفي أول رد، قال النائب رعد في تصريح مقتضب إن العقوبات "لا قيمة لها ولن تغير شيئا من قناعاتنا"، فيما وصف رئيس الجمهورية العماد ميشال عون القرار بأنه "يمس بالمجلس النيابي الذي يمثل إرادة الشعب اللبناني"، داعيا إلى "معالجته عبر القنوات الدبلوماسية".

ويأتي القرار فيما لا تزال المفاوضات غير المباشرة بين لبنان وإسرائيل لترسيم الحدود البحرية، التي يتولاها الموفد الأمريكي ديفيد ساترفيلد، متعثرة بسبب الخلاف على آلية التفاوض ودور الأمم المتحدة فيه.

وفي حارة حريك، قال صاحب محل لبيع الخضار وهو يرتب صناديق البندورة: "شو بدن يعملوا أكتر من هيك؟ نحنا متعودين، كل كم شهر في عقوبات جديدة، والمهم الناس تلاقي تاكل".

ويخشى مصرفيون لبنانيون أن تنعكس الخطوة على علاقة المصارف بالمصارف المراسلة في نيويورك، في وقت تشهد فيه البلاد تباطؤا في تدفق الودائع وضغوطا على الليرة، رغم تطمينات حاكم مصرف لبنان رياض سلامة بأن "الوضع النقدي ممسوك".""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, _OFAC],
                ["Mohammad Raad", "Amin Sherri", "Wafiq Safa"],
            ),
            # "ولم تشمل العقوبات رئيس مجلس النواب نبيه بري ولا أيا من نواب حركة «أمل»",
            G("sanctions.imposed", "negated", [_US], ["Nabih Berri", "Amal Movement"], core=False),
            # Hezbollah designated "عام 1997",
            G("sanctions.imposed", "historical", [_US], ["Hezbollah"], core=False),
            # the maritime talks with Israel "متعثرة",
            G("agreement.signed", "stalled", ["Lebanon", "Israel"], [], core=False),
        ],
        not_targets=["Lebanon", "Hezbollah", "Iran", "Nabih Berri"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alarabyaljadeed-treasury-delists-orban-aide-rogan-2025",
        date(2025, 4, 15),
        """الخزانة الأمريكية ترفع اسم روغان مدير مكتب أوربان من قائمة العقوبات

بودابست - «العربي الجديد»

رفعت وزارة الخزانة الأمريكية، أمس الاثنين، اسم الوزير المجري أنتال روغان، مدير مكتب رئيس الوزراء فيكتور أوربان، من قائمة العقوبات، بعد ثلاثة أشهر فقط على إدراجه فيها بموجب قانون «ماغنيتسكي» العالمي، في خطوة رحبت بها الحكومة المجرية ووصفتها بأنها "تصحيح لخطأ سياسي".

وظهر اسم روغان في تحديث نشره مكتب مراقبة الأصول الأجنبية التابع للوزارة على موقعه الإلكتروني، ضمن قائمة الأسماء المحذوفة، من دون أن يرفق المكتب القرار بأي تفسير.

وكانت إدارة الرئيس السابق جو بايدن قد فرضت العقوبات على روغان في السابع من يناير الماضي، قبل أيام من مغادرتها البيت الأبيض، متهمة إياه بإدارة "نظام فساد" يوجه العقود الحكومية والأموال الأوروبية إلى مقربين من الحزب الحاكم.

وقال وزير الخارجية المجري بيتر سيارتو، في مقطع مصور نشره على صفحته، إن "العقوبات كانت انتقاما شخصيا من السفير الأمريكي السابق ديفيد بريسمان"، وأضاف: "نشكر الإدارة الأمريكية الجديدة على إنهاء هذا الظلم، وعلى فتح صفحة جديدة في العلاقات بين بلدينا".

في المقابل، لم يشمل القرار بنك الاستثمار الدولي، الذي كان مقره في بودابست، إذ لم ترفع الخزانة العقوبات التي فرضتها عليه عام 2023 بسبب صلاته بموسكو، وهو ما دفع الحكومة المجرية آنذاك إلى الانسحاب منه.

وانتقدت منظمات مكافحة الفساد المجرية القرار، وقالت منظمة «الشفافية الدولية» في فرعها المجري إن رفع العقوبات "رسالة سيئة لكل من يحاول محاسبة السلطة"، مشيرة إلى أن "الأدلة التي استندت إليها العقوبات لم تتغير".

ولا تزال المحادثات بين بودابست وواشنطن بشأن اتفاق جديد لتجنب الازدواج الضريبي متعثرة منذ أن ألغت الولايات المتحدة الاتفاق السابق عام 2022.

وفي مقهى قرب محطة كيليتي، قال طالب سوري يدرس الطب في بودابست منذ أربع سنوات: "والله هون ما حدا بيحكي بالسياسة كتير، الناس همها الأسعار والإيجارات، بس التلفزيون كل يوم عم يحكي عن روغان".

ويعد روغان من أقرب مساعدي أوربان، ويشرف منذ سنوات على ملف الاتصالات الحكومية وحملات الدعاية الرسمية، وسبق أن ارتبط اسمه ببرنامج مثير للجدل لبيع سندات الإقامة للمستثمرين الأجانب.

ويرى محللون أن الخطوة تعكس تقاربا متزايدا بين أوربان والرئيس الأمريكي دونالد ترامب، الذي طالما وصف رئيس الوزراء المجري بأنه "زعيم قوي".""",
        [
            G("sanctions.lifted", "occurred", [_US, _TREASURY, _OFAC], ["Antal Rogán"]),
            # the listing of 7 January by Biden's administration,
            G("sanctions.imposed", "historical", [_US, "Joe Biden"], ["Antal Rogán"], core=False),
            # "لم ترفع الخزانة العقوبات التي فرضتها عليه عام 2023" (the IIB),
            G(
                "sanctions.lifted",
                "negated",
                [_US, _TREASURY],
                ["International Investment Bank"],
                core=False,
            ),
            # the tax-treaty talks "متعثرة",
            G("agreement.signed", "stalled", ["Hungary", _US], [], core=False),
        ],
        not_targets=["Hungary", "Viktor Orbán", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alhurra-commerce-ninety-day-licence-huawei-2019",
        date(2019, 5, 21),
        """واشنطن تعلق القيود على «هواوي» تسعين يوما

واشنطن - «الحرة»

علقت وزارة التجارة الأمريكية، أمس الاثنين، لمدة تسعين يوما بعض القيود التي فرضتها على شركة «هواوي» الصينية للاتصالات، بموجب ترخيص عام مؤقت يسمح للشركة وفروعها بشراء سلع أمريكية لصيانة الشبكات القائمة وتحديث برامج الهواتف التي بيعت قبل السادس عشر من مايو.

وقالت الوزارة في بيان إن الترخيص، الذي ينتهي في التاسع عشر من أغسطس المقبل، يهدف إلى "منح المشغلين الذين يعتمدون على معدات هواوي، خصوصا في المناطق الريفية الأمريكية، الوقت اللازم لترتيب بدائل".

وأكد وزير التجارة ويلبر روس أن الترخيص "لا يغير شيئا في جوهر القرار"، وأضاف: "سنراقب عن كثب كيفية استخدامه، وأي انتهاك له سيواجه بإجراءات صارمة".

وكانت الوزارة قد أدرجت «هواوي» وثمانية وستين من فروعها حول العالم على «قائمة الكيانات» الخميس الماضي، ما يحظر على الشركات الأمريكية بيعها مكونات أو برمجيات دون ترخيص مسبق، بدعوى أنها تشكل خطرا على الأمن القومي.

ولم يعلق الترخيص الحظر المفروض على بيع المكونات اللازمة لتصنيع أجهزة جديدة، بحسب البيان، ما يعني أن الشركة لا تزال ممنوعة من الحصول على الرقائق الأمريكية لخطوط إنتاجها.

وفي بكين، قال مؤسس الشركة رن تشنغ في، في مقابلة مع وسائل إعلام صينية، إن "مهلة التسعين يوما لا تعني لنا الكثير، فقد استعددنا لهذا اليوم منذ سنوات"، مؤكدا أن الشركة قادرة على تصنيع رقائقها بنفسها.

وكانت شركة «غوغل» قد أعلنت أنها ستوقف تزويد هواتف هواوي الجديدة ببعض خدماتها، ما أثار قلق ملايين المستخدمين في العالم.

وتأتي هذه التطورات فيما لا تزال المفاوضات التجارية بين الولايات المتحدة والصين متعثرة منذ انتهاء الجولة الأخيرة في واشنطن مطلع الشهر الجاري دون اتفاق، وبعد أن رفع الطرفان الرسوم الجمركية على سلع بمئات المليارات من الدولارات.

وفي متجر لبيع الهواتف في حي وسط البلد بالقاهرة، قال بائع شاب لمراسلنا عبر الهاتف: "الزباين كلهم بيسألوا: هو الموبايل هيبطل يشتغل؟ وإحنا نفسنا مش فاهمين، والأسعار نزلت في يومين".

ويقدر محللون أن هواوي تنفق نحو سبعين مليار دولار سنويا على شراء المكونات، يذهب نحو أحد عشر مليارا منها إلى شركات أمريكية، بينها «كوالكوم» و«إنتل» و«مايكرون».""",
        [
            G("sanctions.suspended", "occurred", [_US, _COMMERCE], ["Huawei"]),
            # the Entity List "الخميس الماضي",
            G("sanctions.imposed", "historical", [_US, _COMMERCE], ["Huawei"], core=False),
            # "ولم يعلق الترخيص الحظر المفروض على بيع المكونات",
            G("sanctions.suspended", "negated", [_COMMERCE], ["Huawei"], core=False),
            # the trade talks with China "متعثرة",
            G("agreement.signed", "stalled", [_US, "China"], [], core=False),
        ],
        not_targets=["China", "Russia", "Google"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-alqudsalarabi-eu-prolongs-belarus-measures-2024",
        date(2024, 2, 27),
        """الاتحاد الأوروبي يمدد عقوباته على بيلاروسيا عاما إضافيا

بروكسل - «القدس العربي»

مدد مجلس الاتحاد الأوروبي، أمس الاثنين، الإجراءات التقييدية المفروضة على بيلاروسيا لمدة عام إضافي، حتى الثامن والعشرين من فبراير 2025، بسبب "استمرار القمع الداخلي وانتهاكات حقوق الإنسان ودعم مينسك للحرب الروسية على أوكرانيا".

وتشمل العقوبات، التي يطال بعضها الرئيس ألكسندر لوكاشينكو شخصيا، تجميد أصول وحظر سفر على 261 فردا و37 كيانا، إضافة إلى قيود على تصدير السلع ذات الاستخدام المزدوج واستيراد البوتاس والمنتجات النفطية البيلاروسية.

وقال الممثل الأعلى للشؤون الخارجية والسياسة الأمنية جوزيب بوريل، في بيان، إن الاتحاد "يقف إلى جانب الشعب البيلاروسي وتطلعاته الديمقراطية"، وأضاف أن "النظام يواصل احتجاز أكثر من ألف وأربعمئة سجين سياسي".

وكان المجلس قد فرض أولى عقوباته على مسؤولين بيلاروسيين في أكتوبر 2020، إثر الانتخابات الرئاسية التي وصفها الاتحاد بأنها "لم تكن حرة ولا نزيهة"، قبل أن يوسعها لتشمل لوكاشينكو نفسه في الشهر التالي.

ولم يفرض المجلس في اجتماعه أمس أي عقوبات جديدة على قطاع الطاقة البيلاروسي، رغم مطالبات ليتوانيا وبولندا بذلك، مفضلا التركيز على تطبيق العقوبات القائمة وسد ثغرات الالتفاف عليها.

ورحبت زعيمة المعارضة البيلاروسية سفيتلانا تيخانوفسكايا بالقرار، وقالت من منفاها في فيلنيوس: "العقوبات ليست غاية، لكنها الأداة الوحيدة التي يفهمها النظام، ولا يجوز تخفيفها قبل الإفراج عن جميع السجناء".

في المقابل، وصفت وزارة الخارجية البيلاروسية القرار بأنه "غير قانوني وغير مجد"، مؤكدة أن مينسك "ستواصل تطوير علاقاتها مع شركائها الحقيقيين في الشرق".

ولا تزال مفاوضات بيلاروسيا للانضمام إلى منظمة التجارة العالمية متعثرة منذ سنوات، إذ جمدت الدول الغربية عمل فريق العمل المعني بطلبها بعد عام 2020.

وعلى الحدود البولندية، قال سائق شاحنة سوري يعمل لدى شركة نقل في وارسو: "الطابور هون بيوصل لأيام، كل مرة بيقولوا في قرار جديد، وإحنا اللي بندفع الثمن".

ويبلغ عدد السجناء السياسيين المفرج عنهم منذ مطلع العام أقل من عشرين، وفق منظمة «فياسنا» الحقوقية، التي تقول إن الاعتقالات لم تتوقف.

ويؤكد دبلوماسيون أوروبيون أن ملف بيلاروسيا سيبقى على جدول أعمال المجلس خلال الأشهر المقبلة، في ضوء تقارير عن نقل أطفال أوكرانيين إلى معسكرات داخل الأراضي البيلاروسية.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_COUNCIL_EU, _EU],
                ["Belarus", "Alexander Lukashenko"],
            ),
            # the first sanctions of October 2020,
            G(
                "sanctions.imposed",
                "historical",
                [_COUNCIL_EU, _EU],
                ["Belarus", "Alexander Lukashenko"],
                core=False,
            ),
            # "ولم يفرض المجلس … أي عقوبات جديدة على قطاع الطاقة البيلاروسي",
            G("sanctions.imposed", "negated", [_COUNCIL_EU], ["Belarus"], core=False),
            # the WTO accession "متعثرة منذ سنوات",
            G("alliance.joined", "stalled", ["Belarus"], ["World Trade Organization"], core=False),
        ],
        not_targets=["Lithuania", "Poland", "Russia", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-rudaw-trump-threatens-iraq-sanctions-troops-vote-2020",
        date(2020, 1, 6),
        """ترامب يهدد العراق بعقوبات «لم يروها من قبل» إذا طرد القوات الأمريكية

بغداد - «رووداو عربية»

هدد الرئيس الأمريكي دونالد ترامب، ليل الأحد، بفرض عقوبات قاسية على العراق إذا أجبرت بغداد القوات الأمريكية على مغادرة البلاد، بعد ساعات من تصويت مجلس النواب العراقي على قرار يطالب الحكومة بإنهاء وجود القوات الأجنبية.

وقال ترامب للصحافيين على متن الطائرة الرئاسية، لدى عودته من فلوريدا: "إذا طلبوا منا المغادرة، ولم يتم ذلك بطريقة ودية، فسنفرض عليهم عقوبات لم يروها من قبل أبدا، ستجعل العقوبات الإيرانية تبدو شيئا بسيطا"، وأضاف: "لدينا قاعدة جوية هناك باهظة التكلفة، وكلفتنا مليارات الدولارات".

وكان مجلس النواب قد صوت، في جلسة قاطعها معظم النواب الكرد والسنة، على قرار غير ملزم يدعو الحكومة إلى "العمل على إنهاء تواجد أي قوات أجنبية على الأراضي العراقية"، وذلك بعد مقتل قائد «فيلق القدس» الإيراني قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بضربة أمريكية قرب مطار بغداد.

وقال رئيس الوزراء المستقيل عادل عبد المهدي أمام البرلمان إن "الخيار الأنسب هو إخراج القوات الأجنبية"، لكنه أشار إلى أن ذلك "يحتاج إلى ترتيبات فنية وقانونية".

وتنتشر القوات الأمريكية في العراق منذ عام 2014 بطلب من الحكومة العراقية، في إطار التحالف الدولي ضد تنظيم «داعش»، ويبلغ عددها نحو خمسة آلاف جندي، بموجب اتفاقية الإطار الاستراتيجي التي وقعها البلدان عام 2008.

ولم تفرض واشنطن حتى الآن أي عقوبات على الحكومة العراقية، بحسب مسؤول في وزارة الخارجية العراقية، أكد لـ«رووداو» أن بغداد "لم تتسلم أي إشعار رسمي بهذا الشأن".

ويخشى اقتصاديون أن تطال أي عقوبات حساب الحكومة العراقية لدى البنك الاحتياطي الفيدرالي في نيويورك، الذي تودع فيه عائدات النفط، ما قد يعرض قدرة الدولة على دفع الرواتب للخطر.

وفي أربيل، قال مسؤول في حكومة إقليم كردستان إن "الإقليم يرى أن وجود التحالف ضروري لمنع عودة الإرهاب"، داعيا إلى "حوار هادئ بعيدا عن التصعيد".

وفي سوق الشورجة ببغداد، قال بائع أقمشة ستيني: "والله إحنا شعب تعبان، شنو ذنبنا بيناتهم؟ هذا يضرب وهذاك يهدد، والدولار كل يوم يصعد".

وشهدت أسعار صرف الدولار في الأسواق العراقية ارتفاعا ملحوظا أمس، وسط مخاوف التجار من تداعيات التصعيد بين واشنطن وطهران على الساحة العراقية.""",
        [
            G("sanctions.threatened", "occurred", [_US, "Donald Trump"], ["Iraq"]),
            # the American forces "منذ عام 2014",
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
            # the Strategic Framework Agreement "التي وقعها البلدان عام 2008",
            G("agreement.signed", "historical", [_US, "Iraq"], [], core=False),
            # "ولم تفرض واشنطن حتى الآن أي عقوبات على الحكومة العراقية",
            G("sanctions.imposed", "negated", [_US], ["Iraq"], core=False),
        ],
        not_targets=["Iran", "Kurdistan Region"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-assabah-morocco-rejoins-african-union-addis-2017",
        date(2017, 1, 31),
        """المغرب يعود إلى الاتحاد الأفريقي بعد 33 عاما من الغياب

أديس أبابا - «الصباح»

انضم المغرب رسميا، أمس الاثنين، إلى الاتحاد الأفريقي، بعد أن وافقت أغلبية الدول الأعضاء على طلبه في ختام القمة الثامنة والعشرين للمنظمة القارية في العاصمة الإثيوبية أديس أبابا، منهيا غيابا استمر أكثر من ثلاثة عقود.

وأيدت تسع وثلاثون دولة من أصل أربع وخمسين عودة المملكة، وفق ما أعلنه رئيس مفوضية الاتحاد الجديد موسى فقي محمد، رغم اعتراض الجزائر وجنوب أفريقيا وعدد من الدول الداعمة لجبهة البوليساريو.

وقال جلالة الملك محمد السادس، في خطاب ألقاه أمام القمة اليوم الثلاثاء، إن "أفريقيا قارتي وبيتي، وها أنا أعود أخيرا إلى بيتي"، وأضاف: "كم هو جميل هذا اليوم الذي أعود فيه إلى البيت بعد طول غياب".

وكان المغرب قد انسحب من منظمة الوحدة الأفريقية عام 1984، احتجاجا على قبول عضوية «الجمهورية العربية الصحراوية الديمقراطية» التي أعلنتها البوليساريو، وكانت الجمهورية قد انضمت إلى المنظمة عام 1982.

وأكد وزير الخارجية صلاح الدين مزوار، في تصريح للصحافيين المغاربة، أن عودة المملكة "لا تعني بأي حال الاعتراف بالكيان الوهمي"، مشيرا إلى أن الرباط "ستعمل من الداخل على تصحيح هذا الوضع".

ولم يوقع المغرب أي اتفاق مع جبهة البوليساريو على هامش القمة، بحسب مصدر دبلوماسي، نفى ما تداولته وسائل إعلام جزائرية عن لقاء جمع الطرفين.

وفي سياق متصل، لا يزال طلب المغرب الانضمام إلى المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» معلقا، إذ لم تبت المجموعة فيه بعد، وسط تحفظات من نيجيريا.

وكثف المغرب خلال العامين الماضيين حضوره في القارة، إذ قام الملك بأكثر من عشرين زيارة إلى دول أفريقية، ووقع مئات الاتفاقيات في مجالات الفلاحة والأسمدة والبنوك والاتصالات.

وفي مقهى شعبي بحي حسان في الرباط، قال متقاعد كان يتابع نشرة الأخبار: "هادي خطوة مزيانة، المغرب رجع لدارو، وكان خاصنا نرجعو من زمان، الكرسي الخاوي ما كيربحش".

ويرى مراقبون أن العودة ستفتح الباب أمام معركة دبلوماسية جديدة داخل أجهزة الاتحاد، خصوصا في مجلس السلم والأمن، حيث تتمتع الجزائر ونيجيريا وجنوب أفريقيا بنفوذ واسع.""",
        [
            G("alliance.joined", "occurred", ["Morocco"], ["African Union"]),
            # the SADR's entry to the OAU "عام 1982",
            G(
                "alliance.joined",
                "historical",
                ["Sahrawi Arab Democratic Republic"],
                ["Organisation of African Unity"],
                core=False,
            ),
            # the hundreds of agreements of the two past years,
            G("agreement.signed", "historical", ["Morocco"], [], core=False),
            # "ولم يوقع المغرب أي اتفاق مع جبهة البوليساريو",
            G("agreement.signed", "negated", ["Morocco", "Polisario Front"], [], core=False),
            # the ECOWAS request "لم تبت المجموعة فيه بعد",
            G("alliance.joined", "stalled", ["Morocco"], ["ECOWAS"], core=False),
        ],
        not_targets=[
            "Algeria",
            "South Africa",
            "Polisario Front",
            "Sahrawi Arab Democratic Republic",
            "Ethiopia",
            "Nigeria",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-emaratalyoum-jordan-israel-uae-energy-for-water-declaration-2021",
        date(2021, 11, 23),
        """الأردن وإسرائيل والإمارات يوقعون إعلان نوايا لمشروع «الطاقة مقابل المياه»

دبي - «الإمارات اليوم»

وقع الأردن وإسرائيل والإمارات، أمس الاثنين، في جناح الإمارات بمعرض «إكسبو 2020 دبي»، إعلان نوايا للتعاون في مشروع للطاقة والمياه، يقضي بإنشاء محطة للطاقة الشمسية في الأردن تصدر الكهرباء إلى إسرائيل، مقابل تزويد المملكة بالمياه المحلاة من البحر المتوسط.

ووقع الإعلان وزير المياه والري الأردني محمد النجار، ووزيرة الطاقة الإسرائيلية كارين الحرار، ووزيرة التغير المناخي والبيئة الإماراتية مريم المهيري، بحضور المبعوث الرئاسي الأمريكي الخاص لشؤون المناخ جون كيري.

وقالت المهيري إن المشروع "نموذج لما يمكن أن يحققه التعاون الإقليمي في مواجهة تحديات التغير المناخي"، وأضافت أن شركة «مصدر» الإماراتية ستتولى تطوير محطة الطاقة الشمسية بقدرة ستمئة ميغاواط.

وأكد النجار، في تصريح لـ«الإمارات اليوم»، أن الأردن "من أفقر دول العالم مائيا، ويحتاج إلى كل قطرة"، مشيرا إلى أن المملكة ستحصل بموجب المشروع على مئتي مليون متر مكعب من المياه سنويا.

لكن الحكومة الأردنية شددت، في بيان لاحق، على أن ما جرى توقيعه "إعلان نوايا لا يرتب أي التزامات"، وأكدت أنها "لم توقع أي اتفاقية تعاقدية"، وأن دراسات الجدوى ستستغرق عاما كاملا.

ووقع الأردن وإسرائيل معاهدة السلام في وادي عربة عام 1994، التي تضمنت ملحقا خاصا بتقاسم مياه نهري الأردن واليرموك.

ولا تزال المفاوضات بين البلدين بشأن مشروع ناقل البحرين الأحمر - الميت متعثرة منذ عام 2017، بعد خلافات حول التمويل وتوقيت التنفيذ.

وفي عمّان، خرج مئات المحتجين بعد صلاة الجمعة في وسط البلد رفضا للإعلان، ورددوا هتافات ضد التطبيع، فيما قال شاب من المشاركين: "الميّ مقابل الكهربا؟ هاد تطبيع بالمقلوب، بدنا حلول من عنا مش من عندهم".

كما وقع عشرات النواب الأردنيين مذكرة تطالب الحكومة بالتراجع عن الإعلان، معتبرين أنه "يرهن الأمن المائي للمملكة بيد الاحتلال".

ويعاني الأردن من تراجع حاد في حصة الفرد من المياه، التي انخفضت إلى أقل من مئة متر مكعب سنويا، في ظل موجات اللجوء المتلاحقة وتراجع معدلات الأمطار وتزايد الطلب.

ومن المقرر أن تبدأ الدراسات الفنية للمشروع مطلع العام المقبل بتمويل مشترك من الأطراف الثلاثة، وفق مصادر مطلعة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                [
                    "Jordan",
                    "Israel",
                    _UAE,
                    "Mohammad al-Najjar",
                    "Karine Elharrar",
                    "Mariam Almheiri",
                ],
                [],
            ),
            # "لم توقع أي اتفاقية تعاقدية",
            G("agreement.signed", "negated", ["Jordan"], [], core=False),
            # the Wadi Araba treaty "عام 1994",
            G("agreement.signed", "historical", ["Jordan", "Israel"], [], core=False),
            # the Red-Dead conveyor talks "متعثرة منذ عام 2017",
            G("agreement.signed", "stalled", ["Jordan", "Israel"], [], core=False),
        ],
        not_targets=["United States", "John Kerry", "Masdar"],
        known_miss=_STALLED_DEMOTES,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-almadina-djibouti-eritrea-resume-relations-jeddah-2018",
        date(2018, 9, 18),
        """جيبوتي وإريتريا تستأنفان علاقاتهما الدبلوماسية بعد عقد من القطيعة

جدة - «المدينة»

أعلنت جيبوتي وإريتريا، أمس الاثنين، استئناف العلاقات الدبلوماسية بينهما، في ختام لقاء جمع الرئيس الجيبوتي إسماعيل عمر جيله والرئيس الإريتري أسياس أفورقي في جدة برعاية خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ليطوي البلدان صفحة خلاف حدودي دام عشر سنوات.

وقال وزير الخارجية الجيبوتي محمود علي يوسف، في تصريح لـ«المدينة»، إن اللقاء كان "إيجابيا وصريحا"، وأضاف أن "الطرفين اتفقا على معالجة ملف الحدود والأسرى عبر الحوار المباشر".

وأكد وزير الإعلام الإريتري يماني قبرمسقل، في تغريدة، أن "صفحة جديدة من السلام والتعاون بدأت في القرن الأفريقي".

وقال مصدر دبلوماسي جيبوتي إن بلاده ستعيد فتح سفارتها في أسمرة خلال الأسابيع المقبلة، على أن تبادر إريتريا بخطوة مماثلة في جيبوتي.

وكان البلدان قد خاضا مواجهات عسكرية في منطقة رأس دميرة الحدودية عام 2008، قبل أن توقع الحكومتان اتفاق وساطة برعاية قطر عام 2010، نشرت بموجبه الدوحة مراقبين على الحدود حتى سحبتهم في يونيو 2017.

ولم يرفع مجلس الأمن الدولي حتى الآن العقوبات المفروضة على إريتريا منذ عام 2009، والتي تشمل حظرا على الأسلحة وتجميدا لأصول عدد من المسؤولين، وإن كانت دول أعضاء قد بدأت تطالب بمراجعتها في ضوء التطورات الأخيرة.

ويأتي التقارب بعد أيام من توقيع إثيوبيا وإريتريا في جدة اتفاقية السلام، التي أنهت عقدين من حالة «اللاحرب واللاسلم» بين البلدين.

وقال محللون إن السعودية والإمارات لعبتا دورا محوريا في التقارب، في ظل سعي البلدين إلى تأمين الضفة الأفريقية للبحر الأحمر ومضيق باب المندب.

وفي سوق الخضار بحي البلد في جدة، قال تاجر جيبوتي يقيم في المملكة منذ خمسة عشر عاما: "إن شاء الله تنفتح الحدود ونرجع نتاجر زي زمان، الناس هناك أهل، وفي عائلات مقسومة بين البلدين".

ولا يزال مصير ثلاثة عشر أسيرا جيبوتيا تقول جيبوتي إنهم محتجزون في إريتريا منذ اشتباكات 2008 غامضا، وتطالب عائلاتهم بالكشف عن أوضاعهم، فيما تنفي أسمرة وجود أي أسرى لديها.

ويتوقع دبلوماسيون أن تنعكس المصالحة على حركة التجارة عبر ميناء جيبوتي، الذي يعد المنفذ الرئيسي لإثيوبيا على البحر.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Djibouti", "Eritrea", "Ismaïl Omar Guelleh", "Isaias Afwerki"],
                [],
            ),
            # "ستعيد فتح سفارتها في أسمرة خلال الأسابيع المقبلة",
            G("relations.restored", "planned", ["Djibouti"], ["Eritrea"]),
            # the Qatari mediation agreement of 2010 and Qatar's observers,
            G("agreement.signed", "historical", ["Djibouti", "Eritrea", "Qatar"], [], core=False),
            G("military.presence", "historical", ["Qatar"], ["Djibouti", "Eritrea"], core=False),
            # "ولم يرفع مجلس الأمن الدولي حتى الآن العقوبات المفروضة على إريتريا",
            G("sanctions.lifted", "negated", [_UNSC], ["Eritrea"], core=False),
            # the Ethiopia-Eritrea peace agreement signed in Jeddah days before,
            G("agreement.signed", "historical", ["Ethiopia", "Eritrea"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Qatar", "United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alayyam-aden-giants-brigades-merged-into-defence-saudi-forces-to-deploy-2023",
        date(2023, 3, 13),
        """مجلس القيادة الرئاسي يدمج «ألوية العمالقة» في وزارة الدفاع

عدن - «الأيام»

أصدر رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، أمس الأحد، قرارا بدمج «ألوية العمالقة» الجنوبية في قوام وزارة الدفاع اليمنية، وإخضاع وحداتها لقيادة رئاسة هيئة الأركان العامة، في أول خطوة عملية لتوحيد التشكيلات العسكرية المنضوية تحت لواء الشرعية.

ونص القرار، الذي نشرته وكالة الأنباء اليمنية «سبأ»، على تحويل ألوية العمالقة إلى "قوات احتياط استراتيجي" تابعة للوزارة، وصرف رواتب منتسبيها عبر الدائرة المالية للقوات المسلحة ابتداء من الشهر المقبل.

وقال عضو مجلس القيادة الرئاسي قائد ألوية العمالقة أبو زرعة المحرمي، في كلمة أمام قادة الألوية بعدن، إن "الوحدة العسكرية ضرورة لمواجهة المشروع الحوثي"، وأضاف: "نحن جنود في خدمة الوطن، ولن نكون إلا حيث يكون الواجب".

ولم يشمل القرار قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي، بحسب مصدر عسكري، أوضح أن "ملف الأحزمة والنخب سيبحث في مرحلة لاحقة".

وقال مسؤول في التحالف بقيادة السعودية إن قوات سعودية ستنتشر في معسكرات بمحافظتي عدن ولحج خلال الأسابيع المقبلة، للإشراف على عملية الدمج وتدريب الوحدات، من دون أن يحدد عددها.

وكانت الحكومة اليمنية والمجلس الانتقالي الجنوبي قد وقعا «اتفاق الرياض» في نوفمبر 2019، الذي نص على دمج التشكيلات العسكرية والأمنية في الجنوب ضمن وزارتي الدفاع والداخلية.

ولا تزال مفاوضات السلام بين السعودية وجماعة الحوثي، التي تجري بوساطة عمانية، متعثرة منذ أشهر بسبب الخلاف على ملف الرواتب وفتح الطرق.

وفي مديرية الشيخ عثمان، قال مدرس متقاعد: "إحنا نشتي دولة، ما نشتي ألوية وكل واحد له قائد وله راتب من جهة، إذا توحدوا صدق فهذا خير للبلاد".

ويقدر عدد منتسبي ألوية العمالقة بأكثر من ثلاثين ألف مقاتل، وقد لعبت دورا بارزا في معارك الساحل الغربي وشبوة ضد الحوثيين، وتتلقى دعما من دولة الإمارات العربية المتحدة منذ تأسيسها.

ويرى مراقبون أن نجاح الخطوة يرتبط بقدرة الحكومة على دفع الرواتب بانتظام، في ظل أزمة اقتصادية خانقة وتراجع حاد في سعر صرف الريال، وتوقف صادرات النفط منذ استهداف الحوثيين موانئ التصدير.""",
        [
            G("forces.integrated", "occurred", [_PLC, "Rashad al-Alimi"], ["Giants Brigades"]),
            # "قوات سعودية ستنتشر في معسكرات بمحافظتي عدن ولحج خلال الأسابيع المقبلة",
            G("military.presence", "planned", ["Saudi Arabia"], ["Yemen"]),
            # "ولم يشمل القرار قوات الحزام الأمني",
            G("forces.integrated", "negated", [_PLC], ["Security Belt Forces"], core=False),
            # the Riyadh Agreement "في نوفمبر 2019",
            G(
                "agreement.signed",
                "historical",
                ["Yemen", "Southern Transitional Council"],
                [],
                core=False,
            ),
            # the Saudi talks with the Houthis "متعثرة",
            G("agreement.signed", "stalled", ["Saudi Arabia", "Houthis"], [], core=False),
        ],
        not_targets=["United Arab Emirates", "Oman", "Houthis", "Southern Transitional Council"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-goon-khartoum-football-page-2022",
        date(2022, 1, 10),
        """المريخ يتعاقد مع مدرب تونسي.. والاتحاد يغرم الهلال ويوقف ثلاثة لاعبين

الخرطوم - «قوون»

فرضت لجنة الانضباط في الاتحاد السوداني لكرة القدم، أمس الأحد، غرامة مالية قدرها خمسة ملايين جنيه على نادي الهلال بسبب أحداث الشغب التي شهدتها مباراته أمام الأهلي مروي، وقررت إيقاف ثلاثة من لاعبيه لمدة شهر بعد اعتدائهم على حكم اللقاء.

وهددت اللجنة، في قرارها، بفرض عقوبات أشد تصل إلى خصم النقاط ونقل مباريات الفريق إلى ملاعب محايدة في حال تكرار الأحداث، فيما رفعت الإيقاف عن مهاجم المريخ بعد قبول استئنافه.

ووقع نادي المريخ عقدا مع مدرب تونسي لقيادة الفريق حتى نهاية الموسم، خلفا للمدرب المقال عقب الخروج من دوري أبطال أفريقيا، كما انضم إلى صفوف الفريق مدافع قادم من الدوري الليبي.

وقال رئيس نادي المريخ في مؤتمر صحفي: "الجماعة في الإدارة ما قصروا، والمدرب الجديد عنده خبرة كبيرة في الكرة الأفريقية، والمريخ راجع بقوة".

ومدد الهلال عقد قائده موسمين إضافيين، فيما وقعت إدارة النادي اتفاقية رعاية مع شركة اتصالات محلية.

وقررت لجنة المسابقات تعليق مباريات الأسبوع الرابع عشر بسبب مشاركة المنتخب في بطولة كأس العرب، على أن تستأنف المنافسات بعد عودته من الدوحة.

ودمج نادي الخرطوم الوطني فريقي الشباب والناشئين في فريق واحد، بعد انتقال عدد من اللاعبين إلى أندية أخرى.

ونشرت الشرطة أكثر من ألف فرد في محيط استاد أم درمان خلال مباراة القمة، وأغلقت الطرق المؤدية إليه قبل ساعتين من انطلاقها.

ورفعت إدارة الاستاد عدد البوابات المخصصة للجماهير إلى عشر بوابات، بعد الزحام الذي شهدته مباراة الدور الأول.

وفي نادي المشجعين بحي العرضة، قال مشجع مريخي في الستينات من عمره: "نحن من زمن جكسا وكمال عبد الوهاب بنشجع الأحمر، والله ما بنفرط فيه، المدرب الجديد لو جاب الدوري نشيلو فوق الراس".

ويتصدر الهلال الدوري الممتاز برصيد ثلاثين نقطة، متقدما بفارق نقطتين على المريخ، فيما يحتل الأهلي الخرطوم المركز الثالث، وسط توقعات بصراع قوي على اللقب حتى الجولات الأخيرة من الموسم.

ويخوض المريخ مباراته المقبلة أمام هلال الأبيض في مدينة الأبيض، بينما يستضيف الهلال فريق حي العرب بورتسودان على ملعبه في أم درمان.""",
        [],
        not_targets=["Tunisia", "Libya", "Qatar", "Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alwatan-abha-asir-local-page-2024",
        date(2024, 2, 15),
        """أمانة عسير تمدد مهلة تصحيح اللوحات.. وأبها تنضم إلى شبكة المدن الصحية

أبها - «الوطن»

فرضت أمانة منطقة عسير، أمس الأربعاء، غرامات على أكثر من أربعين منشأة تجارية في شارع الفن وحي المنسك بسبب مخالفات الاشتراطات الصحية، وهددت بإغلاق المحلات المخالفة وإلغاء رخصها في حال تكرار المخالفة، بحسب بيان للأمانة.

ومددت الأمانة مهلة تصحيح اللوحات التجارية شهرين إضافيين، تنتهي مع نهاية رمضان المقبل، استجابة لطلبات أصحاب المحلات، مؤكدة أن "الهدف هو تحسين المشهد الحضري لا معاقبة التجار".

وعلقت شركة المياه الوطنية ضخ المياه عن أحياء الموظفين والخشع لمدة عشر ساعات لإجراء أعمال صيانة على الخط الرئيسي، قبل أن تستأنف الضخ مساء اليوم نفسه، فيما وفرت صهاريج للأحياء المتضررة.

ووقعت الأمانة اتفاقية تعاون مع جامعة الملك خالد لتطوير منتزه السودة وتأهيل الممرات الجبلية، ضمن استعدادات موسم الصيف، تشمل إنارة المسارات وإنشاء مواقف للسيارات.

وانضمت مدينة أبها إلى الشبكة الإقليمية للمدن الصحية التابعة لمنظمة الصحة العالمية، لتصبح من بين المدن السعودية الحاصلة على هذا الاعتماد، بحسب ما أعلنه مدير عام الشؤون الصحية بالمنطقة.

وقررت إدارة التعليم دمج ثلاث مدارس ابتدائية صغيرة في قرى بني مالك في مجمع تعليمي واحد، بسبب قلة أعداد الطلاب.

ونشرت إدارة مرور عسير دوريات إضافية على عقبة ضلع وطريق السودة لتنظيم حركة السير مع بدء الإجازة، كما رفعت فرق الأمانة أكثر من ثلاثمئة طن من المخلفات من الأودية والحدائق العامة.

وفي سوق الثلاثاء الشعبي، قال بائع عسل من رجال ألمع: "الشغل زين هالأيام، والسياح يجون من كل مكان، بس المواقف قليلة والزحمة تعب، يا ليت البلدية تشوف لنا حل".

وقالت معلمة متقاعدة من حي شمسان إن انقطاع المياه "صار بدون إشعار، والواحد ما يدري متى يرجع"، مطالبة الشركة بإبلاغ السكان مسبقا عبر الرسائل النصية.

وأعادت الأمانة فتح حديقة أبو خيال أمام الزوار بعد أعمال تطوير استمرت أربعة أشهر، شملت تجديد الجلسات وزراعة الأشجار وإنشاء منطقة ألعاب للأطفال.

وتعد أبها من أبرز الوجهات السياحية الصيفية في المملكة، بفضل اعتدال مناخها وارتفاعها عن سطح البحر بأكثر من ألفين ومئتي متر، وتستقبل مئات الآلاف من الزوار كل صيف، خصوصا من دول الخليج.""",
        [],
        not_targets=["Saudi Arabia", "World Health Organization"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-assabah-casablanca-business-page-2023",
        date(2023, 1, 20),
        """اندماج مجموعتين في قطاع التأمين.. والهيئة توقف تداول أسهم شركة عقارية

الدار البيضاء - «الصباح»

وقعت مجموعتان مغربيتان في قطاع التأمين، أمس الخميس، اتفاقية للاندماج في كيان واحد يقدر رقم معاملاته بأكثر من تسعة ملايير درهم، على أن تستكمل إجراءات الدمج خلال الأشهر الستة المقبلة بعد الحصول على موافقة هيئة مراقبة التأمينات.

وقال الرئيس المدير العام لإحدى المجموعتين في ندوة صحفية إن العملية "ستخلق فاعلا قادرا على المنافسة في السوق الإفريقية"، مشيرا إلى أن المجموعة وقعت أيضا اتفاقية شراكة مع شركة فرنسية لإعادة التأمين.

وفي المقابل، علقت الهيئة المغربية لسوق الرساميل تداول أسهم شركة عقارية مدرجة في بورصة الدار البيضاء لمدة ثلاثة أيام، في انتظار نشر بيان حول وضعيتها المالية، قبل أن تستأنف التداول يوم الاثنين.

ورفعت شركة لتوزيع المحروقات أسعار البنزين والغازوال بنحو خمسين سنتيما للتر، فيما فرضت إدارة الجمارك رسوما جديدة على استيراد بعض أنواع الأجهزة المنزلية في إطار قانون المالية.

وانضمت شركة ناشئة في مجال التكنولوجيا المالية إلى برنامج لتسريع الشركات تشرف عليه بورصة الدار البيضاء، فيما انضم صندوق استثماري إسباني إلى رأسمال شركة مغربية لصناعة أجزاء السيارات بحصة خمسة عشر في المئة.

ومددت المديرية العامة للضرائب مهلة التصريح بالدخل دون غرامات حتى نهاية الشهر الجاري، بعد عطل تقني في منصتها الإلكترونية.

وهدد مهنيو النقل الطرقي بالإضراب وتجميد أنشطتهم إذا لم تتدخل الحكومة لدعم أسعار الغازوال، فيما جمدت شركة للتطوير العقاري مشروعا سكنيا في مدينة بوسكورة بسبب ارتفاع تكاليف البناء.

ونشرت إحدى شركات الاتصالات فرقا تقنية في مناطق الأطلس المتضررة من الثلوج لإصلاح الأعطاب، وأعادت فتح عشرين وكالة تجارية في المدن الصغيرة.

وفي سوق درب عمر، قال تاجر جملة في الخمسينات من عمره: "الحركة ناقصة بزاف هاد العام، الناس ما بقاتش كتشري بحال قبل، والسلعة غلات من الصين ومن الميناء".

ويتوقع بنك المغرب أن يبلغ معدل النمو نحو ثلاثة في المئة خلال العام الجاري، مدعوما بتحسن الموسم الفلاحي وانتعاش السياحة، في حين يظل التضخم مرتفعا بفعل أسعار الطاقة والمواد الغذائية المستوردة.""",
        [],
        not_targets=["France", "Spain", "Morocco", "China"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout54_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout54_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # the body the sanctioned belong to
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على نائبين من حزب الله بتهمة تهريب الأموال.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Hezbollah"],
        id="members-of-a-party-sanctioned",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على قياديين في حزب الله بتهمة تهريب الأموال.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", _TREASURY)],
        ["Hezbollah"],
        id="leaders-in-a-party-sanctioned",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على النائب محمد رعد بتهمة تهريب الأموال.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", "target:Mohammad Raad")],
        ["Hezbollah"],
        id="a-named-mp-sanctioned",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية عقوبات على حزب الله بتهمة تهريب الأموال.",
        date(2021, 5, 10),
        [("sanctions.imposed", "occurred", "target:Hezbollah")],
        [],
        id="the-party-itself-sanctioned",
    ),
    # an aide named by his principal's office
    pytest.param(
        "رفعت وزارة الخزانة الأمريكية اسم مستشار أوربان من قائمة العقوبات.",
        date(2025, 4, 15),
        [("sanctions.lifted", "occurred", _TREASURY)],
        ["Viktor Orbán"],
        id="an-aide-of-a-leader-delisted",
    ),
    pytest.param(
        "رفعت وزارة الخزانة الأمريكية اسم مدير مكتب أوربان من قائمة العقوبات.",
        date(2025, 4, 15),
        [("sanctions.lifted", "occurred", _TREASURY)],
        ["Viktor Orbán"],
        id="a-leaders-chief-of-staff-delisted",
    ),
    pytest.param(
        "رفعت وزارة الخزانة الأمريكية العقوبات عن أوربان.",
        date(2025, 4, 15),
        [("sanctions.lifted", "occurred", "target:Viktor Orbán")],
        [],
        id="the-leader-himself-delisted",
    ),
    # a length of time before the measure suspended
    pytest.param(
        "علقت وزارة التجارة الأمريكية لمدة تسعين يوما العقوبات المفروضة على شركة هواوي.",
        date(2019, 5, 21),
        [("sanctions.suspended", "occurred", "target:Huawei")],
        [],
        id="suspended-for-ninety-days-before-the-sanctions",
    ),
    pytest.param(
        "علقت وزارة التجارة الأمريكية العقوبات المفروضة على شركة هواوي لمدة تسعين يوما.",
        date(2019, 5, 21),
        [("sanctions.suspended", "occurred", "target:Huawei")],
        [],
        id="suspended-for-ninety-days-after-the-sanctions",
    ),
    pytest.param(
        "علقت وزارة التجارة الأمريكية العقوبات المفروضة على شركة هواوي.",
        date(2019, 5, 21),
        [("sanctions.suspended", "occurred", "target:Huawei")],
        [],
        id="suspended-with-no-term",
    ),
    pytest.param(
        "مددت وزارة التجارة الأمريكية لمدة تسعين يوما تعليق العقوبات المفروضة على شركة هواوي.",
        date(2019, 5, 21),
        [("sanctions.suspended", "occurred", "target:Huawei")],
        [],
        id="a-suspension-extended-for-ninety-days",
    ),
    # «ويأتي … بعد أيام من» a signing
    pytest.param(
        "ويأتي التقارب بعد أيام من توقيع إثيوبيا وإريتريا اتفاقية السلام.",
        date(2018, 9, 18),
        [],
        [],
        id="the-rapprochement-comes-days-after-a-signing",
    ),
    pytest.param(
        "ويأتي ذلك بعد أيام من توقيع إثيوبيا وإريتريا اتفاقية السلام.",
        date(2018, 9, 18),
        [],
        [],
        id="that-comes-days-after-a-signing",
    ),
    pytest.param(
        "وقعت إثيوبيا وإريتريا اتفاقية السلام في جدة.",
        date(2018, 9, 18),
        [("agreement.signed", "occurred", "Eritrea")],
        [],
        id="a-signing-told-as-news",
    ),
]


# Found after the round: who exempts is the subject or the sanctions' adjective; the one
# exempted (the verb's or the masdar's object, or who "obtained" the exemption) is no actor.
@pytest.mark.parametrize(
    ("text", "actor", "exempted"),
    [
        pytest.param(
            "أعفت الولايات المتحدة المجر من العقوبات على النفط الروسي.",
            "United States",
            "Hungary",
            id="exempted-object-of-the-verb",
        ),
        pytest.param(
            "قررت واشنطن إعفاء المجر من العقوبات على النفط الروسي.",
            "United States",
            "Hungary",
            id="exempted-object-of-the-masdar",
        ),
        pytest.param(
            "وحصلت المجر على إعفاء من العقوبات الأمريكية على النفط الروسي لمدة عام.",
            "United States",
            "Hungary",
            id="exemption-obtained-from-the-sanctions-of-an-adjective",
        ),
        pytest.param(
            "أعفت الولايات المتحدة والاتحاد الأوروبي المجر من العقوبات على النفط الروسي.",
            "European Union",
            "Hungary",
            id="two-exempting-subjects-joined-by-wa",
        ),
    ],
)
def test_heldout54_the_exempted_state_does_not_exempt(text: str, actor: str, exempted: str) -> None:
    events = [
        e
        for e in analyze(text, lang="ar", published=date(2025, 11, 10)).events
        if e.type == "sanctions.suspended"
    ]
    assert events, text
    actors = {r.name for e in events for r in e.actors}
    assert actor in actors and exempted not in actors, [(e.actors, e.targets) for e in events]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout54_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout54_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
