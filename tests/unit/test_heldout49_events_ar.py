"""A forty-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-eight held-out sets: contemporary Arabic copy of 2019-2025, as today's wires,
sites and papers carry it (a Sudanese site, "كمبالا - «التغيير»", with a Kassala greengrocer's
"العقوبات دي ما بتأكلنا عيش يا زول"; a European broadcaster's Arabic copy, "كراكاس -
«يورونيوز»", with a Syrian-born draper's "والله البلد تعبانة كتير" on Margarita; a London Arab
daily, "بودابست - «الشرق الأوسط»", with "ترمب" and an Iraqi shawarma seller's "المهم البيت دافي"
near Keleti; the UN's news service, "نيويورك - «أخبار الأمم المتحدة»", with a resolution's
vote and a Juba restaurateur's "والعقوبات والحظر دا كلو كلام ناس كبار"; a business channel's
site, "برازيليا - «العربية Business»", with a Lebanese-born trader's "نحنا هون ما منفهم بالنفط"
on São Paulo's 25 de Março; an Iraqi site, "بغداد - «شفق نيوز»", with a Zakho café owner's
"إحنا كل يوم نسمع الطيارات فوق الجبل"; a Somali site, "مقديشو - «الصومال الجديد»", with the
agency «صونا» and a Bakara clothes trader's "والحدود لازم تنفتح عشان البضاعة تمشي"; a French
radio's Arabic service, "بانغي - «مونت كارلو الدولية»", with a Bouar cassava seller speaking
Sango through an interpreter; a Turkish agency's Arabic copy, "باكو - «الأناضول»", with an
Azerbaijani who learnt his Arabic in Damascus, "والله الفرحة ما تنوصف"; a Kuwaiti sports page,
"الكويت - «الراي»", with a fan's "والله الفريق هالسنة غير"; a Nador local page, "الناظور -
«هسبريس»", with "شتنبر" and a fishmonger's Darija "الحوت غلا بزاف هاد العام"; a Ras al-Khaimah
business page, "رأس الخيمة - «البيان»", with a date seller's "الإيجارات واجد غالية") and on
programmes and regions they do not touch (the US Treasury's sanctions on Ali Karti of the Sudanese
Islamic Movement, September 2023; the Treasury lifting its sanctions on Venezuela's former
intelligence chief Manuel Cristopher Figuera after his defection, May 2019; the one-year US
exemption for Hungary from the Rosneft and Lukoil sanctions, November 2025; Resolution 2731
renewing the South Sudan arms embargo, May 2024; Brazil to join the OPEC+ Charter of Cooperation,
February 2025; the Iraqi-Turkish military and security memorandum of Ankara, August 2024; Somalia
restoring ties with Kenya after Qatar's mediation, May 2021; the first special mixed security
unit of the Central African Republic at Bouar, 2019; the Turkish-Russian joint monitoring centre
at Agdam in Azerbaijan, January 2021). Nine carry core events of all ten alertable types (ten in
all), mostly in occurred status, one planned (Brazil that "ستنضم إلى ميثاق التعاون الخاص بتحالف
«أوبك+»"), next to historical, negated and stalled ones; three are near misses: a Kuwaiti
volleyball page (a club fined «فرضت … غرامة», a coach banned and a player's ban "رفعت", clubs
threatened "هددت بفرض عقوبات أشد", a Brazilian who "انضم" from the Qatari league, a Serbian
coach's contract "مدد", a sponsorship and a memorandum with the Bahraini federation "وقع", two
youth competitions "دمج", a cup suspended and to "تستأنف", organisers "نشرت"), a Nador local
page (cafés fined «فرضت … غرامات» and threatened, rubbish "رفعت", water "علقت" and resumed, a
partnership "وقعت", the town that "انضمت إلى شبكة المدن المتوسطية", a deadline "مددت", the
administrative police "نشرت", a school reopened, two schools merged, buses resumed) and a Ras
al-Khaimah business page (a company that "انضمت إلى سوق أبوظبي", a contract with a German
company, port fees "فرضت", freight rates "رفعت", a kiln "علقت" and resumed, a merger memorandum,
a Saudi fund that "انضم إلى رأسمال" a start-up, a deadline "مددت" and field teams "نشرت",
suppliers who "هدد … بتعليق" their dealings, an airline agreement).

The decisions of the annotation, taken before any run: a Treasury that announced "فرض عقوبات على
الأمين العام للحركة الإسلامية السودانية ووزير الخارجية الأسبق علي كرتي" imposes sanctions (core;
the United States and the Treasury the actors, Ali Karti, whom the knowledge base lacks, the
target; not Sudan, whose movement his title names, nor Saudi Arabia or the UN), and its "لن تتردد
في فرض عقوبات إضافية على كل من يطيل أمد هذا النزاع" threatens sanctions (core; no target named),
the listing of Abdelrahim Dagalo on 6 September and of the army's and the RSF's companies in June
historical impositions, "ولم تشمل العقوبات الجديدة قائد الجيش … عبد الفتاح البرهان … ولا …
حميدتي" a negated one, the Jeddah talks "متعثرة" a stalled signing (the army and the RSF); a
Treasury that "رفعت … العقوبات المفروضة على الجنرال مانويل كريستوفر فيغيرا" lifts sanctions
(core; the United States and the Treasury; Figuera, whom the knowledge base lacks, the target;
not Venezuela, Colombia or Norway), his listing of February and Maduro's of July 2017 historical
impositions, "ولم ترفع واشنطن العقوبات عن أي من قادة الجيش الآخرين" a negated lifting, Pence's
"مستعدة لرفع العقوبات عن أي مسؤول … يتخلى عن نظام مادورو" an offer, no event, the contacts under
Norwegian mediation "متعثرة" a stalled signing (Maduro's government and Guaidó's opposition); an
administration that "منحت … المجر إعفاء لمدة عام من العقوبات التي فرضتها الشهر الماضي على شركتي
«روسنفت» و«لوك أويل»" suspends sanctions (core; the United States; Rosneft and Lukoil the
targets of the sanctions suspended; not Hungary, to which the waiver is granted, nor Ukraine),
the sanctions of 22 October a historical imposition, "ولم ترفع واشنطن العقوبات عن الشركتين" a
negated lifting; a Council that "مدد … حظر توريد الأسلحة المفروض على جنوب السودان" extends
sanctions (core; the UN Security Council; South Sudan the target; not Sudan, Kenya, nor the
abstaining Algeria, Russia and China), the embargo of July 2018 a historical imposition, "ولم
يرفع المجلس الحظر" a negated lifting, South Sudan's regret at the extension its view of the same
event, the Tumaini talks in Nairobi "متعثرة" a stalled signing; Brazil that "ستنضم إلى ميثاق
التعاون الخاص بتحالف «أوبك+»" joins, planned (core; Brazil, OPEC+), "ولم تنضم البرازيل إلى منظمة
الدول المصدرة للنفط «أوبك» نفسها" a negated joining, Russia, Kazakhstan and Mexico that "انضمت …
إلى التحالف في ديسمبر 2016" a historical joining, the invitation of November 2023 no event; two
ministers who "وقع … مذكرة تفاهم للتعاون في المجالات العسكرية والأمنية" sign (core; Iraq and
Turkey, Fuad Hussein and Hakan Fidan for them; not the PKK), the Turkish bases in Iraqi Kurdistan
"منذ تسعينيات القرن الماضي" a historical presence, "ولم تتضمن المذكرة أي بند يسمح بإقامة قواعد
تركية جديدة" a negated presence, the water talks "متعثرة" a stalled signing, Baghdad's ban on the
PKK of March no event of a watched type; a government that announced "استئناف العلاقات
الدبلوماسية مع جمهورية كينيا" restores ties (core; Somalia and Kenya; not Qatar, which mediated,
nor Somaliland), the rupture of December no event of a watched type, the Kenyan troops in Somalia
"منذ عام 2011" a historical presence; a government that "أطلقت … أولى الوحدات الخاصة المختلطة
للأمن، التي دمج فيها مقاتلون من الجماعات المسلحة … مع جنود من القوات المسلحة الوطنية تحت قيادة
موحدة" integrates forces (core; the Central African Republic; not Russia, France or Sudan), the
peace agreement signed in Bangui on 6 February a historical signing, "ولم يُدمج أي من مقاتلي
جماعة «العودة والمطالبة وإعادة التأهيل»" a negated integration, the Russian instructors "منذ مطلع
العام الماضي" a historical presence; a Turkish-Russian centre whose soldiers began work "في
منطقة أغدام بأذربيجان" are present (core; Turkey and Russia in Azerbaijan; not Armenia), the
Russian peacekeepers and the trilateral statement of 10 November a historical presence and a
historical signing, "ولن يشارك الجنود الأتراك في دوريات قوة حفظ السلام الروسية" a negated
presence, the Baku-Yerevan border talks "متعثرة" a stalled signing; a volleyball page's fine,
bans, a ban lifted, threats to clubs, a transfer, a contract prolonged, a sponsorship and a
memorandum with the Bahraini federation, merged youth competitions, a suspended and resumed cup
and organisers, a local page's fines and threats, rubbish, water cut and resumed, a partnership,
a network of Mediterranean towns, a deadline, patrols, a school reopened, merged schools and buses
resumed, and a business page's listing, a supply contract, port fees, freight rates, a kiln
suspended and resumed, a merger memorandum, a fund joining a capital, a deadline, field teams,
suppliers' threat to suspend their dealings and an airline agreement are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit 6192916), in one run: events P 0.917 R 0.800 F1
0.854 (recall 8/10, precision 11/12: eleven alerts right, one wrong by the scorer's count;
occurred core found 7/9, planned 1/1; historical 13/13, negated 8/8 and stalled 5/5 kept quiet
by the scorer's count). No annotation was changed after the run; one text was: the Nador page
(ar-hl11) counted 292 words, under the 300 of the set's shape, and got one sentence on the
lagoon's smells, with no trigger in it ("ويشتكي سكان الأحياء المحاذية لبحيرة مارتشيكا …"), after
which the run gave the same figures. Misses: in ar-hl08 the mixed units, "أطلقت حكومة جمهورية
أفريقيا الوسطى … أولى الوحدات الخاصة المختلطة للأمن، التي دمج فيها مقاتلون من الجماعات المسلحة
الموقعة على اتفاق السلام مع جنود من القوات المسلحة الوطنية", give nothing: the forces.integrated
«دمج» of ``rasd/events/lexicons/ar.triggers.yaml`` needs the army within ten words
(``rasd/events/extractor.py``), and the fighters' description puts «القوات المسلحة» beyond it
("… دمج فيها مقاتلون من الجماعات المسلحة مع جنود من الجيش" is read); in ar-hl09 the centre, "بدأ
مركز المراقبة التركي الروسي المشترك عمله … بمشاركة ستين جنديا من كل من تركيا وروسيا", gives
nothing: a centre's work begun is no presence trigger, and «مشاركة» needs troops given with «ب»
and a mission or a force (``ar.triggers.yaml``, ``extractor.py``; "افتتحت تركيا وروسيا مركزا
عسكريا مشتركا في أذربيجان" is read). Wrong alert: in ar-hl10 the volleyball federation's
"وقع مذكرة تعاون مع الاتحاد البحريني للعبة" is a state's signing with Bahrain: «للعبة», the game
the page is about, is not among the sport cues of ``rasd/events/lexicons/ar.cues.yaml`` that
``status.py`` reads within twelve words, and the bare «الاتحاد» of ``roles.py`` is screened only
beside «نظيره» ("… للكرة الطائرة" is quiet). Wrong targets: in ar-hl01 the imposition on "الأمين
العام للحركة الإسلامية السودانية … علي كرتي" has Sudan for its target: ``rasd/events/roles.py``
hides the nationality of a company, a bank or an association (``_company_demonym_ar``) but not of
a movement or a party, and Karti is not in the knowledge base; in ar-hl03 the exemption that
"منحت الإدارة الأمريكية المجر" has Hungary for its target: the state a waiver is granted to,
the object of «منحت» before «إعفاء», takes the target's role when the sanctioned party is not a
state named at hand (``roles.py``; "… إعفاء من العقوبات المفروضة على إيران" keeps Iran). Five
strict xfails on five articles (two core events missed, ar-hl08 and ar-hl09; three wrong alerts
or targets, ar-hl01, ar-hl03 and ar-hl10); do not tune lexicons on these articles. Every cause
has sentences of its own in ``RULES``, strict xfails until fixed (six: the five causes and the
short name «أفريقيا الوسطى», matched as Africa, a LOC, because ``rasd/kb/data/countries.yaml``,
read by ``rasd/entities/matcher.py``, has only «جمهورية أفريقيا الوسطى», found beside the ar-hl08
miss), beside ten neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the historical listing has Mohamed Hamdan Dagalo for its target
(his brother Abdelrahim, whom the knowledge base lacks, is named), and the June listing, the
negated imposition and the stalled Jeddah talks give nothing; in ar-hl02 the lifting is read
twice, from the headline with the unlinked "رئيس الاستخبارات الفنزويلية" for its target and from
the lead with none (Figuera is not in the knowledge base), Pence's offer "مستعدة لرفع العقوبات عن
أي مسؤول … يتخلى عن نظام مادورو" is a planned lifting with Maduro for its target (an offer on a
condition read as a plan, the regime left read as the one relieved), and Figuera's listing and
the stalled Oslo contacts give nothing; in ar-hl03 the negated lifting has Hungary for its target
as well; in ar-hl04 South Sudan's "تأسف لتمديد نظام عقوبات" is a second, planned extension with
South Sudan for its actor (the scorer takes it for the gold one by its name), the negated lifting
has no target, and the stalled Tumaini talks give nothing; in ar-hl05 the historical joining has
no OPEC+ («إلى التحالف»); in ar-hl06 the signing has Fuad Hussein and Hakan Fidan beside their
states, Baghdad's ban on the PKK is a quiet historical imposition, "من دون أن يصنفه منظمة إرهابية
كما تطالب أنقرة" a quiet negated imposition with Turkey for its target, and the historical and
negated Turkish bases and the stalled water talks give nothing; in ar-hl07 the restoration has
Somalia for its actor and Kenya for its target, and the Kenyan troops give nothing; in ar-hl08 the
historical signing, the negated integration and the Russian instructors give nothing; in ar-hl09
the historical signing has Nikol Pashinyan alone for its party, and the Russian peacekeepers and
the negated Turkish patrols give nothing. The Nador and Ras al-Khaimah pages raise nothing.

After the fixes of the same round (2026-12-03): events P 0.923 R 0.900 F1 0.911 (recall 9/10,
precision 12/13). Fixed as general causes (rasd/events/extractor.py, roles.py, status.py, the
Arabic lexicons, the knowledge base): the nationality of a movement, a party or a front in a
person's title is no party («الحركة الإسلامية السودانية»; their own deals are still no business);
whom the measures an exemption is from are on is its target, not the state exempted («منحت …
اليابان إعفاء من العقوبات على النفط الروسي», «تعفي المجر … من عقوباتها على النفط والغاز
الروسيين», past a relative clause «التي فرضتها … على شركتي»), and the state goods are bound for
(«الشحنات المتجهة إلى المجر») is none; a merger with the army named «في الجيش» or «مع جنود من
القوات المسلحة» past the fighters' long description; units a state set up on the day («أطلقت
حكومة …، السبت، أولى الوحدات المختلطة، التي دمج فيها مقاتلون …») take that state and the day;
«للعبة» names a sport; «أفريقيا الوسطى» is the Central African Republic's short name. Beside them:
a headline whose clauses two dots join («… حتى نهاية أبريل.. وصوفيا تعين …») is a headline, so
background told later does not demote it. Left: Hungary's own «حصلت على إعفاء» read as a second
suspension with Hungary for its actor (ar-hl03), and the monitoring centre (ar-hl09).

``python -m tests.unit.test_heldout49_events_ar`` prints every article's alerts and the set's
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
_KARTI = "Ali Karti"
_FIGUERA = "Manuel Cristopher Figuera"

_WAIVER_BENEFICIARY = (
    "the state that obtained the waiver, in its minister's words («قال وزير الخارجية المجري … إن"
    ' بلاده حصلت على "إعفاء كامل وغير محدود" من العقوبات على الطاقة»), is read as the actor of a'
    " second suspension: «حصلت على» makes its subject the one who grants (rasd/events/roles.py);"
    " the grantee of «منحت … المجر إعفاء … من العقوبات التي فرضتها … على شركتي …» and of «تعفي"
    " المجر … من عقوباتها على النفط … الروسيين» is no longer a target"
)
_CENTRE_TROOPS = (
    "a joint monitoring centre that «بدأ … عمله … بمشاركة ستين جنديا من كل من تركيا وروسيا» gives"
    " nothing: a centre's work begun is no presence trigger of rasd/events/lexicons/ar.triggers.yaml,"
    " and «مشاركة» needs troops given with «ب» (with_troops: «تشارك مصر بقوات») and a mission or a"
    " force (mission_force), not a counted accusative and a centre (extractor.py; «افتتحت تركيا"
    " مركزا عسكريا في أذربيجان» and «وصل خمسون جنديا من تركيا إلى أذربيجان» are read)"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-altaghyeer-treasury-sanctions-ali-karti-2023",
        date(2023, 9, 29),
        """الخزانة الأمريكية تفرض عقوبات على علي كرتي وتلوّح بالمزيد

كمبالا - «التغيير»

أعلنت وزارة الخزانة الأمريكية، مساء الخميس، فرض عقوبات على الأمين العام للحركة الإسلامية السودانية ووزير الخارجية الأسبق علي كرتي، إلى جانب شركتين مقرهما الخرطوم، قالت إنهما توفران معدات وتمويلا لأطراف الحرب المستمرة منذ منتصف أبريل الماضي.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن كرتي و"عناصر إسلامية متشددة" يعملون على "تقويض الجهود الرامية إلى وقف إطلاق النار والعودة إلى الحكم المدني"، وإنهم يسعون إلى "إعادة نظام البشير إلى السلطة عبر الحرب". وبموجب القرار تجمد أي أصول للمشمولين بالعقوبات داخل الولايات المتحدة، ويحظر على الأمريكيين التعامل معهم.

وأضاف البيان أن واشنطن "لن تتردد في فرض عقوبات إضافية على كل من يطيل أمد هذا النزاع أو يعرقل وصول المساعدات الإنسانية"، في تحذير فسره مراقبون بأنه موجه إلى قيادات في الطرفين.

وكانت وزارة الخزانة قد فرضت في السادس من سبتمبر الجاري عقوبات على عبد الرحيم حمدان دقلو، شقيق قائد قوات الدعم السريع ونائبه، بسبب انتهاكات نسبت إلى قواته في دارفور، كما أدرجت في يونيو الماضي شركات مرتبطة بالجيش والدعم السريع على قوائمها.

ولم تشمل العقوبات الجديدة قائد الجيش الفريق أول عبد الفتاح البرهان، الذي كان يلقي كلمة بلاده أمام الجمعية العامة للأمم المتحدة في نيويورك الأسبوع الماضي، ولا قائد الدعم السريع محمد حمدان دقلو "حميدتي".

وفي أول رد، قالت الحركة الإسلامية في بيان مقتضب إن القرار "لا يعنيها في شيء"، وإن كرتي "رجل دولة لم يحمل سلاحا"، متهمة واشنطن بـ"الانحياز إلى قوى الحرية والتغيير".

ورحبت قوى مدنية سودانية بالخطوة، وقال متحدث باسم تنسيقية القوى الديمقراطية المدنية لـ«التغيير» إن "العقوبات يجب أن تطال كل من أشعل الحرب وكل من يمولها، دون انتقائية".

ويأتي القرار في وقت لا تزال فيه مفاوضات جدة بين الجيش وقوات الدعم السريع، برعاية سعودية أمريكية، متعثرة منذ تعليقها في يونيو الماضي، بعد انهيار عدة هدن قصيرة.

وفي سوق كسلا، قال بائع خضار نزح من الخرطوم بحري قبل أشهر: "العقوبات دي ما بتأكلنا عيش يا زول، نحن دايرين نرجع بيوتنا بس، والبيوت اتنهبت".

وتقول الأمم المتحدة إن الحرب أجبرت أكثر من خمسة ملايين شخص على النزوح داخل السودان وخارجه، فيما يواجه الملايين خطر الجوع في ولايات دارفور وكردفان والخرطوم.""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY], [_KARTI]),
            # "لن تتردد في فرض عقوبات إضافية على كل من يطيل أمد هذا النزاع",
            G("sanctions.threatened", "occurred", [_US, _TREASURY], []),
            # Abdelrahim Dagalo listed on 6 September, the companies of June,
            G(
                "sanctions.imposed",
                "historical",
                [_TREASURY],
                ["Abdelrahim Hamdan Dagalo"],
                core=False,
            ),
            G(
                "sanctions.imposed",
                "historical",
                [_TREASURY],
                ["Sudanese Armed Forces", "Rapid Support Forces"],
                core=False,
            ),
            # "ولم تشمل العقوبات الجديدة قائد الجيش الفريق أول عبد الفتاح البرهان",
            G(
                "sanctions.imposed",
                "negated",
                [_US],
                ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"],
                core=False,
            ),
            # the Jeddah talks "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Sudanese Armed Forces", "Rapid Support Forces"],
                [],
                core=False,
            ),
        ],
        not_targets=["Sudan", "Saudi Arabia", "United Nations"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-euronews-us-delists-cristopher-figuera-2019",
        date(2019, 5, 8),
        """واشنطن ترفع العقوبات عن رئيس الاستخبارات الفنزويلية السابق بعد انشقاقه

كراكاس - «يورونيوز»

رفعت وزارة الخزانة الأمريكية، الثلاثاء، العقوبات المفروضة على الجنرال مانويل كريستوفر فيغيرا، المدير السابق لجهاز الاستخبارات الوطني البوليفاري، بعد أسبوع من انشقاقه عن حكومة الرئيس نيكولاس مادورو ودعمه محاولة زعيم المعارضة خوان غوايدو استمالة الجيش.

وقال نائب الرئيس الأمريكي مايك بنس، في كلمة أمام مجلس الأمريكتين في واشنطن، إن القرار "رسالة إلى كل ضابط فنزويلي"، مضيفا: "الجنرال كريستوفر فيغيرا اختار الوقوف إلى جانب الدستور والشعب، ونحن نفي بوعدنا لمن يفعل ذلك".

وأكد بنس أن الولايات المتحدة "مستعدة لرفع العقوبات عن أي مسؤول عسكري أو مدني يتخلى عن نظام مادورو"، مشيرا إلى أن "مئات الضباط" يتواصلون مع المعارضة.

وكانت واشنطن قد أدرجت فيغيرا على قائمة العقوبات في فبراير الماضي، ضمن مجموعة من المسؤولين الأمنيين الذين اتهمتهم بقمع المتظاهرين وعرقلة إدخال المساعدات الإنسانية عبر الحدود الكولومبية.

كما فرضت الإدارة الأمريكية في يوليو 2017 عقوبات على مادورو نفسه، وجمدت أصوله الخاضعة للولاية القضائية الأمريكية، بعد انتخابات الجمعية التأسيسية التي قاطعتها المعارضة.

ولم ترفع واشنطن العقوبات عن أي من قادة الجيش الآخرين الذين شاركوا في قمع الاحتجاجات الأخيرة، وفق مصدر في وزارة الخارجية الأمريكية، أوضح أن "الباب يبقى مفتوحا".

وفي كراكاس، وصفت نائبة الرئيس ديلسي رودريغيز الخطوة بأنها "مكافأة للخونة"، وقالت إن فيغيرا "عميل لوكالة المخابرات المركزية منذ سنوات"، فيما عين مادورو الجنرال غوستافو غونزاليس لوبيز على رأس الجهاز مجددا.

ولا يعرف مكان وجود فيغيرا حاليا، وتقول تقارير صحفية إنه غادر البلاد عبر الحدود إلى كولومبيا قبل أن ينتقل إلى الولايات المتحدة.

ويأتي ذلك فيما لا تزال الاتصالات بين ممثلين عن الحكومة والمعارضة بوساطة نرويجية متعثرة، بعد أن رفض الطرفان الجلوس إلى طاولة واحدة في أوسلو.

وفي جزيرة مارغريتا، قال تاجر سوري الأصل يدير محلا للأقمشة منذ ثلاثين عاما: "والله البلد تعبانة كتير، الكهربا بتنقطع كل يوم والناس عم تهاجر، ما حدا بيعرف لوين رايحين".

ويعيش في فنزويلا مئات الآلاف من المتحدرين من أصول سورية ولبنانية، يتركز كثير منهم في مارغريتا وفالنسيا والعاصمة.""",
        [
            G("sanctions.lifted", "occurred", [_US, _TREASURY], [_FIGUERA]),
            # Figuera listed in February, Maduro in July 2017,
            G("sanctions.imposed", "historical", [_US], [_FIGUERA], core=False),
            G("sanctions.imposed", "historical", [_US], ["Nicolás Maduro"], core=False),
            # "ولم ترفع واشنطن العقوبات عن أي من قادة الجيش الآخرين",
            G("sanctions.lifted", "negated", [_US], [], core=False),
            # the Norwegian-mediated contacts "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Nicolás Maduro", "Juan Guaidó"],
                [],
                core=False,
            ),
        ],
        not_targets=["Venezuela", "Colombia", "Norway"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-asharqalawsat-us-exempts-hungary-russian-oil-2025",
        date(2025, 11, 8),
        """واشنطن تعفي المجر لمدة عام من عقوباتها على النفط والغاز الروسيين

بودابست - «الشرق الأوسط»

منحت الإدارة الأمريكية المجر إعفاء لمدة عام من العقوبات التي فرضتها الشهر الماضي على شركتي «روسنفت» و«لوك أويل» الروسيتين، بما يسمح لبودابست بمواصلة شراء النفط والغاز الروسيين عبر خط أنابيب «دروجبا» وخط «ترك ستريم» دون التعرض لعقوبات ثانوية.

وجاء الإعفاء عقب لقاء جمع الرئيس الأمريكي دونالد ترمب ورئيس الوزراء المجري فيكتور أوربان في البيت الأبيض، الجمعة، وقال وزير الخارجية المجري بيتر سيارتو إن بلاده حصلت على "إعفاء كامل وغير محدود" من العقوبات على الطاقة، قبل أن يوضح مسؤول في البيت الأبيض أن الإعفاء "لمدة عام واحد".

وقال أوربان للصحافيين عقب اللقاء: "المجر دولة حبيسة لا تملك موانئ، ولا يمكنها أن تستغني بين ليلة وضحاها عن الطاقة الروسية"، مضيفا أن الاتفاق "يحمي فواتير العائلات المجرية".

وأكد ترمب من جهته أنه نظر في الطلب المجري "لأن المجر لا تملك بحرا"، لكنه شدد على أن "على أوروبا أن تتوقف عن تمويل آلة الحرب الروسية".

وكانت وزارة الخزانة الأمريكية قد فرضت في الثاني والعشرين من أكتوبر الماضي عقوبات على «روسنفت» و«لوك أويل»، أكبر شركتين نفطيتين في روسيا، في أول عقوبات كبيرة تفرضها إدارة ترمب على موسكو، بهدف الضغط عليها للقبول بوقف إطلاق النار في أوكرانيا.

ولم ترفع واشنطن العقوبات عن الشركتين، إذ يقتصر الإعفاء على الشحنات المتجهة إلى المجر، بحسب ما أوضحه مسؤول أمريكي طلب عدم كشف اسمه.

وتعتمد المجر على روسيا في نحو ثمانين في المئة من وارداتها النفطية، وترفض الخطط الأوروبية للتخلص التدريجي من الطاقة الروسية بحلول عام 2027، وهو موقف أثار انتقادات متكررة من المفوضية الأوروبية وعدد من الدول الأعضاء.

وفي كييف، قال مسؤول في وزارة الخارجية الأوكرانية إن الإعفاء "رسالة خاطئة في توقيت خاطئ"، فيما رحب الكرملين بما وصفه بـ"الموقف البراغماتي" لبودابست.

ومن المنتظر أن يتفق الطرفان أيضا على شراء المجر شحنات من الغاز الطبيعي المسال الأمريكي، وفق ما أعلنه البيت الأبيض.

وفي سوق شعبي قرب محطة كيليتي في بودابست، قال بائع شاورما عراقي يقيم في المجر منذ سنوات: "الناس هنا بس يفكرون بفاتورة الغاز بالشتا، السياسة ما تهمهم، المهم البيت دافي".

وتستعد المجر لانتخابات تشريعية في ربيع العام المقبل، يواجه فيها حزب «فيدس» الحاكم منافسة غير مسبوقة من حزب «تيسا» المعارض.""",
        [
            G("sanctions.suspended", "occurred", [_US], ["Rosneft", "Lukoil"]),
            # the sanctions of 22 October on Rosneft and Lukoil,
            G("sanctions.imposed", "historical", [_TREASURY], ["Rosneft", "Lukoil"], core=False),
            # "ولم ترفع واشنطن العقوبات عن الشركتين",
            G("sanctions.lifted", "negated", [_US], ["Rosneft", "Lukoil"], core=False),
        ],
        not_targets=["Hungary", "Ukraine"],
        known_alarm=_WAIVER_BENEFICIARY,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-unnews-security-council-renews-south-sudan-embargo-2024",
        date(2024, 5, 31),
        """مجلس الأمن يمدد حظر الأسلحة المفروض على جنوب السودان عاما آخر

نيويورك - «أخبار الأمم المتحدة»

مدد مجلس الأمن الدولي، الخميس، حظر توريد الأسلحة المفروض على جنوب السودان، وتدابير حظر السفر وتجميد الأصول المفروضة على عدد من الأفراد، حتى الحادي والثلاثين من مايو 2025، كما مدد ولاية فريق الخبراء المعني بمراقبة تنفيذ العقوبات حتى الأول من يوليو من العام نفسه.

واعتمد المجلس القرار 2731 بأغلبية تسعة أصوات، مع امتناع ستة أعضاء عن التصويت، من بينهم الجزائر وموزمبيق وسيراليون وروسيا والصين، التي رأت أن العقوبات "لم تعد تتناسب مع التقدم المحرز" في البلاد.

وقال ممثل الولايات المتحدة، التي صاغت مشروع القرار، إن الحظر "ضروري لمنع تدفق مزيد من الأسلحة إلى بلد لا يزال العنف فيه يحصد أرواح المدنيين"، مضيفا أن المجلس "مستعد لمراجعة التدابير في ضوء التقدم في تنفيذ اتفاق السلام المنشط".

في المقابل، قال مندوب جنوب السودان إن بلاده "تأسف لتمديد نظام عقوبات يعيق قدرة قواتها النظامية على حماية المواطنين"، مشيرا إلى أن الحكومة "أوفت بالتزاماتها" في إطار الترتيبات الأمنية.

وكان مجلس الأمن قد فرض حظر توريد الأسلحة على جنوب السودان لأول مرة في يوليو 2018، بموجب القرار 2428، بعد سنوات من الحرب الأهلية التي اندلعت أواخر عام 2013 وأودت بحياة مئات الآلاف.

ولم يرفع المجلس الحظر رغم مطالبات الاتحاد الأفريقي والهيئة الحكومية للتنمية «إيغاد» المتكررة بتخفيفه، إلا أن القرار أبقى على إعفاءات تتعلق بالمعدات غير الفتاكة وبعمليات بعثة الأمم المتحدة في جنوب السودان.

ويأتي التمديد في وقت لا تزال فيه محادثات «مبادرة تومايني» في نيروبي، بين الحكومة وجماعات المعارضة غير الموقعة على اتفاق السلام، متعثرة منذ أسابيع، بسبب خلافات حول الترتيبات الأمنية وتقاسم السلطة.

ومن المقرر أن يجري جنوب السودان في ديسمبر المقبل أول انتخابات عامة منذ استقلاله عام 2011، وسط شكوك متزايدة في إمكانية إجرائها في موعدها.

وفي جوبا، قال صاحب مطعم سوداني نزح من الخرطوم العام الماضي: "الناس هنا تعبانين من الغلاء، والجنيه كل يوم بينزل، والعقوبات والحظر دا كلو كلام ناس كبار".

وتؤوي جوبا ومدن أخرى عشرات الآلاف من الفارين من الحرب في السودان المجاور، بينما يعاني اقتصاد البلاد من تعطل صادرات النفط عبر ميناء بورتسودان.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["South Sudan"]),
            # the embargo first imposed in July 2018,
            G("sanctions.imposed", "historical", [_UNSC], ["South Sudan"], core=False),
            # "ولم يرفع المجلس الحظر",
            G("sanctions.lifted", "negated", [_UNSC], ["South Sudan"], core=False),
            # the Tumaini talks in Nairobi "متعثرة",
            G("agreement.signed", "stalled", ["South Sudan"], [], core=False),
        ],
        not_targets=["Sudan", "Kenya", "Algeria", "Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-alarabiyabusiness-brazil-to-join-opec-plus-2025",
        date(2025, 2, 19),
        """البرازيل ستنضم إلى «ميثاق التعاون» مع تحالف «أوبك+» دون التزام بالحصص

برازيليا - «العربية Business»

أعلن وزير المناجم والطاقة البرازيلي ألكسندر سيلفيرا، الثلاثاء، أن البرازيل ستنضم إلى ميثاق التعاون الخاص بتحالف «أوبك+»، بعد أن وافق المجلس الوطني لسياسة الطاقة على الخطوة، مؤكدا أن بلاده لن تلتزم بأي حصص إنتاج يقررها التحالف.

وقال سيلفيرا في مؤتمر صحفي في برازيليا: "لا ينبغي أن نخجل من كوننا منتجين للنفط. البرازيل بحاجة إلى النمو وتوليد الدخل وفرص العمل"، مضيفا أن الميثاق "منتدى للحوار بين الدول المنتجة، وليس التزاما بخفض الإنتاج".

وأوضح الوزير أن الانضمام سيتيح للبرازيل المشاركة في اجتماعات التحالف ومناقشاته حول أوضاع السوق، مع احتفاظها الكامل بحرية تحديد مستويات إنتاجها وصادراتها.

وكان الرئيس لويز إيناسيو لولا دا سيلفا قد تلقى دعوة للانضمام إلى التحالف خلال اجتماع «أوبك+» في نوفمبر 2023، وقال حينها إن بلاده تريد التأثير في الدول المنتجة لتسريع التحول إلى الطاقة النظيفة.

ولم تنضم البرازيل إلى منظمة الدول المصدرة للنفط «أوبك» نفسها، ولا تعتزم ذلك، بحسب ما أكده مسؤولون في وزارة الطاقة، إذ تقتصر الخطوة على ميثاق التعاون الذي يضم أعضاء المنظمة وشركاءهم.

ويضم تحالف «أوبك+» الدول الأعضاء في «أوبك» إلى جانب عشر دول منتجة من خارجها، أبرزها روسيا وكازاخستان والمكسيك، وقد انضمت هذه الدول إلى التحالف في ديسمبر 2016 بعد اتفاق على خفض الإنتاج لدعم الأسعار.

وانتقدت منظمات بيئية برازيلية القرار، وقالت إنه "يتناقض" مع استضافة البرازيل مؤتمر الأمم المتحدة للمناخ «كوب 30» في مدينة بيليم في نوفمبر المقبل، فيما دافع سيلفيرا عن الخطوة بأن "العالم سيظل بحاجة إلى النفط لسنوات طويلة".

وتعد البرازيل أكبر منتج للنفط في أمريكا اللاتينية، بإنتاج يتجاوز ثلاثة ملايين برميل يوميا، يأتي معظمه من حقول المياه العميقة قبالة سواحل ريو دي جانيرو، وتخطط شركة «بتروبراس» الحكومية لرفعه خلال السنوات المقبلة.

ويرى محللون أن الخطوة تمنح التحالف ثقلا إضافيا في مواجهة المنتجين من خارجه، خصوصا الولايات المتحدة، من دون أن تغير كثيرا في توازن العرض والطلب.

وفي ساو باولو، قال تاجر لبناني الأصل يملك محلا للأجهزة الكهربائية في شارع 25 مارس: "نحنا هون ما منفهم بالنفط، بس إذا بتنزل أسعار البنزين منكون مبسوطين، غير هيك ما بيفرق معنا".

وتستضيف العاصمة السعودية الرياض عادة اجتماعات لجنة المراقبة الوزارية المشتركة للتحالف، التي تراجع مستويات الالتزام بالإنتاج كل شهرين.""",
        [
            G("alliance.joined", "planned", ["Brazil"], ["OPEC+"]),
            # "ولم تنضم البرازيل إلى منظمة الدول المصدرة للنفط «أوبك» نفسها",
            G("alliance.joined", "negated", ["Brazil"], ["OPEC"], core=False),
            # Russia, Kazakhstan and Mexico joining in December 2016,
            G(
                "alliance.joined",
                "historical",
                ["Russia", "Kazakhstan", "Mexico"],
                ["OPEC+"],
                core=False,
            ),
        ],
        not_targets=["United States", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-shafaq-iraq-turkey-security-memorandum-2024",
        date(2024, 8, 16),
        """العراق وتركيا يوقعان مذكرة تفاهم للتعاون العسكري والأمني في أنقرة

بغداد - «شفق نيوز»

وقع وزير الخارجية العراقي فؤاد حسين ونظيره التركي هاكان فيدان، الخميس في أنقرة، مذكرة تفاهم للتعاون في المجالات العسكرية والأمنية ومكافحة الإرهاب، في ختام الاجتماع الرابع للآلية الأمنية رفيعة المستوى بين البلدين، بمشاركة وزيري الدفاع ورئيسي جهازي الاستخبارات.

وتنص المذكرة، بحسب بيان مشترك، على إنشاء مركز للتنسيق الأمني المشترك في بغداد، وتحويل معسكر بعشيقة شمالي الموصل إلى مركز تدريب وتعاون تنتقل إدارته إلى الحكومة العراقية.

وقال فيدان في مؤتمر صحفي مشترك إن "حزب العمال الكردستاني منظمة إرهابية تهدد أمن البلدين معا"، مضيفا أن بلاده "ترحب بقرار بغداد حظر الحزب"، فيما أكد حسين أن "العراق لن يسمح باستخدام أراضيه منطلقا للاعتداء على دول الجوار".

وأضاف حسين: "نريد أن يكون التعاون الأمني مدخلا لشراكة أوسع تشمل الاقتصاد والمياه والنقل"، في إشارة إلى مشروع «طريق التنمية» الذي يربط ميناء الفاو بالحدود التركية.

وكان مجلس الأمن الوطني العراقي قد قرر في مارس الماضي حظر حزب العمال الكردستاني، من دون أن يصنفه منظمة إرهابية كما تطالب أنقرة.

وتحتفظ تركيا منذ تسعينيات القرن الماضي بقواعد ونقاط عسكرية في إقليم كردستان العراق، يقدر عددها اليوم بالعشرات، في إطار عملياتها ضد مسلحي الحزب.

ولم تتضمن المذكرة أي بند يسمح بإقامة قواعد تركية جديدة على الأراضي العراقية، بحسب مصدر في وزارة الخارجية العراقية تحدث إلى «شفق نيوز»، مشيرا إلى أن "السيادة العراقية خط أحمر".

في المقابل، لا تزال المفاوضات بين البلدين بشأن اتفاق دائم لتقاسم مياه نهري دجلة والفرات متعثرة، رغم التفاهمات التي أعلنت خلال زيارة الرئيس التركي رجب طيب أردوغان إلى بغداد في أبريل الماضي.

وانتقدت قوى سياسية كردية وشيعية المذكرة، إذ قال نائب عن الإطار التنسيقي إنها "تشرعن الوجود التركي"، بينما رأى نائب عن الحزب الديمقراطي الكردستاني أنها "خطوة نحو ضبط الحدود".

وفي قضاء زاخو، قال صاحب مقهى قرب الحدود: "إحنا كل يوم نسمع الطيارات فوق الجبل، وبس نريد الأمان حتى الناس ترجع لقراها وتزرع".

وتقدر منظمات محلية عدد القرى التي أخليت في المناطق الحدودية لمحافظة دهوك بسبب المعارك بأكثر من مئتي قرية خلال السنوات الماضية.""",
        [
            G("agreement.signed", "occurred", ["Iraq", "Turkey"], []),
            # Turkish bases in Iraqi Kurdistan since the 1990s,
            G("military.presence", "historical", ["Turkey"], ["Iraq"], core=False),
            # "ولم تتضمن المذكرة أي بند يسمح بإقامة قواعد تركية جديدة",
            G("military.presence", "negated", ["Turkey"], ["Iraq"], core=False),
            # the Tigris-Euphrates water talks "متعثرة",
            G("agreement.signed", "stalled", ["Iraq", "Turkey"], [], core=False),
        ],
        not_targets=["Kurdistan Workers' Party", "Kurdistan Region"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alsomal-aljadid-somalia-restores-ties-kenya-2021",
        date(2021, 5, 7),
        """الصومال يعلن استئناف العلاقات الدبلوماسية مع كينيا بوساطة قطرية

مقديشو - «الصومال الجديد»

أعلنت الحكومة الصومالية، مساء الخميس، استئناف العلاقات الدبلوماسية مع جمهورية كينيا، بعد نحو خمسة أشهر من قطعها، وذلك إثر وساطة قادتها دولة قطر بين البلدين الجارين.

وقال وزير الإعلام والثقافة والسياحة عثمان أبوبكر دبي، في بيان نقلته وكالة الأنباء الصومالية الرسمية «صونا»، إن الحكومة "قررت استعادة العلاقات الدبلوماسية مع كينيا، استجابة لجهود أمير دولة قطر الشيخ تميم بن حمد آل ثاني"، مضيفا أن البلدين اتفقا على "مبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية".

ورحبت وزارة الخارجية الكينية بالقرار، وقالت في بيان إن نيروبي "تتطلع إلى العمل مع الحكومة الصومالية لتعزيز السلام والاستقرار والتجارة في المنطقة"، معربة عن شكرها للدوحة على "جهودها الحميدة".

وكان الصومال قد قطع علاقاته مع كينيا في ديسمبر الماضي، متهما إياها بالتدخل في شؤونه الداخلية، بعد استقبال نيروبي رئيس إقليم أرض الصومال موسى بيحي عبدي، ودعمها قادة في إقليم جوبالاند المعارضين للحكومة الفيدرالية.

ولم يتطرق البيان الصومالي إلى الخلاف الحدودي البحري بين البلدين، المنظور أمام محكمة العدل الدولية، والذي يتوقع أن تصدر فيه المحكمة حكمها خلال الأشهر المقبلة.

وتشارك قوات كينية منذ عام 2011 في العمليات ضد حركة «الشباب» في جنوب الصومال، وتنتشر حاليا في إطار بعثة الاتحاد الأفريقي «أميصوم» في منطقتي جدو وجوبا السفلى.

ويأتي الإعلان بعد أيام من تراجع الرئيس محمد عبد الله فرماجو عن تمديد ولايته لعامين، وإحالته ملف الانتخابات إلى رئيس الوزراء محمد حسين روبلي، في أعقاب اشتباكات في مقديشو بين القوات الحكومية ووحدات موالية للمعارضة.

ويرى مراقبون أن عودة العلاقات ستفتح الباب أمام استئناف الرحلات الجوية المباشرة وتصدير نبات القات الكيني إلى الصومال، الذي توقف منذ أكثر من عام، ما أضر بآلاف المزارعين في منطقة ميرو.

وقال مسؤول في الخارجية الصومالية لـ«الصومال الجديد» إن السفيرين "سيعودان إلى مقريهما بعد استكمال الإجراءات".

وفي سوق بكارو، قال تاجر ملابس يستورد بضائعه عبر نيروبي: "الحمد لله، التجارة كانت واقفة، والناس تعبت من الغلاء، والحدود لازم تنفتح عشان البضاعة تمشي".

ويقيم في كينيا مئات الآلاف من اللاجئين الصوماليين، معظمهم في مخيم داداب قرب الحدود، إضافة إلى جالية كبيرة في حي إيستلي بنيروبي.""",
        [
            G("relations.restored", "occurred", ["Somalia", "Kenya"], []),
            # Kenyan troops in southern Somalia since 2011,
            G("military.presence", "historical", ["Kenya"], ["Somalia"], core=False),
        ],
        not_targets=["Qatar", "Somaliland"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-mcd-central-african-mixed-security-units-2019",
        date(2019, 9, 16),
        """أفريقيا الوسطى تطلق أولى الوحدات الخاصة المختلطة التي تضم مقاتلين سابقين وجنودا

بانغي - «مونت كارلو الدولية»

أطلقت حكومة جمهورية أفريقيا الوسطى، السبت، في مدينة بوار غربي البلاد، أولى الوحدات الخاصة المختلطة للأمن، التي دمج فيها مقاتلون من الجماعات المسلحة الموقعة على اتفاق السلام مع جنود من القوات المسلحة الوطنية تحت قيادة موحدة، في خطوة وصفت بأنها اختبار حاسم لتنفيذ الاتفاق.

وقال رئيس الجمهورية فوستان أرشانج تواديرا، في كلمة خلال المراسم، إن هذه الوحدات "تجسد المصالحة الوطنية"، مضيفا: "اليوم يقف أبناء أفريقيا الوسطى الذين تقاتلوا بالأمس صفا واحدا لحماية طرق الترحال والتجارة".

وتضم الكتيبة الأولى نحو مئتي عنصر، نصفهم تقريبا من مقاتلي الجماعات المسلحة، تلقوا تدريبا لعدة أسابيع بدعم من بعثة الأمم المتحدة «مينوسكا» وبعثة التدريب الأوروبية، وستتولى تأمين ممرات الماشية ومواقع التعدين في الشمال الغربي.

وأكد وزير الدفاع أن وحدات مماثلة ستنتشر لاحقا في شمال البلاد وشرقها، بحسب ما تقتضيه الترتيبات الأمنية المؤقتة المنصوص عليها في الاتفاق.

وكانت الحكومة وأربع عشرة جماعة مسلحة قد وقعت في السادس من فبراير الماضي في بانغي «الاتفاق السياسي للسلام والمصالحة»، بعد مفاوضات استضافتها الخرطوم برعاية الاتحاد الأفريقي.

ولم يُدمج أي من مقاتلي جماعة «العودة والمطالبة وإعادة التأهيل» المعروفة باسم «3R» في الوحدة الأولى، بعد اتهامها بارتكاب مجازر في منطقة باوا في مايو الماضي، رغم أنها من الموقعين على الاتفاق.

ويعمل في البلاد منذ مطلع العام الماضي مدربون عسكريون روس، وصلوا بموافقة لجنة العقوبات في مجلس الأمن، وتتولى شركات روسية حماية الرئيس وعدد من مواقع التعدين، ما يثير قلق باريس، الحليف التقليدي لبانغي.

وقال ممثل بعثة الأمم المتحدة في بوار لـ«مونت كارلو الدولية» إن نجاح التجربة "يعتمد على انتظام دفع الرواتب وعلى ثقة السكان"، لافتا إلى أن بعض المقاتلين "لا يزالون يحتفظون بولاءاتهم القديمة".

وفي سوق بوار، قالت بائعة كسافا وهي تتحدث بالسانغو عبر مترجم: "نريد فقط أن نذهب إلى الحقول دون خوف، ومن يحمل السلاح يجب أن يحمينا لا أن يأخذ محاصيلنا".

ويقدر عدد النازحين داخل جمهورية أفريقيا الوسطى بأكثر من ستمئة ألف شخص، إضافة إلى نحو ستمئة ألف لاجئ في الدول المجاورة، بحسب أرقام المفوضية السامية للأمم المتحدة لشؤون اللاجئين.""",
        [
            G("forces.integrated", "occurred", ["Central African Republic"], []),
            # the Khartoum-negotiated agreement signed in Bangui on 6 February,
            G("agreement.signed", "historical", ["Central African Republic"], [], core=False),
            # "ولم يُدمج أي من مقاتلي جماعة «العودة والمطالبة وإعادة التأهيل»",
            G("forces.integrated", "negated", ["Central African Republic"], [], core=False),
            # Russian instructors since early last year,
            G(
                "military.presence",
                "historical",
                ["Russia"],
                ["Central African Republic"],
                core=False,
            ),
        ],
        not_targets=["Russia", "France", "Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-anadolu-turkish-russian-monitoring-centre-agdam-2021",
        date(2021, 1, 31),
        """جنود أتراك وروس في مركز مراقبة مشترك بأذربيجان لمتابعة وقف إطلاق النار في قره باغ

باكو - «الأناضول»

بدأ مركز المراقبة التركي الروسي المشترك عمله رسميا، السبت، في منطقة أغدام بأذربيجان، بمشاركة ستين جنديا من كل من تركيا وروسيا، لمتابعة الالتزام بوقف إطلاق النار في إقليم قره باغ، بحسب ما أعلنته وزارة الدفاع التركية.

وقال وزير الدفاع التركي خلوصي أكار، في تصريح للصحفيين، إن المركز "سيسهم في إرساء سلام دائم في المنطقة"، مضيفا أن الجنود الأتراك "سيؤدون مهامهم بإصرار وإخلاص كما هو الحال دائما".

وأوضحت الوزارة أن ضباطا من البلدين سيرصدون الخروقات عبر طائرات مسيرة ووسائل تقنية، وسيعدون تقارير مشتركة ترفع إلى قيادتي البلدين.

ورحب الرئيس الأذربيجاني إلهام علييف بافتتاح المركز، وقال في كلمة متلفزة إن "وجود تركيا الشقيقة إلى جانبنا ضمانة لعدم عودة الاحتلال"، مؤكدا أن أذربيجان "لن تسمح لأحد بتهديد سيادتها".

وكان رؤساء أذربيجان وروسيا ورئيس وزراء أرمينيا نيكول باشينيان قد وقعوا في العاشر من نوفمبر الماضي بيانا ثلاثيا لوقف إطلاق النار، أنهى حربا استمرت أربعة وأربعين يوما، وانتشرت بموجبه قوة روسية لحفظ السلام قوامها نحو ألفي جندي في الإقليم وممر لاتشين.

ولن يشارك الجنود الأتراك في دوريات قوة حفظ السلام الروسية داخل قره باغ، إذ يقتصر دورهم على العمل من داخل المركز، وفق ما أكده مسؤولون في موسكو.

في المقابل، لا تزال المفاوضات بين باكو ويريفان بشأن ترسيم الحدود وفتح خطوط النقل متعثرة، رغم اجتماع علييف وباشينيان في موسكو مطلع الشهر الجاري.

وأثار افتتاح المركز انتقادات في يريفان، حيث قال نواب معارضون إن الوجود التركي "يمثل تهديدا مباشرا لأمن الأرمن"، فيما تتواصل الاحتجاجات المطالبة باستقالة باشينيان.

وفي مدينة أغدام المدمرة، التي بقيت خاوية من سكانها منذ مطلع التسعينيات، بدأت فرق هندسية بإزالة الألغام تمهيدا لإعادة الإعمار.

وقال نازح أذربيجاني يعيش في باكو منذ ثلاثين عاما، وهو يتحدث بعربية تعلمها خلال دراسته في دمشق: "والله الفرحة ما تنوصف، بس البيت راح، والقرية كلها ألغام، نتمنى نرجع قبل ما نموت".

وتقدر الحكومة الأذربيجانية عدد النازحين من المناطق التي استعادتها بأكثر من ستمئة ألف شخص، تعمل على إعادتهم تدريجيا بعد إزالة الألغام وبناء البنى التحتية.""",
        [
            G("military.presence", "occurred", ["Turkey", "Russia"], ["Azerbaijan"]),
            # the Russian peacekeepers deployed under the statement of 10 November,
            G("military.presence", "historical", ["Russia"], ["Azerbaijan"], core=False),
            G(
                "agreement.signed",
                "historical",
                ["Azerbaijan", "Russia", "Armenia"],
                [],
                core=False,
            ),
            # "ولن يشارك الجنود الأتراك في دوريات قوة حفظ السلام الروسية داخل قره باغ",
            G("military.presence", "negated", ["Turkey"], ["Azerbaijan"], core=False),
            # the Baku-Yerevan border talks "متعثرة",
            G("agreement.signed", "stalled", ["Azerbaijan", "Armenia"], [], core=False),
        ],
        not_targets=["Armenia"],
        known_miss=_CENTRE_TROOPS,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alrai-kuwait-volleyball-page-2023",
        date(2023, 1, 22),
        """«الطائرة»: الكويت يتصدر.. والاتحاد يغرم القادسية ويرفع الإيقاف عن لاعب العربي

الكويت - «الراي»

عزز نادي الكويت صدارته لدوري الدرجة الممتازة للكرة الطائرة، بفوزه المستحق على ضيفه الساحل بثلاثة أشواط نظيفة، في المباراة التي أقيمت مساء أمس على صالة الشهيد فهد الأحمد في ضاحية عبدالله السالم، ضمن الجولة الحادية عشرة.

وعقب الجولة، فرضت لجنة المسابقات في الاتحاد الكويتي للكرة الطائرة غرامة مالية قدرها ألف دينار على نادي القادسية، بسبب تأخر فريقه في النزول إلى أرض الصالة، وقررت إيقاف مدرب فريق الشباب مباراتين بعد اعتراضه على قرارات الحكام.

وفي المقابل، رفعت اللجنة الإيقاف عن لاعب العربي بعد قبول التظلم الذي تقدم به ناديه، ليصبح جاهزا لمواجهة القمة المقبلة، فيما هددت بفرض عقوبات أشد على الأندية التي يتكرر فيها تجاوز الجماهير على الحكام.

وعلى صعيد التعاقدات، انضم لاعب برازيلي إلى صفوف كاظمة قادما من الدوري القطري، حتى نهاية الموسم، بينما مدد نادي الكويت عقد مدربه الصربي لموسم إضافي، بعد النتائج اللافتة التي حققها الفريق.

ووقع الاتحاد عقد رعاية مع شركة اتصالات محلية لمدة موسمين، كما وقع مذكرة تعاون مع الاتحاد البحريني للعبة لتبادل الخبرات في مجال إعداد الحكام والمدربين.

وقرر مجلس إدارة الاتحاد دمج بطولتي الناشئين والأشبال في بطولة واحدة هذا الموسم، لقلة عدد الفرق المشاركة، على أن تستأنف منافسات كأس ولي العهد في الأسبوع الأول من مارس، بعد تعليقها بسبب مشاركة المنتخب في البطولة العربية.

ونشرت إدارة الصالة فرقا تنظيمية إضافية لتأمين دخول الجماهير، بالتنسيق مع وزارة الداخلية، ولم تسجل أي تجاوزات تذكر.

وأكد مدرب الكويت أن فريقه "لعب بتركيز عال"، وقال في تصريح عقب اللقاء: "الشباب اليوم ما قصروا، ولعبوا بروح عالية، وإن شاء الله نكمل على نفس المستوى".

وقال مشجع كويتي عند خروجه من الصالة: "والله الفريق هالسنة غير، بس لازم نشوف القادسية شلون بيلعب الأسبوع الجاي، هذي المباراة اللي بتحدد".

ويتصدر نادي الكويت الترتيب برصيد ثلاث وثلاثين نقطة، بفارق أربع نقاط عن القادسية صاحب المركز الثاني، فيما يحتل العربي المركز الثالث، ويتنافس الساحل وبرقان على تجنب الهبوط إلى الدرجة الأولى.""",
        [],
        not_targets=["Brazil", "Qatar", "Bahrain", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-hespress-nador-local-page-2024",
        date(2024, 6, 12),
        """الناظور.. غرامات على المقاهي ورفع أطنان من النفايات من الكورنيش

الناظور - «هسبريس»

فرضت السلطات المحلية بالناظور غرامات مالية على عدد من أرباب المقاهي والمطاعم المطلة على كورنيش المدينة، بسبب احتلال الملك العمومي بالكراسي والطاولات، وهددت بفرض عقوبات أشد قد تصل إلى إغلاق المحلات في حال تكرار المخالفات.

ورفعت مصالح الجماعة الحضرية، خلال الأسبوع الماضي، أزيد من ثلاثمئة طن من النفايات والأتربة من الأحياء الشعبية وضفاف بحيرة مارتشيكا، ضمن حملة نظافة تستمر إلى غاية نهاية يونيو الجاري استعدادا لموسم الصيف وعودة أفراد الجالية.

وفي المقابل، علقت الوكالة المستقلة لتوزيع الماء والكهرباء التزويد بالماء الصالح للشرب عن أحياء بمنطقة بني أنصار لمدة يوم واحد، لإجراء إصلاحات على القناة الرئيسية، قبل أن تستأنف التزويد مساء الأحد.

ووقعت الجماعة اتفاقية شراكة مع جمعية محلية لتدبير المساحات الخضراء، كما انضمت المدينة إلى شبكة المدن المتوسطية للسياحة المستدامة، بعد مشاركتها في ملتقى احتضنته مدينة مالقة الإسبانية.

ومددت الجماعة آجال أداء الرسم على الأراضي الحضرية غير المبنية إلى غاية نهاية شتنبر، ونشرت الشرطة الإدارية فرقا في الأسواق لمراقبة الأسعار وجودة المواد الغذائية، بتنسيق مع السلطات المحلية.

وأعادت المديرية الإقليمية للتعليم فتح مدرسة ابتدائية بحي أولاد ميمون بعد انتهاء أشغال الترميم، فيما قررت دمج مؤسستين تعليميتين بالعالم القروي بسبب تراجع أعداد التلاميذ.

وعلى صعيد النقل، استأنفت حافلات النقل الحضري خطها الرابط بين وسط المدينة وسلوان، بعد توقف دام أسبوعين بسبب أشغال تهيئة الطريق.

وقال رئيس المجلس الجماعي في لقاء مع الصحافة إن الجماعة "لن تتساهل مع من يستغل الملك العمومي على حساب الراجلين"، داعيا الساكنة إلى التبليغ عن أي خروقات.

وفي سوق أولاد ميمون، قال بائع سمك في الأربعينيات من عمره: "الحوت غلا بزاف هاد العام، والناس ما بقاتش كتشري بحال قبل، الله يجيب التيسير".

ويشتكي سكان الأحياء المحاذية لبحيرة مارتشيكا من الروائح الكريهة خلال فصل الصيف، ويطالبون بتسريع أشغال التطهير وربط المنازل المتبقية بشبكة الصرف الصحي قبل ذروة الموسم.

وتعد الناظور من أبرز مدن الريف بشمال شرق المملكة، وتستقبل كل صيف مئات الآلاف من أفراد الجالية المغربية المقيمة بالخارج عبر مينائها ومطار العروي.""",
        [],
        not_targets=["Spain", "Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-albayan-ras-al-khaimah-business-page-2025",
        date(2025, 3, 18),
        """شركة من رأس الخيمة تنضم إلى سوق أبوظبي.. والميناء يفرض رسوما جديدة

رأس الخيمة - «البيان»

انضمت شركة متخصصة في صناعة مواد البناء مقرها رأس الخيمة إلى سوق أبوظبي للأوراق المالية، أمس، بعد استكمال طرح أسهمها للاكتتاب العام، لترتفع أسهمها بنسبة تجاوزت اثني عشر في المئة في أولى جلسات التداول.

وقال الرئيس التنفيذي للشركة في تصريح لـ«البيان» إن الإدراج "يعزز قدرتنا على تمويل خطط التوسع في أسواق المنطقة"، مشيرا إلى أن الشركة وقعت عقدا مع شركة ألمانية لتوريد خطوط إنتاج حديثة لمصنعها في منطقة الغيل الصناعية.

وفي المقابل، فرضت إدارة ميناء صقر رسوما جديدة على تخزين البضائع السائبة لفترات طويلة، فيما رفعت شركات النقل البري أسعار الشحن إلى سلطنة عمان بنسبة عشرة في المئة بسبب ارتفاع التكاليف التشغيلية.

وعلقت شركة للسيراميك الإنتاج في أحد أفرانها لمدة أسبوع لإجراء صيانة دورية، قبل أن تستأنف التشغيل الكامل، وفق إفصاح نشرته على موقع السوق.

ووقعت مجموعتان عقاريتان مذكرة تفاهم لدراسة الاندماج في كيان واحد، كما انضم صندوق استثماري سعودي إلى رأسمال شركة ناشئة في التقنيات المالية بحصة أقلية.

ومددت غرفة تجارة وصناعة رأس الخيمة مهلة التسجيل في برنامج دعم الصادرات حتى نهاية أبريل المقبل، ونشرت فرقا ميدانية لتعريف المصانع الصغيرة بالبرنامج، فيما هدد موردو الرخام بتعليق تعاملاتهم مع إحدى شركات المقاولات بسبب تأخر المستحقات.

ووقعت هيئة المنطقة الحرة اتفاقية مع شركة طيران منخفض التكلفة لتشغيل رحلات مباشرة من مطار رأس الخيمة الدولي إلى مدن في أوزبكستان وكازاخستان اعتبارا من الصيف المقبل.

وسجل المؤشر العام لسوق أبوظبي ارتفاعا طفيفا بنسبة أربعة أعشار في المئة، بدعم من أسهم قطاعي العقار والصناعة، بينما تراجعت أسهم قطاع الاتصالات.

وفي سوق رأس الخيمة القديم، قال بائع تمور في الخمسينيات من عمره: "الحركة زينة مع رمضان، بس الإيجارات واجد غالية، والزباين صاروا يشترون من الأونلاين".

وتعد رأس الخيمة من أسرع الإمارات نموا في قطاعي الصناعة والسياحة، وتضم مناطق حرة ومحاجر ومصانع كبرى للإسمنت والسيراميك، إلى جانب مشاريع فندقية جديدة على ساحلها.""",
        [],
        not_targets=["Germany", "Oman", "Saudi Arabia", "Uzbekistan", "Kazakhstan"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout49_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout49_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # the demonym of a movement or a party in a title
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على زعيم الحركة الإسلامية الموريتانية.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "United States")],
        ["Mauritania"],
        id="us-sanctions-leader-of-mauritanian-movement-not-mauritania",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على جمعية خيرية موريتانية.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "United States")],
        ["Mauritania"],
        id="us-sanctions-mauritanian-charity-not-mauritania",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على موريتانيا.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "target:Mauritania")],
        [],
        id="us-sanctions-mauritania",
    ),
    # the state a waiver is granted to
    pytest.param(
        "منحت الولايات المتحدة اليابان إعفاء من العقوبات على النفط الروسي.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "United States")],
        ["Japan"],
        id="us-grants-japan-waiver-japan-not-target",
    ),
    pytest.param(
        "منحت الولايات المتحدة الهند إعفاء من العقوبات المفروضة على إيران.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "target:Iran")],
        ["India"],
        id="us-grants-india-waiver-of-iran-sanctions",
    ),
    pytest.param(
        "علقت الولايات المتحدة العقوبات على النفط الروسي لمدة عام.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "United States")],
        [],
        id="us-suspends-russian-oil-sanctions",
    ),
    # the army named far from «دمج»
    pytest.param(
        "قررت حكومة الكونغو الديمقراطية دمج مقاتلين من الجماعات المسلحة الموقعة على اتفاق السلام"
        " في شرق البلاد في الجيش.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", "Democratic Republic of the Congo")],
        [],
        id="drc-merges-signatory-fighters-army-far",
    ),
    pytest.param(
        "قررت حكومة الكونغو الديمقراطية دمج مقاتلي الجماعات المسلحة في الجيش.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", "Democratic Republic of the Congo")],
        [],
        id="drc-merges-fighters-into-army",
    ),
    # a federation named by its nationality and «للعبة»
    pytest.param(
        "ووقع الاتحاد مذكرة تعاون مع الاتحاد العماني للعبة.",
        date(2024, 3, 5),
        [],
        [],
        id="federation-memorandum-with-omani-federation-of-the-game",
    ),
    pytest.param(
        "ووقع الاتحاد مذكرة تعاون مع الاتحاد العماني للكرة الطائرة.",
        date(2024, 3, 5),
        [],
        [],
        id="federation-memorandum-with-omani-volleyball-federation",
    ),
    pytest.param(
        "ووقعت الكويت مذكرة تعاون مع سلطنة عمان.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Kuwait")],
        [],
        id="kuwait-and-oman-sign-memorandum",
    ),
    # troops taking part in a centre's work
    pytest.param(
        "بدأ مركز المراقبة المشترك عمله في أذربيجان بمشاركة خمسين جنديا من تركيا.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "target:Azerbaijan")],
        [],
        id="monitoring-centre-with-fifty-turkish-soldiers",
        marks=pytest.mark.xfail(strict=True, reason=_CENTRE_TROOPS),
    ),
    pytest.param(
        "افتتحت تركيا مركزا عسكريا في أذربيجان.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "target:Azerbaijan")],
        [],
        id="turkey-opens-military-centre-in-azerbaijan",
    ),
    pytest.param(
        "وصل خمسون جنديا من تركيا إلى أذربيجان.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "Turkey")],
        [],
        id="fifty-turkish-soldiers-arrive-in-azerbaijan",
    ),
    # the Central African Republic by its short name
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على أفريقيا الوسطى.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "target:Central African Republic")],
        [],
        id="us-sanctions-central-africa-short-name",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على جمهورية أفريقيا الوسطى.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "target:Central African Republic")],
        [],
        id="us-sanctions-central-african-republic",
    ),
    # forms fixed with this round's causes (each failed before its fix)
    pytest.param(
        "واشنطن تعفي اليونان لمدة عام من عقوباتها على النفط والغاز الروسيين",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "target:Russia")],
        ["Greece"],
        id="exempts-a-state-from-sanctions-on-another",
    ),
    pytest.param(
        "ولم ترفع واشنطن العقوبات عن الشركتين، إذ يقتصر الإعفاء على الشحنات المتجهة إلى اليونان.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "United States")],
        ["Greece"],
        id="shipments-bound-for-a-state",
    ),
    pytest.param(
        "أطلقت حكومة مالي، السبت، أولى الوحدات المختلطة، التي دمج فيها مقاتلون من الحركات"
        " الموقعة على اتفاق السلام مع جنود من الجيش.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", "Mali")],
        [],
        id="units-set-up-on-the-day-with-fighters-merged-in",
    ),
    pytest.param(
        "واشنطن تستثني أصول روسنفت في ألمانيا من عقوباتها حتى نهاية أبريل.. وبرلين ترحب\n\n"
        "وكانت واشنطن قد استثنت أصول روسنفت في ألمانيا من عقوباتها عام 2022.",
        date(2024, 3, 5),
        [("sanctions.suspended", "occurred", "United States")],
        [],
        id="a-headline-of-two-clauses-joined-by-two-dots",
    ),
    pytest.param(
        "زار الوزير، السبت، الوحدات التي دمج فيها مقاتلون مع جنود من الجيش عام 2015.",
        date(2024, 3, 5),
        [],
        [],
        id="units-of-an-old-merger-visited",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout49_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout49_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
