"""A ninety-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety-five Arabic held-out sets: Arabic copy of 2002-2023 as Lebanese and Jordanian
dailies, a Syrian site, an Iraqi agency, a Kurdish Arabic-language site and the Arabic wires of
international agencies carry it (a Beirut daily, "بيروت - «النهار»", with a Mar Mikhael gallery
owner; the French agency's Arabic wire, "نيويورك - «وكالة الصحافة الفرنسية»", with a Kigali
teacher; a Beirut daily's world page on agency copy, "نيويورك - «السفير» - وكالات", with a
fish seller of Luanda's Roque Santeiro market; the Turkish agency's Arabic service, "بروكسل - «الأناضول»", with a
coffee trader of Matagalpa; the German agency's Arabic wire, "واشنطن - «د ب أ»", with a Dhaka
travel agent; the Chinese agency's Arabic service, "جنيف - «شينخوا»", with a Vientiane silk
weaver; the Iraqi News Agency, "بغداد - «واع»", with a Karrada electrical engineer; an Amman daily,
"عمان - «الغد»", with a downtown taxi driver; the British agency's Arabic wire, "أبيدجان -
«رويترز»", with an Adjamé cloth seller; the Kurdish network's Arabic site, "أربيل - «رووداو»",
with a farmer of Wana below the dam; a Syrian site's sports page, "اللاذقية - «سيريانيوز» -
رياضة", with a Tishreen fan; and a Beirut daily's culture page, "بيروت - «الأخبار» - ثقافة", with
a Lebanese University student) on episodes the earlier sets do not carry as core news: the US
Treasury listing the network of the Lebanese art and diamond dealer Nazem Ahmad and Britain
freezing his assets, April 2023; the Security Council ending by Resolution 1823 the last arms
restrictions on Rwanda, July 2008; the Security Council suspending by Resolution 1412 its travel
ban on UNITA's leaders for ninety days, May 2002; the Council of the EU
extending its Nicaragua sanctions to October 2022, October 2021; Antony Blinken's visa-restriction
policy against those who undermine Bangladesh's elections, May 2023; Laos becoming the WTO's
158th member, February 2013; Mohammed Shia al-Sudani and Emmanuel Macron signing the Iraqi-French
strategic partnership, January 2023; Jordan sending its ambassador back to Israel after the release
of Heba al-Labadi and Abdul Rahman Miri, November 2019; Alassane Ouattara's decree merging the
defence and security forces and the Forces Nouvelles into the FRCI, March 2011; the first Italian
troops reaching the Mosul Dam to guard its repair, spring 2016.
Searched before writing in ALL earlier held-out files of both languages (up to set 115 English and
95 Arabic, and sets 97 and 98 Arabic and 116 English on their branches) by states, bodies, people,
places, companies and resolution numbers in Arabic and English spellings, reading the hits:
"Nazem"/"ناظم أحمد"/"Tajideen" (none); "1823" and Rwanda beside an embargo (none); "1412",
"UNITA"/"يونيتا" (set 35 Arabic names the travel ban "suspended in May" as one historical line of its
Luena integration, set 29 English carries that integration; the suspension itself is core nowhere;
Resolution 1022 on Yugoslavia, first chosen, was dropped: set 36 Arabic carries it, and set 97
Arabic on its branch Resolution 943); "Nicaragua"/"نيكاراغوا" (set 95 Arabic
carries the ENIMINAS listing, set 16 English American designations, set 114 English a visa
revocation of 2009: none the EU's renewal); "Bangladesh"/"بنغلاديش" (set 102 English carries
Bangladesh in the Colombo Security Conclave, nothing of visas or elections); "Laos"/"لاوس" (set 15
Arabic Laos an SCO dialogue partner, set 39 English a planned joining of another body; none the
WTO); "السوداني" beside "باريس" and France beside Iraq (none); "اللبدي"/"Labadi"/"مرعي" (none; set
90 English carries Jordan's return of its ambassador in 2015 after the Al-Aqsa recall, another
episode, set 104 English the Israeli ambassador of 2017); "Forces Nouvelles"/"القوى الجديدة",
"FRCI" and "Ouattara"/"واتارا" (sets 103 and 110 English carry the threats and the EU measures on
Gbagbo, not the merger); "Mosul Dam"/"سد الموصل" and "Trevi"/"تريفي" (none). Some sixty other
candidates were dropped because the search found them as core news (among them the Fayyadh,
Kildani, Khanjar, Fly Baghdad, Al-Huda Bank, Salameh and Katerji listings, the Lebanon framework
and emergency renewals, the Syria, Libya, Yemen, Mali and Central African renewals, the Côte
d'Ivoire lifting of 2016, the Lockerbie, Zimbabwe and Uzbek suspensions, Trump's threat to Iraq,
the Su-35, Brunson, Taiwan-arms and Georgia warnings, Iraq in the OPCW, Yemen, Afghanistan,
Montenegro and the Comoros in the WTO, Palestine in Interpol, the ICC and the Ottawa Treaty, the
Basra-Aqaba, Lebanon-Cyprus and Khor Abdullah agreements, the Iraq-Syria, Saudi-Iraqi,
Jordan-Qatar, Gulf-Lebanon and Senegal-Iran restorations, the Sahwa, PMF, Tiger Forces, Eighth
Brigade, Nepal and CNDP integrations, and Bashiqa, Azraq and NATO's Iraq mission).
Facts the writer is unsure of: the size of the Nazem Ahmad network (about fifty names), the
countries of its companies and Brian Nelson's words; Resolution 1823's terms (the end of the
notification duty and of the committee) and the Rwandan envoy's words; Resolution 1412's day (17
May 2002) and terms, the dates of the earlier UNITA measures; the Nicaragua list's size
(fourteen) and the dates of its listings; the day Blinken announced the policy (24 May 2023) and
the day Dhaka was told (3 May); Laos's tariff commitments and the day of its membership (2
February 2013); the fields of the Iraqi-French partnership and the later memoranda; the day the
Jordanian ambassador went back (written as Monday 11 November 2019) and the spokesman's words;
the decree's wording and the day it was read (17 March 2011); the day the first Italian soldiers
reached the dam (written as 11 April 2016), their number and the value of the Trevi contract.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Syrian football page (a club that "رفعت … عقوبة الإيقاف التي كانت قد فرضتها",
"انضمام مهاجم", "وقع عقدا", a contract "مدد", a disciplinary committee that "فرضت … غرامة", ticket
sales "علق", a sponsorship "اتفاقية رعاية", two youth teams to "دمج", referees the federation
"سينشر" and police patrols "نشرت", relations with the supporters' club that "عادت … إلى طبيعتها")
and a Lebanese culture page (a fair that decided "تمديد أيامه", a publisher that "وقعت … اتفاقية",
a house that announced "انضمامها إلى الاتحاد الدولي للناشرين", a play called «عقوبات» with a father
who "يفرض … حصارا", a censorship board that "رفعت … المنع" on a film whose showing it "علقت", a
review that "نشرت" an issue, a writers' union and actors' syndicate whose relations "عادت … إلى
مجاريها" and who "وقع … مذكرة تفاهم").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على شبكة
رجل الأعمال اللبناني ناظم سعيد أحمد" and a British government that "أعلنت … تجميد أصول أحمد"
impose (core; the United States, the Treasury and the United Kingdom; Nazem Ahmad, absent from the
knowledge base; not the Ivory Coast, South Africa, the UAE, Belgium or Hong Kong, where his
companies sit; Hezbollah, for which he is said to launder, neither a target nor a co-actor), the
listing "في كانون الأول 2019" beside Saleh Assi a historical imposition, "ولم تشمل العقوبات أيا من
المصارف اللبنانية" a negated imposition. A council that "رفع … ما تبقى من القيود المفروضة على بيع
الأسلحة … إلى رواندا" lifts (core; the Security Council; Rwanda), the embargo "في أيار 1994" a
historical imposition, its lifting for the government "في آب 1995" a historical lifting, "لم يرفع
الحظر المفروض على توريد الأسلحة إلى الجماعات المسلحة في شرق جمهورية الكونغو الديمقراطية" a negated
lifting, the Rwandan troops in Darfur "منذ عام 2004" a historical presence; the relations with
France "مقطوعة منذ عام 2006" are no event of a watched type. A council that "علق … لمدة تسعين يوما حظر السفر المفروض على كبار المسؤولين في حركة
«يونيتا»" suspends (core; the Security Council; UNITA), the travel ban "في آب 1997" and the
freeze and diamond ban of the next year a historical imposition, "ولا يشمل التعليق تجميد الأصول
وحظر تجارة الماس" a negated suspension, the Luena memorandum "في الرابع من نيسان الماضي" and the
Lusaka protocol of 1994 historical signings; a council that "سيدرس رفع بقية العقوبات «عندما تسمح
الظروف بذلك»" sets no plan, and the demobilisation ahead is no integration of a named force. A council that "مدد … الإجراءات التقييدية المفروضة على نيكاراغوا لمدة
عام" extends (core; the European Union and its Council; Nicaragua), the listings "في مايو 2020" and
"في أغسطس الماضي" historical impositions, the regime set up in October 2019 no event apart from
them, "ولم تشمل العقوبات حتى الآن الرئيس دانيال أورتيغا" a negated imposition, the sectoral
measures on which ministers "لم يتفق … بعد … وما زال النقاش بشأنها متعثرا" a stalled imposition,
the American, Canadian and British listings a historical imposition; Borrell's "مزيفة" is no
threat. A secretary of state who announced a policy to restrict visas, "محذرا من أن الولايات
المتحدة ستمنع التأشيرات عن كل من يلجأ إلى تزوير الأصوات", threatens (core; the United States and
Blinken; Bangladesh): the measure is conditional on conduct to come, as a reader of sanctions news
takes such a policy; "لم تفرض حتى الآن أي قيود على أشخاص بعينهم" a negated imposition, the Rapid
Action Battalion "في ديسمبر 2021" a historical imposition. A Laos that "انضمت … رسميا … إلى منظمة
التجارة العالمية" joins (core; Laos; the WTO; not China, Thailand or Vietnam), "من المنتظر أن تنضم
طاجيكستان" a planned joining, Ethiopia's talks "متعثرة منذ سنوات" a stalled joining, ASEAN "منذ عام
1997" a historical joining; the General Council's approval of October is no joining. Two leaders
who "وقع … اتفاقية للشراكة الاستراتيجية" sign (core; Iraq, France, al-Sudani and Macron; not Jordan,
Kuwait, Iran or Germany of the tour), the memoranda "من المقرر أن توقع" a planned signing, "ولم
يوقع الجانبان أي صفقة لشراء أسلحة" a negated signing, French forces "منذ عام 2014" a historical
presence, "لا تعتزم زيادة عدد قواتها" a negated presence; TotalEnergies' project and the Baghdad
conference are no events. A government that "أعادت … سفيرها لدى إسرائيل … إلى مقر عمله" restores
ties (core; Jordan; Israel), the embassy "لم تعد … إلى العمل إلا في كانون الثاني 2018" a historical
restoration, Wadi Araba "عام 1994" a historical signing; the recall, the annexes ended and the
Israeli request "بتمديد العمل بالملحقين" refused are no events of watched types. A president-elect
whose decree "يقضي بدمج قوات الدفاع والأمن والقوات المسلحة لـ«القوى الجديدة» … في جيش واحد"
integrates (core; Côte d'Ivoire, as "Ivory Coast", and Ouattara; the Forces Nouvelles, absent from
the knowledge base), the Ouagadougou agreement "في مارس 2007" a historical signing, its merger
"بقي متعثرا" a stalled integration, the loyal chief of staff who has not announced "انضمامه إلى
القوة الجديدة" a negated integration, the UN force and Licorne "منذ عام 2004" a historical
presence, the EU and US measures "منذ ديسمبر الماضي" a historical imposition on Gbagbo. Troops that
"وصلت طلائع القوات الإيطالية … إلى موقع السد" are a presence (core; Italy; Iraq: the rest "على أن
يكتمل وصول" is the same deployment, not a second event), the trainers in Erbil "منذ عام 2014" a
historical presence, "ولم ترسل الولايات المتحدة قوات برية لحماية السد" a negated presence; the
contract "أحالت … إلى الشركة الإيطالية" is a government's award to a firm, no agreement of states,
Renzi's offer of December the announcement of the same deployment, and the ambassador's "حذر … من
أن انهيار السد" no threat. The Syrian sports page and the Lebanese culture page carry no events.

Figures of the first run, before any fix (2026-12-07): events P 0.667, R 0.700, F1 0.683 (recall
7/10, precision 8/12); occurred core found 7/10; historical kept quiet 17/18, negated 9/9, stalled
3/3 (the planned events are none of them core). No annotation was changed after the run. Missed:
the Council's lifting (ar-h96-02), "رفع مجلس الأمن الدولي … ما تبقى من القيود المفروضة على بيع
الأسلحة والمعدات العسكرية إلى رواندا", gives nothing (only the resolution's "أنهى العمل بالحظر" is
read, as a historical lifting with no target); the signing in the Elysée (ar-h96-07), "وقع رئيس
مجلس الوزراء محمد شياع السوداني والرئيس الفرنسي إيمانويل ماكرون … اتفاقية للشراكة الاستراتيجية",
is not read, and the headline's "يوقعان" takes the negation of "ولم يوقع الجانبان أي صفقة"; the
Italian troops that "وصلت طلائع القوات الإيطالية … إلى موقع السد" (ar-h96-10) are read as a stalled
presence, not an occurred one. False alarms and unexpected alerts: in ar-h96-08 "منذ توقيع معاهدة
وادي عربة عام 1994", a signing dated by its year after "منذ", is read as an occurred signing, and
the deputies' demand to "وقف صفقة استيراد الغاز من إسرائيل" as an occurred imposition by Israel;
on the culture page (ar-h96-12) a publisher that "وقعت … اتفاقية مع دار فرنسية" gives a signing
with France and Lebanon for targets, and the writers' union and actors' syndicate that "وقع
الطرفان مذكرة تفاهم" a signing of Syria and Iraq, taken from "أصدقائه في دمشق وبغداد" a paragraph
earlier. Seen, not counted by the score: the Nazem Ahmad imposition has the unlinked "رجل الأعمال
اللبناني" for target and Britain's freeze none; the UNITA suspension has no target (UNITA is not in
the knowledge base) and the Luena memorandum's "دمج عدد منهم" is read as a historical integration
by Angola; the threat to Bangladesh has no target and no Blinken; Tajikistan's joining ahead is
read as stalled and Ethiopia's stalled talks as a stalled signing; Ouattara's merger has Côte
d'Ivoire for target and no actor; the Peshmerga's recapture of the dam, "قبل أن تستعيده
البيشمركة", is read as a historical joining. The Syrian sports page raises nothing. Five articles
are strict xfails (ar-h96-02, -07 and -10 on their core events, ar-h96-08 and -12 on their alerts).

After the fixes of 2026-12-07: events P 0.846, R 1.000, F1 0.917 (recall 10/10, precision
11/13). Five general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout96_rules_ar.py``: restrictions on the arms sold to a state ("القيود المفروضة على
بيع الأسلحة … إلى X", "… على توريد الأسلحة للسعودية") are a state's embargo, whose lifting is a
lifting, as "الحظر على بيع الأسلحة إلى X" already was (``_curbs_on_arms_to_state_ar``; curbs on a
trade at home or with no state named stay quiet): ar-h96-02's strict xfail removed. A stop on
trade joined by "و" to a step a demand asks for ("طالب نواب … بطرد السفير … ووقف صفقة استيراد
الغاز"; "دعت … إلى طرد السفير ووقف صادرات الأسلحة") is one more thing demanded, beyond the
demand's usual reach (``_trade_halted_after_ar`` in ``_demanded_in_series``); a stop in a clause
of its own or decided stays an imposition. A signer named after his office ("وقع رئيس مجلس
الوزراء محمد شياع السوداني …، مساء أمس …، اتفاقية") opens a subject of signers as a bare name
does (``_accord_after_named_subject``): ar-h96-07's strict xfail removed (its headline's
"يوقعان" still takes the negation of "ولم يوقع الجانبان", now beside an occurred signing). A
verbal noun right after "منذ" with a past year within eight words ("بأسوأ مراحلها منذ توقيع
معاهدة وادي عربة عام 1994") is the start of a span, historical however much the superlative
before it makes news (``_since_a_past_act_ar``); with the two causes above, ar-h96-08's strict
xfail removed. A collapse only feared ("وسط تحذيرات من خطر انهياره", "مخاوف من انهيار", "رغم
احتمال انهيار") is no stall of the step beside it (``_feared_collapse_ar``): ar-h96-10's strict
xfail removed. Left, as a strict xfail: the culture page's publishers and unions (ar-h96-12),
"وقعت دار نشر بيروتية … اتفاقية مع دار فرنسية" read with France and Lebanon for targets, and
"ووقع الطرفان مذكرة تفاهم" with Syria and Iraq taken from the cities of a paragraph before; a
general cause (a signing of firms or unions named by a demonym, and "الطرفان" resolved to the two
named in its own sentence) left for want of time before this round's deadline.
Later (general round 9): the works' nationality ("رواية لبنانية") names no party, and "الطرفان"
after "بين" in its own sentence takes no states from the sentence before; ar-h96-12's strict xfail
removed. The headline's "يوقعان" of ar-h96-07 no longer takes the negation of "ولم يوقع الجانبان
أي صفقة" (a denial of any deal of another kind).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

``python -m tests.unit.test_heldout96_events_ar`` prints every article's alerts and the set's
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
_UK = "United Kingdom"
_UN = "United Nations"
_UNSC = "United Nations Security Council"
_TREASURY = "United States Department of the Treasury"
_EU = "European Union"
_COUNCIL = "Council of the European Union"
_DRC = "Democratic Republic of the Congo"
_WTO = "World Trade Organization"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-01-annahar-us-and-uk-sanction-nazem-ahmad-network-2023",
        date(2023, 4, 19),
        """واشنطن ولندن تعاقبان شبكة ناظم أحمد.. وتتهمانه بتبييض أموال «حزب الله» عبر الألماس واللوحات

بيروت - «النهار»

فرضت وزارة الخزانة الأميركية، أمس الثلاثاء، عقوبات على شبكة رجل الأعمال اللبناني ناظم سعيد أحمد، شملت نحو خمسين فردا وكيانا في لبنان والإمارات وساحل العاج وجنوب أفريقيا وهونغ كونغ وبلجيكا، متهمة إياه بالتهرب من عقوبات سابقة وبتبييض ملايين الدولارات لصالح «حزب الله» عبر تجارة الألماس والأعمال الفنية. وفي الوقت نفسه، أعلنت الحكومة البريطانية تجميد أصول أحمد وإدراجه على قائمتها الخاصة بمكافحة الإرهاب، في خطوة قالت إنها منسقة مع واشنطن.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نيلسون، في بيان، إن أحمد «استخدم معارض فنية وشركات واجهة لنقل الأموال وإخفاء ملكيته لأصول ثمينة»، مضيفا أن الولايات المتحدة «ستواصل ملاحقة كل من يساعد حزب الله على الوصول إلى النظام المالي الدولي». وأوضح البيان أن العقوبات تقضي بتجميد أي أصول للمعنيين تخضع للولاية الأميركية، وتحظر على المواطنين الأميركيين التعامل معهم.

وكانت الخزانة قد أدرجت أحمد على لائحة الإرهابيين العالميين المصنفين بشكل خاص في كانون الأول 2019، إلى جانب رجل الأعمال صالح عاصي، متهمة إياهما بتمويل الحزب. غير أن البيان الجديد يقول إن أحمد واصل نشاطه بعد ذلك عبر أقارب وموظفين وشركات مسجلة بأسماء آخرين، وإنه جمع مجموعة فنية تقدر قيمتها بعشرات ملايين الدولارات، بعضها معروض في منزله في بيروت.

ولم تشمل العقوبات أيا من المصارف اللبنانية، وإن كانت مصادر مصرفية قالت لـ«النهار» إن عددا من المصارف بدأ منذ صباح أمس مراجعة الحسابات المرتبطة بالأسماء الواردة في القائمة، خشية التعرض لعقوبات ثانوية.

ولم يصدر أي تعليق عن «حزب الله» حتى مساء أمس، فيما نفى محام يمثل أحمد، في اتصال مع «النهار»، أي علاقة لموكله بالتمويل، واصفا الاتهامات بأنها «سياسية بامتياز»، ومؤكدا أن تجارة موكله «قانونية وموثقة بالفواتير».

وتأتي الخطوة في وقت يعيش فيه لبنان شغورا رئاسيا منذ نهاية تشرين الأول الماضي، وأزمة مالية يصفها البنك الدولي بأنها من الأسوأ في العالم منذ منتصف القرن التاسع عشر، فيما يحذر اقتصاديون من أن اتساع الاقتصاد النقدي يجعل البلاد أكثر عرضة للتدقيق الدولي.

وفي شارع مار مخايل، قال صاحب صالة عرض صغيرة للوحات: «سوق الفن في بيروت صغير، والجميع يعرف الجميع. ما يهمنا ألا يدفع الرسامون الشباب ثمن هذه القضايا. منذ الانهيار صار الفن ملجأ للدولار، وهذا ما جعل القطاع كله تحت المجهر».""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY, _UK], ["Nazem Ahmad"]),
            # the listing "في كانون الأول 2019" beside Saleh Assi
            G("sanctions.imposed", "historical", [_TREASURY], ["Nazem Ahmad", "Saleh Assi"], core=False),
            # "ولم تشمل العقوبات أيا من المصارف اللبنانية"
            G("sanctions.imposed", "negated", [_US], [], core=False),
        ],
        not_targets=["Ivory Coast", "South Africa", "United Arab Emirates", "Belgium", "Hong Kong"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-02-afp-unsc-ends-rwanda-arms-restrictions-2008",
        date(2008, 7, 11),
        """مجلس الأمن ينهي آخر القيود على توريد السلاح إلى رواندا بعد أربعة عشر عاما

نيويورك - «وكالة الصحافة الفرنسية»

رفع مجلس الأمن الدولي، أمس الخميس، ما تبقى من القيود المفروضة على بيع الأسلحة والمعدات العسكرية إلى رواندا منذ عام 1994، معتبرا أن الأسباب التي دعت إليها «لم تعد قائمة» بعد أربعة عشر عاما على الإبادة الجماعية التي راح ضحيتها نحو ثمانمئة ألف شخص، غالبيتهم من التوتسي.

واعتمد المجلس بالإجماع القرار 1823، الذي أنهى العمل بالحظر المفروض بموجب القرار 918، وألغى الالتزام الذي كان يفرض على الدول إخطار لجنة خاصة بكل شحنة سلاح موجهة إلى الحكومة الرواندية، كما حل اللجنة المكلفة بمتابعة تنفيذ هذه التدابير.

وكان المجلس قد فرض الحظر في أيار 1994، في ذروة المجازر، ثم رفعه عن الحكومة الرواندية في آب 1995 بموجب القرار 1011، مع الإبقاء عليه بالنسبة إلى الجماعات غير الحكومية وعلى آلية الإخطار، خشية وصول الأسلحة إلى ميليشيات «إنتراهاموي» التي فرت آنذاك إلى شرق زائير.

ورحب مندوب رواندا لدى الأمم المتحدة بالقرار، وقال إن بلاده «طوت صفحة طويلة من الشك»، مؤكدا أن جيشها يشارك اليوم في عمليات حفظ السلام في دارفور «بمعدات اشترتها بصعوبة بسبب القيود».

غير أن القرار لم يرفع الحظر المفروض على توريد الأسلحة إلى الجماعات المسلحة في شرق جمهورية الكونغو الديمقراطية، حيث تنشط «القوات الديمقراطية لتحرير رواندا» التي تضم عناصر متهمين بالمشاركة في الإبادة، وهو حظر يخضع لنظام عقوبات منفصل يراجعه المجلس سنويا.

وقالت منظمات حقوقية إن رفع القيود يجب ألا يصرف الانتباه عن اتهامات خبراء أمميين لكيغالي بدعم جماعات متمردة في إقليم كيفو، وهي اتهامات تنفيها الحكومة الرواندية بشدة.

ويشارك نحو ثلاثة آلاف جندي رواندي منذ عام 2004 في قوة الاتحاد الأفريقي المنتشرة في دارفور، وهم من أوائل الذين انتقلوا إلى القوة المختلطة للاتحاد الأفريقي والأمم المتحدة التي تسلمت مهامها مطلع العام الجاري.

ويرى دبلوماسيون في نيويورك أن القرار يعكس تحسن صورة رواندا لدى الدول الغربية، التي تعد من أكبر المانحين لها، وإن كانت العلاقات مع فرنسا لا تزال مقطوعة منذ عام 2006.

وفي كيغالي، قال مدرس في إحدى المدارس الثانوية بحي نياميرامبو: «جيلنا كبر مع كلمة الحظر. اليوم نشعر أن العالم يعاملنا كدولة عادية. لكن الذاكرة لا تمحى بقرار، ونحن نعرف ثمن السلاح في هذه التلال».""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Rwanda"]),
            # the embargo "في أيار 1994"
            G("sanctions.imposed", "historical", [_UNSC], ["Rwanda"], core=False),
            # lifted for the government "في آب 1995 بموجب القرار 1011"
            G("sanctions.lifted", "historical", [_UNSC], ["Rwanda"], core=False),
            # "لم يرفع الحظر المفروض على توريد الأسلحة إلى الجماعات المسلحة في شرق … الكونغو"
            G("sanctions.lifted", "negated", [_UNSC], [_DRC], core=False),
            # Rwandan troops in Darfur "منذ عام 2004"
            G("military.presence", "historical", ["Rwanda"], ["Sudan"], core=False),
        ],
        not_targets=["France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-03-assafir-unsc-suspends-unita-travel-ban-2002",
        date(2002, 5, 18),
        """مجلس الأمن يعلق حظر السفر على قادة «يونيتا» تسعين يوما لتسهيل مفاوضات السلام في أنغولا

نيويورك - «السفير» - وكالات

علق مجلس الأمن الدولي، أمس الجمعة، لمدة تسعين يوما حظر السفر المفروض على كبار المسؤولين في حركة «يونيتا» الأنغولية وأفراد عائلاتهم، لتمكينهم من المشاركة في المفاوضات الجارية مع الحكومة لتنفيذ اتفاق وقف إطلاق النار، بعد ثلاثة أشهر على مقتل زعيم الحركة التاريخي جوناس سافيمبي.

واعتمد المجلس بالإجماع القرار 1412، الذي يسمح لقادة الحركة بالتنقل داخل أنغولا وخارجها لحضور الاجتماعات المرتبطة بعملية السلام، على أن يراجع المجلس الإجراء قبل انتهاء المهلة في ضوء التقدم المحرز في تسريح مقاتلي الحركة ودمجهم.

وكان المجلس قد فرض حظر السفر على قادة «يونيتا» في آب 1997، ثم أضاف إليه في العام التالي تجميد أصول الحركة وحظر تجارة الماس الخام من المناطق الخاضعة لسيطرتها، بعد أن تنصلت من التزاماتها بموجب بروتوكول لوساكا الموقع عام 1994 وعادت إلى الحرب.

ولا يشمل التعليق تجميد الأصول وحظر تجارة الماس، إذ قال دبلوماسيون إن المجلس يريد الإبقاء على «أدوات الضغط» إلى أن تكتمل عملية إيواء المقاتلين في مناطق التجميع. وأشار القرار إلى أن المجلس سيدرس رفع بقية العقوبات «عندما تسمح الظروف بذلك».

ورحب سفير أنغولا لدى الأمم المتحدة بالقرار، ووصفه بأنه «إشارة ثقة» إلى الأطراف، فيما قال ممثل عن «يونيتا» في لشبونة إن الحركة «ستثبت أنها شريك جدي في السلام».

ووقعت الحكومة الأنغولية وقيادة الجناح العسكري لـ«يونيتا» في الرابع من نيسان الماضي في لوينا مذكرة تفاهم لإنهاء الحرب الأهلية المستمرة منذ عام 1975، تنص على إيواء نحو خمسين ألف مقاتل في مناطق تجميع، ودمج عدد منهم في الجيش والشرطة.

وتقول وكالات الإغاثة إن مئات الآلاف من المدنيين والمقاتلين وعائلاتهم يعيشون في ظروف إنسانية صعبة في مناطق التجميع، حيث ينقص الغذاء والدواء، وإن برنامج الأغذية العالمي يحتاج إلى تمويل عاجل لتفادي مجاعة في المناطق الشرقية.

ويرى محللون أن موت سافيمبي في شباط الماضي في اشتباك مع الجيش في ولاية موشيكو كان نقطة التحول الحاسمة في الحرب، بعد أن فشلت كل الاتفاقات السابقة.

وفي سوق روكي سانتيرو الشعبي في لواندا، قالت بائعة أسماك: «نسمع عن اجتماعات في الخارج واتفاقات جديدة. نحن نريد فقط أن تفتح الطرق إلى الريف، لأن أهلنا هناك لم نرهم منذ سنوات، والأسعار هنا لا ترحم أحدا».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["UNITA"]),
            # the travel ban "في آب 1997", the freeze and diamond ban of the next year
            G("sanctions.imposed", "historical", [_UNSC], ["UNITA"], core=False),
            # "ولا يشمل التعليق تجميد الأصول وحظر تجارة الماس"
            G("sanctions.suspended", "negated", [_UNSC], ["UNITA"], core=False),
            # the Luena memorandum "في الرابع من نيسان الماضي" and the Lusaka protocol of 1994
            G("agreement.signed", "historical", ["Angola", "UNITA"], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-04-anadolu-eu-extends-nicaragua-sanctions-2021",
        date(2021, 10, 12),
        """الاتحاد الأوروبي يمدد عقوباته على نيكاراغوا عاما إضافيا قبل الانتخابات

بروكسل - «الأناضول»

مدد مجلس الاتحاد الأوروبي، أمس الاثنين، الإجراءات التقييدية المفروضة على نيكاراغوا لمدة عام، حتى الخامس عشر من أكتوبر 2022، في ظل ما وصفه بـ«استمرار تدهور الوضع السياسي» في البلاد، قبل أقل من شهر على الانتخابات الرئاسية.

وقال المجلس في بيان إن الإطار القانوني للعقوبات يتيح فرض حظر سفر وتجميد أصول على أفراد وكيانات مسؤولين عن انتهاكات حقوق الإنسان أو عن تقويض الديمقراطية وسيادة القانون، مشيرا إلى أن القائمة تضم حاليا أربعة عشر شخصا، بينهم نائبة الرئيس والسيدة الأولى روساريو موريو.

وكان الاتحاد قد أنشأ نظام العقوبات الخاص بنيكاراغوا في أكتوبر 2019، بعد حملة القمع التي أعقبت احتجاجات نيسان 2018 وأسفرت عن مقتل أكثر من ثلاثمئة شخص، وفرض الدفعة الأولى من العقوبات على ستة مسؤولين أمنيين في مايو 2020، قبل أن يضيف ثمانية أسماء أخرى في أغسطس الماضي.

ولم تشمل العقوبات حتى الآن الرئيس دانيال أورتيغا نفسه، رغم مطالبات نواب في البرلمان الأوروبي بإدراجه على القائمة. كما لم يتفق وزراء الخارجية بعد على توسيع الإجراءات لتطال قطاعات اقتصادية، إذ تتحفظ دول عدة على أي خطوة قد تلحق الضرر بالسكان، وما زال النقاش بشأنها متعثرا.

واعتقلت السلطات منذ يونيو الماضي سبعة مرشحين محتملين للرئاسة وعشرات المعارضين والصحفيين، ما دفع الممثل الأعلى للسياسة الخارجية جوزيب بوريل إلى وصف الانتخابات المقبلة بأنها «مزيفة» وتفتقر إلى أي مصداقية.

من جهتها، رفضت حكومة ماناغوا القرار، ووصفت وزارة الخارجية النيكاراغوية العقوبات بأنها «تدخل سافر في الشؤون الداخلية» و«امتداد للسياسات الإمبريالية»، مؤكدة أن الانتخابات ستجري في موعدها في السابع من نوفمبر.

وكانت الولايات المتحدة وكندا وبريطانيا قد فرضت بدورها، خلال السنوات الثلاث الماضية، عقوبات على عشرات المسؤولين النيكاراغويين، بينهم أبناء للرئيس أورتيغا ومسؤولون في الشرطة والقضاء.

ويقول دبلوماسيون في بروكسل إن التمديد كان متوقعا، لأن قرار رفع العقوبات يتطلب إجماع الدول الأعضاء السبع والعشرين، وهو ما لا يتوفر في ظل الوضع الراهن.

وفي اتصال مع «الأناضول»، قال تاجر بن من مدينة ماتاغالبا شمالي البلاد: «العقوبات على الأسماء لا تصل إلينا مباشرة، لكن البنوك صارت تخاف من كل تحويل. نحن نبيع القهوة لأوروبا، ونريد فقط أن يبقى الطريق مفتوحا».""",
        [
            G("sanctions.extended", "occurred", [_EU, _COUNCIL], ["Nicaragua"]),
            # the first listings "في مايو 2020"
            G("sanctions.imposed", "historical", [_EU], ["Nicaragua"], core=False),
            # the eight names added "في أغسطس الماضي", Rosario Murillo among them
            G("sanctions.imposed", "historical", [_EU], ["Nicaragua", "Rosario Murillo"], core=False),
            # "ولم تشمل العقوبات حتى الآن الرئيس دانيال أورتيغا نفسه"
            G("sanctions.imposed", "negated", [_EU], ["Daniel Ortega"], core=False),
            # sectoral measures "لم يتفق وزراء الخارجية بعد … وما زال النقاش بشأنها متعثرا"
            G("sanctions.imposed", "stalled", [_EU], ["Nicaragua"], core=False),
            # the American, Canadian and British listings of the last three years
            G("sanctions.imposed", "historical", [_US, "Canada", _UK], ["Nicaragua"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-05-dpa-us-warns-bangladesh-of-visa-bans-over-elections-2023",
        date(2023, 5, 25),
        """واشنطن تلوح بحظر التأشيرات على كل من يقوض الانتخابات في بنغلاديش

واشنطن - «د ب أ»

أعلن وزير الخارجية الأمريكي أنتوني بلينكن، أمس الأربعاء، سياسة جديدة تتيح للولايات المتحدة تقييد منح التأشيرات لأي مواطن بنغلاديشي يثبت أنه مسؤول عن تقويض العملية الانتخابية الديمقراطية في بلاده أو متواطئ في ذلك، قبل الانتخابات العامة المقررة مطلع العام المقبل.

وقال بلينكن في بيان إن القيود «قد تطال مسؤولين حاليين أو سابقين في الحكومة، وأعضاء في أحزاب موالية أو معارضة، وعناصر في أجهزة إنفاذ القانون والقضاء والأمن»، محذرا من أن الولايات المتحدة ستمنع التأشيرات عن كل من يلجأ إلى تزوير الأصوات أو ترهيب الناخبين أو منع الأحزاب والصحفيين من التعبير عن آرائهم.

وأوضحت الخارجية الأمريكية أن الإدارة أبلغت حكومة رئيسة الوزراء الشيخة حسينة بالقرار في الثالث من مايو الجاري، وأنها لم تفرض حتى الآن أي قيود على أشخاص بعينهم بموجب السياسة الجديدة.

وكانت وزارة الخزانة الأمريكية قد فرضت في ديسمبر 2021 عقوبات على «كتيبة التدخل السريع»، وهي وحدة نخبة في الشرطة البنغلاديشية، وعلى سبعة من قادتها الحاليين والسابقين، بتهمة التورط في عمليات قتل خارج نطاق القانون وحالات اختفاء قسري.

ورحب وزير الخارجية البنغلاديشي أ. ك. عبد المؤمن بالخطوة في تصريح مقتضب، قائلا إن حكومته «ملتزمة بإجراء انتخابات حرة ونزيهة ولا تخشى شيئا»، فيما قال الحزب الوطني البنغلاديشي المعارض إن القرار «دليل على أن العالم يرى ما يجري» في البلاد.

وتعد الولايات المتحدة أكبر سوق منفردة لصادرات الملابس البنغلاديشية، إذ تستورد سنويا ما تزيد قيمته على ثمانية مليارات دولار، ويقيم فيها مئات آلاف المغتربين البنغلاديشيين.

ويقول محللون إن واشنطن اختارت أداة التأشيرات لأنها «تستهدف النخب مباشرة» من دون أن تمس الاقتصاد، إذ يرسل كثير من السياسيين والمسؤولين البنغلاديشيين أبناءهم للدراسة في الجامعات الأمريكية ويملكون عقارات في الخارج.

ولم تحدد الحكومة البنغلاديشية بعد موعدا نهائيا للانتخابات، فيما تطالب المعارضة بإجرائها تحت إشراف حكومة تصريف أعمال محايدة، وهو مطلب ترفضه رابطة عوامي الحاكمة.

وفي دكا، قال صاحب مكتب لخدمات السفر في حي موتيجهيل: «الهاتف لم يتوقف منذ الصباح. الناس يسألون هل ستتأثر تأشيرات الطلاب والعمال. قلت لهم: القرار للسياسيين وليس لنا، لكن لا أحد يصدق شيئا هذه الأيام».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Antony Blinken"], ["Bangladesh"]),
            # "لم تفرض حتى الآن أي قيود على أشخاص بعينهم"
            G("sanctions.imposed", "negated", [_US], ["Bangladesh"], core=False),
            # the Rapid Action Battalion "في ديسمبر 2021"
            G("sanctions.imposed", "historical", [_TREASURY], ["Rapid Action Battalion"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-06-xinhua-laos-becomes-158th-wto-member-2013",
        date(2013, 2, 3),
        """لاوس تصبح العضو الـ158 في منظمة التجارة العالمية

جنيف - «شينخوا»

انضمت جمهورية لاوس الديمقراطية الشعبية رسميا، أمس السبت، إلى منظمة التجارة العالمية، لتصبح العضو الثامن والخمسين بعد المئة فيها، بعد ثلاثين يوما من إيداعها وثيقة التصديق على بروتوكول الانضمام، منهية مسارا تفاوضيا بدأ قبل خمسة عشر عاما.

وقال المدير العام للمنظمة باسكال لامي في بيان إن انضمام لاوس «خطوة تاريخية لبلد غير ساحلي من أقل البلدان نموا»، مضيفا أنها «ستعزز اندماج اقتصادها في سلاسل الإنتاج الإقليمية وتبعث برسالة ثقة إلى المستثمرين».

وكان المجلس العام للمنظمة قد اعتمد شروط انضمام لاوس في السادس والعشرين من أكتوبر الماضي، بعد مفاوضات بدأت عام 1998، التزمت فيها فيينتيان بخفض متوسط الرسوم الجمركية على السلع إلى أقل من عشرين في المئة، وبفتح عشرة قطاعات خدمية أمام المستثمرين الأجانب، بينها المصارف والاتصالات والتأمين.

ومن المنتظر أن تنضم طاجيكستان إلى المنظمة في الثاني من مارس المقبل، بعد أن صادق برلمانها على بروتوكول انضمامها، في حين لا تزال مفاوضات انضمام إثيوبيا متعثرة منذ سنوات بسبب الخلاف على تحرير قطاعي الاتصالات والمصارف.

وتعد لاوس، البلد الوحيد غير المطل على البحر في جنوب شرق آسيا، عضوا في رابطة دول جنوب شرق آسيا «آسيان» منذ عام 1997، وهي آخر أعضاء الرابطة العشرة انضماما إلى منظمة التجارة العالمية.

وقال نائب وزير الصناعة والتجارة اللاوسي إن بلاده تتطلع إلى زيادة صادراتها من الملابس والقهوة والمنتجات الزراعية إلى أسواق الأعضاء، مشيرا إلى أن الحكومة عدلت خلال السنوات الماضية أكثر من تسعين قانونا ولائحة لتتوافق مع قواعد المنظمة.

ويرى اقتصاديون أن الانضمام سيزيد تدفق الاستثمارات الأجنبية إلى لاوس، التي حققت معدلات نمو تقارب ثمانية في المئة سنويا خلال العقد الماضي بفضل قطاعي التعدين والطاقة الكهرومائية، وإن كانوا ينبهون إلى أن المنافسة ستشتد على الصناعات المحلية الصغيرة. وتعد الصين وتايلاند وفيتنام أكبر شركاء لاوس التجاريين.

وفي سوق تالات ساو وسط فيينتيان، قالت صاحبة ورشة لنسج الحرير: «سمعنا كلمة التجارة العالمية في الراديو منذ سنوات. إذا صار التصدير أسهل فسيشتري الأجانب أقمشتنا مباشرة، بدلا من أن يأخذ الوسطاء في بانكوك نصف الثمن».""",
        [
            G("alliance.joined", "occurred", ["Laos"], [_WTO]),
            # "من المنتظر أن تنضم طاجيكستان إلى المنظمة في الثاني من مارس المقبل"
            G("alliance.joined", "planned", ["Tajikistan"], [_WTO], core=False),
            # "لا تزال مفاوضات انضمام إثيوبيا متعثرة منذ سنوات"
            G("alliance.joined", "stalled", ["Ethiopia"], [_WTO], core=False),
            # a member of ASEAN "منذ عام 1997"
            G("alliance.joined", "historical", ["Laos"], ["ASEAN"], core=False),
        ],
        not_targets=["China", "Thailand", "Vietnam"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-07-ina-iraq-and-france-sign-strategic-partnership-2023",
        date(2023, 1, 27),
        """العراق وفرنسا يوقعان اتفاقية شراكة استراتيجية في الإليزيه

بغداد - «واع»

وقع رئيس مجلس الوزراء محمد شياع السوداني والرئيس الفرنسي إيمانويل ماكرون، مساء أمس الخميس في قصر الإليزيه بباريس، اتفاقية للشراكة الاستراتيجية بين جمهورية العراق والجمهورية الفرنسية، تشمل مجالات الأمن والدفاع والطاقة والنقل والزراعة والتعليم العالي والثقافة.

وذكر بيان للمكتب الإعلامي لرئيس مجلس الوزراء، تلقته «واع»، أن الاتفاقية «تؤسس لمرحلة جديدة من التعاون الثنائي»، وتتضمن تشكيل لجنة مشتركة تجتمع سنويا لمتابعة تنفيذ بنودها، تشرف عليها وزارتا الخارجية في البلدين.

وقال السوداني، في مؤتمر صحفي مشترك مع ماكرون، إن العراق «ينظر إلى فرنسا شريكا أساسيا في مرحلة إعادة الإعمار»، مشيرا إلى أن المباحثات تناولت مشاريع الطاقة الشمسية ومعالجة المياه وتطوير مطار الموصل، إضافة إلى مشروع الطاقة المتكامل الذي تنفذه شركة «توتال إنرجيز» في البصرة.

من جانبه، أكد ماكرون أن بلاده ستواصل دعم القوات العراقية في مجالي التدريب ومكافحة الإرهاب، مذكرا بأن قوات فرنسية تعمل في العراق منذ عام 2014 ضمن التحالف الدولي ضد تنظيم «داعش». وأضاف أن فرنسا «لا تعتزم زيادة عدد قواتها في العراق»، وأن دورها سيبقى «في إطار المشورة والتدريب وبطلب من الحكومة العراقية».

ومن المقرر أن توقع الوزارات المعنية في البلدين مذكرات تفاهم تفصيلية في مجالات النقل والطاقة والري، خلال زيارة تعتزم وزيرة الخارجية الفرنسية القيام بها إلى بغداد في الربيع المقبل.

ولم يوقع الجانبان أي صفقة لشراء أسلحة أو طائرات، رغم تقارير صحفية تحدثت خلال الأسابيع الماضية عن مفاوضات بشأن مقاتلات «رافال» ومنظومات للدفاع الجوي.

وتأتي الزيارة، وهي الأولى للسوداني إلى فرنسا منذ توليه منصبه في تشرين الأول الماضي، بعد جولة شملت الأردن والكويت وإيران وألمانيا، في إطار ما تصفه الحكومة بسياسة «التوازن» في العلاقات الخارجية. وكانت فرنسا قد شاركت في تنظيم مؤتمر بغداد للتعاون والشراكة في آب 2021، كما استضافت جولته الثانية في الأردن الشهر الماضي.

وفي حي الكرادة ببغداد، قال مهندس كهرباء يعمل لدى شركة مقاولات: «نسمع عن الاتفاقيات منذ عشرين سنة. المهم أن نرى محطات تعمل في الصيف. إذا جاء الفرنسيون بالطاقة الشمسية فأهلا بهم، فالمولدات أكلت رواتبنا».""",
        [
            G("agreement.signed", "occurred", ["Iraq", "France", "Mohammed Shia al-Sudani", "Emmanuel Macron"], []),
            # "من المقرر أن توقع الوزارات المعنية في البلدين مذكرات تفاهم تفصيلية"
            G("agreement.signed", "planned", ["Iraq", "France"], [], core=False),
            # "ولم يوقع الجانبان أي صفقة لشراء أسلحة أو طائرات"
            G("agreement.signed", "negated", ["Iraq", "France"], [], core=False),
            # French forces in Iraq "منذ عام 2014"
            G("military.presence", "historical", ["France"], ["Iraq"], core=False),
            # "لا تعتزم زيادة عدد قواتها في العراق"
            G("military.presence", "negated", ["France"], ["Iraq"], core=False),
        ],
        not_targets=["Jordan", "Kuwait", "Iran", "Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-08-alghad-jordan-returns-ambassador-to-israel-2019",
        date(2019, 11, 12),
        """الأردن يعيد سفيره إلى تل أبيب بعد الإفراج عن اللبدي ومرعي

عمان - «الغد»

أعادت الحكومة سفيرها لدى إسرائيل غسان المجالي إلى مقر عمله، أمس الاثنين، بعد نحو أسبوعين على استدعائه للتشاور احتجاجا على استمرار اعتقال المواطنين الأردنيين هبة اللبدي وعبد الرحمن مرعي إداريا دون توجيه تهم إليهما.

وقال الناطق الرسمي باسم وزارة الخارجية وشؤون المغتربين، في تصريح صحفي، إن عودة السفير «جاءت بعد أن تحقق الهدف من استدعائه»، في إشارة إلى الإفراج عن اللبدي ومرعي وعودتهما إلى المملكة عبر جسر الملك حسين الأربعاء الماضي، مؤكدا أن الوزارة «ستواصل متابعة أوضاع جميع الأسرى الأردنيين في السجون الإسرائيلية».

وكان وزير الخارجية أيمن الصفدي قد أعلن في التاسع والعشرين من تشرين الأول استدعاء السفير، قائلا إن المملكة «ستتخذ كل الإجراءات اللازمة» لحماية مواطنيها، وهي المرة الأولى التي تستدعي فيها عمان سفيرها منذ أزمة السفارة الإسرائيلية صيف 2017.

وكانت تلك الأزمة قد اندلعت بعد مقتل مواطنين أردنيين برصاص حارس في السفارة الإسرائيلية بعمان في تموز 2017، ولم تعد السفارة إلى العمل إلا في كانون الثاني 2018، بعد أن قدمت إسرائيل اعتذارا رسميا وتعهدت بتعويض عائلات الضحايا.

وتأتي عودة السفير في وقت تمر فيه العلاقات بين البلدين بأسوأ مراحلها منذ توقيع معاهدة وادي عربة عام 1994، إذ أنهت المملكة يوم الأحد العمل بملحقي الباقورة والغمر في المعاهدة، واستعادت السيادة الكاملة على الأراضي التي كانت مؤجرة لإسرائيل منذ خمسة وعشرين عاما، رافضة طلبا إسرائيليا بتمديد العمل بالملحقين.

في المقابل، طالب نواب في مجلس النواب بطرد السفير الإسرائيلي من عمان ووقف صفقة استيراد الغاز من إسرائيل، معتبرين أن الإفراج عن المعتقلين «لا يمحو الإهانة»، وأن إعادة السفير «تمت على عجل».

ولا يزال الأردن يطالب بالإفراج عن نحو عشرين أسيرا أردنيا آخرين في السجون الإسرائيلية، بحسب أرقام اللجنة الوطنية للأسرى والمفقودين الأردنيين، بعضهم محكوم بالسجن المؤبد منذ تسعينيات القرن الماضي.

وفي وسط البلد، قال سائق تاكسي في الخمسينيات من عمره: «رجعت هبة لأهلها وهذا أهم شيء. السفير يروح ويرجع، لكن الناس هنا لا تنسى. الباقورة رجعت، وهذا يوم نفتخر فيه».""",
        [
            G("relations.restored", "occurred", ["Jordan"], ["Israel"]),
            # the embassy working again "في كانون الثاني 2018"
            G("relations.restored", "historical", ["Jordan", "Israel"], [], core=False),
            # the Wadi Araba treaty of 1994
            G("agreement.signed", "historical", ["Jordan", "Israel"], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-09-reuters-ouattara-merges-army-and-forces-nouvelles-2011",
        date(2011, 3, 18),
        """واتارا يدمج القوات النظامية والمتمردين السابقين في «القوات الجمهورية لساحل العاج»

أبيدجان - «رويترز»

أصدر الحسن واتارا، الذي تعترف به الأمم المتحدة والاتحاد الأفريقي رئيسا منتخبا لساحل العاج، مرسوما يقضي بدمج قوات الدفاع والأمن والقوات المسلحة لـ«القوى الجديدة»، المتمردة سابقا والمسيطرة على شمال البلاد منذ عام 2002، في جيش واحد يحمل اسم «القوات الجمهورية لساحل العاج».

وجاء في المرسوم، الذي تلاه الناطق باسم حكومة واتارا عبر تلفزيون موال له مساء الخميس، أن القوة الجديدة «تضع حدا لانقسام المؤسسة العسكرية»، وأن قيادتها ستتولاها هيئة أركان مشتركة يعين الرئيس أعضاءها لاحقا.

ويأتي القرار في وقت تتقدم فيه قوات «القوى الجديدة» في غرب البلاد، فيما يرفض الرئيس المنتهية ولايته لوران غباغبو التنحي منذ الانتخابات الرئاسية التي جرت في الثامن والعشرين من نوفمبر الماضي، متمسكا بقرار المجلس الدستوري الذي أعلن فوزه.

وكان اتفاق واغادوغو، الذي وقعه غباغبو وزعيم «القوى الجديدة» غيوم سورو في مارس 2007، قد نص على دمج الطرفين في جيش موحد، إلا أن هذا البند بقي متعثرا طيلة السنوات الأربع الماضية، ولم يدمج خلالها سوى بضعة آلاف من المقاتلين في وحدات مختلطة.

ولم يعلن أي من كبار قادة الجيش الموالين لغباغبو، وعلى رأسهم رئيس الأركان الجنرال فيليب مانغو، انضمامه إلى القوة الجديدة حتى مساء أمس.

وتنشر الأمم المتحدة في ساحل العاج منذ عام 2004 قوة لحفظ السلام يبلغ قوامها نحو تسعة آلاف جندي، إلى جانب قوة «ليكورن» الفرنسية، وقد تعرضت دورياتها في الأسابيع الماضية لهجمات من أنصار غباغبو في أبيدجان.

وقال محللون إن المرسوم «رسالة سياسية» أكثر منه خطوة عملية، لأن الجزء الأكبر من الجيش النظامي لا يزال يدين بالولاء لغباغبو، في حين تخضع قوات الشمال لقادة ميدانيين يتمتعون بنفوذ واسع في مناطقهم.

وكان الاتحاد الأوروبي والولايات المتحدة قد فرضا منذ ديسمبر الماضي عقوبات على غباغبو وزوجته والمقربين منه، شملت حظر السفر وتجميد الأصول، لدفعه إلى تسليم السلطة.

وفي سوق أدجامي، قال بائع أقمشة: «الجيش جيشان منذ تسع سنوات، والآن يقولون جيش واحد بمرسوم. نحن نريد أن نفتح المحلات من دون أن نسمع الرصاص في الليل، ولا يهم أي اسم يحملون».""",
        [
            G("forces.integrated", "occurred", ["Ivory Coast", "Alassane Ouattara"], ["Forces Nouvelles"]),
            # the Ouagadougou agreement "في مارس 2007"
            G("agreement.signed", "historical", ["Laurent Gbagbo", "Guillaume Soro", "Forces Nouvelles"], [], core=False),
            # the merger it provided for "بقي متعثرا طيلة السنوات الأربع الماضية"
            G("forces.integrated", "stalled", ["Ivory Coast"], ["Forces Nouvelles"], core=False),
            # Mangou and the loyal commanders who have not joined
            G("forces.integrated", "negated", ["Ivory Coast"], ["Philippe Mangou"], core=False),
            # the UN force and Licorne "منذ عام 2004"
            G("military.presence", "historical", [_UN, "France"], ["Ivory Coast"], core=False),
            # the EU and US sanctions "منذ ديسمبر الماضي"
            G("sanctions.imposed", "historical", [_EU, _US], ["Laurent Gbagbo"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-10-rudaw-italian-troops-reach-mosul-dam-2016",
        date(2016, 4, 12),
        """طلائع القوات الإيطالية تصل إلى سد الموصل لحماية أعمال الصيانة

أربيل - «رووداو»

وصلت طلائع القوات الإيطالية المكلفة بحماية سد الموصل إلى موقع السد، أمس الاثنين، تمهيدا لبدء شركة «تريفي» الإيطالية أعمال الصيانة العاجلة لأساساته، وسط تحذيرات أمريكية من خطر انهياره.

وقال مسؤول في وزارة البيشمركة لـ«رووداو» إن نحو مئة جندي إيطالي وصلوا على متن مروحيات ومركبات عسكرية قادمة من أربيل، على أن يكتمل وصول بقية القوة، البالغ قوامها نحو أربعمئة وخمسين جنديا، خلال الأسابيع المقبلة، مضيفا أن الجنود سيتمركزون في معسكر قرب السد بالتنسيق مع قوات البيشمركة والجيش العراقي.

وكانت الحكومة العراقية قد أحالت في الثاني من آذار الماضي عقد أعمال الحقن والصيانة، البالغة قيمته نحو مئتين وثلاثة وسبعين مليون يورو، إلى الشركة الإيطالية، بعد أن أعلن رئيس الوزراء الإيطالي ماتيو رينزي في كانون الأول الماضي استعداد بلاده لإرسال قوة لحماية العاملين.

ويشارك مئات العسكريين الإيطاليين منذ عام 2014 في تدريب قوات البيشمركة في أربيل، ضمن التحالف الدولي ضد تنظيم «داعش»، الذي سيطر على السد لأيام في آب من العام نفسه قبل أن تستعيده البيشمركة بإسناد جوي أمريكي.

ولم ترسل الولايات المتحدة قوات برية لحماية السد، مكتفية بفريق من المهندسين العسكريين الذين يراقبون حالته، وإن كان سفيرها في بغداد قد حذر في شباط من أن انهيار السد قد يغرق مدينة الموصل خلال ساعات ويهدد حياة أكثر من مليون شخص.

ورفضت فصائل في الحشد الشعبي وجود القوات الإيطالية، واعتبرتها «احتلالا مقنعا»، فيما أكد رئيس الوزراء حيدر العبادي أن وجودها «مؤقت ومحصور بحماية الشركة»، وأن الحكومة هي من طلبته.

ويقول خبراء إن السد، الذي بني في ثمانينيات القرن الماضي على تربة جبسية قابلة للذوبان، يحتاج إلى عمليات حقن متواصلة بالإسمنت، توقفت إلى حد كبير منذ سيطرة التنظيم على المنطقة وتسرب العاملين.

وفي بلدة وانة القريبة من السد، قال مزارع في الأربعينيات من عمره: «منذ سنتين نسمع أن السد سينهار. أولادي يسألونني كل ليلة أين نهرب. إذا جاء الإيطاليون وأصلحوه فليبقوا ما شاؤوا، المهم أن ننام مرتاحين».""",
        [
            G("military.presence", "occurred", ["Italy"], ["Iraq"]),
            # Italian trainers in Erbil "منذ عام 2014"
            G("military.presence", "historical", ["Italy"], ["Iraq"], core=False),
            # "ولم ترسل الولايات المتحدة قوات برية لحماية السد"
            G("military.presence", "negated", [_US], ["Iraq"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-11-syrianews-sports-tishreen-lifts-keeper-ban-2022",
        date(2022, 11, 8),
        """تشرين يرفع الإيقاف عن حارسه ويضم مهاجما قبل مواجهة الوحدة

اللاذقية - «سيريانيوز» - رياضة

رفعت إدارة نادي تشرين، أمس الاثنين، عقوبة الإيقاف التي كانت قد فرضتها على حارس مرمى الفريق الأول قبل أسبوعين، بسبب تأخره عن معسكر الفريق في حمص، وذلك بعد اجتماع ضم اللاعب والمدرب وأعضاء مجلس الإدارة، على أن يدفع الحارس غرامة مالية تقتطع من مستحقاته.

وقال مصدر في النادي لـ«سيريانيوز» إن الحارس سيعود إلى التدريبات الجماعية اعتبارا من اليوم، وإن المدرب يعول عليه في مباراة القمة أمام الوحدة يوم الجمعة المقبل على ملعب الباسل، خاصة بعد إصابة الحارس البديل في المباراة الماضية.

وفي سوق الانتقالات الشتوية، أعلن النادي انضمام مهاجم قادم من الدوري العراقي إلى صفوفه، بعد أن وقع عقدا لمدة موسم ونصف، في حين لا تزال المفاوضات مع لاعب وسط أردني متعثرة بسبب الخلاف على قيمة العقد. كما مدد النادي عقد مدرب اللياقة البدنية لموسم إضافي بطلب من الجهاز الفني.

من جهتها، فرضت لجنة الانضباط في اتحاد كرة القدم غرامة مالية على نادي الوحدة بسبب هتافات جماهيره في مباراته الأخيرة، وأوقفت مدافعه مباراتين بعد طرده، فيما علق الاتحاد مؤقتا بيع تذاكر المباراة عبر التطبيق الإلكتروني بسبب عطل تقني.

ووقع نادي تشرين أيضا اتفاقية رعاية مع شركة اتصالات خاصة لمدة ثلاثة مواسم، تتضمن ظهور شعارها على قميص الفريق وتأهيل أرضية الملعب التدريبي في حي الزراعة، كما قررت الإدارة دمج فريقي الشباب والأولمبي في فريق رديف واحد لتخفيف النفقات.

وأعلن الاتحاد أنه سينشر حكاما إضافيين خلف المرميين في مباراة القمة، بعد الاعتراضات التي رافقت الجولات السابقة، فيما نشرت قيادة الشرطة في اللاذقية دوريات في محيط الملعب لتنظيم دخول الجماهير.

وعادت العلاقات إلى طبيعتها بين إدارة النادي ورابطة المشجعين بعد خلاف استمر أسابيع حول توزيع بطاقات الدخول، إثر لقاء مصالحة رعاه محافظ اللاذقية.

ويتصدر تشرين، حامل لقب الدوري في الموسمين الماضيين، ترتيب المسابقة بفارق نقطة واحدة عن الوحدة، قبل خمس جولات من نهاية مرحلة الذهاب.

وفي مقهى على الكورنيش الجنوبي، قال مشجع تشريني في الستينيات من عمره: «الحارس أخطأ واعتذر، والموضوع انتهى. المهم يوم الجمعة. الوحدة فريق كبير، لكن جمهورنا في الباسل يساوي لاعبا إضافيا».""",
        [],
        not_targets=["Iraq", "Jordan", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h96-12-alakhbar-culture-beirut-book-fair-2019",
        date(2019, 3, 9),
        """معرض بيروت للكتاب الفرنكوفوني يمدد أيامه.. ومسرحية «عقوبات» تفتتح الموسم

بيروت - «الأخبار» - ثقافة

قررت إدارة معرض الكتاب الذي تستضيفه واجهة بيروت البحرية تمديد أيامه حتى مساء الأحد المقبل، بعد الإقبال الذي شهدته عطلة نهاية الأسبوع، فيما وقعت دار نشر بيروتية عريقة اتفاقية مع دار فرنسية لترجمة عشرين رواية لبنانية حديثة خلال ثلاث سنوات.

وأعلنت دار صغيرة تأسست قبل خمس سنوات انضمامها إلى الاتحاد الدولي للناشرين، لتصبح رابع دار لبنانية تنال عضويته، فيما قال مديرها إن الخطوة «تفتح الباب أمام معارض لم نكن نحلم بالمشاركة فيها».

وعلى خشبة مسرح المدينة في الحمرا، افتتحت مساء الخميس مسرحية «عقوبات» للمخرجة الشابة التي كتبت نصها عن عائلة بيروتية تنهار تحت ثقل الديون، وتبدأ بمشهد أب يفرض على أبنائه «حصارا» على الهاتف والتلفزيون بعد أن خسر عمله في أحد المصارف.

ورفعت لجنة الرقابة أخيرا المنع عن فيلم وثائقي عن الحرب الأهلية، كانت قد علقت عرضه قبل عام بحجة «إثارة النعرات»، وسيعرض في إحدى صالات الأشرفية الأسبوع المقبل بحضور مخرجه.

كما نشرت مجلة ثقافية فصلية عددا خاصا عن الشاعر الراحل، تضمن رسائل غير منشورة بينه وبين أصدقائه في دمشق وبغداد، وقالت رئيسة تحريرها إن العدد «نفد خلال يومين» من مكتبات شارع الحمرا.

وعادت العلاقات بين اتحاد الكتاب ونقابة الممثلين إلى مجاريها بعد قطيعة استمرت عامين بسبب خلاف على حقوق الاقتباس، ووقع الطرفان مذكرة تفاهم تنظم التعاون بينهما في الأعمال المسرحية والتلفزيونية.

ويشارك في المعرض هذا العام نحو مئة وعشرين دار نشر من لبنان وفرنسا وبلجيكا وكندا وسويسرا، ويتضمن برنامجه أكثر من مئتي ندوة وتوقيع كتاب، إضافة إلى ورش للأطفال في الرسم والقراءة.

وشهد جناح الأطفال ازدحاما لافتا صباح السبت، إذ نظمت مكتبة عامة من طرابلس ورشة لكتابة القصص القصيرة شارك فيها نحو ستين تلميذا من مدارس رسمية، بإشراف كاتبة قصص للأطفال فازت العام الماضي بجائزة عربية مرموقة.

وفي جناح إحدى دور النشر، قالت طالبة في الجامعة اللبنانية تحمل كيسا مليئا بالروايات: «الكتب صارت غالية، لكن المعرض فرصة نلتقي فيها بالكتاب وجها لوجه. اشتريت أربع روايات، وسأعود يوم الأحد إذا بقي معي مال».""",
        [],
        not_targets=["France", "Lebanon", "Belgium", "Canada", "Switzerland"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout96_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout96_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout96_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
