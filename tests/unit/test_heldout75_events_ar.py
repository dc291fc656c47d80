"""A seventy-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-four held-out sets: Arabic copy of 2013-2023 as the region's papers, sites and
agencies carry it (a Baghdad site, "بغداد - «العالم الجديد»", with a money changer of Karrada, "شنو
ذنبنا إحنا؟"; a Cairo daily, "القاهرة - «اليوم السابع»", with a Sudanese student of Zamalek, "الخبر ده
حلو"; a London daily, "لندن - «العربي الجديد»", with a restaurateur of Ealing from Jindires, "الله
يفرجها"; a Mauritanian site, "نواكشوط - «صحراء ميديا»", with a cloth trader of Bamako's Medina market
in Hassaniya, "الناس هون ما يبغو إلا الأمن والخبز"; a Sudanese site, "الخرطوم - «سودان تريبيون»", with
a tea seller at the sit-in, "نحن قاعدين هنا لحدي ما يسلموها للمدنيين"; an Abu Dhabi daily, "أبوظبي -
«الاتحاد»", with "الدولة" and "معالي" and a banker on the Corniche, "شي طيب"; an Amman daily, "عمان -
«الدستور»", with a tanker driver of the Baghdad road, "إذا زبط الأنبوب بنرتاح"; a Swedish Arabic site,
"ستوكهولم - «الكومبس»", with a Saudi student of KTH in Rinkeby, "كنا قلقانين على دراستنا"; a Baghdad
channel's site, "بغداد - «السومرية نيوز»", with a shopkeeper by al-Abbas's shrine, "هذوله ولدنا"; a
Manama daily, "المنامة - «أخبار الخليج»", with a fisherman of Muharraq, "البريطانيين من زمان هني"; a
Casablanca sports paper, "الدار البيضاء - «المنتخب»", with a Wydad fan, "الفريق ديالنا هاد العام واعر
بزاف"; a Muscat daily's business page, "مسقط - «الرؤية»", with an investor of Ruwi, "السوق هالأيام
زين") and on episodes the earlier sets do not carry as core news: the Treasury and the New York
Federal Reserve barring fourteen Iraqi banks from dollar transactions, July 2023; the African Union's
Peace and Security Council lifting Egypt's suspension, June 2014; the United Kingdom's general
licence for earthquake relief in Syria, February 2023; the Security Council's Resolution 2649
renewing the Mali sanctions regime for a year, August 2022; the Peace and Security Council giving
Sudan's Transitional Military Council fifteen days under threat of suspension, April 2019; the UAE
(with Bangladesh) admitted to the New Development Bank, September 2021; Jordan and Iraq signing the
framework agreement of the Basra-Aqaba oil pipeline, April 2013; Saudi Arabia announcing its
ambassador's return to Stockholm after the Wallström affair, March 2015; Adil Abdul-Mahdi detaching
the four shrine brigades from the Popular Mobilization and placing them under the commander-in-chief,
April 2020; HMS Jufair, the British naval support facility at Mina Salman, opened by the Duke of
York, April 2018.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings and article texts) by states, bodies, people, numbers and years in Arabic and
English spellings: "14 مصرف", "Basra-Aqaba"/"البصرة والعقبة", "2649", "Jufair"/"الجفير", "العتبات"/"Atabat",
"Wallström"/"فالستروم" and Egypt's reinstatement by the African Union are found nowhere as core news;
the AU's fifteen days to Sudan's military council are found in no docstring (the council only as a
party to the constitutional declaration, set 61); the UAE's NDB membership only as a line of set 63's
background; the Syria earthquake licences only as the US's (sets 2 and 31) and the EU's (sets 66
and 76), not the UK's. Some thirty other candidates were dropped because the search found them as
core news (among them Saudi Arabia and Thailand, Oman in the Islamic military coalition, Tunisia and
COMESA, Somalia and the East African Community, Sudan and Iran, Jordan and Qatar, the Iraqi
electricity waivers, the Darfur and South Sudan renewals, Resolution 1957 on Iraq, Ahlu Sunna
Waljama'a's integration, the Tariq bin Ziyad base, Mali's reconstituted units, the EU's Mubarak and
Ben Ali freezes).
Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(Saudi Arabia "أنها ستعيد سفيرها إلى ستوكهولم خلال الأيام المقبلة"), next to historical, negated and one
stalled event; two are near misses: a Casablanca sports page (a striker's "انضمام", a contract "مدد",
the ethics committee that "رفعت العقوبة", fines "فرضت … عقوبات مالية", registrations "علقت", a hotel
taken as a team's "قاعدة", a signing "ووقع اللاعب على العقد", the window's "تمديد", fans' trust
"استعادت") and a Muscat business page (a logistics group's "انضمامها إلى تحالف دولي من شركات الشحن",
operating agreements "وقعت", an offer "مددت", a share's trading "تعليق", the regulator's "غرامات", a
gas contract's "تمديد", a memorandum "وقعت", a telecom operator's "وجودها" in Tanzania, its share
"استعادت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … حظرا على 14 مصرفا
عراقيا يمنعها من إجراء أي تعاملات بالدولار" imposes (core; the United States, its Treasury and the New
York Fed, which told the central bank; Iraq the target, the banks being unnamed, as set 42 took
Thailand for unnamed officials), the four banks barred "مطلع العام الجاري" a historical imposition,
"ولم تشمل العقوبات الأمريكية مصرفي الرافدين والرشيد" a negated one. A Peace and Security Council that
"قرر … رفع تعليق عضوية مصر" lifts (core; the African Union; Egypt: a reinstatement is a lifting, as
set 29 and set 14 take the AU's), the suspension of July 2013 a historical imposition, "لم يرفع المجلس
… تعليق عضوية جمهورية أفريقيا الوسطى" a negated lifting, Equatorial Guinea (the summit's host) and
Ethiopia (the dam, the seat) no parties. A United Kingdom that "علقت … لمدة ستة أشهر جانبا من القيود
التي تفرضها عقوباتها على سوريا" suspends (core; the United Kingdom; Syria), the US Treasury's licence
"الأسبوع الماضي" a historical suspension, "لم ترفع الحكومة البريطانية العقوبات المفروضة على الرئيس بشار
الأسد" a negated lifting, the sanctions "منذ عام 2011" a historical imposition. A Security Council that
"مدد … لمدة عام العقوبات المفروضة على مالي" extends (core; the Council; Mali; not France, the
penholder, Algeria, the accord's host, or Mauritania, the site's country), Resolution 2374 of 2017 and
the eight listings historical impositions, "لم يفرض المجلس حظرا على توريد الأسلحة" a negated
imposition, ECOWAS's sanctions of January and their lifting in July a historical imposition and a
historical lifting, Barkhane's last soldiers gone two weeks before a historical presence. A Peace and
Security Council that "هدد … بتعليق عضوية السودان … إذا لم يسلم المجلس العسكري الانتقالي السلطة"
threatens (core; the African Union; Sudan and its military council; not Egypt, the AU's chair, or
Ethiopia, the seat), "لم يقرر المجلس تعليق عضوية السودان فورا" a negated imposition, the talks that
"تراوح … مكانها دون التوصل إلى اتفاق" a stalled signing of the military council and the Forces of
Freedom and Change, Sudan's place on the US list "منذ عام 1993" a historical imposition. A UAE that
"انضمت … إلى عضوية بنك التنمية الجديد" joins (core; the UAE with Bangladesh; the bank; not China, its
seat, or India), the BRICS states' founding agreement of Fortaleza a historical signing, "لم تنضم
الدولة إلى مجموعة "بريكس" نفسها" a negated joining. A Jordan and an Iraq that "وقع … اتفاقية إطارية
لمد أنبوب" sign (core; the two states, al-Batayneh and al-Luaibi), "لم يوقع الجانبان بعد أي عقد مع
شركات التنفيذ" a negated signing, Egypt's gas cuts no event. A Saudi Arabia that "ستعيد سفيرها إلى
ستوكهولم خلال الأيام المقبلة" restores ties, planned (core; Saudi Arabia; Sweden; not Egypt, where the
Arab League met), the recall no event (none of the ten types), "لم تعلن الرياض بعد استئناف منح تأشيرات
العمل للسويديين" a negated lifting (the stopped visas a measure against Sweden), the memorandum of 2005
a historical signing, the businessmen's open letter no event. An Abdul-Mahdi who "قرر … دمج ألوية
العتبات الأربعة في القوات المسلحة" integrates forces (core; Iraq and Abdul-Mahdi; the shrine brigades,
which the knowledge base may lack), his decree of July 2019 on the whole Popular Mobilization a
historical integration, "لم يشمل القرار الجديد فصائل أخرى … كتائب حزب الله وعصائب أهل الحق" a negated
one, al-Muhandis's killing no event (not Iran, not the United States). A Duke of York who "افتتح …
قاعدة الدعم البحري البريطانية" with some 500 of the Royal Navy is a presence (core; the United
Kingdom; Bahrain), the agreement of December 2014 a historical signing, the withdrawal of 1971 a
historical presence, "لا تنوي لندن نشر قوات برية في القاعدة" a negated presence, the US Fifth Fleet
"منذ عقود" a historical presence (not Iran, named for its threats); the Casablanca sports page and
the Muscat business page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 5a7ceae, in a worktree whose only change was this file), in one
run: events P 0.727 R 0.700 F1 0.713 (recall 7/10, precision 8/11; occurred core found 6/9, planned
1/1 as the score counts it; historical 13/15, negated 10/10 and stalled 1/1 kept quiet). No
annotation was changed after the run. Two false alarms and one unexpected alert; the sports page
raises nothing.

Missed (three articles, strict xfails): in ar-h75-05 the threat "هدد مجلس السلم والأمن … بتعليق عضوية
السودان في الاتحاد إذا لم يسلم المجلس العسكري الانتقالي السلطة" gives no event at all; in ar-h75-09 the
decision "قرر … دمج ألوية العتبات الأربعة في القوات المسلحة، بفك ارتباطها بهيئة الحشد الشعبي" is read
with no actor and the Popular Mobilization Forces, which the brigades leave, for target, so it meets
only the historical integration of 2019; in ar-h75-10 "افتتح … قاعدة الدعم البحري البريطانية "إتش إم
إس الجفير" في ميناء سلمان" gives no presence (only the agreement of 2014, the withdrawal of 1971 read
from "لإنشاء" with Bahrain for actor, and the negated ground forces).

False alarms and unexpected alerts (three articles, strict xfails): in ar-h75-03 "بموجب ترخيص عام
أصدره مكتب تنفيذ العقوبات المالية التابع لوزارة الخزانة" (a licence issued) gives an occurred imposition
with Syria, the office and the US Treasury for actors; in ar-h75-09 the integration above is a false
alarm against the historical one; in ar-h75-12 the logistics group's second mention, "إن الانضمام
إلى التحالف "يمنح الشركات العمانية …"", a coalition of firms named two sentences before, gives an
occurred joining with Oman for actor.

Seen but not scored: in ar-h75-01 the imposition has no target (Iraq is not reached from "مصرفا
عراقيا"), and the four banks of January and the negated state banks give nothing; in ar-h75-02 the
negated lifting has Egypt for actor and the suspension of 2013 gives nothing; in ar-h75-03 the US
licence has no target; in ar-h75-04 Resolution 2374 and the listings, the negated arms embargo, the
ECOWAS lifting and Barkhane give nothing, and ECOWAS's imposition of January is read negated (kept
quiet, but not historical); in ar-h75-05 the negated suspension, the stalled talks and the US list
give nothing; in ar-h75-06 Bangladesh is no actor and the negated BRICS joining gives nothing; in
ar-h75-07 the signing has an unresolved span of the minister's title, "والثروة المعدنية الدكتور", for
target and the negated contract gives nothing; in ar-h75-08 a second restoration, read occurred from
"عودة سفيرها" of the Saudi agency's quote, sits beside the planned one, and the negated visas and
the memorandum of 2005 give nothing; in ar-h75-10 the negated presence has no target and the Fifth
Fleet gives nothing.

After the fixes of 2026-12-06: P 0.800 R 0.700 F1 0.747 (recall 7/10, precision 8/10; occurred core
found 6/9, planned 1/1; historical 14/15, negated 10/10 and stalled 1/1 kept quiet). Fixed, with
rule sentences in ``tests/unit/test_heldout75_rules_ar.py``: a sanctions word inside the name of
the office that is the issuing verb's subject ("ترخيص عام أصدره مكتب تنفيذ العقوبات المالية") is no
object of that verb, as a force inside the deploying subject already is not (``rasd/events/extractor.py``,
the cue loop of the trigger check); sanctions issued ("أصدرت وزارة الخزانة عقوبات جديدة") and the
office's licence read as a suspension keep their reading. This cures ar-h75-03.
Tried and dropped: a spec reading a bloc's threat to suspend a member ("هدد … بتعليق عضوية") as a
threat of sanctions: the analyzer reads no suspension of membership as an imposition either
("علق الاتحاد الأفريقي عضوية غينيا" gives nothing; only its lifting is read), so the threat alone
would break that design, and the spec did not fire; no time was left to settle it. Fixed later by
the bloc-suspension rule (``test_bloc_suspends_member``: a bloc's suspension of a member state is an
imposition, the threat of it a threat), and the strict xfail of ar-h75-05 removed.
Left as strict xfails: ar-h75-05 (the AU's threat, for the reason above); ar-h75-09, whose
"دمج ألوية العتبات … بفك ارتباطها بهيئة الحشد الشعبي" takes the body left for the body joined and finds
no actor in "رئيس حكومة تصريف الأعمال عادل عبد المهدي"; ar-h75-10, where the knowledge base links "قاعدة
الدعم البحري البريطانية" (and "القاعدة البحرية البريطانية في البحرين") to the facility itself, which swallows
the demonym that gives the actor (the indefinite "قاعدة بحرية بريطانية" is read): a question of the
entity linker, not of the trigger; ar-h75-12, the coalition of firms named in one sentence and
joined, as "التحالف", in a later one: a reference across sentences the check does not follow.

``python -m tests.unit.test_heldout75_events_ar`` prints every article's alerts and the set's
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
_TREASURY = "United States Department of the Treasury"
_FED = "Federal Reserve Bank of New York"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-01-alalam-aljadeed-us-bars-iraqi-banks-from-dollar-2023",
        date(2023, 7, 20),
        """واشنطن تحرم 14 مصرفا عراقيا من الدولار.. و«المركزي» يطمئن المودعين

بغداد - «العالم الجديد»

فرضت وزارة الخزانة الأمريكية، أمس الأربعاء، حظرا على 14 مصرفا عراقيا يمنعها من إجراء أي تعاملات بالدولار، بعد أن توصلت تحقيقات أمريكية إلى أن هذه المصارف استخدمت منصة التحويلات الخارجية في عمليات غسل أموال وتهريب للعملة الصعبة، يشتبه في أن جانبا منها ذهب إلى جهات خاضعة للعقوبات في المنطقة.

وأبلغ البنك الاحتياطي الفيدرالي في نيويورك، الذي يحتفظ بعائدات النفط العراقي، البنك المركزي العراقي بالقرار في رسالة رسمية، بحسب مصادر مصرفية تحدثت لـ«العالم الجديد»، مشيرة إلى أن الحظر يشمل مصارف أهلية صغيرة ومتوسطة أغلبها إسلامية، وأن المصارف المعنية لن تتمكن بعد اليوم من المشاركة في مزاد بيع العملة.

وقال محافظ البنك المركزي علي العلاق، في مؤتمر صحفي عقده مساء أمس، إن المصارف المشمولة بالقرار "تستطيع الاستمرار في تقديم خدماتها بالدينار العراقي"، وإن "أموال المودعين مصونة ولا خوف عليها"، مضيفا أن البنك سيعمل مع الجانب الأمريكي على "تصحيح أوضاع هذه المصارف وإعادة تأهيلها".

وكان الاحتياطي الفيدرالي قد منع مطلع العام الجاري أربعة مصارف عراقية من التعامل بالدولار، في إطار الضوابط التي فرضها منذ نوفمبر الماضي على التحويلات الخارجية، والتي ألزمت المصارف العراقية بإدخال بيانات المستفيد النهائي من كل حوالة على منصة إلكترونية.

ولم تشمل العقوبات الأمريكية مصرفي الرافدين والرشيد الحكوميين، اللذين تتهمهما أوساط نيابية بالتساهل في تدقيق الحوالات، ولم يصدر عن وزارة الخزانة أي تعليق على هذه الاتهامات.

ويرى الخبير الاقتصادي نبيل المرسومي أن القرار "سيضغط على سعر صرف الدينار في السوق الموازية خلال الأيام المقبلة"، لكنه "يدفع في الوقت نفسه نحو تنظيف القطاع المصرفي من المصارف التي تعيش على مزاد العملة ولا تقدم خدمات حقيقية للاقتصاد".

وارتفع سعر صرف الدولار في بورصة الكفاح وسط بغداد صباح اليوم إلى نحو 1500 دينار للدولار الواحد، مقابل 1470 دينارا قبل يومين، فيما شهدت مكاتب الصيرفة في الحارثية والمنصور إقبالا على شراء العملة الأمريكية.

وقال صاحب مكتب صيرفة في الكرادة: "شنو ذنبنا إحنا؟ كل يوم الدولار بسعر، والناس خايفة على فلوسها، والله ما نعرف شنو يصير باجر".""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY, _FED], ["Iraq"]),
            G("sanctions.imposed", "historical", [_US, _FED], ["Iraq"], core=False),
            G("sanctions.imposed", "negated", [_US], ["Rafidain Bank", "Rasheed Bank"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-02-youm7-au-lifts-egypt-suspension-2014",
        date(2014, 6, 18),
        """الاتحاد الأفريقي يرفع تعليق عضوية مصر بعد عام من القطيعة

القاهرة - «اليوم السابع»

قرر مجلس السلم والأمن التابع للاتحاد الأفريقي، أمس الثلاثاء، رفع تعليق عضوية مصر في الاتحاد واستئناف مشاركتها في جميع أنشطته، وذلك في اجتماع عقده المجلس بمقر الاتحاد في أديس أبابا، بعد أقل من أسبوعين على أداء الرئيس عبد الفتاح السيسي اليمين الدستورية.

وجاء القرار بناء على تقرير لجنة الحكماء رفيعة المستوى التي ترأسها الرئيس المالي الأسبق ألفا عمر كوناري، والتي زارت القاهرة عدة مرات خلال الأشهر الماضية والتقت مسؤولين وممثلين عن الأحزاب والمجتمع المدني، وخلصت إلى أن مصر استكملت الاستحقاقات الرئيسية لخارطة الطريق بإقرار الدستور وإجراء الانتخابات الرئاسية.

ورحبت وزارة الخارجية المصرية بالقرار، ووصفه المتحدث باسمها السفير بدر عبد العاطي بأنه "تصحيح لوضع لم يكن يعبر عن حقيقة ما جرى في مصر"، مؤكدا أن القاهرة "ستعود إلى ممارسة دورها الطبيعي في القارة التي تنتمي إليها"، وأن وزير الخارجية سامح شكري سيبدأ جولة أفريقية خلال الأيام المقبلة.

وكان المجلس قد علق عضوية مصر في الخامس من يوليو 2013، بعد يومين من عزل الرئيس الأسبق محمد مرسي، استنادا إلى قواعد الاتحاد التي تحظر التغييرات غير الدستورية للحكومات، وهو القرار الذي وصفته القاهرة حينها بأنه "متسرع".

وفي المقابل، لم يرفع المجلس في اجتماعه تعليق عضوية جمهورية أفريقيا الوسطى، المعلقة منذ مارس 2013، معتبرا أن الظروف في بانغي "لا تزال بعيدة عن عودة النظام الدستوري".

ومن المنتظر أن يشارك الرئيس السيسي في القمة الأفريقية التي تستضيفها مالابو عاصمة غينيا الاستوائية نهاية الشهر الجاري، في أول مشاركة مصرية على مستوى القمة منذ تعليق العضوية، وهي مشاركة يرى دبلوماسيون أنها ستتيح للقاهرة فتح ملفات عالقة في مقدمتها سد النهضة الإثيوبي.

وقال الدكتور أيمن شبانة، أستاذ العلوم السياسية بمعهد البحوث والدراسات الأفريقية، إن القرار "يعيد لمصر منبرا مهما كانت تفتقده في لحظة حساسة"، لكنه "لا يكفي وحده، فالمطلوب سياسة أفريقية جديدة تقوم على المصالح والتنمية لا على الخطاب".

وفي حي الزمالك، قال طالب سوداني يدرس في جامعة القاهرة: "الخبر ده حلو، مصر لازم تكون في قلب أفريقيا، وإحنا هنا بنحس إن البلد دي بيتنا التاني".""",
        [
            G("sanctions.lifted", "occurred", [_AU], ["Egypt"]),
            G("sanctions.imposed", "historical", [_AU], ["Egypt"], core=False),
            G("sanctions.lifted", "negated", [_AU], ["Central African Republic"], core=False),
        ],
        not_targets=["Equatorial Guinea", "Ethiopia", "Mali"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-03-alaraby-uk-suspends-syria-sanctions-earthquake-2023",
        date(2023, 2, 16),
        """بريطانيا تعلق جانبا من قيود عقوباتها على سوريا لتسهيل إغاثة منكوبي الزلزال

لندن - «العربي الجديد»

علقت الحكومة البريطانية، أمس الأربعاء، لمدة ستة أشهر جانبا من القيود التي تفرضها عقوباتها على سوريا، بموجب ترخيص عام أصدره مكتب تنفيذ العقوبات المالية التابع لوزارة الخزانة، يسمح للمنظمات الإنسانية والجهات المانحة بإرسال الأموال والمساعدات إلى المناطق المنكوبة بالزلزال دون الحاجة إلى طلب تراخيص فردية.

وقالت وزارة الخارجية البريطانية، في بيان، إن الترخيص "يزيل أي لبس قد يعيق وصول الإغاثة إلى الشعب السوري"، مؤكدة أن العقوبات البريطانية "لم تستهدف في أي وقت المساعدات الإنسانية"، وأن الخطوة تأتي "استجابة لحجم الكارثة غير المسبوق".

وكانت وزارة الخزانة الأمريكية قد أصدرت الأسبوع الماضي ترخيصا عاما مماثلا لمدة 180 يوما يجيز المعاملات المتعلقة بجهود الإغاثة من الزلزال، وهو ما شجع منظمات بريطانية على المطالبة بخطوة مماثلة من لندن.

ولم ترفع الحكومة البريطانية العقوبات المفروضة على الرئيس بشار الأسد وأركان حكومته، ولا تجميد أصول البنك المركزي السوري، وشدد البيان على أن "نظام الأسد يتحمل مسؤولية معاناة السوريين قبل الزلزال وبعده".

وتفرض بريطانيا عقوبات على سوريا منذ عام 2011 ضمن إطار الاتحاد الأوروبي، ونقلتها إلى نظام وطني خاص بعد خروجها من الاتحاد، وتشمل تجميد أصول أكثر من ثلاثمئة شخص وكيان، وحظر تصدير معدات يمكن استخدامها في القمع.

ورحبت منظمات إغاثة بريطانية عاملة في شمال غرب سوريا بالخطوة، وقالت مديرة إحدى هذه المنظمات لـ«العربي الجديد» إن المصارف "كانت ترفض تحويلات صغيرة خوفا من المخالفة، وكنا نضطر إلى الانتظار أسابيع"، معربة عن أملها أن "تنعكس الخطوة سريعا على قنوات التحويل".

في المقابل، رأى ناشطون سوريون في لندن أن الترخيص "لن يغير كثيرا على الأرض ما لم تفتح المعابر"، في إشارة إلى أن معبر باب الهوى ظل لأيام المنفذ الوحيد لدخول المساعدات الأممية إلى الشمال الغربي، قبل أن تفتح دمشق معبرين إضافيين لمدة ثلاثة أشهر.

وقال صاحب مطعم سوري في حي إيلينغ غربي لندن، وهو من مدينة جنديرس: "الله يفرجها، أهلي لسا تحت الخيم، وكل يوم عم نجمع تبرعات ونبعتها، بس المهم توصل للناس".""",
        [
            G("sanctions.suspended", "occurred", ["United Kingdom"], ["Syria"]),
            G("sanctions.suspended", "historical", [_US, _TREASURY], ["Syria"], core=False),
            G("sanctions.lifted", "negated", ["United Kingdom"], ["Bashar al-Assad", "Syria"], core=False),
            G("sanctions.imposed", "historical", ["United Kingdom"], ["Syria"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-04-sahara-medias-unsc-extends-mali-sanctions-2022",
        date(2022, 8, 31),
        """مجلس الأمن يمدد العقوبات المفروضة على مالي لمدة عام

نواكشوط - «صحراء ميديا»

مدد مجلس الأمن الدولي، أمس الثلاثاء، لمدة عام العقوبات المفروضة على مالي، والتي تشمل حظر السفر وتجميد الأصول على أشخاص يتهمهم بعرقلة تنفيذ اتفاق السلام والمصالحة الموقع في الجزائر، كما مدد ولاية فريق الخبراء المكلف بمتابعة تنفيذها.

واعتمد المجلس القرار 2649 الذي صاغته فرنسا، وأبقى بموجبه على المعايير التي تسمح للجنة العقوبات بإدراج أسماء جديدة، ومن بينها تمويل الجماعات الإرهابية والاعتداء على قوات حفظ السلام وعرقلة إيصال المساعدات الإنسانية. ويرتقب أن يقدم فريق الخبراء تقريره النهائي قبل نهاية الولاية الجديدة، مع توصيات بشأن تحديث القائمة وآليات متابعة تنقل الأشخاص المدرجين فيها عبر دول الجوار.

وكان المجلس قد أنشأ نظام العقوبات الخاص بمالي في سبتمبر 2017 بموجب القرار 2374، قبل أن تدرج لجنته في ديسمبر 2018 وفي 2019 ثمانية أشخاص على قائمتها، بينهم قياديون في حركات موقعة على اتفاق الجزائر وآخرون متهمون بالاتجار في المخدرات.

ولم يفرض المجلس حظرا على توريد الأسلحة إلى مالي، رغم مطالبة منظمات حقوقية بذلك بعد تقارير عن انتهاكات في منطقة موبتي وسط البلاد.

وتأتي هذه الخطوة في ظل توتر متصاعد بين باماكو وشركائها الغربيين، بعد أسبوعين من مغادرة آخر جنود قوة "برخان" الفرنسية للأراضي المالية، واتهام المجلس العسكري الحاكم لباريس بانتهاك أجوائه.

وكانت المجموعة الاقتصادية لدول غرب أفريقيا "إيكواس" قد فرضت في يناير الماضي عقوبات اقتصادية ومالية مشددة على مالي، شملت إغلاق الحدود وتجميد أصول الدولة في المصرف المركزي لدول غرب أفريقيا، قبل أن ترفعها في قمة أكرا مطلع يوليو بعد إعلان باماكو جدولا زمنيا للعودة إلى الحكم المدني.

ويرى الباحث الموريتاني في شؤون الساحل محمد الأمين ولد الداه أن تمديد العقوبات الأممية "إجراء روتيني في ظاهره"، لكنه "يبقي ورقة ضغط في يد المجموعة الدولية على الأطراف التي تعرقل تطبيق اتفاق الجزائر، في وقت تتراجع فيه الثقة بين باماكو والحركات الموقعة".

وفي سوق المدينة ببماكو، قال تاجر موريتاني يبيع الأقمشة منذ عشرين عاما: "الناس هون ما يبغو إلا الأمن والخبز، والعقوبات والقرارات ذي ما تنعرف عنها حاجة في السوق، الله يجيب الخير".""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Mali"]),
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            G("sanctions.imposed", "negated", [_UNSC], ["Mali"], core=False),
            G("sanctions.imposed", "historical", ["Economic Community of West African States"], ["Mali"], core=False),
            G("sanctions.lifted", "historical", ["Economic Community of West African States"], ["Mali"], core=False),
            G("military.presence", "historical", ["France"], ["Mali"], core=False),
        ],
        not_targets=["Algeria", "Mauritania", "Ghana"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-05-sudan-tribune-au-threatens-sudan-suspension-2019",
        date(2019, 4, 16),
        """الاتحاد الأفريقي يمهل العسكريين في السودان 15 يوما لتسليم السلطة للمدنيين

الخرطوم - «سودان تريبيون»

هدد مجلس السلم والأمن التابع للاتحاد الأفريقي، أمس الاثنين، بتعليق عضوية السودان في الاتحاد إذا لم يسلم المجلس العسكري الانتقالي السلطة إلى سلطة مدنية انتقالية خلال 15 يوما، وذلك في ختام اجتماع طارئ عقده المجلس في أديس أبابا لبحث الأوضاع في البلاد بعد عزل الرئيس عمر البشير.

وقال المجلس، في بيان، إن "استيلاء الجيش على السلطة وتعليق الدستور يتعارضان مع مبادئ الاتحاد وميثاقه"، مؤكدا أن "الحل يجب أن يكون سودانيا بقيادة مدنية"، وأنه "سيعلق تلقائيا مشاركة السودان في جميع أنشطة الاتحاد" إذا انقضت المهلة دون تسليم السلطة.

ولم يقرر المجلس تعليق عضوية السودان فورا، كما فعل مع دول أخرى شهدت تغييرات غير دستورية، وهو ما عزاه دبلوماسيون إلى ضغوط من دول مجاورة، في مقدمتها مصر التي تتولى الرئاسة الدورية للاتحاد هذا العام.

وفي الخرطوم، تراوح المفاوضات بين المجلس العسكري وقوى إعلان الحرية والتغيير مكانها دون التوصل إلى اتفاق على شكل الفترة الانتقالية ونسب التمثيل في هياكلها، فيما يواصل آلاف المعتصمين اعتصامهم أمام مقر القيادة العامة للجيش لليوم العاشر على التوالي.

وقال المتحدث باسم المجلس العسكري الفريق شمس الدين كباشي إن المجلس "يرحب بأي جهد أفريقي"، لكنه "لن يسمح بأن تفرض على السودان حلول من الخارج"، مؤكدا أن المجلس "ملتزم بتسليم السلطة لحكومة مدنية خلال عامين كحد أقصى".

ويرى مراقبون أن المهلة الأفريقية تضع العسكريين أمام اختبار مبكر، خاصة أن السودان لا يزال مدرجا على القائمة الأمريكية للدول الراعية للإرهاب منذ عام 1993، وهو ما يحرمه من الحصول على قروض من المؤسسات المالية الدولية ويجعل الدعم الإقليمي أكثر أهمية.

وأشار المحلل السياسي الطيب زين العابدين إلى أن "تعليق العضوية في الاتحاد الأفريقي سيعزل السودان عن محيطه في لحظة يحتاج فيها إلى كل سند"، مضيفا أن "الكرة الآن في ملعب العسكريين والمدنيين معا".

وأمام مقر القيادة العامة، قالت بائعة شاي من أم درمان وهي تصب الأكواب للمعتصمين: "نحن قاعدين هنا لحدي ما يسلموها للمدنيين، والناس ديل لازم يسمعوا كلام الشارع".""",
        [
            G("sanctions.threatened", "occurred", [_AU], ["Sudan", "Transitional Military Council"]),
            G("sanctions.imposed", "negated", [_AU], ["Sudan"], core=False),
            G("agreement.signed", "stalled", ["Transitional Military Council", "Forces of Freedom and Change"], [], core=False),
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
        ],
        not_targets=["Egypt", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-06-alittihad-uae-joins-new-development-bank-2021",
        date(2021, 9, 3),
        """الإمارات تنضم إلى بنك التنمية الجديد التابع لمجموعة «بريكس»

أبوظبي - «الاتحاد»

انضمت دولة الإمارات العربية المتحدة، أمس، إلى عضوية بنك التنمية الجديد الذي أسسته دول مجموعة "بريكس"، في أول توسع لعضوية البنك منذ تأسيسه، إلى جانب جمهورية بنغلاديش الشعبية، بحسب ما أعلنه البنك من مقره في مدينة شنغهاي الصينية.

وقال معالي محمد بن هادي الحسيني، وزير الدولة للشؤون المالية، إن انضمام الدولة إلى البنك "يعكس التزامها بدعم التنمية المستدامة في الاقتصادات الناشئة، ويعزز شراكاتها الاقتصادية مع دول المجموعة"، مشيرا إلى أن العضوية "ستفتح أمام المؤسسات الوطنية آفاقا جديدة للتعاون في مشاريع البنية التحتية والطاقة النظيفة".

من جهته، رحب رئيس البنك ماركوس ترويخو بالعضوين الجديدين، وقال إن انضمامهما "خطوة مهمة نحو تحويل البنك إلى مؤسسة تنمية متعددة الأطراف ذات حضور عالمي"، مضيفا أن البنك يجري مفاوضات مع دول أخرى من مناطق مختلفة، وأن مجلس محافظيه سيواصل دراسة طلبات العضوية وفق معايير تضمن توازنا جغرافيا بين الأعضاء وتحافظ على التصنيف الائتماني للبنك.

وكانت البرازيل وروسيا والهند والصين وجنوب أفريقيا قد وقعت اتفاقية تأسيس البنك خلال قمة فورتاليزا في يوليو 2014، وبدأ البنك عملياته عام 2015 برأسمال مصرح به قدره مئة مليار دولار، وموّل منذ ذلك الحين عشرات المشاريع في الدول المؤسسة.

ولم تنضم الدولة إلى مجموعة "بريكس" نفسها، إذ تقتصر عضويتها الجديدة على البنك بوصفه مؤسسة تمويل مستقلة تفتح أبوابها لجميع أعضاء الأمم المتحدة.

ويرى خبراء اقتصاديون أن الخطوة تنسجم مع توجه الدولة إلى تنويع شراكاتها الاقتصادية شرقا وغربا، وتعزيز موقعها مركزا ماليا عالميا يربط بين الأسواق الآسيوية والأفريقية، لا سيما أن التبادل التجاري مع الصين والهند وحدهما تجاوز مئة مليار دولار العام الماضي.

وقال الخبير المصرفي أمجد نصر إن العضوية "تمنح الدولة صوتا في تحديد أولويات تمويل التنمية في الجنوب العالمي"، متوقعا أن تسهم المؤسسات المالية الوطنية في إصدارات سندات البنك بالعملات المحلية.

وفي أحد مقاهي كورنيش أبوظبي، قال موظف في القطاع المصرفي: "شي طيب، الدولة دايما سباقة، وإن شاء الله يكون فيه خير للشباب وللاقتصاد".""",
        [
            G("alliance.joined", "occurred", ["United Arab Emirates", "Bangladesh"], ["New Development Bank"]),
            G("agreement.signed", "historical", ["Brazil", "Russia", "India", "China", "South Africa"], ["New Development Bank"], core=False),
            G("alliance.joined", "negated", ["United Arab Emirates"], ["BRICS"], core=False),
        ],
        not_targets=["China", "India"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-07-addustour-jordan-iraq-sign-basra-aqaba-pipeline-2013",
        date(2013, 4, 10),
        """توقيع اتفاقية إطارية لمد أنبوب النفط من البصرة إلى العقبة

عمان - «الدستور»

وقع الأردن والعراق، أمس الثلاثاء، في بغداد اتفاقية إطارية لمد أنبوب لنقل النفط الخام العراقي من حقول البصرة إلى ميناء العقبة، بطاقة تصل إلى مليون برميل يوميا، إلى جانب أنبوب مواز لنقل الغاز الطبيعي، في مشروع تقدر كلفته بنحو 18 مليار دولار.

ووقع الاتفاقية عن الجانب الأردني وزير الطاقة والثروة المعدنية الدكتور علاء البطاينة، وعن الجانب العراقي وزير النفط عبد الكريم لعيبي، بحضور مسؤولين من البلدين، على أن يتم تنفيذ المشروع بنظام البناء والتشغيل ونقل الملكية.

وبموجب الاتفاقية، يمتد الأنبوب نحو 1700 كيلومتر عبر الأراضي العراقية مرورا بحديثة ثم الحدود الأردنية وصولا إلى العقبة، ويحصل الأردن على نحو 150 ألف برميل يوميا لتلبية احتياجات مصفاة البترول في الزرقاء، فيما يصدر الباقي عبر البحر الأحمر إلى الأسواق العالمية.

وقال البطاينة، في تصريحات للصحفيين عقب التوقيع، إن المشروع "يوفر للمملكة مصدرا آمنا ومستقرا للطاقة بعد الانقطاعات المتكررة في إمدادات الغاز المصري"، مضيفا أن الأردن سيحصل أيضا على رسوم عبور "تشكل موردا مهما للخزينة".

ولم يوقع الجانبان بعد أي عقد مع شركات التنفيذ، إذ تنص الاتفاقية على طرح المشروع في مناقصة دولية خلال الأشهر المقبلة، وسط توقعات بأن تستغرق أعمال الإنشاء ثلاث سنوات على الأقل، وأن تتقدم إليها شركات صينية وكورية وأوروبية سبق أن أبدت اهتمامها بالمشروع.

ويعتمد الأردن، الذي يستورد نحو 97 في المئة من حاجاته من الطاقة، على شاحنات الصهاريج لنقل كميات من النفط العراقي بأسعار تفضيلية عبر معبر الكرامة - طريبيل، وهو نقل مكلف ومعرض للانقطاع بسبب الأوضاع الأمنية في محافظة الأنبار.

ويرى الخبير في شؤون الطاقة عامر الشوبكي أن المشروع "يحمل فرصا كبيرة للبلدين"، لكنه "يواجه تحديات أمنية وتمويلية حقيقية، خاصة في الجزء الذي يمر بالأنبار"، داعيا إلى "ضمانات واضحة من الحكومة العراقية لحماية الأنبوب".

وقال سائق صهريج أردني يعمل على خط بغداد - عمان منذ سنوات: "والله الطريق صارت صعبة، وإذا زبط الأنبوب بنرتاح من السفر، بس بدنا نشوف شغل ثاني إلنا".""",
        [
            G("agreement.signed", "occurred", ["Jordan", "Iraq"], []),
            G("agreement.signed", "negated", ["Jordan", "Iraq"], [], core=False),
        ],
        not_targets=["Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-08-alkompis-saudi-ambassador-to-return-to-stockholm-2015",
        date(2015, 3, 27),
        """الرياض تعلن عودة سفيرها إلى ستوكهولم بعد رسالة من الملك كارل غوستاف

ستوكهولم - «الكومبس»

أعلنت المملكة العربية السعودية، أمس الخميس، أنها ستعيد سفيرها إلى ستوكهولم خلال الأيام المقبلة، منهية بذلك أزمة دبلوماسية استمرت أسبوعين مع السويد، بعد أن تسلم خادم الحرمين الشريفين الملك سلمان بن عبد العزيز رسالة من ملك السويد كارل السادس عشر غوستاف ورئيس الوزراء ستيفان لوفين.

وقالت وكالة الأنباء السعودية الرسمية إن الرسالة التي حملها المبعوث السويدي بيورن فون سيدوف "تضمنت توضيحا بأن السويد لم تقصد الإساءة إلى المملكة أو إلى الدين الإسلامي"، وإن الرياض "قررت بناء على ذلك عودة سفيرها لمباشرة مهامه".

ورحبت وزيرة الخارجية السويدية مارغوت فالستروم بالإعلان، وقالت للصحفيين في ستوكهولم إنها "سعيدة بعودة العلاقات إلى مسارها"، مؤكدة أن السويد "تحترم الإسلام بوصفه دينا عالميا عظيما"، وأن انتقاداتها "كانت تتعلق بحقوق الإنسان ولا تزال".

وكانت الرياض قد استدعت سفيرها من ستوكهولم في الحادي عشر من الشهر الجاري احتجاجا على تصريحات فالستروم بشأن أوضاع حقوق الإنسان والمرأة في المملكة، ومنعها من إلقاء كلمة أمام اجتماع وزراء الخارجية العرب في القاهرة، كما أوقفت منح تأشيرات العمل للمواطنين السويديين.

ولم تعلن الرياض بعد استئناف منح تأشيرات العمل للسويديين، ولم يتضح ما إذا كان هذا الإجراء سيرفع مع عودة السفير، في حين تواصل الشركات السويدية العاملة في المملكة نشاطها بصورة اعتيادية.

وجاءت الأزمة بعد أن قررت الحكومة السويدية عدم تجديد مذكرة التفاهم للتعاون العسكري والتقني التي وقعتها مع السعودية عام 2005، وهو القرار الذي أثار جدلا داخل السويد، ووقع ثلاثون من كبار رجال الأعمال رسالة مفتوحة حذروا فيها من تداعياته على الصادرات.

ويرى الباحث في العلاقات الدولية بجامعة لوند علي سعد أن "الرسالة الملكية كانت مخرجا ذكيا يحفظ ماء الوجه للطرفين"، مضيفا أن "المصالح الاقتصادية والطلاب السعوديين في السويد كانت عامل ضغط لا يمكن تجاهله".

وفي حي رينكبي شمال ستوكهولم، قال طالب سعودي يدرس الهندسة في المعهد الملكي للتكنولوجيا: "الحمد لله، كنا قلقانين على دراستنا وإقاماتنا، والحين إن شاء الله ترجع الأمور زي قبل".""",
        [
            G("relations.restored", "planned", ["Saudi Arabia"], ["Sweden"]),
            G("sanctions.lifted", "negated", ["Saudi Arabia"], ["Sweden"], core=False),
            G("agreement.signed", "historical", ["Sweden", "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-09-alsumaria-atabat-brigades-under-commander-in-chief-2020",
        date(2020, 4, 23),
        """عبد المهدي يفك ارتباط «ألوية العتبات» بالحشد ويلحقها بالقائد العام للقوات المسلحة

بغداد - «السومرية نيوز»

قرر رئيس حكومة تصريف الأعمال عادل عبد المهدي، أمس الأربعاء، دمج ألوية العتبات الأربعة في القوات المسلحة، بفك ارتباطها بهيئة الحشد الشعبي وإلحاقها إداريا وعملياتيا بالقائد العام للقوات المسلحة، في خطوة تعد الأولى من نوعها منذ تأسيس الحشد عام 2014.

وتضم الألوية المعنية، وهي فرقة العباس القتالية ولواء علي الأكبر ولواء أنصار المرجعية وفرقة الإمام علي القتالية، آلاف المقاتلين الذين تطوعوا استجابة لفتوى الجهاد الكفائي التي أصدرها المرجع الديني الأعلى علي السيستاني في يونيو 2014، وترتبط بالعتبتين الحسينية والعباسية في كربلاء والعتبة العلوية في النجف.

وقال مصدر في مكتب القائد العام لـ«السومرية نيوز» إن الأمر الديواني "ينظم عمل هذه الألوية ضمن المنظومة العسكرية الرسمية، ويضعها تحت إمرة القائد العام مباشرة، مع احتفاظ منتسبيها برواتبهم وحقوقهم ورتبهم، وتولي القيادة العامة تسليحهم وتدريبهم"، مشيرا إلى أن تفاصيل التنفيذ "ستحدد بتعليمات لاحقة".

وكان عبد المهدي قد أصدر في يوليو 2019 أمرا ديوانيا يقضي بأن تعمل جميع فصائل الحشد الشعبي "جزءا لا يتجزأ من القوات المسلحة"، وأن تتخلى عن أسمائها وارتباطاتها السياسية، غير أن تطبيق ذلك الأمر ظل جزئيا.

ولم يشمل القرار الجديد فصائل أخرى منضوية في الحشد، ومن بينها كتائب حزب الله وعصائب أهل الحق، التي تتمسك بالبقاء ضمن هيكل الهيئة.

وجاء القرار بعد أشهر من خلافات بين قيادات ألوية العتبات وقيادة هيئة الحشد، تصاعدت عقب مقتل نائب رئيس الهيئة أبو مهدي المهندس في غارة أمريكية قرب مطار بغداد في يناير الماضي، واختيار عبد العزيز المحمداوي خلفا له، وهو ما رفضته الألوية الأربعة.

ويرى الباحث في الشؤون الأمنية هشام الهاشمي أن الخطوة "تكرس انقساما بين حشد المرجعية والفصائل القريبة من إيران"، مضيفا أنها "قد تكون نموذجا لفصائل أخرى إذا توفرت الإرادة السياسية لدى الحكومة المقبلة".

وفي أحد محال بيع التربة والمسابح قرب العتبة العباسية في كربلاء، قال صاحب المحل: "هذوله ولدنا، طلعوا بفتوى المرجعية وحموا البلد، والمهم يبقون للعراق مو لغيره".""",
        [
            G("forces.integrated", "occurred", ["Iraq", "Adil Abdul-Mahdi"], ["Atabat brigades"]),
            G("forces.integrated", "historical", ["Iraq", "Adil Abdul-Mahdi"], ["Popular Mobilization Forces"], core=False),
            G("forces.integrated", "negated", ["Iraq"], ["Kata'ib Hezbollah", "Asa'ib Ahl al-Haq"], core=False),
        ],
        not_targets=["Iran", "United States"],
        known_miss="the integration of the shrine brigades has no actor and the PMF for target",
        known_alarm="the same integration is a false alarm against the historical one of 2019",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-10-akhbar-alkhaleej-hms-jufair-opens-2018",
        date(2018, 4, 6),
        """افتتاح القاعدة البحرية البريطانية في ميناء سلمان بحضور الأمير أندرو

المنامة - «أخبار الخليج»

افتتح صاحب السمو الملكي الأمير أندرو دوق يورك، أمس الخميس، قاعدة الدعم البحري البريطانية "إتش إم إس الجفير" في ميناء سلمان، بحضور عدد من كبار المسؤولين في المملكة وقادة قوة دفاع البحرين وسفراء الدول الصديقة، لتصبح أول قاعدة عسكرية بريطانية دائمة في منطقة شرق السويس منذ أكثر من أربعة عقود.

وتستضيف القاعدة نحو 500 من أفراد البحرية الملكية البريطانية، وتوفر الدعم اللوجستي وأماكن الإقامة والتخزين لكاسحات الألغام والفرقاطات والمدمرات البريطانية العاملة في الخليج العربي، كما تتيح استقبال حاملات الطائرات الجديدة في زياراتها المقبلة للمنطقة.

وقال الأمير أندرو في كلمته إن القاعدة "تجسد التزام المملكة المتحدة طويل الأمد بأمن الخليج واستقراره"، و"علاقة الصداقة التاريخية بين البلدين التي تمتد لأكثر من مئتي عام".

وكانت المملكة المتحدة ومملكة البحرين قد وقعتا في ديسمبر 2014، على هامش منتدى حوار المنامة، اتفاقية لإنشاء القاعدة، تحملت البحرين بموجبها الجزء الأكبر من كلفة البناء المقدرة بعشرات الملايين من الدولارات.

وكانت القوات البريطانية قد انسحبت من البحرين عام 1971، في إطار قرار لندن الانسحاب من شرق السويس، بعد أن ظلت قاعدة "الجفير" مقرا لقيادة البحرية البريطانية في الخليج لعقود.

ولا تنوي لندن نشر قوات برية في القاعدة الجديدة، بحسب ما أكده مسؤول في السفارة البريطانية لـ«أخبار الخليج»، موضحا أن دورها "بحري ولوجستي بالدرجة الأولى"، وأن عدد الأفراد فيها سيتغير بحسب حجم القطع البحرية الموجودة في المنطقة.

ويستضيف ميناء سلمان منذ عقود مقر القيادة المركزية للقوات البحرية الأمريكية والأسطول الخامس، وهو ما يجعل من البحرين، بحسب مراقبين، "محورا رئيسيا في منظومة الأمن البحري بالمنطقة".

ويرى المحلل العسكري البحريني العميد المتقاعد يوسف المالكي أن القاعدة "تعزز قدرة المملكة على مواجهة التهديدات، خاصة في ظل التدخلات الإيرانية وتهديدات الملاحة في مضيق هرمز وباب المندب".

وفي سوق المحرق القديم، قال صياد بحريني في الستين من عمره: "البريطانيين من زمان هني، أبوي كان يشتغل وياهم في الجفير، واليوم رجعوا من جديد".""",
        [
            G("military.presence", "occurred", ["United Kingdom"], ["Bahrain"]),
            G("agreement.signed", "historical", ["United Kingdom", "Bahrain"], [], core=False),
            G("military.presence", "historical", ["United Kingdom"], ["Bahrain"], core=False),
            G("military.presence", "negated", ["United Kingdom"], ["Bahrain"], core=False),
            G("military.presence", "historical", [_US], ["Bahrain"], core=False),
        ],
        not_targets=["Iran"],
        known_miss="the opening of the British naval base gives no presence",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-11-almountakhab-wydad-signing-and-ban-lifted",
        date(2023, 1, 20),
        """الوداد يعلن انضمام مهاجم كونغولي.. والجامعة ترفع العقوبة عن حارس الرجاء

الدار البيضاء - «المنتخب»

أعلن نادي الوداد الرياضي، أمس، انضمام المهاجم الكونغولي الشاب إلى صفوفه بعقد يمتد ثلاثة مواسم، قادما من أحد أندية الدوري الكونغولي، في صفقة وصفتها إدارة النادي بأنها "استثمار في المستقبل"، بعد أن تابعه الطاقم التقني خلال منافسات كأس الكونفدرالية الأفريقية.

ووقع اللاعب على العقد بحضور رئيس النادي والمدير الرياضي، وخضع للفحوصات الطبية بنجاح، على أن يلتحق بالتداريب الجماعية مطلع الأسبوع المقبل، استعدادا لمباراة الديربي المرتقبة أمام الرجاء الرياضي في الجولة الخامسة من البطولة الاحترافية.

وفي سياق متصل، مدد الوداد عقد قائده الدولي موسما إضافيا، بعد مفاوضات دامت أسابيع، ليبقى في القلعة الحمراء حتى 2025، فيما رفض النادي عرضا خليجيا مغريا لضم لاعب وسط الميدان.

ومن جهتها، رفعت لجنة الأخلاقيات التابعة للجامعة الملكية المغربية لكرة القدم العقوبة التي فرضتها الشهر الماضي على حارس مرمى الرجاء، بعد قبول الاستئناف الذي تقدم به النادي، ليصبح الحارس جاهزا للمشاركة في الديربي.

كما فرضت اللجنة التأديبية عقوبات مالية على ثلاثة أندية بسبب استعمال الشهب الاصطناعية في المدرجات، وقررت إجراء مباراة أحد فرق الشمال دون جمهور، فيما علقت الرابطة الوطنية لكرة القدم الاحترافية تسجيل اللاعبين الجدد لناديين لم يسويا نزاعات مالية مع لاعبين سابقين.

وعلى صعيد آخر، أعلنت العصبة الجهوية تمديد فترة الانتقالات الشتوية للأقسام الهاوية أسبوعا إضافيا، بطلب من عدد من الأندية التي تواجه صعوبات في استكمال ملفات لاعبيها.

ويخوض الفريق الأحمر معسكرا تدريبيا قصيرا في مدينة إفران، اتخذ فيه أحد الفنادق قاعدة له، بعيدا عن ضغط الجماهير، حيث يركز المدرب على الجانب البدني والتكتيكي قبل الديربي.

واستعادت الجماهير الودادية ثقتها في الفريق بعد سلسلة من ثلاثة انتصارات متتالية، رفعته إلى المركز الثاني في الترتيب العام، بفارق نقطتين عن المتصدر، قبل مواجهتين صعبتين خارج الديار أمام فريقين من أندية الشرق.

وقال مشجع ودادي التقته «المنتخب» أمام مركب محمد بنجلون: "الفريق ديالنا هاد العام واعر بزاف، وإن شاء الله غادي نربحو الديربي ونفرحو الجمهور".""",
        [],
        not_targets=["Democratic Republic of the Congo", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h75-12-alroya-asyad-joins-logistics-alliance",
        date(2023, 10, 25),
        """«أسياد» تنضم إلى تحالف دولي للخدمات اللوجستية.. وسهم «النهضة» يتراجع

مسقط - «الرؤية»

أعلنت مجموعة أسياد، الذراع اللوجستية لجهاز الاستثمار العماني، انضمامها إلى تحالف دولي من شركات الشحن والموانئ يهدف إلى تطوير ممرات تجارية رقمية تربط موانئ السلطنة بأسواق شرق أفريقيا وجنوب آسيا، في خطوة تقول المجموعة إنها ستخفض زمن التخليص الجمركي بنسبة تصل إلى 30 في المئة.

وقال الرئيس التنفيذي للمجموعة في تصريحات لـ«الرؤية» إن الانضمام إلى التحالف "يمنح الشركات العمانية منصة لتبادل البيانات مع شركائها في الموانئ الكبرى"، مضيفا أن المجموعة "وقعت اتفاقيات تشغيلية مع خطوط شحن عالمية لزيادة عدد الرحلات المباشرة إلى ميناء صحار".

ومن جانبها، مددت إحدى شركات التأمين المدرجة عرضها لشراء حصة الأقلية في شركة تأمين منافسة حتى نهاية الشهر المقبل، بعد أن طلب عدد من المساهمين مزيدا من الوقت لدراسة العرض.

وفي بورصة مسقط، أعلنت الإدارة تعليق التداول على سهم شركة النهضة للخدمات لمدة ساعة لحين نشر إفصاح جوهري، قبل أن يستأنف التداول ويتراجع السهم بنسبة 2.4 في المئة، في حين أغلق المؤشر العام مرتفعا بشكل طفيف عند مستوى 4500 نقطة.

كما فرضت هيئة الخدمات المالية غرامات على شركتي وساطة لمخالفتهما قواعد الإفصاح عن تعاملات كبار العملاء، في إطار حملة رقابية دورية تستهدف تعزيز الشفافية في السوق.

وعلى صعيد آخر، أعلنت شركة الطاقة عن تمديد عقد توريد الغاز لمصنع الأسمدة في صور لخمس سنوات إضافية، بأسعار لم تكشف عنها، فيما وقعت شركة عمانية للأغذية مذكرة تفاهم مع شركة هندية لتوزيع منتجاتها في أسواق الخليج.

وتسعى شركة الاتصالات المتكاملة إلى تعزيز وجودها في السوق التنزانية، بعد أن استعادت حصتها السوقية في السلطنة إثر إطلاق باقات جديدة للجيل الخامس خلال الربع الأخير.

وقال محللون في إحدى شركات الوساطة إن نتائج الشركات المدرجة للربع الثالث "جاءت أفضل من التوقعات في قطاعي الخدمات والصناعة"، متوقعين أن يستمر تدفق الاستثمارات الأجنبية إلى السوق مع استقرار أسعار النفط فوق مستوى 80 دولارا للبرميل.

وقال مستثمر في الخمسين من عمره يتابع الشاشات في إحدى شركات الوساطة بمنطقة روي: "السوق هالأيام زين، بس لازم الواحد يصبر، الأسهم ما تعطيك إلا إذا صبرت عليها".""",
        [],
        not_targets=["Oman", "Tanzania", "India"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout75_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout75_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout75_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
