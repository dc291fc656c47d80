"""A thirty-fourth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-three held-out sets: Arabic copy of 2007-2025 in forms they use little (Al-Hayat
of 2007 with the Hijri date and "تشرين الثاني (نوفمبر)", an Anadolu wire with a triple dateline
and no date line, a People's Daily Arabic wire with "اليوم (الخميس)", a Beirut daily in Levantine
usage with a politician's television reply, an RT Arabic wire with "أغسطس/آب", Asharq Al-Awsat with
«» quotes and the Hijri date, a SANA wire in its own wording, "السيد الرئيس", "سورية", an Al-Araby
Al-Jadeed report with "ــ" and tanween on the alif, "فوجاً", a BBC-style press review, "جولة
الصحف", quoting four foreign papers, an Algerian sports daily with "جويلية", "أوت", "ماي",
"تربص" and "الميركاتو", an Egyptian business page, a Jordanian local page) and on programmes and
regions they do not touch (the EU's Andijan sanctions on Uzbekistan prolonged and its visa ban
suspended in 2007, the lifting of the US sanctions on Turkey's ministers after "Peace Spring",
China's unreliable entity list for Lockheed Martin and Raytheon, Le Drian's warning to Lebanon's
politicians, Kyrgyzstan entering the Eurasian Economic Union, the Lebanon-Cyprus maritime
agreement of 2025, Syria and Tunisia resuming ties, the Azov battalion taken into Ukraine's
National Guard, the French troops of NATO's battle group in Romania): Al-Hayat on the EU
prolonging the Uzbekistan sanctions twelve months and suspending the visa ban on eight of twelve
officials for six months (the arms embargo and four officials kept, "ولم يرفعوا", the sanctions of
October 2005, Germany at Termez since 2002, the US told to leave Karshi-Khanabad in 2005,
Uzbekistan back in the CSTO); Anadolu on Trump lifting the sanctions of 14 October on Turkey's
ministries and three ministers ("تحتفظ بحق إعادة فرض العقوبات", the Sochi memorandum signed by
Erdoğan and Putin "مساء الثلاثاء", the Pence deal of 17 October, no CAATSA sanctions for the
S-400, a House bill to be debated); People's Daily on the Ministry of Commerce listing Lockheed
Martin and Raytheon Missiles & Defense (the foreign ministry's sanctions of 2020 and 2022, the US
Entity List additions after the balloon, Boeing left out, Blinken's trip put off); Nidaa al-Watan
on Le Drian threatening "إجراءات" against the politicians blocking a government (no sanction yet,
an EU framework to go to the ministers in April, the Treasury's sanctions on Bassil, Khalil and
Fenianos, "رفع الدعم"); RT on Kyrgyzstan a full member of the EAEU (Armenia in January, the Astana
treaty of 2014, Tajikistan that "لا تعتزم" to join, Kant since 2003, Manas closed in 2014, customs
checks "رفع"); Asharq Al-Awsat on Lebanon and Cyprus signing their EEZ agreement at Baabda before
Aoun and Christodoulides (the unratified agreement of 2007, Israel-Cyprus of 2010, Lebanon-Israel
of 2022, the talks with Syria "لا تزال … متعثرة", Turkey's objection); SANA on Syria reopening its
embassy in Tunis in answer to Saied's ambassador (the rupture of 2012, consular services and
flights with Saudi Arabia discussed at Jeddah, the Arab League seat suspended in 2011 on Friday's
agenda, Washington's "لن تطبع", the Caesar Act); Al-Araby Al-Jadeed on Avakov merging the Azov
battalion into the National Guard (Aidar to follow "خلال الأسابيع المقبلة", Right Sector's corps
that "لن يندمج", the Minsk protocol, Moscow denying any troops in Ukraine, a coalition agreement
to come); and the press review of the first French troops at Mihail Kogălniceanu (a battle group
France will lead and Belgians to join, "لن ترسل جنودا إلى أوكرانيا", US rotations, Romania in NATO
since 2004, no permanent bases under the Founding Act). Nine carry events of all ten alertable
types, in occurred and planned status, next to historical, negated and stalled ones; three are
near misses: El Heddaf on FIFA lifting its registration ban on CS Constantine ("رفعت الفيفا
الحظر", "فرض هذه العقوبة", "هدد بخصم ست نقاط", a Libyan striker who "وقع", a keeper who "انضم",
a captain's contract "مددت", a camp at Tabarka in Tunisia, the league's fine, training "استأنف"),
Al-Borsa on FAB Misr merging its parent's Egyptian branches ("دمج", Bank Audi of Lebanon, a loan
"وقع" with the IFC, "الانضمام" to a central-bank initiative, rates "رفع", an initiative "مدد",
letters of credit "فرض"), and Al-Ghad on Amman's snowstorm (the emergency "رفعت" to its highest,
900 vehicles "نشرت", rooms "دمجت", 50 vehicles "انضمت", the day off "تمديد", schools to "استئناف",
the Jordanian army's vehicles "نشرت" on the desert roads, a cold front from Turkey).

The decisions of the annotation, taken before any run: an organisation that prolongs its embargo
and visa ban on a state twelve months and suspends the ban on most of its listed officials six
months extends and suspends sanctions on the state (the officials are unnamed), the ban kept on
four a negated lifting, its sanctions of 2005 a historical imposition, foreign bases used since
2001 and 2002 historical presences and a return to the CSTO in 2006 a historical joining; a
president's lifting of the sanctions his state put on another's ministries and ministers nine days
before is a lifting on the state and the three men, the imposition of 14 October historical, his
"right to reimpose them" a threat (not core), no CAATSA sanctions a negated imposition, a House
bill to be debated a planned imposition (not core), a memorandum signed by two presidents "مساء
الثلاثاء", two days before, an occurred (core) signing of both states, and a ceasefire deal of the
week before a historical signing; a commerce ministry putting two foreign arms makers on its
unreliable entity list imposes sanctions on the firms, not their state, the ministry's earlier
sanctions and the other state's Entity List additions days before historical impositions, a firm
left out a negated one; a foreign minister's warning of "measures" on a state's politicians, with
travel curbs and asset freezes hinted at, is a threat by his state on that state, "لم تفرض أي
عقوبة … بعد" a negated imposition, a framework another body is studying for next month a planned
one (not core), a third state's sanctions on named politicians last year historical; a state
whose accession treaty enters into force joins the union that day, a member of January a
historical joining, the founding treaty a historical signing, a state that "does not intend at
present" to join a negated joining, bases since 2003 and a transit centre closed last year
historical presences; two states signing an EEZ agreement before their presidents sign it, their
first agreement of 2007, a neighbour's of 2010 and one of 2022 historical signings, talks with a
third neighbour "متعثرة" a stalled signing; a state reopening its embassy and naming an ambassador
in answer to the other's ambassador restores relations with it (no target), consular services
and flights with a third state being discussed that day a planned restoration (not core), the
suspension of its Arab League seat in 2011 a historical imposition and its return on the next
day's agenda a planned lifting (not core), a great power's "لن تطبع العلاقات" a negated
restoration; an interior minister merging a volunteer battalion into the National Guard as a
regiment is an integration by his state, another battalion to follow in weeks a planned one (not
core), a corps that "لن يندمج" a negated one, the Minsk protocol a historical signing, and a state
denying its troops are in its neighbour a negated presence; the first soldiers of a foreign force
landed at a host's base "أمس" are an occurred presence of their state in the host, a battle group
it will lead and allies to join later a planned one (not core), "لن ترسل جنودا إلى أوكرانيا" a
negated one, an ally's rotations "منذ سنوات" and the thousand sent last month historical, the
alliance that has "not decided" on permanent bases a negated presence, the host's entry into NATO
a historical joining and the Founding Act a historical signing; a football ban lifted, players
signed and prolonged, a bank merger, a loan, rates raised, an emergency raised, vehicles deployed
and an army's vehicles on its own roads are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit c0dd811), in one run: events P 0.818 R 0.727 F1
0.770 (recall 8/11, precision 9/11: nine alerts right, one false alarm, one unexpected alert;
occurred core found 8/11, no core planned event; historical 22/22, negated 9/10 and stalled 1/1
kept quiet). Three core events are missed outright and a fourth is found with the wrong status:
in ar-gg02 "ومساء الثلاثاء، وقّع الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في مدينة
سوتشي مذكرة تفاهم من عشرة بنود" gives nothing: a signing by a president titled without his
adjective, "الرئيس <full name>", with "ونظيره الروسي <full name>" and a place or a day before
"مذكرة تفاهم", is lost ("الرئيس التركي …", "والرئيس فلاديمير بوتين", or "اتفاقا" for the memorandum
are read); in ar-gg04 "لوّح وزير الخارجية الفرنسي جان إيف لودريان أمس باتخاذ "إجراءات" بحق
المسؤولين اللبنانيين" gives nothing: a threat of "إجراءات" is no threat where one of "بفرض
عقوبات" is, and the modal "إن فرنسا قد تفرض عقوبات" gives nothing either (where "قد تلجأ إلى تجميد
أصول" is a threat); in ar-gg08 "دمج كتيبة "آزوف" للمتطوعين في الحرس الوطني الأوكراني" gives
nothing: a merger into a national guard is no integration, where one "في الجيش" is; in ar-gg09
the French troops are a planned presence: the masdar of the review's lead, "أفردت … صفحتها الأولى
لوصول الدفعة الأولى من الجنود الفرنسيين إلى رومانيا", has no tense and reads as planned, and the
sentence that tells the landing, "طلائع القوة الفرنسية … حطت أمس في قاعدة …", gives nothing, a
force's vanguard being no troops ("وصلت طلائع القوة الفرنسية أمس إلى رومانيا" gives nothing where
"وصلت الدفعة الأولى من الجنود الفرنسيين" and "انتشرت القوات الفرنسية" are read; recall counts the
planned one). The false alarm: in ar-gg04 "ملمحا إلى قيود على دخول الأراضي الفرنسية وتجميد أصول"
is an occurred imposition by France: the masdar "تجميد" of measures hinted at, or after "قد تفرض",
is read as done. The unexpected alert: in ar-gg12 "نشرت القوات المسلحة الأردنية - الجيش العربي
آلياتها الثقيلة على الطرق الصحراوية وطريق عمان - العقبة" is a presence of the Jordanian Armed
Forces (with Aqaba, from the road's name, as an actor): a state's army sending vehicles onto its
own roads is read as a presence with no host ("نشر الجيش الأردني آلياته على الطرق" gives nothing).
Six strict xfails on the articles (four with a core event missed or misdated, two with a wrong
alert); do not tune lexicons on these articles. Every general cause has a sentence of its own in
``RULES``, each a strict xfail until it is fixed (eleven, with "القوات البلجيكية", a demonym for
forces that is not read, found while writing them), beside eleven that pass and pin what works (a
memorandum signed by "الرئيس التركي" and "ونظيره الروسي", an accord by a bare-titled president and
his counterpart, a memorandum of two titled presidents, a threat "بفرض عقوبات", "قد تلجأ إلى تجميد
أصول", volunteers merged into the army or their merger announced, the first soldiers that arrive,
forces that deploy, an army's vehicles on its roads, troops deployed abroad).

Also seen, not scored: in ar-gg01 the suspension has no target (the extension targets Uzbekistan),
and "رفع العقوبات نهائيا بالإفراج … والسماح للجنة الدولية للصليب الأحمر" is a historical lifting
with the Red Cross its target; in ar-gg02 the threat has no target and the negated CAATSA
imposition targets "Ankara"; in ar-gg03 the historical sanctions take Lockheed Martin as an actor;
in ar-gg04 the Treasury's listing of Khalil and Fenianos has Bassil's party and Lebanon as actors;
in ar-gg06 the agreement of 2007 takes the EU as a signatory; in ar-gg07 the restoration names
Syria alone, and the planned Saudi restoration and Arab League lifting (not core) are not
reported; in ar-gg08 the Minsk protocol takes Belarus, the city of signing, as a signatory.

After the fixes (same day): events P 1.000 R 0.909 F1 0.952 (recall 10/11, precision 11/11; no
false alarm, no unexpected alert); after the fixes of set 35, P 1.000 R 1.000 F1 1.000 (the Sochi
memorandum read: the scene "في مدينة سوتشي" counts against no reach, and the counterpart "ونظيره
الروسي" signs beside the president). Fixed in general: a hint at measures ("ملمحا إلى قيود … وتجميد
أصول") is a threat; the national guard, the republican guard and the gendarmerie are armies fighters
are merged into; any state's forces spreading out abroad ("انتشرت القوات البلجيكية في رومانيا") are
deployed, once a place of another state follows (a state's own forces at home are not); forces
named as the subject of a deploying verb are not what it deploys ("نشرت القوات المسلحة الأردنية
آلياتها"); the scene ("في أنقرة") and a circumstance set off by commas ("، في الأيام الأخيرة لإدارة
ترامب،") between a verb's subject and its object do not count against the object's reach; "نائب رئيس
<state>" is the deputy, not the president. Left: the vanguard of a force that lands ("طلائع القوة
الفرنسية … حطت"), read only as planned from the lead.

``python -m tests.unit.test_heldout34_events_ar`` prints every article's alerts and the set's
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

_EU = "European Union"
_COUNCIL = "Council of the European Union"
_TREASURY = "United States Department of the Treasury"
_MOFCOM = "Ministry of Commerce (China)"
_EAEU = "Eurasian Economic Union"
_NGU = "National Guard of Ukraine"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg01-alhayat-eu-extends-uzbekistan-sanctions-suspends-visa-ban-2007",
        date(2007, 11, 14),
        """الاتحاد الأوروبي يمدد عقوبات أوزبكستان عاما ويعلق حظر السفر على ثمانية مسؤولين

بروكسل - "الحياة"
الأربعاء 4 ذو القعدة 1428 هـ - 14 تشرين الثاني (نوفمبر) 2007 م

قرر وزراء خارجية الاتحاد الأوروبي في اجتماعهم في بروكسل أول من أمس، تمديد العقوبات المفروضة على أوزبكستان منذ أحداث أنديجان اثني عشر شهرا إضافية، لكنهم علقوا لمدة ستة أشهر حظر منح تأشيرات الدخول لثمانية من المسؤولين الاثني عشر المدرجين على القائمة، في خطوة وصفها ديبلوماسيون بأنها "رسالة تشجيع مشروطة" لطشقند.

وأبقى الوزراء حظر تصدير الأسلحة والمعدات العسكرية، ولم يرفعوا الحظر عن أربعة مسؤولين، بينهم وزير الداخلية السابق ذاكر جان ألماتوف الذي تتهمه منظمات حقوقية بالمسؤولية المباشرة عن إطلاق النار على المتظاهرين في أنديجان في أيار (مايو) 2005، حين قتل المئات بحسب شهود ومنظمات مستقلة، في حين تقول السلطات إن عدد القتلى لم يتجاوز 187 شخصا معظمهم من "الإرهابيين".

وكان الاتحاد فرض العقوبات في تشرين الأول (أكتوبر) 2005 بعد رفض الرئيس إسلام كريموف السماح بتحقيق دولي مستقل في الأحداث. وربط الوزراء رفع العقوبات نهائيا بالإفراج عن ناشطين حقوقيين معتقلين والسماح للجنة الدولية للصليب الأحمر بزيارة السجون، على أن يراجعوا الموقف في نيسان (أبريل) المقبل.

وقادت ألمانيا، التي تستخدم قاعدة ترمذ الجوية في جنوب أوزبكستان منذ عام 2002 لإمداد قواتها في أفغانستان، حملة داخل الاتحاد لتخفيف العقوبات، معتبرة أن "العزلة لم تحقق شيئا". في المقابل، تمسكت بريطانيا والسويد وهولندا بالإبقاء على الضغوط، ووافقت في النهاية على صيغة التعليق الموقت.

وانتقدت منظمة "هيومن رايتس ووتش" القرار، وقالت مديرة فرعها في بروكسل إن الاتحاد "يكافئ حكومة لم تتخذ أي خطوة حقيقية". أما وزارة الخارجية الأوزبكية فرحبت بما وصفته "قرارا واقعيا"، مؤكدة أن طشقند "لم تكن يوما بحاجة إلى دروس من أحد".

وكانت أوزبكستان طلبت من الولايات المتحدة في تموز (يوليو) 2005 إخلاء قاعدة خان آباد الجوية (كي 2)، التي انتشرت فيها قوات أميركية منذ حرب أفغانستان عام 2001، ثم عادت في العام التالي إلى منظمة معاهدة الأمن الجماعي التي تقودها موسكو، في تحول واضح نحو روسيا.

ويتوقع أن يخوض كريموف الانتخابات الرئاسية المقررة في 23 كانون الأول (ديسمبر) المقبل للفوز بولاية ثالثة، على رغم أن الدستور لا يسمح إلا بولايتين، وهو ما انتقدته منظمة الأمن والتعاون في أوروبا.""",
        [
            G("sanctions.extended", "occurred", [_EU, _COUNCIL], ["Uzbekistan"]),
            G("sanctions.suspended", "occurred", [_EU, _COUNCIL], ["Uzbekistan"]),
            # the arms embargo kept, the ban on four officials "لم يرفعوا"
            G(
                "sanctions.lifted",
                "negated",
                [_EU],
                ["Uzbekistan", "Zokirjon Almatov"],
                core=False,
            ),
            # the sanctions of October 2005
            G("sanctions.imposed", "historical", [_EU], ["Uzbekistan"], core=False),
            # Germany at Termez since 2002; the US at Karshi-Khanabad since 2001, told to leave
            G(
                "military.presence",
                "historical",
                ["Germany"],
                ["Uzbekistan"],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["United States"],
                ["Uzbekistan"],
                core=False,
            ),
            # back in the CSTO in 2006
            G(
                "alliance.joined",
                "historical",
                ["Uzbekistan"],
                ["Collective Security Treaty Organization"],
                core=False,
            ),
        ],
        not_targets=["Germany", "Afghanistan", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg02-anadolu-wire-trump-lifts-sanctions-turkish-ministers-2019",
        date(2019, 10, 24),
        """ترامب يرفع العقوبات عن وزارتي الدفاع والطاقة التركيتين بعد "وقف دائم لإطلاق النار"

أنقرة / واشنطن / الأناضول

أعلن الرئيس الأمريكي دونالد ترامب، مساء الأربعاء، رفع العقوبات التي فرضتها بلاده على تركيا قبل تسعة أيام على خلفية عملية "نبع السلام" شرقي نهر الفرات في سوريا، بعد أن أبلغته أنقرة بأن وقف العمليات العسكرية في المنطقة "سيكون دائما".

وقال ترامب، في كلمة ألقاها من البيت الأبيض، إنه أوعز إلى وزير الخزانة ستيفن منوتشين "برفع جميع العقوبات التي فرضت في 14 أكتوبر"، مضيفا: "الاتفاق صامد وتركيا التزمت به". وبعد ساعات، أعلنت وزارة الخزانة شطب وزارتي الدفاع والطاقة التركيتين، ووزراء الدفاع خلوصي أكار والطاقة فاتح دونماز والداخلية سليمان صويلو، من قائمة العقوبات.

وأكد ترامب أن بلاده "تحتفظ بحق إعادة فرض العقوبات" إذا "قامت تركيا بأي أمر لا نرضى عنه"، في إشارة إلى التزامات أنقرة بشأن حماية المدنيين والأقليات الدينية في المنطقة.

وكانت واشنطن قد فرضت العقوبات في 14 أكتوبر/ تشرين الأول، بعد خمسة أيام من انطلاق العملية التي يقول الجيش التركي إنها تستهدف "إرهابيي بي كا كا/ واي بي جي". وأوقفت تركيا العملية في 17 من الشهر ذاته بموجب اتفاق مع نائب الرئيس الأمريكي مايك بنس في أنقرة، يقضي بانسحاب الإرهابيين من المنطقة خلال 120 ساعة.

ومساء الثلاثاء، وقّع الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في مدينة سوتشي مذكرة تفاهم من عشرة بنود، تنص على إخراج عناصر التنظيم وأسلحتهم إلى عمق 30 كيلومترا من الحدود، وتسيير دوريات تركية روسية مشتركة.

ورحبت الرئاسة التركية بقرار واشنطن، وقال متحدثها إبراهيم قالن إن "العقوبات لم تكن يوما وسيلة مناسبة بين حليفين في الناتو". من جهة أخرى، لم تفرض الإدارة الأمريكية حتى اليوم أي عقوبات على أنقرة بموجب قانون "كاتسا" بسبب شرائها منظومة "إس-400" الدفاعية الروسية، رغم مطالبات متكررة من أعضاء في الكونغرس.

ويأتي القرار في وقت يستعد فيه مجلس النواب الأمريكي لمناقشة مشروع قانون يتضمن عقوبات أوسع على مسؤولين أتراك، وهو ما وصفه وزير الخارجية مولود تشاووش أوغلو بأنه "لن يخدم العلاقات الثنائية".

ويقول مسؤولون أتراك إن نحو 3.6 ملايين لاجئ سوري تستضيفهم البلاد، وإن المنطقة الآمنة ستتيح عودة جزء منهم إلى ديارهم.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["United States", "Donald Trump", _TREASURY],
                ["Turkey", "Hulusi Akar", "Fatih Dönmez", "Süleyman Soylu"],
            ),
            # "تحتفظ بحق إعادة فرض العقوبات" if Turkey misbehaves
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", "Donald Trump"],
                ["Turkey"],
                core=False,
            ),
            # the sanctions of 14 October
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Turkey"],
                core=False,
            ),
            # no CAATSA sanctions over the S-400
            G(
                "sanctions.imposed",
                "negated",
                ["United States"],
                ["Turkey"],
                core=False,
            ),
            # the Sochi memorandum of Tuesday
            G(
                "agreement.signed",
                "occurred",
                ["Turkey", "Russia", "Recep Tayyip Erdoğan", "Vladimir Putin"],
                [],
            ),
            # the Pence deal of 17 October
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "United States"],
                [],
                core=False,
            ),
            # the House bill with wider sanctions, to be debated
            G(
                "sanctions.imposed",
                "planned",
                ["United States House of Representatives"],
                ["Turkey"],
                core=False,
            ),
        ],
        not_targets=["Syria", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg03-peoples-daily-china-unreliable-entity-list-lockheed-raytheon-2023",
        date(2023, 2, 17),
        """الصين تدرج "لوكهيد مارتن" و"رايثيون" على قائمة الكيانات غير الموثوقة بسبب صفقات السلاح لتايوان

بكين 16 فبراير 2023 (صحيفة الشعب اليومية أونلاين) - أعلنت وزارة التجارة الصينية اليوم (الخميس) إدراج شركة لوكهيد مارتن وشركة رايثيون للصواريخ والدفاع الأمريكيتين على قائمة الكيانات غير الموثوقة، بسبب مشاركتهما في مبيعات الأسلحة إلى منطقة تايوان الصينية.

وقالت آلية العمل الخاصة بقائمة الكيانات غير الموثوقة، في بيان نشر على الموقع الإلكتروني للوزارة، إن الإجراءات تشمل حظر قيام الشركتين بأي أنشطة استيراد أو تصدير تتعلق بالصين، وحظر أي استثمارات جديدة لهما في البلاد، ومنع كبار مديريهما من دخول الأراضي الصينية وإلغاء تصاريح عملهم وإقاماتهم، إلى جانب فرض غرامة على كل منهما تعادل ضعف قيمة عقود بيع الأسلحة لتايوان منذ سبتمبر 2020.

وأكد البيان أن الإجراءات "تهدف إلى حماية سيادة الدولة وأمنها ومصالحها التنموية"، مشددا على أن الصين "تلتزم دائما بسياسة الانفتاح" وترحب بالشركات الأجنبية التي تمارس أعمالها في البلاد وفقا للقانون.

وكانت وزارة الخارجية الصينية قد أعلنت عقوبات على الشركتين في أكتوبر 2020 وفي فبراير 2022، ردا على موافقة واشنطن على صفقات أسلحة لتايوان. ووافقت وزارة الخارجية الأمريكية في ديسمبر الماضي على صفقة جديدة بقيمة 180 مليون دولار تشمل ذخائر مضادة للدروع.

ويأتي القرار بعد أيام من إضافة وزارة التجارة الأمريكية ست جهات صينية إلى "قائمة الكيانات" بدعوى صلتها ببرنامج المناطيد، عقب إسقاط الجيش الأمريكي منطادا صينيا قبالة ساحل ولاية كارولاينا الجنوبية في الرابع من الشهر الجاري. وقالت بكين إن المنطاد "مدني" استخدم لأغراض الأرصاد الجوية وانحرف عن مساره، واعتبرت إسقاطه "ردة فعل مبالغا فيها".

ولم تشمل الإجراءات الجديدة أي شركات أمريكية أخرى، بما فيها شركة بوينغ التي تشارك وحدتها للدفاع في بعض صفقات التسليح، وفق ما أكده متحدث باسم الوزارة في مؤتمر صحفي دوري.

وقال المتحدث إن الصين "تحث الولايات المتحدة على الالتزام بمبدأ صين واحدة والبيانات الصينية الأمريكية المشتركة الثلاثة، والتوقف عن بيع الأسلحة لتايوان"، مضيفا أن بلاده "ستتخذ جميع الإجراءات اللازمة لحماية حقوقها".

وكان وزير الخارجية الأمريكي أنتوني بلينكن قد أرجأ زيارة كانت مقررة إلى بكين في وقت سابق من الشهر الجاري على خلفية أزمة المنطاد.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                ["China", _MOFCOM],
                ["Lockheed Martin", "Raytheon Missiles & Defense", "Raytheon"],
            ),
            # the foreign ministry's sanctions of 2020 and 2022
            G(
                "sanctions.imposed",
                "historical",
                ["China"],
                ["Lockheed Martin", "Raytheon"],
                core=False,
            ),
            # the six Chinese entities put on the Entity List days before
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["China"],
                core=False,
            ),
            # "ولم تشمل الإجراءات الجديدة … شركة بوينغ"
            G("sanctions.imposed", "negated", ["China"], ["Boeing"], core=False),
        ],
        not_targets=["United States", "Taiwan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg04-levant-daily-le-drian-threatens-lebanese-officials-2021",
        date(2021, 3, 26),
        """لودريان يلوّح بـ"إجراءات" ضد معرقلي تأليف الحكومة.. وباسيل: لا نخاف

بيروت - "نداء الوطن"
الجمعة 26 آذار 2021

رفعت باريس سقف لهجتها تجاه الطبقة السياسية اللبنانية، إذ لوّح وزير الخارجية الفرنسي جان إيف لودريان أمس باتخاذ "إجراءات" بحق المسؤولين اللبنانيين الذين يعرقلون تأليف الحكومة، بعد سبعة أشهر على انفجار مرفأ بيروت وخمسة أشهر على تكليف الرئيس سعد الحريري.

وقال لودريان، في اتصالات أجراها مع عدد من المسؤولين اللبنانيين ثم في تصريح للصحافيين في بروكسل على هامش اجتماع لوزراء خارجية حلف شمال الأطلسي: "لن نقف مكتوفي الأيدي أمام الانسداد السياسي، وسنتخذ مع شركائنا الأوروبيين الإجراءات المناسبة بحق من يعطلون الحل"، ملمحا إلى قيود على دخول الأراضي الفرنسية وتجميد أصول.

وكشف مصدر ديبلوماسي فرنسي لـ"نداء الوطن" أن لا أسماء محددة حتى الساعة، وأن باريس لم تفرض أي عقوبة على أي سياسي لبناني بعد، لكن "الملف بات على الطاولة". وأضاف أن الاتحاد الأوروبي يدرس بدوره إمكان إنشاء إطار قانوني لعقوبات على المسؤولين اللبنانيين، على أن يطرح الأمر على وزراء الخارجية في نيسان المقبل.

وتبقى عملية التأليف معلقة منذ أشهر بسبب الخلاف بين رئيس الجمهورية ميشال عون والرئيس المكلف على الحصص والثلث المعطل، فيما لم تثمر المبادرة التي أطلقها الرئيس إيمانويل ماكرون من قصر الصنوبر في أيلول الماضي أي نتيجة.

في المقابل، قال رئيس "التيار الوطني الحر" النائب جبران باسيل في إطلالة تلفزيونية: "لا نخاف من العقوبات، فقد سبق أن فرضوها علينا". وكانت وزارة الخزانة الأميركية قد فرضت عقوبات على باسيل في تشرين الثاني الماضي بموجب قانون ماغنيتسكي، بعد أن كانت أدرجت في أيلول الوزيرين السابقين علي حسن خليل ويوسف فنيانوس على لائحة العقوبات بتهمة الفساد ودعم "حزب الله".

وقالت أوساط الرئيس المكلف إن الحريري "سيواصل مساعيه" وإنه لن يعتذر عن التكليف، فيما حمّلت أوساط بعبدا "من يرفض المعايير الموحدة" مسؤولية التأخير.

اقتصاديا، واصلت الليرة تدهورها في السوق الموازية، وتجاوز سعر صرف الدولار 12 ألف ليرة، وسط تحذيرات من رفع الدعم عن المحروقات والأدوية قبل نهاية أيار المقبل مع تراجع احتياطيات مصرف لبنان.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                ["France", "Jean-Yves Le Drian"],
                ["Lebanon"],
            ),
            # "باريس لم تفرض أي عقوبة على أي سياسي لبناني بعد"
            G("sanctions.imposed", "negated", ["France"], ["Lebanon"], core=False),
            # the EU studying a framework, to go to the ministers in April
            G("sanctions.imposed", "planned", [_EU], ["Lebanon"], core=False),
            # the Treasury's sanctions on Bassil (November) and two former ministers (September)
            G(
                "sanctions.imposed",
                "historical",
                [_TREASURY, "United States"],
                ["Gebran Bassil", "Ali Hassan Khalil", "Youssef Fenianos"],
                core=False,
            ),
        ],
        not_targets=["NATO", "Hezbollah", "Belgium"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg05-rt-arabic-kyrgyzstan-joins-eurasian-economic-union-2015",
        date(2015, 8, 12),
        """قرغيزستان تصبح رسميا العضو الخامس في الاتحاد الاقتصادي الأوراسي

RT - موسكو - بيشكيك

أصبحت قرغيزستان، اليوم الأربعاء 12 أغسطس/آب، عضوا كامل العضوية في الاتحاد الاقتصادي الأوراسي، بعد دخول معاهدة انضمامها حيز التنفيذ، لتلتحق بروسيا وبيلاروس وكازاخستان وأرمينيا في التكتل الذي يضم أكثر من 180 مليون نسمة.

وأوضحت اللجنة الاقتصادية الأوراسية في بيان أن جميع الدول الأعضاء استكملت إجراءات المصادقة على المعاهدة، التي وقعها رؤساء الدول في موسكو في 23 ديسمبر/كانون الأول الماضي، مشيرة إلى رفع الرقابة الجمركية على الحدود بين قرغيزستان وكازاخستان اعتبارا من اليوم.

وقال الرئيس القرغيزي ألمظ بيك أتامباييف في كلمة متلفزة إن الانضمام "خيار تاريخي" سيفتح أمام المنتجين القرغيز سوقا ضخمة ويسهل أوضاع مئات آلاف العمال المهاجرين في روسيا، الذين لن يحتاجوا بعد اليوم إلى تصاريح عمل خاصة.

وكانت أرمينيا قد انضمت إلى الاتحاد في الثاني من يناير/كانون الثاني الماضي، بعد يوم واحد من انطلاقه رسميا بموجب المعاهدة التأسيسية التي وقعها رؤساء روسيا وبيلاروس وكازاخستان في أستانا في 29 مايو/أيار 2014.

وخصصت روسيا وقرغيزستان صندوقا للتنمية برأس مال مليار دولار لمساعدة بيشكيك على تحديث بنيتها التحتية الجمركية والتكيف مع معايير الاتحاد. ويخشى تجار سوق "دوردوي"، أحد أكبر أسواق إعادة التصدير في آسيا الوسطى، من أن تؤدي الرسوم الجمركية الموحدة إلى ارتفاع أسعار السلع المستوردة من الصين.

في المقابل، قال وزير الخارجية الطاجيكي سراج الدين أصلوف إن دوشنبه "لا تعتزم في الوقت الراهن" الانضمام إلى الاتحاد، وإنها لا تزال تدرس "الإيجابيات والسلبيات" بعناية.

وتستضيف قرغيزستان قاعدة "كانت" الجوية الروسية منذ عام 2003، فيما أغلقت الولايات المتحدة في يونيو/حزيران من العام الماضي مركز العبور التابع لها في مطار "ماناس" قرب بيشكيك، الذي استخدمته قواتها منذ عام 2001 لدعم عملياتها في أفغانستان، بعد أن رفض البرلمان القرغيزي تمديد اتفاق استئجاره.

ويرى خبراء أن انضمام بيشكيك يعزز الحضور الاقتصادي الروسي في آسيا الوسطى، في وقت يتزايد فيه نفوذ الصين عبر مبادرة "الحزام والطريق".""",
        [
            G("alliance.joined", "occurred", ["Kyrgyzstan"], [_EAEU]),
            # Armenia on 2 January; the founding treaty of Astana, May 2014; the accession treaty
            # of December
            G("alliance.joined", "historical", ["Armenia"], [_EAEU], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Russia", "Belarus", "Kazakhstan"],
                [],
                core=False,
            ),
            # Tajikistan "لا تعتزم في الوقت الراهن" to join
            G("alliance.joined", "negated", ["Tajikistan"], [_EAEU], core=False),
            # the Russian base at Kant since 2003; the US at Manas 2001-2014
            G(
                "military.presence",
                "historical",
                ["Russia"],
                ["Kyrgyzstan"],
                core=False,
            ),
            G(
                "military.presence",
                "historical",
                ["United States"],
                ["Kyrgyzstan"],
                core=False,
            ),
            # the parliament refused to prolong the Manas lease: no sanctions, no event
        ],
        not_targets=["China", "Afghanistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg06-asharq-alawsat-lebanon-cyprus-sign-maritime-border-agreement-2025",
        date(2025, 11, 27),
        """لبنان وقبرص توقعان اتفاقية ترسيم المنطقة الاقتصادية الخالصة بعد 18 عاما من الانتظار

بيروت: «الشرق الأوسط»
الخميس - 6 جمادى الآخرة 1447 هـ - 27 نوفمبر 2025 م

وقّع لبنان وقبرص، أمس (الأربعاء)، في القصر الجمهوري في بعبدا، اتفاقية لتحديد المنطقة الاقتصادية الخالصة بين البلدين، بحضور الرئيس اللبناني جوزيف عون والرئيس القبرصي نيكوس خريستودوليدس، منهيين ملفا بقي عالقا منذ عام 2007.

ووقع الاتفاقية عن الجانب اللبناني وزير الأشغال العامة والنقل، وعن الجانب القبرصي وزير الطاقة والتجارة والصناعة، وهي تحدد الخط الفاصل بين المنطقتين في البحر المتوسط وفق مبدأ خط الوسط، مع آلية للتعاون في حال اكتشاف مكامن نفط أو غاز مشتركة عابرة للخط.

وقال الرئيس عون في كلمة إن الاتفاقية "تحفظ حقوق لبنان كاملة وتفتح الباب أمام الاستثمار في ثروته البحرية"، فيما وصفها خريستودوليدس بأنها "رسالة استقرار في منطقة مضطربة"، مؤكدا دعم بلاده للبنان داخل الاتحاد الأوروبي.

وكان البلدان قد وقعا اتفاقا أول في كانون الثاني (يناير) 2007، لكن مجلس النواب اللبناني لم يصادق عليه، بعدما تبين أن نقطة النهاية الجنوبية التي اعتمدها أضاعت على لبنان مساحة واسعة، استغلتها إسرائيل لاحقا في اتفاقها مع قبرص عام 2010.

وأعاد الاتفاق غير المباشر لترسيم الحدود البحرية بين لبنان وإسرائيل، الذي وقع في تشرين الأول (أكتوبر) 2022 بوساطة أميركية، فتح الملف مع نيقوسيا، إذ صار من الممكن تحديد النقطة الثلاثية بصورة نهائية.

في المقابل، لا تزال المحادثات مع سوريا حول الحدود البحرية الشمالية متعثرة، رغم تشكيل لجنة مشتركة في أيلول (سبتمبر) الماضي، بسبب الخلاف على نقطة الانطلاق عند مصب النهر الكبير الجنوبي، وتداخل البلوكات التي طرحها الطرفان للتنقيب.

وقالت مصادر وزارية لـ«الشرق الأوسط» إن الاتفاقية ستحال على مجلس النواب لإقرارها، وإن الحكومة تأمل في إطلاق دورة تراخيص جديدة للتنقيب في البلوكات الجنوبية مطلع العام المقبل.

وانتقدت الخارجية التركية الاتفاقية، معتبرة أنها "تتجاهل حقوق القبارصة الأتراك"، وهو موقف تكرره أنقرة مع كل اتفاق بحري تبرمه نيقوسيا مع جيرانها.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Lebanon", "Cyprus", "Joseph Aoun", "Nikos Christodoulides"],
                [],
            ),
            # the agreement of January 2007 (never ratified); Israel-Cyprus 2010; Lebanon-Israel 2022
            G("agreement.signed", "historical", ["Lebanon", "Cyprus"], [], core=False),
            G("agreement.signed", "historical", ["Israel", "Cyprus"], [], core=False),
            G("agreement.signed", "historical", ["Lebanon", "Israel"], [], core=False),
            # the talks with Syria "لا تزال … متعثرة"
            G("agreement.signed", "stalled", ["Lebanon", "Syria"], [], core=False),
        ],
        not_targets=["Turkey", "Israel", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg07-sana-syria-reopens-embassy-tunis-resumes-ties-2023",
        date(2023, 4, 13),
        """سورية تقرر إعادة فتح سفارتها في تونس وتعيين سفير لها

دمشق-سانا

قررت الجمهورية العربية السورية إعادة فتح سفارتها في الجمهورية التونسية وتعيين سفير على رأسها، وذلك استجابة لمبادرة السيد الرئيس التونسي قيس سعيد بتعيين سفير للجمهورية التونسية في دمشق.

وذكرت وزارة الخارجية والمغتربين في بيان اليوم أن هذا القرار "يأتي في إطار الحرص على استئناف العلاقات الدبلوماسية بين البلدين الشقيقين إلى مستواها الطبيعي، وبما يلبي تطلعات الشعبين"، معربة عن تقديرها لموقف تونس "الذي يعكس عمق الروابط التاريخية بين الشعبين".

وكان السيد الرئيس قيس سعيد قد كلف وزير الخارجية التونسي نبيل عمار ببدء إجراءات تعيين سفير في دمشق، بعد أن أعلن في شباط الماضي أن "مسألة النظام السوري شأن داخلي يخص السوريين وحدهم"، وأن تونس ستعمل على رفع مستوى تمثيلها الدبلوماسي.

وكانت الحكومة التونسية قد قطعت العلاقات مع سورية في شباط 2012، وطردت السفير السوري، قبل أن تعيد فتح مكتب لرعاية مصالح التونسيين المقيمين في سورية عام 2015.

وفي سياق متصل، يزور السيد وزير الخارجية والمغتربين الدكتور فيصل المقداد مدينة جدة اليوم تلبية لدعوة من نظيره السعودي الأمير فيصل بن فرحان، حيث يبحث الجانبان الخطوات اللازمة لاستئناف الخدمات القنصلية والرحلات الجوية بين البلدين.

ويتزامن ذلك مع اجتماع تشاوري يعقده وزراء خارجية دول مجلس التعاون الخليجي والأردن ومصر والعراق غدا الجمعة في جدة، يتناول عودة سورية إلى جامعة الدول العربية، التي علقت عضويتها فيها في تشرين الثاني 2011، قبيل القمة العربية المقررة في الرياض الشهر المقبل.

من جهتها، جددت وزارة الخارجية الأمريكية موقفها الرافض لأي تطبيع مع دمشق، وقال متحدث باسمها إن واشنطن "لن تطبع العلاقات مع نظام الأسد" ولا تشجع الآخرين على ذلك، وإن العقوبات المفروضة بموجب "قانون قيصر" تبقى سارية.

وكانت سورية والسعودية وتونس في مقدمة الدول التي أرسلت مساعدات إنسانية وفرق إنقاذ إثر الزلزال المدمر الذي ضرب شمال سورية في السادس من شباط الماضي، وهو ما اعتبره مراقبون مدخلا لتسريع الانفتاح العربي على دمشق.""",
        [
            G("relations.restored", "occurred", ["Syria", "Tunisia"], []),
            # consular services and flights with Saudi Arabia, discussed at Jeddah today
            G(
                "relations.restored",
                "planned",
                ["Syria", "Saudi Arabia"],
                [],
                core=False,
            ),
            # the Arab League seat, suspended in November 2011, on Friday's agenda
            G(
                "sanctions.imposed",
                "historical",
                ["Arab League"],
                ["Syria"],
                core=False,
            ),
            G("sanctions.lifted", "planned", ["Arab League"], ["Syria"], core=False),
            # "لن تطبع العلاقات مع نظام الأسد"
            G(
                "relations.restored",
                "negated",
                ["United States", "Syria"],
                [],
                core=False,
            ),
            # the Caesar Act sanctions "تبقى سارية"
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Syria"],
                core=False,
            ),
        ],
        not_targets=["Saudi Arabia", "Jordan", "Egypt", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg08-alaraby-aljadeed-azov-battalion-integrated-national-guard-ukraine-2014",
        date(2014, 11, 12),
        """"آزوف" فوجاً في الحرس الوطني: كييف تضع كتائب المتطوعين تحت سلطة الدولة

كييف ــ العربي الجديد
12 نوفمبر/ تشرين الثاني 2014

أعلن وزير الداخلية الأوكراني، أرسين أفاكوف، أمس الثلاثاء، دمج كتيبة "آزوف" للمتطوعين في الحرس الوطني الأوكراني بصفتها فوجاً للعمليات الخاصة، لتصبح خاضعة رسمياً لقيادة الحرس ووزارة الداخلية، بعد أشهر من القتال إلى جانب القوات الحكومية في محيط مدينة ماريوبول الساحلية.

وقال أفاكوف، في منشور على صفحته، إن عناصر الفوج "سيتقاضون رواتبهم من الدولة وسيخضعون للانضباط العسكري نفسه"، مضيفاً أن "زمن الكتائب الخارجة عن أي سلطة انتهى". ويقدّر عدد عناصر "آزوف" بنحو 800 مقاتل، وتتهمه موسكو ومنظمات حقوقية بتبني أفكار يمينية متطرفة، وهو ما ينفيه قادته.

وأوضحت مصادر في وزارة الدفاع لـ"العربي الجديد" أن كتيبة "أيدار"، التي تنشط في منطقة لوغانسك، ستُلحق بدورها بالقوات المسلحة خلال الأسابيع المقبلة، بعد أن وجهت إليها منظمة العفو الدولية اتهامات بارتكاب انتهاكات بحق مدنيين.

في المقابل، أكد زعيم "القطاع الأيمن"، دميترو ياروش، الذي انتُخب نائباً في البرلمان الشهر الماضي، أن "فيلق المتطوعين" التابع لحركته "لن يندمج في أي هيكل رسمي"، وسيواصل القتال "بإمرة قادته".

ويأتي القرار بعد أكثر من شهرين على توقيع بروتوكول مينسك في الخامس من سبتمبر/ أيلول، بين ممثلين عن أوكرانيا وروسيا ومنظمة الأمن والتعاون في أوروبا وقادة الانفصاليين، والذي نص على وقف إطلاق النار وسحب الأسلحة الثقيلة، غير أن المعارك تجددت في محيط مطار دونيتسك خلال الأسابيع الأخيرة.

ونفت وزارة الدفاع الروسية مجدداً، اليوم، وجود أي قوات روسية على الأراضي الأوكرانية، ووصف المتحدث باسمها إيغور كوناشينكوف الاتهامات الغربية بأنها "لا أساس لها"، مؤكداً أن القوات الروسية تجري "تدريبات روتينية" داخل حدود البلاد.

وعلى الصعيد السياسي، يتوقع أن توقع خمسة أحزاب فازت في الانتخابات التشريعية التي جرت في 26 أكتوبر/ تشرين الأول الأسبوع المقبل اتفاق الائتلاف الحكومي، الذي ينص مشروعه على إلغاء وضع أوكرانيا "دولة غير منحازة" والسعي إلى الانضمام إلى حلف شمال الأطلسي.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Ukraine", "Arsen Avakov", _NGU],
                ["Azov Battalion", "Azov Regiment"],
            ),
            # Aidar "ستُلحق … خلال الأسابيع المقبلة"
            G(
                "forces.integrated",
                "planned",
                ["Ukraine"],
                ["Aidar Battalion"],
                core=False,
            ),
            # Right Sector's corps "لن يندمج في أي هيكل رسمي"
            G(
                "forces.integrated",
                "negated",
                ["Ukraine"],
                ["Right Sector"],
                core=False,
            ),
            # the Minsk protocol of 5 September
            G(
                "agreement.signed",
                "historical",
                [
                    "Ukraine",
                    "Russia",
                    "Organization for Security and Co-operation in Europe",
                ],
                [],
                core=False,
            ),
            # Moscow denies any troops in Ukraine
            G("military.presence", "negated", ["Russia"], ["Ukraine"], core=False),
            # the coalition agreement of Ukrainian parties, and its NATO aim: no events
        ],
        not_targets=["Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg09-press-review-french-troops-arrive-romania-nato-2022",
        date(2022, 3, 2),
        """جولة الصحف: جنود فرنسيون على البحر الأسود.. وبوخارست "لم تعد وحدها"

نستهل جولتنا في الصحف الصادرة صباح اليوم الأربعاء من صحيفة لوموند الفرنسية، التي أفردت صفحتها الأولى لوصول الدفعة الأولى من الجنود الفرنسيين إلى رومانيا، تحت عنوان "فرنسا على الجناح الشرقي".

وتقول الصحيفة إن طلائع القوة الفرنسية، وقوامها نحو مئتي جندي من وحدات الاستجابة السريعة، حطت أمس في قاعدة ميخائيل كوغالنيتشانو الجوية قرب مدينة كونستانتسا، على أن يرتفع عددها إلى خمسمئة جندي مع وصول المدرعات والعتاد عبر البر خلال الأيام المقبلة. وتنقل عن مصدر في هيئة الأركان أن فرنسا ستقود "مجموعة قتالية" لحلف شمال الأطلسي في رومانيا، وأن جنودا بلجيكيين سينضمون إليها في وقت لاحق من الشهر.

وتذكّر لوموند بأن الرئيس إيمانويل ماكرون كان قد عرض في كانون الثاني/ يناير الماضي إرسال قوات إلى رومانيا، قبل أسابيع من بدء الهجوم الروسي على أوكرانيا، لكنها تنقل عنه أيضا تأكيده في خطابه إلى الفرنسيين أن بلاده "لن ترسل جنودا إلى أوكرانيا" و"ليست في حرب مع روسيا".

أما صحيفة أديفارول الرومانية فكتبت في افتتاحيتها أن "رومانيا لم تعد وحدها على خط التماس"، مشيرة إلى أن البلاد، التي انضمت إلى الحلف عام 2004، تتقاسم مع أوكرانيا حدودا برية تزيد على ستمئة كيلومتر. وتلفت الصحيفة إلى أن الولايات المتحدة تنشر منذ سنوات قوات بالتناوب في القاعدة نفسها، وأن البنتاغون أرسل الشهر الماضي ألف جندي إضافي من ألمانيا.

وفي صحيفة التايمز البريطانية، يرى محرر الشؤون الدفاعية أن الانتشار الفرنسي "رمزي في حجمه، لكنه كبير في دلالته"، إذ يعني أن أي هجوم على رومانيا سيصيب جنودا فرنسيين أيضا. ويضيف أن الحلف لم يقرر حتى الآن إقامة قواعد دائمة على أراضي أعضائه الشرقيين، التزاما بالقانون التأسيسي الموقع مع روسيا عام 1997.

ونختم جولتنا مع صحيفة الغارديان، التي تنشر تقريرا من مدينة سيريت على الحدود الرومانية الأوكرانية، حيث يعبر آلاف اللاجئين يوميا، معظمهم من النساء والأطفال. وتقول الصحيفة إن متطوعين رومانيين نصبوا خياما لتوزيع الطعام والشراب، وإن السلطات مددت ساعات عمل المعبر ليبقى مفتوحا على مدار الساعة، فيما رفعت بعض شركات الاتصالات رسوم التجوال عن المكالمات إلى أوكرانيا.""",
        [
            G("military.presence", "occurred", ["France"], ["Romania"]),
            # the Belgian troops to join later in the month (the battle group France will lead)
            G("military.presence", "planned", ["Belgium"], ["Romania"], core=False),
            G(
                "military.presence",
                "planned",
                ["France", "NATO"],
                ["Romania"],
                core=False,
            ),
            # "لن ترسل جنودا إلى أوكرانيا"
            G("military.presence", "negated", ["France"], ["Ukraine"], core=False),
            # "لم يقرر حتى الآن إقامة قواعد دائمة" on its eastern members
            G("military.presence", "negated", ["NATO"], ["Romania"], core=False),
            # the US rotations "منذ سنوات"; the thousand sent from Germany last month
            G(
                "military.presence",
                "historical",
                ["United States"],
                ["Romania"],
                core=False,
            ),
            # Romania in NATO since 2004; the Founding Act of 1997
            G("alliance.joined", "historical", ["Romania"], ["NATO"], core=False),
            G("agreement.signed", "historical", ["NATO", "Russia"], [], core=False),
        ],
        not_targets=["Russia", "Germany", "Ukraine"],
        known_miss='found only as planned, from "لوصول الدفعة الأولى" in the press review\'s lead: "طلائع القوة الفرنسية … حطت أمس" gives nothing',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg10-algerian-sports-daily-constantine-fifa-ban-lifted-signings-2023",
        date(2023, 7, 18),
        """الفيفا ترفع الحظر عن شباب قسنطينة.. والسنافر يوقعون مع الليبي الطاهر وينضم إليهم حارس دولي

قسنطينة - "الهداف"
الثلاثاء 18 جويلية 2023

تنفست إدارة شباب قسنطينة الصعداء، أمس، بعد أن رفعت الفيفا الحظر المفروض على النادي من تسجيل لاعبين جدد، إثر تسوية مستحقات المدرب الفرنسي السابق للفريق ولاعبين أجنبيين لجؤوا إلى غرفة النزاعات، بمبلغ إجمالي يفوق 300 ألف أورو.

وكان الاتحاد الدولي قد فرض هذه العقوبة في شهر ماي الماضي، وهدد بخصم ست نقاط من رصيد الفريق في حال عدم التسوية قبل نهاية الشهر الجاري، ما جعل الإدارة تسابق الزمن بمساعدة الشركة الوطنية التي تملك أغلب أسهم النادي.

وبعد ساعات من رفع الحظر، وقع المهاجم الدولي الليبي محمد الطاهر عقدا لمدة موسمين، قادما من الاتحاد الليبي، فيما انضم الحارس الدولي السابق للمنتخب الوطني إلى التعداد بعد فسخ عقده بالتراضي مع ناديه السابق في العاصمة. كما مددت الإدارة عقد قائد الفريق لموسم إضافي، بعد مفاوضات دامت أسبوعين.

وقال رئيس مجلس الإدارة في تصريح لـ"الهداف": "كنا نعمل في صمت، والآن يمكننا تسجيل كل اللاعبين الجدد قبل غلق الميركاتو"، مضيفا أن النادي "لن يكرر أخطاء الماضي" وأن كل العقود الجديدة "تخضع لدراسة قانونية دقيقة".

معسكر في طبرقة

ويشد الفريق الرحال غدا إلى مدينة طبرقة التونسية لإجراء تربص تحضيري يدوم أسبوعين، يلعب خلاله ثلاث مباريات ودية أمام أندية تونسية وليبية، قبل العودة لمواصلة التحضيرات في قسنطينة.

وفي سياق آخر، فرضت لجنة الانضباط التابعة للرابطة المحترفة غرامة مالية على النادي قدرها 200 ألف دينار بسبب استعمال الشماريخ في آخر مباراة من الموسم الماضي، كما أوقفت مدافع الفريق ثلاث مباريات نافذة بسبب سلوك غير رياضي تجاه الحكم.

واستأنف الفريق تدريباته أول أمس بملعب الشهيد حملاوي بحضور 24 لاعبا، في غياب المصابين الثلاثة. ونشرت الإدارة عبر صفحتها الرسمية برنامج التحضيرات كاملا، وينتظر أن تكشف عن القميص الجديد للموسم خلال حفل يقام في الأسبوع الأول من أوت المقبل.""",
        [],
        not_targets=["Libya", "Tunisia", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg11-egyptian-business-page-fab-misr-merger-rates-raised-2022",
        date(2022, 3, 22),
        """بعد رفع الفائدة 1%.. "أبوظبي الأول مصر" يتم دمج فرعه في البنك التابع ويوقع قرضا مع "التمويل الدولية"

القاهرة - "البورصة"
الثلاثاء 22 مارس 2022

حصل بنك أبوظبي الأول مصر على موافقة البنك المركزي المصري النهائية على دمج فروع البنك الأم الإماراتي العاملة في السوق المصرية في كيانه، لتكتمل بذلك عملية الاستحواذ على بنك عودة مصر، التابع لمجموعة عودة اللبنانية، التي أعلنت قبل عامين، ويصبح البنك من أكبر عشرة بنوك خاصة في السوق من حيث الأصول.

وقال الرئيس التنفيذي للبنك في بيان إن الدمج "يضاعف قاعدة العملاء ويوسع شبكة الفروع إلى 70 فرعا"، مشيرا إلى أن البنك وقع اتفاقية قرض بقيمة 150 مليون دولار مع مؤسسة التمويل الدولية لتمويل الشركات الصغيرة والمتوسطة، وأنه يستعد للانضمام إلى مبادرة البنك المركزي لتمويل الطاقة المتجددة.

ويأتي ذلك بعد يوم من قرار لجنة السياسة النقدية في البنك المركزي رفع أسعار الفائدة الأساسية بواقع 100 نقطة أساس في اجتماع استثنائي، ليصل سعر عائد الإيداع لليلة واحدة إلى 9.25%، وسط ضغوط على الجنيه بسبب خروج استثمارات أجنبية من أدوات الدين عقب اندلاع الحرب في أوكرانيا. وسمح المركزي للجنيه بالتراجع بنحو 14% أمام الدولار.

وأطلق البنكان الحكوميان الأهلي ومصر شهادة ادخار جديدة بعائد سنوي 18% لمدة عام، فيما مدد البنك المركزي العمل بمبادرة التمويل العقاري لمتوسطي الدخل لمدة عام إضافي.

وفرض البنك المركزي الشهر الماضي العمل بنظام الاعتمادات المستندية بدلا من مستندات التحصيل في تنفيذ عمليات الاستيراد، وهو ما اعتبرته جمعيات رجال الأعمال عبئا على المستوردين، قبل أن يستثني منه فروع الشركات الأجنبية والأدوية والأغذية.

وتوقع محللون استطلعت "البورصة" آراءهم أن تتجه البنوك إلى رفع الفائدة على حسابات التوفير خلال الأسبوع الجاري، وأن يواصل المركزي التشديد النقدي خلال العام، خاصة مع ارتفاع معدل التضخم السنوي في المدن إلى 10% في فبراير، وهو الأعلى منذ نحو ثلاث سنوات.

وارتفع المؤشر الرئيسي للبورصة المصرية بنسبة 2.7% في ختام تعاملات أمس، بدعم من أسهم البنوك، فيما استأنف صندوق الثروة السيادي طرح حصص في شركات حكومية عبر البورصة، بحسب تصريحات لوزيرة التخطيط.""",
        [],
        not_targets=["United Arab Emirates", "Lebanon", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-gg12-alghad-amman-snowstorm-emergency-lifted-schools-resume-2022",
        date(2022, 1, 28),
        """"الأمانة" ترفع حالة الطوارئ إلى القصوى وتنشر 900 آلية.. والحكومة تمدد تعليق الدوام

عمان - "الغد"
الجمعة 28 كانون الثاني 2022

رفعت أمانة عمان الكبرى، أمس، حالة الطوارئ إلى الدرجة القصوى، مع بدء تساقط الثلوج على المرتفعات الجبلية، ونشرت أكثر من 900 آلية وكاسحة ثلوج و4 آلاف من كوادرها في مختلف مناطق العاصمة لفتح الطرق الرئيسية ومعالجة الانهيارات.

وقال مدير غرفة العمليات في الأمانة إن الغرفة دمجت فرق الطوارئ في المناطق الاثنتين والعشرين في غرفة عمليات مركزية واحدة، ترتبط مباشرة بالمركز الوطني للأمن وإدارة الأزمات، مضيفا أن 50 آلية جديدة انضمت إلى الأسطول هذا الشتاء.

وقررت الحكومة تمديد تعليق الدوام الرسمي في الوزارات والمؤسسات العامة حتى يوم الأحد، باستثناء الجهات التي تقتضي طبيعة عملها الاستمرار، فيما أعلنت وزارة التربية والتعليم استئناف الدوام المدرسي يوم الاثنين المقبل إذا سمحت الأحوال الجوية.

كما نشرت القوات المسلحة الأردنية - الجيش العربي آلياتها الثقيلة على الطرق الصحراوية وطريق عمان - العقبة، لمساندة الأجهزة المدنية في فتح الطرق وإخلاء العالقين، فيما فرضت مديرية الأمن العام حظرا على حركة الشاحنات على الطرق المرتفعة حتى إشعار آخر.

ويتأثر الأردن منذ مساء الأربعاء بمنخفض جوي قطبي المنشأ قادم من تركيا، تصحبه كتلة هوائية شديدة البرودة، أدت إلى تساقط الثلوج في لبنان وسوريا وفلسطين، وتوقعت دائرة الأرصاد الجوية أن تنخفض درجات الحرارة إلى ما دون الصفر في ساعات الليل.

وفي إربد والطفيلة والكرك، استأنفت فرق البلديات فتح الطرق الفرعية صباح اليوم، بعد انقطاعها طوال الليل، في حين أعلنت شركة الكهرباء عودة التيار إلى معظم المناطق التي شهدت انقطاعات بسبب سقوط الأشجار على الخطوط.

ودعا مدير الدفاع المدني المواطنين إلى عدم الخروج من منازلهم إلا للضرورة، وتجنب استخدام المدافئ في الغرف المغلقة، بعد تسجيل ثلاث حالات اختناق في محافظة الزرقاء خلال الساعات الماضية.""",
        [],
        not_targets=["Turkey", "Lebanon", "Syria"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout34_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout34_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a signing by "الرئيس <name>" and "ونظيره الروسي <name>" with a day or a place before a memorandum
    pytest.param(
        "وقع الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين أمس في أنقرة مذكرة تفاهم "
        "للتعاون في مجال الطاقة.",
        date(2019, 10, 24),
        [("agreement.signed", "occurred", "Recep Tayyip Erdoğan")],
        [],
        id="memorandum-president-with-adjective",
    ),
    pytest.param(
        "وقع الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين أمس في أنقرة اتفاقا للتعاون في "
        "مجال الطاقة.",
        date(2019, 10, 24),
        [("agreement.signed", "occurred", "Recep Tayyip Erdoğan")],
        [],
        id="accord-president-and-counterpart",
    ),
    pytest.param(
        "وقع الرئيس رجب طيب أردوغان والرئيس فلاديمير بوتين أمس في أنقرة مذكرة تفاهم للتعاون في "
        "مجال الطاقة.",
        date(2019, 10, 24),
        [("agreement.signed", "occurred", "Recep Tayyip Erdoğan")],
        [],
        id="memorandum-two-presidents",
    ),
    pytest.param(
        "وقع الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين أمس في أنقرة مذكرة تفاهم للتعاون "
        "في مجال الطاقة.",
        date(2019, 10, 24),
        [("agreement.signed", "occurred", "Recep Tayyip Erdoğan")],
        [],
        id="memorandum-president-and-counterpart",
    ),
    # a threat of "measures", or with the modal "قد", is a threat as one of "sanctions" is
    pytest.param(
        "لوح وزير الخارجية الفرنسي جان إيف لودريان أمس بفرض عقوبات على المسؤولين اللبنانيين.",
        date(2021, 3, 26),
        [("sanctions.threatened", "occurred", "France")],
        [],
        id="threat-of-sanctions",
    ),
    pytest.param(
        "لوح وزير الخارجية الفرنسي جان إيف لودريان أمس باتخاذ إجراءات بحق المسؤولين اللبنانيين.",
        date(2021, 3, 26),
        [("sanctions.threatened", "occurred", "France")],
        [],
        id="threat-of-measures",
        marks=_xfail("nothing"),
    ),
    pytest.param(
        "وقال الوزير إن فرنسا قد تلجأ إلى تجميد أصول السياسيين المعرقلين.",
        date(2021, 3, 26),
        [("sanctions.threatened", "occurred", "France")],
        [],
        id="may-resort-to-a-freeze",
    ),
    pytest.param(
        "وقال الوزير إن فرنسا قد تفرض عقوبات على السياسيين المعرقلين.",
        date(2021, 3, 26),
        [("sanctions.threatened", "occurred", "France")],
        [],
        id="may-impose-sanctions",
        marks=_xfail("nothing"),
    ),
    # measures only hinted at are threatened, not imposed
    pytest.param(
        "وقال الوزير إن باريس ستتخذ إجراءات، ملمحا إلى قيود على السفر وتجميد أصول.",
        date(2021, 3, 26),
        [("sanctions.threatened", "occurred", "France")],
        [],
        id="hinted-freeze",
    ),
    # fighters merged into a national guard are integrated, as into the army
    pytest.param(
        "دمجت أوكرانيا أمس كتائب المتطوعين في الجيش.",
        date(2014, 11, 12),
        [("forces.integrated", "occurred", "Ukraine")],
        [],
        id="volunteers-merged-into-army",
    ),
    pytest.param(
        "أعلن وزير الداخلية الأوكراني أمس دمج كتائب المتطوعين في الجيش.",
        date(2014, 11, 12),
        [("forces.integrated", "occurred", "Ukraine")],
        [],
        id="merger-into-army-announced",
    ),
    pytest.param(
        "دمجت أوكرانيا أمس كتائب المتطوعين في الحرس الوطني.",
        date(2014, 11, 12),
        [("forces.integrated", "occurred", "Ukraine")],
        [],
        id="volunteers-merged-into-national-guard",
    ),
    pytest.param(
        "أعلن وزير الداخلية الأوكراني أمس دمج كتيبة آزوف في الحرس الوطني.",
        date(2014, 11, 12),
        [("forces.integrated", "occurred", "Ukraine")],
        [],
        id="merger-into-national-guard-announced",
    ),
    # a force's vanguard that arrives or lands is a presence, as its first soldiers are
    pytest.param(
        "وصلت الدفعة الأولى من الجنود البلجيكيين أمس إلى رومانيا.",
        date(2022, 3, 2),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="first-soldiers-arrive",
    ),
    pytest.param(
        "انتشرت القوات الفرنسية أمس في رومانيا.",
        date(2022, 3, 2),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="forces-deployed",
    ),
    pytest.param(
        "انتشرت القوات البلجيكية أمس في رومانيا.",
        date(2022, 3, 2),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="forces-by-belgian-adjective",
    ),
    pytest.param(
        "وصلت طلائع القوة الفرنسية أمس إلى رومانيا.",
        date(2022, 3, 2),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="vanguard-arrives",
    ),
    pytest.param(
        "حطت طلائع القوة الفرنسية أمس في قاعدة جوية في رومانيا.",
        date(2022, 3, 2),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="vanguard-lands",
    ),
    # an arrival a paper gives its front page to has happened
    pytest.param(
        "أفردت صحيفة لوموند صفحتها الأولى لوصول الجنود الفرنسيين إلى رومانيا.",
        date(2022, 3, 2),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="front-page-for-an-arrival",
        marks=_xfail("planned"),
    ),
    # a state's army sending its vehicles onto its own roads is no presence
    pytest.param(
        "نشر الجيش الأردني آلياته على الطرق لفتحها بعد تساقط الثلوج.",
        date(2022, 1, 28),
        [],
        [],
        id="army-vehicles-on-home-roads",
    ),
    pytest.param(
        "نشر الأردن أمس ألف جندي في السعودية.",
        date(2022, 1, 28),
        [("military.presence", "occurred", "target:Saudi Arabia")],
        [],
        id="troops-deployed-abroad",
    ),
    pytest.param(
        "نشرت القوات المسلحة الأردنية آلياتها الثقيلة على الطرق الصحراوية لفتحها أمام السيارات.",
        date(2022, 1, 28),
        [],
        [],
        id="armed-forces-vehicles-on-home-roads",
    ),
    # a circumstance set off by commas after the subject does not end the search for the object
    pytest.param(
        "انضمت فنلندا، بعد عقود من الحياد العسكري، إلى حلف شمال الأطلسي.",
        date(2023, 4, 5),
        [("alliance.joined", "occurred", "target:NATO")],
        [],
        id="joins-past-an-aside",
    ),
    pytest.param(
        "صنفت الولايات المتحدة، في خطوة جديدة، فرع داعش في موزمبيق منظمة إرهابية أجنبية.",
        date(2021, 3, 10),
        [("sanctions.imposed", "occurred", "United States")],
        ["United States"],
        id="designates-past-an-aside",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout34_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout34_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
