"""A ninetieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-nine Arabic held-out sets: Arabic copy of 2011-2023 as Libyan, Sudanese, American,
Algerian, British, Syrian, European, Mauritanian, French, German, Moroccan and Egyptian outlets
carry it (a Libyan news site, "بنغازي - «بوابة الوسط»", with an oil worker of Brega; a Sudanese
site, "الخرطوم - «سودان تربيون»", with a teacher of Kalma camp; the American channel's site,
"واشنطن - «الحرة»", with a Hamra shopkeeper; an Algerian daily, "موسكو - «الشروق»", with a Bab
El Oued pensioner; the British broadcaster's Arabic service, "نيروبي - «بي بي سي عربي»", with a
Bakara phone seller; a Damascus daily, "دمشق - «الوطن»", with an Aleppo taxi driver; the European
channel's Arabic service, "روما - «يورونيوز عربية»", with a Trastevere student; a Mauritanian
agency, "نواكشوط - «وكالة الأخبار المستقلة»", with a cloth trader; the French channel's Arabic
service, "نيويورك - «فرانس 24»", with a Tripoli oil clerk; the German broadcaster's Arabic service,
"موسكو - «دويتشه فيله عربية»", with an Obour market wholesaler; a Moroccan site's sports page,
"الدار البيضاء - «هسبريس» - رياضة", with a Wydad fan; and a Cairo daily's economy page, "القاهرة -
«المصري اليوم» - اقتصاد", with a bank clerk) on episodes the earlier sets do not carry as core
news: the Security Council's Libya sanctions committee and the US Treasury listing Ibrahim
Jadhran after his attack on the oil crescent, September 2018; the Security Council extending by
Resolution 2676 the mandate of the Darfur sanctions panel of experts, March 2023; David Schenker
warning of more American sanctions on Lebanese politicians after the listing of Ali Hassan Khalil
and Youssef Fenianos, September 2020; Abdelmadjid Tebboune and Vladimir Putin signing the
declaration of deepened strategic partnership in Moscow, June 2023; Joe Biden approving the
return of American troops to Somalia, May 2022; the Syrian army command taking the Local Defence
Forces into its ranks, 2017; Italy sending its ambassador back to Cairo after the Regeni recall,
August 2017; Mauritania returning to ECOWAS as an associate member, August 2017; the Security
Council easing by Resolution 2009 the freeze on Libya's oil companies, September 2011; Russia
lifting its restrictions on Egyptian fruit and vegetables after the ergot dispute, October 2016.
Searched before writing in ALL earlier held-out files of both languages (up to set 113 English and
88 Arabic, and set 88 Arabic on its branch) by states, bodies, people, places and resolution
numbers in Arabic and English spellings, reading the hits: "Jadhran"/"الجضران" (none); "2676"
(none); "Schenker"/"شينكر" (none; the Khalil and Fenianos listing is core news in sets 13, 15, 17,
34 and 66 Arabic, here only the background of the warning); Tebboune beside Putin (none: sets 15
and 51 Arabic and 24 and 49 English carry Tebboune on BRICS, an ambassador, the NDB and Italy);
Biden beside Somalia (set 74 English carries the renewal of the Somalia emergency, another
episode); "Local Defence"/"الدفاع المحلي" (none); "Regeni"/"ريجيني" (none); Mauritania beside
ECOWAS (only a rule sentence of another set, no article); "القرار 2009" (set 71 Arabic names it as
a one-line background); "Rosselkhoznadzor" and the Egyptian produce (none; set 56 English names
citrus of Turkey). Some sixty other candidates were dropped because the search found them as core
news (among them the Kaniyat, the Cartes and Martelly listings, the FARC delisting, Resolutions
2641, 2664, 2667, 2714 and 2745, the Syria oil-embargo easing of 2013, GL 22 and GL 23, the Caesar
exemption for Egyptian gas, Rusal, Transnistria, the Arévalo, Kosovo and CAATSA threats, Palestine
in the OPCW, Bolivia in Mercosur, Colombia as a NATO partner, the Suakin, Draghi and Gantz
accords, the Tunisia-Syria, Egypt-Turkey, Hamas-Syria, Somalia-Eritrea and Morocco-Cuba
restorations, the Azov, Iron Wolf, Ivorian, Mexican, Venezuelan and Ethiopian integrations, and
the Danish, Kenyan, Ugandan, Estonian, Italian and French deployments).
Facts the writer is unsure of: the day of the Jadhran listing (11 September 2018) and the Treasury
wording; Resolution 2676's vote (13 for, Russia and China abstaining) and the Sudanese envoy's
words; the day and medium of Schenker's warning; the contents of the Algerian-Russian declaration
and the trade figure; the number of American troops (under 500) and the day of the announcement;
the date, scope and wording of the Syrian command's decision on the Local Defence Forces (written
as of June 2017); Alfano's words and the day of the announcement (14 August 2017); the signatory
and the day of the Mauritania-ECOWAS agreement (9 August 2017, Abuja) and its terms; Resolution
2009's terms on the Central Bank; the day Russia lifted its restrictions and what Egypt promised.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the troops Biden "وافق على ... إعادة نشر"), next to historical, negated and stalled ones and a few
alertable events that are not core; two are near misses: a Moroccan football page (a club that
"رفعت … عقوبة الإيقاف", "انضمام مهاجم", a club that "وقع … عقدا", a contract "مدد", a federation
that "فرضت … غرامة", ticket sales "علقت", a "اتفاقية شراكة", a crew "نشرت") and an Egyptian economy
page (a bourse that "علقت التداول", two firms that "وقعتا مذكرة تفاهم", a shipper's "انضمامها إلى
تحالف دولي", a regulator that "فرضت غرامات" and "رفعت … الإيقاف", an agreement "مددت", teams
"نشرت").

The decisions of the annotation, taken before any run: a committee that "أدرجت … اسم … إبراهيم
الجضران على قائمة العقوبات" and a Treasury that "أعلنت … فرض عقوبات مماثلة" impose (core; the
Security Council and the United States; Jadhran, absent from the knowledge base), the embargo and
freezes "في فبراير 2011، بموجب القرار 1970" and the traffickers listed "في يونيو الماضي" historical
impositions, "ولم تتخذ اللجنة حتى الآن أي إجراء بحق قادة المجموعات المسلحة" a negated
imposition; the ceasefire the mission sponsored is no signing of the states. A council that "مدد …
ولاية فريق الخبراء … مبقيا على حظر السلاح وتدابير حظر السفر وتجميد الأصول" extends (core; the
Security Council; Sudan): the regime's monitoring renewed is the regime renewed as a reader of
sanctions news takes it; the embargo of 2004 and 2005 a historical imposition, "غير أن المجلس لم
يستجب لهذا الطلب" a negated lifting, the Juba agreement of October 2020 a historical signing, the
integration of the Rapid Support Forces "وهو ملف لم يحسم حتى الآن" a stalled integration; Russia
and China, which abstained, are no parties. An assistant secretary who "حذر … من أن الولايات
المتحدة ستفرض عقوبات إضافية على سياسيين لبنانيين" threatens (core; the United States; Lebanon),
the Treasury that "كانت … قد فرضت، الثلاثاء الماضي، عقوبات على" Khalil and Fenianos a historical
imposition, "ولم تفرض واشنطن حتى الآن أي عقوبات على … جبران باسيل" a negated imposition; France's
initiative is no event. Two presidents who "وقع … إعلانا للشراكة الاستراتيجية المعمقة" sign (core;
Algeria, Russia, Tebboune and Putin), the declaration of 2001 a historical signing, the ministers'
memoranda an occurred signing (not core), "ولم يوقع الطرفان … أي صفقة تسلح جديدة" a negated
signing; Algeria's application to BRICS is no joining (a request, no decision). A president who
"وافق … على … إعادة نشر قوات أميركية داخل الصومال" plans a presence (core, planned; the United
States and Biden; Somalia), the units rotating "انطلاقا من قواعد في كينيا وجيبوتي" a historical
presence (Kenya and Djibouti no targets of the Somali one), the African force "منذ عام 2007" a
historical presence, "لا تنوي نشر قوات قتالية برية" a negated presence; Trump's withdrawal is no
event of a watched type. A command that decided "بضم مجموعات «قوات الدفاع المحلي» … إلى ملاك
الجيش العربي السوري" integrates forces (core; the Local Defence Forces, absent from the knowledge
base; the Syrian army and Syria), the groups joined to the Fifth Corps "في العام الماضي" a
historical integration, the National Defence groups "ولم يشملها القرار" and the clans that "لم
تنضم بعد" negated integrations, the de-escalation memorandum of May a historical signing of
Russia, Iran and Turkey. A government that announced "إعادة سفيرها إلى القاهرة" restores ties
(core; Italy and Alfano; Egypt); the recall of 2016 and the family's protest are no events. A
state that "وقعت … اتفاق شراكة … تعود بموجبه إلى المنظمة الإقليمية بصفة عضو منتسب" joins (core;
Mauritania; ECOWAS), the signing itself an occurred signing (not core), "ولا يعني الاتفاق عودة
موريتانيا عضوا كامل العضوية" a negated joining, Morocco's request "لم تبت فيه القمة بشكل نهائي" a
stalled joining, the forces sent to Liberia, Sierra Leone, Guinea-Bissau and the Gambia historical
presences. A council that "خفف … التدابير المفروضة على ليبيا … رفع التجميد عن أصول المؤسسة
الوطنية للنفط" suspends, an easing as the design counts it (core; the Security Council; Libya),
the measures of Resolutions 1970 and 1973 a historical imposition, "ولم يرفع القرار الجديد حظر
السلاح" a negated lifting; the support mission is no military presence. A Russian agency that
announced "رفع القيود المؤقتة التي فرضتها الشهر الماضي على واردات الخضر والفاكهة من مصر" lifts
(core; Russia; Egypt), the restrictions "في الثاني والعشرين من سبتمبر" a historical imposition;
Egypt's ergot rule and the flights not resumed are no sanctions. The Moroccan sports page and the
Egyptian economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.462, R 0.400, F1 0.429 (recall
4/10, precision 6/13); occurred core found 4/9, planned 0/1; historical kept quiet 11/13, negated
6/8, stalled 1/2. No annotation was changed after the run. Missed: the warning of Schenker
(ar-h90-03), "حذر … من أن الولايات المتحدة ستفرض عقوبات إضافية على سياسيين لبنانيين", is read as a
planned imposition on Lebanon and Hezbollah, not as a threat (a false alarm as well); Biden's
approval (ar-h90-05), "وافق … على طلب … إعادة نشر قوات أميركية داخل الصومال", gives no planned
presence (only the negated "لا تنوي نشر قوات قتالية برية" is read, rightly negated); the Local
Defence Forces taken "إلى ملاك الجيش العربي السوري" (ar-h90-06) give no integration (the groups
are not in the knowledge base); Mauritania's return "بصفة عضو منتسب" (ar-h90-08) gives the
signing with ECOWAS but no joining; the easing by Resolution 2009 (ar-h90-09), "خفف … التدابير
المفروضة على ليبيا … رفع التجميد عن أصول المؤسسة الوطنية للنفط", is read as two occurred
liftings (one with Libya for actor and the oil corporation for target), not as a suspension, and
"وتجميدا لأصول" in the background as an occurred imposition with no target; Russia's lifting
(ar-h90-10), "أعلنت هيئة الرقابة البيطرية والصحة النباتية الروسية … رفع القيود المؤقتة … على
واردات الخضر والفاكهة من مصر", gives nothing at all (neither the lifting nor the restrictions
"فرضتها … في الثاني والعشرين من سبتمبر"). False alarms and unexpected alerts: in ar-h90-01 the
Treasury's "أعلنت وزارة الخزانة الأميركية فرض عقوبات مماثلة على الجضران" is read a second time as
an imposition by the Treasury with no target (the committee's listing has the Security Council
and the Petroleum Facilities Guard for targets, the actor left empty); in ar-h90-02 "الجدول الزمني
لدمج قوات الدعم السريع في الجيش، وهو ملف لم يحسم حتى الآن" is read as a planned integration; in
ar-h90-04 "مسعى الجزائر للانضمام إلى مجموعة «بريكس»" is read as a planned joining of BRICS.
Seen, not counted by the score: the extension of Resolution 2676 has no target (Sudan is
unlinked) and Sudan's envoy's "لقرار التمديد" is read as a second extension by Sudan; the
historical embargo of Libya has "United Nations" for a target; the ECOWAS forces' historical
presence has Lagos and Nigeria for actors; Italy's restoration has no Alfano; the negated Bassil
imposition carries Khalil, Fenianos and the Free Patriotic Movement as well. The two near misses
raise nothing. Nine articles are strict xfails (ar-h90-03, -05, -06, -08, -09 and -10 on their
core events, ar-h90-01, -02, -03, -04 and -09 on their alerts).

After the fixes of 2026-12-07: events P 0.538, R 0.500, F1 0.519 (recall 5/10, precision 7/13).
Two general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout90_rules_ar.py``: a warning verb now governs the measure its "من أن" clause
announces past a long subject AND a circumstance set off by commas ("حذرت وزيرة الخارجية
البريطانية …، في تصريحات للصحافيين أمس الاثنين، من أن المملكة المتحدة ستفرض عقوبات" is a threat,
no longer a planned imposition): the reach of fourteen tokens grows by the words of the aside or
the date (``_warned_reach_ar`` in ``rasd/events/status.py``); an announcement without a warning
past the same aside stays a planned imposition. ar-h90-03's threat is found and its strict xfail
on the core event removed; its alert xfail stays with a new reason: the headline's "عقوبات جديدة
على سياسيين لبنانيين قريبا", which the body's planned reading used to absorb, is now read on its
own as an occurred imposition with no actor. Second, a candidacy named in passing after a
preposition ("تطرق الوزير إلى مسعى الأرجنتين للانضمام", "عن مساعي صربيا للانضمام") is no joining
ahead, as "Iceland's application to join" already is in English (``_standing_bid_ar`` beside
``_standing_application_en``); a request lodged in the news ("قدمت السويد أمس طلبا للانضمام") and
a joining announced stay planned. ar-h90-04's false alarm is cured and that strict xfail removed.
Left, as strict xfails, for want of time before this
round's deadline rather than for want of a general cause: the approval to redeploy troops
(ar-h90-05), the groups taken "إلى ملاك الجيش" (ar-h90-06), the associate membership
(ar-h90-08), the easing read as liftings (ar-h90-09), the import curbs lifted (ar-h90-10), the
Treasury's imposition with no target (ar-h90-01) and the stalled integration read as planned
(ar-h90-02).

After the round on recent Arabic misses the same day (``test_general_misses_ar_recent_rules.py``):
events P 0.600, R 0.700, F1 0.646 (recall 7/10, precision 9/15). Restrictions lifted on a state's
trade ("رفع القيود على واردات … من X") are a lifting, and a measure called temporary ("القيود
المؤقتة") no longer makes its lifting a suspension: ar-h90-10's strict xfail removed. An approved
sending ("وافق … على إعادة نشر", "وافق على طلب … نشر") is a planned presence, "داخل" marks where
forces go, and a denial of combat troops no longer cancels another plan: ar-h90-05's strict xfail
removed.

After the round on general Arabic misses of sets 81 to 90 (``test_general_misses3_rules_ar.py``):
a step whose timetable a dispute is over ("خلافات حول الجدول الزمني لدمج") is stalled: ar-h90-02's
strict xfail removed. An imposition called similar ("فرض عقوبات مماثلة") with no target joins the
article's imposition: ar-h90-01's strict xfail removed. Groups taken "إلى ملاك الجيش", the army's
roster, are integrated: ar-h90-06's strict xfail removed. "قريبا" after a trigger puts it ahead, and
a headline's soon sanctions on one a threat names are that threat's: ar-h90-03's strict xfail removed.

After the round on general Arabic misses of sets 1 to 39 and 91 (``test_general_misses6_rules_ar.py``):
a freeze eased ("يخفف تجميد أصول") is a suspension: ar-h90-09's miss is cured and that strict xfail
removed (the liftings beside it stay a strict xfail on its alerts).

ar-h90-08 cured by ``test_general_misses7_rules_ar.py``'s lesser membership regained under an
accord signed with the bloc; its strict xfail removed.

``python -m tests.unit.test_heldout90_events_ar`` prints every article's alerts and the set's
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
_UNSC = "United Nations Security Council"
_ECOWAS = "Economic Community of West African States"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-01-alwasat-un-and-us-sanction-ibrahim-jadhran-2018",
        date(2018, 9, 12),
        """مجلس الأمن وواشنطن يفرضان عقوبات على إبراهيم الجضران بعد هجومه على الهلال النفطي

بنغازي - «بوابة الوسط»

أدرجت لجنة العقوبات التابعة لمجلس الأمن الدولي والمعنية بليبيا، مساء الثلاثاء، اسم آمر حرس المنشآت النفطية السابق إبراهيم الجضران على قائمة العقوبات، وقررت تجميد أصوله وحظر سفره، متهمة إياه بتهديد السلام والاستقرار في البلاد وبالمسؤولية عن الهجمات التي استهدفت موانئ الهلال النفطي منتصف يونيو الماضي.

وفي اليوم نفسه، أعلنت وزارة الخزانة الأميركية فرض عقوبات مماثلة على الجضران، موضحة في بيان أن مكتب مراقبة الأصول الأجنبية جمد أي ممتلكات له تخضع للولاية الأميركية، وحظر على المواطنين الأميركيين التعامل معه. وقال البيان إن الهجمات «أدت إلى خسائر بمئات الملايين من الدولارات في إيرادات الشعب الليبي».

وكان الجضران قد قاد في الرابع عشر من يونيو هجوما على ميناءي راس لانوف والسدرة، مما اضطر المؤسسة الوطنية للنفط إلى إعلان القوة القاهرة وإجلاء العاملين، قبل أن تستعيد قوات القيادة العامة السيطرة على المنطقة بعد أيام من المعارك.

ورحبت المؤسسة الوطنية للنفط بالقرار، وقال رئيسها مصطفى صنع الله إن «من يعبث بقوت الليبيين يجب أن يدفع الثمن»، داعيا إلى ملاحقة كل من شارك في الهجوم أو موله.

ويخضع عدد من الليبيين لعقوبات أممية منذ فرض مجلس الأمن في فبراير 2011، بموجب القرار 1970، حظرا على توريد السلاح إلى ليبيا وتجميدا لأصول معمر القذافي وأفراد من عائلته والمقربين منه. وفي يونيو الماضي أدرجت اللجنة ستة من قادة شبكات تهريب البشر على القائمة.

ولم تتخذ اللجنة حتى الآن أي إجراء بحق قادة المجموعات المسلحة التي تتقاتل منذ أواخر أغسطس في الضواحي الجنوبية لطرابلس، رغم مطالبات المبعوث الأممي غسان سلامة بمحاسبة من يخرقون وقف إطلاق النار الذي رعته البعثة في الزاوية.

ولا يعرف مكان إقامة الجضران حاليا، إذ تتحدث مصادر عن تنقله بين مناطق في الجنوب، بينما أصدر النائب العام في طرابلس مذكرة قبض بحقه في يوليو الماضي.

وفي مقهى قرب ميناء البريقة، قال عامل في قطاع النفط: «كل مرة يتوقف التصدير نحن أول من يدفع الثمن. العقوبات جيدة إذا ما بقيت حبرا على ورق، لكن الأهم ألا يتكرر ما حدث في يونيو».""",
        [
            G("sanctions.imposed", "occurred", [_UNSC, _US], ["Ibrahim Jadhran"]),
            # "في فبراير 2011، بموجب القرار 1970"
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            # the six traffickers listed "في يونيو الماضي"
            G("sanctions.imposed", "historical", [_UNSC], [], core=False),
            # "ولم تتخذ اللجنة حتى الآن أي إجراء بحق قادة المجموعات المسلحة"
            G("sanctions.imposed", "negated", [_UNSC], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-02-sudantribune-unsc-extends-darfur-sanctions-panel-2023",
        date(2023, 3, 9),
        """مجلس الأمن يمدد ولاية فريق خبراء عقوبات دارفور حتى سبتمبر 2024

الخرطوم - «سودان تربيون»

مدد مجلس الأمن الدولي، أمس الأربعاء، حتى الثاني عشر من سبتمبر 2024 ولاية فريق الخبراء المكلف بمساعدة لجنة العقوبات المفروضة على السودان بشأن دارفور، مبقيا على حظر السلاح وتدابير حظر السفر وتجميد الأصول المفروضة بموجب القرارات السابقة.

واعتمد المجلس القرار 2676 بأغلبية ثلاثة عشر صوتا، فيما امتنعت روسيا والصين عن التصويت، معتبرتين أن العقوبات «لم تعد تعكس الواقع على الأرض» بعد انتهاء مهمة البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة في الإقليم.

وكان مجلس الأمن قد فرض حظر السلاح على الجماعات المسلحة في دارفور عام 2004، ثم وسعه في مارس 2005 بموجب القرار 1591 ليشمل الحكومة السودانية وأنشأ لجنة للعقوبات وفريقا للخبراء يراقب تنفيذها.

وطالبت الحكومة السودانية مرارا خلال العامين الماضيين برفع العقوبات بالكامل، مؤكدة أن الأسباب التي فرضت من أجلها زالت بعد توقيع اتفاق جوبا للسلام في أكتوبر 2020. غير أن المجلس لم يستجب لهذا الطلب، واكتفى بالإشارة إلى استعداده لمراجعة التدابير في ضوء «معايير رئيسية» حددها في قرار سابق، من بينها تنفيذ الترتيبات الأمنية وخطة حماية المدنيين.

وقال مندوب السودان لدى الأمم المتحدة الحارث إدريس إن بلاده «تأسف» لقرار التمديد، وإن استمرار العقوبات «يعيق قدرة القوات النظامية على الاضطلاع بمسؤولياتها في حماية المدنيين في دارفور».

في المقابل، رأت المندوبة الأميركية أن الوضع الأمني في الإقليم لا يزال هشا، مشيرة إلى تصاعد الاشتباكات القبلية في غرب دارفور خلال الأشهر الأخيرة، ونزوح عشرات الآلاف.

ويأتي القرار فيما تتواصل في الخرطوم محادثات العملية السياسية بين المكون العسكري والقوى المدنية للتوقيع على اتفاق نهائي، وسط خلافات حول الجدول الزمني لدمج قوات الدعم السريع في الجيش، وهو ملف لم يحسم حتى الآن.

وفي معسكر كلمة للنازحين قرب نيالا، قال معلم في مدرسة ابتدائية: «نسمع عن القرارات في نيويورك، لكن السلاح موجود في كل مكان هنا. ما نريده أن يعود الناس إلى قراهم بأمان، وأن يجد أولادنا مدرسة لا تغلق كل شهر».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Sudan"]),
            # the embargo of 2004 and Resolution 1591 of March 2005
            G("sanctions.imposed", "historical", [_UNSC], ["Sudan"], core=False),
            # "غير أن المجلس لم يستجب لهذا الطلب"
            G("sanctions.lifted", "negated", [_UNSC], ["Sudan"], core=False),
            # the Juba agreement "في أكتوبر 2020"
            G("agreement.signed", "historical", ["Sudan"], [], core=False),
            # "لدمج قوات الدعم السريع في الجيش، وهو ملف لم يحسم حتى الآن"
            G("forces.integrated", "stalled", ["Rapid Support Forces"], ["Sudan"], core=False),
        ],
        not_targets=["Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-03-alhurra-schenker-warns-of-sanctions-on-lebanese-politicians-2020",
        date(2020, 9, 10),
        """شينكر: عقوبات جديدة على سياسيين لبنانيين قريبا

واشنطن - «الحرة»

حذر مساعد وزير الخارجية الأميركي لشؤون الشرق الأدنى ديفيد شينكر، في مقابلة مع «الحرة» أمس الأربعاء، من أن الولايات المتحدة ستفرض عقوبات إضافية على سياسيين لبنانيين متورطين في الفساد أو في دعم حزب الله، مؤكدا أن واشنطن «لن تتردد» في استخدام هذه الأداة «ضد كل من يعرقل الإصلاحات» التي يطالب بها اللبنانيون.

وقال شينكر إن «لائحة الأسماء ليست مغلقة»، وإن الإدارة الأميركية تعمل على ملفات «تطال شخصيات من مختلف الطوائف والأحزاب»، رافضا الإفصاح عن أسماء أو مواعيد محددة.

وتأتي تصريحاته بعد أن كانت وزارة الخزانة الأميركية قد فرضت، الثلاثاء الماضي، عقوبات على وزير المال السابق علي حسن خليل ووزير الأشغال العامة السابق يوسف فنيانوس، متهمة إياهما بتقديم خدمات سياسية ومادية لحزب الله مقابل منافع شخصية، في أول خطوة من نوعها تطال وزراء سابقين من حلفاء الحزب.

ولم تفرض واشنطن حتى الآن أي عقوبات على رئيس التيار الوطني الحر جبران باسيل، رغم تقارير صحافية تحدثت عن إدراجه ضمن لائحة قيد الدرس.

وكان شينكر قد زار بيروت مطلع الشهر الجاري، والتقى ممثلين عن المجتمع المدني ومجموعات الحراك، من دون أن يلتقي أيا من المسؤولين الرسميين، في رسالة فسرها مراقبون بأنها تعبير عن استياء أميركي من أداء الطبقة السياسية.

وتزامنت الزيارة مع مساعي رئيس الحكومة المكلف مصطفى أديب لتشكيل حكومة اختصاصيين ضمن المهلة التي حددتها المبادرة الفرنسية، التي أطلقها الرئيس إيمانويل ماكرون بعد انفجار مرفأ بيروت في الرابع من أغسطس.

ورد حزب الله على العقوبات الأخيرة، في بيان، بأنها «وسام على صدر» من استهدفتهم، معتبرا أنها محاولة «لفرض الشروط الأميركية على تشكيل الحكومة».

وتعاني البلاد من أسوأ أزمة اقتصادية منذ عقود، إذ فقدت الليرة أكثر من ثمانين في المئة من قيمتها منذ خريف العام الماضي، وتخلفت الحكومة في مارس عن سداد سندات دولية للمرة الأولى في تاريخها.

وفي شارع الحمرا، قال صاحب محل للأدوات الكهربائية: «الدولار صار بثمانية آلاف والكهرباء مقطوعة معظم النهار. العقوبات على السياسيين لا تطعمنا خبزا، لكن إذا كانت تخيفهم قليلا فربما يتحركون».""",
        [
            G("sanctions.threatened", "occurred", [_US], ["Lebanon"]),
            # "كانت وزارة الخزانة الأميركية قد فرضت، الثلاثاء الماضي"
            G("sanctions.imposed", "historical", [_US], ["Ali Hassan Khalil", "Youssef Fenianos"], core=False),
            # "ولم تفرض واشنطن حتى الآن أي عقوبات على … جبران باسيل"
            G("sanctions.imposed", "negated", [_US], ["Gebran Bassil"], core=False),
        ],
        not_targets=["France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-04-echorouk-tebboune-putin-sign-strategic-partnership-2023",
        date(2023, 6, 16),
        """تبون وبوتين يوقعان في موسكو إعلانا للشراكة الاستراتيجية المعمقة

موسكو - «الشروق»

وقع رئيس الجمهورية عبد المجيد تبون ونظيره الروسي فلاديمير بوتين، أمس الخميس في الكرملين، إعلانا للشراكة الاستراتيجية المعمقة بين الجزائر وروسيا، في ختام جولة محادثات رسمية شكلت محور زيارة الدولة التي يقوم بها الرئيس تبون إلى روسيا منذ الثلاثاء.

ويرسم الإعلان، وفق ما أوردته الرئاسة، إطارا جديدا للتعاون في مجالات الطاقة والزراعة والصناعة والتعليم العالي والفضاء، ويتضمن التزام البلدين بتنسيق مواقفهما في المحافل الدولية وتوسيع المبادلات التجارية التي بلغت نحو ثلاثة مليارات دولار العام الماضي.

وقال الرئيس تبون، في تصريح صحافي مشترك، إن الجزائر «تعتز بعلاقاتها التاريخية مع روسيا»، مذكرا بدعم الاتحاد السوفياتي لثورة التحرير، فيما وصف بوتين الجزائر بأنها «أحد أهم شركاء روسيا في العالم العربي وأفريقيا».

ويحل الإعلان الجديد محل إعلان الشراكة الاستراتيجية الذي وقعه البلدان عام 2001 خلال زيارة الرئيس الراحل عبد العزيز بوتفليقة إلى موسكو، والذي ظل الإطار المرجعي للعلاقات الثنائية أكثر من عقدين.

كما وقع وزراء من البلدين على هامش القمة عددا من مذكرات التفاهم في مجالات الإعلام والثقافة والتكوين المهني، بحسب ما أفادت به وكالة الأنباء الجزائرية.

ولم يوقع الطرفان، خلافا لما توقعته وسائل إعلام غربية، أي صفقة تسلح جديدة، وإن كان الملف العسكري قد حضر في المحادثات، بحسب مصادر دبلوماسية.

وتطرق الرئيس تبون إلى مسعى الجزائر للانضمام إلى مجموعة «بريكس»، معربا عن أمله في أن تحظى بدعم روسيا خلال قمة جوهانسبرغ في أغسطس المقبل، بعد أن قدمت الجزائر طلبها رسميا في نوفمبر الماضي.

ويشارك الرئيس تبون اليوم في الجلسة العامة لمنتدى سان بطرسبورغ الاقتصادي الدولي ضيف شرف، قبل أن يختتم زيارته بلقاء مع رجال أعمال روس مهتمين بالاستثمار في الجزائر.

ويذكر أن روسيا تعد المورد الرئيسي للسلاح إلى الجزائر منذ عقود، فيما تسعى الجزائر إلى تنويع شراكاتها الاقتصادية مع كل من الصين وتركيا وإيطاليا، التي أصبحت أول زبون للغاز الجزائري بعد اندلاع الحرب في أوكرانيا.

وفي حي باب الوادي بالعاصمة، قال متقاعد كان يتابع نشرة الأخبار في مقهى شعبي: «الروس أصدقاؤنا منذ أيام الثورة، هذا معروف. لكن ما يهمنا نحن أن تنعكس هذه الاتفاقيات على الأسعار وعلى فرص العمل للشباب، لا أن تبقى في التلفزيون».""",
        [
            G("agreement.signed", "occurred", ["Algeria", "Russia", "Abdelmadjid Tebboune", "Vladimir Putin"], []),
            # the declaration of 2001
            G("agreement.signed", "historical", ["Algeria", "Russia"], [], core=False),
            # the ministers' memoranda "على هامش القمة"
            G("agreement.signed", "occurred", ["Algeria", "Russia"], [], core=False),
            # "ولم يوقع الطرفان … أي صفقة تسلح جديدة"
            G("agreement.signed", "negated", ["Algeria", "Russia"], [], core=False),
        ],
        not_targets=["South Africa", "Italy", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-05-bbcarabic-biden-approves-troops-back-to-somalia-2022",
        date(2022, 5, 17),
        """بايدن يوافق على إعادة نشر قوات أميركية في الصومال

نيروبي - «بي بي سي عربي»

وافق الرئيس الأميركي جو بايدن على طلب وزير الدفاع لويد أوستن إعادة نشر قوات أميركية داخل الصومال، بعد أكثر من عام على سحب سلفه دونالد ترامب معظم الجنود الأميركيين من البلاد، بحسب ما أعلنه مسؤولون في الإدارة الأميركية.

وقال المسؤولون إن عدد الجنود الذين سيعاد نشرهم «أقل من 500»، وإن مهمتهم ستكون تدريب القوات الصومالية وتقديم المشورة لها في مواجهة حركة الشباب، وليس المشاركة المباشرة في القتال، مشيرين إلى أن الجنود سيأتون من وحدات كانت تتناوب على الدخول إلى الصومال والخروج منه انطلاقا من قواعد في كينيا وجيبوتي.

وكان الرئيس السابق ترامب قد أمر في ديسمبر 2020 بسحب نحو سبعمئة جندي من الصومال، في قرار انتقده قادة عسكريون اعتبروا أن «التنقل» بين الدول المجاورة يرفع المخاطر على الجنود ويضعف فاعلية المهمة.

ويتزامن القرار مع انتخاب البرلمان الصومالي الأحد حسن شيخ محمود رئيسا للبلاد، بعد أشهر من التأخير والخلافات السياسية التي قال مسؤولون أميركيون إنها صرفت الحكومة عن قتال الحركة.

وأوضح مسؤول في البنتاغون أن الإدارة لا تنوي نشر قوات قتالية برية في الصومال، وأن الضربات الجوية ستبقى «محدودة» بحماية القوات الشريكة.

وتنتشر في الصومال منذ عام 2007 قوة أفريقية لحفظ السلام، تحولت في أبريل الماضي إلى بعثة الاتحاد الأفريقي الانتقالية في الصومال، وتضم جنودا من أوغندا وبوروندي وكينيا وإثيوبيا وجيبوتي.

وتسيطر حركة الشباب، المرتبطة بتنظيم القاعدة، على مساحات واسعة من الريف في وسط البلاد وجنوبها، ونفذت في الأشهر الأخيرة هجمات دامية، من بينها هجوم على قاعدة للقوة الأفريقية في منطقة شبيلي الوسطى قتل فيه عشرات الجنود البورونديين.

ورحبت الحكومة الصومالية بالقرار، وقال مسؤول في وزارة الدفاع إن «وجود المدربين الأميركيين على الأرض يحدث فرقا حقيقيا في أداء وحدات دنب».

وفي سوق بكارة في مقديشو، قال بائع هواتف: «جربنا الجميع، الأفارقة والأميركيين والأتراك. المهم أن تتوقف التفجيرات في الأسواق. الناس هنا يريدون أن يفتحوا محلاتهم في الصباح ويعودوا إلى بيوتهم سالمين».""",
        [
            G("military.presence", "planned", [_US, "Joe Biden"], ["Somalia"]),
            # the units rotating "انطلاقا من قواعد في كينيا وجيبوتي"
            G("military.presence", "historical", [_US], ["Kenya", "Djibouti"], core=False),
            # the African force "منذ عام 2007"
            G("military.presence", "historical", ["African Union"], ["Somalia"], core=False),
            # "لا تنوي نشر قوات قتالية برية في الصومال"
            G("military.presence", "negated", [_US], ["Somalia"], core=False),
        ],
        not_targets=["Kenya", "Djibouti", "Burundi"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-06-alwatan-syrian-army-absorbs-local-defence-forces-2017",
        date(2017, 6, 20),
        """الجيش السوري يضم «قوات الدفاع المحلي» إلى صفوفه رسميا

دمشق - «الوطن»

أصدرت القيادة العامة للجيش والقوات المسلحة قرارا يقضي بضم مجموعات «قوات الدفاع المحلي» العاملة في محافظات حلب وحماة ودير الزور إلى ملاك الجيش العربي السوري، على أن يعامل عناصرها معاملة الاحتياط، وتتولى القيادة العامة تسليحهم ودفع رواتبهم وتحديد مهامهم.

وبحسب مصادر عسكرية تحدثت إلى «الوطن»، فإن القرار يشمل آلاف المقاتلين الذين حملوا السلاح خلال السنوات الماضية دفاعا عن مدنهم وبلداتهم، ويمنحهم بطاقات عسكرية ويحتسب خدمتهم ضمن الخدمة الاحتياطية، بما يسمح لمن تخلف منهم عن الخدمة الإلزامية بتسوية وضعه.

وأوضحت المصادر أن المجموعات ستنضوي تحت قيادة موحدة ترتبط مباشرة بالقيادة العامة، وأن قادتها السابقين سيحتفظون بمواقعهم «بعد تقييمهم»، مشيرة إلى أن الخطوة تندرج في إطار «تنظيم العمل الرديف» بعد تحرير الأحياء الشرقية من حلب أواخر العام الماضي.

وكانت القيادة العامة قد ضمت في العام الماضي عددا من المجموعات المسلحة الرديفة إلى «الفيلق الخامس - اقتحام» الذي تشكل من المتطوعين، فيما لا تزال مجموعات أخرى في ريف حماة تعمل تحت مسمى «الدفاع الوطني» ولم يشملها القرار الجديد.

ولم تنضم بعد مجموعات عشائرية في ريف دير الزور الشرقي إلى التشكيل الجديد، في ظل استمرار المعارك مع تنظيم داعش المحاصر لأحياء من المدينة، بحسب المصادر ذاتها.

ويرى متابعون أن الخطوة تهدف إلى إنهاء ظاهرة «الفصائل» المحلية التي تتبع قادة أفرادا، وإلى ضبط السلاح خارج إطار المؤسسة العسكرية، بعد شكاوى من تجاوزات على الحواجز في بعض الأحياء.

ويأتي القرار في وقت تتقدم فيه وحدات الجيش في البادية السورية باتجاه الحدود مع العراق، بدعم جوي روسي، فيما تتواصل في أستانا جولات التفاوض حول مناطق «تخفيف التصعيد» التي وقعت روسيا وإيران وتركيا مذكرة إنشائها في مايو الماضي.

وأكد مصدر عسكري أن القيادة ستفتح باب التطوع أمام الراغبين من أبناء المناطق التي أعيد إليها الأمن، بشرط أن يخضعوا لدورات تدريبية في معاهد الجيش قبل فرزهم إلى الوحدات.

وفي حي الحمدانية بحلب، قال سائق سيارة أجرة كان أخوه يقاتل ضمن إحدى هذه المجموعات: «الشباب تعبوا من الوضع الذي لا هو جيش ولا هو مدني. إذا صار عندهم رقم عسكري وراتب ثابت ويعرفون لمن يتبعون، فهذا أفضل للجميع».""",
        [
            G("forces.integrated", "occurred", ["Local Defence Forces"], ["Syrian Army", "Syria"]),
            # the groups joined to the Fifth Corps "في العام الماضي"
            G("forces.integrated", "historical", [], ["Syrian Army", "Syria"], core=False),
            # the National Defence groups "ولم يشملها القرار" and the clans that "لم تنضم بعد"
            G("forces.integrated", "negated", ["National Defence Forces"], ["Syrian Army", "Syria"], core=False),
            # the de-escalation memorandum "في مايو الماضي"
            G("agreement.signed", "historical", ["Russia", "Iran", "Turkey"], [], core=False),
        ],
        not_targets=["Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-07-euronews-italy-returns-ambassador-to-cairo-2017",
        date(2017, 8, 15),
        """روما تعيد سفيرها إلى القاهرة بعد ستة عشر شهرا من استدعائه

روما - «يورونيوز عربية»

أعلنت الحكومة الإيطالية، أمس الاثنين، إعادة سفيرها إلى القاهرة، بعد نحو ستة عشر شهرا من استدعائه للتشاور على خلفية مقتل طالب الدكتوراه الإيطالي جوليو ريجيني في مصر مطلع عام 2016.

وقال وزير الخارجية الإيطالي أنجيلينو ألفانو، في بيان، إن السفير جامباولو كانتيني سيتوجه إلى العاصمة المصرية لتسلم مهامه، مؤكدا أن وجوده هناك «سيساعد في تعزيز التعاون القضائي مع السلطات المصرية والبحث عن الحقيقة» في قضية ريجيني. وأضاف أن مصر «شريك لا غنى عنه» في ملفات ليبيا والهجرة غير النظامية ومكافحة الإرهاب.

وكانت روما قد استدعت سفيرها السابق ماوريتسيو ماساري في أبريل 2016، احتجاجا على ما وصفته بعدم تعاون القاهرة في التحقيقات، بعد العثور على جثة ريجيني وعليها آثار تعذيب على طريق القاهرة - الإسكندرية الصحراوي في فبراير من العام نفسه.

ورحبت وزارة الخارجية المصرية بالقرار، وقالت في بيان إن عودة السفير «تعكس عمق العلاقات التاريخية» بين البلدين، مشيرة إلى أن النيابة العامة المصرية سلمت نظيرتها الإيطالية وثائق جديدة في إطار التعاون القائم بينهما.

في المقابل، انتقدت عائلة ريجيني القرار بشدة، وقالت في بيان إنه جاء «في منتصف أغسطس، وفي غياب الحقيقة»، مطالبة الحكومة بعدم التخلي عن القضية. كما طالب نواب من المعارضة بتعليق التعاون العسكري مع مصر حتى كشف المسؤولين عن مقتل الطالب.

ولم توجه النيابة العامة في روما حتى الآن اتهامات رسمية إلى أي شخص في القضية، وإن كانت تقارير صحافية إيطالية تحدثت عن شبهات تطال عناصر في أجهزة أمنية مصرية.

ويرى مراقبون في روما أن الاعتبارات الاقتصادية لعبت دورا في القرار، لا سيما استثمارات شركة «إيني» في حقل «ظهر» للغاز في البحر المتوسط، الذي يتوقع أن يبدأ الإنتاج قبل نهاية العام.

وفي حي تراستيفيري، قالت طالبة جامعية علقت على شرفة منزلها لافتة صفراء كتب عليها «الحقيقة من أجل جوليو»: «كنا نعرف أن السفير سيعود يوما ما. لكننا لن ننزع اللافتات. جوليو كان واحدا منا، ونريد أن نعرف من قتله».""",
        [
            G("relations.restored", "occurred", ["Italy", "Angelino Alfano"], ["Egypt"]),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-08-alakhbar-info-mauritania-back-in-ecowas-as-associate-2017",
        date(2017, 8, 10),
        """موريتانيا توقع اتفاق شراكة يعيدها إلى فضاء «إيكواس» بعد سبعة عشر عاما

نواكشوط - «وكالة الأخبار المستقلة»

وقعت موريتانيا، أمس الأربعاء في أبوجا، اتفاق شراكة مع المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»، تعود بموجبه إلى المنظمة الإقليمية بصفة عضو منتسب، بعد سبعة عشر عاما من انسحابها منها.

ووقع الاتفاق عن الجانب الموريتاني وزير الشؤون الاقتصادية وترقية القطاعات الإنتاجية، وعن المجموعة رئيس مفوضيتها مارسيل دي سوزا، بحضور عدد من سفراء الدول الأعضاء، وفق ما أفادت به الوكالة الموريتانية للأنباء.

وينص الاتفاق على إقامة منطقة للتبادل الحر بين موريتانيا ودول المجموعة، وعلى تنسيق السياسات التجارية والجمركية، إضافة إلى التعاون في مجالات حرية تنقل الأشخاص والأمن ومكافحة الإرهاب والجريمة العابرة للحدود.

وكانت موريتانيا قد انسحبت من المجموعة عام 2000، في عهد الرئيس الأسبق معاوية ولد سيد أحمد الطايع، مفضلة التركيز على اتحاد المغرب العربي، قبل أن تعيد خلال السنوات الأخيرة تقوية علاقاتها مع جيرانها الجنوبيين.

ولا يعني الاتفاق عودة موريتانيا عضوا كامل العضوية في المجموعة، إذ لن يكون لها حق التصويت في قمم رؤساء الدول، ولن تلتزم بالعملة الموحدة التي تعمل المجموعة على إطلاقها.

ويأتي التوقيع بعد أسابيع من قمة منروفيا التي أعلنت فيها المجموعة موافقتها المبدئية على طلب المغرب الانضمام إليها عضوا كامل العضوية، وهو طلب لم تبت فيه القمة بشكل نهائي حتى الآن، في انتظار دراسة آثاره الاقتصادية والقانونية.

وقال خبير اقتصادي موريتاني إن الاتفاق «سيفتح أسواقا تضم أكثر من ثلاثمئة مليون مستهلك» أمام المنتجات الموريتانية، وخاصة الأسماك والمواشي، لكنه نبه إلى ضرورة حماية الصناعات المحلية الناشئة من المنافسة.

وتضم المجموعة خمس عشرة دولة، وقد تأسست عام 1975 بموجب معاهدة لاغوس وتتخذ من أبوجا مقرا لها، ونشرت في السنوات الماضية قوات في ليبيريا وسيراليون وغينيا بيساو، وأخيرا في غامبيا مطلع العام الجاري.

وفي سوق العاصمة بنواكشوط، قال تاجر أقمشة يستورد بضاعته من السنغال ومالي: «نحن نعمل مع الجنوب منذ زمن طويل، قبل الاتفاق وبعده. إذا خفت الرسوم على الحدود في روصو فهذا خير للجميع، والمهم أن تتوقف المضايقات عند المعابر».""",
        [
            G("alliance.joined", "occurred", ["Mauritania"], [_ECOWAS]),
            # the association agreement itself
            G("agreement.signed", "occurred", ["Mauritania", _ECOWAS], [], core=False),
            # "ولا يعني الاتفاق عودة موريتانيا عضوا كامل العضوية"
            G("alliance.joined", "negated", ["Mauritania"], [_ECOWAS], core=False),
            # Morocco's request "لم تبت فيه القمة بشكل نهائي حتى الآن"
            G("alliance.joined", "stalled", ["Morocco"], [_ECOWAS], core=False),
            # the forces sent to Liberia, Sierra Leone, Guinea-Bissau and the Gambia
            G("military.presence", "historical", [_ECOWAS], ["Liberia", "Sierra Leone", "Guinea-Bissau", "Gambia"], core=False),
        ],
        not_targets=["Senegal", "Mali", "Nigeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-09-france24-unsc-eases-libya-oil-asset-freeze-2011",
        date(2011, 9, 17),
        """مجلس الأمن يخفف تجميد أصول شركات النفط الليبية وينشئ بعثة للدعم

نيويورك - «فرانس 24»

خفف مجلس الأمن الدولي، أمس الجمعة، التدابير المفروضة على ليبيا منذ فبراير الماضي، إذ قرر رفع التجميد عن أصول المؤسسة الوطنية للنفط وشركة الزويتينة للنفط، وتخفيف القيود المفروضة على المصرف المركزي الليبي ومؤسسات مالية أخرى، لمساعدة السلطات الجديدة على إعادة تشغيل الاقتصاد ودفع الرواتب.

واعتمد المجلس بالإجماع القرار 2009، الذي أنشأ أيضا بعثة الأمم المتحدة للدعم في ليبيا لمدة ثلاثة أشهر، تتولى مساعدة المجلس الوطني الانتقالي في استعادة الأمن وسيادة القانون والتحضير للانتخابات وصياغة دستور جديد.

وكان المجلس قد فرض في السادس والعشرين من فبراير، بموجب القرار 1970، حظرا على توريد السلاح إلى ليبيا وتجميدا لأصول العقيد معمر القذافي وأفراد عائلته، ثم وسع التجميد في مارس بموجب القرار 1973 ليشمل المؤسسة الوطنية للنفط والمصرف المركزي ومؤسسات أخرى.

ولم يرفع القرار الجديد حظر السلاح، وإن أجاز توريد أسلحة ومعدات إلى السلطات الليبية لأغراض أمنية بشرط إخطار لجنة العقوبات مسبقا. كما أبقى على تجميد أصول القذافي وأفراد عائلته، وعلى منطقة الحظر الجوي التي قال دبلوماسيون إن المجلس سيراجعها في وقت لاحق.

وقال المندوب البريطاني إن القرار «يبعث رسالة واضحة بأن المجتمع الدولي يقف إلى جانب الشعب الليبي»، فيما رحب ممثل المجلس الوطني الانتقالي بالخطوة، داعيا إلى الإفراج عن بقية الأصول المجمدة «في أسرع وقت ممكن».

وجاء القرار في يوم اعترفت فيه الجمعية العامة للأمم المتحدة بالمجلس الوطني الانتقالي ممثلا لليبيا، بينما تواصل قوات المجلس هجومها على مدينتي سرت وبني وليد، آخر معاقل أنصار القذافي.

ويقدر دبلوماسيون حجم الأصول الليبية المجمدة في الخارج بأكثر من مئة وخمسين مليار دولار، أفرجت دول عدة عن جزء منها خلال الأسابيع الماضية بموافقة لجنة العقوبات.

وفي بنغازي، قال مسؤول في المجلس الانتقالي إن الحكومة تحتاج إلى الأموال المفرج عنها لتمويل واردات الوقود والأدوية، ولدفع مستحقات آلاف الجرحى الذين يعالجون في الخارج.

وفي طرابلس، قال موظف في إحدى شركات النفط: «لم نقبض رواتبنا منذ ثلاثة أشهر. إذا عادت الأموال والحقول للعمل فسنستطيع أن نبدأ من جديد. الناس هنا متفائلون، لكنهم متعبون أيضا».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["Libya"]),
            # Resolutions 1970 and 1973
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            # "ولم يرفع القرار الجديد حظر السلاح"
            G("sanctions.lifted", "negated", [_UNSC], ["Libya"], core=False),
        ],
        known_alarm=(
            'the easing is read as two occurred liftings, the background freeze as an imposition'
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-10-dw-russia-lifts-curbs-on-egyptian-produce-2016",
        date(2016, 10, 20),
        """موسكو ترفع القيود على واردات الخضر والفاكهة المصرية

موسكو - «دويتشه فيله عربية»

أعلنت هيئة الرقابة البيطرية والصحة النباتية الروسية، أمس، رفع القيود المؤقتة التي فرضتها الشهر الماضي على واردات الخضر والفاكهة من مصر، بعد أن تلقت ضمانات من السلطات المصرية بتشديد الرقابة على الشحنات المصدرة إلى روسيا.

وقالت الهيئة في بيان إن قرارها جاء إثر محادثات بين خبراء البلدين في موسكو، اتفق خلالها الجانبان على «آلية لتتبع المنتجات» وتبادل المعلومات حول الشحنات المخالفة، مؤكدة أنها ستواصل فحص الشحنات الواردة من مصر بشكل دقيق.

وكانت روسيا قد فرضت القيود في الثاني والعشرين من سبتمبر الماضي، متذرعة بتكرار العثور على آفات زراعية في شحنات مصرية، وذلك بعد أيام من قرار القاهرة منع دخول شحنات القمح التي تحتوي على أي نسبة من فطر الإرغوت، وهو القرار الذي اعتبره مصدرون روس موجها ضدهم.

وتراجعت الحكومة المصرية عن شرط «الصفر» الخاص بالإرغوت بعد أيام، وعادت إلى المعيار الدولي المعتمد، وهو ما مهد لمحادثات تسوية الخلاف التجاري بين البلدين.

وتعد روسيا من أكبر مستوردي الحمضيات المصرية، فيما تعد مصر أكبر مستورد للقمح الروسي في العالم. وقال رئيس المجلس التصديري للحاصلات الزراعية في مصر إن المصدرين «تنفسوا الصعداء»، لأن الموسم الجديد للبرتقال يبدأ خلال أسابيع.

ولم تستأنف الرحلات الجوية الروسية إلى المنتجعات المصرية حتى الآن، رغم مرور نحو عام على تحطم الطائرة الروسية فوق سيناء، إذ تقول موسكو إنها ما زالت تنتظر استكمال إجراءات تأمين المطارات.

ويرى محللون أن البلدين حرصا على احتواء الخلاف سريعا، لأن المصالح الاقتصادية بينهما أكبر من أن تتحمل حربا تجارية، خاصة مع المشروعات المشتركة الكبرى مثل محطة الضبعة النووية والمنطقة الصناعية الروسية في محور قناة السويس.

وقال متحدث باسم الهيئة الروسية إن بلاده «لا تسعى إلى تسييس التجارة»، مضيفا أن القيود كانت إجراء فنيا بحتا، وأن أي دولة أخرى كانت ستعامل بالمثل إذا تكررت المخالفات في شحناتها.

وفي سوق العبور بالقاهرة، قال تاجر جملة للفاكهة: «الشهر الماضي كانت الشاحنات واقفة والبضاعة تتلف في الثلاجات. الروس زبائن كبار لنا، وإذا رجعوا فستتحرك الأسعار للفلاح قبل التاجر».""",
        [
            G("sanctions.lifted", "occurred", ["Russia"], ["Egypt"]),
            # the restrictions "في الثاني والعشرين من سبتمبر الماضي"
            G("sanctions.imposed", "historical", ["Russia"], ["Egypt"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-11-hespress-sports-wydad-lifts-captain-ban-2019",
        date(2019, 4, 10),
        """الوداد يطوي صفحة الإيقاف ويقترب من ضم مهاجم إيفواري

الدار البيضاء - «هسبريس» - رياضة

رفعت إدارة نادي الوداد الرياضي، أمس، عقوبة الإيقاف التي كانت قد فرضتها على قائد الفريق الأسبوع الماضي، بعد تغيبه عن حصتين تدريبيتين دون إذن مسبق، وذلك إثر جلسة مصالحة جمعته بالمدرب ورئيس النادي.

وقالت مصادر مقربة من النادي إن اللاعب سيعود إلى التداريب الجماعية اليوم، على أن تقتطع من منحه غرامة مالية وفق النظام الداخلي، مشيرة إلى أن المدرب يعول عليه في مباراة الديربي المقبلة أمام الرجاء.

وفي سوق الانتقالات، يقترب الوداد من حسم انضمام مهاجم إيفواري ينشط في الدوري التونسي، بعد أن توصل إلى اتفاق مبدئي مع ناديه، في حين لا تزال المفاوضات مع اللاعب حول مدة العقد وقيمة الراتب متعثرة. وكان النادي قد وقع الأسبوع الماضي عقدا لمدة موسمين مع ظهير أيسر قادم من الدوري المصري.

كما مدد الوداد عقد مدرب الحراس لموسم إضافي، بطلب من الطاقم التقني، فيما لم يجدد بعد عقد المعد البدني الذي ينتهي مع نهاية الموسم الجاري.

وفي المقابل، فرضت لجنة الانضباط التابعة للجامعة الملكية المغربية لكرة القدم غرامة مالية على النادي بسبب استعمال جماهيره الشهب الاصطناعية في مباراته الأخيرة، كما أوقفت مدافعا مباراتين بعد طرده.

وعلقت إدارة النادي بيع تذاكر مباراة الديربي عبر الإنترنت مؤقتا، بسبب عطل تقني في المنصة، على أن يستأنف البيع مساء اليوم في الشبابيك المعتمدة بمركب محمد الخامس.

ووقع النادي أيضا اتفاقية شراكة مع شركة اتصالات وطنية لمدة ثلاثة مواسم، تشمل ظهور شعارها على القميص وتنظيم أنشطة لفائدة الفئات الصغرى في أحياء الدار البيضاء.

وأعلنت الجامعة أن الحكام سيعتمدون تقنية الفيديو في مباراة الديربي، بعد أن نشرت طاقما تقنيا إضافيا في الملعب لتأمين البث وتفادي الأعطال التي سجلت في الجولات السابقة.

ويحتل الوداد المركز الثاني في ترتيب البطولة الاحترافية بفارق نقطتين عن المتصدر، قبل ثماني جولات من نهاية الموسم.

وفي مقهى بحي درب السلطان، قال مشجع ودادي في الخمسينيات من عمره: «القائد غلط واعتذر، وانتهى الأمر. الآن نريد مهاجما يسجل في الديربي، لا أكثر ولا أقل. الجمهور صبر بما فيه الكفاية».""",
        [],
        not_targets=["Morocco", "Ivory Coast", "Tunisia", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h90-12-almasryalyoum-economy-bourse-suspends-realty-share-2019",
        date(2019, 3, 12),
        """البورصة تعلق التداول على سهم عقاري.. وشركتان توقعان مذكرة تفاهم للاستحواذ

القاهرة - «المصري اليوم» - اقتصاد

علقت البورصة المصرية، أمس، التداول على سهم شركة عقارية مقيدة لحين إفصاحها عن تفاصيل صفقة بيع أصول أعلنت عنها في بيان مقتضب، وذلك بعد تحركات غير مبررة في سعر السهم خلال الجلستين الأخيرتين.

وفي سياق منفصل، وقعت شركتان مقيدتان في قطاع الأغذية مذكرة تفاهم لدراسة استحواذ إحداهما على حصة أغلبية في الأخرى، على أن تستكمل إجراءات الفحص النافي للجهالة خلال ثلاثة أشهر، وفق إفصاح أرسلته الشركتان إلى إدارة البورصة.

وقالت مصادر مطلعة إن العاملين في الشركة المستهدفة «سينضمون إلى الكيان الجديد» في حال إتمام الصفقة، وإن الإدارة لا تخطط لتقليص العمالة، وإن خطوط الإنتاج المتقاربة قد تدمج تدريجيا في مصنع واحد بمدينة العاشر من رمضان.

كما أعلنت شركة شحن مصرية انضمامها إلى تحالف دولي لشركات الخدمات اللوجستية يضم شركات من أوروبا وآسيا، بهدف توسيع شبكة وكلائها في الموانئ وخفض كلفة النقل على عملائها من المصدرين.

وفي المقابل، فرضت الهيئة العامة للرقابة المالية غرامات على ثلاث شركات وساطة بسبب مخالفات في قواعد فتح حسابات العملاء، فيما رفعت الهيئة الإيقاف عن شركة رابعة بعد أن صححت أوضاعها.

ومددت إحدى شركات الاتصالات اتفاقية لإدارة أبراج الإرسال مع شركة متخصصة لخمس سنوات إضافية، ونشرت الشركة فرقا فنية في عدد من محافظات الصعيد لتحسين جودة الشبكة قبل موسم الصيف.

وأغلق المؤشر الرئيسي للبورصة على ارتفاع طفيف بدعم من مشتريات المستثمرين الأجانب، فيما تراجعت أسهم الشركات الصغيرة والمتوسطة وسط عمليات جني أرباح.

ويرى محللون أن موجة الاستحواذات في قطاع الأغذية «منطقية» في ظل ارتفاع تكاليف الإنتاج وحاجة الشركات إلى التوسع الإقليمي، لافتين إلى أن صفقات مماثلة استغرقت أكثر من عام بين توقيع المذكرة والإتمام.

وقال مدير استثمار في شركة لإدارة الأصول إن تعليق التداول «إجراء روتيني» لحماية صغار المستثمرين، مرجحا أن يعود السهم للتداول خلال أيام بعد الإفصاح.

وفي مقهى بوسط القاهرة، قال موظف في أحد البنوك يتابع الشاشة على هاتفه: «اشتريت السهم الأسبوع الماضي على كلام في الجروبات، والآن التداول موقوف. خلاص، تعلمت الدرس، لن أشتري شيئا لا أفهمه».""",
        [],
        not_targets=["Egypt"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout90_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout90_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout90_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
