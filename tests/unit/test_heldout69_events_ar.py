"""A sixty-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty-eight held-out sets: Arabic copy of 2015-2023 as the region's papers, sites and the
Arabic services of international broadcasters carry it (a Baghdad daily, "بغداد - «المدى»", with a
student in a Tahrir Square tent, "العقوبات زينة، بس الدم ما يرجع"; an Arabic news site's New York
desk, "نيويورك - الجزيرة نت", with a clothes trader of Bakara market; a broadcaster's Arabic
service, "بروكسل - يورونيوز", with a Minsk economics student; a London Saudi daily's Luxembourg
dateline, "لوكسمبورغ - «الشرق الأوسط»", with its doubled months "أبريل (نيسان)"; a Gulf news
channel's site, "أبوظبي - سكاي نيوز عربية", with a retired clerk of al-Mutanabbi Street; a
Jerusalem daily's Ramallah desk with a byline, "رام الله - «القدس» - من محمد عبد الله", with a
vegetable seller, "الناس مش فاضية للمنظمات"; an Amman daily's parliament reporter, "عمان - «الغد» -
زايد الدخيل", with a herbalist downtown; a Riyadh daily carrying the state agency, "بغداد - «الرياض»
- واس", in the titles of the kingdom, "سفير خادم الحرمين الشريفين"، "سعادة السفير"; a Libyan site,
"طرابلس - بوابة الوسط", with a phone seller of Souq al-Juma, "نبوا الأمان وبس"; a Tunis daily's
sports desk, "تونس - «الصباح» - القسم الرياضي", in the Tunisian words of the game ("خطية"،
"الانتداب"، "مستحقات متخلدة"), with a Club Africain supporter, "فرحنا برشا"; a Cairo daily's economy
desk, "القاهرة - «المصري اليوم» - قسم الاقتصاد", with a pensioner watching the screen, "البورصة زي
البحر"; an Amman daily's local page, "عمان - «الرأي» - محليات", with a vegetable seller, "المخالفات
على الغلابة بس") and on episodes the earlier sets do not carry as core news: the US Treasury's
Global Magnitsky sanctions on Qais and Laith al-Khazali, Hussein Falih al-Lami and Khamis
al-Khanjar, December 2019; the Security Council's Resolution 2714 lifting the arms embargo on the
Somali government, with Resolution 2713 renewing the regime on al-Shabaab, December 2023; the EU
suspending for four months its sanctions on Alexander Lukashenko and 169 other Belarusian
officials, October 2015; the EU prolonging for a year its human-rights sanctions on Iran, April
2016; the State Department warning Iraq of CAATSA sanctions over the Russian S-400, February 2018;
Palestine acceding to the Chemical Weapons Convention and so to the OPCW, May 2018; the defence
cooperation agreement of Jordan and the United States made public in the official gazette, March
2021; the Saudi embassy in Baghdad open again with Thamer al-Sabhan, December 2015; four Tripoli
brigades merged into the "Tripoli Protection Force", December 2018. Nine carry core events of the
ten alertable types (the extension is core in the Iran article and non-core in the Somali one), nine
occurred and one planned (the US forces that, under the Jordanian agreement, "تتمتع … بحرية الدخول
والتنقل داخل المملكة، واستخدام عدد من المرافق"), next to historical, negated and stalled ones;
three are near misses: a Tunis football page (a fine «فرض خطية مالية», a defender's suspension, a
threat to deduct points, FIFA that "رفع عنه المنع من الانتداب" after it had "علق" it, a striker who
"انضم", contracts "وقع" and "مدد", a sponsorship agreement "ووقعت", youth teams "دمج", two club
presidents agreeing on "عودة العلاقات بين الناديين", security men the ministry "ستنشر" round Radès),
a Cairo business page (a share's trading "تعليق" and to resume, a regulator's fines «وفرضت … غرامات»
and threat to cancel a licence, a halt "رفعت", firms that "انضمت" to an index, banks that "ووقع" a
memorandum, two firms "دمج", safeguard duties on steel "مددت", flights "استئناف", outlets "ونشرت")
and an Amman city page (fines «فرض غرامات», licences "تعليق", a threat to close, a ban "رفعت", a
deadline "ومددت", a bus contract "ووقعت", a network of smart cities "انضمت", two schools "دمج",
traffic police "نشرت", water "عودة ضخ المياه" and "استئناف").

The decisions of the annotation, taken before any run: a Treasury that announced "فرض عقوبات على
الأمين العام لعصائب أهل الحق قيس الخزعلي وشقيقه … ليث الخزعلي، ومدير أمن هيئة الحشد الشعبي حسين
فالح اللامي" imposes (core; the United States and the Treasury; the Khazalis, al-Lami and
al-Khanjar whom "شملت الحزمة أيضا"; not Iran for whom they are said to work), the listing of
al-Kildani and Qado "في تموز الماضي" a historical imposition, "ولم تشمل العقوبات الجديدة رئيس هيئة
الحشد الشعبي فالح الفياض" a negated imposition, the Baghdad-Erbil oil deal "متعثرا" a stalled
signing; a Security Council that "رفع … حظر توريد الأسلحة المفروض على الحكومة الاتحادية الصومالية"
lifts (core; the Council; Somalia; not the United Kingdom that drafted the texts), its renewal of
the al-Shabaab regime an occurred extension (not core), "ولم يشمل الرفع … الحركة" a negated lifting,
the embargo of 1992 a historical imposition and its easing of 2013 a historical suspension, the AU
mission "منذ عام 2007" a historical presence, the Somaliland dialogue "متعثرا" a stalled signing; EU
ministers who decided "تعليق العقوبات المفروضة على الرئيس البيلاروسي ألكسندر لوكاشينكو و169 مسؤولا
آخرين … لمدة أربعة أشهر" suspend (core; the EU; Belarus and Lukashenko), "غير أن القرار لم يمس حظر
توريد الأسلحة" a negated suspension, the sanctions of 2004 and 2010 historical impositions, the
Treasury's freeze of the sanctions on nine firms for six months an occurred suspension (not core)
and its "لكنها لم ترفع لوكاشينكو عن لائحتها" a negated lifting, the Minsk agreements "متعثرا" a
stalled signing, the diplomats' "قد يتحول إلى رفع نهائي" a conjecture and no event; a Union that
"مدد … العقوبات التي يفرضها على إيران بسبب انتهاكات حقوق الإنسان لمدة عام آخر" extends (core; the
EU; Iran), "لم يتضمن إضافة أي أسماء جديدة" a negated imposition, the listings "في أبريل 2011" a
historical imposition, the nuclear sanctions lifted "في 16 يناير (كانون الثاني) الماضي" a historical
lifting by the EU and the United States, the Vienna agreement a historical signing, the human-rights
dialogue "متعثرة" a stalled signing, and Mogherini's intention to discuss an EU office in Tehran, "لا
تزال قيد الدراسة", a planned restoration (not core); a United States that "حذرت … العراق من أنه قد
يواجه عقوبات" threatens (core; the United States, the State Department and Heather Nauert; Iraq;
not Russia, Turkey or Saudi Arabia), "لم توقع حتى الآن أي عقد" a negated signing of Iraq and Russia,
"ولم تتخذ واشنطن حتى الآن أي إجراء عقابي بحق العراق" a negated imposition, Turkey's S-400 deal "في
سبتمبر الماضي" and the Saudi memorandum historical signings, the Saudi-Russian talks "متعثرة" a
stalled signing, CAATSA signed "في أغسطس الماضي" a historical imposition on Russia; a Palestine that
"انضمت … إلى اتفاقية حظر … الأسلحة الكيميائية … لتصبح بذلك عضوا في منظمة حظر الأسلحة الكيميائية"
joins (core; Palestine; the OPCW and the convention), its entry into force on 16 June part of the
same joining, the ICC "في الأول من نيسان 2015", UNESCO "عام 2011" and the hundred treaties "منذ عام
2014" historical joinings, Israel that "لم تصادق … على الاتفاقية" a negated joining, the peace talks
"متوقفة منذ نيسان 2014" a stalled signing; two governments that "وقعت … اتفاقية للتعاون الدفاعي" sign
(core; Jordan, the United States and Ayman Safadi; the signing, dated in January but made known in
this report, is its news and counted occurred), the US forces to enter and use facilities "بموجب
الاتفاقية" a planned presence (core; the United States; Jordan), "لا تتضمن إنشاء قواعد عسكرية
أميركية دائمة" a negated presence, Wadi Araba "عام 1994" a historical signing, the US forces in the
exercise "منذ سنوات" a historical presence, the Red Sea-Dead Sea project "متعثرا" a stalled signing;
a kingdom that "أعادت … فتح سفارتها في العاصمة العراقية" restores ties (core; Saudi Arabia, King
Salman and Thamer al-Sabhan; Iraq; not Kuwait, Jordan or Lebanon named in the background), the
consulate in Erbil "من المقرر أن تفتتح" a planned restoration (not core), Basra's "لم تتخذ … أي قرار
بإعادة فتح" a negated restoration, the non-resident ambassador "عام 2012" a historical restoration,
the Arar crossing and trade agreement "متعثرة" a stalled signing; four brigades that "أعلنت …
اندماجها في تشكيل عسكري جديد" integrate forces (core; the Tripoli Revolutionaries Brigade, the
Nawasi Brigade and their partners; the Tripoli Protection Force), "ولم تنضم قوة الردع الخاصة … إلى
التشكيل الجديد" a negated integration, the Zawiya ceasefire "في الرابع من سبتمبر" a historical
signing, the Presidential Council's security arrangements "متعثرا" a stalled integration; the
Tunis, Cairo and Amman pages carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit cf6ccb3, in a worktree whose only change was this file), in one
run: events P 0.833 R 0.800 F1 0.816 (recall 8/10, precision 10/12; occurred core found 8/9, planned
0/1; historical 17/17, negated 11/11 and stalled 9/9 kept quiet). No annotation was changed after
the run.

Missed: in ar-h69-07 the planned presence: "وبموجب الاتفاقية، تتمتع القوات الأميركية بحرية الدخول
والتنقل داخل المملكة، واستخدام عدد من المرافق والمناطق المتفق عليها، ومنها قواعد جوية" gives
nothing (the probe "تتمتع القوات الأميركية بحرية استخدام قواعد جوية في الأردن." nothing;
"ستستخدم القوات الأميركية قواعد جوية في الأردن." a planned presence of the United States in
Jordan): forces granted the freedom («تتمتع … بحرية») to enter and to use bases are no presence
form; in ar-h69-09 "أعلنت أربع من أكبر الكتائب المسلحة في العاصمة طرابلس … اندماجها في تشكيل عسكري
جديد يحمل اسم "قوة حماية طرابلس"" gives nothing (the probes "اندمجت كتيبة ثوار طرابلس وكتيبة
النواصي في قوة حماية طرابلس." nothing, with no entity found; "أعلنت أربع كتائب اندماجها في الجيش
الليبي." an integration): the Tripoli Protection Force and the brigades that formed it are not in
the knowledge base.

Unexpected: in ar-h69-10 "اتفق رئيسا الترجي والنجم … على عودة العلاقات بين الناديين إلى سالف
عهدها" is an occurred restoration of Espérance and Tunisia (the probe "اتفق رئيسا الترجي الرياضي
التونسي والنجم على عودة العلاقات بين الناديين." the same; "اتفق رئيسا تونس والجزائر على عودة
العلاقات بين البلدين." rightly a restoration): ties "بين الناديين" (between two clubs) are read as
ties of states; in ar-h69-12 "رفعت الأمانة الحظر عن دخول الشاحنات إلى شارع الأردن في ساعات
المساء" is an occurred lifting on Jordan (the probe "… إلى الطريق." nothing): Jordan Street
(«شارع الأردن») is read as the state.

Wrong parties not counted by the scorer: in ar-h69-01 the imposition has Qais al-Khazali alone for
target (Laith al-Khazali, Hussein Falih al-Lami and Khamis al-Khanjar are not in the knowledge
base); in ar-h69-02 the renewal of the al-Shabaab regime takes Somalia for its actor, not the
Council; in ar-h69-08 the restoration has no target (Iraq, named as "العاصمة العراقية بغداد", is
not taken). Strict xfails on four articles; do not tune lexicons on these articles.

After the fixes of 2026-12-05: P 1.000 R 0.900 F1 0.947 (recall 9/10, precision 11/11; occurred
core found 9/9, planned 0/1; historical 17/17, negated 11/11 and stalled 9/9 kept quiet). Fixed,
with rule sentences in ``tests/unit/test_heldout69_rules_ar.py``: the Tripoli Protection Force and
the brigades that formed it (the Tripoli Revolutionaries Brigade, the Nawasi Brigade, the Bab
Tajoura Brigade, Abu Salim Central Security) are in the knowledge base with their Arabic and English
names, so their merger is an integration; ties or a feud "بين الناديين" (two clubs) are a sports
story, no ties of states; a street named after a state («شارع الأردن»، «شارع مصر»، «شارع الكويت» …)
names no state; forces granted the right to use a base abroad, with their demonym after the verb
(«يحق للقوات الفرنسية استخدام قاعدة جوية في النيجر»، «السماح للقوات الهندية باستخدام قاعدة بحرية
في سلطنة عمان»), are a planned presence (not a state's forces at a base of its own). Left (strict
xfail): ar-h69-07's planned presence: "تتمتع القوات الأميركية بحرية الدخول والتنقل داخل المملكة،
واستخدام عدد من المرافق والمناطق المتفق عليها، ومنها قواعد جوية" names the user state before the
verb and the host only as "المملكة" eleven words back, with no place after the bases; reading it
asks for a subject before «تتمتع … بحرية» and a host taken from the kingdom the paper writes in,
more than a lexicon entry, and was left for a later round rather than fitted to this sentence.
Laith al-Khazali, Hussein Falih al-Lami (Abu Zainab), Khamis al-Khanjar and Rayan al-Kildani are
in the knowledge base too, so ar-h69-01's imposition takes Laith al-Khazali beside his brother
and the July listing takes al-Kildani. Wrong parties left, not counted by the scorer: ar-h69-01's
imposition still leaves out al-Lami and al-Khanjar, named after a title and in the next sentence;
ar-h69-02's al-Shabaab renewal has Somalia for actor; ar-h69-08's restoration
has no target.

``python -m tests.unit.test_heldout69_events_ar`` prints every article's alerts and the set's
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
    check_set_shape,
    params,
    report,
)

_US = "United States"
_TREASURY = "United States Department of the Treasury"
_STATE = "United States Department of State"
_EU = "European Union"
_UNSC = "United Nations Security Council"
_AU = "African Union"
_OPCW = "Organisation for the Prohibition of Chemical Weapons"
_TPF = "Tripoli Protection Force"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-01-almada-treasury-sanctions-khazali-brothers-lami-khanjar-2019",
        date(2019, 12, 7),
        """واشنطن تعاقب الخزعلي وشقيقه واللامي والخنجر.. وتتهمهم بقتل المتظاهرين ونهب المال العام

بغداد - «المدى»

أعلنت وزارة الخزانة الأميركية، مساء الجمعة، فرض عقوبات على الأمين العام لعصائب أهل الحق قيس الخزعلي وشقيقه القيادي في الحركة ليث الخزعلي، ومدير أمن هيئة الحشد الشعبي حسين فالح اللامي المعروف بـ"أبو زينب"، متهمة الثلاثة بالتورط في "قتل المتظاهرين السلميين" الذين خرجوا إلى ساحات بغداد ومدن الجنوب منذ مطلع تشرين الأول الماضي.

وشملت الحزمة أيضا رجل الأعمال والسياسي السني خميس فرحان الخنجر، الذي قالت الوزارة إنه "استخدم ثروته لرشوة مسؤولين وأعضاء في البرلمان" من أجل توسيع نفوذه، وذلك بموجب قانون ماغنيتسكي العالمي الذي يتيح لواشنطن معاقبة منتهكي حقوق الإنسان والفاسدين في أي مكان من العالم.

وبحسب البيان، تقضي العقوبات بتجميد أي أصول للأربعة تقع تحت الولاية القضائية الأميركية، وتحظر على المواطنين والشركات الأميركية التعامل معهم. ونقل البيان عن وزير الخزانة ستيفن منوشين قوله إن "الشعب العراقي يريد استعادة بلاده من الفاسدين والوكلاء الذين يعملون لحساب إيران".

وجاء القرار بعد أيام على استقالة حكومة عادل عبد المهدي تحت ضغط الشارع، وفي وقت تتواصل فيه المشاورات بين الكتل السياسية لتسمية مرشح لرئاسة الوزراء، وهي مشاورات يصفها نواب بأنها "تراوح مكانها".

وكانت الخزانة قد أدرجت في تموز الماضي على لائحتها السوداء قائد "كتائب بابليون" ريان الكلداني والقيادي في الحشد وعد قدو، إلى جانب محافظين سابقين لنينوى وصلاح الدين، بتهم تتعلق بانتهاكات في سهل نينوى والفساد.

ولم تشمل العقوبات الجديدة رئيس هيئة الحشد الشعبي فالح الفياض، رغم مطالبات ناشطين بإدراجه، فيما قال مسؤول في الخارجية الأميركية للصحافيين إن "القائمة ليست نهائية".

من جهتها، قللت العصائب من أهمية القرار، وقال المتحدث باسمها في بيان إن "العقوبات الأميركية وسام على صدور المقاومين"، مؤكدا أن الخزعلي "لا يملك أموالا ولا عقارات في أميركا". أما الخنجر فوصف إدراجه بأنه "استهداف سياسي مكشوف"، معلنا عزمه الطعن فيه بالطرق القانونية.

في غضون ذلك، لا يزال الاتفاق النفطي والمالي بين بغداد وأربيل، الذي يفترض أن يحدد حصة إقليم كردستان في موازنة العام المقبل مقابل تسليم 250 ألف برميل يوميا، متعثرا بعد جولات عدة من المفاوضات لم تفض إلى نتيجة.

وفي ساحة التحرير، قال طالب جامعي يعتصم في خيمة منذ أسابيع: "إحنا ما ننتظر من أميركا تحاسبهم، إحنا نريد القضاء العراقي يحاسب اللي قتل إخوتنا. العقوبات زينة، بس الدم ما يرجع".

ويرى مراقبون أن العقوبات تمثل رسالة إلى الفصائل المسلحة القريبة من طهران، في وقت يتصاعد فيه التوتر بعد سلسلة هجمات صاروخية استهدفت قواعد تستضيف قوات أميركية في العراق.""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY],
              ["Qais al-Khazali", "Laith al-Khazali", "Hussein Falih al-Lami", "Khamis al-Khanjar"]),
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Rayan al-Kildani", "Waad Qado"], core=False),
            G("sanctions.imposed", "negated", [_US], ["Falih al-Fayyadh"], core=False),
            G("agreement.signed", "stalled", ["Iraq", "Kurdistan Regional Government"], [], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-02-aljazeera-security-council-lifts-somalia-arms-embargo-2023",
        date(2023, 12, 2),
        """مجلس الأمن يرفع حظر السلاح عن الحكومة الصومالية بعد 31 عاما.. ويبقيه على "الشباب"

نيويورك - الجزيرة نت

رفع مجلس الأمن الدولي، مساء الجمعة، حظر توريد الأسلحة المفروض على الحكومة الاتحادية الصومالية منذ أكثر من ثلاثة عقود، في خطوة وصفتها مقديشو بأنها "تاريخية" وتفتح الباب أمام إعادة بناء الجيش الوطني في مواجهة حركة الشباب المجاهدين.

واعتمد المجلس القرار رقم 2714 بالإجماع، ونص على أنه "لم يعد" على الدول الأعضاء أي قيد في تزويد قوات الأمن والدفاع الصومالية بالأسلحة والذخائر والمعدات العسكرية، مع إبقاء آليات للإبلاغ عن الشحنات الكبيرة تفاديا لتسربها إلى الجماعات المسلحة.

وفي قرار منفصل حمل الرقم 2713، جدد المجلس نظام العقوبات المفروض على حركة الشباب، بما في ذلك حظر السلاح وتجميد الأصول وحظر السفر بحق قادتها، وأعاد تسمية لجنة العقوبات لتحمل اسم الحركة بدلا من اسم الصومال.

ولم يشمل الرفع بطبيعة الحال الحركة المرتبطة بتنظيم القاعدة، إذ شدد مندوب المملكة المتحدة، التي صاغت مشروعي القرارين، على أن "الحظر على الشباب باق بكامل قوته".

ورحب الرئيس الصومالي حسن شيخ محمود بالقرار، وقال في كلمة متلفزة إن بلاده "تحررت أخيرا من قيد كبّل جيشها طويلا"، داعيا الشركاء الدوليين إلى دعم خطة تسلم المسؤوليات الأمنية من بعثة الاتحاد الإفريقي الانتقالية (أتميس)، التي تنتشر قواتها في البلاد منذ عام 2007 تحت مسميات مختلفة.

وكان المجلس قد فرض الحظر في يناير/كانون الثاني 1992 بموجب القرار 733، بعد انهيار حكومة سياد بري واندلاع الحرب الأهلية، ثم خففه جزئيا عام 2013 للسماح بتسليح الحكومة ببعض الأسلحة الخفيفة وفق شروط صارمة.

وقال رئيس الوزراء حمزة عبدي بري إن الحكومة ستعمل على "تنظيم مخازن السلاح وتسجيل كل قطعة"، مؤكدا أن القرار "لن يعني انفلاتا في الأسواق". غير أن الحوار بين مقديشو وإقليم أرض الصومال، الذي رعته جيبوتي في ديسمبر من العام الماضي، لا يزال متعثرا، وسط خلافات على تقاسم الموارد والمجال الجوي.

وفي سوق بكارة بالعاصمة، قال تاجر ملابس: "السلاح موجود في كل بيت أصلا، المهم الجيش يكون قوي ويحمينا من الشباب. إحنا تعبنا من الانفجارات".

وتأتي الخطوة فيما تستعد البعثة الإفريقية لسحب أربعة آلاف جندي إضافي بحلول نهاية الشهر، وسط تحذيرات من خبراء أمميين من أن الحركة لا تزال تجني عشرات الملايين من الدولارات سنويا من الإتاوات والضرائب غير المشروعة في مناطق سيطرتها.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Somalia"]),
            G("sanctions.extended", "occurred", [_UNSC], ["al-Shabaab"], core=False),
            G("sanctions.lifted", "negated", [_UNSC], ["al-Shabaab"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Somalia"], core=False),
            G("sanctions.suspended", "historical", [_UNSC], ["Somalia"], core=False),
            G("military.presence", "historical", [_AU], ["Somalia"], core=False),
            G("agreement.signed", "stalled", ["Somalia", "Somaliland"], [], core=False),
        ],
        not_targets=["United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-03-euronews-eu-suspends-belarus-sanctions-lukashenko-2015",
        date(2015, 10, 29),
        """الاتحاد الأوروبي يعلق عقوباته على لوكاشينكو و169 مسؤولا بيلاروسيا لأربعة أشهر

بروكسل - يورونيوز

قرر وزراء خارجية الاتحاد الأوروبي، الخميس، تعليق العقوبات المفروضة على الرئيس البيلاروسي ألكسندر لوكاشينكو و169 مسؤولا آخرين، إلى جانب ثلاث شركات، لمدة أربعة أشهر، مكافأة لمينسك على إطلاق سراح ستة من السجناء السياسيين في أغسطس/آب الماضي، وعلى إجراء الانتخابات الرئاسية الأخيرة من دون قمع واسع للمعارضة.

وقال بيان صادر عن المجلس الأوروبي إن تجميد الأصول وحظر السفر على هؤلاء "لن يطبقا" حتى نهاية فبراير/شباط المقبل، على أن يعيد الوزراء تقييم الوضع قبل ذلك الموعد، بناء على "تقدم ملموس في مجال الحريات وحقوق الإنسان".

غير أن القرار لم يمس حظر توريد الأسلحة إلى بيلاروسيا، ولا الإجراءات المفروضة على أربعة أشخاص يشتبه في تورطهم في اختفاء معارضين بين عامي 1999 و2000، إذ أبقى الاتحاد عليها "من دون تغيير".

وكانت بروكسل قد فرضت أولى عقوباتها على مسؤولين بيلاروسيين عام 2004، ثم وسعتها بشكل كبير إثر حملة القمع التي أعقبت الانتخابات الرئاسية في ديسمبر/كانون الأول 2010، حين اعتقل عدد من المرشحين المنافسين للوكاشينكو.

وفي خطوة موازية، أعلنت وزارة الخزانة الأمريكية تجميد العقوبات على تسع شركات بيلاروسية، بينها مصنع "غرودنو آزوت" للأسمدة وشركة "بيلشينا" للإطارات، لمدة ستة أشهر، لكنها لم ترفع لوكاشينكو عن لائحتها.

ورحبت وزارة الخارجية البيلاروسية بالخطوة، وقال المتحدث باسمها دميتري ميرونتشيك إن مينسك "تنظر بإيجابية إلى أي خطوة نحو تطبيع العلاقات"، مضيفا أن بلاده "لم تطلب شيئا ولم تقدم تنازلات".

أما المعارضة، فانتقدت القرار بشدة، وقال أحد قادتها في تصريح صحفي إن "الإفراج عن ستة سجناء لا يعني أن النظام تغير"، مشيرا إلى أن "عشرات الناشطين ما زالوا يتعرضون للملاحقة".

ويأتي الانفتاح الأوروبي في وقت لعبت فيه مينسك دور الوسيط في الأزمة الأوكرانية، إذ استضافت المحادثات التي أفضت إلى اتفاقات مينسك، التي لا يزال تنفيذها متعثرا بعد مرور أشهر على توقيعها، وسط اتهامات متبادلة بين كييف والانفصاليين بخرق وقف إطلاق النار.

وفي أحد مقاهي مينسك، قال طالب في كلية الاقتصاد: "الأوروبيون يتحدثون عن حقوق الإنسان، لكنهم يريدون أيضا البوتاس والترانزيت. لا أحد هنا يتوقع تغييرا كبيرا".

ويرى دبلوماسيون أن التعليق قد يتحول إلى رفع نهائي للعقوبات في فبراير المقبل إذا استمرت مينسك في "السير في الاتجاه الصحيح".""",
        [
            G("sanctions.suspended", "occurred", [_EU], ["Belarus", "Alexander Lukashenko"]),
            G("sanctions.suspended", "negated", [_EU], ["Belarus"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["Belarus"], core=False),
            G("sanctions.suspended", "occurred", [_US, _TREASURY], ["Belarus"], core=False),
            G("sanctions.lifted", "negated", [_US, _TREASURY], ["Alexander Lukashenko"], core=False),
            G("agreement.signed", "stalled", ["Ukraine"], [], core=False),
        ],
        not_targets=["Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-04-asharq-alawsat-eu-extends-iran-human-rights-sanctions-2016",
        date(2016, 4, 12),
        """أوروبا تمدد عقوباتها على إيران بسبب انتهاكات حقوق الإنسان عاما إضافيا

لوكسمبورغ - «الشرق الأوسط»

مدد الاتحاد الأوروبي، أمس، العقوبات التي يفرضها على إيران بسبب انتهاكات حقوق الإنسان لمدة عام آخر، تنتهي في 13 أبريل (نيسان) 2017، وذلك بعد أقل من ثلاثة أشهر على رفع العقوبات الاقتصادية المرتبطة بالبرنامج النووي الإيراني.

وأوضح بيان صادر عن مجلس الاتحاد، عقب اجتماع وزراء الخارجية في لوكسمبورغ، أن الإجراءات الممددة تشمل تجميد أصول 82 شخصا وكيانا واحدا، وحظر سفرهم إلى دول الاتحاد، إضافة إلى حظر تصدير المعدات التي يمكن استخدامها في القمع الداخلي، ومعدات مراقبة الاتصالات.

وأكد البيان أن قرار التمديد لم يتضمن إضافة أي أسماء جديدة إلى القائمة، في إشارة فسرها دبلوماسيون بأنها محاولة لتجنب إحراج طهران قبل زيارة مرتقبة لمسؤولة السياسة الخارجية في الاتحاد فيديريكا موغيريني إلى العاصمة الإيرانية نهاية الأسبوع.

وكان الاتحاد قد فرض هذه العقوبات للمرة الأولى في أبريل 2011، على خلفية حملة القمع التي تعرض لها المحتجون على نتائج الانتخابات الرئاسية عام 2009، وتشمل القائمة قضاة ومدعين عامين ومسؤولين في السجون وقادة في الحرس الثوري.

وفي 16 يناير (كانون الثاني) الماضي، رفع الاتحاد الأوروبي والولايات المتحدة معظم العقوبات الاقتصادية والمالية المرتبطة بالملف النووي، بعد أن أكدت الوكالة الدولية للطاقة الذرية التزام إيران بتعهداتها بموجب الاتفاق الذي توصلت إليه مع القوى الكبرى في فيينا في يوليو (تموز) الماضي.

وقالت منظمات حقوقية إن عدد أحكام الإعدام المنفذة في إيران العام الماضي تجاوز 900 حكم، وهو الأعلى منذ أكثر من عقدين، داعية الاتحاد إلى جعل ملف حقوق الإنسان "جزءا أساسيا" من أي حوار مع طهران.

في المقابل، انتقد المتحدث باسم الخارجية الإيرانية حسين جابري أنصاري القرار، واصفا إياه بأنه "غير بناء ويتعارض مع الأجواء الإيجابية"، ومؤكدا أن بلاده "لا تقبل أن تحاضرها أوروبا في حقوق الإنسان".

ويسعى الطرفان إلى إطلاق حوار سياسي منتظم يشمل ملفات الطاقة والتجارة والهجرة، غير أن المحادثات بشأن إطلاق حوار مخصص لحقوق الإنسان، والتي بدأت قبل سنوات، لا تزال متعثرة بسبب رفض طهران ربطه بأي شروط.

وتعتزم موغيريني، خلال زيارتها المرتقبة، بحث فتح مكتب تمثيلي للاتحاد الأوروبي في طهران، وهي خطوة تقول مصادر في بروكسل إنها "لا تزال قيد الدراسة".

وقال دبلوماسي أوروبي لـ«الشرق الأوسط» إن التمديد "إجراء روتيني"، مضيفا: "نريد أن نبني علاقة جديدة مع إيران، لكن لا يمكننا أن نغض الطرف عما يجري في سجونها".""",
        [
            G("sanctions.extended", "occurred", [_EU], ["Iran"]),
            G("sanctions.imposed", "negated", [_EU], ["Iran"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["Iran"], core=False),
            G("sanctions.lifted", "historical", [_EU, _US], ["Iran"], core=False),
            G("agreement.signed", "historical", ["Iran"], [], core=False),
            G("agreement.signed", "stalled", [_EU, "Iran"], [], core=False),
            G("relations.restored", "planned", [_EU, "Federica Mogherini"], ["Iran"], core=False),
        ],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-05-skynews-arabia-us-warns-iraq-s400-caatsa-2018",
        date(2018, 2, 23),
        """واشنطن تحذر بغداد: شراء "إس-400" الروسية قد يعرضكم للعقوبات

أبوظبي - سكاي نيوز عربية

حذرت الولايات المتحدة، الخميس، العراق من أنه قد يواجه عقوبات بموجب القانون الأميركي لمكافحة أعداء أميركا، إذا مضى في شراء منظومة الدفاع الجوي الروسية "إس-400"، وذلك بعد تصريحات للسفير العراقي في موسكو أبدى فيها اهتمام بلاده بالحصول عليها.

وقالت المتحدثة باسم وزارة الخارجية الأميركية هيذر نويرت، في مؤتمر صحفي، إن واشنطن "أوضحت للحكومة العراقية" أن أي صفقة من هذا النوع "ستخضع للمراجعة بموجب قانون كاتسا، وقد تؤدي إلى فرض عقوبات"، مضيفة: "نحن نراقب الأمر عن كثب، وقد أجرينا محادثات مع أصدقائنا العراقيين".

وكان السفير العراقي لدى روسيا حيدر منصور هادي قد قال لوسائل إعلام روسية إن بغداد "مهتمة" بالمنظومة، وإن "المناقشات جارية"، قبل أن تعود الحكومة العراقية لتوضح أن الأمر "لا يزال في مرحلة الاطلاع".

وأكد مصدر في وزارة الدفاع العراقية لـ"سكاي نيوز عربية" أن بغداد لم توقع حتى الآن أي عقد لشراء المنظومة، مشيرا إلى أن العراق "يسعى لتنويع مصادر تسليحه، لكنه يحرص على علاقاته الاستراتيجية مع واشنطن".

ولم تتخذ واشنطن حتى الآن أي إجراء عقابي بحق العراق، الذي يعتمد على الدعم الأميركي في الحرب على تنظيم داعش وفي تدريب قواته وتسليحها بطائرات "إف-16" ودبابات "أبرامز".

ويأتي التحذير بعد أشهر من توقيع تركيا، العضو في حلف شمال الأطلسي، اتفاقا مع روسيا في سبتمبر الماضي لشراء المنظومة ذاتها، وهي صفقة أثارت قلقا كبيرا في واشنطن، بينما لا تزال المفاوضات السعودية الروسية على شراء "إس-400" متعثرة، رغم توقيع مذكرة تفاهم أولية خلال زيارة العاهل السعودي إلى موسكو.

ودخل قانون "كاتسا" حيز التنفيذ في أغسطس الماضي، بعد أن وقعه الرئيس دونالد ترامب على مضض، ويفرض عقوبات على أي جهة تجري "صفقات مهمة" مع قطاعي الدفاع والاستخبارات الروسيين.

وقال خبير عسكري عراقي إن بغداد "تحتاج فعلا إلى منظومة دفاع جوي حديثة"، لكنه استبعد أن "تغامر الحكومة بعلاقتها مع الولايات المتحدة في عام انتخابي"، مرجحا أن تتجه إلى "حلول وسط".

وفي أحد مقاهي شارع المتنبي ببغداد، قال موظف متقاعد: "كل واحد يريد يبيعنا سلاح، وكل واحد يهددنا إذا اشترينا من غيره. العراق صار سوق، والمواطن ما شاف شي".""",
        [
            G("sanctions.threatened", "occurred", [_US, _STATE, "Heather Nauert"], ["Iraq"]),
            G("agreement.signed", "negated", ["Iraq", "Russia"], [], core=False),
            G("sanctions.imposed", "negated", [_US], ["Iraq"], core=False),
            G("agreement.signed", "historical", ["Turkey", "Russia"], [], core=False),
            G("agreement.signed", "historical", ["Saudi Arabia", "Russia"], [], core=False),
            G("agreement.signed", "stalled", ["Saudi Arabia", "Russia"], [], core=False),
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Russia"], core=False),
        ],
        not_targets=["Turkey", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-06-alquds-palestine-joins-opcw-2018",
        date(2018, 5, 18),
        """فلسطين تنضم إلى منظمة حظر الأسلحة الكيميائية.. والمالكي: ماضون في الانضمام إلى المنظمات الدولية

رام الله - «القدس» - من محمد عبد الله

انضمت دولة فلسطين، أمس الخميس، إلى اتفاقية حظر استحداث وإنتاج وتخزين واستعمال الأسلحة الكيميائية، بعد أن أودعت وثيقة الانضمام لدى الأمين العام للأمم المتحدة في نيويورك، لتصبح بذلك عضوا في منظمة حظر الأسلحة الكيميائية ومقرها لاهاي.

وقال وزير الخارجية والمغتربين رياض المالكي في بيان إن الخطوة "تأتي في إطار سعي دولة فلسطين إلى تعزيز مكانتها القانونية على الساحة الدولية"، وإن فلسطين "ماضية في الانضمام إلى المنظمات والمعاهدات الدولية، رغم الضغوط والتهديدات".

ووفقا لأحكام الاتفاقية، يبدأ سريانها بالنسبة إلى فلسطين بعد ثلاثين يوما من إيداع الوثيقة، أي في السادس عشر من حزيران المقبل، لتصبح الدولة الـ193 في المنظمة.

وكانت فلسطين قد انضمت رسميا إلى المحكمة الجنائية الدولية في الأول من نيسان 2015، بعد أن وقع الرئيس محمود عباس على ميثاق روما، كما حصلت على العضوية الكاملة في منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو) عام 2011، وهي خطوة ردت عليها الولايات المتحدة آنذاك بوقف تمويلها للمنظمة.

في المقابل، لم تصادق إسرائيل حتى اليوم على الاتفاقية، رغم أنها وقعت عليها عام 1993، ما يعني أنها ليست عضوا في المنظمة، وهو ما أشار إليه البيان الفلسطيني بوصفه "دليلا على ازدواجية المعايير".

وانتقدت الخارجية الإسرائيلية الخطوة، واعتبر متحدث باسمها أنها "خطوة دعائية لا قيمة لها"، فيما لم يصدر تعليق فوري عن الإدارة الأميركية.

وتأتي الخطوة الفلسطينية في ظل جمود سياسي كامل، إذ لا تزال مفاوضات السلام بين الجانبين الفلسطيني والإسرائيلي متوقفة منذ نيسان 2014، فيما تعيش العلاقة مع واشنطن أسوأ مراحلها منذ نقل السفارة الأميركية إلى القدس منتصف الشهر الجاري.

وقال أستاذ القانون الدولي في جامعة بيرزيت إن الانضمام إلى المنظمة "يعطي فلسطين حق المشاركة في مؤتمرات الدول الأطراف والتصويت فيها"، مضيفا أن "كل عضوية جديدة تضيف لبنة في بناء الدولة، حتى لو لم يتغير شيء على الأرض بعد".

وفي سوق الخضار في رام الله، قال بائع إن "الناس مش فاضية للمنظمات، الوضع الاقتصادي صعب والرواتب ناقصة"، مضيفا: "بس إذا بتفيد القضية، الله يوفقهم".

وبحسب بيانات الخارجية، انضمت فلسطين منذ عام 2014 إلى أكثر من مئة اتفاقية ومعاهدة ومنظمة دولية، في إطار ما تسميه "معركة التدويل" التي أطلقتها القيادة بعد انهيار آخر جولة من المفاوضات.""",
        [
            G("alliance.joined", "occurred", ["Palestine"], [_OPCW, "Chemical Weapons Convention"]),
            G("alliance.joined", "historical", ["Palestine"], ["International Criminal Court"], core=False),
            G("alliance.joined", "historical", ["Palestine"], ["UNESCO"], core=False),
            G("alliance.joined", "negated", ["Israel"], [_OPCW, "Chemical Weapons Convention"], core=False),
            G("agreement.signed", "stalled", ["Palestine", "Israel"], [], core=False),
        ],
        not_targets=["Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-07-alghad-jordan-us-defence-cooperation-agreement-2021",
        date(2021, 3, 18),
        """الحكومة تنشر اتفاقية التعاون الدفاعي مع واشنطن في الجريدة الرسمية.. ونواب يطالبون بعرضها على المجلس

عمان - «الغد» - زايد الدخيل

وقعت حكومة المملكة الأردنية الهاشمية وحكومة الولايات المتحدة الأميركية اتفاقية للتعاون الدفاعي، كشفت عنها الجريدة الرسمية في عددها الصادر أمس، بعد أن أقرها مجلس الوزراء في جلسته الأخيرة، وهي اتفاقية لم يعلن عنها سابقا رغم أن التوقيع عليها جرى في الحادي والثلاثين من كانون الثاني الماضي.

ووقع الاتفاقية عن الجانب الأردني وزير الخارجية وشؤون المغتربين أيمن الصفدي، وعن الجانب الأميركي السفير الأميركي في عمان هنري ووستر، وهي تنظم، بحسب نصها، دخول القوات والمتعاقدين والطائرات والمركبات الأميركية إلى أراضي المملكة وخروجهم منها.

وبموجب الاتفاقية، تتمتع القوات الأميركية بحرية الدخول والتنقل داخل المملكة، واستخدام عدد من المرافق والمناطق المتفق عليها، ومنها قواعد جوية، لأغراض التدريب والتمارين المشتركة وتخزين المعدات، على أن تبقى هذه المرافق "مملوكة للأردن".

وقالت الحكومة، في رد على انتقادات نيابية، إن الاتفاقية "لا تتضمن إنشاء قواعد عسكرية أميركية دائمة في المملكة"، وإنها "تنسجم مع الدستور ولا تحتاج إلى موافقة مجلس الأمة لأنها لا تحمل خزينة الدولة أي أعباء".

في المقابل، طالب عدد من النواب بعرض الاتفاقية على المجلس، معتبرين أنها "تمس السيادة الوطنية"، فيما قال نائب لـ"الغد" إن الحكومة "تجاوزت المجلس في قضية تهم كل أردني".

وترتبط المملكة بعلاقات عسكرية وثيقة مع الولايات المتحدة منذ عقود، وكانت قد وقعت مع إسرائيل معاهدة السلام في وادي عربة عام 1994، وهي المعاهدة التي مهدت لتصنيفها لاحقا حليفا رئيسيا من خارج حلف الناتو.

وتأتي الاتفاقية في وقت لا يزال فيه مشروع ناقل البحرين الأحمر والميت، الذي اتفق عليه الأردن وإسرائيل قبل سنوات، متعثرا بعد أن توقفت الاجتماعات الفنية بين الجانبين منذ أكثر من عامين.

وتقدم الولايات المتحدة للأردن مساعدات سنوية تبلغ مليارا و275 مليون دولار بموجب مذكرة تفاهم مدتها خمس سنوات، جزء كبير منها مخصص للقوات المسلحة الأردنية.

وقال خبير عسكري متقاعد إن الاتفاقية "تقنن وجودا قائما أصلا"، مشيرا إلى أن قوات أميركية تشارك منذ سنوات في تمرين "الأسد المتأهب" السنوي، لكنه شدد على أن "الشفافية مع الرأي العام كانت مطلوبة منذ البداية".

وفي وسط البلد، قال صاحب محل عطارة: "إحنا ما بنعرف شو فيها بالزبط، بس الناس بتخاف على البلد. الحكومة لازم تحكي مع الناس بوضوح".""",
        [
            G("agreement.signed", "occurred", ["Jordan", _US, "Ayman Safadi"], []),
            G("military.presence", "planned", [_US], ["Jordan"]),
            G("military.presence", "negated", [_US], ["Jordan"], core=False),
            G("agreement.signed", "historical", ["Jordan", "Israel"], [], core=False),
            G("military.presence", "historical", [_US], ["Jordan"], core=False),
            G("agreement.signed", "stalled", ["Jordan", "Israel"], [], core=False),
        ],
        not_targets=["Israel"],
        known_miss="forces that enjoy the freedom to enter and to use facilities, named before it, are no presence form",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-08-alriyadh-saudi-embassy-baghdad-reopens-2015",
        date(2015, 12, 31),
        """بعد ربع قرن من القطيعة.. السفارة السعودية في بغداد تعاود عملها رسميا

بغداد - «الرياض» - واس

أعادت المملكة العربية السعودية، أمس، فتح سفارتها في العاصمة العراقية بغداد، بعد انقطاع دام قرابة خمسة وعشرين عاما، حيث باشر سفير خادم الحرمين الشريفين لدى العراق ثامر بن سبهان السبهان مهام عمله رسميا، في خطوة تعكس حرص القيادة على تعزيز العلاقات الأخوية بين البلدين الشقيقين.

وأوضح سعادة السفير، في تصريح لوكالة الأنباء السعودية، أن افتتاح السفارة يأتي "تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود"، مؤكدا أن المملكة "تقف على مسافة واحدة من جميع مكونات الشعب العراقي"، وأنها تتطلع إلى "علاقات متميزة قائمة على حسن الجوار والاحترام المتبادل".

وكانت الرياض قد أغلقت سفارتها في بغداد وقطعت علاقاتها الدبلوماسية مع العراق إثر الغزو العراقي لدولة الكويت في أغسطس 1990، ولم تسمِّ سفيرا غير مقيم إلا عام 2012، حين أسندت المهمة إلى سفيرها لدى الأردن.

ومن المقرر أن تفتتح المملكة قنصلية عامة في مدينة أربيل، عاصمة إقليم كردستان العراق، خلال الأشهر المقبلة، بحسب ما أفاد مصدر في وزارة الخارجية، فيما لم تتخذ الرياض حتى الآن أي قرار بإعادة فتح قنصليتها في مدينة البصرة.

ورحبت وزارة الخارجية العراقية بالخطوة، وقال المتحدث باسمها أحمد جمال إن بغداد "تنظر إليها بإيجابية كبيرة"، معربا عن أمله في أن "تسهم في فتح صفحة جديدة في العلاقات الثنائية، وتعزيز التنسيق في مواجهة الإرهاب".

ويأتي افتتاح السفارة بعد أسابيع من الاتصالات بين الجانبين، وفي وقت لا تزال فيه المباحثات بشأن إعادة فتح منفذ عرعر الحدودي أمام الحركة التجارية، وتوقيع اتفاقية لتنظيم التبادل التجاري بين البلدين، متعثرة بسبب الأوضاع الأمنية في محافظة الأنبار.

وكان رئيس الوزراء العراقي حيدر العبادي قد تلقى في وقت سابق من العام الجاري اتصالا هاتفيا من خادم الحرمين الشريفين، جرى خلاله بحث سبل تطوير العلاقات والتعاون في مواجهة تنظيم داعش، الذي يسيطر على مساحات واسعة من غرب العراق وشماله.

ويحظى السفير السبهان، الذي شغل سابقا منصب الملحق العسكري في السفارة السعودية لدى لبنان، بخبرة واسعة في الملفات الأمنية، وقد وصل إلى بغداد قبل أيام على رأس وفد دبلوماسي لتجهيز مقر السفارة في حي المنصور.

وقال مواطن عراقي يقيم في الرياض منذ سنوات: "كنا ننتظر هذه اللحظة طويلا، الناس بين البلدين أهل، والحدود والتجارة والحج كلها تحتاج سفارة قريبة من الناس".

ويرى مراقبون أن عودة السفارة تمثل نقطة تحول في علاقات البلدين، وتفتح المجال أمام زيارات متبادلة على مستوى رفيع خلال العام المقبل.""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia", "Thamer al-Sabhan", "Salman of Saudi Arabia"], ["Iraq"]),
            G("relations.restored", "planned", ["Saudi Arabia"], ["Iraq", "Kurdistan Region"], core=False),
            G("relations.restored", "negated", ["Saudi Arabia"], ["Iraq"], core=False),
            G("relations.restored", "historical", ["Saudi Arabia"], ["Iraq"], core=False),
            G("agreement.signed", "stalled", ["Saudi Arabia", "Iraq"], [], core=False),
        ],
        not_targets=["Kuwait", "Jordan", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-09-alwasat-tripoli-protection-force-formed-2018",
        date(2018, 12, 19),
        """أربع كتائب مسلحة في طرابلس تعلن اندماجها في "قوة حماية طرابلس"

طرابلس - بوابة الوسط

أعلنت أربع من أكبر الكتائب المسلحة في العاصمة طرابلس، مساء الثلاثاء، اندماجها في تشكيل عسكري جديد يحمل اسم "قوة حماية طرابلس"، قالت إنه يهدف إلى "تأمين العاصمة والتصدي لأي محاولة للعبث بأمنها".

وضم التشكيل الجديد كلا من كتيبة ثوار طرابلس، وكتيبة النواصي، وكتيبة باب تاجوراء، وقوة الأمن المركزي أبو سليم، بحسب بيان مصور تلاه أحد القادة الميدانيين محاطا بعدد من آمري الكتائب، أكد فيه أن القوة "تعمل تحت شرعية المجلس الرئاسي لحكومة الوفاق الوطني".

وأوضح البيان أن القوة ستكون لها غرفة عمليات موحدة وقيادة مشتركة، وأن عناصر الكتائب الأربع "باتوا جزءا من جسم واحد لا يمثل أي منطقة أو مدينة أو قبيلة".

ولم تنضم قوة الردع الخاصة، التي تسيطر على مطار معيتيقة وأجزاء واسعة من شرق العاصمة، إلى التشكيل الجديد، كما لم يصدر عنها أي تعليق على الإعلان حتى مساء أمس.

ويأتي الإعلان بعد أشهر من الاشتباكات العنيفة التي شهدتها الضواحي الجنوبية للعاصمة في أغسطس وسبتمبر الماضيين، بين هذه الكتائب واللواء السابع القادم من ترهونة، والتي انتهت باتفاق لوقف إطلاق النار وقعته الأطراف المتحاربة في الزاوية في الرابع من سبتمبر برعاية بعثة الأمم المتحدة للدعم في ليبيا.

وكان المجلس الرئاسي قد أعلن في أعقاب تلك الاشتباكات عن "ترتيبات أمنية جديدة" تقضي بإخراج التشكيلات المسلحة من المقرات السيادية وإحلال قوات نظامية من الجيش والشرطة محلها، غير أن تطبيق هذه الترتيبات لا يزال متعثرا، وفق ما يقر به مسؤولون في وزارة الداخلية.

وقال محلل سياسي ليبي لـ"الوسط" إن اندماج الكتائب "قد يكون خطوة نحو تنظيم المشهد الأمني، لكنه قد يكون أيضا تحالفا لحماية مصالحها في مواجهة الخصوم"، مضيفا أن "العبرة بمدى خضوع القوة الجديدة فعلا لسلطة الدولة".

في المقابل، رحب عضو في المجلس الرئاسي بالخطوة، واعتبر أنها "تسير في اتجاه توحيد المؤسسة الأمنية"، داعيا بقية التشكيلات إلى "الانضواء تحت مظلة وزارتي الدفاع والداخلية".

وفي سوق الجمعة، قال صاحب محل لبيع الهواتف: "نبوا الأمان وبس، سموها قوة حماية ولا غيره، المهم ما نرجعوش للرماية في الشوارع. الناس تعبت".

ويتوقع متابعون أن تثير الخطوة ردود فعل من مدن أخرى، خصوصا مصراتة والزنتان، اللتين تحتفظان بتشكيلات مسلحة قوية لها حضورها في المشهد الأمني بالعاصمة.""",
        [
            G("forces.integrated", "occurred",
              ["Tripoli Revolutionaries Brigade", "Nawasi Brigade", "Bab Tajoura Brigade", "Abu Salim Central Security"],
              [_TPF]),
            G("forces.integrated", "negated", ["Special Deterrence Force"], [_TPF], core=False),
            G("agreement.signed", "historical", ["United Nations Support Mission in Libya"], [], core=False),
            G("forces.integrated", "stalled", ["Government of National Accord"], [], core=False),
        ],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-10-assabah-tunis-football-page-2022",
        date(2022, 12, 20),
        """الرابطة المحترفة الأولى: عقوبات على الترجي والنجم.. والفيفا يرفع المنع عن الإفريقي

تونس - «الصباح» - القسم الرياضي

قررت الرابطة الوطنية لكرة القدم المحترفة، إثر اجتماع مكتبها الجامعي أمس، فرض خطية مالية قدرها عشرة آلاف دينار على الترجي الرياضي التونسي، بسبب استعمال جماهيره الشماريخ خلال مباراة الدربي الأخيرة بملعب رادس، إلى جانب إجراء المباراة القادمة للفريق دون حضور جمهور.

كما سلطت الرابطة عقوبة الإيقاف لأربع مباريات على مدافع النجم الرياضي الساحلي إثر طرده في مواجهة الملعب التونسي، بعد اعتدائه على حكم المباراة، وهددت بخصم نقاط من رصيد أي فريق تتكرر فيه أحداث الشغب.

وفي المقابل، أعلن النادي الإفريقي أن الاتحاد الدولي لكرة القدم رفع عنه المنع من الانتداب، بعد تسوية النزاع المالي مع لاعبه السابق، ما يسمح للفريق بتأهيل لاعبيه الجدد قبل انطلاق مرحلة الإياب.

وكان الفيفا قد علق في وقت سابق إجازة الانتداب لدى الفريق بسبب مستحقات متخلدة بذمته لفائدة عدد من اللاعبين والمدربين الأجانب، وهو ما أربك حساباته خلال الميركاتو الصيفي.

وعلى صعيد الانتدابات، انضم المهاجم الجزائري الشاب إلى صفوف النادي الصفاقسي بعقد يمتد لثلاثة مواسم، فيما وقع الترجي عقدا جديدا مع مدافعه الدولي، ومدد النجم عقد حارسه الأساسي إلى غاية 2024.

ووقعت الجامعة التونسية لكرة القدم اتفاقية رعاية مع شركة اتصالات لمدة أربع سنوات، تتكفل بمقتضاها الشركة بتمويل جزء من مصاريف المنتخبات الوطنية للشبان.

وأعلنت إدارة النادي البنزرتي دمج فريقي الأصاغر والأواسط في مجموعة تدريبية واحدة بسبب نقص الإطار الفني، في حين اتفق رئيسا الترجي والنجم خلال لقاء جمعهما بالعاصمة على عودة العلاقات بين الناديين إلى سالف عهدها، بعد القطيعة التي أعقبت أحداث نهائي الكأس.

وستنشر وزارة الداخلية أكثر من ألفي عون أمن في محيط ملعب رادس يوم الأحد القادم، تحسبا لمباراة القمة بين الترجي والنجم، مع منع دخول الجماهير قبل أربع ساعات من انطلاق اللقاء.

وقال أحد أحباء الإفريقي في باب الجديد: "والله فرحنا برشا برفع العقوبة، الفريق تعب ياسر. توا نحبو الهيئة تنتدب لاعبين باهين موش كان تكمل الدفاتر".

وتتواصل منافسات الجولة الثانية عشرة يوم السبت بإجراء خمس مباريات، أبرزها لقاء النادي الصفاقسي ومستقبل سليمان، فيما تؤجل مباراة الملعب التونسي والاتحاد المنستيري إلى موعد لاحق بسبب مشاركة الأخير في كأس الكنفدرالية الإفريقية.

ويحتل الترجي صدارة الترتيب برصيد ثمانية وعشرين نقطة، متقدما بفارق أربع نقاط عن النجم الساحلي، الذي يطارده النادي الصفاقسي في المركز الثالث.""",
        [],
        not_targets=["Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-11-almasry-alyoum-business-page-2023",
        date(2023, 3, 7),
        """البورصة تعلق التداول على سهم شركة عقارية.. و"الرقابة المالية" تفرض غرامات على شركتي وساطة

القاهرة - «المصري اليوم» - قسم الاقتصاد

قررت إدارة البورصة المصرية، أمس، تعليق التداول على سهم إحدى الشركات العقارية المقيدة لمدة يوم واحد، لحين ورود رد الشركة على ما نشر في الصحف بشأن استحواذ محتمل على حصة من أسهمها، على أن يستأنف التداول فور إفصاحها عن الموقف.

وفرضت الهيئة العامة للرقابة المالية غرامات مالية على شركتين من شركات الوساطة في الأوراق المالية، بسبب مخالفات تتعلق بقواعد الملاءة المالية وتنفيذ عمليات لحساب عملاء دون أوامر مكتوبة، وهددت بإلغاء ترخيص أي شركة تكرر هذه المخالفات.

وفي المقابل، رفعت الهيئة الإيقاف المؤقت عن نشاط شركة ثالثة بعد تصحيح أوضاعها واستيفاء متطلبات رأس المال، فيما انضمت ثلاث شركات جديدة إلى مؤشر "إيجي إكس 30" ضمن المراجعة نصف السنوية لمكونات المؤشرات.

ووقع بنكان حكوميان مذكرة تفاهم لتمويل مشروعات الطاقة المتجددة بقيمة ملياري جنيه، كما أعلنت وزارة قطاع الأعمال العام دمج شركتين تابعتين للشركة القابضة للغزل والنسيج ضمن خطة إعادة الهيكلة.

وقال رئيس قسم البحوث في إحدى شركات تداول الأوراق المالية إن السوق "تمر بمرحلة تذبذب طبيعية"، مشيرا إلى أن "المستثمرين الأفراد يتجهون إلى أسهم الشركات ذات العوائد الدورية المرتفعة".

وعلى صعيد التجارة الخارجية، مددت وزارة التجارة والصناعة العمل برسوم الحماية على واردات حديد التسليح لمدة ستة أشهر إضافية، في حين أعلنت الشركة القابضة لمصر للطيران استئناف رحلاتها المباشرة إلى عدد من المدن الأوروبية مع بداية الموسم الصيفي.

ونشرت وزارة التموين نحو ألف منفذ متنقل لبيع السلع الغذائية بأسعار مخفضة في المحافظات، استعدادا لشهر رمضان، بالتعاون مع القوات المسلحة ووزارة الداخلية.

وأغلق المؤشر الرئيسي للبورصة على ارتفاع بنسبة 0.8% عند مستوى 17 ألف نقطة، بدعم من مشتريات المستثمرين العرب والأجانب، فيما سجلت قيمة التداولات نحو مليار ونصف المليار جنيه.

وفي مقهى بوسط البلد، قال موظف على المعاش يتابع شاشة التداول على هاتفه: "البورصة زي البحر، يوم طالعة ويوم نازلة. أنا حاطط شوية فلوس في سهمين بنوك، وربنا يستر".

ويتوقع محللون أن يشهد السوق مزيدا من التحسن خلال الربع المقبل، مع ترقب قرار البنك المركزي بشأن أسعار الفائدة في اجتماع لجنة السياسة النقدية المقرر الأسبوع المقبل.""",
        [],
        not_targets=["Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h69-12-alrai-amman-city-page-2023",
        date(2023, 7, 10),
        """الأمانة تخالف 120 محلا وتغلق مطاعم في الهاشمي.. وعودة المياه إلى أحياء في ماركا

عمان - «الرأي» - محليات

حررت فرق الرقابة الصحية والمهنية في أمانة عمان الكبرى خلال الأسبوع الماضي 120 مخالفة بحق محال تجارية ومطاعم في مناطق الهاشمي الشمالي وماركا وطارق، وأغلقت ستة مطاعم إغلاقا مؤقتا لعدم التزامها بشروط السلامة العامة وتخزين المواد الغذائية.

وقررت الأمانة فرض غرامات على أصحاب البسطات العشوائية في وسط البلد، وتعليق رخص مهن ثلاث محال لبيع اللحوم لمدة أسبوعين، فيما هدد مدير دائرة الرقابة بإغلاق أي منشأة تكرر المخالفة "إغلاقا نهائيا".

وفي المقابل، رفعت الأمانة الحظر عن دخول الشاحنات إلى شارع الأردن في ساعات المساء بعد الانتهاء من أعمال الصيانة، ومددت مهلة ترخيص المهن دون غرامات حتى نهاية الشهر المقبل، استجابة لطلبات غرفة تجارة عمان.

ووقعت الأمانة اتفاقية مع شركة فرنسية لتوريد خمسين حافلة جديدة تعمل بالغاز الطبيعي ضمن مشروع الباص السريع، كما انضمت عمان إلى شبكة المدن الذكية العربية التي تضم أكثر من عشرين مدينة.

وأعلنت وزارة التربية والتعليم دمج مدرستين أساسيتين في منطقة جبل النصر بسبب تراجع أعداد الطلبة في إحداهما، فيما نشرت إدارة السير المركزية نحو أربعمئة شرطي في التقاطعات الرئيسية لتنظيم حركة المرور خلال موسم الأعياد.

وأعلنت سلطة المياه عودة ضخ المياه إلى أحياء واسعة في ماركا الشمالية والنصر بعد إصلاح عطل طارئ في خط الزارة-ماعين، مؤكدة استئناف برنامج التوزيع الأسبوعي المعتاد اعتبارا من يوم السبت.

وقال مصدر في سلطة المياه لـ"الرأي" إن الطلب على المياه يرتفع خلال الصيف بنسبة تتجاوز ثلاثين في المئة، داعيا المواطنين إلى ترشيد الاستهلاك والإبلاغ عن أي اعتداءات على الخطوط الرئيسية.

وفي سوق الخضار المركزي، قال بائع: "المخالفات على الغلابة بس، والكبار ما حدا بحكي معهم. الناس بدها تعيش، والبلدية لازم تلاقي حل للبسطات مش بس تخالف".

وتعتزم الأمانة إطلاق حملة لتشجير الأرصفة في عدد من المناطق الشرقية خلال الشهر المقبل، بمشاركة متطوعين من طلبة الجامعات، إضافة إلى صيانة عشرين حديقة عامة.

ويشكو سكان في منطقة طارق من تكرار انقطاع التيار الكهربائي وانتشار الحفر في الشوارع الفرعية، مطالبين الأمانة بتسريع أعمال التعبيد قبل حلول فصل الشتاء.

ومن المقرر أن يعقد مجلس الأمانة جلسة الأسبوع المقبل لمناقشة موازنة العام القادم، وسط توقعات بتخصيص مبالغ إضافية لمشاريع النقل العام وتصريف مياه الأمطار.""",
        [],
        not_targets=["Jordan"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout69_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout69_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout69_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
