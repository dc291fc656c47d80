"""An eighty-fourth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-three Arabic held-out sets: Arabic copy of 2014-2022 as Saudi, pan-Arab, Swiss,
Somali, Qatari, Sudanese, Egyptian, Syrian opposition, Yemeni, Moroccan and Jordanian outlets carry
it (a Saudi daily, "الرياض - «عكاظ»", with a Lebanese contractor of al-Olaya; a London pan-Arab
daily with an agency, "طوكيو - «الحياة»، أ ف ب", with an abductee's brother; the Swiss
broadcaster's Arabic site, "برن - «سويس إنفو»", with a Shirazi restaurateur of Zurich; a Somali
Arabic news site, "مقديشو - «الصومال الجديد»", with a Bakara grocer; a Qatari channel's site,
"أديس أبابا - «الجزيرة نت»", with a Bole taxi driver; a Khartoum daily, "الخرطوم - «السوداني»",
with an Omdurman cloth seller; a Cairo daily, "القاهرة - «المصري اليوم»", with a retired oil
engineer's "دلوقتي هنبقى محطة للكل"; a Doha daily, "الدوحة - «الراية»", with a Senegalese
maintenance worker; a Syrian opposition channel, "إسطنبول - «تلفزيون سوريا»", with a phone seller of
al-Bab; an Aden news site, "الغيضة - «عدن الغد» - خاص", with a Nishtun fisherman; a Moroccan news
site's sports page, "الدار البيضاء - «هسبريس» - رياضة", in Moroccan usage ("بلاغ", "دابا",
"فالتيران"); and a Jordanian daily's economy page, "عمان - «الرأي» - اقتصاد", with a young
programmer) on episodes the earlier sets do not carry as core news: Saudi Arabia and the other
members of the Terrorist Financing Targeting Center designating Hassan Nasrallah, Naim Qassem and
other members of Hezbollah's Shura Council, May 2018; Japan lifting part of its unilateral
sanctions on North Korea after the abductions inquiry was opened, July 2014; Switzerland's Federal
Council suspending part of its Iran measures under the Geneva interim accord, January 2014; the
Security Council renewing the al-Shabaab sanctions by Resolution 2662, November 2022; Joe Biden's
executive order allowing sanctions over the war in northern Ethiopia, September 2021; Sudan joining
the Saudi-led coalition on the first day of Decisive Storm, March 2015; Egypt and Cyprus signing
the intergovernmental agreement on the Aphrodite pipeline in Nicosia, September 2018; Senegal
announcing the return of its ambassador to Doha, August 2017; the National Front for Liberation
merging into the Syrian National Army at Şanlıurfa, October 2019; Saudi forces deploying at
al-Ghaydah airport and Nishtun in al-Mahra, November 2017.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (up to set 100 English and 83 Arabic; docstrings, article texts, annotations and rule
sentences) by states, bodies, people, places, resolution numbers and years in Arabic and English
spellings, reading every hit: "TFTC"/"مركز استهداف تمويل" (set 35 Arabic carries the TFTC's ISIS
Somalia listing, another episode) and "Shura Council" (set 83 Arabic has the Gulf states' listing
of the Shura Council only as a historical event beside its core news); Japan beside North Korea
and a lifting (sets 23, 51, 73 and 77 English only as historical and negated events, set 15 English
as a rule row; not core);
Switzerland beside Iran and a suspension (none; Switzerland's core suspensions are on Syria);
"2662" (none) and al-Shabaab renewals (none of 2022); Ethiopia and a threat (set 66 English carries
the executive order only as a historical threat, the rule files only as rule rows); Sudan beside
the Arab coalition (set 19 Arabic as background, set 72 Arabic the Sudanese troops in Aden, another
step); Cyprus and Egypt beside a pipeline (set 40 English, only as a historical signing); Senegal
beside Qatar (sets 9 Arabic and 91 English, only as a historical restoration); the National Front
for Liberation (set 68 Arabic carries the forming of the Syrian National Army of December 2017, not
the merger of 2019; the others name the Front only); al-Mahra (set 27 Arabic, a locust campaign;
set 73 Arabic carries the Emirati troops on Socotra, another episode). Some sixty other candidates
were dropped because the search found them as core news (among them COMESA, Berbera, Resolutions
2283, 2444, 2714 and 2738, Jamil al-Sayyed, Le Drian's warning, Walid Bukhari, Esper's roadmaps,
Martelly, Belavia, the Belarusian potash firms, Zimbabwe's suspension, the Turkish ministers, the
Venezuelan licences, the Shrine brigades, the Iraqi electricity waivers, Trump's threat to Iraq,
the CAATSA letter on Algeria, Bahrain's arms hold, the Greek Patriots, Egypt and Turkey, Chad and
Qatar, the Saudi-Iraqi council, Suakin, Khor Abdullah, the Ahlu Sunna Waljama'a merger, the
Renamo, Kitgwang, ONLF, MNLF, MNJTF, G5 and Peshmerga integrations, and Colombia in NATO).
Facts the writer is unsure of: the number of Hezbollah names and of the other individuals listed
with them (five of the Shura Council and four others are written); the day Japan's easing took
effect (4 July 2014) and its exact measures; the day of the Swiss decision (15 January 2014) and
the list of suspended measures; Resolution 2662's vote (11 for and 4 abstentions) and its date
(17 November 2022), and the renaming of the committee; the executive order's date (17 September
2021); the Sudanese army spokesman's words; the names and titles of the Egyptian and Cypriot
signatories and the pipeline's length and the field's reserves; the day of Senegal's announcement
and the dates of the recall; the number of legions and fighters of the Syrian National Army after
the merger and the place of the announcement; the day of the Saudi deployment in al-Mahra and the
border posts named.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(Senegal that "ستعيد سفيرها إلى الدوحة"), next to historical, negated and stalled ones; two are near
misses: a Moroccan football page (a club that "رفع … عقوبة التوقيف الداخلية التي كان قد فرضها" on a
player, "وقع الرجاء عقدا", "انضمام مدافع", a captain's contract "مدد", talks "علقت", the federation
that "فرضت … غرامة", a sponsorship "اتفاقية شراكة" "وقع") and a Jordanian economy page (two firms
that "وقعت … اتفاقية اندماج", staff who "سينضمون", a telecom firm's "انضمامها إلى تحالف دولي
لمشغلي شبكات الألياف", an agreement "مددت", a bourse that "علقت … التداول", a regulator that "فرضت").

The decisions of the annotation, taken before any run: a kingdom that "صنفت … حسن نصرالله ونائبه
نعيم قاسم … إرهابيين، وفرضت عليهم عقوبات" with the TFTC's members and the United States imposes
(core; Saudi Arabia, the TFTC, the United States and the five Gulf states; Nasrallah, Qassem and
Hezbollah; not Lebanon, Iraq, Yemen, Syria or Iran), the Treasury's listing of the Iranian governor
"بعد يوم", the GCC and Arab League listings of March 2016 and the FTO listing "منذ عام 1997"
historical impositions, the TFTC memorandum of May 2017 a historical signing, "ولم تشمل الإجراءات
الجديدة الحكومة اللبنانية" a negated imposition. A government that "رفعت … جزءا من العقوبات الأحادية
التي تفرضها على كوريا الشمالية" lifts (core; Japan and Abe; North Korea; not South Korea, the
United States, China or Sweden), the Stockholm understanding of May a historical signing, the
trade ban "منذ عام 2006" a historical imposition, "كما لم ترفع الحظر على دخول السفينة" a negated
lifting. A council that "قرر … تعليق عدد من العقوبات المفروضة على إيران لمدة ستة أشهر" suspends
(core; Switzerland and its Federal Council; Iran; not the six powers), the Geneva accord of
November a historical signing, the measures "منذ عام 2007" a historical imposition, "لم يرفع أيا
من العقوبات المتعلقة بالمواد النووية" a negated lifting. A council that "مدد … نظام العقوبات المفروض
على الصومال … حتى ديسمبر من العام المقبل" extends (core; the Security Council; al-Shabaab and
Somalia; not Britain, the penholder), the embargo "منذ عام 1992" a historical imposition, its easing
"منذ عام 2013" a historical suspension, "ولم يستجب المجلس … لطلب مقديشو رفع الحظر كليا" a negated
lifting. A president who "وقع … أمرا تنفيذيا يتيح لإدارته فرض عقوبات على مسؤولين في الحكومة
الإثيوبية والحكومة الإريترية وجبهة تحرير شعب تيغراي" threatens (core; the United States and
Biden; Ethiopia, Eritrea and the TPLF; not Sudan or Somalia), "ولم تفرض الولايات المتحدة حتى الآن
أي عقوبات مالية" a negated imposition, the visa restrictions of May a historical imposition, the
Eritrean forces in Tigray a historical presence. A state that "أعلن … انضمامه إلى التحالف العسكري
الذي تقوده المملكة العربية السعودية" joins (core; Sudan and its army; the Saudi-led coalition; not
Iran, Yemen, the Houthis or Oman), "ولم يعلن السودان حتى الآن إرسال أي قوات برية إلى الأراضي
اليمنية" a negated presence; the readiness to send ground forces "إذا اقتضت الحاجة" and Pakistan's
study of a request are no events, the closed Iranian centres no event of a watched type. Two
states that "وقعت … اتفاقية حكومية لإنشاء خط أنابيب" sign (core; Egypt, Cyprus and the two
ministers), the maritime delimitation of 2003 a historical signing, the commercial terms that "لم
تحسم بعد" a stalled signing; Turkey's objections are no event. A state that "ستعيد سفيرها إلى
الدوحة" restores, planned (core; Senegal and Macky Sall; Qatar; not the four boycotting states,
Chad, Niger or Djibouti), "ولم تعد موريتانيا ولا جزر القمر علاقاتهما الدبلوماسية مع قطر" a negated
restoration, the Kuwaiti mediation "متعثرة" a stalled signing; the recall and the breaks of June are
no events of a watched type. A government that announced "اندماج «الجبهة الوطنية للتحرير» … في
«الجيش الوطني السوري»" integrates forces (core; the Syrian Interim Government, the Syrian
National Army and Salim Idris; the National Front for Liberation; not the YPG or the PKK), the
army formed "أواخر عام 2017" and the Front formed in May 2018 historical integrations, "ولم تنضم
«هيئة تحرير الشام» … إلى التشكيل الموحد" a negated integration, the earlier attempts that "تعثرت" a
stalled one, Euphrates Shield and Olive Branch a historical presence; the coming Turkish operation
is no event of a watched type. Forces that "وصلت … إلى مدينة الغيضة … وانتشرت في مطار الغيضة
الدولي" are present (core; Saudi Arabia; Yemen; not Oman or the Houthis), "ولم تنتشر فيها قوات
للتحالف قبل اليوم" a negated presence, the Emirati forces in other governorates a historical one.
The Moroccan sports page and the Jordanian economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.917, R 0.900, F1 0.908 (recall
9/10, precision 11/12); occurred core found 8/9, planned 1/1 (as the score counts it, alertable
for alertable; the status read is occurred, see below); historical kept quiet 16/17, negated 8/9,
stalled 3/3. Missed: the Ethiopia order (ar-h84-05), "وقع … أمرا تنفيذيا يتيح لإدارته فرض عقوبات على
مسؤولين في الحكومة الإثيوبية والحكومة الإريترية وجبهة تحرير شعب تيغراي", is read as a planned
imposition (trigger "فرض", with "مسؤولين في الحكومة الإثيوبية" for a target), not as a threat: an
order that "allows" sanctions is taken for the sanctions themselves; that planned imposition is
also a false alarm against gold's negated imposition ("ولم تفرض الولايات المتحدة حتى الآن أي عقوبات
مالية"). Senegal's return (ar-h84-08), "أعلنت … أنها ستعيد سفيرها إلى الدوحة", is read as an occurred
restoration (trigger "إعادة", from the headline "السنغال تعلن إعادة سفيرها إلى الدوحة"), not
planned: the score counts it, the article's status check does not. Unexpected alerts: none in the
articles' own checks; the one quiet event not kept quiet is the same planned imposition of
ar-h84-05, which also meets gold's historical visa restrictions of May (the United States and
Ethiopia). Seen, and not counted by the score: the Treasury's listing of the Iranian central bank
governor in ar-h84-01 ("بعد يوم من فرض وزارة الخزانة الأمريكية عقوبات على محافظ البنك المركزي
الإيراني") is read as an occurred imposition on the Central Bank of Iran ("بعد يوم من", a day after,
dates it before the news), and matches the core imposition through its United States actor.
Also seen, not failing: the Gulf designation is read twice (Nasrallah and
Hezbollah with no actor from the headline's "تصنف", and Saudi Arabia with no target from
"وفرضت عليهم عقوبات"; no Naim Qassem); the Swiss nuclear measures' negated lifting has the Security
Council for actor; the Somali embargo "منذ عام 1992" is read as a stalled imposition (quiet, as
gold's historical is); the Egypt-Cyprus signing has "والثروة المعدنية" (from the minister's title)
for a target and no ministers, and the Aphrodite partners' nationalities (the United States, the
Netherlands) are read as a historical signing; the integration has Syria for a second actor and no
Syrian National Army or Salim Idris. The two near misses raise nothing. Two articles are strict
xfails (ar-h84-05 on both checks, ar-h84-08 on its core event).

After the fixes of 2026-12-07: events P 1.000, R 0.900, F1 0.947 (recall 9/10, precision 11/11);
every quiet event kept quiet (historical 17/17, negated 9/9, stalled 3/3). One general cause was
fixed, pinned by rule sentences of other states and wording in ``test_heldout84_rules_ar.py``: a
verb of allowing followed by whom it empowers, a word or two after the preposition "ل" ("مرسوما يتيح
للحكومة فرض عقوبات", "قانونا يجيز للحكومة فرض حظر سفر"), now marks a power given and no sanction
taken, as the verb right before the measure ("يتيح فرض عقوبات") already did; a framework adopted now
that allows sanctions ("اعتمد … إطارا يسمح للدول الأعضاء بفرض …") and a measure taken with a
purpose clause after it keep their readings (``_enabling_before_ar`` in ``rasd/events/status.py``).
ar-h84-05's false alarm is cured and that strict xfail removed. Left: the Ethiopia order's threat
itself (ar-h84-05, the order now read as no event: an order that allows sanctions, with its president's
warning of "إجراءات سريعة وحاسمة", is a threat a reader expects; reading such an order as a threat
would change every "allowing" framework in the earlier sets, more than the time left allows) and
Senegal's announced return read as occurred (ar-h84-08: the headline's "تعلن إعادة سفيرها" is taken
before the body's "ستعيد"; not attempted). Of the other readings seen before the fix, none changed.

After the round on general Arabic misses of sets 81 to 90 (``test_general_misses3_rules_ar.py``):
an instrument that paves the way for sanctions ("أمرا يمهد لعقوبات على") is a threat by its signer:
ar-h84-05's strict xfail on its core event removed.

``python -m tests.unit.test_heldout84_events_ar`` prints every article's alerts and the set's
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
_UNSC = "United Nations Security Council"
_TFTC = "Terrorist Financing Targeting Center"
_SLC = "Saudi-led coalition"
_SNA = "Syrian National Army"
_NFL = "National Front for Liberation"
_SIG = "Syrian Interim Government"
_TPLF = "Tigray People's Liberation Front"
_SHABAAB = "al-Shabaab"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-01-okaz-gulf-states-designate-hezbollah-shura-council-2018",
        date(2018, 5, 17),
        """المملكة ودول المركز تصنف نصرالله وقاسم وأعضاء «مجلس شورى» حزب الله إرهابيين

الرياض - «عكاظ»

صنفت المملكة العربية السعودية، أمس الأربعاء، الأمين العام لـ«حزب الله» اللبناني حسن نصرالله ونائبه نعيم قاسم وثلاثة آخرين من أعضاء «مجلس شورى» الحزب إرهابيين، وفرضت عليهم عقوبات تشمل تجميد أي أصول لهم في المملكة وحظر التعامل معهم، وذلك بالتنسيق مع الدول الأعضاء في مركز استهداف تمويل الإرهاب.

وأوضحت رئاسة أمن الدولة، في بيان نشرته وكالة الأنباء السعودية، أن القرار اتخذ بالاشتراك مع الولايات المتحدة الأمريكية ومملكة البحرين ودولة الكويت وسلطنة عمان ودولة قطر ودولة الإمارات العربية المتحدة، وأنه يشمل أيضا أربعة أفراد آخرين وكيانا واحدا تتهمهم الدول الأعضاء بجمع الأموال للحزب وتحويلها إلى أنشطته في المنطقة.

وقال البيان إن «حزب الله» يمثل «منظمة إرهابية عالمية» تقوم بـ«أعمال تخريبية» في دول مجلس التعاون واليمن وسوريا، مشيرا إلى أن التصنيف «لا يفرق بين ما يسمى جناحا سياسيا وجناحا عسكريا للحزب، فكلاهما يخضع لقيادة واحدة».

ويأتي القرار بعد أيام من الانتخابات النيابية اللبنانية التي حقق فيها الحزب وحلفاؤه نتائج متقدمة، وبعد يوم من فرض وزارة الخزانة الأمريكية عقوبات على محافظ البنك المركزي الإيراني بتهمة تحويل أموال إلى الحزب.

وكان مجلس التعاون لدول الخليج العربية قد صنف «حزب الله» منظمة إرهابية في مارس 2016، فيما اتخذت جامعة الدول العربية قرارا مماثلا في الشهر نفسه، تحفظ عليه لبنان والعراق. كما تدرج الولايات المتحدة الحزب على قائمتها للمنظمات الإرهابية الأجنبية منذ عام 1997.

وأكد مسؤول في المركز، الذي أنشئ بموجب مذكرة تفاهم وقعت في الرياض خلال زيارة الرئيس الأمريكي دونالد ترامب في مايو من العام الماضي، أن الدول الأعضاء «ستواصل تتبع شبكات التمويل التابعة للحزب» أينما كانت.

ولم تشمل الإجراءات الجديدة الحكومة اللبنانية أو أيا من مؤسسات الدولة، إذ قال مصدر خليجي لـ«عكاظ» إن الدول الأعضاء «تميز بين لبنان الدولة ومن يختطف قرارها».

ولم يصدر عن الحزب تعليق رسمي حتى مساء أمس، غير أن قناة «المنار» التابعة له وصفت القرار بأنه «تعويض عن خسارة خصوم المقاومة في صناديق الاقتراع».

وفي حي العليا بالرياض، قال موظف لبناني يعمل في شركة مقاولات منذ عشرين عاما: «نحن هنا نعيش ونشتغل ولا علاقة لنا بالسياسة. كل ما نتمناه أن لا يدفع اللبنانيون العاديون ثمن هذه القرارات».""",
        [
            G("sanctions.imposed", "occurred", ["Saudi Arabia", _TFTC, _US, "Bahrain", "Kuwait", "Oman",
                                                "Qatar", "United Arab Emirates"],
              ["Hassan Nasrallah", "Naim Qassem", "Hezbollah"]),
            # the Treasury's listing of the Iranian central bank governor "بعد يوم"
            G("sanctions.imposed", "historical", ["United States Department of the Treasury", _US],
              ["Central Bank of Iran"], core=False),
            # the GCC and Arab League designations of March 2016, the FTO listing "منذ عام 1997"
            G("sanctions.imposed", "historical", ["Gulf Cooperation Council", "Arab League"], ["Hezbollah"],
              core=False),
            G("sanctions.imposed", "historical", [_US], ["Hezbollah"], core=False),
            # the TFTC memorandum of May 2017
            G("agreement.signed", "historical", [_US, "Saudi Arabia"], [], core=False),
            # "ولم تشمل الإجراءات الجديدة الحكومة اللبنانية"
            G("sanctions.imposed", "negated", ["Saudi Arabia", _TFTC], ["Lebanon"], core=False),
        ],
        not_targets=["Lebanon", "Iraq", "Yemen", "Syria", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-02-alhayat-japan-eases-north-korea-sanctions-2014",
        date(2014, 7, 4),
        """طوكيو ترفع جزءا من عقوباتها على بيونغيانغ مقابل إعادة التحقيق في ملف المخطوفين

طوكيو - «الحياة»، أ ف ب

رفعت الحكومة اليابانية، اليوم الجمعة، جزءا من العقوبات الأحادية التي تفرضها على كوريا الشمالية، بعد أن أطلقت بيونغيانغ رسميا لجنة خاصة لإعادة التحقيق في مصير المواطنين اليابانيين الذين خطفهم عملاؤها في سبعينات القرن الماضي وثمانيناته.

وأعلن رئيس الوزراء شينزو آبي أمس أن حكومته قررت رفع القيود المفروضة على سفر المواطنين الكوريين الشماليين إلى اليابان، وتخفيف القيود على التحويلات المالية إلى الشمال، والسماح لسفن كورية شمالية بالرسو في الموانئ اليابانية لأغراض إنسانية. وقال آبي للصحافيين في مقر الحكومة: «إنها مجرد بداية، ونريد أن نرى نتائج ملموسة».

وجاء القرار بعد محادثات أجراها مسؤولون من البلدين في بكين الثلثاء، قدم خلالها الجانب الكوري الشمالي تفاصيل عن تشكيلة اللجنة وصلاحياتها، التي تشمل، بحسب طوكيو، أجهزة الأمن الرئيسية في البلاد.

وكان البلدان توصلا في أيار (مايو) الماضي في ستوكهولم إلى تفاهم تتعهد بموجبه بيونغيانغ بإجراء تحقيق «شامل» في ملف المخطوفين، مقابل تخفيف اليابان بعض إجراءاتها.

غير أن طوكيو أبقت على الحظر الذي تفرضه منذ عام 2006 على الواردات والصادرات مع كوريا الشمالية، كما لم ترفع الحظر على دخول السفينة «مانغيونغبونغ 92» التي كانت تربط البلدين، مؤكدة أن العقوبات المرتبطة بالبرامج النووية والصاروخية، ومنها عقوبات مجلس الأمن الدولي، «تبقى سارية بالكامل».

وأبدت كل من واشنطن وسيول قلقهما من أن تضعف الخطوة الموقف الموحد حيال بيونغيانغ، التي أطلقت في الأيام الأخيرة صواريخ قصيرة المدى في البحر. وقال ناطق باسم وزارة الخارجية الأميركية إن بلاده «تتفهم» مسعى اليابان، لكنها تأمل في أن تكون الخطوة «شفافة».

وتقول طوكيو إن بيونغيانغ خطفت 17 يابانيا على الأقل، اعترفت بخطف 13 منهم في 2002، وأعادت خمسة إلى بلادهم في العام نفسه، مؤكدة أن الباقين توفوا، وهو ما ترفضه عائلاتهم.

ويقول خبراء إن الأثر الاقتصادي للخطوة محدود، لأن حجم التبادل بين البلدين تراجع إلى الصفر تقريبا منذ سنوات.

وقال شقيق إحدى المخطوفات في مؤتمر صحافي في طوكيو: «انتظرنا أكثر من ثلاثين عاما. لا نطلب إلا الحقيقة، ولا نريد أن تتحول هذه الخطوة إلى هدية مجانية».""",
        [
            G("sanctions.lifted", "occurred", ["Japan", "Shinzo Abe"], ["North Korea"]),
            # the Stockholm understanding of May
            G("agreement.signed", "historical", ["Japan", "North Korea"], [], core=False),
            # the trade ban "منذ عام 2006" kept
            G("sanctions.imposed", "historical", ["Japan"], ["North Korea"], core=False),
            # "كما لم ترفع الحظر على دخول السفينة"
            G("sanctions.lifted", "negated", ["Japan"], ["North Korea"], core=False),
        ],
        not_targets=["South Korea", "United States", "China", "Sweden"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-03-swissinfo-switzerland-suspends-iran-measures-2014",
        date(2014, 1, 16),
        """سويسرا تعلق جزءا من عقوباتها على إيران تطبيقا لاتفاق جنيف النووي

برن - «سويس إنفو»

قرر المجلس الفدرالي السويسري، أمس الأربعاء، تعليق عدد من العقوبات المفروضة على إيران لمدة ستة أشهر، في خطوة تواكب بدء تطبيق الاتفاق المرحلي الذي توصلت إليه طهران مع مجموعة «5+1» في جنيف في نوفمبر الماضي بشأن برنامجها النووي.

وأوضحت وزارة الاقتصاد السويسرية، في بيان، أن التعليق يشمل حظر تجارة المعادن الثمينة مع المؤسسات الحكومية الإيرانية، وحظر نقل النفط الخام الإيراني ومشتقاته وتأمينه، وحظر تصدير المنتجات البتروكيماوية الإيرانية، إضافة إلى رفع سقف المبالغ التي تستوجب إبلاغ السلطات عند تحويلها من إيران وإليها.

وقال البيان إن القرار يدخل حيز التنفيذ فور بدء تطبيق الاتفاق المرحلي، على أن يعاد النظر فيه «في ضوء التزام إيران بتعهداتها»، مشيرا إلى أن الاتحاد الأوروبي والولايات المتحدة اتخذا خطوات مماثلة.

وتعد سويسرا، التي تمثل المصالح الأمريكية في طهران منذ عام 1980، من الدول الأوروبية التي حافظت على قنوات اتصال مع إيران طوال سنوات الأزمة، واستضافت جنيف جولات عدة من المفاوضات.

وكانت برن قد فرضت عقوبات على إيران منذ عام 2007 تطبيقا لقرارات مجلس الأمن الدولي، ثم وسعتها في عامي 2010 و2012 لتتماشى مع الإجراءات الأوروبية التي طالت قطاعي الطاقة والمصارف.

غير أن المجلس الفدرالي لم يرفع أيا من العقوبات المتعلقة بالمواد النووية والصواريخ الباليستية، كما أبقى على تجميد أصول الأفراد والشركات المدرجين على قوائمه، مؤكدا أن هذه الإجراءات «تبقى سارية بالكامل».

ورحبت أوساط اقتصادية سويسرية بالقرار، إذ قال ممثل لاتحاد الشركات التجارية في جنيف إن شركات تجارة المواد الخام «تتابع التطورات عن كثب»، لكنها «لن تغامر قبل أن تتضح الصورة لدى المصارف».

وكانت إيران ومجموعة «5+1»، التي تضم الولايات المتحدة وروسيا والصين وبريطانيا وفرنسا وألمانيا، قد اتفقت الأحد الماضي على أن يبدأ تطبيق اتفاق جنيف في العشرين من يناير الجاري، على أن تتواصل المفاوضات للتوصل إلى اتفاق شامل خلال ستة أشهر.

وفي أحد المطاعم الإيرانية في زيوريخ، قال صاحبه، وهو مهاجر من شيراز يعيش في سويسرا منذ ربع قرن: «المشكلة ليست في القرارات، بل في المصارف. حتى اليوم لا أستطيع تحويل فرنك واحد إلى أمي في إيران».""",
        [
            G("sanctions.suspended", "occurred", ["Switzerland", "Federal Council"], ["Iran"]),
            # the Geneva interim accord of November
            G("agreement.signed", "historical", ["Iran"], [], core=False),
            # the measures "منذ عام 2007", widened in 2010 and 2012
            G("sanctions.imposed", "historical", ["Switzerland"], ["Iran"], core=False),
            # "لم يرفع أيا من العقوبات المتعلقة بالمواد النووية"
            G("sanctions.lifted", "negated", ["Switzerland"], ["Iran"], core=False),
        ],
        not_targets=["United States", "Russia", "China", "United Kingdom", "France", "Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-04-alsomal-aljadid-unsc-renews-shabaab-sanctions-2022",
        date(2022, 11, 18),
        """مجلس الأمن يمدد العقوبات على «الشباب» ويعيد تسمية نظام عقوبات الصومال

مقديشو - «الصومال الجديد»

مدد مجلس الأمن الدولي، مساء الخميس، نظام العقوبات المفروض على الصومال، بما يشمل حظر الأسلحة على حركة «الشباب» وتجميد أصول قادتها وحظر سفرهم، حتى ديسمبر من العام المقبل، كما مدد ولاية فريق الخبراء المكلف بمراقبة تنفيذ العقوبات.

وتبنى المجلس القرار رقم 2662، الذي أعدته بريطانيا، بأغلبية أحد عشر صوتا وامتناع أربع دول عن التصويت، بحسب ما أفادت به مصادر دبلوماسية في نيويورك. ونص القرار على إعادة تسمية لجنة العقوبات لتصبح «لجنة العقوبات المفروضة على حركة الشباب»، في إشارة إلى أن الحركة هي المستهدف الرئيسي بهذه الإجراءات.

ورحبت الحكومة الصومالية بتشديد الإجراءات على الحركة، لكن مندوب الصومال لدى الأمم المتحدة جدد مطالبة بلاده برفع حظر الأسلحة المفروض على الحكومة الاتحادية، قائلا إن القيود «تكبل أيدي الجيش الوطني في حربه ضد الإرهاب».

ويفرض مجلس الأمن حظرا على توريد الأسلحة إلى الصومال منذ عام 1992، أي بعد عام واحد من انهيار الحكومة المركزية، وقد خففه على مراحل منذ عام 2013 للسماح بتسليح القوات الحكومية بشروط.

ولم يستجب المجلس في قراره الجديد لطلب مقديشو رفع الحظر كليا عن الحكومة، إذ اكتفى بالإشارة إلى «استعداده لمراجعة» الإجراءات في ضوء التقدم المحرز في إدارة الأسلحة والذخائر.

ويأتي القرار في وقت تشن فيه القوات الحكومية، بدعم من مقاتلي العشائر، هجوما واسعا على مواقع الحركة في ولايتي هيرشبيلي وجلمدغ منذ أغسطس الماضي، تمكنت خلاله من استعادة عشرات البلدات والقرى.

وأعلن الرئيس حسن شيخ محمود في وقت سابق أن حكومته تسعى إلى «تجفيف منابع تمويل» الحركة، التي تقدر الأمم المتحدة أنها تجني أكثر من مئة مليون دولار سنويا من الإتاوات التي تفرضها على التجار والشاحنات.

وكان فريق الخبراء قد أشار في تقريره الأخير إلى أن الحركة طورت قدرتها على تصنيع العبوات الناسفة محليا، مستخدمة مواد تدخل البلاد عبر الموانئ الصغيرة والطرق البرية، ودعا الحكومة إلى تشديد الرقابة على واردات الأسمدة والمواد الكيميائية.

وفي سوق بكارة بمقديشو، قال تاجر مواد غذائية: «الشباب يأخذون منا الزكاة كما يسمونها في كل طريق. إذا كانت العقوبات ستوقف هذا فأهلا بها، لكننا لم نر شيئا تغير من قبل».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], [_SHABAAB, "Somalia"]),
            # the arms embargo "منذ عام 1992"
            G("sanctions.imposed", "historical", [_UNSC], ["Somalia"], core=False),
            # the eased embargo "منذ عام 2013"
            G("sanctions.suspended", "historical", [_UNSC], ["Somalia"], core=False),
            # "ولم يستجب المجلس في قراره الجديد لطلب مقديشو رفع الحظر كليا"
            G("sanctions.lifted", "negated", [_UNSC], ["Somalia"], core=False),
        ],
        not_targets=["United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-05-aljazeera-net-biden-order-threatens-ethiopia-sanctions-2021",
        date(2021, 9, 18),
        """بايدن يوقع أمرا يمهد لعقوبات على أطراف حرب تيغراي.. وأديس أبابا ترفض «الضغوط»

أديس أبابا - «الجزيرة نت»

وقع الرئيس الأمريكي جو بايدن، أمس الجمعة، أمرا تنفيذيا يتيح لإدارته فرض عقوبات على مسؤولين في الحكومة الإثيوبية والحكومة الإريترية وجبهة تحرير شعب تيغراي، وعلى كل من يثبت تورطه في إطالة أمد الحرب في شمال إثيوبيا أو في عرقلة وصول المساعدات الإنسانية.

وقال بايدن، في بيان، إن الولايات المتحدة «مصممة على الضغط من أجل حل سلمي للنزاع»، محذرا من أن إدارته «ستكون مستعدة لاتخاذ إجراءات سريعة وحاسمة» ما لم تتخذ الأطراف خطوات ملموسة نحو وقف إطلاق النار والتفاوض.

وأوضح مسؤولون في وزارة الخزانة أن الأمر لا يتضمن في هذه المرحلة أسماء محددة، وأن واشنطن «تفضل ألا تضطر إلى استخدامه»، لكنها قد تلجأ إليه «خلال أسابيع» إذا لم يتغير الوضع على الأرض.

ولم تفرض الولايات المتحدة حتى الآن أي عقوبات مالية على رئيس الوزراء آبي أحمد أو على قادة الجبهة، غير أنها فرضت في مايو الماضي قيودا على منح التأشيرات لمسؤولين إثيوبيين وإريتريين حاليين وسابقين، وقيودا على المساعدات الاقتصادية والأمنية لإثيوبيا.

وردت وزارة الخارجية الإثيوبية ببيان قالت فيه إن الحكومة «لن تخضع للضغوط»، وإن واشنطن «تساوي بين حكومة منتخبة وجماعة إرهابية». وكان آبي أحمد قد وجه رسالة مفتوحة إلى بايدن قبل ساعات من توقيع الأمر، اعتبر فيها أن العقوبات ستضر بالشعب الإثيوبي.

واندلعت الحرب في نوفمبر الماضي بين القوات الاتحادية، مدعومة بالقوات الإريترية، وقوات الجبهة التي كانت تحكم إقليم تيغراي، وأودت بحياة الآلاف وشردت أكثر من مليوني شخص، فيما تقول الأمم المتحدة إن مئات الآلاف يواجهون ظروفا تشبه المجاعة.

وكانت القوات الإريترية قد دخلت الإقليم في الأسابيع الأولى من الحرب، قبل أن تعترف أديس أبابا بوجودها في مارس الماضي، وسط مطالبات دولية متكررة بانسحابها.

ويقول دبلوماسيون في أديس أبابا إن الأمر التنفيذي يمثل رسالة إلى الطرفين معا، إذ يتيح استهداف مسؤولين حكوميين وقادة في الجبهة على حد سواء، بحسب تصرفات كل منهم في الأسابيع المقبلة.

وفي حي بولي بالعاصمة، قال سائق سيارة أجرة: «الدولار صار بعيدا عنا، والبنزين يرتفع كل شهر. الأمريكان يتكلمون عن العقوبات، ونحن ندفع الثمن قبل أن تبدأ».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Joe Biden"], ["Ethiopia", "Eritrea", _TPLF]),
            # "ولم تفرض الولايات المتحدة حتى الآن أي عقوبات مالية"
            G("sanctions.imposed", "negated", [_US], ["Ethiopia", _TPLF], core=False),
            # the visa restrictions of May
            G("sanctions.imposed", "historical", [_US], ["Ethiopia", "Eritrea"], core=False),
            # the Eritrean forces in Tigray since the first weeks of the war
            G("military.presence", "historical", ["Eritrea"], ["Ethiopia"], core=False),
        ],
        not_targets=["Sudan", "Somalia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-06-alsudani-sudan-joins-saudi-led-coalition-2015",
        date(2015, 3, 27),
        """السودان ينضم إلى التحالف العربي في اليمن ويعلن مشاركة طائراته في «عاصفة الحزم»

الخرطوم - «السوداني»

أعلن السودان، أمس الخميس، انضمامه إلى التحالف العسكري الذي تقوده المملكة العربية السعودية لشن عمليات ضد جماعة الحوثيين في اليمن، وأكد مشاركة قواته الجوية في عملية «عاصفة الحزم» التي انطلقت فجر اليوم نفسه.

وقال الناطق الرسمي باسم القوات المسلحة العميد الصوارمي خالد سعد، في تصريح صحفي، إن السودان «انضم إلى التحالف انطلاقا من مسؤوليته في حماية أرض الحرمين الشريفين والعقيدة الإسلامية»، موضحا أن المشاركة ستكون «بقوات جوية في المرحلة الأولى»، ومؤكدا أن البلاد «مستعدة للمشاركة بقوات برية إذا اقتضت الحاجة».

وجاء الإعلان بعد اتصال هاتفي بين الرئيس عمر البشير وخادم الحرمين الشريفين الملك سلمان بن عبد العزيز، وفي وقت كان البشير يقوم فيه بزيارة إلى الرياض. وقالت مصادر في الرئاسة إن الخطوة تعكس «التحول الاستراتيجي» في علاقات الخرطوم مع دول الخليج.

وكانت الحكومة السودانية قد أغلقت في سبتمبر الماضي المراكز الثقافية الإيرانية في الخرطوم والولايات، وطلبت من الملحق الثقافي الإيراني مغادرة البلاد، في خطوة اعتبرها مراقبون بداية ابتعاد عن طهران التي ربطتها بالخرطوم علاقات عسكرية وثيقة طوال سنوات.

ولم يعلن السودان حتى الآن إرسال أي قوات برية إلى الأراضي اليمنية، كما لم يحدد عدد الطائرات المشاركة.

وتضم عملية «عاصفة الحزم»، وفق البيان السعودي، دول مجلس التعاون الخليجي باستثناء سلطنة عمان، إضافة إلى مصر والأردن والمغرب والسودان، فيما أعلنت باكستان أنها تدرس طلبا سعوديا للمشاركة.

وقال أستاذ للعلوم السياسية في جامعة الخرطوم إن الانضمام «قد يفتح الباب أمام دعم اقتصادي خليجي يحتاجه السودان بشدة بعد انفصال الجنوب وفقدان عائدات النفط»، لكنه حذر من «كلفة سياسية» إذا طال أمد الحرب.

ويشارك في العملية، بحسب مصادر عسكرية، عدد من الطيارين السودانيين الذين تلقوا تدريبهم في دول عربية، فيما قالت وزارة الخارجية إن السفارة السودانية في صنعاء ستواصل متابعة أوضاع الجالية السودانية المقيمة في اليمن، والتي يقدر عددها ببضعة آلاف، معظمهم من الطلاب والعمال.

وفي سوق أم درمان، قال بائع أقمشة: «إن شاء الله تكون خيرا على البلد. الناس هنا تعبانة من الغلاء، ولو جاءت ودائع من السعودية ممكن الجنيه يقيف شوية».""",
        [
            G("alliance.joined", "occurred", ["Sudan", "Sudanese Armed Forces"], [_SLC]),
            # the Iranian cultural centres closed in September: no watched type
            # "ولم يعلن السودان حتى الآن إرسال أي قوات برية إلى الأراضي اليمنية"
            G("military.presence", "negated", ["Sudan"], ["Yemen"], core=False),
            # "ومؤكدا أن البلاد «مستعدة للمشاركة بقوات برية إذا اقتضت الحاجة»": conditional, no event
            # Pakistan that "تدرس طلبا سعوديا للمشاركة": no event
        ],
        not_targets=["Iran", "Yemen", "Houthis", "Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-07-almasry-alyoum-egypt-cyprus-pipeline-agreement-2018",
        date(2018, 9, 20),
        """مصر وقبرص توقعان اتفاقية خط أنابيب لنقل غاز حقل «أفروديت» إلى محطات الإسالة المصرية

القاهرة - «المصري اليوم»

وقعت مصر وقبرص، أمس الأربعاء، في العاصمة القبرصية نيقوسيا، اتفاقية حكومية لإنشاء خط أنابيب بحري مباشر لنقل الغاز الطبيعي من حقل «أفروديت» القبرصي إلى مصر، تمهيدا لإسالته في محطتي إدكو ودمياط وإعادة تصديره إلى الأسواق الأوروبية.

ووقع الاتفاقية عن الجانب المصري المهندس طارق الملا وزير البترول والثروة المعدنية، وعن الجانب القبرصي وزير الطاقة والتجارة والصناعة يورغوس لاكوتريبيس، بحضور الرئيس القبرصي نيكوس أناستاسيادس.

وقال الملا، في تصريحات عقب التوقيع، إن الاتفاقية «خطوة مهمة نحو تحويل مصر إلى مركز إقليمي لتداول الغاز والطاقة»، موضحا أنها تحدد الإطار القانوني والتنظيمي لإنشاء الخط وتشغيله، على أن تتولى الشركات صاحبة حقوق التطوير التفاوض على الجوانب التجارية.

ويقدر احتياطي حقل «أفروديت»، الذي تطوره شركات «نوبل إنرجي» الأمريكية و«شل» الهولندية البريطانية و«ديليك» الإسرائيلية، بنحو 4.5 تريليون قدم مكعبة، ويتوقع أن يبلغ طول الخط نحو 300 كيلومتر.

وكان البلدان قد وقعا عام 2003 اتفاقية لترسيم الحدود البحرية بينهما في شرق المتوسط، كما أطلقا مع اليونان آلية للقمم الثلاثية منذ عام 2014 تعقد بصورة دورية.

غير أن المفاوضات التجارية بين الشركاء في الحقل والجانب المصري حول أسعار الغاز ورسوم الإسالة لم تحسم بعد، بحسب مصادر في القطاع تحدثت لـ«المصري اليوم»، مشيرة إلى أن قرار الاستثمار النهائي في المشروع «لن يتخذ قبل العام المقبل على أقرب تقدير».

وانتقدت تركيا في أكثر من مناسبة أنشطة التنقيب القبرصية، معتبرة أنها تتجاهل حقوق القبارصة الأتراك في الثروات الطبيعية للجزيرة.

وتأتي الاتفاقية بعد أشهر من توقيع شركات مصرية خاصة عقودا لاستيراد الغاز من حقلي «تمار» و«ليفياثان» الإسرائيليين، في إطار سعي القاهرة إلى استغلال طاقة محطتي الإسالة المعطلتين منذ سنوات.

ويرى خبراء في قطاع الطاقة أن نجاح المشروع مرتبط بأسعار الغاز في الأسواق الأوروبية، وبقدرة الشركات على تأمين التمويل اللازم لمد الخط في مياه عميقة يتجاوز عمقها في بعض المقاطع ألفي متر.

وفي أحد مقاهي وسط القاهرة، قال مهندس متقاعد عمل في قطاع البترول ثلاثين عاما: «إحنا كنا بنصدر الغاز، وبعدين بقينا نستورده، ودلوقتي هنبقى محطة للكل. المهم الفلوس ترجع على الناس».""",
        [
            G("agreement.signed", "occurred", ["Egypt", "Cyprus", "Tarek El Molla", "Georgios Lakkotrypis"], []),
            # the maritime delimitation of 2003
            G("agreement.signed", "historical", ["Egypt", "Cyprus"], [], core=False),
            # the commercial terms "لم تحسم بعد"
            G("agreement.signed", "stalled", ["Egypt"], [], core=False),
        ],
        not_targets=["Turkey", "Israel", "Greece"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-08-alraya-senegal-to-return-ambassador-to-doha-2017",
        date(2017, 8, 24),
        """السنغال تعلن إعادة سفيرها إلى الدوحة بعد شهرين من استدعائه

الدوحة - «الراية»

أعلنت جمهورية السنغال، أمس، أنها ستعيد سفيرها إلى الدوحة، بعد أكثر من شهرين على استدعائه للتشاور في يونيو الماضي، في أعقاب إعلان المملكة العربية السعودية والإمارات والبحرين ومصر قطع علاقاتها مع دولة قطر.

وقالت وزارة الخارجية السنغالية، في بيان، إن الرئيس ماكي سال قرر إعادة السفير إلى مقر عمله «حرصا على العلاقات الأخوية التي تربط البلدين وعلى مصالح الجالية السنغالية الكبيرة في قطر»، مؤكدة أن داكار «تدعم جهود الوساطة الكويتية لإيجاد حل للأزمة عبر الحوار».

ورحبت وزارة الخارجية القطرية بالقرار، وقالت في بيان إنها «تقدر موقف السنغال الشقيقة»، معربة عن تطلعها إلى «مزيد من التعاون في المجالات كافة».

وكانت السنغال من بين عدد من الدول الأفريقية التي اتخذت إجراءات دبلوماسية ضد الدوحة مطلع الأزمة، إذ استدعت سفيرها في السابع من يونيو، فيما قطعت موريتانيا وجزر القمر علاقاتهما مع قطر، وخفضت كل من تشاد والنيجر وجيبوتي مستوى تمثيلها.

ولم تعد موريتانيا ولا جزر القمر علاقاتهما الدبلوماسية مع قطر حتى الآن، فيما لا تزال وساطة أمير الكويت الشيخ صباح الأحمد الجابر الصباح متعثرة، بعد أن رفضت الدول الأربع رد الدوحة على قائمة مطالبها الثلاثة عشر.

ويعمل في قطر آلاف السنغاليين، معظمهم في قطاعات البناء والخدمات، كما تمول قطر مشاريع تنموية في السنغال. وقال دبلوماسي أفريقي في الدوحة لـ«الراية» إن القرار السنغالي «قد يشجع دولا أخرى على مراجعة مواقفها».

وتعود العلاقات بين قطر والسنغال إلى سبعينيات القرن الماضي، وقد زار الرئيس ماكي سال الدوحة أكثر من مرة، كان آخرها في العام الماضي، حين بحث مع سمو الأمير الشيخ تميم بن حمد آل ثاني مشاريع في مجالات الزراعة والبنية التحتية والطاقة. كما تستضيف داكار عددا من المؤسسات الخيرية القطرية التي تدير مدارس ومراكز صحية في مناطق ريفية.

وقال محلل سياسي سنغالي، في اتصال مع «الراية»، إن داكار «حاولت منذ البداية أن تمسك العصا من المنتصف، فهي لا تريد خسارة الرياض ولا الدوحة»، مضيفا أن الضغوط الداخلية من رجال الأعمال والعائلات التي يعمل أبناؤها في قطر «لعبت دورا في تسريع القرار».

وفي سوق الدوحة، قال عامل سنغالي يعمل في شركة صيانة منذ سبع سنوات: «كنا خائفين على تأشيراتنا وأعمالنا. الحمد لله، الآن نستطيع أن نطمئن عائلاتنا في داكار».""",
        [
            G("relations.restored", "planned", ["Senegal", "Macky Sall"], ["Qatar"]),
            # the recall of June and the Saudi, Emirati, Bahraini and Egyptian break: no watched type
            # "ولم تعد موريتانيا ولا جزر القمر علاقاتهما الدبلوماسية مع قطر حتى الآن"
            G("relations.restored", "negated", ["Mauritania", "Comoros"], ["Qatar"], core=False),
            # the Kuwaiti mediation "متعثرة"
            G("agreement.signed", "stalled", ["Kuwait", "Qatar", "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt", "Chad", "Niger", "Djibouti"],
        known_miss='"السنغال تعلن إعادة سفيرها" / "أعلنت … أنها ستعيد سفيرها" is read as an occurred restoration',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-09-syria-tv-national-front-merges-into-syrian-national-army-2019",
        date(2019, 10, 5),
        """«الجبهة الوطنية للتحرير» تندمج في «الجيش الوطني».. والحكومة المؤقتة: جيش واحد بسبعة فيالق

إسطنبول - «تلفزيون سوريا»

أعلنت الحكومة السورية المؤقتة، أمس الجمعة، اندماج «الجبهة الوطنية للتحرير»، أكبر تحالف لفصائل المعارضة في إدلب، في «الجيش الوطني السوري»، ليصبح الجيش الجديد مؤلفا من سبعة فيالق تنتشر في أرياف حلب وإدلب وحماة واللاذقية.

وقال وزير الدفاع في الحكومة المؤقتة اللواء سليم إدريس، في مؤتمر صحفي عقده في مدينة أورفا التركية بحضور قادة الفصائل، إن «الجبهة الوطنية للتحرير أصبحت جزءا من الجيش الوطني، وستنضوي فصائلها ضمن أربعة فيالق جديدة تضاف إلى الفيالق الثلاثة القائمة»، مؤكدا أن الجيش الموحد «يخضع لقيادة أركان واحدة ولوزارة الدفاع».

وأوضح إدريس أن عدد مقاتلي الجيش بعد الاندماج يقدر بنحو ثمانين ألف مقاتل، مشيرا إلى أن الفصائل المندمجة «حلت تشكيلاتها السابقة» وباتت تتلقى أوامرها من هيئة الأركان.

وكان «الجيش الوطني» قد تشكل أواخر عام 2017 في ريف حلب الشمالي من فصائل شاركت في عمليتي «درع الفرات» و«غصن الزيتون» اللتين نفذهما الجيش التركي، فيما تشكلت «الجبهة الوطنية للتحرير» في مايو 2018 من اتحاد فصائل في إدلب، أبرزها «فيلق الشام» و«أحرار الشام» و«جيش الأحرار».

ولم تنضم «هيئة تحرير الشام»، التي تسيطر على الجزء الأكبر من محافظة إدلب، إلى التشكيل الموحد، ولم تصدر عنها أي تعليقات حتى مساء أمس.

ويأتي الإعلان في وقت تستعد فيه تركيا لإطلاق عملية عسكرية شرق الفرات ضد «وحدات حماية الشعب» الكردية، التي تعتبرها أنقرة امتدادا لحزب العمال الكردستاني. وقال قادة في الجيش الوطني إن مقاتليهم «جاهزون للمشاركة» في العملية.

ويرى محللون أن توحيد الفصائل تحت مظلة واحدة «يمنح أنقرة شريكا عسكريا أكثر انضباطا»، لكنهم يشيرون إلى أن محاولات سابقة للتوحيد تعثرت بسبب الخلافات على الموارد وعائدات المعابر.

ويقول ناشطون في ريف حلب إن التحدي الأبرز أمام الجيش الموحد يبقى توحيد الرواتب، إذ تتفاوت المبالغ التي يتقاضاها المقاتلون من فصيل إلى آخر، إضافة إلى ضبط السلاح داخل المدن.

وفي مدينة الباب، قال صاحب محل للهواتف المحمولة: «سمعنا عن التوحيد أكثر من مرة. المهم أن تختفي الحواجز الكثيرة، وأن يعرف الناس من المسؤول إذا حصلت مشكلة».""",
        [
            G("forces.integrated", "occurred", [_SIG, _SNA, "Salim Idris"], [_NFL]),
            # the army formed "أواخر عام 2017", the Front formed in May 2018
            G("forces.integrated", "historical", [_SIG, _SNA], [], core=False),
            G("forces.integrated", "historical", [_NFL], [], core=False),
            # "ولم تنضم «هيئة تحرير الشام» … إلى التشكيل الموحد"
            G("forces.integrated", "negated", ["Hay'at Tahrir al-Sham"], [_SNA], core=False),
            # Euphrates Shield and Olive Branch
            G("military.presence", "historical", ["Turkey"], ["Syria"], core=False),
            # earlier attempts that "تعثرت"
            G("forces.integrated", "stalled", [_SIG], [], core=False),
        ],
        not_targets=["People's Protection Units", "Kurdistan Workers' Party"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-10-aden-alghad-saudi-forces-deploy-in-mahra-2017",
        date(2017, 11, 27),
        """قوات سعودية تنتشر في مطار الغيضة وميناء نشطون.. والسلطة المحلية: لدعم الأمن ومكافحة التهريب

الغيضة - «عدن الغد» - خاص

وصلت قوات سعودية، أمس الأحد، إلى مدينة الغيضة عاصمة محافظة المهرة شرقي اليمن، وانتشرت في مطار الغيضة الدولي، فيما توجهت وحدة أخرى إلى ميناء نشطون ومنفذي شحن وصرفيت البريين على الحدود مع سلطنة عمان، وفق ما أفادت به مصادر محلية لـ«عدن الغد».

وقالت المصادر إن القوات وصلت على متن طائرات نقل عسكرية هبطت في المطار منذ ساعات الصباح الأولى، ترافقها آليات ومعدات، وإن عناصرها تسلموا مواقع في محيط المطار الذي أغلق أمام الرحلات المدنية.

وأوضح مسؤول في السلطة المحلية أن انتشار القوات يأتي «في إطار التحالف العربي لدعم الشرعية»، وبهدف «تعزيز الأمن ومكافحة تهريب الأسلحة والمخدرات» عبر سواحل المحافظة ومنافذها، مشيرا إلى أن القوات السعودية «ستتولى تدريب وحدات من خفر السواحل والأمن المحلي».

وتتهم دول التحالف جماعة الحوثيين بتهريب أسلحة وقطع صواريخ عبر سواحل المهرة الطويلة وطرقها الصحراوية، وهو ما ينفيه الحوثيون، كما تنفيه سلطنة عمان التي تقول إنها تراقب حدودها بصرامة.

ولم تشهد المهرة، البعيدة عن جبهات القتال، أي عمليات عسكرية منذ بدء الحرب في مارس 2015، ولم تنتشر فيها قوات للتحالف قبل اليوم، على خلاف محافظات جنوبية أخرى انتشرت فيها قوات إماراتية.

وأبدى عدد من شيوخ القبائل ووجهاء المحافظة تحفظهم على الخطوة، وقال أحدهم في اتصال هاتفي إن «المهرة آمنة بأبنائها، ولا تحتاج إلى قوات من خارجها»، داعيا السلطة المحلية إلى «توضيح طبيعة هذه القوات ومدة بقائها».

وتجمع العشرات من أبناء المحافظة في الغيضة عصرا للتعبير عن رفضهم لإغلاق المطار أمام المسافرين والمرضى الذين يتوجهون للعلاج في عمان.

وتعد المهرة ثاني أكبر محافظات اليمن مساحة، ويبلغ طول ساحلها على بحر العرب نحو خمسمئة وستين كيلومترا، وتربطها بسلطنة عمان علاقات اجتماعية وتجارية وثيقة، إذ يحمل كثير من أبنائها الجنسية العمانية أو يعملون في محافظة ظفار المجاورة.

وفي سوق الغيضة، قال صياد من منطقة نشطون: «نحن نصطاد ونبيع ولا نعرف شيئا عن التهريب. نريد فقط أن يبقى البحر مفتوحا لنا كما كان».""",
        [
            G("military.presence", "occurred", ["Saudi Arabia"], ["Yemen"]),
            # "ولم تنتشر فيها قوات للتحالف قبل اليوم"
            G("military.presence", "negated", [_SLC], ["Yemen"], core=False),
            # the Emirati forces in other southern governorates
            G("military.presence", "historical", ["United Arab Emirates"], ["Yemen"], core=False),
        ],
        not_targets=["Oman", "Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-11-hespress-raja-lifts-suspension-signs-striker-2019",
        date(2019, 7, 12),
        """الرجاء يرفع عقوبة التوقيف عن لاعبه ويوقع مع مهاجم جديد قبل انطلاق الموسم

الدار البيضاء - «هسبريس» - رياضة

رفع المكتب المديري لنادي الرجاء الرياضي، أمس الخميس، عقوبة التوقيف الداخلية التي كان قد فرضها على أحد لاعبي خط الوسط الشهر الماضي بسبب تغيبه عن التداريب، بعد أن قدم اللاعب اعتذارا كتابيا للجمهور وللطاقم التقني.

وأفاد بلاغ للنادي بأن اللاعب «سينضم إلى المجموعة ابتداء من حصة الغد»، وسيشارك في المعسكر التدريبي الذي يقيمه الفريق بمدينة إفران استعدادا للموسم الجديد ولمنافسات عصبة الأبطال الأفريقية.

وفي السياق ذاته، وقع الرجاء عقدا يمتد لثلاثة مواسم مع مهاجم قادم من الدوري الكونغولي، ليكون ثالث صفقة ينجزها النادي خلال فترة الانتقالات الصيفية، بعد انضمام مدافع من الجيش الملكي وحارس شاب من أكاديمية محمد السادس لكرة القدم.

كما مدد النادي عقد قائده لموسمين إضافيين، بعد مفاوضات وصفت بـ«الطويلة»، فيما علقت الإدارة مفاوضاتها مع لاعب تونسي بسبب مطالبه المالية «المبالغ فيها»، بحسب مصدر من داخل النادي.

وكانت الجامعة الملكية المغربية لكرة القدم قد فرضت على الرجاء في الموسم الماضي غرامة مالية وأغلقت مدرجات ملعبه لمباراة واحدة، بسبب استعمال الشهب الاصطناعية في إحدى مباريات الديربي.

ووقع النادي أيضا اتفاقية شراكة مع شركة مغربية للاتصالات لرعاية قميص الفريق لمدة ثلاث سنوات، في خطوة قال رئيس النادي إنها «ستخفف الضغط المالي» الذي يعانيه الفريق منذ سنوات.

ويطمح «النسور الخضر» إلى استعادة لقب البطولة الوطنية الذي غاب عن خزائنهم منذ موسم 2012-2013، وإلى المنافسة على اللقب القاري الذي فازوا به آخر مرة عام 1999.

وعلى مستوى الطاقم التقني، أكد المدرب في تصريح للموقع الرسمي للنادي أن الفريق «في حاجة إلى مهاجم صريح»، مشيرا إلى أن الوافد الجديد «يمتلك السرعة والقوة البدنية»، وأن باب الانتدابات «لم يغلق بعد». وأضاف أن المباريات الإعدادية المبرمجة في إفران ستكون فرصة لتجريب عدد من اللاعبين الشبان القادمين من فئة الأمل.

وفي مقهى بحي درب السلطان، قال مشجع خمسيني: «الرجاء هي الدار ديالنا. دابا المهم هو الانسجام، واللاعب اللي رجع خاصو يبين راسو فالتيران، ماشي غير بالاعتذار».""",
        [],
        not_targets=["Morocco", "Democratic Republic of the Congo", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h84-12-alrai-jordan-telecom-merger-and-alliance-2021",
        date(2021, 3, 16),
        """شركتان أردنيتان للتقنية توقعان اتفاقية اندماج.. وشركة اتصالات تنضم إلى تحالف دولي للألياف

عمان - «الرأي» - اقتصاد

وقعت شركتان أردنيتان تعملان في قطاع البرمجيات والحلول الرقمية، أمس، اتفاقية اندماج تنشأ بموجبها شركة جديدة برأسمال يبلغ نحو أربعين مليون دينار، في صفقة هي الأكبر من نوعها في قطاع التكنولوجيا المحلي منذ سنوات.

وقال الرئيس التنفيذي لإحدى الشركتين، في مؤتمر صحفي عقد في عمان، إن الاندماج «سيمكن الشركة الجديدة من المنافسة في أسواق الخليج وشمال أفريقيا»، مشيرا إلى أن الموظفين في الشركتين، وعددهم نحو ستمئة، «سينضمون جميعا إلى الكيان الجديد دون أي تسريح».

وتحتاج الصفقة إلى موافقة هيئة الأوراق المالية ووزارة الصناعة والتجارة، إضافة إلى الهيئات العامة غير العادية للشركتين، ويتوقع أن تستكمل إجراءاتها قبل نهاية العام.

وفي سياق منفصل، أعلنت إحدى شركات الاتصالات العاملة في المملكة انضمامها إلى تحالف دولي لمشغلي شبكات الألياف الضوئية يضم شركات من أوروبا وآسيا، بهدف تبادل الخبرات وخفض كلف الربط الدولي.

كما مددت الشركة اتفاقية تعاون مع جامعة أردنية لتدريب الخريجين لعامين إضافيين، فيما علقت بورصة عمان التداول على سهم إحدى الشركات المدرجة لحين الإفصاح عن بياناتها المالية السنوية.

وكانت هيئة تنظيم قطاع الاتصالات قد فرضت العام الماضي على المشغلين التزامات جديدة تتعلق بجودة خدمة الإنترنت المنزلي، بعد ارتفاع الطلب عليها خلال فترات الحظر المرتبطة بجائحة كورونا.

وقال محلل مالي إن موجة الاندماجات في قطاع التكنولوجيا «متوقعة»، لافتا إلى أن كثيرا من الشركات الصغيرة «لا تملك القدرة على الاستمرار منفردة» في ظل ارتفاع الكلف وتراجع الطلب المحلي.

وتشير بيانات رسمية إلى أن قطاع تكنولوجيا المعلومات والاتصالات يساهم بنحو أربعة في المئة من الناتج المحلي الإجمالي للمملكة، ويوظف عشرات الآلاف من الشباب والشابات في العاصمة والمحافظات، فيما تسعى الحكومة إلى زيادة صادرات الخدمات الرقمية إلى دول الخليج.

وفي أحد مقاهي جبل عمان، قال مبرمج شاب يعمل في إحدى الشركتين: «سمعنا عن الاندماج من أسابيع. بصراحة كلنا خايفين على الرواتب، بس الإدارة بتحكي إنه ما حدا رح يطلع. خلينا نشوف».""",
        [],
        not_targets=["Jordan"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout84_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout84_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout84_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
