"""A thirty-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-four held-out sets: Arabic copy of 2002-2025 in forms they use little (an SPA
wire with the Hijri date before the Gregorian, "واس" and "رئاسة أمن الدولة", a CNBC Arabia
business-show transcript with anchor, correspondent and analyst, an IRNA Arabic wire in IRNA's
spelling without hamzas, "الحظر" for sanctions and "كانون الثاني / يناير", a Mauritanian daily
from Nouakchott, a Rai Al-Youm opinion column with an Egyptian host's "إحنا مش ولاية أمريكية", a
Saba wire from Sanaa with the Hijri date, Al-Sabah of Baghdad in 2006 with a Baghdadi trader's
"صدك", Al-Ahram of 2002 with "أنجولا", Al-Rai of Kuwait with an MP's "ما تنسى … معاها", a MAP
wire in Moroccan usage, "بلاغ", "دجنبر", "زبناء", "مسطرة", a Sudanese sports daily with a
board member's "الكورة ما بتقيف", an NNA local bulletin from Tripoli in headed items) and on
programmes and regions they do not touch (the Terrorist Financing Targeting Center's listing of
Islamic State financiers in Somalia, the lifting of the Commerce Department's denial order on
ZTE, the suspension of EU and US sanctions on Iran under the Joint Plan of Action, the EU's
Guinea sanctions after the Conakry stadium massacre, the US warning to Egypt over the Su-35,
Yemen's entry into the WTO, Iraq and Syria restoring ties in 2006, UNITA's fighters integrated
into the Angolan army in 2002, the Peninsula Shield in Bahrain in 2011): SPA on the TFTC's six
individuals and two entities (the Treasury's listing of Mumin in 2016, the centre's memorandum of
2017 and its designations since, more names "متى ما توفرت الأدلة", Somalia's "لا يستهدف الصومال");
CNBC Arabia on Commerce lifting the ZTE ban (the denial order of April, "ستواجه الحظر مجددا إذا
أخلت", the Senate amendment likely to fall, tariffs "فرضت", "لم تفرض واشنطن أي حظر على هواوي");
IRNA on the EU and the US suspending part of the sanctions on Iran for six months (the 4.2 billion
dollars of frozen funds in eight instalments, oil and banking sanctions that "لن يرفع", the oil
embargo of 2012, the Senate bill "ما زال متعثرا", the plan "وقعت" in Geneva in November);
Al-Akhbar on the Council prolonging the Guinea sanctions twelve months (no name added or removed,
the embargo of 2009 and ECOWAS's, the AU suspension since 2008 to be lifted on an elected
president's inauguration, the Ouagadougou declaration, Mauritania's suspension of 2008 lifted in
2009); Rai Al-Youm on Pompeo and Esper's letter warning Egypt of CAATSA sanctions (the CAATSA
sanctions on China's EDD and Li Shangfu, none on Turkey, the columnist's "لن تفرض عقوبات على
مصر", Obama's hold on the F-16s in 2013, the Sochi partnership, the draft on Russian use of
Egyptian bases "لم توقع حتى اليوم"); Saba on Yemen the WTO's 160th member (the protocol signed at
Bali, the Seychelles and Kazakhstan hoped to follow, Saudi Arabia in 2005, Iraq, Lebanon and Sudan
"متعثرة", Yemen in the GCC "ليس مطروحا"); Al-Sabah on Zebari and Muallem restoring ties and signing
a joint statement (the security agreement to be signed next month, no US ambassador in Damascus
since 2005, the multinational forces since 2003); Al-Ahram on the 5,000 UNITA fighters integrated
into the army and police (the rest "لن يدمجوا", the Luena memorandum and the Lusaka protocol, the
generals integrated in 1997, the Council's travel ban suspended in May and a final lifting
expected, the Cuban and South African troops); and Al-Rai on a thousand Saudi troops and 500
Emirati police in Bahrain (Kuwait's navy to come and no ground troops, Oman denying any part, the
Fifth Fleet since 1995, the force in Kuwait in 1991 and 2003, the joint defence agreement of
2000). Nine carry events of all ten alertable types, in occurred status, next to planned,
historical, negated and stalled ones; three are near misses: MAP on Royal Air Maroc joining the
Oneworld alliance ("انضمت", flights "علقت", codeshares "وقعت", tickets "مددت", "ستدمج", the health
emergency "فرضت", the army "نشرت" in Moroccan cities), Al-Sada on Al-Hilal and Al-Merreikh
admitted to the Rwandan league (a memorandum of the two federations "وقع", a striker "وقع", a
keeper "انضم", a coach's contract "مدد", CAF's appeal board "رفعت العقوبة", training "استأنف", the
Sudanese league "علق" and "دمج"), and NNA on Tripoli's municipality (market hours "تمديد", stall
fees "فرض", committees "دمج", an MoU with UNDP funded by the EU "وقعت", the Lebanese army's patrols
"نشر" in "شارع سوريا", water "استئناف", classes "علقت", volunteers "انضم").

The decisions of the annotation, taken before any run: a joint designation by a counter-terrorism
finance centre's member states is an imposition by them all on the named financiers and the
organisation, not on the state they operate in, more names "when evidence allows" a planned one
(not core), a state's own listing of the leader in 2016 and the centre's earlier listings
historical, and the memorandum that set it up a historical signing; a ministry lifting its denial
order on a foreign firm lifts sanctions on the firm, not its state, its warning that the ban
returns on any breach a threat (not core), the order of April historical, a Senate amendment to
reimpose it a planned imposition (not core) and "لم تفرض … أي حظر على هواوي" a negated one;
suspensions of part of the sanctions on a state by a union and by a great power are two
suspensions, frozen funds to be paid in instalments a planned lifting (not core), sanctions that
"لن يرفع" a negated lifting, an embargo of 2012 historical, a Senate bill "متعثرا" a stalled
imposition, and the interim plan of November a historical signing; a council prolonging its
sanctions on a state and its former junta leader extends them, no names added or removed a
negated imposition and lifting, the embargoes and the AU's suspension of 2008 and 2009 historical
impositions, the AU's lifting on an elected president's inauguration a planned one (not core),
a declaration signed in January a historical signing, another state's suspension and its lifting
historical; a letter of two ministers warning a state that a purchase "will expose it" to
sanctions is a threat on it, a columnist's "لن تفرض عقوبات" a negated imposition, the one
precedent on a foreign military body and none on an ally historical and negated, an arms hold of
2013 and its release historical, a draft basing agreement "لم توقع حتى اليوم" a stalled signing
and a stalled presence; a state becoming an organisation's 160th member joins it that day, its
protocol signed in December a historical signing, states hoped to follow a planned joining (not
core), a neighbour's entry in 2005 historical, three states' talks "متعثرة" a stalled joining, a
regional council membership "ليس مطروحا" a negated joining and its bodies since 2001 a historical
one; two foreign ministers announcing the restoration of ties and signing a joint statement on it
"أمس" are an occurred restoration and an occurred signing (both core), a security agreement to be
signed next month a planned signing (not core), a great power's ambassador not returned since
2005 a negated restoration, and foreign forces since 2003 a historical presence; 5,000 former
rebels sworn into the army and police that day are an integration by the state of the movement,
the rest "لن يدمجوا" a negated one, generals integrated in 1997 a historical one, the memorandum of
April and the protocol of 1994 historical signings, the Council's sanctions of 1993 historical, its
travel-ban suspension of May a historical suspension and a final lifting expected a planned one
(not core), Cuban and South African troops historical presences; a thousand troops of one state
crossing into another within a regional force and 500 police of another arriving there are two
occurred presences, naval units to come a planned one (not core) and no ground troops and a denial
negated ones, a fleet based there since 1995 and the force in a third state in 1991 and 2003
historical presences, a joint defence agreement of 2000 a historical signing; an airline joining
an airline alliance, a federation's memorandum, players signed and joined, a contract prolonged,
a player's ban lifted by an appeal board, a municipality's fees, an MoU with UNDP, an army's
patrols in its own city and a street named after Syria are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-02, on commit 56292a8), in one run: events P 0.727 R 0.750 F1
0.738 (recall 9/12, precision 8/11: eight alerts right, three unexpected alerts; occurred core
found 9/12, no core planned event; historical 32/32, negated 11/11 and stalled 4/4 kept quiet).
Three core events are missed: in ar-hh05 "رسالة … يحذران فيها صراحة من أن مضي القاهرة في صفقة
شراء … سيعرضها لعقوبات بموجب قانون … كاتسا" gives nothing: a warning that a deal "would expose"
a state to sanctions ("سيعرضها لعقوبات"), or a warning "of sanctions" ("حذرت … الهند من
عقوبات"), is no threat, where "ستتعرض لعقوبات" and "هددت بفرض عقوبات" are read; in ar-hh07 "أعلن
وزيرا الخارجية … أمس الثلاثاء إعادة العلاقات الدبلوماسية …، المقطوعة منذ عام 1982، ووقعا …
بيانا مشتركا" reads the signing as historical: a verb joined by "و" takes its time from a past
year in the clause before it ("المقطوعة منذ عام 2017، ووقعا" is historical, the same signing in
a sentence of its own or without that clause is occurred); in ar-hh09 "عبر نحو ألف عنصر من القوات
السعودية جسر الملك فهد إلى البحرين أمس، ضمن قوات درع الجزيرة" gives nothing: forces that cross
into a state ("عبرت القوات … الحدود إلى") or enter it ("دخل … جندي تركي قطر") are no presence,
where soldiers that arrive ("وصل نحو ألف جندي تركي إلى قطر") are. The three unexpected alerts: in
ar-hh02 "حتى الآن لم تفرض واشنطن أي حظر على هواوي" is an occurred threat on Huawei: "حتى الآن"
opening a sentence before "لم تفرض" turns the negated imposition into a threat ("حتى اليوم لم
تفرض" and "لم تفرض … حتى الآن" are negated); in ar-hh10 "انضمت الخطوط الملكية المغربية … إلى
تحالف "وان وورلد" للطيران" is an alliance joined: an airline joining an airline alliance or
IATA is read like a state joining a coalition; and "أول شركة طيران من منطقة المغرب العربي …
تنضم" makes Morocco join: "المغرب العربي", the Maghreb, is read as Morocco ("أول دولة من منطقة
المغرب العربي تنضم" gives Morocco for Tunisia). Also a wrong target: in ar-hh02 the lifting on
"شركة "زد تي إي" الصينية" has China as a target: a company's nationality after a name spelled in
letters ("زد تي إي الصينية", "دي جي آي الصينية") is read as a target state, where "هواوي الصينية"
and "كوسكو الصينية للشحن" are not. Five strict xfails on the articles (three with a core event
missed, two with wrong alerts); do not tune lexicons on these articles. Every general cause has a
sentence of its own in ``RULES``, each a strict xfail until it is fixed (fourteen, with two found
while writing them: waivers issued "today" under which sanctions are suspended, "أصدرت … اليوم
إعفاءات تعلق بموجبها العقوبات المفروضة", read as historical, which hid under the EU's suspension
in ar-hh03, and a capital that receives forces, "إلى الدوحة", taken as the host instead of its
state, as "المنامة" is in ar-hh09), beside thirteen that pass and pin what works.

Also seen, not scored: in ar-hh01 the two co-chairs are not actors of the designation ("بصفتهما
الرئيسين المشاركين"), only the four states listed after them; in ar-hh03 the State Department's
waivers are a historical suspension; in ar-hh05 the historical CAATSA sanctions are folded into
the negated one with China as a target, and the Sochi partnership and the draft basing agreement
give nothing; in ar-hh06 the stalled talks of Iraq and Lebanon are a stalled signing, not a
stalled joining; in ar-hh08 the integration has Angola as its target and no UNITA; in ar-hh09 the
Emirati police are present in "Manama", and the Kuwaiti naval units to come are not reported.

After the fixes (same day): events P 0.846 R 1.000 F1 0.917 (recall 12/12, precision 11/13). Fixed in
general: what "would expose" someone to sanctions ("سيعرضها لعقوبات") after a warning is a threat,
the warner its actor and the one warned (or the state acting in the clause) its target, and with
no one warning it is an observer's view, no event; forces that enter or cross into another state
("دخلت القوات السعودية البحرين") are deployed there; a past year after a participle of a noun
("العلاقات المقطوعة منذ عام 1982، ووقعا") dates the noun's state, not a later verb; "الآن" no
longer loses its article to read as the "إن" of "إن لم" (a condition); a denial opening with "حتى
الآن لم تفرض" is negated; an airline's joining (of Oneworld, Star Alliance, IATA) is business;
"المغرب العربي" is the Maghreb, not Morocco; a demonym after a company's transliterated name ("زد
تي إي الصينية") is the company's nationality; "the ministry" before a time word is no ministry's
name; "بهذا الانضمام" refers back to a joining told before. Left: "وحذر من أن الشركة ستواجه الحظر"
without the Commerce Department or the company as parties, and "انضمام لارام إلى التحالف" given
Morocco.

``python -m tests.unit.test_heldout35_events_ar`` prints every article's alerts and the set's
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
_TFTC = "Terrorist Financing Targeting Center"
_WTO = "World Trade Organization"
_GCC = "Gulf Cooperation Council"
_UNITA = "UNITA"
_UNSC = "United Nations Security Council"
_PSF = "Peninsula Shield Force"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh01-spa-tftc-designates-isis-somalia-financiers-2023",
        date(2023, 7, 12),
        """دول مركز استهداف تمويل الإرهاب تصنف ستة أفراد وكيانين مرتبطين بتنظيم داعش في الصومال

الرياض 24 ذو الحجة 1444 هـ الموافق 12 يوليو 2023 م واس

أعلنت رئاسة أمن الدولة اليوم أن المملكة العربية السعودية والولايات المتحدة الأمريكية، بصفتهما الرئيسين المشاركين لمركز استهداف تمويل الإرهاب، ومعهما بقية الدول الأعضاء في المركز، وهي مملكة البحرين ودولة الكويت وسلطنة عمان ودولة قطر والإمارات العربية المتحدة، قامت بتصنيف ستة أفراد وكيانين لارتباطهم بتنظيم داعش الإرهابي في الصومال، ولدورهم في جمع الأموال وتحويلها لصالح التنظيم وفروعه في شرق القارة الأفريقية وجنوبها.

وأوضحت الرئاسة في بيان أن قائمة المصنفين تضم كلا من عبدالولي محمد يوسف، المسؤول المالي لما يسمى "مكتب الكرار" الذي يدير شبكة تمويل التنظيم في القارة، وعبدالرحمن فاهيه عيسى محمد، وأربعة من معاونيهما، إضافة إلى شركتين للحوالات والتجارة العامة تتخذان من مدينة بوصاصو في ولاية بونتلاند مقرا لهما، استخدمتا غطاء لنقل الأموال من جنوب أفريقيا وكينيا وأوغندا إلى مقاتلي التنظيم في جبال علمسكاد.

وبموجب هذا التصنيف، تجمد جميع الأصول العائدة للأفراد والكيانين المصنفين في الدول الأعضاء، ويحظر على مواطنيها والمقيمين فيها التعامل معهم أو تقديم أي خدمات مالية لهم، بشكل مباشر أو غير مباشر.

وأكدت رئاسة أمن الدولة أن هذا الإجراء يأتي "في إطار التزام المملكة بمكافحة تمويل الإرهاب بجميع أشكاله وصوره"، وأن المركز سيواصل ملاحقة شبكات التمويل وكشفها، مشيرة إلى أن الدول الأعضاء تعتزم إدراج أسماء أخرى متى ما توفرت الأدلة الكافية على تورطها.

من جهتها، رحبت وزارة الخارجية الصومالية بالقرار، مؤكدة في بيان أنه "لا يستهدف الصومال ولا شعبه ولا قطاعه المالي، بل يضرب من يتاجرون بدماء الصوماليين"، ودعت شركات الحوالات العاملة في البلاد إلى التقيد الصارم بأنظمة مكافحة غسل الأموال.

يذكر أن وزارة الخزانة الأمريكية كانت قد أدرجت زعيم التنظيم في الصومال عبدالقادر مؤمن على قائمة الإرهابيين الدوليين المصنفين تصنيفا خاصا عام 2016، فيما تشن قوات ولاية بونتلاند منذ أشهر عمليات عسكرية ضد معاقل التنظيم في سلسلة جبال علمسكاد شرقي الولاية.

وأنشئ المركز بموجب مذكرة تفاهم وقعتها دول مجلس التعاون والولايات المتحدة في الرياض في مايو 2017، خلال زيارة الرئيس الأمريكي السابق دونالد ترمب للمملكة، وصنفت دوله في أكتوبر من العام نفسه أفرادا وكيانات مرتبطين بتنظيمي داعش والقاعدة في جزيرة العرب في اليمن، قبل أن تشمل تصنيفات لاحقة قيادات في ميليشيا الحوثي وحزب الله.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [
                    "Saudi Arabia",
                    "United States",
                    _TFTC,
                    "Presidency of State Security",
                    "Bahrain",
                    "Kuwait",
                    "Oman",
                    "Qatar",
                    "United Arab Emirates",
                ],
                [
                    "Abdulwali Mohamed Yusuf",
                    "Abdirahman Fahiye Isse Mohamud",
                    "Islamic State",
                ],
            ),
            # "تعتزم إدراج أسماء أخرى متى ما توفرت الأدلة"
            G("sanctions.imposed", "planned", [_TFTC, "Saudi Arabia"], [], core=False),
            # the Treasury's listing of Abdulqadir Mumin in 2016
            G(
                "sanctions.imposed",
                "historical",
                ["United States", _TREASURY],
                ["Abdulqadir Mumin"],
                core=False,
            ),
            # the centre's designations of October 2017 and later
            G(
                "sanctions.imposed",
                "historical",
                [_TFTC, "Saudi Arabia", "United States"],
                [
                    "Islamic State",
                    "Al-Qaeda in the Arabian Peninsula",
                    "Houthis",
                    "Hezbollah",
                ],
                core=False,
            ),
            # the memorandum of May 2017 that set up the centre
            G(
                "agreement.signed",
                "historical",
                ["Saudi Arabia", "United States", "Gulf Cooperation Council"],
                [],
                core=False,
            ),
        ],
        not_targets=[
            "Somalia",
            "Kenya",
            "South Africa",
            "Uganda",
            "Yemen",
            "Bahrain",
            "Kuwait",
            "Oman",
            "Qatar",
            "United Arab Emirates",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh02-cnbc-arabia-transcript-commerce-lifts-zte-ban-2018",
        date(2018, 7, 13),
        """نص حلقة "عالم الأعمال" - سي إن بي سي عربية
الجمعة 13 يوليو/تموز 2018

المذيعة: أهلا بكم مشاهدينا الكرام في حلقة جديدة. نبدأ من واشنطن، حيث أعلنت وزارة التجارة الأمريكية اليوم رفع الحظر الذي فرضته في أبريل الماضي على شركة "زد تي إي" الصينية لمعدات الاتصالات، بعد أن أودعت الشركة 400 مليون دولار في حساب ضمان لدى مصرف أمريكي. معنا من واشنطن الزميل سامر الخطيب. سامر، ما الذي حدث بالضبط؟

المراسل: أهلا بك. وزارة التجارة أكدت في بيان مقتضب قبل نحو ساعة أن الشركة "أصبحت قادرة على استئناف أعمالها" مع الموردين الأمريكيين، وذلك تنفيذا لاتفاق التسوية الذي وقعته الشركة مع الوزارة الشهر الماضي، ويقضي بدفع غرامة قدرها مليار دولار، وتغيير مجلس إدارتها وفريقها القيادي بالكامل خلال ثلاثين يوما، وقبول فريق امتثال تختاره الوزارة يراقب عملياتها لعشر سنوات. الوزير ويلبر روس وصف العقوبة بأنها "الأشد في تاريخ الوزارة"، وحذر من أن الشركة ستواجه الحظر مجددا إذا أخلت بأي من التزاماتها.

المذيعة: ولماذا فرض الحظر أصلا؟

المراسل: القصة تعود إلى مارس 2017، حين أقرت الشركة بانتهاك العقوبات الأمريكية عبر شحن معدات تحتوي على مكونات أمريكية إلى إيران وكوريا الشمالية، ودفعت حينها نحو 1.2 مليار دولار. ثم اتهمتها الوزارة في أبريل الماضي بتقديم بيانات كاذبة بشأن معاقبة موظفيها المتورطين، فمنعت الشركات الأمريكية من بيعها أي مكونات لسبع سنوات، وهو ما شل إنتاجها تقريبا، لأنها تعتمد على رقائق "كوالكوم" و"إنتل".

المذيعة: لكن المعركة لم تنته بعد في الكونغرس، أليس كذلك؟

المراسل: صحيح. مجلس الشيوخ أقر الشهر الماضي تعديلا ضمن مشروع قانون موازنة الدفاع يعيد فرض الحظر على الشركة، بتأييد من الحزبين، لكن البيت الأبيض يضغط لإسقاطه، ويرجح مساعدون في الكونغرس ألا يصمد التعديل في الصيغة النهائية التي ستتفق عليها لجنة مشتركة من المجلسين.

المذيعة: شكرا سامر. ننتقل إلى دبي، ومعنا المحلل في أسواق التكنولوجيا طارق الحسيني. طارق، كيف تلقت الأسواق الخبر؟

المحلل: السوق كانت تتوقع القرار منذ أن غرد الرئيس ترامب في مايو بأنه يعمل مع الرئيس الصيني شي جين بينغ لإعادة الشركة إلى العمل. السهم قفز اليوم في هونغ كونغ بأكثر من 20 بالمئة، بعد أن هوى نحو 40 بالمئة عند استئناف التداول عليه في يونيو. برأيي كان الملف ورقة في مفاوضات التجارة بين البلدين، لكن لا تنسي أن واشنطن فرضت قبل أسبوع رسوما جمركية بنسبة 25 بالمئة على ما قيمته 34 مليار دولار من السلع الصينية، وبكين ردت بالمثل فورا.

المذيعة: وهل يمكن أن تطال إجراءات مماثلة شركة "هواوي"؟

المحلل: حتى الآن لم تفرض واشنطن أي حظر على هواوي، لكن هناك تحقيقا جاريا في تعاملاتها مع إيران، والأجهزة الأمنية تحذر شركات الاتصالات الأمريكية من معداتها. الفارق أن هواوي أقل اعتمادا على المكونات الأمريكية، فهي تصنع جزءا كبيرا من رقائقها بنفسها.

المذيعة: طارق الحسيني، شكرا لك. فاصل قصير ونعود.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [
                    "United States",
                    "United States Department of Commerce",
                    "Wilbur Ross",
                ],
                ["ZTE"],
            ),
            # "ستواجه الحظر مجددا إذا أخلت بأي من التزاماتها"
            G(
                "sanctions.threatened",
                "occurred",
                ["United States Department of Commerce", "Wilbur Ross"],
                ["ZTE"],
                core=False,
            ),
            # the denial order of April and the penalty of 2017
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "United States Department of Commerce"],
                ["ZTE"],
                core=False,
            ),
            # the Senate's amendment to reimpose the ban, likely to be dropped
            G(
                "sanctions.imposed",
                "planned",
                ["United States Senate"],
                ["ZTE"],
                core=False,
            ),
            # "لم تفرض واشنطن أي حظر على هواوي"
            G(
                "sanctions.imposed",
                "negated",
                ["United States"],
                ["Huawei"],
                core=False,
            ),
        ],
        not_targets=["China", "Hong Kong"],
        known_alarm='"حتى الآن لم تفرض واشنطن أي حظر على هواوي" is an occurred threat; "زد تي إي الصينية" makes China a target of the lifting',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh03-irna-eu-us-suspend-iran-sanctions-jpoa-2014",
        date(2014, 1, 20),
        """الاتحاد الاوروبي وامريكا يعلقان جانبا من الحظر على ايران مع بدء تنفيذ اتفاق جنيف

طهران / 20 كانون الثاني / يناير / ارنا – اعلن الاتحاد الاوروبي والولايات المتحدة الامريكية اليوم الاثنين تعليق جانب من الحظر المفروض على الجمهورية الاسلامية الايرانية لمدة ستة اشهر، وذلك بعد ساعات من تاكيد الوكالة الدولية للطاقة الذرية ان ايران اوقفت تخصيب اليورانيوم بنسبة 20 بالمئة، تنفيذا لخطة العمل المشتركة التي توصلت اليها مع مجموعة 5+1.

واقر وزراء خارجية الاتحاد الاوروبي في اجتماعهم ببروكسل تعليق الحظر على صادرات ايران من البتروكيمياويات، وعلى تجارة الذهب والمعادن الثمينة، وعلى خدمات التامين والنقل المرتبطة بشحنات النفط الايراني، فيما اصدرت وزارة الخارجية الامريكية اعفاءات تعلق بموجبها العقوبات المفروضة على قطاع صناعة السيارات الايراني وعلى بيع قطع غيار الطائرات المدنية وخدمات صيانتها.

وقالت الممثلة العليا للسياسة الخارجية في الاتحاد الاوروبي كاترين آشتون في بيان ان "هذه خطوة مهمة، لكنها ليست نهاية الطريق"، مؤكدة ان الجولة الاولى من المفاوضات حول الحل الشامل ستنطلق في فيينا الشهر المقبل.

وبموجب الخطة، ستحصل ايران على 4.2 مليار دولار من اموالها المجمدة في الخارج على ثماني دفعات، تصرف اولاها مطلع شباط / فبراير المقبل، كما ستحول مبالغ اخرى لتغطية الرسوم الدراسية للطلبة الايرانيين الدارسين في الخارج.

في المقابل، اكد المتحدث باسم البيت الابيض جاي كارني ان "البنية الاساسية للحظر" ما زالت قائمة، وان الحظر على صادرات النفط والقطاع المصرفي الايراني لن يرفع في المرحلة الحالية، وهو الحظر الذي بدا الاتحاد الاوروبي تطبيقه في تموز / يوليو 2012 حين اوقف استيراد النفط الايراني بالكامل.

وفي طهران، قال مساعد وزير الخارجية وكبير المفاوضين النوويين عباس عراقجي للصحفيين ان "الطرف الآخر بدا اليوم تنفيذ التزاماته، ونحن سنراقب ذلك بدقة"، محذرا من ان "اي حظر جديد يعني نهاية الاتفاق".

واشار عراقجي الى ان مشروع قانون الحظر الجديد الذي يسعى اليه عدد من اعضاء مجلس الشيوخ الامريكي "ما زال متعثرا" بعد ان هدد الرئيس باراك اوباما باستخدام حق النقض (الفيتو) ضده، مضيفا ان "الشعب الايراني لا يتفاوض تحت التهديد".

وكانت ايران ومجموعة 5+1، التي تضم الولايات المتحدة وروسيا والصين وبريطانيا وفرنسا والمانيا، قد وقعت خطة العمل المشتركة في جنيف فجر 24 تشرين الثاني / نوفمبر الماضي بعد مفاوضات ماراثونية، على ان تنفذ خلال ستة اشهر قابلة للتمديد باتفاق الطرفين.

ومن جهة اخرى، قال رئيس غرفة التجارة والصناعة والمناجم الايرانية ان وفودا تجارية اوروبية عدة تعتزم زيارة طهران خلال الاسابيع المقبلة، فيما اعلنت شركات طيران اوروبية انها تدرس استئناف رحلاتها الى مطار الامام الخميني الدولي.""",
        [
            G(
                "sanctions.suspended",
                "occurred",
                [_EU, _COUNCIL, "Catherine Ashton"],
                ["Iran"],
            ),
            G(
                "sanctions.suspended",
                "occurred",
                ["United States", "United States Department of State"],
                ["Iran"],
            ),
            # the 4.2 billion dollars of frozen funds to be released in eight instalments
            G(
                "sanctions.lifted",
                "planned",
                ["United States", _EU],
                ["Iran"],
                core=False,
            ),
            # oil and banking sanctions "لن يرفع في المرحلة الحالية"
            G(
                "sanctions.lifted",
                "negated",
                ["United States", _EU],
                ["Iran"],
                core=False,
            ),
            # the EU oil embargo of July 2012
            G("sanctions.imposed", "historical", [_EU], ["Iran"], core=False),
            # the Senate bill for new sanctions, "ما زال متعثرا"
            G(
                "sanctions.imposed",
                "stalled",
                ["United States Senate"],
                ["Iran"],
                core=False,
            ),
            # the Joint Plan of Action of 24 November
            G(
                "agreement.signed",
                "historical",
                [
                    "Iran",
                    "United States",
                    "Russia",
                    "China",
                    "United Kingdom",
                    "France",
                    "Germany",
                ],
                [],
                core=False,
            ),
        ],
        not_targets=[
            "Russia",
            "China",
            "United Kingdom",
            "France",
            "Germany",
            "Austria",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh04-alakhbar-nouakchott-eu-extends-guinea-sanctions-2010",
        date(2010, 10, 27),
        """الاتحاد الأوروبي يمدد عقوباته على غينيا عاما إضافيا عشية جولة الإعادة

نواكشوط - الأخبار
الأربعاء 27 أكتوبر 2010

مدد مجلس الاتحاد الأوروبي، خلال اجتماع لوزراء خارجية دوله السبع والعشرين في لوكسمبورغ، العقوبات المفروضة على غينيا لمدة اثني عشر شهرا إضافية تنتهي في السابع والعشرين من أكتوبر 2011، وتشمل حظرا على توريد الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي، وحظر سفر وتجميد أصول بحق قائد المجلس العسكري السابق النقيب موسى داديس كامارا وأكثر من أربعين من أعضاء "المجلس الوطني للديمقراطية والتنمية" والمقربين منهم.

وقال بيان صادر عن المجلس إن القرار جاء "في ضوء استمرار إفلات المسؤولين عن أحداث 28 سبتمبر 2009 من العقاب"، في إشارة إلى اقتحام قوات الأمن ملعبا في كوناكري تجمع فيه آلاف المعارضين، ما أسفر عن مقتل 157 شخصا على الأقل بحسب الأمم المتحدة، واغتصاب عشرات النساء في وضح النهار.

ولم يضف الوزراء أي أسماء جديدة إلى القائمة، كما لم يرفعوا أيا من الأسماء المدرجة فيها، رغم مطالبة بعض الدول الأعضاء بمكافأة السلطة الانتقالية التي يقودها الجنرال سيكوبا كوناتي على التزامها بتنظيم الانتخابات.

وكان الاتحاد قد فرض حظر الأسلحة في السابع والعشرين من أكتوبر 2009، بعد أيام من قرار مماثل اتخذته المجموعة الاقتصادية لدول غرب أفريقيا "إيكواس"، قبل أن يوسعه في ديسمبر من العام نفسه ليشمل تجميد الأصول. أما الاتحاد الأفريقي فيعلق عضوية غينيا في هيئاته منذ الانقلاب الذي قاده داديس كامارا في 23 ديسمبر 2008، غداة وفاة الرئيس لانسانا كونتي، وقال مفوض السلم والأمن في الاتحاد رمطان لعمامرة الأسبوع الماضي إن الاتحاد سيرفع التعليق "بمجرد تنصيب رئيس منتخب".

ويقيم داديس كامارا في واغادوغو منذ يناير الماضي، بعد أن نقل للعلاج في الرباط إثر تعرضه لمحاولة اغتيال على يد مرافقه أبو بكر دياكيتي الملقب "تومبا" مطلع ديسمبر، وكان قد وقع في العاصمة البوركينابية في 15 يناير، إلى جانب كوناتي والرئيس البوركينابي بليز كومباوري، "إعلان واغادوغو" الذي مهد لتشكيل حكومة انتقالية برئاسة المعارض جان ماري دوريه.

وتأتي خطوة الاتحاد الأوروبي قبل أقل من أسبوعين من جولة الإعادة المقررة في السابع من نوفمبر بين رئيس الوزراء الأسبق سيلو دالين ديالو والمعارض التاريخي ألفا كوندي، بعد تأجيلها مرتين بسبب خلافات حول رئاسة اللجنة الانتخابية وأعمال عنف بين أنصار المعسكرين في ضواحي كوناكري.

وفي نواكشوط، قال دبلوماسي غيني للأخبار إن بلاده "تتفهم" القرار الأوروبي، لكنها تأمل أن يكون "آخر تمديد"، مذكرا بأن موريتانيا نفسها عاشت تجربة مماثلة حين علق الاتحاد الأفريقي عضويتها إثر انقلاب السادس من أغسطس 2008، قبل أن يرفع التعليق عنها في العام التالي بعد اتفاق دكار بين الفرقاء الموريتانيين.

ويقيم في موريتانيا آلاف الغينيين، يعمل أغلبهم في الصيد التقليدي والتجارة في نواكشوط ونواذيبو.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_EU, _COUNCIL],
                ["Guinea", "Moussa Dadis Camara"],
            ),
            # no names added, none removed
            G("sanctions.imposed", "negated", [_EU], ["Guinea"], core=False),
            G("sanctions.lifted", "negated", [_EU], ["Guinea"], core=False),
            # the embargo of October 2009 and the freeze of December; ECOWAS's embargo
            G("sanctions.imposed", "historical", [_EU], ["Guinea"], core=False),
            G(
                "sanctions.imposed",
                "historical",
                ["Economic Community of West African States"],
                ["Guinea"],
                core=False,
            ),
            # the AU suspension since December 2008, to be lifted once a president is sworn in
            G(
                "sanctions.imposed",
                "historical",
                ["African Union"],
                ["Guinea"],
                core=False,
            ),
            G(
                "sanctions.lifted",
                "planned",
                ["African Union", "Ramtane Lamamra"],
                ["Guinea"],
                core=False,
            ),
            # the Ouagadougou declaration of 15 January
            G(
                "agreement.signed",
                "historical",
                [
                    "Guinea",
                    "Burkina Faso",
                    "Moussa Dadis Camara",
                    "Sékouba Konaté",
                    "Blaise Compaoré",
                ],
                [],
                core=False,
            ),
            # Mauritania suspended by the AU in 2008 and let back in 2009, after the Dakar accord
            G(
                "sanctions.imposed",
                "historical",
                ["African Union"],
                ["Mauritania"],
                core=False,
            ),
            G(
                "sanctions.lifted",
                "historical",
                ["African Union"],
                ["Mauritania"],
                core=False,
            ),
            G("agreement.signed", "historical", ["Mauritania"], [], core=False),
        ],
        not_targets=["Burkina Faso", "Morocco", "Luxembourg"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh05-raialyoum-column-us-warns-egypt-caatsa-su35-2019",
        date(2019, 11, 15),
        """واشنطن تلوّح بـ"كاتسا" في وجه القاهرة.. فهل تصمد صفقة "سوخوي 35"؟

رأي اليوم - بقلم: هشام عبد الرحمن
15 نوفمبر 2019

لم يكن مفاجئا أن تكشف صحيفة "وول ستريت جورنال" أمس عن رسالة بعث بها وزير الخارجية الأمريكي مايك بومبيو ووزير الدفاع مارك إسبر إلى وزير الدفاع المصري الفريق أول محمد زكي، يحذران فيها صراحة من أن مضي القاهرة في صفقة شراء أكثر من عشرين مقاتلة روسية من طراز "سوخوي 35" سيعرضها لعقوبات بموجب قانون "مكافحة أعداء أمريكا من خلال العقوبات"، المعروف اختصارا بـ"كاتسا"، وسيعقّد صفقات السلاح الأمريكية المقبلة والمساعدات العسكرية السنوية البالغة 1.3 مليار دولار.

المفاجئ هو التوقيت، وهوية المرسل إليه. فالرئيس دونالد ترامب لا يفوّت مناسبة للإشادة بنظيره المصري، والقاهرة لم تكن يوما بعيدة عن المعسكر الأمريكي منذ أن وقّع الرئيس الراحل أنور السادات معاهدة السلام مع إسرائيل في حديقة البيت الأبيض عام 1979، وبات الجيش المصري يعتمد منذ ذلك الحين على طائرات "إف-16" ودبابات "أبرامز".

صفقة "سوخوي" ليست سرا. فقد وقّعت في أواخر العام الماضي بقيمة تقارب ملياري دولار، وسبقتها اتفاقية الشراكة الشاملة والتعاون الاستراتيجي التي وقعها الرئيس عبد الفتاح السيسي ونظيره الروسي فلاديمير بوتين في سوتشي في أكتوبر 2018. أما مسودة الاتفاق التي تسمح للطائرات العسكرية الروسية باستخدام الأجواء والقواعد الجوية المصرية، والتي كشفت عنها موسكو قبل عامين، فلم توقع حتى اليوم، ويبدو أنها نامت في الأدراج.

واشنطن تعرف أن "كاتسا" سلاح ذو حدين. فهي لم تطبقه إلا مرة واحدة، حين فرضت في سبتمبر 2018 عقوبات على إدارة تطوير المعدات التابعة للجيش الصيني ومديرها لي شانغ فو، بسبب شراء مقاتلات "سوخوي 35" ومنظومة "إس-400". ولم تفرض حتى الآن أي عقوبة على تركيا، العضو في حلف الناتو، رغم تسلّمها المنظومة الروسية نفسها في يوليو الماضي، واكتفت بإخراجها من برنامج مقاتلات "إف-35".

في القاهرة، لم يصدر أي تعليق رسمي، لكن أحد مقدمي البرامج المقربين من الأجهزة قالها بوضوح على الهواء: "إحنا مش ولاية أمريكية، ومحدش يقولنا نشتري منين". وهذه، في تقديري، هي الرسالة التي تريد القاهرة إيصالها دون أن تتحمل كلفة قولها رسميا.

أغلب الظن أن واشنطن لن تفرض عقوبات على مصر في نهاية المطاف، فهي تحتاجها في ملفات غزة وليبيا والبحر الأحمر، لكنها قد تلجأ إلى أدوات أقل صخبا، كتأخير شحنات قطع الغيار أو تجميد جزء من المساعدات، كما فعلت إدارة باراك أوباما عام 2013، حين علقت تسليم طائرات "إف-16" ومروحيات "أباتشي" بعد عزل الرئيس محمد مرسي، قبل أن تستأنف التسليم عام 2015.

وإذا كان لنا أن نقرأ ما بين السطور، فإن الرسالة موجهة إلى موسكو أيضا، التي عادت إلى المنطقة من بوابة سوريا عام 2015، وتبحث عن موطئ قدم في ليبيا والسودان. أما القاهرة، فستتسلم، إن مضت الأمور كما خطط لها، الدفعة الأولى من المقاتلات الروسية العام المقبل، وعندها سنعرف إن كان التهديد جادا أم مجرد رسالة للاستهلاك.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                ["United States", "Mike Pompeo", "Mark Esper"],
                ["Egypt"],
            ),
            # the columnist's expectation: "لن تفرض عقوبات على مصر في نهاية المطاف"
            G("sanctions.imposed", "negated", ["United States"], ["Egypt"], core=False),
            # the CAATSA sanctions of September 2018 on China's EDD and Li Shangfu
            G(
                "sanctions.imposed",
                "historical",
                ["United States"],
                ["Equipment Development Department", "Li Shangfu"],
                core=False,
            ),
            # none on Turkey for the S-400
            G(
                "sanctions.imposed",
                "negated",
                ["United States"],
                ["Turkey"],
                core=False,
            ),
            # Obama's hold on the F-16s and Apaches in 2013, released in 2015
            G(
                "sanctions.imposed",
                "historical",
                ["United States", "Barack Obama"],
                ["Egypt"],
                core=False,
            ),
            G(
                "sanctions.lifted",
                "historical",
                ["United States", "Barack Obama"],
                ["Egypt"],
                core=False,
            ),
            # the Camp David treaty of 1979, the Sochi partnership of 2018, the Su-35 contract
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Israel", "Anwar Sadat"],
                [],
                core=False,
            ),
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Russia", "Abdel Fattah el-Sisi", "Vladimir Putin"],
                [],
                core=False,
            ),
            # the draft on Russian use of Egyptian air bases, "لم توقع حتى اليوم"
            G("agreement.signed", "stalled", ["Egypt", "Russia"], [], core=False),
            G("military.presence", "stalled", ["Russia"], ["Egypt"], core=False),
            # Russia in Syria since 2015
            G("military.presence", "historical", ["Russia"], ["Syria"], core=False),
        ],
        not_targets=["Russia", "Israel", "Libya", "Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh06-saba-yemen-becomes-160th-wto-member-2014",
        date(2014, 6, 26),
        """اليمن يصبح رسميا العضو الـ160 في منظمة التجارة العالمية

صنعاء - سبأ
الخميس 28 شعبان 1435هـ الموافق 26 يونيو 2014م

أصبحت الجمهورية اليمنية اعتبارا من اليوم عضوا كامل العضوية في منظمة التجارة العالمية، لتكون العضو الـ160 في المنظمة، بعد مرور ثلاثين يوما على إيداع وثيقة تصديقها على بروتوكول الانضمام لدى المدير العام للمنظمة روبرتو أزيفيدو في جنيف.

وقال وزير الصناعة والتجارة الدكتور سعد الدين علي سالم بن طالب في تصريح لـ(سبأ) إن انضمام بلادنا إلى المنظمة "يمثل ثمرة مفاوضات شاقة امتدت أربعة عشر عاما"، منذ أن تقدمت الحكومة بطلب الانضمام عام 2000، مشيرا إلى أن العضوية ستفتح أمام المنتجات اليمنية، وفي مقدمتها الأسماك والبن والعسل، أسواق 159 دولة، وستشجع تدفق الاستثمارات الأجنبية إلى البلاد.

وكان المؤتمر الوزاري التاسع للمنظمة، الذي عقد في جزيرة بالي الإندونيسية في ديسمبر الماضي، قد وافق على انضمام اليمن، ووقع الوزير بن طالب والمدير العام للمنظمة بروتوكول الانضمام على هامش المؤتمر، قبل أن يصادق عليه مجلس النواب في جلسته المنعقدة مطلع أبريل الماضي.

وأوضح الوزير أن اليمن التزم بموجب البروتوكول بخفض متوسط التعريفة الجمركية المطبقة إلى نحو 21 بالمئة، وبفتح عدد من قطاعات الخدمات أمام الاستثمار الأجنبي، بينها الاتصالات والمصارف والتأمين، مع فترات انتقالية لبعض السلع الزراعية.

من جانبه، رحب المدير العام للمنظمة بالخطوة، وقال في بيان إن "انضمام اليمن، وهو من أقل البلدان نموا، يبعث برسالة قوية عن شمولية النظام التجاري المتعدد الأطراف"، معربا عن أمله في أن تلحق به جزر سيشل وكازاخستان قبل نهاية العام المقبل، بعد أن قطعتا شوطا طويلا في مفاوضاتهما.

وبانضمام اليمن، تصبح دول شبه الجزيرة العربية كلها أعضاء في المنظمة، بعد أن كانت المملكة العربية السعودية آخر المنضمين من دول مجلس التعاون الخليجي عام 2005، فيما لا تزال مفاوضات انضمام العراق ولبنان متعثرة منذ سنوات، ولم يحرز السودان تقدما يذكر في ملفه منذ تقديم طلبه عام 1994.

وفي سياق متصل، قال مصدر في الأمانة العامة لمجلس التعاون لدول الخليج العربية إن انضمام اليمن إلى المجلس "ليس مطروحا في الوقت الراهن"، إذ يكتفي المجلس بعضوية اليمن في عدد من هيئاته منذ عام 2001، كمجالس وزراء الصحة والتربية والعمل والشؤون الاجتماعية، إلى جانب مشاركته في دورة كأس الخليج لكرة القدم.

ويأتي انضمام اليمن في ظل ظروف اقتصادية صعبة تمر بها البلاد، مع أزمة حادة في المشتقات النفطية وانقطاعات متكررة للتيار الكهربائي جراء الاعتداءات على خطوط النقل في مأرب، فيما علقت شركات نفط أجنبية عملياتها في بعض القطاعات الإنتاجية لأسباب أمنية، ورفعت شركات الطيران أسعار تذاكرها على الخطوط الداخلية.""",
        [
            G("alliance.joined", "occurred", ["Yemen"], [_WTO]),
            # the accession protocol signed at Bali in December
            G("agreement.signed", "historical", ["Yemen", _WTO], [], core=False),
            # the Seychelles and Kazakhstan, hoped to follow by the end of next year
            G(
                "alliance.joined",
                "planned",
                ["Seychelles", "Kazakhstan"],
                [_WTO],
                core=False,
            ),
            # Saudi Arabia in 2005
            G("alliance.joined", "historical", ["Saudi Arabia"], [_WTO], core=False),
            # Iraq, Lebanon and Sudan, "متعثرة"
            G(
                "alliance.joined",
                "stalled",
                ["Iraq", "Lebanon", "Sudan"],
                [_WTO],
                core=False,
            ),
            # Yemen in the GCC: "ليس مطروحا", in some of its bodies since 2001
            G("alliance.joined", "negated", ["Yemen"], [_GCC], core=False),
            G("alliance.joined", "historical", ["Yemen"], [_GCC], core=False),
        ],
        not_targets=["Indonesia", "Switzerland"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh07-alsabah-iraq-syria-restore-ties-after-quarter-century-2006",
        date(2006, 11, 22),
        """بعد قطيعة دامت ربع قرن.. العراق وسوريا يعيدان العلاقات الدبلوماسية

بغداد - الصباح
الأربعاء 1 ذو القعدة 1427 هـ - 22 تشرين الثاني 2006

أعلن وزيرا الخارجية العراقي هوشيار زيباري والسوري وليد المعلم في بغداد أمس الثلاثاء إعادة العلاقات الدبلوماسية الكاملة بين البلدين، المقطوعة منذ عام 1982، ووقعا في ختام جلسة مباحثات في مقر وزارة الخارجية بيانا مشتركا ينص على "استئناف العلاقات الدبلوماسية على مستوى السفارات" اعتبارا من يوم أمس.

وقال زيباري في مؤتمر صحفي مشترك إن "صفحة جديدة فتحت اليوم"، مشيرا إلى أن الجانبين اتفقا على رفع العلم العراقي فوق مبنى السفارة في دمشق والعلم السوري فوق مبنى السفارة في بغداد "خلال الأيام المقبلة"، وعلى تسمية السفيرين في أقرب وقت.

من جهته، أكد المعلم، وهو أول وزير خارجية سوري يزور بغداد منذ سقوط النظام السابق عام 2003، أن دمشق "ستعمل مع الحكومة العراقية على ضبط الحدود ومنع تسلل المسلحين"، نافيا الاتهامات الأمريكية والعراقية لبلاده بغض الطرف عن عبور المقاتلين الأجانب. وأضاف: "أمن العراق من أمن سوريا، واستقراره استقرار لنا".

واتفق الوزيران على تشكيل لجنة أمنية مشتركة، على أن يوقع وزيرا الداخلية في البلدين اتفاقية للتعاون الأمني خلال زيارة مرتقبة لوزير الداخلية جواد البولاني إلى دمشق الشهر المقبل.

وقطعت العلاقات بين البلدين عام 1982 بعد أن اتهمت بغداد دمشق بدعم إيران في الحرب العراقية الإيرانية، وظلت الحدود مغلقة سنوات طويلة قبل أن يعاد فتحها جزئيا أواخر التسعينيات وتستأنف حركة التجارة عبر منفذ الوليد.

وفي سوق الشورجة، رحب تجار تحدثت إليهم "الصباح" بالخطوة، وقال أحدهم، وهو تاجر مواد غذائية: "إذا انفتحت الحدود صدك وصار الطريق أمان، الشغل يرجع مثل قبل، وكل شي يرخص".

ورحبت الحكومة العراقية على لسان المتحدث باسمها علي الدباغ بالخطوة، فيما قال مصدر في السفارة الأمريكية في بغداد إن واشنطن "تنتظر أفعالا لا أقوالا" من دمشق، في وقت لم تعد فيه الولايات المتحدة سفيرتها إلى دمشق منذ استدعائها في شباط 2005، إثر اغتيال رئيس الوزراء اللبناني الأسبق رفيق الحريري.

وتأتي زيارة المعلم في وقت تتحدث فيه أنباء عن قمة ثلاثية عراقية إيرانية سورية في طهران لم يؤكد أي من الأطراف موعدها، وسط دعوات في واشنطن إلى إشراك دمشق وطهران في جهود تهدئة الأوضاع الأمنية في العراق، حيث تنتشر منذ عام 2003 قوات متعددة الجنسيات بقيادة أمريكية يبلغ قوامها نحو 150 ألف جندي.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Iraq", "Syria", "Hoshyar Zebari", "Walid Muallem"],
                [],
            ),
            # the joint statement signed at the foreign ministry
            G(
                "agreement.signed",
                "occurred",
                ["Iraq", "Syria", "Hoshyar Zebari", "Walid Muallem"],
                [],
            ),
            # a security agreement the interior ministers are to sign next month
            G(
                "agreement.signed",
                "planned",
                ["Iraq", "Syria", "Jawad al-Bolani"],
                [],
                core=False,
            ),
            # no US ambassador in Damascus since February 2005
            G(
                "relations.restored",
                "negated",
                ["United States", "Syria"],
                [],
                core=False,
            ),
            # the multinational forces in Iraq since 2003
            G(
                "military.presence",
                "historical",
                ["United States"],
                ["Iraq"],
                core=False,
            ),
        ],
        not_targets=["Iran", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh08-ahram-unita-fighters-integrated-into-angolan-army-2002",
        date(2002, 8, 3),
        """حل الجناح العسكري لـ"يونيتا" ودمج خمسة آلاف من مقاتليها في الجيش الأنجولي

لواندا - وكالات الأنباء
السبت 24 من جمادى الأولى 1423 هـ - 3 أغسطس 2002 - السنة 127

أعلنت الحكومة الأنجولية وحركة "يونيتا" أمس رسميا حل الجناح العسكري للحركة، في احتفال أقيم بمدينة لوينا في شرق البلاد بحضور ممثلين عن الأمم المتحدة ودول "الترويكا" المراقبة لعملية السلام، وهي الولايات المتحدة وروسيا والبرتغال، وأدمج خلاله نحو خمسة آلاف من مقاتلي الحركة السابقين في صفوف القوات المسلحة الأنجولية والشرطة الوطنية.

وأدى الجنود المدمجون، ومن بينهم عشرات الضباط الذين احتفظوا برتبهم، اليمين أمام رئيس أركان القوات المسلحة الجنرال أرماندو دا كروز نيتو، فيما سلم الجنرال أبريو كامورتيرو، قائد أركان "يونيتا"، آخر قطع السلاح التي كانت بحوزة قيادة الحركة في مراسم رمزية.

ويأتي ذلك تنفيذا لمذكرة التفاهم التي وقعها الجانبان في لوينا في الرابع من أبريل الماضي، بعد ستة أسابيع من مقتل زعيم الحركة التاريخي جوناس سافيمبي في مواجهة مع القوات الحكومية في ولاية موشيكو، والتي أنهت حربا أهلية استمرت سبعة وعشرين عاما وأودت بحياة نحو نصف مليون شخص، وشردت أربعة ملايين آخرين.

وكان بروتوكول لوساكا للسلام، الذي وقع في العاصمة الزامبية عام 1994، قد نص بدوره على دمج مقاتلي الحركة في الجيش، وأدمج بالفعل عدد من جنرالاتها في القوات المسلحة عام 1997، لكن العملية انهارت مع تجدد القتال في أواخر عام 1998.

وقال مسؤولون حكوميون إن نحو ثمانين ألفا من مقاتلي الحركة وأكثر من ثلاثمائة ألف من أفراد أسرهم لا يزالون في مخيمات التجميع، وإن من لم يقع عليهم الاختيار منهم لن يدمجوا في أي قوة نظامية، بل سيستفيدون من برامج للتسريح وإعادة الإدماج في الحياة المدنية بتمويل من البنك الدولي.

وعلى الصعيد الدولي، كان مجلس الأمن الدولي قد علق في مايو الماضي حظر السفر المفروض على قادة الحركة لمدة تسعين يوما لتسهيل مشاركتهم في عملية السلام، ويتوقع دبلوماسيون في نيويورك أن ينظر المجلس قبل نهاية العام في رفع العقوبات المفروضة على الحركة منذ عام 1993 نهائيا، وهي تشمل حظر بيعها الأسلحة والوقود وتجميد أموالها وحظر تجارة الماس الخارج من مناطقها.

ورحبت وزارة الخارجية المصرية، في بيان أمس، بما وصفته بـ"الخطوة التاريخية على طريق السلام في أنجولا"، مؤكدة استعداد مصر للمساهمة في جهود إعادة الإعمار ونزع الألغام.

وشهدت أنجولا خلال الحرب الباردة انتشار نحو خمسين ألف جندي كوبي دعما للحكومة في لواندا، وتدخل قوات جنوب أفريقيا دعما لـ"يونيتا"، قبل أن تنسحب القوات الكوبية عام 1991 بموجب اتفاق نيويورك. وتعد أنجولا اليوم ثاني أكبر منتج للنفط في أفريقيا جنوب الصحراء بعد نيجيريا.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Angola", "Angolan Armed Forces"],
                [_UNITA],
            ),
            # the rest of the fighters "لن يدمجوا في أي قوة نظامية"
            G(
                "forces.integrated",
                "negated",
                ["Angola", "Angolan Armed Forces"],
                [_UNITA],
                core=False,
            ),
            # generals integrated after the Lusaka protocol, in 1997
            G(
                "forces.integrated",
                "historical",
                ["Angola", "Angolan Armed Forces"],
                [_UNITA],
                core=False,
            ),
            # the Luena memorandum of 4 April and the Lusaka protocol of 1994
            G("agreement.signed", "historical", ["Angola", _UNITA], [], core=False),
            # the Council's sanctions of 1993, the travel ban suspended in May, a final lifting
            G("sanctions.imposed", "historical", [_UNSC], [_UNITA], core=False),
            G("sanctions.suspended", "historical", [_UNSC], [_UNITA], core=False),
            G("sanctions.lifted", "planned", [_UNSC], [_UNITA], core=False),
            # Cuban and South African troops in the Cold War
            G("military.presence", "historical", ["Cuba"], ["Angola"], core=False),
            G(
                "military.presence",
                "historical",
                ["South Africa"],
                ["Angola"],
                core=False,
            ),
        ],
        not_targets=[
            "Zambia",
            "Portugal",
            "Russia",
            "United States",
            "Egypt",
            "Nigeria",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh09-alrai-kuwait-peninsula-shield-enters-bahrain-2011",
        date(2011, 3, 15),
        """قوات "درع الجزيرة" تدخل البحرين.. والكويت تكتفي بوحدات بحرية

المنامة - "الراي" - وكالات
الثلاثاء 10 ربيع الآخر 1432 هـ - 15 مارس 2011

عبر نحو ألف عنصر من القوات السعودية جسر الملك فهد إلى البحرين أمس، ضمن قوات درع الجزيرة المشتركة التابعة لمجلس التعاون لدول الخليج العربية، فيما وصل نحو خمسمئة من عناصر الشرطة الإماراتية إلى المنامة في وقت لاحق من اليوم نفسه، بناء على طلب من حكومة البحرين "لحماية المنشآت الحيوية"، بعد شهر من الاحتجاجات التي يشهدها دوار اللؤلؤة وسط العاصمة.

وقال مسؤول سعودي لـ"الراي" إن القوات "لن تتدخل في التعامل مع المحتجين"، وإن مهمتها تقتصر على حماية المنشآت النفطية والكهربائية والمصرفية، مؤكدا أن دخولها جاء "وفق الالتزامات المشتركة بين دول المجلس".

وفي الكويت، قال مصدر حكومي إن الكويت لن ترسل قوات برية إلى البحرين، لكنها ستسهم بوحدات من قواتها البحرية لتأمين المياه الإقليمية البحرينية، مضيفا أن القرار اتخذ "بالتنسيق الكامل مع الأشقاء في المجلس". وقال نائب في مجلس الأمة لـ"الراي": "الكويت ما تنسى وقفة درع الجزيرة معاها في واحد وتسعين، وهذا أقل الواجب".

ونفت مصادر عمانية أي مشاركة لقوات السلطنة في المهمة، فيما لم تعلن الدوحة حجم مساهمتها حتى مساء أمس.

وفي المقابل، قالت جمعية الوفاق الوطني الإسلامية المعارضة إن دخول أي قوات من خارج البحرين يعد "احتلالا صريحا"، ودعت المجتمع الدولي إلى "حماية الشعب البحريني"، فيما وصفت وزارة الخارجية الإيرانية الخطوة بأنها "غير مقبولة" وستزيد الأزمة تعقيدا.

ودعت واشنطن، التي يتخذ أسطولها الخامس من المنامة مقرا له منذ عام 1995، دول الخليج إلى "ضبط النفس واحترام حقوق الشعب البحريني"، وقال متحدث باسم البيت الأبيض إن الإدارة "لم تبلغ مسبقا" بدخول القوات، وهو ما نفته مصادر خليجية.

وتأسست قوات درع الجزيرة عام 1982 ومقرها حفر الباطن في المملكة العربية السعودية، وشاركت في حرب تحرير الكويت عام 1991، ثم انتشرت وحدات منها في الكويت مجددا عام 2003 قبيل الحرب على العراق. وتستند مهمتها إلى اتفاقية الدفاع المشترك التي وقعها قادة دول المجلس في المنامة عام 2000، والتي تعتبر أي اعتداء على دولة عضو اعتداء على الدول الأعضاء كافة.

وعلى الصعيد الداخلي، استمر إغلاق عدد من الطرق الرئيسية في المنامة، وعلقت جامعة البحرين الدراسة حتى إشعار آخر بعد مواجهات في حرمها، فيما أعلنت المصارف تقليص ساعات عملها.""",
        [
            G(
                "military.presence",
                "occurred",
                ["Saudi Arabia", _PSF, _GCC],
                ["Bahrain"],
            ),
            G("military.presence", "occurred", ["United Arab Emirates"], ["Bahrain"]),
            # Kuwait: no ground forces, naval units to come
            G("military.presence", "planned", ["Kuwait"], ["Bahrain"], core=False),
            G("military.presence", "negated", ["Kuwait"], ["Bahrain"], core=False),
            # Oman denies taking part
            G("military.presence", "negated", ["Oman"], ["Bahrain"], core=False),
            # the Fifth Fleet at Manama since 1995; the force in Kuwait in 1991 and 2003
            G(
                "military.presence",
                "historical",
                ["United States"],
                ["Bahrain"],
                core=False,
            ),
            G("military.presence", "historical", [_PSF], ["Kuwait"], core=False),
            # the joint defence agreement of 2000
            G(
                "agreement.signed",
                "historical",
                [
                    _GCC,
                    "Saudi Arabia",
                    "Kuwait",
                    "Bahrain",
                    "Qatar",
                    "Oman",
                    "United Arab Emirates",
                ],
                [],
                core=False,
            ),
        ],
        not_targets=["Iran", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh10-map-royal-air-maroc-joins-oneworld-flights-suspended-2020",
        date(2020, 4, 1),
        """الخطوط الملكية المغربية تنضم رسميا إلى تحالف "وان وورلد"

الدار البيضاء - 1 أبريل 2020 (ومع) - انضمت الخطوط الملكية المغربية، اليوم الأربعاء، بشكل رسمي إلى تحالف "وان وورلد" للطيران، لتصبح أول شركة طيران من منطقة المغرب العربي وغرب إفريقيا تنضم إلى هذا التحالف العالمي، الذي يضم ثلاث عشرة شركة، من بينها "أمريكان إيرلاينز" و"الخطوط الجوية البريطانية" و"الخطوط الجوية القطرية".

وكان من المقرر الاحتفاء بهذا الانضمام في حفل كبير بمراكش، غير أنه ألغي بسبب الظرفية الاستثنائية المرتبطة بانتشار فيروس كورونا المستجد (كوفيد-19)، حيث علقت السلطات المغربية منذ 15 مارس الماضي جميع الرحلات الجوية الدولية للمسافرين من وإلى المملكة إلى أجل غير مسمى.

وأوضح الرئيس المدير العام للشركة، عبد الحميد عدو، في بلاغ، أن انضمام "لارام" إلى التحالف "سيمكن زبناءها من الولوج إلى أزيد من ألف وجهة في 170 بلدا، والاستفادة من امتيازات برامج الولاء لدى الشركات الأعضاء، بمجرد استئناف الرحلات"، مضيفا أن الشركة "ستخرج من هذه الأزمة أقوى".

وكانت الشركة قد وقعت في دجنبر 2018 مذكرة تفاهم مع التحالف لإطلاق مسطرة العضوية، كما وقعت خلال السنة الماضية اتفاقيات للرمز المشترك مع "الخطوط الجوية القطرية" و"إيبيريا" الإسبانية، في إطار استراتيجيتها لتوسيع شبكتها نحو آسيا وأمريكا اللاتينية.

وأشار البلاغ إلى أن الشركة مددت صلاحية التذاكر المقتناة قبل تعليق الرحلات إلى غاية نهاية السنة الجارية، وأتاحت لزبنائها تغيير مواعيد السفر أو الوجهة دون أداء رسوم إضافية، كما ستدمج برنامجها للولاء "سفر فلاير" في منظومة التحالف خلال الأشهر المقبلة.

وفي إطار عمليات إعادة السياح الأجانب العالقين بالمغرب، نظمت الشركة خلال الأسبوعين الماضيين عشرات الرحلات الخاصة نحو عدد من العواصم الأوروبية، بتنسيق مع سفارات الدول المعنية، فيما لا يزال آلاف من أفراد الجالية المغربية المقيمة بالخارج عالقين في عدد من المطارات في انتظار فتح الأجواء.

ويأتي انضمام الشركة إلى التحالف في وقت يواجه فيه قطاع النقل الجوي العالمي أسوأ أزمة في تاريخه، إذ يتوقع الاتحاد الدولي للنقل الجوي (إياتا) أن تخسر شركات الطيران أكثر من 250 مليار دولار من عائداتها هذه السنة، وقد رفعت عدة حكومات سقف الدعم الموجه لشركاتها الوطنية لتفادي الإفلاس.

وكانت السلطات قد فرضت حالة الطوارئ الصحية في 20 مارس، مع تقييد حركة التنقل داخل المملكة، وتغريم المخالفين، ونشرت وحدات من القوات المسلحة الملكية والقوات المساعدة في عدد من المدن لمواكبة السلطات المحلية في تطبيق التدابير.""",
        [],
        not_targets=["Qatar", "United Kingdom", "Spain", "United States"],
        known_alarm='an airline joining the Oneworld alliance is an alliance joined, and "منطقة المغرب العربي" makes Morocco join',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh11-alsada-sudan-hilal-merreikh-join-rwandan-league-2025",
        date(2025, 8, 20),
        """رسميا.. الهلال والمريخ في الدوري الرواندي الموسم المقبل

كيغالي - "الصدى"
الأربعاء 20 أغسطس 2025

وافق الاتحاد الرواندي لكرة القدم رسميا على طلب ناديي الهلال والمريخ المشاركة في الدوري الرواندي الممتاز لموسم 2025-2026، في اجتماع لمجلس إدارته عقد في كيغالي أمس، ليصبح القطبان السودانيان أول ناديين من خارج رواندا ينضمان إلى المسابقة، في ظل توقف النشاط الكروي المحلي في السودان منذ اندلاع الحرب في أبريل 2023.

وكان الاتحاد السوداني لكرة القدم قد وقع مع نظيره الرواندي الشهر الماضي مذكرة تفاهم تنظم مشاركة الفريقين، تتحمل بموجبها إدارتا الناديين نفقات السفر والإقامة والملاعب، ولا تحتسب نتائجهما في ترتيب الهبوط، على ألا يمثلا رواندا في المسابقات القارية.

وقال مصدر في مجلس إدارة الهلال لـ"الصدى": "الكورة ما بتقيف، وما عندنا خيار غير نلعب برا لحدي ما الحرب تقيف وترجع الجماهير للملاعب"، مشيرا إلى أن الفريق سيتخذ من ملعب "بيلي" في كيغالي ملعبا رئيسيا له.

وعلى صعيد التعاقدات، وقع الهلال أمس مع المهاجم الكونغولي جان ماركو إيلونغا لمدة موسمين، قادما من نادي مازيمبي، فيما انضم إلى المريخ الحارس التنزاني عبد الله مبوا في صفقة انتقال حر. ومدد الهلال عقد مدربه الكونغولي فلوران إيبينغي حتى صيف 2027، بعد أن قاد الفريق إلى دور المجموعات في دوري أبطال أفريقيا الموسم الماضي.

وفي سياق آخر، رفعت لجنة الاستئناف في الاتحاد الأفريقي لكرة القدم "كاف" العقوبة المفروضة على مدافع المريخ، بعد أن قبلت طعن النادي في قرار لجنة الانضباط التي كانت قد فرضت عليه إيقافا لأربع مباريات وغرامة مالية إثر طرده في مباراة الفريق الأخيرة في البطولة الكونفدرالية.

واستأنف المريخ تدريباته أول أمس في معسكره المغلق بمدينة بنزرت التونسية، قبل أن يشد الرحال إلى كيغالي مطلع الشهر المقبل، بينما نشر الهلال على صفحته الرسمية صورا لوصول بعثته إلى العاصمة الرواندية ولجلسات الإعداد البدني.

وكان الاتحاد السوداني قد علق الدوري الممتاز في موسمه 2023 بعد أسابيع من بداية الحرب، وأعلن لاحقا دمج المسابقة المتبقية في دوري نخبة مصغر أقيم في مدينتي عطبرة وبورتسودان لتحديد ممثلي البلاد قاريا، في ظل غياب الجماهير وصعوبة التنقل بين الولايات.""",
        [],
        not_targets=[
            "Sudan",
            "Rwanda",
            "Tanzania",
            "Tunisia",
            "Democratic Republic of the Congo",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hh12-nna-tripoli-municipality-ramadan-markets-army-patrols-2024",
        date(2024, 3, 18),
        """طرابلس - الوطنية
الاثنين 18 آذار 2024

- بلدية طرابلس تمدد ساعات عمل الأسواق في رمضان وتفرض رسوما رمزية على البسطات

عقد المجلس البلدي لمدينة طرابلس جلسة استثنائية برئاسة رئيس البلدية، أقر خلالها تمديد ساعات عمل الأسواق الشعبية في المدينة القديمة حتى الثانية فجرا طوال شهر رمضان المبارك، وفرض رسوم رمزية على البسطات التي تنتشر على جانبي شارع عزمي وساحة التل، على أن تخصص عائداتها لأعمال النظافة. كما قرر المجلس دمج لجنتي الأسواق والصحة في لجنة واحدة تتولى مراقبة الأسعار وسلامة الغذاء، ورفع عدد عناصر الشرطة البلدية المكلفة بتنظيم السير عند مداخل الأسواق.

- توقيع مذكرة لإنارة الشوارع بالطاقة الشمسية

ووقعت البلدية مذكرة تفاهم مع برنامج الأمم المتحدة الإنمائي لتركيب 400 عمود إنارة تعمل بالطاقة الشمسية في شوارع الميناء والقبة والتبانة، بتمويل من الاتحاد الأوروبي، في مشروع يستمر ستة أشهر. وقال رئيس البلدية إن "المدينة تعيش في العتمة منذ بداية الأزمة، والناس ما عادت تتحمل"، شاكرا الجهات المانحة.

- الجيش يسير دوريات في التبانة وجبل محسن

أمنيا، نشر الجيش اللبناني دوريات مؤللة في شارع سوريا وعند محاور باب التبانة وجبل محسن، وأقام حواجز ثابتة ومتحركة، بعد إشكال فردي تطور إلى إطلاق نار ليل أمس أدى إلى إصابة شخصين. وأفادت قيادة الجيش - مديرية التوجيه في بيان بأن وحداتها دهمت عددا من المنازل وأوقفت ثلاثة مطلوبين، وضبطت كمية من الأسلحة والذخائر.

- استئناف ضخ المياه

وأعلنت مؤسسة مياه لبنان الشمالي استئناف ضخ المياه إلى أحياء أبي سمراء والقبة بعد إصلاح العطل الذي أصاب المحطة الرئيسية، فيما علقت مدارس رسمية في المنطقة الدروس ليوم واحد بسبب انقطاع الكهرباء عن مبانيها.

- "مائدة الخير" في الميناء

ونظمت جمعيات أهلية، بالتعاون مع البلدية، مائدة إفطار جماعية في كورنيش الميناء شارك فيها نحو ألف صائم، وانضم إليها متطوعون من مختلف مناطق الشمال. وأعلنت إحدى الجمعيات أنها رفعت عدد الحصص الغذائية التي توزعها يوميا على العائلات المحتاجة إلى 1500 حصة، بسبب ارتفاع الأسعار وتراجع القدرة الشرائية.""",
        [],
        not_targets=["European Union", "Syria"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout35_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout35_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a warning that a purchase "would expose" a state to sanctions, or "of sanctions", is a threat
    pytest.param(
        "حذرت الولايات المتحدة الهند من أنها ستتعرض لعقوبات إذا اشترت المنظومة الروسية.",
        date(2019, 11, 15),
        [("sanctions.threatened", "occurred", "target:India")],
        [],
        id="warned-it-will-face-sanctions",
    ),
    pytest.param(
        "هددت الولايات المتحدة بفرض عقوبات على الهند إذا اشترت المنظومة الروسية.",
        date(2019, 11, 15),
        [("sanctions.threatened", "occurred", "target:India")],
        [],
        id="threatened-to-impose",
    ),
    pytest.param(
        "حذرت الولايات المتحدة الهند من أن شراء المنظومة الروسية سيعرضها لعقوبات.",
        date(2019, 11, 15),
        [("sanctions.threatened", "occurred", "target:India")],
        [],
        id="warned-purchase-would-expose-it",
    ),
    pytest.param(
        "حذرت الولايات المتحدة الهند من عقوبات إذا اشترت المنظومة الروسية.",
        date(2019, 11, 15),
        [("sanctions.threatened", "occurred", "target:India")],
        [],
        id="warned-of-sanctions",
        marks=_xfail("nothing"),
    ),
    pytest.param(
        "بعث وزير الخارجية الأمريكي رسالة إلى نظيره الهندي يحذر فيها من أن شراء المنظومة الروسية "
        "سيعرض الهند لعقوبات.",
        date(2019, 11, 15),
        [("sanctions.threatened", "occurred", "target:India")],
        [],
        id="letter-warning-purchase-would-expose",
    ),
    # a verb joined by "و" after a clause dated in the past keeps the sentence's own time
    pytest.param(
        "أعلن وزيرا خارجية قطر وتشاد أمس إعادة العلاقات، ووقعا اتفاقا للتعاون.",
        date(2018, 2, 21),
        [
            ("relations.restored", "occurred", "Chad"),
            ("agreement.signed", "occurred", "Qatar"),
        ],
        [],
        id="restored-and-signed",
    ),
    pytest.param(
        "أعلن وزيرا خارجية قطر وتشاد أمس إعادة العلاقات المقطوعة منذ عام 2017. ووقع الوزيران "
        "اتفاقا للتعاون.",
        date(2018, 2, 21),
        [
            ("relations.restored", "occurred", "Chad"),
            ("agreement.signed", "occurred", "Qatar"),
        ],
        [],
        id="ties-cut-since-then-a-new-sentence-signed",
    ),
    pytest.param(
        "أعلن وزيرا خارجية قطر وتشاد أمس إعادة العلاقات المقطوعة منذ عام 2017، ووقعا اتفاقا "
        "للتعاون.",
        date(2018, 2, 21),
        [
            ("relations.restored", "occurred", "Chad"),
            ("agreement.signed", "occurred", "Qatar"),
        ],
        [],
        id="ties-cut-since-then-and-signed",
    ),
    # forces that enter a state or cross into it are present there, as forces that arrive are
    pytest.param(
        "وصل نحو ألف جندي تركي إلى قطر أمس.",
        date(2017, 6, 19),
        [("military.presence", "occurred", "target:Qatar")],
        [],
        id="soldiers-arrive",
    ),
    pytest.param(
        "دخل نحو ألف جندي تركي قطر أمس.",
        date(2017, 6, 19),
        [("military.presence", "occurred", "target:Qatar")],
        [],
        id="soldiers-enter",
    ),
    pytest.param(
        "عبرت القوات الرواندية الحدود إلى موزمبيق أمس.",
        date(2021, 7, 10),
        [("military.presence", "occurred", "target:Mozambique")],
        [],
        id="forces-cross-the-border",
    ),
    # a capital that receives forces stands for its state
    pytest.param(
        "وصلت القوات التركية إلى الدوحة أمس.",
        date(2017, 6, 19),
        [("military.presence", "occurred", "target:Qatar")],
        [],
        id="forces-arrive-in-a-capital",
    ),
    # an airline joining an airline alliance or association is no alliance joined
    pytest.param(
        "انضم المغرب اليوم إلى التحالف الدولي ضد داعش.",
        date(2020, 4, 1),
        [("alliance.joined", "occurred", "Morocco")],
        [],
        id="state-joins-coalition",
    ),
    pytest.param(
        "انضمت شركة طيران الخليج اليوم إلى تحالف ستار للطيران.",
        date(2020, 4, 1),
        [],
        [],
        id="airline-joins-airline-alliance",
    ),
    pytest.param(
        "انضمت الخطوط الجوية الكويتية اليوم إلى الاتحاد الدولي للنقل الجوي.",
        date(2020, 4, 1),
        [],
        [],
        id="airline-joins-iata",
    ),
    # "المغرب العربي" is the Maghreb, not Morocco
    pytest.param(
        "وأصبحت تونس أول دولة من شمال أفريقيا تنضم إلى المنظمة.",
        date(2020, 4, 1),
        [("alliance.joined", "occurred", "Tunisia")],
        [],
        id="first-of-north-africa-to-join",
    ),
    pytest.param(
        "وأصبحت تونس أول دولة من منطقة المغرب العربي تنضم إلى المنظمة.",
        date(2020, 4, 1),
        [("alliance.joined", "occurred", "Tunisia")],
        [],
        id="first-of-the-maghreb-to-join",
    ),
    # a company's nationality after a name spelled in letters is not a target
    pytest.param(
        "رفعت الولايات المتحدة العقوبات عن شركة كوسكو الصينية للشحن.",
        date(2020, 1, 31),
        [("sanctions.lifted", "occurred", "United States")],
        ["China"],
        id="lifted-on-cosco-chinese",
    ),
    pytest.param(
        "فرضت وزارة الخزانة الأمريكية اليوم عقوبات على شركة هواوي الصينية.",
        date(2020, 1, 31),
        [("sanctions.imposed", "occurred", "United States")],
        ["China"],
        id="imposed-on-huawei-chinese",
    ),
    pytest.param(
        "رفعت وزارة التجارة الأمريكية اليوم الحظر عن شركة زد تي إي الصينية.",
        date(2018, 7, 13),
        [("sanctions.lifted", "occurred", "target:ZTE")],
        ["China"],
        id="lifted-on-zte-chinese",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على شركة دي جي آي الصينية.",
        date(2021, 12, 16),
        [("sanctions.imposed", "occurred", "United States")],
        ["China"],
        id="imposed-on-dji-chinese",
    ),
    # "حتى الآن لم تفرض" is a negated imposition, as "حتى اليوم لم تفرض" is
    pytest.param(
        "حتى اليوم لم تفرض الولايات المتحدة أي عقوبات على تركيا.",
        date(2019, 11, 15),
        [],
        [],
        id="not-imposed-to-this-day",
    ),
    pytest.param(
        "لم تفرض الولايات المتحدة حتى الآن أي عقوبات على تركيا.",
        date(2019, 11, 15),
        [],
        [],
        id="not-imposed-as-yet",
    ),
    pytest.param(
        "حتى الآن لم تفرض الولايات المتحدة أي عقوبات على تركيا.",
        date(2019, 11, 15),
        [],
        [],
        id="as-yet-not-imposed",
    ),
    # waivers issued today that suspend sanctions suspend them today
    pytest.param(
        "علقت وزارة الخزانة الأمريكية اليوم العقوبات المفروضة على قطاع النفط الفنزويلي.",
        date(2023, 10, 18),
        [("sanctions.suspended", "occurred", "target:Venezuela")],
        [],
        id="suspended-today",
    ),
    pytest.param(
        "أصدرت وزارة الخزانة الأمريكية اليوم إعفاء يعلق العقوبات على قطاع النفط الفنزويلي.",
        date(2023, 10, 18),
        [("sanctions.suspended", "occurred", "target:Venezuela")],
        [],
        id="waiver-issued-today",
    ),
    pytest.param(
        "أصدرت وزارة الخزانة الأمريكية اليوم إعفاءات تعلق بموجبها العقوبات المفروضة على قطاع "
        "النفط الفنزويلي.",
        date(2023, 10, 18),
        [("sanctions.suspended", "occurred", "target:Venezuela")],
        [],
        id="waivers-under-which-it-suspends",
        marks=_xfail("historical"),
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout35_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout35_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(250, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
