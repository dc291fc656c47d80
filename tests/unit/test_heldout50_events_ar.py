"""A fiftieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-nine held-out sets: contemporary Arabic copy of 2019-2025, as today's wires,
sites and papers carry it (a Libyan channel's site, "طرابلس - «ليبيا الأحرار»", with a Tarhuna
man's "والله توا ارتحنا شوية … ونبوا نعرفوا وين بقية ولادنا"; a Turkish broadcaster's Arabic site,
"أنقرة - «تي آر تي عربي»", with an Antakya draper's "والله الدولار نزل شوي اليوم … بس الحدود لسا
مسكرة"; the Egyptian agency's wire, "طوكيو (أ ش أ)", with an Egyptian cook's "الدنيا هنا بقت
غالية قوي" in Shinjuku; a Beirut-based site, "بروكسل - «النهار العربي»", with an Algerian café
owner's "الناس هنا ولات تخاف من كلشي … ربي يستر" in Anderlecht; a Sudanese site, "الخرطوم - «باج
نيوز»", with a tea seller's "نحن دايرين الرغيف يبقى موجود والجازولين ما ينقطع"; an Abu Dhabi
daily with its honorifics, "صاحب السمو الشيخ … ولي عهد أبوظبي" and "دولة … رئيس وزراء الجمهورية
الهيلينية", "أبوظبي - «الاتحاد»", with a Lebanese restaurant manager's "الجالية اليونانية هون
مبسوطة كتير"; an Amman site, "عمان - «عمون»", with «بترا» and "جلالة الملك", and a sweets seller's
"والله خبر منيح … وهيك بنرتاح من وجع الراس"; a Kurdish channel's Arabic site, "أربيل - «كوردستان
24»", with a retired fighter's "إحنا نريد بيشمركة وحدة للكل، مو بيشمركة أحزاب"; a Cairo site,
"القاهرة - «اليوم السابع»", with a Somali student's "تعبنا من الحرب والشباب"; an Oran sports
page, "وهران - «الهداف»", in Algerian usage, "الانتدابات", "العارضة الفنية", "فيفري", "تربص",
with a coach's "بصح درنا واش لازم"; a Bizerte local page, "بنزرت - «الشروق»", with "خطايا",
"أوت", "النيابة الخصوصية" and a fishmonger's "ياخي الحوت ولى غالي برشا"; a Yanbu business page,
"ينبع - «المدينة»", with a spice seller's "الإيجارات غالية مرة") and on programmes and regions
they do not touch (the US Treasury's Global Magnitsky sanctions on Libya's Kaniyat militia and
Mohamed al-Kani, November 2020; the Treasury lifting its sanctions on Turkey's defence and energy
ministries and three ministers after the Syrian ceasefire, October 2019; the Treasury's general
licence exempting Sakhalin-2 crude bound for Japan, November 2022; the Council of the EU
prolonging its ISIL/Da'esh and al-Qaeda regime to October 2025; Sudan joining the Abraham Accords
in Khartoum, January 2021; the UAE-Greek strategic partnership with its mutual defence clause,
November 2020; Jordan and Qatar back to ambassadors, July 2019; Peshmerga brigades of Units 70 and
80 merged into unified divisions; Egypt's troops for the AU mission in Somalia announced, August
2024). Nine carry core events of all ten alertable types (twelve in all), mostly in occurred
status, two planned (Egypt that "ستنشر قوات في الصومال ضمن بعثة الاتحاد الأفريقي الجديدة", and the
Peshmerga's remaining brigades that "ستدمج في فرق موحدة أخرى بحلول نهاية العام المقبل"), next to
historical, negated and stalled ones; three are near misses: an Oran football page (a club fined
«فرضت … غرامة», a coach banned and a defender's punishment "رفعت", clubs threatened "هددت بفرض
عقوبات أشد", an Ivorian who "انضم" from the Tunisian league, a coach's contract "مددت", a
sponsorship and a partnership with Tunisia's Espérance "وقع", two youth categories "دمج", a cup
suspended and to "تستأنف", policemen "نشرت"), a Bizerte local page (cafés fined «فرضت … خطايا» and
threatened, rubbish "رفعت", water "علقت" and resumed, a partnership "وقعت", the town that "انضمت
إلى شبكة المدن المتوسطية", a deadline "مددت", municipal patrols "نشرت", a school reopened, two
schools merged, buses resumed) and a Yanbu business page (a company that "انضمت إلى السوق
الموازية «نمو»", a contract with a Korean company, port fees "فرضت", freight rates "رفعت", a unit
"علقت" and resumed, a merger memorandum, an Emirati fund that "انضم إلى رأسمال" a start-up, a
deadline "مددت" and field teams "نشرت", suppliers who "هدد … بتعليق" their dealings, an airline
agreement).

The decisions of the annotation, taken before any run: a Treasury that announced "فرض عقوبات على
ميليشيا «الكانيات» وزعيمها محمد الكاني" imposes sanctions (core; the United States and the
Treasury the actors, the Kaniyat and al-Kani, whom the knowledge base lacks, the targets; not
Libya, whose militia it is, nor Tunisia or the Government of National Accord, which welcomed it),
and its "ولوّحت بفرض عقوبات على معرقلي ملتقى الحوار السياسي الليبي" threatens sanctions (core; no
target named), the Security Council's listing of six smugglers "في يونيو 2018" a historical
imposition, "ولم تشمل العقوبات الأمريكية أيا من قادة القوات التي يقودها المشير خليفة حفتر" a
negated one, the dialogue forum's rounds that "تتعثر" a stalled signing; a Treasury that
"رفعت … العقوبات التي فرضتها قبل تسعة أيام على وزارتي الدفاع والطاقة التركيتين وعلى ثلاثة
وزراء" lifts sanctions (core; the United States and the Treasury; Turkey, Hulusi Akar, Süleyman
Soylu and Fatih Dönmez, whom the knowledge base lacks, the targets; not Syria or Russia), the
sanctions of 14 October "وكانت الخزانة قد فرضت" a historical imposition, Trump's quoted request to
lift them the same event, "ولم تفرض الإدارة الأمريكية أي عقوبات على بنك «خلق»" a negated
imposition, the tariffs raised "رفعت واشنطن آنذاك الرسوم الجمركية" no event of a watched type,
the F-35 talks "متعثرة" a stalled signing (Turkey and the United States); a Treasury that
"استثنت … شحنات النفط الخام المنتجة في مشروع «سخالين-2» … والمتجهة إلى اليابان من العقوبات
المفروضة على النفط الروسي" suspends sanctions (core; the United States and the Treasury; Russia
the target; not Japan, where the crude goes), the G7 price cap agreed "في سبتمبر الماضي" and
Japan's sanctions of March historical impositions (on Russia), "ولم يشمل الاستثناء الأمريكي مشروع
«سخالين-1»" a negated suspension; a Council that "مدد … العمل بالإطار القانوني للإجراءات
التقييدية المفروضة على تنظيمي «داعش» و«القاعدة»" extends sanctions (core; the Council of the EU
and the EU; ISIS and al-Qaeda the targets; not Syria, Afghanistan, Belgium or France), the regime
set up "في سبتمبر 2016" a historical imposition, "ولم يضف المجلس أي أسماء جديدة إلى القائمة" a
negated imposition; Sudan that "انضم … رسميا … إلى «اتفاقيات أبراهام»" joins (core; Sudan, the
Abraham Accords) and, in the same sentence, signs with the United States "«إعلان اتفاقيات أبراهام»"
(core, a declaration signed; Sudan, the United States, Nasredeen Abdulbari, whom the knowledge
base lacks, and Steven Mnuchin), the state-sponsor listing removed "في الرابع عشر من ديسمبر
الماضي" a historical lifting, "ولم يوقع السودان وإسرائيل حتى الآن أي اتفاق ثنائي" a negated
signing (Israel no target), Washington's pledge of World Bank funding no event; a signing that
"شهد … توقيع اتفاقية للشراكة الاستراتيجية" in Abu Dhabi and that two ministers "وقع" (core; the
UAE and Greece, Abdullah bin Zayed and Nikos Dendias, whom the knowledge base lacks; not Turkey or
Cyprus), the four F-16s sent to Crete "في أغسطس الماضي" a historical presence, "ولا تنص الاتفاقية
على إقامة أي قواعد عسكرية إماراتية دائمة" a negated presence, Turkey's survey ship "أرسلت" no
event; Jordan and Qatar that decided "إعادة العلاقات الدبلوماسية بينهما إلى مستوى السفراء"
restore ties (core; Jordan, Qatar), the four states' blockade "وفرضت عليها حصارا" of 2017 a
historical imposition on Qatar, Jordan's downgrade no event of a watched type, "ولم تعد الدول
الأربع علاقاتها مع الدوحة" a negated restoration, Qatar's pledge of jobs no event; a ministry that
announced "دمج اثني عشر لواء من قوات «70» … و«80» … في فرقتين موحدتين" integrates forces (core;
the Kurdistan Regional Government, the Peshmerga), and "بقية الألوية ستدمج في فرق موحدة أخرى
بحلول نهاية العام المقبل" a planned integration (core), the US-KRG memorandum of September 2022 a
historical signing, "ولم تشمل عملية الدمج وحدات «الزيرفاني»" a negated integration, the
coalition's forces "منذ عام 2014" a historical presence; Egypt that "ستنشر قوات في الصومال"
(core, planned presence; Egypt in Somalia; not Ethiopia), the protocol Sisi and Hassan Sheikh
Mohamud "قد وقعا … في الرابع عشر من أغسطس" and Ethiopia's memorandum with Somaliland of 1 January
historical signings, the two aircraft that "وصلت … تحملان معدات وذخائر" a delivery of arms, no
presence, the Ethiopian troops "منذ عام 2007" a historical presence, "ولن تشارك القوات الإثيوبية
في البعثة الجديدة" a negated presence, the Nile dam talks "متعثرة" a stalled signing; a football
page's fine, bans, a punishment lifted, threats to clubs, a transfer, a contract prolonged, a
sponsorship and a partnership with Espérance, merged youth teams, a suspended and resumed cup and
policemen, a local page's fines and threats, rubbish, water cut and resumed, a partnership, a
network of Mediterranean towns, a deadline, patrols, a school reopened, merged schools and buses
resumed, and a business page's listing, a supply contract, port fees, freight rates, a unit
suspended and resumed, a merger memorandum, a fund joining a capital, a deadline, field teams,
suppliers' threat to suspend their dealings and an airline agreement are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit fb64bfc), in one run: events P 0.909 R 0.750 F1
0.822 (recall 9/12, precision 10/11: ten alerts right, one wrong by the scorer's count; occurred
core found 7/10, planned 2/2; historical 13/13, negated 9/9 and stalled 3/3 kept quiet by the
scorer's count). No annotation was changed after the run; four texts were: the Tokyo, Brussels,
Khartoum and Yanbu reports (ar-hl03, ar-hl04, ar-hl05, ar-hl12) counted 282, 294, 296 and 297
words, under the 300 of the set's shape, and each got one closing sentence with no trigger in it
(the Arabs of Tokyo, the Brussels conferences, the queues at Khartoum's bakeries, the traders'
hopes before Ramadan), after which the run gave the same figures. Misses: in ar-hl01 the threat
"ولوّحت بفرض عقوبات على معرقلي ملتقى الحوار السياسي الليبي ومن يحاولون تقويض وقف إطلاق النار
الموقع في أكتوبر الماضي" is read as historical: the past date of a participle clause on the
threat's object dates the trigger (``rasd/events/status.py``; "هددت الولايات المتحدة بفرض عقوبات
على معرقلي الاتفاق" is occurred); in ar-hl03 the exemption "استثنت وزارة الخزانة الأمريكية شحنات
النفط الخام المنتجة في مشروع «سخالين-2» بأقصى شرق روسيا والمتجهة إلى اليابان من العقوبات" gives
nothing: «استثنت» needs «من» and a measure within six words (from_measure, window 6, in
``rasd/events/lexicons/ar.triggers.yaml``, read by ``rasd/events/extractor.py``), and the goods'
description runs longer; in ar-hl05 the declaration "وقع وزير العدل نصر الدين عبد الباري ووزير
الخزانة الأمريكي ستيفن منوشين في الخرطوم على «إعلان اتفاقيات أبراهام»" gives nothing: a signing
is plausible only with a state or a head of state or government among its parties (``_plausible``
in ``extractor.py``), and ministers do not stand for their states (the joining of the same
sentence is read); in ar-hl08 the second phase "بقية الألوية ستدمج في فرق موحدة أخرى بحلول نهاية
العام المقبل" is absorbed into the occurred merger of the same ministry and Peshmerga (``_merge``
in ``extractor.py`` keeps a plan apart only when its actors or targets differ), so the scorer counts
it found and the set's check does not. Wrong alert: in ar-hl06 the lead's "شهد … ودولة كيرياكوس
ميتسوتاكيس، رئيس وزراء الجمهورية الهيلينية، … توقيع اتفاقية للشراكة الاستراتيجية بين البلدين" is
a second signing with Mitsotakis alone: «الجمهورية الهيلينية» is no alias of Greece in
``rasd/kb/data/countries.yaml`` (read by ``rasd/entities/matcher.py``), so the lead's signing has
no state, does not merge with the headline's signing of the UAE and Greece, and names no one the
gold names (with "رئيس الوزراء اليوناني" the two merge). Five strict xfails on five articles (four
core events missed, ar-hl01, ar-hl03, ar-hl05 and ar-hl08; one wrong alert, ar-hl06); do not tune
lexicons on these articles. Every cause has sentences of its own in ``RULES``, strict xfails until
fixed (six: the five causes, the Hellenic Republic twice, alone and witnessing beside a headline),
beside ten neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the imposition has no target (the Kaniyat and al-Kani, whom the
knowledge base lacks and no title introduces, are not reported), "تجمد أي أصول … داخل الولايات
المتحدة" is a quiet historical imposition with the United States for its target, and the negated
imposition and the stalled forum give nothing; in ar-hl02 the lifting has no target (neither the
two ministries nor the linked Hulusi Akar and Süleyman Soylu), the historical imposition has none
either, and the negated one has the unlinked "وزارة العدل" for its target; in ar-hl03 Japan's
historical sanctions have the Central Bank of Russia for an actor, and the G7 cap and the negated
suspension give nothing; in ar-hl04 the extension has ISIS but not al-Qaeda for its target, and
the regime of 2016 and the negated listing give nothing; in ar-hl05 the historical lifting has
Sudan for its target; in ar-hl06 the headline's signing has Abdullah bin Zayed for its target,
the F-16s sent to Crete give nothing and the negated bases are a negated presence; in ar-hl07 the
blockade is a historical imposition with Qatar for its actor, and the negated restoration gives
nothing; in ar-hl08 the historical memorandum has the Peshmerga for its target and the negated
integration and the coalition's forces give nothing; in ar-hl09 Ethiopia's memorandum with
Somaliland ("التي وقعتها أديس أبابا") is a stalled signing of Ethiopia, Egypt and Sudan with
Somaliland for its target (merged with the stalled dam talks), the two aircraft carrying equipment
raise nothing, and the negated Ethiopian participation gives nothing. The Oran, Bizerte and Yanbu
pages raise nothing.

After the fixes of the same round (2026-12-03): events P 0.929 R 1.000 F1 0.963 (recall 12/12,
precision 13/14). Fixed as general causes (rasd/events/extractor.py, roles.py, status.py, the
Arabic lexicons, the knowledge base): the date of a participle after the threat's object («الاتفاق
الموقع في أكتوبر الماضي», «القرار الصادر في …») is the object's; «استثنى» reaches its measure past
a long object; a foreign or finance minister the knowledge base knows signs for his state; a plan
with its own time ahead («… العام المقبل») stays apart from today's act of the same parties; the
nationality of a forum or a dialogue («ملتقى الحوار السياسي الليبي») names no party; «الجمهورية
الهيلينية» is Greece. The same causes fix known misses of sets 14, 23, 25 and 28 (plans kept
apart, the MILF's integration, the EU's planned lifting). Left: the witness of a signing
(ar-hl06) and the second phase with no force named (ar-hl08).

ar-hl08 cured by ``test_general_misses7_rules_ar.py``'s next phase of a merger told done (a later
sentence's "ستدمج" with "بقية", "أخرى" or "تباعا" takes that merger's parties, planned); its strict
xfail removed.

``python -m tests.unit.test_heldout50_events_ar`` prints every article's alerts and the set's
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
_UNSC = "United Nations Security Council"
_COUNCIL_EU = "Council of the European Union"
_KRG = "Kurdistan Regional Government"
_KANIYAT = "Kaniyat militia"
_KANI = "Mohamed al-Kani"
_DONMEZ = "Fatih Dönmez"
_ABDULBARI = "Nasredeen Abdulbari"
_DENDIAS = "Nikos Dendias"

_HELLENIC = (
    "the head of government who witnessed the signing («شهد … ودولة كيرياكوس ميتسوتاكيس، رئيس"
    " وزراء الجمهورية الهيلينية، … توقيع اتفاقية للشراكة الاستراتيجية بين البلدين») is raised as a"
    " second signing with Mitsotakis alone: a witness of «شهد … توقيع» is taken for its party, and"
    " «بين البلدين» does not bring back the two states the headline named (rasd/events/roles.py,"
    " extractor.py _merge); «الجمهورية الهيلينية» is now an alias of Greece"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-libyaalahrar-treasury-sanctions-kaniyat-2020",
        date(2020, 11, 26),
        """واشنطن تفرض عقوبات على ميليشيا «الكانيات» وزعيمها وتلوّح بمعاقبة معرقلي الحوار

طرابلس - «ليبيا الأحرار»

أعلنت وزارة الخزانة الأمريكية، مساء الأربعاء، فرض عقوبات على ميليشيا «الكانيات» وزعيمها محمد الكاني، بموجب قانون ماغنيتسكي العالمي، بسبب ما وصفته بانتهاكات جسيمة لحقوق الإنسان في مدينة ترهونة جنوب شرقي العاصمة طرابلس، بينها القتل خارج نطاق القضاء والتعذيب والإخفاء القسري.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن الميليشيا "قتلت مدنيين عزلا وأخفت آخرين" خلال سيطرتها على المدينة، مشيرا إلى أن فرق البحث عثرت منذ يونيو الماضي على عشرات المقابر الجماعية بعد انسحاب مقاتليها. وبموجب القرار تجمد أي أصول للكاني ولميليشياته داخل الولايات المتحدة، ويحظر على المواطنين الأمريكيين التعامل معهم.

وأضاف البيان أن الوزارة "ستلاحق كل من يقف في طريق السلام"، ولوّحت بفرض عقوبات على معرقلي ملتقى الحوار السياسي الليبي ومن يحاولون تقويض وقف إطلاق النار الموقع في أكتوبر الماضي.

وكان مجلس الأمن الدولي قد فرض في يونيو 2018 عقوبات على ستة من زعماء شبكات تهريب البشر في ليبيا، في أول إدراج من نوعه يستهدف مهربي المهاجرين عبر البحر المتوسط.

ولم تشمل العقوبات الأمريكية أيا من قادة القوات التي يقودها المشير خليفة حفتر، رغم أن مقاتلي «الكانيات» قاتلوا إلى جانبها خلال الهجوم على طرابلس الذي بدأ في أبريل 2019.

ورحب المجلس الرئاسي لحكومة الوفاق الوطني بالقرار، وقال في بيان إنه "خطوة على طريق إنصاف الضحايا"، داعيا المجتمع الدولي إلى "ملاحقة كل المتورطين في جرائم ترهونة وتسليمهم للعدالة".

ويأتي القرار فيما تتعثر جولات ملتقى الحوار السياسي، الذي انطلق في تونس برعاية البعثة الأممية، بعد أن أخفق المشاركون في الاتفاق على آلية اختيار السلطة التنفيذية الموحدة، وسط اتهامات متبادلة بشراء الأصوات.

وفي ترهونة، قال رجل فقد شقيقيه قبل أكثر من عام وهو يقف قرب موقع إحدى المقابر: "والله توا ارتحنا شوية، بس اللي ماتوا ما يرجعوش، ونبوا نعرفوا وين بقية ولادنا".

وتقول الهيئة العامة للبحث والتعرف على المفقودين إنها انتشلت حتى الآن أكثر من مئة جثة من مواقع متفرقة في المدينة ومحيطها، فيما لا يزال مصير أكثر من ثلاثمئة شخص مجهولا، وتطالب عائلاتهم بتسريع تحاليل الحمض النووي.""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY], [_KANIYAT, _KANI]),
            # "ولوّحت بفرض عقوبات على معرقلي ملتقى الحوار السياسي الليبي",
            G("sanctions.threatened", "occurred", [_US, _TREASURY], []),
            # the Security Council's listing of six smugglers in June 2018,
            G("sanctions.imposed", "historical", [_UNSC], [], core=False),
            # "ولم تشمل العقوبات الأمريكية أيا من قادة القوات التي يقودها المشير خليفة حفتر",
            G("sanctions.imposed", "negated", [_US], ["Khalifa Haftar"], core=False),
            # the political dialogue forum's rounds "تتعثر",
            G("agreement.signed", "stalled", ["Libya"], [], core=False),
        ],
        not_targets=["Libya", "Tunisia", "Government of National Accord"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-trtarabi-us-lifts-turkey-ministries-sanctions-2019",
        date(2019, 10, 24),
        """واشنطن ترفع العقوبات عن وزارتي الدفاع والطاقة التركيتين وثلاثة وزراء

أنقرة - «تي آر تي عربي»

رفعت وزارة الخزانة الأمريكية، مساء الأربعاء، العقوبات التي فرضتها قبل تسعة أيام على وزارتي الدفاع والطاقة التركيتين وعلى ثلاثة وزراء، هم وزير الدفاع خلوصي أكار ووزير الداخلية سليمان صويلو ووزير الطاقة والموارد الطبيعية فاتح دونماز، بعد ساعات من إعلان الرئيس الأمريكي دونالد ترامب أن أنقرة أبلغت إدارته بوقف عملياتها العسكرية في شمال شرقي سوريا.

وقال ترامب في كلمة ألقاها من البيت الأبيض إن تركيا "أكدت أن وقف إطلاق النار سيكون دائما"، مضيفا: "لقد طلبت من وزير الخزانة أن يرفع جميع العقوبات التي فرضناها في الرابع عشر من أكتوبر". وأوضحت الوزارة في بيان لاحق أن الوزارتين والوزراء الثلاثة حذفوا من قائمة الأشخاص المحظورين، وأن أي أصول مجمدة لهم باتت متاحة.

وكانت الخزانة قد فرضت تلك العقوبات بعد أيام من بدء عملية «نبع السلام» ضد «وحدات حماية الشعب» الكردية، فيما رفعت واشنطن آنذاك الرسوم الجمركية على واردات الصلب التركي إلى خمسين في المئة، وأوقفت مفاوضات اتفاق تجاري بقيمة مئة مليار دولار.

ولم تفرض الإدارة الأمريكية أي عقوبات على بنك «خلق» الحكومي، رغم مطالبات أعضاء في الكونغرس، واكتفت وزارة العدل بتوجيه اتهامات إليه أمام محكمة في نيويورك.

ورحب وزير الخارجية التركي مولود جاووش أوغلو بالقرار، وقال في تصريح للصحفيين في أنقرة إنه "خطوة إيجابية لكنها غير كافية"، مؤكدا أن بلاده "لن تقبل لغة التهديد من أي طرف".

في المقابل، لا تزال المحادثات بين أنقرة وواشنطن بشأن عودة تركيا إلى برنامج مقاتلات «إف-35» متعثرة منذ استبعادها منه في يوليو الماضي، بعد تسلمها منظومة الدفاع الجوي الروسية «إس-400».

وفي سوق أنطاكيا القديم، قال تاجر أقمشة يتحدث بعربية أهل المدينة: "والله الدولار نزل شوي اليوم، والناس ارتاحت، بس الحدود لسا مسكرة والشغل واقف".

وتأمل الأوساط الاقتصادية التركية أن ينعكس القرار على سعر صرف الليرة، التي تراجعت بنحو ثلاثة في المئة منذ بدء العملية، قبل أن تستعيد جزءا من خسائرها مع أنباء الاتفاق على وقف إطلاق النار.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, _TREASURY],
                ["Turkey", "Hulusi Akar", "Süleyman Soylu", _DONMEZ],
            ),
            # "وكانت الخزانة قد فرضت تلك العقوبات" on 14 October,
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Turkey", "Hulusi Akar", "Süleyman Soylu", _DONMEZ],
                core=False,
            ),
            # "ولم تفرض الإدارة الأمريكية أي عقوبات على بنك «خلق» الحكومي",
            G("sanctions.imposed", "negated", [_US], ["Halkbank"], core=False),
            # the F-35 talks "متعثرة",
            G("agreement.signed", "stalled", ["Turkey", _US], [], core=False),
        ],
        not_targets=["Syria", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-mena-us-exempts-sakhalin-oil-to-japan-2022",
        date(2022, 11, 23),
        """الخزانة الأمريكية تستثني نفط «سخالين-2» المتجه إلى اليابان من سقف الأسعار

طوكيو (أ ش أ)

استثنت وزارة الخزانة الأمريكية شحنات النفط الخام المنتجة في مشروع «سخالين-2» بأقصى شرق روسيا والمتجهة إلى اليابان من العقوبات المفروضة على النفط الروسي، بموجب ترخيص عام أصدره مكتب مراقبة الأصول الأجنبية ويسري حتى الثامن والعشرين من يونيو المقبل.

وأوضحت الوزارة، في بيان نشرته على موقعها الإلكتروني، أن الترخيص يسمح للشركات الأمريكية وشركات دول مجموعة السبع بتقديم خدمات الشحن والتأمين والتمويل لهذه الشحنات دون التقيد بسقف الأسعار، "مراعاة لاحتياجات أمن الطاقة لدى اليابان".

ورحب وزير الاقتصاد والتجارة والصناعة الياباني ياسوتوشي نيشيمورا بالقرار، وقال في مؤتمر صحفي في طوكيو إن بلاده "تعتمد على المشروع في نحو تسعة في المئة من وارداتها من الغاز الطبيعي المسال"، مضيفا أن الحكومة "ستواصل التنسيق الوثيق مع شركائها في مجموعة السبع".

وكانت دول مجموعة السبع قد أقرت في سبتمبر الماضي فرض سقف لأسعار النفط الروسي المنقول بحرا، في إطار العقوبات المفروضة على موسكو بسبب حربها على أوكرانيا.

كما فرضت اليابان في مارس الماضي عقوبات على عشرات المسؤولين ورجال الأعمال الروس، وجمدت أصول البنك المركزي الروسي، وحظرت تصدير السلع الفاخرة إلى روسيا.

ولم يشمل الاستثناء الأمريكي مشروع «سخالين-1»، الذي تملك فيه مجموعة يابانية حصة تبلغ ثلاثين في المئة، وتوقف إنتاجه تقريبا منذ انسحاب شركة «إكسون موبيل» الأمريكية منه.

وأكد المتحدث باسم الحكومة اليابانية هيروكازو ماتسونو أن طوكيو "لن تتخلى عن حصصها في مشروعات سخالين"، لأن ذلك "سيعني ببساطة أن تستحوذ عليها دول أخرى".

ويأتي القرار فيما ترتفع فواتير الكهرباء في اليابان إلى مستويات قياسية، بعد تراجع الين أمام الدولار إلى أدنى مستوى له منذ أكثر من ثلاثة عقود.

وفي حي شينجوكو، قال طاه مصري يعمل في مطعم للمأكولات الشرقية منذ عشر سنوات: "الدنيا هنا بقت غالية قوي، وفاتورة الكهربا بقت نار، والزباين بقوا يطلبوا أقل".

ويعيش في العاصمة اليابانية بضعة آلاف من العرب، أغلبهم من الطلاب والباحثين والعاملين في المطاعم وشركات التجارة، ويتركز كثير منهم في أحياء شينجوكو وميناتو وشيبويا.""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY], ["Russia"]),
            # the Group of Seven's price cap agreed in September,
            G("sanctions.imposed", "historical", ["G7"], ["Russia"], core=False),
            # Japan's sanctions of March,
            G("sanctions.imposed", "historical", ["Japan"], ["Russia"], core=False),
            # "ولم يشمل الاستثناء الأمريكي مشروع «سخالين-1»",
            G("sanctions.suspended", "negated", [_US], ["Russia"], core=False),
        ],
        not_targets=["Japan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-annaharalarabi-eu-prolongs-isis-qaeda-regime-2024",
        date(2024, 10, 15),
        """الاتحاد الأوروبي يمدد عقوباته على «داعش» و«القاعدة» عاما إضافيا

بروكسل - «النهار العربي»

مدد مجلس الاتحاد الأوروبي، الاثنين، العمل بالإطار القانوني للإجراءات التقييدية المفروضة على تنظيمي «داعش» و«القاعدة» والأفراد والكيانات المرتبطين بهما لمدة عام إضافي، حتى الحادي والثلاثين من أكتوبر 2025، كما مدد العقوبات المفروضة بموجبه على ثلاثة عشر فردا وكيانا.

وتشمل الإجراءات تجميد الأصول وحظر السفر إلى دول الاتحاد، إضافة إلى منع الأفراد والكيانات الأوروبية من إتاحة أي أموال أو موارد اقتصادية للمدرجين على القائمة، بشكل مباشر أو غير مباشر.

وقال المجلس في بيان إن التنظيمين "لا يزالان يشكلان تهديدا مستمرا للاتحاد الأوروبي ودوله الأعضاء"، مضيفا أن الاتحاد "سيواصل مكافحة الإرهاب بكل الوسائل المتاحة، في إطار احترام القانون الدولي وحقوق الإنسان".

وكان الاتحاد قد أنشأ هذا النظام في سبتمبر 2016، ليتمكن للمرة الأولى من فرض عقوبات على التنظيمين وعلى المرتبطين بهما بشكل مستقل عن القوائم التي يعتمدها مجلس الأمن الدولي، بعد سلسلة هجمات دامية ضربت باريس وبروكسل ونيس.

ولم يضف المجلس أي أسماء جديدة إلى القائمة هذا العام، رغم مطالبات من فرنسا وبلجيكا بإدراج عدد من المتورطين في تجنيد المقاتلين عبر الإنترنت.

وأوضح دبلوماسي أوروبي لـ«النهار العربي»، طالبا عدم كشف اسمه، أن "ملفات الإدراج تحتاج إلى أدلة تصمد أمام محكمة العدل الأوروبية"، مشيرا إلى أن المحكمة ألغت في السنوات الماضية إدراج عدد من الأشخاص لضعف الأدلة.

ويأتي القرار فيما تحذر أجهزة الاستخبارات الأوروبية من تصاعد نشاط فرع «داعش» في ولاية خراسان، الذي تبنى هجمات دامية خارج أفغانستان خلال العام الجاري، وسط مخاوف من تهديدات مماثلة خلال المناسبات الكبرى.

وفي حي أندرلخت ببروكسل، قال صاحب مقهى جزائري يقيم في بلجيكا منذ ثلاثين عاما: "الناس هنا ولات تخاف من كلشي، وكل مرة يصرا حاجة يحطونا حنا في الواجهة، ربي يستر".

ويقدر عدد المقاتلين الأوروبيين الذين لا يزالون محتجزين في مخيمات وسجون شمال شرقي سوريا بعدة مئات، فيما ترفض معظم الدول الأعضاء إعادتهم لمحاكمتهم على أراضيها.

وتستعد العاصمة البلجيكية لاستضافة عدة مؤتمرات دولية خلال الأسابيع المقبلة، وسط انتشار أمني مكثف قرب المؤسسات الأوروبية.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_COUNCIL_EU, "European Union"],
                ["Islamic State", "al-Qaeda"],
            ),
            # the regime set up in September 2016,
            G(
                "sanctions.imposed",
                "historical",
                ["European Union"],
                ["Islamic State", "al-Qaeda"],
                core=False,
            ),
            # "ولم يضف المجلس أي أسماء جديدة إلى القائمة هذا العام",
            G("sanctions.imposed", "negated", [_COUNCIL_EU], [], core=False),
        ],
        not_targets=["Syria", "Afghanistan", "Belgium", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-bajnews-sudan-joins-abraham-accords-2021",
        date(2021, 1, 7),
        """السودان ينضم رسميا إلى «اتفاقيات أبراهام» خلال زيارة منوشين للخرطوم

الخرطوم - «باج نيوز»

انضم السودان رسميا، الأربعاء، إلى «اتفاقيات أبراهام»، بعد أن وقع وزير العدل نصر الدين عبد الباري ووزير الخزانة الأمريكي ستيفن منوشين في الخرطوم على «إعلان اتفاقيات أبراهام»، الذي يدعو إلى التسامح والحوار بين الأديان وتعزيز السلام في الشرق الأوسط.

وجرى التوقيع في مقر السفارة الأمريكية بالخرطوم، في أول زيارة لوزير خزانة أمريكي إلى السودان، التقى خلالها منوشين رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان ورئيس الوزراء عبد الله حمدوك.

وقال مجلس الوزراء في بيان إن الخطوة "تفتح الباب أمام اندماج السودان في المجتمع الدولي"، وأضاف أن واشنطن تعهدت بتسهيل حصول الخرطوم على تمويل يتجاوز مليار دولار سنويا من البنك الدولي، بعد تسوية متأخراتها المتراكمة لديه.

وأكد منوشين، في تصريح للصحفيين، أن "السودان يقف اليوم على عتبة مرحلة جديدة"، مشيرا إلى أن بلاده "ستعمل مع الحكومة الانتقالية على جذب الاستثمارات وخلق فرص العمل".

وكانت الإدارة الأمريكية قد رفعت في الرابع عشر من ديسمبر الماضي اسم السودان من قائمة الدول الراعية للإرهاب، بعد أن دفعت الخرطوم تعويضات بقيمة ثلاثمئة وخمسة وثلاثين مليون دولار لضحايا تفجيري السفارتين الأمريكيتين في نيروبي ودار السلام.

ولم يوقع السودان وإسرائيل حتى الآن أي اتفاق ثنائي لتطبيع العلاقات، إذ تقول الحكومة إن القرار النهائي في هذا الشأن يعود إلى المجلس التشريعي الذي لم يتشكل بعد.

في المقابل، رفضت قوى سياسية، بينها حزب الأمة القومي وقوى في تحالف الحرية والتغيير، الخطوة، وقالت في بيانات منفصلة إن الحكومة الانتقالية "لا تملك تفويضا" باتخاذ قرارات بهذا الحجم.

وفي السوق العربي وسط الخرطوم، قال بائع شاي وهو يصب الأكواب لزبائنه: "إسرائيل ولا غيرها، نحن دايرين الرغيف يبقى موجود والجازولين ما ينقطع، الباقي دا كلو كلام سياسة".

ويعاني السودان من أزمة اقتصادية حادة، إذ تجاوز معدل التضخم مئتين وخمسين في المئة، وسط نقص في الخبز والوقود والدواء وتراجع متواصل في قيمة الجنيه.

وتشهد العاصمة منذ أسابيع طوابير طويلة أمام المخابز ومحطات الوقود، فيما يشكو الموظفون من أن رواتبهم لم تعد تكفي لأكثر من أيام قليلة.""",
        [
            G("alliance.joined", "occurred", ["Sudan"], ["Abraham Accords"]),
            # "وقع وزير العدل نصر الدين عبد الباري ووزير الخزانة الأمريكي ستيفن منوشين … على
            # «إعلان اتفاقيات أبراهام»",
            G(
                "agreement.signed",
                "occurred",
                ["Sudan", _US, _ABDULBARI, "Steven Mnuchin"],
                [],
            ),
            # the state-sponsor listing removed on 14 December,
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # "ولم يوقع السودان وإسرائيل حتى الآن أي اتفاق ثنائي لتطبيع العلاقات",
            G("agreement.signed", "negated", ["Sudan", "Israel"], [], core=False),
        ],
        not_targets=["Israel", "Kenya", "Tanzania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alittihad-uae-greece-strategic-partnership-2020",
        date(2020, 11, 24),
        """الإمارات واليونان توقعان اتفاقية شراكة استراتيجية تتضمن الدفاع المشترك

أبوظبي - «الاتحاد»

شهد صاحب السمو الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، ودولة كيرياكوس ميتسوتاكيس، رئيس وزراء الجمهورية الهيلينية، في قصر الوطن بأبوظبي أمس، توقيع اتفاقية للشراكة الاستراتيجية بين البلدين، تشمل التعاون في مجالات السياسة الخارجية والدفاع والأمن والاقتصاد والطاقة.

ووقع الاتفاقية من الجانب الإماراتي سمو الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي، ومن الجانب اليوناني معالي نيكوس ديندياس، وزير الخارجية.

وتتضمن الاتفاقية بندا للمساعدة الدفاعية المتبادلة، يلتزم بموجبه كل طرف بمساعدة الطرف الآخر في حال تعرض سيادته أو سلامة أراضيه لتهديد، إلى جانب تبادل المعلومات وتنظيم تدريبات عسكرية مشتركة بصورة دورية.

وأكد سموه خلال اللقاء أن العلاقات الإماراتية اليونانية "تشهد نقلة نوعية"، مشيرا إلى حرص الدولة على "بناء شراكات تسهم في تعزيز الأمن والاستقرار في المنطقة والعالم". من جانبه، قال رئيس الوزراء اليوناني إن الاتفاقية "تعكس ثقة متبادلة ورؤية مشتركة لمنطقة شرق المتوسط والشرق الأوسط".

وكانت الإمارات قد أرسلت في أغسطس الماضي أربع مقاتلات من طراز «إف-16» إلى قاعدة سودا في جزيرة كريت، للمشاركة في تدريبات مشتركة مع سلاح الجو اليوناني استمرت أسبوعين.

ولا تنص الاتفاقية على إقامة أي قواعد عسكرية إماراتية دائمة على الأراضي اليونانية، وفق ما أوضح مسؤول يوناني للصحفيين المرافقين للوفد.

وتأتي الاتفاقية في ظل توتر متصاعد بين أثينا وأنقرة بشأن التنقيب عن الغاز في شرق البحر المتوسط، بعد أن أرسلت تركيا سفينة المسح «أوروتش رئيس» إلى مناطق تعتبرها اليونان جزءا من جرفها القاري.

وعقد الجانبان على هامش الزيارة منتدى للأعمال بمشاركة ممثلين عن أكثر من أربعين شركة من البلدين، بحثوا خلاله فرص الاستثمار في قطاعات الموانئ والسياحة والطاقة المتجددة.

وفي مطعم يوناني على كورنيش أبوظبي، قال مديره اللبناني الذي يعمل فيه منذ ست سنوات: "الجالية اليونانية هون مبسوطة كتير بالزيارة، وإن شاء الله بيرجعوا السياح بعد كورونا".

ويبلغ حجم التبادل التجاري غير النفطي بين البلدين نحو ثلاثمئة وخمسين مليون دولار سنويا، ويتطلع الجانبان إلى مضاعفته خلال السنوات الخمس المقبلة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                [
                    "United Arab Emirates",
                    "Greece",
                    "Abdullah bin Zayed Al Nahyan",
                    _DENDIAS,
                ],
                [],
            ),
            # the four F-16s sent to Souda Bay in August,
            G(
                "military.presence",
                "historical",
                ["United Arab Emirates"],
                ["Greece"],
                core=False,
            ),
            # "ولا تنص الاتفاقية على إقامة أي قواعد عسكرية إماراتية دائمة على الأراضي اليونانية",
            G(
                "military.presence",
                "negated",
                ["United Arab Emirates"],
                ["Greece"],
                core=False,
            ),
        ],
        not_targets=["Turkey", "Cyprus"],
        known_alarm=_HELLENIC,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-ammon-jordan-qatar-ambassadors-2019",
        date(2019, 7, 10),
        """الأردن وقطر يعيدان تمثيلهما الدبلوماسي إلى مستوى السفراء

عمان - «عمون»

قررت المملكة الأردنية الهاشمية ودولة قطر إعادة العلاقات الدبلوماسية بينهما إلى مستوى السفراء، بعد عامين على قرار عمان خفض تمثيلها في الدوحة، وفق ما أعلنت وزارة الخارجية وشؤون المغتربين مساء الثلاثاء.

وقال الناطق الرسمي باسم الوزارة، في تصريح لوكالة الأنباء الأردنية «بترا»، إن القرار "يأتي في إطار حرص المملكة على تطوير علاقاتها مع الدول العربية الشقيقة"، مضيفا أن سفيرا أردنيا جديدا سيباشر مهامه في الدوحة قريبا، فيما أعلنت الدوحة تعيين سفير لها لدى المملكة.

وأكد الناطق أن جلالة الملك عبدالله الثاني وسمو الشيخ تميم بن حمد آل ثاني، أمير دولة قطر، بحثا في اتصال هاتفي الأسبوع الماضي "سبل تعزيز التعاون الثنائي في مختلف المجالات".

وكان الأردن قد خفض في يونيو 2017 مستوى تمثيله الدبلوماسي في الدوحة، وألغى ترخيص مكتب قناة «الجزيرة» في عمان، تضامنا مع السعودية والإمارات والبحرين ومصر، التي قطعت علاقاتها مع قطر وفرضت عليها حصارا بريا وبحريا وجويا.

ولم تعد الدول الأربع علاقاتها مع الدوحة حتى الآن، رغم الوساطة الكويتية المستمرة منذ بداية الأزمة، فيما تتمسك بقائمة مطالبها الثلاث عشرة.

وكانت قطر قد تعهدت في يونيو من العام الماضي بتوفير عشرة آلاف فرصة عمل للأردنيين، وباستثمار خمسمئة مليون دولار في مشاريع البنية التحتية والسياحة في المملكة، في وقت كانت تشهد فيه البلاد احتجاجات على مشروع قانون ضريبة الدخل.

ويعمل في قطر عشرات الآلاف من الأردنيين، تشكل تحويلاتهم مصدرا مهما للعملة الصعبة، فيما يسعى الأردن إلى جذب استثمارات خليجية تساعده على تجاوز أزمته الاقتصادية وارتفاع معدلات البطالة.

ورحب نواب ورجال أعمال أردنيون بالقرار، وقال رئيس غرفة تجارة الأردن في تصريح صحفي إنه "سيفتح آفاقا جديدة أمام الصادرات الأردنية"، داعيا إلى استئناف الرحلات التجارية المنتظمة بين البلدين.

وفي وسط البلد، قال صاحب محل للحلويات الشرقية: "والله خبر منيح، أخوي وولاد عمي كلهم شغالين بالدوحة، وهيك بنرتاح من وجع الراس".

ويأمل مستثمرون أن تنعكس الخطوة على حجم التبادل التجاري بين البلدين، الذي تراجع منذ بداية الأزمة الخليجية، وعلى حركة السياحة القطرية إلى العقبة والبحر الميت.""",
        [
            G("relations.restored", "occurred", ["Jordan", "Qatar"], []),
            # the blockade of the four states since June 2017,
            G(
                "sanctions.imposed",
                "historical",
                ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"],
                ["Qatar"],
                core=False,
            ),
            # "ولم تعد الدول الأربع علاقاتها مع الدوحة حتى الآن",
            G(
                "relations.restored",
                "negated",
                ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"],
                [],
                core=False,
            ),
        ],
        not_targets=["Kuwait", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-kurdistan24-peshmerga-brigades-merged-2024",
        date(2024, 10, 21),
        """البيشمركة تدمج اثني عشر لواء من قوات «70» و«80» في فرق موحدة

أربيل - «كوردستان 24»

أعلنت وزارة شؤون البيشمركة في حكومة إقليم كردستان، الأحد، دمج اثني عشر لواء من قوات «70» التابعة للحزب الديمقراطي الكردستاني وقوات «80» التابعة للاتحاد الوطني الكردستاني في فرقتين موحدتين تحت قيادة الوزارة، في أكبر خطوة من نوعها منذ تأسيس الوزارة.

وقال الأمين العام للوزارة، في مؤتمر صحفي عقده في أربيل، إن عملية الدمج "تنهي عقودا من الانقسام الحزبي داخل صفوف البيشمركة"، مضيفا أن الألوية المدمجة باتت "تتلقى أوامرها ورواتبها من الوزارة وحدها"، وأن المرحلة الثانية ستبدأ مطلع العام المقبل.

وأضاف أن بقية الألوية ستدمج في فرق موحدة أخرى بحلول نهاية العام المقبل، بحسب الجدول الزمني الذي أقرته الوزارة بالتنسيق مع التحالف الدولي.

وكانت الولايات المتحدة وحكومة الإقليم قد وقعتا في سبتمبر 2022 مذكرة تفاهم تربط استمرار الدعم الأمريكي للبيشمركة، ومنه رواتب عدد من الألوية، بتنفيذ خطة إصلاح القطاع الأمني وتوحيد القوات.

ولم تشمل عملية الدمج وحدات «الزيرفاني» ولا قوات مكافحة الإرهاب التابعة للحزبين، التي لا تزال تعمل خارج إطار الوزارة، وهو ما ينتقده نواب في برلمان الإقليم.

وتنتشر في الإقليم منذ عام 2014 قوات من التحالف الدولي ضد تنظيم «داعش»، بينها قوات أمريكية في قاعدة حرير الجوية شمال أربيل، تقدم التدريب والاستشارة للبيشمركة.

وقال رئيس حكومة الإقليم مسرور بارزاني، في تغريدة، إن الخطوة "تثبت جدية الحكومة في بناء مؤسسة عسكرية وطنية بعيدة عن التجاذبات"، داعيا الحكومة الاتحادية في بغداد إلى "الوفاء بالتزاماتها الدستورية تجاه رواتب البيشمركة وتسليحها".

في المقابل، قال قيادي في الاتحاد الوطني الكردستاني لـ«كوردستان 24» إن حزبه "يدعم التوحيد من حيث المبدأ"، لكنه طالب بـ"توزيع عادل للمناصب القيادية في الفرق الجديدة".

وفي سوق القلعة بأربيل، قال متقاعد خدم في البيشمركة ثلاثين عاما، بعربية تعلمها في بغداد: "إحنا نريد بيشمركة وحدة للكل، مو بيشمركة أحزاب، هذا اللي حاربنا عليه بالجبال".

ويقدر عدد منتسبي البيشمركة بنحو مئة وخمسين ألف عنصر، لا يخضع سوى جزء منهم لسلطة الوزارة، فيما يتبع الباقون للحزبين الرئيسيين مباشرة.""",
        [
            G("forces.integrated", "occurred", [_KRG], ["Peshmerga"]),
            # "بقية الألوية ستدمج في فرق موحدة أخرى بحلول نهاية العام المقبل",
            G("forces.integrated", "planned", [_KRG], ["Peshmerga"]),
            # the US-KRG memorandum of September 2022,
            G("agreement.signed", "historical", [_US, _KRG], [], core=False),
            # "ولم تشمل عملية الدمج وحدات «الزيرفاني» ولا قوات مكافحة الإرهاب",
            G("forces.integrated", "negated", [_KRG], [], core=False),
            # the coalition's forces in the region since 2014,
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
        ],
        not_targets=["Iran", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-youm7-egypt-to-deploy-troops-somalia-2024",
        date(2024, 8, 28),
        """مصر ستنشر قوات في الصومال ضمن البعثة الأفريقية الجديدة.. وأديس أبابا تحذر

القاهرة - «اليوم السابع»

أعلنت وزارة الخارجية المصرية، الثلاثاء، أن مصر ستنشر قوات في الصومال ضمن بعثة الاتحاد الأفريقي الجديدة لدعم الاستقرار «أوصوم»، التي تبدأ مهامها مطلع العام المقبل خلفا لبعثة «أتميس»، وذلك تلبية لطلب الحكومة الصومالية.

وقال السفير أحمد أبو زيد، المتحدث الرسمي باسم الوزارة، في بيان، إن المشاركة المصرية "تأتي في إطار التزام مصر بدعم أمن الصومال الشقيق ووحدة أراضيه"، مضيفا أن التفاصيل المتعلقة بحجم القوات ومناطق انتشارها "يجري بحثها مع الجانب الصومالي ومفوضية الاتحاد الأفريقي".

وكان الرئيس عبد الفتاح السيسي ونظيره الصومالي حسن شيخ محمود قد وقعا في القاهرة، في الرابع عشر من أغسطس الجاري، بروتوكولا للتعاون العسكري بين البلدين، بعد محادثات تناولت التطورات في منطقة القرن الأفريقي.

ووصلت إلى مطار آدم عدي الدولي في مقديشو، أمس، طائرتان عسكريتان مصريتان تحملان معدات وذخائر للجيش الصومالي، وفق ما أفادت مصادر في المطار.

في المقابل، حذرت وزارة الخارجية الإثيوبية من أن "أطرافا تسعى إلى زعزعة استقرار المنطقة"، مؤكدة أنها "لن تقف مكتوفة الأيدي". وتنتشر قوات إثيوبية في الصومال منذ عام 2007، ضمن البعثة الأفريقية وبموجب اتفاقات ثنائية مع مقديشو.

ولن تشارك القوات الإثيوبية في البعثة الجديدة، بحسب ما أعلن وزير الدفاع الصومالي، الذي ربط ذلك بمذكرة التفاهم التي وقعتها أديس أبابا في الأول من يناير الماضي مع إقليم «أرض الصومال» الانفصالي، وتمنحها منفذا بحريا على خليج عدن.

وتأتي الخطوة فيما لا تزال مفاوضات سد النهضة بين مصر وإثيوبيا والسودان متعثرة منذ ديسمبر الماضي، بعد أن أعلنت القاهرة انتهاء المسار التفاوضي "لتعنت الجانب الإثيوبي".

ويرى خبراء أن الوجود العسكري المصري المرتقب في الصومال يمنح القاهرة ورقة ضغط جديدة في خلافها مع أديس أبابا، فيما يحذر آخرون من أن يتحول الصومال إلى ساحة لتصفية الحسابات الإقليمية.

وفي حي مدينة نصر بالقاهرة، قال طالب صومالي يدرس في جامعة الأزهر: "والله نحن نحب مصر، وأهلنا فرحانين، بس نريد السلام يرجع، تعبنا من الحرب والشباب".

ويقيم في مصر آلاف الطلاب والعائلات الصومالية، يتركز معظمهم في أحياء مدينة نصر والحي العاشر وفيصل.""",
        [
            G("military.presence", "planned", ["Egypt"], ["Somalia"]),
            # the military cooperation protocol of 14 August,
            G(
                "agreement.signed",
                "historical",
                ["Egypt", "Somalia", "Abdel Fattah el-Sisi", "Hassan Sheikh Mohamud"],
                [],
                core=False,
            ),
            # the Ethiopian troops in Somalia since 2007,
            G("military.presence", "historical", ["Ethiopia"], ["Somalia"], core=False),
            # "ولن تشارك القوات الإثيوبية في البعثة الجديدة",
            G("military.presence", "negated", ["Ethiopia"], ["Somalia"], core=False),
            # Ethiopia's memorandum with Somaliland of 1 January,
            G("agreement.signed", "historical", ["Ethiopia", "Somaliland"], [], core=False),
            # the Nile dam talks "متعثرة",
            G("agreement.signed", "stalled", ["Egypt", "Ethiopia", "Sudan"], [], core=False),
        ],
        not_targets=["Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-elheddaf-oran-football-page-2025",
        date(2025, 1, 20),
        """المولودية تعود بالفوز.. والرابطة تغرم الجمعية وترفع العقوبة عن مدافع الحمراوة

وهران - «الهداف»

عادت مولودية وهران إلى سكة الانتصارات، بعد فوزها المستحق على ضيفها اتحاد بسكرة بهدفين دون رد، في المباراة التي جرت مساء السبت بملعب أحمد زبانة، لحساب الجولة الخامسة عشرة من الرابطة المحترفة الأولى.

وعقب الجولة، فرضت لجنة الانضباط التابعة للرابطة المحترفة غرامة مالية قدرها مئتا ألف دينار على جمعية وهران، بسبب استعمال الألعاب النارية في المدرجات، وقررت إيقاف مدرب حراس المرمى ثلاث مباريات بعد احتجاجه على الحكم.

وفي المقابل، رفعت اللجنة العقوبة عن مدافع الحمراوة بعد قبول الطعن الذي تقدم به النادي، ليصبح جاهزا لمواجهة الداربي المقبل، فيما هددت بفرض عقوبات أشد على الأندية التي يتكرر فيها اقتحام أرضية الميدان.

وعلى صعيد الانتدابات الشتوية، انضم مهاجم إيفواري إلى صفوف المولودية قادما من الدوري التونسي، بعقد يمتد لموسم ونصف، بينما مددت الإدارة عقد المدرب لموسم إضافي بعد النتائج الإيجابية التي حققها الفريق منذ توليه العارضة الفنية.

ووقع النادي عقد رعاية مع مؤسسة عمومية للمحروقات لمدة ثلاثة مواسم، كما وقع اتفاقية شراكة مع نادي الترجي التونسي لتبادل الخبرات في مجال التكوين.

وقررت الإدارة دمج فئتي أقل من سبعة عشر عاما وأقل من تسعة عشر عاما في فريق واحد للرديف، لقلة المنافسات، على أن تستأنف بطولة كأس الجمهورية منافساتها في فيفري المقبل، بعد تعليقها بسبب مشاركة المنتخب الوطني في تربص مغلق.

ونشرت مديرية الأمن الولائي أكثر من ألف عون لتأمين المباراة، ولم تسجل أي تجاوزات تذكر خارج الملعب.

وقال مدرب المولودية في الندوة الصحفية عقب اللقاء: "اللاعبين قدموا مباراة كبيرة، والأرضية كانت صعيبة شوية، بصح درنا واش لازم، ونشكرو الأنصار على الحضور".

وقال مناصر حمراوي عند خروجه من الملعب: "هاد العام الفريق راه مليح بزاف، إن شاء الله نديو الكأس، ولازم نربحو الداربي باش نفرحو الشعب".

وتحتل المولودية المركز الرابع برصيد ستة وعشرين نقطة، بفارق خمس نقاط عن المتصدر، فيما تصارع جمعية وهران من أجل تفادي السقوط إلى الرابطة الثانية.""",
        [],
        not_targets=["Tunisia", "Ivory Coast", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-achourouk-bizerte-local-page-2023",
        date(2023, 7, 12),
        """بنزرت: خطايا على المقاهي ورفع أطنان من الفضلات من الشواطئ

بنزرت - «الشروق»

فرضت بلدية بنزرت خطايا مالية على عدد من أصحاب المقاهي والمطاعم المنتصبة على الكورنيش، بسبب استغلال الرصيف دون ترخيص، وهددت بفرض عقوبات أشد قد تصل إلى الغلق الإداري في صورة تكرار المخالفات.

ورفعت فرق النظافة التابعة للبلدية، خلال الأسبوع الماضي، أكثر من مئتي طن من الفضلات من شواطئ المدينة والأحياء الشعبية، في إطار حملة نظافة تتواصل إلى غاية نهاية أوت استعدادا لذروة الموسم الصيفي.

وفي المقابل، علقت الشركة الوطنية لاستغلال وتوزيع المياه التزود بالماء الصالح للشرب عن أحياء بمنزل جميل لمدة يومين، لإجراء أشغال صيانة على القناة الرئيسية، قبل أن تستأنف التزويد مساء الأحد.

ووقعت البلدية اتفاقية شراكة مع جمعية محلية للعناية بالمناطق الخضراء، كما انضمت المدينة إلى شبكة المدن المتوسطية للشواطئ النظيفة، بعد مشاركتها في ملتقى احتضنته مدينة صقلية الإيطالية.

ومددت البلدية آجال خلاص المعاليم على العقارات المبنية إلى غاية نهاية سبتمبر، ونشرت الشرطة البلدية دوريات في الأسواق لمراقبة الأسعار وجودة المواد الغذائية، بالتنسيق مع الإدارة الجهوية للتجارة.

وأعادت المندوبية الجهوية للتربية فتح مدرسة ابتدائية بحي الجلاء بعد انتهاء أشغال الترميم، فيما قررت دمج مدرستين بالريف بسبب تراجع أعداد التلاميذ.

وعلى صعيد النقل، استأنفت حافلات الشركة الجهوية للنقل رحلاتها بين وسط المدينة ومنزل بورقيبة، بعد توقف دام أسبوعا بسبب أشغال تهيئة الجسر المتحرك.

وقال رئيس النيابة الخصوصية في لقاء مع الصحفيين إن البلدية "لن تتسامح مع من يستغل الرصيف على حساب المترجلين"، داعيا المواطنين إلى التبليغ عن أي تجاوزات.

وفي سوق الحوت بالمدينة العتيقة، قال بائع سمك في الخمسينيات من عمره: "ياخي الحوت ولى غالي برشا هالعام، والزوالي شنوة باش ياكل؟ الناس تشوف وتمشي".

ويشتكي متساكنو الأحياء المجاورة للبحيرة من الروائح الكريهة خلال فصل الصيف، ويطالبون بتسريع أشغال التطهير وربط المنازل المتبقية بشبكة الصرف الصحي.

وتعد بنزرت من أبرز الوجهات الصيفية في الشمال التونسي، وتستقبل كل صيف آلاف الزوار من تونس العاصمة ومن التونسيين المقيمين بالخارج.""",
        [],
        not_targets=["Italy", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-almadina-yanbu-business-page-2025",
        date(2025, 2, 11),
        """شركة من ينبع تنضم إلى «نمو».. والميناء يفرض رسوما جديدة على التخزين

ينبع - «المدينة»

انضمت شركة متخصصة في صناعة المواد البلاستيكية مقرها مدينة ينبع الصناعية إلى السوق الموازية «نمو»، أمس، بعد استكمال طرح أسهمها على المستثمرين المؤهلين، لترتفع أسهمها بنسبة تجاوزت عشرة في المئة في أولى جلسات التداول.

وقال الرئيس التنفيذي للشركة في تصريح لـ«المدينة» إن الإدراج "يعزز قدرتنا على تمويل خطط التوسع في أسواق الخليج"، مشيرا إلى أن الشركة وقعت عقدا مع شركة كورية لتوريد خطوط إنتاج حديثة لمصنعها الجديد.

وفي المقابل، فرضت إدارة ميناء ينبع التجاري رسوما جديدة على تخزين الحاويات لفترات طويلة، فيما رفعت شركات النقل البري أسعار الشحن إلى الأردن بنسبة ثمانية في المئة بسبب ارتفاع تكاليف التشغيل.

وعلقت شركة للبتروكيماويات الإنتاج في إحدى وحداتها لمدة عشرة أيام لإجراء صيانة مجدولة، قبل أن تستأنف التشغيل الكامل، وفق إفصاح نشرته على موقع السوق المالية السعودية «تداول».

ووقعت مجموعتان للمقاولات مذكرة تفاهم لدراسة الاندماج في كيان واحد، كما انضم صندوق استثماري إماراتي إلى رأسمال شركة ناشئة في الخدمات اللوجستية بحصة أقلية.

ومددت الغرفة التجارية الصناعية بينبع مهلة التسجيل في برنامج دعم المصدرين حتى نهاية مارس المقبل، ونشرت فرقا ميدانية لتعريف المصانع الصغيرة بالبرنامج، فيما هدد موردو الحديد بتعليق تعاملاتهم مع إحدى شركات المقاولات بسبب تأخر المستحقات.

ووقعت الهيئة الملكية للجبيل وينبع اتفاقية مع شركة طيران اقتصادي لتشغيل رحلات مباشرة من مطار ينبع إلى القاهرة وإسطنبول اعتبارا من الصيف المقبل.

وسجل المؤشر العام للسوق السعودية ارتفاعا طفيفا بنسبة ثلاثة أعشار في المئة، بدعم من أسهم قطاعي المواد الأساسية والبنوك، بينما تراجعت أسهم قطاع الاتصالات.

وفي سوق الليل بينبع البلد، قال بائع بهارات في الستينيات من عمره: "والله الحركة طيبة مع قرب رمضان، بس الإيجارات غالية مرة، والزباين صاروا يطلبون من التطبيقات".

وتعد ينبع من أبرز المدن الصناعية على ساحل البحر الأحمر، وتضم مصافي ومصانع للبتروكيماويات وميناءين تجاريا وصناعيا، إلى جانب مشاريع سياحية جديدة على شواطئها.

ويتوقع متعاملون أن تشهد الأسواق المحلية حركة أنشط خلال الأسابيع المقبلة مع اقتراب الشهر الكريم وبدء صرف الرواتب.""",
        [],
        not_targets=["South Korea", "Jordan", "United Arab Emirates", "Egypt", "Turkey"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout50_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout50_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # a past date in a participle clause on the threat's object
    pytest.param(
        "هددت الولايات المتحدة بفرض عقوبات على معرقلي الاتفاق الموقع في أكتوبر الماضي.",
        date(2024, 3, 5),
        [("sanctions.threatened", "occurred", "United States")],
        [],
        id="threat-on-spoilers-of-an-accord-signed-last-october",
    ),
    pytest.param(
        "هددت الولايات المتحدة بفرض عقوبات على معرقلي الاتفاق.",
        date(2024, 3, 5),
        [("sanctions.threatened", "occurred", "United States")],
        [],
        id="threat-on-spoilers-of-the-accord",
    ),
    pytest.param(
        "وكانت الولايات المتحدة قد هددت في أكتوبر الماضي بفرض عقوبات على معرقلي الاتفاق.",
        date(2024, 3, 5),
        [],
        [],
        id="threat-of-last-october-in-the-pluperfect",
    ),
    # what is exempted described at length before «من العقوبات»
    pytest.param(
        "استثنت الولايات المتحدة الغاز الروسي المنقول بحرا إلى الموانئ من العقوبات.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "United States")],
        [],
        id="exempts-russian-gas-carried-by-sea-to-ports",
    ),
    pytest.param(
        "استثنت الولايات المتحدة الغاز الروسي من العقوبات.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "target:Russia")],
        [],
        id="exempts-russian-gas-from-sanctions",
    ),
    pytest.param(
        "استثنت الولايات المتحدة الهند من العقوبات على الغاز الروسي.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "target:Russia")],
        ["India"],
        id="exempts-india-from-sanctions-on-russian-gas",
    ),
    # ministers who sign for their states
    pytest.param(
        "وقع وزير الخزانة الأمريكي ستيفن منوشين ووزير العدل السوداني على إعلان التعاون.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Steven Mnuchin")],
        [],
        id="treasury-secretary-and-justice-minister-sign-declaration",
    ),
    pytest.param(
        "وقع منوشين والبرهان على إعلان التعاون.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Abdel Fattah al-Burhan")],
        [],
        id="mnuchin-and-burhan-sign-declaration",
    ),
    pytest.param(
        "وقع السودان والولايات المتحدة على إعلان التعاون.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Sudan")],
        [],
        id="sudan-and-us-sign-declaration",
    ),
    # a plan's second phase beside today's step
    pytest.param(
        "دمجت حكومة إقليم كردستان ألوية من البيشمركة في فرق موحدة. وستدمج بقية ألوية البيشمركة في"
        " فرق موحدة العام المقبل.",
        date(2024, 3, 5),
        [
            ("forces.integrated", "occurred", "Kurdistan Regional Government"),
            ("forces.integrated", "planned", "Peshmerga"),
        ],
        [],
        id="brigades-merged-today-and-the-rest-next-year",
    ),
    pytest.param(
        "ستدمج حكومة إقليم كردستان بقية ألوية البيشمركة في فرق موحدة العام المقبل.",
        date(2024, 3, 5),
        [("forces.integrated", "planned", "Kurdistan Regional Government")],
        [],
        id="rest-of-the-brigades-to-be-merged-next-year",
    ),
    pytest.param(
        "دمجت حكومة إقليم كردستان ألوية من البيشمركة في فرق موحدة.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", "Peshmerga")],
        [],
        id="brigades-merged-into-unified-divisions",
    ),
    # Greece by its formal name
    pytest.param(
        "وقعت الإمارات والجمهورية الهيلينية اتفاقية للتعاون الدفاعي.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Greece")],
        [],
        id="uae-and-the-hellenic-republic-sign",
    ),
    pytest.param(
        "الإمارات واليونان توقعان اتفاقية شراكة\n\nشهد كيرياكوس ميتسوتاكيس، رئيس وزراء الجمهورية"
        " الهيلينية، توقيع اتفاقية للشراكة بين البلدين.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Greece")],
        [],
        id="signing-witnessed-by-the-hellenic-prime-minister-merges-with-headline",
        marks=pytest.mark.xfail(strict=True, reason=_HELLENIC),
    ),
    pytest.param(
        "وقعت الإمارات واليونان اتفاقية للتعاون الدفاعي.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Greece")],
        [],
        id="uae-and-greece-sign",
    ),
    pytest.param(
        "الإمارات واليونان توقعان اتفاقية شراكة\n\nشهد ولي عهد أبوظبي ورئيس الوزراء اليوناني"
        " كيرياكوس ميتسوتاكيس توقيع اتفاقية للشراكة بين البلدين.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Greece")],
        [],
        id="signing-witnessed-by-the-greek-prime-minister-merges-with-headline",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout50_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout50_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
