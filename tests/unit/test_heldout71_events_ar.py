"""A seventy-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy held-out sets: Arabic copy of 2011-2025 as the region's papers, sites and agencies
carry it (a Gaza site close to the movement it covers, "غزة - «الرسالة نت»", with a vegetable seller
of al-Zawiya market, "شو بدها تعمل فينا أمريكا"; a Benghazi paper of the revolution's months,
"بنغازي - «قورينا»", with a shipping clerk of the port; a Turkish site in Arabic, "إسطنبول - «ترك
برس»", with an Iranian-born carpet trader of Eminönü; a Beirut news site, "بيروت - «لبنان 24»", with
"آب" and "تشرين الثاني" and a money changer of Hamra, "عالسياسيين ما بتفرق معنا"; a Sanaa site,
"صنعاء - «المصدر أونلاين»", with a coffee seller of Souq al-Milh, "نشتي نعيش"; an Abu Dhabi daily,
"أبوظبي - «الاتحاد»", in the state's register ("المملكة العربية السعودية الشقيقة") with a sailor of
Khalifa Port; a Riyadh daily, "الرياض - «الرياض»", in the court's titles ("صاحب السمو الملكي …
حفظه الله"، "دولة رئيس الوزراء"); a Jerusalem daily, "رام الله - «القدس»", with a civil servant of
al-Manara square; a Tripoli paper of the transition, "طرابلس - «ليبيا الجديدة»", with a fighter of
Souq al-Jumaa, "ما قاتلناش باش نرجعوا"; a pan-Arab daily from Islamabad, "إسلام آباد - «العربي
الجديد»", with a cloth seller of Raja Bazaar; a Kuwaiti daily's market page, "الكويت - «الأنباء» -
القسم الاقتصادي", with a retired trader, "احنا نبي شفافية"; a Khartoum sports daily, "الخرطوم -
«قوون»", with a Merrikh fan, "دايرين الإدارة تحل مشاكل القروش") and on episodes the earlier sets do
not carry as core news: the US Treasury's sanctions on what it called Hamas's secret investment
portfolio, companies in Sudan, Turkey, Algeria, Saudi Arabia and the Emirates, May 2022; the
European Union lifting its sanctions on 28 Libyan entities, six ports, the National Oil Corporation
and banks among them, September 2011; the 180-day US waivers for eight buyers of Iranian oil,
Turkey among them, on the day the second package of sanctions on Iran took effect, November 2018;
Joe Biden continuing for a year the national emergency with respect to Lebanon, July 2023; the
Security Council's Resolution 2051 threatening the spoilers of Yemen's transition with measures
under Article 41, June 2012; the United Arab Emirates joining the US-led maritime security coalition
after the Abqaiq attacks, September 2019; Saudi Arabia and Pakistan signing their Strategic Mutual
Defence Agreement in Riyadh, September 2025; Azerbaijan opening its embassy in Tel Aviv, March 2023;
Libya's transitional government adopting the plan to integrate fifty thousand revolutionaries into
the army and police, December 2011; the Pakistani army announcing a new contingent for Saudi Arabia
on a training mission, February 2018. Ten carry core events of the ten alertable types (eleven core
events), ten occurred and one planned (the Pakistani army that "سيرسل وحدة عسكرية جديدة إلى المملكة
العربية السعودية"), next to historical, negated and stalled ones; two are near misses: a Kuwaiti
market page (the bourse that "علقت … التداول" on two shares and a suspension to be "يرفع", an
"تمديدا للمهلة", the regulator's "عقوبات" on a broker and a "حظر" on an employee, a contract
"وقعت", a "تحالف" that wins a tender, two banks' "الاندماج", the bourse's "انضمام" to indices and its
"قاعدة المستثمرين") and a Khartoum football page (the federation that "رفع … الإيقاف" it had imposed on
a stadium, "عقوبات" on two clubs, a team back in Khartoum "لاستئناف تحضيراته", a striker's "انضمام",
a coach's contract "مدد", two youth teams to "دمج", a sponsorship "اتفاقية رعاية" signed, a national
team that takes a stadium "قاعدة لتحضيراته").

The decisions of the annotation, taken before any run: a Treasury that announced "فرض عقوبات على
شبكة من الشركات والأفراد تزعم أنها تدير "محفظة استثمارية سرية" لصالح حركة … حماس" imposes (core; the
United States, the Treasury and OFAC; Hamas, whose portfolio the network runs; not Sudan, Turkey,
Algeria, Saudi Arabia or the Emirates, where the companies work, nor Israel); "تقضي العقوبات بتجميد"
and the warning to foreign banks that they "قد يعرضها لإجراءات مماثلة" tell the same listing and its
reach, no second event; Hamas listed "عام 1997" and its leaders after it a historical imposition; the
Sudanese seizure of some of the companies by the dismantling committee no sanction of the monitor's
kind (no event); the reconciliation of Fatah and Hamas "متعثرة" a stalled signing. A European Union
that "رفع … العقوبات التي كان قد فرضها على 28 كيانا ليبيا" lifts (core; the Union and its Council;
Libya and the National Oil Corporation; not Britain, Italy or Germany, where the assets sit), the
Security Council's Resolution 1970 of February and the Union's widening in March historical
impositions, the Council's easing "الأسبوع الماضي" by Resolution 2009 on the central bank and the
Libyan Investment Authority a historical lifting, "لم يرفع التجميد عن أصول القذافي" a negated
lifting, the UN support mission to be set up no event of the monitor's types. A United States that
"منحت … ثماني دول بينها تركيا إعفاءات مؤقتة لمدة 180 يوما" suspends (core; the United States and
Mike Pompeo; Iran, whose oil the waivers let the eight buy; not Turkey or the seven others that get
them), and that on the same day had its second package "حيز التنفيذ" and "أعادت … فرض العقوبات على
قطاعات النفط والشحن والمصارف الإيرانية" imposes (core; the United States and the Treasury, which
listed more than 700 names; Iran); Turkey's exemptions of 2012 a historical suspension, Obama's
sanctions of that time a historical imposition and their lifting "مطلع عام 2016" a historical lifting;
"لم تمنح واشنطن أي إعفاء لشركات الطيران أو المصارف" a negated suspension; Erdoğan's "لن تلتزم" and
Halkbank's case no events. A president who "مدد … لمدة عام إضافي العمل بحالة الطوارئ الوطنية
المتعلقة بلبنان", the frame of the US sanctions, extends (core; the United States and Joe Biden;
Lebanon and Hezbollah, named in the notice); Bush's order of August 2007 a historical imposition,
the Treasury's sanctions on Gebran Bassil "في تشرين الثاني 2020" a historical imposition (not his
Free Patriotic Movement), "لم يتضمن الإشعار الجديد أي أسماء إضافية" a negated imposition, the final
agreement with the IMF "متعثرا" a stalled signing. A Security Council that "لوح … بفرض عقوبات على
الأطراف التي تعرقل عملية الانتقال السياسي في اليمن" threatens (core; the Council; Yemen and Ali
Abdullah Saleh, whom the diplomats name as its first aim; not Saudi Arabia, the Houthis or
al-Qaeda), "لم يسم القرار أي شخص بعينه" a negated imposition, Saleh's signature of the Gulf
initiative "في نوفمبر الماضي" a historical signing, the army's restructuring and unified command
"متعثرة" a stalled integration. A United Arab Emirates that "انضمت … إلى التحالف الدولي لأمن وحماية
حرية الملاحة البحرية" joins (core; the Emirates; the coalition is not in the knowledge base; not Iran
or Norway), Saudi Arabia's joining announced the day before an occurred joining of the same week
(not core), Bahrain's "في أغسطس الماضي" and the United Kingdom's and Australia's before it historical
joinings, "لم تنضم إليه حتى الآن دول أوروبية رئيسية مثل فرنسا وألمانيا" a negated joining. Saudi
Arabia and Pakistan that "وقعت … اتفاقية الدفاع الاستراتيجي المشترك" sign (core; the two states,
Mohammed bin Salman and Shehbaz Sharif; not Israel, Qatar, Hamas or India, named for the strike on
Doha and the war of May), the protocol "عام 1982" a historical signing and the Pakistani personnel it
placed a historical presence, Pakistan's joining "عام 2015" of the Islamic military coalition a
historical joining. An Azerbaijan that "افتتحت … سفارتها في تل أبيب" restores (core; Azerbaijan and
Jeyhun Bayramov; Israel), its office "ستفتح … لدى دولة فلسطين في رام الله" a planned restoration (not
core: a step of the same visit), Israel's embassy in Baku "عام 1993" a historical restoration, "لم
تستأنف سفارة أذربيجان في طهران عملها" a negated restoration, the pipeline through Georgia and Turkey
no event. A Libyan government that "أقرت … خطة لدمج نحو خمسين ألفا من الثوار … في صفوف الجيش الوطني
والشرطة" integrates forces (core; Libya and Abdurrahim El-Keib), "ولم تنضم كتائب الزنتان ومصراتة …
إلى الخطة" a negated integration, the talks on handing over the airport "متعثرة" a stalled signing,
the arms embargo "الذي فرضه مجلس الأمن … في فبراير الماضي" a historical imposition. A Pakistani army
that "سيرسل وحدة عسكرية جديدة إلى المملكة العربية السعودية" plans a presence (core; Pakistan and
Qamar Javed Bajwa; Saudi Arabia; not Iran or the United States), the 1,600 already there a
historical presence and the protocol of 1982 a historical signing, "لن تنشر خارج المملكة" and the
parliament's refusal of 2015 a negated presence in Yemen, the suspended US security aid a donor
withholding its money (no event); the Kuwaiti market page and the Khartoum football page carry no
events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit c0884d0, in a worktree whose only change was this file), in one
run: events P 0.846 R 0.818 F1 0.832 (recall 9/11, precision 11/13; occurred core found 8/10, planned
1/1; historical 18/18, negated 7/8 and stalled 4/4 kept quiet). No annotation was changed after the
run.

Missed: in ar-h71-03 "وأعادت واشنطن، بموجب الحزمة الجديدة، فرض العقوبات على قطاعات النفط والشحن
والمصارف الإيرانية، وأدرجت وزارة الخزانة أكثر من 700 شخص …" gives nothing in the article (alone, it
is an occurred imposition of the United States), and the "الحزمة الثانية من العقوبات" of the lede
that "دخلت … حيز التنفيذ" is read as a historical imposition; in ar-h71-04 "مدد الرئيس الأميركي جو بايدن
لمدة عام إضافي العمل بحالة الطوارئ الوطنية المتعلقة بلبنان، والتي تشكل الإطار القانوني للعقوبات
الأميركية على الأشخاص والجهات الذين تتهمهم واشنطن بتقويض سيادة لبنان … أو بالمساهمة في انهيار سيادة
القانون فيه" is read as a stalled extension (without its relative clause it is occurred): the
"انهيار" of the rule of law that the targets are accused of is read as talks that broke down; in
ar-h71-09 "أقرت الحكومة الليبية الانتقالية … خطة لدمج نحو خمسين ألفا من الثوار" is read as a planned
integration (counted as found by the scorer, which only asks for alertable; a plan adopted with its
registration to begin "في مطلع العام الجديد" can be read either way, and the annotation stands).

False alarms: in ar-h71-05 "وهي المادة التي تتيح فرض عقوبات اقتصادية وحظر سفر وتجميد أصول", what
Article 41 allows, is read as a planned imposition of the Council (with Yemen and the United Nations
as actors) after the threat of the lede; it matches the negated imposition ("لم يسم القرار أي شخص").
Unexpected alert: in ar-h71-03 the carpet trader's "كل سنة عقوبات جديدة" (a passer-by's quoted
speech) is an occurred imposition with Turkey, and the United States, for actors.

Seen but not scored: in ar-h71-01 the imposition of the lede has no target and "كما وضعت عددا من
قادتها، بينهم … إسماعيل هنية، على قوائم العقوبات في سنوات لاحقة" is an occurred imposition on Hamas
and Haniyeh (counted as a hit through the lede's gold event); in ar-h71-02 the lifting has Libya
only (the National Oil Corporation and the banks are not taken); in ar-h71-05 the threat has no
target; in ar-h71-06 Saudi Arabia's joining "بعد يوم" is read stalled; in ar-h71-07 the signing has
no leaders; in ar-h71-08 the restoration has no target and "بعد أكثر من ثلاثة عقود على إقامة
العلاقات الدبلوماسية" is an occurred restoration of Israel (counted as a hit), while Israel's embassy
of 1993 comes out with Iran beside Israel and the planned office in Ramallah and the negated embassy
in Tehran give nothing. Strict xfails on four articles; do not tune lexicons on these articles.

After the fixes of 2026-12-06: P 1.000 R 1.000 F1 1.000 (recall 11/11, precision 13/13; occurred
core found 10/10, planned 1/1; historical 18/18, negated 8/8 and stalled 4/4 kept quiet). Fixed,
with rule sentences in ``tests/unit/test_heldout71_rules_ar.py``: the collapse of a state of affairs
right after "انهيار" ("انهيار الاقتصاد", "انهيار العملة", "انهيار سيادة القانون"), what sanctioned
people are blamed for, is no stall cue (talks that "تعثرت … بعد انهيار الهدنة" still stall); a later
measure of a list that a text allows ("الفصل الذي يتيح فرض عقوبات اقتصادية وحظر سفر وتجميد أصول") is
no act, as its first measure was not (a framework adopted now that allows a freeze still imposes);
a passer-by described at length before the quotation ("قال تاجر أقمشة دمشقي يعمل في المحل نفسه منذ
ثلاثين عاما:") is still a vox pop, which alerts nothing (a minister quoted after a long title still
alerts); a date inside a record's "منذ" ("في أوسع إجراء من نوعه منذ انسحاب … في مايو الماضي")
measures the news and does not date it (a date before the act still does). Left as a strict xfail:
ar-h71-09, whose "أقرت … خطة لدمج" comes out planned, not occurred (a plan adopted, with the
registration to begin at the new year: the planned reading is defensible, and the annotation stands;
the scorer counts it found). Wrong parties left, not counted by the scorer: ar-h71-01's lede
imposition has no target and "كما وضعت … على قوائم العقوبات في سنوات لاحقة" is still occurred;
ar-h71-02's lifting has Libya only; ar-h71-03's imposition takes "والمصارف الإيرانية" as its target,
not Iran, and the lede's "الحزمة الثانية" is still historical; ar-h71-05's threat has no target; ar-h71-06's Saudi joining is stalled;
ar-h71-08's restoration has no target and "على إقامة العلاقات الدبلوماسية" is still occurred.

``python -m tests.unit.test_heldout71_events_ar`` prints every article's alerts and the set's
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
_OFAC = "Office of Foreign Assets Control"
_EU = "European Union"
_UNSC = "United Nations Security Council"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-01-alresalah-treasury-sanctions-hamas-investment-portfolio-2022",
        date(2022, 5, 25),
        """عقوبات أمريكية جديدة تطال شركات في أربع دول بزعم إدارتها "محفظة استثمارية" لحماس

غزة - «الرسالة نت»

أعلنت وزارة الخزانة الأمريكية، مساء الثلاثاء، فرض عقوبات على شبكة من الشركات والأفراد تزعم أنها تدير "محفظة استثمارية سرية" لصالح حركة المقاومة الإسلامية حماس، تقدر قيمتها بنحو 500 مليون دولار، في خطوة وصفتها الحركة بأنها "استمرار للانحياز الأمريكي الأعمى للاحتلال".

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان نشره على موقعه، إن الشبكة تضم شركات تعمل في قطاعات العقارات والإنشاءات والتعدين في السودان وتركيا والجزائر والسعودية والإمارات، إضافة إلى عدد من رجال الأعمال الذين قال إنهم "يديرون هذه الأصول بعيدا عن أعين الرقابة المالية".

ووفق البيان، تقضي العقوبات بتجميد جميع ممتلكات المدرجين ومصالحهم الخاضعة للولاية القضائية الأمريكية، ويحظر على المواطنين والمؤسسات الأمريكية التعامل معهم، فيما حذرت الوزارة المصارف الأجنبية من أن تسهيل معاملات لصالحهم قد يعرضها لإجراءات مماثلة.

وجاء الإعلان بعد نحو عام من العدوان الإسرائيلي على قطاع غزة في مايو 2021، الذي استمر أحد عشر يوما، وقالت الخزانة إن الحركة "حولت جزءا من عائدات هذه الاستثمارات لتمويل أنشطتها العسكرية خلال تلك المواجهة".

من جهتها، قالت حماس في بيان صحفي إن القرار "لن يؤثر على مواقف الحركة ولا على التفاف شعبنا حول خيار المقاومة"، معتبرة أن الإدارة الأمريكية "تلاحق لقمة عيش الفلسطينيين بدلا من محاسبة الاحتلال على جرائمه".

ويذكر أن الولايات المتحدة أدرجت حماس على قائمتها للمنظمات الإرهابية الأجنبية عام 1997، كما وضعت عددا من قادتها، بينهم رئيس مكتبها السياسي إسماعيل هنية، على قوائم العقوبات في سنوات لاحقة.

ولم تصدر الحكومة التركية أي تعليق رسمي على إدراج شركات تعمل على أراضيها، في حين قال مصدر في وزارة المالية السودانية إن الخرطوم كانت قد وضعت يدها على عدد من الشركات المذكورة العام الماضي ضمن إجراءات لجنة تفكيك نظام البشير.

ويرى الباحث في الشأن الاقتصادي ماهر الطباع أن العقوبات "تحمل طابعا سياسيا أكثر منه اقتصاديا"، موضحا أن الحصار المفروض على القطاع منذ خمسة عشر عاما جعل الاقتصاد المحلي معزولا أصلا عن النظام المالي الدولي.

وتأتي الخطوة في وقت لا تزال فيه جهود المصالحة بين حركتي فتح وحماس برعاية مصرية متعثرة، بعد تأجيل الانتخابات التشريعية والرئاسية التي كانت مقررة العام الماضي.

وفي سوق الزاوية وسط مدينة غزة، قال بائع خضار أربعيني: "إحنا أصلا محاصرين من سنين، شو بدها تعمل فينا أمريكا أكثر من هيك؟ الناس مش لاقية تشتري كيلو بندورة".""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY, _OFAC], ["Hamas"]),
            G("sanctions.imposed", "historical", [_US], ["Hamas", "Ismail Haniyeh"], core=False),
            G("agreement.signed", "stalled", ["Fatah", "Hamas", "Egypt"], [], core=False),
        ],
        not_targets=["Turkey", "Sudan", "Algeria", "Saudi Arabia", "United Arab Emirates", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-02-quryna-eu-lifts-sanctions-libyan-ports-oil-firms-2011",
        date(2011, 9, 23),
        """الاتحاد الأوروبي يرفع العقوبات عن موانئ ليبية وشركات نفط ومصارف

بنغازي - «قورينا»

رفع الاتحاد الأوروبي، أمس الخميس، العقوبات التي كان قد فرضها على 28 كيانا ليبيا، بينها ستة موانئ وعدد من شركات النفط والمصارف، في خطوة قال إنها تهدف إلى "دعم إعادة إطلاق الاقتصاد الليبي" ومساعدة المجلس الوطني الانتقالي على تأمين الموارد اللازمة لإدارة مرحلة ما بعد القذافي.

وأوضح المجلس الأوروبي، في بيان صدر في بروكسل، أن القرار يشمل موانئ طرابلس والزاوية ورأس لانوف والبريقة وطبرق وزوارة، إلى جانب المؤسسة الوطنية للنفط وعدد من الشركات التابعة لها، ومصرف الجمهورية والمصرف التجاري الوطني، مشيرا إلى أن الأموال المفرج عنها "يجب أن تستخدم لصالح الشعب الليبي".

ورحب مسؤول في المكتب التنفيذي للمجلس الانتقالي بالخطوة، وقال لـ"قورينا" إنها "ستسمح باستئناف تصدير النفط بشكل طبيعي خلال الأسابيع المقبلة، وتوفير السيولة التي تحتاجها المصارف لصرف رواتب الموظفين المتأخرة منذ أشهر".

وكان مجلس الأمن الدولي قد أصدر في فبراير الماضي القرار 1970 الذي فرض حظرا على توريد الأسلحة إلى ليبيا وجمد أصول معمر القذافي وأفراد من عائلته، قبل أن يوسع الاتحاد الأوروبي العقوبات في مارس لتشمل المؤسسة الوطنية للنفط والمصرف المركزي وعشرات الكيانات الأخرى.

وخفف مجلس الأمن الأسبوع الماضي، بموجب القرار 2009، جانبا من التجميد المفروض على المصرف المركزي الليبي والمؤسسة الليبية للاستثمار، كما قرر إنشاء بعثة للأمم المتحدة للدعم في ليبيا لمدة ثلاثة أشهر.

غير أن القرار الأوروبي لم يرفع التجميد عن أصول القذافي وأبنائه والمقربين منه، الذين لا يزالون مدرجين على القوائم، ولا يزال مكان العقيد الفار مجهولا حتى الآن، فيما تتواصل المعارك في سرت وبني وليد.

ويقدر خبراء ماليون حجم الأصول الليبية المجمدة في المصارف الأوروبية بعشرات المليارات من الدولارات، يتركز جزء كبير منها في بريطانيا وإيطاليا وألمانيا، وهي الدول التي أعلنت في وقت سابق استعدادها للإفراج عن أجزاء منها بالتنسيق مع المجلس.

وفي ميناء بنغازي، قال أحد العاملين في شركة للشحن البحري: "السفن كانت واقفة من شهور، والتجار خسروا كثير. إن شاء الله ترجع الحركة وترجع البلاد تتنفس، الناس تعبت من الطوابير على البنزين والخبز".

ويطالب المجلس الانتقالي الدول الغربية بتسريع الإفراج عن بقية الأموال، في وقت يستعد فيه رئيس المكتب التنفيذي محمود جبريل لتشكيل حكومة جديدة بعد تحرير كامل التراب الليبي.""",
        [
            G("sanctions.lifted", "occurred", [_EU, "Council of the European Union"],
              ["Libya", "National Oil Corporation"]),
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["National Oil Corporation", "Central Bank of Libya",
                                                        "Libya"], core=False),
            G("sanctions.lifted", "historical", [_UNSC], ["Central Bank of Libya",
                                                          "Libyan Investment Authority", "Libya"], core=False),
            G("sanctions.lifted", "negated", [_EU], ["Muammar Gaddafi"], core=False),
        ],
        not_targets=["United Kingdom", "Italy", "Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-03-turkpress-us-oil-waivers-turkey-iran-sanctions-2018",
        date(2018, 11, 6),
        """تركيا بين ثماني دول تحصل على إعفاء مؤقت من العقوبات الأمريكية على النفط الإيراني

إسطنبول - «ترك برس»

منحت الولايات المتحدة، أمس الاثنين، ثماني دول بينها تركيا إعفاءات مؤقتة لمدة 180 يوما تسمح لها بمواصلة استيراد النفط الإيراني، وذلك في اليوم نفسه الذي دخلت فيه الحزمة الثانية من العقوبات الأمريكية على طهران حيز التنفيذ.

وقال وزير الخارجية الأمريكي مايك بومبيو، في مؤتمر صحفي بواشنطن، إن الإعفاءات شملت إلى جانب تركيا كلا من الصين والهند واليابان وكوريا الجنوبية وتايوان وإيطاليا واليونان، مشترطا أن تواصل هذه الدول خفض مشترياتها تدريجيا "وصولا إلى الصفر"، وأن تودع مدفوعاتها في حسابات مقيدة لا يمكن لإيران التصرف بها إلا لشراء السلع الإنسانية.

وأعادت واشنطن، بموجب الحزمة الجديدة، فرض العقوبات على قطاعات النفط والشحن والمصارف الإيرانية، وأدرجت وزارة الخزانة أكثر من 700 شخص وكيان وسفينة وطائرة على قائمتها السوداء، في أوسع إجراء من نوعه منذ انسحاب الرئيس دونالد ترامب من الاتفاق النووي في مايو الماضي.

ورحب وزير الطاقة والموارد الطبيعية التركي فاتح دونماز بالقرار، وقال في تصريح لوكالة الأناضول إن أنقرة "أجرت مباحثات مكثفة مع الجانب الأمريكي طوال الأشهر الماضية، وأوضحت أن أمن الطاقة في تركيا لا يمكن أن يرتهن لقرارات أحادية".

وكان الرئيس رجب طيب أردوغان قد أكد في أكثر من مناسبة أن بلاده "لن تلتزم" بالعقوبات الأمريكية على جارتها، معتبرا أنها "تخل بالتوازن العالمي"، فيما تستورد تركيا قرابة نصف احتياجاتها من النفط الخام من إيران.

وتعيد الإعفاءات الحالية إلى الأذهان الاستثناءات التي حصلت عليها تركيا عام 2012 من العقوبات التي فرضتها إدارة الرئيس الأسبق باراك أوباما على النفط الإيراني آنذاك، قبل أن ترفع تلك العقوبات مع بدء تطبيق الاتفاق النووي مطلع عام 2016.

ولم تمنح واشنطن أي إعفاء لشركات الطيران أو المصارف التي تتعامل مع طهران، وهو ما يضع بنك "خلق" الحكومي مجددا تحت الأضواء، بعد أن أدانت محكمة في نيويورك مطلع العام الجاري نائب مديره العام السابق محمد هاكان أتيلا بتهمة المساعدة في الالتفاف على العقوبات.

ويرى الخبير الاقتصادي التركي مصطفى صونمز أن مهلة الأشهر الستة "تمنح المصافي التركية، وعلى رأسها توبراش، وقتا كافيا لتنويع مصادرها"، مرجحا أن تتجه أنقرة إلى زيادة وارداتها من العراق وروسيا.

وفي بازار أمين أونو بإسطنبول، قال تاجر سجاد إيراني الأصل يقيم في المدينة منذ عشرين عاما: "كل سنة عقوبات جديدة، والتاجر الصغير هو اللي يدفع الثمن. الحمد لله أن تركيا ما سكرت الباب".""",
        [
            G("sanctions.suspended", "occurred", [_US, "Mike Pompeo"], ["Iran"]),
            G("sanctions.imposed", "occurred", [_US, _TREASURY], ["Iran"]),
            G("sanctions.suspended", "historical", [_US], ["Iran"], core=False),
            G("sanctions.imposed", "historical", [_US, "Barack Obama"], ["Iran"], core=False),
            G("sanctions.lifted", "historical", [_US], ["Iran"], core=False),
            G("sanctions.suspended", "negated", [_US], ["Iran"], core=False),
        ],
        not_targets=["Turkey", "China", "India", "Japan", "South Korea", "Taiwan", "Italy", "Greece", "Russia",
                     "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-04-lebanon24-biden-renews-lebanon-national-emergency-2023",
        date(2023, 7, 29),
        """بايدن يمدد "حالة الطوارئ الوطنية" المتعلقة بلبنان عاما إضافيا

بيروت - «لبنان 24»

مدد الرئيس الأميركي جو بايدن لمدة عام إضافي العمل بحالة الطوارئ الوطنية المتعلقة بلبنان، والتي تشكل الإطار القانوني للعقوبات الأميركية على الأشخاص والجهات الذين تتهمهم واشنطن بتقويض سيادة لبنان ومؤسساته الديموقراطية أو بالمساهمة في انهيار سيادة القانون فيه.

وجاء في الإشعار الذي وجهه البيت الأبيض إلى الكونغرس، أمس الجمعة، أن "بعض الأنشطة، ومنها استمرار تهريب الأسلحة إلى حزب الله، لا تزال تشكل تهديدا غير عادي واستثنائيا للأمن القومي والسياسة الخارجية للولايات المتحدة"، وأن الإجراءات المتخذة بموجب هذه الحالة "يجب أن تبقى سارية" بعد الأول من آب المقبل.

وتعود حالة الطوارئ إلى الأمر التنفيذي رقم 13441 الذي أصدره الرئيس الأسبق جورج بوش الابن في آب 2007، في ذروة الانقسام السياسي الذي أعقب حرب تموز، ويجري تجديدها سنويا منذ ذلك الحين.

واستندت وزارة الخزانة الأميركية إلى هذا الإطار، إلى جانب قوانين مكافحة الإرهاب والفساد، في فرض عقوبات على رئيس التيار الوطني الحر النائب جبران باسيل في تشرين الثاني 2020، بتهمة الفساد، وهو ما رفضه باسيل ووصفه بأنه "ظلم سياسي".

ولم يتضمن الإشعار الجديد أي أسماء إضافية، إذ يقتصر التجديد عادة على إبقاء الصلاحيات القانونية قائمة، على أن تصدر أي تصنيفات جديدة عن وزارة الخزانة في قرارات منفصلة.

ويأتي التمديد في ظل شغور رئاسي مستمر منذ نهاية ولاية الرئيس ميشال عون في تشرين الأول الماضي، وعجز مجلس النواب عن انتخاب رئيس جديد بعد اثنتي عشرة جلسة، فيما تلوح في الأفق أزمة جديدة مع قرب انتهاء ولاية حاكم مصرف لبنان رياض سلامة نهاية الشهر الجاري.

وفي الملف الاقتصادي، لا يزال الاتفاق النهائي مع صندوق النقد الدولي متعثرا، بعد أكثر من عام على توقيع اتفاق على مستوى الموظفين في نيسان 2022، بسبب عدم إقرار الإصلاحات المطلوبة، وفي مقدمتها قانون إعادة هيكلة المصارف.

وقال مصدر نيابي لـ"لبنان 24" إن "التجديد إجراء روتيني لا يحمل رسائل جديدة بحد ذاته، لكن توقيته، مع الفراغ في الرئاسة والحاكمية، يذكر الجميع بأن سيف العقوبات لا يزال مسلطا".

وفي شارع الحمرا، قال صاحب محل صرافة: "العقوبات عالسياسيين ما بتفرق معنا كتير، نحنا عايشين على الدولار من زمان. المهم يصير في رئيس وتمشي البلد".""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Lebanon", "Hezbollah"]),
            G("sanctions.imposed", "historical", [_US, "George W. Bush"], ["Lebanon"], core=False),
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Gebran Bassil"], core=False),
            G("sanctions.imposed", "negated", [_US], ["Lebanon"], core=False),
            G("agreement.signed", "stalled", ["Lebanon", "International Monetary Fund"], [], core=False),
        ],
        not_targets=["Free Patriotic Movement"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-05-almasdaronline-security-council-2051-yemen-threat-2012",
        date(2012, 6, 13),
        """مجلس الأمن يلوح بعقوبات ضد معرقلي التسوية في اليمن

صنعاء - «المصدر أونلاين»

لوح مجلس الأمن الدولي، مساء الثلاثاء، بفرض عقوبات على الأطراف التي تعرقل عملية الانتقال السياسي في اليمن، وذلك في قرار تبناه بالإجماع يحمل الرقم 2051، ويؤكد دعم المجلس الكامل للرئيس عبدربه منصور هادي وحكومة الوفاق الوطني.

وأعرب المجلس في القرار عن "استعداده للنظر في اتخاذ مزيد من التدابير، بما في ذلك التدابير المنصوص عليها في المادة 41 من ميثاق الأمم المتحدة"، في حال استمرت الأعمال الرامية إلى تقويض حكومة الوحدة الوطنية والعملية الانتقالية، وهي المادة التي تتيح فرض عقوبات اقتصادية وحظر سفر وتجميد أصول.

ولم يسم القرار أي شخص بعينه، لكن دبلوماسيين في نيويورك قالوا إن المقصود بالدرجة الأولى هو الرئيس السابق علي عبدالله صالح وأقاربه الذين لا يزالون يمسكون بقيادة وحدات عسكرية وأمنية مهمة، إلى جانب أطراف أخرى بينها جماعة الحوثي والحراك الجنوبي.

وكان صالح قد وقع في الرياض في نوفمبر الماضي على المبادرة الخليجية وآليتها التنفيذية، التي نقل بموجبها صلاحياته إلى نائبه هادي مقابل منحه حصانة من الملاحقة القضائية، قبل أن ينتخب هادي رئيسا توافقيا في فبراير الماضي.

ورحب المبعوث الأممي إلى اليمن جمال بنعمر بالقرار، وقال في إحاطة للصحفيين إن "رسالة المجتمع الدولي واضحة: لن يسمح لأحد بعرقلة الانتقال"، داعيا جميع الأطراف إلى الانخراط في التحضير لمؤتمر الحوار الوطني الشامل.

ويأتي القرار في وقت لا تزال فيه إعادة هيكلة الجيش وتوحيد قيادته، التي نصت عليها المبادرة الخليجية، متعثرة، بعد رفض عدد من القادة المحسوبين على صالح تنفيذ قرارات هادي بتغييرهم خلال الأشهر الماضية، وهو ما أدى إلى توترات في صنعاء وعدد من المحافظات.

وقالت مصادر في حزب المؤتمر الشعبي العام لـ"المصدر أونلاين" إن الحزب "لا يشعر بأنه مستهدف بالقرار"، معتبرة أنه "يدعم التسوية التي كان المؤتمر شريكا أساسيا فيها"، فيما وصف ناشطون في ساحة التغيير القرار بأنه "أقل مما يستحقه من قتل المتظاهرين".

وفي الوقت ذاته، تتواصل المعارك بين الجيش واللجان الشعبية من جهة ومسلحي تنظيم القاعدة من جهة أخرى في محافظة أبين، حيث أعلنت وزارة الدفاع استعادة مدينتي جعار وزنجبار بعد أسابيع من القتال.

وفي سوق الملح بصنعاء القديمة، قال بائع بن: "العالم كله يتكلم عن اليمن، بس الكهرباء طافية والديزل ما حصلناه. نشتي نعيش مثل الناس، والباقي كلام سياسة".""",
        [
            G("sanctions.threatened", "occurred", [_UNSC], ["Yemen", "Ali Abdullah Saleh"]),
            G("sanctions.imposed", "negated", [_UNSC], ["Ali Abdullah Saleh", "Yemen"], core=False),
            G("agreement.signed", "historical", ["Ali Abdullah Saleh", "Gulf Cooperation Council"], ["Yemen"],
              core=False),
            G("forces.integrated", "stalled", ["Yemen", "Abdrabbuh Mansur Hadi"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Houthis", "al-Qaeda"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-06-alittihad-uae-joins-international-maritime-security-construct-2019",
        date(2019, 9, 20),
        """الإمارات تنضم إلى التحالف الدولي لأمن الملاحة البحرية

أبوظبي - «الاتحاد»

انضمت دولة الإمارات العربية المتحدة، أمس، إلى التحالف الدولي لأمن وحماية حرية الملاحة البحرية وضمان سلامة الممرات البحرية، الذي تقوده الولايات المتحدة الأمريكية، وذلك دعما للجهود الإقليمية والدولية الرامية إلى ردع التهديدات التي تتعرض لها حركة التجارة العالمية.

وقال سالم الزعابي، مدير إدارة التعاون الأمني الدولي في وزارة الخارجية والتعاون الدولي، في تصريح لوكالة أنباء الإمارات "وام"، إن انضمام الدولة يأتي "في ضوء الهجمات التي استهدفت منشآت نفطية في المملكة العربية السعودية الشقيقة، ودعما لجهود حماية أمن الطاقة العالمي، وضمان استمرار تدفق إمدادات الطاقة إلى الاقتصاد العالمي".

وأضاف أن دولة الإمارات "تؤمن بأهمية العمل الجماعي في مواجهة التحديات الأمنية"، مشيرا إلى أن التحالف يهدف إلى تأمين الملاحة في مضيق هرمز وباب المندب وبحر عمان والخليج العربي.

وتأتي الخطوة بعد يوم من إعلان المملكة العربية السعودية انضمامها إلى التحالف، إثر الهجمات التي تعرضت لها منشأتا بقيق وخريص التابعتان لشركة أرامكو السعودية، السبت الماضي، والتي أدت إلى توقف نحو نصف إنتاج المملكة من النفط مؤقتا.

وكانت مملكة البحرين قد أعلنت في أغسطس الماضي انضمامها إلى التحالف، الذي تستضيف قيادته على أراضيها، كما سبقتها إلى ذلك المملكة المتحدة وأستراليا، فيما لم تنضم إليه حتى الآن دول أوروبية رئيسية مثل فرنسا وألمانيا، التي تفضل العمل على إطلاق مهمة أوروبية منفصلة للمراقبة البحرية.

وتعرضت أربع سفن تجارية، بينها ناقلتا نفط سعوديتان، لعمليات تخريب قبالة ميناء الفجيرة في مايو الماضي، في حادثة خلص تحقيق شاركت فيه الإمارات والسعودية والنرويج إلى أنها نفذت على الأرجح من قبل "جهة حكومية"، من دون تسميتها.

ورحبت وزارة الخارجية الأمريكية بانضمام الإمارات، وقالت في بيان إن "مشاركة شركائنا في الخليج تعزز قدرتنا الجماعية على ردع السلوك الإيراني المزعزع للاستقرار"، في حين نفت طهران أي مسؤولية عن هجمات بقيق وخريص، ووصفت التحالف بأنه "مصدر لانعدام الأمن في المنطقة".

وأكد مراقبون أن انضمام الدولة يعكس حرصها على تعزيز الأمن البحري في المنطقة، خاصة أن موانئها، ومنها ميناء جبل علي، تعد من أهم محطات التجارة العالمية.

وقال بحار يعمل على متن سفينة شحن راسية في ميناء خليفة: "كل ما زاد التنسيق، كان أحسن لنا. البحر رزقنا، ونبغي نطلع ونرجع بالسلامة".""",
        [
            G("alliance.joined", "occurred", ["United Arab Emirates"], []),
            G("alliance.joined", "occurred", ["Saudi Arabia"], [], core=False),
            G("alliance.joined", "historical", ["Bahrain", "United Kingdom", "Australia"], [], core=False),
            G("alliance.joined", "negated", ["France", "Germany"], [], core=False),
        ],
        not_targets=["Iran", "Norway"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-07-alriyadh-saudi-pakistan-strategic-mutual-defence-agreement-2025",
        date(2025, 9, 18),
        """المملكة وباكستان توقعان اتفاقية دفاع استراتيجي مشترك

الرياض - «الرياض»

وقعت المملكة العربية السعودية وجمهورية باكستان الإسلامية، أمس الأربعاء، اتفاقية الدفاع الاستراتيجي المشترك، وذلك في قصر اليمامة بالرياض، بحضور صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء - حفظه الله -، ودولة رئيس وزراء باكستان محمد شهباز شريف.

ونص البيان المشترك الصادر عن البلدين على أن الاتفاقية تأتي "في إطار سعي البلدين لتعزيز أمنهما وتحقيق الأمن والسلام في المنطقة والعالم"، وأنها تهدف إلى تطوير جوانب التعاون الدفاعي بين البلدين، وتعزيز الردع المشترك ضد أي اعتداء، مؤكدا أن "أي اعتداء على أي من البلدين هو اعتداء على كليهما".

وكان سمو ولي العهد قد استقبل دولة رئيس الوزراء الباكستاني والوفد المرافق له في قصر اليمامة، حيث جرت مراسم استقبال رسمية، وعقدت جلسة مباحثات استعرض خلالها الجانبان العلاقات التاريخية بين البلدين، وأوجه التعاون الثنائي، ومستجدات الأوضاع الإقليمية والدولية.

وحضر مراسم التوقيع من الجانب السعودي صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، ومن الجانب الباكستاني المشير عاصم منير قائد الجيش، إلى جانب عدد من الوزراء وكبار المسؤولين في البلدين.

وتمتد العلاقات الدفاعية بين البلدين لعقود، إذ وقعت المملكة وباكستان عام 1982 بروتوكولا للتعاون العسكري ينظم وجود أفراد من القوات المسلحة الباكستانية في المملكة لأغراض التدريب والاستشارات، كما انضمت باكستان عام 2015 إلى التحالف الإسلامي العسكري لمحاربة الإرهاب الذي أعلنت المملكة تأسيسه، ويقوده منذ عام 2017 قائد الجيش الباكستاني الأسبق الفريق أول راحيل شريف.

وقال مسؤول سعودي رفيع، في تصريح لوكالة رويترز، إن الاتفاقية "تتويج لمباحثات استمرت سنوات، وليست ردا على أحداث بعينها"، مضيفا أنها "اتفاقية دفاعية شاملة تتضمن جميع الوسائل العسكرية"، فيما لم يتطرق البيان المشترك إلى تفاصيل آليات تنفيذها.

وتأتي الاتفاقية بعد أيام من الهجوم الإسرائيلي على الدوحة، الذي استهدف قيادات من حركة حماس، وأثار موجة إدانات عربية وإسلامية واسعة، وبعد أشهر من المواجهة العسكرية القصيرة بين باكستان والهند في مايو الماضي.

ويرى المحلل السياسي الدكتور عبدالله العساف أن الاتفاقية "تنقل العلاقة من مستوى التعاون إلى مستوى التحالف"، مشيرا إلى أن "البلدين يتشاركان رؤية واحدة تجاه أمن المنطقة، والمملكة تنوع شراكاتها الدفاعية بما يخدم مصالحها".

وفي أحد مقاهي حي العليا، قال مقيم باكستاني يعمل في الرياض منذ خمسة عشر عاما: "السعودية بلدنا الثاني، والحمد لله الحين صرنا رسميا إخوان في السلم والحرب".""",
        [
            G("agreement.signed", "occurred", ["Saudi Arabia", "Pakistan", "Mohammed bin Salman", "Shehbaz Sharif"],
              []),
            G("agreement.signed", "historical", ["Saudi Arabia", "Pakistan"], [], core=False),
            G("military.presence", "historical", ["Pakistan"], ["Saudi Arabia"], core=False),
            G("alliance.joined", "historical", ["Pakistan"], ["Islamic Military Counter Terrorism Coalition"],
              core=False),
        ],
        not_targets=["Israel", "Qatar", "India", "Hamas"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-08-alquds-azerbaijan-opens-embassy-in-israel-2023",
        date(2023, 3, 30),
        """أذربيجان تفتتح سفارتها في تل أبيب وتعد بمكتب تمثيلي في رام الله

رام الله - «القدس»

افتتحت أذربيجان، أمس الأربعاء، سفارتها في تل أبيب، لتصبح أول دولة ذات أغلبية شيعية تفتح سفارة لدى إسرائيل، بعد أكثر من ثلاثة عقود على إقامة العلاقات الدبلوماسية بين البلدين.

وشارك في مراسم الافتتاح وزير الخارجية الأذربيجاني جيهون بيرموف، الذي يقوم بأول زيارة رسمية لوزير خارجية أذربيجاني إلى إسرائيل، ووزير الخارجية الإسرائيلي إيلي كوهين، الذي وصف الخطوة بأنها "تاريخية"، وقال إن البلدين "يقفان معا في مواجهة التهديد الإيراني".

وكان البرلمان الأذربيجاني قد صادق في تشرين الثاني الماضي على قرار فتح السفارة، بعد سنوات طويلة اكتفت فيها باكو بمكتب للسياحة وآخر للتجارة في إسرائيل، تجنبا لإغضاب جارتها إيران والدول الإسلامية، في حين افتتحت إسرائيل سفارتها في باكو عام 1993، بعد عام من اعتراف البلدين المتبادل.

وأعلن بيرموف أن بلاده ستفتح مكتبا تمثيليا لها لدى دولة فلسطين في رام الله، وزار الأربعاء مدينة رام الله حيث التقى وزير الخارجية والمغتربين رياض المالكي، مؤكدا أن موقف أذربيجان "ثابت في دعم حل الدولتين وإقامة دولة فلسطينية مستقلة".

في المقابل، أدانت وزارة الخارجية الفلسطينية في بيانات سابقة أي خطوات دبلوماسية "تمنح الاحتلال شرعية"، فيما اكتفت الرئاسة الفلسطينية هذه المرة بالترحيب بإعلان افتتاح المكتب التمثيلي، من دون التعليق على السفارة.

وتعد أذربيجان من أبرز موردي النفط لإسرائيل، إذ توفر نحو 40 في المئة من احتياجاتها عبر خط أنابيب باكو - تبليسي - جيهان، فيما تعد إسرائيل من أكبر موردي السلاح لباكو، وقد لعبت طائراتها المسيرة دورا في حرب قره باغ عام 2020.

ولم تستأنف سفارة أذربيجان في طهران عملها حتى الآن، منذ أن أجلت باكو موظفيها في كانون الثاني الماضي إثر هجوم مسلح على مقر السفارة قتل فيه رئيس جهاز الأمن، وهو ما فاقم التوتر المتصاعد بين البلدين.

ويرى الباحث في الشؤون الإسرائيلية أنطوان شلحت أن الخطوة "تأتي في سياق سعي إسرائيل لبناء حزام حول إيران"، لافتا إلى أن "توقيتها، مع تصاعد الاقتحامات والاستيطان في الضفة، يضع علامات استفهام حول جدية الحديث عن دعم الحقوق الفلسطينية".

وفي دوار المنارة وسط رام الله، قال موظف حكومي: "بيفتحوا سفارة عندهم ومكتب عنا، يعني بدهم يرضوا الكل. احنا شو استفدنا؟ الاحتلال كل يوم بيقتحم وما حدا بيحكي".""",
        [
            G("relations.restored", "occurred", ["Azerbaijan", "Jeyhun Bayramov"], ["Israel"]),
            G("relations.restored", "planned", ["Azerbaijan"], ["Palestine"], core=False),
            G("relations.restored", "historical", ["Israel"], ["Azerbaijan"], core=False),
            G("relations.restored", "negated", ["Azerbaijan"], ["Iran"], core=False),
        ],
        not_targets=["Turkey", "Georgia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-09-libyaaljadida-government-integrates-revolutionaries-army-2011",
        date(2011, 12, 27),
        """الحكومة الانتقالية تقر دمج خمسين ألفا من الثوار في الجيش والشرطة

طرابلس - «ليبيا الجديدة»

أقرت الحكومة الليبية الانتقالية، أمس الاثنين، خطة لدمج نحو خمسين ألفا من الثوار الذين قاتلوا نظام العقيد معمر القذافي في صفوف الجيش الوطني والشرطة، على أن تبدأ عملية التسجيل في مطلع العام الجديد، في أول خطوة عملية لمعالجة ملف السلاح المنتشر في المدن الليبية.

وقال رئيس الحكومة عبد الرحيم الكيب، في مؤتمر صحفي عقده في طرابلس بحضور وزيري الدفاع أسامة الجويلي والداخلية فوزي عبد العال، إن "الثوار هم من حرروا البلاد، ومن حقهم أن يكونوا نواة مؤسساتها الأمنية والعسكرية"، مضيفا أن الخطة تشمل أيضا برامج تأهيل وتدريب وفرص عمل وبعثات دراسية لمن لا يرغب في الانخراط في المؤسستين.

وأوضح وزير الدفاع أن الدمج سيكون "فرديا وليس على أساس الكتائب"، بحيث يخضع كل مقاتل لاختبارات طبية وأمنية قبل توزيعه على الوحدات، مشيرا إلى أن الوزارة أعدت قاعدة بيانات أولية تضم أسماء عشرات الآلاف من المقاتلين في مختلف المناطق.

ولم تنضم كتائب الزنتان ومصراتة، التي تسيطر على مواقع حيوية في العاصمة بينها مطار طرابلس الدولي، إلى الخطة حتى الآن، إذ يشترط قادتها الحصول على ضمانات بتمثيل مدنهم في قيادة الجيش الجديد، فيما لا تزال المفاوضات معهم بشأن تسليم المطار متعثرة منذ أسابيع.

وكانت الأيام الماضية قد شهدت اشتباكات متفرقة في طرابلس بين مجموعات مسلحة من مدن مختلفة، آخرها قرب مقر القيادة العامة للجيش، ما دفع المجلس المحلي للعاصمة إلى مطالبة الكتائب القادمة من خارجها بالمغادرة قبل نهاية العام.

ويرى المحلل العسكري العقيد المتقاعد عادل عبد الكافي أن نجاح الخطة "مرهون بقدرة الحكومة على دفع رواتب منتظمة، لأن الشاب الذي يحمل السلاح اليوم يحتاج إلى بديل يضمن له العيش الكريم"، منبها إلى أن "الجيش الذي تركه القذافي كان هيكلا فارغا، والكتائب الأمنية التي كان يعتمد عليها انهارت بالكامل".

ولا يزال حظر توريد الأسلحة الذي فرضه مجلس الأمن الدولي على ليبيا في فبراير الماضي ساريا، وهو ما يعيق، بحسب مسؤولين في وزارة الدفاع، جهود إعادة تسليح الجيش، رغم تخفيف المجلس بعض القيود لتمكين السلطات الجديدة من تأمين مخازن السلاح.

وفي ميدان الشهداء، قال شاب من سوق الجمعة يحمل بندقيته على كتفه: "نسلم السلاح لما نشوف دولة حقيقية وجيش يحمينا. إحنا ما قاتلناش باش نرجعوا نقعدوا في الحوش بلا خدمة".""",
        [
            G("forces.integrated", "occurred", ["Libya", "Abdurrahim El-Keib"], []),
            G("forces.integrated", "negated", ["Libya"], [], core=False),
            G("agreement.signed", "stalled", ["Libya"], [], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
        ],
        known_miss="'أقرت … خطة لدمج' is read as a planned integration",
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-10-alaraby-pakistan-to-send-troops-to-saudi-arabia-2018",
        date(2018, 2, 16),
        """الجيش الباكستاني يعلن إرسال قوات إلى السعودية.. وتطمينات بعدم مشاركتها في اليمن

إسلام آباد - «العربي الجديد»

أعلن الجيش الباكستاني، مساء الخميس، أنه سيرسل وحدة عسكرية جديدة إلى المملكة العربية السعودية في "مهمة تدريب واستشارة"، في إطار التعاون الأمني الثنائي القائم بين البلدين، من دون أن يحدد عدد الجنود أو موعد وصولهم.

وقالت إدارة العلاقات العامة في الجيش، في بيان مقتضب صدر بعد لقاء جمع قائد الجيش الجنرال قمر جاويد باجوا بالسفير السعودي في إسلام آباد نواف بن سعيد المالكي، إن "هذه القوات، أو تلك الموجودة هناك أصلا، لن تنشر خارج المملكة"، في إشارة واضحة إلى الحرب التي يقودها التحالف بقيادة السعودية في اليمن.

وينتشر في المملكة بالفعل نحو 1600 عسكري باكستاني، بحسب تقديرات وسائل إعلام محلية، يعمل معظمهم في مجالات التدريب والصيانة وحماية بعض المنشآت، بموجب بروتوكول التعاون العسكري الموقع بين البلدين عام 1982.

وأثار الإعلان جدلا في مجلس الشيوخ، حيث طالب رئيسه رضا رباني وزير الدفاع خرم دستغير خان بالمثول أمام المجلس لتوضيح طبيعة المهمة، مذكرا بأن البرلمان تبنى بالإجماع في أبريل 2015 قرارا يدعو إلى التزام الحياد في النزاع اليمني، ويرفض الاستجابة لطلب سعودي بالمشاركة بقوات برية وسفن وطائرات.

وقال وزير الدفاع، في كلمة أمام المجلس الاثنين، إن القوات الجديدة "لن تشارك في أي عمليات قتالية خارج الأراضي السعودية"، وإن عددها "أقل من ألف عسكري"، مؤكدا أن الحكومة "ملتزمة بقرار البرلمان، ولن تكون باكستان طرفا في حرب بين دول إسلامية".

في المقابل، رأى السيناتور فرحة الله بابار، عن حزب الشعب الباكستاني المعارض، أن الحكومة "أخفت التفاصيل عن ممثلي الشعب"، مطالبا بالكشف عن نص الاتفاقات العسكرية المبرمة مع الرياض، ومحذرا من "تداعيات الخطوة على العلاقات مع إيران الجارة".

ويأتي القرار في وقت تشهد فيه العلاقات بين إسلام آباد وواشنطن توترا متصاعدا، بعد تعليق الإدارة الأمريكية مساعدات أمنية لباكستان بنحو ملياري دولار مطلع العام الجاري، بدعوى تقاعسها عن مكافحة الجماعات المسلحة.

ويرى المحلل العسكري المتقاعد طلعت مسعود أن الخطوة "تعكس حاجة باكستان إلى الدعم المالي السعودي أكثر مما تعكس تحولا في موقفها من اليمن"، مشيرا إلى أن الرياض قدمت لإسلام آباد قروضا وودائع بمليارات الدولارات خلال السنوات الأخيرة.

وفي سوق راجا بازار بمدينة راولبندي، قال صاحب محل لبيع الأقمشة: "أخي يعمل في جدة منذ عشر سنوات، السعودية بلد الحرمين وكلنا نحبها، لكن لا نريد أن يموت أولادنا في حرب ليست حربنا".""",
        [
            G("military.presence", "planned", ["Pakistan", "Qamar Javed Bajwa"], ["Saudi Arabia"]),
            G("military.presence", "historical", ["Pakistan"], ["Saudi Arabia"], core=False),
            G("agreement.signed", "historical", ["Pakistan", "Saudi Arabia"], [], core=False),
            G("military.presence", "negated", ["Pakistan"], ["Yemen"], core=False),
        ],
        not_targets=["Iran", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-11-alanba-boursa-kuwait-trading-suspension-market-page-2024",
        date(2024, 3, 12),
        """البورصة تعلق تداول سهمين لعدم تقديم البيانات المالية.. و"الهيئة" توقع عقوبات على شركة وساطة

الكويت - «الأنباء» - القسم الاقتصادي

علقت بورصة الكويت، أمس، التداول على سهمي شركتين مدرجتين في السوق الرئيسي، لعدم تقديمهما البيانات المالية السنوية المدققة عن عام 2023 ضمن المهلة القانونية، على أن يرفع الإيقاف فور التزام الشركتين بتقديم البيانات واعتمادها من هيئة أسواق المال.

وأوضحت البورصة، في إفصاح على موقعها الإلكتروني، أن القرار يأتي تطبيقا لقواعد الإدراج، مشيرة إلى أنها منحت الشركتين في وقت سابق تمديدا للمهلة لمدة أسبوعين بناء على طلبهما، من دون أن تتمكنا من استكمال إجراءات التدقيق.

وفي سياق متصل، أصدر مجلس التأديب في هيئة أسواق المال قرارا بتوقيع عقوبات على إحدى شركات الوساطة المالية، شملت غرامة مالية وإنذارا نهائيا، بسبب مخالفات تتعلق بإجراءات "اعرف عميلك" ومكافحة غسل الأموال، فيما حظر على أحد موظفيها مزاولة النشاط لمدة سنة.

وعلى صعيد الشركات، وقعت إحدى الشركات العقارية المدرجة عقدا بقيمة 18 مليون دينار لتطوير مجمع تجاري في منطقة صباح الأحمد البحرية، كما فاز تحالف يضم شركتين محليتين وشركة صينية بمناقصة لإنشاء محطة لمعالجة المياه في جنوب البلاد.

وأعلن بنكان محليان استكمال الدراسات الأولية لعملية الاندماج بينهما، على أن تعرض نتائجها على الجمعيات العامة للمساهمين خلال الربع الثاني، في صفقة من شأنها، في حال إتمامها، أن تنشئ أحد أكبر الكيانات المصرفية في المنطقة.

وشهدت جلسة أمس ارتفاع مؤشر السوق الأول بنسبة 0.4 في المئة، بدعم من أسهم البنوك القيادية، في حين بلغت قيمة التداولات نحو 52 مليون دينار، وسط ترقب المستثمرين لموعد توزيعات الأرباح النقدية.

ويرى محللون أن انضمام بورصة الكويت إلى مؤشر "فوتسي راسل" و"إم إس سي آي" للأسواق الناشئة خلال السنوات الماضية وسع قاعدة المستثمرين الأجانب، الذين باتوا يشكلون نسبة مؤثرة من السيولة اليومية، خصوصا في الأسهم القيادية.

وقال مدير استثمار في إحدى الشركات المحلية لـ"الأنباء" إن "السوق يتحرك في نطاق ضيق بانتظار وضوح الرؤية بشأن أسعار الفائدة الأميركية، والسيولة لا تزال انتقائية، تتركز على عدد محدود من الأسهم".

وفي قاعة التداول، قال متداول متقاعد يتابع الشاشات منذ ثلاثين سنة: "السوق زين هالأيام، بس الشركات اللي ما تسلم بياناتها بوقتها تضر صغار المساهمين. احنا نبي شفافية، مو تعليق كل شوي".

ومن المنتظر أن تعلن عدد من الشركات القيادية عن توصيات مجالس إداراتها بشأن التوزيعات خلال الأسبوع الجاري، وسط توقعات بأن تحافظ البنوك على مستويات التوزيع نفسها للعام الماضي.""",
        [],
        not_targets=["Kuwait", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h71-12-goon-sudanese-football-hilal-merrikh-page-2022",
        date(2022, 8, 15),
        """الاتحاد يرفع الإيقاف عن ملعب المريخ.. والهلال يعود إلى الخرطوم لاستئناف تحضيراته

الخرطوم - «قوون»

رفع الاتحاد السوداني لكرة القدم الإيقاف الذي كان قد فرضه على استاد المريخ بأم درمان، بعد اكتمال أعمال صيانة المدرجات والإنارة، ليعود الفريق الأحمر إلى استقبال منافسيه على أرضه ابتداء من الجولة المقبلة من الدوري الممتاز.

وفي المقابل، أصدرت لجنة الانضباط بالاتحاد عقوبات على ناديي الأهلي مروي وحي الوادي نيالا، شملت غرامات مالية وحرمان أحدهما من الجمهور في مباراتين، على خلفية أحداث الشغب التي رافقت لقاء الفريقين في الأسبوع الماضي.

وعادت بعثة الهلال إلى الخرطوم مساء السبت، بعد معسكر إعدادي في القاهرة استمر ثلاثة أسابيع، لاستئناف تحضيراته للمشاركة في دوري أبطال أفريقيا، حيث يلاقي في الدور التمهيدي فريق سانت جورج الإثيوبي.

وأعلن نادي الهلال انضمام المهاجم النيجيري الجديد إلى قائمة الفريق، بعد أن وقع عقدا لمدة موسمين، في حين مدد النادي عقد مدربه الأجنبي لموسم إضافي، تقديرا للنتائج التي حققها في الموسم الماضي.

وفي المريخ، كشف رئيس القطاع الرياضي أن مجلس الإدارة قرر دمج فريقي الشباب والرديف في فريق واحد، لتقليل النفقات وإتاحة الفرصة للعناصر الصاعدة، مشيرا إلى أن النادي يعاني من أزمة مالية خانقة بسبب تأخر مستحقات الرعاية.

ووقع الاتحاد السوداني اتفاقية رعاية مع إحدى شركات الاتصالات لمدة ثلاث سنوات، تتكفل بموجبها الشركة بجزء من تكاليف نقل مباريات الدوري وتجهيز المنتخبات الوطنية، في خطوة وصفها رئيس الاتحاد بأنها "بداية لمرحلة جديدة من الاستقرار".

وعلى صعيد المنتخب الوطني، أعلن الجهاز الفني قائمة تضم 26 لاعبا لخوض معسكر مغلق في الخرطوم، استعدادا لمواجهتي تنزانيا في التصفيات المؤهلة لبطولة أمم أفريقيا للاعبين المحليين، على أن يتخذ المنتخب من ملعب الخرطوم قاعدة لتحضيراته.

وفي سوق أم درمان، قال مشجع مريخي خمسيني: "والله الليلة فرحانين، الملعب رجع لأهله، والجمهور حيملا المدرجات. بس دايرين الإدارة تحل مشاكل القروش عشان الأولاد يلعبوا مرتاحين".

ويتصدر الهلال جدول ترتيب الدوري الممتاز برصيد 38 نقطة، متقدما بفارق أربع نقاط على المريخ صاحب المركز الثاني، فيما يحتدم الصراع في مؤخرة الترتيب بين أربعة فرق لتفادي الهبوط إلى الدرجة الأولى.

ومن المنتظر أن يحسم الاتحاد خلال اجتماعه الدوري الأسبوع المقبل موعد انطلاق الدورة الثانية من الدوري، في ظل مطالب الأندية بتأجيلها إلى ما بعد انتهاء مشاركاتها الأفريقية.""",
        [],
        not_targets=["Sudan", "Egypt", "Ethiopia", "Tanzania", "Nigeria"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout71_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout71_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout71_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
