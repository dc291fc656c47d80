"""A seventy-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-two held-out sets: Arabic copy of 2015-2021 as the region's papers, sites and agencies
carry it (a Cairo daily, "القاهرة - «المصري اليوم»", with a taxi driver of Tahrir, "الناس دي لازم
تتحاسب"; the Kuwaiti agency's wire from Tokyo in its own form, "طوكيو - 22 - 1 (كونا) --" and
"(النهاية)", with a Kuwaiti spare-parts trader, "الحين الطريق صار مفتوح"; a London daily's Kabul
report, "كابول - «العربي الجديد»", with a money changer of Sarai Shahzada quoted from Dari; a London
daily from Brussels, "بروكسل - «القدس العربي»", with "نيسان/ أبريل" and a Lebanese trader of
Matonge, "هالعقوبات ما بتضر المسؤولين كتير"; a Libyan site, "تونس، بروكسل - «ليبيا المستقبل»", with
a civil servant queueing at a Tripoli bank, "نبو حكومة وحدة وخلاص"; a Riyadh business daily, "الرياض
- «الاقتصادية»", with a trader of al-Batha, "الصين الحين هي السوق الأولى لنا"; a Baghdad daily,
"بغداد - «الصباح الجديد»", with a grocer of al-Shorja, "إذا انفتح عرعر الشغل راح يتحرك"; a Moroccan
site, "الرباط - «هسبريس»", with "بلاغ" and "ظهائر" and a carpet seller of the Habous, "حنا بغينا غير
العلاقات تكون مزيانة"; a Khartoum daily, "الخرطوم - «آخر لحظة»", with a trader from Nyala, "الدعم
السريع ديل حمونا"; a Yemeni site, "سقطرى - «المصدر أونلاين» - خاص", with a fisherman of Hadibu,
"إحنا ناس بسطاء نبغى الأمان"; a Doha daily's sports page, "الدوحة - «الراية» - الرياضي", with an
Al-Sadd fan of Souq Waqif; a Manama daily's business page, "المنامة - «الأيام» - الاقتصادي", with a
retired shareholder, "ودي أشوف التوزيعات تزيد") and on episodes the earlier sets do not carry as core
news: the US State Department designating Egypt's Hasm and Liwa al-Thawra as terrorists, January
2018; Japan lifting its nuclear-related sanctions on Iran after implementation day, January 2016;
the US Treasury's three general licences for aid to Afghanistan under the Taliban sanctions, with
the Security Council's humanitarian exemption the same day, December 2021; the EU foreign ministers
to prolong the Iran human-rights sanctions for a year the next day, April 2019; the EU foreign
ministers threatening the Libyans who obstruct the Government of National Accord with sanctions,
March 2016; Saudi Arabia joining the Asian Infrastructure Investment Bank as a founding member,
January 2015; King Salman and Haider al-Abadi signing the founding minutes of the Saudi-Iraqi
Coordination Council with Rex Tillerson present, October 2017; Morocco naming an ambassador to Tehran
and ending the break of 2009, October 2016; Sudan's parliament passing the Rapid Support Forces Act
that makes the RSF part of the armed forces, January 2017; the UAE's troops and armour landed at
Socotra's airport and port, May 2018. Searched before writing in the docstrings of sets 1-72 by
states, bodies, names and years, and in their article texts for Socotra only; that search missed
three overlaps, found after the run (see "Found after the run" below).
Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the extension the EU ministers "يقر … غدا الاثنين"), next to historical, negated, stalled and
non-core planned ones; two are near misses: a Doha sports page (a Spanish midfielder's "انضمام", a
coach's contract "مددت", the disciplinary committee that "رفع الإيقاف" and "فرضت عقوبات مالية على
ناديين", a player's registration "تعليق", a hotel taken as a team's "قاعدة", a sponsorship "وقع") and
a Manama business page (a bank's acquisition and its "قاعدة عملاء", an offer period "مدد", a share's
trading "تعليق" and "رفعت التعليق", the central bank's "غرامات", two banks that "انضم … إلى تحالف
مصرفي" to finance a smelter, a payments company that "وقعت اتفاقية", companies that joined an index,
a handover deadline "تمديد").

The decisions of the annotation, taken before any run: a State Department that "أدرجت … حركتي "حسم"
و"لواء الثورة" على قائمة الإرهابيين العالميين" imposes (core; the United States and its State
Department; Hasm and Liwa al-Thawra, which the knowledge base lacks; not Egypt, whose ministry
welcomed it), "لم يشمل القرار جماعة الإخوان المسلمين نفسها" a negated imposition, the bill "حبيس
اللجان" a stalled imposition of Congress on the Brotherhood, Egypt's listing of December 2013 and
the United Kingdom's ban "في ديسمبر الماضي" historical impositions. A Japanese government that
announced "رفع العقوبات التي فرضتها على الجمهورية الإسلامية الإيرانية" lifts (core; Japan and
Yoshihide Suga; Iran; not Kuwait, whose trader speaks), the sanctions of September 2010 a historical
imposition, "لم يشمل القرار الياباني رفع القيود المتعلقة ببرنامج الصواريخ" a negated lifting, the EU's
and the US's lifting "في السادس عشر من الشهر الجاري" a historical lifting (the background of the
day's news), the investment agreement "من المقرر أن يوقع البلدان الشهر المقبل" a planned signing (not
core). A Treasury that "أصدرت … ثلاثة تراخيص عامة جديدة تعلق بموجبها تطبيق جزء من العقوبات المفروضة
على حركة "طالبان"" suspends (core; the United States and the Treasury; the Taliban), the Security
Council's resolution that "يستثني المساعدات الإنسانية … من نظام العقوبات" the same day an occurred
suspension (not core), the two licences of September a historical suspension, "لم ترفع واشنطن
العقوبات المفروضة على قادة "طالبان"، ولم تفرج عن …" a negated lifting. EU foreign ministers who
"يقر … غدا الاثنين، تمديد العقوبات المفروضة على إيران" plan an extension (core; the EU and its
Council; Iran; not Denmark or France, where the plots were, nor Luxembourg, the venue), "لن يضيف
المجلس أي أسماء جديدة" a negated imposition, the regime of April 2011 and the listing of January a
historical imposition, "يجري تمديده سنويا منذ ذلك الحين" a historical extension, INSTEX no event. EU
ministers who "لوح … بفرض عقوبات على الشخصيات الليبية التي تعرقل" threaten (core; the EU and
Federica Mogherini; Aguila Saleh, Nouri Abusahmain and Khalifa al-Ghawil, the names the press
carried; not Morocco or Tunisia, the places), "لم يتخذ الوزراء أمس أي قرار بإدراج أسماء" a negated
imposition, the Council's embargo and freeze of February 2011 a historical imposition, the Skhirat
agreement of December a historical signing, the vote of confidence not given and the move to
Tripoli no events. A Saudi Arabia that "انضمت … رسميا إلى البنك الآسيوي للاستثمار في البنية التحتية"
joins (core; Saudi Arabia; the AIIB; not Japan or the United States, which stay away), its signing
of the memorandum an occurred signing (not core), Kuwait's, Oman's and Qatar's memorandum of October
a historical joining and signing, "لم تنضم الإمارات والبحرين إلى البنك حتى الآن" a negated joining,
the articles of agreement "من المقرر أن توقع" by mid-year a planned signing (not core). A King Salman
and a Haider al-Abadi who "وقع … محضر تأسيس مجلس التنسيق السعودي العراقي" sign (core; Saudi Arabia,
Iraq and the two leaders; not the United States, whose secretary attended, Iran, whose militias he
named, or Kuwait), the Saudi embassy reopened in Baghdad in December 2015 a historical restoration,
"لم يتضمن المحضر أي اتفاق أمني أو عسكري" a negated signing, the Arar crossing and the flights under
discussion no events. A Morocco that "أعاد … علاقاته الدبلوماسية مع إيران إلى مستوى السفراء"
restores ties (core; Morocco and Mohammed VI; Iran; not Saudi Arabia or Yemen of the coalition), Iran's
embassy reopened in Rabat a historical restoration, "لم تعد العلاقات الاقتصادية بين البلدين إلى سابق
عهدها" a negated restoration, Morocco in the Saudi-led coalition "منذ مارس 2015" a historical joining,
the break of 2009 no event. A Sudanese parliament that "أجاز … قانون قوات الدعم السريع" which
"ينص على دمج قوات الدعم السريع في القوات المسلحة السودانية" integrates forces (core; Sudan and its
National Legislature; the RSF and the Sudanese Armed Forces; not Yemen), "لم يشمل القانون قوات الدفاع
الشعبي" a negated integration, the RSF's men "في اليمن منذ عام 2015" a historical presence, their
founding in 2013 and their spread over the states no events. A UAE that "نشرت … قوات عسكرية مدعومة
بدبابات وعربات مدرعة في مطار جزيرة سقطرى ومينائها" is present (core; the UAE in Yemen and Socotra;
not the Houthis), the Saudi forces that "ستنتشر في المطار والميناء" a planned presence (not core),
the UAE's forces in Aden "منذ صيف عام 2015" a historical presence; the Doha sports page and the
Manama business page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 6b22c69, in a worktree whose only change was this file), in one
run: events P 1.000 R 0.700 F1 0.824 (recall 7/10, precision 9/9; occurred core found 6/9, planned
1/1; historical 16/16, negated 9/9 and stalled 1/1 kept quiet). No annotation was changed after the
run. No false alarm and no unexpected alert; the near misses raise nothing.

Missed (three articles, strict xfails): in ar-h73-07 King Salman's and al-Abadi's signing of
"محضر تأسيس مجلس التنسيق السعودي العراقي" gives no signing at all (only the Saudi embassy's
historical restoration); in ar-h73-08 "أعاد المغرب علاقاته الدبلوماسية مع إيران إلى مستوى السفراء"
is found but read historical, the sentence's "قطيعة بدأت في مارس 2009" lending its year to the
restoration; in ar-h73-09 the parliament's act "الذي ينص على دمج قوات الدعم السريع في القوات
المسلحة" is found but read historical, with the RSF for its actor.

Seen but not scored: in ar-h73-01 the imposition has no target (Hasm and Liwa al-Thawra are not in
the knowledge base), the negated and stalled impositions on the Brotherhood and the historical ones
of Egypt and the United Kingdom give nothing; in ar-h73-02 Suga is no actor, the historical
imposition has no target, and the negated and historical liftings and the planned agreement give
nothing; in ar-h73-03 the Council's exemption is told in one event with the Treasury's licences, and
the September licences give nothing; in ar-h73-04 the historical listing of January has Iran's
intelligence ministry for its target, and the negated imposition and the historical extension give
nothing; in ar-h73-05 the threat has the Government of National Accord (whose obstructors are
threatened) and Libya for targets and none of the three men, Mogherini is no actor, the negated
imposition gives nothing and the Skhirat signing has Morocco, the venue, for a target; in ar-h73-06
the lead's signing of the memorandum is not told apart from the joining, the historical joining of
Kuwait, Oman and Qatar is told as a historical signing, and the negated joining and the planned
signing give nothing; in ar-h73-07 the historical restoration has Iraq for its actor and no target;
in ar-h73-08 the negated restoration and Morocco's joining of the coalition give nothing; in
ar-h73-09 the negated integration and the historical presence in Yemen give nothing; in ar-h73-10
the planned Saudi presence has no target.

Found after the run, and left as written: ar-h73-09's episode, Sudan's parliament passing the RSF
Act in January 2017, is carried as core news by set 10 (ar-k04, "placing the RSF under the army",
wording the search by "RSF Act" and "RSF law" did not meet); ar-h73-03's, the Treasury's three
general licences for Afghanistan of December 2021, by set 47 (with Resolution 2615); and the EU's
yearly renewal of its Iran human-rights sanctions, ar-h73-04's regime, by sets 43, 51 and 69 (the
renewals of 2023 and 2024 told as done; ar-h73-04 has that of April 2019, told the day before as a
plan). The articles keep their places and their annotations rather than being replaced after the
measurement; the fix for ar-h73-09 also cures set 10's ar-k04 (below). The founding of the
Saudi-Iraqi Coordination Council is new: the first Arabic set has its second meeting, in Baghdad, as
signings of memoranda.

After the fixes of 2026-12-06: P 1.000 R 0.900 F1 0.947 (recall 9/10, precision 11/11; occurred core
found 8/9, planned 1/1; historical 16/16, negated 9/9 and stalled 1/1 kept quiet). Fixed, with rule
sentences in ``tests/unit/test_heldout73_rules_ar.py``: the minutes two parties sign ("وقع البلدان
محضر اجتماعات اللجنة المشتركة"، "وقعا على محضر الاجتماع") are an accord signed, a police or a session
record ("محضر الضبط"، "محضر الجلسة") none (``agreement_noun``, ``not_agreement_noun`` and
``on_agreement`` in ``ar.cues.yaml``), which cures ar-h73-07 (the signing has King Salman, al-Abadi
and the council itself for actors, not the two states); a present "provides" opening the relative
clause of a law or a decree named before it, however long its name ("أجاز المجلس قانون …، والذي ينص
على دمج …"), is what the act passed does, neither a plan nor the law's past (``_law_relative_ar`` in
``rasd/events/status.py``; "القانون الذي نص على …" of an older law and "مشروع القانون الذي ينص على …"
keep their readings); and a definite noun right after a noun of troops ("قوات الدعم السريع") is a
force's name, no call for support (``_force_name_ar``), which with the rule before cures ar-h73-09
(the integration has the RSF for its actor and Sudan and the army for targets, not the parliament).
The law rule also cures set 10's ar-k04 ("قانون قوات الدعم السريع لسنة 2017، الذي يقضي بإلحاق هذه
القوات بالقوات المسلحة"), whose strict xfail is removed, with a line in set 10's docstring.
Left as a strict xfail: ar-h73-08, whose restoration is demoted to the background by Iran's own
reopening of its embassy "مطلع السنة الماضية", which the analyzer gives Morocco too as an actor (from
"سبقت الرباط إلى الخطوة", the state Iran preceded); a reciprocal step read with reversed roles would
keep the news apart, but here the roles are not reversed, and no rule was written for one sentence.
The cause named for it in "Missed" above, the year of the break, was a first guess: the lead alone
is read occurred, and its status falls only when Iran's reopening is in the article.

``python -m tests.unit.test_heldout73_events_ar`` prints every article's alerts and the set's
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


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-01-almasryalyoum-us-designates-hasm-and-liwa-al-thawra-2018",
        date(2018, 2, 1),
        """واشنطن تدرج "حسم" و"لواء الثورة" على قوائم الإرهاب

القاهرة - «المصري اليوم»

أدرجت وزارة الخارجية الأمريكية، أمس الأربعاء، حركتي "حسم" و"لواء الثورة" على قائمة الإرهابيين العالميين المصنفين تصنيفا خاصا، وهو ما يترتب عليه تجميد أي أصول للحركتين تخضع للولاية القضائية الأمريكية، وحظر تعامل المواطنين والشركات الأمريكية معهما أو تقديم أي دعم مادي لهما.

وقالت الوزارة، في بيان نشرته على موقعها الإلكتروني، إن الحركتين "تبنتا عددا من الهجمات الإرهابية داخل مصر، استهدفت مسؤولين وعناصر من الشرطة والقضاء"، مشيرة إلى أن "حسم" أعلنت مسؤوليتها عن محاولة اغتيال مفتي الجمهورية السابق الدكتور علي جمعة في أغسطس 2016، وعن اغتيال ضابط بقطاع الأمن الوطني في يوليو من العام الماضي.

وأضاف البيان أن "لواء الثورة" تبنى اغتيال قائد الفرقة التاسعة المدرعة العميد عادل رجائي أمام منزله بمدينة العبور في أكتوبر 2016، وأن بعض قيادات الحركتين "ارتبطت في السابق بجماعة الإخوان المسلمين".

وأكد منسق مكافحة الإرهاب بالخارجية الأمريكية أن التصنيف "يهدف إلى حرمان الحركتين من الموارد التي تحتاجها للتخطيط لهجماتها وتنفيذها"، وأن واشنطن "تقف إلى جانب مصر في مواجهة الإرهاب".

ولم يشمل القرار جماعة الإخوان المسلمين نفسها، رغم مطالبات متكررة من القاهرة وعدد من أعضاء الكونغرس بتصنيفها منظمة إرهابية، إذ لا يزال مشروع القانون الخاص بذلك حبيس اللجان منذ أكثر من عام.

ورحبت وزارة الخارجية المصرية بالخطوة، واعتبرها المتحدث باسمها المستشار أحمد أبوزيد "تطورا إيجابيا يعكس تفهما متزايدا لطبيعة التهديد الذي تواجهه مصر"، داعيا المجتمع الدولي إلى "اتخاذ مواقف مماثلة تجاه كل من يوفر الملاذ والتمويل لهذه الجماعات".

وكانت الحكومة المصرية قد أعلنت جماعة الإخوان المسلمين جماعة إرهابية في ديسمبر 2013، عقب تفجير مديرية أمن الدقهلية، كما حظرت المملكة المتحدة الحركتين في ديسمبر الماضي وأدرجتهما على قائمة المنظمات المحظورة لديها.

ويرى الباحث في شؤون الحركات الإسلامية ماهر فرغلي أن القرار الأمريكي "له قيمة رمزية أكبر من قيمته العملية، لأن الحركتين لا تملكان أصولا معروفة في الخارج"، لكنه "يضيق الخناق على شبكات التمويل والتجنيد عبر الإنترنت".

وفي ميدان التحرير، قال سائق تاكسي في الخمسين من عمره: "الناس دي لازم تتحاسب، إحنا عايزين نعيش في أمان ونشتغل، والبلد تعبت من التفجيرات".""",
        [
            G("sanctions.imposed", "occurred", [_US, "United States Department of State"],
              ["Hasm", "Liwa al-Thawra"]),
            G("sanctions.imposed", "negated", [_US], ["Muslim Brotherhood"], core=False),
            G("sanctions.imposed", "stalled", ["United States Congress"], ["Muslim Brotherhood"], core=False),
            G("sanctions.imposed", "historical", ["Egypt"], ["Muslim Brotherhood"], core=False),
            G("sanctions.imposed", "historical", ["United Kingdom"], ["Hasm", "Liwa al-Thawra"], core=False),
        ],
        not_targets=["Egypt", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-02-kuna-japan-lifts-iran-sanctions-2016",
        date(2016, 1, 22),
        """اليابان ترفع عقوباتها عن إيران وتمهد لاتفاقية استثمار

طوكيو - 22 - 1 (كونا) -- أعلنت الحكومة اليابانية اليوم الجمعة رفع العقوبات التي فرضتها على الجمهورية الإسلامية الإيرانية بسبب برنامجها النووي، بما فيها القيود على الاستثمار في قطاع الطاقة الإيراني والتعاملات المصرفية وخدمات التأمين، وذلك في أعقاب دخول الاتفاق النووي حيز التنفيذ.

وقال كبير أمناء مجلس الوزراء الياباني يوشيهيدي سوغا في مؤتمر صحفي إن طوكيو "قررت رفع الإجراءات المتخذة بحق إيران، بعد أن أكدت الوكالة الدولية للطاقة الذرية وفاء طهران بالتزاماتها"، معربا عن أمله في أن "تسهم الخطوة في تعزيز العلاقات الاقتصادية بين البلدين".

وكانت اليابان قد فرضت هذه العقوبات في سبتمبر 2010 تماشيا مع قرار مجلس الأمن الدولي رقم 1929، وشملت تجميد أصول عدد من المصارف والشركات الإيرانية ومنع الاستثمار في مشاريع النفط والغاز، ما أدى إلى تراجع حاد في واردات اليابان من الخام الإيراني.

ولم يشمل القرار الياباني رفع القيود المتعلقة ببرنامج الصواريخ الباليستية الإيراني، إذ أوضح سوغا أن هذه القيود "ستبقى قائمة وفقا لقرارات مجلس الأمن ذات الصلة".

ومن المقرر أن يوقع البلدان الشهر المقبل في طهران اتفاقية لتشجيع الاستثمار وحمايته، وفقا لمصادر في وزارة الخارجية اليابانية، في وقت تتطلع فيه شركات يابانية كبرى إلى العودة إلى مشاريع في قطاعي الطاقة والبتروكيماويات.

وتأتي الخطوة اليابانية بعد أن رفع الاتحاد الأوروبي والولايات المتحدة في السادس عشر من الشهر الجاري العقوبات الاقتصادية والمالية المرتبطة بالبرنامج النووي الإيراني، في ما بات يعرف بـ"يوم التنفيذ".

وأشار محللون في طوكيو إلى أن اليابان، التي تستورد نحو 90 بالمئة من احتياجاتها النفطية من الشرق الأوسط، تسعى إلى تنويع مصادرها، وأن السوق الإيرانية "تمثل فرصة كبيرة لشركات السيارات والإلكترونيات والبنية التحتية اليابانية".

ورحب السفير الإيراني في طوكيو بالقرار، وقال في تصريح لوسائل إعلام محلية إن بلاده "ترحب بعودة الشركات اليابانية، وتتذكر أنها كانت من أكبر شركائها التجاريين قبل العقوبات".

وارتفعت أسهم عدد من شركات الهندسة والمقاولات اليابانية في بورصة طوكيو عقب الإعلان، فيما قالت شركات تكرير إنها تدرس زيادة مشترياتها من الخام الإيراني خلال الأشهر المقبلة.

وقال رجل أعمال كويتي يعمل في تجارة قطع الغيار بين طوكيو ودبي لمراسل (كونا): "الحين الطريق صار مفتوح، والشركات اليابانية كانت تنتظر هاللحظة من زمان".

(النهاية)""",
        [
            G("sanctions.lifted", "occurred", ["Japan", "Yoshihide Suga"], ["Iran"]),
            G("sanctions.imposed", "historical", ["Japan"], ["Iran"], core=False),
            G("sanctions.lifted", "negated", ["Japan"], ["Iran"], core=False),
            G("sanctions.lifted", "historical", [_EU, _US], ["Iran"], core=False),
            G("agreement.signed", "planned", ["Japan", "Iran"], [], core=False),
        ],
        not_targets=["Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-03-alaraby-treasury-licences-afghanistan-aid-taliban-2021",
        date(2021, 12, 23),
        """واشنطن تخفف القيود على المساعدات لأفغانستان بتراخيص جديدة

كابول - «العربي الجديد»

أصدرت وزارة الخزانة الأمريكية، أمس الأربعاء، ثلاثة تراخيص عامة جديدة تعلق بموجبها تطبيق جزء من العقوبات المفروضة على حركة "طالبان"، بما يسمح للحكومات الأجنبية والمنظمات الدولية والمنظمات غير الحكومية بإجراء التعاملات اللازمة مع المؤسسات التي تديرها الحركة لإيصال المساعدات الإنسانية إلى الأفغان.

وقال مسؤول في مكتب مراقبة الأصول الأجنبية التابع للوزارة إن التراخيص تشمل "دفع الرسوم والضرائب ورواتب العاملين في القطاعات الصحية والتعليمية"، مؤكدا أن واشنطن "لا تريد أن تقف العقوبات عائقا أمام وصول الغذاء والدواء إلى الشعب الأفغاني".

وفي اليوم نفسه، تبنى مجلس الأمن الدولي بالإجماع قرارا أعدته الولايات المتحدة يستثني المساعدات الإنسانية لأفغانستان من نظام العقوبات الأممية المفروض على "طالبان" لمدة عام، على أن يراجع الأمين العام للأمم المتحدة تنفيذه كل ستة أشهر.

وكانت وزارة الخزانة قد أصدرت في سبتمبر الماضي، بعد أسابيع من سيطرة الحركة على كابول، ترخيصين محدودين يسمحان للحكومة الأمريكية وشركائها بتقديم المساعدات، غير أن منظمات الإغاثة اعتبرتهما "غير كافيين".

ولم ترفع واشنطن العقوبات المفروضة على قادة "طالبان"، ولم تفرج عن نحو تسعة مليارات ونصف المليار دولار من احتياطيات البنك المركزي الأفغاني المجمدة في الخارج، وهو ما تطالب به الحركة منذ أشهر.

ورحب المتحدث باسم حكومة "طالبان" ذبيح الله مجاهد بالخطوة، واصفا إياها بأنها "إيجابية لكنها ليست كافية"، وداعيا إلى "رفع العقوبات كاملة والإفراج عن أموال الشعب الأفغاني".

وتحذر الأمم المتحدة من أن أكثر من نصف سكان أفغانستان يواجهون الجوع الحاد هذا الشتاء، وأن ملايين الأطفال معرضون لسوء التغذية، في ظل انهيار الجهاز المصرفي وتوقف رواتب الموظفين منذ أغسطس.

وتقول منظمات إغاثة عاملة في كابول إن نقص السيولة لدى المصارف "يشل عملها"، وإن التحويلات المالية من الخارج تمر عبر شبكات الحوالة التقليدية بتكاليف مرتفعة.

وتقدر وكالات الأمم المتحدة حاجات أفغانستان الإنسانية للعام المقبل بأكثر من أربعة مليارات دولار، وهي أكبر مناشدة تطلقها المنظمة الدولية لبلد واحد.

وفي سوق الصرافة المعروف بـ"سراي شهزاده" وسط كابول، قال صراف يعمل في السوق منذ عشرين عاما لـ"العربي الجديد"، بلغة الداري: "الناس لا تملك نقودا، والأسعار ترتفع كل يوم. إذا وصلت المساعدات فسيرتاح الناس قليلا".""",
        [
            G("sanctions.suspended", "occurred", [_US, "United States Department of the Treasury"], ["Taliban"]),
            G("sanctions.suspended", "occurred", [_UNSC], ["Taliban", "Afghanistan"], core=False),
            G("sanctions.suspended", "historical", [_US, "United States Department of the Treasury"],
              ["Taliban"], core=False),
            G("sanctions.lifted", "negated", [_US], ["Taliban", "Afghanistan"], core=False),
        ],
        not_targets=["United Nations"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-04-alquds-alarabi-eu-to-prolong-iran-human-rights-sanctions-2019",
        date(2019, 4, 7),
        """الاتحاد الأوروبي يمدد غدا عقوباته على إيران بسبب انتهاكات حقوق الإنسان

بروكسل - «القدس العربي»

يقر وزراء خارجية الاتحاد الأوروبي، خلال اجتماعهم في لوكسمبورغ غدا الاثنين، تمديد العقوبات المفروضة على إيران بسبب انتهاكات حقوق الإنسان لمدة عام إضافي ينتهي في الثالث عشر من نيسان/ أبريل 2020، وفق ما أفادت به مصادر دبلوماسية أوروبية.

وتشمل العقوبات تجميد أصول وحظر سفر على 82 شخصا وكيانا واحدا، إلى جانب حظر تصدير المعدات التي يمكن استخدامها في القمع الداخلي، والأجهزة المخصصة لمراقبة الاتصالات والإنترنت.

وقال دبلوماسي أوروبي إن التمديد "إجراء دوري لا يحتاج إلى نقاش طويل"، موضحا أن الدول الأعضاء "متفقة على أن وضع حقوق الإنسان في إيران لم يشهد تحسنا يبرر رفع هذه الإجراءات"، في إشارة إلى أحكام الإعدام واعتقال الناشطين والمحامين.

ولن يضيف المجلس أي أسماء جديدة إلى القائمة هذه المرة، بحسب المصادر ذاتها، التي أشارت إلى أن بعض الدول طالبت بإدراج مسؤولين قضائيين جدد، لكن الأمر "لم يحظ بالإجماع المطلوب".

وكان الاتحاد قد أنشأ نظام العقوبات هذا في نيسان/ أبريل 2011، على خلفية قمع الاحتجاجات التي أعقبت الانتخابات الرئاسية لعام 2009، ويجري تمديده سنويا منذ ذلك الحين.

كما فرض الاتحاد في كانون الثاني/ يناير الماضي عقوبات على مديرية الأمن الداخلي في وزارة الاستخبارات الإيرانية وشخصين إيرانيين، بعد اتهامهم بالتخطيط لعمليات اغتيال على الأراضي الدنماركية والفرنسية.

وتأتي الخطوة في وقت يحاول فيه الأوروبيون الحفاظ على الاتفاق النووي بعد انسحاب الولايات المتحدة منه، إذ أطلقت فرنسا وألمانيا وبريطانيا مطلع العام آلية "إنستكس" لتسهيل التجارة مع طهران بعيدا عن العقوبات الأمريكية، من دون أن تنفذ عبرها أي صفقة حتى الآن.

وكان المتحدث باسم الخارجية الإيرانية بهرام قاسمي قد انتقد في مناسبات سابقة العقوبات الأوروبية المرتبطة بحقوق الإنسان، واعتبر أنها "تسييس لقضايا إنسانية"، متهما الأوروبيين بـ"ازدواجية المعايير".

ويرى الباحث في الشؤون الإيرانية علي نوري زاده أن الأوروبيين "يحاولون الموازنة بين الضغط في ملف حقوق الإنسان والإبقاء على قناة مفتوحة مع طهران في الملف النووي"، معتبرا أن هذه المعادلة "تزداد صعوبة يوما بعد يوم".

وقال تاجر لبناني في حي ماتونغيه ببروكسل كان يستورد الفستق والزعفران من إيران: "هالعقوبات ما بتضر المسؤولين كتير، اللي بيدفع الحق هو الشعب، بس حقوق الإنسان لازم حدا يحكي فيها".""",
        [
            G("sanctions.extended", "planned", [_EU, "Council of the European Union"], ["Iran"]),
            G("sanctions.imposed", "negated", [_EU], ["Iran"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["Iran"], core=False),
            G("sanctions.extended", "historical", [_EU], ["Iran"], core=False),
        ],
        not_targets=["Denmark", "France", "Luxembourg"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-05-libya-almostakbal-eu-threatens-libyan-spoilers-2016",
        date(2016, 3, 15),
        """الاتحاد الأوروبي يلوح بعقوبات على معرقلي حكومة الوفاق

تونس، بروكسل - «ليبيا المستقبل»

لوح وزراء خارجية الاتحاد الأوروبي، خلال اجتماعهم في بروكسل أمس الاثنين، بفرض عقوبات على الشخصيات الليبية التي تعرقل تسلم حكومة الوفاق الوطني مهامها، مؤكدين دعمهم للمجلس الرئاسي برئاسة فائز السراج بوصفه "الممثل الشرعي الوحيد" للدولة الليبية.

وقالت الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد فيديريكا موغيريني، في مؤتمر صحفي عقب الاجتماع، إن الاتحاد "مستعد لاستخدام كل الأدوات المتاحة، بما فيها الإجراءات التقييدية، بحق من يقفون في طريق تنفيذ الاتفاق السياسي".

وتداولت وسائل إعلام أوروبية أسماء ثلاث شخصيات قالت إنها مرشحة للعقوبات، هي رئيس مجلس النواب عقيلة صالح، ورئيس المؤتمر الوطني العام نوري أبوسهمين، ورئيس حكومة الإنقاذ في طرابلس خليفة الغويل، من دون أن يصدر تأكيد رسمي بذلك.

ولم يتخذ الوزراء أمس أي قرار بإدراج أسماء على قائمة العقوبات، إذ اكتفوا بتكليف الأجهزة المختصة بـ"إعداد الخيارات" ورفعها في أقرب وقت، في ظل تحفظ بعض الدول على استهداف رئيس البرلمان المعترف به دوليا.

وكان مجلس الأمن الدولي قد فرض في شباط/ فبراير 2011 حظرا على توريد الأسلحة إلى ليبيا وتجميدا لأصول العقيد معمر القذافي وعائلته، ولا يزال الحظر ساريا حتى اليوم.

ووقعت أطراف الحوار الليبي في منتجع الصخيرات المغربي في 17 كانون الأول/ ديسمبر الماضي الاتفاق السياسي الذي انبثق عنه المجلس الرئاسي، غير أن مجلس النواب في طبرق لم يمنح الثقة لحكومة الوفاق حتى الآن.

ويواصل المجلس الرئاسي عمله من العاصمة التونسية، فيما أعلن عدد من أعضائه عزمهم الانتقال إلى طرابلس "خلال أيام"، رغم رفض حكومة الإنقاذ التي تسيطر على العاصمة.

وقال المحلل السياسي الليبي عبد الحكيم فنوش إن التهديد الأوروبي "قد يدفع بعض الأطراف إلى مراجعة مواقفها"، لكنه حذر من أن "العقوبات على شخصيات بعينها قد تزيد الانقسام بدل أن تعالجه".

وتتزامن التحركات الأوروبية مع ضغوط يمارسها المبعوث الأممي مارتن كوبلر على الأطراف الليبية، ومع مخاوف متزايدة من تمدد تنظيم "داعش" في سرت وتدفق المهاجرين عبر السواحل الليبية نحو إيطاليا.

وفي شارع عمر المختار بطرابلس، قال موظف حكومي ينتظر دوره أمام أحد المصارف: "إحنا تعبنا، السيولة مافيش والكهرباء تطفى كل يوم. نبو حكومة وحدة وخلاص، ما يهمناش منو يحكم".""",
        [
            G("sanctions.threatened", "occurred", [_EU, "Federica Mogherini"],
              ["Aguila Saleh Issa", "Nouri Abusahmain", "Khalifa al-Ghawil"]),
            G("sanctions.imposed", "negated", [_EU], ["Aguila Saleh Issa"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            G("agreement.signed", "historical", ["Libya"], [], core=False),
        ],
        not_targets=["Morocco", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-06-aleqtisadiah-saudi-arabia-joins-aiib-2015",
        date(2015, 1, 15),
        """المملكة تنضم إلى البنك الآسيوي للاستثمار في البنية التحتية عضوا مؤسسا

الرياض - «الاقتصادية»

انضمت المملكة العربية السعودية رسميا إلى البنك الآسيوي للاستثمار في البنية التحتية بصفة عضو مؤسس، بعد توقيعها مذكرة التفاهم الخاصة بتأسيس البنك، الذي تقوده الصين ويتخذ من العاصمة بكين مقرا له، برأسمال مصرح به يبلغ مئة مليار دولار.

وأوضح مصدر في وزارة المالية لـ«الاقتصادية» أن الانضمام يأتي "في إطار حرص المملكة على تعزيز علاقاتها الاقتصادية مع الدول الآسيوية، التي باتت الشريك التجاري الأول لها"، مشيرا إلى أن حصة المملكة في رأسمال البنك ستحدد خلال مفاوضات الدول المؤسسة.

وكانت الكويت وسلطنة عمان وقطر من بين 21 دولة وقعت مذكرة التفاهم في بكين في تشرين الأول/ أكتوبر الماضي، بحضور الرئيس الصيني شي جين بينغ، لتصبح أولى الدول الخليجية المنضمة إلى البنك.

ولم تنضم الإمارات والبحرين إلى البنك حتى الآن، وإن كانت مصادر خليجية تتوقع أن تحذوا حذو الرياض خلال الأشهر المقبلة، فيما تغيب عن المشروع كل من اليابان والولايات المتحدة، اللتين تبديان تحفظات على حوكمة البنك ومعاييره.

ومن المقرر أن توقع الدول المؤسسة اتفاقية تأسيس البنك بحلول منتصف العام الجاري، على أن يبدأ البنك عملياته قبل نهاية العام، وفق الجدول الزمني الذي أعلنته اللجنة التحضيرية في بكين.

ويرى المستشار الاقتصادي فضل البوعينين أن الانضمام "خطوة ذكية تضمن للمملكة موقعا في مؤسسة مالية سيكون لها دور كبير في تمويل مشاريع الطرق والموانئ والطاقة في آسيا"، لافتا إلى أن الشركات السعودية "قد تستفيد من فرص المقاولات والتوريد".

وتبلغ قيمة التبادل التجاري بين المملكة والصين أكثر من 69 مليار دولار سنويا، وتعد الصين أكبر مستورد للنفط السعودي، فيما تستثمر شركة "أرامكو" في مصاف صينية، وتشارك شركة "سابك" في مجمعات للبتروكيماويات هناك.

ويأتي الانضمام بالتزامن مع تراجع أسعار النفط إلى أقل من خمسين دولارا للبرميل، ما يدفع دول الخليج إلى البحث عن شراكات اقتصادية طويلة الأمد مع الاقتصادات الآسيوية الصاعدة.

وقال تاجر في سوق البطحاء يستورد الأجهزة الكهربائية من الصين: "الصين الحين هي السوق الأولى لنا، وكل شي يقرب بيننا وبينهم زين للتجارة".""",
        [
            G("alliance.joined", "occurred", ["Saudi Arabia"], ["Asian Infrastructure Investment Bank"]),
            G("alliance.joined", "historical", ["Kuwait", "Oman", "Qatar"], ["Asian Infrastructure Investment Bank"],
              core=False),
            G("agreement.signed", "occurred", ["Saudi Arabia"], ["Asian Infrastructure Investment Bank"],
              core=False),
            G("agreement.signed", "historical", ["Kuwait", "Oman", "Qatar"], ["Asian Infrastructure Investment Bank"],
              core=False),
            G("alliance.joined", "negated", ["United Arab Emirates", "Bahrain"],
              ["Asian Infrastructure Investment Bank"], core=False),
            G("agreement.signed", "planned", ["Saudi Arabia"], ["Asian Infrastructure Investment Bank"],
              core=False),
        ],
        not_targets=["Japan", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-07-alsabah-aljadeed-saudi-iraqi-coordination-council-2017",
        date(2017, 10, 23),
        """العبادي والملك سلمان يوقعان محضر تأسيس مجلس التنسيق السعودي العراقي

بغداد - «الصباح الجديد»

وقع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز ورئيس مجلس الوزراء حيدر العبادي، مساء أمس الأحد في الرياض، محضر تأسيس مجلس التنسيق السعودي العراقي، في خطوة وصفها الجانبان بأنها "نقلة نوعية" في العلاقات بين البلدين بعد قطيعة امتدت أكثر من ربع قرن.

وجرى التوقيع بحضور وزير الخارجية الأمريكي ريكس تيلرسون، الذي وصل إلى الرياض في إطار جولة إقليمية، وعبر في كلمة مقتضبة عن دعم بلاده "لتعزيز الروابط بين العراق وجيرانه العرب"، داعيا الفصائل المسلحة المدعومة من إيران إلى "العودة إلى ديارها" بعد انتهاء الحرب على تنظيم "داعش".

وينص المحضر على تشكيل لجان مشتركة في مجالات السياسة والأمن والاقتصاد والتنمية والتجارة والاستثمار والطاقة والثقافة والإعلام، تجتمع بشكل دوري برئاسة وزراء من البلدين، وترفع توصياتها إلى المجلس الذي يرأسه الملك سلمان والعبادي.

وقال العبادي، في تصريح للصحفيين عقب التوقيع، إن "العراق يريد علاقات متوازنة مع جميع جيرانه"، مؤكدا أن بلاده "لن تكون جزءا من سياسة المحاور"، فيما أكد وزير الخارجية السعودي عادل الجبير أن المملكة "تقف مع العراق في إعادة إعمار المناطق المحررة".

وكانت المملكة قد أعادت فتح سفارتها في بغداد في كانون الأول 2015، للمرة الأولى منذ الغزو العراقي للكويت عام 1990، قبل أن يزور الجبير بغداد في شباط الماضي في أول زيارة لوزير خارجية سعودي منذ عقود.

ولم يتضمن المحضر أي اتفاق أمني أو عسكري بين البلدين، إذ اقتصر على الجوانب الاقتصادية والتنموية وآليات التنسيق، بحسب مصدر في الوفد العراقي.

ويبحث الجانبان إعادة فتح منفذ عرعر الحدودي أمام حركة التجارة، واستئناف الرحلات الجوية المباشرة بين بغداد والرياض، إلى جانب مشروع لربط شبكتي الكهرباء في البلدين.

ويرى أستاذ العلوم السياسية في جامعة بغداد الدكتور إحسان الشمري أن المجلس "يمنح العراق متنفسا اقتصاديا وسياسيا"، لكنه نبه إلى أن نجاحه "مرهون بقدرة الحكومة على إدارة التوازن بين الرياض وطهران".

وفي سوق الشورجة ببغداد، قال تاجر مواد غذائية: "إذا انفتح عرعر الشغل راح يتحرك، والبضاعة السعودية زينة وأسعارها مناسبة. الناس تعبانة وتريد تفرح شوية".""",
        [
            G("agreement.signed", "occurred", ["Saudi Arabia", "Iraq", "Salman of Saudi Arabia", "Haider al-Abadi"], []),
            G("relations.restored", "historical", ["Saudi Arabia"], ["Iraq"], core=False),
            G("agreement.signed", "negated", ["Saudi Arabia", "Iraq"], [], core=False),
        ],
        not_targets=["United States", "Iran", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-08-hespress-morocco-ambassador-back-in-tehran-2016",
        date(2016, 10, 20),
        """المغرب يعين سفيرا في طهران وينهي قطيعة دامت سبع سنوات

الرباط - «هسبريس»

أعاد المغرب علاقاته الدبلوماسية مع إيران إلى مستوى السفراء، بعد أن عين الملك محمد السادس الدبلوماسي حسن حامي سفيرا للمملكة لدى الجمهورية الإسلامية، منهيا بذلك قطيعة بدأت في مارس 2009، حين قررت الرباط قطع علاقاتها مع طهران احتجاجا على ما وصفته بـ"المس بالمذهب السني للمغاربة".

وجاء التعيين ضمن لائحة سفراء جدد استقبلهم العاهل المغربي في القصر الملكي بالدار البيضاء، حيث سلمهم ظهائر تعيينهم، وفق بلاغ للديوان الملكي.

وقال مصدر دبلوماسي لـ"هسبريس" إن السفير الجديد "سيلتحق بمقر عمله في طهران خلال الأسابيع المقبلة"، موضحا أن الخطوة "تعكس رغبة المغرب في الحفاظ على علاقات عادية مع كل الدول، دون المساس بثوابته ومواقفه من القضايا الإقليمية".

وكانت إيران قد سبقت الرباط إلى الخطوة، إذ أعادت فتح سفارتها في العاصمة المغربية مطلع السنة الماضية وعينت محمد تقي مؤيد سفيرا لها، بعد محادثات هاتفية بين وزيري خارجية البلدين أواخر عام 2014.

ولم تعد العلاقات الاقتصادية بين البلدين إلى سابق عهدها بعد، إذ لا يتجاوز حجم المبادلات التجارية بضع عشرات الملايين من الدولارات، بحسب معطيات مكتب الصرف.

ويأتي القرار في وقت يشارك فيه المغرب، منذ مارس 2015، في التحالف العربي الذي تقوده المملكة العربية السعودية ضد الحوثيين في اليمن، وهو ما يرى فيه مراقبون دليلا على أن الرباط "تفصل بين علاقاتها الثنائية وتحالفاتها الإقليمية".

وقال الباحث في العلاقات الدولية تاج الدين الحسيني إن عودة السفير "خطوة براغماتية"، مضيفا أن المغرب "سيراقب عن كثب أي نشاط إيراني يمس وحدته الترابية أو أمنه الروحي"، في إشارة إلى الاتهامات السابقة بدعم جبهة البوليساريو.

من جهتها، رحبت وزارة الخارجية الإيرانية بالتعيين، ووصفته في بيان بأنه "خطوة في الاتجاه الصحيح نحو تعزيز العلاقات بين بلدين مسلمين".

ويتوقع متابعون أن يفتح تبادل السفراء الباب أمام استئناف عمل اللجان المشتركة التي توقفت منذ القطيعة، خصوصا في مجالات الفلاحة والصيد البحري والسياحة الدينية.

وفي سوق الحبوس بالدار البيضاء، قال تاجر زرابي: "حنا بغينا غير العلاقات تكون مزيانة مع الجميع، والتجارة تمشي، السياسة خليها لماليها".""",
        [
            G("relations.restored", "occurred", ["Morocco", "Mohammed VI of Morocco"], ["Iran"]),
            G("relations.restored", "historical", ["Iran"], ["Morocco"], core=False),
            G("relations.restored", "negated", ["Morocco"], ["Iran"], core=False),
            G("alliance.joined", "historical", ["Morocco"], ["Saudi-led coalition"], core=False),
        ],
        known_miss="the restoration is demoted by Iran's earlier reopening, which is given Morocco as an actor too",
        not_targets=["Saudi Arabia", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-09-akhirlahza-sudan-parliament-rsf-act-2017",
        date(2017, 1, 17),
        """البرلمان يجيز قانون الدعم السريع ويجعلها جزءا من القوات المسلحة

الخرطوم - «آخر لحظة»

أجاز المجلس الوطني، في جلسته أمس الاثنين، قانون قوات الدعم السريع لسنة 2017 في مرحلته الأخيرة، والذي ينص على دمج قوات الدعم السريع في القوات المسلحة السودانية بوصفها قوة عسكرية قومية تتبع للقائد الأعلى للقوات المسلحة، بعد أن كانت تتبع لجهاز الأمن والمخابرات الوطني منذ تأسيسها.

وأوضح رئيس لجنة الأمن والدفاع بالبرلمان أن القانون "يضع الدعم السريع تحت مظلة القوات المسلحة وقانونها ويخضع أفرادها للمحاسبة العسكرية"، مشيرا إلى أن القوات "أدت دورا كبيرا في حسم التمرد بدارفور وجنوب كردفان والنيل الأزرق".

وقال قائد قوات الدعم السريع الفريق محمد حمدان دقلو (حميدتي)، في تصريح عقب الجلسة، إن قواته "ستظل درعا للوطن وجاهزة لتنفيذ أي مهمة توكل إليها"، مؤكدا أن القانون "يقطع الطريق أمام المشككين في قومية هذه القوات".

واعترض عدد من نواب المعارضة على مشروع القانون، معتبرين أن دمج القوات "لا يكفي لمعالجة المخاوف من وجود جيش موازٍ"، وطالبوا بإخضاع القوات لرئاسة هيئة الأركان مباشرة.

ولم يشمل القانون قوات الدفاع الشعبي، التي تظل خاضعة لقانونها الخاص الصادر عام 1989، كما لم يحدد آلية واضحة لتوحيد الرتب والرواتب بين الطرفين، بحسب نواب شاركوا في المداولات.

وكانت قوات الدعم السريع قد تشكلت عام 2013 من مقاتلين قاتلوا إلى جانب الحكومة في دارفور، وانتشرت منذ ذلك الحين في عدد من الولايات، كما يشارك بعض أفرادها ضمن القوات السودانية في اليمن منذ عام 2015.

وتتهم منظمات حقوقية دولية القوات بارتكاب انتهاكات بحق المدنيين في دارفور، وهي اتهامات تنفيها الحكومة، التي تؤكد أن القوات "تلتزم بالقانون وتحاسب أي فرد يخرج عنه".

ويرى الخبير العسكري اللواء (م) محمد عجيب أن القانون "خطوة لتقنين وضع قائم"، لكنه أشار إلى أن "العبرة بالتطبيق على الأرض وبمدى خضوع القيادة الميدانية لهيئة الأركان".

وتقدر مصادر عسكرية عدد أفراد قوات الدعم السريع بعشرات الآلاف، ينتشر معظمهم في ولايات دارفور وكردفان وعلى الحدود مع ليبيا، حيث تشارك القوات في مكافحة تهريب البشر.

وفي سوق أم درمان، قال تاجر قادم من نيالا: "الدعم السريع ديل حمونا من الحركات في الطرق، وإذا بقوا مع الجيش كويس، المهم الأمن يستمر".""",
        [
            G("forces.integrated", "occurred", ["Sudan", "National Legislature (Sudan)"],
              ["Rapid Support Forces", "Sudanese Armed Forces"]),
            G("forces.integrated", "negated", ["Sudan"], ["Popular Defence Forces"], core=False),
            G("military.presence", "historical", ["Sudan", "Rapid Support Forces"], ["Yemen"], core=False),
        ],
        not_targets=["Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-10-almasdaronline-uae-forces-land-in-socotra-2018",
        date(2018, 5, 3),
        """قوات إماراتية تنتشر في مطار سقطرى ومينائها والحكومة تحتج

سقطرى - «المصدر أونلاين» - خاص

نشرت دولة الإمارات العربية المتحدة، خلال اليومين الماضيين، قوات عسكرية مدعومة بدبابات وعربات مدرعة في مطار جزيرة سقطرى ومينائها الرئيسي، بعد وصولها على متن طائرات شحن عسكرية، في خطوة تزامنت مع وجود رئيس الوزراء أحمد عبيد بن دغر وعدد من الوزراء في الجزيرة.

وأفادت مصادر محلية لـ"المصدر أونلاين" أن القوات الإماراتية سيطرت على المطار والميناء، وطردت الموظفين اليمنيين من مواقعهم، ومنعت الحراسات التابعة للحكومة من الاقتراب منهما، وسط استنفار للقوات المحلية.

واعتبرت الحكومة اليمنية، في بيان صادر عن رئاسة الوزراء، أن ما جرى "عمل غير مبرر"، مشيرة إلى أن الخلاف مع الأشقاء في الإمارات "يتعلق بالسيادة الوطنية وبمن يحق له إدارتها"، وطالبت بعودة الأوضاع في المطار والميناء إلى ما كانت عليه.

في المقابل، قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش إن بلاده "تتعرض لحملات ممنهجة"، مؤكدا أن وجودها في سقطرى "يأتي في إطار التحالف العربي ودعم الشرعية وتنمية الجزيرة".

وتنتشر القوات الإماراتية في مدينة عدن ومحافظات جنوبية أخرى منذ صيف عام 2015، حين شاركت في تحرير المدينة من الحوثيين ضمن التحالف الذي تقوده المملكة العربية السعودية.

وقالت مصادر حكومية إن وفدا عسكريا سعوديا سيصل إلى الجزيرة خلال الأيام المقبلة، وإن قوات سعودية ستنتشر في المطار والميناء ضمن وساطة تهدف إلى احتواء الأزمة، على أن تتولى تأمين المنشأتين بالتنسيق مع السلطات المحلية.

ولم تشهد الجزيرة، المدرجة على قائمة التراث العالمي لمنظمة اليونسكو، أي مواجهات مسلحة منذ اندلاع الحرب، وظلت بعيدة عن سيطرة الحوثيين وعن نشاط تنظيم القاعدة.

ويرى الصحفي المتخصص في الشأن اليمني عبدالرزاق الجمل أن الأزمة "تكشف حجم التباين داخل معسكر الشرعية والتحالف"، وأن "سقطرى بموقعها على خطوط الملاحة الدولية تحولت إلى ساحة تنافس".

ويعتمد سكان الجزيرة، الذين يقدر عددهم بنحو ستين ألف نسمة، على الصيد والرعي، ويشكون منذ سنوات من ضعف الخدمات وانقطاع الرحلات الجوية المنتظمة إلى البر اليمني.

وقال صياد من أبناء حديبو عاصمة الجزيرة: "إحنا ناس بسطاء نبغى الأمان ولقمة العيش، وما نبغى الجزيرة تصير ساحة حرب بين الإخوة".""",
        [
            G("military.presence", "occurred", ["United Arab Emirates"], ["Yemen", "Socotra"]),
            G("military.presence", "planned", ["Saudi Arabia"], ["Yemen", "Socotra"], core=False),
            G("military.presence", "historical", ["United Arab Emirates"], ["Yemen"], core=False),
        ],
        not_targets=["Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-11-alraya-al-sadd-signs-cazorla-qsl-discipline-2020",
        date(2020, 8, 20),
        """السد يضم كازورلا ويمدد عقد تشافي.. ولجنة الانضباط ترفع الإيقاف عن مدافع الريان

الدوحة - «الراية» - الرياضي

أعلن نادي السد، بطل دوري نجوم قطر، انضمام لاعب الوسط الإسباني سانتي كازورلا إلى صفوفه قادما من فياريال الإسباني بعقد يمتد موسمين، ليكون ثاني لاعب إسباني في الفريق إلى جانب المخضرم غابي، وذلك ضمن تحضيرات الفريق للموسم الجديد ودوري أبطال آسيا.

وأكد النادي في بيان أنه "وقع مع اللاعب عقدا احترافيا بعد اجتيازه الفحص الطبي بنجاح"، مشيرا إلى أن كازورلا "سيضيف خبرة كبيرة للفريق في المنافسات المحلية والقارية".

وفي السياق ذاته، مددت إدارة النادي عقد المدرب الإسباني تشافي هيرنانديز لموسم إضافي حتى صيف 2021، بعد أن قاد الفريق إلى لقبي كأس قطر وكأس أمير قطر في الموسم الماضي، رغم الأنباء التي ربطته بتدريب برشلونة.

من جهة أخرى، قررت لجنة الانضباط في الاتحاد القطري لكرة القدم رفع الإيقاف عن أحد مدافعي الريان بعد قبول الاستئناف الذي تقدم به النادي، فيما فرضت عقوبات مالية على ناديين بسبب تأخر فريقيهما عن موعد انطلاق المباراة.

كما أعلنت اللجنة تعليق قيد لاعب بأحد أندية الدرجة الثانية لمدة ثلاثة أشهر، بسبب مخالفته لائحة الانتقالات، مع تغريم ناديه عشرين ألف ريال.

ويواصل الفريق استعداداته في معسكر داخلي باستاد جاسم بن حمد، بعد أن ألغيت المعسكرات الخارجية بسبب جائحة كورونا، على أن يتخذ من فندق قريب من الملعب قاعدة له خلال التجمع الآسيوي المقرر في الدوحة الشهر المقبل.

وفي المقابل، وقع نادي الدحيل اتفاقية شراكة مع إحدى شركات الاتصالات لمدة ثلاث سنوات، تتضمن رعاية قميص الفريق الأول وبرامج المسؤولية المجتمعية.

وأعلنت رابطة دوري نجوم قطر أن الموسم الجديد سينطلق في الخامس من سبتمبر المقبل، مع السماح بحضور جماهيري محدود لا يتجاوز ثلاثين في المئة من سعة الملاعب، وفق الإجراءات الاحترازية المعتمدة.

ويخوض السد مباراته الأولى في الموسم الجديد أمام الوكرة، في لقاء ينتظر أن يشهد الظهور الأول لكازورلا بقميص الفريق، بعد أن شارك في حصص تدريبية جماعية منذ وصوله إلى الدوحة.

وقال أحد مشجعي السد في مقهى بسوق واقف: "كازورلا لاعب فنان، ومع تشافي السد بيصير أقوى، إن شاء الله نجيب الآسيوية هالمرة".""",
        [],
        not_targets=["Spain", "Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h73-12-alayam-bahrain-bank-acquisition-business-page-2020",
        date(2020, 1, 16),
        """بنك البحرين الوطني يستكمل الاستحواذ على حصة في بنك البحرين الإسلامي

المنامة - «الأيام» - الاقتصادي

أعلن بنك البحرين الوطني استكمال الاستحواذ على حصة إضافية في بنك البحرين الإسلامي، لترتفع حصته الإجمالية إلى نحو 78 في المئة، بعد أن وافق عدد كبير من المساهمين على عرض المبادلة، في صفقة تعد من أكبر صفقات القطاع المصرفي في المملكة خلال السنوات الأخيرة.

وقال الرئيس التنفيذي للبنك إن الصفقة "تعزز قاعدة عملاء البنك وتضيف إليها شريحة واسعة من عملاء الصيرفة الإسلامية"، مؤكدا أن البنك الإسلامي "سيواصل العمل بهويته المستقلة ومجلس إدارته".

وكان البنك قد مدد فترة عرض الاستحواذ أسبوعين إضافيين بناء على طلب عدد من المساهمين، قبل أن يتم إغلاق العرض رسميا نهاية الشهر الماضي.

وفي سياق متصل، أعلنت بورصة البحرين تعليق التداول على سهم بنك البحرين الإسلامي لجلسة واحدة، ثم رفعت التعليق صباح أمس بعد نشر الإفصاح الكامل عن نتائج العرض.

كما فرض مصرف البحرين المركزي غرامات مالية على إحدى شركات الصرافة بسبب مخالفات في إجراءات "اعرف عميلك"، في إطار حملة رقابية تشمل عددا من المؤسسات المالية غير المصرفية.

ومن جهة أخرى، انضم بنكان محليان إلى تحالف مصرفي يقوده أحد البنوك الخليجية لتمويل مشروع توسعة مصهر "ألبا"، فيما وقعت شركة "بنفت" اتفاقية مع شركة عالمية لتطوير خدمات الدفع الإلكتروني عبر الهاتف المتنقل.

وشهدت البورصة انضمام شركتين جديدتين إلى مؤشر البحرين العام مع بداية العام، وارتفع المؤشر بنسبة 0.6 في المئة في جلسة أمس، بدعم من أسهم القطاع المصرفي.

ويرى محللون أن موجة الاندماجات في القطاع المصرفي الخليجي ستتواصل خلال العام الجاري، في ظل ضغوط تراجع أسعار الفائدة وارتفاع تكاليف التحول الرقمي، مشيرين إلى مفاوضات جارية بين بنوك كويتية وإماراتية.

وفي قطاع العقارات، أعلنت إحدى الشركات المدرجة عن تمديد مهلة تسليم وحدات مشروعها السكني في ديار المحرق ثلاثة أشهر، بسبب تأخر توريد مواد البناء من الخارج.

وقال موظف متقاعد يتابع التداول في قاعة البورصة بمرفأ البحرين المالي: "أنا مساهم من زمان في البنك الإسلامي، والعرض كان زين، بس ودي أشوف التوزيعات تزيد هالسنة".""",
        [],
        not_targets=["Bahrain"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout73_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout73_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout73_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
