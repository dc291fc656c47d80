"""A sixty-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty-six held-out sets: Arabic copy of 2010-2025 as the region's dailies carry it (a Baghdad
daily, "بغداد - «الصباح الجديد»", with a retired clerk of al-Mutanabbi Street, "شنو علاقتنا بكل
هذا؟"; a London daily's New York desk, "نيويورك: «الشرق الأوسط»", with a Karrada shopkeeper, "زين
اللي صار"; a Doha daily in its titles, "معالي الشيخ", with a carpet trader of Souq Waqif, "الحين
الناس هناك تعبانة"; an Algiers daily carrying wires, "نيويورك - «الشروق» / وكالات", with a grocer of
Debdeb, "ضرك ما بقا والو"; a London daily's double dateline, "أنقرة - واشنطن - «القدس العربي»", with
a Syrian money changer of Fatih; a Tunis daily, "تونس - «الصباح»", in its "ماي" and "جوان", with an
olive-oil exporter of Sfax, "السوق الأفريقية كبيرة برشا"; a Beirut site, "بيروت - «المدن»", with a
phone seller of Qamishli; a Dubai daily that calls its state "الدولة", "دبي - «البيان»", with a
Syrian cloth trader, "صار فينا نخلص أوراقنا"; an Amman daily's wire report, "عمان - «الغد» - وكالات",
with a Tartus fisherman, "الروس من زمان هون"; an Algiers sports daily, "الجزائر - «الهداف»", with
"جويلية", "تربص", "الميركاتو" and a Bab El Oued supporter; an Abu Dhabi business page, "أبوظبي -
«الخليج»", with a Naif market trader; an Amman city page, "عمان - «الغد»", with a vegetable seller)
and on episodes the earlier sets do not carry as core news: the US Treasury's sanctions on Fly
Baghdad, its chief executive and three members of Kata'ib Hezbollah, January 2024; the Security
Council's session chaired by Joe Biden lifting the restrictions on Iraq's weapons programmes and
closing oil-for-food, December 2010; Antony Blinken's waiver for the transfer of six billion
dollars of Iranian funds from South Korea to Qatari banks, September 2023; the Security Council
renewing for a year the authority to inspect ships off Libya under the arms embargo, May 2024;
Donald Trump and Mike Pence threatening Turkey with "large sanctions" over the pastor Andrew
Brunson, July 2018; Tunisia joining COMESA at the Lusaka summit, July 2018; Ahmed al-Sharaa and
Mazloum Abdi signing the agreement that merges the northeast's civil and military institutions
into the state, March 2025; the United Arab Emirates reopening its embassy in Damascus, December
2018; the Russian-Syrian agreement of 49 years on the naval base at Tartus, January 2017. Nine carry
core events of all ten alertable types (eleven in all), eight occurred and three planned (Tunisia
that "تصبح … خلال القمة … التي تنطلق غدا" a member; the SDF's institutions to be merged by
committees "بما لا يتجاوز نهاية العام"; the Russian navy that "سيكون بإمكان" to keep eleven ships
at Tartus), next to historical, negated and stalled ones; three are near misses: an Algiers
football page (a fine «فرضت … غرامة», a midfielder suspended, a warning of points deducted, a
striker's sanction "رفعت", a keeper's case "علقت", a defender who "وقع", a winger who "انضم", a
captain's contract "مدد", a partnership "وقعت" with a Jordanian club, youth players "دمج", two
clubs' presidents announcing "عودة العلاقات بين الناديين" and "استئناف التعاون", police to "نشر"
round a stadium), an Abu Dhabi business page (a central bank's fines «فرض … غرامات مالية» on two
exchange houses with a threat to withdraw licences, a share "علقت" and to resume, firms that
"انضمت" to an index, banks that "وقع" a merger memorandum and "دمج", fuel prices "رفع", a deadline
"مددت", flights "استئناف", trucks "نشرت") and an Amman city page (fines «فرضت … غرامات», stall
permits "تعليق", a threat to withdraw licences, a ban "رفعت", a deadline "مددت", a memorandum with
the Istanbul municipality "ووقعت", a network of cities "انضمت", two directorates "دمج", crews
"نشرت", a bus line "استئناف").

The decisions of the annotation, taken before any run: a Treasury that "أعلنت … فرض عقوبات على
شركة «فلاي بغداد» … إلى جانب ثلاثة من قادة وأعضاء «كتائب حزب الله»" imposes (core; the United
States, the Treasury and Brian Nelson; Fly Baghdad and Kata'ib Hezbollah, not Iran's Quds Force
that the firm is said to serve), "ولم تشمل الإجراءات الجديدة أي مسؤول في حكومة … السوداني" a
negated imposition, the FTO listing of 2009 and al-Fayyadh's of January 2021 historical
impositions, the dialogue on the coalition's exit that "يراوح مكانه" a stalled signing; a Council
that "رفع … القيود التي فرضها على العراق منذ مطلع التسعينات في ما يتعلق بأسلحة الدمار الشامل"
lifts (core; the Council and Biden, who chaired it; Iraq), Iraq that "انضمت إلى المعاهدات الدولية
ذات الصلة" a historical joining, "لم يرفع الالتزامات المتعلقة بالكويت" a negated lifting, the
blockade of 1990 and its lifting in 2003 historical, the maritime-border talks with Kuwait that
"تراوح مكانها" a stalled signing (Kuwait no target); a secretary who "وقّع … إعفاء من العقوبات يسمح
… بتحويل نحو ستة مليارات دولار من الأموال الإيرانية" suspends (core; the United States and
Blinken; Iran, not Qatar that hosts the funds nor South Korea that held them), Trump's reimposition
of 2018 historical, "الإعفاء لا يعني رفع أي عقوبات عن إيران" a negated lifting, the nuclear talks
"متوقفة" a stalled signing; a Council that "مدد … لمدة عام إضافي التفويض الممنوح للدول الأعضاء
بتفتيش السفن … بما يخالف حظر الأسلحة المفروض على البلاد" extends (core; the Council; Libya: the
authority enforces the embargo, so its renewal prolongs the sanction), the embargo and the Gaddafi
freeze of 2011 historical, "لم يستجب المجلس لمطالب … بتخفيف القيود" a negated suspension (easing
is a suspension, as sets 4, 5, 47, 63 and 66 have it), the chambers' talks on the electoral laws
"متعثرة" a stalled signing, Algeria, Malta, France and Russia no parties; a president who "هدد …
بفرض «عقوبات كبيرة» على تركيا ما لم تفرج عن القس" threatens (core; the United States, Trump and
Pence, who told Erdoğan "استعدوا لمواجهة العواقب"; Turkey), "ولم تحدد الإدارة … طبيعة العقوبات …
كما لم يصدر عن وزارة الخزانة أي قرار" a negated imposition, the arrangement that "انهار في اللحظة
الأخيرة" a stalled signing, the arms embargo of 1975 and its lifting historical, the Manbij
roadmap "في حزيران الماضي" a historical signing; Tunisia that "تصبح، خلال القمة … التي تنطلق غدا
… العضو العشرين في هذا التكتل" joins as planned (core; Tunisia; COMESA), Somalia whose
membership the summit "ينتظر أن تعلن" a planned joining (not core), the Kigali agreement "في مارس
الماضي", the observer status in ECOWAS and Egypt and Libya in COMESA historical, "لم تتقدم الجزائر
ولا المغرب بأي طلب للانضمام" a negated joining, Morocco's request to ECOWAS "معلقا" a stalled
joining; al-Sharaa and Abdi who "وقّع … اتفاقا ينص على دمج كل المؤسسات المدنية والعسكرية في شمال
شرق سوريا ضمن إدارة الدولة" sign (core; Syria, al-Sharaa, the SDF and Abdi) and plan an
integration (core; the committees to apply it by the end of the year), the talks that were
"متعثرة" before a stalled signing, the US forces "منذ عام 2015" a historical presence, Suwayda's
factions that "لم تنضم حتى الآن إلى وزارة الدفاع" a negated integration and the sixty factions
that "بدأت بالاندماج" an occurred one (not core), Turkey and Israel no parties; the ministry that
"أعلنت … عودة سفارة الدولة في العاصمة السورية دمشق إلى العمل" restores ties (core; the United
Arab Emirates, named in the headline, and Gargash; Syria), Bahrain's "استمرار العمل في سفارة
المملكة" an occurred restoration (not core), Kuwait that "لن تعيد فتح سفارتها … إلا بعد قرار من
جامعة الدول العربية" a negated one, the League's sanctions of November 2011 historical, the
constitutional committee "متعثرة" a stalled signing, Iran, Turkey and Sudan (al-Bashir's visit) no
parties; an agreement "وقعتها موسكو ودمشق في العاصمة السورية الأربعاء الماضي" is signed (core;
Russia and Syria; three days back is the news of the day, as its publication is) and plans a
presence (core; "سيكون بإمكان البحرية الروسية أن تحتفظ في طرطوس بما يصل إلى إحدى عشرة سفينة"),
the Hmeimim agreement of 2015 and the Soviet point of 1971 historical signings and presences,
"لا ينوي نشر قوات برية قتالية" a negated presence, the Geneva talks "متعثرة" a stalled signing,
Astana's talks to come no event; the Algiers, Abu Dhabi and Amman pages carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 753e52e, in a worktree whose only change was this file), in one
run: events P 0.923 R 0.909 F1 0.916 (recall 10/11, precision 12/13; occurred core found 7/8,
planned 3/3 by the scorer's count, which asks only that both be alertable; historical 16/16,
negated 9/9 and stalled 9/9 kept quiet). No annotation was changed after the run.

Missed: in ar-hl04 "مدد مجلس الأمن الدولي، أمس الجمعة، لمدة عام إضافي التفويض الممنوح للدول
الأعضاء بتفتيش السفن المتجهة من ليبيا وإليها في أعالي البحار قبالة السواحل الليبية، متى توافرت
أسباب معقولة للاعتقاد بأنها تنقل أسلحة أو معدات عسكرية بما يخالف حظر الأسلحة المفروض على
البلاد." gives nothing (the probe "مدد مجلس الأمن الدولي لمدة عام التفويض الممنوح للدول الأعضاء
بتفتيش السفن قبالة السواحل الليبية بما يخالف حظر الأسلحة المفروض على البلاد." is an extension by
the Council; with "أو معدات عسكرية" and the ships' route kept, nothing): the embargo that the
inspection mandate enforces is looked for within 32 words of the verb, and a long subject, date,
term and mandate put it at the thirty-eighth; in ar-hl06 the lead "تصبح تونس، خلال القمة العشرين
… التي تنطلق غدا الأربعاء …، العضو العشرين في هذا التكتل" is an occurred joining, as is the
headline "تونس تنضم رسميا إلى «الكوميسا» في قمة لوساكا" (the probe "تنضم تونس غدا إلى السوق
المشتركة لشرق وجنوب أفريقيا." is occurred; "تنضم تونس الأسبوع المقبل …" and "ستصبح تونس غدا
عضوا …" are planned; "توقع تونس والجزائر غدا اتفاقا للتعاون الأمني." is occurred): "غدا"
(tomorrow) is no time ahead; in ar-hl09 "نشرت الحكومة الروسية أمس نص اتفاقية وقعتها موسكو ودمشق
في العاصمة السورية الأربعاء الماضي" is a planned signing (the probe "نشرت الحكومة الروسية نص
اتفاقية وقعتها موسكو ودمشق." is planned; "نشرت الحكومة الروسية اتفاقية وقعتها موسكو ودمشق." is
occurred): the noun «نص» (the text of) is read as the verb "نصّ" (provided for), a cue of what is
still to be done; and in the same sentence "…، تنص على توسيع مركز الإمداد … وتحويله إلى قاعدة
بحرية متكاملة، تبقى بموجبها السفن الحربية الروسية في المياه السورية تسعة وأربعين عاما" is an
occurred presence (gold planned: what the agreement provides for; the probe "تنص الاتفاقية على
توسيع القاعدة البحرية الروسية في طرطوس، تبقى بموجبها السفن الحربية الروسية في المياه السورية
تسعة وأربعين عاما." is occurred), while "سيكون بإمكان البحرية الروسية أن تحتفظ في طرطوس بما يصل
إلى إحدى عشرة سفينة حربية" gives nothing: the presence under a provision's relative clause
(«بموجبها») is read as done, and a navy enabled to keep ships («سيكون بإمكان … أن تحتفظ») is no
presence form.

Unexpected: in ar-hl08 "في وقت يتواصل فيه النقاش حول عودة سوريا إلى مقعدها في الجامعة العربية
قبل القمة المقررة في تونس في آذار المقبل" is an occurred joining by Syria of the Arab League
(the probe "ويدور الجدل حول عودة سوريا إلى الجامعة العربية." the same; "ناقش الوزراء عودة سوريا
إلى الجامعة العربية." nothing): a return that is the subject of a debate («النقاش حول»، «الجدل
حول») is read as a return done.

Wrong parties not counted by the scorer: in ar-hl01 the imposition has no target (Fly Baghdad is
not in the knowledge base; Kata'ib Hezbollah, named after "ثلاثة من قادة وأعضاء", is not taken);
in ar-hl03 the first suspension, "وقّع وزير الخارجية الأميركي أنتوني بلينكن إعفاء من العقوبات",
takes the United States for its target and has no actor (a second, from "الإعفاء", has Iran); in
ar-hl05 the threat's actors lack Trump and Pence and its targets take Andrew Brunson, the man to be
freed; in ar-hl08 Bahrain's "استمرار العمل في سفارة المملكة" is not found and a negated restoration
is given to Bahrain's foreign ministry from "بداية لعودة العلاقات العربية مع دمشق"; in ar-hl09 the
presence takes Tartus for an actor. Strict xfails on four articles; do not tune lexicons on these
articles.

After the fixes of 2026-12-05: P 1.000 R 1.000 F1 1.000 (recall 11/11, precision 13/13; occurred
core found 8/8, planned 3/3; historical 16/16, negated 9/9 and stalled 9/9 kept quiet). Fixed, with
rule sentences in ``tests/unit/test_heldout67_rules_ar.py``: the embargo an inspection mandate
enforces is looked for within its window after the mandate («بتفتيش السفن»), not after the verb, so
a long subject, date and term no longer hide it; a present tense or a verbal noun with «غدا» near it
and no «أمس» is planned («تنضم … غدا», «توقع … غدا»), a perfect keeps its time; «نص» with no «على»
between it and the trigger is the noun "the text of" («نص اتفاقية وقعتها …»), no "provided for"; a
step under debate («النقاش حول», «الجدل حول») is no step taken; a present tense by «بموجبها» whose
nearest text before is an accord is what the accord provides for, planned («اتفاقية تنشر بموجبها
…»), while under a law, a decree or an amendment it stays done (set 57's "تضم بموجبه"); «ما لم»,
«إن لم», «إلا إذا» stop a threat's targets as «إذا» does (Brunson is no target); an officer named
with his title right after «منح» grants for his state and is not the one granted. Left (strict
xfail): in ar-hl06 the lead "تصبح تونس، خلال القمة العشرين للسوق المشتركة لشرق وجنوب أفريقيا
«الكوميسا» التي تنطلق غدا الأربعاء في العاصمة الزامبية لوساكا، العضو العشرين في هذا التكتل" is
not found: its aside runs to seventeen words (asides count for nothing only up to eight) and the bloc
is named inside it, then as «هذا التكتل»; the headline's present tense stays an occurred joining.
Wrong parties left, not counted by the scorer: ar-hl01's imposition still has no target; ar-hl03's
headline "إعفاء أميركي" takes the United States for the one exempted; the presence in ar-hl09 takes
Tartus for an actor and its negated presence the Kremlin; Trump and Pence are not actors of the threat
in ar-hl05 (persons act in Arabic sanctions events only through their state).

``python -m tests.unit.test_heldout67_events_ar`` prints every article's alerts and the set's
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
_UNSC = "United Nations Security Council"
_COMESA = "Common Market for Eastern and Southern Africa"
_ECOWAS = "Economic Community of West African States"
_SDF = "Syrian Democratic Forces"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alsabah-aljadeed-baghdad-treasury-sanctions-fly-baghdad-2024",
        date(2024, 1, 23),
        """واشنطن تعاقب «فلاي بغداد» وثلاثة من قادة «كتائب حزب الله».. والنقل: سنطعن في القرار

بغداد - «الصباح الجديد»

أعلنت وزارة الخزانة الأميركية، أمس الاثنين، فرض عقوبات على شركة «فلاي بغداد» للطيران ومديرها التنفيذي بشير عبد الكاظم علوان الشباني، إلى جانب ثلاثة من قادة وأعضاء «كتائب حزب الله»، متهمة الشركة بتقديم المساعدة لفيلق القدس التابع للحرس الثوري الإيراني والفصائل المسلحة الموالية له في العراق وسوريا ولبنان.

وقالت الوزارة، في بيان نشر على موقعها، إن الشركة "استخدمت طائراتها لنقل مقاتلين وأسلحة" لصالح الفيلق، وإن القرار يقضي بتجميد أي أصول للمشمولين به في الولايات المتحدة، ويحظر على الأميركيين إجراء أي تعاملات معهم.

ونقل البيان عن وكيل الوزارة لشؤون الإرهاب والاستخبارات المالية براين نيلسون قوله إن "إيران ووكلاءها سعوا إلى استغلال القطاعات الاقتصادية في المنطقة لإخفاء دعمهم لأنشطتهم"، مضيفا أن واشنطن "ستواصل استخدام كل الأدوات المتاحة لحماية قواتها وشركائها".

وجاءت العقوبات بعد ساعات من استهداف قاعدة عين الأسد الجوية في الأنبار بصواريخ باليستية، أسفر عن إصابة عدد من العسكريين الأميركيين، في هجوم تبنته «المقاومة الإسلامية في العراق»، وهي مظلة تضم فصائل بينها الكتائب.

من جهتها، وصفت شركة «فلاي بغداد» القرار بأنه "ظالم ومبني على معلومات مغلوطة"، وأكدت في بيان أنها شركة خاصة مرخصة من سلطة الطيران المدني العراقي ولا علاقة لها بأي جهة مسلحة، معلنة أنها ستتخذ "الإجراءات القانونية كافة" للطعن فيه، فيما قالت وزارة النقل إنها تتابع الملف مع الجانب الأميركي.

ولم تشمل الإجراءات الجديدة أي مسؤول في حكومة رئيس الوزراء محمد شياع السوداني، ولا أي مصرف حكومي، بحسب ما أكده مسؤول في البنك المركزي العراقي لـ«الصباح الجديد»، مشيرا إلى أن البنك سيعمم القرار على المصارف الخاصة وشركات الصرافة للالتزام به.

وكانت الخارجية الأميركية قد صنفت «كتائب حزب الله» منظمة إرهابية أجنبية منذ تموز 2009، كما أدرجت الخزانة في كانون الثاني 2021 رئيس هيئة الحشد الشعبي فالح الفياض على لائحة العقوبات بتهمة التورط في قمع احتجاجات تشرين.

وتأتي هذه التطورات فيما لا يزال الحوار بين بغداد وواشنطن بشأن إنهاء مهمة التحالف الدولي يراوح مكانه، بعد أن أعلنت الحكومة مطلع الشهر الجاري تشكيل لجنة ثنائية لتحديد جدول زمني للانسحاب، من دون أن تعقد أي اجتماع حتى الآن.

وفي مقهى بشارع المتنبي، قال موظف متقاعد: "والله إحنا تعبنا، كل يوم عقوبات وكل يوم ضربات، والناس ما تريد غير الكهرباء والشغل. هاي الشركة أني سافرت بيها مرتين للنجف، شنو علاقتنا بكل هذا؟".

ويرى مختصون في الشأن الاقتصادي أن أثر العقوبات سيكون محدودا على حركة الملاحة الجوية الداخلية، لكنها قد تدفع شركات التأمين والصيانة الأجنبية إلى وقف تعاملاتها مع الشركة، ما قد يؤدي إلى توقف عدد من طائراتها عن العمل خلال الأشهر المقبلة.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, "Brian Nelson"],
                ["Fly Baghdad", "Kata'ib Hezbollah"],
            ),
            # "ولم تشمل الإجراءات الجديدة أي مسؤول في حكومة رئيس الوزراء محمد شياع السوداني",
            G("sanctions.imposed", "negated", [_US], ["Iraq"], core=False),
            # the FTO designation "منذ تموز 2009" and al-Fayyadh listed "في كانون الثاني 2021",
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Kata'ib Hezbollah", "Falih al-Fayyadh"],
                core=False,
            ),
            # the dialogue on ending the coalition's mission that "يراوح مكانه",
            G("agreement.signed", "stalled", ["Iraq", _US], [], core=False),
        ],
        not_targets=["Iran", "Syria", "Lebanon", "Mohammed Shia al-Sudani", "Central Bank of Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-asharq-alawsat-new-york-council-lifts-iraq-wmd-restrictions-2010",
        date(2010, 12, 17),
        """مجلس الأمن يرفع القيود المفروضة على العراق في مجال أسلحة الدمار الشامل ويطوي برنامج «النفط مقابل الغذاء»

نيويورك: «الشرق الأوسط»

في جلسة رفيعة المستوى ترأسها نائب الرئيس الأميركي جو بايدن، رفع مجلس الأمن الدولي مساء أول من أمس القيود التي فرضها على العراق منذ مطلع التسعينات في ما يتعلق بأسلحة الدمار الشامل والصواريخ والأنشطة النووية المدنية، معتبرا أن بغداد لم تعد تشكل تهديدا في هذا المجال بعد أن انضمت إلى المعاهدات الدولية ذات الصلة.

وتبنى المجلس في الجلسة ثلاثة قرارات، ألغى أولها القيود التي نص عليها القراران 687 و707، وسمح للعراق بتطوير برنامج نووي مدني تحت رقابة الوكالة الدولية للطاقة الذرية، فيما أنهى الثاني ما تبقى من أنشطة برنامج «النفط مقابل الغذاء»، وحدد الثالث الثلاثين من حزيران المقبل موعدا لانتهاء الترتيبات الخاصة بصندوق تنمية العراق.

وقال بايدن في كلمته إن القرارات "تعيد العراق إلى المكانة التي كان يحتلها قبل حكم صدام حسين"، واصفا الجلسة بأنها "لحظة تاريخية" للعراقيين، فيما اعتبر الأمين العام للأمم المتحدة بان كي مون أن الخطوة تعكس "التقدم الكبير" الذي حققه العراق منذ عام 2003.

ورحب وزير الخارجية العراقي هوشيار زيباري، الذي حضر الجلسة، بالقرارات، وقال للصحافيين بعدها إن بلاده "تخلصت من أعباء ثقيلة ورثتها عن النظام السابق"، مضيفا أن الحكومة ستعمل على "استكمال ما تبقى من التزامات" بهدف الخروج الكامل من أحكام الفصل السابع.

غير أن المجلس لم يرفع الالتزامات المتعلقة بالكويت، والتي تشمل ملف المفقودين والممتلكات الكويتية ومواصلة دفع التعويضات من عائدات النفط العراقي، وهي الالتزامات التي تبقي العراق تحت طائلة الفصل السابع من ميثاق الأمم المتحدة.

وكان مجلس الأمن قد فرض على العراق في السادس من آب عام 1990، بعد أيام من غزو الكويت، حصارا اقتصاديا شاملا بموجب القرار 661، قبل أن يرفع العقوبات الاقتصادية في أيار 2003 بالقرار 1483، عقب سقوط النظام السابق.

ولا تزال المحادثات بين بغداد والكويت حول ترسيم الحدود البحرية وصيانة العلامات الحدودية تراوح مكانها منذ سنوات، على الرغم من الزيارات المتبادلة بين مسؤولي البلدين، فيما تطالب الكويت بتنفيذ كامل القرارات الدولية قبل أي حديث عن إعفاء العراق من بقية التزاماته.

وجاءت الجلسة بعد أيام من منح البرلمان العراقي الثقة لحكومة نوري المالكي الثانية، منهيا أزمة سياسية استمرت أكثر من تسعة أشهر عقب الانتخابات التشريعية التي جرت في آذار الماضي.

وفي بغداد، قال صاحب محل للأجهزة الكهربائية في منطقة الكرادة: "إحنا عشنا الحصار بكل تفاصيله، الطحين الأسود والراتب اللي ما يكفي يومين. زين اللي صار، بس إحنا نريد نشوف الفرق بحياتنا، مو بس بالأمم المتحدة".

ويرى دبلوماسيون في نيويورك أن القرارات الثلاثة تمثل الخطوة الأهم منذ عام 2003 في مسار إعادة العراق إلى المجتمع الدولي، وأن المتبقي من الملفات بات محصورا في العلاقة بين بغداد والكويت.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC, "Joe Biden"], ["Iraq"]),
            # Iraq that "انضمت إلى المعاهدات الدولية ذات الصلة" before the session,
            G("alliance.joined", "historical", ["Iraq"], [], core=False),
            # "غير أن المجلس لم يرفع الالتزامات المتعلقة بالكويت",
            G("sanctions.lifted", "negated", [_UNSC], ["Iraq"], core=False),
            # the blockade of 6 August 1990 (Resolution 661) and its lifting in May 2003 (1483),
            G("sanctions.imposed", "historical", [_UNSC], ["Iraq"], core=False),
            G("sanctions.lifted", "historical", [_UNSC], ["Iraq"], core=False),
            # the Iraq-Kuwait talks on the maritime border that "تراوح مكانها",
            G("agreement.signed", "stalled", ["Iraq", "Kuwait"], [], core=False),
        ],
        not_targets=["Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alraya-doha-waiver-for-iranian-funds-from-korea-2023",
        date(2023, 9, 12),
        """إعفاء أميركي يفتح الطريق أمام نقل ستة مليارات دولار من الأموال الإيرانية إلى مصارف الدوحة

الدوحة - «الراية»

وقّع وزير الخارجية الأميركي أنتوني بلينكن إعفاء من العقوبات يسمح للمصارف الكورية الجنوبية والأوروبية بتحويل نحو ستة مليارات دولار من الأموال الإيرانية المجمدة في كوريا الجنوبية إلى حسابات في مصارف قطرية، من دون أن تتعرض لعقوبات أميركية، وذلك في إطار تفاهم توسطت فيه دولة قطر للإفراج عن خمسة مواطنين أميركيين محتجزين في إيران.

وأُخطر الكونغرس بالإعفاء أمس الاثنين، بحسب وثيقة اطلعت عليها وسائل إعلام أميركية، أوضحت أن الأموال ستُحوَّل أولا إلى اليورو، وأن استخدامها سيقتصر على شراء الأغذية والأدوية والمستلزمات الطبية والمنتجات الزراعية، تحت رقابة وزارة الخزانة الأميركية.

وكانت هذه الأموال، التي تعود إلى عائدات صادرات النفط الإيراني إلى سيول، قد جمدت في المصارف الكورية بعد أن أعاد الرئيس السابق دونالد ترامب فرض العقوبات على طهران في عام 2018، إثر انسحابه من الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى عام 2015.

وأكدت وزارة الخارجية الأميركية أن الإعفاء "لا يعني رفع أي عقوبات عن إيران"، وأن الأموال "لن تذهب إلى الحكومة الإيرانية مباشرة"، في حين قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران "ستقرر بنفسها كيفية استخدام أموالها"، مؤكدا أن "الإفراج عنها حق للشعب الإيراني".

ومن المقرر، وفقا لمصادر مطلعة على المفاوضات، أن تُستكمل عملية التحويل خلال أيام، على أن يُفرج بعدها عن المحتجزين الأميركيين الخمسة، مقابل إطلاق الولايات المتحدة سراح خمسة إيرانيين مسجونين لديها، وأن تنقل طائرة قطرية الأميركيين من طهران إلى الدوحة.

وأعرب معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، في اتصالات أجراها مع نظيريه الأميركي والإيراني، عن أمل دولة قطر في أن تسهم الخطوة في "بناء الثقة وفتح آفاق الحوار" بين البلدين.

وواجه الإعفاء انتقادات حادة من نواب جمهوريين، اعتبروه "فدية" ستستخدمها طهران لتمويل أنشطتها في المنطقة، بينما دافع البيت الأبيض عنه بأنه الطريق الوحيد لإعادة الأميركيين إلى بلادهم.

ولا تزال المحادثات الرامية إلى إحياء الاتفاق النووي متوقفة منذ آب من العام الماضي، بعد أن تبادل الطرفان الاتهامات برفض مسودة الاتفاق التي قدمها الاتحاد الأوروبي في فيينا، في حين يؤكد مسؤولون أميركيون أن التفاهم الأخير "لا صلة له" بالملف النووي.

وفي سوق واقف، قال تاجر إيراني الأصل يبيع السجاد منذ ثلاثين عاما: "الحين الناس هناك تعبانة، الأسعار نار والريال الإيراني ما له قيمة، إذا الفلوس هذي بتجيب دوا وأكل للناس زين، بس الله أعلم وين بتروح".

ويرى مراقبون أن نجاح الصفقة سيعزز دور الدوحة وسيطا موثوقا بين واشنطن وطهران، بعد وساطاتها السابقة في أفغانستان وملفات أخرى.""",
        [
            G("sanctions.suspended", "occurred", [_US, "Antony Blinken"], ["Iran"]),
            # Trump reimposing the sanctions "في عام 2018",
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Iran"], core=False),
            # "الإعفاء لا يعني رفع أي عقوبات عن إيران",
            G("sanctions.lifted", "negated", [_US], ["Iran"], core=False),
            # the talks on reviving the nuclear deal "متوقفة منذ آب من العام الماضي",
            G("agreement.signed", "stalled", [_US, "Iran", _EU], [], core=False),
        ],
        not_targets=["Qatar", "South Korea"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-echorouk-new-york-council-renews-libya-inspection-authority-2024",
        date(2024, 6, 1),
        """مجلس الأمن يمدد لعام تفويض تفتيش السفن قبالة السواحل الليبية

نيويورك - «الشروق» / وكالات

مدد مجلس الأمن الدولي، أمس الجمعة، لمدة عام إضافي التفويض الممنوح للدول الأعضاء بتفتيش السفن المتجهة من ليبيا وإليها في أعالي البحار قبالة السواحل الليبية، متى توافرت أسباب معقولة للاعتقاد بأنها تنقل أسلحة أو معدات عسكرية بما يخالف حظر الأسلحة المفروض على البلاد.

وحظي القرار، الذي أعدته مالطا وفرنسا، بتأييد أغلبية أعضاء المجلس، فيما امتنعت روسيا عن التصويت، معتبرة أن العملية البحرية الأوروبية «إيريني» التي تتولى تطبيق التفويض ميدانيا "تفتقر إلى التوازن"، لأنها تركز على الشحنات المتجهة إلى الشرق الليبي وتغض الطرف عن غيره.

ويسمح القرار للدول الأعضاء، بصفتها الوطنية أو عبر منظمات إقليمية، بمصادرة ما يُضبط من أسلحة على متن السفن والتخلص منه، على أن تقدم تقارير دورية إلى لجنة العقوبات المعنية بليبيا.

وكان مجلس الأمن قد فرض حظر الأسلحة على ليبيا في شباط 2011 بموجب القرار 1970، بعد أيام من اندلاع الاحتجاجات ضد نظام العقيد معمر القذافي، ووسعه لاحقا ليشمل تجميد أصول عائلة القذافي ومنع أفرادها من السفر، ومنح التفويض الخاص بتفتيش السفن لأول مرة عام 2016.

وأكد مندوب الجزائر الدائم لدى الأمم المتحدة عمار بن جامع، في مداخلة عقب التصويت، أن بلاده "تدعم كل جهد يحد من تدفق السلاح إلى ليبيا"، لكنها ترى أن "الحل لن يكون إلا سياسيا وليبيا - ليبيا"، داعيا إلى خروج القوات الأجنبية والمرتزقة من الأراضي الليبية "من دون إبطاء".

في المقابل، لم يستجب المجلس لمطالب حكومة الوحدة الوطنية في طرابلس بتخفيف القيود المفروضة على استخدام الأصول المجمدة للمؤسسة الليبية للاستثمار، والتي تقول إنها تتسبب في خسائر بمليارات الدولارات.

وتعود آخر مرة بلغت فيها العملية السياسية مرحلة متقدمة إلى انتخابات كانون الأول 2021، التي تأجلت قبل أيام من موعدها، ولا تزال المفاوضات بين مجلسي النواب والدولة حول القوانين الانتخابية متعثرة، بعد استقالة المبعوث الأممي عبد الله باتيلي في نيسان الماضي، الذي اتهم الأطراف الليبية بتغليب مصالحها الشخصية.

وفي الدبداب، على الحدود مع ليبيا، قال تاجر مواد غذائية: "الحدود هنا مسكرة والخدمة قليلة، قبل كانوا الليبيين يجيو يقضيو عندنا كل جمعة، ضرك ما بقا والو. نتمنو ربي يجيب الخير للجيران وتولي الأمور كيما كانت".

ويشير تقرير لفريق خبراء الأمم المتحدة صدر أواخر العام الماضي إلى أن حظر الأسلحة "لا يزال غير فعال إلى حد بعيد"، وأن أطرافا عدة تواصل نقل الأسلحة والمعدات إلى طرفي النزاع، برا وجوا، بعيدا عن رقابة السفن في البحر.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Libya"]),
            # the arms embargo of February 2011 (Resolution 1970) and the Gaddafi family's freeze,
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            # "لم يستجب المجلس لمطالب حكومة الوحدة الوطنية … بتخفيف القيود",
            G(
                "sanctions.suspended",
                "negated",
                [_UNSC],
                ["Libya", "Libyan Investment Authority"],
                core=False,
            ),
            # the talks of the two chambers on the electoral laws "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["House of Representatives (Libya)", "High Council of State (Libya)"],
                [],
                core=False,
            ),
        ],
        not_targets=["Algeria", "Malta", "France", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-alquds-alarabi-trump-threatens-turkey-over-brunson-2018",
        date(2018, 7, 27),
        """ترامب يتوعد تركيا بـ«عقوبات كبيرة» بسبب القس برانسون.. وأنقرة: لا أحد يملي علينا

أنقرة - واشنطن - «القدس العربي»

هدد الرئيس الأميركي دونالد ترامب، أمس الخميس، بفرض "عقوبات كبيرة" على تركيا ما لم تفرج عن القس الأميركي أندرو برانسون، المحتجز منذ نحو عامين بتهم تتصل بالإرهاب والتجسس، في تصعيد غير مسبوق بين البلدين العضوين في حلف شمال الأطلسي.

وكتب ترامب في تغريدة على «تويتر» أن "الولايات المتحدة ستفرض عقوبات كبيرة على تركيا بسبب احتجازها الطويل للقس أندرو برانسون، وهو مسيحي عظيم ورب أسرة وإنسان رائع"، مضيفا أن القس "يعاني كثيرا" و"يجب إطلاق سراحه فورا".

وجاءت التغريدة بعد ساعات من خطاب ألقاه نائب الرئيس مايك بنس في مؤتمر للحرية الدينية في واشنطن، خاطب فيه الرئيس رجب طيب أردوغان مباشرة قائلا: "أطلقوا سراح القس أندرو برانسون الآن، أو استعدوا لمواجهة العواقب"، مؤكدا أن بلاده "مستعدة لفرض عقوبات كبيرة".

وردّ وزير الخارجية التركي مولود جاويش أوغلو سريعا، مؤكدا أن "لا أحد يستطيع أن يملي على تركيا ما تفعله"، وأن بلاده "لن تتسامح أبدا مع تهديدات أي كان"، فيما قال المتحدث باسم الرئاسة إبراهيم كالن إن "لغة التهديد غير مقبولة" وإن القضاء التركي مستقل.

وكانت محكمة في إزمير قد قررت الأربعاء نقل برانسون، الذي يدير كنيسة صغيرة في المدينة منذ أكثر من عشرين عاما، من السجن إلى الإقامة الجبرية في منزله لأسباب صحية، مع منعه من السفر، وهو ما اعتبرته واشنطن "خطوة غير كافية".

ولم تحدد الإدارة الأميركية حتى مساء أمس طبيعة العقوبات التي تلوح بها ولا موعدها، كما لم يصدر عن وزارة الخزانة أي قرار بهذا الشأن، وفق ما أكده مسؤولون أميركيون لوكالات الأنباء.

وقالت مصادر دبلوماسية لـ«القدس العربي» إن ترتيبا جرى التفاوض عليه خلال الأسابيع الماضية، وأفرجت بموجبه إسرائيل عن مواطنة تركية محتجزة لديها بطلب من ترامب، كان يفترض أن ينتهي بإطلاق سراح القس، لكنه "انهار في اللحظة الأخيرة" بعد أن طالبت أنقرة بوقف التحقيقات الأميركية مع «بنك خلق» الحكومي.

وليست هذه المرة الأولى التي تلجأ فيها واشنطن إلى العقوبات مع حليفتها، إذ فرض الكونغرس عام 1975 حظرا على بيع الأسلحة لتركيا ردا على تدخلها العسكري في قبرص، ولم يرفع إلا بعد ثلاث سنوات.

وفي منطقة الفاتح بإسطنبول، قال صاحب محل صرافة سوري: "كل ما بيطلع تصريح من أميركا بتنزل الليرة، الناس صارت تشتري دولار وتخبيه. نحنا هون عايشين على أعصابنا، شغلتنا كلها معلقة بسعر الصرف".

وهبطت الليرة التركية إلى مستوى قياسي جديد أمام الدولار بعد التهديد، فيما يرى محللون أن الأزمة قد تعقد ملفات أخرى عالقة بين البلدين، من صفقة منظومة «إس-400» الروسية إلى خريطة الطريق بشأن مدينة منبج السورية التي اتفق عليها الطرفان في حزيران الماضي.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [_US, "Donald Trump", "Mike Pence"],
                ["Turkey", "Recep Tayyip Erdoğan"],
            ),
            # "ولم تحدد الإدارة الأميركية … طبيعة العقوبات … كما لم يصدر عن وزارة الخزانة أي قرار",
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Turkey"], core=False),
            # the arrangement that "انهار في اللحظة الأخيرة",
            G("agreement.signed", "stalled", [_US, "Turkey", "Israel"], [], core=False),
            # the arms embargo of 1975 and its lifting three years later,
            G("sanctions.imposed", "historical", [_US, "United States Congress"], ["Turkey"], core=False),
            G("sanctions.lifted", "historical", [_US], ["Turkey"], core=False),
            # the Manbij roadmap agreed "في حزيران الماضي",
            G("agreement.signed", "historical", [_US, "Turkey"], [], core=False),
        ],
        not_targets=["Israel", "Cyprus", "Syria", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-assabah-tunis-tunisia-joins-comesa-at-lusaka-2018",
        date(2018, 7, 17),
        """تونس تنضم رسميا إلى «الكوميسا» في قمة لوساكا.. والمصدرون يترقبون

تونس - «الصباح»

تصبح تونس، خلال القمة العشرين للسوق المشتركة لشرق وجنوب أفريقيا «الكوميسا» التي تنطلق غدا الأربعاء في العاصمة الزامبية لوساكا، العضو العشرين في هذا التكتل الاقتصادي الذي يضم نحو خمسمائة مليون مستهلك، وذلك بعد أن استوفت الإجراءات المطلوبة وصادق مجلس نواب الشعب في ماي الماضي على معاهدة الانضمام.

ويترأس وزير التجارة عمر الباهي الوفد التونسي إلى القمة، التي ينتظر أن تعلن أيضا قبول عضوية الصومال، وقال في تصريح لـ«الصباح» قبيل سفره إن الانضمام "يفتح أمام المؤسسات التونسية أسواقا واعدة ظلت إلى حد الآن شبه مغلقة"، مؤكدا أن المنتجات التونسية ستستفيد من إعفاءات جمركية تدريجية.

وتعول الحكومة على هذه الخطوة لتقليص العجز التجاري الذي بلغ مستويات قياسية، إذ لا تتجاوز المبادلات التجارية لتونس مع بلدان أفريقيا جنوب الصحراء ثلاثة في المائة من مجموع مبادلاتها الخارجية، مقابل أكثر من سبعين في المائة مع الاتحاد الأوروبي.

وكانت تونس قد وقعت في مارس الماضي بالعاصمة الرواندية كيغالي، مع أكثر من أربعين دولة أفريقية، على اتفاقية إنشاء منطقة التجارة الحرة القارية، كما تحصلت في العام الماضي على صفة عضو ملاحظ في المجموعة الاقتصادية لدول غرب أفريقيا «سيدياو».

ويضم التكتل، الذي تأسس عام 1994 خلفا لمنطقة التجارة التفضيلية، دولا عربية أبرزها مصر، التي انضمت إليه في أواخر التسعينات، وليبيا التي التحقت به عام 2005، والسودان وجيبوتي وجزر القمر.

في المقابل، لم تتقدم الجزائر ولا المغرب بأي طلب للانضمام إلى «الكوميسا»، فيما لا يزال طلب المغرب الانضمام إلى «سيدياو» معلقا، بعد أن وافقت قمة مونروفيا على مبدئه في جوان من العام الماضي، في انتظار دراسة تأثيراته على اقتصادات المجموعة.

ويرى الخبير الاقتصادي معز الجودي أن الانضمام "خطوة مهمة لكنها غير كافية"، مشيرا إلى أن غياب خطوط النقل البحري والجوي المباشرة مع بلدان شرق أفريقيا وضعف شبكة المصارف التونسية في القارة "سيحدان من الاستفادة الفعلية في المدى القريب".

وفي المنطقة الصناعية بصفاقس، قال صاحب مؤسسة لتصدير زيت الزيتون: "السوق الأفريقية كبيرة برشا، أما المشكل في الشحن والخلاص، نبعث كونتينار لنيروبي يلزمو يتعدى على أوروبا ويقعد شهر. كان ما يحلوش خط بحري مباشر ما نجموش نتنافسو".

ومن المنتظر أن يشارك في القمة رؤساء دول وحكومات من الدول الأعضاء، وأن تناقش خطة لتسهيل تنقل رجال الأعمال وتوحيد المواصفات، إضافة إلى اعتماد ميزانية المؤسسات التابعة للتكتل.""",
        [
            G("alliance.joined", "planned", ["Tunisia"], [_COMESA]),
            # Somalia, whose membership the summit "ينتظر أن تعلن أيضا",
            G("alliance.joined", "planned", ["Somalia"], [_COMESA], core=False),
            # the AfCFTA signed in Kigali "في مارس الماضي",
            G("agreement.signed", "historical", ["Tunisia"], [], core=False),
            # observer status in ECOWAS "في العام الماضي", Egypt and Libya in COMESA,
            G("alliance.joined", "historical", ["Tunisia"], [_ECOWAS], core=False),
            G("alliance.joined", "historical", ["Egypt", "Libya"], [_COMESA], core=False),
            # "لم تتقدم الجزائر ولا المغرب بأي طلب للانضمام",
            G("alliance.joined", "negated", ["Algeria", "Morocco"], [_COMESA], core=False),
            # Morocco's request to join ECOWAS "لا يزال … معلقا",
            G("alliance.joined", "stalled", ["Morocco"], [_ECOWAS], core=False),
        ],
        not_targets=["Zambia", "Rwanda", "Algeria", "Morocco"],
        known_miss="the lead's joining, its bloc named inside a long aside and «هذا التكتل», is not found",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-almodon-beirut-sharaa-and-abdi-sign-sdf-integration-agreement-2025",
        date(2025, 3, 11),
        """الشرع وعبدي يوقعان اتفاقا لدمج مؤسسات شمال شرق سوريا في الدولة.. واللجان التنفيذية حتى نهاية العام

بيروت - «المدن»

وقّع الرئيس السوري أحمد الشرع وقائد «قوات سوريا الديمقراطية» (قسد) مظلوم عبدي، مساء الاثنين في دمشق، اتفاقا ينص على دمج كل المؤسسات المدنية والعسكرية في شمال شرق سوريا ضمن إدارة الدولة السورية، بما فيها المعابر الحدودية والمطار وحقول النفط والغاز، في خطوة وصفها مراقبون بأنها الأهم منذ سقوط نظام بشار الأسد في كانون الأول الماضي.

ونشرت الرئاسة السورية نص الاتفاق المؤلف من ثمانية بنود، وأبرزها ضمان حقوق جميع السوريين في التمثيل والمشاركة في العملية السياسية ومؤسسات الدولة على أساس الكفاءة، والاعتراف بالمجتمع الكردي "مجتمعا أصيلا في الدولة السورية"، ووقف إطلاق النار على كامل الأراضي السورية، وضمان عودة المهجرين إلى بلداتهم وقراهم.

ونص الاتفاق كذلك على دعم «قسد» للدولة في مكافحة "فلول الأسد وكل التهديدات التي تهدد أمنها ووحدتها"، ورفض دعوات التقسيم وخطاب الكراهية، على أن تعمل لجان تنفيذية مشتركة على تطبيقه "بما لا يتجاوز نهاية العام الحالي".

وقال عبدي في تغريدة إن الاتفاق "فرصة حقيقية لبناء سوريا جديدة تحتضن جميع مكوناتها"، فيما ظهر الرجلان في صورة نشرتها الرئاسة وهما يتصافحان مبتسمين، في مشهد لم يكن متوقعا قبل أسابيع، حين كانت المفاوضات بين الجانبين متعثرة بسبب الخلاف على مصير الوحدات العسكرية الكردية وشكل اللامركزية.

وجاء توقيع الاتفاق بعد أيام دامية في الساحل السوري، قتل خلالها مئات المدنيين من الطائفة العلوية في أعمال عنف أعقبت هجمات شنها مسلحون موالون للنظام السابق على قوات الأمن، وهو ما دفع الشرع إلى تشكيل لجنة تحقيق مستقلة.

وتنتشر في مناطق سيطرة «قسد» قوات أميركية منذ عام 2015، قدمت الدعم للقوات الكردية في الحرب على تنظيم «داعش»، ولم تعلن واشنطن حتى الآن أي تغيير في حجم وجودها هناك، فيما رحبت الخارجية الأميركية بالاتفاق ووصفته بأنه "خطوة نحو الاستقرار".

في المقابل، لم تنضم الفصائل المحلية في محافظة السويداء حتى الآن إلى وزارة الدفاع، وتواصل المفاوضات مع دمشق على صيغة لإدماج مقاتليها، في وقت أعلنت فيه الوزارة أن أكثر من ستين فصيلا من فصائل المعارضة السابقة بدأت بالاندماج في هيكلها.

وفي القامشلي، قال صاحب محل لبيع الأجهزة الخلوية: "والله الناس فرحت، صار لنا سنين عايشين على أعصابنا. بس بدنا نشوف شو رح يصير بالرواتب والشباب اللي بالتجنيد، الكلام شي والتطبيق شي تاني".

ويرى محللون أن الاتفاق يبقى إطارا عاما يحتاج إلى تفاهمات تفصيلية حول ملفات شائكة، أبرزها موقع القيادات العسكرية الكردية في الجيش الجديد، ومصير السجون والمخيمات التي تضم عناصر من «داعش» وعائلاتهم.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Syria", "Ahmed al-Sharaa", _SDF, "Mazloum Abdi"],
                [],
            ),
            G("forces.integrated", "planned", ["Syria", "Ahmed al-Sharaa", _SDF], []),
            # the talks of the two sides that were "متعثرة" weeks before,
            G("agreement.signed", "stalled", ["Syria", _SDF], [], core=False),
            # US forces in the SDF's areas "منذ عام 2015",
            G("military.presence", "historical", [_US], ["Syria"], core=False),
            # the factions of Suwayda that "لم تنضم حتى الآن إلى وزارة الدفاع",
            G("forces.integrated", "negated", ["Ministry of Defense (Syria)", "Syria"], [], core=False),
            # more than sixty former opposition factions that "بدأت بالاندماج",
            G("forces.integrated", "occurred", ["Ministry of Defense (Syria)", "Syria"], [], core=False),
        ],
        not_targets=["Turkey", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-albayan-dubai-uae-reopens-embassy-in-damascus-2018",
        date(2018, 12, 29),
        """بعد قطيعة استمرت سبع سنوات.. الإمارات تعيد فتح سفارتها في دمشق

دبي - «البيان»

أعلنت وزارة الخارجية والتعاون الدولي عودة سفارة الدولة في العاصمة السورية دمشق إلى العمل، وباشر القائم بالأعمال بالنيابة مهامه من مقر السفارة الخميس، في خطوة قالت الوزارة إنها تؤكد حرص الدولة على "إعادة العلاقات بين البلدين الشقيقين إلى مسارها الطبيعي".

وأوضحت الوزارة، في بيان، أن الخطوة تهدف إلى "تفعيل الدور العربي في دعم استقلال وسيادة الجمهورية العربية السورية ووحدة أراضيها وسلامتها الإقليمية، ودرء مخاطر التدخلات الإقليمية في الشأن العربي السوري".

وقال معالي الدكتور أنور قرقاش وزير الدولة للشؤون الخارجية، في تغريدة، إن قرار الإمارات "جاء بعد قناعة بأن المرحلة المقبلة تتطلب الحضور والتواصل العربي مع الملف السوري"، مضيفا أن "الدور العربي في سوريا صار أكثر ضرورة تجاه التغول الإقليمي الإيراني والتركي".

وجرت في مقر السفارة بحي أبو رمانة مراسم رفع العلم بحضور عدد من الدبلوماسيين والصحافيين، فيما رحب مسؤولون سوريون بالخطوة، واعتبروها "بداية لعودة العلاقات العربية مع دمشق".

وفي السياق نفسه، أعلنت وزارة الخارجية البحرينية أمس الجمعة استمرار العمل في سفارة المملكة لدى الجمهورية العربية السورية وسفارة الجمهورية العربية السورية لدى المملكة، مؤكدة أن الرحلات الجوية بين البلدين قائمة دون انقطاع.

أما الكويت، فقد أكد نائب وزير الخارجية خالد الجارالله أن بلاده لن تعيد فتح سفارتها في دمشق إلا بعد قرار من جامعة الدول العربية، مشيرا إلى أن الكويت "ملتزمة بالإجماع العربي" في هذا الملف.

وكانت الجامعة العربية قد علقت عضوية سوريا في تشرين الثاني 2011، وفرضت عليها في الشهر نفسه عقوبات اقتصادية شملت تجميد الأرصدة المالية للحكومة السورية ووقف التعاملات مع مصرفها المركزي، وأغلقت دول خليجية عدة سفاراتها في دمشق في العام التالي.

وتأتي الخطوة الإماراتية بعد أيام من زيارة مفاجئة قام بها الرئيس السوداني عمر البشير إلى دمشق، هي الأولى لرئيس عربي منذ اندلاع الأزمة، فيما لا تزال جهود الأمم المتحدة لتشكيل اللجنة الدستورية متعثرة، بعد أن أقر المبعوث الأممي ستافان دي ميستورا الأسبوع الماضي بفشل مساعيه في الاتفاق على قائمتها قبل انتهاء ولايته.

وفي دبي، قال تاجر سوري يعمل في تجارة الأقمشة منذ خمسة عشر عاما: "والله فرحنا كتير، صار فينا نخلص أوراقنا ومعاملاتنا بسهولة بدل ما نسافر لبيروت. نحنا ولادنا هون وأهلنا هونيك، وبدنا الطريق يرجع مفتوح".

ويتوقع مراقبون أن تشجع الخطوة دولا عربية أخرى على إعادة فتح سفاراتها في دمشق خلال الأشهر المقبلة، في وقت يتواصل فيه النقاش حول عودة سوريا إلى مقعدها في الجامعة العربية قبل القمة المقررة في تونس في آذار المقبل.""",
        [
            G("relations.restored", "occurred", ["United Arab Emirates", "Anwar Gargash"], ["Syria"]),
            # Bahrain announcing "استمرار العمل في سفارة المملكة" in Damascus,
            G("relations.restored", "occurred", ["Bahrain"], ["Syria"], core=False),
            # Kuwait that "لن تعيد فتح سفارتها في دمشق إلا بعد قرار من جامعة الدول العربية",
            G("relations.restored", "negated", ["Kuwait"], ["Syria"], core=False),
            # the Arab League's sanctions of November 2011,
            G("sanctions.imposed", "historical", ["Arab League"], ["Syria"], core=False),
            # the constitutional committee "متعثرة",
            G("agreement.signed", "stalled", ["United Nations", "Syria"], [], core=False),
        ],
        not_targets=["Iran", "Turkey", "Sudan", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alghad-amman-russia-syria-tartus-agreement-49-years-2017",
        date(2017, 1, 21),
        """اتفاقية لـ49 عاما تمنح روسيا حق توسيع قاعدتها البحرية في طرطوس

عمان - «الغد» - وكالات

نشرت الحكومة الروسية أمس نص اتفاقية وقعتها موسكو ودمشق في العاصمة السورية الأربعاء الماضي، تنص على توسيع مركز الإمداد المادي والتقني للأسطول الروسي في ميناء طرطوس وتحويله إلى قاعدة بحرية متكاملة، تبقى بموجبها السفن الحربية الروسية في المياه السورية تسعة وأربعين عاما قابلة للتمديد تلقائيا لفترات مدتها خمسة وعشرون عاما.

وبحسب النص المنشور على البوابة الرسمية للمعلومات القانونية، سيكون بإمكان البحرية الروسية أن تحتفظ في طرطوس بما يصل إلى إحدى عشرة سفينة حربية في وقت واحد، بما فيها سفن تعمل بالطاقة النووية، شرط الالتزام بقواعد السلامة النووية والبيئية، على أن تتولى روسيا أعمال التحديث والصيانة وتوسيع الأرصفة.

وتمنح الاتفاقية العسكريين الروس وأفراد أسرهم حصانة قضائية على الأراضي السورية، فيما يتولى الجانب الروسي حماية القاعدة من البحر والجو، ويتولى الجانب السوري حمايتها برا، على أن تنقل دمشق الأراضي والمياه اللازمة لاستخدام موسكو من دون مقابل طوال مدة الاتفاقية.

ولا تصبح الاتفاقية نافذة إلا بعد مصادقة البرلمانين عليها، وهو ما يتوقع أن يتم خلال الأشهر المقبلة، بحسب نواب في مجلس الدوما.

وكان البلدان قد وقعا في آب 2015 اتفاقية مماثلة تسمح بنشر مجموعة الطيران الحربي الروسي في قاعدة حميميم بريف اللاذقية لأجل غير مسمى، وهي القاعدة التي انطلقت منها الغارات الروسية في أيلول من العام نفسه، والتي تعمل منذ ذلك الحين مقرا لقيادة العمليات الروسية في سوريا.

ويعود الوجود البحري الروسي في طرطوس إلى عام 1971، حين أنشأ الاتحاد السوفياتي مركز الإمداد بموجب اتفاق مع حكومة الرئيس الراحل حافظ الأسد، وظل المركز طوال العقود الماضية محدود القدرات، لا يستقبل أكثر من سفينة أو سفينتين في الوقت نفسه.

وتزامن نشر الاتفاقية مع عودة مجموعة السفن التي تقودها حاملة الطائرات «الأميرال كوزنيتسوف» من شرق المتوسط، في إطار خفض أعلنته وزارة الدفاع الروسية لحجم قواتها في سوريا، فيما أكد الكرملين مرارا أنه لا ينوي نشر قوات برية قتالية على الأراضي السورية.

ويأتي ذلك قبل يومين من انطلاق محادثات أستانا بين وفدي الحكومة والمعارضة المسلحة برعاية روسيا وتركيا وإيران، بعد أن بقيت مفاوضات جنيف التي ترعاها الأمم المتحدة متعثرة منذ نيسان الماضي.

وفي طرطوس، قال صياد يعمل قرب الميناء منذ ثلاثين عاما: "الروس من زمان هون، ما بتفرق معنا. نحنا بدنا البحر يضل مفتوح للصيد، والمازوت يرجع سعره متل قبل، والشباب ترجع من الخدمة".

ويرى خبراء عسكريون أن الاتفاقية تضمن لروسيا موطئ قدم دائما في المياه الدافئة للمتوسط، وتجعل من طرطوس القاعدة البحرية الروسية الوحيدة خارج أراضي الاتحاد السوفياتي السابق.""",
        [
            G("agreement.signed", "occurred", ["Russia", "Syria"], []),
            G("military.presence", "planned", ["Russia"], ["Syria"]),
            # the Hmeimim agreement of August 2015 and the Soviet point of 1971,
            G("agreement.signed", "historical", ["Russia", "Syria", "Soviet Union"], [], core=False),
            G("military.presence", "historical", ["Russia", "Soviet Union"], ["Syria"], core=False),
            # "لا ينوي نشر قوات برية قتالية على الأراضي السورية",
            G("military.presence", "negated", ["Russia"], ["Syria"], core=False),
            # the Geneva talks "متعثرة منذ نيسان الماضي",
            G("agreement.signed", "stalled", ["United Nations", "Syria"], [], core=False),
        ],
        not_targets=["Turkey", "Iran", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-elheddaf-algiers-football-league-page-2025",
        date(2025, 1, 20),
        """الرابطة تعاقب المولودية وتسلط غرامة على الشباب.. والعميد يدخل التربص بالأردن

الجزائر - «الهداف»

فرضت لجنة الانضباط التابعة للرابطة المحترفة لكرة القدم غرامة مالية قدرها مئتا ألف دينار على مولودية الجزائر، بسبب استعمال الشماريخ في مدرجات ملعب 5 جويلية خلال المباراة التي جمعته بشباب بلوزداد لحساب الجولة الثالثة عشرة من الرابطة المحترفة الأولى، كما أوقفت لاعب وسط الميدان مباراتين نافذتين بسبب احتجاجه على قرارات الحكم.

وحذرت الرابطة، في بيان نشرته على موقعها الرسمي، الأندية من أن تكرار أعمال العنف سيعرضها لعقوبة اللعب دون جمهور وخصم النقاط، مؤكدة أنها "لن تتساهل مع أي تجاوز" في الجولات المقبلة.

وفي المقابل، رفعت لجنة الطعون العقوبة المسلطة على مهاجم شباب قسنطينة بعد قبول الطعن الذي تقدمت به إدارة النادي، ليصبح بإمكانه المشاركة في مواجهة السبت المقبل أمام وفاق سطيف، في حين علقت اللجنة الفصل في قضية حارس اتحاد العاصمة إلى غاية الاستماع إلى أقواله.

وعلى صعيد الميركاتو الشتوي، وقع المدافع الدولي السابق عقدا لمدة موسم ونصف مع شبيبة القبائل، قادما من الدوري القطري، فيما انضم الجناح الشاب لاتحاد العاصمة على سبيل الإعارة من نادي بارادو، ومدد وفاق سطيف عقد قائده إلى غاية جوان 2026.

وأعلنت إدارة مولودية الجزائر أن الفريق سيدخل تربصا تحضيريا في العاصمة الأردنية عمان لمدة عشرة أيام، بعد أن وقعت اتفاقية شراكة مع نادٍ أردني تشمل تبادل الخبرات بين الفئات الشبانية، فيما قرر المدرب دمج ثلاثة لاعبين من فريق الآمال في المجموعة الأولى.

وأعلن رئيسا مولودية الجزائر واتحاد العاصمة، في لقاء جمعهما بمقر الرابطة، طي صفحة الخلاف الذي نشب بعد الداربي الأخير، مؤكدين عودة العلاقات بين الناديين إلى سابق عهدها واستئناف التعاون في ملف تحويل اللاعبين.

وقررت المديرية العامة للأمن الوطني نشر أكثر من ألفي عون شرطة في محيط ملعب 5 جويلية وداخله، تحسبا لمباراة الداربي العاصمي المقررة يوم الجمعة المقبل، مع فتح الأبواب قبل ثلاث ساعات من انطلاق اللقاء.

وفي حي باب الواد، قال مناصر للمولودية يبيع الخضر في السوق: "الشناوة ماشي مشكل، المشكل في الإدارة اللي كل عام تبدل المدرب. حنا نحبو الفريق يرجع للقمة، وإذا خصمولنا النقاط راهي كارثة، الله يستر".

ويتصدر شباب بلوزداد ترتيب البطولة برصيد ثمانية وعشرين نقطة، بفارق نقطتين عن مولودية الجزائر، فيما يحتل وفاق سطيف المركز الثالث بخمس وعشرين نقطة، وتتواصل المنافسة الأسبوع المقبل بإجراء مباريات الجولة الرابعة عشرة.""",
        [],
        not_targets=["Algeria", "Jordan", "Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alkhaleej-abu-dhabi-business-page-2023",
        date(2023, 10, 18),
        """«المركزي» يغرم شركتي صرافة.. واندماج مرتقب بين مصرفين في أبوظبي

أبوظبي - «الخليج»

فرض مصرف الإمارات العربية المتحدة المركزي غرامات مالية بقيمة إجمالية تقارب ستة ملايين درهم على شركتي صرافة عاملتين في الدولة، لعدم التزامهما بمتطلبات مكافحة غسل الأموال وتمويل الإرهاب، وذلك بموجب المادة 14 من القانون الاتحادي بشأن المصرف المركزي وتنظيم المنشآت والأنشطة المالية.

وأكد المصرف، في بيان، أنه "يعمل من خلال مهامه الرقابية على ضمان التزام جميع شركات الصرافة وملاكها وموظفيها بقوانين الدولة وأنظمتها"، ملوحا بسحب التراخيص من المؤسسات التي تتكرر مخالفاتها.

وفي سوق الأسهم، علقت هيئة الأوراق المالية والسلع تداول سهم شركة للإنشاءات مدرجة في سوق أبوظبي للأوراق المالية لحين إفصاحها عن بياناتها المالية للربع الثالث، على أن يستأنف التداول فور نشرها، فيما انضمت شركتان للتكنولوجيا إلى مؤشر فوتسي للأسواق الناشئة اعتبارا من مطلع الشهر المقبل.

ووقع مجلسا إدارة مصرفين محليين مذكرة تفاهم لدراسة اندماج محتمل بينهما، يتوقع أن ينتج عنه كيان بأصول تتجاوز مئة مليار درهم، على أن تعرض الصفقة على الجمعيات العمومية والجهات الرقابية خلال الربع الأول من العام المقبل.

وقالت مصادر مصرفية لـ«الخليج» إن دمج المصرفين "سيعزز قدرتهما على تمويل المشاريع الكبرى"، مشيرة إلى أن موجة الاندماجات التي شهدها القطاع خلال السنوات الأخيرة قلصت عدد المصارف الوطنية وعززت متانة رؤوس أموالها.

وأعلنت لجنة متابعة أسعار الوقود رفع أسعار البنزين والديزل للشهر المقبل بنسب تراوح بين ثلاثة وخمسة في المئة، تماشيا مع ارتفاع الأسعار العالمية، كما مددت وزارة الاقتصاد مهلة تجديد الرخص التجارية دون غرامات حتى نهاية العام.

وأعلنت شركة طيران وطنية استئناف رحلاتها المباشرة إلى عدد من المدن الآسيوية اعتبارا من الشهر المقبل، بعد توقف دام أشهرا، في حين نشرت شركة للخدمات اللوجستية أسطولا جديدا من الشاحنات الكهربائية في المناطق الصناعية بأبوظبي.

وأغلق مؤشر سوق أبوظبي على ارتفاع بنسبة 0.4 في المئة، بدعم من أسهم البنوك والطاقة، فيما تراجع مؤشر سوق دبي المالي بنسبة طفيفة بضغط من أسهم العقارات، وبلغت قيمة التداولات في السوقين نحو مليار ونصف المليار درهم.

وفي سوق نايف بدبي، قال تاجر إلكترونيات: "الحركة زينة الحمد لله، بس الإيجارات واجد غالية والمصاريف كل سنة تزيد. البنوك لو تسهل القروض للشركات الصغيرة كان الوضع أحسن، الحين الشروط صعبة".

ويتوقع محللون أن يواصل القطاع المصرفي في الدولة تحقيق أرباح قياسية خلال العام الجاري، مدعوما بارتفاع أسعار الفائدة ونمو الإقراض، واستمرار تدفق الاستثمارات الأجنبية.""",
        [],
        not_targets=["United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alghad-amman-city-page-2024",
        date(2024, 7, 10),
        """«الأمانة» تفرض غرامات على محال مخالفة في وسط البلد.. وتعليق العمل بالبسطات في شارع الملك طلال

عمان - «الغد»

فرضت أمانة عمان الكبرى غرامات مالية على أكثر من أربعين محلا تجاريا في منطقة وسط البلد، بسبب إشغال الأرصفة وعرض البضائع خارج حدود المحال، وذلك ضمن حملة تنفذها فرق الرقابة الصحية والمهنية بالتعاون مع مديرية الأمن العام لتنظيم الحركة في المنطقة.

وقررت الأمانة تعليق العمل بتصاريح البسطات في شارع الملك طلال لمدة شهر، إلى حين الانتهاء من نقلها إلى السوق الجديد المخصص لها قرب سقف السيل، فيما هدد المدير التنفيذي للرقابة بسحب رخص المحال التي تكرر المخالفة "دون سابق إنذار".

في المقابل، رفعت الأمانة الحظر عن دخول الشاحنات الصغيرة إلى شارع الرضا بعد الانتهاء من أعمال توسعته، ومددت مهلة تسديد ضريبة المسقفات دون غرامات حتى نهاية الشهر المقبل، استجابة لمطالب غرفة تجارة عمان.

ووقعت الأمانة مذكرة تفاهم مع بلدية إسطنبول الكبرى للتعاون في مجالات النقل العام وإدارة النفايات وتأهيل الحدائق، على هامش زيارة قام بها وفد تركي إلى العاصمة، كما انضمت عمان إلى شبكة عالمية للمدن الصديقة للمشاة، بعد قبول ملفها الذي تقدمت به العام الماضي.

وأعلنت الأمانة دمج مديريتي الحدائق والأشجار في إدارة واحدة، ضمن خطة لإعادة الهيكلة تهدف إلى تقليص النفقات التشغيلية، ونشرت كوادرها في مختلف مناطق العاصمة للتعامل مع أي طارئ خلال المنخفض الجوي المتوقع نهاية الأسبوع.

وأعلنت الشركة المشغلة لخط الباص السريع استئناف العمل على المسار الواصل بين صويلح والمحطة، بعد توقفه ثلاثة أيام بسبب أعمال صيانة، مؤكدة أن عدد مستخدمي الخط تجاوز ثلاثين ألف راكب يوميا.

وقال عضو في مجلس أمانة عمان لـ«الغد» إن أكثر شكاوى المواطنين تتعلق بالازدحامات المرورية ونقص مواقف السيارات في المناطق التجارية، مشيرا إلى أن الأمانة تعمل على طرح عطاء لإنشاء ثلاثة مواقف متعددة الطوابق في جبل عمان والشميساني.

وفي سوق الخضار المركزي، قال بائع خمسيني: "والله الحركة خفيفة، الناس ما معها مصاري، والغرامات زادت علينا. إحنا مع التنظيم، بس بدنا حد يسمعنا قبل ما يطلع القرار، مش كل يوم قرار جديد".

وتستعد العاصمة لاستضافة مهرجان جرش للثقافة والفنون بفعاليات تقام في عدد من مواقعها، إلى جانب فعاليات مهرجان صيف عمان الذي يستمر حتى نهاية الشهر المقبل في المدرج الروماني وحدائق الحسين.""",
        [],
        not_targets=["Jordan", "Turkey"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout67_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout67_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout67_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
