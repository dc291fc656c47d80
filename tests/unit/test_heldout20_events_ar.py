"""A twentieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first nineteen held-out sets: Arabic copy of 2023-2025 from outlets and in forms the earlier
sets lack, and from regions they hardly touch (the Caucasus, the Balkans, Korea, southern Africa,
the Horn): a Euronews Arabic live page on the Georgian protests, newest first with time stamps
and Levantine months beside the Gregorian ("18 تشرين الثاني/نوفمبر"), where Estonia, Latvia and
Lithuania ban Ivanishvili from entry, Kallas warns of EU sanctions "إذا استمرت الحملة", Hungary's
veto stalls them and Tbilisi suspends its accession talks; INA's text in full of the Iraqi-Turkish
joint statement on the military and security memorandum (passive "جرى … توقيع", the PKK ban of
March recalled, new Turkish bases denied); an Arabi21 press review of Iranian papers on Iran
joining the Shanghai Cooperation Organisation, paper by paper (Belarus's memorandum, BRICS to
come, a call for Riyadh to join, sanctions that will not be lifted); an Ennahar report in
Algerian usage (جوان، أوت) on Algeria's ambassador back in Madrid, with the banking freeze on
trade with Spain to be lifted "in weeks" and no return of ties with Morocco; a Yonhap Arabic
wire ("سيئول، 18 أكتوبر (يونهاب) --", "(النهاية)") on North Korean special forces sent to Russia
and twelve thousand expected; a Sputnik Arabic wire (Russian wording, "العملية العسكرية الخاصة")
on the EU extending its economic sanctions on Russia, listing three GRU officers and planning the
sixteenth package, with Moscow's own food ban recalled; an Al-Araby Al-Jadeed report from
Belgrade whose news (OFAC's third deferral of the NIS sanctions) comes in the sixth paragraph,
after a petrol-station scene and the history, with Vučić refusing to sanction Russia; a Xinhua
Arabic wire ("((شينخوا))") on Washington ending its Zimbabwe programme and listing Mnangagwa
under Magnitsky the same day, told through Harare's reaction; and the Ethiopian News Agency's
summary of Abiy Ahmed's statement on the regional special forces' integration (Amhara units
refusing, the Pretoria agreement and the Eritrean forces recalled). Nine carry events of all ten
alertable types (imposed, lifted, suspended, extended, threatened, joined, signed, restored ties,
integration, deployment), in occurred and planned status, next to historical, negated and
stalled ones; three are near misses: an Alyaoum24 report in Moroccan usage (نونبر، دجنبر،
شتنبر، يوليوز، غشت) of the medical students' agreement (minutes signed by two ministries, the
disciplinary sanctions lifted, the academic year extended, a reform suspended, a parents'
federation joining, a court annulling suspensions), an Emarat Al Youm traffic page (trucks banned
from three roads named after a sheikh and the Emirates, a scooter ban lifted, a fines discount
extended, patrols deployed, a police memorandum with an insurer, firms joining an initiative)
and an Al-Sharq (Doha) health round-up (clinics closed, licences suspended, fines, a poultry
import ban on two US states lifted for bird flu, a city joining a WHO network, a hospital
memorandum in Berlin, vaccination teams deployed).

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit bcc5f3a), in one run: events P 0.727 R 0.600
F1 0.658 (recall 9/15, precision 8/11; occurred core found 6/12, planned 3/3; historical 21/21,
negated 7/7 and stalled 4/4 kept quiet). The score asks only for an alertable match: of the three
planned core events it counts as found, two are matched only with the wrong status or through the
day's event of the same parties (the banking freeze to be lifted, read as lifted; the North
Korean troops to come, matched by those sent), which the per-article check counts as missed.
Nine strict xfails, with the reason (seven articles with a core event missed, two with a wrong
alert); do not tune lexicons on these articles. The causes, as read in ``rasd/events``: one
month written twice with a day ("18 تشرين الثاني/نوفمبر", "18 آذار/مارس", "18 آذار (مارس)")
makes ``status._month_age`` compare None with an int, and the TypeError drops every event of the
article; a masdar whose predicate is "مسألة أسابيع" has no planned cue; an expectation ("تتوقع …
أن ترسل") is read as done, "ما مجموعه نحو" pushes the troop noun out of the window, and "الشمال"
names no state; the year of an accusation in a trailing clause ("يتهمهم … عام 2020") dates the
day's imposition, and "الوزراء" gives no actor; a specific licence and a postponed entry into
force ("يؤجل دخول العقوبات حيز التنفيذ") are no suspension; the target's own rejection ("وترفض
عقوبات جديدة") is read as a denial, and ``_demote`` then makes the body's listing negated;
"قوات الدفاع الوطني" is no ``army_noun`` (and links to the Syrian militia), and a decision carried
out by an unnamed "الحكومة" or an objectless "عملية الدمج" has no participant; a traffic ban
after "فرض حظر على" skips ``not_ban_object`` and takes the names of streets as targets; memoranda
of a police force with an insurer and of a hospital with a foreign hospital (its demonym a state)
are accords.

After the fixes (same day): events P 0.917 R 0.733 F1 0.815 (recall 11/15, precision 11/12;
every historical, negated and stalled event kept quiet). Fixed, each tested on sentences of its
own (``RULES``): the crash (one month written twice, once with its day: ``_month_age`` now
prefers the dated mention, and a property test over news-like pieces in
``tests/unit/test_properties.py`` calls the inner extractor, which raises what
``extract_events`` would only log); an ambassador sent back ("تعيد سفيرها") is ties restored; a
specific licence, and sanctions' entry into force put off ("يؤجل دخول العقوبات حيز التنفيذ"), are
a suspension; a traffic ban is no sanction; a hospital's, a university's or a city police's
memorandum is no accord; a target's refusal of sanctions ("زيمبابوي … ترفض عقوبات جديدة على
الرئيس") is its reaction to sanctions imposed, not a denial (English too: "Iran rejects new EU
sanctions"; "Hungary rejected new sanctions on Russia" stays a refusal). With the crash gone, ar-e01 shows what it hid: the entry bans' target
taken from "مؤسس حزب الحلم الجورجي" and Kallas's warning given the Baltic states for actors
(strict xfails, as are the lifting "مسألة أسابيع", the North Korean troops still to come, the
year of the accused attacks dating the listing, and Ethiopia's army unknown by its name).

``python -m tests.unit.test_heldout20_events_ar`` prints every article's alerts and the set's
precision, recall and F1.
Later (2 Dec 2026, with set 25's fixes): the police and the security services are an army
noun for integration, so "دمج القوات … في الجيش والشرطة" is read (mark removed).
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e01-euronews-live-georgia-protests-baltic-entry-bans-ivanishvili-kallas-warning-2024",
        date(2024, 12, 2),
        """مباشر| جورجيا: الليلة الخامسة من الاحتجاجات.. ودول البلطيق الثلاث تفرض عقوبات على إيفانيشفيلي

يورونيوز عربي
نُشر في: 02/12/2024 - 08:00 | آخر تحديث: 02/12/2024 - 18:45

تتواصل لليوم الخامس على التوالي الاحتجاجات أمام مبنى البرلمان في العاصمة الجورجية تبليسي، منذ أن أعلن رئيس الوزراء إيراكلي كوباخيدزه، مساء الخميس الماضي، تعليق محادثات الانضمام إلى الاتحاد الأوروبي حتى نهاية عام 2028. نتابع هنا آخر التطورات أولا بأول (التوقيت بتوقيت غرينتش، والأحدث في الأعلى):

18:45
قالت الرئيسة الجورجية سالومي زورابيشفيلي، التي تنتهي ولايتها في وقت لاحق من الشهر الجاري، إنها لن تغادر القصر الرئاسي ما دام البرلمان المنبثق عن انتخابات 26 تشرين الأول/أكتوبر "غير شرعي"، داعية العواصم الأوروبية إلى "عدم ترك الجورجيين وحدهم في الشارع".

17:20
أعلنت إستونيا ولاتفيا وليتوانيا، في بيان مشترك لوزراء خارجيتها، فرض حظر دخول على مؤسس حزب "الحلم الجورجي" الحاكم، الملياردير بيدزينا إيفانيشفيلي، وعشرة من كبار المسؤولين الجورجيين، بينهم وزير الداخلية ونائبه وقادة في القوات الخاصة للشرطة. وقالت الدول الثلاث إن المشمولين بالقرار "يتحملون المسؤولية عن القمع العنيف للمتظاهرين السلميين وتقويض النظام الدستوري"، وإن الحظر يسري اعتبارا من اليوم.

15:05
قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس، في ثاني يوم لها في منصبها، إن استخدام العنف ضد المتظاهرين "غير مقبول"، وحذرت الحكومة الجورجية من أن الاتحاد سيفرض عقوبات على المسؤولين عن القمع "إذا استمرت الحملة على المحتجين ووسائل الإعلام"، مضيفة أن "كل الخيارات مطروحة على الطاولة" في اجتماع وزراء الخارجية المقرر في السادس عشر من كانون الأول/ديسمبر.

13:40
قالت وزارة الداخلية الجورجية إنها أوقفت 224 شخصا منذ الخميس، وإن 113 من عناصر الشرطة أصيبوا، متهمة "مجموعات منظمة" بمهاجمة مبنى البرلمان بالألعاب النارية والحجارة. من جهتها، أفادت منظمات حقوقية محلية بأن عشرات المحتجين والصحفيين تعرضوا للضرب خلال اعتقالهم.

12:15
رد كوباخيدزه على الانتقادات الغربية في مؤتمر صحفي، قائلا إن "لا أحد يستطيع أن يفرض على جورجيا ما تقرره"، وإن حكومته "لم تتخل عن هدف العضوية الأوروبية، لكنها ترفض الابتزاز". وأضاف أن العقوبات التي تلوّح بها بعض العواصم "لن تغير شيئا".

10:30
للتذكير: منح الاتحاد الأوروبي جورجيا صفة الدولة المرشحة للعضوية في كانون الأول/ديسمبر 2023، لكنه جمّد عمليا مسار انضمامها في حزيران/يونيو الماضي، بعد إقرار البرلمان قانون "النفوذ الأجنبي" المثير للجدل، وعلّق 30 مليون يورو من المساعدات العسكرية المخصصة لتبليسي.

09:10
أخفق وزراء خارجية الاتحاد الأوروبي، خلال اجتماعهم في بروكسل في 18 تشرين الثاني/نوفمبر، في التوافق على فرض عقوبات على مسؤولين جورجيين بسبب اعتراض المجر، إذ تتطلب قرارات العقوبات إجماع الدول الأعضاء السبع والعشرين. ويتوقع دبلوماسيون أن تعرقل بودابست، التي يرتبط رئيس وزرائها فيكتور أوربان بعلاقات وثيقة مع الحكومة الجورجية، أي محاولة جديدة.

08:00
شهدت تبليسي ليلة خامسة من المواجهات، إذ استخدمت الشرطة خراطيم المياه والغاز المسيل للدموع لتفريق آلاف المحتجين الذين احتشدوا في جادة روستافيلي حاملين أعلام جورجيا والاتحاد الأوروبي. كما خرجت مسيرات مماثلة في باتومي وكوتايسي وزوغديدي، وأعلن مئات من موظفي وزارة الخارجية والبنك المركزي، في رسائل مفتوحة، رفضهم قرار الحكومة.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                ["Estonia", "Latvia", "Lithuania"],
                ["Bidzina Ivanishvili"],
            ),
            G("sanctions.threatened", "occurred", ["European Union", "Kaja Kallas"], ["Georgia"]),
            G("sanctions.imposed", "stalled", ["European Union"], ["Georgia"], core=False),
            G("alliance.joined", "stalled", ["Georgia"], ["European Union"], core=False),
        ],
        not_targets=["Georgian Dream", "Hungary"],
        known_miss='Kallas\'s warning is given Estonia and Latvia for actors (the Baltic statement before it), so the EU\'s threat is missed (before the fix of ``status._month_age`` the whole article gave no event: one month written twice, once with its day, made it compare an int with None)',
        known_alarm='the Baltic entry bans take "الحلم الجورجي" (the party its founder leads, in "مؤسس حزب الحلم الجورجي") for their target, and the Baltic ministers\' "سيفرض" is read as a threat of their own',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e02-ina-iraq-turkey-joint-statement-military-security-mou-ankara-2024",
        date(2024, 8, 15),
        """نص البيان المشترك.. العراق وتركيا يوقعان مذكرة تفاهم للتعاون العسكري والأمني ومكافحة الإرهاب

أنقرة – واع
الخميس 10 صفر 1446هـ – 15 آب 2024

وقّع العراق وتركيا، اليوم الخميس، في العاصمة التركية أنقرة، مذكرة تفاهم للتعاون في المجالات العسكرية والأمنية ومكافحة الإرهاب، في ختام الاجتماع الرابع لآلية التخطيط الاستراتيجي المشتركة بين البلدين، الذي ترأسه نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين ونظيره التركي هاكان فيدان.

وفيما يلي نص البيان المشترك الصادر عن الاجتماع، كما تلقته وكالة الأنباء العراقية (واع):

"بيان مشترك

عُقد في أنقرة بتاريخ 15 آب/أغسطس 2024 الاجتماع الرابع لآلية التخطيط الاستراتيجي المشتركة بين جمهورية العراق والجمهورية التركية، برئاسة معالي السيد فؤاد حسين، نائب رئيس مجلس الوزراء وزير الخارجية في جمهورية العراق، ومعالي السيد هاكان فيدان، وزير خارجية الجمهورية التركية، وبمشاركة وزيري الدفاع ورئيسي جهازي المخابرات في البلدين ومستشار الأمن القومي العراقي.

1. استعرض الجانبان التقدم المحرز في تنفيذ التفاهمات التي تم التوصل إليها خلال الزيارة التاريخية لفخامة الرئيس رجب طيب أردوغان إلى بغداد في 22 نيسان/أبريل 2024، التي جرى خلالها توقيع ست وعشرين مذكرة تفاهم، من بينها الاتفاقية الإطارية للتعاون في مجال المياه، ومذكرة التفاهم الرباعية بشأن مشروع طريق التنمية مع دولة قطر ودولة الإمارات العربية المتحدة.

2. جرى خلال الاجتماع توقيع مذكرة تفاهم بين وزارة الدفاع في جمهورية العراق ووزارة الدفاع الوطني في الجمهورية التركية بشأن التعاون العسكري والأمني ومكافحة الإرهاب، تنص على إنشاء مركز مشترك للتنسيق الأمني في بغداد، وتبادل المعلومات الاستخبارية، وتنظيم برامج تدريب مشتركة.

3. أكد الجانب التركي احترامه الكامل لسيادة جمهورية العراق ووحدة أراضيه، فيما أكد الجانب العراقي أنه لن يسمح باستخدام أراضيه منطلقا للاعتداء على دول الجوار.

4. رحب الجانب التركي بقرار مجلس الأمن الوطني العراقي الصادر في آذار/مارس 2024 بحظر حزب العمال الكردستاني وعدّه تنظيما محظورا في العراق، وأكد الجانبان عزمهما على مواصلة التعاون في مواجهة التنظيم.

5. بحث الجانبان ملف المياه، واتفقا على تفعيل عمل اللجنة الفنية الدائمة المشتركة، وعلى إطلاق مشاريع مشتركة لتحديث أنظمة الري في العراق.

6. اتفق الجانبان على عقد الاجتماع المقبل للآلية في بغداد خلال عام 2025."

انتهى نص البيان.

وفي مؤتمر صحفي مشترك عقب التوقيع، قال حسين إن المذكرة "لا تمنح أي طرف حق إقامة قواعد عسكرية جديدة على الأراضي العراقية"، مؤكدا أن "موقف الحكومة العراقية الرافض للوجود العسكري التركي في إقليم كردستان لم يتغير، ومعالجته تتم عبر الحوار".

من جانبه، قال فيدان إن أنقرة "تنتظر من بغداد وأربيل خطوات ملموسة على الأرض ضد التنظيم الإرهابي"، مشيرا إلى أن المركز المشترك في بغداد "سيتيح الانتقال من تبادل الاتهامات إلى تبادل المعلومات".

وتحتفظ تركيا منذ تسعينيات القرن الماضي بعشرات القواعد والنقاط العسكرية في محافظتي دهوك وأربيل، وتنفذ بين حين وآخر عمليات برية وجوية ضد مسلحي الحزب في جبال قنديل وسنجار، فيما تطالب بغداد بانسحابها وتعدها خرقا للسيادة العراقية.""",
        [
            G("agreement.signed", "occurred", ["Iraq"], ["Turkey"]),
            G(
                "agreement.signed",
                "historical",
                ["Iraq", "Turkey", "Qatar", "United Arab Emirates"],
                [],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["Iraq"],
                ["Kurdistan Workers' Party"],
                core=False,
            ),
            G(
                "military.presence",
                "negated",
                ["Turkey"],
                ["Iraq", "Kurdistan Region"],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["Turkey"],
                ["Iraq", "Kurdistan Region"],
                core=False,
            ),
        ],
        not_targets=["Qatar", "United Arab Emirates", "Kurdistan Workers' Party"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e03-arabi21-press-review-iranian-papers-iran-joins-sco-2023",
        date(2023, 7, 5),
        """صحف إيرانية: العضوية في «شنغهاي» انتصار على سياسة العزل أم «ورقة بلا رصيد»؟

عربي21 – قسم الترجمة
الأربعاء، 17 ذو الحجة 1444هـ – 05 يوليو 2023

احتفت الصحف الإيرانية الصادرة صباح اليوم بانضمام إيران رسميا إلى منظمة شنغهاي للتعاون، بعد أن أعلن رئيس الوزراء الهندي ناريندرا مودي، في افتتاح القمة التي استضافتها بلاده عبر الفيديو أمس الثلاثاء، قبول طهران عضوا تاسعا كامل العضوية في المنظمة. غير أن قراءة الصحف للخطوة تباينت بين منابر التيار المحافظ ونظيرتها الإصلاحية. وفيما يلي جولة على أبرز ما نشرته:

«كيهان»: صفعة للضغوط القصوى
رأت صحيفة «كيهان»، المقربة من مكتب المرشد الأعلى، في افتتاحيتها أن العضوية "صفعة لسياسة الضغوط القصوى"، وأن الولايات المتحدة "فشلت بعد خمس سنوات في عزل إيران". وكتبت أن المنظمة، التي تضم نحو 40 في المئة من سكان العالم، "ستفتح أمام طهران أسواقا لا تملك واشنطن مفاتيحها"، داعية الحكومة إلى "الكف عن انتظار الغرب" بعد تعثر مفاوضات فيينا لإحياء الاتفاق النووي منذ أيلول الماضي.

«إيران»: من دوشنبه إلى نيودلهي
أما صحيفة «إيران» الناطقة باسم الحكومة، فاستعرضت مسار العضوية منذ حصول طهران على صفة المراقب عام 2005، مرورا بقرار قمة دوشنبه في أيلول 2021 إطلاق إجراءات انضمامها، وصولا إلى توقيعها مذكرة التزامات العضوية في قمة سمرقند العام الماضي. ونقلت الصحيفة عن الرئيس إبراهيم رئيسي قوله في كلمته أمام القمة إن إيران "ستكون عضوا فاعلا"، وعن وزير الخارجية حسين أمير عبد اللهيان قوله إن طهران "ستنضم قريبا إلى مجموعة بريكس أيضا"، بعد أن قدمت طلبا رسميا للانضمام إليها في حزيران 2022.

«همشهري»: مينسك على الطريق
وتوقفت صحيفة «همشهري»، التابعة لبلدية طهران، عند توقيع بيلاروس خلال القمة نفسها مذكرة التزامات تمهد لانضمامها إلى المنظمة، متوقعة أن تصبح مينسك العضو العاشر في قمة أستانا العام المقبل، وأن "يتحول التكتل إلى جبهة عريضة في وجه الأحادية الأمريكية".

«اعتماد»: لا تبالغوا
في المقابل، حذرت صحيفة «اعتماد» الإصلاحية من "المبالغة في تصوير العضوية كأنها عصا سحرية"، مذكّرة بأن المنظمة "ليست حلفا عسكريا ولا سوقا مشتركة"، وبأن العضوية "لن ترفع عقوبة واحدة من العقوبات الأمريكية المفروضة على إيران". وأضافت أن الصين وروسيا، العضوين المؤسسين، "صوّتتا لصالح قرارات مجلس الأمن التي فرضت عقوبات على إيران بين عامي 2006 و2010"، وأن التبادل التجاري مع دول المنظمة "ما زال رهينة القيود المصرفية".

«جوان»: الجيران أولا
ورأت صحيفة «جوان»، المقربة من الحرس الثوري، أن العضوية "تتويج لسياسة الجوار" التي انتهجتها حكومة رئيسي، مستشهدة باتفاق بكين الذي أعاد العلاقات الدبلوماسية بين طهران والرياض في آذار الماضي بعد قطيعة دامت سبع سنوات. ودعت الصحيفة السعودية إلى "الانتقال من صفة شريك الحوار إلى العضوية الكاملة"، معتبرة أن ذلك "سيغير وجه الإقليم".

«شرق»: الاقتصاد قبل السياسة
وختاما، رأت صحيفة «شرق» الإصلاحية أن العضوية "فرصة لن تثمر" ما لم تخرج إيران من القائمة السوداء لمجموعة العمل المالي (فاتف)، مشيرة إلى أن البنوك الصينية والهندية "تتجنب التعامل مع إيران خوفا من العقوبات الثانوية أكثر مما تخشى أي شيء آخر".""",
        [
            G("alliance.joined", "occurred", ["Iran"], ["Shanghai Cooperation Organisation"]),
            G("alliance.joined", "planned", ["Iran"], ["BRICS"], core=False),
            G(
                "alliance.joined",
                "planned",
                ["Belarus"],
                ["Shanghai Cooperation Organisation"],
                core=False,
            ),
            G(
                "agreement.signed",
                "occurred",
                ["Belarus"],
                ["Shanghai Cooperation Organisation"],
                core=False,
            ),
            G(
                "agreement.signed",
                "historical",
                ["Iran"],
                ["Shanghai Cooperation Organisation"],
                core=False,
            ),
            G("agreement.signed", "stalled", ["Iran"], [], core=False),
            G("sanctions.lifted", "negated", ["United States"], ["Iran"], core=False),
            G(
                "sanctions.imposed",
                "historical",
                ["United Nations Security Council"],
                ["Iran"],
                core=False,
            ),
            G("relations.restored", "historical", ["Iran"], ["Saudi Arabia"], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Iran", "Saudi Arabia", "China"],
                [],
                core=False,
            ),
        ],
        not_targets=["India", "China", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e04-ennahar-algeria-ambassador-back-to-madrid-trade-freeze-to-be-lifted-2023",
        date(2023, 11, 16),
        """الجزائر تعيد سفيرها إلى مدريد بعد 19 شهرا من الأزمة.. ورفع التجميد عن المبادلات التجارية «مسألة أسابيع»

الجزائر – النهار أونلاين
الخميس 16 نوفمبر 2023

عيّنت الجزائر سفيرا جديدا لها لدى المملكة الإسبانية، منهية بذلك أزمة دبلوماسية دامت أكثر من عام ونصف، اندلعت إثر تغيير حكومة بيدرو سانشيز موقفها التقليدي من قضية الصحراء الغربية.

وأفادت مصادر دبلوماسية لـ«النهار» بأن السفير عبد الفتاح دغموم التحق اليوم بمقر عمله في مدريد، حيث سيسلم نسخة من أوراق اعتماده إلى وزارة الخارجية الإسبانية، على أن يقدمها رسميا إلى العاهل الإسباني الملك فيليبي السادس في حفل يقام لاحقا.

ويأتي القرار، بحسب المصادر ذاتها، بعد «مؤشرات إيجابية» صدرت عن مدريد خلال الأشهر الأخيرة، أبرزها خطاب سانشيز أمام الجمعية العامة للأمم المتحدة في سبتمبر الماضي، الذي دعا فيه إلى «حل سياسي مقبول من الطرفين في إطار ميثاق الأمم المتحدة»، دون أن يأتي على ذكر مقترح الحكم الذاتي المغربي.

وكانت الجزائر قد استدعت سفيرها السابق سعيد موسي للتشاور في 19 مارس 2022، غداة الكشف عن رسالة بعث بها سانشيز إلى العاهل المغربي يعتبر فيها المقترح المغربي «الأساس الأكثر جدية وواقعية» لتسوية النزاع. ثم علقت، في 8 جوان من العام نفسه، معاهدة الصداقة وحسن الجوار والتعاون الموقعة مع إسبانيا عام 2002، وفي اليوم الموالي جمّدت الجمعية المهنية للبنوك والمؤسسات المالية عمليات التوطين البنكي الخاصة بالتجارة مع إسبانيا، ما أدى إلى شلل شبه تام في المبادلات غير الطاقوية بين البلدين.

وكشفت مصادر مصرفية لـ«النهار» أن رفع التجميد عن عمليات التوطين البنكي مع المتعاملين الإسبان «مسألة أسابيع»، وأن البنوك ستتلقى تعليمات بهذا الشأن قبل نهاية السنة الجارية، على أن تُستأنف الواردات تدريجيا بدءا بالمواد الأولية وقطع الغيار التي تحتاجها المصانع الجزائرية.

وتراجعت الصادرات الإسبانية نحو الجزائر من نحو 1.9 مليار أورو عام 2021 إلى أقل من 400 مليون أورو خلال العام الماضي، وفق أرقام رسمية إسبانية، فيما لم تتوقف إمدادات الغاز الجزائري إلى إسبانيا عبر أنبوب «ميدغاز» طيلة فترة الأزمة.

من جهته، رحب وزير الخارجية الإسباني خوسيه مانويل ألباريس بالقرار، وقال في تصريح إذاعي إن «عودة السفير خبر ممتاز»، مضيفا أن مدريد «تريد أفضل العلاقات مع الجزائر ومع جميع جيرانها».

في المقابل، لا يبدو أن الانفراج مع مدريد سيمتد إلى الجار الغربي، إذ أكد وزير الشؤون الخارجية أحمد عطاف، في ندوة صحفية عقدها في أوت الماضي، أن عودة العلاقات الدبلوماسية مع المغرب، المقطوعة منذ 24 أوت 2021، «غير مطروحة في الوقت الراهن».

ويرى أستاذ العلاقات الدولية بجامعة الجزائر 3، في حديث لـ«النهار»، أن الجزائر «حققت ما أرادته، أي أن مدريد لم تعد تتحدث عن الحكم الذاتي بوصفه الحل الوحيد»، متوقعا أن تمهد زيارة مرتقبة لألباريس إلى الجزائر مطلع العام المقبل لإعادة تفعيل معاهدة الصداقة.""",
        [
            G("relations.restored", "occurred", ["Algeria"], ["Spain"]),
            G("sanctions.lifted", "planned", ["Algeria"], ["Spain"]),
            G("sanctions.imposed", "historical", ["Algeria"], ["Spain"], core=False),
            G("agreement.signed", "historical", ["Algeria", "Spain"], [], core=False),
            G("relations.restored", "negated", ["Algeria"], ["Morocco"], core=False),
        ],
        not_targets=["Morocco", "Western Sahara"],
        known_miss='the lifting to come ("أن رفع التجميد عن عمليات التوطين البنكي مع المتعاملين الإسبان «مسألة أسابيع»، وأن البنوك ستتلقى تعليمات") is read as done: a masdar subject whose predicate is "مسألة أسابيع" (a matter of weeks) has no planned cue, and the future "ستتلقى" of the next conjunct does not reach it',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e05-yonhap-nis-north-korean-special-forces-sent-to-russia-12000-expected-2024",
        date(2024, 10, 18),
        """(جديد) المخابرات الكورية: كوريا الشمالية أرسلت 1,500 من قواتها الخاصة إلى روسيا والمزيد في الطريق

سيئول، 18 أكتوبر (يونهاب) -- أعلنت وكالة المخابرات الوطنية الكورية الجنوبية اليوم الجمعة أن كوريا الشمالية قررت إرسال قوات برية إلى روسيا لدعم حربها ضد أوكرانيا، وأن نحو 1,500 عنصر من قواتها الخاصة نُقلوا بالفعل إلى مدينة فلاديفوستوك الروسية، في أول نشر واسع النطاق لقوات برية كورية شمالية خارج البلاد.

وأوضحت الوكالة في بيان أن سفنا حربية روسية نقلت هذه الدفعة الأولى في الفترة بين 8 و13 أكتوبر الجاري من موانئ تشونغجين وهامهونغ وموسودان على الساحل الشرقي لكوريا الشمالية، وأن الجنود تسلموا زيا عسكريا روسيا وأسلحة روسية الصنع ووثائق هوية مزورة تقدمهم على أنهم من سكان ياقوتيا وبورياتيا.

وأضافت أنهم يتمركزون حاليا في قواعد عسكرية في فلاديفوستوك وأوسورييسك وخاباروفسك، ومن المرجح أن يُنشروا في مناطق القتال بعد انتهاء فترة التأقلم. وتتوقع الوكالة أن يرسل الشمال ما مجموعه نحو 12 ألف جندي من أربعة ألوية، بينهم عناصر من «فيلق العاصفة»، أي الفيلق الحادي عشر، وهو من أكثر وحدات النخبة تدريبا في الجيش الشعبي الكوري.

ونشرت الوكالة صورا التقطتها أقمار اصطناعية تظهر سفن إنزال روسية في ميناء تشونغجين، وتجمع نحو 400 جندي في منطقة قريبة منه.

وترأس الرئيس يون سوك يول اجتماعا طارئا لكبار المسؤولين الأمنيين، قال مكتبه في أعقابه إن الحكومة «لن تقف مكتوفة الأيدي»، وإنها ستتخذ «كل الإجراءات اللازمة» بالتنسيق مع حلفائها لمواجهة ما وصفه بـ«تهديد أمني خطير لكوريا الجنوبية والمجتمع الدولي».

وأكد المكتب أن إرسال القوات يمثل انتهاكا لقرارات مجلس الأمن الدولي التي تحظر أي تعاون عسكري مع بيونغ يانغ، والتي فُرضت بموجبها عقوبات على الشمال منذ تجربته النووية الأولى عام 2006.

وكانت كوريا الشمالية وروسيا قد وقعتا في يونيو الماضي، خلال زيارة الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ، معاهدة «الشراكة الاستراتيجية الشاملة»، التي تنص مادتها الرابعة على تقديم المساعدة العسكرية الفورية إذا تعرض أحد الطرفين لهجوم مسلح.

في المقابل، نفى الكرملين هذه التقارير، إذ قال المتحدث باسمه دميتري بيسكوف للصحفيين في موسكو إنها «معلومات غير موثوقة»، فيما لم يصدر تعليق فوري من بيونغ يانغ.

وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن واشنطن «لا تستطيع حتى الآن تأكيد» المعلومات، لكنها «تتابعها عن كثب مع حلفائها في سيئول وطوكيو».

وكانت سيئول وواشنطن قد اتهمتا الشمال مرارا منذ العام الماضي بتزويد روسيا بملايين من قذائف المدفعية وبصواريخ باليستية قصيرة المدى، مقابل تكنولوجيا عسكرية وإمدادات غذائية، وهو ما نفاه البلدان. (النهاية)""",
        [
            G("military.presence", "occurred", ["North Korea"], ["Russia"]),
            G("military.presence", "planned", ["North Korea"], ["Russia"]),
            G("agreement.signed", "historical", ["North Korea", "Russia"], [], core=False),
            G(
                "sanctions.imposed",
                "historical",
                ["United Nations Security Council"],
                ["North Korea"],
                core=False,
            ),
        ],
        not_targets=["South Korea", "Japan", "United States", "Ukraine"],
        known_miss='the troops still to come are not read: "وتتوقع الوكالة أن يرسل الشمال ما مجموعه نحو 12 ألف جندي" has "الشمال" for North Korea and "ما مجموعه نحو" pushing the troop noun past the window, and "ومن المرجح أن يُنشروا في مناطق القتال" has a pronoun subject and no place; even with both named, "تتوقع … أن ترسل" is read as done, not planned',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e06-sputnik-eu-extends-russia-economic-sanctions-gru-officers-16th-package-2025",
        date(2025, 1, 27),
        """الاتحاد الأوروبي يمدد عقوباته الاقتصادية على روسيا ستة أشهر بعد تراجع المجر عن اعتراضها

بروكسل – سبوتنيك
27 كانون الثاني/يناير 2025، 17:32 (بتوقيت موسكو)

مدد مجلس الاتحاد الأوروبي، اليوم الاثنين، العقوبات الاقتصادية القطاعية المفروضة على روسيا ستة أشهر إضافية، حتى 31 تموز/يوليو 2025، بعد أن تراجعت المجر في اللحظة الأخيرة عن تهديدها بعرقلة القرار الذي يتطلب إجماع الدول الأعضاء.

وجاء التمديد خلال اجتماع لوزراء خارجية الاتحاد في بروكسل، قبل أيام من انتهاء صلاحية العقوبات في 31 كانون الثاني/يناير الجاري. وكتبت مسؤولة السياسة الخارجية في الاتحاد كايا كالاس على منصة «إكس» أن «موسكو ستواصل دفع ثمن حربها»، مضيفة أن العقوبات «لن تُرفع قبل أن تنهي روسيا عدوانها وتعوض أوكرانيا عما ألحقته بها من أضرار».

وكان رئيس الوزراء المجري فيكتور أوربان قد اشترط للموافقة على التمديد الحصول على ضمانات أوروبية بشأن إمدادات الطاقة إلى بلاده، بعد توقف عبور الغاز الروسي عبر الأراضي الأوكرانية مطلع العام الجاري. ونشرت المفوضية الأوروبية صباح اليوم بيانا أكدت فيه استعدادها «لمواصلة الحوار مع كييف» بشأن إمدادات النفط عبر خط «دروجبا»، وهو ما عده أوربان «ضمانات كافية».

وتشمل العقوبات التي جرى تمديدها قيودا على التجارة والقطاع المالي والطاقة والتكنولوجيا والسلع ذات الاستخدام المزدوج، فضلا عن تجميد نحو 210 مليارات يورو من أصول البنك المركزي الروسي في دول الاتحاد، وهي إجراءات فرضها الاتحاد على دفعات منذ بدء العملية العسكرية الروسية الخاصة في أوكرانيا في 24 شباط/فبراير 2022.

وفي الاجتماع ذاته، فرض الوزراء عقوبات على ثلاثة ضباط في الاستخبارات العسكرية الروسية، يتهمهم الاتحاد بالمسؤولية عن هجمات إلكترونية استهدفت وزارات إستونية عام 2020، وشملت الإجراءات تجميد أصولهم وحظر سفرهم إلى دول الاتحاد.

ويعتزم الاتحاد إقرار حزمة العقوبات السادسة عشرة على روسيا بحلول 24 شباط/فبراير المقبل، الذكرى الثالثة لبدء العملية، وتتضمن، بحسب مسودة سربتها وسائل إعلام غربية، حظر استيراد الألومنيوم الروسي، وإدراج عشرات الناقلات الإضافية مما يسميه الغرب «أسطول الظل».

وفي أول تعليق روسي، قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن العقوبات «غير الشرعية» ارتدت «على الاقتصادات الأوروبية نفسها، وفي مقدمتها الاقتصاد الألماني»، مشيرة إلى أن موسكو «لم تطلب ولن تطلب من أحد رفع العقوبات». من جهته، قال المتحدث باسم الكرملين دميتري بيسكوف إن الاقتصاد الروسي «تكيّف مع القيود»، وإن حجم التبادل التجاري مع آسيا «عوّض الجزء الأكبر مما خسرته روسيا في السوق الأوروبية».

وكانت موسكو قد ردت على العقوبات الغربية منذ عام 2014 بحظر استيراد معظم المنتجات الزراعية والغذائية من دول الاتحاد الأوروبي والولايات المتحدة، ومددت هذا الحظر في أيلول/سبتمبر الماضي حتى نهاية عام 2025.

يذكر أن الاتحاد الأوروبي أقر منذ شباط/فبراير 2022 خمس عشرة حزمة من العقوبات على روسيا، كان آخرها في كانون الأول/ديسمبر الماضي.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                ["European Union", "Council of the European Union"],
                ["Russia"],
            ),
            G("sanctions.imposed", "occurred", ["European Union"], ["GRU"]),
            G("sanctions.imposed", "planned", ["European Union"], ["Russia"]),
            G("sanctions.lifted", "negated", ["European Union"], ["Russia"], core=False),
            G(
                "sanctions.imposed",
                "historical",
                ["European Union"],
                ["Russia", "Central Bank of Russia"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["Russia"],
                ["European Union", "United States"],
                core=False,
            ),
            G(
                "sanctions.extended",
                "historical",
                ["Russia"],
                ["European Union", "United States"],
                core=False,
            ),
        ],
        not_targets=["Estonia", "Hungary", "Ukraine", "Germany"],
        known_miss='"وفي الاجتماع ذاته، فرض الوزراء عقوبات على ثلاثة ضباط في الاستخبارات العسكرية الروسية، يتهمهم الاتحاد بالمسؤولية عن هجمات إلكترونية استهدفت وزارات إستونية عام 2020" is read as historical: the year of the accused attacks, in a trailing clause, dates the imposition, and "في الاجتماع ذاته" (the day\'s meeting) counts as no fresh cue; "الوزراء" gives no actor either',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e07-alaraby-aljadeed-belgrade-report-nis-sanctions-deferred-again-2025",
        date(2025, 3, 15),
        """صربيا على حافة الوقود الروسي: مهلة أمريكية جديدة لـ«NIS» وبلغراد تتمسك برفض معاقبة موسكو

بلغراد – العربي الجديد
15 مارس 2025

في محطة وقود على الطريق السريع المؤدي إلى نوفي ساد، يملأ سائق الأجرة دراغان خزان سيارته وهو يراقب لوحة الأسعار. "كل أسبوعين نسمع أن المحطات ستغلق وأن البنزين سينفد"، يقول لـ"العربي الجديد"، مضيفا: "لا أفهم في السياسة، لكنني أعرف أن نصف محطات البلاد تحمل شعار NIS".

ولا يبالغ دراغان كثيرا، فشركة صناعة النفط الصربية (NIS) تدير نحو 400 محطة وقود في صربيا والدول المجاورة، وتملك المصفاة الوحيدة في البلاد في بانتشيفو، التي تغطي قرابة 80 في المئة من حاجة السوق المحلية من المشتقات النفطية. وتعود ملكية 44.85 في المئة من أسهمها إلى شركة «غازبروم نفط» الروسية، و11.3 في المئة إلى «غازبروم» الأم، فيما تملك الدولة الصربية نحو 30 في المئة.

وتعود قصة هذه الملكية إلى عام 2008، حين باعت بلغراد الحصة الأكبر في الشركة لـ«غازبروم نفط» بموجب اتفاق الطاقة الذي وقعه البلدان في موسكو، في صفقة وصفتها المعارضة آنذاك بأنها «هدية سياسية».

ومنذ اندلاع الحرب في أوكرانيا، تحاول بلغراد السير على حبل مشدود: فهي مرشحة لعضوية الاتحاد الأوروبي منذ 2012، لكن مفاوضات انضمامها متعثرة منذ سنوات، وترفض في الوقت نفسه الانضمام إلى العقوبات الغربية على روسيا، إذ يكرر الرئيس ألكسندر فوتشيتش أن صربيا «لن تفرض عقوبات على روسيا» ما دام في منصبه.

غير أن الحبل انقطع في العاشر من يناير/كانون الثاني الماضي، حين أدرجت وزارة الخزانة الأمريكية، في الأيام الأخيرة لإدارة الرئيس جو بايدن، شركتي «غازبروم نفط» و«سورغوت نفتغاز» على قائمة العقوبات، ومعهما الشركات التي تملك فيها حصصا تفوق النصف، ومنها NIS، ومنحتها مهلة 45 يوما لإخراج المساهمين الروس.

وفي أحدث فصول الأزمة، أعلنت NIS مساء أمس الجمعة أن مكتب مراقبة الأصول الأجنبية التابع لوزارة الخزانة الأمريكية منحها ترخيصا خاصا جديدا يؤجل دخول العقوبات المفروضة عليها حيز التنفيذ حتى 28 آذار الجاري، وهو التأجيل الثالث منذ نهاية شباط، ما يسمح للشركة بمواصلة استيراد النفط الخام عبر خط الأنابيب الكرواتي «يانAF» وتسديد مستحقاتها عبر المصارف الدولية.

ونقلت الشركة في بيانها عن الجانب الأمريكي أن التراخيص المؤقتة «لن تُجدَّد إلى ما لا نهاية»، وأن العقوبات ستدخل حيز التنفيذ كاملة إذا لم تُقدَّم خطة واضحة لخروج المساهمين الروس.

وفي مؤتمر صحفي عقده مساء أمس، قال فوتشيتش إن بلاده «ممتنة» للمهلة، لكنه جدد التأكيد أن صربيا «لن تنضم إلى العقوبات على روسيا حتى لو كان الثمن باهظا»، مضيفا أن الحكومة «لن تسمح بإغلاق مصفاة بانتشيفو تحت أي ظرف».

ويقول الخبير الاقتصادي ميلان كوفاتشيفيتش لـ"العربي الجديد" إن "الخيارات ضيقة: إما أن تشتري الدولة الحصة الروسية، وهذا مكلف سياسيا مع موسكو، وإما أن يتولاها مستثمر ثالث، مجري أو إماراتي، وهذا يحتاج إلى موافقة الكرملين وواشنطن معا". ويضيف: "في الحالتين، لن تعيش صربيا طويلا على مهل الأسبوعين".""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [
                    "United States",
                    "United States Department of the Treasury",
                    "Office of Foreign Assets Control",
                ],
                ["Naftna Industrija Srbije", "Gazprom Neft"],
            ),
            G(
                "sanctions.threatened",
                "occurred",
                ["United States"],
                ["Naftna Industrija Srbije"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "United States Department of the Treasury", "Joe Biden"],
                ["Gazprom Neft", "Surgutneftegas", "Naftna Industrija Srbije"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "negated",
                ["Serbia", "Aleksandar Vučić"],
                ["Russia"],
                core=False,
            ),
            G("alliance.joined", "stalled", ["Serbia"], ["European Union"], core=False),
            G("agreement.signed", "historical", ["Serbia", "Russia"], [], core=False),
        ],
        not_targets=["Serbia", "Croatia", "Hungary", "United Arab Emirates"],
        known_miss='the deferral is no event: "منحها ترخيصا خاصا جديدا يؤجل دخول العقوبات المفروضة عليها حيز التنفيذ حتى 28 آذار" has a specific, not a general, licence (``general_licence``), and postponing sanctions\' entry into force ("يؤجل/أجلت دخول العقوبات حيز التنفيذ", "التأجيل") is no suspension trigger',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e08-xinhua-zimbabwe-us-ends-sanctions-programme-new-magnitsky-listings-2024",
        date(2024, 3, 5),
        """زيمبابوي ترحب بإنهاء برنامج العقوبات الأمريكية وترفض عقوبات جديدة على الرئيس منانغاغوا

هراري 5 مارس 2024 (شينخوا) رحبت حكومة زيمبابوي اليوم (الثلاثاء) بقرار الولايات المتحدة إنهاء برنامج العقوبات الذي فرضته على البلاد قبل أكثر من عقدين، لكنها رفضت بشدة العقوبات الجديدة التي فرضتها واشنطن في اليوم نفسه على الرئيس إيمرسون منانغاغوا وعدد من كبار المسؤولين، ووصفتها بأنها «غير قانونية ومسيئة».

وكان الرئيس الأمريكي جو بايدن قد وقع أمس (الاثنين) أمرا تنفيذيا ينهي حالة الطوارئ الوطنية المتعلقة بزيمبابوي، التي أعلنها الرئيس الأسبق جورج دبليو بوش في مارس 2003، ورُفع بموجبه أكثر من 100 فرد وكيان زيمبابوي من قائمة العقوبات لدى وزارة الخزانة الأمريكية، بينها مصارف حكومية وشركات تعدين.

وفي الوقت نفسه، أدرجت الوزارة منانغاغوا وزوجته أوكسيليا ونائبه كونستانتينو تشيوينغا وثمانية أفراد آخرين وثلاثة كيانات على قائمة العقوبات بموجب برنامج ماغنيتسكي العالمي، متهمة إياهم بالتورط في الفساد وانتهاكات حقوق الإنسان، وهو ما يعني تجميد أصولهم في الولايات المتحدة ومنع المواطنين الأمريكيين من التعامل معهم.

وقال المتحدث باسم الحكومة الزيمبابوية نيك مانغوانا، في بيان تلقت وكالة أنباء ((شينخوا)) نسخة منه، إن «إنهاء البرنامج اعتراف متأخر بأن العقوبات فشلت في تحقيق أهدافها وألحقت أضرارا جسيمة بالشعب الزيمبابوي»، مضيفا أن «استبدالها بعقوبات موجهة ضد رئيس منتخب هو استمرار للنهج ذاته بأدوات جديدة».

ولفت البيان إلى أن القرار الأمريكي لا يشمل قانون الديمقراطية والانتعاش الاقتصادي في زيمبابوي لعام 2001، الذي أقره الكونغرس ولا يزال ساريا، ويلزم الممثلين الأمريكيين في المؤسسات المالية الدولية بالتصويت ضد أي قروض لزيمبابوي، داعيا إلى «إلغائه فورا».

من جهتها، قالت المتحدثة باسم وزارة الخارجية الصينية ماو نينغ، في مؤتمر صحفي دوري في بكين، إن الصين «تعارض دائما العقوبات الأحادية غير القانونية التي لا تستند إلى القانون الدولي»، داعية الولايات المتحدة إلى «رفع جميع العقوبات عن زيمبابوي بشكل كامل وفوري».

وكانت مجموعة تنمية الجنوب الأفريقي (سادك) قد اعتمدت منذ عام 2019 يوم 25 أكتوبر من كل عام يوما إقليميا للتضامن مع زيمبابوي في مواجهة العقوبات، فيما طالب الاتحاد الأفريقي مرارا برفعها دون شروط.

أما الاتحاد الأوروبي، فقد رفع معظم إجراءاته التقييدية عن زيمبابوي بين عامي 2013 و2014، ومدد في فبراير الماضي حظر توريد الأسلحة إليها وتجميد أصول شركة صناعات الدفاع الزيمبابوية لمدة عام.

وتخضع زيمبابوي لعقوبات غربية منذ عام 2002، إثر خلافات حول الإصلاح الزراعي ونتائج الانتخابات في عهد الرئيس الراحل روبرت موغابي، ويقدر مسؤولون زيمبابويون خسائر البلاد جراءها بأكثر من 150 مليار دولار. (النهاية)""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United States", "Joe Biden", "United States Department of the Treasury"],
                ["Zimbabwe"],
            ),
            G(
                "sanctions.imposed",
                "occurred",
                ["United States", "United States Department of the Treasury"],
                ["Emmerson Mnangagwa"],
            ),
            G("sanctions.lifted", "negated", ["United States"], ["Zimbabwe"], core=False),
            G("sanctions.lifted", "historical", ["European Union"], ["Zimbabwe"], core=False),
            G(
                "sanctions.extended",
                "historical",
                ["European Union"],
                ["Zimbabwe", "Zimbabwe Defence Industries"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "European Union", "George W. Bush"],
                ["Zimbabwe"],
                core=False,
            ),
        ],
        not_targets=["China", "Southern African Development Community", "African Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e09-ena-abiy-statement-regional-special-forces-integration-under-way-2023",
        date(2023, 4, 9),
        """رئيس الوزراء: دمج القوات الخاصة الإقليمية في الجيش والشرطة ماضٍ.. ولا يستهدف أي إقليم

أديس أبابا، 9 أبريل 2023 (إينا) – أكد رئيس الوزراء الدكتور آبي أحمد أن الحكومة الفيدرالية ماضية في تنفيذ قرار دمج القوات الخاصة التابعة للأقاليم في قوات الدفاع الوطني الإثيوبية والشرطة الفيدرالية والشرطة الإقليمية، مشددا على أن القرار «لا يستهدف أي إقليم أو قومية بعينها»، وإنما يهدف إلى «بناء جيش وطني قوي وموحد يحمي سيادة البلاد ووحدتها».

وقال رئيس الوزراء، في بيان مطول نشره مكتبه اليوم الأحد وتلقت وكالة الأنباء الإثيوبية نسخة منه، إن عملية الدمج «انطلقت بالفعل» الأسبوع الماضي، وإن وحدات من القوات الخاصة في أقاليم أوروميا والصومالي وعفر وسيداما التحقت بمعسكرات قوات الدفاع الوطني والشرطة لتلقي التدريب وإعادة التنظيم، معربا عن شكره لقيادات تلك الأقاليم «على تعاونها وحسها الوطني».

وأوضح أن الدستور الإثيوبي لا يتضمن أي نص يجيز للأقاليم تشكيل قوات عسكرية خاصة، وأن هذه القوات «نشأت خارج الإطار الدستوري خلال السنوات الماضية، وتحول بعضها إلى مصدر للتوتر الحدودي بين الأقاليم»، مضيفا أن «وجود عشرات الجيوش الصغيرة داخل دولة واحدة أمر لا يمكن قبوله».

وأشار آبي أحمد إلى أن الحكومة «حريصة على أن تتم العملية سلميا ومن خلال الحوار»، غير أنها «ستتخذ الإجراءات القانونية اللازمة» بحق من يسعى إلى عرقلتها بقوة السلاح، مؤكدا أن أفراد القوات الخاصة «لن يُسرَّحوا»، وأنهم سيحتفظون برتبهم ورواتبهم بعد إعادة توزيعهم.

وجاء بيان رئيس الوزراء بعد أن شهدت مدن عدة في إقليم أمهرة، بينها غوندر وولديا وكوبو، احتجاجات وقطعا للطرق، فيما رفضت وحدات من القوات الخاصة للإقليم الالتحاق بمعسكرات الجيش، وسط مخاوف من أن يترك القرار الإقليم مكشوفا أمام جيرانه.

ونفى آبي أحمد ما يتردد عن أن الهدف من القرار «نزع سلاح أمهرة وحدها»، مشيرا إلى أن القرار «يسري على الأقاليم الأحد عشر دون استثناء»، وداعيا وسائل الإعلام والناشطين إلى «عدم نشر الشائعات التي تؤجج الفتنة».

ويأتي القرار بعد خمسة أشهر من اتفاق بريتوريا لوقف الأعمال العدائية، الذي وقعته الحكومة الفيدرالية والجبهة الشعبية لتحرير تيغراي في الثاني من نوفمبر الماضي في جنوب أفريقيا، ونص على نزع سلاح مقاتلي الجبهة. وقد سلمت الجبهة في يناير الماضي دفعة أولى من أسلحتها الثقيلة إلى قوات الدفاع الوطني، بحضور مراقبين من الاتحاد الأفريقي.

وكانت القوات الإريترية قد انتشرت خلال الحرب في أجزاء واسعة من إقليم تيغراي، إلى جانب قوات الدفاع الوطني والقوات الخاصة لإقليم أمهرة.

وفي ختام بيانه، دعا رئيس الوزراء الإثيوبيين إلى «الوقوف صفا واحدا خلف مؤسسات الدولة»، مؤكدا أن «إثيوبيا التي خرجت لتوها من حرب مدمرة لا تحتمل انقساما جديدا».""",
        [
            G("forces.integrated", "occurred", ["Ethiopia", "Abiy Ahmed"], []),
            G("forces.integrated", "negated", ["Amhara Region"], [], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Ethiopia", "Tigray People's Liberation Front"],
                [],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["Eritrea"],
                ["Tigray Region", "Ethiopia"],
                core=False,
            ),
        ],
        not_targets=["National Defence Forces", "Eritrea", "African Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e10-alyaoum24-medical-students-agreement-disciplinary-sanctions-lifted-2024",
        date(2024, 11, 10),
        """بعد 11 شهرا من المقاطعة.. توقيع محضر اتفاق ينهي أزمة طلبة الطب ورفع العقوبات التأديبية عن الموقوفين

الرباط – اليوم 24
الأحد 10 نونبر 2024

وقّعت وزارة التعليم العالي والبحث العلمي والابتكار ووزارة الصحة والحماية الاجتماعية، مساء أمس السبت بالرباط، محضر اتفاق مع اللجنة الوطنية لطلبة الطب والصيدلة وطب الأسنان، بحضور وسيط المملكة، ينهي أطول مقاطعة للدروس والامتحانات في تاريخ كليات الطب بالمغرب، انطلقت منذ منتصف دجنبر 2023.

وينص المحضر، الذي اطلع «اليوم 24» على نسخة منه، على رفع جميع العقوبات التأديبية التي فُرضت على الطلبة خلال فترة المقاطعة، بما فيها قرارات التوقيف المؤقت عن الدراسة التي صدرت في حق عدد من أعضاء مكاتب الطلبة، وعلى إعادة تنظيم امتحانات الدورة الربيعية في دورة استثنائية ابتداء من 25 نونبر الجاري.

كما تضمن الاتفاق تمديد السنة الجامعية الحالية بشكل استثنائي إلى غاية نهاية شتنبر 2025، حتى يتمكن الطلبة من استكمال التداريب الاستشفائية، وتعليق العمل بقرار تقليص مدة التكوين في الطب العام من سبع سنوات إلى ست بالنسبة للأفواج الحالية، على أن يطبق على الطلبة الجدد ابتداء من الموسم المقبل.

وكانت المحكمة الإدارية بالرباط قد قضت، في يوليوز الماضي، بإلغاء قرار عمادة إحدى كليات الطب توقيف ستة طلبة لمدة سنتين، معتبرة أن المجلس التأديبي «لم يحترم حقوق الدفاع»، وهو الحكم الذي استأنفته الوزارة قبل أن تتنازل عن الاستئناف بموجب الاتفاق الجديد.

وأعلنت اللجنة الوطنية، في بلاغ نشرته صباح اليوم على صفحتها الرسمية، تعليق المقاطعة والعودة إلى المدرجات ابتداء من يوم غد الاثنين، بعد تصويت شارك فيه أكثر من 14 ألف طالب، صوت 78 في المائة منهم لصالح الاتفاق.

وانضمت فيدرالية جمعيات آباء وأولياء طلبة الطب إلى الموقعين على المحضر بصفة ملاحظ، فيما أعلنت النقابة الوطنية للتعليم العالي انخراطها في إنجاح الدورة الاستثنائية، ودعت الأساتذة إلى تعبئة شاملة لتدارك ما فات من دروس.

وقال وزير التعليم العالي عز الدين الميداوي، في تصريح صحفي عقب التوقيع، إن «الحوار انتصر في النهاية»، مضيفا أن الوزارة «ستنشر الجدولة الزمنية للامتحانات خلال الأيام المقبلة»، وأنها لن تفرض أي عقوبات جديدة مرتبطة بالمقاطعة.

ويأتي الاتفاق بعد أسابيع من تعيين الميداوي خلفا لعبد اللطيف ميراوي في التعديل الحكومي الذي أجري في أكتوبر الماضي، بعدما تمسك الوزير السابق برفض أي تراجع عن إصلاح مدة التكوين، ولوّح في غشت الماضي بإعلان سنة بيضاء إذا لم يعد الطلبة إلى المدرجات.

وكانت أسر الطلبة قد نظمت خلال الأشهر الماضية وقفات احتجاجية أمام البرلمان، للمطالبة بوقف ما وصفته بـ«التصعيد» في حق أبنائها، فيما دخل عدد من الأحزاب على خط الأزمة بأسئلة كتابية وشفوية.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e11-emaratalyoum-dubai-truck-ban-peak-hours-scooter-ban-lifted-fines-discount-2025",
        date(2025, 1, 14),
        """حظر الشاحنات على 3 طرق رئيسة في ساعات الذروة.. وتمديد خصم المخالفات المرورية حتى نهاية مارس

دبي – الإمارات اليوم
التاريخ: 14 يناير 2025

أعلنت القيادة العامة لشرطة دبي، بالتنسيق مع هيئة الطرق والمواصلات، فرض حظر على حركة الشاحنات الثقيلة على شارع الشيخ محمد بن زايد وشارع الإمارات وشارع الخيل خلال ساعات الذروة الصباحية والمسائية، اعتبارا من الأول من فبراير المقبل، في إطار خطة لتخفيف الازدحام المروري ورفع مستويات السلامة على الطرق.

وقال مدير الإدارة العامة للمرور في شرطة دبي إن الحظر يسري من السادسة والنصف حتى التاسعة صباحا، ومن الخامسة والنصف حتى الثامنة مساء، وإن الشركات المخالفة ستتعرض لغرامة قدرها 1000 درهم وحجز الشاحنة مدة 30 يوما، مشيرا إلى أن الشرطة ستنشر 120 دورية ونقاط ضبط متحركة على الطرق الثلاثة لمتابعة الالتزام بالقرار.

وفي المقابل، قررت الهيئة رفع الحظر المفروض منذ العام الماضي على استخدام الدراجات الكهربائية (السكوتر) في منطقتي جميرا والقصيص، بعد استكمال مسارات مخصصة لها بطول 36 كيلومترا، مع الإبقاء على حظر استخدامها على الطرق التي تزيد فيها السرعة القصوى على 60 كيلومترا في الساعة.

إلى ذلك، مددت شرطة دبي مبادرة الخصم بنسبة 50% على المخالفات المرورية المسجلة قبل نهاية 2024 حتى 31 مارس المقبل، شريطة ألا يكون السائق قد ارتكب مخالفات جسيمة، مثل تجاوز الإشارة الحمراء أو القيادة تحت تأثير الكحول، خلال الفترة نفسها.

وكانت الشرطة قد علقت العمل بالرادارات المتنقلة على شارع العين خلال أعمال الصيانة التي نفذتها الهيئة في ديسمبر الماضي، قبل أن تعيد تشغيلها الأسبوع الماضي بعد انتهاء الأعمال.

وضمن جهودها لخفض الحوادث، وقعت شرطة دبي مذكرة تفاهم مع إحدى شركات التأمين الكبرى في الدولة لتبادل بيانات الحوادث إلكترونيا، بما يختصر مدة تسوية المطالبات من أسبوعين إلى 48 ساعة. كما انضمت 14 شركة نقل جديدة إلى مبادرة «السائق المثالي»، التي تمنح الشركات الملتزمة نقاطا تخفض رسوم تجديد تراخيص أساطيلها.

وأظهرت إحصاءات الإدارة العامة للمرور أن الطرق الثلاثة سجلت خلال العام الماضي 312 حادثا مروريا تسببت فيها شاحنات، أسفرت عن 19 وفاة و140 إصابة متفاوتة، معظمها في ساعات الذروة، وهو ما دفع إلى اتخاذ القرار.

وفي الشارقة، أعلنت القيادة العامة للشرطة تطبيق حظر مماثل على شارع مليحة اعتبارا من منتصف فبراير، على أن تُفرض على المخالفين العقوبات ذاتها المعمول بها في دبي، بعد تنسيق بين الجهتين لتوحيد الإجراءات على الطرق المشتركة بين الإمارتين.

ودعت شرطة دبي شركات النقل إلى تعديل جداول رحلاتها، والاطلاع على الخريطة التفاعلية للطرق المشمولة بالحظر عبر تطبيقها الذكي.""",
        [],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-e12-alsharq-qatar-health-clinics-closed-licences-suspended-poultry-ban-lifted-2025",
        date(2025, 5, 21),
        """«الصحة» تغلق 3 مجمعات طبية وتعلق تراخيص 11 ممارسا.. و«البلدية» ترفع الحظر عن دواجن ولايتين أمريكيتين

الدوحة – الشرق
الأربعاء 23 ذو القعدة 1446هـ – 21 مايو 2025

أعلنت وزارة الصحة العامة إغلاق ثلاثة مجمعات طبية خاصة إغلاقا إداريا، وتعليق تراخيص مزاولة المهنة لأحد عشر ممارسا صحيا، بعد ثبوت مخالفتهم قانون مزاولة المهن الطبية، وفرضت على المجمعات المخالفة غرامات مالية، إلى جانب إحالة ثلاثة من الممارسين إلى النيابة العامة.

وأوضحت إدارة التراخيص الصحية، في بيان، أن المخالفات شملت تشغيل أطباء غير مرخصين، والترويج لإجراءات تجميلية عبر منصات التواصل الاجتماعي دون الحصول على الموافقات اللازمة، وصرف أدوية خاضعة للرقابة دون وصفات طبية، مؤكدة أنها «لن تتهاون مع أي تجاوز يعرض سلامة المرضى للخطر».

في سياق متصل، قررت وزارة البلدية رفع الحظر المؤقت الذي فرضته في يناير الماضي على استيراد الدواجن ومنتجاتها من ولايتي كاليفورنيا وأيوا الأمريكيتين، بعد انتهاء تفشي إنفلونزا الطيور فيهما وفق تقارير المنظمة العالمية لصحة الحيوان، مع استمرار حظر الاستيراد من مناطق في بولندا والمجر لم تعلن خلوها من المرض بعد.

وعلى صعيد آخر، انضمت مدينة الخور إلى الشبكة العالمية للمدن الصحية التابعة لمنظمة الصحة العالمية، لتصبح رابع مدينة قطرية تحصل على هذا الاعتماد بعد الدوحة والريان والوكرة، وذلك بعد استيفائها معايير تتعلق بجودة الهواء والمساحات الخضراء وخدمات الرعاية الأولية.

ووقعت مؤسسة حمد الطبية مذكرة تفاهم مع مستشفى جامعي ألماني في برلين للتعاون في مجالات زراعة الأعضاء وجراحة الأطفال، تتضمن تبادل الأطباء المقيمين وتنظيم برامج تدريب مشتركة، وإجراء عمليات معقدة في الدوحة بمشاركة جراحين زائرين.

كما نشرت الوزارة فرقا للتطعيم في 31 مركزا صحيا لتطعيم الحجاج ضد الحمى الشوكية والإنفلونزا الموسمية قبل موسم الحج، ومددت ساعات عمل هذه المراكز حتى العاشرة مساء طوال الأسبوعين المقبلين، داعية الحجاج إلى الحصول على اللقاحات قبل عشرة أيام على الأقل من السفر.

ومن جهتها، حظرت الوزارة تداول مستحضر تجميل مستورد لتفتيح البشرة، بعد أن أظهرت التحاليل المخبرية احتواءه على نسب مرتفعة من الزئبق، وطلبت من الصيدليات ومراكز التجميل سحبه فورا من الأرفف، ومن المستهلكين التوقف عن استخدامه.

وتأتي هذه الإجراءات ضمن حملة تفتيش موسعة أطلقتها الوزارة مطلع العام الجاري، زارت خلالها فرقها أكثر من 900 منشأة صحية خاصة، وسجلت 214 مخالفة، تراوحت العقوبات فيها بين الإنذار والغرامة والإغلاق المؤقت.""",
        [],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout20_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout20_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # one month written twice, once with its day, dates the act (it once raised an error)
    pytest.param(
        "وفرضت إستونيا في 18 تشرين الثاني/نوفمبر حظر دخول على مسؤولين جورجيين، وفي تشرين الثاني أيضا "
        "أعلنت لاتفيا خطوة مماثلة.",
        date(2024, 11, 20),
        [("sanctions.imposed", "occurred", "Estonia")],
        [],
        id="one-month-twice",
    ),
    # an ambassador sent back is ties restored
    pytest.param(
        "الجزائر تعيد سفيرها إلى مدريد",
        date(2025, 3, 10),
        [("relations.restored", "occurred", "Algeria")],
        [],
        id="ambassador-sent-back",
    ),
    # a specific licence that puts off the sanctions' entry into force is a suspension
    pytest.param(
        "ومنحت وزارة الخزانة الأمريكية شركة النفط الصربية ترخيصا خاصا جديدا يؤجل دخول العقوبات "
        "المفروضة عليها حيز التنفيذ.",
        date(2025, 3, 10),
        [("sanctions.suspended", "occurred", "United States Department of the Treasury")],
        [],
        id="entry-into-force-put-off",
    ),
    # a traffic ban; a hospital's or a city police's memorandum
    pytest.param(
        "وقررت هيئة الطرق في دبي فرض حظر على حركة الشاحنات الثقيلة على شارع الشيخ محمد بن زايد.",
        date(2025, 3, 10),
        [],
        [],
        id="traffic-ban",
    ),
    pytest.param(
        "ووقعت مؤسسة حمد الطبية مذكرة تفاهم مع مستشفى جامعي ألماني في برلين.",
        date(2025, 3, 10),
        [],
        [],
        id="hospital-memorandum",
    ),
    pytest.param(
        "ووقعت شرطة دبي مذكرة تفاهم مع إحدى شركات التأمين.",
        date(2025, 3, 10),
        [],
        [],
        id="police-memorandum",
    ),
    # the target's rejection of sanctions is its reaction; a third state's refusal is a denial
    pytest.param(
        "زيمبابوي ترفض عقوبات جديدة على الرئيس منانغاغوا",
        date(2024, 3, 6),
        [("sanctions.imposed", "occurred", "target:Zimbabwe")],
        [],
        id="target-rejects-sanctions",
    ),
    pytest.param(
        "ورفضت المجر عقوبات جديدة على روسيا.",
        date(2024, 3, 6),
        [],
        [],
        id="third-state-refuses-sanctions",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout20_rule(
    text: str, published: date, alerts: list[tuple[str, str, str]], not_targets: list[str]
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout20_set_shape() -> None:
    check_set_shape(
        ARTICLES, size=(12, 12), words=(250, 600), with_alerts=(9, 9), alertable_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
