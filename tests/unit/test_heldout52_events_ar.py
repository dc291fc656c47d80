"""A fifty-second, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-one held-out sets: contemporary Arabic copy of 2018-2025, as today's wires, sites
and papers carry it (a Libyan site, "طرابلس - «الساعة 24»", with a Zawiya fisherman's "يا خوي
البحر هذا كان للحوت والرزق، توا ولّى للتهريب والجثث … لكن شن نديرو؟"; a Palestinian site's
Hague report, "لاهاي - «فلسطين أون لاين»", with a law student's "والله خبر منيح، بس إحنا بدنا
عدالة مش بيانات"; a Qamishli agency, "القامشلي - «نورث برس»", with a builders' merchant's "والله
إذا صار استثمار صدق … بس لحد هسه ما شفنا شي، كله حجي"; a Palestinian web outlet's Brussels
report, "بروكسل - «ألترا فلسطين»", with a subject-first "المجلس أوضح …" and a Gazan's "إحنا كل يوم
بنعد الشهدا، وهم قاعدين بيمددوا عقوبات… يا زلمة"; a state radio's site, "مقديشو - «راديو
مقديشو»", with a Bakara draper's Yemeni-learnt "الناس تبغى الأمن والشغل بس"; a Cairo evening
paper, "القاهرة - «الأهرام المسائي»", with "المهندس طارق الملا، وزير البترول" and a Damietta
fisherman's "الغاز ده خير على البلد، مفيش كلام"; a Manama daily, "المنامة - «الأيام»", with
"معالي الشيخ" and "حضرة صاحب الجلالة الملك … عاهل البلاد المفدى", «بنا» and a sweets importer's
"زين والله، عندنا شغل وايد مع الشوام"; an opposition-born Syrian site, "دمشق - «زمان الوصل»", with
a Rukban tribesman's "الحمد لله صرنا جيش واحد، بس المخيم بعده على حاله"; a Chadian site,
"انجامينا - «انجامينا الجديدة»", with "فخامة رئيس الجمهورية المشير" and a draper's Chadian "والله
نحن ما عارفين الناس دول جو يسوو شنو"; a Mauritanian site's football page, "نواكشوط - «موريتانيا
الآن»", with old ouguiyas and a coach's "البطولة ما زالت ما انتهات"; a Palestinian site's Hebron
page, "الخليل - «دنيا الوطن»", with a greengrocer's "الخليل بتضل الخليل"; a Hadrami site's
business page, "المكلا - «المكلا اليوم»", with a fishmonger's "السوق ذي الأيام ميتة يا ولدي … وش
نسوي؟") and on programmes and regions they do not touch (the Security Council's Libya committee
listing six leaders of people-smuggling networks, June 2018; Washington lifting its sanctions on
the ICC prosecutor Fatou Bensouda, April 2021; the Treasury's General License 22 for the north-east
and north-west of Syria, May 2022; the Council of the EU prolonging its Hamas and Islamic Jihad
regime to January 2026; Blinken threatening Somali officials after Farmajo's term was extended,
April 2021; France a full member of the East Mediterranean Gas Forum, March 2021; Bahrain's embassy
in Damascus back at work, December 2018; the Syrian Free Army of al-Tanf merged into the new Syrian
army, June 2025; Hungarian troops landing in N'Djamena and a defence agreement signed, March
2025). Nine carry core events of all ten alertable types (twelve in all), ten occurred and two
planned (the United States that "ستنضم إليه بصفة مراقب" to the gas forum; the Hungarian force that
"سيرتفع إلى مئتي جندي بحلول نهاية العام"), next to historical, negated and stalled ones; three are
near misses: a Nouakchott football page (a club fined «فرضت … غرامة», a goalkeeper banned and a
forward's ban "رفعت", clubs threatened "هدد الاتحاد بفرض عقوبات أشد", a Senegalese who "انضم" from
the Algerian league, a coach's contract "مدد", a sponsorship and an agreement with the Senegalese
federation "وقع", two youth competitions "دمج", a cup suspended and to "تستأنف", police units
"نشرت"), a Hebron local page (shops fined «فرضت … غرامات» and threatened, rubbish "رفعت", water
"علقت" and resumed, a partnership "وقعت", the city that "انضمت إلى شبكة المدن العربية الصديقة
للطفل", a deadline "مددت", police patrols "نشرت", a school reopened, two schools merged, buses
resumed) and a Mukalla business page (a cannery that "انضمت إلى عضوية غرفة تجارة وصناعة حضرموت",
a supply contract with an Emirati company, port fees "فرضت", freight rates "رفعت", exports "علقت"
and resumed, a merger memorandum of two exchange houses, an expatriate who "انضم إلى رأسمال" a
start-up, a deadline "مددت" and field teams "نشرت", honey traders who "هدد … بتعليق" their dealings,
an airline agreement).

The decisions of the annotation, taken before any run: a Security Council that "فرض … عقوبات على
ستة من قادة شبكات تهريب المهاجرين" through its Libya committee imposes sanctions (core; the Council
and the 1970 committee; the six, whom the knowledge base lacks, the targets; not Libya or Eritrea,
their nationalities, nor the Netherlands and the four states that proposed the list, nor Russia),
Russia that "علقت الموافقة على القائمة … قبل أن ترفع اعتراضها" no event (an objection, not a
sanction), "ولم تشمل القائمة أيا من قادة المجموعات المسلحة في صبراتة" a negated imposition, the
resolution 1970 of February 2011 a historical imposition on Libya and Gaddafi, the Skhirat agreement
of December 2015 a historical signing, the talks of the House of Representatives and the High
Council of State "متعثرة" a stalled signing; the United States that "رفعت … العقوبات التي فرضتها
إدارة الرئيس السابق دونالد ترامب على المدعية العامة للمحكمة الجنائية الدولية … فاتو بنسودا"
lifts sanctions (core; the United States, Blinken and Biden, who "ألغى الأمر التنفيذي"; Bensouda and
Mochochoko, whom the knowledge base lacks, the targets; not the Gambia, her nationality, nor
Afghanistan, Israel or Palestine), the Treasury's listing "في سبتمبر الماضي" a historical
imposition, "ولم تنضم الولايات المتحدة يوما إلى نظام روما الأساسي" a negated joining of the ICC,
Palestine's accession of April 2015 a historical joining; a Treasury that announced "إعفاء مناطق
شمال شرقي سوريا وشمال غربها … من عدد من العقوبات المفروضة على البلاد، عبر ترخيص عام" suspends
sanctions (core; the United States, the Treasury and OFAC; Syria the target; not the SDF, whose
region it is, nor HTS, which is left out, nor Turkey), "ولم تعلق واشنطن أي عقوبات على حكومة الرئيس
بشار الأسد" a negated suspension, the Caesar Act's sanctions of June 2020 a historical imposition,
the talks of the Autonomous Administration and Damascus "متعثرة" a stalled signing; a Council that
"مدد … العمل بنظام العقوبات الخاص بحركتي … «حماس» و«الجهاد الإسلامي» لمدة عام إضافي" extends
sanctions (core; the Council of the EU and the EU; Hamas and the PIJ the targets; not Israel,
Turkey, Lebanon, Qatar, Spain, Ireland or Belgium), the framework of January 2024 and Hamas's
terrorist listing "منذ عام 2003" historical impositions, "ولم يضف المجلس أي أسماء جديدة إلى القائمة"
a negated imposition, Hamas's call to "فرض عقوبات حقيقية على قادة الاحتلال" no event (a demand, not
a threat), the partnership agreement under review no event; Blinken who "هدد … بفرض عقوبات وقيود
على التأشيرات على مسؤولين صوماليين" threatens sanctions (core; the United States and Blinken; no
target named), the law that "يمدد ولايته" no event (a term, not sanctions), the talks with Puntland
and Jubaland that "وصلت … إلى طريق مسدود" a stalled signing, "ولا تعتزم الإدارة الأمريكية إعادة نشر
قواتها في الصومال" a negated presence, the embassy reopened in December 2019 a historical
restoration; France that "انضمت … رسميا … إلى منتدى غاز شرق المتوسط عضوا كاملا" joins (core;
France; the forum, which the knowledge base lacks; not Egypt, its host, Palestine or Turkey), the
United States that "ستنضم إليه بصفة مراقب" a planned joining (core), "ولم يوافق الاجتماع على طلب
دولة الإمارات … الانضمام" a negated joining, the charter signed by seven ministers in September a
historical signing; Bahrain that announced "استئناف العمل في سفارة مملكة البحرين لدى الجمهورية
العربية السورية" restores ties (core; Bahrain and Syria; not Iran or Turkey), the UAE that "قد
أعادت فتح سفارتها في دمشق أول أمس" a historical restoration (background in «وكانت … قد»), "ولم تعين
البحرين حتى الآن سفيرا لها في دمشق" a negated restoration (an upgrade not made), the Arab League's
sanctions of November 2011 a historical imposition (and its suspension of Syria's membership no
event of a watched type), the quarrel over Syria's seat "لم يتوصل وزراء الخارجية العرب إلى توافق"
a stalled joining; a defence ministry that "دمجت … مقاتلي «جيش سوريا الحرة» … في صفوف الجيش
السوري" integrates forces (core; Syria and its Ministry of Defence; the Syrian Free Army, which the
knowledge base lacks, the target; not Turkey, whose name is the commander's middle name «تركي», nor
the United States or Jordan), the US forces at al-Tanf "منذ عام 2016" a historical presence, "ولم
يشمل الدمج «قوات سوريا الديمقراطية»" a negated integration, the agreement of 10 March signed by
Mazloum Abdi and al-Sharaa a historical signing whose talks "متعثرة" are a stalled integration, the
siege "الذي فرضته قوات النظام السابق" no event; a Hungarian force that "وصلت إلى العاصمة انجامينا"
is a presence (core; Hungary; Chad the target; not France, Libya, Sudan or Qatar), its growth that
"سيرتفع إلى مئتي جندي" a planned presence (core), the ministers who "وقع … اتفاقية للتعاون
الدفاعي" sign (core; Hungary and Chad), the parliament's approval of November 2023 a historical
presence, "ولا تعتزم المجر إقامة قاعدة عسكرية دائمة في تشاد" a negated presence, the French forces
"الذين كانوا ينتشرون في تشاد منذ عقود" a historical presence, the Doha agreement of August 2022 a
historical signing, the talks with FACT "متعثرة" a stalled signing; a football page's fine, bans, a
ban lifted, threats to clubs, a transfer, a contract prolonged, a sponsorship and an agreement with
a federation, merged competitions, a suspended and resumed cup and police units, a local page's
fines and threats, rubbish, water cut and resumed, a partnership, a network of cities, a deadline,
patrols, a school reopened, merged schools and buses resumed, and a business page's membership of a
chamber, a supply contract, port fees, freight rates, exports suspended and resumed, a merger
memorandum, an investor joining a capital, a deadline, field teams, traders' threat to suspend
their dealings and an airline agreement are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit b0ca171), in one run: events P 0.800 R 0.667 F1
0.727 (recall 8/12, precision 8/10: eight alerts right, two wrong by the scorer's count; occurred
core found 7/10, planned 1/2; historical 15/16, negated 9/9 and stalled 6/6 kept quiet by the
scorer's count). No annotation or text was changed after the run. Misses: in ar-hl03 the waiver
"أعلنت وزارة الخزانة الأمريكية … إعفاء مناطق شمال شرقي سوريا وشمال غربها الخارجة عن سيطرة
الحكومة من عدد من العقوبات" gives nothing: the masdar «إعفاء» is a suspension only with its
sanctions noun within five words (``window: 5`` in ``rasd/events/lexicons/ar.triggers.yaml``, read by
``rasd/events/extractor.py``), and the fourteen-word reach of the one exempted before "من
العقوبات" is given to the verbs «أعفى/أعفت/تعفي» alone; in ar-hl06 "انضمت فرنسا رسميا … إلى منتدى غاز
شرق المتوسط عضوا كاملا" gives nothing: the forum is unknown to the knowledge base and «منتدى» is no
bloc noun (``alliance_noun`` in ``rasd/events/lexicons/ar.cues.yaml``; «منظمة» or «تحالف» would
carry an unknown bloc), and "أن الولايات المتحدة ستنضم إليه بصفة مراقب" gives nothing: a bloc
joined through the pronoun «إليه/إليها» is no target and no bloc anaphor (``bloc_anaphor`` is
«المجموعة، التكتل»; "ستنضم إلى المنظمة" is read); in ar-hl09 the planned growth "سيرتفع إلى مئتي
جندي" gives nothing: a force that "rises to" a number is no deployment (the military.presence
triggers of ``ar.triggers.yaml`` are verbs of sending, deploying and arriving; "ستنشر المجر مئتي
جندي في تشاد" is read), the scorer counting the planned event found by the occurred arrival and
the set's check not; and the signing "ووقع وزير الدفاع المجري … ونظيره التشادي … اتفاقية للتعاون
الدفاعي" is read as stalled: an undated alertable event takes the status of a quiet one of its
type that shares a single participant with it (``_demote`` in ``rasd/events/extractor.py``), here
Chad's stalled talks with FACT, which ``_merge`` then folds in with France from the revoked
French accord (alone, or dated "أمس", the signing is read as occurred). Wrong alerts: in ar-hl07
the UAE's "وكانت دولة الإمارات العربية المتحدة قد أعادت فتح سفارتها في دمشق أول أمس الخميس" is an
occurred restoration: a day of the news (``fresh_time`` in ``ar.cues.yaml``: «أول أمس»، «الخميس»)
outranks the pluperfect «وكانت … قد» (``decide`` in ``rasd/events/status.py``; "… في أكتوبر
الماضي" is historical); in ar-hl12 the airport's "ووقعت إدارة مطار الريان اتفاقية مع شركة طيران
خاصة لتشغيل رحلات مباشرة إلى جدة والقاهرة" is an occurred signing with Egypt for its target: a
capital named as where the flights go is taken as the accord's counterpart (``assign`` in
``rasd/events/roles.py``; the English guards against place names that name something else,
``_state_names_another`` and ``_airline_name`` in ``rasd/events/extractor.py``, have no Arabic
destination rule) and one state among the parties is enough for ``_plausible``. Five strict
xfails on five articles (ar-hl03, ar-hl06, ar-hl09 missed; ar-hl07, ar-hl12 wrong alerts); do not
tune lexicons on these articles. Every cause has sentences of its own in ``RULES``, strict xfails
until fixed (eight: the masdar waiver with a long object, a state joining an unknown forum, a
bloc joined through «إليه», background of "أول أمس", the number of troops to rise, flights to a
capital, a signing demoted by another stalled or refused accord of one of its parties), beside
eleven neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the imposition is read from the headline with no target (the
six are unknown) and the lead's "وشملت العقوبات، التي أقرتها لجنة العقوبات" becomes a historical
imposition with Libya and Gaddafi for targets, folded with resolution 1970 of 2011, the Skhirat
agreement is a stalled signing with Morocco for its target (quiet either way), and the negated
Sabratha listing gives nothing; in ar-hl02 the lifting has Bensouda alone for its target
(Mochochoko is unknown) and the United States alone for its actor (Blinken and Biden, who
"ألغى الأمر التنفيذي", are missing), and the negated and historical joinings of the ICC give
nothing; in ar-hl03 the Caesar Act's impositions have Asma al-Assad for their target, and the
stalled talks give nothing; in ar-hl04 the extension is raised twice (the headline's «يمدد» with
the EU, Hamas and the PIJ, the lead's «مدد» with the Council and no target), and the historical
and negated impositions give nothing; in ar-hl05 the threat has the unlinked "مسؤولين صوماليين"
for its target and Blinken missing from its actors; in ar-hl06 the negated joining of the UAE
and the charter of September give nothing; in ar-hl07 the Arab League's sanctions of 2011 have
the Central Bank of Syria for their target, and the negated ambassador and the stalled seat give
nothing; in ar-hl08 the merger has Syria and "Syrian Army" for its targets (the Syrian Free Army
is unknown; the commander's «تركي» raises no Turkey), the agreement of 10 March is a stalled
signing of Mazloum Abdi with al-Sharaa for its target, and the stalled integration has the
United States and Jordan for actors (quiet); in ar-hl09 the arrival has N'Djamena beside Chad for
its targets, and the parliament's approval and the French forces give nothing. The Nouakchott
and Hebron pages raise nothing.

After the fixes of the same round (2026-12-03): events P 0.917 R 0.917 F1 0.917 (recall 11/12,
precision 11/12). Fixed as general causes (rasd/events/extractor.py, roles.py, the Arabic
lexicons): the masdar «إعفاء» reaches «من العقوبات» past a long object; «منتدى» is a bloc that
states join; a signing is not demoted to stalled or negated by another accord that shares only one
of its parties (the same accord names them all); the cities flights go to («رحلات مباشرة إلى جدة
والقاهرة») are no parties. Left: the observer joining through «إليه» (ar-hl06), the planned rise to
200 soldiers (ar-hl09) and «أول أمس» in a «وكانت … قد» background (ar-hl07).

ar-hl06 cured by ``test_general_misses7_rules_ar.py``'s bloc joined through a pronoun with the rank
joined ("ستنضم إليه بصفة مراقب"); its strict xfail removed.

``python -m tests.unit.test_heldout52_events_ar`` prints every article's alerts and the set's
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

_US = "United States"
_TREASURY = "United States Department of the Treasury"
_OFAC = "Office of Foreign Assets Control"
_UNSC = "United Nations Security Council"
_LIBYA_COMMITTEE = "UN Security Council 1970 Sanctions Committee"
_HOR_LIBYA = "House of Representatives (Libya)"
_HCS_LIBYA = "High Council of State (Libya)"
_TRAFFICKERS = [
    "Abd al-Rahman Milad",
    "Mus'ab Abu Qarin",
    "Mohammed Kachlaf",
    "Ahmad Oumar al-Dabbashi",
    "Ermias Ghermay",
    "Fitiwi Abdelrazak",
]
_ICC = "International Criminal Court"
_MOCHOCHOKO = "Phakiso Mochochoko"
_AANES = "Autonomous Administration of North and East Syria"
_COUNCIL_EU = "Council of the European Union"
_PIJ = "Palestinian Islamic Jihad"
_EMGF = "East Mediterranean Gas Forum"
_SFA = "Syrian Free Army"
_SYRIA_MOD = "Ministry of Defense (Syria)"
_SDF = "Syrian Democratic Forces"
_FACT = "Front for Change and Concord in Chad"

_JOIN_PRONOUN = (
    "a bloc joined through the pronoun «إليه/إليها» is neither a target nor a bloc anaphor"
    " (bloc_anaphor in rasd/events/lexicons/ar.cues.yaml holds «المجموعة، التكتل»), so the joining"
    " has nothing joined; «ستنضم إلى المنظمة» is read"
)
_PLUPERFECT_DAY = (
    "a day of the news (fresh_time in rasd/events/lexicons/ar.cues.yaml: «أول أمس», a weekday)"
    " outranks the background «وكانت … قد» (decide in rasd/events/status.py): the restoration of the"
    " day before yesterday told as background is an occurred one"
)
_FORCE_GROWS = (
    "a force that «سيرتفع … إلى مئتي جندي» is no deployment: the military.presence triggers of"
    " rasd/events/lexicons/ar.triggers.yaml are verbs of sending, deploying and arriving"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alsaa24-security-council-lists-libyan-smuggling-network-leaders-2018",
        date(2018, 6, 8),
        """مجلس الأمن يفرض عقوبات على ستة من قادة شبكات تهريب البشر في ليبيا

طرابلس - «الساعة 24»

فرض مجلس الأمن الدولي، مساء الخميس، عقوبات على ستة من قادة شبكات تهريب المهاجرين والاتجار بالبشر في ليبيا، بينهم آمر وحدة في خفر السواحل بمدينة الزاوية، في أول خطوة من نوعها تستهدف مهربي البشر على مستوى الأمم المتحدة.

وشملت العقوبات، التي أقرتها لجنة العقوبات الخاصة بليبيا بالإجماع، تجميد الأصول وحظر السفر على الليبيين عبد الرحمن ميلاد، المعروف بـ«البيجا»، ومصعب أبو قرين، ومحمد الكشلاف، وأحمد عمر الدباشي، إلى جانب الإريتريين إرمياس غيرماي وفيتوي عبد الرزاق، المتهمين بإدارة شبكات تنقل آلاف المهاجرين من القرن الأفريقي عبر الصحراء إلى السواحل الليبية.

وقال المندوب الهولندي لدى الأمم المتحدة كاريل فان أوستيروم، الذي تقدمت بلاده بالمقترح مع فرنسا وألمانيا والمملكة المتحدة والولايات المتحدة، إن القرار "رسالة واضحة بأن زمن الإفلات من العقاب انتهى"، وأضاف أن "المهربين يجنون ملايين الدولارات من بيع البشر كأنهم سلع".

وكانت روسيا قد علقت الموافقة على القائمة في فبراير الماضي، طالبة مزيدا من الأدلة، قبل أن ترفع اعتراضها الأسبوع الماضي بعد مشاورات مع الدول الأوروبية الأعضاء في المجلس.

ورحبت حكومة الوفاق الوطني المعترف بها دوليا بالقرار، وقال المتحدث باسمها في بيان إن الحكومة "ستتعاون مع لجنة العقوبات في تنفيذه"، فيما نفى آمر خفر السواحل في الزاوية، في تصريح لقناة محلية، أي صلة له بالتهريب، قائلا إنه "يحارب المهربين ولا يعمل معهم".

ولم تشمل القائمة أيا من قادة المجموعات المسلحة في صبراتة، رغم أن تقارير فريق الخبراء الأممي أشارت إلى تورطهم في تشغيل قوارب الهجرة خلال العامين الماضيين.

وكان مجلس الأمن قد فرض في فبراير 2011، بموجب القرار 1970، حظرا على الأسلحة إلى ليبيا وجمد أصول معمر القذافي وأفراد عائلته، ومنعهم من السفر، في الأيام الأولى للانتفاضة.

ووقعت الأطراف الليبية الاتفاق السياسي في مدينة الصخيرات المغربية في ديسمبر 2015، برعاية الأمم المتحدة، فيما لا تزال المفاوضات بين مجلس النواب والمجلس الأعلى للدولة حول تعديله متعثرة منذ جولة تونس في أكتوبر الماضي.

وفي ميناء الصيد بالزاوية، قال صياد في الخمسينيات من عمره: "يا خوي البحر هذا كان للحوت والرزق، توا ولّى للتهريب والجثث، والكل عارفين شكون وراها، لكن شن نديرو؟".

وتقدر المنظمة الدولية للهجرة عدد المهاجرين الموجودين في ليبيا بأكثر من ستمئة ألف، ينحدر معظمهم من دول أفريقيا جنوب الصحراء، ويحتجز الآلاف منهم في مراكز إيواء تفتقر إلى أبسط الخدمات، بحسب منظمات حقوقية.""",
        [
            G("sanctions.imposed", "occurred", [_UNSC, _LIBYA_COMMITTEE], _TRAFFICKERS),
            # "ولم تشمل القائمة أيا من قادة المجموعات المسلحة في صبراتة",
            G("sanctions.imposed", "negated", [_UNSC], [], core=False),
            # resolution 1970 of February 2011,
            G("sanctions.imposed", "historical", [_UNSC], ["Libya", "Muammar Gaddafi"], core=False),
            # the Skhirat agreement of December 2015,
            G("agreement.signed", "historical", ["Libya"], [], core=False),
            # the talks on amending it "متعثرة منذ جولة تونس",
            G("agreement.signed", "stalled", [_HOR_LIBYA, _HCS_LIBYA], [], core=False),
        ],
        not_targets=[
            "Libya",
            "Eritrea",
            "Netherlands",
            "France",
            "Germany",
            "United Kingdom",
            "United States",
            "Russia",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-felesteenonline-us-lifts-sanctions-icc-prosecutor-bensouda-2021",
        date(2021, 4, 3),
        """واشنطن ترفع العقوبات عن المدعية العامة للمحكمة الجنائية الدولية

لاهاي - «فلسطين أون لاين»

رفعت الولايات المتحدة، أمس الجمعة، العقوبات التي فرضتها إدارة الرئيس السابق دونالد ترامب على المدعية العامة للمحكمة الجنائية الدولية، الغامبية فاتو بنسودا، ورئيس قسم الاختصاص والتكامل والتعاون في مكتبها فاكيسو موتشوتشوكو، في خطوة قالت المحكمة إنها "تدشن مرحلة جديدة" في علاقتها مع واشنطن.

وقال وزير الخارجية الأمريكي أنتوني بلينكن، في بيان، إن الرئيس جو بايدن ألغى الأمر التنفيذي الصادر في يونيو الماضي، وأضاف أن "مخاوفنا من تحركات المحكمة في ما يتعلق بأفغانستان والوضع الفلسطيني لا تزال قائمة، لكننا نعتقد أن معالجتها تتم بشكل أفضل عبر الحوار، لا عبر العقوبات".

وأكد بلينكن أن واشنطن "ستواصل الاعتراض بشدة على أي محاولة لبسط ولاية المحكمة على مواطني دول غير أعضاء فيها، مثل الولايات المتحدة وإسرائيل"، مشيرا إلى أن الخارجية أنهت أيضا القيود على منح التأشيرات لبعض موظفي المحكمة، المعمول بها منذ عام 2019.

وكانت وزارة الخزانة الأمريكية قد فرضت في سبتمبر الماضي عقوبات على بنسودا وموتشوتشوكو، شملت تجميد أي أصول لهما في الولايات المتحدة، بعد أن فتحت المحكمة تحقيقا في جرائم حرب محتملة ارتكبتها القوات الأمريكية وحركة طالبان والقوات الحكومية في أفغانستان.

ولم تنضم الولايات المتحدة يوما إلى نظام روما الأساسي المنشئ للمحكمة، بل سحبت توقيعها عليه عام 2002، في عهد الرئيس جورج بوش الابن.

ورحبت بنسودا، في بيان مقتضب، بالقرار، وقالت إنها "تتطلع إلى الحوار مع الإدارة الأمريكية في إطار احترام استقلال المحكمة". كما رحبت به جمعية الدول الأطراف، التي تضم مئة وثلاث وعشرين دولة.

وكانت فلسطين قد انضمت إلى المحكمة في الأول من أبريل 2015، وأعلنت بنسودا في مطلع مارس الماضي فتح تحقيق رسمي في الوضع في الأراضي الفلسطينية، وهو ما رفضته إسرائيل بشدة، فيما رحبت به وزارة الخارجية والمغتربين الفلسطينية.

وفي ساحة أمام مقر المحكمة، حيث اعتاد ناشطون التجمع، قال طالب فلسطيني يدرس القانون في هولندا: "والله خبر منيح، بس إحنا بدنا عدالة مش بيانات، أهلنا في غزة والضفة بستنوا من سنين، وما حدا بيحاسب حدا".

ومن المقرر أن يتسلم المحامي البريطاني كريم خان منصب المدعي العام خلفا لبنسودا منتصف يونيو المقبل، بعد انتخابه في فبراير الماضي لولاية مدتها تسع سنوات.

ويقول خبراء في القانون الدولي إن رفع العقوبات يزيل عقبة أمام تعاون المصارف والشركات مع المحكمة، بعد أشهر من القلق الذي أثارته العقوبات في أوساط المحامين والموظفين.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, "Antony Blinken", "Joe Biden"],
                ["Fatou Bensouda", _MOCHOCHOKO],
            ),
            # the Treasury's listing "في سبتمبر الماضي",
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Fatou Bensouda", _MOCHOCHOKO],
                core=False,
            ),
            # "ولم تنضم الولايات المتحدة يوما إلى نظام روما الأساسي",
            G("alliance.joined", "negated", [_US], [_ICC], core=False),
            # Palestine's accession of April 2015,
            G("alliance.joined", "historical", ["Palestine"], [_ICC], core=False),
        ],
        not_targets=["Gambia", "Afghanistan", "Israel", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-northpress-treasury-general-licence-22-northeast-syria-2022",
        date(2022, 5, 13),
        """واشنطن تستثني مناطق شمال شرقي سوريا وشمال غربها من بعض العقوبات

القامشلي - «نورث برس»

أعلنت وزارة الخزانة الأمريكية، أمس الخميس، إعفاء مناطق شمال شرقي سوريا وشمال غربها الخارجة عن سيطرة الحكومة من عدد من العقوبات المفروضة على البلاد، عبر ترخيص عام يجيز للشركات الأجنبية الاستثمار في قطاعات الزراعة والبناء والاتصالات والكهرباء والمياه والصحة.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة إن الترخيص العام رقم 22 يشمل اثني عشر قطاعا في مناطق تسيطر عليها «قوات سوريا الديمقراطية» وفصائل معارضة في ريف حلب الشمالي، ولا يشمل التعامل مع الحكومة السورية أو مع أي أشخاص مدرجين على قوائم العقوبات، ولا تجارة النفط.

واستثنى الترخيص مدينة عفرين والمناطق التي تسيطر عليها «هيئة تحرير الشام» في إدلب، المصنفة منظمة إرهابية، بحسب نص القرار.

وأكدت مساعدة وزير الخارجية الأمريكي بالوكالة لشؤون الشرق الأدنى أن الخطوة "تهدف إلى تعزيز الاستقرار الاقتصادي في المناطق المحررة من تنظيم داعش"، وأضافت أن "سياستنا تجاه النظام السوري لم تتغير".

ولم تعلق واشنطن أي عقوبات على حكومة الرئيس بشار الأسد، وقال مسؤول أمريكي إن العقوبات على دمشق "باقية ما لم يتحقق تقدم نحو الحل السياسي وفق القرار 2254".

ويأتي القرار بعد نحو عامين من دخول «قانون قيصر» حيز التنفيذ في يونيو 2020، والذي فرضت واشنطن بموجبه عقوبات على عشرات الأفراد والشركات المرتبطة بالحكومة السورية، بينهم أسماء الأسد.

ورحبت الإدارة الذاتية لشمال وشرق سوريا بالقرار، ووصفته بأنه "خطوة إيجابية لدعم الاستقرار وتحسين الظروف المعيشية"، فيما اعتبرته الخارجية السورية في بيان "محاولة لشرعنة الكيانات الانفصالية ونهب ثروات الشعب السوري".

وفي أنقرة، قال مسؤول في الخارجية التركية إن بلاده "لن تقبل أي خطوة تمنح شرعية لامتدادات حزب العمال الكردستاني".

ولا تزال المحادثات بين الإدارة الذاتية والحكومة في دمشق متعثرة منذ سنوات، رغم جولات عدة جرت برعاية روسية في قاعدة حميميم وفي العاصمة السورية.

وفي سوق القامشلي المركزي، قال تاجر مواد بناء: "والله إذا صار استثمار صدق، الشباب ما راح يطلعون برا، بس لحد هسه ما شفنا شي، كله حجي".

ويعاني سكان المنطقة من انهيار قيمة الليرة السورية وارتفاع أسعار المحروقات والأدوية، فيما يعتمد آلاف المزارعين على موسم القمح الذي تراجع بسبب الجفاف للعام الثاني على التوالي.""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY, _OFAC], ["Syria"]),
            # "ولم تعلق واشنطن أي عقوبات على حكومة الرئيس بشار الأسد",
            G("sanctions.suspended", "negated", [_US], ["Bashar al-Assad"], core=False),
            # the Caesar Act's sanctions since June 2020,
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            # the talks of the Autonomous Administration and Damascus "متعثرة منذ سنوات",
            G("agreement.signed", "stalled", [_AANES, "Syria"], [], core=False),
        ],
        not_targets=[_SDF, _AANES, "Hay'at Tahrir al-Sham", "Turkey", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-ultrapal-eu-prolongs-hamas-islamic-jihad-sanctions-regime-2025",
        date(2025, 1, 14),
        """الاتحاد الأوروبي يمدد عقوباته على «حماس» و«الجهاد الإسلامي» عاما إضافيا

بروكسل - «ألترا فلسطين»

مدد مجلس الاتحاد الأوروبي، أمس الاثنين، العمل بنظام العقوبات الخاص بحركتي المقاومة الإسلامية «حماس» و«الجهاد الإسلامي» لمدة عام إضافي، حتى العشرين من يناير 2026، مبقيا على تجميد أصول الأفراد المدرجين على القائمة ومنعهم من دخول أراضي الدول الأعضاء أو المرور عبرها.

المجلس أوضح، في بيان نشره على موقعه الإلكتروني، أن القرار جاء "في ضوء استمرار التهديد الذي تمثله الحركتان"، وأضاف أن الإجراءات تشمل أيضا "حظر إتاحة أي أموال أو موارد اقتصادية، بشكل مباشر أو غير مباشر، للأشخاص المدرجين أو لصالحهم".

وكان الاتحاد قد أنشأ هذا الإطار في يناير 2024، بعد ثلاثة أشهر من هجوم السابع من أكتوبر، وأدرج بموجبه على مراحل قياديين وممولين في الحركتين، بينهم رجال أعمال يقيمون في تركيا ولبنان، قال إنهم يديرون محفظة استثمارات لصالح «حماس».

وتدرج «حماس» منذ عام 2003 على قائمة الاتحاد الأوروبي للمنظمات الإرهابية، وهي قائمة منفصلة يراجعها المجلس كل ستة أشهر.

ولم يضف المجلس أي أسماء جديدة إلى القائمة خلال المراجعة الأخيرة، بحسب دبلوماسي أوروبي تحدث لـ«ألترا فلسطين» شرط عدم الكشف عن هويته، قائلا إن الدول الأعضاء "فضلت تأجيل النقاش حول الإضافات إلى ما بعد اتضاح مسار المفاوضات في الدوحة".

في المقابل، قالت «حماس»، في بيان، إن القرار "يعكس انحيازا أوروبيا فاضحا للاحتلال"، وطالبت الاتحاد بـ"فرض عقوبات حقيقية على قادة الاحتلال المسؤولين عن جرائم الإبادة في قطاع غزة، بدلا من معاقبة الضحايا".

وكانت إسبانيا وإيرلندا قد طالبتا العام الماضي بمراجعة اتفاقية الشراكة بين الاتحاد وإسرائيل على خلفية الحرب، من دون أن يتوصل وزراء الخارجية إلى موقف موحد.

ويتولى الممثل الأعلى للشؤون الخارجية والسياسة الأمنية، الإستونية كايا كالاس، منذ مطلع ديسمبر الماضي ملف الشرق الأوسط، وقد أكدت في أول تصريحاتها أن الاتحاد "مستعد لدعم أي اتفاق لوقف إطلاق النار".

وفي حي مولنبيك في بروكسل، حيث تقيم جالية فلسطينية صغيرة، قال رجل من غزة وصل إلى بلجيكا قبل عشر سنوات: "إحنا كل يوم بنعد الشهدا، وهم قاعدين بيمددوا عقوبات… يا زلمة الناس بدها تعيش بس، وأهلي لسه تحت الخيم".

ويقدر عدد الفلسطينيين المقيمين في بلجيكا ببضعة آلاف، وقد نظموا منذ اندلاع الحرب عشرات الوقفات أمام مقرات مؤسسات الاتحاد، للمطالبة بوقف تصدير السلاح إلى إسرائيل وفتح المعابر أمام المساعدات الإنسانية.""",
        [
            G("sanctions.extended", "occurred", [_COUNCIL_EU, "European Union"], ["Hamas", _PIJ]),
            # the framework set up in January 2024,
            G("sanctions.imposed", "historical", ["European Union"], ["Hamas", _PIJ], core=False),
            # Hamas on the EU's terrorist list since 2003,
            G("sanctions.imposed", "historical", ["European Union"], ["Hamas"], core=False),
            # "ولم يضف المجلس أي أسماء جديدة إلى القائمة",
            G("sanctions.imposed", "negated", [_COUNCIL_EU], [], core=False),
        ],
        not_targets=["Israel", "Turkey", "Lebanon", "Qatar", "Spain", "Ireland", "Belgium"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-radiomogadishu-blinken-threatens-somali-officials-term-extension-2021",
        date(2021, 4, 14),
        """بلينكن يلوّح بالعقوبات بعد تمديد ولاية الرئيس الصومالي

مقديشو - «راديو مقديشو»

هدد وزير الخارجية الأمريكي أنتوني بلينكن، مساء الثلاثاء، بفرض عقوبات وقيود على التأشيرات على مسؤولين صوماليين، بعد أن صادق الرئيس محمد عبد الله محمد «فرماجو» على قانون أقره مجلس الشعب يمدد ولايته وولاية البرلمان لعامين، ويؤجل الانتخابات المقررة منذ فبراير الماضي.

وقال بلينكن، في بيان، إن الولايات المتحدة "تشعر بخيبة أمل عميقة" من القرار، وأضاف أن واشنطن "مستعدة للنظر في كل الأدوات المتاحة، بما في ذلك العقوبات وقيود التأشيرات، للرد على المساعي الرامية إلى تقويض السلام والاستقرار". وأكد أن الخطوة "ستفاقم الانقسامات وتصرف الانتباه عن مواجهة حركة الشباب".

في المقابل، قال وزير الإعلام الصومالي، في مؤتمر صحفي بمقديشو، إن الحكومة "ترفض أي تدخل في الشؤون الداخلية"، مضيفا أن التمديد "إجراء دستوري مؤقت يمهد لانتخابات مباشرة يختار فيها الشعب ممثليه بنفسه".

ووصلت المحادثات بين الحكومة الاتحادية ورئيسي ولايتي بونتلاند وجوبالاند إلى طريق مسدود في فبراير الماضي، من دون التوصل إلى اتفاق على آلية تنفيذ الانتخابات غير المباشرة، وهو ما فتح الباب أمام الأزمة الحالية.

ورفض رئيس مجلس الشيوخ عبدي حاشي عبد الله القانون، ووصفه بأنه "غير دستوري"، فيما حذر مرشحو المعارضة من أن التمديد "سيدفع البلاد إلى المجهول".

ولا تعتزم الإدارة الأمريكية إعادة نشر قواتها في الصومال، بعد أن سحبت في يناير الماضي نحو سبعمئة جندي كانوا يدربون القوات الخاصة الصومالية «دنب»، وفق ما أكده مسؤول في وزارة الدفاع للصحفيين.

وكانت الولايات المتحدة قد أعادت فتح سفارتها في مقديشو في ديسمبر 2019، للمرة الأولى منذ إغلاقها عام 1991 مع انهيار الحكومة المركزية واندلاع الحرب الأهلية.

وتأتي الأزمة فيما تستعد بعثة الاتحاد الأفريقي في الصومال «أميسوم» لمراجعة مهمتها، وسط مخاوف من أن يستغل مقاتلو حركة الشباب الانقسامات لتوسيع نفوذهم في الأقاليم الوسطى والجنوبية.

وفي سوق بكارة، أكبر أسواق العاصمة، قال تاجر ملابس تعلم العربية في اليمن: "إحنا تعبنا من السياسة والسياسيين، الناس تبغى الأمن والشغل بس، والله ما أحد يسأل عن الفقير".

ويعتمد ملايين الصوماليين على المساعدات الإنسانية، في ظل موجات جفاف متكررة وغزو الجراد الصحراوي الذي أتلف المحاصيل والمراعي في أجزاء واسعة من البلاد خلال العام الماضي.""",
        [
            G("sanctions.threatened", "occurred", [_US, "Antony Blinken"], []),
            # the talks with Puntland and Jubaland "إلى طريق مسدود",
            G("agreement.signed", "stalled", ["Somalia", "Puntland", "Jubaland"], [], core=False),
            # "ولا تعتزم الإدارة الأمريكية إعادة نشر قواتها في الصومال",
            G("military.presence", "negated", [_US], ["Somalia"], core=False),
            # the embassy in Mogadishu reopened in December 2019,
            G("relations.restored", "historical", [_US, "Somalia"], [], core=False),
        ],
        not_targets=["Yemen", "African Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-ahrammassai-france-joins-east-med-gas-forum-2021",
        date(2021, 3, 10),
        """فرنسا تنضم إلى منتدى غاز شرق المتوسط عضوا كاملا

القاهرة - «الأهرام المسائي»

انضمت فرنسا رسميا، أمس الثلاثاء، إلى منتدى غاز شرق المتوسط عضوا كاملا، خلال الاجتماع الوزاري الخامس للمنتدى، الذي عقد عبر تقنية الفيديو برئاسة المهندس طارق الملا، وزير البترول والثروة المعدنية، لتصبح ثامن دولة عضو في المنظمة التي تتخذ من القاهرة مقرا لها.

وقال الوزير، في كلمته الافتتاحية، إن انضمام فرنسا "يعكس المكانة التي بات يحظى بها المنتدى على الساحة الدولية"، وأضاف أن المنتدى "منصة للحوار والتعاون بين الدول المنتجة والمستهلكة ودول العبور، لا تستهدف أحدا".

وأعلن المنتدى في بيانه الختامي أن الولايات المتحدة ستنضم إليه بصفة مراقب، بعد استكمال إجراءاتها الداخلية، فيما يواصل الاتحاد الأوروبي والبنك الدولي المشاركة في أعماله بالصفة نفسها.

ولم يوافق الاجتماع على طلب دولة الإمارات العربية المتحدة الانضمام إلى المنتدى بصفة مراقب، بعد اعتراض دولة فلسطين، إذ يشترط النظام الأساسي موافقة جميع الأعضاء على أي عضوية جديدة.

وكان وزراء الطاقة في مصر واليونان وقبرص وإسرائيل وإيطاليا والأردن وفلسطين قد وقعوا في سبتمبر الماضي ميثاق المنتدى، الذي حوله إلى منظمة إقليمية حكومية، بعد نحو عشرين شهرا من إطلاقه في القاهرة.

من جانبها، قالت وزيرة التحول البيئي الفرنسية باربرا بومبيلي إن بلادها "ستسهم بخبرتها في مجالي الطاقة النظيفة وخفض الانبعاثات"، مشيرة إلى أن شركة «توتال» تعمل منذ سنوات في التنقيب قبالة السواحل القبرصية.

ويرى خبراء أن عضوية فرنسا تعزز الثقل السياسي للمنتدى في مواجهة الاعتراضات التركية، إذ تتهم أنقرة الدول الأعضاء بالسعي إلى إقصائها من ثروات شرق المتوسط، وتطالب بحصة لجمهورية شمال قبرص التركية.

وتسعى مصر، التي تمتلك محطتين لإسالة الغاز في إدكو ودمياط، إلى التحول إلى مركز إقليمي لتداول الطاقة، مستفيدة من اكتشافات حقل ظهر العملاق وواردات الغاز من الحقول الإسرائيلية.

وفي مقهى بمدينة دمياط، قال صياد يعمل على مركب قرب منطقة المصنع: "الغاز ده خير على البلد، مفيش كلام، بس إحنا عايزين نشوفه في الأسعار وفي شغل ولادنا، مش بس في الجرايد".

ويتوقع مسؤولون في القطاع أن يرتفع إنتاج مصر من الغاز الطبيعي خلال العام الجاري، مع دخول آبار جديدة مرحلة الإنتاج في دلتا النيل والبحر المتوسط، وارتفاع الطلب الأوروبي على الغاز المسال.""",
        [
            G("alliance.joined", "occurred", ["France"], [_EMGF]),
            # the United States "ستنضم إليه بصفة مراقب",
            G("alliance.joined", "planned", [_US], [_EMGF]),
            # "ولم يوافق الاجتماع على طلب دولة الإمارات … الانضمام",
            G("alliance.joined", "negated", ["United Arab Emirates"], [_EMGF], core=False),
            # the charter signed in September,
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Greece", "Cyprus", "Israel", "Italy", "Jordan", "Palestine"],
                [],
                core=False,
            ),
        ],
        not_targets=["Egypt", "Palestine", "Turkey", "Northern Cyprus"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alayam-bahrain-resumes-embassy-work-damascus-2018",
        date(2018, 12, 29),
        """البحرين تستأنف العمل في سفارتها لدى دمشق

المنامة - «الأيام»

أعلنت وزارة الخارجية، أمس الجمعة، استئناف العمل في سفارة مملكة البحرين لدى الجمهورية العربية السورية، بعد نحو سبع سنوات على سحب السفير وتعليق عمل البعثة، مؤكدة حرص المملكة على "استمرار العلاقات مع الجمهورية العربية السورية الشقيقة".

وأوضحت الوزارة، في بيان نشرته وكالة أنباء البحرين «بنا»، أن سفارة الجمهورية العربية السورية في المنامة تواصل عملها، وأن الرحلات الجوية بين البلدين قائمة دون انقطاع.

وقال معالي الشيخ خالد بن أحمد بن محمد آل خليفة، وزير الخارجية، في تغريدة على حسابه الرسمي، إن الخطوة تأتي "في إطار الحرص على تعزيز الدور العربي والحفاظ على استقلال سوريا وسيادتها ووحدة أراضيها، ومنع مخاطر التدخلات الإقليمية في شؤونها الداخلية".

وأضاف معاليه أن التوجيهات جاءت من حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المفدى، بما يخدم "الأمن القومي العربي".

وكانت دولة الإمارات العربية المتحدة قد أعادت فتح سفارتها في دمشق أول أمس الخميس، في حفل حضره القائم بالأعمال الإماراتي، بعد قطيعة دامت منذ عام 2012.

ولم تعين البحرين حتى الآن سفيرا لها في دمشق، إذ سيتولى قائم بالأعمال إدارة السفارة في المرحلة الحالية، بحسب مصدر دبلوماسي تحدث لـ«الأيام».

وكانت جامعة الدول العربية قد علقت عضوية سوريا في نوفمبر 2011، وفرضت عليها عقوبات اقتصادية شملت تجميد التعاملات مع البنك المركزي السوري ووقف الرحلات الجوية، إثر حملة القمع التي شنتها السلطات على المحتجين.

ولا يزال الخلاف قائما بين الدول الأعضاء في الجامعة حول عودة دمشق إلى شغل مقعدها، إذ لم يتوصل وزراء الخارجية العرب إلى توافق بشأن المسألة، رغم مطالبات عدد من العواصم بطي صفحة القطيعة قبل القمة المقبلة في تونس.

ويرى مراقبون أن الخطوتين الإماراتية والبحرينية تعكسان رغبة خليجية في استعادة حضور عربي في سوريا، يوازن النفوذ الإيراني والتركي المتزايد فيها خلال سنوات الحرب.

وفي سوق المنامة القديم، قال تاجر بحريني يستورد الحلويات والمكسرات من دمشق منذ ثلاثين سنة: "زين والله، عندنا شغل وايد مع الشوام من زمان، والناس تبي ترجع تسافر وتزور، والحين إن شاء الله الأمور بتتيسر".

ويقيم في البحرين آلاف السوريين، يعمل كثير منهم في قطاعات التجارة والمطاعم والخدمات الطبية، فيما يرتبط البلدان بعلاقات اقتصادية تعود إلى عقود.""",
        [
            G("relations.restored", "occurred", ["Bahrain", "Syria"], []),
            # the UAE that "قد أعادت فتح سفارتها في دمشق أول أمس",
            G(
                "relations.restored",
                "historical",
                ["United Arab Emirates", "Syria"],
                [],
                core=False,
            ),
            # "ولم تعين البحرين حتى الآن سفيرا لها في دمشق",
            G("relations.restored", "negated", ["Bahrain", "Syria"], [], core=False),
            # the Arab League's sanctions of November 2011,
            G("sanctions.imposed", "historical", ["Arab League"], ["Syria"], core=False),
            # Syria's seat, on which the ministers "لم يتوصل … إلى توافق",
            G("alliance.joined", "stalled", ["Syria"], ["Arab League"], core=False),
        ],
        not_targets=["Iran", "Turkey"],
        known_alarm=_PLUPERFECT_DAY,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-zamanalwasl-syrian-free-army-merged-into-army-2025",
        date(2025, 6, 11),
        """دمج «جيش سوريا الحرة» في صفوف الجيش السوري

دمشق - «زمان الوصل»

دمجت وزارة الدفاع السورية، أمس الثلاثاء، مقاتلي «جيش سوريا الحرة» العاملين في منطقة التنف والبادية الشرقية في صفوف الجيش السوري، ضمن فرقة جديدة تتبع للمنطقة الوسطى، وذلك في احتفال أقيم بمدينة تدمر بحضور عدد من قادة الوزارة ووجهاء العشائر.

وقال العقيد سالم تركي العنتري، قائد الفصيل، في كلمة خلال الاحتفال، إن مقاتليه "وضعوا سلاحهم وخبرتهم في خدمة الدولة السورية الجديدة"، وأضاف أن "زمن الفصائل انتهى، وسوريا اليوم تحتاج إلى جيش واحد يحمي حدودها ويحارب خلايا داعش في البادية".

وأكد وزير الدفاع اللواء مرهف أبو قصرة، في بيان نشرته الوزارة على معرفاتها الرسمية، أن عملية الدمج "تسير وفق خطة مدروسة"، وأن الوزارة "منفتحة على جميع التشكيلات العسكرية التي تقبل الانضواء تحت راية الجيش".

وكانت القوات الأمريكية تنتشر في قاعدة التنف قرب المثلث الحدودي مع الأردن والعراق منذ عام 2016، في إطار التحالف الدولي لمحاربة داعش، وتولت تدريب مقاتلي الفصيل وتسليحهم طوال السنوات الماضية.

ولم يشمل الدمج «قوات سوريا الديمقراطية»، التي وقع قائدها مظلوم عبدي مع الرئيس أحمد الشرع في العاشر من مارس الماضي اتفاقا يقضي بدمج مؤسساتها المدنية والعسكرية في مؤسسات الدولة، لا تزال المفاوضات حول آليات تنفيذه متعثرة.

وقالت القيادة المركزية الأمريكية «سنتكوم»، في بيان مقتضب، إن قواتها "ستواصل العمل مع الشركاء السوريين لضمان الهزيمة الدائمة لتنظيم داعش"، من دون أن تحدد مستقبل وجودها في القاعدة.

ويضم «جيش سوريا الحرة»، الذي عرف سابقا باسم «جيش مغاوير الثورة»، مئات المقاتلين من أبناء العشائر في دير الزور وحمص، وخاض معارك ضد التنظيم في البادية منذ تأسيسه عام 2015.

وفي مخيم الركبان القريب من الحدود الأردنية، قال رجل من عشيرة العمور يعيش في المخيم منذ ثماني سنوات: "الحمد لله صرنا جيش واحد، بس المخيم بعده على حاله، والناس تبي ترجع لديارها وأراضيها، ما نبي غير هالشي".

ويعيش في مخيم الركبان آلاف النازحين في ظروف إنسانية صعبة، بعد أن انقطعت عنه المساعدات لسنوات بسبب الحصار الذي فرضته قوات النظام السابق على المنطقة، قبل أن تبدأ العائلات بالعودة تدريجيا إلى مدنها وقراها.""",
        [
            G("forces.integrated", "occurred", ["Syria", _SYRIA_MOD], [_SFA]),
            # the US forces at al-Tanf since 2016,
            G("military.presence", "historical", [_US], ["Syria"], core=False),
            # "ولم يشمل الدمج «قوات سوريا الديمقراطية»",
            G("forces.integrated", "negated", ["Syria"], [_SDF], core=False),
            # the agreement of 10 March,
            G(
                "agreement.signed",
                "historical",
                ["Mazloum Abdi", "Ahmed al-Sharaa", _SDF],
                [],
                core=False,
            ),
            # whose talks "لا تزال … متعثرة",
            G("forces.integrated", "stalled", ["Syria"], [_SDF], core=False),
        ],
        not_targets=["Turkey", "United States", "Jordan", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-ndjamenajadida-hungarian-troops-arrive-defence-agreement-2025",
        date(2025, 3, 10),
        """طلائع القوة المجرية تصل إلى انجامينا.. والبلدان يوقعان اتفاقية دفاعية

انجامينا - «انجامينا الجديدة»

وصلت إلى العاصمة انجامينا، مساء الأحد، طلائع الوحدة العسكرية المجرية المكونة من نحو خمسين جنديا، على متن طائرة نقل عسكرية، في إطار مهمة قالت بودابست إنها تهدف إلى "دعم جهود مكافحة الإرهاب والحد من الهجرة غير النظامية" في منطقة الساحل.

ووقع وزير الدفاع المجري كريستوف سالاي-بوبروفنيتسكي ونظيره التشادي، في اليوم نفسه بانجامينا، اتفاقية للتعاون الدفاعي تنظم وضع القوات المجرية على الأراضي التشادية، وتشمل التدريب وتبادل المعلومات وتقديم الدعم الطبي واللوجستي.

وقال الوزير المجري، في مؤتمر صحفي مشترك، إن عدد الجنود "سيرتفع إلى مئتي جندي بحلول نهاية العام"، مضيفا أن بلاده "تريد أن تكون شريكا موثوقا لتشاد في مواجهة التهديدات القادمة من حدودها".

من جانبه، أكد الوزير التشادي أن فخامة رئيس الجمهورية المشير محمد إدريس ديبي إتنو "حريص على تنويع شراكات البلاد العسكرية"، مشيرا إلى أن المجر "لم تأت بشروط ولا بإملاءات".

وكان البرلمان المجري قد وافق في نوفمبر 2023 على إرسال ما يصل إلى مئتي جندي إلى تشاد، وسط انتقادات من المعارضة المجرية التي تساءلت عن جدوى المهمة وكلفتها.

ولا تعتزم المجر إقامة قاعدة عسكرية دائمة في تشاد، بحسب ما أكده مسؤول في السفارة المجرية، موضحا أن الجنود سيتمركزون في منشآت تابعة للجيش التشادي.

وتأتي الخطوة بعد أسابيع من مغادرة آخر الجنود الفرنسيين، الذين كانوا ينتشرون في تشاد منذ عقود، إثر إلغاء انجامينا اتفاقية التعاون الدفاعي مع باريس في نوفمبر الماضي.

ووقعت الحكومة الانتقالية في أغسطس 2022 في الدوحة اتفاق سلام مع عشرات الحركات المسلحة، فيما لا تزال المحادثات مع «جبهة التناوب والوفاق في تشاد» متعثرة، بعد أن رفضت الجبهة التوقيع على الاتفاق.

وفي سوق انجامينا الكبير، قال تاجر أقمشة: "والله نحن ما عارفين الناس دول جو يسوو شنو، كل سنة يجو ناس جداد، أهم حاجة الأمن يكون، والعيش يكون رخيص للمساكين".

وتواجه تشاد، التي تستضيف أكثر من مليون لاجئ سوداني في شرق البلاد، هجمات متكررة لجماعة «بوكو حرام» في منطقة بحيرة تشاد، إلى جانب توترات على حدودها الشمالية مع ليبيا.""",
        [
            G("military.presence", "occurred", ["Hungary"], ["Chad"]),
            # the force that "سيرتفع إلى مئتي جندي بحلول نهاية العام",
            G("military.presence", "planned", ["Hungary"], ["Chad"]),
            G("agreement.signed", "occurred", ["Hungary", "Chad"], []),
            # the Hungarian parliament's approval of November 2023,
            G("military.presence", "historical", ["Hungary"], ["Chad"], core=False),
            # "ولا تعتزم المجر إقامة قاعدة عسكرية دائمة في تشاد",
            G("military.presence", "negated", ["Hungary"], ["Chad"], core=False),
            # the French forces "الذين كانوا ينتشرون في تشاد منذ عقود",
            G("military.presence", "historical", ["France"], ["Chad"], core=False),
            # the Doha agreement of August 2022,
            G("agreement.signed", "historical", ["Chad"], [], core=False),
            # the talks with FACT "متعثرة",
            G("agreement.signed", "stalled", ["Chad", _FACT], [], core=False),
        ],
        not_targets=["France", "Libya", "Sudan", "Qatar"],
        known_miss=_FORCE_GROWS,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-mauritanie-alan-nouakchott-football-page-2024",
        date(2024, 4, 14),
        """نواذيبو يقترب من اللقب.. والاتحاد يغرم تفرغ زينة ويرفع الإيقاف عن مهاجم الكونكورد

نواكشوط - «موريتانيا الآن»

اقترب نادي نواذيبو خطوة جديدة من لقب الدوري الموريتاني الممتاز، بعد فوزه على مضيفه تفرغ زينة بهدفين مقابل هدف، في المباراة التي جرت مساء السبت على ملعب شيخا ولد بيديا بالعاصمة نواكشوط، أمام حضور جماهيري لافت.

وعقب اللقاء، فرضت لجنة الانضباط بالاتحاد الموريتاني لكرة القدم غرامة مالية قدرها مئتا ألف أوقية قديمة على نادي تفرغ زينة، بسبب رمي جماهيره المقذوفات على أرضية الملعب، وقررت إيقاف حارس مرماه ثلاث مباريات بعد اعتدائه على الحكم المساعد.

وفي المقابل، رفعت اللجنة الإيقاف عن مهاجم نادي الكونكورد بعد قبول الطعن الذي تقدم به ناديه، ليصبح جاهزا لمواجهة الجولة المقبلة، فيما هدد الاتحاد بفرض عقوبات أشد على الأندية التي تتكرر فيها أعمال الشغب، تصل إلى اللعب دون جمهور.

وعلى صعيد الانتقالات، انضم مدافع سنغالي إلى صفوف نواذيبو قادما من الدوري الجزائري، بعقد يمتد لموسمين، بينما مدد نادي الشرطة عقد مدربه التونسي حتى نهاية الموسم المقبل، رغم تراجع نتائج الفريق في الجولات الأخيرة.

ووقع الاتحاد عقد رعاية مع شركة للاتصالات لمدة ثلاثة مواسم، كما وقع اتفاقية تعاون مع الاتحاد السنغالي لكرة القدم لتبادل الخبرات في مجال التحكيم وتنظيم معسكرات مشتركة لمنتخبات الفئات العمرية.

وقرر المكتب التنفيذي للاتحاد دمج بطولتي الشباب والأواسط في مسابقة واحدة بداية من الموسم المقبل، على أن تستأنف منافسات كأس الرئيس الشهر المقبل، بعد تعليقها بسبب ارتباط المنتخب الوطني بمباريات التصفيات.

ونشرت الإدارة الجهوية للأمن وحدات من الشرطة لتأمين المباراة في محيط الملعب، ولم تسجل أي حوادث خارجه، وسط إجراءات تنظيمية مشددة عند البوابات.

وقال مدرب نواذيبو في المؤتمر الصحفي عقب اللقاء: "الفريق لعب مباراة كبيرة، واللاعبين ما قصروا، والحمد لله، لكن البطولة ما زالت ما انتهات، وعندنا مباريات صعبة".

وقال مشجع من أنصار تفرغ زينة عند خروجه من الملعب: "حنا زعلانين، الحكم ما عدل معانا، ولكن الفريق ما زال فيه الخير، والموسم الجاي إن شاء الله يكون أحسن".

ويتصدر نادي نواذيبو جدول الترتيب برصيد أربع وأربعين نقطة، بفارق ست نقاط عن الكونكورد صاحب المركز الثاني، فيما يأتي تفرغ زينة ثالثا، ويحتل نادي الشرطة المركز الرابع.

وتقام الجولة المقبلة يوم الجمعة، حيث يلتقي نواذيبو مع نادي النجمة في العاصمة الاقتصادية، بينما يستضيف الكونكورد فريق الشرطة بملعب الشيخ بوده بنواكشوط.""",
        [],
        not_targets=["Senegal", "Algeria", "Tunisia", "Mauritania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-donialwatan-hebron-local-page-2024",
        date(2024, 3, 4),
        """الخليل: مخالفات على المحال المخالفة ورفع مئات الأطنان من النفايات في البلدة القديمة

الخليل - «دنيا الوطن»

فرضت بلدية الخليل غرامات مالية على عدد من المحال التجارية التي تعرض بضائعها على الأرصفة في شارع عين سارة والمناطق المحيطة بدوار ابن رشد، وهددت بفرض عقوبات أشد تصل إلى إغلاق المحال في حال تكرار المخالفة خلال شهر رمضان.

ورفعت طواقم النظافة التابعة للبلدية، خلال الأسبوع الماضي، أكثر من ثلاثمئة طن من النفايات من الأسواق والأحياء الشرقية، في إطار حملة «خليلنا أجمل» التي تتواصل حتى نهاية الشهر المقبل بمشاركة متطوعين من الجامعات.

وفي المقابل، علقت دائرة المياه في البلدية ضخ المياه عن أحياء في منطقة رأس الجورة ليومين لإجراء أعمال صيانة على الخط الرئيسي، قبل أن تستأنف الضخ مساء الأحد وفق الجدول المعتاد.

ووقعت البلدية اتفاقية شراكة مع جمعية أهلية للعناية بالحدائق العامة، كما انضمت المدينة إلى شبكة المدن العربية الصديقة للطفل، بعد مشاركة وفد منها في ملتقى أقيم في عمّان الشهر الماضي.

ومددت البلدية مهلة تجديد رخص المهن والحرف حتى نهاية الشهر المقبل، ونشرت الشرطة الفلسطينية دوريات إضافية في شارع السلام وعلى مداخل المدينة الشمالية لتنظيم حركة السير خلال ساعات الذروة.

وأعادت مديرية التربية والتعليم فتح مدرسة في بلدة بيت كاحل بعد انتهاء أعمال الترميم، فيما قررت دمج مدرستين صغيرتين في منطقة وادي الهرية بسبب تراجع أعداد الطلاب وارتفاع كلفة الإيجارات.

وعلى صعيد النقل، استأنفت حافلات الخط الواصل بين الخليل وبيت لحم رحلاتها بشكل منتظم، بعد توقف بعضها بسبب ارتفاع أسعار المحروقات وخلافات بين أصحاب الشركات حول التعرفة.

وقال مدير دائرة الصحة والبيئة في البلدية، في تصريح لـ«دنيا الوطن»، إن الطواقم الميدانية "لن تتهاون مع أي مخالفة تمس الصحة العامة أو المظهر الحضاري للمدينة"، داعيا المواطنين إلى الإبلاغ عن أي تجاوزات عبر الرقم المجاني.

وفي سوق الخضار المركزي، قال بائع خضار في الستينيات من عمره: "والله يا زلمة الحالة صعبة، البيع قليل والكل بيشكي من الغلا، بس الحمد لله على كل إشي، الخليل بتضل الخليل".

ويشتكي سكان الأحياء القريبة من الأسواق من الازدحام المروري ونقص مواقف السيارات، ويطالبون البلدية بتوسعة الطرق الرئيسية وإنشاء مجمعات للسيارات متعددة الطوابق.

وتعد الخليل كبرى مدن الضفة الغربية من حيث عدد السكان والنشاط الاقتصادي، وتشتهر بصناعات الزجاج والخزف والجلود وكروم العنب التي تمتد على تلالها.""",
        [],
        not_targets=["Palestine", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-mukallaalyoum-mukalla-business-page-2024",
        date(2024, 10, 21),
        """شركة حضرمية تنضم إلى غرفة تجارة حضرموت.. والموانئ تفرض رسوما جديدة في المكلا

المكلا - «المكلا اليوم»

انضمت شركة متخصصة في تعليب الأسماك مقرها المكلا إلى عضوية غرفة تجارة وصناعة حضرموت، أمس، بعد استكمال إجراءات تسجيل مصنعها الجديد في منطقة خلف، لترفع عدد الشركات الصناعية المسجلة في الغرفة إلى أكثر من مئة وعشرين شركة.

وقال المدير التنفيذي للشركة في تصريح لـ«المكلا اليوم» إن التسجيل "يفتح الباب أمام التصدير إلى الأسواق الخليجية"، مشيرا إلى أن الشركة وقعت عقدا مع شركة إماراتية لتوريد خطوط تعليب حديثة لمصنعها.

وفي المقابل، فرضت مؤسسة موانئ البحر العربي رسوما جديدة على تخزين الحاويات لفترات طويلة في ميناء المكلا، فيما رفعت شركات النقل أجور الشحن إلى سيئون والوادي بنسبة خمسة عشر في المئة بسبب ارتفاع أسعار الوقود وقطع الغيار.

وعلقت إحدى شركات الأسماك التصدير لمدة أسبوعين بسبب أعمال صيانة في غرف التبريد، قبل أن تستأنف عملياتها بشكل كامل، وفق بيان نشرته على صفحتها الرسمية.

ووقعت شركتان محليتان للصرافة مذكرة تفاهم لدراسة الاندماج في كيان واحد، كما انضم مستثمر مغترب في السعودية إلى رأسمال شركة ناشئة لخدمات التوصيل بحصة أقلية.

ومددت الغرفة التجارية مهلة تجديد سجلات التجار حتى نهاية الشهر المقبل، ونشرت فرقا ميدانية في أسواق الشرج والديس لتعريف أصحاب المحال بنظام التسجيل الإلكتروني، فيما هدد تجار العسل بتعليق تعاملاتهم مع أحد المصدرين بسبب تأخر المستحقات.

ووقعت إدارة مطار الريان اتفاقية مع شركة طيران خاصة لتشغيل رحلات مباشرة إلى جدة والقاهرة اعتبارا من مطلع العام المقبل، بحسب ما أعلنته السلطة المحلية في المحافظة.

وسجل سعر صرف الريال اليمني تراجعا جديدا أمام العملات الأجنبية في أسواق المكلا، بينما ارتفعت أسعار السلع الأساسية، وسط شكاوى من التجار وأرباب الأسر.

وفي سوق السمك بالمكلا، قال بائع في الخمسينيات من عمره: "السوق ذي الأيام ميتة يا ولدي، الريال طايح والديزل غالي، والناس ما عاد معها شي، وش نسوي؟ الله كريم".

وتعد المكلا العاصمة الاقتصادية لحضرموت، إذ تضم ميناءها التجاري الرئيسي ومصانع تعليب الأسماك، إلى جانب تجارة العسل الحضرمي الذي يصدر إلى دول الخليج.

ويتوقع متعاملون أن تشهد الأسواق حركة أنشط خلال الأسابيع المقبلة مع بدء موسم الاصطياد وصرف رواتب الموظفين المتأخرة منذ أشهر.""",
        [],
        not_targets=["United Arab Emirates", "Saudi Arabia", "Egypt", "Yemen"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout52_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout52_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # a waiver told by its masdar, the one exempted named at length before the measures
    pytest.param(
        "أعلنت وزارة الخزانة الأمريكية إعفاء المصارف العاملة في شمال شرقي سوريا من العقوبات.",
        date(2022, 6, 1),
        [("sanctions.suspended", "occurred", _TREASURY)],
        [],
        id="a-masdar-waiver-with-a-long-object",
    ),
    pytest.param(
        "أعفت وزارة الخزانة الأمريكية المصارف العاملة في مناطق شمال شرقي سوريا من العقوبات.",
        date(2022, 6, 1),
        [("sanctions.suspended", "occurred", _TREASURY)],
        [],
        id="the-verb-of-waiving-with-a-long-object",
    ),
    pytest.param(
        "أعلنت وزارة الخزانة الأمريكية إعفاء مناطق في سوريا من العقوبات.",
        date(2022, 6, 1),
        [("sanctions.suspended", "occurred", _TREASURY)],
        [],
        id="a-masdar-waiver-with-a-short-object",
    ),
    # a state joining a forum the knowledge base lacks
    pytest.param(
        "انضمت اليونان إلى منتدى التعاون الأمني في البحر المتوسط.",
        date(2021, 3, 10),
        [("alliance.joined", "occurred", "Greece")],
        [],
        id="a-state-joins-an-unknown-forum",
    ),
    pytest.param(
        "انضمت فرنسا إلى منتدى الدول المصدرة للغاز.",
        date(2021, 3, 10),
        [("alliance.joined", "occurred", "target:Gas Exporting Countries Forum")],
        [],
        id="a-state-joins-a-known-forum",
    ),
    pytest.param(
        "انضمت فرنسا إلى منظمة شرق المتوسط للغاز.",
        date(2021, 3, 10),
        [("alliance.joined", "occurred", "France")],
        [],
        id="a-state-joins-an-unknown-organisation",
    ),
    # the bloc joined named by a pronoun after the bloc that announced it
    pytest.param(
        "أعلن حلف شمال الأطلسي أن السويد ستنضم إليه الشهر المقبل.",
        date(2023, 3, 1),
        [("alliance.joined", "planned", "Sweden")],
        [],
        id="a-state-to-join-it",
        marks=pytest.mark.xfail(strict=True, reason=_JOIN_PRONOUN),
    ),
    pytest.param(
        "أعلن حلف شمال الأطلسي أن السويد ستنضم إلى الحلف الشهر المقبل.",
        date(2023, 3, 1),
        [("alliance.joined", "planned", "target:NATO")],
        [],
        id="a-state-to-join-the-alliance-named-by-its-noun",
    ),
    # background in «وكان … قد» dated by a day of the news
    pytest.param(
        "أعادت السعودية فتح سفارتها في دمشق اليوم. وكانت الإمارات قد أعادت فتح سفارتها في دمشق"
        " أول أمس.",
        date(2018, 12, 29),
        [("relations.restored", "occurred", "Saudi Arabia")],
        [],
        id="background-of-the-day-before-yesterday",
        marks=pytest.mark.xfail(strict=True, reason=_PLUPERFECT_DAY),
    ),
    pytest.param(
        "أعادت السعودية فتح سفارتها في دمشق اليوم. وكانت الإمارات قد أعادت فتح سفارتها في دمشق"
        " في أكتوبر الماضي.",
        date(2018, 12, 29),
        [("relations.restored", "occurred", "Saudi Arabia")],
        [],
        id="background-of-last-october",
    ),
    # a force's growth
    pytest.param(
        "سيرتفع عدد الجنود المجريين في تشاد إلى مئتي جندي بحلول نهاية العام.",
        date(2025, 3, 10),
        [("military.presence", "planned", "Hungary")],
        [],
        id="the-number-of-troops-to-rise",
        marks=pytest.mark.xfail(strict=True, reason=_FORCE_GROWS),
    ),
    pytest.param(
        "سترسل المجر مئتي جندي إلى تشاد بحلول نهاية العام.",
        date(2025, 3, 10),
        [("military.presence", "planned", "target:Chad")],
        [],
        id="a-state-to-send-troops",
    ),
    pytest.param(
        "ستنشر المجر مئتي جندي في تشاد بحلول نهاية العام.",
        date(2025, 3, 10),
        [("military.presence", "planned", "Hungary")],
        [],
        id="a-state-to-deploy-troops",
    ),
    # where flights go is no party to an airport's agreement
    pytest.param(
        "ووقعت إدارة المطار اتفاقية مع شركة طيران خاصة لتشغيل رحلات مباشرة إلى جدة والقاهرة.",
        date(2024, 10, 21),
        [],
        [],
        id="an-airport-agreement-for-flights-to-a-capital",
    ),
    pytest.param(
        "ووقعت إدارة المطار اتفاقية مع شركة طيران خاصة لتشغيل رحلات مباشرة إلى جدة ودبي.",
        date(2024, 10, 21),
        [],
        [],
        id="an-airport-agreement-for-flights-to-other-cities",
    ),
    # a signing demoted by another accord of one of its parties
    pytest.param(
        "وقعت المجر وتشاد اتفاقية للتعاون الدفاعي. ولا تزال المحادثات بين تشاد وليبيا حول ترسيم"
        " الحدود متعثرة.",
        date(2025, 3, 10),
        [("agreement.signed", "occurred", "Hungary")],
        [],
        id="a-signing-beside-another-stalled-accord-of-one-party",
    ),
    pytest.param(
        "وقعت المجر وتشاد اتفاقية للتعاون الدفاعي. ولم توقع تشاد أي اتفاق مع روسيا.",
        date(2025, 3, 10),
        [("agreement.signed", "occurred", "Hungary")],
        ["Russia"],
        id="a-signing-beside-another-refused-accord-of-one-party",
    ),
    pytest.param(
        "وقعت المجر وتشاد أمس اتفاقية للتعاون الدفاعي. ولا تزال المحادثات بين تشاد وجبهة التناوب"
        " والوفاق متعثرة.",
        date(2025, 3, 10),
        [("agreement.signed", "occurred", "Hungary")],
        [],
        id="a-dated-signing-beside-another-stalled-accord",
    ),
    pytest.param(
        "وقعت المجر وتشاد اتفاقية للتعاون الدفاعي. ولا تزال المحادثات بين النيجر وليبيا متعثرة.",
        date(2025, 3, 10),
        [("agreement.signed", "occurred", "Hungary")],
        [],
        id="a-signing-beside-a-stalled-accord-of-others",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout52_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout52_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
