"""A seventieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty-nine held-out sets: Arabic copy of 2018-2025 as the region's papers, sites and the
Arabic services of international outlets carry it (a Syrian opposition site, "زمان الوصل - خاص",
with a fuel trader of the Aleppo countryside, "الكل كان يدفع"; a London Arabic site, "لندن -
«إندبندنت عربية»", with its doubled months "ديسمبر (كانون الأول)" and a Syrian waiter of Edgware
Road; an Iraqi news agency, "بغداد - «شفق نيوز»", with a generator owner of al-Shaab, "تريد كهرباء
وبس"; the United Nations' Arabic news service, "الأمم المتحدة - أخبار الأمم المتحدة", with its
double months "تموز/يوليو"; a Sudanese opposition site, "الخرطوم - «الراكوبة»", with a member of a
resistance committee, "العساكر ديل"; a Moroccan daily, "الرباط - «اليوم 24»", with a fisherman of
Agadir, "مرحبا"; a Kuwaiti daily, "الكويت - «الجريدة»", in the titles of the court ("سمو رئيس مجلس
الوزراء"); an Algerian daily's site, "الجزائر - «الشروق أونلاين»", with a pensioner, "الكرامة قبل
كلش"; an Aden news site, "عدن - «عدن الغد»", with a qat seller of Sheikh Othman; a Turkish
broadcaster's Arabic site, "أنقرة - «TRT عربي»"; a Moroccan sports daily, "الرباط - «المنتخب»",
with a fan in Gueliz; a Manama daily, "المنامة - «أخبار الخليج»", with a Sitra fisherman) and on
episodes the earlier sets do not carry as core news: the US Treasury's sanctions on the Katerji
Group for brokering fuel between the Assad government and ISIS, September 2018; the United
Kingdom lifting its sanctions on Syria's ministries of defence and interior and its intelligence
services, April 2025; the State Department's 120-day waiver for Iraq's payments for Iranian
electricity, with the money to go to Omani banks, November 2023; the Security Council's Resolution
2693 renewing for a year the arms embargo and sanctions on the armed groups of the Central African
Republic, July 2023; Washington threatening the Sudanese coup leaders with sanctions, November 2021;
Morocco joining the Partnership for Atlantic Cooperation in New York, September 2023; Kuwait and
Saudi Arabia signing the Divided Zone agreement to resume output at Khafji and Wafra, December 2019;
Algeria's ambassador back in Paris after his recall, January 2022; Rashad al-Alimi's decree forming
the Nation's Shield Forces from existing brigades, January 2023; Turkey's intention to keep forces
at al-Watiya air base and the port of Misrata, July 2020. Ten carry core events of the ten
alertable types, nine occurred and one planned (Turkey that "تعتزم … إقامة وجود عسكري دائم" in
Libya), next to historical, negated and stalled ones; two are near misses: a Moroccan football page
(a referee "توقيف", clubs given "عقوبات مالية", CAF that "رفعت … الحظر" on a stadium, players
"التحق" at a camp the coach uses as "قاعدة", a club's "تحالف" and "اتفاقية شراكة" with an academy, a
coach "انضمام", a match postponed and play to "تستأنف") and a Manama fisheries page (the seasonal
shrimp-fishing ban "رفعت … الحظر", inspectors "ستنتشر", "العقوبات" of the fisheries law, a
fishermen's plea for "تمديد" of support, a port agreement "وقعت", a harbour that "انضم" to a
programme, two committees "دمج").

The decisions of the annotation, taken before any run: a Treasury that announced "فرض عقوبات على
مجموعة قاطرجي" imposes (core; the United States, the Treasury and OFAC; the Katerji Group; not
Lebanon or the Emirates where it does business, nor Russia); the listing on the same day of
"أفرادا وشركات في روسيا ولبنان" an occurred imposition left without a named target (not core;
Russia and Lebanon are where the firms sit, not targets); the sanctions "عام 2011" on Bashar
al-Assad, widened to oil and the Commercial Bank of Syria, historical; "ولم يصدر عن الاتحاد الأوروبي
حتى الآن أي قرار مماثل" a negated imposition; the Geneva talks "متعثرة" a stalled signing; the
activists' "يتوقع … أن تتبع … قرارات مشابهة" a conjecture and no event. A British government that
"رفعت … العقوبات المفروضة على وزارتي الدفاع والداخلية السوريتين" lifts (core; the United Kingdom and
the Foreign Office; the two ministries and Syria; not the United States, whose Caesar Act is named
as still in force); the March lifting on 24 entities, the central bank and Syrian Arab Airlines
historical; "لم ترفع لندن العقوبات عن بشار الأسد" a negated lifting; the EU sanctions of 2011 a
historical imposition; "ما لم تتخذ الولايات المتحدة خطوات مماثلة" a condition and no event. A
United States that "مددت … لمدة 120 يوما، الإعفاء" suspends (core; the United States, the State
Department and Antony Blinken, who "وقع الإعفاء": his signature is the waiver, no agreement; Iraq
and Iran; not Oman, whose banks receive the money, nor China); the energy sanctions reimposed by
Trump's administration in 2018 a historical imposition on Iran, the waiver "جرى تجديده بصورة دورية
منذ ذلك الحين" a historical suspension, "لم يشمل السماح للعراق بتحويل أي مبالغ نقدية" a negated
suspension, the Baghdad-Tehran debt talks "متعثرة" a stalled signing. A Security Council that "مدد
… لمدة عام واحد حظر توريد الأسلحة المفروض على الجماعات المسلحة" extends (core; the Council; the
Central African Republic, whose armed groups are its object; not Sudan, Chad or Cameroon on its
borders, nor Russia and China who abstained), the panel's mandate "ومدد القرار كذلك" part of the same
extension, "ولم يضف المجلس … أي أسماء" a negated imposition, the embargo "لأول مرة في كانون
الأول/ديسمبر 2013" a historical imposition and its easing for the government forces a historical
suspension, MINUSCA "منذ عام 2014" a historical presence, the peace agreement "الموقع عام 2019" a
historical signing and the integration of fighters "متعثرا" a stalled integration. A United States
that "لوحت … بفرض عقوبات على قادة المكون العسكري" threatens (core; the United States, the State
Department, Ned Price and Jeffrey Feltman; Sudan and al-Burhan); the 700 million dollars of aid
"تعليق" and the World Bank's freeze of its own payments are a donor withholding its money, no
sanction (no event); "لم تتخذ حتى الآن أي إجراء عقابي بحق البرهان أو نائبه" a negated imposition;
Sudan taken off the terrorism list "في ديسمبر الماضي" a historical lifting and its listing three
decades before a historical imposition; the Juba agreement "منذ توقيع الاتفاق قبل أكثر من عام" a
historical signing and its security arrangements "متعثرة" a stalled integration. A Morocco that
"انضمت … إلى الشراكة من أجل التعاون الأطلسي" joins (core; Morocco and Nasser Bourita; the
Partnership for Atlantic Cooperation; not Nigeria or the United States), Bourita's signature of
the founding declaration with Blinken an occurred signing (not core), its return to the African
Union "في يناير 2017" a historical joining, its ECOWAS application "لا يزال … معلقا" a stalled
joining, the unnamed states that "فضلت التريث" no event. Kuwait and Saudi Arabia that "وقعت …
اتفاقية ملحقة" sign (core; the two states and Abdulaziz bin Salman), the agreements of 1922 and
1965 historical signings, the Dorra talks with Iran "متعثرة" a stalled signing, the ratification
to come no new signing (no event). An Algerian ambassador who "عاد … إلى باريس لاستئناف مهامه"
restores ties (core; Algeria and Mohamed-Antar Daoud; France), the recall and the airspace still
closed to French military aircraft no event of the monitor's types, the Algiers declaration of
2012 a historical signing, the talks on the 1968 agreement "متعثرة" a stalled signing. A
Presidential Leadership Council whose head "أصدر … قرارا جمهوريا بإنشاء قوات احتياط تحمل اسم
"قوات درع الوطن"" made of "ألوية قائمة" integrates forces (core; the Council and Rashad al-Alimi;
the Nation's Shield Forces; not Saudi Arabia where some trained), "ولم تنضم قوات العمالقة … إلى
التشكيل الجديد" a negated integration, the Riyadh agreement "في نوفمبر 2019" a historical signing
and its integration "لا يزال متعثرا" a stalled integration, the coalition forces "منذ عام 2015" a
historical presence. A Turkey that "تعتزم … إقامة وجود عسكري دائم في ليبيا" plans a presence (core;
Turkey; Libya and the Government of National Accord; not Greece, Egypt, Cyprus or Syria), the two
memorandums "في نوفمبر الماضي" a historical signing, the advisers and air defences "منذ يناير
الماضي" a historical presence, "نفت وزارة الدفاع التركية إرسال قوات برية مقاتلة" a negated
presence, the 5+5 talks "متعثرة" a stalled signing, Sisi's warning of intervention no sanction
(no event); the Rabat football page and the Manama fisheries page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 1032747, in a worktree whose only change was this file), in one
run: events P 1.000 R 0.800 F1 0.889 (recall 8/10, precision 12/12; occurred core found 7/9, planned
1/1; historical 19/19, negated 7/7 and stalled 9/9 kept quiet). No annotation was changed after the
run.

Missed: in ar-h70-08 "عاد سفير الجزائر لدى فرنسا محمد عنتر داود إلى باريس لاستئناف مهامه، بعد نحو
ثلاثة أشهر من استدعائه للتشاور" gives nothing (the probe "عاد سفير الجزائر لدى فرنسا إلى باريس
لاستئناف مهامه بعد أشهر من استدعائه." a restoration of Algeria and France; "… بعد استدعائه
للتشاور." nothing): the "للتشاور" of the recall that the return ends is read as the envoy called home
now; in ar-h70-09 "أصدر رئيس مجلس القيادة الرئاسي … قرارا جمهوريا بإنشاء قوات احتياط تحمل اسم "قوات
درع الوطن"، تتبع القائد الأعلى للقوات المسلحة مباشرة" gives nothing (the probe "أصدر رئيس مجلس
القيادة الرئاسي رشاد العليمي قرارا بإنشاء قوات درع الوطن." nothing): a force set up under the
command of the armed forces is no integration form, and the Nation's Shield Forces are not in the
knowledge base.

No false alarm and no unexpected alert: the two near misses raise nothing, and no historical,
negated or stalled event alerts.

Seen but not scored: in ar-h70-01 the imposition has no target (the Katerji Group is not in the
knowledge base), and "تقضي العقوبات بتجميد أي أصول" is a second, planned imposition of the United
States (the same listing told again); in ar-h70-02 the lifting has no target ("وزارتي الدفاع
والداخلية السوريتين" is not taken); in ar-h70-03 the suspension has no target in the lede and a
second one has Iraq and the Central Bank of Iran for targets and no actor, the historical
suspension has Donald Trump for target and the imposition of 2018 Iraq and the Trade Bank of Iraq
for actors; in ar-h70-04 the extension has no target and the Central African envoy's "تأسف لتجديد
عقوبات" is a planned extension with the republic for actor; in ar-h70-05 the threat has no target
(Sudan is named as "قادة المكون العسكري في السودان") and the lede's "لوحت" is read historical beside
the headline's occurred one; in ar-h70-06 the joining has no target (the Partnership for Atlantic
Cooperation is not in the knowledge base) and the signing takes the tail of the minister's title
("والتعاون الأفريقي") for actor and Morocco and Bourita for targets; in ar-h70-08 the signing of
2012 is read stalled, not historical; in ar-h70-10 the planned presence takes Misrata beside Libya
for target. Strict xfails on two articles; do not tune lexicons on these articles.

After the fixes of 2026-12-06: P 1.000 R 1.000 F1 1.000 (recall 10/10, precision 14/14; occurred
core found 9/9, planned 1/1; historical 19/19, negated 7/7 and stalled 9/9 kept quiet). Fixed, with
rule sentences in ``tests/unit/test_heldout70_rules_ar.py``: the consultation cue ("للتشاور") that
follows the recall's own noun ("بعد … من استدعائه للتشاور") tells the recall a return ends, not an
envoy called home now, so an ambassador back at his post restores ties (an envoy "إلى بلاده" after
his recall, and one recalled "للتشاور", stay quiet); a force set up right after the verb and placed
under the armed forces' command («بتشكيل قوة خاصة تتبع وزارة الدفاع»، «إنشاء قوات احتياط تابعة
للقائد الأعلى للقوات المسلحة») is an integration (a hospital or a committee the ministry runs is
not), and the Nation's Shield Forces are in the knowledge base. No strict xfail is left. Wrong
parties left, not counted by the scorer: ar-h70-01's imposition and ar-h70-06's joining still have
no target (the Katerji Group and the Partnership for Atlantic Cooperation are not in the knowledge
base), ar-h70-02's lifting has no target, ar-h70-03's suspension none in its lede, ar-h70-04's
extension and ar-h70-05's threat none; ar-h70-08's restoration has France for actor, not target;
ar-h70-09's integration takes Yemen beside the force for target and leaves out al-Alimi, named with
his middle name; the duplicate planned readings of ar-h70-01 ("تقضي العقوبات بتجميد") and ar-h70-04
("تأسف لتجديد عقوبات") and ar-h70-10's Misrata target are left as measured.

``python -m tests.unit.test_heldout70_events_ar`` prints every article's alerts and the set's
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
_STATE = "United States Department of State"
_EU = "European Union"
_UNSC = "United Nations Security Council"
_AU = "African Union"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-01-zamanalwsl-treasury-sanctions-katerji-group-2018",
        date(2018, 9, 7),
        """واشنطن تعاقب "مجموعة قاطرجي" بتهمة تسهيل تجارة النفط بين النظام وتنظيم "الدولة"

زمان الوصل - خاص

أعلنت وزارة الخزانة الأمريكية، مساء الخميس، فرض عقوبات على مجموعة قاطرجي، إحدى أبرز الشركات التي صعدت خلال سنوات الحرب في حلب، متهمة إياها بلعب دور الوسيط في صفقات نقل النفط والقمح بين نظام الأسد وتنظيم "الدولة الإسلامية" في المناطق التي كان يسيطر عليها التنظيم شرقي البلاد.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن المجموعة "سهلت شحنات الوقود إلى المناطق الخاضعة لسيطرة النظام، وقدمت في الوقت نفسه الأموال والسلاح لتنظيم داعش"، مشيرا إلى أن العقوبات تقضي بتجميد أي أصول للمجموعة في الولايات المتحدة، ومنع الأمريكيين من إجراء أي تعاملات معها.

ويدير المجموعة الأخوان حسام ومحمد براء قاطرجي، وهما من أبناء مدينة الباب بريف حلب، وقد دخل حسام مجلس الشعب عام 2016 عن محافظة حلب، بعد أن تحول خلال سنوات قليلة من تاجر صغير إلى واحد من أثرياء الحرب الذين يعتمد عليهم النظام في تأمين المحروقات.

وتزامن القرار مع إدراج الخزانة أفرادا وشركات في روسيا ولبنان على قائمتها بتهمة المساعدة في إيصال شحنات نفط إيرانية إلى موانئ النظام، ضمن ما وصفته بحملة "الضغط" على شبكات التمويل التي تبقي دمشق قادرة على الاستمرار.

وكانت الولايات المتحدة قد فرضت عام 2011 عقوبات على رأس النظام بشار الأسد وعدد من كبار مسؤوليه، بعد أشهر من بدء حملة القمع ضد المتظاهرين السلميين، ثم وسعتها لاحقا لتشمل قطاع النفط والمصرف التجاري السوري.

ولم يصدر عن الاتحاد الأوروبي حتى الآن أي قرار مماثل بحق المجموعة، رغم مطالبات منظمات سورية معارضة بإدراجها على القائمة الأوروبية، في حين رفضت وزارة الخارجية في حكومة النظام التعليق على القرار.

ويرى اقتصاديون أن العقوبات قد لا تؤثر كثيرا في نشاط المجموعة داخل سوريا، لكنها ستضيق هامش تحركها في لبنان والإمارات، حيث تدير جزءا من تعاملاتها المالية عبر شركات وسيطة.

وتأتي الخطوة في وقت لا تزال فيه محادثات جنيف بين وفدي النظام والمعارضة متعثرة، بعد أن فشلت الجولات الأخيرة برعاية المبعوث الأممي ستيفان دي ميستورا في التوصل إلى اتفاق على تشكيل اللجنة الدستورية.

وقال أحد تجار المحروقات في ريف حلب الشمالي لـ"زمان الوصل": "كل الناس بتعرف مين كان ينقل الصهاريج من الرقة ودير الزور لمصفاة حمص، الكل كان يدفع، والمواطن هو اللي عم يدفع الحق بالآخر".

ويتوقع ناشطون أن تتبع الخطوة الأمريكية قرارات مشابهة تستهدف رجال أعمال آخرين برزوا خلال الحرب، لا سيما في قطاعي النفط والإعمار.""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY, "Office of Foreign Assets Control"],
              ["Katerji Group"]),
            G("sanctions.imposed", "occurred", [_US, _TREASURY], [], core=False),
            G("sanctions.imposed", "historical", [_US], ["Bashar al-Assad", "Syria", "Commercial Bank of Syria"],
              core=False),
            G("sanctions.imposed", "negated", [_EU], ["Katerji Group"], core=False),
            G("agreement.signed", "stalled", ["Syria", "United Nations", "Staffan de Mistura"], [], core=False),
        ],
        not_targets=["Lebanon", "United Arab Emirates", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-02-independentarabia-uk-lifts-sanctions-syrian-ministries-2025",
        date(2025, 4, 25),
        """بريطانيا ترفع العقوبات عن وزارتي الدفاع والداخلية السوريتين وأجهزة استخبارات سابقة

لندن - «إندبندنت عربية»

رفعت الحكومة البريطانية، أمس الخميس، العقوبات المفروضة على وزارتي الدفاع والداخلية السوريتين، إلى جانب عدد من أجهزة الاستخبارات التي كانت تتبع النظام السابق، في أحدث خطوة تتخذها لندن لتخفيف القيود على سوريا منذ سقوط بشار الأسد في ديسمبر (كانون الأول) الماضي.

وقالت وزارة الخارجية البريطانية، في بيان، إن القرار "يهدف إلى دعم الشعب السوري في إعادة بناء بلاده وتعزيز الاستقرار"، موضحة أن الأجهزة المشمولة كانت قد أدرجت على قائمة العقوبات بسبب دورها في قمع المدنيين خلال سنوات الحرب، وأن تغير السلطة في دمشق "يستدعي مقاربة جديدة".

وشملت القائمة التي أزيلت منها الأسماء، بحسب البيان، إدارة المخابرات العامة ومكتب الأمن الوطني، إضافة إلى وسائل إعلام حكومية كانت تعمل في عهد النظام السابق، في حين أكدت الحكومة أن القرار لا يعني "أي تساهل" مع المتورطين في الانتهاكات.

وكانت بريطانيا قد رفعت في مارس (آذار) الماضي العقوبات عن 24 كيانا سوريا، بينها مصرف سوريا المركزي وشركة الخطوط الجوية العربية السورية، ضمن حزمة أولى قالت إنها تستهدف تسهيل وصول المساعدات وتشجيع الاستثمار.

وفي المقابل، لم ترفع لندن العقوبات عن بشار الأسد وأفراد عائلته والمقربين منه، الذين تقول إنهم "مسؤولون عن جرائم مروعة"، كما أبقت على القيود المتعلقة بالأسلحة الكيماوية وتجارة الكبتاغون.

ويعود جزء كبير من العقوبات البريطانية على سوريا إلى عام 2011، حين فرضها الاتحاد الأوروبي، وكانت المملكة المتحدة عضوا فيه، ردا على قمع الاحتجاجات، قبل أن تنقلها لندن إلى نظامها الخاص بعد خروجها من الاتحاد.

ورحبت وزارة الخارجية السورية بالقرار، ووصفته في بيان بأنه "خطوة إيجابية في الاتجاه الصحيح"، داعية بقية الدول الغربية إلى "إزالة ما تبقى من العقوبات التي تعيق التعافي الاقتصادي".

ويقول خبراء في الشأن السوري إن الأثر العملي للقرار يبقى محدودا ما لم تتخذ الولايات المتحدة خطوات مماثلة، نظرا إلى أن العقوبات الأميركية، ولا سيما قانون قيصر، هي التي تمنع المصارف والشركات الدولية من التعامل مع دمشق.

وقال مغترب سوري يعمل في مطعم بحي إدجوير رود وسط لندن: "من زمان ما سمعنا خبر منيح عن البلد. أهلي بدمشق عم يستنوا الكهربا ترجع، والعقوبات كانت عم تخنق الناس مش النظام".

وتترقب الأوساط الاقتصادية زيارة مرتقبة لوفد تجاري بريطاني إلى دمشق خلال الأشهر المقبلة، بحسب ما أفادت مصادر دبلوماسية.""",
        [
            G("sanctions.lifted", "occurred", ["United Kingdom", "Foreign, Commonwealth and Development Office"],
              ["Ministry of Defense (Syria)", "Ministry of Interior (Syria)", "Syria"]),
            G("sanctions.lifted", "historical", ["United Kingdom"],
              ["Central Bank of Syria", "Syrian Arab Airlines", "Syria"], core=False),
            G("sanctions.lifted", "negated", ["United Kingdom"], ["Bashar al-Assad"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["Syria"], core=False),
        ],
        not_targets=[_US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-03-shafaqnews-us-renews-iraq-electricity-waiver-oman-2023",
        date(2023, 11, 15),
        """واشنطن تمدد إعفاء العراق من العقوبات لدفع ثمن الكهرباء الإيرانية.. والأموال إلى مصارف عمانية

بغداد - «شفق نيوز»

مددت الولايات المتحدة، لمدة 120 يوما، الإعفاء الذي يسمح للعراق بدفع ثمن الكهرباء المستوردة من إيران من دون التعرض للعقوبات الأميركية، مع إضافة بند جديد يتيح نقل الأموال المستحقة لطهران من حسابات مقيدة في المصارف العراقية إلى حسابات في مصارف سلطنة عمان.

وقال متحدث باسم وزارة الخارجية الأميركية إن وزير الخارجية أنتوني بلينكن وقع الإعفاء، موضحا أن الأموال "لن تذهب إلى إيران مباشرة"، وأنها ستستخدم حصرا في شراء سلع غير خاضعة للعقوبات، مثل الغذاء والدواء والمعدات الطبية، عبر قنوات تخضع لرقابة مشددة.

وبحسب مسؤولين عراقيين، تراكمت لدى المصرف العراقي للتجارة مليارات الدولارات من مستحقات الغاز والكهرباء الإيرانية، لم تتمكن بغداد من تسديدها بسبب القيود الأميركية، ما دفع طهران مرارا إلى خفض إمدادات الغاز، وهو ما انعكس على ساعات التجهيز في محافظات الوسط والجنوب.

ويعود أول إعفاء من هذا النوع إلى نوفمبر عام 2018، حين أعادت إدارة الرئيس السابق دونالد ترامب فرض العقوبات على قطاع الطاقة الإيراني بعد انسحابها من الاتفاق النووي، ثم جرى تجديده بصورة دورية منذ ذلك الحين، لفترات تراوحت بين 30 و120 يوما.

غير أن الإعفاء الجديد لم يشمل السماح للعراق بتحويل أي مبالغ نقدية إلى البنك المركزي الإيراني، وفق ما أكده المتحدث الأميركي، الذي شدد على أن واشنطن "تراقب بدقة" حركة هذه الأموال.

وقال المتحدث باسم وزارة الكهرباء العراقية أحمد موسى إن الوزارة "تعول على الإعفاء لضمان استمرار تدفق الغاز خلال فصل الشتاء"، مشيرا إلى أن نحو ثلث الطاقة المنتجة في البلاد يعتمد على الغاز المستورد.

في المقابل، لا تزال المفاوضات بين بغداد وطهران بشأن آلية دائمة لتسوية الديون المتراكمة متعثرة، بحسب مصدر في وزارة المالية تحدث لـ"شفق نيوز" مشترطا عدم الكشف عن اسمه، مضيفا أن الجانب الإيراني "يطالب بالدفع بعملة اليورو أو باليوان الصيني".

ويرى مختصون في شؤون الطاقة أن استمرار الاعتماد على الغاز الإيراني يبقي العراق رهينة للتجاذب الأميركي الإيراني، داعين إلى الإسراع في استثمار الغاز المصاحب الذي يحرق في حقول البصرة.

وفي حي الشعب شرقي بغداد، قال صاحب مولدة أهلية: "كل صيف وكل شتا نفس القصة، الوطنية تطفي ونشغل المولدات. الناس ما تعرف شنو إعفاء وشنو عقوبات، تريد كهرباء وبس".

ويتوقع أن تصل الدفعة الأولى من الأموال إلى المصارف العمانية خلال الأسابيع المقبلة.""",
        [
            G("sanctions.suspended", "occurred", [_US, _STATE, "Antony Blinken"], ["Iraq", "Iran"]),
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Iran"], core=False),
            G("sanctions.suspended", "historical", [_US], ["Iraq", "Iran"], core=False),
            G("sanctions.suspended", "negated", [_US], ["Iraq", "Iran"], core=False),
            G("agreement.signed", "stalled", ["Iraq", "Iran"], [], core=False),
        ],
        not_targets=["Oman", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-04-unnews-security-council-renews-car-arms-embargo-2023",
        date(2023, 7, 28),
        """مجلس الأمن يمدد لعام واحد حظر الأسلحة على الجماعات المسلحة في جمهورية أفريقيا الوسطى

الأمم المتحدة - أخبار الأمم المتحدة

مدد مجلس الأمن الدولي، يوم الخميس، لمدة عام واحد حظر توريد الأسلحة المفروض على الجماعات المسلحة في جمهورية أفريقيا الوسطى، إلى جانب تدابير حظر السفر وتجميد الأصول المفروضة على أفراد وكيانات يعتبرهم مسؤولين عن تقويض السلام والاستقرار في البلاد، وذلك حتى نهاية تموز/يوليو 2024.

واعتمد المجلس القرار 2693 بأغلبية عشرة أصوات، فيما امتنعت خمس دول عن التصويت، من بينها روسيا والصين، اللتان اعتبرتا أن الإبقاء على أي قيود "لم يعد مبررا" بعد التقدم الذي أحرزته السلطات في بانغي.

ومدد القرار كذلك ولاية فريق الخبراء المعني بمراقبة تنفيذ التدابير حتى نهاية آب/أغسطس من العام المقبل، وطالب الفريق بتقديم تقرير منتصف المدة حول تدفق الأسلحة عبر الحدود مع السودان وتشاد والكاميرون.

وأكد ممثل الولايات المتحدة، التي أعدت مشروع القرار، أن التدابير "لا تستهدف الحكومة ولا قواتها المسلحة"، بل "الجماعات التي تواصل ترويع المدنيين"، في حين قال مندوب جمهورية أفريقيا الوسطى إن بلاده "تأسف لتجديد عقوبات تعوق قدرة الدولة على حماية مواطنيها".

ولم يضف المجلس في قراره الجديد أي أسماء إلى قائمة الأفراد والكيانات الخاضعين للعقوبات، التي تضم حاليا أكثر من خمسة عشر اسما، بينهم الرئيس الأسبق فرانسوا بوزيزيه وعدد من قادة الجماعات المسلحة.

يذكر أن مجلس الأمن فرض حظر الأسلحة على جمهورية أفريقيا الوسطى لأول مرة في كانون الأول/ديسمبر 2013، إثر اندلاع أعمال العنف بين تحالف سيليكا وميليشيات أنتي بالاكا، ثم خففه تدريجيا خلال السنوات الماضية في ما يخص إمدادات القوات الحكومية.

وتنتشر بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في جمهورية أفريقيا الوسطى (مينوسكا) في البلاد منذ عام 2014، وتضم أكثر من أربعة عشر ألف عنصر من قوات حفظ السلام والشرطة.

وفي الأثناء، لا يزال تنفيذ الاتفاق السياسي للسلام والمصالحة الموقع عام 2019 متعثرا، ولا سيما في ما يتعلق بدمج مقاتلي الجماعات المسلحة في الوحدات الخاصة المختلطة مع الجيش الوطني، بحسب ما أفاد تقرير الأمين العام الأخير.

وقالت فالنتين روغوابيزا، رئيسة البعثة الأممية، في إحاطة سابقة أمام المجلس، إن الوضع الأمني "لا يزال هشا في المناطق الحدودية"، مشيرة إلى أن آلاف النازحين "يعيشون في ظروف صعبة للغاية".

ومن المقرر أن يعقد المجلس جلسة في تشرين الأول/أكتوبر المقبل لمناقشة تقرير الأمين العام حول تنفيذ ولاية البعثة.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Central African Republic"]),
            G("sanctions.imposed", "negated", [_UNSC], ["Central African Republic"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Central African Republic"], core=False),
            G("sanctions.suspended", "historical", [_UNSC], ["Central African Republic"], core=False),
            G("military.presence", "historical", ["MINUSCA", "United Nations"], ["Central African Republic"],
              core=False),
            G("agreement.signed", "historical", ["Central African Republic"], [], core=False),
            G("forces.integrated", "stalled", ["Central African Republic"], [], core=False),
        ],
        not_targets=["Sudan", "Chad", "Cameroon", "Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-05-alrakoba-washington-threatens-sanctions-after-coup-2021",
        date(2021, 11, 2),
        """واشنطن تلوح بعقوبات على قادة الانقلاب.. وفيلتمان: "كل الخيارات مطروحة"

الخرطوم - «الراكوبة»

لوحت الولايات المتحدة بفرض عقوبات على قادة المكون العسكري في السودان، إذا لم يتراجعوا عن الإجراءات التي أعلنها الفريق أول عبد الفتاح البرهان في الخامس والعشرين من أكتوبر الماضي، ويعيدوا السلطة إلى الحكومة المدنية برئاسة عبد الله حمدوك.

وقال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس، في مؤتمر صحفي، إن واشنطن "تدرس جميع الأدوات المتاحة"، بما فيها العقوبات، لمحاسبة المسؤولين عن الانقلاب، مضيفا أن بلاده "لن تقف مكتوفة الأيدي" أمام ما وصفه بتقويض الانتقال الديمقراطي.

وأكد المبعوث الأمريكي الخاص للقرن الأفريقي جيفري فيلتمان، الذي كان في الخرطوم قبل ساعات من الانقلاب، أن "كل الخيارات مطروحة على الطاولة"، مشيرا إلى أن الإدارة الأمريكية تتشاور مع الكونغرس بشأن الخطوات المقبلة.

وكانت واشنطن قد أعلنت، بعد يوم واحد من الانقلاب، تعليق مساعدات اقتصادية بقيمة 700 مليون دولار كانت مخصصة لدعم الموازنة والانتقال المدني، كما جمد البنك الدولي صرف أمواله للسودان.

غير أن الولايات المتحدة لم تتخذ حتى الآن أي إجراء عقابي بحق البرهان أو نائبه محمد حمدان دقلو (حميدتي)، وهو ما يفسره دبلوماسيون غربيون برغبة واشنطن في ترك الباب مفتوحا أمام الوساطات الجارية.

وكانت الإدارة الأمريكية قد رفعت اسم السودان من قائمة الدول الراعية للإرهاب في ديسمبر الماضي، بعد نحو ثلاثة عقود من إدراجه عليها، وهي الخطوة التي اعتبرت حينها أكبر مكسب للحكومة الانتقالية.

وفي الداخل، لا تزال الترتيبات الأمنية المنصوص عليها في اتفاق جوبا للسلام، ولا سيما دمج قوات الحركات المسلحة في الجيش، متعثرة منذ توقيع الاتفاق قبل أكثر من عام، وسط خلافات حول أعداد المقاتلين ومواقع تجميعهم.

وتواصلت الاحتجاجات في أحياء الخرطوم وأم درمان والخرطوم بحري، حيث أغلق المحتجون الشوارع الرئيسية بالمتاريس، رافعين شعارات "لا تفاوض، لا شراكة، لا شرعية"، فيما تحدثت لجنة أطباء السودان المركزية عن سقوط قتلى برصاص قوات الأمن.

وقال أحد أعضاء لجان المقاومة في حي بري لـ"الراكوبة": "نحنا ما منتظرين أمريكا ولا غيرها، الشارع هو البيرجع الثورة. العقوبات لو جات تكون على العساكر ديل ما على الشعب".

وتتوالى المبادرات الإقليمية للوساطة بين المكونين العسكري والمدني، في ظل تمسك حمدوك، الموضوع قيد الإقامة الجبرية، بعودة الأوضاع إلى ما كانت عليه قبل الانقلاب شرطا لأي حوار.""",
        [
            G("sanctions.threatened", "occurred", [_US, _STATE, "Ned Price", "Jeffrey Feltman"],
              ["Sudan", "Abdel Fattah al-Burhan"]),
            G("sanctions.imposed", "negated", [_US], ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"],
              core=False),
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
            G("forces.integrated", "stalled", ["Sudan"], [], core=False),
            G("agreement.signed", "historical", ["Sudan"], [], core=False),
        ],
        not_targets=["World Bank"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-06-alyaoum24-morocco-joins-atlantic-cooperation-partnership-2023",
        date(2023, 9, 20),
        """المغرب ينضم إلى "الشراكة من أجل التعاون الأطلسي" في نيويورك.. وبوريطة: الأطلسي فضاء للاندماج

الرباط - «اليوم 24»

انضمت المملكة المغربية، أول أمس الإثنين، إلى "الشراكة من أجل التعاون الأطلسي"، وهي إطار جديد أطلقته الولايات المتحدة على هامش الدورة الثامنة والسبعين للجمعية العامة للأمم المتحدة في نيويورك، ويضم أكثر من ثلاثين دولة مطلة على المحيط الأطلسي من أفريقيا وأوروبا والأمريكتين.

ووقع وزير الشؤون الخارجية والتعاون الأفريقي والمغاربة المقيمين بالخارج ناصر بوريطة على إعلان التأسيس، إلى جانب وزراء ومسؤولين من الدول الأعضاء، في حفل ترأسه وزير الخارجية الأمريكي أنتوني بلينكن، الذي قال إن الشراكة "تهدف إلى معالجة التحديات المشتركة، من التغير المناخي إلى الأمن البحري والاقتصاد الأزرق".

وأكد بوريطة، في كلمة بالمناسبة، أن المغرب "يعتبر الفضاء الأطلسي فضاء للتعاون والاندماج وليس للتنافس"، مذكرا بالرؤية الملكية الرامية إلى جعل الواجهة الأطلسية للمملكة "بوابة لأفريقيا نحو العالم".

وتشمل مجالات عمل الشراكة، وفق إعلانها التأسيسي، حماية النظم البيئية البحرية ومكافحة الصيد غير القانوني، وتبادل المعطيات العلمية، وتعزيز الربط بين الموانئ، دون أن تتضمن أي التزامات ذات طابع عسكري أو دفاعي.

ويأتي انضمام المغرب إلى هذا الإطار بعد أكثر من ست سنوات على عودته إلى الاتحاد الأفريقي في يناير 2017، خلال قمة أديس أبابا، بعد غياب دام ثلاثة وثلاثين عاما عن المنظمة القارية.

في المقابل، لا يزال طلب المملكة الانضمام إلى المجموعة الاقتصادية لدول غرب أفريقيا (سيدياو)، الذي قدمته في فبراير 2017، معلقا، بعد أن أرجأت قمم المجموعة المتتالية البت فيه، وسط تحفظات من بعض الدول الأعضاء وأوساط رجال الأعمال في نيجيريا.

ولم تنضم إلى الشراكة عند إطلاقها دول أطلسية أخرى فضلت التريث، بحسب ما أوردته وسائل إعلام أمريكية، دون أن تسميها.

ويرى الباحث في العلاقات الدولية محمد الطيار أن الخطوة "تعزز موقع المغرب شريكا موثوقا لواشنطن في الفضاء الأطلسي"، مضيفا أن "الرهان الحقيقي يبقى هو تحويل هذه الأطر إلى مشاريع ملموسة في الموانئ والطاقة".

وفي ميناء الصيد بمدينة أكادير، قال أحد البحارة: "البحر ديالنا غني، ولكن البحري الصغير ما كيستافد والو. إلى كانت هاد الشراكة غادي تحمي الحوت من البواخر الكبيرة، مرحبا".

ومن المنتظر أن تعقد الدول الأعضاء اجتماعا على مستوى كبار المسؤولين خلال الأشهر المقبلة لوضع خطة عمل أولية.""",
        [
            G("alliance.joined", "occurred", ["Morocco", "Nasser Bourita"], ["Partnership for Atlantic Cooperation"]),
            G("alliance.joined", "historical", ["Morocco"], [_AU], core=False),
            G("alliance.joined", "stalled", ["Morocco"], ["Economic Community of West African States"], core=False),
            G("agreement.signed", "occurred", ["Morocco", "Nasser Bourita", _US, "Antony Blinken"], [], core=False),
        ],
        not_targets=["Nigeria", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-07-aljarida-kuwait-saudi-divided-zone-agreement-2019",
        date(2019, 12, 25),
        """الكويت والسعودية توقعان اتفاقية المنطقة المقسومة.. واستئناف الإنتاج في الخفجي والوفرة

الكويت - «الجريدة»

وقعت الكويت والمملكة العربية السعودية، أمس، اتفاقية ملحقة باتفاقيتي تقسيم المنطقة المحايدة والمنطقة المغمورة المحاذية لها، إلى جانب مذكرة تفاهم بشأن استئناف إنتاج النفط في حقلي الخفجي والوفرة المشتركين، بعد توقف استمر نحو خمس سنوات.

ووقع الاتفاقية عن الجانب الكويتي نائب رئيس مجلس الوزراء وزير الخارجية الشيخ د. أحمد ناصر المحمد، وعن الجانب السعودي وزير الطاقة الأمير عبدالعزيز بن سلمان، في قصر بيان، بحضور سمو رئيس مجلس الوزراء الشيخ صباح الخالد.

وقال الأمير عبدالعزيز بن سلمان، في تصريح للصحافيين عقب التوقيع، إن الاتفاقية "تعكس عمق العلاقات الأخوية بين البلدين"، مؤكدا أن الإنتاج سيعود تدريجيا خلال الأسابيع المقبلة، بعد استكمال الاستعدادات الفنية في الحقلين.

وبحسب مصادر نفطية مطلعة، تبلغ الطاقة الإنتاجية للحقلين نحو 500 ألف برميل يوميا، تتقاسمها الدولتان مناصفة، ويدار حقل الخفجي البحري عبر شركة مشتركة بين شركة نفط الخليج الكويتية وأرامكو لأعمال الخليج، فيما تدير شركة شيفرون حقل الوفرة البري بموجب امتياز سعودي.

وتعود جذور المنطقة المقسومة إلى اتفاقية العقير عام 1922، قبل أن يوقع البلدان عام 1965 اتفاقية تقسيم المنطقة المحايدة، التي نصت على تقسيمها إداريا مع الإبقاء على الثروات الطبيعية مشتركة بينهما.

وتوقف الإنتاج في حقل الخفجي في أكتوبر 2014 لأسباب بيئية، ثم في حقل الوفرة في مايو 2015 بسبب خلافات تشغيلية، ما كبد البلدين خسائر بمليارات الدولارات.

وفي السياق، لا تزال المفاوضات مع إيران بشأن ترسيم الحدود البحرية في منطقة حقل الدرة للغاز متعثرة منذ سنوات، إذ تطالب طهران بحصة في الحقل الذي تعتبره الكويت والسعودية ملكا مشتركا لهما وحدهما.

ورحب نواب في مجلس الأمة بالاتفاقية، وقال النائب عدنان عبدالصمد إن الخطوة "طال انتظارها"، مطالبا الحكومة بإطلاع المجلس على تفاصيل الملاحق قبل إحالتها للتصديق.

وفي سوق المباركية، قال بائع تمور ستيني: "الحمد لله، الكويت والسعودية أهل، والخلافات بين الأهل تنحل بالطيب. المهم النفط يرجع يطلع والخير يعم".

ومن المقرر أن تحيل الحكومة الاتفاقية إلى مجلس الأمة خلال دور الانعقاد الحالي للتصديق عليها وفقا للإجراءات الدستورية.""",
        [
            G("agreement.signed", "occurred", ["Kuwait", "Saudi Arabia", "Abdulaziz bin Salman"], []),
            G("agreement.signed", "historical", ["Kuwait", "Saudi Arabia"], [], core=False),
            G("agreement.signed", "stalled", ["Kuwait", "Iran"], [], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-08-echorouk-algerian-ambassador-returns-to-paris-2022",
        date(2022, 1, 7),
        """السفير الجزائري يعود إلى باريس بعد ثلاثة أشهر من استدعائه

الجزائر - «الشروق أونلاين»

عاد سفير الجزائر لدى فرنسا محمد عنتر داود إلى باريس لاستئناف مهامه، بعد نحو ثلاثة أشهر من استدعائه للتشاور، احتجاجا على تصريحات الرئيس الفرنسي إيمانويل ماكرون التي شكك فيها في وجود "أمة جزائرية" قبل الاستعمار الفرنسي، بحسب ما أفادت مصادر دبلوماسية.

وتأتي عودة السفير بعد سلسلة من الإشارات التي بعثت بها باريس خلال الأسابيع الماضية، كان أبرزها زيارة وزير الخارجية الفرنسي جان إيف لودريان إلى الجزائر في ديسمبر الماضي، حيث التقى الرئيس عبد المجيد تبون، وأعرب عن رغبة بلاده في "علاقة قائمة على الثقة والاحترام المتبادل".

وكان ماكرون قد عبر، في وقت سابق، عن "أسفه" للجدل الذي أثارته تصريحاته، مؤكدا "احترامه الكبير للشعب الجزائري وتاريخه"، وهو ما اعتبره مراقبون تمهيدا لتجاوز الأزمة.

وكانت الجزائر قد استدعت سفيرها مطلع أكتوبر الماضي، وأغلقت مجالها الجوي أمام الطائرات العسكرية الفرنسية المتوجهة إلى منطقة الساحل في إطار عملية برخان، ولم تعلن حتى الآن عن إعادة فتحه أمام هذه الطائرات.

ويذكر أن البلدين وقعا في ديسمبر 2012، خلال زيارة الرئيس الأسبق فرانسوا هولاند، "إعلان الجزائر حول الصداقة والتعاون"، الذي أرسى آليات للتشاور السياسي المنتظم بين الحكومتين.

وفي المقابل، لا تزال المحادثات حول مراجعة اتفاقية 1968 الخاصة بتنقل الجزائريين وإقامتهم في فرنسا متعثرة، في ظل تقليص باريس عدد التأشيرات الممنوحة للجزائريين إلى النصف منذ سبتمبر الماضي.

ويرى المحلل السياسي حسني عبيدي أن عودة السفير "لا تعني طي صفحة الخلاف نهائيا"، مشيرا إلى أن ملفات الذاكرة والتأشيرات والتعاون في الساحل "ستبقى محل تجاذب" خلال الأشهر المقبلة، خاصة مع اقتراب الانتخابات الرئاسية الفرنسية.

وتعد فرنسا أحد أكبر الشركاء التجاريين للجزائر، وتقيم فيها جالية جزائرية تقدر بالملايين، ما يجعل أي توتر بين البلدين ينعكس مباشرة على حياة آلاف العائلات.

وفي ساحة أول ماي بالعاصمة، قال متقاعد كان يعمل في فرنسا لسنوات: "الدولة دارت واش لازم، الكرامة قبل كلش. بصح الناس حابين الفيزا، عندنا ولادنا تما وما نقدروش نروحو نشوفوهم".

ومن المنتظر أن يستأنف السفير داود لقاءاته مع المسؤولين الفرنسيين خلال الأيام المقبلة.""",
        [
            G("relations.restored", "occurred", ["Algeria", "Mohamed-Antar Daoud"], ["France"]),
            G("agreement.signed", "historical", ["Algeria", "France"], [], core=False),
            G("agreement.signed", "stalled", ["Algeria", "France"], [], core=False),
        ],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-09-adenalghad-alimi-forms-nations-shield-forces-2023",
        date(2023, 1, 30),
        """العليمي يصدر قرارا بإنشاء "قوات درع الوطن" ويضمها إلى القائد الأعلى للقوات المسلحة

عدن - «عدن الغد»

أصدر رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، قرارا جمهوريا بإنشاء قوات احتياط تحمل اسم "قوات درع الوطن"، تتبع القائد الأعلى للقوات المسلحة مباشرة، ويحدد القائد الأعلى مهامها وأماكن عملها وتسليحها، بحسب ما نشرته وكالة الأنباء اليمنية "سبأ".

ونص القرار على أن تتشكل القوات الجديدة من ألوية قائمة جرى تشكيلها خلال الفترة الماضية بدعم من تحالف دعم الشرعية، وأن يعين قائدها بقرار من رئيس المجلس، على أن "تلتزم بالقوانين والأنظمة العسكرية النافذة".

وبحسب مصادر عسكرية تحدثت لـ"عدن الغد"، تضم القوات عددا من الألوية ذات الغالبية السلفية التي تتمركز في محافظات لحج وأبين والضالع، ويقدر قوامها بعدة آلاف من المقاتلين، وقد تلقى جزء منها التدريب في معسكرات داخل المملكة العربية السعودية.

وأثار القرار تساؤلات في الأوساط الجنوبية، إذ رأى فيه ناشطون محسوبون على المجلس الانتقالي الجنوبي "محاولة لإيجاد قوة موازية"، في حين اعتبره مؤيدو المجلس الرئاسي خطوة نحو "توحيد القرار العسكري تحت مظلة الدولة".

ولم تنضم قوات العمالقة، التي يقودها عضو مجلس القيادة أبو زرعة المحرمي، إلى التشكيل الجديد، كما لم يعلن المجلس الانتقالي الجنوبي موقفا رسميا من القرار حتى مساء أمس.

ويأتي القرار بعد أكثر من ثلاث سنوات على توقيع اتفاق الرياض في نوفمبر 2019 بين الحكومة والمجلس الانتقالي برعاية سعودية، والذي نص على دمج التشكيلات العسكرية والأمنية في وزارتي الدفاع والداخلية، غير أن تنفيذ هذا الشق من الاتفاق لا يزال متعثرا حتى اليوم.

وكانت قوات التحالف بقيادة السعودية قد انتشرت في عدن ومحافظات جنوبية عدة منذ عام 2015، عقب طرد جماعة الحوثي منها، ولا تزال تحتفظ بوجود في قاعدة العند الجوية ومطار عدن الدولي.

ويرى الباحث في الشؤون العسكرية علي الذهب أن نجاح القوات الجديدة "مرهون بمدى خضوعها الفعلي لوزارة الدفاع ورئاسة الأركان"، محذرا من "تكرار تجارب سابقة انتهت بتشكيلات تتبع قادتها لا الدولة".

وفي سوق الشيخ عثمان، قال بائع قات: "كل يوم نسمع عن قوات جديدة واسم جديد، والراتب ما يوصل. الناس تشتي أمان ومرتبات، مش ألوية زيادة".

ومن المتوقع أن يصدر خلال الأيام المقبلة قرار بتعيين قائد للقوات، وفق مصادر في مكتب رئاسة الجمهورية.""",
        [
            G("forces.integrated", "occurred", ["Presidential Leadership Council", "Rashad al-Alimi"],
              ["Nation's Shield Forces"]),
            G("forces.integrated", "negated", ["Giants Brigades"], ["Nation's Shield Forces"], core=False),
            G("agreement.signed", "historical", ["Yemen", "Southern Transitional Council"], [], core=False),
            G("forces.integrated", "stalled", ["Southern Transitional Council"], ["Yemen"], core=False),
            G("military.presence", "historical", ["Saudi-led coalition", "Saudi Arabia"], ["Yemen"], core=False),
        ],
        not_targets=["Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-10-trtarabi-turkey-plans-presence-watiya-misrata-2020",
        date(2020, 7, 6),
        """تركيا تعتزم إقامة وجود عسكري دائم في قاعدة الوطية وميناء مصراتة

أنقرة - «TRT عربي»

تعتزم تركيا إقامة وجود عسكري دائم في ليبيا، عبر استخدام قاعدة الوطية الجوية غربي البلاد وميناء مصراتة البحري، وذلك بموجب تفاهمات جرى بحثها خلال زيارة وزير الدفاع التركي خلوصي أكار ورئيس الأركان يشار غولر إلى طرابلس الأسبوع الماضي، بحسب ما أفادت مصادر تركية مطلعة.

وقالت المصادر إن الجانبين ناقشا "الخطوات اللازمة" لتحويل قاعدة الوطية، التي استعادتها قوات حكومة الوفاق الوطني من قوات حفتر في مايو الماضي، إلى قاعدة تستخدمها القوات الجوية التركية، على أن تتمركز قطع بحرية تركية في ميناء مصراتة لتأمين خطوط الإمداد.

وأكد أكار، خلال لقائه رئيس المجلس الرئاسي فائز السراج، أن بلاده "ستواصل الوقوف إلى جانب الحكومة الشرعية"، مشددا على أن الوجود التركي "يأتي بطلب من الحكومة الليبية المعترف بها دوليا وفي إطار القانون الدولي".

وكانت تركيا وحكومة الوفاق قد وقعتا في نوفمبر الماضي مذكرتي تفاهم، الأولى للتعاون الأمني والعسكري، والثانية لتحديد مناطق الصلاحية البحرية في البحر المتوسط، وهو ما أثار اعتراض اليونان ومصر وقبرص.

وأرسلت أنقرة منذ يناير الماضي مستشارين عسكريين وأنظمة دفاع جوي إلى طرابلس، أسهمت في تغيير موازين القوى على الأرض، وانسحاب قوات حفتر من محيط العاصمة ومدينة ترهونة.

في المقابل، نفت وزارة الدفاع التركية إرسال قوات برية مقاتلة إلى ليبيا، مؤكدة أن وجودها يقتصر على "التدريب والاستشارة"، فيما تتهمها أطراف ليبية وإقليمية بنقل آلاف المقاتلين السوريين إلى هناك.

ولا تزال محادثات اللجنة العسكرية المشتركة "5+5" برعاية الأمم المتحدة في جنيف متعثرة منذ فبراير الماضي، وسط تبادل الاتهامات بين الطرفين بخرق الهدنة، وتحشيد متبادل حول مدينة سرت وقاعدة الجفرة.

وحذرت القاهرة، على لسان الرئيس عبد الفتاح السيسي، من أن سرت والجفرة "خط أحمر"، ملوحة بالتدخل العسكري المباشر إذا تجاوزته قوات حكومة الوفاق المدعومة من تركيا.

ويرى الخبير العسكري التركي متين غورجان أن السيطرة على الوطية ومصراتة "تمنح تركيا عمقا استراتيجيا في شرق المتوسط وشمال أفريقيا"، لكنه نبه إلى أن "الوجود الدائم سيضع أنقرة في مواجهة مباشرة مع أطراف إقليمية".

وتعرضت قاعدة الوطية، يوم الأحد، لغارات جوية نفذتها طائرات مجهولة، استهدفت منظومات دفاع جوي تركية نصبت فيها حديثا، دون أن تعلن أي جهة مسؤوليتها عن الهجوم.""",
        [
            G("military.presence", "planned", ["Turkey"], ["Libya", "Government of National Accord"]),
            G("agreement.signed", "historical", ["Turkey", "Government of National Accord"], [], core=False),
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
            G("military.presence", "negated", ["Turkey"], ["Libya"], core=False),
            G("agreement.signed", "stalled", ["Libyan National Army", "Government of National Accord"], [],
              core=False),
        ],
        not_targets=["Greece", "Egypt", "Cyprus", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-11-almountakhab-moroccan-football-federation-page-2022",
        date(2022, 10, 4),
        """الجامعة توقف حكما وتغرم ناديين.. و"الكاف" يرفع الحظر عن ملعب مراكش

الرباط - «المنتخب» - القسم الرياضي

أعلنت مديرية التحكيم بالجامعة الملكية المغربية لكرة القدم، أمس الإثنين، توقيف الحكم الذي أدار مباراة المغرب التطواني ونهضة بركان عن إدارة المباريات لمدة شهر، بعد ثبوت ارتكابه أخطاء تقديرية مؤثرة، أبرزها إلغاء هدف صحيح في الدقائق الأخيرة.

وأصدرت اللجنة المركزية للتأديب عقوبات مالية على ناديي شباب المحمدية والكوكب المراكشي، بسبب تأخر الفريقين في الدخول إلى أرضية الملعب وعدم احترام التوقيت المحدد من طرف العصبة، فيما أحالت ملف أحداث مباراة الدفاع الحسني الجديدي على لجنة الأخلاقيات.

وفي خبر سار للجماهير المراكشية، رفعت الكونفدرالية الأفريقية لكرة القدم الحظر الذي كانت تفرضه على الملعب الكبير لمراكش، بعد استكمال أشغال تغيير العشب وإصلاح الإنارة، ليعود بذلك الملعب إلى قائمة الملاعب المعتمدة لاحتضان المباريات القارية والدولية.

وعلى صعيد المنتخبات، التحق ثلاثة لاعبين محليين بمعسكر المنتخب الوطني الرديف بمركب محمد السادس بالمعمورة، الذي يتخذه الناخب الوطني قاعدة لتحضيراته، استعدادا لكأس أمم أفريقيا للاعبين المحليين.

وكشف رئيس نادي حسنية أكادير عن تحالف جديد بين ناديه وأكاديمية خاصة لتكوين الناشئين، في إطار اتفاقية شراكة تمتد لخمس سنوات، تضع بموجبها الأكاديمية مرافقها رهن إشارة فئات الفريق الصغرى، مقابل أولوية النادي في التعاقد مع خريجيها.

كما أعلن نادي الفتح الرياضي انضمام لاعب الوسط الدولي السابق إلى طاقمه التقني مساعدا للمدرب، في حين فشلت مفاوضات الرجاء مع مهاجمه الغاني لتجديد العقد، ليصبح اللاعب حرا في التوقيع لأي ناد ابتداء من يناير المقبل.

وقررت العصبة الوطنية لكرة القدم الاحترافية تأجيل مباراة الجيش الملكي وأولمبيك خريبكة إلى موعد لاحق، بسبب التزامات الفريق العسكري في دوري أبطال أفريقيا، على أن تستأنف المنافسات بشكل عادي نهاية الأسبوع.

وفي مقهى بحي جليز، قال أحد عشاق الكوكب: "الملعب الكبير رجع، الحمد لله، ولكن الفرقة ديالنا خاصها ترجع للقسم الأول عاد نفرحو بصح. الجمهور المراكشي كيستاهل أحسن من هادشي".

ويتصدر الجيش الملكي ترتيب البطولة برصيد ستة عشر نقطة، متبوعا بالرجاء الرياضي بأربع عشرة نقطة، في حين يعاني الوداد من نتائج متذبذبة منذ انطلاق الموسم، بعد رحيل عدد من ركائزه خلال الصيف.

ومن المنتظر أن يعلن الناخب الوطني وليد الركراكي، الأسبوع المقبل، لائحة اللاعبين المعنيين بالمباراتين الوديتين أمام الشيلي والباراغواي، في آخر محطة إعدادية قبل نهائيات كأس العالم بقطر، التي يحل فيها المنتخب ضمن المجموعة السادسة إلى جانب كرواتيا وبلجيكا وكندا.""",
        [],
        not_targets=["Morocco", "Qatar", "Chile", "Paraguay"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h70-12-akhbaralkhaleej-shrimp-fishing-ban-lifted-2024",
        date(2024, 8, 1),
        """انتهاء حظر صيد الروبيان اليوم.. والثروة البحرية: تشديد الرقابة على شباك الجر

المنامة - «أخبار الخليج»

يعود الصيادون اليوم الخميس إلى البحر لصيد الروبيان، بعد أن رفعت إدارة الثروة السمكية بالمجلس الأعلى للبيئة الحظر الموسمي الذي استمر ستة أشهر، منذ الأول من فبراير الماضي، بهدف حماية مواسم التكاثر وإتاحة الفرصة للمخزون كي يتجدد.

وأكدت الإدارة، في بيان، أن فرقها ستنتشر في المرافئ ونقاط الإنزال الرئيسية في سترة والمحرق والحد وعسكر، للتأكد من التزام الصيادين بالاشتراطات، وفي مقدمتها حظر استخدام شباك الجر القاعية في المناطق القريبة من الشواطئ، تحت طائلة العقوبات المنصوص عليها في قانون تنظيم صيد واستغلال وحماية الثروة البحرية.

وأشارت إلى أن خفر السواحل ضبط خلال فترة الحظر 46 قاربا مخالفا، وصادر كميات من الروبيان ومعدات الصيد، وأحال المخالفين إلى النيابة العامة، مضيفة أن العقوبات تصل إلى الغرامة والحبس وسحب رخصة الصيد في حال التكرار.

وقال رئيس جمعية الصيادين المحترفين إن الموسم الجديد "ينطلق في ظروف صعبة"، بسبب ارتفاع أسعار الديزل وقطع الغيار، مطالبا بتمديد فترة الدعم المقدم للصيادين البحرينيين، وتسريع صرف التعويضات المتأخرة عن فترة التوقف.

وفي السياق ذاته، وقعت وزارة شؤون البلديات والزراعة اتفاقية مع إحدى الشركات الوطنية لتطوير مرفأ سترة وتوسعة ساحة إنزال الأسماك، كما انضم مرفأ الحد إلى برنامج المرافئ النموذجية الذي يوفر خدمات التبريد والتخزين للصيادين بأسعار رمزية.

وأعلنت الوزارة دمج لجنتي تنظيم الأسواق المركزية ومتابعة أسعار الأسماك في لجنة واحدة، لتوحيد الإجراءات ومعالجة الشكاوى المتعلقة بارتفاع الأسعار، التي وصلت خلال الأسابيع الأخيرة إلى مستويات غير مسبوقة بسبب شح المعروض.

وتتوقع مصادر في السوق المركزي أن تتراجع أسعار الروبيان تدريجيا خلال الأسبوعين المقبلين مع زيادة الكميات المعروضة، بعد أن بلغ سعر الكيلوغرام الواحد من الروبيان المستورد أكثر من أربعة دنانير.

وفي مرفأ سترة، قال صياد خمسيني وهو يجهز قاربه: "ستة شهور ننطر هاليوم، الحظر زين عشان البحر يرتاح، بس المصاريف ما ترتاح. الله يرزقنا ويرزق الجميع".

يذكر أن البحرين تطبق حظر صيد الروبيان سنويا منذ عام 2018 بالتنسيق مع دول مجلس التعاون، ضمن استراتيجية لإعادة تأهيل المخزون الذي تراجع بشكل حاد خلال العقدين الماضيين بسبب الصيد الجائر وعمليات الدفان.

وتعتزم الإدارة إطلاق حملة توعوية في المرافئ بالتعاون مع جمعيات الصيادين، تتضمن توزيع أدلة إرشادية حول المقاسات المسموح بصيدها والمناطق المحظورة.""",
        [],
        not_targets=["Bahrain", "Gulf Cooperation Council"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout70_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout70_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout70_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
