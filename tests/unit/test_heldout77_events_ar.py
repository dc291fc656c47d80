"""A seventy-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-six held-out sets: Arabic copy of 2015-2025 as the region's papers, sites and agencies
and the Arabic services of international ones carry it (a Qatari broadcaster's site from Kyiv, "كييف -
الجزيرة نت", with a pensioner of Podil; the Kuwaiti agency's Tokyo wire, "طوكيو - 22 - 1 (كونا) --",
with "(النهاية)"; a US-funded Arabic channel's site, "واشنطن - «الحرة»", with a Bangui taxi driver; an
Arabic site of a London daily from Islamabad, "إسلام آباد - «إندبندنت عربية»", with a Quetta
shopkeeper; a European broadcaster's Arabic page, "بوخارست - «يورونيوز»", with a Greek tavern owner;
an Algiers daily in Algerian usage ("جويلية", "الشروق"), with a Hassi R'Mel technician, "ربي يجيب
الخير"; a Yemeni site, "مأرب - «المصدر أونلاين»", with a Marib tribesman, "الله يكتب لنا الفرج"; the
Spanish agency's Arabic wire, "لاباز (إفي) -", with a seller of El Alto; a Khartoum daily, "الخرطوم -
«السوداني»", with a Damazin trader, "البلد دي تعبت من الحرب"; an Emirati daily's world page,
"نيروبي - «الاتحاد»", with a Mombasa dock worker; a Saudi daily's sports page, "الدمام - «اليوم» -
الرياضي", with a fan's "الفريق رجع لنا"; an Egyptian economic weekly, "القاهرة - «الأهرام
الاقتصادي»", with a trader of Abbasiya, "السوق عايز استقرار") on episodes the earlier sets do not
carry as core or background news: Ukraine's security council and Volodymyr Zelensky putting
sanctions on Petro Poroshenko, February 2025; Japan lifting its sanctions on Iran after the nuclear
deal's implementation, January 2016; Joe Biden continuing the national emergency with respect to
the Central African Republic, May 2024; the United States warning Pakistan of sanctions over the
Iran-Pakistan gas pipeline, March 2024; Greece joining the Three Seas Initiative at the Bucharest
summit, September 2023; Algeria, Niger and Nigeria signing the memorandum on the Trans-Saharan gas
pipeline, July 2022; Qatari troops sent to Yemen's Marib, September 2015; Bolivia and Venezuela
restoring relations after Luis Arce took office, November 2020; the SPLM-North of Malik Agar to merge
its fighters into the Sudanese army under the Juba agreement's security arrangements, 2021; Kenya and
the United States signing a defence cooperation agreement, September 2023.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings and article texts) by states, bodies, people and places in Arabic and English
spellings: "Poroshenko"/"بوروشينكو" (found only as the actor of a 2017 block on VKontakte and as the
owner of Roshen, other episodes), "Three Seas"/"البحار الثلاث", "Trans-Saharan"/"العابر للصحراء"/
"Arkab"/"عرقاب", "13667" and the Central African emergency, Japan beside Iran's lifting, Qatar's troops in
Yemen, Bolivia's restoration with Venezuela, "Agar"/"مالك عقار" and the Kenyan-American defence
agreement ("Duale") are found nowhere as these episodes. Some sixty other candidates were dropped
because the search found them as core news or background (among them Australia lifting on Fiji, the
Maldives and Iran, Mongolia in the OSCE, Azerbaijan in the D-8, the Somali arms embargo lifted and the
Somali emergency continued, the Muttaqi exemption, Hungary's exemption, the Belarusian suspensions of
2015, the Nord Stream waiver, the Kosovo measures, the Su-35 warning to Egypt, Morocco and Iran's
ambassadors, Kuwait's ambassador to Tehran, Qatar and Mauritania, Saudi Arabia and Thailand, the
Peshmerga, Galmudug, Ras Kamboni, the Afghan Local Police, the Central African mixed units, the
Development Road, Lebanon and Cyprus, Darwin, Incirlik, the Japanese base in Djibouti); no unused
episode of a suspension was found in time, so the set has nine alertable types, not ten.

Ten carry core events of nine alertable types (ten core events), nine occurred and one planned
(the SPLM-North's fighters that "ستبدأ … دمجها"), next to historical and negated ones (the set was
written without a stalled event: the one stalled thing told, the pipeline, is a project); two
are near misses: a Dammam football page (a club that "رفع … الإيقاف", a coach's contract "مدد", a
player who "انضم", a sponsorship "وقع", a discipline committee that "فرضت غرامة", a camp in Austria, an
academy "دمج", training "استأنف") and a Cairo economic weekly (an export ban on onions "رفع", a
merger "اندماج", a share that "انضم" to the EGX30, trading "علقت", a subscription "مدد", a "تحالف" of
companies that "وقع" a contract, fines "فرضت").

The decisions of the annotation, taken before any run: a council and president that "فرض … عقوبات على
الرئيس السابق بيترو بوروشينكو" impose (core; Ukraine and Zelensky; Poroshenko; not Russia or the United
States), Medvedchuk's sanctions of February 2021 a historical imposition, "لم تشمل العقوبات حزب
التضامن الأوروبي" a negated imposition. A government that "رفعت … العقوبات التي فرضتها على إيران"
lifts (core; Japan; Iran), its sanctions of 2010 a historical imposition, the American and European
lifting "السبت الماضي" a historical lifting, "لم ترفع طوكيو تجميد أصول" the missile entities a negated
lifting, the investment agreement "من المقرر أن يوقع" a planned signing (not core). A president who
"مدد … لعام إضافي حالة الطوارئ الوطنية … بجمهورية أفريقيا الوسطى" extends (core; the United States and
Biden; the Central African Republic), Obama's order of May 2014 a historical imposition, the Council's
arms embargo of December 2013 a historical imposition, "لم تشطب واشنطن اسم … بوزيزيه" a negated lifting,
the Russian instructors "منذ عام 2018" a historical presence. A department that "حذرت … باكستان من
التعرض لعقوبات" threatens (core; the United States; Pakistan; not Iran, the gas seller, or China), the
agreement of 2009 a historical signing, "لم تفرض واشنطن … أي عقوبات على إسلام آباد" a negated
imposition. A state that "انضمت … إلى مبادرة البحار الثلاثة" joins (core; Greece; the Three Seas
Initiative; not Romania, the host, or the United States), NATO "منذ عام 1952" a historical joining,
Ukraine's partnership of 2022 a historical joining (as is the European Union "منذ عام 1981"). Three states that "وقعت … مذكرة تفاهم" on the gas
pipeline sign (core; Algeria, Niger, Nigeria and their ministers; not Italy, Spain or the European
Union, the buyers hoped for), the agreement of 2009 a historical signing, Morocco and Nigeria's of 2016
a historical signing, the project that "ظل متعثرا" no event (a stalled project, no stalled signing). A state
whose "وصل نحو ألف جندي قطري إلى محافظة مأرب" is present (core; Qatar; Yemen; not the Houthis, the
enemy), the Emirati and Saudi forces "منذ يوليو الماضي" historical presences, Egypt that "لم ترسل
قوات برية" a negated presence. Two states that "أعلنتا استئناف العلاقات الدبلوماسية" restore (core;
Bolivia and Venezuela, and Arce), the ambassadors "من المقرر أن يعين" a planned restoration (not core),
Bolivia's return to ALBA "من المقرر" a planned joining (not core), the break of November 2019 no event
of a watched type. A movement whose fighters "ستبدأ … دمجها في القوات المسلحة" plan an integration
(core, planned; the SPLM-North of Agar; the Sudanese Armed Forces and Sudan), the Juba agreement
"في أكتوبر الماضي" a historical signing, the al-Hilu faction that "لم توقع" a negated signing. Two
states that "وقعت … اتفاقية للتعاون الدفاعي" sign (core; Kenya, the United States, Duale and Austin;
not Somalia, where al-Shabaab fights), the American soldiers at Manda Bay a historical presence, the
agreement with Britain "في عام 2021" a historical signing; the Dammam sports page and the Cairo
business page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 753ff9b, in a worktree whose only change was this file), in one
run: events P 0.909 R 0.900 F1 0.905 (recall 9/10, precision 10/11; occurred core found 8/9, planned
1/1 as the score counts it; historical 15/16, negated 6/6 kept quiet). No annotation was changed after
the run. One unexpected alert; the two near misses raise nothing.

Missed (one article, strict xfail): in ar-h77-05 the state that "انضمت … إلى مبادرة البحار الثلاثة
بصفتها الدولة الثالثة عشرة المشاركة فيها" gives no joining at all, nor do NATO, the European Union or
Ukraine's partnership (the Three Seas Initiative is not in the knowledge base).

Unexpected alert (one article, strict xfail): in ar-h77-03 the background "فيما فرضت وزارة الخزانة
الأميركية عقوبات على شركات مرتبطة بمجموعة "فاغنر"" (a past act told after "فيما", not annotated: the
annotation, written before the run, left this background out) gives an occurred imposition of the
Treasury and the United States on the Wagner Group.

Seen but not scored: in ar-h77-01 Zelensky is no actor, Medvedchuk's sanctions have the European
Union for actor and Russia for a second target, and the negated imposition on European Solidarity
gives nothing; in ar-h77-02 the historical imposition has the Security Council beside Japan, the
negated lifting has Iran and "وزارة الخارجية" for actors and the planned investment agreement
("ومن المقرر أن يوقع البلدان خلال الأسابيع المقبلة") is read as historical; in ar-h77-03 Biden is no
actor, Obama's order gives nothing and the negated lifting has the United States for its target
and Bozizé nowhere, the Russian instructors give nothing; in ar-h77-04 the threat has no target (Pakistan
is the object of "حذرت"); in ar-h77-06 the ministers are no actors and the historical signing of 2009
is merged with Morocco and Nigeria's of 2016; in ar-h77-07 the troops' "وصول" gives a second,
historical presence, the Emirati and Saudi presence "منذ يوليو الماضي" is read as negated with Egypt
beside them and Aden as a target; in ar-h77-08 the planned restoration (the ambassadors) gives
nothing and ALBA is no target of the planned joining; in ar-h77-09 the SPLM-North is no actor (Sudan
takes its place) and the negated signing of al-Hilu's faction gives nothing; in ar-h77-10 Duale is an
unresolved target "أدن دوالي", Austin is no actor and the American presence at Manda Bay gives
nothing.

After the fixes of 2026-12-07: P 0.917 R 1.000 F1 0.957 (recall 10/10, precision 11/12; occurred
core found 9/9, planned 1/1; historical 15/16, negated 6/6 kept quiet). Fixed in general, with rule
sentences in ``tests/unit/test_heldout77_rules_ar.py``: the Three Seas Initiative is a body states join
("مبادرة البحار الثلاثة", "البحار الثلاث", "3SI"; ``rasd/kb/data/organisations_more.yaml``), which cures
ar-h77-05 (Greece's joining is found with the initiative for target; NATO, the European Union and
Ukraine's partnership still give nothing, quiet either way). Found while probing ar-h77-04 and fixed
in general (no article of the set turns on it): the object of a verb of threat ("هددت الولايات المتحدة
تركيا بفرض عقوبات", "توعدت … كوبا بالعقوبات"), named right after the subject with no "و" between and
before the "ب" of what is threatened (a day may stand between), is the target, no second actor
(``_threatened_object_ar`` in ``rasd/events/roles.py``).
Left (strict xfail): ar-h77-03's background "فيما فرضت وزارة الخزانة الأميركية عقوبات على شركات
مرتبطة بمجموعة "فاغنر"", read as occurred: a past act after "فيما" has no date of its own, and a rule
that took every such clause for background would silence real news told the same way ("فيما فرضت
واشنطن أمس …"). The other readings seen before the fixes are unchanged.

``python -m tests.unit.test_heldout77_events_ar`` prints every article's alerts and the set's
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

_UNSC = "United Nations Security Council"
_SPLMN = "Sudan People's Liberation Movement-North"
_SAF = "Sudanese Armed Forces"
_3SI = "Three Seas Initiative"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-01-aljazeeranet-ukraine-sanctions-poroshenko-2025",
        date(2025, 2, 14),
        """كييف تفرض عقوبات على الرئيس السابق بوروشينكو.. والمعارضة تتحدث عن "تصفية حسابات"

كييف - الجزيرة نت

فرض مجلس الأمن القومي والدفاع الأوكراني، بمرسوم وقعه الرئيس فولوديمير زيلينسكي مساء الخميس، عقوبات على الرئيس السابق بيترو بوروشينكو، تشمل تجميد أصوله ومنعه من التصرف في ممتلكاته ووقف تراخيص الشركات التي يملكها، وذلك بتهم تتصل بـ"تهديد الأمن القومي".

وقال أمين المجلس أولكسندر ليتفيننكو في إحاطة للصحفيين إن القرار اتخذ "بناء على معطيات قدمتها الأجهزة الأمنية"، مضيفا أن العقوبات تشمل أيضا رجال أعمال آخرين "أسهموا في تمويل أنشطة تخدم مصالح المعتدي"، دون أن يقدم تفاصيل إضافية.

في المقابل، وصف بوروشينكو القرار بأنه "غير دستوري"، وقال في كلمة مصورة نشرها على حساباته إن السلطة "تسعى إلى إقصاء المعارضة قبل أي انتخابات محتملة"، متعهدا بالطعن فيه أمام المحكمة العليا.

ولم تشمل العقوبات حزب التضامن الأوروبي الذي يتزعمه بوروشينكو، والذي يملك كتلة في البرلمان (الرادا)، غير أن نوابا من الحزب قالوا إن تجميد أصول زعيمهم "يعني عمليا شل نشاط الحزب".

وكان المجلس ذاته قد فرض في فبراير/شباط 2021 عقوبات على السياسي الموالي لروسيا فيكتور ميدفيدتشوك وزوجته، وأغلق قنوات تلفزيونية مرتبطة به، في خطوة اعتبرت حينها سابقة في استخدام آلية العقوبات ضد مواطنين أوكرانيين.

ويواجه بوروشينكو، الذي حكم البلاد بين عامي 2014 و2019، منذ سنوات تحقيقات قضائية عدة، أبرزها قضية تتعلق بشراء الفحم من مناطق دونباس الخاضعة لسيطرة الانفصاليين، وهي تهم ينفيها ويصفها بأنها "ملفقة".

ويرى المحلل السياسي الأوكراني فولوديمير فيسينكو أن الخطوة "تحمل مخاطر على صورة أوكرانيا لدى شركائها الغربيين"، في وقت تسعى فيه كييف إلى إقناع واشنطن والعواصم الأوروبية بمواصلة الدعم العسكري، وتتحدث فيه تقارير عن ضغوط أميركية لإجراء انتخابات.

ولم يصدر حتى الآن تعليق رسمي من السفارة الأميركية في كييف أو من بعثة الاتحاد الأوروبي، لكن دبلوماسيا أوروبيا قال للجزيرة نت إن بلاده "تتابع الملف عن كثب، وتنتظر أن تحترم الإجراءات معايير دولة القانون".

وفي حي بوديل التاريخي، قال متقاعد في السبعين من عمره: "الحرب على أبوابنا، والسياسيون يتصارعون فيما بينهم. نحن نريد فقط أن تنتهي هذه الحرب وأن يعود أبناؤنا من الجبهة".""",
        [
            G("sanctions.imposed", "occurred", ["Ukraine", "Volodymyr Zelensky"], ["Petro Poroshenko"]),
            G("sanctions.imposed", "historical", ["Ukraine"], ["Viktor Medvedchuk"], core=False),
            G("sanctions.imposed", "negated", ["Ukraine"], ["European Solidarity"], core=False),
        ],
        not_targets=["Russia", "United States", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-02-kuna-japan-lifts-iran-sanctions-2016",
        date(2016, 1, 22),
        """اليابان ترفع عقوباتها الاقتصادية عن إيران بعد دخول الاتفاق النووي حيز التنفيذ

طوكيو - 22 - 1 (كونا) -- رفعت الحكومة اليابانية اليوم الجمعة العقوبات الاقتصادية التي فرضتها على إيران بسبب برنامجها النووي، بما في ذلك القيود على الاستثمار في قطاع النفط والغاز والتعاملات المصرفية، وذلك في أعقاب تأكيد الوكالة الدولية للطاقة الذرية التزام طهران بتعهداتها.

وقال كبير أمناء مجلس الوزراء الياباني يوشيهيدي سوغا في مؤتمر صحفي إن القرار "يهدف إلى دعم التنفيذ الكامل للاتفاق"، معربا عن أمل بلاده في "تعزيز العلاقات الاقتصادية مع إيران بما يسهم في استقرار منطقة الشرق الأوسط".

وكانت اليابان قد فرضت عام 2010 حزمة من العقوبات على إيران شملت حظر الاستثمارات الجديدة في قطاع الطاقة وتجميد أصول عدد من المصارف والشركات الإيرانية، تماشيا مع قرارات مجلس الأمن الدولي.

وجاءت الخطوة اليابانية بعد أن رفعت الولايات المتحدة والاتحاد الأوروبي السبت الماضي العقوبات الاقتصادية والمالية المرتبطة بالبرنامج النووي الإيراني، في ما بات يعرف بـ"يوم التنفيذ".

ولم ترفع طوكيو تجميد أصول الأفراد والكيانات المرتبطة ببرنامج الصواريخ الباليستية الإيراني، إذ أوضح مسؤول في وزارة الخارجية أن تلك الإجراءات "ستبقى سارية ما دامت قرارات مجلس الأمن ذات الصلة قائمة".

ومن المقرر أن يوقع البلدان خلال الأسابيع المقبلة اتفاقية لحماية الاستثمار المتبادل، كانت المفاوضات بشأنها قد استكملت في الخريف الماضي، وفق ما ذكرته وسائل إعلام يابانية.

وكانت اليابان قبل فرض العقوبات من أكبر مستوردي النفط الإيراني، إذ تجاوزت وارداتها 500 ألف برميل يوميا في منتصف العقد الماضي، قبل أن تتراجع إلى أقل من نصف ذلك تحت ضغط العقوبات الأميركية والأوروبية.

ويرى محللون اقتصاديون في طوكيو أن الشركات اليابانية، ولا سيما شركات التجارة والمقاولات الكبرى، "تسعى إلى استعادة موقعها في السوق الإيرانية قبل أن تسبقها إليها الشركات الأوروبية والصينية"، لكنهم نبهوا إلى أن المصارف اليابانية "ستتعامل بحذر" مع العقوبات الأميركية غير النووية التي لا تزال قائمة.

ويعتزم وفد من رجال الأعمال اليابانيين زيارة طهران الشهر المقبل لبحث فرص الاستثمار في قطاعات الطاقة والبتروكيماويات والسيارات.

وتعد اليابان ثالث أكبر اقتصاد في العالم وتستورد نحو 80 في المئة من احتياجاتها النفطية من منطقة الشرق الأوسط. (النهاية)""",
        [
            G("sanctions.lifted", "occurred", ["Japan"], ["Iran"]),
            G("sanctions.imposed", "historical", ["Japan"], ["Iran"], core=False),
            G("sanctions.lifted", "historical", ["United States", "European Union"], ["Iran"], core=False),
            G("sanctions.lifted", "negated", ["Japan"], ["Iran"], core=False),
            G("agreement.signed", "planned", ["Japan", "Iran"], [], core=False),
        ],
        not_targets=["China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-03-alhurra-biden-continues-car-emergency-2024",
        date(2024, 5, 10),
        """بايدن يمدد حالة الطوارئ الوطنية المتعلقة بجمهورية أفريقيا الوسطى عاما آخر

واشنطن - «الحرة»

مدد الرئيس الأميركي جو بايدن، الخميس، لعام إضافي حالة الطوارئ الوطنية المعلنة بشأن جمهورية أفريقيا الوسطى، ما يبقي العقوبات الأميركية المفروضة على أفراد وجماعات متهمين بتأجيج العنف في هذا البلد سارية المفعول.

وقال البيت الأبيض في إشعار أرسله إلى الكونغرس إن الوضع في جمهورية أفريقيا الوسطى "لا يزال يشكل تهديدا غير عادي واستثنائي للأمن القومي والسياسة الخارجية للولايات المتحدة"، مشيرا إلى استمرار الهجمات على المدنيين وعمال الإغاثة وقوات حفظ السلام.

وكان الرئيس الأسبق باراك أوباما قد أعلن حالة الطوارئ بأمر تنفيذي في مايو/أيار 2014، وفرض بموجبه عقوبات على الرئيس السابق فرانسوا بوزيزيه وعدد من قادة جماعتي "سيليكا" و"أنتي بالاكا"، بعد أشهر من أعمال عنف طائفية أودت بحياة الآلاف.

وكان مجلس الأمن الدولي قد فرض في ديسمبر/كانون الأول 2013 حظرا على توريد الأسلحة إلى البلاد، قبل أن يخففه تدريجيا في السنوات الأخيرة بطلب من حكومة بانغي.

ولم تشطب واشنطن اسم بوزيزيه من قائمة العقوبات، رغم إعلانه في وقت سابق ابتعاده عن العمل المسلح، إذ تتهمه بقيادة تحالف جماعات متمردة حاول الزحف على العاصمة أواخر عام 2020.

وتنتشر في البلاد منذ عام 2018 عناصر روسية قدمت بصفة "مدربين"، وتتهمها منظمات حقوقية وتقارير أممية بارتكاب انتهاكات بحق المدنيين، فيما فرضت وزارة الخزانة الأميركية عقوبات على شركات مرتبطة بمجموعة "فاغنر" تعمل في قطاع الذهب والأخشاب.

ويقول الباحث في الشؤون الأفريقية بمركز الدراسات الاستراتيجية والدولية في واشنطن إن التمديد "إجراء روتيني"، لكنه "يرسل إشارة بأن الإدارة لا تزال تعتبر أفريقيا الوسطى ساحة تنافس مع موسكو".

ويعاني نحو نصف سكان البلاد البالغ عددهم ستة ملايين نسمة من انعدام الأمن الغذائي، بحسب الأمم المتحدة، فيما تواصل بعثة حفظ السلام الأممية "مينوسكا" عملها في ظل تقليص التمويل الدولي.

وفي أحد شوارع بانغي، قال سائق سيارة أجرة لموقع الحرة: "نسمع عن العقوبات في الراديو، لكن هنا لم يتغير شيء. البنزين غال، والطرق خارج العاصمة ما زالت خطيرة".""",
        [
            G("sanctions.extended", "occurred", ["United States", "Joe Biden"], ["Central African Republic"]),
            G("sanctions.imposed", "historical", ["United States", "Barack Obama"],
              ["Central African Republic", "François Bozizé"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Central African Republic"], core=False),
            G("sanctions.lifted", "negated", ["United States"], ["François Bozizé"], core=False),
            G("military.presence", "historical", ["Russia"], ["Central African Republic"], core=False),
        ],
        not_targets=["Russia"],
        known_alarm="the Treasury's sanctions on Wagner, told after 'فيما فرضت', read as occurred",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-04-independentarabia-us-warns-pakistan-pipeline-2024",
        date(2024, 3, 27),
        """واشنطن تلوح بالعقوبات في وجه إسلام آباد بسبب أنبوب الغاز الإيراني

إسلام آباد - «إندبندنت عربية»

حذرت وزارة الخارجية الأميركية باكستان من التعرض لعقوبات إذا مضت في استكمال الجزء الواقع على أراضيها من خط أنابيب الغاز مع إيران، مؤكدة أن واشنطن "لا تؤيد المضي قدما في هذا المشروع".

وقال المتحدث باسم الوزارة في مؤتمر صحفي إن بلاده "تنصح الجميع دائما بأن التعامل التجاري مع إيران ينطوي على خطر الاصطدام بالعقوبات"، داعيا الحكومة الباكستانية إلى "التفكير مليا" في عواقب المشروع.

وجاء التحذير بعد أسابيع من موافقة الحكومة الباكستانية على بناء مقطع بطول ثمانين كيلومترا من الحدود الإيرانية إلى ميناء جوادر، في محاولة لتفادي غرامة بمليارات الدولارات قد تفرضها طهران بموجب بنود الاتفاقية.

وكانت باكستان وإيران قد وقعتا عام 2009 اتفاقية لبيع وشراء الغاز تلتزم بموجبها طهران بتزويد جارتها بنحو 750 مليون قدم مكعبة يوميا، وأنجز الجانب الإيراني معظم الجزء الخاص به من الأنبوب، فيما بقي الجزء الباكستاني حبرا على ورق طوال أكثر من عقد.

ولم تفرض واشنطن حتى الآن أي عقوبات على إسلام آباد بسبب المشروع، غير أن مسؤولين باكستانيين يقرون بأن الخشية من العقوبات الأميركية كانت السبب الرئيسي في تجميد الأعمال.

ويقول الخبير في شؤون الطاقة الباكستاني شاهد ستار إن الحكومة "عالقة بين مطرقة الغرامة الإيرانية وسندان العقوبات الأميركية"، مضيفا أن البلاد "تحتاج إلى الغاز بشدة، لكنها لا تملك ترف الدخول في مواجهة مع واشنطن وصندوق النقد الدولي في آن واحد".

وتجري باكستان مفاوضات مع صندوق النقد الدولي بشأن برنامج قرض جديد، في حين تعاني من أزمة طاقة حادة تسببت في انقطاعات متكررة للكهرباء وارتفاع أسعار الغاز المنزلي.

من جهتها، قالت وزارة الخارجية الباكستانية إن المشروع "يخدم أمن الطاقة في البلاد"، وإن إسلام آباد "ستتخذ قرارها وفق مصالحها الوطنية"، دون أن تعلق مباشرة على التحذير الأميركي.

وفي أحد متاجر مدينة كويتا بإقليم بلوشستان، قال صاحب متجر للأدوات المنزلية: "الغاز الإيراني يصلنا أصلا بالتهريب، والحكومة تتحدث عن الأنبوب منذ كنت شابا. نحن نريد الغاز في بيوتنا، لا في الخطابات".""",
        [
            G("sanctions.threatened", "occurred", ["United States"], ["Pakistan"]),
            G("agreement.signed", "historical", ["Pakistan", "Iran"], [], core=False),
            G("sanctions.imposed", "negated", ["United States"], ["Pakistan"], core=False),
        ],
        not_targets=["Iran", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-05-euronews-greece-joins-three-seas-2023",
        date(2023, 9, 7),
        """اليونان تنضم إلى مبادرة البحار الثلاثة في قمة بوخارست

بوخارست - «يورونيوز»

انضمت اليونان، الأربعاء، إلى مبادرة البحار الثلاثة بصفتها الدولة الثالثة عشرة المشاركة فيها، وذلك خلال القمة الثامنة للمبادرة التي استضافتها العاصمة الرومانية بوخارست بحضور قادة دول وسط وشرق أوروبا.

وتضم المبادرة، التي أطلقت عام 2016 بمبادرة من بولندا وكرواتيا، دولا أعضاء في الاتحاد الأوروبي تقع بين بحر البلطيق والبحر الأدرياتيكي والبحر الأسود، وتسعى إلى تطوير مشاريع مشتركة في مجالات الطاقة والنقل والبنية التحتية الرقمية على محور شمال - جنوب.

وقال مسؤول في الوفد اليوناني إن انضمام بلاده "يعكس موقعها كبوابة جنوبية لأوروبا"، مشيرا إلى أن الموانئ اليونانية ومحطات استقبال الغاز الطبيعي المسال في ألكسندروبولي "يمكن أن تؤدي دورا محوريا في تنويع مصادر الطاقة لدول المنطقة بعيدا عن الغاز الروسي".

وأكد البيان الختامي للقمة أن المبادرة "ترحب بعضوية اليونان"، وأن المشاريع ذات الأولوية ستشمل ممرات لنقل الغاز والكهرباء تربط بحر إيجه بدول البلطيق.

واليونان عضو في حلف شمال الأطلسي (الناتو) منذ عام 1952، وفي الاتحاد الأوروبي منذ عام 1981، وتعد من أبرز الدول الداعمة لتوسيع التعاون في منطقة جنوب شرق أوروبا.

وكانت أوكرانيا قد انضمت إلى المبادرة عام 2022 بصفة "شريك مشارك"، في خطوة رمزية عكست دعم دول المنطقة لكييف في مواجهة الحرب الروسية.

وشارك في القمة ممثلون عن الولايات المتحدة والمفوضية الأوروبية وألمانيا، بصفتهم شركاء استراتيجيين للمبادرة، وتعهدت واشنطن بمواصلة دعم صندوق الاستثمار التابع لها.

ويرى محللون أن انضمام اليونان "يمنح المبادرة امتدادا إلى البحر المتوسط"، لكنهم يشيرون إلى أن المبادرة "لا تزال تعاني من بطء التمويل"، إذ لم يجمع صندوقها الاستثماري سوى جزء يسير من الأموال التي كان يطمح إليها عند تأسيسه.

وتراهن أثينا على أن تفتح لها المبادرة أبواب التمويل لمشاريع السكك الحديدية التي تربط ميناء سالونيك بالحدود البلغارية والرومانية، وهي مشاريع ظلت مؤجلة سنوات طويلة بسبب الأزمة المالية التي عصفت بالبلاد بين عامي 2010 و2018.

وفي إحدى الحانات الشعبية بمدينة سالونيك، قال صاحب الحانة لمراسلنا: "نسمع عن المبادرات والقمم كل يوم، المهم أن تنخفض فواتير الكهرباء هذا الشتاء، فالناس هنا تعبت من الغلاء".""",
        [
            G("alliance.joined", "occurred", ["Greece"], [_3SI]),
            G("alliance.joined", "historical", ["Greece"], ["NATO"], core=False),
            G("alliance.joined", "historical", ["Greece"], ["European Union"], core=False),
            G("alliance.joined", "historical", ["Ukraine"], [_3SI], core=False),
        ],
        not_targets=["Romania", "United States", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-06-echorouk-trans-saharan-gas-pipeline-mou-2022",
        date(2022, 7, 29),
        """الجزائر والنيجر ونيجيريا توقع مذكرة تفاهم لإنجاز أنبوب الغاز العابر للصحراء

الجزائر - «الشروق»

وقعت الجزائر والنيجر ونيجيريا، أمس الخميس بالجزائر العاصمة، مذكرة تفاهم لإنجاز مشروع أنبوب الغاز العابر للصحراء، الذي سينقل الغاز النيجيري نحو السواحل الجزائرية ومنها إلى الأسواق الأوروبية، وذلك في ختام اجتماع وزاري ثلاثي احتضنه مقر وزارة الطاقة والمناجم.

ووقع المذكرة كل من وزير الطاقة والمناجم محمد عرقاب، ووزير البترول النيجري محمدو ماهامان ساني، ووزير الدولة النيجيري للموارد البترولية تيميبري سيلفا، بحضور إطارات من مجمع سوناطراك والشركتين الوطنيتين للبلدين الآخرين.

وأوضح عرقاب في تصريح للصحافة أن المشروع "استراتيجي بالنسبة للدول الثلاث وللقارة الإفريقية"، مشيرا إلى أن الأنبوب سيمتد على أكثر من أربعة آلاف كيلومتر انطلاقا من مدينة واري النيجيرية إلى غاية حاسي الرمل، بطاقة نقل سنوية قد تصل إلى ثلاثين مليار متر مكعب.

وكانت الدول الثلاث قد وقعت في جويلية 2009 بأبوجا اتفاقا حكوميا أوليا بشأن المشروع، غير أنه ظل متعثرا لأكثر من عقد بسبب الوضع الأمني في منطقة الساحل وصعوبات التمويل.

ويأتي إحياء المشروع في ظرف تبحث فيه الدول الأوروبية عن بدائل للغاز الروسي، وهو ما يمنحه، حسب خبراء، "فرصة تاريخية" لجذب التمويلات.

في المقابل، يرى متابعون أن المشروع يدخل في منافسة مع أنبوب الغاز النيجيري - المغربي، الذي وقع المغرب ونيجيريا اتفاقه في ديسمبر 2016، والمفترض أن يمر عبر دول الساحل الغربي لإفريقيا.

وقال الخبير الطاقوي عبد المجيد عطار إن الأنبوب العابر للصحراء "أقصر وأقل تكلفة"، لكنه يحتاج إلى "ضمانات أمنية حقيقية في النيجر وشمال نيجيريا"، مضيفا أن نجاحه "مرهون بإقناع المستثمرين الأوروبيين".

ومن المنتظر أن تشرع لجنة تقنية مشتركة في تحيين دراسة الجدوى خلال الأشهر المقبلة، على أن يعقد اجتماع وزاري ثان في أبوجا.

وتملك نيجيريا أكبر احتياطي مؤكد من الغاز الطبيعي في القارة الإفريقية، يقدر بأكثر من خمسة آلاف مليار متر مكعب، غير أن جزءا كبيرا منه يحرق في الحقول أو يبقى دون استغلال بسبب ضعف البنية التحتية.

وفي حاسي الرمل، قال تقني يعمل في إحدى محطات الضغط منذ عشرين سنة: "سمعنا بهاد المشروع من زمان، إن شاء الله هاد المرة يتجسد، ربي يجيب الخير للبلاد وللشباب".""",
        [
            G("agreement.signed", "occurred",
              ["Algeria", "Niger", "Nigeria", "Mohamed Arkab", "Timipre Sylva"], []),
            G("agreement.signed", "historical", ["Algeria", "Niger", "Nigeria"], [], core=False),
            G("agreement.signed", "historical", ["Morocco", "Nigeria"], [], core=False),
        ],
        not_targets=["European Union", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-07-almasdaronline-qatari-troops-marib-2015",
        date(2015, 9, 8),
        """ألف جندي قطري يصلون إلى مأرب للمشاركة في معارك التحالف ضد الحوثيين

مأرب - «المصدر أونلاين»

وصل نحو ألف جندي قطري إلى محافظة مأرب شرقي اليمن، مدعومين بمئتي آلية مدرعة وثلاثين طائرة مروحية من طراز أباتشي، وذلك للمشاركة في العمليات العسكرية التي يقودها التحالف العربي ضد جماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح، بحسب ما أفادت مصادر عسكرية يمنية.

وقالت المصادر لـ«المصدر أونلاين» إن القوات القطرية عبرت منفذ الوديعة الحدودي مع السعودية، وتمركزت في معسكر صافر، حيث تحتشد قوات التحالف استعدادا لعملية واسعة لاستعادة ما تبقى من مناطق المحافظة، تمهيدا للتقدم نحو العاصمة صنعاء.

ويأتي وصول القوات القطرية بعد أيام من الهجوم الصاروخي الذي استهدف مخزن أسلحة في صافر، وأودى بحياة أكثر من ستين جنديا من الإمارات والسعودية والبحرين، في أكبر خسارة بشرية يتكبدها التحالف منذ بدء عملياته في مارس الماضي.

وتنتشر قوات إماراتية وسعودية في عدن منذ يوليو الماضي، حيث أسهمت في طرد الحوثيين من المدينة، قبل أن تتقدم نحو محافظات لحج وأبين ومأرب.

ولم ترسل مصر قوات برية إلى اليمن، رغم مشاركتها في التحالف بقطع بحرية لتأمين مضيق باب المندب، وفق ما أكده مسؤولون مصريون في أكثر من مناسبة.

وقال مسؤول في السلطة المحلية بمأرب إن وصول التعزيزات "يرفع معنويات المقاتلين من الجيش الوطني والمقاومة الشعبية"، مضيفا أن المحافظة "ستكون منطلق معركة تحرير صنعاء".

ولم يصدر تعليق رسمي من الدوحة على الخبر حتى مساء أمس، فيما نقلت قناة الجزيرة عن مصادرها تأكيد مشاركة القوات القطرية في العمليات البرية.

ويرى الباحث اليمني في الشؤون العسكرية علي الذهب أن المشاركة القطرية "تحمل رسالة سياسية بتماسك التحالف بعد خسائر صافر"، لكنه لفت إلى أن طبيعة التضاريس في مأرب والجوف "تجعل المعركة طويلة ومكلفة".

وتكتسب مأرب أهمية استراتيجية خاصة، إذ تضم حقول النفط والغاز الرئيسية في البلاد ومحطة الكهرباء الغازية التي كانت تغذي العاصمة، كما تمثل بوابة الطريق الصحراوي المؤدي إلى صنعاء من جهة الشرق.

وفي أحد أسواق مدينة مأرب، قال رجل من قبيلة عبيدة: "الناس هنا تعبت من الحرب والنزوح، والله يكتب لنا الفرج قريب، ونرجع نعيش مثل زمان".""",
        [
            G("military.presence", "occurred", ["Qatar"], ["Yemen"]),
            G("military.presence", "historical", ["United Arab Emirates", "Saudi Arabia"], ["Yemen"], core=False),
            G("military.presence", "negated", ["Egypt"], ["Yemen"], core=False),
        ],
        not_targets=["Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-08-efe-bolivia-venezuela-restore-relations-2020",
        date(2020, 11, 12),
        """بوليفيا وفنزويلا تستأنفان العلاقات الدبلوماسية بعد عام من القطيعة

لاباز (إفي) - أعلنت حكومتا بوليفيا وفنزويلا، أمس الأربعاء، استئناف العلاقات الدبلوماسية بينهما، بعد أيام من تسلم الرئيس البوليفي لويس آرسي مهامه، لتطويا بذلك صفحة القطيعة التي فرضتها الحكومة الانتقالية السابقة برئاسة جانين آنييز.

وقال وزير الخارجية البوليفي روخيليو مايتا في تصريحات صحفية إن القرار "يعيد السياسة الخارجية للبلاد إلى مبدأ احترام سيادة الشعوب وعدم التدخل"، مؤكدا أن لاباز "ستقيم علاقات مع جميع الدول على أساس الاحترام المتبادل".

من جهته، رحب وزير الخارجية الفنزويلي خورخي أرياسا بالخطوة، وكتب على حسابه في تويتر أن البلدين "يستعيدان روابط الأخوة التاريخية"، معلنا أن كاراكاس ستعيد فتح سفارتها في لاباز في أقرب الآجال.

ومن المقرر أن يعين البلدان سفيرين خلال الأسابيع المقبلة، بحسب مصادر دبلوماسية في لاباز.

وكانت حكومة آنييز قد طردت الدبلوماسيين الفنزويليين في نوفمبر 2019، بعد أيام من استقالة الرئيس إيفو موراليس، متهمة إياهم بالتدخل في الشؤون الداخلية، كما اعترفت بالمعارض خوان غوايدو رئيسا لفنزويلا.

كما أعلنت الحكومة الجديدة أن بوليفيا ستعود إلى التحالف البوليفاري لشعوب أمريكا (ألبا)، الذي انسحبت منه الحكومة الانتقالية، ومن المقرر أن تستكمل إجراءات العودة قبل نهاية العام.

ويرى المحلل السياسي البوليفي كارلوس كورديرو أن الحكومة الجديدة "تسعى إلى إعادة تموضع البلاد في المعسكر اليساري الإقليمي"، لكنه لفت إلى أن آرسي "يحرص في الوقت ذاته على عدم الدخول في مواجهة مع واشنطن"، في ظل الأزمة الاقتصادية التي تعصف بالبلاد بسبب جائحة كورونا.

وتشير بيانات رسمية إلى أن المبادلات التجارية بين البلدين تراجعت بشكل كبير خلال السنوات الأخيرة، بعد أن كانت فنزويلا من أبرز الشركاء الاقتصاديين لبوليفيا في عهد الرئيس الراحل هوغو تشافيز.

ويواجه آرسي، الذي شغل منصب وزير الاقتصاد في حكومات موراليس المتعاقبة، تحديات داخلية كبيرة، في مقدمتها تراجع عائدات الغاز وارتفاع البطالة وتداعيات الأزمة السياسية التي شهدتها البلاد بعد انتخابات عام 2019 وما رافقها من احتجاجات دامية.

وفي أحد أسواق مدينة إل ألتو، قالت بائعة أقمشة تقليدية: "السياسة تتغير كل يوم، لكننا نحن هنا نبيع ونشتري. المهم أن يتحسن الاقتصاد وأن يجد أبناؤنا عملا".""",
        [
            G("relations.restored", "occurred", ["Bolivia", "Venezuela"], []),
            G("relations.restored", "planned", ["Bolivia", "Venezuela"], [], core=False),
            G("alliance.joined", "planned", ["Bolivia"], ["Bolivarian Alliance for the Peoples of Our America"],
              core=False),
        ],
        not_targets=["United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-09-alsudani-splmn-agar-forces-integration-2021",
        date(2021, 3, 16),
        """الحركة الشعبية - شمال تبدأ تجميع مقاتليها في النيل الأزرق تمهيدا لدمجهم في الجيش

الخرطوم - «السوداني»

أعلنت الحركة الشعبية لتحرير السودان - شمال بقيادة مالك عقار أن قواتها في إقليم النيل الأزرق ستبدأ خلال الأسابيع المقبلة التجمع في معسكرات محددة، تمهيدا لدمجها في القوات المسلحة السودانية، وفق ما نصت عليه الترتيبات الأمنية في اتفاق جوبا للسلام.

وقال المتحدث باسم الحركة في تصريح لـ«السوداني» إن اللجنة العسكرية المشتركة "أكملت حصر المقاتلين وتحديد مواقع التجميع"، مضيفا أن عملية الدمج "ستتم على مراحل، وتشمل التدريب وتوحيد العقيدة العسكرية".

وكانت الحكومة الانتقالية وتحالف الجبهة الثورية، الذي تنضوي فيه الحركة، قد وقعت اتفاق جوبا للسلام في أكتوبر الماضي، بعد مفاوضات استمرت أكثر من عام برعاية دولة جنوب السودان.

ولم توقع الحركة الشعبية - شمال بقيادة عبد العزيز الحلو على الاتفاق، إذ لا تزال تتفاوض مع الحكومة في مسار منفصل، وتتمسك بمبدأ فصل الدين عن الدولة شرطا لأي تسوية.

وقال مصدر عسكري إن القوات المسلحة "جاهزة لاستيعاب المقاتلين الذين تنطبق عليهم الشروط"، مشيرا إلى أن الذين لا تنطبق عليهم معايير الدمج "سيستفيدون من برامج نزع السلاح والتسريح وإعادة الإدماج في الحياة المدنية".

ويواجه تنفيذ الترتيبات الأمنية صعوبات مالية كبيرة، إذ تقدر تكلفة تجميع المقاتلين وإعاشتهم بمئات الملايين من الدولارات، في وقت يعاني فيه الاقتصاد السوداني من تضخم متسارع وشح في النقد الأجنبي.

ويرى الخبير العسكري اللواء المتقاعد أمين إسماعيل مجذوب أن نجاح الدمج "يتوقف على الإرادة السياسية وتوفير التمويل"، محذرا من أن "بقاء جيوش متعددة في بلد واحد يشكل خطرا على الانتقال الديمقراطي".

وتعيش مناطق النيل الأزرق منذ عام 2011 آثار الحرب بين الحركة والحكومة، التي أدت إلى نزوح مئات الآلاف إلى معسكرات داخل البلاد وفي دولة جنوب السودان.

وكان مالك عقار، رئيس الحركة، قد شغل منصب حاكم إقليم النيل الأزرق قبل اندلاع الحرب عام 2011، ويقول أنصاره إنه يحظى بثقة واسعة بين مقاتليه، ما قد يسهل عملية التجميع، في حين يبدي سكان الإقليم قلقا من تأخر مشاريع التنمية الموعودة.

وفي سوق مدينة الدمازين، قال تاجر يبيع المواد الغذائية: "البلد دي تعبت من الحرب، والناس عايزة سلام حقيقي. لو الدمج تم صاح، الشباب يرجعوا لأهلهم وزرعهم".""",
        [
            G("forces.integrated", "planned", [_SPLMN], [_SAF, "Sudan"]),
            G("agreement.signed", "historical", ["Sudan", "Sudan Revolutionary Front"], [], core=False),
            G("agreement.signed", "negated", [_SPLMN, "Abdelaziz al-Hilu"], ["Sudan"], core=False),
        ],
        not_targets=["South Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-10-alittihad-kenya-us-defence-agreement-2023",
        date(2023, 9, 26),
        """كينيا والولايات المتحدة توقعان اتفاقية للتعاون الدفاعي لخمس سنوات

نيروبي - «الاتحاد»

وقعت كينيا والولايات المتحدة، أمس الاثنين، في نيروبي اتفاقية للتعاون الدفاعي تمتد خمس سنوات، تشمل مكافحة الإرهاب وأمن الحدود والتدريب العسكري، وذلك خلال زيارة يجريها وزير الدفاع الأميركي لويد أوستن إلى العاصمة الكينية.

ووقع الاتفاقية عن الجانب الكيني وزير الدفاع أدن دوالي، الذي قال في مؤتمر صحفي مشترك إن الاتفاقية "ترسم الإطار للتعاون العسكري بين البلدين حتى عام 2028"، مشيرا إلى أنها تتضمن دعما لقدرات الجيش الكيني في مواجهة حركة الشباب الصومالية.

من جانبه، أكد أوستن أن بلاده "تقدر الدور القيادي لكينيا في تعزيز الأمن في منطقة شرق أفريقيا"، مضيفا أن واشنطن "ستواصل العمل مع نيروبي لمواجهة التهديدات المشتركة".

ويتمركز جنود أميركيون منذ سنوات في قاعدة خليج ماندا بمقاطعة لامو الساحلية، التي تعرضت في يناير 2020 لهجوم شنته حركة الشباب وأسفر عن مقتل ثلاثة أميركيين.

وكانت كينيا قد وقعت في عام 2021 اتفاقية مماثلة للتعاون الدفاعي مع بريطانيا، تنظم وجود وحدة التدريب البريطانية في البلاد، وأثارت جدلا في البرلمان بشأن المساءلة عن انتهاكات نسبت إلى جنود بريطانيين.

ويرى محللون أن الاتفاقية تعكس "تنافسا متزايدا بين القوى الكبرى على النفوذ في القرن الأفريقي"، في ظل تنامي الحضور الصيني في المنطقة، سواء عبر مشاريع البنية التحتية أو من خلال القاعدة العسكرية الصينية في جيبوتي.

وقال أستاذ العلاقات الدولية في جامعة نيروبي إن الاتفاقية "تمنح كينيا دعما مهما في مواجهة الإرهاب"، لكنه دعا الحكومة إلى "الكشف عن تفاصيلها أمام البرلمان والرأي العام".

ولم تعلق حركة الشباب على الاتفاقية، لكنها كثفت خلال الأشهر الماضية هجماتها بالعبوات الناسفة في المقاطعات الكينية المحاذية للحدود مع الصومال، ولا سيما في لامو وغاريسا ومانديرا.

وتعد كينيا من أكبر المستفيدين من المساعدات الأمنية الأميركية في القارة الأفريقية، ويتلقى آلاف من ضباطها وجنودها تدريبات في الولايات المتحدة أو على أيدي مدربين أميركيين داخل البلاد منذ مطلع العقد الماضي.

وفي ميناء مومباسا، قال عامل في الرصيف: "الأمن مهم لنا جميعا، الميناء يعيش على التجارة، وإذا جاء الإرهاب توقف كل شيء. نتمنى أن تكون هذه الاتفاقيات لصالح الناس البسطاء أيضا".""",
        [
            G("agreement.signed", "occurred", ["Kenya", "United States", "Aden Duale", "Lloyd Austin"], []),
            G("military.presence", "historical", ["United States"], ["Kenya"], core=False),
            G("agreement.signed", "historical", ["Kenya", "United Kingdom"], [], core=False),
        ],
        not_targets=["Somalia", "China", "Djibouti"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-11-alyaum-ettifaq-sports-page-2023",
        date(2023, 7, 20),
        """الاتفاق يستعيد حق التسجيل ويجدد لمدربه.. وثلاث صفقات جديدة قبل المعسكر

الدمام - «اليوم» - الرياضي

رفع الاتحاد الدولي لكرة القدم (فيفا) الإيقاف الذي فرضه على نادي الاتفاق ومنعه من تسجيل لاعبين جدد، بعد أن سدد النادي مستحقات مدرب أجنبي سابق تقدم بشكوى إلى غرفة تسوية النزاعات، بحسب ما أعلنته إدارة النادي في بيان رسمي أمس.

وأوضح البيان أن الإدارة "أنهت جميع الالتزامات المالية المستحقة"، وأن النادي "أصبح قادرا على تسجيل صفقاته الجديدة قبل انطلاق الموسم"، مشيرا إلى أن مجلس الإدارة مدد عقد المدرب الوطني لموسم إضافي تقديرا لما قدمه في المرحلة الماضية.

وانضم إلى صفوف الفريق ثلاثة لاعبين جدد، بينهم مهاجم أجنبي قادم من الدوري البرتغالي ولاعب وسط دولي، فيما وقع حارس المرمى الأساسي على عقد جديد يمتد ثلاثة مواسم.

ويغادر الفريق الأسبوع المقبل إلى النمسا لإقامة معسكره الإعدادي الخارجي، الذي يستمر ثلاثة أسابيع ويخوض خلاله أربع مباريات ودية أمام فرق أوروبية.

وفي سياق آخر، فرضت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم غرامة مالية على رئيس ناد آخر بسبب تصريحات اعتبرت مسيئة للحكام، كما أوقفت اللجنة لاعبا في دوري الدرجة الأولى أربع مباريات.

ووقع النادي كذلك اتفاقية رعاية مع شركة اتصالات كبرى لمدة ثلاثة مواسم، وأعلن دمج أكاديمية الناشئين في مركز التدريب الجديد الذي يجري تجهيزه في الخبر.

واستأنف الفريق تدريباته أمس على ملعب النادي بحضور جماهيري لافت، وسط أجواء من التفاؤل بعد موسم صعب نجا فيه الفريق من الهبوط في الجولات الأخيرة.

وقال رئيس النادي في تصريح لـ«اليوم» إن وجود الجماهير "هو الدافع الأكبر للاعبين"، مؤكدا أن الإدارة "تعمل على بناء فريق قادر على المنافسة على المراكز المتقدمة، لا مجرد البقاء".

ويترقب أنصار الفريق الإعلان عن صفقة رابعة لمدافع أجنبي، تقول مصادر إن المفاوضات معه بلغت مراحلها الأخيرة، وإن اللاعب سيصل إلى الدمام لإجراء الفحص الطبي خلال أيام.

وقال أحد المشجعين أمام مقر النادي: "الفريق رجع لنا، والحمد لله الإدارة تحركت بدري هالسنة. نبي بطولة، الجمهور الاتفاقي يستاهل".""",
        [],
        not_targets=["Saudi Arabia", "Austria", "Portugal"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h77-12-ahram-iqtisadi-business-page-2024",
        date(2024, 3, 4),
        """الحكومة ترفع حظر تصدير البصل.. واندماج شركتين للأسمدة يتصدر تعاملات البورصة

القاهرة - «الأهرام الاقتصادي»

قررت وزارة التجارة والصناعة رفع الحظر المؤقت على تصدير البصل، الذي فرضته قبل أشهر لضبط الأسعار في السوق المحلية، على أن يطبق رسم صادر على الشحنات الجديدة حتى نهاية الموسم، وذلك بعد تراجع الأسعار مع دخول المحصول الجديد.

وقال مصدر بالوزارة إن القرار "جاء بعد استقرار المعروض في الأسواق"، مشيرا إلى أن الوزارة مددت في الوقت ذاته العمل بحظر تصدير السكر ثلاثة أشهر إضافية.

وفي البورصة المصرية، تصدر سهما شركتين للأسمدة قائمة الأكثر تداولا، بعد إعلان مجلسي إدارتيهما الموافقة المبدئية على الاندماج في كيان واحد، على أن تستكمل الإجراءات خلال الربع الثالث.

وعلقت إدارة البورصة التداول على سهم شركة عقارية صغيرة لحين نشر قوائمها المالية المتأخرة، فيما انضم سهم شركة للخدمات المالية إلى مؤشر "إيجي إكس 30" في المراجعة الدورية الأخيرة.

ووقع تحالف من ثلاث شركات مقاولات مصرية عقدا لتنفيذ مشروع سكني كبير في العاصمة الإدارية الجديدة، بقيمة تتجاوز عشرة مليارات جنيه.

وكانت الهيئة العامة للرقابة المالية قد فرضت غرامات على عدد من شركات السمسرة بسبب مخالفات تتعلق بتأخر الإفصاح، في إطار حملة رقابية دورية.

ومددت شركة تابعة لقطاع الأعمال العام فترة الاكتتاب في طرح أسهمها أسبوعا إضافيا بسبب الإقبال من صغار المستثمرين.

ويرى خبراء أسواق المال أن "صفقات الاندماج والطروحات الحكومية تعيد الثقة إلى السوق"، لكنهم يحذرون من أن تقلبات سعر الصرف "لا تزال تلقي بظلالها على قرارات المستثمرين الأجانب".

وتترقب الأسواق قرارات لجنة السياسة النقدية في البنك المركزي بشأن أسعار الفائدة، وسط توقعات بتحريك سعر الصرف في إطار برنامج مع صندوق النقد الدولي.

وسجل المؤشر الرئيسي للبورصة ارتفاعا بنحو ثلاثة في المئة خلال الأسبوع الماضي، مدعوما بمشتريات المؤسسات المحلية والعربية، فيما اتجه الأفراد المصريون إلى البيع لجني الأرباح بعد موجة الصعود القوية التي شهدتها الأسهم منذ بداية العام.

وتراهن الحكومة على زيادة الصادرات الزراعية لتوفير العملة الأجنبية، في ظل الفجوة الكبيرة بين الواردات والصادرات وارتفاع أعباء خدمة الدين الخارجي خلال العام المالي الجاري.

وقال تاجر في أحد محلات الجملة بالعباسية: "السوق عايز استقرار، الأسعار بتتغير كل أسبوع، والزبون بقى يحسبها بالمليم. لو الدولار استقر كل حاجة هتمشي".""",
        [],
        not_targets=["Egypt"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout77_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout77_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout77_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=9,
        without_statuses=frozenset({"stalled"}),
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
