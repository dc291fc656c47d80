"""An eightieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-nine held-out sets: Arabic copy of 2011-2023 as agency wires, pan-Arab, Gulf, Yemeni,
Sudanese, Egyptian and Moroccan outlets and the Arabic services of international ones carry it (the
Turkish agency's Arabic wire, "أديس أبابا - الأناضول", with a Ouagadougou motorcyclist; a London
pan-Arab daily, "لوكسمبورغ - «الشرق الأوسط»", with a Burmese businessman of Kuala Lumpur; an African
news site's Arabic brief, "هراري - «أفريقيا برس»", with a Mbare greengrocer; a Yemeni news site,
"نيويورك - «المشهد اليمني»", with an unpaid civil servant of Sanaa; a French channel's Arabic site,
"أبوجا - «فرانس 24»", with a cashew seller of Bandim market; a Khartoum daily, "الخرطوم -
«السوداني»", with an Omdurman cloth seller; a Qatari daily, "الدوحة - «الشرق»", in its court style
("حضرة صاحب السمو … أمير البلاد المفدى") with an elder of Abu Shouk camp; a Kuwaiti daily, "الكويت -
«القبس»", with a retired Kuwaiti's "الحمد لله اللي رجعت المياه لمجاريها"; a Sudanese news site,
"الخرطوم - «سودان تربيون»", with a retired Omdurman officer; an Emirati news site, "جيبوتي - «إرم
نيوز»", with a port clerk of Ma'ala; an Egyptian daily's sports page, "القاهرة - «اليوم السابع» -
رياضة", with a Shubra fan's "إحنا عايزين بطولات"; a Moroccan news site's economy page, "الدار
البيضاء - «هسبريس» - اقتصاد", in Moroccan usage ("بلاغ", "الافتحاص") with a Maarif taxi driver's
"ما تتزادش الأقساط") on episodes the earlier sets do not carry as core news: the African Union's
Peace and Security Council imposing a travel ban and asset freeze on Gilbert Diendéré and the
Burkinabè putschists, September 2015; the EU lifting its sanctions on Myanmar but the arms embargo,
April 2013; the EU suspending its sanctions on Zimbabwe's state diamond company ZMDC, September 2013;
the Security Council extending the Yemen sanctions for a year by Resolution 2511, February 2020;
ECOWAS threatening sanctions on those who block the Conakry agreement in Guinea-Bissau at its Abuja
summit, December 2017; Sudan joining the Saudi-led coalition of Decisive Storm, March 2015; the Doha
Document for Peace in Darfur signed by Sudan and the Liberation and Justice Movement, July 2011; the
UAE and Qatar restoring their diplomatic representation, June 2023; Sudan's Transitional Military
Council merging the NISS Operations Authority into the army and the Rapid Support Forces, July 2019;
Djibouti saying Saudi Arabia will set up a military base there, March 2016.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings, article texts and rule sentences) by states, bodies, people, places and
years in Arabic and English spellings, reading every hit: "Burkina" beside 2015 and "دينديري"/
"Diendéré" (found only as Burkina Faso's insurgency "منذ عام 2015" and its ECOWAS suspension of 2022),
"Myanmar"/"ميانمار"/"بورما" beside 2013 (none; the suspension of 2012 and the US lifting of 2016
are other episodes, carried by sets 68 and 27), "ZMDC" (none; set 38's suspension of 21 people in
February 2013 is another step), "2511" (none; sets 37 and 28 carry the renewals of 2019 and 2024),
"Bissau"/"بيساو" beside 2017 or 2018 (none; sets 18 and 24 carry the threat of 2025, sets 82 and 87
the measures of 2012-2013), Sudan beside Decisive Storm or "التحالف العربي" (found only as
background of sets 19, 66 and 78 and the troops of set 72, a presence), "Doha Document"/"وثيقة
الدوحة" (found only as background of sets 46 and 62), the UAE beside Qatar and a restoration or
ambassadors (none; Bahrain and Qatar, Egypt and Qatar and AlUla are other episodes), "هيئة العمليات"/
"Operations Authority" (none), and Saudi Arabia beside a base in Djibouti (none). Some thirty other
candidates were dropped because the search found them as core news (among them Eritrea's lifting,
Raad and Sherri, the IMSC joinings, Trump's threat to Iraq, Egypt and Greece, Tunisia and Syria, the
Kildani listing, Côte d'Ivoire's lifting, the Saudi-Pakistani pact, Mauritania and Qatar, Chad and
Qatar, the Port Sudan base, the Peshmerga, Berbera, COSCO, the Nepal and Central African
integrations, the Amhara special forces, Assumption Island, Japan's Iran lifting, the Venezuela
licence, the Caesar suspension and the SDF agreement).
Facts the writer is unsure of: the day of the Peace and Security Council's meeting (18 September
2015) and whether its measures were decided then or confirmed later; whether the EU's ZMDC step of
September 2013 was worded as a suspension or a removal; Resolution 2511's votes (thirteen, Russia and
China abstaining) and its dates; the ECOWAS summit's deadline for Guinea-Bissau; the day and form of
the TMC's decree on the Operations Authority (the end of July 2019 is the writer's best knowledge);
the day of the Djiboutian minister's statement (early March 2016).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the Saudi base that "ستقيم" in Djibouti), next to historical, negated and stalled ones; two are
near misses: an Egyptian football page (a club that "رفع عقوبة الإيقاف التي فرضها" on its striker, a
captain's contract "مدد", a midfielder who "وقع عقدا" and "لينضم", the federation that "فرض غرامة", a
committee that "علقت حضور الجماهير", a cooperation agreement "وقع" with an academy, youth teams
"دمج", "عودة العلاقات الطيبة" between players and fans) and a Casablanca economy page (two insurers
that "وقعت … اتفاقية اندماج", agents who "ستنضم", a regulator that "علقت تداول", talks "مددتا", a
pandemic that "فرضت" delays).

The decisions of the annotation, taken before any run: a council that "فرض … عقوبات على قادة
الانقلاب العسكري في بوركينا فاسو" imposes (core; the African Union; Burkina Faso and Diendéré; not
Senegal or Benin of the mediators, France or the United States), "ولم تفرض المجموعة الاقتصادية …
أي عقوبات" a negated imposition, the reform committee that "أوصت … بدمجه" a negated integration (a
recommendation never carried out); the suspension from the AU's activities is no event of a watched
type. A Union that "رفع … جميع العقوبات … التي كان يفرضها على ميانمار" lifts (core; the EU;
Myanmar), the suspension of April 2012 a historical suspension and the measures of the 1990s a
historical imposition, "لم يرفع حظر الأسلحة" a negated lifting; the American measures still kept are
no event. A Union that "علق … العقوبات المفروضة على مؤسسة تنمية التعدين" suspends (core; the EU;
Zimbabwe and ZMDC; not Belgium, India or the UAE of the diamond trade), its listing of 2009 a
historical imposition, the February suspension a historical suspension, "ولم يعلق الاتحاد
العقوبات المفروضة على الرئيس روبرت موغابي" a negated suspension and "كما لم يرفع حظر الأسلحة" a
negated lifting. A council that "مدد … العقوبات المفروضة على اليمن لمدة عام إضافي" extends (core;
the Security Council and the United Kingdom, its penholder; Yemen; not Russia or China, who
abstained), Resolutions 2140 and 2216 historical impositions, "ولم يرفع المجلس … أيا من الأسماء" a
negated lifting, the Stockholm agreement of December 2018 a historical signing. A bloc that "لوحت …
بفرض عقوبات على كل من يعرقل تنفيذ اتفاق كوناكري" threatens (core; ECOWAS; Guinea-Bissau; not Nigeria
the host, Togo the chair, Guinea the mediator), the Conakry agreement of October 2016 a historical
signing and its talks that "ظلت متعثرة" a stalled signing, "ولم تفرض المجموعة حتى الآن أي عقوبات"
a negated imposition, ECOMIB "منذ عام 2012" a historical presence; the ECOMIB mandate "تمديد" is no
sanction. A state that "أعلن … انضمامه إلى التحالف العسكري الذي تقوده المملكة العربية السعودية"
joins (core; Sudan; the Saudi-led coalition; not Saudi Arabia, its leader, nor the members
listed), "ولم يرسل السودان حتى الآن أي قوات برية إلى الأراضي اليمنية" a negated presence, the
Iranian warships at Port Sudan in 2012 a historical presence; the Iranian centres closed are no
event. A government and a movement that "وقعت … وثيقة الدوحة للسلام في دارفور" sign (core; Sudan
and the Liberation and Justice Movement; not Chad, Eritrea or Burkina Faso of the guests), the
Justice and Equality Movement that "لم توقع" a negated signing, its framework agreement of
February 2010 a historical signing and its talks "متعثرة" a stalled one, UNAMID "منذ عام 2008" a
historical presence. Two states that "أعلنت … عودة التمثيل الدبلوماسي بينهما" restore (core; the
UAE and Qatar; not Kuwait, the mediator), the AlUla declaration of January 2021 a historical signing
and Riyadh's and Cairo's embassies after it a historical restoration, "ولم تعلن البحرين حتى الآن
عودة سفارتها" a negated restoration; the break of 2017 is no event of a watched type. A council
whose decree "جرى بموجبه دمج قوات «هيئة العمليات» … في القوات المسلحة السودانية وقوات الدعم
السريع" integrates (core; the Transitional Military Council and Sudan; the army and the RSF), the
political declaration "وقع الطرفان في السابع عشر من يوليو" a historical signing, the constitutional
document's "التوقيع المرتقب" a planned signing (not core) and its security talks "متعثرة" a stalled
one. A kingdom that "ستقيم قاعدة عسكرية على أراضي بلاده" plans a presence (core, planned; Saudi
Arabia; Djibouti; not Iran, Yemen or China), the base agreement that "ستوقع في المستقبل القريب" a
planned signing (not core), Djibouti that "انضمت في ديسمبر الماضي إلى التحالف الإسلامي العسكري" a
historical joining, Camp Lemonnier "منذ عام 2002" and the Japanese base of 2011 historical
presences, "ولم تنشر السعودية حتى الآن أي قوات في جيبوتي" a negated presence; the break with Iran
is no event of a watched type. The Egyptian sports page and the Moroccan economy page carry no
events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.833, R 0.900, F1 0.865 (recall
9/10, precision 10/12); occurred core found 9/9, planned 0/1; historical kept quiet 16/16, negated
11/11, stalled 3/3. Missed: the Saudi base in Djibouti (ar-h80-10), "إن المملكة العربية السعودية ستقيم
قاعدة عسكرية على أراضي بلاده", no presence is read (the minister's "قال … إن" report of a future
base, "ستقيم قاعدة" with the host named only as "أراضي بلاده"). False alarms and unexpected alerts:
in ar-h80-04 the Yemen extension takes Russia and China, who "امتنعت … عن التصويت" in the next
sentence, for targets, and the listing criterion "يتهمهم المجلس بتهديد السلام والأمن" (a threat to
peace, no threat of sanctions) is read as a sanctions threat by Russia and China; in ar-h80-10 China's
"تجري … مفاوضات لإنشاء أول منشأة عسكرية لها خارج أراضيها" is read as a planned presence (a
negotiation, no decision; gold has no such event, so an unexpected alert). Also seen, not failing: the
Burkina imposition has no Diendéré; the ZMDC suspension has no target; the Decisive Storm joining
and the UAE-Qatar restoration have no coalition or target; the Doha Document has Qatar, the host,
for an actor and Sudan for a target; the Operations Authority's integration has no actor and only
the RSF for a target; in ar-h80-05 the stalled Conakry talks take Guinea and Cape Verde (from the
party's name) for parties. The two near misses raise nothing. Two articles are strict xfails.

After the fixes of 2026-12-07: events P 0.917, R 1.000, F1 0.957 (recall 10/10, precision 11/12);
planned core found 1/1 by the score (the alertable status matches), every quiet event kept quiet.
Three general causes were fixed, each pinned by rule sentences of other states and wording in
``test_heldout80_rules_ar.py``: a threat noun or verb whose own object is peace, security,
stability, sovereignty or the political transition ("بتهديد السلام والأمن", the group
``threatened_own_object`` the English lexicon had, now in ``ar.cues.yaml``) is a regime's criterion,
no threat of sanctions; the future of "أقام" ("ستقيم", "سيقيم") sets up a base as "ستنشئ" does (the
present "تقيم" is left out: set 12's "فيما تقيم الإمارات قاعدة في ميناء عصب" is a base long kept)
(``ar.triggers.yaml``); and those named after an abstention ("امتناع",
"وامتناع", "بامتناع"), the voters, stop the search for targets (``ar.cues.yaml`` stop markers).
ar-h80-04 is cured and its strict xfail removed. Left: in ar-h80-10 the planned base is now read,
but it is merged with an occurred presence read from the Saudi team of military experts "أرسلت …
لمعاينة … المواقع", so the strict check (status planned) still misses it, and China's "مفاوضات لإنشاء
أول منشأة عسكرية" is still a planned presence (talks on a base, which a status rule for
negotiations would need; not attempted in the time left). Of the readings seen before the fixes, the
others are unchanged.
Fixed later by the general-misses round 2 of 2026-12-07: a base that is what talks are about
("مفاوضات لإنشاء", "تتفاوض … على إقامة") is no event, as English "in talks to set up a base" is
none (``extractor._base_under_talks_ar``; a base an agreement reached in the talks provides for is
still read), so China's facility raises no alert; the known_alarm of ar-h80-10 is removed (its
known_miss stays: the Saudi base is still merged with the experts' visit).
Cured later by the general round on sets 60 to 80 (experts sent to survey a site are no presence,
``test_general_misses4_rules_ar.py``): ar-h80-10, its strict xfail removed.

``python -m tests.unit.test_heldout80_events_ar`` prints every article's alerts and the set's
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

_AU = "African Union"
_EU = "European Union"
_UNSC = "United Nations Security Council"
_ECOWAS = "Economic Community of West African States"
_SAF = "Sudanese Armed Forces"
_RSF = "Rapid Support Forces"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-01-anadolu-au-sanctions-burkina-junta-diendere-2015",
        date(2015, 9, 19),
        """الاتحاد الأفريقي يعلق عضوية بوركينا فاسو ويفرض عقوبات على قادة الانقلاب

أديس أبابا - الأناضول

فرض مجلس السلم والأمن التابع للاتحاد الأفريقي، مساء الجمعة، عقوبات على قادة الانقلاب العسكري في بوركينا فاسو، تشمل حظر السفر وتجميد الأصول، وقرر تعليق مشاركة البلاد في جميع أنشطة الاتحاد إلى حين عودة السلطات الانتقالية المدنية إلى ممارسة مهامها.

وقال مفوض السلم والأمن في الاتحاد إسماعيل شرقي، في مؤتمر صحفي عقب اجتماع طارئ للمجلس في أديس أبابا، إن العقوبات تستهدف الجنرال جيلبير دينديري، قائد فوج الأمن الرئاسي، وكل أعضاء ما يسمى «المجلس الوطني للديمقراطية» الذي أعلن توليه السلطة، مضيفا أن الاتحاد «لن يعترف بأي سلطة تنبثق عن هذا الانقلاب».

ووصف المجلس، في بيانه، ما جرى في واغادوغو بأنه «عمل إرهابي» بحق المؤسسات الانتقالية، وطالب بالإفراج الفوري وغير المشروط عن الرئيس الانتقالي ميشيل كافاندو ورئيس الوزراء إسحاق زيدا وأعضاء الحكومة المحتجزين منذ الأربعاء.

وكان عناصر من فوج الأمن الرئاسي، الذي ظل لسنوات الذراع العسكرية للرئيس السابق بليز كومباوري، قد اقتحموا اجتماعا لمجلس الوزراء واحتجزوا المسؤولين، قبل أسابيع من الانتخابات الرئاسية والتشريعية التي كانت مقررة في الحادي عشر من أكتوبر المقبل.

ولم تفرض المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» حتى الآن أي عقوبات على الانقلابيين، إذ فضلت إيفاد رئيس السنغال ماكي سال، الرئيس الدوري للمجموعة، ورئيس بنين توماس بوني يايي إلى واغادوغو للتوسط، وقال دبلوماسي في أبوجا إن المجموعة «تعطي الوساطة فرصة قبل أي خطوة أخرى».

وتعيش بوركينا فاسو مرحلة انتقالية منذ أكتوبر 2014، حين أجبرت انتفاضة شعبية كومباوري على الاستقالة والفرار إلى ساحل العاج، بعد 27 عاما في الحكم، إثر محاولته تعديل الدستور للبقاء في السلطة.

وأدانت فرنسا، القوة الاستعمارية السابقة، الانقلاب، فيما أعلنت الولايات المتحدة أنها تراجع مساعداتها للبلاد. ويرى مراقبون أن فوج الأمن الرئاسي، المؤلف من نحو 1300 عنصر، كان يخشى حله بعد أن أوصت لجنة إصلاح الجيش بدمجه في الوحدات النظامية.

وفي أحد شوارع واغادوغو، قال سائق دراجة نارية لمراسل الأناضول عبر الهاتف: «المدينة متوقفة، الأسواق مغلقة، والناس تنتظر ما سيقوله الجيش النظامي. لا أحد هنا يريد العودة إلى الوراء».""",
        [
            G("sanctions.imposed", "occurred", [_AU], ["Burkina Faso", "Gilbert Diendéré"]),
            # "ولم تفرض المجموعة الاقتصادية ... حتى الآن أي عقوبات على الانقلابيين"
            G("sanctions.imposed", "negated", [_ECOWAS], ["Burkina Faso"], core=False),
            # the reform committee that "أوصت ... بدمجه في الوحدات النظامية" (a recommendation, not
            # a decision)
            G("forces.integrated", "negated", ["Burkina Faso"], [], core=False),
        ],
        not_targets=["Senegal", "Benin", "France", "United States", "Ivory Coast", "Côte d'Ivoire"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-02-asharqalawsat-eu-lifts-myanmar-sanctions-keeps-arms-embargo-2013",
        date(2013, 4, 23),
        """الاتحاد الأوروبي يرفع عقوباته عن ميانمار ويبقي على حظر الأسلحة

لوكسمبورغ - «الشرق الأوسط»

رفع الاتحاد الأوروبي، أمس الاثنين، جميع العقوبات التجارية والاقتصادية والفردية التي كان يفرضها على ميانمار (بورما سابقا)، باستثناء حظر توريد الأسلحة، مكافأة لحكومة الرئيس ثين سين على الإصلاحات السياسية التي أطلقتها منذ تسلمها السلطة من المجلس العسكري قبل عامين.

واتخذ وزراء خارجية دول الاتحاد الثماني والعشرين القرار خلال اجتماعهم الشهري في لوكسمبورغ، وقالوا في بيان مشترك إن الاتحاد «يرغب في فتح صفحة جديدة في علاقاته» مع ميانمار، وإنه «يعترف بالتغييرات الملحوظة» التي شهدتها البلاد، ومنها الإفراج عن مئات المعتقلين السياسيين ودخول زعيمة المعارضة أونغ سان سو تشي البرلمان.

وكان الاتحاد قد علق معظم هذه العقوبات في أبريل من العام الماضي لمدة عام، بعد الانتخابات التكميلية التي فازت فيها الرابطة الوطنية من أجل الديمقراطية بغالبية المقاعد المتنافس عليها، وكان قد فرض أولى عقوباته على النظام العسكري في تسعينيات القرن الماضي.

غير أن الاتحاد لم يرفع حظر الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي، وقالت مسؤولة السياسة الخارجية كاثرين آشتون إن الحظر «سيبقى قائما» في ظل استمرار المخاوف من أعمال العنف بين البوذيين والمسلمين في ولاية راخين ومن القتال في ولاية كاتشين.

وانتقدت منظمات حقوقية القرار، وقالت منظمة «هيومن رايتس ووتش» إنه جاء في اليوم نفسه الذي نشرت فيه تقريرا يتهم السلطات بالتواطؤ في «حملة تطهير عرقي» ضد أقلية الروهينغا المسلمة، معتبرة أن بروكسل «تخلت عن ورقة الضغط الأهم قبل الأوان».

في المقابل، رحبت حكومة نايبيداو بالخطوة، ووصفها متحدث باسم الرئاسة بأنها «اعتراف بأن الشعب الميانماري اختار طريق الديمقراطية». ويتوقع أن تفتح الخطوة الباب أمام الشركات الأوروبية للاستثمار في قطاعات الطاقة والاتصالات والسياحة، في بلد يبلغ عدد سكانه نحو ستين مليون نسمة.

ولا تزال الولايات المتحدة تبقي على جزء من عقوباتها، بينها حظر استيراد الأحجار الكريمة البورمية، رغم أنها خففت منذ العام الماضي القيود على الاستثمارات الجديدة.

وقال رجل أعمال من الجالية البورمية في كوالالمبور لـ«الشرق الأوسط»: «أهلنا ينتظرون فرص العمل أكثر من البيانات. إذا جاءت المصانع فسيعود كثيرون منا إلى بلادهم».""",
        [
            G("sanctions.lifted", "occurred", [_EU], ["Myanmar"]),
            # suspended "في أبريل من العام الماضي", imposed "في تسعينيات القرن الماضي"
            G("sanctions.suspended", "historical", [_EU], ["Myanmar"], core=False),
            G("sanctions.imposed", "historical", [_EU], ["Myanmar"], core=False),
            # "لم يرفع حظر الأسلحة"
            G("sanctions.lifted", "negated", [_EU], ["Myanmar"], core=False),
        ],
        not_targets=["United States", "Malaysia", "Luxembourg"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-03-newzimbabwe-arabic-brief-eu-suspends-zmdc-sanctions-2013",
        date(2013, 9, 18),
        """الاتحاد الأوروبي يعلق عقوباته على شركة الماس الحكومية في زيمبابوي

هراري - «أفريقيا برس»

علق الاتحاد الأوروبي، أمس الثلاثاء، العقوبات المفروضة على مؤسسة تنمية التعدين في زيمبابوي، الشركة الحكومية التي تدير حصة الدولة في حقول الماس بمنطقة مارانج شرقي البلاد، ما يفتح الطريق أمام بيع الماس الزيمبابوي في مراكز التداول الأوروبية، وفي مقدمتها مدينة أنتويرب البلجيكية.

وقال دبلوماسيون في بروكسل إن القرار جاء بعد ضغوط قادتها بلجيكا، التي تضم أكبر سوق للماس الخام في العالم، مشيرين إلى أن تجار أنتويرب خسروا حصة كبيرة من السوق لصالح دبي والهند منذ إدراج الشركة على القائمة الأوروبية عام 2009.

ورحب وزير المناجم والتنمية المعدنية والتر تشيدهاكوا بالقرار، وقال للصحفيين في هراري إنه «خطوة في الاتجاه الصحيح»، لكنه طالب الاتحاد بإلغاء «كل العقوبات غير الشرعية» المفروضة على بلاده، مضيفا أن زيمبابوي «لن تقبل بأي شروط سياسية» مقابل ذلك.

ولم يعلق الاتحاد العقوبات المفروضة على الرئيس روبرت موغابي وزوجته غريس، التي تشمل حظر السفر وتجميد الأصول، كما لم يرفع حظر الأسلحة، وقالت متحدثة باسم المفوضة العليا للشؤون الخارجية إن الاتحاد «سيراجع الإجراءات المتبقية» في ضوء تقييمه للانتخابات العامة التي جرت في يوليو الماضي وفاز فيها موغابي بولاية جديدة.

وكان الاتحاد قد علق في فبراير الماضي تدابيره على 21 شخصا وعلى كيان واحد، قبيل الاستفتاء على الدستور الجديد، مع إبقاء الأسماء الأكثر أهمية على القائمة.

وتعرضت حقول مارانج لانتقادات واسعة من منظمات حقوقية اتهمت قوات الأمن بقتل أكثر من مئتي منقب غير نظامي خلال عملية عسكرية عام 2008، فيما سمحت عملية كيمبرلي لإصدار شهادات الماس للبلاد باستئناف تصدير إنتاج الحقول عام 2011.

وقالت منظمة «غلوبال ويتنس» إن القرار الأوروبي «متسرع»، لأن عائدات الماس «لا تزال تذهب إلى جهات غير معروفة» ولا تظهر في الميزانية العامة، بحسب تعبيرها.

ويعد الماس من أبرز مصادر العملة الصعبة في زيمبابوي، التي تخلت عن عملتها الوطنية عام 2009 بعد تضخم قياسي، وتعتمد منذ ذلك الحين على الدولار الأمريكي وعملات أخرى، فيما تقول الحكومة إن العقوبات حرمتها من استثمارات كانت ستخلق آلاف الوظائف.

وفي سوق مباري بهراري، قال تاجر خضار: «الماس عندنا من سنين، لكننا لم نر منه شيئا. إن جاءت الأموال هذه المرة فليحسّنوا المستشفيات أولا».""",
        [
            G("sanctions.suspended", "occurred", [_EU], ["Zimbabwe", "Zimbabwe Mining Development Corporation"]),
            # the listing of 2009; the February suspension of 21 people and one entity
            G("sanctions.imposed", "historical", [_EU], ["Zimbabwe", "Zimbabwe Mining Development Corporation"], core=False),
            G("sanctions.suspended", "historical", [_EU], ["Zimbabwe"], core=False),
            # "ولم يعلق الاتحاد العقوبات المفروضة على الرئيس روبرت موغابي" and "لم يرفع حظر الأسلحة"
            G("sanctions.suspended", "negated", [_EU], ["Zimbabwe", "Robert Mugabe"], core=False),
            G("sanctions.lifted", "negated", [_EU], ["Zimbabwe"], core=False),
        ],
        not_targets=["Belgium", "India", "United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-04-almashhad-alyemeni-security-council-2511-extends-yemen-sanctions-2020",
        date(2020, 2, 26),
        """مجلس الأمن يمدد العقوبات على اليمن عاما وسط امتناع روسيا والصين

نيويورك - «المشهد اليمني»

مدد مجلس الأمن الدولي، مساء الثلاثاء، العقوبات المفروضة على اليمن لمدة عام إضافي تنتهي في السادس والعشرين من فبراير 2021، كما مدد ولاية فريق الخبراء المعني بمراقبة تنفيذها حتى الثامن والعشرين من مارس من العام نفسه، وذلك في القرار رقم 2511 الذي صاغته المملكة المتحدة.

وحصل القرار على تأييد ثلاثة عشر عضوا، فيما امتنعت روسيا والصين عن التصويت، بعد خلاف حول فقرات تتناول تهريب الأسلحة إلى جماعة الحوثي وانتهاكات القانون الإنساني، وقال المندوب الروسي إن النص «غير متوازن» ويتضمن «لغة مسيسة».

وتشمل العقوبات تجميد الأصول وحظر السفر على أفراد وكيانات يتهمهم المجلس بتهديد السلام والأمن والاستقرار في اليمن، إضافة إلى حظر الأسلحة المفروض على الحوثيين والقيادات المدرجة.

ورحبت الحكومة اليمنية بالقرار، وقال وزير الخارجية محمد الحضرمي إنه «رسالة واضحة للميليشيا الحوثية بأن المجتمع الدولي لن يتسامح مع تقويض عملية السلام»، داعيا المجلس إلى «اتخاذ خطوات عملية لوقف تدفق الأسلحة الإيرانية».

وكان المجلس قد أنشأ نظام العقوبات بالقرار 2140 في فبراير 2014، ثم فرض في أبريل 2015 بالقرار 2216 حظرا على توريد الأسلحة إلى زعيم الحوثيين عبد الملك الحوثي وحلفائه، ولم يرفع المجلس منذ ذلك الحين أيا من الأسماء المدرجة على القائمة.

ويأتي التمديد في وقت تتصاعد فيه المعارك في محافظتي الجوف ومأرب، بعد أسابيع من هدوء نسبي أعقب اتفاق ستوكهولم الموقع في ديسمبر 2018، والذي لا يزال تنفيذ بنوده الخاصة بإعادة الانتشار في الحديدة متعثرا.

وقال المبعوث الأممي مارتن غريفيث، في إحاطة سابقة أمام المجلس، إن التصعيد الأخير «يهدد بتبديد المكاسب» التي تحققت خلال الأشهر الماضية، داعيا الأطراف إلى «خفض التصعيد فورا».

وتقول منظمات الإغاثة إن اليمن يشهد أسوأ أزمة إنسانية في العالم، إذ يحتاج نحو أربعة وعشرين مليون شخص إلى شكل من أشكال المساعدة، بينما تعاني الوكالات الأممية من نقص حاد في التمويل ومن قيود متزايدة على عملها في مناطق سيطرة الحوثيين.

وفي صنعاء، قال موظف حكومي لم يتسلم راتبه منذ أشهر: «العقوبات تُمدد كل سنة ولا شيء يتغير. نحن ننتظر الرواتب وفتح الطرق، وهذه لا يتحدث عنها أحد في نيويورك».""",
        [
            G("sanctions.extended", "occurred", [_UNSC, "United Kingdom"], ["Yemen"]),
            # Resolution 2140 of 2014 and 2216 of April 2015
            G("sanctions.imposed", "historical", [_UNSC], ["Yemen", "Abdul-Malik al-Houthi"], core=False),
            # "ولم يرفع المجلس منذ ذلك الحين أيا من الأسماء المدرجة"
            G("sanctions.lifted", "negated", [_UNSC], ["Yemen"], core=False),
            # the Stockholm agreement "الموقع في ديسمبر 2018", its Hodeidah redeployment "متعثرا"
            G("agreement.signed", "historical", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["Russia", "China", "Iran", "Sweden"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-05-france24-arabic-ecowas-threatens-guinea-bissau-sanctions-2017",
        date(2017, 12, 17),
        """قمة أبوجا: «إيكواس» تلوح بعقوبات على معرقلي اتفاق كوناكري في غينيا بيساو

أبوجا - «فرانس 24»

لوحت المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»، أمس السبت، بفرض عقوبات على كل من يعرقل تنفيذ اتفاق كوناكري لإنهاء الأزمة السياسية في غينيا بيساو، ومنحت الأطراف مهلة تنتهي أواخر يناير المقبل لتعيين رئيس وزراء توافقي وتشكيل حكومة جامعة.

وجاء في البيان الختامي لقمة رؤساء دول وحكومات المجموعة، التي عقدت في العاصمة النيجيرية أبوجا برئاسة رئيس توغو فور غناسينغبي، أن القادة «سيفرضون عقوبات على الأفراد والجماعات» الذين يثبت أنهم يعطلون الاتفاق، دون أن يسمي البيان أحدا.

ويتبادل الرئيس جوزيه ماريو فاز وخصومه في الحزب الأفريقي لاستقلال غينيا والرأس الأخضر الاتهامات بالمسؤولية عن الأزمة، التي اندلعت عام 2015 حين أقال فاز رئيس الوزراء دومينغوس سيموئيس بيريرا، وتعاقبت منذ ذلك الحين خمس حكومات على البلاد.

وكان الطرفان قد وقعا في أكتوبر 2016، برعاية المجموعة، اتفاق كوناكري الذي نص على اختيار رئيس وزراء يحظى بثقة الجميع، غير أن المشاورات بشأنه ظلت متعثرة منذ أكثر من عام، وأصبح البرلمان عاجزا عن الانعقاد.

ولم تفرض المجموعة حتى الآن أي عقوبات في هذه الأزمة، واكتفت بإيفاد بعثات وساطة متتالية، قادها رئيس غينيا ألفا كوندي بصفته وسيطا للمجموعة.

وقررت القمة كذلك تمديد مهمة بعثة «إيكوميب» التابعة للمجموعة، التي تنتشر في غينيا بيساو منذ عام 2012 لحماية المؤسسات والمسؤولين، حتى نهاية يونيو المقبل، بعد أن كانت ستغادر في وقت سابق بسبب نقص التمويل.

وقال دبلوماسي من غرب أفريقيا حضر القمة إن «صبر القادة نفد»، مضيفا أن العقوبات المقترحة قد تشمل حظر السفر وتجميد الأصول وتعليق المشاركة في هيئات المجموعة.

وتعد غينيا بيساو، المستعمرة البرتغالية السابقة التي يقطنها نحو مليوني نسمة، من أفقر دول العالم، ويعتمد اقتصادها بشكل شبه كامل على تصدير جوز الكاجو، فيما تحذر الأمم المتحدة منذ سنوات من تحولها إلى ممر لتهريب الكوكايين من أمريكا اللاتينية إلى أوروبا.

وفي سوق باندين بالعاصمة بيساو، قالت بائعة كاجو عبر الهاتف: «السياسيون يتشاجرون منذ ثلاث سنوات، ونحن ندفع الثمن. إن كانت العقوبات ستجبرهم على الاتفاق فلتأت».""",
        [
            G("sanctions.threatened", "occurred", [_ECOWAS], ["Guinea-Bissau"]),
            # the Conakry agreement "وقعا في أكتوبر 2016", its talks "ظلت متعثرة"
            G("agreement.signed", "historical", ["Guinea-Bissau"], [], core=False),
            G("agreement.signed", "stalled", ["Guinea-Bissau"], [], core=False),
            # "ولم تفرض المجموعة حتى الآن أي عقوبات"
            G("sanctions.imposed", "negated", [_ECOWAS], ["Guinea-Bissau"], core=False),
            # ECOMIB "تنتشر في غينيا بيساو منذ عام 2012"
            G("military.presence", "historical", [_ECOWAS], ["Guinea-Bissau"], core=False),
        ],
        not_targets=["Nigeria", "Togo", "Guinea", "Cape Verde"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-06-alsudani-sudan-joins-decisive-storm-coalition-2015",
        date(2015, 3, 27),
        """السودان يعلن انضمامه إلى «عاصفة الحزم» «حماية لأرض الحرمين»

الخرطوم - «السوداني»

أعلن السودان، أمس الخميس، انضمامه إلى التحالف العسكري الذي تقوده المملكة العربية السعودية ضد جماعة الحوثيين في اليمن، وقال المتحدث الرسمي باسم القوات المسلحة العميد الصوارمي خالد سعد إن البلاد «تشارك بقوات جوية وبرية» في عملية «عاصفة الحزم».

وأوضح الصوارمي، في تصريح لوكالة السودان للأنباء، أن مشاركة البلاد تأتي «حماية لأرض الحرمين الشريفين ودعما للشرعية في اليمن»، وأن تفاصيل المشاركة «تحددها قيادة التحالف بالتنسيق مع القيادة العامة».

وكان الرئيس عمر البشير قد أجرى محادثات في الرياض يوم الأربعاء مع خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، قبل ساعات من بدء الغارات الجوية فجر الخميس على مواقع الحوثيين والقوات الموالية للرئيس السابق علي عبد الله صالح.

ويضم التحالف، بحسب بيان سعودي، دول الخليج باستثناء سلطنة عمان، إلى جانب مصر والأردن والمغرب، فيما أعلنت باكستان أنها تدرس طلبا سعوديا للمشاركة.

وتمثل الخطوة تحولا لافتا في سياسة الخرطوم الخارجية، إذ ظلت لسنوات قريبة من طهران، وسمحت لسفن حربية إيرانية بالرسو في ميناء بورتسودان عام 2012. وكانت الحكومة قد أغلقت في سبتمبر الماضي المراكز الثقافية الإيرانية في البلاد وطلبت من الملحق الثقافي المغادرة.

ولم يحدد الجيش عدد الجنود الذين سيشاركون في العمليات البرية، وقال مصدر عسكري إن «الأمر يتوقف على تطورات الميدان». ولم يرسل السودان حتى الآن أي قوات برية إلى الأراضي اليمنية.

ويرى محللون في الخرطوم أن الحكومة تسعى من خلال المشاركة إلى كسر عزلتها الإقليمية، والحصول على دعم اقتصادي خليجي بعد سنوات من الأزمة التي أعقبت انفصال جنوب السودان وفقدان معظم عائدات النفط.

وتأتي مشاركة السودان بعد أيام من سيطرة الحوثيين وحلفائهم على قاعدة العند الجوية وتقدمهم نحو مدينة عدن، التي لجأ إليها الرئيس عبد ربه منصور هادي بعد فراره من صنعاء، قبل أن يغادرها إلى الرياض وفق مصادر متطابقة.

وفي سوق أم درمان، قال بائع أقمشة: «اليمن بعيد، لكن السعودية فيها ناس كثيرون منا يشتغلون هناك. المهم أن يرجع أولادنا سالمين إن ذهبوا».""",
        [
            G("alliance.joined", "occurred", ["Sudan"], ["Saudi-led coalition"]),
            # "ولم يرسل السودان حتى الآن أي قوات برية إلى الأراضي اليمنية"
            G("military.presence", "negated", ["Sudan"], ["Yemen"], core=False),
            # the Iranian warships "بالرسو في ميناء بورتسودان عام 2012"
            G("military.presence", "historical", ["Iran"], ["Sudan"], core=False),
        ],
        not_targets=["Saudi Arabia", "Oman", "Egypt", "Jordan", "Morocco", "Pakistan", "Iran", "South Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-07-alsharq-qatar-doha-document-darfur-signed-2011",
        date(2011, 7, 15),
        """توقيع وثيقة الدوحة للسلام في دارفور بحضور أمير قطر وقادة أفارقة

الدوحة - «الشرق»

وقعت الحكومة السودانية وحركة التحرير والعدالة، مساء أمس الخميس في الدوحة، وثيقة الدوحة للسلام في دارفور، بحضور حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى، والرئيس السوداني عمر البشير، ورؤساء تشاد وإريتريا وبوركينا فاسو وممثلين عن الأمم المتحدة والاتحاد الأفريقي وجامعة الدول العربية.

ووقع الوثيقة عن الحكومة السودانية الدكتور أمين حسن عمر، رئيس وفدها المفاوض، وعن الحركة أمينها العام بحر إدريس أبو قردة، فيما وقعها رئيس الحركة الدكتور التجاني سيسي شاهدا إلى جانب ممثلي الوساطة المشتركة.

وتتضمن الوثيقة سبعة فصول تتناول تقاسم السلطة والثروة وحقوق الإنسان والتعويضات وعودة النازحين واللاجئين والعدالة والمصالحة والترتيبات الأمنية، وتنص على إنشاء سلطة إقليمية لدارفور وصندوق لإعادة الإعمار والتنمية.

وقال رئيس مجلس الوزراء وزير الخارجية الشيخ حمد بن جاسم بن جبر آل ثاني، في كلمته خلال الحفل، إن الوثيقة «ليست نهاية المطاف»، وإن باب الانضمام إليها «سيبقى مفتوحا» أمام الحركات التي لم توقع بعد.

ولم توقع حركة العدل والمساواة بزعامة الدكتور خليل إبراهيم على الوثيقة، بعد أن انسحبت من المفاوضات في وقت سابق، كما رفضت حركة تحرير السودان بجناحيها المشاركة في منبر الدوحة من الأساس، ما يطرح تساؤلات حول قدرة الاتفاق على إنهاء النزاع.

وكانت الحكومة وحركة العدل والمساواة قد وقعتا في الدوحة في فبراير 2010 اتفاقا إطاريا لوقف إطلاق النار، غير أن المفاوضات بينهما ظلت متعثرة منذ ذلك الحين، وتبادل الطرفان الاتهامات بخرق الهدنة.

وتنتشر في الإقليم منذ عام 2008 العملية المختلطة للأمم المتحدة والاتحاد الأفريقي «يوناميد»، وهي من أكبر بعثات حفظ السلام في العالم، ويقدر عدد قتلى النزاع الذي اندلع عام 2003 بنحو ثلاثمئة ألف شخص بحسب تقديرات أممية.

وتعهدت دولة قطر، بحسب مصادر في الوساطة، بدعم صندوق إعادة إعمار دارفور، والدعوة إلى مؤتمر دولي للمانحين خلال الأشهر المقبلة، فيما ينتظر أن تتولى لجنة دولية لمتابعة التنفيذ، تترأسها قطر، مراقبة التزام الطرفين ببنود الوثيقة.

وفي مخيم أبو شوك للنازحين قرب الفاشر، قال أحد شيوخ المخيم في اتصال مع «الشرق»: «سمعنا عن اتفاقات كثيرة. ما نريده أن نرجع إلى قرانا ونزرع أرضنا في أمان».""",
        [
            G("agreement.signed", "occurred", ["Sudan", "Liberation and Justice Movement"], []),
            # "ولم توقع حركة العدل والمساواة على الوثيقة"
            G("agreement.signed", "negated", ["Justice and Equality Movement"], [], core=False),
            # the framework agreement of February 2010, its talks "ظلت متعثرة"
            G("agreement.signed", "historical", ["Sudan", "Justice and Equality Movement"], [], core=False),
            G("agreement.signed", "stalled", ["Sudan", "Justice and Equality Movement"], [], core=False),
            # UNAMID "تنتشر في الإقليم منذ عام 2008"
            G("military.presence", "historical", ["United Nations", _AU], ["Sudan"], core=False),
        ],
        not_targets=["Chad", "Eritrea", "Burkina Faso"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-08-alqabas-uae-qatar-restore-diplomatic-representation-2023",
        date(2023, 6, 20),
        """الإمارات وقطر تستأنفان التمثيل الدبلوماسي بعد ست سنوات

الكويت - «القبس»

أعلنت دولة الإمارات العربية المتحدة ودولة قطر، أمس الاثنين، عودة التمثيل الدبلوماسي بينهما وإعادة فتح سفارتيهما، في خطوة تطوي آخر فصول الأزمة الخليجية التي اندلعت في يونيو 2017.

وذكرت وكالة أنباء الإمارات «وام» أن عودة العمل في سفارة الدولة في الدوحة، وفي سفارة قطر في أبوظبي وقنصليتها في دبي، تأتي «تنفيذا لمخرجات بيان العُلا»، و«حرصا على الدفع بالعمل الخليجي المشترك». ونقلت وكالة الأنباء القطرية «قنا» بيانا مماثلا صادرا عن وزارة الخارجية القطرية.

وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر في الخامس من يونيو 2017، وفرضت عليها حصارا بريا وبحريا وجويا، متهمة إياها بدعم الإرهاب والتقرب من إيران، وهو ما نفته الدوحة.

وانتهت المقاطعة رسميا بتوقيع بيان العُلا في قمة مجلس التعاون الخليجي التي استضافتها السعودية في يناير 2021، وأعادت الرياض والقاهرة بعدها سفارتيهما في الدوحة، فيما ظلت عودة السفراء بين أبوظبي والدوحة معلقة لأكثر من عامين رغم استئناف الرحلات الجوية والتبادل التجاري.

ولم تعلن البحرين حتى الآن عودة سفارتها في الدوحة، وإن كانت المنامة والدوحة قد عقدتا اجتماعات للجان قانونية وأمنية مشتركة في الرياض خلال الأشهر الماضية لبحث الملفات العالقة.

ويرى مراقبون أن الخطوة تعكس تحسنا ملموسا في العلاقات بين البلدين، ظهر في زيارة رئيس الدولة الشيخ محمد بن زايد إلى الدوحة خلال بطولة كأس العالم، ولقاءاته المتكررة مع أمير قطر الشيخ تميم بن حمد.

وقال أستاذ للعلوم السياسية في جامعة الكويت لـ«القبس» إن الوساطة الكويتية «لعبت دورا محوريا» منذ بداية الأزمة، مضيفا أن عودة السفراء «تغلق ملفا ثقيلا، لكنها لا تعني تطابق المواقف في كل القضايا الإقليمية».

ويتوقع دبلوماسيون أن يسمي البلدان سفيريهما خلال الأسابيع المقبلة، وأن تشهد الفترة المقبلة زيارات متبادلة على مستوى وزراء الخارجية والاقتصاد، لبحث مشاريع مشتركة في مجالات الطاقة والنقل والاستثمار، بعد أن عادت حركة التجارة بين البلدين إلى مستويات ما قبل الأزمة.

وفي أحد مقاهي شارع الخليج العربي، قال متقاعد كويتي: «الخليج بيت واحد. الحمد لله اللي رجعت المياه لمجاريها، وإن شاء الله ما نرجع لهالأيام».""",
        [
            G("relations.restored", "occurred", ["United Arab Emirates", "Qatar"], []),
            # the break of 5 June 2017
            # the AlUla declaration "في يناير 2021", Riyadh's and Cairo's embassies after it
            G("agreement.signed", "historical", ["Saudi Arabia", "Qatar"], [], core=False),
            G("relations.restored", "historical", ["Saudi Arabia", "Egypt"], ["Qatar"], core=False),
            # "ولم تعلن البحرين حتى الآن عودة سفارتها في الدوحة"
            G("relations.restored", "negated", ["Bahrain"], ["Qatar"], core=False),
        ],
        not_targets=["Kuwait", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-09-sudantribune-tmc-integrates-niss-operations-authority-2019",
        date(2019, 7, 31),
        """المجلس العسكري يدمج «هيئة العمليات» في الجيش والدعم السريع ويعدل قانون الأمن

الخرطوم - «سودان تربيون»

أصدر المجلس العسكري الانتقالي في السودان، أمس الثلاثاء، مرسوما بتعديل قانون الأمن الوطني لسنة 2010، جرى بموجبه دمج قوات «هيئة العمليات» التابعة لجهاز الأمن والمخابرات الوطني في القوات المسلحة السودانية وقوات الدعم السريع، وتغيير اسم الجهاز إلى «جهاز المخابرات العامة».

وقال المتحدث باسم المجلس الفريق شمس الدين كباشي، في مؤتمر صحفي، إن التعديل يقصر مهام الجهاز على جمع المعلومات وتحليلها وتقديمها للجهات المختصة، ويجرده من سلطات الاعتقال والاحتجاز، مضيفا أن منتسبي هيئة العمليات «خيروا بين الانضمام إلى الجيش أو الدعم السريع أو التسريح مع الحصول على كامل حقوقهم».

وأنشئت هيئة العمليات في عهد الرئيس المعزول عمر البشير قوة قتالية مسلحة تسليحا ثقيلا، وشاركت في الحرب في دارفور وجنوب كردفان، وتتهمها قوى المعارضة بقمع الاحتجاجات التي أطاحت بالبشير في أبريل الماضي.

ورحب تحالف قوى الحرية والتغيير بالخطوة، لكنه قال في بيان إنها «جاءت متأخرة وبصورة أحادية»، مطالبا بإعادة هيكلة الجهاز بالكامل بعد تشكيل الحكومة المدنية، وبمحاسبة المتورطين في قتل المتظاهرين.

ويأتي المرسوم قبل أيام من التوقيع المرتقب على الوثيقة الدستورية بين المجلس العسكري وقوى الحرية والتغيير، بعد أن وقع الطرفان في السابع عشر من يوليو الجاري على الإعلان السياسي الذي حدد ملامح الفترة الانتقالية. ولا تزال المفاوضات حول صلاحيات الأجهزة الأمنية في الوثيقة متعثرة.

ويقول محللون إن دمج عناصر هيئة العمليات في قوات الدعم السريع بقيادة الفريق أول محمد حمدان دقلو «حميدتي» سيعزز نفوذ هذه القوات، التي باتت القوة الأكبر في العاصمة منذ فض اعتصام القيادة العامة في الثالث من يونيو.

ويقدر عدد منتسبي هيئة العمليات بنحو أحد عشر ألف عنصر، بحسب مصادر أمنية، وكانت وحداتها تنتشر في أحياء عدة من العاصمة ومدن الولايات، وتملك معسكرات ومخازن سلاح خاصة بها، ما يجعل عملية تسليمها «معقدة وطويلة» بحسب ضابط سابق في الجهاز.

وقال ضابط متقاعد في أم درمان لـ«سودان تربيون»: «الفكرة صحيحة على الورق، لكن المهم أين ستذهب الأسلحة الثقيلة، ومن سيحاسب من أطلق النار على الشباب».""",
        [
            G("forces.integrated", "occurred", ["Transitional Military Council", "Sudan"], [_SAF, _RSF]),
            # the political declaration "وقع الطرفان في السابع عشر من يوليو", the constitutional
            # document "المرتقب" and its security chapter "متعثرة"
            G("agreement.signed", "historical", ["Transitional Military Council", "Forces of Freedom and Change"], [], core=False),
            G("agreement.signed", "planned", ["Transitional Military Council", "Forces of Freedom and Change"], [], core=False),
            G("agreement.signed", "stalled", ["Transitional Military Council", "Forces of Freedom and Change"], [], core=False),
        ],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-10-eremnews-djibouti-says-saudi-arabia-to-set-up-military-base-2016",
        date(2016, 3, 9),
        """جيبوتي: السعودية ستقيم قاعدة عسكرية على أراضينا قريبا

جيبوتي - «إرم نيوز»

قال وزير الخارجية الجيبوتي محمود علي يوسف، أمس الثلاثاء، إن المملكة العربية السعودية ستقيم قاعدة عسكرية على أراضي بلاده، مؤكدا أن الجانبين توصلا إلى تفاهم مبدئي وأن الاتفاقية الخاصة بالقاعدة «ستوقع في المستقبل القريب».

وأوضح الوزير، في تصريحات صحفية، أن المسودة النهائية للاتفاقية باتت جاهزة، وأن الرياض أرسلت خلال الأسابيع الماضية فريقا من الخبراء العسكريين لمعاينة عدد من المواقع المقترحة على الساحل المطل على مضيق باب المندب.

وتأتي الخطوة بعد أشهر من قطع جيبوتي علاقاتها الدبلوماسية مع إيران في يناير الماضي، تضامنا مع السعودية إثر الاعتداء على سفارتها في طهران وقنصليتها في مشهد، كما انضمت جيبوتي في ديسمبر الماضي إلى التحالف الإسلامي العسكري لمحاربة الإرهاب الذي أعلنته الرياض.

وتستضيف جيبوتي منذ عام 2002 القاعدة العسكرية الأمريكية الوحيدة الدائمة في أفريقيا في معسكر ليمونييه، إضافة إلى قاعدة فرنسية قديمة وقاعدة يابانية افتتحت عام 2011، فيما تجري الصين مفاوضات لإنشاء أول منشأة عسكرية لها خارج أراضيها في البلد نفسه.

وقال يوسف إن القاعدة السعودية «لن تكون موجهة ضد أي دولة»، وإن الهدف منها «تعزيز الأمن في المنطقة ومكافحة الإرهاب والقرصنة»، نافيا أن تكون لها صلة مباشرة بالعمليات التي يشنها التحالف بقيادة السعودية في اليمن المجاور.

ولم تنشر السعودية حتى الآن أي قوات في جيبوتي، وإن كانت طائراتها قد استخدمت مطار العاصمة في الأشهر الأولى من عملية «عاصفة الحزم» لإجلاء رعايا ونقل مساعدات.

ويرى محللون أن جيبوتي، التي لا يتجاوز عدد سكانها المليون نسمة، تحول موقعها الاستراتيجي إلى مصدر دخل رئيسي عبر تأجير أراضيها للقوى الأجنبية، بينما تحاول الرياض تعزيز حضورها على الضفة الأفريقية من البحر الأحمر.

ولم يكشف الوزير عن حجم القوات التي ستتمركز في القاعدة ولا عن مدة الاتفاقية، لكنه أشار إلى أن الجانب السعودي تعهد بتقديم دعم اقتصادي وتنموي لجيبوتي يشمل مشاريع في قطاعات المياه والطاقة والتعليم.

وفي أحد مقاهي حي المعلا، قال موظف في الميناء: «كل الدول تريد مكانا هنا. المهم أن تأتي معهم فرص العمل لشبابنا، لا أن نرى الأسوار فقط».""",
        [
            G("military.presence", "planned", ["Saudi Arabia"], ["Djibouti"]),
            # the base agreement that "ستوقع في المستقبل القريب" (a plan of the same deal)
            G("agreement.signed", "planned", ["Saudi Arabia", "Djibouti"], [], core=False),
            # Djibouti "انضمت في ديسمبر الماضي إلى التحالف الإسلامي العسكري"
            G("alliance.joined", "historical", ["Djibouti"], ["Islamic Military Counter Terrorism Coalition"], core=False),
            # Camp Lemonnier "منذ عام 2002", the Japanese base of 2011
            G("military.presence", "historical", ["United States", "France", "Japan"], ["Djibouti"], core=False),
            # "ولم تنشر السعودية حتى الآن أي قوات في جيبوتي"
            G("military.presence", "negated", ["Saudi Arabia"], ["Djibouti"], core=False),
        ],
        not_targets=["Iran", "Yemen", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-11-youm7-sport-ahly-lifts-suspension-striker-contract-extended-2022",
        date(2022, 8, 3),
        """الأهلي يرفع الإيقاف عن مهاجمه ويمدد عقد قائده قبل انطلاق الدوري

القاهرة - «اليوم السابع» - رياضة

قرر مجلس إدارة النادي الأهلي، أمس الثلاثاء، رفع عقوبة الإيقاف التي فرضها الجهاز الفني على مهاجم الفريق الأول قبل أسبوعين، بعد أن قدم اللاعب اعتذارا رسميا عن تغيبه عن التدريبات دون إذن، على أن يعود إلى قائمة المباراة المقبلة.

وقال مدير الكرة في النادي إن اللاعب «خضع لعقوبة مالية أيضا»، مضيفا أن المجلس «لن يتهاون مع أي تجاوز في الانضباط»، وأن الجهاز الفني بقيادة المدرب الجديد سيحدد مشاركته وفقا لجاهزيته البدنية.

وفي سياق متصل، مدد النادي عقد قائد الفريق لمدة موسمين إضافيين، بعد مفاوضات استمرت أسابيع، فيما وقع لاعب الوسط القادم من أحد أندية الدوري التونسي عقدا لمدة أربعة مواسم، لينضم رسميا إلى معسكر الفريق في برج العرب.

وكان الاتحاد المصري لكرة القدم قد فرض الأسبوع الماضي غرامة مالية على النادي بسبب أحداث شغب شهدتها مباراة الكأس، كما علقت لجنة المسابقات حضور الجماهير في مباراتين للفريق، قبل أن تعيد النظر في القرار بعد تظلم قدمه النادي.

ووقع الأهلي كذلك اتفاقية تعاون مع أكاديمية كروية أوروبية لتبادل الخبرات في قطاع الناشئين، تقضي بدمج فرق المواليد الصغيرة في برنامج تدريبي موحد، وإرسال عدد من المدربين إلى معسكرات خارجية.

ويستعد الفريق لمواجهة صعبة في الجولة الأولى من الدوري الممتاز، بعد موسم مخيب فقد فيه اللقب لصالح غريمه التقليدي، وخرج من نهائي دوري أبطال أفريقيا أمام الوداد المغربي.

وقال المدرب في المؤتمر الصحفي إن الفريق «يحتاج إلى بعض الوقت لاستيعاب الأفكار الجديدة»، مشيرا إلى أن عودة العلاقات الطيبة بين اللاعبين والجماهير بعد فترة من التوتر «أهم مكسب في المعسكر».

وأعلن النادي أيضا انضمام ثلاثة لاعبين من فريق الشباب إلى تدريبات الفريق الأول، في إطار خطة لتصعيد المواهب، مع الإبقاء على إمكانية إعارتهم إلى أندية أخرى في الشتاء.

ومن المنتظر أن يعلن النادي خلال الأيام المقبلة عن صفقة أخرى في مركز الظهير الأيسر، بعد موافقة لجنة التخطيط على الميزانية المخصصة للتعاقدات.

وفي مقهى بحي شبرا، قال مشجع قديم للنادي: «إحنا عايزين بطولات. الإيقاف والاعتذار ده كله كلام، المهم الكورة تدخل الجون».""",
        [],
        not_targets=["Egypt", "Tunisia", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h80-12-hespress-economy-moroccan-insurers-sign-merger-agreement-2021",
        date(2021, 11, 24),
        """شركتا تأمين مغربيتان توقعان اتفاق اندماج لإنشاء فاعل جديد في السوق

الدار البيضاء - «هسبريس» - اقتصاد

وقعت شركتان للتأمين في المغرب، أمس الثلاثاء بالدار البيضاء، اتفاقية اندماج يتم بموجبها دمج أنشطتهما في كيان واحد، سيصبح ثالث أكبر فاعل في سوق التأمين الوطنية من حيث رقم المعاملات.

وبحسب بلاغ مشترك للشركتين، ستنضم شبكة وكلاء الشركة المستوعَبة، التي تضم أكثر من مئتي وكالة، إلى شبكة الشركة الأم، مع الحفاظ على جميع عقود المؤمنين وحقوقهم، على أن يكتمل الاندماج خلال النصف الأول من السنة المقبلة.

وكانت هيئة مراقبة التأمينات والاحتياط الاجتماعي قد علقت تداول سهم إحدى الشركتين في بورصة الدار البيضاء لفترة وجيزة صباح أمس، في انتظار نشر البلاغ، قبل أن يستأنف التداول وسط ارتفاع ملحوظ في قيمة السهم.

وأوضح المدير العام للشركة الأم أن الاندماج «سيخلق قيمة مضافة للمساهمين وللمؤمنين»، مشيرا إلى أن الكيان الجديد يعتزم توسيع حضوره في السوق الإفريقية، حيث تملك المجموعة فروعا في ساحل العاج والسنغال والكاميرون.

وكانت الشركتان قد مددتا في سبتمبر الماضي فترة المفاوضات الحصرية بينهما، لإتاحة الوقت الكافي لاستكمال عملية الافتحاص المالي والقانوني، بعد أن فرضت جائحة كورونا تأجيل عدة اجتماعات.

ويحتاج إتمام العملية إلى موافقة مجلس المنافسة والجمعيات العامة غير العادية للشركتين. ويرى محللون أن موجة الاندماجات في القطاع ستتواصل، في ظل متطلبات الملاءة الجديدة التي فرضتها الهيئة على الشركات الصغيرة والمتوسطة.

وقال محلل مالي في إحدى شركات البورصة بالدار البيضاء إن السوق المغربية «لا تزال ضيقة ومجزأة»، مضيفا أن نسبة انتشار التأمين لا تتجاوز أربعة في المائة من الناتج الداخلي الخام، وأن «الحجم أصبح شرطا للبقاء».

وكانت وكالة تصنيف دولية قد أبقت الشهر الماضي على التصنيف الائتماني للشركة الأم، مع نظرة مستقبلية مستقرة، مشيرة إلى متانة رأس المال.

ويأتي الإعلان بعد أشهر من تعافي رقم معاملات القطاع من تداعيات الجائحة، إذ ارتفعت الأقساط الصادرة بنسبة تفوق ثمانية في المائة خلال الأشهر التسعة الأولى من السنة، بحسب معطيات الجامعة المغربية لشركات التأمين وإعادة التأمين.

وفي وكالة تأمين بحي المعاريف، قال سائق سيارة أجرة: «أنا مؤمّن عندهم من عشر سنين. المهم ما تتزادش الأقساط وما يتعطلش التعويض ملي نحتاجو».""",
        [],
        not_targets=["Morocco", "Senegal", "Cameroon", "Ivory Coast"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout80_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout80_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout80_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
