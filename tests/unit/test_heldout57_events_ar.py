"""A fifty-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-six held-out sets: contemporary Arabic copy of 2017-2024, as today's wires,
sites and papers carry it (a US-funded radio's site, "بروكسل - «راديو سوا»", with a Moscow
pensioner's words rendered from Russian, "ونحن وحدنا من يدفع الثمن في السوبرماركت"; an Algiers
daily carrying wires from Accra, "أكرا - «الحوار» (وكالات)", with a Bamako cloth trader's words
rendered from French; a Korean broadcaster's Arabic service, "سيئول - «كيه بي إس وورلد»", with
a Mukho fisherman's "لم أتخيل يوما أن أرى سفينة من الشمال في ميناء بلدتنا"; a Doha live
channel's site, "بروكسل - «الجزيرة مباشر»", with a Crimean Tatar's call from Bakhchysarai; a
London news site in Johannesburg, "جوهانسبرغ - «ألترا صوت»", with a displaced man's Swahili at
Bulengo camp; a Riyadh news site at OPEC's seat, "فيينا - «عاجل»", with a Malabo taxi driver's
Spanish; an Iranian agency's Arabic service, "طهران - «تسنيم»", with a Vali-Asr taxi driver; a
Maghreb site, "الرباط - «أصوات مغاربية»", with a Rabat tobacconist's Darija "السيكار الكوبي كان
كيوصلنا ديما من إسبانيا"; a Beirut channel's site, "كراكاس - «المنار»", with a Petare arepa
seller; a Cairo daily's sports page, "الإسماعيلية - «روز اليوسف»", with a fan's "الدراويش طول
عمرهم بيلعبوا كورة حلوة"; an Amman site's Jerash page, "جرش - «خبرني»", with a pickle seller's
"والله ما ضل إشي يطلع لنا"; a Cairo business paper, "القاهرة - «حابي»", with a Muski cloth
trader's "السوق نايم من ساعة الدولار ما طلع") and on programmes and regions they do not touch
(the EU's and the UK's chemical-weapons sanctions on Alexander Bortnikov, Sergei Kiriyenko and
four other Russian officials over Alexei Navalny's poisoning, October 2020; ECOWAS lifting its
economic sanctions on Mali at Accra and giving Guinea's junta to the end of July, July 2022; South
Korea's exemption for the North Korean ferry Mangyongbong-92 and the UN committee's for Choe Hwi
at the PyeongChang Games, with Pence's sanctions to come, February 2018; the Council of the EU
prolonging its Crimea and Sevastopol measures to June 2022, June 2021; South Africa's 2,900
soldiers in the SADC mission in the eastern DR Congo, February 2024; Equatorial Guinea joining
OPEC in Vienna, May 2017; the Iran-China 25-year cooperation document signed in Tehran, March
2021; Morocco and Cuba resuming ties after 37 years, April 2017; Venezuela's Constituent Assembly
making the Bolivarian Militia a fifth component of the armed forces, January 2020). Nine carry
core events of all ten alertable types (fifteen in all), thirteen occurred and two planned (the
United States that "ستكشف قريبا عن أشد جولة من العقوبات الاقتصادية" on North Korea, and the EU
leaders expected to agree "على تمديد العقوبات الاقتصادية القطاعية المفروضة على روسيا ستة أشهر
أخرى"), next to historical, negated and stalled ones; three are near misses: an Ismailia
football page (a club fined «فرضت … غرامة», a defender banned, threats of harsher penalties
«وهددت اللجنة … بفرض عقوبات أشد», a midfielder's ban "رفعت", training "استأنف", a Portuguese
coach who "وقع", a Ghanaian striker who "انضم", a goalkeeper's contract "مددت", a sponsorship
"ووقعت", the league "علق" and resumed, two youth teams "دمج", policemen "نشرت", a chairman who
"هدد" to complain to CAF), a Jerash local page (shops fined and threatened, a deadline "مددت",
water "علقت" and resumed, a training agreement "ووقعت", the municipality that "انضمت إلى شبكة
محلية", schools merged, traffic patrols "نشرت" for a festival with troupes from Tunisia, Morocco
and Palestine, rubbish "رفعت", a park reopened) and a Cairo business page (two fertiliser firms
that "وقعت … مذكرة تفاهم … لدراسة الاندماج", a contract with an Italian firm, a share "علقت" and
resumed, a broker fined «فرضت … غرامة» and threatened, steel prices "رفعت", a fintech and an
Emirati fund that "انضم", a tax-penalty initiative "مددت", engineering teams "نشرت", a frozen
project).

The decisions of the annotation, taken before any run: a Union that "فرض … عقوبات على ستة
مسؤولين روس كبار، بينهم … ألكسندر بورتنيكوف و… سيرغي كيرينكو، إضافة إلى معهد حكومي لأبحاث
الكيمياء العضوية" imposes sanctions (core; the EU, the Council of the EU, whose act it is, and
Josep Borrell, whose words follow; Bortnikov, Kiriyenko, whom the knowledge base lacks, and the
institute the targets; not Germany, France or Sweden, who proposed them or ran the tests, nor
Navalny or Skripal, the victims; Russia, whose officials they are, is left out of both lists), the
United Kingdom that "أعلنت … فرض عقوبات مماثلة على الأشخاص الستة" a second imposition (core; the
UK and Dominic Raab), Lavrov's "سترد بالمثل" no threat (no sanctions word), Germany's and France's
proposal "الشهر الماضي" no event, "ولم تشمل القائمة الرئيس فلاديمير بوتين" a negated imposition,
the four GRU officers "في يناير من العام الماضي" a historical imposition, the New START talks
"متعثرة" a stalled signing; ECOWAS whose leaders "رفع … العقوبات الاقتصادية والمالية المفروضة
على مالي" lift sanctions (core; ECOWAS; Mali the target; not Ghana, the host, Algeria, which
welcomed it, Burkina Faso, Senegal, Ivory Coast or Guinea-Bissau, whose president takes the
chair), and "ملوحين بفرض عقوبات اقتصادية ومالية على غينيا في حال لم يستجب" threaten sanctions
(core; ECOWAS; Guinea the target), "غير أن المجموعة لم ترفع العقوبات الفردية" a negated lifting,
the package "في التاسع من يناير الماضي" a historical imposition, the Algiers accord "الموقع في
الجزائر عام 2015" a historical signing and the talks on applying it "متعثرة" a stalled one (Mali
for both), the financial dealings "واستئناف المعاملات" part of the lifting; a government that
"أجازت … استثناء مؤقتا من عقوباتها الأحادية المفروضة على كوريا الشمالية" for a ferry suspends
sanctions (core; South Korea; North Korea the target; not Japan nor the IOC), and the UN
committee's "موافقة … على طلب … لاستثناء تشوي هوي … من حظر السفر" a second suspension (core; the
Security Council; Choe Hwi, unknown to the knowledge base, the target), Pence's "ستكشف قريبا عن
أشد جولة من العقوبات الاقتصادية" a planned imposition (core; the United States and Mike Pence;
North Korea the target; an announcement, not a conditional threat), Kim Yo Jong's listing "في
يناير من العام الماضي", the "إجراءات 24 مايو" of 2010 and Resolution 2397 "في ديسمبر الماضي"
historical impositions, "ولم ترفع الحكومة هذه الإجراءات" a negated lifting, the six-party talks
"متوقفة منذ عام 2008" a stalled signing, the ice-hockey players "دمج" no event; a Council that
"مدد … الإجراءات التقييدية التي يفرضها ردا على ضم روسيا غير القانوني لشبه جزيرة القرم ومدينة
سيفاستوبول، لمدة عام إضافي" extends sanctions (core; the EU and its Council; Crimea and
Sevastopol the targets, Russia, whose annexation they answer, in neither list; not Ukraine,
Poland, France or Germany), the leaders "من المنتظر أن يوافق … على تمديد العقوبات الاقتصادية
القطاعية المفروضة على روسيا" a planned extension (core; the EU and the European Council; Russia
the target), the measures first imposed "في يونيو 2014" a historical imposition, "ولم يفرض
الاتحاد أي عقوبات جديدة على موسكو" a negated imposition, the Normandy talks "متعثرة" a stalled
signing, the troops massed "قرب الحدود الأوكرانية" on Russia's side no presence; a president
who "أبلغ … البرلمان بنشر 2900 جندي … في جمهورية الكونغو الديمقراطية، في إطار بعثة … «سادك»"
deploys them (core, occurred: the deployment began in December and runs to next December; South
Africa, Cyril Ramaphosa, SADC, and Tanzania and Malawi, whose soldiers the mission "تضم"; the DR
Congo the target; not M23, the enemy, Rwanda, Kenya or Angola), the EAC force "قد نشرت … في
نوفمبر 2022" a historical presence, Rwanda that "نفت … أن تكون لها قوات على الأراضي الكونغولية"
a negated presence, the Luanda process "متعثرة" a stalled signing, MONUSCO's withdrawal and the
mission's base hit by a mortar no events; an OPEC conference that "وافق … على انضمام غينيا
الاستوائية عضوا كامل العضوية" admits her (core; Equatorial Guinea and her minister Gabriel Mbaga
Obiang Lima, whom the knowledge base lacks; OPEC the body; not Austria, the host, Saudi Arabia,
Russia, Libya, Nigeria or Indonesia), Gabon "قد عادت إلى عضوية المنظمة في يوليو الماضي" a
historical joining, "ولم تنضم روسيا … إلى المنظمة" a negated joining, the maritime border talks
with Gabon that "تعثرت" a stalled signing and the special agreement "في نوفمبر الماضي" a
historical one, the output cut "تمديد اتفاق خفض الإنتاج" (oil policy, not a watched agreement),
the cut "إعفاء ليبيا ونيجيريا" and Indonesia that "علقت عضويتها" no events; two ministers who
"وقع … وثيقة التعاون الشامل بين البلدين لمدة خمسة وعشرين عاما" sign (core; Iran, China,
Mohammad Javad Zarif and Wang Yi; no target; not Saudi Arabia, Turkey, the UAE, Oman or Bahrain,
on Wang's tour, nor the United States), Larijani's "ولا يسمح بنشر قوات عسكرية صينية على الأراضي
الإيرانية" a negated presence, the ties raised "إلى مستوى الشراكة الاستراتيجية الشاملة" in
January 2016 a historical restoration (an upgrade of ties), the nuclear deal "الموقع عام 2015" a
historical signing and the efforts to revive it "متعثرة" a stalled one, Trump's sanctions "عام
2018" a historical imposition, "العقوبات الأحادية الجائرة التي تفرضها الولايات المتحدة" (a
standing state) and "لم تعلق الخارجية الأمريكية" (no comment) no events; Morocco and Cuba that
"قرر … استئناف علاقاتهما الدبلوماسية على مستوى السفراء … بموجب اتفاق وقعه … في نيويورك"
restore ties and sign (both core, as in set 33's joint communiqué of Tianjin; Morocco and Cuba;
not the United States, where it was signed, Algeria, the Polisario Front, the Sahrawi Republic or
Spain), the embassies to reopen "خلال الأشهر المقبلة" a planned restoration (not core), the
break of 1980 no event, Morocco's return "إلى الاتحاد الأفريقي في يناير الماضي" a historical
joining, its ties with Iran resumed "عام 2014" a historical restoration, its embassy in Caracas
that it "لم يعد حتى الآن فتح" a negated restoration, the talks with the Polisario "متعثرة" a
stalled signing; an assembly that "أقرت … تعديلا … تضم بموجبه الميليشيا البوليفارية إلى صفوف
القوات المسلحة بوصفها مكونا خامسا" integrates forces (core; Venezuela and its National
Constituent Assembly, not Diosdado Cabello who presided; the Bolivarian Militia, unknown to the
knowledge base, the target; not the United States, Russia, Norway or Barbados), Chávez who
"قبل أن يلحقها بالقوات المسلحة بوصفها «هيئة خاصة»" in 2009 a historical integration, the
hundred Russian servicemen "في مارس من العام الماضي" a historical presence and Moscow that
"نفت مرارا أي نية لإقامة قاعدة عسكرية دائمة" a negated one, PDVSA's sanctions "منذ يناير من
العام الماضي" a historical imposition, the Barbados talks "متوقفة" a stalled signing (the
government and Juan Guaidó), the government that "علقت … مشاركتها فيها" no sanctions event; a
football page's fine, bans, threats, lifted ban, resumed training, coach, transfer, contract,
sponsorship, suspended league, merged youth teams, police and the chairman's threat, a local
page's fines, threat, deadline, water cut and resumed, training agreement, municipal network,
merged schools, patrols, rubbish and reopened park, and a business page's merger memorandum,
contract, suspended share, fine and threat, prices, fintech and fund joining, extended
initiative, engineering teams and frozen project are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-04, on commit 8a12800), in one run: events P 0.933 R 0.800 F1
0.862 (recall 12/15, precision 14/15: fourteen alerts right, one wrong by the scorer's count;
occurred core found 11/13, planned 1/2; historical 18/18, negated 9/9 and stalled 9/9 kept quiet
by the scorer's count; the working tree then held another session's uncommitted, English-side
changes, and a run on a clean export of 8a12800 gives the same events and figures). No
annotation was changed after the run; one count in the prose of the first paragraph was (it said
thirteen core events, eleven occurred, for the fifteen and thirteen annotated). Missed, by the per-article check (which also wants the status): in ar-hl03 the UN
committee's exemption "بعد يوم من موافقة لجنة العقوبات التابعة لمجلس الأمن الدولي على طلب تقدمت
به سيئول لاستثناء تشوي هوي … من حظر السفر" gives nothing: «طلب» is a ``demand`` cue
(``rasd/events/lexicons/ar.cues.yaml``), and a trigger a demand governs is dropped (``decide`` in
``rasd/events/status.py``, the ``_cue_near(s, "demand", …)`` step) even when the request is
granted ("وافقت لجنة العقوبات على طلب سيئول استثناء وزير الرياضة الكوري الشمالي من حظر السفر"
and "وافق مجلس الأمن على طلب فرنسي لتعليق العقوبات المفروضة على ليبيا" give nothing, "وافقت لجنة
العقوبات على استثناء وزير الرياضة الكوري الشمالي من حظر السفر" an occurred suspension); in
ar-hl03 too Pence's "ستكشف قريبا عن أشد جولة من العقوبات الاقتصادية وأكثرها صرامة" has no
trigger: unveiling or announcing sanctions is an imposition only through «جديدة/إضافية» right
after the sanctions noun or a «حزمة» (``ar.triggers.yaml``), so a «جولة» or a superlative is
nothing ("أعلنت الولايات المتحدة جولة جديدة من العقوبات على كوريا الشمالية", "ستكشف الولايات المتحدة
قريبا عن أشد العقوبات على كوريا الشمالية"; "ستفرض … أشد جولة من العقوبات" is planned); in ar-hl04
the leaders' extension "ومن المنتظر أن يوافق قادة الدول الأعضاء، خلال قمتهم في بروكسل …، على
تمديد العقوبات الاقتصادية القطاعية المفروضة على روسيا ستة أشهر أخرى" is raised as occurred (the
scorer counts it found through its actor and target): the future cue must stand within six words
before the masdar (``_ahead_cue``, called by ``decide``), and the two-word cue «يوافق على» is split
by the VSO subject ("ومن المنتظر أن يوافق قادة الاتحاد على تمديد العقوبات المفروضة على روسيا" is
planned, "… قادة الاتحاد الأوروبي على تمديد …" occurred); in ar-hl09 the amendment "تضم بموجبه
الميليشيا البوليفارية إلى صفوف القوات المسلحة" and the headline's "تضم … إلى قواتها المسلحة" give
nothing: the forces.integrated forms of «ضم» are the perfect «ضم، ضمت» only (the imperfect also
means "includes"), and «قواتها المسلحة» is no ``army_noun`` ("ضمت الحكومة الفنزويلية الميليشيا
البوليفارية إلى القوات المسلحة" is occurred, "تضم الحكومة الفنزويلية …" nothing, and "دمجت فنزويلا
الميليشيا البوليفارية في قواتها المسلحة" nothing where "في القوات المسلحة" is found). Wrong alert:
in ar-hl04 "وتشمل الإجراءات حظر استيراد المنتجات القادمة من القرم وسيفاستوبول إلى دول الاتحاد" is
a planned imposition on Sevastopol: a ban named as what the measures just extended include is read
as a new ban (the «حظر» + ``ban_object`` trigger of ``ar.triggers.yaml``; ``decide`` sets aside a
measure after a relief verb, ``_RELIEF_VERBS_AR``, not after «تشمل/تتضمن»: "وتشمل الإجراءات حظر
استيراد النفط الإيراني" is an occurred imposition on Iran), and it is planned because «القادمة»,
"coming (from)", is the ``future_time`` and ``future`` cue "next" ("… المنتجات القادمة من
سيفاستوبول" planned, "… المنتجات من سيفاستوبول" occurred). Four strict xfails on three articles
(ar-hl03, ar-hl04 and ar-hl09 missed; ar-hl04 alarmed); do not tune lexicons on these articles.

Also seen, not scored: in ar-hl01 the EU's imposition has the unlinked "مسؤولين روس" for target
(not Bortnikov, named after «بينهم»), the UK's has none, the GRU listing has no actor, the negated
listing of Putin gives nothing, and the New START talks are a stalled sanctions.extended: a treaty
the knowledge base holds as a LAW meets the ``sanctions_law`` need (``_needs_met`` in
``rasd/events/extractor.py``), so "مددت الولايات المتحدة وروسيا معاهدة «ستارت الجديدة» خمس سنوات"
is an occurred sanctions extension; in ar-hl02 the threat to Guinea has no actor and the negated
lifting has Libya's National Transitional Council for target (Mali's «المجلس الوطني الانتقالي»),
the Algiers accord gives nothing; in ar-hl03 the headline's suspension has no actor, the lead's
"أجازت الحكومة … استثناء مؤقتا" is planned («أجاز» is a ``future`` cue: a waiver authorised is one
granted), the measures of 2010 are a stalled imposition with North Korea for actor (from «وتوقف»),
Kim Yo Jong's listing has the Treasury and no target, and "ستعلن الولايات المتحدة قريبا حزمة من
العقوبات على كوريا الشمالية" is occurred (the future of the verb is not carried to a nominal
trigger); in ar-hl04 the extension has no target (Crimea and Sevastopol not taken) and is raised
twice, and the negated imposition has no actor; in ar-hl05 the EAC force, Rwanda's denial and the
Luanda talks give nothing; in ar-hl06 Gabon's return has no OPEC, and Russia's negated joining and
the Mbanié talks give nothing (the OPEC+ extension, the exemption of Libya and Nigeria and
Indonesia's suspended membership rightly raise nothing); in ar-hl07 the negated Chinese troops
have Iran for co-actor, Trump's sanctions have Iran for actor and no United States, and the 2016
upgrade and the nuclear deal give nothing; in ar-hl08 the signing has the United Nations among its
actors (the ambassador "لدى الأمم المتحدة"), the restoration with Iran has Iran for target, and the
embassies to reopen and Caracas give nothing; in ar-hl09 nothing is raised at all (the militia,
unknown to the knowledge base, would be missed as a target: "ضمت فنزويلا الميليشيا البوليفارية إلى
صفوف القوات المسلحة" has Venezuela for target). The Ismailia, Jerash and Cairo pages raise
nothing.

After the fixes of the same round (2026-12-04): events P 1.000 R 0.933 F1 0.966 (recall 14/15,
precision 16/16). Fixed as general causes, each pinned by a rule below: a request granted
("وافقت … على طلب", "بعد موافقة … على طلب", "بناء على طلب") is no demand still to be answered, and
what it asked for, "لتعليق …", has been done (``_granted_request_ar``, ``rasd/events/status.py``); a
round, batch or wave "of sanctions" (جولة، دفعة، موجة، سلسلة «من العقوبات») is a package of
measures (``ar.triggers.yaml``, the ``of_sanctions`` cue; not "جولة محادثات بشأن العقوبات"), and a
package's future verb before it makes it planned ("ستكشف قريبا عن أشد جولة", "ستعلن حزمة"); "من
المنتظر (المقرر، المتوقع) أن" governs its whole clause past a long subject and its asides
(``_expected_that_ar``); «ضم» in any tense with "إلى الجيش (القوات المسلحة، قواتها المسلحة)" is an
integration (the ``army_to`` cue; «تضم» without "إلى" still "includes"); what the measures
"include" («وتشمل الإجراءات (العقوبات، التدابير، القيود) حظر …») is no measure of its own, and
after the act in its sentence it no longer makes the act background ("مدد الاتحاد العقوبات ستة
أشهر، وتشمل العقوبات …" was historical); a trigger is no stall
cue of itself («وتوقف معظم أشكال التبادل» no longer stalls the sanctions of another sentence
merged with it); a law the knowledge base names as a treaty or an accord (New START, the Paris
Agreement) is no sanctions instrument (``treaty_ids``, ``rasd/events/kbinfo.py``); the Bolivarian
Militia and the Somali federal member states joined the knowledge base. Left: ar-hl03's committee
exemption, told as what the news "came a day after" («وجاءت الخطوة بعد يوم من موافقة …»), which
the rule of set 55 keeps as background.

``python -m tests.unit.test_heldout57_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_COUNCIL_EU = "Council of the European Union"
_ECOWAS = "Economic Community of West African States"
_DRC = "Democratic Republic of the Congo"
_SADC = "Southern African Development Community"
_EAC = "East African Community"
_EQ_GUINEA = "Equatorial Guinea"
_MILITIA = "Bolivarian Militia"
_POLISARIO = "Polisario Front"
_NAVALNY_TARGETS = [
    "Alexander Bortnikov",
    "Sergei Kiriyenko",
    "State Research Institute of Organic Chemistry and Technology",
]

_REQUEST_GRANTED = (
    "the UN committee's exemption («وجاءت الخطوة بعد يوم من موافقة لجنة العقوبات … على طلب تقدمت"
    " به سيئول لاستثناء تشوي هوي … من حظر السفر») is what the news came after, background by the"
    " rule of set 55 (_comes_after_ar, rasd/events/status.py)"
)


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-radiosawa-eu-uk-sanction-russian-officials-navalny-2020",
        date(2020, 10, 16),
        """الاتحاد الأوروبي وبريطانيا يعاقبان مسؤولين روسا كبارا بسبب تسميم نافالني

بروكسل - «راديو سوا»

فرض الاتحاد الأوروبي، أمس الخميس، عقوبات على ستة مسؤولين روس كبار، بينهم مدير جهاز الأمن الفيدرالي ألكسندر بورتنيكوف والنائب الأول لرئيس الإدارة الرئاسية سيرغي كيرينكو، إضافة إلى معهد حكومي لأبحاث الكيمياء العضوية، على خلفية تسميم المعارض الروسي ألكسي نافالني بغاز أعصاب من مجموعة «نوفيتشوك» في أغسطس الماضي.

وتشمل الإجراءات، التي أقرها مجلس الاتحاد الأوروبي بعد أن وافق عليها وزراء خارجية الدول الأعضاء مبدئيا في لوكسمبورغ مطلع الأسبوع، تجميد أصول المستهدفين في دول الاتحاد، وحظر دخولهم أراضيه، ومنع الأفراد والشركات الأوروبية من إتاحة أي أموال لهم.

وبالتزامن مع ذلك، أعلنت المملكة المتحدة فرض عقوبات مماثلة على الأشخاص الستة والمعهد نفسه، وقال وزير الخارجية البريطاني دومينيك راب إن "استخدام سلاح كيميائي محظور ضد زعيم معارض على الأراضي الروسية أمر لا يمكن التسامح معه"، مضيفا أن لندن "ستواصل العمل مع شركائها لمحاسبة المسؤولين".

وقال مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل، في بيان، إن "الجهة الوحيدة القادرة على استخدام هذا النوع من السلاح هي مؤسسات الدولة الروسية"، مشيرا إلى أن تحاليل أجرتها مختبرات في ألمانيا وفرنسا والسويد، وأكدتها منظمة حظر الأسلحة الكيميائية، أثبتت وجود المادة في عينات من دم نافالني.

وكانت ألمانيا وفرنسا قد اقترحتا العقوبات الشهر الماضي، بعد أن رفضت موسكو فتح تحقيق جنائي في الحادثة، مؤكدة أنها لم تتلق "أي دليل" على تعرض المعارض للتسميم.

ولم تشمل القائمة الرئيس فلاديمير بوتين أو أيا من أعضاء الحكومة، إذ قال دبلوماسيون أوروبيون إن العواصم فضلت "استهداف المسؤولين عن الأجهزة الأمنية والإدارة الرئاسية دون غيرهم، لإبقاء باب الحوار مفتوحا".

وكان الاتحاد قد أنشأ عام 2018 إطارا قانونيا خاصا بالعقوبات المتعلقة بالأسلحة الكيميائية، واستخدمه في يناير من العام الماضي لفرض عقوبات على أربعة ضباط في الاستخبارات العسكرية الروسية، تتهمهم لندن بمحاولة اغتيال العميل المزدوج السابق سيرغي سكريبال في مدينة سالزبوري.

في المقابل، قال وزير الخارجية الروسي سيرغي لافروف إن بلاده "سترد بالمثل"، معتبرا أن الخطوة "تقوض ما تبقى من الثقة" بين موسكو وبروكسل، فيما وصف المتحدث باسم الكرملين دميتري بيسكوف الاتهامات بأنها "عبثية ولا أساس لها".

وتأتي العقوبات فيما لا تزال المحادثات بين واشنطن وموسكو بشأن تمديد معاهدة «ستارت الجديدة» للحد من الأسلحة النووية متعثرة، قبل أقل من أربعة أشهر على انتهاء سريانها في فبراير المقبل.

وكان نافالني قد نقل إلى مستشفى «شاريتيه» في برلين بعد أن فقد وعيه على متن طائرة كانت تقله من مدينة تومسك السيبيرية إلى موسكو، وغادر المستشفى الشهر الماضي، معلنا عزمه العودة إلى روسيا.

وفي موسكو، قال مهندس متقاعد التقاه مراسل «راديو سوا» قرب محطة مترو «بوشكينسكايا»: "نسمع عن العقوبات منذ ست سنوات، والمسؤولون يسافرون كما يريدون، ونحن وحدنا من يدفع الثمن في السوبرماركت".

ويرى محللون أن العقوبات تبقى رمزية في أثرها الاقتصادي، لكنها تعكس تحولا في موقف برلين، التي ظلت لسنوات تدافع عن الحوار مع الكرملين وعن مشروع خط أنابيب الغاز «نورد ستريم 2».""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_EU, _COUNCIL_EU, "Josep Borrell"],
                _NAVALNY_TARGETS,
            ),
            # "أعلنت المملكة المتحدة فرض عقوبات مماثلة على الأشخاص الستة والمعهد نفسه",
            G(
                "sanctions.imposed",
                "occurred",
                ["United Kingdom", "Dominic Raab"],
                _NAVALNY_TARGETS,
            ),
            # "ولم تشمل القائمة الرئيس فلاديمير بوتين",
            G("sanctions.imposed", "negated", [_EU], ["Vladimir Putin"], core=False),
            # the four GRU officers "في يناير من العام الماضي",
            G("sanctions.imposed", "historical", [_EU], ["GRU"], core=False),
            # the New START talks "متعثرة",
            G("agreement.signed", "stalled", [_US, "Russia"], [], core=False),
        ],
        not_targets=["Germany", "France", "Sweden", "Alexei Navalny", "Sergei Skripal"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alhiwar-accra-ecowas-lifts-mali-sanctions-warns-guinea-2022",
        date(2022, 7, 4),
        """«إيكواس» ترفع العقوبات الاقتصادية عن مالي وتمهل المجلس العسكري في غينيا حتى نهاية الشهر

أكرا - «الحوار» (وكالات)

رفع قادة المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»، في ختام قمتهم التي عقدت أمس الأحد في العاصمة الغانية أكرا، العقوبات الاقتصادية والمالية المفروضة على مالي منذ مطلع العام، بعد أن اعتمد المجلس العسكري الحاكم في باماكو جدولا زمنيا يقضي بتسليم السلطة إلى المدنيين في مارس 2024.

وقال رئيس مفوضية المجموعة جان كلود كاسي برو، في مؤتمر صحفي عقب القمة، إن القرار "يسري فورا"، ويشمل إعادة فتح الحدود البرية والجوية بين مالي والدول الأعضاء، واستئناف المعاملات المالية والتجارية معها، والإفراج عن أصول الدولة المالية المجمدة لدى البنك المركزي لدول غرب أفريقيا.

غير أن المجموعة لم ترفع العقوبات الفردية المفروضة على أعضاء المجلس العسكري والمجلس الوطني الانتقالي، وأبقت على تعليق عضوية مالي في هيئاتها إلى حين العودة إلى النظام الدستوري، بحسب البيان الختامي للقمة.

وكانت «إيكواس» قد فرضت في التاسع من يناير الماضي حزمة عقوبات مشددة على مالي، شملت إغلاق الحدود وتجميد الأصول وسحب سفراء الدول الأعضاء من باماكو، ردا على خطة للمجلس العسكري تقضي بالبقاء في السلطة خمس سنوات.

وفي الملف الغيني، أمهل القادة المجلس العسكري في كوناكري حتى نهاية يوليو الجاري لتقديم جدول زمني "مقبول" للمرحلة الانتقالية، ملوحين بفرض عقوبات اقتصادية ومالية على غينيا في حال لم يستجب، بعد أن رفضوا مدة الستة والثلاثين شهرا التي أعلنها العقيد مامادي دومبويا.

كما أبدت القمة "ارتياحها" لتقدم الحوار مع السلطات الانتقالية في بوركينا فاسو، وكلفت الوسيط، الرئيس النيجري السابق محمدو إيسوفو، بمواصلة مهمته في واغادوغو.

وانتخب القادة رئيس غينيا بيساو عمر سيسوكو إمبالو رئيسا دوريا للمجموعة، خلفا للرئيس الغاني نانا أكوفو أدو، الذي قال في كلمته الختامية إن "العقوبات لم تكن يوما هدفا في حد ذاتها، بل وسيلة للعودة إلى النظام الدستوري".

ورحب وزير الخارجية المالي عبد الله ديوب بالقرار، وقال للتلفزيون الرسمي إن رفع العقوبات "انتصار للشعب المالي الذي صمد أمام الحصار"، مؤكدا التزام بلاده بالجدول الزمني المعلن.

من جهتها، رحبت وزارة الشؤون الخارجية الجزائرية بالقرار، معتبرة أنه "يفتح الطريق أمام حل أفريقي للأزمة"، وداعية إلى "إعادة إطلاق" تنفيذ اتفاق السلم والمصالحة الموقع في الجزائر عام 2015 بين الحكومة المالية والحركات المسلحة في الشمال، الذي لا تزال المحادثات بشأن تطبيقه متعثرة منذ أشهر.

وفي سوق «داباناني» الكبير وسط باماكو، قال تاجر أقمشة لمراسل محلي بالفرنسية: "الشاحنات بقيت واقفة على حدود السنغال وساحل العاج ستة أشهر، والأسعار تضاعفت، اليوم نتنفس قليلا، لكن من يعوض خسائرنا؟".

ويتوقع مراقبون أن ينعكس القرار سريعا على أسعار الوقود والمواد الغذائية في مالي، التي تعتمد على موانئ دكار وأبيدجان لاستيراد معظم حاجاتها، في وقت تتواصل فيه هجمات الجماعات المسلحة في وسط البلاد وشمالها.""",
        [
            G("sanctions.lifted", "occurred", [_ECOWAS], ["Mali"]),
            G("sanctions.threatened", "occurred", [_ECOWAS], ["Guinea"]),
            # "غير أن المجموعة لم ترفع العقوبات الفردية",
            G("sanctions.lifted", "negated", [_ECOWAS], ["Mali"], core=False),
            # the package "في التاسع من يناير الماضي",
            G("sanctions.imposed", "historical", [_ECOWAS], ["Mali"], core=False),
            # the Algiers accord "الموقع في الجزائر عام 2015",
            G("agreement.signed", "historical", ["Mali"], [], core=False),
            # the talks on applying it "متعثرة",
            G("agreement.signed", "stalled", ["Mali"], [], core=False),
        ],
        not_targets=[
            "Ghana",
            "Algeria",
            "Burkina Faso",
            "Senegal",
            "Ivory Coast",
            "Guinea-Bissau",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-kbsworld-seoul-olympic-exemptions-for-north-korea-2018",
        date(2018, 2, 7),
        """سيئول تستثني سفينة كورية شمالية من عقوباتها.. وبنس: عقوبات غير مسبوقة على الشمال قريبا

سيئول - «كيه بي إس وورلد»

أجازت الحكومة الكورية الجنوبية استثناء مؤقتا من عقوباتها الأحادية المفروضة على كوريا الشمالية، سمحت بموجبه للسفينة الكورية الشمالية «مانغيونغبونغ 92» بالرسو، أمس الثلاثاء، في ميناء موكهو على الساحل الشرقي، وعلى متنها أعضاء فرقة «سامجيون» الفنية التي تقدم عرضين في مدينتي كانغنونغ وسيئول بمناسبة دورة الألعاب الأولمبية الشتوية في بيونغتشانغ.

وقال المتحدث باسم وزارة التوحيد بيك تاي هيون، في إفادة صحفية، إن الاستثناء "يقتصر على فترة الألعاب ولا يعني بأي حال تخفيف الضغط على الشمال"، موضحا أن السفينة "لن تنقل أي بضائع، ولن تتزود بالوقود إلا بتنسيق مسبق مع الجهات المعنية ومع الولايات المتحدة".

وجاءت الخطوة بعد يوم من موافقة لجنة العقوبات التابعة لمجلس الأمن الدولي على طلب تقدمت به سيئول لاستثناء تشوي هوي، رئيس اللجنة الوطنية لتوجيه الرياضة في الشمال والمدرج على القائمة السوداء الأممية، من حظر السفر، ليتمكن من المشاركة في الوفد الرفيع الذي يترأسه رئيس هيئة رئاسة مجلس الشعب الأعلى كيم يونغ نام، ويصل الجمعة لحضور حفل الافتتاح.

ويضم الوفد كيم يو جونغ، شقيقة الزعيم كيم جونغ أون، التي كانت وزارة الخزانة الأمريكية قد أدرجتها على قائمة العقوبات في يناير من العام الماضي بتهمة المسؤولية عن انتهاكات لحقوق الإنسان، وقالت وزارة التوحيد إن زيارتها "لا تحتاج إلى أي استثناء" لأن العقوبات الأمريكية لا تتضمن حظرا على دخول كوريا الجنوبية.

وفي طوكيو، قال نائب الرئيس الأمريكي مايك بنس، الذي يترأس وفد بلاده إلى حفل الافتتاح، إن الولايات المتحدة "ستكشف قريبا عن أشد جولة من العقوبات الاقتصادية وأكثرها صرامة" على كوريا الشمالية، مضيفا بعد لقائه رئيس الوزراء الياباني شينزو آبي: "لن نسمح لنظام كيم بأن يختطف رسالة الألعاب الأولمبية وصورها".

وكانت سيئول قد فرضت عام 2010 ما يعرف بـ«إجراءات 24 مايو»، التي تحظر دخول السفن الكورية الشمالية موانئها وتوقف معظم أشكال التبادل التجاري بين الكوريتين، بعد اتهام بيونغ يانغ بإغراق الطراد «تشونان» ومقتل 46 بحارا.

ولم ترفع الحكومة هذه الإجراءات، إذ أكد مسؤولون في الرئاسة أن أي تخفيف لها "غير مطروح" قبل تحقيق تقدم ملموس نحو نزع السلاح النووي، وأن الاستثناءات الحالية "ذات طابع إنساني ورياضي بحت".

كما كان مجلس الأمن قد تبنى في ديسمبر الماضي القرار 2397، الذي خفض سقف واردات الشمال من المنتجات النفطية المكررة بنحو تسعين في المئة، ردا على إطلاقه صاروخا باليستيا عابرا للقارات.

وتسير الفرق الرياضية للبلدين معا في حفل الافتتاح تحت «علم التوحيد»، فيما دمج المنظمون لاعبات من الكوريتين في فريق موحد لهوكي الجليد للسيدات، في خطوة أثارت استياء لاعبات جنوبيات خسرن أماكنهن في التشكيلة.

ولا تزال المحادثات السداسية بشأن البرنامج النووي الكوري الشمالي متوقفة منذ عام 2008، فيما تشترط واشنطن أن يفضي أي حوار مع بيونغ يانغ إلى نزع سلاحها النووي بالكامل.

وخارج محطة سيئول المركزية، أحرق عشرات من الناشطين المحافظين صورا لكيم جونغ أون احتجاجا على ما وصفوه بتحويل الألعاب إلى "أولمبياد بيونغ يانغ"، فيما قال صياد ستيني في موكهو لمراسل «كيه بي إس»: "لم أتخيل يوما أن أرى سفينة من الشمال في ميناء بلدتنا، الناس جاؤوا يتفرجون كأنها مهرجان، لكن من يدري ماذا سيحدث بعد الألعاب".

ويرى مراقبون أن الرئيس مون جيه إن يسعى إلى استثمار الهدنة الأولمبية لفتح قناة حوار بين بيونغ يانغ وواشنطن، في حين تخشى الإدارة الأمريكية أن تستغل كوريا الشمالية الانفراج لتخفيف الضغوط الدولية عليها.""",
        [
            G("sanctions.suspended", "occurred", ["South Korea"], ["North Korea"]),
            # the UN committee's exemption for Choe Hwi,
            G("sanctions.suspended", "occurred", [_UNSC], ["Choe Hwi"]),
            # Pence's "ستكشف قريبا عن أشد جولة من العقوبات الاقتصادية",
            G("sanctions.imposed", "planned", [_US, "Mike Pence"], ["North Korea"]),
            # Kim Yo Jong's listing "في يناير من العام الماضي",
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Kim Yo Jong"], core=False),
            # the "إجراءات 24 مايو" of 2010,
            G("sanctions.imposed", "historical", ["South Korea"], ["North Korea"], core=False),
            # "ولم ترفع الحكومة هذه الإجراءات",
            G("sanctions.lifted", "negated", ["South Korea"], ["North Korea"], core=False),
            # Resolution 2397 "في ديسمبر الماضي",
            G("sanctions.imposed", "historical", [_UNSC], ["North Korea"], core=False),
            # the six-party talks "متوقفة منذ عام 2008",
            G("agreement.signed", "stalled", ["North Korea", _US], [], core=False),
        ],
        not_targets=["Japan", "South Korea", "International Olympic Committee"],
        known_miss=_REQUEST_GRANTED,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-aljazeeramubasher-eu-prolongs-crimea-sevastopol-measures-2021",
        date(2021, 6, 22),
        """الاتحاد الأوروبي يمدد عقوباته المرتبطة بضم القرم عاما إضافيا

بروكسل - «الجزيرة مباشر»

مدد مجلس الاتحاد الأوروبي، أمس الاثنين، الإجراءات التقييدية التي يفرضها ردا على ضم روسيا غير القانوني لشبه جزيرة القرم ومدينة سيفاستوبول، لمدة عام إضافي، لتبقى سارية حتى الثالث والعشرين من يونيو 2022.

وتشمل الإجراءات حظر استيراد المنتجات القادمة من القرم وسيفاستوبول إلى دول الاتحاد، وحظر الاستثمار في العقارات والبنية التحتية فيهما، ومنع السفن السياحية الأوروبية من الرسو في موانئ شبه الجزيرة، إضافة إلى حظر تصدير سلع وتقنيات بعينها في قطاعات النقل والاتصالات والطاقة والتنقيب عن النفط والغاز والمعادن.

وقال المجلس، في بيان، إن الاتحاد "لا يزال ملتزما التزاما كاملا بسيادة أوكرانيا ووحدة أراضيها"، مؤكدا أنه "لا يعترف بالضم ولن يعترف به"، ومنددا بما وصفه بـ"العسكرة المتزايدة" لشبه الجزيرة وتدهور أوضاع حقوق الإنسان فيها، ولا سيما بحق تتار القرم.

وكان الاتحاد قد فرض هذه الإجراءات للمرة الأولى في يونيو 2014، بعد ثلاثة أشهر من الاستفتاء الذي نظمته موسكو في شبه الجزيرة، ثم وسع نطاقها تدريجيا خلال العامين التاليين.

ومن المنتظر أن يوافق قادة الدول الأعضاء، خلال قمتهم في بروكسل يومي الخميس والجمعة المقبلين، على تمديد العقوبات الاقتصادية القطاعية المفروضة على روسيا ستة أشهر أخرى، بحسب ما أفاد به دبلوماسيون، في ظل غياب أي تقدم في تنفيذ اتفاقيات مينسك الخاصة بالنزاع في شرق أوكرانيا.

ولم يفرض الاتحاد أي عقوبات جديدة على موسكو بسبب حشدها عشرات الآلاف من جنودها قرب الحدود الأوكرانية في أبريل الماضي، واكتفى وزراء الخارجية حينها بالتعبير عن "القلق البالغ"، رغم مطالبات دول البلطيق وبولندا باتخاذ موقف أكثر حزما.

ورحب وزير الخارجية الأوكراني دميتري كوليبا بالقرار، داعيا الدول الأعضاء إلى المشاركة "على أعلى مستوى" في القمة الافتتاحية لـ«منصة القرم»، التي تستضيفها كييف في الثالث والعشرين من أغسطس المقبل بهدف حشد الضغط الدولي لإنهاء الاحتلال.

في المقابل، قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن التمديد "استمرار لسياسة عقيمة لا تغير شيئا على الأرض"، مؤكدة أن "مسألة انتماء القرم إلى روسيا أغلقت نهائيا".

ويأتي القرار فيما لا تزال المفاوضات في إطار «صيغة نورماندي»، التي تضم روسيا وأوكرانيا وفرنسا وألمانيا، متعثرة منذ قمة باريس في ديسمبر 2019، بعد أن رفضت موسكو مقترحا أوكرانيا لعقد قمة جديدة.

وفي اتصال هاتفي مع «الجزيرة مباشر»، قال رجل من تتار القرم يعمل في تجارة الفواكه المجففة في مدينة بخشيسراي: "العقوبات لا تصيب الكرملين، بل تصيبنا نحن، البطاقات المصرفية الأجنبية لا تعمل هنا، والسياح لا يأتون إلا من روسيا، ومن يتكلم يخسر عمله".

ويرى محللون أن تمديد العقوبات بات إجراء شبه روتيني يتكرر كل عام، لكن الاتحاد يواجه ضغوطا متزايدة من كييف لتوسيعها لتشمل الشركات التي شاركت في بناء جسر القرم والمشاريع العسكرية في شبه الجزيرة.""",
        [
            G("sanctions.extended", "occurred", [_EU, _COUNCIL_EU], ["Crimea", "Sevastopol"]),
            # the leaders "من المنتظر أن يوافق … على تمديد العقوبات الاقتصادية القطاعية",
            G("sanctions.extended", "planned", [_EU, "European Council"], ["Russia"]),
            # the measures first imposed "في يونيو 2014",
            G("sanctions.imposed", "historical", [_EU], ["Crimea"], core=False),
            # "ولم يفرض الاتحاد أي عقوبات جديدة على موسكو",
            G("sanctions.imposed", "negated", [_EU], ["Russia"], core=False),
            # the Normandy talks "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Russia", "Ukraine", "France", "Germany"],
                [],
                core=False,
            ),
        ],
        not_targets=["Ukraine", "Poland", "France", "Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-ultrasawt-johannesburg-south-african-troops-sadc-mission-drc-2024",
        date(2024, 2, 16),
        """جنوب أفريقيا تنشر 2900 جندي في شرق الكونغو الديمقراطية ضمن بعثة «سادك»

جوهانسبرغ - «ألترا صوت»

أبلغ الرئيس الجنوب أفريقي سيريل رامافوزا البرلمان بنشر 2900 جندي من قوات الدفاع الوطني في جمهورية الكونغو الديمقراطية، في إطار بعثة مجموعة تنمية الجنوب الأفريقي «سادك» التي تساند الجيش الكونغولي في مواجهة متمردي حركة «إم 23» في إقليم كيفو الشمالية.

وأوضحت الرئاسة، في رسالة إلى البرلمان نشرت نصها أمس الخميس، أن مهمة الجنود تمتد عاما كاملا، من الخامس عشر من ديسمبر الماضي إلى الخامس عشر من ديسمبر المقبل، بكلفة تقدر بنحو 2.4 مليار راند (نحو 126 مليون دولار).

وتضم البعثة، التي بدأت طلائعها الوصول في منتصف ديسمبر، جنودا من تنزانيا وملاوي أيضا، وتتولى جنوب أفريقيا قيادتها، وتقول المجموعة إن هدفها "استعادة السلام والأمن" في شرق البلاد ومساعدة الحكومة على مواجهة الجماعات المسلحة.

ويأتي الإعلان بعد يومين من مقتل جنديين جنوب أفريقيين وإصابة ثلاثة آخرين، جراء سقوط قذيفة هاون على قاعدة عسكرية تابعة للبعثة قرب مدينة غوما، في أول خسائر بشرية تعلنها بريتوريا منذ بدء الانتشار.

وانتقد حزب التحالف الديمقراطي المعارض القرار، وقال المتحدث باسمه لشؤون الدفاع كوبوس ماريه إن الجنود "يرسلون إلى مهمة خطرة من دون غطاء جوي كاف ولا معدات مناسبة"، مطالبا وزيرة الدفاع ثاندي موديسي بالمثول أمام لجنة الدفاع في البرلمان.

وكانت جماعة شرق أفريقيا قد نشرت قوة إقليمية بقيادة كينية في شرق الكونغو في نوفمبر 2022، قبل أن تغادر البلاد في ديسمبر الماضي، بعد أن رفضت كينشاسا تجديد تفويضها متهمة إياها بـ"التعايش" مع المتمردين بدلا من قتالهم.

كما وافق مجلس الأمن الدولي في ديسمبر الماضي على بدء انسحاب تدريجي لبعثة الأمم المتحدة «مونوسكو» من البلاد بحلول نهاية العام الجاري، بناء على طلب الحكومة الكونغولية.

ونفت رواندا مجددا أن تكون لها قوات على الأراضي الكونغولية، رغم تقارير لخبراء الأمم المتحدة تتهم كيغالي بدعم حركة «إم 23» بالجنود والسلاح، فيما حذر الرئيس بول كاغامي من أن بلاده "ستدافع عن نفسها" إذا تعرضت لأي هجوم.

ولا تزال المحادثات بين كينشاسا وكيغالي، برعاية الرئيس الأنغولي جواو لورينسو ضمن ما يعرف بـ«مسار لواندا»، متعثرة منذ أشهر، وسط تصاعد الاتهامات المتبادلة بين الرئيسين فيليكس تشيسكيدي وكاغامي.

وفي مخيم بولينغو للنازحين قرب غوما، قال رجل في الأربعينات فر من بلدة كيتشانغا قبل عامين، متحدثا بالسواحيلية: "جاء جنود من كينيا ثم رحلوا، والآن يأتي غيرهم من الجنوب، ونحن ما زلنا في الخيام، نريد فقط أن نعود إلى حقولنا".

ويرى محللون عسكريون أن البعثة تواجه اختبارا صعبا في ظل اتساع رقعة المعارك حول بلدة ساكي، المدخل الغربي لمدينة غوما، وضعف الإمكانات اللوجستية للجيوش المشاركة، وخصوصا في مجال النقل الجوي.""",
        [
            G(
                "military.presence",
                "occurred",
                ["South Africa", "Cyril Ramaphosa", _SADC, "Tanzania", "Malawi"],
                [_DRC],
            ),
            # the EAC force "قد نشرت … في نوفمبر 2022",
            G("military.presence", "historical", [_EAC, "Kenya"], [_DRC], core=False),
            # Rwanda that "نفت … أن تكون لها قوات على الأراضي الكونغولية",
            G("military.presence", "negated", ["Rwanda"], [_DRC], core=False),
            # the Luanda process "متعثرة",
            G("agreement.signed", "stalled", [_DRC, "Rwanda"], [], core=False),
        ],
        not_targets=[
            "March 23 Movement",
            "Rwanda",
            "Kenya",
            "Angola",
            "South Africa",
            "Tanzania",
            "Malawi",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-ajel-vienna-equatorial-guinea-joins-opec-2017",
        date(2017, 5, 26),
        """غينيا الاستوائية تنضم إلى «أوبك».. والمنظمة وحلفاؤها يمددون خفض الإنتاج تسعة أشهر

فيينا - «عاجل»

وافق المؤتمر الوزاري لمنظمة الدول المصدرة للنفط «أوبك»، في اجتماعه أمس الخميس بمقر المنظمة في العاصمة النمساوية فيينا، على انضمام غينيا الاستوائية عضوا كامل العضوية، لترتفع عضوية المنظمة إلى أربع عشرة دولة، وتصبح الدولة الواقعة في خليج غينيا، التي تنتج نحو 280 ألف برميل يوميا، من أصغر المنتجين فيها.

وقال وزير المناجم والمحروقات في غينيا الاستوائية غابرييل مباغا أوبيانغ ليما للصحافيين عقب الجلسة إن بلاده "انضمت إلى العائلة في وقت صعب تمر به السوق، لكنها مستعدة لتحمل نصيبها من المسؤولية"، مؤكدا التزامها بحصة الخفض المقررة لها.

وفي الجلسة نفسها، قررت المنظمة والمنتجون المستقلون من خارجها، وفي مقدمتهم روسيا، تمديد اتفاق خفض الإنتاج بنحو 1.8 مليون برميل يوميا لمدة تسعة أشهر إضافية، حتى نهاية مارس 2018، في محاولة لتقليص المخزونات العالمية إلى متوسطها في خمس سنوات.

وقال وزير الطاقة والصناعة والثروة المعدنية السعودي خالد الفالح، الذي ترأس الاجتماع، إن التمديد "سيسرع عودة التوازن إلى السوق"، مضيفا أن المنظمة "ستفعل كل ما يلزم" لتحقيق ذلك، فيما أكد وزير الطاقة الروسي ألكسندر نوفاك أن بلاده "ملتزمة بالكامل" بحصتها من الخفض.

وأبقى الاتفاق على إعفاء ليبيا ونيجيريا من الخفض، بسبب الاضطرابات الأمنية التي أثرت على إنتاجهما خلال السنوات الماضية.

وكانت الغابون قد عادت إلى عضوية المنظمة في يوليو الماضي بعد غياب دام أكثر من عقدين، فيما علقت إندونيسيا عضويتها للمرة الثانية في نوفمبر الماضي، إثر رفضها الالتزام بخفض إنتاجها.

ولم تنضم روسيا، أكبر منتج مشارك في الاتفاق من خارج «أوبك»، إلى المنظمة، إذ يرى مسؤولون روس أن التعاون الحالي "يحقق الغرض" من دون الحاجة إلى عضوية رسمية تقيد سياستها النفطية.

وتأتي عضوية مالابو في وقت تخوض فيه نزاعا حدوديا مع الغابون حول جزيرة مبانيي والجزر المجاورة لها في مياه يعتقد أنها غنية بالنفط، بعد أن تعثرت المفاوضات الثنائية لترسيم الحدود البحرية سنوات طويلة، قبل أن يوقع البلدان في نوفمبر الماضي اتفاقا خاصا لإحالة النزاع إلى محكمة العدل الدولية.

وتعتمد غينيا الاستوائية، التي يحكمها الرئيس تيودورو أوبيانغ نغيما منذ عام 1979، على النفط والغاز في أكثر من تسعين في المئة من صادراتها، غير أن إنتاجها تراجع في السنوات الأخيرة مع نضوب الحقول القديمة.

وفي مالابو، قال سائق سيارة أجرة لمراسل «عاجل» بالإسبانية: "النفط عندنا منذ عشرين سنة، والطرق والمباني الجديدة جميلة، لكن الخبز والسمك ما زالا غاليين، والشباب لا يجدون عملا".

وتراجعت أسعار خام برنت بنحو خمسة في المئة عقب إعلان القرار، إذ كان المتعاملون يتوقعون خفضا أعمق أو تمديدا أطول، بحسب محللين في السوق.""",
        [
            G(
                "alliance.joined",
                "occurred",
                [_EQ_GUINEA, "Gabriel Mbaga Obiang Lima"],
                ["OPEC"],
            ),
            # Gabon "قد عادت إلى عضوية المنظمة في يوليو الماضي",
            G("alliance.joined", "historical", ["Gabon"], ["OPEC"], core=False),
            # "ولم تنضم روسيا … إلى المنظمة",
            G("alliance.joined", "negated", ["Russia"], ["OPEC"], core=False),
            # the maritime border talks with Gabon that "تعثرت",
            G("agreement.signed", "stalled", [_EQ_GUINEA, "Gabon"], [], core=False),
            # the special agreement "في نوفمبر الماضي",
            G("agreement.signed", "historical", [_EQ_GUINEA, "Gabon"], [], core=False),
        ],
        not_targets=[
            "Austria",
            "Saudi Arabia",
            "Russia",
            "Libya",
            "Nigeria",
            "Indonesia",
            "Gabon",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-tasnim-tehran-iran-china-25-year-cooperation-document-2021",
        date(2021, 3, 28),
        """إيران والصين توقعان وثيقة تعاون شامل لمدة 25 عاما

طهران - «تسنيم»

وقع وزير الخارجية الإيراني محمد جواد ظريف ونظيره الصيني وانغ يي، أمس السبت في طهران، وثيقة التعاون الشامل بين البلدين لمدة خمسة وعشرين عاما، في ختام مباحثات عقدها الجانبان في مقر وزارة الخارجية الإيرانية، وصفها ظريف بأنها "خارطة طريق لشراكة طويلة الأمد".

وتنص الوثيقة، بحسب ما أعلنه المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده، على تعزيز التعاون في مجالات الطاقة والنقل والموانئ والصناعة والتقنية، إلى جانب التعاون الدفاعي والأمني وتبادل الخبرات، في إطار مبادرة «الحزام والطريق» التي أطلقتها بكين، من دون أن يكشف الطرفان عن حجم الاستثمارات المتوقعة.

وكان وانغ يي قد التقى صباحا الرئيس حسن روحاني، الذي أكد أن طهران "لن تنسى مواقف الصين الصديقة في الأوقات الصعبة"، مشيدا برفض بكين "العقوبات الأحادية الجائرة" التي تفرضها الولايات المتحدة.

وقال علي لاريجاني، مستشار المرشد الإيراني والمكلف من علي خامنئي بالإشراف على المفاوضات، إن الوثيقة "لا تتضمن أي بند يمنح الصين امتيازات في الجزر الإيرانية، ولا يسمح بنشر قوات عسكرية صينية على الأراضي الإيرانية"، ردا على ما وصفه بـ"شائعات" روجت لها وسائل إعلام معارضة في الخارج.

وكان الرئيس الصيني شي جين بينغ قد اقترح إعداد الوثيقة خلال زيارته طهران في يناير 2016، حين اتفق البلدان على رفع علاقاتهما إلى مستوى "الشراكة الاستراتيجية الشاملة"، في أعقاب دخول الاتفاق النووي حيز التنفيذ.

وتأتي الزيارة فيما لا تزال الجهود الرامية إلى إحياء الاتفاق النووي الموقع عام 2015 بين إيران والقوى الكبرى متعثرة، إذ تشترط طهران رفع العقوبات الأمريكية أولا، بينما تطالب إدارة الرئيس جو بايدن بعودة إيران إلى التزاماتها قبل أي خطوة.

وكانت إدارة الرئيس السابق دونالد ترامب قد انسحبت من الاتفاق عام 2018، وأعادت فرض العقوبات على قطاعي النفط والمصارف الإيرانيين، ما دفع طهران إلى البحث عن شركاء بديلين في الشرق.

وفي واشنطن، قال بايدن ردا على سؤال للصحافيين عن الاتفاق إنه "قلق منه منذ سنوات"، فيما لم تعلق الخارجية الأمريكية رسميا.

وانتقد الرئيس الأسبق محمود أحمدي نجاد التفاوض على الوثيقة "بعيدا عن أعين الشعب"، متسائلا عن سبب عدم عرضها على مجلس الشورى الإسلامي، فيما قال نواب محافظون إن المجلس سيطلع على تفاصيلها "في الوقت المناسب".

وفي شارع ولي عصر وسط طهران، قال سائق سيارة أجرة: "الصيني يبيعنا بضاعته بالسعر الذي يريده، ويشتري نفطنا بالسعر الذي يريده، لأنه يعرف أن لا أحد غيره يتعامل معنا".

وكان وانغ يي قد زار السعودية وتركيا قبل وصوله إلى طهران، في جولة إقليمية تشمل أيضا الإمارات وسلطنة عمان والبحرين، يرى محللون أنها تعكس سعي بكين إلى توسيع حضورها في الشرق الأوسط مع تراجع الاهتمام الأمريكي بالمنطقة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Iran", "China", "Mohammad Javad Zarif", "Wang Yi"],
                [],
            ),
            # Larijani's "ولا يسمح بنشر قوات عسكرية صينية على الأراضي الإيرانية",
            G("military.presence", "negated", ["China"], ["Iran"], core=False),
            # the ties raised to a comprehensive strategic partnership in January 2016,
            G(
                "relations.restored",
                "historical",
                ["Iran", "China", "Xi Jinping"],
                [],
                core=False,
            ),
            # the nuclear deal "الموقع عام 2015",
            G("agreement.signed", "historical", ["Iran"], [], core=False),
            # the efforts to revive it "متعثرة",
            G("agreement.signed", "stalled", ["Iran", _US], [], core=False),
            # Trump's sanctions "عام 2018",
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Iran"], core=False),
        ],
        not_targets=[
            "Saudi Arabia",
            "Turkey",
            "United Arab Emirates",
            "Oman",
            "Bahrain",
            "United States",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-aswatmaghariba-rabat-morocco-and-cuba-resume-ties-2017",
        date(2017, 4, 22),
        """المغرب وكوبا يستأنفان علاقاتهما الدبلوماسية بعد قطيعة دامت 37 عاما

الرباط - «أصوات مغاربية»

قرر المغرب وكوبا استئناف علاقاتهما الدبلوماسية على مستوى السفراء، بعد قطيعة استمرت سبعة وثلاثين عاما، بموجب اتفاق وقعه، أمس الجمعة في نيويورك، السفير الممثل الدائم للمملكة لدى الأمم المتحدة عمر هلال ونظيرته الكوبية أنايانسي رودريغيث كاميخو، بمقر البعثة المغربية.

وأفاد بيان مشترك صدر عقب التوقيع بأن البلدين "قررا إعادة علاقاتهما الدبلوماسية إلى مستوى السفراء"، على أن يعيدا فتح سفارتيهما في الرباط وهافانا خلال الأشهر المقبلة، في إطار "احترام مبادئ ميثاق الأمم المتحدة والقانون الدولي".

وتأتي الخطوة بعد أيام من زيارة خاصة قام بها الملك محمد السادس إلى كوبا، وهي الأولى من نوعها لعاهل مغربي، وأثارت حينها تساؤلات عن احتمال حدوث تقارب بين البلدين.

وكان المغرب قد قطع علاقاته مع كوبا عام 1980، احتجاجا على اعتراف هافانا بـ«الجمهورية العربية الصحراوية» التي أعلنتها جبهة البوليساريو من جانب واحد، ودعمها السياسي والعسكري للجبهة في عهد الرئيس الراحل فيدل كاسترو.

وقال مصدر دبلوماسي مغربي لـ«أصوات مغاربية» إن استئناف العلاقات "لا يعني تغيرا فوريا في الموقف الكوبي من قضية الصحراء"، لكنه "يفتح قناة للحوار المباشر بدل سياسة الكرسي الفارغ التي أثبتت محدوديتها".

ويندرج القرار ضمن سياسة دبلوماسية جديدة انتهجتها الرباط منذ عودتها إلى الاتحاد الأفريقي في يناير الماضي، بعد غياب دام ثلاثة وثلاثين عاما، وتقوم على الانفتاح على دول كانت تعد تقليديا من حلفاء البوليساريو.

كما استأنف المغرب علاقاته مع إيران عام 2014، بعد قطيعة دامت خمس سنوات، في حين لم يعد حتى الآن فتح سفارته في كاراكاس، المغلقة منذ عام 2009، في ظل استمرار دعم فنزويلا للجبهة.

ولم يصدر أي تعليق رسمي عن جبهة البوليساريو أو عن الجزائر، الداعم الرئيسي لها، على الخطوة، فيما اكتفت وسائل إعلام جزائرية بنقل الخبر من دون تعليق.

ويأتي ذلك فيما لا تزال المفاوضات بين المغرب وجبهة البوليساريو، برعاية الأمم المتحدة، متعثرة منذ آخر جولة غير رسمية عام 2012، وسط خلاف حول مقترح الحكم الذاتي الذي تطرحه الرباط والاستفتاء الذي تطالب به الجبهة.

وفي محل لبيع التبغ بشارع محمد الخامس في الرباط، قال البائع ضاحكا: "السيكار الكوبي كان كيوصلنا ديما من إسبانيا، إلى ولات التجارة مباشرة، الله يسهل، غادي يرخص شوية".

ويرى محللون أن الرباط تسعى إلى تقليص عزلة أطروحتها في أمريكا اللاتينية، حيث تعترف عدة دول بـ«الجمهورية الصحراوية»، في حين تراهن هافانا على تنويع شركائها الاقتصاديين في أفريقيا والعالم العربي، ولا سيما في مجالات الصحة والسياحة والسكر.""",
        [
            G("relations.restored", "occurred", ["Morocco", "Cuba"], []),
            G("agreement.signed", "occurred", ["Morocco", "Cuba"], []),
            # the embassies to reopen "خلال الأشهر المقبلة",
            G("relations.restored", "planned", ["Morocco", "Cuba"], [], core=False),
            # the return "إلى الاتحاد الأفريقي في يناير الماضي",
            G("alliance.joined", "historical", ["Morocco"], ["African Union"], core=False),
            # the ties with Iran resumed "عام 2014",
            G("relations.restored", "historical", ["Morocco", "Iran"], [], core=False),
            # the embassy in Caracas it "لم يعد حتى الآن فتح",
            G("relations.restored", "negated", ["Morocco"], ["Venezuela"], core=False),
            # the talks with the Polisario "متعثرة",
            G("agreement.signed", "stalled", ["Morocco", _POLISARIO], [], core=False),
        ],
        not_targets=[
            "United States",
            "Algeria",
            _POLISARIO,
            "Sahrawi Arab Democratic Republic",
            "Spain",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-almanar-caracas-bolivarian-militia-made-fifth-component-2020",
        date(2020, 1, 31),
        """فنزويلا تضم الميليشيا البوليفارية إلى قواتها المسلحة مكونا خامسا

كراكاس - «المنار»

أقرت الجمعية الوطنية التأسيسية في فنزويلا، أمس الخميس، تعديلا على القانون الدستوري للقوات المسلحة الوطنية البوليفارية، تضم بموجبه الميليشيا البوليفارية إلى صفوف القوات المسلحة بوصفها مكونا خامسا، إلى جانب الجيش والبحرية والطيران والحرس الوطني البوليفاري.

ووفقا للنص الذي صادقت عليه الجمعية بالإجماع، تخضع الميليشيا للقيادة الاستراتيجية العملياتية للقوات المسلحة، وتتولى مهام الدفاع الشعبي ودعم العمليات العسكرية وحماية المنشآت الحيوية، مع احتفاظ رئيس الجمهورية بصلاحية الإشراف المباشر عليها.

وقال رئيس الجمعية ديوسدادو كابيلو، خلال الجلسة، إن التعديل "يمنح الميليشيا المكانة الدستورية التي تستحقها، ويجعل الشعب المسلح جزءا لا يتجزأ من منظومة الدفاع عن الوطن"، مضيفا أن عدد المنتسبين إليها "تجاوز ثلاثة ملايين رجل وامرأة".

ورحب الرئيس نيكولاس مادورو بالقرار، وقال في كلمة بثها التلفزيون الرسمي إن الميليشيا "ستكون الدرع الذي يحمي الثورة البوليفارية من أي عدوان إمبريالي"، داعيا إلى تسليحها وتدريبها "في كل حي وكل مصنع".

وأكد وزير الدفاع فلاديمير بادرينو لوبيز أن القوات المسلحة "تستقبل رفاقها في الميليشيا بكل فخر"، مشيرا إلى أن وحداتها ستشارك في مناورات «درع بوليفار» المقررة الشهر المقبل.

وكان الرئيس الراحل هوغو تشافيز قد أنشأ الميليشيا عام 2008، قبل أن يلحقها بالقوات المسلحة بوصفها «هيئة خاصة» تابعة مباشرة لرئيس الجمهورية بموجب قانون صدر في العام التالي.

في المقابل، رفض رئيس الجمعية الوطنية خوان غوايدو، الذي تعترف به الولايات المتحدة ونحو ستين دولة رئيسا انتقاليا للبلاد، التعديل، ووصفه بأنه "محاولة لتسليح أنصار النظام وتحويلهم إلى جماعات مسلحة حزبية"، مؤكدا أن الجمعية التأسيسية "هيئة غير شرعية لا تلزم قراراتها أحدا".

وكانت روسيا قد أرسلت في مارس من العام الماضي نحو مئة عسكري إلى كراكاس على متن طائرتين، قالت إنهم يقدمون "خدمات فنية" لصيانة معدات روسية بموجب عقود قائمة، غير أن موسكو نفت مرارا أي نية لإقامة قاعدة عسكرية دائمة على الأراضي الفنزويلية.

وتخضع شركة النفط الوطنية «بتروليوس دي فنزويلا» منذ يناير من العام الماضي لعقوبات أمريكية مشددة، فرضتها إدارة الرئيس دونالد ترامب بهدف قطع مصادر تمويل حكومة مادورو.

ولا تزال المفاوضات بين الحكومة والمعارضة، التي رعتها النرويج في جزيرة بربادوس، متوقفة منذ سبتمبر الماضي، بعد أن علقت الحكومة مشاركتها فيها احتجاجا على العقوبات الأمريكية.

وفي حي بيتاري الشعبي شرقي العاصمة، قال بائع فطائر «أريبا»: "ابن أخي في الميليشيا، يتدربون يوم السبت ويأخذون كيس طعام، لكن الراتب لا يكفي لشراء حذاء، والناس هنا تفكر في الأكل قبل أي شيء".

ويرى محللون أن إضفاء الصفة الدستورية على الميليشيا يعزز قبضة مادورو على المؤسسة العسكرية، في وقت تتواصل فيه الضغوط الأمريكية لدفع الجيش إلى التخلي عنه، وتتفاقم فيه الأزمة الاقتصادية التي دفعت أكثر من أربعة ملايين فنزويلي إلى مغادرة البلاد.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Venezuela", "National Constituent Assembly (Venezuela)"],
                [_MILITIA],
            ),
            # Chávez who "قبل أن يلحقها بالقوات المسلحة بوصفها «هيئة خاصة»" in 2009,
            G(
                "forces.integrated",
                "historical",
                ["Venezuela", "Hugo Chávez"],
                [_MILITIA],
                core=False,
            ),
            # the Russian servicemen "في مارس من العام الماضي",
            G("military.presence", "historical", ["Russia"], ["Venezuela"], core=False),
            # "نفت مرارا أي نية لإقامة قاعدة عسكرية دائمة",
            G("military.presence", "negated", ["Russia"], ["Venezuela"], core=False),
            # PDVSA's sanctions "منذ يناير من العام الماضي",
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["PDVSA"], core=False),
            # the Barbados talks "متوقفة",
            G("agreement.signed", "stalled", ["Venezuela", "Juan Guaidó"], [], core=False),
        ],
        not_targets=["United States", "Russia", "Norway", "Barbados"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-rosalyoussef-ismailia-football-page-2019",
        date(2019, 12, 5),
        """الإسماعيلي يستأنف تدريباته استعدادا للمصري.. ولجنة المسابقات تغرم «الدراويش»

الإسماعيلية - «روز اليوسف»

فرضت لجنة المسابقات في اتحاد الكرة المصري غرامة مالية قدرها مئة ألف جنيه على النادي الإسماعيلي، بسبب إطلاق جماهيره الشماريخ في المدرجات خلال مباراة الفريق أمام المقاولون العرب على ملعب الإسماعيلية، كما أوقفت مدافع الفريق مباراتين لحصوله على البطاقة الحمراء.

وهددت اللجنة، في بيانها، بفرض عقوبات أشد قد تصل إلى خوض النادي مبارياته المقبلة دون جمهور، في حال تكرار الأحداث، مؤكدة أن استمرار عودة الجماهير إلى الملاعب "مرهون بالتزامها".

في المقابل، رفعت اللجنة الإيقاف عن لاعب وسط المصري البورسعيدي بعد قبول التظلم المقدم من ناديه، ليكون متاحا في مواجهة الإسماعيلي المرتقبة يوم السبت المقبل ضمن الجولة العاشرة من الدوري الممتاز.

واستأنف الفريق الأول بالنادي الإسماعيلي تدريباته أمس على ملعب الإسماعيلية بعد راحة يومين، تحت قيادة المدير الفني البرتغالي الذي وقع عقدا مع النادي مطلع الموسم لمدة عامين، وسط حضور عدد من أعضاء مجلس الإدارة.

وعلى صعيد الانتقالات، انضم المهاجم الغاني إلى صفوف الفريق بعد اجتيازه الكشف الطبي، فيما مددت الإدارة عقد حارس المرمى المخضرم لموسم إضافي، ووقعت اتفاقية رعاية مع شركة اتصالات تمتد ثلاث سنوات.

وكان اتحاد الكرة قد علق مسابقة الدوري أسبوعين بسبب ارتباط المنتخب الأولمبي ببطولة الأمم الأفريقية تحت 23 عاما التي استضافتها القاهرة الشهر الماضي، قبل أن تستأنف المنافسات الأسبوع الماضي.

وقرر مجلس إدارة النادي دمج فريقي مواليد 2003 و2004 في فريق واحد خلال ما تبقى من الموسم، بسبب كثرة الإصابات ونقص عدد اللاعبين، على أن يعاد الفصل بينهما الموسم المقبل.

ونشرت مديرية أمن الإسماعيلية قوات إضافية في محيط الملعب وعلى الطرق المؤدية إليه قبل مباراة السبت، في ظل السماح بحضور خمسة آلاف مشجع فقط.

وهدد رئيس النادي، في تصريحات لـ«روز اليوسف»، بالتقدم بشكوى إلى الاتحاد الأفريقي لكرة القدم «كاف» إذا لم يصرف اتحاد الكرة مستحقات النادي من البث التلفزيوني، مؤكدا أن "الإسماعيلي يعاني أزمة مالية خانقة، واللاعبون لم يتسلموا رواتبهم منذ شهرين".

وفي مقهى شعبي بحي الشيخ زايد، قال مشجع ستيني يرتدي قميص النادي الأصفر: "الدراويش طول عمرهم بيلعبوا كورة حلوة، بس الإدارة لازم تصرف على الفريق، مش كل موسم نبيع أحسن لعيب عندنا".

ويحتل الإسماعيلي المركز السابع في جدول الترتيب برصيد أربع عشرة نقطة، بفارق ثلاث نقاط عن المصري صاحب المركز الخامس، ويأمل الفريق في تحسين موقعه قبل التوقف الشتوي.""",
        [],
        not_targets=["Egypt", "Ghana", "Portugal", "African Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-khaberni-jerash-local-page-2023",
        date(2023, 7, 20),
        """بلدية جرش تغرم محال مخالفة وتمدد مهلة ترخيص البسطات قبل انطلاق المهرجان

جرش - «خبرني»

فرضت بلدية جرش الكبرى غرامات مالية على ثلاثين محلا تجاريا في السوق القديم ومحيط المدينة الأثرية، خلال حملة رقابية نفذتها لجان الصحة والمهن الأسبوع الماضي، وأغلقت مطعمين لعدم التزامهما بشروط النظافة وتخزين اللحوم.

وهدد رئيس البلدية، في لقاء مع ممثلي غرفة تجارة جرش، بسحب رخص المحال التي تتكرر مخالفاتها، مؤكدا أن الحملة "ستستمر طوال أيام مهرجان جرش للثقافة والفنون" الذي ينطلق نهاية الشهر الجاري.

ومددت البلدية مهلة ترخيص البسطات الموسمية على الطريق المؤدي إلى البوابة الجنوبية للمدينة الأثرية حتى منتصف الشهر المقبل، استجابة لمطالب أصحابها بمنحهم وقتا إضافيا لاستكمال الأوراق المطلوبة.

وعلقت سلطة المياه ضخ المياه عن أحياء في منطقتي سوف والمصطبة يومين بسبب أعمال صيانة على خط ناقل رئيسي، قبل أن تستأنف الضخ مساء أمس وفق برنامج التوزيع المعتاد.

ووقعت مديرية سياحة جرش اتفاقية مع جامعة جرش لتدريب طلبة قسم الإرشاد السياحي في المواقع الأثرية خلال فترة المهرجان، فيما انضمت البلدية إلى شبكة محلية للمدن الصديقة للبيئة أطلقتها وزارة الإدارة المحلية.

وقررت مديرية التربية والتعليم دمج مدرستين أساسيتين في لواء برما بسبب تراجع أعداد الطلبة، على أن ينقل المعلمون إلى مدارس مجاورة مع بداية العام الدراسي المقبل.

ونشرت مديرية شرطة جرش دوريات سير إضافية على طريق جرش عمان وقرب المدخل الرئيسي للمدينة الأثرية، لتنظيم حركة الزوار خلال المهرجان، الذي تشارك فيه هذا العام فرق فنون شعبية من تونس والمغرب وفلسطين.

ورفعت كوادر البلدية نحو مئة طن من النفايات من مخيم غزة والأحياء المحيطة به خلال عطلة نهاية الأسبوع، وأعادت فتح حديقة الشهداء بعد أعمال صيانة استمرت ثلاثة أشهر.

وقال رئيس البلدية لـ«خبرني» إن البلدية "تسعى إلى تقديم صورة تليق بجرش أمام ضيوفها"، داعيا التجار إلى "التعاون مع فرق الرقابة بدل الشكوى منها"، ومشيرا إلى أن أغلب المخالفات تتعلق بإشغال الأرصفة وعدم وضع الأسعار على البضائع.

وفي السوق القديم، قال بائع مخللات سبعيني وهو يرتب مرطبانات الزيتون: "إحنا بنستنى المهرجان من السنة للسنة، بس الغرامات صارت أكثر من الرزق، والله ما ضل إشي يطلع لنا".

وتستقبل جرش، التي تضم واحدة من أكبر المدن الرومانية المحفوظة في العالم، مئات الآلاف من الزوار سنويا، في حين تعاني بنيتها التحتية من ضغط متزايد في أشهر الصيف، ولا سيما في ما يتعلق بالمياه ومواقف السيارات.""",
        [],
        not_targets=["Jordan", "Tunisia", "Morocco", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-hapi-cairo-business-page-2024",
        date(2024, 8, 16),
        """البورصة المصرية تنهي تعاملات الأسبوع على ارتفاع.. وشركتان للأسمدة توقعان مذكرة للاندماج

القاهرة - «حابي»

وقعت شركتان مدرجتان في قطاع الأسمدة، أمس الخميس، مذكرة تفاهم غير ملزمة لدراسة الاندماج في كيان واحد، على أن تعين الشركتان مستشارا ماليا مستقلا لتقييم أصولهما خلال ستين يوما، تمهيدا لعرض الصفقة على الجمعيتين العامتين غير العاديتين.

وقال العضو المنتدب لإحدى الشركتين، في تصريحات لـ«حابي»، إن الاندماج "سيوفر نحو عشرين في المئة من تكاليف التشغيل"، مشيرا إلى أن الشركة وقعت أيضا عقدا مع شركة هندسية إيطالية لتطوير خط إنتاج اليوريا.

وفي المقابل، علقت إدارة البورصة التداول على سهم شركة عقارية مدرجة لمدة جلسة واحدة بانتظار إفصاح عن صفقة استحواذ، قبل أن يستأنف التداول على السهم أمس.

وفرضت الهيئة العامة للرقابة المالية غرامة مالية على شركة سمسرة لمخالفتها قواعد الإفصاح، وهددت بإيقاف نشاطها في حال تكرار المخالفة، فيما رفعت إحدى شركات الحديد أسعار منتجاتها بنحو ألفي جنيه للطن.

وانضمت شركة ناشئة في مجال المدفوعات الإلكترونية إلى برنامج الرعاية التابع للبنك المركزي المصري، كما انضم صندوق استثمار إماراتي إلى قائمة كبار المساهمين في شركة محلية للأغذية بحصة سبعة في المئة.

ومددت مصلحة الضرائب المصرية العمل بمبادرة التجاوز عن غرامات التأخير ثلاثة أشهر إضافية، لتشجيع الممولين على تسوية أوضاعهم.

ونشرت شركة للمقاولات فرقا هندسية إضافية في العاصمة الإدارية الجديدة لتسريع تسليم الوحدات السكنية، في حين جمدت شركة تطوير عقاري مشروعا سكنيا في الساحل الشمالي بسبب ارتفاع تكلفة مواد البناء.

وأغلق المؤشر الرئيسي للبورصة «إيجي إكس 30» على ارتفاع بنسبة 1.2 في المئة عند مستوى ثلاثين ألفا وخمسمئة نقطة، بدعم من مشتريات المستثمرين العرب، وبلغت قيمة التداول نحو أربعة مليارات جنيه.

وفي سوق الموسكي بوسط القاهرة، قال تاجر أقمشة خمسيني: "السوق نايم من ساعة الدولار ما طلع، الزبون بيسأل عن السعر ويمشي، وإحنا مستنيين الموسم".

ويتوقع محللون أن تواصل البورصة أداءها الإيجابي خلال الأسابيع المقبلة، في انتظار قرار لجنة السياسة النقدية بالبنك المركزي بشأن أسعار الفائدة، ونتائج أعمال الشركات عن الربع الثاني من العام.""",
        [],
        not_targets=["Egypt", "United Arab Emirates", "Italy"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout57_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout57_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # a request granted is done, not asked
    pytest.param(
        "وافق مجلس الأمن على طلب فرنسي لتعليق العقوبات المفروضة على ليبيا.",
        date(2018, 2, 7),
        [("sanctions.suspended", "occurred", "target:Libya")],
        [],
        id="a-request-granted-to-suspend",
    ),
    pytest.param(
        "طالبت فرنسا مجلس الأمن بتعليق العقوبات المفروضة على ليبيا.",
        date(2018, 2, 7),
        [],
        [],
        id="a-request-still-a-demand",
    ),
    # a round of sanctions, and its future verb
    pytest.param(
        "أعلنت الولايات المتحدة جولة جديدة من العقوبات على كوريا الشمالية.",
        date(2018, 2, 7),
        [("sanctions.imposed", "occurred", "target:North Korea")],
        [],
        id="a-new-round-of-sanctions",
    ),
    pytest.param(
        "قال نائب الرئيس إن الولايات المتحدة ستكشف قريبا عن أشد جولة من العقوبات على كوريا الشمالية.",
        date(2018, 2, 7),
        [("sanctions.imposed", "planned", "target:North Korea")],
        [],
        id="a-round-to-be-unveiled",
    ),
    pytest.param(
        "ستعلن الولايات المتحدة قريبا حزمة من العقوبات على كوريا الشمالية.",
        date(2018, 2, 7),
        [("sanctions.imposed", "planned", "target:North Korea")],
        [],
        id="a-package-to-be-announced",
    ),
    pytest.param(
        "بدأت في جنيف جولة محادثات بشأن العقوبات على كوريا الشمالية.",
        date(2018, 2, 7),
        [],
        [],
        id="a-round-of-talks-on-sanctions",
    ),
    # what is expected, past a long subject and an aside
    pytest.param(
        "ومن المنتظر أن يوافق قادة الدول الأعضاء، خلال قمتهم في بروكسل، على تمديد العقوبات على روسيا.",
        date(2021, 6, 21),
        [("sanctions.extended", "planned", "target:Russia")],
        [],
        id="expected-past-a-subject-and-an-aside",
    ),
    # a force annexed to the army, in any tense
    pytest.param(
        "تضم الحكومة الفنزويلية الميليشيا البوليفارية إلى قواتها المسلحة.",
        date(2020, 1, 30),
        [("forces.integrated", "occurred", "Venezuela")],
        [],
        id="annexed-to-its-armed-forces",
    ),
    pytest.param(
        "تضم البعثة جنودا من تنزانيا وملاوي إلى جانب الجيش الكونغولي.",
        date(2024, 2, 15),
        [],
        [],
        id="a-mission-that-includes-soldiers",
    ),
    # what measures include, and a treaty extended
    pytest.param(
        "مدد الاتحاد الأوروبي إجراءاته التقييدية على القرم عاما، وتشمل الإجراءات حظر استيراد النفط الإيراني.",
        date(2021, 6, 21),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="what-the-measures-include",
    ),
    pytest.param(
        "مدد الاتحاد الأوروبي يوم الاثنين العقوبات على روسيا ستة أشهر، وتشمل العقوبات حظر استيراد النفط.",
        date(2021, 6, 21),
        [("sanctions.extended", "occurred", "target:Russia")],
        [],
        id="an-extension-then-what-the-sanctions-include",
    ),
    pytest.param(
        "وتشمل الإجراءات حظر استيراد المنتجات القادمة من القرم.",
        date(2021, 6, 21),
        [],
        [],
        id="the-measures-include-a-ban",
    ),
    pytest.param(
        "مددت الولايات المتحدة وروسيا معاهدة «ستارت الجديدة» خمس سنوات.",
        date(2021, 2, 3),
        [],
        [],
        id="a-treaty-extended",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout57_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout57_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
