"""A forty-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-five held-out sets: contemporary Arabic copy of 2021-2025, as today's wires,
sites and papers carry it (a Ramallah daily, "رام الله - «الأيام»", with an al-Mughayyir farmer's
"والله العقوبات ولا إشي غيرت"; an Al-Araby Al-Jadeed report from Geneva with a Gazan refugee's
"هاي المرة الوحيدة اللي حدا حكى الحق"; an Independent Arabia report from New Delhi with a
Hyderabadi Hadhrami trader's "الحين الشغل بيرجع يمشي"; a Sky News Arabia report from Nicosia
with a Larnaca restaurateur's Lebanese "نحنا هون ما بدنا مشاكل"; a BBC News Arabic report from
London with a Khan Younis man's "بيانات وبس، إحنا بدنا طحين"; an Alhurra report from Washington
with a Syrian student's "شو رح يتغير يعني؟" in Almaty; a Beirut daily, "بيروت - «نداء الوطن»",
with a Hamra restaurateur's "يا ريت يرجعوا الخليجيين متل أول"; an Aden site, "عدن - «عدن الغد»",
with a qat seller's "دمجوا ولا ما دمجوا إحنا نشتي نعيش"; an Al-Ain News report from Riyadh with
an Olaya clerk's "واللي يجي يساعد حياه الله"; an Agadir sports page, "أكادير - «المنتخب»", with a
Soussi fan's Darija "الفرقة ولات كتلعب مزيان"; a Saida local page, "صيدا - «اللواء»", with a fish
seller's "البحر ما عاد يعطي متل قبل"; a Fujairah business page, "الفجيرة - «الخليج»", with a
fruit seller's Emirati "الإيجارات واجد غالية") and on programmes and regions they do not touch
(Trump revoking Biden's settler-sanctions order on his first day, January 2025; the United
States sanctioning the UN special rapporteur Francesca Albanese, July 2025; the six-month US
waiver for India's terminal at Iran's Chabahar port, October 2025; the EU's framework over
Turkish drilling off Cyprus prolonged in November 2021; the joint British-French-Canadian threat
of sanctions on Israel, May 2025; Kazakhstan to join the Abraham Accords, November 2025; the
Saudi and Kuwaiti ambassadors back in Beirut, April 2022; Security Belt brigades merged into
Yemen's Fourth Military Region, June 2023; a Greek Patriot battery in Saudi Arabia, September
2021). Nine carry core events of all ten alertable types (twelve in all), mostly in occurred
status, two planned (Kazakhstan that "ستنضم إلى «اتفاقيات أبراهام»", and the Belt's other
brigades that "ستدمج تباعا خلال مرحلة ثانية مطلع العام المقبل"), next to historical, negated and
stalled ones; three are near misses: an Agadir football page (a club fined «فرضت … غرامة», a
defender banned and a keeper's ban "رفعت", clubs threatened "هددت بفرض عقوبات أشد", a Senegalese
who "انضم", a French coach's contract "مدد", a partnership with Egypt's Al Ahly and a sponsorship
"وقع", two youth competitions "دمج", competitions suspended and to "تستأنف", security
reinforcements "نشرت", training resumed), a Saida local page (stalls "فرضت … منعا", fines "هددت
بفرض", rubbish "رفعت", water "علقت" and resumed, a cooperation agreement "وقعت", a Mediterranean
network of cities "انضمت", a castle reopened, a deadline "مددت", municipal police "نشرت", merged
schools, buses resumed) and a Fujairah business page (a terminal agreement with an Indian company
"وقعت", a tank "علقت" and resumed, a listing "انضمت", a merger memorandum, a free zone's fees
"فرضت", freight rates "رفعت", traders who "هددت بتعليق" their dealings, a deadline "مددت" and
inspection teams "نشرت", a fund that "انضم" to a capital, an airline agreement).

The decisions of the annotation, taken before any run: a president who "ألغى … الأمر التنفيذي
الذي أصدره سلفه جو بايدن لمعاقبة مستوطنين" and a Treasury that "رفعت … أسماء ثلاثة وثلاثين فردا
وكيانا من قائمة العقوبات، بينهم منظمة «ليهافا»" lift sanctions (core; the United States, Donald
Trump and the Treasury the actors, Lehava, which the knowledge base lacks, the target; not
Palestine, whose presidency condemns it, nor Israel; the Palestinian presidency's "تشجع عصابات
المستوطنين" restates it), Biden's order of 1 February 2024, the EU's listing of Lehava and the
Hilltop Youth in April 2024 and Britain's, Canada's and Australia's measures historical
impositions, "ولم تعلن بريطانيا أو الاتحاد الأوروبي أي نية لرفع العقوبات التي فرضاها" a negated
lifting, the Gaza truce and the settlers' raids no events of a watched type; a state that "فرضت …
عقوبات على المقررة الخاصة للأمم المتحدة … فرانشيسكا ألبانيزي" imposes sanctions (core; the
United States and Marco Rubio the actors, Albanese the target; not Israel, nor the United Nations
she serves, nor Italy), Karim Khan in February and four ICC judges in June historical impositions,
"ولم يفرض الاتحاد الأوروبي أو أي من دوله الأعضاء عقوبات مماثلة" a negated one, the UN rights
office's "فرض عقوبات على المقررين الخاصين سابقة خطيرة" a restatement of the same event, her call
on states "بفرض حظر شامل على توريد الأسلحة إلى إسرائيل" a demand and no event, the experts'
"قد تمنع … وتجمد" a reading of the same measure; a state that "منحت … الهند إعفاء من العقوبات
المفروضة على إيران لمدة ستة أشهر" suspends sanctions (core, a waiver; the United States the
actor, Iran, whom the sanctions target, the target; not India, which benefits, nor Afghanistan,
Pakistan, Russia or China), the exemption of 2018 a historical suspension, the sanctions
re-imposed on Tehran in 2018 and the exemption revoked in September historical impositions, the
ten-year operating contract of May 2024 a historical signing (India and Iran), the Indian-US
trade talks "متعثرة" a stalled signing, the tariffs "فرضت … رسوما جمركية" no event of a watched
type; a Council that "مدد … لمدة عام إضافي الإطار القانوني للعقوبات المفروضة بسبب أنشطة
التنقيب التركية" extends sanctions (core; the EU and its Council the actors, Turkey the target;
not Cyprus, Greece, Switzerland or Lebanon), "وأبقى القرار على تجميد أصول وحظر سفر اثنين من
مسؤولي … «تباو»" the same extension and no new measure, the two officials listed in February 2020
and the framework of November 2019 historical impositions, the leaders' threat of December 2020
a historical threat, "ولم يضف الاتحاد أي أسماء جديدة إلى القائمة هذا العام" a negated
imposition, the reunification talks "متعثرة" a stalled signing (Cyprus and Turkey), MEPs who
"يطالب … بفرض عقوبات اقتصادية أوسع" a demand and no event; three states that "هددت … باتخاذ
«إجراءات ملموسة»، بينها فرض عقوبات محددة الأهداف، إذا لم توقف إسرائيل هجومها" threaten sanctions
(core; the United Kingdom, France, Canada, Keir Starmer, Emmanuel Macron and Mark Carney the
actors, Israel the target; "ترفع القيود المفروضة على دخول المساعدات" is Israel's restrictions and
no event), the thirty arms-export licences "علقت" last September a historical imposition (a
partial arms embargo, not a suspension of sanctions), "إن واشنطن «لا تعتزم فرض أي عقوبات على
إسرائيل»" a negated imposition, the Doha talks that "تراوح … مكانها" a stalled signing (Israel and
Hamas); a state that "ستنضم إلى «اتفاقيات أبراهام»" plans to join (core; Kazakhstan, the Abraham
Accords the body joined; Trump announces it and is not a participant of the joining), "وقع ترامب
وتوكاييف … مذكرة تفاهم للتعاون في مجال المعادن الحيوية" a signing (core; the United States,
Kazakhstan and both presidents), the UAE and Bahrain in September 2020 a historical signing (with
Israel), Morocco and Sudan historical joinings, "لم تنضم المملكة العربية السعودية بعد إلى
الاتفاقيات" a negated joining, Astana's ties since the early 1990s no event; two states that
"أعلنت … عودة سفيريهما إلى لبنان واستئناف عمل بعثتيهما" restore ties (core, one event each:
Saudi Arabia and Kuwait, Lebanon the other party; not Yemen, whose war Kordahi criticised), the
recall of October no event of a watched type, the Lebanese imports "أوقفت" a historical
imposition by Saudi Arabia, "غير أن المملكة لم ترفع حتى الآن الحظر على الواردات اللبنانية" a
negated lifting, "كما لم تعلن البحرين والإمارات بعد موعد عودة سفيريهما" a negated restoration, the
Kuwaiti initiative no event; a ministry that "أعلنت … دمج ثلاثة ألوية من قوات «الحزام الأمني»
التابعة للمجلس الانتقالي الجنوبي في قوام المنطقة العسكرية الرابعة" integrates forces (core;
Yemen the actor, the Security Belt and the STC the target; not Saudi Arabia, the agreement's
sponsor, nor the Houthis, whom the army fights), "بقية ألوية الحزام الأمني … ستدمج تباعا خلال
مرحلة ثانية" a planned integration (core, the same parties), the Riyadh Agreement of November 2019
a historical signing (Yemen, the STC, Saudi Arabia; its merging clause is its content, not an
event of its own), its military clauses "ظلت معطلة" a stalled integration, "ولم يشمل قرار الدمج
ألوية العمالقة" a negated integration, al-Alimi's committee of May 2022 no event; a state that
"نشرت … بطارية صواريخ «باتريوت» … في المملكة العربية السعودية" is present (core; Greece in Saudi
Arabia; not Yemen, whence the Houthis fire, nor Turkey), the loan agreement signed in Riyadh in
April a historical signing (Greece, Saudi Arabia, Nikos Dendias, whom the knowledge base lacks,
and Faisal bin Farhan), "التي كانت واشنطن قد أعادت نشر آلاف الجنود فيها عام 2019" a historical
presence of the United States, the US batteries withdrawn no event of a watched type, "لن يكون
هناك أي وجود عسكري يوناني في اليمن" a negated presence, the Greek jets' joint exercises no event;
a football page's fine, bans, a ban lifted, threats to clubs, transfers, a contract prolonged, a
partnership and a sponsorship, merged youth competitions, suspended and resumed competitions,
security reinforcements and resumed training, a local page's stall ban, fines threatened,
rubbish, water cut and resumed, a cooperation agreement, a network of cities, a castle reopened,
a deadline, municipal police, merged schools and buses resumed, and a business page's terminal
agreement, a suspended and resumed tank, a listing, a merger memorandum, a free zone's fees,
freight rates raised, traders' threat to suspend their dealings, a deadline, inspection teams, a
fund joining a capital and an airline agreement are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them. (A tenth core article, on the Egyptian-Greek maritime
agreement of August 2020, was written and dropped before any run, to keep the set at twelve
articles with nine carrying alerts; its place is not reused.)

Measured before any fix (2026-12-03, on commit 17d6da6), in one run: events P 1.000 R 0.750 F1
0.857 (recall 9/12, precision 9/9: nine alerts right, none wrong by the scorer's count; occurred
core found 7/10, planned 2/2; historical 20/20, negated 9/9 and stalled 4/4 kept quiet by the
scorer's count). The scorer matches on type, alertability and one shared name, so its planned
2/2 hides two plans the per-article checks miss. Misses: in ar-hl06 the planned joining,
"أن كازاخستان ستنضم إلى «اتفاقيات أبراهام»", comes out occurred: the headline's present tense
"كازاخستان تنضم إلى «اتفاقيات أبراهام»" is read as news of today, and ``_merge`` in
``rasd/events/extractor.py`` folds the body's «ستنضم» of the same parties into it with the
headline's status (the body's sentence alone is a plan); in the same article the occurred signing,
"وقع ترامب وتوكاييف في البيت الأبيض مذكرة تفاهم للتعاون في مجال المعادن الحيوية", is lost in the
historical signing of 2020 "في حديقة البيت الأبيض": the venue «البيت الأبيض» (a FAC) is made a
participant (``rasd/events/roles.py``), and ``_demote`` in ``extractor.py`` takes the shared
venue for the same event "also described as historical" (without the venue the signing stands);
in ar-hl07 both restorations, "أعلنت المملكة العربية السعودية والكويت عودة سفيريهما إلى لبنان
واستئناف عمل بعثتيهما الدبلوماسيتين في بيروت", give nothing: the dual «سفيريهما» and
«بعثتيهما» are none of the envoy and mission forms of ``rasd/events/lexicons/ar.triggers.yaml``
(«سفيرها» and the plural «سفرائهما» are read); in ar-hl08 the planned integration, "أن بقية
ألوية الحزام الأمني وقوات الدعم والإسناد ستدمج تباعا خلال مرحلة ثانية", gives nothing: a passive
«ستدمج» whose subject is the forces merged and which names no body to merge into is not read (the
same sentence with "في الجيش اليمني" is, as a plan; the scorer counts the occurred integration
for it). Wrong alerts: in ar-hl02 the imposition "فرضت الولايات المتحدة … عقوبات على المقررة
الخاصة للأمم المتحدة … فرانشيسكا ألبانيزي" has the United Nations for a target beside Albanese
(and Israel for an actor, Palestine for a target): the organisation of the target's title is
made a target in ``rasd/events/roles.py`` (an ICC prosecutor's court is not); in ar-hl03 the
waiver "منحت الولايات المتحدة الهند إعفاء من العقوبات المفروضة على إيران" has India, the state
granted it, for its target and not Iran, whose sanctions are waived (``roles.py``: the first
object after the granting verb; "مددت الولايات المتحدة إعفاء العراق من العقوبات المفروضة على
إيران" has Iran). Five strict xfails on five articles (three on core events missed, ar-hl06,
ar-hl07 and ar-hl08; two on wrong targets, ar-hl02 and ar-hl03); do not tune lexicons on these
articles. Every cause has sentences of its own in ``RULES``, strict xfails until fixed (six),
beside seven neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the lifting has the White House for a target and Lehava (not in
the knowledge base) nowhere, the Treasury's "رفعت … أسماء … من قائمة العقوبات" comes out a
historical lifting beside it, and the negated lifting by Britain and the EU gives nothing; in
ar-hl02 the negated imposition has the European Commission for a target, and the historical
imposition on Karim Khan the Human Rights Council for an actor; in ar-hl03 the revoked exemption
of September comes out a historical lifting (by the State Department), the 2018 exemption has no
target, and the Chabahar contract of May 2024 gives nothing; in ar-hl04 the historical impositions
of 2019 and 2020, the negated one and the stalled reunification talks give nothing; in ar-hl05 the
thirty licences suspended give nothing and the Doha talks have Qatar for a participant; in ar-hl06
Astana's ties "منذ مطلع تسعينيات القرن الماضي" come out a historical restoration, and the
joinings of Morocco and Sudan and Saudi Arabia's negated one give nothing; in ar-hl07 the negated
lifting of the import ban has Kuwait for its actor (not «المملكة», Saudi Arabia), and the import
ban and the negated Bahraini-Emirati restoration give nothing; in ar-hl08 the stalled and negated
integrations give nothing and the Riyadh Agreement lacks Saudi Arabia; in ar-hl09 the loan
agreement has no actor (its signatories are targets; Nikos Dendias is not in the knowledge base)
and the negated presence in Yemen gives nothing; the Saudi ambassador Walid Bukhari is linked as
the city of Bukhara by the entity matcher. The Fujairah page's airline agreement comes out a
quiet historical signing with India and Pakistan; the three near-miss pages raise nothing.

Later, in set 61's round (2026-12-05): ar-hl06's joining is planned, as annotated: a headline's
present tense gives way to the lead's plan for the same target (``_absorb``,
``rasd/events/extractor.py``).

ar-hl08 cured by ``test_general_misses7_rules_ar.py``'s next phase of a merger told done (a later
sentence's "ستدمج" with "بقية", "أخرى" or "تباعا" takes that merger's parties, planned); its strict
xfail removed.

``python -m tests.unit.test_heldout46_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 1.000 R 1.000 F1 1.000 (recall 12/12,
precision 11/11). Fixed as general causes (rasd/events/roles.py, the Arabic lexicons): the dual of
two states' envoys and missions («سفيريهما», «بعثتيهما») restores ties; a seat of government
where a signing takes place («في البيت الأبيض», "at the Kremlin") is its venue, no party (so
today's signing is no longer folded into a past one there); a body in a target's title, its
description between («المقررة الخاصة للأمم المتحدة المعنية بـ… فرانشيسكا ألبانيزي»), is his
office, no second target; a waiver from «العقوبات المفروضة على إيران» targets Iran, not the state
exempted. Left: the headline's «تنضم» over the body's «ستنضم» (a headline's present tells done
news as often as plans: not changed), the headline waiver's beneficiary, and a passive «ستدمج»
with no body to merge into.
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
_UAE = "United Arab Emirates"
_TREASURY = "United States Department of the Treasury"
_EU_COUNCIL = "Council of the European Union"
_ICC = "International Criminal Court"
_LEHAVA = "Lehava"
_TPAO = "Turkish Petroleum Corporation"
_ABRAHAM = "Abraham Accords"
_STC = "Southern Transitional Council"
_BELT = "Security Belt Forces"
_DENDIAS = "Nikos Dendias"

_DUAL = (
    "the dual «سفيريهما» (their two ambassadors) after «عودة» is none of the envoy forms of the"
    " relations.restored triggers in rasd/events/lexicons/ar.triggers.yaml (سفيرها, سفرائهما are)"
)
_NO_DESTINATION = (
    "a passive «ستدمج» whose subject is the forces merged and which names no body to merge into"
    " («في الجيش») is not read: the integration trigger needs its destination (extractor.py,"
    " roles.py _destination_state)"
)
_BENEFICIARY = (
    "the headline «واشنطن تمنح الهند إعفاء … من العقوبات» names no one the measures are on, so the"
    " state granted the waiver stays its target (rasd/events/roles.py _granted)"
)
_TITLE_ORG = (
    "the organisation of a target's title («المقررة الأممية»، «المقررة الخاصة للأمم المتحدة») is"
    " made a target beside the person (rasd/events/roles.py; an ICC prosecutor's is not)"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alayyam-trump-revokes-settler-sanctions-order-2025",
        date(2025, 1, 22),
        """ترامب يلغي العقوبات الأمريكية على المستوطنين في أول أيامه بالبيت الأبيض

رام الله - «الأيام»

ألغى الرئيس الأمريكي دونالد ترامب، مساء الاثنين، الأمر التنفيذي الذي أصدره سلفه جو بايدن لمعاقبة مستوطنين متطرفين في الضفة الغربية، وذلك ضمن حزمة من القرارات التي وقعها في الساعات الأولى بعد أدائه اليمين الدستورية رئيسا للولايات المتحدة للمرة الثانية.

وبموجب القرار، رفعت وزارة الخزانة الأمريكية، الثلاثاء، أسماء ثلاثة وثلاثين فردا وكيانا من قائمة العقوبات، بينهم منظمة "ليهافا" اليمينية المتطرفة ورئيسها بن تسيون غوبشتاين، وعدد من البؤر الاستيطانية الرعوية التي اتهمتها الإدارة السابقة بطرد تجمعات بدوية فلسطينية من أراضيها في الأغوار وجنوب الخليل.

وكان بايدن قد وقع الأمر التنفيذي في الأول من فبراير 2024، وفرضت بموجبه وزارة الخارجية الأمريكية عقوبات على أربعة مستوطنين في البداية، قبل أن تتسع القائمة خلال العام الماضي لتشمل منظمات وجمعيات تجمع التبرعات للبؤر الاستيطانية.

ورحب وزير المالية الإسرائيلي بتسلئيل سموتريتش بالقرار، وقال في منشور على منصة "إكس" إن العقوبات كانت "تدخلا فظا في شؤون دولة إسرائيل الداخلية"، فيما وصفه إيتمار بن غفير، الذي استقال من الحكومة قبل يومين احتجاجا على صفقة التبادل، بأنه "تصحيح لظلم تاريخي بحق المستوطنين".

في المقابل، دانت الرئاسة الفلسطينية القرار، وقال الناطق الرسمي باسمها نبيل أبو ردينة إن الخطوة "تشجع عصابات المستوطنين الإرهابية على ارتكاب مزيد من الجرائم بحق شعبنا"، مطالبا المجتمع الدولي بـ"تحمل مسؤولياته" ووقف ما وصفه بـ"إرهاب المستوطنين المنظم".

وكان الاتحاد الأوروبي قد فرض في أبريل 2024 عقوبات على منظمة "ليهافا" وجماعة "شبيبة التلال" وعدد من المستوطنين، بسبب "انتهاكات خطيرة وممنهجة لحقوق الإنسان"، كما فرضت بريطانيا وكندا وأستراليا عقوبات مماثلة على مستوطنين وبؤر استيطانية خلال العام الماضي.

ولم تعلن بريطانيا أو الاتحاد الأوروبي أي نية لرفع العقوبات التي فرضاها، إذ قال متحدث باسم الخارجية البريطانية إن لندن "لن تتراجع عن إجراءاتها" بحق المستوطنين المتورطين في أعمال العنف.

ويتزامن القرار مع سريان وقف إطلاق النار في قطاع غزة منذ صباح الأحد، فيما هاجم مستوطنون، مساء الاثنين، قريتي الفندق وجينصافوط شرق قلقيلية، وأضرموا النار في منازل ومركبات، وأغلقوا الطريق الرئيسي بين نابلس وقلقيلية لساعات.

وفي قرية المغير شرق رام الله، التي تعرضت لهجمات متكررة خلال الأشهر الماضية، قال مزارع ستيني وهو يتفقد أشجار زيتون محترقة: "والله العقوبات ولا إشي غيرت، كانوا ييجوا علينا بالليل ويحرقوا الزيتون، هلأ رح يصيروا أجرأ وما حدا رح يحاسبهم".

وتفيد معطيات هيئة مقاومة الجدار والاستيطان بأن المستوطنين وقوات الاحتلال نفذوا أكثر من ألفين وثمانمئة اعتداء في الضفة الغربية خلال العام الماضي، تركز معظمها في محافظات رام الله ونابلس والخليل، وأسفرت عن تهجير عشرات التجمعات البدوية.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, "Donald Trump", _TREASURY],
                [_LEHAVA],
            ),
            # Biden's order of 1 February 2024 and its first four settlers,
            G("sanctions.imposed", "historical", [_US, "Joe Biden"], [], core=False),
            # the EU's listing of Lehava and the Hilltop Youth in April 2024,
            G("sanctions.imposed", "historical", [_EU], [_LEHAVA], core=False),
            # Britain's, Canada's and Australia's measures last year,
            G(
                "sanctions.imposed",
                "historical",
                ["United Kingdom", "Canada", "Australia"],
                [],
                core=False,
            ),
            # "ولم تعلن بريطانيا أو الاتحاد الأوروبي أي نية لرفع العقوبات التي فرضاها",
            G("sanctions.lifted", "negated", ["United Kingdom", _EU], [], core=False),
        ],
        not_targets=["Palestine", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alaraby-us-sanctions-un-rapporteur-albanese-2025",
        date(2025, 7, 10),
        """واشنطن تفرض عقوبات على المقررة الأممية فرانشيسكا ألبانيزي

جنيف - «العربي الجديد»

فرضت الولايات المتحدة، الأربعاء، عقوبات على المقررة الخاصة للأمم المتحدة المعنية بحالة حقوق الإنسان في الأرض الفلسطينية المحتلة فرانشيسكا ألبانيزي، بسبب ما وصفته بـ"جهودها غير المشروعة والمخزية" لدفع المحكمة الجنائية الدولية إلى ملاحقة مسؤولين وشركات أمريكيين وإسرائيليين.

وقال وزير الخارجية الأمريكي ماركو روبيو، في منشور على منصة "إكس"، إن "حملة ألبانيزي من الحرب السياسية والاقتصادية ضد الولايات المتحدة وإسرائيل لن يتم التسامح معها بعد الآن"، مضيفا أن واشنطن "ستقف دائما إلى جانب شركائها في حقهم في الدفاع عن النفس".

وتأتي العقوبات بعد أيام من تقرير قدمته ألبانيزي إلى مجلس حقوق الإنسان في جنيف، اتهمت فيه عشرات الشركات العالمية، بينها شركات تكنولوجيا وسلاح أمريكية، بالتربح من "اقتصاد الإبادة" في قطاع غزة، وطالبت فيه الدول بفرض حظر شامل على توريد الأسلحة إلى إسرائيل.

وكانت إدارة الرئيس دونالد ترامب قد فرضت في فبراير الماضي عقوبات على المدعي العام للمحكمة الجنائية الدولية كريم خان، بموجب أمر تنفيذي اتهم المحكمة باستهداف الولايات المتحدة وحليفتها إسرائيل، ثم أدرجت في يونيو أربعا من قاضيات المحكمة على قائمة العقوبات.

ودانت الأمم المتحدة القرار، وقال المتحدث باسم المفوضية السامية لحقوق الإنسان إن "فرض عقوبات على المقررين الخاصين سابقة خطيرة وغير مقبولة"، داعيا واشنطن إلى التراجع عنه فورا، فيما أكد رئيس مجلس حقوق الإنسان أن المقررين "خبراء مستقلون لا يتلقون أجرا ولا يخضعون لأي حكومة".

من جهتها، قالت ألبانيزي في تصريح لقناة "الجزيرة" إنها "لن تتراجع"، واصفة العقوبات بأنها "أساليب ترهيب تشبه أساليب المافيا"، ومؤكدة أنها ستواصل عملها "طالما بقيت في هذا المنصب"، وأن "الصمت هو ما يريدونه".

ولم يفرض الاتحاد الأوروبي أو أي من دوله الأعضاء عقوبات مماثلة، بل أعرب متحدث باسم المفوضية الأوروبية عن "أسف الاتحاد" للقرار، مجددا دعمه "الثابت" لمنظومة حقوق الإنسان الأممية ولاستقلال المقررين الخاصين.

ويرى خبراء قانونيون أن العقوبات قد تمنع ألبانيزي من دخول الأراضي الأمريكية، بما في ذلك مقر الأمم المتحدة في نيويورك، وتجمد أي أصول لها في الولايات المتحدة، وقد تدفع مصارف أوروبية إلى تجنب التعامل معها خشية العقوبات الثانوية.

وخلال وقفة تضامنية أمام مقر الأمم المتحدة في جنيف، قالت لاجئة فلسطينية من غزة تقيم في سويسرا منذ سنوات: "هاي المرة الوحيدة اللي حدا حكى الحق بصوت عالي قدام العالم كله، وبدهم يسكتوها، بس ما رح يقدروا".

وتشغل ألبانيزي، وهي محامية وأكاديمية إيطالية، منصبها منذ مايو 2022، وقد جدد لها مجلس حقوق الإنسان في أبريل الماضي لولاية ثانية مدتها ثلاث سنوات، رغم اعتراض إسرائيل وعدد من حلفائها.""",
        [
            G("sanctions.imposed", "occurred", [_US, "Marco Rubio"], ["Francesca Albanese"]),
            # Karim Khan in February, four ICC judges in June,
            G(
                "sanctions.imposed",
                "historical",
                [_US, "Donald Trump"],
                ["Karim Khan"],
                core=False,
            ),
            G("sanctions.imposed", "historical", [_US], [_ICC], core=False),
            # "ولم يفرض الاتحاد الأوروبي أو أي من دوله الأعضاء عقوبات مماثلة",
            G("sanctions.imposed", "negated", [_EU], ["Francesca Albanese"], core=False),
        ],
        not_targets=["Israel", "United Nations", "Italy"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-independentarabia-us-waiver-india-chabahar-port-2025",
        date(2025, 10, 31),
        """واشنطن تمنح الهند إعفاء لستة أشهر من العقوبات لتشغيل ميناء تشابهار الإيراني

نيودلهي - «إندبندنت عربية»

منحت الولايات المتحدة الهند إعفاء من العقوبات المفروضة على إيران لمدة ستة أشهر، يتيح لها مواصلة تشغيل محطة "شهيد بهشتي" في ميناء تشابهار الإيراني المطل على خليج عمان، بحسب ما أعلنه المتحدث باسم وزارة الخارجية الهندية راندير جايسوال، الخميس.

وقال جايسوال، في إيجاز صحفي أسبوعي، إن الإعفاء "يسري حتى مطلع العام المقبل"، مؤكدا أن نيودلهي "على تواصل مستمر مع الجانب الأمريكي" بشأن مستقبل المشروع، الذي تعده بوابتها التجارية إلى أفغانستان وآسيا الوسطى من دون المرور بالأراضي الباكستانية.

وكانت واشنطن قد استثنت المشروع من العقوبات عام 2018، بعد انسحابها من الاتفاق النووي وإعادة فرض العقوبات على طهران، قبل أن تلغي وزارة الخارجية الأمريكية ذلك الاستثناء في سبتمبر الماضي، في إطار سياسة "الضغط الأقصى" التي أعاد الرئيس دونالد ترامب العمل بها، ما عرض الشركات الهندية العاملة في الميناء لخطر العقوبات.

ووقعت شركة "موانئ الهند العالمية" الحكومية ومنظمة الموانئ والملاحة البحرية الإيرانية في مايو 2024 عقدا مدته عشر سنوات لتشغيل المحطة، تعهدت بموجبه نيودلهي باستثمار مئة وعشرين مليون دولار في تجهيزاتها، إضافة إلى خط ائتماني بقيمة مئتين وخمسين مليون دولار لمشاريع البنية التحتية المرتبطة بالميناء.

ويأتي الإعفاء في وقت لا تزال فيه مفاوضات الاتفاق التجاري بين الهند والولايات المتحدة متعثرة، بعد أن فرضت واشنطن في أغسطس رسوما جمركية إضافية بلغت خمسين في المئة على عدد من السلع الهندية، ردا على استمرار نيودلهي في شراء النفط الروسي.

ويقول محللون إن الإعفاء يعكس إدراك واشنطن لأهمية الميناء في إيصال المساعدات الإنسانية إلى أفغانستان، ولدور الهند في موازنة النفوذ الصيني في ميناء جوادر الباكستاني الذي يبعد نحو مئة وسبعين كيلومترا فقط إلى الشرق.

ولم تعلق وزارة الخارجية الإيرانية رسميا على القرار، غير أن وسائل إعلام إيرانية نقلت عن مسؤول في منظمة الموانئ قوله إن العمل في المحطة "لم يتوقف يوما واحدا"، وإن حجم البضائع المناولة ارتفع خلال العام الجاري.

وفي سوق الخضار والفواكه المجففة بمدينة حيدر آباد، حيث تقيم جالية من أصول حضرمية منذ قرون، قال تاجر سبعيني يستورد الزبيب والتمور عبر الموانئ الإيرانية: "الحين الشغل بيرجع يمشي، كانت البضاعة محبوسة في الميناء شهر كامل والخسارة علينا".

ويعد ميناء تشابهار الميناء الإيراني الوحيد المطل مباشرة على المحيط الهندي، وتربطه طرق برية وسكك حديدية قيد الإنشاء بالحدود الأفغانية، ضمن ممر النقل الدولي بين الشمال والجنوب الذي يصل الهند بروسيا عبر إيران.""",
        [
            G("sanctions.suspended", "occurred", [_US], ["Iran"]),
            # the exemption of 2018, the sanctions re-imposed that May, and the exemption
            # revoked in September (its sanctions back on the port),
            G("sanctions.suspended", "historical", [_US], ["Iran"], core=False),
            G("sanctions.imposed", "historical", [_US], ["Iran"], core=False),
            G(
                "sanctions.imposed",
                "historical",
                [_US, "United States Department of State"],
                ["Iran"],
                core=False,
            ),
            # the ten-year operating contract of May 2024,
            G("agreement.signed", "historical", ["India", "Iran"], [], core=False),
            # "مفاوضات الاتفاق التجاري بين الهند والولايات المتحدة متعثرة",
            G("agreement.signed", "stalled", ["India", _US], [], core=False),
        ],
        not_targets=["India", "Afghanistan", "Pakistan", "Russia", "China"],
        known_alarm=_BENEFICIARY,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-skynewsarabia-eu-extends-turkey-drilling-sanctions-framework-2021",
        date(2021, 11, 9),
        """الاتحاد الأوروبي يمدد إطار عقوباته المتعلقة بالتنقيب التركي في شرق المتوسط

نيقوسيا - «سكاي نيوز عربية»

مدد مجلس الاتحاد الأوروبي، الاثنين، لمدة عام إضافي الإطار القانوني للعقوبات المفروضة بسبب أنشطة التنقيب التركية "غير المصرح بها" في شرق البحر المتوسط، ليظل ساريا حتى الثاني عشر من نوفمبر 2022، بحسب بيان صادر عن المجلس في بروكسل.

وأبقى القرار على تجميد أصول وحظر سفر اثنين من مسؤولي شركة البترول التركية "تباو"، كانا قد أدرجا على القائمة في فبراير 2020، لدورهما في التخطيط لعمليات الحفر قبالة السواحل القبرصية وتنفيذها.

وقال المتحدث باسم الحكومة القبرصية ماريوس بيليكانوس إن القرار "رسالة واضحة بأن انتهاك الحقوق السيادية لدولة عضو في الاتحاد لن يمر دون ثمن"، مضيفا أن نيقوسيا "كانت تفضل إجراءات أشد، لكنها تقدر وحدة الموقف الأوروبي".

في المقابل، دانت وزارة الخارجية التركية القرار، ووصفته في بيان بأنه "غير قانوني ولا قيمة له"، مؤكدة أن أنقرة "ستواصل بكل حزم حماية حقوقها وحقوق القبارصة الأتراك" في المنطقة، ومعتبرة أن الاتحاد "أسير لمطالب الإدارة القبرصية اليونانية".

وكان الاتحاد قد اعتمد إطار العقوبات في نوفمبر 2019، بعد أن أرسلت تركيا سفن تنقيب إلى المنطقة الاقتصادية الخالصة لقبرص، كما هدد القادة الأوروبيون في قمة ديسمبر 2020 بتوسيع العقوبات لتشمل قطاعات أخرى، قبل أن يتراجع التوتر مع سحب أنقرة سفينة المسح "أوروتش رئيس" إلى موانئها.

ولم يضف الاتحاد أي أسماء جديدة إلى القائمة هذا العام، في ظل مساع يقودها عدد من الدول الأعضاء لتحسين العلاقات مع أنقرة، التي تستضيف نحو أربعة ملايين لاجئ وتعد شريكا أساسيا في ملف الهجرة.

وفي سياق متصل، لا تزال مفاوضات إعادة توحيد الجزيرة متعثرة منذ انهيار مؤتمر كرانس مونتانا في سويسرا صيف عام 2017، بعدما فشل اجتماع غير رسمي عقد في جنيف برعاية الأمم المتحدة في أبريل الماضي في إيجاد أرضية مشتركة لاستئنافها.

ويقول دبلوماسيون في بروكسل إن تمديد الإطار "إجراء تقني" يحافظ على أداة الضغط من دون تصعيد، في حين يطالب نواب في البرلمان الأوروبي بفرض عقوبات اقتصادية أوسع على أنقرة بسبب سجلها في مجال الحريات.

وفي مطعم صغير على كورنيش لارنكا، قال صاحبه اللبناني الذي يقيم في الجزيرة منذ الحرب الأهلية: "نحنا هون ما بدنا مشاكل، بدنا السياح يرجعوا والبحر يضل هادي، الغاز إذا طلع أو ما طلع نحنا مش رح نشوف منه شي".

ويقدر حجم احتياطيات الغاز المكتشفة قبالة قبرص بمئات مليارات الأمتار المكعبة، أبرزها حقل "أفروديت" الذي تطوره شركات أمريكية وإسرائيلية، وحقل "غلافكوس" الذي أعلنت شركة "إكسون موبيل" اكتشافه عام 2019.""",
        [
            G("sanctions.extended", "occurred", [_EU, _EU_COUNCIL], ["Turkey"]),
            # the framework adopted in November 2019, the two TPAO officials of February 2020,
            G("sanctions.imposed", "historical", [_EU], ["Turkey"], core=False),
            G("sanctions.imposed", "historical", [_EU], [_TPAO], core=False),
            # the leaders' threat of December 2020,
            G("sanctions.threatened", "historical", [_EU], ["Turkey"], core=False),
            # "ولم يضف الاتحاد أي أسماء جديدة إلى القائمة هذا العام",
            G("sanctions.imposed", "negated", [_EU], ["Turkey"], core=False),
            # the reunification talks "متعثرة" since Crans-Montana,
            G("agreement.signed", "stalled", ["Cyprus", "Turkey"], [], core=False),
        ],
        not_targets=["Cyprus", "Greece", "Switzerland", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-bbcarabic-uk-france-canada-threaten-israel-sanctions-gaza-2025",
        date(2025, 5, 20),
        """بريطانيا وفرنسا وكندا تلوح بعقوبات على إسرائيل إذا لم توقف هجومها على غزة

لندن - «بي بي سي نيوز عربي»

هددت بريطانيا وفرنسا وكندا، الاثنين، باتخاذ "إجراءات ملموسة"، بينها فرض عقوبات محددة الأهداف، إذا لم توقف إسرائيل هجومها العسكري الجديد على قطاع غزة وترفع القيود المفروضة على دخول المساعدات الإنسانية.

وقال رئيس الوزراء البريطاني كير ستارمر والرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء الكندي مارك كارني، في بيان مشترك، إن مستوى المعاناة الإنسانية في غزة "لا يحتمل"، وإن الدول الثلاث "لن تقف مكتوفة الأيدي بينما تواصل حكومة نتنياهو هذه الأعمال الفاضحة".

وأضاف البيان أن الدول الثلاث "عارضت دائما" أي توسع للاستيطان في الضفة الغربية، وأنها "لن تتردد في اتخاذ مزيد من الإجراءات، بما في ذلك العقوبات الموجهة"، مؤكدا التزامها بالاعتراف بدولة فلسطينية "كمساهمة في تحقيق حل الدولتين".

ورد رئيس الوزراء الإسرائيلي بنيامين نتنياهو بأن القادة الثلاثة "يقدمون جائزة ضخمة" لمنفذي هجوم السابع من أكتوبر، مؤكدا أن إسرائيل "ستواصل الدفاع عن نفسها بالوسائل العادلة حتى تحقيق النصر الكامل"، ورافضا ما وصفه بـ"الضغوط الخارجية".

وكانت بريطانيا قد علقت في سبتمبر الماضي نحو ثلاثين ترخيصا من أصل ثلاثمئة وخمسين ترخيصا لتصدير الأسلحة إلى إسرائيل، بعد مراجعة خلصت إلى وجود "خطر واضح" من استخدامها في انتهاكات خطيرة للقانون الإنساني الدولي.

في المقابل، لم تنضم الولايات المتحدة إلى البيان، وقال مسؤول في وزارة الخارجية الأمريكية، طلب عدم الكشف عن هويته، إن واشنطن "لا تعتزم فرض أي عقوبات على إسرائيل"، وإنها تواصل العمل مع الوسطاء للتوصل إلى اتفاق.

وتأتي هذه التطورات فيما تراوح مفاوضات الدوحة غير المباشرة بين إسرائيل وحركة "حماس" مكانها، بعد أن فشلت جولات متتالية في التوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى والمحتجزين، إثر انهيار الهدنة السابقة في مارس الماضي.

وأعلنت إسرائيل، الأحد، أنها ستسمح بدخول "كمية أساسية من الغذاء" إلى القطاع، بعد حصار شامل استمر أحد عشر أسبوعا، غير أن الأمم المتحدة قالت إن الشاحنات التسع التي دخلت "نقطة في بحر" مقارنة بالاحتياجات.

ويرى دبلوماسيون في لندن أن البيان المشترك يمثل أشد لهجة تصدر عن حلفاء غربيين لإسرائيل منذ بداية الحرب، لكنهم يشيرون إلى أن تحويل التهديد إلى خطوات فعلية "يحتاج إلى وقت وإرادة سياسية".

وفي خان يونس جنوب القطاع، قال نازح أربعيني يقف في طابور أمام تكية خيرية: "بيانات وبس، إحنا بدنا طحين، الناس بتموت من الجوع والعالم بيتفرج علينا من سنة ونص، الكلام ما بيطعمي الولاد".

وتقول وزارة الصحة في غزة إن أكثر من ثلاثة وخمسين ألف فلسطيني قتلوا منذ اندلاع الحرب في أكتوبر 2023، أغلبهم من النساء والأطفال، فيما تحذر وكالات الأمم المتحدة من خطر مجاعة يهدد سكان القطاع البالغ عددهم نحو مليوني نسمة.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [
                    "United Kingdom",
                    "France",
                    "Canada",
                    "Keir Starmer",
                    "Emmanuel Macron",
                    "Mark Carney",
                ],
                ["Israel"],
            ),
            # the thirty arms-export licences suspended last September (a partial arms embargo),
            G("sanctions.imposed", "historical", ["United Kingdom"], ["Israel"], core=False),
            # "إن واشنطن «لا تعتزم فرض أي عقوبات على إسرائيل»",
            G("sanctions.imposed", "negated", [_US], ["Israel"], core=False),
            # the Doha talks that "تراوح مكانها",
            G("agreement.signed", "stalled", ["Israel", "Hamas"], [], core=False),
        ],
        not_targets=["Palestine", "Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alhurra-kazakhstan-to-join-abraham-accords-minerals-deal-2025",
        date(2025, 11, 7),
        """كازاخستان تنضم إلى «اتفاقيات أبراهام».. وترامب: المزيد من الدول في الطريق

واشنطن - «الحرة»

أعلن الرئيس الأمريكي دونالد ترامب، مساء الخميس، أن كازاخستان ستنضم إلى "اتفاقيات أبراهام"، لتكون أول دولة تلتحق بها خلال ولايته الثانية، وذلك عقب اتصال هاتفي أجراه مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس الكازاخي قاسم جومارت توكاييف، الذي يزور واشنطن للمشاركة في قمة دول آسيا الوسطى.

وقال ترامب، في منشور على منصته "تروث سوشيال"، إن البلدين سيعلنان "قريبا" موعد مراسم رسمية للانضمام، مضيفا أن "الكثير من الدول تسعى الآن للالتحاق بطريق السلام والازدهار" الذي فتحته الاتفاقيات قبل خمس سنوات.

وأكدت الحكومة الكازاخية، في بيان، أن انضمامها المرتقب إلى الاتفاقيات "امتداد طبيعي ومنطقي" لسياستها الخارجية القائمة على الحوار والاحترام المتبادل والاستقرار الإقليمي، مشيرة إلى أن أستانا تقيم علاقات دبلوماسية كاملة مع إسرائيل منذ مطلع تسعينيات القرن الماضي.

وعلى هامش القمة، وقع ترامب وتوكاييف في البيت الأبيض مذكرة تفاهم للتعاون في مجال المعادن الحيوية، تشمل استخراج التنغستن ومعالجته، إلى جانب صفقات تجارية بمليارات الدولارات في قطاعي الطيران والسكك الحديدية.

وقال توكاييف، خلال مأدبة عشاء أقامها ترامب لقادة دول آسيا الوسطى الخمس، إن بلاده "مستعدة لتكون شريكا موثوقا للولايات المتحدة"، مشيدا بما وصفه بـ"الدبلوماسية الشجاعة" للرئيس الأمريكي في الشرق الأوسط.

وكانت الإمارات والبحرين قد وقعتا الاتفاقيات مع إسرائيل في حديقة البيت الأبيض في سبتمبر 2020، برعاية ترامب خلال ولايته الأولى، ثم انضم إليها المغرب في ديسمبر من العام نفسه، والسودان في يناير 2021.

في المقابل، لم تنضم المملكة العربية السعودية بعد إلى الاتفاقيات، إذ تشترط الرياض مسارا واضحا وموثوقا لإقامة دولة فلسطينية مستقلة قبل أي تطبيع مع إسرائيل، وهو موقف جدده ولي العهد الأمير محمد بن سلمان أكثر من مرة منذ اندلاع الحرب في غزة.

ويرى مراقبون أن انضمام كازاخستان، وهي دولة ذات أغلبية مسلمة لا تربطها حدود أو نزاعات مع إسرائيل، "رمزي إلى حد بعيد"، لكنه يمنح الإدارة الأمريكية زخما لتوسيع الاتفاقيات، بعد أن وضعت حرب غزة المسار على الرف لعامين.

وفي مدينة ألماتي، قال طالب سوري يدرس الهندسة هناك منذ أربع سنوات: "شو رح يتغير يعني؟ هنن أصلا عندهن سفارة بتل أبيب من زمان، القصة كلها سياسة مع أمريكا والناس هون ما عم تحكي فيها".

ويبلغ عدد سكان كازاخستان نحو عشرين مليون نسمة، وهي أكبر منتج لليورانيوم في العالم، وتمتلك احتياطيات ضخمة من النفط والمعادن، ما يجعلها محط اهتمام متزايد من واشنطن وبكين وموسكو على حد سواء.""",
        [
            G("alliance.joined", "planned", ["Kazakhstan"], [_ABRAHAM]),
            G(
                "agreement.signed",
                "occurred",
                [_US, "Kazakhstan", "Donald Trump", "Kassym-Jomart Tokayev"],
                [],
            ),
            # the UAE and Bahrain in September 2020, Morocco and Sudan after them,
            G(
                "agreement.signed",
                "historical",
                [_UAE, "Bahrain", "Israel"],
                [],
                core=False,
            ),
            G("alliance.joined", "historical", ["Morocco"], [_ABRAHAM], core=False),
            G("alliance.joined", "historical", ["Sudan"], [_ABRAHAM], core=False),
            # "لم تنضم المملكة العربية السعودية بعد إلى الاتفاقيات",
            G("alliance.joined", "negated", ["Saudi Arabia"], [_ABRAHAM], core=False),
        ],
        not_targets=["Israel", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-nidaalwatan-saudi-kuwaiti-ambassadors-return-beirut-2022",
        date(2022, 4, 9),
        """السفيران السعودي والكويتي يعودان إلى بيروت بعد قطيعة دامت خمسة أشهر

بيروت - «نداء الوطن»

أعلنت المملكة العربية السعودية والكويت عودة سفيريهما إلى لبنان واستئناف عمل بعثتيهما الدبلوماسيتين في بيروت، بعد أكثر من خمسة أشهر على الأزمة الدبلوماسية الأشد في تاريخ العلاقات اللبنانية الخليجية.

ووصل السفير السعودي وليد بخاري إلى بيروت مساء الجمعة، تلاه السفير الكويتي عبد العال القناعي صباح السبت، وذلك بعد ساعات من بيان لوزارة الخارجية السعودية قالت فيه إن القرار يأتي "استجابة لنداءات ومناشدات القوى السياسية الوطنية المعتدلة في لبنان"، وتأكيدا لـ"أهمية عودة لبنان إلى عمقه العربي".

ورحب رئيس الحكومة نجيب ميقاتي بالخطوة، وكتب في تغريدة أن "لبنان يفخر بانتمائه العربي ويتمسك بأفضل العلاقات مع دول الخليج"، فيما وصف وزير الخارجية عبد الله بو حبيب عودة السفيرين بأنها "بداية صفحة جديدة".

وكانت الرياض قد استدعت سفيرها من بيروت في أواخر أكتوبر الماضي، وطلبت من السفير اللبناني مغادرة أراضيها خلال ثمان وأربعين ساعة، وأوقفت الواردات اللبنانية كافة، على خلفية تصريحات لوزير الإعلام آنذاك جورج قرداحي انتقد فيها الحرب في اليمن، وحذت الكويت والبحرين والإمارات حذوها.

وجاءت عودة السفيرين بعد المبادرة التي حملها وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح إلى بيروت في يناير الماضي، وتضمنت اثني عشر بندا، أبرزها التزام لبنان بسياسة النأي بالنفس ومنع استخدام أراضيه منطلقا لأنشطة تمس أمن دول الخليج.

غير أن المملكة لم ترفع حتى الآن الحظر على الواردات اللبنانية، وقال مصدر دبلوماسي لـ«نداء الوطن» إن الملف "سيبحث لاحقا" في ضوء التزام بيروت بمكافحة تهريب المخدرات عبر الشحنات المصدرة إلى الخليج.

كما لم تعلن البحرين والإمارات بعد موعد عودة سفيريهما إلى بيروت، وإن كانت مصادر دبلوماسية رجحت أن يتم ذلك "قبل عيد الفطر".

ويقيم بخاري، بحسب مصادر مطلعة، إفطارا رمضانيا الأسبوع المقبل يدعو إليه شخصيات سياسية ودينية، في خطوة تقرأ على أنها رسالة دعم للقوى السيادية قبل الانتخابات النيابية المقررة في الخامس عشر من مايو المقبل.

وفي شارع الحمرا، قال صاحب مطعم ستيني وهو يرتب الطاولات على الرصيف: "يا ريت يرجعوا الخليجيين متل أول، الصيفية بلاهن ما بتمشي، والبلد تعبانة كتير وما فينا نتحمل قطيعة كمان".

ويعمل في دول الخليج مئات الآلاف من اللبنانيين، تشكل تحويلاتهم أحد أبرز مصادر العملة الصعبة للبلاد، في ظل انهيار اقتصادي صنفه البنك الدولي بين الأسوأ في العالم منذ منتصف القرن التاسع عشر.""",
        [
            G("relations.restored", "occurred", ["Saudi Arabia"], ["Lebanon"]),
            G("relations.restored", "occurred", ["Kuwait"], ["Lebanon"]),
            # the Lebanese imports stopped last October,
            G("sanctions.imposed", "historical", ["Saudi Arabia"], ["Lebanon"], core=False),
            # "غير أن المملكة لم ترفع حتى الآن الحظر على الواردات اللبنانية",
            G("sanctions.lifted", "negated", ["Saudi Arabia"], ["Lebanon"], core=False),
            # "كما لم تعلن البحرين والإمارات بعد موعد عودة سفيريهما",
            G("relations.restored", "negated", ["Bahrain", _UAE], ["Lebanon"], core=False),
        ],
        not_targets=["Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-adenalghad-security-belt-brigades-merged-into-army-2023",
        date(2023, 6, 18),
        """دمج ثلاثة ألوية من «الحزام الأمني» في قوام المنطقة العسكرية الرابعة

عدن - «عدن الغد»

أعلنت وزارة الدفاع اليمنية، الأحد، دمج ثلاثة ألوية من قوات "الحزام الأمني" التابعة للمجلس الانتقالي الجنوبي في قوام المنطقة العسكرية الرابعة، وإخضاعها لقيادة موحدة وسلم رواتب واحد، في أول خطوة عملية لتنفيذ الشق العسكري من اتفاق الرياض منذ توقيعه قبل أكثر من ثلاث سنوات.

وقال رئيس هيئة الأركان العامة، في كلمة ألقاها خلال عرض عسكري أقيم في معسكر بدر بمديرية خور مكسر، إن الألوية الثلاثة "باتت جزءا لا يتجزأ من الجيش الوطني"، مضيفا أن "توحيد القرار العسكري والأمني ضرورة لمواجهة الميليشيات الحوثية الانقلابية وحماية المحافظات المحررة".

وأوضح بيان للوزارة أن بقية ألوية الحزام الأمني وقوات الدعم والإسناد ستدمج تباعا خلال مرحلة ثانية مطلع العام المقبل، بعد استكمال حصر القوام البشري وتسليم الأسلحة المتوسطة والثقيلة إلى مخازن المنطقة العسكرية.

ورحب عضو مجلس القيادة الرئاسي رئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي بالخطوة، وقال في بيان إن قوات الجنوب "كانت وستظل في مقدمة الصفوف دفاعا عن الأرض"، مؤكدا أن الدمج "لا يعني التخلي عن تطلعات شعب الجنوب".

وكانت الحكومة اليمنية والمجلس الانتقالي الجنوبي قد وقعا اتفاق الرياض برعاية المملكة العربية السعودية في نوفمبر 2019، بعد مواجهات دامية في عدن وأبين، غير أن بنوده العسكرية والأمنية ظلت معطلة طوال ثلاث سنوات بسبب الخلافات حول تسلسل تنفيذها.

ولم يشمل قرار الدمج ألوية العمالقة الجنوبية، التي قال مصدر عسكري لـ«عدن الغد» إن وضعها "سيبحث بشكل منفصل" في ضوء انتشارها على جبهات شبوة ومأرب والساحل الغربي.

وكان رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي قد شكل في مايو من العام الماضي لجنة أمنية وعسكرية مشتركة لإعادة هيكلة القوات المسلحة والأمن، ضمن التزامات إعلان نقل السلطة الذي أعقب مشاورات الرياض.

وقال محللون عسكريون إن نجاح الخطوة مرهون بانتظام صرف الرواتب، في ظل أزمة مالية خانقة تعانيها الحكومة منذ توقف صادرات النفط إثر هجمات الحوثيين بالطائرات المسيرة على موانئ التصدير في حضرموت وشبوة أواخر العام الماضي.

وفي سوق الشيخ عثمان، قال بائع قات أربعيني كان يخدم في أحد الألوية: "المهم الراتب يوصل آخر الشهر، العسكري حقنا له ثلاثة أشهر ما استلم حاجة، دمجوا ولا ما دمجوا إحنا نشتي نعيش".

وتشهد عدن، التي تتخذها الحكومة عاصمة مؤقتة منذ سيطرة الحوثيين على صنعاء في سبتمبر 2014، انقطاعات طويلة للكهرباء خلال فصل الصيف، وتدهورا متواصلا في سعر صرف الريال اليمني أمام العملات الأجنبية.""",
        [
            G("forces.integrated", "occurred", ["Yemen"], [_BELT, _STC]),
            # "ستدمج تباعا خلال مرحلة ثانية مطلع العام المقبل",
            G("forces.integrated", "planned", ["Yemen"], [_BELT, _STC]),
            # the Riyadh Agreement of November 2019 (its merging clause is its content),
            G(
                "agreement.signed",
                "historical",
                ["Yemen", _STC, "Saudi Arabia"],
                [],
                core=False,
            ),
            # "غير أن بنوده العسكرية والأمنية ظلت معطلة طوال ثلاث سنوات",
            G("forces.integrated", "stalled", ["Yemen"], [_STC], core=False),
            # "ولم يشمل قرار الدمج ألوية العمالقة الجنوبية",
            G("forces.integrated", "negated", ["Yemen"], ["Giants Brigades"], core=False),
        ],
        not_targets=["Saudi Arabia", "Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-alain-greek-patriot-battery-deployed-in-saudi-arabia-2021",
        date(2021, 9, 20),
        """اليونان تنشر بطارية «باتريوت» في السعودية لحماية منشآت الطاقة

الرياض - «العين الإخبارية»

نشرت اليونان بطارية صواريخ "باتريوت" للدفاع الجوي في المملكة العربية السعودية، يرافقها نحو مئة وعشرين عسكريا يونانيا، للمساهمة في حماية منشآت الطاقة الحيوية من هجمات الصواريخ الباليستية والطائرات المسيرة التي تطلقها ميليشيات الحوثي من اليمن.

وقالت وزارة الدفاع اليونانية، في بيان، إن البطارية "أصبحت جاهزة للعمل بالكامل"، بعد وصول آخر دفعة من المعدات والأفراد إلى المملكة خلال عطلة نهاية الأسبوع، مشيرة إلى أن المهمة تأتي "في إطار الشراكة الاستراتيجية المتنامية بين البلدين".

وتنتشر البطارية بموجب اتفاق وقعه وزير الخارجية اليوناني نيكوس دندياس ونظيره السعودي الأمير فيصل بن فرحان في الرياض في أبريل الماضي، ينص على إعارة المنظومة وطواقمها إلى المملكة مع تحمل الجانب السعودي تكاليف تشغيلها.

وتزامن الانتشار اليوناني مع سحب الولايات المتحدة عددا من بطاريات "باتريوت" ومنظومة "ثاد" من قاعدة الأمير سلطان الجوية، التي كانت واشنطن قد أعادت نشر آلاف الجنود فيها عام 2019، عقب الهجوم على منشأتي "أرامكو" في بقيق وخريص.

وأكد وزير الدفاع اليوناني نيكوس باناغيوتوبولوس، في تصريحات لإذاعة محلية، أن العسكريين اليونانيين "لن يشاركوا في أي عمليات هجومية"، وأنه "لن يكون هناك أي وجود عسكري يوناني في اليمن"، موضحا أن مهمة البطارية "دفاعية بحتة".

من جهته، ثمن مصدر في وزارة الدفاع السعودية الخطوة اليونانية، وقال إن المملكة "تقدر وقوف الأصدقاء إلى جانبها في مواجهة الاعتداءات الإرهابية التي تستهدف أمن إمدادات الطاقة العالمية"، مؤكدا أن الدفاعات الجوية الملكية السعودية "تعترض الغالبية العظمى من المقذوفات".

وشهدت العلاقات بين الرياض وأثينا تقاربا لافتا خلال العامين الماضيين، إذ شاركت مقاتلات يونانية في مناورات مشتركة مع القوات الجوية الملكية السعودية، وزار رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس المملكة في أكتوبر 2020.

ويقول محللون إن أثينا تسعى من خلال انتشارها في الخليج إلى تعزيز موقعها الإقليمي في مواجهة تركيا، في حين تحاول الرياض تنويع شركائها الأمنيين وسط تساؤلات متزايدة حول التزام واشنطن بأمن المنطقة.

وفي أحد مقاهي حي العليا بالرياض، قال موظف حكومي ثلاثيني: "الله يحفظ البلد وأهلها، الصواريخ والمسيرات صارت كل يوم تقريبا، والحمد لله الدفاعات شغالة وما نحس بشي، واللي يجي يساعد حياه الله".

وأعلن التحالف بقيادة السعودية خلال الأسبوع الماضي اعتراض وتدمير أكثر من عشر طائرات مسيرة مفخخة وصاروخين باليستيين أطلقها الحوثيون باتجاه جازان ونجران وخميس مشيط، من دون أن تسفر عن إصابات.""",
        [
            G("military.presence", "occurred", ["Greece"], ["Saudi Arabia"]),
            # the loan agreement signed in Riyadh in April,
            G(
                "agreement.signed",
                "historical",
                ["Greece", "Saudi Arabia", _DENDIAS, "Faisal bin Farhan"],
                [],
                core=False,
            ),
            # the US troops redeployed at Prince Sultan in 2019,
            G("military.presence", "historical", [_US], ["Saudi Arabia"], core=False),
            # "لن يكون هناك أي وجود عسكري يوناني في اليمن",
            G("military.presence", "negated", ["Greece"], ["Yemen"], core=False),
        ],
        not_targets=["Yemen", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-almountakhab-agadir-football-page-hassania-2024",
        date(2024, 2, 26),
        """حسنية أكادير يعود بالنقاط الثلاث.. وعقوبات جديدة من لجنة الأخلاقيات

أكادير - «المنتخب»

عاد فريق حسنية أكادير إلى سكة الانتصارات، بعد فوزه على ضيفه اتحاد تواركة بهدفين دون رد، مساء الأحد، على أرضية ملعب أدرار، في افتتاح الجولة العشرين من البطولة الاحترافية، أمام حضور جماهيري غفير عاد إلى المدرجات بعد غياب.

وعقب المباراة، فرضت اللجنة المركزية للأخلاقيات بالجامعة الملكية المغربية لكرة القدم غرامة مالية قدرها عشرون ألف درهم على النادي المضيف، بسبب استعمال جماهيره للشهب الاصطناعية، وقررت توقيف مدافع الفريق الزائر أربع مباريات بعد اعتدائه على الحكم المساعد، فيما رفعت اللجنة العقوبة عن حارس الحسنية بعد قبول الطعن الذي تقدم به النادي.

وهددت اللجنة بفرض عقوبات أشد، تصل إلى إجراء المباريات بدون جمهور، على الأندية التي تتكرر فيها أحداث الشغب، داعية المكاتب المسيرة إلى "تحمل مسؤوليتها في تأطير الجماهير".

وعلى صعيد الانتقالات الشتوية، انضم المهاجم السنغالي الشاب إلى صفوف الحسنية قادما من نادي جاراف، بعقد يمتد لثلاثة مواسم ونصف، بينما مدد النادي عقد مدربه الفرنسي إلى غاية يونيو 2026، بعد تحسن نتائج الفريق في الجولات الأخيرة.

ووقع المكتب المسير للحسنية اتفاقية شراكة مع نادي الأهلي المصري لتبادل الخبرات في مجال التكوين، كما وقع عقد رعاية جديدا مع شركة محلية لتعليب السمك لمدة موسمين، يشمل الفئات السنية كافة.

وعلى المستوى التنظيمي، قررت العصبة الجهوية سوس ماسة دمج بطولتي فئتي أقل من سبعة عشر عاما وأقل من تسعة عشر عاما في بطولة واحدة، لقلة عدد الفرق المشاركة، على أن تستأنف المنافسات مطلع مارس بعد تعليقها بسبب العطلة المدرسية.

ونشرت السلطات المحلية تعزيزات أمنية مكثفة في محيط ملعب أدرار قبل المباراة، لتنظيم دخول الجماهير ومنع التجمهر، بعد أحداث الشغب التي عرفتها المدينة الموسم الماضي في مباراة الديربي.

وفي السياق نفسه، استأنف فريق الرجاء الرياضي تداريبه بعد راحة قصيرة، استعدادا لمواجهة الحسنية في الجولة المقبلة، فيما التحق ثلاثة لاعبين من فريق الأمل بالفريق الأول للحسنية.

وعقب اللقاء، قال مشجع سوسي وهو يغادر الملعب: "الفرقة ولات كتلعب مزيان، والمدرب عرف كيفاش يجمع الدراري، إن شاء الله نكملو الموسم فالمراتب الأولى ونرجعو لإفريقيا".

ويحتل حسنية أكادير المركز السادس في الترتيب برصيد ثمان وعشرين نقطة، بفارق نقطتين عن المركز الخامس، فيما يتصدر الجيش الملكي الترتيب متبوعا بالرجاء الرياضي ونهضة بركان، قبل استئناف المنافسات بعد فترة التوقف الدولي.""",
        [],
        not_targets=["Senegal", "France", "Egypt", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-allewaa-saida-local-page-2023",
        date(2023, 7, 14),
        """صيدا.. منع البسطات على الكورنيش ورفع النفايات وإعادة فتح القلعة البحرية

صيدا - «اللواء»

فرضت بلدية صيدا منعا على انتشار البسطات العشوائية على الكورنيش البحري وفي محيط ساحة النجمة، بعد شكاوى متكررة من زحمة السير وتراكم الأوساخ، وهددت بفرض غرامات ومصادرة البضائع من المخالفين، اعتبارا من مطلع الأسبوع المقبل.

ورفعت ورش البلدية، بالتعاون مع معمل معالجة النفايات، أكثر من مئة وخمسين طنا من النفايات المتراكمة في أحياء الفيلات والشرحبيل والست نفيسة، بعد توقف جزئي في عمليات الجمع بسبب أزمة المحروقات التي تعانيها الشركة المتعهدة.

وفي المقابل، علقت مؤسسة مياه لبنان الجنوبي ضخ المياه إلى عدد من أحياء المدينة القديمة ليومين، لإجراء صيانة طارئة على محطة الضخ الرئيسية، قبل أن تستأنف التغذية مساء الأربعاء، وسط تذمر الأهالي من تكرار الانقطاع في عز الصيف.

ووقعت البلدية اتفاقية تعاون مع جمعية أهلية لإعادة تأهيل واجهات الأسواق التراثية داخل المدينة القديمة، بتمويل من متبرعين صيداويين مغتربين، كما انضمت صيدا إلى شبكة المدن الساحلية المتوسطية للسياحة المستدامة، التي تضم مدنا من قبرص واليونان وإيطاليا.

وأعادت المديرية العامة للآثار فتح القلعة البحرية أمام الزوار، بعد أشهر من أعمال الترميم التي طالت الجسر الحجري والبرج الغربي، فيما مددت البلدية مهلة تسوية أوضاع المحلات غير المرخصة إلى نهاية أيلول المقبل.

ونشرت البلدية عناصر من شرطتها على الشاطئ الشعبي لتنظيم حركة الرواد ومنع رمي النفايات، بالتزامن مع انطلاق موسم السباحة، كما قررت دمج مدرستين رسميتين في حي البراد بسبب تراجع أعداد التلاميذ وارتفاع كلفة التشغيل.

وعلى صعيد المواصلات، استأنفت حافلات النقل المشترك رحلاتها بين صيدا وبيروت بعد توقف دام أسبوعين، إثر اتفاق بين أصحاب الحافلات ووزارة الأشغال العامة والنقل على تعرفة جديدة.

وفي سوق السمك قرب الميناء، قال بائع سبعيني: "البحر ما عاد يعطي متل قبل، والناس ما معها تشتري، كيلو السمك صار بحق معاش يوم، الله يعين العالم على هالأيام".

ويبلغ عدد سكان مدينة صيدا، عاصمة الجنوب اللبناني، نحو مئتي ألف نسمة، وتشتهر بأسواقها القديمة وقلعتها البحرية التي شيدها الصليبيون في القرن الثالث عشر، وتستقبل خلال الصيف آلاف المغتربين.""",
        [],
        not_targets=["Lebanon", "Cyprus", "Greece", "Italy"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alkhaleej-fujairah-business-page-2024",
        date(2024, 10, 8),
        """«موانئ الفجيرة» توقع اتفاقية مع شركة هندية.. ومبيعات وقود السفن ترتفع

الفجيرة - «الخليج»

وقعت موانئ الفجيرة، أمس الاثنين، اتفاقية مع شركة هندية متخصصة في الخدمات اللوجستية لإنشاء محطة جديدة لمناولة البضائع السائبة على مساحة تتجاوز مئتي ألف متر مربع، باستثمارات تقدر بنحو ثلاثمئة مليون درهم، على أن تبدأ المحطة عملياتها خلال عامين.

وقال مدير عام الميناء، في تصريح لـ«الخليج»، إن الاتفاقية "تعزز مكانة الفجيرة مركزا عالميا لتخزين النفط وتزويد السفن بالوقود"، مشيرا إلى أن مبيعات وقود السفن في الإمارة ارتفعت بنسبة ثمانية في المئة خلال سبتمبر مقارنة بالشهر السابق.

وفي المقابل، علقت إحدى شركات تخزين المنتجات النفطية العمليات في أحد خزاناتها لمدة أسبوع لإجراء أعمال صيانة دورية، قبل أن تستأنف التشغيل الكامل الأحد، وفق ما أعلنته الشركة في إفصاح رسمي.

وعلى صعيد الأسواق المالية، انضمت شركة محلية للصناعات البلاستيكية إلى سوق أبوظبي للأوراق المالية بعد استيفائها شروط الإدراج، فيما وقعت شركتان عائليتان لتجارة مواد البناء مذكرة تفاهم لدراسة الاندماج في كيان واحد.

وكانت هيئة المنطقة الحرة بالفجيرة قد فرضت في مطلع العام رسوما جديدة على تجديد التراخيص التجارية، فيما رفعت شركات الشحن أسعار نقل الحاويات إلى موانئ البحر الأحمر بنسب تجاوزت أربعين في المئة، بسبب تحويل السفن مساراتها حول رأس الرجاء الصالح.

وهددت مجموعة من تجار الجملة بتعليق تعاملها مع إحدى شركات النقل البري التي رفعت أسعارها دون إخطار مسبق، في حين مددت دائرة الصناعة والاقتصاد مهلة تجديد الرخص المنتهية حتى نهاية الربع الأخير، ونشرت فرقا ميدانية لمتابعة التزام المنشآت.

كما انضم صندوق استثمار خليجي إلى رأسمال مصنع للمياه المعبأة في مسافي، بينما وقعت شركة طيران منخفض التكلفة اتفاقية مع مطار الفجيرة الدولي لتشغيل رحلات مباشرة إلى مدن هندية وباكستانية اعتبارا من ديسمبر.

وفي سوق الجمعة على طريق مسافي، قال بائع فواكه مواطن: "الحمد لله الحركة زينة هالأيام، بس الإيجارات واجد غالية والتاجر الصغير تعبان، الله يرزق الجميع".

وتعد الفجيرة ثالث أكبر مركز لتزويد السفن بالوقود في العالم بعد سنغافورة وروتردام، وتمتلك طاقة تخزينية تتجاوز أحد عشر مليون متر مكعب من المنتجات النفطية، ويمر عبر مينائها جزء كبير من صادرات الإمارات النفطية بعيدا عن مضيق هرمز.""",
        [],
        not_targets=["India", "Pakistan", "United Arab Emirates", "Singapore"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout46_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout46_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # envoys in the dual, «سفيريهما» (their two ambassadors)
    pytest.param(
        "أعلنت الإمارات والبحرين عودة سفيريهما إلى قطر.",
        date(2024, 3, 5),
        [("relations.restored", "occurred", "United Arab Emirates")],
        [],
        id="uae-and-bahrain-return-their-two-ambassadors-to-qatar",
    ),
    pytest.param(
        "أعلنت الإمارات والبحرين عودة سفرائهما إلى قطر.",
        date(2024, 3, 5),
        [("relations.restored", "occurred", "United Arab Emirates")],
        [],
        id="uae-and-bahrain-return-their-ambassadors-plural-to-qatar",
    ),
    pytest.param(
        "أعلنت الإمارات عودة سفيرها إلى قطر.",
        date(2024, 3, 5),
        [("relations.restored", "occurred", "United Arab Emirates")],
        [],
        id="uae-returns-its-ambassador-to-qatar",
    ),
    # «ستدمج» (will be merged) with the forces for subject and no body to merge into
    pytest.param(
        "وقالت وزارة الدفاع العراقية إن بقية ألوية الحشد العشائري ستدمج تباعا خلال العام المقبل.",
        date(2024, 3, 5),
        [("forces.integrated", "planned", "Iraq")],
        [],
        id="iraqi-ministry-says-remaining-brigades-will-be-merged-in-turn",
        marks=pytest.mark.xfail(strict=True, reason=_NO_DESTINATION),
    ),
    pytest.param(
        "وقالت وزارة الدفاع العراقية إن بقية ألوية الحشد العشائري ستدمج في الجيش العراقي تباعا.",
        date(2024, 3, 5),
        [("forces.integrated", "planned", "Iraq")],
        [],
        id="iraqi-ministry-says-remaining-brigades-will-be-merged-into-army",
    ),
    # a waiver granted to a third state from sanctions «المفروضة على» another
    pytest.param(
        "منحت الولايات المتحدة العراق إعفاء من العقوبات المفروضة على إيران لمدة أربعة أشهر.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "target:Iran")],
        ["Iraq"],
        id="us-grants-iraq-waiver-from-iran-sanctions",
    ),
    pytest.param(
        "مددت الولايات المتحدة إعفاء العراق من العقوبات المفروضة على إيران لمدة أربعة أشهر.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "target:Iran")],
        ["Iraq"],
        id="us-extends-iraqs-waiver-from-iran-sanctions",
    ),
    # the organisation in a sanctioned person's title
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على المقررة الأممية فرانشيسكا ألبانيزي.",
        date(2025, 7, 10),
        [("sanctions.imposed", "occurred", "target:Francesca Albanese")],
        ["United Nations"],
        id="us-sanctions-un-rapporteur-not-the-un",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على المدعي العام للمحكمة الجنائية الدولية كريم خان.",
        date(2025, 2, 14),
        [("sanctions.imposed", "occurred", "target:Karim Khan")],
        ["International Criminal Court"],
        id="us-sanctions-icc-prosecutor-not-the-court",
    ),
    # a headline's present tense over the body's «ستنضم»
    pytest.param(
        "أذربيجان تنضم إلى منظمة شنغهاي للتعاون\n\nأعلن الرئيس الروسي أن أذربيجان ستنضم إلى"
        " منظمة شنغهاي للتعاون.",
        date(2024, 11, 7),
        [("alliance.joined", "planned", "Azerbaijan")],
        [],
        id="headline-joins-body-will-join-sco",
    ),
    pytest.param(
        "أعلن الرئيس الروسي أن أذربيجان ستنضم إلى منظمة شنغهاي للتعاون.",
        date(2024, 11, 7),
        [("alliance.joined", "planned", "Azerbaijan")],
        [],
        id="body-alone-will-join-sco",
    ),
    # the same venue named for today's signing and for a past one
    pytest.param(
        "ووقع ترامب وأردوغان في البيت الأبيض مذكرة تفاهم للتعاون في مجال الطاقة.\n\nوكانت قطر"
        " والكويت قد وقعتا اتفاقا للتجارة في حديقة البيت الأبيض في سبتمبر 2020.",
        date(2024, 11, 7),
        [("agreement.signed", "occurred", "Donald Trump")],
        [],
        id="signing-at-white-house-beside-past-signing-there",
    ),
    pytest.param(
        "ووقع ترامب وأردوغان مذكرة تفاهم للتعاون في مجال الطاقة.\n\nوكانت قطر والكويت قد وقعتا"
        " اتفاقا للتجارة في حديقة البيت الأبيض في سبتمبر 2020.",
        date(2024, 11, 7),
        [("agreement.signed", "occurred", "Donald Trump")],
        [],
        id="signing-without-venue-beside-past-signing-at-white-house",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout46_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout46_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
