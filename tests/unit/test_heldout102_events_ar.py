"""A hundred-and-second, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first hundred and one Arabic held-out sets: Arabic copy of 1985-2023 as Maghreb dailies and
agencies and the Arabic pages of African Union and Sahel news carry it (a Mauritanian Sahel site,
"نواكشوط - «صحراء ميديا»", with a teacher of the Mbera refugee camp; the Mauritanian agency,
"نواكشوط - «الوكالة الموريتانية للأنباء»", with a Nouadhibou fish exporter; an Algerian daily,
"واشنطن - «الخبر»", with a Libyan engineer on the telephone from Tripoli; the Moroccan agency,
"نيويورك - «وكالة المغرب العربي للأنباء»", with a Gao lorry driver; a Mauritanian agency's AU
page, "أديس أبابا - «وكالة نواكشوط للأنباء»", with a Nouakchott phone seller; the Algerian agency,
"بروكسل - «وكالة الأنباء الجزائرية»", with an Algiers pensioner; an Algerian daily, "الجزائر -
«الشروق»", with a Tindouf grocer; the Moroccan agency of 1985, "الرباط - «وكالة المغرب العربي
للأنباء»", with a cloth seller of the Rabat medina; an Algerian daily's Sahel page, "تمبكتو -
«الشعب»", with a Timbuktu salt seller; the Chadian agency, "انجامينا - «وكالة الأنباء التشادية»",
with a tea seller of Moursal; and two near misses: a Tunisian daily's sports page, "تونس -
«الصباح» - رياضة", with an Espérance fan of Bab Souika, and an Algerian daily's culture page,
"باتنة - «المساء» - ثقافة", with a water seller at Timgad) on episodes the earlier sets do not carry
as core news: the Security Council's Mali sanctions committee listing its first three names
(Mohamed Ousmane Ag Mohamedoune, Ahmoudou Ag Asriw, Mahamadou Ag Rhissa), December 2018; the
United States restoring Mauritania's AGOA eligibility, January 2022; George W. Bush easing most
American sanctions on Libya, April 2004; the Security Council renewing the Mali sanctions regime
and its panel by Resolution 2484, August 2019; the AU Peace and Security Council threatening the
Mauritanian junta with targeted sanctions unless Sidi Ould Cheikh Abdallahi was reinstated,
September 2008; Algeria joining NATO's Mediterranean Dialogue, March 2000; Algeria and Mauritania
signing the agreement on the Tindouf-Zouerate road during Ghazouani's state visit, December 2021;
Morocco and Mauritania resuming the relations broken in 1981, April 1985; Mali's "Flame of Peace"
in Timbuktu and the former fighters of the Unified Movements and Fronts of Azawad taken into the
army, March 1996; Idriss Déby deciding at the N'Djamena G5 summit to send 1,200 Chadian soldiers
to the three-border area, February 2021.
Searched before writing in ALL earlier held-out files of both languages (up to set 116 English and
101 Arabic, a list of every set's core episodes drawn from the docstrings, and branch h104's set
104 Arabic; branches h103 and h117 had no commit and their worktrees no new set file) by states,
bodies, people, places and instrument numbers in Arabic and English spellings, reading the hits:
"Asriw"/"أسريو"/"Mahri"/"مهري" (none; the Mali regime's renewals of 2020 and 2021, Resolutions
2541 and 2590, are core in sets 81, 85 and 87 Arabic, other episodes); "2432"/"2484" (none);
"AGOA"/"أغوا" beside Mauritania (set 27 Arabic names AGOA for Ethiopia only); Bush beside Libya
(set 99 Arabic carries the EU's lifting of October 2004 and names the American embargo lifted
"الشهر الماضي" as background; set 38 English the ILSA extension); Mauritania beside the African
Union and 2008 (set 100 Arabic carries the lifting of the suspension in 2009, set 35 Arabic one
background line; no set carries the threat of September 2008); "Mediterranean Dialogue"/"الحوار
المتوسطي" (none; Algeria beside NATO only in passing in sets 30 and 82 Arabic); "Zouerat"/
"الزويرات" and Tindouf beside a road (none); 1985 beside Mauritania or Morocco (set 97 Arabic, the
Tunisia-Libya break of 1985, Morocco and Mauritania no parties; "الطايع" appears in sets 26, 37,
68, 81, 90 and 93 Arabic, never on the restoring of 1985); "Flamme"/"شعلة السلام"/"Flame of Peace"
(none); Chad beside the three borders and 1,200 troops (none; "Liptako" is the AES charter of 2023
in sets 15, 16, 22 and 27 Arabic). Some thirty other candidates were dropped because the search
found them as core news (among them the Mauritania-Qatar, Mauritania-Senegal, Algeria-Morocco
(1988), Tunisia-Libya (1987), Algeria-France and Algeria-Spain restorations, Tunisia in COMESA,
the Lockerbie suspension of 1999, Resolution 1506, the EU's Libyan listings of 2016, the Gao mixed
patrol, the Libya Shield and Supreme Security Committee integrations, Russia's Africa Corps, MISIN
and the Agadez base, the Liptako-Gourma charter, the trans-Saharan gas accord and the Grande Tortue
agreement).
Facts the writer is unsure of: the day of the Mali listing (20 December 2018), the posts of the
three men and whether their assets were frozen as well (written as a travel ban alone); the day
and form of the AGOA reinstatement (written as effective 1 January 2022, announced by the USTR)
and the Mauritanian ministry's words; the day of Bush's easing (23 April 2004) and the sum of the
frozen assets; Resolution 2484's vote, penholder and dates; the day of the AU meeting (22
September 2008), the deadline (6 October) and Lamamra's words; the day of Algeria's joining (14
March 2000), the exchange of letters and the opposition party's protest; whether the road
agreement itself was signed during the visit of December 2021 and the length of the road; the day
and form of the Morocco-Mauritania communiqué of April 1985; the number of fighters taken into
the army at Timbuktu and whether Ganda Koy's men were kept out of it; the words of Déby and
Macron at the N'Djamena summit and the base the battalion would leave from.

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the battalion Déby "قرر … إرسال"), next to historical, negated and stalled ones and a few
alertable events that are not core; two are near misses: a Tunisian sports page (a federation
that "رفعت … العقوبة", a league that "فرضت العقوبة" and "هددت بفرض عقوبات على الأندية", "انضمام
مدافع جزائري", a contract "مددت", a partnership "وقعت", sales "علقت", police units "نشرت", youth
teams "دمج") and an Algerian culture page (a festival "تمديد", bands' "انضمام", a partnership
"وقعت", a show "علقت", a ban on filming "رفعت … الحظر", fines "فرضت", officers "نشرت", a troupe that
"عادت").

The decisions of the annotation, taken before any run: a committee that "أدرجت … ثلاثة قياديين
… على قائمتها" imposes (core; the Security Council; the three men, absent from the knowledge base;
Mali is no target of a listing of its rebels), the regime set up "في سبتمبر 2017، بموجب القرار
2374" a historical imposition, "ولم تفرض اللجنة في هذه المرحلة تجميدا لأصول" a negated one, the
peace agreement "الموقع عام 2015" a historical signing; the jihadists "يخضع هؤلاء لنظام عقوبات
آخر" are a standing state, no event. A United States that "رفعت … التعليق الذي فرضته على استفادة
موريتانيا من … «أغوا»" lifts (core; Mauritania): the loss of a trade preference for forced labour
is a trade sanction as a reader of sanctions news takes it; Trump's termination "في نوفمبر 2018"
a historical imposition; Ethiopia, Mali and Guinea that "خرجت … من البرنامج في اليوم نفسه" an
occurred imposition (not core: it takes effect the same day, decided in November). A United States
that "خففت … معظم العقوبات الاقتصادية التي تفرضها على ليبيا" suspends, an easing as the design
counts it (core; Bush; Libya): the measures stay in law and the emergency stands; "غير أن الإجراء
لا يرفع العقوبات كليا … كما لم تشطب اسم ليبيا" a negated lifting, Reagan's embargo of 1986 a
historical imposition, the travel ban lifted "في فبراير الماضي" and the Council's lifting "في
سبتمبر الماضي" historical liftings; the oil companies' return and the remaining liftings
"مرتبط بتسوية ملفات أخرى" are no events. A Council that "جدد … العمل بنظام العقوبات المفروض على
مالي لمدة عام إضافي" extends (core; the Security Council; Mali, the state whose regime it is), the
regime of 2017 and the listings of December and July a historical imposition, "ولم يقرر المجلس
فرض حظر على توريد السلاح إلى مالي" a negated imposition, the former fighters' integration that
"يراوح مكانه" a stalled integration, the signing of June 2015 a historical signing. A Peace and
Security Council that "هدد … بفرض عقوبات على أعضاء المجلس الأعلى للدولة" threatens (core; the
African Union; Mauritania and Mohamed Ould Abdel Aziz), the suspensions of August 2008 and 2005 a
historical imposition of the AU, the American aid "علقت" after the coup a historical imposition,
"فيما لم يتخذ الاتحاد الأوروبي حتى الآن أي عقوبات" a negated imposition; the coup, the junta's
reply and the elections are no events. An Algeria that "انضمت رسميا … إلى «الحوار المتوسطي» الذي
أطلقه حلف شمال الأطلسي" joins (core; NATO, whose partnership it is), the five states of 1994 and
Jordan "في نوفمبر 1995" historical joinings, "لا يعني بأي حال السعي إلى عضوية الحلف" a negated
joining, the EU association talks "المتوقفة منذ عام 1997" a stalled signing. Two states that
"وقعت … اتفاقا لإنجاز الطريق البري" sign (core; Algeria, Mauritania, Tebboune and Ghazouani), the
other accords of the package the same signing, Mauritania that "انضمت في ديسمبر 1983 إلى معاهدة
الإخاء والوفاق" a historical joining, the treaty of March 1983 a historical signing, the trade
accord whose talks "لا تزال … متعثرة" a stalled signing; the border post opened in 2018 is no
event. A kingdom and a republic that decided "استئناف علاقاتهما الدبلوماسية المقطوعة منذ مارس
1981" restores relations (core; Morocco and Mauritania), the accords of Algiers (1979) and Madrid
(1975) historical signings, the Moroccan forces "تمركزت في الزويرات … بين عامي 1977 و1979" a
historical presence; the break of 1981 and the recognition of 1984 are no watched events. The
fighters of the movements that were "دمج … في صفوف الجيش المالي وأجهزة الأمن" integrate (core;
the Unified Movements and Fronts of Azawad, absent from the knowledge base; Mali), the National
Pact of April 1992 a historical signing, "ولم يلتحق بالجيش مقاتلو ميليشيا «غاندا كوي»" a negated
integration; the weapons burnt and the movements' dissolution are no events. A Chadian president
who "قرر … إرسال كتيبة من 1200 جندي إلى منطقة الحدود الثلاثية بين مالي والنيجر وبوركينا فاسو"
plans a presence (core, planned: the battalion is yet to leave; Chad and Déby; the three states),
the troops sent to northern Mali in 2013 a historical presence, the G5 joint force "شكلت … عام
2017" a historical integration; France's troops that it "لن تخفض" are no event of a watched type.
The Tunisian sports page and the Algerian culture page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.875, R 0.700, F1 0.778 (recall
7/10, precision 7/8); occurred core found 6/9, planned 1/1 (as the score counts it: the battalion
is found as an occurred presence); historical kept quiet 18/20, negated 5/6, stalled 3/3. No
annotation was changed after the run. Missed: the Mali committee's listing (ar-h102-01), "أدرجت
لجنة العقوبات الخاصة بمالي … ثلاثة قياديين … على قائمتها", gives nothing at all (neither the
listing nor the regime of 2017 nor the negated freeze); the AGOA reinstatement (ar-h102-02),
"رفعت الولايات المتحدة … التعليق الذي فرضته على استفادة موريتانيا من … «أغوا»", gives nothing
either (nor Trump's termination, nor the removal of Ethiopia, Mali and Guinea); Bush's easing
(ar-h102-03), "خففت الولايات المتحدة … معظم العقوبات الاقتصادية التي تفرضها على ليبيا", is read
as an occurred lifting, not as a suspension (a false alarm as well, against the negated lifting
"لا يرفع العقوبات كليا" and the historical liftings of February and September); the Chadian
battalion (ar-h102-10), "قرر الرئيس التشادي … إرسال كتيبة من 1200 جندي إلى منطقة الحدود
الثلاثية", is no planned presence: the only presence read is an occurred one on the background
sentence "جماعات متمردة تتخذ من جنوب ليبيا قاعدة لها", with Boko Haram, Chad, the three Sahel
states and the G5 force for actors and Libya for target (a wrong target). Seen, not counted by the
score: the AU's threat (ar-h102-05) has no target (Mauritania and the junta are not taken from
"على أعضاء المجلس الأعلى للدولة الحاكم في موريتانيا"); the Mali renewal's negated arms embargo
has France and Algeria for actors, and the Malian envoy's "لا تعترض على التجديد" is read as a
negated extension by Mali; the stalled Algeria-Mauritania trade accord is the treaty of 1983 with
Tunisia and Morocco, read as stalled; the historical accords of 1975 and 1979 have no actors;
Mali's integration has no target and no Azawad movements (absent from the knowledge base). The
two near misses raise nothing. Four articles are strict xfails (ar-h102-01, -02, -03 and -10 on
their core events, ar-h102-03 and -10 on their alerts).

After the fixes of 2026-12-07: events P 0.900, R 0.900, F1 0.900 (recall 9/10, precision 9/10).
Four general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout102_rules_ar.py`` (the mean F1 now of the other held-out sets is unchanged). A
sanctions body's own list ("أدرجت لجنة العقوبات … على قائمتها"، "على لائحتها") is a blacklist when
the body is the verb's subject (``own_list`` with ``sanctions_body``; not UNESCO's or a ministry of
health's list), and the body a VSO subject belongs to ("لجنة العقوبات …، التابعة لمجلس الأمن")
acts through it instead of being its target (``_body_of_subject_ar``; not the owner of a company
listed in the passive): ar-h102-01's strict xfail removed. A suspension laid on a state's
membership, aid or trade benefit and lifted ("رفعت … التعليق الذي فرضته على استفادة موريتانيا",
"التعليق المفروض على عضوية غينيا") is a lifting, its relative clause telling whom it was on
(``imposed_suspension`` with ``suspended_benefit``; not a flight ban of an epidemic nor a club's
player): ar-h102-02's strict xfail removed. Armed groups that "تتخذ من X قاعدة لها" keep a
hideout, no state's presence (``_armed_group_subject_ar``), and the states of a place forces are
sent to ("إلى منطقة الحدود الثلاثية بين مالي والنيجر وبوركينا فاسو") are its targets, not parties
(``_destination_between_ar``): ar-h102-10's strict xfail on its alerts removed. Left, as strict
xfails, because the annotation departs from the project's reading rather than for want of a
general cause: the easing of most sanctions (ar-h102-03) is read as a lifting, as "eased
sanctions" is in English too (the set counts it a suspension, as set 90 did; only a freeze eased
is one in the analyzer); the battalion Déby "قرر … إرسال" (ar-h102-10) is an occurred presence,
as "decided to send" is in English (the set counts it planned). Seen and left: "مالي" alone is
not linked (the word is also "financial"), so the Mali renewal's negated embargo and the AU
threat's target lean on other names.

``python -m tests.unit.test_heldout102_events_ar`` prints every article's alerts and the set's
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
_AU = "African Union"
_EU = "European Union"
_NATO = "NATO"
_G5 = "G5 Sahel"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-01-sahara-medias-un-mali-committee-lists-three-2018",
        date(2018, 12, 21),
        """لجنة العقوبات الخاصة بمالي تدرج ثلاثة قياديين من حركات الشمال على قائمتها

نواكشوط - «صحراء ميديا»

أدرجت لجنة العقوبات الخاصة بمالي، التابعة لمجلس الأمن الدولي، مساء الخميس، ثلاثة قياديين في حركات مسلحة بشمال مالي على قائمتها، بتهمة عرقلة تنفيذ اتفاق السلم والمصالحة المنبثق عن مسار الجزائر، الموقع عام 2015، لتكون هذه أول أسماء تخضع لحظر السفر منذ إنشاء نظام العقوبات قبل خمسة عشر شهرا.

وشملت القائمة، وفق بيان نشرته الأمم المتحدة في نيويورك، محمد عثمان آغ محمدون، الأمين العام لتنسيقية شعب أزواد، وأحمدو آغ أصريو، القيادي في مجموعة الدفاع الذاتي للطوارق إمغاد وحلفائهم «غاتيا»، ومحمدو آغ رسا، القيادي في المجلس الأعلى لوحدة أزواد.

وقالت اللجنة إن الثلاثة «شاركوا في أعمال تهدد السلام والأمن والاستقرار في مالي»، من بينها عرقلة تنصيب السلطات الانتقالية في بعض مدن الشمال، والمشاركة في اشتباكات بين الحركات الموقعة على الاتفاق، مؤكدة أن الدول الأعضاء ملزمة بمنعهم من دخول أراضيها أو العبور منها.

وكان مجلس الأمن قد أنشأ نظام العقوبات الخاص بمالي في سبتمبر 2017، بموجب القرار 2374 الذي قدمته فرنسا، ويتيح حظر السفر وتجميد الأصول بحق كل من يعرقل تنفيذ الاتفاق أو يهاجم قوات حفظ السلام أو يتورط في انتهاكات لحقوق الإنسان.

ولم تفرض اللجنة في هذه المرحلة تجميدا لأصول القياديين الثلاثة، مكتفية بحظر السفر، بحسب ما أوضح دبلوماسيون في نيويورك، أشاروا إلى أن القائمة «قابلة للتوسيع» إذا استمر تعطيل الاتفاق.

ولا تضم القائمة أي قيادي في الجماعات الجهادية الناشطة في وسط البلاد وشمالها، إذ يخضع هؤلاء لنظام عقوبات آخر خاص بتنظيمي القاعدة و«داعش».

ورحبت الحكومة المالية بالخطوة، وقال متحدث باسمها إن باماكو طالبت مرارا بمعاقبة «معرقلي السلام»، في حين اعتبرت تنسيقية الحركات الأزوادية أن العقوبات «ينبغي أن تطال جميع الأطراف دون انتقائية»، بما فيها مسؤولون حكوميون.

ويأتي القرار بعد أشهر من تقرير لفريق الخبراء التابع للجنة، تحدث عن صلات بين بعض قادة الحركات وشبكات تهريب المخدرات والمهاجرين في منطقة الساحل، وعن تأخر مزمن في تنفيذ بنود الاتفاق الأمنية والسياسية.

وفي مخيم امبره للاجئين الماليين شرقي موريتانيا، قال معلم فر من تمبكتو قبل ست سنوات: «نسمع عن الاتفاق منذ ثلاث سنوات، ولم نر شيئا يتغير على الأرض. إذا كانت هذه العقوبات ستجعل القادة يتوقفون عن التناحر، فربما نعود يوما إلى بيوتنا. لكنني لا أعلق آمالا كبيرة».""",
        [
            G("sanctions.imposed", "occurred", [_UNSC],
              ["Mohamed Ousmane Ag Mohamedoune", "Ahmoudou Ag Asriw", "Mahamadou Ag Rhissa"]),
            # the regime set up "في سبتمبر 2017، بموجب القرار 2374"
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            # "ولم تفرض اللجنة في هذه المرحلة تجميدا لأصول القياديين الثلاثة"
            G("sanctions.imposed", "negated", [_UNSC],
              ["Mohamed Ousmane Ag Mohamedoune", "Ahmoudou Ag Asriw", "Mahamadou Ag Rhissa"], core=False),
            # the peace agreement "المنبثق عن مسار الجزائر، الموقع عام 2015"
            G("agreement.signed", "historical", ["Mali"], [], core=False),
        ],
        not_targets=["Algeria", "Mauritania", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-02-ami-mauritania-back-in-agoa-2022",
        date(2022, 1, 2),
        """واشنطن تعيد موريتانيا إلى «أغوا» بعد ثلاث سنوات من الإقصاء

نواكشوط - «الوكالة الموريتانية للأنباء»

رفعت الولايات المتحدة الأمريكية، اعتبارا من فاتح يناير الجاري، التعليق الذي فرضته على استفادة موريتانيا من قانون النمو والفرص في أفريقيا «أغوا»، لتعود الصادرات الموريتانية إلى دخول السوق الأمريكية دون رسوم جمركية، بعد ثلاث سنوات من إقصائها من البرنامج.

وقال مكتب الممثل التجاري الأمريكي، في بيان، إن القرار جاء «اعترافا بالتقدم الكبير» الذي أحرزته الحكومة الموريتانية في مكافحة العمل القسري، مشيرا إلى تعزيز المحاكم المختصة بجرائم الاسترقاق، وإلى تعاون نواكشوط مع منظمة العمل الدولية ومع منظمات المجتمع المدني.

وكان الرئيس الأمريكي السابق دونالد ترامب قد أعلن في نوفمبر 2018 إنهاء استفادة موريتانيا من البرنامج ابتداء من فاتح يناير 2019، بسبب ما وصفته واشنطن بعدم إحراز تقدم كاف في القضاء على «الرق الوراثي»، وتضييق السلطات على الناشطين المناهضين له.

ورحبت وزارة الشؤون الاقتصادية وترقية القطاعات الإنتاجية بالقرار، وقالت إنه «ثمرة إصلاحات جادة» باشرها رئيس الجمهورية محمد ولد الشيخ الغزواني منذ توليه السلطة، داعية رجال الأعمال إلى «الاستفادة القصوى» من الفرص التي يتيحها البرنامج.

وفي المقابل، خرجت إثيوبيا ومالي وغينيا من البرنامج في اليوم نفسه، بعد أن قررت إدارة الرئيس جو بايدن في نوفمبر الماضي إقصاءها، على خلفية الانتهاكات المرتبطة بالحرب في إقليم تيغراي بالنسبة لإثيوبيا، والانقلابين العسكريين في باماكو وكوناكري.

ولا تتجاوز قيمة الصادرات الموريتانية إلى الولايات المتحدة بضعة ملايين من الدولارات سنويا، وتتركز في المنتجات البحرية وبعض المعادن، غير أن خبراء يرون أن العودة إلى البرنامج تحمل رسالة سياسية تتعلق بصورة البلاد في ملف حقوق الإنسان.

وقال خبير اقتصادي في نواكشوط إن على الحكومة «أن تنتقل من الترحيب إلى التخطيط»، لأن دولا أفريقية كثيرة لم تستفد من البرنامج بسبب ضعف قدراتها التصديرية، مضيفا أن قطاع النسيج والمنتجات المصنعة من جلود المواشي قد يكون فرصة حقيقية.

في المقابل، قالت منظمات حقوقية موريتانية إن القرار «لا يعني نهاية المعركة»، مطالبة بتطبيق صارم للقوانين المجرمة للعبودية ومحاكمة المتورطين فيها.

وفي ميناء نواذيبو، قال مصدر للأسماك المجففة: «حاولنا قبل سنوات أن نبيع في أمريكا ثم أغلق الباب. الآن فتح من جديد، لكننا نحتاج إلى شهادات الجودة والنقل المبرد. الكلام سهل والعمل صعب».""",
        [
            G("sanctions.lifted", "occurred", [_US], ["Mauritania"]),
            # Trump's termination of Mauritania's eligibility "في نوفمبر 2018 … ابتداء من فاتح يناير 2019"
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Mauritania"], core=False),
            # Ethiopia, Mali and Guinea "خرجت … من البرنامج في اليوم نفسه", decided in November
            G("sanctions.imposed", "occurred", [_US, "Joe Biden"], ["Ethiopia", "Mali", "Guinea"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-03-elkhabar-us-eases-libya-sanctions-2004",
        date(2004, 4, 24),
        """واشنطن تخفف معظم عقوباتها الاقتصادية على ليبيا وتبقي على تجميد الأرصدة

واشنطن - «الخبر»

خففت الولايات المتحدة، أمس الجمعة، معظم العقوبات الاقتصادية التي تفرضها على ليبيا منذ ثمانية عشر عاما، مكافأة لطرابلس على تخليها عن برامج أسلحة الدمار الشامل، إذ سمح الرئيس جورج بوش للشركات الأمريكية باستئناف شراء النفط الليبي والاستثمار في قطاع الطاقة وتصدير معظم السلع إلى ليبيا.

وقال البيت الأبيض، في بيان، إن ليبيا «أوفت بالتزاماتها» منذ إعلانها في ديسمبر الماضي التخلي عن برامجها النووية والكيميائية، وسمحت للمفتشين الدوليين بالتحقق من ذلك، مضيفا أن الخطوة «تظهر أن الدول التي تتخلى عن هذه الأسلحة تجد طريقا لتحسين علاقاتها مع الولايات المتحدة».

غير أن الإجراء لا يرفع العقوبات كليا، إذ أبقت واشنطن على حالة الطوارئ الوطنية الخاصة بليبيا، وعلى تجميد نحو مليار وثلاثمئة مليون دولار من الأرصدة الليبية في المصارف الأمريكية، كما لم تشطب اسم ليبيا من قائمة الدول الراعية للإرهاب، وهو ما يبقي الحظر قائما على بيع الأسلحة والمعدات ذات الاستخدام المزدوج.

وكان الرئيس الأسبق رونالد ريغان قد فرض في يناير 1986 حظرا تجاريا شاملا على ليبيا، اتهمها فيه بدعم الإرهاب، قبل أن يأمر بتجميد أرصدتها في الولايات المتحدة، ثم بقصف طرابلس وبنغازي في أبريل من العام نفسه.

ورفعت واشنطن في فبراير الماضي الحظر المفروض على سفر الأمريكيين إلى ليبيا، فيما كان مجلس الأمن الدولي قد رفع في سبتمبر الماضي العقوبات الدولية عن طرابلس، بعد تسوية ملف تعويضات ضحايا طائرة لوكربي.

وقال مسؤولون أمريكيون إن رفع ما تبقى من العقوبات مرتبط بتسوية ملفات أخرى، بينها دفع بقية التعويضات لعائلات الضحايا، مشيرين إلى أن الشركات النفطية الأمريكية التي غادرت ليبيا عام 1986 ستتمكن من التفاوض على العودة إلى امتيازاتها السابقة.

ورحبت أمانة الاتصال الخارجي والتعاون الدولي الليبية بالقرار، معتبرة إياه «خطوة في الاتجاه الصحيح»، لكنها دعت واشنطن إلى «استكمال رفع العقوبات دون شروط جديدة».

ويرى محللون في الجزائر أن الانفتاح الأمريكي على ليبيا سيزيد المنافسة على الاستثمارات النفطية في المنطقة، وقد ينعكس على حصة الشركات الأمريكية العاملة في حقول حاسي مسعود وحوض بركين.

وفي اتصال هاتفي من طرابلس، قال مهندس ليبي عمل سنوات مع شركة أمريكية قبل رحيلها: «انتظرنا عودتهم ثمانية عشر عاما. قطع الغيار كانت تصلنا عن طريق مالطا بأضعاف ثمنها. إذا عادوا فعلا فسنعرف أن الحصار انتهى».""",
        [
            G("sanctions.suspended", "occurred", [_US, "George W. Bush"], ["Libya"]),
            # "غير أن الإجراء لا يرفع العقوبات كليا … كما لم تشطب اسم ليبيا"
            G("sanctions.lifted", "negated", [_US], ["Libya"], core=False),
            # Reagan's embargo and freeze of 1986
            G("sanctions.imposed", "historical", [_US, "Ronald Reagan"], ["Libya"], core=False),
            # the travel ban lifted "في فبراير الماضي"
            G("sanctions.lifted", "historical", [_US], ["Libya"], core=False),
            # the Security Council's lifting "في سبتمبر الماضي"
            G("sanctions.lifted", "historical", [_UNSC], ["Libya"], core=False),
        ],
        not_targets=["Algeria", "Malta"],
        known_miss=(
            'the easing of most sanctions is read as a lifting, not a suspension'
        ),
        known_alarm=(
            'the easing is an occurred lifting'
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-04-map-unsc-renews-mali-sanctions-resolution-2484-2019",
        date(2019, 8, 30),
        """مجلس الأمن يجدد نظام العقوبات على مالي عاما إضافيا

نيويورك - «وكالة المغرب العربي للأنباء»

جدد مجلس الأمن الدولي، أمس الخميس، العمل بنظام العقوبات المفروض على مالي لمدة عام إضافي، ينتهي في 31 أغسطس 2020، ومدد ولاية فريق الخبراء المكلف بمتابعة تنفيذه حتى 30 سبتمبر من العام نفسه.

واعتمد المجلس بالإجماع القرار 2484، الذي أعدته فرنسا، ويبقي على حظر السفر وتجميد الأصول بحق الأفراد والكيانات الذين تعتبرهم لجنة العقوبات معرقلين لتنفيذ اتفاق السلم والمصالحة المنبثق عن مسار الجزائر.

وأعرب القرار عن «قلق بالغ» من التأخر المستمر في تنفيذ الاتفاق، ومن تدهور الوضع الأمني في وسط البلاد، حيث قتل مئات المدنيين في هجمات ذات طابع عرقي منذ مطلع العام.

وكان المجلس قد أنشأ نظام العقوبات في سبتمبر 2017 بموجب القرار 2374، قبل أن تدرج لجنته ثلاثة أشخاص على قائمة حظر السفر في ديسمبر الماضي، ثم خمسة آخرين في يوليو الماضي، بينهم قياديون في حركات موقعة على الاتفاق ومتهمون بالاتجار بالمخدرات.

ولم يقرر المجلس فرض حظر على توريد السلاح إلى مالي، رغم مطالبة منظمات حقوقية بذلك، إذ رأت دول أعضاء أن الجيش المالي يحتاج إلى التسليح في مواجهة الجماعات الإرهابية.

ولا يزال دمج المقاتلين السابقين في الحركات المسلحة داخل الجيش المالي، الذي ينص عليه الاتفاق، يراوح مكانه، بسبب الخلافات حول الرتب والحصص، وفق ما أورده تقرير فريق الخبراء الأخير.

وقال مندوب مالي لدى الأمم المتحدة إن بلاده «لا تعترض» على التجديد، لكنها تأمل أن تكون العقوبات «أداة لدفع السلام لا لتعقيده»، مطالبا بأن تشمل الإجراءات «كل من يمول الإرهاب ويتاجر بالبشر في الساحل».

من جهته، قال المندوب الفرنسي إن التجديد «رسالة واضحة» إلى الأطراف بأن المجتمع الدولي «لن يتسامح مع العرقلة»، مذكرا بأن اتفاق السلام هو «الإطار الوحيد» لإنهاء الأزمة في الشمال.

ويأتي القرار بعد أسابيع من الذكرى الرابعة لتوقيع الاتفاق في باماكو، في يونيو 2015، إثر أشهر من المفاوضات التي احتضنتها الجزائر.

وفي غاو، قال سائق شاحنة ينقل البضائع بين المدينة ونيامي: «الطريق لم يعد آمنا منذ سنتين. نسمع عن العقوبات في نيويورك، لكن هنا لا يتغير شيء. ما نريده هو أن يفتح الطريق ونعمل دون خوف».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Mali"]),
            # the regime of 2017 and the listings of December and July
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            # "ولم يقرر المجلس فرض حظر على توريد السلاح إلى مالي"
            G("sanctions.imposed", "negated", [_UNSC], ["Mali"], core=False),
            # "ولا يزال دمج المقاتلين السابقين … داخل الجيش المالي … يراوح مكانه"
            G("forces.integrated", "stalled", ["Mali"], ["Malian Armed Forces"], core=False),
            # the peace agreement signed in Bamako in June 2015
            G("agreement.signed", "historical", ["Mali"], [], core=False),
        ],
        not_targets=["Algeria", "France", "Niger"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-05-ani-au-threatens-mauritania-junta-2008",
        date(2008, 9, 23),
        """الاتحاد الأفريقي يلوح بعقوبات على المجلس العسكري في موريتانيا

أديس أبابا - «وكالة نواكشوط للأنباء»

هدد مجلس السلم والأمن التابع للاتحاد الأفريقي، أمس الاثنين، بفرض عقوبات على أعضاء المجلس الأعلى للدولة الحاكم في موريتانيا، إذا لم يُعَد الرئيس المخلوع سيدي محمد ولد الشيخ عبد الله إلى منصبه بحلول السادس من أكتوبر المقبل.

وقال المجلس، في بيان صدر في ختام اجتماع خصصه للوضع في موريتانيا، إنه سيفرض في حال انقضاء المهلة «عقوبات موجهة» على قادة الانقلاب والمدنيين الداعمين له، تشمل حظر السفر وتجميد الأصول، داعيا الدول الأعضاء والشركاء الدوليين إلى «عدم التعامل» مع السلطات القائمة في نواكشوط.

وكان الاتحاد قد علق عضوية موريتانيا في التاسع من أغسطس الماضي، بعد ثلاثة أيام من الانقلاب الذي قاده الجنرال محمد ولد عبد العزيز، قائد الحرس الرئاسي، إثر قرار الرئيس إقالته مع عدد من كبار الضباط.

وعلقت الولايات المتحدة بدورها مساعداتها غير الإنسانية لموريتانيا بعد الانقلاب، فيما لم يتخذ الاتحاد الأوروبي حتى الآن أي عقوبات، مكتفيا بالإعلان عن نيته فتح مشاورات مع نواكشوط بموجب المادة 96 من اتفاق كوتونو.

ورد المجلس الأعلى للدولة على الموقف الأفريقي بالقول إن «التغيير» الذي حدث في السادس من أغسطس «شأن داخلي موريتاني»، وإن البلاد «ماضية في تنظيم انتخابات حرة وشفافة» في أقرب الآجال، رافضا ما وصفه بـ«الإملاءات الخارجية».

وقال مفوض السلم والأمن في الاتحاد، رمضان العمامرة، للصحافيين إن الاتحاد «لن يقبل بالأمر الواقع»، مضيفا أن المنظمة القارية «لا تعاقب الشعب الموريتاني، وإنما من صادروا إرادته».

وتعد هذه المرة الثانية خلال ثلاث سنوات التي يعلق فيها الاتحاد عضوية موريتانيا، بعد انقلاب أغسطس 2005 الذي أطاح بالرئيس معاوية ولد سيدي أحمد الطايع، وانتهى بانتخابات رئاسية فاز فيها ولد الشيخ عبد الله في مارس 2007.

وفي الساحة السياسية الداخلية، تتمسك الجبهة الوطنية للدفاع عن الديمقراطية، التي تضم أحزابا مناهضة للانقلاب، بعودة الرئيس المخلوع، في حين يؤيد أغلب النواب المجلس العسكري ويدعون إلى «تصحيح المسار» عبر انتخابات جديدة.

وفي سوق العاصمة، قال بائع هواتف في الأربعينيات من عمره: «نحن تعودنا على الانقلابات والبيانات. المهم عندنا أن لا تغلق الحدود ولا ترتفع الأسعار أكثر. العقوبات إذا جاءت سيدفعها الفقير قبل الجنرال».""",
        [
            G("sanctions.threatened", "occurred", [_AU], ["Mauritania", "Mohamed Ould Abdel Aziz"]),
            # the suspension of 9 August and that of 2005
            G("sanctions.imposed", "historical", [_AU], ["Mauritania"], core=False),
            # the American aid suspended after the coup
            G("sanctions.imposed", "historical", [_US], ["Mauritania"], core=False),
            # "فيما لم يتخذ الاتحاد الأوروبي حتى الآن أي عقوبات"
            G("sanctions.imposed", "negated", [_EU], ["Mauritania"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-06-aps-algeria-joins-nato-mediterranean-dialogue-2000",
        date(2000, 3, 15),
        """الجزائر تنضم إلى «الحوار المتوسطي» لحلف شمال الأطلسي

بروكسل - «وكالة الأنباء الجزائرية»

انضمت الجزائر رسميا، أمس الثلاثاء، إلى «الحوار المتوسطي» الذي أطلقه حلف شمال الأطلسي مع دول جنوب المتوسط، لتصبح الدولة السابعة في هذا الإطار بعد مصر وإسرائيل وموريتانيا والمغرب وتونس والأردن.

وجاء الانضمام إثر موافقة مجلس شمال الأطلسي على طلب جزائري، وتبادل رسائل بين وزارة الشؤون الخارجية والأمين العام للحلف جورج روبرتسون، الذي رحب بالخطوة ووصفها بأنها «إضافة مهمة» لجهود تعزيز الثقة والأمن في المنطقة المتوسطية.

وأكد مصدر في وزارة الشؤون الخارجية أن انضمام الجزائر إلى الحوار «لا يعني بأي حال السعي إلى عضوية الحلف»، ولا ينطوي على أي التزام دفاعي، موضحا أن الأمر يتعلق بإطار للتشاور السياسي والتعاون في مجالات التكوين والحماية المدنية والبحث العلمي ومكافحة الإرهاب.

وكان الحلف قد أطلق الحوار في ديسمبر 1994 مع خمس دول متوسطية، قبل أن ينضم إليه الأردن في نوفمبر 1995، دون أن تتجاوز أنشطته خلال السنوات الماضية الاجتماعات الدورية وبعض الدورات التدريبية.

ويرى مراقبون أن الخطوة تندرج في مسعى الرئيس عبد العزيز بوتفليقة إلى إخراج الجزائر من العزلة الدبلوماسية التي عاشتها خلال سنوات الأزمة الأمنية، وتوظيف تجربتها في مكافحة الإرهاب لتعزيز موقعها لدى العواصم الغربية.

وتزامن الانضمام مع تحسن ملحوظ في علاقات الجزائر بالولايات المتحدة ودول الاتحاد الأوروبي، إذ زارها خلال الأشهر الأخيرة عدد من المسؤولين الغربيين، وتستعد لاستئناف مفاوضات اتفاق الشراكة مع الاتحاد الأوروبي المتوقفة منذ عام 1997.

في المقابل، انتقد حزب معارض الخطوة، معتبرا أن التقارب مع الحلف «يتناقض مع مبادئ عدم الانحياز» التي طبعت السياسة الخارجية الجزائرية منذ الاستقلال، ومطالبا الحكومة بعرض الملف على البرلمان.

ويعقد الحلف لقاءات ثنائية منتظمة مع كل دولة من دول الحوار على حدة، إلى جانب اجتماعات جماعية تشارك فيها الدول السبع، في انتظار بحث توسيع برامج التعاون العسكري في قمة مقبلة.

وفي مقهى بساحة الشهداء في العاصمة، قال متقاعد من قطاع التعليم: «عشنا عشر سنوات لا يأتينا فيها أحد. الآن يدعوننا إلى بروكسل. لا بأس أن نتكلم معهم، المهم أن لا ننسى من وقف معنا ومن تركنا وحدنا».""",
        [
            G("alliance.joined", "occurred", ["Algeria"], [_NATO]),
            # the five states of December 1994 and Jordan in November 1995
            G("alliance.joined", "historical", ["Egypt", "Israel", "Mauritania", "Morocco", "Tunisia"], [_NATO],
              core=False),
            G("alliance.joined", "historical", ["Jordan"], [_NATO], core=False),
            # "لا يعني بأي حال السعي إلى عضوية الحلف"
            G("alliance.joined", "negated", ["Algeria"], [_NATO], core=False),
            # the association talks with the EU "المتوقفة منذ عام 1997"
            G("agreement.signed", "stalled", ["Algeria", _EU], [], core=False),
        ],
        not_targets=["Egypt", "Israel", "Mauritania", "Morocco", "Tunisia", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-07-echorouk-algeria-mauritania-sign-tindouf-zouerate-road-2021",
        date(2021, 12, 29),
        """الجزائر وموريتانيا توقعان اتفاقا لإنجاز طريق تندوف - الزويرات

الجزائر - «الشروق»

وقعت الجزائر وموريتانيا، أمس الثلاثاء بالجزائر العاصمة، اتفاقا لإنجاز الطريق البري الرابط بين مدينتي تندوف والزويرات على مسافة تقارب 775 كيلومترا، ضمن حزمة من الاتفاقيات ومذكرات التفاهم وقعت بحضور الرئيس عبد المجيد تبون ونظيره الموريتاني محمد ولد الشيخ الغزواني.

وشملت الحزمة أيضا اتفاقيات في مجالات التعليم العالي والتكوين المهني والصيد البحري والطاقة، إلى جانب مذكرة تفاهم لإقامة منطقة حرة للتبادل التجاري قرب المعبر الحدودي.

وقال الرئيس تبون، في ندوة صحفية مشتركة، إن الطريق «مشروع استراتيجي» سيفتح للمنتجات الجزائرية منفذا نحو أسواق غرب أفريقيا، مؤكدا أن الجزائر ستتكفل بتمويل إنجازه. من جهته، وصف الرئيس الغزواني الزيارة بأنها «محطة فارقة» في علاقات البلدين.

ويأتي المشروع بعد ثلاث سنوات من افتتاح أول معبر حدودي بري رسمي بين البلدين في أوت 2018، وهو المعبر الذي ظل نشاطه محدودا بسبب غياب طريق معبد في الجانب الموريتاني وبعد المسافات عن المراكز الحضرية.

وكانت موريتانيا قد انضمت في ديسمبر 1983 إلى معاهدة الإخاء والوفاق التي وقعتها الجزائر وتونس في مارس من العام نفسه، قبل أن يؤسس البلدان مع المغرب وتونس وليبيا اتحاد المغرب العربي عام 1989.

أما اتفاق التبادل التجاري التفضيلي بين البلدين، فلا تزال مفاوضاته متعثرة منذ سنوات، بسبب الخلاف حول قوائم السلع المعنية بالإعفاءات الجمركية، وفق ما أفاد به مصدر في وزارة التجارة.

ويرى خبراء أن الطريق سيقلص كلفة نقل البضائع نحو نواكشوط ودكار وباماكو، ويعزز حضور الجزائر الاقتصادي في منطقة تتنافس عليها عدة قوى إقليمية، بينما يراهن الجانب الموريتاني على تنشيط المناطق الشمالية وتحسين تموين الزويرات بالمواد الغذائية.

وكانت الزيارة، التي دامت ثلاثة أيام، أول زيارة دولة يقوم بها الرئيس الغزواني إلى الجزائر منذ انتخابه عام 2019، وتضمنت لقاءات مع رجال أعمال من البلدين لبحث فرص الاستثمار في المناجم والزراعة.

وفي تندوف، قال تاجر مواد غذائية يتعامل مع زبائن موريتانيين: «الشاحنات تأتي الآن عبر الرمال وتأخذ أياما. إذا أنجز الطريق فسيتغير كل شيء هنا، وستصبح تندوف سوقا كبيرة، لا مدينة في آخر الخريطة».""",
        [
            G("agreement.signed", "occurred",
              ["Algeria", "Mauritania", "Abdelmadjid Tebboune", "Mohamed Ould Ghazouani"], []),
            # Mauritania's accession to the Treaty of Fraternity and Concord in December 1983
            G("alliance.joined", "historical", ["Mauritania"], ["Treaty of Fraternity and Concord"], core=False),
            # the treaty signed by Algeria and Tunisia in March 1983, the Maghreb union of 1989
            G("agreement.signed", "historical", ["Algeria", "Tunisia"], [], core=False),
            # "فلا تزال مفاوضاته متعثرة منذ سنوات"
            G("agreement.signed", "stalled", ["Algeria", "Mauritania"], [], core=False),
        ],
        not_targets=["Senegal", "Mali", "Morocco", "Tunisia", "Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-08-map-morocco-mauritania-resume-relations-1985",
        date(1985, 4, 14),
        """المغرب وموريتانيا يستأنفان علاقاتهما الدبلوماسية بعد قطيعة أربع سنوات

الرباط - «وكالة المغرب العربي للأنباء»

قررت المملكة المغربية والجمهورية الإسلامية الموريتانية استئناف علاقاتهما الدبلوماسية المقطوعة منذ مارس 1981، وفق بلاغ مشترك صدر أمس السبت في الرباط ونواكشوط، على أن يتبادل البلدان السفراء «في أقرب الآجال».

وأوضح البلاغ أن القرار جاء «تجسيدا لروابط الأخوة وحسن الجوار»، وثمرة اتصالات أجراها مبعوثون من البلدين خلال الأسابيع الأخيرة، بعد أشهر من وصول العقيد معاوية ولد سيدي أحمد الطايع إلى رئاسة اللجنة العسكرية للخلاص الوطني في نواكشوط في ديسمبر الماضي.

وكانت موريتانيا قد قطعت علاقاتها مع المغرب إثر المحاولة الانقلابية الفاشلة التي شهدتها نواكشوط في السادس عشر من مارس 1981، والتي اتهمت السلطات الموريتانية حينها الرباط بدعم منفذيها، وهو ما نفاه المغرب.

ويعود التوتر بين البلدين إلى انسحاب موريتانيا من الحرب في الصحراء بموجب الاتفاق الذي وقعته مع جبهة البوليساريو في الجزائر في أغسطس 1979، بعد أن كانت قد تقاسمت الإقليم مع المغرب بموجب اتفاق مدريد الموقع مع إسبانيا في نوفمبر 1975.

وكانت قوات مغربية قد تمركزت في الزويرات وعدد من المدن الموريتانية بين عامي 1977 و1979، بطلب من نواكشوط، لحماية منشآت مناجم الحديد من هجمات مقاتلي البوليساريو.

ويرى مراقبون في الرباط أن الخطوة تعكس رغبة القيادة الموريتانية الجديدة في انتهاج «حياد إيجابي» في نزاع الصحراء، وإعادة التوازن إلى علاقاتها مع جاريها الشماليين، بعد سنوات من التقارب مع الجزائر في عهد الرئيس السابق محمد خونا ولد هيدالة.

ولم يتضمن البلاغ أي إشارة إلى اعتراف موريتانيا بالجمهورية التي أعلنتها جبهة البوليساريو، وهو الاعتراف الذي أعلنته نواكشوط في فبراير 1984 وأثار حينها استياء الرباط.

وينتظر أن تستأنف الخطوط الجوية بين البلدين رحلاتها المنتظمة، وأن تعود المبادلات التجارية، خاصة في مجالات الصيد البحري والمواد الغذائية، إلى مستوياتها السابقة خلال الأشهر المقبلة.

وفي سوق بالمدينة القديمة بالرباط، قال تاجر أقمشة يبيع الملاحف لزبائن موريتانيين: «كانوا يأتون كل صيف، ثم انقطعوا. الجار يبقى جارا، والخصام بين الإخوة لا يدوم. إن شاء الله يعودون هذا الصيف ويعود البيع».""",
        [
            G("relations.restored", "occurred", ["Morocco", "Mauritania"], []),
            # the Algiers agreement with the Polisario of August 1979 and the Madrid accord of 1975
            G("agreement.signed", "historical", ["Mauritania", "Polisario Front"], [], core=False),
            G("agreement.signed", "historical", ["Morocco", "Mauritania", "Spain"], [], core=False),
            # Moroccan forces stationed in Zouerate "بين عامي 1977 و1979"
            G("military.presence", "historical", ["Morocco"], ["Mauritania"], core=False),
        ],
        not_targets=["Algeria", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-09-echaab-mali-flame-of-peace-timbuktu-1996",
        date(1996, 3, 28),
        """«شعلة السلام» في تمبكتو: مالي تحرق ثلاثة آلاف قطعة سلاح وتدمج مقاتلي الحركات في جيشها

تمبكتو - «الشعب»

أحرقت السلطات المالية، أمس الأربعاء في تمبكتو، نحو ثلاثة آلاف قطعة سلاح سلمها مقاتلو الحركات المسلحة في الشمال، في احتفال أطلق عليه اسم «شعلة السلام»، حضره الرئيس ألفا عمر كوناري ورئيس غانا جيري رولينغز وممثلون عن الجزائر وفرنسا والأمم المتحدة.

وتم بالتزامن دمج نحو ألف وخمسمئة من مقاتلي «الحركات والجبهات الموحدة لأزواد» في صفوف الجيش المالي وأجهزة الأمن، بينما أعلنت الحركات في بيان قرأه أحد قادتها أمام الحشود حل نفسها نهائيا، «إيمانا بأن مستقبل الشمال يبنى داخل الجمهورية لا خارجها».

وقال الرئيس كوناري في كلمته إن «صفحة الحرب طويت إلى الأبد»، داعيا سكان الشمال من الطوارق والعرب والسونغاي والفولان إلى «العمل معا من أجل التنمية»، ومؤكدا أن الدولة ستفي بالتزاماتها في مجالي اللامركزية والاستثمار.

ويأتي الاحتفال تتويجا لمسار بدأ بالتوقيع على «الميثاق الوطني» في باماكو في أبريل 1992 بين الحكومة المالية والحركات المسلحة، بوساطة جزائرية، بعد عامين من تمرد اندلع في يونيو 1990 وأودى بحياة مئات المدنيين والعسكريين.

ولم يلتحق بالجيش مقاتلو ميليشيا «غاندا كوي» المحسوبة على السونغاي، الذين سلموا أسلحتهم ضمن البرنامج نفسه، ويتوقع أن يستفيدوا مع بقية المقاتلين المسرحين من مشاريع لإعادة الإدماج في الحياة المدنية يمولها شركاء دوليون.

وتتضمن هذه المشاريع قروضا صغيرة لتربية المواشي والتجارة والزراعة حول بحيرة فاغيبين وعلى ضفاف نهر النيجر، إلى جانب برامج لإعادة بناء المدارس والمراكز الصحية التي دمرت خلال سنوات القتال.

وأشاد ممثل الجزائر بما وصفه «انتصار الحوار على السلاح»، مذكرا بأن بلاده استقبلت آلاف اللاجئين الماليين خلال سنوات النزاع، وأنها مستعدة لمواصلة دعم جهود التنمية في المناطق الحدودية.

وأقيم الاحتفال على أرض فسيحة عند مدخل المدينة، حيث كدست البنادق والرشاشات وسط هرم من الحطب، قبل أن يشعل الرئيسان النار وسط زغاريد النساء وقرع الطبول، ومن المنتظر أن يقام نصب تذكاري في المكان.

ويرى مراقبون أن نجاح الاتفاق سيظل مرهونا بقدرة الحكومة على إدماج المقاتلين السابقين فعليا، وتوفير فرص عمل للشباب في منطقة تعاني الجفاف والعزلة.

وفي زقاق قرب جامع جينغريبر، قال صاحب متجر للملح في الخمسين من عمره: «رأيت ابن أخي اليوم يلبس بدلة الجيش، وكان قبل سنتين يقاتل في الصحراء. الحمد لله. إذا جاءت المدارس والآبار فلن يعود أحد إلى السلاح».""",
        [
            G("forces.integrated", "occurred", ["Movements and Unified Fronts of Azawad"], ["Mali"]),
            # the National Pact signed in Bamako in April 1992
            G("agreement.signed", "historical", ["Mali", "Movements and Unified Fronts of Azawad"], [],
              core=False),
            # "ولم يلتحق بالجيش مقاتلو ميليشيا «غاندا كوي»"
            G("forces.integrated", "negated", ["Ganda Koy"], ["Mali"], core=False),
        ],
        not_targets=["Algeria", "Ghana", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-10-atp-chad-to-send-1200-troops-to-three-borders-2021",
        date(2021, 2, 16),
        """تشاد تقرر إرسال 1200 جندي إلى منطقة الحدود الثلاثية

انجامينا - «وكالة الأنباء التشادية»

قرر الرئيس التشادي إدريس ديبي إتنو إرسال كتيبة من 1200 جندي إلى منطقة الحدود الثلاثية بين مالي والنيجر وبوركينا فاسو، لتعزيز القوة المشتركة لمجموعة دول الساحل الخمس في مواجهة الجماعات الإرهابية، وفق ما أعلن أمس الاثنين في افتتاح قمة المجموعة في انجامينا.

وقال الرئيس ديبي، الذي تتولى بلاده الرئاسة الدورية للمجموعة، إن القرار «التزام قطعناه أمام إخوتنا»، مؤكدا أن الجنود التشاديين «سيقاتلون الإرهاب حيث يوجد»، وأن الكتيبة ستنتشر خلال الأيام المقبلة انطلاقا من قاعدة في النيجر.

وشارك الرئيس الفرنسي إيمانويل ماكرون في القمة عبر الفيديو، ورحب بالقرار، مؤكدا أن فرنسا لن تخفض «في الوقت الحالي» عدد جنود قوة برخان البالغ 5100 عسكري، رغم الخسائر التي تكبدتها خلال الأشهر الماضية.

وكانت تشاد قد أرسلت في مطلع عام 2013 أكثر من ألفي جندي إلى شمال مالي، قاتلوا إلى جانب القوات الفرنسية في جبال إيفوغاس، وفقدت عشرات منهم في المعارك.

وشكلت المجموعة قوتها المشتركة عام 2017 بقوام يناهز خمسة آلاف عنصر من الدول الخمس، غير أن القوة عانت منذ نشأتها نقصا في التمويل والتجهيز، ولم تحصل حتى الآن على تفويض من مجلس الأمن بموجب الفصل السابع.

وتعهد رؤساء الدول المشاركة في القمة بمضاعفة جهود إعادة انتشار الإدارة والخدمات العامة في المناطق المحررة، معتبرين أن «الحل العسكري وحده لا يكفي»، فيما طالبوا الشركاء الدوليين بالوفاء بوعود التمويل التي قطعت في مؤتمر بروكسل.

ويأتي القرار التشادي فيما تواجه البلاد تهديدات على حدودها الأخرى، من جماعة بوكو حرام في منطقة بحيرة تشاد، ومن جماعات متمردة تتخذ من جنوب ليبيا قاعدة لها.

ويرى محللون في انجامينا أن الرئيس ديبي يسعى إلى تعزيز مكانة بلاده شريكا عسكريا لا غنى عنه في الساحل، قبل أسابيع من الانتخابات الرئاسية المقررة في أبريل المقبل.

وفي حي مردية بانجامينا، قالت امرأة تبيع الشاي قرب ثكنة عسكرية: «ابني جندي، ولا أعرف إن كان سيذهب معهم. نحن نصلي لكل الجنود. الحرب هناك بعيدة عن عيوننا، لكنها قريبة من قلوبنا».""",
        [
            G("military.presence", "planned", ["Chad", "Idriss Déby"], ["Mali", "Niger", "Burkina Faso"]),
            # the troops sent to northern Mali in 2013
            G("military.presence", "historical", ["Chad"], ["Mali"], core=False),
            # the G5's joint force "شكلت … عام 2017"
            G("forces.integrated", "historical", [_G5], [], core=False),
        ],
        not_targets=["France", "Libya"],
        known_miss=(
            'the battalion a president decided to send is no planned presence'
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-11-assabah-sports-esperance-ban-lifted-2022",
        date(2022, 8, 10),
        """الجامعة ترفع العقوبة عن ملعب رادس.. والترجي يعلن انضمام مدافع جديد

تونس - «الصباح» - رياضة

رفعت الجامعة التونسية لكرة القدم، أمس، العقوبة المفروضة على الترجي الرياضي التونسي بإجراء مبارياته دون جمهور، بعد أن قبلت لجنة الاستئناف طعن النادي، ليعود أنصار «شيخ الأندية» إلى مدارج ملعب حمادي العقربي برادس بداية من الجولة الثانية للرابطة المحترفة الأولى.

وكانت الرابطة قد فرضت العقوبة في ماي الماضي، إثر أعمال شغب شهدتها مباراة الفريق في الجولة الأخيرة من الموسم الماضي، كما سلطت غرامة مالية على النادي وأوقفت مسؤولا إداريا ثلاثة أشهر.

وفي سوق الانتقالات، أعلن الترجي انضمام مدافع جزائري قادم من الدوري السعودي، بعقد يمتد ثلاثة مواسم، فيما لم تحسم بعد صفقة المهاجم النيجيري الذي تتعثر المفاوضات مع ناديه حول قيمة التسريح.

كما مددت الهيئة المديرة عقد المدرب لموسم إضافي، بعد التتويج بلقب البطولة، ووقعت اتفاقية شراكة مع شركة اتصالات لرعاية الفريق خلال المواسم الثلاثة المقبلة.

من جهتها، هددت الرابطة الوطنية لكرة القدم المحترفة بفرض عقوبات على الأندية التي لم تسدد مستحقات لاعبيها قبل نهاية الشهر، تصل إلى المنع من الانتداب وخصم النقاط، في خطوة قالت إنها تهدف إلى «تطهير» الوضع المالي للبطولة.

وعلقت إدارة النادي بيع الاشتراكات السنوية عبر الإنترنت مؤقتا، بسبب عطل تقني في المنصة، على أن يستأنف البيع في الشبابيك بمقر النادي في باب سويقة بداية من يوم الجمعة.

ونشرت وزارة الداخلية، بالتنسيق مع الهيئة، وحدات إضافية لتأمين المباريات في رادس، بعد اعتماد نظام التذاكر الإلكترونية والكاميرات عند البوابات.

وفي سياق آخر، قررت الهيئة دمج فريقي الأواسط والأمل في فريق رديف واحد يشارك في بطولة الأندية الرديفة، لتقليص المصاريف وتوفير فرص اللعب للشبان.

ويستعد الترجي لخوض مباراة ودية أمام فريق جزائري في عنابة نهاية الأسبوع، في إطار التحضيرات لمنافسات رابطة أبطال أفريقيا التي ينطلق دورها التمهيدي الشهر المقبل.

وفي مقهى بحي باب سويقة، قال مشجع ترجي في الستين من عمره: «الملعب بلا جمهور كالعرس بلا موسيقى. الحمد لله رجعنا. لكن على الشباب أن يفهموا: الفوضى تعاقب الجميع، والفريق يدفع الثمن قبلنا».""",
        [],
        not_targets=["Tunisia", "Algeria", "Saudi Arabia", "Nigeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h102-12-elmassa-culture-timgad-festival-2023",
        date(2023, 7, 18),
        """مهرجان تيمقاد الدولي: تمديد الدورة يومين وانضمام فرق جديدة إلى البرنامج

باتنة - «المساء» - ثقافة

قررت محافظة مهرجان تيمقاد الدولي تمديد الدورة الثالثة والأربعين يومين إضافيين، بعد الإقبال الكبير للجمهور على السهرات الأولى في المسرح الروماني الجديد، على أن يختتم المهرجان يوم السبت بدل الخميس.

وأعلن محافظ المهرجان انضمام فرقتين موسيقيتين من ولايات الجنوب إلى البرنامج، إلى جانب فنانين من تونس والمغرب ولبنان، مؤكدا أن الدورة الحالية «تراهن على التنوع» وعلى اكتشاف المواهب الشابة في فن الشاوي والطابع السطايفي.

ووقعت المحافظة اتفاقية شراكة مع مديرية السياحة لولاية باتنة، تقضي بتنظيم زيارات مجانية للموقع الأثري لفائدة جمهور المهرجان، ونقل المتفرجين بحافلات من وسط المدينة بعد نهاية السهرات.

وعلقت إدارة المهرجان سهرة الأحد مدة ساعة بسبب الرياح القوية التي أتلفت جزءا من الديكور، قبل أن يستأنف العرض وسط تصفيق الجمهور الذي فضل البقاء في المدرجات.

ورفعت المحافظة هذا العام الحظر الذي كانت تفرضه على التصوير بالهواتف داخل المسرح، واكتفت بمنع الطائرات المسيرة، بعد أن رأت أن الصور المتداولة على مواقع التواصل «أفضل دعاية» للمهرجان.

كما فرضت مصالح البلدية غرامات على الباعة الفوضويين الذين نصبوا طاولاتهم عند مدخل الموقع، في حين نشرت مصالح الأمن والحماية المدنية أعوانا إضافيين لتنظيم حركة المرور وتأمين السهرات.

وعادت فرقة مسرحية من قسنطينة إلى المهرجان بعد غياب دام خمس سنوات، بعرض مستوحى من الحكايات الأمازيغية القديمة، لقي استحسان النقاد والجمهور على حد سواء.

ويحظى المهرجان، الذي انطلق عام 1967، بمكانة خاصة لدى سكان الأوراس، الذين يعتبرونه موعدا سنويا يعيد الحياة إلى المدينة الرومانية العتيقة، المصنفة ضمن التراث العالمي لمنظمة اليونسكو منذ عام 1982.

وقالت المحافظة إن عدد التذاكر المبيعة تجاوز في الأيام الخمسة الأولى مجموع ما بيع في الدورة السابقة كاملة، مرجعة ذلك إلى أسعار التذاكر المعقولة وتنوع البرنامج.

وفي مدخل الموقع، قال شاب من باتنة يبيع الماء البارد والمكسرات: «أنتظر المهرجان كل صيف. الناس يأتون من كل مكان، من العاصمة ومن الخارج. أسبوعان يكفيانني لأشتري أدوات الدراسة لإخوتي الصغار».""",
        [],
        not_targets=["Algeria", "Tunisia", "Morocco", "Lebanon"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout102_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout102_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout102_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
