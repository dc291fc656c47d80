"""A seventy-fourth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-three held-out sets: Arabic copy of 2011-2022 as the region's papers, sites and
agencies carry it (a Manama daily, "المنامة - «الوطن»", with a perfume seller of the old souq, "الديرة
تبي الأمان"; a Swiss site's Arabic service, "برن - (swissinfo.ch)", with a Lebanese grocer of Geneva's
Pâquis, "هيدا خبر منيح للكل"; a Doha network's site from Kabul, "كابل - الجزيرة نت", with a dried-fruit
seller of Mandawi quoted from Dari; a Libyan site, "طرابلس - «بوابة الوسط»", with a mechanic of Souq
al-Juma, "الحظر هذا ما يمس إلا المواطن الغلبان"; a Khartoum daily, "الخرطوم - «السوداني»", with a trader
from Upper Nile at Omdurman's Souq Libya, "القادة ديل لازم يتفقوا"; the French agency's Arabic wire,
"كينشاسا (أ ف ب) -", with a Qatari student of French, "والحين صار عندنا سبب زيادة"; a Doha business
daily, "الدوحة - «لوسيل»", with a taxi driver carrying German fans, "والله شي يفرح"; a London daily
from Berlin, "برلين - «الشرق الأوسط»", with a Saudi student of Aachen, "الحمد لله إن الأمور رجعت
طبيعية"; the Chinese agency's Arabic wire in its own form, "كابول 29 سبتمبر 2016 (شينخوا)" and
"اليوم (الخميس)", with a baker of Karte Se quoted from Dari; the Emirati agency's wire, "أبوظبي في 14
يناير / وام /", with "الدولة" for the country and a man of al-Ain, "الكوريين ربعنا"; an Algiers sports
daily, "الجزائر - «الهداف»", with "تربص" and "أوت" and a fan of Belouizdad, "الفريق هذا العام راهو
واجد"; a Cairo business daily, "القاهرة - «المال»", with an investor at a brokerage, "السهم ده بقاله
فترة نايم") and on episodes the earlier sets do not carry as core news: the State Department
designating Bahrain's Saraya al-Ashtar a foreign terrorist organisation, July 2018; Switzerland's
Federal Council lifting its nuclear-related sanctions on Iran the day after implementation day,
January 2016; the Treasury's General License 20 for transactions with Afghanistan's governing
institutions under the Taliban, February 2022; the Security Council's Resolution 2441 prolonging the
measures on Libya's illicit petroleum exports and its panel of experts, November 2018; the Council's
Resolution 2206 setting up a sanctions regime for South Sudan's spoilers without naming anyone,
March 2015; Qatar admitted to the Francophonie as an associate member at the Kinshasa summit, October
2012; QatarEnergy and ConocoPhillips signing two fifteen-year sale agreements for German LNG, November
2022; Saudi Arabia and Germany ending the ten-month rift of the Hariri affair with Heiko Maas's
regret and the ambassador's return, September 2018; Ashraf Ghani and Gulbuddin Hekmatyar signing
the peace agreement that is to integrate Hezb-e-Islami's fighters into the army and police, September
2016; South Korea's "Akh" special-forces unit arriving in the UAE, January 2011.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings and article texts) by states, bodies, people, numbers and years in Arabic and
English spellings: "سرايا الأشتر"/"Ashtar", "2441", "2206", "ConocoPhillips"/"كونوكو", "وحدة آخ"/"Akh
unit", "General License 20" and the Saudi-German ambassador's return are found nowhere; Switzerland
and Iran meet only in incidental lines (Switzerland as the protecting power; its Syria and Russia
measures elsewhere); the Francophonie only as Ghana's admission (an English set); Hekmatyar only as
his delisting of February 2017 (sets 28 and 53), which this set's article names as the agreement's
promise, not as news. Some twenty other candidates were dropped because the search found them as
core news (among them the Syrian factions' merger of January 2025, the Aleppo Asayish agreement,
Germany's Tornados at al-Azraq, Greece's Patriots in Saudi Arabia, Morocco and Cuba, Senegal and
Iran, Canada's Syria permit, the Caesar waivers, COSCO's delisting and Eritrea's). Near themes kept
apart: set 73 has the Treasury's Afghan licences of December 2021 (here only the background of
General License 20) and Japan's lifting of Iran's sanctions in January 2016 (here Switzerland's, the
day before).
Ten carry core events of the ten alertable types (eleven core events), ten occurred and one planned
(the integration the Afghan agreement "ينص على أن تدمج الحكومة مقاتلي الحزب الإسلامي … خلال الأشهر
المقبلة"), next to historical and negated ones; two are near misses: an Algiers sports page (a
striker's "انضمام", a coach's contract "مدد", the disciplinary committee that "رفعت العقوبة" and "فرضت
عقوبات مالية على ناديين", registrations "تعليق", a hotel taken as a team's "قاعدة", a sponsorship
"وقعت", the transfer window's "تمديد") and a Cairo business page (a telecom operator's "انضمامها إلى
تحالف" to lay a submarine cable, an offer "مددت", a share's trading "تعليق", the regulator's
"غرامات", memoranda and agreements "وقعت", its "وجود" in African markets, investors' trust "استعادت",
a data-centre partnership "تمديد").

The decisions of the annotation, taken before any run: a State Department that "صنفت … جماعة "سرايا
الأشتر" منظمة إرهابية أجنبية" imposes (core; the United States and its State Department; Saraya
al-Ashtar, which the knowledge base may lack; not Bahrain, which welcomed it, nor the UAE, whose
officer was killed), the listing of two of its leaders "في مارس من العام الماضي" and Bahrain's of March
2014 historical impositions, "لم يشمل القرار الأمريكي … جماعة "سرايا المختار"" a negated imposition.
A Swiss Federal Council that "رفع … العقوبات التي فرضتها الكنفدرالية على إيران" lifts (core;
Switzerland and its Federal Council; Iran; not Lebanon, whose grocer speaks, nor the United States,
whose interests Bern represents), the sanctions of 2007 and 2012 a historical imposition, "علقت بعضها
مطلع 2014" a historical suspension, "لم يرفع المجلس الفدرالي الحظر المفروض على توريد الأسلحة" a negated
lifting, the EU's and the US's lifting "مساء السبت" told with "كان … قد" a historical lifting. A
Treasury that "علقت … جانبا من العقوبات المفروضة على حركة طالبان" with General License 20 suspends
(core; the United States, the Treasury and OFAC; the Taliban and Afghanistan), the three licences of
December a historical suspension, "لم ترفع واشنطن العقوبات عن قادة الحركة" a negated lifting, Biden's
order dividing the reserves no event. A Security Council that "مدد … حتى فبراير 2020 العمل بالإجراءات
المفروضة على ليبيا" extends (core; the Council; Libya; not the United Kingdom, its penholder, or Italy,
Palermo's host), Resolution 1970's embargo and freeze of February 2011 and the six traffickers listed
in June historical impositions, "لم يستجب المجلس لمطالب حكومة الوفاق الوطني برفع حظر السلاح" a negated
lifting. A Security Council that "لوح … بفرض عقوبات على قادة جنوب السودان" threatens (core; the Council
and Samantha Power; South Sudan, Salva Kiir and Riek Machar; not Sudan, where the paper is, or
Ethiopia, the venue), "لم يدرج المجلس حتى الآن أي اسم" a negated imposition, the US sanctions of
September on Marial Chanuong and Peter Gadet and the EU's of July historical impositions. A Qatar that
"انضمت … إلى المنظمة الدولية للفرانكفونية بصفة عضو مشارك" joins (core; Qatar; the Francophonie; not
France, the Congo or Mali, named at the summit), Algeria that "لم تنضم إليها" a negated joining, the
Arab members listed without a verb no event. A QatarEnergy and a ConocoPhillips that "وقعت … اتفاقيتين
لبيع وشراء الغاز الطبيعي المسال" sign (core; the two companies, Qatar and Saad al-Kaabi; Germany, the
destination, is no party), "لم توقع قطر أي اتفاق مباشر مع الحكومة الألمانية" a negated signing, the
Sinopec agreement "الأسبوع الماضي" a historical signing. A Saudi Arabia and a Germany that "أعادت …
علاقاتهما الدبلوماسية إلى طبيعتها" restore ties (core; the two states, al-Jubeir and Maas; not Lebanon,
whose prime minister was the cause, or Yemen), the recall of November no event (a recall is none of
the ten types), "لم تتراجع برلين عن قرارها وقف منح تراخيص جديدة لتصدير الأسلحة" a negated lifting by
Germany. A Ghani and a Hekmatyar who "وقع … اتفاق السلام" sign (core; Afghanistan, Ghani, Hezb-e-Islami
and Hekmatyar), the agreement "ينص … على أن تدمج الحكومة مقاتلي الحزب الإسلامي في صفوف الجيش والشرطة
… خلال الأشهر المقبلة" a planned integration (core; Afghanistan; Hezb-e-Islami), "لم يوقع الحزب
الإسلامي على أي ترتيبات لتسليم سلاحه الثقيل" a negated signing, the American and NATO forces "منذ عام
2001" a historical presence, Hekmatyar's listing of 2003 a historical imposition, the government's
pledge to seek his delisting no event (a promise to ask). A South Korean unit that "وصلت … لتنتشر في
إحدى القواعد العسكرية بالدولة" is present (core; South Korea; the UAE), the Zaytun division in Erbil
"بين عامي 2004 و2008" and the Cheonghae unit off Somalia "منذ عام 2009" historical presences, ENEC's
contract with KEPCO's consortium of December 2009 a historical signing, the National Assembly's
approval of December no event; the Algiers sports page and the Cairo business page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit e1db37c, in a worktree whose only change was this file), in one
run: events P 0.786 R 0.909 F1 0.843 (recall 10/11, precision 11/14; occurred core found 9/10,
planned 1/1 as the score counts it; historical 15/16, negated 9/9 kept quiet). No annotation was
changed after the run, and none was added: the set was written with no stalled event, which the
shape check asks for, so the check is told so (``without_statuses``) rather than given an event
written after the measurement. One false alarm and two unexpected alerts; the sports page raises nothing.

Missed (two articles, strict xfails): in ar-h74-07 the signing of "وقعت "قطر للطاقة" وشركة "كونوكو
فيليبس" … اتفاقيتين لبيع وشراء الغاز الطبيعي المسال" gives no signing at all (only the negated one with
the German government); in ar-h74-09 the agreement's "ينص … على أن تدمج الحكومة مقاتلي الحزب الإسلامي
… خلال الأشهر المقبلة" is read as an integration done (occurred), not planned, with no actor and
Afghanistan for its target (the score counts it found; the per-article check asks for the status).

False alarms and unexpected alerts (three articles, strict xfails): in ar-h74-02 the EU's and the
US's lifting "وكان الاتحاد الأوروبي والولايات المتحدة قد رفعا مساء السبت" is read occurred, the dual
verb after a pluperfect "كان … قد" with a two-name subject; in ar-h74-08 "ثمن مقبول لاستعادة
العلاقات" gives a planned joining with Germany for actor; in ar-h74-12 the operator's "انضمامها إلى
تحالف دولي من شركات الاتصالات والتكنولوجيا" gives an occurred joining with Egypt for actor and Apple
Inc. for target.

Seen but not scored: in ar-h74-01 the designation has no target (Saraya al-Ashtar is not in the
knowledge base), the historical listing of two leaders has none either and Bahrain's listing and
the negated one give nothing; in ar-h74-02 the historical imposition has the Security Council beside
Iran for target, the negated lifting has the Council for actor, and the historical suspension gives
nothing; in ar-h74-03 the historical suspension and the negated lifting have no target; in ar-h74-04
the six traffickers' listing and the negated lifting give nothing; in ar-h74-05 the threat's target
is the unresolved "قادة جنوب السودان", Power is no actor and the negated imposition has IGAD and
Ethiopia for actors; in ar-h74-06 Algeria's negated joining gives nothing; in ar-h74-08 the
restoration has the two states for targets and no actor, and the negated lifting gives nothing; in
ar-h74-09 Hezb-e-Islami is nowhere, the negated signing and Hekmatyar's historical listing give
nothing; in ar-h74-10 the presence has the UAE, its place, as a co-actor, and the historical
presences in Iraq and off Somalia and the historical signing give nothing.

After the fixes of 2026-12-06: P 0.846 R 0.909 F1 0.876 (recall 10/11, precision 11/13; occurred core
found 9/10, planned 1/1; historical 15/16, negated 9/9 kept quiet). Fixed, with rule sentences in
``tests/unit/test_heldout74_rules_ar.py``: a coalition of firms is no alliance of states, whether
its members are named after a qualifier ("انضمامها إلى تحالف دولي من شركات الاتصالات": ``not_alliance_noun`` now also stops the joining
found by the coalition's noun, ``_business_coalition_ar`` in ``rasd/events/extractor.py``) or the
firm that joins is named by its trade right before the verb (""المصرية للاتصالات" تنضم إلى تحالف":
``firm_subject`` in ``ar.cues.yaml``), which cures ar-h74-12.
Tried and dropped: a present verb right after «على أن» whose "provides" stands further back, past
an aside on the accord ("وينص الاتفاق، المؤلف من 25 بندا، على أن تدمج …"), read as still ahead. It
cured ar-h74-09 but gave set 19's ar-d08 ("وينص الاتفاق، بحسب البيان الرسمي، على أن تُدمج وحدات
الجهاز في وزارة الداخلية …", whose planned merger is annotated and a strict xfail for its names) an
alert with no actor and an unresolved ministry for target, which set 19 counts as unexpected; with
no time left to give the merger its names, the rule was dropped.
Left as strict xfails: ar-h74-09 (the integration read occurred, as measured); ar-h74-02, whose
"وكان الاتحاد الأوروبي والولايات المتحدة قد رفعا مساء السبت" is read occurred by a deliberate rule (a pluperfect dated to a day of the news tells a step
of these days, "وكانت اليابان قد مددت، أول من أمس الخميس"); the annotation, written before the run,
calls it background as set 73 did for the same lifting told by its date, and no rule was written
against the convention; ar-h74-07, whose two companies' sale agreements give no signing: whether a
state company's commercial contract is an accord the analyzer should report is a question of
design, not of one sentence; ar-h74-08, whose "ثمن مقبول لاستعادة العلاقات" (the purpose of an
apology already made) gives a planned joining with Germany for actor from "صحف ألمانية": a rule for
the purpose masdar after a noun of price would fit this one sentence only.
Cured later by the general round on sets 60 to 80 (what a text provides for past an aside is
planned, ``test_general_misses4_rules_ar.py``): ar-h74-09, its strict xfail removed.
Cured by the fixes after set 100 (``test_heldout100_rules_ar.py``: a thing regained is a joining only
when a seat or a membership is named): ar-h74-08's planned joining, its strict xfail removed.
Seen after the fixes and left: "كابل" ("cable") in ar-h74-12 links to Apple Inc. ("ك" + "ابل"), and
"كابل" is also Kabul's spelling.

``python -m tests.unit.test_heldout74_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_UNSC = "United Nations Security Council"
_STATE = "United States Department of State"
_TREASURY = "United States Department of the Treasury"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-01-alwatan-bh-us-designates-saraya-al-ashtar-2018",
        date(2018, 7, 11),
        """واشنطن تصنف "سرايا الأشتر" منظمة إرهابية أجنبية.. والمنامة ترحب

المنامة - «الوطن»

صنفت وزارة الخارجية الأمريكية، أمس الثلاثاء، جماعة "سرايا الأشتر" منظمة إرهابية أجنبية، في خطوة تحظر على أي شخص خاضع للولاية القضائية الأمريكية تقديم دعم مادي للجماعة، وتلزم المؤسسات المالية الأمريكية بتجميد أي أموال تعود إليها، كما تتيح ترحيل أعضائها ومنعهم من دخول الأراضي الأمريكية.

وقالت الوزارة، في بيان، إن الجماعة "مسؤولة عن سلسلة من الهجمات الإرهابية التي استهدفت رجال الشرطة في البحرين منذ عام 2013"، وإنها "تتلقى التمويل والتدريب والسلاح من الحرس الثوري الإيراني"، مشيرة إلى أن الجماعة تبنت في عام 2014 تفجيرا في قرية الديه أودى بحياة ثلاثة من رجال الأمن، بينهم ضابط إماراتي.

وأضاف البيان أن التصنيف "يهدف إلى قطع الموارد عن هذه الجماعة ووكلاء إيران في المنطقة"، وأن الولايات المتحدة "ستواصل العمل مع شركائها في الخليج لمواجهة الأنشطة الإيرانية المزعزعة للاستقرار".

ورحبت وزارة الخارجية البحرينية بالقرار، واعتبرته في بيان "خطوة مهمة تؤكد صواب الموقف البحريني في مواجهة الإرهاب المدعوم من إيران"، معربة عن تطلعها إلى "أن تحذو دول أخرى حذو الولايات المتحدة".

وكانت الخارجية الأمريكية قد أدرجت في مارس من العام الماضي اثنين من قادة الجماعة، هما أحمد حسن يوسف والسيد مرتضى مجيد رمضان علوي، على قائمة الإرهابيين العالميين المصنفين تصنيفا خاصا، فيما صنفت المملكة الجماعة تنظيما إرهابيا منذ مارس 2014.

ولم يشمل القرار الأمريكي الصادر أمس جماعة "سرايا المختار"، التي تطالب المنامة بإدراجها هي الأخرى على القوائم الأمريكية، ولم يوضح البيان ما إذا كانت واشنطن تدرس ذلك.

ويرى المحلل السياسي البحريني عبدالله الجنيد أن القرار "يحمل قيمة سياسية قبل أن تكون مالية، لأن الجماعة لا تملك أصولا معروفة في الولايات المتحدة"، لكنه "يضيق على شبكات التمويل التي تمر عبر دول ثالثة، ويبعث برسالة واضحة إلى طهران".

وتأتي الخطوة بعد شهرين من انسحاب الولايات المتحدة من الاتفاق النووي مع إيران، وفي ظل تصعيد أمريكي متواصل ضد ما تصفه واشنطن بشبكات "الحرس الثوري" في المنطقة.

وفي سوق المنامة القديم، قال صاحب محل للعطور في الستين من عمره: "الحمد لله، الديرة تبي الأمان، وإحنا تعبنا من التفجيرات اللي تضرب الشباب والشرطة، الله يحفظ البحرين وأهلها".""",
        [
            G("sanctions.imposed", "occurred", [_US, _STATE], ["Saraya al-Ashtar"]),
            G("sanctions.imposed", "historical", [_US, _STATE],
              ["Ahmad Hasan Yusuf", "Alsayed Murtadha Majeed Ramadhan Alawi"], core=False),
            G("sanctions.imposed", "historical", ["Bahrain"], ["Saraya al-Ashtar"], core=False),
            G("sanctions.imposed", "negated", [_US], ["Saraya al-Mukhtar"], core=False),
        ],
        not_targets=["Bahrain", "United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-02-swissinfo-switzerland-lifts-iran-sanctions-2016",
        date(2016, 1, 18),
        """سويسرا ترفع عقوباتها عن إيران بعد "يوم التنفيذ"

برن - (swissinfo.ch)

رفع المجلس الفدرالي السويسري (الحكومة)، أمس الأحد، العقوبات التي فرضتها الكنفدرالية على إيران بسبب برنامجها النووي، بما فيها القيود على تجارة المعادن النفيسة والبتروكيماويات والنقل البحري، وحظر الإبلاغ عن المعاملات المالية مع الجهات الإيرانية، وذلك بعد ساعات من إعلان الوكالة الدولية للطاقة الذرية التزام طهران بتعهداتها.

وقال المجلس، في بيان نشرته كتابة الدولة للشؤون الاقتصادية (سيكو)، إن القرار "يأتي تطبيقا لخطة العمل الشاملة المشتركة"، وإن سويسرا "تعتزم تعزيز علاقاتها الاقتصادية مع إيران في إطار احترام التزاماتها الدولية".

وكانت سويسرا قد فرضت أولى عقوباتها على إيران عام 2007 تطبيقا لقرارات مجلس الأمن الدولي، ثم وسعتها عام 2012 لتتماشى مع الإجراءات التي اتخذها الاتحاد الأوروبي، وإن كانت قد علقت بعضها مطلع 2014 بعد الاتفاق المرحلي الموقع في جنيف.

ولم يرفع المجلس الفدرالي الحظر المفروض على توريد الأسلحة والمواد المرتبطة بالصواريخ الباليستية إلى إيران، موضحا أن هذه القيود "ستبقى سارية ما دامت قرارات مجلس الأمن ذات الصلة قائمة"، كما أبقى على تجميد أصول عدد من الأشخاص والكيانات.

وكان الاتحاد الأوروبي والولايات المتحدة قد رفعا مساء السبت العقوبات الاقتصادية والمالية المرتبطة بالبرنامج النووي الإيراني، فور صدور تقرير الوكالة الذرية.

وتؤدي سويسرا، التي تمثل المصالح الأمريكية في طهران منذ عام 1980، دورا دبلوماسيا خاصا في الملف الإيراني، إذ احتضنت مدينتا جنيف ولوزان جولات عدة من المفاوضات التي أفضت إلى الاتفاق النووي في يوليو الماضي.

ويتوقع اقتصاديون أن تستفيد الشركات السويسرية في قطاعات الأدوية والآلات الدقيقة وتجارة السلع الأولية من عودة السوق الإيرانية، لكن مصارف كبرى في زيورخ وجنيف أبدت حذرا، خشية الوقوع تحت طائلة العقوبات الأمريكية الأولية التي لا تزال قائمة.

وقال متحدث باسم اتحاد المصارف السويسرية إن المصارف "ستدرس كل معاملة على حدة"، مضيفا أن "الوضوح القانوني لم يكتمل بعد".

وفي حي باكي في جنيف، قال تاجر لبناني يبيع المكسرات والبهارات لزبائن من الجالية الإيرانية: "هيدا خبر منيح للكل، الزباين الإيرانيين صار فيهن يحولوا مصاري بلا وجعة راس، ونحنا كمان منستفيد".""",
        [
            G("sanctions.lifted", "occurred", ["Switzerland", "Swiss Federal Council"], ["Iran"]),
            G("sanctions.imposed", "historical", ["Switzerland"], ["Iran"], core=False),
            G("sanctions.suspended", "historical", ["Switzerland"], ["Iran"], core=False),
            G("sanctions.lifted", "negated", ["Switzerland", "Swiss Federal Council"], ["Iran"], core=False),
            G("sanctions.lifted", "historical", [_EU, _US], ["Iran"], core=False),
        ],
        not_targets=["Lebanon", "United States"],
        known_alarm='the EU\'s and the US\'s lifting "وكان … قد رفعا" is read occurred',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-03-aljazeeranet-treasury-general-license-20-afghanistan-2022",
        date(2022, 2, 26),
        """ترخيص أمريكي جديد يعلق قيودا على التعامل مع مؤسسات الحكم في أفغانستان

كابل - الجزيرة نت

علقت وزارة الخزانة الأمريكية، أمس الجمعة، جانبا من العقوبات المفروضة على حركة طالبان، بإصدارها ترخيصا عاما جديدا يحمل الرقم 20، يسمح للشركات والأفراد الأمريكيين بإجراء معاملات تجارية ومالية مع المؤسسات الحكومية في أفغانستان، بما فيها دفع الضرائب والرسوم الجمركية وفواتير الكهرباء والماء للوزارات التي تديرها الحركة.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن الترخيص "يهدف إلى ضمان ألا تقف العقوبات عائقا أمام النشاط الاقتصادي المشروع"، مؤكدا أن العقوبات "لا تزال قائمة على طالبان وشبكة حقاني وقادتهما".

وكانت الخزانة قد أصدرت في ديسمبر الماضي ثلاثة تراخيص عامة سمحت بموجبها للمنظمات غير الحكومية والمؤسسات الدولية بتقديم المساعدات الإنسانية ودفع رسوم للجهات الحكومية الأفغانية، غير أن المصارف الأجنبية ظلت تتردد في تحويل الأموال إلى البلاد.

ولا يشمل الترخيص الجديد رفع التجميد عن احتياطيات البنك المركزي الأفغاني المودعة في الولايات المتحدة، والتي تقارب سبعة مليارات دولار، إذ لم ترفع واشنطن العقوبات عن قادة الحركة ولم تفرج عن تلك الاحتياطيات، بعد أن وقع الرئيس جو بايدن قبل أسبوعين أمرا تنفيذيا يقسمها بين صندوق للمساعدات وعائلات ضحايا هجمات سبتمبر.

ورحب المتحدث باسم وزارة المالية في حكومة طالبان بالخطوة، ووصفها في تصريح للجزيرة نت بأنها "إيجابية لكنها غير كافية"، داعيا إلى "الإفراج الكامل عن أموال الشعب الأفغاني ورفع القيود عن القطاع المصرفي".

ويقول الخبير الاقتصادي الأفغاني عبد النصير رشتيا إن المشكلة "لم تعد في النصوص القانونية بل في خوف المصارف"، مضيفا أن "التجار يلجؤون إلى الحوالة في ظل شلل النظام المصرفي، والأسعار في الأسواق تضاعفت منذ أغسطس".

وتقدر الأمم المتحدة أن أكثر من نصف سكان أفغانستان يعانون من الجوع الحاد هذا الشتاء، فيما فقد مئات الآلاف من الموظفين رواتبهم منذ سيطرة الحركة على الحكم في أغسطس الماضي وانهيار الحكومة السابقة.

وقال بائع فواكه مجففة في سوق مندوي بكابل، بالفارسية، إن "الناس لا يسألون عن القرارات في واشنطن، بل عن سعر الطحين والزيت"، مضيفا: "إذا فتحت البنوك أبوابها سيعود الأقارب في الخارج إلى إرسال المال".""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY, "Office of Foreign Assets Control"],
              ["Taliban", "Afghanistan"]),
            G("sanctions.suspended", "historical", [_US, _TREASURY], ["Taliban"], core=False),
            G("sanctions.lifted", "negated", [_US], ["Taliban"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-04-alwasat-security-council-2441-libya-extension-2018",
        date(2018, 11, 6),
        """مجلس الأمن يمدد إجراءات منع تهريب النفط الليبي وولاية فريق الخبراء

طرابلس - «بوابة الوسط»

مدد مجلس الأمن الدولي، أمس الاثنين، حتى فبراير 2020 العمل بالإجراءات المفروضة على ليبيا لمنع تصدير النفط الخام ومشتقاته بطرق غير مشروعة، وولاية فريق الخبراء المعني بمراقبة تنفيذ نظام العقوبات على ليبيا، وذلك في قرار حمل الرقم 2441 تبناه المجلس بالإجماع.

ويسمح القرار للدول الأعضاء بتفتيش السفن المشتبه في نقلها شحنات نفطية مهربة في أعالي البحار قبالة السواحل الليبية، كما يوسع معايير الإدراج على قائمة العقوبات لتشمل المتورطين في أعمال العنف الجنسي.

وقال مندوب المملكة المتحدة، التي صاغت مشروع القرار، إن التمديد "يبعث برسالة واضحة إلى كل من يسعى إلى نهب ثروات الشعب الليبي"، مشيرا إلى أن عمليات التهريب "تحرم المؤسسة الوطنية للنفط من موارد يحتاجها الليبيون".

وكان مجلس الأمن قد فرض في فبراير 2011، بموجب القرار 1970، حظرا على توريد الأسلحة إلى ليبيا، وتجميدا لأصول العقيد معمر القذافي وأفراد من عائلته، إبان قمع الاحتجاجات الشعبية، ثم أضاف في يونيو الماضي ستة من مهربي البشر إلى قائمة العقوبات، في سابقة هي الأولى من نوعها.

ولم يستجب المجلس لمطالب حكومة الوفاق الوطني برفع حظر السلاح جزئيا لتمكين قواتها من مواجهة الجماعات الإرهابية، إذ لم يتضمن القرار أي تخفيف للحظر المفروض منذ أكثر من سبع سنوات.

ورحبت المؤسسة الوطنية للنفط بالقرار، وقال رئيسها مصطفى صنع الله في بيان إن "تهريب الوقود يكلف البلاد أكثر من 750 مليون دولار سنويا"، داعيا إلى "ملاحقة الشبكات التي تعمل في زوارة وغيرها من المدن الساحلية".

ويرى الباحث الليبي في الشؤون الاقتصادية عطية الفيتوري أن فاعلية الإجراءات "تبقى رهينة قدرة السلطات على ضبط الموانئ والحدود"، لافتا إلى أن "دعم أسعار الوقود المحلي هو ما يغذي التهريب في الأساس".

وتأتي الخطوة قبل أيام من مؤتمر باليرمو الذي تستضيفه إيطاليا يومي 12 و13 نوفمبر الجاري بمشاركة الأطراف الليبية، في محاولة لإحياء العملية السياسية وتحديد موعد للانتخابات.

وقال صاحب ورشة لصيانة السيارات في سوق الجمعة بطرابلس: "البنزين يطلع من هني بالشاحنات والناس واقفة في الطوابير، الحظر هذا ما يمس إلا المواطن الغلبان، والمهربين يعرفهم الكل".""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Libya"]),
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], [], core=False),
            G("sanctions.lifted", "negated", [_UNSC], ["Libya"], core=False),
        ],
        not_targets=["United Kingdom", "Italy"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-05-alsudani-security-council-2206-south-sudan-threat-2015",
        date(2015, 3, 4),
        """مجلس الأمن يلوح بعقوبات على معرقلي السلام في جنوب السودان

الخرطوم - «السوداني»

لوح مجلس الأمن الدولي، أمس الثلاثاء، بفرض عقوبات على قادة جنوب السودان الذين يعرقلون جهود السلام، بعد أن تبنى بالإجماع القرار 2206 الذي ينشئ نظاما يتيح حظر السفر وتجميد أصول كل من يثبت تورطه في إطالة أمد الحرب أو استهداف المدنيين أو عرقلة العمل الإنساني، من دون أن يسمي أي شخص بعينه.

وقالت المندوبة الأمريكية لدى الأمم المتحدة سامانثا باور إن القرار "رسالة إلى الرئيس سلفا كير ونائبه السابق رياك مشار بأن المجتمع الدولي نفد صبره"، مضيفة أن المجلس "مستعد لاستخدام هذه الأداة إذا لم يتوصل الطرفان إلى اتفاق في المهلة المحددة".

وتنتهي يوم الخميس المهلة التي حددتها الهيئة الحكومية للتنمية (إيقاد) للطرفين لتوقيع اتفاق نهائي لتقاسم السلطة في أديس أبابا، بعد أن تعثرت جولات سابقة من المفاوضات بسبب الخلاف على صلاحيات رئيس الوزراء وترتيبات الأمن في العاصمة جوبا.

ولم يدرج المجلس حتى الآن أي اسم على قائمة العقوبات، إذ ترك القرار للجنة مختصة أن تحدد الأسماء لاحقا بناء على توصيات فريق من الخبراء.

وكانت الولايات المتحدة قد فرضت في سبتمبر الماضي عقوبات على قائدين عسكريين، أحدهما من الجيش الحكومي والآخر من قوات المعارضة، هما ماريال شانوونق وبيتر قديت، بتهمة ارتكاب انتهاكات ضد المدنيين، فيما فرض الاتحاد الأوروبي في يوليو الماضي عقوبات مماثلة على قائدين آخرين.

ورفضت حكومة جنوب السودان القرار، وقال المتحدث باسمها مايكل مكوي لويث إن "العقوبات لن تجلب السلام بل ستعقد الأمور"، متهما بعض الدول الغربية "بالانحياز إلى المتمردين"، في حين رحبت المعارضة المسلحة بالقرار ودعت إلى "تطبيقه على من بدأ الحرب".

وأدت الحرب التي اندلعت في ديسمبر 2013 إلى مقتل عشرات الآلاف ونزوح نحو مليوني شخص، لجأ عشرات الآلاف منهم إلى السودان، ويعيش كثيرون منهم في مخيمات بولاية النيل الأبيض وأطراف الخرطوم.

ويرى الخبير في الشؤون الأفريقية الدكتور حسن الساعوري أن القرار "يظل أداة ضغط أكثر منه عقوبة فعلية"، مرجحا أن "تعطي الدول الكبرى الوساطة الأفريقية فرصة أخيرة قبل تفعيله".

وقال تاجر من أعالي النيل يعمل في سوق ليبيا بأم درمان: "زمان كنا بلد واحد، هسي الناس هناك بتموت من الجوع والحرب، والقادة ديل لازم يتفقوا عشان الناس ترجع بيوتها".""",
        [
            G("sanctions.threatened", "occurred", [_UNSC, "Samantha Power"],
              ["South Sudan", "Salva Kiir", "Riek Machar"]),
            G("sanctions.imposed", "negated", [_UNSC], ["South Sudan"], core=False),
            G("sanctions.imposed", "historical", [_US], ["Marial Chanuong", "Peter Gadet"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["South Sudan"], core=False),
        ],
        not_targets=["Sudan", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-06-afp-qatar-joins-francophonie-kinshasa-2012",
        date(2012, 10, 14),
        """قطر تنضم إلى المنظمة الدولية للفرانكفونية عضوا مشاركا

كينشاسا (أ ف ب) - انضمت قطر، أمس السبت، إلى المنظمة الدولية للفرانكفونية بصفة عضو مشارك، بقرار من قمة رؤساء دول وحكومات المنظمة المنعقدة في العاصمة الكونغولية كينشاسا، في خطوة أثارت تساؤلات في أوساط المدافعين عن اللغة الفرنسية، إذ لا تعد الفرنسية لغة متداولة على نطاق واسع في الإمارة الخليجية.

وقال الأمين العام للمنظمة عبدو ضيوف في مؤتمر صحفي إن القمة وافقت على طلب الدوحة "بعد دراسة الملف وفق المعايير المعتمدة"، مشيرا إلى أن قطر "أبدت التزاما واضحا بتعزيز تعليم اللغة الفرنسية ودعم برامج المنظمة".

واللافت أن قطر حصلت على صفة العضو المشارك مباشرة، من دون أن تمر بمرحلة المراقب التي تسبقها عادة، وهو ما انتقده نواب فرنسيون ومثقفون من كيبيك رأوا أن المنظمة "تفتح أبوابها للمال أكثر مما تفتحها للغة".

وتضم المنظمة، التي تأسست نواتها عام 1970، أكثر من خمسين دولة عضوا، بينها دول عربية مثل لبنان والمغرب وتونس ومصر وموريتانيا وجيبوتي وجزر القمر، إلى جانب عدد من الدول المراقبة.

ولا تزال الجزائر، حيث يتحدث الملايين اللغة الفرنسية، خارج المنظمة، إذ لم تنضم إليها رغم مشاركة رئيسها في بعض القمم بصفة ضيف، بسبب حساسيات تاريخية مرتبطة بالحقبة الاستعمارية.

وقال مسؤول في الوفد القطري لوكالة فرانس برس إن الانضمام "يعكس انفتاح قطر على العالم"، لافتا إلى أن الدوحة تستضيف مدارس فرنسية وفرعا لمعهد الدراسات السياسية، وأنها "ستسهم في دعم مشاريع المنظمة في أفريقيا".

وشهدت القمة حضور الرئيس الفرنسي فرانسوا هولاند، الذي انتقد في كلمته "الواقع غير المقبول" لحقوق الإنسان في الكونغو الديمقراطية، فيما هيمنت أزمة شمال مالي على جانب كبير من المناقشات.

ويرى مراقبون أن قطر، التي وسعت استثماراتها في فرنسا خلال السنوات الأخيرة، من نادي باريس سان جيرمان إلى حصص في كبرى الشركات، تسعى إلى تعزيز نفوذها في القارة الأفريقية عبر بوابة المنظمة.

وفي الدوحة، قالت طالبة قطرية تدرس الفرنسية في أحد المعاهد: "أنا أتعلم الفرنسية من سنتين، والحين صار عندنا سبب زيادة، يمكن نشوف برامج تبادل مع جامعات فرنسية وكندية".""",
        [
            G("alliance.joined", "occurred", ["Qatar"], ["Organisation internationale de la Francophonie"]),
            G("alliance.joined", "negated", ["Algeria"], ["Organisation internationale de la Francophonie"],
              core=False),
        ],
        not_targets=["France", "Democratic Republic of the Congo", "Mali"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-07-lusail-qatarenergy-conocophillips-germany-lng-2022",
        date(2022, 11, 29),
        """"قطر للطاقة" توقع اتفاقيتين لتزويد ألمانيا بالغاز المسال 15 عاما

الدوحة - «لوسيل»

وقعت "قطر للطاقة" وشركة "كونوكو فيليبس" الأمريكية، اليوم الثلاثاء في الدوحة، اتفاقيتين لبيع وشراء الغاز الطبيعي المسال، تقضيان بتوريد ما يصل إلى مليوني طن سنويا إلى ألمانيا لمدة خمسة عشر عاما على الأقل، اعتبارا من عام 2026، في أول اتفاق طويل الأمد لتزويد السوق الألمانية بالغاز القطري.

وقال وزير الدولة لشؤون الطاقة، العضو المنتدب والرئيس التنفيذي لـ"قطر للطاقة"، المهندس سعد بن شريده الكعبي، في مؤتمر صحفي، إن الاتفاقيتين "تسهمان في دعم أمن الطاقة في ألمانيا وأوروبا على المدى الطويل"، مضيفا أن الكميات ستشحن من مشروعي توسعة حقل الشمال الشرقي والجنوبي إلى محطة الاستقبال في برونسبوتل شمالي ألمانيا.

من جهته، قال رئيس "كونوكو فيليبس" ريان لانس إن الشركة "فخورة بالشراكة الممتدة مع قطر"، مشيرا إلى أن الشركة تملك حصة في مشروعي التوسعة.

ولم توقع قطر أي اتفاق مباشر مع الحكومة الألمانية أو مع شركة "يونيبر" المستوردة، بعد أشهر من مفاوضات تعثرت بسبب تمسك برلين بعقود قصيرة الأجل تتماشى مع أهدافها المناخية، في حين أصرت الدوحة على عقود لا تقل مدتها عن خمسة عشر عاما.

وكانت "قطر للطاقة" قد وقعت الأسبوع الماضي اتفاقية مع شركة "سينوبك" الصينية لتوريد أربعة ملايين طن سنويا لمدة سبعة وعشرين عاما، وصفت بأنها الأطول في تاريخ صناعة الغاز المسال.

ورحب المستشار الألماني أولاف شولتس بالاتفاق، وقال متحدث باسم الحكومة في برلين إن ألمانيا "تسعى إلى تنويع مصادرها بعيدا عن الغاز الروسي"، بعد أن توقفت إمدادات خط "نورد ستريم" منذ أواخر أغسطس الماضي.

ويرى محللون في قطاع الطاقة أن الكميات المتفق عليها "تبقى محدودة مقارنة بحاجة ألمانيا"، التي كانت تستورد أكثر من نصف احتياجاتها من روسيا قبل الحرب في أوكرانيا، لكنهم يعتبرونها "إشارة مهمة على عودة العقود الطويلة".

ويأتي الإعلان في وقت تستضيف فيه الدوحة بطولة كأس العالم لكرة القدم، وسط إقبال أوروبي متزايد على الغاز القطري منذ مطلع العام.

وقال سائق أجرة في الدوحة الحيّ كان يقل مشجعين ألمانا إلى استاد خليفة: "الحين الغاز القطري بيوصل بيوتهم في ألمانيا، والله شي يفرح، بس المنتخب الألماني ما حظه زين هالمرة".""",
        [
            G("agreement.signed", "occurred", ["QatarEnergy", "ConocoPhillips", "Qatar", "Saad Sherida al-Kaabi"],
              []),
            G("agreement.signed", "negated", ["Qatar"], ["Germany"], core=False),
            G("agreement.signed", "historical", ["QatarEnergy"], ["Sinopec"], core=False),
        ],
        not_targets=["Russia", "Ukraine"],
        known_miss="the two companies' signing of the LNG sale agreements gives no signing",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-08-asharqalawsat-saudi-germany-restore-ties-2018",
        date(2018, 9, 27),
        """الرياض وبرلين تطويان صفحة الخلاف.. وعودة السفير السعودي إلى ألمانيا

برلين - «الشرق الأوسط»

أعادت المملكة العربية السعودية وألمانيا علاقاتهما الدبلوماسية إلى طبيعتها، بعد أزمة استمرت نحو عشرة أشهر، إذ أعلن البلدان في بيان مشترك صدر أمس الأربعاء عودة السفير السعودي إلى برلين، عقب لقاء جمع وزير الخارجية عادل الجبير ونظيره الألماني هايكو ماس على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.

وقال ماس، في مؤتمر صحفي مشترك مع الجبير، إن العلاقات بين البلدين "شهدت في الأشهر الماضية سوء تفاهم يتعارض بشدة مع علاقاتنا القوية والاستراتيجية"، مضيفا: "كان علينا أن نكون أكثر وضوحا في تواصلنا لتجنب ذلك، ونأسف لهذا بصدق".

من جهته، أكد الجبير أن المملكة "تقدر الدور الألماني في المنطقة وتتطلع إلى تعزيز الشراكة في المجالات كافة"، معلنا دعوة نظيره الألماني إلى زيارة الرياض.

وكانت الرياض قد استدعت سفيرها من برلين في نوفمبر الماضي، احتجاجا على تصريحات لوزير الخارجية الألماني آنذاك زيغمار غابرييل، لمح فيها إلى أن السعودية احتجزت رئيس الوزراء اللبناني سعد الحريري خلال استقالته المعلنة من الرياض، وهو ما نفته المملكة.

وانعكست الأزمة على المبادلات التجارية، إذ أفادت شركات ألمانية بأنها استبعدت من مناقصات حكومية سعودية خلال الأشهر الماضية، فيما قدرت غرفة التجارة الألمانية تراجع الصادرات إلى المملكة بنحو خمسة في المئة.

ولم تتراجع برلين عن قرارها وقف منح تراخيص جديدة لتصدير الأسلحة إلى الدول المشاركة في حرب اليمن، وهو القرار الذي تضمنه اتفاق الائتلاف الحكومي في مارس الماضي، ولم يتطرق إليه البيان المشترك.

ويرى الباحث في معهد الدراسات الدولية والأمنية في برلين غيدو شتاينبرغ أن المصالحة "كانت مطلوبة من الطرفين، فالشركات الألمانية تريد حصتها من مشاريع رؤية 2030، والرياض تحتاج إلى ألمانيا في ملفات إقليمية عدة".

ووصفت صحف ألمانية اعتذار ماس بأنه "ثمن مقبول لاستعادة العلاقات"، بينما انتقده نواب من حزب الخضر معتبرين أنه "تنازل أمام الضغط السعودي".

وقال طالب سعودي يدرس الهندسة في مدينة آخن: "الحمد لله إن الأمور رجعت طبيعية، كنا خايفين على البعثات وتأشيرات أهلنا، والحين نقدر نركز في دراستنا".""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia", "Germany", "Adel al-Jubeir", "Heiko Maas"], []),
            G("sanctions.lifted", "negated", ["Germany"], ["Saudi Arabia"], core=False),
        ],
        not_targets=["Lebanon", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-09-xinhua-afghanistan-hezb-e-islami-peace-deal-2016",
        date(2016, 9, 29),
        """الرئيس الأفغاني وحكمتيار يوقعان اتفاق السلام.. ودمج مقاتلي الحزب الإسلامي في قوات الأمن

كابول 29 سبتمبر 2016 (شينخوا) وقع الرئيس الأفغاني محمد أشرف غني وزعيم الحزب الإسلامي قلب الدين حكمتيار، اليوم (الخميس)، اتفاق السلام بين الحكومة والحزب، في مراسم أقيمت بالقصر الرئاسي في كابول، ظهر خلالها حكمتيار عبر تسجيل مصور من مكان لم يكشف عنه، بعد أن وقع ممثلوه على الاتفاق بالأحرف الأولى الأسبوع الماضي.

وينص الاتفاق، المؤلف من 25 بندا، على أن تدمج الحكومة مقاتلي الحزب الإسلامي في صفوف الجيش والشرطة الأفغانيين خلال الأشهر المقبلة، وأن تمنح قادة الحزب عفوا عن الأفعال السابقة، وتطلق سراح عدد من سجنائه، مقابل أن يعلن الحزب وقف القتال ويحترم الدستور الأفغاني.

وقال غني في كلمة خلال المراسم إن الاتفاق "خطوة أولى نحو سلام شامل"، داعيا حركة طالبان إلى "أن تحذو حذو الحزب الإسلامي وتختار طريق الحوار بدلا من الحرب".

وأكد حكمتيار في كلمته المسجلة أن حزبه "سيعمل من أجل السلام والاستقرار"، داعيا إلى انسحاب القوات الأجنبية من البلاد.

ولم يوقع الحزب الإسلامي على أي ترتيبات لتسليم سلاحه الثقيل حتى الآن، إذ أرجئت التفاصيل الأمنية إلى لجنة مشتركة ستتولى حصر أعداد المقاتلين وأماكن وجودهم.

وتنتشر قوات أمريكية وقوات من حلف شمال الأطلسي في أفغانستان منذ عام 2001، ولا يزال نحو 8400 جندي أمريكي يعملون فيها ضمن مهمة لتدريب القوات الأفغانية ومكافحة الإرهاب.

وتعهدت الحكومة بموجب الاتفاق بالسعي لدى مجلس الأمن الدولي إلى شطب اسم حكمتيار من قائمة العقوبات، التي أدرج عليها عام 2003 بتهمة الارتباط بتنظيم القاعدة وحركة طالبان.

وانتقدت منظمات حقوقية الاتفاق، إذ قالت منظمة هيومن رايتس ووتش إن العفو "يرسخ الإفلات من العقاب" عن انتهاكات ارتكبت خلال الحرب الأهلية في تسعينيات القرن الماضي، حين قصفت قوات الحزب أحياء في كابول.

ويرى المحلل السياسي الأفغاني هارون مير أن الاتفاق "ذو قيمة رمزية أكثر منها عسكرية، لأن الحزب فقد معظم قوته الميدانية"، لكنه "قد يفتح الباب أمام مفاوضات مع فصائل أخرى".

وقال بائع خبز في حي كارته سه بكابول، بلغة الداري، إن "الناس تعبوا من الحرب، وإذا كان هذا الاتفاق سيجلب الأمان فأهلا به، لكننا لم ننس ما حدث في التسعينيات".""",
        [
            G("agreement.signed", "occurred", ["Afghanistan", "Ashraf Ghani", "Hezb-e-Islami", "Gulbuddin Hekmatyar"],
              []),
            G("forces.integrated", "planned", ["Afghanistan"], ["Hezb-e-Islami"]),
            G("agreement.signed", "negated", ["Hezb-e-Islami"], [], core=False),
            G("military.presence", "historical", [_US, "NATO"], ["Afghanistan"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Gulbuddin Hekmatyar"], core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-10-wam-south-korea-akh-unit-arrives-uae-2011",
        date(2011, 1, 14),
        """وصول وحدة "آخ" الكورية إلى الدولة للتدريب المشترك مع القوات المسلحة

أبوظبي في 14 يناير / وام / وصلت إلى الدولة أمس الخميس طلائع وحدة عسكرية من القوات الخاصة لجمهورية كوريا، تضم نحو 130 عسكريا، لتنتشر في إحدى القواعد العسكرية بالدولة، وذلك في إطار اتفاقية التعاون الدفاعي بين البلدين، لتتولى تدريب عناصر من القوات الخاصة بالقوات المسلحة وإجراء تمارين مشتركة معها.

وتحمل الوحدة اسم "آخ"، وهي كلمة عربية تعني "الأخ"، اختيرت تعبيرا عن علاقات الأخوة والصداقة بين البلدين، بحسب ما ذكره مسؤولون كوريون.

وكانت الجمعية الوطنية الكورية قد وافقت في الثامن من ديسمبر الماضي على إرسال الوحدة لمدة عامين قابلة للتجديد، رغم اعتراض نواب من المعارضة رأوا أن القرار "يخرج عن الإطار التقليدي لمشاركة القوات الكورية في الخارج تحت مظلة الأمم المتحدة".

وأكدت وزارة الدفاع الكورية أن الوحدة "لن تشارك في أي عمليات قتالية"، وأن مهمتها تقتصر على التدريب والتمارين المشتركة، إضافة إلى حماية المواطنين الكوريين في الدولة في حالات الطوارئ.

ويرتبط البلدان بشراكة استراتيجية تعززت منذ أن وقعت مؤسسة الإمارات للطاقة النووية في ديسمبر 2009 عقدا مع ائتلاف تقوده شركة كوريا للطاقة الكهربائية "كيبكو"، بقيمة تقارب عشرين مليار دولار، لبناء أربعة مفاعلات نووية سلمية في منطقة براكة بالمنطقة الغربية.

وسبق لكوريا أن نشرت قوات في الخارج، أبرزها فرقة "زيتون" التي انتشرت في مدينة أربيل بشمال العراق بين عامي 2004 و2008، وكانت ثالث أكبر قوة أجنبية في العراق آنذاك، إضافة إلى وحدة "تشيونغهاي" البحرية التي تشارك منذ عام 2009 في مكافحة القرصنة قبالة السواحل الصومالية.

وقال سفير جمهورية كوريا لدى الدولة في تصريح لوكالة أنباء الإمارات إن وصول الوحدة "يجسد مستوى الثقة الذي بلغته العلاقات"، معربا عن تطلع بلاده إلى "توسيع التعاون في مجالات الدفاع والطاقة والبنية التحتية".

ويعيش في الدولة أكثر من ستة آلاف مواطن كوري، يعمل كثير منهم في مشاريع البناء والطاقة.

وقال مواطن من سكان مدينة العين يعمل في قطاع النفط: "الكوريين ربعنا، شفناهم في براكة وفي الشركات، شغلهم زين ومرتب، وإذا جو يدربون عيالنا في الجيش فهذا شي طيب".""",
        [
            G("military.presence", "occurred", ["South Korea"], ["United Arab Emirates"]),
            G("military.presence", "historical", ["South Korea"], ["Iraq"], core=False),
            G("military.presence", "historical", ["South Korea"], ["Somalia"], core=False),
            G("agreement.signed", "historical", ["Emirates Nuclear Energy Corporation", "Korea Electric Power Corporation"],
              [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-11-elheddaf-algerian-club-transfers-sports-page-2019",
        date(2019, 7, 20),
        """شباب بلوزداد يعزز صفوفه بمهاجم دولي ويمدد عقد مدربه

الجزائر - «الهداف»

أعلنت إدارة نادي شباب بلوزداد، أمس الجمعة، انضمام المهاجم الدولي الجزائري السابق إلى صفوف الفريق لمدة موسمين، قادما من أحد أندية الدوري القطري، في صفقة وصفتها الإدارة بأنها "الأهم هذا الصيف"، تحسبا لمشاركة الفريق في كأس الاتحاد الأفريقي.

وقال رئيس مجلس الإدارة في تصريح للصحفيين بملعب 20 أوت إن اللاعب "وقع عقده أمس بعد مفاوضات استمرت أسبوعين"، مضيفا أن النادي "مدد أيضا عقد المدرب لموسم إضافي، تقديرا لنجاحه في إنقاذ الفريق من السقوط الموسم الماضي".

وفي المقابل، رفعت لجنة الانضباط التابعة للرابطة المحترفة العقوبة المفروضة على الملعب، بعد أن كانت قد فرضت على النادي اللعب من دون جمهور في ثلاث مباريات، إثر أحداث الشغب التي عرفتها مواجهة الداربي في أبريل الماضي.

كما فرضت اللجنة عقوبات مالية على ناديين من الرابطة الثانية بسبب تأخرهما في تسوية مستحقات لاعبين سابقين، وقررت تعليق إجازات التسجيل الخاصة بهما إلى غاية تسوية الوضعية.

ويخوض الفريق حاليا تربصا تحضيريا في تونس، حيث اتخذ من أحد فنادق مدينة عين دراهم قاعدة له لمدة ثلاثة أسابيع، يلعب خلالها أربع مباريات ودية أمام أندية تونسية وليبية.

وأكد المدير الرياضي أن النادي "يتفاوض مع لاعب وسط من الدوري المغربي"، وأن الصفقة "قد تحسم خلال الأيام المقبلة إذا توصل الطرفان إلى اتفاق حول الشروط المالية"، مشيرا إلى أن الإدارة وقعت كذلك عقد رعاية جديدا مع شركة اتصالات لمدة ثلاث سنوات.

وعاد الحارس الأساسي إلى التدريبات بعد تعافيه من الإصابة، فيما انضم ثلاثة لاعبين من فريق الأواسط إلى المجموعة الأولى بطلب من المدرب، الذي يريد "منح الفرصة للشباب".

وفي سياق متصل، أعلنت الرابطة أن قرعة البطولة ستسحب الأسبوع المقبل، على أن تنطلق المنافسة منتصف أوت، بعد تمديد فترة الانتقالات الصيفية أسبوعا إضافيا بطلب من الأندية.

ويأمل أنصار الفريق أن تنعكس التعاقدات الجديدة على النتائج، بعد موسمين صعبين لم يحقق فيهما النادي أي لقب، رغم الدعم الكبير الذي يحظى به في أحياء العاصمة.

وقال أحد المناصرين في حي بلوزداد: "الفريق هذا العام راهو واجد، جابو لاعبين مليح وزادو المدرب، إن شاء الله نديو البطولة ونفرحو الشعب".""",
        [],
        not_targets=["Algeria", "Qatar", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h74-12-almal-egyptian-telecom-alliance-business-page-2021",
        date(2021, 3, 15),
        """"المصرية للاتصالات" تنضم إلى تحالف لمد كابل بحري جديد وتوقع اتفاقيات للتوسع

القاهرة - «المال»

أعلنت الشركة المصرية للاتصالات انضمامها إلى تحالف دولي من شركات الاتصالات والتكنولوجيا لمد كابل بحري جديد يربط آسيا بأوروبا مرورا بالبحر الأحمر والأراضي المصرية، في صفقة قالت إنها "تعزز موقع مصر مركزا عالميا لعبور البيانات".

وقال الرئيس التنفيذي للشركة في بيان أرسلته إلى البورصة المصرية إن الشركة "وقعت اتفاقية الانضمام إلى التحالف مع الشركاء الدوليين"، مشيرا إلى أن الكابل سيدخل الخدمة خلال عامين، وأن الشركة ستوفر له مسارين بريين بين البحرين الأحمر والمتوسط.

وفي سياق متصل، مددت الشركة العمل بعرضها الترويجي على باقات الإنترنت المنزلي لثلاثة أشهر إضافية، بعد إقبال كبير من المشتركين، فيما أعلنت زيادة قاعدة عملاء الهاتف المحمول التابعة لها إلى أكثر من ستة ملايين مشترك.

وأعلنت البورصة المصرية تعليق التداول على سهم الشركة لمدة ساعة صباح أمس لحين نشر الإفصاح، ثم استؤنف التداول وارتفع السهم بنسبة 3.2 في المئة، مدعوما بمشتريات المؤسسات الأجنبية.

كما فرضت الهيئة القومية لتنظيم الاتصالات غرامات على إحدى شركات المحمول بسبب تراجع جودة الخدمة في عدد من المحافظات، في إطار حملة رقابية دورية تشمل جميع المشغلين.

ومن جهة أخرى، وقعت الشركة مذكرة تفاهم مع أحد البنوك الحكومية لتقديم خدمات الدفع الإلكتروني، واتفاقية مع شركة صينية لتوريد معدات شبكات الجيل الخامس، في إطار خطتها لتوسيع وجودها في السوق الأفريقية، حيث تسعى إلى تعزيز حضورها في كينيا وجيبوتي.

وقال محللون في بنوك استثمار إن انضمام الشركة إلى التحالف "يضيف مصدرا مستداما للإيرادات بالدولار"، متوقعين أن ترتفع إيرادات قطاع البنية التحتية الدولية بنسبة 15 في المئة خلال العام الجاري.

وأشار تقرير لإحدى شركات الوساطة إلى أن الشركة استعادت ثقة المستثمرين الأجانب بعد عامين من التراجع، وأن استمرار توزيع الأرباح النقدية يجعل السهم "جاذبا على المدى المتوسط".

وفي قطاع مراكز البيانات، أعلنت الشركة عن تمديد شراكتها مع شركة خليجية لإدارة مركز بيانات في القرية الذكية، وتوسيع سعته لاستيعاب طلبات عملاء من قطاعي البنوك والتجارة الإلكترونية.

وقال مستثمر يتابع الشاشات في إحدى شركات الوساطة بوسط القاهرة: "السهم ده بقاله فترة نايم، بس الأخبار دي هتصحيه، أنا ماسك فيه من زمان وناوي أزوّد".""",
        [],
        not_targets=["Egypt", "Kenya", "Djibouti", "China"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout74_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout74_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout74_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
        without_statuses=frozenset({"stalled"}),
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
