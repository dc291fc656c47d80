"""A ninety-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety-two Arabic held-out sets: Arabic copy of 1989-2023 as Sudanese, pan-Arab London,
Algerian, Moroccan, Egyptian, Mauritanian, Libyan and Tunisian outlets carry it (a Khartoum daily,
"الخرطوم - «السوداني»", with a gold trader of Atbara; the London daily's New York bureau,
"نيويورك - «الحياة»", with a Tripoli spare-parts dealer; an Algerian daily, "لوكسمبورغ -
«الخبر»", with an Uzbek student; the London daily's Brussels bureau, "بروكسل - «الشرق الأوسط»",
with a Cairo lawyer; the London daily "نيويورك - «القدس العربي»", with a Darfuri of Cricklewood; a
Moroccan party daily, "الدار البيضاء - «العلم»", with a cloth trader of Derb Omar; a Cairo daily,
"بنغازي - «الأهرام»", with an old trader of Souq al-Jarid; a Mauritanian state daily, "نواكشوط -
«الشعب»", with a Rosso vegetable seller; a Libyan site, "طرابلس - «ليبيا المستقبل»", with an
electricity clerk; a Tunisian daily, "تونس - «الصباح»", with a Ben Guerdane money changer; an
Algerian sports daily, "الجزائر - «الهداف» - رياضة", with a Mouloudia fan of Bab El Oued; and a
Tunisian daily's culture page, "تونس - «الشروق» - ثقافة", with a student of Sfax) on episodes the
earlier sets do not carry as core news: the US Treasury listing Meroe Gold and its Russian parent
M Invest for their ties to Yevgeny Prigozhin, July 2020; the Security Council lifting the
sanctions on Libya by Resolution 1506, September 2003; the European Union suspending its visa ban
on eight Uzbek officials for six months while it prolonged the arms embargo, October 2007; the
Council of the European Union prolonging the freeze on the funds of Hosni Mubarak and his family,
March 2019; the Security Council threatening the Sudanese government with measures by Resolution
1556 if it did not disarm the Janjaweed within thirty days, July 2004; Egypt's return to the Arab
League at the extraordinary summit of Casablanca, May 1989; Silvio Berlusconi and Muammar Gaddafi
signing the treaty of friendship, partnership and cooperation in Benghazi, August 2008;
Mauritania and Senegal restoring the relations broken in 1989, April 1992; the Libyan chief of
staff taking revolutionary brigades of the east into the army as the Libya Shield forces, 2012;
François Hollande acknowledging French forces in Libya after three soldiers died near Benghazi,
July 2016.
Searched before writing in ALL earlier held-out files of both languages (up to set 114 English and
91 Arabic, and sets 92 Arabic and 115 English on their branches and 94 and 95 English in their
worktrees) by states, bodies, people, places and instrument numbers in Arabic and English
spellings, reading the hits: "Meroe"/"مروي غولد"/"ميروي" (none; "مروي" hits are the dam and the
air base) and "M Invest" (none but "from investors"); "1506" and "Negroponte"/"نغروبونتي" (none;
the suspension of April 1999 after Lockerbie is core news in sets 32 Arabic and 34 English, here
only background); "Andijan"/"Uzbek" (set 27 English carries the lapse of the arms embargo of 2009
and the German base at Termez, another episode; the suspension of 2007 is not core anywhere);
Mubarak beside a freeze (none: "مبارك" hits are other men); "1556" (set 31 Arabic names it as a
one-line background of the Darfur embargo) and "Janjaweed"/"الجنجويد" (none); Egypt beside the
Arab League (only a historical joining in the first Arabic set) and "قمة الدار البيضاء" (none);
"Berlusconi"/"برلسكوني" (set 66 Arabic names the Benghazi treaty of 2008 as a historical signing);
Senegal beside Mauritania (set 113 English, a fisheries accord, says the relations "were restored in
1992" in one background line); "درع ليبيا" (set 19 Arabic, one background line of a voice);
"Hollande"/"هولاند" beside Libya (none). Dropped because the search found them as core news: the
Egypt-Sudan military cooperation agreement of March 2021 (set 44 Arabic), the EU's Ben Ali freeze
(set 32 Arabic), Resolutions 2362 and 2441 (sets 91 and 74 Arabic), the AU's fifteen days to
Sudan's generals (set 75 Arabic), Egypt in the New Development Bank (set 63 Arabic), Tunisia in
COMESA (set 33 Arabic), the Congo and Gabon in OPEC (sets 52 and 110 English), Palestine in
Interpol and in the ICC (sets 48 and 31 English), Sudan and the Abraham Accords (sets 2 and 81
Arabic), Sudan and Iran (set 19 Arabic), Mauritania and Qatar (sets 44 Arabic and 47 English), the
Dabaa contracts (set 85 Arabic), the Mauritania-EU migration partnership (set 18 Arabic), the
Egyptian troops for Somalia (set 50 Arabic) and Sudan in Decisive Storm (set 80 Arabic).
Facts the writer is unsure of: the day of the Meroe Gold listing (15 July 2020), the number of
front companies and Mnuchin's words; the day of Resolution 1506 (12 September 2003) and
Negroponte's and the Libyan envoy's words; the day of the Uzbek decision (15 October 2007), the
eight names and Amado's words; the day (18 March 2019) and the number of persons of the Mubarak
renewal and the EU court's rulings; the vote on Resolution 1556 and Mustafa Osman Ismail's words;
the day of Egypt's readmission (23 May 1989) and King Hassan II's words; the Benghazi treaty's sum
and term (five billion dollars over twenty-five years) and the joint-patrol accord of December
2007; the day of the Mauritania-Senegal announcement (23 April 1992), its form (a joint statement
of the foreign ministers) and the reopening of the border; the day and the scope of the Libya Shield
decision (written as of 9 June 2012) and al-Mangoush's words; Le Foll's words and the Benghazi
Defence Brigades' claim.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: an Algerian football page (a league that "رفعت … عقوبة الإيقاف", "انضمام مهاجم",
a player who "وقع … عقده", a contract "مددت", a league that "فرضت … غرامة" and "علقت بيع التذاكر",
police that "ستنشر … عون أمن", "عودة العلاقات بين إدارتيهما", "دمج ثلاثة لاعبين") and a Tunisian
culture page (a festival that "علقت … عرضين", "مددت … فترة المهرجان", "وقعت اتفاقية مع شركة", a
union that "رفعت … الحظر الذي كانت فرضته", "انضمام فرقة موسيقية جزائرية", "عودة العلاقات مع …
الموزعين", "دمجت عروض الأطفال", volunteers "نشرت", rules "فرضت" on photographers).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على شركة
«مروي غولد» … وعلى شركتها الأم الروسية «إم إنفست»" imposes (core; the United States; Meroe Gold
and M Invest, absent from the knowledge base; Russia and Sudan no targets: the nationality and the
seat of the firms), Prigozhin's listing "في ديسمبر 2016، ثم … في 2018" a historical imposition,
"ولم تفرض الخزانة في الحزمة الجديدة أي عقوبات على مسؤولين سودانيين" a negated imposition, the
agreements Bashir "وقع مع … بوتين" in Sochi in 2017 a historical signing, and the removal from the
terrorism list the capital "لا تزال … تنتظر", tied to a settlement not reached, a stalled lifting.
A council that "رفع … العقوبات المفروضة على ليبيا منذ عام 1992" lifts (core; the Security Council;
Libya; the United States and France, which abstained, no parties), the measures of Resolutions 748
and 883 a historical imposition, "وعلق المجلس تلك العقوبات في أبريل 1999" a historical suspension,
"واشنطن لن ترفع العقوبات الأميركية الأحادية" a negated lifting; the compensation settled with the
families is no signing of states. Ministers who "علق … لمدة ستة أشهر حظر السفر المفروض على ثمانية
مسؤولين أوزبكيين" suspend (core; the European Union; Uzbekistan), "تمديد حظر توريد الأسلحة إلى
أوزبكستان لمدة اثني عشر شهرا" an occurred extension (not core: the news is the suspension), the
measures "في نوفمبر 2005" a historical imposition, "ولم يستجب الاتحاد لمطلب برلين برفع العقوبات
كليا" a negated lifting, Germany's base at Termez (kept for years) and the American troops at
Karshi-Khanabad "منذ خريف 2001، قبل أن تطلب طشقند مغادرتها في صيف 2005" historical presences. A
council that "مدد … تجميد أموال وأصول الرئيس المصري الأسبق حسني مبارك" extends (core; the European
Union; Mubarak; Egypt, whose funds are recovered, no target), the freeze "في مارس 2011" and
Switzerland's freeze "في الحادي عشر من فبراير 2011" historical impositions, "ولم يشطب المجلس أي
اسم من القائمة هذا العام" a negated lifting. A council that "هدد … الحكومة السودانية بفرض عقوبات
عليها إذا لم تنزع سلاح ميليشيات «الجنجويد»" threatens (core; the Security Council; Sudan; China and
Pakistan, which abstained, no parties), the embargo it "فرض … على الجماعات والأفراد غير الحكوميين"
an occurred imposition on the Janjaweed (not core: the headline and the news are the threat), "غير
أن الحظر لا يشمل الحكومة السودانية" a negated imposition on Sudan, the N'Djamena ceasefire "في
الثامن من أبريل الماضي" a historical signing of the government and the two movements (Chad a
mediator), the protection force of Rwandan and Nigerian troops "من المنتظر أن تصل" a planned
presence (not core); the sixty AU monitors are no military force. Egypt that "عادت … رسميا إلى
جامعة الدول العربية" after the leaders decided "إنهاء تجميد عضويتها" joins (core; Egypt; the Arab
League; the freeze of 1979 is no event of a watched type), Sadat's treaty with Israel of 1979 a
historical signing, the relations Morocco and most states restored after Amman in 1987 a historical
restoration, "ولم تعد سوريا وليبيا علاقاتهما مع القاهرة حتى الآن" a negated restoration, the
Marrakesh summit that founded the Arab Maghreb Union a historical signing. Two leaders who "وقع …
معاهدة للصداقة والشراكة والتعاون بين إيطاليا وليبيا" sign (core; Italy, Libya, Berlusconi and
Gaddafi), the patrol accord "الذي وقعه البلدان في طرابلس في ديسمبر الماضي" a historical signing,
"ليبيا لم توقع حتى الآن اتفاقية الأمم المتحدة لعام 1951" a negated signing, the colonial rule
"من 1911 إلى 1943" (the soldiers who took the statue in 1913) a historical presence of Italy, the
sanctions lifted "قبل خمس سنوات" a historical lifting; the expulsion of 1970 is no event of a
watched type. Two states that announced "إعادة العلاقات الدبلوماسية بين البلدين" restore ties
(core; Mauritania and Senegal, Taya and Diouf), the ministers who "وقع … البيان المشترك" an
occurred signing (not core), Mauritania's joining of the Arab Maghreb Union "في فبراير 1989" a
historical joining; the break of 1989 and the border to reopen are no events of a watched type. A
staff that announced "ضم عدد من كتائب الثوار في المنطقة الشرقية إلى الجيش الوطني تحت مسمى قوات
«درع ليبيا»" integrates forces (core; Libya Shield, absent from the knowledge base; Libya), the
interior ministry that "تعتزم … دمج عناصر «اللجنة الأمنية العليا» … في أجهزة الشرطة" a planned
integration (not core), the Zintan brigades that "لم تنضم حتى الآن إلى أي من الهيكلين" a negated
integration, NATO's air campaign ended "في الحادي والثلاثين من أكتوبر الماضي" a historical
presence. A president who "أقر … بوجود قوات فرنسية في ليبيا" reports a presence (core; France and
Hollande; Libya), the air campaign of 2011 a historical presence of France and NATO, Tunisia that
"لن تسمح بوجود أي قوات أجنبية على أراضيها" a negated presence; the helicopter downed and the
protests are no events of a watched type, and the voice's "كل الدول الكبيرة لها يد في ليبيا" none.
The Algerian sports page and the Tunisian culture page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.833, R 0.900, F1 0.865 (recall
9/10, precision 10/12); occurred core found 9/10; historical kept quiet 19/19, negated 9/9, stalled
1/1 (the set has no planned core event; its two planned events are not core). No annotation was
changed after the run. Missed: Hollande's avowal (ar-h93-10), "أقر … بوجود قوات فرنسية في ليبيا",
gives no presence at all (nor does the spokesman's "قوات خاصة فرنسية موجودة في ليبيا"). False alarms
and unexpected alerts: in ar-h93-01 the Treasury's imposition takes Russia for its target from "شركتها
الأم الروسية «إم إنفست»" (the firms themselves, absent from the knowledge base, are not named);
in ar-h93-04 the body's "مدد مجلس الاتحاد الأوروبي" is read a second time as an extension by the
Council of the European Union beside the headline's by the European Union (two actors for one
body), and the freeze of the funds "التي تلاحقهم السلطات المصرية" or "بطلب من الحكومة المصرية" gives
an occurred imposition with Egypt for its actor. Seen, not counted by the score: the Libya lifting's
historical measures have Libya, France and Niger for actors and no target; the Uzbek suspension has
no target and the arms embargo's extension is not read; the threat to Sudan has Sudan as a second
actor and no target, and the embargo on the Janjaweed is not read; the historical restoration with
Egypt has no actor and the negated one of Syria and Libya is not read; the Benghazi treaty has no
Italy or Libya, only the two leaders; "تبادل السفراء في أقرب الآجال" is read as a second, historical
restoration of Mauritania and Senegal; the Libya Shield integration has no actor and the planned
one of the Supreme Security Committee is not read; the Mubarak extension has no target. The two
near misses raise nothing. Three articles are strict xfails (ar-h93-10 on its core event, ar-h93-01
and -04 on their alerts).

After the fixes of 2026-12-07: events P 0.846, R 1.000, F1 0.917 (recall 10/10, precision 11/13;
the wrong target the first run raised is not counted by the score). Three general causes were fixed,
pinned by rule sentences of other states and wording in ``test_heldout93_rules_ar.py``: a company
named by its owner's pronoun ("وشركتها الأم الصينية", "وشركته التركية", "وفرعه الإيراني") holds the
demonym after it as its home, as "الشركة الأم الصينية" already did, so the state is no target of
the measure on the firm (a state's government and a state named with "وشركاتها" stay targets);
and a headline's imposition on a firm the knowledge base lacks ("لندن تفرض عقوبات على «بلو
ريفر»") is no longer demoted by a denial of measures on others ("ولم تفرض … أي عقوبات على وزراء"),
and an occurred imposition with no known target by a state's body joins the same state's one
("فرضت وزارة الخارجية البريطانية … عقوبات على شركة «بلو ريفر»" under that headline is one measure,
with both actors; two states' measures stay two). ar-h93-01's strict xfail is removed, and the
first cause also cures ar-hl03 of set 41 Arabic ("على فرعها الألماني": Germany no longer a target;
that strict xfail removed). A third
cause: the "لو" inside a person's name ("ستيفان لو فول", "جان إيف لو دريان", "برونو لو مير") was
read as the conditional "if", which silenced every event of the sentence; a word within a person
the tagger found sets no condition any more ("لو فرضت" before a verb stays one). The spokesman's
"قوات خاصة فرنسية موجودة في ليبيا" now gives the presence, and ar-h93-10's strict xfail is
removed (Hollande's own "أقر … بوجود قوات فرنسية", a nominal avowal, is still no trigger). Left, as
a strict xfail, for want of time before this round's deadline rather than for want of a general
cause: the Mubarak renewal read twice, once by the Council of the European Union and once by the
Union, beside an imposition by Egypt from "بطلب من الحكومة المصرية" (ar-h93-04).

``python -m tests.unit.test_heldout93_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_ARAB_LEAGUE = "Arab League"
_NATO = "NATO"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-01-alsudani-us-sanctions-meroe-gold-m-invest-2020",
        date(2020, 7, 16),
        """واشنطن تفرض عقوبات على «مروي غولد» وشركتها الأم الروسية بسبب الذهب السوداني

الخرطوم - «السوداني»

فرضت وزارة الخزانة الأميركية، أمس الأربعاء، عقوبات على شركة «مروي غولد» العاملة في تعدين الذهب بالسودان وعلى شركتها الأم الروسية «إم إنفست»، متهمة إياهما بالارتباط برجل الأعمال الروسي يفغيني بريغوجين، الممول المفترض لمجموعة «فاغنر» العسكرية الخاصة. وشملت العقوبات أيضا مديرين اثنين للشركتين، وثلاث شركات واجهة مسجلة في هونغ كونغ وتايلاند قالت الوزارة إنها استخدمت لنقل الأموال والمعدات.

وقال وزير الخزانة ستيفن منوتشين في بيان إن «بريغوجين وشبكته يستغلون الموارد الطبيعية للسودان لتحقيق مكاسب شخصية ولنشر نفوذ روسي خبيث في أنحاء القارة». وأوضح البيان أن الشركة ساعدت نظام الرئيس المعزول عمر البشير أواخر 2018 في إعداد خطط لقمع المحتجين وتشويه صورتهم على وسائل التواصل الاجتماعي.

وبموجب القرار، تجمد كل الأصول العائدة للشركتين والخاضعة للولاية الأميركية، ويحظر على المواطنين والشركات الأميركية إجراء أي تعاملات معهما.

وكانت واشنطن قد أدرجت بريغوجين نفسه على قائمة العقوبات في ديسمبر 2016، ثم شددت الإجراءات بحقه في 2018 بسبب اتهامات بالتدخل في الانتخابات الأميركية. ولم تفرض الخزانة في الحزمة الجديدة أي عقوبات على مسؤولين سودانيين، حاليين أو سابقين.

وحصلت «مروي غولد» على امتياز للتنقيب عن الذهب في ولاية نهر النيل عقب زيارة البشير إلى سوتشي في نوفمبر 2017، حين وقع مع الرئيس الروسي فلاديمير بوتين حزمة اتفاقيات للتعاون في مجالات التعدين والطاقة والنقل.

ويأتي القرار في وقت لا تزال فيه الخرطوم تنتظر رفع اسمها من القائمة الأميركية للدول الراعية للإرهاب، وهو ملف تقول الحكومة الانتقالية إنه يعطل حصولها على القروض الدولية، بينما تربطه واشنطن بتسوية تعويضات ضحايا تفجيري السفارتين في نيروبي ودار السلام.

وقال مسؤول في وزارة المعادن لـ«السوداني» إن الوزارة «تتابع القرار وتدرس أثره على عقود الامتياز»، مؤكدا أن الشركة «تعمل وفق القانون السوداني وتدفع ما عليها من رسوم». ولم يصدر عن السفارة الروسية في الخرطوم أي تعليق حتى مساء أمس.

وفي سوق الذهب بمدينة عطبرة، قال تاجر في الأربعينيات من عمره: «الذهب يخرج من هنا منذ سنين، والناس في المناجم لا يرون منه شيئا. لا يهمنا من يفرض العقوبات على من، يهمنا أن يبقى شيء من هذا الذهب في البلد».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["Meroe Gold", "M Invest"]),
            # Prigozhin listed "في ديسمبر 2016، ثم … في 2018"
            G("sanctions.imposed", "historical", [_US], ["Yevgeny Prigozhin"], core=False),
            # "ولم تفرض الخزانة في الحزمة الجديدة أي عقوبات على مسؤولين سودانيين"
            G("sanctions.imposed", "negated", [_US], [], core=False),
            # the Sochi agreements of November 2017
            G("agreement.signed", "historical", ["Sudan", "Russia", "Omar al-Bashir", "Vladimir Putin"], [],
              core=False),
            # the terrorism list the capital "لا تزال … تنتظر" to leave
            G("sanctions.lifted", "stalled", [_US], ["Sudan"], core=False),
        ],
        not_targets=["Russia", "Sudan", "Hong Kong", "Thailand"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-02-alhayat-unsc-lifts-libya-sanctions-1506-2003",
        date(2003, 9, 13),
        """مجلس الأمن يرفع العقوبات عن ليبيا بعد أحد عشر عاما.. وامتناع أميركي فرنسي

نيويورك - «الحياة»

رفع مجلس الأمن الدولي، أمس الجمعة، العقوبات المفروضة على ليبيا منذ عام 1992 على خلفية تفجير طائرة «بان أميركان» فوق بلدة لوكربي الاسكتلندية، بعدما اعتمد القرار 1506 بأغلبية ثلاثة عشر صوتا، فيما امتنعت الولايات المتحدة وفرنسا عن التصويت.

وجاء التصويت بعد تأجيل استمر أسابيع، إثر توصل مؤسسة القذافي العالمية للجمعيات الخيرية إلى تفاهم مع ممثلي عائلات ضحايا طائرة «يو تي أ» الفرنسية التي سقطت فوق النيجر عام 1989، يقضي بزيادة التعويضات المدفوعة لهم، وهو ما أزال اعتراض باريس على مشروع القرار الذي قدمته بريطانيا وبلغاريا.

وكان المجلس قد فرض على ليبيا في مارس 1992، بموجب القرار 748، حظرا على الرحلات الجوية وعلى توريد السلاح، ثم شدده في نوفمبر 1993 بالقرار 883 الذي جمد بعض الأرصدة الليبية في الخارج وحظر بيع معدات صناعة النفط. وعلق المجلس تلك العقوبات في أبريل 1999 بعد تسليم طرابلس المتهمين عبد الباسط المقرحي والأمين خليفة فحيمة للمحاكمة أمام محكمة اسكتلندية في هولندا.

وكانت ليبيا قد أبلغت المجلس في رسالة الشهر الماضي أنها «تقبل المسؤولية عن تصرفات موظفيها الرسميين»، وأودعت 2.7 مليار دولار في حساب خاص لتعويض عائلات الضحايا المئتين والسبعين.

وقال المندوب الأميركي جون نغروبونتي بعد التصويت إن امتناع بلاده «لا ينبغي أن يفسر على أنه تغيير في موقفها من سجل ليبيا»، مؤكدا أن واشنطن لن ترفع العقوبات الأميركية الأحادية المفروضة على طرابلس ولن تشطب اسمها من قائمة الدول الراعية للإرهاب، بسبب ما وصفه بسعيها إلى امتلاك أسلحة الدمار الشامل.

في المقابل، رحب المندوب الليبي أحمد عبد الرحمن الحاجي بالقرار، ووصفه بأنه «انتصار للدبلوماسية الليبية وطي لصفحة مؤلمة»، وشكر بريطانيا والدول الأفريقية والعربية على دعمها.

ويرى دبلوماسيون في نيويورك أن رفع العقوبات الأممية، التي كانت معلقة عمليا منذ أربع سنوات، يحمل قيمة رمزية أكثر منها عملية، لكنه يفتح الباب أمام عودة الشركات الأوروبية إلى قطاع النفط الليبي.

وفي اتصال مع «الحياة» من طرابلس، قال صاحب محل لقطع غيار السيارات في سوق الثلاثاء: «عشنا سنوات لا نجد فيها قطعة غيار لطائرة ولا لسيارة إلا بالتهريب من تونس. الآن نريد أن نرى أثر هذا القرار في الأسعار، لا في نشرات الأخبار».""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Libya"]),
            # Resolutions 748 (March 1992) and 883 (November 1993)
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "وعلق المجلس تلك العقوبات في أبريل 1999"
            G("sanctions.suspended", "historical", [_UNSC], ["Libya"], core=False),
            # "واشنطن لن ترفع العقوبات الأميركية الأحادية المفروضة على طرابلس"
            G("sanctions.lifted", "negated", [_US], ["Libya"], core=False),
        ],
        not_targets=["France", "United Kingdom", "Bulgaria", "Niger", "Netherlands"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-03-elkhabar-eu-suspends-uzbek-visa-ban-2007",
        date(2007, 10, 16),
        """الاتحاد الأوروبي يعلق حظر السفر على مسؤولين أوزبكيين ويبقي حظر السلاح

لوكسمبورغ - «الخبر»

علق وزراء خارجية الاتحاد الأوروبي، أمس الاثنين في لوكسمبورغ، لمدة ستة أشهر حظر السفر المفروض على ثمانية مسؤولين أوزبكيين متهمين بالمسؤولية عن قمع احتجاجات مدينة أنديجان عام 2005، في خطوة قالوا إنها تهدف إلى تشجيع طشقند على مواصلة الحوار حول حقوق الإنسان.

وقرر الوزراء في الوقت نفسه تمديد حظر توريد الأسلحة إلى أوزبكستان لمدة اثني عشر شهرا، على أن يعيدوا النظر في تعليق حظر السفر في أبريل المقبل في ضوء «تقدم ملموس» تحرزه السلطات الأوزبكية في ملفات المعتقلين وحرية الصحافة ودخول المنظمات غير الحكومية.

وكان الاتحاد قد فرض هذه الإجراءات في نوفمبر 2005، بعد أن رفضت طشقند إجراء تحقيق دولي مستقل في أحداث أنديجان التي قتل فيها مئات المدنيين برصاص قوات الأمن، بحسب منظمات حقوقية، فيما تقول الحكومة إن عدد القتلى لم يتجاوز مئة وسبعة وثمانين شخصا أغلبهم من «المسلحين».

وانقسم الوزراء حول القرار، إذ دفعت ألمانيا، التي تحتفظ بقاعدة جوية في مدينة ترمذ الأوزبكية لدعم قواتها في أفغانستان، نحو رفع العقوبات بالكامل، بينما تمسكت بريطانيا والسويد وهولندا بالإبقاء عليها. ولم يستجب الاتحاد لمطلب برلين برفع العقوبات كليا، واكتفى بصيغة التعليق المؤقت.

وكانت القوات الأميركية تتمركز في قاعدة كارشي خان آباد جنوبي البلاد منذ خريف 2001، قبل أن تطلب طشقند مغادرتها في صيف 2005، في أعقاب الانتقادات الغربية لأحداث أنديجان.

وقالت منظمة «هيومن رايتس ووتش» إن القرار «يكافئ حكومة لم تقدم أي تنازل حقيقي»، مشيرة إلى استمرار احتجاز مدافعين عن حقوق الإنسان وصحفيين. أما وزير الخارجية البرتغالي لويس أمادو، الذي تتولى بلاده الرئاسة الدورية للاتحاد، فقال إن أوروبا «تمد يدها وتنتظر أفعالا».

ويأتي القرار قبل أسابيع من الانتخابات الرئاسية المقررة في ديسمبر، والتي يتوقع أن يترشح فيها الرئيس إسلام كريموف لولاية جديدة رغم الجدل حول دستورية ذلك.

وفي مقهى قريب من قاعة المؤتمرات في حي كيرشبرغ، قال طالب أوزبكي يدرس الاقتصاد في بلجيكا وجاء لمتابعة الاجتماع: «عائلتي في طشقند لا تسمع بهذه القرارات أصلا. ما يغير حياتنا هو أن يفرج عن المعتقلين، لا أن يسافر ثمانية وزراء إلى أوروبا».""",
        [
            G("sanctions.suspended", "occurred", [_EU], ["Uzbekistan"]),
            # "تمديد حظر توريد الأسلحة إلى أوزبكستان لمدة اثني عشر شهرا"
            G("sanctions.extended", "occurred", [_EU], ["Uzbekistan"], core=False),
            # the measures of November 2005
            G("sanctions.imposed", "historical", [_EU], ["Uzbekistan"], core=False),
            # "ولم يستجب الاتحاد لمطلب برلين برفع العقوبات كليا"
            G("sanctions.lifted", "negated", [_EU], ["Uzbekistan"], core=False),
            # Germany's air base at Termez, kept for years
            G("military.presence", "historical", ["Germany"], ["Uzbekistan", "Afghanistan"], core=False),
            # Karshi-Khanabad, autumn 2001 to summer 2005
            G("military.presence", "historical", [_US], ["Uzbekistan"], core=False),
        ],
        not_targets=["Germany", "Portugal", "United Kingdom", "Sweden", "Netherlands"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-04-asharqalawsat-eu-extends-mubarak-freeze-2019",
        date(2019, 3, 20),
        """الاتحاد الأوروبي يمدد تجميد أموال مبارك وأسرته عاما إضافيا

بروكسل - «الشرق الأوسط»

مدد مجلس الاتحاد الأوروبي، أول من أمس الاثنين، لمدة عام واحد حتى الثاني والعشرين من مارس 2020، تجميد أموال وأصول الرئيس المصري الأسبق حسني مبارك وأفراد من أسرته وعدد من المسؤولين السابقين الذين تلاحقهم السلطات المصرية بتهم اختلاس أموال عامة.

وقال المجلس في بيان إن القرار يأتي «دعما لجهود السلطات المصرية في استرداد الأموال المختلسة»، موضحا أن قائمة المشمولين بالإجراءات تضم تسعة أشخاص، بينهم نجلا الرئيس الأسبق علاء وجمال مبارك وزوجتاهما، وأن المجلس سيواصل مراجعة القائمة في ضوء الإجراءات القضائية الجارية في مصر.

وكان الاتحاد قد فرض هذه الإجراءات في مارس 2011، بطلب من الحكومة المصرية، بعد أسابيع من تنحي مبارك إثر احتجاجات «ثورة 25 يناير»، واستهدفت في بدايتها تسعة عشر شخصا، قبل أن يتقلص عددهم على مراحل بعد صدور أحكام بالبراءة أو بانقضاء الدعاوى بحق بعضهم.

وسبقت سويسرا الاتحاد إلى هذه الخطوة، إذ جمدت الحكومة الفيدرالية في الحادي عشر من فبراير 2011، بعد ساعات من إعلان التنحي، كل الأصول التي قد تعود لمبارك والمقربين منه في المصارف السويسرية.

ولم يشطب المجلس أي اسم من القائمة هذا العام، رغم طعون قدمها محامو عدد من المشمولين أمام محكمة العدل الأوروبية، التي كانت قد ألغت في أحكام سابقة إدراج بعضهم لعدم كفاية الأدلة المقدمة من القاهرة.

وقال مصدر دبلوماسي أوروبي لـ«الشرق الأوسط» إن التمديد «قرار تقني في الأساس»، وإن بقاء الأسماء على القائمة مرتبط بما تقدمه السلطات المصرية من أدلة على استمرار الملاحقات القضائية، مضيفا أن عددا من الدول الأعضاء يرى أن الملف «فقد كثيرا من زخمه» بعد ثماني سنوات.

وكانت اللجنة القومية لاسترداد الأموال المنهوبة في الخارج، التي شكلتها الحكومة المصرية عام 2012، قد أقرت بصعوبة استعادة الأموال المجمدة في أوروبا، في ظل اشتراط القضاء الأوروبي صدور أحكام نهائية بالإدانة قبل إعادتها.

وفي القاهرة، قال محام شارك في قضايا استرداد الأموال منذ 2011: «القائمة تتقلص كل عام، والأموال لم يعد منها شيء يذكر. التمديد يبقي الملف حيا على الورق، لكن الناس نسوا أن هناك أموالا يفترض أن تعود إلى خزانة الدولة».""",
        [
            G("sanctions.extended", "occurred", [_EU], ["Hosni Mubarak"]),
            # the freeze of March 2011
            G("sanctions.imposed", "historical", [_EU], ["Hosni Mubarak"], core=False),
            # Switzerland's freeze of 11 February 2011
            G("sanctions.imposed", "historical", ["Switzerland"], ["Hosni Mubarak"], core=False),
            # "ولم يشطب المجلس أي اسم من القائمة هذا العام"
            G("sanctions.lifted", "negated", [_EU], ["Hosni Mubarak"], core=False),
        ],
        not_targets=["Egypt"],
        known_alarm=(
            "\"مدد مجلس الاتحاد الأوروبي\" is a second extension by the Council of the EU, and the freeze "
            "\"بطلب من الحكومة المصرية\" an occurred imposition by Egypt"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-05-alqudsalarabi-unsc-1556-threatens-sudan-2004",
        date(2004, 7, 31),
        """مجلس الأمن يهدد الخرطوم بعقوبات إذا لم تنزع سلاح «الجنجويد» خلال ثلاثين يوما

نيويورك - «القدس العربي»

هدد مجلس الأمن الدولي، أمس الجمعة، الحكومة السودانية بفرض عقوبات عليها إذا لم تنزع سلاح ميليشيات «الجنجويد» في إقليم دارفور وتقدم قادتها إلى العدالة خلال ثلاثين يوما، وذلك في القرار 1556 الذي اعتمده بأغلبية ثلاثة عشر صوتا، فيما امتنعت الصين وباكستان عن التصويت.

ونص القرار، الذي قدمته الولايات المتحدة، على أن المجلس سيبحث «اتخاذ مزيد من الإجراءات، بما فيها التدابير المنصوص عليها في المادة 41 من الميثاق» إذا لم تف الخرطوم بالتزاماتها، وطلب من الأمين العام كوفي عنان تقديم تقرير شهري عن التقدم المحرز.

وفرض القرار كذلك حظرا على بيع الأسلحة والمعدات العسكرية إلى الجماعات والأفراد غير الحكوميين العاملين في دارفور، بمن فيهم «الجنجويد»، غير أن الحظر لا يشمل الحكومة السودانية، وهو ما اعتبرته منظمات حقوقية «ثغرة كبيرة» لأن الميليشيات تتسلح من مخازن الجيش، بحسب قولها.

ورفض وزير الخارجية السوداني مصطفى عثمان إسماعيل القرار، وقال إن حكومته «ستتعامل معه بما يحفظ سيادة البلاد»، معتبرا أن المهلة «غير واقعية» في إقليم تعادل مساحته مساحة فرنسا.

وكانت الحكومة السودانية قد وقعت في الثامن من أبريل الماضي في نجامينا، بوساطة تشادية، اتفاقا لوقف إطلاق النار لأغراض إنسانية مع حركة تحرير السودان وحركة العدل والمساواة، غير أن الطرفين يتبادلان الاتهامات بخرقه منذ ذلك الحين.

وينتشر في دارفور حاليا نحو ستين مراقبا تابعين للاتحاد الأفريقي لمراقبة الهدنة، ومن المنتظر أن تصل إلى الإقليم خلال الأسابيع المقبلة قوة حماية قوامها ثلاثمئة جندي من رواندا ونيجيريا لتأمين عمل المراقبين.

وتقول الأمم المتحدة إن النزاع المستمر منذ مطلع العام الماضي أدى إلى نزوح أكثر من مليون شخص، ولجوء نحو مئتي ألف آخرين إلى شرق تشاد، فيما تتحدث واشنطن والعواصم الأوروبية عن «أسوأ أزمة إنسانية في العالم».

وفي حي كريكلوود شمال غربي لندن، حيث يقيم عدد من أبناء دارفور، قال رجل في الخمسينيات نزح أهله من قرية قرب الجنينة: «ثلاثون يوما لن تعيد قرية واحدة. نريد أن نسمع أن أحدا حوسب على ما جرى، لا مهلة جديدة تنتهي ثم تمدد».""",
        [
            G("sanctions.threatened", "occurred", [_UNSC], ["Sudan"]),
            # the embargo on non-governmental groups and individuals in Darfur
            G("sanctions.imposed", "occurred", [_UNSC], ["Janjaweed"], core=False),
            # "غير أن الحظر لا يشمل الحكومة السودانية"
            G("sanctions.imposed", "negated", [_UNSC], ["Sudan"], core=False),
            # the N'Djamena ceasefire of 8 April
            G("agreement.signed", "historical",
              ["Sudan", "Sudan Liberation Movement", "Justice and Equality Movement"], [], core=False),
            # the Rwandan and Nigerian protection force "من المنتظر أن تصل"
            G("military.presence", "planned", ["African Union", "Rwanda", "Nigeria"], ["Sudan"], core=False),
        ],
        not_targets=["China", "Pakistan", "Chad", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-06-alalam-egypt-returns-to-arab-league-1989",
        date(1989, 5, 24),
        """مصر تعود إلى الجامعة العربية بعد عشر سنوات من القطيعة

الدار البيضاء - «العلم»

عادت مصر رسميا إلى جامعة الدول العربية، بعد أن قرر القادة العرب، أمس الثلاثاء، في افتتاح قمتهم الاستثنائية التي يحتضنها المغرب بالدار البيضاء، إنهاء تجميد عضويتها الذي دام عشر سنوات، ودعوة الرئيس محمد حسني مبارك إلى المشاركة في أعمال القمة.

وأعلن جلالة الملك الحسن الثاني، رئيس القمة، القرار في جلسة الافتتاح، وسط تصفيق الوفود، قائلا إن «الأسرة العربية تلتئم اليوم وقد عاد إليها ركن من أركانها». ومن المنتظر أن يصل الرئيس المصري إلى الدار البيضاء اليوم لإلقاء كلمة أمام القادة.

وكانت الجامعة قد جمدت عضوية مصر ونقلت مقرها من القاهرة إلى تونس عام 1979، إثر توقيع الرئيس الراحل أنور السادات معاهدة السلام مع إسرائيل في واشنطن في مارس من ذلك العام.

وبدأ مسار المصالحة بعد قمة عمان في نوفمبر 1987، التي أجازت للدول الأعضاء إعادة علاقاتها الدبلوماسية مع القاهرة، فأعادت معظم الدول العربية، ومنها المغرب، علاقاتها مع مصر خلال الأسابيع التالية. ولم تعد سوريا وليبيا علاقاتهما مع القاهرة حتى الآن، وإن كان الوفد السوري لم يعترض على قرار العودة.

وقال مصدر في الوفد المصري لـ«العلم» إن عودة مصر «لا تعني التراجع عن أي التزام دولي»، في إشارة إلى معاهدة السلام، بينما قال دبلوماسي عربي إن مسألة عودة مقر الجامعة إلى القاهرة «لم تطرح في جدول الأعمال، وستترك للمشاورات اللاحقة».

وتبحث القمة، إلى جانب عودة مصر، تطورات الانتفاضة في الأراضي الفلسطينية المحتلة، والوضع في لبنان حيث تتواصل المعارك في بيروت، فضلا عن مبادرة منظمة التحرير الفلسطينية للسلام التي أعلنت في الجزائر في نوفمبر الماضي.

ويرى مراقبون أن اختيار الدار البيضاء لاحتضان القمة يعكس الدور الذي اضطلع به جلالة الملك في إعادة الوفاق العربي، بعد أن استضاف المغرب في فبراير الماضي قمة مراكش التي أسست اتحاد المغرب العربي.

وفي درب عمر، الحي التجاري الشهير في الدار البيضاء، قال تاجر أقمشة في الستينيات من عمره: «كنا نسمع أم كلثوم وعبد الحليم في كل بيت طيلة سنوات القطيعة، فمصر لم تغب عنا يوما. المهم الآن أن يتفق العرب على شيء ينفع الفلسطينيين».""",
        [
            G("alliance.joined", "occurred", ["Egypt"], [_ARAB_LEAGUE]),
            # Sadat's treaty with Israel, March 1979
            G("agreement.signed", "historical", ["Egypt", "Israel", "Anwar Sadat"], [], core=False),
            # the relations restored after the Amman summit of November 1987
            G("relations.restored", "historical", ["Morocco"], ["Egypt"], core=False),
            # "ولم تعد سوريا وليبيا علاقاتهما مع القاهرة حتى الآن"
            G("relations.restored", "negated", ["Syria", "Libya"], ["Egypt"], core=False),
            # the Marrakesh summit that founded the Arab Maghreb Union in February
            G("agreement.signed", "historical", ["Morocco", "Arab Maghreb Union"], [], core=False),
        ],
        not_targets=["Lebanon", "Tunisia", "Algeria", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-07-alahram-italy-libya-benghazi-friendship-treaty-2008",
        date(2008, 8, 31),
        """برلسكوني والقذافي يوقعان في بنغازي معاهدة الصداقة.. وروما تعتذر عن الحقبة الاستعمارية

بنغازي - «الأهرام»

وقع رئيس الوزراء الإيطالي سيلفيو برلسكوني والعقيد معمر القذافي، أمس السبت في بنغازي، معاهدة للصداقة والشراكة والتعاون بين إيطاليا وليبيا، تطوي، بحسب الجانبين، صفحة الخلاف حول الحقبة الاستعمارية الإيطالية التي امتدت من 1911 إلى 1943.

وتتعهد روما بموجب المعاهدة باستثمار خمسة مليارات دولار في ليبيا على مدى خمسة وعشرين عاما، في صورة مشروعات للبنية الأساسية، أبرزها طريق ساحلي سريع يربط الحدود التونسية بالحدود المصرية، إلى جانب منح دراسية للطلاب الليبيين وبرامج لإزالة الألغام التي خلفتها الحرب العالمية الثانية.

وقال برلسكوني في كلمة خلال مراسم التوقيع إن بلاده تقدم «اعتذارا كاملا وأخلاقيا» عن الأضرار التي لحقت بالشعب الليبي خلال الاستعمار، فيما وصف القذافي المعاهدة بأنها «لحظة تاريخية» تفتح الباب أمام «شراكة حقيقية بين ضفتي المتوسط».

وسلم رئيس الوزراء الإيطالي خلال الزيارة تمثال «فينوس قورينا» الأثري، الذي نقله الجنود الإيطاليون من مدينة شحات إلى روما عام 1913، في خطوة رمزية لاقت ترحيبا واسعا في الأوساط الليبية.

وتنص المعاهدة كذلك على تعزيز التعاون في مكافحة الهجرة غير الشرعية، استكمالا لاتفاق الدوريات البحرية المشتركة الذي وقعه البلدان في طرابلس في ديسمبر الماضي، على أن تمول إيطاليا والاتحاد الأوروبي نظاما لمراقبة الحدود البرية الجنوبية لليبيا.

وتنتقد منظمات حقوقية إيطالية هذا الشق من الاتفاق، مشيرة إلى أن ليبيا لم توقع حتى الآن اتفاقية الأمم المتحدة لعام 1951 الخاصة بوضع اللاجئين، ولا تعترف بالمفوضية السامية لشؤون اللاجئين شريكا رسميا.

ويرى مراقبون أن المعاهدة ستفتح الطريق أمام الشركات الإيطالية، وفي مقدمتها «إيني» التي تعمل في ليبيا منذ 1959، للحصول على حصة أكبر من مشروعات الطاقة والبناء، في ظل سعي طرابلس إلى تنويع شركائها بعد رفع العقوبات الدولية عنها قبل خمس سنوات.

وكانت العلاقات بين البلدين قد شهدت توترا متكررا خلال العقود الماضية، أبرزه طرد القذافي نحو عشرين ألف إيطالي من ليبيا ومصادرة ممتلكاتهم عام 1970، وهو ملف يطالب أبناؤهم اليوم بتسويته ضمن المعاهدة.

وفي سوق الجريد وسط بنغازي، قال تاجر مسن ولد في عهد الاستعمار: «أبي حدثني عن معتقلات العقيلة والبريقة. الاعتذار جاء متأخرا، لكنه جاء. نتمنى أن نرى الطريق يبنى فعلا، لا أن يبقى على الورق مثل وعود كثيرة».""",
        [
            G("agreement.signed", "occurred", ["Italy", "Libya", "Silvio Berlusconi", "Muammar Gaddafi"], []),
            # the joint-patrol accord signed in Tripoli "في ديسمبر الماضي"
            G("agreement.signed", "historical", ["Italy", "Libya"], [], core=False),
            # "ليبيا لم توقع حتى الآن اتفاقية الأمم المتحدة لعام 1951"
            G("agreement.signed", "negated", ["Libya"], [], core=False),
            # the colonial rule of 1911-1943
            G("military.presence", "historical", ["Italy"], ["Libya"], core=False),
            # the international sanctions lifted "قبل خمس سنوات"
            G("sanctions.lifted", "historical", [], ["Libya"], core=False),
        ],
        not_targets=["Tunisia", "Egypt", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-08-chaab-mauritania-senegal-restore-ties-1992",
        date(1992, 4, 24),
        """موريتانيا والسنغال تعيدان العلاقات الدبلوماسية بعد ثلاث سنوات من القطيعة

نواكشوط - «الشعب»

أعلنت الجمهورية الإسلامية الموريتانية وجمهورية السنغال، أمس الخميس، إعادة العلاقات الدبلوماسية بين البلدين، المقطوعة منذ أغسطس 1989، وذلك في بيان مشترك صدر في ختام مباحثات أجراها وزيرا خارجية البلدين.

ووقع الوزيران البيان المشترك الذي ينص على تبادل السفراء في أقرب الآجال، وعلى إعادة فتح الحدود البرية أمام حركة الأشخاص والبضائع اعتبارا من مطلع الشهر المقبل، وتشكيل لجنة مشتركة لبحث أوضاع المواطنين المتضررين من أحداث 1989 وممتلكاتهم.

وأشاد البيان بجهود رئيس الجمهورية العقيد معاوية ولد سيدي أحمد الطايع والرئيس السنغالي عبدو ضيوف، وبالوساطات الإفريقية التي «مهدت لهذا القرار التاريخي»، مؤكدا «عمق الروابط التاريخية والدينية والإنسانية» بين الشعبين.

وكانت العلاقات بين البلدين قد قطعت في أغسطس 1989، بعد أشهر من أحداث دامية اندلعت في أبريل من العام نفسه إثر نزاع بين رعاة ومزارعين على ضفاف نهر السنغال، وأعقبتها عمليات ترحيل واسعة للمواطنين في الاتجاهين.

وتأتي إعادة العلاقات في وقت تسعى فيه موريتانيا إلى تعزيز حضورها الإقليمي، بعد انضمامها في فبراير 1989 إلى اتحاد المغرب العربي عند تأسيسه في مراكش، مع احتفاظها بعضويتها في منظمة استثمار نهر السنغال التي تضم البلدين ومالي.

ولم يحدد البيان موعدا لعودة آلاف المرحلين إلى ديارهم، وهي المسألة التي يقول مراقبون إنها ستكون أصعب ملفات المرحلة المقبلة، إلى جانب ملف الثروة الحيوانية وحقوق الرعي العابر للحدود.

وقال مصدر دبلوماسي لـ«الشعب» إن سفارتي البلدين في نواكشوط ودكار «ستستأنفان عملهما خلال أسابيع»، وإن الرحلات الجوية بين العاصمتين ستعود تدريجيا بعد توقف دام قرابة ثلاث سنوات، كما ستستأنف اللجان الفنية المشتركة اجتماعاتها المنتظمة التي توقفت منذ بداية الأزمة.

وينتظر التجار على ضفتي النهر القرار بفارغ الصبر، إذ تضررت الحركة التجارية في مدينة روصو الحدودية بشدة منذ إغلاق المعبر، وتحولت المبادلات إلى طرق غير نظامية.

وفي سوق العاصمة بنواكشوط، قال تاجر من روصو يبيع الخضر القادمة من الضفة الأخرى: «كنا نعبر النهر كل صباح قبل الأحداث. أبناؤنا تزوجوا من هناك وأبناؤهم من هنا. نحمد الله، ونتمنى أن يفتح المعبر غدا قبل بعد غد».""",
        [
            G("relations.restored", "occurred",
              ["Mauritania", "Senegal", "Maaouya Ould Sid'Ahmed Taya", "Abdou Diouf"], []),
            # the ministers who "وقع … البيان المشترك"
            G("agreement.signed", "occurred", ["Mauritania", "Senegal"], [], core=False),
            # Mauritania in the Arab Maghreb Union since February 1989
            G("alliance.joined", "historical", ["Mauritania"], ["Arab Maghreb Union"], core=False),
        ],
        not_targets=["Mali", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-09-libyaalmostakbal-brigades-into-army-as-libya-shield-2012",
        date(2012, 6, 10),
        """رئاسة الأركان تضم كتائب الثوار في المنطقة الشرقية إلى الجيش تحت اسم «درع ليبيا»

طرابلس - «ليبيا المستقبل»

أعلنت رئاسة الأركان العامة للجيش الليبي، أمس، ضم عدد من كتائب الثوار في المنطقة الشرقية إلى الجيش الوطني تحت مسمى قوات «درع ليبيا»، على أن تعمل هذه القوات قوة احتياطية تابعة لرئيس الأركان، وتتلقى رواتبها وتسليحها من وزارة الدفاع.

وقال رئيس الأركان اللواء يوسف المنقوش، في مؤتمر صحفي عقده في طرابلس، إن الخطوة «تضع السلاح الذي حرر البلاد في إطار الدولة»، موضحا أن الكتائب المنضوية في القوة الجديدة ستخضع لسلسلة القيادة العسكرية، وأن آمريها سيرفعون تقاريرهم إلى رئاسة الأركان مباشرة.

وتأتي الخطوة بعد أشهر من الجدل حول مصير عشرات الآلاف من المقاتلين الذين حملوا السلاح خلال ثورة السابع عشر من فبراير، في وقت لا تزال فيه قوات الجيش النظامي ضعيفة العدد والعتاد بعد انهيار مؤسسات النظام السابق.

وبالتوازي، تعتزم وزارة الداخلية دمج عناصر «اللجنة الأمنية العليا»، التي تضم آلاف الثوار في طرابلس ومدن أخرى، في أجهزة الشرطة بحلول نهاية العام، بعد إخضاعهم لدورات تدريبية في الداخل والخارج.

غير أن كتائب الزنتان، التي تسيطر على مطار طرابلس الدولي، لم تنضم حتى الآن إلى أي من الهيكلين، ويقول قادتها إنهم لن يسلموا مواقعهم «قبل قيام جيش وطني حقيقي»، فيما تطالب الحكومة الانتقالية بتسليم المطار إلى سلطة الطيران المدني.

وكان حلف شمال الأطلسي قد أنهى في الحادي والثلاثين من أكتوبر الماضي عملياته الجوية فوق ليبيا، التي استمرت سبعة أشهر بموجب قرار مجلس الأمن 1973، فيما تعهدت عدة دول غربية بتدريب قوات الأمن الليبية.

ويرى محللون أن إدماج الكتائب بأسمائها وقادتها، بدلا من استيعاب المقاتلين أفرادا، قد يحافظ على الولاءات المحلية والجهوية داخل المؤسسة العسكرية، ويؤجل بناء جيش موحد.

وقال آمر إحدى الكتائب المنضمة إلى القوة الجديدة إن مقاتليه «جاهزون لتنفيذ أوامر رئاسة الأركان»، لكنه أضاف أنهم «لن يتخلوا عن سلاحهم ما دام أزلام النظام السابق يتربصون بالثورة».

وفي مقهى بشارع عمر المختار في طرابلس، قال موظف في شركة كهرباء: «كل يوم نسمع عن دمج وضم وهيكلة، والسلاح ما زال في كل شارع. نريد أن نرى شرطي مرور حقيقيا قبل أي درع أو لجنة».""",
        [
            G("forces.integrated", "occurred", ["Libya Shield"], ["Libya"]),
            # the Supreme Security Committee the ministry "تعتزم … دمج"
            G("forces.integrated", "planned", ["Supreme Security Committee"], ["Libya"], core=False),
            # the Zintan brigades that "لم تنضم حتى الآن"
            G("forces.integrated", "negated", ["Zintan brigades"], ["Libya"], core=False),
            # NATO's air campaign, ended on 31 October
            G("military.presence", "historical", [_NATO], ["Libya"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-10-assabah-hollande-acknowledges-french-forces-in-libya-2016",
        date(2016, 7, 21),
        """هولاند يقر بمقتل ثلاثة جنود فرنسيين في ليبيا.. وحكومة الوفاق تحتج

تونس - «الصباح»

أقر الرئيس الفرنسي فرانسوا هولاند، أمس الأربعاء، بوجود قوات فرنسية في ليبيا، معلنا مقتل ثلاثة جنود فرنسيين في تحطم مروحية كانت تقلهم قرب مدينة بنغازي، خلال «مهمة استخباراتية خطرة» في إطار الحرب على تنظيم «داعش».

وقال هولاند في كلمة مقتضبة إن الجنود الثلاثة «قتلوا في الخدمة»، دون أن يحدد طبيعة المهمة أو حجم القوات المنتشرة، فيما أوضح المتحدث باسم الحكومة الفرنسية ستيفان لو فول أن «قوات خاصة فرنسية موجودة في ليبيا للتأكد من أن فرنسا حاضرة في كل مكان لمكافحة الإرهابيين».

وكانت «سرايا الدفاع عن بنغازي» قد أعلنت الأحد إسقاط مروحية في منطقة المقرون غربي المدينة، قالت إنها تابعة لقوات الفريق أول خليفة حفتر.

وأثار الإعلان الفرنسي غضبا في غرب ليبيا، إذ أعرب المجلس الرئاسي لحكومة الوفاق الوطني عن «استيائه» من الوجود العسكري الفرنسي «دون علم» الحكومة، واعتبره «انتهاكا لحرمة التراب الليبي»، فيما خرجت مظاهرات في طرابلس ومصراتة وسوق الجمعة تطالب بطرد السفير الفرنسي.

ولم تطلب حكومة الوفاق، بحسب بيان المجلس الرئاسي، أي دعم عسكري فرنسي على الأرض، وإن كانت قد رحبت سابقا بالمساعدة في تدريب قواتها.

وكانت فرنسا قد شاركت بفاعلية في الحملة الجوية التي شنها حلف شمال الأطلسي على قوات العقيد معمر القذافي عام 2011، وهي أول دولة اعترفت بالمجلس الوطني الانتقالي.

وفي تونس، جددت وزارة الدفاع الوطني التأكيد على أن تونس «لن تسمح بوجود أي قوات أجنبية على أراضيها» ولن تكون منطلقا لأي تدخل عسكري في ليبيا، ردا على تقارير صحفية تحدثت عن استخدام قواعد تونسية في عمليات استطلاع.

ويخشى مراقبون تونسيون أن يؤدي تصاعد التدخل الأجنبي في ليبيا إلى موجات نزوح جديدة نحو الحدود، على غرار ما حدث صيف 2011 حين استقبل معبر رأس جدير مئات الآلاف من الفارين من المعارك.

وفي بن قردان، قال صاحب محل لصرف العملة قرب الطريق المؤدية إلى المعبر: «كلما اشتعلت هناك اشتعلت أسعارنا هنا. كل الدول الكبيرة لها يد في ليبيا، والليبيون وحدهم يدفعون الثمن، ونحن معهم».""",
        [
            G("military.presence", "occurred", ["France", "François Hollande"], ["Libya"]),
            # the air campaign of 2011
            G("military.presence", "historical", ["France", _NATO], ["Libya"], core=False),
            # "لن تسمح بوجود أي قوات أجنبية على أراضيها"
            G("military.presence", "negated", [], ["Tunisia"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-11-elheddaf-sports-league-lifts-keeper-ban-2023",
        date(2023, 1, 10),
        """الرابطة ترفع العقوبة عن حارس مولودية الجزائر.. والنادي يضم مهاجما ويمدد عقد مدربه

الجزائر - «الهداف» - رياضة

رفعت لجنة الانضباط التابعة للرابطة المحترفة لكرة القدم، أمس، عقوبة الإيقاف التي فرضتها الأسبوع الماضي على حارس مرمى مولودية الجزائر، بعد قبول الطعن الذي تقدم به النادي، ليصبح الحارس جاهزا للمشاركة في مباراة «الداربي» العاصمي أمام اتحاد الجزائر يوم الجمعة.

وكانت اللجنة قد عاقبت الحارس بالإيقاف أربع مباريات بسبب احتجاجه على الحكم في نهاية المباراة الماضية، غير أن تقرير محافظ اللقاء لم يتضمن أي إساءة لفظية، وهو ما استندت إليه إدارة النادي في طعنها.

وفي سوق الانتقالات الشتوية، أعلن «العميد» انضمام مهاجم مالي قادم من الدوري التونسي بعقد يمتد لموسمين ونصف، بعد أن وقع اللاعب عقده أمس بمقر النادي بحضور المدير الرياضي. كما مددت الإدارة عقد المدرب إلى غاية 2026، بعد النتائج الإيجابية التي حققها الفريق منذ توليه المهمة.

في المقابل، فرضت الرابطة غرامة مالية على اتحاد الجزائر بسبب استعمال أنصاره الألعاب النارية في ملعب عمر حمادي، وعلقت بيع التذاكر الإلكترونية لمباراة «الداربي» مؤقتا إلى غاية ضبط عدد المقاعد المتاحة للأنصار.

وأعلنت المديرية العامة للأمن الوطني أنها ستنشر أكثر من ثلاثة آلاف عون أمن في محيط ملعب نيلسون مانديلا ببراقي لتأمين المباراة، بالتنسيق مع الحماية المدنية والسلطات المحلية.

وفي خطوة لافتة، أعلن الناديان عودة العلاقات بين إدارتيهما إلى طبيعتها، بعد قطيعة دامت موسما كاملا على خلفية تصريحات متبادلة، ووقعا ميثاقا لنبذ العنف في الملاعب بحضور ممثلين عن وزارة الشباب والرياضة.

كما قررت إدارة المولودية دمج ثلاثة لاعبين من فئة أقل من 21 سنة في التعداد الأول، تنفيذا لتوصيات المدرب الذي يريد منح الفرصة للشبان.

ويحتل المولودية المركز الثالث في ترتيب الرابطة المحترفة الأولى بفارق أربع نقاط عن المتصدر، فيما يأتي اتحاد الجزائر في المركز السادس، بعد سلسلة من التعادلات خارج الديار أبعدته عن سباق اللقب، ويعول مدربه على «الداربي» لاستعادة ثقة الأنصار قبل مرحلة الإياب.

وفي مقهى بحي باب الوادي، قال مناصر للمولودية في الخمسينيات: «الحارس أخطأ لكنه لا يستحق أربع مباريات، والحمد لله أن الرابطة تراجعت. الآن نريد الفوز في الداربي، والباقي كلام».""",
        [],
        not_targets=["Algeria", "Mali", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h93-12-echourouk-culture-carthage-festival-suspends-shows-2022",
        date(2022, 7, 20),
        """مهرجان قرطاج يعلق عرضين ويمدد فترة البرمجة.. والنقابة ترفع الحظر عن مطرب شعبي

تونس - «الشروق» - ثقافة

علقت إدارة مهرجان قرطاج الدولي، أمس، عرضين كانا مبرمجين الأسبوع المقبل على الركح الأثري، بسبب أشغال صيانة عاجلة في المدارج، على أن يعاد برمجتهما في موعد لاحق يعلن عنه قريبا.

وفي المقابل، مددت الإدارة فترة المهرجان ثلاثة أيام إضافية لاستيعاب العروض المؤجلة، بعد أن وقعت اتفاقية مع شركة تونسية للإنتاج الفني لتأمين التجهيزات الصوتية والضوئية طيلة الدورة.

ورفعت النقابة الوطنية للمهن الموسيقية الحظر الذي كانت فرضته على مطرب شعبي منذ ثلاثة أشهر، بعد تسوية خلاف مالي بينه وبين أحد منظمي الحفلات، ليعود إلى المشاركة في المهرجانات الصيفية، وبينها مهرجان الحمامات الدولي.

كما أعلنت الإدارة انضمام فرقة موسيقية جزائرية إلى برنامج الدورة الحالية، في عرض مشترك مع الفرقة الوطنية للموسيقى، يستعيد أغاني المالوف التونسي والجزائري.

وقال مدير المهرجان في ندوة صحفية إن الدورة «تشهد عودة العلاقات مع عدد من الموزعين الدوليين الذين غابوا عن قرطاج خلال السنوات الأخيرة»، مضيفا أن الإدارة «دمجت عروض الأطفال في البرنامج الرسمي لأول مرة» ونشرت فرقا من المتطوعين في محطات القطار المؤدية إلى المسرح لإرشاد الجمهور.

وفرضت الإدارة أيضا قواعد جديدة على المصورين والصحفيين، تلزمهم بالحصول على اعتماد مسبق وبعدم التصوير من المدارج خلال العروض، وهو ما أثار احتجاج عدد من الصحفيين.

وشهد حفل الافتتاح إقبالا كبيرا، إذ نفدت تذاكره في يومين، فيما تتواصل عروض الدورة إلى غاية منتصف أوت المقبل، بمشاركة فنانين من تونس والمغرب ومصر ولبنان وفرنسا.

ويرى نقاد أن المهرجان يحاول استعادة مكانته بعد سنوات من التراجع، لكنهم يلاحظون أن الميزانية المحدودة تفرض خيارات فنية محافظة وتكرار الأسماء نفسها، ويدعون إلى فتح الركح أمام التجارب الشابة في المسرح والموسيقى البديلة، بدل الاكتفاء بحفلات النجوم التي تضمن امتلاء المدارج وعائدات الرعاة.

وفي ساحة محطة قرطاج حنبعل، قالت طالبة جامعية جاءت من صفاقس لحضور الحفل: «ننتظر المهرجان كل صيف. العرضان المؤجلان كانا أجمل ما في البرنامج، لكن الأهم أن يفتح الركح بأمان. سنعود مهما طال الانتظار».""",
        [],
        not_targets=["Tunisia", "Algeria", "Morocco", "Egypt", "Lebanon", "France"],
    ),

]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout93_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout93_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout93_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
