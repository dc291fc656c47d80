"""A ninety-second, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety-one Arabic held-out sets: Arabic copy of 2009-2025 as Iraqi, Omani, Saudi, Qatari,
Bahraini and Kuwaiti dailies and the Arabic services of Western broadcasters carry it (a Baghdad
daily, "بغداد - «المدى»", with a student of the Tahrir Square protests; the British broadcaster's
Arabic service, "إسطنبول - «بي بي سي عربي»", with an Eminönü money changer; the German
broadcaster's Arabic service, "بودابست - «دويتشه فيله عربية»", with a Budapest taxi driver; an
Iraqi site, "بغداد - «شفق نيوز»", with a Shorja grocer; the French channel's Arabic service,
"بوغوتا - «فرانس 24»", with a flower exporter; the Iraqi state daily, "بغداد - «الصباح»", with a
Halabja widower; a Muscat daily, "مسقط - «الوطن»", with "حضرة صاحب الجلالة" and an Ibri lorry
driver; a Saudi daily, "الرياض - «عكاظ»", with a Riyadh travel agent; an Iraqi channel's site,
"بغداد - «السومرية نيوز»", with a volunteer's father of Sadr City; a Qatari daily, "الدوحة -
«الراية»", with a Wakra restaurant owner; a Bahraini daily's sports page, "المنامة - «الأيام» -
رياضة", with a Muharraq fan; and a Kuwaiti daily's economy page, "الكويت - «القبس» - اقتصاد", with a
Salmiya pensioner) on episodes the earlier sets do not carry as core news: the US Treasury listing
Abd al-Aziz al-Mohammedawi ("Abu Fadak"), the PMF's chief of staff, January 2021; the Treasury
delisting Abdulhamit Gül and Süleyman Soylu after Andrew Brunson's release, November 2018; the
United States exempting Hungary for a year from its sanctions on Russian oil and gas after Viktor
Orbán's visit, November 2025; Joe Biden continuing the national emergency with respect to Iraq
(Executive Order 13303), May 2022; the White House holding sanctions on Colombia "in reserve" after
Trump's threat over the deportation flights, January 2025; Iraq becoming the 186th state party of
the Chemical Weapons Convention, February 2009; Oman and Saudi Arabia founding the Omani-Saudi
Coordination Council at Neom, July 2021; Saudi Arabia and Thailand restoring full diplomatic
relations on Prayut Chan-o-cha's visit, January 2022; Haider al-Abadi's Diwani Order making the
PMF a military formation within the armed forces, February 2016; American B-52 bombers arriving at
Al Udeid, May 2019.
Searched before writing in ALL earlier held-out files of both languages (up to set 114 English and
91 Arabic; branch h115 had no set yet and branches h93 and h94 did not exist) by states, bodies,
people, places and instrument numbers in Arabic and English spellings, reading the hits:
"المحمداوي"/"Mohammedawi"/"Abu Fadak" (set 75 Arabic names his appointment of 2020 in one line, no
listing); "Abdulhamit"/"Gül" and "Brunson"/"برانسون" (set 29 English carries Trump's threat over
Brunson, set 31 English the Akar-Dönmez-Soylu delisting of October 2019, another episode; the
delisting of November 2018 nowhere); Hungary beside an exemption (set 18 English names the exemption
of 7 November told a week later beside Lukoil's Bulgarian refinery, not as core); "13303" and the
Iraq emergency (set 109 English carries Trump's continuation of another year; set 76 Arabic names
it in a search list; Biden's of 2022 nowhere); Colombia beside Trump ("كولومبيا": three hits of
other matters; "Petro": none of Gustavo Petro); Iraq beside the Chemical Weapons Convention or the
OPCW (none); "مجلس التنسيق السعودي العماني", Neom beside Haitham (none); "تايلاند"/"Thailand" (no
hit on Saudi Arabia); "الديواني 91"/"Order 91" (none: set 56 Arabic carries the PMF law of November
2016, sets 2 and 61 Arabic Abdul-Mahdi's decree of July 2019, other episodes); "B-52"/"بي-52" (a
rule list of set 73 English, no article) and "Abraham Lincoln" (a strait transit in the first
English set). Some forty other candidates were dropped because the search found them as core news
(among them Sa'id al-Jamal, the Kildani and Fly Baghdad listings, the Quartet's list of 59, Ahmed
Ali Saleh's delisting, the Chabahar, Nord Stream, Iraqi electricity and Houthi waivers, Resolutions
1957, 2402, 2456, 2444 and 2564, the Yemen emergency, Trump's threats to Iraq and Russia, Bolton on
the ICC, O'Brien on Georgia, Oman in the Islamic coalition, Yemen in the WTO, Belarus in the SCO,
Vietnam in BRICS, Timor-Leste in ASEAN, the Oman-UK, Saudi-Pakistani, Neutral Zone, Development
Road and Saudi-Iraqi council accords, the Iraq-Iran security accord, the Abdul-Mahdi decree, the
PMF law, the Sahwa, the Eighth Brigade, Nation's Shield, Wagner, Bosnia, Nepal, the NUF and the
CNDP, and the Pakistani, Greek, German, Korean, French, Turkish, Cheonghae and F-22 deployments).
Facts the writer is unsure of: the Treasury's grounds for listing Abu Fadak (written as leading
Kata'ib Hezbollah) and the ministry's words; the day of the Gül-Soylu delisting (2 November 2018)
and Erdoğan's words; the terms of the Hungarian exemption (a year, the pipelines, Paks) and the LNG
figure; the day and wording of Biden's notice (written as of mid-May 2022) and the year of the
asset freeze on the former regime; Leavitt's and Murillo's words; Zebari's words, the Director
General's and the date of Parliament's vote; who signed the Omani-Saudi memorandum (written as the
two foreign ministers) and the trade figure; the airline's resumption date and Prayut's words; the
date and wording of Order 91 (written as of late February 2016); the number and origin of the B-52s
and the day of their arrival.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Bahraini football page (a club that "رفعت … عقوبة الإيقاف", "انضمام حارس", a
club that "وقع … عقدا", a contract "مدد", a federation that "فرضت … غرامة", ticket sales "علق", an
"اتفاقية رعاية", a crew "نشر", two youth teams "دمج") and a Kuwaiti economy page (a bourse that "علقت
التداول", two banks that "وقع … مذكرة تفاهم", a shipper's "انضمامها إلى تحالف دولي", a regulator
that "فرضت غرامات وعقوبات تأديبية", "رفعت … الإيقاف" and "مددت مهلة", teams "نشرت", branches
"ستدمج").

The decisions of the annotation, taken before any run: a Treasury that "أدرجت … عبد العزيز
المحمداوي، المعروف بـ«أبو فدك»، على لائحة العقوبات" imposes (core; the United States and the
Treasury; Abu Fadak, absent from the knowledge base, and Kata'ib Hezbollah, which he led), Fayyadh
"الجمعة الماضي" and Kata'ib Hezbollah "عام 2009" historical impositions, "ولم تدرج الخزانة
الأميركية حتى الآن منظمة بدر أو أمينها العام هادي العامري" a negated imposition; a lifting "later"
that observers call costly is no event, and Iraq is no target. A United States that "رفعت …
العقوبات التي فرضتها في أغسطس الماضي على" Gül and Soylu lifts (core; the United States and the
Treasury), the freeze "في الأول من أغسطس" and Ankara's freeze on Sessions and Zinke historical
impositions, Erdoğan's "إن تركيا سترفع بدورها العقوبات عن الوزيرين الأميركيين" a planned lifting
(not core), "ولم تتخذ وزارة الخزانة حتى الآن أي قرار بشأن غرامة محتملة على بنك «خلق»" a negated
imposition; the steel tariffs are no sanctions. A United States that "منحت … المجر إعفاء لمدة عام
من العقوبات" suspends (core; the United States and Trump; Russia the sanctioned, as the Iraqi
electricity waiver of set 28 has Iran; Hungary the beneficiary, no target), the listing of Rosneft
and Lukoil "في الثاني والعشرين من أكتوبر" a historical imposition, "ولم ترفع واشنطن العقوبات عن
أي من الشركتين" a negated lifting; the EU's phasing-out of Russian energy is a policy, no sanction
of a watched form. A president who "مدد لعام إضافي حالة الطوارئ الوطنية المتعلقة بالعراق، والتي
تستند إليها العقوبات" extends (core; the United States and Biden; Iraq, as set 109 English has it),
the freeze on the former regime "في آب من العام نفسه" a historical imposition (Saddam Hussein),
Resolution 1483 a historical lifting, "ولم تعلن الإدارة الأميركية حتى الآن أي نية لإنهاء العمل
به" a negated lifting; the stalled formation of a government is no event of a watched type. A White
House that "لوح … بفرض عقوبات على كولومبيا" and a Trump who "هدد … بفرض رسوم … وبعقوبات مصرفية
ومالية" threaten (core; the United States and Trump; Colombia): one threat told twice, the measures
held "في الاحتياط" never imposed; Petro's counter-tariffs announced and dropped are trade, no
sanctions; FARC's listing "عام 1997" and delisting "عام 2021" historical. A state that "انضم …
رسميا … إلى منظمة حظر الأسلحة الكيميائية" joins (core; Iraq; the OPCW), the sanctions of 1990 a
historical imposition (the obligation of 1991 to destroy the weapons no sanction of a watched form),
"ولم تنضم سوريا ومصر إلى الاتفاقية حتى الآن" a negated joining; North Korea, Angola and Somalia
named outside it are no event. Two states that "وقعت … مذكرة تفاهم لإنشاء مجلس التنسيق العماني
السعودي" sign (core; Oman, Saudi Arabia and the two foreign ministers), "ومن المنتظر أن يوقع البلدان
خلال الأشهر المقبلة اتفاقيات" a planned signing (not core), the border agreement "عام 1990" a
historical signing; the Yemen mediation is no event. Two kingdoms that "أعلنت … إعادة العلاقات
الدبلوماسية بينهما إلى مستواها الكامل" restore ties (core; Saudi Arabia, Thailand and Prayut), the
downgrade of the 1990s no event of a watched type, "وتعثرت خلال العقود الثلاثة الماضية محاولات
عدة لإعادة العلاقات" a stalled restoration; the airline's resumption is no event. A prime minister
who "أصدر … أمرا ديوانيا يقضي باعتبار هيئة الحشد الشعبي تشكيلا عسكريا مستقلا وجزءا من القوات
المسلحة العراقية" integrates forces (core; Iraq and Abadi; the PMF and the Iraqi Armed Forces), the
Sahwa "عام 2008" a historical integration, the National Guard bill "متعثرا في مجلس النواب" a stalled
integration, the coalition's advisers "منذ عام 2014" a historical presence of the United States in
Iraq. Bombers that "وصلت … إلى قاعدة العديد الجوية في قطر" are a presence (core; the United
States; Qatar and Al Udeid), the carrier sent "في وقت سابق من الأسبوع" an occurred presence with no
host (not core), the Arlington and the Patriot battery the Pentagon "سيرسل" a planned presence (not
core), Al Udeid "منذ عام 2003" a historical presence, the metals sanctions of Wednesday an occurred
imposition on Iran (not core); Iran's suspension of its nuclear commitments is no sanction. The
Bahraini sports page and the Kuwaiti economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.786, R 0.900, F1 0.839 (recall
9/10, precision 11/14); occurred core found 9/10; historical kept quiet 14/14, negated 5/5, stalled
2/2. No annotation was changed after the run. Missed: Abadi's order (ar-h92-09), "أصدر … أمرا
ديوانيا يقضي باعتبار هيئة الحشد الشعبي تشكيلا عسكريا مستقلا وجزءا من القوات المسلحة العراقية",
gives nothing at all: a formation declared "part of the armed forces" by an order is no integration
form the analyzer knows. False alarms and unexpected alerts: in ar-h92-01 the observers' "وأن رفع
هذه العقوبات لاحقا سيكون «مكلفا سياسيا» لأي إدارة جديدة", a lifting named as the subject of a
judgement, is read as an occurred lifting by the Treasury and the Badr Organization; in ar-h92-02
Erdoğan's "إن تركيا سترفع بدورها العقوبات عن الوزيرين الأميركيين" is found as a planned lifting but
with no actor (Turkey, the subject of the reported clause, is lost) and the unlinked "الوزيرين
الأميركيين" for target, so it matches no gold event; in ar-h92-06 the condition "وتربط الدولتان ذلك
بانضمام إسرائيل إلى معاهدة عدم انتشار الأسلحة النووية" is read as an occurred joining by Israel.
Seen, not counted by the score: Abu Fadak's listing has no target (he is absent from the knowledge
base, and Kata'ib Hezbollah, which he led, is not reached), and the negated Badr listing is not read
at all; the Gül-Soylu lifting has Turkey for a target and no Soylu, and Ankara's counter-freeze is
merged into the American one of August (actors the United States and Turkey); the Hungarian
exemption's negated lifting has Hungary for target; the Omani-Saudi signing has no actor and "وعن
الجانب السعودي" for a target, without Faisal bin Farhan; the Thai restoration has no Prayut; the
carrier sent and the Arlington and Patriot battery ahead (both not core) are not found. The two near
misses raise nothing. Four articles are strict xfails (ar-h92-09 on its core event, ar-h92-01, -02
and -06 on their alerts).

After the fixes of 2026-12-07: events P 1.000, R 1.000, F1 1.000 (recall 10/10, precision 13/13).
Four general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout92_rules_ar.py``. Forces ruled part of the army by the masdar of an order or a law
("مرسوما يقضي باعتبار قوات الدراويش جزءا من الجيش", "قانونا ينص على اعتبار الكتائب جزءا من
القوات المسلحة") are integrated, as "يجعل … جزءا من" already was (a trigger of
``ar.triggers.yaml``); forces treated "باعتبارها جزءا من الجيش" and an opinion "أن … جزء من"
stay quiet: ar-h92-09's strict xfail removed (the PMF come out as the actor, Iraq as a target,
still matching). A "ب" masdar after a verb of tying ("وتربط أنقرة موافقتها بانضمام فنلندا إلى
الحلف", "تربط طهران عودتها برفع العقوبات") is the condition of another step, no event
(``_tied_as_condition_ar`` in ``rasd/events/status.py``); a step taken beside such a link keeps its
reading: ar-h92-06's strict xfail removed. A masdar that opens an "إن"/"أن" clause whose predicate
right after its object is a judgement ahead ("إن رفع العقوبات عن سوريا سيستغرق سنوات", "وأن رفع
الحظر لاحقا لن يكون سهلا") is a step weighed, no event (``_judged_ahead_ar``); a relative clause or
a comma before the predicate ("إن رفع العقوبات، الذي أعلنته واشنطن أمس، سيفتح الباب") and "بعد
أن" keep the act: ar-h92-01's strict xfail removed. A state named right after "إن"/"أن" is the
subject of that clause, not the last word of a company's or a party's name begun before it ("قال
أمام نواب حزبه إن تركيا سترفع", where "حزب" made Turkey read like the "عمان" of "شركة نفط عمان"
and dropped the actor, or the whole event; ``_company_demonym_ar`` in ``rasd/events/roles.py``
now stops at a complementizer): ar-h92-02's strict xfail removed, and "شركة نفط عمان" stays a
company. No strict xfail is left. Seen and left: Soylu is still missing from the Gül-Soylu lifting
and Turkey is its target; the Omani-Saudi signing still has no actor; "الحزمة" of a package named
in a condition ("وتربط سلوفاكيا موافقتها على الحزمة برفع …") is read as an occurred imposition, and
"قال رئيس الوزراء الهندي، في تجمع لأنصار حزبه، إن الهند ستوقع" still loses India (seen while
writing the rules, not traced before the deadline).

``python -m tests.unit.test_heldout92_events_ar`` prints every article's alerts and the set's
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
_KH = "Kata'ib Hezbollah"
_UNSC = "United Nations Security Council"
_OPCW = "Organisation for the Prohibition of Chemical Weapons"
_PMF = "Popular Mobilization Forces"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-01-almada-treasury-sanctions-pmf-chief-of-staff-abu-fadak-2021",
        date(2021, 1, 14),
        """الخزانة الأميركية تدرج رئيس أركان الحشد «أبو فدك» على لائحة العقوبات

بغداد - «المدى»

أدرجت وزارة الخزانة الأميركية، مساء الأربعاء، رئيس أركان هيئة الحشد الشعبي عبد العزيز المحمداوي، المعروف بـ«أبو فدك»، على لائحة العقوبات، وقالت إنه قاد «كتائب حزب الله» وعمل لصالحها، في خطوة هي الثانية من نوعها بحق قيادات الهيئة خلال أقل من أسبوع.

وقالت الوزارة في بيان إن القرار يقضي بتجميد أي أصول للمحمداوي تخضع للولاية الأميركية، ويحظر على المواطنين والشركات الأميركية التعامل معه، مضيفة أن الكتائب «قوضت سيادة العراق» عبر الهجمات الصاروخية على المنشآت الدبلوماسية والعسكرية.

وكانت واشنطن قد فرضت، الجمعة الماضي، عقوبات على رئيس هيئة الحشد فالح الفياض، متهمة إياه بالمسؤولية عن قتل متظاهرين سلميين خلال احتجاجات تشرين الأول 2019. كما صنفت وزارة الخارجية الأميركية «كتائب حزب الله» منظمة إرهابية أجنبية عام 2009.

وتولى المحمداوي رئاسة أركان الهيئة في شباط الماضي، بعد مقتل سلفه أبو مهدي المهندس في غارة أميركية قرب مطار بغداد مطلع العام الماضي، وهو تعيين اعترضت عليه حينها فصائل مرتبطة بمرجعية النجف.

ووصفت هيئة الحشد القرار في بيان بأنه «استهداف لمؤسسة أمنية رسمية قدمت آلاف الشهداء في الحرب على داعش»، فيما قالت وزارة الخارجية العراقية إنها «تتابع» الموضوع مع الجانب الأميركي، من دون أن تصدر موقفا تفصيليا.

ولم تدرج الخزانة الأميركية حتى الآن منظمة بدر أو أمينها العام هادي العامري على لائحتها، رغم مطالبات أعضاء في الكونغرس بذلك منذ أكثر من عام.

ويرى مراقبون في بغداد أن الإدارة المنتهية ولايتها تسعى إلى تثبيت سياستها تجاه الفصائل قبل أيام من تسلم الرئيس المنتخب جو بايدن مهامه، وأن رفع هذه العقوبات لاحقا سيكون «مكلفا سياسيا» لأي إدارة جديدة. وقال نائب عن تحالف الفتح إن العقوبات «لن يكون لها أثر عملي»، لأن المشمولين بها لا يملكون أرصدة في الخارج.

في المقابل، اعتبر ناشطون أن القرار «اعتراف متأخر» بما تعرض له المحتجون، مطالبين الحكومة العراقية بفتح تحقيق قضائي مستقل في مقتل المتظاهرين بدل انتظار القرارات الأجنبية.

وفي ساحة التحرير، قال طالب جامعي فقد صديقه في احتجاجات تشرين: «العقوبات الأميركية لا تعيد لنا أحدا. نريد محاكمة هنا، في بغداد، أمام القضاء العراقي، لا قائمة في واشنطن يقرؤها الناس على هواتفهم ثم ينسونها».""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY], ["Abu Fadak al-Mohammedawi", _KH]),
            # Fayyadh "الجمعة الماضي"
            G("sanctions.imposed", "historical", [_US], ["Falih al-Fayyadh"], core=False),
            # Kata'ib Hezbollah listed "عام 2009"
            G("sanctions.imposed", "historical", [_US], [_KH], core=False),
            # "ولم تدرج الخزانة الأميركية حتى الآن منظمة بدر أو أمينها العام هادي العامري"
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Badr Organization", "Hadi al-Amiri"], core=False),
        ],
        not_targets=["Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-02-bbc-us-lifts-sanctions-on-gul-and-soylu-2018",
        date(2018, 11, 3),
        """واشنطن ترفع العقوبات عن وزيري العدل والداخلية التركيين

إسطنبول - «بي بي سي عربي»

رفعت الولايات المتحدة، الجمعة، العقوبات التي فرضتها في أغسطس الماضي على وزير العدل التركي عبد الحميد غل ووزير الداخلية سليمان صويلو، بعد أسابيع من إفراج القضاء التركي عن القس الأميركي أندرو برانسون وعودته إلى بلاده.

وأعلنت وزارة الخزانة الأميركية في بيان مقتضب حذف اسمي الوزيرين من قائمة الأشخاص المحظورين، وقالت إن القرار جاء «في ضوء التطورات الأخيرة»، من دون أن تذكر برانسون بالاسم.

وكانت واشنطن قد جمدت في الأول من أغسطس أي أصول للوزيرين في الولايات المتحدة، متهمة إياهما بلعب «أدوار قيادية» في اعتقال القس، الذي أمضى قرابة عامين في السجن والإقامة الجبرية بتهم تتعلق بالإرهاب والتجسس نفاها على الدوام. وردت أنقرة بعد أيام بتجميد أصول وزيري العدل والداخلية الأميركيين جيف سيشنز ورايان زينكي.

وقال الرئيس رجب طيب أردوغان، في كلمة أمام أنصار حزبه، إن تركيا سترفع بدورها العقوبات عن الوزيرين الأميركيين، معتبرا أن الخطوة الأميركية «تصحيح لخطأ ما كان ينبغي أن يقع».

وأدت الأزمة خلال الصيف إلى هبوط حاد في قيمة الليرة التركية، بعد أن ضاعف الرئيس دونالد ترامب الرسوم الجمركية على واردات الصلب والألمنيوم التركية، وهي رسوم لم تتراجع عنها الإدارة الأميركية حتى الآن.

ولم تتخذ وزارة الخزانة حتى الآن أي قرار بشأن غرامة محتملة على بنك «خلق» الحكومي التركي، الذي أدين أحد مديريه في نيويورك بتهمة المساعدة على الالتفاف على العقوبات المفروضة على إيران.

ويرى دبلوماسيون في أنقرة أن الملفات العالقة بين البلدين لا تزال كثيرة، من صفقة منظومة الدفاع الجوي الروسية «إس-400» إلى الدعم الأميركي للمقاتلين الأكراد في شمال سوريا، ومطالبة تركيا بتسليم الداعية فتح الله غولن المقيم في ولاية بنسلفانيا.

وتراجع سعر صرف الليرة بنحو أربعين في المئة أمام الدولار منذ مطلع العام، قبل أن تستعيد جزءا من خسائرها خلال الأسابيع الأخيرة، بعد أن رفع المصرف المركزي أسعار الفائدة بشكل حاد.

وفي سوق أمينونو بإسطنبول، قال صراف عملة يعمل في المهنة منذ ثلاثين عاما: «في أغسطس كان الناس يقفون هنا في طوابير ليشتروا الدولار بأي سعر. اليوم الليرة أهدأ، لكن لا أحد يصدق أن المشكلة انتهت. السياسة عندنا تتغير كل أسبوع».""",
        [
            G("sanctions.lifted", "occurred", [_US, _TREASURY], ["Abdulhamit Gül", "Süleyman Soylu"]),
            # "في الأول من أغسطس"
            G("sanctions.imposed", "historical", [_US], ["Abdulhamit Gül", "Süleyman Soylu"], core=False),
            # Ankara's freeze on Sessions and Zinke in August
            G("sanctions.imposed", "historical", ["Turkey"], [_US], core=False),
            # Erdogan: Turkey "سترفع بدورها العقوبات عن الوزيرين الأميركيين"
            G("sanctions.lifted", "planned", ["Turkey", "Recep Tayyip Erdoğan"], [_US], core=False),
            # "ولم تتخذ وزارة الخزانة حتى الآن أي قرار بشأن غرامة محتملة على بنك «خلق»"
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Halkbank"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-03-dw-us-exempts-hungary-from-russian-energy-sanctions-2025",
        date(2025, 11, 8),
        """إعفاء أميركي للمجر من عقوبات النفط والغاز الروسيين.. وبودابست: «بلا سقف زمني»

بودابست - «دويتشه فيله عربية»

منحت الولايات المتحدة المجر إعفاء لمدة عام من العقوبات التي فرضتها على قطاع الطاقة الروسي، يسمح لها بمواصلة شراء النفط والغاز من روسيا عبر خطوط الأنابيب، وذلك عقب لقاء رئيس الوزراء المجري فيكتور أوربان بالرئيس دونالد ترامب في البيت الأبيض، مساء الجمعة.

وقال مسؤول في البيت الأبيض إن مدة الإعفاء عام واحد، في حين أكد وزير الخارجية المجري بيتر سيارتو أن بلاده حصلت على استثناء «غير محدد بسقف زمني»، يشمل النفط الذي يصل عبر خط «دروجبا» والغاز الذي يصل عبر «ترك ستريم»، إضافة إلى المعاملات المرتبطة بمحطة «باكش» النووية.

وكانت وزارة الخزانة الأميركية قد فرضت في الثاني والعشرين من أكتوبر عقوبات على أكبر شركتين نفطيتين روسيتين، «روسنفت» و«لوك أويل»، وعلى عشرات من فروعهما، في أول عقوبات كبيرة على موسكو منذ عودة ترامب إلى البيت الأبيض، بهدف الضغط على الكرملين لوقف الحرب في أوكرانيا.

ولم ترفع واشنطن العقوبات عن أي من الشركتين، إذ يقتصر الإعفاء على المشترين المجريين، ولا يسري على شركات الطاقة الروسية نفسها ولا على تعاملاتها مع دول أخرى.

وفي المقابل، تعهدت المجر بشراء غاز طبيعي مسال أميركي بقيمة نحو ستمئة مليون دولار، بحسب ما أعلنه مسؤولون أميركيون، فيما قال أوربان إن بلاده، التي لا تطل على البحر، «لا تملك بديلا واقعيا» عن الإمدادات الروسية في الوقت الحاضر.

وأثار الإعفاء انتقادات في بروكسل، حيث يعمل الاتحاد الأوروبي على التخلص التدريجي من واردات الطاقة الروسية بحلول نهاية عام 2027، وهو هدف تعارضه بودابست وبراتيسلافا. وقال دبلوماسي أوروبي إن القرار الأميركي «يضعف الرسالة الموجهة إلى موسكو».

ويأتي اللقاء قبل أشهر من انتخابات تشريعية مجرية يتوقع أن تكون الأصعب على أوربان منذ عودته إلى السلطة عام 2010، إذ تتقدم المعارضة في عدد من استطلاعات الرأي، ويجعل الحزب الحاكم من أسعار الطاقة المنخفضة للأسر أحد أبرز شعاراته.

وفي محطة وقود على أطراف بودابست، قال سائق سيارة أجرة: «لا أفهم في السياسة الكبيرة. ما أعرفه أن لتر البنزين إذا ارتفع مئة فورنت فسيأكل ذلك نصف ما أكسبه في الأسبوع. إذا كان هذا الاتفاق يبقي الأسعار كما هي، فليكن».""",
        [
            G("sanctions.suspended", "occurred", [_US, "Donald Trump"], ["Russia"]),
            # Rosneft and Lukoil "في الثاني والعشرين من أكتوبر"
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Rosneft", "Lukoil", "Russia"], core=False),
            # "ولم ترفع واشنطن العقوبات عن أي من الشركتين"
            G("sanctions.lifted", "negated", [_US], ["Rosneft", "Lukoil"], core=False),
        ],
        not_targets=["Hungary"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-04-shafaq-biden-continues-iraq-national-emergency-2022",
        date(2022, 5, 18),
        """بايدن يمدد عاما آخر حالة الطوارئ الوطنية الخاصة بالعراق

بغداد - «شفق نيوز»

مدد الرئيس الأميركي جو بايدن لعام إضافي حالة الطوارئ الوطنية المتعلقة بالعراق، والتي تستند إليها العقوبات الأميركية المفروضة على أركان النظام السابق وعلى الأشخاص الذين تتهمهم واشنطن بتهديد استقرار البلاد، إضافة إلى الحماية القانونية لبعض الأموال العراقية من دعاوى الدائنين.

وقال بايدن، في إخطار بعث به إلى الكونغرس، إن «العقبات التي تعترض إعادة الإعمار المنظمة في العراق واستعادة السلام والأمن فيه وتطوير مؤسساته السياسية والإدارية والاقتصادية» لا تزال تشكل «تهديدا غير عادي» للأمن القومي الأميركي.

وكان الرئيس الأسبق جورج بوش قد أعلن حالة الطوارئ هذه بموجب الأمر التنفيذي 13303 في أيار 2003، بعد أسابيع من سقوط النظام السابق، ثم جمدت واشنطن في آب من العام نفسه أصول الرئيس الراحل صدام حسين وكبار مسؤولي نظامه. وفي العام نفسه رفع مجلس الأمن الدولي، بموجب القرار 1483، العقوبات الاقتصادية الشاملة التي فرضها على العراق منذ غزو الكويت عام 1990.

ولا يحتاج تمديد حالة الطوارئ إلى موافقة الكونغرس، ويجري سنويا منذ عام 2004، وقد جدده الرؤساء الأميركيون المتعاقبون من دون انقطاع. ولم تعلن الإدارة الأميركية حتى الآن أي نية لإنهاء العمل به، رغم أن الحكومات العراقية المتعاقبة تعتبره من «مخلفات مرحلة الاحتلال».

وقال مستشار مالي سابق في وزارة المالية العراقية إن الأهمية العملية للقرار اليوم «محدودة»، بعد انتهاء العمل بصندوق تنمية العراق، لكنه يبقي على أدوات قانونية تستخدمها وزارة الخزانة الأميركية لملاحقة شبكات تهريب الأموال المرتبطة بفصائل مسلحة.

ويأتي التمديد في وقت تتعثر فيه مفاوضات تشكيل الحكومة العراقية الجديدة، بعد سبعة أشهر على الانتخابات المبكرة، وسط خلاف بين التيار الصدري والإطار التنسيقي على شكل الحكومة المقبلة.

ويقدر اقتصاديون حجم المطالبات التي لا تزال قائمة بحق العراق أمام محاكم أجنبية بمليارات الدولارات، ويعود معظمها إلى عقود أبرمت في ثمانينيات القرن الماضي.

وفي سوق الشورجة وسط بغداد، قال تاجر مواد غذائية: «كل سنة نسمع عن تمديد وتجديد، ولا نعرف ما الذي يعنيه ذلك لنا. نحن نحتاج إلى حكومة تعمل، وإلى دولار مستقر، لا إلى أوامر تصدر في واشنطن ولا يقرؤها أحد هنا».""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Iraq"]),
            # Saddam Hussein's regime's assets frozen "في آب من العام نفسه"
            G("sanctions.imposed", "historical", [_US], ["Saddam Hussein"], core=False),
            # Resolution 1483 of 2003
            G("sanctions.lifted", "historical", [_UNSC], ["Iraq"], core=False),
            # "ولم تعلن الإدارة الأميركية حتى الآن أي نية لإنهاء العمل به"
            G("sanctions.lifted", "negated", [_US], ["Iraq"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-05-france24-white-house-keeps-colombia-sanctions-in-reserve-2025",
        date(2025, 1, 27),
        """البيت الأبيض يلوح بعقوبات على كولومبيا إذا أخلت باتفاق استقبال المرحلين

بوغوتا - «فرانس 24»

لوح البيت الأبيض، ليل الأحد، بفرض عقوبات على كولومبيا، مؤكدا أن الرسوم الجمركية والعقوبات المالية التي أعلنها الرئيس دونالد ترامب «ستبقى جاهزة» ولن توقع إلا إذا أخلت حكومة الرئيس غوستافو بيترو بالاتفاق الذي قبلت بموجبه استقبال المهاجرين المرحلين من الولايات المتحدة على متن طائرات عسكرية.

وقالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن كولومبيا «وافقت على كل شروط الرئيس ترامب»، مضيفة أن مسودات الأوامر التنفيذية «ستحفظ في الاحتياط». وكان ترامب قد هدد في وقت سابق من اليوم نفسه بفرض رسوم بنسبة خمسة وعشرين في المئة على كل الواردات الكولومبية، ترتفع إلى خمسين في المئة خلال أسبوع، وبعقوبات مصرفية ومالية، بعد أن رفض بيترو السماح بهبوط طائرتين عسكريتين تقلان مرحلين.

وكان بيترو قد كتب على منصة «إكس» أن بلاده لن تستقبل مواطنيها «كمجرمين»، وأعلن في البداية فرض رسوم مقابلة على الواردات الأميركية، قبل أن تعلن حكومته لاحقا استعدادها لإرسال الطائرة الرئاسية لنقل المرحلين.

وقال وزير الخارجية الكولومبي لويس جيلبرتو موريلو إن بلاده «تجاوزت المأزق»، وإنه سيتوجه إلى واشنطن خلال الأيام المقبلة لبحث آلية الترحيل، مؤكدا أن كولومبيا «لن تقبل معاملة مواطنيها بطريقة تمس كرامتهم».

وتعد الولايات المتحدة الشريك التجاري الأول لكولومبيا، إذ تستقبل نحو ربع صادراتها من النفط والبن والزهور. وكانت واشنطن قد صنفت «القوات المسلحة الثورية الكولومبية» (فارك) منظمة إرهابية عام 1997، قبل أن ترفعها من القائمة عام 2021 بعد خمس سنوات من اتفاق السلام.

ولم يتراجع بيترو عن انتقاداته لسياسة الهجرة الأميركية، إذ كتب في منشور لاحق أن «المهاجر ليس مجرما»، بينما اعتبرت المعارضة الكولومبية أن الرئيس «عرض الاقتصاد للخطر من أجل معركة على مواقع التواصل».

وتعد كولومبيا من أكثر الدول استقبالا لرحلات الترحيل الأميركية في السنوات الأخيرة، وكانت هذه الرحلات تتم في الغالب على متن طائرات مدنية مستأجرة.

وفي سوق الزهور في بوغوتا، قالت مصدرة تعمل مع موزعين في ميامي: «أمضينا الليل نحسب الخسائر. عيد الحب بعد أسبوعين، ونصف موسمنا يذهب إلى الشمال. لو فرضوا الرسوم لكنا خسرنا كل شيء. الحمد لله أنهم اتفقوا، لكن الخوف لم يذهب».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Donald Trump"], ["Colombia"]),
            # FARC listed "عام 1997"
            G("sanctions.imposed", "historical", [_US], ["Revolutionary Armed Forces of Colombia"], core=False),
            # and delisted "عام 2021"
            G("sanctions.lifted", "historical", [_US], ["Revolutionary Armed Forces of Colombia"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-06-assabah-iraq-joins-chemical-weapons-convention-2009",
        date(2009, 2, 13),
        """العراق يصبح الدولة الـ186 في منظمة حظر الأسلحة الكيميائية

بغداد - «الصباح»

انضم العراق رسميا، أمس الخميس، إلى منظمة حظر الأسلحة الكيميائية، ليصبح الدولة الطرف السادسة والثمانين بعد المئة في الاتفاقية الدولية لحظر استحداث وإنتاج وتخزين واستعمال الأسلحة الكيميائية، بعد ثلاثين يوما من إيداع وثيقة انضمامه لدى الأمين العام للأمم المتحدة في نيويورك.

وقال وزير الخارجية هوشيار زيباري، في بيان، إن الانضمام «رسالة واضحة بأن العراق الجديد طوى صفحة أسلحة الدمار الشامل إلى الأبد»، وإن الحكومة ستقدم إلى المنظمة خلال المهلة القانونية إعلانا كاملا بما تبقى من منشآت ومواد تعود إلى برامج النظام السابق.

ورحب المدير العام للمنظمة روخيليو فيرتر بالخطوة، معتبرا أنها «تقرب العالم من الحظر الشامل لهذه الأسلحة»، ومشيرا إلى أن خبراء المنظمة سيزورون بغداد لمساعدة السلطات العراقية على إعداد الإعلان الأولي.

وكان النظام السابق قد استخدم الأسلحة الكيميائية ضد مدينة حلبجة في آذار 1988، وفي الحرب مع إيران، قبل أن يفرض مجلس الأمن الدولي على العراق عام 1990 عقوبات اقتصادية شاملة بعد غزو الكويت، ثم يلزمه عام 1991 بتدمير أسلحته الكيميائية والبيولوجية تحت إشراف دولي.

ويعتقد خبراء أن ما تبقى في العراق من تلك البرامج يقتصر على مخزونات متضررة في مخابئ مجمع المثنى شمال غرب بغداد، كانت فرق التفتيش الدولية قد أغلقتها في التسعينيات، وتحتاج إلى خطة تدمير خاصة بسبب خطورتها.

ولم تنضم سوريا ومصر إلى الاتفاقية حتى الآن، وتربط الدولتان ذلك بانضمام إسرائيل إلى معاهدة عدم انتشار الأسلحة النووية، فيما تبقى كوريا الشمالية وأنغولا والصومال خارجها أيضا.

وكان مجلس النواب قد صوت على قانون الانضمام إلى الاتفاقية في الصيف الماضي، ضمن حزمة من التشريعات التي تقول الحكومة إنها تهدف إلى إعادة دمج العراق في المنظومة الدولية.

وتنص الاتفاقية، التي دخلت حيز التنفيذ عام 1997، على تدمير المخزونات خلال مهل محددة، وإخضاع الصناعات الكيميائية المدنية لعمليات تفتيش دورية.

وفي حلبجة، قال رجل فقد زوجته وطفليه في القصف الكيميائي قبل عشرين عاما: «كل سنة في آذار نقف عند المقبرة ونسمع الخطب. الانضمام خطوة جيدة، لكن أهل حلبجة ما زالوا ينتظرون المستشفى والتعويضات التي وعدونا بها».""",
        [
            G("alliance.joined", "occurred", ["Iraq"], [_OPCW]),
            # the comprehensive sanctions "عام 1990"
            G("sanctions.imposed", "historical", [_UNSC], ["Iraq"], core=False),
            # "ولم تنضم سوريا ومصر إلى الاتفاقية حتى الآن"
            G("alliance.joined", "negated", ["Syria", "Egypt"], [_OPCW], core=False),
        ],
        not_targets=["Kuwait", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-07-alwatan-oman-and-saudi-arabia-found-coordination-council-2021",
        date(2021, 7, 13),
        """السلطنة والمملكة توقعان مذكرة تأسيس مجلس التنسيق العماني السعودي في نيوم

مسقط - «الوطن»

وقعت سلطنة عمان والمملكة العربية السعودية، أمس الاثنين في مدينة نيوم، مذكرة تفاهم لإنشاء مجلس التنسيق العماني السعودي، وذلك في ختام المباحثات الرسمية التي أجراها حضرة صاحب الجلالة السلطان هيثم بن طارق مع أخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، خلال أول زيارة خارجية لجلالته منذ توليه مقاليد الحكم.

ووقع المذكرة عن الجانب العماني معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، وعن الجانب السعودي صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، بحضور عدد من أصحاب السمو والمعالي من البلدين.

ويختص المجلس بتنسيق المواقف وتعزيز التعاون في المجالات السياسية والأمنية والاقتصادية والاستثمارية، ومتابعة تنفيذ المشروعات المشتركة، وفي مقدمتها الطريق البري المباشر الذي يربط البلدين عبر صحراء الربع الخالي، والمتوقع افتتاحه قريبا.

وأكد البيان المشترك الصادر في ختام الزيارة حرص القيادتين على «فتح آفاق أرحب» للتعاون، واتفاق الجانبين على تشجيع القطاع الخاص في البلدين على إقامة شراكات استثمارية، لا سيما في المنطقة الاقتصادية الخاصة بالدقم.

ومن المنتظر أن يوقع البلدان خلال الأشهر المقبلة اتفاقيات في مجالات الطاقة والنقل والخدمات اللوجستية، بحسب ما أفاد به مسؤول في وزارة التجارة والصناعة وترويج الاستثمار.

وكان البلدان قد وقعا عام 1990 اتفاقية ترسيم الحدود البرية بينهما، التي أنهت خلافا حدوديا دام عقودا، وأسست لمرحلة جديدة من التعاون في إطار مجلس التعاون لدول الخليج العربية.

ويرى محللون أن الزيارة تحمل أيضا بعدا إقليميا، في ظل المساعي الجارية لإنهاء الحرب في اليمن المجاور للبلدين، حيث تستضيف مسقط جولات من الاتصالات بين الأطراف المعنية.

ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثة مليارات دولار سنويا، بحسب بيانات رسمية، ويأمل الجانبان مضاعفته خلال السنوات المقبلة.

وفي ولاية عبري، قال سائق شاحنة ينقل البضائع بين البلدين منذ عشرين عاما: «اليوم نسلك طريق البريمي ثم الإمارات، ونتأخر يومين في المنافذ. إذا فتح طريق الربع الخالي فسنختصر نصف المسافة. هذا ما ننتظره من المجلس، أن نرى الطريق مفتوحا».""",
        [
            G("agreement.signed", "occurred", ["Oman", "Saudi Arabia", "Badr Albusaidi", "Faisal bin Farhan"], []),
            # agreements "خلال الأشهر المقبلة"
            G("agreement.signed", "planned", ["Oman", "Saudi Arabia"], [], core=False),
            # the border agreement "عام 1990"
            G("agreement.signed", "historical", ["Oman", "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Yemen", "United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-08-okaz-saudi-arabia-and-thailand-restore-full-relations-2022",
        date(2022, 1, 26),
        """المملكة وتايلاند تعيدان العلاقات الكاملة بعد ثلاثة عقود من الفتور

الرياض - «عكاظ»

أعلنت المملكة العربية السعودية ومملكة تايلاند إعادة العلاقات الدبلوماسية بينهما إلى مستواها الكامل، وتعيين سفيرين في البلدين في أقرب وقت، وذلك خلال الزيارة الرسمية التي يقوم بها رئيس الوزراء التايلاندي برايوت تشان أوتشا إلى الرياض، وهي الأولى لمسؤول تايلاندي بهذا المستوى منذ أكثر من ثلاثين عاما.

واستقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، أمس، رئيس الوزراء التايلاندي في قصر اليمامة، حيث جرى استعراض العلاقات الثنائية وفرص تطويرها، وفق ما أوردته وكالة الأنباء السعودية.

وأكد البيان المشترك الصادر في ختام الزيارة أن الجانبين اتفقا على تعزيز التعاون في مجالات التجارة والاستثمار والطاقة والأمن الغذائي والسياحة، وعلى أن تستأنف الخطوط الجوية العربية السعودية رحلاتها المباشرة إلى بانكوك في مايو المقبل.

وكانت المملكة قد خفضت مستوى تمثيلها الدبلوماسي في بانكوك مطلع التسعينيات، إثر سرقة مجوهرات من أحد القصور في الرياض على يد عامل تايلاندي عام 1989، ومقتل ثلاثة دبلوماسيين سعوديين ورجل أعمال سعودي في بانكوك في ظروف لم تكشف ملابساتها بالكامل.

وتعثرت خلال العقود الثلاثة الماضية محاولات عدة لإعادة العلاقات إلى مستواها السابق، بسبب بطء التحقيقات في القضيتين، قبل أن تكثف بانكوك في السنوات الأخيرة اتصالاتها مع الرياض.

وقال برايوت، في تصريحات للصحفيين، إن حكومته «تأسف بصدق» لما وقع من أحداث مأساوية، وإن تايلاند ستبذل كل ما في وسعها لإحالة أي أدلة جديدة في القضايا إلى القضاء.

ويتوقع مسؤولون في غرفة الرياض أن تعود العمالة التايلاندية إلى السوق السعودية بعد انقطاع طويل، وأن يزداد التبادل التجاري في قطاعات الأرز والسيارات والمواد الغذائية، إلى جانب السياحة العلاجية التي اعتاد عليها كثير من السعوديين قبل عام 1990.

ويقيم في المملكة حاليا عدد محدود من التايلانديين، بعد أن كانوا يعدون بعشرات الآلاف في ثمانينيات القرن الماضي، ويعمل معظمهم في قطاعي البناء والخدمات.

وفي مكتب سياحة وسط الرياض، قال صاحبه: «كانت بانكوك قبل ثلاثين سنة من أكثر الوجهات التي نبيعها. الاتصالات بدأت من الأمس، والناس يسألون متى الرحلة الأولى وكيف التأشيرة. نتمنى أن تعود الأيام الحلوة».""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia", "Thailand", "Prayut Chan-o-cha"], []),
            # "وتعثرت خلال العقود الثلاثة الماضية محاولات عدة لإعادة العلاقات"
            G("relations.restored", "stalled", ["Saudi Arabia", "Thailand"], [], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-09-alsumaria-abadi-order-makes-pmf-part-of-armed-forces-2016",
        date(2016, 2, 24),
        """العبادي يصدر أمرا ديوانيا يجعل الحشد الشعبي تشكيلا عسكريا ضمن القوات المسلحة

بغداد - «السومرية نيوز»

أصدر رئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي أمرا ديوانيا يقضي باعتبار هيئة الحشد الشعبي تشكيلا عسكريا مستقلا وجزءا من القوات المسلحة العراقية، يرتبط بالقائد العام، وتسري عليه القوانين والأنظمة العسكرية النافذة.

وبحسب نص الأمر، الذي اطلعت عليه «السومرية نيوز»، يتألف التشكيل من قيادة وهيئة أركان وألوية مقاتلة، ويخضع منتسبوه للسياقات العسكرية من حيث الرواتب والتدريب والانضباط، على أن يجري «فك ارتباط» المنتسبين بكافة الأطر السياسية والحزبية والاجتماعية، ولا يسمح بالعمل السياسي في صفوفه.

وقال مصدر في مكتب القائد العام إن الأمر «يضع الحشد تحت سلطة الدولة بشكل واضح»، ويرد على من يصفون فصائله بأنها «ميليشيات خارج القانون»، مضيفا أن هيئة الحشد ستبقى المسؤولة عن الجوانب الإدارية والمالية.

وتشكل الحشد الشعبي في حزيران 2014، بعد فتوى «الجهاد الكفائي» التي أطلقتها المرجعية الدينية في النجف إثر سيطرة تنظيم داعش على الموصل ومساحات واسعة من شمال العراق وغربه، وشارك منذ ذلك الحين في معارك تكريت وبيجي والرمادي.

وكانت الحكومة قد ضمت عام 2008 آلافا من عناصر مجالس الصحوة في المحافظات الغربية إلى الأجهزة الأمنية والوزارات المدنية، في تجربة يقول منتقدون إنها لم تكتمل.

ولا يزال مشروع قانون الحرس الوطني، الذي كان يفترض أن يضم مقاتلي العشائر في المحافظات المحررة إلى قوة نظامية في كل محافظة، متعثرا في مجلس النواب منذ أشهر، بسبب الخلاف بين الكتل على صلاحيات المحافظين وتبعية القوة.

وينتشر مستشارون ومدربون من التحالف الدولي بقيادة الولايات المتحدة في قواعد عراقية عدة منذ عام 2014، لكن واشنطن تقول إنها لا تقدم أي دعم لفصائل الحشد.

وقال نائب عن تحالف القوى العراقية إن الأمر «خطوة في الاتجاه الصحيح إذا طبقت على الجميع»، محذرا من أن فصائل عدة «ستبقى تأتمر بأوامر قادتها لا بأوامر القائد العام».

وفي مدينة الصدر، قال والد متطوع يقاتل في محيط الفلوجة: «ابني ذهب بعد الفتوى ولم يسأل عن راتب. إذا صار الحشد جزءا من الجيش فليعطوهم حقوقهم كاملة، وليعاملوا الجرحى وعوائل الشهداء مثل الجنود».""",
        [
            G("forces.integrated", "occurred", ["Iraq", "Haider al-Abadi"], [_PMF, "Iraqi Armed Forces"]),
            # the Sahwa councils taken into the security services "عام 2008"
            G("forces.integrated", "historical", ["Iraq"], [], core=False),
            # the National Guard bill "متعثرا في مجلس النواب منذ أشهر"
            G("forces.integrated", "stalled", ["Iraq"], [], core=False),
            # the coalition's advisers "منذ عام 2014"
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-10-alraya-us-b52-bombers-arrive-at-al-udeid-2019",
        date(2019, 5, 10),
        """قاذفات «بي-52» الأميركية تصل إلى قاعدة العديد

الدوحة - «الراية»

وصلت قاذفات استراتيجية أميركية من طراز «بي-52» إلى قاعدة العديد الجوية في قطر، ضمن تعزيزات عسكرية أعلنت عنها الولايات المتحدة في منطقة الخليج ردا على ما وصفته بـ«مؤشرات على تهديدات» إيرانية لقواتها ومصالحها في المنطقة.

وقالت القيادة المركزية الأميركية في بيان إن القاذفات، القادمة من قاعدة باركسديل في ولاية لويزيانا، «وصلت لحماية القوات والمصالح الأميركية»، من دون أن تحدد عددها أو مدة بقائها، فيما أظهرت صور نشرتها القيادة طائرات تهبط في القاعدة ليلا.

وكانت وزارة الدفاع الأميركية قد أرسلت في وقت سابق من الأسبوع حاملة الطائرات «أبراهام لينكولن» ومجموعتها القتالية إلى المنطقة. وأعلن البنتاغون، أمس، أنه سيرسل أيضا سفينة الإنزال البرمائية «أرلينغتون» وبطارية صواريخ «باتريوت» إلى الشرق الأوسط.

وتستضيف قطر في قاعدة العديد، منذ عام 2003، المقر المتقدم للقيادة المركزية الأميركية، ويتمركز فيها نحو عشرة آلاف عسكري أميركي، وتعد أكبر قاعدة جوية أميركية في الشرق الأوسط.

ويأتي التصعيد بعد أيام من إعلان إيران تعليق تنفيذ بعض التزاماتها بموجب الاتفاق النووي، ردا على انسحاب الولايات المتحدة منه قبل عام. وفرضت واشنطن، الأربعاء، عقوبات جديدة على قطاعات الحديد والصلب والألمنيوم والنحاس الإيرانية.

وقال مسؤولون أميركيون إن الولايات المتحدة «لا تسعى إلى حرب مع إيران»، لكنها «مستعدة للرد على أي هجوم». في المقابل، قال مسؤول في الحرس الثوري الإيراني إن وجود القطع الأميركية في الخليج «كان يشكل تهديدا في السابق، أما الآن فهو هدف».

ودعت دول في المنطقة إلى ضبط النفس وتجنب الانزلاق إلى مواجهة، فيما أكدت الدوحة في مناسبات عدة أن أمن الخليج «مسؤولية جماعية» تتطلب الحوار بين دوله وجيرانها.

وارتفعت أسعار النفط في الأسواق العالمية مع تصاعد التوتر، وسط مخاوف من تعطل الملاحة في مضيق هرمز، الذي يمر عبره نحو خمس الاستهلاك العالمي من الخام.

وفي الوكرة، قال صاحب مطعم للمأكولات البحرية قرب الميناء: «الطائرات تمر فوقنا منذ سنوات ولم نعد نلتفت إليها. الناس هنا يتابعون الأخبار، لكنهم يذهبون إلى أعمالهم كالمعتاد. نتمنى أن يبقى الخليج هادئا، فالحرب لا يربح فيها أحد».""",
        [
            G("military.presence", "occurred", [_US], ["Qatar", "Al Udeid Air Base"]),
            # the Abraham Lincoln sent "في وقت سابق من الأسبوع"
            G("military.presence", "occurred", [_US], [], core=False),
            # the Arlington and a Patriot battery "سيرسل"
            G("military.presence", "planned", [_US], [], core=False),
            # Al Udeid "منذ عام 2003"
            G("military.presence", "historical", [_US], ["Qatar"], core=False),
            # the sanctions on Iran's metals "الأربعاء"
            G("sanctions.imposed", "occurred", [_US], ["Iran"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-11-alayam-sports-muharraq-lifts-striker-ban-2023",
        date(2023, 3, 15),
        """المحرق يرفع الإيقاف عن مهاجمه.. ويقترب من ضم حارس سعودي

المنامة - «الأيام» - رياضة

رفعت إدارة نادي المحرق، أمس، عقوبة الإيقاف التي كانت قد فرضتها على مهاجم الفريق الأول مطلع الشهر الجاري، بعد اعتذاره عن مشادة مع الجهاز الفني خلال حصة تدريبية، على أن يعود إلى التدريبات الجماعية اعتبارا من اليوم.

وقالت مصادر في النادي إن اللاعب سيدفع غرامة مالية وفق اللائحة الداخلية، وإن المدرب يعول عليه في مباراة الديربي المقبلة أمام الرفاع، التي يتوقف عليها جزء كبير من سباق اللقب في دوري ناصر بن حمد الممتاز.

وفي سوق الانتقالات، يقترب المحرق من حسم انضمام حارس مرمى سعودي على سبيل الإعارة حتى نهاية الموسم، بعد أن توصل إلى اتفاق مبدئي مع ناديه، في حين لا تزال المفاوضات مع اللاعب حول قيمة الراتب متعثرة. وكان النادي قد وقع الأسبوع الماضي عقدا لمدة موسمين مع مدافع أردني.

كما مدد النادي عقد مدرب اللياقة البدنية لموسم إضافي، فيما لم يجدد بعد عقد مدرب الحراس الذي ينتهي مع نهاية الموسم.

وفي المقابل، فرضت لجنة الانضباط في الاتحاد البحريني لكرة القدم غرامة مالية على النادي بسبب إطلاق جماهيره الألعاب النارية في مباراته الأخيرة، كما أوقفت لاعب وسط مباراتين بعد طرده، ورفضت الاستئناف الذي تقدم به النادي على العقوبة.

وعلق الاتحاد بيع تذاكر الديربي عبر تطبيقه الإلكتروني مؤقتا بسبب عطل تقني، على أن يستأنف البيع مساء اليوم في منافذ الاستاد الوطني، بعد أن نشر فريقا فنيا لإصلاح المنصة.

ووقع النادي أيضا اتفاقية رعاية مع شركة اتصالات لمدة ثلاثة مواسم، تشمل ظهور شعارها على القميص وتنظيم برامج لأكاديمية الناشئين في المحرق والمدن المجاورة، إلى جانب دمج فريقي الشباب والأولمبي في فريق رديف واحد اعتبارا من الموسم المقبل.

ويحتل المحرق المركز الثاني في ترتيب الدوري بفارق ثلاث نقاط عن المتصدر، قبل سبع جولات من نهاية الموسم، ويخوض في الشهر المقبل مباراة في كأس الاتحاد الآسيوي.

وفي مقهى شعبي بسوق المحرق، قال مشجع في الستينيات من عمره: «اللاعب أخطأ واعتذر، وانتهى الموضوع. ما يهمنا الآن الديربي. الجمهور ينتظر اللقب منذ سنوات، ولا نريد أعذارا هذه المرة».""",
        [],
        not_targets=["Bahrain", "Saudi Arabia", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h92-12-alqabas-economy-boursa-kuwait-suspends-share-2022",
        date(2022, 10, 12),
        """بورصة الكويت تعلق التداول على سهم عقاري.. وبنكان يوقعان مذكرة تفاهم لدراسة الاندماج

الكويت - «القبس» - اقتصاد

علقت بورصة الكويت، أمس، التداول على سهم إحدى الشركات العقارية المدرجة إلى حين إفصاحها عن تفاصيل صفقة بيع أصول أعلنت عنها في بيان مقتضب، وذلك بعد تحركات غير مبررة في سعر السهم خلال الجلستين الأخيرتين.

وفي سياق منفصل، وقع بنكان محليان مذكرة تفاهم لدراسة جدوى اندماجهما في كيان واحد، على أن تستكمل إجراءات الفحص النافي للجهالة وتقييم الأصول خلال ستة أشهر، وفق إفصاح نشره البنكان على موقع البورصة.

وقالت مصادر مصرفية إن الموظفين في البنكين «سينضمون إلى الكيان الجديد» في حال إتمام الصفقة، وإن الإدارة لا تخطط لتقليص العمالة الوطنية، بينما ستدمج الفروع المتقاربة تدريجيا خلال عامين.

كما أعلنت شركة لوجستية كويتية انضمامها إلى تحالف دولي لشركات الشحن يضم شركات من أوروبا وآسيا، بهدف توسيع شبكة وكلائها في الموانئ وخفض كلفة النقل على عملائها من المستوردين.

وفي المقابل، فرضت هيئة أسواق المال غرامات وعقوبات تأديبية على ثلاث شركات وساطة بسبب مخالفات في قواعد فتح حسابات العملاء، فيما رفعت الهيئة الإيقاف عن شركة رابعة بعد أن صححت أوضاعها، ومددت مهلة توفيق أوضاع شركات الاستثمار الصغيرة حتى نهاية العام.

ونشرت إحدى شركات الاتصالات فرقا فنية في محافظتي الأحمدي والجهراء لتحسين جودة شبكة الجيل الخامس قبل موسم الشتاء، بعد شكاوى متكررة من المشتركين.

وأغلق المؤشر العام للبورصة على ارتفاع طفيف بدعم من مشتريات المحافظ والصناديق الأجنبية، فيما تراجعت أسهم الشركات الصغيرة وسط عمليات جني أرباح.

ويرى محللون أن موجة الاندماجات في القطاع المصرفي «منطقية» في ظل المنافسة الإقليمية وحاجة البنوك إلى رؤوس أموال أكبر لتمويل المشروعات الكبرى، لافتين إلى أن صفقات مماثلة استغرقت أكثر من عام بين توقيع المذكرة والإتمام.

وقال مدير استثمار في إحدى شركات إدارة الأصول إن تعليق التداول «إجراء احترازي» لحماية صغار المستثمرين، مرجحا أن يعود السهم للتداول خلال أيام بعد الإفصاح.

وفي ديوانية بمنطقة السالمية، قال موظف متقاعد يتابع الشاشة على هاتفه: «اشتريت السهم الأسبوع الماضي على كلام في الواتساب، والآن التداول موقوف. خلاص، تعلمت الدرس، لن أشتري شيئا لا أفهمه مرة أخرى».""",
        [],
        not_targets=["Kuwait"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout92_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout92_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout92_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
