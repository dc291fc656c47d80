"""A seventy-second, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-one held-out sets: Arabic copy of 2012-2025 as the region's papers, sites and agencies
carry it (a Kuwaiti daily, "الكويت - «الراي»", with a Lebanese clerk of Hawalli, "نحنا هون عم نشتغل";
the Syrian state agency, "دمشق - سانا", in its register ("الجمهورية العربية السورية"، "وزير الخارجية
والمغتربين") with a cloth seller of Souq al-Hamidiyah, "إن شاء الله تنفرج"; an Arabic channel's site
in Tehran, "طهران - «العالم»", with an Iraqi carpet trader of the bazaar, "الأسعار نازلة شوية من جم
يوم"; an Aden daily, "عدن - «الأيام» - خاص", with a retired civil servant of Sheikh Othman, "العقوبات
هذي على الورق"; a Khartoum daily, "الخرطوم - «الانتباهة»", with a cloth seller of the Arab market, "يا
زول … الجديد شنو؟"; a London pan-Arab daily from Riyadh, "الرياض: «الشرق الأوسط»", with a trader of
Olaya; a Paris-based Sudanese site in its wire form, "أديس أبابا 27 سبتمبر 2012 -", with a
wholesaler of Kosti, "نحن والجنوبيين أهل"; a Beirut daily, "بيروت - «الأخبار»", with "أيلول" and a man
of Yarmouk camp, "منيح إنو تصالحوا"; an Aden site, "عدن - «عدن الغد» - خاص", with a young fighter
of the airport battles, "إحنا نشتي رقم عسكري وراتب ثابت"; a Dubai daily with the wires, "عدن،
الخرطوم - «البيان» والوكالات", with a Sudanese driver of Deira, "ودا وقت رد الجميل"; a Riyadh
business site's market page, "الرياض - «مال» - الأسواق", with a small investor of al-Malaz, "الواحد
يبي يشوف التوزيعات أول"; a Casablanca sports site, "الدار البيضاء - «هسبورت»", with a Wydad fan's
Darija, "هاد العام غادي نجيبو الدوبلي") and on episodes the earlier sets do not carry as core news:
the Gulf Cooperation Council declaring Hezbollah a terrorist organisation, March 2016; Donald Trump's
executive order ending the US sanctions programme on Syria, with 518 names struck from the list, June
2025; the European Union and the United States to suspend part of their sanctions on Iran the next
day under the Geneva interim plan, January 2014; the Security Council's Resolution 2266 renewing the
Yemen sanctions for a year, February 2016; the Security Council's Resolution 2046 threatening Sudan
and South Sudan with measures under Article 41, May 2012; Saudi Arabia made a dialogue partner of
the Shanghai Cooperation Organisation by its cabinet, March 2023; Omar al-Bashir and Salva Kiir
signing the Addis Ababa cooperation agreement, Abyei left open, September 2012; Hamas restoring its
relations with Syria in Khalil al-Hayya's meeting with Bashar al-Assad, October 2022; the first
batch of Aden's Popular Resistance fighters merged into the army and the security forces, February
2016; the first Sudanese ground troops landing in Aden for the Saudi-led coalition, October 2015.
Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the suspension that the EU and Washington "يعلق … اعتبارا من يوم غد الاثنين"), next to historical,
negated, stalled and non-core planned ones; two are near misses: a Riyadh market page (two banks
that "وقع … اتفاقية اندماج ملزمة", a due diligence period "تمديد", the regulator's "غرامات" and its
"رفعت الهيئة تعليق التداول" on an insurer's share, the bourse that "انضمت إلى مؤشرات", a "قاعدة
عملاء") and a Casablanca football page (the federation's disciplinary committee that "رفع عقوبة
اللعب دون جمهور" and its "عقوبات مالية", a contract "تمديد", a striker's "الانضمام", a partnership
"وقع", a team that takes a training centre "قاعدة لتحضيراته", a rival that announces a coach's
"انضمام" and the "تعليق" of its signings, clubs that ask "بتمديد الموسم").

The decisions of the annotation, taken before any run: a GCC that decided "اعتبار ميليشيات "حزب الله"
… منظمة إرهابية" imposes (core; the Council and Abdullatif Al Zayani, its secretary-general, who
announced it; Hezbollah; not Syria, Yemen or Iraq, where it fights, nor Saudi Arabia, France or
Israel), Saudi Arabia's halt of its aid to the Lebanese army a donor withholding its money (no
event), Bahrain's listing "عام 2013" and the GCC ministers' measures of June 2013 historical
impositions, "لم يتضمن قرار المجلس أي إجراءات بحق الدولة اللبنانية" a negated imposition on Lebanon,
the travel warnings no event. A Trump who "وقع … أمرا تنفيذيا يقضي بإنهاء برنامج العقوبات الأمريكية
المفروضة على الجمهورية العربية السورية" lifts (core; the United States and Trump; Syria; not Saudi
Arabia, where he announced it), the Treasury's "شطب 518 فردا وكيانا" the same lifting told again,
the general licence and the Caesar waiver "في الشهر نفسه" (May) a historical suspension, the listing
of 1979, the act of 2004 and the Caesar Act historical impositions, "لم يشمل القرار رفع العقوبات عن
الرئيس المخلوع بشار الأسد" a negated lifting, the review of HTS's designation ordered no event. A
European Union and a United States that "يعلق … جزءا من العقوبات المفروضة على الجمهورية الإسلامية
الإيرانية لمدة ستة أشهر" plan a suspension (core; the Union, the United States and Catherine Ashton;
Iran; not Iraq, whose trader speaks), the plan reached in Geneva "في تشرين الثاني الماضي" a
historical signing, the oil embargo of July 2012 and the central-bank sanctions of 2011 historical
impositions, "لا يمس التعليق العقوبات المفروضة على القطاع المصرفي" and "لم يعلق الكونغرس" a negated
suspension, the Senate bill for new sanctions if the talks fail a bill pending (no event), the talks
on a final deal to start in Vienna no event. A Security Council that "مدد … العمل بنظام العقوبات
المفروضة على اليمن لمدة عام إضافي" extends (core; the Council; Yemen, Saleh and Abdul-Malik
al-Houthi; not Saudi Arabia or Oman, where the envoy travels), Resolutions 2140 and 2216 historical
impositions, "لم يضف القرار الجديد أي أسماء" a negated imposition, the UN talks "متعثرة" a stalled
signing of the government and the Houthis. A Security Council that "هدد … بفرض عقوبات على السودان
ودولة جنوب السودان" threatens (core; the Council; both Sudans; not Russia or China, which softened
the draft, nor Ethiopia), "لم يفرض القرار أي عقوبات فورية" a negated imposition, the framework
agreement with the SPLM-North of June 2011 a historical signing, the Mbeki talks "متعثرة" a stalled
signing, the cloth seller's "من زمان تحت العقوبات الأمريكية" a historical imposition, the seizure of
Heglig and the oil shutdown no events. A Saudi cabinet that approved the memorandum "بشأن منح المملكة
العربية السعودية صفة "شريك حوار" في منظمة شنغهاي للتعاون، لتنضم بذلك" joins (core; Saudi Arabia;
the SCO; not China, Russia, India, Pakistan or the United States), Egypt's and Qatar's status of
September a historical joining, Iran's full membership expected in July a planned joining (not
core), the Beijing agreement with Iran a historical signing and restoration, "لم تطلب الانضمام الكامل"
a negated joining. Sudan and South Sudan, whose presidents "وقع … على اتفاق للتعاون" sign (core; the
two states, al-Bashir and Kiir; not Ethiopia, the host), Abyei "متعثرة" a stalled signing, Resolution
2046 "الذي لوح في مايو الماضي بفرض عقوبات" a historical threat, the Naivasha agreement of 2005 a
historical signing. A Hamas whose delegation met al-Assad and which "قررت "استئناف علاقتها مع سوريا""
restores (core; Hamas and Khalil al-Hayya; Syria and al-Assad; not Qatar or Turkey, where its leaders
live, Iran or Hezbollah, which mediated, nor Israel), its statement of September a historical
restoration, "لم يعلن الطرفان عن إعادة فتح مكاتب الحركة في دمشق" a negated restoration, the Algiers
declaration signed a week before a historical signing (Fatah, Hamas, Algeria). Aden's authorities
that "بدأت … دمج الدفعة الأولى من أفراد المقاومة الشعبية في قوام وحدات الجيش الوطني والأمن" integrate
forces (core; Yemen, Hadi, whose order it carries out, and the governor Aidarus al-Zubaidi; the
Popular Resistance; not the Houthis or the Islamic State), Hadi's order after Aden's liberation a
historical integration, "لم تشمل الدفعة الأولى عددا من الفصائل" a negated integration, the
governor's assassination no event. A Sudan whose "أولى طلائع القوات البرية" "وصلت إلى ميناء عدن" is
present (core; Sudan in Yemen; not Saudi Arabia, Iran or the Emirates), the batches "ستلحق بها تباعا"
a planned presence (not core), Sudan's joining of the coalition in March a historical joining, "لم
ترسل مصر … أي قوات برية إلى اليمن" a negated presence of Egypt, the Iranian cultural centres closed
no event; the Riyadh market page and the Casablanca football page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 04501de, in a worktree whose only change was this file), in one
run: events P 0.800 R 1.000 F1 0.889 (recall 10/10, precision 12/15; occurred core found 9/9, planned
1/1; historical 18/18, negated 9/9 and stalled 3/3 kept quiet). No annotation was changed after the
run. Nothing core is missed and there is no false alarm.

Unexpected alerts (alertable events that match no gold event, three articles): in ar-h72-03 "يواصل
عدد من أعضاء مجلس الشيوخ الأمريكي الضغط لتمرير مشروع قانون يفرض عقوبات جديدة على طهران في حال فشل
المفاوضات", a bill still to be passed, is an occurred threat of the Senate and the United States on
Iran; in ar-h72-05 "بعد أن نجحت روسيا والصين في تخفيف الصياغة الأولى التي اقترحتها الولايات المتحدة",
the softening of a draft's wording, is an occurred lifting by Russia and China; in ar-h72-06 the
Beijing agreement "برعاية صينية لاستئناف العلاقات الدبلوماسية بينهما وإعادة فتح السفارتين خلال
شهرين" is a planned restoration with China, the sponsor, for its only party.

Seen but not scored: in ar-h72-01 Al Zayani is no actor, Bahrain's listing of 2013 has no target,
and the GCC's measures of June 2013 and the negated imposition on Lebanon give nothing; in ar-h72-02
Trump is no actor, the negated lifting has Syria for its actor, Trump's announcement in Riyadh is a
historical lifting by Saudi Arabia, and the review of HTS's designation and of the terrorism list is
a historical imposition with HTS for an actor; in ar-h72-03 the planned suspension has the EU alone,
the US waivers "ستصدر … في اليوم نفسه" are an occurred suspension (counted as a hit of the planned
one), the negated suspension has the EU for a target, and the historical impositions and the Geneva
plan give nothing; in ar-h72-04 the extension has the Houthis and Yemen for targets, not Saleh or
Abdul-Malik al-Houthi, and the negated imposition and the stalled talks give nothing; in ar-h72-05
the negated imposition, the framework agreement of 2011, the stalled talks and the vox pop's US
sanctions give nothing; in ar-h72-06 Iran's planned joining has no organisation, the negated joining
has Iran for its actor, not Saudi Arabia, and Egypt's and Qatar's joinings give nothing; in
ar-h72-07 Ethiopia, of "في العاصمة الإثيوبية", the venue, is an actor of the signing, Sudan is not,
and Abyei's stall and Resolution 2046's threat give nothing; in ar-h72-08 the restoration has Syria
and Palestine (of "الفصائل الفلسطينية") for actors and neither Hamas nor al-Hayya, and the historical
and negated restorations and the Algiers declaration give nothing; in ar-h72-09 the integration has
Aden, the city, for its actor and not Yemen or Hadi, and the historical and negated integrations give
nothing; in ar-h72-10 the presence has Aden beside Yemen for a target, the planned batches give
nothing while al-Bashir's offer "استعداد بلاده لإرسال قوات برية" is a historical presence, Sudan's
joining of the coalition gives nothing and "أعادت تقوية علاقاتها مع دول الخليج" is a historical
restoration. Strict xfails on the three articles with unexpected alerts; do not tune lexicons on
these articles.

Found after the run, and left as written: ar-h72-03's episode, the EU and US suspension of part of
the sanctions on Iran under the Geneva plan in January 2014, is carried as core news by set 35 (an
IRNA wire, told as done); the search of the earlier docstrings for the episodes went by names and
dates and missed it. The article is told otherwise (from Tehran, the day before, as a plan) and keeps
its place and its annotation rather than being replaced after the measurement.

After the fixes of 2026-12-06: P 0.846 R 1.000 F1 0.917 (recall 10/10, precision 11/13; occurred core
found 9/9, planned 1/1; historical 18/18, negated 9/9 and stalled 3/3 kept quiet; the precision is
lower than after the first fix, 12/14, because ar-h72-03's US waivers, a right alert of their own
before, are now read planned and told in one event with the EU's suspension). Fixed, with rule
sentences in ``tests/unit/test_heldout72_rules_ar.py``: a lifting or easing verb whose object is a
wording, a tone or a draft ("نجحت فرنسا في تخفيف لهجة المسودة"، "رفعت طهران لهجتها تجاه العقوبات") is
no measure eased (``wording_object`` in ``ar.cues.yaml``, ``_eases_words`` in
``rasd/events/extractor.py``; "خففت واشنطن حدة العقوبات" still eases them), which cures ar-h72-05;
a relation in the singular with its owner's pronoun ("استئناف علاقتها مع سوريا", "إعادة علاقتها
الدبلوماسية") is ties resumed like the plural (``relations_noun``); "الحركة" is an anaphor for a
movement the report has named (Hamas, Fatah, Islamic Jihad: a name that begins with "حركة"), never a
state named before it (``borrow_actors`` in ``rasd/events/roles.py``), so ar-h72-08's restoration is
now told by "أن الحركة قررت "استئناف علاقتها مع سوريا"" with Hamas for its actor; a line that opens
with the filing places, a full date and a dash, no agency ("أديس أبابا 27 سبتمبر 2012 -", "نيروبي/
جوبا 5 مايو 2022 –"), is a dateline whose place is no party (``_FILED_AR`` in
``rasd/events/dateline.py``), so Ethiopia is no longer a signer in ar-h72-07; a waiver that a verb
still ahead will issue or grant ("أنها ستصدر الإعفاءات اللازمة"، "ستمنح العراق إعفاء") is planned,
not occurred (``_WAIVER_NOUNS_AR`` in ``rasd/events/status.py``; "منحت واشنطن العراق إعفاء" is still
occurred), so ar-h72-03's planned suspension has the United States and its State Department beside
the EU. Left as strict
xfails: ar-h72-03, whose Senate bill that "يفرض عقوبات جديدة على طهران في حال فشل المفاوضات" is an
occurred threat (the earlier sets read a bill in three ways: set 34 a planned imposition, set 35 a
stalled one, set 48 no event; a bill's conditional sanctions read as its sponsors' threat is
defensible, and no rule was written for one article); ar-h72-06, whose Beijing agreement "برعاية
صينية لاستئناف العلاقات الدبلوماسية بينهما وإعادة فتح السفارتين خلال شهرين" is a planned restoration
with China, the sponsor, for its only party (the sponsor is dropped only when another party remains,
and the two states are named in the clause before the agreement's content); fixed later by set 76's
fixes (2026-12-07): what "ويأتي القرار بعد …" comes after is looked for up to twenty words back, so the
Beijing agreement told after "بعد أقل من ثلاثة أسابيع على توقيع …" is background, and the strict xfail
was removed. Wrong parties left, not
counted by the scorer: those listed above under "Seen but not scored", but for ar-h72-03's (the
waivers), ar-h72-07's, whose
signing no longer has Ethiopia, and ar-h72-08's, whose restoration now has Hamas (beside Palestine)
and Syria.

``python -m tests.unit.test_heldout72_events_ar`` prints every article's alerts and the set's
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
        "ar-h72-01-alrai-gcc-designates-hezbollah-terrorist-organisation-2016",
        date(2016, 3, 3),
        """دول مجلس التعاون تصنف "حزب الله" منظمة إرهابية

الكويت - «الراي»

قررت دول مجلس التعاون لدول الخليج العربية اعتبار ميليشيات "حزب الله" اللبناني، بقادتها وفصائلها والتنظيمات التابعة لها والمنبثقة عنها، منظمة إرهابية، في خطوة هي الأشد من نوعها منذ بدء التوتر بين دول الخليج والحزب قبل سنوات.

وأعلن الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني، في بيان صدر أمس، أن القرار جاء "نظرا لاستمرار الأعمال العدائية التي تقوم بها عناصر تلك الميليشيات لتجنيد شباب دول المجلس للقيام بالأعمال الإرهابية، وتهريب الأسلحة والمتفجرات، وإثارة الفتن، والتحريض على الفوضى والعنف".

وأضاف الزياني أن ممارسات الحزب في سورية واليمن والعراق "تتنافى مع القيم والمبادئ الأخلاقية والإنسانية والقوانين الدولية، وتشكل تهديدا للأمن القومي العربي"، مؤكدا أن دول المجلس ستتخذ الإجراءات اللازمة لتنفيذ قرارها استنادا إلى قوانين مكافحة الإرهاب المعمول بها لديها.

ويأتي القرار بعد أقل من أسبوعين على إعلان المملكة العربية السعودية إيقاف المساعدات المقررة لتسليح الجيش اللبناني عن طريق فرنسا، وقيمتها ثلاثة مليارات دولار، وما تبقى من مساعدة بقيمة مليار دولار لقوى الأمن الداخلي، ردا على ما وصفته الرياض بـ "المواقف اللبنانية المناهضة" لها في المحافل العربية والدولية.

وكانت مملكة البحرين قد سبقت شقيقاتها إلى إدراج الحزب على قائمة المنظمات الإرهابية عام 2013، كما قرر وزراء خارجية المجلس في حزيران من العام نفسه اتخاذ إجراءات ضد المنتسبين إلى الحزب في إقاماتهم ومعاملاتهم المالية والتجارية، على خلفية مشاركته في القتال إلى جانب النظام السوري في القصير.

ولم يتضمن قرار المجلس أي إجراءات بحق الدولة اللبنانية أو مؤسساتها الرسمية، إذ حرص البيان على التأكيد أن دول المجلس "تقف إلى جانب الشعب اللبناني الشقيق"، وأن المستهدف هو الحزب وحده.

وفي بيروت، رأى نواب في كتلة "الوفاء للمقاومة" أن القرار "لا قيمة له" وأنه "يخدم العدو الإسرائيلي"، فيما دعا رئيس الحكومة تمام سلام إلى "عدم الانجرار إلى مزيد من التصعيد"، مشددا على حرص لبنان على أفضل العلاقات مع أشقائه الخليجيين.

وتتخوف أوساط الجالية اللبنانية في دول الخليج، التي يقدر عددها بنحو نصف مليون شخص، من أن تطال تبعات القرار أعمالها وإقاماتها، خصوصا بعد أن دعت عدة دول خليجية مواطنيها إلى عدم السفر إلى لبنان ومغادرته.

وقال موظف لبناني يعمل في شركة تجارية في حولي منذ عشرين عاما: "نحنا هون عم نشتغل وما إلنا علاقة بالسياسة، الله يبعد عنا المشاكل. الكويت بلدنا التاني وما بدنا نخسرها".""",
        [
            G("sanctions.imposed", "occurred", ["Gulf Cooperation Council", "Abdullatif bin Rashid Al Zayani"],
              ["Hezbollah"]),
            G("sanctions.imposed", "historical", ["Bahrain"], ["Hezbollah"], core=False),
            G("sanctions.imposed", "historical", ["Gulf Cooperation Council"], ["Hezbollah"], core=False),
            G("sanctions.imposed", "negated", ["Gulf Cooperation Council"], ["Lebanon"], core=False),
        ],
        not_targets=["Syria", "Yemen", "Iraq", "Saudi Arabia", "France", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-02-sana-trump-executive-order-ends-syria-sanctions-programme-2025",
        date(2025, 7, 1),
        """الرئيس الأمريكي يوقع أمرا تنفيذيا بإنهاء برنامج العقوبات على سوريا

دمشق - سانا

وقع الرئيس الأمريكي دونالد ترامب أمس الاثنين أمرا تنفيذيا يقضي بإنهاء برنامج العقوبات الأمريكية المفروضة على الجمهورية العربية السورية اعتبارا من الأول من تموز، وذلك بعد أكثر من عقدين على فرض أولى حلقاته.

وأوضح البيت الأبيض في بيان أن الأمر التنفيذي يلغي ستة أوامر تنفيذية سابقة شكلت الأساس القانوني لبرنامج العقوبات، بهدف "دعم مسار سوريا نحو الاستقرار والسلام"، فيما أعلنت وزارة الخزانة الأمريكية شطب 518 فردا وكيانا سوريا من قائمة العقوبات لديها.

ورحب وزير الخارجية والمغتربين أسعد حسن الشيباني بالقرار، وكتب في منشور على منصة "إكس" أن رفع هذا العائق الكبير أمام التعافي الاقتصادي "يفتح الباب أمام إعادة الإعمار والتنمية التي طال انتظارها، وإعادة تأهيل البنية التحتية الحيوية"، مؤكدا أن سوريا "منفتحة على العالم".

ولم يشمل القرار رفع العقوبات عن الرئيس المخلوع بشار الأسد والمقربين منه، إذ أكد البيان أن الإجراءات بحقهم وبحق المتورطين في انتهاكات حقوق الإنسان وتجارة المخدرات والأسلحة الكيميائية "ستبقى سارية"، كما يبقى قانون "قيصر" نافذا لأن إلغاءه يتطلب تصويتا في الكونغرس.

وكان الرئيس ترامب قد أعلن خلال زيارته إلى الرياض في أيار الماضي عزمه رفع العقوبات عن سوريا "لمنحها فرصة للنهوض"، قبل أن تصدر وزارة الخزانة في الشهر نفسه ترخيصا عاما يسمح بالتعاملات مع الحكومة السورية، وتعلق وزارة الخارجية تطبيق قانون قيصر لمدة 180 يوما.

وتعود العقوبات الأمريكية على سوريا إلى عام 1979 حين أدرجتها واشنطن على قائمة الدول الراعية للإرهاب، قبل أن تتوسع بموجب قانون محاسبة سوريا عام 2004، ثم بعد عام 2011، وصولا إلى قانون قيصر الذي دخل حيز التنفيذ في حزيران 2020.

ويطلب الأمر التنفيذي من وزير الخارجية ماركو روبيو مراجعة تصنيف "هيئة تحرير الشام" وإدراج سوريا على قائمة الدول الراعية للإرهاب، في خطوة اعتبرها مراقبون مؤشرا على مراجعات لاحقة.

وقال الخبير الاقتصادي الدكتور عامر شهدا لمراسل سانا إن القرار "سيسهل عودة المصارف السورية إلى نظام التحويلات الدولي، ويشجع الاستثمارات الخارجية، ويخفض تكاليف الاستيراد"، لافتا إلى أن الأثر الفعلي "يحتاج إلى أشهر حتى يلمسه المواطن".

وفي سوق الحميدية بدمشق القديمة، قال صاحب محل للأقمشة: "صار لنا سنين ما عم نقدر نحول ولا نستورد، إن شاء الله تنفرج وترجع الحركة للسوق متل أيام زمان".""",
        [
            G("sanctions.lifted", "occurred", [_US, "Donald Trump"], ["Syria"]),
            G("sanctions.suspended", "historical", [_US, "United States Department of State"], ["Syria"],
              core=False),
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            G("sanctions.lifted", "negated", [_US], ["Bashar al-Assad"], core=False),
        ],
        not_targets=["Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-03-alalam-eu-us-to-suspend-iran-sanctions-interim-deal-2014",
        date(2014, 1, 19),
        """الاتحاد الأوروبي وواشنطن يعلقان غدا جزءا من العقوبات على إيران

طهران - «العالم»

يعلق الاتحاد الأوروبي والولايات المتحدة، اعتبارا من يوم غد الاثنين، جزءا من العقوبات المفروضة على الجمهورية الإسلامية الإيرانية لمدة ستة أشهر، وذلك مع بدء تنفيذ خطة العمل المشتركة التي توصلت إليها إيران ومجموعة خمسة زائد واحد في جنيف في تشرين الثاني الماضي.

ومن المقرر أن يقر وزراء خارجية الاتحاد الأوروبي خلال اجتماعهم في بروكسل غدا تعليق الحظر على صادرات البتروكيماويات الإيرانية، والتجارة في الذهب والمعادن الثمينة، وخدمات التأمين والنقل المرتبطة بشحنات النفط، فور صدور تقرير الوكالة الدولية للطاقة الذرية الذي يؤكد وفاء طهران بالتزاماتها.

وقالت مسؤولة السياسة الخارجية في الاتحاد كاثرين آشتون، في بيان، إن الخطوة "تعكس التزام الطرفين بتنفيذ ما اتفق عليه"، فيما أعلنت وزارة الخارجية الأمريكية أنها ستصدر الإعفاءات اللازمة في اليوم نفسه، بما يسمح لإيران بالحصول على 4.2 مليار دولار من عائداتها النفطية المجمدة على دفعات.

وفي المقابل، تبدأ إيران غدا وقف تخصيب اليورانيوم بنسبة 20 بالمئة، وتخفيف مخزونها من اليورانيوم المخصب بهذه النسبة، والسماح للمفتشين بزيارات يومية لمنشأتي نطنز وفوردو.

ولا يمس التعليق العقوبات المفروضة على القطاع المصرفي الإيراني ولا الحظر النفطي الأوروبي الذي دخل حيز التنفيذ في تموز 2012، كما لم يعلق الكونغرس الأمريكي أيا من القوانين التي أقرها خلال السنوات الماضية، وفي مقدمتها العقوبات على البنك المركزي الإيراني التي أقرت أواخر عام 2011.

وأكد وزير الخارجية محمد جواد ظريف أن "الشعب الإيراني لن يقبل باتفاق لا يحترم حقوقه"، مشيرا إلى أن المفاوضات حول الاتفاق النهائي ستبدأ الشهر المقبل في فيينا، وأن أي تلكؤ من الطرف الآخر "سيقابل بالرد المناسب".

في المقابل، يواصل عدد من أعضاء مجلس الشيوخ الأمريكي الضغط لتمرير مشروع قانون يفرض عقوبات جديدة على طهران في حال فشل المفاوضات، وهو ما هدد الرئيس باراك أوباما باستخدام حق النقض ضده.

ويرى الخبير الاقتصادي حسين راغفر أن الأثر المباشر للتعليق سيكون محدودا، "لكنه يكسر الحاجز النفسي في السوق ويساعد على استقرار سعر صرف الريال".

وفي بازار طهران، قال تاجر عراقي يستورد السجاد منذ سنوات: "الأسعار نازلة شوية من جم يوم، والناس متفائلة، إن شاء الله تنحل وترتاح الناس".""",
        [
            G("sanctions.suspended", "planned", [_EU, _US, "Catherine Ashton"], ["Iran"]),
            G("sanctions.imposed", "historical", [_EU, _US], ["Iran"], core=False),
            G("sanctions.suspended", "negated", [_US], ["Iran"], core=False),
            G("agreement.signed", "historical", ["Iran"], [], core=False),
        ],
        known_alarm="a bill still to be passed that 'يفرض عقوبات … في حال فشل المفاوضات' is an occurred threat",
        not_targets=["Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-04-alayyam-security-council-2266-renews-yemen-sanctions-2016",
        date(2016, 2, 25),
        """مجلس الأمن يمدد العقوبات المفروضة على صالح وقادة الحوثيين عاما آخر

عدن - «الأيام» - خاص

مدد مجلس الأمن الدولي، مساء أمس الأربعاء، العمل بنظام العقوبات المفروضة على اليمن لمدة عام إضافي ينتهي في السادس والعشرين من فبراير 2017، بما يشمل تجميد الأصول وحظر السفر على الرئيس السابق علي عبدالله صالح وزعيم جماعة الحوثي عبدالملك الحوثي وعدد من القادة الميدانيين للجماعة.

وجاء التمديد بموجب القرار رقم 2266 الذي صوت عليه أعضاء المجلس الخمسة عشر بالإجماع، ونص كذلك على تمديد ولاية فريق الخبراء المكلف بمراقبة تنفيذ العقوبات حتى السابع والعشرين من مارس من العام المقبل، وطالب الفريق بتقديم تقرير مرحلي في منتصف مدته.

وأكد القرار أن الوضع في اليمن "لا يزال يشكل تهديدا للسلم والأمن الدوليين في المنطقة"، داعيا جميع الأطراف إلى الامتناع عن الأعمال التي تقوض العملية السياسية، وإلى تسهيل وصول المساعدات الإنسانية إلى جميع المحافظات.

وكان المجلس قد أنشأ نظام العقوبات بالقرار 2140 في فبراير 2014، قبل أن يفرض بالقرار 2216 في أبريل الماضي حظرا على توريد الأسلحة إلى صالح والحوثيين والوحدات العسكرية الموالية لهم، ويضيف نجل الرئيس السابق أحمد علي عبدالله صالح إلى القائمة.

ولم يضف القرار الجديد أي أسماء إلى قائمة المشمولين بالعقوبات، رغم مطالبات الحكومة الشرعية بإدراج قيادات حوثية أخرى تتهمها بالمسؤولية عن حصار تعز وقصف الأحياء السكنية فيها.

ورحب وزير الخارجية عبدالملك المخلافي بالقرار، وقال في تصريح صحفي إنه "رسالة واضحة للانقلابيين بأن المجتمع الدولي لا يزال يقف إلى جانب الشرعية"، داعيا إلى "آليات أكثر صرامة لضمان تنفيذ الحظر ووقف تهريب السلاح عبر المنافذ البحرية".

وتأتي الخطوة في وقت لا تزال فيه المشاورات بين الحكومة والحوثيين برعاية الأمم المتحدة متعثرة، بعد انتهاء جولة جنيف الثانية في ديسمبر الماضي من دون نتائج، وتأجيل الجولة التالية أكثر من مرة، فيما يواصل المبعوث الأممي إسماعيل ولد الشيخ أحمد جولاته بين الرياض ومسقط.

وتقول مصادر دبلوماسية إن تقرير فريق الخبراء الأخير كشف عن شبكة واسعة من الأصول يملكها صالح وأقاربه في عدة دول، تقدر قيمتها بمليارات الدولارات، وأن تتبعها وتجميدها "لا يزال بطيئا".

وفي مديرية الشيخ عثمان، قال موظف حكومي متقاعد: "العقوبات هذي على الورق، وصالح لا يزال يحارب ومعه فلوسه. الحرب علينا إحنا، لا كهرباء ولا رواتب".""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Yemen", "Ali Abdullah Saleh", "Abdul-Malik al-Houthi"]),
            G("sanctions.imposed", "historical", [_UNSC], ["Yemen", "Ali Abdullah Saleh", "Houthis"], core=False),
            G("sanctions.imposed", "negated", [_UNSC], ["Houthis"], core=False),
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-05-alintibaha-security-council-2046-threatens-two-sudans-2012",
        date(2012, 5, 3),
        """مجلس الأمن يهدد الخرطوم وجوبا بالعقوبات ما لم توقفا القتال خلال 48 ساعة

الخرطوم - «الانتباهة»

هدد مجلس الأمن الدولي، مساء أمس الأربعاء، بفرض عقوبات على السودان ودولة جنوب السودان إذا لم تلتزما بوقف الأعمال العدائية بينهما خلال ثمان وأربعين ساعة، واستئناف المفاوضات حول القضايا العالقة في غضون أسبوعين.

وتبنى المجلس بالإجماع القرار 2046 الذي أقر خريطة الطريق التي وضعها مجلس السلم والأمن الأفريقي الأسبوع الماضي، وطالب البلدين بسحب قواتهما إلى داخل حدودهما، ووقف دعم الحركات المسلحة في أراضي الطرف الآخر، والتوصل إلى اتفاق شامل حول النفط والحدود وأبيي خلال ثلاثة أشهر، متوعدا في حال عدم الامتثال باتخاذ "تدابير إضافية مناسبة" بموجب المادة 41 من ميثاق الأمم المتحدة.

كما طالب القرار الحكومة السودانية بالتفاوض مع الحركة الشعبية - قطاع الشمال على أساس الاتفاق الإطاري الموقع في أديس أبابا في يونيو من العام الماضي، الذي تنصلت منه الخرطوم بعد أيام من توقيعه.

وأبدت وزارة الخارجية تحفظات على القرار، وقال الناطق باسمها العبيد مروح إن الحكومة "ستتعامل بإيجابية مع ما يحقق مصلحة السودان"، لكنها ترفض "المساواة بين المعتدي والمعتدى عليه"، في إشارة إلى احتلال الجيش الشعبي لمنطقة هجليج الشهر الماضي قبل أن تستعيدها القوات المسلحة.

ولم يفرض القرار أي عقوبات فورية على أي من البلدين، بعد أن نجحت روسيا والصين في تخفيف الصياغة الأولى التي اقترحتها الولايات المتحدة، لتصبح العقوبات رهينة بتقرير يقدمه الأمين العام بعد انقضاء المهلة.

من جهته، رحب رئيس دولة الجنوب سلفاكير ميارديت بالقرار، وأعلن على لسان متحدث باسمه أن جوبا "ستلتزم به كاملا"، فيما أكد مراقبون في الخرطوم أن إيقاف ضخ النفط الجنوبي عبر الأراضي السودانية منذ يناير الماضي أضر بالبلدين معا.

ولا تزال المفاوضات بين البلدين برعاية لجنة الاتحاد الأفريقي رفيعة المستوى برئاسة ثابو مبيكي متعثرة منذ أشهر، بعد انهيار جولة أديس أبابا الأخيرة على خلفية رسوم عبور النفط وترسيم الحدود.

ويرى الخبير الاستراتيجي اللواء (م) محمد عباس الأمين أن القرار "يضع البلدين تحت الوصاية الدولية"، لكنه يمنح الخرطوم فرصة "لإثبات أن جوبا هي من يدعم التمرد في جنوب كردفان والنيل الأزرق".

وفي السوق العربي بالخرطوم، قال بائع أقمشة ستيني: "يا زول نحن من زمان تحت العقوبات الأمريكية، الجديد شنو؟ الحاجة الوحيدة المهمة إنو الحرب تقيف والأسعار تنزل".""",
        [
            G("sanctions.threatened", "occurred", [_UNSC], ["Sudan", "South Sudan"]),
            G("sanctions.imposed", "negated", [_UNSC], ["Sudan", "South Sudan"], core=False),
            G("agreement.signed", "historical", ["Sudan", "Sudan People's Liberation Movement–North"], [],
              core=False),
            G("agreement.signed", "stalled", ["Sudan", "South Sudan"], [], core=False),
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
        ],
        not_targets=["Russia", "China", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-06-asharqalawsat-saudi-arabia-joins-sco-dialogue-partner-2023",
        date(2023, 3, 30),
        """السعودية تنضم إلى «منظمة شنغهاي للتعاون» بصفة شريك حوار

الرياض: «الشرق الأوسط»

وافق مجلس الوزراء السعودي، في جلسته التي عقدها أمس برئاسة خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، على مذكرة بشأن منح المملكة العربية السعودية صفة "شريك حوار" في منظمة شنغهاي للتعاون، لتنضم بذلك المملكة إلى المنظمة التي تقودها الصين وروسيا.

وقال وزير الإعلام المكلف سلمان الدوسري، في بيان عقب الجلسة، إن المجلس استعرض تطورات العلاقات مع عدد من الدول، وإن الخطوة تأتي "في إطار تعزيز التعاون متعدد الأطراف مع الشركاء في آسيا، ودعم الأمن والاستقرار الإقليميين".

وتضم المنظمة، التي تأسست عام 2001، في عضويتها الكاملة الصين وروسيا والهند وباكستان وأربع دول من آسيا الوسطى، وتعنى بقضايا الأمن ومكافحة الإرهاب والتعاون الاقتصادي، ويعد وضع شريك الحوار مرحلة أولى قد تمهد لاحقا لصفة المراقب ثم العضوية الكاملة.

وكانت مصر وقطر قد حصلتا على صفة شريك الحوار في قمة سمرقند في سبتمبر الماضي، فيما يتوقع أن تصبح إيران عضوا كامل العضوية في المنظمة خلال القمة المقبلة المقررة في الهند في يوليو.

ويأتي القرار بعد أقل من ثلاثة أسابيع على توقيع المملكة وإيران في بكين اتفاقا برعاية صينية لاستئناف العلاقات الدبلوماسية بينهما وإعادة فتح السفارتين خلال شهرين، وهو الاتفاق الذي وصف بأنه نجاح لافت للدبلوماسية الصينية في المنطقة.

وأكدت مصادر سعودية لـ«الشرق الأوسط» أن صفة شريك الحوار "لا تعني عضوية في تحالف عسكري"، وأن المملكة لم تطلب الانضمام الكامل إلى المنظمة في هذه المرحلة، مشيرة إلى أن الرياض "تحرص على توازن علاقاتها مع جميع القوى الكبرى، وفي مقدمتها الولايات المتحدة التي تبقى شريكا استراتيجيا".

ويرى الباحث في الشؤون الآسيوية الدكتور محمد السديري أن الخطوة "تعكس تحولا في ثقل الاقتصاد العالمي نحو الشرق"، لافتا إلى أن الصين أصبحت الشريك التجاري الأول للمملكة، وأكبر مستورد للنفط السعودي، وأن شركة "أرامكو" أعلنت هذا الأسبوع صفقات كبرى للتكرير في الصين.

وفي أحد مقاهي حي العليا بالرياض، قال رجل أعمال يعمل في الاستيراد من الصين: "كل ما قوينا علاقاتنا مع الكل كان أحسن، الصين شريك كبير والسوق هناك ما له حدود".""",
        [
            G("alliance.joined", "occurred", ["Saudi Arabia"], ["Shanghai Cooperation Organisation"]),
            G("alliance.joined", "historical", ["Egypt", "Qatar"], ["Shanghai Cooperation Organisation"],
              core=False),
            G("alliance.joined", "planned", ["Iran"], ["Shanghai Cooperation Organisation"], core=False),
            G("agreement.signed", "historical", ["Saudi Arabia", "Iran", "China"], [], core=False),
            G("relations.restored", "historical", ["Saudi Arabia", "Iran"], [], core=False),
            G("alliance.joined", "negated", ["Saudi Arabia"], ["Shanghai Cooperation Organisation"], core=False),
        ],
        not_targets=["China", "Russia", "India", "Pakistan", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-07-sudantribune-bashir-kiir-sign-addis-cooperation-agreement-2012",
        date(2012, 9, 28),
        """البشير وسلفاكير يوقعان اتفاق التعاون في أديس أبابا ويرجئان أبيي

أديس أبابا 27 سبتمبر 2012 - وقع الرئيس السوداني عمر البشير ونظيره الجنوب سوداني سلفاكير ميارديت، الخميس، على اتفاق للتعاون بين البلدين يشمل استئناف تصدير النفط والترتيبات الأمنية على الحدود والتجارة والمصارف، بعد قمة استمرت أربعة أيام في العاصمة الإثيوبية.

وجرت مراسم التوقيع بحضور رئيس الوزراء الإثيوبي هايلي ماريام ديسالين، ورئيس الآلية الأفريقية رفيعة المستوى ثابو مبيكي، الذي قاد الوساطة بين الطرفين منذ انفصال الجنوب في يوليو من العام الماضي.

ونص الاتفاق على إنشاء منطقة حدودية منزوعة السلاح بعمق عشرة كيلومترات على جانبي الحدود، وعلى استئناف ضخ نفط الجنوب عبر خطوط الأنابيب والموانئ السودانية مقابل رسوم عبور ومعالجة اتفق عليها الطرفان في أغسطس الماضي، إلى جانب اتفاقات فرعية حول أوضاع مواطني كل دولة في الأخرى، والمعاشات، والديون الخارجية.

وقال البشير في كلمة عقب التوقيع إن الاتفاق "يوم تاريخي يطوي صفحة الحرب ويفتح صفحة للتعاون"، فيما وصفه سلفاكير بأنه "خطوة أولى نحو علاقات طبيعية بين دولتين جارتين"، مؤكدا أن شعبي البلدين "يستحقان السلام".

غير أن القمة لم تنجح في حسم ملف منطقة أبيي المتنازع عليها، ولا المناطق الحدودية الخمس المختلف حولها، وفي مقدمتها منطقة "الميل 14"، إذ رفضت الخرطوم مقترح مبيكي بإجراء استفتاء في أبيي في أكتوبر من العام المقبل، ولا تزال المفاوضات حولها متعثرة.

ويأتي الاتفاق بعد انقضاء المهلة التي حددها قرار مجلس الأمن 2046، الذي لوح في مايو الماضي بفرض عقوبات على البلدين إذا لم يتوصلا إلى اتفاق حول القضايا العالقة، في أعقاب المواجهات التي شهدتها منطقة هجليج في أبريل.

وكان الطرفان قد وقعا اتفاق السلام الشامل في نيفاشا عام 2005، منهيا أطول حرب أهلية في القارة، ومهدا الطريق لاستفتاء تقرير المصير الذي أفضى إلى قيام دولة الجنوب.

وقال مسؤول في وفد التفاوض السوداني لـ"سودان تريبيون" إن الاتفاق "لن يدخل حيز التنفيذ الكامل قبل مصادقة البرلمانين"، مرجحا أن يستغرق استئناف تدفق النفط بين ثلاثة وأربعة أشهر لأسباب فنية.

ويرى محللون أن الضغوط الاقتصادية لعبت دورا حاسما، إذ فقد البلدان الجزء الأكبر من إيراداتهما منذ أوقفت جوبا إنتاج النفط في يناير الماضي، ما أدى إلى تراجع حاد في قيمة العملتين وارتفاع معدلات التضخم.

وفي سوق كوستي، قال تاجر جملة يبيع الذرة والسكر للقادمين من الجنوب: "التجارة واقفة من سنة، والحدود مقفولة. لو فتحوها والله الناس كلها ترتاح، نحن والجنوبيين أهل".""",
        [
            G("agreement.signed", "occurred", ["Sudan", "South Sudan", "Omar al-Bashir", "Salva Kiir Mayardit"], []),
            G("agreement.signed", "stalled", ["Sudan", "South Sudan"], [], core=False),
            G("sanctions.threatened", "historical", [_UNSC], ["Sudan", "South Sudan"], core=False),
            G("agreement.signed", "historical", ["Sudan", "Sudan People's Liberation Movement"], [], core=False),
        ],
        not_targets=["Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-08-alakhbar-hamas-delegation-assad-restores-ties-2022",
        date(2022, 10, 20),
        """«حماس» في دمشق بعد عشر سنوات: الأسد يستقبل الحية

بيروت - «الأخبار»

طوت حركة "حماس" أمس صفحة القطيعة مع سوريا، بعد أن استقبل الرئيس السوري بشار الأسد في دمشق وفدا من الفصائل الفلسطينية ضم رئيس مكتب العلاقات العربية والإسلامية في الحركة خليل الحية، في أول لقاء من نوعه منذ مغادرة قيادة الحركة العاصمة السورية مطلع عام 2012.

وأعلن الحية، في مؤتمر صحافي عقب اللقاء، أن الحركة قررت "استئناف علاقتها مع سوريا الحبيبة"، واصفا اليوم بأنه "يوم مجيد ومهم"، ومؤكدا أن اللقاء كان "دافئا"، وأن الأسد أبدى "إصرارا على تقديم كل الدعم للشعب الفلسطيني ومقاومته".

وقال الحية إن الحركة "تطوي كل الأخطاء الفردية التي لم تصادق عليها قيادتها"، في إشارة إلى مواقف عدد من قادتها من الأحداث السورية، مضيفا أن "العدو الصهيوني هو الخاسر الأكبر من عودة العلاقة".

وكانت الحركة قد أصدرت في أيلول الماضي بيانا أعلنت فيه مضيها في "بناء علاقات راسخة" مع دمشق، بعد وساطة قادها حزب الله وطهران على مدى أشهر، وهو ما قابلته أوساط سورية رسمية بتحفظ في البداية.

في المقابل، لم يعلن الطرفان عن إعادة فتح مكاتب الحركة في دمشق أو عودة قياداتها المقيمة في الدوحة وإسطنبول للإقامة فيها، وقالت مصادر فلسطينية لـ"الأخبار" إن هذه الخطوة "مؤجلة إلى حين"، وإن رئيس المكتب السياسي السابق خالد مشعل "لم يكن جزءا من المسار".

ويأتي اللقاء بعد أسبوع من توقيع الفصائل الفلسطينية، ومنها حركتا فتح وحماس، على "إعلان الجزائر" للمصالحة برعاية الرئيس عبد المجيد تبون، الذي ينص على إجراء انتخابات عامة خلال عام، وإن كان مراقبون يشككون في فرص تطبيقه.

وضم الوفد الفلسطيني ممثلين عن حركة الجهاد الإسلامي والجبهة الشعبية - القيادة العامة وفصائل أخرى، وشارك في اللقاء الأمين العام للجهاد الإسلامي زياد النخالة.

ويرى مراقبون أن عودة العلاقة تعكس إعادة ترتيب "محور المقاومة" لأوراقه بعد سنوات من الخلاف، فيما تبدي دول إقليمية عدة قلقا من الخطوة، في وقت تسعى فيه عواصم عربية إلى إعادة فتح قنوات مع دمشق.

وفي مخيم اليرموك جنوب العاصمة، قال أحد سكانه العائدين إلى بيته المدمر جزئيا: "المخيم راح وأهله تشتتوا. منيح إنو تصالحوا، بس الأهم إنو الناس ترجع عبيوتها وتلاقي ميّ وكهربا".""",
        [
            G("relations.restored", "occurred", ["Hamas", "Khalil al-Hayya"], ["Syria", "Bashar al-Assad"]),
            G("relations.restored", "historical", ["Hamas"], ["Syria"], core=False),
            G("relations.restored", "negated", ["Hamas"], ["Syria"], core=False),
            G("agreement.signed", "historical", ["Fatah", "Hamas", "Algeria"], [], core=False),
        ],
        not_targets=["Qatar", "Turkey", "Israel", "Iran", "Hezbollah"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-09-adenalghad-popular-resistance-integrated-army-security-2016",
        date(2016, 2, 14),
        """بدء دمج أول دفعة من أفراد المقاومة الشعبية في الجيش والأمن بعدن

عدن - «عدن الغد» - خاص

بدأت السلطات في العاصمة المؤقتة عدن، أمس السبت، دمج الدفعة الأولى من أفراد المقاومة الشعبية في قوام وحدات الجيش الوطني والأمن، تنفيذا لتوجيهات الرئيس عبدربه منصور هادي، وذلك في معسكر بمديرية البريقة بحضور محافظ عدن اللواء عيدروس الزبيدي ومدير أمنها العميد شلال علي شائع.

وشهد الحفل عرضا عسكريا للمجندين الجدد في ساحة المعسكر، وسط إجراءات أمنية مشددة في محيطه وعلى الطرق المؤدية إليه.

وقال مصدر في اللجنة المكلفة بعملية الدمج لـ"عدن الغد" إن الدفعة الأولى تضم أكثر من ألفي مقاتل ممن شاركوا في المعارك ضد ميليشيات الحوثي وقوات صالح الصيف الماضي، وإنهم سيخضعون لدورات تدريبية قبل توزيعهم على الوحدات العسكرية والأمنية، مع صرف مرتباتهم من موازنة وزارتي الدفاع والداخلية.

وأكد الزبيدي في كلمة خلال الحفل أن دمج المقاومة "يأتي لحماية تضحيات أبطالها، ووضع حد للفوضى الأمنية وانتشار السلاح في شوارع المدينة"، داعيا بقية المقاتلين إلى "الالتحاق بالمؤسسات الرسمية بدلا من حمل السلاح خارجها".

وكان الرئيس هادي قد وجه عقب تحرير عدن في يوليو الماضي بدمج أفراد المقاومة الشعبية في المؤسستين العسكرية والأمنية، غير أن تنفيذ القرار تأخر بسبب الخلافات على الكشوفات وانعدام الموارد المالية.

ولم تشمل الدفعة الأولى عددا من الفصائل المسلحة التي لا تزال تسيطر على مواقع في مديريتي المنصورة والشيخ عثمان، وترفض تسليم أسلحتها، وهي الفصائل التي تتهمها السلطات المحلية بإيواء عناصر متطرفة والمسؤولية عن موجة الاغتيالات التي شهدتها المدينة.

وتأتي الخطوة في ظل تدهور أمني تشهده عدن منذ أشهر، كان أبرز محطاته اغتيال المحافظ السابق اللواء جعفر محمد سعد في ديسمبر الماضي بسيارة مفخخة تبناها تنظيم "داعش".

ويقول مراقبون إن نجاح عملية الدمج مرهون بانتظام صرف المرتبات، وبقدرة الحكومة على فرض سلطتها على المعسكرات، في ظل تعدد مراكز القرار وتأخر عودة عدد من الوزراء إلى المدينة.

وفي سوق الشيخ عثمان، قال شاب في العشرينيات شارك في معارك المطار: "قاتلنا ودافعنا عن عدن، وبعدين ما حد سأل فينا. إحنا نشتي رقم عسكري وراتب ثابت، ونشتي نعيش زي بقية الناس".""",
        [
            G("forces.integrated", "occurred", ["Yemen", "Abdrabbuh Mansur Hadi", "Aidarus al-Zubaidi"],
              ["Popular Resistance"]),
            G("forces.integrated", "historical", ["Yemen", "Abdrabbuh Mansur Hadi"], ["Popular Resistance"],
              core=False),
            G("forces.integrated", "negated", ["Yemen"], [], core=False),
        ],
        not_targets=["Houthis", "Islamic State"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-10-albayan-first-sudanese-troops-arrive-in-aden-2015",
        date(2015, 10, 19),
        """طلائع القوات السودانية تصل إلى عدن للمشاركة في عمليات التحالف

عدن، الخرطوم - «البيان» والوكالات

وصلت إلى ميناء عدن، أمس، أولى طلائع القوات البرية السودانية المشاركة في عمليات التحالف العربي لدعم الشرعية في اليمن، في أول انتشار لقوات سودانية على الأرض اليمنية منذ بدء العمليات في مارس الماضي.

وأفادت مصادر عسكرية في عدن بأن الدفعة الأولى تضم نحو 450 جنديا وضابطا، وصلوا على متن سفينة مع عتادهم وآلياتهم، وتوجهوا إلى معسكرات تابعة للتحالف في المدينة، حيث سيتولون في المرحلة الأولى مهام تأمين المنشآت الحيوية ومساندة القوات الحكومية والمقاومة الشعبية.

وقال المتحدث باسم الجيش السوداني العقيد الصوارمي خالد سعد، في تصريح صحفي بالخرطوم، إن القوة "جزء من التزام السودان تجاه أشقائه في التحالف، ودفاعا عن أمن المنطقة والحرمين الشريفين"، مشيرا إلى أن دفعات أخرى ستلحق بها تباعا خلال الأسابيع المقبلة.

وكانت الخرطوم قد أعلنت في أواخر مارس الماضي انضمامها إلى التحالف الذي تقوده المملكة العربية السعودية، وشاركت منذ ذلك الحين بطائرات حربية في الضربات الجوية، قبل أن يعلن الرئيس عمر البشير استعداد بلاده لإرسال قوات برية يقدر عددها بعدة آلاف.

ويأتي وصول القوات السودانية بعد نحو ثلاثة أشهر من استعادة القوات الحكومية والمقاومة الشعبية، بدعم من التحالف، السيطرة على عدن، وفي وقت تستعد فيه هذه القوات لمعارك في محافظتي تعز ومأرب.

ولم ترسل مصر، رغم مشاركتها البحرية في تأمين مضيق باب المندب، أي قوات برية إلى اليمن حتى الآن، وسط تقارير عن تحفظ القاهرة على الانخراط في حرب برية طويلة.

ويرى محللون أن المشاركة السودانية تعكس تحولا لافتا في سياسة الخرطوم الخارجية، بعد أن أغلقت في سبتمبر من العام الماضي المراكز الثقافية الإيرانية على أراضيها، وأعادت تقوية علاقاتها مع دول الخليج التي تعول على دعمها الاقتصادي في ظل أزمة ما بعد انفصال الجنوب.

وفي المقابل، انتقدت أحزاب سودانية معارضة الخطوة، معتبرة أن "الزج بأبناء السودان في حروب الآخرين" لا يخدم المصالح الوطنية، في حين رأى مؤيدون أنها تعيد للسودان مكانته في محيطه العربي.

وفي حي ديرة بدبي، قال سائق سوداني يعمل في الإمارات منذ عشر سنوات: "عندنا أولاد مشوا هناك، الله يرجعهم بالسلامة. الخليج وقف معانا كتير، ودا وقت رد الجميل".""",
        [
            G("military.presence", "occurred", ["Sudan"], ["Yemen"]),
            G("military.presence", "planned", ["Sudan"], ["Yemen"], core=False),
            G("alliance.joined", "historical", ["Sudan"], [], core=False),
            G("military.presence", "negated", ["Egypt"], ["Yemen"], core=False),
        ],
        not_targets=["Saudi Arabia", "Iran", "United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-11-maal-ncb-samba-sign-binding-merger-agreement-2020",
        date(2020, 10, 12),
        """«الأهلي» و«سامبا» يوقعان اتفاقية اندماج ملزمة لتأسيس أكبر مصرف في المملكة

الرياض - «مال» - الأسواق

وقع البنك الأهلي التجاري ومجموعة سامبا المالية، أمس الأحد، اتفاقية اندماج ملزمة، يتم بموجبها دمج المصرفين في كيان واحد تتجاوز أصوله 800 مليار ريال، ليصبح أكبر بنك في المملكة وثالث أكبر بنك في منطقة الخليج من حيث الأصول.

وأعلن المصرفان، في بيانين منفصلين على موقع السوق المالية "تداول"، أن الصفقة ستتم عبر مبادلة الأسهم، بحيث يحصل مساهمو سامبا على 0.739 سهم في البنك الأهلي مقابل كل سهم يملكونه، على أن تنتقل أصول سامبا والتزاماته بالكامل إلى الكيان الجديد وتلغى إدراج أسهمه من السوق.

وكان المصرفان قد وقعا في يونيو الماضي اتفاقية إطارية غير ملزمة، قبل أن يتفقا على تمديد فترة الفحص النافي للجهالة مرتين لاستكمال التقييمات المالية والقانونية، وسط تداعيات جائحة كورونا على القطاع.

وقال رئيس مجلس إدارة البنك الأهلي في مؤتمر عبر الهاتف مع المحللين إن الاندماج "يعزز قدرة المصرف على تمويل مشاريع رؤية المملكة 2030"، مضيفا أن الكيان الجديد سيمتلك قاعدة عملاء تتجاوز ثمانية ملايين عميل، ومحفظة تمويل عقاري هي الأكبر في السوق.

ولا تزال الصفقة بحاجة إلى موافقة مؤسسة النقد العربي السعودي والهيئة العامة للمنافسة، إضافة إلى الجمعيتين العامتين غير العاديتين لمساهمي المصرفين، ويتوقع أن تكتمل في النصف الأول من العام المقبل.

وعلى صعيد السوق، ارتفع سهم سامبا بنسبة 2.1 في المئة في تداولات الأمس، فيما استقر سهم الأهلي، وسط توقعات بأن يؤدي الاندماج إلى موجة من عمليات الاستحواذ في القطاع المصرفي الخليجي، بعد اندماج ساب والأول العام الماضي.

وفي سياق منفصل، فرضت هيئة السوق المالية غرامات على ثلاثة مستثمرين لمخالفتهم لائحة سلوكيات السوق، وأحالت شركة وساطة إلى لجنة الفصل في منازعات الأوراق المالية، كما رفعت الهيئة تعليق التداول على سهم شركة تأمين بعد إعلانها نتائجها المالية المتأخرة.

وكانت السوق السعودية قد انضمت إلى مؤشرات "فوتسي راسل" و"إم إس سي آي" للأسواق الناشئة العام الماضي، ما رفع حصة المستثمرين الأجانب في أسهم المصارف الكبرى.

وقال مستثمر أفراد يتابع السوق من إحدى قاعات التداول في حي الملز: "الدمج زين للمساهمين على المدى البعيد، بس الواحد يبي يشوف التوزيعات أول قبل لا يحكم".""",
        [],
        not_targets=["Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h72-12-hesport-wydad-champions-league-fans-ban-lifted-2022",
        date(2022, 6, 8),
        """الوداد يحتفل باللقب القاري ويتطلع إلى الثنائية.. والجامعة ترفع عقوبة الويكلو

الدار البيضاء - «هسبورت»

يعيش الوداد الرياضي على وقع الاحتفالات منذ تتويجه بلقب دوري أبطال إفريقيا للمرة الثالثة في تاريخه، على حساب الأهلي المصري بهدفين دون رد، في النهائي الذي احتضنه مركب محمد الخامس بالدار البيضاء أواخر الشهر الماضي، فيما يتطلع الفريق الأحمر إلى حسم لقب البطولة الاحترافية وتحقيق الثنائية.

وفي هذا السياق، قررت لجنة الأخلاقيات والتأديب التابعة للجامعة الملكية المغربية لكرة القدم رفع عقوبة اللعب دون جمهور التي كانت قد فرضتها على أحد أندية القسم الأول عقب أحداث الشغب التي عرفتها إحدى مبارياته، بعد استنفاد العقوبة، فيما أصدرت عقوبات مالية في حق ناديين آخرين بسبب استعمال الشهب الاصطناعية.

وعلى مستوى الانتدابات، كشفت مصادر من داخل الوداد أن إدارة النادي تتجه إلى تمديد عقد أحد أبرز لاعبي خط الوسط لثلاثة مواسم إضافية، إلى جانب التفاوض مع مهاجم إفريقي من أجل الانضمام إلى الفريق خلال فترة الانتقالات الصيفية.

كما وقع النادي اتفاقية شراكة مع إحدى شركات الاتصالات لمدة موسمين، تتكفل بموجبها الشركة بجزء من مصاريف التنقل في المنافسات الإفريقية، في خطوة وصفها المكتب المسير بأنها "دعم مهم في ظل الضائقة المالية".

وينتظر أن يدخل الفريق معسكرا إعداديا بمدينة إفران بعد نهاية الموسم، على أن يتخذ من مركز تكوين الأطر التابع للجامعة بالمعمورة قاعدة لتحضيراته قبل انطلاق الموسم الجديد.

ويواصل الرجاء الرياضي، الغريم التقليدي، بدوره ترتيب أوراقه بعد موسم مخيب، إذ أعلن مكتبه المسير انضمام مدرب جديد إلى الطاقم التقني، وتعليق التعاقدات إلى حين تسوية النزاعات المالية العالقة أمام الاتحاد الدولي.

ويتصدر الوداد ترتيب البطولة الاحترافية بفارق مريح عن أقرب ملاحقيه، ويحتاج إلى انتصار واحد في الجولات المتبقية لضمان اللقب رسميا.

وأعلنت العصبة الاحترافية أن الجولة الأخيرة ستجرى في توقيت موحد، تفاديا لأي تلاعب في النتائج، فيما طالبت أندية بتمديد الموسم لتعويض المباريات المؤجلة بسبب المشاركات القارية.

وفي مقهى بحي درب السلطان، قال أحد مشجعي الوداد: "الوداد ديما كبير، وهاد العام غادي نجيبو الدوبلي إن شاء الله. الجمهور هو اللي دار الفرق فالنهائي".""",
        [],
        not_targets=["Morocco", "Egypt"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout72_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout72_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout72_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
