"""A forty-fifth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-four held-out sets: contemporary Arabic copy of 2017-2025, as today's wires,
sites and papers carry it (an Asharq News report, "أوتاوا - «الشرق»", with an Iraqi's "زين سووها،
بس متأخرين هواية" in a Mississauga café; an Al Arabiya.net report, "واشنطن - «العربية.نت»", with
an Idlib electrician's "هلق صار فينا نتنفس شوي"; a Beirut site, "بيروت - «النشرة»", with an
Achrafieh pensioner's "صرنا ندفع للموتور أكتر من الإيجار"; an Al-Quds Al-Arabi report from New
York with a Tamanrasset trader's Algerian "السلعة ما راهيش تجوز كيما بكري"; an Asharq Al-Awsat
report from Bogotá with a Lebanese-Colombian draper's "شو بدها تعمل كولومبيا بالناتو؟" in Maicao;
a Rabat site, "الرباط - «الصحيفة»", with a Casablanca petit-taxi driver's Darija "حنا بغينا غير
الخدمة"; an Al Hadath.net report, "دبي - «الحدث.نت»", with a Deira gold trader's "ردينا مثل قبل";
a Somali site, "بلدوين - «الصومال اليوم»", with a Beledweyne tea seller's Yemeni-learnt "والحين
العيال معاهم رواتب"; an Amman daily, "عمان - «السبيل»", with an Azraq grocer's "احنا متعودين على
صوت الطيارات"; a Cairo handball page, "القاهرة - «المصري اليوم»", with a Zamalek fan's "الفريق ده
محدش يقدر يوقفه"; a Sousse local page, "سوسة - «الصباح نيوز»", with a tabouna-bread seller's
Tunisian "الحالة صعيبة برشا"; a Misrata business page, "مصراتة - «عين ليبيا»", with a
greengrocer's "الأسعار طايرة يا راجل") and on programmes and regions they do not touch (Canada
listing the Islamic Revolutionary Guard Corps as a terrorist entity in June 2024 beside its
foreign minister's warning, the United States revoking the foreign-terrorist-organisation
designation of Hay'at Tahrir al-Sham in July 2025 while the Security Council's listing stays, the
Lebanese-Jordanian-Syrian electricity agreement of Beirut of January 2022 and its exemption from
the Caesar Act, the Security Council's Mali sanctions regime prolonged in August 2022 after
Barkhane's departure, Colombia made NATO's first Latin American global partner in May 2018 with
its OECD membership ahead, the Moroccan-Israeli defence memorandum of Rabat of November 2021,
Qatar and the United Arab Emirates reopening their embassies in June 2023, Ma'awisley clan
fighters merged into the Somali army at Beledweyne in March 2023, and the German Tornados moved
from Incirlik to Jordan's Muwaffaq Salti air base at Azraq in October 2017). Nine carry core
events of all ten alertable types (thirteen in all), mostly in occurred status, two planned
(Colombia that "من المقرر أن تصبح … العضو السابع والثلاثين" of the OECD, and the Somali defence
ministry that "ستدمج دفعات أخرى من مقاتلي العشائر تباعا"), next to historical, negated and
stalled ones; three are near misses: a Cairo handball page (a club fined «فرض غرامة», a player
banned and a keeper's ban "رفعت", a competitions committee that "هددت بفرض عقوبات" on clubs, a
Tunisian who "انضم" to Zamalek, a coach's contract "مدد", a sponsorship and a protocol with the
Qatari federation "وقع", two youth competitions "دمج", a championship suspended and to "تستأنف",
security formations "نشرت", training resumed, youth players who "انضم"), a Sousse local page
(pavement use "فرضت … منعا", fines "هددت بفرض", rubbish "رفعت", water "علقت" and resumed, a
partnership "وقعت", the city that "انضمت" to a Mediterranean network, a museum that "أعاد … فتح",
a deadline "مددت", lifeguards "نشرت", merged schools, evening trains resumed) and a Misrata
business page (a port contract with a Turkish company "وقعت", a furnace "علقت" and resumed, a
listing that "انضمت", a bank merger memorandum, the central bank's fee on foreign currency "فرض",
fares "رفعت", a chamber that "هددت بتعليق" its dealings, a customs deadline "مددت" and teams
"نشرت", a fund that "انضم" to a dairy's capital, a Maltese maintenance agreement, flights to
Istanbul resumed).

The decisions of the annotation, taken before any run: a government that "أعلنت … إدراج الحرس
الثوري الإيراني على قائمتها للكيانات الإرهابية" imposes sanctions (core; Canada the actor, the
IRGC the target; not Ukraine, whose airliner was downed, nor Iraq, Syria or Lebanon of a
passer-by's words; Dominic LeBlanc, who announces it, is not in the knowledge base), a minister
who "لوحت … بفرض مزيد من العقوبات على طهران" threatens them (core; Canada and Mélanie Joly, Iran
the target), the Quds Force listed in 2012 and the IRGC designated by the United States in April
2019 historical impositions, "لم يدرج الاتحاد الأوروبي حتى الآن الحرس الثوري" a negated one, the
ties cut in 2012 no event of a watched type; a ministry that "ألغت … رسميا تصنيف «هيئة تحرير
الشام» منظمة إرهابية أجنبية" lifts sanctions (core; the United States, its State Department and
Marco Rubio the actors, HTS the target), the designations of May 2018 (HTS) and late 2012
(al-Nusra) historical impositions, Trump's executive order of 30 June ending the Syria programme
a historical lifting (what it kept on al-Assad no event), "غير أن مجلس الأمن الدولي لم يرفع حتى
الآن «هيئة تحرير الشام» من قائمة العقوبات" a negated lifting, Damascus's draft to delist the
president a plan of another and no event, the Syrian-Israeli security talks "متعثرة" a stalled
signing; three states that "وقع … اتفاقية لنقل الطاقة الكهربائية" sign an agreement (core;
Lebanon, Jordan and Syria; their ministers Walid Fayad and Ghassan al-Zamel not in the knowledge
base), a Treasury that "منحت الاتفاقية إعفاء من عقوبات قانون قيصر" suspends sanctions (core, a
waiver; the United States and its Treasury the actors, Syria, whose government the Act targets,
the target; not Jordan or Egypt), "ويفرض قانون قيصر، الذي دخل حيز التنفيذ في يونيو 2020، عقوبات"
a historical imposition (the present tense of a law in force, dated by its entry into force), the
plan the four ministers agreed in Amman in September a historical signing, the Egyptian gas
agreement "متعثرا" a stalled one; a Council that "مدد … نظام العقوبات المفروض على مالي لمدة عام
إضافي" extends sanctions (core; the Security Council the actor, Mali the target; not France,
whose deputy envoy speaks, nor Russia, nor Algeria, where the 2015 agreement was signed), the
regime set up in September 2017 a historical imposition, ECOWAS's sanctions of January and their
lifting at Accra in July a historical imposition and a historical lifting, "مجددا نفي حكومته وجود
عناصر من مجموعة «فاغنر» الروسية على أراضيها" a negated presence, Barkhane's nine years a
historical presence, the Algiers agreement of 2015 a historical signing, Russia that "لوحت بعدم
التصويت لصالح أي تجديد" no event of a watched type (a threat of a veto, not of sanctions); a
state that "انضمت … رسميا … إلى حلف شمال الأطلسي (الناتو) بصفة «شريك عالمي»" joins it (core;
Colombia, NATO the organisation joined), "ومن المقرر أن تصبح البلاد العضو السابع والثلاثين في
المنظمة" a planned joining of the OECD (core), "لن تكون عضوا كاملا في الحلف" a negated joining,
"نفى وزير الدفاع … أن تتضمن الشراكة إقامة قواعد للحلف أو نشر قوات أجنبية" a negated presence of
NATO, the security agreement of 2013 with NATO and the FARC peace agreement of 2016 historical
signings (FARC not in the knowledge base), Venezuela's condemnation no event; two states that
"وقع … مذكرة تفاهم في مجال التعاون الدفاعي" sign (core; Morocco, Israel, Benny Gantz and
Abdellatif Loudiyi, the last not in the knowledge base), the tripartite declaration of December
2020 a historical signing (with the United States), the ties resumed that December and the
liaison offices reopened in August two historical restorations, "لم يرفعا بعد مستوى تمثيلهما
الدبلوماسي إلى درجة سفارة" a negated restoration, Algeria's cut of August no event of a watched
type; two states that "أعلنت … استئناف العلاقات الدبلوماسية بينهما وعودة العمل في سفارة …"
restore ties (core; Qatar and the United Arab Emirates), the AlUla declaration of January 2021 a
historical signing, Qatar's ties with Bahrain restored in April a historical restoration, the
Saudi-Iranian agreement of March a historical signing, the flights resumed after AlUla and the
ambassadors not yet named no events; a ministry that "أعلنت … دمج نحو ألف ومئتي مقاتل من
ميليشيات «معاويسلي» العشائرية في صفوف الجيش الوطني" integrates forces (core; Somalia the actor,
the Ma'awisley, not in the knowledge base, the target; not al-Shabaab, whom they fought), "وأن
الوزارة ستدمج دفعات أخرى من مقاتلي العشائر تباعا" a planned integration (core, the same parties),
Ahlu Sunna Waljama'a merged in 2020 a historical integration, the African Union's forces "منذ عام
2007" a historical presence (the 2,000 "من المقرر أن تسحب" a withdrawal, no watched type), "نفى
المتحدث باسم الجيش … وجود أي قوات إثيوبية في بلدوين حاليا" a negated presence of Ethiopia; jets
and some 250 soldiers that "باتوا منتشرين في القاعدة الأردنية" are a presence (core; Germany in
Jordan; not Syria and Iraq, flown over, nor Turkey, left), Germany's joining of the coalition in
late 2015 a historical joining, its jets at Incirlik since early 2016 a historical presence (the
Bundestag's decision of June to move them is this presence's background, not annotated again),
"نفى متحدث … أن تكون برلين تعتزم إعادة نشر أي من قواتها أو طائراتها في تركيا" a negated presence
in Turkey, the AWACS crews at Konya and Jordan's hosting of "قوات عدد من الدول الصديقة" no events
of their own; a handball page's fines, bans, a ban lifted, threats to clubs, transfers, a
contract prolonged, a sponsorship, a federations' protocol, merged youth competitions, a
suspended championship, security formations and resumed training, a local page's pavement ban,
fines threatened, rubbish, water cut and resumed, a partnership, a network of cities, a museum
reopened, a deadline, lifeguards, merged schools and trains resumed, and a business page's port
contract, a suspended and resumed furnace, a listing, a bank merger memorandum, a central bank's
fee, fares raised, a chamber's threat to suspend its dealings, a deadline, customs teams, a fund
joining a capital, a maintenance agreement and flights resumed are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit 114b417), in one run: events P 0.846 R 1.000 F1
0.917 (recall 13/13, precision 11/13: eleven alerts right, two wrong, one of them a false alarm
that shares a name with a quiet gold event and one an unexpected alert; occurred core found
11/11, planned 2/2; historical 22/24, negated 8/8 and stalled 2/2 kept quiet by the scorer's
count). The scorer matches on type, alertability and one shared name, so its full recall hides
three core events the per-article checks miss: in ar-hl05 the planned joining of the OECD, "ومن
المقرر أن تصبح البلاد العضو السابع والثلاثين في المنظمة", gives nothing (the occurred joining of
NATO, by Colombia, stands for it in the count): a bare «البلاد» (the country) and «المنظمة» (the
organisation) name no participant in the roles of ``rasd/events/roles.py``, and an event with
none is not emitted ("ومن المقرر أن تصبح الأرجنتين العضو التاسع والثلاثين في منظمة التعاون
الاقتصادي والتنمية" is a planned joining); in ar-hl08 the planned integration, "وأن الوزارة
ستدمج دفعات أخرى من مقاتلي العشائر تباعا", gives nothing for the same cause with «الوزارة» (the
cause set 44 left open for «كما فرضت الوزارة»; "إن الحكومة العراقية ستدمج دفعات أخرى من مقاتلي
العشائر في الجيش" is read); and in ar-hl09 the presence, "نحو مئتين وخمسين جنديا ألمانيا وست
طائرات «تورنادو» … باتوا منتشرين في القاعدة الأردنية", gives nothing: the participle «منتشرين»
after «باتوا» is none of the presence forms of ``rasd/events/lexicons/ar.triggers.yaml`` (which
has «انتشرت قوات», «ينتشر جنود», «تنتشر» after a foreign force…; "إن ألمانيا نشرت مئتين وخمسين
جنديا … في قاعدة أردنية" is read), nor is the headline's "تستأنف طلعاتها … من قاعدة الأزرق" a
presence form, and the count takes the wrong planned presence in Turkey below for it, by
Germany's name. Wrong alerts: in ar-hl02 "… ما يبقي عليه حظر السفر وتجميد الأصول الأمميين،
ويجعل سفره إلى الخارج رهنا باستثناءات من لجنة العقوبات" is a threat of sanctions by the United
Nations: the masdar «تجميد» of a measure kept in place («يبقي … على») is read as a new one, the
adjective «الأمميين» gives it the United Nations for actor, and «رهنا» of the next clause, a
``conditional`` cue of ``rasd/events/lexicons/ar.cues.yaml``, turns a conditional imposition into a
threat in ``rasd/events/status.py`` ("ويبقي القرار على الوزير السابق حظر السفر وتجميد الأصول" is
quiet); in ar-hl04 "وكانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) قد فرضت في يناير
الماضي عقوبات … على مالي، شملت إغلاق الحدود وتجميد أصول الدولة …، قبل أن ترفعها في قمة أكرا
مطلع يوليو، بعد تعهد المجلس العسكري بتسليم السلطة للمدنيين في مارس 2024" gives, beside the
historical imposition, a planned imposition by Mali (a false alarm of the historical one): the
«وتجميد» listed among the measures of «شملت» is a second event, with Mali (linked as the country,
not «مالي» "financial", only once the vox pop's «كيدال» supports it) for its participant, and the
pledge «تعهد» (a ``future`` cue) and the date of 2024 of the clause after it make it a plan in
``status.py`` ("… شملت إغلاق الحدود وتجميد أصول الدولة، قبل أن ترفعها في يوليو" is quiet); in
ar-hl09 "ونفى متحدث باسم وزارة الدفاع الألمانية أن تكون برلين تعتزم إعادة نشر أي من قواتها أو
طائراتها في تركيا" is a planned presence of Germany in Turkey (a negated one in the gold; the
count takes it for the occurred presence in Jordan, and Turkey is a wrong target): «نشر» is ten
words past «نفى», beyond the reach of the denial in ``status.py``, and the intention «تعتزم» makes
it a plan ("ونفى متحدث باسم الحكومة الألمانية أن تكون برلين تعتزم إعادة نشر …", a word shorter, and
"أن تعتزم برلين إعادة نشر …" are negated). Six strict xfails on five articles (three on core
events found, ar-hl05, ar-hl08 and ar-hl09; three on wrong alerts, ar-hl02, ar-hl04 and ar-hl09);
do not tune lexicons on these articles. Every cause has sentences of its own in ``RULES``, strict
xfails until fixed (seven, with one for the end date below), beside seven neighbouring forms that
pass.

Also seen, not scored: in ar-hl01 the threat has Canada alone (not Mélanie Joly), and the EU's
negated listing of the IRGC gives nothing; in ar-hl02 the negated lifting has HTS for an actor
beside the Security Council, the designation of 2018 has al-Qaeda for a target, al-Nusra's of 2012
gives nothing; in ar-hl03 the suspension has no target, the Caesar Act's "ويفرض … عقوبات" gives
nothing, the Amman plan (historical) has Egypt for a target and the stalled gas agreement gives
nothing; in ar-hl04 the lead alone, "مدد مجلس الأمن الدولي … نظام العقوبات المفروض على مالي لمدة
عام إضافي ينتهي في الحادي والثلاثين من أغسطس 2023", is a planned extension, the end date of the
renewal taken for a plan (the headline's "يمدد" carries the occurred one; a rule has it), and
ECOWAS's lifting, Wagner's denied presence and Barkhane's give nothing; in ar-hl05 the negated
joining, the negated NATO presence and the FARC agreement give nothing (FARC is not in the
knowledge base); in ar-hl06 the historical restoration has Israel and the United States for
targets and the negated one gives nothing, Abdellatif Loudiyi is not in the knowledge base; in
ar-hl07 the Saudi-Iranian agreement of March comes out a historical restoration (the «اتفاق
استئناف العلاقات») and Bahrain's restoration has no actor; in ar-hl08 the occurred integration has
the unlinked Somali defence ministry for actor and Somalia for its target (the Ma'awisley are not
in the knowledge base), the historical integration and both presences give nothing; in ar-hl09
the presence at Incirlik gives nothing and the joining of the coalition has no organisation. The
three near-miss pages raise nothing.

ar-hl08 cured by ``test_general_misses7_rules_ar.py``'s next phase of a merger told done (a later
sentence's "ستدمج" with "بقية", "أخرى" or "تباعا" takes that merger's parties, planned); its strict
xfail removed.

``python -m tests.unit.test_heldout45_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 1.000 R 1.000 F1 1.000 (recall 13/13,
precision 12/12). Fixed as general causes (rasd/events/status.py, extractor.py, roles.py, the Arabic
lexicons): a measure kept on someone («يبقي عليه حظر السفر وتجميد الأصول») is kept, not imposed; a
masdar of the pattern تفعيل glued to و («وتجميد») goes on with a «كان … قد» sentence; a term «ينتهي في»
(that ends on) a date is its end, not the act's date; «البلاد» is the state its own sentence named
before it, and a bloc's common noun after the trigger («في المنظمة») the organisation it named;
«الوزارة» after a minister's «إن» is his state's; the present state «باتوا منتشرين» (now deployed) of
any state's troops, their demonym up to twelve words before, with a place of another state after it
(not a border «مع» a neighbour), is a presence; a denying verb reaches the trigger of its «أن» clause
however long the denier's name; a masdar after a future «ستعيد»/«ستبدأ» is planned. Left: in ar-hl08
«وأن الوزارة ستدمج» two sentences after the minister is named (the speaker of «وأوضح» is not traced).
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
_UNSC = "United Nations Security Council"
_HTS = "Hay'at Tahrir al-Sham"
_ECOWAS = "Economic Community of West African States"
_MAAWISLEY = "Ma'awisley"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alsharq-canada-lists-irgc-terrorist-entity-joly-warns-2024",
        date(2024, 6, 20),
        """كندا تدرج الحرس الثوري الإيراني على قائمة الكيانات الإرهابية

أوتاوا - «الشرق»

أعلنت الحكومة الكندية، الأربعاء، إدراج الحرس الثوري الإيراني على قائمتها للكيانات الإرهابية بموجب القانون الجنائي، في خطوة طالما طالبت بها عائلات ضحايا الطائرة الأوكرانية التي أسقطتها الدفاعات الجوية الإيرانية قرب طهران مطلع عام 2020، وكان على متنها خمسة وخمسون مواطنا كنديا وثلاثون مقيما دائما.

وقال وزير السلامة العامة الكندي دومينيك لوبلان، في مؤتمر صحفي في أوتاوا، إن القرار يعني أن "أي مؤسسة مالية أو شخص في كندا ملزم بتجميد أصول الحرس الثوري"، وأنه بات من الجرائم تقديم أي دعم مالي أو مادي له، أو السفر إلى الخارج للمشاركة في أنشطته. وأضاف أن "النظام الإيراني أظهر مرارا استهتاره بحقوق الإنسان داخل إيران وخارجها"، مشيرا إلى أن آلاف المسؤولين الإيرانيين السابقين والحاليين، ومنهم من يقيم في كندا، باتوا ممنوعين من دخول البلاد أو ملاحقين قضائيا.

من جهتها، لوحت وزيرة الخارجية الكندية ميلاني جولي بفرض مزيد من العقوبات على طهران، وقالت إن بلادها "لن تتردد في استخدام كل الأدوات المتاحة" لمحاسبة المسؤولين عن القمع، داعية المواطنين الكنديين الموجودين في إيران إلى مغادرتها فورا، ومحذرة من خطر الاحتجاز التعسفي.

وكانت كندا قد أدرجت فيلق القدس، ذراع العمليات الخارجية للحرس الثوري، على قائمة الكيانات الإرهابية عام 2012، وهو العام نفسه الذي قطعت فيه علاقاتها الدبلوماسية مع طهران وأغلقت سفارتها هناك. كما صنفت الولايات المتحدة الحرس الثوري "منظمة إرهابية أجنبية" في أبريل 2019، في سابقة هي الأولى من نوعها تجاه مؤسسة عسكرية رسمية لدولة أخرى.

في المقابل، لم يدرج الاتحاد الأوروبي حتى الآن الحرس الثوري على قائمته للإرهاب، رغم قرار غير ملزم أصدره البرلمان الأوروبي في هذا الاتجاه مطلع العام الماضي، إذ يشترط مسؤولو الاتحاد صدور حكم قضائي في إحدى الدول الأعضاء قبل أي إدراج.

وندد المتحدث باسم الخارجية الإيرانية ناصر كنعاني بالقرار، ووصفه بأنه "خطوة غير مدروسة واستفزازية"، محذرا من أن طهران "تحتفظ بحق الرد"، ومعتبرا أن الحرس "جزء من القوات المسلحة الرسمية للجمهورية الإسلامية".

ورحبت رابطة عائلات ضحايا الرحلة "بي إس 752" بالقرار، وقال المتحدث باسمها حامد إسماعيليون، الذي فقد زوجته وابنته في الحادثة، إن الخطوة "جاءت متأخرة لكنها ضرورية"، مطالبا بملاحقة المسؤولين عن إسقاط الطائرة أمام محكمة دولية.

وفي مقهى بمدينة ميسيساغا، قرب تورونتو، حيث تقيم جالية عربية كبيرة، قال رجل عراقي في الستينيات من عمره: "زين سووها، بس متأخرين هواية، هذولة خربوا العراق وسوريا ولبنان، والعالم كلها تدري".

ويقدر عدد الكنديين من أصول إيرانية بأكثر من مئتي ألف شخص، يقيم معظمهم في تورونتو وفانكوفر ومونتريال، وتنشط بينهم منذ سنوات حملات تطالب بمحاسبة المسؤولين الإيرانيين المقيمين في البلاد.""",
        [
            G("sanctions.imposed", "occurred", ["Canada"], ["Islamic Revolutionary Guard Corps"]),
            # "لوحت وزيرة الخارجية الكندية ميلاني جولي بفرض مزيد من العقوبات على طهران",
            G("sanctions.threatened", "occurred", ["Canada", "Mélanie Joly"], ["Iran"]),
            # the Quds Force listed in 2012,
            G("sanctions.imposed", "historical", ["Canada"], ["Quds Force"], core=False),
            # the IRGC designated by the United States in April 2019,
            G(
                "sanctions.imposed",
                "historical",
                [_US],
                ["Islamic Revolutionary Guard Corps"],
                core=False,
            ),
            # "لم يدرج الاتحاد الأوروبي حتى الآن الحرس الثوري على قائمته للإرهاب",
            G(
                "sanctions.imposed",
                "negated",
                [_EU],
                ["Islamic Revolutionary Guard Corps"],
                core=False,
            ),
        ],
        not_targets=["Ukraine", "Iraq", "Syria", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alarabiya-us-revokes-hts-fto-designation-unsc-listing-kept-2025",
        date(2025, 7, 8),
        """واشنطن تلغي تصنيف «هيئة تحرير الشام» منظمة إرهابية أجنبية

واشنطن - «العربية.نت»

ألغت وزارة الخارجية الأمريكية رسميا تصنيف "هيئة تحرير الشام" منظمة إرهابية أجنبية، في قرار وقعه وزير الخارجية ماركو روبيو ونشر في السجل الفيدرالي، الثلاثاء، ويسري فور نشره، بعد أكثر من سبع سنوات على إدراج الهيئة على القائمة.

وقال روبيو، في بيان، إن القرار "يعكس التزام الحكومة السورية بقيادة الرئيس أحمد الشرع بمكافحة الإرهاب"، ويأتي "تنفيذا لرؤية الرئيس ترامب لسوريا مستقرة وموحدة وفي سلام مع نفسها ومع جيرانها". وأضاف أن الهيئة "أعلنت حل نفسها" مطلع العام الجاري، وأن واشنطن "ستواصل مراقبة التزامات دمشق".

وكانت الخارجية الأمريكية قد صنفت الهيئة منظمة إرهابية أجنبية في مايو 2018، باعتبارها امتدادا لـ"جبهة النصرة"، التي أدرجتها واشنطن على قوائم الإرهاب أواخر عام 2012 بوصفها فرعا لتنظيم القاعدة في سوريا.

ويأتي القرار بعد أيام من توقيع الرئيس الأمريكي دونالد ترامب، في الثلاثين من يونيو الماضي، أمرا تنفيذيا أنهى بموجبه برنامج العقوبات الأمريكية على سوريا، مع الإبقاء على العقوبات المفروضة على الرئيس المخلوع بشار الأسد والمقربين منه.

غير أن مجلس الأمن الدولي لم يرفع حتى الآن "هيئة تحرير الشام" من قائمة العقوبات الخاصة بتنظيمي داعش والقاعدة، التي لا يزال الشرع نفسه مدرجا عليها باسمه الحركي "أبو محمد الجولاني"، ما يبقي عليه حظر السفر وتجميد الأصول الأمميين، ويجعل سفره إلى الخارج رهنا باستثناءات من لجنة العقوبات.

ورحب وزير الخارجية السوري أسعد الشيباني بالخطوة، ووصفها في منشور على منصة "إكس" بأنها "خطوة إيجابية تزيل عائقا أمام التعافي"، فيما قالت مصادر دبلوماسية إن دمشق تعمل مع واشنطن على مشروع قرار أممي لشطب اسم الرئيس من القائمة.

وفي سياق متصل، لا تزال المحادثات الأمنية غير المباشرة بين سوريا وإسرائيل، التي تجري بوساطة أمريكية، متعثرة، وسط خلاف حول انسحاب القوات الإسرائيلية من المنطقة العازلة في الجنوب السوري ومستقبل محافظة السويداء.

ويرى محللون أن إلغاء التصنيف يزيل عقبة قانونية أمام الشركات والمصارف الأجنبية الراغبة في التعامل مع مؤسسات الدولة السورية، التي يتولى عدد من قياديي الهيئة السابقين مناصب رفيعة فيها، بينهم وزراء ومحافظون وقادة عسكريون.

وفي سوق مدينة إدلب، قال صاحب محل للأدوات الكهربائية: "هلق صار فينا نتنفس شوي، البضاعة كانت توقف عالحدود والتحويلات تتأخر أسابيع، إن شاء الله تمشي الأمور ويرجع الشغل متل الأول".

ويعيش في محافظة إدلب ومحيطها نحو أربعة ملايين شخص، كثيرون منهم نازحون من محافظات أخرى، وتعاني المنطقة من ضعف البنية التحتية رغم تحسن نسبي في الحركة التجارية منذ سقوط النظام في ديسمبر الماضي.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, "United States Department of State", "Marco Rubio"],
                [_HTS],
            ),
            # HTS designated in May 2018, al-Nusra late in 2012,
            G("sanctions.imposed", "historical", [_US], [_HTS], core=False),
            G("sanctions.imposed", "historical", [_US], ["al-Nusra Front"], core=False),
            # Trump's executive order of 30 June ending the Syria programme,
            G("sanctions.lifted", "historical", [_US, "Donald Trump"], ["Syria"], core=False),
            # "لم يرفع مجلس الأمن الدولي حتى الآن «هيئة تحرير الشام» من قائمة العقوبات",
            G("sanctions.lifted", "negated", [_UNSC], [_HTS], core=False),
            # the Syrian-Israeli security talks "متعثرة",
            G("agreement.signed", "stalled", ["Syria", "Israel"], [], core=False),
        ],
        not_targets=["Israel", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-elnashra-lebanon-jordan-syria-electricity-deal-caesar-exemption-2022",
        date(2022, 1, 27),
        """لبنان والأردن وسوريا توقع اتفاق استجرار الكهرباء.. وواشنطن تعفيه من «قيصر»

بيروت - «النشرة»

وقع لبنان والأردن وسوريا، أمس الأربعاء في السراي الحكومي ببيروت، اتفاقية لنقل الطاقة الكهربائية من الأردن إلى لبنان عبر الشبكة السورية، في خطوة يعول عليها اللبنانيون لزيادة ساعات التغذية التي تراجعت إلى ساعتين أو ثلاث يوميا في معظم المناطق.

ووقع الاتفاقية، بحضور رئيس الحكومة نجيب ميقاتي، وزير الطاقة والمياه وليد فياض عن الجانب اللبناني، ووزير الطاقة والثروة المعدنية صالح الخرابشة عن الجانب الأردني، ووزير الكهرباء غسان الزامل عن الجانب السوري، وتنص على تزويد لبنان بنحو مئتين وخمسين ميغاواط من الكهرباء الأردنية، على أن تحصل سوريا على حصة من الطاقة المنقولة بدلا من رسوم العبور.

وأكدت السفيرة الأمريكية في بيروت دوروثي شيا، بعد لقائها ميقاتي، أن وزارة الخزانة الأمريكية منحت الاتفاقية إعفاء من عقوبات قانون قيصر، وأن السفارة سلمت الجانب اللبناني رسالة خطية بذلك، مشيرة إلى أن واشنطن "تدعم الجهود الرامية إلى معالجة أزمة الطاقة في لبنان بطريقة مستدامة".

ويفرض قانون قيصر، الذي دخل حيز التنفيذ في يونيو 2020، عقوبات على أي جهة أو شخص يقدم دعما ماليا أو تقنيا للحكومة السورية أو يتعامل معها في قطاعات الطاقة والبناء والهندسة، ما جعل المصارف والمؤسسات الدولية تتردد في تمويل أي مشروع يمر عبر الأراضي السورية.

وقال فياض، في تصريح للصحافيين عقب التوقيع، إن "الكهرباء الأردنية يمكن أن تصل إلى المنازل خلال شهرين إذا سارت الأمور كما هو مخطط"، مضيفا أن تمويل الصفقة سيكون عبر قرض من البنك الدولي "الذي ينتظر إقرار خطة إصلاح قطاع الكهرباء وتعيين الهيئة الناظمة".

وكان وزراء الطاقة في لبنان والأردن وسوريا ومصر قد اتفقوا، في اجتماع عقدوه في عمان في سبتمبر الماضي، على خطة لإيصال الغاز المصري والكهرباء الأردنية إلى لبنان عبر سوريا، في حين لا يزال توقيع اتفاق استجرار الغاز المصري متعثرا، بانتظار ضمانات أمريكية مماثلة وموافقة البنك الدولي على التمويل.

وانتقد نواب معارضون الصفقة، معتبرين أنها "تطبيع مقنع" مع دمشق، فيما رأى خبراء في قطاع الطاقة أن الكميات المتفق عليها لن تكفي إلا لسد جزء صغير من حاجة البلاد، المقدرة بأكثر من ثلاثة آلاف ميغاواط.

وفي أحد أحياء الأشرفية، قال موظف متقاعد يدفع اشتراكا شهريا لصاحب مولد الحي: "صرنا ندفع للموتور أكتر من الإيجار، إذا إجت الكهربا ساعتين زيادة منكون ممنونين، بس ما بقى نصدق شي قبل ما نشوفه".

ويعاني لبنان منذ عام 2019 من أزمة مالية واقتصادية خانقة صنفها البنك الدولي بين الأسوأ في العالم منذ منتصف القرن التاسع عشر، انعكست على قدرة مؤسسة كهرباء لبنان على شراء الفيول لتشغيل معاملها.""",
        [
            G("agreement.signed", "occurred", ["Lebanon", "Jordan", "Syria"], []),
            # "منحت الاتفاقية إعفاء من عقوبات قانون قيصر",
            G(
                "sanctions.suspended",
                "occurred",
                [_US, "United States Department of the Treasury"],
                ["Syria"],
            ),
            # the Caesar Act in force since June 2020 ("ويفرض قانون قيصر … عقوبات"),
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            # the plan agreed by the four ministers in Amman in September,
            G(
                "agreement.signed",
                "historical",
                ["Lebanon", "Jordan", "Syria", "Egypt"],
                [],
                core=False,
            ),
            # the Egyptian gas agreement "متعثرا",
            G("agreement.signed", "stalled", ["Lebanon", "Egypt"], [], core=False),
        ],
        not_targets=["Jordan", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-alquds-alarabi-unsc-extends-mali-sanctions-regime-2022",
        date(2022, 8, 31),
        """مجلس الأمن يمدد العقوبات على مالي عاما إضافيا

نيويورك - «القدس العربي»

مدد مجلس الأمن الدولي، الثلاثاء، نظام العقوبات المفروض على مالي لمدة عام إضافي ينتهي في الحادي والثلاثين من أغسطس 2023، كما مدد ولاية فريق الخبراء المكلف بمتابعة تنفيذه حتى نهاية سبتمبر من العام نفسه، في قرار اعتمده الأعضاء الخمسة عشر بالإجماع.

ويشمل النظام حظر سفر وتجميد أصول بحق أفراد وكيانات يتهمهم المجلس بعرقلة تنفيذ اتفاق السلام والمصالحة الموقع في الجزائر عام 2015 بين الحكومة المالية والحركات المسلحة في الشمال، أو بالضلوع في انتهاكات لحقوق الإنسان، أو بعرقلة إيصال المساعدات الإنسانية.

وقال نائب المندوب الفرنسي لدى الأمم المتحدة، في كلمة عقب التصويت، إن العقوبات "أداة لدعم عملية السلام وليست عقابا للشعب المالي"، داعيا السلطات الانتقالية إلى "احترام الجدول الزمني المتفق عليه للعودة إلى النظام الدستوري".

وكان المجلس قد أنشأ نظام العقوبات الخاص بمالي في سبتمبر 2017 بموجب القرار 2374، بطلب من الحكومة المالية آنذاك، وأدرج في ديسمبر 2018 أول ثمانية أسماء على قائمته، بينهم قياديون في حركات موقعة على الاتفاق.

في المقابل، قال مندوب مالي لدى الأمم المتحدة عيسى كونفورو إن بلاده "تأخذ علما" بالقرار، مجددا نفي حكومته وجود عناصر من مجموعة "فاغنر" الروسية على أراضيها، ومؤكدا أن التعاون العسكري مع موسكو "يقتصر على التدريب وتوريد المعدات في إطار اتفاقات بين دولتين ذواتي سيادة".

ويأتي التمديد بعد أسبوعين من مغادرة آخر جنود عملية "برخان" الفرنسية الأراضي المالية، منهين وجودا عسكريا فرنسيا استمر نحو تسع سنوات، على خلفية توتر غير مسبوق بين باريس والمجلس العسكري بقيادة العقيد عاصمي غويتا.

وكانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) قد فرضت في يناير الماضي عقوبات اقتصادية ومالية مشددة على مالي، شملت إغلاق الحدود وتجميد أصول الدولة لدى البنك المركزي لدول غرب أفريقيا، قبل أن ترفعها في قمة أكرا مطلع يوليو، بعد تعهد المجلس العسكري بتسليم السلطة للمدنيين في مارس 2024.

ويرى دبلوماسيون أن الإجماع على التمديد هذا العام لا يعني بالضرورة استمراره، إذ أبدت روسيا تحفظات متزايدة على عمل فريق الخبراء، ولوحت بعدم التصويت لصالح أي تجديد مقبل إذا لم تراع "وجهة نظر السلطات المالية".

وفي سوق تمنراست، أقصى الجنوب الجزائري، حيث يتردد تجار ماليون منذ عقود، قال تاجر جزائري يتعامل مع موردين من كيدال: "السلعة ما راهيش تجوز كيما بكري، الطريق خطيرة والحدود كل مرة بحالة، والناس تعبت من هاد الشي كامل".

ويشهد شمال مالي ووسطها منذ عام 2012 أعمال عنف تشنها جماعات مرتبطة بتنظيمي القاعدة وداعش، امتدت إلى بوركينا فاسو والنيجر المجاورتين، وأدت إلى نزوح مئات الآلاف.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Mali"]),
            # the regime set up in September 2017 (resolution 2374),
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            # ECOWAS's sanctions of January, lifted at Accra in July,
            G("sanctions.imposed", "historical", [_ECOWAS], ["Mali"], core=False),
            G("sanctions.lifted", "historical", [_ECOWAS], ["Mali"], core=False),
            # "مجددا نفي حكومته وجود عناصر من مجموعة «فاغنر» الروسية على أراضيها",
            G("military.presence", "negated", ["Wagner Group"], ["Mali"], core=False),
            # Barkhane's nine years, ended a fortnight ago,
            G("military.presence", "historical", ["France"], ["Mali"], core=False),
            # the Algiers peace agreement of 2015,
            G("agreement.signed", "historical", ["Mali"], [], core=False),
        ],
        not_targets=["France", "Russia", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-asharqalawsat-colombia-joins-nato-global-partner-oecd-to-follow-2018",
        date(2018, 6, 1),
        """كولومبيا تنضم إلى «الناتو» شريكا عالميا.. الأولى في أمريكا اللاتينية

بوغوتا - «الشرق الأوسط»

انضمت كولومبيا رسميا، الخميس، إلى حلف شمال الأطلسي (الناتو) بصفة "شريك عالمي"، لتصبح أول دولة في أمريكا اللاتينية تقيم هذا المستوى من الشراكة مع الحلف، في خطوة أثارت انتقادات حادة في كاراكاس.

وقال الرئيس الكولومبي خوان مانويل سانتوس، في كلمة متلفزة من قصر نارينيو، إن الشراكة "ستعزز صورة كولومبيا على الساحة الدولية"، وستمكن القوات المسلحة "من التدرب وفق أعلى المعايير"، مضيفا أن بلاده ستتعاون مع الحلف في مجالات الأمن السيبراني والأمن البحري ومكافحة الإرهاب والجريمة المنظمة وإزالة الألغام.

وأوضح سانتوس أن كولومبيا "لن تكون عضوا كاملا في الحلف، لأن ذلك غير ممكن"، إذ تقتصر العضوية الكاملة بموجب المعاهدة التأسيسية على دول أوروبا وأمريكا الشمالية، فيما نفى وزير الدفاع لويس كارلوس فيليغاس أن تتضمن الشراكة إقامة قواعد للحلف أو نشر قوات أجنبية على الأراضي الكولومبية.

وتأتي الخطوة بعد أيام من دعوة منظمة التعاون الاقتصادي والتنمية كولومبيا رسميا إلى الانضمام إليها، ومن المقرر أن تصبح البلاد العضو السابع والثلاثين في المنظمة بعد استكمال إجراءات المصادقة في البرلمان الكولومبي وإيداع وثائق الانضمام لدى الحكومة الفرنسية.

ونددت الحكومة الفنزويلية بالخطوة، وقالت وزارة خارجيتها في بيان إنها "تدين ربط المنطقة بتحالف عسكري أجنبي يملك أسلحة نووية"، معتبرة أنها "تهديد للسلام والاستقرار في أمريكا اللاتينية"، فيما قال الرئيس نيكولاس مادورو إن "الأوليغارشية الكولومبية تبحث عن ذرائع لعدوان على فنزويلا".

وكانت كولومبيا قد وقعت مع الحلف في عام 2013 اتفاقا للتعاون وتبادل المعلومات الأمنية، كما وقعت حكومة سانتوس في نوفمبر 2016 اتفاق السلام مع القوات المسلحة الثورية الكولومبية (فارك)، الذي أنهى أكثر من خمسة عقود من النزاع المسلح، ونال سانتوس بفضله جائزة نوبل للسلام.

ويرى مراقبون أن توقيت الخطوة، قبل أيام من الجولة الثانية للانتخابات الرئاسية، يهدف إلى ترسيخ التوجه الغربي للسياسة الخارجية الكولومبية، أيا كان الفائز بين مرشح اليمين إيفان دوكي ومرشح اليسار غوستافو بيترو.

وفي مدينة مايكاو الحدودية مع فنزويلا، حيث تعيش جالية لبنانية كبيرة منذ عقود، قال صاحب متجر للأقمشة من أصل لبناني: "شو بدها تعمل كولومبيا بالناتو؟ نحنا همنا الحدود تضل مفتوحة والشغل يمشي، والفنزويليين عم يجوا كل يوم بالآلاف وما معهم شي".

وتستضيف كولومبيا أكثر من مليون مهاجر فنزويلي فروا من الأزمة الاقتصادية والسياسية في بلادهم، وفق أرقام السلطات الكولومبية، فيما تتبادل بوغوتا وكاراكاس الاتهامات بشأن إيواء جماعات مسلحة على جانبي الحدود.""",
        [
            G("alliance.joined", "occurred", ["Colombia"], ["NATO"]),
            # "من المقرر أن تصبح البلاد العضو السابع والثلاثين في المنظمة",
            G("alliance.joined", "planned", ["Colombia"], ["OECD"]),
            # "لن تكون عضوا كاملا في الحلف",
            G("alliance.joined", "negated", ["Colombia"], ["NATO"], core=False),
            # "نفى وزير الدفاع … أن تتضمن الشراكة إقامة قواعد للحلف أو نشر قوات أجنبية",
            G("military.presence", "negated", ["NATO"], ["Colombia"], core=False),
            # the security agreement with NATO of 2013 and the FARC peace agreement of 2016,
            G("agreement.signed", "historical", ["Colombia", "NATO"], [], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Colombia", "Revolutionary Armed Forces of Colombia"],
                [],
                core=False,
            ),
        ],
        not_targets=["Venezuela"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-assahifa-morocco-israel-sign-defence-memorandum-rabat-2021",
        date(2021, 11, 25),
        """المغرب وإسرائيل يوقعان مذكرة تفاهم للتعاون الدفاعي

الرباط - «الصحيفة»

وقع المغرب وإسرائيل، أمس الأربعاء بالرباط، مذكرة تفاهم في مجال التعاون الدفاعي، تؤطر تبادل المعلومات والتعاون في مجالات الاستخبارات والصناعات الدفاعية والتدريب العسكري، في أول اتفاق من نوعه تبرمه إسرائيل مع بلد عربي في المجال العسكري.

ووقع المذكرة عن الجانب المغربي الوزير المنتدب لدى رئيس الحكومة المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي، وعن الجانب الإسرائيلي وزير الدفاع بيني غانتس، الذي يقوم بأول زيارة رسمية لوزير دفاع إسرائيلي إلى المملكة، التقى خلالها أيضا المفتش العام للقوات المسلحة الملكية ووزير الخارجية ناصر بوريطة.

وقال غانتس، في تصريح عقب التوقيع، إن المذكرة "أمر مهم للغاية، ستمكننا من تبادل الأفكار وإطلاق مشاريع مشتركة وتعزيز الصادرات الإسرائيلية"، مضيفا أن بلاده "تنظر إلى المغرب شريكا استراتيجيا في المنطقة". ولم يصدر عن الجانب المغربي تصريح رسمي مفصل، واكتفى بلاغ مقتضب بالإشارة إلى "التزام البلدين بتطوير تعاونهما في مختلف المجالات".

وكان المغرب قد استأنف علاقاته مع إسرائيل في ديسمبر الماضي، بموجب الإعلان الثلاثي المشترك الذي وقعه بالرباط مع الولايات المتحدة وإسرائيل، وتضمن اعتراف واشنطن بسيادة المملكة على الصحراء. وأعاد البلدان في أغسطس الماضي فتح مكتبي الاتصال في الرباط وتل أبيب، خلال زيارة وزير الخارجية الإسرائيلي يائير لبيد.

غير أن البلدين لم يرفعا بعد مستوى تمثيلهما الدبلوماسي إلى درجة سفارة، رغم إعلان الجانبين في أكثر من مناسبة نيتهما القيام بذلك.

وانتقدت الجزائر، التي قطعت علاقاتها الدبلوماسية مع الرباط في أغسطس الماضي، الزيارة، واعتبر مسؤولون جزائريون أنها "تستهدف" بلادهم، في حين نظمت الجبهة المغربية لدعم فلسطين ومناهضة التطبيع وقفة احتجاجية أمام البرلمان، رفع خلالها المشاركون شعارات رافضة للاتفاق.

ويرى محللون أن المذكرة تفتح الباب أمام صفقات لاقتناء طائرات مسيرة وأنظمة دفاع جوي إسرائيلية، في وقت تشهد فيه المنطقة سباقا للتسلح، وتتصاعد التوترات في المنطقة العازلة بالكركرات ومحيطها منذ أواخر العام الماضي.

وفي محطة سيارات الأجرة بساحة الأمم المتحدة في الدار البيضاء، قال سائق طاكسي صغير خمسيني: "حنا بغينا غير الخدمة والمعيشة تنقص شوية، السياسة والاتفاقيات خليها لمواليها، المهم البلاد تبقى واقفة".

ويقيم في إسرائيل مئات الآلاف من اليهود المنحدرين من أصول مغربية، فيما يزور المغرب سنويا آلاف الإسرائيليين، وقد انطلقت الرحلات الجوية المباشرة بين البلدين في يوليو الماضي.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Morocco", "Israel", "Benny Gantz", "Abdellatif Loudiyi"],
                [],
            ),
            # the tripartite declaration of December 2020,
            G(
                "agreement.signed",
                "historical",
                ["Morocco", _US, "Israel"],
                [],
                core=False,
            ),
            # ties resumed in December 2020, liaison offices reopened in August,
            G("relations.restored", "historical", ["Morocco", "Israel"], [], core=False),
            G("relations.restored", "historical", ["Morocco", "Israel"], [], core=False),
            # "لم يرفعا بعد مستوى تمثيلهما الدبلوماسي إلى درجة سفارة",
            G("relations.restored", "negated", ["Morocco", "Israel"], [], core=False),
        ],
        not_targets=["Algeria", _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alhadath-qatar-uae-resume-ties-embassies-reopen-2023",
        date(2023, 6, 20),
        """قطر والإمارات تستأنفان العمل في سفارتيهما بعد ست سنوات من القطيعة

دبي - «الحدث.نت»

أعلنت دولة قطر ودولة الإمارات العربية المتحدة، الإثنين، استئناف العلاقات الدبلوماسية بينهما وعودة العمل في سفارة الإمارات في الدوحة، وسفارة قطر في أبوظبي وقنصليتها العامة في دبي، بعد ست سنوات على قطعها إثر الأزمة الخليجية التي اندلعت في يونيو 2017.

وذكرت وزارة الخارجية الإماراتية، في بيان نقلته وكالة أنباء الإمارات (وام)، أن الخطوة تأتي "تنفيذا لمخرجات بيان العلا"، و"حرصا على تعزيز العمل الخليجي المشترك وتحقيق تطلعات الشعبين الشقيقين". وقالت الخارجية القطرية، في بيان مماثل، إن استئناف العمل الدبلوماسي "يجسد الإرادة المشتركة للبلدين في الدفع بالعلاقات الثنائية نحو آفاق أرحب".

وكتب المستشار الدبلوماسي لرئيس الدولة أنور قرقاش، على منصة "تويتر"، أن "صفحة جديدة تفتح في العلاقات الأخوية"، مضيفا أن "الاستقرار الخليجي مصلحة للجميع". ولم تعلن الدولتان بعد أسماء سفيريهما الجديدين.

وكانت الدولتان قد وقعتا، إلى جانب السعودية والبحرين والكويت وسلطنة عمان، على بيان العلا في يناير 2021، الذي أنهى الأزمة الخليجية، وأعقبه استئناف الرحلات الجوية المباشرة وفتح الحدود والأجواء، غير أن التمثيل الدبلوماسي بين أبوظبي والدوحة ظل مجمدا طوال أكثر من عامين.

وسبق لقطر أن أعادت علاقاتها الدبلوماسية مع مملكة البحرين في أبريل الماضي، عقب اجتماع للجنة المتابعة القطرية البحرينية في مقر الأمانة العامة لمجلس التعاون بالرياض، لتطوي بذلك آخر ملفات الخلاف الناجمة عن الأزمة.

وتشهد العلاقات بين الدوحة وأبوظبي تقاربا متسارعا منذ أشهر، تخللته زيارات متبادلة على أعلى المستويات، إذ زار أمير قطر الشيخ تميم بن حمد آل ثاني الإمارات في ديسمبر الماضي، والتقى رئيس الدولة الشيخ محمد بن زايد آل نهيان، كما التقيا لاحقا على هامش القمة العربية في جدة.

ويرى محللون أن الخطوة تعكس رغبة دول الخليج في تهدئة الخلافات الإقليمية والتركيز على التنمية الاقتصادية، في ظل موجة المصالحات التي تشهدها المنطقة، ومنها اتفاق استئناف العلاقات بين السعودية وإيران برعاية صينية في مارس الماضي.

وفي سوق الذهب بديرة، قال تاجر إماراتي في الأربعين من عمره: "الحمد لله ردينا مثل قبل، الخليج بيت واحد وهالشي اللي نبيه من زمان، وعندنا أهل ونسايب في الدوحة".

وتعد الإمارات من أبرز الشركاء التجاريين لقطر في المنطقة، إذ تجاوز حجم التبادل التجاري بين البلدين قبل الأزمة عشرة مليارات دولار سنويا، وفق تقديرات رسمية، ويتوقع رجال أعمال أن تعود الاستثمارات المتبادلة تدريجيا إلى مستوياتها السابقة.""",
        [
            G("relations.restored", "occurred", ["Qatar", _UAE], []),
            # the AlUla declaration of January 2021,
            G(
                "agreement.signed",
                "historical",
                ["Qatar", _UAE, "Saudi Arabia", "Bahrain", "Kuwait", "Oman"],
                [],
                core=False,
            ),
            # Qatar's ties with Bahrain restored in April,
            G("relations.restored", "historical", ["Qatar", "Bahrain"], [], core=False),
            # Saudi Arabia and Iran's agreement of March,
            G("agreement.signed", "historical", ["Saudi Arabia", "Iran"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-somalia-today-maawisley-fighters-integrated-into-army-beledweyne-2023",
        date(2023, 3, 13),
        """دمج ألف ومئتي مقاتل من «معاويسلي» في الجيش الصومالي

بلدوين - «الصومال اليوم»

أعلنت وزارة الدفاع الصومالية، أمس الأحد، دمج نحو ألف ومئتي مقاتل من ميليشيات "معاويسلي" العشائرية في صفوف الجيش الوطني، خلال حفل أقيم في مدينة بلدوين، مركز إقليم هيران وسط البلاد، بحضور وزير الدفاع عبد القادر محمد نور وقادة عسكريين وشيوخ عشائر.

وقال الوزير، في كلمة خلال الحفل، إن المقاتلين الذين "حملوا السلاح دفاعا عن أهلهم في وجه الخوارج" سيحصلون على رواتب منتظمة وتدريب عسكري، وسيخضعون لهيكل القيادة الموحد للجيش، مضيفا أن "زمن المجموعات المسلحة خارج سلطة الدولة انتهى".

وأوضح أن المندمجين خضعوا لعمليات تدقيق وتسجيل لبياناتهم البيومترية، وأن الوزارة ستدمج دفعات أخرى من مقاتلي العشائر تباعا في إقليمي شبيلي الوسطى وغلغدود، بعد استكمال عمليات التدقيق هناك.

وبرزت "معاويسلي" صيف العام الماضي حين انتفضت عشائر في هيران ضد حركة الشباب، رفضا للإتاوات التي كانت تفرضها على الرعاة والمزارعين، قبل أن يطلق الرئيس حسن شيخ محمود حملة عسكرية واسعة استعاد فيها الجيش، بدعم من المقاتلين المحليين، عشرات البلدات والقرى في وسط البلاد.

وكانت الحكومة الفيدرالية قد دمجت في عام 2020 مقاتلي جماعة "أهل السنة والجماعة" الصوفية في الجيش الوطني، بعد مواجهات دامية في مدينة طوسمريب، عاصمة ولاية غلمدغ.

وتنتشر في الصومال منذ عام 2007 قوات أفريقية لحفظ السلام، تعمل حاليا تحت اسم بعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس)، ومن المقرر أن تسحب ألفي جندي بحلول نهاية يونيو المقبل، في إطار خطة لتسليم المسؤوليات الأمنية إلى القوات الصومالية.

ونفى المتحدث باسم الجيش الوطني العقيد عبد الله علي عانود وجود أي قوات إثيوبية في بلدوين حاليا، مؤكدا أن العمليات الأخيرة في الإقليم "نفذتها قوات صومالية بالكامل بمساندة المقاتلين المحليين".

ويقول خبراء أمنيون إن دمج المقاتلين العشائريين يطرح تحديات تتعلق بالولاءات والانضباط، إذ سبق أن شهدت محاولات مماثلة انشقاقات وعودة بعض العناصر إلى عشائرهم بعد تأخر صرف الرواتب لأشهر.

وفي سوق بلدوين، قال بائع شاي تعلم العربية خلال سنوات عمله في اليمن: "الحمد لله، الشباب كانوا ياخذوا الزكاة غصب، والحين العيال معاهم رواتب ويحموا البلد، بس نبغى الرواتب تجي كل شهر".

وتعاني مناطق وسط الصومال من موجة جفاف هي الأسوأ منذ أربعة عقود، دفعت مئات الآلاف إلى النزوح نحو المدن، وفق تقديرات الأمم المتحدة، فيما حذرت منظمات إغاثة من خطر المجاعة في عدد من المناطق.""",
        [
            G("forces.integrated", "occurred", ["Somalia"], [_MAAWISLEY]),
            # "ستدمج دفعات أخرى من مقاتلي العشائر تباعا في إقليمي شبيلي الوسطى وغلغدود",
            G("forces.integrated", "planned", ["Somalia"], [_MAAWISLEY]),
            # Ahlu Sunna Waljama'a merged in 2020,
            G(
                "forces.integrated",
                "historical",
                ["Somalia"],
                ["Ahlu Sunna Waljama'a"],
                core=False,
            ),
            # the African Union's forces since 2007,
            G("military.presence", "historical", ["African Union"], ["Somalia"], core=False),
            # "نفى المتحدث باسم الجيش … وجود أي قوات إثيوبية في بلدوين حاليا",
            G("military.presence", "negated", ["Ethiopia"], ["Somalia"], core=False),
        ],
        not_targets=["al-Shabaab", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-assabeel-german-tornados-resume-flights-from-azraq-jordan-2017",
        date(2017, 10, 5),
        """الطائرات الألمانية تستأنف طلعاتها ضد «داعش» من قاعدة الأزرق

عمان - «السبيل»

استأنفت طائرات الاستطلاع الألمانية من طراز "تورنادو" طلعاتها فوق سوريا والعراق انطلاقا من قاعدة موفق السلطي الجوية في الأزرق شرقي الأردن، بعد أن أنجز الجيش الألماني نقل طائراته وأفراده إليها من قاعدة إنجرليك التركية، إثر خلاف دبلوماسي حاد بين برلين وأنقرة.

وقالت وزارة الدفاع الألمانية، في بيان، إن نحو مئتين وخمسين جنديا ألمانيا وست طائرات "تورنادو" وطائرة تزويد بالوقود باتوا منتشرين في القاعدة الأردنية، في إطار مشاركة ألمانيا في التحالف الدولي ضد تنظيم "داعش"، مشيرة إلى أن أول طلعة استطلاع انطلقت من الأردن صباح الأربعاء.

وقالت وزيرة الدفاع الألمانية أورسولا فون دير لاين، خلال زيارة للقاعدة التقت فيها الجنود الألمان، إن "التعاون مع الأردن ممتاز"، واصفة المملكة بأنها "شريك موثوق ومحوري في الحرب على الإرهاب"، وشكرت السلطات الأردنية على "سرعة الاستجابة" لطلب برلين.

وكانت ألمانيا قد انضمت إلى عمليات التحالف الدولي أواخر عام 2015، عقب هجمات باريس، ونشرت طائراتها في إنجرليك منذ مطلع عام 2016، قبل أن يقرر البرلمان الألماني في يونيو الماضي نقلها إلى الأردن، بعد أن منعت أنقرة نوابا ألمانا من زيارة الجنود في القاعدة.

وتوترت العلاقات بين البلدين منذ محاولة الانقلاب الفاشلة في تركيا صيف العام الماضي، على خلفية اعتقال صحافيين ألمان ومنع تجمعات انتخابية لوزراء أتراك في ألمانيا، واتهامات متبادلة بين الرئيس رجب طيب أردوغان والمستشارة أنغيلا ميركل.

ونفى متحدث باسم وزارة الدفاع الألمانية أن تكون برلين تعتزم إعادة نشر أي من قواتها أو طائراتها في تركيا، مؤكدا أن وجودها في الأردن "ترتيب طويل الأمد"، وأن الجنود الألمان في قاعدة قونية، ضمن مهمة طائرات "أواكس" التابعة لحلف الناتو، "مسألة مختلفة".

ولم تعلق الحكومة الأردنية رسميا على تفاصيل الانتشار، واكتفى مصدر عسكري بالقول لـ«السبيل» إن المملكة "تستضيف قوات عدد من الدول الصديقة المشاركة في التحالف بموجب اتفاقيات ثنائية".

ويقول خبراء إن نقل الطائرات كلف الجيش الألماني ملايين اليوروهات، وأدى إلى توقف الطلعات لأسابيع، في وقت يخوض فيه التحالف معارك استعادة آخر معاقل التنظيم في الرقة ودير الزور.

وفي بلدة الأزرق، قال رجل خمسيني يملك محلا للمواد التموينية قرب الطريق الرئيسي: "احنا متعودين على صوت الطيارات من زمان، الله يحمي البلد ويبعد عنا الشر، المهم الشغل يتحرك والشباب يلاقوا وظايف".

ويستضيف الأردن، العضو في التحالف الدولي منذ تأسيسه عام 2014، قوات وطائرات من دول غربية عدة، ويشارك سلاح الجو الملكي الأردني في الغارات على مواقع التنظيم في سوريا.""",
        [
            G("military.presence", "occurred", ["Germany"], ["Jordan"]),
            # Germany in the coalition since late 2015,
            G(
                "alliance.joined",
                "historical",
                ["Germany"],
                ["Global Coalition to Defeat ISIS"],
                core=False,
            ),
            # the jets at Incirlik since early 2016,
            G("military.presence", "historical", ["Germany"], ["Turkey"], core=False),
            # "نفى متحدث … أن تكون برلين تعتزم إعادة نشر أي من قواتها أو طائراتها في تركيا",
            G("military.presence", "negated", ["Germany"], ["Turkey"], core=False),
        ],
        not_targets=["Syria", "Iraq", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-almasryalyoum-handball-page-zamalek-ahly-penalties-2024",
        date(2024, 1, 13),
        """الزمالك يتصدر دوري اليد.. وعقوبات على الأهلي وسموحة

القاهرة - «المصري اليوم»

واصل فريق الزمالك لكرة اليد انطلاقته القوية في دوري المحترفين، بفوزه على الأهلي بنتيجة ثلاثين هدفا مقابل سبعة وعشرين، مساء الجمعة، في قمة الأسبوع الثامن التي احتضنتها صالة الشيخ زايد بالعبور، وسط حضور جماهيري محدود.

وعقب المباراة، قررت لجنة المسابقات بالاتحاد المصري لكرة اليد فرض غرامة مالية قدرها خمسون ألف جنيه على النادي الأهلي، بسبب اعتراض جهازه الفني على قرارات الحكام، وإيقاف لاعب الدائرة مباراتين بعد حصوله على البطاقة الحمراء المباشرة، فيما رفعت اللجنة الإيقاف عن حارس مرمى سموحة بعد قبول تظلمه.

وهددت اللجنة بفرض عقوبات مشددة على الأندية التي تتأخر في سداد مستحقات الحكام، تصل إلى خصم النقاط، محذرة من أن "التهاون في هذا الملف لن يستمر".

وعلى صعيد الانتقالات، انضم الظهير الأيسر التونسي إلى صفوف الزمالك قادما من الترجي، بعقد يمتد لموسمين، بينما مدد نادي سموحة عقد مدربه الإسباني لموسم إضافي، بعد النتائج الجيدة التي حققها الفريق في الدور الأول.

ووقع الأهلي عقد رعاية جديدا مع إحدى شركات الاتصالات لمدة ثلاثة مواسم، يشمل فرق الألعاب الجماعية كافة، فيما وقع الاتحاد بروتوكول تعاون مع الاتحاد القطري لكرة اليد لتبادل الخبرات في مجال التحكيم وتطوير الناشئين.

وعلى المستوى التنظيمي، قرر مجلس إدارة الاتحاد دمج مسابقتي مواليد 2006 و2007 في بطولة واحدة، لقلة عدد الفرق المشاركة، على أن تستأنف بطولة الجمهورية للناشئين منافساتها مطلع الشهر المقبل بعد تعليقها بسبب امتحانات نصف العام.

وكانت مديرية أمن القاهرة قد نشرت تشكيلات أمنية في محيط الصالة قبل المباراة، لتنظيم دخول الجماهير، بعد أن سمحت الجهات المعنية بحضور ألفي مشجع لكل فريق.

وفي السياق نفسه، أعلن نادي الاتحاد السكندري استئناف تدريبات فريقه الأول بعد توقف دام أسبوعا بسبب إصابات عدد من اللاعبين بالإنفلونزا، فيما انضم ثلاثة لاعبين من فريق الشباب إلى قائمة الفريق الأول في الأهلي.

وعقب اللقاء، قال مشجع زملكاوي وهو يغادر الصالة: "الفريق ده محدش يقدر يوقفه السنة دي، والكابتن عامل شغل عالي قوي، إن شاء الله الدوري والأفريقية كمان".

ويتصدر الزمالك جدول الترتيب برصيد ست عشرة نقطة من ثماني مباريات، بفارق ثلاث نقاط عن الأهلي صاحب المركز الثاني، فيما يحتل سموحة المركز الثالث برصيد اثنتي عشرة نقطة، ويستعد الفريقان الكبيران للمشاركة في البطولة العربية للأندية الشهر المقبل.""",
        [],
        not_targets=["Egypt", "Tunisia", "Qatar", "Spain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-assabah-news-sousse-local-page-2025",
        date(2025, 6, 11),
        """سوسة.. منع استغلال الأرصفة ورفع أطنان من الفضلات وتعليق توزيع الماء بعدة أحياء

سوسة - «الصباح نيوز»

فرضت بلدية سوسة منعا على استغلال الأرصفة من قبل المقاهي والمطاعم في شارعي الحبيب بورقيبة والهادي شاكر دون ترخيص مسبق، بعد تذمر المواطنين من صعوبة المرور، وهددت بفرض خطايا مالية وحجز التجهيزات على كل المخالفين، بداية من الأسبوع القادم.

ورفعت فرق النظافة البلدية، خلال حملة امتدت ثلاثة أيام، أكثر من مائتي طن من الفضلات والأتربة من أحياء سهلول وخزامة والرياض، بمشاركة متطوعين من الجمعيات المحلية، في إطار الاستعداد للموسم السياحي.

وفي المقابل، علقت الشركة الوطنية لاستغلال وتوزيع المياه التزويد بالماء الصالح للشرب في عدة أحياء بالمدينة العتيقة وبوحسينة طيلة ليلة الإثنين، لإصلاح عطب في القناة الرئيسية، قبل أن تستأنف التوزيع في الساعات الأولى من صباح الثلاثاء، وسط تذمر السكان من تكرر الانقطاعات.

ووقعت البلدية اتفاقية شراكة مع جمعية صيانة المدينة لترميم عدد من واجهات المباني التاريخية داخل الأسوار، بكلفة تناهز مليون دينار، كما انضمت سوسة إلى الشبكة المتوسطية للمدن السياحية المستدامة، التي تضم مدنا من إيطاليا وإسبانيا واليونان.

وأعاد متحف سوسة الأثري فتح قاعاته الكبرى أمام الزوار، بعد أشغال صيانة استمرت أشهرا، فيما مددت الإدارة الجهوية للتجارة آجال تسوية وضعية المحلات غير المرخصة إلى موفى الشهر القادم.

ونشرت الإدارة الجهوية للحماية المدنية أعوان إنقاذ في الشواطئ الرئيسية بالمدينة، من بوجعفر إلى القنطاوي، بالتوازي مع انطلاق موسم السباحة، كما دمجت الإدارة الجهوية للتربية مدرستين ابتدائيتين بحي الزهور بسبب تراجع أعداد التلاميذ.

وعلى مستوى النقل، استأنف القطار الرابط بين سوسة والمنستير والمهدية رحلاته المسائية، بعد توقفها أسابيع بسبب أشغال تهيئة السكة، وأعلنت الشركة الجهوية للنقل الساحل دعم أسطولها بعشر حافلات جديدة.

وفي سوق الجمعة بالمدينة العتيقة، قالت بائعة خبز "طابونة": "الصيف هذا الحالة صعيبة برشا، الماء يقص والسوم شعلت، والزوالي ما عادش ينجم يعيش، ربي يستر".

وتستقبل ولاية سوسة سنويا مئات الآلاف من السياح الأجانب، أغلبهم من أوروبا، إلى جانب عشرات الآلاف من الجزائريين خلال فصل الصيف، وتراهن السلطات الجهوية هذا العام على تجاوز أرقام ما قبل الجائحة.""",
        [],
        not_targets=["Tunisia", "Italy", "Spain", "Greece", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-ainlibya-misrata-business-page-2024",
        date(2024, 5, 13),
        """«المنطقة الحرة» بمصراتة توقع عقدا مع شركة تركية.. و«الحديد والصلب» تعلق تشغيل فرن

مصراتة - «عين ليبيا»

وقعت المنطقة الحرة بمصراتة، أمس الأحد، عقدا مع شركة تركية متخصصة في إنشاء الموانئ لتنفيذ المرحلة الثالثة من توسعة رصيف الحاويات، بقيمة تقارب مائة وعشرين مليون دولار، على أن تستكمل الأعمال خلال ثلاثين شهرا، بحسب بيان لإدارة المنطقة.

وقال مدير عام المنطقة الحرة، في تصريح لـ«عين ليبيا»، إن التوسعة سترفع الطاقة الاستيعابية للميناء إلى أكثر من مليون حاوية سنويا، مشيرا إلى أن الميناء بات يستقبل شحنات موجهة إلى دول الجوار الأفريقي مثل النيجر وتشاد.

وفي المقابل، علقت الشركة الليبية للحديد والصلب تشغيل أحد أفران الصهر بالقوس الكهربائي لمدة أسبوعين، بسبب انقطاعات متكررة في التيار الكهربائي، قبل أن تستأنف التشغيل الجزئي بعد توفير خط تغذية بديل، وفق ما أعلنته الشركة على صفحتها الرسمية.

وعلى صعيد السوق المالية، انضمت شركة للإسمنت إلى سوق الأوراق المالية الليبية بعد استيفائها شروط الإدراج، فيما وقع مصرفان خاصان مذكرة تفاهم لدراسة الاندماج في كيان واحد، وفق إفصاح منشور على موقع السوق.

وكان مصرف ليبيا المركزي قد فرض في مارس الماضي رسما على مبيعات النقد الأجنبي للأغراض كافة، ما أدى إلى ارتفاع أسعار عدد من السلع المستوردة، فيما رفعت شركات الطيران المحلية أسعار تذاكر الرحلات الداخلية بنسب تراوحت بين عشرة وعشرين في المئة.

وهددت الغرفة التجارية بمصراتة بتعليق تعاملها مع شركات الشحن التي ترفع أسعارها دون إخطار مسبق، في حين مددت مصلحة الجمارك مهلة تسوية البضائع المتكدسة في الميناء حتى نهاية الشهر الجاري، ونشرت فرقا إضافية لتسريع إجراءات التخليص.

كما انضم صندوق استثمار محلي إلى رأسمال مصنع للألبان في زليتن، بينما وقعت شركة الخطوط الأفريقية اتفاقية مع شركة صيانة مالطية لصيانة طائراتها من طراز "إيرباص"، وأعلنت الخطوط الليبية استئناف رحلاتها المباشرة إلى إسطنبول من مطار مصراتة بواقع ثلاث رحلات أسبوعيا.

وفي سوق الخضار بالمدينة، قال تاجر ستيني: "الأسعار طايرة يا راجل، الدولار طالع والناس ما عندهاش، والحكومة تقول كل شي تمام، الله يجيب الخير".

ويعد ميناء المنطقة الحرة بمصراتة من أكبر الموانئ التجارية في ليبيا، ويستقبل نحو ثلث واردات البلاد من السلع، فيما تعد الشركة الليبية للحديد والصلب أكبر منشأة صناعية في البلاد، بطاقة إنتاجية تتجاوز مليون طن سنويا.""",
        [],
        not_targets=["Turkey", "Libya", "Malta", "Niger", "Chad"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout45_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout45_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # a freeze kept in place, with the UN's adjective, beside a conditional clause
    pytest.param(
        "ولا يزال القرار يبقي على الوزير السابق تجميد الأصول الأمميين، ما يجعل أي تحويل له رهنا"
        " بموافقة لجنة العقوبات.",
        date(2025, 7, 8),
        [],
        [],
        id="un-freeze-kept-on-former-minister-transfers-subject-to-approval",
    ),
    pytest.param(
        "ويبقي القرار على الوزير السابق حظر السفر وتجميد الأصول.",
        date(2025, 7, 8),
        [],
        [],
        id="decision-keeps-travel-ban-and-freeze-on-former-minister",
    ),
    # a measure listed inside a past imposition, before a pledge with a future date
    pytest.param(
        "وكانت إيكواس قد فرضت في يناير الماضي عقوبات على غينيا، شملت إغلاق الحدود وتجميد أصول"
        " الدولة، قبل أن ترفعها بعد تعهد المجلس العسكري بإجراء الانتخابات في ديسمبر 2025.",
        date(2024, 8, 31),
        [],
        [],
        id="ecowas-had-sanctioned-guinea-freeze-before-pledge-of-2025",
    ),
    pytest.param(
        "وكانت إيكواس قد فرضت في يناير الماضي عقوبات على غينيا، شملت إغلاق الحدود وتجميد أصول"
        " الدولة، قبل أن ترفعها في يوليو.",
        date(2024, 8, 31),
        [],
        [],
        id="ecowas-had-sanctioned-guinea-freeze-lifted-in-july",
    ),
    # an extension with the day it ends
    pytest.param(
        "مدد مجلس الأمن الدولي العقوبات على جنوب السودان لمدة عام ينتهي في الحادي والثلاثين من"
        " مايو 2026.",
        date(2025, 5, 31),
        [("sanctions.extended", "occurred", "United Nations Security Council")],
        [],
        id="unsc-extends-south-sudan-sanctions-until-may-2026",
    ),
    pytest.param(
        "مدد مجلس الأمن الدولي العقوبات على جنوب السودان لمدة عام.",
        date(2025, 5, 31),
        [("sanctions.extended", "occurred", "United Nations Security Council")],
        [],
        id="unsc-extends-south-sudan-sanctions-for-a-year",
    ),
    # «البلاد» (the country) that is to become a member of «المنظمة»
    pytest.param(
        "تلقت الأرجنتين دعوة رسمية من منظمة التعاون الاقتصادي والتنمية.\n\nومن المقرر أن تصبح"
        " البلاد العضو التاسع والثلاثين في المنظمة.",
        date(2024, 6, 1),
        [("alliance.joined", "planned", "Argentina")],
        [],
        id="argentina-invited-the-country-to-become-member",
    ),
    pytest.param(
        "ومن المقرر أن تصبح الأرجنتين العضو التاسع والثلاثين في منظمة التعاون الاقتصادي والتنمية.",
        date(2024, 6, 1),
        [("alliance.joined", "planned", "Argentina")],
        [],
        id="argentina-to-become-oecd-member",
    ),
    # «الوزارة» that will merge more fighters
    pytest.param(
        "وقال وزير الدفاع العراقي إن الوزارة ستدمج دفعات أخرى من مقاتلي العشائر في الجيش تباعا.",
        date(2023, 3, 13),
        [("forces.integrated", "planned", "Iraq")],
        [],
        id="iraqi-minister-says-ministry-will-merge-more-fighters",
    ),
    pytest.param(
        "وقال وزير الدفاع العراقي إن الحكومة العراقية ستدمج دفعات أخرى من مقاتلي العشائر في"
        " الجيش تباعا.",
        date(2023, 3, 13),
        [("forces.integrated", "planned", "Iraq")],
        [],
        id="iraqi-minister-says-government-will-merge-more-fighters",
    ),
    # soldiers that «باتوا منتشرين» (are now deployed)
    pytest.param(
        "وقالت وزارة الدفاع الإيطالية إن ثلاثمئة جندي إيطالي باتوا منتشرين في القاعدة الكويتية.",
        date(2023, 5, 2),
        [("military.presence", "occurred", "Italy")],
        [],
        id="italian-soldiers-now-deployed-at-kuwaiti-base",
    ),
    pytest.param(
        "وقالت وزارة الدفاع الإيطالية إن إيطاليا نشرت ثلاثمئة جندي في قاعدة كويتية.",
        date(2023, 5, 2),
        [("military.presence", "occurred", "Italy")],
        [],
        id="italy-deploys-soldiers-at-kuwaiti-base",
    ),
    # a denial of «أن تكون … تعتزم» (that it intends)
    pytest.param(
        "ونفى متحدث باسم وزارة الدفاع الفرنسية أن تكون باريس تعتزم إعادة نشر أي من قواتها في تشاد.",
        date(2024, 2, 1),
        [],
        [],
        id="france-denies-it-would-be-intending-to-deploy-in-chad",
    ),
    pytest.param(
        "ونفى متحدث باسم وزارة الدفاع الفرنسية أن تعتزم باريس إعادة نشر أي من قواتها في تشاد.",
        date(2024, 2, 1),
        [],
        [],
        id="france-denies-intending-to-deploy-in-chad",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout45_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout45_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
