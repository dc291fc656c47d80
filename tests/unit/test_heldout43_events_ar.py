"""A forty-third, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-two held-out sets: contemporary Arabic copy of 2014-2025, as today's wires and
papers carry it (a Beirut daily, "بيروت - «الديار»", with a depositor's "مصرياتنا راحت، وهلق بدن
يعاقبوه؟" in Hamra; a UPI Arabic wire run with its dateline in the first paragraph, "سيدني (يو بي
آي) -", with an Egyptian doctor's "الناس هنا مبسوطة إن الانتخابات جاية" in Suva; a Yemeni site,
"عدن - «يمن مونيتور»", with a Hodeidah importer's "البنوك برع وقفت التحويلات … والحين ارتحنا شوية";
a Jordanian daily's wire round-up, "بروكسل - «الأنباط» - وكالات", with an Iraqi grocer's "والله الناس
هنا ما يدرون شنو صاير" in Molenbeek; a Mauritanian site, "نواكشوط - «السراج» - وكالات", with a
Trarza trader's Hassaniya "الحالة زينة، ماهي كيف أيام يحيى" in Serrekunda; a Bahraini daily with
its honorifics, "صاحب السمو الملكي … ولي العهد رئيس مجلس الوزراء" and "سموه", "واشنطن - «البلاد»",
with a Muharraq pensioner's "والأمريكان من زمان هني"; an Iranian Arabic daily, "طهران - «الوفاق»",
with a Dubai Creek shipper's "الشغل بين دبي وبندر عباس عمره ما وقف"; a Libyan site, "طرابلس -
«المرصد»", with an Abu Salim grocer's "المهم ما ترجعش الحرب للحوش"; a Baghdad site, "بغداد -
«العالم الجديد»", with a Shorja draper's "احنا شبعنا من الجيوش والقواعد"; a Beirut daily's
basketball page, "بيروت - «البناء»", with a supporter's "اللعيبة الأجانب عم يفلوا"; an Aswan local
page of a Cairo weekly, "أسوان - «الأسبوع»", with a spice seller's "الحر السنة دي صعب قوي"; a Muscat
business page, "مسقط - «أثير»", with a Mutrah draper's "الإيجارات غالية وايد") and on programmes
and regions they do not touch (the joint US, British and Canadian sanctions of August 2023 on Riad
Salameh and four of his circle, Australia lifting its sanctions on Fiji before the elections of
2014, the Treasury's one-month licence suspending the Houthi sanctions in January 2021, the
European Union's Iran human-rights regime prolonged to April 2025 beside the drone regime it
agreed to widen, the Gambia back in the Commonwealth in February 2018, the US-Bahrain C-SIA of
September 2023, the UAE raising its representation in Tehran to an ambassador in August 2022, the
Stability Support Apparatus merged into Libya's defence ministry after the Tripoli clashes of May
2025 beside the Security Council's threat of sanctions, and NATO's mission in Iraq to grow to
about four thousand in February 2021). Nine carry events of all ten alertable types, mostly in
occurred status, two core events planned (the drone regime "أن يوسع الاتحاد نظام العقوبات الخاص
بالطائرات المسيرة الإيرانية ليشمل الصواريخ", and NATO's mission that "سيوسع … ليرتفع عدد أفرادها
… إلى نحو أربعة آلاف"), next to historical, negated and stalled ones; three are near misses: a
Beirut basketball page (a player "أوقفت" and a club fined "فرضت", a coach's ban "رفعت", the
federation that "هدد … بفرض عقوبات" on clubs, an American and a Jordanian player "انضم" and "وقع", a
Serbian coach's contract "مدد", a club that "أعاد العلاقات مع رابطة مشجعيه", youth championships
"دمج", security forces that "ستنشر" two hundred men, a bank sponsorship "وقعت", a sponsorship
"علقت", a volleyball league "علق" and to "تستأنف", a baseball memorandum with the Korean federation
"وقع"), an Aswan local page (rubbish "رفعت", a lorry ban "فرضت … حظرا", a solar contract with a
Chinese company "وقعت", water "علقت" and to "يستأنف", villages that "انضمت" to an initiative, a
library that "أعادت … فتح", a deadline "مددت", medical teams "نشرت", a dust warning "رفعت", fines
"هددت بفرض", Nile boats to Wadi Halfa that "استأنفت" with Sudanese arrivals, flights to
"ستستأنف", merged schools) and a Muscat business page (two banks that "وقع" a merger memorandum, a
stock "علقت" and another resumed, a listing "انضمت", a hydrogen deal with a South Korean company
"وقعت", a refinery resumed, a rate "رفع", price caps "فرضت", a deadline "مددت" and fines "هددت
بفرض", a Qatari fund that "انضم", an Indian distributor, fares "رفعت", a German maintenance deal,
flights to Beirut resumed).

The decisions of the annotation, taken before any run: three states that "فرضت … أمس الخميس، في
خطوة منسقة، عقوبات على حاكم مصرف لبنان السابق رياض سلامة" impose sanctions (core; the United
States, the United Kingdom, Canada and the Treasury the actors, Salameh and his brother, assistant,
partner and son, the four not in the knowledge base, the targets; not Lebanon nor the Banque du
Liban, whose governor he was, nor Ukraine, his partner's nationality), "ولم تفرض الخزانة … أي
عقوبات على مصرف لبنان بصفته مؤسسة" a negated imposition, the freeze of March 2022 by French,
German and Luxembourg judges a historical one, Lebanon's final agreement with the IMF "متعثرا" a
stalled signing; a government that "أعلنت … رفع العقوبات المفروضة على فيجي" lifts them (core;
Australia and Julie Bishop, not in the knowledge base, the actors, Fiji the target), the
sanctions imposed after the coup of 2006 and tightened in 2009 a historical imposition, "لم ترفع
نيوزيلندا حتى الآن القيود" a negated lifting, the military attaché to be named, Fiji's suspension
from the Pacific Islands Forum and the Commonwealth's eased suspension no events of a watched type;
a Treasury that "أعلنت … تعليق العقوبات المفروضة على جماعة الحوثيين لمدة شهر" suspends them
(core; the United States, its Treasury and OFAC the actors, the Houthis the target; the three
leaders excluded from the licence are no targets of it), Pompeo's designation in force since last
Tuesday a historical imposition, "واشنطن لم تلغ التصنيف حتى الآن" a negated lifting, the UN peace
consultations "متعثرة" a stalled signing between the Houthis and Yemen's government; a Council that
"قرر … تمديد العمل بالإجراءات التقييدية المفروضة على إيران" for a year extends them (core; the
European Union and its Council the actors, Iran and the Revolutionary Guard the targets), the
drone regime the members agreed "أن يوسع الاتحاد … ليشمل الصواريخ" a planned imposition (core;
the European Union and Josep Borrell the actors, Iran the target; not Israel, the attacked), the
regime of April 2011 a historical imposition, "لم يرفع أيا من الأسماء" a negated lifting, the
Guard's terrorist listing the ministers did not agree on a negated imposition, the nuclear talks
"متعثرة" a stalled signing; a state that "انضمت … مجددا، أمس الخميس، إلى رابطة الكومنولث" joins
it (core; the Gambia and Adama Barrow, the Commonwealth the organisation joined), its joining at
independence in 1965 a historical joining, "لم تعد المالديف … إلى المنظمة حتى الآن" a negated
joining, ECOWAS's forces, mostly Senegalese, in the country since January 2017 a historical
presence, the readmission talks with the European Union "متعثرة" a stalled signing; two states that
"وقع … أمس الأربعاء، اتفاقية التكامل الأمني والازدهار الشامل" sign (core; Bahrain and the United
States, Salman bin Hamad and Antony Blinken), the defence cooperation agreement of 1991 a
historical signing, the Fifth Fleet's headquarters in Manama since 1995 a historical presence,
"نفى مسؤول أمريكي … أن تتضمن الاتفاقية نشر قوات أمريكية إضافية في البحرين" a negated presence,
the Saudi defence treaty talks "متعثرة" a stalled signing, other states that may join one day no
joining; a state that "أعلنت … رفع مستوى تمثيلها الدبلوماسي في … إيران إلى درجة سفير" restores
ties (core; the United Arab Emirates and Iran; its ambassador who "سيستأنف مهامه" is the same
restoration told again), Kuwait's ambassador accredited days before a historical restoration, the
Saudi-Iranian talks in Baghdad "متعثرة" a stalled restoration, "ولم تستأنف البحرين … علاقاتها مع
طهران" a negated one, the Vienna talks no event; a prime minister who "أصدر … قرارا بدمج وحدات
«جهاز دعم الاستقرار» في وزارة الدفاع" integrates them (core; Libya and Abdul Hamid Dbeibah the
actors, the Stability Support Apparatus, not in the knowledge base, the target), a Council that
"هدد … بفرض عقوبات على الأفراد أو الكيانات في ليبيا" threatens them (core; the Security Council
the actor, Libya, whose people they are, the target), the Deterrence apparatus that "رفض
الاندماج في الوزارة" a negated integration, the arms embargo of 2011 a historical imposition, the
Turkish forces in western Libya since 2020 a historical presence and the memorandum signed with
the former Accord government a historical signing, the army's unification with Haftar's forces
"متعثرة" a stalled integration, a shop that "أعاد فتح أبوابه" no event; an alliance that
"سيوسع بعثته التدريبية في العراق ليرتفع عدد أفرادها … إلى نحو أربعة آلاف" plans a presence (core;
NATO and Jens Stoltenberg in Iraq; the mission "ستبقى غير قتالية" is no negation of it), the
mission launched in October 2018 a historical presence, the coalition's troops at the Erbil base
a historical presence of the United States, "لم يوقع العراق والحلف حتى الآن أي اتفاقية" a negated
signing, the strategic dialogue on a withdrawal "متعثرا" a stalled signing, the mission that
"علقت … أنشطتها" after Soleimani's killing no suspension of sanctions; a basketball page's bans,
fines, a lifted ban, threats to clubs, transfers, contracts, a club's ties with its fans, merged
championships, security men at a derby, sponsorships signed and suspended, a league suspended and
resumed and a baseball memorandum, a local page's rubbish, lorry ban, solar contract, water cut
and resumed, villages joining an initiative, a library reopened, a deadline, medical teams, a
warning lifted, fines threatened, Nile boats and flights resumed, an aid agreement and merged
schools, and a business page's merger memorandum, suspended and resumed stocks, a listing,
contracts with foreign firms, a rate and fares raised, price caps, a deadline, fines threatened,
a fund joining a capital and flights resumed are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them. One annotation was changed after the run, because it
broke the set's own convention of naming the participants as the truth is: the integration of
ar-hl08 had left out the Government of National Unity (Libya), in the knowledge base, whose prime
minister issues the decree ("رئيس حكومة الوحدة الوطنية"); it is now an actor beside Libya and
Dbeibah. Before that change the same run gave P 0.400 R 0.545 F1 0.462 (recall 6/11, precision
6/15), the integration counted missed and unexpected; no other annotation was touched.

Measured before any fix (2026-12-03, on commit 880420f), in one run: events P 0.467 R 0.636 F1
0.538 (recall 7/11, precision 7/15: seven alerts right, eight wrong, three of them false alarms
that share a name with a quiet gold event and five unexpected alerts; occurred core found 7/9, planned
0/2; historical 12/14, negated 9/10 and stalled 8/8 kept quiet by the scorer's count, the two
historical and the one negated "lost" being the false alarms below, raised by other sentences).
Four core events are missed: in ar-hl04 the planned widening, "اتفقت من حيث المبدأ على أن يوسع
الاتحاد نظام العقوبات الخاص بالطائرات المسيرة الإيرانية ليشمل الصواريخ", gives nothing: the imposition
triggers of ``rasd/events/lexicons/ar.triggers.yaml`` hold the past «وسع، وسعت» and the masdar
«توسيع» but not the present «يوسع» («سيوسع», «أن يوسع») ("قرر الاتحاد الأوروبي توسيع العقوبات على
إيران" is read, and "سيفرض الاتحاد الأوروبي عقوبات جديدة على إيران" is a planned imposition); in ar-hl06 "وقع صاحب السمو الملكي الأمير سلمان بن حمد
آل خليفة ولي العهد رئيس مجلس الوزراء، ووزير الخارجية الأمريكي أنتوني بلينكن، في العاصمة الأمريكية
واشنطن أمس الأربعاء، اتفاقية التكامل الأمني" gives nothing: the honorifics and offices put
«اتفاقية» (not the accusative «اتفاقا», which has a window of 24) past the ten-word window of the
past «وقع» in ``ar.triggers.yaml`` ("وقع الأمير سلمان بن حمد آل خليفة … مذكرة تفاهم" is read); in
ar-hl07 the lead "أعلنت دولة الإمارات … رفع مستوى تمثيلها الدبلوماسي في الجمهورية الإسلامية
الإيرانية إلى درجة سفير" gives nothing: ``representation_noun`` of
``rasd/events/lexicons/ar.cues.yaml`` holds «مستوى التمثيل» but not the noun with a possessive
suffix, «مستوى تمثيلها» ("رفع مستوى التمثيل الدبلوماسي" is read), and the headline's "الإمارات
تعيد سفيرها إلى طهران", read as occurred alone, comes out historical with Kuwait for a second
actor: ``_merge`` in ``rasd/events/extractor.py`` joins it to Kuwait's restoration of days
before ("أعادت الكويت بتعيينه علاقاتها مع طهران … للمرة الأولى منذ عام 2016"), which shares Iran,
and the joined event keeps the background status; in ar-hl09 "أن الحلف سيوسع بعثته التدريبية في
العراق ليرتفع عدد أفرادها من خمسمئة إلى نحو أربعة آلاف" gives nothing: a mission enlarged is no
``military.presence`` trigger of ``ar.triggers.yaml`` ("سينشر حلف شمال الأطلسي ألف جندي إضافي في
كوسوفو" is). Eight wrong alerts and one wrong target: in ar-hl01 the imposition has the Banque du
Liban for a target beside Salameh: the roles of ``rasd/events/roles.py`` take the organisation
named in the target's title ("حاكم مصرف لبنان السابق رياض سلامة") for a target of its own (the
title after the name, "رياض سلامة، حاكم مصرف لبنان السابق", is clean); in ar-hl02 the headline's
"وتمهد لتطبيع العلاقات قبل الانتخابات" is a planned restoration between Australia and Fiji: the
masdar after the «ل» of purpose («لتطبيع») is a plan still ahead for ``_purpose`` in
``rasd/events/status.py``, whatever governs it, while a government that "تمهد" for ties makes no
decision; in ar-hl03 "ريثما تنهي الإدارة الأمريكية الجديدة مراجعة قرار
تصنيفها منظمة إرهابية أجنبية" is an occurred imposition by the United States: the nominal
«تصنيف» of a designation under review (the object of "مراجعة قرار") is read as a new designation
(a false alarm of the historical one); in ar-hl04 the lead's "وتشمل تجميد الأصول وحظر السفر على
أكثر من مئتين … بينها وحدات في الحرس الثوري الإيراني" is a new freeze on the Guard: the clause that
describes the measures just extended is a second sanctions event, since ``_resolve`` in
``extractor.py`` folds a freeze into the extension only when it is the extension's own object (a
false alarm of the negated terrorist listing, which shares the Guard), and the Iraqi grocer's "كل
يوم عقوبات جديدة وبيانات، واحنا خايفين الحرب تكبر وتوصل للعراق" is an imposition by Iraq: the
nominal «عقوبات جديدة» of the lexicon fires inside a passer-by's quoted speech, and the state in a
later clause of the quote becomes its actor; in ar-hl08 "هدد مجلس الأمن الدولي، في بيان صحفي صدر
بالإجماع مساء أمس، بفرض عقوبات" is found as a threat but its «بفرض», after the aside, is also an
occurred imposition by the Council (a false alarm of the historical arms embargo): the threat
swallows «بفرض» only when it follows close ("هددت الولايات المتحدة بفرض عقوبات" is one threat); in
ar-hl10 "وأعلن نادي بيروت أنه أعاد العلاقات مع رابطة مشجعيه" is a restoration by Lebanon: a club
(«نادي» before a city or a club of the knowledge base) restoring ties stands for its state ("أعاد
فريق الفيصلي العلاقات مع رابطة مشجعيه" is quiet), and "ووقع الاتحاد اللبناني للبيسبول مذكرة تفاهم
مع نظيره الكوري" is a signing with Lebanon for a target: the ``sport`` cue group of
``ar.cues.yaml`` lists football, basketball, handball, volleyball, chess and others but not
baseball, so the federation is its demonym's state; in ar-hl12 "ووقعت شركة تنمية طاقة عمان
اتفاقية مع شركة كورية جنوبية لتطوير مشروع للهيدروجين الأخضر في منطقة الدقم" is a signing by Oman:
once Duqm tells «عمان» Oman from Amman, the state named at the end of a company's name (not in the
knowledge base) is the signing party ("ووقعت شركة نفط محلية اتفاقية …" is quiet). Eleven strict
xfails on ten articles (four on core events found, seven on wrong alerts, ar-hl04 in both); do
not tune lexicons on these articles. Every cause has sentences of its own in ``RULES``, strict
xfails until fixed (fourteen), beside nine that pass.

Also seen, not scored: in ar-hl01 the freeze of March 2022 gives nothing, the negated imposition
on the bank is found negated, and the stalled IMF agreement comes out historical (its "في أبريل 2022"); in ar-hl02 the historical imposition comes
out stalled with no target; in ar-hl03 the historical designation has Donald Trump for target
("لإدارة الرئيس دونالد ترامب") and the suspension no OFAC; in ar-hl04 the extension has Iran but
not the Guard for target; in ar-hl05 the joining is found by the headline's "تعود" and the
historical and negated joinings give nothing; in ar-hl06 the stalled Saudi talks come out as a
stalled signing with Bahrain for actor and Israel among the targets ("ويتزامن توقيع الاتفاقية مع
محادثات …"); in ar-hl07 the stalled Saudi-Iranian talks are a stalled signing, not a stalled
restoration, and Bahrain's negated restoration gives nothing; in ar-hl08 the integration's
targets are the unlinked "وزارة الدفاع" and the Security Council (from the next paragraph), not
the Stability Support Apparatus, not in the knowledge base, and the threat has no target; in
ar-hl09 the negated status agreement is found negated with Iraq alone.

``python -m tests.unit.test_heldout43_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 1.000 R 0.818 F1 0.900 (recall 9/11,
precision 9/9). Fixed as general causes: the present «يوسع» widens sanctions as «وسع» does, and a
force's own mission widened abroad («سيوسع بعثته في …») is a presence (ar.triggers.yaml); the
representation nouns with the state's pronoun («مستوى تمثيلها») (ar.cues.yaml); honorifics and
titles around a signer's name («صاحب السمو الملكي … ولي العهد») count for nothing in the reach
(``_needs_met``, rasd/events/extractor.py); a way paved («تمهد لتطبيع») is no plan, a designation
under review («مراجعة قرار تصنيفها») no new measure, and what extended measures include («وتشمل
تجميد الأصول») no new freeze (rasd/events/status.py); a circumstance set off by commas between a
threat and its «بفرض» does not split them (``_resolve``); baseball and a club's supporters are
sport, and sport quiets a restoration too; a state closing a company's name («شركة تنمية طاقة
عمان») and a body in a sanctioned person's title («حاكم مصرف لبنان») are no parties
(rasd/events/roles.py); a body named by its common noun after «أن» («أن الحلف سيوسع») is the one
the reporting clause named (roles.py). Left: the drone regime's widening read as done, not planned («اتفقت من حيث
المبدأ على أن يوسع الاتحاد»), the Bahraini signing whose object follows a second subject and an
aside, and a designation under review told with the subject between. Since set 44's round, the
headline's restoration is no longer merged with Kuwait's of days before (a headline is not demoted
by a past event) and a passer-by's quoted «عقوبات جديدة» is no act. Since set 45's round (F1
0.952, recall 10/11): an accord right after a comma that closes its signers' names and titles
(«وقع صاحب السمو الملكي … ، ووزير الخارجية الأمريكي …، في … أمس الأربعاء، اتفاقية …») is what
they signed, and a review verb with its subject before «قرار تصنيف» («وتراجع الإدارة الأمريكية قرار
تصنيف») leaves the designation unmade; the drone regime's widening stays missed: «يوسع الاتحاد»
takes the union the report named, and the sentence before names only the Council.
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

_EU = "European Union"
_US = "United States"
_UK = "United Kingdom"
_UNSC = "United Nations Security Council"
_TREASURY = "United States Department of the Treasury"
_OFAC = "Office of Foreign Assets Control"
_SSA = "Stability Support Apparatus"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-aldiyar-us-uk-canada-sanctions-riad-salameh-2023",
        date(2023, 8, 11),
        """واشنطن ولندن وأوتاوا تفرض عقوبات على رياض سلامة وأربعة من المقربين منه

بيروت - «الديار»

فرضت الولايات المتحدة وبريطانيا وكندا، أمس الخميس، في خطوة منسقة، عقوبات على حاكم مصرف لبنان السابق رياض سلامة وشقيقه رجا ومساعدته السابقة ماريان الحويك وشريكته الأوكرانية آنا كوساكوفا ونجله ندي، متهمة إياهم بالفساد واستغلال موقعه على رأس المصرف المركزي طوال ثلاثة عقود لإثراء أنفسهم على حساب الدولة اللبنانية.

وقالت وزارة الخزانة الأمريكية في بيان إن سلامة "أساء استخدام منصبه، منتهكا على الأرجح القانون اللبناني، لإثراء نفسه وشركائه"، عبر تحويل مئات ملايين الدولارات من خلال شركات وهمية إلى حسابات في أوروبا، لافتة إلى أن الإجراء يجمد أي أصول يملكها المشمولون في الولايات المتحدة ويحظر على الأمريكيين التعامل معهم.

وأوضح البيان أن العقوبات، التي اتخذت بالتنسيق مع لندن وأوتاوا، جاءت بعد أقل من أسبوعين على مغادرة سلامة منصبه في الحادي والثلاثين من يوليو، وتسلم نائبه الأول وسيم منصوري مهام الحاكم بالإنابة، في ظل الشغور المستمر في رئاسة الجمهورية وتعذر تعيين خلف له.

ولم تفرض الخزانة، بحسب مسؤول أمريكي تحدث للصحفيين، أي عقوبات على مصرف لبنان بصفته مؤسسة، مؤكدا أن واشنطن "تميز بين الأشخاص والمؤسسة" وأنها تواصل التعامل مع الإدارة الجديدة للمصرف.

وكانت السلطات القضائية في فرنسا وألمانيا ولوكسمبورغ قد جمدت في مارس 2022 أصولا تعود لسلامة ومقربين منه بقيمة مئة وعشرين مليون يورو، في إطار تحقيقات بشبهات اختلاس وتبييض أموال، قبل أن تصدر قاضية تحقيق فرنسية في مايو الماضي مذكرة توقيف دولية بحقه، تبعتها مذكرة مماثلة من ميونيخ.

من جهته، نفى سلامة مجددا، في بيان وزعه مكتبه الإعلامي، كل الاتهامات الموجهة إليه، واعتبر أن العقوبات "مبنية على ادعاءات إعلامية"، مؤكدا أنه سيطعن بها "بالطرق القانونية المتاحة"، وأن ثروته "مصدرها عمله السابق في القطاع المصرفي قبل توليه الحاكمية".

ويأتي القرار في وقت لا يزال فيه الاتفاق النهائي بين لبنان وصندوق النقد الدولي متعثرا، بعد أكثر من عام على التوصل إلى اتفاق على مستوى الخبراء في أبريل 2022، بسبب تأخر البرلمان في إقرار قوانين إعادة هيكلة المصارف والكابيتال كونترول.

وفي شارع الحمرا، حيث تصطف فروع المصارف التي تقيد سحب الودائع منذ خريف 2019، قال مودع ستيني كان ينتظر دوره أمام أحد الفروع: "مصرياتنا راحت، وهلق بدن يعاقبوه؟ خلّي يرجعولنا ياهن أول، نحنا ما بدنا عقوبات، بدنا حقنا".

ورأى مصرفيون أن العقوبات لن تغير كثيرا في مسار التحقيقات القضائية المفتوحة في لبنان والخارج، لكنها تبعث برسالة إلى الطبقة السياسية مفادها أن المجتمع الدولي لم يعد مستعدا للتغاضي عن ملف الانهيار المالي، الذي تصفه هيئات دولية بأنه من الأسوأ في العالم منذ منتصف القرن التاسع عشر.

وفقدت الليرة اللبنانية أكثر من ثمانية وتسعين في المئة من قيمتها منذ بدء الأزمة، فيما يعيش أكثر من ثمانين في المئة من السكان تحت خط الفقر، وفق تقديرات الأمم المتحدة.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _UK, "Canada", _TREASURY],
                [
                    "Riad Salameh",
                    "Raja Salameh",
                    "Marianne Hoayek",
                    "Anna Kosakova",
                    "Nady Salameh",
                ],
            ),
            # "ولم تفرض الخزانة … أي عقوبات على مصرف لبنان بصفته مؤسسة",
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Banque du Liban"], core=False),
            # the freeze of March 2022 by French, German and Luxembourg judges,
            G(
                "sanctions.imposed",
                "historical",
                ["France", "Germany", "Luxembourg"],
                ["Riad Salameh"],
                core=False,
            ),
            # the final agreement with the IMF "متعثرا",
            G(
                "agreement.signed",
                "stalled",
                ["Lebanon", "International Monetary Fund"],
                [],
                core=False,
            ),
        ],
        not_targets=["Lebanon", "Banque du Liban", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-upi-australia-lifts-fiji-sanctions-before-elections-2014",
        date(2014, 3, 31),
        """أستراليا ترفع العقوبات عن فيجي وتمهد لتطبيع العلاقات قبل الانتخابات

سيدني (يو بي آي) - أعلنت الحكومة الأسترالية، اليوم الاثنين، رفع العقوبات المفروضة على فيجي منذ الانقلاب العسكري الذي قاده الأميرال فرانك باينيماراما في ديسمبر 2006، معتبرة أن الحكومة المؤقتة في سوفا أحرزت "تقدما ملموسا" نحو إجراء انتخابات ديمقراطية في سبتمبر المقبل.

وقالت وزيرة الخارجية جولي بيشوب، في بيان صدر في كانبرا بعد عودتها من زيارة إلى الجزيرة استمرت يومين، إن قرار الحكومة يشمل إلغاء حظر السفر الذي طال أعضاء الحكومة العسكرية وكبار الضباط وأسرهم، ورفع القيود المفروضة على التعاون الدفاعي بين البلدين، مضيفة أن أستراليا "تريد أن تكون شريكا لفيجي في مرحلة العودة إلى الديمقراطية".

وكانت كانبرا قد فرضت العقوبات بعد أيام من الانقلاب، وشددتها عام 2009 إثر إلغاء باينيماراما الدستور وإقالته القضاة وتأجيله الانتخابات، ما أدى إلى طرد المفوض السامي الأسترالي من سوفا وتراجع العلاقات إلى أدنى مستوياتها منذ استقلال الجزيرة عام 1970.

وأوضحت بيشوب أن الحكومة ستعين قريبا ملحقا عسكريا في سوفا، وأنها ستدعم لجنة الانتخابات الفيجية بخبراء ومعدات، على أن يبقى برنامج المساعدات التنموية على حاله هذا العام.

في المقابل، لم ترفع نيوزيلندا حتى الآن القيود التي تفرضها على سفر المسؤولين الفيجيين، وقال وزير خارجيتها موراي ماكولي إن ولينغتون "ستراجع موقفها بعد الاقتراع"، رغم تخفيفها بعض الإجراءات الخاصة بالطلاب والرياضيين خلال العام الماضي.

ورحب باينيماراما، الذي يستعد لخوض الانتخابات على رأس حزب جديد، بالخطوة الأسترالية، وقال في تصريحات لإذاعة محلية إنها "تصحيح لسياسة فاشلة لم تضر إلا بالشعب الفيجي"، مجددا انتقاده لما وصفه بـ"تدخل" الجارتين الكبيرتين في شؤون بلاده.

ولا تزال فيجي معلقة العضوية في منتدى جزر المحيط الهادئ منذ عام 2009، فيما خففت رابطة الكومنولث تعليق عضويتها العام الماضي، في انتظار نتائج الانتخابات.

ويقول محللون إن التقارب الأسترالي يأتي أيضا في ظل تنامي النفوذ الصيني في جنوب المحيط الهادئ، إذ عززت بكين خلال سنوات القطيعة حضورها في فيجي عبر القروض ومشاريع البنية التحتية والمنح الدراسية.

وفي سوفا، قال طبيب مصري يعمل في المستشفى الرئيسي منذ أربع سنوات: "الناس هنا مبسوطة إن الانتخابات جاية، والكلام عن السياسة بقى أسهل من الأول، بس أهم حاجة عندهم السياحة والشغل، والأستراليين أكتر ناس بييجوا هنا".

ويعتمد اقتصاد فيجي، البالغ عدد سكانها نحو تسعمئة ألف نسمة، على السياحة وصادرات السكر والمياه المعدنية وتحويلات المغتربين، وتعد أستراليا أكبر شريك تجاري لها ومصدرا رئيسيا للسياح.""",
        [
            G("sanctions.lifted", "occurred", ["Australia", "Julie Bishop"], ["Fiji"]),
            # the sanctions after the coup of 2006, tightened in 2009,
            G("sanctions.imposed", "historical", ["Australia"], ["Fiji"], core=False),
            # "لم ترفع نيوزيلندا حتى الآن القيود",
            G("sanctions.lifted", "negated", ["New Zealand"], ["Fiji"], core=False),
        ],
        not_targets=["Australia", "New Zealand", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-yemenmonitor-treasury-licence-suspends-houthi-sanctions-month-2021",
        date(2021, 1, 26),
        """واشنطن تعلق العقوبات على الحوثيين شهرا لمراجعة تصنيفهم منظمة إرهابية

عدن - «يمن مونيتور»

أعلنت وزارة الخزانة الأمريكية، مساء الاثنين، تعليق العقوبات المفروضة على جماعة الحوثيين (أنصار الله) لمدة شهر، عبر ترخيص عام يجيز حتى السادس والعشرين من فبراير المقبل معظم المعاملات التي تشمل الجماعة أو الكيانات التي تملكها، ريثما تنهي الإدارة الأمريكية الجديدة مراجعة قرار تصنيفها منظمة إرهابية أجنبية.

وأوضح مكتب مراقبة الأصول الأجنبية التابع للوزارة أن الترخيص يستثني التعاملات مع القادة الثلاثة المدرجين بالاسم، وهم زعيم الجماعة عبد الملك الحوثي وشقيقه عبد الخالق والقيادي عبد الله يحيى الحاكم، مشيرا إلى أن الأموال المجمدة قبل صدوره تبقى مجمدة.

وكان وزير الخارجية السابق مايك بومبيو قد صنف الجماعة منظمة إرهابية أجنبية في الأيام الأخيرة لإدارة الرئيس دونالد ترامب، ودخل القرار حيز التنفيذ الثلاثاء الماضي، رغم تحذيرات الأمم المتحدة ومنظمات الإغاثة من أنه قد يدفع البلاد إلى مجاعة واسعة، إذ يعتمد اليمن على الاستيراد في تأمين نحو تسعين في المئة من غذائه.

وقال متحدث باسم وزارة الخارجية إن الإدارة "تتحرك بأسرع ما يمكن" لإنهاء المراجعة، لكنه أوضح أن واشنطن لم تلغ التصنيف حتى الآن، وأن "سلوك الحوثيين المزعزع للاستقرار" لا يزال موضع قلق.

ورحبت الحكومة اليمنية المعترف بها دوليا بتمسك واشنطن بالعقوبات على قادة الجماعة، فيما اعتبر القيادي الحوثي محمد علي الحوثي في تغريدة أن "التراجع عن التصنيف هو الخطوة الصحيحة الوحيدة".

وفي المقابل، لا تزال مشاورات السلام التي ترعاها الأمم المتحدة متعثرة، بعد أكثر من عامين على اتفاق ستوكهولم بشأن الحديدة، الذي لم ينفذ معظم بنوده، في ظل استمرار المعارك على أطراف مأرب.

وقال مسؤولون في منظمات إنسانية إن الترخيص يمنح المستوردين والمصارف متنفسا مؤقتا، لكن "شهرا واحدا لا يكفي لطمأنة شركات الشحن والتأمين"، داعين إلى إلغاء التصنيف نهائيا.

وفي ميناء الحديدة، قال مستورد للقمح والسكر: "التجار كانوا خايفين، البنوك برع وقفت التحويلات والبواخر تأخرت، والحين ارتحنا شوية، بس ما حد يدري بعد الشهر إيش بيحصل، والناس ما عاد تقدر تتحمل أكثر".

ويعيش أكثر من عشرين مليون يمني على المساعدات، بحسب الأمم المتحدة، التي تصف الوضع في البلاد بأنه أسوأ أزمة إنسانية في العالم، فيما تراجع الريال اليمني إلى مستويات قياسية في مناطق الحكومة خلال الأشهر الماضية.""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY, _OFAC], ["Houthis"]),
            # Pompeo's designation, in force since last Tuesday,
            G("sanctions.imposed", "historical", [_US, "Mike Pompeo"], ["Houthis"], core=False),
            # "واشنطن لم تلغ التصنيف حتى الآن",
            G("sanctions.lifted", "negated", [_US], ["Houthis"], core=False),
            # the UN peace consultations "متعثرة",
            G("agreement.signed", "stalled", ["Houthis", "Yemen"], [], core=False),
        ],
        not_targets=["Yemen", "Saudi Arabia", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-alanbat-eu-prolongs-iran-human-rights-regime-drone-regime-to-widen-2024",
        date(2024, 4, 16),
        """الاتحاد الأوروبي يمدد عقوباته على إيران بسبب حقوق الإنسان ويستعد لتوسيع نظام المسيرات

بروكسل - «الأنباط» - وكالات

قرر مجلس الاتحاد الأوروبي، أمس الاثنين، تمديد العمل بالإجراءات التقييدية المفروضة على إيران بسبب انتهاكات حقوق الإنسان لمدة عام إضافي، حتى الثالث عشر من أبريل 2025، وتشمل تجميد الأصول وحظر السفر على أكثر من مئتين وعشرين شخصا وأربعة وثلاثين كيانا، بينها وحدات في الحرس الثوري الإيراني وقوات الباسيج وشرطة الأخلاق.

وقال المجلس في بيان إن القرار يأتي في ظل "استمرار القمع العنيف للاحتجاجات السلمية والارتفاع الحاد في عدد أحكام الإعدام"، مشيرا إلى أن الإجراءات تتضمن أيضا حظرا على تصدير المعدات التي قد تستخدم في القمع الداخلي أو في مراقبة الاتصالات.

وأوضح البيان أن المجلس لم يرفع أيا من الأسماء المدرجة على القائمة خلال المراجعة السنوية، بعد أن شطب العام الماضي اسمي شخصين متوفيين.

وكان الاتحاد قد أنشأ هذا النظام في أبريل 2011 ردا على قمع الاحتجاجات التي أعقبت الانتخابات الرئاسية عام 2009، ثم وسعه بشكل كبير منذ خريف 2022 بعد وفاة الشابة مهسا أميني في أثناء احتجازها لدى شرطة الأخلاق.

وفي سياق متصل، أعلن منسق السياسة الخارجية في الاتحاد جوزيب بوريل، عقب اجتماع لوزراء الخارجية في لوكسمبورغ، أن الدول الأعضاء اتفقت من حيث المبدأ على أن يوسع الاتحاد نظام العقوبات الخاص بالطائرات المسيرة الإيرانية ليشمل الصواريخ ونقلها إلى وكلاء طهران في المنطقة، وذلك بعد الهجوم الذي شنته إيران على إسرائيل ليل السبت الماضي بمئات المسيرات والصواريخ.

وقال بوريل للصحفيين إن "الأعمال التحضيرية بدأت"، وإن الخطوة ستعرض على القمة الأوروبية في بروكسل هذا الأسبوع، دون أن يحدد موعدا لاعتمادها رسميا.

في المقابل، لم يتوصل الوزراء إلى توافق بشأن إدراج الحرس الثوري الإيراني على قائمة الاتحاد للمنظمات الإرهابية، إذ أوضح بوريل أن ذلك يتطلب قرارا قضائيا من إحدى الدول الأعضاء يثبت تورطه في أنشطة إرهابية.

ونددت وزارة الخارجية الإيرانية بقرار التمديد، ووصف المتحدث باسمها ناصر كنعاني العقوبات بأنها "غير قانونية ومسيسة"، مؤكدا أن طهران "ستتخذ الإجراءات المناسبة للرد".

وتأتي هذه الخطوات بينما لا تزال المفاوضات الرامية إلى إحياء الاتفاق النووي المبرم عام 2015 متعثرة منذ صيف 2022، في ظل اتهامات أوروبية لطهران بتوسيع تخصيب اليورانيوم وتقليص تعاونها مع الوكالة الدولية للطاقة الذرية.

وفي حي مولنبيك في بروكسل، قال تاجر عراقي يملك محلا للمواد الغذائية: "والله الناس هنا ما يدرون شنو صاير، كل يوم عقوبات جديدة وبيانات، واحنا خايفين الحرب تكبر وتوصل للعراق، أهلنا هناك هم تعبانين".

ويقول دبلوماسيون إن العقوبات الأوروبية على إيران باتت تشمل أنظمة متعددة تتعلق بحقوق الإنسان والانتشار النووي والمسيرات، فيما تدرس عواصم عدة إجراءات إضافية تتعلق بدعم طهران لروسيا في حربها على أوكرانيا.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_EU, "Council of the European Union"],
                ["Iran", "Islamic Revolutionary Guard Corps"],
            ),
            # "أن يوسع الاتحاد نظام العقوبات الخاص بالطائرات المسيرة الإيرانية ليشمل الصواريخ",
            G("sanctions.imposed", "planned", [_EU, "Josep Borrell"], ["Iran"]),
            # the regime of April 2011,
            G("sanctions.imposed", "historical", [_EU], ["Iran"], core=False),
            # "لم يرفع أيا من الأسماء المدرجة",
            G(
                "sanctions.lifted",
                "negated",
                [_EU, "Council of the European Union"],
                ["Iran"],
                core=False,
            ),
            # no consensus on listing the Guard as a terrorist organisation,
            G(
                "sanctions.imposed",
                "negated",
                [_EU],
                ["Islamic Revolutionary Guard Corps"],
                core=False,
            ),
            # the nuclear talks "متعثرة منذ صيف 2022",
            G("agreement.signed", "stalled", ["Iran", _EU], [], core=False),
        ],
        not_targets=["Israel", "Iraq", "Russia", "Ukraine"],
        known_miss=(
            "the drone regime the members agreed «أن يوسع» to missiles: the present «يوسع» is no"
            " imposition trigger (ar.triggers.yaml)"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-alsiraj-gambia-rejoins-commonwealth-2018",
        date(2018, 2, 9),
        """غامبيا تعود إلى الكومنولث بعد أربع سنوات ونصف من انسحاب جامع

نواكشوط - «السراج» - وكالات

انضمت غامبيا مجددا، أمس الخميس، إلى رابطة الكومنولث، لتصبح العضو الثالث والخمسين في المنظمة التي تضم بريطانيا ومعظم مستعمراتها السابقة، بعد أكثر من أربع سنوات على انسحابها منها بقرار من الرئيس السابق يحيى جامع.

وأعلنت الأمينة العامة للرابطة باتريشيا سكوتلاند عودة البلاد خلال مراسم أقيمت في مقر الأمانة العامة في لندن، بحضور وزير الخارجية الغامبي أوسينو داربو، وقالت إن "عودة غامبيا إلى العائلة يوم سعيد للكومنولث ولشعبها".

وكان الرئيس أداما بارو قد تقدم بطلب العودة بعد أسابيع من توليه السلطة مطلع العام الماضي، في إطار سياسة تهدف إلى إنهاء العزلة التي عاشتها البلاد خلال حكم سلفه الذي استمر اثنين وعشرين عاما، وقال في بيان وزعته الرئاسة في بانجول إن الخطوة "تعيد غامبيا إلى مكانها الطبيعي بين الأمم".

وانضمت غامبيا إلى الرابطة عند استقلالها عام 1965، قبل أن يعلن جامع في أكتوبر 2013 الانسحاب منها، واصفا إياها بأنها "مؤسسة استعمارية جديدة"، في وقت كانت فيه بلاده تواجه انتقادات متزايدة بسبب انتهاكات حقوق الإنسان.

في المقابل، لم تعد المالديف، التي أعلنت انسحابها من الرابطة في أكتوبر 2016 احتجاجا على الضغوط المتعلقة بأوضاع الديمقراطية فيها، إلى المنظمة حتى الآن، في ظل الأزمة السياسية المتفاقمة في ماليه.

وتنتشر في غامبيا منذ يناير 2017 قوات تابعة للمجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، معظمها من السنغال، دخلت البلاد لإرغام جامع على القبول بنتائج الانتخابات ومغادرة السلطة، ولا تزال تتولى حماية المؤسسات الرئيسية في العاصمة.

وفي سياق آخر، لا تزال المحادثات بين بانجول والاتحاد الأوروبي بشأن اتفاق لإعادة المهاجرين غير النظاميين متعثرة، بسبب رفض شعبي واسع لترحيل الشباب الغامبيين من أوروبا، إذ تشكل تحويلاتهم مصدرا رئيسيا لدخل آلاف الأسر.

وفي سوق سيريكوندا، حيث يدير موريتانيون عشرات المتاجر الصغيرة منذ عقود، قال تاجر من ولاية الترارزة: "الناس هون فرحانين والحالة زينة، ماهي كيف أيام يحيى، لكن السوق باقي ضعيف والفلوس ما تدور".

ويرى مراقبون أن عودة غامبيا إلى الكومنولث تفتح أمامها أبواب برامج التعاون الفني والمنح الدراسية، كما تتيح لها المشاركة في قمة رؤساء حكومات الرابطة المقررة في لندن في أبريل المقبل.

ويبلغ عدد سكان غامبيا، أصغر دول البر الأفريقي مساحة، نحو مليوني نسمة، ويعتمد اقتصادها على الزراعة والسياحة وتحويلات المهاجرين.""",
        [
            G(
                "alliance.joined",
                "occurred",
                ["Gambia", "Adama Barrow"],
                ["Commonwealth of Nations"],
            ),
            # its joining at independence in 1965,
            G("alliance.joined", "historical", ["Gambia"], ["Commonwealth of Nations"], core=False),
            # "لم تعد المالديف … إلى المنظمة حتى الآن",
            G("alliance.joined", "negated", ["Maldives"], ["Commonwealth of Nations"], core=False),
            # ECOWAS's forces, mostly Senegalese, since January 2017,
            G(
                "military.presence",
                "historical",
                ["Economic Community of West African States", "Senegal"],
                ["Gambia"],
                core=False,
            ),
            # the readmission talks with the EU "متعثرة",
            G("agreement.signed", "stalled", ["Gambia", _EU], [], core=False),
        ],
        not_targets=["Mauritania", "Senegal", _UK],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-albilad-bahrain-us-sign-c-sia-washington-2023",
        date(2023, 9, 14),
        """البحرين والولايات المتحدة توقعان اتفاقية التكامل الأمني والازدهار الشامل

واشنطن - «البلاد»

وقع صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، ووزير الخارجية الأمريكي أنتوني بلينكن، في العاصمة الأمريكية واشنطن أمس الأربعاء، اتفاقية التكامل الأمني والازدهار الشامل بين مملكة البحرين والولايات المتحدة الأمريكية، التي تعد الأولى من نوعها بين واشنطن ودولة في المنطقة.

وتنص الاتفاقية على تعزيز التعاون في مجالات الدفاع والأمن والاستخبارات، وتوسيع الشراكة في التجارة والاستثمار والتقنيات الناشئة، بما فيها الذكاء الاصطناعي وأشباه الموصلات، كما تتيح لدول أخرى الانضمام إليها مستقبلا.

وقال سموه عقب التوقيع إن الاتفاقية "تمثل نقلة نوعية في علاقات تاريخية تمتد لأكثر من سبعة عقود"، مؤكدا أنها "تسهم في ترسيخ الأمن والاستقرار في المنطقة". فيما أكد بلينكن أن واشنطن "ملتزمة بردع أي اعتداء خارجي على المملكة"، وأن الاتفاقية تؤسس "لإطار يمكن أن يتوسع ليشمل شركاء آخرين".

وتأتي الاتفاقية امتدادا لاتفاقية التعاون الدفاعي التي وقعها البلدان عام 1991 بعد تحرير الكويت، فيما تستضيف المملكة منذ عام 1995 مقر القيادة المركزية للقوات البحرية الأمريكية والأسطول الخامس في منطقة الجفير.

ونفى مسؤول أمريكي رفيع، في إحاطة للصحفيين، أن تتضمن الاتفاقية نشر قوات أمريكية إضافية في البحرين، موضحا أنها "لا تنشئ التزامات دفاعية على غرار معاهدات حلف الأطلسي"، وأن تنفيذها سيتم عبر لجان مشتركة تجتمع دوريا.

ويتزامن توقيع الاتفاقية مع محادثات تجريها واشنطن مع الرياض بشأن معاهدة دفاعية واتفاق للتعاون النووي المدني، لا تزال متعثرة بسبب الخلاف حول شروط التطبيع مع إسرائيل والمطالب المتعلقة بإقامة دولة فلسطينية.

كما تأتي في وقت تشهد فيه المنطقة تحركات دبلوماسية متسارعة لخفض التوترات، وبعد أشهر من الهجمات التي استهدفت السفن التجارية في البحر الأحمر وخليج عمان.

وفي المحرق، قال موظف متقاعد كان يتابع الأخبار في أحد المقاهي الشعبية: "إن شاء الله تكون خير على الديرة، احنا نبي الأمن ونبي الشغل لعيالنا، والأمريكان من زمان هني".

ويرى محللون أن الاتفاقية تمثل نموذجا قد تعتمده واشنطن مع دول أخرى في الخليج، إذ تجمع بين الضمانات الأمنية والحوافز الاقتصادية دون الحاجة إلى موافقة مجلس الشيوخ، كونها ليست معاهدة رسمية.

وتجاوز حجم التبادل التجاري بين البلدين ملياري دولار العام الماضي، فيما تعد البحرين أول دولة خليجية ترتبط باتفاقية تجارة حرة مع الولايات المتحدة، دخلت حيز التنفيذ عام 2006.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Bahrain", _US, "Salman bin Hamad Al Khalifa", "Antony Blinken"],
                [],
            ),
            # the defence cooperation agreement of 1991,
            G("agreement.signed", "historical", ["Bahrain", _US], [], core=False),
            # the Fifth Fleet's headquarters since 1995,
            G(
                "military.presence",
                "historical",
                [_US, "United States Fifth Fleet"],
                ["Bahrain"],
                core=False,
            ),
            # "نفى مسؤول أمريكي … أن تتضمن الاتفاقية نشر قوات أمريكية إضافية في البحرين",
            G("military.presence", "negated", [_US], ["Bahrain"], core=False),
            # the Saudi defence treaty talks "متعثرة",
            G("agreement.signed", "stalled", [_US, "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Israel", "Kuwait", "Palestine", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alwifaq-uae-raises-tehran-representation-to-ambassador-2022",
        date(2022, 8, 22),
        """الإمارات تعيد سفيرها إلى طهران بعد ست سنوات من خفض التمثيل

طهران - «الوفاق»

أعلنت دولة الإمارات العربية المتحدة، أمس الأحد، رفع مستوى تمثيلها الدبلوماسي في الجمهورية الإسلامية الإيرانية إلى درجة سفير، بعد ست سنوات من خفضه إثر الاعتداء على السفارة السعودية في طهران مطلع عام 2016.

وقالت وزارة الخارجية والتعاون الدولي الإماراتية، في بيان نقلته وكالة أنباء الإمارات، إن السفير سيف محمد الزعابي سيستأنف مهامه في طهران خلال الأيام المقبلة، موضحة أن الخطوة تأتي "في إطار حرص الدولة على تعزيز العلاقات مع الجمهورية الإسلامية الإيرانية، بما يحقق المصالح المشتركة للبلدين الجارين والمنطقة".

ورحب المتحدث باسم الخارجية الإيرانية ناصر كنعاني بالقرار، واصفا إياه بأنه "خطوة إيجابية في مسار تعزيز الثقة بين دول المنطقة"، ومؤكدا أن طهران "تمد يدها إلى جميع جيرانها". وكان وزير الخارجية حسين أمير عبد اللهيان قد أجرى الشهر الماضي اتصالا هاتفيا بنظيره الإماراتي الشيخ عبد الله بن زايد، بحثا خلاله سبل تطوير العلاقات الثنائية.

وتأتي الخطوة الإماراتية بعد أيام من تسلم الخارجية الإيرانية أوراق اعتماد السفير الكويتي الجديد بدر عبد الله المنيخ، الذي أعادت الكويت بتعيينه علاقاتها مع طهران إلى مستوى السفراء للمرة الأولى منذ عام 2016.

في المقابل، لا تزال المحادثات السعودية الإيرانية التي تستضيفها بغداد متعثرة، بعد خمس جولات لم تفض إلى اتفاق على استئناف العلاقات الدبلوماسية المقطوعة منذ أكثر من ست سنوات، وإن كان الجانبان يؤكدان استمرار التواصل.

ولم تستأنف البحرين، التي قطعت علاقاتها مع طهران في يناير 2016 تضامنا مع الرياض، علاقاتها مع الجمهورية الإسلامية حتى الآن، فيما تتبادل المنامة وطهران الاتهامات بشأن التدخل في الشؤون الداخلية.

ويقول مراقبون إن أبوظبي حافظت خلال سنوات خفض التمثيل على علاقات اقتصادية واسعة مع إيران، إذ تعد الإمارات أحد أكبر الشركاء التجاريين للجمهورية الإسلامية، وتقيم فيها جالية إيرانية كبيرة، خصوصا في دبي.

وعلى ضفاف خور دبي، حيث تنطلق السفن الخشبية المحملة بالبضائع نحو الموانئ الإيرانية، قال تاجر من أصول إيرانية يعمل في نقل البضائع منذ ثلاثين عاما: "الشغل بين دبي وبندر عباس عمره ما وقف، بس هالشي يريح الناس، ويمكن يخلي الأمور أسهل في التأشيرات والتحويلات".

وتتزامن الخطوة مع مفاوضات فيينا الرامية إلى إحياء الاتفاق النووي، التي يتوقع دبلوماسيون أن تحسم خلال الأسابيع المقبلة، بعد أن قدم الاتحاد الأوروبي نصا نهائيا للطرفين الإيراني والأمريكي.

ويرى محللون أن عودة السفراء الخليجيين إلى طهران تعكس توجها إقليميا نحو خفض التصعيد، بعد سنوات من التوتر الذي بلغ ذروته بالهجمات على ناقلات النفط في مياه الخليج عام 2019 والضربات التي استهدفت منشآت أرامكو في أبقيق وخريص.""",
        [
            G("relations.restored", "occurred", ["United Arab Emirates"], ["Iran"]),
            # Kuwait's ambassador accredited days before,
            G("relations.restored", "historical", ["Kuwait"], ["Iran"], core=False),
            # the Saudi-Iranian talks in Baghdad "متعثرة",
            G("relations.restored", "stalled", ["Saudi Arabia", "Iran"], [], core=False),
            # "ولم تستأنف البحرين … علاقاتها مع الجمهورية الإسلامية حتى الآن",
            G("relations.restored", "negated", ["Bahrain"], ["Iran"], core=False),
        ],
        not_targets=["Saudi Arabia", "Bahrain", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-almarsad-dbeibah-merges-ssa-into-defence-unsc-threatens-sanctions-2025",
        date(2025, 5, 19),
        """الدبيبة يقرر دمج «دعم الاستقرار» في وزارة الدفاع ومجلس الأمن يلوح بعقوبات

طرابلس - «المرصد»

أصدر رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، أمس الأحد، قرارا بدمج وحدات «جهاز دعم الاستقرار» في وزارة الدفاع ورئاسة الأركان العامة، وإلغاء القرارات السابقة المتعلقة بتبعيته الإدارية، وذلك بعد أسبوع من الاشتباكات التي شهدتها العاصمة إثر مقتل رئيس الجهاز عبد الغني الككلي المعروف بـ"غنيوة".

ونص القرار على نقل عناصر الجهاز ومعداته ومقراته في أحياء أبوسليم وصلاح الدين إلى الوزارة، وإخضاعهم لإعادة تقييم أمنية خلال ثلاثة أشهر، على أن يحال من يثبت تورطه في انتهاكات إلى النائب العام.

وقال الدبيبة في كلمة متلفزة إن "زمن الأجهزة الموازية انتهى"، وإن "الدولة وحدها تحتكر السلاح"، متعهدا بأن يشمل المسار جميع التشكيلات المسلحة في غرب البلاد دون استثناء.

غير أن «جهاز الردع لمكافحة الجريمة المنظمة والإرهاب»، الذي يسيطر على مطار معيتيقة، رفض الاندماج في الوزارة، معتبرا في بيان أن القرار "يستهدف تصفية حسابات سياسية"، ما أثار مخاوف من جولة جديدة من المواجهات.

وفي نيويورك، هدد مجلس الأمن الدولي، في بيان صحفي صدر بالإجماع مساء أمس، بفرض عقوبات على الأفراد أو الكيانات في ليبيا التي تهدد السلام أو الاستقرار أو الأمن أو تعرقل العملية السياسية، داعيا الأطراف إلى الحفاظ على الهدنة التي أعلنت الخميس الماضي.

وأشار المجلس إلى أن حظر الأسلحة الذي فرضه على ليبيا عام 2011 لا يزال ساريا، مطالبا الدول الأعضاء بالامتناع عن تزويد أي طرف بالسلاح. وتنتشر في غرب ليبيا منذ مطلع عام 2020 قوات ومستشارون عسكريون أتراك بموجب مذكرة التفاهم الأمنية الموقعة مع حكومة الوفاق السابقة.

وقالت المبعوثة الأممية هانا تيتيه إن البعثة "تتابع بقلق التحشيدات في محيط العاصمة"، مؤكدة أن توحيد المؤسسة العسكرية "لا يمكن أن يتم بقرارات منفردة". ولا تزال المحادثات بين طرابلس والجيش الوطني الليبي بقيادة خليفة حفتر بشأن توحيد الجيش متعثرة، رغم اجتماعات اللجنة العسكرية المشتركة 5+5 التي لم تحقق تقدما يذكر منذ أشهر.

وفي حي أبوسليم، الذي شهد أعنف المواجهات، قال صاحب محل للمواد الغذائية أعاد فتح أبوابه أمس: "الناس تبي الأمان وبس، تعبنا من الرصاص كل شوية، اللي يبي يدمج يدمج، المهم ما ترجعش الحرب للحوش".

وأسفرت الاشتباكات عن مقتل ثمانية أشخاص على الأقل، بحسب مركز طب الطوارئ، فيما خرج مئات المتظاهرين إلى ميدان الشهداء مطالبين برحيل الحكومة وإجراء انتخابات عامة.

ويرى محللون أن القرار يمثل اختبارا لقدرة الحكومة على فرض سيطرتها على العاصمة، في ظل تشابك مصالح التشكيلات المسلحة مع المؤسسات الاقتصادية والمالية.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Libya", "Abdul Hamid Dbeibah", "Government of National Unity (Libya)"],
                [_SSA],
            ),
            G("sanctions.threatened", "occurred", [_UNSC], ["Libya"]),
            # the Deterrence apparatus that "رفض الاندماج في الوزارة",
            G(
                "forces.integrated",
                "negated",
                ["Libya"],
                ["Special Deterrence Force"],
                core=False,
            ),
            # the arms embargo of 2011,
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # Turkish forces in western Libya since 2020, under the memorandum with the GNA,
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
            G("agreement.signed", "historical", ["Turkey", "Libya"], [], core=False),
            # the army's unification with Haftar's forces "متعثرة",
            G(
                "forces.integrated",
                "stalled",
                ["Libya", "Libyan National Army", "Khalifa Haftar"],
                [],
                core=False,
            ),
        ],
        not_targets=["Turkey", "United Nations Support Mission in Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alalamaljadeed-nato-to-expand-iraq-mission-to-four-thousand-2021",
        date(2021, 2, 19),
        """الناتو يرفع عدد أفراد بعثته في العراق إلى نحو أربعة آلاف

بغداد - «العالم الجديد»

أعلن الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ، أمس الخميس، أن الحلف سيوسع بعثته التدريبية في العراق ليرتفع عدد أفرادها من خمسمئة إلى نحو أربعة آلاف، وأنها ستمتد إلى مؤسسات أمنية خارج بغداد، وذلك بطلب من الحكومة العراقية.

وقال ستولتنبرغ، في مؤتمر صحفي عقب اجتماع افتراضي لوزراء دفاع الدول الأعضاء، إن التوسيع "سيتم تدريجيا" وإن البعثة "ستبقى غير قتالية، تقدم المشورة والتدريب لقوات الأمن العراقية بهدف منع عودة تنظيم داعش"، مضيفا أن الحلف "يحترم بالكامل سيادة العراق ووحدة أراضيه".

وأطلق الحلف بعثته في العراق في أكتوبر 2018 بناء على طلب بغداد، وتتولى الدنمارك قيادتها منذ نوفمبر الماضي، فيما علقت البعثة أنشطتها مؤقتا مطلع العام الماضي بعد مقتل قائد فيلق القدس قاسم سليماني بضربة أمريكية قرب مطار بغداد.

ورحب رئيس الوزراء مصطفى الكاظمي بالقرار في اتصال هاتفي مع ستولتنبرغ، وقال مكتبه في بيان إن الجانبين بحثا "آليات تطوير قدرات القوات الأمنية العراقية"، مؤكدا أن الوجود الأجنبي في البلاد "سيقتصر على التدريب والاستشارة".

وفي المقابل، لم يوقع العراق والحلف حتى الآن أي اتفاقية تحدد الوضع القانوني لأفراد البعثة، بحسب مصدر في وزارة الخارجية، الذي أوضح أن المسألة "لا تزال قيد النقاش بين الجانبين".

ويأتي الإعلان بعد ثلاثة أيام من هجوم صاروخي استهدف مطار أربيل الدولي وقاعدة يتمركز فيها جنود من التحالف الدولي، أسفر عن مقتل متعاقد مدني وإصابة جندي أمريكي، وتبنته جماعة تطلق على نفسها اسم "سرايا أولياء الدم".

كما يأتي في وقت لا يزال فيه الحوار الاستراتيجي بين بغداد وواشنطن بشأن جدول انسحاب القوات الأمريكية متعثرا، بعد أن خفضت الإدارة السابقة عدد جنودها في العراق إلى ألفين وخمسمئة، فيما تطالب قوى سياسية وفصائل مسلحة بتنفيذ قرار البرلمان الصادر في يناير 2020 بإخراج القوات الأجنبية.

وانتقدت كتلة نيابية مقربة من الفصائل قرار الحلف، معتبرة أنه "التفاف على إرادة الشعب العراقي"، في حين رأى نواب آخرون أن تعزيز التدريب "حاجة فعلية" لقوات ما زالت تلاحق خلايا التنظيم في المناطق الصحراوية.

وفي سوق الشورجة وسط بغداد، قال بائع أقمشة: "احنا شبعنا من الجيوش والقواعد، بس إذا جايين يدربون جيشنا زين، المهم ما يصير البلد ساحة لتصفية الحسابات بين الأمريكان والإيرانيين".

ويقول خبراء إن توسيع البعثة يسمح بنقل جزء من مهام التحالف الدولي بقيادة الولايات المتحدة إلى إطار متعدد الأطراف، أقل حساسية في الداخل العراقي.""",
        [
            G("military.presence", "planned", ["NATO", "Jens Stoltenberg"], ["Iraq"]),
            # the mission launched in October 2018,
            G("military.presence", "historical", ["NATO"], ["Iraq"], core=False),
            # the coalition's troops at the Erbil base,
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
            # "لم يوقع العراق والحلف حتى الآن أي اتفاقية",
            G("agreement.signed", "negated", ["Iraq", "NATO"], [], core=False),
            # the strategic dialogue on the withdrawal "متعثرا",
            G("agreement.signed", "stalled", [_US, "Iraq"], [], core=False),
        ],
        not_targets=["Iran", "Denmark"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-albinaa-beirut-basketball-page-2019",
        date(2019, 2, 20),
        """البناء الرياضي

بيروت - «البناء»

كرة السلة: الاتحاد يوقف لاعب الحكمة ويغرم الرياضي

أوقفت اللجنة الإدارية في الاتحاد اللبناني لكرة السلة لاعب الحكمة أربع مباريات، وفرضت على نادي الرياضي بيروت غرامة مالية قدرها خمسة عشر مليون ليرة، على خلفية الإشكال الذي وقع في الربع الأخير من مباراة الفريقين على ملعب غزير الأحد الماضي. وهدد الاتحاد بفرض عقوبات أقسى، قد تصل إلى حسم نقاط وإقامة المباريات دون جمهور، على الأندية التي تتكرر فيها الشتائم الطائفية على المدرجات.

في المقابل، رفعت اللجنة العقوبة عن مدرب هومنتمن بعد قبول الاعتراض الذي تقدم به النادي، ليعود إلى مقاعد البدلاء في مواجهة بيروت الخميس المقبل.

سوق اللاعبين

وانضم لاعب الارتكاز الأمريكي إلى صفوف الشانفيل بديلا للمصاب، فيما وقع نادي المتحد طرابلس عقدا مع صانع ألعاب أردني حتى نهاية الموسم. ومدد الحكمة عقد مدربه الصربي موسما إضافيا، بعد أن قاد الفريق إلى صدارة المرحلة الأولى.

وأعلن نادي بيروت أنه أعاد العلاقات مع رابطة مشجعيه إلى طبيعتها بعد أشهر من القطيعة، إثر اجتماع مصالحة عقد في مقر النادي برعاية وزير الشباب والرياضة.

الفئات العمرية

وقرر الاتحاد دمج بطولتي الناشئين في الشمال والجنوب في بطولة واحدة اعتبارا من الموسم المقبل، لتقليص الكلفة على الأندية الصغيرة وزيادة عدد المباريات.

الأمن

وأعلنت قوى الأمن الداخلي أنها ستنشر أكثر من مئتي عنصر في محيط ملعب نهاد نوفل في زوق مكايل خلال قمة الحكمة والرياضي، مع منع إدخال الشماريخ والأعلام الحزبية.

الرعاية

ووقعت إدارة الرياضي اتفاقية رعاية مع مصرف محلي لثلاثة مواسم، في خطوة لافتة في ظل الأزمة التي تضرب القطاع المصرفي، فيما علقت شركة مشروبات رعايتها لنادي أنيبال زحلة بسبب تأخر مستحقاتها.

المنتخب

واستأنف المنتخب الوطني تدريباته في مجمع نهاد نوفل استعدادا للنافذة الأخيرة من التصفيات الآسيوية المؤهلة إلى كأس العالم، ويلاقي الأردن وسوريا على أرضه الشهر المقبل، وانضم إلى التشكيلة لاعبان مجنسان.

من المدرجات

وقال أحد مشجعي الرياضي بعد المباراة: "والله صار بدها صبر، كل أسبوع غرامة وكل أسبوع توقيف، واللعيبة الأجانب عم يفلوا لأنو ما عم يقبضوا، بدنا حدا يحمي اللعبة".

كرة الطائرة

وعلى صعيد الكرة الطائرة، علق الاتحاد منافسات الدوري أسبوعا بسبب الإضرابات وقطع الطرق، على أن تستأنف المباريات فور عودة الهدوء، فيما انضم نادي العهد إلى الفرق المتأهلة إلى المربع الذهبي.

البيسبول

ووقع الاتحاد اللبناني للبيسبول مذكرة تفاهم مع نظيره الكوري لتطوير اللعبة وإقامة معسكر تدريبي للناشئين في بيروت، على أن يرسل الجانب الكوري مدربين ومعدات خلال الصيف.""",
        [],
        not_targets=["United States", "Jordan", "Serbia", "Syria", "South Korea", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alosboa-aswan-local-page-2024",
        date(2024, 7, 10),
        """الأسبوع في الصعيد

أسوان - «الأسبوع»

المحافظة ترفع المخلفات من شوارع كوم أمبو وتحظر سير النقل الثقيل على الكورنيش

رفعت الوحدة المحلية لمركز كوم أمبو أكثر من ستمئة طن من المخلفات والأتربة من الشوارع الرئيسية والمصارف الزراعية خلال أسبوع، ضمن حملة النظافة التي أطلقها محافظ أسوان استعدادا لموسم الصيف. وفرضت إدارة المرور حظرا على سير سيارات النقل الثقيل على كورنيش النيل خلال ساعات النهار، تخفيفا للزحام وحفاظا على الطريق.

الخدمات

ووقعت المحافظة بروتوكول تعاون مع شركة صينية لتركيب محطة طاقة شمسية لمستشفى أسوان الجامعي، بتكلفة تتجاوز ثلاثين مليون جنيه. وعلقت شركة مياه الشرب والصرف الصحي الضخ عن عدد من قرى مركز إدفو لمدة يومين بسبب أعمال إحلال للخط الرئيسي، على أن يستأنف بشكل طبيعي مساء الجمعة.

المبادرات

وانضمت خمس عشرة قرية جديدة في مركز نصر النوبة إلى المرحلة الثانية من مبادرة حياة كريمة، فيما أعادت مكتبة مصر العامة في أسوان فتح أبوابها أمام الرواد بعد أعمال تطوير استمرت أشهرا. ومددت المحافظة فترة التقدم لمسابقة المشروعات الصغيرة للشباب حتى نهاية الشهر الجاري.

الصحة والسلامة

ونشرت مديرية الصحة فرقا طبية إضافية في المعديات والمراسي النيلية مع ارتفاع درجات الحرارة إلى ما فوق الخامسة والأربعين، فيما رفعت هيئة الأرصاد التحذير من الرياح المحملة بالأتربة الذي أصدرته مطلع الأسبوع. وهددت الوحدة المحلية بفرض غرامات على أصحاب المحال الذين يلقون المخلفات في المصارف أو يشغلون الأرصفة.

الأشقاء السودانيون

واستأنفت البواخر النيلية رحلاتها بين ميناء السد العالي ووادي حلفا بعد توقف دام أسابيع، في وقت تستقبل فيه المحافظة أعدادا متزايدة من الأشقاء السودانيين القادمين عبر منفذي أرقين وقسطل، ووقعت جمعية أهلية اتفاقية مع منظمة دولية لتوفير وجبات وأدوية للأسر الوافدة.

السياحة

وأعلنت مصر للطيران أنها ستستأنف رحلاتها المباشرة بين أسوان وعدد من المدن الأوروبية مع بداية الموسم الشتوي، بعد توقف فرضه تراجع الحجوزات في الصيف.

الأسواق

وشهد سوق أسوان السياحي إقبالا ضعيفا بسبب الحر، وقال أحد بائعي التوابل والكركديه: "الحر السنة دي صعب قوي، والكهربا بتقطع ساعتين في اليوم، والزباين قليلة، بس الحمد لله ربنا بيسترها".

التعليم

وقررت مديرية التربية والتعليم دمج مدرستين ابتدائيتين في قرية غرب سهيل اعتبارا من العام الدراسي المقبل، بسبب تراجع أعداد التلاميذ، ونقل المعلمين إلى مدارس مجاورة في المركز نفسه.""",
        [],
        not_targets=["China", "Sudan", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-athir-muscat-business-page-2023",
        date(2023, 3, 23),
        """أثير الاقتصادي

مسقط - «أثير»

مصرفان محليان يوقعان مذكرة لدراسة الاندماج

وقع مصرفان مدرجان في بورصة مسقط أمس مذكرة تفاهم غير ملزمة لدراسة دمج أعمالهما في كيان واحد، بعد حصولهما على موافقة مبدئية من البنك المركزي العماني، على أن تعرض نتائج الدراسة على الجمعيات العامة للمساهمين خلال الربع الأول من العام المقبل.

البورصة

وعلقت هيئة الخدمات المالية التداول على سهم شركة للأسماك إلى حين الإفصاح عن نتائجها المالية المتأخرة، فيما استأنفت البورصة التداول على سهم شركة للإسمنت بعد توقف دام يومين، وانضمت شركة للخدمات اللوجستية إلى السوق الثالثة.

الطاقة

ووقعت شركة تنمية طاقة عمان اتفاقية مع شركة كورية جنوبية لتطوير مشروع للهيدروجين الأخضر في منطقة الدقم، بينما استأنفت مصفاة صحار العمل بكامل طاقتها بعد أعمال صيانة دورية استمرت ثلاثة أسابيع.

البنك المركزي

ورفع البنك المركزي العماني سعر الفائدة على عمليات إعادة الشراء بخمس وعشرين نقطة أساس، تماشيا مع قرار الاحتياطي الفيدرالي الأمريكي، بحكم ارتباط الريال بالدولار. وفرضت وزارة التجارة والصناعة وترويج الاستثمار سقفا لأسعار عدد من السلع الأساسية خلال شهر رمضان، ومددت مهلة تسجيل المحال في منصة الخدمات الإلكترونية حتى نهاية الشهر، وهددت بفرض غرامات على المتاجر غير الملتزمة.

الاستثمار

وانضم صندوق استثمار قطري إلى رأس مال مجمع سياحي في ظفار، فيما وقعت مجموعة عمانية للصناعات الغذائية عقدا مع موزع هندي لتصدير التمور المعبأة إلى أسواق جنوب آسيا.

الطيران

ورفعت الطيران العماني أسعار تذاكرها على عدد من الوجهات الخليجية خلال عطلة العيد، ووقعت اتفاقية صيانة مع شركة ألمانية لإعادة تأهيل أربع طائرات، فيما استأنفت رحلاتها إلى مطار بيروت بعد توقف مؤقت.

الأسواق

وقال صاحب محل للأقمشة في سوق مطرح: "الحركة خفيفة هالأيام، الناس تشتري على قد الحاجة، والإيجارات غالية وايد، وإن شاء الله مع العيد تتحسن".

التجارة الخارجية

ونشر المركز الوطني للإحصاء والمعلومات بيانات التجارة الخارجية للأشهر التسعة الأولى، والتي أظهرت نمو الصادرات غير النفطية بفضل منتجات الحديد والبتروكيماويات والأسماك، في حين تراجعت قيمة الصادرات النفطية بفعل انخفاض الأسعار. ويتوقع اقتصاديون أن تسهم مشاريع الهيدروجين والمناطق الاقتصادية في تنويع مصادر الدخل خلال السنوات المقبلة، في ظل خطط الحكومة لخفض الاعتماد على النفط والغاز.""",
        [],
        not_targets=[
            "South Korea",
            "Qatar",
            "India",
            "Germany",
            "Lebanon",
            "United States",
            "Oman",
        ],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout43_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout43_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # the rank of envoys raised, the noun with a possessive
    pytest.param(
        "أعلنت قطر رفع مستوى تمثيلها الدبلوماسي في الأردن إلى درجة سفير.",
        date(2022, 8, 22),
        [("relations.restored", "occurred", "Qatar")],
        [],
        id="qatar-raises-its-representation-possessive",
    ),
    pytest.param(
        "أعلنت قطر رفع مستوى التمثيل الدبلوماسي في الأردن إلى درجة سفير.",
        date(2022, 8, 22),
        [("relations.restored", "occurred", "Qatar")],
        [],
        id="qatar-raises-the-representation",
    ),
    # a headline's ambassador sent back, beside another state's restoration of days before
    pytest.param(
        "قطر تعيد سفيرها إلى طهران بعد سنوات\n\nوجاءت الخطوة بعد أيام من تسلم الخارجية الإيرانية"
        " أوراق اعتماد السفير الكويتي الذي أعادت الكويت بتعيينه علاقاتها مع طهران إلى مستوى"
        " السفراء للمرة الأولى منذ عام 2016.",
        date(2022, 8, 22),
        [("relations.restored", "occurred", "Qatar")],
        [],
        id="qatar-envoy-back-beside-kuwait-restoration-of-days-before",
    ),
    # a signatory behind a chain of honorifics and offices
    pytest.param(
        "وقع صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء مذكرة"
        " تفاهم مع اليابان.",
        date(2023, 9, 14),
        [("agreement.signed", "occurred", "Salman bin Hamad Al Khalifa")],
        [],
        id="crown-prince-with-honorifics-signs-memorandum",
    ),
    pytest.param(
        "وقع الأمير سلمان بن حمد آل خليفة مذكرة تفاهم مع اليابان.",
        date(2023, 9, 14),
        [("agreement.signed", "occurred", "Salman bin Hamad Al Khalifa")],
        [],
        id="crown-prince-signs-memorandum",
    ),
    # paving the way to ties, or normalising them
    pytest.param(
        "وتمهد الحكومة الأسترالية لتطبيع العلاقات مع ساموا.",
        date(2014, 3, 31),
        [],
        [],
        id="australia-paves-the-way-to-normal-ties",
    ),
    # a designation under review, or made
    pytest.param(
        "وتراجع الإدارة الأمريكية قرار تصنيف حركة الشباب منظمة إرهابية.",
        date(2021, 1, 26),
        [],
        [],
        id="us-reviews-shabaab-designation",
    ),
    pytest.param(
        "صنفت الولايات المتحدة حركة الشباب منظمة إرهابية.",
        date(2021, 1, 26),
        [("sanctions.imposed", "occurred", "United States")],
        [],
        id="us-designates-shabaab",
    ),
    # sanctions widened to new items, or new ones imposed
    pytest.param(
        "سيوسع الاتحاد الأوروبي العقوبات على إيران لتشمل الصواريخ.",
        date(2024, 4, 16),
        [("sanctions.imposed", "planned", "European Union")],
        [],
        id="eu-to-widen-iran-sanctions",
    ),
    pytest.param(
        "سيفرض الاتحاد الأوروبي عقوبات جديدة على إيران.",
        date(2024, 4, 16),
        [("sanctions.imposed", "planned", "European Union")],
        [],
        id="eu-to-impose-new-iran-sanctions",
    ),
    # the measures extended, described in a clause after
    pytest.param(
        "مدد الاتحاد الأوروبي العقوبات المفروضة على روسيا ستة أشهر، وتشمل تجميد الأصول وحظر السفر"
        " على مئات الأشخاص، بينها وحدات في مجموعة فاغنر.",
        date(2024, 4, 16),
        [("sanctions.extended", "occurred", "European Union")],
        [],
        id="eu-prolongs-russia-measures-described-after",
    ),
    # "new sanctions" in a passer-by's words
    pytest.param(
        'وقال سائق سوري: "كل يوم عقوبات جديدة، وخايفين الغلا يوصل للأردن".',
        date(2024, 4, 16),
        [],
        [],
        id="driver-complains-of-new-sanctions-every-day",
    ),
    # a threat whose «بفرض» comes after an aside
    pytest.param(
        "هددت الولايات المتحدة، في بيان صدر عن وزارة الخارجية مساء أمس، بفرض عقوبات على مسؤولين"
        " في نيكاراغوا.",
        date(2025, 5, 19),
        [("sanctions.threatened", "occurred", "United States")],
        [],
        id="us-threatens-after-an-aside",
    ),
    pytest.param(
        "هددت الولايات المتحدة بفرض عقوبات على مسؤولين في نيكاراغوا.",
        date(2025, 5, 19),
        [("sanctions.threatened", "occurred", "United States")],
        [],
        id="us-threatens-nicaraguan-officials",
    ),
    # a mission grown, or troops sent
    pytest.param(
        "سيوسع الاتحاد الأفريقي بعثته في الصومال ليرتفع عدد أفرادها إلى عشرة آلاف.",
        date(2021, 2, 19),
        [("military.presence", "planned", "African Union")],
        [],
        id="au-to-expand-somalia-mission",
    ),
    pytest.param(
        "سينشر حلف شمال الأطلسي ألف جندي إضافي في كوسوفو.",
        date(2021, 2, 19),
        [("military.presence", "planned", "NATO")],
        [],
        id="nato-to-deploy-kosovo",
    ),
    # a club's ties with its fans
    pytest.param(
        "أعاد نادي الوحدات العلاقات مع رابطة مشجعيه.",
        date(2019, 2, 20),
        [],
        [],
        id="club-restores-ties-with-its-fans",
    ),
    pytest.param(
        "أعاد الأردن العلاقات الدبلوماسية مع قطر.",
        date(2019, 2, 20),
        [("relations.restored", "occurred", "Jordan")],
        [],
        id="jordan-restores-ties-with-qatar",
    ),
    # a baseball federation's memorandum
    pytest.param(
        "ووقع الاتحاد المصري للبيسبول مذكرة تفاهم مع نظيره الياباني.",
        date(2019, 2, 20),
        [],
        ["Egypt"],
        id="egyptian-baseball-federation-memorandum",
    ),
    # a company named for its state, or not
    pytest.param(
        "ووقعت شركة تنمية طاقة عمان اتفاقية مع شركة يابانية لبناء محطة في الدقم.",
        date(2023, 3, 23),
        [],
        [],
        id="company-named-for-oman-signs-contract",
    ),
    pytest.param(
        "ووقعت شركة نفط محلية اتفاقية مع شركة يابانية لبناء محطة في الدقم.",
        date(2023, 3, 23),
        [],
        [],
        id="local-company-signs-contract",
    ),
    # the institution a sanctioned official headed
    pytest.param(
        "عاقبت كندا أمس حاكم مصرف لبنان السابق رياض سلامة بتهم فساد.",
        date(2023, 8, 11),
        [("sanctions.imposed", "occurred", "Canada")],
        ["Banque du Liban"],
        id="canada-punishes-former-central-bank-governor",
    ),
    pytest.param(
        "فرضت كندا عقوبات على رياض سلامة، حاكم مصرف لبنان السابق.",
        date(2023, 8, 11),
        [("sanctions.imposed", "occurred", "Canada")],
        ["Banque du Liban"],
        id="canada-sanctions-salameh-title-after",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout43_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout43_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
