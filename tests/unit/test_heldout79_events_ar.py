"""A seventy-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-eight held-out sets: Arabic copy of 2014-2021 as diaspora, pan-Arab, Levantine,
Maghrebi, Gulf and Turkish-Arabic outlets and the Arabic services of international ones carry it (a
Canadian Arab diaspora site, "أوتاوا - «عرب كندا نيوز»", with a Syrian café owner of Saint-Laurent's
"شو رح يصير بصفقة الدبابات"; a London pan-Arab site's Brussels report, "بروكسل - «العربي الجديد»",
with a cloth trader of Madina market in Conakry; a Swiss public broadcaster's Arabic site, "برن -
swissinfo.ch", with a Persian-carpet seller of Geneva's Pâquis; the Turkish agency's Arabic wire,
"هراري - الأناضول", with a Mbare greengrocer; an Abu Dhabi channel's site, "أبوجا - «سكاي نيوز
عربية»", with a fish seller of Albert Market in Banjul; a Beirut daily, "بيروت - «النهار»", with a
Hamra bookseller's "ما حدا سائلنا"; the Tunisian agency's wire, "تونس (وات)", in Tunisian usage
("بلاغ", "ماي", "جويلية") with a retired soldier's "المهم ما يكونش عندنا قاعدة"; a Qatari news site,
"مقديشو - الجزيرة نت", with a Bakara market cloth trader; a Mauritanian news site, "نواكشوط -
«صحراء ميديا»", with a trader of Kidal; a Turkish-Arabic news site, "إسطنبول - «ترك برس»", with an
Adana taxi driver; a Kuwaiti daily's sports page, "الكويت - «الأنباء» - رياضة", with a Hawalli
diwaniya's "نبي فريق يقاتل على كل كورة"; a Saudi economic daily, "الرياض - «الاقتصادية»", with an
Olaya bank customer) on episodes the earlier sets do not carry as core news: Canada's sanctions on
seventeen Saudis over the killing of Jamal Khashoggi, November 2018; the EU lifting its arms embargo
on Guinea while keeping the freeze on five people of the stadium massacre, April 2014; the Swiss
Federal Council suspending part of its Iran sanctions for six months under the Geneva plan, January
2014; the EU extending its sanctions on Robert and Grace Mugabe and Zimbabwe Defence Industries for a
year, February 2017; ECOWAS threatening Yahya Jammeh with sanctions at its Abuja summit, December
2016; Lebanon joining the Saudi-led Islamic Military Counter Terrorism Coalition, December 2015;
Tunisia and the United States signing a ten-year defence roadmap on Mark Esper's visit, September
2020; Somalia restoring its ties with Kenya after Qatar's mediation, May 2021; the first battalion
of Mali's reconstituted army, regulars and former rebels, entering Kidal, February 2020; Saudi
Arabia to send warplanes to Incirlik, as Mevlüt Çavuşoğlu announced, February 2016.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings, article texts and rule sentences) by states, bodies, people, places and
years in Arabic and English spellings, reading every hit: "Khashoggi"/"خاشقجي" (found only as Canada's
measures "remain in force" in the background of set 23 English, Germany's arms halt in set 58 and
Ottawa's export permits in set 86), "Guinea"/"غينيا" beside a lifting (found only as "the Guinea arms
embargo lifted in 2014" read in passing, and ECOWAS's Guinea measures of 2024), "Swiss"/"سويسر" beside
Iran (found only as the humanitarian channel of 2020 and the lifting of January 2016), "Mugabe"/
"موغابي" beside an extension (none; the EU's Zimbabwe renewal of 2021 is another year's), "Jammeh"
(none), "التحالف الإسلامي"/"Islamic Military" beside Lebanon (none; Oman's joining and the coalition's
founding are other episodes), "Tunisia"/"تونس" beside a roadmap or Esper (none), Kenya beside Somalia
and a restoration (found only in two English rule sentences, no article), "Kidal"/"كيدال" and the
reconstituted army (found only as background of 2020 in two sets, a historical integration), and
"Incirlik"/"إنجرليك" beside Saudi Arabia (found only as one Arabic rule sentence of set 77's rules
and an English background clause). Some forty other candidates were dropped because the search found
them as core news (among them the Japanese North Korea lifting of 2014, the Belarus suspension and
lifting of 2015-2016, the Libyan central bank delisting, Resolutions 2283, 2288 and 2714, Australia
and Fiji, the Turkish ministers' delisting, ZTE, Gertler, NIS, Hungary's exemption, the Sudan general
licence of 2017, the Mukran threat, the Su-35 warning, Le Drian's warning, the IGAD threat on South
Sudan, Oman, the UAE, Saudi Arabia and Belarus in the SCO, Kyrgyzstan in the EAEU, Somalia and
Congo in the EAC, Sudan in the Abraham Accords, Colombia in NATO, Timor-Leste in ASEAN, Morocco in
the AU, the Omani-British defence agreement, Egypt and Turkey, Morocco and Iran, Eritrea and
Djibouti, Azov, Ahlu Sunna Wal Jama'a, the Giants Brigades, the Security Belt, the Stability Support
Apparatus, the RSF Act, Renamo, the Forces Nouvelles, the Necessary Unified Forces, HMS Jufair,
TURKSOM, China's Djibouti base, Prince Sultan Air Base, Darwin and Italy in Niger).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Saudi warplanes that "سترسل" to Incirlik), next to historical, negated and stalled ones; two
are near misses: a Kuwaiti football page (a club that "رفعت … عقوبة الإيقاف التي فرضتها" on a
defender, a playmaker who "انضم" and "وقع عقدا", a keeper's contract "مددت", the federation that
"فرض غرامة", a committee that "علقت" crowds, a cooperation agreement "وقع" with an academy, youth
teams "دمج", the fans' "عودة العلاقات" with the board) and a Riyadh economy page (two banks that
"وقعا اتفاقية اندماج ملزمة", shareholders who "ينضم", the market authority that "علقت تداول", talks
"مددا", a pandemic that "فرضت" deferrals).

The decisions of the annotation, taken before any run: a government that "فرضت … عقوبات على 17
مواطنا سعوديا" imposes (core; Canada and Chrystia Freeland; Saudi Arabia, the state of those listed,
and Saud al-Qahtani; not Germany, the United States or Turkey, named beside it), the Treasury's
seventeen "منتصف الشهر الجاري" and Germany's ban "الأسبوع الماضي" historical impositions, "ولم تفرض
كندا أي عقوبات على ولي العهد" a negated imposition, and the ties that "لم تعد … إلى طبيعتها" a
negated restoration; the armoured-vehicle contract under review is no event. A council that "رفع …
حظر الأسلحة … المفروض على غينيا" lifts (core; the EU; Guinea; not Burkina Faso, Camara's exile, nor
Senegal of the closed border), the embargo of October 2009 a historical imposition, "لم يرفع تجميد
الأصول وحظر السفر" a negated lifting. A Federal Council that "قرر … تعليق عدد من العقوبات
المفروضة على إيران لمدة ستة أشهر" suspends (core; Switzerland and its Federal Council; Iran), the
EU's and the US's suspension two days before a historical suspension, the Geneva plan of 24 November
a historical signing (Iran and the P5+1), "ولم ترفع الحكومة السويسرية الحظر على توريد الأسلحة" a
negated lifting; the protecting power since 1980 is no event. A Union that "مدد … لمدة عام العقوبات
المفروضة على … روبرت موغابي وزوجته غريس" extends (core; the EU; Zimbabwe, both Mugabes and Zimbabwe
Defence Industries), the measures of 2002 a historical imposition and "رفع معظمها عام 2014" a
historical lifting, "ولم يرفع الاتحاد اسمي موغابي وزوجته" a negated lifting, the US measures
"منذ عام 2003" a historical imposition and Obama's renewal "في مارس الماضي" a historical extension.
A bloc that "لوحت … بفرض عقوبات على رئيس غامبيا المنتهية ولايته يحيى جامع" threatens (core; ECOWAS
and Ellen Johnson Sirleaf, its chair; the Gambia and Jammeh; not Nigeria, Liberia or Ghana of the
mediators), the mediation that left Banjul "دون التوصل إلى اتفاق" a stalled signing, "ولم تفرض
المجموعة حتى الآن أي عقوبات" a negated imposition; the withdrawals from the Commonwealth and the ICC
are no events of a watched type. A prime minister who "أعلن … انضمام لبنان إلى التحالف الإسلامي
العسكري" joins (core; Lebanon and Tammam Salam; the coalition; not Saudi Arabia, its founder, nor the
members listed), "الجيش اللبناني لن يرسل أي جنود إلى خارج الأراضي اللبنانية" a negated presence,
Lebanon in the coalition against ISIS "في أيلول 2014" a historical joining; the members told in the
present ("ويضم مصر وتركيا …") no joining, and the Saudi grant no event. Two ministers who "وقع …
خارطة طريق للتعاون في مجال الدفاع" sign (core; Tunisia, the United States, Esper and Ibrahim
Bartagi), "لا تتضمن خارطة الطريق إقامة أي قاعدة عسكرية أمريكية" a negated presence, the memorandum of
May 2015 a historical signing, Russia's jets at al-Jufra "في ماي الماضي" a historical presence; the
trip to Algiers and Rabat is no event. A government that "أعلنت … استئناف علاقاتها الدبلوماسية مع
كينيا" restores (core; Somalia; Kenya; not Qatar, the mediator, nor Somaliland), the Kenyan troops
"منذ أكتوبر 2011" a historical presence; the break of December and the suspended khat imports are no
events of a watched type. Units of "الجيش المالي المعاد تشكيله" with former rebels "جرى دمجهم في
صفوف القوات المسلحة المالية" integrate (core; Mali and its defence minister; the Coordination of
Azawad Movements and the Malian Armed Forces; not Algeria of the agreement's name), the Algiers
agreement of 2015 a historical signing and its integration clause that "ظل متعثرا لسنوات" a stalled
integration, the UN peacekeepers "منذ عام 2013" and Barkhane "منذ عام 2014" historical presences.
A kingdom that "سترسل طائرات حربية إلى قاعدة إنجرليك" plans a presence (core, planned; Saudi Arabia;
Turkey and the base; not Syria, Russia or Yemen), "لا خطط حاليا لإرسال قوات برية … إلى سوريا" a
negated presence, the American jets "منذ صيف عام 2015" a historical presence, Saudi Arabia in the
coalition "في سبتمبر 2014" a historical joining, the strategic cooperation council agreed on
Erdoğan's visit a historical signing. The Kuwaiti sports page and the Riyadh economy page carry no
events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 15b7dc9, in a worktree whose only change was this file), in one
run: events P 0.818 R 0.900 F1 0.857 (recall 9/10, precision 9/11; occurred core found 9/9, planned
0/1; historical 18/19, negated 9/9, stalled 2/2 kept quiet). No annotation was changed after the run.
One false alarm and one unexpected alert; the two near misses raise nothing.

Missed (one article, strict xfail): in ar-h79-10 the kingdom that "سترسل طائرات حربية إلى قاعدة
إنجرليك الجوية" gives no presence at all (the headline's "سترسل طائرات حربية" neither).

False alarms and wrong alerts (two more articles, strict xfail): in ar-h79-02 the body's "رفع مجلس
الاتحاد الأوروبي … حظر الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي المفروض على غينيا"
gives a second occurred lifting with the Council of the European Union for its only actor and no
target (the headline's lifting, the EU's with Guinea, is found); in ar-h79-07 "إذ أعلنت القيادة
العسكرية الأمريكية في إفريقيا «أفريكوم» في ماي الماضي أن روسيا نشرت مقاتلات حربية في قاعدة الجفرة"
gives an occurred presence of Russia in Libya (gold: historical).

Seen but not scored: in ar-h79-01 the imposition has no target (the seventeen are "مواطنا سعوديا"),
Freeland is no actor, the Treasury's measures have no target and Germany's ban and the negated
restoration give nothing; in ar-h79-02 the historical imposition and the negated lifting of the
five give nothing; in ar-h79-03 the Federal Council is no
actor, and Switzerland is an actor of the EU's and the US's historical suspension; in ar-h79-04
Zimbabwe and Zimbabwe Defence Industries are no targets, the lifting of 2014, the negated lifting and
the US extension give nothing, the EU's imposition of 2002 has the United States beside it; in
ar-h79-05 the threat has the unlinked "رئيس غامبيا" for its target (Jammeh is not read) and the
headline's "تلوح" is read as historical, the stalled mediation is read as a negated signing with John
Mahama for its only party, and the negated imposition has no actor; in ar-h79-06 Salam is no actor;
in ar-h79-07 Bartagi is unlinked, the historical signing of 2015 gives nothing; in ar-h79-08 the
Kenyan presence has no target and the suspended khat imports are read as a historical imposition by
Somalia and Kenya; in ar-h79-09 the integration has no actor (Mali is a target beside the army) and
the Coordination of Azawad Movements is not read, the Algiers agreement has Algeria for its only
party, the stalled integration and the UN and French presences give nothing; in ar-h79-10 the
negated presence has the base beside Syria for targets, the Saudi joining of 2014 is given the United
States for its actor, and the American presence and the council agreed give nothing.

After the fixes of 2026-12-07: P 0.909 R 1.000 F1 0.952 (recall 10/10, precision 10/11; occurred
core found 9/9, planned 1/1; historical 19/19, negated 9/9, stalled 2/2 kept quiet). Fixed in
general, with rule sentences and guards in ``tests/unit/test_heldout79_rules_ar.py``: the Maghrebi
"ماي" is May when a day stands before it or "الماضي", "المقبل", "الجاري" or "القادم" after it, or a
number beside it, as the Levantine "آب" already was ("في ماي الماضي", "14 ماي 2022"; ``_MONTHS`` and
``_AMBIGUOUS_MONTHS`` in ``rasd/events/duration.py``, ``_month_age`` in ``rasd/events/status.py``),
while "تيريزا ماي" alone still writes no date (``_MONTH_STARTS`` leaves it out): this cures
ar-h79-07. A refusal to send troops to one host ("لا خطط لإرسال قوات برية … إلى سوريا") no longer
turns a planned deployment to another ("سترسل طائرات حربية إلى قاعدة إنجرليك") into a denial when
the refusal names a participant of the plan, a base counting as the state it lies in
(``_other_hosts`` in ``_demote``, ``rasd/events/extractor.py``): this cures ar-h79-10, whose miss was
this demotion, not the warplanes (the sentence alone was read as planned before the fix).
Left (strict xfail): ar-h79-02's body lifting by the Council of the European Union, whose target
Guinea is named after a long object ("حظر الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي
المفروض على غينيا"), stays a second alert beside the headline's: a rule would need the Council taken
as the Union it belongs to or the target found past the relative clause, and the time of this round
did not allow either with its guards. Of the readings seen before the fixes, the others are
unchanged.
Cured later by the general round on sets 60 to 80 (whom a measure is "المفروض على" past a long
object and its relative clause is its target, ``test_general_misses4_rules_ar.py``): ar-h79-02, its
strict xfail removed.

``python -m tests.unit.test_heldout79_events_ar`` prints every article's alerts and the set's
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-01-arabcanadanews-canada-sanctions-17-saudis-khashoggi-2018",
        date(2018, 11, 30),
        """كندا تفرض عقوبات على 17 سعوديا بسبب مقتل خاشقجي وتدرس مصير صفقة المدرعات

أوتاوا - «عرب كندا نيوز»

فرضت الحكومة الكندية، أمس الخميس، عقوبات على 17 مواطنا سعوديا تقول إنهم مسؤولون أو متواطئون في مقتل الصحفي جمال خاشقجي داخل القنصلية السعودية في إسطنبول مطلع أكتوبر الماضي، بموجب قانون العدالة لضحايا المسؤولين الأجانب الفاسدين المعروف بقانون ماغنيتسكي الكندي.

وقالت وزيرة الخارجية كريستيا فريلاند في بيان إن العقوبات تقضي بتجميد أي أصول للأشخاص المدرجين في كندا ومنعهم من دخول أراضيها، مضيفة أن «القتل الشنيع لخاشقجي يمثل هجوما غير مقبول على حرية التعبير وحرية الصحافة». وتضم القائمة المستشار السابق في الديوان الملكي سعود القحطاني، ومسؤول الاستخبارات ماهر المطرب، وعددا من أعضاء الفريق الذي توجه إلى إسطنبول قبل ساعات من الجريمة.

وأكدت فريلاند أن أوتاوا «ستواصل المطالبة بتحقيق موثوق وشفاف»، مشيرة إلى أن الرواية التي قدمتها الرياض حتى الآن «تفتقر إلى المصداقية».

وتأتي الخطوة الكندية بعد أن فرضت وزارة الخزانة الأمريكية منتصف الشهر الجاري عقوبات على الأشخاص السبعة عشر أنفسهم، فيما حظرت ألمانيا الأسبوع الماضي دخول 18 سعوديا إلى أراضيها وإلى دول منطقة شنغن، على خلفية القضية ذاتها.

ولم تفرض كندا أي عقوبات على ولي العهد السعودي الأمير محمد بن سلمان، رغم مطالبات نواب من المعارضة ومنظمات حقوقية بتوسيع القائمة لتشمل «من أصدر الأوامر»، وقال مسؤول في الخارجية إن القائمة «قد تتسع إذا ظهرت أدلة جديدة».

ويبقى ملف صفقة المدرعات الخفيفة، التي تصنعها شركة «جنرال داينامكس» في مدينة لندن بمقاطعة أونتاريو وتبلغ قيمتها نحو 15 مليار دولار، محور الجدل الأكبر في كندا. فقد قال رئيس الوزراء جاستن ترودو إن حكومته تراجع تراخيص التصدير، لكنه حذر من أن إلغاء العقد قد يكلف الخزينة «مليارات الدولارات» من الغرامات.

ولم تعد العلاقات الدبلوماسية بين البلدين إلى طبيعتها منذ أغسطس الماضي، حين طردت الرياض السفير الكندي دينيس هوراك وجمدت التبادل التجاري الجديد، احتجاجا على تغريدة لوزارة الخارجية الكندية طالبت بالإفراج عن ناشطات معتقلات، كما استدعت آلاف الطلبة السعوديين من الجامعات الكندية.

ويرى أستاذ العلاقات الدولية في جامعة أوتاوا أن العقوبات «رمزية إلى حد بعيد»، لأن معظم المدرجين لا يملكون أصولا معروفة في كندا، لكنه اعتبر أنها «تبعث برسالة سياسية واضحة» بأن أوتاوا لن تنتظر انتهاء التحقيقات السعودية.

وفي حي سان لوران بمونتريال، حيث تقيم جالية عربية كبيرة، قال صاحب مقهى من أصل سوري: «الناس هنا تتابع القضية كل يوم. الحكومة أخذت خطوة، بس الكل بيسأل شو رح يصير بصفقة الدبابات».""",
        [
            G("sanctions.imposed", "occurred", ["Canada", "Chrystia Freeland"], ["Saudi Arabia", "Saud al-Qahtani"]),
            # the Treasury's seventeen of mid-month, Germany's entry ban of last week
            G("sanctions.imposed", "historical", ["United States"], ["Saudi Arabia"], core=False),
            G("sanctions.imposed", "historical", ["Germany"], ["Saudi Arabia"], core=False),
            # "ولم تفرض كندا أي عقوبات على ولي العهد"
            G("sanctions.imposed", "negated", ["Canada"], ["Saudi Arabia", "Mohammed bin Salman"], core=False),
            # "ولم تعد العلاقات الدبلوماسية بين البلدين إلى طبيعتها منذ أغسطس"
            G("relations.restored", "negated", ["Canada", "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Germany", "United States", "Turkey", "Canada"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-02-alarabyaljadeed-eu-lifts-guinea-arms-embargo-2014",
        date(2014, 4, 15),
        """الاتحاد الأوروبي يرفع حظر الأسلحة عن غينيا ويبقي على تجميد أصول المتهمين بمجزرة الملعب

بروكسل - «العربي الجديد»

رفع مجلس الاتحاد الأوروبي، أمس الاثنين، حظر الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي المفروض على غينيا منذ عام 2009، في خطوة قال دبلوماسيون إنها تعكس «التقدم» الذي أحرزته كوناكري منذ الانتخابات التشريعية التي جرت أواخر العام الماضي.

وأوضح المجلس في بيان أن القرار جاء «اعترافا بالخطوات التي اتخذتها السلطات الغينية نحو إرساء الحكم المدني وإصلاح قطاع الأمن»، داعيا الحكومة إلى «مواصلة الجهود لمحاسبة المسؤولين عن انتهاكات حقوق الإنسان».

وكان الاتحاد قد فرض الحظر وعقوبات فردية في أكتوبر 2009، بعد أسابيع من المجزرة التي ارتكبتها قوات الأمن في ملعب 28 سبتمبر بالعاصمة كوناكري، حين أطلق جنود النار على تجمع للمعارضة كان يحتج على نية رئيس المجلس العسكري آنذاك النقيب موسى داديس كامارا الترشح للرئاسة، ما أدى إلى مقتل أكثر من 150 شخصا واغتصاب عشرات النساء، بحسب تحقيق أممي.

غير أن الاتحاد لم يرفع تجميد الأصول وحظر السفر المفروضين على خمسة أشخاص، بينهم كامارا نفسه، الذي يقيم في بوركينا فاسو منذ نجاته من محاولة اغتيال في ديسمبر 2009، وقال متحدث باسم الدائرة الأوروبية للشؤون الخارجية إن هذه الإجراءات «ستبقى سارية ما دامت التحقيقات القضائية لم تستكمل».

ورحبت وزارة الخارجية الغينية بالقرار، ووصفته بأنه «تصحيح طال انتظاره»، مؤكدة أن الجيش «خضع لإصلاحات عميقة» منذ تولي الرئيس ألفا كوندي السلطة عام 2010، وأن مئات الضباط أحيلوا إلى التقاعد.

في المقابل، انتقدت منظمات حقوقية توقيت الخطوة، وقالت منظمة «هيومن رايتس ووتش» إن التحقيق في مجزرة الملعب «يراوح مكانه»، وإن عددا من المتهمين ما زالوا يشغلون مناصب رسمية. وطالبت المنظمة بروكسل بربط أي مساعدات جديدة لقطاع الأمن بتقدم ملموس في المحاكمات.

وتعد غينيا من أغنى دول العالم باحتياطيات البوكسيت، وتسعى حكومتها إلى جذب استثمارات أجنبية في قطاع التعدين، كما تأمل في استئناف كامل لبرامج التعاون الأوروبي التي تراجعت خلال سنوات الحكم العسكري.

ويأتي القرار في وقت تكافح فيه السلطات الصحية الغينية لاحتواء تفش لحمى نزفية في جنوب البلاد، أثار قلق الدول المجاورة ودفع السنغال إلى إغلاق حدودها البرية مؤقتا.

وفي سوق مادينا بكوناكري، قال تاجر أقمشة في الخمسين من عمره: «السلاح ما يهمنا. الذي يهمنا أن يعرف أهل الضحايا من قتل أبناءهم، وأن يعود الأوروبيون للاستثمار حتى يجد شبابنا عملا».""",
        [
            G("sanctions.lifted", "occurred", ["European Union"], ["Guinea"]),
            # the embargo and individual measures of October 2009
            G("sanctions.imposed", "historical", ["European Union"], ["Guinea"], core=False),
            # "غير أن الاتحاد لم يرفع تجميد الأصول وحظر السفر المفروضين على خمسة أشخاص"
            G("sanctions.lifted", "negated", ["European Union"], ["Guinea", "Moussa Dadis Camara"], core=False),
        ],
        not_targets=["Burkina Faso", "Senegal"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-03-swissinfo-switzerland-suspends-iran-sanctions-2014",
        date(2014, 1, 22),
        """سويسرا تعلق جزءا من عقوباتها على إيران لستة أشهر تماشيا مع اتفاق جنيف

برن - swissinfo.ch

قرر المجلس الفدرالي السويسري، اليوم الأربعاء، تعليق عدد من العقوبات المفروضة على إيران لمدة ستة أشهر، تنفيذا للالتزامات الواردة في خطة العمل المشتركة التي توصلت إليها طهران ومجموعة الدول الست في جنيف أواخر نوفمبر الماضي.

ويشمل التعليق، بحسب بيان صادر عن وزارة الاقتصاد والتعليم والبحث، الحظر المفروض على تجارة الذهب والمعادن النفيسة مع الهيئات الحكومية الإيرانية، والحظر على تصدير المنتجات البتروكيماوية الإيرانية، إضافة إلى القيود المفروضة على نقل النفط الخام الإيراني والتأمين عليه. كما رفعت الحكومة الحد الذي تخضع فوقه التحويلات المالية مع إيران لواجب الإبلاغ أو الترخيص إلى عشرة أضعاف.

وأوضح البيان أن الإجراءات تسري اعتبارا من الغد، وأن الحكومة «ستعيد النظر فيها في ضوء التزام إيران بتعهداتها النووية»، مشيرا إلى أن الوكالة الدولية للطاقة الذرية أكدت هذا الأسبوع بدء طهران تنفيذ الخطوات المتفق عليها، ومنها وقف تخصيب اليورانيوم بنسبة عشرين في المائة.

ويأتي القرار السويسري بعد يومين من تعليق الاتحاد الأوروبي والولايات المتحدة جانبا من عقوباتهما على إيران، في إطار الاتفاق المؤقت ذاته الذي وقعته إيران والقوى الست في 24 نوفمبر في قصر الأمم بجنيف، بعد مفاوضات استمرت أياما.

ولم ترفع الحكومة السويسرية الحظر على توريد الأسلحة والمواد ذات الاستخدام المزدوج إلى إيران، كما أبقت على تجميد أصول الأشخاص والشركات المدرجين على قوائمها، وقالت إن هذه التدابير «مرتبطة بقرارات مجلس الأمن الدولي ولا يمكن المساس بها».

وتمثل سويسرا المصالح الأمريكية في طهران منذ قطع العلاقات بين البلدين عام 1980، وقد أدت دورا بارزا في تسهيل الاتصالات التي سبقت اتفاق جنيف، فيما تتطلع شركاتها التجارية، ولا سيما تجار السلع في جنيف وتسوغ، إلى العودة إلى السوق الإيرانية.

وقال ممثل عن رابطة تجار السلع السويسريين إن الخطوة «إيجابية لكنها محدودة»، موضحا أن المصارف الكبرى «ستبقى حذرة جدا» ما دامت العقوبات الأمريكية على القطاع المالي الإيراني قائمة. وأضاف أن مهلة الأشهر الستة «قصيرة بالنسبة لشركة تريد توقيع عقود طويلة الأجل».

في المقابل، انتقدت منظمات حقوقية سويسرية تجاهل الحكومة لأوضاع حقوق الإنسان في إيران، داعية برن إلى «عدم التضحية بالمبادئ من أجل الصفقات».

وفي حي باكي بجنيف، قال صاحب محل للسجاد الإيراني: «منذ سنوات لا أستطيع تحويل المال إلى طهران إلا بصعوبة. ننتظر أن تفتح البنوك الأبواب، فالقرار وحده لا يكفي».""",
        [
            G("sanctions.suspended", "occurred", ["Switzerland", "Swiss Federal Council"], ["Iran"]),
            # the EU's and the US's suspension two days before; the Geneva plan of 24 November
            G("sanctions.suspended", "historical", ["European Union", "United States"], ["Iran"], core=False),
            G("agreement.signed", "historical", ["Iran", "P5+1"], [], core=False),
            # "ولم ترفع الحكومة السويسرية الحظر على توريد الأسلحة"
            G("sanctions.lifted", "negated", ["Switzerland"], ["Iran"], core=False),
        ],
        not_targets=["United States", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-04-anadolu-eu-extends-mugabe-sanctions-2017",
        date(2017, 2, 18),
        """الاتحاد الأوروبي يمدد عقوباته على موغابي وزوجته عاما إضافيا

هراري - الأناضول

مدد الاتحاد الأوروبي، الجمعة، لمدة عام العقوبات المفروضة على الرئيس الزيمبابوي روبرت موغابي وزوجته غريس، إلى جانب شركة الصناعات الدفاعية الزيمبابوية الحكومية، وحظر الأسلحة المفروض على البلاد، لتبقى سارية حتى 20 فبراير/شباط 2018.

وقال مجلس الاتحاد في بيان إن القرار يأتي «في ضوء الوضع في زيمبابوي»، مشيرا إلى أن تجميد أموال موغابي وزوجته وحظر سفرهما إلى دول الاتحاد سيبقيان ساريين.

وكان الاتحاد الأوروبي قد فرض عقوبات على نظام موغابي عام 2002، على خلفية اتهامات بتزوير الانتخابات الرئاسية وانتهاك حقوق الإنسان ومصادرة مزارع البيض، ثم رفع معظمها عام 2014 في إطار سياسة «إعادة الانخراط» مع هراري، وأبقى فقط على الإجراءات المتعلقة بالرئيس وزوجته والشركة الدفاعية.

ولم يرفع الاتحاد اسمي موغابي وزوجته من القائمة رغم الدعوات التي وجهتها حكومة هراري خلال الأشهر الماضية، وقال دبلوماسي أوروبي للأناضول إن الدول الأعضاء «لم تر تحسنا كافيا» في ملف الحريات السياسية قبل الانتخابات العامة المقررة العام المقبل.

وانتقد المتحدث باسم الحكومة الزيمبابوية القرار، واعتبره «استمرارا لسياسة العقاب الجماعي»، مضيفا أن العقوبات الغربية «مسؤولة عن جزء كبير من الأزمة الاقتصادية» التي تعيشها البلاد. في حين رحبت حركة التغيير الديمقراطي المعارضة بالتمديد، وقالت إن رفع العقوبات عن الرئيس «كان سيعتبر مكافأة له».

وتعاني زيمبابوي من نقص حاد في السيولة النقدية، دفع البنك المركزي إلى إصدار «سندات نقدية» يفترض أنها تعادل الدولار الأمريكي، بينما يصطف المواطنون لساعات أمام المصارف لسحب مبالغ محدودة.

ويستعد موغابي، البالغ من العمر 92 عاما والذي يحكم البلاد منذ استقلالها عام 1980، لخوض الانتخابات الرئاسية المقبلة مرشحا عن حزب الاتحاد الوطني الإفريقي الزيمبابوي - الجبهة الوطنية الحاكم، وسط صراع داخل الحزب بين جناح نائب الرئيس إيمرسون منانغاغوا وجناح تقوده السيدة الأولى.

ولا تزال الولايات المتحدة تفرض بدورها عقوبات على موغابي ومسؤولين وشركات زيمبابوية منذ عام 2003، جددها الرئيس السابق باراك أوباما في مارس/آذار الماضي.

وفي سوق مباري بهراري، قال بائع خضار: «العقوبات على الرئيس أو لا، الأوروبيون لن يعطونا خبزا. نحن نريد أن نجد نقودنا في البنك».""",
        [
            G("sanctions.extended", "occurred", ["European Union"],
              ["Zimbabwe", "Robert Mugabe", "Grace Mugabe", "Zimbabwe Defence Industries"]),
            # the sanctions of 2002, most of them lifted in 2014
            G("sanctions.imposed", "historical", ["European Union"], ["Zimbabwe"], core=False),
            G("sanctions.lifted", "historical", ["European Union"], ["Zimbabwe"], core=False),
            # "ولم يرفع الاتحاد اسمي موغابي وزوجته من القائمة"
            G("sanctions.lifted", "negated", ["European Union"], ["Robert Mugabe", "Grace Mugabe"], core=False),
            # the US measures "منذ عام 2003", renewed by Obama "في مارس الماضي"
            G("sanctions.imposed", "historical", ["United States"], ["Zimbabwe"], core=False),
            G("sanctions.extended", "historical", ["United States", "Barack Obama"], ["Zimbabwe"], core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-05-skynewsarabia-ecowas-threatens-jammeh-2016",
        date(2016, 12, 17),
        """«إيكواس» تلوح بالعقوبات في وجه جامع وتتمسك بتسليم السلطة لبارو في يناير

أبوجا - «سكاي نيوز عربية»

لوحت المجموعة الاقتصادية لدول غرب إفريقيا «إيكواس»، السبت، بفرض عقوبات على رئيس غامبيا المنتهية ولايته يحيى جامع إذا رفض تسليم السلطة للرئيس المنتخب آداما بارو، مؤكدة أنها «ستتخذ كل الإجراءات الضرورية» لاحترام نتيجة الانتخابات التي جرت مطلع الشهر الجاري.

وقالت رئيسة المجموعة، رئيسة ليبيريا إلين جونسون سيرليف، في ختام قمة لقادة الدول الأعضاء في العاصمة النيجيرية أبوجا، إن القادة «متفقون على أن بارو يجب أن يؤدي اليمين الدستورية في 19 يناير»، مضيفة أن المجموعة «لن تعترف بأي سلطة أخرى» في بانجول. وأوضح البيان الختامي أن القادة سيحضرون حفل التنصيب، وطالب جامع بـ«قبول إرادة الشعب الغامبي».

وكان جامع، الذي يحكم البلاد منذ انقلاب عام 1994، قد أقر بهزيمته في البداية واتصل هاتفيا ببارو لتهنئته، قبل أن يتراجع بعد أسبوع ويعلن رفضه النتائج، داعيا إلى إعادة الانتخابات بسبب ما وصفه بـ«أخطاء غير مقبولة» في عمليات الفرز.

وتعثرت جهود الوساطة التي قادها وفد من الرؤساء، ضم الرئيس النيجيري محمد بخاري والرئيسة سيرليف ورئيس غانا جون ماهاما، حين زار بانجول الأسبوع الماضي، إذ غادر الوفد دون التوصل إلى اتفاق مع جامع على ترتيبات انتقال السلطة.

ولم تفرض المجموعة حتى الآن أي عقوبات على غامبيا أو على مسؤوليها، وقال دبلوماسيون في أبوجا إن الخيارات المطروحة تشمل حظر السفر وتجميد الأصول، من دون أن يستبعدوا خيارات أخرى «إذا استنفدت السبل الدبلوماسية».

وعين القادة بخاري وسيطا رئيسيا في الأزمة، وماهاما مساعدا له، وكلفوهما بمواصلة الاتصالات مع الطرفين.

وفي بانجول، طوقت قوات الأمن مقر اللجنة المستقلة للانتخابات وأغلقته، فيما قال رئيس اللجنة إنه يخشى على سلامته. وتقدم حزب جامع بطعن أمام المحكمة العليا، التي لا تضم سوى قاض واحد حاليا، ما يعني أن البت في الطعن قد يتأخر أشهرا.

وكانت غامبيا قد انسحبت من رابطة الكومنولث عام 2013، وأعلنت في أكتوبر الماضي انسحابها من المحكمة الجنائية الدولية، وهي خطوات قال بارو إنه سيعيد النظر فيها فور توليه السلطة.

ويبلغ عدد سكان غامبيا نحو مليوني نسمة، وتعتمد على السياحة وزراعة الفول السوداني وتحويلات المغتربين.

وفي سوق ألبرت ببانجول، قال بائع سمك في الأربعين من عمره: «صوتنا وانتهى الأمر. لا نريد حربا ولا عقوبات، نريد أن يذهب بهدوء».""",
        [
            G("sanctions.threatened", "occurred", ["Economic Community of West African States", "Ellen Johnson Sirleaf"],
              ["Gambia", "Yahya Jammeh"]),
            # the mediators' visit "دون التوصل إلى اتفاق"
            G("agreement.signed", "stalled", ["Economic Community of West African States", "Gambia", "Yahya Jammeh"], [],
              core=False),
            # "ولم تفرض المجموعة حتى الآن أي عقوبات على غامبيا"
            G("sanctions.imposed", "negated", ["Economic Community of West African States"], ["Gambia"], core=False),
        ],
        not_targets=["Nigeria", "Liberia", "Ghana"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-06-annahar-lebanon-joins-islamic-coalition-2015",
        date(2015, 12, 16),
        """لبنان في «التحالف الإسلامي».. سلام يرحب وباسيل: لم نُستشر

بيروت - «النهار»

أعلن رئيس مجلس الوزراء تمام سلام، أمس الثلاثاء، انضمام لبنان إلى التحالف الإسلامي العسكري لمحاربة الإرهاب الذي أعلنت المملكة العربية السعودية تشكيله فجر أمس، ليكون لبنان واحدا من 34 دولة إسلامية تضمها القائمة الأولى للتحالف.

وقال المكتب الإعلامي لرئيس الحكومة إن سلام تلقى اتصالا من ولي ولي العهد السعودي وزير الدفاع الأمير محمد بن سلمان، «أبلغه فيه بقرار إنشاء التحالف»، وإن سلام رحب بالمبادرة وأكد أن «لبنان، الذي يدفع ثمنا باهظا في مواجهة الإرهاب، يقف في طليعة الدول الساعية إلى التصدي له».

غير أن الإعلان أثار جدلا فوريا في بيروت، إذ قال وزير الخارجية جبران باسيل إن وزارته «لم تُستشر ولم تُبلغ» بالأمر، معتبرا أن قرارا من هذا النوع «يحتاج إلى موافقة مجلس الوزراء مجتمعا». كما شكك نواب في كتلة «الوفاء للمقاومة» في «خلفيات» التحالف وأهدافه.

وأكدت مصادر السرايا الحكومية لـ«النهار» أن الانضمام «سياسي بالدرجة الأولى» ولن يرتب على لبنان أي التزامات عسكرية، مشددة على أن الجيش اللبناني لن يرسل أي جنود إلى خارج الأراضي اللبنانية، وأن دوره سيبقى محصورا بحماية الحدود ومواجهة الجماعات المسلحة في جرود عرسال.

وبحسب البيان السعودي، سيكون للتحالف مركز عمليات مشترك في الرياض لتنسيق الجهود العسكرية، ويضم مصر وتركيا وباكستان والأردن والإمارات ودولا إفريقية وآسيوية عدة، فيما غابت إيران والعراق وسوريا عن القائمة.

وكان لبنان قد انضم في أيلول 2014 إلى التحالف الدولي ضد تنظيم «داعش» بقيادة الولايات المتحدة، إثر مشاركته في اجتماع جدة الذي أطلق التحالف، وتسلم الجيش منذ ذلك الحين دفعات من المساعدات العسكرية الأمريكية.

في المقابل، لا تزال الهبة السعودية البالغة ثلاثة مليارات دولار لتسليح الجيش اللبناني بأسلحة فرنسية، التي أعلن عنها أواخر 2013، تنتظر استكمال تسليم معظم دفعاتها.

ويأتي الجدل في ظل الفراغ الرئاسي المستمر منذ أيار 2014، بعد أن فشل مجلس النواب في أكثر من ثلاثين جلسة في انتخاب رئيس للجمهورية، وهو ما ينعكس على عمل الحكومة التي تتخذ قراراتها بالإجماع.

وفي شارع الحمرا، قال صاحب مكتبة في الستين من عمره: «كل يوم تحالف جديد وما حدا سائلنا. نحنا بدنا كهربا وبدنا رئيس، والباقي حكي».""",
        [
            G("alliance.joined", "occurred", ["Lebanon", "Tammam Salam"], ["Islamic Military Counter Terrorism Coalition"]),
            # "الجيش اللبناني لن يرسل أي جنود إلى خارج الأراضي اللبنانية"
            G("military.presence", "negated", ["Lebanon", "Lebanese Armed Forces"], [], core=False),
            # the coalition against ISIS joined in September 2014
            G("alliance.joined", "historical", ["Lebanon"], ["Global Coalition to Defeat ISIS"], core=False),
        ],
        not_targets=["Saudi Arabia", "Egypt", "Turkey", "Pakistan", "Jordan", "United Arab Emirates", "Iran", "Iraq", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-07-tap-tunisia-us-defence-roadmap-2020",
        date(2020, 9, 30),
        """تونس وواشنطن توقعان خارطة طريق للتعاون العسكري لعشر سنوات

تونس (وات)

وقع وزير الدفاع الوطني إبراهيم البرتاجي ونظيره الأمريكي مارك إسبر، اليوم الأربعاء بتونس، خارطة طريق للتعاون في مجال الدفاع بين البلدين تمتد على عشر سنوات، وذلك خلال أول زيارة لوزير دفاع أمريكي إلى تونس منذ سنة 2012.

وتهدف الوثيقة، وفق بلاغ لوزارة الدفاع الوطني، إلى تعزيز قدرات المؤسسة العسكرية التونسية في مجالات مراقبة الحدود ومكافحة الإرهاب وحماية الفضاء البحري، إلى جانب التكوين وتبادل الخبرات والصيانة، وتحديد أولويات التعاون إلى غاية سنة 2030.

وأكد الوزير البرتاجي في تصريح إعلامي إثر التوقيع أن تونس «شريك موثوق للولايات المتحدة في المنطقة»، مشيرا إلى أن الدعم الأمريكي «ساهم بشكل كبير في تطوير قدرات جيشنا على الحدود الجنوبية الشرقية». من جانبه، أشاد إسبر بـ«الانتقال الديمقراطي» في تونس، مؤكدا أن بلاده «ملتزمة بمساعدة تونس على حماية حدودها ومواجهة التهديدات القادمة من منطقة الساحل ومن ليبيا».

ولا تتضمن خارطة الطريق إقامة أي قاعدة عسكرية أمريكية على التراب التونسي، بحسب ما أكده مصدر في وزارة الدفاع، نافيا ما تتداوله بعض صفحات التواصل الاجتماعي منذ أشهر عن «قاعدة سرية» في الجنوب.

وكان البلدان قد وقعا في ماي 2015، خلال زيارة الرئيس الراحل الباجي قائد السبسي إلى واشنطن، مذكرة تفاهم حول الشراكة الاستراتيجية طويلة المدى، قبل أن تمنح واشنطن تونس في جويلية من العام نفسه صفة «الحليف الرئيسي من خارج الحلف الأطلسي».

وتأتي زيارة إسبر في سياق قلق أمريكي متزايد من الحضور الروسي في ليبيا المجاورة، إذ أعلنت القيادة العسكرية الأمريكية في إفريقيا «أفريكوم» في ماي الماضي أن روسيا نشرت مقاتلات حربية في قاعدة الجفرة وسط ليبيا لدعم قوات خليفة حفتر ومرتزقة مجموعة «فاغنر».

وفي كلمة ألقاها بالمقبرة العسكرية الأمريكية بقرطاج، حيث يرقد آلاف الجنود الذين سقطوا في شمال إفريقيا خلال الحرب العالمية الثانية، قال إسبر إن الصين وروسيا «تسعيان إلى ترهيب جيرانهما وتوسيع نفوذهما الاستبدادي في إفريقيا».

ومن المنتظر أن يتوجه الوزير الأمريكي غدا الخميس إلى الجزائر ثم إلى المغرب، في جولة مغاربية هي الأولى من نوعها.

وتلقت تونس منذ 2011 أكثر من مليار دولار من المساعدات العسكرية الأمريكية، شملت طائرات وزوارق دورية ومعدات للمراقبة الإلكترونية على الحدود مع ليبيا.

وفي مقهى بنهج مرسيليا بالعاصمة، قال متقاعد من الجيش: «التعاون مع الأمريكان موجود من زمان. المهم ما يكونش عندنا قاعدة، وبلادنا تبقى سيدة في قرارها».""",
        [
            G("agreement.signed", "occurred", ["Tunisia", "United States", "Mark Esper", "Ibrahim Bartagi"], []),
            # "ولا تتضمن خارطة الطريق إقامة أي قاعدة عسكرية أمريكية على التراب التونسي"
            G("military.presence", "negated", ["United States"], ["Tunisia"], core=False),
            # the memorandum of May 2015
            G("agreement.signed", "historical", ["Tunisia", "United States"], [], core=False),
            # the Russian jets at al-Jufra announced by AFRICOM in May
            G("military.presence", "historical", ["Russia"], ["Libya"], core=False),
        ],
        not_targets=["Algeria", "Morocco", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-08-aljazeeranet-somalia-restores-kenya-ties-2021",
        date(2021, 5, 7),
        """الصومال يعيد علاقاته الدبلوماسية مع كينيا بعد وساطة قطرية

مقديشو - الجزيرة نت

أعلنت الحكومة الصومالية، مساء الخميس، استئناف علاقاتها الدبلوماسية مع كينيا، بعد نحو خمسة أشهر من قطعها، استجابة لوساطة قادها أمير دولة قطر الشيخ تميم بن حمد آل ثاني بين البلدين الجارين.

وقالت وزارة الإعلام الصومالية في بيان إن الحكومة قررت «استعادة العلاقات الدبلوماسية مع جمهورية كينيا»، وذلك «من أجل مصلحة الشعبين الشقيقين، واحتراما لمبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية». وأشاد البيان بـ«الجهود الحثيثة» التي بذلتها الدوحة، مضيفا أن الحكومة الكينية تعهدت باحترام سيادة الصومال ووحدة أراضيه.

ورحبت الحكومة الكينية بالقرار، وقالت وزارة خارجيتها إن نيروبي «مستعدة للعمل مع مقديشو لتعزيز التعاون في مجالات الأمن والتجارة وحركة الأشخاص».

وكانت مقديشو قد قطعت علاقاتها مع نيروبي في ديسمبر الماضي، متهمة إياها بالتدخل في شؤونها الداخلية، خاصة في ولاية جوبالاند، بعد أن استقبل الرئيس الكيني أوهورو كينياتا رئيس إقليم أرض الصومال موسى بيحي عبدي في نيروبي.

ولا يزال النزاع بين البلدين على حدودهما البحرية في المحيط الهندي معروضا أمام محكمة العدل الدولية، التي حددت موعدا للنطق بالحكم في وقت لاحق من العام، بعد أن أعلنت كينيا مقاطعتها الجلسات.

وتنشر كينيا منذ أكتوبر 2011 آلاف الجنود في جنوب الصومال، ضمن بعثة الاتحاد الإفريقي في الصومال «أميصوم»، لمحاربة حركة الشباب، وقد تعرضت قواتها لهجمات دامية أبرزها هجوم العدي عام 2016.

ويأتي القرار الصومالي في ظل أزمة سياسية داخلية حادة، إثر تمديد البرلمان ولاية الرئيس محمد عبد الله فرماجو عامين، ثم تراجعه عن هذه الخطوة تحت ضغط المعارضة والمجتمع الدولي، وتكليف رئيس الوزراء محمد حسين روبلي بالإشراف على الانتخابات.

ويرى محللون أن الدوحة، التي تربطها علاقات وثيقة بحكومة فرماجو، سعت إلى تعزيز دورها في القرن الإفريقي، فيما تمثل كينيا شريكا اقتصاديا رئيسيا للصومال، ولا سيما في تجارة القات والخدمات المصرفية والنقل الجوي.

وقال مسؤول في غرفة التجارة الصومالية إن التجار «تضرروا كثيرا» من القطيعة، بعد أن علقت مقديشو استيراد القات الكيني منذ العام الماضي بسبب جائحة كورونا.

وفي سوق بكارة بمقديشو، قال تاجر أقمشة في الخمسين من عمره: «نحن والكينيون جيران، بضاعتنا تمر عبرهم وأهلنا يعيشون هناك. الخصام لم ينفع أحدا».""",
        [
            G("relations.restored", "occurred", ["Somalia"], ["Kenya"]),
            # the Kenyan troops in southern Somalia since October 2011
            G("military.presence", "historical", ["Kenya"], ["Somalia"], core=False),
        ],
        not_targets=["Qatar", "Somaliland"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-09-sahara-medias-mali-reconstituted-army-kidal-2020",
        date(2020, 2, 13),
        """أول كتيبة من «الجيش المعاد تشكيله» تصل كيدال.. جنود نظاميون ومقاتلون سابقون تحت علم واحد

نواكشوط - «صحراء ميديا»

دخلت أولى وحدات «الجيش المالي المعاد تشكيله»، اليوم الخميس، مدينة كيدال في أقصى شمال مالي، في خطوة هي الأولى من نوعها منذ أن طُرد الجيش من المدينة عام 2014، وتضم الكتيبة جنودا نظاميين ومقاتلين سابقين من الحركات المسلحة الموقعة على اتفاق السلام، جرى دمجهم في صفوف القوات المسلحة المالية.

وقالت مصادر عسكرية لـ«صحراء ميديا» إن القافلة، التي انطلقت قبل أيام من مدينة غاو، تضم نحو مئتين وأربعين عسكريا، ثلثهم من الجيش النظامي والثلثان الآخران من عناصر تنسيقية الحركات الأزوادية وحركات «المنصة» الموالية للحكومة، بعد أن خضعوا لتكوين مشترك وأدوا اليمين العسكرية.

وأكد وزير الدفاع المالي إبراهيما داهيرو ديمبيلي في تصريح صحفي أن «عودة الدولة إلى كيدال لم تعد شعارا»، مضيفا أن الكتيبة «تتبع هيئة الأركان العامة في باماكو وتخضع لقيادتها بشكل كامل». من جانبها، قالت تنسيقية الحركات الأزوادية في بيان إن الخطوة «تطبيق لبنود اتفاق الجزائر» وإنها «ستواصل الالتزام بمسار السلام».

ووقعت الحكومة المالية والحركات المسلحة اتفاق السلام والمصالحة المنبثق عن مسار الجزائر عام 2015، وينص على دمج آلاف المقاتلين في الجيش وقوات الأمن، غير أن تنفيذ هذا البند ظل متعثرا لسنوات بسبب الخلاف على الحصص والرتب وأماكن انتشار الوحدات.

ولم يشمل الدمج حتى الآن سوى بضع مئات من المقاتلين، في حين تقدر بعثة الأمم المتحدة عدد المسجلين في برنامج نزع السلاح والتسريح بأكثر من ثلاثين ألفا.

وتنتشر في مالي منذ عام 2013 قوات حفظ السلام الأممية، فيما تنفذ القوات الفرنسية عملية «برخان» في منطقة الساحل منذ عام 2014، ولها قاعدة في كيدال نفسها، إلى جانب قاعدتي غاو وتمبكتو.

وشهدت المناطق الوسطى من البلاد خلال الأشهر الأخيرة تصاعدا في هجمات الجماعات المتشددة، أوقعت مئات القتلى في صفوف الجيش والمدنيين، ودفعت باماكو إلى مراجعة انتشار قواتها في الشمال والوسط.

وفي كيدال، قال تاجر في سوق المدينة: «الناس هنا تعبت من السلاح. إذا كان الجيش الجديد سيحمينا ويفتح الطرق للشاحنات فنحن مع ذلك، المهم ألا تعود الحرب».""",
        [
            G("forces.integrated", "occurred", ["Mali", "Ibrahima Dahirou Dembélé"],
              ["Coordination of Azawad Movements", "Malian Armed Forces"]),
            # the Algiers agreement of 2015; the integration clause "ظل متعثرا لسنوات"
            G("agreement.signed", "historical", ["Mali", "Coordination of Azawad Movements"], [], core=False),
            G("forces.integrated", "stalled", ["Mali"], ["Coordination of Azawad Movements"], core=False),
            # MINUSMA since 2013, Barkhane since 2014
            G("military.presence", "historical", ["MINUSMA", "United Nations"], ["Mali"], core=False),
            G("military.presence", "historical", ["France"], ["Mali"], core=False),
        ],
        not_targets=["Algeria", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-10-turkpress-saudi-jets-to-incirlik-2016",
        date(2016, 2, 13),
        """جاووش أوغلو: السعودية سترسل طائرات حربية إلى قاعدة إنجرليك

إسطنبول - «ترك برس»

قال وزير الخارجية التركي مولود جاووش أوغلو إن المملكة العربية السعودية سترسل طائرات حربية إلى قاعدة إنجرليك الجوية جنوبي تركيا، للمشاركة في الغارات التي يشنها التحالف الدولي على مواقع تنظيم «داعش» في سوريا.

وأوضح جاووش أوغلو، في تصريحات لصحيفة «يني شفق» نشرت اليوم السبت، أن فرقا سعودية زارت القاعدة خلال الأيام الماضية لتفقد التجهيزات، وأن الطائرات ستصل «في أقرب وقت»، من دون أن يحدد عددها. وأضاف أن أنقرة والرياض «تتفقان على ضرورة استراتيجية شاملة» لإنهاء الحرب في سوريا.

وفي سؤال عن إمكانية تدخل بري، قال الوزير التركي إن «لا خطط حاليا» لإرسال قوات برية سعودية أو تركية إلى سوريا، مشيرا إلى أن أي عملية من هذا النوع «يجب أن تتم في إطار التحالف» وبمشاركة الولايات المتحدة. وكانت السعودية قد أبدت في وقت سابق من الشهر استعدادها للمشاركة في عملية برية إذا قرر التحالف ذلك.

وتستخدم الطائرات الأمريكية قاعدة إنجرليك في الغارات على التنظيم منذ صيف عام 2015، بعد اتفاق بين أنقرة وواشنطن، كما انتشرت فيها طائرات بريطانية وفرنسية وألمانية لمهام الاستطلاع والقصف.

وكانت المملكة قد انضمت إلى التحالف الدولي ضد «داعش» في سبتمبر 2014، وشاركت طائراتها في الضربات الأولى على مواقع التنظيم في سوريا، قبل أن تقلص مشاركتها مع انطلاق عمليات التحالف العربي في اليمن في مارس من العام الماضي.

ويأتي الإعلان وسط تصاعد التوتر على الحدود التركية السورية، حيث تقصف المدفعية التركية منذ أيام مواقع لوحدات حماية الشعب الكردية قرب مدينة أعزاز، بعد تقدمها بدعم من الغارات الروسية في ريف حلب الشمالي، فيما يتدفق عشرات آلاف النازحين نحو معبر باب السلامة.

وفي موسكو، حذر رئيس الوزراء الروسي دميتري ميدفيديف من أن أي تدخل بري أجنبي في سوريا قد يؤدي إلى «حرب دائمة»، داعيا إلى الجلوس إلى طاولة المفاوضات.

ويرى محللون أتراك أن الخطوة السعودية «رمزية في جانب منها»، لكنها تعكس تقاربا متزايدا بين أنقرة والرياض منذ زيارة الرئيس رجب طيب أردوغان إلى المملكة نهاية العام الماضي، والتي تم خلالها الاتفاق على إنشاء مجلس للتعاون الاستراتيجي بين البلدين.

وفي مدينة أضنة القريبة من القاعدة، قال سائق سيارة أجرة: «الطائرات تمر فوقنا كل يوم، أمريكية وغيرها. الناس هنا اعتادت الصوت، لكن الخوف أن تقترب الحرب أكثر».""",
        [
            G("military.presence", "planned", ["Saudi Arabia"], ["Turkey", "Incirlik Air Base"]),
            # "لا خطط حاليا لإرسال قوات برية سعودية أو تركية إلى سوريا"
            G("military.presence", "negated", ["Saudi Arabia", "Turkey"], ["Syria"], core=False),
            # the American jets at Incirlik since summer 2015
            G("military.presence", "historical", ["United States"], ["Turkey", "Incirlik Air Base"], core=False),
            # Saudi Arabia in the coalition against ISIS since September 2014
            G("alliance.joined", "historical", ["Saudi Arabia"], ["Global Coalition to Defeat ISIS"], core=False),
            # the strategic cooperation council agreed on Erdoğan's visit
            G("agreement.signed", "historical", ["Turkey", "Saudi Arabia", "Recep Tayyip Erdoğan"], [], core=False),
        ],
        not_targets=["Russia", "Yemen", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-11-alanba-sports-qadsia-lifts-suspension-2019",
        date(2019, 8, 20),
        """القادسية يرفع الإيقاف عن مدافعه ويضم صانع ألعاب أردنيا قبل انطلاق الدوري

الكويت - «الأنباء» - رياضة

رفعت إدارة نادي القادسية، أمس، عقوبة الإيقاف التي فرضتها الشهر الماضي على مدافع الفريق الأول لكرة القدم، بعد أن قدم اللاعب اعتذارا رسميا عن تغيبه عن التدريبات دون إذن، وذلك قبل أسبوعين من انطلاق منافسات دوري الدرجة الممتازة.

وقال مدير الكرة في النادي إن الجهاز الفني «طوى الصفحة» بعد جلسة مصارحة مع اللاعب، مؤكدا أن الغرامة المالية التي خصمت من راتبه «ستبقى قائمة» لأن اللوائح الداخلية «تطبق على الجميع دون استثناء».

وفي إطار تدعيم الصفوف، انضم صانع الألعاب الأردني إلى «الأصفر» بعد أن وقع عقدا لموسم واحد قابلا للتمديد، قادما من أحد أندية الدوري الأردني، فيما مددت الإدارة عقد حارس المرمى الدولي لثلاثة مواسم إضافية، في صفقة وصفها رئيس النادي بأنها «الأهم هذا الصيف».

ويواصل الفريق معسكره الخارجي في مدينة أنطاليا التركية، حيث يخوض مباراتين وديتين خلال الأسبوع الجاري أمام فريقين من الدوري التركي، قبل العودة إلى الكويت لاستكمال التحضيرات.

وكان الاتحاد الكويتي لكرة القدم قد فرض غرامة على النادي في الموسم الماضي بسبب الألعاب النارية التي أطلقتها جماهيره خلال مباراة القمة أمام العربي، كما علقت لجنة المسابقات نقل المباريات بحضور الجماهير في ملعب النادي لعدة أسابيع بسبب أعمال صيانة.

وفي سياق متصل، وقع النادي اتفاقية تعاون مع إحدى الأكاديميات الإسبانية لتطوير قطاع الناشئين، تتضمن إيفاد مدربين إلى الكويت وتنظيم معسكرات صيفية للاعبين الصغار في مدريد.

كما قررت الإدارة دمج فريقي تحت 17 سنة وتحت 19 سنة في فريق واحد للمشاركة في دوري الشباب، بسبب قلة عدد اللاعبين في الفئتين، على أن يعاد الفصل بينهما الموسم المقبل.

وأعلنت رابطة مشجعي القادسية عودة العلاقات مع إدارة النادي بعد قطيعة استمرت منذ نهاية الموسم الماضي، إثر خلاف على توزيع تذاكر المباريات، وذلك خلال لقاء جمع رئيس الرابطة بأعضاء مجلس الإدارة.

ويسعى الجهاز الفني إلى التعاقد مع مهاجم أجنبي قبل إغلاق باب الانتقالات، وسط أنباء عن مفاوضات مع لاعب برازيلي ينشط في الدوري السعودي.

ويطمح القادسية، صاحب الرقم القياسي في عدد ألقاب الدوري، إلى استعادة اللقب الذي خسره في الموسم الماضي لصالح الكويت.

وفي ديوانية بمنطقة حولي، قال مشجع قديم للنادي: «الحمد لله إن المشاكل خلصت قبل الدوري. نبي فريق يقاتل على كل كورة، واللقب لازم يرجع للأصفر».""",
        [],
        not_targets=["Kuwait", "Jordan", "Turkey", "Spain", "Brazil"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h79-12-aleqtisadiah-ncb-samba-merger-agreement-2020",
        date(2020, 10, 12),
        """«الأهلي» و«سامبا» يوقعان اتفاقية الاندماج الملزمة لتأسيس أكبر بنك في المملكة

الرياض - «الاقتصادية»

وقع البنك الأهلي التجاري ومجموعة سامبا المالية، أمس، اتفاقية اندماج ملزمة، يتم بموجبها دمج البنكين في كيان واحد تتجاوز أصوله 800 مليار ريال، ليصبح أكبر بنك في المملكة وثالث أكبر بنك في منطقة الشرق الأوسط من حيث الأصول.

وبحسب إفصاح نشره البنكان على موقع السوق المالية السعودية «تداول»، سيصدر الأهلي 0.739 سهم جديد مقابل كل سهم من أسهم سامبا، على أن ينضم مساهمو سامبا إلى مساهمي الأهلي في الكيان المندمج، الذي سيحتفظ باسم البنك الأهلي السعودي.

وقال رئيس مجلس إدارة البنك الأهلي إن الاندماج «سيخلق مؤسسة مالية قادرة على تمويل المشاريع الكبرى لرؤية المملكة 2030»، مشيرا إلى أن البنكين يتوقعان تحقيق وفورات سنوية في التكاليف تصل إلى مئات الملايين من الريالات خلال السنوات الثلاث الأولى.

وكانت هيئة السوق المالية قد علقت تداول أسهم البنكين لفترة وجيزة صباح أمس، إلى حين نشر الإعلان، قبل أن تستأنف الأسهم التداول وسط ارتفاع ملحوظ في قيمتها.

ويحتاج إتمام الصفقة إلى موافقة البنك المركزي السعودي والهيئة العامة للمنافسة والجمعيات العامة غير العادية للبنكين، ويتوقع أن يكتمل الاندماج خلال النصف الأول من العام المقبل. وكان البنكان قد مددا في سبتمبر الماضي فترة المحادثات الحصرية بينهما، التي انطلقت في يونيو، لإتاحة المجال لاستكمال إجراءات الفحص النافي للجهالة.

ويعد هذا الاندماج الثاني في القطاع المصرفي السعودي خلال عامين، بعد اندماج البنك السعودي البريطاني «ساب» مع البنك الأول في يونيو 2019.

ويرى محللون أن الاندماج يأتي في وقت تواجه فيه البنوك ضغوطا على هوامش أرباحها، بعد أن خفض البنك المركزي أسعار الفائدة إلى مستويات قياسية، وفرضت الجائحة على البنوك تأجيل أقساط قروض المنشآت الصغيرة والمتوسطة.

وقال محلل مصرفي في إحدى شركات الوساطة بالرياض إن الكيان الجديد «سيمتلك حصة تقارب ربع سوق القروض والودائع»، مضيفا أن المنافسة على تمويل الرهن العقاري «ستشتد أكثر» مع دخول الكيان المندمج بقوة إلى هذا القطاع.

وكانت وكالة موديز قد أبقت الشهر الماضي على التصنيف الائتماني للبنكين، مع نظرة مستقبلية مستقرة، مشيرة إلى متانة رأس المال ومستويات السيولة المرتفعة.

وفي أحد فروع البنك بحي العليا، قال موظف في شركة خاصة: «حسابي في سامبا من عشرين سنة. المهم ما يتغير رقم الحساب ولا تزيد الرسوم».""",
        [],
        not_targets=["Saudi Arabia", "United Kingdom"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout79_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout79_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout79_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
