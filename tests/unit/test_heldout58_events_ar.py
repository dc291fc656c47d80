"""A fifty-eighth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-seven held-out sets: contemporary Arabic copy of 2016-2024, as today's wires,
sites and papers carry it (a Cairo news site's wire from Phnom Penh, "بنوم بنه - «المشهد»
(وكالات)", with a Sihanoukville tuk-tuk driver's "ولا أحد يعرف ماذا يحدث في الداخل، ولا أحد
يسأل"; an Amman site's wires from Tokyo, "طوكيو - «السوسنة» (وكالات)", with a Yongsan shopkeeper
recalling the boycott of Japanese beer; a Yemeni site's wires from Berlin, "برلين - «الموقع
بوست» (وكالات)", with a Wolgast shipyard worker beside patrol boats built for the Saudi coast
guard; a Khartoum daily at IGAD's ministers, "أديس أبابا - «المجهر السياسي»", with a Malakal
woman in Juba's protection-of-civilians site; the Kazakh state agency's Arabic service, "أستانا -
«كازإنفورم»", with a taxi driver in the week of Expo 2017; an African news site, "ياوندي -
«أفريقيا برس»", with a phone seller at Mfoundi market; an Iranian agency's Arabic wire, "برازيليا
- «مهر»", with a Pacaraima grocer on the Venezuelan border; a Beirut daily's wires, "كييف -
«المستقبل» (وكالات)", with a Kutaisi waiter in a Georgian café; a London site's wires, "بورت لويس
- «ميدل إيست أونلاين» (وكالات)", with an Agalega fisherman afraid to end "مثل أهل تشاغوس"; a
Moroccan site's Fez football page, "فاس - «هبة بريس»", with "سبورة الترتيب" and a fan's Darija
"خاص المكتب يخدم مزيان"; a Cairo party daily's Dakahlia page, "المنصورة - «الوفد»", with a
fesikh seller's "الفسيخ السنة دي غالي قوي"; a Kuwaiti daily's business page, "الكويت -
«الجريدة»", with a Mubarakiya perfume trader's "السوق هادي، الناس تشتري على قدها") and on
programmes and regions they do not touch (the US Treasury's human-rights sanctions on the Cambodian
tycoon Ly Yong Phat, his L.Y.P. Group and the Koh Kong resort over scam compounds, September 2024;
Japan lifting its 2019 export curbs on three chip materials for South Korea at Yoon Suk Yeol's
Tokyo visit, with both white lists to be restored, March 2023; Germany prolonging its freeze on
arms exports to Saudi Arabia by six months while exempting components for joint European
projects, March 2019; IGAD's Council of Ministers threatening punitive measures on South Sudan's
spoilers, March 2018; India and Pakistan joining the Shanghai Cooperation Organisation at Astana,
with the convention on countering extremism signed, June 2017; Cameroon and Russia signing a
military cooperation agreement, April 2022; Brazil restoring relations with Venezuela the day
after Lula's inauguration, January 2023; Ukraine integrating the Georgian National Legion into
its armed forces, February 2016; India's airstrip and jetty on Mauritius's North Agalega island,
for Indian Navy patrol aircraft, February 2024). Nine carry core events of all ten alertable
types (fifteen in all), eleven occurred and four planned (Japan that "ستعيد كوريا الجنوبية إلى
«القائمة البيضاء»" and Seoul that "ستعيد بدورها اليابان إلى قائمتها المماثلة"; a Ukrainian
ministry that "ستدمج بالطريقة نفسها وحدات أخرى من المتطوعين الأجانب"; the Indian Navy's P-8I
that "ستستخدمه في دوريات"), next to historical, negated and stalled ones; three are near misses:
a Fez football page (a club fined «فرضت … غرامة», a defender banned, harsher penalties threatened
«وهددت اللجنة … بفرض عقوبات أشد», the federation that "رفعت قرار منع تنقل جماهير الرجاء" it
"فرضته", training "استأنف", a Tunisian coach who "وقع", a Senegalese striker who "انضم", a
captain's contract "مدد", a university partnership "ووقع", the league "علقت" and resumed, two
youth teams "دمج", police reinforcements "نشرت", ultras who "هددت" a boycott, a match against
«الجيش الملكي»), a Dakahlia local page (bakeries fined and threatened, a reconciliation deadline
"مددت", water "علقت" and resumed, a protocol with Mansoura University "ووقعت", the city that
"انضمت إلى مبادرة وطنية للمدن الخضراء", schools merged, traffic patrols "نشرت", rubbish "رفعت", a
park reopened and a ferry resumed) and a Kuwait business page (two banks that "وقع … مذكرة تفاهم
… لدراسة الاندماج", an Indian tech firm's contract, a share "علقت" and resumed, a fine «فرضت …
غرامة» and a threat, prices "رفعت", a fintech and a Saudi fund that "انضم", a deadline "مددت",
oil-field teams "نشرت", a frozen project, "الآمال المعلقة").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على رجل
الأعمال الكمبودي النافذ لي يونغ فات وشركته القابضة «إل واي بي غروب»، إضافة إلى منتجع «كوه
كونغ»" imposes sanctions (core; the United States, the Treasury, OFAC, which announced it, and
Brian Nelson, whose words follow; Ly Yong Phat, his group and the resort, all unknown to the
knowledge base, the targets; not Thailand, the border, China, Vietnam, Indonesia or Myanmar, whence
the victims came, nor Hun Sen, his patron; Cambodia, his country, is left out of both lists), "ولم
تشمل العقوبات أيا من أعضاء الحكومة الحالية التي يرأسها هون مانيت" a negated imposition, the Union
Development Group "في سبتمبر 2020" and Kun Kim "قبل ذلك بعام" historical impositions, the talks "حول
اتفاق يتيح استئناف مناورات «أنغكور سنتينل»" that are "متعثرة" a stalled signing (the exercises
Cambodia "علقتها" are no sanctions); a ministry that announced "رفع القيود التي فرضتها منذ نحو
أربع سنوات على صادرات ثلاث مواد كيميائية … إلى كوريا الجنوبية" lifts sanctions (core; Japan and
its Ministry of Economy, Trade and Industry; South Korea the target; export curbs laid on one state
in retaliation are trade sanctions, a judgement call; not the United States, which welcomed it,
North Korea or China, nor Samsung, a buyer), Tokyo that "ستعيد كوريا الجنوبية إلى «القائمة
البيضاء»" a planned lifting of the other half of the 2019 measures (core; Japan and Yasutoshi
Nishimura; South Korea the target), Seoul that "ستعيد بدورها اليابان إلى قائمتها المماثلة" a
planned lifting of its reply (core; South Korea; Japan the target), the curbs "في يوليو 2019" with
the white-list removal of August (one historical imposition on South Korea) and "وردت سيئول آنذاك
بشطب اليابان من قائمتها" (a historical imposition on Japan), the leaders' "دبلوماسية المكوك"
resumed after twelve years a restoration of ties (occurred, not core: regular summit visits, not
embassies or ambassadors), the WTO complaint withdrawn no event of a watched type, the joint
declaration "الذي وقعه البلدان عام 1998" a historical signing, the trilateral free-trade talks
"متعثرة" a stalled signing, the consumers' boycott of 2019 no event; a government that "مددت …
وقف صادرات الأسلحة إلى المملكة العربية السعودية ستة أشهر إضافية" extends sanctions (core: a halt
of arms exports to one state is an embargo, and prolonging it an extension; Germany, Merkel's
government and Steffen Seibert, whose statement gives the terms; Saudi Arabia the target; not the
United Kingdom, France or Turkey, where Khashoggi was killed, nor Yemen or the Houthis), and "غير
أن الحكومة استثنت من الحظر مكونات … لمشاريع دفاعية أوروبية مشتركة" suspends them in part (core,
a waiver; Germany; Saudi Arabia the target, the UK and France, whose projects benefit, no
targets), the freeze "في نوفمبر الماضي" and Denmark's and Finland's "وحذت حذوها آنذاك" historical
impositions, "في حين رفضت فرنسا وقف صفقاتها مع الرياض" a negated imposition, the coalition "منذ
مارس 2015" a historical presence in Yemen, the Stockholm Agreement "في ديسمبر الماضي" a historical
signing and its implementation "متعثرا" a stalled one, the German coalition agreement "الموقع
العام الماضي" (a pact of parties) and the redeployment in Hodeidah no events; a council that "هدد
… بفرض «إجراءات عقابية» تشمل تجميد الأصول وحظر السفر" on whoever breaks the truce in South Sudan
threatens sanctions (core; IGAD and Workneh Gebeyehu, who chairs it; South Sudan, whose
government and opposition are meant, the target; not Ethiopia, the host, the African Union, to
which the list goes, South Africa, where Machar stays, Uganda or Sudan, or the abstainers Russia,
China and Japan), the cessation of hostilities "في الحادي والعشرين من ديسمبر الماضي" a historical
signing (South Sudan, the SPLM-IO and Machar) and the revitalisation forum "متعثرة" a stalled one,
Washington's restrictions "مطلع الشهر الماضي" a historical imposition, its call on the Council no
event of its own, and the Council's embargo "مسعى فشل في ديسمبر 2016" a negated imposition (the
Council and the United States); India and Pakistan that "انضمت … رسميا … إلى منظمة شنغهاي للتعاون"
join (core, one event each; India and Modi, Pakistan and Nawaz Sharif; the SCO the body; not
Kazakhstan, the host, Tajikistan, Afghanistan or the EU), "ووقع القادة في ختام القمة «إعلان
أستانا» واتفاقية لمكافحة التطرف" a signing (core; the SCO, Kazakhstan and Nazarbayev, India,
Pakistan, China, Russia and the leaders named at the summit), the observer status "عام 2005" a
historical joining, Iran's request "معلقا" a stalled joining, Turkey that "لم تتقدم حتى الآن بأي
طلب رسمي للعضوية" a negated joining (Erdoğan's "لوح" no threat: no sanctions), Modi and Sharif
who held no talks no event; Cameroon and Russia whose "اتفاقية جديدة للتعاون العسكري" was signed
in Moscow and announced a week later (core, occurred: the news is the agreement; Cameroon, Russia,
Joseph Beti Assomo, whom the knowledge base lacks, and Sergei Shoigu; no target; not Ukraine,
Nigeria, Chad, Switzerland, France or the United States), the agreement "وقعه البلدان عام 2015",
the defence partnership with France "وقعت عام 2009" and the Central African agreement "عام 2018"
historical signings, the instructors who arrived in Bangui after it a historical presence,
"ونفت الوزارة … أن تكون الاتفاقية تمهيدا لنشر قوات روسية أو عناصر من مجموعة «فاغنر»" a negated
presence, the Anglophone talks "متعثرة" a stalled signing (the separatists, unnamed, with
Cameroon), the UN General Assembly's call "بسحب قواتها" and the "اتفاقيات مماثلة" with Mali and
Sudan (undated, unnamed) no events; a government that announced "استعادة العلاقات الدبلوماسية مع
فنزويلا" restores ties (core; Brazil, Lula and Mauro Vieira, whom the knowledge base lacks;
Venezuela; not Mexico, the United States, Chevron or Guaidó), the embassy that Brazil "ستعيد فتح"
a planned restoration and the return to CELAC "ستعود إلى المشاركة" a planned joining (both not
core, as set 57's embassies: the restoration itself is the news, and Brazil never left CELAC),
Bolsonaro's entry ban "عام 2019" a historical imposition, Colombia's ties resumed "في أغسطس
الماضي" a historical restoration, "في حين لم تستأنف باراغواي حتى الآن علاقاتها مع كاراكاس" a
negated one, the oil sanctions "منذ عام 2019" a historical imposition and their easing "في نوفمبر
الماضي" by the Chevron licence a historical suspension, the partial agreement of Mexico City a
historical signing and the talks "متعثرة منذ ذلك الحين" a stalled one (Venezuela and the Unitary
Platform), the recognition of Guaidó and the diplomats withdrawn in 2020 no events of a watched
type; a ministry that announced "دمج «الفيلق الوطني الجورجي» … في القوات المسلحة الأوكرانية"
integrates forces (core; Ukraine, its Ministry of Defence and Armed Forces; the Georgian National
Legion, unknown to the knowledge base, the target; not Georgia, whose nationals they are, Russia,
Belarus, Germany or France), "وتقول الوزارة إنها ستدمج بالطريقة نفسها وحدات أخرى من المتطوعين
الأجانب … قبل نهاية العام الجاري" a planned integration (core; Ukraine; the units unnamed, no
target), Azov and the other battalions "قد ألحقت بالحرس الوطني … أواخر عام 2014" a historical
integration, the Dzhokhar Dudayev Battalion that "رفضت … الانضمام إلى الجيش" a negated one, the
Minsk agreements "في فبراير من العام الماضي" a historical signing and their application
"متعثرا" a stalled one, the heavy weapons "بسحب" no event; an airstrip on Agalega that "طائرات
الاستطلاع البحري … التابعة للبحرية الهندية ستستخدمه في دوريات" a planned presence (core; India and
the Indian Navy; Mauritius the target; leave to use a facility is presence, the inauguration of
the works no event of its own; not China, Sri Lanka, Pakistan or the Maldives), Jugnauth who
"نفى … أن تكون الجزيرة قد تحولت إلى قاعدة عسكرية هندية" a negated presence (a base denied, the
patrols not), the memorandum "التي وقعها البلدان عام 2015" a historical signing, the US base of
Diego Garcia a historical presence, the Chagos talks "متعثرة" a stalled signing (the United
Kingdom and Mauritius), Seychelles that "رفضت عام 2018 مشروعا مماثلا" a negated presence, Beijing's
base "عام 2017" in Djibouti a historical presence, the opposition's "بنشر نص الاتفاق" no event; a
football page's fine, ban, threats, a fans' travel ban lifted, resumed training, coach, transfer,
contract, partnership, suspended and resumed league, merged youth teams, police and the ultras'
threat, a local page's fines and threat, deadline, water cut and resumed, protocol, green-city
initiative, merged schools, patrols, rubbish, park and ferry, and a business page's merger
memorandum, contract, suspended share, fine and threat, prices, fintech and fund joining,
deadline, field teams and frozen project are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-04, on commit 9260ce1), in one run: events P 0.900 R 0.600 F1
0.720 (recall 9/15, precision 9/10: nine alerts right, one wrong by the scorer's count; occurred
core found 9/11, planned 0/4; historical 26/26, negated 9/9 and stalled 9/9 kept quiet by the
scorer's count; the working tree then held another session's uncommitted, English-side changes
to the lexicons and ``status.py``, and a run on a clean export of 9260ce1 gives the same events
and figures). No annotation was changed after the run.

Missed, by the per-article check (which also wants the status), and why, each cause found in the
code and shown by probe sentences: in ar-hl02 Japan's lifting "رفع القيود التي فرضتها منذ نحو
أربع سنوات على صادرات ثلاث مواد كيميائية … إلى كوريا الجنوبية" gives nothing: the
``imposed_measures`` cue («القيود التي فرضتها على», ``ar.cues.yaml``) must be unbroken and the one
the measures are on must follow «على» within a word or two (``_needs_met``,
``rasd/events/extractor.py``, the ``imposed_measures`` branch), so a time inside the relative
clause or curbs on goods "to" a state leave «القيود» a plain word ("رفعت اليابان القيود التي
فرضتها على كوريا الجنوبية" is an occurred lifting, "رفعت اليابان القيود التي فرضتها منذ أربع
سنوات على كوريا الجنوبية", "رفعت اليابان القيود المفروضة على الصادرات إلى كوريا الجنوبية" and
"رفعت اليابان قيود التصدير على كوريا الجنوبية" nothing); in ar-hl02 too the two planned returns
to a white list ("ستعيد كوريا الجنوبية إلى «القائمة البيضاء»", "ستعيد بدورها اليابان إلى قائمتها
المماثلة") have no trigger: a list of favoured partners is no ``blacklist_noun`` and «أعاد … إلى»
lifts only a bloc's suspension (``back_to_membership``, ``ar.triggers.yaml``) ("ستشطب اليابان
كوريا الجنوبية من القائمة السوداء" is a planned lifting, "ستعيد اليابان كوريا الجنوبية إلى
القائمة البيضاء" nothing); in ar-hl07 Brazil's "أعلنت الحكومة البرازيلية … استعادة العلاقات
الدبلوماسية مع فنزويلا" and the headline's "تستعيد علاقاتها" give nothing: «استعاد، استعادة،
تستعيد» are no ``relations.restored`` forms (``ar.triggers.yaml``: استئناف، إعادة، تطبيع، عودة …)
("أعلنت البرازيل استئناف العلاقات الدبلوماسية مع فنزويلا" is occurred, "أعلنت البرازيل استعادة
العلاقات الدبلوماسية مع فنزويلا" and "استعادت البرازيل العلاقات الدبلوماسية مع فنزويلا"
nothing); in ar-hl08 the ministry's "دمج «الفيلق الوطني الجورجي»، الذي يضم … منذ عام 2014، في
القوات المسلحة الأوكرانية" gives nothing: the army stands 27 words after the masdar, past a
relative clause set off by commas, out of the ``army_into`` window of 18 (``ar.triggers.yaml``;
``aside_words`` in ``rasd/events/sentences.py`` skips only asides that open with a preposition, a
title or a day, and of eight words at most) ("أعلنت وزارة الدفاع الأوكرانية، أمس الخميس، دمج
«الفيلق الوطني الجورجي»، الذي يقاتل في دونباس منذ عام 2014، في القوات المسلحة الأوكرانية" is
occurred; with the article's whole clause, nothing; without the day it is historical, the
clause's "منذ عام 2014" taken for the act's date in ``decide``'s ``historical`` loop,
``rasd/events/status.py``), and the plan "وتقول الوزارة إنها ستدمج بالطريقة نفسها وحدات أخرى من
المتطوعين الأجانب" gives nothing: the integration forms need the army after the verb
(``army_noun``, ``army_into``: "in the same way" points back to the armed forces named before the
verb), and a subject that is only «الوزارة», unlinked, with no target, is not enough
(``_plausible``, ``rasd/events/extractor.py``) ("ستدمج أوكرانيا بالطريقة نفسها وحدات أخرى من
المتطوعين الأجانب قبل نهاية العام" and "ستدمج الوزارة وحدات المتطوعين الأجانب في القوات المسلحة"
nothing, "ستدمج أوكرانيا وحدات المتطوعين الأجانب في القوات المسلحة" planned); in ar-hl09 the
Indian Navy's P-8I that "ستستخدمه في دوريات لمراقبة المنطقة الاقتصادية الخالصة لموريشيوس" give
nothing: a force's use of a facility abroad has no Arabic presence form (``ar.triggers.yaml``:
نشر، أرسل، تمركز، وصل … with troops, a base or a base site; the English lexicon has "leave to use a
base"), and reconnaissance aircraft are no troops ("ستنشر الهند قوات في موريشيوس" is planned,
"ستستخدم الهند قاعدة عسكرية في موريشيوس" and "ستنشر الهند طائرات حربية في موريشيوس" nothing).
Wrong alert: in ar-hl04 "هدد مجلس وزراء الهيئة الحكومية للتنمية في شرق أفريقيا «إيغاد»، في ختام
اجتماع استثنائي عقده أمس الاثنين في العاصمة الإثيوبية أديس أبابا، بفرض «إجراءات عقابية»" is an
occurred imposition by IGAD: the threat verb's own window does not reach the measures past the
long subject and the aside, and ``decide`` (``rasd/events/status.py``) turns an imposition masdar
into a threat only when a ``threat`` cue stands within seven words before it (``reach``: only
date words are added, not a VSO subject or an aside) ("هدد مجلس وزراء إيغاد، في ختام اجتماع
عقده أمس، بفرض عقوبات على جنوب السودان" is a threat, "هدد مجلس وزراء إيغاد، في ختام اجتماع
استثنائي عقده أمس الاثنين في أديس أبابا، بفرض عقوبات على جنوب السودان" an occurred imposition,
and "هدد مجلس وزراء الهيئة الحكومية للتنمية في شرق أفريقيا «إيغاد» بفرض عقوبات على جنوب السودان"
both). The threat itself is found through the headline's "تلوح بعقوبات" (with no target). Five
strict xfails on five articles (ar-hl02, ar-hl07, ar-hl08 and ar-hl09 missed; ar-hl04 alarmed); do
not tune lexicons on these articles.

Also seen, not scored: in ar-hl01 the imposition's targets are the unlinked "رجل الأعمال الكمبودي"
and Cambodia (Ly Yong Phat, his group and the resort, unknown to the knowledge base, not taken),
the Union Development Group's listing is a historical imposition with no target, the Hun Manet
negation, Kun Kim and the Angkor Sentinel talks give nothing, and the asset freeze of the lead
("تجمد") is a historical imposition with no target; in ar-hl03 the extension (from the headline's
"تمدد") has no target, the exemption has Saudi Arabia for actor, the Stockholm Agreement has Saudi
Arabia for actor and Yemen and the Houthis for targets, the German coalition agreement's ban
("يحظر") is a historical imposition on Yemen, and the freeze of November, Denmark and Finland,
France's refusal and the stalled Stockholm talks give nothing; in ar-hl04 Juba's "رفض … التهديد" is
an occurred threat with South Sudan for actor (it matches the gold threat through its target's
name), and the cessation of hostilities, the stalled forum, Washington's restrictions and the
failed vote of 2016 give nothing; in ar-hl05 India and Pakistan join in one event, the convention
is signed by Kazakhstan alone, and the observer status, Iran's stalled request and Turkey's negated
one give nothing; in ar-hl06 the negated presence has Bangui and the Central African Republic among
its targets beside Cameroon, the Central African agreement has Russia for target, and the
agreements of 2015 and 2009 and the stalled Anglophone talks give nothing; in ar-hl07 the Chevron
licence "خففتها واشنطن جزئيا" is a stalled lifting with Chevron for actor and the United States for
target, the partial agreement of Mexico City is a stalled signing with Colombia beside Venezuela
for actors, and CELAC, Paraguay and Bolsonaro's entry ban give nothing; in ar-hl08 the Dudayev
battalion "التي تضم مقاتلين شيشانيين معارضين لموسكو" is a negated integration with Moscow for
target («تضم», "includes"), and the legion's integration, were it found, would have Georgia for
target (the demonym of its name: "أعلنت وزارة الدفاع الأوكرانية دمج الفيلق الوطني الجورجي في القوات
المسلحة الأوكرانية" has Georgia and the Armed Forces of Ukraine for targets); in ar-hl09 Jugnauth's
denial, Seychelles, Diego Garcia and the Chagos talks give nothing. The Fez, Mansoura and Kuwait
pages raise nothing.

After the fixes of the same round (2026-12-04): events P 1.000 R 0.600 F1 0.750 (recall 9/15,
precision 10/10). Fixed as general causes, each pinned by a rule below: «استعادة (استعاد،
تستعيد) العلاقات» is a restoration; a threat verb governs its «بفرض» past a long aside set off by
commas ("هدد مجلس الوزراء، في ختام اجتماع استثنائي عقده أمس في أديس أبابا، بفرض عقوبات"; not past
a verb of its own); warplanes by their other names («طائرات حربية، عسكرية، استطلاع») are forces
deployed; "القيود التي فرضتها منذ أربع سنوات على …" still names measures imposed (the lifting is
found; its target, past the span, is not yet). Left: the export curbs of ar-hl02 (the curbs are
"على صادرات … إلى كوريا الجنوبية", the state after "إلى"; the white list returned to), the
Georgian Legion's army 27 words after its verb (ar-hl08), and a facility a force "will use"
abroad (ar-hl09).

ar-hl08 cured by ``test_general_misses7_rules_ar.py``'s next phase of a merger told done (a later
sentence's "ستدمج" with "بقية", "أخرى" or "تباعا" takes that merger's parties, planned); its strict
xfail removed.

``python -m tests.unit.test_heldout58_events_ar`` prints every article's alerts and the set's
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
_METI = "Ministry of Economy, Trade and Industry"
_IGAD = "Intergovernmental Authority on Development"
_SPLM_IO = "Sudan People's Liberation Movement-in-Opposition"
_SCO = "Shanghai Cooperation Organisation"
_CELAC = "Community of Latin American and Caribbean States"
_UNITARY = "Unitary Platform"
_UKR_MOD = "Ministry of Defence of Ukraine"
_LEGION = "Georgian National Legion"
_LYP_TARGETS = ["Ly Yong Phat", "L.Y.P. Group", "Koh Kong Resort"]

_EXPORT_CURBS = (
    "export curbs «رفع القيود التي فرضتها منذ نحو أربع سنوات على صادرات … إلى كوريا الجنوبية» are"
    " no imposed measures unless the one they are on follows «على» at once (_needs_met,"
    " rasd/events/extractor.py), and a return to «القائمة البيضاء» has no trigger (ar.triggers.yaml)"
)
_USE_OF_A_FACILITY = (
    "a force's use of a facility abroad «ستستخدمه في دوريات» has no Arabic presence form"
    " (ar.triggers.yaml), and reconnaissance aircraft are no troops"
)


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-almashhad-treasury-sanctions-ly-yong-phat-koh-kong-2024",
        date(2024, 9, 13),
        """واشنطن تعاقب قطب الأعمال الكمبودي لي يونغ فات بسبب «مجمعات الاحتيال»

بنوم بنه - «المشهد» (وكالات)

فرضت وزارة الخزانة الأمريكية، أمس الخميس، عقوبات على رجل الأعمال الكمبودي النافذ لي يونغ فات وشركته القابضة «إل واي بي غروب»، إضافة إلى منتجع «كوه كونغ» الذي يملكه قرب الحدود مع تايلاند، متهمة إياه بالتورط في انتهاكات جسيمة لحقوق الإنسان، مرتبطة باحتجاز عمال أجانب وإجبارهم على العمل في مجمعات للاحتيال الإلكتروني أقيمت داخل المنتجع.

وبموجب القرار، الذي أعلنه مكتب مراقبة الأصول الأجنبية التابع للوزارة، تجمد جميع أصول المستهدفين الخاضعة للولاية القضائية الأمريكية، ويحظر على المواطنين والشركات الأمريكية إجراء أي تعاملات معهم، فيما أشار البيان إلى أن ضحايا هذه المجمعات "استدرجوا بعروض عمل وهمية، ثم صودرت جوازات سفرهم وتعرضوا للضرب والتهديد إذا رفضوا العمل".

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نلسون إن "عمليات الاحتيال هذه تدر مليارات الدولارات على حساب ضحايا في الولايات المتحدة وحول العالم، وعلى حساب آلاف العمال الذين يحتجزون في ظروف أشبه بالعبودية في جنوب شرق آسيا".

ويعد لي يونغ فات، وهو سيناتور سابق عن حزب الشعب الكمبودي الحاكم، من أبرز المقربين من رئيس الوزراء السابق هون سين، ويحمل لقب «أوكنيا» الفخري الذي يمنح لكبار رجال الأعمال المتبرعين للدولة، وتمتد استثماراته من مزارع قصب السكر إلى الفنادق والكازينوهات ومحطات الطاقة.

في المقابل، أعربت الحكومة الكمبودية عن "أسفها" للقرار، وقال المتحدث باسمها بن بونا إن بلاده "تكافح الاتجار بالبشر بكل حزم"، وإن واشنطن "تستند إلى معلومات غير دقيقة تروجها منظمات غير حكومية"، داعيا إلى "الحوار والتعاون بدل العقوبات الأحادية".

ولم تشمل العقوبات أيا من أعضاء الحكومة الحالية التي يرأسها هون مانيت، نجل هون سين، الذي تولى رئاسة الوزراء في أغسطس من العام الماضي، في وقت تسعى فيه واشنطن إلى تحسين علاقاتها مع بنوم بنه.

وكانت الخزانة الأمريكية قد فرضت في سبتمبر 2020 عقوبات على مجموعة «يونيون ديفلوبمنت» الصينية، التي تبني منتجعا ضخما ومطارا دوليا في مقاطعة كوه كونغ نفسها، بتهمة الاستيلاء على أراضي السكان المحليين بالقوة، كما أدرجت قبل ذلك بعام قائد الجيش السابق كون كيم على قائمتها السوداء بتهم فساد.

وتقدر الأمم المتحدة أن أكثر من مئة ألف شخص يحتجزون في مجمعات احتيال داخل كمبوديا، يعمل أغلبهم تحت الإكراه، بعد أن استقدمتهم شبكات إجرامية من الصين وفيتنام وإندونيسيا وميانمار ودول أخرى بوعود بوظائف مجزية.

ويأتي القرار فيما لا تزال المحادثات بين الجانبين حول اتفاق يتيح استئناف مناورات «أنغكور سنتينل» العسكرية المشتركة، التي علقتها بنوم بنه عام 2017، متعثرة، وسط قلق أمريكي من أعمال توسيع قاعدة ريام البحرية بتمويل صيني.

وفي مدينة سيهانوكفيل الساحلية، قال سائق عربة «توك توك» لمراسل محلي: "الصينيون بنوا الكازينوهات والأبراج في كل مكان، ونحن لا نرى إلا الأسوار العالية والحراس، ولا أحد يعرف ماذا يحدث في الداخل، ولا أحد يسأل".

ويرى محللون أن العقوبات رسالة إلى النخبة الاقتصادية المرتبطة بالحزب الحاكم، لكن أثرها الفعلي يبقى محدودا، نظرا لضعف ارتباط أعمال لي يونغ فات بالنظام المالي الأمريكي، واعتماده المتزايد على الشركاء والمستثمرين الصينيين.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, _OFAC, "Brian Nelson"],
                _LYP_TARGETS,
            ),
            # "ولم تشمل العقوبات أيا من أعضاء الحكومة الحالية التي يرأسها هون مانيت",
            G("sanctions.imposed", "negated", [_US], ["Hun Manet"], core=False),
            # Union Development Group "في سبتمبر 2020",
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Union Development Group"],
                core=False,
            ),
            # Kun Kim "قبل ذلك بعام",
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Kun Kim"], core=False),
            # the talks on an agreement to resume Angkor Sentinel "متعثرة",
            G("agreement.signed", "stalled", [_US, "Cambodia"], [], core=False),
        ],
        not_targets=["Thailand", "China", "Vietnam", "Indonesia", "Myanmar", "Hun Sen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alsawsana-tokyo-japan-lifts-export-curbs-on-south-korea-2023",
        date(2023, 3, 16),
        """اليابان ترفع قيود التصدير عن كوريا الجنوبية.. وسيئول تسحب شكواها من منظمة التجارة

طوكيو - «السوسنة» (وكالات)

أعلنت وزارة الاقتصاد والتجارة والصناعة اليابانية، اليوم الخميس، رفع القيود التي فرضتها منذ نحو أربع سنوات على صادرات ثلاث مواد كيميائية تدخل في صناعة أشباه الموصلات والشاشات إلى كوريا الجنوبية، بالتزامن مع وصول الرئيس الكوري الجنوبي يون سوك يول إلى طوكيو، في أول زيارة ثنائية يقوم بها رئيس كوري جنوبي لليابان منذ اثني عشر عاما.

وبموجب القرار، لن يحتاج المصدرون اليابانيون بعد اليوم إلى ترخيص منفصل لكل شحنة من البوليميد المفلور ومقاومات الضوء وغاز فلوريد الهيدروجين المتجهة إلى الشركات الكورية، وفي مقدمتها «سامسونغ» و«إس كيه هاينكس»، اللتان تستوردان معظم حاجاتهما من هذه المواد من اليابان.

وفي المقابل، أعلنت وزارة التجارة والصناعة والطاقة الكورية الجنوبية سحب الشكوى التي تقدمت بها سيئول إلى منظمة التجارة العالمية ضد الإجراءات اليابانية عام 2019.

وقال وزير الاقتصاد الياباني ياسوتوشي نيشيمورا للصحفيين إن طوكيو ستعيد كوريا الجنوبية إلى «القائمة البيضاء» للشركاء التجاريين الموثوقين، الذين يتمتعون بإجراءات تصدير مبسطة، "بعد استكمال الإجراءات الإدارية اللازمة في الأشهر المقبلة"، فيما أكدت سيئول أنها ستعيد بدورها اليابان إلى قائمتها المماثلة "في أقرب وقت ممكن".

وكانت اليابان قد فرضت هذه القيود في يوليو 2019، قبل أن تشطب كوريا الجنوبية من قائمتها البيضاء في أغسطس من العام نفسه، في خطوة اعتبرتها سيئول ردا انتقاميا على أحكام أصدرتها المحكمة العليا الكورية تلزم شركات يابانية بتعويض كوريين أجبروا على العمل في مصانعها خلال الحرب العالمية الثانية، وردت سيئول آنذاك بشطب اليابان من قائمتها.

وعقد يون ورئيس الوزراء الياباني فوميو كيشيدا قمة في مقر رئاسة الحكومة، اتفقا خلالها على استئناف ما يعرف بـ«دبلوماسية المكوك»، أي الزيارات المتبادلة المنتظمة بين قادة البلدين، المتوقفة منذ عام 2011.

وقال كيشيدا، في مؤتمر صحفي مشترك، إن حكومته "تتمسك بمواقف الحكومات السابقة"، ومنها الإعلان المشترك الذي وقعه البلدان عام 1998، والذي عبرت فيه طوكيو عن "أسفها العميق" لحقبة الاستعمار، من دون أن يقدم اعتذارا جديدا.

وتأتي الزيارة بعد أن أعلنت حكومة يون مطلع الشهر الجاري خطة لتعويض ضحايا العمل القسري عبر مؤسسة كورية عامة، بدلا من الشركات اليابانية المعنية، وهي خطة وصفها الحزب الديمقراطي المعارض بزعامة لي جاي ميونغ بأنها "استسلام دبلوماسي".

ولا تزال مفاوضات اتفاقية التجارة الحرة الثلاثية بين الصين واليابان وكوريا الجنوبية متعثرة منذ سنوات، في ظل التوتر بين بكين وطوكيو والمنافسة الأمريكية الصينية على سلاسل توريد الرقائق.

وفي سوق يونغسان للإلكترونيات بسيئول، قال صاحب متجر ستيني: "في 2019 قاطع الناس البيرة اليابانية والسيارات اليابانية، واليوم يقولون إن كل شيء انتهى، نحن التجار نريد فقط أن تصل البضاعة في موعدها".

ورحبت الولايات المتحدة بالخطوة، ووصفها وزير الخارجية أنتوني بلينكن بأنها "فصل جديد" في التعاون بين اثنين من أقرب حلفاء واشنطن، في مواجهة التهديدات الصاروخية الكورية الشمالية المتصاعدة.""",
        [
            G("sanctions.lifted", "occurred", ["Japan", _METI], ["South Korea"]),
            # "طوكيو ستعيد كوريا الجنوبية إلى «القائمة البيضاء»",
            G("sanctions.lifted", "planned", ["Japan", "Yasutoshi Nishimura"], ["South Korea"]),
            # "أكدت سيئول أنها ستعيد بدورها اليابان إلى قائمتها المماثلة",
            G("sanctions.lifted", "planned", ["South Korea"], ["Japan"]),
            # the curbs "في يوليو 2019" and the white list of August 2019,
            G("sanctions.imposed", "historical", ["Japan"], ["South Korea"], core=False),
            # "وردت سيئول آنذاك بشطب اليابان من قائمتها",
            G("sanctions.imposed", "historical", ["South Korea"], ["Japan"], core=False),
            # the leaders' visits resumed, "استئناف ما يعرف بـ«دبلوماسية المكوك»",
            G(
                "relations.restored",
                "occurred",
                ["Japan", "South Korea", "Fumio Kishida", "Yoon Suk Yeol"],
                [],
                core=False,
            ),
            # the joint declaration "الذي وقعه البلدان عام 1998",
            G("agreement.signed", "historical", ["Japan", "South Korea"], [], core=False),
            # the trilateral free-trade talks "متعثرة",
            G("agreement.signed", "stalled", ["China", "Japan", "South Korea"], [], core=False),
        ],
        not_targets=["United States", "North Korea", "China", "Samsung"],
        known_miss=_EXPORT_CURBS,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-almawqeapost-berlin-germany-prolongs-saudi-arms-freeze-exempts-joint-projects-2019",
        date(2019, 3, 29),
        """ألمانيا تمدد حظر تصدير الأسلحة إلى السعودية ستة أشهر.. وتستثني المشاريع الأوروبية المشتركة

برلين - «الموقع بوست» (وكالات)

مددت الحكومة الألمانية، مساء أمس الخميس، وقف صادرات الأسلحة إلى المملكة العربية السعودية ستة أشهر إضافية، حتى الثلاثين من سبتمبر المقبل، بعد خلافات استمرت أسابيع داخل الائتلاف الحاكم بين الاتحاد الديمقراطي المسيحي الذي تتزعمه المستشارة أنغيلا ميركل وشريكه الحزب الاشتراكي الديمقراطي.

وبحسب بيان أصدره المتحدث باسم الحكومة شتيفن زايبرت، لن تمنح برلين خلال هذه الفترة أي تراخيص جديدة لتصدير أسلحة إلى الرياض، ولن تسلم الأسلحة التي سبق ترخيصها، غير أن الحكومة استثنت من الحظر مكونات تنتجها شركات ألمانية لمشاريع دفاعية أوروبية مشتركة، مثل مقاتلات «يوروفايتر» و«تورنادو»، شرط أن تتعهد الدول الشريكة بعدم تسليم الأسلحة المكتملة إلى السعودية قبل نهاية العام الجاري.

وجاء الاستثناء استجابة لضغوط بريطانية وفرنسية متزايدة، إذ كتب وزير الخارجية البريطاني جيريمي هانت إلى نظيره الألماني هايكو ماس محذرا من أن الحظر يهدد صفقات بمليارات الجنيهات ويضر بمصداقية ألمانيا "كشريك يمكن الاعتماد عليه"، فيما قالت السفيرة الفرنسية في برلين آن ماري ديكوت إن القيود الألمانية "تضعف" مشاريع التعاون الدفاعي الأوروبي.

وكانت ألمانيا قد أوقفت صادرات الأسلحة إلى السعودية في نوفمبر الماضي، بعد مقتل الصحفي جمال خاشقجي داخل القنصلية السعودية في إسطنبول، وحذت حذوها آنذاك الدنمارك وفنلندا، في حين رفضت فرنسا وقف صفقاتها مع الرياض، مؤكدة أن صادراتها تخضع لـ"رقابة صارمة".

وقال ماس للصحفيين إن التمديد "لا يعني أننا غيرنا تقييمنا للوضع في اليمن"، مشيرا إلى أن برلين ستراجع موقفها "على ضوء التقدم الفعلي في تنفيذ اتفاق ستوكهولم".

ويتمسك الاشتراكيون الديمقراطيون بنص اتفاق الائتلاف الموقع العام الماضي، الذي يحظر تصدير الأسلحة إلى أي دولة "متورطة بشكل مباشر" في حرب اليمن، بينما يحذر المحافظون وشركات الصناعات الدفاعية من خسارة آلاف الوظائف ومن عزلة ألمانيا داخل الاتحاد الأوروبي.

وتقود السعودية منذ مارس 2015 تحالفا عسكريا يدعم الحكومة اليمنية المعترف بها دوليا في مواجهة جماعة الحوثيين، التي تسيطر على العاصمة صنعاء ومعظم مدن الشمال.

ولا يزال تنفيذ اتفاق ستوكهولم، الذي وقعته الحكومة اليمنية والحوثيون في ديسمبر الماضي برعاية الأمم المتحدة، متعثرا، ولا سيما في ما يتعلق بإعادة انتشار القوات في مدينة الحديدة وموانئها، وسط اتهامات متبادلة بعرقلة الانسحاب.

وفي مدينة فولغاست المطلة على بحر البلطيق، حيث ترسو منذ أشهر زوارق دورية بنيت في حوض «بينه فيرفت» لصالح خفر السواحل السعودي، قال عامل في الحوض: "الزوارق جاهزة وتقف في الميناء، ونحن لا نعرف إن كنا سنعمل الشهر المقبل أم سنجلس في البيت".

ويرى محللون أن حصة ألمانيا من واردات السعودية من السلاح تبقى صغيرة مقارنة بالولايات المتحدة وبريطانيا وفرنسا، لكن القيود على المكونات قد تعطل صفقات أوروبية كبرى، أبرزها صفقة بيع 48 مقاتلة «يوروفايتر تايفون» التي تسعى لندن إلى إتمامها منذ سنوات.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                ["Germany", "Angela Merkel", "Steffen Seibert"],
                ["Saudi Arabia"],
            ),
            # "غير أن الحكومة استثنت من الحظر مكونات … لمشاريع دفاعية أوروبية مشتركة",
            G("sanctions.suspended", "occurred", ["Germany", "Steffen Seibert"], ["Saudi Arabia"]),
            # the freeze "في نوفمبر الماضي",
            G("sanctions.imposed", "historical", ["Germany"], ["Saudi Arabia"], core=False),
            # "وحذت حذوها آنذاك الدنمارك وفنلندا",
            G(
                "sanctions.imposed",
                "historical",
                ["Denmark", "Finland"],
                ["Saudi Arabia"],
                core=False,
            ),
            # "في حين رفضت فرنسا وقف صفقاتها مع الرياض",
            G("sanctions.imposed", "negated", ["France"], ["Saudi Arabia"], core=False),
            # the coalition "منذ مارس 2015",
            G(
                "military.presence",
                "historical",
                ["Saudi Arabia", "Saudi-led coalition"],
                ["Yemen"],
                core=False,
            ),
            # the Stockholm Agreement "في ديسمبر الماضي",
            G("agreement.signed", "historical", ["Yemen", "Houthis"], [], core=False),
            # its implementation "متعثرا",
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["United Kingdom", "France", "Turkey", "Yemen", "Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-almajhar-addis-igad-threatens-south-sudan-spoilers-2018",
        date(2018, 3, 27),
        """«إيغاد» تلوح بعقوبات على معرقلي السلام في جنوب السودان

أديس أبابا - «المجهر السياسي»

هدد مجلس وزراء الهيئة الحكومية للتنمية في شرق أفريقيا «إيغاد»، في ختام اجتماع استثنائي عقده أمس الاثنين في العاصمة الإثيوبية أديس أبابا، بفرض "إجراءات عقابية" تشمل تجميد الأصول وحظر السفر على كل من يثبت تورطه في خرق اتفاق وقف الأعمال العدائية في جنوب السودان أو عرقلة جهود إحياء اتفاق السلام، "أيا كان موقعه في الحكومة أو المعارضة".

وقال رئيس المجلس، وزير الخارجية الإثيوبي ورقنه جبيهو، في مؤتمر صحفي عقب الاجتماع، إن صبر دول المنطقة "بدأ ينفد"، مضيفا أن "من يواصل قتل المدنيين ومنع وصول المساعدات الإنسانية سيتحمل العواقب، ولن يكون بمنأى عن المحاسبة".

وأوضح البيان الختامي أن المجلس كلف آلية مراقبة وقف إطلاق النار والترتيبات الأمنية الانتقالية بإعداد قائمة بأسماء المسؤولين عن الانتهاكات خلال أسبوعين، تمهيدا لرفعها إلى قمة رؤساء دول الهيئة وإلى مجلس السلم والأمن التابع للاتحاد الأفريقي لاتخاذ ما يلزم.

وكانت الحكومة والحركة الشعبية لتحرير السودان في المعارضة، بزعامة رياك مشار، ومجموعات مسلحة أخرى قد وقعت في الحادي والعشرين من ديسمبر الماضي اتفاقا لوقف الأعمال العدائية في أديس أبابا، غير أن القتال تجدد بعد ساعات من دخوله حيز التنفيذ، وتبادل الطرفان الاتهامات بخرقه في ولايات الوحدة وأعالي النيل والاستوائية الوسطى.

ولا تزال المرحلة الثانية من «منتدى تنشيط اتفاق السلام»، التي اختتمت جولتها الأخيرة في فبراير الماضي من دون اتفاق، متعثرة بسبب الخلاف على تقاسم السلطة والترتيبات الأمنية، ولم يحدد الوسطاء حتى الآن موعدا لاستئنافها.

وكانت الولايات المتحدة قد فرضت مطلع الشهر الماضي قيودا على صادرات الأسلحة والخدمات الدفاعية إلى جنوب السودان، ودعت مجلس الأمن الدولي إلى فرض حظر شامل على توريد السلاح إليه، وهو مسعى فشل في ديسمبر 2016 حين امتنعت ثماني دول، بينها روسيا والصين واليابان، عن التصويت لصالح مشروع قرار أمريكي بهذا الشأن.

وقال المبعوث الخاص لـ«إيغاد» إسماعيل وايس إن الهيئة "لا تسعى إلى العقوبات لذاتها"، لكنها "لن تقف مكتوفة الأيدي"، مشيرا إلى أن الوزراء سيبحثون أيضا في اجتماعهم المقبل وضع مشار، المقيم في جنوب أفريقيا منذ أواخر 2016 في ما يشبه الإقامة الجبرية.

في المقابل، رفض وزير الإعلام والمتحدث باسم الحكومة في جوبا مايكل مكوي لويث التهديد، وقال إن "العقوبات لن تجلب السلام، بل ستعاقب شعبا أنهكته الحرب"، متهما المعارضة بـ"الاحتماء بالمجتمع الدولي"، في حين رحب المتحدث باسم الحركة الشعبية في المعارضة لام بول غابرييل بالبيان، داعيا إلى "الانتقال من الأقوال إلى الأفعال".

وفي موقع حماية المدنيين التابع لبعثة الأمم المتحدة في جوبا، قالت امرأة نزحت من ملكال قبل أربع سنوات: "سمعنا عن الاتفاقات كثيرا، يوقعون واحدا بعد الآخر ونحن هنا في الخيام، نريد فقط أن نعود إلى بيوتنا وأن يذهب أطفالنا إلى المدرسة".

وتقدر الأمم المتحدة أن الحرب الأهلية، التي اندلعت في ديسمبر 2013، أودت بحياة عشرات الآلاف وشردت أكثر من أربعة ملايين شخص، لجأ نحو نصفهم إلى دول الجوار، ولا سيما أوغندا والسودان وإثيوبيا.""",
        [
            G("sanctions.threatened", "occurred", [_IGAD, "Workneh Gebeyehu"], ["South Sudan"]),
            # the cessation of hostilities "في الحادي والعشرين من ديسمبر الماضي",
            G(
                "agreement.signed",
                "historical",
                ["South Sudan", _SPLM_IO, "Riek Machar"],
                [],
                core=False,
            ),
            # the revitalisation forum "متعثرة",
            G("agreement.signed", "stalled", ["South Sudan", _SPLM_IO], [], core=False),
            # the US restrictions "مطلع الشهر الماضي",
            G("sanctions.imposed", "historical", [_US], ["South Sudan"], core=False),
            # the Council's embargo, "مسعى فشل في ديسمبر 2016",
            G("sanctions.imposed", "negated", [_UNSC, _US], ["South Sudan"], core=False),
        ],
        not_targets=[
            "Ethiopia",
            "South Africa",
            "Russia",
            "China",
            "Japan",
            "Uganda",
            "Sudan",
            "African Union",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-kazinform-astana-india-and-pakistan-join-sco-2017",
        date(2017, 6, 9),
        """الهند وباكستان تنضمان رسميا إلى منظمة شنغهاي للتعاون في قمة أستانا

أستانا - «كازإنفورم»

انضمت الهند وباكستان رسميا، اليوم الجمعة، إلى منظمة شنغهاي للتعاون، لتصبحا العضوين السابع والثامن فيها، وذلك خلال قمة رؤساء الدول الأعضاء التي استضافتها العاصمة الكازاخية أستانا، في أول توسيع للمنظمة منذ تأسيسها عام 2001.

وقال رئيس كازاخستان نور سلطان نزارباييف، الذي ترأس القمة، إن انضمام البلدين "يجعل المنظمة ممثلة لنحو نصف سكان العالم وربع ناتجه الاقتصادي"، مضيفا أن «شنغهاي» باتت "منصة لا غنى عنها للحوار والأمن في أوراسيا".

ووقع القادة في ختام القمة «إعلان أستانا» واتفاقية لمكافحة التطرف، تلزم الدول الأعضاء بتبادل المعلومات وتنسيق الإجراءات ضد الجماعات المتطرفة وتسليم المطلوبين، إلى جانب وثائق للتعاون في مجالات الطاقة والنقل والسياحة.

وقال رئيس الوزراء الهندي ناريندرا مودي، في كلمته أمام القمة، إن بلاده "ستعمل مع شركائها الجدد لمواجهة الإرهاب بكل أشكاله"، فيما أكد رئيس الوزراء الباكستاني نواز شريف أن العضوية "تفتح آفاقا جديدة للتعاون الاقتصادي والربط الإقليمي"، داعيا إلى "عدم السماح للخلافات الثنائية بتعطيل عمل المنظمة".

ولم يعقد الرجلان محادثات ثنائية رسمية، واكتفيا بمصافحة وتبادل التحية على هامش حفل العشاء الذي أقامه نزارباييف مساء أمس، وسط توتر متصاعد على خط المراقبة في إقليم كشمير المتنازع عليه.

وكان البلدان قد حصلا على صفة المراقب في المنظمة عام 2005، قبل أن تطلق قمة أوفا الروسية عام 2015 إجراءات قبولهما عضوين كاملين، وهي إجراءات استغرقت عامين.

في المقابل، لا يزال طلب إيران، التي تتمتع بصفة المراقب منذ عام 2005 أيضا، للحصول على العضوية الكاملة معلقا، في ظل تحفظ طاجيكستان، التي تتهم طهران بدعم معارضين لحكومتها.

وكان الرئيس التركي رجب طيب أردوغان قد لوح أواخر العام الماضي بإمكانية انضمام بلاده إلى المنظمة بديلا عن الاتحاد الأوروبي، غير أن أنقرة، التي تحمل صفة "شريك الحوار"، لم تتقدم حتى الآن بأي طلب رسمي للعضوية.

وشارك في القمة الرئيس الصيني شي جين بينغ والروسي فلاديمير بوتين، الذي قال إن المنظمة "ليست موجهة ضد أحد"، وإن توسيعها "يعزز دورها في تسوية الأزمات الإقليمية، وفي مقدمتها الوضع في أفغانستان".

وتتزامن القمة مع افتتاح معرض «إكسبو 2017» الدولي في أستانا، وقال سائق سيارة أجرة في وسط العاصمة: "المدينة تغيرت تماما في أسبوع، الشرطة في كل شارع والفنادق ممتلئة بالضيوف، ونتمنى أن يبقى بعض هذا الخير بعد أن يرحلوا".

ويرى محللون أن دخول الخصمين النوويين إلى المنظمة يمنحها ثقلا سكانيا واقتصاديا أكبر، لكنه قد يجعل التوافق داخلها أصعب، بالنظر إلى عمق الخلافات بين نيودلهي وإسلام آباد، وإلى حرص بكين على الحفاظ على علاقتها الخاصة بباكستان.""",
        [
            G("alliance.joined", "occurred", ["India", "Narendra Modi"], [_SCO]),
            G("alliance.joined", "occurred", ["Pakistan", "Nawaz Sharif"], [_SCO]),
            # "ووقع القادة في ختام القمة «إعلان أستانا» واتفاقية لمكافحة التطرف",
            G(
                "agreement.signed",
                "occurred",
                [
                    _SCO,
                    "Kazakhstan",
                    "Nursultan Nazarbayev",
                    "India",
                    "Pakistan",
                    "China",
                    "Russia",
                    "Xi Jinping",
                    "Vladimir Putin",
                    "Narendra Modi",
                    "Nawaz Sharif",
                ],
                [],
            ),
            # observer status "عام 2005",
            G("alliance.joined", "historical", ["India", "Pakistan"], [_SCO], core=False),
            # Iran's request "معلقا",
            G("alliance.joined", "stalled", ["Iran"], [_SCO], core=False),
            # Turkey that "لم تتقدم حتى الآن بأي طلب رسمي للعضوية",
            G(
                "alliance.joined",
                "negated",
                ["Turkey", "Recep Tayyip Erdoğan"],
                [_SCO],
                core=False,
            ),
        ],
        not_targets=["Kazakhstan", "Tajikistan", "Afghanistan", "European Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-afrikapress-yaounde-cameroon-russia-military-cooperation-agreement-2022",
        date(2022, 4, 21),
        """الكاميرون وروسيا توقعان اتفاقية للتعاون العسكري.. وياوندي تنفي أي وجود لـ«فاغنر»

ياوندي - «أفريقيا برس»

وقعت الكاميرون وروسيا اتفاقية جديدة للتعاون العسكري تشمل التدريب وتبادل المعلومات وتوريد المعدات، بحسب ما أعلنته وزارة الدفاع الكاميرونية أمس الأربعاء، بعد أكثر من أسبوع على توقيعها في موسكو من جانب وزير الدفاع الكاميروني جوزيف بيتي أسومو ونظيره الروسي سيرغي شويغو، بعيدا عن الأضواء.

وأوضح بيان للوزارة، تلاه المتحدث باسمها عبر الإذاعة الرسمية، أن الاتفاقية، الممتدة خمس سنوات قابلة للتجديد تلقائيا، تنص على تدريب ضباط كاميرونيين في الأكاديميات العسكرية الروسية، والتعاون في مجالات الطب العسكري ورسم الخرائط والاستخبارات المتعلقة بمكافحة الإرهاب، إلى جانب تبادل الخبرات في عمليات حفظ السلام.

وتحل الاتفاقية الجديدة محل اتفاق سابق وقعه البلدان عام 2015، ركز أساسا على توريد الأسلحة والذخائر في ذروة الحرب على جماعة «بوكو حرام» في إقليم أقصى الشمال، المحاذي لنيجيريا وتشاد.

ونفت الوزارة، في البيان نفسه، أن تكون الاتفاقية تمهيدا لنشر قوات روسية أو عناصر من مجموعة «فاغنر» على الأراضي الكاميرونية، مؤكدة أن الجيش الكاميروني "قادر على حماية البلاد بإمكاناته الذاتية"، وأن تعاونه مع موسكو "لا يستهدف أي طرف ثالث ولا يمس شراكاتنا التقليدية".

ويأتي الإعلان بعد أقل من شهرين على بدء الحرب الروسية في أوكرانيا، وبعد أن امتنعت الكاميرون عن التصويت على قرار الجمعية العامة للأمم المتحدة الذي طالب موسكو بسحب قواتها فورا، في موقف وصفه دبلوماسيون غربيون في ياوندي بأنه "حياد محسوب".

وترتبط الكاميرون أيضا باتفاقية شراكة دفاعية مع فرنسا، القوة الاستعمارية السابقة، وقعت عام 2009، وتتلقى قواتها الخاصة تدريبا ودعما لوجستيا من الولايات المتحدة في إطار الحرب على الجماعات المتشددة.

وكانت جمهورية أفريقيا الوسطى المجاورة قد وقعت اتفاقا مماثلا مع روسيا عام 2018، أعقبه وصول مئات المدربين العسكريين الروس إلى بانغي، تقول الأمم المتحدة ومنظمات حقوقية إن كثيرا منهم ينتمون إلى «فاغنر».

ولا تزال جهود الحوار بين الحكومة والانفصاليين في الإقليمين الناطقين بالإنجليزية، شمال غربي البلاد وجنوب غربيها، متعثرة منذ أن رعت سويسرا جولة أولى من الاتصالات عام 2019، في ظل رفض ياوندي أي تفاوض على وحدة البلاد، واستمرار المعارك التي أودت بحياة أكثر من ستة آلاف شخص.

وفي سوق مفوندي الشعبي وسط العاصمة، قال بائع هواتف محمولة: "نسمع عن الروس والفرنسيين والأمريكيين، لكن ما يهمنا هو الطريق إلى بامندا، أخي لم يرجع إلى بيته هناك منذ ثلاث سنوات".

ويرى محللون أن الرئيس بول بيا، الذي يحكم البلاد منذ عام 1982، يسعى إلى تنويع شركائه العسكريين من دون التخلي عن علاقاته بالغرب، في وقت توسع فيه موسكو حضورها في القارة عبر اتفاقيات مماثلة مع دول مثل مالي والسودان.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Cameroon", "Russia", "Joseph Beti Assomo", "Sergei Shoigu"],
                [],
            ),
            # the former agreement "وقعه البلدان عام 2015",
            G("agreement.signed", "historical", ["Cameroon", "Russia"], [], core=False),
            # "ونفت الوزارة … أن تكون الاتفاقية تمهيدا لنشر قوات روسية أو عناصر من مجموعة «فاغنر»",
            G("military.presence", "negated", ["Russia", "Wagner Group"], ["Cameroon"], core=False),
            # the defence partnership with France "وقعت عام 2009",
            G("agreement.signed", "historical", ["Cameroon", "France"], [], core=False),
            # the Central African agreement "عام 2018",
            G(
                "agreement.signed",
                "historical",
                ["Central African Republic", "Russia"],
                [],
                core=False,
            ),
            # and the instructors who arrived in Bangui after it,
            G(
                "military.presence",
                "historical",
                ["Russia", "Wagner Group"],
                ["Central African Republic"],
                core=False,
            ),
            # the talks with the Anglophone separatists "متعثرة",
            G("agreement.signed", "stalled", ["Cameroon"], [], core=False),
        ],
        not_targets=["Ukraine", "Nigeria", "Chad", "Switzerland", "France", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-mehr-brasilia-brazil-restores-relations-with-venezuela-2023",
        date(2023, 1, 3),
        """البرازيل تستعيد علاقاتها الدبلوماسية مع فنزويلا بعد قطيعة دامت ثلاث سنوات

برازيليا - «مهر»

أعلنت الحكومة البرازيلية، أمس الاثنين، استعادة العلاقات الدبلوماسية مع فنزويلا، منهية قطيعة استمرت نحو ثلاث سنوات في عهد الرئيس السابق جايير بولسونارو، وذلك بعد يوم واحد من تنصيب الرئيس لويس إيناسيو لولا دا سيلفا لولاية رئاسية ثالثة.

وقال وزير الخارجية ماورو فييرا، في أول تصريحات له بعد تسلمه مهامه، إن بلاده ستعيد فتح سفارتها في كاراكاس وقنصلياتها في المدن الفنزويلية "في أقرب وقت"، وإن قائما بالأعمال سيتوجه إلى العاصمة الفنزويلية خلال الأيام المقبلة للإشراف على إعادة تشغيل البعثة، على أن تعيد فنزويلا بدورها فتح سفارتها في برازيليا.

ورحب وزير الخارجية الفنزويلي إيفان خيل بالقرار، ووصفه بأنه "عودة إلى الأخوة التاريخية بين شعبين تجمعهما حدود تمتد أكثر من ألفي كيلومتر"، فيما كتب الرئيس نيكولاس مادورو على حسابه في «تويتر» أن "صفحة جديدة تفتح مع البرازيل الشقيقة".

وكان مادورو قد ألغى في اللحظة الأخيرة حضوره حفل التنصيب، الذي شارك فيه عدد كبير من رؤساء دول أمريكا اللاتينية، بعد أن كانت حكومة بولسونارو قد حظرت عام 2019 دخول كبار مسؤولي الحكومة الفنزويلية إلى الأراضي البرازيلية.

وكانت البرازيل قد اعترفت في يناير 2019 برئيس البرلمان الفنزويلي آنذاك خوان غوايدو رئيسا انتقاليا، قبل أن تسحب دبلوماسييها من كاراكاس في أبريل 2020، وتطلب من الدبلوماسيين الفنزويليين مغادرة أراضيها.

وأعلن فييرا أيضا أن البرازيل ستعود إلى المشاركة في مجموعة دول أمريكا اللاتينية والكاريبي «سيلاك»، التي علقت حكومة بولسونارو مشاركتها فيها مطلع عام 2020، مؤكدا أن الدبلوماسية البرازيلية "عادت إلى الحوار مع الجميع".

وتأتي الخطوة بعد أشهر من استئناف كولومبيا علاقاتها مع فنزويلا في أغسطس الماضي، إثر تولي الرئيس غوستافو بيترو السلطة، في حين لم تستأنف باراغواي حتى الآن علاقاتها مع كاراكاس، المقطوعة منذ عام 2019.

وتخضع صناعة النفط الفنزويلية منذ عام 2019 لعقوبات أمريكية مشددة، خففتها واشنطن جزئيا في نوفمبر الماضي بترخيص سمح لشركة «شيفرون» باستئناف بعض عملياتها في البلاد، بعد توقيع الحكومة والمعارضة في مكسيكو اتفاقا جزئيا بشأن الشؤون الاجتماعية، غير أن المفاوضات بين الطرفين لا تزال متعثرة منذ ذلك الحين.

وفي مدينة باكارايما الحدودية بولاية رورايما شمالي البرازيل، قال صاحب متجر للمواد الغذائية: "الحدود لم تغلق أمام الناس أبدا، الفنزويليون يأتون كل يوم لشراء الطحين والأدوية، لكن من دون قنصلية كان الأمر صعبا على كل من يحتاج إلى ورقة رسمية".

ويقول محللون إن لولا يسعى إلى استعادة الدور الإقليمي للبرازيل الذي تراجع في عهد سلفه، غير أن التقارب مع مادورو قد يثير انتقادات المعارضة البرازيلية، ويضع برازيليا في موقف دقيق أمام الولايات المتحدة.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Brazil", "Luiz Inácio Lula da Silva", "Mauro Vieira"],
                ["Venezuela"],
            ),
            # the embassy "ستعيد فتح سفارتها في كاراكاس",
            G(
                "relations.restored",
                "planned",
                ["Brazil", "Mauro Vieira"],
                ["Venezuela"],
                core=False,
            ),
            # "ستعود إلى المشاركة في … «سيلاك»",
            G("alliance.joined", "planned", ["Brazil", "Mauro Vieira"], [_CELAC], core=False),
            # Bolsonaro's entry ban "عام 2019",
            G(
                "sanctions.imposed",
                "historical",
                ["Brazil", "Jair Bolsonaro"],
                ["Venezuela"],
                core=False,
            ),
            # Colombia "في أغسطس الماضي",
            G(
                "relations.restored",
                "historical",
                ["Colombia", "Gustavo Petro"],
                ["Venezuela"],
                core=False,
            ),
            # "في حين لم تستأنف باراغواي حتى الآن علاقاتها مع كاراكاس",
            G("relations.restored", "negated", ["Paraguay"], ["Venezuela"], core=False),
            # the oil sanctions "منذ عام 2019",
            G("sanctions.imposed", "historical", [_US], ["Venezuela"], core=False),
            # eased "في نوفمبر الماضي" by the Chevron licence,
            G("sanctions.suspended", "historical", [_US], ["Venezuela"], core=False),
            # the partial agreement signed in Mexico City,
            G("agreement.signed", "historical", ["Venezuela", _UNITARY], [], core=False),
            # the talks "متعثرة منذ ذلك الحين",
            G("agreement.signed", "stalled", ["Venezuela", _UNITARY], [], core=False),
        ],
        not_targets=["Mexico", "United States", "Juan Guaidó", "Chevron"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-almustaqbal-kyiv-georgian-legion-integrated-into-ukrainian-army-2016",
        date(2016, 2, 19),
        """الجيش الأوكراني يضم «الفيلق الجورجي» إلى صفوفه.. ووحدات أجنبية أخرى على الطريق

كييف - «المستقبل» (وكالات)

أعلنت وزارة الدفاع الأوكرانية، أمس الخميس، دمج «الفيلق الوطني الجورجي»، الذي يضم عشرات المتطوعين القادمين من جورجيا ودول أخرى ويقاتل إلى جانب القوات الأوكرانية في منطقة دونباس شرقي البلاد منذ عام 2014، في القوات المسلحة الأوكرانية، بعد أن وقع عناصره عقودا رسمية للخدمة في الجيش.

وأوضحت الوزارة، في بيان، أن مقاتلي الفيلق سيخدمون ضمن الكتيبة الخامسة والعشرين للمشاة الآلية «كييفسكا روس» التابعة للقوات البرية، وسيحصلون على الرواتب والتجهيزات والضمانات الاجتماعية نفسها التي يحصل عليها الجنود الأوكرانيون، مع احتفاظهم بشاراتهم الخاصة وبقائدهم الميداني.

وقال قائد الفيلق مامووكا ماموليشفيلي للصحفيين إن الخطوة "تنهي وضعا غامضا" عاشه المتطوعون طوال عامين، مضيفا: "لم نعد مقاتلين غير نظاميين، نحن اليوم جزء من جيش دولة نقاتل من أجلها، ومن أجل جورجيا أيضا".

ويستند القرار إلى تعديل أقره البرلمان الأوكراني في أكتوبر الماضي يسمح للأجانب وعديمي الجنسية بالخدمة في القوات المسلحة بموجب عقود، وتقول الوزارة إنها ستدمج بالطريقة نفسها وحدات أخرى من المتطوعين الأجانب، بينهم بيلاروسيون وروس معارضون للكرملين، قبل نهاية العام الجاري.

وكانت كتائب متطوعين أوكرانية عدة، أبرزها كتيبة «آزوف»، قد ألحقت بالحرس الوطني التابع لوزارة الداخلية أواخر عام 2014، في إطار مسعى كييف لإخضاع الوحدات غير النظامية التي تشكلت في بداية الحرب لسلطة الدولة.

في المقابل، رفضت كتيبة «جوهر دوداييف»، التي تضم مقاتلين شيشانيين معارضين لموسكو، الانضمام إلى الجيش، وقال قائدها آدم عثماييف إن مقاتليه "يفضلون البقاء متطوعين أحرارا، لا يخضعون لأوامر أي جنرال".

ووصفت وزارة الخارجية الروسية مقاتلي الفيلق بأنهم "مرتزقة"، فيما قالت الخارجية الجورجية إن تبليسي "لا تشجع" مواطنيها على القتال في الخارج، وإن القانون الجورجي يجرم المشاركة في نزاعات مسلحة أجنبية مقابل أجر.

ويأتي ذلك فيما لا يزال تطبيق اتفاقيات مينسك، التي وقعتها أوكرانيا وروسيا وممثلو الانفصاليين في فبراير من العام الماضي برعاية ألمانية فرنسية، متعثرا، مع استمرار الاشتباكات شبه اليومية قرب دونيتسك وماريوبول، وتبادل الطرفين الاتهامات بسحب الأسلحة الثقيلة ثم إعادتها إلى خط التماس.

وفي مقهى جورجي صغير بوسط كييف، قال نادل من مدينة كوتايسي: "أخي يقاتل معهم منذ ديبالتسيفي، وأمي تتصل كل ليلة، اليوم على الأقل صار له عقد وراتب، وإذا حدث له شيء لن يكون مجرد رقم".

ويرى محللون أن دمج المتطوعين الأجانب يمنح الجيش الأوكراني مقاتلين ذوي خبرة، لكنه يثير تساؤلات عن الرقابة على وحدات تحمل ولاءات سياسية خاصة، في وقت يعتمد فيه الجيش على دعم غربي متزايد في التدريب والتسليح.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Ukraine", _UKR_MOD, "Armed Forces of Ukraine"],
                [_LEGION],
            ),
            # "وتقول الوزارة إنها ستدمج بالطريقة نفسها وحدات أخرى من المتطوعين الأجانب",
            G("forces.integrated", "planned", ["Ukraine", _UKR_MOD], []),
            # Azov and others "أواخر عام 2014",
            G(
                "forces.integrated",
                "historical",
                ["Ukraine", "National Guard of Ukraine"],
                ["Azov Battalion"],
                core=False,
            ),
            # the Dudayev battalion that "رفضت … الانضمام إلى الجيش",
            G(
                "forces.integrated",
                "negated",
                ["Ukraine", "Armed Forces of Ukraine"],
                ["Dzhokhar Dudayev Battalion"],
                core=False,
            ),
            # the Minsk agreements "في فبراير من العام الماضي",
            G("agreement.signed", "historical", ["Ukraine", "Russia"], [], core=False),
            # their implementation "متعثرا",
            G("agreement.signed", "stalled", ["Ukraine", "Russia"], [], core=False),
        ],
        not_targets=["Georgia", "Russia", "Belarus", "Germany", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-middleeastonline-port-louis-india-mauritius-agalega-airstrip-2024",
        date(2024, 3, 1),
        """الهند وموريشيوس تدشنان مدرجا ورصيفا في جزيرة أغاليغا.. وجوجنوث: لا قاعدة عسكرية

بورت لويس - «ميدل إيست أونلاين» (وكالات)

دشن رئيس الوزراء الهندي ناريندرا مودي ونظيره الموريشي برافيند جوجنوث، أمس الخميس، عبر الاتصال المرئي، مدرجا جديدا للطائرات ورصيفا بحريا في جزيرة أغاليغا الشمالية النائية التابعة لموريشيوس في المحيط الهندي، أنجزا بتمويل هندي يقدر بنحو 250 مليون دولار، إلى جانب ستة مشاريع تنموية أخرى في الجزيرة وفي العاصمة بورت لويس.

ويبلغ طول المدرج ثلاثة آلاف متر، ما يسمح بهبوط طائرات كبيرة، وقالت مصادر في وزارة الدفاع الهندية إن طائرات الاستطلاع البحري من طراز «بي-8 آي» التابعة للبحرية الهندية ستستخدمه في دوريات لمراقبة المنطقة الاقتصادية الخالصة لموريشيوس ومكافحة القرصنة والصيد غير المشروع وتهريب المخدرات، بموجب مذكرة التفاهم التي وقعها البلدان عام 2015.

وقال مودي في كلمته إن "الهند وموريشيوس شريكان طبيعيان في أمن المحيط الهندي"، مضيفا أن المنشآت الجديدة "ستعزز قدرة موريشيوس على حماية مياهها الشاسعة، وستخدم سكان الجزيرة الذين عانوا طويلا من العزلة".

في المقابل، نفى جوجنوث، في رد على سؤال في البرلمان الأسبوع الماضي، أن تكون الجزيرة قد تحولت إلى قاعدة عسكرية هندية، مؤكدا أنه "لا مجال لأي قاعدة عسكرية أجنبية في أغاليغا"، وأن المنشآت "تبقى خاضعة للسيادة الموريشية بالكامل"، وأن خفر السواحل الموريشي سيتولى إدارتها.

ويعيش في الجزيرة، التي تبعد أكثر من ألف كيلومتر شمال بورت لويس، نحو 350 شخصا يعتمدون على زراعة جوز الهند وصيد الأسماك، ويقول بعضهم إن أعمال البناء التهمت أجزاء من أراضيهم، وإنهم لم يستشاروا في مستقبل جزيرتهم.

وقال صياد من سكان الجزيرة لإذاعة محلية في اتصال هاتفي: "لا نعرف ماذا سيهبط على هذا المدرج، الكبار يتحدثون عن الأمن والتنمية، ونحن نخاف أن نصبح يوما مثل أهل تشاغوس".

وتخوض موريشيوس نزاعا مع بريطانيا على أرخبيل تشاغوس، الذي هجرت لندن سكانه في ستينيات القرن الماضي وسبعينياته لإفساح المجال أمام قاعدة دييغو غارسيا العسكرية الأمريكية، ولا تزال المفاوضات بين البلدين بشأن نقل السيادة على الأرخبيل، التي انطلقت في نوفمبر 2022، متعثرة.

وكانت سيشل قد رفضت عام 2018 مشروعا مماثلا لتطوير منشآت عسكرية هندية في جزيرة أسومبشن، بعد احتجاجات واسعة من المعارضة والسكان، ما دفع نيودلهي إلى تركيز جهودها على أغاليغا.

ويرى محللون أن المشروع يندرج في سعي الهند إلى مواجهة النفوذ الصيني المتنامي في المحيط الهندي، بعد أن افتتحت بكين عام 2017 أول قاعدة عسكرية لها في الخارج في جيبوتي، وعززت حضورها في موانئ سريلانكا وباكستان وجزر المالديف.

ولم تصدر عن الحكومة الصينية أي تعليقات على المشروع، فيما قال زعيم المعارضة الموريشية إن الحكومة "مدينة للشعب بنشر نص الاتفاق كاملا"، مطالبا بإخضاعه لنقاش في البرلمان قبل أي خطوة إضافية.""",
        [
            G("military.presence", "planned", ["India", "Indian Navy"], ["Mauritius"]),
            # the memorandum "التي وقعها البلدان عام 2015",
            G("agreement.signed", "historical", ["India", "Mauritius"], [], core=False),
            # Jugnauth "نفى … أن تكون الجزيرة قد تحولت إلى قاعدة عسكرية هندية",
            G("military.presence", "negated", ["India"], ["Mauritius"], core=False),
            # the US base of Diego Garcia,
            G(
                "military.presence",
                "historical",
                [_US, "United Kingdom"],
                ["Diego Garcia", "Chagos Archipelago"],
                core=False,
            ),
            # the Chagos talks "متعثرة",
            G("agreement.signed", "stalled", ["United Kingdom", "Mauritius"], [], core=False),
            # Seychelles that "رفضت عام 2018" the Assumption project,
            G("military.presence", "negated", ["India"], ["Seychelles"], core=False),
            # Beijing's base in Djibouti "عام 2017",
            G("military.presence", "historical", ["China"], ["Djibouti"], core=False),
        ],
        not_targets=["China", "Sri Lanka", "Pakistan", "Maldives"],
        known_miss=_USE_OF_A_FACILITY,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-hibapress-fes-football-page-2023",
        date(2023, 11, 28),
        """«الماص» يستأنف تحضيراته لمواجهة الجيش الملكي.. ولجنة التأديب تغرم الفريق

فاس - «هبة بريس»

فرضت اللجنة المركزية للتأديب والروح الرياضية التابعة للجامعة الملكية المغربية لكرة القدم غرامة مالية قدرها ثلاثون ألف درهم على فريق المغرب الرياضي الفاسي، بسبب استعمال جماهيره الشهب الاصطناعية خلال مباراة الفريق أمام اتحاد طنجة برسم الجولة الحادية عشرة من البطولة الاحترافية، كما قررت توقيف مدافع الفريق مباراة واحدة بعد طرده في الدقائق الأخيرة.

وهددت اللجنة، في بلاغ نشرته على الموقع الرسمي للجامعة، بفرض عقوبات أشد قد تصل إلى إجراء مباريات الفريق دون جمهور، في حال تكرار هذه التصرفات داخل الملعب أو في محيطه.

في المقابل، رفعت الجامعة قرار منع تنقل جماهير الرجاء الرياضي إلى خارج الدار البيضاء، الذي كانت قد فرضته قبل شهرين على خلفية أعمال شغب، بعد التزام فصائل المشجعين بميثاق للسلوك الرياضي.

واستأنف لاعبو «الماص» تحضيراتهم صباح أمس بالملعب الكبير لفاس، استعدادا لمواجهة الجيش الملكي يوم السبت المقبل، تحت إشراف المدرب التونسي الذي وقع عقدا مع النادي الصيف الماضي لموسمين، وسط غياب ثلاثة لاعبين بسبب الإصابة.

وعلى مستوى الانتدابات، انضم المهاجم السنغالي إلى الفريق قادما من الدوري البلجيكي بعقد يمتد ثلاثة مواسم، فيما مدد المكتب المسير عقد عميد الفريق إلى غاية يونيو 2026، ووقع اتفاقية شراكة مع جامعة سيدي محمد بن عبد الله لمواكبة لاعبي الفئات السنية دراسيا ورياضيا.

وكانت العصبة الاحترافية قد علقت منافسات البطولة أسبوعين بسبب ارتباط المنتخب الوطني بمباراتين وديتين، قبل أن تستأنف نهاية الأسبوع الماضي بمباريات الجولة الحادية عشرة.

وقرر المكتب المسير دمج فريقي أقل من 19 سنة وأقل من 21 سنة في فريق رديف واحد، بهدف تقليص النفقات وتسريع صعود المواهب إلى الفريق الأول، على أن يشرف عليه مدرب من أبناء النادي.

ونشرت المصالح الأمنية بفاس تعزيزات إضافية في محيط الملعب وعلى الطرق المؤدية إليه قبل مباراة السبت، التي يتوقع أن يحضرها أكثر من ثلاثين ألف متفرج.

وهددت فصائل «الإلتراس» المساندة للفريق بمقاطعة المباريات المقبلة إذا لم تراجع الإدارة أسعار التذاكر، معتبرة أنها "لا تراعي القدرة الشرائية للجماهير الفاسية".

وفي مقهى شعبي بحي الأطلس، قال مشجع خمسيني: "الماص فريق كبير وتاريخه كبير، ولكن خاص المكتب يخدم مزيان، ماشي كل عام نبيعو أحسن لاعب عندنا ونبداو من الصفر".

ويحتل المغرب الفاسي المركز السادس في سبورة الترتيب برصيد سبع عشرة نقطة، بفارق أربع نقاط عن الجيش الملكي صاحب المركز الثاني، ويأمل أنصاره في أن يستعيد الفريق أمجاده قبل نهاية مرحلة الذهاب.""",
        [],
        not_targets=["Morocco", "Senegal", "Tunisia", "Belgium"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alwafd-mansoura-dakahlia-local-page-2024",
        date(2024, 4, 30),
        """محافظ الدقهلية يمدد مهلة التصالح ويتوعد المخابز المخالفة.. واستعدادات لشم النسيم

المنصورة - «الوفد»

فرضت الأجهزة الرقابية بمحافظة الدقهلية غرامات مالية على أربعين مخبزا ومحلا تجاريا في مدن المنصورة وطلخا وميت غمر، خلال حملات نفذتها مديرية التموين الأسبوع الماضي لضبط الأسعار ومتابعة وزن الرغيف المدعم، وأحالت أصحاب عشرة منها إلى النيابة العامة.

وهدد محافظ الدقهلية، خلال اجتماع مع رؤساء المراكز والمدن، بسحب تراخيص المخابز التي تتكرر مخالفاتها، مؤكدا أن "رغيف العيش خط أحمر"، وأن الحملات ستستمر طوال أيام الأعياد.

ومددت المحافظة مهلة تلقي طلبات التصالح في مخالفات البناء حتى نهاية يونيو المقبل، استجابة لمطالب المواطنين بمنحهم وقتا إضافيا لاستكمال الأوراق المطلوبة، بعد أن تجاوز عدد الطلبات المقدمة خمسة وثلاثين ألف طلب.

وعلقت شركة مياه الشرب والصرف الصحي ضخ المياه عن عدد من قرى مركز السنبلاوين يوما كاملا لإجراء أعمال إحلال وتجديد لخط رئيسي، قبل أن تستأنف الضخ مساء أمس.

ووقعت المحافظة بروتوكول تعاون مع جامعة المنصورة لتدريب الكوادر الهندسية في الوحدات المحلية على نظم المعلومات الجغرافية، فيما انضمت مدينة المنصورة إلى مبادرة وطنية للمدن الخضراء أطلقتها وزارة البيئة.

وقررت مديرية التربية والتعليم دمج مدرستين ابتدائيتين في قرية بمركز أجا، بسبب تراجع أعداد التلاميذ وتهالك أحد المبنيين، على أن ينقل المعلمون إلى مدارس مجاورة مع بداية العام الدراسي المقبل.

ونشرت إدارة المرور دوريات إضافية على كورنيش النيل وكوبري طلخا العلوي، لتنظيم حركة السير خلال احتفالات شم النسيم، التي يتوقع أن تشهد إقبالا كبيرا على الحدائق والمتنزهات.

ورفعت أجهزة النظافة نحو ثلاثمئة طن من المخلفات من منطقة سوق الخواجات والشوارع المحيطة بها، وأعادت فتح حديقة شجرة الدر بعد أعمال تطوير استمرت أربعة أشهر، كما استؤنفت رحلات المعدية النهرية بين المنصورة وطلخا بعد صيانة المرسى.

وقال المحافظ لـ«الوفد» إن المحافظة "تعمل على أكثر من جبهة في وقت واحد"، داعيا المواطنين إلى "الإبلاغ عن أي مخالفة عبر الخط الساخن"، ومشيرا إلى أن أغلب الشكاوى تتعلق بنقص الخبز المدعم في القرى وتراكم القمامة.

وفي سوق الأسماك بالمنصورة، قال بائع فسيخ ستيني وهو يزن لزبونه: "الفسيخ السنة دي غالي قوي، بس الناس برضه بتشتري، هو شم النسيم من غيره يبقى شم نسيم؟".

وتعاني شوارع المنصورة، عاصمة المحافظة وإحدى كبرى مدن الدلتا، من ازدحام متزايد في المواسم والأعياد، في ظل محدودية المواقف وكثافة حركة الميكروباص بين المدينة والمراكز المجاورة.""",
        [],
        not_targets=["Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-aljarida-kuwait-business-page-2024",
        date(2024, 10, 17),
        """بورصة الكويت تنهي الأسبوع على ارتفاع.. وبنكان يوقعان مذكرة لدراسة الاندماج

الكويت - «الجريدة»

وقع بنكان محليان مدرجان في بورصة الكويت، أمس الأربعاء، مذكرة تفاهم غير ملزمة لدراسة الاندماج في كيان واحد، على أن يعين الطرفان مستشارين ماليين وقانونيين لتقييم أصولهما خلال تسعين يوما، تمهيدا لعرض الصفقة على الجهات الرقابية والجمعيتين العامتين.

وقال رئيس مجلس إدارة أحد البنكين، في تصريح لـ«الجريدة»، إن الاندماج المحتمل "سيخلق كيانا أقدر على المنافسة وتمويل المشاريع الكبرى"، مشيرا إلى أن بنكه وقع أيضا اتفاقية مع شركة تقنية هندية لتطوير أنظمة الدفع الرقمي.

وفي المقابل، علقت البورصة تداول سهم شركة عقارية مدرجة لمدة جلسة واحدة بانتظار إفصاح عن صفقة بيع أصول في الخارج، قبل أن يستأنف التداول على السهم صباح اليوم.

وفرضت هيئة أسواق المال غرامة مالية على شركة استثمارية لمخالفتها قواعد الإفصاح عن المعلومات الجوهرية، وهددت بإيقاف نشاطها في حال تكرار المخالفة، فيما رفعت إحدى شركات الاتصالات أسعار باقات الإنترنت المنزلي بنسبة عشرة في المئة.

وانضمت شركة ناشئة في مجال المدفوعات الإلكترونية إلى البيئة التجريبية الرقابية التابعة لبنك الكويت المركزي، كما انضم صندوق استثمار سعودي إلى قائمة كبار المساهمين في شركة محلية للأغذية بحصة ستة في المئة.

ومددت وزارة التجارة والصناعة مهلة تحديث بيانات السجلات التجارية شهرين إضافيين، لتجنيب الشركات المتأخرة الغرامات وإيقاف التراخيص.

ونشرت شركة نفط الكويت فرقا فنية إضافية في حقول غرب الكويت لتسريع أعمال الصيانة الدورية، في حين جمدت شركة تطوير عقاري مشروعا سكنيا في مدينة صباح الأحمد البحرية بسبب ارتفاع تكاليف البناء.

وأغلق مؤشر السوق العام على ارتفاع بنسبة 0.8 في المئة عند مستوى 7150 نقطة، بدعم من أسهم البنوك وقطاع الاتصالات، وبلغت قيمة التداول نحو 65 مليون دينار، وسط مشتريات ملحوظة من المحافظ الخليجية.

وفي سوق المباركية، قال تاجر عطور وبخور خمسيني: "السوق هادي، الناس تشتري على قدها، والإيجارات ما ترحم، نتمنى الموسم يتحرك مع برودة الجو".

ويتوقع محللون أن تواصل البورصة أداءها الإيجابي خلال الأسابيع المقبلة، مدعومة بنتائج الربع الثالث للبنوك، وبالآمال المعلقة على تسريع تنفيذ المشاريع الحكومية الكبرى، ومنها ميناء مبارك الكبير ومشاريع الطاقة المتجددة.""",
        [],
        not_targets=["Kuwait", "Saudi Arabia", "India"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout58_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout58_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    pytest.param(
        "أعلنت البرازيل استعادة العلاقات الدبلوماسية مع فنزويلا.",
        date(2023, 1, 2),
        [("relations.restored", "occurred", "Brazil")],
        [],
        id="ties-regained",
    ),
    pytest.param(
        "استعاد الجيش السيطرة على المدينة.",
        date(2023, 1, 2),
        [],
        [],
        id="control-regained-is-no-restoration",
    ),
    pytest.param(
        "هدد مجلس وزراء إيغاد، في ختام اجتماع استثنائي عقده أمس الاثنين في أديس أبابا، بفرض عقوبات"
        " على جنوب السودان.",
        date(2018, 3, 27),
        [("sanctions.threatened", "occurred", "target:South Sudan")],
        [],
        id="a-threat-past-a-long-aside",
    ),
    pytest.param(
        "ستنشر الهند طائرات حربية في موريشيوس.",
        date(2024, 2, 29),
        [("military.presence", "planned", "India")],
        [],
        id="warplanes-to-be-deployed",
    ),
    pytest.param(
        "رفعت اليابان القيود التي فرضتها منذ أربع سنوات على كوريا الجنوبية.",
        date(2023, 3, 16),
        [("sanctions.lifted", "occurred", "Japan")],
        [],
        id="measures-imposed-years-ago-lifted",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout58_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout58_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
