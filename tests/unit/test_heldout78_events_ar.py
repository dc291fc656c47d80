"""A seventy-eighth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-seven held-out sets: Arabic copy of 2012-2024 as pan-Arab, Gulf, Levantine, Egyptian
and Maghrebi outlets and the Arabic services of international ones carry it (a London pan-Arab
daily's Tokyo report, "طوكيو: «الشرق الأوسط»", with its "أبريل (نيسان)" months and a Shimbashi
office worker; the Turkish agency's Arabic wire, "بوجمبورا/ الأناضول", with a Bujumbura coffee
seller; an Abu Dhabi news channel's site, "أبوظبي - سكاي نيوز عربية", with a Deira phone seller;
an opposition Syrian channel's site, "واشنطن - تلفزيون سوريا", with a Hamidiyah shopkeeper's "ما
شفنا شي تغير لهلق"; a French broadcaster's Arabic page with the agency's copy, "أبيدجان - فرانس 24
/ أ ف ب", with a Bamako cloth trader; a Jeddah daily's wire story, "داكار - عكاظ (وكالات)", with a
Senegalese seller of al-Balad; a Jordanian news site, "عمّان - رؤيا", with an Amman taxi driver's
"مش جديد"; a London pan-Arab daily of 2014, "الرياض - «الحياة»", with a Souq Waqif trader; a
Beirut news site, "بيروت - المدن", with a man of Jableh's "بدهم رواتب"; a Saudi channel's site,
"إسلام آباد - العربية.نت", with a Rawalpindi cloth seller; a Cairo daily's sports page, "القاهرة -
«اليوم السابع» - رياضة", with a Zamalek supporter's "عايزين صفقات قوية"; a Moroccan site's economy
page, "الرباط - هسبريس - اقتصاد", in Moroccan usage ("بلاغ", "زبنائنا") with a Maarif travel agent's
"الناس كيفكرو غير فالصحة والخبز") on episodes the earlier sets do not carry as core news: Japan's
asset freeze on forty people and two entities over Crimea, August 2014; Joe Biden ending the Burundi
sanctions programme, November 2021; the Commerce Department's ninety-day temporary general licence
for Huawei, May 2019; Biden continuing the national emergency with respect to Syria (Executive Order
13338), May 2023; ECOWAS threatening Mali's junta of Amadou Sanogo with sanctions, March 2012;
Senegal joining the Saudi-led coalition in Yemen with 2,100 troops, May 2015; Jordan and the United
States signing their defence cooperation agreement, January 2021; Saudi Arabia, the UAE and Bahrain
returning their ambassadors to Doha after the Riyadh summit, November 2014; the Tiger Forces of
Suheil al-Hassan made the army's 25th Division, 2019; a Pakistani army unit sent to Saudi Arabia on
a training and advisory mission, February 2018.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings and article texts) by states, bodies, people, places, order numbers and years
in Arabic and English spellings, reading every hit: "Crimea"/"القرم" beside Japan, "Burundi"/
"بوروندي" beside a lifting or a termination, "Huawei"/"هواوي" (found only as a historical
imposition and a negated one; no temporary licence), "13338" and the Syria emergency, "Sanogo"/
"سانوغو" and ECOWAS in Mali of 2012 (the Mali threats found are of 2021-2022), "Senegal"/"السنغال"
beside the coalition, "DCA" and "التعاون الدفاعي" beside Jordan, "Tiger Forces"/"قوات النمر"/"الفرقة
25" are found nowhere as these episodes. Two are found as background only and kept: the Gulf
ambassadors' return to Doha after "اتفاق الرياض التكميلي" (a background clause of set 76) and the
Pakistani troops in Saudi Arabia (1,600 of them, "sent to the kingdom in 2018", in the background of
set 28's defence pact). Some fifty other candidates were dropped because the search found them as
core news (among them the Rogán delisting, the Eritrean Defence Forces, Ali Karti, the Kaniyat, Jamil
al-Sayyed, the Karabakh monitoring centre, Ahmed Ali Saleh's delisting, the Iraqi oil-for-food
closing of 2010, the Lebanon and Yemen emergencies, General Licences 23 and 24, the Chabahar waiver,
the last nuclear waiver of 2018, Title III, the Zimbabwe and Myanmar suspensions, the Trump threat
on Iraq, the Netzah Yehuda threat, the Kurdish referendum, Palestine in Interpol, UNESCO and the
ICC, Egypt and Algeria in the New Development Bank, Oman in the Islamic coalition, the Artemis
Accords, the IMSC, Sudan's coalition troops, Chad, Guinea and Nicaragua with Israel, Qatar with
Bahrain and Egypt, the Saudi embassy in Baghdad, the PMF law, Saraya al-Salam, the Fifth Corps, the
Eighth Brigade, Hadi's Republican Guard, the Rosgvardia's Wagner unit, the Greek Patriots, Socotra,
Berbera, Cabo Delgado and the Ugandan troops in Congo).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Pakistani unit that "ستتوجه إلى المملكة"), next to historical, negated and stalled ones; two
are near misses: a Cairo football page (FIFA that "رفع إيقاف القيد", a player who "انضم" and "وقع
عقدا", a keeper's contract "مدد", a discipline committee that "فرضت غرامة", a camp at Borg El Arab,
two clubs' "عودة العلاقات", youth teams "دمج", a sponsorship "وقع") and a Rabat economy page (an
airline that "انضمت … إلى تحالف ون وورلد", flights "علقت" and their suspension "مددت", a lockdown
"فرضت", code-share agreements "وقعت", two travel agencies that "اندمجت").

The decisions of the annotation, taken before any run: a government that "فرضت … عقوبات جديدة …
تجميد أصول 40 فردا وكيانين" imposes (core; Japan; Chernomorneftegaz and Crimea; not the United States
or the European Union, partners named), the import curbs it "تعتزم" a planned imposition (not core),
the visa ban of April a historical imposition, "لم تشمل العقوبات الجديدة أي مصارف" a negated
imposition, the EU and US measures "أواخر الشهر الماضي" a historical imposition, the peace treaty
talks "متعثرة" a stalled signing (Japan and Russia); the visa talks "جمدت" no event. A president who
"رفع … العقوبات التي تفرضها الولايات المتحدة على بوروندي" lifts (core; the United States and Biden;
Burundi), Obama's order of 2015 a historical imposition, the EU's aid curbs "فرضها عام 2016" a
historical imposition and "لم يرفع الاتحاد الأوروبي حتى الآن" a negated lifting. A department that
"علقت … لمدة 90 يوما جانبا من القيود" on Huawei suspends (core; the Commerce Department and the
United States; Huawei, not China, its state), the Entity List listing of "الخميس الماضي" a historical
imposition, "لم ترفع الوزارة اسم الشركة من القائمة" a negated lifting, the trade talks' "تعثر" a
stalled signing (the United States and China); Google's decision is business, no event. A president
who "مدد لمدة عام حالة الطوارئ الوطنية المتعلقة بسوريا" extends (core; the United States and Biden;
Syria), Bush's order of 2004 a historical imposition, Syria's army in Lebanon "حتى نيسان 2005" a
historical presence, the Arab League seat "استعادة سوريا مقعدها" three days before a historical
joining, "لن تطبع العلاقات" a negated restoration, "لم ترفع الإدارة … أيا من العقوبات" a negated
lifting; the earthquake licence, told in passing without a sanctions word, no event. A bloc that
"هددت … المجلس العسكري الحاكم في مالي بفرض عقوبات" threatens (core; ECOWAS and Ouattara, its chair;
Mali and Sanogo; not Ivory Coast, the chair's state, nor Burkina Faso, the mediator's), "لم تفرض
المجموعة حتى الآن أي عقوبات" a negated imposition; the AU's suspended membership is no sanctions
event (as the earlier sets take it), and the standby force to be studied no presence. A state that
"أعلنت … انضمامها إلى التحالف الذي تقوده المملكة العربية السعودية" joins (core; Senegal, Sall and
Ndiaye; the Saudi-led coalition; not Yemen or the Houthis), its troops that "سيتمركزون في المملكة" a
planned presence (not core), "ليست قتالية داخل الأراضي اليمنية" a negated presence in Yemen, the
troops of 1991 a historical presence, Pakistan's parliament that voted "رفض الانضمام" a negated
joining; the members listed "وتشارك في التحالف دول الخليج … ومصر والأردن" a state told in the
present, no joining. Two states that "وقعت … اتفاقية للتعاون الدفاعي" sign (core; Jordan, the United
States and Dina Kawar), the American forces at Muwaffaq Salti "منذ سنوات" a historical presence, "لا
تنص الاتفاقية … على إقامة قواعد عسكرية أمريكية دائمة" a negated presence, the memorandum of 2018 a
historical signing. Three states that "قررت … إعادة سفرائها إلى قطر" restore (core; Saudi Arabia, the
UAE, Bahrain; Qatar; not the Muslim Brotherhood), the supplementary agreement "الذي وقعه قادة دول
المجلس" an occurred signing (not core: the return of the ambassadors is the news), the Riyadh
agreement of November 2013 a historical signing; the withdrawal of March no event of a watched type.
A command that "أصدرت … قرارا بدمج "قوات النمر" … في صفوف الجيش" integrates (core; Syria, the Tiger
Forces and al-Hassan; the Syrian Army; not Russia, seen as the hand behind it), the Russian forces
at Hmeimim "منذ أيلول 2015" a historical presence, the Fifth Corps "أواخر عام 2016" a historical
integration, "لم يشمل القرار ميليشيات الدفاع الوطني" a negated integration. An army whose unit
"ستتوجه إلى المملكة العربية السعودية" plans a presence (core, planned; Pakistan; Saudi Arabia; not
Iran or Yemen), "لن تنشر خارج المملكة" a negated presence in Yemen, the 1,600 soldiers "موجودين في
المملكة أصلا" a historical presence, the agreement of 1982 a historical signing, the vote of 2015
"رفض الانضمام إلى التحالف" a negated joining, the Islamic coalition joined "أواخر عام 2015" a
historical joining. The Cairo sports page and the Rabat economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit c761828, in a worktree whose only change was this file), in one
run: events P 0.667 R 0.900 F1 0.766 (recall 9/10, precision 10/15; occurred core found 8/9, planned
1/1 as the score counts it; historical 13/17, negated 10/12, stalled 2/2 kept quiet). No annotation
was changed after the run. Three false alarms, two unexpected alerts and one wrong target; the two
near misses raise nothing.

Missed (two articles, strict xfail): in ar-h78-03 the department that "علقت … لمدة 90 يوما جانبا من
القيود التي فرضتها" gives an occurred imposition, no suspension (also a false alarm: it matches the
historical listing); in ar-h78-10 the unit that "ستتوجه إلى المملكة" is read as occurred from the
headline's "ترسل" (found as the score counts it, an alert either way, but not as planned).

False alarms and wrong alerts (four more articles, strict xfail): in ar-h78-01 "تجميد أصول 40 فردا
… تتهمهم بالضلوع في ضم روسيا شبه جزيرة القرم وزعزعة الاستقرار في شرق أوكرانيا" gives a second
occurred imposition with Ukraine and Russia for actors (matching the historical EU and US measures);
in ar-h78-04 the headline's "رغم عودة دمشق إلى الجامعة العربية" gives the extension the Arab League
for a second target; in ar-h78-06 "تقيم علاقات قوية مع دول الخليج" (relations kept, told in the
present) gives an occurred restoration of Senegal; in ar-h78-07 "لا تنص الاتفاقية … على إقامة قواعد
عسكرية أمريكية دائمة" gives a planned presence (matching the historical presence of the same
forces), and "ويأتي توقيع الاتفاقية في الأيام الأولى لإدارة الرئيس الأمريكي جو بايدن" a second
occurred signing with Biden for its only actor.

Seen but not scored: in ar-h78-01 the imposition has no target (Chernomorneftegaz and Crimea unread),
the planned import curbs and the negated imposition give nothing; in ar-h78-02 Biden is no actor, the
Treasury's delisting is a historical lifting, Obama's order has no actor and "مسؤولين بورونديين" for
an unlinked target, the EU's curbs and its negated lifting give nothing; in ar-h78-03 the negated
lifting gives nothing; in ar-h78-04 Biden and Bush are no actors, Bush's order has the United States
for a target, the presence in Lebanon and the negated restoration give nothing; in ar-h78-05
Ouattara is no actor, the threat has no target (Mali's junta is the object of "هددت"), the AU's
suspended membership is read as a negated imposition and ECOWAS's negated one gives nothing; in
ar-h78-06 Sall and Ndiaye are no actors, the joining has no target (the coalition, named as "التحالف
الذي تقوده المملكة العربية السعودية", is unlinked), the planned presence is read as occurred (the
headline's "وترسل"), the negated and historical presences and Pakistan's negated joining give
nothing; in ar-h78-07 Kawar is no actor, the historical signing has Jordan for a target; in ar-h78-08
the supplementary agreement is read as historical and negated (not core); in ar-h78-09 the Tiger
Forces and al-Hassan are no participants, the Russian presence, the Fifth Corps and the negated
integration give nothing; in ar-h78-10 the agreement of 1982 has Yemen for its actor, the negated
joining and the negated and historical presences give nothing.

After the fixes of 2026-12-07: P 1.000 R 1.000 F1 1.000 (recall 10/10, precision 11/11; occurred
core found 9/9, planned 1/1 as the score counts it; historical 17/17, negated 12/12, stalled 2/2 kept
quiet). Fixed in general, with rule sentences and guards in ``tests/unit/test_heldout78_rules_ar.py``:
a share of the measures before their noun ("جانبا من القيود", "جزءا من العقوبات") does not count
against the reach of a verb of suspending or extending (``_partitive_words_ar`` in
``rasd/events/extractor.py``); measures "imposed" in a relative clause are found past a recent time
("القيود التي فرضتها الأسبوع الماضي على …"; ``imposed_measures`` in ``ar.cues.yaml`` and
``_span_since_ar``); the trade word of a ministry's or a chamber's name ("وزارة التجارة") is no trade
stopped (``not_trade_object``) -- the three together cure ar-h78-03 (the Huawei licence is a
suspension, and no imposition is left). Who is named in a concession ("رغم معارضة المجر", "على الرغم
من …", "بالرغم من …") takes no part in the act unless the concession is an aside between commas
(``_concession_end_ar`` in ``rasd/events/roles.py``), which cures ar-h78-04. Ties told by their
quality ("تقيم علاقات قوية", "علاقات وثيقة") are ties kept, no restoration (``not_relations_noun``),
which cures ar-h78-06. A denial reaches its object past a source told between commas ("ولا تنص
الاتفاقية، وفق المصدر، على إقامة قواعد"; ``_negated`` in ``rasd/events/status.py``), and a verbal noun
with a definite object right after a verb of coming ("ويأتي توقيع الاتفاقية في …", "ويأتي تمديد
العقوبات …") is the act already reported, no new event (``COMES_AR``, now shared by the extractor):
the two cure ar-h78-07. The grounds of a measure ("تتهمهم بالضلوع في …", "بتهمة …") end the
participants of a sanctions trigger (``_grounds_end_ar``), and a state named by the adjective of a
crisis or a war ("بالأزمة الأوكرانية", "بالحرب السورية") is no actor (``_topic_demonym_ar``): the two
cure ar-h78-01 (the freeze has no wrong actors left and no second alert).
Left (strict xfail): ar-h78-10's unit that "ستتوجه إلى المملكة العربية السعودية" is still read as
occurred from the headline's "ترسل" (an alert either way, so the score counts it): the body's verb of
going with troops named by their owner's pronoun ("وحدة من قواته") is no presence form, and a rule
for it would need the army's state found through the pronoun. Of the readings seen before the fixes,
the Commerce Department's suspension still has no target (Huawei is named far past the verb) and the
United States is no actor of it, and the others are unchanged.
Cured later by the general round on sets 60 to 80 (a unit of the speaker's own forces heading to
another state, ``test_general_misses4_rules_ar.py``): ar-h78-10, its strict xfail removed.

``python -m tests.unit.test_heldout78_events_ar`` prints every article's alerts and the set's
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
        "ar-h78-01-asharqalawsat-japan-crimea-asset-freeze-2014",
        date(2014, 8, 6),
        """طوكيو تجمد أصول 40 شخصا وكيانين بسبب ضم القرم وتقترب أكثر من الموقف الغربي

طوكيو: «الشرق الأوسط»

فرضت الحكومة اليابانية أمس عقوبات جديدة مرتبطة بالأزمة الأوكرانية، قررت بموجبها تجميد أصول 40 فردا وكيانين اثنين تتهمهم بالضلوع في ضم روسيا شبه جزيرة القرم وزعزعة الاستقرار في شرق أوكرانيا، في خطوة هي الأشد من جانب طوكيو منذ اندلاع الأزمة مطلع العام.

وقال كبير أمناء مجلس الوزراء الياباني يوشيهيدي سوغا في مؤتمر صحافي إن القائمة تضم مسؤولين في السلطات التي نصبتها موسكو في القرم وقادة انفصاليين في منطقتي دونيتسك ولوغانسك، إضافة إلى شركتي «تشيرنومورنفتغاز» للنفط والغاز و«فيودوسيا» لتخزين النفط، اللتين استولت عليهما السلطات الجديدة في شبه الجزيرة في مارس (آذار) الماضي. وأضاف أن الحكومة تعتزم أيضا تقييد الواردات القادمة من القرم خلال الأسابيع المقبلة، «تماشيا مع الإجراءات التي اتخذها شركاؤنا في مجموعة السبع».

وكانت اليابان قد فرضت في أبريل (نيسان) الماضي حظرا على منح تأشيرات الدخول لثلاثة وعشرين مسؤولا روسيا لم تكشف عن أسمائهم، بعد أن جمدت في مارس محادثات تسهيل التأشيرات مع موسكو ومفاوضات بشأن اتفاقيات للاستثمار والتعاون في الفضاء.

ولم تشمل العقوبات الجديدة أي مصارف أو شركات طاقة روسية كبرى، خلافا للإجراءات التي أعلنها الاتحاد الأوروبي والولايات المتحدة أواخر الشهر الماضي، والتي طالت قطاعات المال والدفاع والنفط في روسيا بعد إسقاط الطائرة الماليزية فوق شرق أوكرانيا.

ويرى مراقبون في طوكيو أن حكومة رئيس الوزراء شينزو آبي تحاول الموازنة بين التزاماتها تجاه حلفائها الغربيين ورغبتها في إبقاء قنوات الحوار مفتوحة مع الرئيس فلاديمير بوتين، إذ تراهن على تسوية النزاع على جزر الكوريل الجنوبية التي تسميها اليابان «الأراضي الشمالية». ولا تزال مفاوضات معاهدة السلام بين البلدين متعثرة منذ الحرب العالمية الثانية بسبب هذا النزاع، رغم اللقاءات المتكررة بين آبي وبوتين خلال العامين الماضيين.

وكان من المقرر أن يزور بوتين اليابان في الخريف المقبل، غير أن مسؤولين يابانيين قالوا إن الزيارة «باتت موضع شك» في ظل التطورات الأخيرة.

وفي موسكو، نقلت وكالة «إنترفاكس» عن نائب وزير الخارجية الروسي غريغوري كاراسين قوله إن بلاده «ستأخذ هذه الخطوة غير الودية في الحسبان»، مضيفا أن طوكيو «تتبع واشنطن من دون أن تفكر في مصالحها». في المقابل، رحب السفير الأوكراني لدى اليابان بالقرار، معتبرا أنه «رسالة واضحة بأن ضم أراضي الغير بالقوة لن يمر من دون ثمن».

وتعد اليابان من أكبر مستوردي الغاز الطبيعي المسال الروسي من مشروع «ساخالين 2» في أقصى الشرق الروسي، وتسعى شركاتها التجارية إلى توسيع حضورها في مشروعات الطاقة هناك، ما يفسر بحسب محللين حرص الحكومة على إبقاء العقوبات «رمزية في معظمها».

وفي حي شيمباشي المعروف بمكاتب الشركات، قال موظف في شركة تجارية في الخمسين من عمره: «لا أحد هنا يريد خلافا مع جار كبير مثل روسيا، لكن لا يمكن أن نقف وحدنا خارج الصف الغربي».""",
        [
            G("sanctions.imposed", "occurred", ["Japan"], ["Chernomorneftegaz", "Crimea"]),
            G("sanctions.imposed", "planned", ["Japan"], ["Crimea"], core=False),
            G("sanctions.imposed", "historical", ["Japan"], ["Russia"], core=False),
            G("sanctions.imposed", "negated", ["Japan"], ["Russia"], core=False),
            G("sanctions.imposed", "historical", ["European Union", "United States"], ["Russia"], core=False),
            G("agreement.signed", "stalled", ["Japan", "Russia"], [], core=False),
        ],
        not_targets=["United States", "European Union", "Japan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-02-anadolu-biden-ends-burundi-sanctions-2021",
        date(2021, 11, 19),
        """بايدن ينهي برنامج العقوبات الأمريكية على بوروندي بعد ست سنوات

بوجمبورا/ الأناضول

رفع الرئيس الأمريكي جو بايدن، الخميس، العقوبات التي تفرضها الولايات المتحدة على بوروندي منذ عام 2015، بعد أن وقع أمرا تنفيذيا ينهي حالة الطوارئ الوطنية المتعلقة بهذا البلد الواقع في منطقة البحيرات العظمى وسط إفريقيا.

وقال البيت الأبيض في بيان إن «الوضع الذي استدعى إعلان حالة الطوارئ قد تغير بشكل جوهري»، مشيرا إلى تراجع أعمال العنف وانتقال السلطة عقب انتخابات 2020، وإلى الإصلاحات التي أطلقها الرئيس إيفاريست ندايشيمييه في مجالي الحكم ومكافحة الفساد.

وبموجب القرار، شطبت وزارة الخزانة الأمريكية أسماء 11 شخصا من قائمة العقوبات، بينهم مسؤولون أمنيون سابقون وقادة في جماعات معارضة مسلحة، كانوا ممنوعين من التعامل مع النظام المالي الأمريكي وتجمدت أصولهم في الولايات المتحدة.

وكان الرئيس الأسبق باراك أوباما قد أعلن حالة الطوارئ في نوفمبر/ تشرين الثاني 2015، وفرض عقوبات على مسؤولين بورونديين ومعارضين، على خلفية أعمال العنف التي رافقت ترشح الرئيس الراحل بيير نكورونزيزا لولاية ثالثة، والتي أودت بحياة المئات ودفعت أكثر من 400 ألف شخص إلى اللجوء إلى دول الجوار.

ورحبت حكومة بوروندي بالقرار، ووصفه المتحدث باسم الرئاسة بأنه «انتصار للدبلوماسية البوروندية واعتراف بالتقدم الذي أحرزته البلاد»، داعيا بقية الشركاء إلى «السير على خطى واشنطن».

ولم يرفع الاتحاد الأوروبي حتى الآن القيود التي فرضها عام 2016 على المساعدات المالية المباشرة لحكومة بوجمبورا، وإن كانت مصادر دبلوماسية في بروكسل قد تحدثت لمراسل الأناضول عن «مشاورات متقدمة» بشأن مراجعتها خلال الأشهر المقبلة.

في المقابل، انتقدت منظمات حقوقية دولية الخطوة الأمريكية، وقالت إن الانتهاكات بحق المعارضين والصحفيين «لم تتوقف»، متهمة رابطة شباب الحزب الحاكم «إمبونيراكوري» بمواصلة ترهيب السكان في الأرياف. وأكدت وزارة الخارجية الأمريكية من جهتها أن إنهاء العقوبات «لا يعني غض الطرف عن أوضاع حقوق الإنسان»، وأن واشنطن ستواصل متابعة الملف «عن كثب» مع حكومة بوجمبورا.

وتصنف بوروندي، التي يبلغ عدد سكانها نحو 12 مليون نسمة، ضمن أفقر دول العالم، ويعتمد اقتصادها بشكل كبير على صادرات البن والشاي، فيما تعاني منذ سنوات من نقص حاد في العملة الصعبة وارتفاع أسعار الوقود والسلع الأساسية.

ويرى خبراء اقتصاديون أن رفع العقوبات قد يشجع المؤسسات المالية الدولية والمانحين على استئناف تمويل مشاريع البنية التحتية، لكنهم يحذرون من أن المستثمرين الأجانب «سينتظرون إشارات أوضح» على الاستقرار السياسي قبل العودة.

وفي سوق بوجمبورا المركزي، قال بائع قهوة في الأربعين من عمره: «نريد أن يعود المانحون وأن تتوفر العملة الصعبة في البنوك. الناس هنا تعبوا من الانتظار».""",
        [
            G("sanctions.lifted", "occurred", ["United States", "Joe Biden"], ["Burundi"]),
            G("sanctions.imposed", "historical", ["United States", "Barack Obama"], ["Burundi"], core=False),
            G("sanctions.imposed", "historical", ["European Union"], ["Burundi"], core=False),
            G("sanctions.lifted", "negated", ["European Union"], ["Burundi"], core=False),
        ],
        not_targets=["United States", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-03-skynewsarabia-commerce-huawei-temporary-licence-2019",
        date(2019, 5, 21),
        """واشنطن تعلق جانبا من القيود على "هواوي" لمدة 90 يوما

أبوظبي - سكاي نيوز عربية

علقت وزارة التجارة الأميركية، الاثنين، لمدة 90 يوما جانبا من القيود التي فرضتها الأسبوع الماضي على شركة هواوي الصينية العملاقة للاتصالات، بما يسمح للشركات الأميركية بمواصلة تزويدها بالبرمجيات وقطع الغيار اللازمة لصيانة الشبكات القائمة وتحديث الهواتف التي بيعت بالفعل للمستهلكين.

وقالت الوزارة في بيان إن الترخيص العام المؤقت «يمنح المشغلين، ولا سيما في المناطق الريفية الأميركية، وقتا كافيا لترتيب بدائل»، موضحة أنه لا يشمل بيع مكونات تستخدم في تصنيع منتجات جديدة.

وكانت الوزارة قد أدرجت هواوي ونحو 70 من الشركات التابعة لها الخميس الماضي على «قائمة الكيانات»، التي تحظر على الشركات الأميركية بيعها أي تكنولوجيا من دون ترخيص خاص، وذلك بعد ساعات من توقيع الرئيس دونالد ترامب أمرا تنفيذيا يتيح منع شركات الاتصالات الأجنبية «التي تشكل خطرا على الأمن القومي» من العمل في السوق الأميركية.

ولم ترفع الوزارة اسم الشركة من القائمة، إذ قال وزير التجارة ويلبر روس في مقابلة تلفزيونية إن الترخيص المؤقت «لا يغير شيئا في جوهر القرار»، وإن الحكومة «تدرس تمديده أو إنهاءه عند انقضاء المهلة».

وكانت غوغل قد أعلنت الأحد أنها ستتوقف عن تزويد الهواتف الجديدة من هواوي ببعض تطبيقاتها وخدماتها، ما أثار قلقا واسعا بين مستخدمي هواتف الشركة حول العالم، قبل أن توضح أن الأجهزة الحالية ستواصل العمل بشكل طبيعي.

وتأتي هذه التطورات في ظل تعثر المفاوضات التجارية بين واشنطن وبكين منذ انهيار الجولة الأخيرة في العاصمة الأميركية مطلع الشهر الجاري، وتبادل البلدين رفع الرسوم الجمركية على سلع بمئات المليارات من الدولارات.

وفي أول تعليق له، قال مؤسس هواوي رن تشنغ في لوسائل إعلام صينية إن الشركة «استعدت لهذا اليوم» منذ سنوات، وإنها قادرة على تصنيع الرقائق التي تحتاجها بنفسها، مضيفا أن المهلة الأميركية «لا تعني لنا الكثير».

من جهتها، اتهمت وزارة الخارجية الصينية واشنطن بـ«استخدام ذريعة الأمن القومي لقمع الشركات الصينية»، وتعهدت باتخاذ «الإجراءات اللازمة» لحماية حقوقها المشروعة.

ويقدر محللون أن الشركات الأميركية المزودة لهواوي، ومنها صانعو الرقائق، قد تخسر مليارات الدولارات من المبيعات إذا طال أمد الحظر، فيما تراجعت أسهم شركات التكنولوجيا في أسواق آسيا وأوروبا.

وتحتل هواوي المرتبة الثانية عالميا في مبيعات الهواتف الذكية، وتملك حصة كبيرة في أسواق الشرق الأوسط، حيث تعمل مع شركات الاتصالات الخليجية على نشر شبكات الجيل الخامس.

وفي سوق الهواتف بمنطقة ديرة في دبي، قال بائع أجهزة: «الزبائن يسألون منذ الصباح إن كانت هواتفهم ستتوقف عن العمل. قلنا لهم لا تقلقوا، لكن البيع توقف تقريبا حتى تتضح الصورة».""",
        [
            G("sanctions.suspended", "occurred", ["United States Department of Commerce", "United States"], ["Huawei"]),
            G("sanctions.imposed", "historical", ["United States Department of Commerce", "United States", "Donald Trump"],
              ["Huawei"], core=False),
            G("sanctions.lifted", "negated", ["United States Department of Commerce", "United States"], ["Huawei"],
              core=False),
            G("agreement.signed", "stalled", ["United States", "China"], [], core=False),
        ],
        not_targets=["China", "Google"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-04-syriatv-biden-continues-syria-emergency-2023",
        date(2023, 5, 10),
        """بايدن يمدد حالة الطوارئ الوطنية بشأن سوريا رغم عودة دمشق إلى الجامعة العربية

واشنطن - تلفزيون سوريا

مدد الرئيس الأميركي جو بايدن لمدة عام حالة الطوارئ الوطنية المتعلقة بسوريا، والتي تشكل الأساس القانوني لمعظم العقوبات الأميركية المفروضة على النظام السوري، وذلك قبل أيام من انقضاء مفعولها في الحادي عشر من أيار الجاري.

وجاء في الإشعار الذي أرسله البيت الأبيض إلى الكونغرس أن قمع النظام للشعب السوري «لا يعرض حياة السوريين للخطر فحسب، بل يغذي حالة عدم الاستقرار في المنطقة بأسرها»، وأن سياسات النظام «لا تزال تشكل تهديدا غير عادي واستثنائي للأمن القومي والسياسة الخارجية والاقتصاد في الولايات المتحدة».

وتعود حالة الطوارئ إلى الأمر التنفيذي رقم 13338 الذي وقعه الرئيس الأسبق جورج بوش الابن في أيار 2004، وفرض بموجبه حظرا على معظم الصادرات الأميركية إلى سوريا، متهما دمشق حينها بدعم فصائل مسلحة وبالسعي إلى امتلاك أسلحة دمار شامل، إضافة إلى وجودها العسكري في لبنان الذي استمر حتى نيسان 2005.

ويأتي التمديد بعد ثلاثة أيام من قرار مجلس جامعة الدول العربية، في اجتماع طارئ على مستوى وزراء الخارجية في القاهرة، استعادة سوريا مقعدها في الجامعة بعد تعليق عضويتها منذ تشرين الثاني 2011. وانتقدت واشنطن القرار، وقال متحدث باسم الخارجية الأميركية إن بلاده «لن تطبع العلاقات مع نظام الأسد»، ولا تشجع الآخرين على ذلك.

ولم ترفع الإدارة الأميركية أيا من العقوبات المفروضة بموجب «قانون قيصر» الذي دخل حيز التنفيذ في حزيران 2020، رغم مطالبات بتخفيفها بعد الزلزال المدمر الذي ضرب شمال غربي سوريا وجنوب تركيا في شباط الماضي، واكتفت حينها بإصدار ترخيص مؤقت يسمح بالتعاملات المتعلقة بالإغاثة.

وقال الباحث في مركز «جسور» للدراسات إن التمديد «إجراء سنوي معتاد لا يحمل جديدا من الناحية القانونية»، لكنه «يحمل رسالة سياسية في توقيته، مفادها أن الانفتاح العربي على دمشق لن يقابله انفتاح أميركي».

في المقابل، وصفت وزارة الخارجية في حكومة النظام التمديد بأنه «استمرار للحرب الاقتصادية على الشعب السوري»، محملة العقوبات مسؤولية تدهور الأوضاع المعيشية ونقص الوقود والدواء.

ويعيش أكثر من 90 في المئة من السوريين تحت خط الفقر بحسب تقديرات الأمم المتحدة، فيما تجاوز سعر صرف الدولار في السوق السوداء ثمانية آلاف ليرة سورية هذا الشهر، وسط موجة غلاء غير مسبوقة طالت الخبز والمحروقات.

وفي سوق الحميدية بدمشق، قال صاحب محل للألبسة: «الأسعار صارت نار، والناس ما عاد فيها تشتري غير الضروري. عقوبات أو جامعة عربية، نحن ما شفنا شي تغير لهلق».""",
        [
            G("sanctions.extended", "occurred", ["United States", "Joe Biden"], ["Syria"]),
            G("sanctions.imposed", "historical", ["United States", "George W. Bush"], ["Syria"], core=False),
            G("military.presence", "historical", ["Syria"], ["Lebanon"], core=False),
            G("alliance.joined", "historical", ["Syria"], ["Arab League"], core=False),
            G("relations.restored", "negated", ["United States"], ["Syria"], core=False),
            G("sanctions.lifted", "negated", ["United States"], ["Syria"], core=False),
        ],
        not_targets=["Turkey", "Arab League"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-05-france24-ecowas-threatens-mali-junta-2012",
        date(2012, 3, 30),
        """قادة "إيكواس" يمهلون الانقلابيين في مالي 72 ساعة ويلوحون بعقوبات مشددة

أبيدجان - فرانس 24 / أ ف ب

هددت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، الخميس، المجلس العسكري الحاكم في مالي بفرض عقوبات دبلوماسية واقتصادية ومالية، إذا لم يعد النظام الدستوري إلى البلاد في غضون 72 ساعة، وذلك بعد أن اضطر رؤساء خمس من الدول الأعضاء إلى إلغاء زيارة كانت مقررة إلى باماكو في اللحظة الأخيرة.

وقال رئيس ساحل العاج الحسن واتارا، الرئيس الدوري للمجموعة، عقب اجتماع طارئ عقده القادة في مطار أبيدجان، إن العقوبات ستشمل إغلاق حدود الدول الأعضاء مع مالي وتجميد حساباتها لدى البنك المركزي لدول غرب أفريقيا ومنع قادة الانقلاب من السفر، «إذا انقضت المهلة من دون عودة الرئيس الشرعي إلى مهامه».

وكانت الطائرة التي تقل الرؤساء، ومن بينهم رئيس بوركينا فاسو بليز كومباوري الذي كلف بالوساطة، قد عادت أدراجها في الجو بعد أن اقتحم عشرات من أنصار الانقلابيين مدرج مطار باماكو الدولي، وهم يرددون شعارات معادية للمجموعة.

وأطاح عسكريون بقيادة النقيب أمادو هايا سانوغو، في الثاني والعشرين من آذار، بالرئيس أمادو توماني توري قبل أسابيع من انتخابات رئاسية كانت مقررة في نهاية نيسان، متهمين حكومته بالتقصير في تسليح الجيش في مواجهة تمرد الطوارق في شمال البلاد. وعلق الاتحاد الأفريقي عضوية مالي غداة الانقلاب.

ولم تفرض المجموعة حتى الآن أي عقوبات على مالي، إلا أن دبلوماسيين في أبيدجان قالوا إن القادة طلبوا من رؤساء أركان جيوش الدول الأعضاء الاجتماع مطلع الأسبوع المقبل لدراسة خيارات تفعيل قوة الاحتياط التابعة للمجموعة.

من جهته، قال النقيب سانوغو في تصريح للتلفزيون الرسمي إنه «يتفهم موقف الأشقاء في المجموعة»، مؤكدا استعداده للحوار، ومتعهدا بتسليم السلطة إلى المدنيين «في أقرب وقت ممكن»، من دون أن يحدد موعدا لذلك.

وتزامنت المهلة مع تقدم مقاتلي الحركة الوطنية لتحرير أزواد وجماعات إسلامية مسلحة نحو مدينة كيدال في الشمال، ما يزيد الضغوط على المجلس العسكري الذي برر انقلابه بالوضع في تلك المناطق.

وتعتمد مالي، البلد الحبيس، على موانئ جيرانها، ولا سيما داكار وأبيدجان، في استيراد معظم حاجاتها من الوقود والسلع، ما يجعل إغلاق الحدود ضربة قاسية لاقتصادها، بحسب خبراء.

وفي السوق الكبير بباماكو، قال تاجر أقمشة: «إذا أغلقوا الحدود، من أين سيأتي الوقود والسكر؟ نحن لسنا مع الانقلاب ولا ضده، نريد فقط أن نعيش بسلام».""",
        [
            G("sanctions.threatened", "occurred", ["Economic Community of West African States", "Alassane Ouattara"],
              ["Mali", "Amadou Sanogo"]),
            G("sanctions.imposed", "negated", ["Economic Community of West African States"], ["Mali"], core=False),
        ],
        not_targets=["Ivory Coast", "Burkina Faso", "Senegal"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-06-okaz-senegal-joins-yemen-coalition-2015",
        date(2015, 5, 5),
        """السنغال تنضم إلى التحالف العربي وترسل 2100 جندي إلى المملكة

داكار - عكاظ (وكالات)

أعلنت جمهورية السنغال أمس انضمامها إلى التحالف الذي تقوده المملكة العربية السعودية لإعادة الشرعية في اليمن، وقررت إرسال 2100 جندي إلى الأراضي السعودية، لتكون أول دولة من غرب أفريقيا تشارك في التحالف بقوات على الأرض.

وقال وزير الخارجية السنغالي مانكير ندياي أمام الجمعية الوطنية في داكار إن الرئيس ماكي سال استجاب لطلب من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وإن الجنود «سيتمركزون في المملكة للمساهمة في حماية الحرمين الشريفين وأمن الأراضي السعودية»، مضيفا أن مهمتهم «ليست قتالية داخل الأراضي اليمنية في المرحلة الحالية».

وأثار القرار نقاشا حادا تحت قبة البرلمان، إذ انتقد نواب في المعارضة إرسال القوات «إلى حرب لا تعني السنغال»، فيما دافع نواب الأغلبية عن الخطوة، معتبرين أنها «تعبير عن التضامن مع بلد شقيق تربطنا به روابط دينية وتاريخية عميقة».

وكانت قوات سنغالية قد انتشرت في المملكة عام 1991 ضمن التحالف الدولي لتحرير الكويت، وفقدت 92 من جنودها في حادث تحطم طائرة شمال المملكة خلال تلك المهمة.

ويأتي الإعلان السنغالي بعد أسابيع من تصويت البرلمان الباكستاني بالإجماع على التزام «الحياد» في النزاع اليمني، ورفض الانضمام إلى التحالف، رغم العلاقات الوثيقة التي تربط إسلام آباد بالرياض.

وتشن مقاتلات التحالف منذ 26 مارس الماضي غارات على مواقع ميليشيا الحوثي والقوات الموالية للرئيس المخلوع علي عبدالله صالح، في إطار عملية «عاصفة الحزم» التي أعقبتها عملية «إعادة الأمل»، بهدف إعادة الرئيس عبدربه منصور هادي وحكومته إلى صنعاء.

وتشارك في التحالف دول الخليج العربية باستثناء سلطنة عمان، إضافة إلى مصر والأردن والمغرب والسودان، فيما أعلنت الرياض استعدادها لهدنة إنسانية تتيح إيصال المساعدات إلى المدنيين.

ويرى محللون أن مشاركة السنغال، وهي دولة ذات غالبية مسلمة تقيم علاقات قوية مع دول الخليج، تمنح التحالف «بعدا أفريقيا» وتعزز صورته كتحالف إسلامي واسع، وإن كان أثرها العسكري المباشر محدودا.

ويعمل في المملكة عشرات الآلاف من السنغاليين، ويقصدها كل عام آلاف الحجاج والمعتمرين من السنغال.

وفي سوق البلد التاريخي بجدة، قال بائع سنغالي يعمل في المدينة منذ خمسة عشر عاما: «هذه أرض الحرمين، ومن واجبنا أن نقف معها. أهلي في داكار يتصلون بي ويسألون عن الأخبار، وكلهم فخورون».""",
        [
            G("alliance.joined", "occurred", ["Senegal", "Macky Sall", "Mankeur Ndiaye"], ["Saudi-led coalition"]),
            G("military.presence", "planned", ["Senegal"], ["Saudi Arabia"], core=False),
            G("military.presence", "negated", ["Senegal"], ["Yemen"], core=False),
            G("military.presence", "historical", ["Senegal"], ["Saudi Arabia"], core=False),
            G("alliance.joined", "negated", ["Pakistan"], ["Saudi-led coalition"], core=False),
        ],
        not_targets=["Houthis", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-07-roya-jordan-us-defence-cooperation-agreement-2021",
        date(2021, 2, 1),
        """الأردن والولايات المتحدة توقعان اتفاقية للتعاون الدفاعي

عمّان - رؤيا

وقعت المملكة الأردنية الهاشمية والولايات المتحدة الأمريكية، الأحد، في العاصمة الأمريكية واشنطن، اتفاقية للتعاون الدفاعي تنظم وجود القوات الأمريكية وأنشطتها على الأراضي الأردنية، ودخول الطائرات والسفن والمركبات الأمريكية إلى المملكة، واستخدام عدد من المرافق العسكرية المتفق عليها.

ووقع الاتفاقية عن الجانب الأردني السفيرة في واشنطن دينا قعوار، وعن الجانب الأمريكي مسؤول في وزارة الخارجية، بحسب ما أفاد مصدر رسمي لـ«رؤيا»، مشيرا إلى أن الاتفاقية «تأتي في إطار الشراكة الاستراتيجية الممتدة بين البلدين، وتعزز قدرات القوات المسلحة الأردنية».

وأضاف المصدر أن الاتفاقية «لا تمس السيادة الأردنية»، وأن وجود أي قوات أجنبية على أرض المملكة «يبقى خاضعا لموافقة الحكومة وبالتنسيق مع القوات المسلحة».

وتنتشر قوات أمريكية منذ سنوات في قاعدة موفق السلطي الجوية في الأزرق شرقي المملكة، حيث تنطلق طائرات التحالف الدولي لمحاربة تنظيم «داعش» في سوريا والعراق، إضافة إلى مدربين يعملون مع وحدات الجيش العربي في مجالات مكافحة الإرهاب وأمن الحدود.

ولا تنص الاتفاقية، وفق المصدر، على إقامة قواعد عسكرية أمريكية دائمة في المملكة، إذ تقتصر على تنظيم الوضع القانوني للقوات الموجودة أو التي قد تصل مستقبلا ضمن برامج التدريب والتمارين المشتركة.

وكان البلدان قد وقعا عام 2018 مذكرة تفاهم تقدم واشنطن بموجبها مساعدات للأردن بقيمة 1.275 مليار دولار سنويا على مدى خمس سنوات، ما يجعل المملكة من أكبر متلقي المساعدات الأمريكية في العالم.

ويأتي توقيع الاتفاقية في الأيام الأولى لإدارة الرئيس الأمريكي جو بايدن، الذي تربطه علاقة شخصية قديمة بالملك عبدالله الثاني، وسط توقعات بعودة الزخم إلى العلاقات الثنائية بعد فتور شهدته خلال السنوات الأخيرة بسبب الخلاف حول «صفقة القرن» ومستقبل القضية الفلسطينية.

ويرى محلل عسكري أردني متقاعد أن الاتفاقية «تقنن أمرا قائما على الأرض منذ سنوات»، لافتا إلى أن المملكة «تحتاج إلى مظلة حماية في إقليم مضطرب تحيط به الأزمات من كل جانب».

في المقابل، طالب نواب وناشطون الحكومة بعرض الاتفاقية على مجلس الأمة ونشر نصها كاملا، معتبرين أن اتفاقيات بهذا الحجم «يجب أن تخضع لرقابة ممثلي الشعب»، فيما لم يصدر تعليق رسمي من الحكومة على هذه المطالبات حتى مساء الأحد.

ويحتفظ الأردن بعلاقات عسكرية وثيقة مع الولايات المتحدة منذ عقود، ويشارك الجيشان في تمرين «الأسد المتأهب» السنوي متعدد الجنسيات الذي يقام في المملكة بمشاركة آلاف الجنود من عشرات الدول.

وفي وسط البلد بعمّان، قال سائق سيارة أجرة في الخمسين من عمره: «الأردن بلد صغير والنار حوله من كل جهة، والتعاون مع الأمريكان مش جديد. المهم أن تنعكس هذه الاتفاقيات على حياة الناس وعلى الاقتصاد».""",
        [
            G("agreement.signed", "occurred", ["Jordan", "United States", "Dina Kawar"], []),
            G("military.presence", "historical", ["United States"], ["Jordan"], core=False),
            G("military.presence", "negated", ["United States"], ["Jordan"], core=False),
            G("agreement.signed", "historical", ["Jordan", "United States"], [], core=False),
        ],
        not_targets=["Syria", "Iraq", "Islamic State"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-08-alhayat-gulf-ambassadors-return-to-doha-2014",
        date(2014, 11, 17),
        """السعودية والإمارات والبحرين تعيد سفراءها إلى الدوحة بعد قمة الرياض الاستثنائية

الرياض - «الحياة»

قررت المملكة العربية السعودية والإمارات العربية المتحدة ومملكة البحرين، مساء أمس، إعادة سفرائها إلى قطر، منهية قطيعة دبلوماسية استمرت ثمانية أشهر، وذلك في ختام قمة خليجية استثنائية عقدت في الرياض بدعوة من خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز.

وأعلن القادة في بيان صدر عقب القمة التوصل إلى «اتفاق الرياض التكميلي»، الذي وقعه قادة دول المجلس والوفود المشاركة، مؤكدين أنه «يؤسس لمرحلة جديدة من العمل الجماعي تقوم على الالتزام بما اتفق عليه»، وأن عودة السفراء «تأتي تعبيرا عن روح الأخوة التي تجمع دول المجلس وشعوبها».

وشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني وأمير الكويت الشيخ صباح الأحمد الجابر الصباح وملك البحرين الشيخ حمد بن عيسى آل خليفة ونائب رئيس دولة الإمارات حاكم دبي الشيخ محمد بن راشد آل مكتوم، فيما غابت سلطنة عمان عن مستوى القادة.

وكانت الدول الثلاث قد سحبت سفراءها من الدوحة في الخامس من آذار (مارس) الماضي، متهمة قطر بعدم الالتزام باتفاق الرياض الذي وقعه أمير قطر مع خادم الحرمين الشريفين بحضور أمير الكويت في تشرين الثاني (نوفمبر) 2013، والذي ينص على عدم التدخل في الشؤون الداخلية لدول المجلس وعدم دعم الجماعات التي تهدد أمنها، وفي مقدمتها جماعة الإخوان المسلمين.

وقالت مصادر خليجية لـ«الحياة» إن الاتفاق الجديد تضمن آليات لمتابعة تنفيذ الالتزامات، وإن الدوحة أبدت خلال الأسابيع الماضية «مرونة واضحة»، بعد أن غادر عدد من قيادات الإخوان المسلمين أراضيها في أيلول الماضي.

ويمهد الاتفاق لانعقاد القمة الخليجية الدورية الخامسة والثلاثين في الدوحة الشهر المقبل، بعد أن كانت شكوك قد أحاطت بإمكان عقدها في موعدها، في ظل الخلاف القائم بين الدول الثلاث وقطر.

وأدت الوساطة الكويتية التي قادها الشيخ صباح الأحمد دورا رئيسيا في تقريب وجهات النظر، عبر سلسلة من الزيارات واللقاءات التي عقدها مع قادة الدول المعنية خلال الأشهر الماضية.

وقال الأمين العام لمجلس التعاون عبداللطيف الزياني إن القمة «أثبتت قدرة البيت الخليجي على تجاوز الخلافات»، معربا عن أمله بأن تنعكس المصالحة على التعاون الاقتصادي والأمني بين الدول الأعضاء، في ظل التحديات التي تشهدها المنطقة، ولا سيما تمدد تنظيم «داعش» في العراق وسورية.

ورحبت الأسواق المالية الخليجية بالاتفاق، إذ ارتفعت مؤشرات البورصات في قطر والإمارات صباح اليوم، وسط توقعات بعودة الاستثمارات المتبادلة وحركة التجارة إلى سابق عهدها.

وفي سوق واقف بالدوحة، قال تاجر قطري في الستين من عمره: «الخليج بيت واحد، والخلاف بين الأهل لا يطول. الحمد لله رجعت المياه إلى مجاريها».""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia", "United Arab Emirates", "Bahrain"], ["Qatar"]),
            G("agreement.signed", "occurred",
              ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Qatar", "Kuwait", "Gulf Cooperation Council"], [],
              core=False),
            G("agreement.signed", "historical", ["Qatar", "Saudi Arabia", "Kuwait", "Tamim bin Hamad Al Thani"], [],
              core=False),
        ],
        not_targets=["Muslim Brotherhood", "Islamic State", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-09-almodon-tiger-forces-become-25th-division-2019",
        date(2019, 9, 3),
        """"النمر" يصبح "الفرقة 25".. دمج قوات سهيل الحسن في الجيش السوري

بيروت - المدن

أصدرت القيادة العامة لجيش النظام السوري، أمس الاثنين، قرارا بدمج "قوات النمر" التي يقودها العميد سهيل الحسن في صفوف الجيش، وتحويلها إلى "الفرقة 25 مهام خاصة"، في خطوة يرى فيها مراقبون محاولة روسية لضبط التشكيلات الموالية للنظام وإخضاعها لتسلسل قيادي واحد.

وبحسب مصادر مطلعة تحدثت لـ"المدن"، ستتبع الفرقة الجديدة مباشرة لهيئة الأركان العامة، وستضم نحو عشرة ألوية وأفواج كانت تعمل تحت راية "النمر"، على أن يحتفظ الحسن بقيادتها، وأن يتقاضى عناصرها رواتبهم من وزارة الدفاع بدلا من التمويل الذي كانوا يحصلون عليه من جهات متعددة.

وتشكلت "قوات النمر" في عام 2013 بدعم من جهاز المخابرات الجوية، الذي ينتمي إليه الحسن، وشاركت في معظم المعارك الكبرى لقوات النظام، من ريف حماة إلى حلب والغوطة الشرقية ودرعا، وصولا إلى المعارك الأخيرة في ريف إدلب الجنوبي وبلدة خان شيخون.

وارتبط اسم الحسن بعلاقة وثيقة مع القيادة العسكرية الروسية، إذ ظهر في أكثر من مناسبة إلى جانب الرئيس فلاديمير بوتين خلال زيارته قاعدة حميميم الجوية في ريف اللاذقية، التي تتمركز فيها القوات الروسية منذ أيلول 2015.

وكانت روسيا قد أسست أواخر عام 2016 "الفيلق الخامس - اقتحام"، الذي استوعب آلاف المتطوعين وعناصر من فصائل معارضة أبرمت اتفاقات "تسوية" مع النظام، في إطار مساع لإعادة هيكلة القوات الرديفة وضمها إلى المؤسسة العسكرية الرسمية.

ولم يشمل القرار ميليشيات "الدفاع الوطني"، التي لا تزال تعمل خارج الهيكلية الرسمية للجيش، وتتلقى دعما إيرانيا في عدد من المحافظات، وهو ما يراه باحثون مؤشرا على التنافس الروسي الإيراني على النفوذ داخل المنظومة العسكرية للنظام.

ويقول الباحث في الشؤون العسكرية إن تحويل "النمر" إلى فرقة نظامية "يمنح موسكو قدرة أكبر على التحكم بقوة ضاربة أثبتت فاعليتها في المعارك"، لكنه يرى أن "الولاء الشخصي للحسن سيبقى أقوى من أي تسمية جديدة".

ويأتي القرار بعد أيام من إعلان النظام وقفا لإطلاق النار في منطقة خفض التصعيد في إدلب، وسط حديث عن مفاوضات روسية تركية حول مستقبل الطرق الدولية في المنطقة.

وفي مدينة جبلة الساحلية، التي يتحدر منها عدد كبير من عناصر الفرقة، قال رجل في الخمسينات من عمره: "الشباب اللي راحوا مع النمر بدهم رواتب وتأمين صحي، إذا صاروا جيش رسمي منيح، بس المهم يرجعوا سالمين".""",
        [
            G("forces.integrated", "occurred", ["Syria", "Tiger Forces", "Suheil al-Hassan"], ["Syrian Army"]),
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
            G("forces.integrated", "historical", ["Russia"], ["Fifth Corps (Syria)", "Syrian Army"], core=False),
            G("forces.integrated", "negated", ["Syria"], ["National Defence Forces"], core=False),
        ],
        not_targets=["Russia", "Iran", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-10-alarabiya-pakistan-troops-to-saudi-arabia-2018",
        date(2018, 2, 16),
        """باكستان ترسل قوات إلى السعودية في "مهمة تدريب واستشارات"

إسلام آباد - العربية.نت

أعلن الجيش الباكستاني، مساء الخميس، أن وحدة من قواته ستتوجه إلى المملكة العربية السعودية في "مهمة تدريب واستشارات"، في إطار التعاون الأمني الثنائي القائم بين البلدين منذ عقود.

وقالت إدارة العلاقات العامة للقوات المسلحة الباكستانية في بيان إن القرار جاء عقب اجتماع في روالبندي بين قائد الجيش الجنرال قمر جاويد باجوا والسفير السعودي لدى باكستان نواف بن سعيد المالكي، جرى خلاله بحث التعاون العسكري والأوضاع الأمنية في المنطقة.

وأكد البيان أن القوات "لن تنشر خارج المملكة"، في إشارة إلى أنها لن تشارك في العمليات العسكرية الدائرة في اليمن، وهو ما كررته مصادر عسكرية باكستانية لـ"العربية.نت"، موضحة أن مهمة الوحدة تقتصر على التدريب وتقديم المشورة للقوات السعودية.

ولم يحدد البيان عدد الجنود، غير أن وسائل إعلام باكستانية قدرت الوحدة بنحو ألف عسكري، سينضمون إلى قرابة 1600 عسكري باكستاني موجودين في المملكة أصلا بموجب اتفاقية للتعاون العسكري وقعها البلدان عام 1982.

وأثار الإعلان تساؤلات في مجلس الشيوخ الباكستاني، إذ طالب رئيسه رضا رباني وزير الدفاع بالمثول أمام المجلس لتقديم إيضاحات، مذكرا بقرار البرلمان الصادر في أبريل 2015، الذي صوت فيه النواب بالإجماع على التزام الحياد في النزاع اليمني ورفض الانضمام إلى التحالف الذي تقوده الرياض هناك.

وكانت باكستان قد انضمت أواخر عام 2015 إلى التحالف الإسلامي العسكري لمحاربة الإرهاب، الذي أعلنت الرياض تشكيله، ويتولى قائد جيشها السابق الجنرال راحيل شريف قيادته العسكرية منذ عام 2017.

ويرى محللون في إسلام آباد أن الحكومة تحاول الموازنة بين التزاماتها تجاه الرياض، التي قدمت لها دعما ماليا كبيرا في أزمات سابقة، وحرصها على تجنب توتير العلاقات مع جارتها إيران، التي تتقاسم معها حدودا طويلة في إقليم بلوشستان.

ويعمل في المملكة أكثر من مليوني باكستاني، تشكل تحويلاتهم المالية مصدرا رئيسيا للعملة الصعبة لاقتصاد البلاد، الذي يعاني من عجز متزايد في الحساب الجاري.

وفي أحد أسواق روالبندي، قال صاحب محل للأقمشة: "السعودية بلد الحرمين، وأي جندي باكستاني هناك يحميها فهو شرف لنا، لكننا لا نريد أن يدخل أبناؤنا حرب غيرنا في اليمن".""",
        [
            G("military.presence", "planned", ["Pakistan"], ["Saudi Arabia"]),
            G("military.presence", "negated", ["Pakistan"], ["Yemen"], core=False),
            G("military.presence", "historical", ["Pakistan"], ["Saudi Arabia"], core=False),
            G("agreement.signed", "historical", ["Pakistan", "Saudi Arabia"], [], core=False),
            G("alliance.joined", "negated", ["Pakistan"], ["Saudi-led coalition"], core=False),
            G("alliance.joined", "historical", ["Pakistan"], ["Islamic Military Counter Terrorism Coalition"],
              core=False),
        ],
        not_targets=["Iran", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-11-youm7-sport-zamalek-registration-ban-lifted-2024",
        date(2024, 7, 20),
        """الزمالك يتنفس الصعداء.. "فيفا" يرفع إيقاف القيد والنادي يفتح خزائنه للصفقات

القاهرة - «اليوم السابع» - رياضة

رفع الاتحاد الدولي لكرة القدم "فيفا" إيقاف القيد الذي فرضه على نادي الزمالك منذ أسابيع، بعد أن سددت إدارة النادي مستحقات مدرب أجنبي سابق صدر لصالحه حكم من غرفة فض المنازعات، ليصبح الفريق الأبيض قادرا على تسجيل لاعبيه الجدد قبل انطلاق الموسم المقبل.

وقال مصدر داخل مجلس الإدارة لـ"اليوم السابع" إن النادي تلقى خطابا رسميا من الاتحاد الدولي يفيد برفع العقوبة، مؤكدا أن الإدارة "حريصة على إغلاق كل الملفات العالقة حتى لا يتكرر هذا السيناريو".

وفي أول تحرك بعد القرار، انضم لاعب الوسط الدولي الغاني إلى صفوف الفريق، بعد أن وقع عقدا يمتد لثلاثة مواسم، فيما مدد النادي عقد حارس المرمى المخضرم لموسم إضافي، في ظل رغبة الجهاز الفني في الحفاظ على عناصر الخبرة داخل غرفة الملابس.

ويستعد الفريق للسفر إلى مدينة برج العرب، حيث يقيم معسكرا مغلقا يمتد أسبوعين، يخوض خلاله ثلاث مباريات ودية، قبل العودة إلى القاهرة لاستكمال التحضيرات لكأس السوبر الأفريقي.

وكانت لجنة الانضباط في اتحاد الكرة المصري قد فرضت غرامة مالية على النادي الموسم الماضي، بسبب أحداث شغب شهدتها إحدى مباريات الدوري، كما أوقفت أحد لاعبي الفريق ثلاث مباريات بسبب اعتراضه على قرارات الحكم.

وفي سياق آخر، أعلن الناديان الكبيران الزمالك والأهلي عودة العلاقات بين إدارتيهما بعد قطيعة استمرت أشهرا بسبب أزمة تصريحات إعلامية، وذلك خلال لقاء جمع رئيسي الناديين برعاية وزير الشباب والرياضة.

كما قررت الإدارة دمج فريقي الشباب تحت 19 عاما وتحت 21 عاما في فريق رديف واحد، يشارك في دوري الدرجة الثانية، بهدف منح المواهب الصاعدة فرصة الاحتكاك بمستوى تنافسي أعلى.

ووقع النادي اتفاقية رعاية جديدة مع إحدى شركات الاتصالات لمدة ثلاث سنوات، تتجاوز قيمتها مئة مليون جنيه، وهي الأكبر في تاريخ النادي بحسب بيان رسمي.

ويسعى الجهاز الفني إلى ضم مهاجم صريح قبل غلق باب القيد الصيفي، بعد رحيل هداف الفريق إلى أحد أندية الدوري السعودي، وسط تقارير عن مفاوضات متقدمة مع لاعب تونسي.

ويبدأ الزمالك مشواره في الدوري الممتاز الموسم الجديد بمواجهة أحد الأندية الصاعدة، فيما يطمح إلى استعادة لقب الدوري الغائب عن خزائنه منذ موسمين.

وعلى باب النادي في ميت عقبة، قال مشجع في الثلاثين من عمره: "الحمد لله إن الأزمة خلصت، كنا خايفين الموسم يضيع قبل ما يبدأ. عايزين صفقات قوية ترجعنا للبطولات".""",
        [],
        not_targets=["Egypt", "Ghana", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h78-12-hespress-economy-ram-joins-oneworld-2020",
        date(2020, 4, 1),
        """"لارام" تنضم رسميا إلى تحالف "ون وورلد" في عز أزمة كورونا

الرباط - هسبريس - اقتصاد

انضمت الخطوط الملكية المغربية رسميا، اليوم الأربعاء، إلى تحالف "ون وورلد" للطيران، لتصبح أول شركة طيران من القارة الإفريقية تنضم إلى هذا التحالف العالمي الذي يضم شركات كبرى من بينها الخطوط الجوية البريطانية والقطرية والأمريكية.

وقال الرئيس المدير العام للشركة في بلاغ إن الانضمام "خطوة استراتيجية تفتح أمام زبنائنا شبكة تضم أكثر من ألف وجهة في العالم"، معترفا بأن التوقيت "استثنائي" في ظل الظروف التي يعيشها قطاع النقل الجوي.

وكانت الشركة قد علقت جميع رحلاتها الدولية منذ منتصف مارس، بعد قرار السلطات إغلاق المجال الجوي أمام الرحلات التجارية لمواجهة تفشي فيروس كورونا، فيما مددت الحكومة قبل أيام تعليق الرحلات إلى أجل غير مسمى، وفرضت حجرا صحيا شاملا على المواطنين.

وأوضح البلاغ أن الاستفادة الفعلية من مزايا التحالف، كتجميع النقاط والدخول إلى قاعات الانتظار، ستبدأ تدريجيا مع استئناف الرحلات، مشيرا إلى أن الشركة وقعت خلال العام الماضي اتفاقيات للرمز المشترك مع عدد من أعضاء التحالف، من بينها الخطوط القطرية والخطوط الأمريكية.

ويرى خبراء في قطاع الطيران أن انضمام "لارام" إلى التحالف سيعزز موقع مطار محمد الخامس بالدار البيضاء كمحور للربط بين إفريقيا وأوروبا والأمريكيتين، لكنهم يحذرون من أن الأزمة الحالية قد تؤخر جني ثمار هذه الخطوة لعدة أشهر.

وتواجه الشركة، على غرار باقي شركات الطيران في العالم، ضغوطا مالية غير مسبوقة بسبب توقف النشاط، إذ تقدر خسائرها بعشرات الملايين من الدراهم أسبوعيا، وسط حديث عن خطة دعم حكومية مرتقبة وتفاوض مع النقابات حول تخفيض الأجور.

وكان مجلس الإدارة قد صادق في وقت سابق على خطة لتوسيع الأسطول بطائرات جديدة من طراز "بوينغ 787"، غير أن مصادر من داخل الشركة أفادت بأن تسلم بعض الطائرات قد يتأخر بسبب الأزمة.

وفي قطاع السياحة، علقت فنادق مراكش وأكادير نشاطها بشكل شبه كامل، ومددت عدد من وكالات الأسفار فترة استرجاع مبالغ الحجوزات الملغاة، فيما اندمجت وكالتان صغيرتان في الدار البيضاء في كيان واحد لمواجهة تراجع الطلب.

ويعد قطاع السياحة من أبرز مصادر العملة الصعبة في المغرب، إذ استقبلت المملكة نحو 13 مليون سائح خلال العام الماضي.

وفي حي المعاريف بالدار البيضاء، قال صاحب وكالة أسفار: "الهاتف ما بقاش كيصوني غير بالإلغاءات. الخبر ديال التحالف زوين، ولكن دابا الناس كيفكرو غير فالصحة والخبز".""",
        [],
        not_targets=["Morocco", "Qatar", "United Kingdom", "United States"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout78_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout78_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout78_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
