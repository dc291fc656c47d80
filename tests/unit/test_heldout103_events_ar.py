"""A hundred-and-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
earlier Arabic held-out sets: Arabic copy of 1991-2023 as Lebanese, Syrian, Jordanian and Iraqi
outlets carry it on their political and diplomatic pages (a Beirut daily, "واشنطن - «النهار»", with
a Sayyida Zeinab shopkeeper; an Iraqi satellite channel's site, "بغداد - «الشرقية»", with a Shorja
trader; an Amman daily, "عمان - «الرأي»", with a Ramtha truck driver; an Amman daily, "نيويورك -
«الغد»", with a Yemeni student; a Damascus daily, "دمشق - «الوطن»", with a Hamidiyeh cloth seller;
an Amman daily, "جنيف - «الدستور»", with a Jordanian importer; a Damascus daily, "دمشق - «تشرين»",
with a Homs refinery engineer; a Beirut daily, "دمشق - «السفير»", with an Iraqi refugee; a Beirut
daily, "بيروت - «اللواء»", with a former militiaman of Achrafieh; an Iraqi Kurdish channel's site,
"بروكسل - «رووداو»", with a retired Peshmerga officer; an Amman daily's sports page, "عمان -
«الرأي» - رياضة", with a Faisaly fan; and a Beirut daily's economy page, "بيروت - «الأخبار» -
اقتصاد", with a pensioner of Hamra) on episodes the earlier sets do not carry as core news: the US
Treasury listing the Fatemiyoun and Zainabiyoun brigades and Qeshm Fars Air, January 2019; the
United States removing Iraq from the list of state sponsors of terrorism, October 2004; the Arab
League exempting Jordan's trade from its sanctions on Syria, December 2011; the Security Council
extending by Resolution 2204 the Yemen sanctions, February 2015; the American embassy in Damascus
warning the participants of the Damascus International Fair of sanctions, August 2019; Iraq
admitted to the World Trade Organization as an observer, February 2004; Syria, Iran and Iraq
signing the memorandum on the gas pipeline to the Mediterranean, July 2011; Iraq and Syria sending
their ambassadors back after the recall of August 2009, September 2010; the Lebanese army taking
in the first militiamen of the dissolved militias, 1991; NATO's defence ministers deciding to
expand the mission in Iraq from 500 to 4,000, February 2021.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
101 Arabic, and sets 102 and 104 Arabic and 117 English on their branches) by states,
bodies, people, places and instrument names in Arabic and English spellings, reading the hits:
"Fatemiyoun"/"فاطميون" and "Zainabiyoun"/"زينبيون" (none); "state sponsors" beside Iraq (none;
Resolution 1483 is core in set 33 English and background in set 67 Arabic, here background); the
Arab League's exemptions for Jordan (none; the League's sanctions of November 2011 are background
of sets 3 and 67 Arabic, the observers' protocol background of set 3 Arabic); "2204" (none);
"معرض دمشق الدولي"/"Damascus International Fair" (none); the WTO beside Iraq (none; set 35 Arabic
carries Yemen's entry); "الأنبوب الإسلامي"/"Islamic pipeline" (none); Iraq and Syria beside 2010
(none; their restoration of 2006 is core in set 35 Arabic, here a historical line); militias of
1991 and the Taif integration (none); NATO's mission beside Iraq (none; set 102 Arabic carries Algeria in NATO's Mediterranean Dialogue,
set 104 Arabic Samoa's entry into the WTO, other episodes). Some fifty other
candidates were dropped because the search found them as core news (among them the Iraqi accession
to the chemical weapons convention, the Kataib Sayyid al-Shuhada, Fly Baghdad and Khazali listings,
Resolution 1483 and 1506, the Libya suspension of 1999, the Belarus lifting of 2016, the Zimbabwe,
Myanmar, Uzbekistan and Yugoslav suspensions, the Iraq, Syria and Lebanon emergencies renewed, the
Erdogan threat to the Kurdistan Region, the Adrian Darya and TUSIAD warnings, the Iraqi-Iranian
security accord, the Iraq-China framework, the Basra-Aqaba pipeline, the Kuwaiti, Saudi and
Jordanian ambassadors, the Popular Mobilization decree, the Sons of Iraq and the Tiger Forces, the
Jordanian, Lebanese and Palestinian joinings of NATO's partnership, the Islamic coalition and
Interpol, and Turkey at Bashiqa).
Facts the writer is unsure of: the wording and signatory of the Treasury statement of January 2019;
the day of Iraq's removal from the list (written as 20 October 2004) and the spokesman's words;
whether, when and in what terms the Arab League's technical committee exempted Jordan's trade;
Resolution 2204's date of expiry and the Jordanian envoy's words; the day and medium of the
embassy's warning and the number of states at the fair; the Iraqi minister who spoke in Geneva and
the day of the decision; the place, signatories and figures of the pipeline memorandum; the day of
the ambassadors' return (written as 19 September 2010); the date, numbers and terms of the army's
intake of militiamen (written as early September 1991); the day of NATO's decision and the figures.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(NATO's mission "على أن تنتشر القوات الإضافية تدريجيا"), next to historical, negated and stalled
ones and a few alertable events that are not core; two are near misses: a Jordanian football page (a
club that "رفعت … عقوبة الإيقاف", a committee that "فرضت … غرامة" and "علقت مشاركة حارسه", "انضمام
مدافع", a club that "وقع معه عقدا", a contract "مدد", ticket sales "علق", an "اتفاقية شراكة",
crews "نشر") and a Lebanese economy page (banks that "رفعت … سقوف السحوبات", a circular "مدد", two
firms that "وقعت … مذكرة تفاهم", a shipper's "انضمامها إلى تحالف إقليمي", a committee that "فرضت
… غرامات" and "علقت رخصة", teams "نشرت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على «لواء
فاطميون» … و«لواء زينبيون»" imposes (core; the United States; the brigades and Qeshm Fars Air,
absent from the knowledge base), Mahan Air listed "عام 2011" a historical imposition, "ولم تشمل
العقوبات الجديدة أي مسؤول سوري" a negated imposition; the Quds Force, Afghanistan and Pakistan are
no targets. A state that "رفعت … اسم العراق من قائمة الدول الراعية للإرهاب" lifts (core; the
United States; Iraq), Bush's suspension of May 2003 a historical suspension, the listing of 1990
and the embargo of August 1990 historical impositions, Resolution 1483 a historical lifting, "ولم
يرفع القرار الأميركي تجميد أصول مسؤولي النظام السابق" a negated lifting, the Paris Club accord
"متعثرا" no agreement of the watched kinds (a debt deal). A League that "استثنت الأردن من تطبيق
عدد من بنود العقوبات … المفروضة على سوريا" and agreed to "تعليق تطبيق العقوبات على حركة
الشاحنات" suspends, a waiver as the design counts it (core; the Arab League; Syria; Jordan, the
beneficiary, no target), the sanctions of 27 November a historical imposition, the observers'
protocol "لا يزال التوقيع معلقا" a stalled signing, "ولم توافق الجامعة على طلب العراق استثناءه"
a negated suspension. A council that "مدد … العقوبات المفروضة على معرقلي العملية السياسية في
اليمن" extends (core; the Security Council; Yemen), Resolution 2140 and the listing of Saleh and
the Houthi leaders historical impositions, "ولم يفرض القرار الجديد حظرا على توريد السلاح" a
negated imposition, the Peace and Partnership agreement "حبرا على ورق" no event (an accord of
Yemeni parties, not states). An embassy that "حذرت … من أن من يتعامل مع الحكومة السورية «قد
يعرض نفسه لعقوبات أميركية»" threatens (core; the United States; Syria), Samer Foz's listing a
historical imposition, "ولم تعلن واشنطن حتى الآن أي عقوبات على شركات" a negated imposition; the
states at the fair are no targets. A state that "انضم … إلى منظمة التجارة العالمية بصفة مراقب"
joins (core; Iraq; the WTO), "ولا يمنح وضع المراقب العراق عضوية كاملة" a negated joining, Jordan's
membership "عام 2000" a historical joining, Syria's request "عالقا منذ تقديمه عام 2001" a stalled
joining. Three states that "وقعت … مذكرة تفاهم لمد خط أنابيب" sign (core; Syria, Iran, Iraq), the
final accord "خلال عام" a planned signing (not core), the Arab Gas Pipeline of 2001 a historical
signing, "ولم يوقع لبنان على المذكرة" a negated signing. Two governments that announced "إعادة
سفيريهما" restore ties (core; Iraq and Syria), the restoration of 2006 a historical one, the
security accord "معلقا" a stalled signing; the recall of 2009 is no event of a watched type. An army
that "بدأ … دمج الدفعة الأولى من عناصر الميليشيات المنحلة في صفوفه" integrates forces (core; the
Lebanese army; the Lebanese Forces, Amal and the PSP), the Taif agreement of 1989 a historical
signing, "ولم يشمل القرار عناصر «حزب الله»" a negated integration, the Syrian forces "منذ عام
1976" a historical presence. Ministers who "قرر … توسيع بعثة الحلف في العراق … على أن تنتشر
القوات الإضافية تدريجيا" plan a presence (core, planned; NATO; Iraq), the mission "منذ تشرين الأول
2018" and the coalition "منذ عام 2014" historical presences, "لن تكون لها مهام قتالية" a negated
presence; the parliament's vote of 2020 is no event of a watched type. The Jordanian sports page
and the Lebanese economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.700, R 0.700, F1 0.700 (recall
7/10, precision 7/10); occurred core found 6/9, planned 1/1; historical kept quiet 12/13, negated
9/9, stalled 2/3. No annotation was changed after the run. Missed: the Arab League's exemption
(ar-h103-03), "وافقت على تعليق تطبيق العقوبات على حركة الشاحنات", is read as a planned
suspension with no actor and Jordan, the beneficiary, for a target; the embassy's warning
(ar-h103-05), "حذرت السفارة الأميركية …، عبر حسابها …، الشركات … من المشاركة …، مؤكدة أن من
يتعامل مع الحكومة السورية «قد يعرض نفسه لعقوبات أميركية»", is read as a historical threat (of
the United States and Syria); the ambassadors sent back (ar-h103-08), "أعلنت الحكومتان … إعادة
سفيريهما … منهيتين أزمة دبلوماسية اندلعت في آب 2009", are read as a historical restoration (the
date of the crisis taken for the event's); the army's intake (ar-h103-09), "بدأ الجيش اللبناني
… دمج الدفعة الأولى من عناصر الميليشيات المنحلة في صفوفه", is found with Lebanon for actor and
no target (neither the army nor the three militias named after "من" are read), so it matches no
gold event and counts as a wrong alert as well; NATO's decision (ar-h103-10), "قرر وزراء دفاع
الحلف … توسيع بعثة الحلف في العراق … على أن تنتشر القوات الإضافية تدريجيا", is read as an
occurred presence, not a planned one (the score counts it, the article's check does not). False
alarms: in ar-h103-03 "فيما يلتزم الأردن بقرار تجميد أرصدة الحكومة السورية" is read as an occurred
imposition by Jordan and Syria, and the protocol "المهلة الممنوحة لدمشق للتوقيع على بروتوكول
بعثة المراقبين" as a planned signing (gold: stalled). Seen, not counted by the score: Qeshm Fars
Air is not a target of the Treasury's listing and Mahan Air's historical listing has no target
(ar-h103-01); the historical Arab Gas Pipeline accord is read as negated, with Egypt, Jordan and
Lebanon for targets, and the Syrian minister, unlinked, is a target of the memorandum (ar-h103-07);
Iraq's negated full membership and Syria's stalled request give nothing (ar-h103-06); the negated
imposition of ar-h103-01, the historical impositions of ar-h103-02 and -04 and the negated
integration of Hezbollah give nothing or no target. The two near misses raise nothing. Five
articles are strict xfails (ar-h103-03, -05, -08, -09 and -10 on their core events, ar-h103-03 and
-09 on their alerts).

After the fixes of 2026-12-07: events P 0.750, R 0.900, F1 0.818 (recall 9/10, precision 9/12).
Two general causes were fixed in ``rasd/events/status.py``, pinned by rule sentences of other
states and wording in ``test_heldout103_rules_ar.py``: the dates after a participle or purpose
verb of ending ("منهيتين أزمة اندلعت في حزيران 2017", "لتطوي خلافا اندلع عام 2018") are those of
the rift ended, not of the act (``_ENDING_AR`` closes the act's reach as "بعد أن" does), and a
relative clause set off by commas between the subject and the trigger that tells a state since a
date ("فرضت الولايات المتحدة، التي تخوض حربا تجارية مع الصين منذ عام 2018، عقوبات") dates the
subject's state, not the trigger (``_after_relative_aside_ar``, akin to ``_after_relative_clause``
in English); the act's own year, a pluperfect past such a clause and a clause with a date of its
own that is no span ("، الذي تولى منصبه في نوفمبر الماضي،", which may well be the act's time, as
sets 4 and 27 Arabic show) keep their reading. ar-h103-08's restoration and ar-h103-05's
threat are found and their strict xfails removed. Left, for want of time before this round's
deadline: the League's exemption read as a planned suspension with no actor, the commitment to a
freeze read as an imposition and the protocol's deadline as a planned signing (ar-h103-03); the
army and the militias not read as the parties of the integration (ar-h103-09, whose lone
alert is also counted wrong); NATO's decision to expand, "على أن تنتشر القوات الإضافية
تدريجيا", read as occurred rather than planned (ar-h103-10). Seen and left as well: a relative
clause of the subject after a verb-first trigger ("أعادت الإمارات، التي سحبت سفيرها … عام 2016،
سفيرها") still dates the act, and such a clause can lose the subject as actor or the event
altogether ("أعلنت الحكومة الأسترالية، التي …، فرض عقوبات" gives nothing).

``python -m tests.unit.test_heldout103_events_ar`` prints every article's alerts and the set's
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-01-annahar-us-treasury-sanctions-fatemiyoun-zainabiyoun-2019",
        date(2019, 1, 25),
        """واشنطن تدرج «فاطميون» و«زينبيون» على لائحة العقوبات

واشنطن - «النهار»

فرضت وزارة الخزانة الأميركية، أمس الخميس، عقوبات على «لواء فاطميون» الذي يضم مقاتلين أفغانا و«لواء زينبيون» الذي يضم مقاتلين باكستانيين، متهمة الفصيلين بالقتال في سوريا تحت إمرة «فيلق القدس» التابع للحرس الثوري الإيراني، وبتجنيد لاجئين ومهاجرين مقابل المال والإقامة.

وقال مساعد وزير الخزانة لشؤون الإرهاب والاستخبارات المالية سيغال ماندلكر في بيان إن «النظام الإيراني يستغل المجتمعات الضعيفة لتغذية الحروب في المنطقة»، مضيفا أن الإدراج يجمد أي أصول للفصيلين في الولايات المتحدة ويحظر على الأميركيين التعامل معهما.

وشملت الحزمة نفسها شركة «قشم فارس إير» للطيران، التي قالت الوزارة إنها تنقل الأسلحة والمقاتلين إلى سوريا لمصلحة «ماهان إير»، الشركة التي كانت واشنطن قد أدرجتها على لائحة العقوبات عام 2011.

ولم تشمل العقوبات الجديدة أي مسؤول سوري، كما لم تتطرق إلى الفصائل العراقية التي تقاتل إلى جانب القوات الحكومية في محيط دمشق وحلب.

ويقدر خبراء عدد مقاتلي «فاطميون» الذين قتلوا في سوريا منذ عام 2013 بالمئات، فيما تقول طهران إنهم «متطوعون للدفاع عن المراقد المقدسة».

وفي اتصال هاتفي، قال صاحب متجر في منطقة السيدة زينب جنوب دمشق: «نراهم هنا منذ سنوات، يأتون ويذهبون. العقوبات لن تغير شيئا في الحي، الناس تعبت من الحرب ومن الأسعار».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["Fatemiyoun Brigade", "Zainabiyoun Brigade", "Qeshm Fars Air"]),
            # Mahan Air "كانت واشنطن قد أدرجتها على لائحة العقوبات عام 2011"
            G("sanctions.imposed", "historical", [_US], ["Mahan Air"], core=False),
            # "ولم تشمل العقوبات الجديدة أي مسؤول سوري"
            G("sanctions.imposed", "negated", [_US], ["Syria"], core=False),
        ],
        not_targets=["Afghanistan", "Pakistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-02-alsharqiya-us-removes-iraq-from-terror-sponsors-list-2004",
        date(2004, 10, 21),
        """واشنطن ترفع العراق رسميا من قائمة الدول الراعية للإرهاب

بغداد - «الشرقية»

رفعت الولايات المتحدة رسميا، أمس الأربعاء، اسم العراق من قائمة الدول الراعية للإرهاب، منهية قيودا على المساعدات والصادرات وتعاملات المصارف الأميركية مع الحكومة العراقية ظلت مفروضة منذ أكثر من عقد.

وقال متحدث باسم وزارة الخارجية الأميركية إن القرار «يعكس التحول الجذري الذي شهده العراق منذ سقوط النظام السابق»، موضحا أن الرئيس جورج بوش كان قد علق في أيار 2003 تطبيق معظم القوانين المتصلة بالقائمة على العراق.

وكانت واشنطن قد أدرجت العراق على القائمة عام 1990، بعد أشهر من رفعه منها، إثر اتهام حكومة صدام حسين بإيواء جماعات مسلحة. وفرض مجلس الأمن الدولي في آب من العام نفسه حظرا اقتصاديا شاملا على البلاد، رفعه في أيار 2003 بموجب القرار 1483.

ولم يرفع القرار الأميركي تجميد أصول مسؤولي النظام السابق، الذين لا تزال أسماؤهم على لوائح وزارة الخزانة.

ورحبت الحكومة العراقية المؤقتة بالخطوة، وقال وزير المالية عادل عبد المهدي إنها «ستفتح الباب أمام الاستثمارات والقروض»، فيما لا يزال اتفاق شطب ديون العراق لدى دول نادي باريس متعثرا بسبب الخلاف على نسبة الشطب.

وفي سوق الشورجة، قال تاجر مواد غذائية: «سمعنا عن رفع العقوبات مرات كثيرة. ما نريده كهرباء وأمان في الطريق، وبعدها تأتي التجارة وحدها».""",
        [
            G("sanctions.lifted", "occurred", [_US], ["Iraq"]),
            # Bush "كان قد علق في أيار 2003 تطبيق معظم القوانين"
            G("sanctions.suspended", "historical", [_US], ["Iraq"], core=False),
            # "أدرجت العراق على القائمة عام 1990"; the Security Council embargo of August 1990
            G("sanctions.imposed", "historical", [_US, _UNSC], ["Iraq"], core=False),
            # "رفعه في أيار 2003 بموجب القرار 1483"
            G("sanctions.lifted", "historical", [_UNSC], ["Iraq"], core=False),
            # "ولم يرفع القرار الأميركي تجميد أصول مسؤولي النظام السابق"
            G("sanctions.lifted", "negated", [_US], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-03-alrai-arab-league-exempts-jordan-from-syria-sanctions-2011",
        date(2011, 12, 5),
        """الجامعة العربية تستثني الأردن من تطبيق بنود في العقوبات على سوريا

عمان - «الرأي»

استثنت الجامعة العربية الأردن من تطبيق عدد من بنود العقوبات الاقتصادية المفروضة على سوريا، مراعاة لاعتماد المملكة على الطرق البرية السورية في تجارتها مع أوروبا وتركيا، وفق ما أعلنه مصدر رسمي أمس.

وقال المصدر إن اللجنة الفنية التي شكلتها الجامعة وافقت على تعليق تطبيق العقوبات على حركة الشاحنات والتجارة البينية الأردنية مع سوريا، فيما يلتزم الأردن بقرار تجميد أرصدة الحكومة السورية ووقف التعامل مع مصرفها المركزي.

وكان مجلس الجامعة قد فرض العقوبات في السابع والعشرين من تشرين الثاني الماضي، بعد انقضاء المهلة الممنوحة لدمشق للتوقيع على بروتوكول بعثة المراقبين العرب، ولا يزال التوقيع معلقا حتى الآن وسط خلاف على صلاحيات البعثة.

ولم توافق الجامعة على طلب العراق استثناءه بالكامل، فيما نأى لبنان بنفسه عن القرار منذ البداية.

وقال وزير الصناعة والتجارة إن نحو ربع الصادرات الأردنية تمر عبر الأراضي السورية، محذرا من خسائر كبيرة لقطاع النقل.

وفي مجمع الشاحنات بالرمثا، قال سائق يعمل على خط تركيا: «كل يوم نسمع قرارا جديدا. نحن لا نعرف إن كنا سنعبر الحدود الأسبوع القادم أم لا».""",
        [
            G("sanctions.suspended", "occurred", ["Arab League"], ["Syria"]),
            # "فرض العقوبات في السابع والعشرين من تشرين الثاني الماضي"
            G("sanctions.imposed", "historical", ["Arab League"], ["Syria"], core=False),
            # the observers' protocol "لا يزال التوقيع معلقا"
            G("agreement.signed", "stalled", ["Syria", "Arab League"], [], core=False),
            # "ولم توافق الجامعة على طلب العراق استثناءه"
            G("sanctions.suspended", "negated", ["Arab League"], ["Syria"], core=False),
        ],
        not_targets=["Jordan", "Turkey", "Iraq", "Lebanon"],
        known_miss=(
            "the exemption \"وافقت على تعليق تطبيق العقوبات\" is read as a planned suspension with "
            "no actor and Jordan, the beneficiary, for its target"
        ),
        known_alarm=(
            "\"يلتزم الأردن بقرار تجميد أرصدة الحكومة السورية\" is read as an occurred imposition "
            "by Jordan and Syria, the stalled protocol as a planned signing, Jordan a target"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-04-alghad-unsc-extends-yemen-sanctions-res-2204-2015",
        date(2015, 2, 25),
        """مجلس الأمن يمدد العقوبات على اليمن عاما إضافيا

نيويورك - «الغد»

مدد مجلس الأمن الدولي، أمس الثلاثاء، بالإجماع العقوبات المفروضة على معرقلي العملية السياسية في اليمن لمدة عام، حتى السادس والعشرين من شباط 2016، بموجب القرار 2204، كما مدد ولاية فريق الخبراء المكلف بمراقبة تنفيذها.

وتشمل العقوبات تجميد الأصول وحظر السفر، وكان المجلس قد فرضها في شباط 2014 بالقرار 2140، ثم أدرج في تشرين الثاني الماضي الرئيس السابق علي عبد الله صالح واثنين من قادة جماعة الحوثي على القائمة.

ولم يفرض القرار الجديد حظرا على توريد السلاح، رغم مطالبات دول خليجية بذلك بعد سيطرة الحوثيين على صنعاء.

وقال مندوب الأردن، العضو العربي في المجلس، إن التمديد «رسالة واضحة لكل من يقوض الانتقال السياسي»، داعيا إلى استئناف الحوار برعاية المبعوث الأممي جمال بنعمر.

ولا يزال اتفاق السلم والشراكة الوطنية الموقع في أيلول الماضي حبرا على ورق، بعد أن رفض الحوثيون سحب مسلحيهم من العاصمة.

وفي مقهى بوسط عمان، قال طالب يمني يدرس الهندسة: «أهلي في صنعاء لا يعرفون ماذا يحدث غدا. العقوبات على الورق، أما الناس فتعيش بلا رواتب».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Yemen"]),
            # "فرضها في شباط 2014 بالقرار 2140"; Saleh and two Houthi leaders listed in November
            G("sanctions.imposed", "historical", [_UNSC], ["Yemen", "Ali Abdullah Saleh", "Houthis"], core=False),
            # "ولم يفرض القرار الجديد حظرا على توريد السلاح"
            G("sanctions.imposed", "negated", [_UNSC], ["Yemen"], core=False),
        ],
        not_targets=["Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-05-alwatan-us-embassy-warns-damascus-fair-participants-2019",
        date(2019, 8, 27),
        """السفارة الأميركية تحذر المشاركين في معرض دمشق الدولي من العقوبات

دمشق - «الوطن»

حذرت السفارة الأميركية في دمشق، التي أغلقت أبوابها منذ عام 2012، عبر حسابها على موقع «تويتر»، الشركات ورجال الأعمال من المشاركة في الدورة الحادية والستين لمعرض دمشق الدولي، مؤكدة أن من يتعامل مع الحكومة السورية «قد يعرض نفسه لعقوبات أميركية».

واعتبرت وزارة الاقتصاد السورية التحذير «محاولة يائسة لحصار الشعب السوري»، مؤكدة أن أكثر من ثلاثين دولة أكدت مشاركتها، بينها الإمارات وروسيا والصين وإيران.

وكانت وزارة الخزانة الأميركية قد فرضت في حزيران الماضي عقوبات على رجل الأعمال سامر فوز وعدد من شركاته، بتهمة الاستفادة من مشاريع إعادة الإعمار على أراض صودرت من نازحين.

ولم تعلن واشنطن حتى الآن أي عقوبات على شركات شاركت في الدورة الماضية من المعرض، بحسب مسؤولين في غرفة تجارة دمشق.

ويفتتح المعرض غدا على أرض مدينة المعارض على طريق المطار، ويستمر عشرة أيام.

وفي سوق الحميدية، قال بائع أقمشة: «كل سنة يقولون عقوبات. المعرض فرصة للناس كي تخرج وترى شيئا غير الحرب، والتجار يبيعون ما يستطيعون».""",
        [
            G("sanctions.threatened", "occurred", [_US], ["Syria"]),
            # Samer Foz "في حزيران الماضي"
            G("sanctions.imposed", "historical", [_US], ["Samer Foz"], core=False),
            # "ولم تعلن واشنطن حتى الآن أي عقوبات على شركات شاركت في الدورة الماضية"
            G("sanctions.imposed", "negated", [_US], [], core=False),
        ],
        not_targets=["United Arab Emirates", "Russia", "China", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-06-addustour-iraq-gains-wto-observer-status-2004",
        date(2004, 2, 12),
        """العراق ينضم إلى منظمة التجارة العالمية بصفة مراقب

جنيف - «الدستور»

انضم العراق، أمس الأربعاء، إلى منظمة التجارة العالمية بصفة مراقب، بعد أن وافق المجلس العام للمنظمة في جنيف بالإجماع على طلب قدمته الحكومة العراقية في أيلول الماضي.

وقال وزير التجارة العراقي علي علاوي إن الخطوة «بداية طريق طويل نحو الاندماج في الاقتصاد العالمي»، مضيفا أن بغداد ستعمل على تحديث قوانينها التجارية.

ولا يمنح وضع المراقب العراق عضوية كاملة، إذ لا تزال مفاوضات الانضمام الفعلية لم تبدأ بعد، ويتطلب استكمالها سنوات من المحادثات مع الدول الأعضاء.

وكان الأردن قد انضم إلى المنظمة عضوا كامل العضوية عام 2000، فيما لا يزال طلب سوريا الانضمام عالقا منذ تقديمه عام 2001 بسبب اعتراض الولايات المتحدة.

ويرى اقتصاديون أن الخطوة رمزية إلى حد بعيد في ظل الوضع الأمني، لكنها تمنح العراق حق حضور الاجتماعات والاطلاع على المفاوضات.

وفي عمان، قال مستورد أردني يتعامل مع السوق العراقية: «المهم أن تفتح الطرق وتستقر الجمارك على الحدود. المنظمات في جنيف بعيدة عن سائقي الشاحنات على طريبيل».""",
        [
            G("alliance.joined", "occurred", ["Iraq"], ["World Trade Organization"]),
            # "ولا يمنح وضع المراقب العراق عضوية كاملة"
            G("alliance.joined", "negated", ["Iraq"], ["World Trade Organization"], core=False),
            # Jordan "قد انضم إلى المنظمة ... عام 2000"
            G("alliance.joined", "historical", ["Jordan"], ["World Trade Organization"], core=False),
            # Syria's request "عالقا منذ تقديمه عام 2001"
            G("alliance.joined", "stalled", ["Syria"], ["World Trade Organization"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-07-tishreen-syria-iran-iraq-sign-gas-pipeline-mou-2011",
        date(2011, 7, 26),
        """سوريا وإيران والعراق توقع مذكرة تفاهم لمد خط غاز إلى المتوسط

دمشق - «تشرين»

وقعت سوريا وإيران والعراق، أمس الإثنين، في مدينة عسلوية الإيرانية مذكرة تفاهم لمد خط أنابيب لنقل الغاز الإيراني من حقل بارس الجنوبي عبر الأراضي العراقية إلى سوريا، ومنها إلى لبنان وساحل المتوسط.

ووقع المذكرة عن الجانب السوري وزير النفط سفيان العلاو، بحضور نظيريه الإيراني والعراقي، وتقدر كلفة المشروع بعشرة مليارات دولار وطاقته بنحو مئة وعشرة ملايين متر مكعب يوميا.

وقال العلاو إن الدول الثلاث ستوقع الاتفاق النهائي خلال عام بعد استكمال الدراسات الفنية، مؤكدا أن الخط «سيغير خريطة الطاقة في المنطقة».

وكانت سوريا قد وقعت مع مصر والأردن ولبنان عام 2001 اتفاق خط الغاز العربي الذي وصل إلى الأراضي السورية عام 2008.

ولم يوقع لبنان على المذكرة، رغم أن الخط يفترض أن يمتد إلى أراضيه.

وفي حي بابا عمرو بحمص، قال مهندس يعمل في مصفاة المدينة: «المشاريع الكبيرة تحتاج إلى هدوء. إن مر الغاز من هنا فسيحتاج الناس إلى عمل، وهذا ما نريده».""",
        [
            G("agreement.signed", "occurred", ["Syria", "Iran", "Iraq"], []),
            # "ستوقع الاتفاق النهائي خلال عام"
            G("agreement.signed", "planned", ["Syria", "Iran", "Iraq"], [], core=False),
            # the Arab Gas Pipeline agreement of 2001
            G("agreement.signed", "historical", ["Syria", "Egypt", "Jordan", "Lebanon"], [], core=False),
            # "ولم يوقع لبنان على المذكرة"
            G("agreement.signed", "negated", ["Lebanon"], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-08-assafir-iraq-syria-return-ambassadors-2010",
        date(2010, 9, 20),
        """بغداد ودمشق تعيدان سفيريهما بعد قطيعة عام

دمشق - «السفير»

أعلنت الحكومتان العراقية والسورية، أمس، إعادة سفيريهما إلى دمشق وبغداد، منهيتين أزمة دبلوماسية اندلعت في آب 2009 حين سحب البلدان سفيريهما على خلفية تفجيرات «الأربعاء الدامي» في بغداد.

وقال وزير الخارجية السوري وليد المعلم إن عودة السفيرين «تفتح صفحة جديدة»، فيما أكد نظيره العراقي هوشيار زيباري أن بغداد «تريد أفضل العلاقات مع جيرانها».

وكان البلدان قد أعادا علاقاتهما الدبلوماسية عام 2006 بعد انقطاع دام أكثر من عشرين عاما.

ولا يزال الاتفاق الأمني الذي تطالب به بغداد لتسليم المطلوبين معلقا، إذ ترفض دمشق تسليم قياديين بعثيين تتهمهم الحكومة العراقية بالوقوف وراء التفجيرات.

ويرى مراقبون أن الخطوة تأتي في سياق المشاورات الإقليمية حول تشكيل الحكومة العراقية المتعثر منذ الانتخابات.

وفي منطقة السيدة زينب، قال لاجئ عراقي يعمل في محل للاتصالات: «أهلنا بين البلدين. كلما اختلفت الحكومات صار السفر أصعب. نتمنى أن تبقى السفارات مفتوحة هذه المرة».""",
        [
            G("relations.restored", "occurred", ["Iraq", "Syria"], []),
            # "أعادا علاقاتهما الدبلوماسية عام 2006"
            G("relations.restored", "historical", ["Iraq", "Syria"], [], core=False),
            # "ولا يزال الاتفاق الأمني ... معلقا"
            G("agreement.signed", "stalled", ["Iraq", "Syria"], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-09-alliwaa-lebanese-army-absorbs-militiamen-1991",
        date(1991, 9, 3),
        """الجيش يبدأ استيعاب الدفعة الأولى من عناصر الميليشيات

بيروت - «اللواء»

بدأ الجيش اللبناني، أمس، دمج الدفعة الأولى من عناصر الميليشيات المنحلة في صفوفه، تنفيذا لقرار مجلس الوزراء استيعاب آلاف المقاتلين السابقين من «القوات اللبنانية» وحركة «أمل» و«الحزب التقدمي الاشتراكي» في الجيش وقوى الأمن والإدارات العامة.

وقال مصدر عسكري إن المجندين الجدد سيخضعون لدورات تأهيل في ثكنات الجيش قبل توزيعهم على الألوية، على أن يوزعوا بطريقة «تمنع أي تكتل طائفي أو حزبي داخل الوحدات».

وكانت الأطراف اللبنانية قد وقعت اتفاق الطائف في تشرين الأول 1989، ونص على حل الميليشيات وتسليم أسلحتها إلى الدولة، وهو ما جرى في نيسان الماضي.

ولم يشمل القرار عناصر «حزب الله» في الجنوب، إذ اعتبرت الحكومة أن سلاحه «سلاح مقاومة» للاحتلال الإسرائيلي.

وتنتشر القوات السورية في لبنان منذ عام 1976، وينص الاتفاق على إعادة تموضعها في البقاع خلال سنتين.

وفي مقهى في الأشرفية، قال شاب كان يقاتل في صفوف إحدى الميليشيات: «خمس عشرة سنة حرب. إن أعطوني راتبا ووظيفة فسأنسى البندقية. المهم ألا نعود إلى المتاريس».""",
        [
            G("forces.integrated", "occurred", ["Lebanese Armed Forces"],
              ["Lebanese Forces", "Amal Movement", "Progressive Socialist Party"]),
            # the Taif agreement "في تشرين الأول 1989"
            G("agreement.signed", "historical", [], [], core=False),
            # "ولم يشمل القرار عناصر «حزب الله»"
            G("forces.integrated", "negated", ["Lebanese Armed Forces"], ["Hezbollah"], core=False),
            # Syrian forces "منذ عام 1976"
            G("military.presence", "historical", ["Syria"], ["Lebanon"], core=False),
        ],
        not_targets=["Israel"],
        known_miss=(
            "\"بدأ الجيش اللبناني … دمج … عناصر الميليشيات … في صفوفه\" has Lebanon for actor and "
            "no target: neither the army nor the militias named after \"من\" are read"
        ),
        known_alarm=(
            "the same integration, with Lebanon only, matches no gold event"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-10-rudaw-nato-to-expand-iraq-mission-2021",
        date(2021, 2, 19),
        """الناتو يقرر توسيع بعثته في العراق من 500 إلى 4 آلاف عنصر

بروكسل - «رووداو»

قرر وزراء دفاع حلف شمال الأطلسي (الناتو)، أمس الخميس، توسيع بعثة الحلف في العراق من نحو خمسمئة عنصر إلى أربعة آلاف، على أن تنتشر القوات الإضافية تدريجيا وتشمل مهامها تدريب مؤسسات أمنية جديدة خارج بغداد.

وقال الأمين العام للحلف ينس ستولتنبرغ في مؤتمر صحافي إن التوسيع جاء «بطلب من الحكومة العراقية»، مؤكدا أن البعثة «لن تكون لها مهام قتالية» وأنها تحترم سيادة العراق.

وتعمل بعثة الناتو في العراق منذ تشرين الأول 2018، فيما ينتشر التحالف الدولي بقيادة الولايات المتحدة في البلاد منذ عام 2014 لمحاربة تنظيم «داعش».

وكان مجلس النواب العراقي قد صوت في كانون الثاني 2020 على قرار غير ملزم يطالب بإخراج القوات الأجنبية، بعد مقتل قاسم سليماني وأبو مهدي المهندس.

ورحب وزير الخارجية العراقي فؤاد حسين بالقرار، فيما انتقدته فصائل مسلحة قالت إنها «لن تقبل بأي وجود أجنبي تحت أي اسم».

وفي أربيل، قال ضابط متقاعد في البيشمركة: «التدريب مفيد، لكن المشكلة ليست في العدد. المشكلة في القرار السياسي في بغداد ومن يملك السلاح».""",
        [
            G("military.presence", "planned", ["NATO"], ["Iraq"]),
            # the mission "منذ تشرين الأول 2018"; the coalition "منذ عام 2014"
            G("military.presence", "historical", ["NATO", _US], ["Iraq"], core=False),
            # "لن تكون لها مهام قتالية"
            G("military.presence", "negated", ["NATO"], ["Iraq"], core=False),
        ],
        known_miss=(
            "\"قرر … توسيع بعثة الحلف … على أن تنتشر القوات الإضافية تدريجيا\" is read as an "
            "occurred presence, not a planned one"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-11-alrai-sport-faisaly-wehdat-suspension-lifted",
        date(2022, 4, 10),
        """الفيصلي يرفع الإيقاف عن مهاجمه.. والوحدات يضم مدافعا عراقيا

عمان - «الرأي» - رياضة

رفعت إدارة النادي الفيصلي، أمس، عقوبة الإيقاف التي فرضتها على مهاجم الفريق الأسبوع الماضي بسبب خروجه عن الانضباط في التدريبات، بعد أن قدم اعتذارا رسميا للجهاز الفني والجماهير.

وفي المقابل، فرضت لجنة الانضباط في اتحاد كرة القدم غرامة مالية على نادي الوحدات بسبب إلقاء جماهيره قوارير المياه على أرض الملعب في مباراة القمة الأخيرة، كما علقت مشاركة حارسه في مباراتين.

وأعلن الوحدات انضمام مدافع عراقي قادم من الدوري العراقي، بعد أن وقع معه عقدا لمدة موسمين، فيما مدد النادي عقد مدربه الصربي حتى نهاية الموسم المقبل.

وعلق الاتحاد بيع تذاكر مباراة الكأس عبر التطبيق الإلكتروني مؤقتا بسبب خلل تقني، على أن يستأنف البيع اليوم في شبابيك ستاد عمان الدولي.

ووقع الاتحاد اتفاقية شراكة مع شركة اتصالات محلية لرعاية دوري المحترفين لثلاثة مواسم، ونشر طواقم تنظيمية إضافية في الملاعب لضبط دخول الجماهير.

ويتصدر الفيصلي ترتيب الدوري بفارق نقطة عن الوحدات قبل خمس جولات من النهاية.

وفي مقهى بجبل الحسين، قال مشجع فيصلاوي: «المهاجم أخطأ واعتذر، والآن نريده أن يسجل في القمة. الجمهور لا ينسى لكنه يسامح».""",
        [],
        not_targets=["Jordan", "Iraq", "Serbia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h103-12-alakhbar-economy-banks-lift-withdrawal-limits",
        date(2023, 3, 15),
        """مصارف ترفع سقوف السحوبات.. وشركتان توقعان مذكرة تفاهم للاندماج

بيروت - «الأخبار» - اقتصاد

رفعت مصارف لبنانية عدة، أمس، سقوف السحوبات الشهرية بالدولار لصغار المودعين، بعد أن مدد مصرف لبنان العمل بالتعميم الذي ينظم هذه السحوبات حتى نهاية العام، وسط استمرار الخلاف مع الحكومة على خطة توزيع الخسائر.

وفي سياق منفصل، وقعت شركتان للتأمين مذكرة تفاهم لدراسة اندماجهما، على أن تستكمل إجراءات التدقيق خلال أربعة أشهر، فيما أعلنت شركة شحن لبنانية انضمامها إلى تحالف إقليمي لشركات النقل البحري.

وفرضت لجنة الرقابة على المصارف غرامات على ثلاث مؤسسات صرافة بسبب مخالفات في التسعير، وعلقت رخصة مؤسسة رابعة حتى تسوية أوضاعها.

ونشرت إحدى شركات الاتصالات فرقا فنية في البقاع والشمال لإصلاح الأعطال قبل موسم الأمطار.

ويرى اقتصاديون أن رفع السقوف «خطوة محدودة» لا تعالج أصل الأزمة، في ظل غياب قانون لتنظيم القيود على الرساميل.

وفي شارع الحمرا، قال موظف متقاعد يقف في طابور أمام أحد المصارف: «جنى عمري هنا. يعطونني مئة دولار ويقولون إنهم رفعوا السقف. أي سقف؟».""",
        [],
        not_targets=["Lebanon"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout103_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout103_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout103_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(140, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
