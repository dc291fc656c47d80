"""A sixty-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty-five held-out sets: contemporary Arabic copy of 2015-2024, as today's wires, sites and
papers carry it (a Kuwaiti daily's Beirut desk, "بيروت - «الأنباء»", with a Hamra taxi driver,
"هلق تذكروا يعاقبوهن؟"; a London daily's Washington desk, "واشنطن - «الحياة»", in its "الثلثاء",
"بليون" and "تشرين الأول (أكتوبر)", with an Egyptian café owner of Astoria, "يا عم أهو كويس"; a
Syrian opposition channel's site in Brussels, "بروكسل - «تلفزيون سوريا»", in Levantine months, with
a rescue volunteer of Jindires, "ولك نحنا طلّعنا الناس بإيدينا"; an Aden daily, "عدن - «الأيام» -
خاص", with a money changer of Crater, "ايش يفرق معانا تجديدهم؟"; a Beirut daily, "بيروت - «اللواء»",
with a Sidon pharmacist, "الرفوف فاضية"; the Saudi agency in a Riyadh daily, "الرياض - «الجزيرة» -
واس:", in its titles, with a resident of Abqaiq, "الحين الأمور طبيعية"; the Italian agency's Arabic
wire, "روما - (آكي)", with a Tripoli draper, "توا نحبوا السيولة في المصارف والضي ما يقطعش"; a
Kuwaiti daily's envoy, "شرم الشيخ - «القبس» - من موفدنا", with a hotel worker from Sohag; a Cairo
daily, "القاهرة - «الشروق»", with a trader of Awlad Ali in Marsa Matrouh; an Omdurman sports daily,
"أم درمان - «قوون»", with a Hilal fan, "الهلال ده ما بتغلبوا ساي"; a Mosul local page, "الموصل -
«شفق نيوز»", with a Bab al-Saray draper, "أني بالسوق صار لي عشرين سنة"; a Casablanca business page,
"الدار البيضاء - «الأخبار»", with a trader of Garage Allal (القريعة) in Darija) and on programmes and
regions they do not touch as core events: the US Treasury's Global Magnitsky listing of the MP Jamil
al-Sayyed and the contractors Jihad al-Arab and Dany Khoury, October 2021; Barack Obama lifting the
hold of 2013 on F-16s, Harpoons and Abrams kits for Egypt, March 2015; the Council of the EU's
six-month humanitarian exemption to its Syria sanctions after the earthquake, February 2023; Joe
Biden renewing the national emergency with respect to Yemen (Executive Order 13611), May 2022;
Josep Borrell in Baabda warning Lebanon's obstructors of sanctions, June 2021; Saudi Arabia joining
the International Maritime Security Construct after Abqaiq, September 2019; Italy reopening its
embassy in Tripoli, with a migration memorandum to be signed, January 2017; the Sharm el-Sheikh
summit deciding a joint Arab force, March 2015; Egypt's House of Representatives approving combat
missions "في الاتجاه الاستراتيجي الغربي", July 2020. Nine carry core events of all ten alertable
types (ten in all), seven occurred and three planned (the memorandum Italy and Libya "سيوقعان خلال
أسابيع"; the joint force whose chiefs of staff are to meet "خلال شهر"; the troops the House approves
sending), next to historical, negated and stalled ones; three are near misses: an Omdurman football
page (a club fined «فرضت … غرامة», a defender suspended, a warning of points deducted, a striker's
suspension "رفعت", a complaint "علق", a coach who "وقع", a keeper who "انضم", a captain's contract
"مدد", a sponsorship "ووقعت", youth teams "دمج", training "استئناف", two clubs' presidents announcing
"عودة العلاقات بين الإدارتين", police that "نشرت … قوات إضافية" round a stadium), a Mosul local
page (building permits "علقت", generator fines «فرضت … غرامات», a governor who "توعد" to withdraw
licences, restaurants' closure "رفع", a tax deadline "مددت", a memorandum with the university "وقعت",
schools that "انضمت", schools "دمج", traffic patrols "نشرت", a motorcycle ban «فرضت … حظرا», traffic
"استئناف" on the old bridge) and a Casablanca business page (a merger protocol "وقع", a share "علقت"
and to resume, a central bank's penalties «فرض بنك المغرب عقوبات مالية» with a threat to withdraw
licences, diesel prices "رفعت", a start-up and a fund that "انضمت", "انضم", a deadline "مدد", crews
"نشرت", flights "استئناف").

The decisions of the annotation, taken before any run: a Treasury that "أدرجت … النائب اللواء جميل
السيد ورجلي الأعمال المتعهدين جهاد العرب وداني خوري على لائحة العقوبات" imposes sanctions (core; the
United States, the Treasury and Brian Nelson; the three men, not Hariri, Bassil's party or Mikati),
Khalil and Fenianos "في سبتمبر من العام الماضي" and Bassil in November a historical imposition, "ولم
تشمل اللائحة الجديدة أي وزير في حكومة الرئيس نجيب ميقاتي" a negated one, the Egyptian gas deal
"متعثرا" a stalled signing; a president who told Sisi of "قراره رفع التجميد المفروض منذ تشرين الأول
(أكتوبر) 2013 على تسليم مصر أسلحة ثقيلة" lifts (core; an arms hold counted as sanctions, as an
embargo; the United States and Obama; Egypt), the hold of 2013 a historical imposition and the
Apaches released "في كانون الأول (ديسمبر) الماضي" a historical lifting, the restructuring of the
aid from 2018 no event, Sisi's Declaration of Principles signed in Khartoum "قبل أسبوع" a historical
signing; a Council that "تبنى … تعديلا … يعفي المنظمات الإنسانية لمدة ستة أشهر من شرط الحصول على
إذن مسبق" suspends in part (core; the EU, its Council and Borrell; Syria), "لن يرفعها ما لم يحدث
انتقال سياسي حقيقي" a negated lifting, the sanctions of May 2011 and their prolongation "العام
الماضي" historical, the Treasury's licence "بعد أسبوعين" (before) a historical suspension, the
Constitutional Committee "معطلة" a stalled signing, the crossings opened no event; an administration
that "جددت … لعام إضافي حالة الطوارئ الوطنية المتعلقة باليمن، والتي تستند إليها العقوبات" extends
(core; the United States and Biden; Yemen), Obama's order of 2012 and the listings of November 2014
(Saleh, Abd al-Khaliq al-Houthi, Abu Ali al-Hakim) and the Council's sanctions and Resolution 2216
historical impositions, "ولا يتضمن الإشعار الجديد أي إدراج إضافي" and the Houthis not designated
again a negated imposition, the revocation "في فبراير من العام الماضي" a historical lifting, the
truce "قابلة للتمديد" no event, the talks on the roads to Taiz that "تراوح مكانها" a stalled
signing; an envoy who "لوّح … بفرض عقوبات على المسؤولين اللبنانيين" threatens (core; the EU and
Borrell; Lebanon), the framework "يمكن إقراره قبل نهاية تموز المقبل" a planned imposition (not
core), "لم يتخذ حتى الآن أي قرار بمعاقبة أسماء محددة" a negated one, Le Drian's entry restrictions
"في نهاية نيسان الماضي" a historical imposition, the IMF talks that "توقفت" a stalled signing; a
kingdom that "أعلنت … انضمامها إلى التحالف الدولي لأمن وحماية الملاحة البحرية" joins (core; Saudi
Arabia; the International Maritime Security Construct), the UAE that "ستعلن انضمامها … خلال
الساعات المقبلة" a planned joining (not core, a source's forecast), Bahrain "الشهر الماضي", Britain
and Australia historical joinings, Germany that "لن تشارك" a negated joining, the Fifth Fleet
"منذ عام 1995" a historical presence; a state that "أعادت … فتح سفارتها في العاصمة الليبية" restores
ties (core; Italy; Libya and the Government of National Accord) and a memorandum the two "سيوقعان
خلال أسابيع" (core, planned; Italy, Libya, the GNA, Minniti and al-Sarraj), the Benghazi treaty of
2008 and Skhirat historical signings, "لم تعلن فرنسا ولا بريطانيا حتى الآن موعدا لإعادة فتح
سفارتيهما" a negated restoration, the dialogue with Haftar "متعثرا" a stalled signing; a summit
whose decision "يقضي بإنشاء قوة عسكرية عربية مشتركة" and sends the chiefs of staff to meet "خلال
شهر" plans an integration (core; the Arab League, Egypt and Sisi), the treaty of 1950 a historical
signing and its force that "بقيت حبرا على ورق" a stalled integration, the League's sanctions on
Syria of November 2011 historical, the air strikes on Derna and Decisive Storm no presence; a House
that "وافق … على إرسال عناصر من القوات المسلحة المصرية في مهام قتالية خارج حدود الدولة المصرية"
plans a presence (core; Egypt and Sisi; Libya, which the next paragraphs name), "لم يصدر حتى الآن أي
قرار بتحريك وحدات إلى داخل الأراضي الليبية" a negated presence, the Turkish forces "منذ مطلع العام"
a historical presence and their memorandum "في نوفمبر الماضي" a historical signing, the dam talks a
stalled signing, the invitation of the Tobruk parliament no event; the Omdurman, Mosul and
Casablanca pages carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit d682af4, in a worktree whose only change was this file), in one
run: events P 0.643 R 0.800 F1 0.713 (recall 8/10, precision 9/14; occurred core found 6/7, planned
2/3; historical 18/19, negated 6/7 and stalled 7/7 kept quiet by the scorer's count). No annotation
was changed after the run.

Missed: in ar-hl03 "تبنى مجلس الاتحاد الأوروبي، أمس الخميس، تعديلا على نظام العقوبات المفروضة على
النظام السوري، يعفي المنظمات الإنسانية لمدة ستة أشهر من شرط الحصول على إذن مسبق …" gives nothing
(the probe "تبنى مجلس الاتحاد الأوروبي أمس تعديلا على نظام العقوبات المفروضة على سوريا يعفي
المنظمات الإنسانية لمدة ستة أشهر من شرط الحصول على إذن مسبق." nothing; "أعفى الاتحاد الأوروبي
المنظمات الإنسانية من عقوباته على سوريا لمدة ستة أشهر." is a suspension by the EU of Syria): an
exemption carried by an amendment adopted, whose object is a licensing condition and not the
sanctions, is no suspension form; in ar-hl09 "وافق مجلس النواب، في جلسة سرية عقدها مساء أمس
الاثنين، بإجماع الأعضاء الحاضرين، على إرسال عناصر من القوات المسلحة المصرية في مهام قتالية خارج
حدود الدولة المصرية، …" gives nothing (the probe "وافق مجلس النواب على إرسال عناصر من القوات
المسلحة المصرية في مهام قتالية خارج حدود الدولة المصرية." nothing; without "المصرية" after "الدولة"
it is a military.presence by the House of Representatives (Egypt), the Egyptian Armed Forces and
Egypt, with no target and occurred, not planned, as "وافق البرلمان المصري على إرسال قوات إلى ليبيا."
is, with Libya): the state named after «خارج حدود» is taken for the place of the deployment, which a
state's own territory drops, and a parliament's approval to send is read as a sending done.

Unexpected: in ar-hl02 "ووقع السيسي قبل أسبوع في الخرطوم، مع الرئيس السوداني عمر البشير ورئيس
الوزراء الإثيوبي هايلي مريام ديسالين، «إعلان مبادئ» في شأن سد النهضة" is an occurred signing of Sisi
with al-Bashir for target (gold historical; the probe "ووقع السيسي قبل أسبوع مع البشير إعلان
مبادئ." is occurred, as are "الأسبوع الماضي" and "وقعت مصر والسودان قبل شهر اتفاقا للتعاون
العسكري."): a signing dated a week or a month back is read as news of the day; in ar-hl03 the
headline "الاتحاد الأوروبي يخفف قيود عقوباته على سوريا بعد الزلزال" is an occurred lifting by the EU
of Syria (counted against the negated lifting; the probe "خفف الاتحاد الأوروبي عقوباته على سوريا."
is a lifting): easing is read as lifting, not as a suspension; in ar-hl08 the headline "قمة شرم
الشيخ تقر إنشاء قوة عسكرية عربية مشتركة" is an occurred integration with Sharm El Sheikh for its
actor (the probe, the headline alone, gives the same; "القمة العربية تقر إنشاء قوة عسكرية عربية
مشتركة." nothing): the venue of a summit is taken for a party and an approval to create for a force
created (the lead's decision is found as planned, with the Arab League); in ar-hl10 "ونشرت شرطة
ولاية الخرطوم قوات إضافية حول استاد الهلال قبل مباراة القمة المرتقبة" is an occurred
military.presence by Sudan with no target (the probe "ونشرت شرطة ولاية الخرطوم قوات إضافية حول
استاد الهلال قبل مباراة القمة." the same; "ونشرت الشرطة قوات إضافية حول الملعب قبل المباراة."
nothing): a provincial police named by its capital stands for the state, and police deployed at
home are read as a presence; in ar-hl12 "وفرض بنك المغرب عقوبات مالية على مؤسستين للأداء" is an
occurred imposition by Bank Al-Maghrib with no target (the probe, that clause alone, the same;
"وفرض البنك المركزي عقوبات مالية على مصرفين." nothing): a named central bank's penalties on
domestic firms are read as sanctions.

Wrong parties not counted by the scorer: in ar-hl01 only Jamil al-Sayyed is a target (neither Jihad
al-Arab nor Dany Khoury is linked); in ar-hl05 the threat's target is the unlinked "المسؤولين
اللبنانيين", not Lebanon (the probe "لوّح الاتحاد الأوروبي بفرض عقوبات على المسؤولين اللبنانيين."
the same); in ar-hl06 the joining has no target (the construct is not in the knowledge base); in
ar-hl07 the planned signing has Libya alone, the negated restoration takes Tunisia (where France and
Britain run their missions from) for a target, and the stalled dialogue takes Morocco (Skhirat) for
a target; in ar-hl09 the dam talks are negated, not stalled. Strict xfails on six articles (one
since the fixes below); do not tune lexicons on these articles.

On the base of the fixes (commit 903a8af) the set measured P 0.600 R 0.800 F1 0.686 (recall 8/10,
precision 9/15): set 64's rule that adopting sanctions imposes them («تبني العقوبات») had made the
amendment of ar-hl03 («تبنى … تعديلا على نظام العقوبات») an occurred imposition as well.

After the fixes of 2026-12-05: P 0.917 R 1.000 F1 0.957 (recall 10/10, precision 11/12; occurred
core found 7/7, planned 3/3; historical 19/19, negated 6/7 and stalled 7/7 kept quiet). Fixed, with
rule sentences in ``tests/unit/test_heldout66_rules_ar.py``: an amendment to a sanctions regime
that exempts someone («تعديلا … يعفي», «تعديلات … تعفي») is a suspension, and no other act that
the adopting verb would impose (an amendment that exempts no one leaves it an imposition); a
state named after «خارج (حدود|الأراضي) …» is the one the troops leave, not their host, so its own
name no longer drops the deployment as troops at home; a sending approved («وافق … على إرسال»)
is planned; «قبل أسبوع» and «قبل شهر» date background, as «قبل أسبوعين» and «الشهر الماضي» do
(«قبل يومين», «قبل أيام» and «الأسبوع الماضي» stay news); a city that is no capital after «قمة»,
«مؤتمر», «اجتماع» is the meeting's venue, no party; a police (not a military police) deploying
with no other state named keeps order at home, no presence; a central bank's penalties on its own
state's firms are no sanctions. Left (strict xfail): in ar-hl03 the headline's easing («يخفف قيود
عقوباته») is still a lifting: the held-out sets annotate easing both as a suspension (sets 4, 5,
47, 63 and this one) and as a lifting (set 22, «تخفف القيود المفروضة على غينيا»), so no rule
moves it without breaking one of them.
Fixed later (a headline's easing is the suspension its lead tells, ``test_general_misses10_rules_ar``):
the headline's "يخفف" over the lead's exemption is that suspension, the strict xfail removed
(set 22's easing, told with no suspension in its lead, stays a lifting).

``python -m tests.unit.test_heldout66_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_COUNCIL_EU = "Council of the European Union"
_UNSC = "United Nations Security Council"
_GNA = "Government of National Accord"
_IMSC = "International Maritime Security Construct"
_IMF = "International Monetary Fund"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alanba-beirut-treasury-lists-sayyed-arab-and-khoury-2021",
        date(2021, 10, 29),
        """واشنطن تدرج جميل السيد وجهاد العرب وداني خوري على لائحة عقوباتها بتهم الفساد

بيروت - «الأنباء»

أدرجت وزارة الخزانة الأميركية، أمس الخميس، النائب اللواء جميل السيد ورجلي الأعمال المتعهدين جهاد العرب وداني خوري على لائحة العقوبات، بموجب قانون «ماغنيتسكي» العالمي لمكافحة الفساد، متهمة الثلاثة بالإثراء غير المشروع "على حساب الشعب اللبناني" وبتقويض سيادة القانون في بلد يعيش واحدة من أسوأ الأزمات المالية في العالم منذ منتصف القرن التاسع عشر.

وبموجب القرار، تُجمَّد جميع الأصول التي يملكها الثلاثة في الولايات المتحدة أو التي تخضع لسيطرة أشخاص أميركيين، ويُحظر على المواطنين والمؤسسات الأميركية التعامل معهم، كما طاولت العقوبات عددا من الشركات التي يملكها العرب وخوري أو يديرانها.

واتهم بيان الوزارة السيد، المدير العام الأسبق للأمن العام ونائب دائرة بعلبك - الهرمل، بالسعي مع مسؤولين آخرين إلى الالتفاف على السياسات المصرفية المحلية لتحويل نحو مئة وعشرين مليون دولار إلى حسابات في الخارج، في وقت كان المودعون ممنوعين من سحب مدخراتهم بالدولار.

أما العرب، المعروف بقربه من رئيس الحكومة الأسبق سعد الحريري، وخوري، المقرب من رئيس «التيار الوطني الحر» النائب جبران باسيل، فقالت الخزانة إنهما حصلا على عقود عامة بمئات ملايين الدولارات بفضل علاقاتهما السياسية، بينها عقود لإدارة النفايات ومطامرها لم تنفذ وفق الشروط، ما أدى إلى تسرب مواد سامة إلى البحر المتوسط.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نيلسون إن "المسؤولين والنخب في لبنان استفادوا من الفساد المستشري"، مضيفا أن واشنطن "ستواصل استخدام أدواتها لمحاسبة من يقوضون حكم القانون".

ورد السيد سريعا في تغريدة على «تويتر»، واصفا القرار بأنه "سياسي بامتياز"، وتحدى الوزارة أن "تنشر مستندا واحدا" يثبت اتهاماتها، معلنا أنه سيكلف محامين في واشنطن الطعن فيه. ولم يصدر تعليق فوري عن العرب أو خوري.

وهذه ليست المرة الأولى التي تطاول فيها العقوبات الأميركية شخصيات لبنانية من خارج «حزب الله»، إذ كانت الخزانة قد أدرجت في سبتمبر من العام الماضي الوزيرين السابقين علي حسن خليل ويوسف فنيانوس، ثم باسيل نفسه في نوفمبر، بتهم تتصل بالفساد وبتقديم الدعم للحزب.

ولم تشمل اللائحة الجديدة أي وزير في حكومة الرئيس نجيب ميقاتي، التي نالت ثقة البرلمان الشهر الماضي، وهو ما قرأه مراقبون رسالة بأن واشنطن لا تريد إحراج الحكومة في بداية عملها، فيما لا يزال اتفاق استجرار الغاز المصري عبر الأردن وسوريا متعثرا بانتظار تمويل البنك الدولي.

وفي شارع الحمرا، قال سائق تاكسي ستيني: "هلق تذكروا يعاقبوهن؟ مصرياتنا طارت من سنتين وتنكة البنزين صارت بنص معاشي. بس المهم حدا يحاسبهن هون، مش بس بأميركا".

ويرى خبراء قانونيون أن أثر العقوبات سيكون سياسيا ومعنويا أكثر منه ماليا، لكن المصارف اللبنانية تلتزم عادة بلوائح الخزانة خشية خسارة علاقاتها مع المصارف المراسلة، ما قد يضيق على أعمال الثلاثة قبل الانتخابات النيابية المقررة في الربيع المقبل.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, "Brian Nelson"],
                ["Jamil al-Sayyed", "Jihad al-Arab", "Dany Khoury"],
            ),
            # Ali Hassan Khalil and Youssef Fenianos "في سبتمبر من العام الماضي", Bassil in November,
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Ali Hassan Khalil", "Youssef Fenianos", "Gebran Bassil"],
                core=False,
            ),
            # "ولم تشمل اللائحة الجديدة أي وزير في حكومة الرئيس نجيب ميقاتي",
            G("sanctions.imposed", "negated", [_US], [], core=False),
            # the Egyptian gas deal through Jordan and Syria "متعثرا",
            G("agreement.signed", "stalled", ["Lebanon", "Egypt", "Jordan", "Syria"], [], core=False),
        ],
        not_targets=["Saad Hariri", "Najib Mikati", "Free Patriotic Movement"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alhayat-washington-obama-lifts-hold-on-arms-for-egypt-2015",
        date(2015, 4, 1),
        """أوباما يرفع التجميد عن صفقات السلاح لمصر.. و12 مقاتلة «إف-16» في طريقها إلى القاهرة

واشنطن - «الحياة»

أبلغ الرئيس الأميركي باراك أوباما نظيره المصري عبدالفتاح السيسي، في اتصال هاتفي مساء أمس (الثلثاء)، قراره رفع التجميد المفروض منذ تشرين الأول (أكتوبر) 2013 على تسليم مصر أسلحة ثقيلة، ما يفتح الطريق أمام وصول اثنتي عشرة مقاتلة من طراز «إف-16» وعشرين صاروخاً من طراز «هاربون» ونحو مئة وخمسة وعشرين من أطقم تجميع دبابات «أبرامز».

وقالت الناطقة باسم مجلس الأمن القومي برناديت ميهان، في بيان، إن الرئيس أكد لنظيره أن واشنطن ستواصل طلب المساعدة العسكرية السنوية لمصر البالغة 1.3 بليون دولار، "دعماً لأمن البلدين"، وأنه أوضح في الوقت ذاته أن الإدارة "ستواصل إثارة مخاوفها" في ملف حقوق الإنسان والمحاكمات الجماعية.

وفي مقابل رفع التجميد، قررت الإدارة إعادة هيكلة برنامج المساعدات، إذ ستلغي اعتباراً من السنة المالية 2018 آلية "التمويل النقدي" التي كانت تسمح للقاهرة بشراء أسلحة بالدين على حساب مساعدات السنوات المقبلة، وستحصر استخدام الأموال في أربعة مجالات: مكافحة الإرهاب، وأمن الحدود، والأمن البحري، وأمن شبه جزيرة سيناء.

وكان أوباما قد علّق تسليم المقاتلات ومروحيات «أباتشي» والصواريخ والدبابات بعد أشهر من عزل الجيش الرئيس السابق محمد مرسي وفض اعتصامي «رابعة العدوية» و «النهضة» بالقوة، ورهن استئنافه بـ «تقدم موثوق» نحو الديموقراطية، قبل أن تفرج وزارة الدفاع في كانون الأول (ديسمبر) الماضي عن عشر مروحيات «أباتشي» لاستخدامها في مواجهة المسلحين في سيناء.

وأوضح مسؤول في الخارجية لـ «الحياة» أن القرار جاء بعد مراجعة استمرت أكثر من عام، وأن "الشراكة مع مصر ضرورية في منطقة تعج بالأزمات، من ليبيا إلى اليمن"، لكنه أقر بأن الإدارة "لم تلمس التقدم الذي كانت تنتظره" في ملف الحريات.

وانتقد السناتور الديموقراطي باتريك ليهي الخطوة، معتبراً أنها "تبعث برسالة خاطئة" في وقت يقبع فيه آلاف المعارضين في السجون، فيما رحب بها السناتور الجمهوري جون ماكين، الذي طالب منذ أشهر بتسليم الأسلحة "لشريك يقاتل الإرهاب".

وفي القاهرة، رحبت الرئاسة بالقرار، وقال الناطق باسمها السفير علاء يوسف إن الاتصال تناول أيضاً الأوضاع في ليبيا واليمن وجهود مكافحة الإرهاب في المنطقة. ووقع السيسي قبل أسبوع في الخرطوم، مع الرئيس السوداني عمر البشير ورئيس الوزراء الإثيوبي هايلي مريام ديسالين، «إعلان مبادئ» في شأن سد النهضة، في خطوة رحبت بها واشنطن.

وفي مقهى بحي أستوريا في نيويورك، حيث تقيم جالية مصرية كبيرة، قال صاحب المقهى: "يا عم أهو كويس، الجيش محتاج الطيارات عشان سينا والإرهاب، بس الناس هنا مهمومة بالبلد نفسها، الأسعار والشغل والعيال اللي هناك، ربنا يصلح الحال".

ويتوقع خبراء عسكريون أن يستغرق تسليم المقاتلات أشهراً، إذ كانت الطائرات قد صُنعت وخُزّنت في ولاية تكساس منذ تجميد الصفقة، فيما تحتاج أطقم الدبابات إلى تجميعها في المصنع المصري المشترك قرب القاهرة.""",
        [
            G("sanctions.lifted", "occurred", [_US, "Barack Obama"], ["Egypt"]),
            # the hold of October 2013,
            G("sanctions.imposed", "historical", [_US, "Barack Obama"], ["Egypt"], core=False),
            # the ten Apaches released "في كانون الأول (ديسمبر) الماضي",
            G("sanctions.lifted", "historical", [_US], ["Egypt"], core=False),
            # the Declaration of Principles signed in Khartoum "قبل أسبوع",
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Sudan", "Ethiopia", "Abdel Fattah el-Sisi", "Omar al-Bashir"],
                [],
                core=False,
            ),
        ],
        not_targets=["Libya", "Yemen", "Israel", "Sudan", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-syria-tv-brussels-eu-humanitarian-exemption-after-earthquake-2023",
        date(2023, 2, 24),
        """استثناء إنساني لستة أشهر.. الاتحاد الأوروبي يخفف قيود عقوباته على سوريا بعد الزلزال

بروكسل - «تلفزيون سوريا»

تبنى مجلس الاتحاد الأوروبي، أمس الخميس، تعديلا على نظام العقوبات المفروضة على النظام السوري، يعفي المنظمات الإنسانية لمدة ستة أشهر من شرط الحصول على إذن مسبق من السلطات الوطنية قبل تحويل الأموال أو تقديم السلع والخدمات إلى أشخاص وكيانات مدرجة على قائمة العقوبات، إذا كان ذلك ضروريا لإيصال المساعدات إلى المتضررين من زلزال السادس من شباط.

وأوضح المجلس، في بيان، أن الإعفاء يشمل وكالات الأمم المتحدة وبرامجها، والحركة الدولية للصليب الأحمر والهلال الأحمر، والمنظمات غير الحكومية التي تتلقى تمويلا أوروبيا، إلى جانب منظمات دولية أخرى، مضيفا أنه سيقيّم الإجراء قبل انتهاء مدته في آب المقبل.

وقال الممثل الأعلى للسياسة الخارجية والأمنية جوزيب بوريل إن الخطوة تهدف إلى "إزالة أي عقبة، ولو نظرية، أمام وصول المساعدات"، مؤكدا أن عقوبات الاتحاد "لم تكن يوما تستهدف الشعب السوري، ولا تمنع إرسال الغذاء أو الدواء أو المعدات الطبية".

في المقابل، شدد البيان على أن التعديل لا يمس جوهر العقوبات، التي تبقى سارية على 322 شخصا و81 كيانا، وتشمل تجميد أصول وحظر سفر وحظرا على استيراد النفط السوري وعلى تصدير معدات يمكن استخدامها في القمع، مشيرا إلى أن الاتحاد لن يرفعها "ما لم يحدث انتقال سياسي حقيقي".

وكان الاتحاد قد بدأ فرض عقوباته على دمشق في أيار 2011 ردا على قمع الاحتجاجات، ومددها العام الماضي حتى الأول من حزيران 2023.

وجاء القرار الأوروبي بعد أسبوعين من إصدار وزارة الخزانة الأميركية ترخيصا عاما مدته مئة وثمانون يوما، يجيز جميع المعاملات المتعلقة بإغاثة المتضررين من الزلزال في سوريا، والتي كانت محظورة بموجب العقوبات الأميركية.

واعتبرت وزارة الخارجية في حكومة النظام أن الخطوة "غير كافية" و"مناورة إعلامية"، مجددة مطالبتها برفع العقوبات "بشكل كامل وفوري"، فيما رأت منظمات سورية معارضة أن المشكلة الأساسية تكمن في تحكم النظام بتوزيع المساعدات في مناطق سيطرته.

ويأتي ذلك فيما تدخل المساعدات الأممية إلى شمال غربي سوريا عبر معبري باب السلامة والراعي، اللذين وافق النظام على فتحهما ثلاثة أشهر، إضافة إلى معبر باب الهوى، في حين لا تزال اجتماعات اللجنة الدستورية في جنيف معطلة منذ حزيران الماضي.

وفي جنديرس بريف عفرين، قال متطوع في فرق الإنقاذ الأهلية: "ولك نحنا طلّعنا الناس بإيدينا من تحت الردم، وما إجانا شي بأول أسبوع. هلق بيحكوا عن استثناء وعقوبات، الناس بدها خيمة وبطانية وحليب للولاد، مو بيانات".

وتقدر الأمم المتحدة عدد ضحايا الزلزال في سوريا بنحو ستة آلاف قتيل، فيما تجاوز عدد الضحايا في تركيا أربعة وأربعين ألفا، في أسوأ كارثة طبيعية تشهدها المنطقة منذ عقود.""",
        [
            G("sanctions.suspended", "occurred", [_EU, _COUNCIL_EU, "Josep Borrell"], ["Syria"]),
            # "لن يرفعها ما لم يحدث انتقال سياسي حقيقي",
            G("sanctions.lifted", "negated", [_EU], ["Syria"], core=False),
            # the sanctions of May 2011 and their prolongation "العام الماضي",
            G("sanctions.imposed", "historical", [_EU], ["Syria"], core=False),
            G("sanctions.extended", "historical", [_EU], ["Syria"], core=False),
            # the Treasury's 180-day licence "بعد أسبوعين",
            G("sanctions.suspended", "historical", [_US, _TREASURY], ["Syria"], core=False),
            # the Constitutional Committee "معطلة منذ حزيران الماضي",
            G("agreement.signed", "stalled", ["Syria"], [], core=False),
        ],
        not_targets=["Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-alayyam-aden-washington-renews-yemen-national-emergency-2022",
        date(2022, 5, 12),
        """واشنطن تجدد «الطوارئ» الخاصة باليمن عاما آخر.. والعقوبات على المعرقلين باقية

عدن - «الأيام» - خاص

جددت الإدارة الأميركية لعام إضافي حالة الطوارئ الوطنية المتعلقة باليمن، والتي تستند إليها العقوبات المفروضة منذ عشر سنوات على من يعرقلون العملية السياسية في البلاد، وذلك في إشعار وقعه الرئيس جو بايدن يوم الثلاثاء وأحاله إلى الكونغرس.

وجاء في الإشعار أن أفعال بعض الأفراد وسياساتهم التي تهدد السلام والأمن والاستقرار في اليمن "لا تزال تشكل تهديدا غير عادي واستثنائيا للأمن القومي والسياسة الخارجية للولايات المتحدة"، ولهذا "يجب أن تستمر" حالة الطوارئ بعد السادس عشر من مايو الجاري.

وكان الرئيس الأسبق باراك أوباما قد أعلن حالة الطوارئ بموجب الأمر التنفيذي رقم 13611 في مايو 2012، بعد أشهر من انتقال السلطة من الرئيس الراحل علي عبدالله صالح إلى نائبه عبدربه منصور هادي بموجب المبادرة الخليجية، وخوّل الأمر وزارة الخزانة تجميد أصول كل من يثبت تورطه في تقويض المرحلة الانتقالية.

وبموجب هذا الأمر، أدرجت الخزانة في نوفمبر 2014 صالح نفسه واثنين من القادة العسكريين لجماعة الحوثي، هما عبد الخالق الحوثي وعبدالله يحيى الحاكم المعروف بـ«أبو علي الحاكم»، قبل أن يفرض مجلس الأمن الدولي عقوبات مماثلة عليهم، ثم حظرا على توريد الأسلحة إلى الجماعة بالقرار 2216 في أبريل 2015.

ولا يتضمن الإشعار الجديد أي إدراج إضافي، كما لم تتراجع إدارة بايدن عن قرارها، في فبراير من العام الماضي، إلغاء تصنيف الحوثيين «منظمة إرهابية أجنبية»، رغم مطالبات الحكومة الشرعية ودول التحالف بإعادة التصنيف بعد الهجمات التي استهدفت أبوظبي في يناير الماضي.

وقال مسؤول في وزارة الخارجية اليمنية لـ«الأيام» إن الحكومة "ترحب بالتجديد"، لكنها تأمل أن "تنتقل واشنطن من الإطار القانوني إلى إجراءات فعلية بحق قادة الميليشيا الذين يرفضون فتح الطرق إلى تعز ويواصلون تجنيد الأطفال".

ويأتي التجديد في ظل الهدنة التي أعلنتها الأمم المتحدة مطلع أبريل الماضي لمدة شهرين قابلة للتمديد، والتي أتاحت دخول سفن الوقود إلى ميناء الحديدة، على أن تقلع أولى الرحلات التجارية من مطار صنعاء خلال أيام، فيما لا تزال المشاورات حول فتح الطرق المؤدية إلى تعز المحاصرة تراوح مكانها.

وجاء ذلك بعد نحو شهر من نقل الرئيس هادي صلاحياته إلى مجلس القيادة الرئاسي برئاسة الدكتور رشاد العليمي، الذي عاد إلى عدن الشهر الماضي وأدى أعضاؤه اليمين الدستورية أمام مجلس النواب.

وفي سوق الطويلة بكريتر، قال صراف في الأربعينات: "ايش يفرق معانا تجديدهم؟ الريال طايح والراتب ما يكمّل نص الشهر، هم يجددوا الورق واحنا نجدد الدين من الدكان".

ويقدر برنامج الأغذية العالمي أن أكثر من سبعة عشر مليون يمني يعانون من انعدام الأمن الغذائي، فيما تواجه الأمم المتحدة عجزا كبيرا في تمويل خطة الاستجابة الإنسانية لهذا العام.""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Yemen"]),
            # Obama's order of May 2012 and the listings of November 2014,
            G(
                "sanctions.imposed",
                "historical",
                [_US, "Barack Obama", _TREASURY],
                ["Yemen", "Ali Abdullah Saleh", "Abd al-Khaliq al-Houthi", "Houthis"],
                core=False,
            ),
            # the Security Council's sanctions and the embargo of Resolution 2216,
            G(
                "sanctions.imposed",
                "historical",
                [_UNSC],
                ["Ali Abdullah Saleh", "Houthis"],
                core=False,
            ),
            # "ولا يتضمن الإشعار الجديد أي إدراج إضافي", no designation of the Houthis again,
            G("sanctions.imposed", "negated", [_US], ["Houthis"], core=False),
            # the designation revoked "في فبراير من العام الماضي",
            G("sanctions.lifted", "historical", [_US], ["Houthis"], core=False),
            # the talks on the roads to Taiz that "تراوح مكانها",
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["United Arab Emirates", "Saudi Arabia", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-alliwaa-beirut-borrell-warns-of-sanctions-on-obstructors-2021",
        date(2021, 6, 20),
        """بوريل من بعبدا: العقوبات بين خياراتنا.. ومن يعرقل الحكومة يتحمل المسؤولية

بيروت - «اللواء»

لوّح الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي جوزيب بوريل، أمس، بفرض عقوبات على المسؤولين اللبنانيين الذين يعرقلون تشكيل الحكومة وتنفيذ الإصلاحات، محذرا من أن صبر الأوروبيين "بدأ ينفد" بعد عشرة أشهر من استقالة حكومة الرئيس حسان دياب إثر انفجار مرفأ بيروت.

وقال بوريل، عقب لقائه رئيس الجمهورية العماد ميشال عون في قصر بعبدا: "العقوبات من بين الخيارات المطروحة. نفضل ألا نسلك هذا الطريق، لكن إذا استمرت العرقلة فسيكون علينا أن ندرسه"، مضيفا أن "الأزمة في لبنان صنعها اللبنانيون أنفسهم، وحلها يبدأ بحكومة قادرة على التفاوض مع صندوق النقد الدولي".

وجال المسؤول الأوروبي على رئيس مجلس النواب نبيه بري في عين التينة والرئيس المكلف سعد الحريري في بيت الوسط، ونقل إليهما، بحسب مصادر مطلعة، "رسالة واحدة": الاتحاد لن يقدم مساعدات مالية كبيرة قبل تشكيل حكومة وإطلاق الإصلاحات، باستثناء المساعدات الإنسانية التي تذهب مباشرة إلى الناس.

وأوضح مصدر دبلوماسي أوروبي لـ«اللواء» أن الدول الأعضاء تعمل على إعداد إطار قانوني لعقوبات تشمل حظر السفر وتجميد الأصول، يمكن إقراره قبل نهاية تموز المقبل، لكنه أشار إلى أن الاتحاد لم يتخذ حتى الآن أي قرار بمعاقبة أسماء محددة، وأن أي خطوة من هذا النوع تتطلب إجماع الدول السبع والعشرين.

وكانت فرنسا قد سبقت شركاءها الأوروبيين، إذ أعلن وزير خارجيتها جان إيف لودريان في نهاية نيسان الماضي فرض قيود على دخول شخصيات لبنانية تعتبرها باريس مسؤولة عن الانسداد السياسي أو متورطة في الفساد، من دون أن يكشف أسماءها.

ولم يخف بوريل استياءه من تبادل الاتهامات بين بعبدا وبيت الوسط، إذ يتهم فريق عون الحريري بالسعي إلى حكومة لا يملك فيها رئيس الجمهورية كلمة، فيما يتهم تيار «المستقبل» فريق عون و«التيار الوطني الحر» بالتمسك بالثلث المعطل.

وتتزامن الزيارة مع انهيار متسارع لليرة، التي تجاوز سعرها في السوق الموازية خمسة عشر ألفا مقابل الدولار، ومع أزمة محروقات وأدوية خانقة، فيما توقفت المفاوضات مع صندوق النقد الدولي منذ تموز الماضي، بعد خلاف بين الحكومة ومصرف لبنان والمصارف على تقدير حجم الخسائر.

وفي إحدى صيدليات صيدا، قال الصيدلي لـ«اللواء»: "الرفوف فاضية، لا دوا ضغط ولا سكري، والعالم عم تلف من صيدلية لصيدلية. عقوبات؟ إيه يعاقبوهن، بس مين بيرجّعلنا شغلنا ومصرياتنا؟".

ومن المقرر أن يبحث وزراء خارجية الاتحاد الملف اللبناني في اجتماعهم في لوكسمبورغ غدا الاثنين، وسط انقسام بين دول تدفع نحو عقوبات سريعة وأخرى تخشى أن تزيد الضغوط من هشاشة الوضع في البلاد.""",
        [
            G("sanctions.threatened", "occurred", [_EU, "Josep Borrell"], ["Lebanon"]),
            # the legal framework that "يمكن إقراره قبل نهاية تموز المقبل",
            G("sanctions.imposed", "planned", [_EU], ["Lebanon"], core=False),
            # "لم يتخذ حتى الآن أي قرار بمعاقبة أسماء محددة",
            G("sanctions.imposed", "negated", [_EU], ["Lebanon"], core=False),
            # France's entry restrictions "في نهاية نيسان الماضي",
            G(
                "sanctions.imposed",
                "historical",
                ["France", "Jean-Yves Le Drian"],
                ["Lebanon"],
                core=False,
            ),
            # the talks with the IMF that "توقفت … منذ تموز الماضي",
            G("agreement.signed", "stalled", ["Lebanon", _IMF], [], core=False),
        ],
        not_targets=["France", "Luxembourg"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-aljazirah-riyadh-kingdom-joins-maritime-security-construct-2019",
        date(2019, 9, 19),
        """المملكة تنضم إلى التحالف الدولي لأمن وحماية الملاحة البحرية

الرياض - «الجزيرة» - واس:

أعلنت المملكة العربية السعودية انضمامها إلى التحالف الدولي لأمن وحماية الملاحة البحرية، دعما للجهود الإقليمية والدولية الرامية إلى ردع التهديدات التي تتعرض لها الملاحة البحرية والتجارة العالمية، وضمانا لأمن إمدادات الطاقة وحرية العبور في الممرات المائية الحيوية.

وصرح مصدر مسؤول في وزارة الدفاع بأن انضمام المملكة إلى التحالف، الذي تقوده الولايات المتحدة الأمريكية، يأتي "انطلاقا من دورها المحوري في حفظ الأمن والسلم الإقليميين والدوليين"، وتعزيزا للتنسيق مع الدول الشقيقة والصديقة لحماية السفن التجارية في الخليج العربي ومضيق هرمز وبحر عمان وباب المندب.

وأكد المصدر أن الاعتداء الإرهابي الذي استهدف معملي شركة «أرامكو السعودية» في بقيق وهجرة خريص فجر السبت الماضي "يؤكد الحاجة الملحة إلى تضافر الجهود الدولية" في مواجهة الأعمال العدائية التي ترعاها إيران ضد المملكة ودول المنطقة وضد الاقتصاد العالمي.

ويتخذ التحالف من مملكة البحرين مقرا لقيادته، ويضم حاليا، إلى جانب الولايات المتحدة، كلا من المملكة المتحدة وأستراليا ومملكة البحرين، التي أعلنت انضمامها الشهر الماضي، وتتولى قطع بحرية تابعة للدول الأعضاء مرافقة ناقلات النفط والسفن التجارية ضمن عملية «سنتينل» (الحارس).

وكانت ألمانيا قد أعلنت أنها لن تشارك في المهمة التي تقودها واشنطن، مفضلة العمل على مبادرة أوروبية، فيما اكتفت اليابان بالقول إنها تدرس الخيارات المتاحة لحماية سفنها.

وأفادت مصادر خليجية بأن دولة الإمارات العربية المتحدة ستعلن انضمامها إلى التحالف خلال الساعات المقبلة.

ويأتي الإعلان بالتزامن مع زيارة وزير الخارجية الأمريكي مايك بومبيو إلى جدة، حيث استقبله صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، وجرى خلال اللقاء استعراض تداعيات الهجوم على المنشآت النفطية. ووصف بومبيو الهجوم بأنه "عمل حربي".

ويتمركز الأسطول الخامس الأمريكي في المنامة منذ عام 1995، ويتولى مع القوات البحرية المشتركة مهام مكافحة القرصنة والتهريب في المنطقة.

وفي بقيق، قال أحد سكان المدينة: "صحينا على صوت الانفجارات قبل الفجر، والحمد لله ما تضرر أحد من الأهالي. الحين الأمور طبيعية والشركة شغالة، بس الواحد يبي يحس إن البحر والجو في أمان".

ويمر عبر مضيق هرمز نحو خمس إمدادات النفط العالمية، فيما تعرضت ناقلات عدة لهجمات وعمليات احتجاز منذ مايو الماضي، بينها ناقلة «ستينا إمبيرو» البريطانية التي احتجزها الحرس الثوري الإيراني في يوليو.""",
        [
            G("alliance.joined", "occurred", ["Saudi Arabia"], [_IMSC]),
            # the UAE that "ستعلن انضمامها … خلال الساعات المقبلة", a source's forecast,
            G("alliance.joined", "planned", ["United Arab Emirates"], [_IMSC], core=False),
            # Bahrain "الشهر الماضي", Britain and Australia, members already,
            G(
                "alliance.joined",
                "historical",
                ["Bahrain", "United Kingdom", "Australia"],
                [_IMSC],
                core=False,
            ),
            # Germany that "لن تشارك في المهمة",
            G("alliance.joined", "negated", ["Germany"], [_IMSC], core=False),
            # the Fifth Fleet at Manama "منذ عام 1995",
            G("military.presence", "historical", [_US], ["Bahrain"], core=False),
        ],
        not_targets=["Iran", "Oman", "Japan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-aki-rome-italy-reopens-embassy-in-tripoli-2017",
        date(2017, 1, 11),
        """إيطاليا أول دولة غربية تعيد فتح سفارتها في طرابلس.. ومينيتي يبحث مع السراج ملف الهجرة

روما - (آكي)

أعادت إيطاليا، أمس الثلاثاء، فتح سفارتها في العاصمة الليبية طرابلس، بعد نحو عامين على إغلاقها في فبراير 2015 إثر تدهور الأوضاع الأمنية وتمدد تنظيم «داعش» في سرت، لتصبح أول دولة غربية تعيد بعثتها الدبلوماسية إلى ليبيا.

وتزامن استئناف عمل السفارة مع زيارة خاطفة قام بها وزير الداخلية ماركو مينيتي إلى طرابلس، التقى خلالها رئيس المجلس الرئاسي لحكومة الوفاق الوطني فايز السراج، بحضور السفير الجديد جوزيبي بيروني، الذي تسلم مهامه رسميا.

وقال مينيتي، في تصريحات للصحافيين عقب اللقاء، إن البلدين سيوقعان "خلال أسابيع" مذكرة تفاهم للتعاون في مكافحة الهجرة غير النظامية وتهريب البشر، تتضمن تدريب عناصر خفر السواحل الليبي وتزويدهم بالزوارق والمعدات، ودعم مراقبة الحدود الجنوبية للبلاد، مؤكدا أن "استقرار ليبيا مصلحة إيطالية قبل أن يكون مصلحة ليبية".

وستستند المذكرة، بحسب مصادر في وزارة الداخلية الإيطالية، إلى معاهدة الصداقة والشراكة والتعاون التي وقعها رئيس الوزراء الأسبق سيلفيو برلسكوني والزعيم الليبي الراحل معمر القذافي في بنغازي عام 2008، والتي تعهدت روما بموجبها باستثمار خمسة مليارات دولار في ليبيا على مدى عشرين عاما تعويضا عن الحقبة الاستعمارية.

ووصل إلى السواحل الإيطالية العام الماضي أكثر من مئة وواحد وثمانين ألف مهاجر، انطلق معظمهم من الشواطئ الليبية، في رقم قياسي جديد زاد الضغوط على حكومة باولو جنتيلوني قبل أشهر من استحقاقات انتخابية محلية.

في المقابل، لم تعلن فرنسا ولا بريطانيا حتى الآن موعدا لإعادة فتح سفارتيهما، وتكتفي الدولتان بإدارة علاقاتهما مع ليبيا من تونس، بانتظار تحسن الأوضاع الأمنية في العاصمة.

واعتبرت «حكومة الإنقاذ الوطني» التي يرأسها خليفة الغويل، غير المعترف بها دوليا، أن الخطوة الإيطالية "تدخل سافر في الشؤون الليبية"، في حين رحب بها المجلس الرئاسي ووصفها بأنها "رسالة ثقة" في قدرة حكومة الوفاق على تأمين العاصمة.

ولا يزال الحوار بين المجلس الرئاسي والقيادة العامة للجيش التي يقودها المشير خليفة حفتر متعثرا، بعد أكثر من عام على توقيع الاتفاق السياسي في الصخيرات المغربية برعاية الأمم المتحدة في ديسمبر 2015، إذ يرفض مجلس النواب في طبرق منح الثقة لحكومة الوفاق.

وفي شارع عمر المختار بطرابلس، قال صاحب محل ملابس: "باهي إن السفارات ترجع، هذا معناه البلاد بدت تتحرك، لكن احنا توا نحبوا السيولة في المصارف والضي ما يقطعش، الطوابير من الصبح للعشية".

ومن المقرر أن يبحث القادة الأوروبيون في قمة مالطا، في الثالث من فبراير المقبل، خطة لدعم خفر السواحل الليبي والحد من تدفق المهاجرين عبر البحر المتوسط.""",
        [
            G("relations.restored", "occurred", ["Italy"], ["Libya", _GNA]),
            # the memorandum the two countries "سيوقعان خلال أسابيع",
            G(
                "agreement.signed",
                "planned",
                ["Italy", "Libya", _GNA, "Marco Minniti", "Fayez al-Sarraj"],
                [],
            ),
            # the friendship treaty signed at Benghazi "عام 2008",
            G(
                "agreement.signed",
                "historical",
                ["Italy", "Libya", "Silvio Berlusconi", "Muammar Gaddafi"],
                [],
                core=False,
            ),
            # the Skhirat agreement of December 2015,
            G("agreement.signed", "historical", ["Libya", "United Nations"], [], core=False),
            # "لم تعلن فرنسا ولا بريطانيا حتى الآن موعدا لإعادة فتح سفارتيهما",
            G(
                "relations.restored",
                "negated",
                ["France", "United Kingdom"],
                ["Libya"],
                core=False,
            ),
            # the dialogue with Haftar's command "متعثرا",
            G(
                "agreement.signed",
                "stalled",
                [_GNA, "Presidential Council (Libya)", "Khalifa Haftar", "Libyan National Army"],
                [],
                core=False,
            ),
        ],
        not_targets=["Tunisia", "Malta", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-alqabas-sharm-el-sheikh-summit-approves-joint-arab-force-2015",
        date(2015, 3, 30),
        """قمة شرم الشيخ تقر إنشاء قوة عسكرية عربية مشتركة.. ورؤساء الأركان إلى القاهرة خلال شهر

شرم الشيخ - «القبس» - من موفدنا

اختتم القادة العرب أمس قمتهم السادسة والعشرين في شرم الشيخ بقرار وصفه الأمين العام لجامعة الدول العربية نبيل العربي بـ"التاريخي"، يقضي بإنشاء قوة عسكرية عربية مشتركة تشارك فيها الدول الأعضاء اختياريا، وتتدخل بطلب من أي دولة عربية تتعرض لتهديد يمس أمنها القومي، بما في ذلك خطر التنظيمات الإرهابية.

ونص القرار على أن يجتمع رؤساء أركان جيوش الدول الأعضاء، تحت إشراف الأمين العام، خلال شهر من صدوره، لدراسة الإجراءات التنفيذية وتحديد تشكيل القوة ومهامها وآليات عملها ومصادر تمويلها، على أن ترفع توصياتهم إلى مجلس الدفاع العربي المشترك لإقرارها خلال ثلاثة أشهر.

وقال الرئيس عبدالفتاح السيسي، الذي تسلمت بلاده رئاسة القمة من الكويت، في كلمته الختامية إن "الأمة العربية تواجه تحديات غير مسبوقة تهدد هويتها ووجودها"، وإن القوة المشتركة "لن تكون موجهة ضد أحد، ولن تكون أداة للعدوان".

وكان السيسي أول من طرح الفكرة علنا في فبراير الماضي، بعد أن ذبح تنظيم «داعش» واحدا وعشرين عاملا قبطيا في ليبيا، وهو ما ردت عليه القاهرة بغارات جوية على مواقع التنظيم في مدينة درنة.

وانعقدت القمة على وقع عملية «عاصفة الحزم» التي يشنها منذ فجر الخميس تحالف من عشر دول بقيادة السعودية ضد جماعة الحوثيين وقوات الرئيس السابق علي عبدالله صالح في اليمن، وأيدها البيان الختامي "حتى تنسحب الميليشيات الحوثية من المدن وتسلم أسلحتها". وحضر الرئيس اليمني عبدربه منصور هادي الجلسة الافتتاحية قبل أن يغادر إلى الرياض.

والقوة العربية المشتركة ليست فكرة جديدة، إذ نصت معاهدة الدفاع المشترك والتعاون الاقتصادي التي وقعتها الدول العربية عام 1950 على تعاون عسكري لرد أي اعتداء على أي منها، لكن محاولات تحويلها إلى قوة فعلية بقيت حبرا على ورق طوال العقود الماضية بسبب الخلافات السياسية بين العواصم.

وبقي مقعد سوريا شاغرا للعام الرابع على التوالي، منذ تعليق عضويتها في نوفمبر 2011، وهو القرار الذي أتبعته الجامعة في الشهر نفسه بعقوبات اقتصادية شملت تجميد أرصدة الحكومة السورية ووقف التعاملات مع مصرفها المركزي.

ولم يحدد القرار حجم القوة ولا مقر قيادتها، وترك ذلك لرؤساء الأركان، فيما قال دبلوماسي عربي لـ«القبس» إن مصر والسعودية والأردن والمغرب ستكون "العمود الفقري" للقوة، وإن عدد أفرادها قد يصل إلى أربعين ألفا.

وفي خليج نعمة، قال عامل في أحد الفنادق جاء من سوهاج قبل عشر سنوات: "الحمد لله القمة حركت البلد شوية، من ساعة الثورة والسياحة واقفة والأجانب قلوا أوي. إحنا عايزين الأمن يرجع، والقوة دي لو هتحمينا يبقى كويس".

ومن المقرر أن يستضيف المغرب القمة العربية السابعة والعشرين العام المقبل.""",
        [
            G("forces.integrated", "planned", ["Arab League", "Egypt", "Abdel Fattah el-Sisi"], []),
            # the Joint Defence Treaty signed "عام 1950",
            G("agreement.signed", "historical", ["Arab League"], [], core=False),
            # its joint force that "بقيت حبرا على ورق",
            G("forces.integrated", "stalled", ["Arab League"], [], core=False),
            # the League's sanctions on Syria of November 2011,
            G("sanctions.imposed", "historical", ["Arab League"], ["Syria"], core=False),
        ],
        not_targets=["Yemen", "Libya", "Kuwait", "Morocco", "Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-shorouk-cairo-house-approves-troops-for-western-direction-2020",
        date(2020, 7, 21),
        """«النواب» يوافق بالإجماع على إرسال عناصر من القوات المسلحة في مهام قتالية خارج الحدود

القاهرة - «الشروق»

وافق مجلس النواب، في جلسة سرية عقدها مساء أمس الاثنين، بإجماع الأعضاء الحاضرين، على إرسال عناصر من القوات المسلحة المصرية في مهام قتالية خارج حدود الدولة المصرية، "للدفاع عن الأمن القومي المصري في الاتجاه الاستراتيجي الغربي ضد أعمال الميليشيات الإجرامية المسلحة والعناصر الإرهابية الأجنبية، إلى حين انتهاء مهمة القوات".

وقال المجلس، في بيان عقب الجلسة التي ترأسها الدكتور علي عبد العال، إن "مصر عبر تاريخها أمة داعية للسلام، لكنها لا تقبل التعدي عليها أو التفريط في حقوقها"، وإنها "قادرة على الدفاع عن نفسها وعن مصالحها وعن أشقائها وجيرانها".

وجاءت الموافقة بعد يوم واحد من اجتماع مجلس الدفاع الوطني برئاسة الرئيس عبد الفتاح السيسي، الذي بحث "التهديدات التي تتعرض لها الدولة من الاتجاه الاستراتيجي الغربي"، وفق المادة 152 من الدستور، التي تشترط أخذ رأي المجلس وموافقة ثلثي أعضاء البرلمان قبل إرسال قوات في مهام قتالية إلى خارج حدود الدولة.

وكان مجلس النواب الليبي المنعقد في طبرق قد دعا، الأسبوع الماضي، القوات المسلحة المصرية إلى التدخل "لحماية الأمن القومي الليبي والمصري" إذا رأت أن هناك خطرا داهما يطاول البلدين، ثم استقبل السيسي الخميس وفدا من مشايخ وأعيان القبائل الليبية، قال خلاله إن مصر "لن تقف مكتوفة الأيدي" أمام أي تهديد مباشر لأمنها.

وكان الرئيس قد أعلن في العشرين من يونيو الماضي، خلال تفقده وحدات المنطقة العسكرية الغربية في سيدي براني، أن خط سرت - الجفرة "خط أحمر"، وأن أي تدخل مباشر من مصر في ليبيا "باتت تتوفر له الشرعية الدولية".

وتشهد ليبيا منذ مطلع العام تدخلا تركيا متزايدا، إذ تنتشر في غرب البلاد قوات ومستشارون عسكريون أتراك، إلى جانب آلاف المقاتلين السوريين الذين نقلتهم أنقرة لدعم حكومة الوفاق، بموجب مذكرة للتعاون الأمني والعسكري وقعها الطرفان في نوفمبر الماضي.

وأوضح مصدر برلماني لـ«الشروق» أن التفويض "لا يعني أن القوات ستتحرك غدا"، مشيرا إلى أنه لم يصدر حتى الآن أي قرار بتحريك وحدات إلى داخل الأراضي الليبية، وأن موافقة المجلس تمنح القيادة العامة "غطاء دستوريا" للتحرك إذا اقتضت الضرورة.

وتتزامن التطورات مع تعثر مفاوضات سد النهضة بين مصر والسودان وإثيوبيا، بعد انتهاء جولة استمرت أحد عشر يوما برعاية الاتحاد الأفريقي من دون التوصل إلى اتفاق، وسط إصرار أديس أبابا على بدء ملء الخزان.

وفي سوق ليبيا بمرسى مطروح، قال تاجر من قبيلة أولاد علي: "الليبيين أهلنا ونسايبنا، نص القبيلة هنا ونصها هناك. إحنا مش عايزين حرب، بس لو حد قرب من الحدود الجيش عارف شغله، ربنا يستر".

ويرى مراقبون أن الخطوة رسالة ردع لأنقرة أكثر منها إعلانا لتدخل وشيك، في وقت تتواصل فيه الاتصالات الدولية لتثبيت وقف إطلاق النار حول سرت.""",
        [
            G("military.presence", "planned", ["Egypt", "Abdel Fattah el-Sisi"], ["Libya"]),
            # "لم يصدر حتى الآن أي قرار بتحريك وحدات إلى داخل الأراضي الليبية",
            G("military.presence", "negated", ["Egypt"], ["Libya"], core=False),
            # Turkish forces in the west of Libya "منذ مطلع العام",
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
            # the Turkish memorandum signed "في نوفمبر الماضي",
            G("agreement.signed", "historical", ["Turkey", _GNA], [], core=False),
            # the Renaissance Dam talks,
            G("agreement.signed", "stalled", ["Egypt", "Sudan", "Ethiopia"], [], core=False),
        ],
        not_targets=["Turkey", "Ethiopia", "Sudan", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-gooan-omdurman-football-page-2023",
        date(2023, 2, 14),
        """الهلال يتعاقد مع مدرب جديد.. والاتحاد يغرم المريخ ويرفع الإيقاف عن مهاجم الأهلي مدني

أم درمان - «قوون»

فرضت لجنة الانضباط بالاتحاد السوداني لكرة القدم غرامة مالية قدرها خمسة ملايين جنيه على نادي المريخ، بسبب أحداث الشغب التي رافقت مباراته أمام الأهلي مدني بملعبه في أم درمان، ضمن الأسبوع الثامن من الدوري الممتاز، كما أوقفت مدافع الفريق أربع مباريات لاعتدائه على حكم الراية.

وحذرت اللجنة الأندية، في خطاب بعثت به إلى إداراتها، من أن أي تكرار للشغب في المدرجات سيعرضها لخصم النقاط وإقامة مبارياتها خارج ملاعبها ومن دون جمهور.

في المقابل، رفعت لجنة الاستئنافات الإيقاف المفروض على مهاجم الأهلي مدني، بعد قبول الطعن المقدم من النادي، ليعود اللاعب إلى المشاركة في مباراة السبت أمام حي العرب بورتسودان، فيما علق الاتحاد البت في شكوى الهلال ضد لاعبه السابق إلى حين اكتمال المستندات.

وعلى صعيد الانتقالات، وقع الهلال عقدا لمدة موسم واحد مع مدرب روماني خلفا للمدرب السابق الذي رحل بالتراضي عقب الخروج من دور المجموعات، وقاد المدرب الجديد أول حصة تدريبية مساء أمس بحضور أعضاء مجلس الإدارة.

وانضم إلى صفوف الأزرق حارس مرمى قادم من الدوري الليبي على سبيل الإعارة، فيما مدد النادي عقد قائده لموسمين إضافيين، ووقعت إدارة المريخ من جهتها اتفاقية رعاية مع شركة للاتصالات لثلاثة مواسم، قالت إنها ستسهم في سداد مستحقات اللاعبين المتأخرة.

وقرر مجلس إدارة الهلال دمج فريقي الشباب والناشئين في برنامج إعدادي موحد خلال فترة التوقف، كما أعلن استئناف التدريبات في الملعب الفرعي بعد انتهاء صيانة النجيلة الصناعية.

وأعلن رئيسا الهلال والمريخ، في لقاء جمعهما بمقر الاتحاد، طي صفحة الخلاف الذي أعقب مباراة القمة الماضية، وعودة العلاقات بين الإدارتين إلى طبيعتها، مؤكدين حرصهما على إنجاح الموسم.

ونشرت شرطة ولاية الخرطوم قوات إضافية حول استاد الهلال قبل مباراة القمة المرتقبة، مع تخصيص مداخل منفصلة لجماهير الفريقين وفتح الأبواب قبل أربع ساعات من صافرة البداية.

وفي سوق أم درمان، قال مشجع هلالابي يبيع الأواني المنزلية: "الهلال ده ما بتغلبوا ساي، لكن الإدارة دي لازم تشد حيلها، كل سنة مدرب جديد وما في استقرار، والمريخ ذاتو حالو واقف".

ويتصدر الهلال جدول الترتيب برصيد تسع عشرة نقطة، بفارق ثلاث نقاط عن المريخ صاحب المركز الثاني، فيما يحتل الأهلي مدني المركز الرابع.""",
        [],
        not_targets=["Libya", "Romania", "Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-shafaq-mosul-local-page-2023",
        date(2023, 10, 10),
        """بلدية الموصل تعلق إجازات البناء في المدينة القديمة.. وغرامات على أصحاب المولدات المخالفين

الموصل - «شفق نيوز»

علقت مديرية بلدية الموصل منح إجازات البناء الجديدة في أحياء المدينة القديمة لمدة ثلاثة أشهر، إلى حين استكمال التصاميم الأساسية التي تعدها بالتعاون مع منظمات دولية للحفاظ على الطابع التراثي للمنطقة، التي دمرت المعارك أكثر من ثمانين في المئة من مبانيها عام 2017.

وفرضت اللجنة المشتركة لمتابعة المولدات الأهلية في الجانب الأيسر غرامات على أكثر من ستين صاحب مولدة تجاوزوا التسعيرة الرسمية للأمبير، فيما توعد المحافظ، خلال جولة ميدانية، بسحب الرخص من المخالفين المتكررين "من دون أي تهاون".

وقررت دائرة صحة نينوى رفع الإغلاق عن أربعة مطاعم في شارع الدواسة بعد التزام أصحابها بشروط السلامة الغذائية، كما مددت مديرية الضريبة مهلة تسديد المستحقات دون غرامات حتى نهاية الشهر المقبل.

ووقعت المحافظة مذكرة تفاهم مع جامعة الموصل لإشراك طلبة كلية الهندسة في مسح الأبنية المتضررة، فيما انضمت ثلاث مدارس في حي الزنجيلي إلى برنامج للتغذية المدرسية تموله منظمة إنسانية.

وأعلنت مديرية التربية دمج مدرستين ابتدائيتين في الجانب الأيمن بسبب قلة أعداد التلاميذ وتهالك أحد المبنيين، ونشرت مديرية المرور مفارزها على الجسور الخمسة خلال ساعات الذروة للحد من الزحامات.

وفرضت قيادة شرطة نينوى حظرا على سير الدراجات النارية بعد الساعة العاشرة ليلا في عدد من أحياء الجانب الأيمن، بعد تكرار حوادث السرقة، على أن يستثنى منه عمال التوصيل الحاصلون على هويات من غرفة التجارة.

وشهد الجسر العتيق استئناف حركة العجلات بعد انتهاء أعمال الصيانة التي استمرت ستة أسابيع، فيما أعلنت دائرة الكهرباء إعادة التيار إلى المحطة التحويلية في حي الرفاعي بعد إصلاح عطل طارئ.

وقال المحافظ لـ«شفق نيوز» إن أغلب شكاوى المواطنين تتعلق بالكهرباء وأسعار المولدات والطرق الفرعية، مشيرا إلى أن المحافظة تنتظر إطلاق تخصيصات الموازنة الاتحادية لاستكمال مشاريع الإعمار المتوقفة منذ سنوات.

وفي سوق باب السراي، قال بائع أقمشة خمسيني: "أني بالسوق صار لي عشرين سنة، الحمد لله الحال أحسن من قبل، بس الكهربا تنقطع والمولدة تاخذ فلوس كلش، وإذا ما يحاسبوهم منو يحاسبهم؟".

وتستعد الموصل لاستضافة مهرجان للكتاب في حدائق الغابات نهاية الشهر الجاري، بمشاركة دور نشر من مختلف المحافظات.""",
        [],
        not_targets=["Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alakhbar-casablanca-business-page-2024",
        date(2024, 5, 16),
        """اندماج مرتقب بين شركتين للتأمين.. و«الهيئة» تعلق تداول سهم عقاري

الدار البيضاء - «الأخبار»

وقع الرئيسان المديران العامان لشركتين مغربيتين للتأمين، أمس الأربعاء، بروتوكول اندماج يقضي بضم أنشطتهما في كيان واحد يصبح ثالث أكبر فاعل في السوق الوطنية، على أن تعرض العملية على هيئة مراقبة التأمينات والاحتياط الاجتماعي ومجلس المنافسة للحصول على الموافقات اللازمة قبل نهاية السنة.

وقال رئيس إحدى الشركتين إن الاندماج "سيمكن من تقليص التكاليف وتوسيع شبكة الوكلاء في المدن المتوسطة"، مشيرا إلى أن الكيان الجديد سيحتفظ بجميع المستخدمين ولن يلجأ إلى أي تسريحات.

وعلقت الهيئة المغربية لسوق الرساميل تداول سهم شركة عقارية مدرجة في بورصة الدار البيضاء لمدة يومين، بطلب منها، في انتظار نشر بلاغ حول إعادة هيكلة ديونها، على أن يستأنف التداول صباح الجمعة.

وفرض بنك المغرب عقوبات مالية على مؤسستين للأداء لعدم احترامهما قواعد اليقظة في مكافحة غسل الأموال، ولوّح بسحب الاعتماد من المؤسسات التي تتكرر مخالفاتها، فيما رفعت شركة لتوزيع المحروقات أسعار الغازوال بعشرين سنتيما للتر ابتداء من منتصف الليل.

وانضمت شركة ناشئة متخصصة في التكنولوجيا المالية إلى برنامج المسرعة الذي تشرف عليه مجموعة بنكية، كما انضم صندوق استثماري خليجي إلى رأسمال سلسلة مطاعم للوجبات السريعة بحصة أقلية.

ومدد مجلس المنافسة أجل البت في ملف استحواذ مجموعة فرنسية للتوزيع على سلسلة متاجر محلية شهرا إضافيا، بعد طلب معطيات تكميلية حول الحصص السوقية في جهتي الدار البيضاء سطات والرباط سلا القنيطرة.

ونشرت شركة توزيع الماء والكهرباء فرقا للصيانة في أحياء سيدي مومن والحي الحسني تحسبا لارتفاع الاستهلاك خلال فصل الصيف، فيما أعلنت شركة طيران منخفض التكلفة استئناف رحلاتها بين الدار البيضاء ومدينة ليل الفرنسية ابتداء من الشهر المقبل.

وأغلق مؤشر «مازي» على ارتفاع بنسبة 0.6 في المئة، بدعم من أسهم البنوك والاتصالات، وبلغ حجم المعاملات نحو مئتين وعشرين مليون درهم.

وفي سوق القريعة، قال تاجر ملابس: "الأسعار طالعة بزاف والمدخول باقي هو هو، الناس ولاو كيشريو غير اللي ضروري، وحتى العيد جاي ومابقاش الرواج بحال قبل، الله يجيب التيسير".

ويتوقع محللون أن تتسارع عمليات الاندماج في قطاع التأمين خلال السنوات المقبلة، في ظل تعميم التغطية الصحية الإجبارية ومتطلبات الملاءة الجديدة.""",
        [],
        not_targets=["Morocco", "France"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout66_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout66_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout66_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
