"""A thirty-eighth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-seven held-out sets: Arabic copy of 1962-2016, most of it from eras the earlier
sets hardly reach, in forms they use little (a Cairo daily of 1966 with "ج.ع.م" for the United
Arab Republic and "لمندوب «الجمهورية»", a Kuwaiti daily of 1974 with "من موفد «السياسة»" and a
diwaniya's "الحين الأمريكان يبون نفطنا … ترى الحظر مو لعبة", a Jeddah daily of 2013 carrying an
AFP wire, "بروكسل - (أ ف ب)", a Damascus daily of 1978 with "العدو الصهيوني", "القطران
الشقيقان" and a Hamidiyeh draper's "هلق صار في موقف عربي واحد", a Ramallah daily of 2011 with a
coffee seller's "هاي خطوة منيحة … عالأرض", a Baghdad party daily of 1975 with "الجزائر - واع",
"السيد النائب", "الزمرة العميلة" and a taxi driver's "هسه … خوش خبر والله", an Abu Dhabi daily of
1987 carrying WAM, "حفظه الله", an Emirati trader's "ربعنا … ووايد منهم" and an Egyptian teacher's
"القرار ده فرحنا قوي", a Cairo weekly of 1994 with "جوهانسبرج - «الأهالي» - خاص", a Beirut daily of
1962 with "الزعيم عبد الله السلال" and a Yemeni student's "ما عاد بيرجع للإمام", a Manama sports
page with a captain's "الربع جاهزين … ما نبي نكتفي بالمشاركة", a Nouakchott local page in
Mauritanian usage, "المجموعة الحضرية", "مقاطعة", "الحوت" for fish and a resident's "ماه ساهل ذا
الحر … ولى بخمسمية أوقية", a Beirut business page of 1997 with "سوق القطع" and a broker's "الشغل
خفيف هالإيام … عم تنطر") and on programmes and regions they do not touch (the Security Council's
first mandatory sanctions, on Southern Rhodesia in 1966, the Arab oil ministers lifting the
embargo on the United States at Vienna in 1974, the EU prolonging its Zimbabwe sanctions and
suspending them for 21 officials in 2013, the Baghdad summit of 1978 threatening Egypt, Palestine
joining UNESCO, the Algiers agreement of Iraq and Iran, the UAE restoring ties with Egypt after
the Amman summit of 1987, uMkhonto we Sizwe and APLA taken into the South African National Defence
Force in 1994, the UAR's first troops landing at Hodeidah in 1962). Nine carry events of all ten
alertable types, mostly in occurred status, two core events planned (the Security Council's lifting
of the South African arms embargo, the UAR-Yemen defence agreement), next to historical, negated
and stalled ones; three are near misses: a Manama sports page (the league "علق" and to "تستأنف", a
fine "فرضت", a suspension "رفعت", a federation that "هدد بفرض عقوبات" on clubs, players "وقع" and
"انضم", a coach's contract "مدد", two clubs "دمج", the interior ministry that "ستنشر" three hundred
men at a match, a sponsorship agreement "وقع"), a Nouakchott local page in the days before the Arab
summit (fees "رفع", a ban on donkey carts "فرضت", lighting "وقعت" with a Turkish company, water
"علقت" and to "يستأنف", districts of "مقاطعة الرياض" that "انضمت" to the grid, patrols "نشرت", police
stations and schools "دمج", registration "مددت") and a Beirut business page (two banks "وقع" to
merge, a stock "علقت", trading "استأنفت", a listed company "انضمت", fares "رفعت", a lease with Airbus
"وقعت", a deadline "مددت", a duty on imported cement "فرضت", a report "نشرت").

The decisions of the annotation, taken before any run: a council that imposes mandatory
sanctions on a rebel colony "مساء أمس" imposes them (core; Southern Rhodesia, not in the knowledge
base, keeps its English name), the sponsor's oil embargo of 1965 historical, the talks on the
Tiger that failed a stalled signing, two states that "لن تطبق العقوبات" a negated imposition and
the amendments to widen the embargo the council rejected a negated one, the interception of
tankers allowed in April and the ties the UAR cut in 1965 no event; oil ministers lifting an
embargo "أمس" lift it (core), a state that "اعترضت" and another that "لن ترفع الحظر" a negated
lifting, two states the decision "لم يشمل" a negated lifting, the embargo of October historical,
the disengagement signed in January historical and the other front's talks "متعثرة" a stalled
signing, a minister's "يمكن أن نعود إلى استخدامه إذا تراجعت واشنطن" a threat (not core), a state
that "سترفع إنتاجها" no event; a council prolonging sanctions a year extends them and its
suspending a travel ban and a freeze for 21 officials suspends them (both core, Zimbabwe the
target of both: the programme is on the state), its readiness "لتعليق معظم الإجراءات المتبقية"
after a referendum a planned suspension (not core), the sanctions of 2002 and the delistings of
2012 historical, a company two states kept on the list a negated lifting, a state that "لا تعتزم
… رفع" its sanctions a negated lifting and those of 2003 historical, a regional body's calls to
lift no event; a summit that decides "فرض عقوبات … إذا أقدم على توقيع" threatens sanctions (core;
the League, Syria and Iraq its actors), the Camp David accords and the Syrian-Iraqi charter
historical signings, talks "متعثرة" a stalled one, two members that "طالبتا بفرض العقوبات فورا" no
event of their own; a state admitted by a general conference's vote "أمس" joins the organisation
(core), its applications to other agencies "خلال الأسابيع المقبلة" a planned joining, its UN
application "معلقا في لجنة العضوية" a stalled one, its liberation organisation's membership of
the League in 1976 historical, a great power that "ستوقف تسديد مساهماتها" to the organisation no
sanction; two leaders signing an agreement "مساء أمس" sign it (core), a treaty to be signed after
their ministers meet a planned signing (not core), the treaty of 1937 a historical signing and the
ties resumed in 1973 a historical restoration, border controls "فرض رقابة مشددة" no event; a state
announcing "أمس" that it restores ties with another restores them (core), four states "يتوقع أن
تحذو حذوها" a planned restoration (not core), two that "لن تعيدا العلاقات" a negated one, the first
to resume in 1984 historical, the boycott of 1979 a historical imposition by the League, the peace
treaty a historical signing, the return to the League "لا تزال … معلقة" a stalled joining; an army
that "بدأت … دمج" the fighters of two liberation movements integrates them (core; the army and its
state the actors, the armed wings the targets, not their parties), a council that "يستعد … لرفع
حظر الأسلحة" and "من المنتظر أن يصدر قراره خلال أسابيع" a planned lifting (core), its embargo of
1977 historical, the peacekeeping force of February a historical integration, self-protection
units that "لم تنضم" a negated one, the OAU and the Commonwealth to join planned (not core), a
lifting of 1991 historical; a state's troops landing in another "أمس" at its request a presence
(core; the UAR of 1962 is Egypt), a defence agreement that "ستوقع خلال الأسابيع المقبلة" a planned
signing (core), a kingdom that "لن ترسل قوات" a negated presence, a colonial power's forces "منذ
عام 1839" a historical presence, a colony expected to join a federation a planned joining (not
core), the Jeddah pact of 1956 and the union of 1958 historical, troops massed on a state's own
border no event; a sports federation's suspensions, fines, bans lifted, threats to clubs,
transfers, contracts, club mergers, police at a match and sponsorships, a municipality's fees,
bans, a lighting contract with a foreign company, water cut and resumed, districts joining the
grid, patrols, merged police stations and schools, a bank merger, a stock suspended, a listing,
fares, a lease, a deadline, a duty on imports and a report are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit fde0180), in one run: events P 0.727 R 0.667 F1
0.696 (recall 8/12, precision 8/11: eight alerts right, three unexpected alerts and no false
alarm; occurred core found 7/10, planned 1/2; historical 21/21, negated 9/9 and stalled 5/5 kept
quiet). Four core events are missed. In ar-hj03 "مدد وزراء خارجية الاتحاد الأوروبي في اجتماعهم
في بروكسل أمس الاثنين العقوبات المفروضة على زيمبابوي" gives nothing: a renewal verb ("مدد",
"جدد") reaches its sanctions noun only a few words on, so a long subject and its adverbials put
the noun out of reach where "فرض" reaches it across the same stretch; and the headline "يمدد
عقوباته على زيمبابوي ويعلقها عن 21 مسؤولا" gives one event, the suspension: two verbs on one noun
are taken for competing triggers and the more specific kept. In ar-hj08 "بدأت قوة الدفاع الوطني
الجنوب أفريقية … دمج أول دفعة من مقاتلي «رمح الأمة»، الجناح العسكري لحزب المؤتمر الوطني
الأفريقي، … في صفوفها" gives nothing: an army the knowledge base does not hold, named by its
state's adjective ("الجيش الجنوب أفريقي"), is no participant, and with no participant no event is
emitted (a state, a ministry or the Syrian Army in the same frame is read); with the state for
subject the apposition of six words still puts "في جيشها" out of reach. In ar-hj09 "وصلت إلى
ميناء الحديدة أمس طلائع قوات الجمهورية العربية المتحدة" gives nothing: the United Arab Republic,
and "ج.ع.م", are missing from the knowledge base ("القوات المصرية" is read, with Yemen for target);
and so "اتفاقية للدفاع المشترك بين البلدين ستوقع خلال الأسابيع المقبلة" is a planned signing by
the Soviet Union, the last state named before it ("تلاها الاتحاد السوفيتي"), and Yemen; named, the
parties after "بين" of an agreement that "ستوقع" give nothing. The three unexpected alerts: in
ar-hj01 the dateline "نيويورك - لمندوب «الجمهورية»", on its own line, makes New York City the
actor of a planned imposition in the lead's "وهي المرة الأولى التي يلجأ فيها المجلس إلى الفصل
السابع من الميثاق لفرض عقوبات على بلد ما" (a dateline's city is taken for the actor of a trigger
that has none; "واشنطن" and "لندن" give their states; the generic "لفرض" read as planned merges
with the council's imposition when the council is named); in ar-hj03 "لكنهم قرروا تعليق حظر
السفر … تشجيعا لهراري" is a suspension with no actor and Harare for target: the subject of the
second clause is not carried over from the first (without "تشجيعا لهراري" the suspension has no
participant and is dropped), and a capital for a target is left a city ("عقوبات على دمشق" targets
Damascus, not Syria); in ar-hj09 the Soviet Union's planned signing above. Six strict xfails on
the articles; do not tune lexicons on these articles. Every general cause has sentences of its own
in ``RULES``, strict xfails until fixed (twelve), beside thirteen that pass.

Also seen, not scored: in ar-hj01 Southern Rhodesia, not in the knowledge base, is no target; in
ar-hj02 Kuwait's "يمكن أن نعود إلى استخدامه إذا تراجعت واشنطن" is no threat (it names no
sanctions), the disengagement signed in January is read as stalled, and the "متعثرة" talks have
Kissinger for actor; in ar-hj04 the demand "طالبتا بفرض العقوبات فورا" is a historical imposition
by Libya and the PLO, and "بلير هاوس" gives Tony Blair as a target of the stalled talks; in ar-hj06
Algeria, the host ("برعاية الرئيس الجزائري"), is a party to the signing; in ar-hj07 the four
states expected to follow and the two that "لن تعيدا العلاقات" give nothing; in ar-hj08 Pretoria's
joining of the OAU "قبل قمة تونس في يونيو المقبل" and its return to the Commonwealth are read as
historical, the latter with Tunisia for actor.

After the fixes of the same round (2026-12-03): events P 1.000 R 0.917 F1 0.957 (recall 11/12,
precision 11/11). Fixed in general: the United Arab Republic ("الجمهورية العربية المتحدة",
"ج.ع.م") is Egypt of its time; a capital named as the target of sanctions stands for its state;
a clause of purpose or fear ("تشجيعا لـ", "تحسبا", "خشية", "لردع") ends the search for a
participant; a code-share partnership of airlines is no agreement; a city that is not a capital
is never a party (the dateline "نيويورك"); the office words heading a subject ("وزراء خارجية
الاتحاد الأوروبي") and its meeting, scene and day after it ("في اجتماعهم في بروكسل أمس") count
against no reach of a verb to its object; "لكنه قرر" goes on with the sentence's opening subject;
a second verb glued to و with its own pronoun object ("يمدد عقوباته … ويعلقها") is a second act;
the parties named between an accord and its verb after it ("اتفاقية … بين مصر واليمن ستوقع")
count against no reach. Left: the South African army named by its adjective (ar-hj08).

Later, in set 61's round (2026-12-05): "بدأ الجيش الجنوب أفريقي أمس دمج مقاتلي «رمح الأمة» في صفوفه"
is an occurred integration: armed units merged by a verb with the army named before it.

``python -m tests.unit.test_heldout38_events_ar`` prints every article's alerts and the set's
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

_UNSC = "United Nations Security Council"
_RHODESIA = "Southern Rhodesia"
_OAPEC = "Organization of Arab Petroleum Exporting Countries"
_EU = "European Union"
_EU_COUNCIL = "Council of the European Union"
_LEAGUE = "Arab League"
_OAU = "Organisation of African Unity"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj01-gumhuriya-unsc-mandatory-sanctions-rhodesia-1966",
        date(1966, 12, 17),
        """مجلس الأمن يفرض لأول مرة عقوبات إلزامية على نظام سميث العنصري

نيويورك - لمندوب «الجمهورية»

فرض مجلس الأمن الدولي مساء أمس عقوبات اقتصادية إلزامية على روديسيا الجنوبية، وهي المرة الأولى منذ إنشاء الأمم المتحدة التي يلجأ فيها المجلس إلى الفصل السابع من الميثاق لفرض عقوبات على بلد ما. وصدر القرار رقم 232 بأغلبية أحد عشر صوتا، وامتنعت عن التصويت أربع دول هي الاتحاد السوفيتي وفرنسا وبلغاريا ومالي.

ويحظر القرار على الدول الأعضاء استيراد الدخان والسكر والكروم والأسبستوس وخام الحديد واللحوم والجلود من روديسيا، كما يحظر بيع الأسلحة والذخائر والطائرات والسيارات والبترول ومنتجاته إلى النظام العنصري في سولسبري. وكانت بريطانيا قد تقدمت بمشروع القرار بعد فشل المحادثات التي أجراها رئيس وزرائها هارولد ويلسون مع إيان سميث على ظهر الطراد «تايجر» في مطلع الشهر الجاري، إذ رفض سميث ما عرف بوثيقة العمل التي كانت تمهد لعودة البلاد إلى الحكم الشرعي.

وكانت بريطانيا قد فرضت من جانبها حظرا على تصدير البترول إلى روديسيا في ديسمبر من العام الماضي، بعد أسابيع من إعلان سميث الاستقلال من جانب واحد في الحادي عشر من نوفمبر 1965، ثم أجاز لها المجلس في أبريل الماضي اعتراض ناقلات البترول المتجهة إلى ميناء بيرا في موزمبيق.

وقال السيد محمد عوض القوني مندوب ج.ع.م الدائم لدى الأمم المتحدة في كلمته أمام المجلس إن القرار «خطوة متأخرة وناقصة»، مؤكدا أن الدول الأفريقية والآسيوية كانت تطالب بعقوبات شاملة وباستخدام القوة لإسقاط التمرد، «لأن العقوبات الانتقائية لن تسقط سميث ما دامت جنوب أفريقيا والبرتغال تفتحان له الحدود والموانئ». وقد رفض المجلس التعديلات التي تقدمت بها الدول الأفريقية لتوسيع الحظر ليشمل الفحم وجميع السلع.

وأعلن مندوب جنوب أفريقيا في بيان وزع على الصحفيين أن حكومته لن تطبق العقوبات ولن تشارك فيها، وهو الموقف نفسه الذي أكدته حكومة لشبونة التي تدير ميناءي بيرا ولورنسو ماركيز. وفي سولسبري، قال سميث في حديث إذاعي إن روديسيا «لن تركع»، وإن لديها من الوسائل ما يكفي لتصريف منتجاتها.

ويرى المراقبون هنا أن نجاح العقوبات يتوقف على موقف شركات البترول الكبرى، وعلى مدى استعداد بريطانيا لمواجهة جنوب أفريقيا التي تعد شريكها التجاري الأول في القارة. وطلب القرار من الأمين العام يو ثانت أن يقدم تقريرا عن تنفيذه في موعد أقصاه أول مارس المقبل.

وكانت ج.ع.م قد قطعت علاقاتها الدبلوماسية مع بريطانيا في ديسمبر الماضي تنفيذا لقرار مجلس وزراء منظمة الوحدة الأفريقية، احتجاجا على تقاعس لندن عن إسقاط حكومة الأقلية البيضاء. ومن المنتظر أن يبحث المجلس في دورته المقبلة بأديس أبابا تقديم دعم أكبر لحركات التحرير في زيمبابوي.""",
        [
            G("sanctions.imposed", "occurred", [_UNSC], [_RHODESIA]),
            # Britain's oil embargo of December 1965
            G("sanctions.imposed", "historical", ["United Kingdom"], [_RHODESIA], core=False),
            # the talks on the Tiger that failed
            G(
                "agreement.signed",
                "stalled",
                ["United Kingdom", "Harold Wilson", "Ian Smith"],
                [],
                core=False,
            ),
            # South Africa and Portugal "لن تطبق العقوبات"; the amendments to widen it rejected
            G(
                "sanctions.imposed",
                "negated",
                ["South Africa", "Portugal"],
                [_RHODESIA],
                core=False,
            ),
            G("sanctions.imposed", "negated", [_UNSC], [_RHODESIA], core=False),
        ],
        not_targets=["Mozambique", "South Africa", "Portugal", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj02-alsiyasa-oapec-lifts-us-oil-embargo-1974",
        date(1974, 3, 19),
        """العرب يرفعون حظر النفط عن أمريكا.. وليبيا وسوريا تعترضان

فيينا - من موفد «السياسة» ووكالات الأنباء

قرر وزراء النفط العرب في ختام اجتماعهم في العاصمة النمساوية أمس رفع الحظر النفطي المفروض على الولايات المتحدة الأمريكية منذ أكتوبر الماضي، وذلك بعد يومين من المشاورات المغلقة التي شهدت خلافات حادة حول توقيت الخطوة وشروطها.

وأعلن وزير البترول السعودي الشيخ أحمد زكي يماني في مؤتمر صحفي باسم المجتمعين أن القرار اتخذ «تقديرا للتطور الإيجابي في السياسة الأمريكية تجاه النزاع العربي الإسرائيلي»، وأنه سيخضع للمراجعة في اجتماع يعقد في القاهرة في الأول من يونيو المقبل. وأضاف أن المملكة العربية السعودية سترفع إنتاجها بمقدار مليون برميل يوميا لتلبية حاجة الأسواق.

واعترضت ليبيا على القرار، وقال وزير النفط الليبي عز الدين المبروك إن «شيئا لم يتغير على الأرض ما دام العدو يحتل الأراضي العربية»، فيما أعلنت سوريا تحفظها وأكدت أنها لن ترفع الحظر عن الولايات المتحدة قبل انسحاب القوات الإسرائيلية من الجولان. ولم يشمل القرار هولندا والدانمرك، إذ يبقى الحظر المفروض عليهما قائما، في حين قرر الوزراء اعتبار إيطاليا وألمانيا الغربية دولتين صديقتين تحصلان على كامل حاجتهما من النفط العربي.

وكانت الدول العربية المصدرة للنفط قد قررت في اجتماع الكويت في السابع عشر من أكتوبر الماضي خفض إنتاجها بنسبة خمسة في المائة شهريا، ثم أعلنت تباعا حظر تصدير النفط إلى الولايات المتحدة عقابا لها على الجسر الجوي الذي أقامته لنجدة إسرائيل خلال حرب رمضان.

ويأتي القرار بعد توقيع اتفاق فصل القوات على الجبهة المصرية في الثامن عشر من يناير الماضي عند الكيلو 101، بجهود وزير الخارجية الأمريكي هنري كيسنجر، في حين لا تزال مفاوضات فصل القوات على الجبهة السورية متعثرة وسط استمرار المعارك في جبل الشيخ.

وقال وزير المالية والنفط الكويتي عبد الرحمن سالم العتيقي لـ«السياسة» إن الكويت وافقت على القرار «انسجاما مع الإجماع العربي»، لكنه شدد على أن «سلاح النفط باق في أيدينا، ويمكن أن نعود إلى استخدامه إذا تراجعت واشنطن عن وعودها».

وفي الكويت، استقبل الشارع القرار بفتور، وقال أحد رواد ديوانية في منطقة الشامية: «الحين الأمريكان يبون نفطنا، زين، بس خلهم أول شي يضغطون على إسرائيل تطلع من أراضينا، ترى الحظر مو لعبة».

ورحب البيت الأبيض بالقرار ووصفه بأنه «خطوة بناءة»، فيما توقع خبراء أن تختفي خلال أسابيع طوابير السيارات أمام محطات الوقود الأمريكية، وأن تبقى الأسعار عند مستوياتها المرتفعة بعد أن تضاعفت أربع مرات منذ الخريف.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_OAPEC, "Saudi Arabia", "Kuwait"],
                ["United States"],
            ),
            # Libya "اعترضت", Syria "لن ترفع الحظر"; the Netherlands and Denmark left out
            G("sanctions.lifted", "negated", ["Libya", "Syria"], ["United States"], core=False),
            G("sanctions.lifted", "negated", [_OAPEC], ["Netherlands", "Denmark"], core=False),
            # the embargo of October
            G(
                "sanctions.imposed",
                "historical",
                [_OAPEC, "Saudi Arabia", "Kuwait"],
                ["United States"],
                core=False,
            ),
            # the disengagement of 18 January; the Syrian talks "متعثرة"
            G("agreement.signed", "historical", ["Egypt", "Israel"], [], core=False),
            G("agreement.signed", "stalled", ["Syria", "Israel"], [], core=False),
            # "ويمكن أن نعود إلى استخدامه إذا تراجعت واشنطن"
            G("sanctions.threatened", "occurred", ["Kuwait"], ["United States"], core=False),
        ],
        not_targets=["Italy", "Germany", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj03-albilad-eu-extends-zimbabwe-sanctions-suspends-21-2013",
        date(2013, 2, 19),
        """الاتحاد الأوروبي يمدد عقوباته على زيمبابوي ويعلقها عن 21 مسؤولا

بروكسل - (أ ف ب)

مدد وزراء خارجية الاتحاد الأوروبي في اجتماعهم في بروكسل أمس الاثنين العقوبات المفروضة على زيمبابوي لمدة عام حتى العشرين من فبراير 2014، لكنهم قرروا تعليق حظر السفر وتجميد الأصول المفروضين على واحد وعشرين مسؤولا وكيان واحد، تشجيعا لهراري على التقدم الذي أحرزته في الإعداد للاستفتاء على الدستور الجديد.

وقال دبلوماسيون إن الرئيس روبرت موغابي وزوجته غريس وكبار قادة الجيش والأجهزة الأمنية ما زالوا على القائمة التي باتت تضم نحو تسعين شخصا، كما يبقى حظر توريد الأسلحة ساريا. وأوضح بيان صادر عن مجلس الاتحاد الأوروبي أن الدول الأعضاء «مستعدة لتعليق معظم الإجراءات المتبقية» إذا جرى الاستفتاء المقرر في السادس عشر من مارس المقبل بطريقة سلمية وذات مصداقية.

وكان الاتحاد قد فرض عقوباته على نظام موغابي عام 2002، احتجاجا على أعمال العنف التي رافقت الانتخابات الرئاسية ومصادرة المزارع المملوكة للبيض، ثم رفع في فبراير من العام الماضي أسماء 51 شخصا و20 شركة من القائمة.

وطالبت بلجيكا خلال الاجتماع برفع اسم الشركة الحكومية لتنمية التعدين من القائمة، لتمكين تجار الماس في أنتويرب من شراء إنتاج حقول مارانج، غير أن بريطانيا والسويد رفضتا ذلك، وبقيت الشركة على القائمة.

وفي هراري، قال المتحدث باسم حزب الاتحاد الوطني الأفريقي الزيمبابوي - الجبهة الوطنية روغار غومبو إن الخطوة «غير كافية»، مضيفا: «لا نريد تعليقا جزئيا، نريد رفعا كاملا وغير مشروط لهذه العقوبات غير القانونية». أما حركة التغيير الديمقراطي بزعامة رئيس الوزراء مورغان تسفانجيراي فرحبت بالقرار، ودعت إلى «مواصلة الضغط حتى إجراء انتخابات حرة ونزيهة».

وفي واشنطن، قالت متحدثة باسم وزارة الخارجية الأمريكية إن الولايات المتحدة لا تعتزم في الوقت الراهن رفع العقوبات التي فرضتها على زيمبابوي عام 2003، مشيرة إلى أن «الإصلاحات الموعودة لم تتحقق بعد».

وكانت مجموعة تنمية الجنوب الأفريقي (سادك) قد دعت مرارا إلى رفع العقوبات، معتبرة أنها تعرقل تنفيذ الاتفاق السياسي الشامل الذي وقعه موغابي وتسفانجيراي في سبتمبر 2008 وأنهى أزمة الانتخابات.

ويرى محللون أن الخطوة الأوروبية تمهد لعودة الاستثمارات الأوروبية إلى قطاعي التعدين والزراعة، في وقت تعاني فيه زيمبابوي من شح السيولة منذ تخليها عن عملتها المحلية عام 2009 واعتمادها الدولار الأمريكي.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_EU_COUNCIL, _EU],
                ["Zimbabwe", "Robert Mugabe"],
            ),
            G("sanctions.suspended", "occurred", [_EU_COUNCIL, _EU], ["Zimbabwe"]),
            # "مستعدة لتعليق معظم الإجراءات المتبقية" after a peaceful referendum
            G("sanctions.suspended", "planned", [_EU_COUNCIL, _EU], ["Zimbabwe"], core=False),
            # the sanctions of 2002 and the delistings of February 2012
            G(
                "sanctions.imposed",
                "historical",
                [_EU],
                ["Zimbabwe", "Robert Mugabe"],
                core=False,
            ),
            G("sanctions.lifted", "historical", [_EU], ["Zimbabwe"], core=False),
            # the mining company Britain and Sweden kept on the list
            G(
                "sanctions.lifted",
                "negated",
                [_EU, "United Kingdom", "Sweden"],
                ["Zimbabwe Mining Development Corporation"],
                core=False,
            ),
            # Washington "لا تعتزم … رفع" its sanctions of 2003
            G("sanctions.lifted", "negated", ["United States"], ["Zimbabwe"], core=False),
            G("sanctions.imposed", "historical", ["United States"], ["Zimbabwe"], core=False),
            # the global political agreement of September 2008
            G(
                "agreement.signed",
                "historical",
                ["Robert Mugabe", "Morgan Tsvangirai"],
                [],
                core=False,
            ),
        ],
        not_targets=["Belgium", "Sweden", "United Kingdom", "United States"],
    ),
]
ARTICLES += [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj04-tishreen-baghdad-summit-threatens-egypt-1978",
        date(1978, 11, 6),
        """قمة بغداد ترفض «كامب ديفيد» وتنذر النظام المصري بالمقاطعة إذا وقع الصلح المنفرد

بغداد - «تشرين» - من موفدنا

اختتم مؤتمر القمة العربي التاسع أعماله في بغداد مساء أمس بإعلان رفض اتفاقيتي كامب ديفيد اللتين وقعهما الرئيس المصري أنور السادات ورئيس وزراء العدو الصهيوني مناحيم بيغن في واشنطن في السابع عشر من أيلول الماضي، واعتبر أنهما «تمسان حقوق الشعب العربي الفلسطيني والأمة العربية».

وعلمت «تشرين» من مصادر مطلعة أن الملوك والرؤساء العرب قرروا في جلسة مغلقة فرض عقوبات سياسية واقتصادية على النظام المصري إذا أقدم على توقيع معاهدة صلح منفردة مع العدو الصهيوني، على أن تبقى تفاصيل هذه القرارات سرية. وتشمل العقوبات، بحسب المصادر، نقل مقر جامعة الدول العربية من القاهرة وتعليق عضوية مصر فيها، وسحب السفراء، ومقاطعة الشركات والمؤسسات المصرية التي تتعامل مع العدو.

وكانت الجماهيرية الليبية ومنظمة التحرير الفلسطينية قد طالبتا بفرض العقوبات فورا، غير أن أغلبية الوفود فضلت ربطها بتوقيع المعاهدة، «لإبقاء الباب مفتوحا أمام عودة مصر إلى الصف العربي».

وقرر المؤتمر إرسال وفد برئاسة رئيس وزراء لبنان الدكتور سليم الحص إلى القاهرة لإبلاغ السادات بقرارات القمة ومطالبته بالعدول عن نهجه، غير أن السادات رفض استقبال الوفد، وقال لإذاعة القاهرة إنه «لن يستقبل أحدا يحمل إليه الإنذارات».

كما أقر المؤتمر إنشاء صندوق لدعم صمود دول المواجهة ومنظمة التحرير بمبلغ ثلاثة مليارات وخمسمئة مليون دولار سنويا لمدة عشر سنوات.

وأكد السيد الرئيس حافظ الأسد في كلمته أمام المؤتمر أن «الصف العربي الموحد هو الرد الحقيقي على كامب ديفيد»، مشيدا بميثاق العمل القومي المشترك الذي وقعه القطران الشقيقان سورية والعراق في بغداد في السادس والعشرين من تشرين الأول الماضي، والذي نص على إقامة تنسيق كامل بين القطرين في المجالات كافة.

وفي واشنطن، لا تزال المفاوضات المصرية الإسرائيلية في بلير هاوس متعثرة، بعد خلاف على ربط المعاهدة بإقامة الحكم الذاتي في الضفة الغربية وقطاع غزة، وعلى جدول الانسحاب من سيناء.

وفي سوق الحميدية بدمشق، تابع المواطنون أخبار القمة عبر أجهزة الراديو، وقال صاحب محل للأقمشة: «هلق صار في موقف عربي واحد، بس المهم ما يضل الحكي حكي، لازم ينفذوا».

ومن المقرر أن يعود السيد الرئيس إلى أرض الوطن اليوم بعد أن يجري محادثات ثنائية مع الرئيس أحمد حسن البكر.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [_LEAGUE, "Syria", "Iraq"],
                ["Egypt", "Anwar Sadat"],
            ),
            # the Camp David accords of 17 September
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Israel", "Anwar Sadat", "Menachem Begin"],
                [],
                core=False,
            ),
            # the Syrian-Iraqi charter of 26 October
            G("agreement.signed", "historical", ["Syria", "Iraq"], [], core=False),
            # the Blair House talks "متعثرة"
            G("agreement.signed", "stalled", ["Egypt", "Israel"], [], core=False),
        ],
        not_targets=["Lebanon", "Libya", "Palestine Liberation Organization", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj05-alhayat-aljadida-palestine-joins-unesco-2011",
        date(2011, 11, 1),
        """فلسطين العضو 195 في «اليونسكو».. وتصفيق طويل في قاعة المؤتمر العام

باريس - «الحياة الجديدة» - وفا

أصبحت فلسطين أمس عضوا كامل العضوية في منظمة الأمم المتحدة للتربية والعلم والثقافة «اليونسكو»، بعد أن صوت المؤتمر العام للمنظمة في دورته السادسة والثلاثين في باريس لصالح قبولها بأغلبية 107 أصوات مقابل 14 صوتا وامتناع 52 دولة عن التصويت، لتصبح الدولة رقم 195 في المنظمة.

ودوى التصفيق في القاعة دقائق عقب إعلان النتيجة، فيما رفع وزير الخارجية الدكتور رياض المالكي يديه بعلامة النصر. وقال المالكي في كلمته أمام المؤتمر: «هذا التصويت لن يمحو سنوات الظلم، لكنه يعيد لشعبنا جزءا من حقه، ويقربنا خطوة من دولتنا المستقلة وعاصمتها القدس».

وصوتت الولايات المتحدة وكندا وألمانيا ضد القرار، فيما صوتت فرنسا والصين والهند والبرازيل وجنوب أفريقيا لصالحه، وامتنعت بريطانيا وإيطاليا عن التصويت. وأعلنت وزارة الخارجية الأمريكية بعد ساعات أن واشنطن ستوقف تسديد مساهماتها في ميزانية المنظمة بموجب قانونين أقرهما الكونغرس في التسعينيات يمنعان تمويل أي وكالة أممية تقبل فلسطين عضوا كاملا، وكان مقررا أن تسدد دفعة بقيمة ستين مليون دولار الشهر الجاري.

وقال سفير فلسطين لدى اليونسكو الدكتور إلياس صنبر إن العضوية «تفتح الباب أمام تسجيل المواقع الفلسطينية على قائمة التراث العالمي، وفي مقدمتها كنيسة المهد في بيت لحم»، متوقعا أن يقدم الملف في كانون الثاني المقبل.

وأكد المالكي أن القيادة ستتقدم خلال الأسابيع المقبلة بطلبات للانضمام إلى وكالات أممية أخرى، في حين لا يزال طلب العضوية الكاملة في الأمم المتحدة الذي قدمه الرئيس محمود عباس في الثالث والعشرين من أيلول الماضي معلقا في لجنة العضوية التابعة لمجلس الأمن، وسط تلويح أمريكي باستخدام حق النقض.

وكانت منظمة التحرير الفلسطينية قد حصلت على العضوية الكاملة في جامعة الدول العربية عام 1976، بعد أن كانت تشارك في اجتماعاتها بصفة مراقب.

وفي رام الله، خرج مواطنون إلى دوار المنارة احتفالا بالقرار، وقال شاب يبيع القهوة على عربته: «والله هاي خطوة منيحة، بس احنا بدنا دولة عالأرض، مش بس كرسي في باريس». وقالت سيدة من مخيم الأمعري: «خلي العالم يعرف إنه إلنا تاريخ وتراث».

وأعلنت حكومة الاحتلال الإسرائيلي أنها «ستدرس ردها» على القرار، فيما قالت مصادر إسرائيلية إن من بين الخيارات المطروحة تسريع البناء في المستوطنات. ورحبت حركة حماس بالخطوة، لكنها اعتبرت أن «الحقوق لا تنتزع في أروقة المنظمات».""",
        [
            G("alliance.joined", "occurred", ["Palestine"], ["UNESCO"]),
            # applications to other UN agencies "خلال الأسابيع المقبلة"
            G("alliance.joined", "planned", ["Palestine"], [], core=False),
            # the UN membership application "معلقا في لجنة العضوية"
            G("alliance.joined", "stalled", ["Palestine"], ["United Nations"], core=False),
            # the PLO a full member of the Arab League in 1976
            G(
                "alliance.joined",
                "historical",
                ["Palestine Liberation Organization"],
                [_LEAGUE],
                core=False,
            ),
        ],
        not_targets=["United States", "Canada", "Germany", "France", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj06-althawra-baghdad-algiers-agreement-iraq-iran-1975",
        date(1975, 3, 7),
        """توقيع اتفاق عراقي - إيراني في الجزائر لإنهاء الخلافات الحدودية

الجزائر - واع

وقع السيد صدام حسين نائب رئيس مجلس قيادة الثورة وشاه إيران محمد رضا بهلوي مساء أمس في العاصمة الجزائرية اتفاقا لتسوية الخلافات القائمة بين العراق وإيران، وذلك برعاية الرئيس الجزائري هواري بومدين وعلى هامش أعمال مؤتمر القمة الأول للدول المصدرة للنفط.

وأعلن البيان المشترك، الذي تلاه الرئيس بومدين في ختام لقاء ثلاثي، أن الطرفين اتفقا على إجراء تخطيط نهائي لحدودهما البرية استنادا إلى بروتوكول القسطنطينية لعام 1913 ومحاضر لجنة تحديد الحدود لعام 1914، وعلى تحديد حدودهما النهرية في شط العرب وفق خط التالوك، وعلى إعادة الأمن والثقة المتبادلة على طول الحدود المشتركة وفرض رقابة مشددة وفعالة عليها لوضع حد نهائي لكل التسللات ذات الطابع التخريبي.

وأضاف البيان أن وزيري خارجية البلدين سيجتمعان في طهران في الخامس عشر من آذار الجاري بحضور وزير الخارجية الجزائري عبد العزيز بوتفليقة لتشكيل لجان مشتركة تتولى وضع الاتفاق موضع التنفيذ، على أن توقع معاهدة بين البلدين تتضمن كل ما اتفق عليه.

وكانت إيران قد ألغت من جانب واحد في نيسان 1969 معاهدة الحدود الموقعة بين البلدين عام 1937، مما أدى إلى توتر متصاعد في شط العرب، ثم إلى مصادمات مسلحة على الحدود خلال العام الماضي. وكان العراق قد قطع علاقاته الدبلوماسية مع إيران في تشرين الثاني 1971 إثر أزمة الجزر العربية الثلاث، قبل أن تستأنف العلاقات بين البلدين في تشرين الأول 1973 مع اندلاع حرب تشرين.

وقال مصدر عراقي مسؤول لـ«واع» إن الاتفاق «انتصار لإرادة الحزب والثورة في الحفاظ على السيادة الوطنية»، وإنه سيضع حدا لتدخل النظام الإيراني في دعم الزمرة العميلة في شمال الوطن، مؤكدا أن القوات المسلحة ستواصل «تطهير المنطقة من فلول المتمردين».

وكان الرئيس بومدين قد قال في كلمة الافتتاح إن القمة «تؤكد تضامن الدول المنتجة في وجه الضغوط الإمبريالية»، فيما وصف الشاه الاتفاق بأنه «يفتح صفحة جديدة بين جارين مسلمين».

وفي بغداد، استقبل المواطنون نبأ الاتفاق بارتياح، وقال سائق سيارة أجرة في ساحة التحرير: «هسه إن شاء الله تخلص المشاكل بالشمال ويرجعون الجنود لأهاليهم، خوش خبر والله».

ومن المنتظر أن يعود السيد النائب إلى أرض الوطن اليوم، حيث سيقدم تقريرا عن نتائج الزيارة إلى مجلس قيادة الثورة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Iraq", "Iran", "Saddam Hussein", "Mohammad Reza Pahlavi"],
                [],
            ),
            # a treaty to be signed after the ministers meet in Tehran
            G("agreement.signed", "planned", ["Iraq", "Iran"], [], core=False),
            # the treaty of 1937; ties resumed in October 1973
            G("agreement.signed", "historical", ["Iraq", "Iran"], [], core=False),
            G("relations.restored", "historical", ["Iraq", "Iran"], [], core=False),
        ],
        not_targets=["Algeria", "Turkey"],
    ),
]
ARTICLES += [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj07-alfajr-uae-restores-ties-with-egypt-1987",
        date(1987, 11, 15),
        """الإمارات تعيد علاقاتها الدبلوماسية مع مصر

أبوظبي - وام

أعلنت دولة الإمارات العربية المتحدة أمس إعادة العلاقات الدبلوماسية مع جمهورية مصر العربية، في أول خطوة من نوعها تتخذها دولة عربية منذ اختتام مؤتمر القمة العربي غير العادي في عمان الأربعاء الماضي.

وقال بيان صادر عن وزارة الخارجية إن القرار جاء «انطلاقا من حرص صاحب السمو الشيخ زايد بن سلطان آل نهيان رئيس الدولة حفظه الله على وحدة الصف العربي في هذه المرحلة الدقيقة، وتقديرا لدور مصر الشقيقة ومكانتها». وأضاف البيان أن السفارتين في أبوظبي والقاهرة ستستأنفان عملهما خلال الأيام المقبلة.

وكانت قمة عمان، التي خصصت معظم أعمالها للحرب العراقية الإيرانية، قد أقرت في بيانها الختامي أن العلاقات الدبلوماسية بين أي دولة عضو في الجامعة وجمهورية مصر العربية «عمل من أعمال السيادة تقرره كل دولة بموجب دستورها وقوانينها».

وقالت مصادر دبلوماسية عربية في أبوظبي إن العراق والكويت والمغرب والمملكة العربية السعودية يتوقع أن تحذو حذو الإمارات خلال الأيام المقبلة، في حين أعلنت سوريا وليبيا رفضهما لقرار القمة، وأكدتا أنهما لن تعيدا العلاقات مع القاهرة ما دامت ملتزمة باتفاقيتي كامب ديفيد.

وكان الأردن أول دولة عربية تستأنف علاقاتها مع مصر في سبتمبر 1984. وكانت الدول العربية قد قطعت علاقاتها مع مصر وعلقت عضويتها في جامعة الدول العربية ونقلت مقر الجامعة إلى تونس بقرار من مؤتمر وزراء الخارجية والاقتصاد العرب في بغداد في مارس 1979، عقب توقيع معاهدة الصلح المصرية الإسرائيلية في واشنطن.

ولا تزال عودة مصر إلى مقعدها في الجامعة معلقة، إذ يتطلب ذلك قرارا من مجلس الجامعة لم يتوافر له الإجماع بعد.

وفي القاهرة، رحب الرئيس حسني مبارك بالخطوة، وقال في تصريح لوكالة أنباء الشرق الأوسط إنها «تعبير أصيل عن روابط الأخوة التي لم تنقطع بين الشعبين»، فيما قال مسؤولون في غرفة تجارة وصناعة أبوظبي إن وفدا اقتصاديا سيزور القاهرة قريبا لبحث استئناف المشاريع المشتركة المتوقفة.

وفي سوق نايف بدبي، قال تاجر مواطن: «المصريين ربعنا وأهلنا، ووايد منهم يشتغلون عندنا من زمان، والحمد لله رجعت الأمور لطبيعتها». وقال مدرس مصري يعمل في العين: «إحنا عمرنا ما حسينا إننا غرب هنا، بس القرار ده فرحنا قوي».""",
        [
            G("relations.restored", "occurred", ["United Arab Emirates", "Egypt"], []),
            # four states expected to follow "خلال الأيام المقبلة"
            G(
                "relations.restored",
                "planned",
                ["Iraq", "Kuwait", "Morocco", "Saudi Arabia"],
                ["Egypt"],
                core=False,
            ),
            # Syria and Libya "لن تعيدا العلاقات"
            G("relations.restored", "negated", ["Syria", "Libya"], ["Egypt"], core=False),
            # Jordan in September 1984
            G("relations.restored", "historical", ["Jordan", "Egypt"], [], core=False),
            # the boycott of March 1979 and the treaty it answered
            G("sanctions.imposed", "historical", [_LEAGUE], ["Egypt"], core=False),
            G("agreement.signed", "historical", ["Egypt", "Israel"], [], core=False),
            # Egypt's seat in the League "لا تزال … معلقة"
            G("alliance.joined", "stalled", ["Egypt"], [_LEAGUE], core=False),
        ],
        not_targets=["Iran", "Jordan", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj08-alahali-south-africa-army-integrates-mk-apla-1994",
        date(1994, 5, 4),
        """جنوب أفريقيا: جيش واحد لأول مرة.. ومقاتلو «رمح الأمة» في صفوفه

جوهانسبرج - «الأهالي» - خاص

بدأت قوة الدفاع الوطني الجنوب أفريقية يوم الاثنين الماضي دمج أول دفعة من مقاتلي «رمح الأمة»، الجناح العسكري لحزب المؤتمر الوطني الأفريقي، ومقاتلي جيش التحرير الشعبي الأزاني، الجناح العسكري لمؤتمر عموم أفريقيا، في صفوفها، إلى جانب قوات البانتوستانات الأربعة السابقة، وذلك بعد أيام من ولادة الجيش الجديد رسميا في السابع والعشرين من أبريل مع بدء أول انتخابات غير عنصرية في تاريخ البلاد.

وتجمع أكثر من ألفي مقاتل، عاد كثيرون منهم من معسكرات في تنزانيا وأنجولا وزامبيا، في قاعدة فالمانستال شمال بريتوريا، حيث يخضعون لاختبارات تحديد الرتب قبل توزيعهم على الوحدات. وقال قائد القوة الجنرال جورج ماينهارت إن الجيش «سيكون جيشا لكل أبناء جنوب أفريقيا لا لفئة واحدة»، موضحا أن عملية الدمج ستستغرق نحو ثلاث سنوات وستشمل قرابة ثمانية وعشرين ألفا من مقاتلي الحركتين.

وقال أحد المقاتلين العائدين، وقد أمضى خمسة عشر عاما في المنفى: «حاربنا هذا الجيش طوال شبابنا، واليوم نلبس زيه ونحمي الدستور نفسه معهم».

وكان المجلس التنفيذي الانتقالي قد شكل في فبراير الماضي قوة حفظ السلام الوطنية من عناصر الجيش والشرطة و«رمح الأمة»، غير أن التجربة تعثرت بعد حوادث انضباط في معسكرها وإرسالها المتعجل إلى بلدات شرق راند.

في المقابل، لم تنضم قوات حماية كوازولو، التابعة لحزب إنكاثا للحرية بزعامة مانجوسوتو بوتيليزي، إلى الجيش الجديد حتى الآن، رغم مشاركة الحزب في الانتخابات في اللحظة الأخيرة.

وعلى الصعيد الدولي، يستعد مجلس الأمن الدولي لرفع حظر الأسلحة الذي فرضه على جنوب أفريقيا عام 1977، ومن المنتظر أن يصدر قراره خلال أسابيع، بعد تنصيب نيلسون مانديلا رئيسا للبلاد في العاشر من مايو الجاري. كما تستعد بريتوريا للانضمام إلى منظمة الوحدة الأفريقية قبل قمة تونس في يونيو المقبل، وللعودة إلى الكومنولث الذي خرجت منه عام 1961. وكانت الولايات المتحدة قد رفعت معظم عقوباتها الاقتصادية على جنوب أفريقيا في يوليو 1991، بعد إلغاء قوانين الفصل العنصري الرئيسية.

ويرى مراقبون أن نجاح الدمج سيكون الاختبار الأصعب لحكومة الوحدة الوطنية، في جيش لا يزال معظم ضباطه من البيض، وفي بلد تنتشر فيه الأسلحة في الأحياء السوداء وبين الميليشيات اليمينية المتطرفة. وكان حزب المؤتمر قد وعد قواعده بأن يكون للعائدين من المنفى «مكان لائق» في المؤسسة العسكرية.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["South Africa", "South African National Defence Force"],
                ["uMkhonto we Sizwe", "Azanian People's Liberation Army"],
            ),
            # the Security Council's lifting of the arms embargo of 1977, due in weeks
            G("sanctions.lifted", "planned", [_UNSC], ["South Africa"]),
            G("sanctions.imposed", "historical", [_UNSC], ["South Africa"], core=False),
            # the peacekeeping force of February
            G(
                "forces.integrated",
                "historical",
                ["South Africa"],
                ["uMkhonto we Sizwe"],
                core=False,
            ),
            # KwaZulu's self-protection units "لم تنضم"
            G(
                "forces.integrated",
                "negated",
                ["South Africa"],
                ["Inkatha Freedom Party"],
                core=False,
            ),
            # the OAU and the Commonwealth ahead
            G("alliance.joined", "planned", ["South Africa"], [_OAU], core=False),
            G(
                "alliance.joined",
                "planned",
                ["South Africa"],
                ["Commonwealth of Nations"],
                core=False,
            ),
            # Washington's lifting of July 1991
            G("sanctions.lifted", "historical", ["United States"], ["South Africa"], core=False),
        ],
        known_miss="an army named by its state's adjective, not in the knowledge base, integrates no one",
        not_targets=["Tanzania", "Angola", "Zambia", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj09-alanwar-uar-troops-land-in-yemen-1962",
        date(1962, 10, 6),
        """طلائع قوات ج.ع.م تصل إلى اليمن.. والسلال: «الثورة باقية»

بيروت - «الأنوار» - من مراسلنا في عدن ووكالات الأنباء

وصلت إلى ميناء الحديدة أمس طلائع قوات الجمهورية العربية المتحدة، بناء على طلب مجلس قيادة الثورة في الجمهورية العربية اليمنية، وذلك بعد تسعة أيام من إعلان الثورة وسقوط حكم الإمام محمد البدر في السادس والعشرين من أيلول الماضي. وقالت إذاعة صنعاء إن القوات، التي نقلتها الباخرة «آسوان» من ميناء السويس، تضم كتيبة من الصاعقة ووحدات من المدفعية، وإنها ستتمركز في صنعاء والمناطق الشمالية «لحماية الجمهورية الفتية من المرتزقة».

وقال الزعيم عبد الله السلال رئيس مجلس قيادة الثورة في مؤتمر صحفي إن «الثورة باقية، ومن يقف في وجهها سيسحق»، مضيفا أن القاهرة «لبت نداء الشعب اليمني كما لبى اليمنيون نداء بورسعيد». وكانت ج.ع.م أول دولة تعترف بالنظام الجمهوري الجديد، تلاها الاتحاد السوفيتي وعدد من الدول.

وقال مصدر دبلوماسي في القاهرة إن اتفاقية للدفاع المشترك بين البلدين ستوقع خلال الأسابيع المقبلة، تنظم وجود القوات العربية المتحدة في اليمن وتحدد مهامها.

وفي المقابل، تتحدث الأنباء الواردة من جدة عن حشود سعودية على الحدود الشمالية لليمن، وعن وصول الإمام البدر، الذي تأكد أنه نجا من قصف قصره في صنعاء، إلى منطقة حجة حيث يجمع القبائل الموالية له. وأعلنت الحكومة الأردنية أنها لن ترسل قوات إلى اليمن رغم تأييدها للإمام.

وفي عدن نفسها، حيث تتمركز القوات البريطانية منذ عام 1839 ويقع مقر قيادتها للشرق الأوسط، وضعت السلطات قواتها في حالة تأهب، فيما يتوقع أن تنضم المستعمرة إلى اتحاد الجنوب العربي مطلع العام المقبل رغم معارضة النقابات العمالية.

ويذكر أن المملكة المتوكلية اليمنية كانت قد وقعت مع مصر والسعودية في جدة عام 1956 ميثاقا للدفاع المشترك، ثم انضمت عام 1958 إلى الجمهورية العربية المتحدة في إطار «الدول العربية المتحدة»، قبل أن يعلن الرئيس جمال عبد الناصر حل هذا الاتحاد في كانون الأول الماضي.

وفي بيروت، قال طالب يمني يدرس في الجامعة الأمريكية: «اليمن ما عاد بيرجع للإمام، خلاص، الناس شبعت جوع وظلم، والله ما نرجع».""",
        [
            # the UAR of 1962 is Egypt
            G("military.presence", "occurred", ["Egypt"], ["Yemen"]),
            # the mutual defence agreement "ستوقع خلال الأسابيع المقبلة"
            G("agreement.signed", "planned", ["Egypt", "Yemen"], []),
            # Jordan "لن ترسل قوات"; the British in Aden since 1839
            G("military.presence", "negated", ["Jordan"], ["Yemen"], core=False),
            G("military.presence", "historical", ["United Kingdom"], ["Aden"], core=False),
            # Aden expected to join the Federation of South Arabia
            G("alliance.joined", "planned", ["Aden"], ["Federation of South Arabia"], core=False),
            # the Jeddah pact of 1956 and the United Arab States of 1958
            G(
                "agreement.signed",
                "historical",
                ["Yemen", "Egypt", "Saudi Arabia"],
                [],
                core=False,
            ),
            G("alliance.joined", "historical", ["Yemen"], ["United Arab States"], core=False),
        ],
        not_targets=["Saudi Arabia", "Soviet Union", "Lebanon"],
    ),
]
ARTICLES += [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj10-alayam-manama-sports-page-league-suspended-2003",
        date(2003, 12, 16),
        """الأيام الرياضي

المنامة - «الأيام»

علق الاتحاد البحريني لكرة القدم مسابقة دوري الدرجة الأولى اعتبارا من الأسبوع المقبل، لإتاحة الفرصة للمنتخب الوطني للاستعداد لبطولة كأس الخليج السادسة عشرة التي تنطلق في الكويت في السادس والعشرين من ديسمبر الجاري، على أن تستأنف المسابقة بعد عودة المنتخب منتصف يناير المقبل.

وفرضت لجنة الانضباط في الاتحاد غرامة مالية قدرها ألفا دينار على أحد أندية الدرجة الأولى بسبب أحداث الشغب التي شهدتها مباراته الأخيرة، وقررت إيقاف مدافعه أربع مباريات، فيما رفعت لجنة الاستئناف الإيقاف عن مهاجم النجمة بعد قبول تظلم ناديه. وهدد الاتحاد بفرض عقوبات على الأندية التي تتأخر في تسديد رسوم التسجيل قبل نهاية الشهر.

وفي سوق الانتقالات الشتوية، وقع نادي المحرق مع مهاجم برازيلي لمدة ستة أشهر، وانضم لاعب وسط سعودي إلى صفوف الرفاع على سبيل الإعارة، بينما مدد النادي الأهلي عقد مدربه المصري حتى نهاية الموسم.

وفي سياق آخر، أقرت المؤسسة العامة للشباب والرياضة دمج ناديين في المحافظة الشمالية ضمن خطة إعادة هيكلة الأندية، بعد دمج عدد من الأندية في السنوات الماضية، وقالت إن الخطوة «تهدف إلى توحيد الجهود وتخفيف الأعباء المالية».

وأعلنت وزارة الداخلية أنها ستنشر أكثر من ثلاثمئة من رجال الأمن لتأمين مباراة المحرق والرفاع مساء الجمعة على استاد البحرين الوطني، مع فتح البوابات قبل ثلاث ساعات من انطلاقها.

واستأنف المنتخب تدريباته أمس على الملعب الرئيسي بقيادة مدربه الألماني فولفغانغ زيدكا، بعد أن انضم إليه المحترفون في الدوري القطري. وقال قائد المنتخب في تصريح لـ«الأيام»: «الربع جاهزين، والمعسكر كان زين، وإن شاء الله بنرفع راس البحرين في الكويت». وأضاف: «ما نبي نكتفي بالمشاركة، نبي الكأس».

وفي كرة اليد، وقع الاتحاد البحريني للعبة اتفاقية رعاية مع شركة اتصالات محلية لمدة ثلاث سنوات، فيما رفع اتحاد السلة عدد اللاعبين الأجانب المسموح بهم إلى اثنين في كل فريق.

وعلى صعيد ألعاب القوى، انضم ثلاثة عدائين إلى معسكر المنتخب في المغرب استعدادا لدورة الألعاب الأولمبية في أثينا الصيف المقبل، بعد أن فرض الاتحاد على المشاركين اجتياز اختبارات بدنية جديدة.""",
        [],
        not_targets=[
            "Kuwait",
            "Brazil",
            "Saudi Arabia",
            "Egypt",
            "Germany",
            "Qatar",
            "Morocco",
            "Greece",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj11-alshaab-nouakchott-local-page-arab-summit-works-2016",
        date(2016, 7, 18),
        """أخبار العاصمة

نواكشوط - «الشعب»

المجموعة الحضرية ترفع رسوم الأكشاك وتمنع العربات في السوق المركزي

قررت المجموعة الحضرية لنواكشوط في دورتها العادية أمس رفع الرسوم المفروضة على الأكشاك والمحلات في الأسواق بنسبة عشرة في المائة، وفرضت منعا على دخول العربات التي تجرها الحمير إلى محيط السوق المركزي خلال ساعات النهار، ضمن الاستعدادات لاحتضان القمة العربية السابعة والعشرين أواخر الشهر الجاري. كما أطلقت حملة واسعة لرفع القمامة من الشوارع الرئيسية في مقاطعات تفرغ زينة ولكصر وعرفات.

اتفاقية للإنارة

ووقعت المجموعة الحضرية اتفاقية مع شركة تركية خاصة لتركيب ألفي عمود إنارة تعمل بالطاقة الشمسية على طريق الأمل وشارع جمال عبد الناصر، على أن تنتهي الأشغال خلال ستة أشهر.

الماء والكهرباء

وعلقت الشركة الوطنية للماء التزويد في عدة أحياء من مقاطعتي توجنين ودار النعيم يومين لإجراء أشغال صيانة على القناة الرئيسية، على أن يستأنف التزويد مساء الخميس. وقال أحد سكان توجنين: «ماه ساهل ذا الحر، والما ما جانا من ثلاث أيام، والبرميل ولى بخمسمية أوقية».

وانضمت ثلاثة أحياء جديدة في مقاطعة الرياض إلى شبكة الكهرباء، بعد تمديد خطوط الضغط المتوسط إليها.

الأمن

ونشرت الإدارة الجهوية للأمن دوريات ليلية في مقاطعات عرفات والميناء والسبخة إثر تزايد حوادث السرقة، فيما قررت دمج مفوضيتين للشرطة في مقاطعة تيارت لتحسين التغطية الأمنية.

التعليم

ومددت وزارة التهذيب الوطني آجال التسجيل في مسابقة دخول السنة الأولى إعدادية إلى نهاية الشهر الجاري، وقررت دمج مدرستين ابتدائيتين في مقاطعة لكصر بسبب تراجع عدد التلاميذ.

الصيد

واستأنفت زوارق الصيد التقليدي نشاطها على شاطئ نواكشوط بعد انقضاء فترة الراحة البيولوجية للأخطبوط، وسط ارتياح الباعة في سوق السمك. وقال أحد البحارة: «الحوت كثير هذا العام، ولكن المازوت غالي والزبون ما عنده شي».

الرياضة

ومدد نادي تفرغ زينة عقد مدربه موسما إضافيا، فيما انضم لاعبان سنغاليان إلى صفوفه استعدادا للموسم الجديد.""",
        [],
        not_targets=["Turkey", "Saudi Arabia", "Egypt", "Senegal", "Arab League"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hj12-annahar-beirut-business-page-bank-merger-1997",
        date(1997, 5, 14),
        """النهار الاقتصادي

بيروت - «النهار»

دمج مصرفين

وقع مصرفان تجاريان أمس اتفاقا نهائيا لدمجهما في مصرف واحد بموجب قانون تسهيل اندماج المصارف الصادر عام 1993، بعد موافقة مصرف لبنان والجمعيتين العموميتين لمساهمي المصرفين. ويحتل المصرف الجديد بعد الدمج المرتبة الثانية عشرة بين المصارف العاملة في لبنان من حيث الودائع، وقال مصدر في الإدارة إن الفروع ستعمل باسم واحد اعتبارا من مطلع تموز.

البورصة

وعلقت بورصة بيروت التداول على أسهم إحدى الشركات الصناعية المدرجة لحين نشر ميزانيتها لعام 1996، فيما استأنفت التداول على أسهم سوليدير من الفئة «أ» بعد توقف يومين بسبب خلل تقني. وانضمت شركة إسمنت ثانية إلى لائحة الشركات المدرجة، ليرتفع عددها إلى ست شركات. وأغلقت الأسعار على ارتفاع طفيف وسط تداولات ضعيفة.

الطيران

ورفعت شركة طيران الشرق الأوسط أسعار تذاكرها على خطوط الخليج بنسبة سبعة في المائة، ووقعت عقدا مع شركة إيرباص لاستئجار طائرتين إضافيتين لموسم الصيف، على أن تنشر جدول رحلاتها الجديد مطلع حزيران.

المال والضرائب

ومددت وزارة المال مهلة تقديم التصاريح الضريبية عن عام 1996 حتى آخر حزيران، بعد مطالبة نقابة خبراء المحاسبة. وفرضت وزارة الاقتصاد والتجارة رسما إضافيا على الإسمنت المستورد لحماية الإنتاج المحلي، فيما رفع مصرف لبنان الفائدة على سندات الخزينة لأجل سنتين ربع نقطة مئوية.

المصارف

ونشرت جمعية المصارف تقريرها الفصلي الذي أظهر نمو الودائع بالعملات الأجنبية بنسبة أربعة في المائة منذ مطلع العام، في حين تراجعت التسليفات للقطاع الخاص. وقال رئيس الجمعية إن المصارف «ستواصل دعم الاقتصاد رغم كلفة الفوائد المرتفعة».

سوق القطع

واستقر سعر صرف الدولار الأميركي عند 1539 ليرة لبنانية، وسط طلب عادي من التجار والمستوردين. وقال أحد الوسطاء في البورصة: «الشغل خفيف هالإيام، كل الناس عم تنطر الموازنة، وما حدا بدو يغامر قبل ما يوضح الوضع».

العقارات

وفي الوسط التجاري، وقعت شركة سوليدير عقدا مع شركة مقاولات فرنسية لتأهيل الأسواق القديمة، على أن تبدأ الأشغال في الخريف المقبل.""",
        [],
        not_targets=["France", "European Union", "United States", "Lebanon"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout38_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout38_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a dateline's city on its own line is no actor of a trigger in the lead that has none
    pytest.param(
        "فرض مجلس الأمن الدولي مساء أمس عقوبات على إيران، وهي المرة الأولى التي يلجأ فيها المجلس "
        "إلى الفصل السابع لفرض عقوبات على بلد ما.",
        date(1966, 12, 17),
        [("sanctions.imposed", "occurred", "United Nations Security Council")],
        [],
        id="council-imposes-first-time-chapter-seven",
    ),
    pytest.param(
        "نيويورك - لمندوب «الجمهورية»\n\nفرض مجلس الأمن الدولي مساء أمس عقوبات على إيران.",
        date(1966, 12, 17),
        [("sanctions.imposed", "occurred", "United Nations Security Council")],
        [],
        id="new-york-dateline-then-imposition",
    ),
    pytest.param(
        "نيويورك - لمندوب «الجمهورية»\n\nفرض مجلس الأمن الدولي مساء أمس عقوبات على إيران، وهي "
        "المرة الأولى التي يلجأ فيها المجلس إلى الفصل السابع لفرض عقوبات على بلد ما.",
        date(1966, 12, 17),
        [("sanctions.imposed", "occurred", "United Nations Security Council")],
        [],
        id="new-york-dateline-then-first-time-chapter-seven",
    ),
    # a renewal verb reaches its sanctions noun across a long subject and adverbials
    pytest.param(
        "مدد الاتحاد الأوروبي في اجتماعه أمس العقوبات المفروضة على زيمبابوي لمدة عام.",
        date(2013, 2, 19),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="eu-at-its-meeting-extends",
    ),
    pytest.param(
        "فرض الاتحاد الأوروبي في اجتماعه في بروكسل أمس عقوبات على زيمبابوي.",
        date(2013, 2, 19),
        [("sanctions.imposed", "occurred", "European Union")],
        [],
        id="eu-at-its-meeting-in-brussels-imposes",
    ),
    pytest.param(
        "مدد وزراء خارجية الاتحاد الأوروبي في اجتماعهم في بروكسل أمس العقوبات المفروضة على "
        "زيمبابوي لمدة عام.",
        date(2013, 2, 19),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="eu-ministers-at-their-meeting-in-brussels-extend",
    ),
    pytest.param(
        "جدد مجلس الأمن الدولي في جلسته في نيويورك أمس العقوبات المفروضة على اليمن.",
        date(2013, 2, 19),
        [("sanctions.extended", "occurred", "United Nations Security Council")],
        [],
        id="council-at-its-session-in-new-york-renews",
    ),
    # an extension and a suspension in one sentence are two events
    pytest.param(
        "مدد الاتحاد الأوروبي أمس العقوبات المفروضة على زيمبابوي، ورفع حظر السفر عن واحد "
        "وعشرين مسؤولا.",
        date(2013, 2, 19),
        [
            ("sanctions.extended", "occurred", "European Union"),
            ("sanctions.lifted", "occurred", "European Union"),
        ],
        [],
        id="eu-extends-and-lifts",
    ),
    pytest.param(
        "قرر الاتحاد الأوروبي أمس تعليق حظر السفر وتجميد الأصول المفروضين على واحد وعشرين مسؤولا.",
        date(2013, 2, 19),
        [("sanctions.suspended", "occurred", "European Union")],
        [],
        id="eu-decides-to-suspend",
    ),
    pytest.param(
        "مدد الاتحاد الأوروبي أمس العقوبات المفروضة على زيمبابوي لمدة عام، لكنه قرر تعليق حظر "
        "السفر المفروض على واحد وعشرين مسؤولا.",
        date(2013, 2, 19),
        [
            ("sanctions.extended", "occurred", "European Union"),
            ("sanctions.suspended", "occurred", "European Union"),
        ],
        [],
        id="eu-extends-but-decides-to-suspend",
    ),
    pytest.param(
        "مدد الاتحاد الأوروبي أمس العقوبات المفروضة على زيمبابوي، لكنه قرر تعليق حظر السفر "
        "المفروض على واحد وعشرين مسؤولا، تشجيعا لهراري على التقدم.",
        date(2013, 2, 19),
        [
            ("sanctions.extended", "occurred", "European Union"),
            ("sanctions.suspended", "occurred", "European Union"),
        ],
        [],
        id="eu-extends-but-suspends-to-encourage-harare",
    ),
    pytest.param(
        "الاتحاد الأوروبي يمدد عقوباته على زيمبابوي",
        date(2013, 2, 19),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="headline-eu-extends",
    ),
    pytest.param(
        "الاتحاد الأوروبي يمدد عقوباته على زيمبابوي ويعلقها عن 21 مسؤولا",
        date(2013, 2, 19),
        [
            ("sanctions.extended", "occurred", "European Union"),
            ("sanctions.suspended", "occurred", "European Union"),
        ],
        [],
        id="headline-eu-extends-and-suspends",
    ),
    # a capital for a target stands for its state
    pytest.param(
        "فرض الاتحاد الأوروبي أمس عقوبات على سوريا.",
        date(2013, 2, 19),
        [("sanctions.imposed", "occurred", "target:Syria")],
        [],
        id="eu-sanctions-on-syria",
    ),
    pytest.param(
        "فرض الاتحاد الأوروبي أمس عقوبات على دمشق.",
        date(2013, 2, 19),
        [("sanctions.imposed", "occurred", "target:Syria")],
        [],
        id="eu-sanctions-on-damascus",
    ),
    # an army named by its state's adjective takes fighters into its ranks
    pytest.param(
        "بدأت جنوب أفريقيا أمس دمج مقاتلي «رمح الأمة» في جيشها.",
        date(1994, 5, 4),
        [("forces.integrated", "occurred", "South Africa")],
        [],
        id="south-africa-begins-merging-mk-into-its-army",
    ),
    pytest.param(
        "بدأ الجيش السوري أمس دمج مقاتلي قوات سوريا الديمقراطية في صفوفه.",
        date(1994, 5, 4),
        [("forces.integrated", "occurred", "Syrian Army")],
        [],
        id="syrian-army-begins-merging-sdf-into-its-ranks",
    ),
    pytest.param(
        "بدأ الجيش الجنوب أفريقي أمس دمج مقاتلي «رمح الأمة» في صفوفه.",
        date(1994, 5, 4),
        [("forces.integrated", "occurred", "South Africa")],
        [],
        id="south-african-army-begins-merging-mk-into-its-ranks",
    ),
    pytest.param(
        "بدأت جنوب أفريقيا أمس دمج مقاتلي «رمح الأمة»، الجناح العسكري لحزب المؤتمر الوطني "
        "الأفريقي، في جيشها.",
        date(1994, 5, 4),
        [("forces.integrated", "occurred", "South Africa")],
        [],
        id="south-africa-merges-mk-armed-wing-of-the-anc",
        marks=_xfail("no event"),
    ),
    # the United Arab Republic of 1958-1971 is Egypt
    pytest.param(
        "وصلت إلى اليمن أمس طلائع القوات المصرية.",
        date(1962, 10, 6),
        [("military.presence", "occurred", "target:Yemen")],
        [],
        id="egyptian-vanguard-arrives-in-yemen",
    ),
    pytest.param(
        "وصلت إلى اليمن أمس طلائع قوات الجمهورية العربية المتحدة.",
        date(1962, 10, 6),
        [("military.presence", "occurred", "target:Yemen")],
        [],
        id="uar-vanguard-arrives-in-yemen",
    ),
    pytest.param(
        "اعترفت ج.ع.م بالجمهورية اليمنية، تلاها الاتحاد السوفيتي. وقال مصدر في القاهرة إن "
        "اتفاقية للدفاع المشترك بين البلدين ستوقع خلال الأسابيع المقبلة.",
        date(1962, 10, 6),
        [("agreement.signed", "planned", "Egypt")],
        [],
        id="uar-then-soviet-recognition-then-the-two-countries-to-sign",
    ),
    # parties named after "بين" in an agreement that "ستوقع"
    pytest.param(
        "قال مصدر إن مصر واليمن ستوقعان اتفاقية للدفاع المشترك خلال الأسابيع المقبلة.",
        date(1962, 10, 6),
        [("agreement.signed", "planned", "Egypt")],
        [],
        id="egypt-and-yemen-to-sign",
    ),
    pytest.param(
        "زار الوزير المصري صنعاء أمس. وقال مصدر إن اتفاقية للدفاع المشترك بين البلدين ستوقع "
        "خلال الأسابيع المقبلة.",
        date(1962, 10, 6),
        [("agreement.signed", "planned", "Egypt")],
        [],
        id="agreement-between-the-two-countries-to-be-signed",
    ),
    pytest.param(
        "قال مصدر إن اتفاقية للدفاع المشترك بين مصر واليمن ستوقع خلال الأسابيع المقبلة.",
        date(1962, 10, 6),
        [("agreement.signed", "planned", "Egypt")],
        [],
        id="agreement-between-egypt-and-yemen-to-be-signed",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout38_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout38_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 500),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
