"""A twenty-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first twenty-six held-out sets: Arabic copy of 2015-2025 from outlets the earlier sets lack,
and from regions and programmes they hardly touch (Ecuador, Myanmar in 2016, Belarus's state
firms, the Ethiopia emergency order, the Comoros, the Ferghana Valley, Colombia and Venezuela, the
Sahel's unified force, northern Kosovo): Al-Sharq (Doha) carrying a wire, with "فبراير/شباط"
months, on the Treasury's sanctions on Los Choneros and its fugitive leader "Fito" (Noboa's
terrorist designation of 22 gangs in January, the security agreements of September, "لا تعنيان
إقامة قواعد عسكرية أجنبية", the Manta base until 2009); Al-Anba (Kuwait) carrying KUNA, with its
Hijri date, on Obama lifting the Myanmar sanctions (the bans of 1997, 2003 and 2008, the
suspension of 2012 and the delistings of May, restrictions "ستبقى قائمة", the Rohingya); Al-Sabah
Al-Jadeed (Baghdad), in Levantine months, on the Treasury suspending its sanctions on nine
Belarusian firms for six months a day after the Council's four-month suspension (in a pluperfect,
"أول من أمس الخميس", with "جرى … تمديد" of the regime), the firms still listed, a conditional
warning, no ambassadors since 2008, Lukashenko's reservation over a Russian air base and the Minsk
agreements; an opinion column in Al-Intibaha (Khartoum) on Biden renewing the Ethiopia national
emergency and Washington warning Eritrea ("لن تتردد في استخدام الأدوات المتاحة لها، بما فيها
العقوبات"; no Ethiopian listed, the Eritrean designations of 2021, AGOA, Sudan's own twenty years
of sanctions, the AU talks with no date, the GERD filled "من دون اتفاق"); a question-and-answer
explainer in Al-Watan (Muscat), with its Hijri date, on the Comoros becoming the WTO's 165th member
(the protocol signed in Abu Dhabi, Timor-Leste to follow on the 30th, Algeria's talks "متعثرة",
Oman in 2000, the Comoros in SADC in 2017); a Noon Post feature from Batken, in Ramadan, on the
Kyrgyz-Tajik border treaty signed in Bishkek with a tri-junction agreement to be signed in Khujand
"الرئيسان … بمشاركة الرئيس الأوزبكي" (the Kyrgyz-Uzbek treaty of 2023, Russia's bases, the
clashes of 2021 and 2022); Al-Akhbar (Beirut), in its own wording ("الحصار الأميركي"), on Colombia
and Venezuela exchanging ambassadors (military contacts to resume, the rupture of 2019, the PDVSA
sanctions, Monómeros); Echorouk in Algerian months (جانفي، جويلية، أوت، فيفري) on the Sahel
alliance's unified force of 5,000 "ستكون جاهزة لبدء عملياتها" (the chiefs of staff's agreement of
March, the Liptako-Gourma charter and the confederation treaty, ECOWAS's Niger sanctions lifted,
the French and US withdrawals, the Africa Corps, the Algiers agreement, the G5 Sahel force); and
Cairo 24's time-stamped live coverage of NATO sending 700 more troops to Kosovo after Zvečan (KFOR
since 1999, the Ohrid plan accepted "من دون أن يوقّع أي من الطرفين عليها", the Brussels agreement of
2013). Nine carry events of all ten alertable types (imposed, lifted, suspended, extended,
threatened, joined, signed, restored ties, integration, deployment), in occurred and planned
status, next to historical, negated and stalled ones; three are near misses: a Zawya Arabic
markets report of Indonesia lifting its palm oil export ban (futures in Kuala Lumpur, a domestic
market obligation reimposed, export levies, joint teams deployed to markets, an export-permit
corruption case), Al-Omk (Rabat) in Moroccan usage (نونبر، بلاغ، الجالية) on the government
reopening the airspace shut since November and extending the health state of emergency (a
tourism support plan with taxes and contributions postponed), and Al-Ayyam (Aden), with its Hijri date,
on a locust campaign (24 teams deployed, an agreement with the FAO, Al-Mahra joining, a grazing
ban, schools suspended for the coronavirus, a campaign that may be extended).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 168e735, the analyzer as committed), in one run:
events P 0.750 R 0.667 F1 0.706 (recall 8/12, precision 6/8; occurred core found 7/10, planned
1/2; historical 31/31, negated 7/8 and stalled 2/2 kept quiet). The score flatters two articles:
in ar-j03 the Council's suspension of the day before, told in a pluperfect ("وكان مجلس الاتحاد
الأوروبي قد قرر، أول من أمس الخميس، تعليق …"), is read as historical and counted as found only
through the Treasury's suspension, whose actors wrongly include Belarus; in ar-j06 the Khujand
signing to come is missed and counted as found through the day's signing in Bishkek. Six strict
xfails, with the reason (four articles with a core event missed, two with a wrong alert); do not
tune lexicons on these articles. The causes, as read in the output of ``rasd.analyze.analyze`` on
the articles' sentences and shortened variants of them: a national emergency renewed ("جدّد
الرئيس الأمريكي جو بايدن لعام آخر حالة "الطوارئ الوطنية" المتعلقة بإثيوبيا") is no sanctions
object, with "جدّد" as with set 24's "مدّد"; a refusal to hesitate before using or resorting to
sanctions ("لن تتردد في استخدام الأدوات المتاحة لها، بما فيها العقوبات" ضد …، "لن تتردد في اللجوء
إلى العقوبات ضد …") is no threat, where "لن تتردد في فرض عقوبات" and "هددت باستخدام العقوبات" are
one; "الرئيسان", named paragraphs before, take up no one, and a signing left with one party
("ومن المقرر أن يوقع الرئيس الأوزبكي شوكت ميرضيائيف اتفاقية حدودية") is dropped, so the Khujand
signing gives nothing; ambassadors exchanged ("تبادلت كولومبيا وفنزويلا السفراء", "بوغوتا
وكراكاس تتبادلان السفراء"), a rupture ended ("طوت … صفحة قطيعة ديبلوماسية", "أنهت … القطيعة"),
credentials presented and an ambassador arriving are no restoration; a joint force told by its
coming into operation ("القوة العسكرية الموحدة … ستكون جاهزة لبدء عملياتها") has no forming verb,
and where one is written a subject of three states puts the force out of the verb's reach ("شكلت
تشاد والنيجر والسودان قوة عسكرية مشتركة" gives nothing, "شكلت تشاد والنيجر …" is found; a force
with no "عسكرية", "قوة مشتركة لتأمين حدودهما", is none either), and "الدول الثلاث" take up no
names; a reservation over plans for a base ("أبدى تحفظا واضحا على خطط موسكو لإقامة قاعدة جوية
روسية"، "اعترض على") keeps the base planned, where "رفض" and "عارض" negate it, and the host's "لا
تحتاج إليها" in the next clause does not reach it; a named state lifting its own export ban on a
commodity ("إندونيسيا ترفع حظر تصدير زيت النخيل", "رفعت الهند الحظر على تصدير القمح") is sanctions
lifted by that state (set 21's onion ban passed because its cabinet named no state); "أول من
أمس" in a pluperfect anchors nothing, so a step of the day before is historical, where "أمس" and
"الخميس" make it news. Wrong roles and statuses in events the set's scoring does not count as
wrong: Los Choneros and "Fito" (not in the knowledge base, the name in quotes) are no target, and
"تُجمَّد جميع أصول العصابة" is a second, historical imposition; the Council's extension "وجرى في
الوقت ذاته تمديد العمل بنظام العقوبات حتى نهاية شباط المقبل" gives nothing ("تم تمديد العقوبات على
بيلاروس حتى نهاية شباط المقبل" is planned: the end date ahead dates the act); the WTO is lost as
the Comoros' organisation after "العضو الخامس والستين بعد المئة في", Timor-Leste's accession in a
relative clause ("التي ستصبح العضو السادس والستين بعد المئة") gives nothing, and the host of the
conference ("الذي استضافته أبوظبي") signs the Comoros' protocol; Tashkent, a city, is a party of
the Kyrgyz-Uzbek treaty. Six causes have a sentence of their own in ``RULES``, a strict xfail
until it is fixed; the others (the national emergency, already pinned by set 24; the dual
"الرئيسان" and the one-party signing; the force coming into operation) are pinned by the
articles' strict xfails.

After the fixes (same day): P 1.000 R 0.833 F1 0.909 (recall 10/12, precision 8/8; occurred 9/10,
planned 1/2; historical 31/31, negated 8/8, stalled 2/2 kept quiet). Fixed, each with its rule
sentence below: "لن تتردد في اللجوء إلى/استخدام العقوبات" is a threat; ambassadors exchanged
("تبادلت … السفراء") restore ties; the names of a subject right after a verb of forming a force or
of ties do not count against the verb's reach ("شكلت تشاد والنيجر والسودان قوة عسكرية مشتركة");
a reservation voiced over a plan ("أبدت تحفظها على خطط … لإقامة قاعدة") negates it; a state's
ban on its own exports ("رفعت الهند الحظر على تصدير القمح", with no one named with the exports)
is no sanction; a pluperfect with a day of the news after it ("قد مددت، أول من أمس الخميس") is
news, and "أول من أمس" a day of the news. Also fixed on the articles' causes: a US national
emergency about a state ("حالة الطوارئ الوطنية المتعلقة بإثيوبيا") is a sanctions instrument, its
state the target (the ب of a target marker is no "in"); the national capitals of the knowledge
base's further places stand for their states (Bogotá, Caracas, with its spelling "كراكاس");
and, seen in older sets on the way, a capital in capitals opening a paragraph before a plain
hyphen ("KIGALI - …") is a dateline, a plan with other targets does not merge into a step of
the day, and "البلدين" borrows a state once. Left (strict xfails): the extension's actor (a
president is no Arabic sanctions actor), the Khujand signing ("الرئيسان" named paragraphs
before), the Sahel force described only by its start.

Later (2026-12-05, the knowledge base's office terms filled): the Kyrgyz, Tajik and Uzbek
presidents hold their offices in the knowledge base, so the Khujand signing is found with its
parties; its strict xfail is removed.

Later (2026-12-07): the renewal of the Ethiopian emergency is found with its actor and day, cured
by a fronted "while" clause ("وبينما كانت المدافع تهدر …،") read as the act's scene, neither its
past nor its parties (``test_general_misses8_rules_ar.py``); its strict xfail is removed.

``python -m tests.unit.test_heldout27_events_ar`` prints every article's alerts and the set's
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
    check_rule,
    check_set_shape,
    params,
    report,
)

_OFAC = "Office of Foreign Assets Control"
_TREASURY = "United States Department of the Treasury"
_STATE = "United States Department of State"
_COUNCIL = "Council of the European Union"
_WTO = "World Trade Organization"
_SADC = "Southern African Development Community"
_AES = "Alliance of Sahel States"
_ECOWAS = "Economic Community of West African States"
_TPLF = "Tigray People's Liberation Front"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j01-alsharq-wire-us-treasury-sanctions-ecuador-los-choneros-fito-2024",
        date(2024, 2, 8),
        """واشنطن تفرض عقوبات على عصابة "لوس تشونيروس" وزعيمها الفار "فيتو".. وكيتو ترحب

الدوحة - الشرق - وكالات
الخميس 8 فبراير 2024

فرضت الولايات المتحدة، أمس الأربعاء، عقوبات على عصابة "لوس تشونيروس"، أكبر العصابات الإجرامية في الإكوادور، وعلى زعيمها خوسيه أدولفو ماسياس فيلامار، المعروف بلقب "فيتو"، الذي فرّ من سجن في مدينة غواياكيل الشهر الماضي، في خطوة قالت إنها تهدف إلى دعم الحكومة الإكوادورية في مواجهة موجة العنف التي تجتاح البلاد منذ مطلع العام.

وأوضح مكتب مراقبة الأصول الأجنبية التابع لوزارة الخزانة الأمريكية، في بيان، أن العصابة "تقف وراء جانب كبير من العنف المرتبط بتهريب المخدرات" في الإكوادور، وأنها تعمل بالتنسيق مع كارتل "سينالوا" المكسيكي لشحن الكوكايين عبر موانئ المحيط الهادئ إلى أمريكا الشمالية وأوروبا. وبموجب القرار، تُجمَّد جميع أصول العصابة وزعيمها الخاضعة للولاية القضائية الأمريكية، ويُحظر على المواطنين والشركات الأمريكية إجراء أي تعاملات معهما.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نيلسون إن "لوس تشونيروس" مسؤولة عن "عمليات قتل وخطف وابتزاز طالت مسؤولين وصحفيين ومواطنين عاديين"، مؤكدا أن واشنطن "ستواصل استخدام كل أدواتها لتفكيك الشبكات الإجرامية التي تهدد أمن شعوب المنطقة".

فرار هزّ البلاد

وكان "فيتو"، الذي يقضي حكما بالسجن 34 عاما بتهم الجريمة المنظمة وتهريب المخدرات والقتل، قد اختفى من زنزانته في السابع من يناير/كانون الثاني الماضي، ما أشعل موجة من أعمال الشغب في عدد من السجون، احتُجز خلالها عشرات الحراس رهائن. وبعد يومين فقط، اقتحم مسلحون ملثمون استوديو قناة "تي سي" التلفزيونية في غواياكيل خلال بث مباشر، في مشهد تابعه الملايين.

ورد الرئيس دانيال نوبوا، الذي تولى منصبه في نوفمبر/تشرين الثاني الماضي، بإعلان البلاد في حالة "نزاع مسلح داخلي"، وصنّف 22 عصابة، في مقدمتها "لوس تشونيروس" و"لوس لوبوس"، منظمات إرهابية، مكلفا القوات المسلحة بملاحقتها. ومنذ ذلك الحين، اعتقلت قوات الأمن أكثر من ستة آلاف شخص، بحسب أرقام حكومية.

ورحبت وزيرة الخارجية الإكوادورية غابرييلا سومرفيلد بالعقوبات، ووصفتها بأنها "دعم ملموس من شريك استراتيجي"، فيما لا تزال السلطات تبحث عن "فيتو" الذي تعتقد أنه لم يغادر البلاد.

تعاون أمني.. ولا قواعد

وتأتي الخطوة الأمريكية بعد أيام من مصادقة المحكمة الدستورية في الإكوادور على اتفاقيتين للتعاون الأمني كانت حكومة الرئيس السابق غييرمو لاسو قد وقعتهما مع واشنطن في سبتمبر/أيلول الماضي، تنظم إحداهما وضع العسكريين الأمريكيين الذين قد يوجدون مؤقتا في البلاد لأغراض التدريب والمساعدة الإنسانية، فيما تتناول الأخرى مكافحة الأنشطة غير المشروعة في البحر.

غير أن نوبوا شدد، في مقابلة تلفزيونية، على أن الاتفاقيتين "لا تعنيان إقامة قواعد عسكرية أجنبية"، إذ يحظر دستور عام 2008 ذلك صراحة. وكان هذا الحظر قد وضع حدا عام 2009 لوجود القوات الأمريكية في قاعدة مانتا الجوية على ساحل المحيط الهادئ، بعد عشر سنوات من استخدامها في عمليات رصد تهريب المخدرات.

وسجلت الإكوادور، التي كانت تُعد حتى سنوات قليلة من أكثر دول أمريكا الجنوبية أمانا، نحو ثمانية آلاف جريمة قتل العام الماضي، في أعلى معدل في تاريخها، بعدما تحولت موانئها إلى ممر رئيسي للكوكايين المنتج في كولومبيا والبيرو المجاورتين. ويستعد نوبوا لطرح حزمة من الإجراءات الأمنية على استفتاء شعبي في أبريل/نيسان المقبل، بينها تشديد العقوبات على جرائم الإرهاب والسماح بتسليم المطلوبين إلى دول أجنبية.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                ["United States", _TREASURY, _OFAC],
                ["Los Choneros", "José Adolfo Macías Villamar"],
            ),
            # Noboa's terrorist designation of 22 gangs in January, a month before
            G(
                "sanctions.imposed",
                "historical",
                ["Ecuador", "Daniel Noboa"],
                ["Los Choneros", "Los Lobos"],
                core=False,
            ),
            # the two security agreements signed with Washington in September
            G(
                "agreement.signed",
                "historical",
                ["Ecuador", "United States", "Guillermo Lasso"],
                [],
                core=False,
            ),
            # "لا تعنيان إقامة قواعد عسكرية أجنبية"; the Manta air base until 2009
            G("military.presence", "negated", ["United States"], ["Ecuador"], core=False),
            G("military.presence", "historical", ["United States"], ["Ecuador"], core=False),
        ],
        # the gangs' state, their Mexican partner, the cocaine's source states
        not_targets=["Ecuador", "Mexico", "Sinaloa Cartel", "Colombia", "Peru"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j02-alanba-kuna-obama-lifts-sanctions-on-myanmar-2016",
        date(2016, 10, 8),
        """أوباما يرفع العقوبات الاقتصادية عن ميانمار.. وحقوقيون: القرار سابق لأوانه في ظل معاناة الروهينغا

واشنطن - (كونا) - الأنباء
السبت 8 أكتوبر 2016 الموافق 7 محرم 1438هـ

رفع الرئيس الأمريكي باراك أوباما، أمس الجمعة، العقوبات الاقتصادية المفروضة على ميانمار، بعدما وقع أمرا تنفيذيا ينهي حالة "الطوارئ الوطنية" المعلنة بشأن هذا البلد الآسيوي منذ نحو عقدين، في خطوة وصفها البيت الأبيض بأنها "اعتراف بالتقدم الكبير" الذي حققته البلاد على طريق التحول الديمقراطي.

وقال البيت الأبيض، في بيان، إن "الوقت قد حان" لهذه الخطوة بعد الانتخابات العامة التي أجريت في نوفمبر الماضي وفاز فيها حزب الرابطة الوطنية من أجل الديمقراطية بزعامة أونغ سان سو تشي، وتسلّم أول حكومة يقودها مدنيون منذ أكثر من نصف قرن مقاليد السلطة في مارس الماضي، مؤكدا أن الولايات المتحدة "ستبقى إلى جانب شعب ميانمار" في مسيرته.

وبموجب الأمر التنفيذي، شطبت وزارة الخزانة الأمريكية أسماء 111 فردا وكيانا من قائمة العقوبات، بينهم مصارف حكومية وشركات تعمل في قطاعات الأخشاب والتعدين والأحجار الكريمة، كما أُلغي الحظر الذي كان مفروضا على استيراد اليشم والياقوت من ميانمار، وهو حظر طالما اشتكى منه التجار في مدينة ماندالاي.

وقال مسؤول في الخزانة للصحفيين إن القرار "يفتح الباب أمام الشركات الأمريكية للاستثمار والتجارة دون الخوف من خرق القانون"، غير أنه أشار إلى أن بعض القيود "ستبقى قائمة"، ومنها قيود على التعاون العسكري مع الجيش، إلى جانب عدد من الأفراد المدرجين على قوائم مكافحة المخدرات.

عشرون عاما من العقوبات

وتعود العقوبات الأمريكية على ميانمار إلى عام 1997، حين حظر الرئيس بيل كلينتون الاستثمارات الأمريكية الجديدة فيها ردا على قمع المعارضة، قبل أن يوسعها الرئيس جورج دبليو بوش عام 2003 بحظر شامل على الواردات، ثم بقانون خاص عام 2008 إثر القمع الدامي لاحتجاجات الرهبان البوذيين فيما عُرف بـ"ثورة الزعفران".

وبدأت واشنطن تخفيف تلك العقوبات تدريجيا عام 2012، حين علقت حظر الاستثمار بعد الإصلاحات التي أطلقها الرئيس السابق ثين سين، وهو العام نفسه الذي زار فيه أوباما رانغون في أول زيارة لرئيس أمريكي في منصبه. وفي مايو الماضي، رُفعت سبع شركات حكومية وثلاثة مصارف من القائمة.

وكان أوباما قد أعلن نيته اتخاذ هذه الخطوة خلال استقباله سو تشي، التي تشغل منصبي مستشارة الدولة ووزيرة الخارجية، في البيت الأبيض منتصف الشهر الماضي، كما أعلن حينها إعادة ميانمار إلى نظام الأفضليات التجارية المعمم الذي حُرمت منه منذ عام 1989.

ترحيب رسمي وقلق حقوقي

ورحب المتحدث باسم الرئاسة في ميانمار زاو هتاي بالقرار، معتبرا أنه "سيسهم في جذب الاستثمارات الأجنبية وتوفير فرص العمل". في المقابل، انتقدت منظمات حقوقية الخطوة، إذ قالت "هيومن رايتس ووتش" إن التخلي عن العقوبات دفعة واحدة "يفقد واشنطن أداة ضغط مهمة"، في ظل استمرار نفوذ الجيش الذي يحتفظ بربع مقاعد البرلمان وبوزارات الدفاع والداخلية وشؤون الحدود بموجب دستور 2008.

كما أعربت منظمات إسلامية عن قلقها من أن يُنظر إلى القرار على أنه تجاهل لمعاناة أقلية الروهينغا المسلمة في ولاية راخين غربي البلاد، حيث يعيش أكثر من 120 ألفا منهم في مخيمات النزوح منذ أعمال العنف الطائفية عام 2012، محرومين من الجنسية ومن حرية التنقل. ودعت منظمة التعاون الإسلامي، في بيانات سابقة، حكومة ميانمار إلى منح الروهينغا حقوقهم كاملة، وهو ما تقول سو تشي إنها تعمل عليه من خلال لجنة استشارية يرأسها الأمين العام السابق للأمم المتحدة كوفي أنان.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United States", "Barack Obama", _TREASURY],
                ["Myanmar"],
            ),
            # "بعض القيود ستبقى قائمة": the restrictions on military cooperation
            G("sanctions.lifted", "negated", ["United States"], ["Myanmar"], core=False),
            # the investment ban of 1997, the import ban of 2003, the law of 2008
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Bill Clinton", "George W. Bush"],
                ["Myanmar"],
                core=False,
            ),
            # the investment ban suspended in 2012; ten state firms and banks delisted in May
            G("sanctions.suspended", "historical", ["United States"], ["Myanmar"], core=False),
            G("sanctions.lifted", "historical", ["United States"], ["Myanmar"], core=False),
        ],
        not_targets=["Organisation of Islamic Cooperation", "Human Rights Watch"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j03-alsabah-aljadeed-wire-us-suspends-sanctions-on-belarusian-firms-2015",
        date(2015, 10, 31),
        """واشنطن تحذو حذو بروكسل.. تعليق العقوبات على تسع شركات بيلاروسية لستة أشهر

بغداد - الصباح الجديد - وكالات
السبت 31 تشرين الأول 2015

أعلنت وزارة الخزانة الأمريكية، أمس الجمعة، تعليق العقوبات المفروضة على تسع شركات بيلاروسية كبرى لمدة ستة أشهر، بعد يوم واحد من قرار مماثل اتخذه الاتحاد الأوروبي، في أوضح إشارة حتى الآن إلى انفتاح غربي على حكومة الرئيس ألكسندر لوكاشينكو، الذي يحكم البلاد منذ عام 1994.

وأوضح مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، أنه أصدر ترخيصا عاما يجيز للأشخاص والشركات الأمريكية إجراء المعاملات مع الشركات التسع حتى الثلاثين من نيسان المقبل، ومن بينها مصفاة "نفطان" لتكرير النفط، وشركة "بيلشينا" لصناعة الإطارات، ومجمع "غرودنو آزوت" للأسمدة، مشيرا إلى أن الشركات ستبقى مع ذلك مدرجة على قائمة العقوبات، وأن أصولها المجمدة في الولايات المتحدة لن يُفرج عنها.

وقالت وزارة الخارجية الأمريكية إن الخطوة تأتي تقديرا لإفراج مينسك في آب الماضي عن ستة سجناء سياسيين، بينهم المرشح الرئاسي السابق ميكولا ستاتكيفيتش، ولخلو الانتخابات الرئاسية التي جرت في الحادي عشر من الشهر الجاري من أعمال العنف التي شهدتها انتخابات 2010، وإن كانت "لم ترقَ إلى المعايير الدولية". وأضافت أن واشنطن "ستراقب عن كثب" سلوك السلطات البيلاروسية خلال فترة التعليق، ملوّحة بأن العقوبات "قد تعود إلى العمل" إذا شهدت البلاد حملة قمع جديدة.

وكان مجلس الاتحاد الأوروبي قد قرر، أول من أمس الخميس، تعليق تجميد الأصول وحظر السفر المفروضين على 170 شخصا، بينهم لوكاشينكو نفسه، وعلى ثلاثة كيانات، لمدة أربعة أشهر، وجرى في الوقت ذاته تمديد العمل بنظام العقوبات حتى نهاية شباط المقبل، مع الإبقاء على حظر الأسلحة وعلى التدابير بحق أربعة أشخاص يُشتبه في تورطهم في اختفاء معارضين وصحفي عامي 1999 و2000.

عقد من القطيعة

وتعود العقوبات الأمريكية على بيلاروس إلى عام 2006، حين جمدت واشنطن أصول لوكاشينكو وعدد من كبار مسؤوليه إثر انتخابات وصفتها بالمزورة، قبل أن توسعها عام 2007 لتشمل مجموعة "بيلنفتيخيم" النفطية الحكومية وشركاتها التابعة. وفي عام 2008 طلبت مينسك من السفيرة الأمريكية مغادرة البلاد، وقلصت عدد الدبلوماسيين الأمريكيين إلى خمسة، ولم تتبادل الدولتان السفراء منذ ذلك الحين.

ولم يستبعد دبلوماسيون غربيون أن تمهد الخطوة لعودة السفراء، غير أن متحدثا باسم الخارجية الأمريكية قال إن "الحديث عن ذلك سابق لأوانه".

بين موسكو والغرب

ويرى مراقبون أن لوكاشينكو يسعى إلى موازنة علاقاته مع روسيا، الحليف الأقرب لبلاده، إذ أبدى تحفظا واضحا على خطط موسكو لإقامة قاعدة جوية روسية على الأراضي البيلاروسية، وقال في وقت سابق من الشهر الجاري إنه "لم يسمع شيئا" عن مثل هذه القاعدة، وإن بلاده "لا تحتاج إليها". كما نأت مينسك بنفسها عن ضم روسيا شبه جزيرة القرم، واستضافت مفاوضات السلام بين كييف والانفصاليين في شرق أوكرانيا، التي أفضت إلى توقيع اتفاقي مينسك عامي 2014 و2015.

ويعاني الاقتصاد البيلاروسي، المرتبط إلى حد بعيد بالسوق الروسية، من ركود حاد هذا العام، بعد تراجع أسعار النفط وانهيار الروبل، فيما تتفاوض الحكومة مع صندوق النقد الدولي على قرض جديد، وتأمل في أن يفتح تخفيف العقوبات الباب أمام استثمارات غربية في قطاعي البتروكيماويات والأسمدة.""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                ["United States", _TREASURY, _OFAC],
                ["Belarus", "Naftan", "Belshina", "Grodno Azot"],
            ),
            # the Council's four-month suspension of the day before
            G(
                "sanctions.suspended",
                "occurred",
                ["European Union", _COUNCIL],
                ["Belarus", "Alexander Lukashenko"],
            ),
            # "جرى ... تمديد العمل بنظام العقوبات حتى نهاية شباط المقبل" (the arms embargo kept)
            G(
                "sanctions.extended",
                "occurred",
                ["European Union", _COUNCIL],
                ["Belarus"],
                core=False,
            ),
            # "ملوّحة بأن العقوبات قد تعود إلى العمل"
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", _STATE],
                ["Belarus"],
                core=False,
            ),
            # the firms stay listed, their frozen assets are not released
            G("sanctions.lifted", "negated", ["United States"], ["Belarus"], core=False),
            # the US sanctions of 2006 and 2007
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Belarus", "Alexander Lukashenko", "Belneftekhim"],
                core=False,
            ),
            # no ambassadors since 2008, "سابق لأوانه"
            G("relations.restored", "negated", ["United States", "Belarus"], [], core=False),
            # the Russian air base Lukashenko says Belarus does not need
            G("military.presence", "negated", ["Russia"], ["Belarus"], core=False),
            # the Minsk agreements of 2014 and 2015
            G("agreement.signed", "historical", ["Ukraine", "Russia"], [], core=False),
        ],
        not_targets=["Russia", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j04-alintibaha-column-biden-renews-ethiopia-emergency-warns-eritrea-2022",
        date(2022, 9, 17),
        """عصا واشنطن المعلّقة فوق القرن الأفريقي..

بقلم: عبد الرحيم حمد النيل
الانتباهة - الخرطوم - السبت 17 سبتمبر 2022

قبل أيام، وبينما كانت المدافع تهدر من جديد على تخوم إقليم تيغراي، جدّد الرئيس الأمريكي جو بايدن لعام آخر حالة "الطوارئ الوطنية" المتعلقة بإثيوبيا، وهي الغطاء القانوني للأمر التنفيذي الذي وقّعه في سبتمبر من العام الماضي، والذي يخوّل وزارتي الخزانة والخارجية فرض عقوبات على كل من يطيل أمد الحرب في شمال إثيوبيا أو يعرقل وصول المساعدات الإنسانية. وقال البيت الأبيض، في إشعاره إلى الكونغرس، إن الأزمة "لا تزال تشكل تهديدا غير عادي واستثنائي" للأمن القومي والسياسة الخارجية للولايات المتحدة.

ولم يكتف الأمريكيون بالتجديد، إذ حذر المتحدث باسم الخارجية الأمريكية نيد برايس، يوم الأربعاء، من أن بلاده "لن تتردد في استخدام الأدوات المتاحة لها، بما فيها العقوبات" ضد كل من يؤجج القتال، مسميا إريتريا هذه المرة بالاسم، بعد أن أعلنت أسمرة تعبئة عامة لجنود الاحتياط، في مؤشر على استعدادها للعودة إلى الحرب إلى جانب الجيش الإثيوبي.

والحق أن هذا الأمر التنفيذي ظل حتى الآن سلاحا للتلويح أكثر منه للاستخدام؛ فلم تُدرج بموجبه أي شخصية إثيوبية، لا من الحكومة الفيدرالية ولا من جبهة تحرير شعب تيغراي، على قوائم العقوبات، واقتصر استعماله على إريتريا، حين فرضت وزارة الخزانة في نوفمبر الماضي عقوبات على قوات الدفاع الإريترية وعلى الحزب الحاكم، الجبهة الشعبية للديمقراطية والعدالة، وعلى رئيس مكتب الأمن القومي أبرها كاسا. أما أديس أبابا فقد دفعت الثمن من جيبها التجاري، بعد إخراجها مطلع العام من برنامج "أغوا" الذي كان يتيح لصادراتها دخول السوق الأمريكية دون رسوم.

ونحن في السودان أدرى الناس بهذه العصا وبحدودها. فقد عشنا عشرين عاما تحت العقوبات الأمريكية التي فُرضت علينا عام 1997، ولم تُرفع إلا في أكتوبر 2017، ثم انتظرنا ثلاث سنوات أخرى حتى شُطب اسم بلادنا من قائمة الدول الراعية للإرهاب أواخر 2020، بعد أن دفعت الخزينة المنهكة تعويضات بمئات الملايين من الدولارات. ولم تُسقط العقوبات نظاما، لكنها أسقطت عملتنا ومصانعنا وأحلام جيل كامل.

ثم إن الحرب في تيغراي ليست شأنا إثيوبيا خالصا بالنسبة إلينا. فمعسكرات اللاجئين في ولايتي القضارف وكسلا لا تزال تؤوي عشرات الآلاف ممن فروا منذ نوفمبر 2020، ومنطقة الفشقة ما زالت ساحة توتر منذ أن استعاد جيشنا معظم أراضيها، وقد بلغ التوتر ذروته في يونيو الماضي حين أُعدم سبعة من جنودنا ومواطن مدني في الأسر. وفي أثناء ذلك كله، أكملت إثيوبيا الملء الثالث لسد النهضة الشهر الماضي، من دون اتفاق قانوني ملزم مع دولتي المصب.

أما محادثات السلام برعاية الاتحاد الأفريقي، التي أعلنت جبهة تيغراي قبولها الأحد الماضي، فلا تزال تراوح مكانها، إذ لم يُحدد لها موعد ولا مكان حتى الآن، وسط خلاف على دور الوسيط الأفريقي أولوسيغون أوباسانجو، وتشكيك الجبهة في حياده.

ما الذي تستطيع العقوبات أن تفعله في حرب كهذه؟ أخشى أن الجواب: القليل. فإريتريا، المعزولة أصلا، اعتادت العيش تحت العقوبات الأممية حتى 2018، ولن يغير إدراج بضعة أسماء إضافية حساباتها. والأجدى أن تُستثمر الضغوط الأمريكية في دفع الطرفين إلى طاولة التفاوض، وأن يكون للخرطوم، بحكم الجوار والمصالح، صوت مسموع في أي تسوية، لا أن تبقى متفرجا ينتظر موجة اللاجئين التالية.""",
        [
            G("sanctions.extended", "occurred", ["United States", "Joe Biden"], ["Ethiopia"]),
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", _STATE, "Ned Price"],
                ["Eritrea"],
            ),
            # the executive order of September 2021 that makes sanctions possible
            G(
                "sanctions.threatened",
                "historical",
                ["United States", "Joe Biden"],
                ["Ethiopia"],
                core=False,
            ),
            # "فلم تُدرج بموجبه أي شخصية إثيوبية"
            G(
                "sanctions.imposed",
                "negated",
                ["United States"],
                ["Ethiopia", _TPLF],
                core=False,
            ),
            # the Treasury's Eritrean designations of November 2021
            G(
                "sanctions.imposed",
                "historical",
                ["United States", _TREASURY],
                [
                    "Eritrea",
                    "Eritrean Defence Forces",
                    "People's Front for Democracy and Justice",
                    "Abraha Kassa",
                ],
                core=False,
            ),
            # Ethiopia out of AGOA in January; the UN sanctions on Eritrea until 2018
            G("sanctions.imposed", "historical", ["United States"], ["Ethiopia"], core=False),
            G(
                "sanctions.imposed",
                "historical",
                ["United Nations", "United Nations Security Council"],
                ["Eritrea"],
                core=False,
            ),
            # Sudan: the US sanctions of 1997, lifted in 2017, off the terrorism list in 2020
            G("sanctions.imposed", "historical", ["United States"], ["Sudan"], core=False),
            G("sanctions.lifted", "historical", ["United States"], ["Sudan"], core=False),
            # AU-led talks with no date or venue; the GERD filled "من دون اتفاق قانوني ملزم"
            G(
                "agreement.signed",
                "stalled",
                ["Ethiopia", _TPLF, "African Union"],
                [],
                core=False,
            ),
            G("agreement.signed", "negated", ["Ethiopia", "Sudan", "Egypt"], [], core=False),
        ],
        not_targets=["Sudan", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j05-alwatan-oman-explainer-comoros-joins-wto-2024",
        date(2024, 8, 22),
        """جزر القمر العضو الـ165 في منظمة التجارة العالمية.. ماذا يعني ذلك للأرخبيل؟

مسقط - الوطن
الخميس 18 صفر 1446هـ - 22 أغسطس 2024م

أصبح اتحاد جزر القمر، أمس الأربعاء، العضو الخامس والستين بعد المئة في منظمة التجارة العالمية، بعد ثلاثين يوما من إيداع وثيقة قبوله بروتوكول الانضمام لدى الأمانة العامة للمنظمة في جنيف، ليطوي بذلك مسارا تفاوضيا استمر سبعة عشر عاما. "الوطن" تجيب عن أبرز الأسئلة المتعلقة بهذا الانضمام.

ما الذي حدث بالضبط؟

دخلت عضوية جزر القمر حيز النفاذ رسميا يوم 21 أغسطس، وفق قواعد المنظمة التي تجعل العضوية نافذة بعد شهر من إبلاغها بتصديق الدولة على شروط انضمامها. وقالت المديرة العامة للمنظمة نغوزي أوكونجو إيويالا، في بيان، إن هذا اليوم "تاريخي لشعب جزر القمر وللنظام التجاري متعدد الأطراف"، معربة عن أملها في أن يسهم الانضمام في جذب الاستثمارات إلى الأرخبيل.

كيف وصل الأرخبيل إلى هذه المرحلة؟

قدمت موروني طلب الانضمام عام 2007، وأُنشئ فريق عمل لدراسته في العام نفسه، غير أن المفاوضات ظلت بطيئة قرابة عقد، قبل أن تتسارع منذ عام 2017. واعتمد المؤتمر الوزاري الثالث عشر للمنظمة، الذي استضافته أبوظبي في فبراير الماضي، قرار انضمام الأرخبيل، ووقّع الرئيس غزالي عثماني بروتوكول الانضمام على هامش المؤتمر، قبل أن يصادق عليه برلمان بلاده.

بمَ تلتزم جزر القمر؟

تلتزم الحكومة بتثبيت سقوف لرسومها الجمركية، وبفتح عدد من قطاعات الخدمات، مثل الاتصالات والسياحة والخدمات المالية، أمام المستثمرين الأجانب، إلى جانب إصلاح تشريعات الجمارك وحماية الملكية الفكرية، على أن تستفيد من فترات انتقالية تمنحها المنظمة للدول الأقل نموا.

وما الذي تكسبه؟

يعتمد اقتصاد الأرخبيل، البالغ عدد سكانه نحو 850 ألف نسمة، على صادرات محدودة من الفانيليا والقرنفل وزيت "يلانغ يلانغ" المستخدم في صناعة العطور، في مقابل واردات كبيرة من الأرز والوقود واللحوم. ويرى خبراء أن العضوية تمنح موروني ضمانات قانونية لصادراتها، وإمكان اللجوء إلى آلية تسوية النزاعات، لكنهم يحذرون من أن خفض الرسوم قد يحرم الخزينة من جزء من إيراداتها، التي تعتمد إلى حد كبير على الجمارك.

هل هناك أعضاء جدد آخرون؟

نعم، فقد اعتمد مؤتمر أبوظبي أيضا انضمام تيمور الشرقية، التي ستصبح العضو السادس والستين بعد المئة في الثلاثين من الشهر الجاري، لتكونا أول دولتين تنضمان إلى المنظمة منذ انضمام أفغانستان وليبيريا عام 2016.

وماذا عن الدول العربية؟

تُعد جزر القمر، العضو في جامعة الدول العربية منذ عام 1993، أحدث دولة عربية تنضم إلى المنظمة، بعد اليمن التي انضمت عام 2014، فيما انضمت السلطنة إليها عام 2000. أما الجزائر، التي تقدمت بطلب الانضمام إلى الاتفاقية العامة للتعريفات الجمركية والتجارة (غات) عام 1987، فلا تزال مفاوضاتها متعثرة، شأنها شأن العراق ولبنان والسودان، التي تحمل صفة مراقب.

وكانت جزر القمر قد انضمت عام 2017 إلى مجموعة تنمية الجنوب الأفريقي (سادك)، وهي عضو أيضا في السوق المشتركة لشرق وجنوب أفريقيا (كوميسا) ولجنة المحيط الهندي، ما يجعلها، بحسب مسؤوليها، "جسرا بين العالم العربي وأفريقيا والمحيط الهندي".""",
        [
            G("alliance.joined", "occurred", ["Comoros", "Azali Assoumani"], [_WTO]),
            # the accession protocol signed in Abu Dhabi in February
            G(
                "agreement.signed",
                "historical",
                ["Comoros", "Azali Assoumani", _WTO],
                [],
                core=False,
            ),
            # Timor-Leste to become the 166th member "في الثلاثين من الشهر الجاري"
            G("alliance.joined", "planned", ["Timor-Leste"], [_WTO], core=False),
            # Afghanistan and Liberia (2016), Yemen (2014), Oman (2000)
            G(
                "alliance.joined",
                "historical",
                ["Afghanistan", "Liberia", "Yemen", "Oman"],
                [_WTO],
                core=False,
            ),
            # Comoros in the Arab League (1993) and SADC (2017)
            G(
                "alliance.joined",
                "historical",
                ["Comoros"],
                ["Arab League", _SADC],
                core=False,
            ),
            # Algeria's talks "متعثرة", like those of Iraq, Lebanon and Sudan
            G(
                "alliance.joined",
                "stalled",
                ["Algeria", "Iraq", "Lebanon", "Sudan"],
                [_WTO, "General Agreement on Tariffs and Trade"],
                core=False,
            ),
        ],
        not_targets=["United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j06-noonpost-feature-kyrgyzstan-tajikistan-border-treaty-2025",
        date(2025, 3, 14),
        """بعد ثلاثة عقود من الدم والخرائط.. قرغيزستان وطاجيكستان تطويان نزاعهما الحدودي

نون بوست - خاص
الجمعة 14 آذار/مارس 2025 - 14 رمضان 1446هـ

في قرى منطقة باتكن جنوبي قرغيزستان، حيث تتداخل الحقول والقنوات والطرق الترابية مع أراضي طاجيكستان المجاورة إلى حد يصعب معه على الزائر أن يعرف في أي البلدين يقف، استقبل السكان نبأ توقيع معاهدة الحدود بين البلدين بمزيج من الارتياح والحذر. فهنا، على هذه الأرض تحديدا، اشتعلت مواجهتان داميتان خلال أقل من عامين، بدأت أولاهما بخلاف على كاميرا مراقبة عند منشأة لتوزيع المياه.

ووقّع الرئيس القرغيزي صادر جباروف ونظيره الطاجيكي إمام علي رحمن، أمس الخميس في بيشكك، معاهدة ترسيم الحدود المشتركة البالغ طولها نحو ألف كيلومتر، في ختام زيارة رسمية لرحمن، لتنتهي بذلك مفاوضات شاقة بدأت بعد تفكك الاتحاد السوفيتي عام 1991، وظل خلالها ثلث الحدود تقريبا بلا ترسيم.

وقال جباروف، في مؤتمر صحفي مشترك، إن المعاهدة "تضع حدا نهائيا لنزاع دفع ثمنه أبناء الشعبين"، فيما وصف رحمن اليوم بأنه "تاريخي"، داعيا إلى "فتح صفحة جديدة من حسن الجوار والثقة".

ماذا تتضمن المعاهدة؟

لم يُكشف عن النص الكامل للمعاهدة ولا عن خرائطها، لكن مسؤولين من البلدين قالوا إنها تقوم على تبادل أراض متكافئ، وتضمن للسكان الوصول إلى الطرق ومصادر المياه والمراعي، بما في ذلك سكان جيب فوروخ الطاجيكي المحاط بالأراضي القرغيزية. وتولى رئيس لجنة الأمن القومي القرغيزية كامتشيبيك تاشييف قيادة وفد بلاده في جولات التفاوض، التي تسارعت خلال العام الماضي بعد سنوات من الجمود.

حربان قصيرتان

أسفرت اشتباكات نيسان/أبريل 2021 عن مقتل أكثر من خمسين شخصا، فيما قُتل نحو مئة في مواجهات أيلول/سبتمبر 2022، التي استخدم فيها الطرفان الدبابات والطائرات المسيّرة، ونزح بسببها عشرات الآلاف من القرى الحدودية. ومنذ ذلك الحين أُغلقت المعابر البرية، وعُلّقت الرحلات الجوية المباشرة بين العاصمتين، وتبادل البلدان الاتهامات بحشد القوات.

ومن المنتظر أن يُعاد فتح المعابر وتُستأنف الرحلات بعد مصادقة برلماني البلدين على المعاهدة، وهو ما قال مسؤولون إنه سيتم "خلال أيام".

الخطوة التالية: خجند

ومن المقرر أن يلتقي الرئيسان مجددا نهاية الشهر الجاري في مدينة خجند الطاجيكية، بمشاركة الرئيس الأوزبكي شوكت ميرضيائيف، لتوقيع اتفاقية تحدد نقطة التقاء حدود الدول الثلاث في وادي فرغانة، أكثر مناطق آسيا الوسطى كثافة سكانية وتداخلا عرقيا. وكانت طشقند وبيشكك قد طوتا بدورهما خلافهما الحدودي بمعاهدة وقعها ميرضيائيف وجباروف مطلع عام 2023، تضمنت إدارة مشتركة لخزان كمبير آباد.

ورحبت موسكو، التي تحتفظ بقواعد عسكرية في البلدين العضوين في منظمة معاهدة الأمن الجماعي، بالمعاهدة، ووصفتها الخارجية الروسية بأنها "مساهمة مهمة في استقرار المنطقة". وكانت المنظمة قد تعرضت لانتقادات حادة في بيشكك لعجزها عن وقف القتال بين عضوين فيها خلال مواجهات 2022.

وفي قرية على الطريق إلى فوروخ، قال مزارع قرغيزي في الخمسين من عمره، وهو يستعد لتناول الإفطار مع أسرته، إنه لا يريد سوى "أن نسقي أرضنا ونذهب إلى السوق من دون خوف". وأضاف: "أصدقاء طفولتي على الجانب الآخر. لم أرهم منذ ثلاث سنوات".""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Kyrgyzstan", "Tajikistan", "Sadyr Japarov", "Emomali Rahmon"],
                [],
            ),
            # the tri-junction agreement to be signed in Khujand at the end of the month
            G(
                "agreement.signed",
                "planned",
                ["Kyrgyzstan", "Tajikistan", "Uzbekistan", "Shavkat Mirziyoyev"],
                [],
            ),
            # the Kyrgyz-Uzbek border treaty of early 2023
            G(
                "agreement.signed",
                "historical",
                ["Kyrgyzstan", "Uzbekistan"],
                [],
                core=False,
            ),
            # Russia's bases in both states
            G(
                "military.presence",
                "historical",
                ["Russia"],
                ["Kyrgyzstan", "Tajikistan"],
                core=False,
            ),
        ],
        not_targets=["Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j07-alakhbar-beirut-colombia-venezuela-exchange-ambassadors-2022",
        date(2022, 8, 30),
        """بعد ثلاث سنوات ونصف من القطيعة.. بوغوتا وكراكاس تتبادلان السفراء

بيروت - الأخبار
الثلاثاء 30 آب 2022

طوت كولومبيا وفنزويلا، أمس، صفحة قطيعة ديبلوماسية استمرت ثلاث سنوات ونصف السنة، مع تقديم السفير الكولومبي الجديد أرماندو بينيديتي أوراق اعتماده إلى الرئيس الفنزويلي نيكولاس مادورو في قصر ميرافلوريس في كراكاس، بالتزامن مع وصول السفير الفنزويلي فيليكس بلاسينسيا إلى بوغوتا، في أول ترجمة عملية لوعود الرئيس الكولومبي اليساري غوستافو بيترو، الذي تسلّم الحكم في السابع من الشهر الجاري.

وقال مادورو، خلال استقباله بينيديتي، إن "صفحة الأكاذيب والعدوان قد طويت"، مضيفاً أن البلدين "شعب واحد في دولتين"، فيما كتب السفير الكولومبي على "تويتر" أن مهمته الأولى ستكون "إعادة بناء الجسور التي دمرتها سنوات من السياسات الخاطئة".

خطوات لاحقة

واتفق الجانبان على إعادة فتح الحدود المشتركة، البالغ طولها أكثر من ألفي كيلومتر، أمام حركة البضائع والطيران التجاري في السادس والعشرين من أيلول المقبل، بعد سنوات من الإغلاق انتعشت خلالها المعابر غير الشرعية التي تسيطر عليها الجماعات المسلحة وشبكات التهريب. كما أعلن وزير الدفاع الكولومبي إيفان فيلاسكيز أن بلاده ستستأنف الاتصالات العسكرية مع الجيش الفنزويلي لضبط الحدود، بعدما انقطعت كلياً منذ عام 2019.

ويُنتظر أن تُستأنف كذلك الخدمات القنصلية لنحو مليوني فنزويلي يعيشون في كولومبيا، كثيرون منهم بلا وثائق سارية، إضافة إلى آلاف الكولومبيين المقيمين في فنزويلا.

من القطيعة إلى التطبيع

وكان مادورو قد قطع العلاقات مع بوغوتا في 23 شباط 2019، إثر محاولة المعارضة، بدعم من حكومة الرئيس الكولومبي السابق إيفان دوكي وواشنطن، إدخال شحنات "مساعدات" أميركية عبر جسر حدودي قرب مدينة كوكوتا، في إطار خطة لإسقاطه، في وقت كانت بوغوتا قد اعترفت بزعيم المعارضة خوان غوايدو "رئيساً بالوكالة".

وترافقت تلك المرحلة مع تشديد الحصار الأميركي على فنزويلا، بعدما فرضت إدارة دونالد ترامب، في كانون الثاني 2019، عقوبات على شركة النفط الحكومية "بي دي في إس إيه"، حرمت البلاد من الجزء الأكبر من عائداتها، وفاقمت أزمة دفعت بملايين الفنزويليين إلى الهجرة.

ولم يُخفِ بيترو، خلال حملته الانتخابية، معارضته للعقوبات الأميركية، التي رأى أنها "فشلت في تحقيق أهدافها"، غير أن حكومته تتجنب حتى الآن الصدام المباشر مع واشنطن، الحليف الأول لبوغوتا في المنطقة والداعم الأكبر لها في "الحرب على المخدرات".

ملفات عالقة

في المقابل، وجهت أحزاب اليمين الكولومبي انتقادات حادة للخطوة، معتبرة أنها "تمنح الشرعية لديكتاتورية"، فيما تبقى ملفات عدة عالقة، أبرزها مصير شركة الأسمدة "مونوميروس"، التي تملكها الدولة الفنزويلية في كولومبيا وانتقلت إدارتها إلى فريق غوايدو عام 2019، إلى جانب ملف الجماعات المسلحة الكولومبية الناشطة على الأراضي الفنزويلية.

وعرضت كراكاس أن تكون ضامناً لمفاوضات السلام التي يعتزم بيترو استئنافها مع "جيش التحرير الوطني"، آخر حركات التمرد الكبرى في كولومبيا، ضمن مشروعه لـ"السلام الشامل". ويرى مراقبون أن عودة العلاقات قد تعيد رسم التوازنات في أميركا اللاتينية، حيث تتسع رقعة الحكومات اليسارية، بانتظار الانتخابات البرازيلية الشهر المقبل.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Colombia", "Venezuela", "Gustavo Petro", "Nicolás Maduro"],
                [],
            ),
            # the military contacts Colombia "ستستأنف"
            G("relations.restored", "planned", ["Colombia"], ["Venezuela"], core=False),
            # the US sanctions on PDVSA of January 2019
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Donald Trump"],
                ["Venezuela", "PDVSA"],
                core=False,
            ),
        ],
        not_targets=["United States", "Brazil"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j08-echorouk-sahel-alliance-unified-force-of-5000-2025",
        date(2025, 1, 23),
        """قوة موحدة من 5 آلاف جندي.. "تحالف دول الساحل" يسرّع بناء جيشه المشترك

الجزائر - الشروق
الخميس 23 جانفي 2025

أعلن وزير الدفاع النيجري، الفريق ساليفو مودي، أن القوة العسكرية الموحدة لـ"تحالف دول الساحل"، الذي يضم مالي وبوركينا فاسو والنيجر، ستكون جاهزة لبدء عملياتها "في غضون أسابيع"، بقوام يبلغ خمسة آلاف عنصر، في خطوة تعكس سعي الأنظمة العسكرية الثلاثة إلى الاعتماد على نفسها في مواجهة الجماعات المسلحة، بعد طي صفحة الوجود العسكري الفرنسي والغربي في المنطقة.

وأوضح مودي، في مقابلة مع التلفزيون الرسمي النيجري بُثت مساء الثلاثاء، أن القوة ستتخذ من نيامي مقرا لقيادتها، وستمتلك وسائلها الجوية والبرية الخاصة، إلى جانب جهاز استخبارات مشترك، وأنها "ستتدخل في أي نقطة من أراضي الدول الثلاث" تتعرض لهجوم، مشيرا إلى أن "التنسيق الميداني بين جيوشنا بلغ مستوى غير مسبوق".

وكان رؤساء أركان جيوش الدول الثلاث قد اتفقوا في مارس الماضي، خلال اجتماع في نيامي، على إنشاء قوة مشتركة لمكافحة الإرهاب، قبل أن يكرس القادة الثلاثة الفكرة في معاهدة الكونفدرالية التي وقعوها في العاصمة النيجرية في السادس من جويلية الماضي، خلال أول قمة للتحالف. وكانت الدول الثلاث قد أسست التحالف بموجب ميثاق "ليبتاكو-غورما" في سبتمبر 2023، الذي يلزم أعضاءه بالدفاع المتبادل في حال تعرض أي منهم لاعتداء خارجي.

وداعا "إيكواس"

وتأتي هذه التطورات قبل أيام من الموعد الرسمي لخروج الدول الثلاث من المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) في 29 جانفي الجاري، بعد عام كامل من إعلانه، فيما منحتها المجموعة، في قمتها الأخيرة بأبوجا في ديسمبر، مهلة انتقالية من ستة أشهر لتسوية ملفات التنقل والتجارة. وكانت "إيكواس" قد رفعت، في فيفري الماضي، العقوبات الاقتصادية التي فرضتها على النيجر إثر انقلاب جويلية 2023.

وكانت فرنسا قد سحبت آخر جنودها من النيجر في ديسمبر 2023، بعد انسحابها من مالي وبوركينا فاسو، كما أخلت الولايات المتحدة قاعدتها للطائرات المسيرة في أغاديز في أوت الماضي، في حين عززت روسيا حضورها في المنطقة عبر "الفيلق الأفريقي" التابع لوزارة دفاعها، الذي يحل تدريجيا محل مجموعة "فاغنر".

قلق جزائري

وتتابع الجزائر هذه التطورات بقلق، خاصة بعد إعلان المجلس العسكري في مالي، قبل عام، إنهاء العمل باتفاق السلم والمصالحة المنبثق عن مسار الجزائر، الموقع عام 2015 بين باماكو وحركات الأزواد، وتصاعد العمليات العسكرية قرب الحدود الجنوبية للبلاد، بما فيها ضربات بالطائرات المسيرة على بلدة تين زاوتين في أوت الماضي أودت بحياة مدنيين.

ويرى خبراء أمنيون أن نجاح القوة الموحدة يبقى رهنا بقدرة الدول الثلاث على تمويلها وتسليحها، في ظل أزمات اقتصادية خانقة، مستحضرين تجربة القوة المشتركة لمجموعة دول الساحل الخمس، التي أُنشئت عام 2017 بدعم فرنسي وأوروبي، قبل أن تتفكك بانسحاب مالي منها عام 2022، ثم بوركينا فاسو والنيجر أواخر 2023.

وقال الباحث في الشؤون الأمنية بجامعة الجزائر، في تصريح لـ"الشروق"، إن "الإعلان عن خمسة آلاف جندي أسهل من نشرهم على مساحة تفوق مليونين ونصف مليون كيلومتر مربع"، مضيفا أن الجماعات المسلحة "تتحرك عبر الحدود بمرونة لا تملكها الجيوش النظامية".""",
        [
            G(
                "forces.integrated",
                "planned",
                [_AES, "Mali", "Burkina Faso", "Niger", "Salifou Mody"],
                [],
            ),
            # the chiefs of staff's agreement of March 2024 on a joint force
            G(
                "forces.integrated",
                "historical",
                [_AES, "Mali", "Burkina Faso", "Niger"],
                [],
                core=False,
            ),
            # the G5 Sahel joint force of 2017
            G(
                "forces.integrated",
                "historical",
                ["Mali", "Burkina Faso", "Niger", "Chad", "Mauritania"],
                [],
                core=False,
            ),
            # the Liptako-Gourma charter (2023), the confederation treaty (July 2024)
            G(
                "agreement.signed",
                "historical",
                [_AES, "Mali", "Burkina Faso", "Niger"],
                [],
                core=False,
            ),
            # the Algiers agreement of 2015
            G("agreement.signed", "historical", ["Mali", "Algeria"], [], core=False),
            # ECOWAS's Niger sanctions of July 2023, lifted in February 2024
            G("sanctions.imposed", "historical", [_ECOWAS], ["Niger"], core=False),
            G("sanctions.lifted", "historical", [_ECOWAS], ["Niger"], core=False),
            # France's and the US's withdrawals; Russia's Africa Corps after Wagner
            G(
                "military.presence",
                "historical",
                ["France"],
                ["Niger", "Mali", "Burkina Faso"],
                core=False,
            ),
            G("military.presence", "historical", ["United States"], ["Niger"], core=False),
            G(
                "military.presence",
                "historical",
                ["Russia", "Africa Corps", "Wagner Group"],
                ["Mali", "Burkina Faso", "Niger"],
                core=False,
            ),
        ],
        not_targets=["Algeria"],
        known_miss='"القوة العسكرية الموحدة لـ"تحالف دول الساحل" … ستكون جاهزة لبدء عملياتها "في غضون أسابيع"" gives nothing: a joint force told by its coming into operation has no forming verb, and with one a subject of three states puts the force out of reach ("ستشكل مالي وبوركينا فاسو والنيجر قوة عسكرية موحدة" gives nothing); "الدول الثلاث" of the March agreement take up no names',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j09-cairo24-live-nato-sends-700-more-troops-to-kosovo-2023",
        date(2023, 5, 30),
        """لحظة بلحظة.. "الناتو" يرسل 700 جندي إضافي إلى كوسوفو بعد إصابة 30 من عناصره في زفيتشان

القاهرة 24 - تغطية مباشرة
الثلاثاء 30 مايو 2023

يتابع "القاهرة 24" لحظة بلحظة تطورات التوتر في شمال كوسوفو، بعد يوم من الاشتباكات العنيفة بين محتجين صرب وجنود قوة حفظ السلام الدولية بقيادة حلف شمال الأطلسي "كفور" أمام مبنى بلدية زفيتشان:

10:15 صباحا
حصيلة جديدة: ارتفاع عدد المصابين في صفوف "كفور" إلى 30 جنديا، بينهم 11 إيطاليا و19 مجريا، أصيب بعضهم بكسور وحروق ناجمة عن عبوات حارقة، فيما أعلنت السلطات الصربية إصابة 52 من المحتجين.

11:00 صباحا
رئيسة الوزراء الإيطالية جورجيا ميلوني: "ما حدث غير مقبول وغير مسؤول، ومن الضروري تجنب أي خطوات أحادية من سلطات كوسوفو". وزير الخارجية المجري بيتر سيارتو يحمّل حكومة بريشتينا مسؤولية التصعيد.

12:30 ظهرا
عاجل | الناتو يعلن نشر قوات إضافية في كوسوفو: المتحدثة باسم الحلف أوانا لونغيسكو تقول إن الحلف قرر نشر 700 عنصر من قوة الاحتياط العملياتية لغرب البلقان، ووضع كتيبة إضافية متعددة الجنسيات في حالة جاهزية عالية تحسبا لأي طارئ.

12:45 ظهرا
الأمين العام للناتو ينس ستولتنبرغ: "الهجمات على جنود كفور غير مقبولة على الإطلاق.. وستواصل القوة الاضطلاع بمهامها بحياد وفق تفويضها الأممي".

13:30 ظهرا
الرئيس الصربي ألكسندر فوتشيتش: الجيش الصربي سيبقى في أعلى درجات الاستعداد القتالي، المعلنة منذ الجمعة، ونطالب "كفور" بحماية الصرب من "إرهاب" رئيس الوزراء ألبين كورتي.

14:15 ظهرا
كورتي يرفض سحب رؤساء البلديات الألبان الذين تسلموا مناصبهم الأسبوع الماضي، بعد انتخابات قاطعها الصرب ولم تتجاوز نسبة المشاركة فيها 4 في المئة، ويقول إن الدولة "لن تستسلم لعصابات متطرفة تديرها بلغراد".

15:00 عصرا
الاتحاد الأوروبي: الممثل الأعلى للسياسة الخارجية جوزيب بوريل يدعو بريشتينا إلى تعليق عمليات الشرطة حول مباني البلديات، وصرب الشمال إلى إنهاء الاحتجاجات، محذرا من أن العنف "يعرّض للخطر مسار التطبيع برمته".

16:20 عصرا
موسكو: المتحدثة باسم الخارجية الروسية ماريا زاخاروفا تحمّل الغرب المسؤولية، وتقول إن "سياسة الكيل بمكيالين" في البلقان "تدفع المنطقة نحو الانفجار".

17:00 مساء
خلفية | تنتشر قوة "كفور" في كوسوفو منذ يونيو 1999 بموجب قرار مجلس الأمن 1244، بعد حملة القصف الجوي التي شنها الحلف على يوغوسلافيا السابقة، ويبلغ قوامها حاليا نحو 3800 جندي من 27 دولة.

17:40 مساء
خلفية | كانت صربيا وكوسوفو قد قبلتا شفهيا، في مارس الماضي بمدينة أوهريد المقدونية، خطة أوروبية لتطبيع العلاقات، من دون أن يوقّع أي من الطرفين عليها، بعد أن توصلتا عام 2013 إلى "اتفاق بروكسل" الذي نص على إنشاء رابطة للبلديات ذات الغالبية الصربية، لم تر النور حتى اليوم.

18:30 مساء
وزراء خارجية دول الناتو يبحثون التطورات خلال اجتماعهم غير الرسمي في العاصمة النرويجية أوسلو، الذي ينطلق غدا الأربعاء ويستمر يومين.

19:10 مساء
مراسلون: مئات المحتجين الصرب يشكلون سلسلة بشرية حول مبنى بلدية زفيتشان، وجنود "كفور" يقيمون طوقا من الأسلاك الشائكة حول المبنى، وسط هدوء حذر.""",
        [
            G("military.presence", "occurred", ["NATO", "Kosovo Force"], ["Kosovo"]),
            # KFOR in Kosovo since June 1999
            G(
                "military.presence",
                "historical",
                ["NATO", "Kosovo Force"],
                ["Kosovo"],
                core=False,
            ),
            # the Ohrid plan accepted orally in March "من دون أن يوقّع أي من الطرفين عليها"
            G("agreement.signed", "negated", ["Serbia", "Kosovo"], [], core=False),
            # the Brussels agreement of 2013
            G("agreement.signed", "historical", ["Serbia", "Kosovo"], [], core=False),
        ],
        not_targets=["Serbia", "Italy", "Hungary", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j10-zawya-indonesia-lifts-palm-oil-export-ban-2022",
        date(2022, 5, 20),
        """إندونيسيا ترفع حظر تصدير زيت النخيل بعد ثلاثة أسابيع.. والعقود الآجلة تتراجع في كوالالمبور

جاكرتا - زاوية عربي
الجمعة 20 مايو 2022

أعلن الرئيس الإندونيسي جوكو ويدودو، مساء الخميس، رفع الحظر الذي فرضته بلاده على صادرات زيت النخيل الخام ومشتقاته اعتبارا من يوم الاثنين المقبل، 23 مايو، بعد نحو ثلاثة أسابيع من سريانه، مبررا القرار بتحسن إمدادات زيت الطعام في السوق المحلية وتراجع أسعاره.

وقال ويدودو، في خطاب متلفز من القصر الرئاسي: "بناء على الظروف الحالية في الإمدادات وأسعار زيت الطهي، وأخذا في الاعتبار 17 مليون عامل في قطاع زيت النخيل من مزارعين وعمال مساندين، قررت إعادة فتح صادرات زيت الطهي"، مؤكدا أن الحكومة "ستواصل مراقبة السوق عن كثب".

وكانت أكبر دولة منتجة لزيت النخيل في العالم قد فرضت الحظر في 28 أبريل الماضي، بعد قفزة حادة في أسعار زيت الطهي المحلية أثارت احتجاجات طلابية في جاكرتا ومدن أخرى، في ظل ارتفاع أسعار الزيوت النباتية عالميا منذ اندلاع الحرب في أوكرانيا، التي تعد أكبر مصدر لزيت عباد الشمس.

تداعيات على الأسواق

وتراجعت العقود الآجلة لزيت النخيل في بورصة ماليزيا، المرجع العالمي للسلعة، بنحو 3 في المئة في تعاملات الجمعة المبكرة، قبل أن تقلص خسائرها. وقال متعاملون في كوالالمبور إن الأسواق "كانت تتوقع رفع الحظر، لكن ليس بهذه السرعة"، مشيرين إلى أن مخزونات المصافي الإندونيسية بلغت مستويات قياسية بعد أن توقفت الشحنات، فيما علقت مصانع عصر عديدة شراء ثمار النخيل الطازجة من صغار المزارعين، ما هوى بأسعارها إلى النصف في بعض المناطق.

وتعد الهند أكبر مستورد لزيت النخيل في العالم، تليها الصين وباكستان، التي كانت سفن محملة لحسابها عالقة في الموانئ الإندونيسية منذ أواخر أبريل. ورحبت جمعية مصنعي الزيوت النباتية في الهند بالقرار، متوقعة أن "يخفف الضغط على الأسعار في السوق الهندية خلال الأسابيع المقبلة".

قواعد جديدة للتصدير

ولن يعني رفع الحظر العودة الكاملة إلى ما كانت عليه الأمور، إذ أعلنت وزارة التجارة أنها ستعيد العمل بنظام "التزام السوق المحلية"، الذي يُلزم المصدرين ببيع نسبة من إنتاجهم داخل البلاد بأسعار محددة، فيما ستظل الحكومة تفرض رسوما على الصادرات لتمويل دعم زيت الطهي للأسر محدودة الدخل. وستنشر الحكومة فرقا مشتركة من وزارة التجارة والشرطة لمراقبة توزيع الزيت في الأسواق الشعبية، بهدف خفض سعر اللتر إلى 14 ألف روبية.

وكان النائب العام الإندونيسي قد وجه في أبريل اتهامات إلى مسؤول رفيع في وزارة التجارة وثلاثة مديرين تنفيذيين في شركات زيت النخيل، في قضية فساد تتعلق بمنح تصاريح التصدير خلال أزمة نقص الزيت في مطلع العام.

ويرى محللون في "ميبانك" للأبحاث أن قرار الحظر ألحق ضررا بسمعة إندونيسيا كمورد موثوق، وقد يدفع مستوردين كبارا إلى توقيع عقود أطول أجلا مع المنتجين الماليزيين، في وقت تسعى فيه جاكرتا إلى زيادة استهلاك الزيت محليا عبر برنامج مزج وقود الديزل الحيوي.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j11-alomk-morocco-reopens-airspace-extends-health-emergency-2022",
        date(2022, 2, 3),
        """الحكومة تعلن إعادة فتح الأجواء في وجه الرحلات الدولية ابتداء من 7 فبراير وتمدد حالة الطوارئ الصحية

الرباط - العمق المغربي
الخميس 3 فبراير 2022

أعلنت الحكومة، اليوم الخميس، إعادة فتح الأجواء المغربية في وجه الرحلات الجوية الدولية للمسافرين ابتداء من يوم الاثنين 7 فبراير الجاري، بعد أزيد من شهرين على إغلاقها، وذلك وفق شروط صحية جديدة، فيما صادق مجلس الحكومة على مشروع مرسوم يقضي بتمديد سريان مفعول حالة الطوارئ الصحية بسائر أرجاء التراب الوطني إلى غاية 28 فبراير.

وقال الوزير المنتدب لدى رئيس الحكومة المكلف بالعلاقات مع البرلمان، الناطق الرسمي باسم الحكومة، مصطفى بايتاس، في ندوة صحفية أعقبت اجتماع المجلس الأسبوعي، إن القرار جاء "بناء على توصيات اللجنة العلمية والتقنية، وفي ضوء تحسن المؤشرات الوبائية وتقدم الحملة الوطنية للتلقيح".

وبحسب بلاغ للجنة الوزارية المكلفة بتتبع الجائحة، سيتعين على المسافرين القادمين إلى المملكة الإدلاء بجواز التلقيح، وبنتيجة سلبية لاختبار "PCR" لا تتجاوز مدتها 48 ساعة، مع إمكانية إجراء اختبارات سريعة عشوائية عند الوصول إلى المطارات، فيما سيتم الاحتفاظ بالمسافرين الذين تثبت إصابتهم في أماكن العزل وفق البروتوكول المعمول به.

وكانت السلطات قد علقت جميع الرحلات الجوية المباشرة للمسافرين نحو المغرب منذ 29 نونبر الماضي، بسبب انتشار متحور "أوميكرون"، ما خلف استياء واسعا في صفوف أفراد الجالية المغربية المقيمة بالخارج، الذين وجد كثيرون منهم أنفسهم عالقين، إلى جانب مهنيي السياحة الذين تكبدوا خسائر فادحة.

خطة لإنقاذ السياحة

وفي السياق ذاته، استعرض المجلس مخطط الدعم الاستعجالي لقطاع السياحة، الذي أطلقته الحكومة الشهر الماضي بغلاف مالي قدره ملياري درهم، ويشمل منح تعويض شهري قدره ألفا درهم لفائدة أجراء القطاع المصرح بهم في الضمان الاجتماعي، وتأجيل أداء الضرائب والاقتطاعات الاجتماعية لفائدة الفنادق ووكالات الأسفار، إلى جانب دعم تأهيل المؤسسات الفندقية.

وأكدت وزيرة السياحة فاطمة الزهراء عمور أن الوزارة "ستعمل مع الفاعلين على إعداد عرض سياحي قادر على استعادة الأسواق التقليدية في أقرب الآجال"، مشيرة إلى أن الخطوط الملكية المغربية ستبرمج رحلات إضافية خلال الأسابيع الأولى بعد رفع الإغلاق.

ترحيب وتساؤلات

ولقي القرار ترحيبا واسعا على مواقع التواصل الاجتماعي، خاصة في أوساط مغاربة العالم، غير أن عددا من المهنيين تساءلوا عن جدوى الإبقاء على شرط اختبار "PCR" بالنسبة للملقحين، معتبرين أن كلفته "ترهق الأسر"، في حين طالب آخرون بتخفيف القيود المفروضة على المطاعم والمقاهي، ومنها الإغلاق في ساعة محددة.

ويذكر أن المغرب أعلن حالة الطوارئ الصحية في 20 مارس 2020، وجرى تمديدها أكثر من عشرين مرة منذ ذلك التاريخ، فيما تجاوز عدد الملقحين بالجرعة الثانية 23 مليون شخص، وفق آخر معطيات وزارة الصحة والحماية الاجتماعية.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-j12-alayyam-aden-locust-control-campaign-abyan-shabwa-2020",
        date(2020, 4, 15),
        """"الزراعة" تدشن حملة لمكافحة أسراب الجراد في أبين وشبوة.. وتحذيرات من جيل ثانٍ أشد خطرا

عدن - "الأيام" - خاص
الأربعاء 22 شعبان 1441هـ الموافق 15 أبريل 2020م

دشنت وزارة الزراعة والري والثروة السمكية، بالتعاون مع المركز الوطني لمكافحة الجراد الصحراوي ومنظمة الأغذية والزراعة للأمم المتحدة (فاو)، أمس الثلاثاء، حملة واسعة لمكافحة أسراب الجراد التي غزت مساحات زراعية ورعوية في محافظات أبين وشبوة وحضرموت ولحج، وسط مخاوف من تهديد المحاصيل والمراعي في موسم يعاني فيه المزارعون أصلا من شح الوقود وارتفاع أسعار المدخلات.

وقال مدير عام وقاية النبات في الوزارة، في تصريح لـ"الأيام"، إن الوزارة نشرت 24 فريقا ميدانيا مزودا بمرشات محمولة على سيارات، إضافة إلى فرق للرصد والاستكشاف تتابع تحركات الأسراب وأماكن وضع البيض، مؤكدا أن الفرق تمكنت خلال الأيام الأولى من معالجة أكثر من ثلاثة آلاف هكتار في مديريات خنفر وزنجبار وأحور.

وأوضح أن الأمطار الغزيرة غير المعتادة التي شهدتها البلاد خلال الأشهر الماضية وفرت بيئة مثالية لتكاثر الجراد، محذرا من أن "الجيل الثاني الذي سيفقس خلال الأسابيع المقبلة قد يكون أكبر بعشرين ضعفا إذا لم تتم السيطرة عليه في مرحلة الحوريات".

دعم أممي

وكانت الوزارة قد وقعت الشهر الماضي اتفاقية مع منظمة "فاو" لتمويل شراء المبيدات وتدريب الكوادر الفنية وتوفير معدات الحماية، ضمن خطة إقليمية للمنظمة تشمل دول القرن الأفريقي وشبه الجزيرة العربية، التي تشهد أسوأ موجة جراد منذ عقود.

وقال ممثل المنظمة في اليمن إن الموجة الحالية "تهدد الأمن الغذائي لملايين الأشخاص في بلد يعاني أصلا من أسوأ أزمة إنسانية في العالم"، داعيا إلى تكثيف الجهود في المناطق الحدودية ومع دول الجوار، بعد رصد أسراب عبرت البحر الأحمر وخليج عدن من الساحل الأفريقي.

إجراءات مرافقة

وانضمت محافظة المهرة إلى الحملة بعد رصد تجمعات للجراد في مديرية حوف قرب الحدود العمانية، فيما قررت السلطات المحلية في أبين حظر رعي المواشي في المناطق التي جرى رشها لمدة أسبوعين، حفاظا على سلامة الثروة الحيوانية، داعية المواطنين إلى عدم جمع الجراد أو بيعه للاستهلاك بعد الرش.

وتواجه الفرق الميدانية صعوبات في الوصول إلى بعض المناطق بسبب الأوضاع الأمنية وشح الوقود، إضافة إلى الإجراءات الاحترازية المتخذة لمواجهة فيروس كورونا، إذ علقت السلطات الدراسة وأغلقت عددا من المنافذ البرية، وسط مطالبات بإعفاء فرق المكافحة من قيود التنقل.

ومن المقرر أن تستمر الحملة حتى نهاية مايو المقبل، مع إمكانية تمديدها بحسب تطور الوضع، فيما ناشد المزارعون في دلتا أبين الجهات المانحة تعويضهم عن خسائر محاصيل الطماطم والبصل التي التهمتها الأسراب في الأيام الماضية، مؤكدين أن بعضهم "خسر موسمه كاملا في ليلة واحدة".""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout27_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout27_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a refusal to hesitate before resorting to sanctions is a threat, as before imposing them
    pytest.param(
        "أعلنت نيوزيلندا أنها لن تتردد في اللجوء إلى العقوبات ضد فيجي.",
        date(2021, 8, 5),
        [("sanctions.threatened", "occurred", "target:Fiji")],
        [],
        id="will-not-hesitate-to-resort-to-sanctions",
    ),
    # ambassadors exchanged after a rupture are ties restored
    pytest.param(
        "تبادلت إيران والمغرب السفراء بعد قطيعة دامت أعواما.",
        date(2021, 8, 5),
        [("relations.restored", "occurred", "Iran")],
        [],
        id="ambassadors-exchanged",
    ),
    # a joint force formed by three states is formed as one formed by two
    pytest.param(
        "شكلت تشاد والنيجر والسودان قوة عسكرية مشتركة لتأمين الحدود.",
        date(2021, 8, 5),
        [("forces.integrated", "occurred", "Chad")],
        [],
        id="joint-force-of-three-states",
    ),
    # a reservation over plans for a base, with the host saying it needs none, is no plan
    pytest.param(
        "أبدت منغوليا تحفظها على خطط روسية لإقامة قاعدة عسكرية على أراضيها، وقالت إنها لا "
        "تحتاج إليها.",
        date(2021, 8, 5),
        [],
        [],
        id="reservation-over-a-base",
    ),
    # a state lifting its own export ban on a commodity lifts no sanctions
    pytest.param(
        "رفعت الهند الحظر على تصدير القمح.",
        date(2023, 3, 18),
        [],
        [],
        id="commodity-export-ban-lifted",
    ),
    # "the day before yesterday" dates a pluperfect step as news, as "yesterday" does
    pytest.param(
        "وكانت اليابان قد مددت، أول من أمس الخميس، العقوبات المفروضة على كوريا الشمالية عامين "
        "إضافيين.",
        date(2023, 3, 18),
        [("sanctions.extended", "occurred", "target:North Korea")],
        [],
        id="pluperfect-the-day-before-yesterday",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout27_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout27_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
